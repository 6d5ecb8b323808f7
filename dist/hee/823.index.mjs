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
    features: "b:0 0\nb:0 a\nb:0 a07\nb:0 a1082be0\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 a7aef8b1\nb:0 ac6\nb:0 actionable\nb:0 actions\nb:0 actual\nb:0 ad613ffba\nb:0 all\nb:0 alpha1\nb:0 alpine\nb:0 alpine3\nb:0 als\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 assigned\nb:0 assignment\nb:0 at\nb:0 attempt\nb:0 available\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b3a\nb:0 b4c\nb:0 b5c67\nb:0 b7\nb:0 b7c1d6e3f\nb:0 bad\nb:0 bash\nb:0 bd\nb:0 between\nb:0 bin\nb:0 binutils\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 branchpoint\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 build1\nb:0 building\nb:0 builds\nb:0 built\nb:0 but\nb:0 by\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 cabal\nb:0 cache\nb:0 call\nb:0 cannot\nb:0 catch\nb:0 cc\nb:0 cgen\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 class\nb:0 clause\nb:0 clean\nb:0 cleanup_file_variables\nb:0 client\nb:0 code\nb:0 codex\nb:0 col\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 contract\nb:0 core\nb:0 could\nb:0 cp314\nb:0 critical\nb:0 cs\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 d4ba2\nb:0 date\nb:0 db\nb:0 dbe9cd2fc\nb:0 deb12u1\nb:0 debian\nb:0 debugger\nb:0 decimal\nb:0 declarations\nb:0 def\nb:0 default\nb:0 dependencies\nb:0 deprecation\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 docker\nb:0 doesn\nb:0 don\nb:0 done\nb:0 double\nb:0 during\nb:0 e\nb:0 e04\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e8f\nb:0 eadcdc7d\nb:0 echo\nb:0 efde290b\nb:0 efe31b98f2\nb:0 eff\nb:0 either\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 execute\nb:0 executed\nb:0 executing\nb:0 exit\nb:0 exited\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 extracting\nb:0 f\nb:0 f1d2c3b\nb:0 f20251215\nb:0 f20260105\nb:0 f20260413\nb:0 f242abd9c8e\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 fb\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 flash\nb:0 fn\nb:0 for\nb:0 format\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 gcr\nb:0 gdb\nb:0 generated\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 glob\nb:0 go\nb:0 got\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 h0s9kvb6g2sinako7ub77ku\nb:0 has\nb:0 hash\nb:0 head\nb:0 high\nb:0 home\nb:0 homeassistant\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 i128\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 imports\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 installing\nb:0 insufficient\nb:0 int\nb:0 into\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 ist\nb:0 it\nb:0 items\nb:0 j30\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 line\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 lost\nb:0 m\nb:0 m0s\nb:0 m104\nb:0 m12\nb:0 m21\nb:0 m237\nb:0 m309\nb:0 m47\nb:0 m49\nb:0 m62\nb:0 m64\nb:0 m67\nb:0 m7\nb:0 m78\nb:0 m84\nb:0 m88\nb:0 make\nb:0 manuell\nb:0 matching\nb:0 measured\nb:0 mecho\nb:0 medium\nb:0 memory\nb:0 merge\nb:0 merror\nb:0 message\nb:0 mfi\nb:0 mhelp\nb:0 mi\nb:0 mif\nb:0 milliseconds\nb:0 min\nb:0 minutes\nb:0 missing\nb:0 mnote\nb:0 mnpm\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 mother\nb:0 ms\nb:0 mshared\nb:0 multiple\nb:0 mvalue\nb:0 n\nb:0 name\nb:0 nanopb\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 newlib\nb:0 newline\nb:0 no\nb:0 nodes\nb:0 none\nb:0 normal\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 oder\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 operation\nb:0 or\nb:0 origin\nb:0 outer\nb:0 p\nb:0 p1\nb:0 package\nb:0 packages\nb:0 paket\nb:0 parameter\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pip\nb:0 pkg\nb:0 please\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 post0\nb:0 pre\nb:0 prepare\nb:0 prepare_executor\nb:0 previous\nb:0 print\nb:0 problems\nb:0 process\nb:0 projects\nb:0 pub\nb:0 pull\nb:0 pwsh\nb:0 py2\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 r2\nb:0 ran\nb:0 rc1\nb:0 rc2\nb:0 rc3\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 rejects\nb:0 release\nb:0 releases\nb:0 repack\nb:0 requires\nb:0 resolving\nb:0 resource\nb:0 resources\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 run\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 saas\nb:0 scenarios\nb:0 sdks\nb:0 sec\nb:0 second\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 set\nb:0 sh\nb:0 sha256\nb:0 shellcheck\nb:0 should\nb:0 sid\nb:0 simple\nb:0 site\nb:0 skipped\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 soroban_sdk\nb:0 source\nb:0 spond\nb:0 src\nb:0 state\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 style\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t00\nb:0 t03\nb:0 t06\nb:0 t08\nb:0 t09\nb:0 t10\nb:0 t10_00_00_000\nb:0 t14\nb:0 t15\nb:0 t16\nb:0 t17\nb:0 t18\nb:0 t20\nb:0 t21\nb:0 tar\nb:0 target\nb:0 task\nb:0 temperatures\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 then\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 title\nb:0 to\nb:0 too\nb:0 toolchain\nb:0 total\nb:0 trailing\nb:0 true\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu0\nb:0 ubuntu1_amd64\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unter\nb:0 unused\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 usr\nb:0 v0\nb:0 v1\nb:0 var\nb:0 variable\nb:0 variante\nb:0 verify\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 wildcard\nb:0 will\nb:0 windows\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x8000_0000\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 you\nb:0 z\nb:0 zephyr\nb:0 zig\nb:0 zzpmw\nb:a 0\nb:a b\nb:a bash\nb:a binary\nb:a blank\nb:a branch\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a default\nb:a denial\nb:a e\nb:a f\nb:a failure\nb:a feeds\nb:a few\nb:a free\nb:a full\nb:a g\nb:a gradle\nb:a hard\nb:a healthy\nb:a i\nb:a in\nb:a invoices\nb:a is\nb:a key\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a mavi\nb:a missing\nb:a multiline\nb:a must_use\nb:a n\nb:a new\nb:a newer\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a project\nb:a promise\nb:a proxy\nb:a r\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a required\nb:a return\nb:a s\nb:a safe\nb:a shutdown\nb:a signed\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a temp\nb:a test\nb:a tunnel\nb:a type\nb:a u\nb:a userland\nb:a v\nb:a valid\nb:a value\nb:a version\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a01e7751d80c config\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4006 this\nb:a_ m\nb:aaa api\nb:aaa go\nb:aarch64 apple\nb:aashish thapa\nb:ab0x go\nb:ab284314 0\nb:abi3 manylinux_2_34_x86_64\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:abuild rpmbuild\nb:ac6 0\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme 0\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:act_container_manager py\nb:act_linter py\nb:action actionlint\nb:action cogni\nb:action executor\nb:action fail\nb:action guilouro\nb:action https\nb:action output\nb:action package\nb:action repository\nb:action step\nb:action tarball\nb:action use\nb:action v2\nb:action v3\nb:action v4\nb:action_actionlint 0\nb:actionlint https\nb:actionlint v1\nb:actions 0\nb:actions are\nb:actions cache\nb:actions checkout\nb:actions codecov\nb:actions codespell\nb:actions runner\nb:actions runs\nb:actions setup\nb:actions task\nb:actions upload\nb:activity kt\nb:actual 0\nb:actual behavior\nb:actual type\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add safe\nb:add the\nb:add url\nb:added 0\nb:added go\nb:added to\nb:adding 0\nb:adding repository\nb:addition works\nb:additional logging\nb:address 0\nb:address all\nb:address range\nb:addresses should\nb:admin py\nb:admin rs\nb:admin web\nb:advice by\nb:advice detached\nb:advisories 0\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:aes gcm\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after catch\nb:after changing\nb:after opening\nb:after running\nb:agent 0\nb:agent action\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent machine\nb:agent md\nb:agent name\nb:agent process\nb:agent running\nb:agent version\nb:agent_1 container\nb:agents a\nb:agents cogni\nb:aggregate py\nb:ai agent\nb:ai architect\nb:ai code\nb:ai config\nb:ai devops\nb:ai elite\nb:ai plan\nb:ai reviewer\nb:ai security\nb:aiogithubapi 0\nb:aiohasupervisor 0\nb:aiohttp 0\nb:aiooui 0\nb:aiosignal 0\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:aliases clean\nb:all 0\nb:all artifacts\nb:all build\nb:all check\nb:all configured\nb:all dependencies\nb:all error\nb:all extensions\nb:all false\nb:all files\nb:all http\nb:all issues\nb:all matched\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all targets\nb:all test\nb:all tests\nb:all to\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow m\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allow the\nb:allowed 0\nb:allowed time\nb:allows for\nb:alongside the\nb:alphabetical case\nb:alpine v3\nb:alpine3 0\nb:alpinelinux org\nb:already exists\nb:already the\nb:als also\nb:also home\nb:alternative instead\nb:always auth\nb:always fails\nb:always false\nb:amd64 components\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:amphp http\nb:an agent\nb:an argument\nb:an assembly\nb:an error\nb:an exception\nb:an existing\nb:an explicit\nb:an item\nb:an iterator\nb:an s\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and actual\nb:and audited\nb:and cache\nb:and commit\nb:and contributors\nb:and d\nb:and declarations\nb:and deleting\nb:and determine\nb:and file\nb:and firewall\nb:and handle\nb:and has\nb:and hooks\nb:and installed\nb:and instead\nb:and is\nb:and legacy\nb:and may\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and s\nb:and should\nb:and sub\nb:and test\nb:and the\nb:and value\nb:and word\nb:and writing\nb:and you\nb:andi i\nb:android 0\nb:android app\nb:android gradle\nb:android kt\nb:android log\nb:android main\nb:android sdk\nb:android support\nb:android test\nb:android tools\nb:android unit\nb:annotated types\nb:annotation for\nb:annotation no\nb:annotation unchecked\nb:annotations should\nb:anonymous file\nb:anonymous test\nb:ansible galaxy\nb:ansible role\nb:answer action\nb:any branches\nb:any changes\nb:any commits\nb:any expected\nb:any from\nb:any no\nb:any none\nb:any of\nb:any return\nb:any variable\nb:any whl\nb:anything in\nb:anything that\nb:ap fedbox\nb:apache 0\nb:apache maven\nb:apache org\nb:apache pulsar\nb:api 0\nb:api aaa\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api gradle\nb:api internal\nb:api proto\nb:api src\nb:api tasks\nb:api users\nb:apis poe\nb:apis proto\nb:apk add\nb:app 0\nb:app beringin\nb:app build\nb:app compile\nb:app css\nb:app data\nb:app git\nb:app help\nb:app kt\nb:app ktlint\nb:app lint\nb:app login\nb:app notes\nb:app prototypes\nb:app py\nb:app run\nb:app src\nb:app ts\nb:appcompat v7\nb:appears to\nb:apple darwin\nb:application ex\nb:application spec\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt get\nb:archinstall archinstall\nb:archinstall lib\nb:architect agent\nb:architecture x64\nb:archive false\nb:archive ubuntu\nb:are allowed\nb:are available\nb:are behind\nb:are deprecated\nb:are enabled\nb:are equal\nb:are for\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are main\nb:are missing\nb:are no\nb:are not\nb:are relying\nb:are running\nb:are sixty\nb:are test\nb:are the\nb:are trimmed\nb:are trying\nb:are understood\nb:are you\nb:area tests\nb:arg type\nb:args cmake\nb:argument 0\nb:argument error\nb:argument named\nb:arguments but\nb:arguments no\nb:arguments were\nb:ark ff\nb:arm64 0\nb:arm64 main\nb:arm64 readme\nb:around keyword\nb:around make\nb:around operator\nb:around spurious\nb:array 0\nb:array v0\nb:arrays are\nb:artifact junit\nb:artifact org\nb:artifact v4\nb:artifacts clone\nb:artifacts for\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as expected\nb:as explicit\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u32\nb:as u64\nb:as u8\nb:as vsts\nb:as well\nb:assembling a\nb:assembly reference\nb:assert 0\nb:assert a\nb:assert are\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assets assets\nb:assets familjen\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:assignment type\nb:assistant bluetooth\nb:associated with\nb:astral sh\nb:astrogilda tsbootstrap\nb:async 0\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at end\nb:at error\nb:at file\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at new\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at t\nb:at test\nb:at the\nb:at trace\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attribute 0\nb:attribute access\nb:attribute of\nb:attrs 0\nb:audit 0\nb:audit audit\nb:audit due\nb:audit fix\nb:audit for\nb:audit level\nb:audit reports\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:auth helper\nb:auth supabase\nb:author microsoft\nb:auto 0\nb:auto corrected\nb:auto provisioning\nb:auto update\nb:automatic dependency\nb:automatic garbage\nb:available 0\nb:available at\nb:available checksums\nb:available for\nb:available v0\nb:avg c\nb:avoid a\nb:avoid using\nb:awaiting headers\nb:awesomeness has\nb:awk allow\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure devops\nb:azure pipelines\nb:azure region\nb:b 0\nb:b a\nb:b b28\nb:b build\nb:b c\nb:b d55\nb:b done\nb:b e\nb:b err\nb:b f\nb:b go\nb:b gzip\nb:b i\nb:b l\nb:b linting\nb:b main\nb:b master\nb:b o\nb:b r\nb:b s\nb:b u\nb:b want\nb:b y\nb:b1a9 travis\nb:b1f0ba2 0\nb:b28 a\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b7 0\nb:b8ej_ z\nb:b_ a\nb:b_ e\nb:b_ o\nb:b_ p\nb:b_ r\nb:b_ t\nb:b_ w\nb:back to\nb:backend api\nb:backend ci\nb:backend svc\nb:backoff 0\nb:backticks 0\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bandit readthedocs\nb:base 0\nb:base base\nb:base container\nb:base h\nb:base64 v0\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash true\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bb code\nb:bc run\nb:bd 0\nb:be 0\nb:be a\nb:be auto\nb:be because\nb:be built\nb:be converted\nb:be empty\nb:be enabled\nb:be equal\nb:be expected\nb:be expressed\nb:be faster\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be of\nb:be on\nb:be one\nb:be packed\nb:be reformatted\nb:be renamed\nb:be replaced\nb:be resolved\nb:be reused\nb:be run\nb:be src\nb:be strictly\nb:be suffixed\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be used\nb:be within\nb:because flutter_api_samples\nb:because it\nb:because locked\nb:because no\nb:because pnpm\nb:because the\nb:become dashes\nb:been created\nb:been deprecated\nb:been fixed\nb:been moved\nb:been received\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before closing\nb:before continuing\nb:before declaration\nb:before expression\nb:before it\nb:before making\nb:before operand\nb:before the\nb:before token\nb:begin with\nb:behind a\nb:being treated\nb:bergmann and\nb:beringin app\nb:berui kotlin\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigint v0\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing rb\nb:bin activate\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin docker\nb:bin dsafio\nb:bin g\nb:bin git\nb:bin go\nb:bin links\nb:bin ninja\nb:bin node\nb:bin npm\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:binary bitwise\nb:bind home\nb:bind p\nb:bintray com\nb:binutils 0\nb:binutils csl\nb:bitwise operator\nb:bitwise warnings\nb:bk ci\nb:black check\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blockchain client\nb:blocks its\nb:blog changelog\nb:bluetooth 0\nb:blur cpp\nb:bodies of\nb:body expression\nb:body should\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:bootstrap line\nb:boto3 0\nb:br l\nb:branch can\nb:branch cygwin\nb:branch linting\nb:branch m\nb:branch main\nb:branch master\nb:branch refactor\nb:branch refs\nb:branch this\nb:branch to\nb:branch unlabeled\nb:branch zephyr\nb:branches by\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:bridgecrewio checkov\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:buf push\nb:buf u8\nb:build 0\nb:build action\nb:build agent\nb:build and\nb:build as\nb:build assets\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build check\nb:build codec_test\nb:build command\nb:build container\nb:build context\nb:build ctest\nb:build d\nb:build date\nb:build definition\nb:build dependencies\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build duration\nb:build environment\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build g\nb:build gradle\nb:build has\nb:build itself\nb:build j2\nb:build libs\nb:build log\nb:build making\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build or\nb:build output\nb:build prod\nb:build property\nb:build queued\nb:build reference\nb:build release\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build scripts\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build t\nb:build test\nb:build timed\nb:build tree\nb:build type\nb:build u\nb:build ubuntu\nb:build variables\nb:build watchos\nb:build wheel\nb:build wheels\nb:build work\nb:build_dir tmp\nb:builddir meson\nb:builder 0\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:building wheel\nb:building with\nb:buildkite agent\nb:buildprocess execution\nb:builds acme\nb:builds ci\nb:builds jobsys\nb:builds platform\nb:builds private\nb:builds shopco\nb:builds timekit\nb:builds will\nb:buildtree default\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundler audit\nb:bundlers node_modules\nb:busted test\nb:but 0\nb:but are\nb:but does\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but the\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by adding\nb:by an\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by setting\nb:by summing\nb:by switching\nb:by the\nb:by this\nb:by time\nb:by using\nb:bypass the\nb:byte as\nb:bytes 0\nb:bytes received\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c date\nb:c e\nb:c e_\nb:c f\nb:c g\nb:c gcc\nb:c h\nb:c home\nb:c i\nb:c imaging\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c new\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c python\nb:c r\nb:c s\nb:c s0103\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c text\nb:c to\nb:c u\nb:c users\nb:c usr\nb:c v\nb:c w\nb:c with\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c12 g\nb:c1d2e3 update\nb:c1e 0\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c2_ c\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache 0\nb:cache bazel\nb:cache dir\nb:cache disabled\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache is\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache miss\nb:cache not\nb:cache npm\nb:cache opt\nb:cache overwrite\nb:cache paths\nb:cache pip\nb:cache provider\nb:cache restored\nb:cache service\nb:cache size\nb:cache targets\nb:cache true\nb:cache tzst\nb:cache v2\nb:cache v4\nb:cache_rs b627fbcd5589ae52\nb:cached dependency\nb:cachedir pytest_cache\nb:cachekey echo\nb:caches 0\nb:caches jars\nb:caches kotlin\nb:caches modules\nb:caching generated\nb:caching gradle\nb:caching instrumented\nb:caddy api\nb:caddy caddy\nb:caddy latest\nb:call failed\nb:call last\nb:call to\nb:callback until\nb:called if\nb:calls 0\nb:calls runtime\nb:can be\nb:can cause\nb:can discard\nb:can fix\nb:can happen\nb:can look\nb:can only\nb:can t\nb:can use\nb:canceled while\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot install\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:capsules r\nb:captioner py\nb:cardreader cs\nb:cargo bin\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo deny\nb:cargo fmt\nb:cargo lock\nb:cargo output\nb:cargo registry\nb:cargo sparse\nb:cargo test\nb:cargo toml\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:casting u64\nb:casts from\nb:catch err\nb:categories metadata\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd exit\nb:cd server\nb:cd var\nb:cdn alpinelinux\nb:cell 0\nb:central https\nb:cfg conf\nb:cfg dotfiles\nb:cgen snapshot\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:change to\nb:changed but\nb:changed significantly\nb:changed source\nb:changelog 0\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:characters workspaces\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:chat android\nb:chat chat\nb:check 0\nb:check default\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check over\nb:check s\nb:check setup\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking ark\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking formatting\nb:checking job\nb:checking out\nb:checkout code\nb:checkout cone\nb:checkout deploy\nb:checkout disable\nb:checkout f\nb:checkout info\nb:checkout ledger\nb:checkout progress\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkov action\nb:checkstyle plugin\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:cholerae test\nb:chosen instead\nb:christophe documents\nb:chrome headless\nb:chunks dep\nb:chunks test\nb:ci 0\nb:ci agent\nb:ci can\nb:ci dockerfile\nb:ci for\nb:ci sardonyx\nb:ci service\nb:ci src\nb:ci test\nb:ci worker\nb:circle c\nb:circleci project\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:class test\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean isntall\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli pr\nb:cli py\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:click 0\nb:client api\nb:client component\nb:client escrow_id\nb:client get_settled_at\nb:client git\nb:client init\nb:client kotlin\nb:client py\nb:client retry\nb:client server\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client timeout\nb:client ts\nb:clippy cast_possible_truncation\nb:clippy is\nb:clippy llvm\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy nursery\nb:clippy pedantic\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone src\nb:clone v\nb:clone v1\nb:cloning into\nb:close the\nb:closed during\nb:closing parenthesis\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmd shims\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code loomy\nb:code paisa\nb:code reviewer\nb:code style\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codecov create\nb:codegen cpp\nb:codehaus mojo\nb:coder odder\nb:codespell 0\nb:codespell project\nb:codespell v2\nb:cogni a\nb:cogni ai\nb:col 0\nb:collect2 error\nb:collected 0\nb:collected packages\nb:collecting collected\nb:collecting py\nb:collecting pytest\nb:collecting tests\nb:collection 0\nb:collection import\nb:colors in\nb:colr property\nb:column 0\nb:com 0\nb:com acme\nb:com actions\nb:com andi\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com cogni\nb:com data\nb:com default\nb:com docs\nb:com embedded\nb:com ethereum\nb:com example\nb:com extraheader\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com gravito\nb:com http\nb:com ic3bur\nb:com im\nb:com infra\nb:com instead\nb:com inverse\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com liquifact\nb:com lowagie\nb:com maps\nb:com mavi\nb:com metrics\nb:com netkit\nb:com netops\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com pre\nb:com rails\nb:com retry\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com ubuntu\nb:com usnistgov\nb:com zephyrproject\nb:com zerox80\nb:come from\nb:comma before\nb:comma separated\nb:command 0\nb:command bin\nb:command c\nb:command command\nb:command did\nb:command example\nb:command exited\nb:command failed\nb:command git\nb:command home\nb:command in\nb:command line\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command type\nb:command usr\nb:command v\nb:command_dispatcher py\nb:command_line_interface html\nb:command_line_warnings in\nb:command_runner py\nb:command_spec lua\nb:commas inside\nb:comment or\nb:comment paragraph\nb:comment unused\nb:commit 0\nb:commit date\nb:commit hash\nb:commit hooks\nb:commit message\nb:commit pre\nb:commit s\nb:commit them\nb:commits you\nb:common main\nb:common ui\nb:common v0\nb:common v25\nb:commonly chosen\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compatible set\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile kotlin\nb:compile orders\nb:compile release\nb:compile sdk\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling ark\nb:compiling base64\nb:compiling c\nb:compiling crate\nb:compiling distribution\nb:compiling dyn\nb:compiling futures\nb:compiling hashbrown\nb:compiling itertools\nb:compiling libc\nb:compiling num\nb:compiling rand_core\nb:compiling serde_json\nb:compiling soroban\nb:compiling stackage\nb:compiling stellar\nb:compiling stg\nb:compiling thiserror\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed process\nb:completed with\nb:component 0\nb:component browser\nb:component clippy\nb:component llvm\nb:component rustfmt\nb:component s\nb:component_test ts\nb:components 0\nb:components common\nb:components mavi\nb:components rustfmt\nb:components small\nb:composer plugin\nb:composer update\nb:compress program\nb:compression level\nb:compute agent\nb:compute cache\nb:computed to\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:cone mode\nb:config 0\nb:config as\nb:config c\nb:config changes\nb:config cmake\nb:config config\nb:config dactyl\nb:config deploy\nb:config file\nb:config files\nb:config get\nb:config global\nb:config is\nb:config isn\nb:config js\nb:config json\nb:config local\nb:config modules\nb:config nim\nb:config remote\nb:config rules\nb:config set\nb:config trim_trailing_whitespace\nb:config variable\nb:config zephyr\nb:configr configr\nb:configuration classpath\nb:configuration common\nb:configuration file\nb:configure project\nb:configure the\nb:configured workspaces\nb:configuring done\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect to\nb:connection anything\nb:connection client\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connection was\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider removing\nb:consider using\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:construct rustup\nb:consumer http\nb:contain a\nb:contain package\nb:container 0\nb:container build\nb:container for\nb:container fragment\nb:container_test_runner py\nb:content differs\nb:content hash\nb:content security\nb:content type\nb:contents home\nb:contents of\nb:contents read\nb:context 0\nb:context anonymous\nb:context deadline\nb:context home\nb:context no\nb:context null\nb:context of\nb:continue allow\nb:continue due\nb:contracts escrow\nb:contracts liquifact\nb:contracts target\nb:controller lambda\nb:controller schedule\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core 0\nb:core app\nb:core csproj\nb:core jar\nb:core kt\nb:core ops\nb:core panicking\nb:core services\nb:core src\nb:core ssh\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could be\nb:could have\nb:could n\nb:could not\nb:couldn t\nb:count of\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coupon 0\nb:coverage 0\nb:coverage badge\nb:coverage none\nb:covered class\nb:cp314 cp314\nb:cp314 manylinux2014_x86_64\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu 0\nb:cpu family\nb:cpu x86_64\nb:cpufeatures v0\nb:cr 0\nb:cr me\nb:crate git\nb:crates corp\nb:crates false\nb:crates io\nb:crc builddir\nb:crc crc\nb:create a\nb:create cachekey\nb:create commit\nb:create meeting\nb:create seed\nb:create symlinks\nb:create you\nb:created at\nb:created branch\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials 0\nb:credentials ab284314\nb:credentials config\nb:credentials specified\nb:credentials true\nb:creme brulee\nb:critical 0\nb:cronjs parser\nb:cross os\nb:cross site\nb:crossbeam epoch\nb:crypto aes\nb:crypto bigint\nb:crypto common\nb:crypto pbkdf2\nb:crypto pure\nb:crypto_sign falcon\nb:cryptography 0\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:csl sourcerygxx\nb:cspell json\nb:csproj error\nb:csproj in\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csv export\nb:csys 0\nb:ctest changing\nb:ctest test\nb:curl 0\nb:curl f\nb:curl fs\nb:curl ls\nb:curl sf\nb:current agent\nb:current context\nb:current image\nb:current n\nb:current node\nb:current npm\nb:current runner\nb:current scope\nb:curve25519 dalek\nb:cusr 0\nb:custom british\nb:custom component\nb:custom_components zurichsee_ha\nb:cwiki apache\nb:cygwin 0\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d b\nb:d build\nb:d c\nb:d clippy\nb:d d\nb:d dactyl_left\nb:d ds\nb:d e\nb:d e24\nb:d e_\nb:d f\nb:d failed\nb:d failure\nb:d h\nb:d i\nb:d in\nb:d is\nb:d k\nb:d k1045\nb:d key\nb:d l\nb:d l3008\nb:d l3013\nb:d m\nb:d math\nb:d n\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d see\nb:d state\nb:d t\nb:d tests\nb:d timed\nb:d true\nb:d u\nb:d v\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d z\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d4ba2 0\nb:d_ a\nb:d_ b\nb:d_ e\nb:d_ t\nb:dactyl zmk\nb:dactyl_left d\nb:daemon at\nb:daemon get\nb:daemon j\nb:daemon running\nb:daemon server\nb:daemon subsequent\nb:dalek v4\nb:dangerously allow\nb:darling_macro v0\nb:dart 0\nb:dart md\nb:dart pub\nb:dart_web3 dart_web3\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data from\nb:data local\nb:data main\nb:data models\nb:data prefs\nb:data roaming\nb:database 0\nb:database failed\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date s\nb:date with\nb:dates dates\nb:dateutil 0\nb:david projects\nb:days test\nb:db 0\nb:db git\nb:db orders\nb:dbe9cd2fc config\nb:dbkit integration\nb:deadline exceeded\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debian sha256\nb:debug 0\nb:debug deps\nb:debug java\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug source\nb:debug target\nb:debug unit\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations and\nb:declarations move\nb:declarations with\nb:declarative checkout\nb:declared to\nb:decorator makes\nb:deep equal\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:def file\nb:def run\nb:default and\nb:default branch\nb:default build\nb:default cli\nb:default compile\nb:default instance\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default skill\nb:default stable\nb:default test\nb:default the\nb:default toolchain\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defined here\nb:defining which\nb:definition from\nb:defs annotation\nb:delay 0\nb:delete 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:deleting the\nb:demospring rest\nb:denial of\nb:deny 0\nb:deny action\nb:deny toml\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies metadata\nb:dependencies n\nb:dependencies so\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependencies will\nb:dependency conflicts\nb:dependency is\nb:dependency lock\nb:dependency of\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency types\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy git\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated because\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated gradle\nb:deprecated humanwhocodes\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated please\nb:deprecated raise\nb:deprecated use\nb:deprecation to\nb:deprecation warning\nb:deprecation warnings\nb:deps cache_rs\nb:deps foreground\nb:deps get\nb:deps is\nb:depth 0\nb:depth set\nb:der v0\nb:dereferenced by\nb:derive v0\nb:derliebemarcus zurichsee_ha\nb:description elite\nb:description get\nb:description metadata\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop lando\nb:desktop test\nb:destructure property\nb:detached h\nb:detached head\nb:detailed explanations\nb:details home\nb:details https\nb:details see\nb:detect undefined\nb:detected for\nb:detected in\nb:detected invalid\nb:detecting c\nb:detector test\nb:detectors android\nb:determine if\nb:determining the\nb:dev 0\nb:dev null\nb:dev optional\nb:dev profile\nb:dev rnp\nb:dev server\nb:dev templates\nb:dev txt\nb:dev vuln\nb:development the\nb:device home\nb:devops pipelines\nb:dht dht\nb:dhtl_commands py\nb:dhtl_commands_standalone py\nb:dhtl_commands_workflows py\nb:dhtl_entry py\nb:dhtl_entry_windows py\nb:dhtl_github py\nb:dhtl_guardian_command py\nb:dhtl_version py\nb:diagnostics debug\nb:dial tcp\nb:dict str\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff in\nb:different than\nb:differs from\nb:digest node\nb:digest python\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir src\nb:dir var\nb:direct dependencies\nb:directly in\nb:directory all\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory to\nb:directory tree\nb:directory true\nb:directory users\nb:disable incremental\nb:disable the\nb:disabled by\nb:disabled false\nb:disabling automatic\nb:discard any\nb:discount code\nb:dispatch v1\nb:display m\nb:displays the\nb:dist build\nb:dist chunks\nb:dist codecov\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:distributions gradle\nb:dists gradle\nb:django contrib\nb:dl cdn\nb:do echo\nb:do not\nb:do s\nb:do so\nb:doc comment\nb:doc tests\nb:docker 0\nb:docker allow\nb:docker build\nb:docker daemon\nb:docker dockerfile\nb:docker driver\nb:docker error\nb:docker executor\nb:docker failed\nb:docker image\nb:docker io\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:dockerfile home\nb:docs concepts\nb:docs faq\nb:docs for\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documentation is\nb:documents code\nb:documents source\nb:documents visual\nb:does not\nb:doesn t\nb:don t\nb:done g\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet 0\nb:dotnet dotnet\nb:dotnet download\nb:dotnet sdk\nb:dotnet10 dotnet\nb:double quote\nb:downgrade g\nb:download 0\nb:download action\nb:download all\nb:download app\nb:download complete\nb:download immutable\nb:download page\nb:download the\nb:downloaded ark\nb:downloaded crypto\nb:downloaded curve25519\nb:downloaded hashbrown\nb:downloaded hex\nb:downloaded num\nb:downloaded rand\nb:downloaded soroban\nb:downloaded thiserror\nb:downloaded time\nb:downloading amphp\nb:downloading component\nb:downloading cryptography\nb:downloading flutter\nb:downloading https\nb:downloading laravel\nb:downloading phpunit\nb:downloading psr\nb:downloading sebastian\nb:downloading symfony\nb:downloading task\nb:downloads example\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dsl 0\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during stage\nb:during the\nb:dyn clone\nb:e 0\nb:e a\nb:e assertion\nb:e b\nb:e bin\nb:e build\nb:e c\nb:e c2_\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e current\nb:e d\nb:e d_\nb:e e\nb:e f\nb:e failed\nb:e false\nb:e file\nb:e fix\nb:e full\nb:e g\nb:e home\nb:e if\nb:e is\nb:e l\nb:e l_\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e noprofile\nb:e o\nb:e opt\nb:e p\nb:e p0040\nb:e package\nb:e q\nb:e r\nb:e r_\nb:e release\nb:e required\nb:e s\nb:e s_\nb:e switch\nb:e t\nb:e unable\nb:e unsupported\nb:e users\nb:e v\nb:e w\nb:e where\nb:e work\nb:e x\nb:e y\nb:e0061 this\nb:e0277 a\nb:e0308 mismatched\nb:e04 0\nb:e0401 unable\nb:e0425 cannot\nb:e0599 no\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e24 true\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e git\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ a\nb:e_ b\nb:e_ c\nb:e_ d\nb:e_ j\nb:e_ m\nb:e_ n\nb:e_ o\nb:e_ p\nb:e_ r\nb:e_ v\nb:e_ w\nb:e_path cc\nb:each npm\nb:echo build\nb:echo c\nb:echo cachekey\nb:echo d\nb:echo h\nb:echo n\nb:echo toolchain\nb:eclipse jetty\nb:edeandrea xjc\nb:edge proxy\nb:edit deny\nb:edit true\nb:editor config\nb:eebxo6ax project\nb:efe31b98f2 found\nb:eff a01e7751d80c\nb:egeria open\nb:either package\nb:either target\nb:elapsed time\nb:elements of\nb:elite agent\nb:elite autonomous\nb:elite cogni\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embark studios\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty space\nb:empty subject\nb:en latest\nb:enable cargo\nb:enable colors\nb:enable cross\nb:enable full\nb:enable running\nb:enabled for\nb:encoding u\nb:encoding v2\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:enforce required\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entirely and\nb:entities js\nb:entities lib\nb:entries plus\nb:entries pointing\nb:entry for\nb:entrypoint file\nb:entrypoint sh\nb:env 0\nb:env a\nb:env common\nb:env g\nb:env target\nb:environment 0\nb:environment considered\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment variable\nb:environment variables\nb:environment will\nb:eo pipefail\nb:eq 0\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:equivalent v1\nb:erb 0\nb:erl 0\nb:err http\nb:err is\nb:err message\nb:err typecheck\nb:errno 0\nb:errno e\nb:error 0\nb:error a\nb:error accordingly\nb:error aliases\nb:error allow\nb:error and\nb:error argument\nb:error assert\nb:error at\nb:error attempt\nb:error audit\nb:error bad\nb:error bin\nb:error c\nb:error c2065\nb:error cache\nb:error call\nb:error can\nb:error cannot\nb:error clean\nb:error code\nb:error comma\nb:error command\nb:error could\nb:error dangerously\nb:error dependency\nb:error deployment\nb:error dry\nb:error during\nb:error e\nb:error e0061\nb:error e0277\nb:error e0308\nb:error e0425\nb:error e0599\nb:error empty\nb:error enable\nb:error encountered\nb:error errno\nb:error error\nb:error executing\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error fetch\nb:error file\nb:error files\nb:error for\nb:error foreground\nb:error function\nb:error fund\nb:error funding\nb:error global\nb:error h\nb:error home\nb:error if\nb:error ignore\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error indicates\nb:error install\nb:error instead\nb:error invalid\nb:error is\nb:error key\nb:error killed\nb:error ld\nb:error legacy\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error network\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error omit\nb:error on\nb:error only\nb:error option\nb:error options\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error returning\nb:error run\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error set\nb:error sets\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error tells\nb:error test\nb:error the\nb:error this\nb:error time\nb:error timed\nb:error timeout\nb:error title\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unit\nb:error unneeded\nb:error unsupported\nb:error untyped\nb:error unused\nb:error usage\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors have\nb:errors in\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:escrow client\nb:escrow error\nb:escrow src\nb:escrow_id sme\nb:escrow_id token\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:etl mem\nb:etl py\nb:ev issue\nb:evaluate option\nb:evaluator test\nb:even 0\nb:event name\nb:events 0\nb:events events\nb:ever returns\nb:ex 0\nb:ex allow\nb:ex unit\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example github\nb:example left\nb:example lint\nb:example net\nb:example orders\nb:example org\nb:example platform\nb:example port\nb:example reports\nb:example specs\nb:example strutil\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded max\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exceeded while\nb:exception connection\nb:exception could\nb:exception execution\nb:exception in\nb:exception no\nb:exception the\nb:exclude tests\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:execute untyped\nb:executer execute\nb:executer java\nb:executing step_script\nb:execution default\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:exist in\nb:exist with\nb:existing false\nb:existing install\nb:existing resource\nb:exit 0\nb:exit code\nb:exit or\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect actual\nb:expect apply\nb:expect received\nb:expect settled_at\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected after\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected false\nb:expected foo\nb:expected here\nb:expected i\nb:expected list\nb:expected newline\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit force\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export const\nb:export function\nb:export to\nb:export utils\nb:exported exported\nb:exported method\nb:exported type\nb:exporting layers\nb:exporting to\nb:express typescript\nb:expressed infallibly\nb:expression body\nb:expression creates\nb:expression has\nb:expression should\nb:extensions 0\nb:extensions worktree\nb:external packages\nb:extra argument\nb:extra node_modules\nb:extra semicolon\nb:extra_cmake_args d\nb:extracting archive\nb:extracting sha256\nb:extraheader a\nb:f 0\nb:f a\nb:f c\nb:f d\nb:f e\nb:f f\nb:f home\nb:f i\nb:f l\nb:f o\nb:f p\nb:f parameters\nb:f r\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f20251215 0\nb:f20260105 0\nb:f20260413 0\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fail 0\nb:fail net9\nb:fail on\nb:fail package\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure threshold\nb:failure to\nb:failure type\nb:failures 0\nb:falcon 0\nb:false to\nb:false true\nb:familjen grotesk\nb:family x86_64\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features seeds\nb:features steps\nb:features were\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch http\nb:fetch https\nb:fetch js\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching need\nb:fetching the\nb:few minutes\nb:ff v0\nb:field browser\nb:field name\nb:file 0\nb:file all\nb:file based\nb:file builds\nb:file c\nb:file content\nb:file could\nb:file does\nb:file extension\nb:file f\nb:file failed\nb:file file\nb:file from\nb:file frozen\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file protocol\nb:file provided\nb:file run\nb:file src\nb:file sync\nb:file test\nb:file this\nb:file to\nb:file users\nb:file usr\nb:file var\nb:file would\nb:files 0\nb:files are\nb:files c\nb:files checked\nb:files copy\nb:files false\nb:files found\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files in\nb:files inspected\nb:files passed\nb:files power\nb:files ringbuf\nb:files run\nb:files tests\nb:files to\nb:files took\nb:files use\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:final post\nb:finalize job\nb:finance billing\nb:finance ledger\nb:finance money\nb:find a\nb:find com\nb:find element\nb:find expected\nb:find gem\nb:find io\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first doc\nb:first in\nb:first out\nb:first person\nb:first_upper s\nb:fits several\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed in\nb:fixed value\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flush true\nb:flutter 0\nb:flutter packages\nb:flutter pub\nb:flutter release\nb:flutter s\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt all\nb:fmt build\nb:fmt check\nb:fn 0\nb:fn first_upper\nb:fn init\nb:fn is_empty_list\nb:fn once\nb:fn read_capsule\nb:fnv hash\nb:following actions\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following options\nb:following source\nb:following vulnerability\nb:fonts unifont\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for action\nb:for addresses\nb:for async\nb:for build\nb:for changes\nb:for configuration\nb:for connection\nb:for defining\nb:for details\nb:for docker\nb:for function\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for help\nb:for https\nb:for input\nb:for installation\nb:for installing\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for object\nb:for one\nb:for other\nb:for package\nb:for path\nb:for postgres\nb:for production\nb:for project\nb:for projects\nb:for python\nb:for rust\nb:for setup\nb:for stable\nb:for struct\nb:for system\nb:for t\nb:for task\nb:for that\nb:for the\nb:for this\nb:for ubuntu\nb:for url\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:force b\nb:force evaluate\nb:force refs\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:form tsx\nb:form vue\nb:format 0\nb:format args\nb:format check\nb:format failed\nb:format github\nb:format h\nb:format string\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting delete\nb:formatting output\nb:found 0\nb:found a\nb:found at\nb:found b\nb:found before\nb:found but\nb:found composer\nb:found error\nb:found errors\nb:found fatal\nb:found for\nb:found github\nb:found ignoring\nb:found in\nb:found packages\nb:found python3\nb:found return\nb:found warn\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework inference\nb:framework quasar\nb:framework src\nb:framework test\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from aiohttp\nb:from an\nb:from c\nb:from cache\nb:from commit\nb:from daemon\nb:from directories\nb:from distribution\nb:from dockerfile\nb:from file\nb:from formatting\nb:from function\nb:from git\nb:from home\nb:from homeassistant\nb:from https\nb:from instrument\nb:from key\nb:from ledger\nb:from lock\nb:from material\nb:from node\nb:from path\nb:from pip\nb:from pytest\nb:from r\nb:from src\nb:from tarball\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from tsbootstrap\nb:from typing\nb:from u8\nb:from urls\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:from your\nb:frontend lint\nb:frontend src\nb:frozen false\nb:frozen importlib\nb:frozen installation\nb:frozen lockfile\nb:fs js\nb:fs layer\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full stack\nb:func returns\nb:func1 0\nb:function body\nb:function could\nb:function declared\nb:function execute\nb:function fn\nb:function is\nb:function j\nb:function spec\nb:function total\nb:function unknown\nb:function which\nb:functionality has\nb:functions are\nb:fund dry\nb:fund for\nb:funding batch\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g failed\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g l\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g o_\nb:g on\nb:g p\nb:g r\nb:g s\nb:g std\nb:g u\nb:g_ c\nb:g_ m\nb:galaxy allow\nb:garbage collection\nb:gateway addresses\nb:gc auto\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcm native\nb:gconnect 0\nb:gcr io\nb:gdb csl\nb:gem install\nb:gemfile lock\nb:gemini 0\nb:gems corp\nb:gen jooq\nb:gen lint\nb:gen proto\nb:generate debug\nb:generate job\nb:generate the\nb:generated 0\nb:generated gradle\nb:generated run\nb:generating done\nb:generating script\nb:generation com\nb:generation gradle\nb:generator has\nb:generator next\nb:generic array\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get 0\nb:get a\nb:get cache\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get_settled_at is_none\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting requirements\nb:getting source\nb:ggml c\nb:gh issue\nb:gh pr\nb:ghcr io\nb:gi b\nb:git 0\nb:git all\nb:git allow\nb:git bin\nb:git branch\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git corp\nb:git could\nb:git credentials\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git failed\nb:git fetch\nb:git file\nb:git github\nb:git global\nb:git https\nb:git hub\nb:git init\nb:git lab\nb:git log\nb:git path\nb:git references\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git revision\nb:git service\nb:git sparse\nb:git sr\nb:git submodules\nb:git switch\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git vdx\nb:git version\nb:git worktrees\nb:gitconfig to\nb:gitdir home\nb:github aashish\nb:github actions\nb:github blog\nb:github com\nb:github edeandrea\nb:github formatter\nb:github iml1s\nb:github io\nb:github pr\nb:github repo\nb:github runner_temp\nb:github skills\nb:github src\nb:github token\nb:github workspace\nb:gitlab com\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob allow\nb:glob versions\nb:global add\nb:global config\nb:global git\nb:global init\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu 0\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go caddy\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go modules\nb:go no\nb:go pkg\nb:go protoparser\nb:go quasar\nb:go skywire\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got other\nb:gpg could\nb:gpt 0\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle build\nb:gradle caches\nb:gradle daemon\nb:gradle daemons\nb:gradle documentation\nb:gradle exception\nb:gradle execution\nb:gradle features\nb:gradle gradle\nb:gradle home\nb:gradle jars\nb:gradle kotlin\nb:gradle kts\nb:gradle launcher\nb:gradle linux\nb:gradle mac\nb:gradle notifications\nb:gradle org\nb:gradle plugin\nb:gradle properties\nb:gradle state\nb:gradle user\nb:gradle wrapper\nb:gravito framework\nb:greater than\nb:green 0\nb:greeting component_test\nb:grep allow\nb:grep v\nb:grgit 0\nb:grotesk 0\nb:group build\nb:group run\nb:groups get\nb:gui is\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:gz 0\nb:gzip 0\nb:h 0\nb:h a\nb:h amd64\nb:h c\nb:h cannot\nb:h e\nb:h e_\nb:h h600\nb:h head\nb:h i\nb:h o\nb:h p\nb:h ref\nb:h s\nb:h t\nb:h u\nb:h0m0s timeout\nb:h0s9kvb6g2sinako7ub77ku gradle\nb:h11 0\nb:h600 compilation\nb:habluetooth 0\nb:had changes\nb:hadolint action\nb:hadolint hadolint\nb:hadolint v2\nb:handbook docs\nb:handle standard\nb:handle the\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has changed\nb:has correct\nb:has exceeded\nb:has incompatible\nb:has no\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash fast\nb:hash validation\nb:hashbrown v0\nb:hashmap hashmap\nb:haskell cabal\nb:hass nabucasa\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have an\nb:have been\nb:have comment\nb:have detailed\nb:have no\nb:have printed\nb:have valid\nb:head 0\nb:head c12\nb:head to\nb:header filter\nb:header in\nb:heads main\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help at\nb:help change\nb:help ci\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help you\nb:helper kt\nb:helper py\nb:here are\nb:here for\nb:here is\nb:hex literal\nb:hhp hs\nb:hicpp signed\nb:hidden files\nb:hierarchy template\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:highlights of\nb:hint call\nb:hint development\nb:hint git\nb:hint is\nb:hint make\nb:hint names\nb:hint to\nb:hint used\nb:hint using\nb:hint will\nb:hit for\nb:hive simulators\nb:hoisted nested\nb:hoisting package\nb:home abuild\nb:home assistant\nb:home breadcrumbs\nb:home cache\nb:home cholerae\nb:home circleci\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:homeassistant 0\nb:homeassistant custom\nb:homebrew bin\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks use\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hosted runner\nb:hostedtoolcache dart\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostedtoolcache python\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html doc_markdown\nb:html entities\nb:html erb\nb:html must_use_candidate\nb:html needless_borrow\nb:html needless_return\nb:html sec\nb:html shell\nb:html uninlined_format_args\nb:http 0\nb:http azure\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http request\nb:http server\nb:http_client 0\nb:httpcore 0\nb:https aka\nb:https astral\nb:https bandit\nb:https conda\nb:https dl\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nodesecurity\nb:https opencode\nb:https osv\nb:https packages\nb:https pip\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https services\nb:httpx 0\nb:hu voidcontext\nb:hub action\nb:hub actions\nb:hub does\nb:i 0\nb:i a\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i files\nb:i g\nb:i g_\nb:i get\nb:i in\nb:i info\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i o_\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i s_\nb:i t\nb:i t_\nb:i toolchain\nb:i try\nb:i u\nb:i unsafe\nb:i uw\nb:i x\nb:i z\nb:i_ k\nb:ibis bigquery\nb:ic install\nb:ic3bur g\nb:icons mdi\nb:id 0\nb:id github\nb:id in\nb:id prettier\nb:id trailing\nb:idea projects\nb:identical details\nb:identification is\nb:identified with\nb:identifier c\nb:identifier header\nb:identifier read\nb:idx 0\nb:ie preinstall\nb:if c\nb:if entries\nb:if gitdir\nb:if i\nb:if it\nb:if items\nb:if n\nb:if needed\nb:if no\nb:if out\nb:if returning\nb:if set\nb:if the\nb:if they\nb:if this\nb:if true\nb:if v\nb:if you\nb:if z\nb:ignore comment\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:ignoring config\nb:im l1s\nb:image debian\nb:image docker\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image release\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images releases\nb:images ubuntu\nb:images windows\nb:imaging c\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc imgproc\nb:imgproc src\nb:iml1s crypto\nb:iml1s kotlin\nb:immediately dereferenced\nb:immutable action\nb:impacting any\nb:implemented for\nb:implications associated\nb:implied by\nb:import 0\nb:import cannot\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib bootstrap\nb:importlib init__\nb:importlib report\nb:imports are\nb:imports on\nb:in 0\nb:in a\nb:in action\nb:in all\nb:in apt\nb:in assignment\nb:in async\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in cargo\nb:in connect\nb:in curl\nb:in d\nb:in deploy\nb:in deployment\nb:in detached\nb:in documentation\nb:in file\nb:in final\nb:in first\nb:in function\nb:in git\nb:in go\nb:in home\nb:in import_module\nb:in liquifact\nb:in module\nb:in multiline\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in scope\nb:in source\nb:in src\nb:in state\nb:in stdlib\nb:in sync\nb:in targets\nb:in the\nb:in this\nb:in thread\nb:in tmp\nb:in top\nb:in typed\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:inc packetfence\nb:include hidden\nb:include if\nb:include prod\nb:include workspace\nb:included software\nb:includeif gitdir\nb:incompatible type\nb:incompatible types\nb:incompatible with\nb:inconsistent vendoring\nb:inconsistent with\nb:incorrect usage\nb:incorrectly sorted\nb:incremental compilation\nb:incubating problems\nb:indentation 0\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:indicate success\nb:indicates a\nb:indicates that\nb:individual deprecation\nb:ineffective mark\nb:infallibly using\nb:inference targets\nb:info 0\nb:info component\nb:info default\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info latest\nb:info msg\nb:info or\nb:info syncing\nb:info there\nb:info using\nb:information 0\nb:information about\nb:information visit\nb:infra mirror\nb:infra retry\nb:infrastructure auth\nb:init d\nb:init default\nb:init home\nb:init users\nb:init__ py\nb:initial branch\nb:initialize job\nb:initialized empty\nb:initializing environment\nb:initializing the\nb:inlang settings\nb:inner declarations\nb:inner t\nb:input 0\nb:input files\nb:input keys\nb:inputs itself\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install a\nb:install and\nb:install before\nb:install clean\nb:install dependencies\nb:install direct\nb:install error\nb:install for\nb:install frozen\nb:install g\nb:install ic\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install packages\nb:install registry\nb:install rustup\nb:install script\nb:install sh\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install time\nb:install upgrade\nb:install v1\nb:install which\nb:install with\nb:install_gui_linux py\nb:installation tree\nb:installed 0\nb:installed as\nb:installed distributions\nb:installed this\nb:installed version\nb:installed versions\nb:installing amphp\nb:installing build\nb:installing collected\nb:installing environment\nb:installing laravel\nb:installing openssh\nb:installing packages\nb:installing psr\nb:installing sebastian\nb:installing symfony\nb:installs in\nb:instance of\nb:instance travis\nb:instance using\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:instrumented jars\nb:insufficient cpu\nb:insufficient memory\nb:int as\nb:int cannot\nb:int error_count\nb:integer operand\nb:integer v0\nb:integration integration\nb:integration rs\nb:integrity check\nb:intentional allow\nb:intentional prefix\nb:interface tools\nb:internal 0\nb:internal build\nb:internal buildprocess\nb:internal buildtree\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal load\nb:internal model\nb:internal modules\nb:internal mojo\nb:internal operations\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into 0\nb:into a\nb:into directory\nb:into example\nb:into home\nb:invalid s\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:inverse inc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io en\nb:io github\nb:io hadolint\nb:io hashicorp\nb:io i\nb:io index\nb:io library\nb:io reviewdog\nb:io rust\nb:io v2\nb:ios arm64\nb:ios main\nb:ios simulator\nb:ios x64\nb:iot sensor\nb:ip address\nb:ipynb cell\nb:is 0\nb:is a\nb:is allowed\nb:is already\nb:is assigned\nb:is available\nb:is being\nb:is bot\nb:is called\nb:is canceled\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is imported\nb:is inconsistent\nb:is intentional\nb:is it\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is running\nb:is set\nb:is stopped\nb:is subject\nb:is the\nb:is undefined\nb:is up\nb:is users\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:is_settleable found\nb:isn t\nb:isntall clean\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issues 0\nb:issues by\nb:issues found\nb:issues reached\nb:ist is\nb:it before\nb:it can\nb:it for\nb:it has\nb:it i\nb:it incompatible\nb:it is\nb:it its\nb:it only\nb:it py\nb:it resolves\nb:it should\nb:it was\nb:it with\nb:item costing\nb:item in\nb:item str\nb:item yesterday\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:itertools v0\nb:itoa v1\nb:its it\nb:its network\nb:its progress\nb:itself https\nb:j a\nb:j d\nb:j n\nb:j o\nb:j s\nb:j unit\nb:j v\nb:j w\nb:j2 c\nb:jar 0\nb:jar and\nb:jar c\nb:jars 0\nb:jars and\nb:jars gradle\nb:jars with\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java linux\nb:java math\nb:java org\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:job 0\nb:job cleanup\nb:job context\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:job summary\nb:jobs 0\nb:jobs and\nb:john mysrc\nb:jonesn idea\nb:jooq gradle\nb:jq allow\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json artifacts\nb:json csproj\nb:json files\nb:json has\nb:json lodash\nb:json main\nb:json newtonsoft\nb:json npm\nb:json or\nb:julia nightly\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:just created\nb:k 0\nb:k a\nb:k b\nb:k does\nb:k e\nb:k e_\nb:k f\nb:k f_to_c\nb:k from\nb:k g_\nb:k i\nb:k n\nb:k s_\nb:k t\nb:k that\nb:k version\nb:k1045 the\nb:k8s deploy\nb:k_ e\nb:kata check_s390x_test\nb:keccak v0\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key dependencies\nb:key error\nb:key failed\nb:key generated\nb:key instrumented\nb:key kotlin\nb:key linux\nb:key node\nb:key not\nb:key setup\nb:key should\nb:key the\nb:key true\nb:key v0\nb:key v8\nb:key wrapper\nb:keycloak token\nb:keygen c\nb:keymanapp dependency\nb:keys linux\nb:keystore models_test\nb:keyword parameter\nb:keywords metadata\nb:ki b\nb:killed signal\nb:kind fixed\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:knows sunday\nb:koans builders\nb:koen desktop\nb:kotlin address\nb:kotlin blockchain\nb:kotlin crypto\nb:kotlin gradle\nb:kotlin io\nb:kotlin koans\nb:kotlin lint\nb:kotlin mpp\nb:kotlin native\nb:kotlin plugins\nb:kotlin script\nb:kotlin solana\nb:kotlin tx\nb:kotlin utxo\nb:kotlin watchos\nb:kt 0\nb:ktlint android\nb:ktlint check\nb:ktlint test\nb:kts 0\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l for\nb:l g\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l s\nb:l set\nb:l sparse\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l y\nb:l1s dart_web3\nb:l1s kotlin\nb:l3013 pin\nb:l_ d\nb:l_ o\nb:l_ u\nb:lab temps\nb:label n\nb:landing landing\nb:lando lando\nb:lando master\nb:lando netfx40\nb:lang github\nb:lang r\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:later by\nb:latest 0\nb:latest blacklists\nb:latest false\nb:latest run\nb:latest update\nb:latest v0\nb:latest version\nb:launcher daemon\nb:layers 0\nb:layout engine\nb:lazy property\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger ledger\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy lib\nb:legacy peer\nb:len 0\nb:length 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:let client\nb:let or\nb:let stored\nb:let sum\nb:let top\nb:let v\nb:level 0\nb:level high\nb:level info\nb:level node_modules\nb:level package\nb:level template\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib cabal\nb:lib due\nb:lib example\nb:lib gconnect\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib jenkins\nb:lib kt\nb:lib lib\nb:lib p\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libc v0\nb:libc6 dev\nb:library core\nb:library for\nb:library python\nb:library rust\nb:libtonode tests\nb:license checker\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license needs\nb:license or\nb:license_file metadata\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses without\nb:lifecycle controller\nb:lifecycle internal\nb:lifecycle scripts\nb:like we\nb:likely additional\nb:limit allocation\nb:limit exceeded\nb:limit for\nb:limit of\nb:limits the\nb:line 0\nb:line before\nb:line for\nb:line length\nb:line must\nb:line of\nb:line too\nb:lines of\nb:link u\nb:linked legacy\nb:linker for\nb:linkid 0\nb:linking c\nb:links allow\nb:links no\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint check\nb:lint complete\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint install\nb:lint report\nb:lint run\nb:lint suspicious\nb:lint windows\nb:lint with\nb:linted 0\nb:linting refs\nb:linting set\nb:linux amd64\nb:linux ci\nb:linux extras\nb:linux gnu\nb:linux go\nb:linux musl\nb:linux nopie\nb:linux or\nb:linux python\nb:linux r\nb:linux small\nb:linux uv\nb:linux vpn\nb:linux x64\nb:linux x86_64\nb:liquid haskell\nb:liquidhaskell cabal\nb:liquifact contracts\nb:liquifact escrow\nb:liquifact liquifact\nb:list allow\nb:list any\nb:list of\nb:list str\nb:list stub\nb:lists txt\nb:lite badge\nb:lite86 v0\nb:literal v0\nb:littpi net\nb:live log\nb:llama cpp\nb:llvm tools\nb:load 0\nb:load build\nb:load config\nb:load database\nb:load dockerignore\nb:load metadata\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading 0\nb:loading for\nb:local bin\nb:local gc\nb:local go\nb:local http\nb:local lib\nb:local microsoft\nb:local name\nb:local package\nb:local pf\nb:local share\nb:local unset\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location opt\nb:location path\nb:location users\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:lock yaml\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile because\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log level\nb:log of\nb:log output\nb:logging output\nb:login page\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:look around\nb:looking for\nb:looking in\nb:looks like\nb:lookup only\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low go\nb:low on\nb:lowagie pdfkit\nb:lower or\nb:lower snake\nb:lower_snake_case such\nb:lru dict\nb:ls sf\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m add\nb:m adding\nb:m auto\nb:m available\nb:m b\nb:m beringin\nb:m bs\nb:m buf\nb:m casting\nb:m casts\nb:m change\nb:m d\nb:m d013\nb:m docs\nb:m e\nb:m enable\nb:m error\nb:m execution\nb:m failed\nb:m first\nb:m fits\nb:m for\nb:m git\nb:m i\nb:m if\nb:m is\nb:m item\nb:m k_\nb:m l\nb:m let\nb:m m\nb:m must_use\nb:m name\nb:m npm\nb:m o\nb:m or\nb:m other\nb:m p\nb:m package\nb:m panic\nb:m pub\nb:m pv4\nb:m pytest\nb:m r\nb:m remove\nb:m run\nb:m s\nb:m start\nb:m t\nb:m this\nb:m to\nb:m try\nb:m u\nb:m updating\nb:m v\nb:m value\nb:m variables\nb:m version\nb:m w\nb:m0s this\nb:m104 0\nb:m12 0\nb:m2 settings\nb:m2 toolchains\nb:m21 0\nb:m237 0\nb:m2repository com\nb:m309 0\nb:m47 0\nb:m49 0\nb:m62 0\nb:m64 0\nb:m67 0\nb:m7 0\nb:m78 0\nb:m84 0\nb:m88 0\nb:m_ c\nb:m_ l\nb:m_ n\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:macos 0\nb:macos latest\nb:macos macos\nb:macro2 v1\nb:macros v0\nb:macros v25\nb:made by\nb:maierj fastlane\nb:main activity\nb:main c\nb:main g\nb:main go\nb:main i\nb:main in\nb:main ios\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main native\nb:main refs\nb:main resolvable\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main trunk\nb:main watchos\nb:main yml\nb:main zig\nb:make 0\nb:make any\nb:make error\nb:make experimental\nb:make files\nb:make in\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:makes function\nb:making global\nb:making it\nb:manager gitlab\nb:manager kt\nb:manually started\nb:manuell manual\nb:many requests\nb:many return\nb:manylinux2014_x86_64 manylinux_2_17_x86_64\nb:manylinux_2_17_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_28_x86_64 whl\nb:manylinux_2_34_x86_64 whl\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:markdown it\nb:marked as\nb:marketing landing\nb:marking the\nb:masque rs\nb:master are\nb:master as\nb:master index\nb:master refs\nb:master set\nb:master src\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matched files\nb:matching distribution\nb:matching files\nb:matching package\nb:matching the\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 connect\nb:maven2 org\nb:mavi core\nb:mavi v\nb:mavi vpn\nb:mavivpn is\nb:mawk allow\nb:max git\nb:max issues\nb:max line\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may be\nb:may not\nb:may panic\nb:may take\nb:may truncate\nb:md 0\nb:mdi react\nb:mdi refresh\nb:mdurl 0\nb:me br\nb:measured 0\nb:media imaging\nb:megalinter io\nb:melos 0\nb:mem aggregate\nb:mem git\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:memory or\nb:merge 0\nb:merge pull\nb:merror 0\nb:meson build\nb:meson setup\nb:message at\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata 0\nb:metadata for\nb:metadata org\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method defined\nb:method named\nb:method not\nb:method parentheses\nb:method running\nb:method takes\nb:metrics counter\nb:mfi 0\nb:mhelp 0\nb:mi b\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mif z\nb:might be\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minutes 0\nb:minutes are\nb:minutes marking\nb:mirror sync\nb:miscellaneous lint\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing backticks\nb:missing binary\nb:missing docstring\nb:missing either\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing package\nb:missing panics\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing spacing\nb:missing trailing\nb:missing_offset in\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnote 0\nb:mnt sata\nb:mnt vss\nb:mocha test\nb:mock open\nb:mod but\nb:mod dial\nb:mod download\nb:mod readonly\nb:modal tsx\nb:mode after\nb:mode all\nb:mode disable\nb:mode m\nb:mode primary\nb:mode true\nb:model bin\nb:model kt\nb:model opencode\nb:model state\nb:model test\nb:models kt\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:modified by\nb:module because\nb:module build\nb:module docstring\nb:module github\nb:module home\nb:module importlib\nb:module is\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules act_container_manager\nb:modules act_linter\nb:modules cjs\nb:modules command_dispatcher\nb:modules command_runner\nb:modules commands\nb:modules container_test_runner\nb:modules dhtl_commands\nb:modules dhtl_commands_standalone\nb:modules dhtl_commands_workflows\nb:modules dhtl_github\nb:modules dhtl_guardian_command\nb:modules dhtl_version\nb:modules files\nb:modules find\nb:modules hal\nb:modules lib\nb:modules packages\nb:modules py\nb:modules txt\nb:modules uv_manager\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:molecule allow\nb:money rb\nb:more arguments\nb:more dependencies\nb:more details\nb:more help\nb:more https\nb:more info\nb:more information\nb:more log\nb:more than\nb:most recent\nb:mother 0\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms could\nb:ms d\nb:ms dotnet\nb:ms environment\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:ms setup\nb:ms tests\nb:msg loaded\nb:msg process\nb:msg reading\nb:mshared src\nb:multiline condition\nb:multiline expression\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple___ spaces\nb:multiplication with\nb:must be\nb:must end\nb:must not\nb:must_use 0\nb:must_use attribute\nb:mut payload\nb:mutmut 0\nb:mutual groups\nb:mvn b\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:mypy 0\nb:mysrc weisjohn\nb:n 0\nb:n a\nb:n actionlint\nb:n and\nb:n basic\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n h\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n m\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n s_\nb:n skipping\nb:n t\nb:n t_\nb:n target\nb:n test\nb:n tools\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n v4\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ a\nb:n_ c\nb:n_ f\nb:n_ m\nb:n_ n\nb:n_ p\nb:n_ s\nb:nabucasa 0\nb:name actionpack\nb:name assertion\nb:name azure\nb:name build\nb:name e2e\nb:name err\nb:name fmt\nb:name for\nb:name fv\nb:name gateway\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name not\nb:name only\nb:name or\nb:name test\nb:name to\nb:name w\nb:name_ should_\nb:named is_settleable\nb:named shapely\nb:names commonly\nb:namespace has\nb:namespace name\nb:namespace runner\nb:naming to\nb:nanopb 0\nb:native build\nb:native castle\nb:native lib\nb:native_lib native\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:need revision\nb:need to\nb:needs network\nb:needs review\nb:needs to\nb:nested shallow\nb:nested steps\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netfx40 csproj\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network errors\nb:network git\nb:network if\nb:network request\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new line\nb:new object\nb:new promise\nb:new ref\nb:new repositories\nb:new tag\nb:newest version\nb:newlib 0\nb:newlib csl\nb:newlib snapshot\nb:newline after\nb:newline before\nb:newline expected\nb:newline n\nb:newtonsoft json\nb:next anonymous\nb:next headers\nb:next js\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:nix config\nb:no any\nb:no attribute\nb:no audit\nb:no bin\nb:no cache\nb:no cacheprovider\nb:no color\nb:no config\nb:no console\nb:no copyright\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no method\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no unit\nb:no untyped\nb:no unused\nb:no update\nb:no var\nb:no versions\nb:noble universe\nb:noble updates\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node e\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node net\nb:node sha256\nb:node test\nb:node trace\nb:node v10\nb:node v18\nb:node v20\nb:node v4\nb:node version\nb:node was\nb:node_config in\nb:node_modules install\nb:node_modules material\nb:node_modules node\nb:node_modules react\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules ts\nb:node_modules uvu\nb:node_modules vite\nb:node_modules vitest\nb:nodes are\nb:nodesecurity io\nb:non existing\nb:non lazy\nb:non matching\nb:non zero\nb:none any\nb:none func\nb:none listed\nb:none no\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:normal d\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not begin\nb:not build\nb:not checked\nb:not closed\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not enforce\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not return\nb:not run\nb:not set\nb:not support\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not use\nb:not used\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note method\nb:note referenced\nb:note some\nb:note switching\nb:note warn\nb:notebook cleanup\nb:notes app\nb:notes html\nb:nothing provides\nb:notice s\nb:notice to\nb:notification helper\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:now or\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm command\nb:npm config\nb:npm does\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu get\nb:nuget org\nb:null 0\nb:null continue\nb:null null\nb:null then\nb:num integer\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:numpy 0\nb:nvm versions\nb:o 0\nb:o a\nb:o auth\nb:o b\nb:o b_allowed\nb:o building\nb:o c\nb:o compiling\nb:o d\nb:o detecting\nb:o e\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o g\nb:o i\nb:o initializing\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o l_\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o t_\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o w_\nb:o0 o\nb:o111 m\nb:o2 g\nb:o2 wall\nb:o_ c\nb:o_ h\nb:o_ i\nb:o_ m\nb:o_ n\nb:o_ p\nb:o_ r\nb:o_ t\nb:object anonymous\nb:object c\nb:object is\nb:object to\nb:object where\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:odder odor\nb:oder order\nb:odor over\nb:of 0\nb:of a\nb:of all\nb:of apt\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of crystal\nb:of date\nb:of dependencies\nb:of different\nb:of each\nb:of false\nb:of get\nb:of hoisting\nb:of home\nb:of is\nb:of its\nb:of left\nb:of list\nb:of locate\nb:of master\nb:of memory\nb:of module\nb:of namespace\nb:of org\nb:of p\nb:of package\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of range\nb:of req\nb:of service\nb:of spaces\nb:of statements\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:off this\nb:offenses detected\nb:offline during\nb:offline mode\nb:offline packages\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:older coder\nb:ole planet\nb:omit dev\nb:omit from\nb:on 0\nb:on agent\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on dependencies\nb:on device\nb:on disk\nb:on empty\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on resource\nb:on runner\nb:on swift\nb:on that\nb:on the\nb:on this\nb:on type\nb:on windows\nb:on your\nb:once call_once\nb:once installed\nb:once_cell v1\nb:one of\nb:one or\nb:onepager component\nb:only allow\nb:only ever\nb:only false\nb:only get\nb:only install\nb:oo8i vb\nb:opam 0\nb:opam opam\nb:open a\nb:open deep\nb:open metadata\nb:open protocol\nb:open t\nb:opencode ai\nb:opencode gemini\nb:opencode gpt\nb:openemr services\nb:openemr sites\nb:opening parenthesis\nb:operand in\nb:operand with\nb:operating system\nb:operation runner\nb:operation timed\nb:operation was\nb:operation with\nb:operations default\nb:operator hicpp\nb:operator strict\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt homebrew\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option that\nb:option to\nb:option u16\nb:option u64\nb:option vec\nb:optional peer\nb:options execute\nb:or a\nb:or any\nb:or be\nb:or blocks\nb:or cd\nb:or cmd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or lower\nb:or more\nb:or namespace\nb:or npm\nb:or one\nb:or package\nb:or pass\nb:or patterns\nb:or plugins\nb:or service\nb:or something\nb:or undo\nb:or use\nb:or windows\nb:order java\nb:order older\nb:order service\nb:ordered fetch\nb:orders db\nb:orders git\nb:orders order\nb:orders service\nb:orders src\nb:org 0\nb:org ajoberstar\nb:org alpine\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org directory\nb:org distributions\nb:org eclipse\nb:org example\nb:org gradle\nb:org junit\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org tree\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin linting\nb:origin main\nb:origin master\nb:origin refactor\nb:origin url\nb:orphan processes\nb:os archive\nb:os imported\nb:osv dev\nb:other 0\nb:other panic\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output package\nb:output src1489103279\nb:over android\nb:over doer\nb:over elements\nb:over test\nb:override d\nb:overriding h\nb:overwrite existing\nb:overwrite settings\nb:own scripts\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p i_\nb:p k\nb:p l\nb:p liquifact_escrow\nb:p m\nb:p m_\nb:p n\nb:p n_\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p s\nb:p t\nb:p t_\nb:p to\nb:p tsconfig\nb:p u\nb:p unit\nb:p y\nb:p0040 deprecation\nb:p1 r5\nb:p256 v0\nb:p_ c\nb:package a\nb:package actions\nb:package categories\nb:package configuration\nb:package content\nb:package cosmos\nb:package d\nb:package dependencies\nb:package description\nb:package for\nb:package git\nb:package github\nb:package handle\nb:package installs\nb:package is\nb:package jdk\nb:package json\nb:package keywords\nb:package level\nb:package license\nb:package license_file\nb:package linux\nb:package list\nb:package lock\nb:package manager\nb:package mavi\nb:package mavivpn\nb:package metadata\nb:package ms\nb:package pkg\nb:package quic\nb:package readme\nb:package repository\nb:package resolved\nb:package shared\nb:package supabase\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package versions\nb:package windows\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages lock\nb:packages microsoft\nb:packages net\nb:packages nuget\nb:packages please\nb:packages react\nb:packages read\nb:packages src\nb:packages when\nb:packages whose\nb:packaging 0\nb:packed and\nb:packetfence go\nb:pad failed\nb:padding spaces\nb:page tsx\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:paket packet\nb:panic expected\nb:panic free\nb:panic missing\nb:panic ok\nb:panic test\nb:panic varint\nb:panicked at\nb:panicking rs\nb:panics section\nb:paragraph is\nb:parameter equals\nb:parameter of\nb:parameter should\nb:parameters json\nb:parentheses are\nb:parentheses around\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse queues\nb:parse resolve\nb:parse test\nb:parse toolchain\nb:parse units\nb:parse_test go\nb:parser 0\nb:parser from\nb:parser hs\nb:parser py\nb:parser rs\nb:parser test\nb:parsing a\nb:part of\nb:partial eq\nb:partition 0\nb:pasha code\nb:pass 0\nb:pass an\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:passkey test\nb:password g\nb:paste v1\nb:patched versions\nb:path 0\nb:path home\nb:path is\nb:path kotlin\nb:path opt\nb:path tex\nb:path users\nb:pathutil pathutil\nb:pattern go\nb:payload u8\nb:pbkdf2 native\nb:pc windows\nb:pdfkit core\nb:pdfkit pdfkit\nb:pedantic add\nb:peer deps\nb:peer include\nb:peer omit\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:perf data\nb:performance tests\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:pest plugin\nb:pestphp pest\nb:php 0\nb:php array\nb:php return\nb:php v2\nb:phpkit slugger\nb:phpunit 0\nb:phpunit php\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:pid 0\nb:pin versions\nb:pinned packages\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pip is\nb:pip pypa\nb:pip tools\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkg types\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:plan reviewer\nb:planet myplanet\nb:platform deploy\nb:platform git\nb:platform ops\nb:platform satu\nb:platform shared\nb:please check\nb:please read\nb:please refer\nb:please run\nb:please update\nb:please upgrade\nb:please use\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin php\nb:plugins are\nb:plugins maven\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:plus a\nb:pmd foo\nb:pmd plugin\nb:pnc i\nb:pnpm install\nb:pnpm lock\nb:pods 0\nb:poetry lock\nb:pointing to\nb:policy deny_test\nb:policy entirely\nb:policy from\nb:pool host\nb:pool main\nb:populate work\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post action\nb:post checkout\nb:post job\nb:post resolution\nb:post run\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:ppv lite86\nb:pr 0\nb:pr go\nb:pr review\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prefix key\nb:prefs manager\nb:preinstall install\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparer java\nb:preparing the\nb:preparing to\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:prettier check\nb:prettier code\nb:prettier with\nb:prettyplease v0\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previously recorded\nb:price 0\nb:price null\nb:print 0\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem unexpected\nb:problem with\nb:problems 0\nb:problems problems\nb:problems report\nb:proc macro2\nb:proceed with\nb:process completed\nb:process did\nb:process env\nb:process exit\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:process usr\nb:processing wheels\nb:processor should\nb:prod dev\nb:prod exited\nb:production only\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:program unzstd\nb:programming scratch\nb:progress deadline\nb:progress force\nb:progress meter\nb:progress true\nb:project actions\nb:project dependencies\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project kotlin\nb:project name\nb:project org\nb:project src\nb:project test\nb:project version\nb:projectcleverweb lastautoindex\nb:projects egeria\nb:projects openemr\nb:projects users\nb:promise anonymous\nb:promise ensure\nb:prompt file\nb:properly see\nb:properties of\nb:properties rs\nb:property colr\nb:property line\nb:property no\nb:property or\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol dependencies\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided path\nb:provided to\nb:provider plugins\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune origin\nb:pub fn\nb:pub get\nb:public acls\nb:public build\nb:public class\nb:publish py\nb:pull 0\nb:pull complete\nb:pull request\nb:pulling docker\nb:pulling fs\nb:punycode module\nb:pure build\nb:pure kotlin\nb:pure src\nb:push 0\nb:pv4 transport\nb:pwsh e\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py git\nb:py healthy\nb:py imports\nb:py line\nb:py p\nb:py r\nb:py reports\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_low_stock_threshold\nb:py test_restock_adds\nb:py test_timeout_is_retried\nb:py2 py3\nb:py3 none\nb:pycognito 0\nb:pydantic 0\nb:pydantic core\nb:pypa io\nb:pyproject toml\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest homeassistant\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python dateutil\nb:python linux\nb:python location\nb:python m\nb:python names\nb:python sha256\nb:python v5\nb:python version\nb:python2_ r\nb:python3 0\nb:python3 m\nb:python3_ r\nb:python_ r\nb:pyyaml 0\nb:q a\nb:q l_\nb:q p\nb:q u\nb:qty 0\nb:quant timeseries\nb:quantity 0\nb:quasar go\nb:queue js\nb:queue queue\nb:queued 0\nb:quic tester\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r a_\nb:r always\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r dependency\nb:r e\nb:r e_\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r f\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r home\nb:r https\nb:r i\nb:r im\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r m\nb:r m_\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r opt\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r retrying\nb:r reuse\nb:r s\nb:r s_\nb:r script\nb:r see\nb:r set\nb:r stack\nb:r t\nb:r t_\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r users\nb:r var\nb:r x\nb:r y\nb:r y_\nb:r_ a\nb:r_ p\nb:rails rails\nb:rails security\nb:raise parse\nb:rake foo\nb:ran 0\nb:ran all\nb:ran longer\nb:rand v0\nb:rand_core v0\nb:range 0\nb:range start\nb:range test\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:ray6y documents\nb:rb 0\nb:rb git\nb:rb money\nb:rc2 v1\nb:rdk rules\nb:re run\nb:reached the\nb:react 0\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read errors\nb:read more\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:read_capsule buf\nb:reading database\nb:reading prototype\nb:readme md\nb:readme metadata\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:recent call\nb:recieve the\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:recorded in\nb:records for\nb:ref 0\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:refactor 0\nb:refer to\nb:reference c\nb:reference packages\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refs west\nb:refused connect\nb:refused simple\nb:reg exp\nb:regex 0\nb:regexp core\nb:regexp http\nb:regexp include\nb:region westus\nb:register layer\nb:register passkey\nb:registry 0\nb:registry https\nb:registry npm\nb:registry npmjs\nb:registry terraform\nb:registry ts\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:release 0\nb:release cmake\nb:release cygwin\nb:release gpg\nb:release https\nb:release kotlin\nb:release notes\nb:release sh\nb:release skipped\nb:release source\nb:release target\nb:release timed\nb:releases download\nb:releases protoc\nb:releases tag\nb:relying on\nb:remaining 0\nb:remote add\nb:remote all\nb:remote git\nb:remote origin\nb:remotes origin\nb:remotes pull\nb:remove build\nb:remove return\nb:remove stale\nb:remove the\nb:removing include\nb:renamed to\nb:renamed via\nb:render engine\nb:renders the\nb:replaced with\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report api\nb:report at\nb:report attribute\nb:report html\nb:report is\nb:report py\nb:report ui\nb:reported issue\nb:reporter github\nb:reports alongside\nb:reports problems\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repositories which\nb:repository acme\nb:repository actions\nb:repository andi\nb:repository apis\nb:repository codecov\nb:repository directory\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository https\nb:repository ic3bur\nb:repository im\nb:repository in\nb:repository liquifact\nb:repository maps\nb:repository maven\nb:repository metadata\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository rusty\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:repository timekit\nb:repository zerox80\nb:req capability\nb:request 0\nb:request canceled\nb:request for\nb:request handler\nb:request py\nb:request timed\nb:request to\nb:requested tasks\nb:requested u\nb:requests 0\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required is\nb:required module\nb:required node\nb:required plugins\nb:required tasks\nb:required true\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements dev\nb:requirements to\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:reserve cache\nb:reset branch\nb:reset by\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolvable dependencies\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolved 0\nb:resolved because\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resource aws_s3_bucket\nb:resource directory\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response status\nb:rest src\nb:restore cache\nb:restore can\nb:restore keys\nb:restore locked\nb:restore to\nb:restore v8\nb:restored from\nb:restored successfully\nb:restoring cache\nb:restricted to\nb:result 0\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retain commits\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retrying fetch\nb:return 0\nb:return a\nb:return bootstrap\nb:return dict\nb:return statement\nb:return str\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned by\nb:returned error\nb:returned exit\nb:returning a\nb:returning any\nb:returns none\nb:returns value\nb:reuse docs\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:rev parse\nb:review allow\nb:review other\nb:reviewdog action\nb:reviewer agent\nb:reviewer cogni\nb:revision 0\nb:revision v0\nb:revive exported\nb:right failed\nb:ring c\nb:ring test\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:role wine\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root depends\nb:root directory\nb:root install\nb:root md\nb:root project\nb:root when\nb:rootdir home\nb:ropenscilabs available\nb:routes and\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs cargo\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs parser\nb:rs tmp\nb:rs v0\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby json\nb:ruby setup\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff 0\nb:ruff check\nb:ruff format\nb:rule preset\nb:rules config\nb:rules e\nb:rules property\nb:rules using\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run bash\nb:run build\nb:run can\nb:run cargo\nb:run cd\nb:run cmake\nb:run composer\nb:run construct\nb:run create\nb:run curl\nb:run default\nb:run disable\nb:run dtolnay\nb:run echo\nb:run elm\nb:run enable\nb:run every\nb:run failed\nb:run format\nb:run go\nb:run gradlew\nb:run in\nb:run index\nb:run install\nb:run ktlint\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run of\nb:run on\nb:run parse\nb:run pip\nb:run poetry\nb:run prettier\nb:run profiler\nb:run python\nb:run restore\nb:run ruby\nb:run rustc\nb:run rustup\nb:run scripts\nb:run set\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run tsc\nb:run with\nb:run work\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner cargo\nb:runner dist\nb:runner eebxo6ax\nb:runner git\nb:runner gitconfig\nb:runner go\nb:runner gradle\nb:runner has\nb:runner hostedtoolcache\nb:runner image\nb:runner images\nb:runner is\nb:runner issues\nb:runner java\nb:runner m2\nb:runner namespace\nb:runner npm\nb:runner process\nb:runner run\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runner_temp git\nb:runneradmin cargo\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs of\nb:runtime test\nb:rust 0\nb:rust cache\nb:rust clippy\nb:rust fmt\nb:rust lang\nb:rust lint\nb:rust rust\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustc stable\nb:rustfmt clippy\nb:rustup command\nb:rustup default\nb:rustup dev\nb:rustup if\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s build\nb:s c\nb:s c2086\nb:s c2164\nb:s chars\nb:s ci\nb:s connection\nb:s create\nb:s d\nb:s detected\nb:s done\nb:s e\nb:s e_\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s js\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s md\nb:s microsoft\nb:s n\nb:s o\nb:s o2\nb:s on\nb:s p\nb:s pf\nb:s q\nb:s r\nb:s rx\nb:s s\nb:s s_\nb:s score\nb:s sit\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s then\nb:s transform\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s0103 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s3 block\nb:s6 vzpvo\nb:s_ a\nb:s_ c\nb:s_ i\nb:s_ r\nb:s_ t\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sample rdk\nb:samples sample\nb:sardonyx xenial\nb:sata dotnet10\nb:satisfies the\nb:satu platform\nb:save always\nb:save if\nb:saving state\nb:saw eqeqeq\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:schedule requested\nb:schema https\nb:scikit base\nb:scikit learn\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:scratch test\nb:screen kt\nb:screens settings\nb:screens vpn\nb:script build\nb:script contents\nb:script heap\nb:script lint\nb:script on\nb:script policy\nb:script returned\nb:script s\nb:scripts dangerously\nb:scripts deploy\nb:scripts git\nb:scripts ie\nb:scripts ignore\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts or\nb:scripts package\nb:scripts policy\nb:scripts run\nb:scripts specified\nb:sdk 0\nb:sdk api\nb:sdk js\nb:sdk linux\nb:sdk macros\nb:sdk targets\nb:sdk telemetry\nb:sdk v25\nb:sdks microsoft\nb:search ts\nb:sebastian bergmann\nb:sec command_line_warnings\nb:sec1 v0\nb:second 0\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secs 0\nb:section 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security auditor\nb:security cryptography\nb:security implications\nb:security issue\nb:security policy\nb:security vulnerabilities\nb:security vulnerability\nb:see a\nb:see also\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:select a\nb:select packages\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:semver v1\nb:send email\nb:sensor c\nb:sensor sensor\nb:separate line\nb:separated list\nb:sequence any\nb:sequential filter_numbers\nb:serde v1\nb:serde_derive v1\nb:serde_json v1\nb:serde_with v3\nb:server 0\nb:server anything\nb:server client\nb:server compiled\nb:server exec\nb:server failed\nb:server id\nb:server message\nb:server npm\nb:server password\nb:server request\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service 0\nb:service found\nb:service git\nb:service github\nb:service in\nb:service is\nb:service java\nb:service kt\nb:service not\nb:service notification\nb:service php\nb:service responded\nb:service run\nb:service ts\nb:service unavailable\nb:services gradle\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set c\nb:set check\nb:set file\nb:set interval\nb:set n\nb:set o\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set then\nb:set to\nb:set up\nb:sets the\nb:setting config\nb:setting java\nb:setting up\nb:settings component\nb:settings screen\nb:settings true\nb:settings xml\nb:settled_at must\nb:settlement rs\nb:setup 0\nb:setup builddir\nb:setup go\nb:setup gradle\nb:setup java\nb:setup node\nb:setup p\nb:setup php\nb:setup python\nb:setup ruby\nb:setup uv\nb:several a\nb:severity 0\nb:severity e\nb:severity error\nb:severity vulnerability\nb:sf https\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh sh\nb:sh tmp\nb:sh uv\nb:sha256 0\nb:shallow linked\nb:share cmake\nb:share dotnet\nb:shared config\nb:shared is\nb:shared rollup\nb:shared src\nb:shared updates\nb:shell 0\nb:shell bin\nb:shell c\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shims on\nb:shivammathur setup\nb:shodh memory\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco report\nb:shopco shop\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should have\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should start\nb:should_ fail\nb:show app\nb:show error\nb:show progress\nb:show the\nb:show where\nb:shrinkwrap json\nb:shutdown signal\nb:sid snapshot\nb:side of\nb:sidekick apis\nb:signal terminated\nb:signal this\nb:signed bitwise\nb:signed integer\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulator arm64\nb:simulators ethereum\nb:sin lat2\nb:since it\nb:since poetry\nb:sit list\nb:site command\nb:site deploy\nb:site docs\nb:site packages\nb:site scripting\nb:site tools\nb:sites default\nb:six 0\nb:sixty seconds\nb:size is\nb:skills a\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping git\nb:skipping integrity\nb:sleep go\nb:slice will\nb:sln t\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:sme env\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot 0\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so now\nb:so restore\nb:socket emit\nb:sockeye image_captioning\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:soroban env\nb:soroban sdk\nb:soroban_sdk address\nb:soroban_sdk events\nb:sorted and\nb:source actions\nb:source build\nb:source code\nb:source commit\nb:source dir\nb:source file\nb:source files\nb:source from\nb:source s\nb:source set\nb:source sets\nb:source tree\nb:source tutor\nb:source venv\nb:sourcerygxx 0\nb:sources from\nb:space berui\nb:space between\nb:space left\nb:space s\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spacing after\nb:sparse checkout\nb:sparse g\nb:sparse registry\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified in\nb:specifiers in\nb:specs from\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:spurious network\nb:sr ht\nb:src android\nb:src api\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src blur\nb:src c\nb:src cart\nb:src chapter3\nb:src client\nb:src codegen\nb:src common\nb:src components\nb:src copy\nb:src css\nb:src d\nb:src ethereum\nb:src external\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src hooks\nb:src index\nb:src infrastructure\nb:src invoice\nb:src iter\nb:src lando\nb:src lib\nb:src liquid\nb:src main\nb:src masque\nb:src microsoft\nb:src newtonsoft\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src registry\nb:src ring\nb:src scene\nb:src scripts\nb:src search\nb:src sidekick\nb:src source\nb:src src\nb:src stg\nb:src storefront\nb:src styles\nb:src task\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src tests\nb:src time\nb:src tools\nb:src ts\nb:src tsbootstrap\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh command\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable 0\nb:stable aarch64\nb:stable profile\nb:stable s\nb:stable version\nb:stable x86_64\nb:stable_deref_trait v1\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start at\nb:start cleaning\nb:start line\nb:start of\nb:start on\nb:start tracking\nb:start with\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting a\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:startup 0\nb:starves it\nb:state 0\nb:state and\nb:state java\nb:state run\nb:state transition\nb:state without\nb:state you\nb:statement is\nb:statement no\nb:stats tally\nb:status 0\nb:status code\nb:status done\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stderr src\nb:stdlib go1\nb:stdune 0\nb:stellar strkey\nb:step 0\nb:step saving\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:stored client\nb:stored in\nb:stored settle_ts\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str any\nb:str arg\nb:str assignment\nb:str has\nb:str none\nb:str usize\nb:strategy for\nb:strategy hoisted\nb:stream 0\nb:stream vbyte\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string instead\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:strkey v0\nb:strsim v0\nb:struct liquifact\nb:stub files\nb:studio 0\nb:studio offline\nb:studio threading\nb:studios cargo\nb:style issues\nb:style omit\nb:stylelint 0\nb:stylelint formatter\nb:stylelint problem\nb:styles app\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:subject to\nb:submit audit\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subsequent builds\nb:subtests node\nb:succeeded 0\nb:success 0\nb:successfully got\nb:successfully installed\nb:successfully set\nb:such as\nb:such file\nb:such tool\nb:suffixed with\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:summary true\nb:sun nio\nb:supabase client\nb:support appcompat\nb:support targeting\nb:supported and\nb:supported file\nb:supports git\nb:supports n\nb:suppress this\nb:sure it\nb:sure that\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svg from\nb:swatinem rust\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch c\nb:switch command\nb:switch to\nb:switched to\nb:switching back\nb:switching to\nb:symbol class\nb:symfony polyfill\nb:symlinks or\nb:sync client\nb:sync from\nb:sync is\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t core\nb:t could\nb:t d\nb:t defined\nb:t done\nb:t e\nb:t e_\nb:t entries\nb:t exist\nb:t f\nb:t find\nb:t found\nb:t from\nb:t g\nb:t h\nb:t h_\nb:t i\nb:t in\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t load\nb:t m\nb:t match\nb:t modules\nb:t o\nb:t o_\nb:t opencode\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t sdk\nb:t slug\nb:t state\nb:t t\nb:t target\nb:t test\nb:t type\nb:t u\nb:t want\nb:t wstat\nb:t y\nb:t00 0\nb:t03 0\nb:t06 0\nb:t08 0\nb:t09 0\nb:t10 0\nb:t10_00_00_000 z\nb:t14 0\nb:t15 0\nb:t16 0\nb:t17 0\nb:t18 0\nb:t20 0\nb:t21 0\nb:t_ a\nb:t_ b\nb:t_ c\nb:t_ d\nb:t_ i\nb:t_ p\nb:t_ s\nb:tabs tabs\nb:tabs ts\nb:tag 0\nb:tag binutils\nb:tag cgen\nb:tag cygwin\nb:tag gdb\nb:tag must\nb:tag nanopb\nb:tag newlib\nb:tag releases\nb:tag sid\nb:tag ubuntu24\nb:tag v0\nb:tag v1\nb:tag v2\nb:tag zephyr\nb:tags false\nb:take a\nb:take empties\nb:takes 0\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar gz\nb:tar xf\nb:tar xz\nb:tarball 0\nb:tarball error\nb:tarball files\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target n\nb:target s\nb:target t\nb:target w\nb:targeting n\nb:targets 0\nb:targets d\nb:targets do\nb:targets for\nb:targets microsoft\nb:targets true\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task generate\nb:task get\nb:task java\nb:task key\nb:task kt\nb:task persona_flutter\nb:task pre\nb:task prebuild\nb:task_queues 0\nb:tasks 0\nb:tasks default\nb:tasks execution\nb:tasks task\nb:tasks utility\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:tells npm\nb:temp 0\nb:temp agents\nb:temp git\nb:temp skills\nb:temp then\nb:temp true\nb:temperatures calls\nb:template 0\nb:template section\nb:template ts\nb:templates tests\nb:temporarily overriding\nb:temporary git\nb:temps js\nb:temurin hotspot_jdk\nb:ten off\nb:terminated program\nb:terminates an\nb:terminates the\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform io\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test b8ej_\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test count\nb:test coverage\nb:test creating\nb:test days\nb:test debug\nb:test default\nb:test dir\nb:test dll\nb:test duration\nb:test environment\nb:test error\nb:test f\nb:test failed\nb:test failures\nb:test fetch\nb:test fetcher\nb:test file\nb:test files\nb:test fixed\nb:test fixtures\nb:test from\nb:test frontend\nb:test get\nb:test go\nb:test greeting\nb:test hello\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kt\nb:test linux\nb:test load\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test multiplication\nb:test new\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test perf\nb:test php\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test release\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test source\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test that\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test ubuntu\nb:test v\nb:test validate\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:test_window py\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:tester is\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests admin\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests csproj\nb:tests did\nb:tests failed\nb:tests failing\nb:tests feature\nb:tests files\nb:tests from\nb:tests func1\nb:tests in\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests properties\nb:tests ring_test\nb:tests run\nb:tests see\nb:tests settlement\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_slugs\nb:tests test_stock\nb:tests u\nb:tests unit\nb:tests__ evaluator\nb:tex range\nb:text startup\nb:textkit parser\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than initial\nb:than once\nb:than or\nb:than the\nb:thapa wlctl\nb:that allows\nb:that always\nb:that are\nb:that does\nb:that is\nb:that need\nb:that satisfies\nb:that supports\nb:that terminates\nb:that the\nb:that two\nb:that were\nb:the 0\nb:the a\nb:the ability\nb:the above\nb:the action\nb:the agent\nb:the allow\nb:the ammount\nb:the apache\nb:the artifact\nb:the attribute\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the channel\nb:the checkout\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the configured\nb:the conflict\nb:the constraint\nb:the contents\nb:the context\nb:the coverage\nb:the current\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the error\nb:the errors\nb:the expected\nb:the expression\nb:the extra\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the format\nb:the frozen\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the gradle\nb:the highlights\nb:the host\nb:the hosted\nb:the individual\nb:the initial\nb:the install\nb:the installation\nb:the job\nb:the just\nb:the last\nb:the latest\nb:the license\nb:the lint\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the method\nb:the mix\nb:the module\nb:the n\nb:the name\nb:the newest\nb:the node\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the packages\nb:the path\nb:the plugin\nb:the process\nb:the project\nb:the provided\nb:the proxy\nb:the punycode\nb:the query\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the requested\nb:the requirement\nb:the restore\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the strategy\nb:the switch\nb:the sync\nb:the temporary\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the types\nb:the update\nb:the upstream\nb:the version\nb:the warning\nb:the workspace\nb:the x\nb:thebeatles item\nb:them and\nb:theme kt\nb:theme theme\nb:then 0\nb:then any_\nb:there appears\nb:there are\nb:there is\nb:there were\nb:these values\nb:they are\nb:they come\nb:this advice\nb:this can\nb:this command\nb:this could\nb:this declaration\nb:this default\nb:this environment\nb:this error\nb:this expression\nb:this function\nb:this functionality\nb:this id\nb:this install\nb:this may\nb:this message\nb:this method\nb:this might\nb:this operation\nb:this please\nb:this potentially\nb:this project\nb:this release\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:this warning\nb:thiserror impl\nb:thiserror v1\nb:thread main\nb:threading csproj\nb:threading microsoft\nb:threading src\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time lifecycle\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout exceeded\nb:timeout file\nb:timeout node\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timers 0\nb:timeseries timeseries\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title n\nb:title stylelint\nb:title want\nb:tmp pnc\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:tmp tmp\nb:tmp zmk\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to azure\nb:to be\nb:to build\nb:to but\nb:to capture\nb:to central\nb:to change\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to configure\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to create\nb:to credentials\nb:to date\nb:to detect\nb:to display\nb:to docker\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to false\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to get\nb:to git\nb:to gradle\nb:to have\nb:to high\nb:to home\nb:to https\nb:to ignore\nb:to image\nb:to install\nb:to java\nb:to load\nb:to main\nb:to make\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to omit\nb:to open\nb:to opt\nb:to override\nb:to p\nb:to parameter\nb:to parse\nb:to prevent\nb:to query\nb:to re\nb:to read\nb:to refs\nb:to register\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to retain\nb:to return\nb:to run\nb:to s\nb:to save\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to start\nb:to suppress\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to u64\nb:to underlying\nb:to unpack\nb:to unsigned\nb:to untyped\nb:to update\nb:to upgrade\nb:to use\nb:to users\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:todo 0\nb:token 0\nb:token manager\nb:token sme\nb:tokens on\nb:toml 0\nb:toml changed\nb:toml started\nb:too long\nb:too many\nb:took 0\nb:took longer\nb:tool cache\nb:tool covdata\nb:tool is\nb:toolbox toolbox\nb:toolchain 0\nb:toolchain install\nb:toolchain none\nb:toolchain stable\nb:toolchain version\nb:toolchains xml\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools preview\nb:tools tests__\nb:top level\nb:top required\nb:top vec\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:trace deprecation\nb:trace file\nb:trace of\nb:traceback most\nb:track origin\nb:tracking orphan\nb:trailing comma\nb:trailing space\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:transferring context\nb:transferring dockerfile\nb:transform 0\nb:transition controller\nb:transport got\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree 0\nb:tree demospring\nb:tree git\nb:tree node_modules\nb:tree on\nb:tree org\nb:tree sitter\nb:tree src\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trouble with\nb:true and\nb:true bypass\nb:true displays\nb:true failed\nb:true inputs\nb:true npm\nb:true object\nb:true submit\nb:true to\nb:true truthy\nb:true turn\nb:truncate test\nb:truncate the\nb:trunk and\nb:truthy value\nb:try rustc\nb:try to\nb:try_from and\nb:trying to\nb:ts 0\nb:ts cart\nb:ts client\nb:ts format\nb:ts git\nb:ts invoices\nb:ts loader\nb:tsbootstrap backends\nb:tsbootstrap pyproject\nb:tsbootstrap services\nb:tsbootstrap src\nb:tsbootstrap tsbootstrap\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:turn off\nb:turn the\nb:two arrays\nb:two strings\nb:tx builder\nb:txt 0\nb:txt line\nb:type annotation\nb:type answer\nb:type coercion\nb:type comparison\nb:type error\nb:type generator\nb:type ignore\nb:type int\nb:type is\nb:type native\nb:type none\nb:type number\nb:type of\nb:type or\nb:type remote\nb:type running\nb:type sequence\nb:type str\nb:type string\nb:type test\nb:type u32\nb:typed context\nb:typenum v1\nb:types 0\nb:types in\nb:types int\nb:types of\nb:types react\nb:types to\nb:typescript eslint\nb:typescript starter\nb:typescript version\nb:typing extensions\nb:typing import\nb:typing list\nb:typo location\nb:tzdata 0\nb:tzst p\nb:u 0\nb:u b\nb:u b_\nb:u c\nb:u cogni\nb:u d\nb:u e\nb:u e_\nb:u g\nb:u i\nb:u l\nb:u m\nb:u memory\nb:u n\nb:u or\nb:u p\nb:u p_\nb:u r\nb:u s\nb:u t\nb:u to\nb:u1004 the\nb:u1101 unable\nb:u1403 package\nb:u16 u16\nb:u1903 warning\nb:u32 0\nb:u32 cannot\nb:u64 can\nb:u64 to\nb:u64 u8\nb:u8 option\nb:u8 to\nb:u8 usize\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu noble\nb:ubuntu pool\nb:ubuntu python\nb:ubuntu ubuntu2404\nb:ubuntu0 0\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ui ab0x\nb:ui app\nb:ui components\nb:ui core\nb:ui kt\nb:ui report\nb:ui screens\nb:ui styles\nb:ui theme\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:undo this\nb:unexpected argument\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected indentation\nb:unexpected newline\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:universe amd64\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown in\nb:unknown linux\nb:unknown property\nb:unknown word\nb:unlabeled 0\nb:unneeded return\nb:unnested or\nb:unoptimized debuginfo\nb:unordered key\nb:unpack 0\nb:unreachable code\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsatisfiable requirements\nb:unschedulable 0\nb:unset all\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:unsupported engine\nb:unter under\nb:until assertions\nb:untyped call\nb:untyped decorator\nb:untyped def\nb:untyped defs\nb:untyped function\nb:untyped functions\nb:untyped misc\nb:unused 0\nb:unused function\nb:unused ignore\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused type\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up auth\nb:up c\nb:up go\nb:up j\nb:up job\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update model\nb:update on\nb:update or\nb:update run\nb:update the\nb:update to\nb:update xml\nb:update your\nb:updated because\nb:updated but\nb:updates for\nb:updates in\nb:updates test\nb:updates tsx\nb:updating 0\nb:updating crates\nb:upgrade pip\nb:upgrade to\nb:upgrade your\nb:upload artifact\nb:uploading artifacts\nb:ureq v2\nb:url https\nb:urllib request\nb:urllib3 0\nb:usage of\nb:use a\nb:use apt\nb:use cd\nb:use compress\nb:use const\nb:use eslint\nb:use home\nb:use in\nb:use let\nb:use node\nb:use of\nb:use passkey\nb:use pip\nb:use prettier\nb:use search\nb:use the\nb:use try_from\nb:use warning\nb:use window\nb:used before\nb:used config\nb:used directly\nb:used in\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used typescript\nb:used unable\nb:user git\nb:user home\nb:user interface\nb:userguide command_line_interface\nb:userland alternative\nb:username g\nb:users api\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users csproj\nb:users david\nb:users john\nb:users jonesn\nb:users js\nb:users kevin\nb:users koen\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users ray6y\nb:users runner\nb:users runneradmin\nb:users users\nb:users usr\nb:users vagrant\nb:using 0\nb:using c\nb:using check\nb:using docker\nb:using existing\nb:using first\nb:using from\nb:using master\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:usr share\nb:util concurrent\nb:util is\nb:util java\nb:util test\nb:utility bash\nb:utils 0\nb:utils csv\nb:utils export\nb:utils format\nb:utils geo\nb:utils test\nb:uuid v\nb:uuid v1\nb:uv 0\nb:uv cache\nb:uv install\nb:uv lock\nb:uv pip\nb:uv sync\nb:uv_manager py\nb:uw u\nb:v a\nb:v a_\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v p\nb:v prune\nb:v rustup\nb:v rxs\nb:v s\nb:v v\nb:v v1\nb:v0 0\nb:v0 rust\nb:v1 0\nb:v1 app\nb:v1 s\nb:v1 unable\nb:v10 0\nb:v18 0\nb:v2 0\nb:v2 dockerfile\nb:v2 net\nb:v2 s\nb:v20 0\nb:v25 0\nb:v3 0\nb:v3 tests\nb:v4 0\nb:v4 dist\nb:v4 s\nb:v5 0\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 0\nb:v8 gradle\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value as\nb:value but\nb:value for\nb:value is\nb:value it\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable advice\nb:variable declaration\nb:variable error_count\nb:variable for\nb:variable has\nb:variable home\nb:variable not\nb:variable of\nb:variables can\nb:variance variate\nb:variant filter\nb:variant variance\nb:variante variant\nb:variants vueapp\nb:varint out\nb:vars identifier\nb:vdx hu\nb:vec str\nb:vec u8\nb:vendor bin\nb:vendor modules\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verification failed\nb:verification metadata\nb:verify the\nb:verifying checksum\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version solving\nb:version spec\nb:version that\nb:version v1\nb:version v6\nb:version verbose\nb:versions 0\nb:versions baseline\nb:versions for\nb:versions in\nb:versions may\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:via pandas\nb:via this\nb:view model\nb:viewmodel vpn\nb:viper bind\nb:visit https\nb:visual studio\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest dist\nb:vitest run\nb:vitest runner\nb:viz dashboard\nb:voidcontext nix\nb:vpn android\nb:vpn cargo\nb:vpn data\nb:vpn git\nb:vpn is\nb:vpn keycloak\nb:vpn main\nb:vpn native_lib\nb:vpn o\nb:vpn screen\nb:vpn service\nb:vpn shared\nb:vpn ui\nb:vpn view\nb:vpn viewmodel\nb:vpn_mtu option\nb:vs threading\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w 0\nb:w a\nb:w ampere\nb:w d_\nb:w dactyl\nb:w e\nb:w file\nb:w h\nb:w home\nb:w i\nb:w n\nb:w o\nb:w repo\nb:w s\nb:w t\nb:w the\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want npm\nb:want to\nb:want unicode\nb:warn code\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning as\nb:warning error\nb:warning github\nb:warning into\nb:warning mode\nb:warning no\nb:warning rolling_mean\nb:warning s\nb:warning spurious\nb:warning the\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warning was\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was canceled\nb:was created\nb:was defined\nb:was last\nb:was low\nb:was not\nb:was passed\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:wasmi_core v0\nb:watch all\nb:watch o\nb:watchos 0\nb:watchos arm64\nb:watchos main\nb:watchos simulator\nb:watchos x64\nb:we have\nb:we location\nb:we stopped\nb:we try\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:web3_universal_ledger from\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:weisjohn scratch\nb:welcome md\nb:welcome to\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:were supplied\nb:were used\nb:werror unused\nb:west cygwin\nb:west main\nb:west master\nb:west unlabeled\nb:west zephyr\nb:what s\nb:what was\nb:what went\nb:wheel for\nb:wheels macos\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when set\nb:when the\nb:when true\nb:when workspaces\nb:when your\nb:where 0\nb:where a\nb:where the\nb:which is\nb:which may\nb:which requires\nb:which types\nb:which will\nb:which you\nb:while assembling\nb:while awaiting\nb:while checking\nb:while executing\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:while waiting\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:whl 0\nb:whl metadata\nb:whose install\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:wildcard import\nb:will be\nb:will change\nb:will do\nb:will suppress\nb:win2012 x86\nb:win22 0\nb:window mean\nb:windows 0\nb:windows for\nb:windows latest\nb:windows msvc\nb:windows r\nb:windows server\nb:windows vpn\nb:windows windows2022\nb:windows2022 readme\nb:windows_ n\nb:with 0\nb:with a\nb:with allow\nb:with an\nb:with annotations\nb:with any\nb:with architecture\nb:with backtrace\nb:with body\nb:with code\nb:with copyright\nb:with dependency\nb:with digest\nb:with env\nb:with error\nb:with errors\nb:with exit\nb:with frozen\nb:with git\nb:with gitlab\nb:with gradle\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with no\nb:with non\nb:with package\nb:with path\nb:with r\nb:with scan\nb:with server\nb:with stacktrace\nb:with status\nb:with swift\nb:with the\nb:with this\nb:with timeout\nb:with version\nb:with vulnerabilities\nb:with write\nb:with your\nb:within 0\nb:within the\nb:without file\nb:without impacting\nb:without starting\nb:without the\nb:woff2 0\nb:word splitting\nb:work 0\nb:work actions\nb:work api\nb:work around\nb:work assets\nb:work badge\nb:work beringin\nb:work bigdata\nb:work billing\nb:work cart\nb:work chat\nb:work cogni\nb:work configr\nb:work counter\nb:work crc\nb:work dart_web3\nb:work dashboard\nb:work dates\nb:work deploy\nb:work dht\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fw\nb:work geo\nb:work graph\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work imgproc\nb:work integration\nb:work inventory\nb:work kotlin\nb:work landing\nb:work ledger\nb:work liquifact\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work ops\nb:work org\nb:work parser\nb:work phpunit\nb:work pkgtool\nb:work preparer\nb:work proto\nb:work py\nb:work pyserve\nb:work quasar\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work satu\nb:work sensor\nb:work shop\nb:work shorturl\nb:work slugger\nb:work slugs\nb:work space\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work tsbootstrap\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:work zurichsee_ha\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflow is\nb:workflow job\nb:workflow that\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace build\nb:workspace etl\nb:workspace geo\nb:workspace go\nb:workspace home\nb:workspace name\nb:workspace queue\nb:workspace root\nb:workspace samples\nb:workspace units\nb:workspace workspace\nb:workspaces are\nb:workspaces include\nb:workspaces of\nb:workspaces vs\nb:worktree config\nb:worktrees path\nb:would be\nb:would have\nb:would reformat\nb:wrapper dists\nb:wrapper zips\nb:write to\nb:write true\nb:writely notes\nb:writing image\nb:writing summary\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www shellcheck\nb:x 0\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x t\nb:x test_client\nb:x x\nb:x000001 b\nb:x32_2 0\nb:x64 bin\nb:x64 lib\nb:x64 main\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86 0\nb:x86_64 linux\nb:x86_64 unknown\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xf home\nb:xfailed in\nb:xfonts encodings\nb:xjc generation\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:y a\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:y_ p\nb:yaml 0\nb:yaml is\nb:yaml safe_load\nb:yaml truthy\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yesterday thebeatles\nb:yml 0\nb:yml line\nb:you are\nb:you can\nb:you create\nb:you don\nb:you have\nb:you make\nb:you mean\nb:you missing\nb:you must\nb:you need\nb:you want\nb:your build\nb:your code\nb:your gemfile\nb:your gradle\nb:your lock\nb:your lockfile\nb:your network\nb:your new\nb:your own\nb:your package\nb:your pipfile\nb:your plan\nb:your test\nb:your workflow\nb:z a\nb:z c\nb:z cleaning\nb:z current\nb:z debug\nb:z group\nb:z h\nb:z l\nb:z m\nb:zephyr module\nb:zephyr v1\nb:zephyrproject rtos\nb:zero code\nb:zero exit\nb:zero no\nb:zerox80 mavi\nb:zig 0\nb:zig build\nb:zigler 0\nb:zips 0\nb:zmk config\nb:zmkfirmware zmk\nb:zurichsee_ha requirements\nb:zurichsee_ha zurichsee_ha\nb:zzpmw to\nf:0\nf:a\nf:action\nf:actual\nf:add\nf:added\nf:adding\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:android\nf:annotated\nf:ansible\nf:api\nf:app\nf:apr\nf:arch\nf:archinstall\nf:artifact\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:azure\nf:b\nf:bad\nf:bash\nf:because\nf:benchmarks\nf:beringin\nf:billing\nf:bin\nf:black\nf:body\nf:branch\nf:bucket\nf:build\nf:build_dir\nf:building\nf:builds\nf:buildx\nf:built\nf:bundle\nf:bundler\nf:busted\nf:but\nf:by\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caching\nf:caddy\nf:can\nf:cancelled\nf:cancelling\nf:cannot\nf:cardreader\nf:cargo\nf:cart\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:changes\nf:check\nf:checked\nf:checking\nf:ci\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:client\nf:cloning\nf:cmake\nf:cmd\nf:code\nf:cogni\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:components\nf:composer\nf:compression\nf:config\nf:configure\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:context7\nf:continue\nf:copying\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:create\nf:created\nf:creating\nf:curl\nf:current\nf:custom_components\nf:d\nf:d101\nf:d12341ef4ed7\nf:daemon\nf:datacenter\nf:dd\nf:def\nf:default\nf:deleting\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detected\nf:detecting\nf:determining\nf:dev\nf:dhtl_entry\nf:dhtl_entry_windows\nf:did\nf:diff\nf:difference\nf:disabling\nf:distribution\nf:do\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:done\nf:double\nf:download\nf:downloaded\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:e\nf:e1001\nf:echo\nf:edit\nf:elif\nf:elixir\nf:else\nf:enable\nf:end\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:escrow\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:examples\nf:exceeded\nf:exception\nf:exec\nf:executing\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:explicit\nf:export\nf:exporting\nf:extra_cmake_args\nf:extracting\nf:f\nf:f401\nf:f403\nf:f420ae9f738c\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetching\nf:fi\nf:field\nf:file\nf:files\nf:find\nf:finished\nf:finishing\nf:first\nf:fix\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:format\nf:formatter\nf:found\nf:from\nf:frontend\nf:g\nf:gcc\nf:gem\nf:generate\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:gh\nf:git\nf:github\nf:glob\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gpg\nf:gradle\nf:gradlew\nf:grep\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:ignore\nf:image\nf:import\nf:in\nf:include\nf:included\nf:includeif\nf:incubating\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:install_gui_linux\nf:installed\nf:installing\nf:instance\nf:instructions\nf:internal\nf:interrupted\nf:invalid\nf:ios\nf:is\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:key\nf:knows\nf:kotlin\nf:l\nf:laravel\nf:learn\nf:ledger\nf:lerna\nf:let\nf:level\nf:lfs\nf:lib\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:linux\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:lookup\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:mcp\nf:medium\nf:melos\nf:meson\nf:meta\nf:metadata\nf:method\nf:microsoft\nf:minutes\nf:miscellaneous\nf:missing\nf:mix\nf:mnt\nf:mode\nf:model\nf:moderate\nf:module\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:naming\nf:network\nf:new\nf:next\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:notice\nf:npm\nf:npx\nf:number\nf:numpy\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:open\nf:opencode\nf:operating\nf:operator\nf:opt\nf:or\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:pandas\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:pip\nf:pipeline\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:pre\nf:prefix\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:prompt\nf:provider\nf:psql\nf:public\nf:pulling\nf:pydantic\nf:pyproject\nf:pytest\nf:python\nf:python2_\nf:python3\nf:python3_\nf:python_\nf:r\nf:rake\nf:ran\nf:range\nf:read\nf:reading\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:release\nf:removing\nf:repository\nf:reset\nf:resolve\nf:resolved\nf:resolving\nf:restore\nf:restored\nf:restoring\nf:restricted\nf:result\nf:results\nf:return\nf:returns\nf:reuse\nf:reviewdog\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:root\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rust\nf:rustc\nf:rustup\nf:s\nf:safety\nf:save\nf:scan\nf:scanned\nf:schema\nf:scikit\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:security\nf:see\nf:self\nf:sensor\nf:sentry\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:sha256\nf:shell\nf:shellcheck\nf:short\nf:should\nf:show\nf:skill\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:sparse\nf:spec\nf:specifiers\nf:src\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:state\nf:statsmodels\nf:status\nf:stderr\nf:step\nf:steps\nf:stopping\nf:stored\nf:string\nf:stylelint\nf:subject\nf:submodules\nf:subtest\nf:success\nf:successfully\nf:suites\nf:summary\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:targets\nf:task\nf:team\nf:teamcity\nf:temporarily\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:there\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tment\nf:tmp\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:tools\nf:total\nf:touch\nf:traceback\nf:transferring\nf:tree\nf:trim\nf:true\nf:try\nf:tsbootstrap\nf:tsc\nf:turn\nf:type\nf:typing\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unexpected\nf:unformatted\nf:unfortunately\nf:unit\nf:unknown\nf:unpacking\nf:unschedulable\nf:unused\nf:update\nf:updating\nf:uploading\nf:use\nf:used\nf:users\nf:using\nf:usr\nf:uv\nf:v0\nf:v1\nf:value\nf:var\nf:variable\nf:venv\nf:version\nf:via\nf:view\nf:virtualenv\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:watch\nf:we\nf:web\nf:webpack\nf:welcome\nf:what\nf:when\nf:windows\nf:with\nf:worker\nf:workflow\nf:working\nf:workspace\nf:workspaces\nf:would\nf:write\nf:writing\nf:x\nf:xml\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a_\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:absolute\nnw:abuild\nnw:access\nnw:accessing\nnw:account\nnw:action\nnw:actionpack\nnw:actions\nnw:actual\nnw:add\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:ammount\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approval\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:args\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:arrow_glacier\nnw:artifact\nnw:artifacts\nnw:as\nnw:assembly\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assignable\nnw:assigned\nnw:assignment\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:awesome\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b_\nnw:back\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:bom\nnw:boolean\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:built\nnw:builtin\nnw:bundle\nnw:bundler\nnw:busted\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2013\nnw:c2065\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cart\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:central\nnw:chain_generics\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:closing\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codecov\nnw:coding\nnw:coercion\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:compute_header_hash\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:container\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contracts\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:covdata\nnw:coverage\nnw:cpp\nnw:cpu\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:date\nnw:db\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:def\nnw:default\nnw:defined\nnw:delete\nnw:deleting\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detecto\nnw:detector\nnw:dev\nnw:dial\nnw:did\nnw:diff\nnw:different\nnw:digest\nnw:dir\nnw:directive\nnw:directory\nnw:disable\nnw:disabled\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documentation\nnw:documents\nnw:does\nnw:doesn\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:drone\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:eebxo6ax\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:em_http\nnw:emit\nnw:empty\nnw:en\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:ependen\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errors\nnw:escrow\nnw:eslint\nnw:est\nnw:establish\nnw:ethereum\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:experiment\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:extra\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixture\nnw:fixtures\nnw:fixtures_spec\nnw:flag\nnw:flags\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:force\nnw:foreign\nnw:fork\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:formed\nnw:forum\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:functions\nnw:further\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:gems\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getaddrinfo\nnw:getting\nnw:ggml\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goproxy\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:gravito\nnw:greater\nnw:greeting\nnw:group\nnw:groups\nnw:gui\nnw:gulp\nnw:gyp\nnw:gz\nnw:h\nnw:had\nnw:handle\nnw:handler\nnw:happened\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hashmap\nnw:hatch\nnw:hatchling\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:home\nnw:hook\nnw:host\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignore\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:increase\nnw:index\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:install_gui_linux\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instrument\nnw:insufficient\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:iso8601\nnw:issue\nnw:issues\nnw:ist\nnw:it\nnw:item\nnw:items\nnw:its\nnw:j\nnw:jar\nnw:jasmine\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:kernel\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:ktlint\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:lein\nnw:lenght\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:llama\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:looking\nnw:loop\nnw:low\nnw:lower_snake_case\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:macos\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:managed\nnw:manager\nnw:manual\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:mavi\nnw:max\nnw:may\nnw:maybe\nnw:mcomella\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:microsoft\nnw:mid0064\nnw:mid0065\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:more\nnw:most\nnw:mozilla\nnw:ms\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:n_\nnw:name\nnw:namespace\nnw:native\nnw:ne13\nnw:ne2\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:nodes\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:packet\nnw:pad\nnw:padding\nnw:page\nnw:paket\nnw:parallel\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parser\nnw:parsing\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pd\nnw:pelago\nnw:pending\nnw:performance\nnw:perhaps\nnw:period\nnw:phase\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pipenv\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pod\nnw:pods\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:possibly\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:printf\nnw:private\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:protocol\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:quasar\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:rate\nnw:ratelimit\nnw:rather\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:reassigned\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:relying\nnw:remaining\nnw:remote\nnw:remove\nnw:removing\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:requests\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:returns\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:rubyonrails\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s0103\nnw:s0246\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:sensor\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:setting\nnw:settings\nnw:setup\nnw:severity\nnw:sh\nnw:sha256\nnw:share\nnw:shared\nnw:shell\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shrinkwrap\nnw:shutdown\nnw:signal\nnw:simple\nnw:single\nnw:sit\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:solving\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:spelling\nnw:splitting\nnw:spurious\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:style\nnw:sub\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:tcp\nnw:teamcity\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_create\nnw:test_error\nnw:test_fail\nnw:test_features\nnw:test_run\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:thrown\nnw:tightening\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:tint\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:token\nnw:toml\nnw:too\nnw:took\nnw:tool\nnw:toolbox\nnw:tooling\nnw:tools\nnw:topic\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transfer\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undeclared\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unit\nnw:units\nnw:unix\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:unschedulable\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:uploading\nnw:uri\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:vite\nnw:vpn\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:y_\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yarnpkg\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zzpmw\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a01e7751d80c\nw:a07\nw:a1\nw:a1082be0\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a5\nw:a62\nw:a7aef8b1\nw:a_\nw:aa\nw:aaa\nw:aarch64\nw:aashish\nw:ab0x\nw:ab284314\nw:abi3\nw:ability\nw:able\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:abuild\nw:ac6\nw:accept\nw:access\nw:accordingly\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:act_container_manager\nw:act_linter\nw:action\nw:action_actionlint\nw:actionable\nw:actionlint\nw:actionpack\nw:actions\nw:activate\nw:active\nw:activemodel\nw:activerecord\nw:activity\nw:actual\nw:ad613ffba\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:additions\nw:admin\nw:advice\nw:advisories\nw:advisory\nw:aes\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:agents\nw:aggregate\nw:ai\nw:aiogithubapi\nw:aiohasupervisor\nw:aiohttp\nw:aiooui\nw:aiosignal\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:all\nw:allocate\nw:allocation\nw:allow\nw:allowed\nw:allows\nw:alongside\nw:alpha1\nw:alphabetical\nw:alpine\nw:alpine3\nw:alpinelinux\nw:already\nw:als\nw:also\nw:alternative\nw:always\nw:amd64\nw:ammount\nw:amount\nw:ampere\nw:amphp\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:and\nw:andi\nw:android\nw:annotated\nw:annotation\nw:annotations\nw:anonymous\nw:ansi\nw:ansible\nw:answer\nw:any\nw:any_\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apis\nw:apk\nw:app\nw:appcompat\nw:appears\nw:apple\nw:application\nw:applied\nw:apply\nw:approval\nw:approved\nw:approx\nw:apps\nw:apr\nw:apt\nw:arc\nw:arch\nw:archinstall\nw:architect\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:ark\nw:arm\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:as\nw:asd\nw:assembling\nw:assembly\nw:assert\nw:assert_eq\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:assistant\nw:associated\nw:ast\nw:astral\nw:astrogilda\nw:async\nw:async_hooks\nw:at\nw:attempt\nw:attempts\nw:attr\nw:attribute\nw:attrs\nw:audit\nw:audited\nw:auditor\nw:auth\nw:author\nw:auto\nw:automatically\nw:automation\nw:autonomous\nw:available\nw:avg\nw:avoid\nw:await\nw:awaiting\nw:awesomeness\nw:awk\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b28\nw:b301\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b5c67\nw:b6\nw:b627fbcd5589ae52\nw:b7\nw:b7c1d6e3f\nw:b8ej_\nw:b_\nw:b_allowed\nw:babel\nw:back\nw:backend\nw:backends\nw:backoff\nw:backticks\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:base64\nw:based\nw:baseline\nw:bash\nw:basic\nw:batch\nw:bats\nw:bazel\nw:bb\nw:bc\nw:bd\nw:be\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:behavior\nw:behind\nw:being\nw:benchmarks\nw:bergmann\nw:beringin\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigint\nw:bigquery\nw:billing\nw:bin\nw:binary\nw:bind\nw:bintray\nw:binutils\nw:biome\nw:bit\nw:bitwise\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blockchain\nw:blocked\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:bluetooth\nw:blur\nw:bodies\nw:body\nw:book\nw:bookmarks\nw:bookworm\nw:bool\nw:boolean\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:boto3\nw:bound\nw:bounds\nw:br\nw:branch\nw:branches\nw:branchpoint\nw:breadcrumbs\nw:break\nw:breaking\nw:brianbancroft\nw:bridgecrewio\nw:british\nw:broadcast\nw:broken\nw:browser\nw:brulee\nw:bs\nw:bucket\nw:buf\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:build1\nw:build_dir\nw:builddir\nw:builder\nw:building\nw:buildkite\nw:buildprocess\nw:builds\nw:buildtree\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:button\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c12\nw:c1d2e3\nw:c1e\nw:c2\nw:c2065\nw:c2086\nw:c2164\nw:c2_\nw:c3\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:cab\nw:cabal\nw:cache\nw:cache_rs\nw:cached\nw:cachedir\nw:cachekey\nw:cacheprovider\nw:caches\nw:caching\nw:caddy\nw:call\nw:call_once\nw:callable\nw:callback\nw:called\nw:calling\nw:calls\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:cannot\nw:capability\nw:capsules\nw:captioner\nw:capture\nw:card\nw:cardreader\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:cast\nw:cast_lossless\nw:cast_possible_truncation\nw:casting\nw:castle\nw:casts\nw:cat\nw:catch\nw:categories\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cdn\nw:cell\nw:central\nw:cf\nw:cfg\nw:cgen\nw:ch\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:channels\nw:chapter3\nw:char\nw:characters\nw:chars\nw:charset\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:checksums\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:chosen\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:cinterop\nw:circle\nw:circleci\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clause\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:clear\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cmsis\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec\nw:codec_test\nw:codecov\nw:codegen\nw:codehaus\nw:coder\nw:codespell\nw:codex\nw:coercion\nw:cogni\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:collision\nw:color\nw:colors\nw:colr\nw:column\nw:com\nw:come\nw:comma\nw:command\nw:command_dispatcher\nw:command_line_interface\nw:command_line_warnings\nw:command_runner\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:commits\nw:common\nw:commonization\nw:commonly\nw:comms\nw:communication\nw:community\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:component\nw:component_test\nw:components\nw:composer\nw:compress\nw:compression\nw:compute\nw:computed\nw:concepts\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:cone\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configure\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:conftest\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:consider\nw:considered\nw:console\nw:const\nw:constraints\nw:construct\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:container_test_runner\nw:containers\nw:containing\nw:contains\nw:content\nw:contents\nw:context\nw:context7\nw:continue\nw:contract\nw:contracts\nw:contributors\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:cop\nw:copy\nw:copying\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:corrected\nw:correctness\nw:cosmos\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:coupon\nw:cov\nw:covdata\nw:cover\nw:coverage\nw:covered\nw:cp\nw:cp314\nw:cpp\nw:cpufeatures\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:creme\nw:cronjs\nw:cross\nw:crossbeam\nw:crypto\nw:crypto_sign\nw:crystal\nw:cs\nw:csl\nw:cspell\nw:csproj\nw:css\nw:cstuff\nw:csv\nw:csvkit\nw:csys\nw:ctest\nw:curl\nw:current\nw:currently\nw:curve25519\nw:cusr\nw:custom\nw:custom_components\nw:cwiki\nw:cygwin\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d12341ef4ed7\nw:d1c2f4a\nw:d1f\nw:d2\nw:d2c1e0f\nw:d2f6c0b\nw:d4ba2\nw:d55\nw:d_\nw:dactyl\nw:dactyl_left\nw:daemon\nw:daemons\nw:dalek\nw:dangerously\nw:darling_macro\nw:dart\nw:dart_web3\nw:darwin\nw:dashboard\nw:dashes\nw:dashmap\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datasert\nw:date\nw:dates\nw:dateutil\nw:david\nw:days\nw:db\nw:dbe9cd2fc\nw:dbkit\nw:dd\nw:dd7935\nw:deadline\nw:deb\nw:deb12u1\nw:debian\nw:debug\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:declared\nw:decode\nw:decorator\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defaults\nw:defined\nw:defining\nw:definition\nw:defs\nw:degraded\nw:delete\nw:deleted\nw:deleting\nw:delimiter\nw:demo\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:der\nw:dereferenced\nw:derived\nw:deriving\nw:derliebemarcus\nw:desc\nw:describe\nw:description\nw:descriptors\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detection\nw:detector\nw:detectors\nw:detekt\nw:determining\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:dht\nw:dhtl_commands\nw:dhtl_commands_standalone\nw:dhtl_commands_workflows\nw:dhtl_entry\nw:dhtl_entry_windows\nw:dhtl_github\nw:dhtl_guardian_command\nw:dhtl_version\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:dict\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:differs\nw:digest\nw:dir\nw:direct\nw:directly\nw:directories\nw:directory\nw:disable\nw:disabled\nw:disabling\nw:discard\nw:discount\nw:discovered\nw:discovery\nw:disk\nw:dispatcher\nw:display\nw:displays\nw:dist\nw:distribution\nw:distributions\nw:div\nw:division\nw:django\nw:dl\nw:dll\nw:do\nw:doc\nw:doc_markdown\nw:docker\nw:dockerfile\nw:dockerignore\nw:docs\nw:docstring\nw:doctrine\nw:document\nw:documentation\nw:documents\nw:doer\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotfiles\nw:dotnet\nw:dotnet10\nw:double\nw:down\nw:downgrade\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:driver\nw:drone\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:dyn\nw:e\nw:e0\nw:e0061\nw:e0106\nw:e0277\nw:e0308\nw:e04\nw:e0401\nw:e0425\nw:e1001\nw:e1101\nw:e225\nw:e231\nw:e24\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e8f\nw:e_\nw:e_path\nw:each\nw:eadcdc7d\nw:ec\nw:echo\nw:eclipse\nw:ed25519\nw:edeandrea\nw:edge\nw:edit\nw:editor\nw:eebxo6ax\nw:efde290b\nw:efe31b98f2\nw:eff\nw:egeria\nw:either\nw:elem\nw:element\nw:elements\nw:elif\nw:elite\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embark\nw:embedded\nw:emit\nw:emitted\nw:emitter\nw:empties\nw:empty\nw:en\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encodings\nw:encountered\nw:end\nw:endpoints\nw:ends_with\nw:enforce\nw:engine\nw:engineers\nw:enhancements\nw:enough\nw:entering\nw:entirely\nw:entities\nw:entity\nw:entry\nw:entrypoint\nw:enum\nw:env\nw:environment\nw:envs\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:epoch\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:equivalent\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:erson\nw:es\nw:escape\nw:escaped\nw:escrow\nw:escrow_id\nw:eslint\nw:est\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluating\nw:evaluator\nw:even\nw:event\nw:events\nw:ever\nw:every\nw:ex\nw:exactly\nw:example\nw:examples\nw:exceeded\nw:exceeds\nw:exception\nw:exceptions\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:experimental\nw:explain\nw:explanations\nw:explicit\nw:explicitly\nw:explore\nw:export\nw:exported\nw:exporting\nw:exports\nw:expr\nw:express\nw:expressed\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:extra\nw:extra_cmake_args\nw:extracting\nw:extraheader\nw:extras\nw:f\nw:f1d2c3b\nw:f20251215\nw:f20260105\nw:f20260413\nw:f242abd9c8e\nw:f401\nw:f403\nw:f420ae9f738c\nw:f53616\nw:f841\nw:f909ac5\nw:f_to_c\nw:factory\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fallback\nw:false\nw:familjen\nw:family\nw:fast\nw:faster\nw:fastlane\nw:fatal\nw:fb\nw:fc58aa\nw:fc97a4c5\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetched\nw:fetcher\nw:fetching\nw:few\nw:ff\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fits\nw:fix\nw:fixed\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flags\nw:flake\nw:flash\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:fonts\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:forgot\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:forwarder\nw:found\nw:foundation\nw:fragment\nw:frames\nw:framework\nw:free\nw:freetype\nw:freezing\nw:fresh\nw:from\nw:frontend\nw:frozen\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:futures\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g8001\nw:g_\nw:galaxy\nw:garbage\nw:gateway\nw:gateway_addresses\nw:gc\nw:gcc\nw:gcd_import\nw:gcm\nw:gconnect\nw:gcr\nw:gdb\nw:gem\nw:gemfile\nw:gemini\nw:gems\nw:generated\nw:generating\nw:generation\nw:generator\nw:generic\nw:geo\nw:get\nw:get_settled_at\nw:get_sources\nw:getaddrinfo\nw:getter\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:ghcr\nw:gi\nw:git\nw:gitconfig\nw:gitdir\nw:github\nw:gitlab\nw:gitleaks\nw:given\nw:gl\nw:glibc\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:gpt\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:gravito\nw:greater\nw:green\nw:greeting\nw:grep\nw:grgit\nw:groovy\nw:grotesk\nw:group\nw:groups\nw:guilouro\nw:gulp\nw:gyp\nw:gz\nw:gzip\nw:h\nw:h0m0s\nw:h0s9kvb6g2sinako7ub77ku\nw:h11\nw:h2\nw:h5\nw:h600\nw:h_\nw:habluetooth\nw:had\nw:hadolint\nw:hadrian\nw:hal\nw:handbook\nw:handle\nw:handled\nw:handler\nw:handles\nw:hang\nw:happen\nw:happy\nw:hard\nw:harness\nw:has\nw:hash\nw:hashbrown\nw:hashmap\nw:haskell\nw:hass\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:headless\nw:heads\nw:health\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hhp\nw:hi\nw:hicpp\nw:hidden\nw:hierarchy\nw:high\nw:higher\nw:highlights\nw:hint\nw:hit\nw:hits\nw:hive\nw:hoisted\nw:hoisting\nw:home\nw:homeassistant\nw:homebrew\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:hours\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:httpcore\nw:https\nw:httpx\nw:hu\nw:hub\nw:humanwhocodes\nw:husky\nw:i\nw:i128\nw:i_\nw:ibis\nw:ibis_bigquery\nw:ic\nw:ic3bur\nw:icons\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idx\nw:ie\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:im\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:imgproc\nw:iml1s\nw:immediately\nw:immutable\nw:impacting\nw:impl\nw:implement\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importlib\nw:imports\nw:in\nw:inc\nw:include\nw:included\nw:includeif\nw:includes\nw:including\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistencies\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:incremental\nw:incubating\nw:indentation\nw:index\nw:indicate\nw:indicates\nw:individual\nw:ineffective\nw:infallibly\nw:inference\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initial\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inlang\nw:inner\nw:input\nw:inputs\nw:insensitive\nw:inside\nw:insights\nw:inspected\nw:install\nw:install_gui_linux\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instead\nw:instructions\nw:instrument\nw:instrumented\nw:insufficient\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interface\nw:interfaces\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:inverse\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ipynb\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:is_none\nw:isn\nw:isntall\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:ist\nw:it\nw:item\nw:items\nw:iter\nw:iterating\nw:iterator\nw:itertools\nw:itoa\nw:its\nw:itself\nw:j\nw:j2\nw:j30\nw:jar\nw:jars\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetbrains\nw:jetty\nw:job\nw:john\nw:jonesn\nw:jooq\nw:jq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julia\nw:jupiter\nw:jupyter\nw:just\nw:jvm\nw:k\nw:k1045\nw:k8s\nw:k_\nw:kata\nw:keccak\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keycloak\nw:keygen\nw:keymanapp\nw:keys\nw:keystore\nw:keyword\nw:keywords\nw:ki\nw:kill\nw:killed\nw:kind\nw:km_to_miles\nw:knob\nw:known\nw:knows\nw:koans\nw:koch\nw:koen\nw:kotlin\nw:kt\nw:ktlint\nw:kts\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l1s\nw:l3\nw:l3008\nw:l3013\nw:lab\nw:label\nw:labs\nw:lambda\nw:landing\nw:lando\nw:lang\nw:laravel\nw:large\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:layers\nw:layout\nw:lazy\nw:ld\nw:league\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libc\nw:libc6\nw:library\nw:libs\nw:libtonode\nw:license\nw:license_file\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:liquifact\nw:liquifact_escrow\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:lite86\nw:literal\nw:littpi\nw:live\nw:llama\nw:lloc\nw:llvm\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logger\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:look\nw:looking\nw:looks\nw:lookup\nw:loomy\nw:loop\nw:loosely\nw:lost\nw:low\nw:lowagie\nw:lower\nw:lower_snake_case\nw:lru\nw:ls\nw:lspconfig\nw:lua\nw:m\nw:m0s\nw:m104\nw:m12\nw:m2\nw:m21\nw:m237\nw:m2repository\nw:m309\nw:m47\nw:m49\nw:m62\nw:m64\nw:m67\nw:m7\nw:m78\nw:m84\nw:m88\nw:m_\nw:mac\nw:machine\nw:macos\nw:macro\nw:macro2\nw:macros\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:makes\nw:making\nw:malformed\nw:malicious\nw:manager\nw:mani\nw:manifest\nw:manifests\nw:manual\nw:manually\nw:manuell\nw:many\nw:manylinux2014_x86_64\nw:manylinux_2_17_x86_64\nw:manylinux_2_28_x86_64\nw:manylinux_2_34_x86_64\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marketing\nw:marking\nw:masque\nw:master\nw:match\nw:matched\nw:matcher\nw:matchers\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maturin\nw:maven\nw:maven2\nw:mavi\nw:mavivpn\nw:mawk\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:maybe\nw:mb\nw:mcgdiff\nw:mcp\nw:md\nw:mdi\nw:mdurl\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:mecho\nw:media\nw:meeting\nw:megalinter\nw:melos\nw:mem\nw:member\nw:memory\nw:merge\nw:merror\nw:meson\nw:message\nw:messages\nw:met\nw:meta\nw:metadata\nw:meter\nw:method\nw:metrics\nw:mfi\nw:mhelp\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:mif\nw:might\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minimum\nw:minitest\nw:mintimeout\nw:minutes\nw:mirror\nw:misc\nw:miscellaneous\nw:mismatch\nw:mismatched\nw:miss\nw:missing\nw:missing_offset\nw:mission\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnote\nw:mnpm\nw:mnt\nw:mobile\nw:mocha\nw:mock\nw:mod\nw:modal\nw:mode\nw:model\nw:models\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:molecule\nw:money\nw:mono\nw:more\nw:most\nw:mother\nw:move\nw:moved\nw:mpp\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:mshared\nw:msvc\nw:multi\nw:multiline\nw:multiple\nw:multiple___\nw:multiplication\nw:musl\nw:must\nw:must_use_candidate\nw:mut\nw:mutmut\nw:mutual\nw:mvalue\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:mysrc\nw:n\nw:n0000\nw:n0028\nw:n_\nw:nabucasa\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:naming\nw:native\nw:native_lib\nw:nav\nw:ne\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netfx40\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newer\nw:newest\nw:newlib\nw:newline\nw:newtonsoft\nw:next\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:nix\nw:no\nw:noble\nw:node\nw:node_config\nw:node_modules\nw:nodejs\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notifications\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:nuget\nw:null\nw:nullable\nw:num\nw:number\nw:numeric\nw:numpy\nw:nunomaduro\nw:nursery\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:odder\nw:oder\nw:odor\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:ole\nw:omit\nw:on\nw:once\nw:once_cell\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:opencode\nw:openemr\nw:opening\nw:openproject\nw:openssh\nw:opentelemetry\nw:operand\nw:operating\nw:operation\nw:operations\nw:operator\nw:operators\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outside\nw:over\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:own\nw:oxlint\nw:p\nw:p0040\nw:p1\nw:p256\nw:p_\nw:pack\nw:package\nw:package_name\nw:packages\nw:packaging\nw:packed\nw:packet\nw:packetfence\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:paket\nw:pandas\nw:panic\nw:panicked\nw:panicking\nw:panics\nw:panics_on_zero\nw:paragraph\nw:parallel\nw:param\nw:parameter\nw:parameters\nw:params\nw:parcel\nw:parens\nw:parent\nw:parentheses\nw:parenthesis\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsers\nw:parsing\nw:part\nw:partial\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:passkey\nw:password\nw:paste\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:patterns\nw:payload\nw:pb\nw:pbkdf2\nw:pdf\nw:pdfkit\nw:pedantic\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:person\nw:persona_flutter\nw:pest\nw:pestphp\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pillow\nw:pin\nw:pinned\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgconfig\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:plans\nw:platform\nw:please\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:plus\nw:pmd\nw:pnc\nw:pnpm\nw:pod\nw:pods\nw:poe\nw:pointing\nw:policies\nw:policy\nw:polyfill\nw:polymer\nw:pom\nw:pool\nw:populate\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:post0\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:power\nw:pp\nw:ppv\nw:pr\nw:prebuild\nw:prebuilt\nw:precompiled\nw:prefer\nw:prefix\nw:prefs\nw:preinstall\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparer\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:prettier\nw:prettyplease\nw:prevent\nw:previous\nw:price\nw:primary\nw:print\nw:printed\nw:printf\nw:println\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:proceed\nw:process\nw:processes\nw:processing\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:prometheus\nw:promise\nw:prompt\nw:prompts\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:providers\nw:provides\nw:providing\nw:provisioner\nw:provisioning\nw:proxy\nw:prune\nw:psql\nw:psr\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:punycode\nw:purchased\nw:pure\nw:push\nw:pv4\nw:pwsh\nw:py\nw:py2\nw:py3\nw:pycognito\nw:pydantic\nw:pygments\nw:pylint\nw:pyo3\nw:pypa\nw:pypi\nw:pyproject\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python2_\nw:python3\nw:python3_\nw:python_\nw:pytz\nw:pyyaml\nw:q\nw:qt\nw:qty\nw:quant\nw:quantity\nw:quartz\nw:quasar\nw:queries\nw:query\nw:queue\nw:queued\nw:queues\nw:quic\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r0\nw:r2\nw:r5\nw:r7\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:rand\nw:rand_core\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:ray6y\nw:rb\nw:rc\nw:rc1\nw:rc2\nw:rc3\nw:rdk\nw:re\nw:reached\nw:react\nw:read\nw:read_capsule\nw:reading\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:record\nw:recorded\nw:records\nw:recursive\nw:ref\nw:refactor\nw:refactoring\nw:refer\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:region\nw:register\nw:registration\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:related\nw:release\nw:releases\nw:relying\nw:remaining\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:rename\nw:renamed\nw:render\nw:rendering\nw:renders\nw:repack\nw:replace\nw:replaced\nw:repo\nw:report\nw:reported\nw:reporter\nw:reporters\nw:reporting\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:res\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolvable\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restoring\nw:restricted\nw:result\nw:results\nw:retail\nw:retain\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returns\nw:reuse\nw:reused\nw:rev\nw:review\nw:reviewdog\nw:reviewer\nw:revision\nw:revive\nw:rf\nw:rich\nw:right\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:role\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:ropenscilabs\nw:roundtrip\nw:route\nw:router\nw:routes\nw:rows\nw:rpc\nw:rpmbuild\nw:rs\nw:rspec\nw:rss\nw:rtos\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runner_temp\nw:runneradmin\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rustfmt\nw:rustup\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s2322\nw:s2345\nw:s2554\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safe_load\nw:safety\nw:same\nw:sample\nw:samples\nw:sandbox\nw:sardonyx\nw:sata\nw:satisfied\nw:satisfies\nw:satisfy\nw:satu\nw:save\nw:saved\nw:saving\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schedule\nw:scheduler\nw:schema\nw:scikit\nw:scm\nw:scope\nw:scratch\nw:screen\nw:screens\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:sdks\nw:search\nw:sebastian\nw:sec\nw:sec1\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secs\nw:section\nw:section_end\nw:section_start\nw:securedrop_client\nw:security\nw:see\nw:seeds\nw:seem\nw:seems\nw:select\nw:selected\nw:self\nw:semicolon\nw:semver\nw:send\nw:sending\nw:sensor\nw:sensors\nw:sentence\nw:sentry\nw:separate\nw:sequence\nw:sequential\nw:serde\nw:serde_derive\nw:serde_json\nw:serde_with\nw:serialize\nw:serve\nw:server\nw:service\nw:services\nw:session\nw:set\nw:sets\nw:setting\nw:settings\nw:settle\nw:settle_ts\nw:settled_at\nw:settlement\nw:setup\nw:setuptools\nw:several\nw:severity\nw:sf\nw:sh\nw:sha256\nw:shallow\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shims\nw:shipkit\nw:shivammathur\nw:shodh\nw:shop\nw:shopco\nw:shopfront\nw:short\nw:shorturl\nw:should\nw:should_\nw:show\nw:shows\nw:shrinkwrap\nw:shutdown\nw:sid\nw:side\nw:sidekick\nw:sign\nw:signal\nw:signature\nw:signed\nw:signedness\nw:significantly\nw:silent\nw:simdjson\nw:simple\nw:simplified\nw:simulators\nw:sin\nw:since\nw:single\nw:sit\nw:site\nw:sites\nw:sitter\nw:six\nw:sixty\nw:size\nw:skill\nw:skills\nw:skip\nw:skipped\nw:skipping\nw:skywire\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:sme\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:soap\nw:sock\nw:socket\nw:software\nw:solana\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:soroban\nw:soroban_sdk\nw:source\nw:sourcerygxx\nw:sources\nw:space\nw:spaces\nw:spacing\nw:sparse\nw:spec\nw:specific\nw:specified\nw:specifiers\nw:specs\nw:spell\nw:spelling\nw:split\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:spurious\nw:sql\nw:sqlalchemy\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stable_deref_trait\nw:stack\nw:stackage\nw:stacked\nw:stacktrace\nw:stage\nw:stale\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:stat\nw:state\nw:statement\nw:statements\nw:static\nw:staticcheck\nw:stats\nw:statsforecast\nw:statsmodels\nw:status\nw:std\nw:stderr\nw:stdin\nw:stdlib\nw:stdout\nw:stdune\nw:stellar\nw:step\nw:step_script\nw:steps\nw:stg\nw:still\nw:stmts\nw:stop\nw:stopped\nw:stopping\nw:storage\nw:store\nw:stored\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:strip\nw:strkey\nw:strsim\nw:struct\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:studios\nw:style\nw:styled\nw:stylelint\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodule\nw:submodules\nw:subprocess\nw:subsequent\nw:subtest\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:sunday\nw:supabase\nw:super\nw:supplied\nw:support\nw:supported\nw:suppress\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:svg\nw:swatinem\nw:swift\nw:switch\nw:switched\nw:switching\nw:symbol\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t00\nw:t03\nw:t06\nw:t08\nw:t09\nw:t10\nw:t10_00_00_000\nw:t14\nw:t15\nw:t16\nw:t17\nw:t18\nw:t20\nw:t21\nw:t_\nw:tab\nw:table\nw:tabs\nw:tag\nw:tags\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tar\nw:target\nw:targeting\nw:targets\nw:task\nw:task_queues\nw:tasks\nw:tauri\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:teamcity\nw:telemetry\nw:tells\nw:temp\nw:temperatures\nw:template\nw:templates\nw:temporarily\nw:temporary\nw:temps\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminate\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_core\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_rolling_mean\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_total_rounding\nw:test_unicode\nw:test_window\nw:testcafe\nw:tested\nw:tester\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:thebeatles\nw:their\nw:them\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thiserror\nw:thread\nw:threads\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:timeseries\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tment\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:tokio\nw:toml\nw:tomli\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolchain\nw:toolchains\nw:tooling\nw:toolkit\nw:tools\nw:toomanyrequests\nw:top\nw:topic\nw:topologies\nw:total\nw:touch\nw:tower\nw:tpl\nw:trace\nw:traceback\nw:traces\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transferring\nw:transform\nw:transition\nw:transitive\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trouble\nw:true\nw:truncate\nw:trunk\nw:truthy\nw:try\nw:try_from\nw:trying\nw:ts\nw:tsbootstrap\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:tunnel\nw:turbo\nw:turbopack\nw:turn\nw:tutor\nw:two\nw:tx\nw:txt\nw:type\nw:typecheck\nw:typed\nw:typenum\nw:types\nw:typescript\nw:typo\nw:tzdata\nw:tzst\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u1903\nw:u32\nw:ubuntu\nw:ubuntu0\nw:ubuntu1_amd64\nw:ubuntu24\nw:ubuntu2404\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underscore\nw:understood\nw:undo\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unified\nw:unifont\nw:uninlined_format_args\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:universe\nw:unix\nw:unknown\nw:unlabeled\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unnested\nw:unoptimized\nw:unordered\nw:unpack\nw:unpacking\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unschedulable\nw:unset\nw:unsigned\nw:unsupported\nw:unter\nw:until\nw:untrusted\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:unzstd\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upload\nw:uploaded\nw:uploading\nw:upstream\nw:ureq\nw:uri\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:us\nw:usage\nw:usb\nw:use\nw:used\nw:user\nw:userguide\nw:userland\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:utxo\nw:uuid\nw:uv\nw:uv_manager\nw:uvu\nw:uw\nw:v\nw:v0\nw:v1\nw:v10\nw:v18\nw:v2\nw:v20\nw:v25\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:v_\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variance\nw:variant\nw:variante\nw:variants\nw:variate\nw:varint\nw:varint_len\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:vdx\nw:ve\nw:vec\nw:vector\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:verifying\nw:version\nw:versions\nw:via\nw:view\nw:viewmodel\nw:views\nw:violations\nw:viper\nw:virtual\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:voidcontext\nw:volumes\nw:vpn\nw:vpn_mtu\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:w_\nw:wait\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warm\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:wasmi_core\nw:watch\nw:watchos\nw:wdio\nw:we\nw:web\nw:web3_universal\nw:web3_universal_ledger\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:weisjohn\nw:welcome\nw:well\nw:went\nw:were\nw:werror\nw:west\nw:westus\nw:what\nw:wheel\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:whose\nw:why\nw:widgets\nw:wiki\nw:will\nw:win2012\nw:win22\nw:window\nw:windows\nw:windows2022\nw:windows_\nw:wine\nw:with\nw:withdraw\nw:within\nw:without\nw:wlctl\nw:woff2\nw:word\nw:words\nw:work\nw:workdir\nw:worker\nw:workflow\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:worktree\nw:worktrees\nw:world\nw:would\nw:wrap\nw:wrapped\nw:wrapper\nw:write\nw:writely\nw:writer\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x64\nw:x8\nw:x8000_0000\nw:x86\nw:x86_64\nw:x_\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xf\nw:xfailed\nw:xfonts\nw:xjc\nw:xml\nw:xs\nw:xz\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarn\nw:yesterday\nw:yet\nw:yml\nw:yoke\nw:you\nw:your\nw:z\nw:zephyr\nw:zephyrproject\nw:zero\nw:zerox80\nw:zig\nw:zigler\nw:zip\nw:zips\nw:zmk\nw:zmkfirmware\nw:zstd\nw:zurichsee_ha\nw:zzpmw",
    causeBias: -130,
    cause: '7v8KAN3/zP/k/+f/KQC0/9//0P/W/wUAs//c/+L/6P/Z/1IAHADQ/8//2//X/6v/yP+u/2MABgD8/0gA4/++/6D/rf/+/93/5P/d/7L/0//q//T/1//d/x4AuP/Z/xsAUQCV/8v/IwA6ABEACwC6/8f/LwCQ/ygAx//p/9P/JADL/93/5f/k/6X/5v92/6z/HQAzAJD/6f/V/9X/DwD6/0UAsf8PAOf/8v8rAJz/uf8iAMj/UgAbAOX/FgD6/zwACgAuALj/QADC/7f/OQDO/yQAHQDn/+f/wf/d/+H/5f/k/+f/3f/c/xwA3f/p/8z/0P82ABsAtf/b/wYA0/+2/yoAOgDg/xoACADC/xYAIABgAN3/NQAjAD8ARgApAOX/IQDk/8P/7P/U/xUA4P8UAL7/KwAjAE4Aj//n/9D/9f9eAAsAmf9WANr/rf8gAMT/BQDJ/+v/5//q/7b/WQAXANz/5v+3/9n/VgBIAOj/4v/U/7//GgDn/1IAwf84AL3/yv/J/7b/rf/P/0gA4P9LAP3/9f/d/+H/FQCv/xwAzv8SANj/IADg/xoAgwAbAOr/TQAjAOj/IAADAOL/xf/B/1AAh//H/5z/PQDg/1H/z//p/63/IwDV//T/vP+n/yQAo//a/3//3P8YACQAuf/J/7j/NgDT/9b/oP8gAC0A4/9fAP3/lf/L/77/4f+L/9r/q//C/8z/MwBCABYAl/8ZALn/JgCz/xQA1/9MAOn/CQDn/+H/5v/L/+j/5v/T/+v/z//j/+z/5v8mAEUArP/D/+b/JADF/4//nwBIAMv/zf/Z/+b/DACo/yYAawDP/7r/4P8eAJb/6//8/9n/xf/R/xwA4P8QADwA2/8kABoAGgAaABoA4/8wAPD/JAB//9n/QwDb/xIAuf/k/yEAj/82AD4AIgCy/8P/CgAHANj/FAB3/ywAFgAPAPj/qP8xAB8Avf/D/6b/xv8xAOD/GgDX/yYAx/+p/6T/v/81AMX/LwC9/8D/5v/X/9L/zf/F/xsAuP+Q/8//AgDZ/9v/1v8jAA0AGwC2/wUAoP+s/8b/4/8RAOn/qf/g/8z/Of8VAIj/sv8mAL//0f9FALv/uP/b/+H/GQAUAJv/GwDZ/xcArf9IALH/4f/Z/xYAnADU/7f/y/8JAOT/TwBOAFEAyP8yABsAzP/r/8X/PQDA/+j/PQDe/xsAu//n/yQA2P+8/+L/wf/G/9f/3f/I/9X/2P/a/+j/yP+Y/+P/6f+5/1kA+//D/+b/SQAYAAgA2P/i/+T/qf8bAAIAFACa/yYA4P/i/04Avv8UAOv/rP/i/x4AGAAoADwASgC6/2cAKwA1ADMACADe/5v/5v/l/8P/sP9rACAAOAAYACEAsf9hADcA5//o/+3/tv/i/yYA/P9GAMT/rP8pALb/IwACALD/yP8cALL/6/+R/yAAzP+//+//uP/W/9v/1v/T/zYAKgD+/9//+/8WAOD/EwAVAM3/IADP//r/KgAEAAIA/v+6/7T/qf8wAMf/s//l/+j/FAD9/xUAz/85ANj/FQAhAK//9f8UAJL/wP8tADoA5v/7/6n/XAD9/7f/8v/9/+b/CgDN/xQA4P/9//H/5/8rAOX/yv/a/5//4P8fAPv/IQAVAOz/QADq/z8A7P/g/+f/6v+Q/y4A7v8kAOr/1v/m/xkA4P/d/+T/MADn/xUAFQDC/wwAPADg/9n/2P/4/xIA2P/I/0kA8/8eAN//FAAqAEEA2//f/xUA2P/f/7f/6//P/8T/x/+P/8v/yP/l/8v/2v/E/yMAFAAXAOn/zP+F/+n/FwDm/83/2v/h/xgAGADY/xsA3f+3/7f/6f/S/9//3/+8/97/u/9PAAMAtf/g/+H/5/8wANL/6v+o/9b/y/+z/7//4f/g/0UA6f8lAMr/6f8aAE8AGgD2/+j/6P+s/+L/KwBdAJT/zv9NACsASgAqAEEALwAnABYAxf/a/xAAFADb/y0AuP8XAMj/OwCr/97/RP/A/6n/iP+1/4z/3v/H/8j/5/+x/9v/y//I/+H/2//G/9f/2//B/9X/yf8gAA0Az//Q/9n/5P/H/+n/5/++/9j/NQCk/7b/MQAGAOb/yv/D/7//6P+6/6r/4f/S/5r/BgDs/woAHwDh/9j/0//L/ywAov/L/6z/tf/M/+v/0/8aAOP/2/8mAOf/2f/n/9H/0v9SAMz/6v9g/woAuP/l/+H/2P8mABcAFwDg/xgA+/8UAOD/pv8nAND/6P8nAOL/zf9JAMz/GwADAAkA1f++/9n/5//f/+z/GwA3AOz/3f8jAOj/FgAUAOn/RAAFAOT/xv8zABoAGwDm/9j/KwDf/wQAJQAYAKX/4P+v/yAA6f/n/7r/v/84AMD/GAAtAMr/3/8SAMP/RADr/9f/4P/a/+z/GwDG/8P/vv+4/yUA4P/k/+f/0f/q/+v/6f9XAOn/HQDS/xQAGAAZACgA6f8DABQABwAVADQAyf++/xAArP+q/yoAmf80ABQAIgDg/xQAtf/b/7b/yv8aADEAFADY/7T/FQDM/9X/qP8TAL7/6/8GAOL/GQDk/xIAKADC//v/5//q/7D/NgAzAEUAAwAkACQA0v84ANH/KgAjAB4A4P/a/+r/IAAaAC4Au/8zAMj/4f++/9D/6P8xAMj/NwD8/9z/BQAvAEMAFAAVAOn/FADC/xYA+//X/+H/1v/R/+L/3v/g/ykA2v8/ALv/rf/G/yYAHgAUAOD/HADV/9b/FwDP/xwAMwDW/+f/GgA0ABUA0f+d/73/HwDr/+D/6f+p/7v/KwAUAPf/ZAAgABUAFQA5AMn/FQAuADcANwA3ABcAOADh/9n/FAAMAB8A//8KAEgA6v8oAOH/vf/C/7X/5/8UALX/0/8XAOn/yf84ANz/r/8LAJL/IADn/8T/DgDl/73/z/8RAN//t/+8/4n/tf9u/93/gv/E/9//5v+o/5b/wP/s/xgAqP/o/y4ADAAgAG7/3f86AEEAQQDH/x4AzP83AJX/yP/M/9v/MgAaAGD/MgAkANf/pv/e/zUA0v/I/y4Avf80AOP/GgA0AMX/yP/n/y8AHAAmANH/FgAvANv/q//Y/+z/t//a/8z/0//n/ywAHACI//H/GQDc/y0AzP/M/ykA5P/k/+b/2P+q/8b/2f8xAAYA5f/d/9P/KQDk/93/0//o/6b/sv/F/6P/kv/R/9D/4P/I/xkA2v+6/0EATwCV/9H/1v/N/+b/5v+m/8H/3f83ADcAif9s/5z/uf/i/8r/3/+v/8r/m/8zABsA3v/d/7z/TwA1ABoA0P8jAFMA1v9FADEAGwDl/8X/FAAWABoA6v85ACAAGQApAOn/MwDT/yoALQDq/xoA0/+8/y4AKAA1ADkAFQA0AGEANAC5/xYA1P8wACEAFAAxAK7/AQC8/7r/4v8VADwAz//r/xgAIwAbAGIAJAA2AMv/FwArAFAAQgDg/woA3//F/xwA0/8jABQAq/9KACQAJwDd/8X/MQDJ/7b/6P/o/9z/zP+W/yoAzv+v/97/xf+k/+b/6f/S/9T/mP84ABkAvv/7/7j/GwC3/+X/4P/7/x0AGQCs/ygAGwBrAOD/4//c/6v/IgA+AC8A0P8UAOv/6v8KAOz/KgA9ABQAzv/I/+b//v/m/+j/2P/J/8v/pv/Y/8f/6v/d/9f/3P/g/xoA3f/k/yUA2f/n/17/NQBLAOb/5f8DAMT/v/8WABgAvP+c/9b/vf+7/9r/wv/L/+b/sP/r/8X/bv/c/6z/yv/9/97/f//P/5z/FwDV/zIAGgB2/w8A2P+5//X/PQAVANv/DQCv/+n/CwC7/+b/nP+//xUAvv8OABoA0f8cANT/BACh/7n/KgDT/xkAw//o/9D/y/8eAMH/vP+r/xgA1f/F/6T/y/+K/9b/zf/Y/+T/4//f/ycAFAAcABwAz//a/xwAx//a/+f/2//R/9v/KQCg/6T/GwDI/+X/6f+4/z0AGwCc/6///f/b/0wA1v/q/xUAKwAMACAANQBGAA8AsP8WAB0AeQAoAAIAv//Q/7T/0f/G/7z/IAAZALL/qP8GAN//6P/q/+D/LQANAMj/DADp/+n/u/8iAFwA5f82ANH/2v/b/8//qP+9/+r/OQDp/xYAy/+3//X/zf+b/8n/uf/O/x0A5v/T/+z/3v+y/zsAJQD0/6v/yP/b/+T/v//2/ykAJADo/xUA1v+o/yAAsv/v//r/t/8qAOT/5f+v/5X/z/8kAOP/y//d/zIALwA0ABYAyP/S/+X/5P/m/zYAkv/o/9H/LwD7/wMA2P8jAOz/xf/R/7D/3f/Y/5T/FgDe/+X/r//A/8r/Qv/K/8D/sP/a/6T/nP/M/9D/uv9R/+f/xf/E/xcA2v+0/+P/4f/q/8//4P/j/6b/6v8VABUAFQDH/+D/HgA4ABQAIQC6/9//FADn/xoAHwDa/zgAJwDI/xQAuf89ANv/PAAnADQAVQAPABUAJwDP/zAAHwAsAM//GQAbAMn/yf+9/+X/xP/j//b/w//W/9b/q/+n/7b/BgBUANr/n/9eAKz/BAAvANH/IwAmAMr/DQA4ABsAl/88ABQATADp/+n/0//F/9z/HgDC/xoAz//b/+f/FwAVAOv/y//V/0AA1f/C/+P/GQAdAN7/6//H/2EAuf8gAMz/4f/S/yIARwAdACwA1P/M//r/GwAPANX/BQD0/6X/4//W/3D/IAAuAI7/MgDa/yMA2P+g/+L/3f/c/7b/o/8IANr/7P8oAPz/7P9nAJ7/xP8VABUAl//O/8b/0v/G/9P/u/+p/6b/3//o/9n/5P+7/8f/IgAiABoA3v8aALD/zv/h/9T/MwDa/+j/s//b/xsAGwDa/+b/vv8ZAOj/5/++//z/GwDS/8j/JgDg/xwA5P8VAJP/o//P/+T/+/8s/8H/2f/k/xsAPABGABUA7P8ZANP/3f/f/9P/1P/Y/87/tf+9/9L/5/8aAOz/tP/U/xwABADr/9T/3/+8/9//0v/G/+X/6f8pAL7/t/8cANL/4v/M/9H/0f8jABYAEwDe/+T/wf8sAOf/GwApAPz/GQA2AEsAGwAfAL7/JQDU/wgAsf/8/y4AAgAjABoA4/8RABoAIQC7/9L/0v/R/9L/UgA4AKv/1f/j/+r/1v/B/7z/FwDD/xUAFAA0AIf/3//U/x8Azv/Y/+n/0f/g/+H/GAC//9n/CwCa/8D/1P8mABUA0f8ZAAYA3f8vALn/vP/F/9b/FQDk/+j/KgC4/9T/s/8fAK7/5//Q/8P/6P/l/9T/1P/k/ysALgAUAM3/qf/C/9j/pv/p/+f/zf/r/9j/0v/Z/+z/JwDj/+b/EgDA/z8AKADl//v/kv+9/8v/3v/G/04AEADL/5b/PQDL/5n/vP/e/+H/6P/l/9f/DAAkABUAKgDO/8r/5f++/9j/z//Y/63/5//a/97/LgDY/+j/4f+2/ycApf8kACQAMgAgADkA7v8qACEA+//W/0AAlf+//57/pv/C/wUAnP9SANz/yP/q/9L/+v/p/9D/1v/W/8r/xv/Q/8H/1P/P/+L/wf/M/8L/vv++/8//uv/b/8P/v//Q/9L/rP/P/xQAtv/L/wsACwC6/8P/zv/G/+f/KAC4/y4AJwDV/ywAIAAmAOf/zf9U/z8Axv8aABsAGwDG/woA4P8XAMv/gP+8/+f/3//G/+j/6f/q/+z/GABAAPP/1v/o/+f/5v/S/6z/FQDo/xoAyf/8/zsA1v+v/+P/4f+o/8j/5v/H/xoAPwDB/zUAFwAUANz/FAA2AAAAnv8oADAALgDw/yMAIQAoALf/7P+L/7D/2P87AND/r/9FAO7/FQC1/zIA5v/m/8//OgAcABMAEQC8/8j/ff/J/7b/PAAkAPT/xP/e/8T/JgBDAAwAoP/q/9H/IwA1AOb/if8uAOj/GAArALj/JwDm/7H/MAACAMH/JQAdAN3/4/9BAOj/4f86AOj/NABPABcAw//b/7b/2//M/+n/3f+X/y0AvP/g/87/2v8eAB8Au/8kAMv/t//J/wkA/v/N/+f/t//u/+T/2//d/7j/z//X/9P/5//d/8P/5v/6/6v/EAA3ANn/0//c/+D/1P+K/5T/5v8eAB8A0f8IACcATQCk/9j/qv/C//v/tv8qACYAIQDj/w8AJwDL/xQA2//S/7n/5//h/+v/GQDr/8f/6v/U/4r/JACp/xQA3//b/3z/GADj/+f/JQDN/83/5v/d/9f/CQDc//D//f+3/8T/0v/n/7H/5//p/xwAxP84ACYAhv/x/7b/vv/+/xQAHgDA/wQAHQD7/9//6/+k/yEAz/9ZAOH/HADa/yYAYQAUAL3/yf/m/x8Auv8bAPn/5//9/yAA4f/l/+T/3f///9L/+v/F/9j/5/8nABQA0v8nAKv/5f/m/+H/x/9iAD8Aw/+2/+j/GQDG/+H/3P8jACEAGADR/6r/IgAfADj/TwDm/xUA1f/X/8f/sf8cANf/5v/d/+D/PAAvAOn/2v/R/7n/8P8SANX/KADl/+f/zP/i/+X/2P+V/wIABwDS/0MAYgBiACEAGwAhABsA2f/q/+P/7P/K/yUAwv/l/8L/GwDL/7T/xf/l/9r/4v9OAOz/4P+m/8L//P/s/8v/FQBLAOH/nv8YAL3/4//K/+z/6v8dAAsALQAvAMj/FAAfANr/6f/J/yMA3P8VACIAMwCg/z4AOQDR/zwA2P/g/zsAFQAaAE0Au/8oAOn/AwA7ABcAAADa/yQA1//k/xYA5P8hACYAz//P/9f/tv+W/z4ACgAvAOX/x//r/+n/5v/V/7D/5//i/8H/2P80ANH/9v/s/xcA6/8JAOT/qv/f/63/EADL/+T/2v/l/7cA3/8YANH/4P8aADQAyv/o/9v/FADi/6P/FwAhAA4ANwDG/y0AHwDs/57/KwDY/9//1v/r/7v/vf/a/9z/5v86ANj/1P/J/+L/z//N/8H/v//l/8T/HAA/AOn//f9CAA8A5//n/1YAHAA6ALf/y/+z/8//5v+8/73/zf/J/y4A6//d/ykABADN/+D/m/+b/+n/tP86AAEAxf+9/+f/NAAUAOb/5v+z/+j/6f/n/9r/ewDe/4v/0P8OACsAAAB//9X/6v8hAOf/vP+4/97/5f89AH7/x//P/wYAEQAIANr/HwDW/+T/pf+k/9H/GQAeANb/IwDq/xwAPQDk/9j/GwCK/xcAiwBCACQAQQDU/xQALwAHALX/6//Q/xQAdf/N/xwAHAAUABUAHAALALn/0v/m/6r/FACM/8z/KAAUANn/1v/k/9r/4P/E/9L/wP/h/8j/yf/N/8n/QwDV/57/uP+7/5//ov+q/+r/LQCm/7r/KgAXANX/AgDs/xEA2P+i/9X/2P/G/xwAPwDi/+3/NwArANv/6f+h/0EA0v8WAF0AxP8aAN//BgAlAOX/EwA5AMH///8wAD4AAgDj/xoAtf/9/+P/yv8FABUA8P/k/+T/OQDc//v/6v+j/zsAAgCj/8X/3/8KAN7/1v/5/xsAu/+w/77/LgBGABsABwDe/9b/SQA/AN3/NQBtABgAGQA/AEYA6f8pAOX/3f/h/yYAIQDk/8j/v//t/wwA1P/s/9b/sP8PAKn/0v8UAO7/5v/I/xgA3f/j/63/0P+y/+r/7/92/7r/h/8nADYAFQDg/9T/GAAUAKD/SQDg/9r/4P8bAN7/3f86AN//tv/Z/9H/2v8iAKH/w/8IABsAQgAGANb/w//R/+f/4f/q/8//0v8VACIAlP9FABYA3f/m/1kAFAAUAOb/wf/p/93/3f/o/+j/GwAYALX/JwDf/+j/3v/H/8P/sP8bAIL/y/+4/27/8f8RAOr/nP8qADEAHQA6ADoAOgC8/+7/u//N/wEA1/8oABsA4f8DADMA6P/k/5n/rv/p/1sASwDd/6v/TwDH/xQALADi//T/DgAwAM3/PgDj/+f/rP/i/+T/KgDH/9n/JADW/0kAPwBtABgAyf/h/xwANwAgAAgAs/9/AOz/pf8nABkA1P8YAMH/1/+3/9n/1f/b/xcAx/++/93/q//5/zMA6f+0/8T/GQCj/xUAUQA4ALD/MgAwANj/RwBGAOb/VgD4/0IAGAD7/1oAKQCv////qP/N/8n/4/+o/xsA5f/o/yEAZwDq/87/2/8dADQATQDY/+H/SQD6/ykAvf9BAB0AGgDn/6r/KQAnAOD/PADl/xQA4v8zADoAFABYAE4AGgDo/0UAQQDj/yoApf8rACQAGQC+/7n/3v84AKT/MQAoAMz/xv/Y/yMAMQDm/0EA2/8BABcA1v/C/x4A7P/c//P/1//n/xUAzf8AABsAMQDI/zwA2f/Z/8v/0f/D/6v/OgAlAEEAnf+s/+r/6/+v/8P/RAD7/6T/JgAlAB8AtP8eAFgAHwDq//v/rf/s/ycA4v8aAMr/RgDL/4//KgA3ACoARwAyACoAMAAcAOT/FQAiACgAJwDp/8X/wP+6/6//3v/a/xUA6v8YAOn/uP+4/9P/EwAhAN7/9f+u/yQAPwA+AMn/7P+w/9b/4f/Z/8j/GwDr/xQAwP/N/8//7//L/xoAHgD1/+j/5/++/93/agDa/0QAcQAZAIr/JwDk/xUAdwCZ/28ASwA6AGX/NAAdAPv/4v/j/0sANAAvACoAQAAeAKb/IwAYAIb/vv/W/zwAGgDn/yYAIwDn/9D/zf+v/+f/FQBRABQAv//K/8L/GwAkABAA9f8tALT/tv8cALn/4/8gAOf/xP+l/8b/lP8AAML/3f/1/+H/wf9BAOf/zf8cANL/JgATANz/z//r/+f/6v8KAOn/FwDc/x8A5v82AHH/GgC+/yMAPAAuAAkAHQC3/yMA5v/R/zoAs//d//P/eAA+ALf/UgAjABYAOgAaAB8AFQDd//j/2v8hACYAzv83ABwAFwAbAFMASwAVAPX/v//l/x8A6f/C/7X/+P+f/xQAPgA3ACYAtf/p/0oAFwBhAMn/vv++/+n/2v9BACkA2f/L/xUAQQArADUA8P8GAAwAwf++/9H/6f8mALT/CwDi/w7/rf/h/wYACQC0/+H/5f/l/x8Am//Q/7j/1f/V/9b/xP8K/8b/tf/Z/xoApv/r/93/uf/i/zoA2v/a/xoAPQAmAOX/PADI/2b/6//0//f/JQAlANT/3v/R/y0A6f/Z/zAA7f8EABQAGgAeAPX/yf/a/2UADAAXAL//RQDm/77/n//C/0QA1v/O/xYANgCw/+b/yf/m/zcAlP/K/7X/mv8JAA4A4f8sAMH/6f+5/6P/w//M/wsASQA8ANr/SwAqALr/QAAoAEAAbQDp/ygAHQAYABkAsP/i/83/g/9j/6T/sv/Y/0MAwf/M/8v/zP+S/7j/IwDL/ygAQABAAC8A3//o/+r/x//X/xcAMADH/7r/4f+7/yUALAAbACwAJQDI/8j/4P+7/yAA/f8OAEMADQAWAMD/KwC+/7//z/8+AN//t//i/+b/5f/q/9b/5v8OABcA9P85AOL/dwDh/7//4v/J/yYAVQAdAN7/wv/u/+b/5/8UABkAyP8jABQA4/+g/9X/HADI/+b/GgDk/zIA/v/R/xQA4f/T/xYAIADa/9P/GwAbANn/2P+q/+H/tf8sAEEAyv/Q/xUAzf/L/wYA5//Q/xgAHADl//P/zv/i/9r/OADk/5z/OADW/yYA6P8aAOb/vP9OABsAxv8sAKP/6f91/30A0P98/ywAPADe/73/9P8dADoA//8aAD0AFQAcABUAIAAZAAQAKwA0AL7/2v+1/00AIgAhAJ//JQDP/8D/JQDm/5//GQDg/xQA0v8lAK//q/8xALv/PQDa/yMA6//Q/zcAFQDZ/8b/3P/Q/zoA6v/A/wMAxv9x/xcA4v+4/0EA0P/j/yMA2P8cAMz/LADJ/9P/0/8UAL7/xf+H/xsA2P/r/yIAFAAbAMX/zf++/x8AyP8pAOL/vf/Q/8f/t//j/7b/vf/n/+f/rf8TANb/6//X/yMANwDq/+n/5v/X/8r/qP+9/ywAHADi/+z/4v+6/9n/6f+r/87/FQAeANL/8P8kAEYA1v/B/x4AWACu/0UAqv9qACUAi/++//r/3//V/03/IwC7/xcA7P/k/wkAk/8VANP/w/8aAN7/xP/T/87/TQAXAPX/2/89ALz/xf8wABkA1v+j/8j/zv8WAM//4f8dALL/lP/v/+//7v/E/8b/uv97AKf/uP/V/w8A6f8sAEsA3v/b/yoAGQC6/97/vP+U/6v/1//m/xwAGABA/8T/zf/m/x8Ax/+Z/9b/zv/Y/+j/t//C/6z/HQDC/6P/CQCB/93/7P8qANb/5P/f/53/zf+//8D/dP8NANP/sv/g/9H/EgB4/ywAfP/r/+v/OwDS/4L/1P/N/+r/u/8ZAMX/bP/l/9D/kf/G/xUA9P7m/9T/2v8MAJn/6//4/+//vf8QAOX/r/9BANz/uv/e/5v/5P8jAAYAHAAVAB4A3v+6/9j/6v/g/8v/0//V/7//IADO/9j/FwCb/ykAAAAZADIAKwBc/xUAzP87/8j/2v8dAOL/LwAVABgArP9PAMH/FgDg/wAAl//7/7z/Rv/d/87/XP8IABUADAAFACcAxf8fAC8AHgCk//3/zP/X/x4A0P/V//b/HwDQ/9v/5f/a/93/KgCr/+n/0P+4/+H/6/8VAKP/5P/W/+T/2P+z/7n/uP/H/+r/0v8UAOH/KADB/8D/IADZ/+b/3f/b/zEAFABWAN//0f/M/+7/w/9r//f/FQDr/6P/2v/j/04A4P8JANv/EADR/2H/GACy/8r/2v/r/0YA5v/i/8z/0v8UAOj/HwC1/1IAJgAHABYA4/8fAOn/MAAaAB8Awf/q/+r/HACt/8r/LwDp/7L/HAAMAD4Ax/8bANr/FQDb/0gA9P/o/8n/4//o/8v/SQDA/8v/1v/M/xQAr//D/x8AHwA9AN3/LQCu/8//sv/H/9r/z/+g/5f/vP/l/xUAyP/P/9z/3P+4/yQAWwDF/+L/+v+//xsA+v++/9j/FQAYADcA5//c/4r/5v/F/+f/6P/h/+v/5//q/+f/3P/Z/+n/2/8eAOr/GgCj/87//P/2/8b/7v/n/9b/2P/I/83/3P9/ACUAFADI/7L/wv8pAD0Axv9PAFT/FADE/6P/4//U/+D/w//G/+X/3//j/0MAxv8nAGEAs//Q/xkAGgAcALr/xf/u/+v/vP+t/93/LgC1/wwA5f+5/+b/RQCa/8H/HADJ/6j/t/8NAOr/1v8bAOf/AQDr/zAA8v/B/ycAHgCX/7f/IwC2/+H/2P84ANr/EgDc/ykAFQDS/+D/1f/g/xUA4P8ZAN3/vP+4/+j/1//R/wUAQADu/73/3/8bAOH/3//w/9L/3/8zAOb/4f8kAN7/uP8dADsAy/8mABQAvP+z/wsA+/+z/04Aqf/q/9//JQC5/9b/FgDG/8P/SgDk/7H/LADg/5H/FABKADUA1P8UAND/KABPAEYACADj/+f/z//o/9P/x//F/97/qv/F/5//4f8UAOT/rv/s/9f/wv+1//v/3//O/9b/tf8sANr/yP/D/9r/wf/k/5r/zf/e/8T/2v+8/1X/qf+7/xkA4P/g/97/4//Q/8r/1P/O/8v/6v8iAPz/KgAQAMz/4P/D/ygAxv/o/0YA1P8fADUAyf8sAIf/wv/R/7T/yf/I/8P/FwAzACUAyv/H/8j/z/8kADMAIQDc/9n/rv/k/xkA//+1/00Aq//Z/8H/yv/D/y4Au//i/53/LwDa/0EASADp/0wAh//R/97/GgDP/8r/mP8XAMb/AgAdACwAsP8iACUANQAUADgA6P+G/xsA5f8TAPT/KADY/6v/9P8PAMf/HwDn/+7/EwAVAL7/zP/c/8H/4P/L/+n////k/y8AGgAzADMAFgDj/yIAuf8oADgA2v8ZABUA6f/s/xEAGwAUAA8Ayf+k/+D/pf+q/+r/tP+2/+f/4v/S/ygAzf/l/93/6f/H/7r/1//P/9P/kP+2/6//4P+p/6H/x/9r/+j/NwDX/9H/EgDR/93/JgAkADYAzf/T/xsA5P/H/8n/PQDN/8r/CQDk/9L/LwAZAMj/vP8iAP7/zv/F/+j/6v/R/+j/yv+4/+P/5f+m/yMANgA1AOT/qv/p/7H/y/8lAIf/2/+s/+H/1f/W/9j/4f/X/9r/3//b/+b/5v/a/0EAGwAnAEQAMwAXAOr/JAAkAB8AIwDJ//v/zv/J/0YA5P/r/+X/2//U/+P/2/+8/+H/OgDr/6//5v/I/+X/DADP/7j/hP/G/xQAFAAUAMb/4f8eAOH/t//j/xIAGgDF/93/FQAxABUA3v8hALL/4f8jAAYAGADM/xYAAwAKAML/3f/p/0sA3//Q/9//3/+1/+n/FwCm/63/hv/S/x8Asv8fAMP/FAAUAMf/6v+e//L/HAAvAEEADQBGAMD/nf8QAAYAGgDg/yQALADp/83/GwCR/xQAEwAPAKP/FgBOAOn/DgAZABQA5//6/zQAyf/J/zcAOgAcAOL/FQAZAOT/MQCr/xYA2/+H////GgAkANT/LgAUAOn/HwDp/+T/JADa/8r/FADq/zYAuP/o/0EA3//p/7H/1f/f/+r/5//M/9f/5v9JAMX/sP8kABQAKgDd/8L/uf8gAMr/u/+8/9v/1P/o/+D/4/9bAMH/6v/h/+H/0//T/wIAFAAzAIr/1v8DALz/CwDn/yMA/v+n/x8Aq//m/9H/4//Y/7f/6P/u/9L/sv/P/5L/xP8WAOn/zv9S/ycA0/+//4//o/+1/xYA9//U/xkAwf/5/+n/QAA3ACkANADb/6z/FAAbABsAHAAcANj/+/8IAFUAHAA4ADUA5P8XABgAGAA6AOb/df/o/6r/FADS/8n/GwA2ABQAu/8ZABkA0v/J/xQA5f8UAAoA5/8oALz/JADe/8T/4P8VADAA4f/q/8//v//k/xUA0/8rACsAm//H/9v/7P8bAPv/5P/M/x4AKQAiAK3/LwDh/0wAzv9BADYAGAAgABoAKQAIABwA4P/A/9D/wv8oAPz/HADZ/9H/uP8ZAKf/vv8WAL//pv8GAMX/3/+L/xUAIwAaAOL/4v/3/6//MwApAFUABwDH/7P/6v8uAMb/o//r//b/IwBAAMv/x/8aAD8A6f/s/8j+iAAbALn/QgAMAN7/zP8dAB0A4P9AAMD/0P/S/xsA4P8bAOn/vv8ZAJX/HQAcAN//y//f/77/5f+k/+X/jv/r/7b/FQDL/6v/4v/A/+X/0/84ADQAuv/K/zAA3/+2/8//4f+e/zQAGQAjADcANgDv/8P/4//g/8T/FwAyACQA3/8kAOH/GgAdANL/IQDe/9L/6v/q/4j/zP/n/8n/zv8KANj/q/8qAFL/HQDA//v/FwDq/+T/1P+6/+X/LwApAOr/JAAjAM3/IwD1/xcATAAlAAAA0v8fABgA5/+3/8z/vv8eAML/0//P/8T/UwDL/+3///8eAFkA/v8mAE4AGAAYACwAXf9KALn/3P/E/+P/LwDp/x8AKgAWAC0A2P8MAAgAFgAtAEIANAANAH7/+f/p/9P/FQDE/8//4v/M/6D/1f8iAOr/QQCV/x8Av/9CAOv/4//I/8r/SwDs/+v/+v/k/9z/xf/k/9//DADD/7//0P/f/9n/fgDh/97/JQC+/7j/LwC9/woA7P+0/9//1v/v/8T/HAAJAMz/x/+//6T/v/8fANj/sP/I/wkAIgDT/83/lv/j/9v/t/+1/y4Anv/e/8v/xv/l/zkA3f8aAKT/BwDj/z0Aw/80ANL/0f8yAKD/KwAwACsAUQD8/yoANQAdAB0AFADM/xYANQAgABQAOgDW/0YAGgAIAC8AIADR/wgAev+//y0AGwA0ABoAz//i/+n/BQBPAOL/y/++/wUAKgDd/ykA2v+p/9j/p/+v/9T/5P8nANH/OgDU/xQAFgAaANf/6v/G/zcAxv+x/8z/8//S/+H/0v/h/1r/uv9e/+P/OAAbAL7/AQD9/xwAGwDL/z8APwDv/ycA6P/A/+H/PQDa/xcAQQDn/+//zv+b/7b/yf8UAJT/6P+9/zYANwDm/+H/6f+0/9P/7P++/+//x//K/1QAHgDi/9H/xP/p/8r/LADF/0UAFQDp/wkA3f/T/+f/4f/f/+b/y//o/+b/0//r/8//4//s/+b/j/8VABsAsv/T/6P/0f8UAKv/tf/m/+D/z//D/9X/6v8VAE8AHQAeACgAn//L/97/LQCZ//D/df/U/+j/OwDU/6r/FwDL/2AApf/h/9D/5f/p/z0A6f9oANr/f//n/97/CQCK/xoALgA0ANj/DgDn/9j/4//L/9P/4f9EABQARQA1ACYA2v/c/9f/2f+O/7z/LADK/+f/v/8YACQA4f/q/7z/2//f/+z/FwAuAOH/CAAWAMP/KwCS/zAAJQDA/yMADwDa/9//RQDn/xUAIgAiANb/xP8aAKH/DADP/9n//P/n/9b/GgAUACcA5//y/xgAzv/G/xoARwAaABkAGgDl//n/MgAcAMb/OABMACoALADT//7/w//O/7b/r//a/9b/QQAjAJ//HABZACoAFADa/77/0QDu/9P/5v8lABQALwA1AM//FAAsAM3/GgBA/xoA6/+9/xgAvf8jAFEA1v+t/8v/zv+c/8X/OQA8ABcArv/p/+H/6/8iABQA6P/b/yEA5f+U/zcAGADH/+L/KgA/AOz/QQBXAEIAGADu/yIALgA6AEEA//8kAH8ANAAcADcARgBTAEwAWwAnADAAJgASACAAGwA6AAgA2v+a/yIAz/8cANf/kP/r/+f/KwCN/yIAzf8vAML/OgAaAKn/vv8LAE4Auv/m/xsAIQAVAB4A6/+s/yUA1P82ACQAFQDG/yQA5/8xABYAGQAiAB8ALwAbACEAv/+9/8j/5f/I/+H/1/+8/8//yf/i/8//v//l/8T/4P8RAMD/2//o/97/5//G/+X/6f8aANL/x//h/ygABgCy/xQAlP/Z/+L/TQDg/9n/4v8hAOL/uv8yABUAKADE/xQA6P8UADAANwDk/+j/6P/j/xgA6//R/xcALQAhACMAFAAjAC4AHQDo/yUA3P+2/zoA6f/q/9v/tv/j/+b/4//X//f/yv/N/xgAz//G/ygAFQAuACMATACw/3z/FADd/5kAtf8FADYAFQC1/wwADgAUAMD/6P8DAOL/sf/Q/zkADAAmANH/BQDl/9r/if/k/7X/mf/e/zb/vf+o//r/FAAlABwAHAAXAPP/zP8LAK3/wP+g/87/yv9lADMA0f9CANL/sv/C/+L/LwDS/9T/6f9zAHb/RP+a/+T/KAC8/+r/q/8aAM7/wf8UABUAy//e/6v/wf/A/8b/GgAVABQA4f8ZABQANgDk/9v/xf/I/y8ALwAyAC8ANABNAMT/qf+s/04ARQDp/z0As/9jAKT/6/8lAMv/GgAaABoAGgAbAOv/z//F/+X/1P/W/7f/FAAxACMA+/+7/9r/4/8XACcAAACM/xsALQAhALz/d//r/5T/0v/m/8n/uf9yAEYAMAAlABwAxP8kAKP/5P8lAOf/6P/L/83/vv/m/8D/FQDq/+P/x//i/5j/3f+L/9r/2P9QAIr/AgAJAL7/IgCm/zwA/P/h/x0Auf83AKr/BQC6/x4AJQAYABYALQAUAM7/LwDo/0AANABOABoA1v8EAP3/IQDp/+X/2P+3/7X/3v/a/8//rP/J/5T/qP///8j/if+3/5b/0f/o/7f/nP/b/wT/OgApANv/xf/b/9//3v/l/w0A2v/a/7L/JADh/8//5f8xACEA0v/r/7j/1f/o/9D/yv/Y/zMAy/+Y/77/QgAqABQAKQAhAEIA9f8mANH/mP9FAAoAKwAfAN3/2v/Y/xEAJgAfADgAJgBHAD0AvP+1/y4AGQDX/7z/FgDn/ycAYQBCACwAOADr/+r/zf8UAK7/BgAUABUAzP+i/8f/7P/H/ywAEwC9/9P/x//S/7P/OgCZ/8H//v/i/8X/HgC3/9T/JwCq/7L/v/++/+X/r/9y/8D/w//b/67/2P8SAIz/uv/H/yEA1f/w/ykA3f+O/7X/MgDS/7H/6f/P/8P/LADF/0D/lf/i/+L/JwDU/83/3P/N/9f/2/8JABQA5//e/+f/3v/O/9b/OwAWAHH/0P/Y/7X/6P8eAO//JAAhANL/vP/3/9j/pP+8/6X/JgAFABsAKACw/+f/MgDH/9X/mv+A/1MA4P/8/63/mf/v/9T/0//R////6v+r//z/IACX/9j/BgDU/7n/t//N/8//y//T/zEAyP/Y/9P/6/+t/yQAFQDw/8j/5P/V/+j/s/+4/4D/ev9FAOn/3v/e/4//qv/f/y8A0/8hACoA0P/S/+j/OwAhACEAIQD6/+n/z/8ZALr/1P8VAIL/JgAsAOP/+P/m/ykALADb/8n/NgDk/yMA4P80AOH/1v9BABkA1v/5/wQAEwABAKf/RACl/ywAKQAdANr/IQAsABsACAD//8n//P8nAOz/MQDP/9H/JQDo/zYATgDd/xQAPgAiALX/qf/W/67/IQDj/+f/5P8pAB8AOAAXAMf/s/8mADQA5P/R/5f/yf/h/+P/NgDJ/9//JQAhABUAOgAWACEAGgC+/7f/MQDl/wMA5v/q/7D////3/9z/FQDr/5b/3v8zABUA3//A/8//JQDU/xQAOADY/8X/yP/S/9T/JgAXAPv/b//a/yIA3v/V/9r/+/+0/9D/5P/b/9//3P+z/wQA3//j/w8A6//l/+n/yP8YABQA0v8VABQAGgDn/yEA4v/e/yYAMwD4/y0At/8UAPf/FAAbAOT/GAAaAC8A7P/B/xUA1f/O/9//TgAhAB4ACwDR/77/OgDd/yMA5P8gAOf/8v8aABsA5v+b/9X/6v/G/x0AHgAaAOP/IQDA/5n/LwDI/9j/0v+//4r/nP/Y/+r/xP/R/woAOADc/73/LAA3AOH/w//U/9j/r/88ALX/k/8VAAUA6f8qALr/oP8VAMT/qP9eANT/6f/b/+v/IQBJAKH/4f/L/8D/qf/s/7n/6v+z/97/OADP/8f/hP+t/xsAFAAJAB4Aw//K//v/4v8qACcA8f/i/9L/3P/+/yoABwDs/xEAyv8bAMP/s/8CAB8A6v/Y/9z/1P/i/8z/PADZ/xwAFAD9/wgALAA3AOL/OgAUANv/2f+n/+X/IgDO/xgAGAAlAN///P///04AGADF/zcATgArABkANwAUACUAof8YAML/GwAiACIA8/9vAN7/vv/O/00AFADE/37/GgDa/yUAFAAgANP/X/8cABsA4/+w/+n/FQAXACMAyP8oANb/xf/c/x8ALAC9/9b/HAC9/z4A5v/5/+r/HAAqACkASwBaANL/IwDz/xEAHwC4/ysAo//N/8v/rf/j/7v/4/8fAEIA0v/x/63/0//P/xQAzv8IAMX/OgDx/7//MACo/7//2//C/8v/if/o/9n/vf/p/zIAzf/m/9H/6f+q/9z/1P/U/+r/x//c/+j/MwAxAEEA1v/h/zAAzf8tAC0ALACT/y8ALQDn/+f/l//g/0wAsf+o/9D/vv+f/7//vf9gAMX/IgABACQArP/g/x0Atv8SAOH/2P+r/8H/2P/B/6f/m/+m/8T/sv+//7b/7P/Y/+3/5//e/8P/AQDc/8L/PADk/8r/5/8+ABoA5v/s/+H/4//U/9z/3P/P/+z/9P/m/93/IgAEANj/yv8xADEASADg/wUAIADR/+L/MgAMACQAGQCq/y8A6P/Z/8//1v+4/xQAGwAdAOj/IwDp/+j/NgA5AOP/HQC6/9X/LQDm/+n/4P+S/7T/6P8JAMr/z/+u/xUA6P/H/8b/PADQ/+T/GwA3ACcAzf/H/xgA5/+7/3//LgCe/9b/5f/R/9r/tv/X/6z/IACR/8P//v/K/wsAMACw/xoACwDe/7z/9P/m/yYApP/p/6z/FAAKAB4A4//j/8//FQAAABgA0v+z/xgA1v/A/xQAz/8YAM7/FQDc/w4Ay/8uAOj/0/8aACUARADk/+n/3f8qAOj/6/9y/9L/GgDd/xgAwv8ZAMr/xP8VABkAEQC//xcA1P/A/xQAvP8UAN7/z/8nAMv/FQA0ABUAGgAhAIX/1v/p/xQAFgDr/9n/3f8gANf/LwD+/xsAz/+w/8z/4P+4/83/DQAvALz/IACw/8f/kP/V/7L/0P/q/+T/1P/8/ysA6f/m//H/FQAmAN3/yf/I/zMAh/++/+f/6f/T/93/2f/l/8H/1f/Q/93/p//L/xIA5v8OAEYA2/8EAOj/zf/G/7z/sv/h/9P/4P+6/9f/6P/L/9T/Jf/Y/wMAq//g/+P/uf/s/x8Asf8qAAsAy/8QAM3/IwDp/9H/KwA/ABkAGwALACIA+//n/5T/qf+x/9v/BwBPAKz/JwDZ/wcAHgBgAPr/FQCi/ykAi/8pAOH/CwDn/9r/sf+y/wgA6f8nAOD/hQBx/wsAQADd//b/j//I//T/EAAlAM3/uP+u/9T/HQAbACkA2/9XAEQAAQAMAOf/MADa/+H/6v/R/xwAqv+w/+r/DQASAL//TADh/9n/tv/2/zcAIQDi/0IAWwCB/7X/mf8nAOT/5f/Y/4r/pv+k/xsAzf+r/6P/MgAMACIA4P+//+b/OQA+ABQALwDi/8z/2//S/9X/GgD4/zIAKgDn/zQA3f+G/yUAJwDm/zYANgDl/5z/6//g/xkACgDW/8D/1P9EACcA2v9HAB8AvP8gAFkA4P/Y/yAA4P+R/8v/1P8XANr/KADb/8//d/9GANb/vP8bABwAFgBoADQAEADT/xsAVAA2AMr/LADb/9b/of8aAOH/5/+8/8H/6f/D/8n/LQDS/wUAz//S/ycAGQDQ/yMAJgAmAB4AbP/b/+L/HgDe/wUAsv84ANf/v/8rAEMA4//r/83/MQAZANL/6P+5/+r/2f+5/83/xP/s/57/6P/V/+b/0P8tACoAGwAVALv/vv8bADgAQQDj/+P/z//O/xUAvf/b/+P/1f8jAGMAFQAUAOv/5v+6/87/yv/Q/+D/tf++/6z/zf+//9L/z/+h/9P/tP8iADcAov/Y/7z/2P+6/8r/gv/J/9z/5f/C/87/rv8sALb/HADn/6b/3v+z/yYAs/8aADQANQC7/wUA5//b/y8A3/8yAKr/3f8hAEMAIQDa/83/v/8gAD0AJADf/7b/sv8pAJj/IwC0/zsAKAAVAFcAGgAyAOH/zf8qACsACAC0/yEALwC+/6P/vf/P/9n/4//Z/8z/OwAVABkAFADJ/xoA3f/q/xoA4v/i/6b/y//a/xMAkP+h/9b/tP/d/9H/OADY/7//x//q/+X/5f+u/+H/nP/V/87/6/8tANf/k/+V/7n/AQAmACAAEgAIABoAqv8UAOr/6//r/+r/4/+2/wIA1P/G/04Ay//q/+r/lf/N/xUANwDr/xcAMwCq/8n/yv8CADQALQDP/+v/0f8PALj/NgDe/xgAKwDg/+j/KwAWAOr/cADA/+r/zv/H/+z/NAACAB4A+v8UAOT/0P9MAPb/xv/P/7f/RAC2/5X/tP/G/8f/x/8iANL/tP96/0MAIADS/9L/FQDk/xQA2f++/9X/tf8pAM//0f/J/8n/JgDe/9j/6//N/7P/2/+8/97/3P/p/wgAwP/0/7//uv/o/7L/4v+Y/6X/4P8oAHL/yP/D/xQAuv/V/8z/HQDp/yUA4f8aAMX/2P/L/9j/p/+o/xUAef/B/+H/x//c/7n/DwCZ/1T/qf82ABsA1P9M/+H/HwDO/zr/3/8UAN3/xf/I/zYACP8UALP/OgAUAC4AfP8PAEUA3P+6/zoA4f90/yQAuP8UAKn/1/8rALT/KAAVAMb/ov8VANP/HQDn/97/2f/p/8X/JwDR/8H/s//V/8b/p//i/+f/1f+v/8L/3v/F/+j/xv/X/8b/1v/u/y4Akv+z/ykAvf/P/wsAGgDO/9b/HQDD//n/IACu/w4A1v8LAEQAEQDt/6f/5//o/7v/xv9TAPr/t//9/8P/FADp/zgA6P8sAAoA1v8fALT/xv/J/8b/FAAkAA4AIwDN/3//HAC2/+j/wP/U/w8AFQAnACQAFAAlADcALwDh/+b/3v/H/+b/rv/h/+P/FwAVANL/0v/m/xwAFADO/7j/tv/p/z0AFwCt/83/x/8aAB0AGQDZ/9n/vP/b/9f/nf/c/+n/tf8UAN3/9/8kACMAHwDa/zr/HwA2AN//6P+q/xYA6//p/9z/5//r/5b/wf/Q/+z/3//p/8//2P8TAM7/2//f/9z/FADT/9j/FADH/9//5f+0/xsA4//K/xQAyv/o/3j/IAAgAOf/HAB9/6v/3v/k/xAA1P8qAAUAKAATAIr/BwDP/8f/zv80AM//AwDc//3/9P9IADcAr//K/+j/1//K/8b/LgDJ/xkA4//j/73/vv/V/8T/4v9p/xQAz//I/8f/KACR/zUAz//b/+f/PADN/8b/FADb/77/3P/q/zwAFAAVABgAwf8eANL/zP8XAE8ASADV/zAAx/+Z/4r/yf/c/+n/2v/k/9r/OgDP/9L/m//g/7L/q//h/+j/v/+S/+j/IwCp/8X/v/9DAOj/0/+J/77/5f/c/6X/6P/P/8f/5f+p/yQAMgDg/xEA0/9gAPf/EgDK/08A6v/r/+r/0P/p/xEAFADH/yUA4P9BAN3/1P+3/+b/LgAkAHr/y/8WAC4AzP/n/7L/wf+T/9r/1P/G/7b/GwDc/8X/j/+s/7n/yv9BADgAMQArAAEAHAC6/z8Avf85ABoAFQDH/3L/7P/R/zIAHwDU/zYAFAAnAB8A+v/7/zkAHQBBABwAVADf/9n/3//m/x0AJAAcAMj/1v/L/wgA4//U/6j/NwDM/7X/z/8HANT/oP/k/+T/IQC2/8r/6v8nAMz/3/8tAPr/3v/R/+H/LADf/wIA1P8WAKj/TwCw/xsA5f8aAOL/GQDg/z0A5v80AAIAWADV//b/TgAVANz/1f/E/+r/MwB+/xwA3v+t/8z/FwAZAOb/FADX/7//FAAXALb/4//g/xwAGwA0AE4ALgAFACkA4v8cABoAMQBBALf/7P/W/6D/LwAZAAwAJQCy/woAzv/7/x8ACABMAKIAFgBDACUA0v/L/yMACgC//xkAGACo/9T/yP/b/y4AGQAKACUABgDc/0cAEQDO/9X/NQDe/4b/PAAcAL7/tP8VAMv/zv8pAFsAGwCf/zgA1/8VANf/4P/2/y8ADgAkAB0AHACP/z4AMADV/+r/0P/r/9n/rv/Y/xQAHAAkACgAFAAUABwA7P87ACUAuv8VAOT/w/+//9z/RQCh//P/2//B/+T/aP9b/8z/6P/o/7f/5/+8/8r///9mANn/3P+v/9D/4v8cANP/tf8VADAAFACe/2P/z/+w/8P/MgDE/zsAy/9yAMb/sP8UAML/1//K/6//lf/P/7L/0v8UAOv/6f/F/8X/5v/i/9r/CADY/9r/zf8TAN//yP+r/9D/5//N/4b/yP/i//j/6f/T/9P/0f89AB4AyP89ABQAy//e/+D/yv/a/xQA6f/p/9X/v//j/+v/pP/h/+n/uP8TANv/tP/B/2j/t/8wAOL/HwApAB8A0P8nAEAA4v/K/xUAHADy/xQAHQDf/ykA6P/e/97/FAAUABgAy/9CADIAs//b/0H/xf8kAOX/1v8mABYAzP/E/8X/GwDe/08ALgDS/7//1f+4/y4Au/+4/z0Auf+u/87/wP/X/xIAFADZ/9r/5f8UANf/v//g/+j//P9LANr/xf/n/ywA2f8PADYATv9EALL/5f/n/43/4P/S/63/lv/n/+r/yf8GABsAIQAsANL/n//Y/+T/LADn/+n/HAAXAA8AKgCQ/0cAKgAWAJv/IQD1//3/2f8mABYAFAAlABgA5f/b/9z/6f+x/2YA6P/p/9P/GADj/+f/XQDl/9z/vv8eADAAQgC+/zYAKACL/9j/6f/s//P/BgCz/1wAnf+W/+D/FAAlADcAFADK/+z/BQAUAND/HQCi/+n/HwCw/9j/vP/i/8H/xv/X/93/yP/V/9j/2v/o/8j/mP/p/7r/3f+//9b/xv/W/8X/xf/e/9f/0//g/93/zP/b/+P/4P/U/9//0P+8/83/1v+b/5n/OgDW/xMAyv/P/8v/5v/F/9L/GwDR/+n/zv8WAGMAyf/M/+T/DgAlABQAxP/l/8f/FABCANL/5f/l/xQAtf/E/yb/k/8VAMb/IgC5/xkAyP9w/9b/o/8cAC0ApP8bAM//kv/l/7j/IgDY/+z/7P9SAPn/4P/O/+f/DgC4/9j/3P/a/+H/WQCx/woAOwC9/8v/4P/A/+P/EwAnABgAFAAVAM//0f8ZAML/z/+z/04ARQDo/+f/0f/p/5H/3P+t/7X/HADa/9H/p/+B/ywAGgDG/yEAe/83ALH/vP/8/+v/BwDY/7//z/+2/zwAHQDQ/9X/1/+S/3H/LgC7/+P/8v/O/ygA9/+7/zsAMQA0AI//TgDF/xkATABQACMAIQDs/+j/TwAdAKX/rv/8//H/0f+0/xsA4f8RANj/vv/Y/2EAs/8GAB4Ar//C/5j/pv8CABIAWAAaAJn/3f8pAOr/LADu/+f/uf+N/6v/OgAjABYAzf8IAA4AAAAl//P/wP8+AMb/+/+6/4v/q/8xAM//FADD/8L/FgAIAJv/wP+//8v/DgCj/7v/FQCH//L/1v/V//r/8v8AAAkA5f8WACAAKwDy/7T/GgCm/27/uv/D/67/4/8aABcAFADb/0AAKgDY/yMAzP/C/0AA4f+i/93/u/+6/87/CQDL/zMAKwA4AEMAKgBiAMP/v//L/6P/8v/V/6H/tv8lADIAIADP/7f/wv/l/wAALwAYAEoAJgAUAAwA4//z/8//GwDv/00AFAAUABQAtv8uAMv///+4/9j/zv8CAAUA6f/Y/w4AFQDY/xoA7P89ALD/FwCm/x4AFwAYAMn/xv8UAOH/HQAgAMj/3v8tAPb/IQC5/9f/KAAGANX/tv8VANz/o/+h/7n/y/8YAMf/NwDk/ywAAwDP/5z/GAAgANj/3P/T/xQA7P/g/8z/4P8WAOb/IwDr/8r/5/8cAFgAAwATABQAMQAjAMH/0v8WANT/FACn/9L/OgAYAN7/4f8PAOv/3P+z/+T/9P86AN3/4v/q/wgACwABAJH/8/65/zgAof8aACEAOgCu/43/8f8LAEIAOADh/+X/IQDg/zMA2//w/97/2P8xAO3/2//F/yoA0f/d/+f/6f/n/zcANwDk/+T/KADk/7P/IAA6AMz/7P/o/xsAo/9AABYA6v/q/7//CgAyAOL/FAAjAA4A6f/r/xoA1f/d/xUAIgDc//b/ov8WAML/LgDA/8n/1f8TAB0AHQAdABUAs/8wACoAFAAUANP/6/+7/4T/GgDI/xoA4/9EABsAwP/k/2sAvv/W/+//xv9QABwA5f/k/y4AQADB/8b/5P/P/8r/r//Z/yMALgAUAC4A1v/r/xkAEgDW//P/mP/e/yoAMACl/0wA6v9EACwAFQAfAMT/FADn/xsAQAARAD8A4/9vAMv/FAAoAMz/6P8PABcAvv/K/9D/uf8sAAwAx/8dAOj/FQDV//3/5P8SACAAOAAWANj/LAC7//v/NwCp//j/BQDK/wIAIwDf/+f/1v9IAOf/IQDr/+L/5P84AOT/4f+w/yUATQABAAwAzf8SANL/LQC9/0wARgC6/93/1f8pAKX/z/+P/0IA5/9OAAoAEwDq/+n/hv/R/z0AyP8xAMP/FAAbAB8A2v86APT/KgDQ/xoAyP/Y/6r/4P/U/5z/MgC5/zQAGwDn/+P/uP8dAK//IwA4ANn/PgC+/08Akf/N/8//6P/Z/43/rf/P/0QA4/+9/9//tv/f/yUA9P+r/+r/IgCH/73/m//Q/73/k//R/+j/1v/g/8j/y/8nAE4AQQBLAN//HwAUABoAzv+v/+j/5v/i/7f/wP/c/+j/CgDs/xQA5P+y/+T/vv/Q/9f/nv8MABUAKADk/+n/5v8VAN3/2P8WANv/v/8pAOj/8v84AOH/KQDi/97/6P8xAPX/vv/k/wMA3P/P/w0A5/+r/8b/3P+//7b/w/9WABsAPv8qAOj/6P8mACcAFgALANf/1v8lADEAFABTABgAzv8fAAEAxf8dABQAAwAUAHr/FADj/+D/HQBF/+r/9P/H/5P///8jAOP/qf/k/7j/wv8jALz/h/8tACUArv/n/8D/1P9g/13/0f/6/6v/uP8oAPP/Yv8MABQADQAYAPX/0P+O/yQA9/8rABoAFAAcAOv/HADr/+r/GwAxAOX/zv8bAOX/1f8qAPz/s//M/zkA4P/j/+L/HgDi/+P/PAAYACoAx/8uAOj/JADV/zcAyP+l/8n/UwBYAPH/4P8zACgAmP8lAD0APQA8ADUAFwAbAD4AJwAgAEwAHwAwANX/q//Y/wkALgArACIALgApACgAFQAaAEoAIQAwAEUALgDf/xUAFQBEAMX/GgAlAIz/HADg/9z/0//L/xcAxv/e/5P/if8CACwA5f8VAF4A1/8tAC8A0v8rANr/FQBAALn/MQAhACQA4v8tABMASwC7/zMAOAD0/+P/1//s//T/7P/j/73/NADO/9r/JQB//8//zv/j/wQA3v+g/9D/vf/g/+r/z//d/6P/5P+s/ygAbv+l/ysAGwC2/wcAxf8kAAgAyP/f/zoANADS/8n/yf/d/8T/s//l/7r/zv+7/73/1v+w/9z/NgAzANj/GQAaAOf/JwDm/+b/6v8hAMv/KwCq/x0Aw//A/8r/6P/s/zYANgDn/ywA6f+3/wgAJAAwALj/FwBb/8f/2//o/+r/zf/m/xsA3f/U/xQAx//3/9T/RQDe/+D/zv/r/xQACAAUANv/uv8UAFMAGQDz/+X/7P+1/83/LwAbAOr/MQDh/+r/2P/n/9v/s//P/9T/q//y/0IAHADY/7b/0//i/+z/4f/n/x4ACQDM/+j/6v/j/8//ov/G/9b/+P/P/8z/YgDS/53/zP+w/+X/0v+4/97/1v8vAOn/HgDj/57/qf8kAKz/FADc/7f/zP/n/xQAxv+K/8H/tP/b/5j/6f+x/6L/4f/S//7/rP/i/+n/2P/Z/+j/HACZ/zMAEwDg/wsAFQDa/+v/MAApAG0AKQDd/wwAvv/f//j/SgAhAMb/6P8iALL/2v8NAOn/EwAfACwAOAAsADgAOADG/+b/CAAVANX/1f+z/+f/LwC1/ywAIQAiABQAqP+x/2b/SADL/xoAxf+p/5r/WAC2/xQAFADn/+f/l/83AD4AIgDi/+j/FACV/+b/5v/E/+b/xv9OABsAAQDs/9r/KwDR/+j/rf+p/8T/FQAZAOD/JgDX/zkAGwBPAC8AJAAfABgArP8uAE4ATgDr/x0ADwDX/9j/xv/c/0gACwBKAEUAKAAiACsATwAfADgAqv+8/+H/0v8VABcAx//n/wAAxv/n/+P/IAAOABsAu//A/0QAr/+l/xQAyv/s/7P/5/8dADEA6f/o/y4A/v/D/4T/PQDP/9j/vf8cALP/3v/o/+z/1f82ACEAGQDn/9j/pP/J/wcA0f9FANz/vf8xAAoAZP/r/97/tv82AB0AOgDa/zAAKAAqADYA5v/B/zEA2v/W/8r/0P/f/+D/5v8vAD0ALwD0/83/uP/l/wIA3/8+ACMAyv/i/73/yv/c/0AAJgD3/4sAu/9OAI//2v8qAPL/KADW/+n/TgDo/67/2//X/9z/PAC5/7L/4v/Y/8j/wv8uANT/HgDU/+n/BADR/+r/GwA4ACEA0f8PABwAJwDj/+v/5/8rABwANwDM/8f/OADT/7b/FAD2/0YA2/8/ABUASAAwAPj/w//M/+P/yf97//n/JQAlAMv/RgCp/+f/IQDr/+z/3P82AJr/5//C/9z/TACg/2wA3P/c/9P/DwDf/+v/zP8bAAIAOAAVACoANwCJ/ykA2v/H/+//s//0/x0A/v+h/+n/1v/i/9b/0//+/+P/xP8uAOf/zf+t/9n/4v/n/xAA6//X/+X/CgAoAP7/MwDZ/08Auf/g/+z/CgDm/yAA4P/e/93/u//h/9H/yv8UAN3/pf/R/9r/yf/E/9v/tv/o/9X/zP/U/+f/0P/W/83/1f+w/8v/1f/I/87/hf/Q/8r/wP9KAM//6v/J/8X/1P/S/zAADADM/+P/vv+k/xQA0P++//b/pv/n/+X/o/8mANv/4P/j/7//5v/o/+n/p/8CAM//yf/r/8r/7P/R/xwA6f+8/+j/0//Z/+T/2f/N/7//1v/g/+3/yv/5/97/fv+M/+f/nv88AMT/FAAVANb/lv9FAKv/0v/S/wAA4f/K/yAA0//S/8f/yv/q/+r/4f8dALb/5v8zAAoAbgDq/+z//v+M/9L/yf/p/9T/yv8jABUAJAC7/8v/t/8WAPn/uv/V/xoAIACk/0AAJwAFAOP/4f/n/9f/xv+t/xwAFgC//87/3v/n/97/5P84ABYA7P+8/+X/IAArAOb/6f/I/7r/7//T/xoAyP/Z/9H/9v+d/xQAZP+MAMz/NAAOAOv/3/8UANL/IgA+/5T/rf+v/yoAKADp/xYA0P8VAIL/3f/N/xoA5//r/xQAJwDD/+b/uP/H/xQAxP8oAAoAKADr/8z/GwBPABoA6P8UAMb/5f/q/8//4v/c/+j/HQDy/9b/1v/R/xIAFAAZANT/tP/X/8v/7P/x/8n/0f/e/zYAsv/B/x0AOf90/6z/sf9dAOT/9P+e/6z/YP8PAJn/z//X/7L/6P+i/0UAmf8kAJv/FwCTALX/mf9e/4P/of+3/4r/iv9R/2kA9P+s/zEAFAAsAOj/yP9LAKn/4/9Z/+T/6f/J/xgAu/8XALT/HQAHAMv/UP+0/8j/FQAXALn/PQA/ABsAT/9pAMj/HgAfAB4AdP/n/0j/lv/e/+b/vP/M/yX/YP9BALb/yP+r/6H/Tv84/zgAqv+o/x8A+P/F/qX/CgBQABb/Uv/V/5b/zf+y/6//lP/H/zwARv95/0UAMgB6/4X/pP/U/zAAEABIAML/pf8IAFgAs/+Q/6z/EwAx/83/pf8gAMD/v/+U/w0AZ/+G/8j/OwATADgA0f+z/4D/NwDG/5f/oP/N/8H/Yv9aADUAvf/1/+X/8f8GAM7/NADt/5YAz/9K/9X/AgCN/6L/HgAwANT/w//U/8H/g/+i/6T/nv/S/83/RwBa/4z/4v8xAMj/ov9DAE0AQAAKALj/q/++/1b/NQAaAEMAqf+v/6b/5/+R/wYAEwBeAJ3/MgARADkAf/+m//H/FQAmAG3/av9V/9n/2P8HAMz/1P9Q/yIArP+7/6n/JQDJ/8D/HACu/5b/uP/0/9r/bf8VAOr+9v89AM7/p/+I/3sA9/83/4n/pP8BANX/v//L/x4Atv9p/6D/e/+8/6f/VgDf/7P/FQDG/wAArv86/7X/IABA/7j/0/9/AIL/VP/l/zAAJwBX/7z/hv9m/67/QP+T/8v/vv/g/+P/4//Z/9//of9m/53/NQBd/1b/5v+b/6f/xv8SANz/FQBzAHT/wP+E/+j/iv97/xcAKAC9/43/wP9b/7b/yP/P/6f/gv+l/1L/PgAYALn/7v+y//n/jf9KAL//HwDS/67/r/+d/53/KgCt/8D/r/+x/8b/1P+1/z4Ay/+3/6//kv+1/wcArf9A/73/pf8qAOX/PABBABwAbP+6/ycAPACY/8T/p//D/0UAaADk/wcAT/+z/6H/p////3z/NQAPAJH//f+//87/i/+a/7b/u//S/zsAWwBB/xIAJQCO/2//tP8YAMv/HgCi////g/9g//v/1f+2/y0Aqv+7/5D/zv+W/4T/y/+D/5P/o/8oACX/KgCT/5z/nf+F/7L/lf99/8z/0v8QAJ7/LQCM/27/uv+c/xkAr/+y/6D/HQCb/6H/2P++/+D/4//j/6X/f/+c/1j/nP8OAEQA4P8mAJ7/dP/t/rb/xv+h/5T/BgDh/7D/4P8JAL3/jv+t/+H/tP8tALL/DwDk/7P/sf80AC0Aav81ACj/Ov8E/7D/y//g/7z/wv+X//z/BQDb/8T/rf94/33/q//T/7T/sv+Z/y4Awf+T/1z/dP+L/33/lf9Y/7P/uf/q/4j/2v9y/6D/JwCw/xsAGQCc/xwAxv9x//v/EwDL/zr/1P+d/3L/mv8//2r/4P+v/6f/qP8TAMj/sv/G/8L/xP9CAD3/r/+l/4z/p//3/w0Ajf+t/5//EQABADAAuv8pAKn/sv/5/97/y/9WAJX/HQDV/wkAo//h/yAA2v+u/7r/s/84AAkAAAD5/zAAyf8UALv/DgCp/8X//P+7/7n/1P5DAJf/kf90/yIAlP+j/7L/8v8MAJr/bv+o/67/6P8CAJ3/if+s/kkA8f+s/+r/MAAxAC0AEwDE/yQAPgC0/5r/rP8KALf/+f/X/6b/mv+e/wgA+/8VADQAvf9D/0D/i/8YAOP/FwBIADwAIACu/7D/zv9VAIr/nf/b//r/jP+2/7v/lv+w/1kAQv5r/8T/nv8SALz/bgCM/5//FwDM/zAAGQCs/wAAEQDF/8v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACp/xMAzv99/5z/7v/SAKQADwA1AOn/5P9k/6r/sv/4/0QAiv5NAIwArv+DABsAYv/z/6P/IABa/xoADAAFAOD/3f8dAMz/5P/n/y4A5/8pALT/wP8fABUAwf8MADwA4P/d/9j/+P9mAAAAwP84APP/HgDf/9n/FgDo/7b/3/8VAC8Axv/I/+X/6/8YAMD/v/9kAK7/qv+g/xgAGAArABgAs//c/+//mP+K/0UAv//s/ygA2P/U/08ATQDm/2IAJADj/yUA9P+4/8P/yv/X/9v/wf/V/8n/IAAcAM//0P/G/97/HQDV/0r/PADj/9v/4v8mAK7/2f/n/4D/UgDj/7b/EACW/+//IwAXALf/5v/s/xsAAwDk/7r//P8KANL////n/8v/xP8lANT/5P8UABkACABCAN7/vf/J//z/EgBWAAIA5v/Q/7//TQARAFEAPgBFAAMAqf+k/yQA5/8IAPT/LwAVAOT/7/8gANr/oP/H/wsA3P/K/9//PADj/xQAkv/Y/8H/KwAUACkAw/8uAB4AGgCV/4L/FAAeADQA6v8KAM//4P+9/+f/tf8FAGz/uP/j/yoArP/Q/x4AAgAqAIv/q/+5/8D/x//w/7H/w/+V/xwAJgDR/zoAvP8TAKv/sP8SAOX/3f/T/zYAKQDk/zMACQDd/7L/GgAXANP/6v/o//X/0v+P/9f/2v/n/+r/RADx//L/wf/f/9D/wv/M/woA5P8dANj/pP8XAGQA3v/d/zoAQgDU//n/6/8oAOb/rv/g/woA9P/f/8X/HADp/1MA0/8WAOv/q/9KABgAJQAkACEAt//X/9T/u//6/xkAOAA+AOX/GwBsAML/KQDQ/7f/6/8fAN3/vf/q/woA7P/D/z0AFADR/7f/tf+1/5//p/8TAOb/zv/D//7/x/8PAMb/GgAyALn/3f/k/yUAYQDd/+P/5v+B/0cA+P8VACMA3v8QAPn/uv/j/8P/+v/e/+f/2//G/7z/+f9u/+P/mP8NAEIA2/+u/xoACwAgAAwAw//g/9T/GwAdAM7/JADj/8v/3f/N/ywACwAaANL/0P/l/+T/pf/e/+b/UQDJ/yoAi/8XANf/tP+5/93/1v+x/xUA5f/m/7f/GAAiANH/DgAoAFgAuf89AHYALADP/xkABAAyABsAdv8xAC8A0f8bAJL/BADb/8H/6P9KAMj/GwDF/5r/PADI/0wA6P8yABAArf/H/yAAFQDQ/7T/0//A/7X/QADV/6L/7v/L/+P/GgAeAK//3P/8/xAAzv8aAPv/xv/n/ygAFADu/+P/wv+m/83/4v8pANz/vf9UAKT/zv/h/9T/GgDU/9f/4v/Y/77//P8oAOf/4f/d/73/5P8YAOP/CgDB/xYAnP/h/ygAGQDM/4z/VgAJAM3/KQCm/4z/yP/R/9L/IgADAAcA2v+s/xsAqf9LACkAIQAjABoA5//C/4z/EQAaACEAGQDI/zEA0v9SAOP/OACe/33/nP+7/9//CQAVAAIAMQAnAOf/+P/h/+j/5f/X/wwAPgD//2QAnf+u/wkAuf/A/+H/tv8zALP/1/89APb/WAC//ysAHQAFAMf/2P+v/8T/yP/V/ygAJQACAAwAzf/M/8b/IwAOABsA+v/m/8b/vP8jACcA0v/t/37/3/+f/14Ayf/m/7f/x/9IABAAEQAjACEA3v+Q/07/EgDI/6//xP86AEsA9v/h/8//q/+g/8j/RQCN/w0Ae/8RAJf/CgDD/63/1v9GAMD/CwAyANT/IwDO//r/HQDF/93/k/81AAgAFADo/zIATwD7/63/2/+k/wQAwP9PALn/p//g//X/zv8cAMn/JgDi/08A2P+g/5P/8v8QALD/Y//m/x8A7v8nAMH/+/8mAAQAz//7/yMA0//S/5T/pf/n/8///P/m/+f/4//n/x8Azf/m/93/1//v//3/3f8gAMD/4f/l/x8A5P/n/93/HADg/9j/CQA8ANr/yv/h/8f/CQCn/6//vf96/9H/2P8AABkAlP8fAP//lv/T/7D/r//2/93/4P8LAOP/RADf/+n/1f/F/9r/wP/S/0MAMQBLANj/5v+z/9z/z//P/6f/0/+t/yEAw//K/+z/uP8WAAAAvf+z/+X/FAAfAKH/OgCV/yMAJQAnABcAFwAmAMD/MQCu/+D/DwDP/63/EAAVACoA5P8CAC4Ajv/r/xsAwv80AMb/2//G/8r/y/9nAL//0/8ZAB8ACACX/8//pf/N/xcAwf/Q/8n/4v/P/83/wf+//+X/xP86AMv/MQA/AOj/KwDj/3EAOgAPADoA2f9w/9j/9f/Z/9H/ev8MALD/5/8BAF0AKADk/9//vP/m/1kADgCn/7n/2f9KAOf/+v/p//H/v//k/+v/0/8KAEYArf86AAQAAwAhAAEAtf/Y/+v/2f/D/+7/HAAAAJz/uf/5/zn/x//l/9r/OwAtAKb/r/8qANX/AgD7/zAA9f8IABAA+P+i/7T/LgDV/yIA3f/S/xMADgAHAN3/NQDr/zAAIwA/AEYA6f8pAOX/of8mACEASwDk/xsA7v/U/8P/tv/W/+r/tv/v/wMAw/8nADYA1P8VAOD/1P/H/wcAAwBLANT/1v+m/xsA3v9//+z/3/+X/6b/nP8XADoAFgAEAPb/t//h/57/uv9jACIAFgDh//z/a/9ZANv/0P+k/+n/xf/k/xEA2P8FAF7/w//H/5X/+f9KABUAJwACAEQATgB7ADwA2//O/7v/u/83AGcADgBsAJP/2P/i/5n/xf8EAMz/AADX/ycAp//i/9P/7/8xALL/DwARAKv/yv+x/+P/ov+k/+v/vv8gABgAWwADAJoAQgDc/9//of9f/9L/tv/V/6j/uP+t/2wAsv8WANn/wf8lAOX/3f/s/0UA5/+1/8z/MABHANr/+f/i/9v/4/8zAKb/4v8qAKb/IgDL//j/GwATANz/o//h/w8A/P8yAOf/cv+a/wEA7P/J/+v/5//q/7b/MQBiAJ3/3P8fAOb/NgDZ//n/owDd/9P/r/8xAPb/2v/T/+T/2f/o/w4Aw/8VAGAA6P/e/8f/DgDI/xkAJgCM/93/zv+l/8z/qf+e/6P/d//4/zQAGgAKAB0AzP+s/8H/1f+4/6b/MQA4AIf/MgDa/1D/uP8jALj/RgDf/+j/6P/f/7j/qf8bACUAOQDs/wYAyf8lAMn/yP/g/6X/PgAWAMD/+f+7/+f/IADe/xkA4v/N//7/3v8ZACoA2v+8/04ANAAvACEAHgDv/yEAEwBxAOH/5v8SANX/6P8uAFEApf8jAOf/CgCi/7f/xP+9/+f/IADU/7T/+P+7/6b/q//m/7f/s/+r/7L/FQAwADYA5f++/8P/JwAaAMv/4P/G/00AFwD1/9v/dQCr/8X/RACm/4j/1P8DABUAdQATAKX/r/8oAPv/n/8fAN3/x//W/87/2f/U/87/9v/+/zsA5f8nAB4Axv+j/wsAy/8MACkAOwD9/wAA5f8rANj/AQAnAOj/3f8eAKT/8v/n/9D/1f8OAIf/z//S/xQA4f8oAP//JgAPANn/3v/I/xQAJgDY/+D/zP8GABsA6v/K/+z/FQDa/+X/6/8lALv/RgDA/9L/GwDU/woAy/+9/wAAnP8JAN//VgDu/63/zP/W/+n/zf8vABoAyf8sAEgAMwDb/6v/0/8YAD0A3f8tANH/2/9bAOf/2/+T//P/DgC2//r/DQDP/1AA+P/c/zr/sv+4/9n/6f/b/xUAuv/c/0MACAAFAAgAsP/l/zEA4/9DAAwAHwBCABkAAwDj/6j/t//2/+D/FQARAOb/nv8iAMf/JABKACQA5P+x/+H/SgDU/zsA0P87ADIAz//n//D/k/8UAMf/tv+7/xkA9//R/9j/EAAOAMz/4P+w/xcAtP8FAAUAxv+B/7//JgC1//r/MQD+/77/xv/L/9D/0P/O/7D/LwDM/y8ALAAzABYA4/84AC4AGQDj/+z/EQAbABQA/P/i/wcArv+l/xAAJwCO/43/b/9IAOj/3f8uAM//JgBBAK3/NgDs/zUA4/+1/8b/u/8KAB4Adf8XAOr/JAD6/+j/w//k/+D/2//E/wgAUwDG/6v/qf+//y4AGgDm/xUAJADe/xwAIQDl/yMAtf8UAPT/+f8EAM7/zv/i/9f/GQDk/zEAvv+j/0kA4v8kAPD/zP90/7v/FwABAMX/MAAoANH/y//Y/7j/GQDi/6f/0//6/+P/xP+3/4v/6P/w/9L/hf/G/+r/pP8TANT/GQDB/xYArP/8/ycABwDp/xgAOgDF/9T/DQAUAPz/5//v/7z/QQCt/97/GgAbAPf/5P+Z/zAAYgAxACAAJwCkAOP/TADH/zAABgDn/5j/4P8aAAUAnf8VACQA///O/x8AyP+x/wQAHQAXAAwA0P+r/5//4P8zALL/vP8TABcAwv/C/6//+P/5/w8Av/+s/wQAFACv/+r/RgDT/8L/wv/h/z0A4f/H/xQAvf8LAAMAp/8LAK3/0//Y/6v/KgBS//X/7f8eAL3/qv9TAHgAGAAbAAUAHgDg/6f/QADY/zcADgAiANP/1v8VANb/iv/a//r/0v+5////yP8vAL3/BADP/83/6f8bAOj/x//H/wEApP/A/+r/uv+//wsApf/4/9D/rv/O/8P/8P///z8A6f/3/xEA/f+l/8v/6v/G/8v/vv/v//T/xP+x/6f/r//U/0UA5P9aAAYA1P8fABoAzP+l/8b/LQD3/0wA6f8JAMX/5//h/9//5v/L/+j/5v/f/+v/z//j/+z/5v8QAJ7/1P/T/5j/z/+y/9H/FQDv/zwA0P/s/9j/4/+6/+3/BAAcAOX/0v8XAFwARABFAAwA0v/S/8//2f/S/7z/GQDl/9D/qP+//7//GAAkAPj/+P/D/8X/4/8RAE0AwP8tAM7/+P/E/+H/GgDt/xgAzv/m/ywA5f84AOv/CADS/6f/9f8rANP/yP89AP7/tv/m/w8AkP+2/4T/0f8lAFEAvv+fAM//wf+0/zkA8v/w/+v/NgCd/8v/zf+s/wIAFAAVABYA5v/A/+v/CwC4/xQA6P/b/8f/MQDl/x0Ax/+x/+L/IQA/AJP/aQARAA8AKQDa/93/HQDP/7r/9f+4/3r/zv8hAM3/yf8AAO7/HgD1//n/EQDw/5f/6P+0/ysACgD5/+D/2f8SAOL/uf/U//j/tv/j/9H/3P/a/zEAPAAuAB0Av//1/+v/uf/q/9v/4P+k/7//4/++//f/9f9k/4wAyf/p/1gAGgBBAOT/DwDk/+f/LwAYANn/MgAvADQAGwAPALz/vf9WACQAPAAgABoAGgAaABoAGwDY/9b/t//o/yoADwDH/5b/0v/i/24AHADU/7r/v/+p//r/2f+b/wIA1v9CANX/5v/S/9H/DgAdAOH/HgDD/9D/yv/K/1IAmP9UALL/OgBJ//j/k/8EAK//JwCk//X/p//j/+L/JQBd/9H/CADn/9z/DAAMAAwA2P+x/8f/IADo/8j//P/a/7P/1f+x/9T/JQC4/ykA0P/S/+7/OwAhACEAIQAjACwANgAGACgA7v/6/67/4//G/xgA4/+w/+z/3P/p/+f/FQAaAEUA0f/G/1j/rv8nANv/1v8SAPj/bv8FAMD/4f/E/73/tP8DAOL/9/8NAGAAHwCt/wQAyP+8/6v/6f8PACYAAAABADUA3//9/+H/zv8cANH//v/A//b/4P/M/83/CwDq/9j/3P+u/7n/bgCx//T/r//p/ywAFQAZACMAHADG/+D/LACf/97/+f+w/xwAzv8oACUAsf+8/6j/KAA9AFQAv/9BACkAzP+7/8r/of8IALP/z/8UAM7/CADK/+D/of+E/5b/n//L/5f////j//v/PgCe/8n/qv/O/9T/5f8gADEA9/+//5//IADf/9//vP/N/yUALACT/ycALQDn/+f/w//F//7/vf+o/3L/vv87ACUAr//F/x4AAAD3/5f/IP8PAO3/y//i//T/FwDD/8f/PgDz/+P/FgDt/9z/MQAxAEgAnP/g/9v/AgAvAOj/r//W/x0A9P9IABQA6P8gAEYAlv+u/xoA1//j/y8Auv8kANT/6//f/2P/1/8iAKT/LgDF/+j/RADH/+7/FgAuAMD/BQCv/xgA5/+x/8X/qf/l/8H/0v+s/yAANgDK/wEAk//4/7D/GgD0/w8AxP/m/yYAl//p/x0ANwDV//z/FQC8/+T/AwD6/7L/zf8aACUA5P+9/83/WwANABcA6f8ZABQAiv+x/87/2f8MAAEA0//9/xYA6f/r/77/of/S/+f/5v8PABsAmv/S/7v/4/8XAKf/u/+W/z0ABwDs/47/FAAfAOr/HwDS////6f/m//z/1f+5/93/h//7/7v/4f8XAAQA5v/r/xwABADF/7T//P/Y/9v/4P/j/7z/uf8DAMf/CwDL/xAAz//N//n/3P/H/+n/o/8rABsAGwDl//r/EAAWAJD/uv/Y/9f/AgAPAFcA2/+t/yEAuP/N/6v/NQDL/yIA2P8+AJz/FAAEACUA2f/b/9b/0v/c/z0ACAC2/+X/AwAKACIA1v/A/7L/+P8nALf/DgCAABEALADZ/yYAxf8XANn/6//L/9T/1P8XAKz/sv/n/9j/IAC8/0wA7P+6/xsAbgAeAAAAHQAHAOf/uP/e/5n/IgCs//v/IwDP/zUAJgDI/xwAu/8xABkA8f/W/yYA4/9r/7r/zv/8/yAALQDj/y4A3P/f/8//DwDN/87/yv/v/zsA8f/z/73/wf8OADIAVADv/9j/MQDX/ygAkP+a/9//2v/0/z4AOwBWABkA9/8UAIr/2P8bAMz/LADP/4z/sf/P/xUAef+0/93/8f/a/7b/AgAnANP/3f/q/9T/OQCW/9D/vf8VAOb/0v8VABUALgAdACIAsv/r/9H/DwC0/xUALwCc/7H/x/+1/5L/BgBCAO//EQAeAPf/LQC2/9H/CwDe/9L/MwAWAOD/0//x//f/YgDc/7r/5//q/xUA+P/U/ywAxv9u/87/2v+0/8f/1v8hACQAFAAlADcALwDh/8//4f/h/6L/0v+s/ysAKADS/wUA5v8cALT/FABYAJb/yf/I/5T/JAAMAPP/BwABAM3/GgCZ//L/2f+2/8v/FACv/8D/EgDt/yQAJAAlAAgA0v8CABQAvP+8/0X/tP/I/zkA1P8eANX/JQB9/6v/0//F/wAAvv/9/9z/BgCq/1L/PgDK/6f/GgAUALX/5//B/x0AGAC9/77/1f/E/+L/y//T/yQALQABAJ//uP/w/6//wv/P/8T/v/9DAKP/4P/o/x4A8/8oAPX/3f8UAOj/MwDc/8L/VgAhAOf/6P+y/8H/8P8IAKz//f+x/2kAGgD9/+T/MgAfANT/NgAUABMAagC7//3/OQAdAMf/QQDo/8X/2f/f/+f/IwAkAO3/wf/Q/6j/NwCu/8z/pP+7/9v/yv8AAOT/IQDk/+n/9v8nACwAz/+b/8r/KACh/7T/AgC0/xYALgCw/wUACQAkAJz/CgC+/xQA5v8YAPD/UwAFADYApf+e/+z/4//Z/2MAQQBbAKD/FgDG/8j/BADy/04AEACw/yAAGwAlALX/GgC//x0Ax/8ZACkA2//s/4X/yv89AO//x/+Y/9P/6P8VADAA+/+//8b/2/+e/37/zf8UACAAvf8bAN//4/8wAKD/EACt/wQAkP/C/7X/HAAVAKH/vv+u/9v/BgAoAML/0P/O/+D/sv/4/7f/t//S/7H/RQA0/7z/DgAuAMf/4v/K/xsA2f8fACUA4f/f/w4ACADi//r/y/8MADEAtv+D/0kA5f+v/6X/MAC2/5v/3/9QABUALgAiAMH/9/+j/+T/6v/A/wgAu//i/9b/CgDA/5j/o//8/xEAp/8hAPD/2f9UAOn/jf/P/y8A0f/p/5b/2P8XAH//pP8/ANj/vP/i/8H/xv/X/93/yP/V/9j/2v/o/8j/mP9z/ygA6P/B/2f/vv8BAK3/fP/S/9D/OQAUAN7/7P/P/7P/rP88AOz/7P84ABYAKwDM/4r/5/+u/1kABwAdAMz/8//A/2n/EwDN/z8Ayf8hABQADwAzAFsApv88AAUAwv/P/93/CAAKAMP/FABLAML/FgDN/wcAm/+v/8v/DgCj/8j/u//s/xUAhP/y/9b/1f/+/8H/IADU/wAACQDl/wMAFACx/67/GwDP/8r/MgAXAI3/LACr/+X/AABIAFwADAAzAB4A6f/O//3/bf/y/+L/yf++/8X////k/yMAAgDi/2r/QADE/7r/FACn/+P/awDS/zgAt//G/8D/rP/K/4v/KgDF/zYAGAA5ALH/kP/U/7z/xf+s/zwA+P8JAMj/nv/E/+f/v//s/yQA6P+S//X////a/6f/SQDD/4f/p/+5/6f/hwDA/9X/HwAUALL/rP/m/8f/DgCN/woA9v/V/4T/1f8VAAUAKAD3//3/3P8sAH3/5/8XABoArf+2/8P/SgAbAC7/6/8qABoAzP8XADYAFgC5/yYAJgDz/8f/wv/e/9D/rv/n/wEA+v8UACUAHAAcALH/w//i/x4A4v/j/wcAyf9TABgASABYAPH/2P/U/0gAaQBMAL//QwDV/30AFQAqADEAyP/z/8n/0/8eAI3/zv/G/97/AABKANf/PQDk/y0ALwDS/ysAuP/E/xUA1v9AACoALAAkAAwASAAnADMAOAA3AMn/RADH/8n/2P/p/73/JQD9/xMAiv+6/8X/wP+M/7n/1v9KAHj/HAAUACAArv8XAA8ACwAXAMb/5v/q/83/9f+o/6r/yf/Y/9P/DQD6/zUA2P+1/7//CgBb/8b/qf/W//3/4v8oANz/t//X/4r/wf+K/4n/qv++//3/o//Q/8D/wf99//r//v8FAC8AHADG/zcAOwA4AOH/OADJ/zgA5v/h/+7/FQATAA4AFQDM/+H/BgDa/y8Afv8sAIT/y/8eAD0ADwCD/+z/6f/l/+z/TgA5AC8AHgALANP/NwAAAOz/6//R/6n/tP8VAA8A+f/r/xQABADX/77/LADG/xUALQBuANL/4f/x/xQAp/+k/8r/4f/d/+f/PABUAAkAwP8fACwA3P/B/wYAwP+5/+D/AgDd/yMAwv+g/8b/3P86ACYA9//E/ycAKwDU/ykAh//J/+L/1f+6/9D/QwDs/ykA4f/n/7b/wf/j/9L/1//k/7r/7P/c/zYANADc/9P/uP/5/8P////r/wwA5v8fAD8A/v/Q/17/y/+v/1MA6/9EAEQAof+2/+b/GwBSANj/2v8BANf/0v/W/ycAr/8AADAAJAAeAOD/IQDI/xwAFgC5/wEA6//K/+3/g/8gAMz/v/85ACYA5v/p/7j/pf/v/7j/xv/O//v/3v8PALL/pf+2/9D/HwDP/xwAFwAAAPz/0f87ANP/z/+0/6L/7P/X/8n/x//A/zYA',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-35, -34, 30, -44, -17, -59, 1, -57],
    classWeights: '7f/U/+H/+/+2/wAAov/d/+f/6v/n/9n/FQDZ/wAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8MAO//AADa/+z/AAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/+f/v/wAA7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8AAOD/3//X/yAA1f/Y/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAD5/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/ygA7/8AAPP/6//Y/+j/5/8WAOv/6//o/+r/6v/n/xsA5f/r/+//8P/j/+X/3/8UAOz/AAAAAAAA7f/s/+7/7f/t//n/AADt/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/PwDB/9b/0P/W/9D/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAADq/wAA8P/n/y4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/2f/s/wAA7//u//n/AAAAAO7/7v8TAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAAAAAAAO3/7P/t/+z/1/8VANP/4//P/9z/1v/s/+z/7P/s/+z/7P8UAOz/zf/6//D/5v8GAMH/1v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+3/9/8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAADq/+3/6//u/+3/FADu/+z/AAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAA2//q/+//GADq/+X/GgDr/+D/6f/X/9v/9f/3//r/AAAAAOz/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+v/5//s/+n/FgDp/x0AAAAAAAAAAADT/+T/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACADR/9P/4f/X/8b/+v/M/+v/6//r/+v/5v/r/xUA7P/Z/7T/1/8AANb/yf8AAPX/AAAAAAAAAAAAAAAAAAAAAOn/6v/q/+j/6v/l/+v/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAOT/+v8AAOz/BwDl/+r/6f/e/xQA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6v/Z/+n/7//r/+z/FQDs/+7/FgDs/+n/7//q/+v/6/8AAAAAAAAAAAAAAAAAAAAAHQD4/wAA8/8AAOb/9//e/ycA7P8AAPL/+f/f/+v/5//s//H/9/8AAPP/+f8UAO3/7P/s/+z/7P/s/+z/7P8UAMr/xP/h//n/8P/G/77/PgAAAAAAAAAAAAAAAAAAAAAA5//W/9X/6//n/+j/7P8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+7/7f/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/FADv/+3/7P/s/+z/7P/v//L/AAAAAPr/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/p/+z/7P/j/+T/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+b/AADq//j/HQDi/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8AAPH/7v8AANn/JgD2/+r/FADr/+z/6//s/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+n/FgDa/+n/8f/n/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/t/+//FADs/+3/7P/o/+z/8v/n/+v/6/8VAN3/9P/5/wAA5//2//n/IwD0//j/AAAAAAAAEAD7//n/7P/s/+7/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+//9//v//f/7P8UAOz/6//r/+3/8v/m/+v/6/8VALn/4P/f/9z/2v/g/xUA+v8AAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAACgAAANv/7P/o/+f/3v/g/yQA6f8AAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/5//r/AAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/1/+7/AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAKgC7/9f/q//L/8L/AADB/+z/FAAAAAAAAADt/+z/7f/P/+P/wv/2/5z/iP8JANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/5/wAA7P8AABQA7P/2/wUA7P/r/+r/6P/W/+j/AAD2/yEAAAAAAAAA+//7/+b/AAAAAAAAAAAAAAAAAAAAANL/KgDM/8H/y//q/8D/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/AAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAA0P8jANL/1f/a/9X/AADR/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/m/+T/+P/2/93/KgAAAOz/7f/s/+3/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/EgDa/8D/0f+x/+v/8v8AAAAAAAAAAAAAAAAAAAAA4f8nANj/5//j/+j/1//r/9H/GwDS/9T/7P/o/9r/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/7P/5/+z/FADs/9f/0//Z/9f/6P/b/ysAzv/l/9D/vP+6/9L/w/88AMb/AAAAAAAAAAAAAAAAAAAAAOf/5P/j/+T/AAAaAOn/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/6P8VAOz/+f/s/+z/6//k/9P/6f/m/9v/AADi/wAA7P/s/wAA+P8UAO3/7P/s/+D/5f/r/+r/6f/Y/xwA1v/r/+n/GADf/9P/6v/h/wAA7P/s/+3/AAAUAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAPn/AADy//P/+/8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/4f/m/+T/5v8dAN7/3v8AAAAAAAAAAAAAAAAAAAAA7P/q/xUA6//s/+f/6//s/+z/FQDr/+n/AADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAtf8AABkAuf/S/7v/6v/w/+H/7P/p/+P/IgDY/9r/2P8AAAAAAAAAAAAAAAAAAAAAAADk/wAAzf8AACIA2P/I/+3/7f/s/+7/8P8UAO3/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7//t/+z/7P/s/+z/7P8AAAAAAADs/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9j/u//v/7z/sf8qAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/+X/0v/q/+j/4P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//r/DgD2//v/CwDP/+3/FADu/+3/7v/t/+z/7f/s/wAAAAAAAAAAAAAAAAAAAADr/xgA+v8AAPD/7P/o//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/W/+v/AADZ/+f/xf8IAOj/6/8WAOr/6//q/+r/6//7//D/7P/z//r/8f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/wAA2//n/wwA6//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5//s/+z/7P/s/+r/FgDh/+b/6P/o/+v/6v/r/xkAAAAAAAAAAAAAAAAAAAAAAOz/7P8VAOz/7P/o/+v/7P/Y/9L/EwDV//b/2/8AAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7v/5/wAAAADu/+7/EwAAAAAAAAAAAAAAAAAAAAAA7P/f/+n/GADs/9j/6v/o/wAAAAAAAAAAAAAAAAAAAADq/xIA3v/i/+3/6//x/+v/AAAAAAAAAAAAAAAAAAAAALz/0//a/9f/5v/X/yoA3v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/X/+3/8v/b/9r/HgD0/+v/0//m/+H/JQDf/9f/3P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/FQDq/xQA+v/s/9X/6f8AAPb/9f8AAAAAAAAbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7//t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/6//s/+z/FADs/xcA6f/r/+j/AADs/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAAADb/+r/7/8YAAAAAAAAAAAAAAAAAAAAAADZ/9b/2//s/zYA2P/l/8L/zP+o/8b/wf/G/+j/JgC1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA6//s/wAA2P/e/+f/AAAAAOr/2/8AAAAAAAAAAAAAAAAAAAAA+P8OANf/2P+7/8b/x//3/wAAAAAAAAAAAAAAAAAAAADr//L/7v8AAAAA7P8VAPP/AAAAAAAAAAAAAAAAAAAAAOr/JgDf/+X/2P/Y/+v/2P/Q/9j/4f/V/+D/3P8nANX/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO//7f/s/+z/7P8AAAoAAAAAAAAAAAAAAPn/AAAKAAAAAAAAAAAAAAD5/wAACgAAAAAAAAAAAAAA+f8AAAoAAAAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+X/6//q/+v/GADb/wAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/o/+z/6//s/+v/7P8UAAAAAAAAAAAAAAAAAAsA+P/X/9H/3f/l/9v/MADM/8f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAOL/FADe/+v/7P/s/+n/5f/o/93/5f/o/xoA5P/a/x8A5v/V/+T/3v/h/9j/AADu/wAAAADb/+r/7/8YAOr/2P/w/93/9v8PANj/AAD6/wAAAAD4/wAA+/8AABEA8v8aAAAAAAD1/+v/6//6/9j/DAARAOn/6f/n/9r/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/xUA7P/s/+v/3P/s/wAAAAAAAAAAAAAAAAAAAADt/+b/7P/p/wAA7f8XAOj/AAAAAAAAAAAAAAAAAAAAANj/GwDn/9//5v/o/+T/4P/Y/zUA2f/y/9H/y//B/+L/AAAAAAAAAAAAAAAAAAAAAPD/FADu//P/7P/s/+z/7P/o/xoA7P/v//L/7f/e/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FgDq//j/7P/t/+j/7P8AAAAAAAAAAAAAAAAAAAAA8v/j/wAA2//u/wAA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6//H/8H/2f/k/xwA4v8AAAAAAAAAAAAAAAAAAAAA5/8WAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAATAO3/9f/s/+z/7f/s/+//7P8UAOz/FQDs/wAA+f/s/+r/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/Z//v/7/8VAOz/4//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/2f/m/+z/3v/r/9n/FgDo/+H/6P/n/+r/4f8cAOL/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAD5/wAAAAAVAAAAAADs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/5//G/9v/4f8YAOn/6f/y/wAAAAAUAAAA7P/y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//H/7//t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5v/r/+n/7P/s/xYA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//t/+z/6//u/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/HACr/8H/7f+1/8f/1P8AAAAAAAAAAAAAAAAAAAAA5v8ZAOf/6v/n/+v/6P/f/+z/7f/1/+7/AAAUAOz/7f/w/xoAAAAAAAAA+f/v//H/AAAAAAAA9P8AAAAAAAANANb/EgDY/+b/BgDl/97/1//t/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANX/zf/e/+7/6f/W/9j/KgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//9//v//f/7P8UAOz/7P8dANj/6v/o/+z/4P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/JwDr/+3/4v/g/9T/2/8AAAAAAAAAAAAAAAAAAAAA8f8XAPH/AADt//L/6P/5/+n/FADs/+3/6//s/+z/7P/l/xwA5v/i/+b/4v/f/+H/AAAAAAAAAAAAAAAAAAAAAOv/CwDV/9n/3//U//v/2/8AAAAAAAAAAAAA+/8PAAAA7P8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v8AAOD/5P/n/9b/1v8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/4f/p/9f/5f/k/9//GQDk/wAAAAAAAAAAAAAAAAAAAADY/y0AAAD2/9//8v/V/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/wAAzP/J/9X/AADq/87/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAO3/1//0/wAA5P8AACkA+f8AAAAAAAAAAAAAAAAAAAAAAADp/xgA6f/r/+j/6v/o/+r/4v8yAM7/3v/k/9T/8f/E/wAAAAAAAAAAAAAAAAAAAADq/yEA4P/P/+b/4v/c/97/6//s/+r/6//v/9j/5/8YAPD/FADs/+7/7v/t/+z/8//c/+v/6f/p/+//9v/o/w8AAAAAAAAAAAAAAAAAAAAAAOD/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/x/wAAFQDs/+v/7P/s/+z/7f/v/+z/7P/s/xQAAAAPAAAAAAAAAAAA8v8AAAAAAAAAAAAAAAAAAAAAAAAUAPH/8f/5/wAA7//s//X/AAAAAAAAAAAAAAAAAAAAANz/KwDg/+//4//q/9r/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA7v/t/+z/7v/r/+z/EwDv/+b/2v/u/wUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/AAD4/+z/7P8UABUA7P/s/+z/6//r/+D/7P8+AMz/0v/Y/9n/zv+m/9P/+v/r/+f/0v/p/97/FQDX/wAAAAAAAAAAAAAAAAAAAAAKANr/1f/i/+v/6/8AAOz/7P/s/+3/7v8AAOz/FADs/x8Ayf/j/+z/3f/L/+b/1/8AAAAAAAAAAAAAAAAAAAAA7P/x//f/AADz//n/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/zv/D/6X/zv/L/yYA+//s/+v/7P/s/+3/6v8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/5P/p/+j/FgDr/+v/6v/r/xYA7f/r/+f/6f/u/8//zf83ALX/0f+8/73/vv8MANn/1//k/9n/3P8PANj/AAAAAAAAAAAAAAAAAAAAAOn/3P/q/9n/4P/Z/xsA5P/m/+f/2P/Z/9j/2f8iAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo//H/+P8AAPD/7P8YAOv/7P/u//H/FADu/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/2//U/8b/0P/v/xMA9P8AAAAAAAAAAAAAAAAAAAAA9P/q/+z/7//t/+r/FgDq/+v/FADs/+v/7P/s/+v/6//6//L/7P/u/xUA7P/w/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPX/9P/3//D/7P/u/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//v/FQAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/w4A2//Y/wAAyv/b/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAA9f8AABEA0P8OAB4AEwDc/+v/r//G/8j/CwDD/+7/6f/Q/yQA2f8AAAAAAAAAAAAAAAAAAAAA7P/2/+7/9f/3/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/6v8LAOz/3f8AALr/9v/p/8z/yP/d/w0A2/8AAAAAAAAAAAAAAAAAAAAA9P/5/wAA8/8AABQA7f/w/wAAAAAAAAAAAAAAAAAAAADW/+v/9//X/xQA2P8AAOL/6P8AAO7/6v8AAOb/BwDs/+z/7P8UAOz/7P/s/+z/7P/b/xQA7P/s/+j/6P/s/wAA7P/g/+3/6f/1/+r/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/6//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAABMA7f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//L/7P/s/+z/7P8UAM3/CQCi/8P/nP+c/+T/kf8UAPT/AADz/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAPb/8/8AAAAAAAD5/yIA+v8AAAAAAAAAAAAAAAAAAAAAAAD1/wAA3f/P/+H/AADJ/+7/0/8UANX/2P/N/+7/FAAAAAAAAAAAAAAAAAAAAAAACQD4/+T/2P8VAMH/yf/k/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//l/9X/BgDY/9z/CwDG/+n/7P/s/+z/7P/t/xQA7P8AAAAAAAAAAAAAAAAAAAAA6//r/+7/7P/s/+v/FQDt/+z/7P/0/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAt/+m/7H/AAC8/8j/5/8JAOn/6P/r/97/6/8iANf/6/8AAAAAAAAAAAAAAAAAAAAA4P/v/+b/4P/n/yoA6P/e/wAAAAAAAAAAAAAAAAAAAADx/xQA8P/7/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAABgA3/+9//f/6f/i/8r/3f/g/wAAAADx//v/+f8cAOz/AAAAAAAAAAAAAAAAAAAAAOn/4//s/+//7f/p/xYA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAAyv/u/+P/1f8AANb/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADs//b/7v/1//f/7f8UAO3/7P/s/+z/7P/s/+z/FADs/+7/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAABQDq/+H/1v/k/wAA6f8AAAAAAAAAAAAAAAAAAAAAAADs/xUA6//s/+b/7P/h/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/xQA7P/s/+z/7P/6/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+r/4/8XAOv/2f/q/wAA8P/r/wAAAAAAAO7/DwDw/9X/5f/v/+r/8P8ZAOX/AADs/+z/FADs//f/7P/s/+//4v/j/x8A7//6/+P/3//r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x/wAAAAAAAO3/FAD4/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/7v/s/+7/FADs/+z/FQDt/+3/9v/0/+z/6f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/u/xYA7P/p/+//6v/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/+X/6v/b/9n/4f84AOf/FgDp/+v/6v/4//b/6v/2/9r/FADy/+3/AAAAAOz/8P8AAAAAAAAAAAAAAAAAAAAA7f/t//L/7P/s/+z/7P8UAOv/7P/q/+n/6//g/+z/FgDd/+b/7P/t//L/6/8ZAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/u/xQA7P/s//j/9f8AAAAAAADt//f/EwDs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/1/wAAAAAAAO3/9/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7f8UAOz/7P/s/+z/7P/t/+3/FADs/wAAAAAAAAAAAAAAAAAAAADt/+7/8//w/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA3P/Y/9z/2f8UANz/AAAAAAAAAAAAAAAAAAAAABQA7v8AAAAAAADu/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9v8AAO3/AAAUAPD/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAA4AAADs/9r/3//t/+n/7P8YAOj/4//r//f/9P/1/+f/GgDv/+z/7f/7/+z/7f8VAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA7P/s/+z/7P/s/+//6/8XAOn/AADu//b/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v8AAAAAAADu/+z/8//t/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/t/+z/7P/s/93/2P/g/+f/IwDl/9b/5f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADm/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/9r/AAD5/xUA8v/l/+z/AAAAAAAAAADv/wAAAAARAAAAAAAAAAAAAAAAAAAAAAAGABQAAAAAAO3/7/8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwAAAPv/8P8AAAAAAAAAAAAAAAAAAAAA7f/s/+3/7P/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/8P/x/97/AAAbAPr/4//s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AADr/wAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/v/wAA3//r/xUA7P/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOz/6//r/+v/6//q/wAA8/8AAOn/AAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//H/+f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAVAOz/7v/s/+z/7P/r/+v/6f/s/wAA8P/s/+v/6/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/8f8UAO//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEA+v8AAPD/8P/6//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/1v/Z/+z/7P/o/wAAFADv/xMAAAD5/wAA8P8AAAAA7/8TAAAA+f8AAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/6v/s/+r/6//p/xQAAAAAAAAAAADs/+z/AADj/+f/7P/q/+3/GwDo/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAA+v8fAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcAAAAAAAAAAAAAAOr/AADv//D/+f8UAPX/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOr/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/CwDs/wAA6v/Y/+T/2f/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDu/+z/7P/r/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8//v//X/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6f/o/9//7P8AAOr/6/8JAPH/FADw//v/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/g//T/AAAAAPj/KQAAAOz/6//s/+z/7P/q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f/s/xQA7P/6/+X/7P/t/+//FQDu/+r/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+z/6f/p/xUA6//r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7f/s//D/7f/w/xQA7P/v//D/FADs/+7/7v/t/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AABQAAADs/wAAAAAAAAAAAAAAAAAAAADs//D/5//w/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAA6v/p/+X/6//d/wAA2/8AAAAAAAAAAAAAAAAAAAAAEwDv/wAAAAAAAPH/8v8AAPr/FgAAAAAA+P/t/+X/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAZAAAA9v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/d/xUA7P/f/xMA7/8AAAAAAADx//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/1//t/+P/6/84ANj/xP8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAPr/AADs/9z/5f8bAOj/2P/e/93/1v8AAPH/xv/n/8z/AAD6/wAAAAAAAOz/AADs/wAACQD4//n/AAD4/wAA7P8AABQA9//5/+//AAAAABkA7f8AAOz/7P/s/+z/7P8UAOz/7P/t/+z/7P/0//X/7P8UAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/AAD5/+z/6v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo//D/+P/g//D/5v8YAOv/7P/u/wAA7f8AABQA7P/t/+3/7P/s//T/9f/s/xQA8f/s/+z/7f/t/+z/7P8UAOz/AADt//H/7v/v/+z/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA5v/s/+z/1//p/+v/4f8VAOz/7f8AAOz/6//s/+v/AAAAAAAAAAAAAAAAAAAAAOz/7f/t/+3/+f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAA6/8AAAAAAAAAAPP/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/3P/6/wAAAAD3/yIA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//5P/k/+D/4v/p/yAA5f8AAAAAAAAAAAAAAAAAAAAAAADt/+n/6v/r/9//AADd/+j/6//r/+//7f/n/xcA7P8AAAAAAADq/wAAGQAAAPb/8P/e//P/+f/5/9r/1v8nAAAAAAAAAAAAAAAAAAAAAAAcAOX/AAAAAAAA+v/k//H/7P8UAO7/8P/2/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/w/+z/7P/s//H/8v/2/wAAAADr/xYA+//s/+v/7f/s/+v/7v/s/xQA7v/u//L/8//u/+z/FADv/+z/7P/v/wAAAADt/xQA8P/s/+z/7/8AAAAA7f8UAPD/AAAAAAAAAAAAAAAAAAAAAOL/7f/t/9//6/8fAPH/5v8AAAAAAAAAAAAAAAAAAAAA5v/a/+X/4P/v/7n/AABDAO//FADy//v/7v/u/+z/7f/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8UAAAAAAAAAAAAAAAAAPT/+P8AAAAAAAAQAPv/+f/s/xUA4v/2//D/6v/s/+f/AADw/wAAAAAAABIA+f/x/+z/7P/t/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/v/9L/yf/C/wgA4v/J/+z/8P/t//L/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAA6v8bAOj/1P/Z/9L/6f/s//L/FAAAAAAA7//1/+z/7f8AAAAAAAAAAAAAAAAAAAAA6/8VAPf/9f/t/+n/7P/o/+z/7P/s/+z/7P8UAOz/7P/m/xkA6//p/+v/5f/o/9b/FAAAAAAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/97/5/8AAAAA6v/b/wAAAAAAAAAAAAAAAAAAAADY/xMA4//s/+z/AADa/+z/FQDr/+z/6v/s/+r/6//p/xUAAAAAAAAAAAD5/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/ycA6v/3//n/7P/Z/+f/AAAAAAAAAAAAAAAAAAAAAPj/+f8AAPj/AADs/wAAFAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAAAAAAAA9/8AAOv/AAAhAAAAAADs/+z/AAAAAAAA7P/s/xQA7f/s/+z/8f8UAPD/7f/s/wAAAAAAAAAAAAAAAAAAAADp/+z/FgDt//L/6v/r/+z/8v/Z/+b/3P/e/9P/DwDb/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAADgAAABQA7P8AAAAA7v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1//T/9P/6//L/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/j/+z/7//t/+n/FgDg/xQAAAAAAAAAAADs/+z/AADs/xQA7f/x//L/7//t/+7/9f8lAPD/AAD3//r/2v/v//T/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO//AAAAAPT/7v/v/9//FQAAAO3/8v/q/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/JQDp/+3/5f/p/9n/6//G/zoAwf/n/8H/xv/b/7P/2f8YAOb/6P/2/+r/6//q/+j/GwDq/+T/6f/q/+H/5v/n/xYA6//r/+j/6v/q/+f/7/8UAOz/7v/v/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+//7v/x/+z/7P/s/9z/5/8AAAAAAADu/yAA7/8AAAAAAAAAAAAAAAAAAAAA6v/s/+z/7P/s/+z/FADs/+T/6f/o/+X/5f/p/xsA4v8UAOz/AAAAAAAA7f/s/+7/AAAAAAAAAAAAAAAAAAAAAPT/7f8VAPX/7v/w/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/FADw//v/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAADu/9r/4//t/+H/2P8UAAAAEwAAAAAAAAAAAPf/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5P/j/+T/AAAaAOn/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAO//7v/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+v/FADs/wAAAAAAAAAAAAAAAAAAAADy/wAAAAAUAAAA7P/y/+z/AAAAAAAAAAAAAAAAAAAAAAUA2v/7//L/8f/r/wgA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+z/7P/s/+z/7P/w/xQA7v/z/+z/7P/s/+z/3/8UAPL/7P/o/9P/2P8AAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAO3/AAAAAOz/IQDZ/+X/6f8AAOD/6v/r/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+b/7P/t//L/6/8ZAOn/3f/m/+z/7f/y/+v/GQDp/wAAAAAAAAAAAAAAAAAAAADt//L/7f8AAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAOz/5/8VAOb/3f/n/+f/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/xYA7f/r/+f/6f/u/9//+/8lAOD/8f/g/97/3/8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/8P/t//D/FADs/+//AAAAAAAAAAAAAAAAAAAAAOn/6v/m/+n/4f/q/+v/FQAAAAAAAAAAAAAAAAAAAAAA9P/4/wAAAAAAABAA+//5/+v/5v/t/9f/6/8UAOz/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAA3v/1//n/AADo//f/+f8jAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA9P/4/wAAAAAAABAA+//5/+z/7P8UAOz/7P/r/+z/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/9r/AAD5/xUA8v/l/+z/AAAAAAAAAAAAAAAAAAAAAMr/PwDB/9b/0P/W/9D/2//l/xsA6f/x/+7/5v/l/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+f/6f/y//H/3v8SAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/+r/4P/g/9X/IADN/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/+v/7//p//r/FAAQAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAA5P/6/wAALADj/+v/0v/M/9j/0f/V/+T/HADo/+v/6//l/+T/5v/b/xEA6P8PAOv/6v/a/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAOv/6//q/+b/5f/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPv/AAAAAPn/7v/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOr/7v/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P8AAAAA7v8ZAOz/5P/p/+z/AAAAAO7/GQDs/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/LQDx/+z/4//W/+X/6/8AAAAAAAAAAAAA+/8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/a/+b/6f/s/w4AAADY/wAAAAAAAAAAAAAAAAAAAAD0//j/AAAAAAAAEAD7//n/FAAAAAAAAAAAAPj/7P8AABQA7v/t/+7/7f/s/+3/7P/o/+v/6//q/+r/6v8WAOf/AAAAAAAAAAAAAAAAAAAAAPH/GwDx/+v/AADu/+r/AADr/xYA7//w/+//7P/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/s/wAA6f/m/+j/6v/s/+f/GgDn/+z/7P/y/+z/9//s/xQA7P/6/wAAAAAAAAAAAAAOAAAAFgAAAAAAAAAAAAAA6v8AAOr/6//q/+v/7f8WAOr/6v/j/8v/7P/r/9n/zf8hAOb/AAAAAAAAAAAAAAAAAAAAAOv/6v/t/+3/8f/t/xYA7f8AAAAAAAAAAAAAAAAAAAAA5v/m/+n/5f/h/9v/GwDX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv/G/93/z//i/xQAxf/s/wAAAAAAAAAAAAAAAAAAAAD6//j/AAD0/wAAEQAAAPr/AAASAAAAAAAAAAAA7v8AAPT/FQDz//b/AADs//P/9//5/+v/8v8AAAAA8f8dAAAA6f/e//L/9//5/9v/7v8oAO7/IQAAAAAAAADe/+j/3//s/xQA7v8AAPP/7v/s/+7/7P/s//H/8f/v/+3/FADt/+j/6v8UAOr/7f/Y/wAA2//r/+v/6//l/+z/FwDm/+v/GwDR/+n/AAAAAOX/2//c/+z/7P/s/+7/7v/s/xQA7f/w/+n/9v/x/wAAFwDq/+7/AAAAAAAAAAAAAAAAAAAAAO7/AAAAAPH/AAAVAOz/6f/2/+3/8f/s//r/FADz/+z/7P/s/+z/7P/s/xQA7P/s/+f/8/8AAO3/FAD0/9D/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/wAA7P/w/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/s/+z/FADs/+z/7P/d/9//5P/b/ygA2f/c/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAD4/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAASAPn/8f/3/+r/+P8AAPL/8v8dAPn/AAAAAAAAAAAAAAAAAAAAAOz/7P/q/+v/6//o/xQA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/AADs/xQA7P8qANj/AAAAAAAA9P/W//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7v/s/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAABQA7v/t/+7/7f/s/+3/7P/s/+3/AADs/+z/6v/m/xgAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/v/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/m/+f/5v/g/+f/6f8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/5f/z//H/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/y//V/9r/1f/a/z8Av/8UANj/x//r/+X/BwDR/+r/AAAAAAAAAAAAAAAAAAAAAOz/9v/u//X/9//t/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9v/u//X/9//t/xQA7f/s//b/7v/1//f/7f8UAO3/FAD7/wAAAAD5/+7/7P/y/wAAAAAAAAAAAAAAAAAAAAD0/+3/FQD1/+7/8P/s//f/7P/s/+z/7P/s/xQA7P/s/9j/4P/o/+L/6f/h/x8A0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+v/7P/s/+z/7P/r/xQA7P/s/+z/FADs/+z/6//s/+n/AAAAAAAAAAAAAAAAAAAAAO3/7f/y/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA2f8AAAAAAADx/9j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAA+v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8VAAAAAAAAAPf/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/8P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPD/AADz/wAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO//7v8AAPv/AADs/+//FADs/+3/8v/t//j/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDh/+T/5//o/9X/5v/n/wAA3P/n/+z/6P/o/xEA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/5/8AAOz/7f/x/+n/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+v/7P/r/+z/FQDt/+z/7P/z/xQA8f/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6v/s/+z/7P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8AAAAAAAAAAOr/GADp/wAAAAAAAAAAAAAAAAAAAADo/+L/5v/Q/8//4v/n/x0A7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAbALv/6f/f/+//0P/2/93/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAASANz/2f/Y/9r/AADs/83/3v/T/87/2P8AANb/2/8AAO7/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADy/wAA9f/v/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAA7P/s/+r/5v8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/5//r/+r/6f/6//j/AAD0/wAAEQAAAPr/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO//7v/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADl/wAAAADp/9j/2v/s/wAAAAAAAAAAAAAAAAAAAAAUAPv/AAAAAPn/7v/s//L/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P/1/+7/8f8AAO7/6P/u/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/z/xQA8f/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/AADt/9z/DQDp/9j/AAAAAAAAAADv/wAAAAARABMAAAAAAAAAAAAAAO3/AAATAAAAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//H/AAAAABwAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA7/8AAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+3/9/8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/ygA+//q//r/7//Y/9z/5v/n/+f/6P/o/+n/GQDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/y/+3/AAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAPD/AAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/MQCz/8f/yP/X/87/0f/E/xQA7P/t//X/7//s/+z/7P8AAAAA7/8AAAAAEgAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/7P/v/+z/9v8VAOv/9P/d/+3/AAAAAAAA7/8fAPD/AAAAAAAAAAAAAAAAAAAAAPD/7v/v//X/9P8TAPL/9//p/+X/6f/q/+r/4P8YAOf/tf84AMz/v//R/93/2f/N/wAAAAAAAAAAAAAnAAAA2v/s/+z/7f/v/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/g//n/2f/w/w0ACADj/+v/8f/0//b/AAAaAPr/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/5f/q/+f/AAAaAOb/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAAAAAOr/AAAAAAAAAAAAAAAAAAAAAAAA6//c/9j/GADd/+f/3f/s/+z/7P8AAOz/8P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAA2//q/+//GADp/9j/JwDl/+n/6P/l/9r/6/8AABQA3v/e/+b/6v/f/+z/FADs/+z/8P/s/+z/7P/v/wAAAAAUAAAA7P/v/+z/AAAAAAAAAAAAAAAAAAAAANz/AADl/xQAAADs//D/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8ZAOP/BgDJ/+b/AADC/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/r/+z/6//s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA7P/n//n/+v/o/+z/AAAAAAAAAAAAAAAAAAAAABUA2P/j/+z/8//U/+z/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/wAA2f/h/+z/FADr/+v/1//V/9z/2P/u//r/HwDf/wAAAAAAAAAAAAAAAAAAAADa/wAA6f8aAAAA7//4//f/FgDo/+r/5P8AAO3/6//o/wAAAAAAAAAAAAAAAAAAAADs/+3/7P8UAO3/7P/s/+3/7P/s//T/7f/s/xQA7P/s/+3/1P/T/+r/5v/c/+7/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6f/1/+z/6P/s/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v8VAOz/6v/s/+z/7P8AAOv/7P/m/+z/4P8KAOr/FAAAAAAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/v/+3/7P/s/+z/AAAJAN//0v/h/9//AADU/wAAAAAAAAAAAAAAAAAAAAAUAPX/9P/3//D/7P/u/+z/AAAAAAAAAAAAAAAAAAAAAOL/FgDq/+n/6//q/+v/5/8JAN3/vf/G/8j/AAC3/7r/AAAAAAAAAAAAAAAAAAAAAN//6v8iAOT/2f+//9f/yP/r/+v/FADs/+7/8P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/9//6/wAAAADs/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAA+/8AAAAAAAD3/wAAGAAAAPn/AAAAAAAA9P8AABQA8P/s/wAA+f/w/+z/8f/u/93/4//r/wAAzP8tAPn/7P/v//f/7//3/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/6f/q/+X/6f8WAOj/6v8WAAAAAAAAAAAA6//x/wAAFQDt/+P/8f8AAOX/7P/t/wAA5f/o/+j/6f8IANT/5P8WAOz/7P/s/+//6v/r/+z/AAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDn/+z/7P/j/+n/4v8LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/xQA8v8AAPX/7//s/+3/7P8AAAAAAAAAAAAAAAAAAAAA6v/q/+v/5//s/+n/FgDo/+//FADs/+7/7//s/+v/7P/x/xQA8P/7/+z/7P/s/+3/3f8fAOL/5P/i/+T/4f/n/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/7f/t//L/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADm/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAASANn/AADs/+n/AADb/9n/9P8TAND/6//n//L/4P/l/wAAAAAAAAAAAAAAAAAAAADy//P/AAAAAPT/9f8AABIAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/FQDs/+v/5P8AAAAAAADt/wAAFAAAAOz/JwDR/+7/AADu/9D/yP/s/+v/AAAAAO7/8P/y/+v/FQAUAOz/AAAAAO7/7f/s/+3/CQDo/+T/7//u/wAA5f/h/8z/4P/l/+v/7P8gAOT/5//1/wAAAADu/wAAGAAAAAAAFADs/+3/7//w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADu/wAAAADx/wAAFQDs/+n/FAD1//T/9P/6//L/7P/w//n/AAAAAAAAAADv/xgAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAPv/+//u/+//FADy/xQAAAAAAAAAAADs/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAD1/wAAGADo/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAEwAAAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7f8AABIAAAAAAAAAAADu/wAA5//r/+T/1f/r/8//GQDl/+3/FADs/wAA7f/z/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7P/t/+z/7P/s/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8v/s/+z/7P/s/xQA3f+//8r/wv/T/xkA8//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+7/7P/s/+z/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/u/+z/FADs/wAAAAAAAOz/AADs/wAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/u/+//9f/0/xMA8v/3/wAA+/8AAPT/7/8TAO//+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+r/5v/m//H/FgDq/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAOX/5v/d/+n/1v/j/97/5v/s/+z/AAD3/+//FwDt/+z/7//y/wAAAAD6/xQAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6//r/+b/6/8VAOz/7P/s/+z/7P/s/xQA7P/s/xQA7v/s/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v8WAOz/6f/v/+r/6//r/+z/7P8AABQAAADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+v/FQDs/+z/7f/t/+//8P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5f/q/+v/GADq/+r/6f/o/+D/6P/e/9//4/8ZAOn/3//s//P/7//1/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6f/2//H/9P/r/xYA5//r//P/AADr//D/6//r/xYAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/6//r/+D/7P/s/+3/7P/6/wAA6v8UAOz/AAAAAAAAAAAAAAAAAAAAANL/7P/s/+z/7f/s/xoA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/AAAAAO7/GQDs/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+7/AAD7/wAA7P/v/xQA6f/e//L/2P/x/9X/FwDs//X/AAAAAAAAAAATAO3/+//0//j/AAAAAAAAEAD7//n/AAAAAAAAAAAAAAAAAAAAAPT/+P8AAAAAAAAQAPv/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/5v/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAAEwD2//D/6f/s//H/AAAVAOz/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+/8AAAAA+f/u/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ/8//1P/N/+D/xv8TAPj/6f/s//H/AAAVAOz/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/m/+v/6f/s/+z/FgDt/wAAAAAAAAAAAAAAAAAAAADv/xQA8v/7/+7/7v/s/+3/3v/p//D/9P/4/+j/4f8jABQA7P/t/wAA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/8f/t/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAAA9/8AAAAA7P/q/+3/FADs/+z/7f/t/+z/7P/s//f/AAAAAAAAAAAAAA4AAADr/wAAAAAAAAAA8/8VAAAAAAAAAAAAAAAAAAAAAAAAAPD/GQD7/wAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8P8AAPP/AADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe//X/+f8AAOj/9//5/yMAKQAAAAAA8f8AAOf/1//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQA+v/q/+X/3P/p/8j/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v/s//f/7P8UAOz/FwDp/+v/6P8AAOz/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/8/8AAPT/AADr/xUA+f8AAAAAAAAAAAAAAAAAAAAAFgAAAPf/AAAAAOz/6v/t/9j/AAD6/wAAAAAyAPD/5//6/8n/rP+X/7L/3P/f/xcA7P/s/+7/AAD5/+z/7P8UALz/uf/E/9D/7f8OAM7/9P/X/8z/1P+7/93/6P/d/xkAAAAAAAAAAAAAAPv/DwAAAN3/5P/m/93/4f/n/+X/HQAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/7f/u/xYA7P/s/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9v/5//n/+v/s/xQA7v/3/xQA9/8AAAAA7f/t//T/FADy/wAA9f/v/+z/7f/s/wAAFgAAAAAAAAAAAO7/AADr/+j/6//r/+v/FgDq/+n/AAAAAAAAAAAAAAAAAAAAABQA7P/t/+//8f/s/+z/7f8AAAAAAADs/wAA7v8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/Z/+n/7//r/+z/FQDs/xoAxf/U/+r/2P/q/9D/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAADt/+7/7P/x/+z/7f8UAOz/4f/l/+3/5//t/+v/FgDr/9b/2v/Z/wAAyP+7/wAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+D/FQDs/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP/b/9v/2P/e/+v/FgDX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8WAAAAAADx/+z/4v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5v/r/+n/7P/s/xYA7f8AAPH/AAAAAAAA9P/u/wAA9f/u/wAA7P8AAOz/8P8UAAAAAAAAAAAAAAAIAPr/AADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAPP/7/8AAAAAAADx/xMA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9z/5f/b/+X/IQDZ/97/7P/t/+3/7//w/+z/7P8UAPn/AAAAABUAAAAAAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7f8AAOz/+P/a/wAAKQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t/wAA9/8AAO3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//T/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADt/+z/+P8AABQA8v/s/+z/7f/s/wAAAAAUAPb/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAL//z//M/9z/3f/Q/xgA+P/Z/+//+v/z/xQA4f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/+X/2f/Q/9T/KQDZ/9D/FQDs/+z/7P/n/+v/6v/p/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/wAA7P8UAOz/7P8oAPv/6v/6/+//2P/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8WAOv/8P/r/+r/6v/q//L/FQDs//P/AADy/+3/8f/s/+z/8f/x/+//7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/AAAAAO7/GQDs/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+//AADv/wAAFADs/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO7/HAAAAO3/+//y/+j/AADr/xYA7v/3/+3/6P/q/9//0//R/9j/zv/S/9b/LQDa//T/+f8AAPP/AAAUAO3/8P8fANX/3//s/+H/2P/r/9j/GgDF/+P/4//M/+P/CwDh/xQA7P/s//H/+P/r/+z/7P/Z/+v/7P/v/+z/FQDs/+z/KADn/+P/AADr/9f/2P/d/wAAAAAAAAAAAAAAAAAAAAAYAOf/9v8AAOr/6P/o/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvAO//AAAAAAAA6//g/+3/AAAAAAAAAAAAAAAAAAAAACsA1P/f/+//5f/V/9n/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A+P8AAPP/AADm//f/3v8AAAAAAAAAAAAAAAAAAAAACADn/9r/1//4/9D/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAN7/5P/r/+n/2v/a/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC2/9j/4v/b/wAA9//E/wgAAADo/xcA6v8AAOb/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/9//u/+//FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8P/s/+7/7P/s/+z/AAAAAO//AAAAABIAAAAAAPf/AAAAAPX/AAATAO7/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAOf/7P/s/+P/6f/i/wsAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7v/s/+L/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAD6//j/AAAAAAAAFQD7/+z/AAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAAD7/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAADr//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD5//f/AAAAAPT/7P/3/wAA5v/Y/9j/2//F/yAA3v/U/9z/3P/Z/93/2v/c/yUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/v/+7/8P/z//D/FADt/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s//b/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPn/9P8AAOv/7/8UAAAA7f/t/+//AADv/wAAFADs/+//5f/l/+r/5/8AABoA5v/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/Y/+v/6v/s/+v/3P8jAOz/7P/s/+z/7P/s/+z/FADZ/97/w//W/+z/z//q/ysA7P/s//D/7P/s/+z/7P8UAPL/8/8AAAAA9P/1/wAAEgDs//P/7//1/+7/7P/s/xQAAAAAAAAAAADv/wAAAAARAO//7P/t//n/7v/s/+z/FADY/+b/6//s/+z/5//h/xsAAAAAAAAAAAAAAAAAAAAAAOn/3v/y//f/+f/b/+7/KADs/+3/7f/Y//L/7P/t/yEA+f8AAAAA6P8AAPn/7v8fAOf/6v8AAAAA5f/s//D/GADs//P/7//1/+7/7P/s/xQA6P8WAOv/6P/r/+v/6P/q//T/7f8VAPX/7v/w/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P8AAAAAAAD4/yAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//q/+3/5P/s/+v/7P/g/9v/5P/Z/+X/AAAAANv/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADo/+L/5v/Q/8//4v/n/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/o//r/AADv/+n/HADm/+z/7v/v//v/8/8UAOz/7P/n/+j/GQDi/+f/5v/o/+b/1//V/yEA1v/q/+L/4//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f+8/9b/vv8cANX/3//o/xQAAAAAAAAAAADs/+z/AADs/wAAAAAAAAAA8P8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/t/xUA6//r/+n/6//r/+v/8//o/xYA6f/p/+v/6//r//P/6P8WAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+3/7v/t/+z/7f/s/+z/zf8bANL/5v/I/8z/yv8AAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/7P/r/+z/8f/t/+X/FgDq/9j/7P/u//n/AAAAABQA7v/s/+3/7P/t/+z/AADs/xQA7v8AAAAAAADt/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x/wAAAAAAAO3/FAD4/+z/9P8AAOz/9v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6f8YAPr/9P/o/+z/5//w/+X/4v/r/+n/7P/g/9j/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/1f/x/+3/8//a/ysA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/wAAFADt/+3/yP/F/8n/BQAAAPH/l/8VABQA6f/p/87/5P/1/9z/BwDs/xUA9//s//f/8f/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xYA6//q/+v/6//q/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/GwDp/93/zv/S//L/yP8VAPf/7f8AAAAA9//t//j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7/8VAAAAAAAAAPf/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPn/AAAAABUAAAAAAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAOz/8P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA4P8AAAAA8f/7//n/HADs/+z/FQDu/+z/7P/r/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8VAAAAAAAAAPf/7P8AAOz/7P8UAO//7f/s/+z/7P/s/wAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6/8VAOv/7P/r/+z/6//s/+z/FADs/+z/7P/s/+z/FADu/wAAAAAAAO7/7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADt/+z/9P/s/+3/7P/x/+3/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/8f8UAO//8P/t/+z/7P/s/xQA7P/s/+z/7P/s/+z/GwDZ/9n/4/8AAMr/AADs/wAAAAAAAAAAAAAAAAAAAADs/+7/7P/s//D/6/8UAO//6f/e/w0A5v/z/xcA2//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+v/6f/R/+n/6v8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+3/9f/u/wAAFADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD0/wAA8//u/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//L/7f/4/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuP/1/8D/0P/H/+X/+v8VAOj/CgDr/8X/5f8QAAAA6P8UAPD/AAAAAAAA7P/y//D/FADq/+z/7P/s/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+v/5//x/9f/DQDf/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/wAAFADt/+3/8v8AAO7/AADu/+z/+f8UAAAAAAAAAAAAAAAAAAAAAADm/+b/6//p/+z/7P8WAO3/AAAAAAAAAAAAAAAAAAAAAMT/1/8PANj/AADr/wAA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/5f/r/93/6/8mANv/6//s/+3/9f/u/wAAFADs/+3/7P/s/+3/7v8AAOz/FADs/wAA+v/s/xQAAADw/+z/+v/u/+7/8v/z/+7/7P8UAO//7f/t/+z/7P/z/+z/FADs/+3/6f/1/+r/AAD5/y0A1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/3//t/xQA7P/s/+z/7P/r/9b/GwDo/+L/5v/u/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/u/+v/7P/r/wAAAAAAAAAAAAAAAAAAAAAjANn/6//a/9L/4f/o/97/AAAkAAAAAAAAAPr/+v/w/+r/7P/3//X/FADs/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPX/9P/0//r/8v/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAADQDM/9X/2f8eANn/6f/X/9f/AAAAAAAAAAAAAAAAAAAAAOz/6//3/+3/AADt/xQA6//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6P/s/+v/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAAAO7/8P/y/+v/FQDy//P/AAAAAPT/9f8AABIAAAAAAAAAAAAAAAAAAAAAAOv/AAAAAO7/8P/y/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA3P/R/8z/5f/i/+7/5P/s/+z/7f/s/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD7/wAAAAD5/+7/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7f/5/xQA7P/t/9v/IADq/+P/8P/s/97/5f/w/+3/AAAAAAAA7/8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7//t/+3/8P/u/+z/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5v8AAOr/+P8dAOL/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f+8/9b/vv8cANX/3//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8AAPH/AAD2/xEA6v/a/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAKADn/+P/AADr/9f/2P/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/p/+z/6P8XAOr/5P/g/+j/5//r/+n/FwDs/wAAAAAAAAAAAAAAAAAAAADq/xUA6//s/+r/7P/s/+v/9//q//j/AADy//L/HQD5//f/6v/4/wAA8v/y/x0A+f/n/+r/6//w/+j/6/8WAOn/AAAAAAAAAAAAAAAAAAAAAOf/6v/r//D/6P/r/xYA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/t/+7/FgDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2f/x/wAA8v/s/+v/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8UAAAAAADv//X/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/zv/T/97/1v/U/y8A0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+f/3/wAAAAD0/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//y/wAAAAD6/xQAAADj/xkA6f/q/+n/6f/o/+f/6/8VAO3/7P/r/+v/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAAAAAAAAAAPr/+P8AAOL/5P8hAOD/4v/r/+D/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/yAA6v/j//D/7P/e/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7v8AAPH/7f8UAO7/8f/y//b/AAAAAOv/FgD7/wAAAAAAAAAAAAAAAAAAAADb/9j/7P/b//D/AADZ/wAA6v/r/+r/6//t/xYA6v/q/wAA+f8AAPH/8v8tAO//4v/W/9P/EgDG/9H/DwDa/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+//AADv/wAAFADs/+//AAAAAAAAAAAAAAAAAAAAAPr/+P8AAPT/AAARAAAA+v/s/+z/6v8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/y//r/7v/s/xUA6//r//H/5P/l//X/8v8oAOj/6f/3/wAAAAAAAAAADwAAAAAA7P/s/wAAAAAAAOz/7P8UAAAAAAAAAAAAAAAAAAAAAADp/93/7P/q/93/HADl/+b/7P/s/+z/7P8AAOz/FADt/wAAAAAAAAAAAAAAAAAAAAAAAPn/6f/q/wAAQwAAAMT/AAAAAAAAAAAAAAAAAAAAANn/6//s/+//7P8VAOz/7P/r/9f/5P/n/+j/BQAAAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/6//5//j/6/8WAOr/FADs//n/7P/s/+z/6//s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FgDu/+3/9f/s/+r/7P8AAAAAAAAAAAAAAAAAAAAA7P8WAO7/7f/1/+z/6v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAaAO7/9/8AAAAAAAAAAAAAAAAAAAAA+v8AAAAA+P8AAPv/AAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8AAAAA8f/7//n/HADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7P/3/xQA8P8AAPP/AADs/+z/7P8UAOz/AAAAAO7/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAAAADu/+3/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/u/+z/FADs/+v/1f/o/+3/6/8YAOr/6//s/xQA7P/s/+z/7P/r/+z/6f/U/xcA6v/l/+j/5v/q/wAAAAAAAAAAAAAAAAAAAAD6/xYAAAAAAPj/7f/l//D/9v8WAAAAAADx/+z/4v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+z/7f/v/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6P/s//L/5//r/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+//+//z/xQA7P/s/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADq/+z/7P/s/+z/7P/v/wwA5v/P/7n/EACo/8L/6P8AAOT/0//T/8n/2/8AAOb/7P/s//H/8/8AABQA9v/z/+z/7P/x//P/AAAUAPb/8//o/+P/6f/p/+n/5P8bAOb/7P/u/+//+//z/xQA7P/s/+L/6P/6/wAA7//p/xwA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9P/s//T/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAD2/wAA8v/u/+//6//r/+v/6//r/+v/6v8VAN7/6f8AAOz/AAAUAOz/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/6v/p/+r/FgDq/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/7P/t/+3/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/m/+r/6//p/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8P8AAAAAAADs//L/8P8AAAAA8/8AAAAAGAAAAAAAFgAAAAAAAAAAAOv/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//n/7//t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AABQAAADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/xv/r/+T/AADh/zIA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+H/8P/s/+f/4//o/xsA6/8AAAAA7v/w//L/6/8VAO3/7f/s/+z/8//s/xQA7P8AAAAAAAAAAAAAAAAAAAAA9P/1/wAAAAD3//j/AAARAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAN3/9P/5/wAA5//2//n/IwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/2f/s/+z/AADr/xMA2P8AAAAAAAAAAAAAAAAAAAAA7P/z/+//9f/u/+z/7P8UAO3/7v/1/xQA8f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/r/+3/2v8AAOj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/t/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOv/6//q/+z/7P/o/xYA6v/1//f/+v8AAAAA7P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAA+v/4/wAA5/8WAOz/7P/s/+z/7P/s/7X/7v/a/8X/4v8ZAKf/AAD2//v/AAAAAAAAFAAAAAAA7P/s/+7/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADx/xQA8P/7/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAAAA7P8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAADs/93/AADj/wAAEwDq/+j/7P8AAAAAAAAAABQAAAAAAOz/8P/n//D/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/9f8AAAAAAADt//f/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/9v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/l/+r/6//R/+j/6v8kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8WAO7/AADt/+//6f/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+X/8//x/+v/FQDs/xQA7P/u/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6/8UAOz/6//s/+z/6//r/8P/yf/p/87/7f8HAPn/0//b/xkA6//w/+n/5v/l/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//H/AAAAABwAAAAAAPr/5f/Y/+j/5//o/9j/6f8bAAAAAAAAAAAAAAAAAAAAAADL/9b/FgDQ/8//u//c/wsA2v8PAN7/1//j/+f/AAAAANv/KADY//D/8P/j/9z/3v8UAOz/7f/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+//+P/3/9j/2P/e/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/g/yUA3//T/8H/3v/S/+X/AAAAAAAAAAAAAAAAAAAAAPT/0f/i/9T/8/9BAAAAvf8AAAAAAAAAAAAAAAAAAAAA3/8AAMT/s/+3/9X/vf8GANr/6P/b/+j/6P8UAAAA6f8TAAAAAAAAAAAAAADt/wAAyf/E/+j/2P8AAOT/AAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAO3/7P/0/+L/2f/b/+f/AADd/ygA7P/Z/x4A1f/h/+X/3//r/9z/5P/p/+j/5f/l/+n/GwDi/xQA7P/0//L/9v/s/+z/7f8AAPD/AAAAAAAAEwDt//j/AAAAAAAAAAAAAAAAAAAAAAAA2P/Y/9v/5v8UANj/7P8JAAAAAAAAAAAA+v8AAAAA7f/s//P/7/8AABQA6P/s/8X/2v/1/+3/AAD3/0sA2P/r/+n/7P/t/+z/FgDr/+z/5v/n/+n/7v/s/+n/GAD0/+T/3P/f/x8A1//g/+f/8f8AAAAAAAAAAAAAAAAAAAAAAADp/+z/7P8VAOz/6P/S/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/s/+z/7P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/wAA6v/m/+r/AADU/93/3P/X/+j/yf8AABIA7v/P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIn/2/+b//f/0/8AAPX/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/1P/e/9D/7P/r/xAAFQAAAPn/6f/q/wAAQwAAAMT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAOf/2P/Y/9n/FADp/+v/FgDp//X/7P/q/+v/6/8TAAAAAAAAAAAAAADt/wAA5/8aAOP/7P/s/+z/1//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwAAAAAAAAAAAAAA6v8AABwA5//n/+T/5v/l/+T/6v8AAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAACgAAABgA6//s/+7/7f/p/+j/6/8UAPT/AADz/+7/7P/s/+3/7f8AAPv/+//u/+//FADy/wAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/+v/AAD4/wAA9P8WAPb/8f/5//r/AAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAO7/AAAYAAAAAADs/+z/7f/s/wAAFADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/8P/r/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA+P8AAAAA9f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s//D/6/8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAD6/wAA6v8AABYA9f/u/wAA7P8AAOz/8P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7//u//D/8//w/xQA7f8AAPD/AAAAAAAA9f8AABEA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAADwAAAOz/7f/1/+7/AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAFwAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FgDr/+n/6//r/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/6v/4/wAA8v/y/x0A+f8AAAAAAAAAAAAAAAAAAAAA6v/r/+v/6//r/+r/FgDo/+3/8v/6/+7/7P8VAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/t/+7/7f/s/xQA7P/g/9j/7f/Y/+3/5v8jAOX/7P/s/+//7P8AAOz/FADs/+v/6//u/+z/7P/r/xUA7f/s/+z/8v/s//f/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAHAAAA8f8UAPD/+//s/+z/7P/t//H/FADw//v/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA8v/0/+z/7P8AAPj/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8AAAAAAAAAAOr/GADp/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xYA6v/4/+z/7f/o/+z/9f8ZAAAAAAAAAAAA6P8AAOD/FQAAAO7/9v/q/+z/7P/V/xgABQDY//b/6v/s/+r/7P8UAOz/7P/u/+3/7P/t/wAAAAAAAAAAAAAAAAAAAADs/+v/7v/5/+3/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/9z/7/8AAAAA6f8qAO//AAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/6//r/+D/7P/U/9L/4//3//X/4P/Y/ysAAAAAAAAAAAAAAAAAAAAAAN7/wv/s/+b/qP/F/+P/GQDV/93/CgD4//P/6v/W/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/ykA2//2//b/6v/W/+D/BwD6/+f/5P/m/+j/BwDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOr/7v/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOD/1//h//f/CgDc/+T/KgDq/+H/+/8AAOL/1//7/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA8P8VAO3/DQDW//f/4P8AAPX/3f/S/xEA2P/H/+D/5v8AANb/yf8AAAAAAAAAAAAAAAAAAAAA7f/V/7z/z//f/woA+v/p/wAAAAAAAAAAAAAAAAAAAAAGAMX/0//U/8r/AADF/8j/4//n/+r/5f8AAAAA7/8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/n/+b/2v8ZAOj/5//j/wAAAAAAAAAAAAAAAAAAAADZ/y8AAAAAAPf/6v/S/8n/2P/h/9P/0v/S/83/AAAIAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAAAAAAAAADq/wAAHADn/+f/5P/m/+X/5P/q/xgA6//s/+7/7f/p/+j/6/8UAPT/AADz/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9P/0//R/+b/AADZ/xAA1P/P/9n/7v/u/9//2P8rAO3/4f/J/9z/1/8AANX/EgAcAAAAAAAAAAAA5v8AAAAA6/8VAO7/6//q/+v/6f/p/wAACgDE//X/6f/X/9f/1/8kAM//vv/A/73/2//B/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAABsAAAAAAAAAAADm/wAA8f8UAAAA7//1/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/g//L/7v/n/9j/EAAkAO7/7v/z//r/5P/b/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA4AzP/I/+v/AADX/9n/AAAAAAAAAAAAAAAAAAAAAOr/7P/s/+z/7P/s/xQA7P/t/+3/7v/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+3/9/8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/s/+z/4f/Y/9j/1v/g/9H/2/8hABoAxf/U/+r/2P/q/9D/5/8AAAAAAAAAAAAAAAAAAAAA0//R/9j/zv/S/9b/LQDa/ywA5//4/wAA6//f/9T/5/8AAAAAAAAAAAAAAAAAAAAA5v/s/+z/AAD3/+//FwDt/+z/7P/v/+z/9v8VAOv/9P8AAAsA6//r/+r/5v/l/93/5//l/+r/+v/r/+v/GQDp/wsA9//R/97/yP/R/8n/+f/U/9b/2f/j/9j/KwDo/8z/5//S/+v/3P/5/yoA2P/U//T/7P8AAAAAAADp//L/GAD4/87/4f/X/8f/8f8NANX/BwDW/+n/2P/Y//r/DQC2/wAA7v8AAAAAAAATAPb/8P/N/9//6v/q/+7/GgDg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+n/AADe/wAAEwDq/+T/FADs//n/7P/s/+z/6//s/6P/nv+l/7r/of/q/7f/IgDf/9z/5//t//X/2P/l/yMA0v/s/+z/7P/t/+z/GgDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r//D/7f/4//D/FQDs/wAACgAAAAAAAAAAAAAAAAAUAOz/7v/7/+r/7P/s/+z/7P/x/wAAAAAAAO//FQDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8VAPL/9f8AAOz/5//q/xUAAAAAAAAAAAD2/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6v/z//X/AADu/+v/9/8UAO//7P/s/+//7P/s/+7/GADv//H/7f/z/+z/3v/s/wAAAAAAAAAAAAAAAAAAAADM/9X/1P/F/87/0v8uAMT/5v/t/9f/0v/g/9D/AADM/+D/AAAAAPH/+//5/xwA7P/s/+z/AADz/xQA7P/s/+z/7P8UAAAA7f/s/+z/8P/s//H/FADw//v/7P/s/+z/7f/s/+z/7f/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAACoA1f/d/9v/3v/Y/9T/zv/l/+z/9f/2/xQA5P/q//H/7P/s/+3/7f/u/xQA7P/s/yYA4P/Z/+H/4v/X/9b/3P8ZAOn/6P/l/9v/4//o/+T/EgDi/+n/5f/d/9X/9//2/+//EwAAAPn/AADw/wAAAADa/9b/5//O/+D/2v8nANb/IgDU/+D/2P/b/+P/3//Z/wAAAAAAAAAAAAAAAAAAAAAoAOr/2//d//H/5//R/+r/AAAAAAAAAAAAAAAAAAAAAOr/6v/p/+r/6//j/xYA5//s/+z/7/8AAAAA7f8UAPD/7P8AAAAAAAAAABQAAAAAAOL/2f/b/+f/AADd/ygA7P8AAAAAAAAAAAAAAAAAAAAA6f/s/wAAAADx/xoA7f/k//v/AAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAA5v/h/+v/6//n/+r/CwAAAAAAAAAAAAAAAAAnAAAA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAAAA7f/s/+3/xP/z/9T/yP/Z/9T/+//s/wAAAAAAAAAAAAAAAAAAAADD/77/yf+7/8z/yf86AMD/AAAAAAAAAAAAAAAAAAAAAOj/zv/O/8n/4f/U/ygA2f/r/+z/7P/s/+3/FQDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+P/7P/v/+3/6f8WAOD/FAD0/wAA8//u/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADp/+v/6//r//P/6P8WAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+L/6//W/+r/GwDo/+T/AAAAAAAAAAAAAAAAAAAAAOv/7P/t/+v/7v/o/xcA7P/p/+L/6//W/+r/GwDo/+T/7P/u/+3/7v/s/+3/FADy/wAAAAAAAAAAAAAAAAAAAADs//H/9/8AAPP/+f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADt/wAAAADs/+3/8f/1//n/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA5//2/wAA6v/o/+j/6f8AAAAAAAAAAAAAAAAAAAAA3f8bAOn/7P/n/+r/5f/k/xwA5f8AAAAAAAD6/+T/8f8AAAAAAAAAAAAAAAAAAAAA5v/m/+v/6f/s/+z/FgDt/8v/DQDS/83/0f8NAMj/4/8AAAAAAAAAAAAA8f8AABAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA9v8WAAAAAADx/+z/4v/v/wAAAAAAAAAAAAAAAAAAAAAUAPb/8f/2//D/7P/u/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAACADo/+v/6v/t/+7/7P/s/xQAAAAAAAAA7f8AABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAPr/AADw//D/+v/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/q/+v/7v8VAOz/6//p/9j/AADq/+r/IQDp/+P/3v/m/+f/5v/a/xkA6P/n/+P/2v/j/+n/5f/q/+T/GgDk/+j/4v/m/9D/z//i/+f/HQDb/8r/4v/S/xgA1v/J/+v/7P8UAOz/7P/o/+z/7P/r/97/9f/5/wAA6P/3//n/IwDn/+r/AAAAAOX/7P/w/xgA6//g//r/6P/5/yIA2//h/wAA7f/x/+7/7//s/wAA7P/u/9n/9//V/+z/2f/x/wgA6//U/9T/5f/k/+X/4P8fAN3/AAAAAOL/AADi/yEA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV//X/+P/t/+7/1f8AAOv/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAPj/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/7P8UAAAA7f/x/+7/7//s/wAA7P8AAAAAAAAAAAAAAAAAAAAAEgDZ/+T/8f/o/+f/AADm/wAAAAAAAAAAAAAAAAAAAADq/+v/7P/s/yMA4v/p/9j/7P/s/+z/7f8UAOz/7P/s/+z/6f/i/+T/FQDo/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/xQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAAAAAAAAAAOv/AAAAAAAAyv+6/6H/x//b/73/FwAAAAAAAAAAAAAAAAAAAAAAAADT/6z/s/+9/83/q/8AABoA1f/n/+X/3v/p/9z/4P/e/+3/1v/E/7L/uv+9/y8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv82ANf/1//X/9D/5P/c/wAAAAAAAAAAAAAAAAAAAADd/xsA6f/s/+f/6v/l/+T/1v/4/+b/3v+8/xEAAADL/+v/7P/t//X/7f8VAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/4P/0/wAAAAD4/ykAAADs/xQA7P/s/+3/7P/s/+z/KgDZ/wAAAAAAAPb/1//2/wAAAAAAAAAAAAAAAAAAAAAOABkA1f/G/93/qv+0/6v/4P8YAOr/6f/s/+r/5//p/+z/FADs/+z/7v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAA2f8qAOn/AAD5/9b/2//Y//X/GQAAAAAAAAAAAOj/AAAVAOv/7P/q/+z/6v/r/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAw/87AN7/4v/W/9b/zv/M/+v/FgDv//D/7//s/+n/6//y/xYAAAAAAAAAAAAAAAAA7P8UAOz/7v/u/+z/7P/s/+3/FAAAAO//7P/t//P/7P/s/xQA+f8AAO3/7f/s/+3/4v8fAN//4v/j/9z/5P/e/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA9f8VAPT/9/8AAOz/9P/5/wAAAAAAAAAAAAAAAAAAAADN/9n/1P/i/+H/0v80AN7/+v/4/wAA9P8AABEAAAD6/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/6//s/+z/7P/s/wAA7P/w/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/8f/v/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/wAAAADx//v/+f8cAOz/6v/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/AAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P8AAOz/FADt/8v/BgCi/8P/nP+Z/+P/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/4f/u/+n/+f/q/xUA7P/s/+L/7f/p//n/6v8VAOz/AAAAAAAAAAAAAAAAAAAAAAAA3//k/9j/7P8AAAAA5f/Z/xQA3v8AANv/2f/Y/9z/zf/c/8T/AADo/9r/DADS/+v/3//i/xcA7P/r/+n/6/8AAAAAAAAAAAAAAAAAAAAA7v8UAOz/7P/s/+z/6v/s/+7/IAD5/+7/AAD3/wAA9P/u/+7/7v/t/+7/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6P/r/+r/6v/q/xcA5v8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAD5/+b/6v/p/xcA6f/n/+n/6f8AAAAAAAAAAAAAAAAAAAAA0f8uAMX/6v+6/+f/zv/g/9n/JQDp/+3/5f/p/9n/6//g/ygAAADr/+H/5f/m/9j/AAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//P/7//1/+7/7P/s/xQA8f/4/wAA7P8AAOz/4f8UAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/s/+z/5/8XAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/wAA2f/j/9n/2P8AANr/3P8nAOf/1//g/8n/2//Q/+z/6f/i/+T/FQDo/+v/6//v/9f/3P/s/+X/yf/Z/xYA5/8iAOH/6P/b/+b/1//e//v/FAAAAPL/+v/s/+z/7P/d/+b/3v/i/9n/FQDf/+X/AAATAO3/7f/s/+z/2P/s/wAACgAAAAAAAAAAAAAA+f/p/+z/AADw/+z/6//r/xYAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA7v/t/+z/7v/o/9v/4//G/+H/6f8iANv/4f8oAOL/7f/e/+D/z//Y/9v/IADn/9z/5//j/+L/4f/s/+b/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/5/8VAOb/3f/n/+f/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAOn/7P/x/wAAFQDs/+v/7P/p/xwA6f/o/+X/6P/Z/+X/0P8wAOL/5f/x/8//0f/O/93/3//b/wAA2P/Y/+v/EgD1/63/n//E/7L/vf/Q/x8AIAC7/7//3v/A/+X/+v/l/wAAAAAAAAAAAAAAAAAAAADs/xQA7//u/+z/7P/s/+3/7P/s/+3/6//s/+v/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/Z/+z/6v8LAOX/4v8AAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAO7/7f/s/+7/4v8ZAOz/8P/s/+z/4P/o/wAAFwD3/wAA7f/7//X/AADm/+b/6//p/+z/7P8WAO3/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADe//n/3f/N/+b/3//m/x0AAAAAAAAAAAAAAAAAAAALAOX/MgDT//j/2v/p/+D/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/zQA0P/U/9r/3//L/9H/7P/t/+z/8f/t/+3/FADs/9f/JADp/+H/2//q/8f/yf/r/+r/7f/t//H/7f8WAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9j/6//P/+v/5P8AAOn/4//s/+//7f/p/xYA4P/o/+r/1f/l/+v/yP/r/xsA7P8UAOz/7f/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/r/xYA6//w/+v/6v/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA5//l//P/AADg/93/7P8AAAAAAAAAAAAAAAAAAAAA4/8ZAOn/6v/p/+n/6P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+3/AADs//j/2v8AACkA7f/4//j/+f8AAOz/8/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8//s//n/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+j/+v8AAO//6f8cAOb/AAAAAAAAAAAAAAAAAAAAAPT/+f8AAPP/AAAUAO3/8P/Y/+n/+f8UAO3/6v8AAOr/7/8UAPP/7f/y//D/7P/s/+z/FADt/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA4f/r/+z/7P/w/xQA7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/s/+v/5P/l//T/AADl/+v/6v/s/+z/7v/r/+z/FADt/+z/+f/d//b/FQDs//D/6//r/+7/7P/s/+v/FQDt/wAAFQAAAAAA9v/3/+3/+/8AAAAAAAAAAAAAAAAAAAAAKQD5/wAAAAD0/9r/4v/q/wAAAAAAAAAAAAAAAAAAAADs/+z/6//i/+z/6v8WAOr/AAAAAAAAAAAAAAAAAAAAAOX/5f/q/+f/AAAaAOb/4f8AAAAAAAD3/wAACAAOAAAAFwDo/+n/7P/s/+r/6f/q//T/AAAAAAAAAAD6/xUAAADs/+v/7v/5/+3/7P8VAOz/9P/4/wAAAAAAABAA+//5/+z/7//y/9r/8P8UAOz/7P8UAO//AAAAAAAA9P/s//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+b/6f/l/+H/2/8bANf/5f/W/+f/0P/k/9//KgDh/+T/6v/n/+L/6P/m/xgA6f8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/+v8AAOr/FADs/wAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+H/2f8AAO7/4/8AANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAD2/wAA8v/u/+//6f/l/+j/3f/l/+j/GgDk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/y//j/AADs/xQA7f/s/xUA7v/s/+z/6//p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/1f/L/xYAy//l/wAAwv/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/w/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/2v/m/wAAAADr/wAA7P/s/+3/7P/g/xUA7P/g/+z/FAAAAO3/7P/s//D/7P8UAOz/+f/s/+z/7P/r/+z/7P/q/+7/1v/a/xgA6//X/+z/+P/7/+3/AAAUAOz/7v8AAAAAAAAAAAAAAAAAAAAA+v/E/97/5//r/wYAyP/B/+//0P/p/+v/AAASAPP/4v8aAPf/+P8AAAAA0f/p/+v/GADr/+z/7v/t/+n/6P/r/wAAAAAAAAAAAAAAAAAAAADn/+z/7P/o/9T/FQDq/+v/7P/s/+3/7P8AABQA7f/t/+z/7P8AAPj/FADt/+z/7P/I/8//6//m/y8A2f/a/8P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaANT/5v/h/97/6f/b/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/+//9f/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8bAOr/5//n/+X/3f/g/+b/GwDq/+f/5//l/93/4P8AAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAPT/7/8TAO//+//X/+z/7P/m/+z/6/8fANr/4v/Z/9v/5/8AAN3/KADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/w/+7/7P/t/+3/7P/x//H/FADv/+z/7P/s/+z/7P/s/+z/7P/s/xQA7P/r//P/AAD0/wAA6/8VAPn/6//r/+7/7P/s/+v/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAAAADu/+3/7P/u/wAAAAAAAAAAAAAAAAAAAADc/xQA6f/r/+r/+f/Y/+j/FADs/+z/7//t/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P/e/+X/6v/r/9H/6P/q/yQA8v/q//n/8/8AABcA6v/w//D/6f/2//H/AAAXAOr/7v8AAAAAAAAAAAAAAAAAAAAA3P/O/9L/1v/Q/y8A0//P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A6P/q/97/6P/j/97/0P8UAOz/AAAAAAAA7P/s/+z/6//s/+z/7P/s/+v/FADs/+r/6//q/+v/7f8WAOr/6v/s/xQAAADt/+z/7P/u/+z/vP/N/9f/AADV/83/DQDQ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+b/6//p/+z/7P8WAO3/3P/Y/+n/2f/j/9n/JwDR//X/GQAAAAAAAAAAAOj/AAD4/wAA9f8hAAAA4//6//n/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/6P/s/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/FADw//v/7P/s/+z/7f/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAANb/6//s/9f/6/8dAOP/3v/y//P/AAAAAPT/9f8AABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe//L/7v/t/9j/AADe/w4AAAD1/wAA+v8AAOz/AAAUAAAAAAAAAAAAAAAAAAAAAADZ/+b/4P/s/9j/6P/e/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7f/t/xQA7P/s/+z/6//r/xYA6f/r/+r/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA8v/0/wAA2P/r/9v/9//W/+P/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/0f8WAOn/4P8AANP/6v/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//v/AADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPT/AADz/+7/7P/s/+3/7P/u/+//+//z/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAASANn/5P/x/+j/5/8AAOb/AAAAAAAAAAAAAAAAAAAAAAAAzP/Q//v/AAAAANf/vP8AAAAAAAAAAAAAAAAAAAAA4v/t/+3/3//r/x8A8f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/f/x0A6v/r/+L/3f/q/wAAAAAAAAAAAAAAAAAAAADj/+f/7P/s/xQA2P/s/wAAAAAAAAAAAAAAAAAAAAAAAPr/+P8AAPT/AAARAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/3P/q/+f/6//p/xwA6P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/w/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+X/6v/r/+n/6v8XAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP/o//r/6P8AAOL/KgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+v/FADs/+z/7//y/wAAAAD6/xQAAADi/+j/+v8AAO//6f8cAOb/qP+j/w4AuP++/9X/JwD2/9n/6/8WAOz/+P/q/97/5f/Z/+n/8v8LAAAA6f8AANj/7P8UAOz/7P/t/+z/7P/s/+v/8v/u/wAAAADs/xUA8//s/+z/7P/s/+z/FADs/+z/AAAAAO//AAAAABIAAAAAAPb/1f/j/+H/6v8MAMT/yf/V/+D/1v/Y/+r/6P8cANX/6f/j/+z/7//t/+n/FgDg/+3/2f/b/9r/2P8iAMn/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/5v/3/xAA6P8AANz/2P/q/+v/FgDt/+v/5//p/+7/6f/J/9T/yf/K/xgA6f/d/x0A0P/K/8L/0v/i/+T/1P8AAAAAAAAAAAAAAAAAAAAA6v/s/+z/7f/u/xYA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/7f/u/xYA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8UAO3/7P/z/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/9f/u/wAAFADs/+3/AAAAAAAAAAAAAAAAAAAAAOr/7P/s/+3/7v8WAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/DgDp/+L/6//s/9j/+/8AAAAAAAAAAAAAAAAAAAAA7//s/+7/7P/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA+P/s/wAA7P8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/AAAAAO7/GQDs/+T/7P/s//L/7f/0/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+j/+v8AAO//6f8cAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/6//s/+3/FADs/+v/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAADt/wAAFQDs/+3/7P/t/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8f/1//n/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAANP/IQDi/9b/2f/W/9b/4/8AAAAAAAAAAAAAAAAAAAAAFADs//D/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/wAA5P/t/+v/AAAMAAAAAAAAAOz/AADY/wAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAEwDt//v/7P/t//H/7P8AAAAA7P8AABYAAAD3/wAAAADs/+r/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/8//k/+n/FwDp/+n/AAAAAAAAAAAAAAAAAAAAAPn/AAAAAPH/AAAWAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA8P8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAPT/7v8AAAYAzf/h/9X/7//i/wAA2P8AAAAAAAAAAAAAAAAAAAAA5//g/+z/FAAAAAUA7P/t//T/AAAAAAcAAADs//T/AADR/x8A2P/j/9r/yf/X/9L/AAD2/wAA+f8AAA8A8P8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/W/z8A4v/O/7z/vf/K/wAA+v/s/xQAAADw/+z/+v/s/+v/7f/s/+v/7v/s/xQAAAAAAAAAAAAAAAAAAAAAANP/xf8AAPn/AAAAAEAAAADs/9H/AAAUAPD/6//s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9P/t/+z/FADs/+z/6P/p/xwA3P/n/+n/6v/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/h/9T/6//n/+j/7P8XAAAAAAAAAAAAAAAAAAAAAADa/9r/7f/t/xEA2/8RAOb/7P/s/+3/7P8AAOz/FADt/wAAAAAAAAAAAAAAAAAAAADo/xQA5P/e/9j/2f/Y/wAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAO7/AAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/wAAAAAAAO7/7P/z/xMAAAAAAAAAAAD7/+7/AADs/+z/7f8AABQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOn/6//s/+v/6/8VAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAADgAUAPv/AAAAAPn/7v/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAPT/7/8TAO//+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7v8AAOz/AADs//D/FAD1/+7/AADs/wAA7P/w/xQA3P/k/+j/5v/p/+P/IQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5v/q/+v/6f/r/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/8/8AAPT/AADr/xUA+f/e/87/0//e/9b/1P8vAND/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P/s/xQA7v/u//L/8//u/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD5//f/AAAAAPT/7P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPf/7f8AAAAA9//t//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/p/y8A1v8AAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//z/wAAAADu/xUA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAIAOz/7P/s/+v/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAIAOH/9v8AAAAAAAAcAPf/8P/s/+z/7v/t//H/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+j/8f8UAN//7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/r/+z/6//s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/FADs/+f/6//b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAD4/wAA+/8AABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALn/vv+4/wAAtv/s/+j/AAD1/+7/AADs/wAA7P/w/xQAAAAAAAAAAAAAAAAAAAAAABIA7P8AAOj/AAAAAOn/5v/s/+z/7P/s/+3/7f8UAOz/AAAAAAAAAAAAAAAAAAAAABUA7P/s/+7/7f/s/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv8PABQA5v/Q/83/6//d/+z/6//t/9r/AADo/+z/AADs/+n/7v/s/+z/7f/s/xQA7P8UAAAA9v8AAPL/7v/v//L/7//u//D/8//w/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/+f/8P8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADV/9L/8f8AAPP/8/8oAOP/AAD4/7z/vv/P/+z/yP/Z/wAAAAAAAAAAAAAIAPr/AAAUAOz/7P/s/+z/7P/q/+z/7P/s/+3/7v8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAPX/AADt//P/KAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/8v8AABQA7f8AAAAA8f8AAAAAAAD0/+7/AAC+/+b/9P/T/9L/IgDA/9//AAAAAAAAAAAAAAAAAAAAAOn/6v/r/+v/7P8VAOv/6f8AAAAAAAAAAAAAAAAAAAAA7P/s//L/7P/3/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD7/wAA9P8AAAAAFQDx/wAAFADt//n/8v/w/+z/7P/s/wAAAAAAAAAAAAAeAPX/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/3v/b/9X/2f/f/yQAzf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6/8VAOv/7P/r/+r/6//6//v/AADu/wAAAAAAAAAA1v8AAPH/xv/n/8z/AAD6/+z/8//5/+3/AAAUAO//7P/y/+//7v/w//P/8P8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAFAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADu/xUA7f/q/wAA7f/o/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v/s//D/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/93/FQDs/9//9P/S/+D/zP/V/+L/DADM/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/w//j/4P/w/+b/GADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7P/t/+z/7P/s/xkA7P/z/+7/7//p/+f/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7v8AAOz/AADs//D/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8TAAAAAAD7/wAA9P8AAAAAAAAAAAAAAAAAAAAA7P/s//L/9//u/+//FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//w//H/3v8AABsA+v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/u/xQA7P/s/+7/9f8AAAAAAADy/xUA+P8AAOz/7//s/+//EgDs/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9j/KADY//v/5P/b/93/7P/s/+z/7P/s/+7/FADs/wAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAA6//x/wAA9f8AAAAA7v8AABgAAAAAAOz/FADs/+v/9//d/+j/AAAAAAAAAAAAAAAAAAAAAAAAFADx/+z/8v8AAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADZ/7f/OwCx/97/vv/e/9L/AAAAAAAA7/8AAAAAAAAAAOH/JgDn/+n/4f/q/9r/6v8AAAAAAAAAAAAAAAAAAAAA+f/V/zIAwv/q/+b/z//M/7j/AAC2/wAA2P/S/+P/IAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA+P8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx/+z/8v8AAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7//s//b/FQDr//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/e/+f/AAAAAOr/2/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADS/9//EgAPANf/8P/G/+z/7P8UAOz/7P/s/+z/7P/s/+n/2v/g/+f/BwDe/9j/BQD1/wAAAAAAAAAAEwDt//X/AAAAAAAAAAAAAAAAAAAAAOr/0P/U/9j/BQDm/9j/AAAAAAAAAAAAAAAAAAAAAAAA9P/u/7j/xf+4/6//6/+1/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOr/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/u/+//+//z/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDt/+P/8f8AAOX/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAACsAAADc/97/6v/y/+r/7//Y/ykA1v8AAPr/EwAAAAAA+/8AAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/wAA7v/r/9//CwDs/+v/7P/s//H/8f/v/+3/FADt/wAAAAAAAAAAAAAAAAAAAAARAOX/6/8VAPj/0//Y/9b/6//s/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//D/w8AGQDr/9P/6v/Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/AADw/+z/6//r/xYA6f/s/wAA8P/s/+v/6/8WAO//7P/u/+z/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA8v8VAOr/6f/S/9//6//a/wAAAAAAAAAAAAAAAAAAAADl/9f/+f8AAPj/7P8XANX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAAAA8/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//g/+X/IwDj/+P/3f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/y/+3/AAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAApAPr/AAAAAAAA6//b/wAA7P/2/+7/9f/3/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/f/x0A4//n/+j/3P/g/+3/2v8kAN3/8//Z/+b/6f/s/+f/FQDm/93/5//n/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/FADy/+3/AAAAAOz/8P8AAAAAAAAAAAAAAAAAAAAAFADw/wAA8/8AAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf/P/9T/zf/g/8b/EwD4/+v/6v/s/+z/7v/r/+z/FAAAAAAAAAAAAAAAAAAAAAAA4P/2/+f/8v/S/wAAAADi/wAAAAAAAAAAAAAAAAAAAADx/xQAAADv//X/7P/s/+z/IADv/wAA+v8AAO3/1P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/1v/n/+T/4//m/xoA3//Y/xcA5v/Z/+D/5v/c/+r/8f8UAPD/+//s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADO/+3/5v/V/9f/4//d/yQAAAAAAAAAAAAAAAAAAAAAAO7/7P/t/+z/8P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xkA6//p/+v/5f/o/9b/AAAAAAAAAAAAAAAAAAAAAOz/7v/u/wAA8v/m/xUA7v/1/+T/zf/X/+n/yv8YAM7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAD6/wAAFAD7/wAA7/8AAPD/7P/x/xMAAAAAAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//u//n/7f/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7//w/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADZ/9j/3v/Z/+n/7P/a/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+r/7f/k/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/1//n/AADo//f/+f8jAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+v/2v/2/+H/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AABAA7P/s/+z/7P/s/+z/7P8UAPH/xf/u/xMA5f/i/+T/6f/y/+//7v/w//P/8P8UAO3/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/+//9f/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6P8XAOj/7f/i/+n/7P8AAAAAAAAAAAAAAAAAAAAA7f/y//r/7v/s/xUA6//r/wAAAAAAAAAAAAAAAAAAAADq/+z/6//s/+z/1f/m/xkAAAAAAAAA7P8AAOz/AAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAD4/wAA+/8AABEA4P/h//D/7P/n/+P/6P8bAO3/7v/z//D/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA+f/v/wAAAAATAPX/9v/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2P/v/+3/AAAUABsA7v/Y/+L/CwAcAN3/5f/P/9H/8P/1/xQA6f/A/8D/2/8AAAAA2P/a/+P/5f/q/wkA5v8SAAAAAAAAAAAA7v8AAAAAAAAKAAAAAAAAAAAAAAAAALL/yP86AOX/0f/D/7j/6f/1/wAAAADu/wAAGAAAAAAA7P/s/+z/7P8UAOz/7P/s/xoA5P/o/+3/3f/n/+D/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v+7/7L/7P/x/wUA4v8AAOv/6f/o/xUA7P/Y/+P/wv/0/7T/CQD1/+f/3//v/w8A+v/C/wkAxP+u//H/x/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/AADV/8j/zv/v/+X/FQDs/xUA7f/1/+n/7P/d//H/AAAAAAAAAAAAAAAAAAAAAAUAAADW/9H/3P8AAOv/5v/Z/+b/4P/s/9j/6P/e/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+z/7P/s/+z/7P8UAOz/AADl/+r/DgAAAPH/5P/1/wAAAAAAAAAAAAAAAAAAAADs/+3/AAAQAL//xv/O/8r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/s/xQA7/8AAO3/7//7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/i//X/7P/5/+f/KQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/7P/u/+z/7P/s/+z/FAAAAAAA+f/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/3P/j/9//4f/U/ywA1//s/+D/6//q/+r/6/8WAOj/AAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA7v/t/+z/7v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7v/t/+z/7P/s/ygA6f/u//f/+//g/9j/AAD7//f/AAAaAAAA6v/b/wAA9P8AAAAAAAAAAPr/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/FADw//v/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/6//0/+//6/8UAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAO7/7f/O/+r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA+//7/+7/7/8UAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/wAAAAAAAPD/6//o/ygA2f8AAAAAAADx/9j/7P8UAOz/AAAAAAAA7f/s//T/7P/4//v/7f8AABQA7P/u/+D/AAAAAPH/+//5/xwA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+3/FQD1/+7/8P/s//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAAD6/wAAAAAAAAAAAAAKAAAA+v8AAAAAAAAAAAAACgAAABQA7P/w/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/u/+z/FADs/+n/5f/p/+r/6v/g/xgA6P8aAAAAAAAAAAAA+v/e/9//7P/t/+z/9f/u/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/wAAAADt/xQA8P/s/+z/7f/s/+3/7P8UAOz/8f/5//r/AAAAAAAAEQAAAPT/0//3/7X/yf/C/xkAxf8UAOn/6P/r/9j/6//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+7/8v/z/+7/7P8UAO//6v/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADG/8v/0f/Y/87/5P8uAM//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/FQDr/+z/6//s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDe/+P/8P/f/+H/AADk/wAAAAAAAAAAAAAAAAAAAADS/ykA1v/f/9P/2f/f/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P+8/8b/2f/0/wAA9//a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7P/s/+3/7f/s/+z/8//s/xQA7P/r/+z/6//s/+z/6f8VAOr/AAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAATAO3/+//p/xgA+v/0/+j/7P/n//D/OQDU/8//6P/n/8H/zP/R/wAAAAAAAAAAAAAAAAAAAAAVAPT/AAD0//r/xP/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAEgD5//H/AAAAAAAAAAAAAAAAAAAAAPj/BgDa/wAAGQDT/7//u/8gAMj/6f/F/8f/wP/b//T/7v/Z//f/1f/s/9n/8f8IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAPD/FQDt/xoA1//o/wAA8f/j/9//2P8AAAAAAAAAAAAAAAAAAAAAFAD1//T/9P/6//L/7P/w/wAAAAAAAAAAAAAAAAAAAADo/+z/8f/r/+z/7v/s/xQA7P8UAOz/7P/u/+z/4v/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADY/9j/2f/Y/+H/AADk/wAAAAAAAAAAAAAAAAAAAADs/+z/8f/y/wAAFADt/wAA+v/4/wAA9P8AABEAAAD6/+3/7f/u/+//7f/s/xQA7P/s/+z/7f/s/+3/7P8UAOz/5v/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AADr/+T/2v/Y/9n/FABHAMr/v/+2/8j/uv/b/8L/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/wAA+f/s/+z/FADu/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/+f8AAOz/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7f/1/+7/AAAUAOz/7f/s/wAA4v/v//P/6f8TAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xMAAAAAAAAAAAD4//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/97/8v/3//n/2//u/ygAAAAAAAAAAAAAAAAAAAAAAO3/6//s/xQA7f/s/+z/7P/s/+7/+f8AAAAAFADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAPr/5//p/+v/7f/o/+v/FwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/7P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s//L/FQDs//P/AADy/+3/8f/p/+X/6P/d/+X/6P8aAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAEgD5//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+z/6//r/xUA7P/r/wAAAAAAAAAAAAAAAAAAAADq/+r/8//k/+n/FwDp/+n/7P/s//T/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+7/7v/y//P/7v/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6f/s/+z/4//k/xYA6//W/7v/zv/T/9j/PgDD/7P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAADr//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADs//D/FADs/+z/7P/s/+z/7P/s/xQA7P/s//D/4//Y/+n/AADq/ygA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA+//7/+7/7/8UAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAAAAQAAAA6v/q/9j/5f/s/9b/JADs/+7/7P/3/wAAAADz/xQA8v/s/+D/9P8AAAAA+P8pAAAA7f/t/+7/7//t/+z/FADs/+z/7f/s/+3/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FAAUAPX/9P/0//r/8v/s//D/FADu/+3/7v/t/+z/7f/s/wAAAAAAAAAAAAAAAAAAAADs//b/7v/1//f/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/8f/2/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8AAAAAAAAAAOr/GADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAAAAAAAAAAAA5//s/wAAGQAAAAAAAAAAAOf/7P8AABkAAAAAAAAAAADn/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/8f/s/+n/6//s/xMA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+7/6//s/+v/AAAKAAAAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+3/7//s/xQA7f8vAAAAAAAAAAAAAADR/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/3/wAAAAD6/wAA6v8AABYAAAAAAAAAAAAAAAAAAAAAAOz/8//v//X/7v/s/+z/FADt//L/+v/u/+z/FQDr/+v/EgDs/wAA6P8AAAAA6v/j/wAAAAAAAAAAAAAAAAAAAAD0//j/AAAAAAAAEAD7//n/4//s/+7/7P/s/9r/7P8WAPn/AAAAABUAAAAAAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd//T/+f8AAOf/9v/5/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+3/8v/t//j/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+f/AAAAAAAA7v8gAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8UAPD/+//s/+z/7P/t/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xYA7v/t//X/7P/q/+z/7P/u/+//+//z/xQA7P/s/+r/FwDx//L/8P/q/+n/6f/s/+3/8f/1//n/FADs/+z/7P/s/wAA7P/w/xQA7P/s/+z/7P/v/+z/9v8VAOv/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/AAAAAPH/+//5/xwA7P/0/wAAAAAAAAAA+v8VAAAA+v/4/wAA9P8AABEAAAD6/wAAAAAAAAAAAAAAAAAAAAD7//D/7P/z//r/8f8UAO//7P/x//H/FADv/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+3/5f/s/wAAAADs/wAAAAAAAAAAAAAAAAAAAADj/+r/7P/u/+//6/8YAOv/2v/p/+3/7f/o/ygA2P/a/xAArv/O/wAAyf/4//X/tv8AAAAAAAAAAAAAAAAAAAAA2P/Z/8j/6P/7/zIA3f/e/9f/6f/q/+r/1f8jAMb/1/8AAAAAAAAAAAAAAAAAAAAA7f/t//L/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAND/2f/7/9v/1f/U/+j/JQAUAOz/AAAAAO7/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xkA7P/l/+z/5//m/+v/8v8WAAAAAAAAAAAA6//2/+z/FQDr/+r/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFAD0/wAA8//u/+z/7P/t/xQAAAD6/wAAAAD3/+z/+v8AAAAAAAAAAAAAAAAAAAAA8P8UAO7/8//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+//9//v//f/7P8UAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADV/9j/AADc/+X/1v8AANj/1/8AAAAAAAAAAOz/KQDl//v/8P/s//P/+v/x/xQA7/8AAAAAAADt/wAAFAAAAOz/AADY/xQA5//b/9j/5P/Y/+3/7f/y/+z/7P/s/+z/FADy/wAAAAAUAAAA7P/y/+z/FAD1//T/9P/6//L/7P/w/wAAAAAAAAAAAAAAAAAAAAAUAO3/AAAAAO//7v/s/+3/+//w/+z/8//6//H/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8UAPD/+//s/+z/7P/t/+z/FADs/+z/7P/s/+z/7P/s/+z/6v/r/+v/6P8UAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/u/+7/8//t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcAAAAAAAAAAAAAAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/8P/s//P/+v/x/xQA7//t/+3/8v/s/+z/7P/s/xQA5v/n/+b/2v8ZAOj/5//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADs//n/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//v/AADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/6f8YAOv/7//o/+7/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAPT/7//3//P/6f/W/+z/DwAAAAAAAAAAAPr/+P8AANr/xP/X/woA+P+z/wAAwP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/7P/u/+z/7P/a/+z/FgAAAAAAAAAAAAAAAAAAAAAA9P8AANv/5f/t/9j/0v8NAAAAAAAAAAAAAAAAAAAAAAAUAO7/7f/u/+3/7P/t/+z/FAD3//H/9v/x/+r/7v/s/wAAAAAAAAAAAAAAAAAAAADp/+z/AADw/+z/6//r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8Ax//i/wAA7v/k/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/t/+3/FADs/+z/7P/i/7P/zv/Y//T/1f/b/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/9H/9v/w/yAA7P/k/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7f/t/xQA7P/s/+z/FADs/wAAAADu/+3/7P/u/wAAAAAAAAAAAAAAAAAAAAAUAPv/AAAAAPn/7v/s//L/AAAAAAAAAAAAAAAAAAAAAOP/vP+3/7T/2//W/x0Awv8UAO7/AADw//v/7P/s/+z/8v8WAAAAAAAAAAAA6//2/+3/7//t/+7/7f/s/xQA7P/r/+z/6//n/+v/7P8UAOz/GADq/+j/7P/w/+z/5//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/Z/wAA4v/1/9n/EgDd/wAA8P8AAAAAAAASAPn/8f8AAPD/AAAAAAAAEgD5//H/7P8AAAAAAAAAABQAAAAAAOz/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//v/7P/t/xUA6//s/+z/7P/u/+z/7P8UAOz/7P/c/9j/6f/Z/+P/2f8nANH/7P8AAAAAAAAAABQAAAAAAPj/6P8XAOr/AADn/+v/7P8AAPD/AAAAAAAAEwD6//H/AAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAPf/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/4v/r/+v/6v/n/xkA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAATAO3/+P8AAAAAAAAAAAAAAAAAAAAA7P/t//X/7v8AABQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/FADs/+z/8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/8v/Y/9j/2P/a/woAAADX//L/AAD5/8r/uv/W/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/9f/u/wAAFADs/+3/8v/p//n/8v8AABgA6v/t/+z/7f/1/+7/AAAUAOz/7f8UAOz/+f/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/6//r/+D/7P8AAAAAAAAAAAAAAAAAAAAA8v8VAOz/8/8AAPL/7f/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P8AAOz/7P/s/+f/7P/q/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/AADs/xQA7P/s/+z/7f/u/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/x/+3/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/+v8AAAAA7f8UAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/Z/97/2v/b/9//0v8vAAAAAAAAAAAAAAAAAAAAAADT/yoA6v/n/9j/3P/W/9f/AAAAAAAAAAAAAAAAAAAAAN3/5v/s/+3/8v/r/xkA6f8UAPj/AADu/wAA7//s/+//7f/a/yQA3f/z/9n/5v/p/+v/6/8WAOn/6//q/+r/6//s/+z/FADs/+3/7P/s/+z/8P/0/zYA7v/3/8z/x//t//L/FgAAAAAAAAAAAOv/9v8TAAAAAAAAAAAAAADt/wAAFAAAAAAAAAAAAOz/7P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAO3/7P/0/9T/7P/s/+z/6//s/xkA7P8UAOz/AAAAAAAA7f/s//T/EwAAAAAAAAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+/8AAAAA+f/u/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+P/7/+3/AAAUAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvv/i/87/2/+t/wAA1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOz/8//u/+//6f/n/+n/7P/z/+//9f/u/+z/7P8UANj/5f8RAO7/zf/U/wAAz/8UAOz/8f/t/+//7P/t/+z/AAAAAAAAAAAAAAAAAAAAAC0A2v/X/8z/wP/V/8v/zP8AAAAAAAAAAAAAAAAAAAAAAAD2/8z/x//x/xAA6f/P/+3/7P/s/+f/9//0/xMA8v/c/9j/6f/Z/+P/2f8nANH/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f+s/8L/IADE/+X/yv/2/+n/GQAAAPf/6f/t/+b/8f/m/+T/6f/l/+z/7P8AABQA8v/E/wAA+P8AAAAASwAAAAAAAAAAAAAAAAAAAAAAAADp/9D/EQDY/+z/DAD4/+n/2/8gAOr/4//w/+z/3v/l//L/FgAAAAAAAAAAAOv/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6//q/+f/6P/r/+r/FQDt/+z/8//v/wAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8fANX/6//v/9j/sv/l//X/FwD6/wAA+P/x/+j/AADG/xkA6f/s/+v/AAC+/9r/4//c/9z/4v/x/xwA4f/l/xQA7f/t/+z/+v/t/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/s/+z/8//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/s//f/FAAAAAAAAAAAAOz/7P/3/xQAAAAAAAAAAADs/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAD7/wAA9P/v/xMA7//7/+z/7v/v//v/8/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoAxf/U/+r/2P/q/9D/5//V/9L/8f8AAPP/8/8oAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/+H/4v/Y/8v/5f/R/ysA+f/t/wAAAAAAAOr/9v8YAPT/6v/s/+//7f/q/xYA6v/o/xsA6v/k/+n/6v/h/+b/7P/r/+z/7P/t/+r/FQDr/+n/5v/o/+r/7P/n/xoA5/8AAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAABIA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/j/+n/5f/q/+T/GgDk/9P/0f/Y/87/0v/W/y0A2v/s/+v/+P/u/wAA7f8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/6//4/+7/AADt/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7P/s/+z/7//q/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7v/s/+v/9P/q/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFgDs/+z/7P/v/+r/6//s/wAAAAAAAAAAAAAAAAAAAAAcAOX/AAAAAAAA+v/k//H/EwAAAAAAAAAAAPv/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8P/1//D/7P/v/+z/AAAAAAAAAAAAAAAAAAAAAOX/8/8AAAAAAADi/wAABwAAAAAAAAAAAAAAAAAAAAAA7P/s/+//AAAAAO3/FADw/xUA7P/s/+r/6//p/+r/6f8AAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAAPD/EwDw/87/DADX/9f/2P/P/wAAzf/m/wAAAAAAAAAA8/8aAAAA6P/S/+n/6v/k/+n/HQDk/+z/FQDt//X/6f/s/93/8f8VAOv/7//v/+7/6v/q/+v/7/8UAAAAAADu//L/7P/t/+z/AAAAAAAAAAAUAAAAAAAUAPn/9/8AAAAA9P/s//f/7P/s//H/8/8AABQA9v/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAADm/+v/6v8XAOv/6//p/+L/7P/Y/+z/JgDs/+n/6P/Y/+X/6v/r/xgA6v/q/+n/6P/1/wAAAAAUAAAA7P/i/+z/7f/r/+z/FADt/+z/7P/s/9n/6f/n/yEA7P/m/9n/4P/s/+z/7P8UAOz/7P/s/+z/AAAAAAAA8v8AAAAADwAAAAAAAAAAAPL/AAAAAA8AAADs//H/8f8UAO//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOb/5P/h/xwA6f/b/+L/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAADp/+z/AADw/+z/6//r/xYA2P/r/+r/7P8UAOv/6P8AAO3/7f/t/+3/FADs/+z/7P/r/+r/6v/X/wAA5P/Y/wAAAAAAAAAAAAAAAAAAAAAAAPb/9v+p/8L/sf/m/+//7f/3/+r/+P8AAPL/8v8dAPn/AAAAAAAAAAAAAAAAAAAAAOb/3//e/+3/0v/q/x0A5f8AAAAAAAAAAAAAAAAAAAAAFADs/wAAAADu/+3/7P/t/+b/7P/s/wAA9//v/xcA7f8AAAAAAAAAAAAAAAAAAAAA6P8WAOz/7f/s/+v/6f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAPT/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6//s/+v/6//q/xYA6P8AAAAAAAAAAAAAAAAAAAAAzf/V//H/7f/z/9r/KwDr/wAAAAAAAAAAAAAAAAAAAAD2/xYAAAAAAPH/7P/i/+//AAAAAAAAAAAAAAAAAAAAAOD/1v/s/+f/5v/Y/yYA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/6//m/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/n/+P/6//Z/+v/3f8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDt/+P/8f8AAOX/7P/t/wAAAAAAAAAAAAAAAAAAAADp/+v/6//r//P/6P8WAOn/FAD0/wAA8//u/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAAAA9v8AAPL/7v/v/+f/5P/j/+T/AAAaAOn/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA9//t/wAAAAD3/+3/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//j/AAAAAAAAFQD7/+z/7P8UAOz/7//t/+3/8P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/v//D/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/t//n/FADs/+3/AAAAAAAAAAAAAAAAAAAAAPT/+P8AAAAAAAAQAPv/+f8AAAAAAAAAAAAAAAAAAAAAIQDZ/+X/6f8AAOD/6v/r/wAAAAAAAAAAAAAAAAAAAADd//r/7P/q//v/6/8eAOf/AAAAAAAAAAAAAAAAAAAAABQA7P8AAAAA7v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/z/+7/+v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA6v/c/+//8f8AACgA+P/y/+7/AAAAAPH/AAAVAOz/6f+8/+f/3//V/+//IQDo/9D/6//s/+j/zP/r/xgA3//r/wAA4v8NAOr/AAAAAN//7f/w/+z/7P/0//H/FQDs/+z/7P/s/+z/7P/s/xQA7P/s/wAA+/8AAPT/7/8TAO//+/8AAPv/AAD0/+//EwDv//v/7P/s/+z/7P/s/xQA7P/s//r/+P8AAPT/AAARAAAA+v8AAAAAAAD2/wAADQAAAAAA7P/s/+z/7P/t/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/8P/u/+//9f/0/xMA8v/3/wAAAAAAAAAAAAAAAAAAAADs/+z/7//s//b/FQDr//T/5P/b/+7/2P/a/x4A6P/a/+z/7P/u/+z/7P8UAOz/7P8AAAAAAAAAAAAAJAAAAN7/7P/s/+z/7P/s/xQA7P/s/+z/7P8AAOz/8P8UAOz/7P/s/+z/7v/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/xYAAAAAAPj/7f/l//D/6//q/+z/7P/u/+v/7P8UABQA7P/u//v/6v/s/+z/7P/s/+r/7P/x/+v/6/8UAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+H/3P/6/wAAAAD3/yIA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+z/7P8AAPf/7/8XAO3/7v/q/+v/7v8VAOz/6//p/wAAAAAAAAAAAAAAAAAAAADQ/8j/1P/W/ygA0P/O/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8SAAAAAAAAAPv/AAAAAOz/7f/x/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/n/+z/7P/s/+z/6v8WAAAAAAAAAO3/AAAUAAAA7P/s/+3/9f/u/wAAFADs/+3/7P/s//L/7P/3/+z/FADs//r/AAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xYA5f/z/9v/6//l/+v/AAAAAAAAAAAAAAAAAAAAAOn/6f/3/+r/7P/r/xQA7P8AAOD/6f8PAPn/CQDp/wAAFgDp/+v/6v/4//b/6v/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/m/+v/6f/s/+z/FgDt/+z/6//3/+3/AADt/xQA6/8AAAAAAAAAAAAAAAAAAAAAxf/m/+3/s/8AAMT/4//c/wAAAAAAAAAAAAAAAAAAAADt/+z/+P8AABQA8v/s/+z/7P/s/+z/7f8UAOz/7P/s//n/8f8AAAAAHAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/s/+L/KwDQ/+H/0//Z/wAAAAAAAAAAAAAAAAAAAADv/xMAAAD5/wAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/FADr/+j/2P/m/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+//y//f/AAAnAAAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAML/1v/I/8z/1//v/9f/7P/t/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//b/2f+5/83/DwC+/9z/AAAAAAAAAAAAAAAAAAAAABQA6v/w/+z/AAD2/+v/7f8AAAAAAAAAAAAAAAAAAAAA7P/p/+z/6/8UAOv/7P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7f/s/+v/7v/s/xQA7v/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAO7/AAAYAAAAAADr/wAA8P/0/+j/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/y/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1//T/9//w/+z/7v/s/wAAAAAAAAAAAAAAAAAAAAAKAO7/9//f//b/9f/e/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQCm/9//5P/g/+T/s//0/wAAAAAAAAAAAAAAAAAAAAAnAN//AAAAAAAA4//Z/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/v/wAA7/8AABQA7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/4/wAA7f/6/+n/EgDr/wAAAAAAAAAAAAAAAAAAAADL/9X/2P/I/9//zf80AL//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7P/t//j/8P/p/+r/7P/c/xMA2f8AAOX/yf/P/9P/AAAAAAAAAAAAAAAAAAAAABYA6P/q/+T/AADt/+v/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//k/+P/5P8AABoA6f/a/wAAAAAAAAAAAAAAAAAAAADt/xYA7f/w//T/6//p/+z/7f8UAOz/7P/x/+v/6v/s//v/FgAAAAAAAADv/+z/9/8AAAAAAAAAAAAAAAAAAAAA5//s//v/6/8AABkAAADv//X/AAAAABQAAADs//X/7P/l/+r/6/8YAOr/6v/p/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8v/t/+//7f/t/+z/7f/s/+z/7P/s/+z/7P/s/xQAAAD2//X/AAAAAAAAGwAAAOz/7P/s/+z/7P/s/+z/FAAUAPD/7//2/wAA7v/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//z/wAA9P8AAOv/FQD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s//P/FADx/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyAOv/5f/k/wAA2P/T/+//9/8AAAAAAAAAAA8AAAAAAOv/FQDr/+z/7P/r/+v/5f8UAOz/+P/p/+v/6//r/+z/7P/s/+7/7P/s/xQA7P/s/wAA7v/k/+n/AAAfAPn/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+L/1v/e/+H/JwDd/9L/6//s/+v/5//r/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAUAO7/7f/u/+3/7P/t/+z/FAAAAAAA+/8AAPP/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7P8AAAkA6f/e//L/2P/x/9X/FwDs//X/AAAAAAAAAAATAO3/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADu/wAAFAAAAAAAAAAAAAAAAAAAAAAA1v8AAPH/xv/n/8z/AAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8UAAAAAADv//X/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAO7/AAAUAPj/+f8AAPj/AADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//t/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/wAAAAAAAAAA7P8pAOX/2v/j/+n/5f/q/+T/GgDk/+z/7P/s/+z/FADs/+z/7P/t/+3/9P/w/xQA7P/s/+z/7f/n/+3/7f8kAOv/5v/c/wAAAAAAAAAAAAAAAAAAAADs//D/7v/0/wAA7P8UAOv/r//f/+f/y//a/+b/LQDW/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/0//R/9n/0f/c/ygA0//s/+7/7P8UAOz/7P/s/+z/FADs//D/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADv/xUAAAAAAAAA9//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDq//P/9f8AAO7/6//3/9v/7P/o/+f/3v/g/yQA6f8AAAAAAAAAAAAAAAAAAAAA4f/R/9D/w//P/8n/y/8rAOf/5f8AAAAA7P/r/xkA5//o/97/5v/R/8//3//Y/ywA7P/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/6//s/+z/FADs/+r/5f8AAPT/9/8XAOz/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/y/+3/+P/s/xQA7P/s/xQAAAAAAO7/7f/s/+7/AAAAAAAAAAAAAAAABQAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAGQAAAAAAAAAAAOf/7P8AAOz/7f/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAO7/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7v8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPT/AADz/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAO//FADy//v/7v/u/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7f/5/xQA7P/t/+n/6//1/+7/AAAXAOz/2f/t//L/9/8AAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//j/AAAAAAAAEAD7//n/AAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAA2//q/+//GAAPAAAAAAAAAAAA+v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/xkA4f/l/9z/2//s/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xsA6P/U/9n/0v/p/+z/7f/s/+z/8/8UAPH/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s/+z/9P/x/xUA7P/s/xwA5//n/+T/5v/l/+T/6v8UAAAAAAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOT/y//r//D/xv8ZAOn/6f/r/+v/6v/s/+z/6P8WAOr/AAAAAAAA8v8AAAAADwAAANr/xv/r/+T/AADh/zIA2//1/wAAAAAAAAAAEwDt//v/AAAAAAAAAAAAAB4A9f/2/+v/yP/i/xkA8P/Y/+v/1v/s/+3/8f/1//n/FADs/+z/5v/k/+H/HADp/9v/4v/2//X/9//6/wAAAADs/xYAAADs//D/7f/v/+z/7f8UAPb/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADo/9b/6v/j/97/GQDk/+H/+//3/wAAGgAAAOr/2/8AAOf/6P/o/+L/5v8hANT/2v/f/8T/2f/V/9v/z/8pAND/AAAAAAAAAAAAAAAAAAAAAO7/7f8AAPf/AADt/xQA7f8UAO7/9P8AAPf/1//s/+7/6//s/+z/7P/t/xUA6//r/+f/4f/j/9n/5v8oAOj/6P/s/+z/7P/s/+z/6/8VAOz/3f/v/9//zf/q/y0A5v/e/+v/6//s/+z/7P/n/xcA7P/l/+n/9v/x//T/6/8WAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAOX/5v/d/+n/1v/j/97/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADq/+n/6v/p/+r/FgDq/+n/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+P8AAPT/AAARAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAOz/7P/q/+b/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/xcA+v8AAPj/8f/o/wAA8P/t/wAAAAAAAO//FADt/+z/7P/x//H/7//t/xQA7f/s//D/+v8AAAAA7f8UAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAEwDw/+7/6//s/+n/3//1//f/+v8AAAAA7P8WAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7/8AAAAA7f8UAPD/AAAAAAAAAAAAAAAAAAAAAAAA3f/h/9v/3v/m/wAA4//Y/+n/7f/p/+3/IADb/+v/9v/V/+P/4f/q/wwAxP/J//X/AAAAAAAAAAATAO3/+/8nAOH/6P/Z//H/4f/Z/+n/7P/1/wAA7f8AABQA7//s/wAAAAAAAAAAAAAbAPL/9P/n/+r/6//w/+j/6/8WAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/e/+f/AAAAAOr/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADu/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADu/+3/7P/s/+z/FADs/+7/+//q/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//t//L/8f/s/+z/BgAAAAAAAAAAAAAAAAAAAAAABgAUAOn/7f/t/+j/z//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6v/r//D/6P/r/xYA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/zf8XAOr/5f8AANb/3/8UAOz/7P/v/+3/7P/s/+z/7P/s/+3/7f/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/FADw//v/7P/s/+z/7f/s/xQA7P/s/+j/7P/s/+v/HADs/+z/8v/0/+v/4//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAD4/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+f/6/wAAAAAAABEAAAD0/+r/7P/v/+3/6v8WAOr/7P/s/+3/7f/u/xQA7P/s/9z/FQDl//P/9//h//j/6v/t/xQA7P/s//H/6//q/+z/AAAAAAAAAAAAAAAAAAAAAOj/1//k/9P/6//c/yoA2P/r/+v/7v/s/+z/6/8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAO7/7f/s/+7/2f/Y/xEA2P8AANj/AADf/ycA2//l/8b/AAAAANH/AADs/+z/7P/s/+3/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAA6v/Y/9z/5/8UAOj/AAAAAAAAAAAAAAAAAAAAAPf/FAD3/wAAAADt/+3/9P8AABYAAAAAAAAAAADu/wAAwP/k/8j/BwDm/9f/CADf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAAAADu/+3/7P/u/wAA4v/p/+L/+f8AAPD/4P/1/xUA9P/3/wAA7P/0//n/+v/i/8v/DgDT/83/5/+3/7n/AADR/wkAAADy/+L/6v8UAPj/AADu/wAA7//s/+//7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADB/wUA2P/7/wAA8v/o/+v/1//R/wAAAADb/8X/2P/x/+H/AADZ/9j/2P/Y/+v/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/5f/n/97/7v/n/+7/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/6f/6v8dALb/4/+t//H/6/8AAPD/9P/o/xoAAAAAAOz/7P/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7f/l/+f/3v/u/+f/7v8ZAAAAAAAAAAAAAAAAAAAAAADu/9j/4P8YAAAA6f/h/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/9D/4v/X/9n/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK//f/AADx/wAAMwAAAPv/AAAAAAAAAAAAAAAAAAAAAOn/5P/p/+z/7/8XAOj/6P/s/+7/7//7//P/FADs/+z/7v/s/xYA7v/2/+v/6//t/9//FwDs/9r/6v/p/+L/5//q/+j/7P/r/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABYA4f/s/+r/2P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMb/1f/Y/+T/+f80AOT/4//U/+v/7P/u//H/FQDr/+z/7P/s/wAA7P/w/xQA7P/s/+r/6v/q/+v/7P8WAOz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//T/8v/2/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/2v8vAMv/zf/b/9T/xP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/7P/r/+v/4P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/s/wAA7P/5/wAA7P8AABQA7P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAAAADu/+3/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAD5/xQA9P8AAPP/7v/s/+z/7f/P/7//+//7//r/QQDu//n/AAAAAAAAAAAAAAAAAAAAAO3/AAD7//v/7v/v/xQA8v8UAAAAAAAAAAAA7P/s/wAAAADw/wAAAAAAAPX/AAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/0//L/9v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAD7/wAAAAAAAPf/AAAYAAAA+f8AAAAAAAD0/wAAFADw/+z/AAD5//D/7P/x/+z/7P/q/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/6//s/+3/6//t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/xUA7P/r/+T/AAAAAAAAAAAAAAAAAAAAAOv/6/8VAOz/6f/m/+v/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/wAA7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAD5/wAACgAAAAAAAAAAAAAA+f8AAAoAAAAAAAAAAAAAAPn/AAAKAAAAAAAAAAAAAAD5/xQAAAAAAAAAAADs/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//L/7P/s/+z/7P8UAOz/5//v/+z/7P/r/+z/FQDs//P/7//1/+7/7P/s/xQAxP/J/8z/4//N/9P/GADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/7P8AAAAAAADp//L/GADu/+z/9/8AAAAA8/8UAPL/4v/s/+3/7//w/+r/FwDr/wAAAAAAAAAAAAAAAAAAAAAWAAAA9/8AAAAA7P/q/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/t/+//7P/t/xQA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//u/+z/7P/r/xUA7f/s/wAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA6f/o/+X/2//j/+j/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAA+P8AAPv/AAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/4f/n/yIA7f/o/9j/2P8AAAAAAAAAAAAAAAAAAAAA5//g/+j/6P/r/+n/FgDs/+b/6f/4//n/8P/r/xcA8v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADN/9n/1P/i/+H/0v80AN7/6//s/+v/5//r/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAUAO//7P/s/+//7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOf/6f/r/+3/6P/r/xcA6f8AAAAAAAAAAAAAAAAAAAAA7//X/9//KQD5/9z/1v/Z//X/AAAAAAAAAAATAO3/9f/X/+P/0f/i/+f/JwDe/9L/AADi/+j/5//f/9//BgDp/xQA9P8AAPP/7v/s/+z/7f/Y/+n/7f/p/+3/IADb/+v/1P/g/+f/6/8WAOv/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/1/wAA7f8AABQA7//s/wAAAAAAAAAAAAAAAAAAAADh/+j/6P/l/+j/GgDl/+L/z//h/+L/2P/L/+X/0f8rAPH/6//Z/+r/2P8lANf/1P8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAPD/FQDt/+n/7P/t/+3/7//q/xUA6//s/+z/8f/r/+H/FADs/+z/AAD6/wAAAAAAAAAAEAAAAPb/7f/x/+z/+v8UAPP/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//H/9v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/n/+z/7P/s/+z/6v8WABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8P/s/wAA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FADu//P/7P/s/+z/7P/Z/xwA6v/c/+X/AADj/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApANr/3v/v/+L/1//Z/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+X/6//k//f/5/8VANn/1P/o/8j/xv/I/xIA8f/r/+z/7v/s/xQA7P/s/+z/7P8UAO7/7//u//H/7P/s/+z/6//o/+7/3//r/xUA7P/n/97/8f+9/+L/sP/J/9b/3f8AAAAAAAAAAAAAAAAAAAAAFQDr//P/7P/q/+v/7P/s/9L/7P/s/+z/7f/s/xoA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/xQA7//s/+z/7P/Y/9f/zP/Y/8//3//q/y0A6//r/+j/3//m/xIAAADs/8L/0//i/+z/5f8AAAgA3/8AAAAAAAAAAAAAAAAAAAAA3v8VAAAA6//w/+r/7P/s/wAA7P/s/+z/7P8JAOX/7P8SAPD/7f/s/+3/6v/r/+r/7P/s/+z/FADs/+v/7P/s/wAAAAAAAAAAAADx/wAAEADd/8n/zv/U/8v/CADW/wAA6v/r/wAA4v8hANb/1v/V/9r/1v/Y/+r/6f/a/x4A2v/3/+P/vf+r/7//JQDd/7b/7P/s/wAAFAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAApANf/2v/o/+v/0v/f/9f/7P/s/+7/AAD5/+z/7P8UAOT/5v/h/9r/2v8eANT/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAEQAAAAAA1f8lAND/4v/E/+T/3P/L/9b/AADv/+v/6P/d/wAA2v/s//H/8f8UAO//7P/s/+z/wf/n/9X/DADm/wAAy//3/wAAAAAAAAAAAAAAAAAAAAD1/+7/AADs/xQA7P8AAOz/AAAAAAAAAAAAAAAAAAAAAOz/7f/1/+7/AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAACgAAAOD/5f/e/9b/1f/i/wAAAAAAAOz/AADY/wAAGADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/9j/8//a/+X/xv8VANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAPj/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/i/+v/6//q/+f/GQDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/p/+r/6P/r/xcA6P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8UAOz/7f/u/+v/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAw//d/+v/5v/f/x0A5v/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJv/2v+R/7z/qv/X/7//IACo/7b/1//a/9r/AADN/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+//7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOn/2//6/+//6/8oAOH/2P/s/9//6//x/+7/6v/s/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/s/+f/6//q/+n/AADx/wAAAAAAABMA+f/z/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//l/9v/2v/r/9n/3P8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+r/6//w/9j/5/8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/1v/X/+z/AAAaAO//5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAO7/7f/s/+7/FADt/+3/7P/t/+z/7P/s/9j/2f/I/+j/+/8yAN3/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6f8cANz/5//p/+r/0//m/wAA4/8AAN//2//q/9j/AAAAAAAAAAAAAAAAAAAAAA8Axf/X/8j/xf8SANT/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/r/wAA+P8AAPT/FgD2/xQA7P/s/+3/7P/r/+z/7P/Q/8z/zv/Y/8//2v/V/y0A7//o/9r/AADp/93/EQDE/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/s/+z/6v/T/+v/5//h/+L/3v8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/9z/3P/i//P/HADi/+X/AAAAAAAAAAAAAAAAAAAAAAAAxP8KANj/y//W/9r/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/8v+6//T/x//X/+T/EwAVAOb/7P/s/+z/6//s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9//4v/h/+T/1P/Z/yEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/FQAAAOf/5P/V/+r/AAAAAAAAHAAAAOT/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//F/6r/z//L/9H/6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+f/7v/q/9j/DgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//y/8AAOH/9P8AAMb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/9D/3P/W/wAAAAAAAO3/3v/L/97/IwDU/9j/6P/q/9f/yf8jAAAA2v/D/8D/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8P/t//H/9f/u/+z/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xcA8f/y//D/6v/p/+n/AAASAAAAAAAAAAAA7v8AAOz/7P/s/+z/7P/s/xQA7P/y/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+f/7P/q/+3/GwDo/+L/AAD4/+7/+f8AABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/CwDm/83/+P/n/+j/6P/s//b/7v/1//f/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAO7/7v/y//P/7v/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAAAAAAAADz/xUAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/9P/6v/r/+r/0/8YAML/5P8AAAAAAAAAAAAAAAAAAAAAFADv/+3/7//7/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADr/+r/7f/t//H/7f8WAO3/6//z/wAA9P8AAOv/FQD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/T//b/AAAAAPP/MgDp/9v/6f/w/+v/7v8AANj/AAD0/+r/7P/v/+3/6v8WAOr/AAAAAAAAAAAAAAAAAAAAABQA7P8AAAAA7v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAA6//V/+n/2f/Y/8//1P8jAN3/5v/s/+3/8v/r/xkA6f/t/wAA+//7/+7/7/8UAPL/AAAAAAAAAAAAAAAAAAAAAOT/AAD3/wAAAADn/xwA9v/s/+z/AAAAAAAA7P/s/xQA2f/c/+b/2v/q/ygA2v/Z/+3/7f/s/+z/8//s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5v8gAPT/+P/o//b/3//m/wAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAA7/8YAAAA4v/k/yEA4P/h/+P/4P/c/9j/LADq/+n/8v/v/9L/5f8AAAAAAAAAAAAAAAAAAAAA9v/t//H/7P/6/xQA8//s/+z/7P/s/+z/7P8UAOz/7P/p/xoA6f/q/+v/5//k/+X/vP+k/8j/+//I//X/EQDz/+z/FADs/+z/7v/t/+z/7f/u/+z/7//s/+z/7P/s/xQAAAAhAMX/yv/J/+X/4P/b/xQA7P/t/+//8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAVAAAAAAD2//f/7f/7/wAAAAAAAAAAAAAAAAAAAADp/+X/6P/d/+X/6P8aAOT/6//d/+n/5//p/+j/6v8XAAAAAAAAAO3/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA3f/i/+v/3P/o/+P/HwDU/9X/JQDQ/+L/xP/k/9z/y/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/0f/f/9j/AADY/9n/AAD0/8z/AAD2/ygA7//h/9v/2f/f/+//AADx/ygA2v/d//b/7f/s/+z/7f8UAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7f8VAOv/6//P/+H/4v/Y/8v/5f/R/ysAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/t/+r/FQDr/+T/5//l/9f/5P/Q/yIA8f8AAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAD2//f/7f/7//H/+f/6/wAAAAAAABEAAADV//X/+P/t/+7/1f8AAOv/7P/n/+z/7P/s/+z/6v8WAO3/7v/y/+//FADs/+z/7P/2/+3/8f/s//r/FADz/+z/4v/c//b/4v/l/9//2v8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/+3/8v8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAADs/8j/6P/d/+b/AAAAANT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv/V/+z/2f/s/+//7f/w/+z/7P8UAO7/7f/s/+z/7P8UAPj/AADu/wAA7//s/+//7P/x//H/FADv/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAATAPr/8f/y/+//7v/w//P/8P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/7f/u/xYA7P/s/wAAAAAAAAAAAAAAAAAAAAAZAAAAAAAAAAAA5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//b/7v/1//f/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAANv/6v/v/xgA6f/s/+7/9v/t/+f/6P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2/+7/9f/3/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/6v/r/+v/6v8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAPj/FADt/+z/7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//H/7//t/xQA7f/t/+3/8v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACkA+f8AAAAA9P/a/+L/6v/r/woADQDn/wAA8//u/93/7P/s/+3/7P/t/+z/FADs/+z/7P8UAOz/9//s/+z/7//s/+z/6//i/+z/6v8WAOr/AAAAAAAAAAAAAAAAAAAAAOz/7f/1/+7/AAAUAOz/7f/s/+z/FADu/+3/7P/s/+z/FAAAAAAAAAAAAOz/7P8AAAAA8P8AAAAAAAASAPn/8f/b/+n/8P/r/+7/AADY/wAAAAAAAAAA8v8AAAAADwAAAPr/+P8AAPT/AAARAAAA+v/p/+f/8P/j/+n/7P8ZAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/1/+7/AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAGQAAAAAAAAAAAO7/8f/5/wAAAAAAAAAAAAAAAAAAAAAUAPT/7//0/+//7P/u/+z/4/8ZAOn/6v/p/+n/6P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD2//H/9v/w/+z/7v/s/xQA9P/v//T/7//s/+7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAO3/AAAUAOv/8P/x/97/AAAbAPr/4/8AAAAAAAAAAAAAAAAAAAAA1v8AAPb/xv/r/77/AAAAAAAAAAAAAOz/AADu/wAAFADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAA+v8AAOr/AAAWABQA9//x/+7/8f8AAO7/3f/w/9L/3//D/9X/8f8HAMn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f8AAAAACAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z//n/7f8AABQA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+j/6//q/+r/6v8XAOb/7P/o/xcA6P/t/+L/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/N/+D/6v8kAOj/5P/c/+n/7P8AAAAA7v8ZAOz/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/+r/6v/q/7n/IgC+/wAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAO3/7P/s//D/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/r/+z/7P8UAOr/7P/6//j/FADs/+z/6//r/xUA9//1/+3/6f/s/+j/AAAAAAAAAAAAAAAAAAAAAO7/6v/r/+7/FQDs/+v/6f/s/+z/7f/u//L/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO7/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9//2//b/7f/u/xQA7/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcAAAAAAAAAAAAAAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA/+7/yP/P/8r/zP/5/xMA3v/z/9P/x//v/8n/IwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/7f/s/+v/6P8UAAAAAAAAAAAAAAAAAAAAAADM/9X/2f8eANn/6f/X/9f/AAAVAOf/2P/s/9//2f/m/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/6v/s//f/9f8UAOz/7P/r/+H/JgDn/+n/4f/q/9r/6v/r/83/0v/S/6//z//u/w4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAM3/zv8AANn/1//q/9j/AAAAAAAAAAAAAAAAAAAAAOf/5//r/+n/8v/t/xYA4//s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//r/7v/0/+j/FADs/93/6v/b/yMA0//X/9X/6f8AAL7/uP8HAPn/BwDS/9f/6//q/+r/6v/q/+j/FgDr//L/7P/u/+n/8f/s/+z/EQDn/xMA7P/s//b/7f/n/+r/AAAAAAAAAAAAAAAAAAAAAOv/FQDr/+n/7f/s/+j/7P8AAAAAAAAAAAAAAAAAAAAA7f/t//L/7P/s/+z/7P8UAOL/JwDr/+z/4P/r/9j/6v/s/+z/FAAAAOz/7P/Y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5//p/+7/7P/p/xgA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/5f/q/+f/AAAaAOb/4f/s/+7/7//7//P/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPH/7P/s/+z/7f8UAO3/7P/s/+z/7P/k/wAAFgDv/+r/AAAAAAAAAAAAAAAABgAAAOj/1//q/+v/3/8ZAOT/4v8AAAAAAAAAAAAACAD6/wAA7P/s/+z/7P/s/xQA7P/s/wAA2P/e/+f/AAAAAOr/2/8AAAAAAAAAAAAAAAAAAAAA5//s/+f/7//q/wAAEwDY/wAAAAAAAAAAAAAAAAAAAADd/+j/7P/j/9z/JQDW/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAPAAAAAAAAAAAA8v8AAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/w0A6v8AAAAA3//t/+z/7f/7/+z/7f8VAOv/7P/s/+3/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/9T/FwDq/+X/6P/m/+r/7P/r/+n/7P/q/xQA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAOv/AAAVAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/2v8kAN3/8//Z/+b/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+n/6f/s/+z/4//k/xYA6//p/+n/7P/s/+P/5P8WAOv/AADs/+//AAAAAB4A6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/FgDt/+v/5//p/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/4/wAA9P8AABEAAAD6/wAAAAAAAAAAAAAAAAAAAADs/+z/7/8AAO7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPT/+f8AAPP/AAAUAO3/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAAAAAPD/AAAAAAAAEgD5//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s//f/7f8AAAAAAADp//T/GAD0/+r/7P/v/+3/6v8WAOr/AAAAAAAAAAAAAAAAAAAAABQA7P/t//b/7P/s/+z/7P/s//D/7f/w/+7/7P/s/xQA8v8AAAAAAAAAAPr/GQD7/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAAAA7f/m/+z/6f8AAO3/FwDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+L/6//s/xYA7P/s/+n/AAAAAAAAAAAAAAAAAAAAAOv/FgDr/+v/8f/r/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAO3/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAPL/+//u/+7/7P/t/xQA7v/s//X/+//t/+z/7f/V/9X/5f/z/+L/1P8rAN//JwDh/+j/2f/x/+H/2f/p/wAAAAAAAAAAAAAAAAAAAADY/xsA5//f/+b/6P/k/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAADw/+n/6v/r/+3/5v8TAOv/AAAAAAAAAAAAAAAAAAAAAO3/+v8AAO//AAAUAOz/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAADs/xQAAAAAAAAA7f/s/+3/AAAAAAAAAAAAAAAAAAAAAN3/DQDV/+T/2//a/+L/AAD6/w8AAAAAAAAAAAAAAPr/7f8AAAAA9f8AABgA6P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8//u//r/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AABQAAADs/wAAAAAAAO3/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/4/wAAAAAAABUA+//s//D/FADu//P/7P/s/+z/7P/o/xoA7P/v//L/7f/e/+L/AAAAAAAAAAAAAAAAAAAAAOv/GAAAAOv/AAAAAPH/AAD5/9r/AAAhAPf/4f/o/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/r/+L/7P/q/xYA6v/s/+z/6//i/+z/6v8WAOr/7P/x//H/FADv/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAALwDv/wAAAAAAAOv/4P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAAAADu/+3/7P/u/wAAAAAAAAAAAAAAAAAAAADm/+f/6v/q/+n/6f8YAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDt//X/6f/s/93/8f8AAAAAAAAAAAAAAAAAAAAA6f/p/+z/7P/j/+T/FgDr/+z/7P/s/+z/7P8UAOz/7P/s/+z/FADr/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7f/s/+z/8//s/xQA7P/t/+3/7P/s//P/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/8v/6/+7/7P8VAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/a/wAA+f8VAPL/5f/s/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+7/9P/u/+r/FgDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDt/+3/9v/0/+z/6f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAgA6//z/wAA6//w/+v/6/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAA9f8AAB4A4P/v/wAA7f8AAAAAAAAfAOP/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FgDq//j/7P/t/+j/7P/u/xYA6v/4/+z/7f/o/+z/7P/s/+7/7P/3/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADU//X/6//c/+D/2P8AAPP/AAAAAO//AAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/m/+H/2v/a/x4A1P/e/9b/AADx/8b/5//M/wAA+v/s/+z/7/8AAAAA7f8UAPD/FAD7/wAAAAD5/+7/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/1f/6/wAA+/8AACkA6v/j/wAA+/8AAPT/7/8TAO//+/8AAAAAAAAAAAAAAAAAAAAA2/8gAOr/4//w/+z/3v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+3/+f/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/b/9r/6v/j/+L/6v8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/xQA7P/q/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+P8AAAAAAAAVAPv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s//H/AAAVAOz/6//s/+j/1v/q/+P/3v8ZAOT/4f/u/+z/9/8AAAAA8/8UAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7//w/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/xYA6f/5/+L/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2//n/+f/6/+z/FADu/wAAAAAAAAAAAAAAAAAAAADs//D/5//w/wAA7P8UAOz/7f8AAAAA9f8AABgA6P/v/wAAAAAAAAAAAAAAAAAAAAD0//j/AAAAAAAAEAD7//n/5/8bAOf/7//q/+v/5f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAADm/+b/6//p/+z/7P8WAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7//p/+j/6v8ZAOn/4f/s/+z/6v/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAA7v8AABgAAAAAALj/2P/i/9v/+f/3/8T/CADs/+z/AAD4/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAD4/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAANH/5v/n/+b/4P/n/+n/IQAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7v/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAVAOz/7P/s/+f/6//q/+n/AAAAAAAAAAAAAAAAAAAAAOz/7f/t/+//8P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAA+f/p/xgA+v/0/+j/7P/n//D/4v/Y/9r/2P/t/9f/3P8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5//m/9r/GQDo/+f/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/4/wAA9P8AABEAAAD6/wAAAAAAAAAAAAAAAAAAAADr/+v/6//r/+v/6//q/xUAAAAAAAAAAAAAAAAAAAAAAOv/6v/t/xQA4v8AANn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+/8AAO7/AAAAAAAAAAAAAN7/5//X/+j/4f8AANj/AAAbAAAAAAAAAAAA8v/z/wAAAAAAAAAAAAAAAAAAAADl/+f/6v/q/+r/GADo/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/FADw//v/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+//8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/u/+z/8f/s/+3/FADs/xQA7P8AAAAA7v/t/+z/7f/t/+7/7P/x/+z/7f8UAOz/+v/4/wAA9P8AABEAAAD6/+n/7P/a/+z/8v/Y/x8A7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAAAAAAAAAAAA5//s/wAA7P/s//L/7P/3/+z/FADs/wAAAAAAAAAAAAAAAAAAAADl/+X/6v/n/wAAGgDm/+H/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/1/wAA7f8AABQA7//s/+n/6f/q/+j/6/8XAOj/5/8AAAAAAAAAAAAAGwDy//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/7P8UAOz/7P/r/+z/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAO3/7P/0/xQA7P8AAAAAAADt/+z/9P/m/yAA9P/4/+j/9v/f/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADB/+D/wP/W/9z/z/8zAOb/AAAHAAAAAAAAAAAAAAAAAPX/6/8AAPj/AAD0/xYA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//L/+v/u/+z/FQDr/+v/AAD7/wAA9P/v/xMA7//7/9//5P/k/+D/4v/p/yAA5f/3/wAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P/s/xQA+v/7//n/8P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/4//R/ygA3P/b/+j/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/8n/1P/J/8r/GADp/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOX/AADq/+b/6v8AANT/3f/n/xsA5//v/+r/6//l/+z/AAAAAAAAAAAAAAAAAAAAAN3/AADg/+7/4f/s/9z/EgAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAAPD/EwDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7//s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/v/+z/FADs/+z/8P/n//D/AADs/xQA7P+//+r/nf/D/8f/0P/p/ycABgAIANb/vf/u/87/1P/C/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8AABQA7P/s/+z/FADt/+//7v8AAOz/7P/s/7j/q/+s/9L/w//2/7n/DgAAAAAAAAAAAAAAAAAAAAAAJwDg/9j/3//r/9b/7P/N/+f/6v8AAAAA5f/s//D/GAAAANj/5v/a//j/8//n//r/7P/s/+3/7v8AAOz/FADs/+L/zf/u/9v/6/8YAOz/5//l/83/ov/r/9P/8//l//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9j/2//p//H/5f8AAAoAAAAAAAAAAAAAAAAAAAAAADEAsv/F/8T/1P/O/9D/yf8AAAAAAAAAAAAAAAAAAAAA5//3/+3/AADa//P/9P/u/+z/AADy//n/7v/7//T/FQDK/7j/2v+//8n/0f83AMn/6v/o/+z/6//s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/6/8UAOz/7P/z/+//9f/u/+z/7P8UANj/4/8QAAAA3f/r/+//5f8AAAAAAAAAAAAAAAAAAAAADADo/+3/6//r/wYA3v/o/+j/2v/Y/+b/AADX/+X/AAAAABQA6f/s/+z/7P/Y/+z/7P/s/+z/7f8AAOz/FADs/+T/6//q/+j/5v/r/+f/FgDs/97/2f8QABEA2P/q/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/7z/3//k/9v/IgDa/8v/8f/z/9H/8f/w/+f/8v/c/9j/3v/f/+L/+v/X/9z/KQDs/wAA9P/u//f/KgDo/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u//b/7/8AANL/9v8lAPb/w/+t/9L/y//W//H/2//s/+z/FADt/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOH/1v/s/9j/6f8vAN3/0f/m/yAA9P/4/+j/9v/f/+b/9P/H/6r/uf/I/9v/8P/j/+z/7//s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6/8VAOz/6//r/+v/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u//X/FADx/+z/7P/t/9P/CAC6/+n/0v/i/w4A6v8AAAAAAAAAAAAAAAAAAAAA6//r/+3/8v/m/+v/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//7P/v/xIA7P/Z/97/DADp/wAA2v/Z/9//3v8AAAAAAAAAAAAAAAAAAAAA5f/J/97/4P/O//r/DgDS/wAAAAAAAAAA7v/6/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/+/8TANf/1v/R/8T/0P/s/+v/7f/w/wAAFADt/+z/6//V/+j/7f/r/xgA6v/r/wAAAAAAAAAAAAAAAAAAAAAUAPP/7//z/+//7P/u/+z/6v/i/7n/7P8AAOz/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8VAPT/9/8AAOz/9P/5/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/9n/AADz/xUA7v/j/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//P/7v/6/+z/FADt//L/FgAAAAAAAAAAAOv/9v/i/+v/5v/t/9L/4f/q/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+3/7P/s/+b/5P/s/+r/3P/s/wYAAAAAAAAAAAAAAAAAAAAAAAAA0f8mANv/w//V/7X/6v+5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/+z/7v/s/xQA7P/s/+z/7P/Y/xcA5v/Z/+D/5v/c/+r/7P/u/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/xUA7P/r/+v/6//r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/s/+z/7P/s/+z/FADs/+3/7//w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADv/+z/7f/5/+7/7P/s/xQA7//s/+3/+f/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADu/+z/9/8AAAAA8/8UAPL/AAAAAAAAAAAAAAAAAAAAAOr/FgDs/+z/6//s/+r/4v/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/e/yUA1//a/9j/5f/l/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/FgDp//n/4v/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+z/9//s/wAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/9f/t//D/BQDs/+j/4P8AAAAA8f/7//n/HADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/6//r/+v/6//r/+v/FQDq/+z/2//t/+3/7f/s/xcA7f/p/+b/6P/q/+z/5/8aAOf/FADs//D/7P/u/+z/7P/s/xQA7f/5//L/8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADd//T/+f8AAOf/9v/5/yMA+f8AAAAAFQAAAAAA7P/r/wAAAAAAAAAAAAAAAAAAAADr/+z/6v/r//D/2P/n/xgA7//7//L/+/8AAAAAAAARAAAAAAAAAAAAAAAAAAAAAADb/yAA6v/j//D/7P/e/+X/7P/s/+z/FADs/+v/7P/s/+j/5f/o/+b/6f8ZAOb/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/7P/w/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAvAO//AAAAAAAA6//g/+3/AAAAAAAAAAAAAAAAAAAAAMf/y//V/9r/1f/a/z8Av/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/4//s/+//7f/p/xYA4P/e/+X/6v/r/9H/6P/q/yQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/+3/8v8AAOz/FADs/+z/7P/t/+3/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/FgDr/+r/6//r/+r/4/8AAAAAAAAAAAAAAAAAAAAAFgAAAPf/AAAAAOz/6v/t/wAAAAAAAOz/AADs/wAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//t//f/AAAUAOz/7P/s/xQA7//u/+z/7P/s/+3/3f/m/+z/7f/y/+v/GQDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//9//v//f/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADv/+7/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAATAO3/+//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAADv/xgAAAAAAAAAAAAAAAAAAAAAAAAA3v/1//n/AADo//f/+f8jAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+b/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOn/6//q/+f/6P/r/+r/FQAAAAAAAAAAAAAA7P8AABQA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr//H/9P/2/wAAGgD6//j/AAAAAAAAAAAAAAAAAAAAAOv/8/8AAPT/AADr/xUA+f/s//X/AADt/wAAFADv/+z/AAAAAAAAAAAAAAAAAAAAAOT/5v/h/9r/2v8eANT/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/7f/x/+z/+v8UAPP/7P8AAAAAAAAAAAAA7P8AABQA6//V/+j/7f/r/xgA6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAAAAASAAAAAADp/+v/7P/r/+v/FQDs/+v/8v/q//n/8/8AABcA6v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/7P/U/+3/8/8XAOz/5/8AAAAAAAAAAAAAAAAAAAAA7f/t/+z/7v/w/xQA7f/t/wAAAAAAAAAAAAAAAAAAAADt/+//AADv/wAAFADs/+//5//s/+z/6P/U/xUA6v/r/+7/8P8AAN//7f8VAOz/2v/n/9j/3P/g/+b/y/8AAC4AFADw/wAA8/8AAOz/7P/s/+v/7P/4/+v/7P8nAPn/5P8AAPn/6f/q/wAAQwAAAMT/AAAAAAAAAAAAAAAAAAAAAOv/7P/q/+n/6//g/+z/FgAGAO3/9P/t/+//AADs/+z/7P/s/+z/5P8AABYA7//q/wAAAAAAAAAAAAAAAAAAAAD2/+3/8f/s//r/FADz/+z/7f/s//L/3f/x/xUA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/f/97/5P/n/9f/2v8oAOz/7P/y/+3/9P/s/+z/FADs/+z/7v8AAPn/7P/s/xQADwAAAAAAAAAAAPr/+P8AAAAAAAAAAAAAAAAAAAAAAAD6//j/AAD0/wAAEQAAAPr/AAAAAAAAAAAAAAAAAAAAAPr/+P8AAPT/AAARAAAA+v/6//j/AAD0/wAAEQAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAOz/7v/v/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/1v/n/87/4P/a/ycA1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/s/+z/7P/t/+z/GgDt/xQA8P/v//b/AADu/+z/8v8ZAPf/z//a/9b/2P/L/+b/7P/s//T/7f/s/xQA7P/s/+z/FQD3/+z/9//x/+z/6//p/+v/6v/n/+j/6//q/xUA6//r/+3/8v/m/+v/6/8VAPH/FADw//v/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+7/9f8UAPH/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk//H/AAAVAPr/7P/Z/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/x/+//7f8UAO3/6P8bAOr/5P/p/+r/4f/m/y4A7P8AAPj/AAD3/9L/AAAAAAAAAAAAAAAAAAAAAAAA8/8WAPn/AAAAAOv/6//x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD6/wAAAADs/+z/9//z/xYA+f8AAAAA6//r//H/7P/s/+v/4v/s/+r/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/s/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8WAO7/7f/1/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAD7/wAA8//s/+z/BgDt//T/7f/v/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+z/6f/p/xUA6//r/+z/9P8AAOz/9v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAAAABgAAAPT/9v8AAO3/7f8UAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/9P/1/+z/FADx/xQA8v8AAPX/7//s/+3/7P/a/xQA8v/t/wAAAADs//D/6P/l/+f/6P/o/+P/GwDl/+3/+v8AAO//AAAUAOz/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/KgDq/+f/2P/c/9b/1//t//r/AADv/wAAFADs/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/AADt//P/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6//s/+v/6/8VAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+n/6f/w/+z/5v8YAOn/7P/q/xYA6f/5/+L/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u/+z/8f/s/+3/FADs/wAAAAAAAAAAAAAAAAAAAADs/xQA7//0/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACcAzP/p//D/6P/N/8z/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAA9f8AABMA7v/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/x4A7P/r/+T/6f/c/+L/AAAAAAAAAAAAAAAAAAAAANr/7P8AAAAAFADr/wYA7P8AAAAAAAAAAAAAAAAAAAAA+v/4/wAA9P8AABEAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAaAO7/9/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAA9P/v/xMA7//7/+z/9v/5//n/+v/s/xQA7v/p/xgA+v/0/+j/7P/n//D/AAAAAAAAAAAAAAAAAAAAAPr/+P8AAPT/AAARAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACcAAADa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+3/7P/r/+7/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAD1/wAAEQDt/+7/8//w/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAA9f8AABEAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/o/+z/8v/n/+v/6/8VAOz/7P/s/+z/7P/s/+z/FADs/+3/7f/v//D/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPL/9v/o//L/1P8AAPf/3f/s/+v/7f/s/+v/7v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+j/7P/y/+f/6//r/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA6//s/+z/7P/h/+z/AAAAAAAAAAAAAAAAAAAAAO3/7f/y/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/4/wAAFADy/+z/7P8AAAAAAAAAAAAAAAAAAAAA2f/E//b/5P8fAOr/2v/h/+z/7P/w/+//7v/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//H/7//t/xQA7f/s/+z/7P/s/+3/7f8UAOz/2P8sAOr/6f/y/+//0v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/s/+//AADs/+n/7P8FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMX/3v8ZAAkA6v/k/wAAyv/j/+v/+P8AAAAA5f8dAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA6//r/+r/5v/l/93/+v/4/wAA9P8AABEAAAD6/+b/AADn/xMA5v8GAPX/+v/s//D/5//w/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s/+3/AADv/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADY/9z/6f/U/+v/IwD0/+v/2f/W/yoA0//h/9j/1v/K/wAAAAAAAAAAAAAAAAAAAADB/77/AAAOAMb/1P/U/wAAAAAAAAAAAAAAAAAAAAAAAO7/FADt//r/9v/y/+r/7f/W/wcA4v/X/97/1/8AANb/AAAAANj/2P/w/+3/2//j/wAA2f/Y/xAA6f/T/9//CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/xYA6v/p/+v/6v/r/+f/8v8AAAAAFAAAAOz/8v/s/wAAIgAAAAAAAAAAAOv/AADr/+v/6//r/+b/6/8VAOz/AAAAAAAAAAAAAAAAAAAAABMA7v/w/+f/+v/5/+r/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+/8AAO7/AAAAAAAAAAAAANT/2f/Y/+D/EACz/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0/9H/uv8UANX/9f/b/9f/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/3v/T/xEA3/+i//r/8v8AAAAAAAAAAAAAAAAAAAAAAAD6/xMAAAAAAPv/AAD0//v/8P/s//P/+v/x/xQA7/8PANb/5//c/wAA2P/u/+D/2f8AABYA0P/f/+H/9v/M/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+v/7P/r/wAAAAAAAAAAAAAAAAAAAADu/9j/0//p/wAA7f8bANj/7P8UAOz/7P/t/+z/7P/s/xQA7f/z/+z/AADo/+z/7f8UAAAAAAAAAAAA7P/s/wAAFADt/+7/7f/w/+z/7P/s/xMAAAAAAAAAAADt/wAAAAAVAAAAAAAAAAAA+f/s/wAA7P/s/xQA7P/s/+v/7P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8PAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAAAA7P/t//H/7P8AAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/93/8f8AAAAA9f8nAAAA8v/4/wAA7f/6/+n/EgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8P8AAPP/AADs/+z/7P8AAAoAAAAAAAAAAAAAAAAA5v8ZAOf/6v/n/+v/6P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8TAAAAAAD7/wAA9P8AAAAAAAAAAAAAAAAAAAAAFADs/wAAAADu/+3/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/+//q/+v/5v8bAPT/AAAAAAAAAAAAAAAAAAAAAAAA6f/s/wAA8P/s/+v/6/8WAOf/5//q/+b/6f8gANT/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//t//L/5v/r/+v/FQDs/+//9//v//f/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/0/+7/AAAUAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//X/7v8AABQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//X/7v8AABQA7P/t/xQAAAAAAAAAAADx/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAA0A7P8UAO7/8v8AAPH/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/xYA6f/5/+L/6f/r/+z/6v8WAOn/+f/i/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+f/FQDm/93/5//n/+P/AAAAAAAAAAAAAAAAAAAAAO3/8f8UAO//8P/t/+z/7P/0/+3/FQD1/+7/8P/s//f/6P/p/xoA6v/p/+f/4P/o/+f/6P8ZAOL/5//m/+j/5v8AAAAAAAAAAAAAAAAAAAAA7f/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/wAA7f8cAOz/6f/k/xQA7P/u//v/6v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA2P8OANj/2//Z/+n/AADY/wAAAAAAAAAAAAAAAAAAAADr/+r/7P/s/+7/6//s/xQA6v/v/+n/6P/q/xkA6f/h/9T/6v/2/+D/4v8rAOf/2f/s/+v/7f/w/wAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/v//j/AAAAAO7/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwDl/+f/5f/7/9v/3P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDt/+3/9v/0/+z/6f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADr/+z/6v/s/+z/7P/s/+z/7P/s/+z/7P8UABQA9P/v//T/7//s/+7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/AAAAAAAAAADz/xoAAADh/9z/+v8AAAAA9/8iAPv/1f/P/9//7P/m/9b/2P8qAAAAAAAAAAAAAAAAAAAAAADs//H/AAAAAAAA7f8UAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/c/+b/2v/q/ygA2v/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADv/+3/7P/s/+z/7P/t//P/7v/6/+z/FADt/+z/7P8AAPP/FADs/+z/7P/t/9r/JADd//P/2f/m/+n/AAAAAAAAAAAAAAAAAAAAAOr/6P/k/+r/6v8MAAAA0/8UAOD/9f/t/+r/AADc/+r/6f/q/+r/6P/q/+X/6/8WAAAAAAAAAAAAAAAAAAAAAACw/93/r/+2/87/JAD2/7n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//h/+v/6P8AABwA4f/Z/wAAAAAAAAAAAAAAAAAAAAAAANj/3v/n/wAAAADq/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoAAAAAAAAAAAD1/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7//w/+z/7P8UAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//3/+//9//s/xQA7P/s/+3/7f/v//D/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDs//b/7f/6/+X/6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+3/9/8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALr/CADX/9H/x//o/xkA2v/v/xQA7P/u/+//7P/r/+z/7v8WAOr/+P/s/+3/6P/s/+z/7P/t/+7/AADs/xQA7P/s/+b/7P/a//D/7P8VAO3/7P8UAAAA9v8AAPL/7v/v/wAAGQDu/+f/9//s/+f/AADx/xQA7P/t/+7/6//s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAPn/6/8AAAAAAAAAAPP/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAEwD5//P/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+3/6v8VAOv/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/4P/n/+v/FQDs/+z/7P/s/+z/7P/s/xQA7P/2/+7/9f/3/+3/FADt/+z/9v/u//X/9//t/xQA7f/x/+z/6v/p/+z/6P8SAOv/AAD7/wAA9P/v/xMA7//7/+L/1P/M/+r/2v8hAOP/zP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAD0/+//EwDv//v/+//w/+z/8//6//H/FADv//n/8f8AAAAAHAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/FQDr/+z/6//s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8bAOj/1P/Z/9L/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADx//n/7//t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD2/yEAAAAAAAAA+//7/+b/7P8VAOL/8//q/+j/7P/r/+z/FwDt//L/9v/p/+j/7P8AAAAAAAAAAAAAAAAAAAAA4//r/+r/7v/x/+j/FgDp//H/FwDx/wAA7f/y/+j/+f/s/xQA7f/t/+3/7f/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/y/+z/9//s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6f8UAOz/7f/r/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD4/+3/7P/t/+7/FADw/+z/AAAAAAAAAAAAAAAAAAAAAPr/+P8AAPT/AAARAAAA+v8AAAAAAAAAAAAAAAAAAAAA7f8AAPv/+//u/+//FADy/wAAAAAAAAAAAAAAAAAAAADi/+j/6P/l/+j/GgDl/+P/AAAAAAAAAAAAAAAAAAAAAAAA5//s/+z/6f/q/+T/DQAUAPL/AAD1/+//7P/t/+z/6v/X/9b/5//l/x8A6P/q/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAUAAAA7P/s/+z/0v8wAOX/4v/i/8//zP/O/+7/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8fAOn/5//q/+f/3f/e/+z/7f/t//j/+//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAAAAAAAAAAPr/+P8AAOz/7f/s/+3/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAM//4f/i/9j/y//l/9H/KwAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7P/x/+v/6v/s/+v/FQD3//X/7f/p/+z/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/8v/u/wAAAADs/xUA8//t/xYA7f/w//T/6//p/+z/7P8AANv/7P/f/+b/AADj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/AADt//P/7P/t//D/GQD7/wAA+/8AAAAAAADr/xYA6//w/+v/6v/q/+r/7P8UAOz/8P/u/+z/7f/t/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P8UAOz/7P8AAAAAAAAAAAAA8f8AABAA7P/s/+7/7P/s/xQA7P/s/+j/0v/p/+r/5P/p/x0A5P8AAAAAAAAAAAAAAAAJAAAA7P/v//f/7//3/+z/FADs/wAAAAAAAAAAAAD6/w8AAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/xwA5f/h/+X/6P/b/93/7P8UAOz/7P/s/+z/7P/s/+z/7P/t/+3/7v/s/+z/FAAAAAAAAAAAAAAACAD6/wAAEwDv/wAAAAAAAPH/8v8AAAAAAAAAAAAAAAAAAAAAAAAAANb/6//m/+r/4/8AAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO3/7P/s/+z/FAD7/wAAAAD5/+7/7P/y/ygA2f8AAAAAAADx/9j/7P8AAOr/6P8AAAAA1//j/+r/5//s/+T/1f/u/9D/GQDn/woAAAAAAAAAAAAAAPj/AAApAAAAAADx/wAA5//X/+j/FADs/+3/7//x/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAUAOz/8P/s/+7/7P/s/+z/7P/N/xsA0v/m/8j/zP/K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x//f/AADz//n/FADt/+z/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+//7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/Z/wAA2f/5/wAAAADs/9X/0v/x/wAA8//z/ygA4//X/+D/5f8jAOP/4//d/9n/KQD6/wAAAAAAAOv/2/8AAAAAAAAAAAAAAAAAAAAAAAA2AMf/yP/I/87/sv/T/8j/AAAAAAAAAAAAAAAAAAAAAC8AAAAAAAAAAAAAANH/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7P/3/9D/DADX/9f/2P/6/wAAzv8VAO3/4//x/wAA5f/s/+3/CgDJ/9L/4v/X/9//4P/m/wAAAAAAAAAAAAAAAAAAAADs/+//8v8AAAAA+v8UAAAA7P8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/s/wAA7P8UAO7/AADt/+z/8P/2/wAA2v/u/xQA5//w//f/AADt/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC4A7P8AAPj/AAD3/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADx/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAAAAACYA3P/m//X/9P/d/9r/5v8FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAABQA7f/t/+z/7f/s/+z/7P/j/+j/2v8AAO7/2f8LANn/AAAAAAAAAAAAAAAAAAAAANb/4//4//X/8v/i/yEA6P8AAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/t/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAWAOn/6//q//j/9v/q//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/8f/2/+z/7P8UAAAA3v/f/+z/7P8LAOP/5f8AAAAAAAAAAAAAAAAAAAAA7P8VAPf/7P/3//H/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/8f8AAAAAHAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/s/+z/FADs/+z/7P/v//r/AAAAAAAA7v8TAO//AADY/97/5/8AAAAA6v/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//P/7v/6/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDo/+n/6//q/+z/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1//T/9//w/+z/7v/s/+3/7f/y/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//s/+v/5//u/+b/GgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvv/B/8X/CgDK/8z/uf8dAOz/1v/s/97/5//W/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9P/3//0/xcA1//q/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/FQDs/+v/5P/s/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO//7P/u/+z/7v/s/+z/FADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAPj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAABUAAAAAAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8UAPH/8/8AAOz/8P/z/xQA7P/4/+n/6//r/+v/7P8AAAAAAAAAAAAAAAAAAAAAFAD1//T/9P/6//L/7P/w/+z/7P/s/+z/7P/s/xQA7P8uAAAAAAAAAAAA3f/V/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADn//b/7//r/+z/6//s/xQA7P/u/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPT/AADz/+7/7P/s/+3/7P8UAAAA9v8AAPL/7v/v/+f/FgDs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/v//L/AAAAAPr/FAAAAAAAAAAAAAAAAAAAAAAAAADn/+r/7//5//n/5f8XAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xQA7P/u/+7/7f/s//P/AAAAAAAAAAAAAAAAAAAAAOr/6//r/+v/6//q/xYA6P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AADZ/97/2P/Z/wAA2P/s/+z/7v8AAPn/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAACkA+f8AAAAA9P/a/+L/6v/p/+r/6//r/+z/FQDr/+n/+f/r//L/AAAAAPH/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8gAPf/+P/s//v/3v/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHgD1//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAA5P/d/97/2f8AANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAGQAAAPb/7P/t//X/7v8AABQA7P/t/wAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAAEgD4/wAAAAAAAAAAAAAAAAAAAAAAAOz/7f/1/+7/AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8UAAAAAADv//X/7P/t/+z/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8P/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANf/AADR/9P/1P/N/wAA5v8aAOz/7v/y/+//5f/q/93/AAAAAAAAAAAAAAAAAAAAABsA2P/v/+//8f/k/+v/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAD6/xUAAAAAAPD/AAAAAAAAEgD5//H/6P8WAOv/6P/r/+v/6P/q/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPD/IgDm/+L/2v/c/9P/3v/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+//+//z/xQA7P/s/wAAAAAAAAAAAAAAAAAACwDr/9T/1P/l/+T/5f/g/x8A7f/x/xQA7//w/+3/7P/s/wAAAAAAAAAAAAAAAAAAAACn//b/qP8HAL3/yP8AAPL/4v8VAAAA8P/4/+v/7P/s/+3/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA0f/U/9n/yP/0/zIA0//M/8v/z//2/+f/1f/z/8f/KwAUAOr/7P/s/+z/7P/s/+//AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7f8VAOv/6//p/+r/7//t//f/FwDs/9j/+P/5/wAA+P8AAOz/AAAUAOz/7P/s/+z/7P8UAOz/7P8UAPn/9/8AAAAA9P/s//f/AAAAAAAAAAAAAAAAAAAAAM7/GwDW/7n/AAAcAMT/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/xMAzv8AANv/zf/U/+D/7P/s/+3/7P8AABQA7f/t/+z/7P/p/xUA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v8AAOz/FADs/wAA4f/r/9j/9f/s/wAA6v8AAAAAAAAAAAAAAAAAAAAA6//h/w8A8/8AAMT/1f+q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAUAOz/7v/s/+3/5//s//H/2v8AAOn/GgAAAO//+P/3/wAAAAAAAAAAAAAAAAAAAADg/9T/6//q/+n/+/8AANL/DwDp/+v/1f/Y/wgA2v/Y/wAAAAAAAAAAAAAAAAAAAAAAALv/HQDK/93/1P/m/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/9j/0//P/+L/1v/0/ycA5P8AAOv/2f/p/9z/DwDj/wAAAAAAAAAAAAAAAAAAAAANANX/0v/H/8//9P/c/wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wwAAADI/9j/AADY/83/FADt/+7/7f/w/+z/7P/s/xMAAAAAAAAAAADt/wAAAAAVAAAAAAAAAAAA+f/s/wAA7P/t//X/7v8AABQA7P/t//b/IQAAAAAAAAD7//v/5v8AAAAAAAAAAAAAAAAAAAAAuP8AAMT/3P/X/9L/AAAgAOz/7f/1/+7/AAAUAOz/7f/T/xYA1//s/+P/7P/q/+n/FADv/+z/7P/v/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8aAO7/8//p/+n/6P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAAAAAA+v8ZAPv/8v8AAAAAAAAAAPr/GQD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/T/93/3/8AAN7/LgDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADu/yAA+f/u/wAA9/8AAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAWAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/8/8AAAAAAADt//T/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7f/2/+3/AAAUAOz/7v/s/+3/9f/u/wAAFADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//X/7v8AABQA7P/t/+z/7v/0/+7/AAAUAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/9f/u/wAAFADs/+3/AAAAAAAAAAAAAAAAAAAAABUA7P/t/wAA7P/r/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/7P/u/+3/7f/s/ysA7P8AAAAAAAAAAAAAAAAAAAAAAADt//H/7v/v/+z/AADs/wAAAAAAAAAAAAAAAAAAAAAUAPv/AAAAAPn/7v/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAAAAAO3/AAAvAO//AAAAAAAA6//g/+3/AAAAAAAAAAAAAAAAAAAAAOn/7P/x/wAAFQDs/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/7v/v/+z/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6P/n/9//7P/Y/+n/JwDo/xYA7P/t/+z/6//p/+f/7P8UAAAAAADu/+3/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/r//v/6P/s/xoA4v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8YAOn/6//o/+r/6P/q/wAAAAAAAAAAAAAAAAAAAADr/+7/7P/r//T/6v8VAOv/FADt/+3/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8gAPn/7v8AAPf/AAD0/+v/7P/r/+z/4P/n/+v/FQAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/s/+z/7P8UAPL/AADu/wAA7v/s//n/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//+//y//v/AAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAA6/8aAOn/6f/l/+n/4//l//D/GgAAAAAAAAD5/+//8f/y/xcA+P8AAPb/7//p/wAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAAAAABcAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAPL/+//u/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAMT/4//B/8v/DgDo/8z/7P8UAOz/7P/u/+z/4v/s/wAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD5/wAA7P/s/+z/7P/s/+z/FADs/+z/FQDu/+z/7P/r/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/FAAAAAAA7//1/+z/7f8AAAAAAAAAAAAAAAAAAAAA5/8WAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAD2//f/7f/7//n/IQAAAAAA+v8AAOb/AACz/wAAnv+u/7f/qv8XAJH/2f8XAOr/6v/X/9D/7P/O/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/GAAAAOv/AAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAA5v/s/+7/7P/s/+z/FADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAO//7v/q/wAAAAAAAAAAAAAAAAAAAADs/+z/8v/3/+7/7/8UAO//FADs/wAAAADu/+3/7P/u/wAAAAAAAAAAAAAAAAAAAADs/xUA7f/1/+n/7P/d//H/8P8UAO7/8//s/+z/7P/s/+P/AADq/xQAAADq/+j/3//3/xsAAAAAAAAAAADl/wAA+v8eAAAAAADy//v/+f8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/v/+3/7f/w/+7/AAAYAAAAAADw/wAA+v8AAO7/FQDs/+z/9f/m/+H/7P/v/xQA8v/7/+7/7v/s/+3/4f8ZAOH/5f/c/9v/7P/p/+z/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA1f8pANz/zf/c/9n/zf/Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/FAAAAAAA7//1/+z/7f/s/xUA9P/z/+3/6//s/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/ygA4v/t/97/4P/P/9j/6/8YAAAA6/8AAAAA8f8AAOz/AADp/+r/7v/e/wAA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+f/6v/l/+n/6f8YAOj/AAAAAAAAAAAAAAAAAAAAAO3/FQDs//X/7P/t/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADs/+v/7P/s/+v/6//h/x4A7P/r/+T/6f/c/+L/zv8jAOj/4P/g/+j/1P/d/xQA8P8AAPP/AADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAPb/AADy/+7/7/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/s/+z/6//s//H/FQD0/wAA+P/t/+v/7v/s/xQA7P/s/+z/7P/s/+z/8P8gAPf/+P/s//v/3v/k/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/s/+z/7P/s/+z/7P8UAOz/7P/s/+3/7P/s/+r/HwDr/+3/4f/n/9j/7P/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/FQDs/+z/7P/r/+v/6//s/xQA7f/t/+3/7f/r/+z/7f8VAO3/8P/v/+7/6//v/wAAAAAAAAAAAAAAAAAAAAAAACEA+v8AAPD/8P/6//P/AAAAAAAAAAAAAAAAAAAAAOz/4v/r/+z/FgDs/+z/6f8AAAAAAAAAAAAAAAAAAAAAAAALAOv/7f/r/9f/3P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+v/6//r/+v/6v8AAAAAAAAAAAAAAAAAAAAA2/8VAOz/7P/s/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+v/FQDs/+z/7P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/t/+3/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xUA7f/w/+//7v/r/+//7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+3/7f/r/+z/6/8VAOz/7P/s/+v/6//r/+3/FQDt//D/7//u/+v/7//v/xQA8v/s//f/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/y/+z/9//s/xQA7P/r/+v/FgDp/+v/6v/q/+v/AAAAAAAAAAAAAAAAAAAAAOn/GgDp/+r/6//n/+T/5f8AAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8xAL3/1P/h/9T/0P/T/+P/6//3//T/9f/n/xoA7//v/xMAAAD5/wAA8P8AAAAA8f8UAPD/+//s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAD4/wAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAAAA7f/s/+3/5f8cAOb/4v/m/+L/3//h/wAAAAAAAAAAAAAAAAAAAAD0/+z/7//s/wAA6v8VAOv/8f8UAAAA7//1/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v8IANr/4v/n/+P/5/8AAAAAAAAAAAAAAAAAAAAAAADz/xYA+f8AAAAA6//r//H/7P8UAO//9P/t/+z/7P/s/+z/FADv/+7/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA4v8VAAAA8P/4/+v/7P/s/+r/FgDx/+z/7P/r/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8VAO3/8P/v/+7/6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8TAAAA+f8AAPD/AAAAABMAAAAAAAAAAADt/wAAAADs/+3/8//u//r/7P8UAO3/FAD1//T/9//w/+z/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/7//v/+7/6v/q/+v/3v/W/9v/4f8pANf/2//Z//D/FADs/+7/7v/t/+z/8/8HABQA6P/s/+z/6P/S/+z/6/8KAA0A5/8AAPP/7v/d/+z/4v/w/wAAAAAUAOT/2//s/+3/7v/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAIQD6/wAA8P/w//r/8/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/7P8UAOz/9//s/+z/7//s/+z/6v8UAOz/7P/s/+z/7P/t//H/7P8AAAAA7P8AAOz/7f/1/+7/AAAUAOz/7f/t/+3/8v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/FQDi//b/8P/q/+z/5/8AAAAAAAAAAAAAAAAAAAAA6v/r/+z/2f/r/+r/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAA+f/4/wAAGwAAAOr/7//q/+n/FQDr/+j/7P/i/+b/5P/h/8//4P/e/zEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAA7f8AABQAAADs/wAAAAAAAAAAAAAAAAAAAAD0//j/AAAAAAAAEAD7//n/AAAAAAAAAAAAAAAAAAAAANb/uf/V/9f/DgDW/9//BgAAAAAAAAAAAAAAAAAAAAAA2P/o/+D/2f/Y/9//6P8eAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/9/8AAAAAAAAAAA8AAAAAABQA+f/3/wAAAAD0/+z/9//r//f/6P/g/9v/3P/Y/wYA4P8AAAAA8f/7//n/HADs/+r/7P/3//X/FADs/+z/6/8AAAAAAAAAAAAAAAAAAAAA6P/r/+z/7P/s/xUA7P/q/wAAAADv/wAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/FgDr/+r/6//r/+r/4/8LAN//9//c//H/AADo/+D/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//f/JgD1/+r/8f/l/+b/+f/2/ygA6P/q/+v/AAAAAO7/8P/y/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMP/AADU/8z/x//K/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAFAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/8v8AABIA+f/4/+z/7v8AAAAAAAAAAAAAAAAAAAAA2//Y/+D/2v/n/yoA1v/Z/+3/9P+8/+j/yP/b/wgAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAA7v8AABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD5//f/AAAAAPT/7P/3/+z/FADw/+//+v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMP/3f/c/9v/IwDM/+v/9/8AAAAAAAAAAAAAAAAAAAAA2P/r/+r/7P8UAAAA6//c/wAAAAAAAAAAAAAAAAAAAADy/wAAAAAUAAAA7P/y/+z/AAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAAAAOAAAAAADx/wAAAADw//X/JwDl//X/1v/Y/+v/2P/U/yoA2P/i/+v/6v/s/+z/7v/r/+z/FADs/+z/7//s/+z/7P/s/xQA6P/p/+r/7P80ANz/5v++/+n/4f/U/+v/5//o/+z/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAANAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//X/7v8AABQA7P/t/xQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/n/+z/7P/s/+z/6v8WAOz/8f/x/xQA7//s/+z/7P/Z/wAA7v/w/97/5//p/wAAAAAAAAAAAAAAAAAAAAAAAOz/6f/q/+D/AADs/xUA7P/s/+v/8P8AAPb/FADp/+z/+v/4/wAA9P8AABEAAAD6/wAAAAAAAAAAAAAAAAAAAADs/+z/AADs/+3/7P/z/xQA0f/m/+f/5v/g/+f/6f8hAMX/2v/4/9j/4P8AABUAy/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA9//s//f/8f/s/+v/7P/l/+z/FADY/+v/3P8AAOr/FAAAAOf/6v/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7//u/+z/7P/s/+3/7P/s/+z/FADs/+z/7P/s/+n/6//q/+f/6P/r/+r/FQDZ/+j/7f/q/+v/BgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/Z/9n/6v/Y/+b/3P8kAPT/KQAAAPH/AADb/9j/AADk/+j/8f/s/+f/7P/r/xUA7/8UAOz/7v/v/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8WAOv/6P/r/+v/6P/q/wAAAAAAAAAAAAAAAAAAAADt/+3/7v/v/+3/7P8UAOz/7P8UAOz/7P/s/+z/6//s/+r/5f/v/+b/AADc/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA5v/j/+P/6f/Y/+T/2P8UAAAAAAAAAAAA7//s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/6//s/+z/FADs/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+7/7v/z/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/e//L/9//5/9v/7v8oAOz/AAAAAO7/6//s/wYA7P/r/+z/7P/s/+z/FADs/+v/7P8UAO//7v/s/+z/7P/t/+z/FADs/+z/7v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8v/s/+z/7P/s/xQA4P8AAAAA8f/7//n/HADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAOz/8P8UAOz/7P/g//H/AAAAAAAAJQDz/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//j/AAAAAAAAEAD7//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7P/s/xQA7P/s/+z/7P/t//v/7P/t/xUA6//s/wAAAAAAAAAAAAAAAAAAAADs//T/AADs//b/7P8UAOz/GADr/+z/7v/t/+n/6P/s/+z/7//3/+//9//s/xQA7P8AAAAAAAAAAAAAAAAAAAAA4//r//j/AAAAAOX/HQD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/2f/3/9X/7P/Z//H/CADs/+//8v8AAAAA+v8UAAAA7P/v//L/AAAAAPr/FAAAAOz/7//y/wAAAAD6/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/6P/s/+z/6//r/xQA6//s/+z/7P/h/+z/GQAAAAAAAAAAAOf/7P8AABkAAAAAAAAAAADn/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/BwDt/+z/AADg/9//6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAANj/1v/c/+v/IgDq/+f/1v/U/9L/0v/R/wgA1v/M//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACx/7L/zP+4/zUA0f+5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAwAzv/R/+n/5v/o/9D/AAAAAAAAAAAAAAAAAAAAANP/3//q/+T/BgDr/+P/AADe//X/+f8AAOj/9//5/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xcA7P/s/9z/5//q/+n/2//Y/+v/7P8UANn/5f/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAADu/wAA9/8UAPf/AAAAAO3/7f/0/wAAAAAAAAAAAAAAAAAAAAD3/xQA9/8AAAAA7f/t//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/yEAAAAAAAAA9P/s//D/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s//b/7P/s/+z/4v8lAAgA2//4/+3/5f/W/97/2P/b/9n/6f8FAAAA5v/r/+z/6v/p/+v/4P/s/xYA7P8AAAAA7v8AABQA8P/s/wAAAAAAAAAAAAAAAAAAAADW/9b/1//f/9j/CQAAANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/ywA3f/Z/+n/DgDK/wAAAADU/9r/5//Q/9f/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AANj/AAAYAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/s/+z/5/8XAOz/EwDZ/+r/2f/r/+X/2P8AABYA6v/x//j/6//q/+r/6P8GAOf/7P/s/+P/6f/i/wsAAAAAAAAAAAAAAAAAAAAAAN7/3//P/7z/6f/Q/+z/HQAAAAAAAADr//v/FQAAAPH/7P/s/+z/7P/v/+z/7P8UAOz/7P/t/+3/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/s/+3/7P/t/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//f/AAAAAAAA7f/4/xQAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+3/7v/s/+b/7P/r/+z/7P/s/+3/FQDr/+v/1f/1//j/7f/u/9X/AADr/wAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgDm/wAA6//7/83/AAAAAOz/7P/t/+7/8v/s/+z/FADY/wAA7f/l/9X/IwDq/9v/5v/m/+L/4/8aAOL/3f/n/8j/9v8AANz/8P/2/xUAyf8UAPX/9P/3//D/7P/u/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAANAAAAAADs/+z/AAAAAAAA7P/s/xQA4//4//D/AADy/+X/+P8eAAAAAAAAAAAAAAAAAAAAAADr/xUA7v/r/+r/6//p/+n/7P/n/xUA5v/d/+f/5//j/wAAAAAAAAAAAAAAAAAAAAD3/+3/AAAAAAAA6f/0/xgA7P/t/+7/7P/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/FADu/+3/7v/t/+z/7f/s/+z/6//r/+z/7f8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/HADX/8f/1f/6/9L/2v8AAAAAAAAAAAAAAAAAAAAA5//q/+v/8P/o/+v/FgDp/+H/6//e/+L/2v8TAOz/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA7f8AAAAAGADr/9n/6f/g/+X/5P/a/+z/8f/t/+//AADv/xQA7P/r/+r/6v/l/+j/6//p/xUAAAAAAAAAAAAAAAAAAAAAAOz/9P/s/+z/7P/r/xMA5f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+v/7P/s/xQA+f/e/+j/1//C/xcA1//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/2P/r/9v/2v8AAAYA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+b/7f/n/+f/HADW/8r/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+r/7//s/+z/FADs/xQA7P/t/+z/7P/s/+z/CwDn/+z/7P/l/+n/4v8AAOr/6f/s/+v/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/EADo/9b/2//X/+f/AADs/+z/7P/r/xUA7P/r/+T/AAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAADr/wAAFgAAAAAAAAAAAAAAAAAAAAAAFADt/+7/7f/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AABAAAAAAAAAAAAAAAAAAAAAAAOb/2P/a/9z/2P/Y/x8A5v/s/wAAAAAAAAAA8P8VAO3/4/8AANn/6P/f/wsA6f/Z//r/AAAAAAAA+f/3/wAAFQDl/+r/7P/Y/93/KADX/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//R/9j/zv/S/9b/LQDa/wAAAAAAAAAAAAAAAAAAAAAYAOr/6P/s//D/7P/n/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAPT/7/8TAO//+/8AAAAAAAAAAAAAAAAAAAAA5v/o/+T/7f8AANn/FADi/w8A2P/Y/9r/5v/Y/97/AADw/xoAAAAAAAAA+f/v//H/7P/p/+L/5P8VAOj/6//r/wAAAAAAAAAAAAAAAAAAAADp/+r/6//r/+z/FQDr/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/93/FQDs/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA7f8AAAAA6//u/+z/6//0/+r/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/4/xQA7P/r/+z/5P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f8AAPf/AADt/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P8AAOj/4P/Z/+r/EwDs/+v/0v/j/+n/5//q/xkA4f8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAAAAAPj/+f8AAPj/AADs/wAAFAAAAAAAAADs/wAA7v8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/xQAAADv//X/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+7/7P/s/+z/6//r//r/AAAAAPj/AAD7/wAAEQAPAAAAAAAAAAAA+v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPn/AADt/+3/7P/t/+P/5v/n/+n/5//m/xoA5v/y/+//7v/w//P/8P8UAO3/6f/e//L/9//5/9v/7v8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAAAADu//b/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/t/+3/8f/t/xYA7f8AAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/s/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+3/7f/x/+3/FgDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7/8AANv/1P/X/8T/4f8NANX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+n/3P/m/+r/6v8aAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9f8AAAAAAADy/xUA+P/1/xcA+v8AAPj/8f/o/wAAAAAAAAAAAAAAAAAAAAAAABgA5f8AAAAA6f/Y/9r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/JwDq//f/+f/s/9n/5//s/xQA5//2/+//6//s/+v/7P/4//v/7f8AABQA7P/u/9n/5P/j/9j/AAAoANj/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADt/wAAAADs//D/7f/y/wAA7P8UAOz/7P8UAAAAAADu/+3/7P/u/xgAAACl/6D/u//i/7v/4//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABQA9f/0//T/+v/y/+z/8P8UAOX/5f/f/+X/zf/t/9f/AAAAAAAAAAAAAAAAAAAAANj/JwDZ/9T/2f/S/93/0P8UAO3/7v/t/+//7P/s/+z/GADo/+j/6P/q/+j/6P/l/xQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA+P/s/wAAEQDa/9j/2v/a/+v/+v/l/wAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAAAADq/wAA7P8AAAAAAAAAAPD/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/7P/s/+z/FADs/xQA7v/t/+7/7f/s/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/s/+7/8P8UAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8v/t//j/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/u/+3/AAAUABgA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDq/+v/6v/Y/9j/2/8cAOr/4//G/8b/2P/i/8P/AAAAAAAAAAAAAAAAAAAAANb/4P8AANf/3v/Y/9j/BgDs/+z/7//s/+z/7P/s/xQA1P/d/wAA8v/J/6z/7f/J/wAAAAAAAAAAAAAAAAAAAADq/+z/9//1/xQA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAN7/9f/o/97/2v/r/97/FQDF/wAA3v/s/8v/5//W/wAA3v/1/9r/1f8AAAkA0v/f/+z/FADs/+z/7P/s/+z/7P/6//j/AAD0/wAAEQAAAPr/AAAAAAAAAAAAAAAAAAAAAOz/7v/v//v/8/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6f/s/xYA7f/y/+r/6//s/wAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAAAADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/t/+3/3//r/x8A8f/m/+b/2v/l/+D/7/+5/wAAQwAUAPD/AADz/wAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDt/+3/9v/0/+z/6f/v/xQA+f/3/wAAAAD0/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf/a/8r/5P/n/w8A7f8IACYA4P/Z/+H/4v/X/9b/3P/6/xgAAAD5/wAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAABsA6f/n/+b/3P/h/+H/5P8VAOz/7P/s/+v/6//g/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAOD/6f/6/+f/5f/q/+P/FQDq/+j/7f/r/+v/5//s/xQA7P/s/+3/7f/s/+z/7P8bAOH/5P/n/+j/1f/m/+f/7P/t/+z/7f/u/+z/FADs/xYAAAD3/wAAAADs/+r/7f8UAOz/7P/s/+z/7P/s/+z/FADs/+3/7//w/+z/7P/s/xQA9f/0//f/8P/s/+7/7P9JAOn/8f8AAOz/xP+W//H/AAAAAAAAAAAAAPH/AAAQAOn/GgDu/+v/7//a/+X/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+n/+P/5//D/6/8XAPL/7P/s/+z/7v/s/+z/FADs/+z/6//s/+3/7P/q/+r/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAOj/6v/S/+f/2f/K/+H/8v/v/+7/8P/z//D/FADt/wAAAAAAAAAAAAAAAAAAAADY/9j/7P/q/+z/6f8dAOz/AAD6/wAAAAAAAAAAEAAAAOn/6P/q/+j/6//o/xcA5P/s/+z/7f8UAO//7P/s/+z/9/8UAPf/AAAAAO3/7f/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/GwDp/+z/5//q/+X/5P/u/xQA7P/s/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOP/IwDX/9j/6f/c/9H/5P8AAAAAAAAAAAAAAAAAAAAA7/8UAPL/+//u/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xMAAAD5/wAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8v8AAPX/7//s/+3/7P/s/wAAAAAAAAAA8P8VAO3/7P/r/+z/7P/s/+v/7P8UAO3/7v/s//H/7P/t/xQA7P/r/+z/5f/f//D/3f8VAOz/AAAAAAAAAAAAAAAAAAAAANr/1v/n/87/4P/a/ycA1v/p/+f/8P/j/+n/7P8ZAOb/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+//8//t/+7/FADt/xsA5//a/+j/1//X/+b/1P8AAAAAAAAAAAAAAAAAAAAA7P/w/+3/8v8AAOz/FADs/+v/1f/o/+3/6/8YAOr/6//s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+L/7P/q/xYA6v/s/+z/7P/s/+z/7P8UAOz/IgDU/+D/2P/b/+P/3//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAOz/7v/v/+z/6//s/+z/AAAAAAAAAADw/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA8P8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAAAAAAAAAAHwD7/wAAAAAAAAAAAAAAAAAAAADq//n/9v/x//j/6/8VAAAA5f/Y//T/AAAAAOf/KADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQA6//d/9z/5P/p/9j/6v/q/+z/7f/t/+//6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/2/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9r/2//V/+H/KgDZ/9X/9f8XAPr/AAD4//H/6P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f8UAOz/7P/4/wAAAAD1//D/GwDi//j/AAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAAeAOD/8P/w/+7/7//1//T/EwDy//f/7P/s/+3/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/l/xwA5//o/9z/2v/h/+3/7f/u/+//7f/s/xQA7P/s/+P/4v/q/+L/FAD0/9z/7v/u//L/8//u/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s//f/AAAAAPP/FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAA0v/Y/+r/6v/s/+n/HgDr/wAAAAAAAAAAAAAAAAAAAADt/+3/7P/s//P/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xYA7v/t//X/7P/q/+z/7P/s/+r/6//r/+j/FADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//D/AAAAAAAA+f8WAAAA0//i//D/AAAAANf/MQDw/+z/8f8AAAAAAADt/xQA+P8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/xQA7P8AAAAAAAAAAAAA+/8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAA7v/t/+z/7v8AAAAAAAAAAAAAAAAAAAAA6f/t/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/s//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAA+v/4/wAA7P8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//AAAAAAAA7//s//X/7P/s/+//7P/1/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADY/+3/9f8AAAAAKADi/+b/FADs/+z/7P/v/+z/7P/s/+7/5v/z/+7/8P/y/+T/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/+3/8v8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/+b/5//m/+D/5//p/yEAAAAAAAAAAAAAAAAAAAAAAA0A3v/q/+z/7P/N/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/wAAAADt/xQA8P8lAAAAAAAAAAAA2//s/+r/7/8UAPL/+//u/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOz/9v/t//r/5f/r/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA+f8AAAAA9f8AAO3/8/8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/o/+z/6//s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtv/P/wAA9//B/wwApf/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAM3/2f/S/+H/0v8tANf/1P8AAAAAAAAAAAAAAAAAAAAA7P/z/+z/7P/q/+z/7P8TABYA6v/x//j/6//q/+r/6P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAADt/wAAAAAAAAAAAAAAAAAAAADy//P/AAAAAPT/9f8AABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/0/wAAAAAAABIA9v/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAGQAAAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+//+//z/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADM/y0A8f/s/+P/1v/l/+v/BgASAOv/7//z/+z/3P/k/wAAAAAAAAAAAAAAAAAAAADc/+f/AAAAAAAA7v8gAO//JgDR/+v/1v/f/9v/4P/P/9r/AAAAAPf/AADk/yYAAAAAAAAAAAAAAAAAAAAAAAAAFADu//T/AAD3/9f/7P/u/xQA7P/s/+z/7P/s/+z/7P/O/+3/7f/s/+3/6/8bAOz/6//q/+3/7f/x/+3/FgDt/yUAAAAAAAAAAADu/+r/AADu/xwAAADt//v/8v/o/wAA9f8VAPT/9/8AAOz/9P/5/wAAAAAAAAAAAAAAAAAAAAAUAO7/8P/1//D/7P/v/+z/6//X/9j/4v/X/+X/FAAAAAAA+v8AAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/a/+7/2f/Y/wAA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAJADW/9f/5//o/93/4f/V/xQA9f/0//T/+v/y/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/w/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAAPr/FQAAAPr/AAAAAPj/AAD7/wAAEQAUAAAAAAAAAAAA+P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/8v8AABQA7f8AAAAAAAAAAAAAAAAAAAAAAADb/+X/2//a/+v/2f/c/yEA2f/r/+z/7//s/xUA7P/s//X/AAAAAAAAAAATAO3/+//t/+3/8v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAANH/vf+u/xUAxv8VANT/9f8AAAAAAAAAAAAAAAAAAAAA1P/q//b/4P/i/ysA5//Z/wAAAAAAAAAAAAAAAAAAAAAWAOz/7P/s/+//6v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/X/9b/5//l/x8A6P/q/wAAAAAAAAAAAAAAAAAAAADs/+3/8f/s/wAAAADs/wAA7P/s/+3/7f/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+7/+f8AABIAAAAAAOn/7P8AAAAA7v8ZAOz/5P8AAAAA+f8AAAAADgAAAAAA6f/p/+z/7P/j/+T/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/7P8AAAAA7P8AAPb/7f/x/+z/+v8UAPP/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7f/y//r/7v/s/xUA6//r/+b/FgDs/+z/7P/s//D/7P8AAAAAAAAAAAAAAAAAAAAABgDt//T/7f/v/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAA+P8AAPv/AAARAPP/7/8AAAAAAADx/xMA7/8AAAAAAAAAAAAAAAAAAAAA8//v/wAAAAAAAPH/EwDv/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//8v8AAAAA+v8UAAAA7P/u/+z/7P/w/+v/FADv/wAAAAAAAAAAAAAAAAAAAAAgAO//AAD6/wAA7f/U//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+n/FwDq//n/6//q/+b/5P/f/x0A6v/r/+L/3f/q/+z/7P8UAOz/7f/s/+z/7P/C/9f/OwDA/8//vf/N/7r/7P/s/xQA7v/t/+z/7P/s/+v/7P8WAOz/6//s/+z/3//t/+z/FADs/+z/7P/s/+z/z//Q/zUAuP/V/8T/wP/A/9n/2v8oANn/2//Y/9f/2v/k/9//HQDq/+v/4v/d/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/xQA7f/4/+z/7v/4//r/8//S//f/8P/q/9//3P/v/xMAAAD5/wAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+z/AADs/+7/7P8NANj/AAAAAAAAAAAAAAAAAAAAAOL/2f/b/+f/AADd/ygA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/FADs/9f/0f8AAAAA2//F/9j/8f/Z/wgA5f/s/+z/6v8AANj/AAAAAAAAAAAAAAAAAAAAAOL/4/8fAO//+v/j/9//6//r/97/4v8XAOz/6//p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAABEAAAAAAAAAAAAAAAAAAAAAANf/x/8AAAAAAADM/9X/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/HADo/+v/6//l/+T/5v/s/wAA2//s/9//5v8AAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/xQA9/8AAAAA7f/t//T/7P/2//n/+f/6/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/Z//T/yv/l/8//MADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P8WAO3/8v/q/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FgDu/+3/9f/s/+r/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+v/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+r/7P/s/xUA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/o/+7/7f/g/xQA6v8VAOz/7v/s/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/7v/2/+3/5//o/xUAAAAAAAAAAAAAAAAAAAAAAOz/7P/q/+v/6//o/xQA5f8AAPv/AAD0/+//EwDv//v/7P/n/+z/7P/s/+z/6v8WANT/+f/w/9H/8P8PAOf/AADt/wAAAAD1/wAAGADo/+//AAAAAAAAAAAAACcAAADa/+v/FADr/+z/7P/s/+H/7P/s/+z/6v/r/+v/6P8UAOX/7P/s//H/8/8AABQA9v/z/wAAAAAAAAAAAAAAAAAAAADr/xUA7P/r/+v/6//r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAUAAADv/+z/7v/s/+7/7P/s/xQAAAAAAAAAAAAAAAAABQAAAOz/7f/7/+z/7f8VAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA7P/2/+3/+v/l/+v/7/8ZAOz/9v/t//r/5f/r/+//AAAKAAAAAAAAAAAAAAAAAOr/7P/r//n/+P/r/xYA6v8AAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/xYAAAAAAAAAAADr//b/6P/x//j/AADw/+z/GADr/xQA7P8AAAAA7v/t/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/3f/p/+f/6f/o/+r/FwD0//b/AADt/+3/FAAAAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADv/+7/7P/s/+z/7f/r/+z/6//n/+v/7P8UAOz/7P/s/xQA7v/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDs/+X/3f/6/+v/4f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAD0//b/AADt/+3/FAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/w/+3/8P8UAOz/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8RANv/6//Y/+f/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAABIA+f/x/+z/FADt//v/7P/0/+z/7f/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAzf/r/wcA1//x/9L/6v8AAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAB0A+//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/+//7P/s/+z/7P8UAOn/4//s/+//7f/p/xYA4P/e//X/+f8AAOj/9//5/yMA6f/s/wAAAADu/xkA7P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//s//X/8P/w/y4A2//W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/z/wAAAAD0//X/AAASAOz/7P/v/+z/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAoAAADy/+//7v/w//P/8P8UAO3/4//m/+f/6f/n/+b/GgDm/+L/2f/b/+f/AADd/ygA7P/o/+z/0v/s/+r/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAO7/7v/z//r/5P/b/+P/6v/s/+z/7f/u/xYA7P/s/+r/7P/s/+3/7v8WAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/FgDu/+3/9f/s/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/M/9j/0P+6/7r/AAAWAM//z//f/9v/AADT//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAD6/x8AAAD1/wAAAAAAAAAAAAAAAAAAAADl/+X/6v/n/wAAGgDm/+H/4v/t/+3/3//r/x8A8f/m/+z/FADs/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6f/y/8H/wP/N/9H/y/8AAAAAAAAAAAAAAAAAAAAAAADt//L/+v/u/+z/FQDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAM7/5f/n/9f/vP/h/wYAAAAAAAAAAAAAAAAAAAAAAOz/1//i/9r/9v8GALv/9//s/+r/7P/s/+z/FQDq/+v/4P/x/wAAAAAAACUA8//d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/6f/o/xgA7//q/9n/3//u/+r/6//u/xUA7P/r/+n/7v8TAAAA9P/3/+7/9//4/+v/6v/q/+z/7P8LAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/5v/p/+T/7//Y/+j/IgAdAPj/AADz/wAA5v/3/97/xP/M/+r/0v8TAN7/0P8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/+3/FADw/wAA7P/s/+z/7P8UAO7/7f/s/+z/7P/s//b/+f/5//r/7P8UAO7/3//e/9b/4f/s//P/1f8bAOb/5v/i/+P/GgDi/93/5//S/9b/1P/a//f/0//W/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/EwDr/wAA4P/k/wAAAAAAAAAAAAAAAAAAAADs//D/5//w/wAA7P8UAOz/DwDW/+f/3P8AANj/7v/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAOz/7P/q/+b/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/z/wAAFAD2//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFQDs/wAAAAAAAPD/6//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAO3/7P/0/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAA7P/s/xQA6f/r/+v/6//z/+j/FgDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAAAAAAAAAAAA5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//r/AADv/wAAFADs/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/6/8AAPj/AAD0/xYA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD6/wAAAADs/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA7P/2/+3/+v/l/+v/7/8AAAAAAAAAAAAAAAAAAAAA5P8JAOb/8v/t/9X/+//W/wAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6//7/+j/7P8aAOL/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/+//s/+3/FQDr/+z/AAAAAAAAAAAAAAAAAAAAACQA7v/u//P/+v/k/9v/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/6v/s/+j/6f/r/+v/FwAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/s/+z/7P8UAOz/7v/0/+7/9P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAA9P8AAAAAFQDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//r/AAAAAAAA7v8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//y/wAAAAD6/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5v/p/+X/4f/b/xsA1//a/+v/7P/c/+n/AAAJAN3/6v/q/+r/6P/l/+b/FwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2//n/+f/6/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u//L/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPT/6v/s/+//7f/q/xYA6v/u/+z/7P/s/xQA7P/s/+z/1v8tANf/2//W/9X/1v/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/4v/1/+z/+f/n/ykAAADR/ykA5P/S/9D/1//n/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAAA5//f/9f/6//f/+v/5P/G/+D/0f8AANb/OQDu/wAAAAAAAAAAAAAAAAAAAAAlAAAAAAAAAAAA7v/q/wAAFADt//P/7P8AAOj/7P/t//X/AAAAABQAAADs/+L/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/7f/t/9//6/8fAPH/5v/s/xQA7P/s/+z/7P/s/+z/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/6//s/xQAFAD1//T/9//w/+z/7v/s/+z/7P/s/+T/AAAWAO//6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/u/wAA7P8AAOz/8P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7v8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//n/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAMj/y//g/8j/1v82AMT/yf8AAAAAAAAAAAAAAAAAAAAAAAD6/+z/FAAAAPD/7P/6/+z/6f8PAA0A6//p/8X/2P8AAAAAAAAAAAAAAAAAAAAA6v/s/+v/+f/4/+v/FgDq/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/+3/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P8UAOz/7P/s/+z/AAAAAAAAAAAAACcAAADa/xQA7f/u/+7/8//t/+z/7P/s/+//9//v//f/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOf/6//r/+z/7P8GAAAA3P/u/+z/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/9j/2//V/9v/AADl/w0AAAAAAAAAAAAAAAAAAAAAABgA2P/o/+T/2v/Y/+v/3f8UAAAAAAAAAAAA7P/s/wAAFADs/+z/7P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/h/9T/6//n/+j/7P8XAOz/FADs/+z/7P/s/+z/7P/v//H/AADm/+n/GADw/+n/AAAAAAAAAAAAAAAAAAAAAPr/5f8AAPn/AAAeAO7/5//7/wAAAAAAAAAALQDv/9r/6f/e//L/9//5/9v/7v8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAABIA+f/x/+3/7P/s/+z/7/8UAOz/7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P8AABQA7f/t/xYA6f/r/+r/+P/2/+r/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9P/t/+z/FADs/+z/4/8dAOv/4v/p/+f/5P/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJADZ/93/9f/b/9j/6f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/9v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAA9f8AABEAm/8+AOb/qv/I/8b/FgB//8r/0P/H/+D/0v/u/xIAAADl/+H/5v/k/+b/HQDe/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//6/8XAOn/AADu//b/6v/m/+f/5f/n/+r/5P/i/xkA6//o/+v/6//r/xYA6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6//r/+j/6v/y/+r/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADs/+v/7f/s/+v/7v/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/wAAAADt/xQA8P8AAAAAAAAAAAAAAAAAAAAA9f8nAAAAAAAAAAAA+//s/8j/LQDO/8T/zP/E/+D/uP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/wAA4v/l/+f/FADb/+v/6//w/x0A+P/m/+T/5//n/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+//7P8UAO3/6//r/87/8//o//j/FQDW/+P/3f8AAAAAAADh/yoA5v/s/+z/AADt/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA3P/n/+z/6P/o/xEA4v/n/xIA2v/Y/wAA2//o/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADy/wAA9f/v/+z/7f/s/wAAAAAAAAAAAAAAAAAAAADs/ygA+f/p//j/7P/Y/9z/AAAAAAAAAAAAAAAAAAAAAPr/DwAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7//t/+z/7P/s/w8A1P+7/7f/0//P/wAA9v/s/+3/8v/s/+z/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/FADt/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/6/8VAOz/6//k/xoA1//e/9b/2v/l/87/FAAUAAAAAAAAAAAA7P/s//f/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA4//i//v/2v/y/w0ACQDi/xQA7P/0/+z/8v/s/+z/7P8VAOz/7v/s/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/FgDl/9T/6//q/+r/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+7/7f/s/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAMX/1P/q/9j/6v/Q/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xYAAAAAAPH/7P/i/+//yv/p/+b/0f8TAA8A6v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJADa/9n/5//g/+v/2//a/xcAzv/n/+z/yP/r/+r/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xYA6//o/+v/6//o/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/6v/t/+T/7P/r/+z/6P/i/+b/0P/P/+L/5/8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/AAAAAAAA7f8UAPj/x//U/9P/zv/r/zgA0v8PABUA6//s/+z/7P/s/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+v/6//r/+r/FQDp/+T/GgDT/9n/6f/p/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r//b/6f/S/+n/6v8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADl/9r/2P/t/+f/AADs/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AADs/+z/6v/m/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+r/FADs/+3/7P/s/9n/6//s/+//7P8VAOz/7P/q/+z/6//5//j/6/8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/U/xcA6v/l/+j/5v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/0//a/9T/1P8ZAAAA4P/L/ykA3v/L/9n/3f/N/87/AAAAAAAAAAAAAAAAAAAAABQA8P8AAAAAAADs//L/8P8AAAAAAAAAAAAAAAAAAAAA3P/i/+//9P/k/9//IgDj/wAA6v/Y/9z/4P/b/wAACQAAAAAAAAAAAAAA9/8LAAAA6v/d/8f/5f/M/9j/IQDJ/+b/5f/n/+f/5v/k/xoA5f8AAAAAAAAAAAAAAAAHAAAA1P/c/9z/2f/d/9r/3P8lAAAAAAAAAAAAAAAAAAAAAADe/+X/6v/r/9H/6P/q/yQA6/8UAOz/6//s/+z/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8HAL3/AAAAACYA0//W/+H/xv/o/+r/6//M/x8AzP/s/+v/7P/s//D/6/8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAFQCp/7j/5P+u/+n/+P/R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+3/6v/t/+j/FwDr/+z/7v/t/+7/7P/t/xQA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/GwDp/+z/5//q/+X/5P/s/+z/7P/s/+v/6/8UAOr/6//p/+v/6f8TAOn/BQDp/+7/2f/3/9X/7P/Z//H/CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA6P/y/wAAAADo/+3/6f8AAAAAAAAAAAAAAAAAAAAAyP/U/+L/4v/k/+P/4v8kAN7/JQDX/9n/2P/k/+b/3/+9/x8A1P/g/8//5f/E/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB+/woA1P/W/6L/t//N/+n/6P/m/97/5P/q/9n/HADe/9f/2//i/9r/3v/Y/yUA0/8AAAAAAAAAAAAAAAAAAAAA1f8XAOn/6P/q//v/3P/c/53/MwDC/73/pf/v/6f/0P/i/xkA6v/q/9L/6v/o/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+r/1f/l/+v/yP/r/xsA7P8UAOz/7P/s/+z/7P/s/yMA5//l//P/AADg/93/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDk/+b/3v/p/9H/4//b/+n/2P/T/y4A6f/T/9T/yP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/ywA5P/b/9n/1f/R/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+7/7P/s/+v/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/i/+X/2//i/x0A4v/e/+z/8v/t//H/8//t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/r/xQA7P/R/7//IwDn/9//5v/2/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/t/+z/8f/r/+z/6f8YAOn/6//s/+v/6/8VAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+b/6v/r/+n/6/8VAOv/7P/r/+v/7P/s/+z/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/w/ysA0/8AAAAAAAAJAN//5f/r/73/1P/M//H/CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPANj/0//V/9r/AAD4/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/1/wAAAAAAAPL/FQD4/wAA7P/v/+z/7/8SAOz/2f8AAAAAAAAAAAAAAAAAAAAAAAATAPj/AADw//D/+P/0/wAAAAAAAAAAAAAAAAAAAADb/yAA5//c/+f/4//i/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//T/yQA4//a/+H/3P/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtf8gAPT/0P/C/+f/DADT/+n/1v/n/+T/4//m/xoA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xoA7v/r/+//2v/l/+X/7P/u/+7/AADy/+b/FQDu/wAAAAAAAAAAAAAAAAAAAADs/+r/FQDr/+z/5//r/+z/1//R/wAA4f8UAN//6v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADF/7//zv/Z/8b/4/8yAM3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/7//r/+f/6//r/xYA4v+8//f/zf/S/8b/wf/m/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/j/9j/6f8AAOr/KADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQD2/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7v/r/+z/6/8AAAAAAAAAAAAAAAAAAAAA4v/c//b/4v/l/9//2v8fAOX/4/8rANr/5v/l/87/xf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//H/+f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAAD3//n/FQDs/+z/7P/r/+v/4P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/6P/r/+r/6f/n/xgA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADc/9X/0//T/+b/AADC/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAzf/k/+v/+f/r/+f/HQDS/wAAAAAAAAAAAAAAAAAAAADg/9b/7P/n/+b/2P8mAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD3/+3/AAAAAPf/7f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s/+z/9P/x/xUA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+f/JQDs/+z/2P/s/wAAAAAAAAAAAAAAAAAAAADz/8L/vv/B/7X/7P/s/63/DQDW/9f/AADY/+j/1v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+X/AAD0//f/FwDs/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu//L/AADx/+z/7P8AAAAAAAAAAAAAAAAAAAAA5v/d/wAA+v/J/9H/AADT/9v/3f/J/9T/2P8AAA0A5v/s/wAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/LADd//H/yP/n/+T/pf/I/+z/FAAAAO3/7P/s/+7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPj/0/8OANT/z//m/9f/wf/R/y8A1/+9/+H/z//D/wAAAAAAAAAAAAAAAAAAAAAUAO3/7v/s//j/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/rP+p/7z/8//o/9X/9P8AAAAAAAAAAAAAAAAAAAAA4/8dAOv/4v/p/+f/5P/g/9X/JQDQ/+L/xP/k/9z/y/8AAAAAAAAAAAAAAAAAAAAA6f/p/+r/6P/r/xcA6P/n/wAAAAAAAAAAAAAAAAAAAACM/8//oP+5/8H/+P+j/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/7v/5/wAAEgAAAAAA3f/i/+v/3P/o/+P/HwDU/wAAAAAAAAAAAAAAAAAAAADZ/9//7/8AAPH/KADa/93/6v/s/+z/7f/u/xYA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA8v8aAO7/7f/q/+r/AADo/wAAAAAAAAAAAAAAAAAAAADo/xoA+v/o/+r/4v/i/9//AAAAAAAAAAAAAAAAAAAAAPr/8v/s/+7/FQDs//D/6v/q/9j/DAAUAOj/7P/g/+z/7P/s/+//AADu/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+L/7P/s/xUA7P/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5v8UAOv/6//o/97/8/8AAAAAAAAAAAAAAAAAAAAAAADp/+T/9f/l/9f/AADg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6f/q/+r/6//o/xgA5/8AAAAAAAAAAAAAAAAAAAAA0v/g/9z/yP/y/8z/1P8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//T/AADe/wAA7P/h/yQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAA9P/v/xMA7//7/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/FgDl/+b/5P/h/wAA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/3//i/+H/5P/U/9n/IQDO//j/y//H/8j/zf/W/xAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/h/+P/3//k/x8A5f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/4v8AANn/2v/a/9n/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm//L/AAAVAAAA7P/Z/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/r/+L/7P/q/xYA6v8AAAAAAAAAAAAAAAAAAAAAFADu/+z/7f/s/+z/7P/s/xQAAAAAAPv/AADz/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s//T/9f/s/xQA8f/q/xoA5f8AAOD/4v/p/+H/AAAAAAAAAAAAAAAAAAAAAN7/2v/R/+X/2v/O/ykA5f8aAOT/6P/t/93/5//g/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/FgDm/+n/6//s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+X/HQDu/+v/4v/i/+v/7P/r/xUA7v/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjAOX/5//l//v/2//c/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/GgDp/+3/5f/o/+X/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8XAO3/8v/2/+n/6P/s/wAAAAAAAAAAAAAAAAAAAAD4/+3/7P/t/+7/FADw/+z/7f8AAPv/+//u/+//FADy/wAAAAAAAAAAAAAAAAAAAADp/+v/7P/r/+v/6v8WAOj/AAAAAAAAAAAAAAAAAAAAAOz/FADt//D/7//s/+z/7P/s/+z/7v/s/+z/FADs/+z/CQDE/9v/AACs/+H/7P+4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/1P/l//L/KgDa/9n/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+v/6//q/xYA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//w/+3/+P/w/xUA7P8dAPj/AADz/wAA5v/3/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDn/+j/5v/o/+n/0P/o/+v/2P/V/+L/6f/m/+L/HgDY/w8A6f/Z/xQA6//O/9n/AAAAAAAAAAAAAAAAAAAAABkA6P/n/9n/5P/l/+L/6P8AAAAAAAAAAAAAAAAAAAAA1P/s/+z/6//1/+z/GQDE/+j/FgDs/+3/7P/r/+n/5//s/xQAAAAAAO7/7f/s/+7/AAAAAAAAAAAAAAAAAAAAAOX/4//H/x8A4v/p/+n/3f8AAAAAAAAAAAAAAAAAAAAAAAAAALr/5P+f/9j/8f/o/wAAAAAAAAAAAAAAAAAAAADb/xUA7P/s/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/r/+v/FgDp/+v/6v/q/+v/6f8aAOn/6v/r/+f/5P/l/wAAAAAAAAAAAAAAAAAAAADX/x8A1//Z/9r/0//j/9L/AAAAAAAAAAAAAAAAAAAAAL7/p//M/+v/5v8RANH/AADs/xQA7//u/+z/7P/s/+3/7P/t/wAA7P/t/xUA6//s/+v/FgDr/+v/8f/r/+r/6//s/xQA7P/s/+j/7P/s/+v/AAAAAAAAAAAAAAAAAAAAABkAAAAAAAAAAADn/+z/AADs/xQA7P/s/+z/7f/s/+z/6//U/+z/6/8bAOv/6f/S/+z/7P8UAOz/7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAA+f8eAAAAAAAAAPf/7//1/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2f/Y/9j/EgDa/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADI/9b/AADp/9T/5/8SAM3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+n/7P/1/+z/7P/s/+P/5v/n/+n/5//m/xoA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/EQDL/7//xv+3/97/u/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOf/3v/U/9z/8P/f/+j/+v8YAAAA+f8AAAAA+f8AAAAAAAAAAAAAAAAAAAAAAADu//H/7f/2/+3/7v8UAOz/6f/o/+r/6P/r/+j/FwDk/+z/7P/t/xQA7//s/+z/7P/j/xYA6//p/+r/4f/j/9//FgDn/+n/6v/s/+n/5v/q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA3v/f/9z/xv/a/9v/JADZ/xQA7P/t//b/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/6P/t//f/AAD0/xYA9f8AAAAAAAAAAAAAAAAAAAAAKgD1//P/AAAAAN3/1v/m/+z/7v/t/+//9//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOr/8f/4/+v/6v/q/+j/5v8gAPT/+P/o//b/3//m/wAA6P8AAAAAAADv/wAA7/8kANb/1//n/+j/3f/h/9X/AAAAAAAAAAAAAAAAAAAAAOr/6f/s/+r/5/8WAOj/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P8UAO7/+P/u/+//7/8VANr/8v/t/+T/7P/d/+z/FADs/+3/8//0/+v/7P/u//H/6f8XAOr/+f/r/+r/5v/I/9L/MADT/+H/0f/M/8v/6//s/xYA7P/r/+z/7P/f/wAAAAAAAAAAAAAAAAAAAADV/xcA4v/R/+b/vv/I/w0AAADw/wAAAAAAAPX/AAARANz/6//s/+r/4//n/xkA4f/t/+f/8f/u//H/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+z/6v/s/9X/5f/s/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/2/wAA7f/t/xQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/5v/o/+j/6//q/+v/GQDs/+//8v8AAAAA+v8UAAAA6v/q/+r/6P/l/+b/FwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAOv/9v/n/+b/0v/h/wAAAAAAAAAAAAAAAAAAAADI/8v/4P/I/9b/NgDE/8n/7P/s/+z/7P/v/+3/FQDs/+z/7v/s/xQA7P/s/+z/7P8PANj/6//X/9b/AADY/9b/1//q/+v/6v/H/xUA0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/7j/yf/x/7X/+P+//63/BgAtAM//xv+3/9n/0f/s//f/7f/w/+X/EgDs//H/7P/q/+//3f8AABIA2P8AABUA7f/t//b/9P/s/+n/7//m/wYA7P/s/wAA5f/l/+H/DgDW/+H/2f/Y/8b/6P8AAL3/8f+t/9D/6//B/93/GgDT/8n/0f/n/+f/PgDN/8j/n/8AANz/5P/g/xkAxP8AAB4AAADH/7f/w//q/+b/y//s/xQA7P/w/+7/7P/t/+3/2P8jAN7/5f/j/+D/6v/g/9X/6P8AAOv/8f/r/9f/FADt/wAAAAD1/wAAGADo/+//FADf/w0A2f/u/87/6//r/8r/CwDN/9X/0v8AALr/8f/v/+v/FwDp/wAA7v/2/+r/EwDV/8H/0//G/8L/9//V/wAAAADs/8v/yP++/97/u//I/9r/zv/N/9L/CgAHAPX/7P/Z/93/3/8AAOX/2P8QAN//6//r/+v/6v/o/xgA6P/X/9b/MwDK/9T/zf/h/8H/1P/h/zUAt//e/9X/3P+u/+r/2/8wANr/+P/O/8r/3f+3/9j/uv/Q/8j/4v/k/ywAxP/b/8P/3v/Q/9L/zf8vAOD/8/+u/+3/qf8AALr/hv/c/+b/6//s/+b/7v8WAOz/yv/Q/xkADQDS/9D/4P/T/8X/2P8AANj/5f8PANf/1//Y/+z/6v/s/+//IwDq/+b/AADY/+L/y//n/9n/AADW/xUA7P8AAOz/9v/t/+r/7P/s/+z/7f/t//T/7P8UAPD/7P/Y/9//7P/g/+r/HADj/w0A5v/n//D/y/+3/9X/GADr/+T/6v/s/+r/EwATAOf/wv/g/+L/FQDE/9j/7f/z/77/4//H/9L/yv/0/wAAsv/N/+T/6//5/+v/5/8dANL/3f8JAM7/1P/M/+r/2P8OAOT/8//4/wAAAAAAABwA9//b/9f/AADI/+P/AAANANj/w//I/8r/JADP/+T/8P/n//P/xP/W/8T/xv8OAPX/tv/z/6f/rv+x/6r/vf8dANj/GADb//L/8f/6/9n/5v8NACwA0f/Z/9T/6P/S/9f/0f/t/wAA6P/C/+T/AADJ/8P/GQDK/9D/x//0/87/0/8AAOz/7v/s/xQA7P/s/+z/7P/s/+z/6v8UAOz/7P/s/+z/1P8oANf/2P/n/+X/5//h//T/AADs/wAAzP/v/wAAvP/a/woA2v/s/9v/0f/E/xgA6f/c/xoA2v/m/+f/6//k/+b/2v/l/+D/7/+5/wAAQwDc/wAAsf+5/9L/xP8XAPT/9//l/+L/2//u/wwA7P/p/xEADwDZ/+f/1f/s/8j/7P/s//v/8f/1/wAA9P8TAOT/6//s/+z/7P/s/xQA7P/s/xUA4f/n//T/7P/G/+z/2v/s//H/9/8AAPP/+f8UAO3/1f/r/wAA2f/r/wcA3P/4//n/FAC3/8n/tv8AALz/1P+w/8n/zP+s/4//+/8JABEAHAAAAAAAAAAAANn/6/8AAAAAHgDE/9T/yP/I/8v/z//B/x0Au//f/8T/0f/m/8v/3P8yAMz/3//D/7r/1P+//9X/MgCx/7P/tf+w/87/yf8WAOj/6//r/+n/5f/s/+r/KAAAAAAAAAAAAN3/5v8AAO7/6P/5/wAAAAD5/yQA+v/o/wAAAAAAAAAA8v8YAPT/1/8UAOr/7P/r/wAA6f/q/97/EACP/+b/r//y/6T/6f/Y/wAA4f/h/+f/1/8AANb/1//W/ycA2v/l/83/1v8AACAA3//s/+z/6//s/9f/3//s/+z/7P/s/+3/7P/s/xQA9P/j/wAAxv/a/9P/yv8hAOn/3P8aANr/5v/n/+v/5P/t/wkA7P/z/+z/7f8TAOz/2v/H/wAA6v/r/87/AAD6/+z/6//s/+z/AADs/+v/CADg//b/3/+//8//7f/c/+T/7P/3/+3/8P/l/xIA7P/x/+f/6P/j/9n/AAAaAPD/4v/r/8f/5f8AAMz/3f/f/xEA3f8UANn/zv/2/+n/6v8AAOf/IgDh/9n/3f/O/9v/0v/h/+P/0//K/9T/EwAAALv/5v/j/+r/7P8AANz/6f8JACEA6P8AAAAA7v8AAND/3v++/8L/zv/c/5v/AAASAOD/HADy/+D/4P/n/+D/4f/q/zIAyf/S/8n/0P/W/9j/3P/W//P/AAAAAAAAKAD3/+b/z/8OAJ//nP+s/8X/FwDq/+7/qf+4/8r/EQAPANP/1v/S/xEA1//j/xcA3P/m/+X/qv+l/9H/4/8hANz/FADu/+L/5//q/+X/6f/p/xgA6P/Z/9X/6f/n/wAA1P/d/y4A7P/s//T/7P8AAOz/FADt/+z/2f/d/9j/8//h/xQAAAAAAKD/rP/Q/wsAEADp/73/2P/n/xAA6P/V/wAA+P/j/+r/7P/s/+z/7f/s/xQA7P8UAAAAAAAAAAAA3P/s/9j/3f/W/93/3f/Z/9b/LQDT/+z/0v/T/+n/6v/i/xkA6//5/+7/+P/w//D/AAAeAAAA7P/r/+z/7P/s/+z/FADs/+z/7P/t/+z/7v/s/+z/FAAUAAAA2v/W/9n/3f/j/+j/7P/s/+z/8f/s/xQA7P/s/wAAGAAAAAAAAAAAAAAAAADy/9H/5f/L/+L/EgDl/9j/6v/s/+3/7P/s/+v/6/8hAMT/AADz/8X/w/8OAMP/w/8bAOL/6v/n/+j/1v/m/+f/x/+r/7r/GgC0/+f/w/8KAAsAzf+q/47/EwDf/5z/8/8UAOj/AAD3/wAAAADc/+z/4v/E/93/y//M/+j/xf8zAPj/6v/r/xgA6v/V/+n/4//G//P/s/8AALb/IQDR/9P/AADa//f/9f/v//X/6//P/9X/7P/s/+3/4f8UAOj/AADw/wAA7P/r/+v/CQDF/9r/xv/R//T/AADM/+P/xv/Z/+z/FADt//H/5//s/+z/7f/v/wcAuv/T/9z/AADs/+H/0v/y/8P/kf/G/wAA7f8LACAAyP/K/9z/0v/E//T/yv8gAOX/6P/p/9f/4P/e/wUA0P+4/yAA8/+l/+f/2v8hAAAA7f/x/wAAAAD6/xUAAAAjAO//7v8AAAAA9P/f//v/5P/n/9//6v/p/+f/GgDm/9P/5P/q/+f/6v/R/zEA1f/s//f/7f/w/+X/EgDs//H/8f++/8b/1v/U/xwA1P/D/wAAAADf/+L/6P/k/+L/3P8gANr/2P/V/9j/5P/l/wAA7P8bAJP/5f+6//T/w//W/73/GgAAANT/1f/o/8T/v/8WAL3/y/+w/6D/9/+8/wAA1//6/9f/0v/T/9P/yP8HANv/6P/s/9v/EgDs/9//AAA0AOb/0v/b/9z/qP/L/8r/6P/4/wAA+v8AAO3/GgAAAKb/kv8LADwAtf/D/8D/4f/T/xgAzv/l/8X/zf/2/+r/vv8VAL//3P/N/+j/+//j/+z/FADt//T/7f/t/+f/8f/r/wAA6//r/9n/EQDf/wAAz//t/77/x/+7/8D/5P8QABAA4//X/9P/yP/L/+T/9P/T/87/zP/c/9z/3//w/+j/2P/s/+r/7P/v/yMA6v/m/wAAAAAAAOz/AADY/wAAGAAAACIAAAAAAAAAAADr/wAA2P/b/+z/2P/b/wsAAADa/9z/6f/k/9r/AADm/xIA2P+//+j/yP/W/8X/xf/V/zQAGQDk/+T/4v/f/+D/7P/j/+H/vP/b/7z/1v8aAAAAyf/q/+T/2//Y/97/HQDh/+v/0f+T/8//6/8FAMT/AADC/9f/4f/a/+T/6P/p/yUA6f+4/+j/nv/u/7f/rv8AAMH/AADb/+L/8P/Y/8b/AAC3/9n/6//s//T/7P8VAOz/7P/r/+v/6//r/+v/6/8VAOr/xf8dAOL/4P/U/wAA1v/W/wAA0f+0/8D/BQD2//j/3//V/9j/6//r/wAA6//q/wwADwDC/9L/uf/B/9b/8v/x/9z/2//q/+v/5/8iANn/2f/F/yMABwDm/+f/AADT/7z/5v/j/+r/7P8AANz/6f8JAAAA0P+z/9P/9f/O/xMA0P/m/+P/6v/s/wAA3P/p/wkA6/8ZANr/7v/h/9v/3f/7/wAAwf/H/7r/3P/H/xIAEADV/zQA3//3/+D/5//f/+j/DQDR/+D/6v/r/+v/zv8SAL//2P/i/+P/3v/Z/ycA3//s/+z/AADE/wAAFAATABoA2v/p//T/AAAAAO//JADv/9P/2//W/+f/uv/S/w4ADgAZAOv/6//W//b/5P/r/8P/4v/Z/9n/y//a//f/KQDY/xUA7P/s/+7/7f/s/+r/6v/r/+z/7P/s/+z/FADs/+z/0v+w/97/yP+o/wAAAAAAAOL/FgDn/+z/8v/p/9P/6//s/+z/7v8AAPr/7P/s/xQA6//p/9T/7P8AAOz/FQDs/+H/6v/l/+v/7P/g/x0A6v/T/wAAtP/B/77/+v8AAMH/AADk/9f/2f/Z/9X/CwDV/7f/zv/X/9v/1f/j/ycA6//t/+D/1f/6/8f/1P/I//f/4P8AAAAA8f/7//n/HADs/+X/qf+t/5j/7//r/8T/9v8AAKr/qv+0/6r/2v/a//T/xf/X/9j/7P/h/+r/HQAAANT/u/8WAMP/xP/u/w0A1//U/wAA2f/q/xQA6P/u/+z/1//q/+H/5P/Y/xgA1//6/xAA2P/T/9z/z//S/9b/9/9AAKP/3P/E/8X/AAC+/67/FwDK/+T/6v/V/8X/AAC9/0YAj/+S/4v/0v+N/6z/yv/v/73/xf/V/7z/4f/I/wwA3f8FAKf/4v/c/83/8v/4//n/7P/k/9v/EwDV/9b/AADP/8X/6//7/+n/4v82AOX/5f/W/+L/z//i/9L/LADW/+z/8P/1//v/8f/3/xQA7f/q/8X/6v/m/+L/GADn/9r/5P/v/+T/6f/s/wAA5P8UAMf/xv8mAO7/xv/H/8z/BQDn/+j/GgDq/+n/5//i/+f/LQC1/9z/1//e/7f/3v/h//r/zP/E/+P/7f/s/8r/DQDT/+b/6//r//n/LADs/+v/6P/i/+X/4f/V/xoA5f/g/6r/q//Z/73/uf/Q/7T/SgDe/9X/5f/Y/9b/wP/K/0MA2v/O/9f/3f/3/77/3v9EALP/wP8PANz/+//K/+b/zf/k/8H/5f/X/9j/AAD1/9D/DgAAANn/4f/V/9n/zf/m/+b/9P/p/+n/7P8SAOb/7P/V/9X/0v/X/9f/AADn/wYAyf8VAM7/xv/T/9X/9v/P/8D/0f/e/+f/6P/y/x4A2//f/+H/6//j/wAAJwDe/97/6/8RANb/1P8AAM//5P/m/+z/5//d/9L/6v8AAOz/FAAkANv/4P/g/+f/3f/S/+X/7P/Y/+r/6/8AABMAAADa/+z/2f8VANT/6P/S/9z/1//p/8v/zf8oAOP/w//j/83/5/8AAL3/1P/l//L/CQD1/+T/3v/r/+r/7P/G/9j/OwDs/+z/7P/y//P/7P8UAPD/vf8AAJ3/AACv/+3/sP/5/xYA4f/s/+n/7v/q/+f/7P/q/wAA0P/s/+P/6/8PAOz/BwAAAM//3v/W/8r/yf/Q/+n/6v/r/+v/7P8VAOv/6f/Z/+n/u/+5/wcAuv/s/9z/xv8nAJz/p//F/7L/9P/1/+D/2f/s/+3/AADl/+f/EQDO/87/MQDl/+H/1P+w/8z/yP/G//r/7f+5/wAA3f8XAPb/5P/s/+z/FADs/+3/7P/R/wcA4v/r/9L/EwDN/93/5v8AAOv/3f/s/w0A2v/X/+j/4v8bAOT/5v/r/+L/5v+x/7H/RADG/7//sv+5/9X/GwDa/+f/+P/6/9n/7P/5/wAA8P8HAPn/AAAPAOf/x//e/x0A0P/S/87/yP/p/8v/1P/q/+f/5f/W/+n/8v8aAPL/5v/N/9b/5/8AAPX/5//z/+X/0//e//r/7f8XABMA7f/P/+T/0v/5/9r/HQDM/+z/6//r/+v/6//r/xUA6v/p/9z/GwDX/+b/5v/q/+T/2f8TAOv/7//n/9j/3f8AAM//y//m/+b/wP/F/+r/9//s/+P/9//r/wAA7f8XAOT/6//r/+r/7P/s/+j/FgDq/+z/9//t//D/5f8SAOz/8f8QAOX/AADg//X/0//o/9T/9//g/7//0v/F/8b/GgDH//T/9f/g/8D/2P++//T/y/8AAB8AAAAAAPL/+f/s/wAA4f/C/xcAxf/O/wsAxP/G/9H/zP8WANb/1f8GANH/0v8wALj/0P/v/9v/AADB/8f/7P/o/+7/8//2/+z/FADr/+r/FQDr/+z/6v/s/+z/6//3/+z/4//v/9//6P8RANv/0/8uAMX/1v/X/8P/+v/R/7b/y//J/+7/AAALAPj/0v/r/9b/1//R/+D/6v8aANP/7f/x//X/5v8AAAAAFAD4/+z/FQDu/+z/7P/r/+n/6//H/8j/0f88ANf/zf/H/+P/7f/s/+z/FADt/+z/7P/s/+z/7v/u/wAA8v/m/xUA7v/r/5//wP/J/6z/RADP/97/5P+i/7n/sv+m/08A1f/2/7H/t//L/9b/vv9IAMT/sv/H/9j/AAAUABgA1P/s/7v/5//J/8b/0P8SAMb/5v8QAOL/AADY/xsA5/+w/9v/yv/f/xYA3f/s/+D/5v/s/97/5//h/+L/2P/l/wAAEADn/xgAr//n/9v/wf/s/+n/3v/5/+7/+P/w//D/AAAeAAAA8//u/+T/+f8UAOf/0//o/6D/4v/N/7X/rf/L/yUAsv8AAAAAAAAAAPL/AAAWAAAA0v/4/wAAzv/U/8n/7v/A/8b/sv/o/+v/2f/s/wUAs//s/+z/7P/s/+z/7P/s/xQADADK/83/0P8PAAAA2f/G/9v/6P/p/9X/5//o/xgA4//b/+z/5//s//n/AAAUANn/5//l/+r/+v/r/+v/GQDp/+L/GAD4/6v/1f+8/9T/FwAXAAAAAAAAAAAA6f/s/wAACADc//P/tv+3/9X/yf/w/+r/1f8AAOr/6/8SAOv/6v8AAPL/AADz/wAA3/8AABgAJQC8/7X/uv/C/8X/3v/t//H/6P/c/+L/7P8LANX/7//s/+b/AADf//L/2f8TAOj/2P/d/9f/2v/h/zMA1//S/wAAy//S/9L/w//t//v/4v/6/83/z//r/9r/AAAJAN7/yf/H/7b/wv/F/77/CwAwANX/2P/s/+z/AADr/xMA2P/d/9//wP/Y/wAAyf8KAPL/6//r/+r/7P/s/+j/FgDq/8z/0P8UAOv/6v/N/wsA3P+y/+z/6f/2/9//BgDh/wAA9P/r/+//7P8AAOj/FQDd/9T/+/8AANL/6P8HALz/7f/y/xUAAADx/+//BwD4//j/FADl//r/6v/k/+v/6f/r/+r/FQDz//v/5P8XAM3/z//Y/9P/zP/X/+b/3P8mAOb/6//r/+r/7P/s/+j/FgDq/8P/sv/z/93/4v8AAKb/IQDD/87/0f/J/9H/MQDP/8z/4v/X/9T/3P8AAOb/EADg/+7/7P/s/+z/7P/w/+z/FADr/+z/5f/z//H/6/8VAOz/3P/c/xAA6f8AAM//wv/2/9T/0f/W/9X/1f/j/ywA1P/q/+z/6v/3//b/6/8WAOr/6v/s/+r/9//2/+v/FgDq/73/IwDO/87/2v+8/+P/5f/W/yMA0P/j/8r/5P/f/8v/4P8VAOr/5v/s/+H/7P/r/+n/4v/B/9n/tv/k/wAA9f/U//n/CwDQ/8L/yP/K/9L/7P/t/+3/+v/w/+b/FQDt/+z/9//t//D/5f8SAOz/8f/m/9L/wf/a/+P/GADv/97/6v/s/+7/9P/u/+r/FgDn/9T/x//T/8r/AADR/xsA0f/s/+z/7P/t/+z/7P/s/xQAFQDp/9//6v/m/+X/AADg/wAAEwDY/8r/4//O/+z/8//A/z8A0P/W/7//xP++/8//+//m/9b/3P/p/+f/CQDq/+v/6f/s/xcA7P/l/+X/6/8AANj/7f/t/+3/5v/a/xEAvf8eAMf/5//B/8T/+f/O/7L/7P/p//b/3/8GAOH/AAAXANr/AADR/8b/AADR/+D/4f/F/87/1//X//n/AAAPAOD/AAAAAPH/+//5/xwA7P/3/7//xf/D/8L/6P8cAOb/6v/R/+H/4//m/+T/GwDe/+T/8//4/wAAAAAAABwA9//k//P/+P8AAAAAAAAcAPf/7P/s/+v/4v/s/+r/FgDq/xQA7P/t/+7/7f/s/+z/7P/C/8n/AADn/+z/LwDW/9T/rP+s/wkAwf/W/xwAu//f//b/x//Y/9v/5P/N/wgAwP8AACwAAAAAAAAA8v/y/+r/6v8VAOv/7P/r/+z/6v/r/9H/JADX/97/2P/d/83/6v/g/xwA5//o/+X/6v/i/9n/LADR/9z/1f/j/87/w//h/+r/7P/s/+z/7f/s/xQA7P/L//f/1//X/+z/3//m/yAA4f/g/57/SP+7/8z/0v8AAN//AADx/8P/kv/a//v/y/8cAM//2//k/+n/4f/n/8j/2v/a/+v/7f/q//T/JwC+/+z/7//t/+7/7P/t/xQA9P8AAAAAAAAAAAAA4v8AAB8A7P/x//f/AADz//n/FADt/9//2//e//T/1v/c/+L/JgD3/wAA7//u/wAA1f8AAPj/1/+8/9b/2v/T/+H/FAAHAAAAEwDs/+z/7P/n//H/5v/Y/+r/zv8TAOz/6/8AAOb/CADw/+T/uf+7/7r/sP8FAMn/AADN/83/yP/d//f/vv/p/wAA5f/o/xMA6v/r/9T/AADW/7T/uf+7/8H/8/8LANX/AADr/+f/4//Y/xEA1f8pANf/2P/X/+b/xf/t/9X/3P/a/9j/2P8TAOH/AADZ/8v/AADr/9j/1P8eANj/5f/m/+T/9//h//H/3v8AAO//AADo//P/0P/R/+7/2P/a/8r/+f/A/6L/9v/x//X/5P/k/+X/AADr/+z/GgD1/9j/6f/s/+//7f8AACAA1//s//X/6f/q/9D/zf/j/9H/GgATAPH/AAD6/+j/AADo/9X/w//V/6P/DADs/+f/6f/1//j/vf+n/6T/dP8AAM//CwDU/ygA1//Y/+f/5f/n/+H/0P8uAMD/3f+s/87/sv/q/+H/FQDr/+r/7P/s/+z/7P/d/0UAyP+8/9D/p//V/67/6//s//P/7v/z/xQA7//x/9b/DwAAANj/6f/Z/9j/4f/x/+v/7P8UAOn/7f/m/9j/FQDq//L/7f8AAOr/7P/n/+n/1P/W/9T/1f/Z/x4A3v/U/x4AAAATAOj/1f/f/9b/tP/E/wkAFQDd/+n/AADF/9n/2P/d/9j/4P8AAAAA2P/d/wAAAAAAAAAAIwAAANf/2//G/+//AAD0/9n/OgDo/wwA+f+s/97/pf/k/8j/zP/s/+v/7P/r/+P/6/8UAO3/wv8WAMj/8v/N/+b/vv/r/wsAEwCi/4//zf/v/7f/z//f/xgA1P/L/wAA1P+8/9f/0P8AANj/5f8AANj/AADL//L/GADh/73/m/+6/93/9//q/xgAz//Y/87/7P/I/8n/zf/d/9r/AADZ/8H/3v/l/+//3f/i/xwA+P/g/+j/zP/r/+n/7P8XAOz/5f/l/+v/6f/s/+7/9v/t/+f/6P8VAM7/2f/1/7H/5//O/wAAFgAVAOz/9f/s//T/7P/q/+z/6P/y/9n/5v/k/+L/DwDq/8j/FwDq//f/5//U/87/wv8jAOf/5f/z/wAA4P/d/+z/HwDb/9r/8//y/wAA3P/Y/6X/AAC//7H/xP/v/7f/HQD1//P/2f/n/+D/4P8OAOv/6/8GAH3/+//s/97/5f/E/9H/7P/s/xQA7P8HAOj/6/+h/8D/cv8fAIv/wv83ANj/2/8MAAAAFADx/9z/7P/Y/wAA1f+7/9j/9P8WAMr/4//V/+T/5v/r/+v/CgD2/wAA6v/g/+L/3P8AAMb/5f8PANr/EQC6/8b/BQDL/6//k//h/+H/BgDQ/9n/EwDs//b/BgC//77/0P/s/+n/BQDU/8f/xf8UAOH/4P+1/ycA5v/V/9P/yf/z/9j/1f9EAMz/5v/F/x4A2P/C/+b/AADS/+z/FADs//D/7v/s/+3/7f/n/wAA1f/H/9D/3P8LAOP/7P8UAOz/8P/u/+z/7f/t/+r/7P/s/+z/7f/t/xQA7P/O/xQA7//k/wAA5v8iAPn/AAAOANP/wP/Q//D/0P/T/8//5/8RANj/2v/y/wUA0P/G//X/0P/Z/+T/sv8xAMT/6v8VAO7/7P/t/+v/6f/r/9j/yf/S/+P/AADZ/yoA6P8AABIAlf8AAHf/y//m/6//xv/t/83/z//O/9P/IgDI/+P/zf8UAKf/2v/S/8P/AADS/8L/2v/K/+z/CwDi//L/3P/b/+r/5//r/+j/HADm/+z/8P/1//v/8f/3/xQA7f/Y/7T/2f+5/9b/1P8tANH/1v/O/9T/3P/X/7z/NADJ/+X/3f/e/+b/7v/X/yUA3P/A/7//1P/U/+D/5P8iAOn/7P/s/+z/8v/z/+z/FADw/+//6/8XAOn/AADu//b/6v/C/5P/8/8AAK//DQD6/5z/FAAAAOT/4f8AAPX/3v/p/wAAAADp/+f/3v8AAMT/yf8mALP/4P+8/7f/CgDV/+P/6//q/+z/7P/s/xYA4//s/wAAAADA/+X/tP/t/+7/tf8LANj/xP/k/+7/AADu/97/2/8AAOj/3f/p/9j/BgDY/+v/7f/t/+z/7P/s/xQA7P+T/+//AAAAANv/7v/Y/97/FADq//P/AAAAAO//DADs//b/6f/d//f/4f/j/9j/JQDH/83/AADM/9D/1/8AAOD/3v/Z/wAA2P/f/wgA2//a/+f/9//w/+n/7//Y//r/LAAAANj/6v/p/+r/DADm/97/4P8AANv/2v/p/+3/BwDk/9f/2v/m/9j/zf/N/y4Azv/I/8v/vP/G/7//5//x/xsA2//a/+n/6P/1/9f/9f8pAO7/7v8VAO7/7f/s/+r/7f8VAPf/7f8AAAAA9//t//j/CgDg/+H/2f/e/wAA7P/Y/+n/0f+2/wAAEgD5/8z/9//Z/7P/0v8AAJH/9v/n/9r/uP/W/8r/xP/h/9L/2/8tAOr/GgAUAOr/3v/r/+r/1v/z/xEA6//x/+n/x//s/+j/5P/n/9//6v/p/+f/GgDm/xMA6//g/+v/9P/3/+j/7P/n/+X/6v/6/+v/6/8ZAOn/+v+k/97/lP/X/yEA4v/B/8//3v/U/9j/4f8AABIA7f/Y/+v/FgDk/+3/9//s/8z/6v8AAAAAAAAAAMn/GAAAANP/zf/u/+f/6//v/+L/CgDs/+z/7P/s/+z/7P/s/xQAxf8LANL/z/8GALn/xv/e/8r/KQDQ/7//2//1/83/sv/n/9j/3P/g/+b/y/8AAC4AHAC9/8P/1f+6//X/8v+z/+n/6v/r/+v/7P8VAOv/6f/m/+r/GADX/+v/4v/s/+T/z//F/+v/+//p/+L/NgDl/ycA+//N/8v/x//H/8f/1P/v/+v/FwDp/wAA7v/2/+r/8f/s/9v/6//p/+z/FwDr/wAA2v/j//P/5P/Y/wAA2f8QAOv/3f/s/9n/CwDc/8r/9//X/9f/6/8AABMA1//u/yAAsv8HAMj/p//K/+//+f8QAOn/2f/d/9n/AADo/+L/JQDf/73/yf/X/93/zf/N/+v/7P/p/+L/7P/q/xYA6v/w/+3/+P8UAO3/7P/s/+z/AAAZAAAAAAAAAAAA8P/t/wAA1v/X/9D/FADG/9r/zP9v/+b/0f8GAAAA4//F/woA+P/c/9j/4//k/yIA3f/r/9b/2P8UAOj/6f/Z/+v/AAAVAOz/7v/y/+j/5f/q/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAD6/wAAAAAhAAAA5f/0//r/2f8SAKj/o//d/7b/7f/t/+v/FADu/+v/6P/t/9j/GQDl/+D/1/8AANb/2f/i/xQA2f/a/8//2//w/9D/7f8UAOz/7P/y/+z/5v/s/+b/1P/P/+f/6v/S/xwA6v/r/+z/FQDr/+3/7P/r/+r/1P/S/8//3P/d/zsA3//V/+f/3v8eAOr/4f/j/93/5//r/+z/7P/s/+z/FADs/+z/GgD3/+j/5v/Y/9z/1v/k/6P/AAC6/+//yf8TAOX/2v/i/8H/vv/P/8f/xv84ALP/AADZ/9//3f/e/9T/zP8nAOv/FQDr/+v/7f/q/+z/6f/s/+7/7v8AAPL/5v8VAO7/IgDp/+r/3v/q/+D/1P/f/8D/rf/F/+//3v/Y/y4Az/8AANP/9P/S/8//7f/f/+z/kv+U//n/CADe/63/wP85AOb/4v/W/9f/1v8TAOj/AADT/+n/DgAJAM3/8f/Z/9v/6v/W//n/zP/s/w0AAADg/9X/8P+4/7X/3P/4/xoAof/B/xwAu//c/8P/0P/m/8r/4P/T/wAAzP/l/87/JQDU/wAA6P/m/xUAAADs/9f/6//f/xUA6v/X/+D/8//h//T/3f/s/+z/7P/u/wAAEADZ/8X/6v8HAMj/uv/H/8H/7v8AANj/5f/r//P/5P/g/wcA6f/s/xQA7P/s/+v/7//s/7//rv+w/+P/4v8OAC0A2P/5/+f/2P/f/+H/1v8SANr/6P/k/9b/6v/X/+n/GwDo//P/8f8AANr/yv/0/9D/yv/m/wAA5f/X/93/FADj/+r/NgC+/8X/1v/j/8P/2//2/+f/7P8AAOv/8v8UAOv/6//r/+z/7P/s/+z/FADs/+z/2v8AAAAA9v8AACcAAAAAANr/5P8AAOz/3//b/wsA5f/p/wAA2f/p/9f/2v/e/wAAAADK/7X/2P+//9P/5/8GAOz/6f/t//L/+f/q/+z/FQDe/+v/BwDG/5r/8P+1/wAAyv/C/8z/GwDp/+3/AADS/9X/FADn/+L/6//l/wAA6P/j/9v/1//m/9v/2v8iAOX/9P8UAOz/7v/w/+z/7P/4/xcAtf/L/87/uf/C/wAAr//J/wYA0v/N/9P/2f8AAN7/zP/E/7H/u//Y/zEA1f/u/+v/7P/a/+v/7v/s/xcA7P+9/8H/DwDF/8n/9f8AANH/t//i/9L/5v/p/zQAxf/V/+v/1f/V/8j/5f/U/xgAAADT/+n/9f/h/+T/5P8kAOD/2v/L/8//0v/S/9v/KQDl/+z/7P/s/+3/7P/s/+z/FAAmALr/3P/c/+j/r//c/7P/7v/2/9f/2P+y/8z/vf8aAOz/6//s/+//7v/o/+n/FAC4/5z/7f+q/7v/AAAAAOz/LQD3//X/AAAAANP/2//w/9v/6P/s/9v/EgDs/9//AAAUANj/8//A/+z/x//t//D/6v/Y/+7/5P/u/+z/AAARAAAAw/8AANH/7P/o/+f/8P8GAN7/7v/m/8D/1v8AAOj/7v/k/9z/8f/5/+3/FQDh/xQA7P/s/+z/7P/s/+z/7P/u/+3/0/8AALn/BQC0/+j/7P/w//X/+//x//f/FADt//D/FADu//P/7P/s/+z/7P/d/9f/3P/n/w0A1/8TANj/u/+i/7v/3v/Y//T/OwDb/+v/7P/r/+v/7v/s/xQA7P/R/+//u/8RAKv/6P/G//f/CQAtAK3/yf/I/8j/5f/I/+P/FADl//L/8//U/xoA2//Y/+L/1//Z/+P/5/8AAA4A6v8sANf/wP/G/7f/uv/q/+//xP8AAAAAAADc/9b/DwC4/ygA5//M/+n/uv/p/8T/qv+w/7f/of/X/+z/DwANAA8A3/8AAOv/FADf/9n/2P8UAMX/5f/b/wAACgDg/+L/6P/k/+b/3f/s/9T/2P8kAAUA5f/T/8z/1//Y/+n/CQDh/xYA6//5/+b/AADq/9j/9f8PAOv/0P8MAK3/9P/I/+X/5//P/+3/8f/b/+z/FgDZ//L/dP+X/6b/6//s//X/AACW/+j/wP/R//X/HwCs/+D/FQDn//X/5f8AAOn/2P/X/+3/5v/x/+z/FADu/+P/1v/r/6j/0f/6/xwAtv/a/9P/KQDf/9//5v/l/+T/4P/y/xUAAADv/wAAAAD5/wAA2f+n/9r/yv/L/7D/+//r/xUA6v/2/+z/9P/s/+v/6//n/+z/FADs/+3/6//v/+3/FwDw//r/AAAAAPD/6f8AADkA0f/n/97/5v++/9X/xP8WAMr/2v/D/9X/u//z/8P/wP/Y/+j/3v/o/9j/LQDl/wAA2f/h/+T/2P/Y/wAA5P/X/+f/+P/b/yUAKADd/8v/1//z/9j/CwCN/9D/yv/H/xMA2//U/+v/9f/Y/wAA2P/c/ycA5//X/+D/yf/b/9D/3v/O/+z/AAAAANX/EQDf/9//3v/g/+f/5f8iAMn/5f/T/ysAqf+E/7f/u/+l/93/0//q/9r/2v/V//X/1f8eABUA7P/u//L/6P/l/+r/7P8SAAAA9f8AAAAAAADb/+f/5//l/+r/+v/r/+v/GQDp/wgA1//f/+v/6P/2/97/EwDE/wAAqP/x/9f/s/8MANX/6f8ZAAAA9//p/+3/5v/x/xkAAAAAAAAAAADu//H/+f/n/9j/0//s/8L/6P8gANT/2P/T/+b/2v/o/9X/KADa/9f/7P+6/8v/FAC//w8A6P/s/+z/6v8UAOz/7P/s/+z/1/8AALT/tf/E//D/AAD3/+z/wv/n/9D/zP8AAOn/3//3/xAA8f/v//b/AADa/+z/AAAiAAAAAAAAAAAA6/8AAK7/vP+v/1EAov/Y/6T/0v/r/+n/7P8XAOz/5f/l/+v/tv/k/97/QwDN/9n/vf/B/9f/1f/c/xwA4P/Q/+b/0P/b/xEA1//f/9X/1P8AANn/BgAAAPT/7P/g/wAA6v/a/9f/6v/Y/9f/FADN/9j/AADs/+T/iP+T/5D/1v8bANj/AAAPALT/7P/K/9D/BwDT/wAAAADO//L/1/8AAOT/6//s/+z/7//s/+z/7P/s/xQAhf+r/9r/CwDI/7n/UQDF/+b/uP/h/9//zf/6/w0Azf/p/+v/2P/Y/+3/6v8kAOX/0P/O/9f/zf/U/9T/LQDW/x4A0//h/8v/yP/j/8b/AACx/+j/3/8TAM//5P8AAOz/FQD3/+3/AAAAAPf/7f/4/7n/3f/p/9D/1//6/+v/5/8GAOL/6//Y//P/CACu/87/5v/b/9v/2P/w/wAAAADo/xIA1f/P/8P/6P8SANH/+f/Q/xQA3f/v/+n/AADZ/+z/CwC7/wAAr//U//r/wP/n/+v/6P8IAOv/2/8UAOH/6f+y/7//DwDW/9j/KADT/7D/0v8AAOX/AADh/wAA1P/j/9f/5v/4/+f/5P8eANX/yP/E/w8Ai//T/8P/2v8MAPD/1v8OAOz/6//q/+P/AADq/+X/8//O/8b/7/8gALf/4/8TAOj/6P8AAND/0//u/9f/xv/B/8b/3//D/wAAGQAAAAAA7f/x/wAAAAD6/xUAAADp/+H/IgDe/+X/5v/d/9f/+f/t//L/AAAAAPT/JgAAAOz/FADt//T/6f/s/+3/7f/O/5f/sf8UACwA0f/6/6n/2v/Y/+z/7P8jAOz/6P/q//v/xf/W/7b/5P8UAOr/zP8AABkA6v/y/+j/6P/k/9//2P/s/+n/6//q//f/6/8UABQA2P/y/+b/AAAAAOr/yf/p/+z/7v/2/+3/5//o/xUAAAC1/7X/qv+5/7H/vv8AAPL/rf9//+j/y//d/wAAEgDz/8z/2P8AALP/5f/i/+X/GADY/9L/4P/b/+X/xv/1/+f/7P/s/+z/7P8aAN3/7P/W/9b/5//f/+r/1v8qANb/1v/R/9j/3v/e//T/FADR/+r/7P/q//f/9v/r/xYA6v/s/+z/7P/s/+3/7P8UAOz/yf8RAOv/1v/W//n/zf8AAAAA9v/R//b/yP/U/9f/EQD1/xcAxf/n/9j/4v/i/9j/5P8RAAAA5f/h/+r/4P/Y/9b/EwC8/9j/2P/6/9X/DADs//n/6f/r/+f/6v8VAOv/yP+//9D/5//g/wAABwDn/+z/7P/t/9j/+P8JAO3/AADa/+v/AADl//P/8P8lAOv/5//Q/+7/9//Y/+v/GwDh/+H/vv/B/8D/9P/1/wAA7P8VAOr/6//s/9v/3//0/+n/7P/w/+3/7//s/+3/FAD2/9T/x//L/97/xv/B/zsAvf/s/+z/6v8UAOz/7P/s/+z/AAAlAPn/+P8AAOv/yf/n/xEA7f/R/9D/1f8LALT/x/8YANv/3v/Y/+H/2P/r/+L/4P/g/yQA1P/l/+P/1v/b/9P/7//l/wAA3P/o//P/CQD5/wYAsv+2/7j/0P8HALL/+/8pAPb/9P/5/9L/yf/i/+T/8//4/wAAAAAAABwA9//D/+n/7v/Y/+H/GADw/wAA9f/q/+v/6//p/93/EADb/+j/DwDr//X/7/8XAOP/2P8ZAAAAAAAAAAAA5//s/wAAGQAAAAAAAAAAAOf/7P8AAOf/AADs//H/6//U/9j/GADq/wYA6P/p/+D/FADq/+v/6//q/+z/6/8XAOr/5v/c/9X/0v8AANn/0v/W/+v/AAAUANv/6//q/+//AADs/9j/z//T/+P/zP/K/xoACwCq/xEAAAAAAAAAAAD1/+L/9f/Y/8n/v//K/9L/FAAKAOH/6v/R/+H/4//m/+T/GwDe/+z/AAD4/wAAAAAUACMAAAAPAAYA3//l/9z/5P/Y/97/v//U/8r/1v/R/w8Aw/8AANT/yf/h/8v/zv/r//D/BwAKAOH/7P/r/+r/6f/4/+D/5v/S/9v/3v/e/9X/IwDQ/xUA3v/M/9T/zP8pAKz/w/8JANP/EQDh/8X/+v/K/9j/7P/t/wAA2P8AAOP/FAD5/wAA0v8HAN//4P/d/7P/AAD5/+//tf+3/6f/8/+q/9r/7P/w/+3/7//s/+3/FAD2/+v/EgCe/6b/mv+9/8H/AADb/83/1P/s/+X/EgAPAOz/7f8hAO7/8P/4/9T/5//t/9f/5P/B/9r/wv/W/yQA0//s/83/FADH/+v/3f/O/wAA1P/m/7n/CwCg/+7/tv8AAMr/zP/g/8j/1f81AMT/yv/U/9r/4//Z/97/JADb/9z/4f/r/9v/5P/w/+f/GgDn/wYAzf8aAOb/uf+7/9//+/8GAOr/6//t/+f/6P/S/xMAFQDK//D/7f/1//L/7P/Z/xQA9v/t/wAAAAD1/+3/9/8eAPv/+v8AAAAAAAD1/wAA5P/e/+n/AADl/wgA9//d/9r/1f8QAOL/AADY/+r/7//f/9P/4//Q/7z/AADz/+j/8f/W/8j/x//a/73/+f8cAMH/JgDd/+L/3f/U//X/1f/p/7//xf+8/8z/z/8ZAN//xf/T/+f/0//m/8//OgDm/xgA6//W/+D/zf8AAN7/2P8dAOz/6v/1/wAA2f/k/+//1v/p/9n/2P/Y/9P/3P8nAOr/5//z/xQAAAD6/9j/1//D/6T/3v/o/wcAEQDM/9r/AACk/6n/tv+t/+X/8/8PAO7/uv/U/8j/2P8MAOr/6v/q/+//7P/t/+v/6//r/xQA1P/g/9L/v/+n/xEAwf8AANj/yf+w/wsA0v8AANz/AAAYAOL/1f/V/+r/5P/r/+T/1f/m/8v/IADT/wAAqv+0/+z/6//s/+z/7P8WAOP/7P8AAPb/7v/p/wAAGQD0/+j/8v8UAOz/7f/v/+v/7P/2//L/FADs/+3/7//r/+z/9v/4/8X/0P+z/6T/8P+J/wAA1v/X//L/0//W/8L/2f8YAOH/vP8SAOv/5f/A/ygAyv/P/8v/0f/l/9//QgDB/8n/1//c/9n/5P/s/x0A4P/s/+n/8P/s/+r/7P/e/xYA3v/g/w8Aw//A/87/HwDg/+T/6f/c/xoA2v/m/+f/6//k//r/7P/K/wAA2P/c/8r/2P8VAOz/9f/s//T/7P/q/+z/9P/e/+D/5v/r/9H/wP8dABMA7P/n/+z/3//s/+v/AAAAAMH/yf/M/9H/DADh/8b/wv8gANb/tf/E/8b/t//o/+z/7P8UAOz/6f/r/+z/6v8NALT/8//P/8T/AACk/9f/3//q/8//5//3/xYA7P/s/+//7v/M//f/of8AAN7/5//e/+P/6v/s/+n/2/8QAAAA0//Z/+X/2f/u/wAA8v8MAOr/FADr/+3/7P/s//H/6//L/8j/3P/R/9b/2f8wAMP/0P8WAOv/1/8QAOP/wf/l/87/1v9//93/GwDo//j/vP/x/xQA7P/t/+7/6//s//T/5f/C/8z/tv+z//L/9P8RANP/2/+2/93/4P/2/wAA8v8YAOn/6P/c/+b/8v/m/+P/0//m/9r/zP8SAKH/+v/I/9j/7f/u/9v/7v8AAAAA7P/B/wsAxf/k/9b/AADk//H/2v8AAAAA7f8AAA8AAAAAAPP/AADZ/+r/4/8RAMz/5/8UAOr/1v/U/+n/4v8AAOv/2v/n/9j/7P/Z/wYAEQDo/+r/wv/O/wAAyv/Y/wgA5v8tAJn/y//5/5r/8//R/+D/6//r/+r/7P/s/+j/FgDq/+v/6P/p/+v/6v/n//P/FADk/9P/1v/P/9b/1f8sAOz/2f/Z/+T/6v/p/+r/JQDq/9j/5v/o/xYA3P/j/wYA5//b/9D/pv++/wUAvv+//xgA4v8SALj/uv/s/9f/BQC5/9z/5v/r/+z/7P/r/xYA7P/L/+b/w/8HAOb/7//6/7//0P/w/x4ApP++/wgAsf+5//T/2P8AAM//r/8fAKn/3v/s/+z/2//s/+7/7P8WAOz/xv/I/+P/GADx/8X/1//7//T/6v/s/+//7f/q/xYA6v/w/x0A1P/Y/9j/4//Z/9T/7P/s/9v/7P/u/+z/FgDs/+X/AADk/+3/7v/Y/wAA6P/y/xQA7P/s/+z/6//r/+z/6f/s/+P/6//r/+n/FQDm/8v/EgDn/xUA7P/s/9f/1/8bAOb/3P/1//L/6//T/+z/5f8AANv/9//j/+P/CgDe/9H/AAD5/+X/3P/Q/w4A4f/I/zYAw//L/7v/wv8MAN7/1v/Z//P/2f/e/xIA1v/e/9f/5v8AANT/EADW/83/0v/X/xIA1//o/9n/2f8AAOL/6v/p/+r/zv/N/+P/3P8aAPD/FADu//P/7P/s/+z/7P/Z/wAA2v/f/9r/2f/Y/wAA4P8qAPH/HADf/9f/0f/V/xgA2//e/9j/4f/Y/+v/4v/Z/9v/8//s/wAA6v8TAOT/AADV/+P/6//m/wAA6P/U/8b/4v/D/+T/vf/R/yoAs//s/xUA7f/1/+n/7P/d//H/xf/i/9v/x//W/9r/AAAMABQA7P/p/+z/9//s/+z/7P/2/8f/2P/b/+T/zf8IAMD/6v+u/9z/x//m/8D/u/80ANr/2P/e/+z/EADr/+r/BwDt/+z/7P/s/+//FADs/+z/yP/O/xAA0v/J/wAAwv/L/xQA7P/s/+z/7P/s/+r/7P8QAOf/zv/W/9//AAD3/93/FADs/wAAAAAAAPb/7P/s/wAA5P+y/77/q//h/+j/zf/X/9D/0f/x/+f/z/8MAOv/AADc/9H/2v8AAKf/BQD6/9b/2P8OANf/3P8OAMz/2f/p/+r/5v/q/+H/6v/r/xUA+v/o/+z/7P/x/xMA6v/s/9n/IADr/97/9P8AANb/3f/p/+f/3v8AAPb/DADZ/+7/1v/E/9X/6//t/9b/yf8zANr/4f/f/+f/0v/X/+z/JwDm/xMA1f/v/+P/+P/r/9n/4P/k/+z/AAAAANr/IQDb/wAA0v+9/9z/BwDX/w0A0P/y/8n/6v/x/xAA7f8sAOj/4v8PAOj/1//l/9T/0f8AAAsA2P/Y/93/2P/d/wAA1v/N/+X/6v/l/wAAFAAIANX/6P/Y/+z/7v8AABQA6f/Y/+n/4v8AAPP/AADY/xUAFgDt//H/5v/p/wAAIADt/9//0f/R/9r/zP/a/9X/MQDS/+T/5//f/+r/6f/n/xoA5v/m/xoA6P/s/+v/2f/p/+n/KADZ/+j/3P/k/+D/2P/Y/+f/7P/S/+v/5f8VAAAA7P/M/+j/4P/W/9n/8P8hANf/2P/N//f/0v8AAPH/AADH//L/w/+U/+L/+P/1//r/+/8VAOb/6P/Z//j/AADZ/9f/7f8IANL/2P/t/xQA6v/c/53/ov+J/xEAsf8JAOn/2f8SAMn/0//r/9X/0P/u/wAA1f80AN//9//g/+f/3//o/8r/0f/U/wAA7f/H/xkA1//t/+z/2v/s//X/2P8fAOv/GQAAAAAAAAAAAOf/7P8AAOD/y/8AANv/5P/a/wYA3P/O/9L/1//c/+b/5P/Y/ygA1v/u/8j/3//R/yoAuv/O/+b/5f/l/+b/AAAqAOT/3P/a/9X/6v/o/wAA1P/f/y4A1v8JAOX/3P/s/9z/DgDi/9T/z/8AANj/6P/W/x0Azv/s/+z/7P/s/+3/7P/s/xQA7P/r/+z/7v/u/+v/6f8UAO//IgD4//b/AAANAN7/5/8AABwA6v/m/wAA7P/d/+f/of/0/+v/3v92/7b/JADq/9v/4f/o/+D/7P8jANr/2f/W/87/AADi/+f/2P86ANT/zf/v/9z/8f/r/xMA0P/N/8z/+P/r/+v/7P8RAM3/AAARAPL/1v/Y/9r/4v/z/9X/6v8VAOv/7P/q/+z/7P/r/+L/JgDe//H/2v/s/9n/3P/p/+r/6//r/+z/FQDr/+n/z/8pANf/3//T/9n/4P/Z/+z/4//w/+n/8//s/xcA4//s/+P/8P/p//P/7P8XAOP/7f/V//n/+//u/+3/FwDv/+T/5//f/+r/6f/n/xoA5v/H/9H/0//v//X/+//T//H/yP8LALH/vf/z/wUA2//J/9X/KAD7/9P/1f/o/9D/3//E/wAA6f/d/+H/0v/Q/xAA5/8AANX/xP/G/yAAvv+y/8T/3f/O/8b/0f/P//j/CgDs/+z/7P/s/+3/7P/s/xQABwAUAOv/4//e/9P/0v/s/wAA7f/x/wAAAAD6/xUAAAAUAOz/7P/t/+3/7P/s/+z/1v8eANX/6/+s/9T/zf/0/6n/1/+//yAAzv/r/wAAvv/k/9D/3//j/93/4f8PABQADADX/9f/AADY//P/4P/Y/wAAKADK/+H/vv/J/+D/CAAHANn/6v/m/+j/x/8AAO//8//X/+P/1v/W/+z/9v/a/xQA5/8AAAAA+v/t/+3/8f/q/+b/3P/i/9n/4f8YANb/x/8aAMj/zP8AANL/1//z/wAAAAC9/8b/sv/a/7//x//q/+b/3P/i/9n/4f8YANb/CgAAAOr/4f/Z/9T/z//D/+j/yf8AAMX/7//5//r/AAAAAPf/+P8AAAAA7P8PABQAxf/X/9f/EwDn//r/2P/s/x0A2f8JAOb/AADk/9f/zf/p/+X/6v/a/9//3/8aAOD/3f/g/+z/3P/o/+P/IADV/9z/8f/X/+z/7P8AANn/EQDs/xoA7P/s/+//7//h/+3/5//q/+v/7P/n/9j/6v8jAML/0v/u/+b/1P+w/9f/HQDs/+z/7P8UAO3/6//s/+z/6/8WAO3/AADr/+7/6//n/+f/0v8UAOf/7P/o/+r/DgAZAOv/8P/v/wAA5f/s//P/9/+6/7X/qv+r/8//1/8JAOH/6v/l/+v/7P/g/x0A6v/o/+T/7v/t/+//4v/s/xYA5//s/+f/7P/r/wAA6f8UAOj/7//h/7T/vv/I/x4Asv/E/+n/2v/Y/9f/AAAKANP/0P/K/9L/0P/R/w0ADgDJ/+r/7P/q//f/9v/r/xYA6v8TANT/AADY/+H/1f/d/wAAyv/W/8H/GwCo/wAAtv/Y/+7/FADu/+P/8P/4/+z/4//b/9//5v/s/+H/2v8QAAAA6P/q/+j/4f/o/xUA6//s/wUAt/+Z/wAAyP/p/8z/AADc/xQA8P/s/+7/7P/t/+z/yP8AAMj/4P/c/+L/vf8VANX/4//R/97/1v8AAOT/FAAAAAAAAAAAAAAA7P8AABQA1//X/+j/3P/Y/xIAAADf/8T/0//R/9L/3f8hABUAt//X//L/7P8AAPb/FAAAAO3/1f/d/8b/1//g/ysA2v/S/9z/4P/n/+j/4f8gANf/0v/S/+f/CQDX/9b/HgDm//L/7P+1/5z/DQDa/yEAt/+3/8D/5v/G/+//2P8cAMz/yv/3/8v/y/8RALn/BgDH/7n/FQC6/87/vv/W/8T/zf8AAAAA0P/S/+P/xv/H/woA0P/T/wAAzf/Z/+n/w//d/yMAAADd/9//4v/g/wcA0v/R/+r/xv/Y/+L/1f8iAM3/2//W/+f/7P/t//f/AAAWANj/1v8MAPP/3P/o/8v/BwD3/8X/AADw/+v/9P+w/7b/y//f/+r/7P/r/xQA5P/s//n/1/8SAOv/6//s/9n/6v8AANn/AAAAAAAAAADy/zIAAADX/7n/yP/A/8T/8P/b/x8A7P/0/+j/7P/v/wAA6f8AAAwA8f+//9n/0P/X/+7/+P/t/9r/3P/o/wAA7f8AABQA7P8UAOz/8P/u/+z/7f/t/+r/7//o/yMAAADs/9f/6v/u/xsA7P/t/+v/7f/f/+T/6/8WAOz/7P/l/+3/6//i/+//FQDs/+z/5//u/+r/5P/k//P/+P8AAAAAAAAcAPf/BwDk/9//7f/c/wAA5//q/73/1f/a/9L/7P87ANv/yv/t/+z/7P/0//X/7P8UAPH/2P8jAN7/5f/j/+D/6v/g/wAA3f/Z/93/2P/U/woA3//v/+v/FwDp/wAA7v/2/+r/zv/W/8z/5f/N/8T/PgDe/+v/4v8WANX/0P/X//H/2/+//+7/yv/L/+3/3f81AOr/2//h/8v/AAALABoA0P+d//L/5P/d//T/mP8SANL/AADc/9f/2//s/+T/2f/Z/xsAnv/3/7r/q/8RAAkA1v/i/9b/IADZ/8T/2//J//r/5P/W/xcAAAAAAPD/3P8AAOb/8P/d/xEA4f/2/+v/5f/V/73/1f/T/xIA3v/e/wAA7P+6/+f/y//M/9v/3//n/+v/GQAAAAAAAAAAAOf/7P8AABcAAAAAAAAAAADp/+z/AAASAO7/0//K//v/0P/v/9//2P8AAOf/3P/p/9j/AADb/8X/1v/P/8T/2P/X/zAAyP/q/7b/1P/P/83/uP8HANL/EADt/97/1f/p/8z/6f8AANj/FQDv/+z/x//v/8L/0f/m/xgA9v8AAO//7P/o/+n/5P/a/yEA6f/g/93/5P/m/+z/FADs/+3/7P/s/+z/7P/t/8b/v/+v/6f/sf8GAAYAKQDW/8j/1/+3/7r/7f+t/+b/6v8YANf/6//i/+z/5P8JAKf/5f+k/7z/8P/x/9j/+P/B/9P/5P/Z/+T/AAC7/wAA4f/u/+3/7f8YANr/6f/X/+z/7P/r/+7/LADK/8b/8v/P/+f/AAA2ANP/0//Q/xQA7P/s/+z/7P/s/+z/7v/T/9f/vv/S//T/CwAAAOv/AAC7/8r/1//q/9//9P8AAAUAwP/7/8f/3v/f/9r/4v/I/8X/DADP/8n/x/+u/xAAFwDj/87/CAC7/7X/sP9v/8H/EADZ/+P/1P/N/wAA0P/q/+r/+//7//L/6/8XAPP/6v/q//v/+//y/+v/FwDz/+v/EwDf/+z/4P/V/+v/AADw/9r/AAAAAAAA8P8fAPL/rP+w/8H/8P/e/8T/WwDX/9n/EwDf/9n/3P/s/+f/AAA3AMz/5f/O/93/z//J/9H/4P8AAAAA8f/7//n/HADs/+T/6/8AAOn/6f/g/xMA4v/q/9f/AADU/w0Arf/7/wAADgDK/9L/2P8AALj/AADr/+//u/+8/8L/xf8JAPb/6v+//8T/zP+7/+//IAAAAMb/7P/s/+z/7P/s/xQA7P/s/9j/x//k/9v/9f8eAOj/AADp/+z/7v/o/+v/8//s/xMAy/++/x8Av//s/8r/3/+o/7f/wP/Q/+D/wf8pABgAvP/o/+f/7P/1/+3/AADs/xQA5v/N/wAAyv/p/xYA3v/Y/wAA1/8UAN//1P/e/+f/5/+Q/8D/6/8cAJT/yv/v//f/CwDU/9f/4//s/8T/AADW/8P/FgDl/+T/2v/2/+v/8v+1/zgA1P/B/83/tf/m/8j/DQAOANf/xP/d/5n/9v+7/+z/7f/x//f/+f8UAOz/7P/E/8f/AADr/8b/v//L/zAAx//X/9b/yf8AANX/s/8gAAAAFADu/+z/7//Y/+z/AADe/+v/7P/q/xQAAADa/+z/6//s/+v/6//u/+z/FADs/6P/0P+0/+b/6v+r/9H/AADs/xkA7P/t//D/8f/h/+7/2f8oANj/4f/Z/9v/2f/Z/+D/5v/l/wgA7v/O/wAA4v/r/+n/1P/s/wAA7P8VAOz/5P8KAOT/8v/u/9T/+v/R/+3/OADf/+z/+//E/9X/6f/Y/xIA4P/n/+L/2f8AANj/6v8TAOz/7//w/+z/7f/s//L/FwDN/8v/zP/p/7b/6v8LAOf/8P/a/+L/8v++/77/2P/l/83/2P/o/9n/yv8jAMz/1P8uAN7/y//g/8//4P/V/97/5v/l/+D/KwDc/+L/yv/k/9T/xP/G/7r/CwAAAN3/1//q/9X/9//s/wkAEwDj/+j/2v/i/9z/2v8fANv/z/+i/xgAwf/m/+X/AAC+/xcA4//G/9j/6v/g/+j/AADs/+z/7f/5//D/7P8VAO3/u/8yAJb/o/+1/63/6v+0/+v/6f/U/+z/AADs/xUA7P/Z/+r/6P8UAOv/6v8AANj/3/80ALz/3//H/9f/rv/A/+D/EwDt/wAA4//p/9j/0v/l/8//AADV/9D/9P8XALj/4P8ZAOv/9//6/9P/4P8GAOn/5P/V/9X/0v/U/xoA0f/r/+3/9f/u/wAA7P8UAO3/5P/n/9//6v/p/+f/GgDm/+n/5f/u/+3/7v/j/+z/FgAlALv/uv/h/8P/rP8AAMH/1P/i/+H/6f/c/9n/2v8nABwAuv+v/+v/1f8eAKT/zv8AAL3/9P/D/8L/4f/e//r/9P/X//n/AAAAAAAAOgAAANP/+/+5/+v/zf/R/xYA1//S//D/3P/k/+L/yv8aAMz/yP8hAN3/6//V/9//1//q/8P/5P/T/+P/IAALAPH/rf/1/7L/tv++/97/p//r//H/6//T/+z/2v/4/+z/FQDr/9P/0v/L/9j/EgDT/xcA6f/b/8//zf/I/8X/7P/3/wAA4v/f/8r/0//t/7P/x/80ABkA1//V/+n/vf/l/9f/BQAAAOn/7P/0/9H/EQDV/9T/v//P/8T/2f8nANn/BwDp/wAAt//v/8f/4f/a//b/8f/d/wAA1//G/wsA1f+6/+H/5f8dAOz/6//s/+n/6f/m/ykAzv/W/+r/6f/X/+D/1//E//f/z//D/9T/zv/k/wwAs/8aAMr/GQDY/8D/vv/q/xkA8//q/9//6v/X/8X/0f/H/yQAEwDh/73/4v/P/+r/6v8AAOz/6f/s/xQA5v/q/9P/zP/g/+b/2v/m/zUAv//x/xQA7P/t/+7/6//s//T/1v8jAND/4//K/+T/3//L/9b/AADD/8v/v/8AANX/zv/g/wkA5//n/9X/7P/h/xgA7//Z/9v/2P/s/+H/9f8AAPn/9f/o/93/xv8WALn/zf/6/93/6f/i/+L/FADk/9r/7f/s/+z/9P/1/+z/FADx/+v/FQDs/97/7P/o/+z/6//U/xgA0P/j/+X/6//J/+z/0P8gAL//9//K/wAAsv/m/xQA7P/1/+v/9P/u/+z/7v/5/+f/8P/l/+3/5f8JAOv/5P/5//r/FAD3/+z/3P/p/9n/4P/k/+n/6f8AANn/AADy//r/2//H/9P/BwDi/9n/sv+9/9L/6v/T/wAAHwCY/xsAzP/c/+f/6v/a/9T/7P/Y//D/7P/q/+X/HwDi/+X/EQDV/9P/yP/N/8D/9//E/+v/GADs/+z/6//r/+j/5//W/9v/5P/c/+z/5f/s/xwAyf/Y/8r/1v/b/wsAo//U//T/6v/O/wAAtv+4/+f/1P8QAOT/AADW/+//yf/W/+n/7P/s/+z/7P8UAOz/7P/r/+v/3f/g/+n/AADv/xcA6//s/xEA2P/U/wAAyP/J/+r/FQDv//b/AAD6/9f/6//v//b/0v/V/+j/+f8lANf/0P/r/9r/5v/5/9//7P/r/xcAPwDU/8f/wv/Z/7z/4v+s/+z/7//0//n/7P/z/+v/FAAjAO//zv/F/9r/+P+i/7b/8P/R/9P/u//g/+r/9f+Q/8X/0v/J/8H/wv/B/yUA4v/s/+z/7P/s/+z/7P/s/xQA1/8AAN3/yf+6/9L/2P8GANn/9/8AAMf/AAAfAAAA1//r/9j/7P/b/+v/AAARAOr/6//e/+z/2/8FAPn/AADu/wAA1f/W/9D/1v/X/wAA0//q/7f/vv/B/x4A4f/U/+7/3v/M/9//IwDU/9j/6P/q/wAA2v/U/8L/0v/O//L/6P+g/zEAXP+I/wwA2f+k/8D/AAAfAAAAAAAAAPT/9v/r/7n/JQDm/93/3f/L/83/xv/V/yEA6f/O/+v/5P/E/8j/AAAfAAAAAAAAAPT/9v/r/wAALAAAAAAAAADy//L/6v/d/ygA2v8AAOX/9//Z/+X/xv8qANv/5f/W/97/2f/X/7z/JwCm/7b/AAC3/9//9f8MAB4AAAAAAO7/0P/0/+X/1P81ANb/4P/L/9H/1P/U/9H/LQARAND/z//o/8z/1f8AANr/DQC5/8j/mv/z/8j/6f/s/9n/7P/U/9D/6f8XANb/6f/y/83/AAAVAAAAyf/s/+n/AAAJAOz/9P+3/wgA5v/k/wkAAADy/9//l//Z/wAAAAD3/9r/2P++/87/zv/W/wAA1P/T/+f/AAAAANf/8f/J/6D/5P+r/+X/4v+2/9b/EgAAAOD/AADW/9r/2P/s/xoA7P/s/+//7//h/+3/6//S/7H/tP/r/w0Axf/2/+b/GwDq/+P/6f/c/+X/5v/v/9X/6P/3/yoA4P/X/9r/7P/s/+j/7P/7/+z/FADs/9n/1f8gANj/+P/f//n/5f/c/ygA3P/c/9j/4f/q/9b/GQAAAAAAAAAAAOf/7P8AAO//CQCp/8b/FgC0/8b/3v+z/+f/4P/l/+f/zP/O/zEAsv/r/6z/p//Y/6r/1/8pAM//AADe/+z/FADs/+n/6//I/9H/FADi/+n/xf/I/w4AAAAAAAAAAADy/wAAFgAAAM7/4//q/9L/zv/e/yMA2/8MAM//zf+2/8z/iv8AAMX/yP8AAAAA1//x/+r/z//U/x8AFgDk/9//4v/U/7z/yf8YAPj/AAD4/wAA3//s//b/3f/T/9L/BQDY/9b/6f8TAPv/6//t//v/+P/u/wkA6//f/83/2P8UAA8Axf/x/+D/6v/r/+v/6//s/xUA6//m/+j/6P8aAOr/6f/n/+D/6P/l/+X/3v/l/9r/6v8bAOr/0v+7/8//7f/D/+n/6v/H/+//6/8XAOn/AADu//b/6v/A/ycAyf/T/9f/v//y//X/vv/V/+L/+f/Z/+r/OwCn/6r/VgCt/7f/w/+r/7P/of/j//j/6P/f/9P/6P8TANz/AAAAAAAA7P8AANj/AAAYACgA1//j//f/2P/u/97/0//W/9j/3//p/9j/AADY/wAAqv8MAL7/2v8AANr/1v/5//P/1v/O/+X/6v8TANP/DADm/xUA6//g/9D/6P8OAOL/7f8UAOz/7P/x/+z/4v/s/8T/xv/V/9v/3P/y/9P/EQDe/8b/+f/1/wAACQDm/9X/5//Y/9z/4P/m/8v/AAAuAAAAu/+g/9L/3P/N/wAAuf/e/8T/v//s/+L/+v/I/+3/2v8AAL3/qv/F/8j/EwDj/xQA7f/u/+3/7//s/+z/7P/u//X/AAAAAAAA8v8VAPj/8f8UAOz/7f/u/+v/7P/0/wAA3//J/+b/rv/p//v/BQDe/w4A4f/E/+L/AADk/9P/HgDP//L/xv/Y/8P/AADV/+X/5//X/+v/4v/r/xoA6v/q/+r/6v/h/+f/7P8VAOv/wf8IAAAAm//z/9r/vP8AAPD/4//s/+P/7P/j/+j/GwAoAOn/6f/K//X/FgDY/73/8//G/7v/zf/F/xgAyP8AAMz/uv/C/73/yv/U/xcAAADr/+P/7P/m/+v/6f8ZAOj/AAAAAPL/9f8AACoA4P/t/yMA7//u/wAAAAD0/9//+/86AOv/yv/Q/9H/yf/M/8D/7P/s/xQA7P/s/+z/7P/s/8X/x//U/+n/1f+6/zUA6//s/yoA3f/n//b/4P/Y/+j/1f8ZAPr/3v/o/+n/2P/j/9v/KADn/9j/4f/H/9v/0v/Y/9v/AADs/+7/2P8TAAAAAADa/xIAuP+K/9L/AACn/9n/7P/h/+f/8//V/xcA7P/j/93/AAAAAAAAAAAjAAAADADS/97/3v/W/9f/AADU/9T/6/8AANb/4P/b/xQA4f/s/+z/7P/t/+z/7P/s/xQA4f/l/xkA7P/p/9L/3/8UAN7/x/+7/9r/tf+2/zMArv/O/9H/AADY//H/yP/Z//X/9P/T/xYA0f/Z/wkA1f/l/9r/u/8AAOT/BgAYANH/u//Y/+H/5v/Y/+v/2v8AACkA5P+6/8b/xf/q/wAA0f8KAMz/xP8LALf/HADB/77/0//s/+z/7P/s/+3/7P/s/xQABQAUALP/y/+1/+T/z//Q/+v/6v/r/+n/6//o/xYA5f/z/+z/7v8AAPH/7P/s/xQA6//j/+z/6//r/9f/KQDQ/+X/FADa/9f/3f/Y/93/AADk/+z/7P/s/97/FAAAAOb/yf/e/9//z//T/wgADADl//D/z//W//v/1f8AAAAA3P/d/+3/0v/Q/xwA6P+//8b/EwC8/93/vP/i/+3/7//y/9f/tv8AAL//zv/k/w4A2v/p/5//7//Q/9P/2v/S//H/xP/d/xYAEwDN/9z/v//x/wcA3//e/+j/4P/O/wUA4//5/9r/7P/d/+z/8P/c/wsAxv+g/zsA4f+8/7X/yf8AANz/1f/T/wYAtv8OALX/EgDE/8n/AADS/9P/7//K/xAA5v/n//H/7v/s/xMAAADs/9v/0P/W/9j/4/8YAOf/CgDu/9j/3f/a/+j/2v8XANn/1//z/+H/5//L/wAAAADc/wwA7//d/+n/2f/b/wAA0/8LAD8A3P/w/xEA6P/I/87/1P/x/xMA1v/o/+3/8//l/wAArv+d/8P/yf/E/wAAzv/m/+P/6v/s/wAA3P/p/wkA6f/o//n/+/8AAAAAIwDx/9v/6f/u//r/8v/4/+z/FAAAAAAAIQD6/wAA5//a//j/JADS/9f/0f/Q/8//6//e/9f/4P/r//L/6/8bAOv/2v8AAOT/0P/q/wAA6v/N/w0Ajv/C/xUAz//f/xIAsv+1/6v/zf8JAN7/3v/5/+z/AADs/9T/2P8AAOD/1/8WAMr/AADr/+n/7P/p/+H/EADk/97/7P/t/+z/7v8UAOz/7P/X/+z/7P/t/+v/3f8UAAAA6v/p/+r/zv/N/+P/3P8aADwAwv/d//n/2P/D/9P/wP/a/+v/AADl//P/8P8lAOv/2f8TANv/4//U/wAA3v/d/+L/6/8bAOj/5P/e/+r/2v/l/+b/JADV/9v/z//m/9T/6v/n/xgA6f/m/+r/6P/m/8T/yf8wAN7/2//K/8T/zf/e/7X/CAAQAKv/1v/V/8D/6//s/+z/7P8UAOz/7P/s/9T/6v/r/9T/GADR/+j/AAANAOn/z//c/9z/0//c/wkA8f/u/7P/x//n/+j/GADX/9z/AADs/+r/4//n/xYA4P/o/9j/6/++/63/oP/W/yoAnv+s/wAAv//Z/7f/RQDg//X/7f8JALX/+P/d/83/9f/q/wAA6P/t/9f/6v8AAOb/8v+6/93/2v/R/8L/BQARAMz/AADr/+H/3v8AAOf/9//Q/+X/4P/C/9b/5f8pALj/FgDs/97/7P/6/+v/6f/r/x0A8//t//f/AADs/+L/7v/V//v/6f/u/9f/+f/j/8//7P/P/9j/5/8AABcA6//s/7X/xv8AANn/uP8AAL7/HQDm/xUA5f/r/9n/6f/u/97/z//0/wAA3f/f/xIA1v/n/+z/HgDO/9L/x/8LANz/zP/r/9L/6P/q/+f/6/8ZAOH/7P/P/9j/5/8AABcA6//s/wAAFADr/+z/7P/Y/9b/6//2//j/1P/W/8v/4P/P/yEA2f8AANf/5v/G/8n/AAAhAN//0v+h/xEAuv/x/8L/7v/O/wAA1P/E/xEA3f/O/+r/6//a/+r/FgDY//f/0//r/9b/3P/b/+j/6f/m/yYA5f/Z/wgA0v/c/9f/0f8IAOv/4//0/9H/6P+2//L/2f8WAM//vv/S/9r/0P/X/+b/KQAUAOv/6/8AAPj/7P/r/+z/6//s/+n/FQDs/+z/9P/s/8L/wP/K/9L/AAD3/wAAAADV/zgAyf/P/+f/1P/I/9r/1f84AMn/z//n/9T/yP/a/8L/JADP/9//vP8JANT/0P/T/+X/6v/O/97/3P8gAN//3/8QANb/6f/P/+j/EADV/9f/+P/f/93/4P8AAAAA2P/W/zAA2v/R/9T/2P/O/9H/DwDo/8r/7f/Y/+X/8f/l//D/AADZ/9z/xv/Z/+n/7v/Z/ygA6//n/97/1//s/9b/OQDA/8L/xP/G/9D/z//G/xIA7v/z//P/8//s/+//6/8hANH/2P/U/9f/5//f/9n/FADY/9X/0f/p//T/5v/r/+n/0P/p/93/7P/L/w4AAAAHANz/4f/U/8L/5v8OAJH/AAD1/xwA7/8AAPr/AADo/9z/pf/X/8v/7P/r/x4Aqf/p//H/8P8AAAAA+f8XAPb/5v/q/wAAFADl/wAA2f/Z/7L/7P/p//b/3/8GAOH/AADq/xsA4v/j/+v/5f/Y/+z/y//Q/9T/IQDS/87/DwC9/xYAv//C/+//2//6/+f/yP/P/8j/9P/X/wAADwDN/7T/2P8AANf/1//u/xEA4//L/9j/GwDi/+n/3v/r/+3/uf/r/yMA6//s/+j/0v/q/9v/7P/s/+z/7f/s/+z/7P8UAOz/5v/q/+v/6f/r/xUA6//k//D/AAAAANH/zP/F/+P/rf/O/6r/7P/N/wAAKQDe/+L/2/8AAOj/2f/c/xAA6v/s/8H/pf/j/6n/8//S/y4Arf/U/5//9f+p/7v/JgDh/8//xP+l/6L/xP8IAAwAqf/N/xgAzP/e/87/7//d/9D/0v/r/wAA+v+K/wAAav/D/87/1f+v/8//uv/b/ykAyv/t//D/7v/v/+3/7P8UAOz/lP8NAPH/yP9R/+H/1f/P/9D/9P/1/9b/1/+9/73/zf/W/9j/DACd/7z/1f/y/8n/0P+x/9r/1f/l/8b/+P/l/+D/1f+6/83/4f8AAO3/9P8AANf/4f/b/+b/0//e/+H/AAAAAAAAAAAAAAAAAAAAAMH/+P+b/4D/wf/O/+r/DQAYAJn/o/+H/6v/3/8bAI//wv+7/9z/0v/e/8z/OQDk/xgAnv/h/5j/qv/J/wkAi//r//P/1/+//+f/6v/t/9j/7P/s/+z/6//s/+v/FADs//H/CgAAANL/wf+7/8n/sv8AAAAAAAAAAAAAAAAAAAAAAADX/8f/0P/W/9X/9v/s/+z/FADs/93/AADt//D/6P/E//P/7//C//r/rf/e/8r/5v/q/8P/yP/6/9P/+//Y/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+v/+P8AAAAA5f8dAPX/AAAAAAAAAAAAAAAAAAAAAPP/DADv/wAA2v/s/wAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/6v/i/+v/2P/q/xkA6v/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/u/+z/7v8UAOz/7P8VAO3/7f/2//T/7P/p/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAADT/9P/3f/D/9//CwDp/+z/7f/t/+z/7P8UAO3/7P8AAOP/6v/u/xQA1//q/wsA5f8MAL3/vP/D/+v/uP8WAOn/6//q//j/9v/q//b/2v8UAPL/7f8AAAAA7P/w/wAAAAAAAAAAAAAAAAAAAADM/9v/2//Y/97/6/8WANf/0f/W/wAA3P/j/93/2/8OAAAAAAAAAAAAAAAAAAAAAADr//P/AADr//D/6//r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/6//s/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8RAMD/1//6/wcAwf/a/+z/7P/s/+z/7f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+3/FADs/8v/2v8vAMv/zf/b/9T/xP/j/9n/2f/Y/xQA6/8AAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9r/JwDY/93/2P/a/9P/6//r/xUA6//r/+z/6//p/wAAAAAAAAAAAAAAAAAAAADo/ysArf/N/83/tf/v/77/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADC/wAA2v/G/+H/7P8QANX/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7//w//H/9//u/+z/7P/Y/8n/4P/6/9f/8P/5/8r/AAAAAAAAAAAAAAAAAAAAAAAA7f8UAO7/AADs/+3/7//r/+r/FQDr/+z/7P/s/+b/FADu/wAAAAAAAO7/7P/z/+3/+P8lANn/7P/5/wAA6P/a/9n/IgDg/+f/5v/Y/+T/xP+//9D/1v8hAOf/6//g/wAAAAAAAAAAAAAAAAAAAACx/+T/1P/O/7X/z//Y/zMA6//o/+v/6//r/xYA6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//w//H/3v8AABsA+v/j/9j/6v/p/+z/6v/s/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/xcAvv+2/+T/7v/q/5z/5P/l/+n/5v/r/9z/4f8cAOn/7P8AAPD/7P/r/+v/FgDs//H/8f8UAO//7P/s/+z/wv/i/77/8v/a/woA4P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8QAN3/6f/Y/9T/AADb/wAAAAAAAAAAAAAAAAAAAADd/wAAAAAAAAAA8f8nAAAA6P/W/9r/7P/s/+j/AAAUAO//EwAAAPn/AADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA9v/E/8n/yf/Y/wcA0//s/+z/7P/s/+z/FADs/+z/GADZ/+7/4f/C/+D/6//o/87/6f/O/woA+v8OAM7/vP8AAAAAAAAAAAAAAAAAAAAA1//s/9P/2f/N//b/6/++/+z/7P/s/+z/7P/s/xQA7P/u/wAA+v8AAAAA9f8WAAAA5P/Z/wAAAAAAAOL/NAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADt/wAAAADq/wAA6P/c/+r/6P8SAOr/AAAAAAAAAAAAAAAAAAAAAO3/7f/y/+z/7P/s/+z/FAAAAAAAAAAAAAAACAD6/wAA0f/q/9f/8f/i/77/AAAAAAAA0f/P/9H/yv/s/w4Aw/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/5f/yf+n/6//1/8VAIP/AAAAAAAA6v8AABkAAAD2//D/3v/z//n/+f/a/9b/JwAWAOv/7P/2/+3/6v/q/+z/AAAUAOP/2P/c/+n/5v/j/wAAAAAAAAAAAAAAAAAAAADv/+7/+f8AAAAA7v/u/xMA7P/s/+r/FADs/+z/7P/s/+z/7v/s/xQA7P/s/+z/7P/p/xgA6f/m/9n/3//X/9r/2P8UAPr/AADw/wAA7P/Y/+z/6//t/+z/6//u/+z/FADu/+7/8v/z/+7/7P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7/8AAAAA7f8UAPD/AAAAAAAAAAAAAAAAAAAAAOL/7f/t/9//6/8fAPH/5v8UAN3/6P/N/+z/5//s/xYA0v8SAMj/0v+q//r/GgDl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/97/5/8AAAAA6v/b/wAADADV/9z/tv/4/6X/6f8VAAAAAAAAAAAA+f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApANr/3v/v/+L/1//Z/97/FADx/+3/+f8AAO3/7P/t/xMA7/8AAAAAAADx//L/AADp/ycA6v/3//n/7P/Z/+f/7P/x//f/AADz//n/FADt/wAAAAAAAAAAAAAAAAAAAADJ/8j/6P/r/+r/FgDX//b/7P/t/wAA7/8AABkA6P/u//j/sv/t/9H/AAC8/woA2/8AAAAAAAAAAAAAAAAAAAAA6f/j/+z/7//t/+n/FgDg/xQAAAAAAAAAAADs/+z/AACw/zUA2//j/+r/1P/U/9T/AAAAAAAAAAAAAAAAAAAAANn/JQDp/+3/5f/p/9n/6/+Z/1cAsv/R/6z/uf+//8f/1f8qANv/1//a/97/1f/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+//7v/x/+z/7P/s//X/xP/1/wAAAADi/wUA5v/6/9b/4f/S/9z/2P8VANn/AAAAAAAAAAAAAAAAAAAAAPT/7f8VAPX/7v/w/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6//w/+z/6f/r/+z/AAAAAAAAAAAAAAAAAAAAANv/+P/s/wUApv/l/9H/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ//r/6//k/9//2/8GANH/AAAAAAAAAAAAAAAAAAAAAOz/5/8VAOf/4P/V/+f/+f/q/+v/FgDt/+v/5//p/+7/3//7/yUA4P/x/+D/3v/f/x0A0P/P/9H/7f/g/+L/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMT/5P/b/+X/3P/x/9//IwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAADe//X/+f8AAOj/9//5/yMA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADb/+v/FQDs/9j/1//r/wAAAAAAAAAAAAAAAAAAAAAAAOv/3f86AMz/9f/t/9f/zP8AAAAAAAAAAAAAAAAAAAAAAADb/wAAAAAUAPP/5v8AAMv/AACu/xgA6v8AAIP/sv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAALAOv/6//q/+b/5f/d/wAAAAAAAAAAAAAAAAAAAADx/+z/FQDx/+3/7v/s//L/AAAAABcAAAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAOz/AAAUAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/wAAFADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAO//7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+//o/+3/9/8AAPT/FgD1/+v/FADr/+3/7f/r/+z/7P/o/xYA6//q/+v/6//q/+P/AAAAAAAAAAAAAAAAAAAAAPX/GQAAAAAAAAAAAOj/AADt/xQAAADw//L/7f/z//P/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/+P/t/+z/7P/p/+z/AAAAAO7/GQDs/+T/6//g/+v/6/8UAOP/6f8GAM3/GADm/+P/3v/L/xMA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6/8AAOz/9v/r/+v/7P/O/+r/5P/u/9//AAAZANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHALn/t//R/4j/x/8GAPr/3//s/9L/3P/4/yQAt//N/wAAAAAAAAAAAAAAAAAAAADM/+r/4P/k/wcA+v/L//T/AAAAAAAAAAAAAAAAAAAAALT/uf/Q/8v/AADF/0IAnP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7v/s/+z/7P/r/+v/6//w/x0A+P/m/+T/5//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAAAA7f8AACgA2f/b/9r/6v/Y/9j/2f/h/xMA7P/t/+z/2P/4/wAAAAAAAAAAAAAAAAAAAAAAABQA1//d/93/3v/s/wAA3v/s/+3/AADs/+z/6v/m/xgAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/7P/g/+z/4v8UAAAAGgC3/7f/rP++/67/y//7/+j/xv/X/+f/2/8dAOT/2f/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9v/u//X/9//t/xQA7f8UAPv/AAAAAPn/7v/s//L/4//Z//b/7v/u/9v/IwDZ/+z/6/8UAOz/6v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/9j/4P/o/+L/6f/h/x8A0f8UAO3/7f/s//r/7f/s//L/uf/6/wAA1v/G/+D/5//X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/97/2v/m/9v/2f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoANn/AAAAAAAA8f/Y/+z/AAAAAAAAAAAAAAAAAAAAAO//yv/V/9n/AADL/7z/+P/r/+v/6v/W/+3/6P8WAOr/DwAAAAAAAAAAAPr/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/7f/s/+z/7f8UAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xUAAAAAAAAA9//s/wAA7P/Z/+z/AAAUANj/4P/k/+b/5v/p/+r/6v/m/xcA6/8AAAAAAAAAAAAAAAAAAAAAFADw/wAA8/8AAOz/7P/s/+3/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7v8AAPv/AADs/+//FADs/+3/8v/t//j/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANf/EwAAAAAA+f/d/+3/AADs/+z/7P/m/+z/FADs/+z/7/8VAAAAAAAAAPf/7P8AAAAAAAAAAAAAAAAAAAAAAADt/xQA5//Y/9X/1P8AAOv/7f/4/yUA2f/s//n/AADo/9j/7P8lAOn/4f/Z/8//5v8UAOz/7P/t/+z/6//s/+z/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P86AM//o/+3/y8Aw/+O/8P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA7v/J/w0A6f/l/yIA4v/s/+v/8f/a/9v/7P8SAAAAAAAAAAAA7/8AAPr/AAAAAAAAAAAAAAAAAAAAAOf/3v/o//j/EgAUAPr/5f8AAAAAAAAAAAAAAAAAAAAAGwDr//v/8P/l/+r/6P/k/xQAAAAAAAAAAAD4/+z/AADt/+3/7P/u//D/FADt/+3/AAAAAAAAAAAAAAAAAAAAAOT/JADp/9H/2v/S/+P/y//Q/+v/5/8VAOn/2v/m//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAPD/AAD6/wAA6v8AALX/1v+7/x8AsP/A//r/9P8AAAAAAADs/yIAAADG/6v/2/8KAKX/+P/m/wkAAAAAAAAAAAAAAAAAAAAAABMA7/8AAAAAAADx//L/AAAAAO7/AAAAANz/2P/w/ykA7P/s/+z/7P/s/xQA7P/s//b/zP8dAOH/wf/w/7r/7f8AAAAAAAAAAAAAAAAAAAAA9f/3//r/AAAAAOz/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqAOr/4f/7/wAA4v/X//v/7P/w/+f/8P8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8YAOn/5v/Z/9//1//a/xQA8P8AAAAAAADs//L/8P8AAKH/wf+8/7z/7v+5/8z/+P/c/9v/4/8AAOf/1/8AAOz/7P/s/+z/7P/s/+z/FADs//j/8f/y//X/FADu/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/5v/J/xAA6v/m/+T/AAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAOz/7v/v/+z/6//s/8b/IgDd/9j/6v/6/9j/1/8AAAAAAAAAAAAAAAAAAAAA6f8YAOn/6//o/+r/6P/q/8j/+P/m/9P/oP/Z/+v/CwDm/+T/4v/Q/9f/w//R/ywAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/FQDs/+v/5P8PAN7/3P/j/9b/IgCy/+H/+f8AAAAAAAAAAO//GAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA+//7/+7/7/8UAPL/FADs/+3/9v/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7f8UAAAAAAAAAAAA7P/s//f/7f8AAAAA9f8AABgA6P/v/9H/HwDR/8T/0v/a/wAAyv/t/xQA7P8AAO3/8//s/+3/AAAAAAAAAAAAAAAAAAAAAOz/EQC+/9r/wP/c/+L/+f8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s//H/7f/t/xQA7P8UAOz/9P/y//b/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6v/p/9j/2f/k/+X/AADd/7//yv/C/9P/GQDz//b/FQDs//b/7P/2/+z/6P/s/xIA6//i/+r/4P/o/+v/AADi/9j/2v/Y/+3/1//c/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFANb/6//q/+v/7P8LAOD/AAAAAAAA7P8AAOz/AAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA+P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/8v/w//P/8P/l/yYA1P/4/wAAAAAAAAAAAAAAAAAAAADJ/wAAu//P/8j/CgD6/9f/7P/s/+z/7P/s/xQA7P/s/7//6P/j/9n/2P/H/+j/IQAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAA+P8AAOz/7f/s//H/7f/t/xQA7P8UAMP/0//V/8z/sv/4/7//AAAAAAAAAAAAAAAAAAAAANf/1f8hANb/6v/i/+P/3v/o/9j/5//I/+v/IADs/+n/FADu/+z/7f/s/+z/7P/s/83/qv/K/+3/tP/L/w0A8/8VAOz/7P/s/+v/6//g/+z/zP/s/+z/7P/t/+v/IQDq/+z/7P/s/+z/7P/s/xQA7P/Q/w8A3//t/9f/+v/Q/9H/7P/s/+z/7P8UAOz/7P/s/+//7v8AAPv/AADs/+//FADQ/9v/6f/g/+n/5P8oAOf/6f/e//L/2P/x/9X/FwDs/7r/y//T/83/1/9NALr/yf/3/wAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+v/6//r/xUA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/5v/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwDU/9//1v/3/87/3//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf/P/9T/zf/g/8b/EwD4/9X/4v/p/+3/AADe/+v/CwAhAMj/+v8AAAAA0//s/+3/6//s/+z/7v/s/+z/FQDs//P/AADr/9n/5//e/wsA5P8AAAAAAAAAAAAAAAAAAAAA3v/p//D/9P/4/+j/4f8jANn/6//s/9//6/8VAOz/3/8AAAAAAAAcAAAA5P/6/wAA9//0/87/0v/Y/9f/DgDZ/wAAAAAAAAAAAAAAAAAAAADl/wAA3f/p/+j/2/8LAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOANb/5//R/+f/6f8OANX/8P8ZAPv/AAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/5v/s/+n/xf8KAOX/6P/p/+r/5P/w/+f/GADi/+v/8/8AAAAA7v8VAOz/7P8AAAAAAAAAAAAAAAAAAAAAJAD6/+r/5f/c/+n/yP/X/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+7/7P/s/xQA7f/s/+//7f/w/+3/7P8UANT/6//X/+r/5P/Y/xUAAADo/+3/AAAUAPT/AADc/+z/FwDo/+r/5//0/+3/2v/q//r/8P8AAPr/AADc/xQA8v8WAAAA9/8AAAAA7P/q/+3/AAAAAAAAAAAAAAAAAAAAAOD/GADq/+n/7P/q/+f/6f/Y/wAA+v8AAAAAMgDw/+f/6P/r/wAAwf/I/+X/w//n/wAAFgAAAAAAAAAAAO7/AADr/+j/6//r/+v/FgDq/+n/JQAAAAAAAAAAANv/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7//x/+z/7P/t/wAAAAAAAOz/AADu/wAAFAAAAAAAAAAAAAAAAAAAAAAA0v/e/9r/y//Y/9D/JwDU/wAAAAAAAAAAAAAAAAAAAADs//D/7f/y/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOr/2f/p/+//6//s/xUA7P8TANn/6v/Z/+v/5f/Y/wAAGgDF/9T/6v/Y/+r/0P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8TANr/3f/j/9v/AADZ/wAAAAAAAAAAAAAAAAAAAAAaAOj/AADy/+v/6f/n//P/GADo/+n/6v/p/+r/6P/p/+3/7v/s//H/7P/t/xQA7P/g/93/7P/U/9j/6/8RAAAAiv/Y/6X/7//S/wAA7v/l/9z/6v/s/+j/6f/r/+v/FwDu/+3/AAD3/wAA7f8UAO3/xP/K/87/6f8cAPv/xP/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYA6//w/+v/6v/q/+r/+P/Y/9r/zv/X/9X/1P8AAPL/FQDs//P/AADy/+3/8f/s/9j/0P/S/9j/3f8QAAAA2/8yAN3/+P/e/wAAx//P/wAAAAAAAAAAAAAAAAAAAADg//H/AAAAAAAAJQDz/93/7v8PAOP/7P/d/xIA6v/Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2P/a/+z/5v/k/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA6v/o/+j/6v/n/+L/6v/u/xwAAADt//v/8v/o/wAA3f8MAMf/x//M/7f/AADD/+T/5v/p/+b/6//s/xkA6P/2//v/AAD1/wAAFADu//P/MwCp/93/3f/L/9n/AADG/yUAuv/Z/9r/wP/q/+//z/8dAPj/AADz/wAA5v/3/97/HQDl/9X/xP/Z/9b/1v/5/ycA3v/p/+X/6P/p/9n/2P8eAN7/5P/r/+n/2v/a/+z/o//u/9//yv/w/+P/uf/0/wkA6//s/8b/EgDQ/9b/8//s/+z/8v/3/+7/7/8UAO//GwDS/8n/2P/Y/+D/9f/r/wAAAADs//j/AAAbAPH/+P/v/xQA8//t//L/8P/s/+z/AAAAAAAAAAAAAAAAAAAAAAYA5//s/+z/4//p/+L/CwAAAAAAAAAAAAAAAAAAAAAA7P/z/+//9f/u/+z/7P8UAPH/FADt/+7/8v/s/+T/8f/s/+z/7P/s/+z/FADs/+z/6v/s//f/9f8UAOz/7P/r/+b/5v/p/+r/6v/m/xcA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/1f8RANP/1f/V//D/zP8AALD/g/+7/63/nP8WAAAAAAAAAAAAAAAAAAAAAAAAAPX/1P/W/7P/yf8OAAAAs/8AAAAAAAAAAAAAAAAAAAAA7P/t//v/7P/t/xUA6//s//T/9v8AAO3/7f8UAAAA7P/l/9z/4P/V/9H/JADQ/9v/7f/y//r/7v/s/xUA6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//H/9v/s/+z/FADF/7b/4P++/7r/5v+8/0MA0P+7/+L/vf/b/9L/uP9GAOz/8//v//X/7v/s/+z/FADo/xYA6//o/+v/6//o/+r/7P/m/wAA7//m/+r/FADs/wAAAAAAAAAAAAAAAAAAAAAjAOv/AAAAAAAA5f/g/wAAAADk/+H/+f8AANn/CwDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+v/l/+z/3//r/9b/6f/Z/wAA2P/r/+b/1//X/xIA+f/i/+X/3//f/w4A8f/l/+j/3P/m/9H/z//f/9j/LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/h/wAAxf/P//D/GwDU/wAA8P8AAAAAAAATAO3/+P/p/9D/4f/m/wcAxv8JANz/AAAAAAAAAAAAAAAAAAAAAOr/6//r/9j/6v8YAOX/6f8AAAAAAAAAAAAAAAAAAAAA6f/r/+v/6//z/+j/FgDp/wAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAA+v/4/wAAAAAAAAAAAAAAAAAAAAAAAOj/1//Z/9n/2P/W/x0A3f8AAAAAAAAAAAAAAAAAAAAAzP/S/9b/yf/S/9T/MADK/9j/0/8HAN3/6v/s/8n/EAAAAAAAAAAAAAAAAAAAAAAA6//h/+f/IgDt/+j/2P/Y/9X/zf/D/7f/9f8QACEA2P/p/xgA+v/0/+j/7P/n//D/5f/i/+v/6f/s/+D/2P8lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/9X/8f/t//P/2v8rAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC6/77/yP8FAPr/+/+M/x8AFADp/+n/zv/k//X/3P8HAN//FQDs/9z/7v/t/+z/3v/n/xYA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/t/+3/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOn/6v/r/+v/7P8VAOv/6f8AAAAAAAAAAAAAAAAAAAAA2P8AAOP/5//e/9j/AADW/wAAAAAAAAAAAAAAAAAAAADr/+v/6//r/+v/6//q/xUAAAAAAAAAAAAAAAAAAAAAAOn/GwDo/93/zv/S//L/yP8AAAAAAAAAAAAAAAAAAAAABwASANv/1//q/9H/3//m/wAAAAD5/wAAAAAOAAAAAADn/+L/GgAAAM//4f/n/97/3//q/wAAAADu/9n/7P8AAAAAAAAAAAAAAAAAAAAAAADr/+v/6//r/+v/6//q/xUA7P/s/wAA7P/w/xQA7P/s/+D/AAAAAPH/+//5/xwA7P/r/xUA7v/s/9n/6//p/+v/AAAAAAAAAAAAAAAAAAAAAO//FQAAAAAAAAD3/+z/AADs/wAAAAAAAAAAFAAAAAAA6//r/xUA6//s/+v/7P/r/+z/7P8UAOz/7P/s/+z/7P8UAOz/AAAAAAAA7f/s//T/7P/t/+z/8f/t/+3/FADs/+z/FADs/+z/7P/s/+z/7P8bANn/2f/j/wAAyv8AAOz/AAAAAAAAAAAAAAAAAAAAAOz/7v/s/+z/8P/r/xQA7//5/9H/AADJ/wAADwD3/7r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//j//T/6f/K/+n/AAATAPT/6v/s/9v/5/8jANT/1v/Z/8r/0/+//wYA3P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/9n/7v8AANv/2P8AANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/2v/C//n/1//t//b/4//s/+v/9//t/wAA7f8UAOv/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/5//Z/97/2f8LAPf/AAAAAAAAAAAAAAAAAAAAAAAALgDC/9T/y//R/9b/wv/C/+z/7P/z/+z/8//s/+r/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/8D/5P/Y/8//EgDQ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/d/5v/tP/Z/+L/sv8aAO//1f/g/9T/1P/n/9j/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAADq/9n/3P/Y/+v/JADb/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAzf/s/8r/6v/3/9//6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAOz/7P/q/+b/GAAAAAAAAAAAAAAAAAAAAAAA4/+9/8D/sv8sAMP/0f/O/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8Ayf+2/9X/0f/1/7T/5v/k/+D/6P/n/+v/6f8XAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAA1//a/93/6f/Y/+v/GADk/9//4P/l/9T/8v/l/+f/6f/r/+3/6P/r/xcA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8XAOr/AADm/+v/5v8AAAAAAAAAAAAAAAAAAAAA5f/6/+X/7f/y/xMA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8AAOT/+//p/wsA0v/1/wAAAAAAAAAAAAAAAAAAAADZ/+f/4v/x/8P/+f8AAMX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8f/1/+b/AAAAABQA+P/j/xkA6f/q/+n/6f/o/+f/7P8VAO7/7P/s/+v/6f/r/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA8P8VAO3/DwAAAAAAAAAAAPr/+P8AAOL/5P8hAOD/4v/r/+D/2f8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/6//o/+//FADr/wAAAAAAAAAAAAAAAAAAAADb/yAA6v/j//D/7P/e/+X/2f/Y/+z/FADx/9j/2P8AAOz/7v/u/wAA8v/m/xUA7v/H/93/6P8PAML/FgC3/+T/rv+//8f/1f/D/yQA7f/O/+v/1//k/+f/6P8FAAAA5//7/9T/5P/N/9T/zf8SAO//1P/U/+L/6P8FAAYA0//Q/+z/FgDu/+3/9f/s/+r/7P/s/xYA7v/t//X/7P/q/+z/0//Z/8//xv/X/yUA2P8AAPr/AAAAAPj/AAD7/wAAEQAAAAAAAAAAAAAAAAAAAAAA4P8AAAAA8f/7//n/HADs/xQA7P/s/+z/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8v8AAPX/7//s/+3/7P8bAOX/6P/l/+r/5f/l/+H/AAAAAAAAAAAAAAAABgAAAOz/7P/s/+z/7f/t/xQA7P/s/+z/7P/s/+z/7P8UAOz/HwDy/wAA9/8AANj/7f/c/xQA7P8AAAAA7v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//n/zP/d/9T/z//6/83/7P/t/+z/7f/u/+z/FADs/83/8v8XAMz/s//V/+//0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/FgAAAAAA+P/t/+X/8P/2/xYAAAAAAPH/7P/i/+//yP/t//H/7v/v/+z/LgDr/wAAAAAAAAAAAAAAAAAAAAAAAMf/4v/L/9j/+P8LAOD/AAAAAAAAAAAAAAAAAAAAAOz/6//r/+z/7f8UAOz/6//P/+H/4v/Y/8v/5f/R/ysAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6P/s//L/5//r/+v/FQDs/+z/7P/s/+z/7P8UAOz/EwDq/+j/7P/q//b/7P/Y/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAADgDQ/8P/wf8AAKj/AADY/+z/7P/x//P/AAAUAPb/8//J/9n/1P/U/8z/FwAAAOj/zv8mAMr/uP/p/9T/6f/j//T/4v/j/+3/9v8TAOT/6//i/+j/+v8AAO//6f8cAOb/1f/S//H/AADz//P/KADj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY//f/7v/s/9j/AADZ/wAAAAAAAAAAAAAAAAAAAAARAOD/1//r/+v/6f8AAM//+v/4/wAA9P8AABEAAAD6/9n/6f/L/+n/0v8MABEA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/GgDp/+3/5//r/93/5f/O/8r/KQDT/9D/5//g/8v/7/8AAO3/8v8AAO7/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/+H/6v/r/+r/AAAVAPL/FAAAAAAAAAAAAOj/9P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8JAPn/8f/g/xMA7f8AAAAAAAAAAAAAAAAAAAAA5/8WAOz/7P/s/+z/7P/s/8z/xP/s/wAA4f/j/xwA3v8JAKn/4f/p//D/1v81ANL/AAAAAAAAAAAAAAAAAAAAAAAA1v/E/9n/0f/I//r/GgDV/9n/7P/s/wAA6/8TANj/AAAAAAAAAAAAAAAAAAAAAOP/wf/C/8f/5f+Z/xkACwDr/+v/6v/s/+z/6P8WAOr/AAAAAAAAAAAAAAAAAAAAANL/2P/X/+H/6v/b/y0A1v/k/+b/6f/m/+v/7P8ZAOj/+v8RAOj/7f/o/9v/2v/e/wAAAAAAAAAAAAAAAAAAAACt/+P/0v/D/9j/EQDY//j/9v/7/wAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/FADs/+z/1P8SANT/2v/r/+f/AADg/wAAAAAAAAAAAAAAAAAAAADb/93/AADm/wAAJADq/9P/7P8AAAAAAAAAABQAAAAAAOz/8f/q//H/AADs/xQA7P/s/+z/7f/s/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAtf+6/8P/0v/a/7T/MwAAAAAAAADt/wAAFAAAAOz/3v/l/+r/6//R/+j/6v8kAAAA6f/o/xQA+//Y/93/3P8AAAAAAAAAAAAAAAAAAAAA0v/j/97/3/8AANf/8v8LAO7/FgDu/wAA7f/v/+n/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/l//P/8f/r/xUA7P8AAAAAAAAAAAAAAAAAAAAA6/8UAOz/6//s/+z/6//r/8P/vf/p/+P/7f8AAPf/xf/s/+v/7v/5/+3/7P8VAOz/5v8AAPj/4f/u/yAA4//q/+b/6f/4//n/8P/r/xcA8v/G//b/AAAAAAAA+v86AAAA2/8ZAOv/8P/p/+b/5f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//c/83/1P/e/8P/EAAAAAAAAAAAAAAAAAAAAAAAAADv/yAA7f/4/wgA8//I/87/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAOj/5//U/+T/2v/k/9v/FwAAAAAAAAAAAAAA6v8AABwA5//n/+T/5v/l/+T/6v8AAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAACgAAABgA6//s/+7/7f/p/+j/6//h/8b/6P/q/+v/zP8fAMz/2//s/+j/5//e/+D/JADp/wAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/6/8AAPj/AAD0/xYA9v/x//n/+v8AAAAAAAARAAAA1//M/9T/u//d/+j/3f8ZAAAAAAAAAAAAAAAAAAAAAADU/93/6//c//n/CAATANv/FAAAAPj/AAAAAPX/7P8AAO7/7P/v/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2P/d/97/2//D/xkA4v/3/wAAAAD6/wAA6v8AABYAAAAAAAAAAAAAAAAAAAAAAPX/7v8AAOz/AADs//D/FADp/xYA6//p/+v/6//r/+r/AAAAAAAAAAAAAAAAAAAAAPL/7//u//D/8//w/xQA7f8AAPD/AAAAAAAA9f8AABEAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/4/+7/AAAUAOz/7v/r/+r/6v/q/+r/6P8WAOv/AAApAO3/0//Y/9//1//Y/xYA8f/0//T/AADv/+n/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA6P/d/+r/1//W/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAD4/wAAAAAAAAAAAAAAAAAAAAAAABoAAAAAAAAAAAD1/+//AADs/xQA7P/s/+z/7f/s/+z/0v8LANL/2P/R/9H/CgDr/97/8v/u/+3/2P8AAN7/DgAWAOf/6f/q/+z/6f/m/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL//zP8TABEA0P/4/8L/3v8AAM3/2//L/93/4/8ZAOL/7P/s//L/7P/3/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAPD/AAAAAAAAAAAAAAAAHgD1//b/7P/s/wAA+P8UAO3/7P/s/yMA6/8AAAAAAADl/+D/AADa/+z/7f/f/wAAAAAAAOz/yP/Y/9L/3v/j/xMA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAO7/3//4/9X/2//g/9P/4//l/yUA4v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/+D/9P8AAAAA+P8pAAAAxP8PAA4A1f/M/87/2P/i/8T/CADF/9T/w//O//v/v/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//u//n/7f/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACUAyf/V/8f/0f/N/+7/vP/S/+z/7P/s/+3/7P8aAO3/1P/U/+j/+v/5/+D/2P8sABEA0/+L/4b/ov/m/9//2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAAAADt/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/t/9q/+P/aP+H/x0A6f8AAAAAAAAAAAAAAAAAAAAA+/8AAPT/AAAAABUA8f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAA4A2P/b/9j/7v/W/wAA1f8AAAAAAAAAAAAAAAAAAAAA5//m/+n/5P/j//r/FADQ/+z/7v/t/+7/7P/t/xQA8v8AAAAAAAAAAAAAAAAAAAAA7P/x//f/AADz//n/FADt/+z/FADs//D/6//r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADt/wAAAADs/+3/8f/1//n/FADs/+z/AAASAAAAAAAAAAAA7v8AAO3/1f/d/+T/6P/z/ysA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACoA4//b/+v/6v/P/73/w//s/9P/3f/f/wAA3v8uAOL/+v8AAMX/xP/G//P/z//q/+z/7P/s/+z/6//r/xQA6v+i//f/vP/i/0gAzv+z/+L/7P8UAOz/7P/s/+z/7P/v//D/EQC9/8n/lP/M/9z/AADt/+z/7P/0/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+f/5//o/+j/6f8ZAOj/AAAAAAAAAAAAAAAAAAAAAMr/3//6/+v/DQDG/wAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAOz/+f/g/83/EwDX/yUAxv/r/8j/7P/s/+3/AAAUAOz/7P/s/xQA7P/s/+//8//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/s/wkA5f/s/wAAAAD4/wAA+v8fAAAA9f8AAOn/7P/s/+3/4/8AAOr/AADG/6v/mv+0/9X/sf8dAO3/7P/W/8T/sf+u/73/KwDd/8P/1P8XANP/AADL/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/0AA0f/E/8f/v//f/87/3f8bAOn/7P/n/+r/5f/k/yUALACg/9L/jf/T/6P/xP8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAPD/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxf/X/9j/0v/Z//P/IgDY/+T/6//s/xQA6/8AANn/2f8AAAAAAAAAAAAAAAAAAAAAFAD4/wAA7v8AAO//7P/v/+z/7f/y//H/8P/t/xQA6v8AAAAAAAAAAAAAAAAAAAAA5//k/+n/5v/o/+T/GADj/wAAAAAAAAAAAAAAAAAAAADX/9X/IQDW/+r/4v/j/97/AAAAAAAAAAAAAAAAAAAAAAAAwv8AAAAA4f/X/wkA4/8UAO//7f/v//v/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOz/8P/t//f/7v/s/+z/FADY/+z/AAAUAO//6v8AAOr/7P/q//f/5P/n/9z/FwDn/wAA4//l/+P/6f/X/xwA1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAD6/wAA7P8AABQADADv/7H/4v/b/+D/9//0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/i/93/5f/q/9H/HQDf/9r/y//P/9L/0v/b/ykA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADB/w0A0v/Q/9L/2P/m/xAA1f/n/3n/fv+d/73/x/8IAAAAAAAAAAAAAAAAAAAAAADb/w8A3//0/93/4P/m/+3/7v8AAO3/9P8KAOb/7f8AAML/JwDc/7//AAC9/8j/9f/L/ywA0v/I/+v/4P/W/8r/7P/t/+z/8f/t/+3/FADs/+z/7v/5/wAAAAAUAO7/7P/Q/xYAzP8AAOL/xP/v/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAADk//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/93/z//i/+n/vf/s/yYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAOz/6v/s/+r/AADq/+v/FQDr/+z/6v/q/+r/6v8AAAAAAAAAAAAACAD6/wAAIwDn/+X/8/8AAOD/3f/s/wAAAAAAAAAAAAAAAAAAAAD6/+b/6v/Z/+r/6v/s/wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/97/+P/u//f/AAAGANT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA2P/r/9X/6P/4//b/5P/U/+b/wv/5/9z/3f8JAOf/FADY/+f/AADq/9b/7P/d/+//8f+P/xkAqP+r/xkAzv81AAAAAAAAAAAA0f8AAMb/FADs//L/7f/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/9P/sP+9/xcA1P/e/+f/5P/j/+T/AAAaAOn/2v8AAAAAAAAAAAAAAAAAAAAA5f/o/93/0/8mAMz/w//k/wYAz//j/+r/zv/b/8v/CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8//v//X/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA1v8pAMD/3//J/9b/AADT/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/Z/9f/vP/Z/9D/OADF/+z/AAAUAAAAAAAiAOD/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/7P/u/+z/7P/s/xQA6//s/xQA7P/w/+7/7P/t/+3/5P/n/+f/AADk/+v/DgDX/8//AAAAAAAAAAD5/zEAAADY/+z/4//j/+D/GQDr/+f/AAAAAAAAAAAAAAAAAAAAAOv/6//u/+z/7P/r/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA7v/t/+z/7v8AAAAAAAAAAAAAAAAAAAAAAADq/+j/1v/Q/9n/1f8fAPD/6f/2//H/AAAXAOr/7v8AAAAAAAAAAAAAAAAAAAAA3P/O/9L/1v/Q/y8A0//P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1//T/9//w/+z/7v/s/9v/3v/b/9X/2f/f/yQAzf/s//H/AAAAAAAAFADy/+z/7f/0/7z/6P/I/9v/CAAAAAAAAAAAAAAAAAAAAAAAAADB/8X/1v/j/+j/5v87AL//+P8AAPX/IQAAAOP/+v/5/+L/tv/V/77/EQAsAG3/vf/m/9v/7P8UAOz/AADY/+v/3v/a/wAAAAAAAAAA3f/a/wAAAAAAAAAAAAAAAAAAAADc/9z/6v/n/+v/6f8cAOj/6f/q/+n/6v/r/+r/FgDq/wAA+P/k/+v/2v/Y/9X/CADr/+H/+v/j/+j/4P8XANr/3f/O/9//0f/Q/8r/OgDC/+b/5f/m/+b/1//Z/x8A4f/S/9v/4//Y//D/2v8qAOn/7P/s/+z/7P/s/+z/FADs//X/oP8PAN7/f/8RANP/mv/q/+z/7P/t/+7/FgDs/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//u//n/7f/s/xUA7P/V/xMA2P/l//L/AADd/+j/7P/s/+z/7P/r/+z/7P8UAOj/7P8UAOz/0/8AANj/6//I/x0A6f/c/+r/zf/q/9r/AAAAAAAAAAAAAAAAAAAAAPD/9f+Y/6v/tv/q/+L/DQAAAAAAAAAAAAAAAAAAAAAA6//o/+z/7P/s/xcA4v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8eANX/4f/l/9//6//c/+z/7P8AAPj/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAy//z/+r/5//o/8z/JADC/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAPT/7v8AAIr/AAAbAPr/zf/l/7v/4P8UAPj/AADu/wAA7//s/+//+f8AAAAA8f8AABcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwDv/wAA8//s/+j/5P8AAPr/AAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAA1//s/+z/7P/o/+z/6/8WAAAAAAAAAAAAAAAAAAAAAAAUAO7/AAAAAAAA7v/s//P/EwAAAAAAAAAAAPv/7v8AAOz/7P/t/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA2f/Y/9j/1f/X/yEA2P/r/+//8f8AAOb/6f8YAPD/6f8AAAAAAAAAAAAAAAAAAAAA7P/l/+r/9P/2/xUA7f/y/wAA+/8AAPT/7/8TAO//+/8AAAAAAAAAAAAAAAAAAAAA9f/u/wAA7P8AAOz/8P8UAOD/AADq/+r/6//o/xIA7P8AAAAAAAAAAAAAAAAAAAAA7P/m/+n/6v/l/+r/FgDr/93/4v/W/8T/AAC//wAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/7v8AAAAAAADt//X/FAAUAPn/9/8AAAAA9P/s//f/AAAAAAAAAAAAAAAAAAAAABUA9//t/wAAAAD3/+3/+P/i/+b/6f/k/+T/HQDf/+b/7//u//n/AAAAAO7/7v8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgC+/8f/+v/6/wAAxP/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3/+//8n/+f+1//P/1/8AAOr/4P/o/8X/AADn/+n/BwDr/+r/FgDm/+n/6//r/+v/5P8UAPL/8f8AAOz/7P/s//L/7//u//D/8//w/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/5//w/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAANj/5//j/+v/2f/r/93/IgDV/9L/8f8AAPP/8/8oAOP/+v/j/7L/k//G/wAAAAC1/+z/6/8VAOv/7P/r/+r/6//V//X/+P/t/+7/1f8AAOv/4P/r/+v/7P/s/+r/FQDr/+z/9v8AAO3/AAAUAPD/7P8AAAAAAAAAAAAAAAAAAAAA6v/r/+z/2f/r/+r/FADs//L/7//u//D/8//w/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAPAOr/6P/J/8f/xf8AAOz/7P/y/+z/8P/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB4Axv/D/9L/tP/w//D/rf8AAAAAAAAAAAAAAAAAAAAA2/8AAOb/6//y/9n/AADb/wAAAAAAAAAAAAAAAAAAAAAAAPr/EwAAAAAA+/8AAPT/AAAAAAAAAAAAAAAAAAAAAOz/7P/y//f/7v/v/xQA7//q/+v/6//s/+n/6//n/xcAFADs/+v/2v/v//X/7P/o/+v/FQDv//L/8v/t/+v/7P8AAAAAAAAAAAAAAAAAAAAAFADv//D/8f/3/+7/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+7/FADs/+z/7v/1/wAAAAAAAPL/FQD4/wAA7P/v/+z/7/8SAOz/2f8AAAAAAAAAAAAADAAAAPn/AAAAAAAAAAAAAAAAAAAAAND/FwD2/7X/vP+B/+D/5f/h/+z/6f/j/yIA2P/a/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPj/AADw//D/+P/0/xQA8f/s//L/AADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//7P/x/+b/+f8RAPX/7f8AAAAAAAAAAAAAAAAAAAAA6P/i/+T/4v/k/xoA5f/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8lANj/2P/Z/9j/5f/a/+z/7P/0/+z/9P/s/xQA6/8TAAAAAADy//f/6//Y/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAN7/5//2/wAAAADx/yIA9v8AAAAAAAAAAAAAFgDs/wAA0P/T//T/8f8HAOT/zv/w/+n/3P/Y/+H/5f8jAN3/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7f/j//H/AADl/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAO//7v/q/wAAAAD6/wAAAAAhAAAA5f/L/7X/tP/j/7z/AADn/w4A7P8AAPL/+f/u//v/9P8VAOD/z/8AADcA7P/N/9X/uP8NANT/6v8AAOb/5P/V/9L/7P/s/+z/5v/s/xQA7P/s/xQA7f/5//L/8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/t//L/7P/s/+z/7P8UAOn/2P8AANj/3//S/9X/FQDv/+z/7v/s/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPL/FQDq/+n/0v/f/+v/2v8AAAAAAAAAAAAAAAAAAAAA1P/Y/+3/AADQ/+D/GQDV/9f/4P/l/yMA4//j/93/3P/V/9X/5f/z/+L/1P8rAN//AAAAAAAAAAAAAAAAAAAAABUA6//l/+v/7f/Y/+v/AADs/+z/7P/s/+z/FADs/+z/KQD6/wAAAAAAAOv/2/8AAAAAAAAAAAAAAAAAAAAAAADs//b/7v/1//f/7f8UAO3/7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADI/8f/PgDa/9b/0/++/87/7P/s/xQA7P/3/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ/9r/wv/N/8f/AAAUAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/wAA1//e/9j/3/8RANT/z/8rANn/z//q/9P/6f/W/9f/5f8AAOj/6P/M/+b/DgDh/9f/6P/b/9f/4P/O/ywAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/x4A3//i/+T/5P/f/93/AAAAAAAAAAAAAAAAAAAAAOb/GQDr/+n/6//l/+j/1v/m/+z/6//s/+v/6/8UAO//7P/u/+7/AADy/+b/FQDu//X/5P/N/9f/6f/K/xgAzv8AAAAAAAAAAAAACAD6/wAAAAANAOb/u//q/8z/wP8AAAAAxf/n/7z/1//n/8H/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALn/mf/e/+3/3v/P/+n/EwAAAAAAAAAAAAAAAAAAAAAA+v8AAAAA+P8AAPv/AAARANX/5v/q//H/FADZ/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/t//6/+X/EQDK/+b/1v8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/w/+v/FADt/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8P/s/+7/7P/s/+z/6P/5/+f/5P/j/+b/FgDf/wAAAAAAAAAAAAAAAAAAAADn/xIAz//m/+T/0//3/9b/AAAAAAAAAAAAAAAAAAAAAOr/0/8iAAAA2f/Q/9n/2/81AMn/0v8AAN//0v/F/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xMA0f/m/8n/6v8HAPP/7P/t/+7/7P/u/xQA7P/s/+z/8P/2/9L/6v/L/97/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAD5//r/7P/t/wAA+//7/+7/7/8UAPL/6P/h/+X/6P/q/+T/GQDn/wAAAAAAAAAAAAAAAAAAAAAoANn/AAAAAAAA8f/Y/+z/EgDs/wAA6P8AAAAA6f/m/+D/AAAAAPH/+//5/xwA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/7f8VAPX/7v/w/+z/9//Y/9j/3P/r/9r/5v8nANr/AAAAAAAAAAAAAAAAAAAAAAAA1//K/+j/2v8AAA4A6/8AAAAAAAAAAAAAAAAAAAAA1v/S/9b/2v/Y/8v/KwDU/+z/7P/v/wAAAADt/xQA8P/s/+z/7f/s/+3/6v8UAOz/AADE/6v/7v/Q/+z/0P/g/+z/8f/o/+v/7P8TAOz/6//y/wAA7v8AAO7/7P/5/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA2P/Y/9n/2P/h/wAA5P8AAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAAAAAAAADb/9z/AADx/wAAJwD4/wAA6//r/+r/4v/p/+j/FwDl/+z/7P/t/+z/7f/s/xQA7P/m/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANf/AAD7/wAAAADp/yUA6v8hAPn/vf/y/9X/xv/K/wAA7P/s/+7/AAD5/+z/7P8UAO7/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//n/AADs/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+3/9f/u/wAAFADs/+3/5v8AAJ3/9v+v/7b/9P/s/+L/yf/X/wYA5f/A/9j/DQDe/+z/7//1/xQA1//q/wAA7P/s//T/7P/0/+z/FADr/+D/4P/l/+X/6//F/ycA7P/g/9//5f/a/+z/yv8gAOH/8v8UAOz/7//u/+7/7P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6v8AANj/4f/n/xQA2P8AAAAAAAAAAAAACQAAAPr/5//p/+v/7f/o/+v/FwDp/yIAyP/G/+L/vf/W/wUA2v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+7/CADt//f/AADn/w8A7P8AAAAAAAAAAAAAAAAAAAAA6f/l/+j/3f/l/+j/GgDk/6//0f+5/9r/4P84AOL/y//w/+P/2P/p/wAA6v8oAOX/zP/j/+T/5//X//H/3P8oAMn/wP8AAM3/y/8eAM//xP/b/+z/9f/w//D/LgDb/9b/AAAAAAAAAAAAAAAAAAAAAOr/z//H/8P/0v/Q/wAADwDp/+L/1//l/+v/1f8lAOv/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UABgAuv/M/93/1P/n/+r/6/8SAO7/4v/t//b/5f/w/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC2/8f/1P/J//b/FgDr//v/3P/m/+j/6//r/yIA3//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/8f/s/+n/6//s/xMA6/8AAM//AACt/8n/4P8KAN7/AAAKAAAAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7P/s/+3/7//1/+3/FADw/wAAAAAAAAAAAAAAAAAAAADs/xUA6//u/+z/6//r/+z/7P/s/+z/7P/s/+z/FADs/wAA1f+9/9H/DADj//P/4f/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAABUA3f/j/+7/4P/X/yEA6//s/+3/7P/t/+7/7P8UAOz/GgAAAAAAAAAAAPX/7/8AAOf/zf+6/xQAqP/x//r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPr/AAAAAPf/7P/6/wAAAAAAAAAAAAAAAAAAAADw/xQA7v/z/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+D/KgDY/+b/1v/p/7v/5P/V/93/yv/Q/8L/KADG//v/8P/s//P/+v/x/xQA7//o/wAA8v8AAM3/6P/Y/wAADwAAANr/8//d/+z/6f/i/9f/yv/z//H/6v/X/zYA8f8AAAAAAAAAAAAAAAAAAAAA5f8VAPH/7f/1/+j/7P/y/xcAAAAAAAAAAAAAAOr/AAAAAAAAAAAAAAAAAAAAAAAA1P/s//D/+/8AAAAA1/8TAMr/xf/I/+r/BQDL/9P/IQDu/+z/7P/s/xQA7P/s/+z/IgDb/+v/3//c/8X/yf/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/d/wAAyP/t/w0A5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAyv/K/+b/xP/N/6X/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0At//g/wAA2f/f/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAD6/wAA6v8AABYA4f++/8n/qf8kAL//1f8AAAAAEAAAAPH/4v/p/+f/6/8AAAAAAAAAAAAAAAAAAAAAFAD7/wAAAAD5/+7/7P/y/wAAAAAAAAAAAAAAAAAAAAD4/5X/v/+u/8f/0f8fAOH/AAAAAAAAAAAAAAAAAAAAALz/vf/q/9v/2/86AAAAAAAUAO3/8//s/wAA6P/s/+3/6//o/+v/6//r/xYA6v/p//j/FAAAAAAA7P8AAAAA7P8AAAAAAAAAAAAAAAAAAAAA6P/i/+v/6//q/+f/GQDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP/3/7r/7v/d/xgA2P/i/+z/7f/1/+7/AAAUAOz/7f8AAOv/AADc/xQA2P/Y/9n/AAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/6//r/+D/7P8AAAAAAAAAAAAAAAAAAAAA9v8YAO7/+P8AAPb/5v/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAO3/2v/k/8j/9f/n/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/x/+3/7f8UAOz/AAAAAAAAAAAAAAAAAAAAANf/AAAAAAAAAAAAACoAAADs//H/AAAAAAAA7f8UAPj/7P/s/+z/7v/u/+z/FADs/+z/7P/t/+3/9P/r/+z/FQDs/+f/7P/s/+z/7P/q/xYA2f/m/9j/2P8UAOD/2v8AAKz/tv/E/63/x//E/63/YwAAAAAAAAAAAAAAAAAAAAAA0/8qAOr/5//Y/9z/1v/X/wAAAAAAAAAAAAAAAAAAAADw//L/IwDN/8f/1P/Y/9L/8v8WAAAAAAAAAAAA6//2/xMAAAAAAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7P/3/zQA1f/W/9j/0//p/9P/2f8AAL7/4v/O/9v/rf8AANT/AAAAAAAAAAAAAAAAAAAAABkA7P/z/+7/7//p/+f/6f/q/+H/9//Z/wAAKADd/+f/7P/z/+//9f/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAANb/9P/7/8r/9v/z/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+7/8v/z/+7/7P8UAO//7f/t/+z/7P/z/+z/FADs/+z/7P/t/+v/7P/r/+z/FQAYAOr/6//2//T/9P/n/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7P/3//T/6f/L/+z/2v/I/9b/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAK//0//o/+L/EgDo/+D/+P/l/+f/6v/q/+r/GADo/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/p/+r/7P8AAPv/5v8AAOz/7P/s/+b/7P8UAOz/7P/X/9n/7P/r/+H/5/8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/2/+3/FADs/+z/GgDF/9T/6v/Y/+r/0P/n/wAAAAAAAAAAAAAAAAAAAADn/+X/AAAAAOz/6/8ZAOf/3v8AABYA5f/m/+D/4P/m/+v/6//q/9b/7f/o/xYA6v8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAAOz/7P8UAAAAAAAAAAAAAAAAAAAAAAC+/+H/0v/G/7r/4f/h/yUA9f/s//D/+v8AAAAAFAD6/wAAAAAAAAAAAAAAAAAAAADY/ycA2f/U/9n/0v/d/9D/AAAAAAAAAAAAAAAAAAAAANT/1P/R/+b/wf/Y/y0A3P8WAOz/7P/s/+//6v/r/+z/AAAAAAAAAAAAAAAAAAAAABQAAAAAAPv/AADz/+z/7P8AAPr/AAAAAAAAAAAQAAAA1v/s/9X/zf8UANT/AADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAN//tv+2/63/9P/G/97/6//s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAASAOb/2P8AANn/6f/o/9j/FADy/wAA9f/v/+z/7f/s/wAAIgAAAAAAAAAAAOv/AACq/7P/vf9kAKD/yv+Q/5b/AAAAAAAA8v8AAAAADwAAAOz/2P/a/xYA7f/k/+b/7P+p/+P/vP8mANT/6v+t/9T/6P/p/+r/4P/s/+f/GADi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAyv+0/7v/1P8AAND/0f8tAAAAAAAAAAAAAAAAAAAAAADS//L/kf+0/6P/3v8XAOP/5f8AAOj/6//n/+r/EQDn/wAAFgDx//b/7P/r/+n/6f8AAAAAAAAAAAAAAAAAAAAAGgAAAAAAAAAAAPX/7/8AAAAA8f8AAAAAAAD0/+7/AAAWAAAAAAAAAAAA6//x/wAAAAAAAAAAAAAAAAAAAAAAAKj/zP/O/9P/2P/e/y4A3v/r/+v/6//r/+b/6/8VAOz/4P/j/9b/1//k/+L/KQDa/wAAAAAAAAAAAAAAAAAAAADm/+X/5//n/+b/5P8aAOX/zP/V/9v/4//g/wgAzv8MABUA7f/j//H/AADl/+z/7f8AAAAAAAAAAAAAAAAAAAAADgDY/9v/2P/u/9b/AADV/wAAAAAAAAAAAAAAAAAAAADW/wAA3P8UAN//7P/t/9f/6f/r//j/5f/o/xgA6v/p/+b/3f/l/+r/5f/m/yEA6v/n/+T/4//k/wAAGgDp/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOr/6f8AAPv/AAAWAOr/8f8VAPf/7f8AAAAA9//t//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/wAA2P/r/9T/JwDK/+P/AAAAAAAAAAAAAAAAAAAAAAAA6//0//b/AAAAAOz/7P/k/wAA5P/Z/9r/2f/Z/xIAAAAAAAAAAAAAAAAAAAAAAPL/3P/j/+L/7f/n/+j/FAAAAAAAAAAAAAAAAAAAAAAA7P/x/+7/7v/v/xQA7P/s/xMA1v/i/9//5P/g//P/3P+7/8f/2f/O/+X/RwC//7b/6//s/+z/5P/s/xcA5v/s/8//3v/n/9f/2f8yAMP/0v/s/8//4v/s/+z/AAAAAOH/7f/s//T/1v8TAMn/5v/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/7P/s/+b/6//f/9j/2v/Y/+n/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/1f/V/9//AAC3/wsAzv/F/8X/1P/Z/yIA9P++/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/+f/5f8UAOT/+v8SAAAAAAAAAPv/AAAAAN3/1P/V/9z/1//k/+T/KADd/9n/AADj/+L/3P/Z/w0AAAAAAAAA7f8AABQAAADs//P/5P/d/+r/8f/s/wgA5v/6/wAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8WAOX/8//b/+v/5f/r//H/uv/R/wcACQCz//n/4f/r/9P/5v/h/yUA3//X/9z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7f/t//L/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAAAADq/wAAAAAAAAAAAAAAAAAAAAAAABQA7f/u/+z/+P/s/+z/7f8LAMH/dP/U/43/v/8AAOP/AAAAAAAAAAAAAAAAAAAAAO7/8P+5/x8Auf/v/5P/nv/l/+r/6/8YAOr/6v/p/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//v/FQAAAPH/7P/s/xQA7P/s/+z/7P/s//T/6//q/+T/6f8AAAwA6/8UAPD/7v/3/wAA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAN3/8//l/+X/5P/R/yEABgAAAPb/9f8AAAAAAAAbAAAA7P/s/+z/7P/s/+z/7P8UAAAA9v/1/wAAAAAAABsAAAAPANj/2P/a/+b/2P/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgA+v8AANn/3P8AAPf/7f/Y/wAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/8/8UAPH/7f/s/wAAAAAAAAAAAAAAAAAAAAAyAPv/3v/P/+T/7v/P/7z/GgAAAOP/xP/C//L/v/+y/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAANX/IgD5/+v/1v/V/97/6v/j//n/4//f/9v/AAAMAOP/AAAAAAAAAAAAAAAAAAAAABMAAADY/9n/2P/b/9f/6f/s/+z/7P/5/+3/FADr/+z/BwDk/+z/7P/s/xQA3f/r/wAAAAAAAAAAAAAAAAAAAADV//X/AADm/+v/9f8AAPf/AAAAAAAA7P/x/wAAAAAIAOz/6//t/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwA0P/n/+z/2v/e/wAA4//o/+n/6v/s/zQA3P/m/77/AAAAAAAAAAAAAAAAAAAAAOf/4f/a/+r/6P/O/wAAEwAAAAAAAAAAAAAAAAAAAAAA7f8aAAAAAADt/+//5//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/N/8//6f/P/8D/MwDS/xQA6f/a/wAA2f/f/9j/6v8AAAAAAAAAAAAAAAAAAAAA7f8UAAAAAADv/+b/7P/u//D/CQDF/77/1f/N/+z/yv/s/xQA7P/s/+z/7P/s/+z/7v/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADU/+z/7P/s/+v/7P8ZAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/o/+f/3//f/wYA6f+k/8X/uP/L/5v/tv/u/1kAAAAAAAAAAAAAAAAAAAAAAOr/7P/s/+v/7P/s/xQA7P/q/+X/AAD0//f/FwDs/+//AADp/5j/lf+P/73/3//x/xkAAAAAAAAAAADn/+z/AADq/+v/6v/r/+3/FgDq/+r/7P/s/+z/7P/s/xQA7P/s/+v/7P/t/9j/7f/5/w8AAAAAAAAAAAAAAAAAAAAAAAAAHgDr/+n/3f/U/+b/3f/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FADn//f/1f/v//X/FQDb/9r/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+z/AADr/+v/FQDr/+z/6//s/+v/AAAAAAAAAAAAAAAAAAAAAPT/+P8AAAAAAAAQAPv/+f8AAAAAAAAAAAAAAAAAAAAAAADu/wAAAADb/+r/7/8YABsA4f/k/+f/6P/V/+b/5/8PAAAAAAAAAAAA+v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAOv/5v/i/xQA5P/i/wAAAAAAAAAAAAAAAAAAAADF//X/x//Z/zAAxf/U/67/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAOv/7v/g/wAA6//K/xwA5//n/+T/5v/l/+T/6v8AAAAAAAAAAAAAAAAAAAAAs//A/8v/6v+//ygAAADP/xQA7v/0/wAA9//X/+z/7v8RAAAAAAAAAAAA8//h/wAA1v/S/8D/wv/S/xQACQDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDl/+b/3f/p/9b/4//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//r/wAAEwD3/xQA6P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/0v/g/8f/0P8OALb/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/ycA7P/Y/+f/5v/n/8j/2f/O/yQAAADY/9r/7//o/+7/3P8oANr/7P/w//r/AAAAAO3/FAD1/+z/7P8UAOz/7P/s/+z/7P/s/+3/7v/s/+7/FADs/+z/t/8AANf/4f/N/x4A1v/i/+b/5//p/+7/7P/p/xgA9P8AANX/EQDY/+3/5//n/9f/AAAAAAAA7P8AAO7/AAAUAAAAAAAAAAAAAAAAAAAAAADV/ykA3P/N/9z/2f/N/9D/5//q/wAAAADl/+z/8P8YAA8A6//7/7b/7P++/8v/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/0f/Y/8j/2P/u/xgA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/wAA2v/V/6X/0v/B/wAAAAAAAAAAAAAAAAAAAAAAAOD/2P/s/+v/AADr/xQA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/f/9H/7P/k/xQAAADs/+3/FADs/+z/8f/r/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/0P/h/8r/4f/R/ysAxf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8P/s/wAA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAO7/7f/s/+7/9f8UALP/AADl//j/vP/y/wAAAAAAAAAAAAAAAAAAAADI/8v/4P/I/9b/NgDE/8n/FQDm/+3/7P/t/+v/7P/r/wAAAAAAAAAAAAAAAAAAAAAjAMb/+f+p/+b/sv/e/9v/AAAKAAAAAAAAAAAAAAD5/zEAv/+g/5j/wP/s/9H/5//Y/xQA2f/r/+f/3//6/+f/EwDp/+r/9P/i/wAA4P/b/wAAAAAAAAAAAAAAAAAAAAAVANz/AAAAAAAA2f/s/+D/AAAAAAAAAAAAAAAAAAAAAOr/7/8AAOX/7f/m/xkA9/8AAAAAAAAAAAAAAAAAAAAAGAAAAPv/AAAAAAAA9/8AABgAAAD5/wAAAAAAAPT/AAAUAPD/7P8AAPn/8P/s//H/6/8AAOr/EgDn/97/2P/g/+r/6f/q/+n/6v8WAOr/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Y//P/z/8MAOf/6f/s/+z/FADv/+3/7P/s/+z/7P/s/+z/6/8VAOz/6//k/wAA2v8AANv/3f/E/+L/7/8AAAoAAAAAAAAAAAAAAPn/AAAKAAAAAAAAAAAAAAD5/wAACgAAAAAAAAAAAAAA+f8AAAoAAAAAAAAAAAAAAPn/FAAAAAAAAAAAAOz/7P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/t/+//8f/t/+z/+P/H/7b/uv/J/87/tv8PAAAA4v/q/+3/8P/y/+r/GADr/9j/1v/f/+f/6P/p/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9r/6v/e/+j/3/8nAOf/7P8AAAAAAAAAABQAAAAAABQA7P/t/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOn/6P/d/9v/4//o/+f/AAAAAAAA0v8AAOH/AAAvAAAAAAAAAAAAAAAAAAAAAADn/+r/AAAAAOX/7P/w/xgA7P/s//D/7f/0/xQA7P/s/7X/fv+o/9H/5v8VANr/1f8AAAAAAAAAAAAAAAAAAAAA7//W/+v/4P/r/8b/1f8lABQA7P/s/+z/7P/s/+z/7P8YAN//1v/a/wAA9f/U/8L/6//z/wAA6//w/+v/6/8WAOz/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA+/8QAOf/4/8TAPP/1v/k/8T/EwDI/+b/0v8AAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOX/5//r/97/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAyv+v/wAA1P8pAKX/uv/t/+z/7P/s/xQA7P/s/+z/6P/i/+v/6//q/+f/GQDm/wAAAAAAAAAAAAAAAAAAAADp/+n/6v/o/+v/FwDo/+f/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA8f8UAOz/7f/u/+v/7P/0/wAAAAAAAAAAAAAAAAAAAADx/xQA7P/t/+7/6//s//T/7P/s/wAA7P/t/+z/8/8UAKD/8f+p/6v/uP/y/5X/DgAAAAAAAAAAAAAAAAAAAAAA6//s/+r/6//w/9j/5/8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/W/9f/7P8AABoA7//l/+z/7//w/wAA9v8UAO3/7P/K/z4A3P/c/9D/1P+//8T/7P/r/+z/7P/s/+r/FQDs/xQAAAD4/wAAAAD1/+z/AAAWAOn/x//s/+3/7v/g/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//v/+v/5//r/+v/FgDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/q/xQA0P/1//L/2v/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPL/6v/u/9r/AADs/wAAFADs/+z/7f/s/+v/7P/s/9z/GQDa/9j/1P/R/wAA5/8UAO7/7v/t//f/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9z/8f/Z/97/AADR/wAAAAD4/+7/+f8AABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/2P/V//P/uv/G/xoA5v/s/xQA7P/t/+3/7P/s/+7/6f/l/+j/3f/l/+j/GgDk/+v/3f/q/+f/6f8AAOr/BwDd/+L/6//c/+j/4/8fANT/zf8xAL7/3v+x/+L/zP+y/9//4P/n/+L/5v/o/x4A3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC1/woAtP/S/+T/8P/c/+z/BwAUAOz/7f/s/+j/0v/s/wAAAAAAAAAAAAAAAAAAAACn/+L/3/+4/83/sv8WANT/FAD4/wAA7v8AAO//7P/v/wkAqf/F/wAAyP/M//r/3v8AAAAAAAAAAAAAAAAAAAAA8v/v/+7/8P/z//D/FADt/+j/GAAAAPn/5f/e/8v/1v8aAOj/6//r/+f/4//i/+P/5v8AAPj/4f/u/yAA4//q/w8AyP/q/9n/+/8AAM3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/6f8AAOz/AAAUAOz/6f/s//b/7v/1//f/7f8UAO3/AAAAAAAAAAAAAAAAAAAAANz/AADr//X/xf/W/+n/EgDI/+z/7f/s/wAA7P8VAOv/6f/S/+T/0//y//v/5f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/+r/6v/q/+v/6//q/xYA6v/2//v/AAAAAAAAJwDt/9v/EgDY/+L/2f8AAOr/9//l//n/5/8QAAAA4f/I/+X/9/8RAAAA2f/c/9n/6v/Y/+r/4/8ZAOn/6v/p/+n/6P/n/xQA9v/x//b/8P/s/+7/7P8MANv/5P/m/9j/AADr/9v/AAAAAAAAAAAAAAAAAAAAABQA5v/k/9//3//b//T/6/8AAAAAAAAAAAAAAAAAAAAA6//n/+r/6P/q/+b/FgDU/xQA7P/s/+z/7P/s/+z/7P/s/+j/FwDo/+3/4v/p/+z/6//p/+z/FwDs/+X/5f/r/9r/5f/v/+j/3v/Y//D/KACg/7r/s/+Y/zEA4P+Z/xEAAAAAAAAAAAAAAAAAAAAAAOv/FQD3//X/7f/p/+z/6P+p/xkAsP+v/wYAw/+2/9//AAAAAAAAAAAAAAAAAAAAABsA0f/p/wAAAADl/9v/3P8WAOv/AADs/xMA3v/q/+P/6//r/xUA6//s/+v/7P/r/wAAAAAAAAAAAAAAAAAAAADp/+r/6f/q/+v/6v8WAOr/6v/p/wAA+/8AABYA6v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/M//n/EwDa//f/6//C/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnv/q//v/2P/B/0MA4f+c/wAAAAAAAAAAAAAAAAAAAADh/8b/1v+p/8L/GQDN//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+b/7P/p/wAA7f8XAOj/7P/s/+z/7P/s/xQA7P/s//n/7f8AAAAAAADq//b/GAD0/+r/7P/v/+3/6v8WAOr/GgAAAMX/2f/I/9r/5v/V/xQA6//d/+z/7P/q/+n/AADs/wAAAAAAAAAAFAAAAAAA7f/m/+z/6f8AAO3/FwDo/wAAAAAAAAAAAAAAAAAAAADs/+L/6//s/xYA7P/s/+n/6/8WAOv/6//x/+v/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xgA+P8AAOH/5//i/+n/AAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAADs//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA6P/o/+j/6v/o/+j/5//s/+z/8f/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPn/AADZ/+z/6P/r/wAA2/8AAAAAAAAAAAAAAAAAAAAAIQDi/8//wv+9/5n/5P+n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/k/+v/3P/y/ygAAADa/+v/6v/q/+r/6v/o/xYA6/8AAOD/7f/a/9z/2P8KANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAAAAAMP/DQDt/9T/2P/m//D/1//d/w4A1v/m/9n/4f/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/4//j/+v/DwDM/9P/6//x//T/9v8AABoA+v/4/wAAAAAAAAAAAAAAAAAAAADr/+z/6//n/+v/7P8UAOz/6f/r//b/5f/s/wAAGQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAOH/1v/s/9j/6f8vAN3/0f/w/xQA7v/z/+z/7P/s/+z/6/8ZAOz/9P/2/+z/3//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8ZAAAA6//p/+3/4v/q/wAAAAAAAAAAAAAAAAAAAAD5/9r/AAAhAPf/4f/o/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//i/+z/6v8WAOr/7P/x//H/FADv/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAALwDv/wAAAAAAAOv/4P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/6v/s/+j/6f/r/+v/FwDb/+X/2P/C/9P/6f8XALT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAA+P8AABQAAAAAAOz/FQDt//X/6f/s/93/8f/s/+v/FADs/+r/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9//7P/f/87/6/8VAN//7P/s/+z/7P/s/xQA7P/s/+P/5f8IAOr/4//a//P/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/y//y//f/FADZ/93/8v/t/+z/7P/s/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//r/+z/7f8UAOz/6//c/9b/1f/k/+T/FgDu/8//6v/l/wAA9P/3/xcA7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//z/wAA6//w/+v/6/8WAPT/2f/q/+v/2P8gAMv/5v/l/9n/6//q/+P/6//Y/yUA7v8WAOr/+P/s/+3/6P/s/+7/FgDq//j/7P/t/+j/7P/s/+z/7v/s//f/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG//X/5f/T/9v/6P8AAPv/4f/2/77/uP/H/+n/+v/5/wAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/q/+z/GwDY/+v/3P/p/+z/6P/q/+v/6/8YABQA7P/r/+z/6v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/Q/wAAAAAAALb/xP/A/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+P/AADb/+7/AADy/wAA8//s/+7/AADx/+z/7P8UAAAAAAAAAAAAAAAAAAAAAACz/8v/uf+7/7z/yP8NAAwAAAAAAAAAAAAAAAAAAAAAAOX/FQDx/+3/9f/o/+z/8v8AAAAAAAAAAAAAAAAAAAAA5P8AACEA1//Y/9j/4v/U/xkAAAAAAPH/AADt/+f/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOv/7P8AAOz/6/8AAAAAAAAAAAAAAAAAAAAA2f/W/yoA0//h/9j/1v/K/+7/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAFwDq/+T/6P/q/+f/6v/q/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+3/7P/s/+z/6f/s//H/AAAVAOz/6//s/+j/1v/q/+P/3v8ZAOT/4f8AAAAAAAAAAAAAAAAAAAAA7v/s//f/AAAAAPP/FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+3/7f/w//L/7P/v/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/FgDp//n/4v/p/+v/3P/Z/+X/4f/n/+D/JADT/wAAAAAAAAAAAAAAAAAAAADs//H/7f/v/wAA7/8UAOz/AAAAAAAAAAAAAAAAAAAAAOv/FQDp//H/8P/s/+z/6v8AAAAAAAAAAAAAAAAAAAAA5f/a/9n/0v/R/9X/JwDO/+v/7P/s/+z/7P/r/xQA7P/k/+j/FQDs//n/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+b/6//p/+z/7P8WAO3/9f8AAAAAAAAAABMA7f/1/wAAAAAAAAAAAAAAAAAAAACh/8D/GgCk/7T/DADA//X/0f/h/7j/vf/K/wAAGQDL/wAAAAAAAAAAAAAAAAAAAAD1/wAAAADu/wAAGAAAAAAAz//A/8P/2//z/9//vf8lAAAAAAAAAAAAAAAAAAAAAADd//r/7P/q//v/6/8eAOf/FQDs/+z/7P/n/+v/6v/p/+v/8f/0//b/AAAaAPr/+P8AAAAAAAAAAAAAAAAAAAAA7P/t/+3/7//w/+z/7P8UAAAACgAAAAAAAAAAAAAA+f/p/xgA+v/0/+j/7P/n//D/4v/Y/9j/1v/h/9H/2/8hAAAAAAAAAAAAAAAAAAAAAADm/+f/5v/a/xkA6P/n/+P/4v/n/+r/5f/p/+n/GADo/9r/9//R/ywA6P/a/8n/wf/l/+f/6v/q/+r/GADo/+X/1/8AAN7/6//T/9f/5//R/97/6f8AAOz/AAAUAOz/6f/x/xQA8P/7/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQDW/8X/yf/J/9b/6f/N/+3/5v/r/+z/5P/q/xUA2//p/+z/2v/s//L/2P8fAOz/AAAAAAAAAAAAAAAAAAAAAAAA5/8oANz/5v/X/9f/1f/s/+z/8v/s//f/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/r/+n/7P8VAOv/7P/r/+r/6v/l/+j/6//p/xUAAAAAAAAAAAAAAAAAAAAAANH/AADX/8T/3/8WANX/zP8AAAAAAAAAAAAAGwDy//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9P8AAN7/AADs/+H/JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/T/8T/DgDS/97/2f8WANH/6v/p/+b/FADS/wkA7P/T/+z/2P/w/wAA3f/Y/+b/DgAAAAAAAAAAAAAAAAAAAAAA+P/5/wAA+P8AAOz/AAAUAPH/FgDw/wAA7v/y/+n/+v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/r/+z/7P8UACUA6//s/+r/7P/m/9j/6f/p/x8ABwD5/+r/+f/h/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC6/9z/tf/o/8//wf82AN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD6//v/+f/w/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/4//r/9//1/8mANf/4P/i/+z/7f/m/+X/HQDf/+b/AAD7/wAA9P/v/xMA7//7/+z/7P/s/+z/7//s/xQA7P/a//b/4f/s//L/9/8xAPT/FADs/+z/7P/s/+z/7P/s/8P/KQDX/87/zP/D/+n/z/8AAAAAAAAAAAAAAAAAAAAA3f/f/8j/JADZ//j/5P/M/wAAAAAAAAAAAAAAAAAAAADp/8r/1P/N/8z/GADp/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/4P/G/8L/4f/S/yAA2P8AAAAAAAAAAAAAAAAAAAAA5/8bAOf/7//q/+v/5f/s/wAAAAAAAAAAAAAAAAAAAADd/wAA4P/u/+H/7P/c/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//H/9P/2/wAAGgD6//j/6v/t/+r/2P/o/+v/6P8VAAAAAAAAAAAAAADY/wAA8P8AABIAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+//7P8UAOz/7P/s/+3/7P/v/+z/FADs/+z/7P/s/+z/FADs/+z/7P/s//D/5//w/wAA7P8UAOz/8v8VAOz/8/8AAPL/7f/x/+H/0//4/wYAAAD2/9f/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/+z/7P/s/xQA7P/s/+n/GgDp/+r/6//n/+T/5f/h/7X/DgDS/8D/BwDN/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+j/6f/g/+D/HgDU/9f/8v/Z/wAA8/8VAO7/4//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/s/+z/7P/s/+z/+//2/+//AADs/xIA7f/i/+v/5v/t/9L/4f/q/xoA7P8UAOz/7P/s/+3/7P/s/+b/5P/s/+r/3P/s/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/JgDb/8P/1f+1/+r/uf/5//n/AADe/wAAKQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//f/9j/2f8SAOv/6P/d/9X/2f/Y/wAA1P/W/yAAKQAAAOL/FADq/8z/2P/W/wkAzf/W/8X/v//b//X/FAAAAAAAAAAAAAAAAAAAAAAAHADr/+7/6f/x/+z/6//Y/+z/FADs/+z/7P/s/+z/7P/q/+n/6v/p/+r/FgDq/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/F/87/zv/Q/+v/xP8rAPD/7P/6/wAAAAD2/xQA9f8AAAAAAAAAAAAAAAAAAAAA5//h/+r/7v/r/+D/HQDk/6L/EwCg/6z/7/++/8b/DADi/+z/7v/l/+z/5P/s/xQA5//h/+r/7v/r/+D/HQDk/ywAzP/c/+3/1f/U/9H/2//s/xQA7P/t/+z/7P/s/+z/7f8AAAAAAAAAAAAAEwD3/+z/6v8WAOn/+f/i/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/5//T/xMA4//w/8H/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAXAOf/3//s/93/9v/b/8j/3f/6/+z/6v/7/+v/HgDn/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/6v/q/+r/6P/l/+b/FwDp/+b/5v/p/+X/4f/b/xsA1/8UAOz/8P/s/+7/7P/s/+z/AAAKAOX/AADZ/9P/1f/H/9j/5v/r/+z/7P/n/+H/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADq/+z/6v8AAPH/1f/m/wAA2/8gAOr/4//w/+z/3v/l/wAAAAAAAAAAAAAAAAAAAADX/+X/6/8nAOD/yP/1/7H/6P/l/+j/5v/p/xkA5v/l/wAAAAAAAAAAAAAAAAAAAAAKAMj/4P/Z/9H/w//p/xYAAAAAAAAAAAAAAAAAAAAAAOz/8P/t//L/AADs/xQA7P/s/+z/7f/t/+7/7P/s/xQA3P/Z/xUA6//q//b/3v8AAAAAAAAAAAAAAAAAAAAAAADj/+z/7v/s/+z/2v/s/xYA1f8SAOr/2f/q/9j/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/JwD1//D/+f/s//H/3P8UAOz/7f/s/+z/7P/s/+z/6P8WAOv/6v/r/+v/6v/j/wAAAAAAAAAAAAAAAAAAAADQ/9j/4f/V/+D/3P8nANX/AAAAAAAAAAAAAAAAAAAAABUA7f/t/9j/8P/u/+r/9f+4/xMA1v/K/+r/9//6/8f/2P/p//L/4P/2/9n/GADr/+b/5v/p/+r/6v/m/xcA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADx/+X/7P8AAOz/2P/s/+z/7P/s/+3/6v8UAO7/2f/a/+3/6v/u/xIAAADs/8r/3P/L//X/zf/e/xEAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAO//GAAAALL/wf/J/9T/xf/m/+n/IwD5/9n/1f/T/9X/AADS/w8A6//s/+z/7P/t/+v/6/8hAN//3P/l/9v/5f8hANn/3v/f/7P/r/+9/6z/KADU/7j/0f/W/9L/6P/S/xkA2//v/7//yP/E//H/0v8XAM7/s//T/97/v//O/9f/JADk/9//6v/q//P/5P/p/xcA6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/u/+z/FADs/+z/7P/x//H/9v/s/+z/FADL/8z/w//b/8//FwDU/wkA7f/v/wAA7/8AABQA7P/v/9D/1f/P/wsA4v8NALD/4f/C/7T/2/+9/9//LACx/+r/7P/s/+3/7P8AAOz/FADu//H/FADw//v/7P/s/+z/7f/y/wAAAAAUAAAA7P/y/+z/EgDU/9r/4P/c/9r/5/8AAOj/5//p/+b/7P/o/xgA6/8AAAAAAAAAAAAAAAAAAAAAz//W/8//7P/U/9f/4f8sANX/yv/Z/9H/zP8mANL/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/0/+z/9P/s/xQA6//l/9f/CwDI/8//x//f/w8A7v/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8UAO7/7f/x/+z/6//u/97/2f/l/8n/5f8fANn/8f/t/xQA+f/y/+z/5v/t/+z/5//H/9L/6P/a/8X/MQDS/wAABwDT/87/w//j/9X/AADm/+f/5//o/+j/6f8ZAOj/5v/y/wAAFQAAAOz/2f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADr/+r/7P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//H/7//t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/GwDq/+T/6f/q/+H/5v8uAOz/AAD4/wAA9//S/wAA8/8WAPn/AAAAAOv/6//x//n/FgD7/wAAAADv/+v/9P/s/+z/6//i/+z/6v8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xYA7v/t//X/7P/q/+z/FwDr/+v/3f/n/+z/2//b/8n/4f/n/+f/5v8AABwA3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/0/wAA7P/2/+z/FADs/xQA1v/b/+X/6f/s/wAA6//s/xUA9//s//f/8f/s/+v/AADs/+z/8//t/+z/FADZ/9r/FADy/+3/AAAAAOz/8P/y/wAAyP/I/9f/y//y/87/6v8aAOX/AADg/+L/6f/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/n/+f/6P/o/+n/GQDo/+n/6//s/+j/6/8VAOz/6f8AAAAAAAAAAAAAAAAAAAAA3v/a/9H/5f/a/87/KQDl/+j/5v8WANT/5f/X//H/4v/w//T/7v/6/+3/8P8UAO3/7P/s//X/7f8AAO3/FADs/+v/5f/W/8v/8f/2/wkAx//j/+3/xf/P/9b/6P/p/xgA3P/X/9v/7P/k/9n/2f8bAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s//X/FADs/+z/3P/l/+r/7P8UANr/5f/t/+H/7v/L/6//EwDV/xMAx//s/+z/8f/x/+//7f8UAO3/5P8PANj/2f/k/97/AADk//v/+v/q/9X/6//l/xQA0f/F/+b/2f8AANr/2v/q/wwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/wAAAAAAAO3/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIj/7//6/93/p//k/9n/2P8UAAAAAAAAAAAA7P/s/wAAFADt/+7/7f/w/+z/7P/s/xMAAAAAAAAAAADt/wAAAAAVAAAAAAAAAAAA+f/s/wAA7P/s/xQA7P/t/+z/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xoA6//q/+z/6//f/+3/FADr/+3/7f/y/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAO7/7//v/+//7P/s//H/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/7P8AAAAA7P8AAM7/EwDI/wUAx//d/9D/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/a//X/7f/w/+v/GQANABMAzv/n/9b/0//o//r/1//Y/xQA8v/d//j/7P8AANj/6v8WABAA8v/b/9H/3P/p/+z/6/8VAO7/7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADw/wAA8/8AAOz/7P/s/wAACgAAAAAAAAAAAAAAAADm/xkA5//q/+f/6//o/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//o//D/6P8AAAoAFADe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANQDd/9//3f/P/8D/2f/S/xQA7P8AAAAA7v/t/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v+j/6//7f8AAPL/0P/r/+v/FQDr/+z/6//s/+v/8//l/8n/z//d/7P/FwDG/9j/4f/6/+f/7P8kAOH/7P/s/+3/9f/u/wAAFADs/+3/DgDt//L/8v/u/9n/AADu/wAAAAAAAAAAAAAAAAAAAADw/xoAAAAAAAAA+f/v//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAADQDL/xMAyv/l/xMA3//W/8r/4v/j/x8A7//6/+P/3//r/+z/6v8WAOn/+f/i/+n/6/8AAAAAAAAAAAAAAAAAAAAA1v8UANj/6f/s/+v/9P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL3/s/86AMn/w//j/8j/uv8OAAAAtv/F/wYA4v/3/7r/AAAAAAAAAAAAAAAAAAAAAOv/6v/s/+z/7v/r/+z/FADq/+//6f/o/+r/GQDp/+H/6P/m/+3/5//n/xwA1v/K/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQA3//E/9n/1v/c/8//KQDQ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+z/6/8UAOv/7P/p/yMA5f/n/+X/+//b/9z/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+b/7P/s/+z/6/8WAOv/7P/s/xQA7P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/wAA+/8AABYA6v/x/wAAAAAAAAAAAAAAAAAAAAAAAOv/rP+9/7T/vv/b/ysADgDB/wwAyf+7/8v/yP8AAAgAyP/S/97/2P/Q/wAAzf8AAAAAAAAAAAAAAAAAAAAAuf/B/8v/xv/4/zwA1//E/+z/7P/s//b/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6//0//H/5f/s/+P/6/8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAD6//j/AAAAAAAAAAAAAPr/AAAIAAAAAAAAAAAAAAAAAAAAAAC2/9D/PgC2/wAAtv/X/6P/7P/v/wAA2//3/xUA6//r/+j/0f/m/9H/zv8QABEA8//X/8//1v/Z//D/BwDg/wAA7P/s/+7/7f/x/xQA7P/s/8//v//7//v/+v9BAO7/+f/z//L/5//q/+//+v/y/+b/AADs/wAA9/8UAPH/6v/2/9//6v8UAOv/7P/l/+P/AADs/+//9//v//f/7P8UAOz/7P8AAOz/7//h/+z/7P8UABQA7P/s/+z/9v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA3/8fAPr/7//p/+n/3//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/6v/s/9H/EQDs/+z/6//t//f/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAZAAAAAAAAAAAA6f8AAPf/AAAAAAAAAAAaAOz/7/+h/ygA2v/A/8r/y/8KAMf/AAAKAAAAAAAAAAAAAAD5/8X/FADt/wAA7f/q/+P/5f/u/+z/7//s/+z/7P/s/xQAAADx/wAAAAAAABMA+f/z/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/t/+r/FQDr/wAAAAAAAAAAAAAAAAAAAADx/+z/6v/p/+z/6P8SAOv/zv+s/7j/1v8AAL7/wv8xAAAAAAAAAAAAAAAAAAAAAADs/+z/6P/u/+3/4P8UAOr/8f/s/+r/6f/s/+j/EgDr/wAA+/8AAPT/7/8TAO//+/8AAAAAAAAAAAAAAAAAAAAA4v/U/8z/6v/a/yEA4//M//L/JwAAAAAA9v8AAN7/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//D/EwDv/wAA5/8VAOz/3f/s/wAA2P/s//v/8P/s//P/+v/x/xQA7//m/+f/AADo/+b/6P/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8bAOj/1P/Z/9L/6f/s/xQA7//w//H/9//u/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/ycA6//t/+L/4P/U/9v/7//w//n/FAD1/+z/7P/u//v/AAD0/wAAAAAVAPH/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD5/+z/FADt/wAA7P/t/+7/7P8VAOD/9//f/+f/6//p/+z/FwDt//L/9v/p/+j/7P/k/woA3//2/+P/0v/6/9b/7P8UAO3/7f/t/+3/6//s/wAAAAAAAAAAAAAAAAAAAAAUAOz/8P/s/+7/7P/s/+z/1f/O/y0A2P/d/9H/0P/Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/8v/s//f/7P8UAOz/1/8XANf/y//G/+v/yv8AAAAAAAAAAAAAAAAAAAAAAADZ/9j/BgDg/+b/7v/Y/wAA7P/s/+z/FAD3/+z/7P/s/+n/AAAAAOz/6v/u/+v/FQAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADh/+j/6P/l/+j/GgDl/+L/AAAAAAAAAAAAAAAAAAAAAAsA5//s/+z/5//q/+H/AADp/9z/4f/S/97/EgDJ/83/1v/I/9L/5v/i/ywA4P/o/wAACwC//8b/w//o/9j/v/++/wYAxP/N/wAA1v/n/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf/A/9j/7f/y/73/AAAAAAAAAAAAAAAAAAAAABcA6v/u/9z/3f/4/+b/1//F/9T/4v/X/8r/2//2/zIAxP8aANX/7P/C/9v/8f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8yALX/0v/A/9b/r/+2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADf/9//2v/Y/wAA3f/V/83/0//p/+z/6P8TANj/8f/n/9L/6f/r/+T/6P8eAOT/wv/W/9H/4//Q/9v/LQDa/wAAAAAAAAAAAAAAAAAAAADs//D/5//w/wAA7P8UAOz/AAAAAAAAAAAAAPv/DwAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA4f8ZAOH/5f/c/9v/7P/p/+z/7P/t/+3/7v/s/+z/FADm/+z/7v/s/+z/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAPr/AAA0AJH/pv/Q/7n/tv/3/7n/AAAAAAAAAAAAAAAAAAAAAO3/7f/u//T/8//t//L/FADs//D/AAAAAAAA7f8AABQAAAAAAAAAAAAAAAAAAAAAABAA1//I/8T/yf8AAMT/2f8YAOH/7P/y//P/4f/o//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+n/8f/4/+7/6v/s/xUAAAAAAAAAAAAAAAAAAAAAAO7/7P/s/+z/FADs/+z/7P/v//r/AAAAAAAA7v8TAO//AADY/97/5/8AAAAA6v/b/7//9f/S/9b/2//V//j/AADp/+z/7P/o/+z/6P/s/xQAIQDI//r/AAAAANP/7P/t/xQA7P8AAO//9f/t/+v/7P/y/wAAAAAUAAAA7P/y/+z/FAD1//T/9//w/+z/7v/s/+3/7f/y/+z/7P/s/+z/FAA5AMz/2//I/9v/xf/E/9D/CAAAAAAAAAAAAAAAAAAAAL//tv/T/9H/5P/k/yYA6P/p/+v/6v/r/wAA7/8VAAAA2f/s/+//7f/w/+T/7P8VAOz/8f8AAAAAAADt/xQA+P8AAAAAAAAAAAAAAAAAAAAAyv/b/wAA5P8AADMA3P/e/wAAAAAAAAAAAAAAAAAAAADY/7H/sv/5/7D/qf8AACQAFADw/+7/9/8AAOz/7P/t/+//7v/5/wAAAADu/+7/EwAAAAAAAAAAAAAAAAAAAAAA3v8AABMA6v/m/+H/5f/Y/9L/AADg/+T/5//W/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/0//f//T/FwDX/+r/3P/1/+7/AADs/xQA7P8AAOz/6f8MANj/2P8AANj/6//b/wUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+r/6/8AAO//FQAAAAAAAAAAAAAAAAAAAAAAAADZ/+r/2f/f/9j/6P/b/x8AAAAAAAAAAAAAAAAAAAAAAO7/5v/z/+7/8P/y/+T/GwDv/+7/+f8AAAAA7v/u/xMAAAAAAAAAAAAAAAAAAAAAAOn/+f/s/+z/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAA+/8WANH/FADO/8r/vf/r/wAAAAAAAAAAAAAAAAAAAAD0/xUA8//2/wAA7P/z//f/CADA/9f/2//b/93/DQDh/9j/JADf/+3/5P/Y/+v/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnAOz/7P/s/+j/5//S/+v/AAAAAAAAAAAAAAAAAAAAAOz/KAD5/+n/+P/s/9j/3P/s/+z/7/8AAO7/7P/s/xQA5v8WAOz/7P/s/+z/8P/s/wAAAAAAAAAAAAAAAAAAAADL/+n/1f/C/9r/zf8bAMb/5f/p//b/8f/0/+v/FgDn//D/9P/u//r/7f/w/xQA7f/q/ygA2//t/+P/3f/Y/+n/AAAAAAAAAAAAAAAAAAAAAOr/6//r/+v/6//q/xYA6P/r/+v/6//p/xgA6f/q/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/wcAEgDY/+r/6v/l/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AANn/3//Y/9n/AADY/+z/7P/u/wAA+f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAGQDT/9X/3v/g/8X/yP/6//H/6//a/+r/2P8lANf/1P/q/+v/6//s/+n/6//n/xcA+f/r//L/AAAAAPH/HQAAAOz/7P/s/+z/7P/s/xQA7P/s/xQA7P/s/+z/7P/s/+z/6/8VAOz/7P/s/+z/6v/n/wAAAAAAAAAAAAAeAPX/9v/Y/wAA5P/d/97/2f8AANn/FgAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAAAAAAAAAAADy/xYAAAAAAAAAAADr//b/AAAAAAAAAAAAAAAAAAAAABQA7//w//H/9//u/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/u/+n/7f/w/xQA7P8AABQA7f/v/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA9f8AAAAAFAAAAOz/9f/s//L/FAAAAAAA7//1/+z/7f/s/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPr/+P8AAAAAAAAVAPv/7P8UAOz/8P/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO//7//o/9f/6f8OAPn/6v/m/+b/6//p/+z/7P8WAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AM3/2//b/9H/sP/W/9D/AAAAAAAAAAAAAAAAAAAAANz/2//B/9z/zf8mANL/x/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA5v/i/9v/3P/T/97/3v8AAAAAAAAAAAAAAAAAAAAA5v/T/w0A1f/n/xEA0P/v/wcAx//3/+T/7v/2/67/yf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2f/a/9v/2P8AANj/AAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAAAAD6/xkA+//s/9P/3f/f/wAA3v8uAOL/+v8AAAAA+P8AAPv/AAARAOz/FADs/+3/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/HgC8/8f/yf+r//X/0P/d/+z/7f/1/+7/AAAUAOz/7f/Y/yQA6f/W/83/AADW/9n/GADD/83/2P/b/8P/AAC+/wAAAAAAAAAAAAAAAAAAAAAAAO3/8f/u/+//7P8AAOz/AAAAAAAAAAAAAAAAAAAAAPn/2v8AACEA9//h/+j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6P/n/9//7P/Y/+n/JwAAAAAAAAAAAAAAAAAAAAAA2P8UAO3/2f/q/9j/6f8AAOz/FAAAAAAA7v/t/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/6v/2/+f/7P8ZAOL/4f/p/xgA6f/r/+j/6v/o/+r/EADP/8H/xf/b/wAA7P/o//v/wv/n/9n/yP/n//n/6f8AAAAAAAAAAAAAAAAAAAAA4//i/97/zv/o/9//6P8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8gAPn/7v8AAPf/AAD0/wAAAAAAAAAAAAAAAAAAAAAAANX/1v/Q/9b/1/8AANP/AAAAAAAAAAAAAAAAAAAAAMb/yv/S/9X/KADT/8f/7P/t/+3/8v/s/+z/7P/s/xQA3//Z/wAA5/8oANv/3P/Z/+3/7f/u/+//7f/s/xQA7P/l/+P/x/8fAN//5//p/+H/7//7//L/+/8AAAAAAAARAJH/NwCP/8P/CQCc/7X/vv/x/xwA+//5/+//8//m/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8VAOz/7P/s/+v/6//r/wAAGAAAAAAAAADv/+7/6v8AAAAAAAAAAAAAAAAAAAAA4P8cAOX/4f/l/+j/2//d/8v/JADf/9X/zv/c/+T/5v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/xUA7P/s/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/t/+3/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//FADy/+z/9//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FQDt//D/7//u/+v/7//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANj/KADZ/93/2P/Y/+H/2/8AAAAAAAAAAAAAAAAAAAAA3/8gAOP/3f/g/9//4P/j/wAAAAAAAAAAAAAAAAAAAADt/xUA7f/w/+//7v/r/+//7/8UAPL/7P/3/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+v/FgDp/+v/6v/q/+v/AAAAAAAAAAAAAAAAAAAAAOX/KwDq//D/7//n/+L/2P8AAAAAAAAAAAAAAAAAAAAAqP83ALj/uf+h/7T/+//X/xMAAAAAAAAAAADt/wAAAADt/xoAAAAAAO3/7//n/+v/7P/t//P/7v/6/+z/FADt/wAAFAAAAN7/7v/r/+r/6P8AAAAAAAAAAAAAAAAAAAAAy//V/9j/yP/f/83/NAC//wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+//7//u/+r/6v/r/+v/7P/q/+v/7//Y/+f/GADX//H/+f/l//D/8/8AAN3/7P/t/+7/7P/u/xQA7P/s/8L/3v8LAAAAxP8AAIj/8/+0/8r/hP8eAAsAu//j/+H/FADt/+7/7v/z/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADZ/xMA2f/Y/9z/+f/Y/+v/AAAAAAAAAAAAAAAAAAAAAND/DgC9/9v/4v/n//n/6//r/xMA7P/h/+7/AADY/+n/7P/s/+7/7f/x/xQA7P/s/wUAx/+3/5H/2v/H/wAABwAAAAAAAAAAAAAAAAAAAAAA7v/r/9z/zf/q/9j/8f8IAAAAAAAAAAAAAAAAAAAAAADm/+v/8f/u/wAA7P8VAOr/zP/L/w0Azv/Q/8r/x/8AAO3/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6/8eAOr/2P/e/9z/6//h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQAAAAAAAAAAAOf/7P8AAAAAAAAAAAAAAAAAAAAAAADB/wAAtP/F/x0A0P+0/+b/sf+y/8z/uP81ANH/uf8AAAAAAAAAAAAAAAAAAAAAAADA//T/wv/C/xAApP+z/+z/9f/u/wAA7P8UAOz/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/I/+D/x//X/+n/JwDh/wAAAAAAAAAAAAAAAAAAAAAJANL/wv+z/8L/9f/W//f/AADP/8H/6//6/+v/sv/t/+v/3f8AANr/AAAiAN3/4P8AAAAAAAAAAAAAAAAAAAAAJgDo/+r/1P/n/9n/yP/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/s/xQA7P/q/+7/7P/3/wAAAAAAAAAAAAAAAAAAAAD1/+D/zf/P/wAAxf/7//P/7P/q/+P/5v8VAOj/6//r/93/6v/X/9r/2P8AAA8A6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/wAAAAAAAAAA7P8pAOX/AAAAAAAAAAAAAAAAAAAAAMT/0v/h/wAAu/8MAM7/8v/n/93/2f/Y/93/3v/j/yQA6//u/+z/6//0/+r/FQDr/wAAAAAAAAAAAAAAAAAAAAAcAOX/AAAAAAAA+v/k//H/xf/q/wAA6f/U/+f/CQDD/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/J/9v/3v/K/8b/HwDR/+3/EgAAAOz/+v8IAOz/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP/R/93/2v/e/9H/NwDK/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAAAAAAAAAAAAAOz/AADY/wAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAEwDt//X/3v/Y/+v/EwDn/9j/2v8AAPH/FAAAAO//9f/s/+z/7P8VAOz/7v/s/+z/7P/r/+v/FADs/+r/7P8AAO7/7P/r/+r/5f8AAPT/9/8XAOz/7/8AAAAAAAAAAAAAAAAAAAAA6P8PANv/5f/V/9n/9f/W//L/7//u//D/8//w/xQA7f/r/xUA9//1/+3/6f/s/+j/6f/e//L/9//5/9v/7v8oAL7/DQAAANf/1f/O//r/6v/r/xUA7P/s/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAOr/BgDe/+f/6P/e/wAA4v/s/+z/7f/t/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7//x/9P/zf/J/7j/9f8PAMz/AAAAAAAAAAAAAAAAAAAAAOv/8/8AAOv/8P/r/+v/FgAAAAAAAAAAAAAAAAAAAAAA7v/1/wAAAAAAAPL/FQD4//X/FwD6/wAA+P/x/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA5f8AAAAA6f/Y/9r/7P8VAOz/8//0/+z/6//r/+n/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7v/s/xQA7P/O/w0A2v/q/+f/6v/0/+r/7P/4//v/7f8AABQA7P/u/+n/0P/N/9j/5/8GAAAAAAA2APD/s//S/7j/oP/n/7v/EwDs/+z/7P/m/wAA3P/U/+b/7/8AAO//AAAUAOz/4/8AAAAAAAAAAAAAAAAAAAAAGQDT/9b/1//Y/93/9//k/+3/7f/s/+7/8P8UAO3/7f/s/+3/8v/t//j/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/wAAr//t/wAA2f/P/wAAyv/3/wAA8f8AADMAAAD7/wAAAAAAAAAAAAAAAAAAAADp/+T/6f/s/+//FwDo/+j/7P/u/+//+//z/xQA7P/s/+7/7P8WAO7/9v/r/+v/7f8WAAAAAAAAAAAAAADq/wAA9//Z/93/4P/y/7v/1v9BAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAN//1//k/93/1v8AANz/AAAAAAAAAAAAAAAAAAAAAMn/2v/K/+T/5/8PAO3/CADs/+z/7v8AAPj/7P/s/xQA1f/P/9//7P/m/9b/2P8qACYA4P/Z/+H/4v/X/9b/3P/6/xgAAAD5/wAAAAD5/wAA6f/m/+j/6v/s/+f/GgDn/wAAAAAAAAAAAAAAAAAAAAApANj/zv/a/87/0//p/9//RgCy/77/yv/P/7j/wP/L/+z/8f/x/xQA7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5v8ZAOv/6f/r/+X/6P/W/wAAAAAAAAAAAAAAAAAAAAD6/7j/yf+3/7L/4v8UAAAA7P/s//H/8f/v/+3/FADt/+n/6P/q/+j/6//o/xcA5P/s/+z/7f8UAO//7P/s/+z/9/8UAPf/AAAAAO3/7f/0/+T/5v/p/+b/6//s/xkA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALz/PwDG/+H/z//S/9T/2P/v/xMAAAD5/wAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8AAAAA7P/q/+7/6/8VAA8Axv+Y/+3/yf/l/+3/+v8AAAAAAAAAAAAAAAAAAAAA5v/q//L/IgDq/+b/2P/n/+P/2v/Z/8r/1f/d/yAAy//a/9b/5//O/+D/2v8nANb/6f/n//D/4//p/+z/GQDm/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/wAA7P8UAOz/7P/s/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7//z/+3/7v8UAO3/7f8AAAAAAAAAAAAAEwD3/xsA5//a/+j/1//X/+b/1P/U/wwAAADC/8v/1f8AALr/1f/Q/9f/4P/U/ywAzf/R/+z/7P/s/+z/7P/s/+z/FADs/+z/6//i/+z/6v8WAOr/5//Y/9j/2f/Y/9T/HQDm/yIA1P/g/87/2//k/9//2f8AAAAAAAAAAAAAAAAAAAAA2f8OAO7/2//j/9j/6/8AAOz/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAA8P8VAO3/9v/J/7L/sP+8/9T/IwDa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAA6v/r/+P/EwAAANj/1//o/8P/3P/M/yIA3//O/+v/6//r/+X/7P8XAOb/6//X/xMA1//b/+H/AADp/9r/AAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAA+f/3/wAAFQDr/yEA6//r/9n/4f/Z/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/yv/p/8j/1//J/y0Azv8AAAAAAAAAAAAAAAAAAAAA7P/r//b/AADv/+z/7P8UAPH/5P8JANz/5f/q/+f/DwDs/+v/9v8AAO//7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOj/2//p/9n/2P/i/wAAAADk/+b/6f/m/+v/7P8ZAOj/vP/1/63/sP/O/wAAKwDe//j/2P/t/8f/wP+8/xwAAAD3/xQA3v/X/9//4P/t/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwD1/9D/3v/b//D/9P/T/wAAAAAAAAAAAAAAAAAAAAASAAAA3f/h/9j/8v/v/8X/FwAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAAAAAAAAAAADx/9z/6P/r/9v/1f/p/xYA8f8cAPv/+f/v//P/5v/o/87/+f/C/9v/0f/A//f/8v/s/+z/8//s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAACIA3P/t/9//8//R/+f/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC7/83/CADe/9D/6v/M/wkAzf/Z/9L/4f/S/y0A1//U/+3/3f/q/+n/4/8AANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL7/8P/w/+r/x/8ZAMr/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/9P8AAAAAAAASAPb/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAGQAAAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/E/9b/CADd/7P/FQDY/wAAAAAAAAAAAAAAAAAAAADU/9f/3P8AANj/9P8LANX/zP8tAPH/7P/j/9b/5f/r/0MAwP+2/9L/wv+e/9r/r//v/ysA3P/m/+v/yf/F/+j/AAC5/8X/0v/U/9n/IADv/wAAAAAAAAAAAAAAAAAAAAAAALz/yv+8/+P/t/8WAOX/AADY/+v/7P/s/+P/EgDY/wAAAAAAAAAAAAAAAAAAAAAUAOz/8P/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7f/u/+//6/8VAOv/8v/v/+7/8P/z//D/FADt//n/AAAAABUAAAAAAOz/6/8oAOr/7//4/wAA4f/Y/wAA+v8AAAAA+P8AAPv/AAARAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA+//u//j/MADI/+f/5//q/9P/0//g//L/7P/u/wAA8P/s/+z/FADs/+z/8f/y/wAAFADt/wAAAAAAAAAAAAAAAAAAAAAAANv/5f/b/9r/6//Z/9z/IQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6//s//T/7P8VAOz/7P/l/+j/GQDl/+n/6f/o/9r/7f/t//L/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAACi/6j/x//r/7n/QQCn/+T/6v/f/8P/4P/g/wAAAAAAANj/2f8UAOf/5v/p//n/5f/m/+L/6P/V/+X/6P8WAOr/AAAAAAAAAAAAAAAAAAAAAOz/6//u//n/7f/s/xUA7P+r/7//3v/F/+T/vf9YAMT/7//s/+z/7P/s/+z/FADr/+T/5f/p/+b/6//c/+H/HADs//D/FADu//j/7v/v/+//6P8ZAOz/5f/s/+f/5v/r/+3/8v/6/+7/7P8VAOv/6//m/xYA7P/s/+z/7P/w/+z/BgDa//X/7f/m/wAA3f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAPj/AAD7/wAAEQAUAOz/7f/z//T/6//s/+7/7P/r/+3/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADd/+v/6//e/+z/6v8VAOz/7P/u/+z/7P/w/+v/FADv/wAAAAAAAAAAAAAAAAAAAAAgAO//AAD6/wAA7f/U//f/FADs//D/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADx/+n/FwDq//n/6//q/+b/zP+k/0MAr/+Y/9L/0f+t/7z/w/83AMr/xf/k/8n/v//r/+v/FgDh//X/6v/q/+f/AAAAAAAAAAAAAAAAAAAAAN//xP8AAAAAv//X/+f/wv8AAAAAAAAAAO//AAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//H/wAAAAAAAMz/1f8LABIAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAA5P8QANP/6//n/9T/+P/s/87/MwDS/8//2f/Q/9r/yv/c/+v/7P/q/+P/5/8ZAOH/1f/r/+z/v//R/7n/AAATAN7/0v/c/+j/2//g/ykA5//4/xAAuf/Q/9j/CwDL/+b/7P/s//H/8/8AABQA9v/z/wAAAAAAAAAAAAAAAAAAAADr/xUA7P/r/+v/6//r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC+/+v/6v/Z/9j/1v/b/yoA3f/C/8r/tv/P/9P/DQDw/wAA+/8AAAAAAAALAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/FgAAAAAAAAAAAOv/9v/o//H/+P8AAPD/7P8YAOv/FADs/wAAAADu/+3/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/N/+b/1P/V/wAA6P8AAN3/AAAAAOD/4v/M/woA3f8nAOv/0f/c//b/5v/T/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/97/AADe/wAAAADr/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj//r/EQDX/8T/5//T/+3/6P8AAOr/7P/p/+z/FADs/wAAt//r/wcAw//x/8H/+v8AAPT/0v/q/9T/AAANANP/7P/s/+//7P8AAOz/FADs/9f/2P/O/9r/3//S/zAA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//L/7f8AAAAA7P8AABQAJADu/+7/8//6/+T/2//j/+r/7P/s/+3/7v8WAOz/7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/xYA7v/t//X/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALX/8//p/xEAAADs/6T/4/8AAAAAAAAAAAAAAAAAAAAArv+7/9H/wf8OAMf/AAAAANn/5P/c/wAAFAD5/9n/6//s/+3/7v/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOf/7P/j/9r/+P/U/xsA2f/s//D/7P/s/+z/7P8TAOz/8v/2/+f/3v/V/wAAAADd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/e/+r/2P/Y/9//5P8iAAAAAAAAAAAAAAAAAAAAAAAAABQA6//Y/+T/4//q/+n/BwDD/+//AADW/9n/w/8KAOD/KQDb/9z/7f/d/9n/4P/g/ykA2//c/+3/3f/Z/+D/EQDn/+z/9P8AAO7/8P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8VAOr/6f/S/9//6//a/8f/0//c/7b/xv/q/ykAwf/s/+z/FADs/+z/7P/s/+z/GADo/+j/6P/q/+j/6P/l/+v/6v/s/+z/8f/s/+z/FADR/9D/5//j/9X/9P/l/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+H/6//r/+f/6v8LAAAAAAAAAAAAAAAAAAAAAAAAAML/1v/i/+v/FADt//v/6//k/9j/7P8oAPv/6//k/9j/1v8tANf/2//W/9X/1v/T/xQA7P/t//P/9f/r/+z/7v/s/+3/8v/t//b/7f/s/xQAAAAKANH/DgCr/+n/vv+v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/EwDt/+T/7P8YAPX/6f/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FADZ/+f/4//r/9r/6//d/yIAAAAAAAAAAAAAAAAAAAAAABQA9f/0//f/8P/s/+7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6P/p/+z/5f/r/+z/6/8UAOv/2P/b/+z/+P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7v8AAOz/AADs//D/FADp/+z/AADY//D/2f8UAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//f/AAAXAMr/9P+v/8v/EgAAAAAAAAAAAO7/AAAAAM//2P/q/+z/5/8SABEA1P8AAAAAAAAAAAAAAAAAAAAA1v/x/+3/FADs/wAA6v/a/xQA7f/u/+7/8//t/+z/7P8AACkA3v/q//n/4v/c/wAA2P/M/9T/AADj/8X/KgDq/wAAAAAAAAAAAAAAAAAAAAAAALT/5P/K/7j/DwDF/wAA2v/m/8L/9/+3/+T/xP8MANv/CQDG/+v/AADB/73/5f8UAOz/7P/s//b/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAMD/HADa/+j/0v/x//r/rv8AAAAAAAAAAAAAAAAAAAAANADO/8//5f/a/9f/2P/X/wAAAAAAAAAAAAAAAAAAAADv/xQA8//t//L/8P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/9v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAAAAAEwD3/wAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAA9f8AABEA'
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