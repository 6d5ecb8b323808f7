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
    features: "b:0 0\nb:0 a\nb:0 a07\nb:0 a1082be0\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 a7aef8b1\nb:0 ac6\nb:0 actionable\nb:0 actions\nb:0 actual\nb:0 ad613ffba\nb:0 all\nb:0 alpha1\nb:0 alpine\nb:0 alpine3\nb:0 als\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 assigned\nb:0 assignment\nb:0 at\nb:0 attempt\nb:0 available\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b3a\nb:0 b4c\nb:0 b5c67\nb:0 b7\nb:0 bad\nb:0 bash\nb:0 bd\nb:0 between\nb:0 bin\nb:0 binutils\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 branchpoint\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 build1\nb:0 building\nb:0 builds\nb:0 built\nb:0 but\nb:0 by\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 cabal\nb:0 cache\nb:0 call\nb:0 cannot\nb:0 catch\nb:0 cc\nb:0 cgen\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 class\nb:0 clean\nb:0 cleanup_file_variables\nb:0 client\nb:0 code\nb:0 codex\nb:0 col\nb:0 columns\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 contract\nb:0 core\nb:0 could\nb:0 cp314\nb:0 critical\nb:0 cs\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 d4ba2\nb:0 date\nb:0 db\nb:0 dbe9cd2fc\nb:0 deb12u1\nb:0 debian\nb:0 debugger\nb:0 decimal\nb:0 declarations\nb:0 def\nb:0 default\nb:0 dependencies\nb:0 deprecation\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 docker\nb:0 doesn\nb:0 don\nb:0 done\nb:0 double\nb:0 during\nb:0 e\nb:0 e04\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e8f\nb:0 eadcdc7d\nb:0 echo\nb:0 efde290b\nb:0 efe31b98f2\nb:0 eff\nb:0 either\nb:0 end\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 execute\nb:0 executed\nb:0 executing\nb:0 exit\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 extracting\nb:0 f\nb:0 f1d2c3b\nb:0 f20260413\nb:0 f242abd9c8e\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f7\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 fb\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 flash\nb:0 fn\nb:0 for\nb:0 format\nb:0 fp4\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 g4q\nb:0 gcr\nb:0 gdb\nb:0 generated\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 github\nb:0 glob\nb:0 go\nb:0 got\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 h0s9kvb6g2sinako7ub77ku\nb:0 has\nb:0 hash\nb:0 hass\nb:0 head\nb:0 high\nb:0 homeassistant\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 i128\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 imports\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 installing\nb:0 insufficient\nb:0 int\nb:0 into\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 ist\nb:0 it\nb:0 items\nb:0 j30\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 line\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 lost\nb:0 low\nb:0 m\nb:0 m0s\nb:0 m104\nb:0 m12\nb:0 m21\nb:0 m237\nb:0 m309\nb:0 m47\nb:0 m49\nb:0 m62\nb:0 m64\nb:0 m67\nb:0 m7\nb:0 m78\nb:0 m84\nb:0 m88\nb:0 main\nb:0 make\nb:0 manuell\nb:0 matching\nb:0 measured\nb:0 mecho\nb:0 medium\nb:0 memory\nb:0 merge\nb:0 merror\nb:0 message\nb:0 mfi\nb:0 mhelp\nb:0 mi\nb:0 mif\nb:0 milliseconds\nb:0 min\nb:0 minute\nb:0 minutes\nb:0 missing\nb:0 mnote\nb:0 mnpm\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 modules\nb:0 mother\nb:0 ms\nb:0 mshared\nb:0 multiple\nb:0 mvalue\nb:0 n\nb:0 name\nb:0 nanopb\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 newlib\nb:0 newline\nb:0 no\nb:0 node\nb:0 nodes\nb:0 none\nb:0 normal\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 oder\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 on\nb:0 operation\nb:0 or\nb:0 origin\nb:0 outer\nb:0 p\nb:0 p1\nb:0 package\nb:0 packages\nb:0 paket\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pip\nb:0 pkg\nb:0 please\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 post0\nb:0 prepare\nb:0 prepare_executor\nb:0 previous\nb:0 print\nb:0 problems\nb:0 process\nb:0 projects\nb:0 pub\nb:0 pull\nb:0 pwsh\nb:0 py2\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 r2\nb:0 ran\nb:0 rc1\nb:0 rc2\nb:0 rc3\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 rejects\nb:0 release\nb:0 releases\nb:0 repack\nb:0 requires\nb:0 resolving\nb:0 resource\nb:0 resources\nb:0 retries\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 run\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 s2n\nb:0 saas\nb:0 scenarios\nb:0 sdks\nb:0 sec\nb:0 second\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 set\nb:0 severity\nb:0 sh\nb:0 sha256\nb:0 shellcheck\nb:0 should\nb:0 sid\nb:0 simple\nb:0 site\nb:0 skipped\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 soroban_sdk\nb:0 source\nb:0 spond\nb:0 src\nb:0 state\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 style\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t00\nb:0 t03\nb:0 t06\nb:0 t07\nb:0 t08\nb:0 t09\nb:0 t10\nb:0 t10_00_00_000\nb:0 t11\nb:0 t12\nb:0 t14\nb:0 t15\nb:0 t16\nb:0 t17\nb:0 t20\nb:0 t21\nb:0 tar\nb:0 target\nb:0 task\nb:0 temperatures\nb:0 template\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 then\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 title\nb:0 to\nb:0 too\nb:0 toolchain\nb:0 total\nb:0 trailing\nb:0 true\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu0\nb:0 ubuntu1_amd64\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unter\nb:0 unused\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 usr\nb:0 v0\nb:0 v1\nb:0 var\nb:0 variable\nb:0 variante\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 wildcard\nb:0 will\nb:0 windows\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x8000_0000\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 you\nb:0 z\nb:0 zephyr\nb:0 zig\nb:0 zzpmw\nb:a 0\nb:a b\nb:a bash\nb:a branch\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a default\nb:a denial\nb:a directory\nb:a e\nb:a f\nb:a failure\nb:a feeds\nb:a few\nb:a file\nb:a free\nb:a full\nb:a g\nb:a gradle\nb:a hard\nb:a healthy\nb:a i\nb:a in\nb:a invoices\nb:a is\nb:a k\nb:a key\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a mavi\nb:a missing\nb:a multiline\nb:a must_use\nb:a n\nb:a new\nb:a newer\nb:a newline\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a project\nb:a promise\nb:a proxy\nb:a r\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a required\nb:a return\nb:a s\nb:a safe\nb:a shutdown\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a temp\nb:a test\nb:a tunnel\nb:a type\nb:a u\nb:a userland\nb:a v\nb:a valid\nb:a version\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a01e7751d80c config\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4006 this\nb:a_ m\nb:aaa api\nb:aaa go\nb:aarch64 apple\nb:aashish thapa\nb:ab0x go\nb:ab284314 0\nb:abi3 manylinux_2_34_x86_64\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:abuild rpmbuild\nb:ac6 0\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme 0\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:act_container_manager py\nb:act_linter py\nb:action actionlint\nb:action cogni\nb:action download\nb:action executor\nb:action fail\nb:action guilouro\nb:action https\nb:action output\nb:action package\nb:action repository\nb:action step\nb:action tarball\nb:action use\nb:action v2\nb:action v3\nb:action v4\nb:action_actionlint 0\nb:actionlint https\nb:actionlint v1\nb:actions 0\nb:actions are\nb:actions cache\nb:actions checkout\nb:actions codecov\nb:actions codespell\nb:actions runner\nb:actions setup\nb:actions task\nb:actions upload\nb:active on\nb:activity kt\nb:actual 0\nb:actual behavior\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add safe\nb:add the\nb:add url\nb:added 0\nb:added go\nb:added to\nb:adding 0\nb:adding repository\nb:addition works\nb:additional logging\nb:address 0\nb:address all\nb:address range\nb:addresses should\nb:admin py\nb:admin rs\nb:admin web\nb:advice by\nb:advice detached\nb:advisories 0\nb:advisories g\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:aes gcm\nb:affect your\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after catch\nb:after changing\nb:after opening\nb:after running\nb:agent 0\nb:agent action\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent focusing\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent machine\nb:agent md\nb:agent name\nb:agent process\nb:agent running\nb:agent version\nb:agent_1 container\nb:agents a\nb:agents cogni\nb:aggregate py\nb:ago 0\nb:ai agent\nb:ai architect\nb:ai code\nb:ai config\nb:ai devops\nb:ai elite\nb:ai plan\nb:ai reviewer\nb:ai security\nb:aiogithubapi 0\nb:aiohasupervisor 0\nb:aiohttp 0\nb:aiooui 0\nb:aiosignal 0\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:aliases clean\nb:all 0\nb:all artifacts\nb:all build\nb:all check\nb:all configured\nb:all dependencies\nb:all error\nb:all extensions\nb:all false\nb:all files\nb:all http\nb:all issues\nb:all matched\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all targets\nb:all test\nb:all to\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow m\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allowed 0\nb:allowed time\nb:allows for\nb:alongside the\nb:alphabetical case\nb:alpine v3\nb:alpine3 0\nb:alpinelinux org\nb:already exists\nb:already the\nb:als also\nb:also home\nb:alternative instead\nb:always auth\nb:always false\nb:ambroisie test\nb:amd64 components\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:amphp http\nb:an argument\nb:an empty\nb:an error\nb:an exception\nb:an existing\nb:an explicit\nb:an item\nb:an iterator\nb:an s\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and actual\nb:and audited\nb:and cache\nb:and commit\nb:and contributors\nb:and d\nb:and declarations\nb:and deleting\nb:and determine\nb:and file\nb:and firewall\nb:and handle\nb:and has\nb:and hooks\nb:and infrastructure\nb:and installed\nb:and instead\nb:and is\nb:and legacy\nb:and may\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and s\nb:and should\nb:and site\nb:and sub\nb:and test\nb:and that\nb:and the\nb:and upgrading\nb:and value\nb:and word\nb:and writing\nb:and you\nb:andi i\nb:android 0\nb:android app\nb:android gradle\nb:android kt\nb:android log\nb:android main\nb:android sdk\nb:android support\nb:android test\nb:android tools\nb:android unit\nb:annotated types\nb:annotation for\nb:annotation no\nb:annotation unchecked\nb:annotations should\nb:anonymous file\nb:anonymous test\nb:ansible galaxy\nb:ansible role\nb:answer action\nb:any branches\nb:any changes\nb:any commits\nb:any expected\nb:any from\nb:any no\nb:any none\nb:any of\nb:any return\nb:any variable\nb:any whl\nb:anything in\nb:ap fedbox\nb:apache 0\nb:apache maven\nb:apache org\nb:apache pulsar\nb:api aaa\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api github\nb:api gradle\nb:api internal\nb:api proto\nb:api tasks\nb:api users\nb:apis poe\nb:apis proto\nb:apk add\nb:app 0\nb:app beringin\nb:app build\nb:app compile\nb:app css\nb:app data\nb:app git\nb:app help\nb:app kt\nb:app ktlint\nb:app lint\nb:app login\nb:app notes\nb:app onepager\nb:app prototypes\nb:app py\nb:app run\nb:app src\nb:app ts\nb:appcompat v7\nb:appears to\nb:apple darwin\nb:application ex\nb:application spec\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt get\nb:archinstall archinstall\nb:archinstall lib\nb:architect agent\nb:architecture x64\nb:archive false\nb:archive ubuntu\nb:are allowed\nb:are available\nb:are behind\nb:are deprecated\nb:are enabled\nb:are equal\nb:are for\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are main\nb:are missing\nb:are no\nb:are not\nb:are relying\nb:are running\nb:are sixty\nb:are test\nb:are the\nb:are trimmed\nb:are trying\nb:are understood\nb:area tests\nb:arg type\nb:args cmake\nb:argument 0\nb:argument error\nb:argument named\nb:argument of\nb:argument type\nb:arguments but\nb:arguments no\nb:arguments were\nb:ark ff\nb:arm64 0\nb:arm64 main\nb:arm64 readme\nb:around keyword\nb:around make\nb:around operator\nb:around spurious\nb:array 0\nb:array v0\nb:arrays are\nb:artifact junit\nb:artifact org\nb:artifact v4\nb:artifacts clone\nb:artifacts for\nb:as a\nb:as aborted\nb:as code\nb:as detached\nb:as error\nb:as errors\nb:as expected\nb:as explicit\nb:as failed\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u32\nb:as u64\nb:as u8\nb:as vsts\nb:as well\nb:assembling a\nb:assert 0\nb:assert a\nb:assert are\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assets assets\nb:assets familjen\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:assignment type\nb:assistant bluetooth\nb:associated with\nb:astral sh\nb:astrogilda tsbootstrap\nb:async 0\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at end\nb:at error\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at new\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at t\nb:at test\nb:at the\nb:at trace\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attempting to\nb:attribute 0\nb:attribute access\nb:attribute of\nb:attrs 0\nb:audit audit\nb:audit due\nb:audit fix\nb:audit for\nb:audit level\nb:audit reports\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:auth helper\nb:auth supabase\nb:authenticating and\nb:author microsoft\nb:auto 0\nb:auto corrected\nb:auto provisioning\nb:auto update\nb:automatic dependency\nb:automatic garbage\nb:automation c\nb:autonomous dev\nb:available 0\nb:available at\nb:available checksums\nb:available for\nb:available v0\nb:avg c\nb:avoid a\nb:avoid using\nb:awaiting headers\nb:awesomeness has\nb:awk allow\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure devops\nb:azure pipelines\nb:azure region\nb:b 0\nb:b a\nb:b b\nb:b b28\nb:b build\nb:b c\nb:b d55\nb:b done\nb:b e\nb:b err\nb:b f\nb:b go\nb:b gzip\nb:b i\nb:b l\nb:b main\nb:b o\nb:b r\nb:b s\nb:b u\nb:b want\nb:b1a9 travis\nb:b1f0ba2 0\nb:b28 a\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b7 0\nb:b8ej_ z\nb:b_ a\nb:b_ e\nb:b_ o\nb:b_ p\nb:b_ r\nb:b_ t\nb:b_ w\nb:babel parser\nb:back to\nb:backend api\nb:backend ci\nb:backend svc\nb:backoff 0\nb:backticks 0\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bandit readthedocs\nb:base 0\nb:base base\nb:base container\nb:base h\nb:base64 v0\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash true\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bazel 0\nb:bb code\nb:bc run\nb:bd 0\nb:be 0\nb:be a\nb:be auto\nb:be because\nb:be built\nb:be converted\nb:be empty\nb:be enabled\nb:be equal\nb:be expected\nb:be expressed\nb:be faster\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be of\nb:be on\nb:be one\nb:be packed\nb:be reformatted\nb:be renamed\nb:be replaced\nb:be resolved\nb:be reused\nb:be run\nb:be src\nb:be strictly\nb:be suffixed\nb:be the\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be used\nb:be within\nb:because flutter_api_samples\nb:because it\nb:because locked\nb:because no\nb:because of\nb:because pnpm\nb:because the\nb:become dashes\nb:been created\nb:been deprecated\nb:been fixed\nb:been moved\nb:been received\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before closing\nb:before continuing\nb:before declaration\nb:before it\nb:before making\nb:before operand\nb:before the\nb:before token\nb:begin with\nb:behind a\nb:being treated\nb:belanyi fr\nb:below zero\nb:bergmann and\nb:beringin app\nb:berui kotlin\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigint v0\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing rb\nb:bin activate\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin docker\nb:bin dsafio\nb:bin g\nb:bin git\nb:bin links\nb:bin ninja\nb:bin node\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:bind home\nb:bind p\nb:bintray com\nb:binutils 0\nb:binutils csl\nb:bitwise warnings\nb:bk ci\nb:black check\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blockchain client\nb:blocks its\nb:blog changelog\nb:bluetooth 0\nb:blur cpp\nb:bodies of\nb:body expression\nb:body should\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:bootstrap line\nb:boto3 0\nb:branch can\nb:branch cygwin\nb:branch linting\nb:branch m\nb:branch main\nb:branch master\nb:branch name\nb:branch refactor\nb:branch refs\nb:branch this\nb:branch to\nb:branch unlabeled\nb:branch zephyr\nb:branches by\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:buf push\nb:buf u8\nb:build 0\nb:build action\nb:build agent\nb:build and\nb:build as\nb:build assets\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build check\nb:build codec_test\nb:build command\nb:build container\nb:build context\nb:build ctest\nb:build d\nb:build date\nb:build definition\nb:build dependencies\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build environment\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build g\nb:build gradle\nb:build has\nb:build itself\nb:build libs\nb:build log\nb:build making\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build output\nb:build prod\nb:build project\nb:build property\nb:build queued\nb:build reference\nb:build release\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build scripts\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build t\nb:build test\nb:build timed\nb:build tree\nb:build type\nb:build u\nb:build ubuntu\nb:build variables\nb:build watchos\nb:build wheel\nb:build wheels\nb:build work\nb:build_dir tmp\nb:builddir meson\nb:builder 0\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:building wheel\nb:building with\nb:buildprocess execution\nb:builds acme\nb:builds ci\nb:builds platform\nb:builds private\nb:builds shopco\nb:builds timekit\nb:builds will\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundlers node_modules\nb:busted test\nb:but 0\nb:but are\nb:but does\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but the\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by adding\nb:by an\nb:by authenticating\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by setting\nb:by severity\nb:by summing\nb:by switching\nb:by the\nb:by this\nb:by time\nb:by using\nb:bypass the\nb:byte as\nb:bytes 0\nb:bytes received\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c date\nb:c e\nb:c f\nb:c g\nb:c gcc\nb:c git\nb:c h\nb:c home\nb:c i\nb:c imaging\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c new\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c python\nb:c r\nb:c s\nb:c s0103\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c text\nb:c to\nb:c u\nb:c users\nb:c usr\nb:c v\nb:c w\nb:c with\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c12 g\nb:c1d2e3 update\nb:c1e 0\nb:c2065 current\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c2_ c\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache 0\nb:cache bazel\nb:cache dir\nb:cache disabled\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache is\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache miss\nb:cache not\nb:cache npm\nb:cache opt\nb:cache overwrite\nb:cache paths\nb:cache pip\nb:cache provider\nb:cache restored\nb:cache service\nb:cache size\nb:cache targets\nb:cache true\nb:cache tzst\nb:cache v2\nb:cache v4\nb:cache_rs b627fbcd5589ae52\nb:cached dependency\nb:cachedir pytest_cache\nb:cachekey echo\nb:caches 0\nb:caches jars\nb:caches kotlin\nb:caches modules\nb:caching generated\nb:caching gradle\nb:caching instrumented\nb:caddy api\nb:caddy caddy\nb:caddy latest\nb:call failed\nb:call last\nb:call to\nb:callback until\nb:called if\nb:calls 0\nb:calls runtime\nb:can be\nb:can cause\nb:can discard\nb:can find\nb:can fix\nb:can happen\nb:can look\nb:can only\nb:can t\nb:can use\nb:canceled while\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot install\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:capsules r\nb:captioner py\nb:cardreader cs\nb:cargo bin\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo deny\nb:cargo fmt\nb:cargo lock\nb:cargo output\nb:cargo registry\nb:cargo sparse\nb:cargo test\nb:cargo toml\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:casting u64\nb:casts from\nb:catch err\nb:categories metadata\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd exit\nb:cd server\nb:cd var\nb:cdn alpinelinux\nb:cell 0\nb:central https\nb:cf cache\nb:cfg conf\nb:cfg dotfiles\nb:cgen snapshot\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:change to\nb:changed but\nb:changed significantly\nb:changed source\nb:changelog 0\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:characters workspaces\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:chat android\nb:chat chat\nb:check 0\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check over\nb:check s\nb:check setup\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking ark\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking formatting\nb:checking job\nb:checking out\nb:checkout code\nb:checkout cone\nb:checkout deploy\nb:checkout disable\nb:checkout f\nb:checkout info\nb:checkout ledger\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkov action\nb:checkstyle plugin\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:cholerae test\nb:chosen instead\nb:christophe documents\nb:chrome headless\nb:chunks dep\nb:chunks test\nb:ci 0\nb:ci agent\nb:ci can\nb:ci dockerfile\nb:ci for\nb:ci sardonyx\nb:ci service\nb:ci src\nb:ci test\nb:ci worker\nb:circle c\nb:circleci project\nb:circus build\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:class test\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean isntall\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli pr\nb:cli py\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:click 0\nb:client a\nb:client api\nb:client component\nb:client escrow_id\nb:client get_settled_at\nb:client git\nb:client init\nb:client kotlin\nb:client py\nb:client retry\nb:client server\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client timeout\nb:client ts\nb:clippy is\nb:clippy llvm\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy nursery\nb:clippy pedantic\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone src\nb:clone v\nb:clone v1\nb:cloning into\nb:close the\nb:closed during\nb:closing parenthesis\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmd shims\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code c\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code loomy\nb:code paisa\nb:code reviewer\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codecov action\nb:codecov codecov\nb:codecov create\nb:codegen cpp\nb:codehaus mojo\nb:coder odder\nb:codespell 0\nb:codespell project\nb:codespell v2\nb:cogni a\nb:cogni ai\nb:col 0\nb:collect2 error\nb:collected 0\nb:collected packages\nb:collecting collected\nb:collecting py\nb:collecting pytest\nb:collecting tests\nb:collection 0\nb:collection import\nb:colors in\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com advisories\nb:com andi\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com cogni\nb:com data\nb:com default\nb:com docs\nb:com embedded\nb:com en\nb:com ethereum\nb:com example\nb:com extraheader\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com gravito\nb:com http\nb:com ic3bur\nb:com im\nb:com increase\nb:com infra\nb:com instead\nb:com inverse\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com liquifact\nb:com lowagie\nb:com maps\nb:com mavi\nb:com metrics\nb:com netkit\nb:com netops\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com pre\nb:com rails\nb:com ratelimit\nb:com repos\nb:com retry\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com ubuntu\nb:com usnistgov\nb:com zephyrproject\nb:com zerox80\nb:come from\nb:comma before\nb:comma separated\nb:command 0\nb:command c\nb:command command\nb:command did\nb:command example\nb:command exited\nb:command failed\nb:command git\nb:command home\nb:command in\nb:command line\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command type\nb:command usr\nb:command v\nb:command_dispatcher py\nb:command_line_interface html\nb:command_line_warnings in\nb:command_runner py\nb:command_spec lua\nb:commas inside\nb:comment or\nb:comment paragraph\nb:comment unused\nb:commit 0\nb:commit date\nb:commit hash\nb:commit hooks\nb:commit message\nb:commit pre\nb:commit s\nb:commit them\nb:commits you\nb:common main\nb:common ui\nb:common v0\nb:common v25\nb:commonly chosen\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compatible set\nb:compatible versions\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile kotlin\nb:compile orders\nb:compile release\nb:compile sdk\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling ark\nb:compiling base64\nb:compiling c\nb:compiling crate\nb:compiling distribution\nb:compiling dyn\nb:compiling futures\nb:compiling hashbrown\nb:compiling itertools\nb:compiling libc\nb:compiling num\nb:compiling rand_core\nb:compiling serde_json\nb:compiling soroban\nb:compiling stackage\nb:compiling stellar\nb:compiling stg\nb:compiling thiserror\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed process\nb:completed with\nb:compliant with\nb:component 0\nb:component browser\nb:component clippy\nb:component html\nb:component llvm\nb:component rustfmt\nb:component s\nb:component_test ts\nb:components 0\nb:components common\nb:components mavi\nb:components rustfmt\nb:components small\nb:composer json\nb:composer plugin\nb:composer update\nb:compress program\nb:compression level\nb:compute agent\nb:compute cache\nb:computed to\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:cone mode\nb:config 0\nb:config as\nb:config changes\nb:config cmake\nb:config config\nb:config dactyl\nb:config deploy\nb:config file\nb:config files\nb:config git\nb:config global\nb:config is\nb:config isn\nb:config js\nb:config json\nb:config local\nb:config modules\nb:config nim\nb:config remote\nb:config rules\nb:config set\nb:config trim_trailing_whitespace\nb:config variable\nb:config zephyr\nb:configr configr\nb:configuration classpath\nb:configuration common\nb:configuration file\nb:configure project\nb:configure the\nb:configured workspaces\nb:configuring done\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect to\nb:connection client\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connection was\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider removing\nb:consider using\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:construct rustup\nb:consumer http\nb:contain a\nb:contain package\nb:container 0\nb:container build\nb:container for\nb:container fragment\nb:container_test_runner py\nb:contains a\nb:content differs\nb:content hash\nb:content security\nb:content type\nb:contents home\nb:contents of\nb:contents read\nb:context 0\nb:context anonymous\nb:context deadline\nb:context home\nb:context null\nb:context of\nb:continue allow\nb:continue due\nb:contracts escrow\nb:contracts liquifact\nb:contracts target\nb:controller java\nb:controller lambda\nb:controller schedule\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core csproj\nb:core jar\nb:core kt\nb:core ops\nb:core panicking\nb:core services\nb:core src\nb:core ssh\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could be\nb:could have\nb:could n\nb:could not\nb:couldn t\nb:count 0\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coupon 0\nb:coupon never\nb:coverage 0\nb:coverage badge\nb:coverage none\nb:covered class\nb:cp314 cp314\nb:cp314 manylinux2014_x86_64\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu family\nb:cpu x86_64\nb:cpufeatures v0\nb:cr 0\nb:crate git\nb:crates corp\nb:crates false\nb:crates io\nb:crc builddir\nb:crc crc\nb:create a\nb:create cachekey\nb:create commit\nb:create meeting\nb:create seed\nb:create symlinks\nb:create you\nb:created at\nb:created branch\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials 0\nb:credentials ab284314\nb:credentials config\nb:credentials specified\nb:credentials true\nb:creme brulee\nb:critical 0\nb:cronjs parser\nb:cross os\nb:cross site\nb:crossbeam epoch\nb:crypto aes\nb:crypto bigint\nb:crypto common\nb:crypto pbkdf2\nb:crypto pure\nb:crypto_sign falcon\nb:cryptography 0\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:csl sourcerygxx\nb:cspell json\nb:csproj error\nb:csproj in\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csv export\nb:csys 0\nb:ctest changing\nb:ctest test\nb:curl 0\nb:curl f\nb:curl fs\nb:curl ls\nb:curl sf\nb:current agent\nb:current context\nb:current image\nb:current n\nb:current node\nb:current npm\nb:current runner\nb:current scope\nb:current undeclared\nb:curve25519 dalek\nb:cusr 0\nb:custom british\nb:custom component\nb:custom_components zurichsee_ha\nb:cwiki apache\nb:cygwin 0\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d b\nb:d build\nb:d c\nb:d clippy\nb:d d\nb:d dactyl_left\nb:d ds\nb:d e\nb:d f\nb:d failed\nb:d failure\nb:d h\nb:d i\nb:d in\nb:d is\nb:d k\nb:d k1045\nb:d key\nb:d l\nb:d l3008\nb:d l3013\nb:d m\nb:d math\nb:d n\nb:d o\nb:d pipeline\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d see\nb:d state\nb:d t\nb:d tests\nb:d timed\nb:d true\nb:d u\nb:d v\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d z\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d4ba2 0\nb:d_ a\nb:d_ b\nb:d_ e\nb:d_ t\nb:dactyl zmk\nb:dactyl_left d\nb:daemon at\nb:daemon get\nb:daemon j\nb:daemon running\nb:daemon server\nb:daemon subsequent\nb:daemon toomanyrequests\nb:dalek v4\nb:dangerously allow\nb:darling_macro v0\nb:dart 0\nb:dart md\nb:dart pub\nb:dart_web3 dart_web3\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data from\nb:data local\nb:data main\nb:data models\nb:data prefs\nb:data roaming\nb:database 0\nb:database failed\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date s\nb:date with\nb:dates dates\nb:dateutil 0\nb:david projects\nb:days test\nb:db 0\nb:db git\nb:db orders\nb:dbe9cd2fc config\nb:dbkit integration\nb:deadline exceeded\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debian sha256\nb:debug 0\nb:debug deps\nb:debug java\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug source\nb:debug target\nb:debug unit\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations and\nb:declarations move\nb:declarations with\nb:declarative checkout\nb:declared to\nb:decorator makes\nb:deep equal\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:def file\nb:def run\nb:default and\nb:default branch\nb:default build\nb:default cli\nb:default compile\nb:default instance\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default skill\nb:default stable\nb:default test\nb:default the\nb:default toolchain\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defined here\nb:defining which\nb:definition from\nb:defs annotation\nb:delay 0\nb:delete 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:deleting the\nb:demospring rest\nb:denial of\nb:deny 0\nb:deny action\nb:deny toml\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies metadata\nb:dependencies n\nb:dependencies so\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependencies will\nb:dependency and\nb:dependency conflicts\nb:dependency is\nb:dependency lock\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency types\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy git\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated because\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated gradle\nb:deprecated humanwhocodes\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated please\nb:deprecated raise\nb:deprecated use\nb:deprecation to\nb:deprecation warning\nb:deprecation warnings\nb:deps cache_rs\nb:deps foreground\nb:deps get\nb:deps is\nb:depth 0\nb:depth set\nb:der v0\nb:dereferenced by\nb:derive v0\nb:derliebemarcus zurichsee_ha\nb:description elite\nb:description get\nb:description metadata\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop lando\nb:desktop test\nb:destructure property\nb:detached h\nb:detached head\nb:detailed explanations\nb:details feature\nb:details home\nb:details https\nb:details see\nb:detect undefined\nb:detected for\nb:detected in\nb:detected invalid\nb:detecting c\nb:detector test\nb:detectors android\nb:determine if\nb:determining the\nb:dev 0\nb:dev null\nb:dev ops\nb:dev optional\nb:dev profile\nb:dev rnp\nb:dev server\nb:dev templates\nb:dev txt\nb:dev vuln\nb:development the\nb:device home\nb:devops pipelines\nb:dht dht\nb:dhtl_commands py\nb:dhtl_commands_standalone py\nb:dhtl_commands_workflows py\nb:dhtl_entry py\nb:dhtl_entry_windows py\nb:dhtl_github py\nb:dhtl_guardian_command py\nb:dhtl_version py\nb:diagnostics debug\nb:dial tcp\nb:dict str\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff in\nb:different than\nb:differs from\nb:digest node\nb:digest python\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir retries\nb:dir src\nb:dir var\nb:direct dependencies\nb:directly in\nb:directory all\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory to\nb:directory tree\nb:directory true\nb:disable incremental\nb:disable the\nb:disabled by\nb:disabled false\nb:disabling automatic\nb:discard any\nb:discount code\nb:dispatch v1\nb:display m\nb:displays the\nb:dist build\nb:dist chunks\nb:dist codecov\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:distributions gradle\nb:dists gradle\nb:django contrib\nb:dl cdn\nb:do echo\nb:do not\nb:do s\nb:do so\nb:doc comment\nb:doc tests\nb:docker 0\nb:docker allow\nb:docker build\nb:docker com\nb:docker daemon\nb:docker dockerfile\nb:docker driver\nb:docker error\nb:docker executor\nb:docker failed\nb:docker image\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:dockerfile home\nb:docs concepts\nb:docs faq\nb:docs for\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs template\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documentation is\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done g\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet 0\nb:dotnet dotnet\nb:dotnet download\nb:dotnet sdk\nb:dotnet temporalio\nb:dotnet10 dotnet\nb:double quote\nb:downgrade g\nb:download 0\nb:download action\nb:download all\nb:download app\nb:download complete\nb:download immutable\nb:download info\nb:download page\nb:download the\nb:downloaded ark\nb:downloaded crypto\nb:downloaded curve25519\nb:downloaded hashbrown\nb:downloaded hex\nb:downloaded num\nb:downloaded rand\nb:downloaded soroban\nb:downloaded thiserror\nb:downloaded time\nb:downloading amphp\nb:downloading component\nb:downloading cryptography\nb:downloading flutter\nb:downloading https\nb:downloading laravel\nb:downloading phpunit\nb:downloading psr\nb:downloading sebastian\nb:downloading symfony\nb:downloading task\nb:downloads example\nb:drone git\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dsl 0\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during stage\nb:during the\nb:dyn clone\nb:e 0\nb:e a\nb:e assertion\nb:e b\nb:e bin\nb:e build\nb:e c\nb:e c2_\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e current\nb:e d\nb:e d_\nb:e f\nb:e failed\nb:e false\nb:e file\nb:e fix\nb:e full\nb:e g\nb:e home\nb:e if\nb:e is\nb:e l\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e noprofile\nb:e o\nb:e opt\nb:e p\nb:e p0040\nb:e package\nb:e q\nb:e r\nb:e r_\nb:e release\nb:e required\nb:e s\nb:e s_\nb:e specification\nb:e switch\nb:e t\nb:e u\nb:e unable\nb:e unsupported\nb:e users\nb:e v\nb:e w\nb:e where\nb:e work\nb:e workflow_dispatch\nb:e x\nb:e y\nb:e0061 this\nb:e0277 a\nb:e0308 mismatched\nb:e04 0\nb:e0401 unable\nb:e0425 cannot\nb:e0599 no\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e git\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ a\nb:e_ b\nb:e_ d\nb:e_ j\nb:e_ n\nb:e_ o\nb:e_ p\nb:e_ r\nb:e_ v\nb:e_ w\nb:e_path cc\nb:each npm\nb:echo build\nb:echo c\nb:echo cachekey\nb:echo d\nb:echo h\nb:echo n\nb:echo toolchain\nb:eclipse jetty\nb:edeandrea xjc\nb:edge proxy\nb:edit deny\nb:edit true\nb:editor config\nb:eebxo6ax project\nb:efe31b98f2 found\nb:eff a01e7751d80c\nb:egeria open\nb:either package\nb:either target\nb:elapsed 0\nb:elapsed time\nb:elements of\nb:elite agent\nb:elite autonomous\nb:elite cogni\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embark studios\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty or\nb:empty space\nb:empty subject\nb:en latest\nb:enable cargo\nb:enable colors\nb:enable cross\nb:enable full\nb:enable running\nb:enabled for\nb:encoding u\nb:encoding v2\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:enforce required\nb:engine render\nb:engineering agent\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entirely and\nb:entities js\nb:entities lib\nb:entries plus\nb:entries pointing\nb:entry for\nb:entrypoint file\nb:entrypoint sh\nb:env 0\nb:env a\nb:env common\nb:env target\nb:environment 0\nb:environment considered\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment variable\nb:environment variables\nb:environment will\nb:eo pipefail\nb:eq 0\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:equivalent v1\nb:erb 0\nb:erl 0\nb:err http\nb:err is\nb:err message\nb:err typecheck\nb:errno 0\nb:errno e\nb:error 0\nb:error a\nb:error accordingly\nb:error aliases\nb:error allow\nb:error and\nb:error argument\nb:error assert\nb:error at\nb:error attempt\nb:error audit\nb:error bad\nb:error bin\nb:error c\nb:error c2065\nb:error cache\nb:error can\nb:error cannot\nb:error clean\nb:error code\nb:error comma\nb:error command\nb:error could\nb:error dangerously\nb:error dependency\nb:error deployment\nb:error dry\nb:error during\nb:error e\nb:error e0061\nb:error e0277\nb:error e0308\nb:error e0425\nb:error e0599\nb:error empty\nb:error enable\nb:error encountered\nb:error errno\nb:error error\nb:error executing\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error fetch\nb:error file\nb:error files\nb:error foreground\nb:error function\nb:error fund\nb:error funding\nb:error global\nb:error got\nb:error h\nb:error home\nb:error if\nb:error ignore\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error indicates\nb:error install\nb:error instead\nb:error invalid\nb:error is\nb:error key\nb:error killed\nb:error ld\nb:error legacy\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error log\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error network\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error omit\nb:error on\nb:error only\nb:error option\nb:error options\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error returning\nb:error run\nb:error running\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error set\nb:error sets\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error tells\nb:error test\nb:error the\nb:error this\nb:error timed\nb:error timeout\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unneeded\nb:error unsupported\nb:error untyped\nb:error unused\nb:error usage\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors have\nb:errors in\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:escrow client\nb:escrow error\nb:escrow src\nb:escrow_id sme\nb:escrow_id token\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:etl mem\nb:etl py\nb:ev issue\nb:evaluate option\nb:evaluator test\nb:even 0\nb:event name\nb:events 0\nb:events events\nb:ever returns\nb:ex 0\nb:ex allow\nb:ex unit\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example github\nb:example left\nb:example lint\nb:example net\nb:example org\nb:example port\nb:example reports\nb:example retry\nb:example specs\nb:example strutil\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded max\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exceeded while\nb:exception connection\nb:exception could\nb:exception execution\nb:exception in\nb:exception no\nb:exception the\nb:exception was\nb:exclude tests\nb:exe config\nb:exe submodule\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:execute untyped\nb:executer execute\nb:executer java\nb:executing step_script\nb:execution default\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:exist with\nb:existing false\nb:existing install\nb:existing resource\nb:exit 0\nb:exit code\nb:exit or\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect actual\nb:expect apply\nb:expect received\nb:expect settled_at\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected after\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected false\nb:expected foo\nb:expected here\nb:expected i\nb:expected list\nb:expected newline\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit force\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export const\nb:export function\nb:export to\nb:export utils\nb:exported exported\nb:exported method\nb:exported type\nb:exporting layers\nb:exporting to\nb:express typescript\nb:expressed infallibly\nb:expression creates\nb:expression has\nb:expression should\nb:extensions 0\nb:extensions worktree\nb:external packages\nb:extra argument\nb:extra node_modules\nb:extra semicolon\nb:extra_cmake_args d\nb:extracting archive\nb:extracting sha256\nb:extraheader a\nb:f 0\nb:f a\nb:f c\nb:f d\nb:f e\nb:f f\nb:f home\nb:f i\nb:f l\nb:f o\nb:f p\nb:f parameters\nb:f r\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f20260413 0\nb:f401 os\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fail 0\nb:fail net9\nb:fail on\nb:fail package\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure threshold\nb:failure to\nb:failure type\nb:failures 0\nb:falcon 0\nb:false to\nb:false true\nb:familjen grotesk\nb:family x86_64\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features seeds\nb:features steps\nb:features were\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch http\nb:fetch https\nb:fetch js\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching need\nb:fetching the\nb:few minutes\nb:ff v0\nb:field browser\nb:field name\nb:file 0\nb:file all\nb:file based\nb:file builds\nb:file c\nb:file content\nb:file could\nb:file details\nb:file does\nb:file extension\nb:file f\nb:file failed\nb:file file\nb:file from\nb:file frozen\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file protocol\nb:file provided\nb:file run\nb:file src\nb:file sync\nb:file test\nb:file this\nb:file to\nb:file users\nb:file usr\nb:file var\nb:file would\nb:files 0\nb:files are\nb:files c\nb:files checked\nb:files copy\nb:files false\nb:files file\nb:files found\nb:files from\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files in\nb:files inspected\nb:files passed\nb:files power\nb:files ringbuf\nb:files tests\nb:files to\nb:files took\nb:files use\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:final post\nb:finalize job\nb:finance billing\nb:finance ledger\nb:finance money\nb:find a\nb:find com\nb:find element\nb:find expected\nb:find gem\nb:find io\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first doc\nb:first in\nb:first out\nb:first person\nb:first_upper s\nb:fits several\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed coupon\nb:fixed in\nb:fixed value\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flush true\nb:flutter 0\nb:flutter packages\nb:flutter pub\nb:flutter release\nb:flutter s\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt all\nb:fmt build\nb:fmt check\nb:fn 0\nb:fn first_upper\nb:fn init\nb:fn is_empty_list\nb:fn once\nb:fn read_capsule\nb:fnv hash\nb:focusing on\nb:following actions\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following options\nb:following source\nb:following vulnerability\nb:fonts unifont\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for action\nb:for addresses\nb:for async\nb:for build\nb:for changes\nb:for configuration\nb:for connection\nb:for defining\nb:for details\nb:for docker\nb:for function\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for help\nb:for https\nb:for input\nb:for installation\nb:for installing\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for object\nb:for one\nb:for other\nb:for package\nb:for path\nb:for postgres\nb:for production\nb:for project\nb:for projects\nb:for python\nb:for rust\nb:for setup\nb:for stable\nb:for struct\nb:for swift\nb:for system\nb:for t\nb:for task\nb:for that\nb:for the\nb:for this\nb:for ubuntu\nb:for url\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:force evaluate\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:form tsx\nb:form vue\nb:format 0\nb:format args\nb:format check\nb:format failed\nb:format github\nb:format h\nb:format string\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting delete\nb:formatting output\nb:found 0\nb:found a\nb:found at\nb:found b\nb:found before\nb:found but\nb:found composer\nb:found error\nb:found errors\nb:found fatal\nb:found for\nb:found github\nb:found ignoring\nb:found in\nb:found packages\nb:found python3\nb:found return\nb:found warn\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fp4 home\nb:fr ambroisie\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework inference\nb:framework quasar\nb:framework src\nb:framework test\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from aiohttp\nb:from an\nb:from c\nb:from cache\nb:from commit\nb:from daemon\nb:from directories\nb:from distribution\nb:from dockerfile\nb:from file\nb:from formatting\nb:from function\nb:from git\nb:from home\nb:from homeassistant\nb:from https\nb:from instrument\nb:from key\nb:from ledger\nb:from lock\nb:from manifest\nb:from material\nb:from node\nb:from path\nb:from pip\nb:from pytest\nb:from r\nb:from src\nb:from tarball\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from tsbootstrap\nb:from typing\nb:from u8\nb:from urls\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:from your\nb:frontend lint\nb:frontend src\nb:frozen false\nb:frozen importlib\nb:frozen installation\nb:frozen lockfile\nb:fs js\nb:fs layer\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full stack\nb:func returns\nb:func1 0\nb:function body\nb:function could\nb:function declared\nb:function execute\nb:function fn\nb:function is\nb:function j\nb:function spec\nb:function total\nb:function unknown\nb:function which\nb:functionality has\nb:functions are\nb:fund dry\nb:fund for\nb:funding batch\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g failed\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g l\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g o\nb:g o111\nb:g o_\nb:g on\nb:g org\nb:g p\nb:g r\nb:g s\nb:g std\nb:g u\nb:g4q xg66\nb:g_ c\nb:g_ m\nb:galaxy allow\nb:garbage collection\nb:gateway addresses\nb:gc auto\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcm native\nb:gcr io\nb:gdb csl\nb:gem install\nb:gemfile lock\nb:gemini 0\nb:gems corp\nb:gen jooq\nb:gen lint\nb:gen proto\nb:generate debug\nb:generate job\nb:generate the\nb:generated 0\nb:generated gradle\nb:generated run\nb:generating done\nb:generating script\nb:generation com\nb:generation gradle\nb:generator has\nb:generator next\nb:generic array\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get 0\nb:get a\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get_settled_at is_none\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting requirements\nb:getting source\nb:ggml c\nb:gh issue\nb:gh pr\nb:ghcr io\nb:gi b\nb:git 0\nb:git all\nb:git allow\nb:git belanyi\nb:git bin\nb:git branch\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git could\nb:git credentials\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git failed\nb:git fetch\nb:git file\nb:git github\nb:git global\nb:git https\nb:git hub\nb:git init\nb:git lab\nb:git log\nb:git p\nb:git path\nb:git references\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git revision\nb:git service\nb:git sparse\nb:git sr\nb:git submodules\nb:git switch\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:git worktrees\nb:gitconfig to\nb:gitdir home\nb:github aashish\nb:github actions\nb:github blog\nb:github com\nb:github edeandrea\nb:github formatter\nb:github iml1s\nb:github io\nb:github pr\nb:github repo\nb:github runner_temp\nb:github skills\nb:github src\nb:github token\nb:github workflows\nb:github workspace\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob allow\nb:glob versions\nb:global add\nb:global config\nb:global git\nb:global init\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu 0\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go caddy\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go modules\nb:go no\nb:go pkg\nb:go protoparser\nb:go quasar\nb:go skywire\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:goes below\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got key\nb:got other\nb:gpg could\nb:gpt 0\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle build\nb:gradle caches\nb:gradle daemon\nb:gradle daemons\nb:gradle documentation\nb:gradle exception\nb:gradle execution\nb:gradle features\nb:gradle gradle\nb:gradle home\nb:gradle internal\nb:gradle jars\nb:gradle kts\nb:gradle launcher\nb:gradle linux\nb:gradle mac\nb:gradle notifications\nb:gradle org\nb:gradle plugin\nb:gradle properties\nb:gradle state\nb:gradle user\nb:gradle wrapper\nb:gravito framework\nb:greater than\nb:green 0\nb:greeting component_test\nb:grep allow\nb:grep q\nb:grep v\nb:grgit 0\nb:grotesk 0\nb:group build\nb:group run\nb:groups get\nb:gui is\nb:guide rules\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:gz 0\nb:gzip 0\nb:h 0\nb:h a\nb:h amd64\nb:h c\nb:h cannot\nb:h e\nb:h e_\nb:h h600\nb:h head\nb:h i\nb:h o\nb:h p\nb:h r\nb:h ref\nb:h s\nb:h t\nb:h u\nb:h0m0s timeout\nb:h0s9kvb6g2sinako7ub77ku gradle\nb:h11 0\nb:h600 compilation\nb:habluetooth 0\nb:had changes\nb:hadolint action\nb:hadolint hadolint\nb:hadolint v2\nb:handbook docs\nb:handle standard\nb:handle the\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has changed\nb:has correct\nb:has exceeded\nb:has incompatible\nb:has no\nb:has not\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash 0\nb:hash fast\nb:hash validation\nb:hashbrown v0\nb:hashmap hashmap\nb:haskell cabal\nb:hass nabucasa\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have an\nb:have been\nb:have comment\nb:have detailed\nb:have no\nb:have printed\nb:have reached\nb:have valid\nb:head 0\nb:head c12\nb:head to\nb:header filter\nb:header in\nb:heads main\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help at\nb:help change\nb:help ci\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help you\nb:helper kt\nb:helper py\nb:here are\nb:here for\nb:hex literal\nb:hhp hs\nb:hidden files\nb:hierarchy template\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:highlights of\nb:hint call\nb:hint development\nb:hint git\nb:hint is\nb:hint make\nb:hint names\nb:hint to\nb:hint used\nb:hint using\nb:hint will\nb:hit for\nb:hive simulators\nb:hoisted nested\nb:hoisting package\nb:home abuild\nb:home assistant\nb:home breadcrumbs\nb:home cache\nb:home cholerae\nb:home circleci\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:homeassistant 0\nb:homeassistant custom\nb:homebrew bin\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks use\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hosted runner\nb:hostedtoolcache dart\nb:hostedtoolcache go\nb:hostedtoolcache julia\nb:hostedtoolcache python\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html entities\nb:html erb\nb:html needless_borrow\nb:html needless_return\nb:html sec\nb:html shell\nb:http 0\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http request\nb:http server\nb:http_client 0\nb:httpcore 0\nb:https aka\nb:https api\nb:https astral\nb:https bandit\nb:https conda\nb:https dl\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https go\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nodesecurity\nb:https npm\nb:https opencode\nb:https osv\nb:https packages\nb:https pip\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https services\nb:https spdx\nb:https stylelint\nb:httpx 0\nb:hub action\nb:hub does\nb:i 0\nb:i a\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i files\nb:i g\nb:i g_\nb:i get\nb:i in\nb:i info\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i o_\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i s_\nb:i t\nb:i t_\nb:i toolchain\nb:i try\nb:i u\nb:i unsafe\nb:i uw\nb:i x\nb:i z\nb:i_ k\nb:ibis bigquery\nb:ic install\nb:ic3bur g\nb:icons mdi\nb:id 0\nb:id github\nb:id in\nb:id prettier\nb:id trailing\nb:idea projects\nb:identical details\nb:identification is\nb:identified with\nb:identifier c\nb:identifier header\nb:identifier of\nb:identifier read\nb:idx 0\nb:ie preinstall\nb:if c\nb:if entries\nb:if gitdir\nb:if i\nb:if it\nb:if items\nb:if n\nb:if needed\nb:if no\nb:if notified\nb:if out\nb:if returning\nb:if rustc\nb:if set\nb:if the\nb:if they\nb:if this\nb:if true\nb:if v\nb:if z\nb:ignore comment\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:ignoring config\nb:im l1s\nb:image debian\nb:image docker\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image release\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images releases\nb:images ubuntu\nb:images windows\nb:imaging c\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc imgproc\nb:imgproc src\nb:iml1s crypto\nb:iml1s kotlin\nb:immediately dereferenced\nb:immutable action\nb:impacting any\nb:implementation of\nb:implemented for\nb:implications associated\nb:implied by\nb:import 0\nb:import cannot\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib bootstrap\nb:importlib init__\nb:importlib report\nb:imports are\nb:imports on\nb:in 0\nb:in a\nb:in action\nb:in all\nb:in apt\nb:in assignment\nb:in async\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in cargo\nb:in connect\nb:in curl\nb:in d\nb:in deploy\nb:in deployment\nb:in detached\nb:in documentation\nb:in file\nb:in final\nb:in first\nb:in function\nb:in git\nb:in go\nb:in home\nb:in import_module\nb:in liquifact\nb:in module\nb:in multiline\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in scope\nb:in source\nb:in src\nb:in state\nb:in stdlib\nb:in sync\nb:in targets\nb:in the\nb:in this\nb:in thread\nb:in tmp\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:inc packetfence\nb:include hidden\nb:include if\nb:include prod\nb:include the\nb:include workspace\nb:included software\nb:includeif gitdir\nb:incompatible type\nb:incompatible types\nb:incompatible with\nb:inconsistent vendoring\nb:inconsistent with\nb:incorrect usage\nb:incorrectly sorted\nb:increase rate\nb:increase the\nb:incremental compilation\nb:incubating problems\nb:indentation 0\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:index url\nb:indicate success\nb:indicates a\nb:indicates that\nb:individual deprecation\nb:ineffective mark\nb:infallibly using\nb:inference targets\nb:info 0\nb:info component\nb:info default\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info latest\nb:info or\nb:info syncing\nb:info there\nb:info using\nb:information 0\nb:information see\nb:information visit\nb:infra mirror\nb:infra retry\nb:infrastructure as\nb:infrastructure auth\nb:init d\nb:init default\nb:init home\nb:init users\nb:init__ py\nb:initial branch\nb:initialize job\nb:initialized empty\nb:initializing environment\nb:initializing the\nb:inlang settings\nb:inner declarations\nb:inner t\nb:input 0\nb:input files\nb:input keys\nb:inputs itself\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install a\nb:install and\nb:install before\nb:install clean\nb:install dependencies\nb:install direct\nb:install error\nb:install for\nb:install frozen\nb:install ic\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install packages\nb:install registry\nb:install rustup\nb:install script\nb:install sh\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install time\nb:install upgrade\nb:install v1\nb:install which\nb:install with\nb:install_gui_linux py\nb:installation tree\nb:installed 0\nb:installed as\nb:installed distributions\nb:installed this\nb:installed version\nb:installed versions\nb:installing amphp\nb:installing build\nb:installing collected\nb:installing environment\nb:installing laravel\nb:installing openssh\nb:installing packages\nb:installing psr\nb:installing sebastian\nb:installing symfony\nb:installs in\nb:instance of\nb:instance travis\nb:instance using\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:instrumented jars\nb:insufficient cpu\nb:insufficient memory\nb:int as\nb:int cannot\nb:int error_count\nb:integer v0\nb:integration integration\nb:integration rs\nb:integrity check\nb:intentional prefix\nb:interface tools\nb:internal 0\nb:internal artifacts\nb:internal build\nb:internal buildprocess\nb:internal buildtree\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal load\nb:internal model\nb:internal modules\nb:internal mojo\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into 0\nb:into a\nb:into directory\nb:into example\nb:into home\nb:invalid s\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:inverse inc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io en\nb:io github\nb:io hadolint\nb:io hashicorp\nb:io i\nb:io index\nb:io library\nb:io reviewdog\nb:io rust\nb:io user\nb:io v2\nb:ios arm64\nb:ios main\nb:ios simulator\nb:ios x64\nb:iot sensor\nb:ip address\nb:ipynb cell\nb:is 0\nb:is a\nb:is allowed\nb:is already\nb:is assigned\nb:is available\nb:is bot\nb:is called\nb:is canceled\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is imported\nb:is in\nb:is inconsistent\nb:is intentional\nb:is it\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is set\nb:is stopped\nb:is subject\nb:is the\nb:is undefined\nb:is up\nb:is users\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:is_settleable found\nb:isn t\nb:isntall clean\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issues 0\nb:issues by\nb:issues found\nb:ist is\nb:it before\nb:it can\nb:it for\nb:it has\nb:it i\nb:it incompatible\nb:it is\nb:it its\nb:it only\nb:it py\nb:it resolves\nb:it s\nb:it should\nb:it starts\nb:it was\nb:it with\nb:item costing\nb:item in\nb:item str\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:itertools v0\nb:itoa v1\nb:its it\nb:its network\nb:its progress\nb:itself https\nb:j a\nb:j d\nb:j n\nb:j o\nb:j s\nb:j unit\nb:j v\nb:j w\nb:j2 c\nb:jar 0\nb:jar and\nb:jar c\nb:jars 0\nb:jars and\nb:jars gradle\nb:jars with\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java linux\nb:java math\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:jest circus\nb:job 0\nb:job cleanup\nb:job context\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:job summary\nb:jobs 0\nb:jobs and\nb:jonesn idea\nb:jooq gradle\nb:jq allow\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json artifacts\nb:json csproj\nb:json files\nb:json has\nb:json lodash\nb:json main\nb:json newtonsoft\nb:json npm\nb:json or\nb:julia nightly\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:just created\nb:k 0\nb:k b\nb:k but\nb:k does\nb:k e\nb:k e_\nb:k f_to_c\nb:k from\nb:k g_\nb:k i\nb:k n\nb:k s_\nb:k t\nb:k that\nb:k version\nb:k1045 the\nb:k8s deploy\nb:k_ e\nb:kata check_s390x_test\nb:keccak v0\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key dependencies\nb:key error\nb:key failed\nb:key generated\nb:key instrumented\nb:key kotlin\nb:key linux\nb:key node\nb:key not\nb:key setup\nb:key should\nb:key the\nb:key true\nb:key v0\nb:key v8\nb:key wrapper\nb:keycloak token\nb:keygen c\nb:keymanapp dependency\nb:keys linux\nb:keystore models_test\nb:keyword parameter\nb:keywords metadata\nb:ki b\nb:killed signal\nb:kind fixed\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:koans builders\nb:koen desktop\nb:kotlin address\nb:kotlin blockchain\nb:kotlin crypto\nb:kotlin gradle\nb:kotlin io\nb:kotlin koans\nb:kotlin lint\nb:kotlin mpp\nb:kotlin native\nb:kotlin plugins\nb:kotlin script\nb:kotlin solana\nb:kotlin tx\nb:kotlin utxo\nb:kotlin watchos\nb:kt 0\nb:ktlint android\nb:ktlint check\nb:ktlint test\nb:kts 0\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l for\nb:l g\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l n\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l s\nb:l set\nb:l sparse\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l y\nb:l1s dart_web3\nb:l1s kotlin\nb:l3013 pin\nb:l_ o\nb:l_ u\nb:lab temps\nb:label n\nb:landing landing\nb:lando lando\nb:lando master\nb:lando netfx40\nb:lang github\nb:lang r\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:later by\nb:latest 0\nb:latest blacklists\nb:latest false\nb:latest update\nb:latest v0\nb:latest version\nb:launcher daemon\nb:layers 0\nb:layout engine\nb:lazy property\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy lib\nb:legacy peer\nb:len 0\nb:length 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:let client\nb:let or\nb:let stored\nb:let sum\nb:let top\nb:let v\nb:level 0\nb:level error\nb:level high\nb:level node_modules\nb:level package\nb:level template\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib cabal\nb:lib due\nb:lib example\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib kt\nb:lib lib\nb:lib p\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libc v0\nb:libc6 dev\nb:library core\nb:library for\nb:library python\nb:library rust\nb:libtonode tests\nb:license checker\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license list\nb:license needs\nb:license or\nb:license ref\nb:license_file metadata\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses or\nb:licenses without\nb:lifecycle controller\nb:lifecycle internal\nb:lifecycle scripts\nb:like we\nb:likely additional\nb:limit allocation\nb:limit by\nb:limit exceeded\nb:limit for\nb:limit of\nb:limit you\nb:limits the\nb:line 0\nb:line before\nb:line length\nb:line must\nb:line of\nb:line too\nb:lines of\nb:link build\nb:link plugins\nb:link u\nb:linked legacy\nb:linker for\nb:linkid 0\nb:linking c\nb:links allow\nb:links no\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint check\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint install\nb:lint report\nb:lint run\nb:lint suspicious\nb:linted 0\nb:linting set\nb:linux amd64\nb:linux ci\nb:linux extras\nb:linux gnu\nb:linux go\nb:linux musl\nb:linux nopie\nb:linux or\nb:linux python\nb:linux r\nb:linux small\nb:linux uv\nb:linux vpn\nb:linux x64\nb:linux x86_64\nb:liquid haskell\nb:liquidhaskell cabal\nb:liquifact contracts\nb:liquifact escrow\nb:liquifact liquifact\nb:list allow\nb:list any\nb:list found\nb:list of\nb:list str\nb:list stub\nb:lists txt\nb:lite badge\nb:lite86 v0\nb:literal v0\nb:littpi net\nb:live log\nb:llama cpp\nb:llvm tools\nb:load 0\nb:load build\nb:load config\nb:load database\nb:load dockerignore\nb:load error\nb:load metadata\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading 0\nb:loading for\nb:local bin\nb:local gc\nb:local go\nb:local http\nb:local lib\nb:local microsoft\nb:local name\nb:local package\nb:local pf\nb:local share\nb:local unset\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location opt\nb:location path\nb:location users\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:lock yaml\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile because\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log level\nb:log of\nb:log output\nb:logging output\nb:login page\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:look around\nb:looking for\nb:looking in\nb:looks like\nb:lookup only\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low 0\nb:low go\nb:low on\nb:lowagie pdfkit\nb:lower or\nb:lower snake\nb:lower_snake_case such\nb:lru dict\nb:ls sf\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m add\nb:m adding\nb:m auto\nb:m available\nb:m b\nb:m beringin\nb:m bs\nb:m buf\nb:m casting\nb:m casts\nb:m change\nb:m d\nb:m d013\nb:m docs\nb:m e\nb:m enable\nb:m error\nb:m execution\nb:m failed\nb:m first\nb:m fits\nb:m for\nb:m git\nb:m i\nb:m if\nb:m is\nb:m item\nb:m k_\nb:m l\nb:m let\nb:m m\nb:m must_use\nb:m name\nb:m npm\nb:m o\nb:m or\nb:m other\nb:m p\nb:m package\nb:m panic\nb:m pub\nb:m pv4\nb:m pytest\nb:m r\nb:m remove\nb:m run\nb:m s\nb:m start\nb:m t\nb:m this\nb:m to\nb:m try\nb:m u\nb:m updating\nb:m v\nb:m value\nb:m variables\nb:m version\nb:m w\nb:m0s this\nb:m104 0\nb:m12 0\nb:m2 settings\nb:m2 toolchains\nb:m21 0\nb:m237 0\nb:m2repository com\nb:m309 0\nb:m47 0\nb:m49 0\nb:m62 0\nb:m64 0\nb:m67 0\nb:m7 0\nb:m78 0\nb:m84 0\nb:m88 0\nb:m_ c\nb:m_ l\nb:m_ n\nb:m_ o\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:macos 0\nb:macos latest\nb:macos macos\nb:macro2 v1\nb:macros v0\nb:macros v25\nb:made by\nb:maierj fastlane\nb:main 0\nb:main activity\nb:main c\nb:main g\nb:main go\nb:main i\nb:main in\nb:main ios\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main native\nb:main refs\nb:main resolvable\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main trunk\nb:main watchos\nb:main yml\nb:main zig\nb:make 0\nb:make any\nb:make error\nb:make experimental\nb:make files\nb:make in\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:makes function\nb:making global\nb:making it\nb:manager gitlab\nb:manager kt\nb:manifest txt\nb:manually started\nb:manuell manual\nb:many requests\nb:many return\nb:manylinux2014_x86_64 manylinux_2_17_x86_64\nb:manylinux_2_17_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_28_x86_64 whl\nb:manylinux_2_34_x86_64 whl\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:markdown it\nb:marked as\nb:marketing landing\nb:marking the\nb:masque rs\nb:master are\nb:master as\nb:master index\nb:master refs\nb:master set\nb:master src\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matched files\nb:matching distribution\nb:matching files\nb:matching package\nb:matching the\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 connect\nb:maven2 org\nb:mavi core\nb:mavi v\nb:mavi vpn\nb:mavivpn is\nb:mawk allow\nb:max git\nb:max line\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may 0\nb:may be\nb:may increase\nb:may not\nb:may panic\nb:may take\nb:may truncate\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:mdurl 0\nb:measured 0\nb:media imaging\nb:medium 0\nb:megalinter io\nb:melos 0\nb:mem aggregate\nb:mem git\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:memory or\nb:merge 0\nb:merge pull\nb:merror 0\nb:meson build\nb:meson setup\nb:message at\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata 0\nb:metadata for\nb:metadata org\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method defined\nb:method named\nb:method not\nb:method parentheses\nb:method running\nb:method takes\nb:metrics counter\nb:mfi 0\nb:mhelp 0\nb:mi b\nb:microsoft com\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mif z\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minutes 0\nb:minutes ago\nb:minutes are\nb:minutes failed\nb:minutes marking\nb:mirror sync\nb:miscellaneous lint\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing backticks\nb:missing binary\nb:missing docstring\nb:missing either\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing package\nb:missing panics\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing spacing\nb:missing trailing\nb:missing whitespace\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnote 0\nb:mnt sata\nb:mnt vss\nb:mocha test\nb:mock open\nb:mod but\nb:mod dial\nb:mod download\nb:mod readonly\nb:modal tsx\nb:mode after\nb:mode all\nb:mode disable\nb:mode m\nb:mode primary\nb:mode true\nb:model bin\nb:model kt\nb:model opencode\nb:model state\nb:model test\nb:models kt\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module github\nb:module home\nb:module importlib\nb:module is\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules act_container_manager\nb:modules act_linter\nb:modules cjs\nb:modules command_dispatcher\nb:modules command_runner\nb:modules commands\nb:modules container_test_runner\nb:modules dhtl_commands\nb:modules dhtl_commands_standalone\nb:modules dhtl_commands_workflows\nb:modules dhtl_github\nb:modules dhtl_guardian_command\nb:modules dhtl_version\nb:modules files\nb:modules find\nb:modules hal\nb:modules lib\nb:modules packages\nb:modules py\nb:modules txt\nb:modules uv_manager\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:molecule allow\nb:mon may\nb:money rb\nb:more arguments\nb:more dependencies\nb:more details\nb:more help\nb:more info\nb:more information\nb:more log\nb:more than\nb:most recent\nb:mother 0\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms could\nb:ms d\nb:ms dotnet\nb:ms environment\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:ms setup\nb:ms tests\nb:msg loaded\nb:msg process\nb:msg reading\nb:mshared src\nb:multiline condition\nb:multiline expression\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple versions\nb:multiple___ spaces\nb:multiplication with\nb:must be\nb:must end\nb:must not\nb:must_use 0\nb:must_use attribute\nb:mut payload\nb:mutmut 0\nb:mutual groups\nb:mvn b\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:mypy 0\nb:n 0\nb:n a\nb:n actionlint\nb:n and\nb:n basic\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n h\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n m\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n s_\nb:n skipping\nb:n t\nb:n t_\nb:n target\nb:n test\nb:n tools\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n v4\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ a\nb:n_ c\nb:n_ e\nb:n_ f\nb:n_ m\nb:n_ n\nb:n_ p\nb:n_ s\nb:nabucasa 0\nb:name actionpack\nb:name assertion\nb:name azure\nb:name build\nb:name e2e\nb:name err\nb:name fmt\nb:name for\nb:name fv\nb:name gateway\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name not\nb:name only\nb:name or\nb:name should\nb:name to\nb:name w\nb:name_ should_\nb:named is_settleable\nb:named shapely\nb:names commonly\nb:namespace has\nb:namespace runner\nb:naming to\nb:nanopb 0\nb:native build\nb:native castle\nb:native lib\nb:native_lib native\nb:ne s\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:need revision\nb:need to\nb:needs network\nb:needs review\nb:needs to\nb:nested shallow\nb:nested steps\nb:net 0\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netfx40 csproj\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:netplus netplus\nb:netplus projects\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network errors\nb:network git\nb:network if\nb:network request\nb:never goes\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new line\nb:new object\nb:new promise\nb:new ref\nb:new repositories\nb:new tag\nb:newest version\nb:newlib 0\nb:newlib csl\nb:newlib snapshot\nb:newline after\nb:newline before\nb:newline expected\nb:newline n\nb:newtonsoft json\nb:next anonymous\nb:next headers\nb:next js\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:no any\nb:no attribute\nb:no audit\nb:no bin\nb:no cache\nb:no cacheprovider\nb:no color\nb:no config\nb:no console\nb:no copyright\nb:no corresponding\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no method\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no unit\nb:no untyped\nb:no unused\nb:no update\nb:no var\nb:noble universe\nb:noble updates\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node e\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node longer\nb:node net\nb:node sha256\nb:node test\nb:node trace\nb:node v10\nb:node v18\nb:node v20\nb:node v4\nb:node version\nb:node was\nb:node_config in\nb:node_modules babel\nb:node_modules install\nb:node_modules jest\nb:node_modules material\nb:node_modules node\nb:node_modules react\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules ts\nb:node_modules uvu\nb:node_modules vite\nb:node_modules vitest\nb:nodes are\nb:nodesecurity io\nb:non existing\nb:non interactive\nb:non lazy\nb:non matching\nb:non zero\nb:none any\nb:none func\nb:none listed\nb:none no\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:normal d\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not begin\nb:not build\nb:not checked\nb:not closed\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not enforce\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not parse\nb:not pass\nb:not permitted\nb:not resolve\nb:not return\nb:not run\nb:not set\nb:not support\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not use\nb:not used\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note method\nb:note referenced\nb:note some\nb:note switching\nb:note warn\nb:notebook cleanup\nb:notes app\nb:notes html\nb:nothing provides\nb:notice s\nb:notice to\nb:notification helper\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:now or\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm command\nb:npm config\nb:npm corp\nb:npm does\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu get\nb:nuget org\nb:null 0\nb:null continue\nb:null null\nb:null then\nb:num integer\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:numpy 0\nb:nvm versions\nb:o 0\nb:o a\nb:o auth\nb:o b\nb:o b_allowed\nb:o building\nb:o c\nb:o compiling\nb:o d\nb:o detecting\nb:o e\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o g\nb:o i\nb:o initializing\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o l_\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o pinot\nb:o pipefail\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o t_\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o w_\nb:o0 o\nb:o111 m\nb:o2 g\nb:o2 wall\nb:o_ c\nb:o_ h\nb:o_ i\nb:o_ l\nb:o_ m\nb:o_ p\nb:o_ r\nb:o_ t\nb:object anonymous\nb:object c\nb:object is\nb:object to\nb:object where\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:odder odor\nb:oder order\nb:odor over\nb:oes src\nb:of 0\nb:of a\nb:of all\nb:of apt\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of crystal\nb:of date\nb:of dependencies\nb:of different\nb:of each\nb:of false\nb:of get\nb:of hoisting\nb:of home\nb:of is\nb:of its\nb:of l\nb:of left\nb:of list\nb:of locate\nb:of master\nb:of memory\nb:of module\nb:of namespace\nb:of node\nb:of org\nb:of p\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of range\nb:of req\nb:of service\nb:of spaces\nb:of statements\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:off this\nb:offenses detected\nb:offline during\nb:offline mode\nb:offline packages\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:older coder\nb:ole planet\nb:omit dev\nb:omit from\nb:on 0\nb:on agent\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on dependencies\nb:on device\nb:on disk\nb:on empty\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on resource\nb:on runner\nb:on swift\nb:on task\nb:on that\nb:on the\nb:on this\nb:on type\nb:on windows\nb:on your\nb:once call_once\nb:once installed\nb:once_cell v1\nb:one of\nb:one or\nb:onepager component\nb:onepager onepager\nb:only allow\nb:only ever\nb:only false\nb:only get\nb:only install\nb:oo8i vb\nb:opam 0\nb:opam opam\nb:open a\nb:open deep\nb:open metadata\nb:open protocol\nb:open t\nb:opencode ai\nb:opencode gemini\nb:opencode gpt\nb:openemr services\nb:openemr sites\nb:opening parenthesis\nb:operand in\nb:operating system\nb:operation runner\nb:operation timed\nb:operation was\nb:operation with\nb:operations default\nb:operator strict\nb:ops and\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt homebrew\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option that\nb:option to\nb:option u16\nb:option u64\nb:option vec\nb:optional peer\nb:options execute\nb:or a\nb:or any\nb:or be\nb:or blocks\nb:or cd\nb:or cmd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or lower\nb:or more\nb:or npm\nb:or one\nb:or package\nb:or pass\nb:or patterns\nb:or plugins\nb:or s\nb:or service\nb:or something\nb:or that\nb:or undo\nb:or use\nb:or windows\nb:order java\nb:order older\nb:order service\nb:ordered fetch\nb:orders db\nb:orders git\nb:orders order\nb:orders src\nb:org 0\nb:org ajoberstar\nb:org alpine\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org directory\nb:org distributions\nb:org eclipse\nb:org example\nb:org gradle\nb:org junit\nb:org licenses\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org tree\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin linting\nb:origin main\nb:origin master\nb:origin refactor\nb:origin url\nb:orphan processes\nb:os archive\nb:os imported\nb:osv dev\nb:other 0\nb:other panic\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output package\nb:output src1489103279\nb:over android\nb:over doer\nb:over elements\nb:over test\nb:override d\nb:overriding h\nb:overwrite existing\nb:overwrite settings\nb:own scripts\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p i_\nb:p k\nb:p l\nb:p liquifact_escrow\nb:p m\nb:p m_\nb:p n\nb:p n_\nb:p netplus\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p s\nb:p t\nb:p t_\nb:p to\nb:p tsconfig\nb:p u\nb:p unit\nb:p y\nb:p0040 deprecation\nb:p1 r5\nb:p256 v0\nb:p_ c\nb:package a\nb:package actions\nb:package categories\nb:package configuration\nb:package content\nb:package cosmos\nb:package d\nb:package dependencies\nb:package example\nb:package for\nb:package github\nb:package handle\nb:package installs\nb:package is\nb:package jdk\nb:package json\nb:package keywords\nb:package level\nb:package license\nb:package license_file\nb:package linux\nb:package list\nb:package manager\nb:package mavi\nb:package mavivpn\nb:package metadata\nb:package ms\nb:package pkg\nb:package quic\nb:package readme\nb:package repository\nb:package resolved\nb:package shared\nb:package supabase\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package windows\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages lock\nb:packages microsoft\nb:packages net\nb:packages nuget\nb:packages please\nb:packages react\nb:packages read\nb:packages src\nb:packages when\nb:packages whose\nb:packaging 0\nb:packed and\nb:packetfence go\nb:pad failed\nb:padding spaces\nb:page tsx\nb:page zig\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:paket packet\nb:panic expected\nb:panic free\nb:panic missing\nb:panic ok\nb:panic test\nb:panic varint\nb:panicked at\nb:panicking rs\nb:panics section\nb:paragraph is\nb:parameter equals\nb:parameter of\nb:parameter should\nb:parameters json\nb:parentheses are\nb:parentheses around\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse queues\nb:parse resolve\nb:parse test\nb:parse toolchain\nb:parse units\nb:parse_test go\nb:parser 0\nb:parser from\nb:parser hs\nb:parser lib\nb:parser py\nb:parser test\nb:parsing a\nb:part of\nb:partial eq\nb:partition 0\nb:pasha code\nb:pass 0\nb:pass an\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:passkey test\nb:password g\nb:paste v1\nb:patched versions\nb:path 0\nb:path home\nb:path kotlin\nb:path opt\nb:path tex\nb:path users\nb:path version\nb:pathutil pathutil\nb:pattern go\nb:payload u8\nb:pbkdf2 native\nb:pc windows\nb:pdfkit core\nb:pdfkit pdfkit\nb:pedantic add\nb:peer deps\nb:peer include\nb:peer omit\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:performance tests\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:pest plugin\nb:pestphp pest\nb:php 0\nb:php array\nb:php return\nb:php v2\nb:phpkit slugger\nb:phpunit 0\nb:phpunit php\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:pid 0\nb:pin versions\nb:pinned packages\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pip is\nb:pip pypa\nb:pip tools\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline precision\nb:pipeline run\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkg types\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:plan reviewer\nb:planet myplanet\nb:platform deploy\nb:platform git\nb:platform linux\nb:platform ops\nb:platform satu\nb:please check\nb:please read\nb:please refer\nb:please run\nb:please update\nb:please upgrade\nb:please use\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin php\nb:plugins are\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:plus a\nb:pmd foo\nb:pmd plugin\nb:pnc i\nb:pnpm install\nb:pnpm lock\nb:pod failed\nb:pod was\nb:pods 0\nb:poetry lock\nb:pointing to\nb:policy deny_test\nb:policy entirely\nb:policy from\nb:pool host\nb:pool main\nb:populate work\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post action\nb:post checkout\nb:post job\nb:post resolution\nb:post run\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:ppv lite86\nb:pr 0\nb:pr go\nb:pr review\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:precision and\nb:prefer const\nb:prefix it\nb:prefix key\nb:prefs manager\nb:preinstall install\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparer java\nb:preparing the\nb:preparing to\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:prettier check\nb:prettier code\nb:prettyplease v0\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previously recorded\nb:price 0\nb:price null\nb:print 0\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem unexpected\nb:problem with\nb:problems 0\nb:problems problems\nb:problems report\nb:proc macro2\nb:proceed with\nb:process completed\nb:process did\nb:process env\nb:process exit\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:process usr\nb:processing wheels\nb:processor should\nb:prod dev\nb:prod exited\nb:production only\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:program unzstd\nb:programming scratch\nb:progress deadline\nb:progress meter\nb:progress true\nb:project 0\nb:project actions\nb:project dependencies\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project kotlin\nb:project name\nb:project org\nb:project src\nb:project test\nb:project version\nb:project w\nb:projectcleverweb lastautoindex\nb:projects cmake\nb:projects egeria\nb:projects openemr\nb:projects users\nb:promise anonymous\nb:promise ensure\nb:prompt file\nb:properly see\nb:properties of\nb:properties rs\nb:property line\nb:property or\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol dependencies\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided path\nb:provided to\nb:provider plugins\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune origin\nb:pub fn\nb:pub get\nb:public acls\nb:public build\nb:public class\nb:publish py\nb:pull 0\nb:pull complete\nb:pull rate\nb:pull request\nb:pulling docker\nb:pulling fs\nb:punycode module\nb:pure build\nb:pure kotlin\nb:pure src\nb:push 0\nb:pv4 transport\nb:pwsh e\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py git\nb:py healthy\nb:py imports\nb:py line\nb:py p\nb:py r\nb:py reports\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_low_stock_threshold\nb:py test_timeout_is_retried\nb:py2 py3\nb:py3 none\nb:pycognito 0\nb:pydantic 0\nb:pydantic core\nb:pypa io\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest homeassistant\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python dateutil\nb:python location\nb:python m\nb:python names\nb:python sha256\nb:python v5\nb:python version\nb:python2_ r\nb:python3 0\nb:python3 m\nb:python3_ r\nb:python_ r\nb:pyyaml 0\nb:q a\nb:q l_\nb:q p\nb:q release\nb:q u\nb:qty 0\nb:quant timeseries\nb:quantity 0\nb:quasar go\nb:queue js\nb:queue lib\nb:queue queue\nb:queued 0\nb:quic tester\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r a_\nb:r always\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r dependency\nb:r e\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r f\nb:r failed\nb:r found\nb:r g\nb:r help\nb:r home\nb:r https\nb:r i\nb:r im\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r load\nb:r m\nb:r m_\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r opt\nb:r p\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r retrying\nb:r reuse\nb:r s\nb:r s_\nb:r script\nb:r see\nb:r set\nb:r stack\nb:r t\nb:r t_\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r users\nb:r var\nb:r x\nb:r y\nb:r y_\nb:r_ a\nb:r_ p\nb:rails rails\nb:rails security\nb:raise parse\nb:rake foo\nb:ran 0\nb:ran all\nb:ran longer\nb:rand v0\nb:rand_core v0\nb:range 0\nb:range start\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:ray6y documents\nb:rb 0\nb:rb git\nb:rb money\nb:rc2 v1\nb:rdk rules\nb:re run\nb:reached the\nb:reached your\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read errors\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:read_capsule buf\nb:reading database\nb:reading prototype\nb:readme md\nb:readme metadata\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:recent call\nb:recieve the\nb:recognized word\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:recorded in\nb:records for\nb:recursive git\nb:ref 0\nb:ref and\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:refactor 0\nb:refer to\nb:reference c\nb:reference packages\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refs west\nb:refused connect\nb:refused simple\nb:reg exp\nb:regex 0\nb:regexp core\nb:regexp http\nb:regexp include\nb:region westus\nb:register layer\nb:register passkey\nb:registry https\nb:registry npm\nb:registry npmjs\nb:registry terraform\nb:registry ts\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:release 0\nb:release cygwin\nb:release gpg\nb:release https\nb:release kotlin\nb:release notes\nb:release sh\nb:release skipped\nb:release source\nb:release target\nb:release timed\nb:release yml\nb:releases download\nb:releases protoc\nb:releases tag\nb:reliability engineering\nb:relying on\nb:remaining 0\nb:remote add\nb:remote all\nb:remote git\nb:remote origin\nb:remotes origin\nb:remotes pull\nb:remove build\nb:remove return\nb:remove stale\nb:remove the\nb:removing include\nb:renamed to\nb:renamed via\nb:render engine\nb:renders the\nb:replaced with\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report api\nb:report at\nb:report attribute\nb:report html\nb:report is\nb:report py\nb:report ui\nb:reported issue\nb:reporter github\nb:reports alongside\nb:reports problems\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repositories which\nb:repository acme\nb:repository actions\nb:repository andi\nb:repository apis\nb:repository codecov\nb:repository directory\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository https\nb:repository ic3bur\nb:repository im\nb:repository in\nb:repository liquifact\nb:repository maps\nb:repository maven\nb:repository metadata\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository rusty\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:repository timekit\nb:repository zerox80\nb:req capability\nb:request 0\nb:request canceled\nb:request for\nb:request handler\nb:request py\nb:request timed\nb:request to\nb:requested tasks\nb:requested u\nb:requests 0\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required is\nb:required module\nb:required node\nb:required plugins\nb:required tasks\nb:required true\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements dev\nb:requirements to\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:reserve cache\nb:reset branch\nb:reset by\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolvable dependencies\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolve s\nb:resolved 0\nb:resolved because\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resolving to\nb:resource aws_s3_bucket\nb:resource directory\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response status\nb:rest src\nb:restore cache\nb:restore can\nb:restore keys\nb:restore locked\nb:restore to\nb:restore v8\nb:restored from\nb:restored successfully\nb:restoring cache\nb:restricted to\nb:result 0\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retain commits\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retry workflow\nb:retrying fetch\nb:return 0\nb:return a\nb:return bootstrap\nb:return dict\nb:return statement\nb:return str\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned error\nb:returned exit\nb:returning a\nb:returning any\nb:returns none\nb:returns value\nb:reuse docs\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:reuse util\nb:rev parse\nb:review allow\nb:review other\nb:reviewdog action\nb:reviewer agent\nb:reviewer cogni\nb:revision 0\nb:revision v0\nb:revive exported\nb:right failed\nb:ring c\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:role wine\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root depends\nb:root directory\nb:root install\nb:root md\nb:root project\nb:root when\nb:rootdir home\nb:ropenscilabs available\nb:routes and\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs tmp\nb:rs v0\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby json\nb:ruby setup\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff 0\nb:ruff check\nb:ruff format\nb:rule preset\nb:rules config\nb:rules e\nb:rules length\nb:rules using\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run bash\nb:run build\nb:run can\nb:run cargo\nb:run cd\nb:run cmake\nb:run composer\nb:run construct\nb:run create\nb:run curl\nb:run default\nb:run disable\nb:run dtolnay\nb:run echo\nb:run elm\nb:run enable\nb:run every\nb:run failed\nb:run format\nb:run go\nb:run gradlew\nb:run in\nb:run index\nb:run install\nb:run js\nb:run ktlint\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run of\nb:run on\nb:run parse\nb:run pip\nb:run poetry\nb:run profiler\nb:run python\nb:run restore\nb:run ruby\nb:run rustc\nb:run rustup\nb:run script\nb:run scripts\nb:run set\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run timeout\nb:run tsc\nb:run uv\nb:run with\nb:run work\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner cargo\nb:runner dist\nb:runner eebxo6ax\nb:runner git\nb:runner gitconfig\nb:runner go\nb:runner gradle\nb:runner has\nb:runner hostedtoolcache\nb:runner image\nb:runner images\nb:runner is\nb:runner issues\nb:runner java\nb:runner m2\nb:runner namespace\nb:runner npm\nb:runner process\nb:runner run\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runner_temp git\nb:runneradmin cargo\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs of\nb:runtime test\nb:rust 0\nb:rust cache\nb:rust clippy\nb:rust fmt\nb:rust lang\nb:rust lint\nb:rust rust\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustc stable\nb:rustfmt clippy\nb:rustup command\nb:rustup default\nb:rustup dev\nb:rustup if\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s build\nb:s c\nb:s c2086\nb:s c2164\nb:s chars\nb:s ci\nb:s commit\nb:s connection\nb:s create\nb:s d\nb:s detected\nb:s done\nb:s e\nb:s e_\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s js\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s md\nb:s microsoft\nb:s o\nb:s o2\nb:s on\nb:s p\nb:s pf\nb:s q\nb:s r\nb:s rx\nb:s s\nb:s s_\nb:s score\nb:s sit\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s then\nb:s transform\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s0103 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s2n run\nb:s3 block\nb:s6 vzpvo\nb:s_ a\nb:s_ c\nb:s_ i\nb:s_ r\nb:s_ t\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sample rdk\nb:samples sample\nb:sardonyx xenial\nb:sata dotnet10\nb:satisfies the\nb:satu platform\nb:save always\nb:save if\nb:saving state\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:schedule requested\nb:schema https\nb:scikit base\nb:scikit learn\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:screen kt\nb:screens settings\nb:screens vpn\nb:script 0\nb:script build\nb:script contents\nb:script heap\nb:script lint\nb:script on\nb:script policy\nb:script returned\nb:script s\nb:scripts deploy\nb:scripts git\nb:scripts ie\nb:scripts ignore\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts or\nb:scripts package\nb:scripts policy\nb:scripts run\nb:scripts specified\nb:sdk 0\nb:sdk api\nb:sdk js\nb:sdk linux\nb:sdk macros\nb:sdk targets\nb:sdk telemetry\nb:sdk v25\nb:sdks microsoft\nb:search ts\nb:sebastian bergmann\nb:sec command_line_warnings\nb:sec1 v0\nb:second 0\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secs 0\nb:section 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security auditor\nb:security cryptography\nb:security implications\nb:security issue\nb:security policy\nb:security vulnerabilities\nb:security vulnerability\nb:sed ne\nb:see a\nb:see also\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:select a\nb:select packages\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:semver v1\nb:send email\nb:sensor c\nb:sensor sensor\nb:separate line\nb:separated list\nb:sequence any\nb:sequential filter_numbers\nb:serde v1\nb:serde_derive v1\nb:serde_json v1\nb:serde_with v3\nb:server 0\nb:server anything\nb:server client\nb:server compiled\nb:server component\nb:server exec\nb:server failed\nb:server id\nb:server message\nb:server npm\nb:server password\nb:server request\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service 0\nb:service found\nb:service git\nb:service github\nb:service in\nb:service is\nb:service java\nb:service kt\nb:service not\nb:service notification\nb:service php\nb:service responded\nb:service run\nb:service src\nb:service ts\nb:service unavailable\nb:services gradle\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set c\nb:set check\nb:set file\nb:set interval\nb:set n\nb:set o\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set then\nb:set to\nb:set up\nb:sets the\nb:setting config\nb:setting java\nb:setting up\nb:settings component\nb:settings screen\nb:settings true\nb:settings xml\nb:settled_at must\nb:settlement rs\nb:setup 0\nb:setup builddir\nb:setup go\nb:setup gradle\nb:setup java\nb:setup node\nb:setup p\nb:setup php\nb:setup python\nb:setup ruby\nb:setup uv\nb:several a\nb:severity 0\nb:severity e\nb:severity vulnerability\nb:sf https\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh sh\nb:sh tmp\nb:sh uv\nb:sha256 0\nb:shallow linked\nb:share cmake\nb:share dotnet\nb:shared is\nb:shared rollup\nb:shared src\nb:shared updates\nb:shell 0\nb:shell bin\nb:shell c\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shims on\nb:shivammathur setup\nb:shodh memory\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco report\nb:shopco shop\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should have\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should start\nb:should_ fail\nb:show app\nb:show error\nb:show progress\nb:show the\nb:show where\nb:shrinkwrap json\nb:shutdown signal\nb:sid snapshot\nb:side of\nb:sidekick apis\nb:signal terminated\nb:signal this\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulator arm64\nb:simulators ethereum\nb:sin lat2\nb:since poetry\nb:sit list\nb:site command\nb:site deploy\nb:site docs\nb:site packages\nb:site reliability\nb:site scripting\nb:site tools\nb:sites default\nb:six 0\nb:sixty seconds\nb:size is\nb:skills a\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping git\nb:skipping integrity\nb:sleep go\nb:slice will\nb:sln t\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:sme env\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot 0\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so now\nb:so restore\nb:socket emit\nb:sockeye image_captioning\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:soroban env\nb:soroban sdk\nb:soroban_sdk address\nb:soroban_sdk events\nb:sorted and\nb:source actions\nb:source build\nb:source code\nb:source commit\nb:source dir\nb:source file\nb:source files\nb:source from\nb:source s\nb:source set\nb:source sets\nb:source tree\nb:source tutor\nb:source venv\nb:sourcerygxx 0\nb:sources from\nb:space berui\nb:space between\nb:space left\nb:space s\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spacing after\nb:sparse checkout\nb:sparse g\nb:sparse registry\nb:spdx org\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified deadline\nb:specified in\nb:specifiers in\nb:specs from\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:spurious network\nb:sr ht\nb:src android\nb:src api\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src blur\nb:src c\nb:src cart\nb:src chapter3\nb:src client\nb:src codegen\nb:src common\nb:src components\nb:src copy\nb:src css\nb:src d\nb:src drone\nb:src ethereum\nb:src external\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src hooks\nb:src index\nb:src infrastructure\nb:src invoice\nb:src iter\nb:src lando\nb:src lib\nb:src liquid\nb:src main\nb:src masque\nb:src microsoft\nb:src newtonsoft\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src registry\nb:src ring\nb:src scene\nb:src scripts\nb:src search\nb:src sidekick\nb:src source\nb:src src\nb:src stg\nb:src storefront\nb:src styles\nb:src task\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src tests\nb:src time\nb:src tools\nb:src ts\nb:src tsbootstrap\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh command\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable 0\nb:stable aarch64\nb:stable profile\nb:stable s\nb:stable version\nb:stable x86_64\nb:stable_deref_trait v1\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start at\nb:start cleaning\nb:start line\nb:start of\nb:start on\nb:start tracking\nb:start with\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting a\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:starts with\nb:startup 0\nb:starves it\nb:state 0\nb:state and\nb:state java\nb:state run\nb:state transition\nb:state without\nb:state you\nb:statement is\nb:statement no\nb:stats tally\nb:status 0\nb:status code\nb:status done\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stderr src\nb:stdlib go1\nb:stdune 0\nb:stellar strkey\nb:step 0\nb:step saving\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:stored client\nb:stored in\nb:stored settle_ts\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str any\nb:str arg\nb:str assignment\nb:str has\nb:str none\nb:str usize\nb:strategy for\nb:strategy hoisted\nb:stream 0\nb:stream vbyte\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:strkey v0\nb:strsim v0\nb:struct liquifact\nb:stub files\nb:studio 0\nb:studio offline\nb:studio threading\nb:studios cargo\nb:style issues\nb:style omit\nb:stylelint 0\nb:stylelint formatter\nb:stylelint io\nb:stylelint problem\nb:styles app\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:subject to\nb:submit audit\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subsequent builds\nb:subtests node\nb:succeeded 0\nb:success 0\nb:successfully got\nb:successfully installed\nb:successfully set\nb:such as\nb:such file\nb:such tool\nb:suffixed with\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:summary true\nb:sun nio\nb:supabase client\nb:support appcompat\nb:support targeting\nb:supported and\nb:supported file\nb:supports git\nb:supports n\nb:suppress this\nb:sure it\nb:sure that\nb:sure the\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svg from\nb:swatinem rust\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch c\nb:switch command\nb:switch to\nb:switched to\nb:switching back\nb:switching to\nb:symbol class\nb:symfony polyfill\nb:symlinks or\nb:sync client\nb:sync from\nb:sync is\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:system text\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t could\nb:t d\nb:t defined\nb:t done\nb:t e\nb:t e_\nb:t entries\nb:t exist\nb:t f\nb:t find\nb:t found\nb:t from\nb:t g\nb:t h\nb:t h_\nb:t https\nb:t i\nb:t in\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t load\nb:t m\nb:t match\nb:t modules\nb:t o\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t sdk\nb:t slug\nb:t state\nb:t t\nb:t target\nb:t test\nb:t type\nb:t u\nb:t want\nb:t wstat\nb:t y\nb:t00 0\nb:t03 0\nb:t06 0\nb:t07 0\nb:t08 0\nb:t09 0\nb:t10 0\nb:t10_00_00_000 z\nb:t11 0\nb:t12 0\nb:t14 0\nb:t15 0\nb:t16 0\nb:t17 0\nb:t20 0\nb:t21 0\nb:t_ b\nb:t_ c\nb:t_ d\nb:t_ i\nb:t_ n\nb:t_ p\nb:t_ s\nb:tabs tabs\nb:tabs ts\nb:tag 0\nb:tag binutils\nb:tag cgen\nb:tag cygwin\nb:tag gdb\nb:tag must\nb:tag nanopb\nb:tag newlib\nb:tag releases\nb:tag sid\nb:tag ubuntu24\nb:tag v0\nb:tag v1\nb:tag v2\nb:tag zephyr\nb:tags false\nb:take a\nb:take empties\nb:takes 0\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar gz\nb:tar xf\nb:tar xz\nb:tarball 0\nb:tarball error\nb:tarball files\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target n\nb:target s\nb:target t\nb:target w\nb:targeting n\nb:targets 0\nb:targets d\nb:targets do\nb:targets for\nb:targets microsoft\nb:targets true\nb:task app\nb:task automation\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task generate\nb:task get\nb:task java\nb:task key\nb:task kt\nb:task persona_flutter\nb:task pre\nb:task prebuild\nb:task run\nb:task_queues 0\nb:tasks 0\nb:tasks default\nb:tasks execution\nb:tasks task\nb:tasks utility\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:tells npm\nb:temp 0\nb:temp agents\nb:temp git\nb:temp skills\nb:temp then\nb:temp true\nb:temperatures calls\nb:template 0\nb:template section\nb:template ts\nb:templates tests\nb:temporalio sln\nb:temporarily overriding\nb:temporary git\nb:temps js\nb:ten off\nb:terminated program\nb:terminates the\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform io\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test android\nb:test b8ej_\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test count\nb:test coverage\nb:test creating\nb:test days\nb:test debug\nb:test default\nb:test dir\nb:test dll\nb:test drone\nb:test duration\nb:test environment\nb:test error\nb:test f\nb:test failed\nb:test failure\nb:test failures\nb:test fetch\nb:test fetcher\nb:test file\nb:test files\nb:test fixed\nb:test fixtures\nb:test from\nb:test frontend\nb:test get\nb:test go\nb:test greeting\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kotlin\nb:test kt\nb:test linux\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test multiplication\nb:test new\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test php\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test release\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test source\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test ubuntu\nb:test v\nb:test validate\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:test_window py\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:tester is\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests admin\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests csproj\nb:tests did\nb:tests failed\nb:tests failing\nb:tests feature\nb:tests files\nb:tests from\nb:tests func1\nb:tests in\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests properties\nb:tests ring_test\nb:tests run\nb:tests see\nb:tests settlement\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_slugs\nb:tests test_stock\nb:tests u\nb:tests unit\nb:tests__ evaluator\nb:tex range\nb:text json\nb:text startup\nb:textkit parser\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than initial\nb:than once\nb:than or\nb:than the\nb:thapa wlctl\nb:that allows\nb:that are\nb:that does\nb:that is\nb:that it\nb:that need\nb:that satisfies\nb:that supports\nb:that terminates\nb:that the\nb:that two\nb:that were\nb:the 0\nb:the a\nb:the ability\nb:the above\nb:the action\nb:the agent\nb:the allow\nb:the ammount\nb:the apache\nb:the artifact\nb:the attribute\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checkout\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the configured\nb:the conflict\nb:the constraint\nb:the contents\nb:the context\nb:the coverage\nb:the current\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the error\nb:the errors\nb:the exception\nb:the expected\nb:the expression\nb:the extra\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the format\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the gradle\nb:the highlights\nb:the host\nb:the hosted\nb:the individual\nb:the initial\nb:the install\nb:the installation\nb:the job\nb:the just\nb:the last\nb:the license\nb:the lint\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the message\nb:the method\nb:the mix\nb:the module\nb:the n\nb:the name\nb:the newest\nb:the node\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the packages\nb:the path\nb:the plugin\nb:the process\nb:the project\nb:the provided\nb:the proxy\nb:the punycode\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the requested\nb:the requirement\nb:the restore\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the specified\nb:the strategy\nb:the switch\nb:the sync\nb:the temporary\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the types\nb:the update\nb:the upstream\nb:the version\nb:the warning\nb:the workspace\nb:the x\nb:them and\nb:theme kt\nb:theme theme\nb:then 0\nb:then any_\nb:there appears\nb:there are\nb:there is\nb:there were\nb:these values\nb:they are\nb:they come\nb:this advice\nb:this can\nb:this command\nb:this could\nb:this default\nb:this environment\nb:this error\nb:this expression\nb:this function\nb:this functionality\nb:this id\nb:this install\nb:this message\nb:this might\nb:this operation\nb:this please\nb:this potentially\nb:this project\nb:this release\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:this warning\nb:thiserror impl\nb:thiserror v1\nb:thread main\nb:threading csproj\nb:threading microsoft\nb:threading src\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time lifecycle\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout exceeded\nb:timeout file\nb:timeout node\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timers 0\nb:timeseries timeseries\nb:timestamp 0\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title n\nb:title stylelint\nb:title want\nb:tmp pnc\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:tmp tmp\nb:tmp zmk\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to avoid\nb:to azure\nb:to be\nb:to build\nb:to but\nb:to capture\nb:to central\nb:to change\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to configure\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to create\nb:to credentials\nb:to deserialize\nb:to detect\nb:to display\nb:to docker\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to false\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to get\nb:to git\nb:to gradle\nb:to have\nb:to high\nb:to home\nb:to ignore\nb:to image\nb:to install\nb:to java\nb:to l\nb:to load\nb:to main\nb:to make\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to omit\nb:to open\nb:to opt\nb:to override\nb:to p\nb:to parameter\nb:to parse\nb:to prevent\nb:to query\nb:to re\nb:to read\nb:to refs\nb:to register\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to retain\nb:to return\nb:to run\nb:to s\nb:to save\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to start\nb:to suppress\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to u64\nb:to underlying\nb:to unpack\nb:to unsigned\nb:to update\nb:to use\nb:to users\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:todo 0\nb:token 0\nb:token manager\nb:token sme\nb:tokens on\nb:toml 0\nb:toml changed\nb:toml started\nb:too long\nb:too many\nb:took 0\nb:took longer\nb:tool cache\nb:tool covdata\nb:tool is\nb:toolbox toolbox\nb:toolchain 0\nb:toolchain install\nb:toolchain none\nb:toolchain stable\nb:toolchain version\nb:toolchains xml\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools preview\nb:tools tests__\nb:toomanyrequests you\nb:top level\nb:top required\nb:top vec\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:trace deprecation\nb:trace file\nb:trace of\nb:traceback most\nb:track origin\nb:tracking orphan\nb:trailing comma\nb:trailing space\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:transferring context\nb:transferring dockerfile\nb:transform 0\nb:transition controller\nb:transport got\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree demospring\nb:tree git\nb:tree node_modules\nb:tree on\nb:tree org\nb:tree sitter\nb:tree src\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trouble with\nb:true and\nb:true bypass\nb:true displays\nb:true failed\nb:true inputs\nb:true npm\nb:true object\nb:true submit\nb:true to\nb:true truthy\nb:true turn\nb:truncate test\nb:truncate the\nb:trunk and\nb:truthy value\nb:try rustc\nb:try to\nb:try_from and\nb:trying to\nb:ts 0\nb:ts cart\nb:ts client\nb:ts format\nb:ts git\nb:ts invoices\nb:ts loader\nb:tsbootstrap backends\nb:tsbootstrap pyproject\nb:tsbootstrap services\nb:tsbootstrap src\nb:tsbootstrap tsbootstrap\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:turn off\nb:turn the\nb:two arrays\nb:two strings\nb:tx builder\nb:txt 0\nb:txt line\nb:type annotation\nb:type answer\nb:type coercion\nb:type comparison\nb:type error\nb:type generator\nb:type ignore\nb:type int\nb:type is\nb:type native\nb:type none\nb:type number\nb:type of\nb:type remote\nb:type running\nb:type sequence\nb:type string\nb:type test\nb:type u32\nb:typenum v1\nb:types 0\nb:types in\nb:types int\nb:types of\nb:types react\nb:types to\nb:typescript eslint\nb:typescript starter\nb:typescript version\nb:typing extensions\nb:typing import\nb:typing list\nb:typo location\nb:tzdata 0\nb:tzst p\nb:u 0\nb:u b\nb:u b_\nb:u c\nb:u cogni\nb:u d\nb:u e\nb:u e_\nb:u g\nb:u i\nb:u l\nb:u m\nb:u memory\nb:u n\nb:u p\nb:u p_\nb:u r\nb:u s\nb:u t\nb:u to\nb:u1004 the\nb:u1101 unable\nb:u1403 package\nb:u16 u16\nb:u1903 warning\nb:u32 0\nb:u32 cannot\nb:u64 can\nb:u64 to\nb:u64 u8\nb:u8 option\nb:u8 to\nb:u8 usize\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu noble\nb:ubuntu pool\nb:ubuntu ubuntu2404\nb:ubuntu0 0\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ui ab0x\nb:ui app\nb:ui components\nb:ui core\nb:ui kt\nb:ui report\nb:ui screens\nb:ui styles\nb:ui theme\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:undo this\nb:unexpected argument\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected indentation\nb:unexpected newline\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit maybe\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:universe amd64\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown in\nb:unknown linux\nb:unknown word\nb:unlabeled 0\nb:unneeded return\nb:unnested or\nb:unoptimized debuginfo\nb:unordered key\nb:unpack 0\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsatisfiable requirements\nb:unschedulable 0\nb:unset all\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:unsupported engine\nb:unter under\nb:until assertions\nb:untyped decorator\nb:untyped def\nb:untyped defs\nb:untyped functions\nb:untyped misc\nb:unused 0\nb:unused function\nb:unused ignore\nb:unused import\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused type\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up auth\nb:up c\nb:up go\nb:up j\nb:up job\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update model\nb:update on\nb:update or\nb:update run\nb:update the\nb:update to\nb:update xml\nb:updated because\nb:updated but\nb:updates for\nb:updates in\nb:updates test\nb:updates tsx\nb:updating 0\nb:updating crates\nb:upgrade pip\nb:upgrade to\nb:upgrade your\nb:upgrading https\nb:upload artifact\nb:uploading artifacts\nb:ureq v2\nb:url https\nb:urllib request\nb:urllib3 0\nb:usage of\nb:use a\nb:use apt\nb:use cd\nb:use compress\nb:use const\nb:use eslint\nb:use git\nb:use home\nb:use in\nb:use let\nb:use node\nb:use of\nb:use passkey\nb:use pip\nb:use prettier\nb:use search\nb:use the\nb:use try_from\nb:use warning\nb:use window\nb:used before\nb:used config\nb:used directly\nb:used in\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used to\nb:used typescript\nb:used unable\nb:user git\nb:user guide\nb:user home\nb:user interface\nb:userguide command_line_interface\nb:userland alternative\nb:username g\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users csproj\nb:users david\nb:users jonesn\nb:users js\nb:users julian\nb:users kevin\nb:users koen\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users ray6y\nb:users runner\nb:users runneradmin\nb:users users\nb:users usr\nb:using 0\nb:using c\nb:using check\nb:using docker\nb:using existing\nb:using first\nb:using from\nb:using master\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:usr share\nb:util concurrent\nb:util e\nb:util is\nb:util java\nb:util test\nb:utility bash\nb:utils 0\nb:utils csv\nb:utils export\nb:utils format\nb:utils geo\nb:utils test\nb:uuid v\nb:uuid v1\nb:uv 0\nb:uv cache\nb:uv install\nb:uv pip\nb:uv sync\nb:uv_manager py\nb:uw u\nb:v a\nb:v a_\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v p\nb:v prune\nb:v rustup\nb:v rxs\nb:v s\nb:v v\nb:v v1\nb:v0 0\nb:v0 rust\nb:v1 0\nb:v1 app\nb:v1 s\nb:v1 unable\nb:v10 0\nb:v18 0\nb:v2 0\nb:v2 dockerfile\nb:v2 net\nb:v2 s\nb:v20 0\nb:v25 0\nb:v3 0\nb:v3 tests\nb:v4 0\nb:v4 dist\nb:v4 s\nb:v5 0\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 0\nb:v8 gradle\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value as\nb:value but\nb:value for\nb:value is\nb:value it\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable advice\nb:variable declaration\nb:variable error_count\nb:variable for\nb:variable has\nb:variable home\nb:variable name\nb:variable not\nb:variable of\nb:variable unused\nb:variables can\nb:variance variate\nb:variant filter\nb:variant variance\nb:variante variant\nb:variants vueapp\nb:varint out\nb:vars identifier\nb:vec str\nb:vec u8\nb:vendor bin\nb:vendor modules\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verbose grep\nb:verbose sed\nb:verification failed\nb:verification metadata\nb:verify the\nb:verifying checksum\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version solving\nb:version spec\nb:version that\nb:version v1\nb:version v6\nb:version verbose\nb:versions 0\nb:versions baseline\nb:versions for\nb:versions in\nb:versions may\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:via pandas\nb:via this\nb:view model\nb:viewmodel vpn\nb:viper bind\nb:visit https\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest dist\nb:vitest run\nb:vitest runner\nb:viz dashboard\nb:vpn android\nb:vpn cargo\nb:vpn data\nb:vpn git\nb:vpn gui\nb:vpn is\nb:vpn keycloak\nb:vpn main\nb:vpn mavi\nb:vpn native_lib\nb:vpn o\nb:vpn screen\nb:vpn service\nb:vpn shared\nb:vpn ui\nb:vpn view\nb:vpn viewmodel\nb:vpn_mtu option\nb:vs threading\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability https\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w 0\nb:w a\nb:w ampere\nb:w d_\nb:w dactyl\nb:w e\nb:w file\nb:w h\nb:w home\nb:w i\nb:w n\nb:w o\nb:w repo\nb:w s\nb:w t\nb:w the\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want npm\nb:want to\nb:want unicode\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning as\nb:warning error\nb:warning failed\nb:warning github\nb:warning into\nb:warning mode\nb:warning no\nb:warning rolling_mean\nb:warning spurious\nb:warning the\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warning was\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was active\nb:was canceled\nb:was created\nb:was defined\nb:was last\nb:was low\nb:was not\nb:was passed\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:wasmi_core v0\nb:watch all\nb:watch o\nb:watchos 0\nb:watchos arm64\nb:watchos main\nb:watchos simulator\nb:watchos x64\nb:we location\nb:we stopped\nb:we try\nb:web 0\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:web3_universal_ledger from\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:welcome md\nb:welcome to\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:were supplied\nb:were used\nb:werror unused\nb:west cygwin\nb:west main\nb:west master\nb:west unlabeled\nb:west zephyr\nb:what s\nb:what was\nb:what went\nb:wheel for\nb:wheels macos\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when set\nb:when the\nb:when true\nb:when used\nb:when workspaces\nb:when your\nb:where 0\nb:where a\nb:where the\nb:which is\nb:which may\nb:which requires\nb:which types\nb:which will\nb:which you\nb:while assembling\nb:while awaiting\nb:while checking\nb:while executing\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:while waiting\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:whl 0\nb:whl metadata\nb:whose install\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:wildcard import\nb:will be\nb:will change\nb:will do\nb:will suppress\nb:win2012 x86\nb:win22 0\nb:window mean\nb:windows 0\nb:windows for\nb:windows latest\nb:windows msvc\nb:windows r\nb:windows server\nb:windows vpn\nb:windows windows2022\nb:windows2022 readme\nb:windows_ n\nb:wine ansible\nb:wine git\nb:with 0\nb:with a\nb:with an\nb:with annotations\nb:with any\nb:with architecture\nb:with backtrace\nb:with body\nb:with code\nb:with copyright\nb:with dependency\nb:with digest\nb:with env\nb:with error\nb:with errors\nb:with exit\nb:with frozen\nb:with git\nb:with gitlab\nb:with gradle\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with no\nb:with non\nb:with package\nb:with path\nb:with r\nb:with scan\nb:with server\nb:with stacktrace\nb:with status\nb:with swift\nb:with the\nb:with timeout\nb:with version\nb:with vulnerabilities\nb:with your\nb:within 0\nb:within a\nb:within the\nb:without file\nb:without impacting\nb:without starting\nb:without the\nb:woff2 0\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work actions\nb:work ansible\nb:work api\nb:work around\nb:work assets\nb:work badge\nb:work beringin\nb:work bigdata\nb:work billing\nb:work cart\nb:work chat\nb:work cogni\nb:work configr\nb:work counter\nb:work crc\nb:work dart_web3\nb:work dashboard\nb:work dates\nb:work deploy\nb:work dht\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fw\nb:work geo\nb:work graph\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work imgproc\nb:work integration\nb:work inventory\nb:work kotlin\nb:work landing\nb:work liquifact\nb:work mavi\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work ops\nb:work org\nb:work phpunit\nb:work pkgtool\nb:work preparer\nb:work proto\nb:work py\nb:work pyserve\nb:work quasar\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work satu\nb:work sensor\nb:work shop\nb:work shorturl\nb:work slugger\nb:work slugs\nb:work space\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work tsbootstrap\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:work zurichsee_ha\nb:worker execute\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflow is\nb:workflow job\nb:workflow that\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace build\nb:workspace etl\nb:workspace geo\nb:workspace go\nb:workspace home\nb:workspace name\nb:workspace queue\nb:workspace root\nb:workspace samples\nb:workspace units\nb:workspace workspace\nb:workspaces are\nb:workspaces include\nb:workspaces of\nb:workspaces vs\nb:worktree config\nb:worktrees path\nb:would be\nb:would have\nb:would reformat\nb:wrapper dists\nb:wrapper zips\nb:write true\nb:writely notes\nb:writing image\nb:writing summary\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www docker\nb:www shellcheck\nb:x 0\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x t\nb:x test_client\nb:x x\nb:x y\nb:x000001 b\nb:x32_2 0\nb:x64 bin\nb:x64 lib\nb:x64 main\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86 0\nb:x86_64 linux\nb:x86_64 pc\nb:x86_64 unknown\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xf home\nb:xfailed in\nb:xfonts encodings\nb:xg66 0\nb:xjc generation\nb:xml 0\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:y a\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:yaml 0\nb:yaml is\nb:yaml safe_load\nb:yaml truthy\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yml 0\nb:yml line\nb:you can\nb:you create\nb:you don\nb:you have\nb:you make\nb:you mean\nb:you must\nb:you need\nb:you want\nb:your build\nb:your code\nb:your gemfile\nb:your gradle\nb:your lock\nb:your lockfile\nb:your network\nb:your new\nb:your own\nb:your pipfile\nb:your plan\nb:your project\nb:your pull\nb:your test\nb:your workflow\nb:z a\nb:z action\nb:z c\nb:z current\nb:z debug\nb:z group\nb:z h\nb:z l\nb:z m\nb:z post\nb:zephyr module\nb:zephyr v1\nb:zephyrproject rtos\nb:zero exit\nb:zerox80 mavi\nb:zig 0\nb:zig build\nb:zigler 0\nb:zips 0\nb:zmk config\nb:zmkfirmware zmk\nb:zstd is\nb:zurichsee_ha requirements\nb:zurichsee_ha zurichsee_ha\nb:zzpmw to\nf:0\nf:a\nf:action\nf:actual\nf:add\nf:added\nf:adding\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:android\nf:annotated\nf:ansible\nf:api\nf:app\nf:apr\nf:arch\nf:archinstall\nf:artifact\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:azure\nf:b\nf:bad\nf:bash\nf:because\nf:benchmarks\nf:beringin\nf:billing\nf:bin\nf:black\nf:body\nf:branch\nf:bucket\nf:build\nf:build_dir\nf:building\nf:builds\nf:buildx\nf:built\nf:bundle\nf:bundler\nf:busted\nf:but\nf:by\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caching\nf:caddy\nf:cancelled\nf:cancelling\nf:cannot\nf:cardreader\nf:cargo\nf:cart\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:changes\nf:check\nf:checked\nf:checking\nf:ci\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:client\nf:cloning\nf:cmake\nf:cmd\nf:code\nf:cogni\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:components\nf:composer\nf:compression\nf:config\nf:configure\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:context7\nf:continue\nf:copying\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:create\nf:created\nf:creating\nf:curl\nf:current\nf:custom_components\nf:d\nf:d101\nf:d12341ef4ed7\nf:daemon\nf:datacenter\nf:dd\nf:def\nf:default\nf:deleting\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detected\nf:detecting\nf:determining\nf:dev\nf:dhtl_entry\nf:dhtl_entry_windows\nf:did\nf:diff\nf:difference\nf:disabling\nf:distribution\nf:do\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:done\nf:double\nf:download\nf:downloaded\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:e\nf:e1001\nf:echo\nf:edit\nf:elif\nf:elixir\nf:else\nf:enable\nf:end\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:escrow\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:examples\nf:exceeded\nf:exception\nf:exec\nf:executing\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:explicit\nf:export\nf:exporting\nf:extra_cmake_args\nf:extracting\nf:f\nf:f401\nf:f403\nf:f420ae9f738c\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetching\nf:fi\nf:field\nf:file\nf:files\nf:find\nf:finished\nf:finishing\nf:first\nf:fix\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:format\nf:formatter\nf:found\nf:from\nf:g\nf:gcc\nf:gem\nf:generate\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:gh\nf:git\nf:github\nf:glob\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gpg\nf:gradle\nf:gradlew\nf:grep\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:ignore\nf:image\nf:import\nf:in\nf:include\nf:included\nf:includeif\nf:incubating\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:install_gui_linux\nf:installed\nf:installing\nf:instance\nf:instructions\nf:internal\nf:interrupted\nf:invalid\nf:ios\nf:is\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:key\nf:knows\nf:kotlin\nf:l\nf:laravel\nf:learn\nf:ledger\nf:lerna\nf:let\nf:level\nf:lfs\nf:lib\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:linux\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:lookup\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:mcp\nf:medium\nf:melos\nf:meson\nf:message\nf:meta\nf:metadata\nf:method\nf:microsoft\nf:minutes\nf:miscellaneous\nf:missing\nf:mix\nf:mnt\nf:mode\nf:model\nf:moderate\nf:module\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:naming\nf:network\nf:new\nf:next\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:notice\nf:npm\nf:npx\nf:number\nf:numpy\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:one\nf:open\nf:opencode\nf:operating\nf:operator\nf:opt\nf:or\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:pandas\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:pip\nf:pipeline\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:pre\nf:prefix\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:prompt\nf:provider\nf:psql\nf:public\nf:pulling\nf:pydantic\nf:pyproject\nf:pytest\nf:python\nf:python2_\nf:python3\nf:python3_\nf:python_\nf:r\nf:rake\nf:ran\nf:range\nf:read\nf:reading\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:release\nf:removing\nf:repository\nf:reset\nf:resolve\nf:resolved\nf:resolving\nf:restore\nf:restored\nf:restoring\nf:restricted\nf:result\nf:results\nf:return\nf:returns\nf:reuse\nf:reviewdog\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:root\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rust\nf:rustc\nf:rustup\nf:s\nf:safety\nf:save\nf:scan\nf:schema\nf:scikit\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:security\nf:see\nf:self\nf:sensor\nf:sentry\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:sha256\nf:shell\nf:shellcheck\nf:short\nf:should\nf:show\nf:skill\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:sparse\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:state\nf:statsmodels\nf:status\nf:stderr\nf:step\nf:steps\nf:stopping\nf:stored\nf:string\nf:stylelint\nf:subject\nf:submodules\nf:subtest\nf:success\nf:successfully\nf:suites\nf:summary\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:targets\nf:task\nf:team\nf:teamcity\nf:temporarily\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:there\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tment\nf:tmp\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:tools\nf:total\nf:touch\nf:traceback\nf:transferring\nf:tree\nf:trim\nf:true\nf:try\nf:tsbootstrap\nf:tsc\nf:turn\nf:type\nf:typing\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unexpected\nf:unformatted\nf:unfortunately\nf:unit\nf:unknown\nf:unpacking\nf:unschedulable\nf:unused\nf:update\nf:updating\nf:uploading\nf:use\nf:used\nf:users\nf:using\nf:usr\nf:uv\nf:v0\nf:v1\nf:value\nf:var\nf:variable\nf:venv\nf:version\nf:via\nf:view\nf:virtualenv\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:watch\nf:we\nf:web\nf:webpack\nf:welcome\nf:what\nf:when\nf:windows\nf:with\nf:worker\nf:workflow\nf:working\nf:workspace\nf:workspaces\nf:would\nf:write\nf:writing\nf:x\nf:xml\nf:y\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a4ef43be\nnw:a619\nnw:a_\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:absolute\nnw:abuild\nnw:access\nnw:accessing\nnw:account\nnw:action\nnw:actionpack\nnw:actions\nnw:actual\nnw:add\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:again\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:amd64\nnw:ammount\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:apiguardian\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:args\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:arrow_glacier\nnw:artifact\nnw:artifacts\nnw:as\nnw:aspx\nnw:assembly\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assignable\nnw:assigned\nnw:assignment\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:available\nnw:avd\nnw:avoid\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b4d9834c2\nnw:b_\nnw:back\nnw:backticks\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:block\nnw:blocks\nnw:body\nnw:bom\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:builduri\nnw:built\nnw:builtin\nnw:bundle\nnw:bundler\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2006\nnw:c2013\nnw:c2065\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cargo_common_metadata\nnw:cart\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:ce\nnw:central\nnw:chain_generics\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codecov\nnw:coding\nnw:coercion\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:comma\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:compute_header_hash\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:container\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contracts\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:covdata\nnw:coverage\nnw:cpp\nnw:cpu\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:datatypes\nnw:date\nnw:db\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:def\nnw:default\nnw:defined\nnw:delete\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:details\nnw:detected\nnw:detector\nnw:dev\nnw:dial\nnw:did\nnw:diff\nnw:different\nnw:digest\nnw:dir\nnw:directive\nnw:directory\nnw:disable\nnw:disabled\nnw:discount\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documentation\nnw:documents\nnw:does\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:drone\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:eebxo6ax\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:elsewhere\nnw:em_http\nnw:emit\nnw:empty\nnw:en\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:ependen\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:escrow\nnw:eslint\nnw:ethereum\nnw:eval\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:experiment\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:extra\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:fffff\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixture\nnw:fixtures\nnw:fixtures_spec\nnw:flag\nnw:flags\nnw:flow\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:force\nnw:foreign\nnw:fork\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:forum\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:further\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:gems\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getting\nnw:ggml\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goproxy\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:gravito\nnw:greater\nnw:greeting\nnw:group\nnw:groups\nnw:gui\nnw:guide\nnw:gulp\nnw:gyp\nnw:gz\nnw:h\nnw:had\nnw:handle\nnw:handler\nnw:happened\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hashmap\nnw:hatch\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:home\nnw:hook\nnw:host\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignore\nnw:ignored\nnw:image\nnw:iml1s\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:increase\nnw:index\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:install_gui_linux\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instrument\nnw:insufficient\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:invoice\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:issue\nnw:issues\nnw:ist\nnw:it\nnw:item\nnw:items\nnw:its\nnw:j\nnw:jar\nnw:jasmine\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:ktlint\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:legacy\nnw:lein\nnw:lenght\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:llama\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:longer\nnw:looking\nnw:loop\nnw:low\nnw:lower\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:macos\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:managed\nnw:manager\nnw:manual\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:mavi\nnw:max\nnw:may\nnw:maybe\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:mhelp\nnw:microsoft\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:more\nnw:most\nnw:ms\nnw:msg\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:n_\nnw:name\nnw:namespace\nnw:native\nnw:ne13\nnw:ne2\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:nodes\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:notation\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opening\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:owners\nnw:p\nnw:package\nnw:packages\nnw:packet\nnw:pad\nnw:padding\nnw:page\nnw:paket\nnw:parallel\nnw:parameter\nnw:parentheses\nnw:parenthesis\nnw:parse\nnw:parser\nnw:parsing\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pcguid\nnw:pd\nnw:pending\nnw:performance\nnw:perhaps\nnw:period\nnw:phase\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pipenv\nnw:pkg\nnw:pl\nnw:platform\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pod\nnw:pods\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:prefs\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:printf\nnw:private\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pulling\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:quasar\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:ratelimit\nnw:rather\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:reassigned\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:relying\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:returns\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpmbuild\nnw:rs\nnw:rubyonrails\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s0246\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:search\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:sensor\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:settings\nnw:severity\nnw:sh\nnw:sha256\nnw:share\nnw:shared\nnw:shell\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shutdown\nnw:signal\nnw:simple\nnw:single\nnw:sit\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:solving\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:spelling\nnw:splitting\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:starts\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:studio\nnw:style\nnw:stylelint\nnw:sub\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:symfony\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:tcp\nnw:teamcity\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_error\nnw:test_fail\nnw:test_low_stock_threshold\nnw:test_run\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:thrown\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:token\nnw:toml\nnw:too\nnw:took\nnw:tool\nnw:toolbox\nnw:tooling\nnw:tools\nnw:topic\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transfer\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:u1101\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unauthorized\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undeclared\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unit\nnw:units\nnw:unix\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:unschedulable\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:uploading\nnw:uri\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:visual\nnw:visualstudio\nnw:vite\nnw:vpn\nnw:vstfs\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:winappstudio\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:y_\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yarnpkg\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\nnw:zzpmw\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a01e7751d80c\nw:a07\nw:a1082be0\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a5\nw:a62\nw:a7aef8b1\nw:a_\nw:aa\nw:aaa\nw:aarch64\nw:aashish\nw:ab0x\nw:ab284314\nw:abi3\nw:ability\nw:able\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:abuild\nw:ac6\nw:accept\nw:access\nw:accordingly\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:act_container_manager\nw:act_linter\nw:action\nw:action_actionlint\nw:actionable\nw:actionlint\nw:actionpack\nw:actions\nw:activate\nw:active\nw:activemodel\nw:activerecord\nw:actual\nw:ad613ffba\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:additions\nw:admin\nw:advice\nw:advisories\nw:advisory\nw:aes\nw:affect\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:agents\nw:aggregate\nw:ago\nw:ai\nw:aiogithubapi\nw:aiohasupervisor\nw:aiohttp\nw:aiooui\nw:aiosignal\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:all\nw:allocate\nw:allocation\nw:allow\nw:allowed\nw:allows\nw:alongside\nw:alpha1\nw:alphabetical\nw:alpine\nw:alpine3\nw:alpinelinux\nw:already\nw:als\nw:alternative\nw:always\nw:ambroisie\nw:amd64\nw:amount\nw:ampere\nw:amphp\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:and\nw:andi\nw:android\nw:annotated\nw:annotation\nw:annotations\nw:anonymous\nw:ansi\nw:ansible\nw:answer\nw:any\nw:any_\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apis\nw:apk\nw:app\nw:appcompat\nw:appears\nw:apple\nw:application\nw:applied\nw:apply\nw:approval\nw:approx\nw:apps\nw:apr\nw:apt\nw:arc\nw:arch\nw:archinstall\nw:architect\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:ark\nw:arm\nw:arm64\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:as\nw:asd\nw:assembling\nw:assert\nw:assert_eq\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:assistant\nw:associated\nw:ast\nw:astral\nw:astrogilda\nw:async\nw:async_hooks\nw:at\nw:attempt\nw:attempting\nw:attempts\nw:attr\nw:attribute\nw:attrs\nw:audit\nw:audited\nw:auditor\nw:auth\nw:authenticating\nw:author\nw:auto\nw:automatically\nw:automation\nw:autonomous\nw:available\nw:avg\nw:avoid\nw:await\nw:awaiting\nw:awesomeness\nw:awk\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b28\nw:b301\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b5c67\nw:b6\nw:b627fbcd5589ae52\nw:b7\nw:b8ej_\nw:b_allowed\nw:babel\nw:back\nw:backend\nw:backends\nw:backoff\nw:backticks\nw:backtrace\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:base64\nw:based\nw:baseline\nw:bash\nw:basic\nw:batch\nw:bats\nw:bazel\nw:bb\nw:bc\nw:bd\nw:be\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:behavior\nw:behind\nw:being\nw:belanyi\nw:below\nw:benchmarks\nw:bergmann\nw:beringin\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigint\nw:bigquery\nw:billing\nw:bin\nw:binary\nw:bind\nw:bintray\nw:binutils\nw:biome\nw:bit\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blockchain\nw:blocked\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:bluetooth\nw:blur\nw:bodies\nw:body\nw:book\nw:bookmark\nw:bookmarks\nw:bookworm\nw:bool\nw:boolean\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:boto3\nw:bound\nw:bounds\nw:branch\nw:branches\nw:branchpoint\nw:breadcrumbs\nw:break\nw:breaking\nw:brianbancroft\nw:british\nw:broadcast\nw:broken\nw:browser\nw:brulee\nw:bs\nw:bucket\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:build1\nw:build_amd64\nw:build_dir\nw:builddir\nw:builder\nw:building\nw:buildprocess\nw:builds\nw:buildtree\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:button\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c12\nw:c1d2e3\nw:c1e\nw:c2\nw:c2065\nw:c2086\nw:c2164\nw:c2_\nw:c3\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:cab\nw:cabal\nw:cache\nw:cache_rs\nw:cached\nw:cachedir\nw:cachekey\nw:cacheprovider\nw:caches\nw:caching\nw:caddy\nw:call\nw:call_once\nw:callable\nw:callback\nw:called\nw:calling\nw:calls\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:cannot\nw:capability\nw:capsules\nw:captioner\nw:capture\nw:card\nw:cardreader\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:cast\nw:casting\nw:castle\nw:casts\nw:cat\nw:catch\nw:categories\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cdn\nw:cell\nw:central\nw:cf\nw:cfg\nw:cgen\nw:ch\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:channels\nw:chapter3\nw:char\nw:characters\nw:chars\nw:charset\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:checksums\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:chosen\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:cinterop\nw:circle\nw:circleci\nw:circus\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:clear\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:closure\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cmsis\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec\nw:codec_test\nw:codecov\nw:codegen\nw:codehaus\nw:coder\nw:codespell\nw:codex\nw:coercion\nw:cogni\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:collision\nw:color\nw:colors\nw:column\nw:columns\nw:com\nw:come\nw:comma\nw:command\nw:command_dispatcher\nw:command_line_interface\nw:command_line_warnings\nw:command_runner\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:common\nw:commonization\nw:commonly\nw:comms\nw:communication\nw:community\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:completion\nw:compliant\nw:component\nw:component_test\nw:components\nw:composer\nw:compression\nw:compute\nw:computed\nw:concepts\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:cone\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configure\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:consider\nw:considered\nw:console\nw:const\nw:constraints\nw:construct\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:container_test_runner\nw:containers\nw:containing\nw:contains\nw:content\nw:contents\nw:context\nw:context7\nw:continue\nw:contract\nw:contracts\nw:contrib\nw:contributors\nw:control\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:cop\nw:copy\nw:copying\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:corrected\nw:correctness\nw:corresponding\nw:cosmos\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:coupon\nw:cov\nw:covdata\nw:cover\nw:coverage\nw:covered\nw:cp\nw:cp314\nw:cpp\nw:cpu\nw:cpufeatures\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:creme\nw:critical\nw:cronjs\nw:cross\nw:crossbeam\nw:crypto\nw:crypto_sign\nw:cryptography\nw:crystal\nw:cs\nw:csl\nw:cspell\nw:csproj\nw:css\nw:cstuff\nw:csv\nw:csvkit\nw:csys\nw:ctest\nw:curl\nw:current\nw:currently\nw:curve25519\nw:cusr\nw:custom\nw:custom_components\nw:cwiki\nw:cygwin\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d12341ef4ed7\nw:d1c2f4a\nw:d1f\nw:d2\nw:d2c1e0f\nw:d2f6c0b\nw:d4ba2\nw:d55\nw:d_\nw:dactyl\nw:dactyl_left\nw:daemon\nw:daemons\nw:dalek\nw:dangerously\nw:darling_macro\nw:dart\nw:dart_web3\nw:darwin\nw:dashboard\nw:dashes\nw:dashmap\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datasert\nw:date\nw:dates\nw:dateutil\nw:david\nw:days\nw:db\nw:dbe9cd2fc\nw:dbkit\nw:dd\nw:dd7935\nw:deadline\nw:deb12u1\nw:debian\nw:debug\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:declared\nw:decode\nw:decorator\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defaults\nw:defined\nw:defining\nw:definition\nw:defs\nw:degraded\nw:delay\nw:delete\nw:deleted\nw:deleting\nw:delimiter\nw:demo\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:der\nw:dereferenced\nw:derive\nw:deriving\nw:derliebemarcus\nw:desc\nw:describe\nw:description\nw:deserialize\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detection\nw:detector\nw:detectors\nw:detekt\nw:determining\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:dht\nw:dhtl_commands\nw:dhtl_commands_standalone\nw:dhtl_commands_workflows\nw:dhtl_entry\nw:dhtl_entry_windows\nw:dhtl_github\nw:dhtl_guardian_command\nw:dhtl_version\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:dict\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:differs\nw:digest\nw:dir\nw:direct\nw:directly\nw:directories\nw:directory\nw:disable\nw:disabled\nw:disabling\nw:discard\nw:discount\nw:discovered\nw:discovery\nw:disk\nw:dispatcher\nw:display\nw:displays\nw:dist\nw:distributions\nw:div\nw:division\nw:django\nw:dl\nw:dll\nw:do\nw:doc\nw:docker\nw:dockerfile\nw:dockerignore\nw:docs\nw:docstring\nw:doctrine\nw:document\nw:documentation\nw:documents\nw:doer\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotfiles\nw:dotnet\nw:dotnet10\nw:double\nw:down\nw:downgrade\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:driver\nw:drone\nw:dronelink\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:dyn\nw:e\nw:e0\nw:e0061\nw:e0106\nw:e0277\nw:e0308\nw:e04\nw:e0401\nw:e0425\nw:e0599\nw:e1001\nw:e1101\nw:e225\nw:e231\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e8f\nw:e_\nw:e_path\nw:each\nw:eadcdc7d\nw:ec\nw:echo\nw:eclipse\nw:ed25519\nw:edeandrea\nw:edge\nw:edit\nw:editor\nw:ee\nw:eebxo6ax\nw:efde290b\nw:efe31b98f2\nw:eff\nw:egeria\nw:either\nw:elapsed\nw:elem\nw:element\nw:elements\nw:elif\nw:elite\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embark\nw:embedded\nw:emit\nw:emitted\nw:emitter\nw:empties\nw:empty\nw:en\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encodings\nw:encountered\nw:end\nw:endpoints\nw:ends_with\nw:enforce\nw:engine\nw:engineering\nw:engineers\nw:enhancements\nw:enough\nw:ensure\nw:entering\nw:entirely\nw:entities\nw:entity\nw:entry\nw:entrypoint\nw:enum\nw:env\nw:environment\nw:envs\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:epoch\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:equivalent\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:erson\nw:es\nw:escape\nw:escaped\nw:escrow\nw:escrow_id\nw:eslint\nw:est\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluating\nw:evaluator\nw:even\nw:event\nw:events\nw:ever\nw:every\nw:ex\nw:exactly\nw:example\nw:examples\nw:exceeded\nw:exceeds\nw:exception\nw:exceptions\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:explain\nw:explanations\nw:explicit\nw:explicitly\nw:explore\nw:export\nw:exported\nw:exporting\nw:exports\nw:expr\nw:express\nw:expressed\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:external\nw:extra\nw:extra_cmake_args\nw:extracting\nw:extraheader\nw:extras\nw:f\nw:f1d2c3b\nw:f20260413\nw:f242abd9c8e\nw:f401\nw:f403\nw:f420ae9f738c\nw:f53616\nw:f7\nw:f841\nw:f909ac5\nw:f_to_c\nw:factory\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fallback\nw:false\nw:familjen\nw:family\nw:fast\nw:faster\nw:fastlane\nw:fatal\nw:fb\nw:fc58aa\nw:fc97a4c5\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetched\nw:fetcher\nw:fetching\nw:few\nw:ff\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fits\nw:fix\nw:fixable\nw:fixed\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flagged\nw:flags\nw:flake\nw:flash\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv\nw:fnv1a\nw:fo\nw:focusing\nw:following\nw:fonts\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:forgot\nw:fork\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:forwarder\nw:found\nw:foundation\nw:fp4\nw:fr\nw:fragment\nw:frames\nw:framework\nw:free\nw:freetype\nw:freezing\nw:fresh\nw:from\nw:frozen\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:futures\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g4q\nw:g8001\nw:g_\nw:galaxy\nw:garbage\nw:gateway\nw:gateway_addresses\nw:gc\nw:gcc\nw:gcd_import\nw:gcm\nw:gcr\nw:gdb\nw:gem\nw:gemfile\nw:gemini\nw:gems\nw:gen\nw:generated\nw:generating\nw:generation\nw:generator\nw:generic\nw:geo\nw:get\nw:get_settled_at\nw:get_sources\nw:getaddrinfo\nw:getter\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:ghcr\nw:gi\nw:git\nw:gitconfig\nw:gitdir\nw:github\nw:gitlab\nw:gitleaks\nw:given\nw:gl\nw:glibc\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:goes\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:gpt\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:gravito\nw:greater\nw:green\nw:greeting\nw:grep\nw:grgit\nw:grotesk\nw:group\nw:groups\nw:guide\nw:guilouro\nw:gulp\nw:gyp\nw:gzip\nw:h\nw:h0m0s\nw:h0s9kvb6g2sinako7ub77ku\nw:h11\nw:h5\nw:h600\nw:h_\nw:habluetooth\nw:had\nw:hadolint\nw:hadrian\nw:hal\nw:handbook\nw:handle\nw:handled\nw:handler\nw:handles\nw:hang\nw:happen\nw:happy\nw:hard\nw:harness\nw:has\nw:hash\nw:hashbrown\nw:hashes\nw:hashmap\nw:haskell\nw:hass\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:headless\nw:heads\nw:health\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hhp\nw:hi\nw:hidden\nw:hierarchy\nw:high\nw:higher\nw:highlights\nw:hint\nw:hit\nw:hits\nw:hive\nw:hoisted\nw:hoisting\nw:home\nw:homeassistant\nw:homebrew\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hours\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:httpcore\nw:https\nw:httpx\nw:hub\nw:humanwhocodes\nw:husky\nw:i\nw:i128\nw:i_\nw:ibis\nw:ibis_bigquery\nw:ic\nw:ic3bur\nw:icons\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idx\nw:ie\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:im\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:imgproc\nw:iml1s\nw:immediately\nw:immutable\nw:impacting\nw:impl\nw:implement\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importlib\nw:imports\nw:in\nw:inc\nw:include\nw:included\nw:includeif\nw:includes\nw:including\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistencies\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:increase\nw:incremental\nw:incubating\nw:indentation\nw:index\nw:indicate\nw:indicates\nw:individual\nw:ineffective\nw:infallibly\nw:inference\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inlang\nw:inner\nw:input\nw:inputs\nw:insensitive\nw:inside\nw:insights\nw:inspected\nw:install\nw:install_gui_linux\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instead\nw:instructions\nw:instrument\nw:instrumented\nw:insufficient\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interactive\nw:interface\nw:interfaces\nw:intermediate\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:inverse\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ipynb\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:is_none\nw:is_settleable\nw:isn\nw:isntall\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:ist\nw:it\nw:item\nw:items\nw:iter\nw:iterating\nw:iterator\nw:itertools\nw:itoa\nw:its\nw:j\nw:j2\nw:j30\nw:jar\nw:jars\nw:jasmine\nw:jasmine__\nw:java\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetbrains\nw:jetty\nw:job\nw:jobs\nw:john\nw:jonesn\nw:jooq\nw:jq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julian\nw:junit\nw:jupiter\nw:jupyter\nw:just\nw:jvm\nw:k\nw:k1045\nw:k8s\nw:k_\nw:kata\nw:keccak\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keycloak\nw:keygen\nw:keymanapp\nw:keys\nw:keystore\nw:keyword\nw:keywords\nw:ki\nw:kill\nw:killed\nw:kilobytes\nw:kind\nw:km_to_miles\nw:knob\nw:known\nw:koans\nw:koch\nw:koen\nw:kotlin\nw:kt\nw:ktlint\nw:kts\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l1s\nw:l3\nw:l3008\nw:l3013\nw:l_\nw:lab\nw:label\nw:labs\nw:lambda\nw:landing\nw:lando\nw:lang\nw:language\nw:laravel\nw:large\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:layers\nw:layout\nw:lazy\nw:ld\nw:league\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libc\nw:libc6\nw:library\nw:libs\nw:libtonode\nw:license\nw:license_file\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:liquifact\nw:liquifact_escrow\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:lite86\nw:literal\nw:littpi\nw:live\nw:llama\nw:lloc\nw:llvm\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:locate\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logger\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:look\nw:looking\nw:looks\nw:lookup\nw:loomy\nw:loop\nw:loosely\nw:lost\nw:low\nw:lowagie\nw:lower\nw:lower_snake_case\nw:lru\nw:ls\nw:lspconfig\nw:lua\nw:m\nw:m0s\nw:m104\nw:m12\nw:m2\nw:m21\nw:m237\nw:m2repository\nw:m309\nw:m47\nw:m49\nw:m62\nw:m64\nw:m67\nw:m7\nw:m78\nw:m84\nw:m88\nw:m_\nw:mac\nw:machine\nw:macos\nw:macro\nw:macro2\nw:macros\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:makes\nw:making\nw:malformed\nw:malicious\nw:manager\nw:mani\nw:manifest\nw:manifests\nw:manual\nw:manually\nw:manuell\nw:many\nw:manylinux2014_x86_64\nw:manylinux_2_17_x86_64\nw:manylinux_2_28_x86_64\nw:manylinux_2_34_x86_64\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marketing\nw:marking\nw:masque\nw:master\nw:match\nw:matched\nw:matcher\nw:matchers\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maturin\nw:maven\nw:maven2\nw:mavi\nw:mavivpn\nw:mawk\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:mb\nw:mcgdiff\nw:mcp\nw:md\nw:mdi\nw:mdurl\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:mecho\nw:media\nw:medium\nw:meeting\nw:megalinter\nw:melos\nw:mem\nw:member\nw:memory\nw:merge\nw:merror\nw:meson\nw:message\nw:messages\nw:met\nw:meta\nw:metadata\nw:meter\nw:method\nw:metrics\nw:mfi\nw:mhelp\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:mif\nw:might\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minimum\nw:minitest\nw:mintimeout\nw:minute\nw:minutes\nw:mirror\nw:misc\nw:miscellaneous\nw:mismatch\nw:mismatched\nw:miss\nw:missing\nw:missing_offset\nw:mission\nw:mission_impl\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnote\nw:mnpm\nw:mnt\nw:mobile\nw:mocha\nw:mock\nw:mod\nw:modal\nw:mode\nw:model\nw:models\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:molecule\nw:mon\nw:money\nw:mono\nw:more\nw:most\nw:mother\nw:move\nw:moved\nw:mpp\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:mshared\nw:msvc\nw:multiline\nw:multiple\nw:multiple___\nw:multiplication\nw:musl\nw:must\nw:mut\nw:mutmut\nw:mutual\nw:mvalue\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:n\nw:n0000\nw:n0028\nw:n_\nw:nabucasa\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:naming\nw:native\nw:native_lib\nw:nav\nw:ne\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netfx40\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newer\nw:newest\nw:newlib\nw:newline\nw:newtonsoft\nw:next\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:nix\nw:no\nw:noble\nw:node\nw:node_config\nw:node_modules\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notifications\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:nuget\nw:null\nw:nullable\nw:num\nw:number\nw:numeric\nw:numpy\nw:nunomaduro\nw:nursery\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:odder\nw:oder\nw:odor\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:older\nw:ole\nw:omit\nw:on\nw:once\nw:once_cell\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:opencode\nw:openemr\nw:opening\nw:openproject\nw:openssh\nw:opentelemetry\nw:operand\nw:operating\nw:operation\nw:operations\nw:operator\nw:operators\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outside\nw:over\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:own\nw:oxlint\nw:p\nw:p0040\nw:p1\nw:p256\nw:p_\nw:pack\nw:package\nw:package_name\nw:packages\nw:packaging\nw:packed\nw:packet\nw:packetfence\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:paket\nw:pandas\nw:panic\nw:panicked\nw:panicking\nw:panics\nw:panics_on_zero\nw:paragraph\nw:parallel\nw:param\nw:parameter\nw:parameters\nw:params\nw:parcel\nw:parens\nw:parent\nw:parentheses\nw:parenthesis\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsers\nw:parsing\nw:part\nw:partial\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:passkey\nw:password\nw:paste\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:patterns\nw:payload\nw:pb\nw:pbkdf2\nw:pc\nw:pdf\nw:pdfkit\nw:pedantic\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:person\nw:persona_flutter\nw:pest\nw:pestphp\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pillow\nw:pin\nw:pinned\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgconfig\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:platform\nw:please\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:plus\nw:pmd\nw:pnc\nw:pnpm\nw:pod\nw:pods\nw:podspec\nw:poe\nw:pointing\nw:policies\nw:policy\nw:polyfill\nw:polymer\nw:pom\nw:pool\nw:populate\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:post0\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:power\nw:pp\nw:ppv\nw:pr\nw:pre\nw:prebuild\nw:prebuilt\nw:precision\nw:precompiled\nw:prefer\nw:prefix\nw:prefs\nw:preinstall\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparer\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:prettier\nw:prettyplease\nw:prevent\nw:preview\nw:previous\nw:previously\nw:price\nw:primary\nw:print\nw:printed\nw:printf\nw:println\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:process\nw:processes\nw:processing\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:prometheus\nw:prompt\nw:prompts\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:providers\nw:provides\nw:providing\nw:provisioner\nw:provisioning\nw:proxy\nw:prune\nw:psql\nw:psr\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:punycode\nw:purchased\nw:pure\nw:push\nw:pv4\nw:pwsh\nw:py\nw:py2\nw:py3\nw:pycognito\nw:pydantic\nw:pygments\nw:pylint\nw:pyo3\nw:pypa\nw:pypi\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python2_\nw:python3\nw:python3_\nw:python_\nw:pytz\nw:pyyaml\nw:q\nw:qt\nw:qty\nw:quant\nw:quantity\nw:quartz\nw:quasar\nw:queries\nw:query\nw:queue\nw:queues\nw:quic\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r0\nw:r2\nw:r5\nw:r7\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:rand\nw:rand_core\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:ray6y\nw:rb\nw:rc\nw:rc1\nw:rc2\nw:rc3\nw:rdk\nw:re\nw:reached\nw:react\nw:read\nw:read_capsule\nw:reading\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:record\nw:recorded\nw:records\nw:recursive\nw:redirect\nw:ref\nw:refactor\nw:refactoring\nw:refer\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:region\nw:register\nw:registration\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:related\nw:release\nw:releases\nw:reliability\nw:relying\nw:remaining\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:rename\nw:renamed\nw:render\nw:rendering\nw:renders\nw:repack\nw:replace\nw:replaced\nw:repo\nw:report\nw:reported\nw:reporter\nw:reporters\nw:reporting\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:res\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolvable\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restoring\nw:restricted\nw:result\nw:results\nw:retail\nw:retain\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returning\nw:returns\nw:reuse\nw:reused\nw:rev\nw:reverse\nw:review\nw:reviewdog\nw:reviewer\nw:revision\nw:revive\nw:rf\nw:rich\nw:right\nw:rights\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:role\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:ropenscilabs\nw:roundtrip\nw:route\nw:router\nw:routes\nw:rows\nw:rpc\nw:rpmbuild\nw:rs\nw:rspec\nw:rss\nw:rtos\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runner_temp\nw:runneradmin\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rustfmt\nw:rustup\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s2322\nw:s2345\nw:s2554\nw:s2n\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safe_load\nw:safety\nw:same\nw:sample\nw:samples\nw:sandbox\nw:sardonyx\nw:sata\nw:satisfied\nw:satisfies\nw:satisfy\nw:satu\nw:save\nw:saved\nw:saving\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schedule\nw:scheduler\nw:schema\nw:scikit\nw:scm\nw:scope\nw:scratch\nw:screen\nw:screens\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:sdks\nw:search\nw:sebastian\nw:sec\nw:sec1\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secs\nw:section\nw:section_end\nw:section_start\nw:securedrop_client\nw:security\nw:sed\nw:see\nw:seed\nw:seeds\nw:seem\nw:seems\nw:select\nw:selected\nw:self\nw:semicolon\nw:semver\nw:send\nw:sending\nw:sensor\nw:sensors\nw:sentence\nw:sentry\nw:separate\nw:sequence\nw:sequential\nw:serde\nw:serde_derive\nw:serde_json\nw:serde_with\nw:serialize\nw:server\nw:service\nw:services\nw:session\nw:set\nw:sets\nw:setting\nw:settings\nw:settle\nw:settle_ts\nw:settled_at\nw:settlement\nw:setup\nw:several\nw:severity\nw:sf\nw:sh\nw:sha256\nw:shallow\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shims\nw:shipkit\nw:shivammathur\nw:shodh\nw:shop\nw:shopco\nw:shopfront\nw:short\nw:shorturl\nw:should\nw:should_\nw:show\nw:shows\nw:shrinkwrap\nw:shutdown\nw:sid\nw:side\nw:sidekick\nw:sign\nw:signal\nw:signature\nw:signed\nw:signedness\nw:significantly\nw:silent\nw:simdjson\nw:simple\nw:simplified\nw:simulator\nw:simulators\nw:sin\nw:since\nw:single\nw:sit\nw:site\nw:sites\nw:sitter\nw:six\nw:sixty\nw:size\nw:skill\nw:skills\nw:skip\nw:skipped\nw:skipping\nw:skywire\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:sme\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:sock\nw:socket\nw:sockeye\nw:software\nw:solana\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:soroban\nw:soroban_sdk\nw:sorted\nw:source\nw:sourcerygxx\nw:sources\nw:space\nw:spaces\nw:spacing\nw:sparse\nw:spdx\nw:spec\nw:specific\nw:specification\nw:specified\nw:specifiers\nw:specs\nw:spell\nw:spelling\nw:split\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:spurious\nw:sql\nw:sqlalchemy\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stable_deref_trait\nw:stack\nw:stackage\nw:stacked\nw:stacktrace\nw:stage\nw:stale\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:stat\nw:state\nw:statement\nw:statements\nw:static\nw:staticcheck\nw:stats\nw:statsforecast\nw:statsmodels\nw:status\nw:std\nw:stderr\nw:stdin\nw:stdlib\nw:stdout\nw:stdune\nw:stellar\nw:step\nw:step_script\nw:steps\nw:stg\nw:still\nw:stmts\nw:stop\nw:stopped\nw:stopping\nw:storage\nw:store\nw:stored\nw:storefront\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:strip\nw:strkey\nw:strsim\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:studios\nw:style\nw:styled\nw:stylelint\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodule\nw:submodules\nw:subprocess\nw:subsequent\nw:subtest\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:supabase\nw:super\nw:supplied\nw:support\nw:suppress\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:svg\nw:swatinem\nw:swift\nw:switch\nw:switched\nw:switching\nw:symbol\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t00\nw:t03\nw:t06\nw:t07\nw:t08\nw:t09\nw:t10\nw:t10_00_00_000\nw:t11\nw:t12\nw:t14\nw:t15\nw:t16\nw:t17\nw:t20\nw:t21\nw:t_\nw:tab\nw:tabs\nw:tag\nw:tags\nw:take\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tarball\nw:target\nw:targeting\nw:targets\nw:task\nw:task_queues\nw:tasks\nw:tauri\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:teamcity\nw:telemetry\nw:tells\nw:temp\nw:temperatures\nw:template\nw:templates\nw:temporarily\nw:temporary\nw:temps\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminate\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_rolling_mean\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_total_rounding\nw:test_unicode\nw:test_window\nw:testcafe\nw:tested\nw:tester\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:their\nw:them\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thiserror\nw:thread\nw:threads\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:times\nw:timeseries\nw:timestamp\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tment\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:tokio\nw:toml\nw:tomli\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolchain\nw:toolchains\nw:toolkit\nw:tools\nw:toomanyrequests\nw:top\nw:topic\nw:topologies\nw:total\nw:touch\nw:tower\nw:tpl\nw:trace\nw:traceback\nw:traces\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transferring\nw:transform\nw:transition\nw:transitive\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trouble\nw:true\nw:truncate\nw:trunk\nw:truthy\nw:try\nw:try_from\nw:trying\nw:ts\nw:tsbootstrap\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:tunnel\nw:turbo\nw:turbopack\nw:turn\nw:tutor\nw:two\nw:tx\nw:txt\nw:type\nw:typecheck\nw:typed\nw:typenum\nw:types\nw:typescript\nw:typo\nw:tzdata\nw:tzst\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u1903\nw:u32\nw:ubuntu\nw:ubuntu0\nw:ubuntu1_amd64\nw:ubuntu24\nw:ubuntu2404\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underscore\nw:understood\nw:undo\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unified\nw:unifont\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:universe\nw:unix\nw:unknown\nw:unlabeled\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unnested\nw:unoptimized\nw:unordered\nw:unpack\nw:unpacking\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unschedulable\nw:unset\nw:unsigned\nw:unsupported\nw:unter\nw:until\nw:untrusted\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:unzstd\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgrading\nw:upload\nw:uploaded\nw:uploading\nw:upstream\nw:ureq\nw:uri\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:us\nw:usage\nw:usb\nw:use\nw:used\nw:user\nw:userguide\nw:userland\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:utxo\nw:uuid\nw:uv\nw:uv_manager\nw:uvu\nw:uw\nw:v\nw:v0\nw:v1\nw:v10\nw:v18\nw:v2\nw:v20\nw:v25\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:v_\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variance\nw:variant\nw:variante\nw:variants\nw:variate\nw:varint\nw:varint_len\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:ve\nw:vec\nw:vector\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:verifying\nw:version\nw:versions\nw:via\nw:view\nw:viewmodel\nw:views\nw:violations\nw:viper\nw:virtual\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vpn\nw:vpn_mtu\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:w_\nw:wait\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warm\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:wasmi_core\nw:watch\nw:watchos\nw:wdio\nw:we\nw:web\nw:web3_universal\nw:web3_universal_ledger\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:well\nw:went\nw:were\nw:werror\nw:west\nw:westus\nw:what\nw:wheel\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:whose\nw:why\nw:widgets\nw:wiki\nw:will\nw:win2012\nw:win22\nw:window\nw:windows2022\nw:windows_\nw:wine\nw:with\nw:withdraw\nw:within\nw:without\nw:wlctl\nw:woff2\nw:word\nw:words\nw:work\nw:workdir\nw:worker\nw:workflow\nw:workflow_dispatch\nw:workflows\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:worktree\nw:worktrees\nw:world\nw:would\nw:wrap\nw:wrapped\nw:wrapper\nw:write\nw:writely\nw:writer\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x64\nw:x8\nw:x8000_0000\nw:x86\nw:x86_64\nw:x_\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xf\nw:xfailed\nw:xfonts\nw:xg66\nw:xjc\nw:xml\nw:xs\nw:xz\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarn\nw:yesterday\nw:yet\nw:yml\nw:yoke\nw:you\nw:your\nw:z\nw:zephyr\nw:zephyrproject\nw:zero\nw:zerox80\nw:zig\nw:zigler\nw:zip\nw:zips\nw:zmk\nw:zmkfirmware\nw:zstd\nw:zurichsee_ha\nw:zzpmw",
    causeBias: -126,
    cause: '6/8aAN3/v//m/+L/MADC/+T/0P/d/xEAyf/j/77/w//i/z0ASwC//7z/0v/q/9z/u/+4/zMADQD2/xgA9//C/6D/p//8/93/5v/d/9D/zf/0/8T/6/8eAMb/2f8XAFEA2P/S/yIAMgAYAPf/u//R/xwAqf81AMT/5f/b/xoAy//d/+P/5v+t/+r/kf/W/zsAYAC5/+v/4f/M/xsA8f8nAMD/DgDO/wAArv+0/xwA1P9GAOf/MwDj/z0A1v85ABcAMADV/0QAwf+v/08A0f8kABcA5v/m/8D/3f/k/+P/5v/r/+v/2f8bAOv/6//r/9L/QAAYAMX/5//4/8P/t/8mAC8AIwAVAAsAp/9IAA4AWwDr/zEAIgAgAHsAIwDj/z0A5v+s/+n/2v8UAOT/FAAQAM3/LwAiAEwAkf/e/9D/9f9dAL7/SwDd/6f/JADB/w8Avf/s/73/YwAUAOP/1//q/8L/zv9aADwA3//n/9T/w/8hAOf/SQDM/ywAt/+x/8j/u//I/83/FQApANz/MwAlABUA/P/e/+f/FgCk/yIAzv8DAP3/6P80ANb/FwB9ADEA5/9bACYA3P/Z/yAA0P/N/9T/YwCn/9z/i/84AOL/YP/p/93/nv8UAMP/AwDR/5X/KwC0/+b/2//k/w8ANQCx/8z/uv8tAOP/zP+j/x8AHgDh/1kAFACa/83/wv/e/6b/0P+//9H/3f8fADMACACw//T/pP8iAK3/FAAQAM//NgDe/w8A4f/m/9j/5//f/9P/0//j/97/1v/s/+T/4/8qAEMApf/N/97/JADM/8v/pgBEAMP/qP/r/9L/HQDL/xoAPABbANb/2//M/xYAh/8JANH/zf/B/xgA1v/k/yoA1P8kABoAGgAaABoA0v8nAAUADgArAI3/1f9VAKf/HQCj/8r/LACF/zcAKwDk/yEAnv++/wcADgDb/x0Acf87ABgAAwCw/y0ADwCv/8b/xv/U/zAAu/8eAM7/z/+4/5n/1P8zAKz/LwDX/8f/4//W/83/5P/F/x8Aq/+i/9r/HgDW/9//0/8iAA4AFwC//xMAvv+x/+f/1v8MAOb/kv/m/xgA1P8v/xUAmP+6/yIAwP/e/0gAxv+R/+r////i/xgAFABz/xYA7f8YAL3/UQC0/xcA3v/i/0gAcADK/7X/xP8KAOj/UQBKAE0Aw/8VACsAy//p/7P/NAC9/97/TgDm/x4AyP/m/zEA2f/V/9f/DQDR/9X/2f/f/xEA6f/h/8z/uP/Q/7T/xP/e/87/zf9ZABUA///C/+j/SwAMAAYAu////9b/r/8dAP7/HABw/zwA1//I/0UAsP8UANP/s//o/xQASgAkAEAAUAC+/3MAIwAzAB4AEgDE/5D/4//q/9b/zf9qADUAHgArALX/cABNAOb/5f8LAKv/3P8fAAYASwDQ/63/KgDL/yQAAgCh/7z/IgCy/+P/w/8gANz/uv/n/8X/zv+z/9r/3f80AAgAFADb/+P/DADn/9n/GgDL//j/PwAEAND/BgABALb/1P/N/yIAEQDc/7P/5v/p/xQACAAoAOb/QwAkAM7/DgD3/6r/GAAWALD/v/8VADoA7P/9/8v/dgDJ/9b/EgDQ/w0Awf8ZAOf/3f/n/wMA6v8rAOL/0P/c/5n/4f8YACkAFADn/0EAuv9AAOz/u/+6/+v/ff8oACIA///E/+X/IwDk/93/5v8sAOf/FAAUAND/BAArAOT/0v/O/wgANgDA/7H/YgD6/zMA5P8UACoAJQDc/+r/HQDj/+H/of/i/93/q//o/6v/2//Z/+D/uP/L/+r/3/8ZABQAPADc/9f/q//p/zwA6v/A/73/2/8YABgA0v8UANv/xP/A/+P/0//f/9n/5f+y/yEASQD3/9v/4P/o/zwA0P/o/9r/2f/I/7P/wP/m/+H/RwDh/zgA1f/g/xQAKQA8AAoA5f/l/7z/0P/g/ywAXQCP/9H/QQDq/ywATAAvACoALwAmABkAyP/L/wgAFADW/yUAq//s/w0Azf8pALr/6f9a/8//iv+j/6z/kP/p/9n/LACT/8n/2//Y/8//6v/V/8b/zP/g/9P/vf/m/83/KgAWANT/xf/k/9//yf/1/9X/y//e/yEApP/N/yYABwDS/9X/1v+7/+L/p/+y/8//2f+w/+z/DAAsAM//4P+w/6//KgCZ/8P/tf+n/8r/1/8YANf/5f8iAM//4v/P/+T/4f89AMr/6/9j/7f/9P+9/+L/3v8mABYAFgDF/wgAKwCk/4D/GADU/+n/NgDV/9j/MADQ/xcA+f8OAM7/0P/m/+P/4v/s/xgAIADs/+f/KgDl/wcAGQDs/+r/QwAVAOX/v/8hACkAFwDY/97/LQDb/wEAIQDs/wwAw//l/9n/FAC0/x8A6f/j/9L/sf8+AMP/QgAlAOv/4v8OAKv/KQDn/8X/sf/c/+v/GADX/8H/uv/k/xcA4/+5/+P/6v/m/87/4v9bAOb/GgDN/xQAFAA4AOn/CAAUABQALwDJ/+v/DQDY/5P/9f8zAKn/LwAgANH/KQDc/6v/4f/f/xQAKAAaAOD/nf8gANL/qf+v/x0Apf/g/+v/+P/N/yUA5/8OACcA0P/n//r/5v+R/zQAGQBIAA4AJAAkAL7/LAC2/zQAKgAqAOf/2P/n/x0AFQAuAMT/IQDM/+L/uf/N//r/JQDP/zcA/v/d/wMALwA/ABQA6f8OALX/HQAIAOL/3//q/8D/1P/X/+r/5//q/yMA1f8gALr/qP/R/xwAHgAUANv/GQDh/+H/HgDs/8j/HwAqANT/3f89ABQAJgAUAKP/p//K/xQA4//h/93/iv/H/ysA+v9gAB0AFQAYADsAsv8UADAAOwBcADAACgA5AOH/6P8ZAA4AJgD5/wcAGADk/ygAv//g/8//x//Z/xkAx//J/yQA1v+5/ywA0P+m/w4Aiv/o/8n/IADN/7f/1P/+/9//0v/G/5//xv9F/+f/rf/P/9//zP+W/5X/0P/o/yUA4//o/zEA+/8dAGf/3/8HADoAJQAlAL7/0v89AJz/1//S/+X/QgAYAGP/OQAbAN//FACG/7r/JQDU/+b/IwDB/+z/7P8tAMn/FQAhAOD/2P/q/ygAFgAiAM7/GwAuAOT/uf/Z/+3/sv/h//H/7P/V/9//KgAiAKz/EQAjAN7/GgC5/7v/IADO/7T/wP/I/9r/GgDj/93/1f89AOb/3f/N/+j/jP/B/63/sP+O/9b/s//j/+P/vf8XANn/0f8yAEgAkv+7/9f/sv/m/+b/sf/b/+f/NQA1AIn/eP+b/5X/5f/R/9v/rP/g/5//NwDe/ysA3P/r/8P/QgAlABUA5P8UAEwA0/87ACYAHgDm/7D/BwAlABgA9v82ADcAFgApAOr/LgC4/x4AJADh/xwA2P/D/yQA6f8nADQAHQAVACgAPQAfAL3/GADR/zEAFADk/xYAMgDR/wIAxf+2/+T/FAA5ALr/6/8nAB4AFQBSADYAxf8bACMANAAzAOf/DAD0/xYA4v/K/x4A4v8UAPr/pv8gAGIAGADA/8//MwDP/6H/BgDZ/+P/1//T/y4ApP+X/6b/wP/N/9T/q/+v/0QABACt/7H/IgDO/+L/4f8zABcAsP8oABcAhgDq/9b/1/+//x8AMwAuAMb/FADi/+T/DgDr/x4AHwAYANf/0P/g/+j/5v/b/6z/1/9z/woAy//f/+T/6f/S/8n/4/8WAOD/KwDk/+j/ff8hADgA0//h/xYAtv/B/wQAIgCw/7//t/+t/7z/zv/g/8v/6v+h/+r/1v+m/93/t/+4/wMA2/92/+H/FQCd/y0A4P8zABgAeP8tANz/4f/+/x4AFAAGAMf/6v8JAK7/yP+i/6b/sv8VAA0AHADU/xkAt/8YAKz/tP8tAMb/FwDG/93/1f/T/xkA0/+t/6n/IgDb/8H/nf/P/4b/1f/B/+f/5v/e/+L/QAAUAB4AHgDk/8D/FgDi/9v/4v/L/9b/0//C/yQA1P/m/9b/KwAMALL/o//k/zUA1P/l/xQASAARACAAHgA9AP3/vf8WACoAYQArAAkAuv+0/67/FADU/8//of8sACkAw/+4/wwA4v/l/xwA9v/j/zQAJgDJ/wgA4v/e/5j/IQBXAPf/NACR/97/2/+n/9P/pv/c/xoAGgCm/6v/6v/g/7v/o//c/8T/yf8MAMj/4v8DAM//q/88ACIA5v/M/8P/BACr/6z/FwAmABQA2f8PALb/nv8gALr/3v8QAMP/TQDn/+X/wv+F/6f/GgDo/8v/3f8VACAAPwA2AB4Auf/n/+P/5v/q/zQAtP/w/9z/MwAFAAYAvf8iAOv/t/+y/4f/3v/a/7v/AQDp/8r/1f+//7z/XP+8/7z/yP+x/73/wv/b/8v/zP9s/+n/2f/N/xEA2/+0/+j/5//n/87/4v/m/8f/1/8UABQAFADN/9z/KQA5ABkACgCk//v/FADj/xcAGQAYANX/RwBFAM//FACx/z0A0v8XADkAJgBYAAcAIwAhAMP/MQAUACUA3v8aABQAsf+F/8P/xv/m/9//9v/L/8f/3f+o/7P/sf8DAF0Azf+J/00Aof/+/zgAu/8gACIAk/8QADgAHgC+/2MAFABOAOv/6//i/7P/4/8oAL3/GwC5/9b/z/8UABQA4//i/9j/4f8yAMz/0v/q/xoAHgDb/+L/wv9DANH/GQDf/8n/2f8dAGwAFwAfAMP/0P/x/xsAEgCx/xYAo//S/9f/s/8aACIAWf80APn/KgCt/7D/zf+9/9T/xv+G/wwAyf/r/yQA3P/r/yYAo//L/xUAFQCS/6z/4v/f/9D/4P+7/6H/wv/j/87/yP/E/9r/JgAjABUA3/8VALb/vf/i/9r/HgDi/+j/sP/W/0UAHQDZ/+r/zP8XANX/4v+1////5/8dAMv/yP8iAND/EQDP/xQAw/+q/7v/3////yP/t/+q/+n/HAA8ACoAIADr/ycAwf/y/97/vP/b/97/2//E/8r/zf+7/+H/FgDn/8X/3f8WAAcA0P/e/9r/6v/D/+n/x//r/1IA0/+X/xkA1f/Q/6n/1P/U/x4AJQAIANP/1P/b/zIA4f8cADEA8v8PAFkALwBOACsANACu/yQA2v8OANv/HQAEAB4AEgDq/+r/zv8CACAALADN/9P/0//N/7z/RgA2ALb/vv/O/9X/xP/P/7L/FADL/w0A5/83AJP/3//e/+H/IADm/9n/5//N/8b/4v8gAMz/2v/U/wwAvv+z/97/IgAYAOL/FAAAAOT/GQC//9r/FAC//9n/FADa/9f/JQDC/+T/xf8iAL3/xP/Z/9f/3f/K/8//5f/i/wQA7v8rACIADQDj/5//qP++/7j/yv/i/63/7//T/7//4P/s/xwA5v/j/73/SQAZAOX/5P+i/9D/y//h/77/SAAHAOD/rP8rAL//pP+x/+r/4v/n/+r/x/8KACkAFQApANn/rv/U/7P/6//G/+v/tv/j/+T/2v8xANL/6P/i/6v/IgCs/xcAMAA0ABoAHgA3AOv/MQAwAPr/3f86AMX/2v+0/8L/5P8NAJ7/UgDK/8H/4v/E//v/6//O/93/2P/K/8b/sP+1/83/4f/Q/7T/u//W/7D/4P/n/9f/0//G/7n/1f/b/3f/y/8XAJv/0v8FABIA+f/G/8b/NgCu/8j/2P86AMj/MQAcANj/HADZ/yAAKQDp/8b/Xf8jAMD/HQAXABcA0P8QAOH/xf+H/8D/5/++/8v/4/8VAOf/FQAbAFQA6v/a/+v/4v/f/+f/zP8WAOX/HwDV/wYAOwDO/63/6v/h/6D/uv/W/8v/FwAuAOH/NwAUAND/FAAhAPz/wv8nACoALAD+/yoAFwAoANH/6//A/6n/2/8pAMv/x/80APj/FACs/zMA6v/m/8L/4v8rABYACgABALH/0f9Z/9H/wv9VABQAzP/h/8//KwBCAA0Amv/o/9z/0/8UACsA6f9t/ywAJADO/xwA1f/I/ywAAgDU/yAADwDe/93/JgDp/+v/OgDr/y8AXAAYAIn/yf/B/8n/yf/c/9H/FgCc/ysAuf/Q/9H/4v8fABgAsv/c/7b/v//y/8v/2v+x/+j/0//Y/+n/s//s/7H/rP/h/+n/3v/o/wUAqf8eACAA0v/k/+H/5P/N/4//ov/s/xwAFAC2/wYANwBBALH/0v+p/97////M/y8AIgAiAOL/EAA1AN3/GgDR/9r/1f/m/8n/6v8iAOn/1f/U/9v/o/8UALv/FADs/+X/jP82ABUA2v/m/ysA4//J/9b/wP/Z/+b/4//m/wMAp//P/9//5/+u/6n/Zv87ACIAc//1/7b/u/8aABQASgDE/wwAIwD8/+L/6v94/+z/LwDI/0sA4v8hANX/GgBKABoAtv/J/9z/FADa/xYA9//n/wsAJQDk/+P/5v/r////s//2/9b/1P/n/zkAFADU/zkAyv/m/xQA4f/P/77/PwBJANP/qf/G/xcAnv/W/+H/LgA9ABQA0v+c/ysAFAB3/zwAyf8pALT/zv/X/8X/GwCo/7//6/+v/1UAGQDr/9P/2//r/wIACADN/zwAyv/V/9f/0//B/9//qf/y/xEAzf9TAFIAUgAiABgAIgAYAM7/5v/b//j/1P8kANv/3v/C/xcA3P/Q/+H/4//b/+P/UQDr/+b/xP/P//7/6//T/xQASADi/6z/GwDB/9f/1f/r/+T/FwANABgAOADR/xgAJgDn/9b/xP8uAOL/FQBKABkAWf8sADYAtv9LAM7/1P87ABUAHABPAMT/KwDq/w8ACwA+ABwA2/8vAM//2v8VAOX/MAAQAOj/xf/e/+T/mf88ACYALwDe/+D/4P/q/+D/6f+7/+r/5P/k/+L/JADM/wcA7P8RAOr/CADl/8T/x/+r/x4A5v/e/9r/4v8dANv/GACq/+P/FgAmALr/5f/I/9r/FADg/8z/FAA+ABgAKwCt/yUAIADs/7n/FQDm/+z/4P/g/+v/1//F/9T/1P/o/y8A2f/a/+T/5f/N/77/y/+9/+z/wf8WAC4A6P8DADUAGQDr/+v/VgAWACsA2//U/8//3v/b/8v/7P+5/+D/3/8fANj/5/8dAOz/0v/h/5v/uP+r/ywADQC3/8H/4/8oABQA1v/f/8T/5f/j/7H/4v+CAN//j//V/wUAMgAIAGX/0P/n/0AAz//Q/8H/6v/l/zUAiP/d/83/DwAUACAAAQDb/xQA1v/x/6T/3v8cABkAz/8qAOv/HgAnANT/2f8fAJv/FADi/xoAUQAaADIA2v8YAC8A1v8JAKH/4v/M/xkAl//H/xkAGQAUAB4AFQAZABIArv+r/9b/eP8UAKT/1//q/xEAFADX/+f/4f/l/83/yv/X/9T/3//M/8n/0f+5/0QA0P+j/8//vP+7/8H/m//n//T/FQAVAB4Aqf+8/y4AGADV/wIA7f8QAOD/lf/M/+D/xP8WACcA0P/F/z8AVgDX/+H/jP8yAOf/FwBWAMz/TgDs/wEAKQAIACwAt//8/zgAMwAMANn/FwDS//n/9v/5/xYA5f/T/+b/OQDe//f/6/+P/ykA/v+4/9b/0P8HAOv/EgDV/wQAEgAZAMX/ov/H/zkATAAcAOH/CwDG/9T/IgA6AOv/MQArADYAGgAgAHsAIwDj/+f/yv8nAD0A5v/H/5f/MADQ/8T/r/8DAJr/w/8ZAO7/3//a/y4A6P/o/73/zP/H/xMA7v+e/7H/f/8tADQAFADk/9H/GQAUAPb/x/8iAOz/2v/s/ysA3P/U/yQA3f/E/9z/4P/O/x8ArP/V/yEA6f8YADkAEADd/8v/tv/V/+H/5//Z/9D/FQAfAK//RwAlAOL/w//s/0sAGQAZAM//zP/i/+H/4f/f/+P/FAAnALr/GADf/+j/sf/Y/7b/FwBG/7//q/9g/9//AQDh/5v/KgAwACsAMwAnADsA3v/7/7P/rf/v/93/JAASANb/5P8+AOX/3/+Z/9//6f9dAFkA3/+f/0gAtf8YAB0A4v8WADUAwf8yAOb/4f+u/8//5f8nAK//6P8yANT/IgA6ACsANgC//+H/HgA0ABEABgDA/4MA+f+a/x0AKwDE/7f/2f+y/9v/x//1/+b/GADB/5X/5v+g//X/LwDh/6X/xv8aAI3/GAA4ADYAyP80AEkAzv9sAD0A6v/v/1QA7f8xACwA1P9cAC8Ak/8OAMf/m//f/9f/sf90AOn/6v8jACYA5v/T//H/7/8wAEQAQgDe/+T/QgDk/ywArf82ABcAOwDh/8L/HAAZABQAxP/B/zUARQAUAFQAVgA6ADoARwDb/yMAof8/ACQATwDb/7j/9/87AJn/MgArAOf/1P/L/+L/IgA0ANj/PgDI//D/AwDV/6b/CgDb/8r/9v/Q/+b/FAC7/+P/OwAiAM3/OQDU/9T/vf/c/8v/sf8sABcAKgC2/6r/3P/r/7L/y/9AAOf/sf8iACsAKADJ/xYAFQAgAOf/uf88ANT/3f8XAML/RwDh/5H/JQBXACcAOgAzADUAJwAWAPH/FQAgACwAKwDr/+z/wP/I/9//v//H/8j/5f/B/xoA5/8nAN7/yf/J/9r/GwAfAOX/9/+o/yUAHgAqANv/6//I/9b/2f/a/7L/FwAUALz/1f/L//H/x/8bABMA7f/k/+r/5//R/0oA4P9AAHAAHQCY/yYA8v8YAHkApv9XAEoAOwCJ/z8AKwAIAMX/6/9EADkAIwAcAB4AGwDL/yYAEACX/8T/0f8/ABwA3f8nADUA3f/L/6T/o//X/xUAFABFAK//zv/K/x4AHgDx/xUAxv/N/xkA1v/l/yQA5//B/7b/3/+b/wYAoP/U/wAA4v/T/ycA2f/q/y8A5/8cABAA6f/I/+z/FwAUAOP/JgDq/zQAgP8aAM3/GQAuADAA+v8wAOn/KgDY/7b/MAAWAKr/3/8AAIIAKgCr/2cAIQDt/y8AGgAsABQAy//y/+f/JQAhAMj/PQAiABUAMQBLAFAAUADt/9H/5v8fAPH/zP+Q////p/8UADcANAAiAL7/3v9KABUAbADP/9X/rv/b/+L/UgApAOj/3P8jADcAKwAzAOX/AwAKAL3/5f+7/+r/PQDU/w0A5P9I/7D/5v8EABgAvv/m/9n/2f8oAHT/1f+q/7j/0f/L/77/dP/f/7T/5P8hAKD/2P/n/7j/3P8rAN//2v/h/ygAOwAjAN3/PgDQ/1D/4v/j//r/IgAmANH/2/+2/zQA6v/i/zEA5v///xQAFQBNAAcAy//e/2QA2v8SAMT/QADp/7j/2v+m/+P/vP8xANf/2P8SADcAyf/j/8v/IACV/+T/vv+n/w4ADQDe/xwAzP/p/9X/u//b/7z/DgBFABQAxf9KADUAwv8xACYAXwArAOr/JQAwACcAKwCw/6//2/9d/6f/tv+R/9b/MgDX/73/2P/O/5r/w/8qANP/JgBHAEcAKADP/9//5v/H/9f/QwA4AMf/FgDN/9j/v/8lACoAIgAyACIAvf+9/8n/1/8wAPT/7v9EABMAGADD/0gAy/+2/7z/JQDP/8P/6f/V/+H/xP/s/93/2P8JABkA8v82AOL/ZgDQ/9j/4P/Q/yIATQArAN//yf/v/+r/4f8ZAAEAwf8eABQA1/+H/8b/HgDM/9D/FwDa/0EAtP/a/ygA5P/k/ycAFwDb/9D/FAD4/+X/zv/Y/8D/pP8cADAA0//O/xQAsP/U/xEA6//X/zYABQAWAOn/9v/g/9T/6v8sANH/nf89ANj/JgAcAKj/TQAXANn/HAC2/8f/lv91AMP/fv8dADoA3v+8//L/FwArAPn/KwAgABgAGAAUACAAKwD+/ysAPwDM/9//0P9MAA8AIwCm/yQA2P/j/yQAFQD0/+b/tf84ALj/FADd/yQA4f+p/xsAov89AOP/IADp/7v/NQAiANf/v//d/87/KwDm/7z/AwDq/2T/FADX/9L/KgDj/9P/3/8YANT/GQDQ/xwA3v/k/7j/FAC9/9D/nf8eAOf/6/8jABUAHAC5/9//5f8eAND/JgDE/7H/1f/V/8//zP/E/7X/6P/V/8j/FwDV/+v/5P8XADcA5v/e/9X/2f+4/7P/4f8yAB4A5P/r/97/zP/b/+r/uf/f/xgAMQDK/+n/IwBKAO7/t/8UAEwAu/9IAKr/KwA6ALf/4f/p/9T/IP8pAAEAhf8LAPz/yv8PABUAsv8jAM3/wP8UALr/wf/T/9f/WgD8/9z/OwCr/8H/HgAXAMf/w/+7/7v/FwDj/+f/HgCn/4P/7v/u/xQAyf/R/7X/ggCv/5v/fP8LADIASAC3/8//JQAZAM3/1P/S/4n/qP/f/97/IgAbAGr/wf/B/97/GADD/7X/1P/O/+j/6P+y//T/vP+u/6r/qv8TAJr/zv8YANv/2v/H/7//4P+8/73/of8UANL/sP/h/9P/BACo/x4Afv/2/9D/zv86AND/if/f/8v/5v+7/xQAyP9Z/+L/3/+P/8n/8v7d/9z/1P8EAKT/4v8CAO7/vP/7/+T/rv9OAOH/kf/e/43/zv8WAB4AFwAWABQAtv/c/+j/5//h/8X/6//H/8j/HwDY/6P/BgDk/ygA9v8UADkAIwBH/xQAsP9B/8n/0/8WAOD/KgAYABkA1v9LAF//JQC2/wEAn//w/8P/L//Z/8D/R//2/xQAEAAWACYALQDV/xsAKAAWALD/AgDQ/xAArf8fAK3/0f/j/ysAy//L/+b/yP/m/zMApf/q/8v/1//h/+f/GwDK/9D/1f/q/6//1v+s/7H/yP/n/93/FQDi/zoAxf/m/8T/KgDo/+r/xf/P/2cA/f8UAFQA2v/p/7n//P+v/3n/CgAjAAIAtf/k/+j/XwDf/w4AGgDP/wMA2v9z/ycAzf+1/+T/5f89ANH/6v/r/+X/DgDl/xgAvP9FACIADQAjAN3/KADp/0EA6/8YABgArf/q/+n/xP8WALr/vf8zAOj/wf8aACIAQQCz/xgA5f8VAMj/SgDy/xQA6/+1/+j/5f/E/00ArP+2/9H/xf8UAOH/xv8sACwAPQDe/yQAyP/e/9L/w//Z/9r/t//I/8D/6/8gAMn/1P/E/+T/zf8bAFUAy//g/6j/JwC4/8j/GwAvAD0A6v/d/6T/6P/p/+H/6//i/+H/3v/k/+r/2//U/+f/2/8zAOH/FgDB/73////f/8n/8v/j/8P/1f/U/+P/0v96AB4AGQDN/6v/xP8YABQAuP89AF3/FADC/7j/0f/H/7b/4//O/z8AwP9BAIUAxP/V/xQAKQAeAM3/+//a/+X/5v8iACQAoP/W/zQAvv/e/xYAtP+z/7z/FgD1/9T/1/8XAM//7v/m/x0A/f+6/wwALQAWAMj/zv8qALX/3f8OANb/OQCy/xkA1P8VABQA0//C/9D/IgD8/9v//f/i/8f/xP/p/8L/6/8QADMA9/+3/9P/CwDl/9L/8//E/9T/KgDr/6z/DADr/9v/EgBOAKf/FgAoAMf/tv8UAAQArv8zALT/3P/P/zAAzv/W/zgA3//d/yAA3//I/xwA5f+O/xQAQwAzANH/FADO/ysAFgA1ACIACADd/9X/zf/j/97/wP/D/9z/pf/N/6b/AwDb/xkA6//l/8X/7P+0/7n/wP/k/9n/1//P/zMA3/+2/83/3/+5/67/of/N/+T/6P/G/13/af+7/7D/GgDi/+r/5P/U/73/tv/H/9j/z//x/y4A7v81AB4A1//j/xwAuv8oAM//5f9LAMb/FAAxAM7/HACd/8f/uv+0/+H/zP/X/xQAIQAmAK//zv/Q/+n/JAAhAD0A3//2/8L/1f8ZAPn/x/9KAL//5v+x/7z/y/8vALr/y/+u/y8A1f8yAEYA6f9SAIj/0v/K/zEA6f/J/7v/GwDG/xAAIwA0AIP/IwAgAEcAFAApAOb/fv8VAOn/EwDT/ywA1f+/////yv8UAN3/7v8YABQAuP/N/+P/2f/T/+L/yf/p/woA2v8qABwALwAhABQAFAAFAMn/GgDP/zEAOQDm/+z/WQAUAOH/7P/1/x4AFADu/8H/pv/d/6D/qv/k/6v/u//T/9n/JwDV/+j/BwDq/8X/mv/s/9//z//r/7H/ov/U/+j/sP+s/8v/i//y/ysA0P+3/xIA2v/i/yIAKQA3AMH/4P8VAN//yP/f/zsA3P/8/9//0f8vABkAx/+c/ygABgDP/83/6f/U/9z/5v+y/7T/5v/B/83/NQBFADQA5f+n/+r/wv/H/y4Aff/o/7f/yf/B/+H/2//k/+n/4f/X/9v/6f/q/9v/FgAZACQAQwAvABQA5/8rACsAFAAUANL/5v/a/ycA2v/r/9z/3f/1/+b/4v+8/8n/OQDi/8X/3//F/9//s//J/6H/w/8UABQAFADE/+f/LwDJ/9//vv8MABoA2//b/xQAMwAWAMj/KQDI/93/KgAQAA8A6/8bAPv////U/9X/6v/9/ygA4v/j/+L/4v+q/+D/FACt/47/gf/h/yQAnv+u/xkAFgDL/9P/rP/o/xYAKQAqABwAPQDT/7D/HgAAACIAHADp/zUAKgDh/8H/DACP/yoA6/8LAJ//FABXAOH/KAAWAOH/CAAmAMH/4P8zADkAHQDp/ygAMQDf/y0Asf9IAPz/ov8QADUAyP8nABQAvv8UAOr/2/81AMv/1P8ZAOP/2v8iADYApv/p/zIA0P/C/7r/1P/n/9T/uP/p/87/IgDS/7H/NQAUACcA4v+3/6T/FQDL/97/xf/G/8//2f/l/+b/TADm/9f/5//l/+P/4//l/xgANwCq/87/+//O/yEA6/8UALD/LADn/9T/pf/f/87/6f/m/9P/qv/n/8H/k//M/ycA1/+s/3X/NADa/9H/kv/C/8f/JwDR/xcAw//J//b/OwAWACwANADk/6z/8/8VABUAGQAZAM7/AAALAE0AGQAYAEMAzP8VACQAGQAZAD0A6P/I/6f/8/8UAM//l/80ABQAx/8MABcA5//W/xQA1/8UACYA5/8kAJ//KQDc/5z/4v8YADEA5//n/87/xP/e/xgA2P8jACMAmf/T/+z/7P8vAP//2v+3/x8AIwA6AMX/MQDY/10ArP8lAEUALwAXAC8ASwAeAOP/vP/G/97/KQDu/x4A4/+f/97/FwC2/7j/MwDX/8L/AADh/77/t/8bACoAHAADAOP/4P/Y/yMAJQBNAA0AvP+e//f/GQDa/9j/9v/p/7v/LgA7AJP/4P8VAC4A6P/c/7j+bQA+AI3/RQD//+b/wv8jAOP/RADh/8v/3/8UAOP/FADq/9P/HwCa/x4AFgDi/83/4v/C/+X/wP/h/1n/u/8UAKP/yv/f/8n/3v/i/zYANACv/9r/4//N/8b/1v+d/ywAFwAkADAAOADx/8L/0v+z/8v/NAA0AE4A1P9OAN7/KAAnANj/FgDQ/6//5//Y/53/7P/S/9//1/8UAL7/v/8lAGz/JwC6/+f/5v+l/8L/qP80AD0A5v8kAD4Av/8qANv/LwBTABUA/f/n/xQAGwDr/6P/3P+w/xQA6P/Q/6b/2/9GAMP/5f/s/xkANQD+/ycAIgBUABkAIgAZACoAbf9JACIAsf/p/9r/5v8oAOH/LAAUAEgAJwBGABQAzv8KACEAGgAzACYAAgCV/xUAFQAJAOf/4v8YALf/z//e/8f/s//E/yQAJgDb/yAApf9KAOn/2f+9/9j/JADx/8r/tf/Q/+L/AQCu/9z/1f/b/8r/NADi/7f/bQDB/83/MwDH/wsA2//H/9n/zf8iAAMA5f8XAAsA3v/k/6j/wv/E/xgA2v+H/9L/BAArALb/HADC/5X/5//k/7H/tf8iAMX/uv+6/9//4f8xAND/FQCq//z/2P81AL7/JgDP/9//QQDF/zoAMQAsACMAOQAeAB4AHgAWANL/FwA7AB0AFgAvANf/PQAbAAsALwAdAN3/CwB7/8T/JQA7AEQADwDL/9P/4f/7/0EAsv/N/8L/EgAlANr/NgDV/7P/yP+Z/6j/2v/l/yIADgDj/zsA5P8UACUAGADg/9T/xP83AMT/tv/C//r/5P/m/9T/5v9V/9L/ff/K/zgAHgC5/wgACwAeABQA3v9JAB4ABQAnAN//uP/m/1AAwv8WADIA5//u/+P/kP+z/6z/CAB//+X/0f8sADgA5P/h/97/nf/g/+z/sf8JAMP/2v9bACUA2f/g/9D/3v/f/x0Arv9IABQA3v8PAN7/uP/h/+b/4v/Y/+f/3//T/9P/4//e/9b/7P/k/5r/IwAeABQAo//S/8T/3v8UALn/4v/j/+r/5f/N/9j/9v8jAPv/SQAJABQALgCL/7b/5/82ALH/8/94/8H/6P87AMz/gv8zAMv/XgCZ/+L/4//e//b/TwDh/2gA1f+A/+P/sf8LAJb/FwAzAC4AxP8vANH/3f/b/8X/1f/i/1EA4/8WAEMAJQAqAOL/5P/Y/9L/tP+5/zIA1P/d/+L/IgAnAOL/5P/a/9P/4f8AABwAHwDr/wsADQDW/zIAq/9HACYAv/8UAP3/m//i/0cA6/8UACYAIwDd/9r/IADL/xAA4v/j//v/1f/V/yAAFAAcAN///P8zAMr/yf86ABgAIAAvANn/uf/3/xQAOgAeAN//OABaAOf/JQAcANf/zf/A/xMAtf/K/97/uf82ACIAsv8SAFcAGAAUAOb/3v/EAO//1P/f/ysAFAAoACUAxv8UAB8Awv8gAFD/IADp/8H/NgDC/yoAFADU/6n/w/+v/5//AQC4/zEAKQAcALv/1P/r/yEAGADm/+n/MADZ/5r/IAA3ACwAIgDF/+b/OQA6ANn/MgBAAFEAGQDm/yMAOABGACoA/P8aAD8ANQAeAD4ANQBJAEEAOgAcAOf/GAAVABUAKwAVABoAJgAwAAwA5v+r/x0A1v8ZALD/rv/Q/93/FACH/xoAyf8vAK3/LAAcAJT/uv8KADgAxP/f/z4APQAVAB8A3f+x/9f/NwAaABQAyv8kAOv/KAAcACsAIwAxABYAFAAiAKz/sv/Z/+D/xf/i/8f/fP/C/+T/5f/N/73/7P/B/+L/DQDE/8j/6//Y/93/zP/f/97/IADd/7n/qv/A/ysACgDS/4f/8//T/zcA3P/R/+T/IgDk/+D/OgAPADoAw/8UAOX/GQAnADMA1v/l/+X/5/8nAOv/wf8bABUAPQAkABQAJgAWADMAKgDl/yIAwP+z/zoA4v/f/8//uf/l/+b/5f/p/+//+v8YAN7/3/8AABUAHQAeAFQArv/C/xQA9P+cAL3/EQBFABgAzf8UAAUAKADK/9r/9v/g/8r/y/8xABEAOQDa/wsA4v/A/5f/2v///5j/uv8M/87/of/6/xQAJAAWAB8AGQD0/6n/HADP/8f/if/Z/7b/RwA3AN3/QQDn/7H/9f+4/97/MgDn/8z/6P9zAHn/Wv+Y/8z/JADN/+T/uf8UANf/tv8UABcAxP/U/7T/GwDT/7r/GgAoADoA4v8aADQA3v/U/8H/yP80ADQA4v8gAD8ANgBPAL7/j//L/1QASwDn/z0A6P/g/0kAwv/p/zEAvf8aABoAGgAaABQA3P+4/8D/vf/b/8L/0//2/w8AFAAwACoA9f+6/9P/5/8vABYAJAD3/37/HAAVACkAxv+U/+n/lP/h/8z/1v/j/ysAOQAnACIAGQDJ/ycAsv/M/0UA2P/N/9P/yP/h/8//0P/m/9r/xf/e/6v/zP+V/9//2/9TAA8Aj/8LAAgAtv8fAJ7/PwDk/8j/FwDP/ysAp/8FALH/MQAkADYAHABMABQAwf8WAOb/XAAsAFcAKADj//P//v8WAOD/uf+o/8f/6f/i/6P/qv/h/4P/s/8hAM//IQCN/9v/mv/M/9b/1P+g/+f/Yv87AE0A4//b/+L/0f+6/97/3//m/w4A5v/i/8P/KwDd/8v/EADe/y0ADgDN/+v/tP/r/+L/1f/Q/9b/NQDZ/53/z/8YACUAGQArABEAMwD9/x4A1P+I/00ACAAlAEAA4v/D/+n/DwAnACgAOAAPAEEARAC+/9n/KABZANX/qf8XAN3/IgBrAP//VQAqADkA6//o/6r/FADD//7/FAApAL3/m//b/+v/3v8mACEAwf/H/8H/z//V/z0Awv/p/wYA4P/J/xYAyf/d/zoAuf/c/+H/u//l/8//j//j/77/5f/D/w0Azv8ZAJn/zP/D/x8Ayf8OACgA3/+F/7P/JgDV/8//4f/R/6v/SwDL/3n/lf/k/+T/LADb/7v/1//G/7n/2//4/xQA6P/c/+j/6v/m/+D/FAAUAI3/y/+7/8r/1v8XANj/GwAtAM3/l//n/9//Wf/A/8P/JwDp/x4ALwCw//L/OwDL/8H/vP90/08A4/8BALr/xv8FAOH/y//O/zUA4f+S//P/g//W/wcA1/+//8//sP/L/97/0/8gAMn/0f+i/+n/tf8pAB0A5P+3/8r/1P/L/8D/2/+R/1f/FgA+AOv/6/+a/6L/5v8pAMz/KQAcAN//0//x/1oALAAsACwAFQD4/+r/zv8ZAMf/1/8gAJ7/IgA/ANf//P/f/ykAMgDb/9v/MgD7/yIAJADj/yYA4v/f/yUAGgDd/9n/9P8ZAPv/pf9GAKz/JQAnACUAzf8UAB8AEQAAABIAw/8EACEA6/8bAN//4f8mAOX/NwBUAMT/FAA6ACYA2P+Z/9D/vP8sAOX/2v/l/xYAKQA7AC8Ayv/V/ysALADl/7v/kf/W/+L/3f84ALL/2/8mAD0AGgA7ABgAFADs/xoA7v/E/yUA4P/4/9X/4f+w/xcA9//d/+D/KQDr/5D/1P8rABYAwv+4/87/JADR/xQAOwDW/8H/1P/X/9r/JgAbAHT/4P8hAOL/0v/g/7T/7P/F/8//t//i/9L/t/8GAM//1/8ZAN3/4f/i/83/JwAWANz/FQAUABsA4f8WANP/2/8nACEAAQA0AIL/FAD3/xUA+/8ZABwAKADs/+P/v/8UACIA0v/o/9v/GgAsABUADQDg/7z/GQAeANT/KgDP//H/IAAXANb/m//Q/xMA8/8dAB4AIgAmAOX/HwDA/6b/KQDJ/+f/0P+q/4r/lf/L/+v/xP+2/xcAOQDj/9H/BQAfADUA2//N/+L/4P+p/xQAr/+r/x4AAwDh/yUAyP+w/xQAwP+h/zYA2v/c/+T/5/8sACIAoP/g/8X/vP+s/+z/vP/4/6z/2P82ALf/3/+0/87/IgAaAA0AKQDd/7P/GADk/woALQDq/97/9v+7/+z/8/8TAP//+f8HANP/DADO/+H/AwAgAOv/2//K/8z/z//X/2MA4v8WABQA0v8RAAQARQAWAA4A2//q/7D///86ANf/GQAZAG0A2f8KADAAMwDH/ysAPQAyAFYALgAyABkAq/8vAMz/FwAoACgAXwDC/9D/0f9MABQA0v+l/xwAsv8xABQAGgDi/2j/GQAVAOb/rP/q/xQAMQAkAI3/EQDE/+P/FAA7ANH/s/8eAMT/NQDk/wQA0f8eACkAIwAdAF4A5/8qAOr//v8xANL/KwC1/+D/zv+h/+H/t//S/xQANADj/77/r//S/9//IgDO/w4Azf8sAO3/sf8xALD/4f+2/9v/0v+m/8n/wf/g/0EA5//i/9D/tv/i/6n/x//k/+T/7P+O/+P/2f85AC0APADd/xEAzf80ADQAKgCg/ygALQDh/+H/gP/Q/0wAyv+t/8z/1v+7/9D/1v9aAMf/KAD0/xoAsf/j/yMAy/8ZANX/1v+Y/4//zf+r/3j/7P8tAHH/gf/E/+3/4v+j/+3/2f/o/97/2f/R/+P/1P9h/ysAzP+w/9//NQAYANT/6//V/+X/zP/d/xcAxP/O/yQA2P/m/xsACQDd/9H/MAAwAEUAu/8BACAA0v/j/ykAEAAVACQAFwCv/ygA3//l/+L/1v+s/xYAJgAhACoAHgDj/y4A4v/p/yEALADm/yUAx/+5/zwA2P/p/+n/k//L/9X/BADT/9H/3/8UAOP/5P/j/zwAt/+1/x0APgDs/yQA2P/T/xQA1f+5/3b/IgB3/+D/6f/e/9v/sf+z/7X/IwCW/9b/4f8SADEAqP8VAA4A3P/C//L/5P8iAML/4f+r/xgABwABAMn/yf/l/yMA/f8nAOP/xP8nAN3/zf8UALP/MADb/yAA4/8VAMP/IgDm/87/GgAgADYAq//S/+D/JwDp/4v/6//T/xwA5/8fAMH/JQDS/6n/FAAQAB4A0/8iAAoADwDR/8b/FADG/xkA6f/a/yEAyv8mABwANwC2/8f/6v8UACUA6//i/9z/HQDW/xYABgAUANr/sP/l/+f/qv/K/+3/LgCw/yUAvf++/7n/FAC6/73/1f/r/93/4P/u/yYA3v/j//X/FQAnANv/vP/i/yEArP/a/8z/tP/S/9H/5f/M/9T/zP/W/8n/zf8ZAAIAKgDX/wYA5v/j/4r/x/+t//H/yv+8/2X/6//U/9f/Rf/O//3/sP/n/83/2v/l/xUAmf/m/xMAIwC//xcArv8sAB0A2v/U/zIASQAcAB8AEgAXAOj/5/+i/6//o//O//z/WAC9/zcA2P8MAEoATQD4/53/QwC2/zQA0/8IANX/p/+o/xcA1f8TAOj/hgB+//H/RADt/xwABACa/97/5P8QABUApv/a/4j/3f8RAPv/MADo/+z/QQBGAP7//f/V/yQA0v/m/+v/vv9BAK//sP/h/xYAGgDH/zQA3//C/63/BwBFAD4Asv8gAGYAgP+0/8H/LQDi/+T/4v+a/6T/tP8iAMD/zP+y/0EAFgDD/9j/2f86ADAAFAArANH/0P/f/+f/uf8YABQAJgAlAOj/HQDn/4z/IQDY/yEAIQDh/6T/6//i/1YA+v/X/9//0P8eACQA0f9IABgAx/8nAEAA3P/e/+f/IwDS/4//z//X/xwA2//r/x4AIgDP/8j/rf9FANv/0f8UABkAFgBSACIAHgDH/xcASgA3AM7/HADw/9r/y/8XAOj/6v+n/9T/z//K/8j/KADp/+X/1f8sACwArv8uACcAJwAcAJv/0/8fAOT/DQDJ/0QAy/+u/ysARAAZANz/6f++/+z/JQAwAND/6P/R/+v/3//F/7n/tP/s/6H/4//D/+j/yf8rAB4AHAAUALT/sf81ADcAJQDJ/8n/xv+i/zQAoP/l/8n/sP8zACoAIwAUAOn/yP/E/8j/vf+4/+H/v/+4/7L/0//W/9P/x/+s/9T/zf8jAC4AtP+9/87/t//X/83/qf+w/8v/4v/h/97/lv8lANT/FgDh/7H/xP+q/yEA2f8VADoAJQC5/+3/3f/l/xYA0P87AHj/4v8UAFgAPgDU/8H/nf8gADsAGADK/7D/w/8eAK7/JgDL/zsAJQAQAFcAFgA7AN7/4P8oABcAEQAiALb/FAAkAL3/pP8iAMz/y//j/+f/4//b/zEAIgBZABgAsP8cANb/3/8cAOL/1//D/8n/3P8TAIX/rP/d/8v/6f/R/zkA3v/J/8H/5P/Z/9n/vP/e/+b/sf/N/9f/6f81AOj/o/+m/83/DgAqADQAFQCv/xkA5v/r/+v/6//M/7P/AAD//9//yv9UALj/4P/g/8H/y/8VADAA8/81ALr/y//n/xYANgA0AMP/6//S/xIA5P8pAN//GQAXAOH/4v8tABsA5v98AOT/5//K/63/7P8vAAQAMwD8/7z/uv9dAMP/zv++/0EA0v+u/6T/vf/C/8L/NwDT/5//gP9HACMA5//n/xQA1v8eANT/yf/T/6L/8f/L/77/6v/O/ykA6P/b/+r/3v/N/93/0v/c/+L/4v8DANX/1/+S/6r/6f+j/+v/zf+C/5H/tv82AIT/9f/Q/wIAxv/P/6v/HgAgAK3/HAC3/+P/4/8sAM7/wf++/xUAlf/P/1UA2/8aAOP/3/+8/yQAuv9s/8T/NAAUANz/Zv/Q/xgAr/9j/+H/FgDi/87/z/80AAr/FADW/y8AFgAiAIz/BQBIAOH/tP8vAOL/jv8aAKv/FACK/8j/SQC//xcAFQDD/5f/FQDS/yUA6P/E/9n/6v++/zUAv//M/8//1f/E/7n/wf/P/9j/x//P/+r/zf/m/+T/4v/M/9X//P84AIj/sP89AJf/0v8SABsAtv/V/+L/JgCR/y4AHwCf/wAAvf/4/1QAGQDL/6D/6v/o/8//vf9GAPH/gP/w/6//FAA+AMv/IwAFANb/FQB7/8z/vv/J/xUANQAEACsAsv+K/xsAzf/l/8//0P8AABgAMgAUABYAFwAVACwALgDi/9H/6//q/+H/wv/i/87/NQAUAOf/5//q/xkAFQDN/7f/q//p/zYA8/8zAMj/sP/e/xYAMAAYAOT/5P/d/9j/u//Y/7f/6v/H/xUA4P8lACUAJgAWAPH/bv8sACUA2//p/6//SAC//+v/1f/q/5X/uf/Z/+z/2f/i/8v/zv8VANr/5P/i/9r/FADb/+n/FACr/+L/6v+t/xYA5//k/zoA5P/b/3b/IwAjAOb/HgBz/7n/3P/i/yAAp/8vAP3/QAAKAJX/+f/i/9D/wP+x/0QA2v/w/9P/BQDu/ykARQDK/8L/5v/W/8z/sP82AOr/FgDm/+v/0P/f/8L/0//M/3r/FADb/8H/JADl/zoAjv8lALn/tv/h/ysAu//J/xQAtf/M/8r/5v83ABYAFAAZAL//FgDX/9v/LwAUAEEAUADQ/ywAx/+b/4b/0/+7/+r/sv/W/+v/LwDa/9X/uP/d/3P/u//k/+X/zP+g//L/JQCs/9D/y/9HAOX/1P+j/7P/4//g/57/of/R/8L/vf/Z/yQAQQATANv/QgDt/xwA4P9aANT/6f/U/9z/5/8NABQAGQDh/0AA5//G/8//z/8iACwAh/+9/0gAIgDe/+H/zf/A/5L/wP/1/6//z/8HAMP/uP/C/9b/vv/R/0cAOQAwACMAEwAXAMz/QADE/xYAGgAgAMf/i//s/8z/JgAYAMr/OAApABgAGABFAB4ASQAiAFYA4v/U/+L/HgA1ABYAzP/L/8T/7P8GAMX/2v/K/zcAx//R/8v/9f/G/6P/2v/c/ykAz//L//f/KgDD/+X/MwD4/9b/wP/i/xwA0P8DAN3/JQDB/0sAr/89AOX/HADO/xoA4v9KANj/GgAEAFIArP/f/1cAFADj/+b/uv/c/yEAe/8ZANv/tv+0/xUAFwDe/xQAs//Y/xgAFACh/+L/2P8eABgALABFADMAAwAjAM3/GAAXAC8AKgC9/9z/3f8iAL3/OAAnAAoAJQCh//r/IQDf/+z/KAALAFMAXABIAD4ALADO/97/IwAJAM7/FABCALL/2v/Y/+T/LAAXAA4AJAARANb/PQACANf/1/8rAN7/c/8VADkAGQDl/77/DwDW/87/KABVACcAi/81AN//FgDp/+P/BQAzABEAJwAXABkAzf8kADEAxf/R/67/8//k/7P/1/8UABkAGQAgABoAGgAeAOv/FAAYALf/BQDc/9r/kP/d/yQAjP/6/+T/1P/a/3v/gv/I/+r/5v/F/8//x//Q/wQAXADa/+n/yf/V/8r/FgDa/9r/FAAtAA4Arv+P/9T/vv/R/0EAxP8WAMH/SADC/6X/FgDK/9n/wv+z/6z/4P+q/yIA2f8UAOP/6f/o/+j/3//P/9X//P/b/8P/zf/2/7T/yv/E/9X/1P/o/37/wP/Z/wQA6f/a/9r/u/89ABkAxv89ABYA0//Q/93/2P/d/xoAqf/o/+v/1f/a/93/zP/k/+f/sv8kANz/tP+1/3v/v/8dAOn/FAAvAN7/LAAeANn/xf8oABcA5P8UABcA3f8RANn/5v/e//z/GgAaAAwA0/85ADAAov/l/1r/yP8sAOb/3f83APf/0P/F/6j/GgDb/0sAJADp/9P/5v+Z/zgAyP/J/0sAvv/U/7v/0P/f/w4AFADq/9n/4v8UANX/xf/n/+f/6//+/yQAzf/B/+n/HADZ/x0AJACG/0UAq//l/9X/nf/j/8//qP+p/+H/1f/h/wAAFQAXAB8A2f+L/77/4v8WAOb/FgAVABIALwAVAKr/XQAWACsAn/8jAPn/AwDk/ysAFAAVABsA6f/o/8z/3P/Y/2MA6//w/9L/FQATAOL/8P89AOn/3v/T/xcAOgA2ANP/LQAwAHX/6//V/+n/qv8kAI3/m//e/xYAFwAVABQAy//s/w4AFADo/xcAm//h/xoAlP/Z/9X/1/8NANH/1f/Z/9//EQDp/+H/zP+4/9D/tP/E/7H/4/+7/+j/4v/J/9v/xP/E/9n/3v/f/83/3v+6/9T/0v+y/8r/5f/Y/63/zP/a/3T/y/88ANT/EADB/8n/0P/e/7b/1f8XANz/0v/E/zcAKgDe/8T/6f/7/xgAFADA/+n/sf8UADkA2f/p/+n/FADH/7v/7P8v/5P/CQDT/yAAzf8XALv/jf+l/5v/HgAtAJ3/HQBEALP/0P/W/8n/IADZ/+v/6/8vAAkAyf/B/+H/GQDI/+P/3P/r/6n/WQDO/xQAFADF/xUAxf/h/+H/EAAYABQAGQC8/9P/LAC8/9//tv8xAEcA6//o/+j/1P/d/7X/wv+q/xEArf/U/8n/yP8bAB0A1/8fAJr/IADF/7z//v/q//j/9P/g/8j/8P+p/0MA6/8aANX/0f/n/93/bP/7/7//sv/Y/73/OgDU/0wALQA3AIP/5v9aAL7/NQBMACoAMADx/+v/TwAqAMD/rv/+//b/qf+b/yMAGQDE/8r/1v9jAKj/FQAcALz/zf+K/6X/AgAEAFoAFgCb/+f/HQDb/xYABADo/+j/sf/L/zwALQAAAML/CwAHAPv/Pf/f/zUAwP/t/87/gP+2/yYAtP8NAL3/2/8AAAsAqP+3/6v/zv8HALD/0/8VAKf/8v/k/9f/+P/p//v/BgDm/yUAFwAyAP3/ov8aAL7/dP+3/8L/oP/w/zwAFgAZAOT/MgAgAOf/IgDJ/8z/SADQ/8T/5v/T/6j/xf8OAMr/NQAXADcARwAWAGEAvf+r/87/sP/y/9f/tf/E/xcAQQAVACAAwf/f/77/4v/9/zsADAAeACcAGAAEANf/5f8XAN3/5f9PABUAFAAUAL3/LgDG/+z/zP/O/9X/BAAIAOL/3v8NAOn/5f8VAOv/JgC4/9L/RADC/xUAHAAbANf/tv8aAOH/EgAgANH/4f8rAP7/LwDL/+L/LgABAMr/2P8rAML/7P+t/7P/1v/E/wIAx/8jAOX/HQDN/5H/GwBAAOb/3f/S/xQA7P/o/9L/4P8TAOj/OgCy/8r/FQBIAAAALAAUADEAKQDI/xUA3v8XANf/FADP/+H/SQAoAOL/w//6//D/3P+z/+X/9f9OANz/w//r/xMA9/+P/x3/0f83AGb/FQAfACwAyf+o/wIADQAyADkAIQDk/+X/FwDh/y8A1v8KANX/3v8dAP//5P+8/zIAzP/M/9X/4/9CAEIAuv/l/ycA2v/I/xgAOwDJ/+z/5f8YAKH/IgDk/+H/3f8DACoA5P8UADUA6f8VANL/5v8UACAA3f/h/8b/SADS/zgA1P/J/9r/HQAXABcAFwAdAKT/JwBBABQAFACr/9r/s/+c/xgAyf8YAOb/OgAeAN//3P95ANf/zv/l/8D/RwAWAOD/yP8pADkAzP/D/9L/4P/R/7P/sv/P/x4AHQAaAB0A1v/p/zUACADW//T/n//0/yoAPgC1/0sA5v/n/zYAOwAUACYAzv8UAOH/HABRAB4AIwDq/0QAzP83ADoA0f/j//P/FAC7/8H/4v+g/z8ACQDf/zAA5f8ZAMn/9P8dAAQAIAA7ABcA6f9LALT/AwA9AJ7/7//O/wgAFAAiAN//6v/N/0kA6v8iAPT/5P/l/zsA3//g/6b/FwAxAAUAFADc/x0Az/8oALn/RQBGAMH/6f/I/+3/mf/d/4f/VgDm/0AABgAbANT/7P+e/8D/PQDK/xQA1v8WAB4AKADb/ygAIwD9/9D/6P+x/8H/xv+u/zQAvP80AC8A5v/d/7j/HgDU/xgANADa/yoAvf9LAI//5v+l/+b/3v+V/6H/1P8pAOX/zv/k/8T/3v8XABQA+f+//+f/IACi/+H/vv/L/9v/ef/M/+j/1f/c/8r/wf8cAEUALwBIAOr/FAAUACAAlv/F/+X/3//F/8v/xv/e/9b/DAAYAOL/w//l/7v/uv/n/8j/BgAWACcA5f/i/9//FADi/87/OQDl/5P/KQDp/+n/OADi/ykAwf/h/+X/LgD3/8j/z/8CAOD/5v8OAOf/uf/O/93/1P/C/87/VAA+AF//LQDl/+n/HAAsADMADADR/9j/FwAlABQARAAaANn/FAD0/8H/EAAVAAkAbP9FAOv/NwBF//b/2/+d//n/FADX/6r/5f/H/8r/JgDM/53/NAArAMf/6f/T/73/c/9M/83/6f+m/5v/NADl/3j/EwAUAAwAzf/L/5r/GQD5/yAAHAAUABYA3f8fAOP/9v8eADQA4f/J/x4A4f/A/zQAEgC9/6v/LADW/+j/FADY/9b/KwAbAB0A3P8xAMn/JQDa/0IA1P/M/7X/XgBUAPL/4/8sACQAn/8uACQASgA8ACEAFAAcADUAIQAgAFMAKAAvANL/vv/b/wgAKAAaABoAJwAjACgAFgAoADIAFgAyAE0AHQDi/xQAFABAANf/KAAUACIAkv8RAMv/4//O/+j/FgDD/8z/kP+N/wQAMgDl/2UA0v81ACgAzf8jANv/BgDn/z0Azv8lAD4AKwDX/zQAJwBTAMX/HgA5ANv/2f/r/+v/2/+4/zEA2f8WAM7/HwB6/9//2f/n//P/wv+r/7j/v//S/+r/yf/n/5v/6f+r/xEAYP/K/0UAPgC7/w0Ayf8xABwA5v8vADwA2f+n/8r/5//Q/8r/wf/F/+b/FACy/8v/5v+0/7z/MgAvAMb/GQAbAOn/JADg/x4A6v/f/xYAtP8iAMj/IwDW/8T/3f/l/+z/KQA2AN7/HQDq/3v/CQAvACwABADH/xQAgv/9/8j/3P/n/+v/u/8rAOD/2v8UANf/0f8kABUA3P/j/8P/6/8YAA4AFADQ/7T/FABAAPb/5f/r/7f/1f8oAB4A5P8lAKT/5//T/+b/y//D/9j/5//n////6P8fABEA2f+7/+f/0P/2/8P/1/8WABYA0P/G/9T/vf/D/8z/1v/w/87/vf9UANX/uP+e/8b/4v/H/6r/6v/V/xIA3v8WAMv/uv/R/yIApf8UANv/1P+u/9D/FAC5/3r/x//I/+T/iP/j/8n/xP/N/9f/DQDD/87/2v/o/+T/6/8WAKT/NwARAMj/DAAIAOD/6/8YAE0AVgApAO//DQDE/9T/+P9CABYAyf/l/y0Atf/E//7/6v/9/xsAFAAVAB0AHgAcAB4AHgDJ/+T/CADr/+r/p//d/yoAov9LAOb/4v8wACMAFACo/7P/UP8pALz/CwDB/7b/hP9SAND/FQAUAOL/z/+U/zUAQgAoANr/1v8VAK7/5P/q/9T/6P/j/zgAIgDv/97/4P/i/xcA0v/l/7H/xP/N/xoA4P8kANH/4/8rAC8ASQD7/zQAGwAmABkAxf8kADgAOADd/xcAEACw/9X/yf/U/0oAFwBMAEwAKwAcACwAVQAVAC8APQCs/5z/4v/t/xQAFgCx/+f/8f/H//z/5f9OAAUADQC0/7X/FQDj/7T/FADg/97/wP/m/wYALwDh/+L/HQC1/33/MADf/+X/nv8fAKL/IADm/+n/7P+6/ykAMADq/9v/p//c/wIAzP9TAOT/nP8sAAwAcP/r/yEA4v/d/zYAHgA7AOj/MQArAEEANgDW/6f/JgDO/9X/uf/j/+L/v/8oAD0AKAAOAAkAuf+o/+D//P/T/zwAGADS/9z/tv++/83/OwAfABoAtP9UANX/zv8iANz/KwDU/+r/LQDm/63/4f/S/8n/PADF/9z/3v/n/+H/wv8jAMb/HACr/+r/DADK/xMA5/8VAD8AKQDM/wsAHgAZANf/6f/k/ysAFgA1AMn/zv9LANL/rP8UAPj/ewDZ/yAAFgBMADgA8v/U/7f/5v/l/3//FgAkACQAvf9LAMX/6v8pAOn/2f/X/ykApv/h/+X/x/9QALH/XwDX/9f/uv/r/9r/FQD7/7L/GAD//ywAGAAeACcAbf8ZAI3/rP/9/7//9/86ANz/qP/q/9b/0/+y/9D//v/j/8X/HwDl/7L/yP/S/8r/6f8EABYA4P8SACsAMAAQAOr/LQCx/+P/7P8qAOb/HwDn/+n/0v/r/97/uv/h/7v/3//6/8D/of/J/8v/1f+M/9j/qf/G/7T/6//a/+v/1f/L/8f/zP+w/73/uP+9/9//1v/f/73/xP8gAMb/8f/a/9v/4P/f/w0ACADQ/+X/pf/F/xQA2f+7/77/3//p/8P/JwDX/7b/v//Y/8P/yf+0/7D/FgDO/+r/9v/R/+j/wP8eAKn/w//N/9v/5v/S/8//5v/U/9D/0f/2/77/FgDG/97/mv+N/+L/d/80AMz/FAAyANj/n/9HALP/3f+9/wEAs//N/xoArv/n/73/zf/n/+b/4f8XAM3/3f8uAP7/cQDn/+z/hP/m/8f/6f/Y/7P/JAAUABwAs/8UAL3/2P9KAOL/vP/h/ykARACU/1QAMgAAAN7/4v/V/8L/zP/B/xAAIgAhAMn/0//n/+v/6f/M/ywAAgDZ/6z/CwDl/yAAQgDq/9L/0f/V/xUA7v8VAOT/IADm/9L/x//d/5v/FwBo/40Atf8fABQA4/8WALD/IgBJ/5z/v/+w/yUAKwBIALP/kf/p/63/GQDj//b/PQC0/+L/qP/W/wEAuf8kACMAJwDp/9D/PAAYAP3/FADr/xQA3/8EAOf/5f+y/77/6P8wAOb/5f/W/9r/2/8OANv/1f/X/9j/7P/o/9L/5//d/8b/NACy/83/JABm/3//m/+m/10Apv8QAK3/tf9j/xAAlf/f/8b/tf/S/7D/SADB/yQApf90ANL/sP+F/6L/f/+y/2H/jv8u/0cA7/+1/zMAFgApAOX/yv84AJb/3v+K/+v/9v+i/x8Aqv81ALH/IAAKANr/T/+0/9L/FACx/z0ASQAUANr/awCT/xUANAAoAF//4/9T/3n/v//r/8f/1P8b/7//TgDX/57/uP+5/4T/dP82ALL/q/8gAPP//v6s/yEAVADm/nX/2P+Q/8b/sP+t/5D/y/8pAFX/g/80ADMAVf+U/6X/3P8sABUASACu/5P/DQBUALr/dv+t/xQAVv/J/6L/JQCk/+L/lv8LAHb/nf/R/1YAGAA3AL7/o/95/ysArf+1/7b/vv/L/03/WwAuAMH/2P/l/wwABgDA/zkACABaAPT/O//S/wIAbP+V/xgAPgDP/8L/zv+v/6D/vv+e/5f/3P+t/0QAX/+f/+//IgDN/8n/PwBFADMAAwCo/6v/u/+Y/0oAHwBEANr/oP+t/+f/p//+/yEAXQC1/x0ADABEAHj/mv/5/xwAPQBV/1z/e//k/+n/EQDI/9b/Z/8kALn/z//I/yIAyP/D/y0AuP9c/77/8v/g/yb/x/76/zsAu/+c/3f/ggDt/2r/kP+F/9z/wf/I/8n/AwCe/4P/jf+M/9T/wv9UANr/s/8cAMH/EwDI/0b/of8dAEz/uf/X/3oAq/9d/+P/LwBBANP+rv9o/3T/kv9Q/6L/7f+4/+L/1//J/9j/9/+s/4b/kP80AGb/YP/q/53/5//E/wwAsP8VAHUAd/+f/5P/6f+G/3T/JAAkAM//df+1/23/vv/F/8b/t/+f/8f/bP9FABoAsf/+/7D/9/+g/0gAxP8YAOD/tP+z/4z/nf85ALL/vv+o/6H/xP+c/8H/PgDB/7j/qv+V/83//v8NAKr/UP/C/5L/KgDq/z0ARAAZAH//xP8lACMAyv+a/7j/bwBxAN7/BgBB/8D/wP+5/+z/cv8oABQAcv8DAOH/zP9n/7r/yv9a/9P/WgBbAC7/EwDb/yQAlf90/7T/LQDC/zIAj/8RAHf/d//3//z/r/8/ALH/t/+o/87/qv+J/9L/yv+g/5n/MAA6/0kAo/+X/6H/if/R/6P/gf+k/6j//P+g/ywAmv93/9D/nv8cAKv/vf+Z/x4Aqv/Z/87/o//n/83/x/+Z/3//oP+H/6T/LABDANL/JwCO/4T/J/+w/9z/oP+P////5/+t/8H/7v+v/5z/r//u/8H/NACY/xIA+f+g/6r/LwApAHX/PQD8/mP/If+9/77/wP+i/7D/mv8DANj/zv+1/3b/c/+5/9L/wf+k/3n/NgDH/4X/Y/+P/5P/hP96/0L/wv++//H/g//L/4X/o/8qAK//PQAaAJr/DQDQ/8H/7P8VAM7/2f9v/8b/k/9U/37/g/9o/+P/q/+Z/8f/EwDG/67/of+s/8T/OQBY/6X/vP9m/5j/9f/l/53/qP+L/yMA+P8wALn/RQCe/6f/CQDJ/8X/VwCy/xIAw/8LAKz/5f8nANr/oP+7/7L/OwAeAPz/BAAnAKz/FADU/+L/s//E//D/wf+8/63+LgCj/53/cf8bALD/nv+t/wYABgB//5r/t/+v/+X//v+Z/2f/yf5MAPL/kf/a/zIAPgAvAAkAz/8rAEMAyP+e/8P/3v97/9H/9/9y/5L/wP8WAP3/+f84AMn/S/9V/4H/HAANADAASgBNABkAjP/E/7v/VQBH/6X/zv8VAJP/v/+0/9f/sv9ZAHf+j//M/6T/DwDI/3EAhP/A/xgArv9SAKr/FwAXALv/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALT/HADF/3L/mP/o/9sAsgAHADQA+P/m/17/pf+z//f/WQCD/koAlQCu/2QAHgCL/w8Anv8LAHr/FAAHAAcA5P/d/7//5v/i/zgA0v8wAML/z/8xABQAz/8EACsA5P+7/87/CABxAP//xf84APr/MwDk/8z/DwDl/83/6v8dAC4AcP/Z/+D/3v8YAMr/wP9hAL3/sP/s/xUAFADv/8n/1P/n/5n/rP9HAMX/6f8MANX/gP9WAEEA6v/p/2QAJQDh/x4AEADI/9b/IACw/+D/0/+9/+b/zf8qACIA1P/F/8X/xf81AOj/a/8wANf/5f++/yIAxP/i/8//cv89AMj/7//0/5P/IgAWAMr/6v/3/xcA/f/Q/9L/BgAHANn//f+N/77/wv8XAAAA5f8UABQAHwBFANz/tv+P//b/DgBUAPT/7/+0/7H/TwBUACUASAAOAOX/qv8kAMn/FQD1/zMAFADa/+b/9P/Z/6D/vv8MAIz/5/85AMf/DwCP/+j/xf8rACYAxf8wABoAJADA/7L/GQAQACwA4f8EAOr/v//g/7n/x//6/1//BwDD/9r/MgCs/9f/PgAWACwAFABj/5r/1P/h/8T/1v/V/73/i/8WACIAzv8rAMv/DgC5/8L/FQDj/93/1f8WAD0A5v8WAAcA3f/Q/yAAEQDN/+j/zf+S/6v/2P/n/7r/WgDv/wYA+/+0/7L/xf/b/8f/GwD2/yMA2v+u/y8AVQDc/+v/RQA6AL//CwDr/zMAmP/n/wEA9P/m/+//4v/K/x4A/f9fAOL/FgDj/6b/IAAtACgALAAmAM7/zf/b/7v/FwBMAEoA4f8XAJQAxv8gAMb/zf/V/xcAyf/E/+T/DgDr//X/NgDp/xgA2/+4/7z/t/+j/4H/FwDg/63/yf+2/w8A0f8WABgAt//g/ysAMQDk/9z/7P9s/zkAKwAYALf/EwD+/7v/DwDe/8r/AgDb/+L/zP+8/xMAqv/p/6z/CgBGAOT/uv8oABQAGgD5/9f/7/+5/xcAJgCk/xoA6P/L/93/u/8dABIAGwDn/7f/4//m/63/2P/q/1QAzf8XAHH/EQDJ/7T/sP/M/8D/x/8UAND/1f/O/xcAMADU/+z/LABdALH/PQCSACUA3v8aAPT/IQAUAGH/NAA4ALv/FQC2/wYA3/87AMj/HgCF/8b/YwDh/04A1f85AAsArf/F/xkAFADO/7//3//Q/8v/MgDM/7v/4f/H/+z/GwApAKz/1v8PAB0Atv8KAPr/r////yQAKQDy/+j/ov+8//X/4/85AMr/w/9KAKP/vf/i/9r/DQDk/7T/6f+c/7X////n/ysA0//Q/+D/3v/P/xUACgC3/xgArv/h/z0AJwDm/23/PwATAJ3/UgCj/47/nv/U/+j/EwC///n/8f/0/8r/HADK/0oAMQAqAB4AEgDZ/+D/nP8CACAALAD8/9T/JQC8/0YA5/82ALT/fv++/9n/2/////v/5/8/AC4A2//y/+L/5//q/8f/CgAqAP//YQCR/7H/v/+g/+L/q/8nAL7/2f8qAP7/SADZ/xwAGQAdALf/7//a/6H/7/8FABIAzf86AD0ADwDG/8H/wP8qAAUAFwDq/+f/0P/P/yoAKADH//z/mv/Y/9z/awDm/9b/y/8qADQAFQAqABcA2/99/2z/DgDK/8f/2/9AADwA///v/8L/rv+t/8v/TACG/wAAd//k/7L/CgDb/7//EQCm/8D/LwDD/xUASgDc/yoAxP/0/w8AuP/e/5b/JQAfAA8AFADp/zAAXAAOAJj/yf/N//H/qf9LALH/oP/Q//H/0f8fAOv/v/8RAMv/YQDX/4v/vf/V/x4A7f9f/+z/AQAUAP3/NwDd////4P8iAAIA0f8PAD8At//a/7f/sf/m/77/DQCK//X/2v/m/xgAyf/W/8D/2f/+/wsA3f8lAKT/5P/j/yUA5v/r/+v/IgDi/9T/DQANAMj/qP/P/77/+/+R/8P/4v+p/9r/0/8CAAoAlv8UAAcAo//K/8n/wv8LAOv/r/8KANz/RQDr/9T/6/8CAL//zf9DAEQAKwDN/9n/wP/H/9L/2P+f/8H/uP8hAM3/1f/r/8X/6f8RAPv/3v+7/83/GAAmAKH/MgC5/y4AEABBABoA/v8QALz/NAC7//T/DwDA/6v/HgDr/yoA3v8EAAoA0P/m//j/3/8mALf/rf+7/7j/4f9ZAKP/tP8RACAA/v+1/8z/xv+w/w8Avv/Y/+T/5f/N/77/y/+9/+z/wf8vANf/KwAuAOf/IADb/2wAMgAEACsAzf9c/8//9//X/73/kv8QALH/4/8NAFkAJQDl/67/2//f/0AAv/+s/+T/MQDP//T/3f/g/+L/5f+2/xsATACu/0gADwD7/ywAAQCh/8//4v+8/87/8P8ZAAkArv+u//X/JP/I/+T/2/88ABUAHgCp/4f/LgDV/wIAAAAzAPz/9P8CAAEAlf+c/zYA3/8lAOL/0v8uAA4AGwDr/zEAHAAVAD4AIgAgAHsAIwDj/7j/JwA9AE4A5v/x/+7/6v+s/7D/vf8TAMr/7v8cAMH/LQAIADQA2v8UAOT/0f/W/+n/EgAaACMAzP/e/8P/KwDc/3//3//d/6X/0v+2/wUAPAAEAOz/6f+i/8f/sP/V/2oAHgAlANv/AwCF/+z/SwDW/8X/2v+3/+L/zf/a/xwA4v8PAHP/wv/R/6f/8v9NABUANwAUAEMARwBlACQAzv/V/7P/s/8mACYABABuAKr/4v/j/4r/1f8GAJr/AQDC/ygAqP/X/9v/7f8iAMn/HgAgALH/v//b/+z/xf/R/9f/3/8pAB8AWQDx/6YARADb/+r/kf+5/8X/ov+4/7j/yf+t/2EAof8SANr/yv8UAOj/0v8JAD4A6v/F/7v/QABIAN3/wf/I//H/KwCm/9b/KwCt/zcAwv/w/x4ABwDb/3T/3v8QANL/5P8sAOf/mv++/+H/7f+9/+z/vf9BAGsAtf/j/9f/JgDq/zQA4//q/6gA4P/d/+P/LAAFAOL/3//f/+j/3P8JAMz/IwBOAN//0P/c/xQAwf8UAD0Axv/C/67/mf/K/83/6P+q/2r/2P8zAC4AHQAWAOX/zv/M/7f/1P+M/zcALACQ/0IA2P9n/8P/KgDR/y8Az//f/8r/6//c/8f/yP8GACUAGQACAP7/9//I/yIAyP+9/8D/zP9EABgAw//z/8X/tf8gANf/7P/a/33/8//f/yQAGQDj/6j/TQAgAP3/IwApACMA6v8xAAMAcQDe/xUA9P/m/w4Ayv/d/x8AUQCe/ygAFACS/8//vP+1/+j//f/S/8f/8/+1/3j/u//Q/7b/uP+5/8P/GAAoABUARQD6/7r/wP8yABQAtv/T/9H/QQD8/9z/WQDU/8H/PwAJALn/d//j/x0AJwBmABwAw/+k/yUA6/+o/xgA7v/Z/9T/zv/q/9z/zf/x/xIAKADz/y0AFACg/5z/EgDJ/wEAKABIAPT/AQAWAPT/GgC+//v/LQDg//7/FgCw/+T/5P+t/9H/AACt/9j/3f8VAOL/OgASADgA6P/C/7z//f8UAAEA2f+5/wMAMQDn/7X/HADk/9H/5f8jALj/RgDE/+X/JgDB//j/w/+w/wwAnv8XANz/TgD+/7r/FwDT/8//6P/F/ygAGQC5/xcADwAeAPD/u//Q/ywAPQDe/yQAtP+y/4MAwf/P/5P/BQAOAL3//f+//0cAAQDd/0r/uP+5/9T/5//b/yIA0P/S/00ADAAtABMArP/j/xkAPwD5/zgANQAUAAkA9v+z/7z/BgDb//z/4P+y/xwA3P8RACAAYgDf/8j/3/9RANH/PgDO/0QAJADL/9X/8/+N/y4A0P/O/5b/GgDu/6D/1f/7/wcAwv/j/8T/GQCm//3/CwDP/5z/t/8bALH/EgAmAAcA4//E/8n/vf/p//z/kP8rANb/KgA6ACEAFAAFAMn/PwBCAFkA2P/s//X/HgAUANj/wf8UAJr/r/8SAKP/lv9X/0cA8v/u/xUAy/8iADkAyP83ANH/NAC+/7P/uv+x//D/LQCj/xQA5/8rAPz/1v/m/9r/6f8QANz/2/8UAA8AOgDE/7D/tv/K/xoAGgC5/xQANADI/xQAKQDQ/w0Aqv8pAAYA6f8HAMn/4P/p/9//+f8xAN//LQCx/5r/QQDt/zUA6f/b/5D/q/8BAP7/0v89ACMAtf+z/7r/EADT/7D/4//r/7n/zv+f/+n/7P/T/4T/1v8TAJ//sP/y/9H/FwDD/zMArP8HADIAFAAVAB8AGQA9AMH/zf8OABQA2v/n/wcAn/9HAJj/3P8jAC8A/v/a/53/LABUADkAHwAmAKAA6//h/10An/8TAOr/qf/j/wkAAAB//xsAOgDw/8P/IAC2/7r/DAAjAB8AFwAdANP/lP/M/+P/NAAjAIT/zf8lAAoA0//T/4//AQD7/wQAr//F//P/JwCP//P/RwDX/7L/x//W/y8Ayv8JAN3/EQAGALf/+//W/8X/vv+//yUAbP/n/wYAFACs/67/RgCAABkAIwD3/yUA4v+d/zMAzv8yAP3/AwDa/+P/GADm/43/4f/x/9L/v/8DANf/MwDH//n/zv/t/+b/FwDv/97/5P8JAML/xf8DALn/1//w/6r////g/6L/6f++/wAADAC8/0cA3//i/xEA+f+9/5z/8P/A/83/wv8DABUAyf+g/5n/qP/a/0EA5f9PABQA5P8oABgAzf+X/8T/LAACADYA3v8PAM7/4f/m/+L/2P/n/9//0//V/+P/3v/W/+z/5P8BAI//yv/E/6P/5f/F/9L/IwDj/zIA0P/1/93/2/+z/+n/BAABAOT/sP8YADkAQQBDABcA1v/W/9L/0v+d/7n/FADM/7L/of/M/+L/IgAnAP//BgDW/67/3P8aAEIAv/83ANj/DgCm/+r/JgD5/zMAyv8DACkA2f8HAA4Auf+h/+r/JwDX/8v/TAD4/8H/3v81AAgAgf+1/6r/3P8kAEAAsf+mAND/6f/R/zYA3//c/+n/SQCd/8P/qP/H/w0AFAAXAAUA0v/O/+v/HADc/xgA5v/p/8T/NQDZ/xoAKADF/63/5v8cADoArv94ABcAEgAVAC4A5v+v/wcA1v/b//r/uP+X/7v/LwDJ/7//1v/S/x8A6/8KAAgA5f+U/9r/sP+k/xoAGwAFANz/0f8nAOT/0//a/wIAz//W/8H/x/8VAD4AMwAqANz/8f/Q/9//z//W/5n/uP/l/7P/8P9o/40AvP/o/0wAGgA4AOv/GgDe/87/NAD5/8b/IAA/ADYADwAHANr/wP80ACQAKQAvABoAGgAaABoAFACc/8L/0//n/yAADQDd/8r/4f/A/1gAGQDh/83/wv+w/wUAyf+q/x8A0f9OAHz/qf/M//j/GADd/zoAxf/V/9D/0P9OAJ3/TADS/ygAdv///7H/AQCg/zoAl//l/6//4P/k/ysAaf/O//j/5//H/w8AHwAAALv/yv/p/x0A1v9//wcAvv+2/9T/vv/N/zsAuf8TAN//0//l/1oALAAsACwAFQAfAB8ANwAWACYA6//o/7z/5//l/7b/KQAXALD/7P/d//D/w/8WAA8AOwDl/8H/Pf+3/yYAzv/T/xUA6f9z//b/3//v/6z/mv+K/wcA0P/Q/xcAMQAfAOD//f/J/6j/s//Z/ycAHwAJAOX/JwDp//T/6f/H/ykAuP8OALn/6f/a/9D/xv/9/+v/2//K/73/vP9nAKv/7P+r/+r/OwAUABcAJAA5ANr/BQA7AJn/4f8EAMD/HgDF/yYAGQC0/8r/sf8gAEIAUgDB/yEAJQC3/7f/sv/P/wMAvv/f/yIAzv8OAMb/0P+Q/7b/0P+m/9L/nv/f/7T/7P8qAJb/wP+p/wsA3f/k/8f/HgAtAO//xP+2/yQA0P/t/77/zf/l/yoAoP8cAC0A4f/h/53/s//6/8T/rf+Z/8P/TgAcAL7/qP81AOH/0f/h/5b/mv8PAOj/tf/h//v/EAC9/7n/NQAOAOX/9f/V/zAAMABFAJf/u//j//T/KADf/8//1v8RAAQARwAAACkA4/8aADEAqf+u/x4A5//m/yYAx/8mAM//9v/u/2T/zv82AKn/HAC0/+P/NQDk/8D/yv8RABkA7P+y/wcAlP8UANX/t//W/7j/6f/B/6j/tf8jAFQA4f8FAA4AcP/g/wUAyv////L/DAC0/+T/IgCQ/+H/JgA7ANX/BAC+/7//+//+/33/4/8aACAA4//X/8P/WgD3/woA1P8vALb/wP/R/9H/BAD9/8D/BgAlANr/6/+4/6D/wP/s/9r/IgAUAKH/1P+E/+r/BwDf/9v/nP9aAAUAx/+l/xQAGgDr/xEA5v/y/97/4//+/9T/t//W/5f//v+v/8X/LQD3//P/HQAGAMr/tP/S/87/3//n/83/u//a/yMA1/8jAL//FwDl/67/CQDy/7//tf8yAB8AHwAAAAcANAAgAKL/r//b/7v//f8JAFsAu/+p/yoAn//A/8z/NwDX/xYA7v8wAKr/FAAdAB4A1v/f/9P/5//Y/z4AIQDB/+H/AwD6/xoA1//f/6z/EwAlAOP/9f+HABwAGwDi/yIA5f8XAM//yP/P/9f/zf8cAJv/tP8YAMr/y/8bANH/NQD9/7r/FwBxABgA8v8NABYA6v+m/9T/k//t/6f/1P8uANH/MAAnANz/AwCo/+z/JQAwAP7/2v81APH/av/K/7H/BwAkACsA1v8OANb/0v/U/+//xP+z/+L/8f8gAO//0P+5/+n/+/8cADIA6P/o/y0A2/86AIr/p//K/9r/BwA8ADsAWwASAL7/GQCe/+b/EADb/yAAy/+3/8v/tv/4/1P/y//p//n/8P/C/wUAJADd/8H/4P/h/9//+v8XALP/s/+m/xUAsf/S/y4A5v8NAC0ADQAgAJj/6//S/xIA1P8bADIAtv+q/63/s/+T/+z/KQDk/xgAMwADACgA0v/b/xIAAQDT/xcAJgCr/+f/+v/7/2IA4f+0/9z/wP8VANn/7P8LAMT/jf/S/9D/2//N/9X/GAAUABYAFwAVAP//LgDi/7r/4v/i/33/sP+f/y0AIADn//f/6v8ZALj/FQBRAKv/1v/d/6T/TQD6/9L/AgDm/6//FgC5//D/5P/Z/7v/8v/M/8D/EADl/yUAJQAUAOz/5P/S/xQAtv+t/zn/rf/X/xEAqv8fAN3/PQBz/7n/0v/c/9X/+v8LAOX/BQDO/w4Aqf8o/00AzP/G/x8ABQDe/8b/x/8hAAIA0P/f/8L/0//M/87/OgAvAPz/lv/c/+D/mf/N/8z/1f/L/0cAmf/f/xsADQAeAPH/z/86AO//JgDZ/2n/OgAjAOH/5//N/8D/6v/v/9b/AgDZ/2UAGgDn/9//JgAYAMr/OAAUAA4AWwC0////RQAeAMf/SQDy/73/DgDU/+L/6P8kADUA5//R/7r/yv83AJH/rf+1/3f/3/+1/wEA2/8pAOj/sf/2/yoAKwDU/6//zf8JALb/vP8DANf/JQAoAK//BQAkAKn/FgAQALj/AwDY/x4AFABLAAkAJgC4/63/7f///+L/6P94AFoAOgC9/yIA/f/C/wkA1v/z////UwD4/7//HwArACwA0/8lAM7/GwDO/xQAHwDk/83/iP/Q/w4A8//J/5v/0v/k/xQALQDl/9D/tv/N/4H/qP/Y/xQAFgDF/zMA8f/0/ywAh/8UAKn/+P+H/8f/rv8VAA8Apf/N/6L/1v/1/yAAn/+//5//y/+u/+v/yv/R/9//wv/C/zQAaP/D/xMAKQDB/9n/xf89ABUArv8gADEA0P/d/9r/DADc/w8A0/8FADIAs/9o/0gA5v+l/6z/MwBk/7n/3/9rACEAJAAdANf/BgDc/+H/9v/Q/93/4P/U/+T/x/+G//v/IgCx/xQA7f/Z/zsA5v+d/9r/IwC6////iv++//3/h/+N/0EA2f/V/9f/DQDR/9X/2f/f/xEA6f/h/8z/uP/Q/7T/xP+n/0EAr/+G/9j/AQDy/47/dv/V/xwAMAAUAOn/AACz/7n/pP8rAOv/6/8XABYAFQC9/5X/4f+v/1kA9v8dAMP/9v/h/7T/EAC7/zwAyf8wABQAEwAvAFgAlv80AP7/wv+0/9H/CwC9/wUAVADb/wAAwv/3/6j/k//O/wcAsP+7/9P/BAAVAKH/8v/k/9f/7//M/x0A0v/7/wYA5v/3/xkAgP+g/xIA0P+1/0EAAgDJ/0IAhf/i//3/SwBzAAQAIQAeANn/BQB5//3/+P+1/8b/0v8SANb/MQANAOb/hP8/AJr/qf8UAK//6f95ALT/TwCv/8P/0v+s/9H/qv+z/57/LADE/zQAGQA4ALz/hv/L/8P/vv+m/yQA8v8CAKz/tv/Q/9v/7f8tANj/nv////T/qv/W/zQA4/+X/6b/tv+o/3YAs//V/xQAFACt/4n/3//I/wwAif8MAM3/5v+D/+j/FgADACcAyP8VAN7/PgCL/+P/KAAZAMT/p//O/0oAPgBG/+v/LQAcANX/FAAyADMA2f8oAAgA7P/b/9b/1f/X/8f/6f8HAPr/FAAkABYAHwCV/7b/6P8UANj/1v8BALX/XgBKAFAAVADy/+H/yv9DAHoAOgCz/z8A0v9gABUALAA+AMj/9f/Q/wkArv+2/8P/zP8HAC4A0v8/AOL/NQAoAM3/IwDI/8//BgDh/z0ANQAqACsA7P8qACgAHgA+ADgA2P83AMX/3P/l/9L/s/8KAAIADgCT/8H/FADe/9T/rv/B/+b/SABr/wwAIwAPALb/IAAbACIAGgCk/+P/6/+7//3/pf+9/8f/0//S/yMA//9KANn/w//X/xsAkv/M/7L/1v8FAMX/EADb/9T/u/96/8f/pP+X/6T/yP8NAK//0f+1/8j/pf/m/woAFwAeAEIAyf80ABYAHgD1/x4Avf8eAOT/zv/2/xYAJAASALj/5//w/8T/KgB//0sAef+1/yMAKwAaAIX/8//s/9T/0f84AD8AKwALAC0Avv8zAO7/3v8HANL/iv+3//T////d/yEA7v+w/8r/HADJ/y4AHwBUAOz/4v/v/xQAnP+m/+D/xv/n/+b/PwBZAP7/wv/w/zIAr/+n//L/sv/a/+P/BwDg/xgAxP+j/87/zf85AB8AMAAnAMz/OADD/8j/zP+e/6z//P8bAPn/OQDy/+3/uf++/+b/4v+9/9X/xv/Z/9f/KQDX/7r/5P/m/9P/HgD8/wQA5v8oAEAA8//N/27/zf/h/87/mf8yAPH/OgA6AKv/zf/d/yAAWQDu/+b/BADd/+b/s/8BAKP/9f88ABwABADe/xsAvP8iACEAs//4/+P/rP/7/4//IADc/7r/GwATAOr/0v/F/7z/FQDu/83/sf/E//3/6v8SAI//pf+1//v/EgCv/xIABwD//+3/2/8mANr/v//H/6f/7P/D/9L/5v/B/zQA',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-45, -54, 4, -32, -32, -45, -36, -28],
    classWeights: 'AADB/wAA+v+y/w4AuP/d/9b/AADr/9j/AADZ/wAA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAOz/7v8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+D/7P/r/wAA+P8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/q/8v/1f/R/zwAwP+//+z/FADx//P/7P/s/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9f/y//j/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/x4A4P/z//P/2f/q/+f/6v8bAOj/4f/n/+n/5P/r/xgA6P/h/+z/6v/q/+X/6f8AAAAAAAAAAAAAAAAAAAAA9//w/wAAAAAAABoA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/GADV/9//4//r/+r/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAPT/AAD7//n/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/AADa/+z/2f/m/+j/DwDu//T/AAAAAAAA+f/w/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAADx/+3/7P/s/+3/7P/r/xQA6v/t/+z/7P/s/+z/6//o/+z/6//s/xQA7P/C/+b/AADo/xIA3f/U/wUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/2/+7/FADs/+v/AAAAAAAAAAAAAAAAAAAAAM7/AADq//r/8/8bAOX/2f8AAAAAAAAAAAAAAAAAAAAA7//s/+7/9P/s/+3/7P8UANP/DAAKALX/2P/v/9T/w//s/+z/8//0/+//7P8UAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/9//4v/o/+j/5/8ZAOH/FgDs/+b/7P8AAOf/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/4v/Z/+j/wP8AANT/6//q/+z/7P/r/+r/FQDs/9b/4f/Y/xQA1//f/wYAxf8AAAAAAAAAAAAAAAAAAAAA5f/H/+j/5v/n/+r/5f8YAAAAAAAAAAAAAAAAAAAAAADY/wYA5P/i/+X/2/8AAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+X/5P/x/+z/5P8cAOn/AAAAAAAAAAAAAAAAAAAAAOT/7P/s/+z/6//s/xYA7P/t/wAAAAD2/wAA+P8UAAAA7v8VAOz/7v/4/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAUAPT/AAAAAAAA7P/s//H/KADn//j/7//w/9z/2P/Y/+v/6//1/wAA+f8AABcA8f/y//r/6P8AAPn/3v/u/y0A2P/Y/9b/6//l/+P/1/8oAAAAAAAAAAAAAAAAAAAAAADp/+z/4v/r/+f/6f/c/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAA9/8UAAAA+P/v/+3/+v/s/+7/7P/v/wAA7/8UAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//b/7P/1/wAA7P8UAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/7/8AAAAAAAAaAOf/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/wAA6P/p/wAA0f8dAAAA7P8UAOz/7f/s/+z/5v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2P8AANf/2/8AANf/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/0//P/AAAUAO7/7v/u/wAAAAAAAAAA9/8AACMA8P/u//D/7P/1/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/+P/w/+3/FQDr/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/t//P/8f/s/xQA7f/r/+v/8f/s/+z/7P/s/xQA5P/E/wAAsv/Q/+//AADE/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8OAAAA4v/h/9z/2//f/9T/IQDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/z/+3/9P8UAOz/9/8AAAAAAAAAAAAAAAAAAAAA7P8AAPT/AAAAABQA7/8AAOj/AAAAAAAAAAAAAB4AAAAAAAAAAAAAAAAAAAAAAAAAEADK/53/gv+x/6T/7/+4/+3/FAAAAPH/7f/s/+z/7f/e/+b/xv/u/7f/s/8MALX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/+3/7P/0/xQA7P/s/x0Aw//Q/+r/0v/E/9H/4/8AAAAAAAAAAAAAAAAAAAAAx/8kALf/u/+7/wAAwP+5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8AAPL/AADx/+v/FgAAAAAAAAAAAAAAAAAAAAAAAADT/w0A2f/a/+7/5v8AANL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/9z/9//y/+n/FwDw/+z/7f/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8/8UAAAAAAAAAAAAAAAAAAAAAADU/xkA5v/Q/+j/9P/p/+D/AAAAAAAAAAAAAAAAAAAAAOH/KwDi//T/5f/e/9b/6//V/ykA1v/U/+n/4v/i/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAA8P/t/xQA8f/U/9b/2f/g/9b/5v80ANj/yv/X/8v/y//U/93/NADk/wAAAAAAAAAAAAAAAAAAAADp/+n/6//w/+3/FgDs/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADu/+//7f/s/+3/7P/s/xQA7P/u/+3/7P/s/9T/zP/Y/+f/0P/o/73/GwDt/+z/AAAAABQA7P/s//L/2f/n/+f/5f/Y/8D/IQDH/7//xP82AOX/wf/I/9P/CADs/+z/FADs/+7/7f/s/+z/6P/p//n/7P8YAO7/6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAD7/9//AAAfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/2f/i/9//4P8gAOP/3//t/+z/7v8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/6v8UAOz/7P/q/+z/6v/o/xgA7P/m//b/+//k/+r/AAAAAAAAAAAAAAAAAAAAANn/z/8TAOn/5P/b//X/AADs/+z/9v/3/xUA7P/s/8z/AAAAAAAAAAAAAAAAAAAAAAAAxv8AANT/AAD6/8L/sv/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/FAAAAPj/7//t//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/B/57/1v/D/7H/OwDL/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/AADX/9r/6f/f/9n/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/r/wAA5//l/wgA7f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v80AO3/AAAAANz/zf/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/xYA2v/f/9n/yf/q/+r/EwDr/+z/6f/u/+n/AAD7/+z/AAAAAAAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+v/7P/s/+z/6//q/xQA6f/j/+j/5P/o/+r/5f8YAAAAAAAAAAAAAAAAAAAAAADa/9n/IgDb/97/6f/Y/+X/2v/o/wAA3//7//b/FgDd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//T/AAAAAAAA+f/w/xQAAAAAAAAAAAAAAAAAAAAAAOH/6f/f/xYA8P/r/+r/1/8AAAAAAAAAAAAAAAAAAAAA3f/4/93/6f/l/93/EQDa/wAAAAAAAAAAAAAAAAAAAADl/8r/4f/h/+r/2/8gAO7/AAAAAAAAAAAAAAAAAAAAAOz/FQDs/+z/7P/s/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8UAAAA+P/v/+3/+v+v/9v/qv/j/wAAyP8AAAgAzv/P/7j/xv87AM3/sv+2/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/6/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAOz/7v8AAO7/FQDx/wAA7//Y/+v/6f8AAAAA8/8AAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/xQAAAD4/+//7f/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/Y/+L/4v/q/+z/HwDb/xIA6//s/+z/7f/x/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/4v/r/+r/6P/o/93/HQAAAAAAAAAAAAAAAAAAAAAA7//s/+7/9P/s/+3/7P8UAAAAAAAAAAAAAAAAAAAAAADU/9D/2v/T/9//3f/X/yEAzv/Z/8H/z/8oAM3/wv/i/8z/1//Q/+j/6P/2/yUA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//4//v/1P/6/zAAAAAAAAAAAAAAAAAAAAAAAAkA7P/s/+z/7f8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAEgAbALL/yP+t/8L/1P/B/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/KAD7/wAA8P/i/+r/8P/a/9v/4v/d/+H/3v8jANn/AAAAAAAAAAAAAAAAAAAAAAAA9/8UAAAA+P/v/+3/+v/t/xMAAAAAAPj/9f/w//X/7f8TAAAAAAD4//X/8P/1/+3/EwAAAAAA+P/1//D/9f/t/xMAAAAAAPj/9f/w//X/AAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAAAAAABMAAADP/83/3f/s/+r/AADt/xQAFQAAAAAAAAAAAPn/7P8AAOz/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A8//e/+r/6//j/9j/EwAAAAAAAAAAAAAAAAAAAAAA7f/m/+b/6f/k/x4A5//f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AADs/xQA7P/s/+z/5P/o/+L/6P/r/+v/6f8XAOv/4v8iAN7/3//c/+L/3P/n/+3/7f/2/+z/7P/s/+z/FADv/+z/7v/0/+z/7f/s/xQA7P/q//X/7P/3/wYAyP8QAPD/AAAAAAAAAADt//r/FADz/x8AAAD6//j/+v/l/+7/v/8AAOT/v//h/+j/4v/W/wAAAAAAAAAAAAAAAAAAAADq/+v/IgDs/+r/2v/q/+P/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/v/xQA7P/j/xwA5v/l/+b/5//i/+X/3v8fAOn/6P/a/+b/3f/m/wAAAAAAAAAAAAAAAAAAAADz/xQA8//6/wAA8f/s//L/4/8bAOv/9//3/+3/1P/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA4//t/+v/6//r/+r/AAAAAAAAAAAAAAAAAAAAAO3/+P/z/9j/AAAAANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/6v/K/9X/2P/U/x0A1/8AAAAAAAAAAAAAAAAAAAAA2/8NAOj/7P/o/woA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAPP/AAD4/wAAAAAAAAAAAAAKAAAAFAD1/+3/AADs/+z/7v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7P/t/+//7P/s/+z/IwDs/+v/6//s/+z/7f8VAOv/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+7/7f8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6f/W/+H/7P8WAOv/6f8AAPr/AAAUAAAA7P8AAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAAAADq/wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/4/wAA8P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//l//H/7P8XAOz/AAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAADgAAAAAAAADt/+z/8P/1//X/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC8/yEAjP95/wAAr/+N/8P/7f/s//L/7v8UAO3/7f/t/wAAAAAAAAAAAAAAAAAAAADe/xwA4//n/+X/4//m/+P/7P8AAPT/AAAAABQA7/8AAAAAEQAAAAAAAAAAAAAA8v8AAPP/AAAAAAAAAAAAAA0A4P/a/+n/4v8fAN3/6P/n/+z/7P8UAOz/7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAA2//W/9b/2v/k/7z/DAAdAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//T/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/z//H/7P8UAO3/2P8ZAMf/0//a/9n/7P/S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/IwDs//f/8f/u/9H/3P8AAAAAAAAAAAAAAAAAAAAA7f8XAPD/AAAAAPv/6P8AAO7/GADt/+7/6v/q/+j/3P/e/yIA4//g/+L/3f/Z/+P/AAAAAAAAAAAAAAAAAAAAAN7/HQDh/+T/2v/g/+P/4P/s/+z/7//y//L/7P8UAOz/7f8AAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8ZAOr/6f/n/+j/6P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7//s/+z/7P/X/97/6v/q/+z/JwDo/wAAAAAAAAAAAAAAAAAAAADZ/xwA6//v/+b/7//l/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR//D/1f/b/+P/CADz/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/Y/wAAAAAoAOz/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/8v/s/+z/7P/v/wAAAAAAAAAAAAAAAAAAAADt/+z/7v8UAOz/7P/s/+z/AAAUAAAAAAAAAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAADq/+j/6f/o/wAAFgDl/+r/AAAAAAAAAAAAAAAAAAAAAOn/GADl/+v/6v/o/+X/5/8AAO3/AAAAABMAAAAAAAAA3v8eAOD/2P/N/+j/AADd/wAAAAAAAAAAAAAAAAAAAADG/1YAuP++/73/uP+n/7D/4P/o/+z/6//p/9f/4v8rAAAAHgD2/wAA+f/7/+j/AADB/8P/yv/X/+T/5//A/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//b/FADs/+z/7P/m/+b/6//t/+z/6v/m/xYA6P8AAAAAAAAAAPn/HgAAAAAAAAAAAAAAAAAAAAAAAAAAAN//4f/s//T/7P/Y/xQAAAAAAAAAAAAAAAAAAAAAAN//FgDq/+n/5//r/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAD4/wAA7/8AAO3/7/8AAOv/HwDj/wAA7P/m/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+7/AAD5//f/7v8AABMAAAD7/wAAAAAAANv/7P8nABQA4v/q//j/9v/m/+z/8f9DANX/z//Z/9z/tf+8/9X/AADp/9H/5f/o/+j/CADr/wAAAAAAAAAAAAAAAAAAAAD7/+z/5P/y/+7/4P8JANn/AADs/wAAAAAAAOz/FAAAABgA4v/p/+r/6P/r/+n/6f8AAAAAAAAAAAAAAAAAAAAA6//r//X/AAD5/wAAFwDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADy/wAAAAAUAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/1v/W/9f/2P/V/zkAzv/r/+v/7P/u/+3/6/8VAO//AAAAAAAAAAAAAAAAAAAAAOj/3//n/9n/2P8nANj/2P/s/+z/FADt/+7/7P/s/+z/4//p/xkA2//h/+n/6f/k/xMA2f/r/+H/2P/W/xQA5/8AAAAAAAAAAAAAAAAAAAAA0P/V/83/2f/k/+f/LgDd/+j/3v/m/+b/6//p/x0A7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/2/+7/8P/s/xUA6v/d/+z/7f8IAOn/BwDj/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/P/9z/6v/p/wAA9P8AAAAAAAAAAAAAAAAAAAAAAADu/+z/7P/v/+3/6/8UAOz/7P8UAOz/7P/s/+z/7P/s/+//5//0/+X/GwDt/+f/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/FQDw//j/FQDp/8X/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/9f8AAAAA+//3/wAAEQDY/xoA+//V/9T/5//Y/9P/uv8nANP/0f/a/9D/8v/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/6/8UAOv/4//t/9//7//q/63/t/8AAAwA0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7f/w/wAAAAAAAAAAAAAAAAAAAADG/8P/7P/Z/wYA2P8IAO7/AAANAAAA7P8AAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAA8/8OAAAA6/8UAOz/4P/k/+P/6v/0/9X/6f/s/+z/AAD6/xcA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAUAAAA7P8AAO3/6//s/+3/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAAAAAAAOz/AADz/xQA5/8AALP/pP/l/8f/AADk/xQA7P/t/+7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA+P/2/wAAAAAAAAAAFAAAAOz/FAAAAPb/AADs/+z/+/8AAAAAAAAAAAAAAAAAAAAA+v8RAAAA2f/r/9b/2v/W/+n/wv8OAKT/yP/h/+X/CAAAAAAAAAAAAAAAAAAAAAAAEwD3/+v/7v8AANj/6//q/wAAAAAAAAAAAAAAAPT/EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/Y/87/IADr/+f/+f/b/+D/7P/s/+z/7f8AABQA7P8AAAAAAAAAAAAAAAAAAAAAz//s/+z/7v/u/+z/FQDt/wAAAAAAAAAAAAAAAAAAAADE/8P/xf8XAMj/AADY/wYA5//s/+z/6v/s/yYA5f/Y/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/q/+3/FQDs/+v/AAAAAAAAAAAAAAAAAAAAAO3/FADw//L/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA8//w/7f/5P/s/8L/3P8AAO3/AAAAAPb/AAD4/xQAAADq//n/AADu//r/9P8XAO3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+//2/8QAOj/7f8QAN7/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FADs/+z/7P/s/+z/7P8UAOz/7f/u//P/+v8UAOz/7f/s/wAAAAAAAAAAAAAAAAAAAADz//L/wv+r/8j/BgDM/+D/AAAAAAAAAAAAAAAAAAAAAO3/KQDz/wAAzf/Y/73/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/FADy/wAAAADs/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/1f/q/wAA1//b/9H/CwDn//X/7P/l/97/FQDe//n/6//s/xQA7f/v/+z/7P/s/+z/7P8UAPH/9P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA9//w/+z/+f/u/+7/FAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7v8AAAAAAAD0/xYAAAAAAAAAAAAAAAAAAAAAAAAA7v/t//P/7f/0/xQA7P/3/+7/7f/z/+3/9P8UAOz/9/8AAAAAAAAAAAAAAAAAAAAA7P/v/wAA7f8AABgA5v/v/xQA7//s//f/9//s/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8f/z/+z/7P/s//j/7v8VAOz/7v/4/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//X/+f/6P/Z/9n/KADl/xoA5v/1/+//AADt/+r/AADa/wkA5v/3/wAAAADY/wAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAA7P8AAPP/FADs/+v/7P/p/+z/5//s/xYA7P/r/+z/9v8AAOz/FAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/v/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAFwAAAAAA+v/w/wAAAADs/+z/8P/w/+3/FADt/+3/7f/t/wAA7f/t/+z/7f8UAPn/FADt/+//7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/AADt/+3/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/s/+z/7P/s/xQA7P/t/+3/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAANj/EgDr/+f/AADs/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9P/z/wAAFADq/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8YAOr/8v/x//L/6P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAA7P/s/+z/7P/s/+z/FADs//b/1f8AAAAAAADq/ysAAADt/+3/+P8AAAAAFADo/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/v/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/6//s/+z/9P/0/x4A9P8AAPb/+//6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAO//7P8AAAAAAAAAAAAAAADs//P/FADs/+z/FADs/+z/6//s/+z/7P/s/xQA7f/t/+v/7P/t/+f/7v/S/9j/DgDl/9f/+f8AAAAAAAAAAAAAAAAAAAAA8f/7//P/AADu/xcA7P/5//H/AAAAAAAAAAAAABAAAADm/+z/7P/s/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7v/v/wAA7v/q/wAAAAAAAAAAAAD3/wAAAAAMAAAAAAAAAAAAAAAAAAAAAAATAAoAAAAAAAAA7//b/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAM3/AAAAAAAAAAAAAAAAAAAAAOz/7//s//n/7P/s/+3/FADw/wAAAAAAAOz/AADw/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAOz/AADw/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/O/+b/5P8sAPD/4//g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//k/+3/3v/6/yIA9//a/+z/6//i/+//7P8SANr/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7f/u/wAAAAAVAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc//v/AADq/wAAKQDW/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/r/+z/7P/r/+r/1v/6/wAA+//0/yYA6P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAA9v8AAOz/7P/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/+z/6//z/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/t/+z/FgDl/+v/6v/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//6/+z/FgDl/+3/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDs/+z/7P/s/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//X/AAD4/+z/7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/s/+7/4f/p/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOr/7P/s/+z/6v/p/+v/+f8UAO3/7//s/+z/7P/t/+z/7P/6/wAA9P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt//D/9//5/+z/7P/t/+z/7f/v/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA7f/0//P/8v/y/+7/7v8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/6v8SAOr/AADl/9j/2f/Y/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8UAAAAAAAAAO3/7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADi/+b/8P8AAO7/5P/l/xMA7f8UAPD/8v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//g//v/AAAAAPb/LwD7/+L/2P/1//n/AADd/ygA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//b/9v/s/xQA7f/t/+z/7P8AAPn/FADs/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/X/+L/2f/Y/ycA2P/Y/wAAAAAAAAAAAAAAAAAAAADx//D/8P/s//X/FADs/+z/2f/s/wAAAAAAABQAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAB4A9v8AAPn/+//o/wAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AABQAAADs/wAA7f8AAAAAAAD2/wAAFAAAAOz/9f/y//b/7f8AAOz/7f8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/3//H/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPH/8//s/+z/7P/4/wAA7f/w//L/8f/x/wAA8/8AAAAAAAAAAAAAAAAAAAAAFADs//D/+f8AAO//7f8AAOP/JADv/wAA8//7/9T/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9P/7/+v/AAAWAPr/7v8AAAAAAAAAAAAAAAAAAAAA1f/4/wAA6f/w/xUA4v/s/xQA7P/w//n/AADv/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA+f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/6//t/+T/5P8VAOv/3P8AAAAAAAAAAAAAAAAAAAAA6f/r//X/9f/5/wAAGADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/5v/k/zUA7P/Q/+b/yP/g/w8AAADc//f/5/8NAPb/6f/t//r/3v/3//P/7f8JAOz/9f/1/+3/8v/o/wAAFwDu/+3/8//t//T/FADs//f/7P/s/+7/7//v/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/+3/AADs/+z/7v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/wAA7f/t/+z/7f8UANP/6v8AAPj/AADr/ycA3//4/wAAAAAAAAAAFADs/wAA7P/s/+7/7//v/+z/FADt//f/7P/x/wAA7P/s/woA6/8AAAAAAAAAAAAAAAAAAAAA7P8AAPD/AAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOz/6//i/+n/zf/m/9//FADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADp//P/AAAAAAAAHgDn/wAAAAAAAAAAAAAAAAAAAAAAAOD/AAAAAAAAAAAAACAAAADs//b/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/8P/3//v/+P8VAPX/AAAAAAAAAAAAAAAAAAAAABQA7P/1//n/+f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA4f/e/+b/5P/j/97/HwDm/wAAAAAAAAAAAAAAAAAAAADt/+7/7f/1//P/AAAAAPX/z//Z/93/4v/f/87/MgDm/+z/9P/7/+v/AAAWAPr/7v8AAOz/AAAAAPP/7P/U/xQAAAAAAAAAAAAAAAAAAAAAABQA6//x/wAAAADu/+z/7P/s/xQA7f/u/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/t/+v/7P/s//D/8P/u/+z/FADw/+3/7P/w//X/9f/t/+z/FAD4//H/7//3/wAA4v8fAAAA9P/s/wAAAAAAAAAAFwAAAPT/7P8AAAAAAAAAABcAAAAAAAAAAAAAAAAAAAAAAAAA2v/x/+z/3f/e/xYA8P/q/wAAAAAAAAAAAAAAAAAAAADR/+j/9f/U/+f/xv/6/zwA7P8UAO3/8f/5/+3/7P/u/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/IQDt//P/7v/3/93/7v/t/+3/7/8AAPj/FADs/+z/7P/s//H/9v/2/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/+T/yv/J/8r/EAAAAMn/9f/6/wAAAAAAAPn/EwAAAAAAAAAAAAAAAAAAAAAAAADq/xkA5//Z/9j/2//r/+D/7/8UAAAA7P8AAAAA6//2/wAAAAAAAAAAAAAAAAAAAADr/xsA7f/x/+3/6//i/+z/8f/7//P/AADu/xcA7P/5/+j/FgDr/+v/7P/q/+v/6//6/wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkA7P/s/+z/7f8AAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOv/7f/x/+3/7P/s/xYA6v/s/+z/7P/q/+n/6/8SAAAAAAAAAAAA+f/u/wAAFADs/wAAAAAAAO7/7P8AABQA9f/y//j/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/yEA+P/5//f/+v/f/wAAAAAAAAAAAAAAABAA8/8AAOz/9f/1/+3/8v/o/wAAFwAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAABMAAAAAAOv/7f/u/wAAAAAVAAAA8f/s/+z/8v/w/+3/7P/s/xQA9P/n/+3/+v8sAPX/7P/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/xkA7P/f/9j/6v/s//j/0v/i/8//1f/Q/xQA0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAHAAAAFADt/wAAAAD2/+z/7f/u//r/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/7f8AAAAA7//s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/7P8UAOz/2/8wAOj/7//q/+L/4P/m/+v/FQDs/+z/6f/r/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P/l/yYAAAAAAPv/3P/j/+b/AAAAAAAAAAAAAAAAAAAAAPr/BwAAAAAAAAAAAAAAAADo/yEA7//0/+//+P/d/+//3f8tAMD/yv/O/9z/zv/Y/9H/OADr/9//+f8AANP/2P/M/x8A7P/n/+r/3//E/9L/6v8bAOj/4f/n/+n/5P/r//n/JQDu//v/+P/u/9z/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0AAAAAAAAAAAD4/9T/AADs//j/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAOz/5P/1//n/+//z/xQA7P/j/+T/4f/k/+n/5/8YAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA8P/y/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA3f/Z/+P/2//c/9z/DADt/xQA8v/6//b/+f/s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+n/6//w/+3/FgDs/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+b/7P/s/wAAAAAXAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/V/+L/6f/m/+P/HQDj/wAAAAAAAAAAAAAAAAAAAAAAAPr/AAAUAAAA7P8AAO3/AAAAAAAAAAAAAAAAAAAAAAAA2f/0/+r/7f/i/wAA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAOz/6//6/+z/7//s/9D/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/wAA+//s/+z/+v/z/xQA8//6/wAA8f/s//L/7P8UAOz/7P/d/+z/6P/1/wAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAD3/wAAGQDs/+z/7P/t/9r/7P/s/wAA8v8AAAAAAAASAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/9v8AAOz/FAD6/+z/6//s//b/AADs/xQA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/1v8XAOz/7P/q/+X/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/u/+z/7P/s/+X/9/8fAO//9P/i/93/6v8AAAAAAAAAAAAAAAAAAAAAFgDq/+v/7P/s/+v/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/y//b/7f8AAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2/wAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/t/wAAAAAAABQA7P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/6//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/q/+r/3v8VAOz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/FQDs/+z/7P/s/+r/7P8AAAAAAAAAAAAAAAAAAAAA7v/s/+z/7v/u/xQA7P/s/+z/7P8UAOv/7P/s/+v/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7v/v/wAA7v/q/wAAAAAAAAAAAAAAAAAAAAAAAOr/GADV/9//4//r/+r/5P/q/xYA6//s/+r/6v/q/+3/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/9//AAAAANv/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/g/+P/4v/c/yIA2v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvv/B//P/6f/4//X/MQDg/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/t//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/xQA8//s/+z/7P81AMX/t//o/87/0//K/+f/6v8WAOv/7P/q/+r/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAADb/9n/3//X/9L/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8f/0/wAA8v/x/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/yIA4f/r//f/5v/q/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAAAAAABQA5v/s/+3/7P8AAAAAAAAUAOb/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P88AAAAAAAAAPP/1//3/xQAAAAAAAAAAADu/+z/7f/s/+z/7//y//L/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//n/+z/7P/t/xQA7f/s/+z/9v8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+7/8//1/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADA/8X/5f/R/9z/1f82AM3/AAAAAAAAAAAAAAAAAAAAAO3/FwDp//P/8P/x/+j/8P/r/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7v/s/wAA7P/s/+z/7f/t/+v/FADs/+z/7P8AAAAA7//t/xQA8P8AAAAAAAAAAAAAAAAHAAAAFgAAAAAAAAAAAAAA6v8AAOf/4P/l/+z/7P8VAOz/7P/Y/+P/3v/Y/+f/6P8oAOr/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA2f/d/9r/1f/T/9//JADh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/W/+z/z//n/wcA5P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAA+v8AAO//FAAAAOz/AADs//D/8v/s/+z/7f/u/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPD/7P8AAPr/8v/s/+3/FADb/ysAAAD6/wAA7f/h/+n/4v8fAOf/9P/w/+T/4v/q/+z/7P/x//j/AADw/xQA7v/f/9v/AAD2//T/2/8AAOD/2v/r/+//7f/v/yEA5P/Y/xsAyP/q/wAAAADl/9H/5P8AAAAAAAAAAAAA8/8OAAAAAADh//H/AAAAABwA6//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwD4/wAA7P/w/wAA7v/t/xQA7P/s/+3/7f/2/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAGAD2/wAAAAAUAPf/5//s/wAAAAAAAAAAAAAAAAAAAADs/+z/AADw//n/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u//P/+v8UAOz/7f/s/93/2P/u//X/KADZ/9j/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AAAAAFADs/+z/8v/y/wAAAAAAAAAAAAAQAAAA7f/t/+//AAD4/xQA7P/s/+z/7P/s/+z/7P/s/xQA7P/q/+T/6f/r/+P/5v8cAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA7P8UAAAAFQDv/wAAAAAAAAAA7P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAA7v/1/wAA+P/s/+//FAAAAAoAAAAAAAAAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f/v/+//7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/x/+z/6//r/xQAAAAAAAAAAAAAAAAAAAAAAPP/7v8AAAAAAAD7/xQAAAAAAPj/AAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/+z/6//k/+v/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/7P/u/+z/6P8XAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/93/4f/s/+n/4P8jANr/AADd/8z/5P/Q/xUA2v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAA+v8AAOr/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f/s/xQA7P8UAPH/9P8AAPL/8f/t/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/s/+z/7P/s/+z/FADs/+z/3//o/+b/3f/i/+P/GgDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/97/6//v/+j/5/8XAOv/4v/S/+v/7P/n/+L/GwDr/+z/7P8UAOv/7P/s/+v/6f8AAAAAAAAAAAAAAAAAAAAA8/8AAAAAAADs/wAA8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgD4/wAAAAAAAAAA9f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA+P8AAAAAAAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+7/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7v/5//r/AADr/+z/9P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/y/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/6P/r/+T/7P8MAOz/7P/e/9X/2P8AAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/97/7f/Y/+H/DQDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/8v/u/+3/6//t/xUA7P/s/+z/7P8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAPn/7v8AAAAAAAAAAAAAAAAAAAAAAADs//X/+f8AAAAA8f8UAO3/AAAAAAAAAAAAAAAAAAAAAOb/4//k/+j/5P/e/+L/HQDq/+v/+v/s/xYA5f/t/+v/AAAAAAAAAAAAAAAAAAAAACEAxP/W/9X/9f+8/9X/8//s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAA8A+P8AAOn/9P8AAOv/2P/a/9j/2//p/wAA1v/Z/wUA7f/u//P/+v8UAOz/7f/s/xQA7P/t/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//H/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAxv/y/+3/6f/p/+f/7P8UAOz/AADv/+3/8//6/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu//T/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA9f/j//D/2f/Y/+D/7P8AAAAAAAAAAAAAAAAAAAAAFADx//T/AADy//H/7f8AAAAAAAAAAAAAAAAAAAAAAADo/+n/+f/s/xgA7v/q/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7//s/+z/7v/4//n/AAAAAPT/AAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAO//7f/s/+z/2f/n/wAAAAAAAAAA9/8AAAAADAAUAO3/7f/v/+//7f/s/+3/FADt/+3/7//v/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/u/wAAAAAYAO7/+//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/2/+7/FADs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8VAPP/AAAAAPj/6/8AAOz/7P/r/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/8//t//T/FADs//f/LADr/9r/2P/Y/9P/xv/Y/xsA2f/x//r/AADY/+z/9/8AAAAAAAAAAAAAAAAAAAAAAADv/wAAAAAAABUA+v/w/+7/7//u//X/AAAVAOv/AADY/w8AAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f8UAOz/7P/V/9f/1//Z/9n/1/8qANj/yP8yAN3/4P/f/8P/1P/c/+z/9f8AAAAAAAAUAOz/7P/m/+b/6//t/+z/6v/m/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/y//b/7f8AAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/7v8AAAAAAAAbAPb/0v/r/+z/7P/s//f/FQDr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+D/8P/j/+v/GgDm/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/FAAAAPj/7//t//r/FgAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAAAAAAAAAAADg//T/yP8AAMz/w//w/8H/7P/s/wAA8P/5/xQA6//s/wAAAAAAAAAAAAAAAAAAAAD0//n/+P/y/wAAFwDj/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+7/9P/s/+3/7P8UAOD/AAAWAL//1//W/8z/5P/q/wAAFQDa/9b/3f/f/9X/7P8UAOz/7P/s/+z/7f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/5/+v/HQD0/wAA6//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xEAy//z/8//z/8QANL/6//s//L/7v/t/+v/7f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv/wAAAAAAAPD/7f8AANv/AADY/9n/2/8nANj/2v8AAAAAAAAAAAAAAAAAAAAAAADY/+n/5/8AANv/4v/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/AADY/9r/3f8nANj/5f/Z/+v/6f/r/+z/EQAAAOz/AAAAAAAAAAAAAAAAAAAAAOj/9f/o/x8A7v8AAOT/7P8PAOf/5//r/+T/CADM/9j/AAAAAAAAAAAAAAAAAAAAAO7/7P/s/xQA7P/s/+r/7P/t/+z/8f8AAO7/FADs/+z/7f/H/6n/zP/v//P/uP8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/N/wAA9v/s/8n/0P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/e/wAA4//s/wYA6//r/wAA5P/h/9n/5//U/wAA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/3/wAAAADs/+z/8/8AAAkAyP/F/9z/1f8NAOn/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA2f8dANf/6f/0/9//5P/i/+v/6f/k/93/3/8AAAAA7/8AAAAAAAAAAAAAAAAAAAAAxf/R/ysA0v/a/+j/xf/E/+v/6v8UAOr/7P/r/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/9P/v/+z/FADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/7P/0/+//7v/s/+3/GQAAAPT/AAAAAAAA9/8AABgAAADz/wAAAAAAAPb/AAAAAPn/+v8AAAAA6f8eAAAA7P/s/+3/8//x/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/t/+v/AAAAAAAAAAAAAAAAAAAAAOf/6P/q/+n/6/8XAOr/6v8VAAAAAAAAAAAA6/8AAAAAFADs/+//8v/z/+z/7P/v/+z/6//s/+3/7P8UAOv/7P8XAOz/5f/t/+3/6f/p/+z/AAAAAAAAAAAAAAAAAAAAABQA7f8AAOz/AADs/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACADl//D/7f/s/+v/7P/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/z/+3/9P8UAOz/9//u/+3/8//t//T/FADs//f/7v/t//P/7f/0/xQA7P/3/xQA7P/t/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA1f/M/9D/6f/k/9P/LADO//n/JQDu//v/+P/u/9z/9v/t/xQA8P/y/+z/7P/s/+z/6v8WAOj/6//q/+v/6f/p/wAAAAAAAAAAAAAAAAAAAADs/+z/FADx//D/7P/s/+z/8/8AAAAAAADs/wAA8/8UAAAAAAAAAAAAAAAAAAAAAADu/+//AADz/+3/7f/s/xQA5v/s/+z/7P/s/+v/FQDs/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADY/+7/6P/a/wAA4f/s/wAA5//V/9b/3f8cAM3/3v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+v/AAAAAAAA9v8AABQAAADs/zgAt//i//b/3v+s/8r/3f/q/wAAAAD4/+f/7P/r/xcAFADt/wAAAAD2/+z/7f/u/wgA6//Z/+r/7v8GAOj/3v/N/8b/0P/b/9z/NQDS/83/8//v/+//8//z/xMA7//z/xUA6v/1//T/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A+P8AABQA7v/t/wAAAADv/+z/8P/z/wAAAAAAAAAA6P8ZAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/u//T/9P/u/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAAAB8A9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDr/+z/6//r/+n/6/8AAAoAAAAAAAAAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/xIAAAAAAAAAAADx/wAAAAAGAAAAAAAAAAAA+v8AAKv/6//Z/83/5f/p/xoA6v/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA7P/s/+z/7P/q/+z/AAAAAAAAAAAAAAAAAAAAABcA6//r/+3/7f/o/+n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAADs/wAA8/8UAOr/6f/T/9X/5f/m/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7f/s/xQA7P/p/+3/+v/e//f/8//t/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAADy//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/FADs/+z/AAAAAAAAAAAAABAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//j/+//7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA2//h/9j/5f/V/+f/5f/b//b/+v8AAAAA7/8jAPP/7P/u/+z/7/8AAO//FAD0/+z/7P/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/s/+z/6//q/xUA7P/s/+z/7P/t/+z/FADs/+z/FQDs/+z/6v/t/+z/6//t/wAAAAAAAAAAAAAAAAAAAADu/xUA7P/u//j/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOr/6v/r/xYA6v/r/+j/6//t/+j/7//d/+z/HgDi/+z/7P/s//P/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+j/+v/w/+z/7P8VAPD/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAOL/6v/4//b/5v/s//H/1f/w/+X/7P8AAOj/JADs/wAAAAAAAAAAAAAAAAAAAADU/+z/7P/t/+3/6/8XAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAAAAAABQA5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUA9//s/wAA2P8AAPP/IgDs/wAAAAAAAAAAAAAOAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/V/9f/6f/o/xUA7P/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7v8AAPX/FADs/+z/7P/s//H/9v8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8f/0/wAA8v/x/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9//6v/k/+P/6v8JAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//b/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+X/8f/s/xcA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/8f/5/+3/7P/u/+z/7//u/+7/7v/t/+z/FAAUAOz/AADv/+3/8//6/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD5//X/AAAAAOL/6//v/xQA7P/s//P/+P/s/+z/7P/s/+z/7v/3//P/7f8UAPH/4P8AAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAADk/xcA6//s/+f/6//p/+r/AAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDu//n/+v8AAOv/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAwAOz/AAAAAAAA3v/Q/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAOb/6//r/+v/7P/Y/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAAAAAAAAAQAAAA7P/s/wAAAADv/+3/FADw/xIA6//s/+z/7f/x/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABUA+f/1/wAAAADi/+v/7//s//T/7P/1//f/FQDu/+//8//k/7r/u//V/93/AAD5/xQA7P8AAOz/+P/s/+z/7P8AAAAAAAAAAAAA3P/t/ycAxP/P/8X/0f/a/wUA3P8FANH/zf/W/9//0f/S/8X/MADs/+z/7//y//L/7P8UAOz/2v/m/+n/6v/q/+n/6v8YAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/t//L/FQDs/+z/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8UAPj/AAAAAO3/7P8AABQA7P/t/+3/7P/s/+z/7P8AABQA9P8AAAAA+//s//P/7P/s/+z/6v/q/xQA7P/s/wAAAAAAAAAAAADw/wAAEAAAAAAAAAAAAAAA8P8AABAAAAAAAAAAAAAAAAAAAAAAABQA7v/x//L/8P/u/+z/7//s/+3/AADz/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/s/+z/7P/r/+z/FgDs/ykA1P/d/9v/2P/Z/9r/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADn/+z/7f/s/wAA7P8VAO3/7f8AAAAA9v8AAPj/FAAAAOz/1f/o/+7/5//X/woA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7//t/+z/7P8AAAAAAAAAAAAAAAAAAAAA0P/1/wAA3//0/xcA5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/g/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8/8UAAAAAAAAAAAAAAAAAAAAAAD7/xQAAAAAAPb/AADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//5f/x/+z/FwDs/+v/7P/v/+//AADu/+r/AAD0//r/8//s/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAMz/AADz/wAAAAD5/7//FwAAAAAAAAAAAAAAAAAAAAAA+v/u/wAA+f/3/+7/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/y//b/7f8AAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t//P/7f/0/xQA7P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/y/+z/7P/s/+//7f/t/wAA7f/t/+z/7f8UAN7/2//l/+P/4v8fAN7/4P/s/+z/7f/s/+z/7P/s/xQA7P/u/+3/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/o/wAAAADp/9n/AAAnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/3/wAAAAAVAO7/9f/s/9v/8f8AAAAAKQDq//f/3v8AAAAAAAAAAAAAAAAAAAAAAADa/+r/6f/c/97/3f8IABQA7P/u//L/7f/u/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/r/9H/zP/T/x0Ax//d/xUAxv/y/+3/6f/p/+f/7P8AAAAAAAAAAAAAAAAAAAAAAADs//r/AAAAAOz/FAAAAOn/FQDz/wAAAAD4/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FwDp/+n/6//q/+n/6f/s/xQA7P/s/+7/8P/s/+//7P/s//H/+P8AAPD/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAAAAAABQA5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAACIA3//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/xkA+P8AAAAA+//r//H/7f8UAPv/AADv//v/7f/v/97/2//l/9n/4P/l/yMA0/8AAAAAAAAAAAAAFQDt//D/7P/x/+z/8f/3/xQA7//y/xcA5//r/+v/7P/p/+j/7P8mALr/1v/F/9v/4f8QAOr/FQDZ//j/7P/5/+v/6P/s/+r/6//s/+n/7v8VAOr/5f8VAOr/7P/u/+z/7P/s/+v/AAAAAAAAAAAAAAAAAAAAACMA4//s//L/7P/g/97/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC8A8v/7/wAAAAD1/9H/4/8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD0/wAAAAAAAOz/7P/x/wAAAAAAAAAAAAAAAAAAAAAHAMb/4//o/+f/4v/G/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA4v/p/9n/3//c/9n/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJz/2v/L/9H/FgDl/83/7v/t/+3/7P8UAOz/7P/s/+T/AAD7/x8A6f8AAAYA9P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//j/AAAAAOz/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/6P/5//f/9//3/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAA8P/t/+v/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8f/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgA5f/w/+3/7P/r/+z/+/8AAAAAAAAAAAAAAAAAAAAA6f8YAOv/AADx/wAA5//v/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjAAAAAAAAAAAA3v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAADt/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAAAAO7/AAD2/9j/5P/h/+j/1f8eAOv/0f/U/93/4//k/9P/1P8qAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/9P/5/wAA9v8AABIA9P8AAAAAAAAAAAAAAAAAAAAAFADo/+r/7//1/+z/7P/x/wAAAAAAAAAAAAAAAAAAAADV/+7/8v/t//j/KQDh/9r/8f8AAAAAAAAAACIA3//v/+b/4P/w/+P/6/8aAOb/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/7P/T/+z/7f/N/+z/FQDt/+z/7f8AAPj/7P8AABQA5//R/+H/zv/4/9P/0/8sAOz/7P/s/+z/7P/s/+z/FADs/+z/8//s/+z/7P/s/xQAAAAAAAAAAAD3/wAAAAAMAOz/7P/t/+7/7P/s/+z/FADq/+v/7P/u/+n/6P/r/xUAAAAAAAAAAAAAAAAAAAAAAPD/7P8AAPr/8v/s/+3/FADr/+//AAAAAAAA7f8AACUA0//q/wAA7v/i/9//0v83AOz/7P/s/+z/7P/s/+3/FADs/+z/8//s/+z/7P/s/xQA6P8WAOr/6//q/+r/5v/p/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/6v8AAAAAAADn/x8A8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA1f/i//T/4P/j/9//4v/s/+z/9P/s//P/7f8UAOz/7v/t//P/7f/0/xQA7P/3/wAAAAAAAAAAAAAAAAAAAADm/+P/5P/o/+T/3v/i/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2/wAAAAAAAAAAFAAAAOz/7P/s/+z/7P/s/xQA7P/s/+7/7v/3/+3/FADv//H/6f/n/xcA6P/q/+X/6v/p/+D/2P8fAOL/5P/k/+D/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/yv/g/+v/GQDY/9f/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+r/7P/s/xUA6//s/+z/6//u/+//8f/p/xUA7v/s/+v/7v/v//H/6f8VAO7/AAAAAAAAAAAAAAAAAAAAABEA+P8AAAAAAAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+H/HQDn/+v/6v/d/+H/AAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAFAAAAAAAAAAAAPb/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+7/AAAAAAAA9P8WAAAA7P/s/+7/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADc/x0A7P/z/+L/7v/o//b/8P/s/+//AAD1/+z/8f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/m/+7/6f8AAOb/GAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/8f8UAOz/7P/y/8r/vP/r/9v/9v/W//b/AADW/+L/2f/m//j/0/8OAAAAJgD5/wAA+P8AAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAA9v8AAAAAAAAAAAAAAAAAAAAAAADn/xYA6//q/+r/6//o/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AADZ/8X/2//H/w4A0f8UAPD/7P/5//H/8P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7f8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADw//n/FADr/+z/AAAAAAAAAAAAAAAAAAAAAOr/+f8AAO7/+v/0/xcA7f/z/xQAAAAAAAAA7f/u/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/FAAAAAAAAADt//P/+/8AAPf/FAAAAPj/7//t//r/7P8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/FgDs/+z/7P/q/+r/5P/l/xwA4//q/+X/4f/r/xQA7P8AAAAAAADv/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOX/+P8AAAAA6//s/wAA7P/s/+z/7f/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAPn/HAAAAAAA9//s/wAA7P8VAOz/7P/s/+z/6v/s/wcA8v/s//j/AADs//n/AAAAAAAAAAAAAAAAAAAAAAAA7f/3/+z/7//z/+z/FAD4/8T/3/8TAOv/4v8oAM//5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/4v/P/93/2f/M/+v/HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPT/AAAAABQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//L/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/wAAnP/j/7T/2//m/woAyv8YAN7/v//Q/8z/6//r/xsAAAAAAAAAAADm//n/+/8UAOz/7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAML/7P/q/wAA0f8QANf/AAAAAAAAAAAAAOz/8/8UAAAAAAAAAAAA8P/w//H/EwDs/+z/7//l//H/7P8XAOz/AAAAAAAAAAAAAAAAAAAAAOv/3P/t/9r/8v8TAAAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/5v/l/+L/8P8pANn/1v/s/wAA9P8AAAAAFADv/wAAAADs/wAAAAAAAOz/FAAAAAAA7v/s/xQA9//s/+z/7v/4//H/7//3/wAA4v8fAAAAAAAAAOz/9f8AAOz/FADx/9z/9v/s/+z/+P/t/xUA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2f/r/xMA6v8IAOH/5v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA5f/x/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6//s/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAHwDi/93/1P/c/9X/2//W/wAAGAAAAAAAAAAAAOn/AADW/9n/3f/v/xcA3v/l/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+3/AAAAAO//7P/w/wAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAAAA0A5f/b/+P/KADh/9T/1//r/wAAAAAAAAAAAAAAAAAAAADZ/+b/3P/Z//v/6P8lAPP/6f/i/+X/9P8AAOL/HQD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+3/7P/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAAAD4/+f/7P/r/xcA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADq/wAAAAD4/+f/7P/r/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgDE/+T/5P/o/9r/+v/o//j/AAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPH/9P8AAPL/8f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp//P/AAAAAAAAHgDn/wAA4/8XAOv/6f/r/+z/6f/s/+z/+/8AAAAAAAAAABQAAADw/wAAAAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAPv/AADx/wAA7P8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+n/4v/p/+j/GADb/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/v/wAAAAAAABoA5//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/8r/4P/r/xkA2P/X/+j/+v/u/wAA+f/3/+7/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/woA5//3/93/AADk/+r/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAVAOr/7P/u/+z/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6v/s/+v/7P/r/xUA6v/i/+//5//o//H/1P8qAPH/AAAAAAAAAAAAAAAAAAAAAOf/FwDr/+f/6v/q/97/5f/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+n/5//s/+3/6//q/xYA6/8AAAAAAAAAAAAAAAAAAAAA6f/n/+z/7f/r/+r/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xcAAADs/wAA7f8AAPn/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+3/8v8VAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/r//L/EwDm/9j/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQAAADs/wAAAADr//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wcAAAAAAAAAAAAAAAAA6//h/+n/6//p/+P/HADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/7/8AAO//FAD0/+j/FwDr/+3/8f/s/+r/6v/w/xQAAAAAAAAA7f/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAPj/AAAAAAAAAADw/wAA2f/r/yIA2P/Z/+H/6f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/FwDr/+n/6//s/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAD4/xMAAADs/+z/8P/w/+7/7P8UAPD/AAAAAAAAAAAAAAAAAAAAAOv/2P8AANj/6/8AAM7/AADn/+D/5f/s/+z/FQDs/+z/AAAAAAAAAAAAAB8A+f/x/9f/0/8AANL/2/8AAM3/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s//H/AAAAAAAAAAAiAN//7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/r/+z/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA6//r/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt/+z/7v8UAOz/7P/s/+z/8v/5/wAAAADs/xQA7P/s//b/8P/w//r/8f8UAOz/AADv/+z/7f/v/+//FADs/+3/AAAAAAAAAAAAAAAAAAAAAO//7f8AAPv/6f8vAOD/xv/s/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAPr/+f/1//X/AAAyAOb/3/8AAAAAAAAAAAAAAAAAAAAA6v/r/+z/6f/u/xUA6v/l/8v/xP/Y/8H/wf8iABMA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/7P/v//X/9f/l/xkA7/8UAOz/7v/t/+3/7P/s/+z/8f/7//P/AADu/xcA7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8YAOj/8v/2/+v/6P/s/wAAAAAAAAAAAAAAAAAAAADs/xgA6P/y//b/6//o/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AABsA6v8AAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAA7f/6/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//n/AADu//r/9P8XAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAD6/xAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDu//n/+v8AAOv/7P/0/xQA7f8AAAAA9v/s/+3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAPj/AADv/wAA7f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/t/+z/FADs/+z/7P/n/+z/7P8UAOz/7f/s/xUA7P/u/+3/7P/r/+3/0//U/xwA3f/l/+r/4v/Y/wAAAAAAAAAAAAAAAAAAAADj/yQA7/8AAPP/+//U/+z/+/8UAAAAAAD2/wAA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//T/8/8AABQA7v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAAAA9/8AACMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/u//f/7f8UAO//8f/m/+//2f/2/+//1v/g/zIAAAAAAAAAAAAAAAAAAAAAABQA7P/u/+z/7P/s/+z/7P8GAO7/0f/G/wAA3P/X/+r/9P/R/9b/x//Y/9T/GgDX/+z/7v/t/wAAAAAUAO3/8f/s/+7/7f8AAAAAFADt//H/2f/p/9f/5f/y/7r/GQDi/+z/7v/u//f/7f8UAO//8f/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//t/+7/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAOv/AADs/+z/7P/s/+z/6//s/xQA2P/c//L/6P8AABQA7P/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDr/+z/6//r/+n/6//s/+z/8P/w/+3/FADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/p/+r/6v/r/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAAAAAAAAAAAA5v/5//v/7P8AAO7/8P/x/xQAAADz/xUAAAAAAAAAAADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAA+f8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/8P8UAO//7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/8r/6f/q//L/3v8dAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/s/+z/7P8UAPX/8v/2/+3/AADs/+3/FADq/wAAAAD4/+f/7P/r/xcAAAAAAOz/9f8AAOz/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAAAAPr/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/2f/2/xQA2P8AAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/z/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/t/+z/FADs/xQA7P/x//T/9P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6f/o/+n/3P/r/+v/FgDh/+z/7P/z//T/7//s/xQA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA+P8AAAAAAAAAAPD/AADb/w0A6P/s/+j/CgDr/+r/AAAAAAAAAAAAAAAAAAAAAK//2f/B/8T/0f8tAOP/3P8AAAAAAAAAAAAAAAAAAAAA7P/s//j/8P/t/xUA6//t/wAAAAAAAAAAAAAAAAAAAADt/xQA8P/y/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAEwAAAAAA7f8AAAAAAAAAABMAAAAAAOz/AADy/wAAAAAUAO7/AADY/+z/FADs//L/AADs/+z/7P/s/xQA7P/u/+3/7P/s/+3/AAAAAAAAAAATAAAAAADs/+z/7v/3//H/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/AADt/+3/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAOz/AADy/wAAAAAUAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+//7f8UAOz/7P8UAO7/7P/y/+//7P/s/+z/7P8AAPL/AAAAABQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM/97/1f/W/8z/z//T/y0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9f8AAPj/7P/v/xQAEgAAAAAAAAAAAPn/7v8AABIAAAAAAAAAAAD5/+7/AADs/xcA7f8AAPr/9//o//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/7P/u/+z/6P8XAOz/FAD4//f/AAAAAOz/7P/t/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/0P/f/wAAyf8PAPb/5f/e/93/KwDk//P/5f/s/9r/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7v8AAAAAGADu//v/8//X/9X/1//Y/9f/1v/X/yoAAAAAAAAAAAAAAAAAAAAAAOv/2v8nAMv/2v/o/7L/yP+//wsA4f/Z/9L/2P8RAAAA4P8eANj/3f/Y/+X/6//o/xQA7P8AAOz/+P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/7P8AAMj/wv/S/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/KADs/+v/8v/Z/9D/3f8AAAAAAAAAAAAAAAAAAAAA5f/e/93/zP/6/ykA0v/Z/wAAAAAAAAAAAAAAAAAAAADp/woAvv/O/9H/1f/R//j/AADn/+n/6f/4/+v/AADs/9j/0v/Z/+L/8v/s//D/AAAAAO7/AAAAAPn/7v8AABMAAAAAAAAAAAAAAAAAAAAAABUA5f/4/wAAAADr/+z/AADs/+//7P/x/wAA8f8UAPf/5P8WAOv/6f/s/+r/6v/e/+P/5P/h/+T/6f/n/xgA6P8UAO3/+P/w/wAA+f/t/+//AADy/wAAAAAAABQA7P8AAAAAAAAAAAAAAAAAAAAAAAATAOj/7P/s/+7/+P/r/9X/5//V//v/+f8AACgA7P/i/8X/0v/s/+z/9//s/xYA8P/r/93/6//x/+7/GADn/+v/2v/b/97/AAD7/9z/JQAAAMv/7P+2/+j/wv/q/9X/GwAAAAAAAAAAAAAAAAAAAAAA7P/H/9X/4f8XAOz/zv/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wAA6f/q/+j/EwDo/+P/8v/b/9b/5f8AAA0A4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/9/+v/8z/4v8AAB0Azv8AAAAAAAAAAAAAAAAAAAAA7f/t/+z/FADs/+z/7P/k/wAAAAAAAAAAAAAAAAAAAADK/+n/2P/M/+T/AADY/xMA7f/t/+z/FADs/+z/7P/k//r/+f/1//X/AAAyAOb/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xQA6//o//P/7P8AAOj/2/8aAOj/3v/m/+D/6f/n/xQA7f/t/+//7//t/+z/7f8AAAAAAAAAAAAAAAAAAAAA2v8VANn/5/8AAOz/0f/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt//D/9//5/+z/7P/t/yEA4f/m/+n/4f/j/9X/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/DgAAADAA4f/q/wAA+P/R/9n/6P8UAOz/7f/u/+3/7P/s/+z/7P/u/+7/9P/0/+7/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/3//j/AADs/xoA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/x/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/5v/q/+3/7f/r/xUA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqAAAAAAAAAAAAAADW/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+b/6v/t/+3/6/8VAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AABUA9P/6//P/7P8AAOz/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/9P/5/wAA9v8AABIA9P/4//X/AAAAAPv/9/8AABEA7v/t//P/7f/0/xQA7P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAPj/EAAAAOz/AAD0/wAAAAAUAO//AAAAABcAAAAAAPr/8P8AAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/w//f/+f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//y//L/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xYA6v/s/+r/6v/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/97/6//v/+j/5/8XAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAABAA8/8AAAAAAAAAAAAAAAAAAAAAAADY/+D/5v/f/+D/3P8lANn/8v/5/wAAAADs/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8AAAAAAAAAAAAAHgAAAOD/5//t/wAAAAAAAC8AAADq/+b/7P/s/wAAAAAXAPP/z//s/+z/7v/u/+z/FQDt/+z/7P8AAAAA7//t/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//j/AAAAAAAAAAATAAAA7f8UAPD/8v/s/+z/7P/s/+3/FADw//L/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAABQA7P/t/+3/7P8AAAAAFADs/+z/8v8AAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//X/+f8AAAAA8f8UAO3/7P/r/+z/7P/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDj/+3/6//r/+v/6v/t/xQAAAAAAAAAAADz//v/9P8UAAAAAAAAAO7/7//t/+z/8v8UAOz/5P/o/+v/5f/s/xQA7P/t/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/6//r//n/8//r/xUA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/3/8AAAAA+v/n/x4AAAAAAAAAAAAAAAAAAAAAAAAAFADi/+r/+P/2/+b/7P/x/+z/6//s/+//7//s/+z/FAAAAAAAAAAAAPD/8P/x/xMA2//R/+D/AAC2/7n/0f8VAOX/6/8UAPj/AADY/+L/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/HwDY/97/1f/k/+v/6P8MAOb/5v/p/9b/9//s/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/yIA4f/r//f/5v/q/93/AAAAAAAAAAAAAAAAAAAAABEA6f/s/wAAAADZ//D/AAAbAPH/7v8AAPb/7v/i//L/AAAAAAAAAAAAAAAAAAAAAAgAtP/U/8P/AAD6/+r/z/8fAMb/1v/F/+H/9v+t/9L/AAAAAAAAAAAAAAAAAAAAAAAA6//f/+D/1f/Z/woAAAAAAAAAAAAAAAAAAAAAAAAAEwDo/+r/6v/s//T/5//n/9j/6f/s/+7/8P8AAOz/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/4v/T/+f/GgDo/+P/5/8AAAAAAAAAAAAAAAAAAAAA3/8aAAAA9P/7/+j/6P/j/87/7v/c/9T/4P/t/wAA1f8AAAAAAAAAAAAAAAAAAAAAFADt//D/9//5/+z/7P/t/yEA4f/m/+n/4f/j/9X/4v8wAOH/6v8AAPj/0f/Z/+j/FADs/+3/7v/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/i/9f/3f/Y/xgA4/8AAOz/6//s/+3/7f/r/+z/FAAOAOD/1P++/9D/AADQ//r/FADt/wAA7P8AAOz/6//s/+v/FADr/+z/6//s/+z/7P8nANr/8f/6//n/5f/h/9z/BwDp/8z/wf/L/8b/yP8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8aAAAAAAAAAPn/HQAAAPD/FAAAAAAAAADt/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/8P/s/+z/7P8AAOb/2P/u/+b/6//l/xQAFQDs/+v/8v/0/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQDT/9r/zf/F/xIAwv/F/wAAAAAAAAAAAAAAAAAAAADs/+T/9f/5//v/8/8UAOz/7P/s/+7/7f/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//b/7v8UAOz/6/8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/w/+z/7P/s/8r/6P/e/+D/6//q/+n/IwApANT/3f/b/9j/2f/a/9b/AAAAAAAAAAAAAAAAAAAAAN7/2//l/9n/4P/l/yMA0/8qAOT/8P/3//L/4//V/93/AAAAAAAAAAAAAAAAAAAAANv/9v/6/wAAAADv/yMA8//u/+//7v/1/wAAFQDr/wAA7f/t//b/7P/s/+z/7P8UABEAAADb/9n/3//X/9L/4//h/+f/7P/t/+z/7P8bAOn/KQDR//f/7//q/9z/y/8AAOT/5f/i/+n/4P8aANz/6f/6/9v/BgDf/+T/EwDa/9f/AAAAAAAAAAAAAAAAAAAAANn/t//G/9f/zv8AAAAAv//2/8j/4v/B/8H/AAAbAL7/7f/t/+7/AAD1/xQA7P/s/9n/3f/v/+//7P8AANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7//2/+z/7P8UAOz/7v/t/+3/7P/s/+z/xP/a/9T/tv+A/wAAyP8PAO3/7P/s/+3/7f/r/+z/FADU/+z/7P/t/+3/6/8XAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//f/AAAAABUA7v/1/+z/6f/r/+r/7P/t/+z/FgDg/wAABgAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/6//s/+z/6//y/+3/+f/2/+z/FQDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8fAO3/5//b/+n/2P/e/xQA7//u//T/9f/s/+z/8P8AAPT/AAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAABgA2P/s/wAAAAAAAOj/7P8UAOz/7P/r/+z/7P/s/+z/MwD2/wAAAAAAAOb/zf/R/wAAAAAAAAAAAAAAAAAAAADE/+b/3//c/9L/yf8qAMn/AADa/+z/3P8UANr/4P/y/+r/+f8AAO7/+v/0/xcA7f/s/xQA7P/s/+z/7P/s/+z/7f8UAPD/8v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAiANH/5f/i/+X/4P/i/+L/0P/Z/9//9P8XANz/5P/s/+z/7P/w//D/7f8UAO3/7f8uAMv/0f/P/8v/wP/e/8n/GwDm/+j/2f/d/+L/5P/n//L/uP+3/8v/z//K/xkAzf/a/+X/6P/e/+X/1f8kAM//HADm/+b/5v/U/+f/4v/i/wAAAAAAAAAAAAAAAAAAAAAqAOv/6//L//T/zf/Q/9X/AAAAAAAAAAAAAAAAAAAAANj/6//b/9r/4//U/ycA1v/0/+z/AAAAAAAAAAAXAAAA5f8AAAAAAAAAABsAAAAAAOz/7//s//H/AADx/xQA9/8AAAAAAAAAAAAAAAAAAAAA7v/s/wAAAAAAABQA5//s/+//AAAAAAAAAAD6/xoAAAAAAAAAAAAAAAAAAAAAAAAA2f/q/+z/7P/o/+v/EgAAAOz/9f8AAAAAAAAUAOz/7P/t/wAAAAD2/wAA+P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAA8f/t/+z/7P/t/+T/CwDj/9n/5f/W//b/AAAAAAAAAAAAAAAAAAAAAAAA0P/P/8n/2f/W/8n/NAC7/wAAAAAAAAAAAAAAAAAAAADp/+z/7P/r/+z/6f8VAOz/7P/t/+r/7P/s/xUA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+z/FADs/xQA7P/t/+7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+7/7//x/+n/FQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//o/+r/5//q/xUA5//r/wAAAAAAAAAAAAAAAAAAAADo/+z/5//o/+//2f8mAO7/5//o/+r/5//q/xUA5//r/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6//r//X/AAD5/wAAFwDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA+f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjAOP/7P/y/+z/4P/e/93/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/6//s/+z/7P8UAOv/8f8AAAAA7v/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+X/8f/s/xcA7P+///v/0v/R/8//HQDJ/7n/+P8AAAAAAAAAAPn/AAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//4//v/1P/6/zAA7f/s/+3/AAD4/+z/AAAUAPv/FAAAAAAA9v8AAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/EQAAAAAAAAD2/wAAFAAAAOz/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/Z/+z/6/8aAOn/5v/Y/8b/CgDG/9X/HADn/+j/6P/q/+L/0//n/xoA6P/j/+f/5//i/+j/6//m/+b/GgDp/+b/4//k/+j/5P/e/+L/HQDq/+v/6P/s/xIA5P/q//H/7P8VAOz/7P/o/+r/7P/r/+z/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/t/xQA5v8AAAAAAAAAACcA2f/v//f/7P/x/wAA7P/s/woA6//3/8//6P/r/+n/3f/6/wAA6v/r/+v/6v/t/+v/7P8WANr/5v8AAPT/AADr/xcA9v8AABQAAAAAAAAA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL//j/+v/5/+7/3/8LAOv/AAAAAAAAAAAAAAAAAAAAAO3/7P8AAAAAFADs/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r//r/7P/v/+z/0P8VAPf/7P/x/wAA7P/s/woA6/8AAAAAAAAAAAAAAAAAAAAAFgDX/+z/8v/r/97/9f/X/wAAAAAAAAAAAAAAAAAAAADr/+z/7f/p/xUA6//s/+v/7P/s//D/AAAUAOv/6v/s/+j/7P/x/+//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/7f8UAAAA2P/s/97/8P/S/8//1//n/+z/1v8MAAAAAAAAAAAAAAAAAAAAAAASAPj/5f/f/93/0v/c/w8AFQDp/+v/6//s/+z/6//q/9v/AADd/8z/sf/B/87/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/yoA4//i/9v/0//h/9P/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/6//s/+z/7P/r/wAA1//R/+n/3f8OAM3/7P/s/+z/7P/s/xQA7P/r/wAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAAAAAAQAAAA5//g//v/AAAAAPb/LwD7/+z/FADt/+3/8P/s/+z/7P8VAPH/AAAAAAAAAADt//j/AAAAAAAAAAAAAAAAAAAAACMADAC2/8n/xP/N/7//xv/f/xwA5P/s/+3/5//l/+n/7P8UAOz/7f/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADK/zsA8P/4//n/2P/V/9//7f8UAAAAAAAAAAAA8//7/xYA6v/s/+z/7P/q/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//q/+n/7P/r/+z/6/8UAO3/7f/s/+z/7P/s/+7/EwD1//r/8//1/+7/9v/7/w8A9/8AAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADj/xsA5//p/+T/4v/o/+j/KADX//X/5f/6/+P/5P/n/wAAAAAAAAAAAAAAAAAAAADv/xYAAADq/wAA6//x//H/AAAAAAAAAAAAAAAAAAAAAOj/6P/n/9b/6f/i/xwA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P/s/+z/AADw//n/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/4/wAA8P8UAO7/AAAAAAAAAAAAAAAABwAAAOz/7P/v//P/9//u/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/5/wAA7v/6//T/FwDt/+z/5P/1//n/+//z/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wAA8v8AAPH/6/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/7P/s/+r/9P/t/xQA7P/a//r/s/+S/9v/vv/6//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/3v/r//f/7P8HABQA7P8UAOr/6v/s/+z/9P/s/wAAAAAAAAAAAAAAAAAAAAAAAM3/x//Y//r/GgDm/9b/6P8TAOz/DwDt/+r/2P/m/+r/wP/O/wAA8v/X//f/BQAAAOf/6v8SAOz/4v/p/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADs/xQA7P/s/+z/7P/s/+z/7P/s/+3/+v/t/+z/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+z/7P/s/+v/FgDr/+z/7f/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/t/+v/AAAAAAAAAAAAAAAAAAAAAO3/EwAAAAAA+P/1//D/9f/s/+f/6v8YAOz/5v/n/+z/AAAXAAAAAAD6//D/AAAAANL/LADU/9r/yP/b/9n/xv/o/yEA7//0/+//+P/d/+//7P8UAOz/7P/u/+z/7P/r/wAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/7P/s/+z/7P8UAOH/4P/6/+X/3v/Y/8j/JgAAAAAAAAAAAAAAAAAAAAAA6v/r/+z/7P/r/+r/FgDs/+j/4v8AAOr/FwDu/xAA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/9j/7P/j/xMA4f++/y8A5P/a/+r/0P/V/+D/6P/s//H/7/8UAOz/7P/s//j/7P/y//n/8P/r/+v/FADl/xcA6//o/+n/7P/q/+n/AAAPAAAA4v8AANj/2P/Y/+b/6v/Z/8T/z/8RAOf/AAAUAO//AAAAAPT/3f/q/9v/7f8TAAAAAAD4//X/8P/1/+z/6//z/+z/7P/s/+z/FAD6/wcAAAAAAAAAAAAAAAAA7f8UAPj/AADv/wAA7f/v/+n/5f/b/+D/6v/T/xoA5v/i/ykA3v/s/+P/3v/S/+D/2P8lAOP/5v/o/9v/3v/h/+3/7P/u/wAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAA2v/W/xcA7P/s/+r/5f/r/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQA7P/s//P/+P8UAO3/7P/s/+n/HwDq/+n/5f/m/+D/3v/g/yoA5P/X/9v/1f/Y/9T/7P/Y/+z/FADs/+z/2//1/+3/0P+0/+3/DADp/9H/9P8cAND/6//h/8X/2P/b/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADu//T/7P/s/+z/7P/r/+z/8v/u/+3/6//t/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9f/7P/r/wcA7P/r/xEAAAAAAAAAAAAAAAAAAAAAAO3/FAD4/wAA7/8AAO3/7//0/xQA9f8AAAAA8f/t//L/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+X/8f/s/xcA7P/s/xQA7P/s/+v/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAML/9v/e/+b/3v/n/+H/GwDs/+z/7f/s/+z/7P/s/xQA6/8fAN//5v/g/+D/4//l/wAAAAAAAAAAAAAAAAAAAADs/+z/AADw/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAANb/KwDh/9v/6v/l/9P/1//s/+z/7P/t/+3/7P8UAO3/yP86APD/9//m//n/zf/X/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAOz/7P/s/+z/FADm/+z/6//s/+v/7P/r/xUA7P/s/+z/7v/s/+z/FADs/97/3P/l/9v/7P/c/+r/HQDr/xYA6//s/+v/7P/p/+v/6/8WAOv/7P/r/+v/6f/r/+7/FwDp/+n/6//q/+n/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADf/+f/AAAAANr/2P/a/wAAAAAAAAAAAAAAAAAAAADo/xcA6//t//H/7P/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/6P8AAAAA6f/Z/wAAJwAAAAAAAAAAAAAA+f/5/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAD5/wAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAA8P/t/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAO3/8P/i/9z/9P8TAO3/3P8JANj/9f8UAO7/+f8AAPP/7P8AAAAADQAAAAAAAAAAAPb/AAAAAAAAAAAAAAAAAAAAAAAA5//Z/+T/9f/c/+z/5/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8TAOf/AADq/wAA2v/h/+P/4//s/+n/5v/r/+v/FgDw/+j/7v/z//P/FADs/+3/z//s/+z/7v/u/+z/FQDt//v/FwAAAAAA+P/2/+n/AAAAAAAAAAAAAAAAAAAAAAAAFQDt//D/7//s/+v/5//s/wAAAAAAAAAAAAAAAAAAAADr/+z/6//d/+z/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAOb/4P/w/+P/6/8aAOb/5v/s//H/AAAAAPj/AAAAAOz/AADi/+L/5//v/9T/AADu/+z/AAAAAAAAAAD5/xcAAADr/+v/6//5//P/6/8VAPT/AAAAAAAAAAAAAAAAAAAAAOr/7P/t/+T/7/8UAOz/7P8UAOz/AAAAAAAA9//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/93/2v/V/9P/3/8kAOH/wf/q/8v/xf/F/8X/JgDC/+r/6v/s/+X/7P/o/xYA6/8AAAAAAAAAAAAAAAAAAAAA1f/w/+X/7P8AAOj/JADs/wAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAML/uv/W/yAA3P/L/+b/yv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAOv/AADo/+L/6P/r/+v/6f8XAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8UAAAAAAAAAO3/7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/8v/1v8iANv/1v/q/+j/6P/t/+n/GgDu/+7/5v/n/wAAAAAAAAAAAAAAAAAAAAAUAOz/AADw/+3/6//s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/i/9r/2//n/wAAxP8PAND/9f8AAN//9P8XAOf/7P/s/xQA7P/s/+z/7P/s/+z/FADs/+7/7f/t/+z/7P/s/+H/5f/x/+j/7P8gAOj/4f/O/wAAAADo/wAAGwDs/+7/AAAAAAAAAAAAAAAAAAAAAAAA1v/m/+3/6f8AANz/5f/h/+P/6P/t//D/LwDa/+n/FADs//f/6v8AAOz/7P/t/zAA4f/q/wAA+P/R/9n/6P8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7//m/xQA5//c/+z/7P/s/+z/8f8UAOz/7P/t/+z/AAAAABQA7P/s//L/yP/Q/9j/1f8rAOb/3//W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDo/+z/7P/s/+z/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/HADo/97/2//o/+X/4v/h/xwA6P/e/9v/6P/l/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAD2/wAA1v/Y/9j/5P/Y/9j/JgDc/+z/7//s//H/AADx/xQA9/8AAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/FQDs//P/8v/z//T/+v/Y/+3/7P8WAOX/6//q/9j/+P8AAAAA+v8AAOr/GAAAAOz/7P/s/+z/7P/s/xQA7P/P/+z/7P/u/+7/7P8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA+P8AAO//AADt/+//AAAAAAAAAAAAAAAAAAAAAPL/FADy/+j/+f/s/9n/5v8UAOz/9/8AAAAA7P/s//P/8f/w//D/7P/1/xQA7P/s/8z/3v/V/9b/zP/P/9P/LQAAAOH/9P8AAAAAHADs//n/AADh//H/AAAAABwA6//2/wAAAAAAAAAAAAAAAAAAAADl/9X/1v/l/+v/JQDb/87/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA5P/q/+T/6f/m/+b/6f8UAOz/7f/v/+z/7f/s/+7/6v/r/+r/6//s/+z/FQDs/+f/4P/l/+z/7P8VAOz/7P/s/xQA7P/s/+z/7P/s/+z/4f/n/8//DADo/9L/BgDf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//l//H/7P8XAOz/tv/c/+T/3P/n/+f/JQDY/+3/FAAAAAAAAAAAAPP/+/8AAAAA8/8kAAAA3v/6/wAAAAAAAAAAAAAAAAAAAAAAAOz/FQDs/+z/6P/q/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADw//L/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/6//s/+j/9P8WAOn/yv/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAOz/AADa/wAA7P/x//H/7P/v/+v/AAAVAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/4//r/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+7/7//2/xUA7f/u/+v/6//q/xUA6//r/+r/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAABQA7P/t/xMA5f/n/9j/7//b/97/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/3P/0/+P/1P8LAOb/1f/f/+r/2v/v/+3/KADe/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/+P/t//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/q/+v/6v/m/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/u/+3/7P/s/+z/5v8AANz/+P8AACcA7v8AAOz/7v/u//f/7f8UAO//8f8AAAAAAAAAAAAAAAAAAAAAFgDX/+z/8v/r/97/9f/X/+z/9v8AAAAAAAAAABQAAADf/8T/0/8AAAAACgC6/9T/AAAAAAAAAAAAAAAAAAAAANr/8f/s/93/3v8WAPD/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA4P/q//j/7P8AAOz/6/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/p/+j/6f/r/93/FwDn/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAFADs/wAA8P/t/+v/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/2//k/9n/2P/Y/yYA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9r/AAD3/wAA6P8tAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/6v/r/+z/7P8VAOz/7P/u/+z/7/8AAO//FAD0/+z/7P/s/+z/7P/s/xQA7P+x/8X/BwCk/6j/v/85AMb/2P/s/x0A6f/s/9j/5//h/+L/2P/s/xQAAADs/w0A7f/s/xQA7f/t//D/7P/s/+z/7P/s/+z/7f/s/+z/FADs/+7/7f/z/+3/9P8UAOz/9/8AAAAAAAAAAAAAAAAAAAAAAADJ/+H/z//y/w0A3//S/8T/s//z/+3/9P/R/z0AAADs/+z/7P/u/+z/7P8UAOz/DwDo/87/4P/n/xQA6v/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/n/wAAEwDd/+L/5v/Y/+z/7P8UAO3/7v/s/+z/7P/k/9//5//k/+f/HADj/+L/HQDS/+r/6//r/+f/2P/s/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/t//L/FQDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/t//L/FQDs/+z/7P/s/xQA7P/u/+3/7P/s/wAA7v/1/wAA+P/s/+//FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FAD1/wAA+f8AAO3/9/8AAAAAAAAAAAAAAAAAAAAA7P8AAPT/AAAAABQA7/8AAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/t//L/FQDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/9v/s/+n/2//r/xQAAAAAAAAAAAAAAAAAAAAAANn/5//f/wAA7P/g/9v/FwAAAAAAAAAAAAAAAAAAAAAAFADt/+7/8//1/+z/7P/s/+z/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAAAAAABQA5v/s/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/h/+n/8f/j/yAA5v/i/wAAAAAAAAAAAAAAAAAAAADY/+//8v8AAAAA8v/m/ygA7P/t/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/6/wAAAAAUAO3/+/8AAAAAAAAAAAAAAAAAAAAA0/8hANb/3v/k/9T/1//Y/wAAAAAAAAAAAAAAAAAAAAAUAOz/AADw/+3/6//s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7f/Y/+D/2P8UAAAA6f/s//j/3f/1/93/7f8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAPX/AADt/+7/9f/6/+7/AADx/wAAFQD5//X/AAAAAOL/6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/6//f/2P8lANH/6v8AAAAAAAAAAAAAAAAAAAAA9v/x//D/9v/2/xMA8P/2/+z/+v8AAAAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/y/wAAAADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7//v/wAA7v/q/wAA9f/q/+3/7f8AAPn/FgD4/wAAAAAAAAAAAAAAAAAAAADh/87/7P8UAAAAAADs/+7/AAAAAAAAFAAAAOz/AADu/8f/GADe/73/uv/G/9f/6//s/9n/7P8AAAAAAADs/w4AAAAAAAAAAAAAAAAAAAAAAPr/7v8AAPn/9//u/wAAEwDZ/wAAKgDu/+v/2P/B/9j/AADu/+z/FAD3/+z/7P/u/+3/7P/w//X/9f/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAz/++/wAA0//t/+z/QADr/+z/2P/3/ygA5v8AANj/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/3f8XAOz/7P/W/+r/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//4P/p/+f/1//c/+v/KQAUAOz/AADs//j/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANr/6f/i//n/EwDq/xMA4v/n/+z/7P/q//T/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADY/9j/2f/d/+j/AADs/+z/FADs/+7/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAPP/7//v//P/8/8TAO//8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAO//7P8AAOj/6f/5/+z/GADu/+r/6f8AAAAAAAAAAAAAAAAAAAAA6//r/+z/6//r/xUA6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAADz//D/8/8UABQA8f/0/wAA8v/x/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/6//P/7P8AAOz/7P8UAPT/+v/z/+z/AADs/+z/FADd/9T/4P/g/9z/5f8hAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+n/6v/q/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/s/+z/7P/s/+z/7P8UAOz/6//h/+n/6//p/+P/HADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAPj/8f/v//f/AADi/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADw/+z/+f/x//D/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9f8AAPj/7P/v/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAaAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/8f/x/9v/AADq/+7/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/7P8AAAAAAAAAAOH/AADs/+z/7f/v/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/9n/4P/g/+b/EwAAAAAAAAAAAAAAAAAAAAAAAADr/+z/8v/u/+3/6//t/xUAAAAAAAAAAAAAAAAAAAAAABQA7/8AAAAAAADw/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8A3v/q/wAA2//Y/9j/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7/8AAO3/AAAYAOb/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/pf/k/x4Auv/p/8z/+v/0//r/8//s/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAABUA5f/6//X/AAAAAOz/9f/t/+3/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABYA7P/s//f/+//l/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8//x/+z/FADt/9f/BQAJANj/3v/g/9f/3//t/+z/8v/5//b/7f/s/xQAAAAVAAAAAAAAAAAA6/8AAPH/9P/5/wAA9v8AABIA9P/6/+7/AAD5//f/7v8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/9//x/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAAAAA+v8VAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/t/+z/7P8VAOv/EgAIAK7/rf/D/+P/vv+x/wAAAAAAAAAAAAAAAAAAAAAWAOr/6//s/+z/6//q/+v/AADs/wAAAAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/8//t//T/FADs//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+f/0//f/+f/a//r/MQAAAAAAAAAAAAAAAAAAAAAA8/8AAPD/AAAAABUA7f8AAOv/7P/v/+//AADu/+r/AADF/9f/+//X/9X/MgDD/9f/AAAAAAAAAAAAAAAAAAAAANP/6//r/+z/6/8VAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAADv/+3/FADw/wAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAAFQD0/wAAJAD0/wAA7v/w/+b/5//W/+T/7P/2//T/AAAeANr/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5P/p/+j/5//p/xkA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/s//f/+P/t//X/AAAAAAAA4P8PAAAA3P/3/+f/DQD2/wAACgAAAAAAAAAAAPb/AADs/+z/8v/x//v/FADt/+3/8f/0//n/AAD2/wAAEgD0/wAAAAAAAAAAAAAAAAAAAADM/wAA8/8AAAAA+f+//xcAAAAAAAAAAAAAAAAAAAAAAAAAAADv//j/+//U//r/MAAAAAAAAAAAAAAAAAAAAAAAFAAHAOb/2/8AAO3/7P/k/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/t//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f8AAPv/7v/s//P/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/+P8AAOn/8P8VAOL/7P/w/93/+f/q/+//7//3/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/+r/AAD4/wAA6/8nAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAAUAOz/8P8AAAAAAAAAAAAAAAAAAAAAHQDx//T/AADz/93/6P/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/6//P/7P8AAOz/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADg/+j/+f/3//f/9/8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//k/+3/3v/6/yIA9//a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//P/AADw//X/HAD5/+z/7P/w//D/7f8UAO3/7f/r//j/7f8AAPr/7f8WAPT/AADH/+r/6v/7/wgA3v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/zUA0//z//n/6P/h/+v/2//r/+v/7v8TAAAA5/8AAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAOv/AAAAAPP/7//v//P/8/8TAO//8//r/wAA6v/b/+n/AADq//r/AAAAAAAAAAAAAAAAAAAAABYA6//r//b/6//q/+r/6f8AAAAAAAAAAAAAAAAAAAAA5//c/xcA2//r/9z/8//n/+3/+f/6/+3/9/8AAAAAAADk/xIA1//W//H/6f/w/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/FQDs/+j/2v/s/+v/0P8AAL//6//d//T/3f8XAAAAAAAAAAAAAAAAAAAAAADt/+z/AAAAABQA7P/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOv/6//2/+v/6v/q/+n/AAAAAAAAAAAAAAAAAAAAAO7/7//u//X/AAAVAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQDs/+z/7P/t/wAA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAANH/1v8SAPf/6//Y/9L/+v/s/xUA7P/s/+z/7P/q/+z/zf/C/+H/4/8XAMv/w//s/wAAAAAAAAAAAAAQAPP/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+n/7P8QAOn/6v/z/wAAAAAAAAAAAAAAAAAAAADs//D/z//N/77/vP/f/8f/AAAAAAAA9v8AABQAAADs/+r/6//6/+z/FgDl/+3/6//s/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/5P/1//n/+//z/xQA7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7v/u//f/7f8UAO//8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/v//L/8//s/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8f/w//b/7f8UAO//7f8AALj/AADs/wAA8P8UAPP/7P/s/xQA7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AAN3/2f/b/wAA6f/Y/+z/7P/x//j/AADw/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAC8/9b/IADf/8T/2//A/+r/6//q/+v/7P/s/xUA7P/1//L/9v/t/wAA7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+H/CgAlANj/1P/b/87/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAA7P8AAPP/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//z/+z/7P/s/+z/FADs/+v/8//s/+z/7P/s/xQA2f/n/9//AADs/+D/2/8XAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/T/8n/1//Z/9H/AAAAAAAAAAAAAAAAAAAAAO7/5f/5/wUA9f8AAA0Azf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/AAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/9f/5P8hANj/2v/g/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQAAAAAAAAAAAOf/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/n/xkA6P/p/+n/4//m/+z/7P8UAOz/7//t/+z/7P/a/9b/FwDs/+z/6v/l/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/CQDm//f/AAAAANj/AAAAAAAAAAAAAAAAAAAAAAAAFQDu//n/+v8AAOv/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/f/+r/5P/j/+r/CQAAAOP/4//s/+n/5v/r/+v/FgAAAAAAAAAAAAAAAAAAAAAA1P/x/9//1v/N/wAA7v/Z/wAAAAAAAAAAAAAAAAAAAADw/xQAAAAAAAAA7f/t/+z/FgDq//r/9//3/wAA7f/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/1//e/9P/2P/U/yoA0v/r/xgA4//q/93/6v/r/+X/7f8UAPD/8v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/8P/4/wAAAADr//D/FQDs/+z/6//p/+z/7P/s/xUAAAAAAAAAAAAAAAAAAAAAAOz/8f/s/wAA7f/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xYA6//r/+z/6v/r/+v/AAAAAAAAAAAAAAAAAAAAAOz/7f/4//n/8v/s/xQA+P8PANH/y//X/97/4v/y/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//j/AAAAAOz/7P/u/xQA7f/t/+//7//t/+z/7f8AAAAAAAAAAAAAAAAAAAAA6//r/+v/+f/z/+v/FQD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FADt/+3/7P/t//H/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjANX/4v/0/+D/4//f/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+L/7//s/xIA2v8RAO3/7f8AAO3/7f/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P8AAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoA8//y/wAAAAAAAOv/8/8VANv/yv/w/wAA5P/e/9j/BQDr/+z/7//v/wAA7v/q/wAA8f/0//n/AAD2/wAAEgD0/wAAAADv//j/+//U//r/MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/u/wAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAA7P/q/xQA7P/s/+r/7P/r/wAAAAAAAAAAAAAAAAAAAADy//n/AAAAAOz/FADs/+z/AAAAAAAAAAAAAAAAAAAAAND/1//Z/+T/5f/f/9//JADp/+3/+v/e//f/8//t/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAFAAAAOz/AADt/wAA+P/z/wAA8P/1/xwA+f8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAD0/+7/AAAAABMA9v8AAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/6v/v/xQA7v/s/+7/5f8RAPb/2v/i/9L/1//j/9X/HgDM/7j/4v/R/xMACQDX/9j/yf/r/9T/BgDH/xQA7P8AAOz/AADs/+z/7P8AAAYAAAAAAAAAAAAAAAAA5//l/xoA+P/o/9r/yP8AAPP/7//v//P/8/8TAO//8//s/+z/7P/s/xQA7P/s/+z/KQDZ/9P/3v/V/9r/2v/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//l/4//f//H/+b/6//S/wAAxf/W/9X/FwDi/9X/6f+9/+3/vf/n/9T/4v/S/wAA8v8SAKn/9/+//+H/t/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/x/+v/6//r/xMA6P8AAO3/FQDz/+//7v/s/+v/8P8AAAAAAAAAAAAAAAAAAAAAEQDe/8z/yf/U/ycAz//O/+z/7P/s/+z/7P/j/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/7P/s/+z/7P/r/xUA7P8AANb/1/8AAPf/AADT/8n/AAAAAAAAAAAAAAAAAAAAAMz/2f/w/yoA3P/S/+3/xf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FwDZ//v/7P/p/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ/9X/8f/n//b/y/82AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+7/AAAAAAAA+/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AADw/+3/6//s//L/7P8TAPv/AAAAAPr/7f/v/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADs/wAA6//r/+z/6//t/+r/FQDq/+b/6//s/+r/6//r/xUA6v8AAAAAAAAAAAAAAAAAAAAA7f8UAPj/AADv/wAA7f/v/wAAAAAAAAAAAAAAAAAAAADs/+z/FADr/+v/7P/s/+z/JQD4/wAAAAAAAO//3f8AAOn/7P/t/xUA7f/s/+v/7P8AAPr/AAAUAAAA7P8AAO3/7P8AAAAAAAAAAPn/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAPb/AAD5//v/6P8AAAAAAAAAAAAAAAAAAAAAAADt/xQA8P/y/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9D/FADv/+b/7P/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+7/9P/0/+7/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA9P8AAAAAAAAAAPX/9P8WAPj/AAAAAAAAAAD1//j/FQDl//j/AAAAAOv/7P8AAM7/AAAAAOj/AAAbAOz/7v/q//n/AADu//r/9P8XAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADz/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAD2/w4AAAAAAAAAAAAAAAAA9v8OAAAAFADs/wAA8P/t/+v/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+3/7P8UAOz/1f/X/9f/2v/Z/9f/KgDY/xYA8P/y//n/+v/s/+r/2v/3/wAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/s/wAAAAAAAAAAFwAAAOz/7P/x//b/9v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA8v/j//b/2P/Z/9T/HgDp/xQA7P/v/+z/3f/r/+b/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/8f/v//f/AADi/x8AAADs/+T/9f/5//v/8/8UAOz/AAAAAAAAAAAAAAAAAAAAANf/3P/h/+r/5//g/yMA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6/8WAOz/7P/s/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//v/8/8AAO7/FwDs//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOX/4P/s/+z/5v/3/+r/AAAAAAAAAAAAAAAAAAAAANj/HgDn/97/2//n/+P/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+b/w/8AAOj/7v8AANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/9n/7P/s/9//GgDj/+T/AAAAAOz/9f8AAOz/FADx/+r/6//r/+7/8P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4A9f8AANz/HQDs//P/4v/u/+j/9v8qAN//2//q/+n/4v/V/+f/7P8AAAAAAAAAABQA7P8AABUA2P/6/+n/AADs/97/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/v/wAA+P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7/8KALj/xv/o//n/2v++/wAA4v/Z/8//v//V/wsA4//3/8//6P/r/+n/3f/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAOv/5v8UAPv/z//s/+L/AAAAAAAAAAAAAAAAAAAAABQA7v/t/wAAAADv/+z/8P8AAAAAAAAAAAAAAAAAAAAA2//d/9z/2f/Z/wAA6v8AAOn/GADr/wAA8f8AAOf/7//u/+3/8//t//T/FADs//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/AAAAAAAA+f8UAO7/AAAAAAAAAAAAAAAAAAAAAPP/AADw/wAAAAAVAO3/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7f/u/+z/FADs/+z/7P/x//b/9v/s/xQA7f/1//L/9v/t/wAA7P/t/xQA9f/y//b/7f8AAOz/7f8UAOb/7P/s/+z/7P/r/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAA6f/s/+j/6//a/xQAIwDf/87/uv/e/7b/8//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/7f8nAO3/7v/z//r/FADs/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P8AAPT/AAAAABQA7/8AAOz/7f/t//X/8v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w//D/7f8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s/wAA+v/y/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADq/+b/6/8XAOn/4//l/+r/6//s/+//7/8AAO7/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAA6//W/9f/2f/e/97/1v8qANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqAOP/6f/3//r/6v/L/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA7P/s/+z/7P/q/+z/7P8UAOz/7P/u//D/7P/v/+j/4v/o/+v/6//p/xcA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/v/wAA+P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/r/+v/FQDo/+v/AAAAAAAAAAAAAAAAAAAAAO7/7P/6//f/2P8lANH/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+//z/wAA7v8XAOz/+f/4//H/7//3/wAA4v8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//b/7P/1/wAA7P8UAPb/uv/P/8X/0//N/x0A6P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA8P/5/xQA6//s/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/v/+z/8v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADt/+3/6//s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+7/9P/0/+7/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/wAAAAAAAO//FADw/+v/6f/Q/+f/3f/V/ycA7P/s/+//AAAAAAAA8f8UAAAA5//g//v/AAAAAPb/LwD7/+z/7P/u/+3/7v/s/xQA7P/s/+3/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FADs/+z/7P/t/+z/7P/s/xQAFADu/+3/AAAAAO//7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/o/+r/9P/3/+r/6/8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADu/+z/AAAUAAAAAAAAAAAA7v/s/wAAFAAAAAAAAAAAAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8TANj/4P/p/9n/+v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6//s/+z/7f/s/+z/7P/t/xMAAAAAAPj/9f/w//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/8//t//T/FADs//f/7P/s/+3/8P/u/+z/FADs/ygA9v/2/wAAAADq/9j/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAADr/wAAFQAAAAAAAAAAAAAAAAAAAAAA7P/s//P/7P/s/+z/7P8UAPL/+f8AAAAA7P8UAOz/7P8AANf/+P/u//j/8v8AAOz/AAAAAAAAAAAAAAAAAAAAAO7/7P/s/+7/7v8UAOz/7P/r/+L/7f/s/+j/7P/t/xUA7P/u/+3/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/z/wAA8P/1/xwA+f/w/+7/8P/s//X/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//L/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA8P/y/+z/7P/s/+z/AAAAAAAAAAAAAAAA9P8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/GADo//L/9v/r/+j/7P/s/+7/7v/3/+3/FADv//H/6/8UAO3/7v/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/AADw//n/FADr/+z/7v/v/+7/9f8AABUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/5/wAA7v/6//T/FwDt/+z/AAAAAAAAAAD5/xcAAAAAAPr/AAAUAAAA7P8AAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/7P8AAAAAAAAVAAAA2P/t/+z/FgDl/+v/6v/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+//2f/s/wAAAADs/wAAAAAAAAAAAAAAAAAAAADj/+H/3P/e/9j/5P8eANj/5v/k/+v/6//u/xgA6f/q//P/0P/O/wYAuv/M/wAAt/8AAAAAAAAAAAAAAAAAAAAAzP/V/8f/4v/1/zsA5//v/+H/5v/n/97/6P8XAOr/6P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAPT/EAAAAAAAAAAAAAAAAAAAAAAA2//q/wAA5P/L/+j/0f8aABQA7f8AAAAA9v/s/+3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/GwDk/+P/5v/k/+b/4v/7/xMAAAAAAAAAAADv/wAA6f8XAOr/6v/p/+f/6f/p/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/u/+3/7P/s/+z/FADs//j/AAAAAOz/7P/u/wAAAAAAAAAAAAAAAAAAAADz/xQA8//6/wAA8f/s//L/AAAAAAAAAAAAAAAAAAAAAOz/7P/t//P/8f/s/xQA7f/j/+X/5P/x/+z/5P8cAOn/AAAAAAAAAAAAAAAAAAAAANf/2f8OAOf/2//V/wAA4f8AAPv/7P8AAAAAAAAVAAAAAAAAAAAA9v8AABQAAADs/wAA2/8UANr/2f/Y/9//4v/z/wAAAAAAAOz/AADz/xQAAAD6/wAAFAAAAOz/AADt/xQA7v/t/wAAAADv/+z/8P8AAAAAAAAAAAAAAAAAAAAAFADu/wAAAAD5/+3/7f/v/wAA+//s/wAAAAAAABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADw//L/7P/s/+z/7P8AAPv/7P8AAAAAAAAVAAAA7P8UAOz/7P/r/+z/6//s/wAA+v8AABQAAADs/wAA7f/q/+T/6f/r/+P/5v8cAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt//D/9//5/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/+z/AAAAAAAAFQAAAPP/AAAAAAAA7P8AAPP/FADq/+L/0//n/xoA6P/j/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s//L/7P/x/+7/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//4/+3/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/3/+r/AADs/+v/7f8RAPj/AAAAAAAAAADw/wAA9v/V/+b/BgAAAPb/6v/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//i/+3/7P/o/+z/7f8VAAAAAAAAAAAAAAAAAAAAAAD6/+7/8f/f/+T/2v/i/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r//P/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A6P/a/wAA6P/Y/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+7/7//2/xUA7f/u/+v/yv/n/9T/xf8PAMj/yv8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/i/+j/5/8gAOj/6//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u/+//9v8VAO3/7v/r/wAAAAAAAAAAAAAAAAAAAAAUAPH/9P8AAPL/8f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAvP/M/8L/4//x/wAA3P8UAO3/9f/2/wAA7P/s//D/+/8TAAAAAAAAAAAA7/8AAO3/AAAAAAAAAAAAABMAAADr/+z/6f/r/+z/6/8VAOz/KQDr/+z/9v/4/9//2P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/9j/8v/s/+3/7f/v/wAA+P8UAOz/7P/t/+3/7/8AAPj/FADs/+z/7f8AAAAAAAAAABMAAAAAAO3/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//j/AAAAABQA6P/s/+z/7P/4//D/7f8VAOv/7f+2/9z/5P/c/+f/5/8lANj/7f8AAAAAAAAAABMAAAAAAAAA+v8eAOf/AAAAAOz/AADt/+3/8P8AAPr/FADs/+z/AAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAD5/+7/AADt/xQA8v/6//b/+f/s//T/AAAAAAAAAAAAABMA8P8AAAAAAAAAAAAAAAATAPD/AADi/+L/2f/f/9T/3f8lANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAA9v8AAOz/7P/7/+z/AAD0/wAAAAAUAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+3/6//s/wAA8v8AAAAAFADu/wAAAAAAAAAAAAAAAAAAAAAAANf/+//f/9z/6//s//r/FADo/xEA7P8IAOb/5//X//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA9P8AAAAAFADv/wAA7P/m/+v/7//u/xcA6P/w/+z/AAD0/wAAAAAUAO//AAAUAOz/7v/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA4v/q//j/9v/m/+z/8f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/u//D/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/8P/s/+z/7P8HAOX/7//u/+z/7P/s//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAADs/xQAAAAAAOz/AAAAAAAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/+v8AAAAA8v8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/g/9b/zv/J/+j/5/8gAAAAAAAAAAAAAAAAAAAAAADj/xoA5v/g/+b/6P/n/+j/AAAAAAAAAAAAAAAAAAAAAOz/6//s//b/AADs/xQA+v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/v/+3/7P/s/+v/6v8VAOv/6//q/+v/6v/s/+z/FADt/+3/6//s/+3/7P/u/xQA7//t/+z/6f/s/xQA7f/t/+//7//t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOX/+P8AAAAA6//s/wAA2//s/+z/7P/q/+z/GADs/xUA5f/4/wAAAADr/+z/AAAUAO3/7f/v/+//7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx//T/AADy//H/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv8AAAAA6P8AABsA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADADk/+T/5//o/+H/CADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A8f/0/wAA8//d/+j/4P/s/+z/8//s/+z/7P/s/xQAy/8JAAwAAAC5/8f/1v/E/xgA5f/t/+z/9//l/9//3/8AAAAAAAAAAAAAAAAAAAAAMwDR/+b/2v/M/+T/zf/W/wAAAAAAAAAAAAAAAAAAAADk/x4Avf+W/9P/7//V/8H/5P/j/9//8f/v/wAAAAD0/7b/3P/k/9z/5//n/yUA2P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/AADz/+z/9/8UAAAAAAAAAAAAAAAAAAAAAAAAAOb/0f/t/8X/BwDg/+v/4P8dAO3/9v/p/+//5//5/+H/4//Z/9r/3P/c/wYADwDs/+z/7P/s/wAAAAAUAAAADwAUAAAAAAAAAOz/2/8AAAAAAAAAAAAAAAAAAAAAAADB/8X/9//P/+f/+f/y/9j/4/8XAOv/6f/r/+z/6f/s//v/EwAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6f/f/8//3//f/9n/HQDY/+T/7f/0//j/AADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAr/9cANL/8v/o/8z/sv/e//X/GAD1/wAAAAD4/+r/7//r/wAA7P/r//D/BQDp/9j/4//k/9T/3v/c/xsA6/+7/xQA7f/t/+z/AADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//X/AADs/xQA8f8AAAAAAAAAAAAAAAAAAAAAAADs//r/AAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/q/+z/7P8XAOn/6P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAD2/wAA7P/u/+7/9//t/xQA7//x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/z/+3/9P8UAOz/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApANT/3f/b/9j/2f/a/9b/6//r/+z/7f/s/+z/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9L/1P/F/8r/vf/O/yYA7f/s/+7/AAAAAOz/AAAUAO7/7P/s/+//7f/r/xQA7P/M/x8A7P/n/+r/3//E/9L/6//r/+z/7v/t/+v/FQDv/+z/7P/s/+3/7f/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//i/+j/6//m/+b/GgDp/97/2//l/9n/4P/l/yMA0//a/+b/7P/r//v/+v8aAAAAAAAAAAAAAAAAAAAAAAAAANr/5v/s/+v/+//6/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA7P/l/+3/7f/p/+n/7P8AAAAAAAAAAAAAAAAAAAAA7P/y/wAAAAAAAPD/FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAAAAUAOz/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5f/r/+r/6//q/xYA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFwDs/+X/7f/t/+n/6f/s/wAAAAAAAAAAAAAAAAAAAAAUAOv/8f8AAAAA7v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAUAAsAAAAAAAAAAAAAAAAAAAAAAPT/7P8AAAAAAAAAABcAAAAVAOz/7P/r/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABQAAAC8//v/zf/Q/9P/yP8IAMz/5v8AAAAAAAAAAAAAGgAAAOf/5v/o/+z/6P/l/xoA6P/t/xUA8//v/+7/7P/r//D/FQDr/+v/6//w/+v/7P/r/+3/FAAAAOz/AAAAAOz/8v/s/wAAAAAAAAAAFAAAAAAAFQAAAAAAAAAAAAAA7v8AAOz/7v/t/wAAAAAUAO3/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/HwAAAPr/+v/z/+7/AAAAAAAAAAAAAAAAAAAAAAAA6v/o/+f/FwDr/+r/4v/q/+f/7P/Z/xQA6//s/+z/1f/q/+r/6/8WAOr/6//o/+v/6v/s//D/KADv/9j/6//p/+r/5v/r/xcA6f/j/+X/6v/s/+z/7P8bAOz/3P/s/+f/AAD6/wAAFAAAAOz/AADt/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAD4/wAA+P8QAAAAAAD6/wAAFAAAAOz/AADt/wAAAAAAAPj/AAD4/xAAAADY/+3/7P8WAOX/6//q/9j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAPr/AAAUAAAA7P8AAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r//P/7P/s/+z/7P8UAPX/8v/2/+3/AADs/+3/FADZ/+v/2f/n/w8A3v/m//f/7f/u/+//9v8VAO3/7v/r/+n/5//p/+n/BgDp/97/DgD1//L/9v/t/wAA7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAYA3//O/9j/2v/q/wAA5v/s/+z/7P/s/+z/7P8UAOz/wP/U/8z/0//U/+f/PQDn/wAAAAAAAAAAAAAAAAAAAAAUAO3/AAAAAPb/7P/t/+7/2//2//r/AAAAAO//IwDz/wAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA+f/u/wAAEgAAAAAAAAAAAPn/7v8AAOv/FQDs/+z/6//s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/v/+//AADu/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/7P/s/+z/6/8VAOv/6v/m/+7/6f8AAOb/GAD6/wAAAAAAAAAAAAAAAAAAAAD7/xQAAAAAAPb/AADt/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7P/o/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/u/+z/+P/v/+j/GQAAAOv/6v/s/+z/6//q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/6//r/+r/5/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+//8v/z/+z/7P/v/wAAAAAAAAAAAAAAAAAAAADs/+v/7v/v//H/6f8VAO7/FADs/+3/7v/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AABQAAADs/wAA7f/r/wAA3f/Z/+P/2P8NANn/AAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAOv/AADp/+n/6//w/+3/FgDs/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPD/7P/5//H/8P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAFAAAAAAA+/8AAPH/AAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAA8f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/8/8AAAAAAAAeAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOz/7P/s/+3/2v/s/+z/AAAAAAAAAAAAAAAAAAAAANP/5//q/+v/7P/l/ygA1v8AAAAAAAAAAAAAAAAAAAAAFADt/wAAAAD2/+z/7f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/0/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/6P/u//P/FgDk/+3/AAAAAAAAAAAAAA8A+P8AAMf/4f/q//X/7v8oAN3/1//q/+z/7P/p/+v/FADs/+z/8f/u/+7/+P/v/xQA7P/7/wAA7/8AAAAAAAAVAPr/8P8AAAAAAAAAAAAAEAD2/wAAAAAAAAAAAAAAABAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkA+f8AAAAA8/8AAAAAAAAVAPr/8v8AAPL/AAAAAAAAEgAAAO7/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7v/v/+7/9f8AABUA6/8AAO7/7v/u//X/3v8dAOj/4//s/+z/+P/w/+3/FQDr/+3/7P/2/wAAAAAAABQA7P/s/wAA8v8AAAAAAAASAAAA7v/s/+z/AADw//n/FADr/+z/7P/s//j/8P/t/xUA6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8kAO//AADz//v/1P/s/+P/4//s/+n/5v/r/+v/FgAUAOz/7P/s/+z/6//s/+z/7P/r/+//+f/t/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADx//P/7P/s/+z/+P/s/+r/8P/3//v/+P8VAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//2//r/AAAAAO//IwDz/+j/2f/s/+v/GgDp/+b/2P8AAAAAAAAAAAAAAAAAAAAA2P/I/9n/2P8xANP/yf/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/FgAAAOz/+v/q/wAA9P8AAAAAAAAAAAAAAAAAAAAAAAD3/xQAAAD4/+//7f/6/wAAAAAAAAAAAAAAAAAAAADn/+v/7P/s/+z/6//q/xQAAAAAAAAA9v8AABQAAADs/+z/AAD0/wAAAAAUAO//AADs/+z/AAAAAO//7f8UAPD/AAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/IQDg/+j/5f/i/+H/6f8AAAAAAAAAAAAAAAAAAAAA2f/Y/+3/3f/q/+z/HwDb/wAA5P/c/wAA+f8lAMT/4v8aAOb/9f/v/wAA7f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//l//H/7P8XAOz/2f/m/9z/2f/7/+j/JQDz/wAAAAAAAAAAAAAAAAAAAADD/wAAzv++/wAA7/8AAAkAAAAAAAAAAAAAAAAAAAAAAO3/9/8AAAAAFQDu//X/7P/s/+z/8P8AABQA6//q/+z/6f/u/wAAAAAYAO7/+//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC+/8L/xv8iANL/9/+w/7f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA4v8AANj/2P/q/+H/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//t/wAAAAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYAyf/n/9X/5P/P/wAA4v/s/+3/7v/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcAAADb/8X/4f/i/8j/4f8AAAAAAAAAAAAAAAAAAAAAGQD1/wAA7f/4/xQA7P/z/wAAAAAAAAAAAAAAAAAAAADs/+r/8P/q/xQA6P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/w//X/9f/t/+z/FADt/+7/8//6/xQA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/u//r/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//v/+//8//z/xMA7//z/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAA7P8AAPP/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAAAAAAA6v8AAOz/7P8AAOz/7P/s/+z/FADt/+z/7v8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7P/s/+z/7P/6/+7/AAD5//f/7v8AABMAAADo/+z/7v/t/+7/DQDg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA5//1/wAA8//n/9L/AAAAAAAAAAAAAAAAAAAAAAAAKADZ//n/AAD2/+P/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAiAN//7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAx//i/97/2P/e/9H/MADF/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8gANn/5v/2//X/3P/g//b/6P8AANj/EgDm/9z/0//Y/wAAAAAAAAAAAAAAAAAAAAAPAOf/5//r/+T/CADM/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6f/r//D/7f8WAOz/6P8AAAAAAAAAAAAAAAAAAAAA7f8UAO//8f/t/+3/7P/s/+7/IQDt/wAA7//T/9//7f8AACYA9P8AAAAA5v/a//f/AAAAAAAAAAAAAAAAAAAAAOv/vv8AAAAAAAAVAAAA8v8AAAAAAAAUAAAA7P8AAO7/6v/q/+v/FgDq/+v/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7v/u/+//7v/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/EAAAAAAA8/8AAAAAAAARAAAA2P/Y/9j/5P/Z/+j/2P8fABQA7P/t//r/AADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA3//x/+z/AADf/9z/7P/v/+z/7f/v/+//FADs/+3/6/8VAOz/7P/r/+z/7P/s/xUA6//w/+z/7P/s/+b/7P/s/+z/+P/w/+3/FQDr/+3/5v/z/wAA8f/u/yMA5//t/wAAAAAAAAAAAAAAAAAAAADs/wAA7v/w//H/FAAAAPP/AAAAAAAAAAAAAAAAAAAAAOz/2v/W/9z/5P8YAOr/2P/r/+z/6f/r/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f/w//H/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xgA6v/y//H/8v/o//D/AAAAAAAAAAAAAAAAAAAAAOn/7f/6/97/9//z/+3/CQD3/+z/AADY/wAA8/8iAOz/AAAAAAAAAAAAAA4A9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAA8/8AAOz/7P8UAAAAAAAAAAAAAAAAAAAAAADg/w8AAADc//f/5/8NAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQAAADs/wAAAADr//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AADz/wAA7P/s/xQA7P/1//X/7f/y/+j/AAAXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/t/+//7v/s/+z/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/4v/o/+v/5v/m/xoA6f/q/+v/+v/s/xYA5f/t/+v/7P/s/+3/7f8UAOz/7P/s/+j/6//p/+3/FgDf/+n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/3f8AAAAAAAAAAAAA4v/1//L/9v/t/wAA7P/t/xQA0P/A/9v/1P/f/9r/LgDb/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/0f/I/8r/yf/E/0UAvv/t/wAAAAD2/wAA+P8UAAAA7P/s/+3/FADt/+z/7P/s/xQA7P8AAPD/7f/r/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/FAAAAPj/7//t//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA2P/s/wAAAAAAAOj/7P/i/+H/3P/b/9//1P8hAO//AAAAAAAAAAAAAAAAAAAAAMH/0v/O/9r/yv/L/97/KgDh/+f/7P/t/+z/7P8bAOn/5f/i/+T/5//W/93/3f8kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/2P/i/+L/6v/s/x8A2//s/+//7f/s/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//L/7P8UAOz/7f8UAPj/AADv/wAA7f/v/wAAAAAAAAAAAAAAAAAAAADY/9j/2P/k/9n/6P/Y/x8AAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADu/+z/AADs/+3/7v/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7f8AAPP/AADs/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAA8/8AAOz/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7v/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/x//n/7f/s/+7/AAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+//7/8AAO7/6v8AAAAAAAAAAAAAAAAAAAAAAADp//P/AAAAAAAAHgDn/wAA7P/x//L/AADw/x0A3v/o/+f/8P/s//L/AAAAAAkA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/7v/0/+z/7f/s/xQAEQD4/wAAAAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8iAN3/6//o/+b/2//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/O/+b/5P8sAPD/4//g/+r/GQDn/9n/2P/b/+v/4P/m/87/5v/k/ywA8P/j/+D/7P/s/+z/7P8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/u/+7/+P/v/xQA7P/7/yEA4f/m/+n/4f/j/9X/4v8UAAAAAAAAAAAA7v/s/wAAAAAAAAAAAAAAAAAAAAAAANz/6f/q/+z/6f8cANz/5v/p/+j/6f/c/+v/6/8WAOH/AAAAAAAA+P8AAPj/EAAAAOP/yv/p/+r/8v/e/x0A9v8AAAAAAAAAAAAADgD1/wAA5P/s//b/9P8AAB4A2v/b/9r/4v/s/yYA5f/y/9v/zv8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/+z/7P/z//T/7//s/xQA8//t/+z/7P/t/+z/7P8UAOz/7P/t/+7/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADH/8//2P/r/+D/KQDI/9f/6f/s/+3/FQDt/+z/6//s/9j/7P/r/+v/6/8iAOX/1v/O/+r/6v/q/+v/6P8eAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAAAAASAAAAJgAAAAAAAAAAAOX/4P/p/xIAAAAAAAAAAAD5/+7/AAASAAAAAAAAAAAA+f/u/wAA7P/t/+r/7P/s/xUA6//s/wAAAAAAAPj/AAApANv/7P/s/+z/7P/s/+z/7P8UAOz/9P/y//r/6f/2/y8A0v/z/+r/6//s/+z/6//q/xYA7P/r/+j/+v/w/+z/7P8VAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZANv/4f/Y/+X/1f/n/+X/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAPT/AAARAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPH/+//z/wAA7v8XAOz/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//H/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/xgA9f8AAAAA+P/q/+//7P/7/wAAAAAAAAAAFAAAAOz/7P/x//j/AADw/xQA7v/r/+z/+v8AAAAA8v8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8QAOv/9f/q/9//5//r/+z/7P/z//T/7//s/xQA8//u/+3/8//t//T/FADs//f/AAAAAAAAAAAAAAAAAAAAAPT/7P8AAAAAAAAAABcAAAAAAAAAAAAAAAAAAAAAAAAA9v/q/+z/6v/v/+z/FADq/+n/3f/r//L/7v8aAOb/6f8AAMn/4f/P//L/DQDf/9L/AAAAAAAAAAAAAA4A9f8AABQA7f/s/+3/9P/y/+z/+f/w/wAAAAAAAAAAHwDs/wAA7f8AAAAAAAAAABQA7P/t/+n/5//s/+3/6//q/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQDs/+z/7P/t/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAA8/8AAOz/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADr/+v/7P/s/+z/FADs/+z/7P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/h/+n/7P/w/+z/6/8WAAAAAAAAAAAAAAAAAAAAAADx/xMA6P/q/+v/6//h/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/n/+z/7f/r/+r/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//b/wgA0//W/wAA1f/R/xQA7P/3/wAAAADs/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADy/wAAAAAUAO7/AAAAAAAAAAAAAAAAAAAAAAAA7f8UAPD/8v/s/+z/7P/s/+z/FQDs/+z/6P/q/+z/6/8UAOz/7f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AAAAAFADs/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/s/+//7f/r/xQA7P/s/+z/8P/w/+3/FADt/+3/7P8AAOr/6//o/+z/AADl/wAAAAAAAAAAAAAAAAAAAADu/yEA7f8AAO//0//f/+3/+P8KAAAAAAAAAAAAAAAAAOn/3P+9/7z/3//u/yAA0//P/+z/7P/u/+7/7P8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+z/8f/m//X/7f8UAOz/FgDf/9z/xP/2//T/2P/s/+3/7f/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/AADs/9z/3v8FAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8UAPj/AAAAAO3/7P8AAAAAFAD0/wAAAAD7/+z/8//Z/8j/1f8QANz/6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA+P8AAO//AADt/+//+//V/9X/2P/G/xUA9f/I/+//FgAAAOr/AADr//H/8f/s/8b/v/8AAMj/7P/n/8D/y//4/8P/3//v/9L/1//1/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAMz/+P/F//H/7v/W/9//9f/s/+z/7f8NAOb/2P/r/wAA7P8RAPX/5//0/+z/2P8OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/p/+r/zv/x/+T/2f8cAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALT/0P/e/+v/qv8jALX/9P/s/+z/7P/s/+z/FADs/+z/6v/b/wAA7P/s/wAA6v8AAAAAAAAAAAAAAAAAAAAAAADl/+n/6v/O//H/5P/Z/xwAAAAAAAAAAAAAAAAAAAAAAO//6f/l/wAAAADH/xAAxf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/wf/X/9j/5P8AAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7v/z//H/AAAYAO7/8//s/wAAAAAAAAAAFADs/wAA1//r/+z/7f/0/ykA3f/n/+z/7v/u//f/7f8UAO//8f/r/+v/GQDs/+D/2P/q/+z/uP9BANf/xv/F/9z/v//I/+L/7f/s/+z/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAAGADl/+z/5v/g/+j/6P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//e/9v/5//z/yUA6//u/+z/7P/s/+z/7P8UAOz/7P/s/+z/AADw//n/FADr/+z/5P/W/9//5f/k/yAA1/+8/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAA7P/4/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt//j/8P8AAPn/7f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/1/8tANT/3//a/9X/0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADi/+r/+P/2/+b/7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADt/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/v/+3/7P/0/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8TAAAAAAD4//X/8P/1/xQA7P/t/+7/7f/s/+z/7P/e/87/7v8AAPf/LQDb/+r/AAAAAAAAAAAAAAAAAAAAAOz/7v/u//T/9P/u/xQA8P/4//X/AAAAAPv/9/8AABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt//j/8P8AAPn/7f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/s//T/7//u/+z/7f8ZAAAA9P8AAAAAAAD3/wAAGAAAAPP/AAAAAAAA9v8AAOz/7P/s/xQA7P/r/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/2//s/+7/7f/s/+//2v8TAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+v/AAATAAAAAAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAADe/97/AADi/+n/2v/p/w4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+n/AAD7//r/7P/k/xQAAAAAAAAAAAAAAAAAAAAAAO3/EwAAAAAA+P/1//D/9f/t/xMAAAAAAPj/9f/w//X/7f8TAAAAAAD4//X/8P/1/+3/EwAAAAAA+P/1//D/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7/8AAAAAAADw/+3/AAAUAO//AAAAAAAA8P/t/wAA8/8AAAAAAADs/wAA8/8UAOr/2/8AAAAA7P/e/93/IgDs/+z/8//s/+z/7P/s/xQA5v/k/8j/0f/l/9L/LwDP/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAD2/wAA7P/v/wAAAAAAAPH/FAAAANv/6//e/+L/3v/m/yEA2f8AAAAAAAAAAAAAAAAAAAAAFQD5//X/AAAAAOL/6//v/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAAAAAABMAAADP/+z/7P/u/+7/7P8VAO3/7f8AAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAOb/6P/Z/93/4v/k/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5//n/xkA6//Z/+D/6/8UAOz/8P/5/wAA7//t/wAAAAAAAAAAAAAAAAAAAAAAAOj/7f/n/+j/7//Z/yUA7v/q/+j/7f/1//P/4v8YAPX/AAAAAAAAAAAAAAAAAAAAAOj/3v/r/+//6P/n/xcA6/8AAAAAAAAAAAAAAAAAAAAA6P/o/+f/1v/p/+L/HADs/+v/7P/p/+v/7P/r/xUA7P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/6//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADW/9f/2f/e/97/1v8qANz/AAAAAAAAAAAAAAAAAAAAAOr/6v/s/xQA7f/s/+z/6/8AAAAAAAAAAAAAEADz/wAA6f/f/9H/1v/k/xgA6v/Q//v/3v/W/93/4//U/wkA7v8UAOz/7f/u/+3/7P/s/+z/6f/d/+v/8v/u/xoA5v/p/+v/x//Y/93/DwDG/wkAwv/s/wAAAAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAAAAfAOz/AAAAAAAAAAAAAAAAAAAAAAAAzP/A/9D/zP/J/y0Ay//n/+f/0v/U/8X/yv+9/87/JgAAAOv/zP/L/9L/GwDE/9b/AAAAAAAAAAAAAAAAAAAAAOz/7f/y/wAAAADs/xQA7P/n/9v/5f/o/+n/2P8mAOb/7P/s/+7/9f/u/xQA7P/s/+z/8v8AAAAAAADw/xQA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6P/q//T/9//q/+v/FwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6//s/+z/7P/r/+r/FAAbAPD/7//3//f/8P/l/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s//D/8v/s//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7f/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADz/xQA8//6/wAA8f/s//L/3f8HANn/5v/U/xQA0P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAPn/9f/k/+T/8//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/+f8AAOz/FAAAANL/2v/j/8//4v8AAAAA2//s/+z/7f8UAO3/7P/s/+z/LQAAAAAAAAAAAPj/1P8AAOz/7P/r/+r/5P8VAOz/6v8FALj/2v/u/8j/0//p/wkAAAAAAAAAAAAAAAAAAAAAABUA6f/u//P/7P/r/+z/6v/U/+z/7P/t/+3/6/8XAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P8UAOz/7P/s/+T/0//d/9X/z//X/8n/0/9HANj/2P/t/9j/7f8TAPv/2v/a/9D/2P/s/9r/EQAGANv/AAAAAAAAAAAAAAAAAAAAAPH/FAAAAAAAAADt/+7/7f/s/+z/7f/t/+z/FADs/+z/FQDq/+z/7P/s/+r/6f/r/+z/7P/s/xQA7P/s/+z/7P/4/wAAAAAAAAAA+f8AAA4AEQDp/8P/0//d/+T/3/8AAOP/5//t//D/HgDo/9r/4f/X/+r/7P/g/9b/1/8nANj/2f/Q/5n/z/+l/zIA1//t/+3/7P/w/xQA7//s/+z/7v8AAAAAAAAAAAAAAAAAAAAAKQDf/9v/6v/t/+L/1v/o/wAAAAAAAAAAAADc/+3/JwDl/9T/3v/S/93/JADT/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAPn/AAAAAAAAAAAAAAAAAAAAAAAA7//s/+3/7//v/xQA7P/t/+T/KQDT/9P/zv/Z/9z/2//s//H/7f8UAAAA7P/z/+3/6P8AAOz/6//f/93/CgDg/9j/7f/s/xYA5f/r/+r/2P/A/+P/6//o/+7/HADs//X/AAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAFAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAA7P8AAPT/AAAAABQA7/8AAAAAAAAAAAAAAAAAAAAAAAAGAPr/4v/b/9n/2f/X/9j/6f/s//j/3f/1/93/7f8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoA5//m/9j/6f/h/wAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+L/2f/f/9T/3f8lANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+r/6//r/+v/FQDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/t/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/6v/r/+z/IwDr/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f8AAPv/7P8AABQAAAAAAAAAAAAAAAAAAAAAALP/9P/A/7v/rf/m/9T/DQDP/9H/6P/k/9D/GgDg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t//D/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAOT/4v/t/wAA5/8nAOr/2P/u/+n/6v/2//H/6//r/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAMb/8v/t/+n/6f/n/+z/7f/t//D/AAD6/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAPH/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/n/+n/6f/t/+b/3v8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/o/+z/6//q/9f/4v8rAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/7f/6//r/7/8TAAgA6//s/wAAAAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8P/7/+3/7P/s/+7/FQD5/wAAAAAAAPX/6//6/8z/1f/H/+L/9f87AOf/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/3f8XAOz/7P/W/+r/zf/s/wAA7f8UAOz/5f/p/+z/AAAAAAAAAAAAAAAAAAAAAB4A4v/d/9T/3P8AANr/0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//1/wAAAAARAPX/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo//f/+P8AAOz/GgDr/x0A4v/y/+P/7//e/97/5//Z/8//3v/a/9b/2P/l/ykA8P8AAN7/AADh/+D/5f/F/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/t//D/7P/s/+z/3v/h/wAA5P/g/9j/2P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+T/1P/e/93/GwDr/7v/AAAAAAAAAAAAAAAAAAAAAAAA0/8AANT/yf/w/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/+a/+z/vf/s/8L/6P8oANj/+v/b//v/4P/a/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+r/6v/o/8r/6//h/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/8v/r/87/1v8AAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+z/r//Z/9T/y//4/8//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAOz/AADz/+3/7P8UAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/tv/j/93/u/81ANL/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/zP/V/7b/AADj/wAAAADO/9n/4P8sANr/zf/l/9b/6P/X/woADQDl/9f/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA8/8AAAAAAAAJAO//7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADt/+7/7f/s/+z/7P8AAAYAAAAAAAAAAAD6/wAA7P/s/+z/7P/s/+z/FADs/+7/EwD1//r/8//1/+7/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/6/wAA9P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAPn/7v8AAMr/4f+2/8L/AADy/9j/AADs/+z/7P/u/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPj/8f/v//f/AADi/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/AAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOz/7P/s/+z/6v/s/93/1P/j/9L/4v8mAOf/yv8AAAAAAAAAAAAAAAAAAAAAFADx/+3/AAAAAO//7P/4/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADu/+3/7P8AAOz/8f/s/83/FQAAAPr/AAAUAAAA7P8AAO3/7v/s/+z/7//t/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAUAO3/AAAAAPb/7P/t/+7/AAAAAAAAAAAAAAAAAAAAAOX/5P/u/+z/6//r/9f/IgDs/+v/7P/2/wAA7P8UAPr/7P/u/+7/9P/0/+7/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+z/7f/s/+3/7P8UAOz/6/8AAAAA7P/1/wAA7P8UAPH/AAAAAAAAAAAAAAAAAAAAAPj/FgDu/wAA9f8AAOz/9v8AAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAOj/GQAAANn/6/8iANj/2f/f/+n/2P/T/ykA5P/z/+L/8P/X/+f/AAAAAAAAAAAAAAAAAAAAAOz/8P8AAO7/7f8UAOz/7P/s/+z/7P/t/+z/FADs/+z/6/8WAOv/6//r/+r/6f/q/8L/xv/T/+3/pv8NAAYA0P/s/xQA7P/t/+7/7P/s/+z/7v/v/wAA8//t/+3/7P8UAAAA+P+y/8H/x/+7/+X/s/8VAOr/9f/0/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPj/AAAAAPr/AADq/xgAAAAAAAAAAAAAAAAAAAAAAAAA9P/5//j/8v8AABcA4//r//v/FwAAAAAA+P/2/+n/AAAAAAAAAAAAAAAAAAAAAAAA6P/i/+j/6//r/+n/FwDr/+v/6f/q/+v/6//m/+r/FgAAAAAAAAD2/wAAFAAAAOz/7P8AAAAAAAAAABQA7P8AAOT/3f/q/+j/5P/c/x4A4v/k/ykA0//T/87/2f/c/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/9L/3//d/+z/2v/p/x8A7P/s/+7/7v8UAO7/7f/s/+z/7P/t/+7/7f8UAOz/7P8AAO//7/8AAAAAIAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/6v/s/+z/FQDr/+z/5//S/9T/xf/K/73/zv8mAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/+7/7f/r/xUA7//s/+z/7P/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAPv/FwAAAAAA+P/2/+n/AAAAAAAAAAAAAAAAAAAAAAAAy//4//r/+f/u/9//CwDr/+f/6//s/+z/7P/r/+r/FADs/+z/7f/t/xQA7P/s/+z/7P/w/wAA7v/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADh/+r/AADe/87/6f/X/xkA7P/s/+z/7P8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAD1//r/AAAAAAAA+f8TAAAAAAAAAAAAAAAAAAAAAAAAAOD/0f/W/9f/3v8AAAUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+b/7P/c/+z/2P8SAAAA7P/s/xQA6//r/+z/7P/s/xQA7P/1//n/+f/s/+z/7f8UAOz/9f/5//n/7P/s/+3/2P/t/+z/FgDl/+v/6v/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/w/wAA+v8UAOz/7P/x//T/+f8AAPb/AAASAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7f/y/xUA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7v/s/wAAAAAAAAAAAADw//D/8f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/u//T/7P/t/+z/FADr/+n/9P/s/+v/6//q/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA6//r/+3/7f/o/+n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//t/+z/7P/u/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAAAAUAOz/7P/y/wAAAAAAAAAAAAAAAPT/EAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/+P8AAPD/FADu//P/AAAAAAAA7P8AAPP/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v8AAAAAAADw/xQA8v8AAAAAAAAAAAAAAAAAAAAAFQDt//D/7//s/+v/5//s/+z/7/8UAOz/4v/q/+v/7P/s/+z/8f/2//b/7P8UAO3/6//s/xQA7f/v/+z/7P/s/+v/7P/r/93/7P/r/xUA6/8AAAAAAAAAAAAAAAAAAAAA7P8AAPT/AAAAABQA7/8AAOz/7P8UAOv/6//s/+z/7P/t/+3/7/8AAPj/FADs/+z/7f/s/wAA7P/x/+z/zf8VAAAAAAAAAPj/AAD4/xAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/z//r/FADs/+3/7P8AAPr/AAAUAAAA7P8AAO3/AAAAAAAAAAAAAAAAAAAAAOz/AAD0/wAAAAAUAO//AAAAAAAAAAAAAAAAAAAAAAAAHwDq/wAA+f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AADs/wAA7P/s/+3/6P8XAOv/7f/x/+z/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAA7P8AAOz/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//k/+3/3v/6/yIA9//a/wAAAAAAAAAAAAAAAAAAAADX/w8AAADc//H/0/8NAAoA7P/t/wAA8/8AAOz/7P8UAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AABUAFADs/wAA7P8AAAAA7P/Y/9z/3P/5/+v/7/8AAOP/zf8AAAAAAAAAAAAAEADz/wAAAAD6/wAAFAAAAOz/AADt/+n/7f/7/9r/+P/z/+3/CAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/w/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/8f/7/xQA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/7P/s/+z/6/8WAOv/7P/q/xQA7P/s/+r/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/9H/uv/T/9f/HQDI/+v/DQDt/+z/AAAAAAAAFADm/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvP/O/+H/x//O/wkA5P8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/t/+3/7P/s/+z/FADY/9n/4P/0/xcA4f/l/+z/6/8bAO3/8f/t/+v/4v/s/wAAAAAAAAAAAAAAAAAAAADo/9n/7P/r/xoA6f/m/9j/2/8AAO//AADb/+P/1P8nAAAAAAAAAAAAAAAAAAAAAADt/+7/8//6/xQA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/w//D/7f8UAO7/AAAAAAAAAAAAAAAAAAAAAPn/FADt/+//7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8P/3//n/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//f/+L/2//l/+b/EwAiAOj/7f/e/97/+v/z/x8A4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/q/+z/6//m/+X/GQAAAAAAAAAAAPT/8//0/xEA5f/b/+P/KADh/9T/1//r/wgAHADK/9j/+P/Y/9f/2P8AAAAAAAAAAAAAAAAAAAAA+P8AAAAA+v8AAOr/GAAAANb/2f/d/+//FwDe/+X/7P/k/xIA1//W//H/6f/w/+j/DwDR/9L/0f/R/8n/xv8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9j/FADb/+H/6v/j/wAAAAAAAAAAAAAAAAAAAADY/9j/8//g/xQAAAAAANj/6//b/+v/7P/s/wcA7P8AAOv/2//r/+z/7P8HAOz/AAAAAAAAAAAAAAAAAAAAAAAAFADv/wAAAAAAAPD/7f8AAAAAAAAAAAAAAAAAAAAAAADp/+z/CADu/+v/2P8TAOb/yv/7/9//KwDb/83/z//V/w4Avf/N/xgAAADf/87/4//q/97/6f/o/+X/3v8WAOT/5v/s/+3/3//s/wAA7P8GAOz/AADs/+z/7P8GAOz/7P8AAAAAAAAAAAAAAAAAAAAA2/8mAOD/8f/m/+j/5f/m/wAAAAAAAAAAAAAAAAAAAADz/wAAAAAAAOz/AADz/xQA7P8UAO7/9P8AAO3/7P/v/+H/3f8UAAAA5f/e/9j/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/b/97/AAD7/9z/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/g//D/4//r/xoA5v/m/+z/7v/u//f/7f8UAO//8f/s/wAAAAAAAAAAFADs/wAAAADo/+r/AAAAACEAAAD3/+3/7P/s/+7/7v8UAOz/7P8AABQA7v/y/+z/7P/s/+//tv/r/8n/1//O/xcA7P/m/9n/7f/3/+3/+f8VAOz/3P8JAOz/7P/s/+3/AADs/+z/AAAAAAAAAAAAAAAAAAAAANr/7v/t//j/7P8AAAkA8v8AAAAAAAAAAAAAAAAAAAAA3f/c//P/AADn/ygA4//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAPj/EAAAAAAAAAAAAPj/AAD4/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/4/wAAAAAUAOj/7P/s/+3/7v/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/9T/HADd/+X/6v/i/9j/7P/s/+f/7P/s/xQA6//t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAA9P8AAPj/FwAAAO7/7P/s/+7/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7//t/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s//n/9v/s//X/AADs/xQA9v/5//b/7P/1/wAA7P8UAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7v/s/+z/7P/s/wAAAAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f8AAPv/+v/s/+T/FADs/wAAAAAAAAAAFADs/wAAAAAAAAAAAAAAABUA7f/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAABMAAAAAAO3/7f/v/wAA+P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/8//t//T/FADs//f/7f/s/+3/AAD7/+z/AAAUAO7/7P/s/+//7f/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADu/+z/8v/v/+z/7P/s/+z/8v/s//X/8//s/xQA7v8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAAAAAOz/7P/s/+3/7P/v/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//l/+v/6/8bAOv/3//d/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/s//H/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcAAAAAAAAAAAAAAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt//H/+f/t/+z/7v8UAPH/7P/1//L/9P/s/+3/2//j/9n/3v/s/9T/IgDk/xQA7f/s/+3/9P/y/+z/+f8AAAAAAAAAAAAAAAAAAAAA4/8cAOb/5f/m/+f/4v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAAAA6v/f/+n/6P/m/97/FgDl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAAAA7f8UAAAA8f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADX/yEA5P/l/9P/5f/b//f/AAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAAfAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//T/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/2/wAAAAAUAOz/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAUAAAA7P8AAAAAAAD2/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/z/xQA8//6/wAA8f/s//L/4/8bAOv/9//3/+3/1P/W/wAAAAAAAAAAAAAAAAAAAAAAAOz/+f8UAO//AADs/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/93/7P/r/xUA6//r/+z/6//d/+z/6/8VAOv/2P/t/+z/FgDl/+v/6v/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALwDy//v/AAAAAPX/0f/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAPj/AADv/wAA7f/v/wAAAAAAAAAAAAAAAAAAAADr/+j/6f/q/+v/5v8YAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FQDz/+//7v/s/+v/8P8AAAAAAAAAAAAAAAAAAAAA+f/2/+z/9f8AAOz/FAD2//H/8P/w/+z/9f8UAOz/7P/e/+L/GADq/+X/6f/o/+n/AAAAAAAAAAAAAAAAAAAAAAAAAADs//X/AADs/xQA8f8AAAAA7P/1/wAA7P8UAPH/AAAAAAAAAAAAAAAAAAAAAPL/+f8AAAAA7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/2P/W/+T/KgDr/9b/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/8v/u/xQA7f/t/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7v/v/wAA7v/q/wAAAAAAAAAAAAAAAAAAAAAAAO3/6f/i/+n/6P8YANv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+D/7v/4/+z/1f8pAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//7P/3//f/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/+r/6//6/+z/FgDl/+3/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADt//L/7f/c//D/AAD5/ycA3v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOP/7f/r/+v/6//q/+z/FQDj/+3/6//r/+v/6v/s/wAA7v/v//H/FwAAANj/AAAAAAAAAAAAAAAAAAAAAND/+P/T//j/1P/a/woA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/9T/3v/S/93/JADT/9f/4P8PAAAA3P/3/+f/DQD2/xIAAAAAAAAAAAD5/+7/AAD0/+z/AAAAAAAAAAAXAAAAFADx//T/AADy//H/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//O/+j/5f/7/+X/1P8XAOz/7P/s/+z/FADt/+z/7P/l/wAAAAAAAPn/JAD0//H/AAAAAAAAAAAAABAA9v8AAAAAAAAAAAAAAAAAAAAAAADj/xcA6//p/+v/7P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+z/7P/s/xQAAADu/wAAAAD5/+7/AAATAAAAAAAAAAAAAAAAAAAAAADl/+z/7v/w/+z/7P/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+b/GQDs/+z/6f/j/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/z//r/FADs/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/z//j/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/2/xQA7P/s/+z/x//P/9j/6//g/ykAyP/X/wAAAAAAAAAAAAAAAAAAAADs/+//AAAAAAAA8f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/W/x8A8P/0/9b/5//X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//f/8f/s/xQA7v8AAPL/AAAAAAAAHwD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA6//t/+v/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/6v/r/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+X/8f/s/xcA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+v/6//p/+z/7//1/xUA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+//7//z//P/EwDv//P/qv/d/8z/1/8AAPX/zv8AAO3/7P8AAAAAFADs/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AAAAAFADs/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAA7P8AAPP/FAAAAAAAAAAAAAAAAAAAAAAA5//s/+z/6//k/+v/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAABUAxv/y/+3/6f/p/+f/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8TAAAAAAD4//X/8P/1/9z/HQDs//P/4v/u/+j/9v/Y/9f/2P/Y/+P/2f/X/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/i/9P/5/8aAOj/4//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/1/wAAAAD7//f/AAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAA6v/p/+z/FADs/wAA6P/Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3//j/7f/1/wAAAAAAABQA3//n/+n/8//K/+3/9/8AACIAAADv/wAAAADe/wAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AABQAAADs/wAA7f/i/+f/6f/q/+v/FwDp/+j/FADv/wAAAAAAAPD/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7P8AAAAAAAAAAAAAAAAAAAAAAADt/xQA8P/y/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOr/9f/0/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7f8AAAAA9v/s/+3/7v8AAAAAAAAAAAAAAAAAAAAA4//k/+//8f/m/+r/GwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADu/+z/AADs/+z/AAAAAO//7f8UAPD/AAAAAAAAAAAAAAAAAAAAAOb/4P/w/+P/6/8aAOb/5v8AAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAAABIAAADu/wAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAAHwDs/wAA6f/q/+v/6//r/xUA6//r/+3/AAAAAAAAAAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//D/8P/s//X/FADs/+z/7P/s/xQA6//s/+z/6//p/wAAAAAAAAAAAAAAAAAAAADp/+L/5f/0/wAA4v8dAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/y//b/7f8AAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDl//j/AAAAAOv/7P8AABUA5f/4/wAAAADr/+z/AAD4/xYA7v8AAPX/AADs//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC1/97/0v/o/9v/s/9HAM//AAAAAAAAAAAAAAAAAAAAAAAA6P/3//j/AADs/xoA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/2//b/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/+f8AAAAA7P8UAOz/7P/h/97/5v/k/+P/3v8fAOb/7P/s/+7/9//z/+3/FADx/wAAAAAAAAAAAAAAAAAAAAAXAOv/6//t/+3/6P/p/+r/6f8UAO//9f8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/8v/5P8iAOD/uP/a/8X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/9//5//k/+f/HADj/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wAA6f/q/+j/EwDo/+P/7P8VAOv/7f/r/+v/7P/s/wAAAAAAAAAAAAAAAAAAAADq/xMA7P/s/+j/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABQAAADs/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAAAAAKAAAA7P/s/+7/9//x/+z/FADu/8f/JQDQ/8T/3P+6/+j/DADO/yMA3P+6//f/7P+r/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6f/5/+z/GADu/+r/6f8RANj/2v/P//L/0f8PAMf/0//W/8v/0P/P/wAA6f8dAAAAAAAAAAAAAAAAAAAAAAAWAOf/7P/r/+v/7P/r/+f/7P/s/+z/7P/s/+z/7f8UAOP/xP/Y/+7/1//h/93/DwAAAOz/AAAAAAAA7P8UAAAA2//s/93/6f/d/yAA6v/q/7b/+v9y//b/uf/q/xIA7v8AAAAAAAAAAAAAAAAAAAAA6P/p/+D/6//y/9n/FAAKAAAAAAAAAAAAAAAAAAAAAAAsAOv/2f/X/9f/0//G/9j/AAAAAAAAAAAAAAAAAAAAAMD/BgDZ//n/4v/X/wAA4P/h/+D/6f/r/+v/4/8bAOP/4v/t/+z/7P/s/+v/7P8UAAAAAAAAAAAAAAAAAAAAAAAHAN3/AADs//v/3P/7/+L/7P/s//P/7P/s/+z/7P8UANH/2/8AAAAA7P8GAOf/6/8AAAAAAAAAAAAAAAAAAAAAHwDm/9P/1v/M/wAA5//V/+z/3//t/+z/AADs/+r/AAAQABQAAAAAAAAA7P/j/wAAAADs//r/AAAAAOz/FAAAAOX/6f/f/9P/4P/f/9j/HQDt/xQAAADx/+3/7P/s/+3/7P/n/9r/AAAUANj/2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/o/+X/2f/l/yQA1//Y//H/8P/F//H/7//F/+H/9P/s/+z/7P/s/+3/7P/s/xQA4f/t/+X/7P/r/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//n/AADs//r/FADn/+z/rv/T/9T/y/8AAMv/6f/b/ywA6P/u/83/zv/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/b/+j/2f/f/ygA1P/X//j/FgDu/wAA9f8AAOz/9v/f//D/p//P/9H/1v/3/93/6//g/+v/6P/s/wYA7P8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/r/+z/7P/r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/x/8L/vv/U/7//AADY/wAAAAAAAAAAAAAAAAAAAADr/+v/8f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/6v/q//v/CADe/+z/9/8AAO7/DADr/wAA3f/Y/wAAAAAAAAAAAAAAAAAAAADR/7z/1f/r/8b/CgALANP/AAAAAAAAAAD0/wAAFgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANABQA2v/P/9r/2v/G/+P/x//v/9b/7v81AOH/0//s/+z/5//s/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAABQA7P8AAOz/AADs/+z/6v/Q/+b/1P/U/+//2v8fAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xYAAADq/wAA6//x//H/6//b/+v/7P/s/wcA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+7/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//T/7P8UAOz/2v/h/9v/6v/c/+v/4v8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//L/7P/s/+z/7//Y/9j/7P/i/9j/3P8AABAA7P8AAAAAAAAAABQA7P8AANn/FADr/+L/5//Z//b/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//6/+z/FgDl/+3/6//1//L/9v/t/wAA7P/t/xQA6/8YAOP/6v/d/+r/6//l/+z/7P/t/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/6//s/+z/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDq//X/9P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+z/7P/s/xQA7P/s/+3/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/wAA+P/s/wAAFADs/+//AAAAAAAA8f8UAAAAAAAAAAAAAAAAAAAAAAAAAN3/OQDl//P/3f/1/8//z//s/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOj/6v/s/+z/FwDp/+j/5P/o/xsA5//o/+X/5v/i/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAD2/wAA+P8UAAAA2P/W/x8A8P/0/9b/5//X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/7f/v/+//FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t//D/7P/t/xQAAAD6/wAAFAAAAOz/AADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+3/8P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAOv/6//o/+z/+f/s/+z/6v/5/wAA7v/6//T/FwDt/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7P/s/+v/7P/s/+v/FADs/+z/6//s/+z/7P/s/xQA7P/s/+z/7P/t/+3/6/8UAOz/FADs/wAA8P/t/+v/7P/y/yQA9P8AAO7/8P/m/+f/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/2/wAAAAAAAPv/8f8kAAAAAAAAAAAAAAAAAAAAAADs/+7/7f8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOD/6P/s/+v/6v/X/+L/KwDv/+z/7f/v/+//FADs//H/AAAAAAAAAAAAAAAAAAAAAOP/FwDr/+n/6//s/+n/7P/s/+z/7P8UAOz/7P/s/+z/7P/r/+z/7P/s/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAPv/7v/s//P/FAAAAAAAAAAAAAAAAAAAAAAALwDy//v/AAAAAPX/0f/j/wAAAAAAAAAAAAAAAAAAAADX/93/4f/s/+n/4P8jANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/7P8UAOz/zP/e/9X/1v/M/8//0/8tAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/6/wAAAAAAAPn/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/FgDr/+r/6v/r/+j/6/8AAAAAAAAAAAAAAAAAAAAAFQD5//X/AAAAAOL/6//v/+n/7f/6/97/9//z/+3/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//b/7v8UAOz/6//s/xQA7v/0/+z/7P/s/+z/7P/r/+z/9v8AAOz/FAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/z//H/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu//T/7P/s/+z/7P8AAAAAAAAAAAAA8P8AABAA7P/s/wAA7P/s/+z/7P8UAOz/7P/w//D/7f8UAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAPX/AAAAAAAAAAD0/wAA+P8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAADo/xkAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7v8AAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAOX/6f/f/8//3//f/9n/HQAAAPT/AAAAAAAA7P8AABQA2P/Y/9j/5P/Z/+j/2P8fAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s//f/FQDr/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/w/wAAAAAAAAAAHwDs/wAAAAAAAAAAAAAAAAAAAAAAAOX/1P/e/9L/3f8kANP/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P8AAO7/7f8UAOz/7P8AAPT/AAAAAAAA7P8AABQA7P/s/+f/7P/s/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/r/+v/FQDo/+v/AADh//T/AAAAABwA7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/7P/h/wAAAAAZAOz/9f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAAAIgDf/+//7P/s/+//7//m/xQA5//c/9H/8//2/+v/+/81ANH/x//f/+n/7P/g/+b/2f/x/ykAFQDu//n/+v8AAOv/7P/0/+f/7//5/97/7P8bAO3/7P/6//n/9f/1/wAAMgDm/9//AAAAAAAAAAAAAAAAAAAAAOz/6//r/+n/7P/n/+z/FgAAAOz/AADz/+3/AADs//b/7f/s/+z/7v/u/xQA7P/s/wAA+v8AABQAAADs/wAA7f8AAAAAAAAAAAAAAAAAAAAA7P/w/wAA7v/t/xQA7P/s/+z/6P/t/+//7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AABQAAADs/wAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/r/+v/6v/m/xQA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAADc/+3/JwARAPj/AAAAAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/yUA7v/7//j/7v/c//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/5f/o/97/5f/V/yQAz/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/s/+z/7f/t/+v/FwDt/xQA7P/t//r/AADs/+z/7P8VABIA4v/k/9v/4f/m/8T/5f/p/9//z//f/9//2f8dAOv/6//x/+z/7P/s/+z/FADt/xQA8P/y/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/GwDu/9j/7P/i/+z/8f/t/xQAAADs//P/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//j/AADw/xQA7v/M/x8A7P/n/+r/3//E/9L/FQDu//f/AAAAAPv/7P/0/wAAFwD0/wAAAAD4/+v/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHABUA8/8AAAAA9//s//X/AAAXAPT/AAAAAPj/6//2/+v/7P/r/93/7P/r/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/q/+3/7P/r/+3/AAAAAAAAAAAAAAAAAAAAAOz/GADo//L/9v/r/+j/7P8AAAAAAAAAAAAAAAAAAAAAFADt/+3/8P/x/+z/7P/u/wAA7P8AAPP/7f8AAOz/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/1//i/9n/2P8nANj/2P/s/+z/7v/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAAAABQAAADu//f/AADu/wAAFAD1/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+//7//s/xQA7f8UAOz/7f/t/+z/7P/s/+z/2v8JAOb/9/8AAAAA2P8AAND/6v/G/9//8P+x/xgA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/GgDm/+D/5v/o/+f/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/6//r/xUA6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5//p/+3/6//q/xgA6f/Y/9b/HwDw//T/1v/n/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/9P/z/+7/FADt/+H/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANgCw/+P/4//R/9j/w//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/IwDv/+v/4v/0/9b/3v8AAAAAAAAAAAAAAAAAAAAA4f/p/wAAAAATAOX/AAD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAbAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAADx/+z/6//s/wAAAAAAAAAAAAAAAAAAAADl/+r/8//o/+z/6v/p/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA9v8AANz/HQDs//P/4v/u/+j/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/y/+7/FADt/+3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/3P/o/xcA7P/p/+r/AAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAASAAAA7v/s//X/AAAAAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/8P/1//X/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/1/wAAAAD7//f/AAARAAAAAAAAAAAACwAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/9f8AAAAA+//3/wAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAAAA9/8AACMAAAAAAAAAAAAAAAAA9P8QAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA2//w/9//1v/P/wAA6f/Z/+3/7P/w//X/9f/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAAAAD3/wAAIwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/KAD1//j/+f/Y/+P/8P8AAAAAAAAAAAAAAAAAAAAA8/8AAAAAAADs/wAA8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/3/wAAAAAVAO7/9f/s/wAAAAAAAAAAAAAAAAAAAADj/9r/6P/m/yAA1P/r/9//AAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/+P8AAPD/FADu/+3/7f/s/+z/7P/s/xQA7P/T/ykA5P/z/+L/8P/X/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9f/6/8UANf/2P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/n/wAA2P/e/8n/DQDm/+v/6//s/+3/7f/s/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAADb/9n/3//X/9L/4/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/7P/u//f/8f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADQ/9H/1P8AAO7/JQDi/8b/1//T/yoA3P/f/9r/1v/a/wAAAAAAAAAAAAAAAAAAAADJ/+r/CQAPALv/wf8IAPP/AAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAUAOz/6v/b/xQA2f/Y/+H/2f8AAOH/AADS/9j/1//k/xkA3P/6/xcA1//d/+j/6v/g/8D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/x0A1//p//T/3//k/+L/AAD6/wAAFAAAAOz/AADt//f/HwAAAPr/+v/z/+7/AADr/+r/7P/s/+v/6v8VAOz/AAAAAAAAAAAAAAAAAAAAAAcA8P/v/+D/8v8QANv/8f8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7P8AABEA2v/P/77/0/8MANn/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/tf/p/xUA7P/K/wUA0f8AAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/s/+D/HADh/8L/+v/j/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/7P/s/+z/AAD7/+z/AAAAAAAAFQAAAAYA7P8AAPn/+P8AAAAAAAC6//v/HwC1/8L/xf8OAKT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xcA6//q/+n/6//q//T/AAAAAAAAAAAAAAAAAAAAAOn/5v/f/9P/4/8AAB0A4f/s/xQA7f/t//D/7P/s/+z/FADt/+z/7P/0/+j/7P/6/wAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAA+P/Y/wAAEgAAAAAAAAAAAPn/7v8AABQA9f/y//j/AADs/+z/AADt/+z/8v/u/xQA7f/t/+3/7P/s/xQA6//s/+z/6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAEwAAAAAA7f/u//X/+v/u/wAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/9z/+f8AAAAA9v8lAPr/7f8UAO3/8P/w/+z/6f/u/+z/7P/w/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAO7/+f/6/wAA6//s//T/AAAGAAAAAAAAAAAAAAAAAN7/HADj/+f/5f/j/+b/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/y/+7/FADt/+3/7f/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//z/+z/7P/s/+z/FADk/+D/3v/n/93/GQDd/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/8f/s/+z/7P/s/xQA7P/s/+3/8//x/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+v/2/wAAAAAUAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPT/AAAAABQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPT/AAAAABQA7/8AABIAAAAAAAAAAADz//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAAAA0A7P8UAOz/8P/s/+7/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/+f/5/+7/7f8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/W/x8A8P/0/9b/5//X/9j/1v8fAPD/9P/W/+f/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9b/FwDs/+z/6v/l/+v/AAAAAAAAAAAAAAAAAAAAAAAA+f8cAAAAAAD3/+z/AADs/+z/FADs/+z/7P/s/+z/6f/q/xgA3//c/+r/5//k/+n/5/8XAOj/6v/l/+r/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/w//D/EADv/+v/8P8UAOz/7P/s/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAN//EgDY/9r/2P/Y/wAA2P8AAAAAAAAAAAAAAAAAAAAA4//j/+z/6f/m/+v/6/8WAOz/7P/s/+z/7P8UAOz/7P/s//b/8P/t/+z/FADr/+z/4//H/+//1v/u/zUA4f/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/9/8AAAAAAADu/xwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA6//o//j/9f/n/9j/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2P/Y/+T/2f/o/9j/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//7P/3//f/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOn/7P/s/+v/7P8AAAAAAAAAAAAAAAD0/xAAFADs/wAA7P8AAOz/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8AAAAAAAAAAAAAGgAAABQA7P8AAOz/AADs/+z/7f/s/+r/8P/3//v/+P8VAPX/7P/p/+n/6P/j/8b/xP8xAAAAAAAAAAAAAAAAAAAAAADr/+7/AAAAAAAA9P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/s/xQA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/FAAAAPj/7//t//r/7P/s/+z/7P/0/+z/FADs/+z/7P8UAOz/7//t/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/6v/q/xUA6P/e/wAA7P/c/+3/2v8UAOz/5v/l/8f/6P/m/+f/6v/l/xgAAAAAAAAAAAAAAAAAAAAAAOT/6v++/7z/x/8ZAAAA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/9j/2P/p/97/AADY/xQAAAAAAAAAAAAAAAAAAAAAAAkA7P/s/+z/7f8AAOz/7P/s/wAA8v8AAAAAFADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAAAAAAAAAAAAAADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FADl/+T/HADq/+j/6P/j/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/z//H/7P8UAO3/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7v/6//v/AADZ/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//b/7v8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACU//P/1P/G/8n/wP86AL//+f8lAO7/+//4/+7/3P/2/+z/FQDj/+3/6//r/+v/6v8AAOz/AAAAAAAA7P8UAAAA7P/s//L/2v8AAPH/HQDu/wAAFQAAAAAAAAAAAOv/AAAAACEA6v/4/wAA+v/h//j/7f8UAOz/7f/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8TAAAAAAD4//X/8P/1/+D/AAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//D/AAD6/xQA7P/s/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/7v/t/+v/FQDv/+z/AADw/wAAAAAUAO3/AADe/+z/6//s/+v/7P/s/xUA7P/s/+z/7f/s/+z/7P8UAPH/6//f//L/7P/q/xAA7P8AAAAAAAAAAAAAEAD2/wAA3//Z/9n/z//g/yAA5P/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA9v8AAAAA+//s/wAAAAAAABUAAADp/+7/AAAAABgA7v/7//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6/8WAOz/7P/s/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xkA5//Z/9j/2//r/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8mAAAA+v/z/wAA5f/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAO7/FADw//D/8P/x//f/7//s/yQA7f/z/+3/5v/b/9r/7f8VAO//8v/u/+b/6//s/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/1/wAA5v8VAOz/7f8XAPD/AAAAAPv/6P8AANz/FgDo//T/7P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AADw/+3/6//s//L/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAADv/+3/FADw/wAAAAAAAAAAAAAAAAAAAADu/xgA7f/u/+r/6v/o/9z/AAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAUAO3/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7v/0//T/7v8UAPD/AAAAAAAAAAAAAAAAAAAAANL/zv/U/9P/1f8kAND/6v8AAAAAAAAAAAAAAAAAAAAAAADh/wAA9P/0/97/6f8AABQA7P/t/+3/7P/s/+z/7P/a/+j/5//W/+X/HQDJ/9f/AAAAAAAAAAAAAAAAAAAAAO3/7P/w/xQA7//s/+z/7v/K/zEA2f/N/9H/4P/Y/9D/7f/u//P/+v8UAOz/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/2//b/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/x0A4f/k/9n/3//j/+D/1P8AAOj/AAAAAAAAMgAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAPj/AAAAAAAAAADw/wAA7P/t/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/t/+//7//t/+z/7f8AAAAAAAAAAAAAAAAAAAAA5//S/9T/xf/K/73/zv8mAAAAAAAAAAAAAAAAAAAAAADu/yEA7f8AAO//0//f/+3/6/8bAO3/8f/t/+v/4v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/+3/FADv//H/7f/t/+z/7P/i/wYA2f/j/+D/2f/6/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AABQAAADs/wAA7f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+T/FwDr/+z/5//r/+n/6v/u/xcA6f/p/+v/6v/p/+n/9P8VAOz/8//y//P/9P/6/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/+P/w/+3/FQDr/+3/+P8AAAAAAAAAAPn/AAAOAOz/7P/4//D/7f8VAOv/7f/n/+b/6P/s/+j/5f8aAOj/AAAAAAAAAAD4//b/DwAAAOz/7P/t//P/8f/s/xQA7f/s/+z/7f/v/+//7P8UAOz/7P/r/+j/7P/r/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8XAOz/6//t/+n/6//s/+3/FwDr//b/8P/q/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/w//n/AADv/+3/AAAAAAAAAAAAAAAAAAAAAAAADwDX/7b/yf/O/+T/9f/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/xQA8f/0/wAA8v/x/+3/AAAWAPj/AAAAAAAAAAD1//j/FADt/+v/9f/w/+3/7P/z/6z/6//a/9L/6P/p/xoA6/8SAPr/9/8AAAAAAADv/wAAMADs/wAAAAAAAN7/0P/a/xQA7v/x//L/8P/u/+z/7/8AAAAAAAAAAAAAAAAAAAAAFADs/wAA8P/t/+v/7P/y/+j/4f8dAOf/6//q/93/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAD5/+7/AADr/+v/9f8AAPn/AAAXAPH/7f8AAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//f/AAAAAOz/7P/z/wAAAAAAAAAAAAAAAAAAAADs/+j/7f/a/+z/AAAAAOz/6//r/+z/7f/s/+z/FQDr/9D/1//k/yEA2P/a/+D/3f8dAAAAAAAAAAAA5//0/wAAAAAAAAAAAAAAAAAAAAAAACcA4v/V/7v/6v/F/+H/5v8AAAAAAAAAAAAAAAAAAAAAKAD2//b/AAAAAOr/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwf/7/83/0v/T//P/CADN/xQA7P/v//L/8//s/+z/7/8QAOv/2v/6/9b/4v8AANb/AAAAAAAAAAAAAAAAAAAAAOz/7v/s/+//AADv/xQA9P/t/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABQAAAASAOn/6//v//r/AADs/+r/HQDW//H/AAAAAPv/4//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDu//f/AAAAAPv/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAPP/+/8AAOz/AADy/wAAAAAUAO7/AADt/wAAAAAAAAAAEwAAAAAAJwDr//H/+v/u/+f/2P/u/wcAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/t/+//7//t/+z/7f8AAAAAAAAAAAAAAAAAAAAAFQD5/wAAAAAAAPX/6//6/93/2P/n/w0A+f/t/wAA6P8AAAAAAAAAAAAAAAAAAAAA8/+7/wAAAAAAAOb/RQAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA+f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/wAA9//4/wAA3P8cAAAAAAAAAAAAAAAAAAAAAAAAABoA5v/1/+//AADt/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+j/6v/0//f/6v/r/xcAAADX/+X/5//x//L/0//6/wAAAAAAAAAAAAAAAAAAAADu/xQA9f/v/+3/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/u/wAAAAAYAO7/+//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u//P/+v8UAOz/7f/s/+z/9f8AAAAAAAD4/xQAAAAJAOz/7P/s/+3/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//T/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8WAOf/4f/n/+v/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAUAAAA7P8AAO3/FADs/+z/7v/s/+z/7P/s//P/AAAAAAAA7P8AAPP/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/t/+b/6P/u/9P/KwDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//j/8z/EAC3/+H/4/8JANn/2v/h/9f/3//f/wAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/r/xQA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/6//s/xQA7P/s/+z/7//s/+z/AAAAAAAAAAAAAAAAAAAAANn/5//f/wAA7P/g/9v/FwAAAAAAAAAAAAAAAAD0/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+7/8//1/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/t/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8UAAAA7P8AAOz/7//v/xUA6//w/+z/7P/s/+b/7P8AAAAAAAAAAAAAAAAAAAAAFADu/+3/AAAAAO//7P/w/xgAAAAAAAAAAAD6/+n/AAAAAAAAAAAAAAAAAAAAAAAA6P8aAOn/7//t//X/6v/s//v/DwD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7f/s/+z/7P8AABUAAAAAAAAAAADr/wAA2/8NAOj/7P/o/woA6//q/+z/AAAAAAAAAAAUAOz/AADs/+7/7P/v/wAA7/8UAPT/AAAAAAAAAAAAAAAAAAAAAOr/1//p/+3/5v/p/ykA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/8/8AAPD/9f8cAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB4A9v8AAPn/+//o/wAAAAAAAAAAAAAAAAAAAAAAANj/4P/m/9//4P/c/yUA2f/r/+v/6//t/+z/6v8WAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/5P8cAOr/6P/o/+P/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/AADp/+z/7P/z/wAA6f8AAAAAAAAAAAAA3P/t/ycAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7f/w/+//7P/r/+f/7P/T/+v/6//s/+v/FQDs/+z/7P/s/+3/7v/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADk/+z/9v/0/wAAHgDa/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/wAA1//a/+z/3P8AAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//T/+//r/wAAFgD6/+7/7P8AAPT/AAAAABQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAD0/wAAAAAAAAAAAAAAAAAAAAAAAOz/AAD0/wAAAAAUAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAUAAAA7P8AAO3/AAAAAAAAAAAAAAAAAAAAAO//FAAAAOz/AAAAAOv/9v/q/+7/7P/4/+//6P8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAA8P/t/+v/7P/y/wAAAAAAAAAAAAAAAAAAAADy/wAA5//x/+r/5f8TAN//FQD4/wAA+f/r/+v/7P/y/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA+f8XAAAA7f/t/+//AAD4/xQA7P/s/+j/FgDq/+v/6v/q/+b/6f/s/+z/7P/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//n/7f/s/xQA7P/s/zMAzv/a/87/1f/b/8L/0P8AAAAAAAAAAAAAAAAAAAAA7P/u/+7/9//t/xQA7//x/+z/7P/t/+z/7P/s/+z/FADq/+v/6//q/+3/6//s/xYAAAD5/xwAAAAAAPf/7P8AAOz/7P8UAOz/7v/t/+z/7P/s/wAA8v8AAAAAFADu/wAADAD2/6r/AAC0/8H/6v/a/+z/IwAAAAAAAADt/+z/7f8AABQAAAAAAAAA7P/w/wAAAAAAAAAAAAAAAAAAAAAAANz/5//e/9j/3f8oANj/2P/Q/8//4f/0/8X/EwDX/wAAFADs/+7/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/6v/s/+z/FQDr/+z/7P/1//X/7f/y/+j/AAAXAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAOL/EADG/7//+P/k/wgAw/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/wAA2/8UAOz/0P/e/wAA7P/s/+z/7P/x/xQA7P/s/+z/7P/r/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAOz/FAAAABMA1f/c/+v/7/8HAOH/5v8AAAAAAAAAAAAAAAAAAAAA7f/s/+3/AAD7/+z/AAAUAPH/AAATAO//BwDV/8H/x/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P8AAOz/FADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+//3v/0/9j/3/8AAOj/9f/o/x8A7v8AAOT/7P8AAAAAAAAAAAAAAAAAAAAA4v/I/+j/6v/m/w0AAADj/xQA6v/v/+z/6P/x/+z/7P8AAAAAAAAAAAAAAAAAAAAA8P/P/xQAvf/F/7P/CQDc/9T/2v/H/8v/4P/f/wAAIgC1/x4A1v/X/9b/0f8AAOP/AAAAAAAAAAAAAAAAAAAAAPT/4f/n/+v/7P/2/9z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/4P8TAOX/+f8TAN//8/8oAAAAAAAAAAAA+P/Y/wAAEgAAAAAAAAAAAPn/7v8AABQA9f/y//j/AADs/+z/AADs/wAA9P8AAAAAFADv/wAA7v8UAPD/8P/w//H/9//v/wAAAAAAAAAAAAAAAAAAAADQ/w8Axf/O/+D/4P/q/xsA7P8AAPT/AAAAABQA7/8AAOr/GwDs//D/8f/s/+L/+f8UAOz/7P/r/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/ywA7//v/9j/4v/o/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/2P8AAAAAKADs/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//L/7P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA7f/s/+7/FADs/+z/7P/s/wAAFAAAAAAAAADs/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/+z/9f/z/+z/FADu/+z/8v/s//X/8//s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/zv/p/+f/6P/m/yEA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//L/7P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/AADs/+3/7P/s/xQAAAAAAAAAAAAAAPD/AAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADp/+3/6v/x/wAAGADp//H/7P8AAPT/AAAAABQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD0/wAAAAAUAO//AADs//r/9v8AAAAAFADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPT/AAAAABQA7/8AAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//s/+//AADr/+z/KADr/wAAAAAAAAAAAAAAAAAAAAD3/+z/8f8AAOz/7P8KAOv/AAAAAAAAAAAAAAAAAAAAABQA8f/0/wAA8v/x/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+3/7//v/+3/7P/t/y8A8v/7/wAAAAD1/9H/4/8AAAAAAAAAAAAAAAAAAAAA7P/s//H/9v8UAOz/7P/s/+P/4//Y/9f/IADa/9f/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//s//H/AADs/+z/CgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/g//r/9P/L/+X/KADr/xUA7P/s/+v/7P/r/+z/7f8UAPj/AADv/wAA7f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/u/xUA3//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8YAOX/6//q/+j/5f/n/wAAAAAAAAAAAAAAAAAAAADq/+X/6//q/+v/6v8WAOn/FQD5/wAAAAAAAPX/6//6/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+7/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/97/7P/r/+z/6//s/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+3/7//v/xQA7P/x/wAAAAAAAAAAAAAAAAAAAADt/ycA6//r/9n/4f/h/93/AAARAAAAAAAAAAAAAADy//H/GQDz/wAA+f/0/+b/7v/p/xgA6v/y//H/8v/o//D/FADs//D/+f8AAO//7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/x//n/7f/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAyP/j/8D/v/8TAMj/uP/p/xgA6/8AAPH/AADn/+//AAAAAAAAAAAAAAAAAAAAAAAADgAAAAAA9v8AAPr/AADr/+v/7f/v/+z/7P8VAOz/8/8UAAAAAAAAAO3/7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAAAA7P8AAAAA6//2/wAAAAAAAAAAAAAAAAAAAADf/xcA6P/s/+j/6//h/+v/AADu//X/AAD4/+z/7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8XAAAAAAD4//b/6f8AAPf/FAD3/wAA8v8AAPD/7P+P//P/yf/H/63/t/8TALj/AAAUAAAAAAAAAOz/7v8AANj/GwDl/+z/6//m/9f/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xIAAAAAAAAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAANT/6//s/+//6//q/xUA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAA4P/o//n/9//3//f/GAAAAAAAAAAAAAAAAAAAAAAAAADt/xUA8//v/+7/7P/r//D/8/8UAPP/+v8AAPH/7P/y/+z/AADb/wAA+P/p/9j/2v8AABEAAAAAAAAAAADw/wAAFADs//D/+f8AAO//7f8AAPD/GQAAAAAA9v/6/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/PgDq/wAA5v/D/8X/2f/s/xQA7f/x//n/7f/s/+7/4P8iAN3/6//o/+b/2//k/+z/FQDs/+7/7f/s/+v/7f8AAAAAAAAAAAAAAAAAAAAAzf8oANP/0v/X/9H/3f/X//j/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//FAAAAOz/AAAAAOv/9v/r/xoA7P/w/+3/6//i/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/ykA3v/s/+P/3v/S/+D/7f8AAPr/6v/l//T/AADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5//n/+v/6v/k/xkA6v8AAAAAAAAAAAAAAAAAAAAA9f8kAOr/9//p/+3/1v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+n/FwDu/+z/CwDs/8j/6P/r/xUA6//q/+j/7P/q/+z/FQDu//n/+v8AAOv/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAADd/ygAAAAAAAAAFADU/wAA4P8bAPf/AAAAAPv/5v/3/wAAFAAAAAAA8f/s/+v/7P/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADu/wAA+//s/+z/+v8AABQA7v/y/+z/7P/s/+//4P8oAOD/7v/t/+f/2P/l/+3/FwDr//b/8P/q/+n/6/8AAAAAAAAAAAAAAAAAAAAA6/8UAOv/7P/s/+v/6//s/9z/FgDo//T/7P/r/+v/6//r/xQA8P/x//L/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+X/6//r/xsA6//f/93/AAAAAAAAAAAAAAAAAAAAAAAADADq/+3/6//Z/9b/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/r/+z/7P/r/+r/AAAAAAAAAAAAAAAAAAAAAOP/GADj/+v/7//s/+r/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FwDr//b/8P/q/+n/6//r/xQA6//s/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/FgDo//T/7P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAPD/8f/y/+3/7P/s/+z/FADs//L/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA3P8WAOj/9P/s/+v/6//r/+v/FADr/+z/7P/r/+v/7P/r/xQA8P/x//L/7f/s/+z/AAAUAAAAAAAAAO7/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAO//7f8UAPD/6//q/xUA6//r/+r/6//q/wAAAAAAAAAAAAAAAAAAAADr/xYA6//r/+v/6v/p/+r/AAAAAAAAAAAAAAAAAAAAAO3/EwAAAAAA+P/1//D/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/HwDY/9f/4//j/+P/5v/2/9X/AAAAAAAA6v8rAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADw//L/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAPL/8/8AAAAAEAAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAA8f/t/+z/7P/t/97/IgDj/+D/4v/d/9n/4/8AAAAAAAAAAAAAAAAAAAAAAADs/wAA8f/v//X/FAAAAPD/FAAAAAAAAADt/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AADn/93/2P/m/93/EgAAAAAAAAAAAAAAAAAAAAAAAAAXAPT/AAAAAPj/6//2/+3/FQAAAPf/9v8AAOv/8f/s/xQA7v/0/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/IwAAAAAAAADt/+z/7f/0/yYAAAAAAAAA6//q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADw//H/8v/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA+f/u/wAA7P/s/+z/7P/0/+z/FADs/+z/7P8UAOz/7v/t/+z/7P8UAOz/7P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//r/+v/8P/r/+z/6//n/+z/9f/y/xQA7P/s/+z/AAAeAPb/AAD5//v/6P8AAPH/EwDo/+r/6f/r/+H/6f/s/+//FADs/+L/6v/r/+z/0//Y/9j/2f8kAPD/2P/r/+z/7/8AAO3/AAAYAOb/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/r/+z/FADt/+//7P/s/+z/AAD6/wAAFAAAAOz/AADt/+z/7P/s/xQA7P/r/+z/6//t/+7/9f/6/+7/AADx/wAA7P8AAPT/AAAAABQA7/8AAPP/AAAAAAAA7P8AAPP/FAAAAAAAAAAAAAAAAAAAAAAA5/8hAO3/8//u//f/3f/u/wAAAAAAAAAAAAAAAAAAAADs/+r/6//r/+v/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+//AAAAAPT/7f8UAOz/4//h/+L/4v8XAOb/2P/q/8j/1f/U/9n/1f/T/8b/LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7f/p/xoA7v/u/+b/5/8AAAAAAAD2/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//l/+H/1/8gAMP/sv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//q//b/7P/b/9z/7P8WAAAAAAAAAAAAAAAAAAAAAADs/+v/6P/s/+v/7P8UAOz/7//s/+3/7//v/xQA7P/t/xUAAAAAAAAAAAAAAO7/AADn/xAAwv/L/9D/AADU/+j/6v/5/wAA7v/6//T/FwDt/9b/2f/d/+//FwDe/+X/7P8AAAAAAAAAAAAAAAAAAAAA6f/p/+v/6//r/xYA6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/FgDr/+r/6v/r/+j/6/8FAOz/7f/z//D/AADs/+z/AAAAAAAAAAAAAPb/EQAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/FADs/+z/7f/r/+n/8f/n/xUA6//u/+r/AAAAAPj/5//s/+v/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/EwDn/9L/yP/e/wAA3/8AAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAOz/7v8AAO3/7P/w/xQA7//s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+n/6v8AAN3/FADd/+3/AAAAAAAAAAAAAAAAAAAAAPf/4P/t/+j/AAAqANr/3f/s/yYAtP/G/6P/yv/b/8T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAAAA7v8AAOz/KADs/+7/7//l/+f/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/1P/h/9L/LADY/9f/6v8AAAAAAAAAAAAAAAAAAAAA3//W/9j/2v8AAAAA1f/R/wAA+v8AABQAAADs/wAA7f8AAAAAAAAAAAAAAAAAAAAA7P/t/wAA9v8AAOz/7f8UAAAA+v8AAAAAAAASAAAAAADf/+H/7v/r/+L/HwDk/93/4//j/+z/6f/m/+v/6/8WAAAAAAAAAAAA+v8AAAAACADj/+L/5//j/yIA4//r/9z/7//g/+n/5//X/9z/6/8pAAAAAAAAAAAAAAAAAAAAAADt/+3/9v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAPn/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAPT/AAAAABQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+r/5/8HANj/5v8AANj/7f/s/xYA5f/r/+r/2P/p//r/+f/s/+z/6v/n/xQAAAAAAAAAAAAAAAAAAAAAAOH/7P/h/+X/9P/r/xUA5//r/97/7f/5/+r/GgDs/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/9v/s/+z/7P/s/xQA5//s/+z/6//k/+v/7P8VAOv/7P/1/+3/7f/k/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7f8UAOr/7P/r//f/7P8UAOz/7P/t/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu//T/7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/5f/p/9//z//f/9//2f8dANb/6v/r/+D/z/8TAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQA8v86AAAAAAAAAN3/uf/2/+X/6v8AAPH/1f/q/93/GQD5/yUA7v/7//j/7v/c//b/7P/s/+z/7P8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8WAOr/6//q/+r/5v/p/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/+7/7P8UAOz/7P8VAOz/7v/t/+z/6//t/9n/6v8AAAAAIwDf/9b/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA4f/s/9z/6f/W/+H/4f8YAO3/AAAAAAAA7f/o/+z/7P/s/wAA8P8AAOz/7P8UAAAAAAAAAAAAAAAAAAAAAADa//L/7P/e/+D/FwDZ/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+z/AAD6//L/7P/t/xQA7f8PAAAA6/8AAAAAAADa/+b/4//r/+r/6f8YAOn/6f/s/xQA7v/0/+z/7P/s/+z/7P8UAOz/7f/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAADs/wAA8/8UAOr/+f8AAO7/+v/0/xcA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAOz/AADs/+z/AADw//n/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/z//r/FADs/+3/7P/t/+3/+P8AAAAAFADo/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/s/xQA7P8wAOT/7P8AAPn/0f/Y/+r/7P/s/+3/8//x/+z/FADt/wAAAAAAAAAAAAAAAAAAAADr/+v/7P/t/+3/7P8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//P/+j/6//p/93/+v8AAOz/7v/s/+//AADv/xQA9P/s/+7/7P/v/wAA7/8UAPT/7P/u/+z/7/8AAO//FAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOz/7P/o/+r/7P/r//j/KAD1//j/+f/Y/+P/8P8UAAAAAAAAAAAA7v/s/wAAFAAAAAAAAAAAAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/1//D/+P8VANj/2P/p/wAAAAAAAAAAAAAAAAAAAADq/+v/+v/s/xYA5f/t/+v/AAAAAAAAAAAAAAAAAAAAAOr/6//6/+z/FgDl/+3/6/8AAAAAAAAAAAAAAAAAAAAAyf/E/9D/yv87AMv/x//R/+H/4v/c/9//CgDO/+r/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMT/4/+6/8T/IQDG/87/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQDV/8r/0P/F/83/yP8AAAAAAAAAAAAAAAAAAAAA4f/f/+n/6v8TANr/2v8AAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/IADr/+v/5f/Y/+H/4v/n/+H/6//w/xQA6f/m/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9P8AAAAA+//s//P/+v8UAPj/AAAAAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAD6/xQA+P8AAAAA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoAAAAAAAAAAADx//j/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAOj/6v/v//X/7P/s//H/7P/v/xQA7P/j/+r/6//s/+z/7P/r/+z/7P8UAOz/7P/s/+v/7P/p/+z/5//s/xYA5P/s//n/9/8AAB4A1//c/wAAAAAAAAAAAAAAAAAAAADU/8//5f/f/97/CQAAANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAD6//r/7v8AABMAy/8MALX/vP/d/+P/j/8iAAYAzv/d/8r/0//P/87/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/4/93/9f/d/+3/HQAAAAAAAAAAAAAAAAAAAAAA6v/r/+z/7P/r/+r/FgDs/xUA6P/s/9r/6//Y/+n/AAAXAOf/7//s/+v/2f/h/+n/CADl//D/7f/s/+v/7P/7/wAAAAAAAAAAAAAAAAAAAADH/9T/4v/Z//j/z//i/y4A7f/s/+z/7f/t/xQA7P/s/9j/4//v/+z/8v/s/+z/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADx//D/7P/s/+z/7P/t/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/wAA7f/t/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADL/zcA6P/1/+n/6v/e/+f/7P/t/+r/7P/s/xUA6//s/8v/+P/6//n/7v/f/wsA6/8AAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s//D/3P/I//n/AADb/wAA7/8AANv/4//U/ycA1f8SAOv/7P/l/wwA1P/m/9v/2P/q/+X/HwDo/+n/6//r/+v/9f/t/+3/6f8VAOv/FADs/+z/7v/s/+z/7P/s/wAAAAAAAAAA8P/w//H/EwAAAAAAAAAAAAAACQD5/wAA7P/s//L/8P/t/+z/7P8UAO3/7P8AAAAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA6/8UAOv/7P/r/+z/7P/s/9r/1v8XAOz/7P/q/+X/6/8AAAAAAAAAAAAAAAAAAAAA7P/v/wAA7f8AABgA5v/v/wAAAAAAAAAAAAAAAAAAAADx//v/8/8AAO7/FwDs//n/AAAAAAAAAAAAAAAAAAAAAAAA+v8AABQAAADs/wAA7f/l/+H/6f/x/+P/IADm/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//p/+v/8P/q/+j/AAAAAAAAAAAAAAAAAAAAAOn/5//s/+3/6//q/xYA6//i/+f/7P/l/+X/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/8P/x/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAPn/7v8AABkA0f/g/+L/4//s/9r/y//s/+z/7//6//T/7f8UAO//6v/p/+v/6//q/+r/3P8WAAAAAAAAAAAAAAAAAAAAAADv/xMA7v8AAOr/6v8AAOz/AAAAAAAAAAAAAAAAAAAAAOL/9v8AAAAAAAD7//H/JAAAAAAAAAAAAAAAAAAAAAAA5//s/+n/7P/m/9j/6/8oAO3/0P/W/7r/xf8bALf/wf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7f/s/+z/7v8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/F/+v/3v/p/ykA4f/Q/wAAAAAAAAAAAAAAAAAAAADh/+z/AADw/+b/3//R/yYA7P8UAOz/7f/s/+z/6//s/w8A5v/f/+f/6P/o/+z/8v/j//H/7P/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/xYA6//r/+r/6f/k/+v/7P/s/+z/7P8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAADs/+3/AADz/wAA6f/s/xUAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAD4/9j/AAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAPn/AAAOAAAAAAAAAAAAAAAAAAAAAADa/+X/6v/q/9n/4/8jAN7/6v/b/+3/7f/g/yoA4P/X/+H/rv/L/+n/0P8VAOT/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/9v/5f/Z/+D/5f8jANP/AAAAAAAAAAAAAAAAAAAAACkA6//s//b/+P/f/9j/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA9v8AAAAAAAAAAAAAAAAAAAAAAADX/8j/3f/o/w4A1/8AAMr/7P/W/9f/5P/a/+j/x/8eAAAAEQAAAAAAAAAAAAAA8v/o/+z/8f/v/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAANP/6//r/+z/6/8VAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/+P8AAOn/8P8VAOL/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAD5/+7/AAD1//L/9v/t/wAA7P/t/xQA6v/l/+v/6v/r/+r/FgDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/wAA3v/r/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8VAOz/7v/w/+v/9f/v/+X/1//d/+n/5//f/yoA1v8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAAAAAOz/9f/1/+3/8v/o/wAAFwDs/+3/AADz/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xQAAAAAAAAA7f/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/xEA+P8AAAAAAAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//U/+X/5P/Y/9v/LADa//H/9P/5/wAA9v8AABIA9P/w/+z/AAD6//L/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADr/xQA6//s/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAPX/AADw/xYA7P8AAOX/AAC3/8L/0P/O/wwAy/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/y//Y/87/3v/l/y0A5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADt/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//4/+3/AAD6/+3/FgD0//X/GAD1/wAAAAD4/+r/7/8AAAAAAAAAAAAAAAAAAAAAJgD1/+P/8P/Z/9j/4P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8hAPj/+f/3//r/3/8AAOj/GgDp/+//7f/1/+r/7P/O/wAAAADo/wAAGwDs/+7/3f/W/9f/7P/f/xwA5P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAPn/7v8AAPX/+v8AAAAAAAD5/xMAAADt/xQA+P8AAO//AADt/+//FQAAALr/yf/M/8//vv/k/+n/6//1//X/+f8AABgA8/8AAAAAAAAAAAAAAAAAAAAAFADu/+3/AAAAAO//7P/w/wAA2P/o/9f/7P/l/wAA7P8AAAAAAAAAAAAAAAAAAAAA3f8kANr/2//e/9n/2//W/ygAAAAAAAAAAAD6/9j/AAAXAOX/5v/c/+n/6v/p/97/AAAAAAAAAAAAAAAAAAAAAOz/7P/v//P/9//u/xQA7f8AAAAAAAAAAAAAAAAAAAAAIQDX/97/3//5/8//3//e/wAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAAAADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+T/9f/5//v/8/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/8v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/7P/x/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAUAAAA6v8AAOv/2v/n/xEA3v+9/8P/3P/6//b/z/8AAAAAAAAAAAAAAAAAAAAA4//m/wAA3//l/9j/2P8AAAAAAAAAAAAAAAAAAAAAAADq/9H/0P/4/8b/0P/y/w8A1v/Z/93/7/8XAN7/5f/s/wAAAAAAAAAAAAAAAAAAAADr/wUAzv/H/9P/wP+5//r/zf8AAAYA+f+w/7n/AAD3/8H/EwDR/9r/FwDp/8r/5v8AABQAAAAAAPH/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAOz/AADs/+7/7v/3/+3/FADv//H/AAAAAAAAAAAAAAAAAAAAAOv/6/8ZAOz/3//Y/+r/7P8AAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/8f/s/93/3v8WAPD/6v/R/+j/9f/U/+f/xv/6/zwAFQDu//n/+v8AAOv/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAAAD5/+7/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/u/wAA+f/3/+7/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv/+z/9//3/+z/7P/v/xUAAAAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/D/8P/3f/U//X/0/8lAC4Ay//R/8//y//A/97/yf/p/xoAAADv//f/6//o/+f/AAAAAAAAAAAAAAAAAAAAAB4A5v/n/+H/3f/h/9//5v8UAOL/6v/4//b/5v/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaANv/6P/w/+P/5P/q/+n/FwDM/+T/+v/t/+v/6//Z/xQA7P/s//P/+P/s/+z/7P8VAOz/7P/s/+j/6//k/+z/7P/t/+z/7P/t/+z/FADs/xUA+f/1/wAAAADi/+v/7/8UAOz/7P/s/+z/7P/s/+z/FQDq//X/9P/u/+z/7P/s/xQA7P/s/+7/7P/s/+z/7P83AMr/8P8AAPb/7v/K/wAA+P8AAAAAAAAAAPn/AAAOAOL/HQDm//D/AADl/+X/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+j/7f/1//P/4v8YAPX/6//r/9v/7P/p/+n/FwDr/9j/2f/Y/9r/2P/Y/9n/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAMn/1v/T/9D/xf/Z/9L/8f/0//n/AAD2/wAAEgD0/wAAAAAAAAAAAAAAAAAAAADs/+v/7v/x/wAA7P8UAOz/7P/y/wAAAAAAAPD/FADy/+j/5f/o/+j/6f/l/xkA6P/t/+3/7P8UAOz/7P/s/+T/+v8UAPj/AAAAAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAD6/wcAAAAAAAAAAAAAAAAA+v8HAAAAAAAAAAAAAAAAAOz/FADs/+z/6//s/+z/7P8AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xkA6v/j/+X/yP/l/8z/AAAAAAAAAAAAAAAAAAAAAOz/FADt//H/+f/t/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/t/+z/7P/s/+z/7P/t//L/AAAAAOz/FADs/+z/6//s/+r/6//q/+b/FADc/+z/3P/w//D/4f8aAO3/AAAAAAAAAAAAAAAAAAAAANr/5f/o/97/5f/V/yQAz//s/+z/7P/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAADs/xQAAAAAAAAAAAAAAAAAAAAAAAAA5v/a//f/9P/z//X/JQAAAO3/AAAAAPb/AAD4/xQAAAAZAOL/6f/r/+n/5f/p/+L/AAAAAAAAAAAAAAAAAAAAAPX/+v8AAAAAAAD5/xMAAADs/+z/5//s/+z/FADs/+3/7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr/+z/6//d/+z/6/8VAOv/6//r/+3/7//s/+z/FQDs/xwA5v/m/+b/1P/n/+L/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/JQDu//v/+P/u/9z/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAAAAABEAAADu/+7/9P/6//f/AAAUAPD/AAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAAAAAABIAAADn/+n/+P/w/wAA7P8ZAAAA6//x/wAAAAAAAPD/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACcA6//s/87/8//X/9X/1P/n/+P/5f/o/+j/2P8mAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/7P/y/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+v/FADs/+z/9f8YAPX/AAAAAPj/6v/v/wAAAAAAAAAAAAAAAAAAAAD4/wAA+//3/wAAGADk/+v/AAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAUAOz/8v8AAAAAAAAAAAAAEgDz/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f8UAOz/7P/s/+//AAAAAAAAFQDt/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/y//b/7f8AAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/k/yEA7//e/+D/3P/d/+z/7P/u/+3/7v/s/xQA7P/s/wAA9v8AAAAAFADw/wAA+P/x/+//9/8AAOL/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/wAAAAAAAPH/FAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//L/AAAAAAAA8P8UAPL/AAAAAAAAAAAAAAAAAAAAANz/3//q/+n/7v/Y/yQA3P8AAAAAAAAAAAAAAAAAAAAAAAAAAOz/9f8AAOz/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8YAOj/8v/2/+v/6P/s/+r/5P/p/+v/4//m/xwA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/2/wAAAAAAAAAAJAAAAOz/7P/s/+3/7P/s/xQA7P/r/+7/AAAAAAAA9P8WAAAA7P/s/xQA8f/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA+P/z/wAA8P/1/xwA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v//L/8v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/AAD3//j/AADc/xwAAAASAAAAAAAAAAAA+f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA+P8AAAAAAAAAAPD/AADs/wAAAAAAAAAAFAAAAAAA7P8AAAAAAAAAABQA7P8AABQA7P8AAAAAAADw/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7P8AAOv/7P/2//b/7v8UAOn/7P/s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/+v8AAAAAAAD5/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/+z/6//k/+v/7P8VAAAAAAAAAAAAAAAAAAAAAAAZAOz/7P/s/+3/2v/s/+3/7P8AAPL/AAAAABQA7v8AAAAAAAAAAAAAAAAAAAAAAADs//H/7f8UAAAA7P/z/+3/9P/s/wAAAAAAAAAAFwAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/x//n/7f/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7v/6//v/AADZ/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//j/+//U//r/MAD6//n/9P/3//n/2v/6/zEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/7f/s/+z/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMD/xv8IAOr/1f8AAOf/pf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FQDs/+7/5P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAADv//j/+//U//r/MADS/7//vf/K/7z/KgDj//n/AAAAAAAAAAAAAAAAAAAAAAAAAADy//v/AADY//n/KgAXAOf/7//s/+v/2f/h/+n/AAAAAAAAAAAAAAAAAAAAAOz/7P/w//D/7f8UAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/0//v/6/8AABYA+v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/u//f/7f8UAO//8f8AAAAAAAAAAAAAAAAAAAAA4P88AAAAAAAAAPP/1//3/xYA+f/i/+z/6//Z/+D/6f8AAAAAAAAAAAAAAAAAAAAA7P/4/wAAAAAAAAAAFAAAABoA3v/q/+z/5v/o/+b/5//r//j/9v/0//D/7f8VAPX/AAAAAAAAAAAAAAAAAAAAACYAAAAAAAAAAADl/+D/6f8bAPD/7//3//f/8P/l/+7/6//o/+j/6v/p/93/FQDm/+z/7P/s/+z/7P/s/xQA7P8VAPH/+f8AAAAA7P/q/wAA9f8ZAPj/AAAAAPv/6//x/+//FgAAAOr/AADr//H/8f8AAAAAAAAAAAAAAAAAAAAAEQDs/wAA7P8AAOz/9P/q/+z/5v/z/wAA4v/r/xQACwDs//L/AAAAAAAA8P8UAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/2//k/+r/1/8AANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+T/9f/5//v/8/8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f/s/xQA7P8VAOr/6//s/+z/6//p/+j/FADu/+3/AAAAAO//7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAPD/7f/r/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAPn/FwAAABQA7f/u//P/9f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAA8P8AAAAAFQDt/wAAAAAAAAAAAAAAAAAAAAAAAOL/5//p/+n/7f/m/97/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//s/+n/7v8VAOr/5f8AAAAAAAAAAAAADgD1/wAA8/8AAAAAAADs/wAA8/8UAAAAAAAAAAAAAAAAAAAAAAC4/+T/wf/6/9L/IQDR/+7/AAAAAAAAAAAAAAAAAAAAAOz/9v/w/+3/7P8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAFwDs/+X/7f/t/+n/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/6P/n/9b/5f8dAMn/1/8AAAAAAAAAAAAAAAAAAAAA7f/u//X/+v/u/wAA8f8AAOz/7P/w//D/7f8UAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/AAAAAAAAFADm/+z/7P/x/+z/8f/3/xQA7//y//n/9v/s//X/AADs/xQA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/1//r/7v8AAPH/AADs//D/AADu/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAA+v8AAOr/GAAAAPL/+f8AAAAA7P8UAOz/7P/i/wAA7P/a/+T/9/8JANr/FADs//v/AADy/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAOz/AADz/+3/AADs//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/v/wAA7/8UAPT/7f/3/+z/7//z/+z/FAD4/wAAAAAAAAAAAAAAAAAAAAAWAOr/+v/3//f/AADt//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/9v/HADd//b/6//R/9D/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAO3/7f/r/+z/7f/a/9j/MADQ/9H/yv/Z/8b/7P/s/xQA6//r/+z/7P/s/9b/3f8gAPL/4P/l/8//3//s/+z/FADs/+z/6//s/+z/vf/E/0YAzP/H/8T/of/J/+z/7P8UAOz/7//t/+z/7P/i/+b/KgDn/+f/1v/W/+P/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8gAOT/+f/1/+P/4v8AAPD/xf/s/+//xf/c//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/q/wAA5P/f/9n/CgDs/wAAAAAAAAAAAAAAAAAAAADs/+//7P/x/wAA8f8UAPf/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/8f/t/xQA7P/s/+z/7f8NAOb/2P/r/wAAAAD6/wAAAAAAANj/FAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADx//T/7P/r/+z/7P/r/+r/FQDs/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAMAAAAAAAAAAAAAAAAAAAAAADr/9b/7P/s/wAA7P/q/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA6//s/+r/6v/q/+z/4v8GANn/4//g/9n/+v/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8UAPj/AAAAAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/T//b/5P/p/97/IwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6/8ZAOz/3//Y/+r/7P8AAAAAAAAAAAAAAAAAAAAA7f/t/wAA7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xgA6P/y//b/6//o/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+P/4f/k/+b/4/8cAOz/AAAAAAAAAAAAAAAAAAAAAOv/7P/p/+z/7P/p/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/3P/k/9//5//i/x0A5v8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7f/s/+z/6//p//T/7P/r/+v/6v8VAAAAAAAAAAAAAAAAAAAAAADq/+T/6f/r/+P/5v8cAOP/AAAAAAAAAAAAABAA9v8AAOf/6//s/+z/7P/r/+r/FADp/+z/2P/r/+v/8//s/w8AAADy/wAAAAAAAB8A9v8AAOz/9f8AAAAAAAAUAOz/7P/4/ygA9f/4//n/2P/j//D/6v/k/+n/6//j/+b/HADj/+z/7v/t/wAAAAAUAO3/8f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/6//s/+z/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+f/3/8AAOz/4P/b/xcAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAA9v8AAOj/GgDt/+3/+P8AAAAAFADo/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAO7/+v/7/wAA2f/s/+3/FgDu//r/+/8AANn/7P/t/wAABgAAAAAAAAAAAAAAAADn/+z/7//1//X/5f8ZAO//AADs//r/AAAAABQA7f/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8TAAAAAAAAAAAA7/8AAOv/7P/2/+7/8P/s/xUA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/q/+v/6//m/+r/FgDu//f/AADu/wAAFAD1/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADu//T/7P/s/+z/7P/r/+z/6f/r/+z/6/8VAOz/7P/s/xQA6//r/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwDs/+z/2//4/9//3P/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/u/+z/7f8UAOz/6//r/wAAAAAAAAAAAAAAAAAAAADu//f/AADu/wAAFAD1/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7f8AAAAAAAAUAOz/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAOz/7f/s/9j/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/FADx//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7f/v/wAA+P8UAOz/7P/t/xQA7P/v/+z/7f/s/+z/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAATANn/2P8AAOv/6P/c/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//7f8UAOz/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7/8AAPP/7f/t/+z/FADs/+z/7P/u/+z/7P8UAOz/7P/s/+z/7P/s/+z/7P8UAO3/7P8AAAAAAAAUAOb/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7/8AAAAA+/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADq/+b/7P/s/wAAAAAXAPP/AAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAAD6/xoAAAAAAAAAAAAAAAAAAAAAAAAA8f/0//n/AAD2/wAAEgD0/9v/1P/l/+T/2P/b/ywA2v/s/+//7P/x/wAA8f8UAPf/4//V/+X/7P/s/+v/GADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+v/8v/0/+v/6//r/+v/7P/s/+3/8v8VAOz/7P/r/+z/7P/t//L/FQDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7f/s/wAA9f/t/+3/AAAUAAAAAAAAAAAAAAAAAAAAAADs/xgA6P/y//b/6//o/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/S/8z/s/+0/67/3v8zANf/1//a/8//3P/n/ycA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/4P/w/+P/6/8aAOb/5v/a//H/7P/d/97/FgDw/+r/7P8UAO3/7f/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA6f/m/9f/zf/l/wAAAAAAAAAAAAAAAAAAAAAAAPL/+f8AAAAA7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/n/83/wf/T/9T/EgAAAAAAAAAAAAAAAAAAAAAA+f/T/9T/3f/w/+//2v8AAOz/+P8AAAAA8P8VAOz/6//s/+z/AAAAAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/Z/+r/GgDt/+z/2//a/+j/2f/s/+v/GgDp/+b/2P/4/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwv/H/8f/1P8TANr/zP8AABQA9P8AAAAAAADs/+z/8f/O/9H/9//a/93/AADE/wAAAAAAAAAAAAAAAAAAAAAAAN7/7v/t/xQA7P/s/+z/5f/s/+z/FADr/+v/7P/s/+z/2f/q/9v/2//c//r/2P8IANv/2P/q/+X/HwDo/+n/6/8AAAAAAAAAAAAA8/8OAAAAyf/V/93/2f/g/9v/1/8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/5f/b/wYA5v8dANz/1f8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/9//x/+z/FADu/+3/AAAAAPb/AAD4/xQAAAAGAOz/AAD5//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//H/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7f8AAAAAFADt//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7v8AAAAAAAD7/xQAAAAAAAAAAAAAAAAAAAAAAAAAFwD0/wAAAAAAAAAA9f/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDl//j/AAAAAOv/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+v/7v/v//H/6f8VAO7/7P8AAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo//f/+P8AAOz/GgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAVAPP/AAAAAPf/7P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDu//r/+/8AANn/7P/t/wAAAAAAAAAAAAAAAAAAAADc/wAA2v/5/+//4P8AAN3/AAAAAAAAAAAAAAAAAAAAABQA7f/t/+//7//t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/u/xUA3//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/4/wAAAAAUAOj/7P8AAAAAAAAAAAAAAAAAAAAAFQDs/+v/8v/0/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/3P/m/+X/5//m/9T/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/GADq//L/8f/y/+j/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAAFQD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//v/AAAAAAAA9/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s/+//AADv/xQA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/3f/a/9X/0//f/yQA4f/j/+n/6//q/+z/+P8TAOH/4P/Y/+L/3//e/+v/HQDd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/AADv/wAA2//j/9T/JwAAAAAAAAAAAAAAAAAAAAAA7v/s/+z/7//t/+v/FADs/+3/7v/z//r/FADs/+3/7P/r/xUA7P/r/+f/7P/s/+r/AAAAAAAAAAAAAAAAAAAAAPX/8v/2/+3/AADs/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/1f/x/+f/9v/L/zYAAADu/xQAAAAAAAAA7P/i/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAO7/5f/m/+D/6P/e/+r/5P/q/+r/7P/4//T/FgDt/wAAAAAAAAAAAAAAAAAAAAAVAPH/+f8AAAAA7P/q/wAAFADt/+z/7P/0/+j/7P/6/+r/7P/w/ygA7//Y/+v/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AADv/+3/8//6/+z/AAAAAAAAAAAAAAAAAAAAAPf/7f8AAPb/9P/t/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa//H/7P/d/97/FgDw/+r/7P8UAOz/7P/r/+z/6//s/+3/7P8AAPX/7f/t/wAAFAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAAAAA+v8VAOz/6//s/+r/6//q/+b/FAAUAOz/7P/u/+z/7P/s/+z/7f/s/+z/7v/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+7/7f/s/+z/9P/6//P/7P8AAOz/7P8UAAAA+f8cAAAAAAD3/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAA8/8AAOz/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/u/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAOz/8P8AAAAAAAAAAAAAAAAAAAAAAADG/+f/2f/h/+X/HgDo/93/AAAAAAAAAAAAAAAAAAAAAAAA7v/s/xQA9//s/+z/7v8AANn/FwDY/+n/5//Y/9n/5//s/+//9f/1/+X/GQDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8UAO3/7P/s/+z/7P/1/wAAAAAAABQA7P/s/+z/7P/t//P/8f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7v/v/wAA8//t/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/M/9z/1//1/xEA9/8AAAAAAAAAAAAAAAAAAAAAAAApAOn/3P/Y/+n/6f/W/9r/FQDr/+//9//6/+z/6P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//g/+n/5//X/9z/6/8pAAAAFAAAAAAA8f/s/+v/7P/s/+z/7f/s/+z/FADs/+v/AAAAAAAAAAAAAAAAAAAAAO7/7f/x/wAAAAAUAOz/7P/s//b/AAAAAAAAFADs/+z/8P/s/wAA+v/y/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/p/+L/6f/o/xgA2//r/+r/6//6/+z/FgDl/+3/6//t/+3/7P8UAOz/7P/s/+T/9f/y//b/7f8AAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//L/7P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/8f8UAOz/7P8aAOb/9f/v/wAA7f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/GwDs/+n/6P/p/+P/4v8AAAAAAAAAAAAAAAAAAAAAGgDd/+n/8v/v/+z/zP/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6P/q/+//9f/s/+z/8f8AAAAAAAAAAAAAAAAAAAAA7f8AAAAA9v8AAPj/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/1/wAAAAD7//f/AAARAJr/NAC8/zL/Yv+1//f/Sf+4/9f/0f/t/77/+P8NANT/2v/Z/+L/3//g/yAA4//f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//T/HgD0/wAA9v/7//r/6//r/+v/6//r/+f/6/8VAOz/7P/s/+r/6v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/2f/Y/9j/7P/R/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA6P8AAPn/6f/n/9f/7P8AAAAAAAAAAAAAAAAAAAAA7f/s//D/9f/1/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAD0/+z/AAAAAAAAAAAXAAAAAAAAAAAAAAAAAAAAAAAAAML/QgDn/8z/3f/F/7z/uP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/1f/i/+n/5v/j/x0A4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xMA3P/i/8b/EQDo/9n/7P/t/xQA7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/w/+7/7P8UAOz/6f/p/+j/7f/o/+3/FwDb/+7/6P/v//X/7f/o/xoA5//s/+z/7P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAwA7P/s/97/1f/Y/wAA4v/n/+//6f/m/xUA6//i/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAABQA8v8AAAAA+f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/xQAAAD4/+//7f/6/xcA8f/g/9P/3f/M/87/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t//P/7f/0/xQA7P/3/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+v/BwDe//b/9v/r/9H/yv8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8UAAAAAAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAADr/+z/AADv//T/7v8VAOr/HwDr/+7/+v8AAPD/5f/a/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8UAOz/6v/n/+v/7P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDs/+z/9//7/+X/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACkA1P/d/9v/2P/Z/9r/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/FAAAAAAA9v8AAO3/7f/N/9X/5P/j/wAAGwDk/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOb/6//r/+z/6f/n/+z/JADa/+r/7P/s/+v/4v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/FgDq/+v/6v/q/+b/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA1f/i//T/4P/j/9//4v/m/+P/5P/o/+T/3v/i/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7v8AAAAAAAD0/xYAAADg/+z/7P/M/+r/DgDp/woAFADr/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+v/7P8UAOj/7P8VAM7/1P/Q/+j/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/+L/0P/f/9n/zP/r/xwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AADr/wAA6/8IAOv/6f/i/+X/9P8AAOL/HQD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//H/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/6v/r/+z/6f/u/xUA6v/l/+f/7P/v//X/9f/l/xkA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/9T/HADd/+X/6v/i/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuf/n/7v/zf/K/wAACQDH/9L/JwDZ/93/2//W/9j/3v8AAAAAAAAAAAAAAAAAAAAAGwAAAAAAAAAAAOb/+f/7/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AADy/93/7f/u/9T/AAARAPj/8/8AAPj/AADs/xQAAADX/8b/6f/l/9n/5P8xANn/5//j/+j/5v/o/+f/GADl//j/AAAAAAAA8//y/xIAAADR/9T/3f/j/+T/0//U/yoAAAAAAAAAAAAAAAAAAAAAAMz/3v/V/9b/zP/P/9P/LQDs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+D/wP/O//b/GADp/+//6v/r/+H/3v/o/+b/FwDr/+j/5v/q/+3/7f/r/xUA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAJ7/0P/I/8L/4P/k//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+v/7P/r/+7/6/8WAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/r/+z/7P/s/9X/0v/P/+P/4v/S/ywA6v/k/+b/6v/n/xkA6//6/9H/9//P/+j/6//p/93/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQDg/wAAAAAAAPT/6//Z/wAAAAAAAAAAAAAAAAAAAADK/+D/4f/V/9H/5f/n/yIA6P8bAOb/6P/l/+b/4v/h/9H/JgDH/7r/vf/i/87/uP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/AADQ/6b/y//U/wAAAADn/+j/3v/c/9//4v8cAOr/0v/c/+D/2v/g/9v/JQDU/wAAAAAAAAAAAAAAAAAAAADL/yAAy//b/+H/DwDY/9L/4f8zAOn/w/+f//n/0P/K/9j/KwDU/9L/0v/S/9T/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/3P/l/9v/7P/c/+r/HQDr/xYA6//s/+v/6//p/+v/KADf/+f/AAAAANr/2P/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAOb/6v/r/+z/6v8AAOr/0//L/9b/IgDb/+j/2P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDq/+n/5f/r/+v/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/+z/7P/u/+7/7P8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/97/4//b/+D/HwDc/+L/+/8AAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+r/6//s/+z/FQDs/+X/v/8xAN3/zP/V/+H/zP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADr/+v/7P/r/+v/FQDo/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+n/6v/q/+v/FQDs/+//3f/q//H/6P/K/xcACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/+f/s/+z/AADq/+r/7P/S/83/0/8FAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//C/7r/v//F/xAA4//I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/+P/t/wAA+v/t/xYA9P8AAMf/6v/q//v/CADe/+z/AAAAAAAAAAAAAAAAAAAAAPr/FAAAAAAAAAAAAPv/+v8AAAAAAAAAAAAAAAAAAAAA2P8lAOP/5v/o/9v/3v/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/3/8vAOb/4f/M/8v/y/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/wP8AAOD/5f8AAO7/0//W/9f/3v/T/9j/1P8qANL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8dAOb/8P8AAOX/5f/o/+z/7f/4//n/8v/s/xQA+P8AAAAAAAAAAAAAAAAAAAAA7P/q/xQA7P/s/+r/7P/q/9X/t/8cAPL/2//S//b/wf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//N/+D/6v/n/9//JQDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/6v/r/+z/3v8dAOz/wv8MAND/xP/J/9X/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+//7P/y/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOv/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOH/6v8AAN7/zv/p/9f/GQDV/+T/JgDA/9j/1f/e/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAD2/wAA7P/s//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAPL/+v/2//n/7P/0/xQA4v/q//j/9v/m/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/9r/6f/r/+n/6f8ZAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAsP/T/8f/z//o//j/xf/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOj/7P/s/+z/6//s/xUA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/s/+j/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8P/s//n/8f/w/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/7v/u//j/7/8UAOz/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/m/yMA7P/q/9j/7P8AAAAAAAAAAAAAAAAAAAAA9v/Z/8z/z//R/9//HADJ//b/5//r/xYA6v/S/+b/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/+3/7P/s/xQA7P/t/+D/3//q/+z/AADe/xQA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/8P/s/+7/7P/s/wAAAAAAAAAAAAAAAAAAAADb/+j/AAASANj/6P/X/9z/1v/V/9n/1//X/wAAAADO/+3/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8tAOH/1f/R//X/5v/H/8D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDu/8n/EADb/9r/3//n/6D/sP9TALb/tv+l/8L/s/8AAAAAAAAAAAAAAAAAAAAAGgAAAPn/7f/0/+X/5f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/tf+2/9P/4f8MAOL/AAAAAAAAAAAAAAAAAAAAAN7/GwDs/+n/6P/p/+P/4v/k/ykA0//T/87/2f/c/9v/AAAAAAAAAAAAAAAAAAAAAOn/6v/r/+v/6/8VAOv/6/8AAAAAAAAAAAAAAAAAAAAAjv/p/7n/sv+r/wAAwf8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/3f/q/+j/5P/c/x4A4v8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/t/xQA7P/s/+z/7P8UAOz/7f/s/+z/7P/r/+z/7P/t//L/FQDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDr/+v/7f/t/+j/6f/q/wAAAAAAAAAAAAAAAAAAAADe/ysA9/8AAOf/zP/Y/8//AAAAAAAAAAAAAAAAAAAAANr/MgDu/8//z//U/8j/6v8AAAAAAAAAAAAAAAAAAAAA7//n//T/5f8bAO3/5//k/9j/7P8GAAkA6f8SAOz/2f/r/+n/AAD7//r/7P/k/xQAAAAAAAAAAAAAAAAAAAAAAPH/5f/r/+3/GwDt/+X/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/wAA1//r/+v/7P8UAO3/7P/y/+7/FADt/+3/7f/u/9T/3//2/+//yv8TANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+v/6v/r/+v/FQDq/wAAAAAAAAAAAAAAAAAAAAC8/+L/1//W/wAAz//W/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/1v/3/9z/2v/U/8P/JwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAD2/wAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+3/8P8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8AANX/1//Z/9f/FADX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/j/93/5/8AAOL/1f8XAMH/6f/H/83/xv/F/77/FgAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+v/7P/q/+r/GADn/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/xQA7P/s/+z/6//3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/7P/g/yEA7v/Q/+z/1f8AAAAAAAAAAAAAAAAAAAAA6//s/+v/3f/s/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAVAOz/7P/q/+3/7P/r/+3/FADt/+3/8P/x/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7//v/+z/FADt/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA4v/Q/9b/3P/T/83/LwDc/ykA2f/T/97/1f/a/9r/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/3P8aAOX/4v/U/+j/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAD4//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+P/3/wAAAADs/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADr/+j/+P/1/+f/2P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/xsA4//r/+X/2P/n/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FQDv//L/7v/m/+v/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAAABQA7f/5/+z/7v/u//T/9P/u/xQA8P8AAAAAAAAAAAAAAAAAAAAA6v/p/+z/7P/s/+v/FQDr/wAAAAAAAAAAAAAAAAAAAADt/xQA7//6//P/9f/u//b/7P/s//j/8P/t/xUA6//t/wAAzv/f//P/r//M/+X/sv/4/wAAAAAAAPb/AADo/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/g/+b/3//g/9z/JQDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+r/7P/t/+z/FgDg/xQA9P8AAAAAAADs/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/6//s/+z/7P/q/+f/6v/r/+v/6v/s/+v/6/8WAOD/HQDZ/+L/AADr/8H/3P8AAAAAAAAAAAAAAAAAAAAAGwDg/+P/2f/n/+H/4v/i/wAAAAAAAAAAAAAAAAAAAADZ/+n/3//Z/wAA2P8XAOT/6/8VAOz/7P/r/+z/6//s/+3/FAD4/wAA7/8AAO3/7/8AAAAAAAAAAAAAAAAAAAAA2//K/+T/IADg/9H/2v/D/wAAAAAAAAAAAAAAAAAAAADv/+//3f/I/6//1v8AAM3/AAAAAAAAAAAAAAAAAAAAAOP/GADj/+v/7//s/+r/5v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/8v/s/+z/7P/s/+v/6v8VAOv/6//q/+v/6v/r/xYA6//r/+v/6v/p/+r/AAAAAAAAAAAAAAAAAAAAAOr/CQDp/+H/5f/p//n/6/8AAAAAAAAAAAAAAAAAAAAAnP/I/6//0v/e/9v/zP/1/+z/FADu//T/7P/s/+z/7P/u/+//AAAAAAAAFADp/+z/7P8VAOz/7P/x/+z/6//s/+z/FQDs/+z/6P/q/+z/6/8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAO7/7P8AAAAAAADv//T/AADs/+z/7f/q/+v/7P/m/yAA6//r/9v/6f/q/xYA6//r/+v/6//n/wAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAD0//r/9//w/+z/+f/u/+7/FAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/a/9v/5v8GAOj/5f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMD/5f/H/83/4v/l/yMA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/0//L/7f/s/+3/2//U/+X/5P/Y/9v/LADa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8kANr/1v/d/9f/3v/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA5//p/9v/2v/q/+T/4v/p/xoAAADv//f/6//o/+f/AAAAAAAAAAAAAAAAAAAAAAAA9P/w/wAA7v/z/xMA9P/o/+X/6P/o/+n/5f8ZAOj/7f/t/+z/FADs/+z/7P/k/+z/FQDq/+j/7P/p/+r/6v8VAOv/7P/m/+j/6f/q/9v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FADd/9P/0P/G/9//x/8xANX/FADu/+z/8v/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAnAOf/8v/s//P/7P/f//H/7P/1//b/AAAAAPP/FQD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA5//v/+z/6//Z/+H/6f/4/xYA7v8AAPX/AADs//b/7P8AAAAAAAAAAPn/FAAAABUA6v/r/+z/7P/r/+n/6P8AAAAAAAAAAAAAAAAAAAAA6//q/+v/6//q/xYA7P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkA6f/x/+f/2v/t/+T/3P8UAPD/9f/2//T/7//s//H/4//b/xwA3f/2/+v/0f/Q/9T/3P8qAOP/5P/b/9L/2f/W/93/IADy/+D/5f/P/9//AAAAAAAAAAAAAAAAAAAAAN//AADX/wAA8P/3/6X/8P/4//X/AAAAAPv/9/8AABEA4f/r/+3/6//r/9//HADZ/+f/2f/t/+X/2P/p/9//KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/5//a/+z/2//a/+X/JgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//f/AADu/wAAFAD1/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/j/+j/5P/o/+r/5f8YAOz/7v/s/+//AADv/xQA9P/g/9j/4v/f/97/6/8dAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/r/+r/AAAAAAAAAAAAAAAAAAAAAMb/5//Z/+H/5f8eAOj/3f/s/+z/7f8UAO3/7P/s/+z/GQDc/+f/7v/q/9j/6P/s/+r/1v/o/97/0v8ZAOb/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7f8AANr/+v+//9T/2P+1/wYA4//V/wAA2//c/wAA4//f/9j/8//o//j/+P8LAAAAAAAAAAAAFQAAAAAA7v8AAAAAAAAAABUAAAAAAO7/7P/s/+z/7f/5/xQA7P/v/+//7P/v/+7/9f8UAOz/6/8UAO//7P/3//f/7P/s/+//2v8RANj/3/8AANH/6/8AAOr/6v/W/+b/6P/j/+v/GgDT/xIAzf/T//b/v//V/wAA1//X/9j/2P/Y/yoA1v/W/83/AADg/9//6v8JANj/9f8JAAAA4P/k/9v/1v/T/wAA9P8VAOz/8//y//P/9P/6/+H/KADa//D/6f/p/+f/7P/l/8z/AADx/+//4f/X/xMAAADy/wAAAAAAAB8A9v8AABQA6/8IAOn/7//l/+z/5//k/8z/1v/P/8f/IgDq/9r/9P/0/x4A9P8AAPb/+//6/+n/t//D/97/2v/k/+v/CQDs/xIA4f+r/7z/iP+1/63/5//E/8L/vf/A/wAA9P/O/+z/2P8AAAAADgDZ/+r/BwDs/+z/7P/s/+z/6/8UAOz/6P/d/zMAu//A/9P/0f++/+n/6/8aANz/0v/U/+T/zf/h/9v/KwDm//P/2f/Y/8//of/g/7T/x//z/9j/9P/5/wAAAAAAAAAAFwAAAAAA6f/D/8X/sf+7/xwA8v/F/wAAuf8lAM3/+P+7//r/2v+t/97/6P/m/+f/4P/3/xwA2f/X/9r/9f8dAOn/0f/k/83/4f/s/wUA1v/w/xQA7P/R/+D/7P/s/+b/7/8UAOz/0/8UAOz/7f/l/+7/BgDg/9//GAD2/+//AAAAAAAA6f/d//r/AAAAAAAAAADn/xMAAADh/+z/7f/x//H/7P8UAO3/1f/Y/9r/5f/f/+v/JwDe/x4A3P8AAAAA2P/k/9z/BgDr/+n/1f/u/+7/7P8WAOz/3//M//r/1v/x/+r/wv/h/8//6//U/9b/3P/m/x0A1//o/+z/7P/s/+v/7P8VAOv/6/8RAOv/6v/3/+v/xf8OAOz/+P8AAAAAAADv/xQA8f+x/7f/0P+s/8D/HwDx/7X/AADb/+j/IADQ/6T/1//Q/9//z//c/8H/vv8AABQAvf/s/+z/7P8AAPH/FADs/+//DgCt/+b/sP/H/93/CgC3/yQA7P8AAAAA8//s/7v/FAAjAOD/6//j/+H/4v/b/9X/8v8RAN7/3v/X/+//w//K/wAA1P/Z/9n/6v/R/+r/6f/s/+z/7P8UAOz/6//s/+v/yP80AMz/w//F/9D/5//d/wAAFADu/+z/6f/2//T/xf/r/+3/8P/i/87/6f/p/xQA4f/j/zIA3//a/9H/5//Z/9H/6P/1/9T/5//G//r/PADl/wAA3f/E/7T/0f8IAPf/+P/p/+n/5//p/wYA5v/Z/wAAEgDa/+//7//z/97/6v8bAOL/7/8AAAAA6f/g/9f/6//3/+j/9v/4/xcA6//z/ygAAAAAAAAA8v/a/9//9//r/+v/9f8AAPn/AAAXAPH/1v/Y/xQA3v/r/wAA6v8AANv/LgDV/9b/1P/v/9n/1f+1/+3/xP+e/6X/8f8kANv/AAAAAAAAAAAVAAAAAADu/xAAAAAAAAAAAAAAAOL/AADH/0AAtv/L/7z/t//a/8L/yv8cANn/7//d/+r/6P/c/8X/WwC6/6f/v/+Y/6v/p/+7/0IAz//T/8j/yP+0/7b/CwDo/+v/6//r/8//EgDp/xQA+//4/wAAAADt/+z/AADi/+b/AAAAAAAA6v8gAPT/+v/b/wAAAAAAAN3/BwDu/+j/BwDX//T/4v8XANf/2f/A/w8Asv+c/5f/AADT/6T/1v8AAPD/5f/v/+L/AADp/8P/v/8mALD/rv/H/9P/EAAlANb/1//Z/9n/5f/c/9v/CADh/wAAov/F/7z/1f8AAOH/4/8yAN//2v/R/+f/2f/s/+3/7P/s//P/7P8UAOz/3f/Z/wAA2v/q/+n/z/8WAOD/3P/o/+X/DwDL/+D/9f/L//v/4f+6/4n/yv/c/+r/4//f/9j/8//o//j/+P8LAAAAAAAAAAAAFQAAAAAA7v/r/9b/6v/s/wAAFgDr/+z/5v/Z/+v/AADl/9f/0f8MAPf/8v/k/wAA5f/l/yUAAADW/wAA2//h/9j/3//d/xQA1v8tANT/zP/N/9L/1//S/9n/6v/n/+X/5f8MAMf/1v/h/+z/7P/t/wAA7P/t/xQAJQDr/+b/8v/t//L/2f/T/9j/of/b/8b/7P8aAB8Aw/8SAAcAx//I/8z/wv/H/8v/NwDE/+H/y//X/+j/sf+7/+X/7P/u//H/4/8AABQA2P/P/x4A3f/W/8f/1P8AAAAA2P/P/8b/rv8eABwAnP/e/+b/EQDU/9j/GgC6/9v/vv++/9T/pf+4//f/3P8mAMj/6v/n/+f/6//q/+T/GQDq/+z/7P/s/+3/7f/s/+z/FADZ/+j/1f/v/wAA3/8mAAgA5//G/8X/yP/g/yQA9//3/9L/jP/K/8H/EAAUAAAAz//X/9P/5f/Y/9//EgAAAMf/7P/s/+z/7P/s/+v/FADs/yUA8v/3/wAA9P/I/+j/yv/s/+r/7P/s/+z/7P8UAOv/xf/G/9T/6v/x/9//OwDy/+z/7P/r/+z/7P/r/xQA7P/s/+//7P/7/+z/7P/u/xQAKQAUANz/AADy/+f/y/8LAOz/7P/s/wAA8f8UAOz/7/8AAOv/+v/Z/+7/AAAAAN3/2P/T/+z/+//a/+z/7P8VANT/3v8XAOf/6P8SANj/5/8VAOz/7P/s/+j/6//k/+z/sP/i/9T/JgDG/9j/1v8KADUAkf/I/6P/+v8AANv/xv8UAM7/7f/0/+7/+//c/+z/AADP/93/2v/a//n/zP8fAOz/6v/r/xYA6v/f/+j/6//V/wAAqP/T/7T/yP/O/53/AAAAAAAAAAAVAAAAAADu/9//6//u/+j/8f8eAOv/6P/j/9z/4v/j/+P/EgDe/wAAAAAAAPH/2f/Z/wAAxf/Z/7X/0v/3/wYAyv/z/9X/yv/n/wkAxv/D/+D/6//l/5//uP/g/wwAmf+w/+n/9P/2/xMA6//s/+z/6//W/wAA2/8gAOH/3f/O/+v/vP/o/xYA8v/P/yQA+f/a/7X/vf8kAPf/8v/k/wAA5f/l/yUAAADc/9//3//r/9n/2f8oAOf/FwDz/+7/AAD1//H/6P/x/9f/4f/c/+T/6f/K/y8A1//f/+P/6f/0//D/5/8cAN3/4//f/9j/8//o//j/+P8LAAYAx//I/8T/xv8PAMz/0P/5/xAAzf/T/8f/5//T/+3/FwDT/9//y//K/wAA6f/J//r/HgDX/8L/uP8AAMP/rv+1/xEABwDH/8D/yP+5/9H/+P/h/+P/ov+q/xsAvP/m/8r/2//W/9n/5P/J/7//LQDs/+v/7P/s/xQA7P/s//X/KADH/8f/DgDn/6H/2v+Y/+z/7P/s/+z/7P/s/xQA7P/D/9b/EAAdALP/1f/R/7z/7P/t/+7/7f/s/+z/FADs/9P/HADo/9T/4v/J//L/0//Z/wcAw//z/9D/0P8AAMf/AAA0AAAAAAAAAPr/0v8AANj/AADa/97/3v/Y/9n/AADJ/7r/7/+6/6D/sP/i/ycAGwDi/+n/vf/Y/9D/zv/w/83/x//U/9v/2v8UAAAA7v/g/+z/7P/m/+//FADs/9P/AAAAAAAAAAAVAAAAAADu/+n/7P/4/93/9f/d/+3/HQD3/x8AAAD6//r/8//u/wAA7P/m/+7/8P/t//D/EwDz/9v/EQDf/9X/AADH/wAAzP/M/97/vf/d/8f/5v/U/x8ACQCv/9H/uf+2/6b/AACq/73/2f/n/9b/0P8nAPH/2f/i/+X/3P/Y/+j/KgDm/9T/vv/M/+v/AAC3/8f/KACD/+n/3P/a/+X/6//a/yQA6P+//8//v//s/8T/r/8YALL/DQDw/+n/AADf/+T/6f/Y/+r/6//s//P/8/8VAOr/6f/s/+z/6//s/+z/6/8UAOz/xv8aANr/2v/e/+3/1v/T//P/0f/O/9P/FQDy/wYA1f/s/+v/2P/Z/xAA1//Y/wAADwDk/83/0v/i/9L/DgDe/+v/7P/r/+n/7f8UAOz/6v/B/ywA6P/b/97/6v/U/6r/4v/s/+z/7f8AAOz/7f8UAPP/1f/Q/wAACQDX/w0A0v/h/+z/7P/t/wAA7P/t/xQA2P8WAOH/5//s/9f/6/8AANf/4P+8/8f/1P/f//T/DQDk/x4A5//n/+D/4f/g/+P/DwDE/9j/2v/f/9//9//a/8z/2v/S/87/1f/W/zIA3P/t/+H/+P/f/wAADwAPABsA5//X/8D/xv/U/8f/EQAAAPj/2//c/9P/1f8QANr/zf8AAN//5P/4/xYA7f8AAOr/FgDs/+z/9//7/+X/6v/q/+v/9//o//b/+P8XAOv/8/+P/8n/YP+E/5v/zv8AAN3/7v8VAOL/9v/s/+L/6//s//r/9v8AAAAAAADc/wAAJgDX/+n/5f/q//n/9/8ZAO3/7P/s/+z/7P/s/+z/FADs/9z/6P/D/8X/wf8AAA0A0v8YAK3/1//s//D/0P8AAND/y//d/9r/6//Q/9//JwDa//r/sv/V//T/5f/v/93/7P/q//n/AADu//r/9P8XAO3/7P/7/wAAAAAAAAAAFAAAAO//rP/I//D/CgAZAMT/8P8UANn/zf/N/8D/6v/p/wAA1P8AAMb/zP/n/+D/AADz/8n/1v8LANL/xf/n/wAAx//Q/+3/1f/q/wAA3P8AAMj/0P/s/9j/1//Z/xMA2P8AABQAzP/o/9r/2v/S/9D/EwBGAJv/1//G/8n/9/+4/9j/LQDa/9n/3//Z/9r/0P+1/y4Au/+Q/5T/EwDK/9D/3v/s/8f/zP/s/7f/4f8AAAAAyP/e/7j/xf/W/wAA8P8JAAYA2v/c/+D/8P/Q/+T/AADs/9b/8f/3//n/+P8cAPj/2v/b/+b/1//k/+T/IwDe/9j/3f8AANr/3v8AANz/4f/r/+r/8//6//f/AAAWAPD/yP/I/9H/7P/Z/zEAwP/U/+z/9P/i/+X/6P/o/+b/FADZ/8v/HQDk/8z/1P/J/xQA6P/l/xoA6//s/+n/4v/q/xUAr//e/8P/3P+s//D/tf+i/8f/q//n/9b/GwCf//j/5//P/+L/4//n/x0Azf/U/+X/2//p/+X/6P8fAOn/2P/P/8b/w/+x/7r/sf+8/0sA2f/H/6//y//F/9D/vP82AOz/6//s/9v/7f/n/+z/FgDm/8P/GwAAAAAAyf/H/9z/EQDX/9X/1//X/w8A8P/e/wkADwDJ/+v/3P/J/7v/zP/a/wAA9f/Y//n/EwDw//r/4P/p/+r/6P/m/xQAAADe/+n/GADY/+P/5P/s/+v/4//F/9b/yP/v/9H/4f8eANn/7v/s/+z/7v/x/xUA6//u/xgAzv/b/+L/AADW//D/w//g/+f/3//p/97/EwDq/wAAPwDO/8b/x//K/73/wP/G/9//0v/X/97/AAAUAAAA0//s/+v/FADq/+3/7P/s/+7/wv+8/8P/KwDI/8v/2P+9/8f/CACq/7H/1v8AABgAzP/U/+H/1v/e/+r/5//J/yYAAADz/7D/7v8AANz/0P8AAD0A1f/p/+v/AADK/9X/8//T//r/1//g/93/yf8QANv/AAAZANj/wf/R/9L/zf/r/9P/6//r/+z/6/8VAOz/7P8QAPr/1P/N/+z/1//q/+X/z/8ZAMr/uf/F/7j/CgAAAOz/5v/s/+3/AADs/+r/FADs/+z/FQDn/+3/4f/q/+f/tv+//8v/EQCx//P/2v8YAAAA2v/s/+z/8//p/xEA7P/E/xwAzf/O/9v/vf8AAMn/6/8AAOz/+//6/xMA6//d/+P/1v8fANX/1f/p/+j/5P/b/9v/IwDh/9z/1v/W/+X/AADu/+D/9/8AAPj/8f8AAPj/7v/s/wAA9v8kAPH/2f/7/xAA6v/s/+n/5//r/+v/4//U/+H/4//Q/7v/AAAKAPb/tv+m/9D/y/8MAN3/sv/s/+z/7P/s/+z/6/8UAO3/7P/s/+n/6//3/+f/FQDs/+z/7P/r/+z/7P/r/xQA7P/X/+X/RgDf/9z/u//W/9j/1v8YAAAAAAAAAMj/z/8AAN7/9f8IAOv/7P/R/9f/7P/T/9b/5P/d//n/6/8qAOz/6f/o/+n/3P/r/+v/FgDh/+P/3//Y//P/6P/4//j/CwASAOT/8P/l/9r/1f/v/9X/2P8UAMP/xv/f/9n/4//E/8j/DQDY/87/4f/r//v/3f8RAAAA6v/m/+L/3P/Y/+T/8f/t/wAAAAAAAPn/FAAAANX/8f8cAMX/xv/a/8f/2P/p/+z/FADs/+H/AADu/9T/EADf/+v/2P/s/w0A1v/d/+z/7P/s/+z/7P/s/xQA7P/n/xcA6//n/+r/6v/e/+X/8//q/9P/6v/a/+D/EwDg/9D/MADZ/+f/2f/V/+L/3v/2/+n/vv/a/+//0P8AAMz/3v/o/+b/1f/n//X/CADe/9j/6//Z/+b/7v8UAAAA7P/R/+T/2v8yAMz/z//W/9T/3f8AAOv/EwDq/9z/2P/p/+z/7f/4//n/8v/s/xQA+P+l/+L/DADm/5T/QQC5/6z/ef+n/8D/pP+b/0EA1//R/8H/xv/B/8//yP9GAL//wP+9/+f/AAATAA4A2v/k/9T/zf/Y/8b/5P8AAAAA1P/s/+v/AADj/xQA6//s/97/7P/3/wAA4//7/+7/5/8HANv/1v/F/wAAz//G/x4A1f/r/wAA6v/c/93/6f8VANz/8P8AAMr/+P/v/+7/yv+7/8L/xv/X/+T/0f/Q/8j/LgDL/9v/4f8GANf/2f/r/xAA2P/O/8j/7v8IAPP/4/8VALj/AAAAAPT/AAAAAN//AAAgAAAAyP/k/9L/EwAAANL/sP/i/wAAzf/X/9X/4/8AAOP/3f/N/9D/8P/s/woAKQD1/+H/5//s/+3/7P/s/xsA6f/u/wAA9//E/67/vf/F/wsAEAAAAAAAAAAAAAAA4v8AANn/3P/3/5n/uf/d//b/8P/q/+n/BgDe/+n/5/8OANb/AAAAAAAAAAAAAOz/AAAUAOz/FADu/+//8//s/+z/7P8eAMH/vP+1/7z/7P/Y/93/AADv/7D/wv/C/93/x/8AAOv/6f8RAO3/8//v/xMA1P/X/+z/7f/k/+3/FADs/9P/CQDO/9r/vv/g/wAA1/+0/xEA1f+n/9P/AAAAAOT/2//D/63/tv/r/8v/z//l/ywA7P/s/9n/9f8UANj/AADs/wAAwP+p/+3/AADn/+b/0//p/+j/6f/e/+3/6/8WAOT/t//L/w0A6f/l/7v/IgAAAM7/5f/t/+b/4v8KAOD/9//b/+z/7f/q/+H/AAAKAOz/4f/t/wAAr//H/ywAzv/s/wAA6f8SAOf/AADV/+n/4P/Y/w0A9P/6/9P/MQC9/+X/1//h/9z/5//p/8r/LwDZ/+n/6P/p/9z/6//r/xYA4f/g/9L/+v/B/8n/EgDV/xIAzP/K/8//y//W/zMAyf/W/9T/2//t/+b/6v8QAAAAAAANAPD/AADy/wAA5f/s/wUA6f/s/+z/7v/s/+j/FwDs/9P/0//T/9r/AAAAANH/8//P/9H/0P/Y/9f/x/84ANj/6v/u/+7/8//z/+X/FgDu/+r/7v/u//P/8//l/xYA7v/W/xEA2//f/9z/5f/7/9D/5P8oANT/1P/O/93/4P/c/9P/MwDX/+b/+v/T/9X/0f/b/97/0f+m/7P/4//Y/wAAAADw/xAA9//r/8H/5f+r/+z/7f/2//b/8f/s/xQA9v/j/9//2P/z/+j/+P/4/wsA0//l/9X/1P/U/yEA+/+//9f/4P/u//j/7P/V/ykA4P/Y/8v/zf/D//n/yf9BALX/7P/s/+z/7f/s/+z/7P8UAAYA6f/b/+n/7v8AAOv/7P8KAAsA1P/F/9f/zv/v/8b/3/8mAOT/6//c/9z/2P/p//f/6f/I/9r/7f/l/woA6//s/+z/6//u/+v/FADs/+z/7P/q/+v/HADs/9v/3//r/xcA0//n/+3/9f/F/8P/9//k/wAA0v/Q/9H/4f8XANn/zv/l/+3/5v/i/woA4P/3/xAA2f8TAOz/2//j/9X/2f/Y/9X/6P/p/+X/AAAAAA4A6v/5/wAA7v/6//T/FwDt/wAAwv+o/7P/vv/J/xEAuf/o/+T/6v/o/+r/6f8ZAOX/7P/4/wAAAAAAAO//FADx/+z/+P8AAAAAAADv/xQA8f/s/+z/6//f/+z/6/8VAOv/FQDs//b/AAAAAOz/6P/q/7X/6v8AALT/4f8iAO7/wP+p/7f/xv/A/8P/RgDE/7D/+v/k/9j/2f/j/wwA8//f/wAAHAAAAAAAAAAAAOT/AADq/xYA6//h/+r/6P/p/+v/pP9WANX/wv+4/7P/nP+9/+n/FwDp/+v/6//s/+b/6f8zAN//zv/W/9n/1//G/+3/7P/s/+z/7P/s/+v/FADs/9j/AADK/wAA5//M/+r/IwAAAOb/m/+P/6n/1/8AAOn/5f8AAO3/6v/d/9n/AADe/5n/+f+//+D/bv/D/yIAs/8aANT/0v/g/+D/2f/q/+n/7P+s/9r/3P/o/xIAEQDK/+v/6//1/wAA+f8AABcA8f/s/wkAAAAAAAAAEwDr/+z/3v/Z/9v/5v/S/9z/3v8pANj/9v/G/9b/u//S/+v/DAAAAMj/0v/S/+H/vP8aAOL/HAD0/9j/6P/Y/83/7P/b/8f/yf/V/wAA2//f/xIA4/8IANr/r//E/6P/4P/o/wAA3f8RAL//v/+//wAAzP+2/7v/AADU/9T/CgDW/9b/6v/d/8f/AACw/8v/rv/l/+n/0//r//H/8f/6//f/FgDX/xIA6v/p/+H/2v/V/wAA1//W/+T/2f/l/wAA5/8cANr/0f8FANf/2//c/wkA1P/X/xkA4v/6/97/2//X//f/6f+t//b/vv+w/6//tf/3/wAAAADu/8H/zv/3/wAA3P/X/8b/2P8UAOr/8P8GAAAA2P8QAOb/AAAAAPf/EwDi//H/2//r/9n/7P/p/+P/3v8WABQA+//w//X/9P/e/8H/vP/Y/9X/of+f/8r/5//Y/wcA4v/Y/6L/mP9//+P/AADb/8j/NADM/8P/xf/Q/+f/3f/O/0cAx//T/7X/xf+8/8T/1/8lANv/6P/j/+H/3P/n//H/WQCU/4//if+I/6D/hP/e/+3/AAAAAAAAFADw//n/6//s/xQA9v/t/+j/7P/r/+z/3//s/xQA6//6/+v/7P8VAOz/3f/y//X/6//s/9n/BgDT/8v/zP/Q/+r/DQDF/+b/AADt/xMA2//K/wAA4//S/+L/2v8rAOn/1//r/9j/6f/p/+v/6//p//D/FQDp/wAA7f8AAOz/AAAAAN//6P/g/9//6//x/+3/6/8bAOz/HAAKANP/8/+M/8H/3//b/9n/5P/r/+v/6f/l/yQA2P+y/x8At//n/67/1/+t//v/AAD3/1X/gv+Q/8z/rP/R/9z/FwDk/9z/AADT/9v/y//Q/+P/3P/s/xkA1f8IAM7/+f8AAKP/s/+O/53/2P+5/w4ABwDX/97/z//g/9b/3P/A/+b/rP/K/wsAp/8MANX/7P/Z/9r/GwDr/+r/5P/j/+z/6v/r/xwA7P/b/9//6//r/+n/9P/s/+v/6//q/xUA6v/m/9r/0//l/+v/DgD2/xgA7//s//r/AADz/+n/2v/i/+n/6//c/9X/0/8YAOj/1v8AAN7/AADU/9X/CwDa/ygA3//n/wAAAADa/9j/2v8oAOD/6P8AAAAA2//Y/9r/xv/6/7v/yP+l//j/x/8RAAAA9v/x/wAA7//y/x0A9//b/wAA4f/a/+X/4/8LANr/tv/H/5z/8v9///H/zv+g/87/6f/r/xQA7P8JAOf/6f+C/6z/T//b/8j/sf9UAJ7/4/8AAPb/BgDz/+z/6//t/wAA2P+y/7L/1f8bAJT/6P/V/8P/1f/M/9f/CwD2/wAA0v/F/9T/3/8RAMj/2f8QANj/JADO/93/AADO/7f/w//a/9b/AADk/9r/7v/E//H/+v/d/8r/2f/q/+//CwDl/8v/sP/c/57/xv/3/xoAuv/j/9f/2v/f/+v/9P8pAPT/5P/b/x8Ax//e/+H/+v/Y//T/FQDs//P/8v/z//T/+v/B/+v/w//I/8n/yP8YAOv/9P8VAOz/8//y//P/9P/6/+z/7P/s/+3/7f/r/xQA7P/Z/xMA+P8AAAAA7f8AAPL/7f8TAPv/AAAAAAAA7f/n/9r/GwDW/9j/2v/m/6r/1f/E/8H/EADZ/9f/9P8AALb/AADm/+r/5P/Y/7L/GQDa//r/EwAAAAAAAADz/+D/7f/s/7r/3//Z//v/7P8VAPT/JQD5/5L/6P+0/5v/1P+w/9b/3v/P/9H/x//M/y0A1v/e/9D/FwDK/wAA2f/e/+T/1v/N/9f/1/8AAAkA1P8AAOn/6f/o/+n/6v/Z/xcA5P/r/+r/8//6//f/AAAWAPD/7//G/+7/vP/A/7T/KACm/9P/5v/P/9b/2P/O/ywA3v/P/8v/3P/S/9r/2P8uAOb/2//C/8n/vP/P/6z/MwC4//T/9P8eAPT/AAD2//v/+v/q/7T/1P/j/9H/NwAAALz/AAAAANr/6f/e/+n/1f/i//T/AADL/9T/zv8HAMH/1f/S/9T/2P97/3r/5//L/9D/7P/1/+3/AAAAABYA6f/t//r/+f+4//H/yf/5/9P/0f8MAMr/3/+7/9n/8f/m/9z/6v/t/+7/7f/s/+z/FADs/6b/3f/M/wsA3/+4/7//9P8AAOz/5P/o/93/6P8UANj/AADs/+v/7P/s/+v/6/8UAMn/0P8AAOb/6//k/wgA2//p/+n/CgDW/+T/FADr/+r/0f/m/9v/6P/s/9j/8P8qAAAA3f/p/wAAAAATAMv/4v/4//X/wv/M/+n/DgDv/9b/0v/H/83/zP/Z/+f/LADL/8T/6v/R/8b/u/8RAOX/4v/v/+3/FQDs/+//6v/q/+7/FADw/+z/+f/x//D/7P/v/xQA7P/y//X/+P/s/+z/8f/Y/7z/p//u//X/FADp/9D/pP+w/8v/CwCF/wYAy//c/8X/4//V/8n/AAC5//X/EgDY/w8AEwDZ/9n/1v/Z/9v/EwAGAO//9//0/9D/7f8AANf/4f/c/+T/6f/K/y8A1/8fAPP/+f8AAAAACwDl/97/4f/n/+z/7f/s/+z/GwDp//T/5P/Z/3H/wP8VAND/e/8QAOP/z//d/9L/9v/2/9r/5//b/xUA7P/u//T/7P/K/wAAAADs/wAAAADL/wAA+//7/+b/6/8AAPj/3P8GAOD/AAAAAPT/+f8AAPX/+/8WALv/AADb/63/BwDC/8v/6v/A/wwA0f+8/9H/8f/O/8b/3//p/+z/4P/m/9n/8f8pAN3/2v/Y/7//3f+9/ygA4P/T/+v/6//s/+v/FQDs/+z/7P/s/xQA7P/s/+v/6//r/+z/1v/x//f/+f/4/xwA+P8WAOz/6//r/+v/6v/q/+z/9P/0/x4A9P8AAPb/+//6/+f/6v/Y/9n/7P/j/xwA6/8AAPj/8/8AAPD/9f8cAPn/CADU/+3/7P/2/8v/BgDU/wAAzf/q/+D/9P/0/8v/6//V/+z/1//Z//j/EgDr/xEAAADH/8b/V/+o/93/AACt/xUA1v/O/9v/4//6/+v/5f8WAAAA6//j/9P/AADL/+D/6//t/+r/2P/r/+v/FQDk/+X/6f/q/xIA4P/i/97/EgD0/xYA+v8AAPr/7v/o/wAAGQDq/9j/4P/r/97/5P/P/wAAzv/Q/8X/EgCt/+//r/8AAOr/6v/r/97/EADl/9n/1//X/xAA2//W/9f/7P8AABgA6P/h/+v/6//r/+n/4P/K//j/2P/1/+v/GADK/9j/yv8AANr/7/+w/8f/0/8NAPb/6//r/xUA6//o/9//6//J/xoA2//Z/97/7f/W/9f/4v8JANv/zf/W/+r/AADj/wAAJwDu/wAA8//o/9n/+//h/9n/wP/G/9b/3P8fANr/6//s/xMA7P/s/wAA7P/g/9//4//d/97/2/8jAOP/5f/T/87/NADQ/8v/1v/M/9b/6//3/+j/9v/4/xcA6//z/wUAAADI/9b/vP/T/9T/zv/n/9n/HwDU/xwA7f+r//H/x//q/9X/w/+u/8H/MgDB/xQA6v/w/+3/2//s/+L/+P/V/wAA8v/l/+//2/8AAOb/7P/t//j/+f/y/+z/FAD4/zQAyf/R/8T/0//a/9L/1P/g/8X/lf/g/wAAsP8IAMn/xP+u/wAA5f++/7f/xP8bALT/rf8JAPn/9P+9/9j/HwDZ/+j/6f/t/+n/AADT/xAAyP/c/wAAFgAAAOf/1//g/9n/0v/p/+v/2/8bAPL/2P+8/8v/0f/F//j/9f8eAMX/yv8cANj/7f/Z/+r/6P/b/+v/7P8UAOz/7P/p//X/7v/0/9H/4f8QAN7/tf/S/9X/8P/k//D/0v/Y/+7/6P8NAOz/7P/s/+z/9P/y/xQA6P/q/9n/FADm/9f/7P/q/wAAAADR/9P/2P8fAND/1P/u/xQA7P8AAAAAAAD5/+z/6v/q/+n/FQDs/+//6//t/9j/7f/N/77/0v/C/9//KwDO//L/4//q/+v/6f/J/xgA2P/Q/+j/yv/T/8//4v8kAN3/4f/b/9X/mf+i/wwA0P/O/7T/GQDY/7b/zv8AANf/6/8VAOX/2//c//L/3f/g/xMA7v/t/wAA7v/t/xEA6//s/+v/9//o//b/+P8XAOv/8//p/+z/8f/v/wAAGADs//H/6f/T/+z/1P/g/97/EQDi/+z/7P/x//b/9v/s/xQA7f/s/wAA7P/u/9j/7P/r/xQADQDi/5f/6f/N/8n/AADJ/+z/7P/s//P/9P/g/+r/FgDY/+f/uf+R/6L/9/+9/xIA0f/E/6X/IQDf/+P/4//f/87/8v/I/8r/z/+5/xkAx//V/8//1P/h//P/y/8+AOX/7v8UAOz/7v/t/+z/7P/u/xkA0v+0/7r/s//K//L/w//j/xwA5v/l/+b/5//i/+X/rP+x/6//vf/D/yoA5v/f/9j/3P/k/9j/7P/b/yAA3f/C/wAADgDY/+L/AADU/8j/4v/O/6//1f/K/x8A5f/z/9n/yP/f/8//yf/Y/ycAAADY/9H/AADd/+L/3P8hAOz/5v/J/9b/1//R/9//IgDj/+z/7P/s/+3/7P/s/+z/FAA+AMf/3v/l/97/6f/C/8H/AADo/+f/6P+2/9L/3v8vAO7/6v/q/+3/6//l/+X/GADF/7H/3//H/8T/8v8PAAgAFADw//L/7f/1/+r/7P/y/+z/6//s/+z/FADs/+z/9f8AAPX/6P/E/+z/2v8AAAAA4v/X/9j/6P/s/+v/AAAUAOz/w/8UAOX/7P/K/9j/AADt/9//5f/W/9f/5v8iAM7/DQDc/+z/8v/x/93/9//o/9T/u//M/8X/1/8AAPj/8/8UAOz/7P/s/+z/7P/s/+z/9P/e/+f/6P+j/+3/0//x/+r/6v/z//n/9/8AABcA8P/s/+f/5f/t/w0A6/8TAOr/p/+8/6n/uP+p/7j/UwC6/9j/3P/k/9j/7P/b/x8A3f/u/wAApv/A/6P/6P/4/wAA2P8cAMT/3P/Y/+v/AADf/9j/BgDm/+P/3P/h/wAA3f/J/9r/4v/W/9r/1f8fAAAAAAASANP/1f/X/8v/6f8AANj/1f8AANn/4f/m/+b/DgDJ/ykA2v/o/+j/1P/L/+H/1f/a/7//nv8SAO7/7v/k/w4A4v/p/9j/FADn/9r/yP8AANL/5P/v//L/KADY/+j/0P/N/9X/1v/l/9n/zv8pAOf/y//c/+z/2f/c/9H/JADq/xUA8f/z/+7/7P/r/+7/2f/s/8D/0/8UAKT/8P/n/+n/2f/Y/+v/6v8SANj/AADo/xcAvP+7/7X/5f/a/8b/2f+u/97/t//C/wAAJAC9/+z/AADo/+v/5P8SANj/3v/Q/wAAzf/k/8v/CgDt/9P/zP8FAMX/u//4/wcA5P/h/+P/HADm/+X/5v/n/+L/5f/d/+v/3f/g/8T/yv8JAOr/FQDs/+z/8v/t/+3/6v/T/+X/2f8YAPH/6f/o/+v/7v8VAOv/7P/v/+//6//r/+7/JQDj/+r/6f/r/+L/zf/p/wAA4P/m/+L/6f/U/xMAzf/V/+z/7P/u/+v/7P8aAOz/7//Y/9n/4f/Y/9j/AADZ/9n/zf/g/+n/AAAoANb/1//u/wAA6/8aANX/2f/Y/6v/EQDq/9//4//6/+r/EADo/77/LwDk/9r/6v/Q/9X/4P/V/+H/3P/t/xIA2//x/8n/zP/d/8f/1f/l/zMA1P/j/87/GwCz/6f/7P+K/87/7v/O/8j/u//d/9v/AADo/yIAGADo/+H/6//r/+v/6f/g/yQAAAAAAAAAAAAAAM3/AADh/+f/7P/t/+z/7P8bAOn/AADV/9//4v/f/xIA6v/K/9P/AAC+/+b/0f/W/wwA+f/3//L/5P8AAOX/5f8lAAAA4P8dAO3/9v/p/+//5//5/x8A6v8AAPn/+P8AAAAAAADi/8L/x//K/9T/6P83AOP/wf/o/77/vf/Q/7z/JwDB/8P/xv/o//T/IADm/yoA2//s/+z/7P8UAOz/6//s/+v/2v8AAKH/0P/D/+//CgAAAPD/0f/D/9//tv8JAPP/+P/a/xQA3v/Y/9r/AADg/9j/9/8fAAAA+v/6//P/7v8AALz/vP/P/04A2f/B/8H/xP/s/+r/6/8cAOz/2//f/+v/w//Q/8v/RgDR/83/wv/K/8b/xP/T/ykAyf/S/9j/yv/Z/wcA4f/Y/+v/3f8AANr/6v8TAOz/6//b/wAA6f/r/9P/xv/g/+3/AADd/+X/GgDj/7X/nv+Q/7z/3/8IAKn/CgAAALf/u/+7/73/8f+8/wAA8v/U/+X/6P8AALr/0v/5/+z/AAAAAO7/6P8AABQAsP+2/+n/1//D/7T/SACo/+P/z//P/93/2P/5/xEA5P/r/+z/4v/p/+r/3P8iAOT/vP/Z/+H/1v/K//X/MADK//r/6//W/9j/6P/6/77/FADf/9H/3v+6/7X/sP8IANP/FADw/+z/+f/x//D/7P/v/7r/3v/B/+P/z/8AALn/JwDm/93/1f/c//D/LgDf/9z/5//t/+z/7f/s/xQA7v/s/xYAxv+//83/5//q/+X/AADs/xQA4f/t/+z/7v/p/+z/5/8AANr/wf++/+f/yf+k/+r/7P8UAOv/7P/t/+z/7P+x/7r/BgC7/8X/LADL/8r/1v8SAN7/BwDS//L/2f/L/9X/zv/j/wAA9f8HALb/7P/D/wAAuP+//6n/8//w/w4Axf8SANb/5v/u/9j/+//R/9T/FADX/9P/7P8LANz/vf8AAOT/+v8AANX/2/8AAOb/AADt/wAAAAAoAAAAAADo/8v/wv/e/9z/0P8PABgA1v/c/9//3//r/9n/2f8oAOf/2f/L/yoA0f/M/+L/3v/U/9j/7P/x/wAA8f8AABQA8v/m/xoA4//s/+r/6//q/+7/7P+7/5z/AADg/9T/1P/V/+L/2v8AAAAAJQDp/+n/2P8NANf/2v/c/9v/CwDe/8v/AAALAOD/6f/c/8//2f/k/+v/3f/s//f/7P/0/+j/FADs/+r/7v/u/xQAAADd/+z/6//p//T/7P/r/+v/6v8VAAAA2//N/97/zP/i/+P/EgDr/8L/lP/J/5b/r/8bALb/+f/t/8P/yv+6/wYAxf8IACUAtf/X/+v/0v/S/8f/5f/r/+v/7P/z//b/EwDw/+z/1f/V/+X/7v/p/+f/LADi/9L/0//p/9r/7P8AAA8A2//q/+7/7v/z//P/5f8WAO7/9/8AAAAAAAAAANb/LAAAANf/EgDo/9r/2f/X/9v/AADX/8T/x/8PANb/uv8AAPX/s/8JALj/tf+w/ysA1/+5/+z/BQANAAAA+v/Z/9n/AADU/xkA1v/N/9T/4P/X/wAA2P8AANX/2P/g/+X/AADc/+n/x//e/w0A2v/s//X/yv/p/+3/+v/c//P/3f/s/x0A5P/s/+7/7v/t/+z/FwDs/9b/2f/p/9z/y//Z/yoA2v/2/9L/4f/m/wAA+f8AAAAAIwD0/+P/AADw/77/9P/2/9j/tP+7/+b/w//U/zMAx//s/+z/7P8UAOz/6//s/+v/8f8aAO3/8v/u/+X/4v/t/xUAAADj/+D/2/8AAOH/1v8hAOv/7P/s/+3/6//f/+v/4f/S/yIA1f/V/+j/4//j/8H/7//H/wYAxf/Q/wAA7P8fAO7/n/+r/9X/1v/w/5n/EgAPAO3/7P/4/9n/5f/p/+z/+P8AAAAAAADv/xQA8f+9/8L/CwC7/9b/2//h/xoA2v/s/97/7v/5/wAAAADt/+z/7f/u/+3/7P/s/xQA7P/W/wAA6v/W/93/KgAAANv/1f/4/9n/6P/d/+v/6P8WAL3/JQDE/8f/zf8AAND/sv/f/+3/4f/I/xcA6v/q/9n/zv/K/xsA4P/k/+n/1//q/wAA2P/s/+3/7f8UANj/7//o/8H/sP/C/8L/MAAMAL//AAAWAAAAAAAAAO7/4P8AANj/1f/X/9r/1v8AAAAAz//o/+T/6v/o/+r/6f8ZAOX/6v/4/+v/8v8AAAYABwDw//j/JgDr/+L/6//f/8X/z//J/9b/zP/e/9b/NQDH/9n/7P/s/+3/8P/t/+z/FAAAAOP/7P/y/wAAAADt/xgA7f/n/9n/5f/l/9v/1f8gAOf/+P/D/5n/qv/I/woA5f+W/woAz//X/8D/x/8MANj/zP/Y/8b/DgDO/+3/3v/s/wAA+f/u/wAA1P8LALT/pf/d//D/9f/Z/7f/sP8KANL/AADH/y0Avv/L/8j/uv/V/w0A7P/Y/wAAAAAoAOz/7P/x/9j/xP/U/+f/4P8AACgA4P/q/xUA6f/z/+n/2//r/+v/2v/k/7P/wf+3/8n/IADD/wAA7v/t//L/4v++/+z/AADK/8n/of/4/6//0f/K//H/xv/n/9n/4P/l/x4A6P/d/9b/6//d/+f/6/8YAOz/6v/C/+v/wP/M/8v/0v8eANT/EwDn/9//pf+q/+P/zf/D/w4Axv/Q/77/7f/1/+D/+f8mAMn/0v/a/+n/8v+9/woAFADv/+z/9v/w/+//7P/u/xQA7//s//f/8P/v/+z/7v/3/+X/3P8NANv/6//o/+z/4v/q/wAA2/8TAOr/3v/i/73/yv8SAOD/1P/t/+D/5v/T/8v/vf/C/7T/2//X/yYA2v8IAOX/AAAAALj/FgDR/9j/0P/b/9f/1P/S/yMAAADW/+r/6f/r/+v/4/8bAOv/EADd/9n/2v/Z/wAAyv/Y/w8A1f/b/wAA+//R//P/y//W/+j/1v/l/9b/2P/r/yUAAADY/+f/8//e/wwA5f/s/7T/nP/t/9b/z//o/+j/7//6/5b/nv+d/6j/4v+q/xsACQDQ/7L/u//K//f/5f/b/+z/7P/s/+3/7P/s/+v/FACx/wAAuv/h/8j/IwC+/93/1f/A/7v/+v/M/w0A3f8RABkA6f/r/+P/5f/p/+v/1f/a//P/6/8PAAAAKwCe/7r/9//y/+T/AADl/+X/JQAAAAAA+//1/wAAAAATAOf/AAAAAPH/8v/t/wAALADv/9b/5/8VAOz/7f/s/+z/6//p/+f/FQDs/+3/7P/s/+v/6f/3/9v/0P/a/9L/AACu//j/2P/Y//P/3P/l/7D/xP8xAPT/1v/c//b/3v/R/xEAs//e/+r/7P/q/+n/IQDm/9b/4v/k/+f/7v/4/xkA7P/r/+n/6v/t/+//7v/f/xoA7/8AAAAA2v/b/9f/AADP/9P/4f/j/zIA3//a/9H/5//Z/x4A2v/V//H/8P+3/+D/BgAYAO//7P/6/wAA8//p/9r/8v+//+T/3f/T/8j/qf8SAAAA5//a/+z/7P/s/+P/FAAOANj/1P/S/9H/DADe/8n/wf8nAMP/0v/W/8b/v/8AAOn/AAAAANj/3P/Y/9z/2P8AAM//6//F/8L/9v/l//L/6f/l/+f/6//2/x0A7//x/+T/7f/a/+j/oP/n//X/AADo/xkA5//l/9v/2//c/wAA3P/o/+r/5f/d/wcAAAAOAOz/AADq/+7/7//T/xMA1v/h/9f/4//p/+j/6/8cANj/vf9RAN7/0f/u/73/q//E/xYAwv+x//D/IADt/wAAkv/t/xQA7P/t/+z/7P/s/+3/0v8AANn/tP/D/9j/FgAGAMX/AADn/w8A5//6/+D/3v8HAL7/1v/Y/9D/HQDL/+j/CQDZ/8D/1f8IAMn/+P8AAOz/AAAAAAAAAAAAABQAAADl/+z/4//Y/+3/AAAMAOP/w//W/9b/xf/Z/+3/5f8VAOz/9P/w/+z/AAAUAOz/7f8SAAAA8P/j//H/2P/b/8j/6f/p/+f/6//0/+//KADu/wAA2P/b/9X/5/8MAPT/zP/W/73/5P+W/6f/+//Y/7//HQDq/+n/2P8AANv/7P/a/x0A6v/r/9j/AADb/+z/2v8AAMT/EgDP/4//AAC+//H/6f/o/+n/3P/r/+v/FgDh/+X/1v/a/+T/3v/c/wAAAADp/+f/zP/p/+r/0/8eAOn/1v/j/+f/2P/e//n/HgDN/+P/2P/d/wgA2v/H/xMA1//p/9//of+q/97/sf+5/xMAvv8MAK3/wP+W/7X/7/+t/9T/6P/n/+f/4//5/xEA6v/s//v/AAAAAAAAAAAUAAAAo//z/5f/+P8AAAAACACx/77/u//i/4D/e/8kAM3/kP+z/87/kv+l/5X/PwCJ/8L/7P/s/+v/7P/0/+3/FADs/9j/6v/Y/xcA8P/r/9L/EwDu/+z/7P/v/+3/6/8UAOz/4v8XAM3/1//o/8L/9//D/+z/7P/r/+z/9P/t/xQA7P/Z/+3/AADw/+//3v8TANf/7f8UAOz/7P/s/+z/7P/r/+r/8P/s/+z/7P/r/xQA7P/s/wAAAAAAAAAAAAAUAAAAyv8oAOT/BgDa/8H/1v/T/xcA5f/j/+v/7P/p/+r/7P/s//r/6f/n/+v/7P8UAOv/7P/4/+//8v/u/+z/FAD3/6T/FwC0/8r/5v+5/9//7//k/+v/AADr/+z/EwDm/+P/FgDW/wwA5v/m/9b/AADM/+L/8v/p/+v/7P/r/xQA7P8AAAAAAAAAABUAAAAAAO7/2P/r/9n/6//p/+L/3v8WANf/AADY/+D/1v/R/9X/AADq/xEA7P8AAOH/3//X/9f/IQDr/+z/7P/t/+v/3//r/+v/2/8AAAAAAADY/wAA7P/g/+n/6v/o/+f/FAAAANv/rv/e/8r/xf+y/5//JADX/+3/FQDz/+//7v/s/+v/8P/Y/+b/8v/l/+n/1f8PABMA+f/f/9//7P/Z/9n/IwDN//r/5P/Y/9n/4/8MAPP/3//j/93/+P/G/xAA3f/G//n/0v/S/9f/1/8UAMX/0v/0/+3/6f/i/+n/6P8YANv/6//L/9L/+/+0/73/KwDT/73/FgDq/+v/7P/s/+v/6v/r/wAA0f/s/+z/4P/b/wwA6/8IAPH/v//j/9n/AADq/+P/AADW//L/6f/J/9j/AADJ/xMA4f/J/9j/2P/Q/wAA5//Y/9//EgDj/9v/DQDc/9L/6//Y/+z/7v8AAOz/7P8QAOv/2//o//b/CwAWAND/1f/j/xcA6//q/+z/7f/o/+z/2P/a/9z/DgD4/wAA5P/u/9D/xP/A/9T/BwDT/9X/DwDs/+X/3v/a/8z/5P/t/xYA6/8AAOj/7P/t/xIA5v/u//L/yf/L//L/AADx/wAAz//g/+j/6f/s/wAA1/8SANj/AAD2/9n/1f/e/+D/0f8AAAAA6v/d/+z/7P/r/wYA6//Y/+r/6P/j/+n/FQAAANb/2P/Z/+v/7P8AABMA3v/Y/+D/AAAAAAAAAADs/x4AFADs/wAAAAAAAAAAAAAUAAAA7P/r/+v/4f/t/xcA6P/m/9n/zP/l/97/1v/H/y0A5v/X/+H/3P/k/+n/yv8vANf/5P8aAOv/6P/q/9z/1//m/wAA3v/p/9z/2v/Z/wcA2P/T/9X/3P/s/+z/KQDu/+z/vf8AANz/t//C/+D/BgDq/+n/yf/Z/9D/3f8AAPv/vf/0/9f/r//A/wgAAADf/+T/IgC4/83/3v8GABMA6P+6/xQAAADV/7//6f8AAOv/v/8NALv/jP/7/7P/DADb/+f/AADS/6b/8f/L/wAA6//q/+T/HgDn/+f/4P/h/+D/4//e/8T/1//y/93/1v8fANf/5P/k/+//8v/n/+j/GwDg/9f/5v8UAOD/6//Y//P/1v/q/+n/6//s/+r/6v/e/xYA0/8AANT/1//a/wYAy//R/+r/6f/r//T/7/8WAOz/6f/s/+z/7P/t/+3/7P/s/xQA2//k/9X/4P/s/xEAAADT/67/s//5/xMA6//U/w0A0v/p/+r/6v/t/+v/5v/l/xkA7f8AAOL/7f/z/xMA5//k/wAAFADo/+r/9v8FAN7/9P91/xEAl/+R/1P/l/8jAPn/z//Z/97/5//n/ysA1//R/+L/0v/k/9j/2v/W/ywA1v+P/w4Axv8AAOb/AACx/9X/0f/y/9T/2f/p/+T/yv8dAPL/5v/M/9b/8f8AAAkA0f/n/xcA6//n/+r/6v/e/+X/6f8VAOv/6f/r/+r/7P/p/9P/6//r/+z/6/8VAOz/7P/S/x4A6P/e/9v/5//v/+L/5P/q/+v/6f/w/+3/FwDi/+T/6v/r/+n/8P/t/xcA4v/s/+f/7P/0//T/6/8VAOj/1//h/9z/5P/p/8r/LwDX/43/0P/g/7v/m//W/8j/3v+r/xUAt/+m/+//5/+w/6P/2P8TAPr/1f/5/+D/xP/D/9r/AADr/+P/7P/g/9n/DgDi/xUA6v/m/+v/AADn/9j/3P/n/87/3v/M/9D/BwAMAAcAAADZ/9r/4f/Y/9b/2P/c/9//3//r/9n/2f8oAOf/IQDx//D/+v/5/+T/3v/v/83/JgDf/9//4v/M/93/8f+7/+v/wf8RALv/AAD4/9j/1//a/+z/6f/s/8//AAAkACEA2f/X/wkA1//R/8j/1P/z/xQAyP/N/8n/yv/a/wAAAADY/+3/7f/t/+b/EAAGAO3/5v/W/+L/FADl/+z/2f/p/wAAAAAAAAAAAAAYAAAA7P/R/+L/9//x/+7/MgDi/+T/CwDe/+P/3//Z/9b/+f8AAAoA2//D/7n/AADa/7D/7P/R/+L/9//x/+7/MgDi/xYA5P/Y/9L/vf/E/73/0P/Z/83/4f/c/9z/BgDr/xEA4P/f/+D/7//a/8X/KAD1/73/zP/J/wAA6f/x/9j/HwAVAMb/7v/x/+n/6v/b/9P/1P/b/9f/1f/f/8n/LgDO/+T/3f/q/+j/5f/c/x4A4v/Y/wAA1P/Z/+T/EwDg//j/7P8UAOz/7v/w/+z/7P/s/8b/2P/J/9n/0f+7/9T/TAC7/7r/x//t/7//9P/T/xgA6f/i/+z/FADs/+//7P/i/+z/FADs/+3/7P/s/+z/7P/s/+v/8//b/+3/5v/s/xYAAADs/+3/7v/u/9r/AADp/wAA0//D/7//EwAAANX/xv/s/+z/7P/s/+z/7P8UAOz/0v/p/9r/+v/p//f/1v8UAOD/5//n/7D/r//C/yAAxP/r/+v/uv/i/9D/EgD1/+r/7P8UAO7/8f/x/+z/7v/v/7X/tP/Q/83/x//u/woA3f/q/+7/7v/z//P/5f8WAO7/AADO/wAAxf/X/9j/wf8YAN7/zf/6/y8Ayf+2/8f/2//r/wAA7P/Y/+z/7P8TAOz/1v/W/+r/2f/e/9j/FQAAAOv/6v/Z/93/2v8YANj/2v8IANP/tf8RAMH/4//0/9j/4//z/+z/7P/s/+z/EwDs/wAABQDY/+T/5//S/9P/CgDS/9z/1P/R/9n/DwDK/xkA3P/X/9r/2f/m/xIAAADq/6z/2//K/8z/z/8qAOr/vf/s/wAA5//2//j/AAAUAO//yf/F/+f/1v/o/ywA1f/E/+D/6P/p/+r/6v8ZAND/1//Q/+L/9P/F/+j/FADn/wAACADA/8P/5v/e/xQAxf/v/7H/4//H/wkAzP8QANn/1P/s/6T/nv/t/7P/AADE/wAAJADS/+P/1v/T/9j/0v8OAPj/xv/B/77/z/+//xkA3v/k//f/7f/2/+3/4P/p/xsA+f/J/+j/4//l/wcA1v/m/9n/6v/r/+r/5/8ZAOf/3v/W/+D/1//j/+D/AAAfAOH/s/8QAPr/vf/P/9L/0f8AANj/GQDn/+z/3f/P/+P/xf/q/9j/6v/u/xIA2v/s/yIA3P8TANn/2//X/9b/6/8AAOD/7P/t//H/8f/s/xQA7f+6/9r/0v/O/7//+/+s/xQA2P/R//T/9v/i/xYA4/8AAAAA2v/I/87/yP/W/wAA8f/o/6D/s//j/wwA7v/V/97/9P8VAOz/8//y//P/9P/6/97/6f/V/ywA7v/E/93/yP/u/xQA6//x//L/7f/r/+z/7P8UAOv/7v/t/+z/7P/t/+7/FADr/+//7//t/+z/7P/s//j/AAAAAAAA7/8UAPH/HgDq/+z/7f/s/9z/5v/k/9f/3v/M/9r/4f8pABEAr//h/ygA2v/w/+n/6f/n/+z/8//I/6z/qf/C/9//JAC4//T/9P8eAPT/AAD2//v/+v/j/8T/1f/d/9T/zf8yANz/2f/q/wAA5f/Y/9X/BgDq/77/5v/G/8v/4//J/04A0P/e/8z/6f8LABQAGwDU/7f/AADV/9b/2v9p/wAAvP8oAO3/7P/x//f/7v/t/+z/FACk/wcAuP+j/+3/AADH/6P/wP8IAMj/0f8AAOX/3v8MAOz/AAAAAPL/6v/Z/xEA4P8IAAcA3f/g/9//BwC9/8H/xP/q/93/IgDV/9L/8v/n/8T/1v8LAOb/7v/2/+f/v/8QAAAAAAAAAAAAAADi/wAAEwDr/8f/0v/S/+r/7v/e/+z/LgDh/+r/6f/X/9P/6v/m/+r/5v/c/+L/3P8YAOv/+v/C/8H/wf+8/6r/8f/r/wUADQDc/9v/6//Z/8f/DQDY/wAA3f/j/9v/AADM/9b/4P8aABMA+/8AAOL/wv/a/+v/4v8eANr/1v/O/+T/wv/r/xYA6//s/+v/7P/p/+v/3f/Q/9H/tP+3/woAAAAPAD4A3v/F/8T/t//J/9P/wv/s/+z/FADs/+z/6//r/+v/x/+o/9H/nv8AANT/AADw/wAA5/+8/7r/v/8AAAgA0/8AAOf/6P/S/8f/3/+0/7r/3//e/9n/7P/r/wAAAADa/9j/6v/p/9j/2/8dAOz/0P/r/+z/7P/u/xYA5//s/9n/DQDq/+3/9P/7/+z/8f8UAOn/AAC7/77/2f8QAOv/3v+//8f/3//n/+//5//h/yYAxv/O/9f/xv/f/7n/AAALAOv/6/8aAN//z//L/+f/CwAXAOL/0v8sAPj/wf/T/73/zP8AAOT/5//k/+T/GwDb/+b/5//w//f/9v/g/yMA9//m/+f/8P/3//b/4P8jAPf/2P8AANr/3f/r/+b/5f8TAOr/6f8AAAAAAADs/xYA9//W/8D/0P/u/+n/6f8mAOf/6/8YAOv/6f/q/9n/7P/6/zwAzf/g/93/2//J/8T/1//q//n/AADu//r/9P8XAO3/7P/s/xQA7P/t/+z/7f/s/+b/+f/r/7r/6/+s/9D/DAAQAOf/pf/g//P/zf8MAOz/7P+4/9P/w//H/+v/9v/H/+f/zv/V/8P/CgAAAAAA1//I/8T/0//S/9f/HADG/+3/xv+5/0AAxP/d/87/4f/M/9j/0v/z/6//tP/6/xsA4P+i/57/2P/r/+D/AADm/xEA6//r/+3/2f/h/xQA6P/d/wAA0P8VAOz/4P/j/+f/6f/c/4f/nP/f/1T/9P8AAAAABwDh/+n/6//s/8//AAAAAOH/EwDo//X/8P8TAOv/AACy/ysAh/+4/67/rv8JAKn/CgDW/8b/8f/b/77/AADo/8//uP8AAM3/u/+8/9v/PwDp//v/6P/p/xIA6f/W/xkAEwAAAO7/AAAAANb/6v8AANr/wv/x/+z/HAAUAAAA7f/Y/9z/5P/Y/+z/2/8fAN3/wv/P/7L/+P/j/8f/3v8WAOz/FADs/+//8P/t/+z/7f/m//n/2P/Z/9j/6P8PANj/2P/j/+v/AADq/+P/AADt/9f/6f/l/+r/+f/3/xkA7f/Y/xUAx//s/9//2f/s/9L/6v8VAOz/9//r/9P/6//r/9j/AADa/9//2//i/wAA2f/Y/wAA3v/n/+T/2P8AAOP/5/8sAM7/zP/N/8r/y//J/wsAAADr//H/6P/a/9L/5v/p/9T/6f/f/+v/0v/r/ycAnv+x/zEAtf+d//r/wf/a/9T/4v/n/+r/5P8cAOb/6f/l/xYAz//I/+f/3v8MAOb/1f/q/93/3f8AAMb/FADx/+v/7f/p//P/9v/s/xMA7f/l/8D/EAC8/xMA1//N/+r/FgDp/9f/3f/k/97/6v/5/wAA3f/Z/+v/8v/r/wAA7f/J/w8Avv/K/8f/3/8LAMX/1//p/+X/6v/5//f/GQDt/+X/6//h/w0A7P/T/xQA6//G/zYA1v/b/9j/yf/W/9L/2P8AABAA7P/Y/8X/4//J/9P/tf/r/7L/7P/z/yUAoP/L/xYA2P/j/+P/zf/U/xcAx//n/8//2//g/+H/HwDd/+z/7P/s/+z/9f/s/xQA7P/X/+H/3P/k/+n/yv8vANf/HQC2/73/wP+o/5n/AADu/9f/3//Z/+3/2P/q/83/FgDw/+H/vf/m/63/9v/B/7L/wP+3/9b/uv+5/8T/9/8TAOv/6v8AAAAAAADx/xYA9f/d/+//1//K/7n/7P8AAMj/2P8AAO3/7P/y/9f/CwDX/9j/OQDj/wAA8v8JANf/zf+V/+//0f/H/xYA8P/o/+z/5P/v/+3/IQAAAOT/9v/g/xIA1v/Y/83/7v/K/+r/9P/s/+z/7P/b/+z/7P8YAOz/2P/N/+n/2P8AAN3/KADX/xQA1v/b/+3/5//X/+r/AADE//X/AACr/wAA2v/D//n/GADY/+n/3v/W/9T/4P8AACAABwDn//b/8v/s/9r/6f+j/9//vP+z/yIAxv8MANH/sv+6/9f/xv/4/87/AAD7/wsA9f/q/9X/DQDl/8L/2v/r/xsA6f/i/+j/6v/k/+z/CgDV/+r/5//m/9//BQDY/63/7f+6/8v/yv/D/+X/+v/B/+7/wP8fAMD/xf/e//r/+P8AAL//zP/a/7L/vP+1/+b/FwAUAOX/1v/h/+n/0v/V/xQA2f/g/+r/EADr/9f/5//w/+z/8v8AAAAACQD5/9f/z//i/9X/zf/U/zoA1/8AAPj/8/8AAPD/9f8cAPn/7f8UAOz/7f/s/+z/7P/t/+T/KADU/9T/zv/d/+D/3P/Q/+j/1P/R/xEACADU/97/1f8WANf/0P8AAMf/r/8AANv/5v/S/+H/0P/E/+r/+v8FAPv/6v/e/9v/AADW/9r/AADg/+z/vf/Y/wAAAADB/9D/LgDb/+j/yf/b/9D/1P/f/z8A4//u/+D/6P/G/9r/nv8mALn/9P+y/yEA0f+k/+z/AAD0//P/AAAUAOD/6P8RANj/5//6//P/7P/x/9v/2P/t/+n/GwAAAAYA7P/s/97/5v/r/+H/7f8AAN7/AAAVAOf/2//b/93/1P8AANX/0v/l/8X/+f/H/wAACwDC/y4A1v/s/8f/7f/a/9r/2v8AAAAAHAAAAAAA7P/u/wAA7v8NAAAAAADZ/wsA0//o/yYAy//O/9L/1f/C/+j/w//7/xoA9P8AAO3/+f/n/+r/6//s/+z/6v/7/+v/7P8VAO//0P/z/9f/FgD7/87/wP/X/+b/8/8AAN7/x//n//n/CwDv/9L/zf/G/7j/uv/r/+z/2f/2/wAAIwDc/xIA5v/T/8r/1v/s/wAACgAuAPn/AAAAANb/xP8IANj/5f/S/xQA7v/x//r/+v/o/+z/6//e/+z/6f/o/wsAFADs/8f/6//p//r/7f/s/+v/5P8WAB8ACQDS/97/2v/a/97/t//r/+z/2//v/+z/FADN/xEA+P8FAM7/xf/E/wgA4//W//b/4//Q/+D/GQDu/87/1P/d/9H/zP/W/9T/yf8jAPn/AAAAAPT/AAAAAN//AAAgANj/AADI/+D/1f/a/83/AADj/9b/1v/m//H/FwDT/+r/BgDX/8n/rv/g/wAA+v/Y/+3/4P/s/+f/+P8AAAAA5P8AANf/0P/d/9D/1/8MANP/1//Z/+X/2P8FAN3/5P8LAM7/2f/g/ywA3f/N/+b/1v8AAM//1v/R/87/CwDs/8j/nP9EAHX/tP/4/7r/yP+N/9X/LADV/9X/3//T/9b/0v/H/zkAyv/V/8z/2P/K/9f/7P8UAOz/7v/t/+z/7P/s/wAAHAAAAAAAAAAAAOT/AADq/xgA3P/q/93/6//p/+n/r/8hANv/8P/K/87/4//G/5T/RwCD/4z/zP+1/8P/0/8AABQA7f/w//D/7P/p/+7/2P8ZANr/6f/Y/+r/6//k/8H/JwC2/8X/xv/N//L/r/8AAM7/BwDI/83/zf/5/73/2P/Y/93/3P/i/8//3/8qAMT/8f/6/8b/IQDc/wAA0P/t/8n/5f8GANj/4P/k/9L/9v/k//P/DAARAPD/1f+8/xQA8/8AANP/6f/o/+3/1P/V/wsA6v/V/+L/2P8AAPD/9/8JAL3/1f+6/+b/1f+p/9v/EgAAAOH/7P/f/9r/6v/s/xQA7P/u//D/7P/s/+z/6P/W/8D/t//R/+H/4v8AAMr/HwDs/+j/6v/R/9X/0v/s/+z/7P/u/xQA7P/s/+z/2/8dANn/4P/Z/+b/7v/q/9//zf8fANj/8f/p/wAA0//o/xYA6//r/+r/6v/l/+n/xf/3/6//m/8bALz/tP/H/8z/xv/Z/97/7P/U/9L/MwDP//H/z/+//zIAtf/O/9n/5/8TAOz/7P8AAOj/6v/Y/+H/5//2/+X/7P/m/9f/GQDO/wAAAADS/9P/1//6/+L/AADc/+P/1/8AAL3/EADg/7r/vP+i/47/6//a/5r/uP8hAAoAzv/X/8//1P+2/8T/EwDi/wAA8f8AAOb/8P/r/+z/5//k/xUA6//d/9b/AAD7/+T/4v8AAAAA5/8GAOz/4P/N/9v/FAAUAN7/7P/s//b/6//r/+z/6/8UAOz/6v/p/+X/GgDr/+z/6f/h/+r/1//o/+z/6f/r/+X/HwDZ//j/0//m/+z/2f/a/wsA9//0//T/HgD0/wAA9v/7//r/t/84AMr/xP/J/7r/9v/S/9v/7P/n/wYA4f8AAAAA3v+8/z4As//V/9X/uP+2/83/z/8GAL7/xP+0/8f/EwDk/+n/7P/4/93/9f/d/+3/HQD1/+b/7P/t/+z/EADd/+f/6f/n/+j/7P/p/+z/1/8VALX/0P+w/9T/4v/d/wwAEAD6/9L/xP/Z/9P/JwDW/+b/uf8iANT/v/+n/7f/7P++/+7/FADf//L/6v/t/+z/7P/J/+T/1P/S/93/7f/c/xQAxf8dAO//9v/s/83/zP+y/9//6f/s/+D/5v/Z//H/KQDe/+f/3f/q/97/0/8PAAAA6//Z/9v/8P/k//X/0v8AAPb/5v/L/9r/4v+v/w0A5P8VAPf/9v/6/wAA7P/r/wAA6//4/+3/AAD6/+3/FgD0/+3/FADs/+3/7P/s/+z/7f8GAOz/y//g/+D/0f/x//n/3v/l/8b/0P/h/yEA5//V/xcAtv8OAN7/AADi/+//zP/p/+j/yv/X/9r/uf8hAMn/6f/s/+f/6v/r/+v/FgDs/+H/+f8eAM//AADN/8r/8v/Y/wAAAAAAAAAAKADb/wAA7v/R/+X/wP/I/77/1f8+ABQA1P/s/93/+v/2/+z/0f8AANX/xP/B/9f/EQDE/wAAAAD7/wAAAAAAANv/7P8nANX/wv+7/73/r/+7/y4A9f/q/+n/6//p/+r/6v8WAOv/8f/u/+7/9P/u/xQA7P/6/xcA8//u/wAA9f/x/+j/8f85AO7/p/+//7n/pf/y/8T/6//s/xUA7P/l/+z/6v/3/8z/2//l/+r/6P/k/yIA7v/u/xQA7//0/+7/7v/s/+z/z/8AAPP/wP/F/8P/5f/A/77/LwDo/93/7f/R/9X/4f/s/+P/AADs/+r/2f8TABEAAAALAAYA6//J/7z/5/+1//T/7P/6/+3/AADs/xQAAADr/9j/7P/3//b/+v8cAOb/CwDU/9X/1//O/93/AADY/+r/+f/x/+v/7P/q/xIA6P/s/+z/7P/t/+z/7P/s/xQA1P/5/xkA5//l/83/1P/R/73/y/+o/wwAwv/n/yoA0P/F/9b/2//a/+P/AADo/wAAz//z//P/tP/N/wcAxv+f/8r/1f/t/8L/+P8iANP/0f/d/+7/6v/P/+j/2P/p/ykA5v/F/9j/rf/4/xoA6P/M/8T/vv8dANT/7P/q/+T/r//S/y4Ay//W/9T/w//n/9L/3//o/+b/6P/m/9v/GADi/+z/7P/u//L/7P/h/+z/GgDd/+v/6v/r/+n/4f8nANj/zf/s/+z/7P8AAOb/1/8GAOz/6f/k/+r/6//u/xQA7P+///H/AADH/8H/6P8eAMz/8P/K/8z/EwDd/9r/BwDo//X/+v/F/97/4f/n/9v/t//T/9T/4f/P/+D/9P8VAMH/8f/O/w0Aw//X/wAAAADJ//b/rP/i/8P/0f/O/+L/AADM/9//GgAAANb/w//T/wAAEgDS/8r/0P/T/8L/9v8AAAAA9//0/wAAAAAAAML/9//T/7D/EgDN/6T/6P/r/8r/x//F/+f/FgCw/wAA4P/2/9X/1v/r/7r/wP8AAAYA3f/h/+z/7P8UAOz/7P/s/+7/AADr//D/6//3/xQA4v/V/+T/2v/s/+z/5P/d/xgA2P/Z//n/6P/r/+b/6P8AANf/8f/t/9X/yf/K//T/8v/L//f/HwDm/+H/AADW/8//zv/L//r/xf/B/9n/AADd/wAABgDV/8//1//b/+n/CQDM/wAA2//b/+r/AADY/9n/CgDW/9f/4f/j/wAA8f8LAM7/7P/s/+z/9P/t/+H/7P8aAOz/8P8UAPH/7//s/+z/7f8yALj/1P/q/+H/1P/I/97/3v/l/+L/4P/b/x8A4f/b/xQA6P/I/wAA8f/m/+z/AAC4/7n/HwDH/93/LgDV/7L/vP+9//f/w//D/xMAyv8AAOn/6v/p/wAA5//Z/wgA2f8AAOz/6//s/+z/6/8AAOn/+//A/xMA2v/s//H/1P/q/8b/2v/i/9//2v/z/wAA6f/Y/+v/2f/r/+n/4v/e/xYA5//w/+z/8v8AAAAACQD5/wAAAAAAAAAAFQAAAAAA7v8mAOH/2f/b/9j/0v/e/9X/5P/s/+7/7v/t/+z/FwDs/wAAAAAAAAAAFQAAAAAA7v/s/+3/yv/E/+b/0//1/wkA6f/q/xcA6//p/+f/6v/q/+L/5/8qAMX/xf/I/+P/xf/k/+P/HADm/+3/5v/i/8r/u/+6/08A1v/T/7X/t/++/6X/2v/l/53/7f+d/+n/AADp/wAAAAAAABQA6//Y/+j/2P/X/9z/3v8mANj/1f/s/wAA6P/r/9r/0P/F/9v/AADs/wcAwv+1/8T/7P8AAM7/4f8AAOb/6//q/9//DgDZ/9j/3/8IAL7/q/+K/+r/3f+v/7T/0P+n/8f/xP9OANP/0f8iAMj/w/8KALr/9f/W/+z/7P/s/+z/8//s/xQA7P8QALP/t//X/7L/3v8AAAcA4P8JANX/1//b/wAA6f8AAML/zP/0/9L/xf/h/xsA2/8VAOz/6//1//D/7v/r/+P/FgD1/9z/+P/4//n/6//u/+H/CQDY//L/5P/4/9n/2P/Z/9n/6v/o/+f/KADZ/9v/q//X/xEA0/+v/xIAx/8GAN3/AADY/+D/2P/U/wgA1f++/wwAAADe/9T/GQDZ/9z/qv8VAJD/lv+Y/87/7v/V/+v/w//f/9P/wf/G/yQAxv/Z/9n/6v/o/+f/KADZ/9v/JAAUANr/1P/Z/+P/yv/S/87/6f+5/9T/yv/l/9r/JAAAAAAAAAAAABUAAAAAAO7/0//m/9f/5P/S/+v/AAAhANr/DQC4/+//qf/K/8P/3P/h/+//xP/J/wAA0f8AALr/2f/f/9r/IgDi/+z/2//Z/7L/6f+0/9n/1//J/zQA3P/j/x8A0v/h/9z/y//3/9b/8v8AALf/xv+H/wAAr//l/8z/1//U/9f/1v/i/+3/HgBDANX/AAAAAAAA1P/m/7r/7P/s/+v/FADt/+z/7P/s/8P/xP+6/73/AAAQALj/6//Y/yYA3v/o/97/4P/Q/+r/2P8mAN7/6P/e/+D/0P/q/9H/9//K/9L/wf8SAM7/zP/L/9v/1f/U/97/yP8vAM7/1P/h/9H/3f/f/9b/FwAAAN//AADL/+v/9f8AAAAAy//J/zkA0//O/8X/yf/M/8X/9v/d/8v/CwDV/83/6//s/w8ACQD1//H/uf/2/9D/zf/S/xMA9f/i//D/yf/z/+D/IADo/+n/1//T/9//2f8AABQA7f/t//X/7//s/+z/6/8nANn/6f/j/+X/4//l/9X/EwDs/9n/4/8AABQA5P/W/9f/4/8AAPr/6f/V/wUAAADe/+T/AADh/7b/9f/7/7X/7//s/xUA+f8AAPj/FAAAAMz/pf/T/8H/8v/r/zUAov/p/+r/7v/z//P/7f8XAO//yP/T/+z/BgDZ/xQAx//O/87/5f/t/+b/4v8KAOD/9//s/xQA7P/s/+z/7P/r/+z/uf/M/8P/CADP/7//JADG/yEAwf/U/8r/2v/1/9//AAC4/xEAxP/T/93/sP/T//H/u//e/9H/2/8rAAUAy/+w/7D/QQCx/57/wf8PAMf/n/8NAA0Ay//S/8T/z//Q/87/DwAUAAAAAAAAAO3/7P8GAOz/7P/s/+3/7P/s/+z/FADr/+z/6f/q/+r/6/8VAOz/7v/g/z0ABQAHALr/zv/Q/7X/x/+S/9X/2//6/y4At//o/9n/AADZ/9n/2f8MANj/1//L/4v/5v+R/yAA7P/p/8//1P+w/+f/ov+r/yMArv/q//j/lf+d//n/xf8SAI//0/8tALT/zf+y/wAAyP/T/9L/7P+k/8j/Vv8MALD/of/w/7H/y/+r/7v/5P8bALz/6P8AAAAAAAAAAAAAHgAAAMr/AAC1/+D/tv8AAPP/0//a//f/2//m/8b/nf/V/9//wf/B/wAAvv/Q/+H/9P+8/77/vP+c/8r/4f/J/9z/zP/u/9n/yf/T/6//GAAAANL/7f/X/+3/1P/g/wAAyf8hAAAAAAAAAAAAAAAAAAAAAACt/xcA6/+C/73/2//t/+3/JAB//3f/cf+s/6b/FwBt/9P/4//s/8b/zP/V/x0A0/8MAMX/8/+f/7b/8P/z/5H/4f8AAM7/5f/X/9//7f+//+D/1f/i/+n/5v/j/x0A4/8AAO7/5v/u/8L/0v+0/73/AAAAAAAAAAAAAAAAAAAAAAAAyf/Y/9j/2P/W/wAAAADs/+z/7P/s/+z/7P8UAOz/2P/1/xoA2/8GALD/4f/U/+3/5f/l/6//uP+j/+L/yv8oANf/9f/l//r/4//k/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/t/+3/7P8VAO3/AAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAADs/+7/EQAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/AADz/+z/9/8UAOT/0f/j/+7/5v/j/xwA6f/u/+3/8//t//T/FADs//f/AAAAAAAAAAAAAAAAAAAAAOz/7/8AAO3/AAAYAOb/7/8UAO//7P/3//f/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPH/8//s/+z/7P/4//n/4P/a/83/0v/P/9X/JADV/9z/+P8AAPf/3f8lAAAA2f8UAOz/6//h/wAA5v/Y//b/xP8HAN7/rv/P//f/uv8aAOb/9f/v/wAA7f/q/wAA2v8JAOb/9/8AAAAA2P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/4P8UAOz/wf/o/xsA2P/X/+z/4v8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADr/+z/7P/r/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/z/8H/uv/V/xkApf/6/+3/7f/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7f/t/+z/7P/s/+z/FADs/87/1/8tANT/3//a/9X/0f/v//L/7P/s/wAA7P8TANn/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADt/+z/7P/d/+H/HwDl/9//3//e/+f/4P/i/yIA4//b/9v/1f/g/+b/MgDG/7n/0f/f/+r/zP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAK//AADR/8z/6P8AAOb/zf/x//D/8P/s//X/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOn/GADq//L/8f/y/+j/8P8AAAAAAAAAAAAAAAAAAAAAEgD5/wAAAAAAAAAA7v8AANn/6f/s/wAA7P8AAA0A1v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/v/+3/7P/s/+z/7P8UAOz/7f/r/+z/7f8UAOz/AAAAAAAA7//s/wAAAAAAAAAAAAAAAOz/8/8UAPD/AAATAPD/9v/u//b/8P/n/9z/IgDn/+n/5v/Y/+j/0P/c/8j/zP8AAMr/CwDg/wAAAAAAAAAAAAAAAAAAAAC6/8z/rf/T/+z/0f+v/ygA7P/s/+z/6v/q/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/O/+b/5P8sAPD/4//g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//5P/t/97/+v8iAPf/2v/p/9j/y//h/+z/EgDt/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8eAM3/uf/V/9j/4f+6/+L/1v/V/9//3//Y/9H/HgDs/+v/8//s/+z/7P/s/xQA2P/t/+z/FgDl/+v/6v/Y/87/3f/U/wAA1//2//T/w/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA7P/s/+z/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//3/wAAAAAAAOb/HAAAAAAA7v/1/wAA+P/s/+//FAAAAAAAAAAAAAAAAAAAAAAA6f/s/+z/7//h/+n/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAzP+0/+7/5/8AANv/DADs/+z/7P/s/+z/FADs/+z/LADJ/+b/3f/Z/+b/x//M/87/5v/C/97/5/8AAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAQAO7/4v/g/+//2f/E/+z/6//o/+z/6//s/xQA7P/7/wAAAAAAAAAA+v8NAAAA7P/m/wAAAAAAAPf/FQAAAAAAFAAAAAAAAADs/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAD5/+7/AADI//X/0v/E/87/EgDx/9D/AAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAA7P8AAPP/FAAAAAAAAAAAAAAAAAAAAAAA1v/6/83/1v/X/97/7f8NAOf/yP/s/8b/xP8AAAAA1v8AAAAAAAAAAAAAAAAAAAAA7P8AAPD/AAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAAAfANP/sP+2/57/5//5/8T/7P/0//v/6/8AABYA+v/u/wAA7P8AAAAA8//s/9T/FAAfAAAA+f/3/+z/4f/2//n/FgAAAN3/5//m/8//2P/s/wAAAAAAAAAAAAAAAAAAAADu//T/AAAAAAAA+f/w/xQA7P/s/+z/FADs/+v/7P/r/9j/HgDn/9f/2P/Z/9D/1v/H/xQA6P/s/+X/CgAAANn/7f/s//D/9f/1/+3/7P8UAPj/8f/v//f/AADi/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/7P8AAAAAAAAAABcAAAAAAAAAAAAAAAAAAAAAAAAA2v/x/+z/3f/e/xYA8P/q/xQA7P/t/83/6P+1/+z/MQDZ//L/pf+t/4L/xv8eAMj/+v8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAOz/7P/s/+3/AADs/+z/LQAAAOT/v//H/9f/vv/W/xQA9f/y//j/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAD5//X/5P/k//P/8/8UAOz/8P/5/wAA7//t/wAA7f8hAPj/+f/3//r/3/8AAOv/6//1/wAA+f8AABcA8f8AAAAAAAAAAAAAAAAAAAAA6//s/+3/4f/l/yMA4//t/+n/9f/3/wAAAAAeAOL/+//S/9n/+v/W/xQAuv/p//T/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/xQA7P/W/zMA2P/f/9b/zf/X/8//AAAAAAAAAAAAAAAAAAAAAOj/IQDv//T/7//4/93/7//L/0YApP+x/7X/yP+1/73/6v8bAOj/4f/n/+X/5P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALQAAAAAAAAAAAPj/1P8AAPn/2v/g//L/7P/a/xEA5//p/7b/v//H/8v/x/8pAMT/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xQA8P/x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABAAAADe/7L/uP/B/73/8v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8AAOz/3v/x/9f/AADc/wAAAAAAAAAAAAAAAAAAAADO/9T/FADo/+v/2f/l/wAA7P/s/xQA7f/u/+z/7P/s/+X/9/8fAO//9P/i/93/6v8eANj/6P/o/wAA0//c/8n/9f/y//b/7f8AAOz/7f8UAAAAAAAAAAAAAAAAAAAAAADs//b/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/V/8f/5P/M/wsA5/8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADs/xUA7P/s/+z/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAMP/1v8QAMb/0/8QAOr/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+v/8f/v/wAA4//r/wAA3f8YAL//+f/a//T/pf+x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAPH/8P/s/+z/7P8RAAAA2//Z/9//1//S/+P/AAAAAAAAAAAAAAAAAAAAAAAA3/8oAAAAAAD6/+b/AADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//X/9f/t//L/6/8AABUA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADy//f/AAD0//P/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADt/+z/FADt/+3/8P/s/+z/7P/e/yEA5f/s//n/6P/q/+v/5/8WAOv/6v/q/+v/6P/r/wAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAAAAAADz//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAA7f/s/wAAAAAAABQA5v/s/+L/6//s/+j/AADr/+z/CQDp/wAA6f/s/+n/2/8KAN7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlANz/8//a/+z/5//X/9j/0P/r/9P/7P/W//T/IwDQ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/T/7j/0/+W/8f/FgDq/8//7v/L/63/3P8RAMX/7v8AAAAAAAAAAAAAAAAAAAAAtP/R/8z/u/8VAAgAvP/O/wAAAAAAAAAAAAAAAAAAAADa/+P/v//T/+z/9P8iAKv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AADu//X/AAD4/+z/7/8UAAAACgAAAAAAAAAAAPb/AADs/+3/FADt/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f/v/+//7f/s/+3/FADs/+3/AAAAAO//7P8AANH/8//Z/+z/2v/m/wAADwAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/6//r/+z/FQDr/+z/7P/x//H/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAA8//u/wAAAAAAAPv/FAAAANj/2f/l/+v/6//s/wAAEQD0/7v/y/+9/7P/6v/j/xMA1P/T/+f/5f/n/yoA7P/Q/xQA7P/6//r/AADr/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx//T/AADy//H/7f8AAOL/1f/p//D/4//Y/zIA0f/p/+b/GQDs/+z/6f/j/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/f/+j/5v/d/+L/4/8aAOj/FADt/+3/7P8AAO3/7P/s/+P/5/8aAOH/6v/g/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/w//X/AAAAAOz/AAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgD4/wAAAAAAAAAA9f/4/wAAAAAAAAAAAAAAAAAAAADY/+r/3P/c/xQA6v/q/wAA6f/k/+v/5v/o/+r/FwDr/xEA+P8AAAAAAAAAAPD/AAARAPj/AAAAAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+//AAAAACAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/q/wAAFADZ/9j/3//s/+z/6//s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABUA7v/5//r/AADr/+z/9P/s/+z/7//s/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//L/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOn/AADw/+z/5//q/9n/FADa/9X/1//p/+j/FQDs/+D/+v8UAAAAAAAAAO3/8//7/wAAAAAAAAAAAAAAAAAAAAAAAAAA2f/M/83/xf/x/87/7P/r/xQA6v/t/+z/7P/u/x0A4v/y/+P/7//e/97/5//s/+v/6P/s/+v/7P8UAOz/7P/r/+j/7P/r/+z/FADs/yAAyP+4/7r/AAAAALP/0v8AAAAAAAAAAAAAAAAAAAAAFADv/wAAAAAAAPD/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPH/8//e/+v/2f/2/xsA7P/h/+n/5//j/+z/5f8AAAAAAAAAAAAAAAAAAAAA2P/a/+b/7P8UAAAA2f/r/wAAAAAAAAAAAAAAAAAAAAAVAOz/7v/s/+z/6//s/+z/FADt/+7/8//1/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAyv8TANv/2v/j/83/9v/f/+f/yv/r/wAA8f8AAMf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+D/m/+d/7H/PQC//4//+P8AAAAAAAAAAAAADwAAAMv/rv+z/wAAzf/u/+b/8/8AAAAAAAAAAAAAAAAAAAAAFADs//D/+f8AAO//7f8AANr/7P/t/9//7P/Y/+z/FQDs/+z/7P/s/+z/FADs/+z/8f/s/xEA7P/S/wAA1P/k/wAAAAAAAAAAAAAAAAAAAADs/+z/8//0/+//7P8UAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA8f/u/wAA9v/u/+L/8v/s/+z/7v/3//H/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/x4A5//X/9j/2f/Q/9b/GwAAAAAAAAAAAOb/+f/7/xkAvP+//8D/xP8MAMT/zP8OAML/3P/W/wAA0//a//T/7P/s/+z/7P/s/+z/7P8UANj/6f/s/+r/7v8TAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/z/+3/9P8UAOz/9/8KANP/7P/V/+H/3f8FAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/yUA7v/7//j/7v/c//b/2/8PAOf/1v/H//f/2P/H/wAAAAAAAAAAAAAAAAAAAADp/xgA5f/r/+r/6P/l/+f/CwDD/+T/xf/B/wsAz/8AAOT/1//n/9D/1v/K/+r/LgAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/r/wYA5v/D/+j/xf/z/6P/1f/z/wAAAAAAAAAA6P8ZAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/u//T/9P/u/xQA8P8UAO7/7P/y/+//7P/s/+z/2v8iAAAA+v8AAO3/3//1/wAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAAHwD2/wAAyP8VAOX/3//j/9b/9v/T/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA9P8AANb/1v/W/8r/AADd/wAAAAAAAAAAAAAAAAAAAAAXAOv/6//t/+3/6P/p/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7f8UAO3/+P/w/wAA+f/t/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8AAAAA7P/h/9v/FADq/+n/0//V/+X/5v8TAAAAJgDz//f/AAAAAOz/4f/O/wAA6P/s/+n/5P/o/9//DQDY/9f/2P/Y/+P/2f/X/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+b/7P/s/+z/7P8TAOn/6f/t//r/3v/3//P/7f8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAPL/8/8AAAAAAAAAAAAAAAAAAAAAAADx//D/8P/s//X/FADs/+z/7P/s/+3/7v/u/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADa/+H/4v/v/9r/EwD0/+T/8f/7//P/AADu/xcA7P/5/8//3v/S/97/yP/o/9j/HgAAAAAAAAAAAAAAAAAAAAAAEgD6//f/AAAAAAAA7/8AAOz/7P/s/+3/7f/s/xQA7f8KAL//4v/L/87/wP8AAMr/AAAAAAAAAAAAAAAAAAAAAOD/2P8fAOL/5P/k/+D/3//X/+j/2P/T/+b/IQDk/97/FQDs/+z/6v/t/+z/6//t/6r/3P+b/wsArv+5/w4AAAAUAOL/6v/4//b/5v/s//H/1P/s/+P/7P/t/+r/GQDs/+r/7//5//r/AAD6/xgA+P/V/xQA7v/t/+v/AADs/9j/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAABQDa/9T/z//a/+f/5/8jAOL/9//s/wAA2P8AAPP/IgDs/9f/2P/a/+T/3/8pANH/4//v/+z/7f/v/+//FADs/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/V/9f/6f/o/xUA7P/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f+4/8n/yv8AAAAA1v/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/f/+r/5P/j/+r/CQAAAAAAAAAAAAAAAAAAAAAAAADs/9//8P/j/xQA6P/W//H/FQDr/+7/7f/t/+v/7P/t/wsA1//o/+z/6v/r/wAA7P/k/wAA3v/l//j/6P8VAOz/AAAAAAAAAAAAAAAAAAAAAOz/7//u/+7/7v/t/+z/FADq/+v/6//k//D/FgDq/9X/2f8cANL/zP/U/9X/6//I/wAAAAAAAAAAAAAAAAAAAADm/xIA4//S/9r/5v8AAMn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+v/0//S/9f/xv8OAM//5P8XAOv/7P/n/+v/6f/q/wAAAAAAAAAAAAAAAAAAAAAAAOH/2P/m/+j/x//n/w8A6//n/+z/7P/q/+v/FQDp//H/AAAAAAAAAAAaAPT/AAAAAAAAAAAAAAAAAAAAAAAAIQDm/+v/6//r/+z/2P/b/wAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/8v/s//H/7v/s/xQA7f/s//b/7P/1//H/7P8UAAAAFAAAAAAAAADs/+7/AADZ/93/1P/e/8v/1v8mAAAA2f/r/+H/AADw/w4A2f/b/wAA1//Y/9n/6P8SAOf/2f/t/+z/7P/s/+z/7P8UAOz/FQD5//X/AAAAAOL/6//v/wAAAAAAAAAAAAAAAAAAAADf/xwA5P/s/+3/5//l/+n/7P/0/+z/9f/3/xUA7v/v/9r/2//D/5L/qv/V/wAADAAAABQA9P8AAAAA+//s//P/7P/s/+z/6v/q/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAQABQA7v/x//L/8P/u/+z/7//s/+3/AADz/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAANP/0P/N/9T/2f/R/yoA2v8AAAAAAAAAAAAAAAAAAAAA9f/6/wAAAAAAAPn/EwAAAAAAAAAAAAAAAAAAAAAAAADk/+z/7P/s/+v/7P8WAOz/FQDo/+z/2v/r/9j/6f8AACkA1P/d/9v/2P/Z/9r/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AADs/+z/7f/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADr/+z/7P/s/+z/7P/s/xkA4P/m/+n/6P/o/+f/6v/n/+z/7f/s/+f/7P8UAPb/7f8AAAAA9v8AAPj/FAAAAIX/1P+o/yQA3v/W/+T/7//k/9z/5v/l/+f/5v/U/xsAAAAAAAAAAAAAAAAAAAAAAPn/+f+A/9X/7f8LAO3/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8XAOn/6f/r/+r/6f/p/+7/EADF/8X/0f/D/+n/AADs/xQA7P/s/+7/8P/s/+//xf/6/8n/2v/d/9v/9P8AAOT/FQDs/+7/7P8AAOj/2P8AAAAAAAAAAAAAAAAAAAAA3f8LAPn/9//6/x8A1f/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//0//r/4f/t/xQA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8A4//o/+X/5f/l/9b/5v/1/xkA+P8AAAAA+//r//H/3f/z/9T/0f/P/9v/AAC+/+r/6//p/+v/6//q/xUA6//s//j/7f/5/wAAFQDu/+X/RQCu/9n/0f/J/9D/6P/R/0gAtP/Y/9f/s/8AANr/y/8UAPT/AAAAAAAA7P/s//H/AAC4/9n/wv/k/8T/6//p/yIA4//s/+v/7P/s/9n/2f8mAOL/6f/Z/9//3P/Z/+X/nf/e/8z/0v8WAOX/zf/u/wAA+/8AAAAAFAAAAAAA7P/t/+3/7P8UAOz/7P/s/+T/FwDW/87/0f/b/8n/4v/n/+D/6P/5//f/9//3/xgAAAAVAM7/2P/P/9H/xf8AAOz/AAAAAAAAAAAAABQA+f/2/wAAAAAAAAAAAAAAAAAAAAAIAOX/8P/t/+z/6//s//v/AAAAAAAAAAAAAAAAAAAAAOz/7P/z/+z/7P/s/+z/FADg/wcA7f8AAPX/+f/g/wsA7P/s/+z/7P/s/xQA7P/s/9b/2f/d/+//FwDe/+X/7P/s/+z/6//s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/8P/DwDV/9f/0//v/9T/FADb/6f/qv+6/7j/+f/e/wAAAAAAAAAAAAAAAAAAAADM/9T/x//X/9P/AAAcAOn/AAAAAAAAAAAAAAAAAAAAAO3/7f/4/wAAAAAUAOj/7P/u//f/AADu/wAAFAD1/+z/4P/U/9z/xf/W/yYA1f/j//L/+f8AAAAA7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6P/q//T/9//q/+v/FwDj/8r/3/+4/7z/1P/G/0cAp/+t/9X/5//M/63/xP9UAOz/7P/z/+z/7P/s/+z/FADo/xYA6v/r/+r/6v/m/+n/2//d/xQA6f/s/+v/AADs/wAAAAAAAAAAAAAAAAAAAAAaAAAAAAAAAAAAAADp/wAAAADj//n/AAD4/93/AADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAADR/+v/3//d/8v/2P/o/xYA6//r/9//6f/q/wAA7P/Y/+z/2P/I/wcA+v/Y/9j/1P/M/+n/y//f/9z/MQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//b/AAAAAAAAAAAUAAAAw//V/wAA+v/d/9T/DQDd/wAA8v8AAAAAAAAUAOz/AAAAAM3/3f/q/xkA1P/W/9T/AAAAAAAAAAAAAAAAAAAAAMf/6P/h/9v/2f8jAOv/0v8AAAAAAAAAAAAAAAAAAAAA7P/r/+7/7//x/+n/FQDu//j/AAAAAAAAAAD5/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAADs/xEA+P8AAAAAAAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAA3v/l/+r/6v/Z/+L/IQDG/wAAAAAAAAAAAAAAAAAAAADI/9j/4P/R/9D/0v8uAMz/xP/N/wkA5P/b/+v/yf8lAAAAAAAAAAAAAAAAAAAAAADs/+f/5/8ZAOv/2f/g/+v/AADm/9b/wv/p/wAAEgC8/9z/HQDs//P/4v/u/+j/9v/w/+z/7/8AAPX/7P/x/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2/wAAAAAAAAAAFAAAAOr/5v/u/+n/AADm/xgA+v8UAOz/8P/5/wAA7//t/wAA7P8AAAAAAAAAABQA7P8AAAAAAAAAAAAAAAAAAAAAAADx/9D/0v/w/9j/CQDR//b/AADW/+L/2f/m//j/0/8OAPT/FQD4//f/7f/t/+r/9v/f/xcA6P/s/+j/6//h/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsAAAAAAAAAAADq/wAAAAAAAAAAAAAAAAAAAAAAANP/6//r/+z/6/8VAOz/7P8AAAAAAAAAAAAAAAAAAAAA1/8PAOn/6v/j/+n/AADn/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAPT/AADX/8X/2v/F/w0Az//s/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAkAFADd/9f/6v/Z/9n/6f/s//H/7P/x//f/FADv//L/1f/s/xUAAADS/8P/0P/O/+z/7P8UAAAA5//c/9n/2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+v/7P8UAOz/7P8AAPD/+f8UAOv/7P/q//n/AADu//r/9P8XAO3/6/8AAOz/7f/u/+j/6/8SAAAAAAAAAAAAAAAAAAAAAAD6/xQAAAAAAAAA7f/z//v/AAD3/xQAAAD4/+//7f/6/+z/AAAAAAAAAAAUAAAAAADs/+v/FgDs/+z/7P/q/+r/5P/l/xwA4//q/+X/4f/r/xUA5f/4/wAAAADr/+z/AADs/+z/7P/t/+3/7P8UAO3/AAD5/xwAAAAAAPf/7P8AAOz/FQDs/+z/7P/s/+r/7P8HAPL/7P/4/wAA7P/5/wAAAAAAAAAAAAAAAAAAAAAAAO3/9//s/+//8//s/xQA+P8AANL/AADZ/+L/FwDs/8b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuv/d/8//4P/Z/8z/8P8cAAUA7f/t//T/8v8AAOz/7P/V/9H/yf/k/9z/6//1/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/6/8AAM//1P8LANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/4v/3//n/jf/S/wcAyP/Z/+b/3P/Z//v/6P8lAPP/AAAAAAAAAAAAAAAAAAAAAOn/4v/l//T/AADi/x0A9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/h/9j/6f/b/+7/AAAAAAAAAAAAAAAAAAAAAAAALQDJ/9n/0//O/9P/yv/P/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgDE/+X/5P/p/9r/+v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwDi/8P/xv/R/+//u/8VAO//7v/u/+7/7v/r//D/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAADm/9b/6f/c/+n/JgDn/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA5P/t/+j/7f/k//f/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//H/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAAy//p/8L/1v8yAMz/x//A/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/8f/yP/R/9D/xP/r/+L/7//n/+j/8f/U/yoA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//FwDr/+f/6v/q/9f/5f8RAOL/uf/F/8r/vf8QAMf/1v/X/9n/3v/e/9b/KgDc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/yMA4v8AAOn/7v8AAAAAAAAAAAAAAAAAAAAAAADb/wAA6f/d//T/AADt/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC2//r/yf8AAMb/5//p/9j/AAAAAAAAAAAAAAAAAAAAALv/vP/S/+z/xf/u/xwAtf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//T/9P/t/+z/FADt/9j/6//Z/+b/7v8UAAAA7P/o/xcA6//t//H/7P/q/+r/8/8UAAAAAAAAAO3/7v/t/wAAAAAAAAAAAAAAAAAAAADs/+3/8v8AAAAA7P8UAOz/EQD4/wAAAAAAAAAA8P8AANn/6/8iANj/2f/h/+n/2P8AAAAAAAAAAAAAAAAAAAAA4P/V/+L/6f/h/+T/HADg/wAAAAAAAAAAAAAAAAAAAADj/xcA6//p/+v/7P/p/+z/6//l/+X/AAD1/+n/zf8UAOz/7f/4//n/8v/s/xQA+P+f/7f/5f/f/7H/KgDQ/7j/rv+//9P/3/+8/ysA1v/1/8v/xP/Y/8H/wf8iABMA6/8LAOb/3//p/+T/6v8AAPD/1v/T/8D/4v8GAAAAz//X/+z/GADo//L/9v/r/+j/7P/s/xgA6P/y//b/6//o/+z/7P/r/+z/7P/l/wAA2f8TAPD/AAAAAAAAAADt//r/FAAAAAAAAAAAAAAAAAAAAAAA6v/5/wAA7v/6//T/FwDt/xQA7P/w//n/AADv/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+3/7P/s/+z/7P8WAN3/5v/l/+f/5f/q/+b/AAAAAAAA+f8AAPr/EAAAAOz/7P8UAPH/8P/s/+z/7P/j/+X/5P/x/+z/5P8cAOn/DQDu/wAAAAAAAOv/9v/6/xQA7f8AAAAA9v/s/+3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3//v/2P/Z/8r/0v/s/8v/7P/t/+z/7P/t/+z/FADs/7b/3P8SANT/n//S/9r/ov8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/JADv/wAA8//7/9T/7P/7/xQAAAAAAPb/AADt/+3/zf/j/+7/7f/b/93/NQDZ/wAAAAAAAAAAAAAAAAAAAADn/97/AADY/9z/HADV/8j/AAAAAAAAAAAAAAAAAAAAAOX/4f/p//H/4/8gAOb/4v/n/9L/1P/F/8r/vf/O/yYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAAAAD3/wAAIwDr/+v/7f/v/+z/7P8VAOz/EwDs/+b/9f/r/wAA7P/s/+b/7//Z//b/7//W/+D/MgAAAAAAAAAAAAAAAAAAAAAAEADX/8f/sP8AANn/7//n/+z/7v/t/wAAAAAUAO3/8f+v/+f/uP/A/7//9v8JAOr/zP8vANX/3f/S/9H/1P/Y//r/6f/m//v/7f8UAOz/8//s/+z/7P/s/+z/7P8UAOz/6//r/+z/7f/s/+z/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/9z/5v/u/9j/AADZ/wAAAAAAAAAAAAAAAAAAAAANANP/yf/K/9D/5P/t/9X/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P8VAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/GgDn/+H/4//q/+n/2P/J/+L/KwDF/87/yv/i/8v/AAAAAAAAAAAAAO3/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/+r/6P/q/+r/6P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AABQA9v/3/+z/8f/w/wAAAAAAAAAAAAAAAAAAAADf/xcA6P/s/+j/6//h/+v/5//T/+P/AADZ/93/FwDh/wAA2P/k/+L/5v/b/wcA3//t/8L/yv/z/8T/2P/a/ycA7P/s/9n/9v8UANj/AADs/wAAAAAAAAAAAAAAAAAAAAARALn/uf/X/+L/u/8HAOn/4f/k/+n/2//k/+j/GQDh/wAAAAAAAAAAAAAAAAAAAADe/9X/1f/P/9f/0f8qANP/6v/r/+n/6//r/+r/FQDr//D/AADy/+z/6v/5/9f/6f8AAAAAAAAAAAAAAAAAAAAArP/V/7b/xP/C/ywA7P/I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//j/8P/t/xUA6//t/9X/FADU/9P/5v/r/wAA5/8AAAAAAAAAAAAAAAAAAAAAxP/r/xQA7P/p/yYA3P/V/+3/AAAAAAAAAAATAAAAAADs/+z/7//5//P/7P8UAO7/7f/s//L/7P/x/+7/7P8UAAAAAAAAAAAAAAAAAAAAAADV/8X/qv+7/7b/DgCc/zEAAAAAAAAA9v8AABQAAADs/8z/3v/V/9b/zP/P/9P/LQAAAOz/7f8UAAAA6f/s/+3/AAAAAAAAAAAAAAAAAAAAAOj/1//Z/+D/AADT/xIA3v8SAAAAAAAAAAAA+f/u/wAA7P8XAO3/AAD6//f/6P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+z/7v/s/+j/FwDs/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/0P/d/wAA3f8PAO7/3f/S/+v/6//r//n/8//r/xUA9P/s/+z/7P/s/+z/FADs/+z/6v/o/+3/9f/z/+L/GAD1/9T/3P8AAAAAAADw/ywAAADd/ysA5P/z/+X/7P/a/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/8//xv/G/9f/yP/r/xwAAAAAAAAAAAAAAAAAAAAAAN//AADv//D/AAAAAMz/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8A4//j/+X/6P/g/+H/3f8UAO3/8P/3//n/7P/s/+3/IQDh/+b/6f/h/+P/1f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8OAAAAMADh/+r/AAD4/9H/2f/o/xQA7P/t/+7/7f/s/+z/7P/q/+v/4f/e/+j/5v8XAOv/4v/h/9z/2//f/9T/IQDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo//f/+P8AAOz/GgDr/wAAAAAAAAAAAAAAAAAAAADR/83/1v/f/9H/0v/F/zAAAAAAAAAAAAAAAAAAAAAAANn/2P/Y/9r/6v8mAN7/2/8qAAAAAAAAAAAAAADW/wAA7v/v/wAA8//t/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/9n/6//s/+T/FwDs/wAAAAAAAAAAAADr/wAAFQAAAAAAAAAAAAAAAAAAAAAA9P/6//P/7P8AAOz/7P8UAOj/FgDq/+z/6v/q/+r/6/8AAAAAAAAAAAAAAAAAAAAA8f/0//n/AAD2/wAAEgD0/wAA+/8AAAAAFAAAAAAA7P/4//X/AAAAAPv/9/8AABEAAAAAAAAAAAAAAAAAAAAAAO7/7f/z/+3/9P8UAOz/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD3/wAAAAAUAPH/AADs/+7/AADz/wAA7P/s/xQA6v/e/+n/6P/l/97/FgDk/+n/IQDp/9//5v/n/9L/6/8UAO7/8/8AAAAA7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//8v/y/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8WAOv/7f/r/+r/6f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgD6//f/AAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAbAAAAAAAAAAAAAADm/wAAAAAUAO7/8v/s/+z/7P/v/+T/9P/R/+L/1//d/xsA3//1/wAAAAAAAOz/AADa/wAAFQDr/+z/5v/o/+n/6v/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC9/93/BgALALT/AADZ//f/AADD/8n/z//P/87/+P/K/+z/7P8AAAAA7//t/xQA8P8AAAAAAAAAAAAAAAAAAAAA8f/w//D/7P/1/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/4/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAPD/8v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAAAAAAAPP/AADk/+z/9v/0/wAAHgDa/9v/7f/s/wAAAAAUAOz/7P/y/xoAAAAAAAAAAAAAAOn/AADZ/+z/6v/o/wAAAAAPAOP/xf/a/9b/6v/b/wAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDv/+3/9P/0/+z/6//v/+v/6f/p/+z/6//p/xcA7P8AAAAAAAAAAAAAAAAAAAAA5P/l/xwA4//q/+X/4f/r/+z/FADs/+z/6//s/+v/7P/n/+D/+/8AAAAA9v8vAPv/v/8eAPP/vv/P/7D/pP++/8v/FwDL/8n/z//H/wAAv/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r//n/8//r/xUA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAyP/K/8r/t/+z/+n/z//U/+z/7P/t/+3/6/8XAO3/2//Z/9//6v/i/9n/2P8oAAsA0v+w/5n/0f/x/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAPH/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/0P+v/+3/nv+o/x0Aqf8AAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAABUA9P8AAAAAAAAAAAAAAAAAAAAAAADp/+r/FgDr/+v/6//r/+f/AAAAAAAAAAAAAAAAAAAAAAAA6v/d/+L/3//Y/wwA2P8AAAAAAAAAAAAAAAAAAAAA5//X/9X/4f/Y/+3/GgDX/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6//r//X/AAD5/wAAFwDx/+z/FQDs/+//6P/r/+r/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAD5/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA7f8AAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIADgDp/+v/6//n/8z/5P/h/87/6f/n/+j/5v8hANv/9//r/7X/r/8AAOT/5f/J/9X/0v/P/+P/4v/S/ywA6v+a//j/rv/Q/ykArv/H/wAA2P8AANr/7P/s/+L/2P8UAOH/DwDM/9j/zv/k/+j/BwDs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//r/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAMT/9/8AAPn/7v/d/wYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwA6//o/9n/+v8AANj/6//q/7j/5/+9/zMAp//p/9r/6P/p//n/7P8YAO7/6v/p/yYA3v/2/wAA9v/f/9r/0f8AAAAAAAAAAAAAAAAAAAAA5//k/+n/7v/r/yEA5P/r/wAAAAAAAAAAAAAAAAAAAADu/9v/+f8AAAAA3/8lAAAA5//R/7X/0f/R/9//yf8aAAAA+v/c/8f/tP+y/8f/HgC3/8f/0/8VALz/AADK/7z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/yoA4v/e/9r/4P/N/83/7P8UAOz/7P/r/+z/7P/s/wYAPACH/+r/j/+8/47/vP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+n/5//X/+r/4v8cAOz/4v/m/+z/FADs//D/6//f/wAAAAAAAAAAAAAAAAAAAAAUAOz/9f/5//n/7P/s/+3/DADY/+f/8f/2/+z/AADc/wAAAAAAAAAAAAAAAAAAAADo/+n/6//r/+v/6f8WAOr/AAAAAAAAAAAAAAAAAAAAAOD/2P8fAOL/5P/k/+D/3/8AAAAAAAAAAAAAAAAAAAAA3/+f/8b/GQC2/6T/EQCy/xQA8f/t/wAAAADv/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8dANj/0v/4/xMA7f/c/ykA2f/s/+z/8//r/+z/6f8VAOz/AADs/wAA7P8AAAAA2//n/+z/4f/Y/9v/0f/D/ywA0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/8f/s/+//6/8AABUA6f/s/4D/9f+u/7//x//T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/1f/J/8r/zf/O/zAA1v/m/8n/1v/X/9H/3/8iAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/t/+v/AAAAAAAAAAAAAAAAAAAAAKj/KwDM/wAAtv/a/53/5//d//b/b//L/+n/m//j/wsAAAAAAAAAAAAAAAAAAAAAAOn/EwDn//P/4f/G/9z/8v/s/9//7P/s/wcA7P/r/xEApP8vAKD/vv/W/7v/0P8KAM//MQDR/9j/2P/Y/8r/yP/s/+z/7P/t/+3/7P8UAO3/7P/t//L/8v/t/xQA7P/s/+X/CwDa/wAA4f/N/w0A3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/HAD6//T/8//6/+//AAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA7P/s/+z/7P8UANT/3P/j/8b/0f/F//b/JgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAA6//s/+r/6/8AAOv/6v8XAOr/6//p/+P/5//r/wAAAAAAAAAAAAAAAAAAAAAoAN//5/8AAAAA2v/Y/9r/AAAAAAAAAAAAAAAAAAAAAO7/4f/J/+z/4P/I//T/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5//t//D/AAAAABQA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgDp/wAAAADu//X/8P/F//r/AADH/wAA4P/1/+T/zf8SAOn/2/8AAAAA6//Y/9v/5v+p/6j/GQC1/73/MQDb/yMAAAAAAAAAAADg//b/1f8UAOz/AADx/+3/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAPj/yf/J/9v/AACy/+P/6f/p/+v/8P/t/xYA7P/o/wAAAAAAAAAAAAAAAAAAAADG/7//1v/Q/y4A4v/N/+n/FQDn/+z/2P/r/+D/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADB/xkA5f/d/9r/5f/3/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADI/9D/yf/G/7z/DAAXALr/AAAAAAAAAAAAAAAAAAAAAO3/AAAMAAAAAAATAN3/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/6//s/+//6//q/xUA8f/0/xUA7P/z//L/8//0//r/3//q/+b/AADq/9n/EQDX/+3/7P/u/xQA7P/s/+z/7P/o/wAAAAAAAAAAAAAYAAAA7P/s/+3/3v/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADP/+z/7P/u/+7/7P8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA+P8AAO//AADt/+//AAAAAAAAAAAAAAAAAAAAAPf/DgDR/87/yv/s/6P/JQAAAOH/8f8AAAAAHADr//b/AAAAAAAAAAAAAAAAAAAAAOX/1f/W/+X/6/8lANv/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7P/s/+z/7P/p/+T/6f/o/+f/6f8ZAOv/AAAAAAAAAAAAAAAAAAAAAOz/JgC0/8b/o//K/9v/xP8AAAAAAAAAAAAAAAAAAAAA2P/Y/+P/0f/o/9n/MQDY/wAAAADz/yQAAADe//r/AAAAAKj/AADZ//P/FwCh//b/6v/j/+z/FADt//b/6//r//H/7P/6/xQA9//t/+z/9v8AAAAAAAAAAAAAAAAAAAAA6f/p/+j/6f/r/93/FwDn/+z/6//s/+z/7P/s/xUA7P8PAOn/7v/s//D/7//5/+7/CgAAANj/0//P/9T/1v/t/+3/0v8AANj/2P/I/woA6P+7/9r/yf+4/63/u/9HALn/4f/j/93/2v/Y/+j/HwDj/9j/7P/o/+z/7P/o/yMA7P/s/+v/7P/s/+7/7P8UAOz/+P+L/x8A0f9h/wUAAACv/+v/7P/s/+3/8v8VAOz/7P/s/+z/FADs/+7/7f/s/+z/AADu//X/AAD4/+z/7/8UAAAAAAAAAAAAAAAAAAAAAADr/+v/6//5//P/6/8VAPT/5v8AAM//4v/6/xsA0//Y/wAA6v/t/9j/7P/g/9j/CADr//H/7f/1/+7/FADs/+3/xf8oANn/5//f/+L/yv/h/wAAAAAAAAAAAAAAAAAAAADN/+H/xf/D/8D/8f8OAAoAx//Z/97/5f/i/zUA0f/H/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8WAOv/6f/s/+r/6v/e/+3/7P8AAAAAFADs/+z/8v8AAAAAAAAAAAAAAAAAAAAAxf/n/97/4//Q/5//JACw/+z/9v8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+//7/8AAO7/6v8AAKX/4v8oAOH/AADg/9//8P/s/+z/FADs/+7/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAPb/8f/w//b/9v8VAPD/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA9v/v//n/6//m/+r/AAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAPL/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAO//7P8AAOj/6f/5/+z/GADu/+r/6f8AAAAAAAAAAAAAAAAAAAAA2v/o/+f/6P/r/xEA5v8AAOz/7P/t/+z/7P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAA1P/n//f/AAD0/w0A5f8HABQA8v/2/wAA8//y/+z/AAAAAAAAAAAAAAAAEAD2/wAAAAAAAAAAAAAAAAAAAAAAAPT/+v/z/+z/AADs/+z/FADJ//H/1//Z/9z/1/8ZAPP/AAAAAAAAAAAAAAAAAAAAANf/2P/X/9n/4f/r/yIA4P+9/8n/4f/Z/+3/7/8TAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAUAPD/7P/5//H/8P/s/+//2P/x/+//6//V/yQA0v/i/+7/9P8AAAAAAAD5//D/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAv//6/9//qP/u/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/sf/U/wkAqP/O/+v/6v/Z/+v/3P/Z/+3/2P/a/xUA2v/h/x0A5v/l/93/2f/e/+z/KADt//D/8f/l/+f/7//x//T/+f8AAPb/AAASAPT/+v/u/wAA+f/3/+7/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/9//x/+z/FADu/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/r/+v/6v/n/xQA6//r/+z/7f/s/+z/FQDr//H/6f+z/3n/1/8AAPP/sP/s/+z/FADs/+z/7P/s/+z/y//4//r/+f/u/9//CwDr/wAACgAAAAAAAAAAAPb/AADr/+r/7P/q/+r/6/8VAOz/7P/s//T/8v8AABQA7f/u/wAAAAAAAAAAAAAAAAAAAADs/+r/6//r/+v/6/8VAOv/8f/0//n/AAD2/wAAEgD0/wAAAAAAAAAAAAAAAAAAAADM/wAA9f8AAAAA+f+//xcAAAAAAO//+P/7/9T/+v8wAAAAAAAAAAAAAAAAAAAAAAAAABIA5//H/8X/0//e/xUA7P/t/wAA+//u/+z/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9n/xP/Y/8v/AADg/wAAAAAAAAAAAAAAAAAAAADs/xUAAADw//T/9P8RAPf/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA4P/o//n/9//3//f/GAAAAPX/1f8AAAAA3/8AAMn/NgD5/+b/7f/j/wAAFADl/9j/AAAAAAAAAAAAAAAAAAAAABIA+f8AAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAD4//P/AADw//X/HAD5/+z/7P/w//D/7f8UAO3/7f/r//j/7f8AAPr/7f8WAPT/AADH/+r/6v/7/wgA3v/s/wAAAAAAAAAAAAAAAAAAAADO/wAAEwDZ/9n/2f/u/wAA7P/s//b/9/8VAOz/7P/M/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8UAAAAAAAAAAAA+//6/xYA6//r//b/6//q/+r/6f/t/+z/7f8AAPj/7P8AABQAAAAAAAAAAAAAAAAAAAAAAOT/5P/v//T/AAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/b/+n/5f/q/xgA6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAOr/4P/Z//L/v//f/+z/6//t/+7/AADs/xQA7P8UAAAA+P/v//D/6v/Y/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOT/6/8AAAAAAAAAAB0A9f8AAOX/AAAAAAAAIAAAAAAAsf8KAPD/vf8AAOH/xv/x/+X/7P/s/+z/6v8VAOz/6/8AAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAAABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAUAOz/7//y//P/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO7/AADu//X/9f8AAO7/FADy//D/pP/U/93/CADB//P/8v8AAAAAAAAAAAAAAAAAAAAAAAD5/+b/2v8wANr/4v/A/7n/AADZ/9v/AADh/+P/5f8AANr/1f/X/+n/6P8VAOz/4P8kAPT/AADu//D/5v/n/9b/AAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAA7P8AAPP/FADl/+T/AADs/+z/6//Y/yIA2f/n/9//AADs/+D/2/8XAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/T/8n/1//Z/9H/AAAAAAAAAAAAAAAAAAAAANn/5f8AAAUA4/8FAA0Ayf/f/+H/1f8KAOD/6f/N/xQA2//j/9n/3v/s/9T/IgDk/wAAAAAAAAAAAAAAAAAAAAANAOn/2P/p/+v/2f/p/wAA9P/5//j/8v8AABcA4//r/x0AAAAAAAAAAADn//T/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADH/9D/SADG/9D/rP+7/7j/6//s/xQA7f/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC5/+z/4//K/8j/DQDu//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW//P/1f/V/9f/x/8RAND/6f8kAOP/6f/K/+D/2P/a/93/4v/v/9X/2f/M/9b/JQDn/9n/7P/m/9j/2f/d/ycAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/xwA6f/q/+v/5v/l/+f/6P8WAOv/6//s/+r/6//r/+b/7P/s/+z/7P/r/xUA7P/s/+3/+P/5//L/7P8UAPj/DwDR/8v/1//e/+L/8v/U/wAAAAAAAAAAAAAAAAAAAAAKAPH/yP/a/+T/v//n//D/6f/Z//f/2f/n/9D/6P8bAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsf+j//L/5v/r/6z/+f8hAAAAAAAAAAAAAAAAAAAAAADr/97/1//S/8z/1f8TABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA/7n/CQAWAAcA0P/c/9b/AAAAAAAAAAAAAAAAAAAAAOj/5v/q/+3/7f/r/xUA8f/z/+7/AAAAAAAA+/8UAAAAAAD4/wAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAA8P/t/+v/7P/y/8z/8P/R/9f/5P/m/wAAwf8AAAAAAAAAAAAAAAAAAAAA2P8IAN7/3//b/+L/AADZ/wAAAAAAAAAAAAAAAAAAAADb/9j/AAATAOT/3//V/+v/TgDE/8f/AADM/6f/s//E/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8AAMr/2P/U/+3/5//f/+z/7/8AAO3/AAAYAOb/7//i/+//EgDU/+X/7P/O/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7v/y/+3/7P/3/+z/7P/u/+7/9P/0/+7/FADw/+f/5//n/+X/6P/n/xgA6/8AAAAAAAAAAAAAAAAAAAAAFgD4/wAAAAAAAAAA9f/4/xUA5f/6//X/AAAAAOz/9f/q//n/AADu//r/9P8XAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/3f/o/+P/7P/a/+n/GgDr/wAAAAAAAAAAAAAAAAAAAAAAAOj/4f/c/+H/9f8AANn/AAAAAAAAAAAAAAAAAAAAAPX/1v/P/9D/1f/M/xUAy//0/+z/AAAAAAAAAAAXAAAA6//s//H/9f/3/+z/FADt//r/+v/p//T/w//R/8z/0f/m//j/4P/t//H/FADs//D/AAAAAAAAAAAAAOz/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/AAAAAAAA+f8UAO7/AAAAAAAAAAAAAAAAAAAAAAAADgAAAAAA9v8AAPr/AAAAAAAAAAAAAAAAAAAAAAAA+f8AAPf/AAAAABQA8v8AAOn/2P/X/+P/2P/Y/yIA4//s/+z/8f/2//b/7P8UAO3/9f/y//b/7f8AAOz/7f8UAOb/7P/s/+z/7P/r/xUA7P8AAAAAAAAAAAAAAAAAAAAA1P8AAAAAAAAAAN3/LADx/+z/AAC8/wAA1P+5/7//EAAAAAAAAAAAAAAA3P/t/ycA7f/u//P/+v8UAOz/7f/s/wAAAAAAAAAAAAAAAAAAAADs/+z/8P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/AAD0/wAAAAAUAO//AADg/wAAov/G/7X/AAD3/+n/4P/U/83/6//w/+z/1v8YAOX/2P/3/+3/AADY/9j/FADs/+v/7f/u/wAA7P8UAOz/7P/K/+z/7P/s/+v/FgDt/+H/4v/i/+b/6P/f/yAA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/8D/AADa/9f/zv8hANT/AAAAAAAAAAAAABUAAADr/9b/1//Z/97/3v/W/yoA3P8SANn/2P/e/+T/6v8AAM7/AAAAAAAAAAAAAAAAAAAAAOz/FQDs/+z/7P/s/+r/7P/P/wAA2v/s//D/1/8MAOD/AAAAAAAAAAAAAAAAAAAAAOj/4v/o/+v/6//p/xcA6/+l/63/v//P/7r/MwDl/9L/7f/s/+z/7//s//L/FADs/9r/3P/Z/9//2v/5/9n/AADg/8z/AADM/9v/IgDP/9T/7P/v/wAAAAD7/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADY/8P/yv/K/8T/zf8kAO7/2f/m/9D/4f/c/8r/MwDq/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FAAWANP/2P/j/9v/zf/y/7T/7//s/+v/7//t/+z/EQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//r/AADt/+z/AADJ/87/2f/d/+z/3/8hAAAADgDK/9X/0v/V/xsA6P/O/wAAAAAAAAAAAAAAAAAAAADs/+z/AADw/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAANb/EwDY/+D/6f/Z//r/6/8QAL//5v/E/97/6v/u/8H/7f8TAAAAAAD4//X/8P/1/wAAAAAAAAAAAAAAAAAAAADu/+3/8//t//T/FADs//f/DQDc/+z/8v/x/93/9//o/wAAAAAAAAAAAAAAAAAAAADq/xgA6//x/+v/6//i/+z/7P/s/+z/7P/s/+z/FADs/8r/sv/E/8r/yv8AAOH/EADs/wAA3v/6/wAAJgDz/wAAAAAAAAAAAAAAAAAAAAAAAAAA6f/n/+r/6//q/xUA6f/s/+3/7P/s/+3/7P8UAOz/GwAAAAAAAAAAAAAA5v8AAMb/2P/C//v/t//5/+z/uP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7v/t/+z/7P/s/xQA7P/4/wAAAADs/+z/7v8AAAAAAAAAAAAAAAAAAAAA8/8UAPP/+v8AAPH/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//X/yUAwP/X/8P/AADQ/+b/1v/s/87/yP/T/yIA3v8AAPv/7P8AAAAAAAAVAAAAHAAJAOL/1P/Y/+r/1//u/wAAAADs//L/7P/s/9j/4P/k/+P/6v/v/+v/5/8cAPT/AAAAAAAAAAAAAAAAAAAAAOn/FwD0/wAA9f/o/+n/9/8UAO3/8P/3//n/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOn/7P/a/+H/6/8AANr/FAC7/8X/r//I/+3/xP+2/yoAGwDY/93/0v/c/+v/4P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/m/wAA2P/Y/yEA3v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA3f/U//f/yv/N/8H/EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwDo/9L/+v/f/9b/4/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAAFQC4/+T/y//D/ywAtf+6/wAA7f/u/+//9v8VAO3/7v/r/xQA8P/2/wAA7//g/+v/2f8AAAAAAAAAAAAAAAAAAAAAFADx//T/AADy//H/7f8AAAAAAAAAAAAAAAAAAAAAAAAAALr/5P/Q/9H/2v8MAM//AAAAAAAAAAAAAAAAAAAAAKf/wv/r/8v/s/8+AAAA2/8UAO3/7P/s//T/6P/s//r/7P/s/+z/6v/q/xQA7P/s/xIAAAAAAAAAAAD5/+7/AADv/xMA9v8AAAAAAADs//n/AAAAAAAAAAAAABMA8P8AAOL/4v/Z/9//1P/d/yUA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMT/BgC8//f/xf8YAMX/+P/s/wAA9P8AAAAAFADv/wAAFADa//H/7v8AAOX/2P/s/wAAAAAAAAAAAAAAAAAAAAAUAOL/6v/4//b/5v/s//H/AAAAAAAAAAAAAAAAAAAAAO3/FADt/+3/8f/z/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA8P/D/9X/1f/H/wAA3v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAADy/wAAAAAAAAAAAAARAAAA6//u/wAAAAAAAPT/FgAAAOH/9v/u/wAA6//k/x0A+v/z/+z/8//z/wAA7P/t/xQA5//r/+z/7P/s/+v/6v8UANn/2P/r/+j/AADj/+j/EQCe/8j/sf+n/6L/u//V/1gA7v/v/wAA8//t/+3/7P8UAAAAAAAAAAAAAAAAAAAAAADj/xoA5v/g/+b/6P/n/+j/AAAAAAAAAAAAAAAAAAAAAPj/EAAjAND/4P/D/8n/y/8UAO3/7f/v/+//7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5ANL/1f/j/73/yv/k/9D/DADk/+T/5//o/+H/CADn/wAAAAAAAAAAAAAAAAAAAAAdAPH/9P8AAPP/3f/o/+D/3P/S/+7/5f8AACgA2P/h/+z/7P/z/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADp/+L/x/+A/+v/wP/H/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/x/+//9/8AAOL/HwAAAAAAAADs//X/AADs/xQA8f8OAOz/AAAAAAAA7P8UAAAA6//s//L/7v/t/+v/7f8VADIA4//r//X/9f/4/7r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/Y/+L/EwDP/9f/1v8OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//tP/J/77/6P/7/57/AADi/+f/6f/q/+v/FwDp/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//P/+H/3P/w//n/AAD2/9r/1f/X/+n/6P8VAOz/4P/X/9j/6//q/+3/2f8AABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/wAA4/8AAAAAJAD0/wAAKQDU/93/2//Y/9n/2v/W/wAAAAAAAAAAAAAAAAAAAADh/+f/7P/t/+z/7P8bAOn/xv8AAAkA1//T/9j/xv/M/+n/5P/r/+b/6P/q/xcA6/8AAAAAAAAAAAAAAAAAAAAA7P/s//L/8P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADS/97/tv+2/6v/6f/W/ywAAAAAAAAAAAAAAAAAAAAAAN3/JADa/9v/3v/Z/9v/1v8AAAAAAAAAAAAAAAAAAAAA1P+8/7n/wP/S/9L/OwC//xcA7P/l/+3/7f/p/+n/7P8AAAAAAAAAAAAAAAAAAAAAFADt/+3/8P/x/+z/7P/u/+z/8v8AAAAAAADw/xQA8v/p/8n/2v/m/yYA1/8JANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA8v+r/6//rv/H/wAAo//l/+r/8//o/+z/6v/p/xcA+v/u/wAA+f/3/+7/AAATAAAA2P/G/wAA2v/o/8X/DAAUAOz/7f/t/+z/7P/s/+z/9/8fAAAA+v/6//P/7v8AAKz/3/+f/1sArf+Y/7r/r/8AAAAAAAD4/wAA+P8QAAAA2P/Z/+r/GwDn/+j/3f/X/9v/6v/M/zMA5P/T/8f/1f/r/+f/7P/r/+r/6/8VAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADC/8f/tP+8//v/1v+h/zQAAAAAAAAAAAAAAAAAAAAAAPP/1/+z/8X/zf/f/xEA4P/d//j/3P/p/+X/3P8RANr/AAARAOv/7P/r/97/2P/q/wAAAAAAAAAAAAAAAAAAAAAbAAAAAAAAAAAAAADm/wAA6//s/+//7/8AAO7/6v8AABUAAAAAAAAAAADr/wAAAAAAAAAAAAAAAAAAAAAAAAAA0v/r/8P/xv/R//j/GwDC/+v/6v/s/+z/6//q/xUA7P/P/8//yP/E/9f/2P86AOD/AAAAAAAAAAAAAAAAAAAAAOf/4//o/+b/6P/n/xgA5f/Y/+r/5f/m/+f/EgDr/wAAFADs/+//8v/z/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAOr/3f/i/9//2P8MANj/AAAAAAAAAAAAAAAAAAAAAOv/FQDb/+z/5f/E/w0A2f/i/+H/AADl/+r/KwDm/9r/6//q/+v/7P/r/+v/FgDs/+n/6f/r//D/7f8WAOz/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA6P8AAPn/6f/n/9f/7P8AAAAAAAAAAAAAAAAAAAAA6P/w/+3/9/8AABgA5//w/xQA8P/s//n/8f/w/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/6//d/9//3/8oAMj/5v8AAAAAAAAAAAAAAAAAAAAAAADs/+v/AAAAAAAA6//r/+b/AADs/+z/6v/s/9j/FAAAAAAAAAAAAAAAAAAAAAAAAADU/9H/zf/h/8j/AAASAAAAAAAAAAAAAAAAAAAAAADk/+n/7f/3//r/GgDq/+j/FADt/wAAAAD2/+z/7f/u/+7/7P/t/+z/9//q/xQA6/+2/9D/2//l/9v/MwDS/8T/AAD3/wAA9v8AADoA2P/0/9X/4f/s/+b/6P8sANz/0P/m/+D/7f/q/+P/AAAUAOz/CwAAAOn/1f8AAMj/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8UAOT/8//t/+3/7v/y/+v/7P/r/+z/6//q/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/yf/f/+L/DwDE/wgAxP/Y/8j/2v/Y/zEA1P/J/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOn/3f/y/+H/7P/3/+z/8/8WAAAA7P/6/+r/AAD0/9j/1P/c/9r/yv/V/9n/NQDo/+v/AADs/+z/6//m/xQAAAAAAAAA9v8AABQAAADs/9//2//x/wAA6v/7/xIA2f8AAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8hAOD/6P/l/+L/4f/p/9T/w/+Z/wAA8P/A/8j/5//O/8//uP/G/zsAzf+y/7b/AAAAAAAAAAAAAAAAAAAAAOz/7P/u//r/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2//r/+z/7P8HAOz/AAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAADs/wAA8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAAAADq/wAA7P/s/wAA7P/s/+z/7P8UABoAAAD5/+3/9P/l/+X/7v8WAO//rf/J/6v/kf8bAM7/AAAAAAAAAAAAAAAAAAAAAAAAAACw/woA0v/i/+P/w//q/+r/6/8WAOr/6//o/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+3/FADs/+z/7P/s/xQA7P/s/+z/7P/s/xIA6P/w//L/8v8AANn/1v8UAO3/7f/s/+7/7v/t/+3/AAAAAAAAAAAAAAAAAAAAANj/2//Y/9v/2P/r/wAAFAAAAAAA8/8AAAAAAAARAAAAAAAAAAAAAAAAAAAA9P8QAAAAAADz/wAAAAAAABEAAADs/9b/1//k/9r/6P/H/x4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/3P/s/+L/2//b/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAO3/5v/Y//f/KADA/8r/9f8AANj/yv/D/wcA3v/B/wAAAAAAAAAAAAAAAAAAAADx//D/8P/s//X/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOr/+P8UAOz/7P/q/+z/7P/W/+3/4f/p/+v/AAAJAOn/AAAAAAAAAAAAAAAAAAAAABMAAADj//L/8v/s/+r/6//s/+z/7P/t/+3/FADr/+z/KwDK/9r/9P/q/yIAw//U/wAAAAAAAAAAAAAAAAAAAADV//j/AAD5//b/0/8LAPn/6f/t//v/2v/4//P/7f8IAN3/7f/v/+7/7P/s/xYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/j/+b/1P/p/wAA3v/j/+L/5//j/yIA4//r/9z/AAAAAAAAAAAAAAAAAAAAAKX/uf/i/93/4v8AAAsA8f/4/xgAAADu//H/8v/m//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADD/8r/w/8AAML/wv8aAKn/+//i/+3/FADg/97/6P/s/wAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAA5f/1/wAA6v8bAMb/xf/O/7z/7v+9/+z/FADs//L/7P/s/+z/7P/u/+//AADz/+3/7f/s/xQAAAAAAAAAAAAAAAAAAAAAANv/7P/s/+z/6v/s/xgA7P8AAPf/FAAAAPj/7//t//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/3v/W/93/4//U/wkA7v+v/8P/sv+u/53/yv/3/z0AAAAAAAAAAAAAAAAAAAAAANn/2P/i/+L/6v/s/x8A2//s/+//7f/s/+z/FADs/+3/1f/g/6L/s//q/8z/+v8NABQAAAAAAAAAAADu/+z/AADn/+D/5f/s/+z/FQDs/+z/8f/w//D/7P/1/xQA7P/s/9//2//q/9//6v/Y/wAACQAAAAAAAAAAAAAAAAAAAAAAEgAAAO7/zf/U/9f/6//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/4v/r/+r/6P/o/93/HQDW/+7/6f/k//r/AAAAAOL/FAAAAAAAAAAAAO3/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+v/FgDs/+z/7P/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+7/9P/s/+3/7P8UABUA7P/s/+z/6P/r/+T/7P8RAPj/AAAAAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0/8QAMr/1//O/wAAyv/P/wAAAAAAAAAAAAAAAAAAAADU/9D/2v/T/9//3f/X/yEAxf/w/7f/zf8nAMn/0f/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/s/9j/3f8RANj/zf8hAOH/5v/p/+H/4//V/+L/AAAAAAAAAAAAAAAAAAAAANr/qv/K/woAv/8OAAAAp/8mAAAAAAAAAAAA5f/g/+n/EQALAAAAAAAAAPv/6P8AABIAAAAAAAAAAAD5/+7/AADX/9X/2f/X/8//FADr/8//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZANv/4f/Y/+X/1f/n/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+v/AAAUAAAAEwDd/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwf/S//n/1v/V/zQAwv/Y/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/v/+3/KADs/9j/5P/q/8T/0f/k/8T/DAAUAOH/7P/0//v/AADy/xkA7v/r/+z/+v8AAAAA8v8WAAAA7P/s/xQA7P/s/+z/7P/s/+z/7/8AAO3/AAAYAOb/7//S/wcAx/+0/7P/AADh/63/2v/b/97/AAD7/9z/JQAAAAAA1/8GANP/2f/d/+n/2v/s/+3/AADz/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/ygA0//S/9f/0f/d/9f/7P/s/+z/7P/s/+z/7f8UAAAACQDn/8P/3f/U/73/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/5//Y/+b/2//s/xsA3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/xoA0P/D/5z/3P/R/8X/AAAAAAAAAAAAAAAAAAAAANj/0f/q/+f/FQDZ/wAA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ//H/1//k/97/AAAQANr/7v8hAO3/AADv/9P/3//t//j/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/J/8z/tv/V/9r/LACz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/w//L/7P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9L/EADf/wkAt//u/wAAAAAAAAAAAAAAAAAAAADG/+f/2f/h/+X/HgDo/93/KADZ/wAA3f8AAOL/2v/Z/wAAAAAAAAAAAAAAAAAAAAAdAKb/DgCb/6z/s//e/+X/7f8TAAAAAAD4//X/8P/1/zAAtv+a/6b/sP8AAMv/5P/Y/xIA2P/l/+P/2P8AAOH/EADE/9j/4/8AAPb/7P/b/wAAAAAAAAAAAAAAAAAAAAAoANj/AAD4/wAA5v/Y//X/AAAAAAAAAAAAAAAAAAAAAOr/6v8AAPT/9//r/xYA8/8AAAAAAAAAAAAAAAAAAAAAFADu/+z/9P/v/+7/7P/t/xkAAAD0/wAAAAAAAPf/AAAYAAAA8/8AAAAAAAD2/wAA6f/z/+v/FADs/+v/4P/r/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/1f/U/wAA4//s/7v/AAAAAPf/FAAAAPj/7//t//r/7P/s/+z/7P8UAOz/7P/r/9r/3v8AAOL/6f/G/+n/HADt/xMAAAAAAPj/9f/w//X/7f8TAAAAAAD4//X/8P/1/+3/EwAAAAAA+P/1//D/9f/t/xMAAAAAAPj/9f/w//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7/8AAAAAAADw/+3/AAC5/6j/sv/c/+v/wP8AAB0A2f/k/93/4f/a/+T/IwDZ/+D/6P/f/9z/5v/o/xsA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+r/6f/r/+v/4/8YAOv/7f8AAAAAAAAAABMAAAAAABQA7P/t/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAOb/6P/C/93/4f/k/+//9/8AAOr/4f8AANX/7P8hAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/t/xQA7P/s/+3/8v/t/xQA7P/w/+b/yf/r/+//3P8jAM//xv8AAAAAAAAAAAAAAAAAAAAA1//V/9b/2P/0/+n/0/8mABsA8P/v//f/9//w/+X/7v8KALz/3P/b/+n/8//V/87/7P/s/+z/6//s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADU/xYAyf/W/9z/AACr/9T/yf8KAMv/0f/N//b/yP/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA2v/q/+z/7P/r/+f/7P8AAAAAAAAAAAAAAAAAAAAA6v/J/9//FADk/xAAvP/U/+//7P/t/+3/FADs/+v/7P/i/+L/2f/f/9T/3f8lANr/AAAAAAAAAAAAAAAAAAAAAOn/6v/r/+v/6/8VAOv/6/8AAAAAAAAAAAAAAAAAAAAA6//r/+3/7//s/+z/FQDs/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/t/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAO3/FADs/+3/7P/s/+z/7f/t/+3/9v/s/+z/7P/s/xQAoP/i/77/wf/Y/xUAuv8AAAAAAAAAAAAAAAAAAAAAAADg/+j/7P/r/+r/1//i/ysAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+3/+v/6/+//EwAIAOv/7P8AAAAAAAAAABQA7P8AAOr/FQDr/+r/6f/s/+r/7P/i/9j/9f/5/wAA3f8oAPr/KgAAAAAAAAAAAAAA1v8AAA8AEADS/+r/7v/2/93/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/6v/r/+z/3v8dAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/7z/sf/e/7n/2f/N/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8dAOL/8v/j/+//3v/e/+f/7P8dAMP/uv/D/83/+f/Z/xQA7P/s//j/9P/s/+v/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/0//w/9j/2v/s/8//GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAPn/7v8AAML/4//n/8n/vP/c/woA6P/s/xQA7P/s/+z/7P/r/+z/6P/i/+j/6//r/+n/FwDr/9j/4P/n/9v/6v8kAOn/+f/k/93/6v/o/+T/3P8eAOL/4P82AMv/yv/E/8//xf/Y/9P/5v/k/+D/5P/p/x4A3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAof/e/4H/4//v/77/7//C//H/EwDo/+r/6f/r/+H/6f8AAAAAAAAAAAAAAAAAAAAAy//y//D/vP/Q/8n/JgDh/xQA7P/1//n/+f/s/+z/7f8MALH/x/8AAK7/7//s/83/AAAAAAAAAAAAAAAAAAAAAPH/9P/5/wAA9v8AABIA9P/Z/ycA7f/q/+P/7P/R/93/BwDN/9v/5v/f/8j/AADP/+z/7P/s/+z/7P8UAOz/7P8aAK7/0v/U/+r/3//o/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9z/8v/o/wAAFADs/+D/7P/s/+z/7v/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADY/+z/7v/b/+L/1//r/xgA2P/v/wAAAAAAAPX/KADt/+z/6//s/9b/7v8AAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA6//r/+3/7f/o/+n/6v/r/+v/7f/s/+z/7v8UAOz/7P/t/+z/7f/t/xQA7P/s/wAA1P/p/+z/AADW/wUA6P/1/7r/7P/G/7X/7f/m//H/EwAAANz/5v/j/97/3f/Z/+j/FwDr/+3/8f/s/+r/6v8UAOz/AADs/wAA7P/s/+7/HgDz/63/z/+8/8z/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+v/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAcA2P/d/9n/4//Z/wAA4P8iAOL/4f/y/+f/3//f/+X/7P/q/xQA7P/s/+r/7P/r/+z/6v/r/xwA7P/b/9//6//u/+//+v/s/+3/7P/s/xQAov/0/8T/tv8YAN3/uP/6/wAAAAAAAAAAAAAAAAAAAADr/xsA7f/x/+3/6//i/+z/xP/d/9b/5f/5//j/HQDF/wAAAAAAAAAAAAAAAAAAAAAbAMj/6v8AAAAA5f/R/+T/FADu//H/+f8AAOz/7P/Y/+z/6/8WAOz/7P/s/+r/6v8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/s/+z/FQDs/+j/8P/t//f/AAAYAOf/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/2P/r/w8A4P/s/wUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIv/vP8AAKr/tf9FAMX/of8AAAAAAAAAAAAAAAAAAAAAov+n/+P/xf/C/xoAwv8KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+//FADs/+7/7f/z/+3/9P8UAOz/9//t/+z/7v8AAAAA7P8AABQA7v/s/+z/7//t/+v/FADs/xEADQDW/97/1v/O/9n/5v8UAOz/2//t/+3/6//x/+z/7P8AAAAAAAAAABQAAAAAAOz/7P/s/+3/7P/v/xQA7P8AAAAAAAAAAAAAAAAAAAAA7//l/+v/6/8bAOv/3//d/+z/FQDs/+z/8f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8YAOz/7P/j/+X/5v/n/wAAAAAAAAAAAAAAAAAAAAArAOb/AADr/wAA3f/U/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOX/6P/c/+n/6v/p/+D/7P/q/+v/7v/s/+z/FADd/wAAAAAAAAAAAAAAAAAAAADs/wAA1v/o/+z/6/8HANT/8P8AAAAAAAAAAAAAEwAAABsAAADS/+X/tf+8/+z/s/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//3v/q/+v/6f8UAAoA5f/q/97/6f/o/+X/3v8WAOT/EwDs/+z/7f/r/+n/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAADn/wAA6//s/+L/3v8JAOT/0v8kAOP/4//O/+X/1//1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwDa/9n/7P/y/wkACQDf/+v/7P/s/+z/9/8VAOv/7P8AAAAAAAAAAAAAAAAAAAAA6//s/+n/6//s/+v/FQDs/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAAAD6/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA6v/b/+j/2f/f/ygA1P/X//P/FADz//r/AADx/+z/8v/n/xoA7P8AAPn/7f/X/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xgA7P/t/+T/5v/m/+f/AAAAAAAAAAAAAAAAAAAAAAAA7P/5/xQA7/8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/93/7P/r/xUA6//Y/+3/7P8WAOX/6//q/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvAPL/+/8AAAAA9f/R/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/c/+b/5f/n/+b/1P8bANX/7f/D/83/0P/0/xEAzv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8VAPP/7//u/+z/6//w/+z/7P8UAPT/8v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/8v/Z/+3/AAAAAAAA7P/x//D/8P/s//X/FADs/+z/7P/s//f/FAD1/wAA7P/s/9j/6//4/9n/6f/d/w8ADQAAAAAAAAAAAAAAAAAAAAAA5v/Y/9b/5f8qAOz/1v/e/9v/6//t/9//AADb/9r/AADt/+n/4v/p/+j/GADb/+v/AAAAAAAAAAAAAAAAAAAAAOX/4f/p//H/4/8gAOb/4v/U/+n/yP/b/9v/GQDy/+X/7P/v/+3/7P/s/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/+r/6//6/+z/FgDl/+3/6/8AAAAAAAAAAAAAAAAAAAAAAADl/+n/5P/q/yUA2P/l/+D/x//o/+r/0/8GANn/EQDs/xUA4//t/+v/6//r/+r/7P8VAOP/7f/r/+v/6//q/+z/AADu/+//8f8XAAAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/+P/S//P/0v/H/wkAAADl/w0Axf/c/8r/+f/q/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/9P8AAAAAAAAUAOn/7P/V/+z/5P/h/w4A5//k/wYAFADs/9v/8//1/wAA7P/r/+b/AADc//j/AAAnAO7/AADs/wAA8P8AAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/T/xUAAADr/9X/xf/P/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//j/8//Y/wAAAADb/wAA7P/r/+7/8P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAACq//v/5v/b/7X/vP8AAA4AAAAAAAAAAAAAAAAAAAAAAOn/FwD0/wAA9f/o/+n/9/8AAAAAAAAAAAAAAAAAAAAA5v/s/xsA3v/q/+T/4f/p//b/+P8AAAAAAADr/wsA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6f/1/+L/7P8UAM3/7P8AAAAAAAAAAAAAAAAAAAAA1//T/yoA3P/f/9r/1v/a/+3/7v/z//r/FADs/+3/7P8AAAAAAAAAAAAAAAAAAAAACQDP/9T/1v/m/9T/AADS/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/z//j/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/x//b/FADs/+z/7P/H/8//2P/r/+D/KQDI/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//AAAAAAAA8f8UAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7P/t/+z/7P/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/1v8fAPD/9P/W/+f/1//f/+H/4f/m/+r/5/8dANz/AAAAAAAAAAAAAAAAAAAAAOz/7P/v//r/9P/t/xQA7//t/+z/7v8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/yMA2P/t/+3/EwDP/+j/AAAAAAAAAAAAAAAAAAAAANv/0P/O/9D/1f/S/y0A1f/q/+v/6v/r/+z/7P8VAOz/7P/s/xQA7v/v/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//5f/x/+z/FwDs/wAAAAAAAAAAAAAQAPP/AAAAAAAAAAAAAAAAAAAAAAAAuv+1/wwA0v+t/xUAzP/1/9L/5/+//83/0P8AABoAzf8AAAAAAAAAAAAAAAAAAAAAzf/p/7f/xP/m//H/v/8cAAAAAAAAAAAAAAAAAAAAAADT/+f/6v/r/+z/5f8oANb/FQDG//L/7f/p/+n/5//s/+v/7P/s/+z/9/8VAOv/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAO3/EwAAAAAA+P/1//D/9f/c/x0A7P/z/+L/7v/o//b/yv/o/97/4P/r/+r/6f8jAAAAAAAAAAAAAAAAAAAAAADq/+L/0//n/xoA6P/j/+f/6v/n/+f/6//q/+T/GQDq/8j/8P/g/wAAzP/k/wAA1f/i/+f/6f/q/+v/FwDp/+j/zv/v/+b/0f/N/xIA3P/s/9j/3P/y/+j/AAAUAOz/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVANb/zv/W/+n/6f/2/9v/BwDq/9D/3P/j/9//AADc/+P/5P/v//H/5v/q/xsA6v8AAAAAAAAAAAAAAAAAAAAAEQDj/xsA5v/p/8f/7P/l/+z/7P8AAAAA7//t/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/c//j/5//k/y4A3f/U/+r/6f/r/+v/6v/q/9z/FgDt/+z/7P/t/+3/FADs/+z/zf/o/+v/6//r/zoA0f/o/+3/AAAAAAAAAAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/W//f/3P/a/9T/w/8nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/w//D/7P/1/xQA7P/s/8f/yv8aAOD/6v/U/w0A6P/p/+z/8v8UAMv/HQDs/9L/5f/b/+//AADl/97/2P8QAAAAAAAAAAAAAAAAAAAAAADs//X/9f/t//L/6P8AABcA6f8aAOP/+v/u//j/4//u/wAAAAAAAAAAAAAAAAAAAADr/+z/7f/t/+z/7P/s/xQAJwDU/+z/7v/s/+r/2P/s//r/FgD1/wAA+f8AAO7/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIv/0f+2/+v/yP/h/zkAs/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8UAO//9f8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAx//z//P/8P/k/xYA5v/r/9n/9//1//L/2P8kANX/4//s/+z/7P/w/wAA7P8UAPP/6//r/+T/4//o/+j/GADc/xcA6//r/+3/7f/o/+n/6v+//zUAwv/N/93/wf/F/9L/AAAAAAAAAAAAAAAAAAAAAMD/6v/R/w4Azv8SAMj/sv8AAAAAAAAAAAAAAAAAAAAA5P/f/+f/5P/n/xwA4//i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl//P/zP/T/9L/AAAWAM3/AAAAAAAAAAAAAAAAAAAAAOz/FQDr/+3/6//r/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v8TAOz/7P/o/+j/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/3/xUA6//s/+r/7//r/+r/6v/q/9P/FgDs/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAAAAAKAAAA+P8AAAAAAAAAAAAACgAAAOz/7P/t/+z/FADs/+z/7P/s/+z/7v/3//H/7P8UAO7/7P8UAOz/7P/u//D/7P/v//b/0P/3/wAADwAGAMr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//g/+v/6P/s/wYA7P8AAOv/FgDr/+v/6//q/+n/6v/d/9T/KgDY/9D/8f/O/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+L/x//V/9n/FQDh/+z/7P/s/+7/7v8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8iAO3/AAD5/9r/6v/y/+z/7P/t/+z/9v/s/xQA7P/a/+H/2//q/9z/6//i/x8AAAAUAO7/8v/s/+z/7P/v/9j/2P/s/+L/2P/c/wAAEAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7P8AANn/FADr/+L/5//Z//b/3//R/wAAAAAAAAAAMwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//i/9v/4/8TAOr/2P/W/8f/3v/o//T/5/8AABUACAAWAOH/AADV/8r/zP/X/+b/0v/X/+n/2P/X/9P/IQAAAAAAAAAAAAAAAAAAAAAAHADN//X/4f/n/+b/zf/s/+z/FADs/+z/7P/s/+z/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/d/9n/5/8AANf/1f8lAAUA6f/w/wAA7//o/wAA9/8AAAAAAAAAAAAAAAAAAAAA4P/b/+n/7P/r/+f/KQDp/8n/AAC2/67/5P+i/9D/MADq/+n/7P/r/+T/7P/W/xUA4P/b/+n/7P/r/+f/KQDp/y0A0f/l/+b/1P/Q/8H/3v/q/x4A5/8AAPj/5v/q//r/7f8AAAAA9v8AAPj/FAAAANj/1v8fAPD/9P/W/+f/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/t/+//7/8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAA9//2/xIAAADp/+j/2f8AAO//3f/W/xMAAAAAAAAAAAAAAAAAAAAAAOP/5f/k//H/7P/k/xwA6f8AAAAAAAAAAAAAAAAAAAAAHgDN/9r/5v/O/9D/5//K/9P/5//q/+v/7P/l/ygA1v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+D/2P/i/9//3v/r/x0A3f/Z/93/2v/V/9P/3/8kAOH/FADs/wAA8P/t/+v/7P/y/wAACwDZ//D/xv/J/8P/xv/q/+v/7P/v/+r/6P/r/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/9v8AAAAAAAD7//H/JAAAAAAAAAAAAAAAAAAAAAAAvf/k/9L/7P/g/wAA3/8LAOP/FwDr/+n/6//s/+n/7P8AAAAAAAAAAAAAAAAAAAAAy//M/9b/DgDP/9D/CgDq/+z/6//s/+z/7P8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAHwDf/7z/zv/C/63/9P8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/6/wAAAAAAAPn/EwAAAAAAAAAAAAAAAAAAAAAAAAC6/+T/AADi/7b/9v/N//v/AAAAAAAAAAAAAAAAAAAAAOv/4v/t/+z/6P/s/+3/FQDl/xQA6f/q/+T/5v8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/xQA7P/t/+3/7f/s/+z/7P/n/xYA6//q/+r/6//o/+v/AAAAAAAAAAAAAAAAAAAAANr/2//i/93/4f/e/yMA2f8AAAAAAAAAAAAAAAAAAAAAAADi/9v/4P/5//P/1v8IANX/EgDK/9n/3//o/wAAyv/s/9//7v/Z//L/7P8kANj/7P/s/+v/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/8v/t/wAA7P/Y/9j/3f/e/9f/4//U/wkAEgDh/+D/4f/n/+3/EwAAAN3/yP+//9T/AADM/8v/8P8AAAAAAAAAAAAAAAAAAAAAAADz/wAAAAAAAAAA6P8ZAAAAxP/M/97/4//P/+X/AAAmAPD/2f/U/9j/1f8AANL/DQDZ/9n/2f/l/9v/4P/Y/yUA3v/b/+X/4//i/x8A3v/g/97/2v/U/9P/1v8JAAAAx//W/+H/xf/f/87/JgDN/+v/xf/I/9v/7v/P/x4A2f/W/9//y//C/8f/y/8iAOr/1v/u/+z/+v/3/9j/JQDR/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh//b/7v8AAOv/5P8dAPr/5v/o/+r/9P/3/+r/6/8XANX/6v/g/9P/5f8NAOL/FADx/wAAAAAAAAAAIgDf/+//3f+5/87/3f/C/zAA0P/c/8j/0f/c/8D/1f8MAOj/5//s/wAAAAAAAAAAAAAUAAAA7f8UAPD/8v/s/+z/7P/s/wAA+v8AABQAAADs/wAA7f8AANn/7f/q/+v/6f/X/wYAxf/g/8//0f/W/87/OwDY/wAAAAAAAAAAAAAAAAAAAADY/+r/6v/r/+f/4f/r/yMA3P/q/+v/6v/n/xgA5//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+3/7v8AAOz/FADs/+T/y/8bAN//4//r//j/5//u/+//AADz/+3/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA7/8AAAAA8P/c/wAA0//o/9H/0P8QAAwAzf/N/+z/EwDt/+7/7P/Z/+n/AADa/8D/1v/L/9f/0/83ALf/9P8PANX/1/+6/wAA3v/d/+3/FADw//L/7P/s/+z/7P/s/+z/6//r/+z/7P8UAOz/3v/s/+D/IQDu/9D/7P/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s//L/7P/x/+7/7P8UAOz/7P/s/xQA7P/r/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/4/wAA8P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM/x8A7P/n/+r/3//E/9L/AAAAAAAAAAAAAOz/8/8UABUA7v/3/wAAAAD7/+z/9P8AABcA9P8AAAAA+P/r//b/AAAWAPf/AAAAAPr/7P/3/+v/7P/r/93/7P/r/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/q/+3/7P/r/+3/AAAAAAAAAAAAAAAAAAAAAOz/GADo//L/9v/r/+j/7P8OANL/7P/p/9z/8P/p/9L/zv/Q/8j/2f/L/xIAGgDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/7P8UAOz/JgC2/+D/1P/O/9v/5//r/+7/FAD1/+//7f/s/+z/7/8AAOv/6f/k/9n/2/8QANj/2v8JAOb/9/8AAAAA2P8AALj/AAC7/8z/0f+t/wkAx//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//r/+z/7P8UAOz/6//r/+z/6//r/xUA6P/r/wAAAAAAAAAAAAAAAAAAAADi/9D/1v/c/9P/zf8vANz/8v/q//j/4f/n/83/BQDY/wAA+P/z/wAA8P/1/xwA+f/z/+z/AADs/wAA+v8UAOz/3v/N/9D/w/8hAMX/EgDf/9b/2//T/8H/xv/T/9//JQDt/+z/8f/3/+7/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz//v/AAAAABQA+f8AAOz/5P8AALr/uv8GALf/8P/M/+z/7P/x//j/AADw/xQA7v/r/+z/1//X/xQA4f8AANz/5/8AANH/zv/Y/8T/9P/D/9H/z//X/xQAyP/X/+v/DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA8v8AAPb/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwf/s/ycAAADz/+D/9f/F/wAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAA+P/Y/wAAEgAAAAAAAAAAAPn/7v8AABQA9f/y//j/AADs/+z/AADt/+z/8v/u/xQA7f/t/+3/7f/r/xQA6//s//P/5P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/0oA3v/n/+v/0P/f/+H/FQDs/+3/8P/4/9j/3//r/wAAAAAAAAAAAAAAAAAAAAAUAAAA+f/1//P/7//z//H/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u//X/+v/u/wAA8f8AAOv/AADm/xUA6//a/9n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/p//v/7P/t/+z/8f8UAAAA0//c/9H/yP8AAPD/xP/n/wAA3P/r/+v/2P8UAOz/7P8YAO3/7v/k/+X/5v/n/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFQDu//n/+v8AAOv/7P/0/wAABgAAAAAAAAAAAAAAAADe/xwA4//n/+X/4//m/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/Y/+3/6f/n/xQA+P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANADX/8//0v/C/8H/5P/a/xQA7P/w//v/7f/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALH/7f/C/9v/6v8WAO//5//s/+v/FgDs/+z/7P/q/+r/5/8PAOz/1P/A/9H/AADG/9j/7P8UAOz/8/8AAOz/7P/s/wAA9P8AAAAAFADv/wAACwAAAAAAAAAAAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAAAADQDJ/+v/2//Z/yoA2//p/9f/7P/s/xQA8f/0/+z/6//s/9j/1v8fAPD/9P/W/+f/1/8AAAAAAAAAAAAAAAAAAAAA1/8AANn/6v/r/+z/6v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/u/85AK//sf/U//H/xP8AAAAAAAAAAAAAAAAAAAAADgD4/9T/0f8AAMv/6//Z/xQA7P/w//n/AADv/+3/AAAAAAAAAAAAAAAAAAAAAAAA4//j/+z/6f/m/+v/6/8WAOz/7P/s/+z/7P8UAOz/7P/q/8X/6//e/+n/KQDh/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/+r/6v/q/+v/5/8fAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/8P/q/xQA6P/p/+z/KADr/+j/+P/1/+f/2P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/3v/m//D/7//y/yMA4v/p/+r/FgDr/+v/6//r/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo//D/7f/3/wAAGADn//D/AADL/7j/vv+u/9f/tf8SAPf/yf8MAMX/xv+n//f/5/8KAM//0P/e/8v/zf/5/9z/AAAAAAAAAAAAAAAAAAAAAO7/3f/R/8v/7f8jANP/wf/l/wAA4/8AAAAAJAD0/wAAAAAAAAAAAAAAAAAAAAAAAN3/4//s/9r/5//r/9j/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/6/wAA8f8AAPj/EAAAAAAAAAAAAAAAAAAAAAAAAAC6/9b/KQDW/+z/t//u/8H/7P/s/+3/7P/4/xQA7P/s/9D/1//i/8H/0v8mAAAA3v/Y/8f/xf/m/9f/AADG/yUA7P/s/+3/7//t/xQA7P/s/97/zv/u/wAA9/8tANv/6v/x/wAA1v/s/+3/GwDK/+X/DAAAAAAAAAAPAAAA6//6/+z/6/8GAOz/7P/s/+r/FADs/+z/7f/z//H/7P8UAO3/7P/t/+3/7P/s/+z/7P8UABQA6P/q/+//9f/s/+z/8f8AAAAAAAAAAAAAAAAAAAAA4f8tAPn/AAAAAPT/3f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQDb/+7/8//4/8X/AADc/+z/7P/s//b/7v8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA8P8AAOz/+v8AAAAAAAAUAOz/7P+E/wAAvf+//8D/v/8wAL//7f8TAAAAAAD4//X/8P/1/9b/EQDs/wAA7P8AANz/0f/u/+//AADz/+3/7f/s/xQA7f/t//D/AAD6/xQA7P/s/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/7v/t/+v/FQDv/+z/AADy/wAAAAAUAO7/AADx/+v/3//y/+z/6v8QAOz/vv/V/8f/vP/m/83/1v8pAAAAAAAAAAAAAAAAAAAAAADl/9z/5P/f/+f/4v8dAOb/8f/r/9//8v/s/+r/EADs/wAAAAAAAAAAAAAQAPb/AAAAAAAAAAAAAAAAAAAAAAAA3//Z/9n/z//g/yAA5P/g/+3/GgD2//n/+v8AAOf/9/8AAAAAAAAAAAAAAAAAAAAAFADs/wAA7//t//P/+v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//j/+/8AAOz/7P/u/9D/BwDp/9r/6f8AAAAA6/8AAPv/7P8AAAAAAAAVAAAA7P/k/wAAFADz/+P/7P/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/GQDn/9n/2P/b/+v/4P8SAPn/AAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8jAOz/9//x/+7/0f/c/+z/7f/v/xQA7f/s/+z/AAD4/wAAAAAAAAAAFQD0/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/u/+3/7P/s/+f/LQDd/+7/6v/Y/9P/0v/t/xUA7//y/+7/5v/r/+z/2/8AANr/AADx/+P/AADf/9z/FgDo//T/7P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAAFADs/wAA8P/t/+v/7P/y/+v/7P8VAM//1f/j/+z/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAADv/+3/FADw/9f/KQDY/9j/1v/Y/9P/3v8AAAAAAAAAAAAAAAAAAAAA7P/q/xQA7P/s/+7/7P/t/+n/+f8AAPP/3//s/+r/GAAAAAAAAAAAAAAAAAAAAAAA7P/u/+7/9P/0/+7/FADw/+P/5f/k//H/7P/k/xwA6f8AAAAAAAAAAAAAAAAAAAAAzP/A/9D/zP/J/y0Ay//n/wAAAAAAAAAAAAAAAAAAAAAPAOb/4P/o/+j/6f/r//L/7//W/+H/2//d/w0A0f/h/8T/5v/k/8//5P8jALn/zv/y//f/nv8SALD/wP/e/7b/3//Z/+n/6/8AANv/GADb/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/9v/2/+z/FADt/wAA3//F/6X/yv8TANn/0v8AAAAAAAAAAAAAAAAAAAAAHADr/wAA7f/l/x4A5f/g//r/sP/P/8f/vP+x/7z/HwDp//X/x//i/9//6v8PANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAUAAAA7P8AAO3/zv81ANL/1//L/8H/3f/J/wAAAAAAAAAAAAAAAAAAAADt/+3/7P8UAOz/7P/s/+T/7P/s/+z/7P8UAO3/7P/s/x4A2//k/+L/2//r/97/2//Q/+X/AAD7/+z/GwDU//L/2//m/9X/6f/p/83/KQDm/9L/6//j/+z/4//Y/x8A6P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/9//x/+z/FADu/+z/7P/v//L/8v/s/xQA7P/s/+v/6P/s/+v/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOD/IgDd/+v/6P/m/9v/5P8AAAAAAAAAAAAAAAAAAAAA1P/r/+z/7//r/+r/FQDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADP/7j/8P+q/7r/4f96/wAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAPb/AADo/xoA7f8AAPL/AAD2/+z/7v8UAAAAAAAAAAAAAAAAAAAAAAASAAsA1v/N/+v/AACy/+j/KwDu//T/9f8AANX/1f/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r//j/7f/w/+n/7P8UAAAAAAAAAAAAAAAAAAAAAADt/+7/8//6/xQA7P/t/+z/7P/1/wAAAAAAAPj/FAAAAAkA7P/s/+z/7f8AAOz/7P/W/wAA1v/Y/87/xP8PAPr/7P/s/+3/7P/s/+z/7P8UABUA6//u/+3/7f/r/+z/7f8UAOz/9P/u/+7/7f/s/+z/AAD6/wAAFAAAAOz/AADt/xQA7P/s/+7/7P/s/+z/7P/z/wAAAAAAAOz/AADz/xQAFADs/+z/7P/s/+z/7P/s/wkAAAAAAAAAAAAAAPv/AADQ/9f/5//W/+P/yP8vAMX/AADw//n/7P8AAAAAFAAAAOX/4v/r/+T/6//s/9j/GADr/+7/AAAAAAAA9P8WAAAAAAAAAAAAAAAAAAAAAAAAALX/5/8AAAAAAABLALj/2f8AAAAAAAAAAAAAAAAAAAAAwf/G/7X/8//Q/8b/7P8VABQA7f/t/+z/7v/u/+3/7f/u//T/AAAAAAAA+f/w/xQAAAAAAAAAAAAAAAAAAAAAAOz/AAASAOv/6P/q/9n/6P/l/xkA6v/p/+f/6P/o/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/r/xQA7P/s/+v/AAD7/wAAAAAUAAAAAADs/+n/8v/r/+n/EwDs/+f/5f8HAAAAAAAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/5/+z/AAAAABQAAAAAAAAAAAAAAAAAAAAAAAAA2P/q/+H/AADs/9v/1/8XAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQA7v/0/wAAAAAAAPn/8P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+r/6f/r/+j/BwDr/wAAAAAAAAAAAAAAAAAAAADw//L/uP8TAMH/zv/h/+j/AAAAAAAAAAAAAAAAAAAAAO//FAAAAOz/AADs//D/8v/y/9//4f/S/9r/6/8UAOX/6P8aAOz/9P/w//j/6v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAA6v/o/+//7f/r/9n/6f/t/xQA7f/t/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAFADy/wAAAAD5/+z/AADr/+n/AAD7//r/7P/k/xQA4v8AAOz/2v/k//f/CQDa/wAAAAAAAAAAAAAAAAAAAADo/9b/4f/q/+H/5/8qAN3/6//o//r/8P/s/+z/FQDw/wAA+P/z/wAA8P/1/xwA+f/m/x0A9v8AAAAAAADl/wAAAAAAAAAAAAAAAAAAAAAAANj/4P/m/9//4P/c/yUA2f/s/+z/7f/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/wYAFQDo/+n/6//l/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0/8oANv/3P/e/+v/2v/Z/wAAAAAAAAAAAADc/+3/JwAAAAAAAAAAAAAAAAAAAAAAJgDO/9j/1P/U/9f/1v8AAAAA6//M/8v/0v8bAMT/1v/1/9X/AAAAAN//AADJ/zYA7P/s/+3/7v/t/+z/FADs/+P/5f/k//H/7P/k/xwA6f8AABQAAAAAAPH/7P/r/+z/5v8XAOr/6//q/+v/5//r/+T/7P/2//T/AAAeANr/2//a/wAA1//a/+z/3P8AAOj/FgAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgD5/wAAAAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAADs/wAA9v/0/wAAFADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/wAA7v/v/xQAAADs/wAAAADr//b/6v/u/+z/+P/v/+j/GQAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/FADs/wAA8P/t/+v/7P/y/wAAAAAAAAAAAAAAAAAAAAAQAOz/4P/k/+P/6//6/+X/7P/s/+//5f/x/+z/FwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALQDm/9r/3f/X/8n/2f/K/wAAAAAAAAAAAAAAAAAAAADP/wAA3P/X/9b/GgDp/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyAM7/2v/N/9P/4f/B/8z/7P/s/+3/8P/u/+z/FADt/8n/2//3/+X/5v8AAM7/EQAAAMT/AAATAPP/8//R/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/Y/wAAAAAoAOz/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/8v/s/+z/7P/v/wAAAAAAAAAAAAAAAAAAAADt/+z/7v8UAOz/7P/s/+z/AAAUAAAAAAAAAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/6P/q/+v/6f8AAN7/7P/y/+z/9f/z/+z/FADu/+H/zv/p/+f/6P/m/yEA2//w/wAAAAAAAAAA7f/6/xQAAAAUAO7/8v/s/+z/7P/v/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/AADt/+3/7P/t/xQABwDf/8b/yP+4/+j/BwDk/+z/AAD0/wAAAAAUAO//AADs/zMA5v/3//D/FADA/+P/9//A/7r/tP8hAJj/+v+Z/wAAAAAAAAAAAAAAAAAAAAD3/+z/8f8AAOz/7P8KAOv/AAAAAAAAAAAAAAAAAAAAAAAA7P/5/xQA7/8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/g//r/9P/L/+X/KAAAAAAAAAAAAAAAAAAAAAAA1/8AANv/6//b/+z/1/8UAO3/FAD4/wAA7/8AAO3/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/f/+D/7P8JAMv/2P/p/xgA5f/r/+r/6P/l/+f/CgDT/8H/tP/i//H/9P/V/wAA0//m/9f/x//2/wAA0/8AAAAAAAAAAAAAAAAAAAAAx//b/97/5v/f/+f/4/8bAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAANf/0P/d/9D/1/8MANP/AAAAAAAAAAAAAAAAAAAAANn/6f/q/+z/EwDo/+j/BwDz/wAAAAAAAOz/AADz/xQA7P/s/+z/7f8UAOz/7P/s/+z/7P/u/+3/7v/s/xQA7P/b/8r/5P8gAOD/zP/a/8r/7//s/+3/7//v/xQA7P/x/4P/UwCO/7P/uP+K/9n/b//s/xUA7v/y/+3/7P/r/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8YAOP/6//v/+z/6v/m/wAAAAAAAAAAAAAAAAAAAADk/xcA7P/r/+3/6f/r/+z/1/8jAOr/3v/g/9b/zf/P/wAAAAAAAAAAAAAAAAAAAADt/xcA6//2//D/6v/p/+v/AAAAAAAAAAAAAAAAAAAAAOv/FADr/+z/7P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/xYA6P/0/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAO7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAPD/8f/y/+3/7P/s/+z/FADs//L/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6/8VAOv/7P/s/+v/4//q/wAAAAAAAAAAAAAAAAAAAADd/xwA5v/l/+b/4//l/+b/AAAAAAAAAAAAAAAAAAAAAOv/FADw//H/8v/t/+z/7P8AABQAAAAAAAAA7v/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/6v8VAOv/6//q/+v/6v8AAAAAAAAAAAAAAAAAAAAA3/8qAOH/4P/b/9n/1v/b/wAAAAAAAAAAAAAAAAAAAACs/08Aiv/R/4z/uP/N/6T/EgAAAAAAAAAAAPn/7v8AAPj/GAAAAO7/8f/y/+b/8//s/+z/7P/s//T/7P8UAOz/DQDt/wAA2P/r/+D/2f/a/wAAAAAAAAAAAAAAAAAAAADH/+L/3v/Y/97/0f8wAMX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/6//r//D/6//s/+v/4P/o/+z/6//p/9f/4v8rANn/+P/7/8L/HADo/6f/x//s/+//AADt/wAAGADm/+//y//f/97/9//t/8j/kP/h/8b/0/+v/wYABQDZ/9D/1P8AAAAAAAAAAAAAAAAAAAAA+v8AAAAA+v/1/xUA7P/W/wAAAAAAAAAAAAAAAAAAAADU/x0Av//r/9//5f/f/9f/7P8UAOz/1f/v/wAA2f/o/+z/7P/t/+//7f8UAOz/7P/P//L/1P+7/9L/2f8eAAAAAAAAAAAAAAAAAAAAAAAAAPL/5v/Z/+n/6f/c//n/AAAAAAAAAAAAAAAAAAAAAAAA4v8AAPD/7//6/wAAFADf/8j/wf8YAMj/zf/K/8r/9P/s/+z/7//s/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAANr/NgDa/9r/2P/Y/8r/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADu/+z/AAAAAAAAAAAAAAAAAAAAAAAA6//W/7r/yf8eAJX/zf/s/8T/4/+6/8T/IQDG/87/AAAAAAAAAAAAAAAAAAAAAAAAq//i/6j/xP8sAKn/uP8AAAAA+/8AAAAAFAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/o/wAA2//n/9f/IgDb/wAAAAAAAAAAAAAAAAAAAAD6/9z/2//L/97/AAC8/wAA8P/l/5L/v//6/93/3//g/+z/zP/t/+v/9/8iANn/6P8AAAAAAAAAAAAAAAAAAAAARAC2/8j/yf/Q/8T/xf/K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/a//X/2v/X/wAAyP8AAAAAAAAAAAAAAAAAAAAAAADZ/8P/xP/j//D/5//S/x4A6//s//X/8/8UAOz/7P/s/83/4f/p/+j/6f8TAPb/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/G/9b/EQDX/+3/xf/w/9n/2v/a/+X/3P/o/9j/HwDq/+X/6//q/+v/6v8WAOn/AAAAAAAAAAAAAAAAAAAAABQA6//x/wAAAADu/+z/7P+p//v/vP+8/9D/zv8dAM7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/9D/zf/o/9j/4f8hAOX/7P/2/+z/6f/j/xIA5P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/wAAzf/W/9T/zP8WAMT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAAAA6f/s//j/3f/1/93/7f8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAPP/AADs/9j/3v8AAOz/7P/Y/xQA8P8UAAAAAAAAAO3/7f/s/xQA7P/s/+z/7P/s/+z/7P8TAOH/3f8AAAAAAADb//b/7P/v/+3/7P/s/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADe/9X/5v/l/9j/3v8sANz/8f/0//n/AAD2/wAAEgD0/+v/GwDt//H/7f/r/+L/7P/w/+z/AAD6//L/7P/t/xQAz//1/+z/3//b/9r/KQDP/+v/FADr/+z/7P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA6f/v/+z/7P/s/+v/FADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAPX/AADw/xYA7P8AAMv/7f/j/8b/5v/6/xEA1v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr//j/7f8AAPr/7f8WAPT/9f8YAPX/AAAAAPj/6v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgD1/+P/8P/Z/9j/4P/s/xUA7P/t/+z/7P/s/+v/6f8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/t/+z/FADs/9b/AADY/+P/6P/V/wAA3v/O/wAAAADo/wAAGwDs/+7/vv+z/8//2f/W/wAA6v8AACkA0/+Z/9b/kP98/+3/q/8SAOT/5f/g/+X/GgDr/77/7P/v//b/AAAAAPP/FADt/wAAAAAAAAAAAAAAAAAAAAAAAND/2//p/+X/z/8KAMr/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/8v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/9v/l/+r/2P/J//P/8f/p/+7/8//x/wAAGADu//P/7P8AAAAAAAAAABQA7P8AANf/6//s/+3/9P8pAN3/5//s/+7/7v/3/+3/FADv//H/6//r/xkA7P/g/9j/6v/s/xYAAAAAAAAAAAAAAOr/AADY/+L/3P+7/9//4f/G/xYAAAAAAAAAAAAAAAAAAAAAAPr/7v8AAPn/9//u/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/h/9T/2f/g/wAA5P8AAAAAAAAAAAAAAAAAAAAA3f/D/8P/3f/U//X/0/8lAAAA+/8AAAAAAADb/+z/JwDs/+n/6f/o/+P/xv/E/zEALgDL/9H/z//L/8D/3v/J/+n/GgAAAO//9//r/+j/5//s/+z/7P/t/+3/6/8UAOz/AAAAAAAAAAAAAAAAAAAAACAA5P/l/9z/2v/I//D/5f9HALT/n/+u/73/rf/g/7r/2P/t/+z/FgDl/+v/6v/Y/wAAAAAAAAAAAAAAAAAAAADo/xYA6//r/+z/6v/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAz/+x/77/wf/T/wkADwDs/+z/8f/4/wAA8P8UAO7/6P/l/+j/6P/p/+X/GQDo/+3/7f/s/xQA7P/s/+z/5P/6/xQA+P8AAAAA7f/s/wAA6v/r/+n/6//r/+r/FQDr/wAAAAAAAAAAAAAAAAAAAADW/zMA1v/b/9X/5v/F/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/+f8AAPP/3//s/+r/GAD3/9P/n//Y/8L/wP/n/+X/AAAAAAAAAAAAAAAAAAAAAOP/2P/m/yMA2//Y/+P/3v/k/9n/4//l/9H/4P8dAOX/2v/l/+j/3v/l/9X/JADP/+z/7P/s/+z/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAOz/FAAAAOz/6//6/+z/7//s/9D/FQAAAAAAAAAAAAAAAAAAAAAA5v/a//f/9P/z//X/JQAAAO3/AAAAAPb/AAD4/xQAAAAZAOL/6f/r/+n/5f/p/+L/3f8rAOD/yf/P/+b/5v/l/+P/0f/U/+T/5P8kANX/0P/s/+z/7P/t/+z/7P/s/xQA6//s/+v/3f/s/+v/FQDr/9//5f/o/+v/2f/i/yAA3v8IANT/0v/S/8H/CgDf/8//AAAAAAAAAAAAAAAAAAAAAOz/+//f/9n/6v/Z/9r/JwDs/+z/FADx//D/7P/s/+z/7P/t//L/AAAAAOz/FADs//H/uv+l/4v/nv+y/0UAmf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8TAOz/7f/j/+z/AADr/9X/pP/C/9H/vf8vANL/8v/a/+v/7//u/+//KwDX/9j/3//l/9//2f/n/wAA1v8MAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA9f/y//b/7f8AAOz/7f8UAOr/FQDs/+z/6//r/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/h//L/6P/q/+L/HADl/wAAAAAAAAAAAAAAAAAAAADj/8f/+v8AAAAA5v/X/zQA7P/s/wsA8f/s/+z/7P8UAOP/x//6/wAAAADm/9f/NAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7P/e/+z/EwAAAOr/6//p/+v/6//q/xUA6/+5//D/pP/B/6r/+P8xALD/5f/L/93/1P/R/7v/MgDN/+3/FADp/9X/2//W/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAOT/3/8AAOf/8f/p/+7/AAAAAAAAAAAAAAAAAAAAAAAAAADa/9b/y//E/wAA8P8UAO3/8P/3//n/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOn/2P/Z/9//4f8AAOv/CwDs/xUA7v/y/+3/7P/r/+f/z/8JAM//7f/Z/8P/5P8AAOz/7P/t/+7/7f/s/xQA9/8AAAAAAAAAAAAAAAAAAAAAHQDr/+v/7P/s/9H/4//q/wAAAAAAAAAAAAAAAAAAAADM/wAA8/8AAAAA+f+//xcAAADy/wAAAAAAABIAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALH/u/8RALT/v//5/9v/8f/S/7//vf/K/7z/KgDj//n/7//r/+3/5//Y/xQA1f/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+z/5f/r/9n/6/8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9P/7/+v/AAAWAPr/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/1//h/+D/2v8AAPX/AAAAAAAAAAAAAAAAAAAAAOv/4f/l/wYA4v/0/wAA7P/g/zwAAAAAAAAA8//X//f/DgDR/8H/yP/S/7f/AACn/wAAFgDq/9j/8//X/9//2v8AAOr/1//Y/8//5P8XAOf/AAAAAAAAAAAAAAAAAAAAABoAxv/Y/5H/jv+M/wAAvP8AANb/5P/r/+r/1f8AANL/AAAAAAAAAAAAAAAAAAAAABQA7P8AAPD/7f/r/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5v/l/+n/AADY/yUA5P/x//T/+f8AAPb/AAASAPT/7P/u/+3/FADt/+z/7P/s/yQA+v8AAAAAAADy/97/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+//9v/4/+z/7P/q/zIA6v/r//f/6v/r/8D/0//s/+z/7f/y/+z/7P/s/xQA8/8AAPD/AAAAABUA7f8AAAAAAAAAAAAAAAAAAAAAAADi/+f/6f/p/+3/5v/e/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/7P/z//P/FQDq/+n/3v/k/xoA6v/q/+T/5//e//P/AAAAAAAA7P8AAPP/FAAAAAAAAAAAAAAAAAAAAAAA1//M/+f/9v/C/zQAz//Z/9//uf/J//L/4f8XAAAA5f/Y/9f/FADq/+z/5/8AAOv/y//P/9L/3v/V/8v/GwDm/wAAAAAAAAAAAAAAAAAAAADr/+v/6//5//P/6/8VAPT/4v/X/+j/2P/q/9v/KQDl/w8A+/8AAAAAAADl/wAA9P/i/9b/1f/f/9//2P/R/x4AAAAAAAAAAAAAAAAAAAAAAN7/GwDk/+P/5v/k/+b/4v/y//n/AAAAAOz/FADs/+z/4v8AAOz/2v/k//f/CQDa/wkA6f/0/+n/2//t/+T/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPD/9f/2//T/7//s//H/3f/t/+//7v/s/+z/FgDs/wAAAAAAAAAAAAAAAAAAAADl/9f/6v/Y/+L/2P8hANj/7f/3/+z/7//z/+z/FAD4/wAAAAAAAAAAAAAAAAAAAAAWAOr/+v/3//f/AADt//n/FADs/wAA8P/t/+v/7P/y/wAAAAAAAAAAAAAAAAAAAADj/9v/HADd//b/6//R/9D/tv+2/00Asf+2/8//vf+8/8j/wf9DAMX/0f/K/8r/0P/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAMb/5P+y//X/0v+m/w0A5v8AAAAAAAAAAPf/AAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//W/+z/7P8AAOz/6v8GABQA7P8AAOz/AADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAz/8KALn/x//L/8f/+P/e/+T/IQDi/9f/5P/X/+T/0//h/+v/7f/r/+v/3/8cANn/x/8AAPr/w/+//8n/AAD1/+P/0//e/+H/3v/f/yYA2v+h/w8AnP+v//P/yf94/wAA7P/u/+3/AAAAABQA7f/x/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/r/+z/7P/r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADD/9P/yP/W/+v/yP+6/yIACgCT/+n/2f/W//T/AADI/wAA7P/2/wAAAAAUAOz/9v8AAOz/+v8AAAAAFADt//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/EwAAAAAAAAAAAO//AADr/+z/9v/u//D/7P8VAOr/AAAAAAAAAAAAAAAAAAAAAOv/6f/q/+r/6/8AAOr/FQDJ/wAAAADX//v/1f8JAMz/KQDr/+v/w//w/9T/0f/K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/u/+z/5/8UAO3/6//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8AAAAA7v/s/97/3v8PAOv/AADY/+f/4v/r/xMA6v8SAL3/wf/h/8T/8P/S//r/5P/Z/+f/6f/m/wsA8P/6/+r/5v/s/+z/AAAAABcA8//r/8P/2P/W/97/zf8nAMb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/v/+z/9v8UABUA7P/r//L/9P/r/+v/6//r/+z/7P/t//L/FQDs/+z/5v/r/+z/7P/s/+T/FAD7/+3/7P8AAPX/7f/t/wAAFAAAAAAAAAAAAAAAAAAAAAAA7P8YAOj/8v/2/+v/6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL7/lv+p/7v/7P/c/5z/6v8AAAAAAAAAAAAAAAAAAAAAxv/Q/9X/z/8YAOX/3v/1/9j/2f/Y/+z/AAAAANX/2P/s/+//AADt/wAAGADm/+//AAAAAAAAAAAAAAAAAAAAAMj/2//T//H/6//b/ykA4f/P/ycA2v/0/97/4f/x/+j/3v/w/9z/z//L/+//5//I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//s/+z/4f8OANL/5P8HAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/z//H/7P8UAO3/AAAAAAAAAAAAAAAAAAAAABQAAADh/+v/6//s/+f/7P8AAOT/zf/5/8j/yP/U/wgA2/8eAOr/4P/l/+H/2P/f/9v/HgDq/+D/5f/h/9j/3//s/+//7P/y/wAA8v8UAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/T/8n/1//Z/9H/wP+8/9D/xv/R/+r/MQC4/+z/7P8UAPH/8P/s/+z/7P8XAOX/5v/c/+n/6v/p/97/4//j/+z/6f/n/+v/6/8WANX/1//b/9P/0f/i/yYA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6v/s/+z/6P/r/xIAAAAAAAAAAAAAAAAAAAAAAAAAzf/s/+z/6v8AAPD/FADQ/+z/6P/a/yEA8P/r/9r/2f/r/xUA7P/r/+f/7P/s/+r/KADa//P/2v/z/9j/3//Y//X/8v/2/+3/AADs/+3/FAAAAAoAsv8AAM3/0v/Z/8L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/+3/AAD2//T/7f8AABQA2/8AAOr/4P/d/xYA6//n/+z/FADs/+z/6//s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7f/s/wAA9f/t/+3/AAAUAAYA6//o/+n/4f/g/+v/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+3/+v/u/9j/6v/y/wAA6//s/+n/4v8UAOz/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/u/+3/7P/s//T/+v/z/+z/AADs/+z/FADs/9j/EQDb/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/4P/s/+P/BwDO/83/FADs/wAA7P8AAOz/7P/s/+v/0P/n/+z/2P/y/wwAw/8AAAAAAAAAAAAAAAAAAAAA2v/Z/+D/BgDe/wkA2f/Y/xMA9P8AAAAAAAAAAO3/+f/s/xQA7P/s/+z/7P/s/+z/3f/p/+D/AADZ/8P/IwDW/wAAAAAAAAAAAAAAAAAAAAAUAJL/ov+1/7b/3v8MAOr/zf+7/6z/0v+v/wAAyf/5/wAAAADs/wAAAAAAAM3/wv8UAOj/6v/v//X/7P/s//H/AAAAAAAAAAAAAAAAAAAAAMn/+f+1/8j/vf8SAAsA6f8AAAAAAAAAAAAAAAAAAAAALgDZ/93/7f/o/9j/1P/Y/wAAAAAAAAAAAAAAAAAAAAD1/xQA7v/5/wAA8//s/wAAAAAAAAAAAAAAAAAAAAAAABQA6P/q/+//9f/s/+z/8f8AAAAAAAAAAAAAAAAAAAAA7f8AAAAA9v8AAPj/FAAAAAAAAAAAAAAAAAAAAAAAAAD4//X/AAAAAPv/9/8AABEA'
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