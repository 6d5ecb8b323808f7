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
 * After a `×`: an error report's sentence (miette's `× failed to …`, `× … does not exist`, pixi's
 * `× lock-file not up-to-date with the project`), not a test's name. A line that ends with a
 * duration is a test runner's whatever it says.
 */
const ERROR_REPORT = raw `(?=.{0,300}\b(?:does not exist|not found|could not|cannot|failed to|unable to|is not valid|refers to|not up[- ]to[- ]date|out of (?:date|sync))\b)(?!.{0,300}\d ?m?s\)?$)`;
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
    // A sanitizer stops the test program it runs in (AddressSanitizer, LeakSanitizer,
    // MemorySanitizer: `==4211==ERROR: AddressSanitizer: heap-buffer-overflow on address …`;
    // UndefinedBehaviorSanitizer: `ringbuf.c:14:7: runtime error: signed integer overflow: …`):
    // the report is the line to quote over the runner's summary, and its `SUMMARY:` row after it.
    rule('sanitizer-error', raw `^==\d+==ERROR: (?:Address|Leak|Memory|HWAddress)Sanitizer: \S`, 82),
    rule('ubsan-runtime-error', raw `^\S+:\d+:\d+: runtime error: \S`, 82),
    rule('sanitizer-summary', raw `^SUMMARY: (?:Address|Leak|Memory|HWAddress|UndefinedBehavior)Sanitizer: \S`, 66),
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
    rule('pip-licenses-fail-on', raw `\bfail-on license .{1,200} was found for package\b`, 80),
    // liccheck prints a section only when a package falls in it: `check unauthorized packages...`
    // and `check unknown packages...`, each followed by its count and the packages
    // (`    aiofiles (0.7.0): ['Other/Proprietary']`); its early versions, `1 forbidden packages :`.
    rule('liccheck-section', raw `^check (?:unauthorized|unknown) packages\.\.\.$|^[1-9]\d* forbidden packages :$`, 80)
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
/**
 * Dependency lock files by name (a regex alternation): the lockfile cue reads them out of date,
 * the manifest-diff cue in a diff.
 */
const LOCK_FILES = String.raw `package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|poetry\.lock|uv\.lock|Pipfile\.lock|Gemfile\.lock|composer\.lock|mix\.lock|pubspec\.lock|Package\.resolved|flake\.lock|gradle\.lockfile|packages\.lock\.json|Podfile\.lock|go\.sum`;
/**
 * Linters and formatters by the names they run and report under (a regex alternation), none of
 * them a common word: the lint-tool cue reads them in a log's lines, the step hints (with more
 * names, which a line may hold without naming the tool that ran) in a step's name and command.
 */
const LINTER_NAMES = [
    String.raw `eslint|tslint|stylelint|prettier|biome|oxlint|jshint|rubocop|standardrb`,
    String.raw `flake8|pylint|pycodestyle|pydocstyle|pyflakes|ruff|isort|yapf|autopep8`,
    String.raw `golangci-lint|golint|gofmt|goimports|gofumpt|staticcheck|revive|clippy|rustfmt`,
    String.raw `ktlint|detekt|spotless|checkstyle|spotbugs|swiftlint|swiftformat|clang-format|clang-tidy|cpplint|cppcheck`,
    String.raw `shellcheck|shfmt|hadolint|markdownlint|yamllint|actionlint|tflint|phpcs|php-cs-fixer|phpstan|psalm|phpmd|credo`,
    String.raw `hlint|ormolu|scalafmt|scalastyle|scalafix|codespell|cspell|commitlint|pre-commit|sqlfluff`,
    String.raw `editorconfig-checker|dprint|erb-lint|elm-format|djlint|ec|reviewdog|super-linter|megalinter`
].join('|');
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
    // (`%%% a_SUITE ==> case: FAILED`). An error report under the same `×` (miette's `× … not
    // found`, pixi's `× lock-file not up-to-date with the workspace`) is not one.
    cue('test-marker', 'PAT-002', /^\s*(?:not ok \d+(?![^#]{0,300}# ?(?:TODO|SKIP|todo|skip)\b)|Failure\/Error: |failed \S.{0,300} \(\d+(?:\.\d+)?(?:ms|s|m)(?: \d+(?:ms|s))?\)$|[✗✕✘×⨯] (?!\[(?:ERROR|WARNING)\] )(?!(?=.{0,300}\b(?:does not exist|not found|could not|cannot|failed to|unable to|is not valid|refers to|not up[- ]to[- ]date|out of (?:date|sync))\b)(?!.{0,300}\d ?m?s\)?$))|\(fail\) |--- FAIL|=== FAIL|\[ *FAIL(?:ED)? *\]|FAIL(?:ED)?:?\s{1,4}(?!Build did NOT complete\b)(?!\S{1,300}\.(?:o|obj|a|so|lib|dll|dylib|exe|gch|pch)\s*$)(?!\S{1,300} \[(?:build|setup) failed\]$)\S|ERROR: test|FAILURE: test|Test Case .{1,200} failed|Test Failed at |\d+\) [\w\\.]+::\w+$)|\s\.{3} ?(?:FAILED|FAIL|failed|ERROR)\b|\.{3}\s?\*{3}(?:Failed|Exception)\b|^\S+:\d+: FAILED:$|^\d\d:\d\d \+\d+(?: ~\d+)? -\d+: .{1,300} \[E\]$|^\s*\S.{0,300} \[FAIL\]$|\w\.{3} ?(?:FAILED|FAIL)\b|^\s*\d{1,6} - \S{1,300} \((?:Failed|Subprocess aborted|SEGFAULT|Child aborted|Exception|OTHER_FAULT|Bus error|ILLEGAL)\)$|^_{3,} (?:test\w*|Test\w*(?:\.\w+)*|\S+::\S+)(?:\[.{0,200}\])? _{3,}$|^\[[^\]]{1,120} #\d{1,3}-\d{1,3}\]\s{1,8}[✖✗✘×] \S|^(?:\[ {0,6}\d{1,6}s\] )?Failure (?:→|->) \S{1,300} @ \d{1,6}\s*$|^%%% \S{1,200} ==> \S{1,200}: FAILED$/, 50, { severity: 0.9 }),
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
    // A lock file out of step with its manifest, however the tool spells the file (`lockfile`,
    // `lock file`, pixi's `lock-file not up-to-date with the workspace`).
    cue('lockfile', 'PAT-006', new RegExp(String.raw `\block[- ]?file\b.{0,120}\b(?:out of date|outdated|not up[- ]to[- ]date|out of sync|needs? (?:to be )?updat|would (?:have been )?modifi|mismatch|inconsistent|changed significantly|does not match|is not in sync|can(?:'|no)t be updated|does not contain a compatible)|\bfrozen[- ]lockfile\b|\b(?:cannot|can't|unable to) update the lock[- ]?file\b|\b--locked was passed\b|\bAdd the current platform to the lock[- ]?file\b|\block[- ]?file (?:had changes|is frozen)\b|\bmodified lock[- ]?file\b|\brequires lock[- ]?file changes\b|\bWould change \d{1,5} dependenc|\bnot present in the lock[- ]?file\b|\block mismatch\b|\bchanges to the lock[- ]?file\b|\bupdates? to (?:go\.mod|go\.sum|[\w.-]{1,60}\.lock|(?:the )?lock[- ]?file) (?:is |are )?needed\b|\bdisabled by -mod=(?:readonly|vendor)\b|\b(?:in|because) (?:deployment|frozen) mode\b|\bdependency verification failed\b|\bverifying \S{1,200}: checksum mismatch\b|\block state\b.{0,120}\bout of date\b|\bsince (?:the )?(?:[\w.-]{1,60}\.lock|lock[- ]?file) was (?:last )?(?:generated|updated|created)\b|\b(?:update|regenerate|refresh|fix|sync) (?:your |the )?lock[- ]?file\b|\b(?:run|try) \W?[\w-]{1,20} lock\b|\b(?:${LOCK_FILES}|[\w-]{1,60}?-lock\.(?:ya?ml|json)|[\w-]{1,60}?\.lock)\b.{0,120}\b(?:out of date|outdated|not up[- ]to[- ]date|out of sync|needs? (?:to be )?updat|missing|mismatch|inconsistent|does not|would)`, 'i'), 58, true),
    // A diff of a dependency manifest or lock file, as a check that re-resolves and diffs prints
    // (`go mod tidy && git diff --exit-code`, `npm install && git diff package-lock.json`): the
    // committed manifest is out of date with what the resolver makes of it.
    cue('manifest-diff', 'PAT-006', new RegExp(String.raw `^(?:diff --git a/|--- a/|\+\+\+ b/)(?:\S{0,200}/)?(?:go\.mod|${LOCK_FILES})\b`), 52, true),
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
    cue('lint-tool', 'PAT-007', new RegExp(String.raw `\b(?:${LINTER_NAMES})\b`, 'i'), 40, { toolName: true }),
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
    // oxlint's `title=eslint(no-debugger)`). The same with its properties printed as text, level
    // first, where the runner did not take the command (lintr's `Warning: file=R/a.R,line=8,col=36,
    // [semicolon_linter] Trailing semicolons are not needed.`).
    cue('annotation-lint', 'PAT-007', /^::(?:error|warning)\b[^:]{0,300}\bfile=[^:]{1,300}::.{0,600}(?:\((?:@?[\w-]+\/)?[\w-]{2,60}\)|\[[A-Za-z][\w.,-]{1,80}\]|\b[A-Z]{1,4}\d{3,4}\b.{1,300})$|^(?:Error|Warning|error|warning): file=[^,\s]{1,300},line=\d{1,7}(?:,(?:col|endLine|endColumn)=\d{1,7}){0,3},?(?:::)? ?(?:\[[A-Za-z][\w.-]{1,80}\] \S|[A-Z]{1,4}\d{3,4}\b|.{1,600}[a-z] \((?:@?[\w-]+\/)?[\w-]{2,60}\)$)|^::(?:error|warning) (?:[^:]{0,300},)?title=(?:[a-z][\w-]{1,30}(?:\/[\w-]{1,60}){1,3}|[\w-]{2,30}\([\w/-]{2,60}\))[,:][^:]{0,300}\bfile=/, 56, { severity: 0.9 }),
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
    'annotation-lint': ['::error', '::warning', ': file='],
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
    features: "b:0 0\nb:0 a\nb:0 a04\nb:0 a07\nb:0 a1082be0\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 a7aef8b1\nb:0 ac6\nb:0 actionable\nb:0 actions\nb:0 actual\nb:0 ad613ffba\nb:0 agent\nb:0 all\nb:0 alpha1\nb:0 alpine\nb:0 alpine3\nb:0 als\nb:0 amd64\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 artifacts\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 assigned\nb:0 assignment\nb:0 at\nb:0 attempt\nb:0 available\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b2\nb:0 b3a\nb:0 b4c\nb:0 b5c67\nb:0 b7\nb:0 b7c1d6e3f\nb:0 bad\nb:0 bash\nb:0 bd\nb:0 be95da1\nb:0 between\nb:0 bin\nb:0 binutils\nb:0 black\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 branchpoint\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 build1\nb:0 building\nb:0 builds\nb:0 built\nb:0 bun\nb:0 but\nb:0 by\nb:0 byte\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 ca9\nb:0 cabal\nb:0 cache\nb:0 call\nb:0 cannot\nb:0 cart\nb:0 catch\nb:0 cc\nb:0 cgen\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 clause\nb:0 clean\nb:0 cleanup_file_variables\nb:0 click\nb:0 client\nb:0 code\nb:0 codex\nb:0 col\nb:0 columns\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 contract\nb:0 core\nb:0 could\nb:0 cp310\nb:0 cp311\nb:0 cp314\nb:0 critical\nb:0 cs\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d4ba2\nb:0 date\nb:0 db\nb:0 dbe9cd2fc\nb:0 deb12u1\nb:0 debian\nb:0 debugger\nb:0 decimal\nb:0 declarations\nb:0 def\nb:0 default\nb:0 dependencies\nb:0 depends\nb:0 deprecation\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 doesn\nb:0 don\nb:0 done\nb:0 double\nb:0 during\nb:0 e\nb:0 e04\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e58d67b4\nb:0 e7\nb:0 e8f\nb:0 eadcdc7d\nb:0 echo\nb:0 efde290b\nb:0 eff\nb:0 end\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 execute\nb:0 executed\nb:0 exit\nb:0 exited\nb:0 expect\nb:0 expected\nb:0 export\nb:0 extra\nb:0 extracting\nb:0 f\nb:0 f1d2c3b\nb:0 f242abd9c8e\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 fb\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 flash\nb:0 fn\nb:0 for\nb:0 forbidden\nb:0 format\nb:0 found\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 gcc\nb:0 gcr\nb:0 gdb\nb:0 generated\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 glob\nb:0 go\nb:0 got\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 h0s9kvb6g2sinako7ub77ku\nb:0 has\nb:0 hash\nb:0 head\nb:0 home\nb:0 homeassistant\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 i128\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 imports\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 installing\nb:0 insufficient\nb:0 int\nb:0 into\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 ist\nb:0 it\nb:0 item\nb:0 items\nb:0 j30\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 line\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 lost\nb:0 m\nb:0 m0s\nb:0 m104\nb:0 m12\nb:0 m21\nb:0 m237\nb:0 m309\nb:0 m47\nb:0 m49\nb:0 m62\nb:0 m64\nb:0 m67\nb:0 m7\nb:0 m78\nb:0 m84\nb:0 m88\nb:0 make\nb:0 manuell\nb:0 matching\nb:0 maven\nb:0 measured\nb:0 mecho\nb:0 medium\nb:0 memory\nb:0 merge\nb:0 merror\nb:0 message\nb:0 mfi\nb:0 mhelp\nb:0 mi\nb:0 mif\nb:0 min\nb:0 minute\nb:0 minutes\nb:0 missing\nb:0 mnote\nb:0 mnpm\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 mother\nb:0 ms\nb:0 mshared\nb:0 multiple\nb:0 mvalue\nb:0 name\nb:0 nanopb\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 newlib\nb:0 newline\nb:0 newly\nb:0 no\nb:0 nodes\nb:0 none\nb:0 normal\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 oder\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 on\nb:0 operation\nb:0 or\nb:0 origin\nb:0 outer\nb:0 p\nb:0 p1\nb:0 package\nb:0 packages\nb:0 paket\nb:0 parameter\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pip\nb:0 pkg\nb:0 please\nb:0 plexus\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 post0\nb:0 post1\nb:0 prepare\nb:0 prepare_executor\nb:0 previous\nb:0 price_cents\nb:0 print\nb:0 problems\nb:0 process\nb:0 prod\nb:0 projects\nb:0 pub\nb:0 pull\nb:0 pwsh\nb:0 py2\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quantity\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 r2\nb:0 ran\nb:0 rc1\nb:0 rc2\nb:0 rc3\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 rejects\nb:0 release\nb:0 releases\nb:0 repack\nb:0 requires\nb:0 resolving\nb:0 resource\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 ringbuf\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 run\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 saas\nb:0 scenarios\nb:0 sec\nb:0 second\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 set\nb:0 sh\nb:0 sha256\nb:0 shellcheck\nb:0 should\nb:0 sid\nb:0 simple\nb:0 site\nb:0 skipped\nb:0 skips\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 soroban_sdk\nb:0 source\nb:0 spond\nb:0 src\nb:0 stable\nb:0 state\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 style\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t00\nb:0 t03\nb:0 t06\nb:0 t07\nb:0 t08\nb:0 t09\nb:0 t10\nb:0 t10_00_00_000\nb:0 t11\nb:0 t14\nb:0 t15\nb:0 t16\nb:0 t17\nb:0 t20\nb:0 t21\nb:0 t22\nb:0 target\nb:0 task\nb:0 temperatures\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 then\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 title\nb:0 to\nb:0 too\nb:0 took\nb:0 toolchain\nb:0 total\nb:0 trailing\nb:0 true\nb:0 try\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu0\nb:0 ubuntu1_amd64\nb:0 ubuntu2\nb:0 ubuntu3\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unter\nb:0 upgraded\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 v0\nb:0 v1\nb:0 var\nb:0 variable\nb:0 variante\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 we\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 wildcard\nb:0 will\nb:0 windows\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x602000000020\nb:0 x64\nb:0 x8000_0000\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 you\nb:0 z\nb:0 zephyr\nb:0 zig\nb:0 zzpmw\nb:a 0\nb:a b\nb:a bash\nb:a blank\nb:a branch\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a dash\nb:a default\nb:a denial\nb:a dependency\nb:a development\nb:a directory\nb:a e\nb:a f\nb:a failure\nb:a feeds\nb:a few\nb:a file\nb:a free\nb:a full\nb:a g\nb:a gradle\nb:a hard\nb:a healthy\nb:a i\nb:a in\nb:a invoices\nb:a is\nb:a k\nb:a key\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a mavi\nb:a missing\nb:a multiline\nb:a must_use\nb:a n\nb:a new\nb:a newer\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a project\nb:a promise\nb:a proxy\nb:a r\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a required\nb:a return\nb:a s\nb:a safe\nb:a shutdown\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a temp\nb:a test\nb:a tunnel\nb:a type\nb:a u\nb:a userland\nb:a v\nb:a valid\nb:a value\nb:a version\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a x_\nb:a y\nb:a01e7751d80c config\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4006 this\nb:a_ m\nb:aarch64 apple\nb:aashish thapa\nb:ab0x go\nb:ab284314 0\nb:abi3 manylinux_2_34_x86_64\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:abuild rpmbuild\nb:ac6 0\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme 0\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:act_container_manager py\nb:act_linter py\nb:action actionlint\nb:action cogni\nb:action download\nb:action executor\nb:action fail\nb:action guilouro\nb:action https\nb:action output\nb:action package\nb:action repository\nb:action step\nb:action tarball\nb:action v2\nb:action v3\nb:action v4\nb:action_actionlint 0\nb:actionlint https\nb:actionlint v1\nb:actions 0\nb:actions are\nb:actions cache\nb:actions checkout\nb:actions codecov\nb:actions codespell\nb:actions runner\nb:actions runs\nb:actions setup\nb:actions task\nb:actions upload\nb:active on\nb:activity kt\nb:actual 0\nb:actual behavior\nb:actual classes\nb:actual typealiases\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add the\nb:add url\nb:added 0\nb:added composer\nb:added go\nb:added to\nb:adding 0\nb:adding repository\nb:addition works\nb:additional logging\nb:address 0\nb:address all\nb:address range\nb:address sanitizer\nb:addresses should\nb:ade2 ce061790ffbc\nb:admin py\nb:admin rs\nb:admin web\nb:advice by\nb:advice detached\nb:advisories 0\nb:advisories g\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:aes gcm\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after catch\nb:after changing\nb:after opening\nb:after running\nb:agent 0\nb:agent action\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent lost\nb:agent machine\nb:agent md\nb:agent name\nb:agent process\nb:agent running\nb:agent version\nb:agent_1 container\nb:agents a\nb:agents cogni\nb:aggregate py\nb:ago 0\nb:ai agent\nb:ai architect\nb:ai code\nb:ai config\nb:ai devops\nb:ai elite\nb:ai reviewer\nb:ai security\nb:aiogithubapi 0\nb:aiohappyeyeballs 0\nb:aiohasupervisor 0\nb:aiohttp 0\nb:aiooui 0\nb:aiosignal 0\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:aliases clean\nb:aliases in\nb:all 0\nb:all artifacts\nb:all build\nb:all check\nb:all configured\nb:all dependencies\nb:all error\nb:all extensions\nb:all false\nb:all files\nb:all http\nb:all issues\nb:all matched\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all targets\nb:all test\nb:all tests\nb:all to\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow m\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allow the\nb:allowed 0\nb:allowed time\nb:allows for\nb:allows instantiation\nb:alongside the\nb:alphabetical case\nb:alpine v3\nb:alpine3 0\nb:alpinelinux org\nb:already exists\nb:already the\nb:als also\nb:also home\nb:also see\nb:alternative instead\nb:always auth\nb:always fails\nb:always false\nb:ambroisie test\nb:amd64 c\nb:amd64 components\nb:amd64 packages\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:amphp http\nb:an argument\nb:an error\nb:an exception\nb:an existing\nb:an explicit\nb:an item\nb:an iterator\nb:an s\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and actual\nb:and aliases\nb:and audited\nb:and because\nb:and cache\nb:and commit\nb:and contributors\nb:and d\nb:and declarations\nb:and deleting\nb:and dependencies\nb:and determine\nb:and file\nb:and firewall\nb:and handle\nb:and has\nb:and hooks\nb:and installed\nb:and instead\nb:and is\nb:and legacy\nb:and may\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and s\nb:and scrapling\nb:and should\nb:and sub\nb:and test\nb:and the\nb:and use\nb:and value\nb:and word\nb:and writing\nb:and you\nb:andi i\nb:android 0\nb:android app\nb:android gradle\nb:android log\nb:android main\nb:android sdk\nb:android support\nb:android test\nb:android tools\nb:android unit\nb:annotated types\nb:annotation for\nb:annotation no\nb:annotation unchecked\nb:annotations enums\nb:annotations should\nb:anomaly_history json\nb:anonymous file\nb:anonymous test\nb:ansible galaxy\nb:ansible role\nb:answer action\nb:any branches\nb:any changes\nb:any commits\nb:any empty\nb:any expected\nb:any from\nb:any no\nb:any none\nb:any of\nb:any return\nb:any variable\nb:any whl\nb:anyio 0\nb:anything in\nb:ap fedbox\nb:apache 0\nb:apache httpcomponents\nb:apache maven\nb:apache org\nb:apache pulsar\nb:api 0\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api github\nb:api gradle\nb:api internal\nb:api pricing\nb:api proto\nb:api src\nb:api tasks\nb:api test\nb:api users\nb:apis proto\nb:apk add\nb:app 0\nb:app beringin\nb:app build\nb:app compile\nb:app css\nb:app data\nb:app features\nb:app git\nb:app help\nb:app kt\nb:app ktlint\nb:app lint\nb:app login\nb:app notes\nb:app prototypes\nb:app py\nb:app run\nb:app src\nb:app tasks\nb:app ts\nb:appcompat v7\nb:appears to\nb:apple darwin\nb:application ex\nb:application spec\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt apt\nb:apt get\nb:apt mirrors\nb:arbitrary objects\nb:archinstall archinstall\nb:archinstall lib\nb:architect agent\nb:architecture x64\nb:archive false\nb:archive ubuntu\nb:are 0\nb:are allowed\nb:are available\nb:are behind\nb:are deprecated\nb:are enabled\nb:are for\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are main\nb:are missing\nb:are no\nb:are not\nb:are relying\nb:are running\nb:are sixty\nb:are test\nb:are the\nb:are trimmed\nb:are trying\nb:are understood\nb:area tests\nb:arg type\nb:args cmake\nb:argument 0\nb:argument error\nb:argument named\nb:argument type\nb:arguments but\nb:arguments no\nb:arguments were\nb:ark ff\nb:arm64 0\nb:arm64 main\nb:arm64 packages\nb:arm64 readme\nb:around keyword\nb:around make\nb:around operator\nb:around spurious\nb:array 0\nb:array v0\nb:arrays are\nb:artifact content\nb:artifact i\nb:artifact junit\nb:artifact name\nb:artifact org\nb:artifact upload\nb:artifact v4\nb:artifacts clone\nb:artifacts for\nb:artifacts will\nb:arturbosch detekt\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as expected\nb:as explicit\nb:as failed\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u32\nb:as u64\nb:as u8\nb:as vsts\nb:as well\nb:ask for\nb:assembling a\nb:assert 0\nb:assert a\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assertions s\nb:assets assets\nb:assets familjen\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:assignment type\nb:assistant bluetooth\nb:associated with\nb:astral sh\nb:astrogilda tsbootstrap\nb:async 0\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at error\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at new\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at t\nb:at test\nb:at the\nb:at trace\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attempting to\nb:attribute 0\nb:attribute access\nb:attribute of\nb:attrs 0\nb:audit 0\nb:audit audit\nb:audit due\nb:audit fix\nb:audit for\nb:audit level\nb:audit reports\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:auth helper\nb:auth supabase\nb:author microsoft\nb:auto 0\nb:auto corrected\nb:auto provisioning\nb:auto update\nb:automatic dependency\nb:automatic garbage\nb:available 0\nb:available at\nb:available checksums\nb:available for\nb:available v0\nb:avg c\nb:avoid a\nb:avoid using\nb:awaiting headers\nb:awaiting response\nb:awesomeness has\nb:awk allow\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure archive\nb:azure devops\nb:azure pipelines\nb:azure region\nb:b 0\nb:b a\nb:b b\nb:b b28\nb:b build\nb:b c\nb:b d55\nb:b done\nb:b e\nb:b err\nb:b f\nb:b go\nb:b gzip\nb:b i\nb:b in\nb:b l\nb:b linting\nb:b main\nb:b o\nb:b r\nb:b s\nb:b u\nb:b want\nb:b1a9 travis\nb:b1f0ba2 0\nb:b2 0\nb:b28 a\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b7 0\nb:b8ej_ z\nb:b_ a\nb:b_ e\nb:b_ o\nb:b_ p\nb:b_ r\nb:b_ s\nb:b_ t\nb:b_ w\nb:back to\nb:backend api\nb:backend ci\nb:backend svc\nb:backoff 0\nb:backports tarfile\nb:backticks 0\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bandit r\nb:bandit readthedocs\nb:base 0\nb:base base\nb:base container\nb:base h\nb:base64 v0\nb:based on\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash true\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bb code\nb:bc run\nb:bd 0\nb:be 0\nb:be a\nb:be auto\nb:be because\nb:be built\nb:be converted\nb:be empty\nb:be enabled\nb:be equal\nb:be expected\nb:be expressed\nb:be faster\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be of\nb:be on\nb:be one\nb:be ordered\nb:be packed\nb:be reformatted\nb:be renamed\nb:be replaced\nb:be resolved\nb:be reused\nb:be run\nb:be strictly\nb:be suffixed\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be uploaded\nb:be used\nb:be within\nb:be95da1 0\nb:because flutter_api_samples\nb:because it\nb:because locked\nb:because no\nb:because of\nb:because pnpm\nb:because scrapling\nb:because the\nb:become dashes\nb:been created\nb:been deprecated\nb:been fixed\nb:been moved\nb:been received\nb:been successfully\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before closing\nb:before continuing\nb:before declaration\nb:before expression\nb:before it\nb:before making\nb:before operand\nb:before the\nb:before token\nb:begin with\nb:behind a\nb:being treated\nb:belanyi fr\nb:bergmann and\nb:beringin app\nb:berui kotlin\nb:beta you\nb:between with\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigint v0\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing jvm\nb:billing rb\nb:bin activate\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin docker\nb:bin dsafio\nb:bin g\nb:bin git\nb:bin links\nb:bin ninja\nb:bin node\nb:bin npm\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:bind home\nb:bind p\nb:bintray com\nb:binutils 0\nb:binutils csl\nb:bitwise warnings\nb:bk ci\nb:black 0\nb:black check\nb:black failed\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob storage\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blockchain client\nb:blocks its\nb:blog changelog\nb:bluetooth 0\nb:blur cpp\nb:bodies of\nb:body expression\nb:body should\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:bootstrap line\nb:boto3 0\nb:br l\nb:branch can\nb:branch cygwin\nb:branch linting\nb:branch m\nb:branch main\nb:branch master\nb:branch name\nb:branch refactor\nb:branch refs\nb:branch to\nb:branch unlabeled\nb:branch zephyr\nb:branches by\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:bridgecrewio checkov\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:buf push\nb:buf u8\nb:buffer overflow\nb:build 0\nb:build action\nb:build agent\nb:build as\nb:build assets\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build check\nb:build codec_test\nb:build command\nb:build context\nb:build ctest\nb:build d\nb:build date\nb:build definition\nb:build dependencies\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build environment\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build finance\nb:build g\nb:build git\nb:build gradle\nb:build has\nb:build itself\nb:build j2\nb:build libs\nb:build log\nb:build making\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build or\nb:build output\nb:build post\nb:build prod\nb:build project\nb:build property\nb:build queued\nb:build reference\nb:build release\nb:build result\nb:build run\nb:build scope\nb:build scripts\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build t\nb:build test\nb:build timed\nb:build tree\nb:build type\nb:build u\nb:build ubuntu\nb:build variables\nb:build watchos\nb:build wheel\nb:build wheels\nb:build work\nb:build_dir tmp\nb:builddir meson\nb:builder 0\nb:builder releases\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:building wheel\nb:building with\nb:buildprocess execution\nb:builds acme\nb:builds ci\nb:builds finance\nb:builds jobsys\nb:builds platform\nb:builds private\nb:builds shopco\nb:builds timekit\nb:builds will\nb:buildtree default\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundler as\nb:bundler audit\nb:bundler cache\nb:bundler can\nb:bundlers node_modules\nb:busted test\nb:but 0\nb:but are\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but the\nb:but they\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by adding\nb:by an\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by setting\nb:by severity\nb:by summing\nb:by switching\nb:by the\nb:by this\nb:by time\nb:by using\nb:bypass the\nb:byte as\nb:bytes 0\nb:bytes received\nb:bytes sec\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c build\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c date\nb:c e\nb:c f\nb:c g\nb:c gcc\nb:c git\nb:c h\nb:c h_\nb:c home\nb:c i\nb:c imaging\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c k_\nb:c l\nb:c linker\nb:c make\nb:c new\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c python\nb:c r\nb:c ringbuf\nb:c s\nb:c s0103\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c tests\nb:c text\nb:c to\nb:c u\nb:c users\nb:c usr\nb:c v\nb:c w\nb:c with\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c12 g\nb:c1d2e3 update\nb:c1e 0\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c2_ c\nb:c2e3f1 tar\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache 0\nb:cache bazel\nb:cache dependency\nb:cache dir\nb:cache disabled\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache is\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache miss\nb:cache ms\nb:cache not\nb:cache npm\nb:cache opt\nb:cache overwrite\nb:cache paths\nb:cache pip\nb:cache provider\nb:cache restored\nb:cache service\nb:cache size\nb:cache targets\nb:cache true\nb:cache tzst\nb:cache v2\nb:cache v4\nb:cache_rs b627fbcd5589ae52\nb:cached dependency\nb:cachedir pytest_cache\nb:cachekey echo\nb:caches 0\nb:caches jars\nb:caches kotlin\nb:caches modules\nb:caching generated\nb:caching gradle\nb:caching instrumented\nb:call failed\nb:call last\nb:call to\nb:call with\nb:callback until\nb:called if\nb:calls 0\nb:calls runtime\nb:camoufox 0\nb:can ask\nb:can be\nb:can cause\nb:can conclude\nb:can discard\nb:can fix\nb:can happen\nb:can look\nb:can only\nb:can t\nb:can use\nb:canceled while\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot install\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:capsules r\nb:captioner py\nb:cardreader cs\nb:cargo bin\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo deny\nb:cargo fmt\nb:cargo output\nb:cargo registry\nb:cargo sparse\nb:cargo test\nb:cargo toml\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:casting u64\nb:casts from\nb:catch err\nb:categories metadata\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd server\nb:cd var\nb:cdn alpinelinux\nb:ce061790ffbc config\nb:cell 0\nb:central https\nb:central plugin\nb:certifi 0\nb:certificate checks\nb:cffi 0\nb:cfg conf\nb:cfg dotfiles\nb:cgen snapshot\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:change to\nb:changed but\nb:changed significantly\nb:changed source\nb:changelog 0\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:characters workspaces\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:chat android\nb:chat chat\nb:check 0\nb:check default\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check if\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check over\nb:check s\nb:check setup\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check unknown\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking ark\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking formatting\nb:checking job\nb:checking out\nb:checkout code\nb:checkout cone\nb:checkout deploy\nb:checkout disable\nb:checkout f\nb:checkout info\nb:checkout ledger\nb:checkout progress\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkov action\nb:checks security\nb:checkstyle plugin\nb:checksum c\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:cholerae test\nb:chosen instead\nb:christophe documents\nb:chrome headless\nb:chunks dep\nb:chunks test\nb:ci 0\nb:ci agent\nb:ci can\nb:ci dockerfile\nb:ci for\nb:ci sardonyx\nb:ci service\nb:ci src\nb:ci test\nb:ci worker\nb:circle c\nb:circleci project\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:class test\nb:classes flag\nb:classes including\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean isntall\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli include\nb:cli pr\nb:cli py\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:client 0\nb:client api\nb:client component\nb:client escrow_id\nb:client get_settled_at\nb:client git\nb:client init\nb:client kotlin\nb:client py\nb:client retry\nb:client server\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client timeout\nb:client ts\nb:clippy cast_possible_truncation\nb:clippy is\nb:clippy llvm\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy nursery\nb:clippy pedantic\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone src\nb:clone v\nb:clone v1\nb:cloning into\nb:close the\nb:closed during\nb:closing parenthesis\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmd shims\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code c\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code loomy\nb:code paisa\nb:code reviewer\nb:code style\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codecov create\nb:codegen cpp\nb:codehaus mojo\nb:codehaus plexus\nb:coder odder\nb:codespell 0\nb:codespell project\nb:codespell v2\nb:cogni a\nb:cogni ai\nb:col 0\nb:collect dependencies\nb:collect2 error\nb:collected 0\nb:collected packages\nb:collecting aiohappyeyeballs\nb:collecting attrs\nb:collecting collected\nb:collecting frozenlist\nb:collecting h11\nb:collecting jaraco\nb:collecting orjson\nb:collecting packaging\nb:collecting propcache\nb:collecting py\nb:collecting pydantic\nb:collecting pyproject_hooks\nb:collecting pytest\nb:collecting python\nb:collecting tests\nb:collecting typing\nb:collecting yarl\nb:collection 0\nb:collection import\nb:colors in\nb:colr property\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com advisories\nb:com andi\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com cogni\nb:com data\nb:com datakit\nb:com default\nb:com docs\nb:com embedded\nb:com ethereum\nb:com example\nb:com extraheader\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com gravito\nb:com http\nb:com ic3bur\nb:com im\nb:com infra\nb:com instead\nb:com issue\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com liquifact\nb:com lowagie\nb:com maps\nb:com masonj0\nb:com mavi\nb:com metrics\nb:com netkit\nb:com netops\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com pre\nb:com rails\nb:com repos\nb:com retry\nb:com ruby\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com ubuntu\nb:com usnistgov\nb:com zephyrproject\nb:com zerox80\nb:come from\nb:comma before\nb:comma separated\nb:command 0\nb:command bin\nb:command c\nb:command command\nb:command did\nb:command example\nb:command exited\nb:command failed\nb:command git\nb:command home\nb:command in\nb:command line\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command type\nb:command usr\nb:command v\nb:command_dispatcher py\nb:command_line_interface html\nb:command_line_warnings in\nb:command_runner py\nb:command_spec lua\nb:commas inside\nb:comment or\nb:comment paragraph\nb:comment unused\nb:commit 0\nb:commit date\nb:commit hash\nb:commit hooks\nb:commit message\nb:commit pre\nb:commit run\nb:commit s\nb:commit them\nb:commits you\nb:common main\nb:common ui\nb:common v0\nb:commonly chosen\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compatible set\nb:compatible with\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile kotlin\nb:compile orders\nb:compile release\nb:compile sdk\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling ark\nb:compiling base64\nb:compiling c\nb:compiling crate\nb:compiling distribution\nb:compiling dyn\nb:compiling futures\nb:compiling hashbrown\nb:compiling itertools\nb:compiling libc\nb:compiling num\nb:compiling rand_core\nb:compiling serde_json\nb:compiling soroban\nb:compiling stackage\nb:compiling stellar\nb:compiling stg\nb:compiling thiserror\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed process\nb:completed with\nb:compliant with\nb:component 0\nb:component browser\nb:component clippy\nb:component html\nb:component llvm\nb:component rustfmt\nb:component s\nb:component_test ts\nb:components 0\nb:components common\nb:components mavi\nb:components rustfmt\nb:components small\nb:composer 0\nb:composer added\nb:composer json\nb:composer plugin\nb:composer update\nb:compress program\nb:compression level\nb:compute agent\nb:compute cache\nb:computed to\nb:conclude that\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:cone mode\nb:config 0\nb:config as\nb:config changes\nb:config cmake\nb:config config\nb:config dactyl\nb:config deploy\nb:config file\nb:config files\nb:config get\nb:config git\nb:config global\nb:config is\nb:config isn\nb:config js\nb:config json\nb:config local\nb:config modules\nb:config nim\nb:config remote\nb:config rules\nb:config set\nb:config trim_trailing_whitespace\nb:config variable\nb:config zephyr\nb:configr configr\nb:configuration classpath\nb:configuration common\nb:configuration file\nb:configure project\nb:configure the\nb:configured workspaces\nb:configuring done\nb:conflict is\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect to\nb:connection client\nb:connection container\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connection was\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider removing\nb:consider using\nb:consider yaml\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:construct rustup\nb:consumer http\nb:container 0\nb:container build\nb:container fragment\nb:container not\nb:container_test_runner py\nb:content differs\nb:content hash\nb:content security\nb:content to\nb:content type\nb:contents home\nb:contents of\nb:contents read\nb:context 0\nb:context anonymous\nb:context deadline\nb:context home\nb:context null\nb:context of\nb:continue allow\nb:continue due\nb:contracts escrow\nb:contracts liquifact\nb:contracts target\nb:controller lambda\nb:controller schedule\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core 0\nb:core app\nb:core csproj\nb:core jar\nb:core kt\nb:core ops\nb:core panicking\nb:core py\nb:core services\nb:core src\nb:core ssh\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could be\nb:could have\nb:could n\nb:could not\nb:couldn t\nb:count 0\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coupon 0\nb:coverage 0\nb:coverage badge\nb:coverage none\nb:covered class\nb:cp310 cp310\nb:cp310 manylinux_2_17_x86_64\nb:cp311 cp311\nb:cp311 manylinux_2_17_x86_64\nb:cp314 cp314\nb:cp314 manylinux2014_x86_64\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu family\nb:cpu x86_64\nb:cpufeatures v0\nb:cr 0\nb:cr me\nb:crate git\nb:crates corp\nb:crates false\nb:crates io\nb:crc builddir\nb:crc crc\nb:create a\nb:create cachekey\nb:create commit\nb:create meeting\nb:create seed\nb:create symlinks\nb:create you\nb:created at\nb:created branch\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials 0\nb:credentials ab284314\nb:credentials config\nb:credentials specified\nb:credentials true\nb:creme brulee\nb:critical 0\nb:cronjs parser\nb:cross os\nb:cross site\nb:crossbeam epoch\nb:crypto aes\nb:crypto bigint\nb:crypto common\nb:crypto pbkdf2\nb:crypto pure\nb:crypto_sign falcon\nb:cryptography 0\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:csl sourcerygxx\nb:cspell json\nb:csproj error\nb:csproj in\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csv export\nb:csys 0\nb:ctest changing\nb:ctest test\nb:ctrl c\nb:curl 0\nb:curl f\nb:curl fs\nb:curl ls\nb:curl sf\nb:current agent\nb:current context\nb:current image\nb:current node\nb:current npm\nb:current runner\nb:current scope\nb:curve25519 dalek\nb:cusr 0\nb:custom british\nb:custom component\nb:custom_components zurichsee_ha\nb:cwiki apache\nb:cygwin 0\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d b\nb:d build\nb:d c\nb:d clippy\nb:d d\nb:d dactyl_left\nb:d ds\nb:d e\nb:d e_\nb:d f\nb:d failed\nb:d failure\nb:d h\nb:d i\nb:d in\nb:d is\nb:d k\nb:d key\nb:d l\nb:d l3008\nb:d l3013\nb:d m\nb:d math\nb:d n\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d see\nb:d state\nb:d t\nb:d tests\nb:d timed\nb:d true\nb:d u\nb:d v\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d z\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d4ba2 0\nb:d_ a\nb:d_ b\nb:d_ e\nb:d_ t\nb:dactyl zmk\nb:dactyl_left d\nb:daemon at\nb:daemon get\nb:daemon j\nb:daemon running\nb:daemon server\nb:daemon subsequent\nb:dalek v4\nb:dangerously allow\nb:darling_macro v0\nb:dart 0\nb:dart md\nb:dart pub\nb:dart_web3 dart_web3\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data for\nb:data from\nb:data local\nb:data main\nb:data models\nb:data prefs\nb:data roaming\nb:database 0\nb:database failed\nb:datakit jobs\nb:datakit stats\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date run\nb:date s\nb:date time\nb:date with\nb:dates dates\nb:dateutil 0\nb:david projects\nb:days 0\nb:days test\nb:db 0\nb:db git\nb:db orders\nb:dbe9cd2fc config\nb:dbkit integration\nb:deadline exceeded\nb:dealing with\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debian sha256\nb:debug analysis\nb:debug java\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug source\nb:debug target\nb:debug unit\nb:debug_html_parser py\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations and\nb:declarations move\nb:declarations with\nb:declarative checkout\nb:declared to\nb:decorator makes\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:def file\nb:def run\nb:default 0\nb:default and\nb:default branch\nb:default build\nb:default cli\nb:default compile\nb:default instance\nb:default l\nb:default on\nb:default plan\nb:default skill\nb:default stable\nb:default test\nb:default the\nb:default toolchain\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defined here\nb:defining which\nb:definition from\nb:defs annotation\nb:delay 0\nb:delete 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:deleting the\nb:demospring rest\nb:denial of\nb:deno install\nb:deny 0\nb:deny action\nb:deny toml\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies at\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies finished\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies metadata\nb:dependencies n\nb:dependencies so\nb:dependencies started\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependencies will\nb:dependency is\nb:dependency lock\nb:dependency of\nb:dependency path\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency types\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy git\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated because\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated gradle\nb:deprecated humanwhocodes\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated please\nb:deprecated raise\nb:deprecated use\nb:deprecation to\nb:deprecation warning\nb:deprecation warnings\nb:deps cache_rs\nb:deps foreground\nb:deps get\nb:deps is\nb:depth 0\nb:depth set\nb:der v0\nb:dereferenced by\nb:derive v0\nb:derliebemarcus zurichsee_ha\nb:description elite\nb:description get\nb:description metadata\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop lando\nb:desktop test\nb:destructure property\nb:detached h\nb:detached head\nb:detailed explanations\nb:details feature\nb:details home\nb:details https\nb:details see\nb:detect undefined\nb:detected for\nb:detected in\nb:detected invalid\nb:detecting c\nb:detector test\nb:detectors android\nb:determine if\nb:determining the\nb:dev 0\nb:dev null\nb:dev optional\nb:dev profile\nb:dev rnp\nb:dev server\nb:dev templates\nb:dev txt\nb:dev vuln\nb:development machine\nb:development the\nb:device home\nb:devops pipelines\nb:dht dht\nb:dhtl_commands py\nb:dhtl_commands_standalone py\nb:dhtl_commands_workflows py\nb:dhtl_entry py\nb:dhtl_entry_windows py\nb:dhtl_github py\nb:dhtl_guardian_command py\nb:dhtl_version py\nb:diagnostics debug\nb:dial tcp\nb:dict str\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff git\nb:diff in\nb:different than\nb:differs from\nb:digest debian\nb:digest node\nb:digest python\nb:digest ruby\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir src\nb:dir var\nb:direct dependencies\nb:directly in\nb:directory all\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory to\nb:directory tree\nb:directory true\nb:disable incremental\nb:disable the\nb:disabled by\nb:disabled false\nb:disabling automatic\nb:disabling s\nb:discard any\nb:discount code\nb:dispatch v1\nb:display m\nb:displays the\nb:dist build\nb:dist chunks\nb:dist codecov\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution temurin\nb:distributions gradle\nb:dists gradle\nb:django contrib\nb:dl cdn\nb:do echo\nb:do not\nb:do s\nb:do so\nb:doc comment\nb:doc tests\nb:docker 0\nb:docker allow\nb:docker build\nb:docker daemon\nb:docker dockerfile\nb:docker driver\nb:docker error\nb:docker executor\nb:docker failed\nb:docker image\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:dockerfile home\nb:docs concepts\nb:docs for\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documentation is\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done g\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet 0\nb:dotnet dotnet\nb:dotnet sdk\nb:dotnet10 dotnet\nb:downgrade g\nb:download 0\nb:download action\nb:download all\nb:download complete\nb:download immutable\nb:download info\nb:download of\nb:download page\nb:download toolcache\nb:downloaded ark\nb:downloaded crypto\nb:downloaded curve25519\nb:downloaded hashbrown\nb:downloaded hex\nb:downloaded num\nb:downloaded rand\nb:downloaded soroban\nb:downloaded thiserror\nb:downloaded time\nb:downloading amphp\nb:downloading component\nb:downloading cryptography\nb:downloading flutter\nb:downloading from\nb:downloading https\nb:downloading language_tags\nb:downloading laravel\nb:downloading phpunit\nb:downloading psr\nb:downloading py\nb:downloading ruby\nb:downloading scrapling\nb:downloading sebastian\nb:downloading symfony\nb:downloading task\nb:downloading uv\nb:downloads example\nb:drone git\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during stage\nb:during the\nb:dyn clone\nb:e 0\nb:e a\nb:e assertion\nb:e b\nb:e bin\nb:e build\nb:e c\nb:e c2_\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e current\nb:e d\nb:e d_\nb:e f\nb:e failed\nb:e false\nb:e fix\nb:e full\nb:e g\nb:e home\nb:e is\nb:e l\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e o\nb:e opt\nb:e p\nb:e p0040\nb:e p_\nb:e package\nb:e q\nb:e r\nb:e r_\nb:e release\nb:e required\nb:e s\nb:e s_\nb:e specification\nb:e switch\nb:e t\nb:e u\nb:e unable\nb:e unsupported\nb:e users\nb:e v\nb:e w\nb:e where\nb:e workflow_dispatch\nb:e x\nb:e y\nb:e0061 this\nb:e0277 a\nb:e0308 mismatched\nb:e04 0\nb:e0401 unable\nb:e0425 cannot\nb:e0599 no\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e git\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ a\nb:e_ b\nb:e_ c\nb:e_ d\nb:e_ j\nb:e_ m\nb:e_ n\nb:e_ o\nb:e_ p\nb:e_ r\nb:e_ v\nb:e_path cc\nb:each npm\nb:echo build\nb:echo c\nb:echo cachekey\nb:echo d\nb:echo h\nb:echo n\nb:echo run\nb:echo toolchain\nb:edeandrea xjc\nb:edge proxy\nb:edit deny\nb:edit true\nb:editor config\nb:eebxo6ax project\nb:eff a01e7751d80c\nb:egeria open\nb:either package\nb:elapsed time\nb:elements of\nb:elite agent\nb:elite autonomous\nb:elite cogni\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embark studios\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty lines\nb:empty or\nb:empty space\nb:empty subject\nb:en 0\nb:en latest\nb:enable cargo\nb:enable colors\nb:enable cross\nb:enable full\nb:enable running\nb:enabled for\nb:encoding u\nb:encoding v2\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:ends with\nb:enforce required\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entirely and\nb:entities js\nb:entities lib\nb:entries plus\nb:entries pointing\nb:entry for\nb:entrypoint file\nb:entrypoint sh\nb:enums and\nb:env 0\nb:env a\nb:env target\nb:environment 0\nb:environment considered\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment unable\nb:environment variable\nb:environment variables\nb:environment waiting\nb:environment will\nb:eo pipefail\nb:eq 0\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:equivalent v1\nb:erb 0\nb:erl 0\nb:err http\nb:err is\nb:err message\nb:err typecheck\nb:errno 0\nb:errno e\nb:error 0\nb:error a\nb:error accordingly\nb:error aliases\nb:error allow\nb:error and\nb:error argument\nb:error assert\nb:error at\nb:error attempt\nb:error audit\nb:error bad\nb:error bin\nb:error c\nb:error c2065\nb:error cache\nb:error can\nb:error cannot\nb:error clean\nb:error code\nb:error comma\nb:error command\nb:error connection\nb:error could\nb:error dangerously\nb:error dependency\nb:error deployment\nb:error dry\nb:error during\nb:error e\nb:error e0061\nb:error e0277\nb:error e0308\nb:error e0425\nb:error e0599\nb:error empty\nb:error enable\nb:error encountered\nb:error engine\nb:error errno\nb:error error\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error file\nb:error files\nb:error foreground\nb:error function\nb:error fund\nb:error funding\nb:error global\nb:error h\nb:error home\nb:error if\nb:error ignore\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error indicates\nb:error install\nb:error instead\nb:error invalid\nb:error is\nb:error key\nb:error killed\nb:error ld\nb:error legacy\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error log\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error network\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error omit\nb:error on\nb:error only\nb:error option\nb:error options\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error returning\nb:error run\nb:error running\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error set\nb:error sets\nb:error signed\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error tells\nb:error test\nb:error the\nb:error this\nb:error timed\nb:error timeout\nb:error title\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unneeded\nb:error unsupported\nb:error untyped\nb:error unused\nb:error usage\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors have\nb:errors in\nb:errors json\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:escrow client\nb:escrow error\nb:escrow src\nb:escrow_id sme\nb:escrow_id token\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:eta 0\nb:etc apt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:etl mem\nb:etl py\nb:ev issue\nb:evaluate option\nb:evaluator test\nb:even 0\nb:event name\nb:events 0\nb:events events\nb:ever returns\nb:ex 0\nb:ex allow\nb:ex unit\nb:example 0\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example fetch\nb:example github\nb:example left\nb:example lint\nb:example ms\nb:example net\nb:example orders\nb:example org\nb:example port\nb:example reports\nb:example repository\nb:example retry\nb:example specs\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded max\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exceeded while\nb:exception connection\nb:exception could\nb:exception execution\nb:exception in\nb:exception no\nb:exclude tests\nb:exe config\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:execute untyped\nb:executer execute\nb:executer java\nb:executing step_script\nb:execution default\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:exist with\nb:existing false\nb:existing install\nb:existing installation\nb:existing resource\nb:exit 0\nb:exit code\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect actual\nb:expect apply\nb:expect received\nb:expect settled_at\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected after\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected fail\nb:expected failure\nb:expected false\nb:expected foo\nb:expected here\nb:expected i\nb:expected list\nb:expected newline\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit force\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export const\nb:export function\nb:export to\nb:export utils\nb:exported exported\nb:exported method\nb:exported type\nb:exporting layers\nb:exporting to\nb:express typescript\nb:expressed infallibly\nb:expression body\nb:expression creates\nb:expression has\nb:expression should\nb:extensions 0\nb:extensions pydantic\nb:extensions worktree\nb:external packages\nb:extra argument\nb:extra fetchers\nb:extra node_modules\nb:extra semicolon\nb:extra_cmake_args d\nb:extracting archive\nb:extracting ruby\nb:extracting sha256\nb:extraheader a\nb:f 0\nb:f a\nb:f c\nb:f d\nb:f e\nb:f f\nb:f home\nb:f i\nb:f l\nb:f metadata\nb:f o\nb:f p\nb:f parameters\nb:f r\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fa fa\nb:fail 0\nb:fail hh\nb:fail net9\nb:fail on\nb:fail package\nb:fail tests\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed plugin\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure threshold\nb:failure to\nb:failure type\nb:failures 0\nb:falcon 0\nb:false disabling\nb:false or\nb:false to\nb:false true\nb:familjen grotesk\nb:family x86_64\nb:fastapi 0\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:fb ade2\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features plugins\nb:features seeds\nb:features steps\nb:features were\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch http\nb:fetch js\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetched 0\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching need\nb:fetching the\nb:few minutes\nb:ff v0\nb:field browser\nb:field name\nb:file 0\nb:file all\nb:file app\nb:file based\nb:file builds\nb:file c\nb:file content\nb:file could\nb:file details\nb:file does\nb:file etc\nb:file extension\nb:file f\nb:file failed\nb:file file\nb:file from\nb:file frozen\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file not\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file protocol\nb:file provided\nb:file run\nb:file src\nb:file sync\nb:file test\nb:file this\nb:file to\nb:file usr\nb:file var\nb:file would\nb:files 0\nb:files and\nb:files are\nb:files c\nb:files checked\nb:files copy\nb:files false\nb:files file\nb:files found\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files in\nb:files inspected\nb:files passed\nb:files power\nb:files ringbuf\nb:files tests\nb:files to\nb:files took\nb:files use\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:final post\nb:finalize job\nb:finalizing artifact\nb:finance billing\nb:finance ledger\nb:find a\nb:find com\nb:find element\nb:find expected\nb:find gem\nb:find io\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished uploading\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first doc\nb:first in\nb:first out\nb:first person\nb:first_upper s\nb:fits several\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed in\nb:fixed value\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flush true\nb:flutter 0\nb:flutter packages\nb:flutter pub\nb:flutter release\nb:flutter s\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt all\nb:fmt build\nb:fmt check\nb:fn 0\nb:fn first_upper\nb:fn init\nb:fn is_empty_list\nb:fn once\nb:fn read_capsule\nb:fnv hash\nb:following actions\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following options\nb:following source\nb:following vulnerability\nb:fonts unifont\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for addresses\nb:for async\nb:for build\nb:for c\nb:for changes\nb:for configuration\nb:for connection\nb:for debian\nb:for defining\nb:for details\nb:for docker\nb:for function\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for help\nb:for https\nb:for input\nb:for installation\nb:for installing\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for longz4wqz\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for object\nb:for one\nb:for other\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for production\nb:for project\nb:for projects\nb:for python\nb:for registry\nb:for ruby\nb:for rust\nb:for stable\nb:for struct\nb:for sudo\nb:for swift\nb:for system\nb:for t\nb:for task\nb:for that\nb:for the\nb:for this\nb:for ubuntu\nb:for url\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:force b\nb:force evaluate\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:form tsx\nb:form vue\nb:format 0\nb:format args\nb:format check\nb:format failed\nb:format github\nb:format h\nb:format string\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting delete\nb:formatting output\nb:fortuna fortuna\nb:fortuna git\nb:found 0\nb:found a\nb:found at\nb:found b\nb:found before\nb:found composer\nb:found error\nb:found errors\nb:found existing\nb:found fatal\nb:found for\nb:found github\nb:found helper\nb:found ignoring\nb:found in\nb:found packages\nb:found python3\nb:found return\nb:found skipping\nb:found warn\nb:found with\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fr ambroisie\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework quasar\nb:framework src\nb:framework test\nb:freethreaded false\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from aiohttp\nb:from an\nb:from build\nb:from c\nb:from cache\nb:from camoufox\nb:from central\nb:from commit\nb:from directories\nb:from distribution\nb:from dockerfile\nb:from file\nb:from formatting\nb:from function\nb:from git\nb:from home\nb:from homeassistant\nb:from https\nb:from i\nb:from instrument\nb:from key\nb:from ledger\nb:from lock\nb:from material\nb:from node\nb:from path\nb:from pip\nb:from pytest\nb:from r\nb:from repository\nb:from scrapling\nb:from src\nb:from tarball\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from tsbootstrap\nb:from typing\nb:from u8\nb:from urls\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:from your\nb:frontend lint\nb:frontend src\nb:frozen importlib\nb:frozen installation\nb:frozen lockfile\nb:frozenlist 0\nb:fs js\nb:fs layer\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full report\nb:full stack\nb:full trace\nb:func returns\nb:func1 0\nb:function could\nb:function declared\nb:function execute\nb:function fn\nb:function is\nb:function j\nb:function spec\nb:function total\nb:function unknown\nb:function which\nb:functionality has\nb:functions are\nb:fund dry\nb:fund for\nb:funding batch\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g failed\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g l\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g o_\nb:g on\nb:g org\nb:g p\nb:g r\nb:g s\nb:g std\nb:g u\nb:g_ b\nb:g_ c\nb:g_ h\nb:g_ m\nb:galaxy allow\nb:garbage collection\nb:gateway addresses\nb:gathering licenses\nb:gc auto\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcm native\nb:gcr io\nb:gdb csl\nb:gem install\nb:gemfile changed\nb:gemfile lock\nb:gemini 0\nb:gems corp\nb:gen jooq\nb:gen lint\nb:gen proto\nb:general public\nb:generate debug\nb:generate job\nb:generate the\nb:generate_summary py\nb:generated 0\nb:generated gradle\nb:generated run\nb:generating done\nb:generating script\nb:generation com\nb:generation gradle\nb:generator has\nb:generator next\nb:generic array\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get 0\nb:get a\nb:get cache\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get itoa\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get update\nb:get_settled_at is_none\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting requirements\nb:getting source\nb:ggml c\nb:gh issue\nb:gh pr\nb:ghcr io\nb:gi b\nb:git 0\nb:git a\nb:git all\nb:git allow\nb:git belanyi\nb:git bin\nb:git branch\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git could\nb:git credentials\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git failed\nb:git fetch\nb:git file\nb:git github\nb:git global\nb:git https\nb:git hub\nb:git init\nb:git lab\nb:git log\nb:git p\nb:git path\nb:git references\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git revision\nb:git service\nb:git sparse\nb:git sr\nb:git submodules\nb:git switch\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:git worktrees\nb:gitconfig to\nb:gitdir home\nb:github aashish\nb:github actions\nb:github blog\nb:github com\nb:github edeandrea\nb:github formatter\nb:github iml1s\nb:github io\nb:github pr\nb:github repo\nb:github runner_temp\nb:github skills\nb:github src\nb:github token\nb:github workflows\nb:github workspace\nb:gitlab arturbosch\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob allow\nb:glob versions\nb:global config\nb:global git\nb:global init\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu 0\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go modules\nb:go no\nb:go pkg\nb:go protoparser\nb:go quasar\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got key\nb:got other\nb:got the\nb:gpg could\nb:gpt 0\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle build\nb:gradle caches\nb:gradle central\nb:gradle daemon\nb:gradle daemons\nb:gradle documentation\nb:gradle exception\nb:gradle execution\nb:gradle features\nb:gradle gradle\nb:gradle home\nb:gradle internal\nb:gradle jars\nb:gradle launcher\nb:gradle linux\nb:gradle mac\nb:gradle notifications\nb:gradle org\nb:gradle plugin\nb:gradle properties\nb:gradle state\nb:gradle user\nb:gradle wrapper\nb:gravito framework\nb:greater than\nb:green 0\nb:greenlet 0\nb:greeting component_test\nb:grep allow\nb:grep q\nb:grep v\nb:grgit 0\nb:grotesk 0\nb:group run\nb:groups get\nb:gui is\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:gz 0\nb:gzip 0\nb:h 0\nb:h a\nb:h amd64\nb:h cannot\nb:h e\nb:h e_\nb:h h600\nb:h head\nb:h home\nb:h i\nb:h o\nb:h opt\nb:h p\nb:h r\nb:h ref\nb:h requests\nb:h s\nb:h subprocess\nb:h t\nb:h t_\nb:h u\nb:h0m0s timeout\nb:h0s9kvb6g2sinako7ub77ku gradle\nb:h11 0\nb:h600 compilation\nb:h_ e\nb:habluetooth 0\nb:had changes\nb:hadolint action\nb:hadolint hadolint\nb:hadolint v2\nb:handbook docs\nb:handle standard\nb:handle the\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has correct\nb:has exceeded\nb:has incompatible\nb:has no\nb:has not\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash fast\nb:hash validation\nb:hashbrown v0\nb:hashmap hashmap\nb:haskell cabal\nb:hass nabucasa\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have an\nb:have been\nb:have comment\nb:have detailed\nb:have no\nb:have printed\nb:have valid\nb:head 0\nb:head c12\nb:head to\nb:header filter\nb:header in\nb:heads main\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap buffer\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help at\nb:help change\nb:help ci\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help visit\nb:help you\nb:helper check\nb:helper kt\nb:helper py\nb:here are\nb:here for\nb:here is\nb:hex literal\nb:hh tests\nb:hhp hs\nb:hidden files\nb:hierarchy template\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:highlights of\nb:hint call\nb:hint development\nb:hint git\nb:hint is\nb:hint make\nb:hint names\nb:hint to\nb:hint used\nb:hint will\nb:hit for\nb:hive simulators\nb:hoisted nested\nb:hoisting package\nb:home abuild\nb:home assistant\nb:home breadcrumbs\nb:home cache\nb:home cholerae\nb:home circleci\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:homeassistant 0\nb:homeassistant custom\nb:homebrew bin\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks use\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hosted runner\nb:hostedtoolcache dart\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostedtoolcache python\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html debug\nb:html entities\nb:html erb\nb:html needless_borrow\nb:html needless_return\nb:html not\nb:html python\nb:html sec\nb:html shell\nb:http 0\nb:http archive\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http request\nb:http server\nb:http_client 0\nb:httpcore 0\nb:https aka\nb:https api\nb:https astral\nb:https bandit\nb:https conda\nb:https dl\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https go\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nexus\nb:https nodesecurity\nb:https npm\nb:https opencode\nb:https osv\nb:https packages\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https services\nb:https spdx\nb:https youtrack\nb:httpx 0\nb:hub action\nb:hub actions\nb:hub does\nb:i 0\nb:i a\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i files\nb:i g\nb:i g_\nb:i get\nb:i in\nb:i info\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i o_\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i python\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i s_\nb:i t\nb:i t_\nb:i toolchain\nb:i try\nb:i u\nb:i unsafe\nb:i uw\nb:i x\nb:i z\nb:i_ k\nb:ibis bigquery\nb:ic install\nb:ic3bur g\nb:icons mdi\nb:id 0\nb:id github\nb:id in\nb:id prettier\nb:id trailing\nb:idea projects\nb:identical details\nb:identification is\nb:identified security\nb:identified with\nb:identifier c\nb:identifier header\nb:identifier of\nb:identifier read\nb:idna 0\nb:idx 0\nb:ie preinstall\nb:if c\nb:if entries\nb:if gitdir\nb:if i\nb:if it\nb:if items\nb:if n\nb:if needed\nb:if no\nb:if notified\nb:if out\nb:if returning\nb:if rustc\nb:if set\nb:if the\nb:if they\nb:if this\nb:if true\nb:if v\nb:if you\nb:if z\nb:ignore comment\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:ignoring config\nb:im l1s\nb:image debian\nb:image docker\nb:image gcc\nb:image golang\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images ubuntu\nb:images windows\nb:imaging c\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc imgproc\nb:imgproc src\nb:iml1s kotlin\nb:immediately dereferenced\nb:immutable action\nb:impacting any\nb:implementation of\nb:implemented for\nb:implications associated\nb:implied by\nb:import 0\nb:import cannot\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import os\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib bootstrap\nb:importlib init__\nb:importlib metadata\nb:importlib report\nb:imports are\nb:imports must\nb:imports on\nb:impossible for\nb:in 0\nb:in a\nb:in action\nb:in all\nb:in apt\nb:in assignment\nb:in async\nb:in beta\nb:in between\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in cargo\nb:in connect\nb:in curl\nb:in d\nb:in deploy\nb:in deployment\nb:in detached\nb:in directory\nb:in documentation\nb:in file\nb:in final\nb:in first\nb:in function\nb:in git\nb:in go\nb:in headers\nb:in home\nb:in import_module\nb:in lexicographic\nb:in liquifact\nb:in locked\nb:in main\nb:in module\nb:in multiline\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in scope\nb:in scripts\nb:in source\nb:in src\nb:in state\nb:in stdlib\nb:in sync\nb:in targets\nb:in the\nb:in this\nb:in thread\nb:in tmp\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:include hidden\nb:include if\nb:include prod\nb:include tests\nb:include workspace\nb:included software\nb:includeif gitdir\nb:including interfaces\nb:incompatible type\nb:incompatible types\nb:incompatible with\nb:inconsistent vendoring\nb:inconsistent with\nb:incorrect usage\nb:incorrectly sorted\nb:incremental compilation\nb:incubating problems\nb:indentation 0\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:indicate success\nb:indicates a\nb:indicates that\nb:individual deprecation\nb:infallibly using\nb:info 0\nb:info component\nb:info default\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info latest\nb:info msg\nb:info or\nb:info syncing\nb:info there\nb:info using\nb:information 0\nb:information about\nb:information see\nb:information visit\nb:infra mirror\nb:infra retry\nb:infrastructure auth\nb:init d\nb:init default\nb:init home\nb:init users\nb:initial branch\nb:initialize job\nb:initialized empty\nb:initializing environment\nb:initializing the\nb:inlang settings\nb:inner declarations\nb:inner t\nb:input 0\nb:input files\nb:input keys\nb:inputs itself\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install a\nb:install and\nb:install before\nb:install clean\nb:install dependencies\nb:install direct\nb:install error\nb:install for\nb:install frozen\nb:install g\nb:install ic\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install packages\nb:install r\nb:install registry\nb:install rustup\nb:install script\nb:install sh\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install time\nb:install upgrade\nb:install v1\nb:install which\nb:install with\nb:install_gui_linux py\nb:installation tree\nb:installed 0\nb:installed as\nb:installed distributions\nb:installed p\nb:installed this\nb:installed version\nb:installed versions\nb:installing amphp\nb:installing build\nb:installing collected\nb:installing environment\nb:installing laravel\nb:installing openssh\nb:installing packages\nb:installing psr\nb:installing sebastian\nb:installing symfony\nb:installs in\nb:instance travis\nb:instance using\nb:instantiation of\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:instrumented jars\nb:insufficient cpu\nb:insufficient memory\nb:int as\nb:int cannot\nb:int error_count\nb:integer v0\nb:integration integration\nb:integration rs\nb:integrity check\nb:intentional allow\nb:intentional prefix\nb:interface tools\nb:interfaces objects\nb:internal 0\nb:internal artifacts\nb:internal build\nb:internal buildprocess\nb:internal buildtree\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal load\nb:internal model\nb:internal modules\nb:internal mojo\nb:internal operations\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into 0\nb:into a\nb:into directory\nb:into example\nb:into home\nb:invalid s\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io en\nb:io github\nb:io gitlab\nb:io hadolint\nb:io hashicorp\nb:io i\nb:io index\nb:io library\nb:io reviewdog\nb:io rust\nb:io v2\nb:ios arm64\nb:ios main\nb:ios simulator\nb:ios x64\nb:iot sensor\nb:ip address\nb:ipfs podcasting\nb:ipynb cell\nb:is 0\nb:is a\nb:is allowed\nb:is already\nb:is an\nb:is assigned\nb:is available\nb:is bot\nb:is called\nb:is canceled\nb:is caused\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is imported\nb:is in\nb:is inconsistent\nb:is intentional\nb:is it\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is needed\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is set\nb:is stopped\nb:is subject\nb:is the\nb:is undefined\nb:is up\nb:is users\nb:is valid\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:is_settleable found\nb:isn t\nb:isntall clean\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issue k\nb:issues 0\nb:issues by\nb:issues found\nb:ist is\nb:it before\nb:it can\nb:it fails\nb:it for\nb:it has\nb:it i\nb:it incompatible\nb:it is\nb:it its\nb:it only\nb:it py\nb:it resolves\nb:it s\nb:it should\nb:it starts\nb:it was\nb:it with\nb:item costing\nb:item in\nb:item sku\nb:item str\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:itertools v0\nb:itoa as\nb:itoa v1\nb:its dependencies\nb:its it\nb:its network\nb:its progress\nb:itself https\nb:j a\nb:j d\nb:j n\nb:j o\nb:j s\nb:j unit\nb:j v\nb:j w\nb:j2 c\nb:jar 0\nb:jar and\nb:jar c\nb:jaraco context\nb:jars 0\nb:jars and\nb:jars gradle\nb:jars with\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java javax\nb:java lang\nb:java math\nb:java org\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:javax kotlin\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:jetbrains com\nb:job 0\nb:job cleanup\nb:job context\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:job summary\nb:jobs 0\nb:jobs and\nb:jobs py\nb:john mysrc\nb:jonesn idea\nb:jooq gradle\nb:jq allow\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json artifacts\nb:json csproj\nb:json echo\nb:json failed\nb:json files\nb:json has\nb:json lodash\nb:json main\nb:json newtonsoft\nb:json npm\nb:json or\nb:julia nightly\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:just created\nb:jvm git\nb:k 0\nb:k b\nb:k but\nb:k e\nb:k e_\nb:k f_to_c\nb:k g_\nb:k i\nb:k n\nb:k s_\nb:k t\nb:k version\nb:k8s deploy\nb:k_ e\nb:k_ i\nb:kata check_s390x_test\nb:keccak v0\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key dependencies\nb:key error\nb:key failed\nb:key generated\nb:key instrumented\nb:key kotlin\nb:key linux\nb:key node\nb:key not\nb:key should\nb:key the\nb:key true\nb:key v0\nb:key v8\nb:keycloak token\nb:keygen c\nb:keymanapp dependency\nb:keyring 0\nb:keys linux\nb:keystore models_test\nb:keyword parameter\nb:keywords metadata\nb:ki b\nb:killed signal\nb:kind fixed\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:koans builders\nb:koen desktop\nb:kotlin address\nb:kotlin and\nb:kotlin blockchain\nb:kotlin crypto\nb:kotlin gradle\nb:kotlin koans\nb:kotlin lint\nb:kotlin mpp\nb:kotlin native\nb:kotlin plugins\nb:kotlin script\nb:kotlin solana\nb:kotlin tx\nb:kotlin utxo\nb:kotlin watchos\nb:kt 0\nb:ktlint android\nb:ktlint check\nb:ktlint test\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l certificate\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l for\nb:l g\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l s\nb:l set\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l y\nb:l y_\nb:l1s dart_web3\nb:l1s kotlin\nb:l3013 pin\nb:l_ o\nb:l_ p\nb:l_ u\nb:lab temps\nb:label n\nb:landing landing\nb:lando lando\nb:lando master\nb:lando netfx40\nb:lang github\nb:lang r\nb:language_tags 0\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:later by\nb:later g\nb:latest 0\nb:latest blacklists\nb:latest false\nb:latest topics\nb:latest update\nb:latest version\nb:launcher daemon\nb:layers 0\nb:layout engine\nb:lazy property\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger ledger\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledger v0\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy lib\nb:legacy peer\nb:len 0\nb:length 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:less than\nb:let client\nb:let or\nb:let stored\nb:let sum\nb:let top\nb:let v\nb:level 0\nb:level high\nb:level info\nb:level node_modules\nb:level package\nb:level template\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lexicographic order\nb:lfs false\nb:lib cabal\nb:lib due\nb:lib example\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib jenkins\nb:lib kt\nb:lib lib\nb:lib p\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libatk1 0\nb:libc v0\nb:libc6 dev\nb:libdbus 0\nb:libglib2 0\nb:library core\nb:library for\nb:library python\nb:library rust\nb:libtonode tests\nb:license checker\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license list\nb:license needs\nb:license or\nb:license ref\nb:license v2\nb:license_file metadata\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses or\nb:licenses without\nb:lifecycle controller\nb:lifecycle internal\nb:lifecycle scripts\nb:like we\nb:likely additional\nb:limit allocation\nb:limit exceeded\nb:limit for\nb:limit of\nb:limits the\nb:line 0\nb:line before\nb:line for\nb:line length\nb:line must\nb:line of\nb:line too\nb:lines in\nb:lines of\nb:link build\nb:link plugins\nb:link type\nb:link u\nb:linked legacy\nb:linked openproject\nb:linker for\nb:linkid 0\nb:linking c\nb:links allow\nb:links no\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint check\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint install\nb:lint report\nb:lint run\nb:lint suspicious\nb:lint with\nb:linted 0\nb:linting refs\nb:linting set\nb:linux amd64\nb:linux ci\nb:linux extras\nb:linux gnu\nb:linux go\nb:linux musl\nb:linux nopie\nb:linux or\nb:linux python\nb:linux r\nb:linux small\nb:linux uv\nb:linux vpn\nb:linux x64\nb:linux x86_64\nb:liquid haskell\nb:liquidhaskell cabal\nb:liquifact contracts\nb:liquifact escrow\nb:liquifact liquifact\nb:list allow\nb:list any\nb:list found\nb:list of\nb:list str\nb:list stub\nb:lists txt\nb:lite badge\nb:lite86 v0\nb:literal v0\nb:littpi net\nb:live log\nb:llama cpp\nb:llvm tools\nb:load 0\nb:load allows\nb:load build\nb:load config\nb:load database\nb:load dockerignore\nb:load error\nb:load metadata\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading 0\nb:loading for\nb:local bin\nb:local gc\nb:local go\nb:local http\nb:local lib\nb:local microsoft\nb:local name\nb:local package\nb:local pf\nb:local share\nb:local unset\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location opt\nb:location path\nb:location users\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:lock yaml\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile because\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log level\nb:log of\nb:log output\nb:logging output\nb:login page\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:look around\nb:looking for\nb:looking in\nb:looks like\nb:lookup only\nb:loomy mqtt_duper\nb:lost communication\nb:low 0\nb:low go\nb:low on\nb:lowagie pdfkit\nb:lower snake\nb:lower_snake_case such\nb:lru dict\nb:ls sf\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m add\nb:m adding\nb:m auto\nb:m available\nb:m b\nb:m beringin\nb:m bs\nb:m buf\nb:m casting\nb:m casts\nb:m change\nb:m d013\nb:m docs\nb:m e\nb:m echo\nb:m enable\nb:m error\nb:m execution\nb:m failed\nb:m first\nb:m fits\nb:m for\nb:m git\nb:m i\nb:m if\nb:m is\nb:m item\nb:m k_\nb:m l\nb:m let\nb:m m\nb:m must_use\nb:m name\nb:m npm\nb:m o\nb:m or\nb:m other\nb:m p\nb:m package\nb:m panic\nb:m pip\nb:m pub\nb:m pv4\nb:m pytest\nb:m r\nb:m remove\nb:m run\nb:m s\nb:m start\nb:m t\nb:m this\nb:m to\nb:m try\nb:m u\nb:m updating\nb:m use\nb:m v\nb:m value\nb:m variables\nb:m version\nb:m w\nb:m0s this\nb:m104 0\nb:m12 0\nb:m2 settings\nb:m2 toolchains\nb:m21 0\nb:m237 0\nb:m2repository com\nb:m309 0\nb:m47 0\nb:m49 0\nb:m62 0\nb:m64 0\nb:m67 0\nb:m7 0\nb:m78 0\nb:m84 0\nb:m88 0\nb:m_ c\nb:m_ l\nb:m_ n\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:machine remove\nb:macos 0\nb:macos latest\nb:macos macos\nb:macro2 v1\nb:macros v0\nb:macros v25\nb:made by\nb:maierj fastlane\nb:main activity\nb:main amd64\nb:main arm64\nb:main c\nb:main g\nb:main go\nb:main i\nb:main in\nb:main ios\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main native\nb:main refs\nb:main resolvable\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main trunk\nb:main watchos\nb:main zig\nb:make 0\nb:make any\nb:make error\nb:make experimental\nb:make files\nb:make in\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:makes function\nb:making global\nb:making it\nb:manager gitlab\nb:manager kt\nb:manually installed\nb:manually started\nb:manuell manual\nb:many requests\nb:many return\nb:manylinux2014_x86_64 manylinux_2_17_x86_64\nb:manylinux2014_x86_64 whl\nb:manylinux_2_17_x86_64 manylinux2014_x86_64\nb:manylinux_2_17_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_24_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_28_x86_64 whl\nb:manylinux_2_34_x86_64 whl\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:markdown it\nb:marked as\nb:marketing landing\nb:marking the\nb:masonj0 fortuna\nb:masque rs\nb:master are\nb:master index\nb:master refs\nb:master set\nb:master src\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matched files\nb:matching distribution\nb:matching files\nb:matching package\nb:matching the\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven maven\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven public\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 connect\nb:maven2 org\nb:mavi core\nb:mavi v\nb:mavi vpn\nb:mavivpn is\nb:mawk allow\nb:max git\nb:max line\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may 0\nb:may be\nb:may not\nb:may panic\nb:may take\nb:may truncate\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:mdurl 0\nb:me br\nb:measured 0\nb:media imaging\nb:megalinter io\nb:melos 0\nb:mem aggregate\nb:mem git\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:memory or\nb:merge 0\nb:merge pull\nb:merge request\nb:merror 0\nb:meson build\nb:meson setup\nb:message at\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata 0\nb:metadata for\nb:metadata org\nb:metadata pyproject\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method defined\nb:method named\nb:method not\nb:method parentheses\nb:method running\nb:method takes\nb:metrics counter\nb:mfi 0\nb:mhelp 0\nb:mi b\nb:microsoft com\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mif z\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minutes 0\nb:minutes ago\nb:minutes are\nb:minutes failed\nb:minutes marking\nb:mirror sync\nb:mirrorlist 0\nb:mirrors txt\nb:miscellaneous lint\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing backticks\nb:missing binary\nb:missing docstring\nb:missing either\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing package\nb:missing panics\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing spacing\nb:missing trailing\nb:missing whitespace\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnote 0\nb:mnt sata\nb:mnt vss\nb:mocha test\nb:mock open\nb:mod but\nb:mod dial\nb:mod download\nb:mod readonly\nb:modal tsx\nb:mode after\nb:mode all\nb:mode disable\nb:mode m\nb:mode primary\nb:mode true\nb:model bin\nb:model kt\nb:model opencode\nb:model state\nb:model test\nb:models kt\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module home\nb:module importlib\nb:module is\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules act_container_manager\nb:modules act_linter\nb:modules cjs\nb:modules command_dispatcher\nb:modules command_runner\nb:modules commands\nb:modules container_test_runner\nb:modules dhtl_commands\nb:modules dhtl_commands_standalone\nb:modules dhtl_commands_workflows\nb:modules dhtl_github\nb:modules dhtl_guardian_command\nb:modules dhtl_version\nb:modules files\nb:modules find\nb:modules hal\nb:modules lib\nb:modules packages\nb:modules py\nb:modules txt\nb:modules uv_manager\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:molecule allow\nb:mon may\nb:money mt\nb:money rb\nb:money test\nb:money_test rb\nb:more arguments\nb:more dependencies\nb:more details\nb:more help\nb:more info\nb:more information\nb:more log\nb:more than\nb:most recent\nb:mother 0\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms could\nb:ms d\nb:ms environment\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:ms playwright\nb:ms setup\nb:ms tests\nb:msg loaded\nb:msg process\nb:msg reading\nb:mshared src\nb:mt money\nb:mt test\nb:multidict 0\nb:multiline condition\nb:multiline expression\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple versions\nb:multiple___ spaces\nb:multiplication with\nb:multiverse amd64\nb:multiverse translation\nb:must be\nb:must end\nb:must_use 0\nb:must_use attribute\nb:mut payload\nb:mutmut 0\nb:mutual groups\nb:mvn b\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:mypy 0\nb:mypy extensions\nb:mysrc weisjohn\nb:n 0\nb:n a\nb:n actionlint\nb:n and\nb:n basic\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n g_\nb:n h\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n m\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n s_\nb:n skipping\nb:n t\nb:n t_\nb:n target\nb:n test\nb:n tools\nb:n true\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n v4\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ a\nb:n_ c\nb:n_ d\nb:n_ e\nb:n_ f\nb:n_ m\nb:n_ n\nb:n_ p\nb:n_ s\nb:n_ v\nb:nabucasa 0\nb:name actionpack\nb:name assertion\nb:name azure\nb:name build\nb:name e2e\nb:name err\nb:name fmt\nb:name fv\nb:name gateway\nb:name is\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name not\nb:name only\nb:name or\nb:name phpunit\nb:name security\nb:name test\nb:name to\nb:name w\nb:name_ should_\nb:named is_settleable\nb:named shapely\nb:names commonly\nb:namespace has\nb:namespace runner\nb:naming to\nb:nanopb 0\nb:native build\nb:native castle\nb:native lib\nb:native_lib native\nb:ne s\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:need revision\nb:need to\nb:needed and\nb:needs network\nb:needs review\nb:needs to\nb:nested shallow\nb:nested steps\nb:net 0\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netfx40 csproj\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:netplus netplus\nb:netplus projects\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network errors\nb:network git\nb:network if\nb:network request\nb:network timeout\nb:never ends\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new line\nb:new object\nb:new promise\nb:new ref\nb:new repositories\nb:new tag\nb:newest version\nb:newlib 0\nb:newlib csl\nb:newlib snapshot\nb:newline after\nb:newline before\nb:newline expected\nb:newline n\nb:newly installed\nb:newtonsoft json\nb:next anonymous\nb:next headers\nb:next js\nb:nexus corp\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:nix ipfs\nb:no any\nb:no artifacts\nb:no attribute\nb:no audit\nb:no bin\nb:no cache\nb:no cacheprovider\nb:no color\nb:no config\nb:no console\nb:no copyright\nb:no corresponding\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no install\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no method\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no unit\nb:no untyped\nb:no unused\nb:no update\nb:no user\nb:no var\nb:no versions\nb:noble backports\nb:noble in\nb:noble main\nb:noble security\nb:noble universe\nb:noble updates\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node e\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node longer\nb:node net\nb:node npm\nb:node sha256\nb:node test\nb:node trace\nb:node v10\nb:node v18\nb:node v20\nb:node v4\nb:node version\nb:node was\nb:node_config in\nb:node_modules install\nb:node_modules material\nb:node_modules node\nb:node_modules react\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules ts\nb:node_modules uvu\nb:node_modules vite\nb:node_modules vitest\nb:nodes are\nb:nodesecurity io\nb:non existing\nb:non interactive\nb:non lazy\nb:non matching\nb:non zero\nb:none any\nb:none func\nb:none listed\nb:none manylinux_2_17_x86_64\nb:none no\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:normal d\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not begin\nb:not build\nb:not checked\nb:not closed\nb:not compatible\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not enforce\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not return\nb:not set\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not upgraded\nb:not use\nb:not used\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note method\nb:note referenced\nb:note some\nb:note switching\nb:note warn\nb:notebook cleanup\nb:notes 0\nb:notes app\nb:notes html\nb:nothing provides\nb:notice s\nb:notice to\nb:notification helper\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:now or\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm ci\nb:npm command\nb:npm config\nb:npm corp\nb:npm does\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm pricing\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu get\nb:nuget org\nb:null 0\nb:null continue\nb:null null\nb:null then\nb:num integer\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:numpy 0\nb:nvm versions\nb:o 0\nb:o a\nb:o auth\nb:o b\nb:o b_allowed\nb:o building\nb:o c\nb:o cli\nb:o compiling\nb:o d\nb:o detecting\nb:o downloading\nb:o e\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o fonts\nb:o i\nb:o initializing\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o l_\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o profile\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o t_\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o w_\nb:o0 o\nb:o111 m\nb:o2 g\nb:o2 wall\nb:o_ c\nb:o_ h\nb:o_ i\nb:o_ m\nb:o_ p\nb:o_ r\nb:o_ t\nb:object anonymous\nb:object c\nb:object is\nb:object where\nb:objects annotations\nb:objects consider\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:odder odor\nb:oder order\nb:odor over\nb:oes src\nb:of 0\nb:of a\nb:of all\nb:of apt\nb:of arbitrary\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of config\nb:of crystal\nb:of date\nb:of dependencies\nb:of different\nb:of each\nb:of false\nb:of get\nb:of goal\nb:of hoisting\nb:of home\nb:of is\nb:of its\nb:of l\nb:of left\nb:of list\nb:of locate\nb:of master\nb:of memory\nb:of module\nb:of namespace\nb:of node\nb:of org\nb:of p\nb:of package\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of range\nb:of req\nb:of service\nb:of spaces\nb:of statements\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of unsafe\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:off this\nb:offenses detected\nb:offline during\nb:offline mode\nb:offline packages\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:older coder\nb:ole planet\nb:omit dev\nb:omit from\nb:on 0\nb:on agent\nb:on an\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on click\nb:on dependencies\nb:on device\nb:on disk\nb:on empty\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on resource\nb:on runner\nb:on swift\nb:on that\nb:on the\nb:on this\nb:on type\nb:on windows\nb:on your\nb:once call_once\nb:once installed\nb:once_cell v1\nb:one of\nb:one or\nb:onepager component\nb:only allow\nb:only ever\nb:only false\nb:only get\nb:only install\nb:oo8i vb\nb:op date\nb:opam 0\nb:opam opam\nb:open a\nb:open deep\nb:open metadata\nb:open protocol\nb:open t\nb:opencode ai\nb:opencode gemini\nb:opencode gpt\nb:openemr services\nb:openemr sites\nb:opening parenthesis\nb:openproject gitlab_integration\nb:operand in\nb:operating system\nb:operation runner\nb:operation timed\nb:operation too\nb:operation was\nb:operation with\nb:operations default\nb:operator strict\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt homebrew\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option that\nb:option to\nb:option u16\nb:option u64\nb:option vec\nb:optional peer\nb:options execute\nb:or a\nb:or any\nb:or be\nb:or blocks\nb:or cmd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or more\nb:or npm\nb:or one\nb:or package\nb:or pass\nb:or patterns\nb:or plugins\nb:or rerun\nb:or s\nb:or service\nb:or something\nb:or that\nb:or undo\nb:or use\nb:or windows\nb:order java\nb:order older\nb:order service\nb:order without\nb:ordered fetch\nb:ordered in\nb:orders db\nb:orders git\nb:orders order\nb:orders service\nb:org 0\nb:org ajoberstar\nb:org alpine\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org directory\nb:org distributions\nb:org example\nb:org gradle\nb:org junit\nb:org licenses\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org tree\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin linting\nb:origin main\nb:origin master\nb:origin refactor\nb:origin refs\nb:origin url\nb:orjson 0\nb:orphan processes\nb:os archive\nb:os imported\nb:osv dev\nb:other 0\nb:other panic\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out in\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output log\nb:output member\nb:output on\nb:output package\nb:output src1489103279\nb:over android\nb:over doer\nb:over elements\nb:over test\nb:override d\nb:overriding h\nb:overwrite existing\nb:overwrite false\nb:overwrite settings\nb:own scripts\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p i_\nb:p installed\nb:p k\nb:p l\nb:p liquifact_escrow\nb:p m\nb:p m_\nb:p n\nb:p n_\nb:p netplus\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p s\nb:p t\nb:p t_\nb:p test\nb:p to\nb:p tsconfig\nb:p u\nb:p y\nb:p0040 deprecation\nb:p1 r5\nb:p256 v0\nb:p_ c\nb:p_ s\nb:package a\nb:package actions\nb:package categories\nb:package configuration\nb:package content\nb:package cosmos\nb:package d\nb:package dependencies\nb:package description\nb:package for\nb:package git\nb:package github\nb:package handle\nb:package installs\nb:package is\nb:package jdk\nb:package json\nb:package keywords\nb:package ledger\nb:package level\nb:package libasound2\nb:package license\nb:package license_file\nb:package linux\nb:package list\nb:package lock\nb:package manager\nb:package mavi\nb:package mavivpn\nb:package metadata\nb:package microsoft\nb:package ms\nb:package pkg\nb:package quic\nb:package readme\nb:package repository\nb:package resolved\nb:package shared\nb:package supabase\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package windows\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages lock\nb:packages microsoft\nb:packages net\nb:packages nuget\nb:packages please\nb:packages react\nb:packages read\nb:packages src\nb:packages when\nb:packages whose\nb:packaging 0\nb:packed and\nb:pad failed\nb:padding spaces\nb:page tsx\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:paket packet\nb:pandas 0\nb:panic expected\nb:panic free\nb:panic missing\nb:panic ok\nb:panic test\nb:panic varint\nb:panicked at\nb:panicking rs\nb:panics section\nb:paragraph is\nb:parameter equals\nb:parameter of\nb:parameter should\nb:parameters json\nb:parentheses are\nb:parentheses around\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse queues\nb:parse resolve\nb:parse test\nb:parse toolchain\nb:parse units\nb:parse_test go\nb:parser 0\nb:parser from\nb:parser hs\nb:parser py\nb:parser test\nb:parsing a\nb:part of\nb:partition 0\nb:pasha code\nb:pass 0\nb:pass an\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:passkey test\nb:password g\nb:paste v1\nb:patched versions\nb:path 0\nb:path home\nb:path is\nb:path kotlin\nb:path opt\nb:path race\nb:path tex\nb:path users\nb:pathutil pathutil\nb:pattern go\nb:payload u8\nb:pbkdf2 native\nb:pc windows\nb:pdfkit core\nb:pdfkit pdfkit\nb:peer deps\nb:peer include\nb:peer omit\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:perf data\nb:performance tests\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:pest plugin\nb:pestphp pest\nb:php 0\nb:php array\nb:php return\nb:php slug\nb:php tests\nb:php v2\nb:php version\nb:phpkit slugger\nb:phpunit 0\nb:phpunit php\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:phreeqc test\nb:pid 0\nb:pillow 0\nb:pin versions\nb:pinned packages\nb:pinot tools\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pip is\nb:pip tools\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline run\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkg types\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:planet myplanet\nb:platform deploy\nb:platform git\nb:platform linux\nb:platform ops\nb:platform satu\nb:platform site\nb:platformdirs 0\nb:please check\nb:please read\nb:please refer\nb:please run\nb:please update\nb:please upgrade\nb:please use\nb:plexus plexus\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin org\nb:plugin php\nb:plugin repository\nb:plugins are\nb:plugins linked\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:plus a\nb:pmd foo\nb:pmd plugin\nb:pnc i\nb:pnpm install\nb:pnpm lock\nb:pod failed\nb:pod running\nb:pod to\nb:pod was\nb:podcasting nix\nb:pods 0\nb:poetry lock\nb:pointing to\nb:policy deny_test\nb:policy entirely\nb:policy from\nb:pom org\nb:pool host\nb:pool main\nb:populate work\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post action\nb:post checkout\nb:post job\nb:post resolution\nb:post run\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:ppv lite86\nb:pr 0\nb:pr go\nb:pr review\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prefix key\nb:prefs manager\nb:preinstall install\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparer java\nb:preparing metadata\nb:preparing the\nb:preparing to\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:press ctrl\nb:prettier check\nb:prettier code\nb:prettier with\nb:prettyplease v0\nb:prevent this\nb:previous errors\nb:previously recorded\nb:price 0\nb:price null\nb:price_cents 0\nb:pricing api\nb:print 0\nb:print summing\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem unexpected\nb:problem with\nb:problems 0\nb:problems problems\nb:problems report\nb:proc macro2\nb:proceed with\nb:process completed\nb:process did\nb:process env\nb:process exit\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:process usr\nb:processing triggers\nb:processing wheels\nb:processor should\nb:prod dev\nb:prod exited\nb:prod noble\nb:production only\nb:profile exclude\nb:profile include\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:program unzstd\nb:programming scratch\nb:progress deadline\nb:progress force\nb:progress meter\nb:progress true\nb:project actions\nb:project dependencies\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project kotlin\nb:project name\nb:project org\nb:project src\nb:project test\nb:project version\nb:project w\nb:projectcleverweb lastautoindex\nb:projects cmake\nb:projects egeria\nb:projects openemr\nb:projects users\nb:promise anonymous\nb:promise ensure\nb:prompt file\nb:propcache 0\nb:properly see\nb:properties of\nb:properties rs\nb:property colr\nb:property line\nb:property no\nb:property or\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol dependencies\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided path\nb:provided to\nb:provider plugins\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune origin\nb:psutil 0\nb:pub fn\nb:pub get\nb:public acls\nb:public build\nb:public class\nb:public license\nb:public org\nb:publish py\nb:pull 0\nb:pull complete\nb:pull request\nb:pulling docker\nb:pulling fs\nb:punctuation at\nb:punycode module\nb:pure build\nb:pure kotlin\nb:push 0\nb:pv4 transport\nb:pwsh e\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py g\nb:py git\nb:py healthy\nb:py imports\nb:py jobs\nb:py line\nb:py p\nb:py r\nb:py reports\nb:py socks\nb:py stats\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_timeout_is_retried\nb:py y\nb:py2 py3\nb:py3 none\nb:pycognito 0\nb:pydantic 0\nb:pydantic core\nb:pydantic settings\nb:pygments 0\nb:pyproject toml\nb:pyproject_hooks from\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest homeassistant\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python dateutil\nb:python location\nb:python m\nb:python names\nb:python scripts\nb:python sha256\nb:python v5\nb:python version\nb:python2_ r\nb:python3 0\nb:python3 m\nb:python3_ r\nb:python_ r\nb:pytz 0\nb:pyyaml 0\nb:q a\nb:q l_\nb:q p\nb:q release\nb:q u\nb:qty 0\nb:qualified_races json\nb:quant timeseries\nb:quantity 0\nb:quasar go\nb:queue js\nb:queue queue\nb:queued 0\nb:quic tester\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:r 0\nb:r a\nb:r a_\nb:r always\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r dependency\nb:r e\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r f\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r home\nb:r https\nb:r i\nb:r im\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r load\nb:r m\nb:r m_\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r opt\nb:r p\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r resolution\nb:r retrying\nb:r s\nb:r script\nb:r see\nb:r set\nb:r stack\nb:r t\nb:r t_\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r users\nb:r var\nb:r x\nb:r y\nb:r y_\nb:r_ a\nb:r_ p\nb:race report\nb:rails rails\nb:rails security\nb:raise parse\nb:rake aborted\nb:rake foo\nb:rake test\nb:ran 0\nb:ran all\nb:ran longer\nb:rand v0\nb:rand_core v0\nb:range 0\nb:range start\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:raw_race_data json\nb:ray6y documents\nb:rb 0\nb:rb git\nb:rb money\nb:rc2 v1\nb:rdk rules\nb:re run\nb:reached operation\nb:reached the\nb:react 0\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read error\nb:read errors\nb:read file\nb:read more\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:read_capsule buf\nb:reading database\nb:reading prototype\nb:reading state\nb:readme md\nb:readme metadata\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:recent call\nb:recieve the\nb:recognized word\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:recorded in\nb:records for\nb:redis 0\nb:ref 0\nb:ref and\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:refactor 0\nb:refer to\nb:reference c\nb:reference packages\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refs west\nb:refused connect\nb:reg exp\nb:regex 0\nb:regexp core\nb:regexp http\nb:regexp include\nb:region northcentralus\nb:region westus\nb:register layer\nb:register passkey\nb:registry https\nb:registry npm\nb:registry npmjs\nb:registry ts\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:relative to\nb:release 0\nb:release cmake\nb:release cygwin\nb:release gpg\nb:release kotlin\nb:release notes\nb:release sh\nb:release skipped\nb:release source\nb:release target\nb:release timed\nb:release yml\nb:releases download\nb:releases protoc\nb:releases tag\nb:relying on\nb:remaining 0\nb:remote add\nb:remote all\nb:remote git\nb:remote origin\nb:remotes origin\nb:remotes pull\nb:remove and\nb:remove build\nb:remove return\nb:remove stale\nb:remove the\nb:remove unused\nb:removing include\nb:renamed to\nb:renamed via\nb:render engine\nb:renders the\nb:replaced with\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report api\nb:report at\nb:report attribute\nb:report html\nb:report is\nb:report py\nb:report ui\nb:reported by\nb:reported issue\nb:reporter github\nb:reports 0\nb:reports alongside\nb:reports problems\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repositories which\nb:repository acme\nb:repository actions\nb:repository andi\nb:repository apis\nb:repository codecov\nb:repository datakit\nb:repository directory\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository gradle\nb:repository https\nb:repository ic3bur\nb:repository im\nb:repository in\nb:repository ledger\nb:repository liquifact\nb:repository maps\nb:repository masonj0\nb:repository maven\nb:repository metadata\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository ruby\nb:repository rusty\nb:repository shivammathur\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:repository timekit\nb:repository zerox80\nb:req capability\nb:request 0\nb:request canceled\nb:request for\nb:request handler\nb:request py\nb:request sent\nb:request timed\nb:request to\nb:requested tasks\nb:requested u\nb:requests call\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required is\nb:required module\nb:required node\nb:required plugins\nb:required tasks\nb:required true\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements dev\nb:requirements to\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:rerun with\nb:reserve cache\nb:reset branch\nb:reset by\nb:resolution dealing\nb:resolution impossible\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolvable dependencies\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolve s\nb:resolved 0\nb:resolved because\nb:resolved failed\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resolving to\nb:resource aws_s3_bucket\nb:resource directory\nb:resources orders\nb:responded with\nb:response body\nb:response read\nb:response status\nb:rest src\nb:restore cache\nb:restore can\nb:restore keys\nb:restore to\nb:restore v8\nb:restored from\nb:restored successfully\nb:restoring cache\nb:restricted amd64\nb:restricted to\nb:result 0\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retain commits\nb:retention days\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retry workflow\nb:retrying fetch\nb:return 0\nb:return a\nb:return bootstrap\nb:return dict\nb:return statement\nb:return str\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned error\nb:returned exit\nb:returning a\nb:returning any\nb:returns none\nb:returns value\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:rev parse\nb:review allow\nb:review other\nb:reviewdog action\nb:reviewer agent\nb:reviewer cogni\nb:revision 0\nb:revision v0\nb:revive exported\nb:right failed\nb:ring c\nb:ring test\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf c\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:ringbuf wraparound\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:role wine\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root bundler\nb:root depends\nb:root directory\nb:root install\nb:root md\nb:root project\nb:root when\nb:rootdir home\nb:ropenscilabs available\nb:routes and\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs tmp\nb:rs v0\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby builder\nb:ruby f\nb:ruby json\nb:ruby ruby\nb:ruby setup\nb:ruby sha256\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff 0\nb:ruff check\nb:ruff format\nb:rule preset\nb:rules config\nb:rules e\nb:rules property\nb:rules using\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run bash\nb:run build\nb:run bundler\nb:run can\nb:run cargo\nb:run cd\nb:run cmake\nb:run composer\nb:run construct\nb:run create\nb:run curl\nb:run default\nb:run deno\nb:run disable\nb:run dtolnay\nb:run echo\nb:run elm\nb:run enable\nb:run every\nb:run failed\nb:run format\nb:run go\nb:run gradlew\nb:run in\nb:run index\nb:run install\nb:run ktlint\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run of\nb:run on\nb:run options\nb:run parse\nb:run phpunit\nb:run pip\nb:run poetry\nb:run pre\nb:run prettier\nb:run profiler\nb:run python\nb:run restore\nb:run ruby\nb:run rustc\nb:run rustup\nb:run script\nb:run scripts\nb:run set\nb:run sh\nb:run shivammathur\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run timeout\nb:run tsc\nb:run uv\nb:run with\nb:run work\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner cargo\nb:runner dist\nb:runner eebxo6ax\nb:runner git\nb:runner gitconfig\nb:runner go\nb:runner gradle\nb:runner has\nb:runner hostedtoolcache\nb:runner image\nb:runner images\nb:runner is\nb:runner issues\nb:runner java\nb:runner m2\nb:runner namespace\nb:runner npm\nb:runner process\nb:runner run\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runner_temp git\nb:runneradmin cargo\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running c\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running task\nb:running timed\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs for\nb:runs of\nb:runs s\nb:runtime test\nb:rust 0\nb:rust cache\nb:rust clippy\nb:rust fmt\nb:rust lang\nb:rust lint\nb:rust rust\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustc stable\nb:rustfmt clippy\nb:rustup command\nb:rustup default\nb:rustup dev\nb:rustup if\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s build\nb:s c\nb:s chars\nb:s ci\nb:s commit\nb:s connection\nb:s create\nb:s d\nb:s detected\nb:s done\nb:s e\nb:s e_\nb:s eta\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s js\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s md\nb:s microsoft\nb:s o\nb:s o2\nb:s on\nb:s p\nb:s pf\nb:s q\nb:s r\nb:s rx\nb:s s\nb:s s_\nb:s score\nb:s sit\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s then\nb:s transform\nb:s true\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s0103 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s2n run\nb:s3 block\nb:s6 vzpvo\nb:s_ a\nb:s_ c\nb:s_ i\nb:s_ r\nb:s_ t\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sample rdk\nb:samples sample\nb:sanitizer heap\nb:sardonyx xenial\nb:sata dotnet10\nb:satisfies the\nb:satu platform\nb:save always\nb:save if\nb:saving state\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:schedule requested\nb:schema https\nb:scikit base\nb:scikit learn\nb:scm billing\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:scratch test\nb:screen kt\nb:screens settings\nb:screens vpn\nb:script 0\nb:script build\nb:script contents\nb:script heap\nb:script lint\nb:script on\nb:script policy\nb:script returned\nb:script s\nb:scripts dangerously\nb:scripts debug_html_parser\nb:scripts deploy\nb:scripts generate_summary\nb:scripts git\nb:scripts ie\nb:scripts ignore\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts or\nb:scripts package\nb:scripts policy\nb:scripts run\nb:scripts specified\nb:sdk 0\nb:sdk api\nb:sdk js\nb:sdk linux\nb:sdk macros\nb:sdk telemetry\nb:sdk v25\nb:search ts\nb:sebastian bergmann\nb:sec command_line_warnings\nb:sec transferred\nb:sec1 v0\nb:second 0\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secretstorage 0\nb:secs 0\nb:section 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security auditor\nb:security cryptography\nb:security implications\nb:security in\nb:security issue\nb:security main\nb:security multiverse\nb:security policy\nb:security universe\nb:security vulnerabilities\nb:security vulnerability\nb:sed ne\nb:see a\nb:see also\nb:see full\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:select a\nb:select packages\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:semver v1\nb:send email\nb:sensor c\nb:sensor sensor\nb:sent awaiting\nb:separate line\nb:separated list\nb:sequence any\nb:sequential filter_numbers\nb:serde v1\nb:serde_derive v1\nb:serde_json v1\nb:serde_with v3\nb:server 0\nb:server anything\nb:server client\nb:server compiled\nb:server component\nb:server exec\nb:server failed\nb:server id\nb:server message\nb:server npm\nb:server password\nb:server request\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service 0\nb:service found\nb:service git\nb:service github\nb:service in\nb:service is\nb:service java\nb:service kt\nb:service not\nb:service notification\nb:service orders\nb:service php\nb:service responded\nb:service run\nb:service src\nb:service ts\nb:service unavailable\nb:services gradle\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set c\nb:set check\nb:set file\nb:set interval\nb:set n\nb:set o\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set then\nb:set to\nb:set up\nb:sets the\nb:setting config\nb:setting java\nb:setting up\nb:settings 0\nb:settings component\nb:settings screen\nb:settings true\nb:settings xml\nb:settled_at must\nb:settlement rs\nb:setup 0\nb:setup builddir\nb:setup go\nb:setup gradle\nb:setup java\nb:setup node\nb:setup p\nb:setup php\nb:setup python\nb:setup ruby\nb:setup tools\nb:setup uv\nb:setuptools 0\nb:setuptools wheel\nb:several a\nb:severity 0\nb:severity e\nb:severity vulnerability\nb:sf https\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh sh\nb:sh tmp\nb:sh uv\nb:sha256 0\nb:shallow linked\nb:share cmake\nb:shared config\nb:shared is\nb:shared rollup\nb:shared src\nb:shared updates\nb:shell 0\nb:shell bin\nb:shell c\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shims on\nb:shivammathur setup\nb:shodh memory\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco pricing\nb:shopco report\nb:shopco shop\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should have\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should start\nb:should_ fail\nb:show app\nb:show error\nb:show progress\nb:show the\nb:show where\nb:shrinkwrap json\nb:shutdown signal\nb:sid snapshot\nb:side of\nb:signal terminated\nb:signal this\nb:signed integer\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulator arm64\nb:simulators ethereum\nb:sin lat2\nb:since poetry\nb:sit list\nb:site command\nb:site deploy\nb:site docs\nb:site packages\nb:site scripting\nb:site theme\nb:site tools\nb:sites default\nb:six 0\nb:sixty seconds\nb:size is\nb:skills a\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping analysis\nb:skipping git\nb:skipping integrity\nb:sku a\nb:sleep go\nb:slice will\nb:sln t\nb:slow less\nb:slug php\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:sme env\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot 0\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so now\nb:so restore\nb:socket emit\nb:sockeye image_captioning\nb:socks 0\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:soroban env\nb:soroban sdk\nb:soroban_sdk address\nb:soroban_sdk events\nb:sorted and\nb:source actions\nb:source build\nb:source code\nb:source commit\nb:source dir\nb:source file\nb:source files\nb:source from\nb:source s\nb:source set\nb:source sets\nb:source tree\nb:source tutor\nb:source venv\nb:sourcerygxx 0\nb:sources from\nb:space berui\nb:space between\nb:space left\nb:space s\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spacing after\nb:sparse checkout\nb:sparse registry\nb:spdx org\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified deadline\nb:specified in\nb:specifiers in\nb:specs from\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:spurious network\nb:sr ht\nb:src api\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src blur\nb:src c\nb:src cart\nb:src chapter3\nb:src client\nb:src codegen\nb:src common\nb:src components\nb:src copy\nb:src css\nb:src d\nb:src drone\nb:src ethereum\nb:src external\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src hooks\nb:src index\nb:src infrastructure\nb:src invoice\nb:src iter\nb:src lando\nb:src lib\nb:src liquid\nb:src main\nb:src masque\nb:src microsoft\nb:src newtonsoft\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src registry\nb:src ring\nb:src scene\nb:src scripts\nb:src search\nb:src source\nb:src src\nb:src stats\nb:src stg\nb:src storefront\nb:src styles\nb:src task\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src tests\nb:src time\nb:src tools\nb:src ts\nb:src tsbootstrap\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh command\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable 0\nb:stable aarch64\nb:stable profile\nb:stable s\nb:stable version\nb:stable x86_64\nb:stable_deref_trait v1\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start at\nb:start check\nb:start cleaning\nb:start line\nb:start of\nb:start on\nb:start tracking\nb:start with\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting a\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:starts with\nb:startup 0\nb:starves it\nb:state 0\nb:state and\nb:state information\nb:state java\nb:state run\nb:state transition\nb:state without\nb:state you\nb:statement is\nb:statement no\nb:stats core\nb:stats py\nb:stats tally\nb:status 0\nb:status code\nb:status done\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stderr src\nb:stdlib go1\nb:stdune 0\nb:stellar strkey\nb:step 0\nb:step saving\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:stored client\nb:stored in\nb:stored settle_ts\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str any\nb:str arg\nb:str assignment\nb:str has\nb:str none\nb:str usize\nb:strategy for\nb:strategy hoisted\nb:stream 0\nb:stream vbyte\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:strkey v0\nb:strsim v0\nb:struct liquifact\nb:structure test\nb:stub files\nb:studio 0\nb:studio offline\nb:studio threading\nb:studios cargo\nb:style issues\nb:style omit\nb:stylelint 0\nb:stylelint formatter\nb:stylelint problem\nb:styles app\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:subject to\nb:submit audit\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subsequent builds\nb:subtests node\nb:succeeded 0\nb:success 0\nb:successfully got\nb:successfully installed\nb:successfully set\nb:such as\nb:such file\nb:such tool\nb:sudo apt\nb:sudo if\nb:suffixed with\nb:suite expected\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:summary true\nb:summing xs\nb:sun nio\nb:supabase client\nb:support appcompat\nb:support for\nb:supported and\nb:supported file\nb:supports git\nb:suppress this\nb:sure it\nb:sure that\nb:sure the\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svg from\nb:swatinem rust\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch c\nb:switch command\nb:switch to\nb:switched to\nb:switching back\nb:switching to\nb:symbol class\nb:symfony polyfill\nb:symlinks or\nb:sync client\nb:sync from\nb:sync is\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t core\nb:t could\nb:t defined\nb:t done\nb:t e\nb:t e_\nb:t entries\nb:t exist\nb:t f\nb:t find\nb:t found\nb:t from\nb:t h\nb:t h_\nb:t https\nb:t i\nb:t in\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t line\nb:t load\nb:t m\nb:t match\nb:t modules\nb:t o\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t slug\nb:t state\nb:t t\nb:t test\nb:t type\nb:t u\nb:t want\nb:t wstat\nb:t y\nb:t00 0\nb:t03 0\nb:t06 0\nb:t07 0\nb:t08 0\nb:t09 0\nb:t10 0\nb:t10_00_00_000 z\nb:t11 0\nb:t14 0\nb:t15 0\nb:t16 0\nb:t17 0\nb:t20 0\nb:t21 0\nb:t22 0\nb:t_ b\nb:t_ c\nb:t_ d\nb:t_ i\nb:t_ n\nb:t_ p\nb:t_ r\nb:t_ s\nb:t_ t\nb:tabs tabs\nb:tabs ts\nb:tag 0\nb:tag binutils\nb:tag cgen\nb:tag cygwin\nb:tag gdb\nb:tag must\nb:tag nanopb\nb:tag newlib\nb:tag releases\nb:tag sid\nb:tag v0\nb:tag v1\nb:tag v2\nb:tag zephyr\nb:tags false\nb:take a\nb:take empties\nb:takes 0\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar gz\nb:tar posix\nb:tar xf\nb:tar xz\nb:tarball 0\nb:tarball error\nb:tarball files\nb:target 0\nb:target framework\nb:target s\nb:target t\nb:target w\nb:targets 0\nb:targets d\nb:targets do\nb:targets for\nb:targets true\nb:task 0\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task generate\nb:task get\nb:task java\nb:task key\nb:task kt\nb:task persona_flutter\nb:task pre\nb:task prebuild\nb:task run\nb:task with\nb:task_queues 0\nb:taskrun that\nb:tasks 0\nb:tasks default\nb:tasks execution\nb:tasks py\nb:tasks t\nb:tasks task\nb:tasks utility\nb:tasty expected\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:tells npm\nb:temp 0\nb:temp agents\nb:temp c2e3f1\nb:temp git\nb:temp skills\nb:temp then\nb:temp true\nb:temperatures calls\nb:template 0\nb:template section\nb:template ts\nb:templates tests\nb:temporarily overriding\nb:temporary git\nb:temps js\nb:temurin hotspot_jdk\nb:ten off\nb:terminated program\nb:terminates the\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test android\nb:test b8ej_\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test count\nb:test coverage\nb:test creating\nb:test days\nb:test debug\nb:test default\nb:test dir\nb:test dll\nb:test drone\nb:test duration\nb:test environment\nb:test error\nb:test exited\nb:test f\nb:test failed\nb:test failures\nb:test fetch\nb:test fetcher\nb:test file\nb:test files\nb:test fixed\nb:test fixtures\nb:test from\nb:test frontend\nb:test get\nb:test go\nb:test greeting\nb:test hello\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kt\nb:test linux\nb:test load\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test money_test\nb:test multiplication\nb:test new\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test perf\nb:test php\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test release\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test source\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test tasty\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test that\nb:test three\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test ubuntu\nb:test v\nb:test validate\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_ringbuf c\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:test_window py\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:tester is\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests admin\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests csproj\nb:tests did\nb:tests failed\nb:tests failing\nb:tests feature\nb:tests files\nb:tests from\nb:tests func1\nb:tests in\nb:tests integration\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests properties\nb:tests ring_test\nb:tests run\nb:tests see\nb:tests settlement\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_ringbuf\nb:tests test_slugs\nb:tests test_stock\nb:tests u\nb:tests unit\nb:tests__ evaluator\nb:tex range\nb:text startup\nb:textkit parser\nb:textkit slug\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than initial\nb:than once\nb:than or\nb:than the\nb:thapa wlctl\nb:that allows\nb:that always\nb:that are\nb:that does\nb:that is\nb:that need\nb:that runs\nb:that satisfies\nb:that scrapling\nb:that terminates\nb:that the\nb:that two\nb:that were\nb:that you\nb:the 0\nb:the a\nb:the ability\nb:the above\nb:the action\nb:the agent\nb:the allow\nb:the ammount\nb:the apache\nb:the artifact\nb:the attribute\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checkout\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the configured\nb:the conflict\nb:the constraint\nb:the contents\nb:the context\nb:the coverage\nb:the current\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the ends\nb:the error\nb:the errors\nb:the expected\nb:the expression\nb:the extra\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the format\nb:the frozen\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the gradle\nb:the highlights\nb:the host\nb:the hosted\nb:the individual\nb:the initial\nb:the install\nb:the installation\nb:the job\nb:the just\nb:the last\nb:the latest\nb:the license\nb:the lint\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the method\nb:the mix\nb:the module\nb:the name\nb:the newest\nb:the node\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the path\nb:the plugin\nb:the process\nb:the project\nb:the provided\nb:the proxy\nb:the punycode\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the requested\nb:the requirement\nb:the restore\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the specified\nb:the strategy\nb:the switch\nb:the sync\nb:the temporary\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the types\nb:the update\nb:the upstream\nb:the version\nb:the warning\nb:the workspace\nb:the x\nb:them and\nb:theme kt\nb:theme site\nb:theme theme\nb:then 0\nb:then any_\nb:there appears\nb:there are\nb:there is\nb:these values\nb:they are\nb:they come\nb:this advice\nb:this can\nb:this command\nb:this could\nb:this declaration\nb:this environment\nb:this error\nb:this expression\nb:this function\nb:this functionality\nb:this id\nb:this install\nb:this is\nb:this may\nb:this message\nb:this might\nb:this operation\nb:this please\nb:this potentially\nb:this project\nb:this release\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:this warning\nb:thiserror impl\nb:thiserror v1\nb:thread main\nb:threading csproj\nb:threading microsoft\nb:threading src\nb:three failed\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time lifecycle\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout exceeded\nb:timeout file\nb:timeout node\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timers 0\nb:timeseries timeseries\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title bandit\nb:title lint\nb:title n\nb:title stylelint\nb:title want\nb:tldextract 0\nb:tmp pnc\nb:tmp protoc\nb:tmp ringbuf\nb:tmp tmp\nb:tmp zmk\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to avoid\nb:to azure\nb:to be\nb:to blob\nb:to build\nb:to but\nb:to c\nb:to capture\nb:to central\nb:to change\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to configure\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to create\nb:to credentials\nb:to date\nb:to deserialize\nb:to detect\nb:to display\nb:to docker\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to false\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to get\nb:to git\nb:to gradle\nb:to have\nb:to high\nb:to home\nb:to ignore\nb:to image\nb:to install\nb:to java\nb:to l\nb:to load\nb:to main\nb:to make\nb:to manually\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to omit\nb:to open\nb:to opt\nb:to override\nb:to p\nb:to parameter\nb:to parse\nb:to prevent\nb:to provide\nb:to query\nb:to re\nb:to read\nb:to refs\nb:to register\nb:to remove\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to retain\nb:to return\nb:to root\nb:to run\nb:to s\nb:to save\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to start\nb:to suppress\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to u64\nb:to underlying\nb:to unpack\nb:to unsigned\nb:to update\nb:to upgrade\nb:to use\nb:to users\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:todo 0\nb:token 0\nb:token manager\nb:token sme\nb:tokens on\nb:toml 0\nb:toml changed\nb:toml finished\nb:toml started\nb:too long\nb:too many\nb:too slow\nb:took 0\nb:took longer\nb:tool cache\nb:tool covdata\nb:tool is\nb:toolbox toolbox\nb:toolcache ruby\nb:toolchain 0\nb:toolchain install\nb:toolchain none\nb:toolchain stable\nb:toolchain version\nb:toolchains xml\nb:tools 0\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools preview\nb:tools tests__\nb:top level\nb:top required\nb:top vec\nb:topics dependency\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:total xs\nb:trace by\nb:trace deprecation\nb:trace file\nb:trace of\nb:trace run\nb:traceback most\nb:track origin\nb:tracking orphan\nb:trailing comma\nb:trailing space\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:transferred the\nb:transferring context\nb:transferring dockerfile\nb:transform 0\nb:transition controller\nb:translation en\nb:transport got\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree demospring\nb:tree git\nb:tree node_modules\nb:tree on\nb:tree org\nb:tree sitter\nb:tree src\nb:triggers for\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trims punctuation\nb:trouble with\nb:true and\nb:true bypass\nb:true displays\nb:true failed\nb:true identified\nb:true inputs\nb:true npm\nb:true object\nb:true submit\nb:true to\nb:true truthy\nb:true turn\nb:truncate never\nb:truncate test\nb:truncate the\nb:trunk and\nb:trusty updates\nb:truthy value\nb:try remaining\nb:try rustc\nb:try_from and\nb:trying to\nb:ts 0\nb:ts cart\nb:ts client\nb:ts format\nb:ts git\nb:ts invoices\nb:ts loader\nb:tsbootstrap backends\nb:tsbootstrap pyproject\nb:tsbootstrap services\nb:tsbootstrap src\nb:tsbootstrap tsbootstrap\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:turn off\nb:turn the\nb:two arrays\nb:two strings\nb:tx builder\nb:txt 0\nb:txt mirrorlist\nb:type annotation\nb:type answer\nb:type coercion\nb:type comparison\nb:type error\nb:type generator\nb:type hard\nb:type ignore\nb:type int\nb:type is\nb:type native\nb:type none\nb:type number\nb:type of\nb:type remote\nb:type running\nb:type sequence\nb:type str\nb:type string\nb:type test\nb:type u32\nb:typealiases are\nb:typenum v1\nb:types 0\nb:types in\nb:types int\nb:types of\nb:types react\nb:types to\nb:typescript eslint\nb:typescript starter\nb:typescript version\nb:typing extensions\nb:typing import\nb:typing list\nb:typo location\nb:tzdata 0\nb:tzst p\nb:u 0\nb:u b\nb:u b_\nb:u c\nb:u cogni\nb:u d\nb:u e\nb:u e_\nb:u g\nb:u i\nb:u l\nb:u m\nb:u memory\nb:u n\nb:u p\nb:u p_\nb:u r\nb:u s\nb:u t\nb:u to\nb:u1004 the\nb:u1101 unable\nb:u1403 package\nb:u16 u16\nb:u1903 warning\nb:u32 0\nb:u32 cannot\nb:u64 can\nb:u64 to\nb:u64 u8\nb:u8 option\nb:u8 to\nb:u8 usize\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu noble\nb:ubuntu pool\nb:ubuntu ubuntu2404\nb:ubuntu0 0\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ubuntu3 0\nb:ui ab0x\nb:ui app\nb:ui components\nb:ui core\nb:ui kt\nb:ui report\nb:ui screens\nb:ui styles\nb:ui theme\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined method\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:undo this\nb:unexpected argument\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected indentation\nb:unexpected newline\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unidecode 0\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:universe amd64\nb:universe translation\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown in\nb:unknown licenses\nb:unknown linux\nb:unknown property\nb:unknown word\nb:unlabeled 0\nb:unneeded return\nb:unnested or\nb:unoptimized debuginfo\nb:unordered key\nb:unpack 0\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsafe yaml\nb:unsatisfiable requirements\nb:unschedulable 0\nb:unset all\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:unsupported engine\nb:unter under\nb:until assertions\nb:untyped decorator\nb:untyped def\nb:untyped defs\nb:untyped functions\nb:untyped misc\nb:unused 0\nb:unused function\nb:unused ignore\nb:unused import\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused type\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up auth\nb:up c\nb:up go\nb:up j\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update lock\nb:update model\nb:update on\nb:update or\nb:update run\nb:update the\nb:update to\nb:update xml\nb:update your\nb:updated because\nb:updated but\nb:updates for\nb:updates in\nb:updates main\nb:updates multiverse\nb:updates restricted\nb:updates test\nb:updates tsx\nb:updates universe\nb:updating 0\nb:updating crates\nb:upgrade connection\nb:upgrade pip\nb:upgrade to\nb:upgrade your\nb:upgraded 0\nb:upload artifact\nb:uploading artifact\nb:uploading artifacts\nb:ureq v2\nb:url https\nb:urllib request\nb:urllib3 0\nb:usage of\nb:use a\nb:use apt\nb:use compress\nb:use const\nb:use eslint\nb:use git\nb:use in\nb:use let\nb:use node\nb:use of\nb:use passkey\nb:use pip\nb:use prettier\nb:use search\nb:use the\nb:use try_from\nb:use warning\nb:use window\nb:use xexpect\nb:used before\nb:used config\nb:used directly\nb:used in\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used to\nb:used typescript\nb:used unable\nb:user git\nb:user home\nb:user interface\nb:userguide command_line_interface\nb:userland alternative\nb:username g\nb:users api\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users csproj\nb:users david\nb:users john\nb:users jonesn\nb:users js\nb:users julian\nb:users kevin\nb:users koen\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users ray6y\nb:users runner\nb:users runneradmin\nb:users users\nb:users usr\nb:using 0\nb:using c\nb:using cached\nb:using check\nb:using docker\nb:using existing\nb:using first\nb:using from\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:usr share\nb:util concurrent\nb:util java\nb:util test\nb:utility bash\nb:utils 0\nb:utils csv\nb:utils export\nb:utils format\nb:utils geo\nb:utils test\nb:uuid v\nb:uuid v1\nb:uv 0\nb:uv cache\nb:uv install\nb:uv pip\nb:uv sync\nb:uv_manager py\nb:uw u\nb:v a\nb:v a_\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v p\nb:v prune\nb:v rustup\nb:v rxs\nb:v s\nb:v v\nb:v v1\nb:v0 0\nb:v0 rust\nb:v1 0\nb:v1 app\nb:v1 s\nb:v1 unable\nb:v10 0\nb:v18 0\nb:v2 0\nb:v2 dockerfile\nb:v2 net\nb:v2 or\nb:v2 s\nb:v20 0\nb:v25 0\nb:v3 0\nb:v3 tests\nb:v4 0\nb:v4 dist\nb:v4 s\nb:v5 0\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 0\nb:v8 gradle\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid license\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value as\nb:value but\nb:value for\nb:value is\nb:value it\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable advice\nb:variable declaration\nb:variable error_count\nb:variable for\nb:variable has\nb:variable home\nb:variable name\nb:variable not\nb:variable of\nb:variable unused\nb:variables can\nb:variance variate\nb:variant filter\nb:variant variance\nb:variante variant\nb:variants vueapp\nb:varint out\nb:vars identifier\nb:vec u8\nb:vendor bin\nb:vendor modules\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verbose grep\nb:verbose sed\nb:verification failed\nb:verification metadata\nb:verify false\nb:verify the\nb:verifying checksum\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version of\nb:version solving\nb:version spec\nb:version that\nb:version v1\nb:version v6\nb:version verbose\nb:versions 0\nb:versions baseline\nb:versions for\nb:versions in\nb:versions may\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:via pandas\nb:via this\nb:view model\nb:viewmodel vpn\nb:viper bind\nb:virtualenv 0\nb:visit https\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest dist\nb:vitest run\nb:vitest runner\nb:viz dashboard\nb:vpn cargo\nb:vpn data\nb:vpn git\nb:vpn is\nb:vpn keycloak\nb:vpn main\nb:vpn native_lib\nb:vpn o\nb:vpn screen\nb:vpn service\nb:vpn shared\nb:vpn ui\nb:vpn view\nb:vpn viewmodel\nb:vpn_mtu option\nb:vs threading\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability https\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w 0\nb:w a\nb:w ampere\nb:w d_\nb:w dactyl\nb:w e\nb:w file\nb:w h\nb:w home\nb:w i\nb:w n\nb:w o\nb:w r\nb:w repo\nb:w s\nb:w t\nb:w the\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want npm\nb:want to\nb:want unicode\nb:warn code\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning also\nb:warning as\nb:warning error\nb:warning failed\nb:warning file\nb:warning github\nb:warning into\nb:warning mode\nb:warning no\nb:warning rolling_mean\nb:warning s\nb:warning spurious\nb:warning the\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warning was\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was 0\nb:was active\nb:was canceled\nb:was created\nb:was defined\nb:was last\nb:was low\nb:was not\nb:was passed\nb:was reached\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:wasmi_core v0\nb:watch all\nb:watch o\nb:watchos 0\nb:watchos arm64\nb:watchos main\nb:watchos simulator\nb:watchos x64\nb:we can\nb:we have\nb:we location\nb:we stopped\nb:we try\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:web3_universal_ledger from\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:weisjohn scratch\nb:welcome md\nb:welcome to\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:were supplied\nb:were used\nb:werror unused\nb:west cygwin\nb:west main\nb:west master\nb:west unlabeled\nb:west zephyr\nb:what s\nb:what was\nb:what went\nb:wheel 0\nb:wheel finished\nb:wheel for\nb:wheel started\nb:wheels macos\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when set\nb:when the\nb:when true\nb:when used\nb:when workspaces\nb:when your\nb:where 0\nb:where a\nb:where the\nb:which is\nb:which may\nb:which requires\nb:which types\nb:which will\nb:while assembling\nb:while awaiting\nb:while checking\nb:while executing\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:while waiting\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:whl 0\nb:whl metadata\nb:whose install\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:wildcard import\nb:will be\nb:will change\nb:will do\nb:will suppress\nb:win2012 x86\nb:win22 0\nb:window mean\nb:windows 0\nb:windows for\nb:windows latest\nb:windows msvc\nb:windows r\nb:windows server\nb:windows vpn\nb:windows windows2022\nb:windows2022 readme\nb:windows_ n\nb:wine ansible\nb:wine git\nb:with 0\nb:with a\nb:with allow\nb:with an\nb:with annotations\nb:with any\nb:with architecture\nb:with backtrace\nb:with body\nb:with code\nb:with copyright\nb:with dependency\nb:with digest\nb:with env\nb:with error\nb:with errors\nb:with exit\nb:with frozen\nb:with git\nb:with gitlab\nb:with gradle\nb:with image\nb:with info\nb:with java\nb:with javac\nb:with key\nb:with license\nb:with no\nb:with non\nb:with package\nb:with path\nb:with r\nb:with scan\nb:with server\nb:with shell\nb:with stacktrace\nb:with status\nb:with the\nb:with timeout\nb:with trace\nb:with verify\nb:with version\nb:with vulnerabilities\nb:with write\nb:with your\nb:within 0\nb:within a\nb:within the\nb:without any\nb:without file\nb:without impacting\nb:without starting\nb:without the\nb:woff2 0\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work actions\nb:work ansible\nb:work api\nb:work around\nb:work assets\nb:work badge\nb:work beringin\nb:work bigdata\nb:work billing\nb:work cart\nb:work chat\nb:work cogni\nb:work configr\nb:work counter\nb:work crc\nb:work dart_web3\nb:work dashboard\nb:work dates\nb:work deploy\nb:work dht\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fortuna\nb:work fw\nb:work geo\nb:work graph\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work imgproc\nb:work integration\nb:work inventory\nb:work ipfs\nb:work jobs\nb:work kotlin\nb:work landing\nb:work ledger\nb:work liquifact\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work ops\nb:work orders\nb:work org\nb:work phpunit\nb:work pkgtool\nb:work preparer\nb:work pricing\nb:work proto\nb:work py\nb:work pyserve\nb:work quasar\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work satu\nb:work sensor\nb:work shop\nb:work shorturl\nb:work site\nb:work slug\nb:work slugger\nb:work slugs\nb:work space\nb:work stats\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work tsbootstrap\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:work zurichsee_ha\nb:worker execute\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflow is\nb:workflow job\nb:workflow that\nb:workflows main\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace billing\nb:workspace build\nb:workspace etl\nb:workspace geo\nb:workspace home\nb:workspace imgproc\nb:workspace name\nb:workspace queue\nb:workspace root\nb:workspace samples\nb:workspace units\nb:workspace workspace\nb:workspaces are\nb:workspaces include\nb:workspaces of\nb:workspaces vs\nb:worktree config\nb:worktrees path\nb:would be\nb:would have\nb:would reformat\nb:wraparound failed\nb:wrapper dists\nb:write to\nb:write true\nb:writely notes\nb:writing image\nb:writing summary\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www shellcheck\nb:x 0\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x t\nb:x test_client\nb:x x\nb:x y\nb:x000001 b\nb:x32_2 0\nb:x64 bin\nb:x64 lib\nb:x64 main\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86 0\nb:x86_64 linux\nb:x86_64 pc\nb:x86_64 unknown\nb:x_ r\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xexpect actual\nb:xf home\nb:xfailed in\nb:xfonts encodings\nb:xjc generation\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:xz c\nb:y a\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:y t\nb:y w\nb:y_ d\nb:y_ p\nb:yaml 0\nb:yaml is\nb:yaml load\nb:yaml safe_load\nb:yaml truthy\nb:yarl 0\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yml 0\nb:yml line\nb:you are\nb:you can\nb:you create\nb:you don\nb:you have\nb:you make\nb:you mean\nb:you must\nb:you need\nb:you want\nb:your build\nb:your code\nb:your dependencies\nb:your gemfile\nb:your gradle\nb:your lock\nb:your lockfile\nb:your network\nb:your new\nb:your own\nb:your pipfile\nb:your plan\nb:your project\nb:your requirements\nb:your test\nb:your version\nb:your workflow\nb:youtrack jetbrains\nb:z a\nb:z c\nb:z current\nb:z debug\nb:z group\nb:z h\nb:z l\nb:z m\nb:z post\nb:zephyr module\nb:zephyr v1\nb:zephyrproject rtos\nb:zero code\nb:zero exit\nb:zero no\nb:zerox80 mavi\nb:zig 0\nb:zig build\nb:zigler 0\nb:zipp 0\nb:zmk config\nb:zmkfirmware zmk\nb:zstd is\nb:zurichsee_ha requirements\nb:zurichsee_ha zurichsee_ha\nb:zzpmw to\nf:0\nf:a\nf:action\nf:actions\nf:actual\nf:add\nf:added\nf:adding\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:android\nf:annotated\nf:anomaly_history\nf:ansible\nf:api\nf:app\nf:apr\nf:arch\nf:archinstall\nf:archive\nf:array\nf:artifact\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:azure\nf:b\nf:bad\nf:bash\nf:because\nf:benchmarks\nf:beringin\nf:billing\nf:bin\nf:black\nf:body\nf:branch\nf:bucket\nf:build\nf:build_dir\nf:building\nf:builds\nf:buildx\nf:built\nf:bun\nf:bundle\nf:bundler\nf:busted\nf:but\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caching\nf:can\nf:cancelled\nf:cancelling\nf:cannot\nf:cardreader\nf:cargo\nf:cart\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:changes\nf:check\nf:checked\nf:checking\nf:ci\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:click\nf:client\nf:cloning\nf:cmake\nf:cmd\nf:code\nf:cogni\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:components\nf:composer\nf:compression\nf:config\nf:configure\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:context7\nf:continue\nf:copying\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:create\nf:created\nf:creating\nf:curl\nf:current\nf:custom_components\nf:d\nf:d101\nf:d12341ef4ed7\nf:daemon\nf:datacenter\nf:dd\nf:def\nf:default\nf:deleting\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detected\nf:detecting\nf:determining\nf:dev\nf:dhtl_entry\nf:dhtl_entry_windows\nf:did\nf:diff\nf:difference\nf:disabling\nf:distribution\nf:do\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:don\nf:done\nf:double\nf:download\nf:downloaded\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:e\nf:e1001\nf:echo\nf:edit\nf:elif\nf:elixir\nf:else\nf:enable\nf:end\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:escrow\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:examples\nf:exceeded\nf:exception\nf:exec\nf:executing\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:explicit\nf:export\nf:exporting\nf:extra_cmake_args\nf:extracting\nf:f\nf:f401\nf:f403\nf:f420ae9f738c\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetched\nf:fetching\nf:fi\nf:field\nf:file\nf:files\nf:finalizing\nf:find\nf:finished\nf:finishing\nf:first\nf:fix\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:format\nf:formatter\nf:found\nf:freethreaded\nf:from\nf:g\nf:gathering\nf:gcc\nf:gem\nf:generate\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:gh\nf:git\nf:github\nf:glob\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gpg\nf:gradle\nf:gradlew\nf:grep\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:ignore\nf:image\nf:import\nf:in\nf:include\nf:included\nf:includeif\nf:incubating\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:install_gui_linux\nf:installed\nf:installing\nf:instance\nf:instructions\nf:internal\nf:interrupted\nf:invalid\nf:ios\nf:is\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:key\nf:knows\nf:kotlin\nf:l\nf:laravel\nf:learn\nf:ledger\nf:lerna\nf:let\nf:level\nf:lfs\nf:lib\nf:libdbus\nf:libfreetype6\nf:libgbm1\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:linux\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:lookup\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:mcp\nf:medium\nf:melos\nf:message\nf:meta\nf:metadata\nf:method\nf:microsoft\nf:minutes\nf:miscellaneous\nf:missing\nf:mix\nf:mkdir\nf:mnt\nf:mode\nf:model\nf:moderate\nf:module\nf:money\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:naming\nf:network\nf:new\nf:next\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:notice\nf:npm\nf:npx\nf:number\nf:numpy\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:one\nf:open\nf:opencode\nf:operating\nf:operator\nf:opt\nf:or\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:pandas\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:phpunit\nf:pip\nf:pipeline\nf:pixi\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:pre\nf:prefix\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:prompt\nf:provider\nf:psql\nf:public\nf:pulling\nf:pydantic\nf:pyproject\nf:pytest\nf:python\nf:python2_\nf:python3\nf:python3_\nf:python_\nf:qualified_races\nf:r\nf:rake\nf:ran\nf:range\nf:raw_race_data\nf:read\nf:reading\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:release\nf:removing\nf:repository\nf:reset\nf:resolve\nf:resolved\nf:resolving\nf:restore\nf:restored\nf:restoring\nf:restricted\nf:result\nf:results\nf:retention\nf:return\nf:returns\nf:reuse\nf:reviewdog\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:root\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rust\nf:rustc\nf:rustup\nf:s\nf:safety\nf:save\nf:scan\nf:schema\nf:scikit\nf:scrapling\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:security\nf:see\nf:self\nf:sensor\nf:sentry\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:sha256\nf:shell\nf:shellcheck\nf:short\nf:should\nf:show\nf:skill\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:sparse\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:state\nf:statsmodels\nf:status\nf:stderr\nf:step\nf:steps\nf:stopping\nf:stored\nf:string\nf:stylelint\nf:subject\nf:submodules\nf:subtest\nf:success\nf:successfully\nf:sudo\nf:suites\nf:summary\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:targets\nf:task\nf:tasks\nf:team\nf:teamcity\nf:temporarily\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tment\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:tools\nf:total\nf:touch\nf:traceback\nf:transferring\nf:tree\nf:trim\nf:trims\nf:true\nf:truncate\nf:try\nf:tsbootstrap\nf:tsc\nf:turn\nf:type\nf:typing\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unexpected\nf:unformatted\nf:unfortunately\nf:unidecode\nf:unit\nf:unknown\nf:unpacking\nf:unschedulable\nf:unused\nf:update\nf:updating\nf:uploading\nf:use\nf:used\nf:users\nf:using\nf:usr\nf:uv\nf:v0\nf:v1\nf:value\nf:variable\nf:venv\nf:version\nf:via\nf:view\nf:virtualenv\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:watch\nf:we\nf:web\nf:webpack\nf:welcome\nf:what\nf:when\nf:windows\nf:with\nf:worker\nf:workflow\nf:working\nf:workspace\nf:workspaces\nf:would\nf:write\nf:writing\nf:x\nf:xml\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a_\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:abuild\nnw:access\nnw:account\nnw:action\nnw:actions\nnw:actual\nnw:add\nnw:added\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:again\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:amd64\nnw:ammount\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:apiguardian\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approval\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:args\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:around\nnw:artifact\nnw:artifacts\nnw:as\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assignable\nnw:assigned\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:avoid\nnw:awesome\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b_\nnw:back\nnw:backend\nnw:backticks\nnw:bad\nnw:badge\nnw:bandit\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:bom\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:buffer\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:built\nnw:bun\nnw:bundle\nnw:bundler\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2006\nnw:c2013\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cargo_common_metadata\nnw:cart\nnw:cart_spec\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:central\nnw:certificate\nnw:chain_generics\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codec\nnw:codecov\nnw:codes\nnw:coding\nnw:coercion\nnw:col\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compatible\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connected\nnw:connecting\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:container\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contracts\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:covdata\nnw:coverage\nnw:cpp\nnw:cpu\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:date\nnw:db\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:deep\nnw:def\nnw:default\nnw:defined\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detector\nnw:dev\nnw:did\nnw:diff\nnw:different\nnw:differs\nnw:digest\nnw:dir\nnw:directory\nnw:disable\nnw:disabled\nnw:disabling\nnw:discount\nnw:dispatch\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documents\nnw:does\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:downloads\nnw:drone\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:editor\nnw:eebxo6ax\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:elsewhere\nnw:em_http\nnw:emit\nnw:empty\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:ends\nnw:engine\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:escrow\nnw:eslint\nnw:eval\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exclude\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:extra\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:finance\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixtures\nnw:flag\nnw:flags\nnw:flow\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:forbidden\nnw:force\nnw:foreign\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:formed\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:further\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:gems\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getaddrinfo\nnw:getting\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goproxy\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:graph\nnw:gravito\nnw:greater\nnw:greeting\nnw:group\nnw:gui\nnw:guilouro\nnw:gulp\nnw:gz\nnw:h\nnw:h_\nnw:had\nnw:handle\nnw:handler\nnw:happened\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hatch\nnw:hatchling\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:holds\nnw:home\nnw:hook\nnw:host\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:increase\nnw:index\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:install_gui_linux\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instructions\nnw:instrument\nnw:insufficient\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:invoice\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:iso8601\nnw:issue\nnw:issues\nnw:ist\nnw:it\nnw:item\nnw:items\nnw:itoa\nnw:its\nnw:j\nnw:jar\nnw:jasmine\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:ktlint\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:legacy\nnw:lein\nnw:lenght\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:libc6\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:longer\nnw:looking\nnw:loop\nnw:low\nnw:lower\nnw:lower_snake_case\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:macos\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:managed\nnw:manager\nnw:manifest\nnw:manual\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:mavi\nnw:max\nnw:may\nnw:maybe\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:mhelp\nnw:microsoft\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:money\nnw:money_test\nnw:more\nnw:most\nnw:ms\nnw:msg\nnw:mt\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:n_\nnw:name\nnw:namespace\nnw:native\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:ng\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:nodes\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:notation\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:notsup\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opentelemetry\nnw:operation\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:packet\nnw:pad\nnw:padding\nnw:page\nnw:paket\nnw:parallel\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parsed\nnw:parser\nnw:parsing\nnw:part\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pc\nnw:pd\nnw:pelago\nnw:pending\nnw:performance\nnw:perhaps\nnw:period\nnw:phase\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pixi\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pod\nnw:pods\nnw:poet\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:pricing\nnw:printf\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:punctuation\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:quasar\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:rate\nnw:ratelimit\nnw:rather\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:reassigned\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:releases\nnw:relying\nnw:remaining\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:requests\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:rspec\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:satisfies\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:schemas\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:search\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:setting\nnw:settings\nnw:setup\nnw:severity\nnw:sh\nnw:sha256\nnw:share\nnw:shared\nnw:shell\nnw:shellcheck\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shrinkwrap\nnw:shutdown\nnw:signal\nnw:simple\nnw:single\nnw:sit\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slow\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:solve\nnw:solving\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:sp\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:splitting\nnw:spurious\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:starts\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:style\nnw:sub\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:symfony\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:tags\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:teamcity\nnw:telemetry\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_create\nnw:test_error\nnw:test_fail\nnw:test_features\nnw:test_low_stock_threshold\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:thrown\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:token\nnw:toml\nnw:too\nnw:took\nnw:tool\nnw:toolbox\nnw:tooling\nnw:tools\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transfer\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trims\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unauthorized\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unit\nnw:units\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:unschedulable\nnw:unsupported\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:upload\nnw:uploading\nnw:uri\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:vite\nnw:vpn\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\nnw:zzpmw\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a01e7751d80c\nw:a04\nw:a07\nw:a1082be0\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a5\nw:a62\nw:a7aef8b1\nw:a_\nw:aa\nw:aarch64\nw:aashish\nw:ab0x\nw:ab284314\nw:abi3\nw:ability\nw:able\nw:abort\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:abuild\nw:ac6\nw:accept\nw:access\nw:accordingly\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:act_container_manager\nw:act_linter\nw:action\nw:action_actionlint\nw:actionable\nw:actionlint\nw:actionpack\nw:actions\nw:activate\nw:active\nw:activemodel\nw:activerecord\nw:activity\nw:actual\nw:ad613ffba\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:address\nw:ade2\nw:admin\nw:advice\nw:advisories\nw:advisory\nw:aes\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:agents\nw:aggregate\nw:ago\nw:ai\nw:aiogithubapi\nw:aiohappyeyeballs\nw:aiohasupervisor\nw:aiohttp\nw:aiooui\nw:aiosignal\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:aliases\nw:all\nw:allocate\nw:allocation\nw:allow\nw:allowed\nw:alongside\nw:alpha\nw:alpha1\nw:alphabetical\nw:alpine\nw:alpine3\nw:alpinelinux\nw:already\nw:als\nw:alternative\nw:always\nw:ambroisie\nw:amd64\nw:ammount\nw:amount\nw:ampere\nw:amphp\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:analyze\nw:and\nw:andi\nw:android\nw:annotated\nw:annotation\nw:annotations\nw:anomaly_history\nw:anonymous\nw:ansi\nw:ansible\nw:answer\nw:any\nw:any_\nw:anyio\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apis\nw:apk\nw:app\nw:appcompat\nw:appears\nw:apple\nw:application\nw:applied\nw:apply\nw:approval\nw:approved\nw:approx\nw:apps\nw:apr\nw:apt\nw:arbitrary\nw:arc\nw:arch\nw:archinstall\nw:architect\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:ark\nw:arm\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:arturbosch\nw:as\nw:asd\nw:ask\nw:assembling\nw:assert\nw:assert_eq\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:assistant\nw:associated\nw:ast\nw:astral\nw:astrogilda\nw:async\nw:async_hooks\nw:asyncio\nw:at\nw:attach\nw:attempt\nw:attempting\nw:attempts\nw:attr\nw:attribute\nw:attrs\nw:audit\nw:audited\nw:auditor\nw:auth\nw:author\nw:auto\nw:automatically\nw:automation\nw:autonomous\nw:available\nw:avg\nw:avoid\nw:await\nw:awaiting\nw:awesomeness\nw:awk\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b2\nw:b28\nw:b301\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b5c67\nw:b6\nw:b602\nw:b627fbcd5589ae52\nw:b7\nw:b7c1d6e3f\nw:b8ej_\nw:b_\nw:b_allowed\nw:babel\nw:back\nw:backend\nw:backends\nw:backoff\nw:backports\nw:backticks\nw:backtrace\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:base64\nw:based\nw:baseline\nw:bash\nw:basic\nw:batch\nw:bats\nw:bazel\nw:bb\nw:bc\nw:bd\nw:be\nw:be95da1\nw:beanie\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:behavior\nw:behind\nw:being\nw:belanyi\nw:below\nw:benchmarks\nw:bergmann\nw:beringin\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigint\nw:bigquery\nw:billing\nw:bin\nw:binaries\nw:binary\nw:bind\nw:bintray\nw:binutils\nw:biome\nw:bit\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blockchain\nw:blocked\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:bluetooth\nw:blur\nw:bodies\nw:body\nw:book\nw:bookmark\nw:bookmarks\nw:bookworm\nw:bool\nw:boolean\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:boto3\nw:bound\nw:bounds\nw:bp\nw:br\nw:branch\nw:branches\nw:branchpoint\nw:breadcrumbs\nw:break\nw:breaking\nw:brianbancroft\nw:bridgecrewio\nw:british\nw:broadcast\nw:broken\nw:browser\nw:brulee\nw:bs\nw:bs4\nw:bucket\nw:buf\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:build1\nw:build_amd64\nw:build_dir\nw:builddir\nw:builder\nw:builders\nw:building\nw:buildprocess\nw:builds\nw:buildtree\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:button\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c12\nw:c1d2e3\nw:c1e\nw:c2\nw:c2065\nw:c2_\nw:c2e3f1\nw:c3\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:ca9\nw:cab\nw:cabal\nw:cache\nw:cache_rs\nw:cached\nw:cachedir\nw:cachekey\nw:cacheprovider\nw:caches\nw:caching\nw:call\nw:call_once\nw:callable\nw:callback\nw:called\nw:calling\nw:calls\nw:camoufox\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:candidate\nw:cannot\nw:capability\nw:capsules\nw:captioner\nw:capture\nw:card\nw:cardreader\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:cast\nw:cast_possible_truncation\nw:casting\nw:castle\nw:casts\nw:cat\nw:catch\nw:categories\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cdn\nw:ce061790ffbc\nw:cell\nw:central\nw:certifi\nw:certificate\nw:cf\nw:cffi\nw:cfg\nw:cgen\nw:ch\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:channels\nw:chapter3\nw:char\nw:characters\nw:chars\nw:charset\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:checksums\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:chosen\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:cinterop\nw:circle\nw:circleci\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clause\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:clear\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cmsis\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec_test\nw:codecov\nw:codegen\nw:codehaus\nw:coder\nw:codespell\nw:codex\nw:coercion\nw:cogni\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:collision\nw:color\nw:colors\nw:colr\nw:column\nw:columns\nw:com\nw:come\nw:command\nw:command_dispatcher\nw:command_line_interface\nw:command_line_warnings\nw:command_runner\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:commits\nw:common\nw:commonization\nw:commonly\nw:comms\nw:communication\nw:community\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:compliant\nw:component\nw:component_test\nw:components\nw:composer\nw:compression\nw:compute\nw:computed\nw:concepts\nw:conclude\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:cone\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configure\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:conftest\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connector\nw:connects\nw:consider\nw:considered\nw:console\nw:const\nw:constraints\nw:construct\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:container_test_runner\nw:containers\nw:containing\nw:contains\nw:content\nw:contents\nw:context\nw:context7\nw:continue\nw:contract\nw:contracts\nw:contrib\nw:contributors\nw:control\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:converted\nw:cookie\nw:cop\nw:copy\nw:copying\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:corrected\nw:correctness\nw:corresponding\nw:cosmos\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:cov\nw:covdata\nw:cover\nw:coverage\nw:covered\nw:cp\nw:cp310\nw:cp311\nw:cp314\nw:cpp\nw:cpu\nw:cpufeatures\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:creme\nw:cronjs\nw:cross\nw:crossbeam\nw:crypto\nw:crypto_sign\nw:crystal\nw:cs\nw:csl\nw:cspell\nw:csproj\nw:css\nw:cstuff\nw:csv\nw:csvkit\nw:csys\nw:ctest\nw:ctrl\nw:curl\nw:current\nw:currently\nw:curve25519\nw:cusr\nw:custom\nw:custom_components\nw:cwiki\nw:cygwin\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d12341ef4ed7\nw:d1c2f4a\nw:d1f\nw:d2\nw:d2c1e0f\nw:d4ba2\nw:d55\nw:d_\nw:dactyl\nw:dactyl_left\nw:daemon\nw:daemons\nw:dalek\nw:dangerously\nw:darling_macro\nw:dart\nw:dart_web3\nw:darwin\nw:dash\nw:dashboard\nw:dashes\nw:dashmap\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datakit\nw:datasert\nw:date\nw:dates\nw:dateutil\nw:david\nw:days\nw:db\nw:dbe9cd2fc\nw:dbkit\nw:dd\nw:dd7935\nw:de\nw:deadline\nw:dealing\nw:deb12u1\nw:debian\nw:debug\nw:debug_html_parser\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:declared\nw:decode\nw:decorator\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defaults\nw:defined\nw:defining\nw:definition\nw:defs\nw:degraded\nw:delete\nw:deleted\nw:deleting\nw:delimiter\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:der\nw:dereferenced\nw:derive\nw:deriving\nw:derliebemarcus\nw:desc\nw:describe\nw:description\nw:deserialize\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detection\nw:detector\nw:detectors\nw:detekt\nw:determine\nw:determining\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:dht\nw:dhtl_commands\nw:dhtl_commands_standalone\nw:dhtl_commands_workflows\nw:dhtl_entry\nw:dhtl_entry_windows\nw:dhtl_github\nw:dhtl_guardian_command\nw:dhtl_version\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:dict\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:differs\nw:digest\nw:dir\nw:direct\nw:directly\nw:directories\nw:directory\nw:disable\nw:disabled\nw:disabling\nw:discard\nw:discount\nw:discovered\nw:discovery\nw:disk\nw:dispatch\nw:dispatcher\nw:display\nw:displays\nw:dist\nw:distribution\nw:distributions\nw:div\nw:division\nw:django\nw:dl\nw:dll\nw:do\nw:doc\nw:doc_markdown\nw:docker\nw:dockerfile\nw:dockerignore\nw:docs\nw:docstring\nw:doctrine\nw:document\nw:documentation\nw:documents\nw:doer\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotenv\nw:dotfiles\nw:dotnet\nw:dotnet10\nw:double\nw:down\nw:downgrade\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:driver\nw:drone\nw:dronelink\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:dyn\nw:e\nw:e0\nw:e0061\nw:e0106\nw:e0277\nw:e0308\nw:e04\nw:e0401\nw:e0425\nw:e0599\nw:e10\nw:e1001\nw:e1101\nw:e225\nw:e231\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e58d67b4\nw:e7\nw:e8f\nw:e_\nw:e_path\nw:each\nw:eadcdc7d\nw:ec\nw:echo\nw:ed25519\nw:edeandrea\nw:edge\nw:edit\nw:editor\nw:eebxo6ax\nw:efde290b\nw:eff\nw:egeria\nw:either\nw:elem\nw:element\nw:elements\nw:elif\nw:elite\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embark\nw:embedded\nw:emit\nw:emitted\nw:emitter\nw:empties\nw:empty\nw:en\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encodings\nw:encountered\nw:end\nw:endpoints\nw:ends\nw:ends_with\nw:enforce\nw:engine\nw:engineers\nw:enhancements\nw:enough\nw:ensure\nw:entering\nw:entirely\nw:entities\nw:entity\nw:entry\nw:entrypoint\nw:enum\nw:enums\nw:env\nw:environment\nw:envs\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:epoch\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:equivalent\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escape\nw:escaped\nw:escrow\nw:escrow_id\nw:eslint\nw:est\nw:eta\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluate\nw:evaluating\nw:evaluator\nw:even\nw:event\nw:events\nw:ever\nw:every\nw:ex\nw:exactly\nw:example\nw:examples\nw:exceeded\nw:exceeds\nw:exception\nw:exceptions\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:explain\nw:explanations\nw:explicit\nw:explicitly\nw:explore\nw:export\nw:exported\nw:exporting\nw:exports\nw:expr\nw:express\nw:expressed\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:external\nw:extra\nw:extra_cmake_args\nw:extracting\nw:extraheader\nw:extras\nw:f\nw:f1d2c3b\nw:f242abd9c8e\nw:f401\nw:f403\nw:f420ae9f738c\nw:f53616\nw:f841\nw:f909ac5\nw:f_to_c\nw:fa\nw:factory\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fallback\nw:false\nw:familjen\nw:family\nw:fast\nw:fastapi\nw:faster\nw:fastlane\nw:fatal\nw:fb\nw:fc58aa\nw:fc97a4c5\nw:fd\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetched\nw:fetcher\nw:fetching\nw:few\nw:ff\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finalizing\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fits\nw:fix\nw:fixed\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flags\nw:flake\nw:flash\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:fonts\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:forge\nw:forgot\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:fortuna\nw:forwarder\nw:found\nw:foundation\nw:fr\nw:fragment\nw:frames\nw:framework\nw:free\nw:freethreaded\nw:freetype\nw:freeze\nw:freezing\nw:fresh\nw:from\nw:frontend\nw:frozen\nw:frozenlist\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functionality\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:futures\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g8001\nw:g_\nw:galaxy\nw:garbage\nw:gateway\nw:gateway_addresses\nw:gathering\nw:gc\nw:gcc\nw:gcd_import\nw:gcm\nw:gcr\nw:gdb\nw:gem\nw:gemfile\nw:gemini\nw:gems\nw:gen\nw:general\nw:generate_summary\nw:generated\nw:generating\nw:generation\nw:generator\nw:generic\nw:geo\nw:get\nw:get_settled_at\nw:get_sources\nw:getaddrinfo\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:ghcr\nw:gi\nw:git\nw:gitconfig\nw:gitdir\nw:github\nw:gitlab\nw:gitlab_integration\nw:gitleaks\nw:given\nw:gl\nw:glibc\nw:glob\nw:global\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:gpt\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:gravito\nw:greater\nw:green\nw:greenlet\nw:greeting\nw:grep\nw:grgit\nw:groovy\nw:grotesk\nw:group\nw:groups\nw:gui\nw:guilouro\nw:gulp\nw:gyp\nw:gz\nw:gzip\nw:h\nw:h0m0s\nw:h0s9kvb6g2sinako7ub77ku\nw:h11\nw:h2\nw:h5\nw:h600\nw:h_\nw:habluetooth\nw:had\nw:hadolint\nw:hadrian\nw:hal\nw:handbook\nw:handle\nw:handled\nw:handler\nw:handles\nw:hang\nw:happen\nw:happy\nw:hard\nw:harness\nw:has\nw:hash\nw:hashbrown\nw:hashmap\nw:haskell\nw:hass\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:headless\nw:heads\nw:health\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hh\nw:hhp\nw:hi\nw:hidden\nw:hierarchy\nw:high\nw:higher\nw:highlights\nw:hint\nw:hit\nw:hits\nw:hive\nw:hoisted\nw:hoisting\nw:home\nw:homeassistant\nw:homebrew\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:hours\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:httpcomponents\nw:httpcore\nw:https\nw:httpx\nw:hub\nw:humanwhocodes\nw:husky\nw:i\nw:i128\nw:i_\nw:ibis\nw:ibis_bigquery\nw:ic\nw:ic3bur\nw:icons\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idna\nw:idx\nw:ie\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:im\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:imgproc\nw:iml1s\nw:immediately\nw:immutable\nw:impacting\nw:impl\nw:implement\nw:implementation\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importlib\nw:imports\nw:impossible\nw:in\nw:inc\nw:include\nw:included\nw:includeif\nw:includes\nw:including\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistencies\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:incremental\nw:incubating\nw:indentation\nw:index\nw:indicate\nw:indicates\nw:individual\nw:infallibly\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initial\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inlang\nw:inner\nw:input\nw:inputs\nw:insensitive\nw:inside\nw:insights\nw:inspect\nw:inspected\nw:install\nw:install_gui_linux\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instantiation\nw:instead\nw:instructions\nw:instrument\nw:instrumented\nw:insufficient\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interactive\nw:interface\nw:interfaces\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ipfs\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:is_none\nw:is_settleable\nw:isn\nw:isntall\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:ist\nw:it\nw:item\nw:items\nw:iter\nw:iterating\nw:iterator\nw:itertools\nw:itoa\nw:its\nw:itself\nw:j\nw:j2\nw:j30\nw:jar\nw:jaraco\nw:jars\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:javax\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetbrains\nw:job\nw:jobs\nw:john\nw:jonesn\nw:jooq\nw:jq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julian\nw:junit\nw:jupiter\nw:jupyter\nw:just\nw:jvm\nw:k\nw:k8s\nw:k_\nw:kata\nw:keccak\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keycloak\nw:keygen\nw:keymanapp\nw:keyring\nw:keys\nw:keystore\nw:keyword\nw:keywords\nw:ki\nw:kill\nw:killed\nw:kind\nw:km_to_miles\nw:knob\nw:known\nw:koch\nw:koen\nw:kotlin\nw:kt\nw:ktlint\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l1s\nw:l3\nw:l3008\nw:l3013\nw:l_\nw:lab\nw:label\nw:labs\nw:lambda\nw:landing\nw:lando\nw:lang\nw:language_tags\nw:laravel\nw:large\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:layers\nw:layout\nw:ld\nw:league\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:less\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lexicographic\nw:lfs\nw:lib\nw:libasound2\nw:libatk1\nw:libc\nw:libc6\nw:libdbus\nw:libfreetype6\nw:libgbm1\nw:libglib2\nw:library\nw:libs\nw:libtonode\nw:libxcomposite1\nw:libxfixes3\nw:libxrender1\nw:license\nw:license_file\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:liquifact\nw:liquifact_escrow\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:lite86\nw:literal\nw:littpi\nw:live\nw:ll\nw:lloc\nw:llvm\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:locate\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logger\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:longz4wqz\nw:look\nw:looking\nw:looks\nw:lookup\nw:loomy\nw:loop\nw:lost\nw:low\nw:lowagie\nw:lower\nw:lower_snake_case\nw:lru\nw:ls\nw:lspconfig\nw:lua\nw:lxml\nw:m\nw:m0s\nw:m104\nw:m12\nw:m2\nw:m21\nw:m237\nw:m2repository\nw:m309\nw:m47\nw:m49\nw:m62\nw:m64\nw:m67\nw:m7\nw:m78\nw:m84\nw:m88\nw:m_\nw:mac\nw:machine\nw:macos\nw:macro\nw:macro2\nw:macros\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:makes\nw:making\nw:malformed\nw:malicious\nw:manager\nw:mani\nw:manifest\nw:manifests\nw:manual\nw:manually\nw:manuell\nw:many\nw:manylinux1_x86_64\nw:manylinux2014_x86_64\nw:manylinux_2_17_x86_64\nw:manylinux_2_24_x86_64\nw:manylinux_2_28_x86_64\nw:manylinux_2_34_x86_64\nw:manylinux_2_5_x86_64\nw:map\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marketing\nw:marking\nw:masonj0\nw:masque\nw:master\nw:match\nw:matched\nw:matcher\nw:matchers\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maturin\nw:maven\nw:maven2\nw:mavi\nw:mavivpn\nw:mawk\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:mb\nw:mcgdiff\nw:mcp\nw:md\nw:mdi\nw:mdurl\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:mecho\nw:media\nw:meeting\nw:megalinter\nw:melos\nw:mem\nw:member\nw:memory\nw:merge\nw:merror\nw:meson\nw:message\nw:messages\nw:met\nw:meta\nw:metadata\nw:meter\nw:method\nw:methods\nw:metrics\nw:mfi\nw:mhelp\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:mif\nw:might\nw:mike\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minimum\nw:minitest\nw:mintimeout\nw:minute\nw:minutes\nw:mirror\nw:mirrorlist\nw:mirrors\nw:misc\nw:miscellaneous\nw:mismatch\nw:mismatched\nw:miss\nw:missing\nw:missing_offset\nw:mission_impl\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnote\nw:mnpm\nw:mnt\nw:mobile\nw:mocha\nw:mock\nw:mod\nw:modal\nw:mode\nw:model\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:molecule\nw:mon\nw:money\nw:money_test\nw:mono\nw:more\nw:most\nw:mother\nw:move\nw:moved\nw:mpp\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:mshared\nw:msvc\nw:mt\nw:multi\nw:multidict\nw:multiline\nw:multiple\nw:multiple___\nw:multiplication\nw:multiverse\nw:musl\nw:must\nw:mut\nw:mutmut\nw:mutual\nw:mvalue\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:mysrc\nw:n\nw:n0000\nw:n0028\nw:n_\nw:nabucasa\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:naming\nw:native\nw:native_lib\nw:nav\nw:ne\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netfx40\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newer\nw:newest\nw:newlib\nw:newline\nw:newly\nw:newtonsoft\nw:next\nw:nexus\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:nix\nw:no\nw:noble\nw:node\nw:node_config\nw:node_modules\nw:nodejs\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:northcentralus\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notifications\nw:notified\nw:notifier\nw:notify\nw:notsup\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:null\nw:nullable\nw:num\nw:number\nw:numeric\nw:numpy\nw:nunomaduro\nw:nursery\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:ocrd\nw:odder\nw:oder\nw:odor\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:older\nw:ole\nw:omit\nw:on\nw:once\nw:once_cell\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:opencode\nw:openemr\nw:opening\nw:openproject\nw:openssh\nw:opentelemetry\nw:operand\nw:operating\nw:operation\nw:operations\nw:operator\nw:operators\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orjson\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outputs\nw:outside\nw:over\nw:overflow\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:own\nw:oxlint\nw:p\nw:p0040\nw:p1\nw:p256\nw:p_\nw:pack\nw:package\nw:package_name\nw:packages\nw:packaging\nw:packed\nw:packet\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:paket\nw:pandas\nw:panic\nw:panicked\nw:panicking\nw:panics\nw:panics_on_zero\nw:paragraph\nw:parallel\nw:param\nw:parameter\nw:parameters\nw:parcel\nw:parens\nw:parent\nw:parentheses\nw:parenthesis\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsers\nw:parsing\nw:part\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:passkey\nw:password\nw:paste\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:patterns\nw:payload\nw:pb\nw:pbkdf2\nw:pc\nw:pdf\nw:pdfkit\nw:pedantic\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:persona_flutter\nw:pest\nw:pestphp\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pillow\nw:pin\nw:pinned\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipenv\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgconfig\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:plans\nw:platform\nw:platformdirs\nw:playwright\nw:please\nw:plexus\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:plus\nw:pmd\nw:pnc\nw:pnpm\nw:pod\nw:podcasting\nw:pods\nw:podspec\nw:pointing\nw:policies\nw:policy\nw:polyfill\nw:polymer\nw:pom\nw:pool\nw:populate\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:post0\nw:post1\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:pp\nw:ppv\nw:pr\nw:pre\nw:prebuild\nw:prebuilt\nw:precompiled\nw:prefer\nw:prefix\nw:prefs\nw:preinstall\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparer\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:press\nw:prettier\nw:prettyplease\nw:prevent\nw:previous\nw:previously\nw:price\nw:price_cents\nw:pricing\nw:primary\nw:print\nw:printed\nw:printf\nw:println\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:proceed\nw:process\nw:processes\nw:processing\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:prometheus\nw:prompt\nw:prompts\nw:propcache\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:providers\nw:provides\nw:providing\nw:provisioner\nw:provisioning\nw:proxy\nw:prune\nw:psql\nw:psr\nw:psutil\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:punycode\nw:purchased\nw:pure\nw:push\nw:pv4\nw:pwsh\nw:py\nw:py2\nw:py3\nw:pycognito\nw:pycparser\nw:pydantic\nw:pygments\nw:pylint\nw:pyo3\nw:pypa\nw:pypi\nw:pyproject\nw:pyproject_hooks\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python2_\nw:python3\nw:python3_\nw:python_\nw:pytz\nw:pyyaml\nw:q\nw:qty\nw:qualified_races\nw:quant\nw:quantity\nw:quartz\nw:quasar\nw:queries\nw:query\nw:queue\nw:queued\nw:queues\nw:quic\nw:quickstart\nw:quickstarts\nw:quiet\nw:quotes\nw:r\nw:r0\nw:r2\nw:r5\nw:r7\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:rand\nw:rand_core\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:raw_race_data\nw:ray6y\nw:rb\nw:rc\nw:rc1\nw:rc2\nw:rc3\nw:rdk\nw:re\nw:reached\nw:react\nw:read\nw:read_capsule\nw:reading\nw:readme\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:recorded\nw:records\nw:recursive\nw:redirect\nw:redis\nw:redzone\nw:ref\nw:refactor\nw:refactoring\nw:refer\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:region\nw:register\nw:registration\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:rejects\nw:related\nw:relative\nw:release\nw:releases\nw:relying\nw:remaining\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:rename\nw:renamed\nw:render\nw:renders\nw:repack\nw:replace\nw:replaced\nw:repo\nw:report\nw:reported\nw:reporter\nw:reporters\nw:reporting\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:res\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolvable\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restoring\nw:restricted\nw:result\nw:results\nw:retail\nw:retain\nw:retention\nw:retry\nw:retrying\nw:return\nw:returned\nw:returns\nw:reuse\nw:reused\nw:rev\nw:review\nw:reviewdog\nw:reviewer\nw:revision\nw:revive\nw:rf\nw:rich\nw:right\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:role\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:ropenscilabs\nw:roundtrip\nw:route\nw:router\nw:routes\nw:rows\nw:rpc\nw:rpmbuild\nw:rs\nw:rspec\nw:rss\nw:rtos\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runner_temp\nw:runneradmin\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rustfmt\nw:rustup\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s2322\nw:s2345\nw:s2554\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safe_load\nw:safety\nw:same\nw:sample\nw:samples\nw:sandbox\nw:sanitizer\nw:sardonyx\nw:sata\nw:satisfied\nw:satisfies\nw:satisfy\nw:satu\nw:save\nw:saved\nw:saving\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schedule\nw:scheduler\nw:schema\nw:scikit\nw:scm\nw:scope\nw:scratch\nw:screen\nw:screens\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:search\nw:sebastian\nw:sec\nw:sec1\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secretstorage\nw:secs\nw:section\nw:section_end\nw:section_start\nw:sections\nw:securedrop_client\nw:security\nw:sed\nw:see\nw:seed\nw:seeds\nw:seem\nw:seems\nw:select\nw:selected\nw:selector\nw:self\nw:semicolon\nw:semver\nw:send\nw:sending\nw:sensor\nw:sensors\nw:sent\nw:sentence\nw:sentry\nw:separate\nw:sequence\nw:sequential\nw:serde\nw:serde_derive\nw:serde_json\nw:serde_with\nw:serialize\nw:server\nw:service\nw:services\nw:session\nw:sessions\nw:set\nw:sets\nw:setting\nw:settings\nw:settle\nw:settle_ts\nw:settled_at\nw:settlement\nw:setup\nw:setuptools\nw:several\nw:severity\nw:sf\nw:sh\nw:sha256\nw:shallow\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shims\nw:shipkit\nw:shivammathur\nw:shodh\nw:shop\nw:shopco\nw:shopfront\nw:shorturl\nw:should\nw:should_\nw:show\nw:shrinkwrap\nw:shutdown\nw:sid\nw:side\nw:sign\nw:signal\nw:signature\nw:signed\nw:signedness\nw:significantly\nw:silent\nw:simdjson\nw:simple\nw:simplified\nw:simulator\nw:simulators\nw:sin\nw:since\nw:single\nw:sit\nw:site\nw:sites\nw:sitter\nw:six\nw:sixty\nw:size\nw:skill\nw:skills\nw:skip\nw:skipped\nw:skipping\nw:skips\nw:sku\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slow\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:sme\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:soap\nw:sock\nw:socket\nw:sockeye\nw:socks\nw:software\nw:solana\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:soroban\nw:soroban_sdk\nw:sorted\nw:source\nw:sourcerygxx\nw:sources\nw:sp\nw:space\nw:spaces\nw:spacing\nw:sparse\nw:spdx\nw:spec\nw:specific\nw:specification\nw:specified\nw:specifiers\nw:specs\nw:spell\nw:spelling\nw:split\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:spurious\nw:sql\nw:sqlalchemy\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stable_deref_trait\nw:stack\nw:stackage\nw:stacked\nw:stacktrace\nw:stage\nw:stale\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:stat\nw:state\nw:statement\nw:statements\nw:static\nw:staticcheck\nw:stats\nw:statsforecast\nw:statsmodels\nw:status\nw:std\nw:stderr\nw:stdin\nw:stdlib\nw:stdout\nw:stdune\nw:stellar\nw:step\nw:step_script\nw:steps\nw:stg\nw:still\nw:stmts\nw:stop\nw:stopped\nw:stopping\nw:storage\nw:store\nw:stored\nw:storefront\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:strip\nw:strkey\nw:strsim\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:studios\nw:style\nw:styled\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodule\nw:submodules\nw:subprocess\nw:subsequent\nw:subtest\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggested\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:supabase\nw:super\nw:supplied\nw:support\nw:supported\nw:suppress\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:svg\nw:swatinem\nw:swift\nw:switch\nw:switched\nw:switching\nw:symbol\nw:symfony\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t0\nw:t00\nw:t03\nw:t06\nw:t07\nw:t08\nw:t09\nw:t10\nw:t10_00_00_000\nw:t11\nw:t14\nw:t15\nw:t16\nw:t17\nw:t20\nw:t21\nw:t22\nw:t_\nw:tab\nw:table\nw:tabs\nw:tag\nw:tags\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tarball\nw:tarfile\nw:target\nw:targets\nw:task\nw:task_queues\nw:taskrun\nw:tasks\nw:tasty\nw:tauri\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:teamcity\nw:telemetry\nw:tells\nw:temp\nw:temperatures\nw:template\nw:templates\nw:temporarily\nw:temporary\nw:temps\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminate\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_ringbuf\nw:test_rolling_mean\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_total_rounding\nw:test_unicode\nw:test_window\nw:testcafe\nw:tested\nw:tester\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:their\nw:them\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thiserror\nw:thread\nw:threads\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:timeseries\nw:timestamp\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tldextract\nw:tment\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:tokio\nw:toml\nw:tomli\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolcache\nw:toolchain\nw:toolchains\nw:tooling\nw:toolkit\nw:tools\nw:toomanyrequests\nw:top\nw:topic\nw:topics\nw:topologies\nw:total\nw:touch\nw:tower\nw:tpl\nw:trace\nw:traceback\nw:traces\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transferred\nw:transferring\nw:transform\nw:transition\nw:transitive\nw:translation\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trims\nw:trouble\nw:true\nw:truncate\nw:trunk\nw:trusty\nw:truthy\nw:try\nw:try_from\nw:trying\nw:ts\nw:tsbootstrap\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:tunnel\nw:turbo\nw:turbopack\nw:turn\nw:tutor\nw:two\nw:tx\nw:txt\nw:type\nw:typealiases\nw:typecheck\nw:typed\nw:typenum\nw:types\nw:typescript\nw:typo\nw:tzdata\nw:tzst\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u16\nw:u1903\nw:u32\nw:u64\nw:ubuntu\nw:ubuntu0\nw:ubuntu1_amd64\nw:ubuntu2\nw:ubuntu24\nw:ubuntu2404\nw:ubuntu3\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underscore\nw:understood\nw:undo\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unidecode\nw:unified\nw:unifont\nw:uninstalled\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:universe\nw:unix\nw:unknown\nw:unlabeled\nw:unless\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unnested\nw:unoptimized\nw:unordered\nw:unpack\nw:unpacking\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unschedulable\nw:unset\nw:unsigned\nw:unsupported\nw:unter\nw:until\nw:untrusted\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:unzstd\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgraded\nw:upload\nw:uploaded\nw:uploading\nw:upstream\nw:ureq\nw:uri\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:urls\nw:us\nw:usage\nw:usb\nw:use\nw:used\nw:user\nw:userguide\nw:userland\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:utxo\nw:uuid\nw:uv\nw:uv_manager\nw:uvicorn\nw:uvu\nw:uw\nw:v\nw:v0\nw:v1\nw:v10\nw:v18\nw:v2\nw:v20\nw:v25\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:v_\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variance\nw:variant\nw:variante\nw:variants\nw:variate\nw:varint\nw:varint_len\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:ve\nw:vec\nw:vector\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:verifying\nw:version\nw:versions\nw:via\nw:view\nw:viewmodel\nw:views\nw:violations\nw:viper\nw:virtual\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vpn\nw:vpn_mtu\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:w_\nw:wait\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warm\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:wasmi_core\nw:watch\nw:watchos\nw:wdio\nw:we\nw:web\nw:web3_universal_ledger\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:weisjohn\nw:welcome\nw:well\nw:went\nw:were\nw:werror\nw:west\nw:westus\nw:what\nw:wheel\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:whose\nw:why\nw:widgets\nw:wiki\nw:wildcard\nw:will\nw:win2012\nw:win22\nw:window\nw:windows\nw:windows2022\nw:windows_\nw:wine\nw:with\nw:withdraw\nw:within\nw:without\nw:wlctl\nw:woff2\nw:word\nw:words\nw:work\nw:workdir\nw:worker\nw:workflow\nw:workflow_dispatch\nw:workflows\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:worktree\nw:worktrees\nw:world\nw:would\nw:wrap\nw:wraparound\nw:wrapped\nw:wrapper\nw:write\nw:writely\nw:writer\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x602000000020\nw:x64\nw:x8\nw:x8000_0000\nw:x86\nw:x86_64\nw:x_\nw:xauth\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xexpect\nw:xf\nw:xfailed\nw:xfonts\nw:xjc\nw:xml\nw:xs\nw:xz\nw:y\nw:yaml\nw:yamllint\nw:yarl\nw:yarn\nw:yesterday\nw:yet\nw:yml\nw:yoke\nw:you\nw:your\nw:youtrack\nw:z\nw:zephyr\nw:zephyrproject\nw:zero\nw:zerox80\nw:zig\nw:zigler\nw:zip\nw:zipp\nw:zmk\nw:zmkfirmware\nw:zstd\nw:zurichsee_ha\nw:zzpmw",
    causeBias: -125,
    cause: '7f8DACkA3v/Z/+j/3v8wANf/vv/U/+n/AgCl/1kAyf/G/+f/5P8yANf/JQC//8f/1f/o/97/KQDd/6//RwAMAP//GQDP/7//sv+u/wgA3v/f/+j/3v/K/9//6f8LAOf/5v/o/zIAzv/J/8v/FwBYANX/y/8wADQAHwDo/7P/oP8iAJj/2P9BANf/4P/6/+P/IQDW/97/4//o/7j/5P/f/2//3v88AGkA+/+a/+D/0f/V/wYA9P8oAJ//DAD8/wkAt/8XANH/HwDB/0QA6f8uAMv/OADi/zEAFAAxAML/OgCz/7H/FQDQ/9L/4f8nAB8A5v/m/8H/3v/T/+P/6P/m/87/LADm/+D/5v/R/14AIACu/+T////A/87/uP8kACIAHAD//93/GQAXAF4A5v8yABgAJABjAC4A4/8vANj/zP/o/7//6v/c/+L/6//A/zcAMABWAK7/6//U/14AAQDC/zIAt/8jAMb/7f++/7b/VgAXANj/5P+p/7T/WgBWAOv/4//F/8j/MwDs/2IAp/8qAMf/pf/T/9T/rf9BALH/FgAjAN7/PAA+ABcA8//H/+z/FACT/yYA1P8eAOb/JQDY/x8AdwAeAN//RAAkAN7/9P/j/9//uf9aAKv/y/+s/0cA2v9q/9f/6/+6/xQAvf8DAL7/p/8oAKv/1v+j//T/HwAwALT/9/+r/8D/LgDa/9r/lv8cAB0A5f9UABUApf/Y/8z/5f9//9j/xv/C/73/FwBdABAAtv8RAKb/JAC7/xkAxv8sAN3/DgDn/+D/1//A/+r/zv/R/+f/zf/p/+v/4v8XAD8Arv+6/63/1v8nAL//tv+gAE0ApP+y/9z/3v+M/xYANgB5AND/xf/D/xYApv8CAA8A1P/E/6b/FQDk/z8A2/8nABwAHAAcABwA0f8oAOD/9v8oAJH/2P8wANb/DwC7/+D/GgB2/zcAPQDr/ygAxv/B/xIAHgDe/xUAQ/86ACAAGgAOAKf/OAACALP/0/+4/+D/5P80ANz/CgDS/9f/0f+W/63/+/8rACQAzP+4/0IAyv/Z/+L/5v/e/9j/wv/7/zkA1/+n/9v/GgDL/9P/4f8dAA8AFwCx/xUAyf+//+T/3/8FAOL/nf/L/1D/FAB//x0Arf8nALn/FABIAL3/i//S/93/EgDH/xcA0f8hAMv/VADE/9b/5P8ZAKcA2//Q/8j/EwCf/+f/UwBKAFEAv/8+ADYAy//C/+v/qP8tAJ3/8P8SADIA5P8jALb/5v8cAOP/5P/p/xkAr/+t/+P/2v8dAM3/xv+3/9j/i//B/9b/wf/M/1gABQDR/87/XQASABAAxf/y/+D/sf8WAP//MgCA/ykAKwDQ/+b/VQDN/x0AFADN/6v/1v8UAO//v/8aAB0ARQBKAMP/bAAqADgARQDg/93/lP/r/8X/x/9+ACIAIQAjALb/ZwBkAOb/5f8KALb/mf/O/yYA8/9ZAN3/tP8VALv/HwD//7P/xv8mAP7/sv/n/7n/IgCx/9P/1//C/9j/5v/b/9f/OwAHAMj/4v8gAN7/QgDl/87/JgCZ/wYALwBFAAAAIQDL/9D/FwDs/8T/wv++/xQAGwDc/6b/5//T/xQA/P8gAMX/PgD2/+D/JQAaALb/FQAUAMD/vv81ADUAtf/r/7r/TAAEAOr/2/8AAOT/DACx/xUA0P/S/+n/8v/o/yUA5v+6/+X/uv/i/yEAKAAcANz/SwDp/zIA6//d/9r/6/+R/zMAEAAsAOv/zP/B/xMAlf+4/+L/3v/o/yUA6f+4/xAALgDi/9D/yf8aAC0A0f+z/2MA+P84AL7/HQAqABYAvf/k/zYA1//F/7P/4v/N/7T/2v+5/8//6f/T/7T/w/+i/8z/IQAqABUA3v/c/53/6v8VAMb/1P+j/x8AHwDA/zMA6//I/7v/6P/X/9r/4f/N/+b/xv8kAEYA9f+y/+z/7P/d/+j/JQDS/6//2v/H/9j/q/8GANX/4v9FAN//JwC8/83/LAAWAOj/MwAbAAsA6f/p/7X/7//m/yIAVwCW/7L/TwAiAEkAMwBLADYALQD5/6//w/8lABQA3/81ALf/CwDB/zIAWQC6/9r/bP/f/6H/mv+s/77/2v/I/y8AkP/g/+D/1//B/8n/xf/e/9//xP/e/7n/5v/F/xwACgDh/9P/4//Q/xsAtv/d/87/2//o/zwAyv/L/yUAFgDp/7z/0/+z/9r/z/+v/6//1v+1/xcA5v8PACUAr//q/6X/of8uAMH/3v+l/6L/kv/s/+D/GgDh/yEA5P8kANT/5P/U/9r/xf8yAMT/7P/r/3H/DwC6//3/tf+h/+r/3f/W/yIAFgAWAMn/EQDV/5v/HQDi/+j/NgDj/+H/MQDd/xcA5f8VAMX/GwDT/9z/w//e/97/6/8gADUA0f/m/9z/FADg/wMAFQDg/zIACADr/8r/IwAeABcA2f/W/xUApP8SANL/NAASAKn/8f/Z/7T/JADq/97/2/+4/zIAzf82AOH/wv8RAK7/NQDc/5z/3//l/+v/7P8gAMD/yv+3/9D/yv8XAN7/w//e/xsAzv/n/+n/4f9SANz/IwDb/7X/GQAVADEAyf/v//j/FAACABwAwf/q/wwAuv+W/wsAIgCi/9X/HAAdACcA3f/m/9T/0/+v/8j/EwAyADEA8//l/7f/LADp/9r/vv8AAMj/6//2/7//IQAYAOn/EQA5ALj/8//z/+r/wf8vACwASADk/97/5P8hABQAFADr/ysA0f8iAAgAKAAoAND/w//o/xwAMADA/yMA2//e/8f/wf/z/zQA1f81AOr/3f8EADYAPwAUAN//EwCb/+X/EQDe/+j/4f/T/9//4v/n/+b/4P8uANX/JACw/9D/3/88AMf/6f8aAM//FADG/9P/FADc/8P/zP/W/1YAw/8kACcA2P/V/xQAFgA0ABQAzv/N/7H/HADn/9b/3P+h/73/4P8lAO7/KAAWADEAUwDb/xQAMAA9AFMANwAIADIAlf/k/+n/FQAMAEcA+P8IABkA6v8iAL//0//L/7//wP8VAL//7v8hAOD/rf8qAN3/nv+O/+n/wf8gAMr/6//b/xAAm//B/73/r//B/4z/0P/B/6b/4f/e/7X/pP/P/9L/BQDj/+f/KQD//xcAYP/c/w0ANQAWABYAqf8kAOD/NQCb/7T/4P/k/ywAKABx/zQAHQDT/3z/zf8kAOL/z/8jAMD/IwDN/xwA/P+z/93/6P8fABQAHAAkAMv/JQAtANr/tf/0/97/xv+s//v/IQDe/9j/1f8jACYAj//6/xcAy/8hAMX/z//P//3/3//l/73/mv/W/9r/JwDj/97/3//Y/zgA6P/e/9//5/+y/5T/1f+5/5n/0P/Z/8z/3v+8/xkAv//h/97/NwBCAJX/4v/L/9f/0//d/93/0f/E/6v/3P81ADUAm/9r/5b/d//o/6r/4v+x/9X/nP9CADYA2//m/6z/OgAkABwA2f8UAE8A3v8kACkAHADn/6z/DAAcAC0A+f8gAD8AFwApABsA4P86ANL/NgA3AOr/GwDK/xUAOQApADAAFAAxAEgAw/8mAND/6P8ZAND/FwAyANH/FADg/xcAzv8JAMX/wf/n/xwA2/87ALX/6/8ZACMAGQBSABsAOgDQ/y0AKgBHAF0A0P8PAP3/3v+r/xwA7P8bAOH/FADu/73/IgAYAGQAxf/C/zcAzP/K/8D/BwDY/9n/0f+1/y0Ao/+W/5n/y//l/+j/pP/j/5T/PwANANP/6v8WAMD/vP/W/0UAGQCh/8H/RAAiABcAdQDg/8f/3v/i/8b/JgBBAC0AsP8dAN3/6v/9/+v/NgAaABoA3f/S/+j/AgDn/87/3/+4/+T/fv/0/9n/4//k/+X/zv/e/xQA2P/h/yAA4//p/03/MgBOAM7/5P8sACsAt/+w/xYAtP/V/8H/rP/B/9H/wv++/7r/7P/o/7f/1/+l/8H/DADZ/3r/xP8UAL//FgDD/zEAGgB4/ygA0v8dAMT/OQAMAC4AHADs/xIAvv/n/wIAt//a/7v/0P8GAKT/3v8GABIAGwDO/xQAvP+o/6f/QADk/xkAuf/j/+D/0f8lANf/yv+p/xYA4f/O/9X/5f+B/+n/xP/l/93/4P/m/zkA4v8UABwAHADI/7b/GQDi/9f/4//P/9//wf8iAJ//1P8iAMv/5//k/8D/NQAAAKD/zP/g/w4ArP/g/9r/UADT/8r/PAD5/yIAKwBBAAIAyf8LAOv/PgCBADIAAAC7/8//oP/R/8z/wf8jACIAvv++//3/3v/p/yMA+f/e/ycAJgDJ/wEA6f/d/5j/KAAoADAACQAvALj/y//l//D/tf+v/6//z/8wACEA2v+y/+r//f8/AK7/m//I/7T/2P8ZAOr/3P/h/9f/xv83ABMA0f+y/8T/1v+6/7P/+v/Y/+3/GADY/wwAqP+i/7z/IgDR/8r/BgDG/0MA5P/f/6b/dv+1/yEA4f/W/97/FgAxAC0AAAC0/+L/6v/j/+j/5P8vAJH/5P/J/ykADADu/9//JADZ/+z/2P+t/7X/0P/k/5P/GQDf/9b/p//C/87/tv+c/7f/1//Q/5n/pv/G/8z/0P+w/5X/4v/O/8f/HQDK/7L/4f/s/+T/2v/q/8r/yv/h/+n/1/88AEEAMgAVABkAsv/F/+D/CQAdANT/3v8wACEA1f9RAD4A3f8YALL/OgDd/y0AHQA0AMQAJgAzACcAmv8XABwAIwDN/xUAGgCy/4//vP/j/6T/4f/P/8v/3P+9/67/xf8AAGEA0f+f/04AwP/9/zYAxP8hACQA1/8XACwAHACg/z0AHQBLAOD/4P/h/8v/2f8qAL3/4P/f/9T/6P8XAAsA0P/E/ysA1f/r/8X/0f81ANX/sv/m/w4AGgDh/93/x/9LAMf/OADM/77/wP8SAGcAHwA0ANz/3f/0/x0ACwDN/ykAAAC+/8r/4f+v/ygAHQDJ/03/NQDZ/xQAzP+s/7//2f/k/7L/lf8DAPD/OwDr/x0A8//r/yQAsf/X/xYAFgCU/8//2v/O/8H/wP+7/4b/rP+//+j/0//E/73/zf87ACMABQAeABwAxP8cALv/0f/e/9j/JgDQ/+f/uv/f/xgAFgDI/+T/tP8ZAMj/3v/Q//r/FgDH/7j/JwDq/yIA7P/s/+P/GwC0/7D/l//Q//3/Gv+m/9j/4P8lAKz/NQBQACwA6/8qALv/2//b/83/2v/N/9n/wP/L/8n/5/8UANz/p//W/xQA7//s/9T/1//f/+D/0P/C/8//6/87AMv/nv8UANv/2P+h/9H/0f8iABwAFADM/8r/wP8pAOD/JQA6APv/GAAaACsARgA2ACQAu/8kANj/CwDg//z/IgD9/zIAEQDV//X/JwDk/xoA3v/X/9f/zf+r/0QAFAA0AJP/0v/F/9n/2v/a/7r/wP+9/73/0f/r/83/5//T/+b/0v+q/+b/s/8XAM//HAARAOn/MQCR/9r/6P/U/zIAyf/e/93/zf/G/7z/3f8CALb/wP/n/57/wf+7/ycAFADZ/xUA/v/T/yoA0P+o/9X/2v/s/+f/y/8nAMT/1v/E/9H/GwCe/6L/3f/K/9H/tv/F/9//1f/9/z4A4v8dAAMAuv95/8r/wv+n/8H/3v+6//H/z//G/8n/5v8iANn/4v8ZALj/UgAeAN//9/94/8v/rf/I/6L/SQAMANn/tf81AMz/sP+w/9X/6//r/+z/yP8JACoAFAAxAOD/m//P/7n/3v/d/97/yv+m/97/z//h/yoA2v/e/9f/FACe/0MALwA2ACYAGgAkAOj/IgAfABUAuf8rAMv/u/+q/7b/x/8BAKD/VQDP/9H/5f/e//v/4P+3/7n/z/++/8b/1f+o/9r/xP/Y/9L/yv/B/+P/1//c/9f/1v+5/+X/4P/a/3//mf8XAMf/1P8RAAUAEQDa/8D/KQDj/+b/4f8oAIz/KgAsAMD/FADY/9j/zv8iAEMA4v+8/2P/MwDK/9L/JgAXABcAwf/3/+L/0P+T/xIA6f/a/8n/6v/o/wQA4/8hABwAUwD6/97/6//p/+P/4v/M/yIA6f8LAMv//P8zANz/s//m/9z/sP86ALH/2v+7/x8AKwDA/zgAGAAlAOf/FAA+AP7/t/85ADAATAD+/xQAIQAiAM3/6/8hAJT/nf/X/y8A0P/H/zkArP8xAN3/JQDS/yoAFwATAMf/FQC7/57/VP+2/6L/PAAYAM3/yP+3/zQASgAFAH7/4P/e/xQALgDr/5j/JgDp/xwATQDR/ywA5f+9/wMAJQD8/9z/KgAaAND/4v81AOj/6v81AOz/LABeAA4Al//M/7X/zP/j/+H/4v+l/yYAsv/q/9D/2v/M/+P/4f/m/xoAJACl/7//z//g/+r/AgDW/8X/oP8BANz/s//k/73/6f/L/+D/4P/k/8T/5/8SAKH/EAA1ANb/z//e/+L/4f96/6X/5P8fACwA0f8QADcATwDF/9r/sv/X//3/1P8gACQATQDf/wsAMQDb/zEAtf/G/8D/5v++/9j/0/8aAOv/3//U/9r/m/8YALr/z//k/3X/LQDm/+b/IADV/8v/2v/R/+X/2f/5//r/DADR/8z/2f/p/6L/1v8bAKT/RgAnAFz/7f+w/5f/AgAXAOT/BwAaAO3/3v/p/4H/KADD/1cA3f8aANX/NQBCADYA5P/W/+n/HADJ/xcAAADp//f/LADT/+P/6P/m/xEAuf/i/+j/4//p/x0AGADi/x0A1P/n/9//r//O/2kAPgDj/6T/z/8ZAJr/6v/T//X/JwAcACIA1f+b/y8Az//M/ywAjf9FACUAx//m/yIAzv/Q/9//x/+z/ywAuv/a/+b/0/88AB0AKgDg/7r/2//m/73/zP84ANb/4v/R/83/4f/l/7z/0f/9/wsA1P9CAFIAUgAYACAAGAAgANP/5//Z/7b/JADI/93/5f/f/xcAlf/i/8n/zf/X/+P/JQDk/8H/s//p/+v/vv8UAEwA3f/D/xwAxf/h/8D/6//n/x8AEgA0ABoAnv8aABgAJQDW/+T/zv8nAMP/FgAaACwAf/8UABQAIACy/8z/PgDJ/wcAMwAWABsAwv9LAMr/NgDg/0gAJQACANn/yv8nAN7/5/8cANT/MQAAAOT/vv/m/6b/o/84ACkANgDd/8v/7P/n/8D/4P/G/+j/5/+3/7r/IgDb//7/5v8dAOj/CADr/8T/2f/C/xAA0v/U/9n/5v94AOL/HwC5/9//FAA0ALP/6f/X/9//FADm/7b/FwAyAAgALQC7/zYAKADm/6n/JwCm/8z/6P/r/8r/wv/Z/+f/y//n/yIA3v/J/9r/3P/e/7r/wv/g/+r/6f8XACsA1v8MACcAGAD8//z/EABZABcAKgDI/+n/x//a/+L/4v+6/8b/2f/P/9L/JQDj/9z/NgDP/8H/4v+s/7//qv8hABEA2P/A/ysA3v8iACoA2v/e/6f/3//o/57/0P+EANH/hv/g/yAAGwCE/+X/3/8YANT/6P/N/+f/3/9HAIj/0v/V/+X/GAD3/9f/FAC5/+P/xP/Q/ywAFADn/xQAGwAhANL/3v85AIf/FwCCAE4AIQA3ANj/GgBCANv/+v+M/+j/6f8VAJ//yv8UABQAEQAUALf/rf/g/37/sf/c/6L/RgAqAOL/yP/h/+f/3P/d/8f/6v/J/83/2v+m/9X/wP9DANH/5f/S/4v/qf/J/+L/n//m/5//xP+T/7f/6P/9/xQAFAAeAIf/0/8tANf////y/xIA3f+j/67/3f/E/xkAJADY/9v/RwBkABQAz/+T/0UA4v8UAFcA4P8eAM//+P8eAAMAKgDF/08AMgABALv/rv/r/+X/+v9YAPb/6f8mAOv/8//r/9D/BAApAAsArf/o/4v/DQDp/wUA2P8LAEQAIQAK/7j/yv8wAEsA6P8UAL7/0/8ZADgA5v8yAFMALQAVACQAYwAuAOP/1f/A/ykALwDo/+P/0f8XAB0A5P+F/9v/tP8WAMz/5P/r/97/wP8cAOL/4f++/+n/r/+s/+//uP+z/6n/HwA7AOL/yP8VALL/GQDq/9n/6v82ANv/0P89AOD/r//h/+P/3P8mAKn/1/8PABsA6/8gAEAAif8WANz/z//R/+L/3P/o/67/3P8XADgAkf9KABwALADi/7j/TAAVABUA3/+8/+n/5P/k/+r/6v8VABkAu//s/xUAwf/R/8X/vf8XADL/w/+3/2r/JQD4//n/GADq/5b/KgA0AC4ARAAuADwA4P/0/7z/uv/e/9b/HQAcAM7/4f8fAOD/0P8w/9r/3/9KAFsA3P+Q/0IApv8zAE8A4v8SABYAsf8+ANn/9v87AL7/wf/U/yMAv//h/zUA0/8ZADgAUwAtAL//3P8mAEgAPAAkALn/XgDe/7L/AgDm/6r/z/+V/9H/pv/i/xMAsv+Y/97/gv/3/zEA3v+Q/8T/EQC0/xgANwA0AKj/NgA7AMn/ZwBBAOX/6/8uAPL/NwA5AAgAFgAqAMn/9v+t/8b/0v/h/5T/OQDl//P/JAAkAOf/rv/p/+3/KAA/AFEA6P/f/0IAVAC//zUAlv9HABoAJgDg/47/IwAmABQA4P8dANr/IwAwACoAVgBSABwAPgAnANn/FACM/1AAFAAVAJz/wP/8/0MAnv85ADIA6f/P/9z/uv8wAEIA2f9GANf/AgCq/xAA2P/O/x8A1v/U/xYA1v/e/yUAyP8EACYANwDX/+T/wf8xAMD/wP+6/7f/6/+x/yEAFwAnAMz/xf/p/+r/wP/A/0IA6v/z/9z/JwDz/ywA2f/I/xYAFQAoACgA6P8JALT/PgADANH/EAAfAML/GQBJAMP/rv8bAD4AIwAxADEATwAmABQA8v8qACcALAAcAMD/6//A/9n/yv/m/+n/FwDp/xkA6P/D/8P/0P8TABMA5v/v/6b/IQAzAD0Azv/k/+T/uf/T/+D/vP8XABQA1//c/8b/2v/f/9j/GADw/wEA6P/e/+L/WwDa/0IAjAAyAJn/LQDv/xgAZgCh/3QAUQA8AJT/u/+P/0EALgARAML/4f8sADAAJAAzAE4AHwC5/zYAIACh/+P/5v9HABsA1f8rADUA1f/Q/7v/wv+h/xQAFABAAMT/zv/C/xwAGwAQAPP/NQCI/9r/y/8UALL/q//d/ycA6f/G/7j/s/+0/4//+v+a/9b/GwDQ/73/OQARALX/oP80AOL/HQAWAOD/w/8WAOX/FwDY/0cA5P8vALT/nv/F/xwAwv8hAOb/SAAwANz/KADg/xQAx/+u/zMA/f+f/9z/+f+AAD0ApP9VAC0A/f8+ABwAJQAUANz/9P/S/x0AFAAlALb/NQAmACwAKQBEAEwAUADp/87/3/8cAM//pv/0/6b/FABDADwAJwC8/+T/NwAsAGAAyP/J/7v/xP/H/ysAJQBNACkA6f+//9T/QQBCACUAMgDo/+r/AAAJAOP/5f/R/8T/5/8pAML/EgC6/1v/u//k/w0Aqf/k/8f/x/8sAKP/xv+7/9X/4P/V/73/tv9l/9P/yf/j/zMAuf/j/xgA3P/Q/8X/KgDd/9//uf/k/yMAIQAkAMn/NQDS/4j/6v/r/wAAJwApADYAr//U/67/MgDg/9//SwDz/wkADwAcABcA1P/O/2cAFADF/w0Av/9JAOv/tP/f/6n/zv9JAOH/5f8SADcAyv/i/93/NQCp/93/yv+S/xIAGwDl/xQAp//q/6X/xv+0/7b/BABTABQAxf9HAC8AuP9JADcAgQBTANT/GAAfABkAKQC6/7j/5/9//2X/2v+x/7v/6f9CAMn/1/+//6j/h/+z/xQAyv8wAEQARAAfAOX/6v/q/8//4v8yAE8Az//Q/+b/yf8kAC4AFgApACcAvP+8/9j/u/8hAAAACgBDAPn/GQDK/00A2//U/7f/JADl/7T/1v/l/+T/6//p/9n/DwAzAPH/IADh/3kA2P/P/+b/zf8nAE8ALgDz/7v/BQDn/xUA+//a/9H/LQAYAMj/4f93/8j/GwDb/87/HwDn/ygAyv/M/ygA3//P/yYAJQDK/9z//v8VAB0A6P/J/8f/4f+g/yoAOwAbAMr/0P8lANf/x//n/9r/EgC9/y0A4P8HABcA3P/t/+f/0P+7/ysA5/+y/z8Az/8XAOj/GwCo/1AAFwDb/xQAt//Y/3z/dwCo/3z/IAAXANr/sv/x/x8AKgDi/8z/8/85ADsAGAAVACIA4f/5/8b/JQBPALT/JQDd/7L/SgAbACQApv+p/+D/JADE/8r/JAD9/93/s/8lAOD/wP8kAND/p/+h/xYAyf84ALn/IwCp/9H/o//F/9H/NQDl/6L/1//Q/yoA5//E/xcA0/+b/43/FwDj/7L/JwDC/87/KgDp/yMAr//Q/4r/FADo/8//v/8UAKz/2v+a/xwAxf/r/x4AKQAlANH/5v/R/9L/PgDX/8j/l//H/9//yf/h/7j/6f/p/+L/vP8pALj/2P/h/+r/1P9iAOf/6P/l/8//zP++/9T/GAAbAOf/6//i/9v/0f/q/7X/xv8UAD4Ay//+/x4ATwDa/8v/FABhAPD/SACy/z4AIwDg/9T/IAC8/7b/VP8ZAPD/3P/z//r/4P8TAOr/pv+X/zMA2v+9/xYAvP/N/8j/xv/d/08A8//o/zcACQC0/8//JgAZAM//xf8dAJ3/zP8qAM3/3P/s/xoAuv94/+//7/8JAMH/3/+Y/4QAs/+8/8T/EQDo/ykATACz/+P/FQAAACEAxf/l/8b/gv/L/6b/3P/m/yYAHACP/77/xP/m/yQAsP/G/+T/1P/k/xAA3//C//3/zv+W/yAAy/+w/w0Ag//C/xgA1f/n/9n/rf/P/8f/uP+y/y8A4/+w/+L/xf/5/4r/OAB8/wAA0v/e/ysA0v+Y/83/1v/M/7v/FQDO/1b/5v/N/5j/0P/m/ur/0v/L/xAAe//d//r/7/+y/wIA4v+v/z0A5/97/9j/m//k/9//zP8LAC4AIgAUAOD/zf/m/+L/0P/K/6b/u/8kAOX/uv8SAGr/HAAMABUANAAqAEL/tf9Q/8n/uv8VAOb/QgAUABQA3v9LAHn/HADi/5r/AADY/zL/3v+7/0X/8P8lAAkAyv8fAB8A2P8XAB8AFgCx//b/3f8WANv/7P8eAMX/4f/t/ycA2P/n/9D/5//c/+v/IgCf/+f/2P+q/7T/7P/S/7L/6f/o/7X/zv/D/8j/0v/f/8D/FgDd/83/KACz/+r/wP8cAOn/vP/j/xcAKgBaAM3/wf/F/+7/vf+z/zMACwC4/+L/4f+Y/0kA4P/m/woAFgDj/ysAGQAfAPH/zv+J/xkA3//W/+L/PwDq/0EA5f/i/+b/x/8TAOD/IQDL/1wAJAD4/+L/OADf/0EAAgAaACEApf/t/+v/FwCp/9b/KQDr/8T/GQAHAD8AEQAgAOP/FADX/z0A8f/q/5D/4f/p/8X/RQC9/9L/2P/P/xQAx//T/ywAJQAlADgA0P8ZALn/2v/P/9D/yP/H/77/xv/O/+T/LADh/9z/4//Z/x0AwP8lACEAUwDK/+b/7v/H/8X/GAC0/7v/GwAhADUA6P/d/9v/5/++/+b/6v/e/+j/6//o/+X/wP/l/9j/OADp/xQAlP/R//r/4//Q//f/6f/4/+//1v/V/+j/eAAXABUAwf+7/8H/GAAUAMb/MgBj/xkAwP+m/+r/wP/U/9v/yP/j/+v/6v8/AMP/GwBOAKf/4P8VAAMAHADR/9//9P/f/+n/pv/R/+v/HQASAOf/1v/a/zkAnv/S/xQA0/+5/7X/CgALANT/1/8XANT//f/f/yYA/P/F/wcAHwAWAMb/wP8UALj/0f/m/xgAyf89ALv/5/8iACYAvP+1/+X/FADs/7H/BAAXAOL/4f/E/+j/5//V//7/PgDz/6T/0/8cANb/z//R/97/2/8wAL//8f8aAOn/yf8lACoAu/+L/ygAKADB/6H/HADi/9H/LgDL/8//1/9AAMz/1/8tALT/u/8iAND/uP8UAOn/kP8UAEIAOQDI/xQAt/8pADYAQAAmABQADgC//+L/zv/L/+r/4f+6/8r/3f/H/6n/qf8IANT/FQDp/+v/zv/m/8v/kP+3//r/xv/g/+H/k/8rAN3/4//j/93/3P/Y/+P/r//C/9D/4v+6/8z/Yv+6/7D/FQDa/+D/3v/Z/6n/3v/l/97/BgBKAC8AEADc/97/KgDa/yIAzP/f/1kAz/8sADIAz/8UAJr/mP/e/9f/u//O/9f/1P8XAC0ATwDb/8//0v/X/9j/FAAjABsALwAdAP3/1/+2/9n/KwD4/7//7P8bAEoAgP/L/7v/t//P/ysAsP/O/6f/NgDV/ywANwBRAOr/UQCY/83/sv8cAEQA1/8bAL3/5/8VAJ//LQDV//7/GgA7AI7/HgAqADgAnP8UADAA1P+f/xkA3P8KAOL/LADr/8b/BAC3/xwA1f8DABoAtP/X/9z/sP/H/9r/3//s/9//FADc/0IAGwAxACMAGwDN/yEAx/84ADkA3/8aABwA3v/m/xwAEQDS/6//sf+D/6z/m//C/6f/5//N/8D/OQDc/+b/5P/y/+r/1/+v/9P/2P/o/57/wf/m/6b/qf/D/4r/6f8nAMX/sf8eAMz/4v8kACoANwCx/+r/GQDQ/6f/0v83AMj/1/8oAND/1v82ACsAsf+l/ygA3v8vAJr/qf/T/9T/yf/j/63/xf/Z/9v/p/81AD8ALwDU/8r/4P+0/9D/zf8vAJX/5P+l/9v/0P/J/97/3//a/87/zP/Y/+T/1/8hADIACAAmADIAMQAXAOT/KAAoABwAFADH/9j/1f89AOf/7P/k/73/7P/W/+3/4f/j/77/vv84AOr/oP/m/8f/3/8BALj/w/+t/9D/FwAXABcAxP/c/zgAvv/h/9n/CAAcAMX/6v83ABUA1P8oALr/5v8UABYACADM/+b/JQD1/wwAwv/M/+r/FADk/+X/5P/k/6T/zf/p/xcAkv+m/5f/xf8LABMAoP+u/xUAFAA6ALv/t//D/+n/FwArACcAHwBBAML/sP8QAAoAFAAbAOr/MAAuAN//vP8cAJj/4P8iAAQAFwCY////VADf/x0AFADm//3/NADS/+P/xP8fACAAIwDW/yAAHADQ/zgAsf8ZAOz/FwCU//7/MADm/yEAFQAdAL//HADn/7//MADL/8v/FQD2/9z/FAA6AMf/6P83APv/1P+n/8X/2//q/8//v//h/87/GQDF/yEAt/8UADAAHQAjAOL/3f+s/xwA3v/H/7H/2v/Y/97/1P/K/1kA5f/r/+H/7P/Q/9r/2v/c/xoANgCt/9P/9f+q/xsALAAUAPz/uP8lAOX/0/+9/+r/5f8bAMD/6f/+/8n/s//s/73/jv/N/yYAyP/P/33/IADQ/7v/mf+V/7D/JgDc//T/yP8ZAMf/4v/s/zgAKwAtADkA2v/N/wAAGQAZABQAFAC//0YAzf8PAP//TwAUABcATQDU/xQAIQAYABgAPADn/93/rP+X//b/4f+4/y8AzP/w/x8A4v/o/9D/KQDp/+r/HQDF/yoA2//B/+r/GAApAOz/5P/a/8f/6P8YACoAKgCY/8D/6P8xAP3/5//Q/7b/NAAuABkAxf81AOb/XQDP/xYAYwAhACUAKwA9ABwA3//B/xsAsP/X/zkAHADR/9b/wv8ZAMb/xf8SAMP/tv/9/+j/s/+a/xQAMwDU/+P/KwDt/8r/NAARAE8AEAD1/4j/1f8nABcA4v/r/+P/JwA4AKr/4v8cACsAzP/G/n8AKgCp/0EA8/98/9v/5f8aAMT/FgA6ANj/0P+7/xoA3/8aAOr/y//S/x4Apf8aABcA3v/Y/97/zP/f/x0A1v/d/03/HQCn/73/1P/E/7z/3f/h/zQAIACp/8T/EgC//5//vv8hANb/mP85AB8AHwA3ADcA9P+h/+v/tP+3/ywANgAaANv/GgDl/xoAMQAqALr/MwDc/9H/6v/f/8L/4P/n/9L/3f8NAML/xv8nABsAWP8xAMj/8//q/9j/4v+s//v/MgAlAOr/FAA1ALn/5/9PAE8AKgD7/9f/LAAcAPz/uf/D/8P/4/8bALn/sP/F/9z/0f/Q/0cAJADx/xQAIAAmAAQAKwAUAFIAFQAUAB0AFQAuAFP/UAAUAKz/6P/R/9n/HwDf/yUANQAmAEMAyf8PAA8AIAAhAF0ANAACABsAov8UABQAGQAFAOX/5f/h/xQA3//e/+L/3P+h/8//NwA1AKT/KACE/0gA6//Y/6D/0/84AOz/9P/f/+L/nP+y/8L/AgDS/6D/4P/i/8f/TgDd/8//ZgCT/8z/KQDI//H/1v+S/8r/xf8UAP7/u/8uAAAAvP/O/8f/1P/D/yQAz/+a/yEAv/8TAC8Awf8sAMv/lv/r/9r/rf+z/x0Asv/N/7z/r//C/xoA4/8cAK7/3v/l/1IAr/80ANP/uP80AI7/QQAXAD4AVQAAADAAKwAaABoAFADJ/yoAHQAXABQAIgDh/0EAGAD//zIAFwDY////cP/D/zYAHgA/AA8Amf/N/9//7v9QAND/2P/M/wUAGwC//zkA1f+6/8r/o/+7/9j/FAAVAOv/OADW/xwALQDq/9T/v/8mAL//vP+s//j/z//V/+L/1f89/9v/Tf/f/ywAHAC1//f/GwASAOr/z/9SADMAAgAjAOr/xf/e/zIA6f8WADcA6f/L/9//6/+1/7j/BQCy/+D/xv8xAC0A4v/O/9n/1v/E/9v/6/+7/yYA0//S/10AHgDR/6z/uv8jAN3/0f8gAKz/SAAcAN3/DgDL/+D/5//g/8L/1//A/+r/zv/R/+f/zf/p/+v/4v+y/zMAUQDE/+D/v//Q/xQAtf/L/+L/2P/g/8v/3//M//P/QQBGALj/5v8aABQAGgDM/77/5/8rAJ3/2P+B/7//5/8zANv/mf8aAMn/agDP/97/5f/g/ysA3v9oANX/o//e/8//AACK/zoAJAA/ANv/FQDU/9T/2f/Q/+X/3f9FAJv/FAA/ACQAKQDm/8r/vf/m/8//4v/Q/7n/y/8pAMv/1f/X/xYAsP83AN7/3//Z/9D/CQAlAC8A6P///yQA0/8bALH/RgAVAJX/FAAAAMf/3v9FACYAIwAeALn/0f/b/ycAi/8JANr/0f/p/+L/2P8nABQALADp////HwDX/9D/OQAaADsAIADH/8z/+P8xABsA0/8sAFQA6f8nABQA1v8CAK3/wP+4/8T/zv/n/0cAGACi/wEALwAdABkA1v/O/+b/xwDf/97/3v8gABQAHwAkAN3/FwAkAMv/JwDR/z3/JwDr/8X/LQC8/ygAFADT/53/pP+4/3L/7/+i/xoAIgAYALH/3//r/ygAGgDj/9D/LQDH/5X/EgA1AC8AFgDX/+T/5P/H/zAAOADP/zcAXABOABUA9P8eACUANAAnAAsAIQBlACYAGwBUACYASAA9AGAAIgDp/yQAFAAUADQACwAoAFcAMwADAN//sf8SAND/FADJ/6b/6P/V/zMAjP8QAM3/NgCP/yEAGwC0/73/AgBgAMn/5v8qABwAFAA0ANj/p//W/0MAIQDa/xQA3v82AMD/4f8eACgAKwAVABgAsf+m/+n/0//H/+v/yP+8/9L/2v/c/97/4P/q/+n/6v8SAM//3//q/8j/1f/Z/9//5P8nAM3/zP/5/5P/TQAYAOH/NgDz/8//vP/q/83/PADX/9T/5/8YAOf/4v89AAAAFQDB/9//FQAmADoA4P/O/9//3//r/xkA6/+m//j/GADR/y0ANQAvAB8AKgAaABYAJAAYAOr/x//Q/ycAtf81AOv/3v/j/6//3P/d/9z/4//E//T/x/+o/x8Azf+0/y4AFgAiADIAKgCv/3v/FAD//xoAnv8WAGMA3v8aALv/BQAUABQAtP/h/+j/5v/W/9D/RwAuACwA2/8SAOb/9P+s/+f/sv+c/6X/HP+U/3//vv/r/xQANwAXACQAGQDF/7T/6/+5/8z/wP/J/6D/UQAvANj/OwDi/5H/uv8AAMb/0/9GAOL/6f+Y/+v/dQCC/2z/zv/Z/x0Az/+1/xYAzf/d/7z/KwAWAM//5f+t/+D/2//r/9D/t/8cACAAJQDe/xUAOwDj/9v/zv/i/zIAMgDp/xYAMQAtAEsAtv+g/+D/nP9SADAA5f86AOX/uf9LANT/6/8wAOL/HAAcABwAHAAaANH/0//S/7//0f/H/83/AAAZAB0AJAAUAPn/sP+1/8//FgAcAC8AJgD6/3f/JQA1ACgAvf9x/+b/iv/F/8r/6P/m/2AANgAoACcA4P8UAMH/GQCs/9H/1P9IAOH/xv/R/8//1P/f/8//6f/n/8P/1P/q/+L/hf/Z/4L/3f/X/0wAGAB6/xEAEACx/yYArv9HAPT/3P8aAMf/JwCl/6j/GQCQ/xsAGAAtAMD/HQAUAMf/KwDj/0YAOQA+ABoA1/8KAA8Ar/8zAOb/qv/Q/7//sv/f/+f/xP+//9//0P/P/8X/zv+Z/7n/EAC9/yQAmv8aAOn/uv/b/+f/vP+R/9H/OP84ACAA2P/A/8n/4P/R/9//CQDd/9D/vP8oAOb/2v8iAN3/OAAfANv/6v/M/+D/0//a/+D/xP/e/zkA3P+g/9f/QAAnABUAHAAOAF0A+/8UANH/GgCe/0AAEQA9AB0A4v/X/9L/GAArACwARAATAFIAJwC7/93/NwAaAN7/sf8qANX/JABjAEEALgAlAOr/o/+8/wYAFAAiAOD/zf+4/83/6//b/xUAOwDF/9D/pf/i/9v/PAC3/7z/3f8KAOb/yP8XAOr/1v8xALL/1P/K/6j/3//B/83/yv+q//D/5P/J/ywAzf///8r/2/+l/xgAv//q/yAA2v9p/xoAq/8XAOL/tf/f/6//uP8tAMb/Wf9e/+f/5/8tANj/yP/C/7P/rP/a//b/FADo/93/6f/V/9j/6v85AP//eP/Q/8T/xf/n/yUAs/8dAB4A3/+q/+j/yP/l/5T/tv+3/5z/KQD5/yAAFAC6/8r/IQDD/9D/cf9m/2AAxP/4/9L/tv8VANX/xv/N//L/6v+Q//z/DQDD/97/vP8DANb/tf/N/9f/2v/I/8b/QADV/7H/4f/r/3//QgAYAPD/0f/g/7b/6P+u/+b/1f+B/zoA6f/p/7L/ov/a/ysAKADs/yEAMwDk/8n/8f8sABoAGgAaABQA9v/a/9H/KwAhAL3/1v8sAK7/RgAkACkA4f/0/97/KQApABQA2P+l/yUA/P8UAB8A6f80AN7/2P8WABUAGgDa/+7/DwANABMAxv9LAKH/IwAiADUAxP8yADQALQD9/wYAy////ycAIQDr/xkA5P/V/zYA6f83AFYA+f8UADsAHwCz/4v/3P+z/xoA3P/W/9T/KwAdAOn/OQAvALf/2/+o/zQAOQDU/93/mP/B/93/4v83ALX/4v82AC8AFwA4AEcAMgAWAO3/wP80AN//CADl/+r/xf8TAP3/2f8YAOr/t//l/0IAIgDm/97/2P/F/yQAyP8XAEYAyf/P/8H/3P/Z/ysA5f8tAGv/6f8oACgA4v/X/+n/uv+v/9H/v//C/+j/vf8HAOX/4f8QANX/5P/r/6X/GQAUALr/FAAdAOD/MwDN/9T/LQAjABUAMgDU//3/GQD8/xUAGwAlAOb/JQDZ/8b/HAAUANf/5P/i/yIAGgAUABsAEgAbAMf/w/8UAO//0v8cANT/8P/n/xcA2v+s/+X/AQAWABoAFAAtANz/GADH/6//JQDh/9D/0v/Y/5b/j//Z/+n/6f+9/7f/0f8WAD0Az//G/wQALAA1ANT/rf8cANf/t/+h/xQAb//J/y4ABADf/xsA2P+s/xwAx/82AM//3v/a/9H/GgAZANj/3f/Q/9f/qv+o/+b/tf/a/8//z/86ANj/6f+k/9T/FgA2AAoAIAC7/9D/tf/9/8H/BgAoAPj/0/8AAMX/4v8EABYA///S/xQAzv+y/ycA0v+g/wIA6//e/9r/6f/Q/+z/3P89AN//FwAUANf/CwAjAFsA6P8pABMA2P8BALj/EAAZACEA3f8NABUAFQBmAMr/AAD3/xkAHwDR/xoALQBDAEEAXABaAC8AOABe/yEAz/8XACgAKAAuANv/xv/c/0oAFADg/5H/GwC7/zAAFAAmANX/S/8UABkA2f/I/+D/FgAfANX/KgDj/9b/2P8sADoAzP/G/6f/GwDO/zoA4v8BAOT/GwAxAC4APQBHAOL/KAD0/wYAKACy/z0Av//P/8P/s//E/8P/7P8sAEgA2f/B/9H/4f/U/wsAwP8hAOP/p/8XAKf/2P/R/7//vv+n/97/y/+w/9//2P80ANf/5P+u/+v/sv/X/9b/1v+g/9z/5P8oADgAOwDV/+j/HADa/zIAMgAuAKX/HwArAOT/5P+A/+r/TwC0/+b/4f+e/8v/uv/j/6X/tv/Q/1AA4v+y/7b/KAD9/wAAGQC6/9n/GgDD/+T/3v+i/7D/0v+M/zb/OwCh/2T/1f/L/6r/xv/e/+L/0f/m/8D/7P/n/3r/LgDU/9r/4f84ABoA1f/k/9z/1f/W/xQAyP/S/7P/z/8QANn/6/87APz/0//M/+T/NAA0ADcA4/8CACIA0v8UAOP/0P8jAOX/CQAUABQAGQCz/x8A6v/R/9r/1/+8/xQAOgAYABgAJADp/yMAGgDq/ycA6f/T/8n/PgAqAOH/KwDZ/+X/MgDZ/+r/3f+O/9H/sv8TAMv/2v/a/xwAzv+1/zUAyP/K/xYAVAAmAOH/wP8iAM7/wv96/x0AXv/U/9T/0f/Q/+D/oP/O/6X/KQDT/4b/0/8CAMT/FwC4/xwAHQDd//v/GQCu/yoA8f/h/ycA1P/f/6X/HwATAB0Azf/N/8v/MwALABkA1P+5/xkA1f+9/x0AuP8dANH/sP9NANz/BgC4/97/yf/R/x0A4//V/xwAKgAuALr/0v/Y/yMA6P/r/4X/1/8bANz/KADA/xYAu/+q/yUAEAAVAKz/FAAoABkAyP/c/xQAvf8VANr/0f/H/ycArf8cADQAHAAbACMAu//P/+D/FwAcAOv/z//i/xcAqv8rAAoAFQDH/8//3f/Q/7v/wP+//wMALQC0/ywAHQDE/7r/if+5/7D/r//H/yoA6//c/+v/JgDW/+L/CQAVACkA2P/N/8//zf8jAOf/jP/a/+H/zf/j/8T/0f/E/8z/4v/e/9r/5/+//7//1f/T/+b/5/8GAFAA3P8HAOb/1f/G/7L/vP/y/8r/pP+t/+r/vP/H/9P/Sf/T//L/kv/W/+j/r/+d/+v/GACd/+r/CgAeAMP/1/8OANz/GwDE/87/QQA+ACwAOQD6//b/6f+//6L/o//M/wAAUQDD/zUA1v/z/xcAOQD5/4H/QgCE/zUAzv8YAPb/0P+h/5X/EwDz/x4A1f+EAFL/AgA6AOH/LADw/7L/tv/M/xQALwDG/7H/av/W/w8ACgA1AOf/7P86AEsAHwDx/+L/JADY/x0A5P+7/6b/pP/q/wUA+v+s/0YA6//V/4//3P89ADIAs/8lAFoAvv/N/83/KADD/9X/2P+6/6z/q/+D/5f/uP8aAOn/t/+1/zQAIgDP/9n/3P8lADkAuv8UADQA4v/N/9P/4v+4/zIAGgACABMAJwDp/yIA0P8cAJT/CQAYACcA2f8+AD4A5P+T/+v/wv/a/1wAAADX/73/4v87ACYA2f9UACEAwf8rAE4A1//W/+n/KQDV/5j/y//W/yUAyv/P/xoAFADj/8P/pv9IAOH/1v8aABQAFgBlACcAEADQ/xcATQAzAMn/FADx/9v/v/8fAOj/u//c/+b/4P/J/8v/NwDp/8H/4v8tAMj/JwArADoAGQAJAIP/7P/Z/x4AAQCw/z8AvP/U/yUAQwAVANv/6//h/zQAFwDS/9//x//p/93/yv/g/8D/t//r/8b/1f/q/+n/5/+z/yYANgAlACYAyf+9/yIALQAWAMf/zf++/6X/GwAYALD/kv/k/83/zP8oABUAQQAqAOb/t//F/+T/3//U/7r/4v/e/83/nP/W/8H/xf/E/+f/qf++/7L/0//C/x0AWgDK/+P/uv/h/7b/2f/Z/9r/lP+m/9D/5v+6/8D/0P8jAL//FADn/9H/3f8cAJ//JQDP/xwAKwAkAML/+P/V//7/KwCL/yUAfv/i/zIAHAAyANn/xP/f/yIANwAiACUA4v+i/77/HQAdABgAof8kANH/MwAYAAsAWQAUAD0A1v/P/ycAFQALABQAxv8yABQANwCs//L/FAC5/9r/4v/M/zwAHAAaABoArP8bAMT/GwDi/+P/xv/P/7L/vv8DAH3/qP/D/6r/5P/J/8f/MgDW/77/tP/n/8f/x//E/wMA5P+9/83/3f/p/zcA3f+O/6D/0f8cACkAIgAZABwApv8VAOf/6v/q/+H/wv/4/83/0/9SALT/5f/l/8n/1v8UADcA6/8WADwAxf/X/93/rP8dADwAHgAyAJr/6//V/wsAyv83ANH/GAAVANb/2v/g/xUAAwDq/4wA0v/o/4z/u//r/xwA/f84APj/0f/Y/10Az/+9/7H/OgC4/6P/pf/i/+r/wv/i/8L/2v/C/zMAvP+f/3b/OgApAOL/4v8cAOD/GgDe/7X/uP+V//H/4P+Z/7L/5P/H/0MAyv/Z/+r/2/8lALj/0v/C/9v/uP/p//7/pf/x/8P/w/+w/7b/v/9m/5f/0f9DAK//wP+S/wgAvf+9/8j/t//c/xoA1v8BACoAIAAbAMP/yv/g/x4Azf+6/8L/yv+Q/xYAgP+0/1QAwf8WAOn/0f+W/wEArf+4/7L/OwAzANL/ef+1/yEAnP9a/9r/FADi/+b/zv87AO7+GQDW/yIAFAAdAHX/DgBIAOf/tv8iAN3/if8hALf/FACh/7//2/8/ANP/DAAUAOH/GADP/7X/FAC///7/NQC5/+n/x//T/+r/2P8tAMb/zv/i/9f/v/+u/9r/3P/A/8f/s//V/6n/4//X/8b/x//T////PgB0/5v/OAC6/6j/y//p/+n/JwC1/ygALQCn/w8AzP/X/wgAUgAMANT/of/o/+f/vf/W/0cA9P/I//z/kf8UADoA6P8oAAIA1/8YANL/x//Y/9D/FgAwAAQALwBw/6X/LQDV/9//e//d/9X/EAAYAC0AGAAVABcAMQAeAC0A3f/p/+n/rf/n/9H/3f+//xoAFADi/+L/LADk/xQAKQDQ/7r/wf/q/y0AFgAaALz/1//U/xQAKAASANP/0//Q/9f/0P+t/+H/1f/U/7//FgDY//T/HwAeAB8AHADa/zD/JQAjAOL/0/+m/xkA6//R/9j/zf/E/87/6P+W/7v/3v/m/8r/6f+q/83/DgDK/9r/wv/W/8z/4v/F/97/7P8oALL/FwDu/93/FwDd/97/lP8pACkAnv/m/xsAkv+4/8f/0/8hAL7/IAAKANv/PwC4/7L/EwDh/5n/CgDp/8z/v//h/9X/PwDH/+b/rf8HAPL/LgA9AMP/3//j/9b/w/+b/0cAuf8cABcA2f/h/6v/5v/e/8n/1f9u/xkA4f/R/xkApP8VAJD/JADg/9H/5/8uANn/0P8UAKL/tP/m/8z/PgAUABIAFwDG/xcA2f/c/8z/TwATAFAAVADl/yUAuv+p/4H/zP/Y/+D/2f/O/+L/LwDH/+L/v//U/4v/tv/f/+n/1v+R/9H/6f8eAKj/s/+5/zwA3//e/7r/x//V/9L/m/+x/9L/wv+0/+T/uf/r/+r/JwA0ABgA2f9NAO7/EwDV/1UA1P/r/9T/2v/l/xIA1f84ANb/PQDQ/8z/vP/Q/x0AFAB7/+L/GQAdALz/4P+2/9n/nP+r/9j/rv+1/7H/GgDh/8f/pf+8/8b/1/88ADIANAAqAAQALgDt/0kAzv83ABwALADI/4X/5v/b/xcAIQDb/zcAGgAhAAAAOgAaAE8AJgBVAOT/wP/e/xoAMAAZANb/3P/I/xAAqv+u/9n/lv81ALf/zv/a////1P+m/7H/5//7/8//KACz/ygAwv+8//H/KwCq/+f/LgAGAMP/3//d/xQA2/8JANb/HACu/0wAkP80AN//GwDi/xUAzP/a/0UA2f9JAP3/XwDB/+3/XAAcAOr/3//M/+n/IwCX/xQA4f+m/7b/PgAjAOb/FAC4/8//GgAXAMD/3//f/xwAIAA5AFUAJAAEAC4Ay/8VADoAJQBLALX/3P8UAKP/NgAqAAkAJACu/wAAJADQ//j/LAD//08AXgAZACoADgDO/8j/MwAGAN7/FQC1/8b/3f/a/yYAGQD9/xMAHgDi/1EA9f/S//7/LgDa/1z/FAAxABQA0f+p/wAAxP/W/xwAUwAYAJr/OgDT/xUA4f/f/+j/KQAVADcAHwAUAKL/JAA4ANb/5P/I/+v/0/+y/9b/FAAbAAMAGgAxADEAHADr/zkAHQCm/x0Az//O/7X/0P83AIv/+P/a/9z/5/+R/3z/yf/W/8n/3f/c/8z/vf/y/1oA4P+4/+D/tf8ZAND/3f8cACgAEwCw/3z/4f/F/xgAz/80ANX/PADL/0wAvf+y/xQAwv/Z/8D/iP+0/7f/w/8UAN//HQDc/+r/wv/S/9L/5v/S/9X/FQDX/wMAsv/R/8v/DgDj/8f/tv/R/8//6P+f/77/5P///+r/0P/Q/8T/OgAlAMv/OAAUANH/3P/X/8//4P8xAMT/1v/p/9f/1P/X/7//3//l/7b/EQDH/7r/p/+R/8n/KADW/xwAMQDQ/ysATgDk/8H/IAASAC4A8v8UAB8A4P8aAOT/5P/a/zEAMQASANH/QAAyAML/5P89/87/FADn/9X/HgAFAN3/q/+g/xYA1P9LALz/4P8VAL//3P+s/77/vf8lALb/1/9EAMb/oP/M/yoAz//T/xEA5//Z/+r/5v/q/7P/0P/o/+r/6f84ANz/p//g/xQA0/8hADoAbf9HAMb/3//i/5D/3v/i/8b/mP/g/+D/zv8KABkAIQA0AMD/j//C/+n/JADm/+X/FwAsAAUAIACn/1sAGQAVAJz/HwAfAAwA4/80ABcAFAAcANz/9f/m/43/5/9bAOz/8v/R//D/w//q/0cA3P/h/8v/FwAcAD0AAgDL/xYAMwBk/8j/3f/u/5//KAC1/6v/+/8VABcAMQC8/+v/EwDd/xoAov/e/ygAm//j/+T/6f8ZAK//rf/j/9r/HQDN/8b/t//Y/4v/wf/W/97/yv/S/8z/5v/i/7X/1/+Q/9b/1v/S/83/zf/T/8f/xP/b/9H/5v/b/8P/qv/Q/9v/o//E/zsA0/8WAML/1f/G/9H/gP/i/xcA2//s/9L/r/9iABUA6P/L/xcAxf/c/9H/IwDW/9z/3P+3/9v/z/8m/6f/GwDR/xMAzP8ZAJ3/Vv+m/5P/HAArANX/FgBEAOH/uP/+/8T/z//D/xgAsv8nAN7/4v/r/+v/LAAFANj/zv/g/woAjf/q/97/xf/i/9X/WACo/w0AOQDC/9D/4v/Y/+r/FgAaABkAFAC3/6z/zv/k/7H/IgBFABcA5//p/9H/zP+0/9z/vv+d/yIAvf/R/6L/lv8hACYAyv8hAJ7/NQCz/8f/6f/Y//X//f/d/7v/5P+m/6v/KQD//8b/1f/f/47/iv8dALP/zv/j/9H/KAD0/zkAKQA4ACkAmf84ANj/FgBQAFsAKAAtAOz/6v9QABgAGACY/8f/6v/+/9n/rf8hAOj/FgDA/7z/u/9kAJ3/9v8ZALf/qf+S/7v///8FAFYAFACp/9D/NgDA/ysA/v+0/+D/tP+u/zsA4v8tAAcAvf8NAAwABABC//7/KwC9/zoAyv/1/9T/c//d/yUAtf8VANn/6v8HAA0Akv/D/6v/w/8MAKv/0v/S/xYAsP/y/9L/5/8GAN//BAAFAN//HAAlAEEA+P+y/xwAn/+N/6b/0f+l//j/GwAWABUA2v81ADQA4v8wAMr/z/9MAOr/r/+5/67/FwCn/5z/JQCt/zwACQBBADwAGQBwANn/q//D/6v/0v/y/+f/zP+6/xcANAAiANP/xP+o/+T/5v/7/zcAEgAiAC0AEAAQAOH//v/H/xcA3f9LAP7/KQCp/x0At/8wAMn/FQD0/8n/yf/v/wEACwDp/9b/GwDw/9P/HADr/0gAj//A/0AArP8YACUAHADM/9H/NgDc/xgAIgCe/8j/JgDp/y8Ak//p/zQABgDX/8v/KgAdANH/qf+m/7L/pv/6/8//HADd/yAAAQDI/wQAHAA6AOv/3f/g/xkA5v/m/+n/w/8sAOf/QwDj/7T/3f8hAD8A8/8TABQANAAZAL//2/8qANb/xv/F/0kAGQDi/8n/DgDr/6v/5f/1/18A4v/s/+v/GgD4/5j/6f7H/0EAYP8cAEcAIQC3/4r/5P8BADAAMgAkAN//3/8hAOL/MQDX//v/zv/W/xAA8f/S/6//LgDb//L/4v/e/y4Av/8uANL/6/85AN//xv88AN7/5v/p/w0Auv8oACAA6v/E/wwARADn/xQANQDv/wwAxP8cANf/6/8cACcA3f/y/8P/GQCy/z4A5//g/9D/IAAfAB8AHwArADYAv/8mACMAFwAXAL//3v/I/3//GgDJ/xoA2f9DAA0Avf/P/3YAsv+0/7f/yv8tABQA0//H/y4AOgDM/9D/1f+v/8j/zP/W/zIA5f8YACIAMQAiAL7/1//r/xwA1//x/5b/9P8qACYApf9MAOr/5f8rACUAx//s/0cACADP/xQA5v8YABkAGQAzAOb/RgDR/xQAFQDe/+r/GQD7/xcAu//P/8L/tP9IAAMA1/8oAOn/EQDE//X/NgAKACIARgAqAPv/LAC7/wwANQCq/wsAzv8GABQAFADv/+j/4/+b/z4A6P8YAAMA5//U/0YA5//d/8L/FwAzAAEAr/8FANb/JgDi/zcA1f/A/y4AQAC6/+T/y/8lAAYAz//P/6X/UgDk/zYA//8jAPX/6/95/+T/OgDF/xQA2/8VABwALADg/zsAPwDi//n/wf/m/6//4//U/7D/NgDH/zkAMQDe/+L/q/8aAOn/uv8VAD4AKAC1/z0ArP9LAJj/2f/i/7D/4//g/6H/s//f/+z/NQDd/5T/0f+4/8b/FwDq/8b/6v8dACkAlP/U/5j/0P/F/6f/qv/h/9v/5//Y/+z/1//F/8v/IgBVADMARgDk/ywAFAAnACgArf/H/9//5v+u/8L/5f+2/9T/5/8PABoA2/+8/9T/vP/I/7T/0f+2/xIAIgAqADkA6//p/97/FAApAOL/zf8zAOT/ov8pANP/LwDf/ywA3v/I/ykAHQDa/+D/LAD0/7X/3f8JAJz/xf8JANX/zf/S/9D/l//J/9L/WgAqAGX/QADp/9P/PAArABIAAADk/87/FwA0ABQAWgAMABkA4P8kAAEAzv8YABQAEAB1/0AA4f/m/x8ATv/5/+z/w/+g//j/FADh/5r/1P/X/8L/JACg/5r/KQAgAMj/4v/C/9H/if9t/83/6f+I/8n/JwD7/5L/LQAZAAcAyP/o/5D/HQAeABgAGwAUABcA1f8kAOf/+f8cABcA5P/n/xwA5P+P/yIAFAC+/+D/KgDe/9b/FADe/97/v/8uABwALAC5/yoA0f8fAM3/LgC8/9n/xv9bAFYABQDj/zQAHQCj/ycAKABLADUADQAyABcAJQA4ACcAIgApACwALgDX/9H/1/8QAEgAIwAhADoALgAwACIAGgAyADMAMABAACIALwDe/xQAFABCAMT/GgAKAHX/IgDI/7T/1v/I/xYAz//S/9z/i/+T//3/GAA0AOT/HABbAOX/NwAlANT/KgDh/w0A6f9CAMz/NAAhADIAKADn/zIADQBRABkARQAyANn/z//r/+v/2f+4/ykA4P8pAM3/KACE/+T/4P/l/woA5/+f/77/uf+6/7//3P+T//j/yf8qAGr/tP8sAOn/KgCn/w0AyP8eABoAz//T/yIANwDA/6//zv/q/8D/zf/Q/8T/uv/E/yUA2/+4/8f/4P/G/+n/sP/k/6r/1/8kADEA4/8rAOL/JgDA/yMA4v8zANn/IQDD/xoA0/+q/8b/4P/m/zcA7P86AOv/IADn/5//7P8tACUACwDX/xcAfP/S/73/6//r/9n/5P82ANj/2P8UAN//9P/I/zcAFADb/9//sv/r/xoACwAUAO7/tv8UACIA+P/M/87/6//C/9z/HwAcADQAy//q/8//5v/R/6v/wP/n/+X/KQAiAN7/sP/T/+f/8f/P/6H/FgAVAKT/3//U/8P/uP/Z/9f/BQDe/9H/TQDb/83/rv+V/+b/2/+7/9X/0/8vAN3/FgDs/6r/ov81ALf/KgDb/7z/xf/S/xgAHQC9/3j/zv+v/9r/Y//o/77/nf/Z/8v//f+v/+D/6f/m/+P/MgDq/xcApP9CAAwAzv8KAD0A3//q/yQAIAA9ACkA7P/5/+P/2/8LAE0AMwDQ/+n/GADa/8//+f/T/+X/DgAcAOr/IAAhABQAIQAhAND/4v8OANn/rP/V/0IAxv8tAOr/6f8xAB4AKwAUAKX/pP+I/y4ApP8cAL7/o/+a/xIAXwDA/ykAKgDe/9z/sP81AEcAKADs/+f/KQCS/+H/5P/O/+f/tP9gABYAEQDs//b/0v/Q/xUA0v/f/6v/sv/X/7v/HwDP/3cAMQBGADIAHQAfABcA4P8iAGAAYADV/x8ACwDJ/+//0P/n/0cAGQBJAEQANgAVACIAXgAUACEAPwCo/7z/3f/U/xYAFgDR/+n////Y/+n/3P9FABQAFwDO/8n/qf84ALn/lf8UANX/1f+u/+b/EwAlAN7/uP8iAAIAqf8B/zIA5P/l/6//7P8kALz/FQAaAOT/0//m/7z/NwAbABcA2P/X/4//1/8YANv/QwDZ/7D/UAAPAGL/6v8rACQA4v/C/zoAGgA4AOr/FwApADIAIwA6AOf/uv8lANH/6f/O/+X/5P+w/6v/2/8fADgAHwDy/83/u//p//P/0/84ACoAxv/O/8H/xf+y/zgAJgD0/4IAu/9WAKz/3P8mAOX/NgDT/+f/KwDO/7j/0P/l/87/TgDG/8D/z//f/9j/1f/l/8X/vf8jANT/GQDT/+D/DgDT/xEA6P8ZAD4AKADb/wYAGwArAOH/5v8lABQANQC6/8//NwDR/8b/GADn/2MA3P8kACIATABPAPP/4P/I/9n/uv95/w4AJAAkAOL/WQCZ/+j/KADm/+v/4v83AIz/4P/E/9f/TQCj/y4A4v/i/7L/6v/m/xkA/f/s/6n/IAAFACsAGAA2ADIAmP8cANv/u//k/9L/8P8cAPX/tP/n/7n/zf8bAMb/w/8EAPX/3f8XAOf/4f+8/9b/KQC1//n/7//T/+H/KwAGADYAAgA1ABAA9f8sAOT/rP/e/+v/BADn/yQA6f/s/87/6v/b/7D/5P/i/8j/7v/F/5j/3//D/8v/mP+z/6T/z//O/+f/yf/8/+D/3P/K/67/z/+6/+D/vP/i/8b/nP/a/9b/q/8iAMb/BgDV/8X/6f/n/+v/u/8SAAUAzf/c/8j/o/8XAN7/wP+8/6n/4f/U/9X/xf8pANz/4v+r/9n/uP/R/83/nv/g/9L/uf/w/9f/v//D/wAA3/8cAMT/xP/Y/8X/zP///9X/1v/Z/5f/3P/m/+f/xf8OAMP/zv9z/3b/3v9e/zoAzf8ZACAAFgDP/6P/RQDh/8T/vP+u/8T/+v/M/xgApv/i/8v/zP/o/+r/3P8fAMv/6v86APb/dAAeAN//AgCX/+L/rf/q/9L/p/8fABwAIgDJ/+L/sv9PAPz/4//c//v/OACj/yUALQD9/+D/3f/i/8//x/+h////JgAUAKz/3P/n/9//1P8rAAkA6/+1//z/5P+j/yIALwDk/+z/0v/U/7//7//P/ycAz//W/8P/6v/b/3n/FABA/3kAvP8mAAIAjf/O/8X/5v/W/xQAIQDY/yEA3f9B/7b/yP+W/ycAMgAZAMz/FgCd/+T/yP8lAN7/5/8pAMX/xf+j/8z/EAAOAMf/OAAIADkA5v/d/0UAGgD1/wAA6v8aABkA7P+0/+b/wv/Q/7D/5/8fAOT/0//o/9v/xf8ZAAgAGQCv/7r/uf/M/8H/6P/Y/+n/zP/D/zsAov/W/xMAt/9g/8b/k/+i/1cAs//m/3n/pf9x/wcAif/X/7L/wP+1/9D/q/9IALL/FACw/7n/qf/0/2wAv/+z/4//hP93/6z/Yf+R/w//UgDs/7//NwAkADEA1v/F/04AqP/g/2D/3//6/7T/1v8hAJj/GgCa/woA7v9T/7L/o//y/7L/OgArABoAiv9vAJf/HwApACoAeP/e/8b/jP/G/+X/wf/L/xP/q/89AMP/u/+X/43/of+I/5T/NACy/3D/KADq//r+nv8SAFAA9/59/8D/mv+8/7v/s/+e/7v/PAB3/3n/OQAoAFD/mP++/9L/JQAbAEcAqP/C/wAAUwCn/3P/oP8cAEX/y/+Z/ywAtf/F/53/AgBm/6D/nv9FAB4AIgDB/7v/kP8tALv/p//G/7r/wv9Q/0cANQDA/woA3//8/xQAxv8HAOD/6P+KABgAM//C////n/+j/wkALwDh/5D/vv/D/5T/r/+j/5r/0v+6/0YAXP9i/8T/NwDB/7f/QABIADgA//+9/63/2/9l/04ACQA2AMX/wf+0/+n/o////x0AWwCs/zQA+f9GAIP/nv8BABUAKQBp/7f/V/9N/+P/6v8YAMb/0/+e/37/FACp/77/pv8nALr/yv8tAKr/jv+j//H/z/+n/zL/7P68//L/NwDM/8f/af+EAOf/hf+K/4//6/+f/6b/3/8WAML/j/+o/6L/x/+h/1oAzf/C/yIAsf8SALn/V/+q/xYAUv/Q/7T/eACi/2P/4/8uABsAA//G/6D/eP99/33/iv/s/7T/2v/P/83/4P/b/6n/hP+v/y8Aa/9j/+T/oP+b/8T/CACp/xEAdQCe/9P/iP/p/7T/gv8hAB0Axf+A/7H/NP+8/8P/vv+w/53/nP9Y/zsAxf8HALj/GgCs//j/lP8PAJv/RgDD/yQA2P+s/6z/sP+z/zUAvv+5/7v/hP+//8z/rP88ALf/tv+w/4z/wv/u/7b/Pf+8/33/NwDH/0UAQgC2/xQAfv/J/xQA9P9NANr/xv+T/7r/WQBuAOP///9L/7X/qP+d/w4AXv8nABwAiv8GAMn/xf+i/6r/xv9x/8n/LABbAE//GgDG/yQAmv9r/7r/JADN/xoAxf/x/4j/X//g/93/wP8qAMT/w/+9/9T/xf+2/77/kP+l/5v/q/8fAGD/nv86AI7/oP+d/4r/fv+8/3//rf/F//f/l/8sAM7/bP/N/5D/BwCw/6//ov8aAKf/s//T/6D/1v/o/8P/1P96/3f/gP+6/4H/aP84AEgA1f8rAIf/m/8p/6L/rf+A/3v//f/H/7T/4//u/6P/yf+s/8H/6/+//zIAvP8LAOr/q/+r/xwANQB6/zgAc/9a/y7/tP+S/9b/3v+r/5v/AwDX/6z/U/+x/5T/kv+4/9H/qP+W/4H/RwDG/2f/cf+D/4r/gv9i/yb/GQDG/+j/e/+w/3v/sf8rAJD/NAAVAJP/GgDB/5P/+P8fAL3/1v89/9T/l/9a/6z/T/9b/97/qf+T/77/7//L/6D/wv+T/8P/QABd/6P/mP+d/9H/nf/c/+H/kP/G/4//DAD8/zUAvv87ALL/p/+u/wUAzv/Q/1cAqP8EAMT/DwCf/+r/LADZ/6X/jP+s/zkAAAABACYAx/8XAMr/5f+l/8f/p//H/6j+MgCH/67/gf8gAKj/qv+8/xcAEgAqAHH/LwCh/8f/vf/p/w4AlP9m/5D+LgAFAJT/yv8wACwAGAAjACEAxP8oAD8A5f9//6L/8f+f/9H/3f9+/6H/xf8YAPX/NgDj/8/+Y/+Y/xkACgBWAEcAUAAhALL/v//K/1EAhf+4/9X/IwCU/7D/u/+p/7v/WgBp/mT/zf+q//H/wf90AJf/x/8PAMT/QAAFAJ//FgAKALT/zP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMP/EADD/4L/nP/1/+YArQASACcA0f/V/1//qP+x/wkAUgCB/kgAlQCm/3MAIQCU/wUAqv8JAHb/HgAGAAQA4v8pAN7/2f/o/97/PgDa/zAA1//R/yQAtf8QAC4A4v/J/8n/GgCo/10A8//I/zYA+P84AL7/7f8fAOL/3//k/zYALQBb/+n/0//u/x8A0f/F/14Afv+t/xEAFQAfAEAABwCl/7b/4P/1/5f/RQC7/wYA6P8dAOn/wv9eAE8Arv9YABQAyv8dAOb/jf+//xIAm//f/8T/3v+5/+b/xf8cAAsA4f/T/73/5//r/zkA4v9//xUA5P/r/8b/JADL/+T/1P9t/zIAqv/G//3/uv///yAAFgDY/+T/2v8XALj/zv/y/9v/7P8HAMX/8P/A/+r/wv+J/xcA2f/r/7T/HQAVAAMAOwDH/7n/rP/0/xEAUAD1//f/xP/H/0sAJABTADgASADV/yAAx/+T/xQA4P8QAAAAJwAUAMv/8f8GAN3/q/+0//X/9v+6/9T/MQDV//z/1f/M/9n/uf/g/yUALwC5/zAAJAAtALD/iv8VAP//IwDp/wIA5f+//9P/7v+//9D/BAC6/13/DQDg/9T/MADi/9D/KAD4/zYAVv9n/7j/0v/I/+z/0f+z/7r/FgAkAMv/PACz/wgAtf+r/w8A4//e/9//2P8QADgA6P8ZACMA3v/K/0cAGgAdAN//6f/n/+f/3/+g/7r/1//V/8b/n/9aAOn/CgDu/93/xv+i/8H/ov8MANj/QgDQ/7z/MwBRANv/5v9GAOj/1P9EAMP/8f/r/yUA3v+m/9D/+v/9/+j/7P/e/6v/HAABADgA4f8VAPj/vf8iAAEAKQDA/ysAFgDA/8j/2P/m/xkASgBCAN3/FwB2AKP/CACw/9v/1/9IANH/uv/q//3/6/8BACQA6P8aANv/lv/K/7b/uP+R//H/6P+x/77/BAACAMf/FgDJ/xQAFgDA/9j/4f8gAEgAzf/e/+T/QP+n/zsA9v8oABAAyv8KAPj/s/8ZAOD/1/8UAOz/zv/j/8T/vv8BAGz/6/+w/w8ATADa/5H/MAARABUADQC8/97/of8XAB0Asv8hAOH/1v/e/63/TwDi/+r/zf/j/+j/uP/P/+T/UwDf/93/AABm/x0A2P+y/7T/2f/l/77/7//l/97/IAAVANH/8f/F/ykAZQCy/zoAHACGACMAzf8VAPj/HgAaAHn/EQA2AMT/JQCv/wcA2P/s/y0A4v8cAI7/if89AMz/SwD+/zsAIQDG/8n/6P8fAPL/xP8lAOf/1f/V/83/z/+8/zUA1f/0//n/mf8BABYAGgCx/+L/1f8PAMv/HQDZ/+b/BwAdABUADADR/8X/v//9/+j/NQDI/7z/TQCy/9H/3v/Y/xYAyf+q/wgAxv/Q//r/KQDC//j/zP/Y/+P/IQDy/xEApv8LALf/7P8sACoA4/+e/1EADQCx/zsAov+H/5f/0f/R/xAACgALAN3/tv8lANT/UQA6ACkAMgARAML/uf/1/+f/GgAQAMH/NACr/0QABgA0AIr/cP+l/9L/wf/+/xwABQDp/0QAOwDp/+v/6//s/8j/CQAoAP3/SACk/53/DgCz/8P/3v/X/yEAq//b/ykA5v8/AM3/KQAiAA8Al//p/4f/ff/e/wUAuf8oACEA1v+8/9T/yv8UANH/AgAXAND/8//B/7v/JAAeALX/8v+b/8b/uP9yANj/2v+9/7v/HgA7ABgAFADo/yEA/f9//0b//f/H/8f/rP82AFIAAgDy/9L/l/+Y/+L/PgCC/+r/jv8FALv/8f/g/8T/+v+M/7n/RQDO/xEAx/8MAD0A0v8ZAMz//P8aAKL/0P+Y/yQACAAYABQA6P8sAF4A/v+P/8z/vf+7/0sAnv+O/+r/9f/Q/9L/4f8bAOr/4P8OAN3/XgDp/7f/xv/M/xAArP9k/+T/LAD2/zcA1v/9/yQACgDf/wgALwCw/8b/kP+x/+b/s//T/wgAo//6/+b/5v/V/8v/2v/R/+X//f/3/97/LAC1/9P/4/8kAOj/5v8mABgA4/8NADYA3P/F/6//zv/6/5f/qf8aAMj/wP/W/8//BQAeAJ3/r/8sAPb/nP/K/9D/lv8HAOb/0/8CAMT/t/9QAB0A4P/J/7H/0f/n/6n/1P84AEkAJwDS/8f/t//F/xkAxP+H/7//nP8XANT/wP/r/8v/GgDi/8z/1f8aABgAjv8rAKH/JwD6/xsAGgD6/wAAwv9EAKT/7v8AAMz/wv8QAOv/KgDU//3/GgCg//n/CgD9/zQArv+v/7f/tv/e/2QAt//W/zMAKAABAAIAp//C/4z/xf8fANr/vv/a/9z/3v+6/8L/4P/q/+n/IgC6/xoAKwDO/y4A7/9JAEsABwAqAO//lf/I//H/1f/O/4L/8f/V/97/CgBeABwA1P/Y/6f/uv/e/zAAJACa/7j/yP86ANT/7P/p/9n/7P/e//X/wf8UAG0Atf9EABEAzP8aAPP/jP/A/+j/v/8yALX/7v8UAPP/yf+3//D/Hf+4//f/1/8pABQAHgCH/4b/LQDX////AQA0ANn/EAAIAAwAo/+W/yMAzf8pANb/0f8lABcAFQDm/zIAAwAfAKz/LwAYACQAYwAuAOP/qf8pAC8ARgDY/8z/6P8RAOv/5v+//8X/4/+y/+//BgCm/x8AOwDc/+L/yP/n////FwAaAL7/2P+l/zYA2/+N/9r/4P+a/6v/rv8DADsACAABAOn/wv/a/6T/v/9tABUAHABCANT/FAAdAEwAtf/P/+n/oP/p/9//6P8cAMX/3f/s/1n/yf/A/6v/6/9LABYANwACADIANwB0AC8A3P/X/7z/vP8vACQAFwBsAND/uv/S/4//2P/w/7P/tP8cALj/5f/N/+f/NwDX/7j/JwAgALH/5f+r/97/5v+0/73/6f+o/zAAJABLAPP/mgA9APn/0P+L/6f/x/+t/9T/t//D/7r/UgDM/yQA4P+//9D/BgDj//v/MgDo/8z/7v9CAEsA2v/X/+z/MQCj/9b/GwC0/yYA3P/y/xwAFAC9/47/DQAhAN3/4v8iAOn/j/+e/7z/+P++/7b/PgBhAKz/2P9HAOT/LwCt/9r/+v+6ANj/0P/a/zUACgDH/+P/7P/p/93/+//O/77/QQA6AOv/6v/I/xoAGQDr/xUAKQCv/9n/yP+f/7T/vv+v/7D/aP/U/yMADwABACgA6f+p/6f/xP+e/8b/6P8qACoAkP9IAMz/fv+z/xQAxv8sAOX/6v/G/+3/qv+m//f/JAAcAOT/CQDT/ycAuv+8/9P/pv88ABkAyv/0/8D/1v8iANr/CgDb/7T/EQDz/wsAPADL/6j/UAAVACIAKwAsACIA/P8tAOD/FgB8ALP//f/d/xoAt////6f/OQDb/1EAlf8UANv/9v/I/2j/yf+//+n/6f8SANT/sP/x/xgA1P+C/63/zv/E/8P/tf+v/xQAMgBjANf/0P+9/yoAFgCz/6f/3f/X/08A8//o/0wABwDP/z0A5f8dAM3/sf9p/97/HAAVACYAFwC3/5P/OQCX/yQA/P/M/+T/1P/O/9L/3//+/w8A5f8oAL3/HwAUAMP/kf/f/wIAHAAzAOn/9f/b/x4Awv/u/x8A2P/7/xYAsf/C/8v/xf/h//3/mP/U/8D/FgDd/83/KADR/zgACwDp/7b/2v8bACoAEADH/+X/xf8UAB4A3//W/+j/IgDi/xIA6v8fAL3/MADP/8f/MwDC//f/xP+z//3/of8UAOP/VQDq/6n/tf/Z/+v/z/8sABgA5v8iADsAJgDx/8r/1v8WADgA0P8ZAMf/nv90ALn/4/+b/+7/xf8TANP/CwC1/0YAFQDd/03/nf/Q/8D/5f/Y/xoA1v/o/1oA8P8tAAIAtf/j/w8A6v8/AOP/GAAnABUA//8BALn/yf+1/wMAsf/t/8D/nv8kAMv/IQAiABgA0P+4/woAWADI/zYAt/8/ABcAv//Y/87/0//X/zEAuP/C/1z/FQACAJT/0P8CAA8Ayf/e/9X/KwDj/7T/CgD9/8z/uP+d/w8A2P/1/x0AHgAXAKb/wf/f/8X/5P8NAJX/LgDN/1kAMQAjABsAzf81ADAAGgDb/+b/HADZ/9L/BgCD/6D/LQAfAJz/of9S/0wA6f8LABkA1P8kAD8AvP8ZADcA7f8vAP//rP/X/8P/DQAhACQAnP8XAOT/KAD8/+b/1P/n/+r/IgC9/93/6P82AMT/m/+j/8P/MwAcANv/OgC1//P/KADe/wUApP89AOn/7v8DANj/0v/W/9z/4v8cAND/OACs/7X/MADb/zAA7//K/5X/qP8iAPT/t/80ABIAw/+U/8v/wP8DAL7/6/+k/9r/2//q/7b/GwDA/6n/6f8HAMn/mv/h/57/m//1/8j/GQDH/xYAzf/4/y0AEQAUABUAGAA8AK7/0v8RAP7/1////8X/QgC1/9v/CgAxANv/5//Q/6T/JQArABoAHAAkAJYA5f9dAMH/KQCl/9//AAD8/53/IQAOALL/IADj/73/BwAaABgAHgAOANH/pP/A/9//LADS/6b/uv8IACgAxv+6/83/8//9/w0AxP+o/yAAq/8KAEMA4f/d/83/1v9CAPX/w//u/9z/HgDu/7D/6/8qAJr/v//C/8b/JwAbAFj/9f8AAMP/0P8UALn/BwDP/7D/vv/h/0cArf/G/7X/eQAVADIA8/8NALD/rv9BAMb/NwD2/wwA0f/h/xQAy/94/8b/9P/m/8r////m/ykAyP8YAML/tf/o/y0A7/+z/87/5//U/8T/zf/I/7H/DACy/+P/4v+m/9T/r/8EABAA8P9VAOj/7v8EACIAqP+5/+L/uf/Y/8z/8f81AP7/xf+c/6P/u//Y/0sAYwAXANb/GAAtANj/3/+//x8Axf8KACwA3f8OAM7/5//g/8L/1//A/+r/zv+n/+f/zf/p/+v/4v8QALP/yP/E/8r/y//L/9f/QQDs/zQA1f/5/9T/2f/I//j/AADy/9//1f8eAEMASgA/AAkA0v/f/+D/z//h/9D/0//Z/6T/y/8VAMr/uf+b/8D/1/8WALD/NwD1//3/0//X/+f/CgBAAJX/RwDu/w8Awv/6/y0A+v8fANf/5f82AMf/LgAWAMP/pv/3/zIA1v/Y/0AAFADR/9b/MACH/7j/pf+3/xgAQQCJ/6AA1//h/4n/IAD8/+H/6/8iAN3/fv+k/7L/1f8oACsAFgATAN7/y//r/8H/GgDj/9D/zP8yAMf/FgAhANf/5P/k/57/x/8LADgAqf9uAPb/FAAXAN//pf8PAND/xf8NALX/kf/P/z0Azf/F/93/NAD2/wUAAQD2/4n/3f/A/8r/CgAYACIABgDX/9T/KwDn/7b/2P/9/7P/y/+m/9f/+f/S/9H/NAAzACQAGADp/6D/8f/B/97/4//k/5H/sf/c/7b/9P/0/0D/eQDC/+v/TwAcAA0A2v8IAOP/xP8yAAUA0v8WADEALQAtADMA3//B/1gAJwA6ABYAHAAcABwAHAAaAJz/x//N/+f/NQASAML/pv/F/8//bgDg/xQAwP/G/83/1P+a/wEA3P+D/w8AxP8/AMH/7//R/+f/DgAzAOb/HgCW/+D/xP/E/1MAyf+g/1AAqP8oAHH/+P9w/wEAt/8xAMP/8f8zAJX/5v/n/yoAev/N//X/2/8cABgADQDE/8X/3/8OAOf/tP/y/9//3P+2/7//iP85AMX/CgDk/8n/8/8sAK3/GgAaABoAFAAyAB0ANwDj/zcA5f/q/7P/6v/c/4X/DAAEAMX/5v/Z/9b/1v8iAAUANAC1/6L/V//G/y0A4v/d/wMA4v9w/+j/4P/5/8L/vf+a//f/y//7/xgANgAmAOP/CADh/8//vf+m/77/HQAdAA8A8v9OAMr//v8BAMb/1f8VABoAOQALALX/9//b/93/s/8BAOv/3v/a/9z/rv9wALj/HADF/+D/OgAfAB8AIQDc/77/OgC1/97/AQC+/xsAnP8wAAYArv/o/7H/PQBXALP/HgAmANH/w/+2/5L/7f/S/+H/1P8LANr/0/+e/5L/oP+l/77/kv/j/9//AwAmALb/zv+y/xQA3//W/8//+f84AN//rv+w/yAA6f/v/8j/2v/5/y4Apf8rAOT/5P+o/77/6/+6/8v/lv+5/yoAJACu/5D/IQD9//j/z/+P/2D/DQCk/+L/0//l//r/LgDI/7//OAADANz/CgAEAM//vf/L/+T/NAA0ADcAoP/j/9n/AAAfAOr/w//X/yEACADp/0kAAQDq/x0AQQCY/8n/CgDh/+H/NQDZ/wIA5v/6/wwAcf/S/9f/CwCb/ywAqP8lAM7/6P/q/xMAFwCx/xsAhP8iAM7/mP/i/5b/1P+a/8X/pf8pANP/RwDE/wEAmv/W//7/+/8ZAJ7/JwDx/xUAv//h/ycAnf/f/xIAKADj/+D//f+1/87/1f8AALf/3v8cACoA/f/F/+H/VwACACgAyP8bAK3/v//R/9f/xP/4/wMAx//+/xwA5v/r/7r/rf/A//7/5/8dABUAwv/i/5b/2//8/8L/wP/q/8j/NQAZAPv/f/8UAD8A6/8WAOL/7//W/+L/+f/e/77/5//A/43/+P+p/7H/HwAHAOb/5//x/w4ABwCs/7L/3P/T/8H/1v/o/5n/nf/1/x4Aw//X/w4A1P/c//D/2f/X/93/v/9BADkAOQAGACEAFwCn/77/3v/P//n/4f9dANL/qP8ZALb/6f+3/zcA5f8iAM3/OQCI/7r/FAADABgAy//T/+H/4v/X/z8ACADK/+T/9P/w/wAAEADX/73/0/8PACcAwP8EAHIAJQAZAN3/HwDC//b/1P+6/8v/1v8lAH//vv8cAM//c/+x/9n/LADW/zgA7/++/xcAdAAcABAAGQADAOj/tP/l/5P/8/+X/9n/JwCv/z8AOgDi/8P/4P8NAIT/NAAXAAEA2/8vAPz/h//C/9H/8/8mAN//IADS/8b/7P/9/+b/uP/E/9P/MQCx/+v/wP/Z/x0AGQAsAPn/0v8RAN7/LQCH/6r/4v8CAPv/QgAzAGAAPQDg/xUA4v/T/y8AzP8oAKH/r/+y/8L/BgCu/6r/5P/J//7/pv8BACUA0v/n/+r/zf8GAIn/vP+t/xQA6f/Z/+r/CAAyABAAMQC7/+v/1f8LAK//GgBCAM3/q/+7/6X/mv/o/yoA4/8UADgA4f80ALj/xf8NAOj/vP83AAsA1v/j//j/9f9oAOf/tv/6/9//FADy/8v//P+//2j/2f/Q/8z/yP/T/xgAGAAVABcAMQAtAN3/yf/d/93/ef/Y/8L/NQAmAOL/+f8sAOT/FAC8/ykASACg/8b/v/+1/ywA9P/s//L/rv8UAKb/7v/T/8n/wv8FAJv/x/8bANT/HwAfABIADwAAAP7/lP/X/53/sv/K/wgAxP8RAJ7/zP9GAJL/uP8kANH/1v/o/wYA4f/R/wcA2P8FAKH/7P9Y/0oAw//M/yoAKwDe/xsA0f/G/x8AGgCr/+b/3v/J/9X/+P8mAC4ABgCb/9D/u//m/43/7//K/8T/uf88AIb/w//q/xQAEgAFAOv/4P8lAPb/DwDQ//T/MgAFAOD/5/+2/9n/9f/f/7z/wv9qABwA+/8XACEA2/83ABQAagC6/wMAOgAaAL//TwD3/9j/+P/A/97//f8dADAA6P/L/8j/lv81ALP/of9m/7n/2f+v/5//+//P/ygA5//e/ygA9/8rADMAs/+r/wYAOwDH/83/CQDR/xwARwCQ/+H//f8bAIb/FQDM/wMAxf8fANn/GAAEAFMAAwA4AJj/nP/r/8v/3//d/zgAYgBHAGAAyf8UAAwA1v8BAMH///8PAFEA///K/yQANgAOAM7/KwDe/xYAxP8sANr/u/+H/73/PwD8/9f/mf/a/9b/HAAoANr/wf/E/8X/ff+R/9//HQAXALr/MwDR////JQDU/z4An//u/4X/yf+z/wwABgCm/6X/tP/S/wIAGgC4/8n/u//q/6D/7//I/6n/u//B/5v/PABL/8r/KAA1AMv/5P/B/0IACAC7/ykAMADW/+D/CgADAAcA0f8MABwAv/9y/zkA5/+j/6P/IQCs/3v/3f9pAPH/FQC7/x8An/8aAOH/0f8jAM//yP/Y/9P/BwD0/83/i//p/zMAx/8hABEA0/8/AOv/kP/M/zsAHwC7/+f/i//C/wEAiv+N/0AAxP/j/+T/6f8ZAK//rf/j/9r/HQDN/8b/t//Y/4v/wf/W/2v/NgDo/7H/fP/f//7/u/97/+L/EwDe/00A9/8VALj//v+1/+L/tv8gAOv/6/8aABYABADJ/4T/4P/K/1gA5P8fANH/9P/Y/3b/FgDE/z0Ax/8nAB0ACAAxAF0Ar/80AC0Av/+1/8T/DgDZ/xwATQDq/wcAvf/4/5L/mf/D/wwAq//T/9L/vf/r/xYArf/y/9L/5//d/8z/HQDg/wQABQDf/wAAFQCZ/6X/DgDd/6f/NAAdAI3/XAC5/+b/+/8/AGoAEAAaABwAzv8PAIr/CADW/9f/yP/E/wkA4P8nAOz/5P+Q/zcAzf+r/xcAs//f/3YArP9lAMr/0P/M/9H/v//I/6z/EgC+/8f/PQAHAE4Au/+k/+T/3P/W/5P/SgD7/xsAiP/i/1H/3P/X/8H/8/8tAMH/m/8dAPX/2f/N/7n/RQDI/4//mv+m/6b/bQDK/+D/LAAUACgAvP+c/+b/wv+d/xUAzv8PAL7/2/+e/97/IgAEAEcAOQDe/y0Ayf/n/zIArP/a/xUADwBk/+f/0v9JACoAY//q/0AAGwDS/xcAHAASANv/LQDs/zEA7P/D/+j/2P/i/8j/4v8IAOv/FAA3ABcAKQAkAMb/4v/s/9b/FADv/97/3v+//xkAxv9bAFEAVABWAAUA4P/d/0YAWQA0AKL/PwDX/14AFAArACwAz/8YAPj/zf+8/w8Am//h/8//zv8YADUA5f/m/z0A3/83ACUA1P8qAMP/xP8NAOX/QgA+AAgAKADt/xIATgBFADgAOQDC/0IAv//X/+X/0v/z/x8A9f8MAHb/e//F/83/yf+n/8L/5P85AH3/KAAKAC0AFwDN/wMAHgARABYAo//r/+v/2f/6/7X/rv/S/8//4/8fABIAMwDe/8//w/8XAG//2f8aAKj/1//4/+v/KwDb/7z/DQB4/87/d/+c/6v/uf/9/7z/s/+//8//wf/Z//X/KAAYADcA0P86ABkAIQALACEAsf8hAOL/2f/z/yIAEQD+/7X/0/8NAND/QgCh/y0Ab/+u/0wAPgAYAIT/GADI/w0Axv9gAEQALwAeAO//w/8fAOj/9v8KAL7/qv/O/yUAAQDV/ycABADJ/9r/FADQ/zYAGABdAND/3f///xQAxf+j/9X/uf/l/+b/UABZAAsAqv/9/y0Ay/+6/+b/xf+U//T//P8qAMH/kP+//7L/IAAmAPT/yP8jAEUA1P8oALX/y//c/6r/v//y/ykA7P88AOb/4v/I/6f/2f/J/8X/5v/d/73/6//i/zcAJgDi/7L/yv/n/8n/FADN/xAA5/8lABMAAADF/3//y//o/+T/nv9OAOX/SgBKAIb/y//q/xcATQDj/xcA3P8BAOX/4v/J////i/8GAD0AIgDo/y8Axv8mABQA/v/Z/wIA5//L//z/jP+a/yIAsf/T/yIACADk/+z/0v/C/6b/7//G/wwAr/8nAAcAlv/d/7n/zP/t/wgAtf8RABUA7P/7//X/xf87AK7/tf+u/63/wf/E/9j/wv+0/zsA',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-73, -56, -9, -15, -42, -50, -14, -26],
    classWeights: '8//A/wcA3//I/wAAqP+c/+z/8P/s/+b/FADq/+T/7P/s/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AADb/9v/2f/Y/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgDb/9z/5P/g/+z/AADh/wAAAAAAAAAAAAAAAAAAAADf/+X/5P/j/+D/4P/f/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf8AAND/v//b/ykA2P/C/+v/FAD0//n/6//t/+z/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA6P/o/+r/4P/p/xgA1P/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/6f/s/+z/FgDr/+v/7P/s/+b/6/8VAOv/6P/t/+z/7P/r/+z/CQAAAAAAAAAAAAAAAAAAAOT/7P8AAAAA+f8aAOf/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/yMA4P/o/9//1//d/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/9f/v/93/9//g/+L/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/2/+z/2P/s/wAA7P/s//T/+v/u/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADv/wAA9//s/+z/7P/l/+j/FgDr//T/6P/r/+j/7P/s/+z/7P/s/+z/FADs/9X/DwDk/+P/8f/X/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6v/r/+j/6v8VAOr/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/FADs/+7/7/8AAOz/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2//b/+//2f/a/+P/HwDu/9D/EQDh/8b/DwCt/+L/7P/4//L/AAD3/+//FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+7/8f/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6//q/+z/7P/r/xYA6/8MAAAA3f/r/+H/6f/b/+r/7/8UAPf/AADu/wAA7f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALANf/1f/e/9P/zv8JANr/7P/s/+v/6P/r/+z/FADs/9P/1//Y/xAA1P/p/wwAvP8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOv/AAAAACMAAADk//n/AADs/wAA3v/h/9n/6v8KAOL/AAAAAAAAAAAAAAAAAAAAAOz/9P/t/+3/+P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6//q/+n/7v/r/+r/FwDq/wAAAAAAAAAAAAAAAAAAAADp/+L/6f/p/97/2/8aAOX/+/8AAAAAAAAAAAAACAAAAOz/FADs/+z/9v/u/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/xYA7P8AAAAAAAD3/+z/6//s/+z/7P/s/+3/7f8UAOz/5f/d/+v/5v/r/9v/2f8oAOf/zP/W/93/2f/d/9T/LAAAAAAAAAAAAAAAAAAAAAAA7f/d/+z/7f/s/+n/3v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAPv/4f8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7P8UAOz/+//s/+z/7P/s/+z/7P/t/wAA7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+b/7P/6/+n/6/8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/6//z/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/u/+7/9v/s/xQA7//s/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/xYA6v/r/+n/6v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+z/7P8UAOz/7P/s/+z/7f/u/+3/7P/s/xQA7f8AAAAAAAAAABMAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/t/+3/AAD1/+z/FADs/+v/6//4/+z/6//z/+z/FQDM/+r/7f+q/9r/FQAMANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wsAAADQ/+r/3//n/+z/3P8qAO3/7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/v/wAAAAAAAPT/EwD5/wAAAAAAAAAAAAAAAAAAAAAXAMv/2/+3/53/1f8HAKz/7P8UAO//AAD3/+z/7P/s/+3/7f/i/9//p/+v/wAAqv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAN//4f8AAOT/2P/m//H/7f8cAAAAAADx/wAA7//p/wAAAAAAAAAAAAAAAAAAAADT/wAAvv/T/8r/EwDW/+T/AAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAqP8RAL3/2P/K/9j/1//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v8AAOz/FADy/+z/7f/s/+7/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALj/CwDP/9b/AADF/93/3P8AAAAAAAAAAAAAAAAAAAAA3v8ZAOv/6v/s/+z/5P/q/+f/HgDh/+f/2//o/+L/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P/s/+T/FADu/9X/5//n/+L/4f/c/yQA6P/p/8//sf/H/8X/x/8sANX/AAAAAAAAAAAAAAAAAAAAAOD/1P/d/+3/AAAmANX/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAOz/6f/k/xkA6f/n/+j/AADr/9//FADv/wAA7P/s/+n/AAAAAAAAAAAAAAAAAAAAAL7/1v/h/8j/z//7/87/CQDs/+z/7f/t/xQA7P/s/+z/8P/O/8b/y//k/9P/JwDZ/9H/5v8dAPX/y//i/9f/6v8AAAAAAAAAAAAAAAAAAAAA6//s/wAA7/8VAOz/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/s/+7/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA+P/u/xQAAAAAAAAAAAAAAAAAAAAAAN7/3P/e/9z/4P8kANz/2P8AAAAAAAAAAAAAAAAAAAAA7P/q/xUA7P/r/+D/4P/l/+j/GQDo/+f/AADv/+j/5P8AAAAAAAAAAAAAAAAAAAYA2v/u//L/wf/K/9H/6/8AAOz/7P/q/+n/GwDs/+v/2P8AAAAAAAAAAAAAAAAAAAAA1v/d//n/2f/0/yYAx//W/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/AADs/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//pP+4/8z/sf+i/ysA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/wsA2f/n/93/6v/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/8P8AAOb/AAD5/83/1/8VAPX/AAAAAAAAAAD2/wAAAAAAAAAAAAAAAAAAAAAAANX/MgDb/wAA6/8AAM7/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAOz/2v8AAOn/2v/k/+z/6v/q/xYA6v/r/+n/6v/p//j/7//s//n/AAAAABQAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/wAA2f/l/wsA4v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/6v/w/+3/6v/s/+z/FQDr/+f/6v/q/+r/6//r/xUAAAAAAAAAAAAAAAAAAAAAAOr/7P8XAOz/7P/g/+L/7P/s/+X/AADi/wAA6v8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/0//r/7v/t/+z/FAAAAAAAAAAAAAAAAAAAAAAA7v/s/+3/FAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADa/wAA2P/c/+z/6v8AAOv/AAAAAAAAAAAAAAAAAAAAAOv/4v/q//P/+f/c/xgA9v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAPn/AAAAABIA1//s/8j/+P/k/8j/IwC+/8P/1//Z/+D/MwDL/8P/0/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+3/7f/s/+z/7P/1/+v/4P8AAAAA9f8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7P8UAOz/+//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+r/7v/s/xQA7P8RAN7/5v/r/+z/9//k/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/9D/z//Q/97/0f/O/yIAwv/G/8b/yf83ANX/yf/V/9r/yP+3/7f/yP8AAB0As/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAANn/+f/6/wAAAAAoAN7/AAAAAOz/7P/t/+3/AADs/+z/AAAAAAAAAAAAAAAAAAAAAA0AHgC5/+X/1//l/8v/5P8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAADe/97/4f/Z/9//4P8iANf/AAAAAAAAAAAAAAAAAAAAAPP/7P8UAOz/+//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+/8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAA3//s/+z/8v/t//f/7P8UAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/l/+j/5//X/8v/FAAAAAAAAAAAAAAAAAAAAAAA2v/f/+j/3v/e/xwA3//O/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADq/xQA7P/s/+v/7P/m/+f/4v/d/+b/5v8aAOH/2P8mANP/3f/g/9v/2f/W/+z/7//5/+3/7P/s/+z/FADs/+z/7f/w//D/7//s/xQA3P/p/93/6/8AAAAA6f8UAPP/AAAAAPH/+v/s/+7/FAD7/xsAAAAAAAAA+f/u/wAA4/8ZAAAA1P/r/+z/9f/X/wAAAAAAAAAAAAAAAAAAAADp/+j/GADy//X/6P/U/97/AAAAAAAAAAAAAAAAAAAAAO//5f/q/+r/9v/6/xcA6v8AAAAAAAAAAAAAAAAAAAAA4v8dAN3/4P/l/+H/5f/h/9j/KwDJ/+//zv/j/9H/2P8AAAAAAAAAAAAAAAAAAAAA7f8UAOz/7P/t/+z/7P/s//P/HwDt//X/9f8AANv/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/a/+D/2f/r/wAA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+v/6//s/+z/7P/r/xUA7P/P/+r/wf/R/+r/2P8aAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xUA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAAAAAAAAABIAAAD0/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADq/+r/6//l/+//3f/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P8UAOj/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/w//X/+v/s/+z/FADf/9z/5P/n/+j/6f8lAOv/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAD7/wAA7f8UAAAA8//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//d/+T/7v8aANT/1v8AAAAAAAAKAAAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD1/xYA6//3/+//AAD1/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/AADu/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAASAAAAAAAAAO7/6v/2/+n/3v/2/+f/IQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMD/AACH/7v/AADo/8z/9/8AAAAAAAAAAAAAAAAAAAAA5P8gAOH/4//n//D/2f/X/+3/FADr/+3/7P/s/+z/7P8AAPj/AAD4/wAAAAAAAA8Axf/r/+n/2P8AAOf/6v8AAOn/5/8VAO//8v/r/+b/5P8AAAAAAAAAAAAAAAAAAAAA5//G/83/4f/k/9L/zv8uAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/wAA9f/s/xQA7P/q/yUA7P/s/+z/6//b/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8mAOz/9v/z//v/1f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPP/AADv/wAA7f8AAOX/IQDq/wAA6P/Y/+b/6v/l/xwA4f/a/+f/3//n/+T/AAAAAAAAAAAAAAAAAAAAAOv/CADI/9H/1f/P/wkA1P8AAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/AADb/+f/2P/W/9b/EwAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s//b/HgAAAAAAAAAAAOL/AADY/+r/2P/b/9v/1/8cANr/AAAAAAAAAAAAAAAAAAAAANz/MgDo/wAA7v8AAMr/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/7P/g/97/2f8AABQA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+P/7P/s/xgA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xQA7v8AAOz/7P/x/+3/AAAAAAAAAAAAAAAAAAAAAOz/7f8AABQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/q/+n/6v/w/yYA6//p/wAAAAAAAAAAAAAAAAAAAADm/xkA5f/m/+n/5v/m/+X/p/8vALX/sv+l/7j/5P+a/wAAAAAAAAAAAAAAAAAAAADe/yEA4v/a/+b/6P/Z/+L/4v/e/+f/8P/h/+L/3f8jAOz/FADs/+z/7P/s/+z/7P/h/9H/0v/j/+r/EwDl/xEAAAAAAAAAAAAAAAAAAAAAANX/7v/0/wAAAADz/ywA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//P/FADt/+z/7P/a/+v/6v/q/+v/6f/q/xYAAAAAABcAAAAAAAAA6f8AAAAAAAAAAAAAAAAAAAAAAAAaAOj/6/8AAPn/7P/m/wAA7f8UAOz/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/v/+3/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAgA7P8UAOz/7P/t/+z/7f/s/+z/7P/6/+H/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAD4/+3/EwDu/+v/FQDt/wAA7/8AAO//AAAAAAAAAAAAAAAAAAAAAO//9v8AAAAA+f/t//L/HQAkAOr/2P/q/+f/5f/n/+v/NADh/7//1//c/7v/x//b/+z/2v/h//T/8P/e/yQA9v8AAAAAAAAAAAAAAAAAAAAAEwDY/wAA0//t/9z/6v/I/+z/7P/t/+z/AADu/xQA7P8cAOX/8P/q//j/5P/l//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/5v/o/8z/2f/A/xIADADs/+z/7f/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOv/yv/c/9v/2v8bAOr/4f/s/+z/FADs/+z/7P/s/+z/wv/e/y4A0P/m/9b/1v/X/x4A5//m/9D/2v/P/+3/2P8AAAAAAAAAAAAAAAAAAAAAwf/q/83/4f/n/83/IQDj/+j/yf/U//H/3P/Q/y4A2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/u/+3/FADu/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/2P/r/+v/5/8NAAAA5v8AAAAAAAAAAAAAAAAAAAAA8f/p/+H/6P/r/+H/FwDv/+z/FQDr/+z/7P/r/+v/6/8AAOf/7P/q/xkA+f/m/+f/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAD4/+7/FADs/xQA6//2//j/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAB0A+//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/0/+j/7v8XANn/6//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAD7/wAA8f8SANX/HwAPAMb/1v/P/7z/3//t/wkA1f/q/9f/xv8MAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOr/6v/s/+v/9f8SALr/wv/b/wgAwf8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADY/9f/2P/O/wAADADd//H/6v8VAOv/6//r/+v/6//q/+z/7f/s/+z/AADo/xQA7P/s/+3/FADs/+z/7P/s/+z/7P/s/+z/AADs/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAA5v8AAN7/1v/f/9j/1f8AAOz/7P/s/+z/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAA9v8AAAAA7P/s//H/7f/s/+z/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADt/wAAFADw/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//P/AAD4/+z/8f/t/xQAwP8PANr/of/G/5r/8P+l/xQA7P/s/+3/7v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAA3v/o/wAA8v/6/+b/JQDs//b/FADz/wAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA5v/h/wcA+P8AAM//7//s/+v/9/8AAK7/x//I//L/EQAAAAAAAAAAAAAAAAAAAAAAAADs/9v/w/8RANP/1//r/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/Y/9f/CQDM/+L/+P/i/+D/6//s/+z/7P/5/xQA8f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADt/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAy//E/8f/+f/W/+n/0P8QAOv/6v/a/+j/7P8iANj/6v8AAAAAAAAAAAAAAAAAAAAA4v/a/9j/3v/s/ygA2f/Y/wAAAAAAAAAAAAAAAAAAAADu/xQA9P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAcA9f+h/9f/AAAAAOX/AAD7/wAAAAAAAAAAAAAIAAAA7P/1//H/7P8AAO3/FADs/wAAAAAAAAAAAAAAAAAAAADe/+z/7f/7/wAA2/8mANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8WANv/yv8AAOH/AADk/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/FADs//n/+v8AAAAAGwD4//r/6/8AAAAAAAAAAAAAAAAAAAAAAADj/9//4/+8/9X/BgD6/wAAAAAAAAAAAAAAAAAAAADJ/yQA3//K/9j/4f/p/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/wAA9P/o/wAA8v8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+j/6v8VAOz/4//q/wAA9P/s/+3/7P/t/+L/DwDs/9X/5v/Z/+P/6/8aANX/5//k/+L/HgAAAAAA+//l/wAA7P/s/xQAAAAAAOz/7P/t/wAAAAAAAAAAAAAAAAAAAADu/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/5/+7/7P8UAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+3/GQDo/+f/9P/m/+3/5f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FAD0//n/6//t/+z/9f/s/xQA7P/s//b/7v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+r/6//r/+z/6f8VAOr/FADs/+z/7P/s/+z/7P/t/+f/FwDu/wAAAAANAOj/AAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAAAAAAAPAOz/7P/s/+X/3v/r/+P/FgDj//X/9v/v/wAA7v8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAxAAAA0P8AAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAD2/wAAAAAAAOz/7v/x/wAA7/8UAO3/7P/1//v/AAAAAAAAAAD3/xYA8f8UAO3/AADs/+z/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/+/8AAAAAAAAAAPf/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+z/7P/s/+7/7f8UAOz/9P/s/+z/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/s/+z/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/n/+H/FQDq/+X/1P8AAAAAAAAAAAAAAAAAAAAA6//o/+z/7P/v/+7/GADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/t/+3/+v/1/ygA3v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6v/o/+r/6/8WAOn/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDp/+z/7P/w/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOv/9v/4/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8WAOz/7P/x/9n/6f/Y/+3/8f/v/wAA9//s/xQAAAAAAAAAAAAAAAAAAAAAAAAA5//Z/+v/6//3//H/PwDo/+D/0/8AAAAAAAAAAC0AAADs/+3/7P/s/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/xQAAAAAAOz/7P/v/wAAAAAAAAAAAAAAAAAAAADp/+f/FQDv//L/6//m/+T/7f/s/xQA7P/v/+z/7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAOn/5/8VAO//8v/r/+b/5P/s/+z/FADs/+z/7P/s/+z/zf/Y/87/1/8TANH/6f8AAAAAAAAAAAAAAAAAAAAAAAD5//b/8f8AAO3/JADx//L/AAAAAAAAAAAAAAAABQAAAOn/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/FADo/+z/7P/s/+7/AADx/+z/7v/s/xQAAAAAAAAAAAAAAAAAAAAAAO7/FADt//r/7v/u/+7/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAAAAAADn/wAAAAAAAAAAAAAAAAAAAADv/+n/5v/q/wAA5v/l/wAA3//l/+T/4//g/+D/3/8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+b/6//r/xYA5//r/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+j/9f/m/wAAHgDv/9D/7P/f/+z/5//r/xAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/5/8AAOL/9f8jAOj/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9X/7//c/+z/IgDh/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/6v/r/+z/2//n/wAA4//2/zAA0v/R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8UAPP/AAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABYA6//r/+v/6f/r/+j/6//s/+z/7P/s/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//t/xQA7v/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8VAPn/8v/w/+//7v/t/wAAAAAAAAAAAAAAAAAAAAD7/+7/+f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+n/4//t/+//2/8XAAAA+P8JAAAAAAAAAAAAAAAAAPj/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/6//s/+v/6//p/+z/7P/s/+z/7P8UAOv/6P8AAAAAAAAAAAAAAAAAAAAA7P8AAPD/AAAAABcAAADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwDt//X/8P8AAO3/3P/v/+z/7P/s/xQAAADs/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/t/+//8//u/+//8v8TAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/2P8AAOP/FADc/+v/2P/s/+z/7P/s/+z/FQDs/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAADu//r/7f/s//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADk/9r/7v/h//b/4f/s/woA7v8UAPT/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADn/9//9f/6/wAA9/8pAAAA7P/s/+3/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8f8AAOz/FADs//X/6f/j/wAAAAAUAPn/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/8r/1P/j/9r/MQDI/+L/AAAAAAAAAAAAAAAAAAAAAO//7//w//j/9P8VAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/s//b/AAAAACcA+v/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+7/AAD6/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FAD0//n/6//t/+z/9f8AAPH/9f/4/wAA7f8AAPn/AAAAAAAAAAAAAAAAAAAAANz/JQDz/wAAAAAAAN3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAPH/AAAWAPn/7P8AAAAAAAAAAAAAAAAAAAAA7P/y//D/7f/s/xQA7P/s/xQA7P/y//v/8v/s/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6f/w/+z/7f8bAOD/5/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAAAAAAAARAOz/AAAAAAAAAAAUAOz/AADY/9j/2f8fAOz/6P/Y/+D/AAAAAAAAAAAAAAAAAAAAAND/AADj/8r/4P/j/wYA9f/w/+3/AADx//j/7v/j/xIAAAAAAAAAAAAAAOz/AAAUAPX/AAAAAAAAAAAdAPL/7//u//X/9v8AAAAA6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOv/7P/r/+T/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//v/AAAAAAAAAAD3/xYA7P/s/+z/7f/u/+3/FADs/+z/7P/y//r/AAAUAOv/7f8AAAAAAAAAAAAAAAAAAAAA7v/1//b/AAAAAOv/FQAAAO3/7f8AAAAAAADw/xQA8/8AAOz/6f/6//L/5P8AAOH/AAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKgDk/+H/7v/q/93/1f/V/xQA7P/s/+z/6//s/+z/7P8AAAAAAAAAAAAAAAAAAAAA3f8AAAAAAAAAACUAAAAAABMAAAAAAAAAAADt//j/AAAAAAAAAAAAAAAAAAAAAAAA6v8AAAAAAAAAAPv/FgAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/s//D/8//s/xUA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/w/+3/8/8AABQA6//u/wAAAAAXAAAAAAAAAOn/AADA/9r/4P/i/+T/1P9CAO//8f8AAAAA8f8AABYA+f/s//H/7P/s/+z/7f/s/+j/FAAAAAAAAAAAAAAAAAAAAAAAGQDn/wAAAAD6/wAA5//5/+z/FAAAAPL/9f/u/+//9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/s//P/7//3//P/7f8UAO//7v/q//b/6f/e//b/5/8hAAAAAAAAAAAAAAAAAAAAAADs/+z/6//3/+3/4v8dAPH/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/s//j/AADz/wAA7v8UAAAA7P/4/wAA8/8AAO7/FAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOv/6//s/+r/7P/r/+r/FQDt/+z/AAAAAAAA7f8UAOz/7P8UAOz/7P/s/+z/7P/s/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAEwAAAAAA7P8XAOb/6v/r/+z/0f/s//T/AAAAAAAAAAAUAPj/7P/s/+z/7f/x/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/5v/l/8n/2v8WAAAA3v/t/+3/AAAAAAAA8P8UAPL/AAAAAAAAAAAAAAAAAAAAAOv/FgDq/+j/6//p/+j/3v/t/xQAAADs/+//7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/FgDr/+v/7P/s/9T/6//5//b/8f8AAO3/JADx//L/4f8WAOv/7P/s/+r/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/wAA7P/s/wAAAAAAAAAAAAAAAAAAAADU/xMA7v/0/wAAAADi/wAAFQDr/+z/6//s/+v/6//p/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/IADn//n/8f8AAN//+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7f8AAO7/5/8AAOL/9f8jAOj/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/wAA7P/s/+z/FADs/+v/7f/t/xUA7//q/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO7/8f/s/+j/7v/x/9b/2v/X/9j/5/8aANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+r/+v8AAEkAAADb/7b/7f/x/+//AAD3/+z/FAAAABYA8/8AAAAAAADt/+v/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7v/s/+3/7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/7P/t//v/AADb/yYA2f/r/xYA8P/1/+3/7v/t//D/7P8WAPD/7//u//T/6v/r//f/CwAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/7P8VAPn/7v/t/+z/7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8XAOb/6v/s/+z/0f/s/9T/KQDo/9P/x//R/8//5v/U/ygA6P/p/wAA+f/i/+X/5v8cAOX/6P/r/+H/4//j/+z/FgDr/+v/7P/s/+b/6//t/xQA7f/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/u/+z/6//s/+z/7P/u/+7/7f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/+z/FADs/+L/3//l/+T/6f/h/xsA5f8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8UAPD/7v/v/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FAD0/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/p/+v/1f/f/9L/1v8hAOz/FAD2/wAAAAAAAO3/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/1P/d/+3/AAAmANX/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6P/n/+X/6P/q/xcA5v8AAAAAAAAAAAAAAAAAAAAA7f/q//X/BgAAANL/+f8YAAAAAAAAAAAAAAAAAAAAAAAAAOT/AAAAAAAAAAAAAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+7/7v/s/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA+f8AAAAAAADs/+//7f8UAOz/7P/t/+z/7P/s/9b/OADo/+n/0f/l/+f/w/8AAAAAAAAAAAAAAAAAAAAA7v8UAO3/+v/u/+7/7v/u/yMA6P/l/wAAAADd//v/AADw/+3/AAD6//b/FAD2/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOP/9f/2/+//AADu/x0AAADj//X/9v/v/wAA7v8dAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/+//s/+3/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/4//0/x0A5v8AAOX/4v/n/wAAAAAAAAAAAAAAAAAAAAAnANP/1v/q/97/3v/b//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAPf/AAAAAAAAAAAAAAAAAAAAAAAA6v/q/+z/5P/r/+v/6f8WAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAEwAAAAAA2f/X/+f/1//r/yEA5//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/wAAAAAAAN//7//v/ycA8v/v/+7/7v/s/wAA7f8UAOz/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAABMAAAAAAOv/7P8VAOz/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAD6/wAA8f/4/9z/JQAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P8UAOj/7P/s/wAAAAAAAAAAAAAAAAAAAADY/yMA4P/o/9//1//d/+P/6f8AANn/6f/Z/wAABgDa/+z/7P/t/+7/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/r/xQAAADv/+v/7P8AAOz/AAAAAAAA+P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAA2//s/+z/AADY/wAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/4//g/+P/6P8cAOD/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+v/6P/s/+z/FAD0/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7v/y/wAA7v/z//v/7P8AAAAAAAAAABQA7f8AAOv/AAAAACMAAADk//n/AAAqAK3/lv/I/7X/0f/v/8L/5P8WAOf/6P/q/+v/6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA5v/q/+T/3//i/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDp/+3/7f/r/+n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6//x/wAA8f8UAOj/7P/o/+v/8f8AAPH/FADo/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/HgDs//P/8f/x/9b/9P8AAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/W/9j/2v/w/wAAAADZ/wAAAAAAAAAAAAAAAAcAAADt/wAAAAAAAAAAEwAAAAAAFADt//L/7v/5/+z/7P/u/xUA9f8AAAAAAAAAAPb/AADr/+v/6P/q/+v/5/8WAOn/AAAAAAAAAAAAAAAAAAAAAPf/FwDz/+v/8v/n/+r/7//s/xQA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/s/wAA7P/s/+z/7P/s/+z/FADs/+z/7P/t/+//7P/s/xQA7v/t//H/7/8AAPf/7P8UAAAAFAD6/wAAAAAAAAAA7P8AANj/7P/s/9n/7v8oANj/6v/p/8f/6v/s/9P/5P8cAMr/AAAAAAAAAAAAAAAAAAAAAOf/5f/p/+r/8//v/xoA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/3//l/97/3v/k/x8A5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/1P/Y/9T/0//3/+z/EwAAAAAAAAAAAAAAAAAAAAAA7P/t//X/9/8AABQA7//t//v/EwAAAPn/AADx/wAA9P/7//f/AAAAAAAA6f8jAAAA7P/s/+z/7P/t/+z/7P8UAPD/FgD2//D/+P/u/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P/s/+z/7f/s/+z/FADs/+n/5f8RAAAAAADo/woA5P/N/+r/3f/N//D/QQDK/7v/AAAAAAAAAAAAAAAAAAAAAB0A7P/t/+z/9P/j/+j/6/8AAAAAAAAAAAAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAARAPr/9P8AAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAABgA+P/4//n/8P8AAO3/7P8WAPT/6f/s/+//+f/t/+z/7P/s/xQAAADv/wAA+/8AABQA7f/s/wAAAAAAAAAAAAAAAAAAAAAQAAAAAAD5/xQA7P/l/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7v8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//r/AAAAABsA+P/6/+v/AAAAAAAAAAAAAAAAAAAAANr/5v/u/9z/JQDY/9j/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/FADs/+z/7P/s//n/AAAAAAAAAAAUAAAA9P8AAAAAAAAAABQA+P/s//j/9/8AAAAAAAAAAB0AAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P8AAO7/FADs/xUA6/8AAAAAAADu/+b/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6//r/+v/6f/r/+j/6//7/+7/+f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//8f/1//T/7f/s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD1/wAAAAAAAAAA9v8AAOz/7P/t/+//7v/r/+v/FQAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7/8AAOz/FADs/+z/7P/s/+7/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/9v/y/wAA7/8UAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//h/+L/3P/k/9X/2/8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+n/AAAAAAAA1/8pAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//q/+z/7P/s/+j/GwDp/xEA1P/E/87/1/8FALr/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/0/+z/7v/s/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/CwAAAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/t/+v/FQDr/+3/7P8UAPD/7v/v/+z/8P/s/+z/7P/s/+z/FADs/+z/5P/k/93/2f/k/97/HgDe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//l/+f/6f/o/+j/GgDp/9j/3v/h/+L/6P/k/yIA6f/r/+z/FQDs/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A6/8AAAAAAAAAAOL/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPr/AAAAAPH/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAUAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPn/AAAAAAAA6//s/wAAAAAAAAAAAAAAAAAAAAAAAPn/AAD6//X/AADy//L/FgDs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwDW/+L/0f/k/+T/4f/j/wAA6f/q/+r/2//n/xAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/FgDs/+z/8f/Z/+n/2P/Y/+z/7P/r/+H/EQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7//u/xUA8v/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/x/+z/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8AAAAAAAAAAPr/IAAAAAAAAAAAAAAAAAAAAAAAAADf/+b/5P/o/+L/4f/k/x0A7P/s/+3/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAASANL/5v/L//n/rf8AAMz/7P/s/+z/7P8VAOz/6//r/+z/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5//o/wAAAADn/+j/6f8cAAAA2f/c/+z/6P8OANn/4f/p/9//4//l/wAA5f/q/wAA+f/6/wAAAAAbAPj/+v/r/wAAAAAAAAAAAAAAAAAAAAAUAPL/+/8AAO7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+7/6//r/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/+v8AAAAAGwD4//r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6v/q/+v/6//m/+v/7P8XAOr/AAAAAOz/6P/s/+r/7P/t//X/9/8AABQA7//t/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADq/+v/6//d/+v/6//Y/wAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAOv/7P8AAO//FQDs/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/s/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7//u/xUA8v/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5P/f/+r/CADn/+X/AAAAAAAAAAAAAAAAAAAAAOz/7v8AAPH/7P/u/+z/FAAUAO//8f/1//T/7f/s//T/FADv//H/9f/0/+3/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/q/wAAAAAXAAAA8P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6v/r/+j/6v8VAOr/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7/8AAO3/7P/w/+b/5v/n/+f/6P/o/xoA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//v/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALgDn/+D/3P/r/9j/0//V/xQA7P/v/wAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA8//u/wAAAAAAABMA+v/w/+3/7f/t/+//8/8UAOz/8f/s/+z/7v/u/+7/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAPP/6v/y/+3/AAAnAPv/2v/s/+z/9//w/+3/FADs/+//4f/U/+T/3P/f/+T/IQDW/6v/IwDG/8v/yP/J/+P/4f/w//r/AAD4/wAAFwD4/+z/6P/j/+b/5v/p/97/5f8bAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/5//s/+7/8P8AAA4A6//s/+3/7P/u/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+n/+P/t/wAAFwDp/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+z/FADs//v/7P/s/+z/FAD6/wAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAKAO3/yv8GANH/xv/4/9L/7P/s/+3/7P/u/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P/w/+//7P8UAO//7P/s//X/7P/s/+z/FADq/wwA6f+Z/7//rf/c/7D/1f/q/xkA6v/f/9H/yP/f/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAOAAAA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/8v/K/wAAx//b/wkA5P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPH/8f8AAAAA7P/s/wAA3P8TAOz/5v/u/wAA7P/Y/+r/7v/v//X/AADa/+v/GgAAAAAAAAAAAAAAAAAAAAAAHQDi/+f/6v8AAM3/2v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/8P8GAOr/1v8AAAAAAAAAAAAAAAAAAAAA2P/Y/9z/5/8AAAAAKADo/wAAAAAAAAAAAAAAAAAAAAAPAN3/5v/r/+z/DQDc/9j/AAAAAAAAAAAAAAAAAAAAAAAA2f/o/xQA8f/g/9j/5P/s/+z/7P/s/+z/FADs/+z/8P/C/87/CQDq/8v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/Z/wAA6//d/wAA5P8wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//o/xkA6v/b/9L/yP/f/+z/FADs/+z/8f/t/+z/7P8AANn/1f/P//P/2f8AANv/FAD1/wAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAUAAAA2P/f//L/6//r/+X/7v8AAMX/y//m/83/CgDQ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD2/xQA7P/s//v/7P/q/+z/DADe/9T/5v/J//D/w//C/wAAAAAAAAAAAAAAAAAAAADr/87/IQCt/8b/xP/m/+T/7P/s/xQA7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/8v8AAPf/7/8UAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7v/t/+z/7P/s/wsAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAD4//P/8/8AAPD/IAD3/+z/7f/t/wAA9f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+v/6//s/xUA6//s/xQA7P/s/+z/7f/s/+z/7v8rAPL/7//7/wAA1f/t/wAABQDY/9f/6v/Y/wAA3//Z/zIA8f/d/wAAAADN/9P/AAAAAAAAAAAAAAAAAAAAAAAAFADs//H/7v8AAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+b/2v/Y/+X/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPL/+/8AAO7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOf/6//q/+z/7P/r/xYA6//3//L/FAD5/wAA+f/s//j/7f8UAO3/7P/u/+z/7P/s/+7/FAD0/+3/7P/s/+z/7P/p/xcA5//p/+r/6v/p/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xUA+P/7/+3/6//s//P/AAAAAAAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA2//t/+z/6/8AANn/2P8AAOf/xP/l//f/BgCY/93/AAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAA+f/5/wAADwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/+3/7P/2/wAAAAAnAPr/2P8WAAAA3/8AAOr/xP/j/93/8P/0/wAAAAAAAPX/+f8YABYA8/8AAAAAAADt/+v/9v8YAOP/5//q//X/5//T/9z/u//L/73/uf/b/0QA1P/c//b/AAAAAPf/AAAVAAAA+v8UAOz/7f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAAAAAYAPj/+P8UAOz/7P/u/+z/7f/s//H/6P/7/wAAAAAAAN//HAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7f/u/+3/7f8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FgDr/+z/6//r/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQA9v/v/wAA7v/s/+3/AAAAAAAAAAAAAAAAAAAAANn/6P/L/8T/+f/O/y4A7//v/xQA9/8AAO7/AADt//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/q/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAAAAAAAPAMj/6v/n/+H/6v8AABQA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6//r/+v/6f/r/+j/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+7/7f/s/xQA7P/w/+3/AADx//j/7v/j/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+r/8v/t/wAAJwD7/9r/9P8AAAAAAADv/xIAAAD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5v/g/9//6v8aANj/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA0f/b/+n/4//o/9//4//r/+z/7f/v/+//7P8VAOz/7P/s/+z/7f8AAO3/FADs/9n/7P/u/+v/5/8qAOX/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+j/6//s/xQA7P/Z/+z/7v/r/+f/KgDl/9z/FQDs/+3/6v/z/+v/7P/u/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s//b/7v/s/+z/7f/s/wAAFADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+f/6P/l/+f/3/8eAOz/9P/6/wAAAADg/wAAAAAqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+v/FQDs/+v/7P/s/+z/7v/s/+z/7f8UAOz/6//s/+z/8P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/7f/s/+z/6//s/xQA5//i/9v/IgDo/9j/2//d/wAAAAAAAAAAAAAAAAAAAAAkAOr/2P/q/+f/5f/n/+v/7P/s/9r/7f/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAADq/9v/9//b/+T/5f8XAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wsAAAAAAAAAAAAAAAAA9/8LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/r//H/AADx/xQA6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAPr/9f8AAPL/8v8WAOz/7P/s/+z/7P/s/xQA7P/b/+X/8v/Q/+j/7P8bANb/6/8VAOz/7P/t/+z/6P/s//L/+P8AAAAAAAAUAO//+//t/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/7P/r/xQA5v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//n/AAAAAAAAFAD1/+z/7P/s/+7/8/8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/8v/2f/V/+P/xP8UAAYA7P/s/+7/8/8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8AAO7/FADs/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+3/7v/s/xQAFwDq/wAAAADs/+j/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/7//H/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA9//r/wAA9f/n/+b/8/8AAAAAAAAAAAAAAAAAAAAAFADs/+v/7v/s/+z/7P/s/+z/7P/t/+7/7//s/xQA7v/q/wAAAAAAAAAA+/8WAAAAAAAAAAAAAAAAAAAAAAAAAPj/EgAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA+f8AAAAAAADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/wAAAAAAAN//7//v/ycALAD5/wAAAAAAANf/1P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA9f/s//D/6v/s/9P/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+f8AAAAAAAAAABQAAADs/+z/7f/v/+z/7P8UAO7/EQDe/+b/6//s//f/5P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/+f8AAPj/AADp/xYA+P8AAAAAAAAAAAAAAAAAAAAAGgD3/+v/AAD1/+f/5v/z/+v/7P/s/+z/7P8UAOz/7P/k/+f/qv+p/+H/vP+u/xEAFADs/+z/7P/v/+z/6v/s//D/9/8AAAAA+v/r//H/IgDT/9b/5P/Q/9b/FADR//b/5f/X/+T/4//b/9v/2/8lAAAAAAAAAAAAAAAAAAYAAADY/9n/5v/k/+f/5//l/yEAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAAA8f8VAPT/7P8UAOz/7P/s/+z/7P/s/xQA8v/7/wAA7v/s/+z/7P8AAA4AAAAAAAAAAAD3/wAA6//m/+r/6v/q/xcA5v/n/wAAAAAAAAAAAAAAAAAAAAAUAO3/7f/y/+//7P/s/+3/AAAAAPr/8f/0/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+L/6f/p/97/2/8aAOX/+v/u/+7/7P8AAOz/7P8UABgA6P/p/+b/6P/o/+f/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+7/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/9v/2v/q/+f/5v/Z/ygA2f/7/wAAAAAAAAAAAAAIAAAA1f/F/8L/FADV/+z/9f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/xQAAAAAAOz/7P/v/wAAAAAAAAAAAAAAAAAAAADs//T/8f/s/+z/FADs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P/q/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/FQD1/wAA+P8AAOb/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/wAA7v8UAOz/5//s/+3/7P8HAOv/6v8AAO3/7P/t/+z/7v/s/+z/FADs/wAAAAAAAAAAFADs/wAAzP/s/+z/7v/s//P/6f8UAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAA9//t/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/u/xQA8f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7f/s//b/AAAAACcA+v/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/+/8AAAAAAAAAAPf/FgDl/9r/2v/g/+P/IADk/+D/AAAAAAAAAAAAAAAAAAAAAPT/+v8AAAAA4P8AAAAAKgD7/wAA7f8UAAAA8//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/7P/q/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA9f/y/wAAAAAgAAAAAAD6//b/6/8AAAAAGQAAAPL/9f8AAAAAAAAAAAAAAAAAAAAAAADP/9z/1//M/9f/1/8AABUA6v/w/wAAAADs/+v/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/V/+L/0P/M/x8A6P/Q/xYA6v/q/+v/6//m/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+//AADt/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/r/+z/7P/s/xQA6//s/+3/7P/s/+z/7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/r//H/AADx/xQA6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/2/wAAAAAUAOz/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/x/wAA9//s//D/7f8UAAAAAAAAAAAAAAAAAAAAAADt/xQA7f/s//D/7v/n/+z/7P8UAOz/7f/u/+z/6//s/+f/3P/Z/+b/4v/b/xsA6P/s/+z/7P/s/+z/FADs/+z/AAAAAPn/AAAAABQAAADt/yUA4P/m/+v/6f/V/9f/6f8bAMb/5P/n/9v/6f8AAOv/FQDr/+n/7v/6/+z/6//r/9b/2//s//X/AAArAM3/AAAUAOz/7P/s/+v/6//s/+z/AAAAAAAAAAAAAAAAAAAAACcA1//r//f/5v/q/9f/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACUA7P/u/wAAAADu/9v/5/8AAAAAAAAAAAAAAAAAAAAAGADp/+z/7P/c/9//6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAGAOr/6P/p/+z/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA7P/r/+z/3//l/+D/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALr/u//J/9P/DQDq/8P/AADs/+3/7P8UAO3/7P/s/+z/7P/s/xIA7P8AABQA6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//D/9v8AAOz/7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/5P/m//T/8//c/yUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+b/2v/Y/+X/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8YAOz/8f/s/+3/5//y/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPf/9//y//T/AAAUAPf/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvAAAAAAAAAAAA0v/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAD1/wAA7P/v/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/AAAAAAAA7P/s//T/7P/s/+z/7P/t/8r/FwDs/97/2f/a/+b/6f/f/+X/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/8f/1//j/AAASAPT/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+//8v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//m//H/5v/s/xYA6//q/+z/7f/2/wAAAAAUAOz/7//p/+n/+P/t/wAAFwDp/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/8P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA5//g/9j/3P/a/9n/3v8nAAAA8//4/wAAAAAAAAAAEADr/+v/5v/k/+z/0//f/ycA9/8AAAAAAAD5//n/AAAPAAAAAAAAAAAAAAD4/wAADQDs/+z/8P/s/+z/7P/s/xQA7P/u/wAA8f/s/+7/7P8UAAAAAAAAAAAAAAAAAPr/CgDY/+n/5v/i/+P/0v/X/xwAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/+z/FADs/+r/3v/Q/8T/2v/r/xgA7P/s/+z/7f/s/+3/7P8UAOn/6v8AAAAA7P/y//D/GgDs/+z/8P/s/+z/7P/s/xQA6/8VAOv/7P/p/+v/6//s/+3/7P8UAPD/7v/v/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAD5/wAA7v8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOj/6P/s/+r/7P/r/+r/AAAAAAAAAAAAAAAAAAAAAN//5v/k/+j/4v/h/+T/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAANAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/s/+3/7P/s/xQA7P/s/+z/7P8VAOr/6//r/+f/7P8AAAAAAAAAAAAAAAAAAAAA6P/j/x0A5P/q/+L/4//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/P/+v/3v8aAN7/1P/r/xQA9f8AAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6//u/+7/FQDr/+v/6//m/9j/3P/u/+n/GQDs/+v/5v/Y/9z/7v/p/xkA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPX/AAAAAAAAAAD2/wAA1//g/yUA6//3/97/2v/h/wAACgAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAA7P/u/+v/FAAAAO//6//s/+z/8P/u//D/9/8VAOv/6//s/+z/7P/t/+z/FADs/+z/FADY/wAAAAAAAOz/7f8AAO3/7P/2/wAAAAAnAPr/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/s/+z/6/8VAOz/7P/t/+3/+f/u/+z/FADz/+z/8/8AAPL/8f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5P8YAPT/AADs//j/6f8AAOz/7P/z//X/7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/7f/7/wAAAADh/ykAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/wAAFADv/+z/3//h/8X/BQDf/9T/w/8eABIA6//c/+f/7P8TANf/7P/t/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA7P/q/+r/6//p/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/woA6f/Y/9H/1v8GAN3/FADs/+3/7//v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xoA8P8AAO//9//p/+z/7P8UAPr/AAAAAPH/7P/u/wAAAAAAAAAAAAAAAAAAAADz//b/AAAAAAAA+v8AABAAAAAAAAAAAAAAAAAAAAAAAPv/AADt/xQAAADz/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7v8UAOz/7f8AAAAAAAAAAAAAAAAAAAAA7P/1//H/7P8AAO3/FADs/+3/FAAAAO7/+v/t/+z/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPr/AAAAAPH/7P/u//P/7P8UAOz/+//s/+z/7P/r/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P8VAOz/7v/u/+z/6v/p/+r/FgDq/+v/6v/q/+n/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADs/+3/+v/s/+z/7P/7//H/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAADv/wAAAADs/xQA7P/t/+z/7P/s/+z/FADs/+3/8v8AAMT/CQDu/wAAAAAAAAAAAAAAAAAAAADs/+7/7P/v//P/7P8UAO3/4//a/xEA4v/n/wAA2P/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/4v/Z/9D/zf/L/+z/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9f8AAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/u/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8HAN//vP/E/+D/+f/3/9v/DADP/9X/z/++/w4A5v8XAPX/AAAAAAAA7v/0/wAAFADs/+z/7P/x/+z/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//C/9f/uP8AABMAAADg/+z/7P/t/+z/AAAUAO//7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/AADu/xQA7P8AAAAAAAAAAAAAAAAAAAAA2P/l/xQA0P/r/wAAAADX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/+v/7P/t/x8A3v/s/+z/7P/t/+z/AADu/xQA7P/v/+z/7P8UAPX/7P/s/+z/7P/s/+v/9//t/+L/HQDx/+z/7//s/wAAAADs/xQA7v8AAOD/7//2/wAA7P8bAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9H/3P/w//L/AADt/9z/6f/m/xoA6P/r/+n/4f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/r/+z/7P/r/+T/6/8AAAAAAAAAAAAAAAAAAAAAIwDg/9H/0//Z/8v/0P/L//T/FAAAAAAAAAD6/+3/AADs/+z/7P/s/xQA7v/o/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7v/s/+3/7P/x/wAAAAAAAAAAAAAAAAAAAAAAAPj/AAD4/wAAAAAAAA8A7P/k/+L/LAD0/9r/1P/n/wAAAAAAAAAAAAAAAAAAAADr/+f/6//q/+//6f8YAOz/7P/s/+z/7P/u/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/s/+z/6//k/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/8P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//T/AAAAAAAA9f/5/xgA9/8AAAAAAAD5//n/AAAPAAAAAAAAAAAAAAAAAAAAAADw//T/AAAAAAAA9f/5/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAOn/6f/r/+3/5f/4/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAMgDj/+T/+f/s/8v/5//l/wAAAAAAAAAAAAAAAAAAAADd/wAAAAAAAAAAJQAAAAAA4v8gAOb/5//v/+3/2//q/wAAAAAAAAAAAAAAAAUAAADs//v/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOP/0v/V/+z/5v8sANz/2P/s/+3/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADt//j/AADq/wAAAAD3/wAAFQD6/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/r//P/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/z//r/97/GgDe/9T/6//t/+//7f/s/+7/FADs/+z/9P8AAAAAAAAAAPf/7f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/6//r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6//2/+v/7f/o/xgA7f/r/+b/7//k//T/6v8WAOT/AAAAAAAAAAAAAAAAAAAAAOv/FgDp/+v/6//r/+b/6v/4//f/AAAAAAAAAAAdAAAA+P/3/wAAAAAAAAAAHQAAAOv/6v/q/+z/6//n/xUA6/8AAAAAAAAAAAAAAAAAAAAA6//q/+r/7P/r/+f/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAFADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAOz/7//t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+n/5P/q/+n/6P8YAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/AAAAAAAA7P/s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/wAA7f8UAOz/4f8ZAOj/8P/p/+z/0f/p/+z/FAAAAO3/9f/s/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAAAAAO3/AADm/+v/JwDZ/9z/3f/X/9j/7P/t/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/IADm/+f/7//t/9v/6v8AAAAAAAAAAAAAAAAAAAAA9/8LAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAD6/xEAAADs//P/7//3//P/7f8UAO//AAAAAAAAAAAAAAAAAAAAAPr/7v/u/+z/AADs/+z/FAD6/+f/7//o/+P/7f/s/xQA2P/s/+z/2f/u/ygA2P/q//D/AAAAAAAAAAATAAAA7v8AAAAAAAAAAAAAAAAAAAAArv/Z/+//wP/X/x4Av//q/wAAAAAAAAAAAAAAAAAAAADm/+T/6f/n/+n/KwDj/9P/7P/t//b/AAAAABQA7P/v//f/CwAAAAAAAAAAAAAAAADs/+3/9f/3/wAAFADv/+3/AAAAAAAAAAAAAAAAAAAAAOr/5f/r/xYA7P/k/+r/6P8AAAAAAAAAAAAAAAAAAAAA7P/r/xQA6f/u/+z/7P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJADz//P/7f8AAAAAAAAAABMAAAAAAOz/7P/s/wAA7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/zv/Y/9r/0/8aAOv/3//v/+P/AAAAAAAA7P8XAAAAAAAAAAAAAAAAAAAAAAAAAPH/+f/e//n/AAAmAOr/2f8AAAAAAAAAAAAAAAAAAAAA7P/q/+z/7P/s/xUA6//q/+v/5//q/+T/4f8PAPb/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/l/wAAAADl/xUA7f8UAOz/7P/s/+z/7P/s/+z/+f/2//H/AADt/yQA8f/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8XAOz/5//6/+j/6f/r/wAAAAAAAAAAAAAAAAAAAADp/xcA7P/n//r/6P/p/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA8/8AAAAAAAAAAAAAAAAAAAAAAADz/wAAAADx//r/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//X/8f/s/wAA7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//T/AAAAABoAAAAAAAAAAAAAAAAAAAAAAAAA9P/s/+z/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD5/wAAAAAAAOv/7P8AABYA8/8AAAAAAADt/+v/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAD6/wAA7P8UAOz/7P/t/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/t/+z/FADs/+f/3P/q/+r/6P8aAOj/2//r/xYA6P/u/+z/7P/n//H/6//s/x0A7P/s/93/5//q/wAAAAAAAAAAAAAAAAAAAADc/yUA8/8AAAAAAADd/+3/8/8VAPX/AAD4/wAA5v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8UAOz/7P/t/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/8f/s/+7/7P8AAOv/w//G/wsAzv/T/9j/+//R/9H/1//e/9H/EADc/+z/7f/0//X/AAAUAPD/8f/s/+3/9P/1/wAAFADw//H/5//j/+D/4//o/xwA4P/j/+r/4f/Y/9v/7//B/yIA7P/s/+z/7f/s/+z/FADs/+z/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+X/7f/w/+r/FgDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA8f8AAOv/7P/t/+v/7f/r/+v/FQDs/+z/7P/s/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FgDr/+z/6//r/+r/6v/s/+7/8f8AAO//FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/3//a/+L/6v/l/yMA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAPX/AAAAAAAA7v/0/wAA7P8AAO//AAD0/xUAAADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAAAAD4/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AABQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/5//s/+z/AADs/xUA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+j/AAAAAOf/6P/p/xwA8P/0/wAAAAAAAPX/+f8YAOz/7//s/wAAAADs/xQA7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAD2//r/AAAAAAAA+v/2/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/r/9j/9P8UANf/AADs/wAAAAAAAAAAAAAAAAAAAADs/+z/8P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPT/+v8AAPn/FADs/wAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADq/+v/6f/s/+//5f8WAOz/7P/4//L/AAD3/+//FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAAAA7f8AAOb/FQDs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA+f/g/8j/xf/Q/xEAtv/j/+j/AAAAAAAAAAAYAAAAAADY/9j/2f8TANz/AADY/9n/AAAAAAAAAAAAAAAAAAAAAO7/FAD0/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAO3/AADs/wAAAAAAAAAAFADt/wAA4f/r/xQA8P8AAAAA3P/f/+z/AAAAAAAAAAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/+/8AAAAAAAAAAPf/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAMQAAAND/3v/Z/9r/5v/p/9//5f8dABQA7v/0/wAAAADs/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/3P/W/97/1P/T/+H/LQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/7v/5/+z/7P/s/+z/FAAGAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAPn/FADv//r/7f8AAOz/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/6f8AAAAAAADX/ykA8/8AAAAAAAAAAAAAAAAAAAAA7P8VAOv/7P/s/+v/6//r/8L/2v8NANb/AADn//D/7v/d/yMA5v/o/+D/5//W/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+r/AAAAABcAAADw//D/zP/m/+n/6//Y/9j/6/8ZAAAAAAAAAAAAAAAAAAAAAADw/8n/HgCq/9H/zP/W/xIA6/8VAOr/2v/q/9T/6f8AAOv/FQDs/+z/6//s/+z/7P8AANj/5P/Y/+v/EwDY/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/xcAAADW/9P/w//w//T/AAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAAUAO3/7P/r/xcA6f/s/83/7v/n/+v/AAAAAAAAAAAAAAAAAAAAAOj/3//M/8f/7/8wAOT/0f8AAAAAAAAAAAAAAAAAAAAAAAAAAPv/9v8AAL//xf/Q/wYA6//Y/9j/+f/i/wAA6//S/9P/1v/J/wAA2f/s//f/9f8AAAAAAAAAAPr/7f8TAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/wAA4f8UAOz/1/8oAOT/3//q/9T/6P/c/+L/3//l/+T/6f/h/xsA5f8UAO3/AADt/wAA7f/t/wAAAAAAAAAAAAAAAAAAAAAAABQA6//q/9n/2/8AANf/2P/g/9j/6//Y/+z/KADZ/9j/4f/l/+r/+P8AAN7/LgDj/+H/6P/t/+3/8P8cAOX/7f/s/+z/7P/s//j/7P8UAO3/xP/o/8P/AADB/wAA+v/q/+v/6//s/+r/IQDq/8b/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8AABQA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/m/+v/6P/m/xgA6f/q/+b/BgDh/9T/4/8SAML/4v/f/+n/uf/b/+j/8P/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuf/d/+H/v//s/wAAAAD4/wAAAAAAAAAAAAAAAAAAAADs/+3/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAL7/6P++/9r/3//6/9j/FwDs/wAA6v8UAOz/7P/s/+z/8f/5/97/+f8AACYA6v/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+P/9v/s/xQA7//r/xYA6P/r/+v/5f/m/+v/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+X/AADs/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA7f/1//D/AADt/9z/7/8fANr/2P/k/+X/3//h/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wsAAAAgAOX/8f/3//j/6v/W/+7/FADs/+z/7f/u/+3/7P/t/+z/7v/t/+7/7f/t/xQA7v/s/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7v/r/wAA7P8VAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAPf/AAAVAAAA+v/s/+z/7f/s/wAAFADv/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/w//n/AAAAAB4A5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADy/wAAAAD0/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/w//n/AAAAAB4A5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/s/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//H/9f/4/wAAEgD0/wAA8f8AAAAA+/8AAPH/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/+3/AADu/xQA8/8AAAAAAAAAAAAAAAAAAAAAIwDt//X/8P8AAO3/3P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FwDq/+j/6f/q/+n/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5f/n/+n/6P/o/xoA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/9/8AAAAAAAAAAB0AAAAAAAAAAAAAAAAAAAAAAAAA7/8AAAAAAAAAABIAAAD0/wAAAAAAAAAAAAAAAAAAAADg/+P/3v/p/+3/6P8ZAOn/AAAAAAAAAAAAAAAAAAAAAO3/7//t/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7/8AAAAAAAD0/xMA+f/a/9n/6v/p/wAA8v8oAOb/7P/s/+z/7P8AAPD/FADt/+z/7P/s/+z/7P/s/xQA7f/s/+z/7f/v/+z/7P8UAO7/6v8VAOv/6//r/+v/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADt/+7/FAD0/+3/7P/s/+z/7P/u/xQA9P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AADz/wAAAAAVAOf/5//s/+z/7f/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/wAA7v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAANAOD/AAAAAAAAAAD6/yAAAADs/+z/7P/s//D/7P8UAOz/AAAAAAAAAADv/wAA9f8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/x/xQA7f/5//r/9P/s/+3/6/8VAAAA7v8AAO3/7P/4/+v/DwATANP/2f/m/+v/3P/3/xsA+P8AAAAA8f8AAPr/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5v/4/wAAAAD2/xkA8/8AAAAAAAAAAAAAAAAAAAAAJADq/9j/6v/n/+X/5//r/87/z//f/+f/7P/J/8P/PgAAAAAAAAAAAAAAAAAAAAAA0v/H/9//6/+0/7n/5//7/97/6v8AAOz/7P/r/9v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDs/+v/6f/s/+j/5/8OAN3/5v/n/9b/9//6/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6f/t/+3/6//p/+r/AAAAAAAAAAAAAAAAAAAAACcAAAAAAAAAAADY/+D/AAAlAOz/7f/z//L/2v/Z/+3/AAAAAAAAAAAAAAAAAAAAAAAA3f/i/+n/AAAAAMf/6P8MANj/1P/U/9r/FADW/9j/AAAAAAAAAAAAAAAAAAAAAOb/4//R/+T/v//6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+b/6//s/xMA7P/a/9n/2P/Y/9r/3P/e/9j/KADc/wAA6//x//j/EADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6f/q/xYA6f/q/+v/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+7/7f/t/+z/7P/N/woAzP/Y/83/3/8AAMT/AAAAAAAAAAAAAAAAAAAAACMA7f/1//D/AADt/9z/7/8fANr/2P/k/+X/3//h/+b/IADl//H/9//4/+r/1v/u/xQA7P/s/+3/7v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//p/+r/5/8VAOr/+f/r/+r/6//q/+v/FgDr/+n/0//H/9X/3v/p/9n/xf84AN3/+P/E/7b/sv8AAMT/6//q/xYA7P/r/+z/5//r/+n/EAASAOz/7f/t/9z/z//s/xUA4/+f/6r/sf/k/6P/0P8AAAAAAAAAAAAAAAAAAAAA8v8UAAAA8//x//L/2P/u/+z/FAAAAO3/9f/s/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/a//H/7f/0/+z/8P8UAOz/7P/s//f/9v/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAw/+0/97/AADU/8//AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/xQA7P/s/+z/7//t/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/q/+v/6P/q/xUA6v/r/wAAAAAAAAAAAAAAAAAAAADt/xQA7v/y/wAA7v/z//v/1v/Y/+r/5//s/+L/4/8oABgA6P/p/+b/6P/o/+f/6f8AAAAAAAAAAAAAAAAAAAAA5//c/9n/5v/i/9v/GwDo/xgA3v/m/+3/1f/q/+n/2/8AAAAAAAAAAAAAAAAAAAAA6//s/+3/7//v/+z/FQDs/+3/7f/t/+//8/8UAOz/8f/s/+//+f/t/+z/7P/s/xQAAAARAOb/6v/k/9//4v/c/+L/zf/S/+3/6v/p/x8A5//v/+r/3//s/+v/6P/Y/xMA0f/h/+D/8v/g/zIA0P/P/9z/1f8AAMj/4v8jAKT/2//t/+v/9f8AAAAA4//5/xsA0//l/8//yf/F/yYA5f/J/wgA1f/I/93/1/8KAAAA1//y//n/AAAAAAAAFAD1/+z/2f/Y/93/2f/e/wAA3f8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA8f/z/+P/2P/s/xQA7P/s/+z/7P/s/+z/7P/T/9z/wf/L/87/AADO/xAA7P/s/+7/7v/v/+z/7P8UAOr/2//3/9v/5P/l/xcA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/8v8AAAAAIAAAAAAA+v/s/+f/6f/u/wAA+P8ZANr/AAAKAAAAAAAAAAAA+P8AABUA7P/s/+//7P/o/+z/7P/s/+z/7P/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/xQA5f/t/+v/6/8AAO3/2/8aAPD/9v/1/+z/7P/s/xUAAAD6/+//AADk/+v/AADs/+z/7f/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABgA5v/z/wAAAAD3/+j/AAAWAOr/6//r/+7/6//m/+z/FwDs/+z/7f/u/+z/1v/s/wAAAAAAAAAAAAAAAAAAAAC3/+z/w/+y/7n/wv8ZAL//9f/q/9j/2//c/xwAwP/0/+z/9f/x/+z/AADt/xQA7P/s/xQAAAAAAOz/7P/s/+v/7v8UAPT/7f/s/+z/7P/s/+3/7f8AAAAAAADw/xQA8/8AAAAAAAAAAAAAAAAAAAAAJQDf/9r/3P/c/9n/1P/W/+n/7P/r/+z/FADq/9f/8f/s/+7/8f8AAO//FADt/+z/KwDj/9b/3//U/8//1P/a/xsAzf/o/+D/1P/l/+j/6f/0/7n/vf/K/8//vv8AAAAA0//S/9T/0v/a/9D/LQDO/yEA5v/Q/+b/4//V/9z/5P8AAAAAAAAAAAAAAAAAAAAAKADn/9//3v/t/+r/0P/i/wAAAAAAAAAAAAAAAAAAAADY/+v/5v/U/+v/6v8lAOP/7P/4/wAA8/8AAO7/FAAAANT/AAAAAAAAAAAsAAAAAADs/+z/7P/u/wAA4f8UAOz/AAAAAAAAAAAAAAAAAAAAAOX/7f/2/wAA9/8UAOj/7P/x/wAAAAAAAAAA9/8UAAAAAAAAAAAAAAAAAAAAAAAAANj/4//r/+v/6v/Y/wAAAADw//r/AAD4/wAAFwD4/+z/+/8AAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADv/wAA9//s/+z/7P/o/wAA6v/l/9//4v8AAAAAAAAAAAAAAAAAAAAAAAAAANj/2f+6/9r/5//e/zIA2v8AAAAAAAAAAAAAAAAAAAAA5//l/9r/6f/r/9L/GgDo/wAAAAAAAAAAAAAAAAAAAADr/+v/6//u/+7/FQDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+z/7f/7/wAA2/8mANn/FADs/+z/7f/u/+3/7P/t/wAAAAAAAAAAAAAAAAAAAADr/+b/2P/c/+7/6f8ZAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/+r/6f/f/wAAHwDm/+H/AAAAAAAAAAAAAAAAAAAAAOn/4/8AAOL/9P/Z/yQA7f/1/+r/6f/f/wAAHwDm/+H/+f8AAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/8v/0/wAA+f8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwDX/+v/9//m/+r/1//j/wAAAAAAAAAAAAAAAAAAAADi/xoA5P/n/+n/6f/n/+b/AAAAAAAAAAAAAAAAAAAAABkA5/8AAAAA+v8AAOf/+f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8AAO7/FADs/9H/7f/H/+D/2v8kAND/zP8AAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQAAAD2/wAA+P8AAAAAAAAQAPP/FQD1/wAA+P8AAOb/7f/s/+r/8v8AAAAA4//2/xsAAAAAAAAAAAAAAAAAAAAAABoA9f8AAPj/AAAAAAAA+f8AAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAAAAAAAQAO3/7P/2/wAAAAAnAPr/2P8AAAAAAAAAAAAAAAAAAAAAAADO//f/4f8jAOf/4f/o/wAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAA+P8AAPf/FQD5//L/8P/v/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADr/+z/7P/U/wAA2v/X/wAA1v/Y/wAA6//q/+n/6v8WAOn/6v/r/+X/3//d/+n/6f/f/xsA4P/f/+b/5P/o/+L/4f/k/x0A6P/n/9z/5f8YANj/3v/o/9//GwDe/+f/5v/d/+j/3f/b/wAAAAAAAN//7//v/ycA6f/q/wAAAADs//L/8P8aAOz/7f/2/wAAAAAUAOv/7/8AAOz/6f/6//L/5P8AAOH/8f/b/+z/8f/s/9j/9/8KAOv/7P/q/+P/6//p/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//u/97/5f/Q/+n/9v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/7v/u/+z/AADs/+z/FAAAAOz/6f/6//L/5P8AAOH/AAAAAAAAAAAAAAAAAAAAAA8A6P/r/+3/6//q/+7/7P8AAAAAAAAAAAAAAAAAAAAA5f/c/97/7P8aAOL/4f/s/+z/7P/s/+7/FADs/+z/7P/r/9r/4f/b/xsA5f/Y/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8f/1/xQAAADs/+3/7P/1/+D/w/++/+z/u//G/wUAEAD1/9n/y//U/+L/1v8AABYA7P/t/+7/4f/r/+r/6v/d/+3/2f/H/8P/tv/X/ykAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f8kAN7/2//N/8z/5f/e/wAAAAAAAAAAAAAAAAAAAADi/xoA5P/n/+n/6f/n/+b/yv8AAML/zf/R/+v/DADM/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAOf/3//1//r/AAD3/ykAAADt/xQA7v/y/wAA7v/z//v/EQDr/wAAAAAAAO//+f8AAAAAAAAAAAAAAAAAAAAAAAAZABYAw//H/9j/w//D/7f/3f8oAOb/3P/r/87/1v/U//f/GwD4/wAAAADx/wAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/r/+z/6//q/+z/8f8UAO3/+f/6//T/7P/t/xUA6//s/+v/7P/r/+v/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA7P/q/+b/7P/q/+z/7P8UAOz/7P/s/+z/6//s//r/DwAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAA6v8gAAAAAADr/+7/6P/r/+z/FADs/+z/7P/s/+z/7P/Y/ykA2P/W/9f/3P/W/9P/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADw/xQA8P/s/wAA7P/u/+v/AAAAAAAAAAAAAAAAAAAAAM3/3//Z/9n/3v/X/y0A5v/s/+3/9f/3/wAAFADv/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P/s/+z/7f/s/+7/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9f/x/+z/AADt/xQA7P/s/+z/7f/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAD6/8b/nP/K/9H/AAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//Y/9r/3P8AAMz/AAAFAOz/7P/s/+v/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAA9/+2/9j/xf/s/wsACgDQ/+3/AADu/xMA9P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA9v+7/9f/CgDf/+H/AADd/xEA6v/W/wAA5v/s/+f/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8AABQA8//s//n/HAAAAOj/AAAAAPr/5v/p/+v/6//s/wAA5v/v/xgAAAAAAAAAAAAAAAAAAAAAAOH/5P/i/+n/6v/j/x4A6P8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAADgAAAAAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAuP89AN//y//H/9j/wv/K/+z/FwDm/+r/7P/s/9H/7P/b/z0A6f/T/9f/yv/m/77/AAAKAAAAAAAAAAAA+P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/s/+z/7P/s/xQA4P/p/9v/2f/Z/+v/2P8oAAAAAAAAAAAAAAAAAAAAAADs/+r/6v/f/+j/5v8WAOz/3v/Y/wAAAAAWAO3/AADj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+z/7P/s/9z/EADp/+P/HADl/+T/6v/X/+X/3P/r/9r/4f/b/xsA5f/Y/+X/7P/s/+z/6f/n/+z/6/8UAOD/KQDk/93/4f/f/9f/3P8AAAAA8v/o//n/2P/Y/9r/6//A/8D/zP/H/w0A1P/3/xQAAADz/wAA8//o/+n/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/t/+z/3f/T/9T/z//W/+L/LQDQ/97/JwDd/+r/4v/e/9P/1//s/xQA7P/s/+z/7P/s/+z/+v/u/+7/7P8AAOz/7P8UAAAA+P8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAA7P8AAAAAAAD4/+7/FADy/wAAAAAAAPL/AAAAABsA7P/s/+7/9P8UAO7/7P/s/97/IwDe/93/3P/X/9//0P/Z/yoA1f/j/9z/4v/X/9j/7P/Y/+f/GwDw/+z/5P8AAOf/r/+l/wkAy//Z/7f/7P8WAOP/5//e/8T/t/8AANX/AAAAAAAAAAAAAAAAAAAAAOz/FADx/+//7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/5v/w/+z/GQDl/+P/6/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+z/7f/s/+3/FADs/+3/7f/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P8AAO7/FADs/+r/FgDo/+n/6//o/+n/6v8AAAAAAAAAAAAAAAAAAAAA6P8KAND/yv/P/8v/yf8MAPL/AAAAAAAA8v8AAAAAGwDZ/ygA2P/c/9n/2f/Y/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8aAOP/5//s/+z/5P/k/+z/7P/s//v/8f/u/xQAAAAAAAAABQAAAAAAAAAAAAAA7P/t/+z/7P/s/xQA7P/s/9//FADr/+P/2v8AAOD/3v/n/+X/6f/q//P/7/8aAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6f/s/+v/7P/s/+z/FgDe/+z/7f/7/wAA2/8mANn/1//X/+H/4P/Q/+j/0/8cAAAAAAAAAAAAAAAAAAAAAADs/yIA7f/v/+z/7f/g/+v/7P8WAOv/7P/r/+v/6v/q/+z/FADs/+z/7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO3/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6v/s/+//7P/p/+r/9P8AAAAAAAAAAAAAAAAAAAAA4f8ZAOj/8P/p/+z/0f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/7P/q/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/w/+z/5P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwAAAAAAAADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAD6/wAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+j/9f/6/+z/2P8VAOr/7P8UAOz/7f8AAOz/7P/t/wAACwAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA6//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/p//n/7//c/9b/8P/O/+z/7P/s/+z/7v/s/+z/FADs/+7/+/8AAAAAFADw/+3/7P/s/+z/7P/s/+z/FADt/+P/8//7//D/8v8WAPH/6//t/xQA7f/t/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAACMA7P/0/+3/5f/X/+z/2P8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADp/+n/+P/t/wAAFwDp/+j/AAAAAAAAAAAAAAAACQAAABQA7P/t//D/7P/r/+z/7f/s/+3/AAD1/wAA8/8UAPL/7P/s/+3/7//s/+z/FADt/+3/AAAAAAAAAAATAAAAAADr/+3/7f/t/+3/FwDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/9//5f/e/97/5P8fAOT/yP/n/8D/wv/S/9D/IQDi/wAAAAAAAAAAAAAAAAAAAADq/+n/6P/o/+z/6/8WAOD/AAAAAAAAAAAAAAAAAAAAAOz/7P/a/+3/7//s/xQA7P8AAAoAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//xP/a/x0A2v/X/+//wf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAPH/AADm/+f/4v/d/+b/5v8aAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAA7v/6/+3/7P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/9D/1P8gANb/0//l/+P/+v8AAPr/HQAAAAAA+P/2/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz/8AAN3/2v8AAAgAuv8AAOz/9P/x/+z/7P8UAOz/6//s/xQAAAAAAOz/7P/s/+v/FADs/+z/7P/s/+z/7P/s/+z/6//s/+z/7P8VAOz/6v/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA6f/c/+T/7v8AAMf/6f8AAOz/7P/u//D/AADq/+z/KQDo/+3/AAD2/9r/6P/m/yAA5f/x//f/+P/q/9b/7v8AAAAAAAAAAAAAAAAAAAAA6f/u/+b/4v/m/xQA3v/s/+z/7P/t/+z/AAAUAO//7P/s/+z/7f/t/xQA7P/s/+z/4//a/9n/6v8bAOT/6//T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6f/s/+3/4v/r/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/yQA3f/a/+X/3P/b/93/2/8kAN3/2v/l/9z/2//d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAADv/xIAAAD4/9j/7P/s/+z/7P/Z/yMA3v/s/+z/7P/u/wAA4f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADv/+7/7f/t/+3/7v/s//f/7f8UAO7/7P/s/+7/7P/s//T/7P/u/+z/FADx/+r/+f8AAPj/AADp/xYA+P/s/+z/7P/s/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAPP/8v/0/wAA+f8UAO3/7f8UAOz/7f/5/wAA7P/s/wAA7//v//D/+P/0/xUA7P/s/9H/3P/W/97/1P/T/+H/LQDs/+z/7P/s/+z/FADs/+z/AAAAAAAA9/8AABEA+v/0/wAAAAAAAAAAAAAAAAAAAADN/83/z//M/9L/MgDM/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQDb/9n/2v/e/93/0f/T/xUA6f/u//r/+f/s/+v/6v/q/+v/6//r//H/6v8WAOv/2P/s/+z/2f/u/ygA2P/q/+z/FAAAAAAA7P/t/+7/7P/O/7j/1v8MAMX/tf8QAL7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/AADu/xQA7P/L/9v/zP/m/+n/6P8lAM7/8f8UAO3/+f/6//T/7P/t/+L/9f/v/yQAAADh//H/AAAAAAAAAAAAAAAAAAAAAAAA3/8bAN7/5//m/93/6P/d/wAAAAAAAAAAAAAAAAAAAADu/xQA9P/t/+z/7P/s/+z/7P/s/+z/7P8VAOz/6//r//P/AAAAAAAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAA0f/O/9j/x//c/y0A1P/c//f/AAAAAAAA+f/5/wAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAADq/+z/4f/e/+n/AADY/w8AAAAAAAAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAADm/+v/5P/p/93/7P/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/t/xQA7P/v/+z/6v/r/xYA6v/r/+n/6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/r/+3/8/8VAO3/6//s/+v/AADz/wAAAAAVAOf/5//s/9D/3P/f/xIAxP/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/8b/CAC5/+b/AADK/8D/wv/k/9r/7//u/x4A1P/t/+7/7P/t/+z/6v8UAOz/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/s/+n/6v8UAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+7/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAPH/AADk/wAAAAAkAO7/AADs/+z/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAA8A6P/r/+3/6//q/+7/7P8AAAAAAAAAAAAAAAAHAAAAAADX/+X/FAD6//L/2P/Z/wAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAN7/7P/t/+n/EwDY/+P/AAAAAAAAAAAAAAAAAAAAAAAA7P/t//X/9/8AABQA7//t/wAAAAAAAAAAAAAAAAAAAADR/9f/2P/Q/97/2/8qANj/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/p/+f/4//m/9X/FwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/2f/Z/93/5P/r/xgA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+v/8f/q/xYA6//s/+z/7P/t/wAA7f8UAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP+b/97/kv+U/6z/QgDQ/+z/6f8UAAAAAADs/+z/7v/s/+v/7P8AAAAA7P8UAOz/7f8UAO7/8v8AAO7/8//7/+z/7P8AAAAAAADs/xQAAAAAAAAAAAAAAAAAAAAAAAAA9v/o/+j/6//2/xAAzf/q/9j/3P/t/+n/9P/Y/ygA9f8AAAAAAAAAAAAAAAAAAAAA3v/s/+3/+/8AANv/JgDZ/w0A5//c/8b/2f8MAOv/zP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAANAAAAAAAAAAAAAAAAAAAAAADP/+L/+P8aAPT/CADY/9b/7P/s/xQA7P/s/+z/7P/s/+n/5f/n/9b/5v8YAOn/5P8fAOf/7P/p//H/4P/h/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s//v/7v/5/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/HQD4/wAAAAAAAO3/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/7f/w/+j/3P/r/xQAAAAAAAAAAAAAAAAAAAAAAPb/7f/s/+3/7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADt//L/7v/5/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/r//H/AADx/xQA6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/9f/u//f/+v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/y//T/AAD5/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADf/yAA3//b/+X/3f/c/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//j//v/3//a/+P/FAD3/wAAAAAAAPT/+f/Y/+7/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//j/AAAAAAAAFADv//v/8P8AAAAA+v8AAA4A7v/4/xoA9//r/wAA9f/n/+b/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAA+v8AABMAAAAAAOv/8P8AAPv/AAAVAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/7P/t/+z/BwDr/+r/AAAAAOv/6P/t/wAA2v8AAOT/AAAAAAAAAAAAAAAAAAAAANr/5P/m/wAA7P8YAOb/2P8AAAAAAAAAAPb/2f/t/xEA0v8gANb/6f/W/9b/1f/T/wAA7f8AAO7/AAAUAPb/7f8AAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAAPj/7f8TAOj/yf8uAAAAtP/Q/5n/6P/j/+v/6P8UANz/AADr/9r/7v/q//b/6f/e//b/5/8hAAAAAAAAAAAAAAAAAAAAAADs/+3/7v/t/wAA+v8VAPP/2f/r/+z/GADi/9n/6//p/+z/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+f/4f8hANj/3//q/+v/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6//s/+z/7P/p/9//FAAUAOz/7P/s/+//7P/q/+z/7P/s/+z/FADt/+z/7P/s/9v/2P/Z/+X/DADn/xQA4//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANj/CQDY/9j/5//X/9H/CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAD3/wAAFQAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/7/8AAPf/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAA6//s/wAA7/8VAOz/6//r/wAAAAAAAAAAAAAAAAAAAADs/+z/6v/r/+z/FQDr/+n/5v/k/+n/5//p/ysA4//T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAsAAAAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAO//EgAAAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/s/+7/7P/s/xQA7f/s/+3/7P/u/+z/7P8UAN3/0P/W/8z/4//Q/yUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/9//2v/i/+r/5f8jAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8VAOz/6//r/wAAAAAAAAAAAAAAAAAAAADq//n/AAD4/wAA6f8WAPj/6//p/+T/6v/p/+j/GADh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/s/+//8P/s/+z/7P8UAOz/7P/r//f/7f/i/x0A8f/s/+z/7P8AAOz/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA+P/u/xQAFADt/wAAAAAAAOz/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/v/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+P/4P/j/+j/HADg/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/+7/+f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/8f/NwDM/wAA8v/v/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+7/7P/t//P/FQDr/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/m/9v/6//j/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/8v/0//L/FADr/+z/7P/s//f/8P/t/xQA7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/6P/s/+r/6f/s//X/EwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAPH/8f8AAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6P8UAOn/6//i/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0/7L/zv8AAMX/4//j/w0A7f/s/+3/7P/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAN3/7P/s/+z/CADr/+z/9P/s/+z/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAWAOz/6v/w/+z/6//q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/wAA9f/s/xQA7P/k/xEAAADY/+H/2//Y/9j/AAAAAAAAAAAAAAAAAAAAAPT/7v/6/+n/3P/6/9z/MAAAABUAAAAAAAAAAADx/wAAAAD0//H/9f/4/wAAEgD0//T/AAAAAAAAAAD4/+3/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/u/wAA+v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/+v8AAAAAAAD6//b/GwAAAAAAAAAAAAAAAAAAAAAA6//i/+H/7f/s/+v/FQDp/w4A8v+p/6r/CgDL/9r/tf/s/wAAAAAAAAAAFADs/wAAJwDT/9b/6v/e/97/2//w/+z/7P/t/+z/AADu/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/9v8AABQA7P8AAOf/7P/t/+z/BwDr/+r/AADT/9b/AADX/9//LwDM/8z/AAAAAAAAAAAAAAAAAAAAAOn/6//r/+v/6v8VAOv/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//s/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAUAO7/7v/s/+3/6//s/+z/6//d/9H/AADx/xYA5P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/b/9r/1v/m/9T/IgDc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/xQA7P/x/+n/7P/s/+//7P8AAAAAAAAAAAAAAADQ/wAA4//K/+D/4/8GAPX/AAAAAAAAAAAAAAAAAAAAAOn/7f/t//f/8/8VAO7/7/8AAPT/8f/1//j/AAASAPT/AAAAAAAAAAAAAAAAAAAAAMz/7P/s/+7/7P/z/+n/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAD2/xkA6v/o/wAA9v/j/+b/AAAAAAAAAAAAAAAAAAAAAO3/FADu//L/AADu//P/+/8AAAAAAAAAAAAAAAAAAAAA7P/v//n/7f/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/w/+3/7P8UAOz/7P8AAMr/5P/Y/+r/7f8TANT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7P/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/k/+b/9P/z/9z/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6P/1/+b/AAAeAO//0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//H/AADv/xQA7f/s/+z/7P/t//H/7f/t/xQA7f/6/9P/6f/o/9T/KQDj/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/9j/KADY/+3/3P/o/9j/6f/a/+r/2P/y/wAAAADq/wAAAAAAAAAAAAAAAAAAAAD2/wAAAAD3/wAAFQAAAPr/6/8UAOz/6v/q/+b/6P/2/wAAAAAAAAAAAAAAAAAAAAAUAOz/1P/t/+v/7v/s/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/8L/BwDN/7H/AADh/8H/7//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA6//h/+z/7P/4/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAA2P/s/yQA7P/s/+P/3//r//v/+f8UAAAAAAAAAOz/AADC/9j/z/8SANj/6//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/1P/t/+v/7v/s/+j/6v/t/+7/8f8AANr/6/8aAAAAAAAAAAAAAAAAAAAAAADt/+3/7f/v//P/FADs//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f8AAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADY/9r/FQDO/+z/6f/E/w8A7P8UAOz/7f/s/+z/7P/s/9r/4v/h/9z/IgDE/9D/4f8AAAAAAAAAAAAAAAAAAAAA6//e/93/7v8FAN//3P/7/wAAAAAAAAAAAAAAAAAAAAAHAAAAvv+5/7D/9//Q/77/7f/s//b/AAAAACcA+v/Y/+z/7P/t/+z/FADs/+z/7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKwDy/+//+/8AANX/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8AAOj/AAAAACgA8//g/+3/0v/v/8z/3v/s/xUAx//r/+z/FAAAAO3/6//q/+z/5//q/+j/6v/r/xYA6f/q/wAAAAAAAAAAAAAAAAAAAADZ/wAA5f/o/9j/EwDs/+j/7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAANANX/6f8kAOv/3f/G/8L/6v/r/+v/6//x/+r/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf/n/wAAGADg/9j/6v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//P/AAD4/+z/8f/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/xYA7P/s//H/2f/p/9j/7P/s/+z/7P/u/+z/7P8UAOz/7P/s/+z/7v/s/+z/FAD2/+3/7P/t/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+z/7P/r/+r/6v8AAAAAAAAAAAAAAAAAAAAA0v/H/+3/+f/X/wAACgDA/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAAAAAAAAAPv/FgAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+//7f/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAADQAAAAAAAAAAAAAAAAAAAAAA5f/k/9z/GwDr/+P/5v/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/7/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwD4/wAAAAAAAO7/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/R/yoA0f/b/9j/3//g/+z/8/8UAAAAAADs/+z/8P/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8XAO7/AAAAAA0A6P8AAAAAAAAAAAAAAAAAAAAAAAAVAPn/AAAAAAAA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/8v/2f/V/+P/xP8UAAYA7P/s/+z/7P/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADh/wcA3//p/9f/6//a/+T/AAAAAAAAAAAAAAAAAAAAAOj/GQDs/+H/7P/h/+L/7P8KAOH/4P/6/+z/2P/Y/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/l/+r/6v/r/93/GgDn/+r/FwDs/+n/1//f/+r/6v/u/xQA9P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/x/wAA7P/t/97/6P8eAOv/7f/s/+v/7//s/+v/FAAAAAAAAAAAAAAAAAAAAAAA8f/p/+b/6v8AAOb/5f8AAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/FgDr/+z/7P/q/+z/6/8AAAAAAAAAAAAAAAAAAAAA7P8AAPf/AAAAAPD/FAD2/w4A5v+4/8n/6P/N//r/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAOz/AAAUAO7/8P/2/wAA7P/s//P/FADv//H/9f/0/+3/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//s/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/6/wAAAADg/wAAAAAqAO3/7//s//n/AADz/+7/FADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOj/6P/s/+r/7P/r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/wAAAAAAAN//7//v/ycAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/f/+z/5//r/xAA6f8AAPX/+/8AAAAAAAAAAPf/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P8AANn/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA+P/0/wAA7P/t/97/6f8fANv/0v8AAAsA6f/m/8v/AADn/+z/7f/s/wcA6//q/wAAAAD0//H/9f/4/wAAEgD0/+z/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9//+P8AAAAA5P8AAC0AAAAAAAAAAAAAAAAAAAAAAOz/6f8VAOz/7f/T/+D/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5//q/+3/4P/s/+P/FQDw/+3/AADx//j/7v/j/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//o/wAAAADn/+j/6f8cAPH/AAAAAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAA8P/s/+3/AAAUAPj/+v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/2P/g/9f/AAAAABMA2f/G/9f/AAAAANT/5//g/+v/AADC/wcAyf/K/+D/z/8OACYA2f/X/9n/5//a/+3/4/8UAOz/7v/t/wAA7P/s/+z/AAAKAAAAAAAAAAAA+P8AANP/3P8LAPL/1P/f/7//CgD2/wAAAAD3/wAAFQAAAPr/7P/s/+z/7P8VAOz/6//r/zgAyP/K/9f/8f/J/8r/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//AADZ/2r/2P/Q/+v/2v/x/9j/2P/X/w0A1//P/8f/sv/a/6z/AAAAAAcA8//P/9r/4f/Y/wAAuv/u/+f/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/EgDb/+j/zf/Y/9j/AADu/xQA7v/v/+3/7v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/wAA4P/O/+X/JwC5/97/5v/r/+T/6f/d/+z/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+z/7P/s/+z/FADs/wAA7P/r/xQAAADs/9f/7P8AAAAAAAAAAAAAAAAAAAAA0v8AAOr/EwDQ/67/3/+o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOr/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/4//t//X/AADq/ygA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAA+//s/xQA6f/s/wAA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAO3/AADn/+P/6//o/+n/3v8dAN3/7P/q/+z/7P/s/+z/FQDs/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAPH/6/8UAPT/+v/1/+z/9P/s/+v/FADp/+7/7P/s/+j/GAD6/wAAAAAAANn/7P8AAOj/5P/o/x4A7//s/+H/8f8AAAAAAAAKAAAA9v8AAAAA7P/t/wAA9f8AAPP/FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v8UAPT/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9f/6//j/+T/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/5f8WAPb/6f/l/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+3/7v/t/+3/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDq/wAAAAAAAAAA7P/6/x0A6/8AAAAAAAAAAOL/+v/s/+z/7P/s/+z/FADs/+z/7P/1//H/7P8AAO3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAAAAAAAAABIAAAD0/wAAAAAAAAAAAAAAAAAAAADt/+z/FADw/+7/7//s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7f8UAOz/7P8AAAAAAAAAAAAA+f8LAAAAAAAAAAAAAAAAAPn/CwAAABQAAAAAAAAAAADs/wAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+7/7f/s/xQA7P/g/9P/5f/c/+D/5P8hANb/DQDs/+z/7P/t/wAA6P/q/+//AAAAAAAAAAD6/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/4/wAA8/8AAO7/FAAAAOz/7P/t//H/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7//t/+z/7v8UAOz/7P/s/9H/6//j/9b/wf8XAN3/FADs/+7/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/9//t/+L/HQDx/+z/7P/t/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+r/7P/s/+z/6P8bAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FQDs/+7/7v/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/2//H/AADt/yQA8f/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P/u/+v/6f/Y/xQA4f8AAAAAAAAAAAAAAAAAAAAA2f8lAN7/2//l/9z/2v/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7//u/+7/7P8AAO3/FADl/87/tP8AAN7/+P8OANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//X/9/8AABQA7//t/zYAv//2/8//z/+8/87/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9n/2P/Z/+v/KADY/9j/7P/v/+z/AAAAAOz/FADu/+v/7P/q/+z/7v/p/xUA7P8AAAAAAAAAAAAAAAAAAAAA8v/4/wAAAAAAABQA7//7/+T/GAD0/wAA7P/4/+n/AAArANb/zv/m/+//vf/W/+b/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAO3/AAAVAOr/7f/o//H/7P/Y/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAAFAD4/+z/AAAAAAAAAAAAAAAAAAAAABcAAAC//7r/AADJ/9n/0/8SAM7/w//R/9P/wv/V/wAA8f/b/+z/8f/s/9j/9/8KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDb/9r/AAD3/+r/3v/Z/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+z/7f/s//H/AAAAAAAAAAAAAAAAAAAAAMf/wP/Q/8v/y/8kANj/AADr/xgA7P/x/+z/7f/n//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7v/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/2/wAAFADs/wAA7P/t//X/9/8AABQA7//t/+z/7P/v/+3/7v/s/xQA7P/s/+z/7f/x/wAA7P8UAOz/6f/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/EgD5//T/1v/i/9n/CAAUALv/s/+2/+r/4v/o/9b/AAAAAAAAAAAAAAAAAAAAAPD/9/8AAAAA+v/r//H/IgD5//r/AAAAABsA+P/6/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3/+v/AADy/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAOz/7v/u/+7/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s//P/+P8UAO3/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr/+j/6/8WAOv/6P/q/+j/7P/s/+z/7f/s/xQA7P/s/+f/7P/t/+z/BwDr/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//T/7P/7/xQA7//s/+v/6v/q/+z/6//l/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0AAAAAAAAAAAAAANr/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P/s/xQA6//s/+3/7P/s/+z/5v/n/+L/3f/m/+b/GgDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAABQA+P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/q/+v/7P8VAOv/6f8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/9v/x/wAA7f8kAPH/8v/s/+z/6//3/+3/4v8dAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+b/7P/6/+n/6/8VAO7/zP/P/9b/2//h/zYAx//h/+z/9P/t/+3/+P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7v8UAOz/7f/0//D/+v8AAAAAFADt/+z/7//j/97/6v8AAPj/HgDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/z//H/AAAAAAAA+v8UAAAA4v/r/+b/7P/q/9f/JQDs/+z/7f8AAPL/+//t/xQA7f/n/9//9f/6/wAA9/8pAAAA7P/s/+//7f/u/+z/FADs/+z/7f/s/+7/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FAAUAOz/7P/u/+z/7f/s//H/FQD1/wAAAAAAAAAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v/6/wAAFADr/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//P/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/AAAAAAAAAAD6/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD6/wAAAAAAAOz/7P8AABQA+v8AAAAAAADs/+z/AAAUAPr/AAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/wAA5f/r/+z/6v8IAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+v/7P/s/+v/5P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/2//L/AADv/xQA8/8UAOz/7P/s/+3/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+z/7P/s/+z/FADt/+//7f/s/+7/FADs/+z/7f/a/+T/3//g//T/CwDa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAABMAAAAAAOz/7P/w/+z/7P/s/+z/FAD7/wAA7f8UAAAA8//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAADu//f/8f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/3//D/7f8UAOz/7//s/+3/7P/u/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAD3/xgA6//s/+z/7v/u/+3/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQA9P/t/+z/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+v/8P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xcA7P/n//r/6P/p/+v/7P/s/+3/7P/s/xQA7P/s/+z/FADs/+z/7f/t/+v/7P/u//L/9P8AAPn/FADt/+z/7P/s/+3/7P/u/xQA7P/t/+3/7f/t/+//8/8UAOz/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9f/x/+z/AADt/xQA7P/s/+3/AAD1/wAA8/8UAPL/AAAAAAAACgAAAPb/AAAAAOz/7f/1//f/AAAUAO//7f8AAAAAAAAAAAAAAAAAAAAA+P/v/+z/+f8AAAAAFAAAAOz/9//t/xQA7v/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/yv/V/8j/0//D/ywAy//s/+z/7v/x/+z/FADs/+v/FgDA/9L/AACr/6X/AACs/wAAAAAAAAAAAAAAAAAAAADq/+v/4//r/+3/FQDs/+z/5//M/9//1f/l/x0A0P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAO7/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADT/83/7f/g/+T/7f/R/zcAFgDz/wAAAAAAAO3/6//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/GQDm/+j/6//p/+f/7P8AABIAAAAAAAAAAADz//j/4v8mANf/3P/h/9r/2v/d/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+7/7f/s/+3/IADg/+3/7/8AANj/4v/m/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/t/wAA9f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6//q/+n/7v/r/+r/FwDq/wAAAAAAAAAAAAAAAAAAAADY/97/BgDq/+n/1f8AANb/+P/v/+z/+f8AAAAAFAAAAO3/7P/2/wAAAAAnAPr/2P8UAOv/AADs/+z/7P/r/+z/AAAIAAAAAAAAAAAA+P8AAPP/AAAAAAAAAAAAAAAADwAAAAAAAAAKAAAA9v8AAAAAFADs/+z/7v/s/+3/7P/x/wAAAAAAAAAAAAAAAAAAAAAWAPf/AAAAAAAA8P/s//n/+P/v/+z/+f8AAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAPT/7f/s/+z/7P/s//j/7//s//n/AAAAABQAAADq/xYA6P/p/+v/6P/p/+r/AAAAAAAACgAAAPb/AAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwDt//X/8P8AAO3/3P/v/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8AAOz/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPr/7v/u/+z/AADs/+z/FAD4/+//7P/5/wAAAAAUAAAA8/8AAAAAAAAAAAAAAAAPAOv/6v/p/+r/FgDp/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//u//H/7f/s/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/+j/FwDm/+r/6v/p/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA5//o//j/7//q/9f/6/8TAAAAAAAAAAAAAADt/wAA0v/V/+//JwDn/8r/AADg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8HANz/+v/r/9j/xf8TABUA9f8AAAAAAAAAAPb/AAAUAOz/7v/2/wAA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/z//Z/xAA7f/e/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/t/xQA7P/v/+z/6P/s/+v/5f8AAOn/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P8iAOj/7P/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f8UAOz/7//s/wAAAAAAAAAAAAAAAAAAAAAUAO3/AAAAAAAA+f/s/wAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAA+/+6/7T/v//1/wAAAADf/xQA9v8AAPj/AADs/+z/AAAAABIAAAAAAAAAAADz//j/6//q/+//8P/u/+v/FQDs/+n/6f/r/+v/6//r/xYA6f8oAO3/5//s//r/8//Y/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+f/AADz//n/2P8AAOH/9P8AAAAAAAAAABQA+P/s//T/AAAAAAAAAAAUAPj/7P/s/wAAAAAAAAAAFADt/wAA7P8AAAAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAADe/9n/2v/m/+n/3//l/x0AAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7/8UAOz/7P/s/+z/7P/s/+z/FADs/+z/y//b/8z/5v/p/+j/JQDO/+z/AAAAAAAAAAAUAO3/AADz//L/IgDZ/wAAAADp//X/7f8AAPn/AAAAABQA+f/s/wAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAA7P8UAPb/AAAAAAAA7f/1/wAAAAAAAAAAAAAQAAAA9P8AAAAAAAAAAAAAEAAAAPT/6v/p/+r/6P/p/+L/GADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xQA8/8AAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANn/+v/U/9P/7P/r/wAABgDi/+r/AAATAOT/2f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAD5/wAAFAAAAPf/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJADq/9j/6v/n/+X/5//r/wAAAAAAAAAAAAAAAAAAAADs/xQA6//s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO7/8v8AAO7/8//7//f/7P/u//L/4v/p/+z/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADu//L/AADu//P/+//s/+z/7f/s/wAA7v8UAOz/7P/s/+3/7P8AAO7/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/7//H/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/9v/t/+z/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/wv/b/8v/y//Q/9H/KwAAAAAAAAAAAAAAAAAAAAAAw/89ANT/5//Y/9f/xP/P/wAAAAAAAAAAAAAAAAAAAADj//X/9v/v/wAA7v8dAAAAEgAAAAAAAAAAAO//+/8AAOz/8/8UAAAAAADs/+z/8P/q/+v/FgDq/+v/6f/q/+n/7P/s/xQA7P/s/+z/7P/s/+j/AAAcAAAAAADl/+D/5/8UAO//8f/1//T/7f/s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADs/+3/+v/r/+j/5/8AAOn/5f8WAOL/FADv//H/9f/0/+3/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA6v/W/9T/0f/o/wkA1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/s/+z/7P/s/xQApP/0/8//1P/E/7f/FgDW/y0AyP/O/9P/9v/J/+z/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAD8Avf/R/8v/wv/Z/9n/3P8AAAAAAAAAAAAAAAAAAAAABgAGAMz/n//7/wAA4v/3//n/6P/6//r/AAAPABoA4f/L/9v/zP/m/+n/6P8lAM7/6//r/+z/FQDs/+v/5f/r/+z/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA8P/L/83/AADD/wAA8//u/+b/GAD3/wAA7f/7/+n/AADs/+j/7P/s/+3/7P8AABQA9f/s/wAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAADZ/8b/AADB/+T/AADp/8//4v8gAOb/5//v/+3/2//q/wAAEgAAAAAAAAAAAPP/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/4v/n/9z/1v/X/8j/JQDb/+b/4f/Y/+z/+//g/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/z4A1//c/9f/0P+z/93/7f8UAO3/7P/v/+3/6//s/9j/GADn/+L/2v8AAOb/6P/s/+r/6P/n/+z/HwDq/7H/FQDs/+3/7P8AAO3/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//s/wAAAADs/xQA7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P8AAO7/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9n/4P/s/xMA5f/Y//j/AAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAA7/8SAAAA+P/s/+z/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/v/+3/7P/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAOj/6f/m/+j/6P/n/+n/6//i/+H/7f/s/+v/FQDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAPv/+f8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/wAA7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/4v/V/9H/z//Z/97/JwAAAPr/AAAAAAAAAAAAAA0A8f/p/+H/6P/r/+H/FwDv/+b/HADl/+j/6//h/+P/4//s/+z/7f/s/+7/7P8UAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADw/wAAAAD5/wAAEgDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/9//3f/p/+n/3/8bAOD/5//c/9n/5v/i/9v/GwDo/+v/5//r/+r/7//t/xgA7/8AAAAAAAAAAAAAAAAAAAAA6//n/+v/6v/v/+3/GADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgDx/93/AAAAAM3/0/8AAOj/CgDl/+z/2f/Z/9j/AAAAAAAAAAAAAAAAAAAAAAAA9//1/wAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P/z//j/FADt/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/u/xQA8f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIA8f/d/wAAAADN/9P/AAAAAAAAAAAAAAAAAAAAAAAAGQDn/wAAAAD6/wAA5//5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAAAAAAAAAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAOr/6f/u/+7/7P/r/xQA9v8AAAAAAAAAAAAAAAAAAAAA7P/4/wAA8/8AAO7/FAAAABUA6v/s/+n/7P/q/+v/7P8AAAAAAAAAAAAAAAAAAAAAuv8OAOv/6v/W/8b/AADD/93/AAAAAAAAAAD6/yMAAADp/+H/5P/r/+v/5f8cAOr/7v8UAO7/7//t/+7/7P/s/xUA6//7//L/7P/q/+z/6/8AABAAAAAAAAAAAADz/wAA6//s/+z/7P/t/xQA7P/s/xQA7f8AAAAAAADs/+z/9P/s/+3/9P/1/wAAFADw//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAAAAD1/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAADg/wAA4P/l/+b/IwDj/9r/3P/h/+z/7P/s/xQA7P/s/+z/7P/X/+v/8P8VAOz/6//q/+z/6f/r/+v/FQDs/+v/7P/s/+3/5f/o/zEA9P/n/+H/9//r/+j/6/8WAOv/6P/q/+j/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAoAAAD2/wAAAADs/+z/7P8UAO//7P/s/+z/AAAAAPn/7f8AAO7/FADz/wAAAAAAAAoAAAD2/wAAAADs/+z/7P8UAO3/7P/s/+z/AAAAAPn/7f8AAO7/FADz/+z/9//t/xQA7v/s/+z/7v8AAAAAAAAAAAAAAAAAAAAA6f/q/+r/GQDm/+r/4v/q/wAAAAAAAAoAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P/s/xQA1f/f/9r/4v/5/+z/6f8MAO3/7P/t/+3/FADs/+//7P/r/+v/6P/n/wUA6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAcA3//S/67/tv/R//P/5//4//f/AAAAAAAAAAAdAAAAAAAAAAAAAAAAAAAAAAAAAOH/0//a/9//y//b/yoA4f8AAAAAAAAAAAAAAAAAAAAAFgDz/wAAAAAAAO3/6//2/+v/7P/t/+//7//s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FgDp/+v/7P/r/+n/6v8AAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO3/+P8AAAAAAAAAAAAAAAAAAAAAAADn/+z/7f/s/wcA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/q/+r/6v/r/+n/FgDl/9r/7f/7/wAAAADh/ykAAAAAAAAAAAAAAAAAAAAAAAAA8/8VAPX/AAD4/wAA5v/t/wAAAAAAAAAAAAAAAAAAAADY/9z/7P8AAPf/1f8pANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7f8AAAAAAADs/xYA8/8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/6P/r/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/s/+n/6v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKwDy/+//+/8AANX/7f8AAAAAAAAAAAAAAAAAAAAAAADr/+b/2P/c/+7/6f8ZAOz/FADs/+z/7f/u/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAD2/wAAAADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAPH/AADg/9T/3f/t/wAAJgDV/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/v/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPf/9//y//T/AAAUAPf/7P8AAA4AAAAAAAAAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADv/wAA9//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//r/AAAAAOD/AAAAACoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/wAAAAAAAAAAJQAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwDo/+X/AAAAAN3/+/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7v8UAOz/AAAAAAAAAAAAAAAAAAAAABYA8/8AAAAAAADt/+v/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA4//U/9b/7v/m/ygA4v/j//v/AAAAAAAAAAAYAPj/+P/c/7f/y//L/8T/MwDU/8b/y//k/9n/1//l/zwA1P/I/+v/+v8PAO7/AAAUAPL/7P8AAAAA+f8AAAAAGwD4/+r/8//u/wAAAAAAABMA+v/w//T/AAAAAAAA7/8SAAAA+P/0/wAAAAAAAO//EgAAAPj/AADv/wAA+/8AABQA7f/s/+z/7f/1//f/AAAUAO//7f8AAAAAAAAAAAAABgAAAAAA8//t/wAAAAAAACMA+v/t//D/7f8AAPr/9v8UAPb/7v8AAO//AAD7/wAAFADt/+z/8//q//L/7f8AACcA+//a/wAAAAAAAAAAAAAAAAAAAADt/+3/7f/v//P/FADs//H/6v/c/+P/5v/s/xkA2f/s/+z/7P/s/+z/7P8UAOz/7P/x/wAAAAD6/wAAFgD6/+3/8P/t/wAA+v/2/xQA9v/u/+z/7P/t/+z/7v8UAOz/7f/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/yUA8/8AAAAAAADd/+3/7P/s/+z/7P/u/+z/7P8UABUA7P/s/+//7P/o/+z/7P/o/+j/6v/3/+n/6P8YAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAPT/+f/r/+3/7P/1/+v/6v/s//D/8//s/xUA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7f/v/+//7P8VAOz/7P/s/+z/7f8UAOv/7P/s/wAAAAAAAAAAAAAAAAAAAADp/9f/6//p/ywA5f/p/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/x/wAA9//s//D/7f8UAPP/7P8UAOz/+//s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v/q//D/7f/q/+z/7P8VAO3/7P/2/wAAAAAnAPr/2P/s/+z/7f/v/+z/7P8UAO7/7f/x/+//AAD3/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/GQDo/+r/5f/p/+T/5v8AAAAAAAAAAAAAAAAAAAAA2f8AAO3/3v/u/+z/EgDs/97/+//Y/xIA+P/1/9r/6f8UAOz/7P/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+f/6//q/+//6f8YAOz/AAAAAAAAAAAAAAAAAAAAAL//5P8KAL//DADd/wAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/8v8AAAAAIAAAAAAA+v/s/+z/7P/u/xQA7P/s/+z/9v/q/wAAAAAXAAAA8P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+b/vf81AOD/1P/T/9b/AAAAAAAAAAAAAAAAAAAAAPj/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8QANr/2P/Y/9j/6/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/x/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/Z/+b/6P/q/ygA3P/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEA5f/P/8r/5f+7/xMAz/8AAAAA+P/u/wAA8v8YAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/+v/wf/R/8D/FACq/7r/AAAAAAAAAAAAAAAAAAAAACwA6f/2/+z/9P8UAMP/7P8AAAAAAAAAAAAAAAAAAAAA6v/m/+v/6/8VAOb/5v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/q//b/6f/e//b/5/8hAPn/+v8AAAAAGwD4//r/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAD3/wAAFQAAAPr/7P/q//L/7P/z/xsA2f/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//P/AAD4/+z/8f/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPr/AAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7P/s/+z/7P/0/wAAAAAAAAAA+P/t/xMACQC6/9H/AADW/xMAvv/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA5//q//T/2//m/7n/AAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/2/wAAAAAUAOz/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9/8AAPb/9v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA0v/g/9T/2//l/8P/LgDP/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7P/s/+z/7P/s/+n/7P/o//P/6v8UAOv/5v/r/+v/AAAAAAAAAAAAAAAAAAAAAA8A3f/m/+v/7P8NANz/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/U/93/7f8AACYA1f/e/wAAAAAAAAAAAAAAAAAAAAAAADEA9P8AAAAAAADS/wAA+f8VAOz/7v8AAOr/5f/t/+3/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA2v/s/+z/7P/s/yEA7P/s/wAAAAAAAAgAAAD6/wAAAADp/+v/6/8VAOz/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//y//P/+v/r/wAA9f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAPX/6//g/wAAAAD1/yEAAADy//X/7v/t/wAA7v/s/xYAGgDn/+f/AAD1/+n/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/+f8AAPj/AADp/xYA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7//u/xUA8v/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKQDk/+//6/8AAOP/1//k/+3/AAAAAAAAAAATAAAAAADp/xUA6P/r/+v/6//p/+v/FADs/+7/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P8AAPb/AADw/+//FgAAAOv/AAAAAAAAAAAAAAAAAAAAAOz/AADv/wAA9P8VAAAA8f8AAAAAAAAAAAAAAAAAAAAA7P/m/9b/5v/s/xcA6//o/+n/6f/r/+v/6//r/xYA6f8AAAAAAAAAAAAAAAAAAAAAFQD1/wAAAAAAAAAA9v8AABUAAAD1/+3/AADr/+v/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDp/+z/7P/w/+v/7P/w/+3/AADx//j/7v/j/xIA2//l//L/0P/o/+z/GwDW//L/+P8AAAAAAAAUAO//+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/x//T/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAND/AADj/8r/4P/j/wYA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAOz/7//t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//H/9P/s/+3/FAAAAAAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/wAAAAD1/wAA9f8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/f/93/6f/p/9//GwDg/+z/7P/t/+z/FADs/+z/7P8AAPn/+v8AABQAAAD7/+z/6P/k/+r/6P8eAOr/7P/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//o//j/AAD6/wAAAADY/+v/6//q/+r/6//o/xYA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/87/1f/R/+r/3f8xANr/+/8AAAAAAAAAAAAACAAAAO3/7f/u/xQA8f/s/+v/7P8UAAAAAAAAAAAA7P8AAPv/AAAAAAAAAAAAAAAAAAAAAOz/FAD6/wAAAADx/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAOb/8/8AAAAA9//o/wAA0P/q/9//5//s/9z/KgDt/wAAAAAAAAAAAAAAAAAAAADj/8v/0f/R/83/0//X/y0A4v/O/+v/7f/q/+n/HwDi/8v/0v/Q/9T/5//N/8//IQDx/wAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA7f/4/wAA7P/s/+z/6v/u/+z/FADs/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/xQA7P/s/+3/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAPL/9f/u/+3/AADu/+z/FgAAAAAAAAAAAAAAAAAAAAAAFAD6/wAAAAAAAOz/7P8AAAAAAAD4/+7/AADy/xgA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAPr/8f/0/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/8f/0/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/u/+3/7P/t/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/+3/7P8HAOv/6v8AAAAAAAAAAAAAAAAAAAAAAADd/wAAAAAAAAAAJQAAAAAA6v/Z/9n/5P/s/yAA5v/Y/+z/7P/t/+7/AADu/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/w//D/7//s/xQAEwAAAAAAAAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8bAOj/6P/r/+n/1P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/m/+v/6/8WAOf/6//g/+v/FgDq/+j/6//p/+j/3v/q/+b/6//r/xYA5//r/+D/7P/q/+//7v8VAPL/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAGwD4/+r/HwDa/9j/5P/l/9//4f/m/xQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA0v/W/+L/6//U/y4Az//f/+r/6//p/+z/7//l/xYA7P8AAAAA+f/t/wAA7v8UAPP/7f/n/+z/7P8AAOz/FQDv//L/+P8AAAAAAAAUAO//+//r/93/0f8AAPH/FgDk/+T/yf/r/+v/GQDi/9n/6//n/+7/8v/0/wAA+f8UAO3/7P/p/+r/6v8ZAOb/6v/i/+r/7P/4//L/AAD3/+//FADy/+z/7f/t/+3/7f/s/xQA7P8AAAAA9v/x/wAAAAAjAAAAAAAAAAAAAAAAAAAAAAAAAOT/1f/r/9X/1P8YAOv/6v/o/+T/6P8eAO//7P/h//H/zf/c/+T/6//X/zQA3f/c/9z/0v/B/8b/3f+x/ygAyP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7//s/xQA7v8VAPP/9//7//T/6//s/+3/BgAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAADr/+v/6//u/+7/FQDr/+v/6v/q/+z/3v/u/yYA5P/l/9n/5//o/+X/5//f/x4A7P/q//L/7f/e//L/JgDk/+T/7P/q/+r/3//o/+b/FgDs/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA0f/b/+n/4//o/9//4/8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA+f/2//H/AADt/yQA8f/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//X/9/8AABQA7//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//u/+v/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADt/+z/7//t/+v/7P8AAAAAAAAAAAAAAAAFAAAA7P/s/+z/7f/s/+z/FADs/+z/7f/t//b/7f/s/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/w/+7/2P/X/9r/7P/4//L/AAD3/+//FADy/wAAAAAAAAAAAAAAAAAAAADs//j/AADz/wAA7v8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/s/+v/7f/s/xQA7f/b/+j/7f/s//H/IQDU/+z/9v/o/+j/6//2/xAAzf/q//L/+P8AAAAAAAAUAO//+/8nAAAAAAD0/wAA9//a//r/7P8AAAAAAAAAABQA7P/y/+v/AADz/wAAAAAVAOf/5//r/+r/6v/s/+v/5/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//H/9P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/t/+z/FADs/+3/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/r/xQA6f/u/+z/7P/o/xUA7P/s/+//7P/o/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/7P/t/+3/BgDr/+r/AAAAAAAAAAAAAAAAAAAAAAAAEwD5/+T/7v/q/+r/6//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/q/+z/6//n/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/3P8cAOn/5//v/9j/1f8UAOz/7f/5/wAA7P/s/wAA8//2/wAAAAAAAPr/AAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAPT/7f/s/+z/7P/s/9//GwDe/+f/5v/d/+j/3f8XAMr/2f8AAPT/7P/p//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xkA9f8AAAAAAADx/wAA7P8UAOz/7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+n/4f/o/+v/4f8XAO//7P/u//H/AADv/xQA7f/s/+P/CAD5/wAAAADq/wAAAAAAAAAAAAAAAAAAAAAAAAAA+f8VAOz/7v8AAOr/5f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5v/g/9H/7P8AABQA0P/s/+z/7P/s/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/AAAAAAAA+f/s/wAA7P/l/woA2P/t/+r/FADr/xQA6P/n/9b/AAAAAM3/AAD0/+z/7P/s/+7/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/9//2P+//+z/AAAAABQA9/8LAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAA4AAAAAAAAAAAD3/wAAvP/M/+P/DwDK/+P/+f/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+z/7f/s/+7/sv/K/6n/yv8uAPn/wv/w/xQA8P/s/wAA7P/u/+v/EADY/9H/EwDe/+n/6f/p/6z/+P/C/w4AAAD1/+D/yP8SAAAAAAAAAAAA7//7/wAA7P/s//T/7P/7/xQA7//s/+z/7P/s/+z/8P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAt//0/8r/6f8MAAAA5v/m/+L/6f8AABMA4//Z/+H/AADs/+z/8v/w//X/7//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+j/4//q//L/2v/q/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f+//8f/AADI/wkAxv/x/+z/6v/y/+z/8/8bANn/2//s/+r/AADs//v/GwDM/9v/AAAAAAAAAAAAAAAAAAAAAOr/6P/j/+r/8v/a/+r/IAAAAAAAAAAAAAAAAAAAAAAA9v/g/+z/FAAAAOz/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9T/yv/s/wAA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADt/+z/7P/s/+v/7f/g/+//+v8VAO7/7P/s/wAAAAAAAAAAFADt/wAA7P/s/+z/7P/t/xQA7P/t/+z/7P/t/+z/7P8UAOz/7P/s/+7/FADw//T/7P/o/+//x/8pAOv/6P/U/9r/0v/r/+z/6v/s/+z/7P/r/+T/FAAAAAAAAAAAAAAAAAAAAAAAHQDo/+b/5P/b/9v/zP/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+b/6//t/xUA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7f/s/+7/FADs/+3/wf/H/8b/xf/2/z8A2v/C/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7//s/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAO3/AADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/j/x8A4//l/+H/3//d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAOr/2P/q/+f/5f/n/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/7/8AAPf/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9f8AAAAAAADs/+z/AADs/+z/8f8AAAAAFAD1/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADs/+z/AADp/+T/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+7/7f/s/+3/7P/q/+3/7f/v/xUA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+7/7f/u/+3/7f8UAO7/AADx/wAAAAD7/wAA8f8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAO3/AADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+3/7P/s/+z/CwAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAADq/+X/6/8WAOz/5P/q/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7//s/+z/7P/T/97/7//d/9b/DADW//P/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/5/8AAOH/7P/s/9j/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/n/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx//H/AAAAAOz/7P8AABQA8f/x/wAAAADs/+z/AADz/wAAAAAAAAAAAAAAAA8A6//s/+z/7P/Y/+v/6/8iAOz/7P/w/+z/7P/s/+z/FADd/7//3f/C/8T/zv8aAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f/u//v/9//i//H/GwDq/xUA6//r/+v/6//r/+r/7P/t/wAA8v/7/+3/FADt/9n/6P/d/93/4v/I/yYA6P8AAAAAAAAAAAAAAAAAAAAAGgD3/+v/AAD1/+f/5v/z/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/+/8AAAAAAAAAABQAAADs/+z/7P/s/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsAzf/o/+D/1P/l/+j/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//f/8P/t/xQA7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9L/0v8qAO3/y//V/8//FADs//L/+//y/+z/7P/w/wAAAAAAAAAAAAAAAAAAAADp/+7/AADu//X/6f8bAPT/4v/q//L/+f8AAOv/KwAAAAAAAAAAAAAAAAAAAAAAAADn/+X/5//p/+j/6P8aAOn/AAAAAAAAAAAAAAAAAAAAAM3/3//Z/9n/3v/X/y0A5v/p/+n/6//r/+v/6/8WAOn/AAAAAAAAAAAAAAAAAAAAABYA6v/r/+v/7v/r/+b/7P8AAAAAAAAAAAAAAAAAAAAA6//q/+r/7P/r/+X/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/FADs/+z/7P/s/+//AAAAAAAAAAASAAAA9P/j/9j/1P/Y/+z/HADr/97/8//p/+D/6P/t/9z/CgDu/xQA7P/s/+3/7v/t/+z/7f/b/+j/7f/s//H/IQDU/+z/3//Y/9v/5f8AAOD/AADY/+z/AAAAAAAAAAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7P/y/wAAAAAAAAAAAAAAAAAAAADe/+f/5v/k/+r/MADP/9j/4//i/9X/0f/P/9n/3v8nAA0A3//r/+j/6v8VAOL/1f8AAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAAAADQAAAOn/6v/l/9v/5v/M/xkA6P/s/+z/AAD3/+b/FADt/+//AAAAAAAAAAAAAAAAAAAAAPf/9f8AAAAAAAAAABIAAAD5//D/AADt/+z/FgD0/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8//t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADv/+z/5//h/xUA6v/l/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAUAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/6v/w/+3/6v/s/+z/FQAWAO3/7//x//b/5//q//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPn/8f8AAAAA7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//j/AAAAAOz/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f8UAOz/7P/t/+z/7P/s/+j/FADY/+X/2f8AAOj/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOr/7P/s/9v/4v/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/wAAAAD2/wAA6P8cAAAA5v/q/9n/t//k/w4ADADd/+3/7f/u/xQA8f/s/+v/7P8UAOz/7P/t/+7/7P/r/+z/2f/Y/+j/2P/q/yEA5//p/+//3//n/wgA3P/O//P/8f8AAAAAAAAAAAAAAAAAAAAAFADr/+3/7P/s/+n/5P/i/+r/2//3/9v/5P/l/xcA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAABQAAADt/wAAAAAAAAAAAAAAAAAAAADs/+3/7P8UAO3/7P/s/+z/wP+8/9n/yP/L/7r/wf89AN//7f/s/+z/7f8WAOz/7P/U/9X/6v/X/+T/9/8JANj/AAAAAAAAAAAAAAAAAAAAAOz/FAAAAO3/+P/s/+z/9f8WAOH/4f/a/9r/AADH/9j/EgD3/+3/6//r/+v/4f/r/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAUA9//p/9b/x//B/woA2f/2/+X/6P/c/9j/IgDi/9n/2v/o/9r/7P/X/9//2P8fAOv/5v/B/7f/kf+f/0YA1P+w/+3/7P8AABQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAKgDZ/9//5v/t/9D/1//l//D/9/8AAAAA+v/r//H/IgDm/+j/5//i/+X/GwDh/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/LwDU/9r/xv/W/9f/1//h/woA5P/j/9z/6/8AAOz/7P/3/+3/FADu/+z/7P/u/8D/0P/I/93/4//n/8v/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAoA3//W/9f/0P/O/9X/AAAAAAAA9P/5/9j/7v8oAOr/AAAAAPf/AAAVAPr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOr/6f/i/97/2P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8VAOz/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+r/6P/p/+L/GADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6f/p/+v/6/8XAOn/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/2//a/+f/2f8mAOn/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAA9v8AAAAAFAD3/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/93/9v8AAAAA5P/5/y0AAAAAAAAAAAAAAAAAAAAAAMn/AADW/9X/1f/y/7f/AACu/9H/sv/j/8H/FQCg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/7f/3//r/8f/u/xQAAAAAAAAAAAAAAAAAAAAAANn/2//n/+3/6v8oANr/2P/g/+L/5f/c/+X/4//h/x4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAFAAAAO3/FgDq/+r/6//r/+b/6//s/+7/AAAAAAAAAAAUAPX/7P8AAAAAAAAAAAAAAAAAAAAA9f8VAPX/AADw/+z/6v/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6v/Y/9j/6P/M/+P/HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5v/q/+v/5f/s/+P/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9f/2f/h/93/HADe/9j/+P8AAAAAAAAAAA8A+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/wAAAAAAAPn/7P8AACoAAAAAAAAAAADw/9f/AADq/+v/4//r/+3/FQDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+H/IQDY/9//6v/r/+T/7P8AAO//JgD4/+r/5P/m/wAAAAAAAAAAAAAAAAAAAAAPAMz/vf/m/8z/FADK/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAFADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//D/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+7/6/8AAOz/FQDy/xYA6P/q/+r/5//r/+j/6P/X/9j/6f/O/9f/5P/q/ygA7v/Y/97/AADf/93/+P/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/wAA4f/r/+b/6f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/6P/n/+z/HwDq/7H/AAAAAAAAAAAAAAAAAAAAAAcA1v8AANP/3P/h/+P/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/4//I/wAAyv/N/8z/BgAoANj/6P/Y//D/2P/Y/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+b/4P/l/97/5v/m/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/8P/+f8IANL/5f/z/+b/6/8AAAAAIwAAAOT/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/zv/H/woA6v/t//b/z/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/t/+z/7//a/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/a/6P/1f/E/wAAxv/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f+1/8n/yP8UAMP/9f/P/+j/6//r/xUA5P/p/+z/5//X/9j/AAARAM//xf/Y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/+z/6v/s/wAAEQDc/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7f/r/+z/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/+v8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA6//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAzP/q/8P/wP/5/wYA2P/Z/+z/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/9//t/+L/HQDx/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAD7/xYAAAAAAAAAAAAAAAAAAAAAAAAA3v/Z/9r/5v/p/9//5f8dAOz/FADs/+3/7P/s/+z/7P/p/87/4P/Z/+v/HgDW/+r/AAAAAAAAAAAAAAAAAAAAAB0A5//p//f/AADs/+D/7P8AAAAAAAAAAAAAAAAAAAAA5//l/+n/6v/z/+//GgDo/+r/+f8AAPj/AADp/xYA+P/6/+7/7v/s/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/9v/9P/6/wAA5v8qAOH/6//w/+//7f8AAOz/7P8UAAAAAAAAAAoAAAD2/wAAAADx/+n/4f/o/+v/4f8XAO//AAAAAAAAAAAAAAAAAAAAABYA8/8AAAAAAADt/+v/9v8AAAAAAAAAAAAAAAAAAAAA3v/o/+z/7f/b/+b/3v8gAOP/9f/2/+//AADu/x0AAADs/+7/7f/u/+3/7f8UAO7/AAAAAPn/AAAAABQAAADt/wAAAAAAAAAAAAAAAAAAAADi//b/7/8AAAAA7v8eAAAA7P/s/+z/AADs/+z/7P8UAOv/5//o/9j/5/8cAOz/6f/s/+//7P8AAAAA7P8UAO7/AAAAAAAAAAAAAAAAAAAAAOz/FADr/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6P/7/wAAAAAAAN//HAAAAOf/3f8TAMn/3//r/+X/DQDr/xUA6//s/+z/7f/o/+z/AAAAAAAAAAAAAAAAAAAAAPn/8P8AAO3/7P8WAPT/6f/Z/+z/7v/r/+f/KgDl/9z/7P8UAOz/7P/s/+3/6//s/7f/pf/U/xAAsv/z/wsA8v/3/xsA+P8AAAAA8f8AAPr/AAD6/wAAAAAAAO//7f8TAAoAAADJ/8f/zf+r/+X/nv8UAOz/7f/t/+3/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/9P/s/+7/7P8UAPH/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/t/xQA7f/t/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOb/5//i/93/5v/m/xoA4f/Z/+b/6f/r/97/2P/r/xkA7f/s//b/AAAAACcA+v/Y//j/AAAAAAAAAAAPAPj/AADj/+D/5f/g/+b/5f8eANj/0v8vANT/2v/G/9b/1//X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/W/+v/5v/t/+n/zf8UAOz/6//s/+z/IgDo/+z/3f/x/xQA7f8AAOz/7P/u/+z/7P/s/+3/7f/t/xQA7P/s//D/6f/o//b/AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6//u/+7/FQDr/+v/4//i/9X/0f/P/9n/3v8nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7v/s/xQA7P/s//r/7f/t//f/6/8VAO3/AAAAAAAAAAAAAAAAAAAAAO3/FADt/+3/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAy//u/97/5f/Q/+n/9v/s/+7/6v/w/+3/6v/s/+z/FQAAAPj/AAAAAEMAAAD5/8b/+f/w/wAA7f/s/xYA9P/p/+P/3//l/+X/5v/r/9r/HgDv/+z/5//h/xUA6v/l/9T/AAAAAAAAAAAAAAAAAAAAAO3/7f8AAAAAAADw/xQA8v8AAAAAAAAAAAAAAAAAAAAA2P/Z/9j/2P/X/wAAFQDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/0v/X/+r/8//s/+7/FADs/+v/FADp/+7/7P/s/+j/FADt/+7/8/8AAOz/7P/x/+z/9//t/xQA7v/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA+f8AAAAAFAD5/+z/AAD0//H/9f/4/wAAEgD0/xMAAAAAAAAAAADt//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAABQA+v8AAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAEwAAAAAAAAAAAO3/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/8P/v/+z/FADv/+z/7P/1/+z/7P/s/xQA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/q/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/r/+v/7P/p/xUA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f8UAOz/7P/s/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs//P/AAAAAAAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAA9//1/wAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAjAOz/9P/t/+X/1//s/9j/7P8AABMA3f/a/+r/7P/c/+z/7P/t//H/AADs/xQA7P/k/+L/HgAAAAAA+//l/wAA6//s/+z/7P/s/+z/FADs/+z/7P/s/xQA7f/s/+z/7P/s/+v/FADp/+7/7P/s/+j/9P8AAAAAAAAAABQA+P/s/+v/8P/v/+3/AADs/+z/FAAAAAAA+f/t/wAA7v8UAPP/7P/t//X/9/8AABQA7//t/+z/7P/s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/6/wAAAAAbAPj/+v/r/wAAAAAAAAoAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/+3/8v8AABQA7P/u/wAAAAAAAAAAAAAAAAAAAAAfAPf/AAD4/wAAAAD7//f/AAAAAAAAAAAAAAAAAAAAABcA9v8AAPn/AAD5/wAA+v8AAAAAAAAAAAAAAAAAAAAA4f8ZAOj/8P/p/+z/0f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA9f8AAPj/AAAAAAAA+f8XAPb/AAD5/wAA+f8AAPr/+v8AAPX/7v/w/+z/7P8UAOr/6P/1/+b/AAAeAO//0P8AAAAAAAAAAAAAAAAAAAAA0/8AAOb/yv/l/9b/BgAAAAAAAAD6//H/9P/s/+3/FADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA+f8AACYAAADZ/wAAyv/k/9j/7P/t/xMA1P8AAAAAAAAAAAAACwAAAPn/AAAAAAAACgAAAPb/AAAAANr/7P/r/+X/5f8AAN7/AAAAAAAAAAAAAAAAAAAAAAAA7f/x/+3/9//6//H/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/t/+3/9//z/xUA7v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/5P/i/+n/6v/j/x4A6P/s/+n/FQDs/+3/0//g/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/xQA7P/s/+z/z//Q/87/1v8VANL/6f8AAOj/6//x/wAA8f8UAOj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7//u/+7/7P8AAO3/FAAAAAAAAAAAAAAAAAAAAAAA2v/p/+j/xP/F/wUA6/8WAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAOz/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/x/+3/7P/s/+v/FADn/+v/7P/s/wAA6f/X/wAA6/8WAOv/6//s/+z/1P/r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA6//s/+z/7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAD5//r/AAAAABsA+P/6/+v/AAAAAAAAAAAAAAAAAAAAAOz/7f/t/+3/7P/t/xQA7f8AAAAAAAAAAAAAAAAAAAAA8f8UAO3/AADs/+z/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA7f/1//D/AADt/9z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/Z/9//1v/i/+z/+f8UAMv/CgDQ/9f/AADk/w8A4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/p/+v/7P/r/+r/FQAAAAAAAAAAAAAAAAAAAAAA7P/k/+L/LAD0/9r/1P/n/wAAFADn/+n/AADm/9f/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//T/7P/u/+z/FADx/+z/7P/s/+z/FADu/+j/7P/r/xQA6//h/+z/7P/4/+z/DgDN/9X/wv/T/+P/3P8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//F/xIAz//P/8n/zf8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P8PABMAFADo/+z/6v8AAOz/AAAbAN3/2//s/+r/AADs/wAAGwDd/9v/AAAAAAAAAAAAAAAAAAAAABQA8f/x/wAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA7P/z/+T/FADs/9j/DADX/wAA4f/V/9j/6/8AAOr/6v8VAN//+//p/8f/1v/O/9D/zP/s/8n/AAAKAPD/4P8AAAAAAAAAAOn/EgDn/wAA9//a/xMA8f/y/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/ywA1P/o//H/6v/U/9j/AAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAAAAAADwDY/9n/AAATANz/6//Z/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//j/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+n/+P/t/wAAFwDp/+j/7P/s/+3/7P/s/xQA7P/s//j/AAAAAAAAAAAPAPj/AAAAANb/2f8AAAAALgAAAAAA7P/v/+r/7f8AABcA6//j/wAAAAD4//T/AAAAABoAAADj/9j/6//W/9b/GADr/+r/7P8AAAAAAAAAABQA7P8AAMb/+v/w/wAAAAA5ANb/7P8AAOz/7P/t/+3/AADs/+z/AAAAAAAAAAAAAAAAAAAAAN3/6//u/+z/7P8PAAAA7P8AAAAAAAAAAAAAAAAAAAAAxv/O/9n/3P/c/y8A2f/a/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8AAOz/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOj/5v/r/+j/5v8YAOn/6v8AAAAA+f/t/wAA7v8UAPP/AAAAAPn/7f8AAO7/FADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//6/w8A7v8AABQA8v/s/+z/7f/s/+z/7/8UAOz/7P8AAAAA+P/u/wAA8v8YAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADt/wAA6//s/x0A7P/s/93/5//q/97/6v/n/+j/7f8cAOb/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPf/8v8AAAAAHQAAAAAAAAD3//H/AAAAACAAAAAAAAAAAAAAAAAAFgAAAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//P/FAAAAAAA7P/s//D/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/r/+b/7P/6/+n/6/8VAO7/6//m/+z/+v/p/+v/FQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//X/9/8AABQA7//t/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/5//s/xQA+P8AAAAAAAAAAA8A+P8AAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAO3/AAD0/wAAAAAAAAAAFAD4/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAIAPH/6f/h/+j/6//h/xcA7/8AAAAAAAAAAAAAAAAAAAAAFADu//T/AAAAAOz/7P/w//b/AAAAAAAAAAAAAAAADQDs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7f8UAOz/7P/v/+X/6v/q//b/+v8XAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/s/xUA7f/r/+v/AAAAAAAAAAAAAAAAAAAAAOr/FwDq//D/+P/s/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/xQA7P/s/+z/7f/s/+z/7P/o/+T/7//a/+r/3/8aAOv/JwAAAAAA9P8AAPf/2v/6/wAAAAAAAAAAAAAAAAAAAADi/x0A3f/g/+X/4f/l/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7f8UAOz/7P8AAM3/4//e/+v/x/8AAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+3/FADs/+z/7P8UAO//AAD3/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADa/xwA5f/s/+D/2v/Y/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/9v8AAAAAJwD6/9j/7f/s//b/AAAAACcA+v/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/9//y//T/AAAUAPf/7P/t/xQA7P/s/+3/7P/s/+z/8/8fAO3/9f/1/wAA2//q/wAAAAAAAAAAAAAAAAAAAAD4/xUA9f/1/wAAAADt/wAA7P/r/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAOz/6//s/+z/7P/s/+z/FADs/+z/9//t/xQA7v/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACUA7P/u/wAAAADu/9v/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+3/7P8AAAAAAAAAAAAAAAAAAAAA6v/m/+n/6f/q/+r/GgDs/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQA7v/v/+3/7v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//m/+z/+v/p/+v/FQDu/+//7//w//j/9P8VAOz/7P/s/+7/8f8UAOz/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+//7P8AAAAA7P8UAO7/7P/v/+z/AAAAAOz/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/X/9f/1/8pAOn/1//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P8UAOj/7P/s/wAAAAAAAAAAAAAAAAAAAADj/9L/1f/s/+b/LADc/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//e/9z/7//j/+r/FQDa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDo/+f/9P/m/+3/5f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA5//o//L/6v/s/+j/8//s/+z/7f/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7P8UAOz/7P/v/+7/AADx/wAAJQDz/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/q/wAA+v/1//b/HADy/9j/AAAAAAAAAAAAAAAAAAAAAMH/5//b/+z/1P/b/wAA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/7v/u/+z/AADs/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6P/n/+L/5f8bAOH/6f8TAAAAAAAAAAAA7f/4/wAA0P8AAOP/yv/g/+P/BgD1/wYAAAAAAAAAAAAAAAAAAADs//j/AADz/wAA7v8UAAAACwAAAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAD7/wAAFADt/+z/0v/m/9j/2P8GAM7/0f8GAAAAAAAAAAAA7/8AAPX/EgAAAAAAAAAAAO//AAD1/xIA7//s/+f/4f8VAOr/5f/U/+z/7P/3//D/7f8UAOz/7//g//b/7f/m/+b/LQDs/+z/9P8AAAAAAADv/xIAAAD4/wAAAAAAAAAAAAAAAAAAAADi/yAA5v/n/+//7f/b/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8KAPX/AAAAAAAAAAD6/+3/EwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//q/xYA8P/v/+T/6//h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/9//y//T/AAAUAPf/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//r/AAAAABsA+P/6/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/6//u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/z/xQA7f/s/+z/5P/V/+v/1f/U/xgA6//q/+z/7f8AAPL/+//t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+/8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//r/AAAAAOD/AAAAACoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//h/yIA8P/5/+r/3v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAADx/xUA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAEwAAAAAA7P8UAOz/7v/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAPn/AAAAABQAAADt/wAAAAAAAAAAAAAAAAAAAADr/+v/7P/s/+z/6/8VAOz/6v/r/+v/6//x/+r/FgDr/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/wAA7v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/8P8UAOz/7P/o/+r/4v/s/+z/7P8WAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAA9/8AABUAAAD6/8D/vP/K/9b/AADr/8z/AADs/+z/7f/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAAAAAAAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAANP/4f/i/9z/5P/V/9v/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDq/+r/6//r/+b/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//r/AAAAAOD/AAAAACoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8YAPT/AADs//j/6f8AANj/1//W/9b/AADU/8//KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6f/q/xYA6f/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/1//f/AAAUAO//7f8AAAAAAAAAAAAAAAAAAAAA6//s/+3/6//t/+v/6/8VAAAAAAAAAAAAAAAAAAAAAADq/+j/4/8UAOz/AADY/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/AAAAAAAAAAAAAAAAAADl/+T/4P8AAOn/AAD4/+z/FAAAAOz/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAPb/AAAAAOX/5//q/+f/7/8YAOb/5v8UAPH/8f8AAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAADwD4/wAAAAAAAAAAAAAAAAAAAAAAAO7/FAD0/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8WAPP/AAAAAAAA7f/r//b/7P/s/+z/7P/s/+z/FADs/+z/7f/1//f/AAAUAO//7f/s/+z/7P/y/+3/5P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD6/wAAAAAAAOz/7P8AAOz/7P/t/+//7P/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA6f/p//j/7f8AABcA6f/o/wAAAAAAAAAAAAAAAAAAAADw/+3/AAD6//b/FAD2/+7/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAOz/8v/p/+n/6f/r/+v/FwDp/+r/6/8AAPP/AAAAABUA5//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+//8P/4//T/FQDs/+z/6//s/xUA7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P8UAO3/7P/s/+z/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7P/t//r/7P8UAOv/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/C/9X/3P/L/7T/NgDZ/wAAAAAAAAAAAAAAAAAAAADs/+v/7v/r/wAA7P8VAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//H/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAABcAAAAAAAAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAO//EgAAAPj/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/7f/u/+//7P8UAO7/AAAAAAAAAAAAAAAAAAAAABQA7P/q/+z/7P/s/+z/7P/o/xgA7f8AAPf/AADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/5P/g/ygA3//Y/+D/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+X/5//W/+b/GADp/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P8AAO7/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8GAOH/1P/j/xIAwv/i/+z/FADs/+7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/EwDs/+X/3f/i/+b/9v8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7v/t/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAML/CwDp/87/8//G//D/4f/P/xMAyv/o/wAA1P+7/83/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P8AAO//FQDs/+v/6/8XAOv/3//a/wAA6P/s/+r/3f/m/+P/5P/o//f/zv8SAAAAAAAAAAAAAAAAAAAAAAAZANj/7f/u/9z/6P/p/+r/6f/q/wAAAADs//L/8P8aAPb/y//B/xMA6f/b/9r/AADs/+z/7f/s/wAA7v8UAOz/zv/r/+z/zf/r/xcA6v/f/7v/5P/Q/+//2f/v//T/6P8AAAAAAAAAAAAAAAAAAAAA7P/x/wAA+P8AAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAuAOf/4P/b/+r/2P/N/9f/AAAAAAAAAAAAAAAAAAAAANP/6v/P/9X/vf/n//H/AADs//r/AAD3/+3/8P/u/xQA4v/P/8X/w//Y/+b/IADo/+z/6v/s/+z/7P/r/+T/FAAAAAAAAAAAAAAAAAAAAAAAEwDU/+f/6v8AAMf/DQDY/+z/7P/w/+z/7P/s/+z/FACq/9j/AAAAANb/5//s/+v/AAAAAAAAAAAAAAAAAAAAAAAA5f/u/+T/6f8AAK7/1//d/9T/8//s/wgA6f/Q/wAAFAAAAPT/5f8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADY/9f/5f/c/9D/1//J/y4A7P8UAO//AAD3/+z/7P/s/9n/5v/c/wkAAADs/+P/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/tf/k/9P/vf8hAOD/6P8IAOz/vf/f/wAAAADm/+T/7P/k/+z/7P/t/+z/7P8UANj/AADu/+T/8P8pAOP/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P/s/xQA8//L/8n/AADp//T/7P/X/+v/4/8YAN7/+v/i/+j/6/8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7f8AAPX/6v/m/9X/AAAvANj/0//s/xQA6//t/+z/7P/s/+z/4P/g/7r/6P/c/+7/7f/0/+z/AADv/93/AAAWANr/2v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+r/6//s/wAAAAAAAAAAAAAAAAAAAADt/+//7f/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAANb/5P/B/9T/wv/5//n/x//r/+v/+P/s/+v/8//s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/9P/6f/o/9T/KQDj/9b/AADy/+v/1/8AAPL/xf/W/wAAAAAAAAAAAAAAAAAAAADC/8z/5P/e/9H/AAAJAMf/7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQD5/wAA6f/N/+z/4P/o/93/1//s/9z/2/8WAOz/6v/n/9z/6v/q/+j/GgDo/9v/AAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAADZ/9b/6P/K/wAA3P8kANz/7P8UAOz/7P/x/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADw/xQA8P/s/wAA7P/u/+v/7P/q/wAA7P8AABsA3f/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/FADo/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/2P/i/+D/3f/R/9j/6P8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/FADu/wAA7P/s//H/7f/s/+H/2P/e/+z/5v8AABMAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAPAPj/AADU/xwA2P/k/+X/1P/5/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7P/y/+z/7P/s/xQA7P/s/+3/7P8UAOz/7P/s/+3/7f/u/xQA8f/s/+v/7P/q/xcA7P/p/9f/3//q/+r/7f/t/+7/FADx/+z/6//s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAPL/7//u/+7/7P8AAO3/FAAAAAAAAAAAAAAAAAAAAAAA5P8TAAAA7P/4/+z/9f/u/xQA7P/s/+z/7P/s/+z/7P8UAOz/7f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/CgAAAAAAAAAAAAAAAAD6/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//y/wAAAAAdAAAA6P8aAPD/AADv//f/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//4/wAAAAAAAAAAEADs/+3/AADy//v/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAN//JADo/+j/6P/o/9r/2f/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/b/yIA3//b/9r/2v/m/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAIAAAA4//h/yIA8P/5/+r/3v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/7f/3//r/8f/u/xQAAAAAAAAACgAAAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8f/t//f/+v/x/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADt/wAAFADt/+3/7//u/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAATAOz/6//r/+z/AADs/+z/7P/1//H/7P8AAO3/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7P/r/+v/6//r/+z/FQDs/+z/6//s/+j/AADl/xcA7v/s/+z/7P/s/+z/7P8UAOz/FAAAAAAAAAAAAOz/AAD7/xQA7v/u/+z/7f/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//n/AADv/+7/7P8UAAAAAAAAAAAAAAAAAAAAAAD7/wAA7f8UAAAA8//r/+z/AAAAAAAAAAAAAAAAAAAAAOn/5v/q/+v/5f/s/+P/FQAAAAAAAAAAAAAAAAAAAAAA4v8gAOb/5//v/+3/2//q/+z/7P/s/xQA7P/s/+z/7P/s/+r/6//r/+z/FQDr/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAJQDs/+7/AAAAAO7/2//n/wAAAAAAAAAAAAAAAAAAAADX/+r/7P/s/+z/6P8bAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+z/7f/7/wAA2/8mANn/0f/c/9b/3v/U/9P/4f8tAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/AAAAAAAA8P8UAPL/9P/4/wAAAAAAAPb/AAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA7P/q/+r/6//p/+r/AAAAAAAAAAAAAAAAAAAAABoA9//r/wAA9f/n/+b/8//w/+3/AADx//j/7v/j/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+r/6//o/+r/FQDq/+v/7P8UAPH/7//u/+z/7P/s/+P/9f/2/+//AADu/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAAAAAAO3/FADs/+z/7f/t/wAA9f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADx/+//7v/s/+z/7P/x//X/AAAAAPf/AAD1/xIAAAAAAAAAAAAAAAAAAAAAAOz/7v/x/wAA7/8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//j/AAAAAAAAFADv//v/AAAAAPf/8f8AAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/+/8AAAAAAADf/xwAAAAAAAAAAAAAAAAAAAAAAAAA2/8AAAAAAADf/+//7/8nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7//u/+7/7P8AAO3/FAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAAADc/+L/5//c/9b/1//I/yUAAAAAAAUAAAAAAAAAAAAAAPL/9f/u/+3/AADu/+z/FgAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAADq//n/AAD4/wAA6f8WAPj/7P8AAAAAAAAAABQA7P/y/wAAAAAAAAAAAAAAAAAAAADm/+j/5//i/+X/GwDh/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//D/AADt/+z/FgD0/+n/AAAAAAAAAAAAAOz/AAAUAOf/3P/q/+r/6P8aAOj/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9P/t/+3/+P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+r/6//s/xUA6//p/+z/7P/s/+z/7P8UAOz/7P/s/+3/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/v/+3/7P/u/xQA7P/s/+3/7//t/+z/7v8UAOz/7P/k//j/6f/5/wAAKwDw//r/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/t//b/AAAAABQA7P/v/+n/7v/m/+L/5v8UAN7/7P/U/9T/8v/Z/+z/IwDg/+j/6//r/+z/6v/s/+v/7P8VABUA+f8AAAAAAADr/+z/AADK/+z/8P/Y//X/AAD5/wAA8f/5/97/+f8AACYA6v/Z/wAAAAAAAAAAAAAAAAAAAADq/+v/7P/l/9v/6//i/xYAAADs/+3/7P/u/wYA7P/s/+z/7//q/+3/AAAXAOv/4/8AAAAAAAAKAAAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAPn/8P8AAO3/7P8WAPT/6f/6/+7/7v/s/wAA7P/s/xQAAAAAAAAAAAAAABgA+P/1/wAAAAAAAAAAAAAAAAAAAADa/9b/2//z/wAAMwDd//f/AAAAAAAACgAAAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/97/5v/Y/9j/7P/Y/yEA8v/v/+7/7v/s/wAA7f8UAPD/9/8AAAAA+v/r//H/IgATAAAAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAOz/7f/1//f/AAAUAO//7f8AAAAAAAAAAAAAAAAAAAAA7P/t//X/9/8AABQA7//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v8WAOr/6//p/+b/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO3/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/9//h/yMA5//h/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/9L/1P/S/9r/0P8tAM7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/2//3/9v/5P/l/xcA8f8aAOf/5/8AAPX/6f/m/wAAFgAAAN7/2P/X/+H/3v/o/+z/7P/s/+z/7P8UAOz/7P/c/+L/5//c/9b/1//I/yUA6//r//j/7P/r//P/7P8VAO7/FAD0/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/ycAAADa/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P/m/xwA5f/o/+v/4f/j/+P/FADs//r/AAAAAO3/6/8AAAAAAAAAAAAAAAAAAAAAAAD6/xgA7f8AAAAA9v/w/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/8f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkAEADu/wAAAAD3/+n/AAD6/xgA7f8AAAAA9v/w/wAA9f8WAOv/9//v/wAA9f8AAOv/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7f/q//P/6//s/+7/AAAAAAAAAAAAAAAAAAAAAOn/FwDs/+f/+v/o/+n/6/8AAAAAAAAAAAAAAAAAAAAAFQAAAPX/7f8AAOv/6//6/wAA7P/t/+z/7v8GAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/8r/1P/j/9r/MQDI/+L/7P/z/wAA8v/x/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+3/7f8UAO3/7P/v/+7/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//X/9v8AAAAA6/8VAAAAFADy//v/AADu/+z/7P/s/+f/FwDu/wAAAAANAOj/AADq/+X/1v/b/+//vf8hAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADD/z0A1P/n/9j/1//E/8//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAPf/AADu/wAA7f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6v/r/+z/FQDr/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+r/6v/r/+f/FQDr/+P/4f8iAPD/+f/q/97/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6//t/+z/7f8UAOz/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArANb/6P/r/8z/5f/m/8b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/ywA1//W/9v/5P/I/9//AAAAAAAAAAAAAAAAAAAAAOj/7P/u/+7/FADs//H/7f8AAAAAAAAAAAAAAAAAAAAA7P/t//X/9/8AABQA7//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAPP/AAAAAAAAAAAAAAAAAAAAAAAA9f8VAPX/AADw/+z/6v/2/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAO//EgAAAPj/AAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAADx/xUA9P/k/xgA9P8AAOz/+P/p/wAA4P/l/+b/IwDj/9r/3P/h/+z/7f/1//f/AAAUAO//7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/9v/6//r/xgA4//q/9z/AAAAAAAAAAAAAAAAAAAAAPD/7f8AAPr/9v8UAPb/7v/w//r/AAD4/wAAFwD4/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+r/9v/p/97/9v/n/yEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAD7/wAA8f8SAPH/AAAAAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAA+/8AAPH/EgAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+3/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAPT/+v8AAAAA4P8AAAAAKgAAAAAAAAAAAAAAAAAAAAAA4f8IAN//6//o/+v/3P/d/+7/6v/2/+n/3v/2/+f/IQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/+f/t/+v/7v8AAAAAAAAAAAAAAAAAAAAA7v/z/wAA+P/s//H/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/8v8AAAAAIAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAA6P/m/+z/6P8iAOj/6//d/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAA9f8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs//T/7P/s/+z/7v/t/xQA7P/0/+v/7f/z/xUA7f/r/+z/6/8VAOv/7P/s/+3/6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/q/wAA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/9b/IwDW/+r/3/8AAMf/7P/s/+3/AADv/+z/FADz/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADt/wAAAAARAOb/6v/k/9//4v/c/+z/7f/1//f/AAAUAO//7f/f//H/8P8gAPP/CQD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAPv/7v8UAAAAAAAAAAAAAAAAAAAAAADY/+v/6//r/+3/HwDf/+v/zv/V/ywAzv/T/9P/zf/K/wAAAAAAAAAAAAAAAAAAAADP/+b/9P8LAOP/0//7//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//j/FADV/+v/2P8GAN//3v/X/9j/AADY/wAA4v/P/9X/6f8NAMX/6v/r/+X/2v8AAOz/5f/R/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8UAOz/7P/7/+z/6v/s/wAAAAAAAAUAAAAAAAAAAAAAACIAAAAAAAAAAADg/wAA7P/s/+v/6P/r/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAqAOP/+v/z//j/AADV//b/AAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAPAPj/AAATANr/3v/V/9j/DgC//6n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/+v/2f8AAAAA3v8RAMf/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/AADu/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7/8TAAAA9//X//v/wP8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/u/+z/7P/s//j/7//s//n/AAAAABQAAAAUAOv/AAD6/wAA3v/3//j/3/8HAPn/u//M/8j/AADT/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/IADh/+D/6//k/9j/3f8AAAAAAAAAAAAAAAAAAAAAAADY/+H/1//m/9f/IQDi/+3/FADu//L/AADu//P/+/8ZAOz/8//p/wAA6f/n/+7/FAD1/wAAAAAAAOz/7P8AABQA7P/s/+z/7f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAA7P8AAOz/7P/s/+z/FADs/+z/7P/r/+z/FQDs/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8WAOz/7P/x/9n/6f/Y/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADt/wAA8P8AAAAA+v8AAA4A7v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+j/8f/4/wAA9v8YAAAAAAATAAAA9v/5/+z/6P/4/+z/9/8AAPb/9v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPn/AAAAAAAA6//s/wAAAAAKAAAAAAAAAAAA+P8AAOT/IADh/+P/5//w/9n/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAO3/AAAAAAAA+f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/+n/8v/5/wAA7v8bAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/7P8UAOD/5//l/+f/5P8gAN//4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//4/+z/6//z/+z/FQDs/+3/7f8AAPX/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/0/+7/9P8AABQA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAD4/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/s//X/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAA+P8AAAAAAAAPAPT/GQD2/wAA9P8AAOr/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/4f8iAPD/+f/q/97/5f/j/+H/IgDw//n/6v/e/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAO//AAAAAO3/7P8UAPD/7v/v/+z/8P8AAAAAAAAAAAAAAAAAAAAA4P/b/xQA+f8AAOr/7P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xUA6v/r/+v/5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/n/xUA7//y/+v/5v/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+z/7f/r/xIA1v/q/wAAFQDs/+z/7//s/+j/7P/s/wAAAAAAAAAAAAAAAAAAAADc/wwA2P/Z/9j/6/8AANj/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/+z/FADs/+z/6//s//D/FADs/+z/3//i/93/1v/s/yIA2v/I/93/1//s/9z/2/8WAOz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA9v8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/5//s/+3/6f/q/+r/AAAAAAAAAAAAAAAAAAAAAPL/7//u/+7/7P8AAO3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAPn/AAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPP/9v8AAAAAAAD6/wAAEAAAAAAAAAAAAAAAAAAAAAAA8v/1/+7/7f8AAO7/7P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA6P/n//T/5v/t/+X/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8P8AAPP/7P/u/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/xYA6v/s/+z/5f/p/+z/7P/s/+z/7P/s/+z/FAAXAPb/AAD5/wAA+f8AAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDw/wAA+P8AAPX/AAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f8AAAAAAAAAAPr/IwAAABcA9v8AAPn/AAD5/wAA+v/r/+r/7P/w//P/7P8VAPD/5v/F/8v/3f/i/9L/zP8uAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/5/+7/7P8UAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//n/+j/2P/n/xwA7P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//T/7P/7/xQA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//s/xQA7P/7/+z/7P/s/+z/7P/s/+z/7P/s/xQA7P/s//P/FAAAAAAA7P/s//D/AAAAAAAAAAAAAAAAAAAAAOf/4//S/+n/6v8aAOv/3f8SANj/2P/c/9j/AADZ/9r/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAC9/9z/3//o/+v/CwAAAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAAAAPr/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//r/AAAAAOD/AAAAACoA8f/r/xQA9P/6//X/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/AAD1/+z/FADs//T/+v8AAAAA4P8AAAAAKgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA6//r//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/q/+v/6P/q/xUA6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/0P+0/7j/vv++/zwAy//t/xQA7f/s/+7/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/7P/t/+z/AADu/xQA7P/h/+X/2v/Z/+z/7P8cAOP/AAAVAAAAAAAAAAAA8f8AAAAAFgDx/+r/7//l/+r/6//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAAAAAAAAAPv/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAAAAFAD1/+z/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+7/7P8UAOz/6f/p/+z/6//s/+v/7P8WAOz/7P/s/+z/7P/s/+z/FADh/xMA2P/a/9//2f8AANn/AADX/93/5//q/9n/AADf//T/AAAAAAAA7/8SAAAA+P/W/+j/5//W/+P/IwDf/9b/AADs/wAAAAAAAPj/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAO//EgAAAPj/+P/v/+z/+f8AAAAAFAAAAPb/6v8AAAAAFwAAAPD/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FQDs/+7/7v/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDq/+j/6//p/+j/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/ycA9f8AAPj/+v/e//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADv/+z/7P/1/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO3/HAAAAAAA8f8AAO//6f/s/xkA4f/o/+n/6v/a/9//7f8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADq/9j/8f/7/wAA6/8hAO7/AAAUAPP/AADv/wAA7f8AAOj/GgDp//T/6v/q/+T/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPv/AAAAAAAAAAAAAAAAAAAAAOz/7f8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//s/+z/FADu/wAAAAAAAAAAAAAAAAAAAADl/yEA6v8AAOj/2P/m/+r/AAAAAAAAAAAAAAAAAAAAAPL/6v/o//n/AAAUAOz/7v8AAAAAAAAAAAAAAAAAAAAA7P/t//X/9/8AABQA7//t/wAAAAAAAAAAAAAAAAAAAADs/+7/7f/u/+3/7f8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+f/5v/o/+r/IQDg/9j/AAAAAAAAAAAAAAAAAAAAAAAA6v/l/9r/3v/o/+v/CAAUAPL/+/8AAO7/7P/s/+z/0//I/8f/yv/g/z8A2P/B/wAAAAAAAAAAAAAAAAAAAADt/+z/AAAUAOz/7P/s/+z/2f8oAM3/0//V/+r/1v/n//n/+v8AAAAAGwD4//r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8f8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8cANn/5P/p/+P/5P/k/+z/7P/s/+3/7f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAAAA7f8AAOz/7f/s/+7/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//8f/1//T/7f/s//T/AAAAAAAAAAAAAAAAAAAAAOP/4v/V/9H/z//Z/97/JwAAAAAAAAAAAAAAAAAAAAAA+f8VAOz/7v8AAOr/5f/t/+v/FgDr/+v/7P/s/9T/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAAADs/xQAAAAAADEA9P8AAAAAAADS/wAA7/8AANz/7v/x/+f/BgDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAPf/AADu/wAA7f/4//j/EgAAAAAAAAAAAPr/AADs/xQA7P/s/+z/6//s/+z/7f8UAO//7v/t/+3/7f/u/wAAAAAAAAAAAAAAAAAAAADo/xoA8P8AAO//9//p/+z/7//s/+f/4f8VAOr/5f/U/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAFAOz/7P/s/+z/7P8UAOz/7P/p/+H/5P/r/+v/5f8cAOr/AAAAAAAAAAAAAAAABwAAAOz/7f/t/wAA9f/s/xQA7P8AAAAAAAAAAAAAAAAHAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8XAOn/6f/r/+r/6//q/+T/GwDs//D/8//u/+b/5//0//j/AAAAAAAA9v8AABwA7P8AAAAAAAAAABQA7P8AAAAAAAAAAAAAAAAAAAAAAAD6/7z/zf/L/+P/0/8JAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/6/8UAAAA7//r/+z/CwAAAAAAAAAAAAAA9/8AAB0A6/8AAAAAAAAAAOL/+v/z/+z/7P8UAOz/6//o/+v/2v/u/9L/yf/6/9L/LgDz/w8AAAAAAAAAAAAAAPX/AAAsAPn/AAAAAAAA1//U/+//FADt/+3/8v/v/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPv/1//g/yUA6//3/97/2v/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/t/xQA7P/s/wAAAAAAAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/5/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAANj/7P/s/+z/8f8OAAAA4P/r/+L/4f/t/+z/6/8VAOn/5f/k/9z/GwDr/+P/5v/k/xsA+P8AAAAAAADu/+L/AAAAAAAAAAAAAAAAAAAAAAAAIwC7/7T/tP/q/+v/oP/f/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+3/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/wAA2P/p/93/FADo/+z/KwDy/+//+/8AANX/7f8AAB0A5f/V/+b/2//S/+r/1v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8AAO3/FADs/+z/AAAAAAAAAAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAA7P/l//D/8v/5/xQAAADs/wAA2v/s/+z/7f8AAOH/7f8UAOj/8f8AAAAA8//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/+v8AAAAA7f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAA+P/q/wAA7P8AAAAAAAAAABQA7f8AABQA8f/y/wAA+P/t/+z/8v/r/+v/7P/s/+z/6/8VAOz/EwAAAAAAAAAAAO3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv//H/9f/0/+3/7P/0/wAAAAAAAAAAAAAAAAAAAAAqAAAAAAAAAAAA8P/X/wAA6f/R/+L/FADz/9L/DQDt/wAAAAAAAAAAAAAAAAAAAADs/+v/7v/w/+7/7v8UAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6v/x/+3/AADY/ygA5/8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//P/7f/s/+z/FAD6/73/1P/a/8//EADZ/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/6v8AAAAAFwAAAPD/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/+v8AAAAAGwD4//r/6//s/+z/7f/t/+3/7f8UAOz/AADs/+z/7f/t/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAD1/xIAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6v/o/+v/6v/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAD2/wAAAAAUAOz/7P/t/+z/7P/s/+z/8/8AAAAAAAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//k/+7/4v/u/+r/FQDs/wAAAAAAAAAAAAAAAAAAAADr/+v/7P/s/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/wAAt//w/73/y//Y/xIA1v/W/+L/2f/d/8P/AAAXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMX/1f/W/+n/MwDT/9L/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA9v/t/+z/7f/s/+3/7P8UAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8v/u//n/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAO3/FAAAAPP/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/xQAAAD2/wAA7//6//H/FADs/+7/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+z/7f/s//H/FADs/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xYA5//q/+z/7P/j/+z/AAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/u/+3/7P/t//b/HgAAAAAAAAAAAOL/AAAAABUAAAAAAAAAAADx/wAA5v8VAOz/7f/s/+z/7P/s//j/AAAAAAAAAAAPAPj/AADs/+z/7P/t/wAA7f8UAOz/AAAAAAAAAAAAAAAAAAAAAOr/6v/v/+//+//o/xYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA4P/j/97/6f/t/+j/GQDp//L/0f/Q/93/+//M/z4A2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/r/xQA9P/6//X/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s//D/9/8AAAAA+v/r//H/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//T/8v8AAAAA7P8UAAAAIwDs//T/7f/l/9f/7P/Y/+n/6//r/+v/6v8VAOv/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/9/8AAAAAAADp/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/ygA+P/3//b/AADa//X/AAAAAAAAAAAAAAAAAAAAAOv/3f/R/wAA8f8WAOT/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/EgDr/+z/7P/s//f/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/s/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAADx/wAAFgD5/+z/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADw/wAAAAD5/wAAEgDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAA7P/v/+3/7P/s/+r/7f8AAAAAAADs/xYA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPv/AAAAAAAAAAAAAAAAAAAAABIA7//q/+r/6v/o//H/7P8VAOz/7P/s/+D/6f/r/+v/AAAAAAAAAAAAAAAAAAAAABUA6//s/+z/7P/p/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAPX/AADz/xQA8v/0/wAAAAAAAAAAFAD4/+z/6/8VAOv/7P/p/+v/6//s/9n/7P/u/+v/5/8qAOX/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAD6//f/KAAAANP/NQDQ/8X/xv/T/+P/xP/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7P/s//L/AAAAAAAA8v8AAAAAGwDr/+z/6v/j/+v/6f/r/xUAAAAAABIAAAAAAO//AAAAAOz/8f/t//H/AAAUAOz/7f/4//b/1P8AALH/wP/z//b/7P8UAAAA7v8AAO3/7f/6/wAAFAD6/+z/AAD3//b/AAAAAAAAAAAAAAAAAAAAAAAA6v/j/9X/uf/5/yIAxP/a/9n/4f/q/9f/4v/3/+r/FQAUAOz/7P/s//H/7P/u/+z/AAAAAAAAAAAAAAAAAAAAAOv/6//r/+7/7v8VAOv/6//s/+z/7P/u/+3/FADs/+z/AAAAAAAAAAAAAOz/AAAUABQA7f8AAAAAAADs/+z/9P8AAAAAAAAAAAAAAAAAAAAAu/8jAOv/xP/q/+j/2f/O/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/8f/R/wAA4P/N/8z/AADs/+z/7f/s/wAAFADv/+z/5f/o/+b/GgDl/+b/5//m/wAAAAAAAAAAAAAAAAAAAAASAOP/6//b/wAAEwDY/+n/AAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAAAADgDR/8n/AAD5/+v/3v/k/9H/AAAAAAAAAAAAAAAAAAAAAOv/9P/y//L/AAD5/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/c/9j/7P/q/+n/DQDs/+z/7P8UAOz/7P/s/+z/7P8UAPn/AAAAAAAA7P/v/wAAAAAAAAAAAAAAAAAAAADp/9j/6v/Y/+z/EwAAAOP/DwDr/9j/6f/b/wYA5v/m/wAAAAAAAAAAAAAAAAAAAADq//T/HACy/7f/s//U/+D/1v/r/9n/4//n/+n/+f8VANH/9f/Y/9f/2v/b/ygAx/8AAAAAAAAAAAAAAAAAAAAAAADf/+H/2f8AAAAAx/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/V/wAA3f/s/ygA1//n/xQA7P/s/+z/7f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAA7P8AAO3/HAAAAAAA8f8AAO//6f8AAAAAAAAAAAAAAAAAAAAA1f/r/9n/4P/n/+n/+/8VAOv/FQDs//D/7f/t/+j/5P8WAOr/6//r/+7/6//m/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/0AA9//1/9L/+P/K/8v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/4//s/+z/GADs/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/FADu/wAA7P/s//H/7f8AAAAAAAAAAAAAAAAAAAAA7P/t/wAAFADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/J/+f/7P/7/+r/FwDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xQA7v8AAOz/7P/x/+3/AAAAAAAAAAAAAAAAAAAAAPn/HAAAAOj/AAAAAPr/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAD6/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//j/EADx//X/AAAAAPf/AAD1/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//D/6P/t/wAAFQDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/0/+7/9P8AABQA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/r/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/p/+T/+v/w/+D/IADn/wAAAAAAAAAAAAAAAAAAAAAAAOz/6f/6//L/5P8AAOH/AAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv//H/9f/0/+3/7P/0/yUA7P/u/wAAAADu/9v/5/8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/8/8UAO3/7P/s/+z/2v/r/+z/GwDr/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/6//t//P/FQDt/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwAAAAAAAADp/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p//r/8v/k/wAA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/H/9f/3P/b/9f/6v8tAOr/FgDp/+v/7P/r/+n/6v/s/xQA7P/s/+3/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/9b/5v/n/+X/GwDq/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8ZAOX/5v/p/+b/5v/l/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/KgAAAAAAAAAAAPD/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8cAAAA6P8AAAAA+v/m/+n/6f/s/+v/7P/r/+z/FgDx/wAAAAAAAAAAAAAAABEA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/IADc/+L/3P/n/+L/0v/t/xQA7P/t/+3/7P/s/+z/7f8UAO3/7P/u/+3/7f/s/+v/FQDp/+z/7P/w/+v/7P8UAOz/8v/7//L/7P/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA2//O/8//2v/k/8n/x//r/xgA7P/x/+z/7f/n//L/AAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAPn/AADs/+v/6//t/+z/7P8UAOz/7f8UAAAA7v/6/+3/7P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAA7P/v/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADm/xUA7P/s/+z/7P/s/+z/+//u//n/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO3/7f/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAADu/wAAtP/4/7f/s/+f/7n/DQCz/8P/FwDa/83/zf/j/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xUA9f/1/wAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAOD/3v/o//r/9f/2/yIA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FAAAAAAAAADv/+z/+P8AAAAAAAAAAAAAAAAAAAAA2f/k/+b/9P/z/9z/JQAAABQA7f8AAAAAAAD5/+z/AADs/xQA7P/t/+3/7P/s/+3/7v8UAO7/7//t/+7/7P/s/+3/FADs/+z/7f/s/+z/7P/o/wAA7P8UAAAA+//l/+v/AAANAAAAAAAAAAAA+P8AAOz/8P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAAAAAAA9v8AAOz/FADs/+z/7P/s/+z/7P/w/xwA7P/x/wAA1//S/+v/7P8UAOz/7P/s/+z/7P/s/+X/GwDo/+j/6//p/9T/5f/r/xYA6P/u/+z/7P/n//H/AAAAAAAAAAAAAAAAAAAAAOb/GwDn/+f/3P/j/9//6v/s/xQA7P/t/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAA7P/v/+3/7P/s/+v/FgDr/+v/6//s/9T/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/JwDd/+r/4v/e/9P/1//4/xUA9f/1/wAAAADt/wAA7P8AAOz/6//t/+z/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5P/p/+n/6v/q/xsA6/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOv/7P/s/+v/6//r/+v/8P/r/+r/EwDs/+r/7P/p/xgA6f/q/+X/7P/n/+z/FQD5/wAAAAAAAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7/8AAPD/AADr/wAA5f8kAPD/AAAAAAAA3v8AAPX/FQD1/wAA8P/s/+r/9v/7/ygA+P/3//b/AADa//X/AAAAAAAAAAAAAAAAAAAAAOz/FAD5/wAAAAAAAOz/7//0/xQA7v8AAOz/7P/x/+3/AAAAAAAAAAAAAAAAAAAAAOr/MADn/+v/3//U/9n/6P/k/xsA7P/w//P/7v/m/+f/AAAAAAAAAAAAAAAAAAAAAOr/FQDr/+v/6//q/+v/6//o/xoA6f/0/+r/6v/k/+n/7P8UAOz/7f/u/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAD3/xUA+f/y//D/7//u/+3/7f8UAOz/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+r/7P/s/xUA7f/r/+v/AAAAAAAAAAAAAAAAAAAAAOn/FwDq/+r/6v/q/+n/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAMz/MADT/+//5f/1/8X/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/GwDs//D/8//u/+b/5//q/xUA6//r/+v/6v/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/GgDp//T/6v/q/+T/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7v/t/+z/7P/s/xQA7f/y/+z/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOj/GgDp//T/6v/q/+T/6f/q/xUA6//r/+v/6v/r/+v/7P8UAOz/7f/u/+3/7P/s/+7/FADt/wAAAAAAAOz/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//s/+z/FADu/+r/6/8WAOr/6//p/+r/6f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+3/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xsA5//e/9//6v/e/+b/4P/T/wAAAAAAAAAALQAAAPj/CQAAAAAAAAAAAAAAAADu/xQA9P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAPf/AAD6/wsAAAAAAAAAAAAAAAAAAAAAABMAAAAAAO7/+f8AAOz/FADv/wAA9//s/+z/7P/l/xwA4f/a/+f/3//n/+T/AAAAAAAAAAAAAAAAAAAAAPj/7P8AAO3/AAAAABQAAADs/xQAAADt//X/7P/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8LAOf/7P/n/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAD6/xgA7f8AAAAA9v/w/wAA4P8gAO//+v/0//f/4//2/+z/FADx/+//7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAAAA7v8AAO3/7f/6/9v/KgAAAOH/+//b/9n/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7v/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/xQA7P/s/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//7//L/7P/q/+z/6//c/+r/6f/h/wcA6//s/wAA7P8UAOz/7P/s/+z/7P/s/xMAAADp/+7/2P/q/+v/2f/s/wAAEwDd/9r/6v/s/9z/2P/X/+n/2/8YAAAA5v/s/+z/7P/s/+z/7P8UAOz/7f8AAAAAAAAAAAAAAAAAAAAA9/8VAPn/8v/w/+//7v/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/5P/i/x4AAAAAAPv/5f8AAOr/5f/r/xYA7P/k/+r/6P/0/+v/7f/z/xUA7f/r/+z/8P8AAAAA+v8AAA4A7v/4/wAAAAAAAAAAAAAAAAAAAADz/wAAAAAAAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAOz/FwDm/+r/6//s/9H/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/4P/f/+T/6v/h/xsA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAAABYAAADg/+L/4//m/yAA5P/b/9//0f/J/97/yf/S/8H/3v8uAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAPr/HQAAAAAA+P/2/+3/7P/2/wAAAAAnAPr/2P8AAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//6f/o/wkAyv/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9n/4//Y/9n/2//o/ygAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/t/wAAAAAAAAAAEwAAAAAAFADt/wAAAAAAAOz/7P/0/9z/CgDd/+T/zf/w/9j/+f/s//X/8f/s/wAA7f8UAOz/7P/s/+z/7P8UAO7/6P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/r//D/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAOz/6v/q/+v/6f/q/w8A7P/n/+z/8f/t/+b/5v/4/wAAAAAAAAAA9/8YAOv/AAAAAAAAAAAAAAAAAAAAANX/5P/p/+b/5f88AOL/xf/g/wAAAAAAAAAAOwD3//b/8P/0/wAAAAAAAPX/+f8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+T/+f/S/9D/zP/k/wcABgAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAFADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/xQAAADv/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/8f/+v/B/+n/o//v//j/vP8AAAAAAAAAAAAAAAAAAAAA9v8AAAAA9/8AABUAAAD6/wAAAAAAAAAAAAAAAAAAAADn/+r/6P/q/+v/FgDp/+r/FADt/wAAAAAAAOz/7P/0/+b/JQAAAPT/+f/x/+n/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAPn/AAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/0//l/9L/KQDR/93/5/8AAAAAAAAAAAAAAAAAAAAA3P/U/9//2/8SAAAAzf/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAATAAAAAADs/+7/AADt/+z/FADh/+v/1v/I/8//0v/k/y0A1f/q/+z/7P/s/+z/7v/s/+z/FADt//D/AADz/+z/7v/s/xQA1f/R/+X/4P8uAOH/6v/T/+3/6//s/+z/7P/p/9//FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/wAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADY/+j/3v/N/xQA2P/X/wAA7P/3/+3/FADu/+z/7P/u/9j/AADq/9z/2f/h/9n/AAAAAAAAAAAAAAAAAAAAAAAA6P/p/+b/3v8AAO3/FwDs/+z/5v/u/+v/7P8XAOz/2v8AAAAAAAAAAAAAAAAAAAAA7P/v//n/7f/s/+z/7P8UANP/4f/i/9z/5P/V/9v/IgDj/+b/9v/r/+//DgAOAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/FADt/+z/7P/t/9T/KwDo/9//6v/R/9X/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8f/v/+7/7P/s/+z/6//a//b/JwD0/wAA4f/j/9z/4v/n/9z/1v/X/8j/JQDL/+H/0//c/9n/PwC4/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UANb/HwDw/+v/8v/a/87/7P/e/8//+f/d/+z/7v/p/xUA7f8UAO3/7P/u/+z/7P/s/+//7P/n/+H/FQDq/+X/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+z/6f/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7f/u/+z/FADs/+v/FgDo/+7/7P/s/+f/8f/4/+v/AAAAABgA9P/k/wgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeANz/4v/n/+j/6//X/+T/FgD3/wAAAAAAAPb/6v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//e/9n/3f/q/yAA2//Y/wAAAAAAAAAAAAAAAAAAAADX/wAAAAAAAAAALwAAAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/+z/FADk/xMAAADs//D/6v/1/9//7P/s/+z/7v/s/xQA7P/r//f/GwD4/wAAAADx/wAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAAAAAADwDs//X/8f/s/wAA7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADt/wAA7P/s/+3/7P/u/xQA7P/t//j/AAAAAAAAAAD3/xgA6//s/+3/7/8AAPH/FADs/+z/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/+v8AAAAAGwD4//r/6//s/+3/7P/s/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/8/8AAPL/8f/s/xQA7P8gAOj/8//4//n/6v/V/+//7P/t/+3/AAD1/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7f8AAO//7P8UAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/b/+z/8f/s/9j/9/8KAOz/7P/s/+3/AADt/xQA7P/s/+z/7P/t/wAA7f8UAOz/7P/s/+z/7f8AAO3/FADs/+3/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//GwDe/+f/5v/d/+j/3f/s/xQA7P/s//n/7f/r/+7/FAD6/wAAAAAAAOz/7P8AABQA+v8AAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9P/o/+3/FwDZ/+v/5f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAANn/3//m/93/KADq/+b/1f/g/+f/6v/l/w0A2P/q//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACh/73/t/+0/zQAkf/b//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/yAA3//c/+X/3P/c/97/AAAAAAAAAAAAAAAAAAAAANT/zv/h/9X/NADX/8//0P/b/wAAAAAAAN//7//v/ycAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/xkA2//j/+L/6v/p/+r/2f/h/+X/5f8TAOz/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAAAAD3/wAAAAAAABcAAAAAAAAA6f8AAO3/7f8AAAAAAADv/xQA8v/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA9/8AAAAA+f/5/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+//8v/s/+z/7P/s/wAAEwDe/9v/6//s/9z/7P/f/9j/5P/p/xMAAADr/+z/7P/s/+X/3v/r/+P/FgDk/9//0/8AAPb/HQDh/+P/AAAAAAAAAAAAAAAAAAAAAOb/6v/d/9j/6/8AABYA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAD6/wAA8f/4/9z/JQDN/wgA0v/F/8f/zv/J/xAAAAAAAAAAAAAAAAAAAAAAAAAA1//k/9r/1//o/9j/DwAAAAAAAAAAAAAAAAAAAAAA7P/z//b/AADv/+v/7v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//n/2P/u/ygAAAAAAAAAAAAAAAAAAAAAAOz/6v/q/9//6P/m/xYA7P8iANr/6f/s/+f/6f/s/xQAGADp/+j/7P/q/+b/6P/o/wAA6f/m/9r/2P/l/+v/AAAAAAAAAAAAAAAAAAAAAAAA6//r/+b/5P/y/9j/4/8cAAAAAAAAAPn/AAAdAPv/7f/s/+3/7//y//n/7P/s/xQA8//2/wAAAAAAAPr/AAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8AAAAA+P8AABYA+//s/+z/7P8VAPj/+//t/+v/7P/s/+3/7P/u/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAD5/xUAAAAAAAAAAAAAAAAAAAAAAM//IwDO/+z/8v/s/+f/4f/r/+v/6//u/+7/FQDr/+v/y//u/97/5f/Q/+n/9v/s/wAACgAAAAAAAAAAAPj/AAAAAAAAAAAAAAAAAAAAAAAA+P/e/+L/2P/Y/+P/1/8dAOz/7P/s/+3/7P/s/+z/FADT/wAA7f/s/9n/KADP/+T/5//m/+v/6P8ZAOv/6//e/9P/AAAAAAAA8P/6/xkAyv8UAOz/7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAADs/+z/7P8AAOz/7P/s/xQA5P/r/+v/7P/s/wAA6P8AAAAAAAAAAAAAAAAAAAAAAADq/xYA7P/r/+z/5//r/+n/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAAPn/9v/x/wAA7f8kAPH/8v8VAPX/AAAAAAAAAAD2/wAAAAAAAAAACgAAAPb/AAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xUA6P/r/+v/8P/o/+v/AAAAAAAAAAAAAAAAAAAAAOv/6v/q/+z/6//n/xUA6//s/+n/3f/Z/9z/AADi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA5v/b/+r/2P/l/+n/6//q/+z/7v8AAPr/AAARAOf/AAAAAAAAAAAAAAAAAAAAAOr/5//p/+j/6//p/+j/FwAAAAAAAAAAAAAAAAAAAAAA6/8JAOn/3//d/9n/AADZ/wAAAAAAAAAAAAAAAAAAAADs/+z/+f8AAO//7v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+3/8f/s/+z/6f/q/yAA9f/X/8r/2//I/yMAwv/E/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAADs/9b/2P/a/9z/EwAAAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf/R/+z/2//X/xkA6//p/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQA7P8UAOz/7P/s/+z/7P/s/w4A6P/c/9b/zP/f/+v/AADm/+r/7P/s/9n/4//T/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/woA1P/m/9z/AADe/9r/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAADe/+P/3f/o/9n/2P8iAOf/6f/O/8b/1f/T/yEAxv/X/wAAAAAAAAAAAAD4/wAADQDl/9P/1//W/9j/GwDr/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//c/9n/5v/i/9v/GwDo/wAAAAAAAAAAAAAAAAAAAAAoAO3/5//s//r/8//Y/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAA7/8SAAAA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/2P/d/+X/AADi/wYA1/8aAOf/3f/u//n/4P/l/xIA7//s/+z/9f/s/+z/7P8UAO3/FADs/+3/7f/s/+z/7P/r/9r/4f/b/xsA5f/Y/+X/AAAAAAAAAAAAAAAAAAAAAOn/6//r/+v/6v8VAOv/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y//D/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7//t/+z/7v8UAOz/7P/W/9P/AADX/9r/wP/n/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/xMA7P/v/+z/2f8AAO3/2//V/9f/1//Z/8v/KwDY/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAOz/AAAUAAAAAAD6//H/9P/s/+3/FADv/+z/7P/1/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8ZAOz/4f/s/+H/4v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6//r/+v/6f/r/+j/6/8TAAAAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/1/9T/6v/l/+v/+v8tAO3/AAD0//H/9f/4/wAAEgD0/+z/FADs/+z/7P/s/+z/7P/s/+z/7P/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/6/8UAPT/+v/1/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5f/p/+r/8//v/xoA6P8AAAAAAAAAAAAAAAAAAAAA6v8VAOv/6//r/+v/6//q/+r/FQDr/+v/6//q/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+X/6f/q//P/7/8aAOj/AAAAAAAAAAAAAPn/AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/p/+z/7P8UAAAA9f/d/+H/1//S/wwA3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/3f/a/+L/6v/f/yYA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/4/wAAAADs/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8f/t/+3/FADt/+3/FADt/+z/7//t/+v/7P8AAAAAAAAAAAAAAAAAAAAAHADq/+v/6//d/+v/6//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8gAOf/+f/x/wAA3//5/+z/FgDn/+r/7P/s/+P/7P/s/+z/7P/s/+z/FADs/+z/z//j/9f/7P8AADIAyP/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f8AAAAAAADw/xQA8v/s/xQA7P/s/+3/7P/t/+z/DAAFALf/uP/P/6T/zP/m/+z/7P/t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/FQDc/+L/2v/n/9j/6v/r/+b/7f/o/+3/6v8PAPL/AAAAAAAAAAAAAAAAAAAAAOD/IQDc/93/5v/b/93/0f8UAOz/7P/s/+3/7P/r/+z/GgDj/+P/5//o/+P/5//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/y/+7/+f/s/+z/7v8XAOf/2P/W/9//5f/q/+v/AAAAAAAAAAAAAAAAAAAAABQA+v8AAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/7P8UAOz/FQD1/wAAAAAAAAAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Z/93/6P8AAAAAFwDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAN7/2P/y/9r/2v/f/wYAAADp/8X/uP/h/8T/t/8AAAAAAAAAAAAAAAAAAAAA2v8AAAUA1f/m/+H/4v8AAPH/AAAAAAAAAAAAAAAAEQDt/8j/0v/g/6//0f/4//P/7P/s/+z/7P8UAO7/6P/s/wAAAAAAAAAAAAAAAAAAAADt//f/0P/U/8v/0/+9/xEA5f/s//T/EwDZ/+n/6P8AAMj/AADM/8f/DQDr/9v/AAD1/xUA9f8AAPD/7P/q//b/7P/t//X/9/8AABQA7//t/+z/AAAAAAAAAAAUAO3/AADs/+z/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO7/8f/s/+j/7v8AAAAAAAAAAAAAAAAAAAAAFAD6/wAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7P8UAOz/7P/r/+v/7P/q/+z/6//q/xUAFQD5/wAAAAAAAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAPr/7f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAAPj/7f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA6P/n//T/5v/t/+X/7/8UAO3/AAAAAAAA7P/s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/rv+p/7P/tf8AAOn/4v8rAOP/1v/f/9T/z//U/9r/9f8lAO7/7/8AAO3/6v/o/wAAAAAAAAAAAAAAAAAAAAA5AN//1v/U/8n/yP/K/9j/JADq/9j/6v/n/+X/5//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALgDM/9v/9f/V/+f/1P/a/xYA6f/o/+z/6v/g/+v/6/8UAOz/6//u/+z/7P/s/+z/5//r/+r/7P/s/+v/FgDr/x8A1v/i/9H/5P/k/+H/4//s/+3/7P/u/+3/7P8UAOz/GgD3/+v/AAD1/+f/5v/z/xgA5//o//L/6v/s/+j/8/8UAOz/7f/t/+3/7P/s/+z/FADs/+z/7f/s/+z/7P/s/0QAuP/M//n/zv/B/7//+/8AAAAAAAAAAAAAAAAAAAUA6/8WAOz/9P/z/+X/6f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6v/y//n/AADr/ysAAADk/9v/5//y/+z/5/8sAPH/3v/c/8X/6P/U/+D/0/8pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFkAyv/M/7v/1v/J/6P/t/8AAPT/8f/1//j/AAASAPT/AAAAAAAAAAAAAAAAAAAAAOr/6v/o//L/9f/q/xYA4v/3//X/AAAAAAAAAAASAAAA2v/c/8//1P/Z/9P/KQDN/+z/7f/s/xQA7f/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P/s/+z/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/GgDk/+f/6f/p/+f/5v8AAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAC2/8H/0v/s/8n/wP8AAAAAEwAAAAAA7v/5/wAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPL/+/8AAO7/7P/s/+z/8/8AAAAAAAAAAAAADQAAAN7/2P/g/xwA1//Z/+X/5f/s/+v/7P/s/+z/6f/q/xQA7P/s/+z/7P/s/+z/FADs/93/6P/o//P/AADY/ygA6/8AAAAAAAAAAAAAAAAAAAAA0//S/9T/0v/a/9D/LQDO/+z/7P/s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P8AAO7/FADs/wAAAAAAAAAAAAAAAAAAAADq/+f/7P/x//D/7P8XAPn/+/8AAAAAAAAAAAAACAAAACoA2P/h/+f/4f/X/9f/2/8AAAAAAAAAAAAAAAAAAAAA7f/t/wAAAAAAAPD/FADy/+z/7P8UAOz/7P/s/+z/7P/n/9z/6v/q/+j/GgDo/9v/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAOz/7P/r/+v/7f/s/+z/FADs/yEA5v/Q/+b/4//V/9z/5P/r/+r/6//q/+v/FgDr/+r/AAAAAAAAAAAAAAAAAAAAAO3/FADt/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAcAAADs/+z/7P/s/+z/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAAAAAABIAAADs//H/AAAAAAAAAAAUAAAA1//7/wAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC8A2f/J/9T/+P/Z/9H/2v/p/+r/5P/b/+b/zP8YAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/wAAAAD4/wAAFgD7/+z/AAAAAAAAAAAAAAAAAAAAABQA7v/0/wAAAADs/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/2f/Y/+P/4v8fANn/6//s/+z/9//w/+3/FADs/+//7f8UAO3/7P/v/+3/6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/4P8AAOn/AAAVAO//2f/s/wAAAAAAAPD/FgAAAPX/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAAUAPr/7P/z/+r/8v/t/wAAJwD7/9r/6P/v/wAAAAAAAB4A+f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/s/+z/7//t/+7/7P8UAOz/4P/r/+z/7v8AAA8AAADn/+z/7P/r//f/7f/i/x0A8f8AAAAAAAAAAAAAAAAAAAAA7P/t/wAA8v/7/+3/FADt/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPf/9f8AAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAA0v/m/xEA6P/r/9P/BgDj/wAAAAAAAAAAAAAAAAAAAADs/+//7P8AAAAA7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xcA7P/n//r/6P/p/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/t/+3/FADs/9T/6f/w/wAAAADu/y0A+P/s/+3/7f/5/+7/7P8UAPP/7P/s/xUA+P/7/+3/6//s/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/u/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/wAAAAAAAPD/FADz/wAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAPAPj/AAAAAAAAAAAAAAAAAAAAAAAAFADt/wAAAAAAAPn/7P8AAAAAAAAAAAAAAAAAAAAAAADY/+r/8f/t/wAA2P8oAOf/BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAADt/wAA6//s/+z/7P/t/xQA7P/s//j/AAAAAAAAAAAPAPj/AAAgAO7/AAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAPAPj/AADs/+z/7P/u/+3/FADs/+z/AADm/wAA+f/p/+3/7P8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/AAAAAAAA8P8UAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/4f/i/9z/5P/V/9v/IgAAAAAAAAAAAAAAAAAAAAAAIwDq/+n/AAAAAN3/9/8RAOz/8f/t//H/AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/u/+z/7P/s/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAOv/6//6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAOz/7P/s/+v/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/7P/s/+v/5P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf/P/wAA7P/e/xEAzv+c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UANj/0f/Y/+H/1v8eANb/+/8AAAAAAAAAAAAAAAAAAAAA2f8AAOT/4f/Y/9j/2P8AABgA6f/o/+z/6v/m/+j/6P8AAAAAAAAAAAAAAAAAAAAA7P/u//H/AADv/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAPn/+f8AAA8A7P/s/+z/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAA8f8AABYA+f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+z/FQDs/+z/6v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAANr/HgDs//P/8f/x/9b/9P8VAAAA6P/u/+3/5v/q/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+7/7f/t/xQA7P8wANv/4f/a/+L/1P/J/9H/zv8AAAAAAAAAAAAAMwAAAAAAAAAAAAAAAAAAAAAAAAAVAPP/9//7//T/6//s/+3/FgDt/+//8f/2/+f/6v/3/9//DwDo/9n/5P/J//j/6v/n/+X/6f/q//P/7/8aAOj/OADm/wAAAAAAANX/2/8AAO3/FADt/+z/8P/u/+f/7P/w/xQA8P/s/wAA7P/u/+v/AAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAPH/AADi/+z/6v/s/+b/4v/5/xQA9//1/wAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+r/4v/i/9P/AADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+3/8v/v//r/7f8UAPD/FgDj/9f/6v/t/+P/6//h/xQA7P/s/+7/7P/t/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAPX/AADz/xQA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/2/wAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAOb/6v/Y/9j/6P/M/+P/HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/s/+z/7P8VAOv/6v/y//j/AAAAAAAAFADv//v/AAAAAAUAAAAAAAAAAAAAAO7/8/8AAPj/7P/x/+3/FAAAAAAAAAAAAAAAAAAAAAAAwf/O/7//AAC+/xYA3v/y/wAAAAAAAAAAAAAAAAAAAADf/+L/3f/W/+z/IgDa/8j/AAAAAAAAAAAAAAAAAAAAADIA8f/d/wAAAADN/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+z/6//s/+3/HwDe/+z/0//I/8f/yv/g/z8A2P/B/wAAAAAAAAAAAAAAAAAAAADw/wAAAAD6/wAADgDu//j/7P/u//H/AADv/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6//x/wAA8f8UAOj/7P/s/+z/7P/s/+z/FADs/+z/6//m/+z/+v/p/+v/FQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAA+v8AAA4A7v/4//n/8P8AAO3/7P8WAPT/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9P/s/+7/7P8UAPH/AAD7/xoAAAAAAPf/9P8AAO3/7//t/+z/7v8UAOz/7P/T/wAA3//e/+j/2P8SANj/IgAAAAAAAAAAAPT/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+7/BgDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/u/wAA8v8YAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/wAA7f8UAOz/7P/u/+z/7//z/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAKAOH/4P/6/+z/2P/Y/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9j/KADl/+//2P/g/+b/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/J/+f/KADX/9//zP/Q/9v/7P/r/xQA6f/u/+z/7P/o/+j/6P8YAOz/4P/q/+v/5P/p/+f/FQDv//L/6//m/+T/1P/P/x0Az//U/+r/6f/X/+z/8v8UAAAAAADs/+z/7//q/+z/FgDs/+3/6f/j/+z/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8WAOz/AAAAAN3/+/8KAOz/vP/f/wAAAADj/+T/+P8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/Z/xQA2P/c/9j/AADY/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/wAA4f8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/8//s/xQA7//i/+n/AAATAOP/2f/h/wAA7P/w/+3/6f8AAO7/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQAAAAAAOz/7P/t/+v/3f/q/xgA7P/o/+P/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v8AAPH/7P/u/+z/FAAAAAAAAAAAAAAAAAAAAAAA5f/X/+r/6v8AAOr/yv8OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8WAOf/6P/q/+v/6v/p/+//AADc/+7/8f/n/wYA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/x/wAAAAAAAAAA8f8VAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/9X/zv/k/9X/2/8cAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO7/8f/s/+j/7v8AAAAAAAAAAAAAAAAAAAAA9f/6/wAAAAAAAAAA+f8QAN3/1v/g/+b/6v/W/yEA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8XAOz/5//6/+j/6f/r/wAAAAAAAAAAAAAAAAAAAAD0//j/AAAAAAAA9v8AABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/4P/h/+D/5//i/ywA5/8AAAAAAAAAAAAAAAAAAAAA6v/X/9b/7P/b/9r/KQDa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//j/+v/7P/s/+z/IgDs/xYA6//r/+v/6f/r/+j/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+3/7f/s/+z/7P/v/+z/5//h/xUA6v/l/9T/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/9P8AAAAAAADv/xIAAAD4/+7/6v/w/+3/6v/s/+z/FQDs/+P/6v/f/+X/EwDq/wAAAAAAAAAAAAAAAA8AAAAAANr/6//q/+r/6//p/+r/FgDw//r/AAD4/wAAFwD4/+z/7P8UAOz/7P/5/+3/6//u/+z/7P/s/+z/7P/s/xQA7P/s/+3/9P/1/wAAFADw//H/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/q/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAO//7f8TAAAAAAAAAAAAAAAAAAAAAAD2/+3/7P/t/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAADr/+v/+v8VAAAAAAAAAAAA6//r//r/AAAKAAAAAAAAAAAA+P8AAOv/6f/l/wAAAADl/xUA7f/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADz//j/7P/s/+z/7P/s/+z/FADs/xQA7f8AAAAAAAD5/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/5v/p/+v/3v/Y/+v/GQDs/+//7v/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADx/+//7v/s/+z/7P/p/+n/6//r/+v/6/8WAOn/7P/r/xQA6f/u/+z/7P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKgDc/87/4/8AAOH/1//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+//7v/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/FQD4//v/7f/r/+z/AAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAAUAPj/7P/s/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD5/8v/y//m/8j/6//2/+X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/7P/t//v/AADb/yYA2f/b/wAAAAAAAN//7//v/ycA6P/r//H/AADx/xQA6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/q/+7/7P/r/ygA6f/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAAAAD5//n/AAAPAOz/7P/s/+z/AADw/xQA7f8AAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAAPf/FAAAAOz/7P/s/+3/7f/s/xQA7P8AAPT/8f/1//j/AAASAPT/9f/U/+r/5f/r//r/LQDt/+z/7P/s/+7/AADh/xQA7P/Y/+P/2P/Z//r/6/8oAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s//f/9v/s//D/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOn/FwDs/+f/+v/o/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9n/2v/U/8T/uf/u/xkA4v/1/+v/1//a/9r/GwDn/wAAAAAAAAAAAAAAAAAAAADs/wAA8P8AAAAAFwAAAOv/AAAAAAAAAAAAAAAAAAAAAOn/6f/4/+3/AAAXAOn/6P/s/+z/6//s/+z/FADs/+z/7f8UAO7/8v8AAO7/8//7/wAAAAAAAAAAAAAAAAAAAADY//D/yv/P/+j/uP/C/wgAAAAAAAAAAAAAAAAAAAAAAO3/7//t/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAzP/W/9L/2f/R/87/9v8AAAAAAAAAAAAAAAAAAAAA6f+4/8j/0/8AAN//x//z/9v/3//g/97/7P8oANv/2P/s/+3/7/8AAPH/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/5//q/ykA7f/W/+r/5v/s/+z/7P/t/xQA6//s/+z/9P8NAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/w4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/r/xQA9P/6//X/7P/0/wAAAAAAAAAAAAAAAAAAAADk/8v/0P/I/xIA1//o/xQA4f/V/+f/z//Y/w8AxP8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAOz/7f/s/xQA7f/s/+z/7P/s/+v/FADp/+7/7P/s/+j/8f8AAAAAAAAAAPH/FQD0/+v/7P/q/+v/7f8AAN//DgDn/+b/6//o/xkA6//r/97/AAAAAAAAAAAAAOz/FAAAAMH/xP/b/9H/8//L/8L/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//v/+j/+v/s/xQA5//q/wAAAAAAAAAAAAAAAAAAAADs/+7/7v8AAPr/7P8UAOz/+/8AAAAAAAAAAAAACAAAAAkA4f/g/wAA7P/Y/9j/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//u/+v/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/0//X/AAAUAPD/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAFgDq/wAAAAAAAAAA7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//f/8P/t/xQA7P/v/wAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7P/t//r/AAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAD7//n/FgDr/+b/2P/c/+7/6f8ZAOz/9v8ZAPX/AAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+v8AAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAFgDw/wAA+P8AAPX/AAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//u/+v/AADs/xUA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/KgDU/+n/+P/i/9j/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAADr/+v/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/w4A7P/s/+7/5P8NAOz/AAAAAAAAAAAAAAAAAAAAABQA7//x//X/9P/t/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/1v/m/+f/5f8bAOr/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/9//2/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+X/6v/n/+r/4v/l/xoAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAEQDs/+z/7P8AAO7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOn/7P/s//D/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQD7/wAAAAAAAAAA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/AADt/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/3//l/97/3v/k/x8A5P/X/9f/2//Z/+z/EgD0/9//4f/a/+T/3//n/9n/IgDd//X/FgDr//f/7/8AAPX/AAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAAPH/FQD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPH/6f/h/+j/6//h/xcA7//5//r/AAAAABsA+P/6/+v/7P8VAOv/7P/s/+v/6v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/4//t//X/AADq/ygA+P/t/xgAAADd/wAA7f/t//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAcA2f/R/9D/yP+4/+r/7P/s/+z/7f/6/+7/FADy/wAAAAAAAAAAAAAAAAAAAAA4AOb/AAAAAAAA1f/b/wAAGQDs//P/6f8AAOn/5//u/+3/5f/o/zEA9P/n/+H/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOr/AAAAAOz/6P/s/+r/AADs/wAAAAAAAPj/7v8UAPL/AAAAAAAAAAD1/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7P8UAOz/7P/q/xYA6P/p/+v/6P/p/+r/7P/s/+7/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAD2//r/AAAAAAAA+v/2/xsA7P/r/+z/7P/s/+n/6v8UAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+z/7P/v/+r/7f8AABcA6//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7P/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/x//T/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAUAPr/7P8AAPf/9v8AAAAAAAAAAAAAAAAAAAAAAADW/9v/3//e/+P/JwDY/9//AAAAAAAAAAAAAAAAAAAAAO//7P/s/xQA9f/s/+z/7P8AAOr/FAAAAO3/2P/Z/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/l/wAAAADl/xUA7f8AAO//AAD7/wAAFADt/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/q/+b/6f/o//D/7f8ZAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7v8UAPH/7P/r/+z/8P/6/wAA+P8AABcA+P/s/+z/7f/t/wAA9f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7f/t//T/AADw/wAAEwDw/wAA+v8AAAAAAADv/+3/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/1v/V/9P/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/6//s/+v/6//o/xQA7P/t/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6//s/+z/7P/p/9//FAD1/xUA9f8AAPD/7P/q//b/7P/s/+z/7P/s/xQA7P/s/9r/0v/Y/9n/5f84AOT/xv8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/t/xYA7P/m/+3/AAAAAPr/AAAZAPr/7P/s/+z/7P/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/9L/1f/s/+b/LADc/9j/7P/s/+3/7P8UAOz/7P/s/+z/7f/s/xQA7f/s/+z/7P/q/+z/7P/s/+z/FQDp/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAUAAAA7f/x/wAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/AAAUAO//7P8UAOz/7P/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/r/xUA7P/s/+v/6//q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnAOv/7P/t/+3/2P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7//y/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAPv/AADx/xIAr/8nAAAAkf/D/8D/8P+F/9j/0f/l/wAA2P/e/wgA+v/e/9z/3v/c/+D/JADc/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+//7P/u/+3/6v/q/+f/6P/r/+r/4P8XAOv/5v/q/+r/6v8XAOb/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAOT/4v/q/+P/AADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/6//t/+v/7P/r/+3/AAAAAAAAAAAAAAAAAAAAAO7/6v/2/+n/3v/2/+f/IQAAAAAAAAAAAAAAAAAAAAAA7P/4/wAA8/8AAO7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/JQD4/wAA7f8AAOn/8v/O/zEA0P/b/9v/5//O/8j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+j/5//l/+j/6v8XAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8AAN3/4v/d/xQA2f/p/+j/7/8WAO//7f/q/+v/9/8AAAAAAAAAAAAAAAAAAAAA7P/u//b/8v8AAO//FADz/9H/1P/b/+D/6v8AACQAwP/s/+v/7P/s/+3/6/8VAOv/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOn/6v/q/9v/5/8QAOv/zf8KAOj/2/8AAOD/2P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/+3/FADs/xQA8v/7/wAA7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+7/AADt/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/x//U/9n/7v/f/wgAEwDs/+v/6P/r/+//7P/O/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD5/wAAAAAAAOz/7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/xYA1P/f/9H/2P/U/9H/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADy/+3/+P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA0//r/+r/6v/r/wAAFQDn/xQA7P/z/+3/9P/u/+z/6v8WAOv/6//r/+n/6//o/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+f/3/8aAOX/4f/q/+X/AAAAAAAAAAAAAAAAAAAAAOr/FQDs/+r/4//r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7P/q//D/7P/r/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADo/+n/5v/o/+j/5//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8VAPX/AAD4/wAA5v/t/8X/4//X/9L/FAAHAND/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA5v/s/+7/6//f/9f/6/8eANr/7P/s/9b/2P/b/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOv/7P/p/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDo/+j/7P/q/+z/6//q/9//5v/k/+j/4v/h/+T/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/+f/u/+z/FADz/9X/6v/r/8f/4P8fAOn/AAAVAOz/6v/s/+z/7P/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7f/r/+3/6//r/xUA6//p/xsA4v/p/9b/3P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/4v/e/9D/zv/M/+z/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/8f/q/wAA7P/s/+z/7P/s/+7/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//u/+v/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5f/r/xUA3f8AAOn/3//Y/9b/2f/Z/9n/KQDX/9b/6//p/+X/AAAAAOX/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P8dAOz/7P/d/+f/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/97/1P/G/9f/AAAUAMP/2/8gAN7/1//p/9X/6P/n/wAAAAAAAAAAAAAAAAAAAAAXAPX/AAAAAAAA7v/0/wAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+z/7f/s/xUA6//z/+z/2f/l/+j/2P8AAAgA7f/u/+3/8//s/+z/FAD2/9n/3P/N/9z/4f/b/ywA1/8AAAAAAAAAAAAAAAAAAAAA4//r/+n/5f/s/+v/FwDo/wAAAAAAAAAAAAD4/w0AAADe/9n/2v/m/+n/3//l/x0AAAAAAAAAAAAAAAAAAAAAANH/3P/W/97/1P/T/+H/LQDs/xUA6//s/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAVf+e/8D/7v+n/63/2P/Z/+z/6//o/9f/JwDa/wAA5f/w//n/AAAAAB4A5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/wAA7f8UAOz/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAATAJP/3//W/7f/CQDf/8D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+H/+f/e//H/1/8kAOj/+f8AAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8aAOT/5//p/+n/5//m/9P/4P/l/+D/6P/i/y4A7f/o/+v/6v/s/xQA7P/3/+z/8f/b/+z/8f/s/9j/9/8KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQDl/+r/AAAAAN3/7v/e/wAAAAAAAAAAAAAAAAAAAADK/8r/1P/U/9H/3//O/zMA2/8iAN//2//a/9r/5v/e/4f/SACg/7P/wv/J/5X/nP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/9f+6/7T/rP/f/xAACgDg/+D/zf/W/+n/1v8lAND/1v/j/+H/4f/g/9r/JADZ/wAAAAAAAAAAAAAAAAAAAADj/xsA3f/g/+L/AADg/9z/3f8ZAAUAtf+l//n/xP/U/+H/IwDg/+H/3//n/9P/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/1//h/+D/z//p/9T/HADs/xYA6//s/+v/6//q/+r/FgDq/+z/7//s/+n/6v/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADU/9f/2P/X/9j/6//X/97/0P/U/yAA1f/T/+X/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8XAOn/6//q/+n/6f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/4f/j/+D/5f8eAN//5P/s/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/6//r//H/6v8WAOv/5v+9/xsA9P/H/87/AADF/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA7P/s/+r/6//s/xUA6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/3//a/+L/6v/l/yMA8P/s/+z/7f/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/8z/NQC//wAA7P/s/xMA3P8GAOn/xf/A/7X/5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/v//Z/+n/0f8VAPr/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/x/+3/7f8UAO3/+v/T/+n/6P/U/ykA4//W//f/8v/x//D/7P8AAO7/FAAAABAAAAAAAPn/+//6//j/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9D/KQDV/9v/3P/X/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+f/AADp//r/7f/Y/8r/5f/l/+r/6v/r/93/GgDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDs//T/8//l/+n/6P/s/wAA9/8AAAAA8P8UAPb/AAAAAAAAAAAAAAAAAAAAAOz/6v8VAOz/6//g/+D/5f+5/8P/AADP/woArv8dAM//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/2f/r/+z/5f/k/ygA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//u/+v/7v/x/93/GADu/8//AADN/9P/w//H//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+P/3v/q/wAA+P8eAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD6/wAA+v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAFQDs/+v/7P/s/+v/5P/r/wAAAAAAAAAAAAAAAAAAAADj/9//5f/l/+b/6//a/x4A4P/e/zcA0P/g/+X/vv/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8UAPP/AAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD2/wAAAAAAAO3/9f8kAOr/2P/q/+f/5f/n/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/9P/xf/P/9T/AAAJALj/AAAAAAAAAAAAAAAAAAAAAO7/6/8VAO3/AADv/wAA7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADv/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADF/97/0f/w/+n/2P8pAOP/AAAAAAAAAAAAAAAAAAAAANj/3P/s/wAA9//V/ykA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/v/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//f/+f/z//f/FgDy/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+b/AAARAOz/1//d/9j/AAAAAAAAAAAAAAAAAAAAAAAA5v/a/9H/4f/3/wAA5/8AAOT/4f8SAOn/1//p/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/yP/H/9T/HQDG/+//x/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8ZAPb/AAD0/wAA6v/q/wAAAAAAAAAAAAAAAAAAAADZ/+D/EwAAAOX/4v/3/+T/5//n/9H/yf/g/wsADADV/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/FADs/+z/7P/s/+z/AADR/+L/7v8AAAAA2v/d/+z/FADs/+3/7f/s/+z/7f/s/xQAAAAAAOz/7f/u/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/m/+L/EQCt//H/2P/A/8r/x/8/AMn/vf+5/8P/vv8AAAAAAAAAAAAAAAAAAAAAMADb//H/8f/v/97/0f/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXALH/tf+7/7L/y/8AAPD/AAAAAAAAAAAAAAAAAAAAAOv/FQDs/+z/6//r/+r/6v/S/y8A1P/a/8b/1v/X/9f/AAAAAAAAAAAAAAAAAAAAAOn/6f/p/+v/6/8XAOn/6v8AAAAAAAAAAAAAAAAAAAAApP/W/8H/yv+//wcAfv8OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/4P/l/+D/5v/l/x4A2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/xQA7P/s/+z/7P8UAOz/7f/s/+z/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+r/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA6f/3//T/3P/s/+H/AAAAAAAAAAAAAAAAAAAAAOb/HwDn/+X/6P/f/9z/5P8AAAAAAAAAAAAAAAAAAAAAAADn/+z/6v8ZAPn/5v/n/+z/9f8KABQA8P/s/+v/4P/r/+z/7P/s/+z/5//s/xQAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/FQDt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA4//h/+n/3v/W/wAA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+n/6f/o/+n/5/8XAOj/AAAAAAAAAAAAAAAAAAAAAMz/4f/X/9L/9f/j/9L/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAA7/8SAAAA+P8AAAAAAAAAAAAAAAAAAAAA7f/W/9j/1P8AAC4A7f/R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8GANH/1f/l/+r/EwDe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/1v/g/+X/AADl/+b/GwDT/+r/0P/a/93/3f/Q/yUAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//o/+n/6f/p/xcA6f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//2P8UAOr/6P/o/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/a/9z/GAAAAOv/2f/j/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABUA7P/t/+r/8//r/+z/7v8VAAAA9f/t/wAA6//r//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//X/9v8AAAAA6/8VAAAA6/8VAOz/7P/r/+z/6//s/wAAAAAAAAAAAAAAAAAAAADq/+b/5v/l/+b/1P8ZAOj/5v/k/+T/IwDj/8//3P/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/5/xEA4//V//X/1f/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/ycAAAD5//f/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t//H/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+f/7P/t/+n/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//n/+r/2v/n/+L/GgDm/wAAAAAAAAAAAAAAAAAAAADp/ycA5//r/+r/6v/Y/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA8v/q/+j/+f8AABQA7P/u/+z/7v/t/+7/7f/t/xQA7v8AAAAAAAAAAAAAAAAAAAAA6P/q/+r/6v/r/+n/FgDl/wAAAAAAAAAAAAAAAAAAAAD4/xgAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s//f/z//3/wAAwP/z/+b/zv8AAAAAAAAAAPj/AAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/W/9b/8/8sANj/3P/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/j/97/6f/t/+j/GQDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5//p/+7/AAD4/xkA2v8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDr/9j/3f/s/+z/4//r/+n/6//r/+v/7v/f/9v/HwDT/xMA2P/f/wkA2P+d/+v/AAAAAAAAAAAAAAAAAAAAABUA6//s/+z/6//r/+v/6/8AAAAAAAAAAAAAAAAAAAAA1//Y/+b/7P8UAOv/AADs/wAAAAAAAAAAAAAAAAAAAADq/xYA6f/r/+z/6//p/+r/7P8UAOz/7P/t/+z/7f/s/wAAAAAAAAAAAAAAAAAAAADr/+P/4P8cAOT/6v/p/9L/AAAAAAAAAAAAAAAAAAAAAAAAAADf/9j/qf/V/87/3f8AAAAAAAAAAAAAAAAAAAAAzP8wANP/7//l//X/xf/i/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/y/+z/7P/s/+7/6v/r/xYA6v/r/+n/6v/p/+z/FADs/+z/7P/t/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P8AAOv/6v/s/+z/AADs/wAAAAAAAAAAAAAAAAAAAACx/93/wv/x/+3/3//q/wcA7P/t/+z/7P/y/xQA7P/r/+r/FwDq//D/+P/s/+n/7P/f/xsA3v/n/+b/3f/o/93/AAAAAAAAAAAAAAAAAAAAABQA+v8AAAAAAADs/+z/AADt/wAA4P8AAA8A2P/q/9r/y//i/+v/6/8WAN7/5P/q/+3/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+n/6f8UAOj/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/wv/p/8P/1P/H/zgAuP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkANf/4v8AAAAAAADc/+L/9f/U/+r/5f/r//r/LQDt/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v8VAOv/6//r/+v/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/wwA1f/r/9n/0v8OAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDk/97/2v/p/+n/5v/U//X/JQDu/+//AADt/+r/6P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/9r/3P/P/9T/2f/T/ykAzf/s/+3/7P8UAO3/7P/s/+z/7P/s/+z/FADt/+z/7P/s/9H/JgDd/+D/3P/P/9D/0f8eAOD/4P/m/+X/3P/g/+b/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADN/9P/yv/P/9T/4P8wANr/FADu//T/AAAAAOz/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/m/+r/7f/s/+3/GADp/wAAAAAAAAAAAAAAAAAAAAAVAOz/7v/3/+//7P/r/+7/AAAAAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA6f/o/+z/6v/m/+j/6P/s/xQA6//t/+z/7P/s/+z/FgDj/9f/6v/t/+P/6//h/wAAAAAAAAAAAAAAAAAAAADm/+n/6v/q/+v/FgDn/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/GgAAAAAA9//0/wAABgDZ/+j/7P/l/wAA5//s/xQA6f/t//b/8v/r/+z/7v/r/9j/KADl/+//2P/g/+b/1v/U/y0A2v/d/9T/1f/Q/+j/6P8YAOz/4P/q/+v/5P8AAAAAAAAAAAAAAAAAAAAAvv/p/7//3v8IAPr/0f8AAAAA8f8AAAAA+/8AAPH/EgDc/+z/7P/q/+v/6f8VAOf/z/+9//L/7//c/8f/DQAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//Z/9//2v/Z/9z/2P8nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//u/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+f/6v/q/+r/6//r/xUA7P/s/+z/7f8AAO3/FADs/+H/2v/k/9//5//Z/yIA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwA3v/x//f/2f/Z/9L/0/8AAAAAAAAAAAAAAAAAAAAA1v/b/9//3v/j/ycA2P/f/+r/5v/p/+j/8P/t/xkA4//t/+3/7v8UAPH/7P/r/+z/DwDd/+X/2v/Y/w8Axf/e/+r/1//n/9j/0v8cAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMD/6//0/wAA9f+b//L/wf/o/wYAtv/v//H/4v/Y/+f/+v/v/+z/8v/w/wAA6/8AAPn/2//d/9f/AAAAAN3/AADY/9X/6f/Z/+j/AADf/wAAGQDo/+f/9P/m/+3/5f/v/9P/AADk/wAAGQDB/+j/KQDr/9j/4//Y/9j/4//b/yEA1//Z/+v/7P/w/8v/6v8kAOH/0f/W/9z/6P8pANb/0v/p/+z/xf/F/93/FADU/wAAAADo/8P/z//L/9b/6P/i/+z/FADs/+7/7P/t/+z/7P/W/9n/4v/P/wkAzv/p//j/AADU/wAA3P8KANj/rP/a/+b/8//Y/9z/4f8AAN3/+P8AAPn/z//W/97/AADs/83/8f8AAOf/xf/B/6b/5v+4//r/2/+6/8X/uf8AAAAAxv/U/y8Ax//G/+b/5f/W/8D/7P/f//D/2v8AAOT/6v8HAOv/6//r/+z/7P/s/xUA7P/Y/+b/JQDH/+j/2P/h/8f/1v/T/yYA0v/W/+j/0f/P/+v/2P8oAOf/8v/X/+D/5v/V/9X/w//J/7v/u/8WAAYADQAAAPL/AAAVAN//6P/m/8n/vf/M/9L/BgAAANj/CwCm//P/xv/x/7D/EADu/7z/2P/Y/9z/2v/Z/xQA+v/p/9H/6f8HABkA6f/K/83/5P/d/9D/7f/J/+D/FgDr/+j/3f/Q/+z/0P/d/xYA7P/o/wAAEgDs/+z/7f/t/+T/5P8GANz/+P/f//j/EwDT/+j/2v8AAPr/+v/x/+v/IAAQAOX/AAAAAAAAAADg/xwA9//l/9v/4P/v//P/3P8yAO//GQDt/+T/3f++/5//4v/h/+H/6//l/+z/6v/1/xYA6P+Z/8X/6v/u/57/8v/f/wAAEgDz/8X/yf/h/+v/CADU/xQA7v/w//b/AADs/+z/8//F/97/0f/w/+n/2P8pAOP/6f8UAO3/7P/t/9b/4v8AAOz/7P/t/+7/7v/t/xQA7P+w/7P/6f/K/+D/AAD2/73/9P/D//j/FgCs/8f/uP/z/+//6P/d/9D/yf/x/w0A0//U/+H/AAAAAAAAOADi/wAADgCy//T/xf/L/wAA9v/B//P/7P/s/+z/7f/r/+b/FAAfAOj/2v/e/+P/1//m/9n/6f8RAM//1f/Q//H/8P/X/wAA1//S/83/9v/d/9f/AADt/+3/7v8UAPH/7P/r/+z/6v/l/+v/FgDs/+T/6v/o/+L/GgDl/+f/4f/r/+n/5f/j/9L/xf/i/8n/AAD2/9f/7P/u/+z/5//X/+z/3P8UAOX/4f8eAOX/6v/k/+b/2v/r/+v/7P/q/+z/6//q/xUAmf8KAPL/s//T/6b/9//R/wkAzP/V/9n/3P8AANf/2/8PAOz/2P/p/+X/AADa/9z/AADr/+v/6v/p/+z/AADm/+v/7P/r/+z/7P8UAOz/7P8bAOr/2//h/9n/4//o/9z/2v8AAOv/7f/4/+X/7f8AAL3/z/8WAOn/xP8AANP/7//S/yUA4v/A/8H/AADD/+L/vf/e/7L/uf+2/xUA5v/Y/8b/QgDM/8r/xv+1/8b/yf/r/xwA5P/o/+b/5v/a/+X/2P81AND/zP/F/8X/t//e/9v/NwC+/8X/4v/M/8//wf8bAOP/2P/e/+X/q/8AAOT/IAAAAAAAAAAAAAAA5P8AAOv/2P8AAPr/AADv/x4A7//b/wAA0P/e/9X/AADV/9X/6//7/7L/2/+k//j/2v/s/9f/BQDf/9f/4//W/wAA5P+4/9//PQDC/87/uf+//9z/FgDr/+T/6//N/wAA6f/q/+z/7P/r/+z/7v/s/+z/FAC2/9H/GADm/9P/3v/A/wsA5f/h/x4A5f/q/+T/5v/a//b/FgAAAAAAAAAAAO3/AADn/wAA5P/r/+v/6v8HAN//8v+5/9v/1v/X/7H/3/8WAOv/6//s/+v/EQDY/+j/8//v/8f/yf/r//T/AADB/9P/+v/v/+z/8v/w/wAA6/8AANj/7P/r/+f/7/8iAOn/6//r/+z/7f8AAOr/2P/m/wUA7/8AAO//6v8AABQA7P/s//L/7P/s/+3/7v/s/xQA7P/G/zgA+P/y//T/wf/d//b/4f8YAOf/6f/o/97/4//p/wAAAAAXAAAAAAAAAOn/AADl/9j/5//l/+n/FwD3/9v/wv/q/9j/AAAAAOv/4P8NAA0A1v/Z//T/2P8TANL/7P+6/8//q/+8/4z/AAAZAOz/FwAAAMX/x//Y/8H/wP/D/ywA6f/a/93/2f/X/7//1f/s/+3/7P/y/+7/FADt/+z/wP8IANX/y/+7/97/9f8AANr/zP/G/7n/8v8mAMH/wv/Z/xYA6f/e/wsAu//X/9X/y//k/7L/zv8OAOL/DADg/+r/5P/p/+n/6v/q/xsA6//2/+P/AAD4/wAA5//4/yEA2P8PANj/3//v/+z/AADr/9j/s//H/8X/AAAAAAAA6v/k/3T/rv+7//b/GwDb/wAA2v/S/xAA1v/W//j/AADq/+T/7f/4/+3/7//r/xcA9P8hAAAAAAAAAAAA5v/6/wAAz//c/+X/6P/f/wAAEADW/9n/5v/K/9P/7P/U/yUA1f/t/+n/8P/v/+z/3//0/xQA8f/t//j/8P/z/+7/FADz/+3/7P/s/+3/7P/t//P/FAAVAOn/6//t/+v/1//s//P/2P/U/wAAAAAAACwA5f/7/wAA2f/Y/9v/7v8GAAAA6v/s/+v/7P/s/+z/2P/s/yMAz/8AAAUA1P/W/wUA1f/R/x8A1//i/9T/5P/l/+H/5P/l/+j/FgDr/+v/6f/r/+n/p/+T/8f/AACt/8z/6f8RACgAnP/A/4n/8f8AAND/xP8QAPf/6/8AAPP/AADt/9r/6P/O/8L/5v/p//T/qP8pAOn/6//r/xUA7P/r/+z/7P/f/wAAsf/g/9P/0v/v/7r/9v/Y/9r/2f/c/w4A1f/Y/xYA6f/p//L/6f/z/+L/4/8FABQA9f/d/+b/9P/p/87/wf/F/+3/FgDV//f/yf/6//n/IgC5/8v/3v/T/8f/l/+T/8n/AACF/4D/CwAAABEAAADI/8//2P/c/9j/DgC//xQA1v+s/8H/s//o/8v/EgDS/8X/+f/k/43/wv/b/y8A8v/s/+z/7f/u/+z/FADs//f/5//v//H/7//u/xgA8P/s/+j/3P/o/+v/2v8cAOP/5f/d/+X/+//0/9j/HADS//r/7//s//L/8P8AAOv/AAAAANT/0P/T/8//CgDS/77/xf/v/8L/v/+7/+b/4/8AABYA7P/s/+v/3P/X/6j/AADq/w8ACgDG/9H/6v+0/73/0v8IAA4Ao//E//r/yf+5/+j/u/8LAKn/qP8eAMn/2P/m/93/1f/p/wAA2v/Z/wsA2f/l/+z/4f8RAOn/6/8AACsA7//N/+n/0P/O/6P/yP/Y/wAAAAAAAAAA6f8pAPr/uv+7//j/KAC6/wAAvv/b/wAAAAD4/+7/AADy/xgA+v+4/z8Aqf+0/8H/p/8LAKv/7/8UAPf/AADu/wAA7f/4/8//LwDO/9j/1v/U/+f/2P/u/xQA7v/u/+3/7v/s/+z/4f8QAOf/+P/l/wYA2f/j/8z/4v8AAMj/sf/A/+v/EwD6/wwAv/+y/8P/tf+q//X/2P/J/8T/6f/M/wAA2//k/93/0P/s/9D/3f8WAOz/6P/V/9z/x//V/9f/9v/V/yYA5v/n/xoA2P/p/9r/8v/m/wAAIgAAAAAAAAAAAOD/AADq/9b/0//X/9j/IwDt/9b/1f/u/9T/wf8AACIA6P/I/9j/6f/r/+z/6v/o/+j/FwAQANT/x/+8/9L/sf8PAMv/rP/D/9n/3f+//xkA8//Y/+v/7P/s/+z/7v8UAOz/7P/B/8n/0P8rANX/5v8AAJL/yv/n/7X/+//s/97/KgDg/wAA5v+2/+P/0f+U/x8Auv/2/+f/IQDZ/9z/4P/S/97/6/8VAOz/7v/w/wYA3//u/+z/6//r/+v/6//s/xUA7P/X/xkA3f/U/9T/+f++/+P/5v/J/8r/w/8AAO3/3v/m/+D/6v/Y/9j/FADX/+T/AADL/9D/2P/N/9v/4P8nAOv/0//n/9b/1f/n/yQA6P/f/93/GwDv/+X/1P/G/93/0v/M/+z/7P/s/wAA7P/v/w0A9P/U/8n/AAAAANj/BwDD/8z/7P/s/+z/AADs/+//DQDm/xQA1f/Y/+b/2v/q/wAA7f++/+H/x//K/9P/8/8AAOz/FADs/+z/7P/r/+z/7P8HAM//1P/Y/9r/x/8NAMf/5//r/+r/3//s/+P/IADY/9j/3//s/+z/9P/t/+z/FADV/7v/w//M/8L/v/8kAAwAFgDU/9n/0v/m/wwA6P/S/9v/6//O/+H/FAAHAPD/7P8WAOz/6v/w/+z/6//q/+z/6//s/+v/7P/s/xQA7P/s//j/t/+9/7X/hf/k/xgA5//l/ygA2P/a/+T/2P/Y/9n/AADP/8X/1P/W/wkA1f/n/+X/9v8AAAAA+//v/wAAGwDv/xQA9/8AAO7/AADt//j/3P/Y/+j/5v8AAOz/IgDq/9n/2P/q/+b/5P/Y/ygA2P/r/+r/7//w/+7/6/8VAOz/2//d/87/zv/c/+//JQDl/wgA6v/r/+v/6v/s/wAA6f/A/8T/6P/n/8r/2P86ANj/3v/K/wAA3v/H/87/u/8OAOz/9f/x/+z/AADt/xQA7P8WANT/q//t/+H/9f+6/+b/3P/O/7n/qv+///H/y/8QANP/8P/L/8b/5//s/x4A8f++/9H/5v+5//P/AAAIAMX/AAAAANP/5f8AAAwA7v/H/9T/yP/e/9j/2P8VAOn/AADX/9j/1//e/+X/GgDZ/+n/KADL/8T/xP/D/+T/uf/t/0AAqP/Q/87/tP8HAMb/u/82AM7/1f/R/83/5P+5/9H/MQC7/5T/xP8RAJv/zf8KAAAA2P/Q/9n/2v/V/xYA3v/a/8v/xf/H/wAAqv/N/y8A8//r/9X/2P8RAOP/1/8AAOj/0f/n/+//8f/k/x4A8v/d/9X/6//V/9r/1/8qAOn/2P/W/wAAzv/S/wgA1P/C/+T/w//p/9b/xf8dAOL/6//P//n/0v/d/+n/9P/s/xMA6f/o/wwA6//n/9L/3/8WAOz/4/8AAOz/6//p/w8A6//1/8z/6//D//P/oP8IAL3/5P/O/9H/+f/2/yMA0P/f/9n/7P/s/9//7v8hAOr/6//V/9f/1v/U/9j/JADi/+f/pf+n/93/v/+t/7f/lv9qANn/zv/o/+3/6f/s/9f/JQDZ/87/6P/t/+n/7P/X/yUA5P/j/9n/1//H/8b/1f8zAPb/0P/0/+3/AADm//n/HQC9/93/DwDw/xQAv//K/wAADgDc/8P/zP/I/97/9v/a/xEAAADg/+z/6f/Y/+j/0P/M/wAA2v/s/wAA+v8AAOz/0P/X/9b/1v/W/wAA5v/7/+b/EADV/9b/3P8UANP/0f/J/7P/1f/z/9r/7f8AAMX/2//Z/97/5P8AACgA2P/Z/wAA9P+6/8L/+v+//+D/uv/e/9n/5v/1/+j/DADQ/wkAQgC6/8D/xf/T/7f/0/+9/+b/1f/Z/9z/EwAgAAAA2P/l/+n/FgDr//j/6f/q/+n/4f/n/8v/LQDg/9H/0v/X/63/6P/m/9D/1v8QACIAAADG/6b/xv/K/9H/xv/K/0kA7f/z//T/AAAAAOr/FgAAAPP/xf+v/+3/0f/2/9j/CwAaAOz/5v/t/+3/4P/m/+//uP8aAMD/2f/b/9j/9P/j/+P/JwDp/9L/2v/M/9b/1f/p/+v/6//r/+r/FQDr/+r/EwAAANX/1f/l/9f/6//V//n/DgDZ/9H/y//Y/+j/7f8AANr/6//q/+v/2P/Y/wYA2f/W/yYA3v/L/+D/2P/b/8H/zP/l/+j/xv8HAN3/AAAAAOf/7f/u/wAA7/8SAOv/5P8AAOj/6P/l/93/CADk/+r/FADt/+7/+P/z/+z/+f/C/8//KADI/9//AADT/77/t/+7/0MAvf/C/9H/y//a/wAA6v/t//P/AADa/xAA7v/r/+v/AADv/+r/2P8LANb/7f8UAOz/7f/t/+r/7P/s/8D/1v/Q/8r/xv/D/+v/GwDk/8H/sf/Q/7//KQC9/6j/7P/Q/8T/z//L/xQA8f/7/83/xv/X/9f/2f/W/zcAz//s/+z/6//s/+z/7P8UAOz/4//h/yIA5P/r/+H/1//S/+v/7f/t/+3/7f/o/+z/FAD5//P/8P/g/7L/rP8AAL7/6//l/+b/6f/v/+3/GQDt/+r/6//p/+z/7//l/xYA7P/6/+//7P/y//D/AADr/wAAJwDh/+f/5f/w/8r/4P/W/wAA4v/d/87/5v8RAOf/6P/f//j/yP+7/9H/7/8QAND/BgAUAAAAAAAAAAAA6v8AAOj/6f8UAOX/6f8aAOX/6f/Q/+T/FADs/9D/CgDm/83/MwDa/9H/0v/Y/87/3v/N/9j/2P/q/+b/5P/Y/ygA2f/r/xYA6f/r/+v/6//m/+r/4f/p/+v/7P/r/+b/IgDp/8n/8P/X/8//3v8gAMn/xf/o/wYA0//Q/8n/1/8QANj/8v+7/7H/wf/V//r/AADG/+z/y//N/9b/zv8AABYA1//T/9//6P89ANf/3P/K/9f/7P/0/+z/FADz/+z/5v/s/+z/AAD3/wAAAADw/xQA9v+S/7j/5f+4/6H/PQDX/8T/mP+5/8P/4P+U/zsA4f+s/8j/3P/R/8r/zf8mANb/6P/T/9r/8f8GABYA5v/Z/+n/2P/M/8P/1v8aALb/vf8YAOn/DADo/xkA5//Z/8z/6//s/wAA7P/s/+z/7P8MAOz/5P/r/xQA6P/r/wAA3f/c/+3/1P/h/9n/1v/w/9X/CADt/+n/8P/v/+z/3//0/xQAEADW/97/8/8AAOL/4f/J/8P/5P+5/6v/rf+t/ycAp//H/wAAAADk/9//5P/s/9b/x/+t/+//EQDD/+b/2//J/wAA4/+8/7f/EgAAANT/u//X/+z/3f/e/+D/4/8YAOH/4//Z/9j/4v/s/xQAAADp/+3/7f8AAAAAAADv/xUA5P/i/83/0v/t/+r/6f8fAOf/3v8AAAAA0f/Q/8r/wv8SANz/2f/p/8L/z//5/7//+v/P/9b/AADk/93/1/8AAN//AAAAAAAAAAAAANf/AAApAOz/7P8iAOz/7P/s/9j/7P/f/x4A3//w/+7/6v/s//b/7P/u//H/AADv/xQA7f/s/wsAzf/G/73/yv/x/9X/CgASAO3/5//i//X/1f/O/wAA2f/I/+3/1P/p/wAAAADF/93/0P/s/9H/4P8WAOz/6P8AANT/5f/q/9v/DQDf/93/BwDd/8b/xP8SAOv/5//o/8z/0//D/+z/1v/W//P/IADm/+z/2P/2/xQA2P8AAOz/1v/d/7T/3//Z/9j/6f8AAOr/6//p/+z/8P/l/xYA7P/W/+n/9//X/9L/5P8gAOj/FQDc/93/1v/e/9v/AADU/9j/DAD0/9X/5f8LAMn/3v8AAOv/FADp/+r/2P/Z/+v/4P/h/xMA3P/Q/wsA1f/G/9j/1P/a/+L/4v/H/zAA0P/q/+v/6f/s/+//5f8WAOz/zv/I/wwA5f/F/+j/t/8AAND/zv/P/83/0/8yANT/0P/Q/+f/7P/c/w8AEwDc/wcA2f/O/+j/7f/p/+z/1/8lAO3/7f/1/9z/5/8QAOr/AADX/+n/AAAAAAAA1/8pAPP/2f/k/+z/4f8RAOb/6/8AAOT/5f/n/+j/6v/h/xoA5f/s/+r/4v8AAPv/5f8VAOf/7P/q/+L/AAD7/+X/FQDn/8X/MADC/8j/0//M/+j/v//a/ysA1P/a/8r/2P/c/9j/5v8aAOj/7f/s/97/5//l/w4A9f/M/+3/2f/1/9z/4//0/+j/1/+u/67/yP/U/97/7P/7//X/AAD6/+//FAD0//r/7//s//L/8P8AAOv/AADb/+D/0P+2/9f/OADO/9j/6//e/9z/7//j/+r/FQDa/97/zP/V/+b/DQDX/wwA4f/s/+z/5v/s//b/FAAAAOz/7P/s/+z/7f/s/+z/7P8UAB4A1//R/9j/4f8AANL/1v8AABIAxP+7/9X/6P/V/+j/2P8jAOf/6f/g/9j/2//q/wAA2P/i/+j/9P/Y/wAA4//6//f/8v8AAO7/KADx/+3/6//a/+r/GgDv/+r/4v/r/xMA2f/p/+z/6v/k/+r/DwDk/wAA0P/p/+P/2/8SANv/IADF/+z/xP/X/8z/3f/E/+v/1P/W/9f/2/8AAOr/EQDs//X/8f/s/wAA7f8UAOz/z//X/8L/w/+8/7v/JwDP/+X/2v/o/+n/6f/T/yQA0v/q//L/5//o/xQA6//g/+z/1//Y/9f/3v/l/xoA2f/p/+z/7P/t/+7/7v/t/xQA7P/s/+z/7f/u/+7/7f8UAOz/6v/p/+v/7P/r/+z/FQDs/wAA6//o//D/4f8JANf/5v/A/9H/5f/L/8v/DwAAANf/1v/a/9v/yf/N/ywA4v+5/wAA0v/q/+X/7f8PAPH/3P/l/xgA6//a/9r/3f/q/9//tf8+AOL/zP+//6n/rP/X/9n/PADt/+D/4v/e/8b/zv8dAOT/0f/a/+T/sP/l/wsA5P/t//j/7f/v/+v/FwD0/9v/8f/d/9D/6v/o/9//DQAUANT/vP9r/+H/xv/R/wAA6/8AAOr/8P/t/9j/EwDZ/8X/+//f/83/l//r/xsAwv8eAOj/1v/j/+H/uf/m/9b/6//q/+P/6f/u/wYAFQDn//D/BwAAAAAAAAASAPb/5P/q/+r/5P/r/+j/3f/r/xgA6//4//H/3v/x/+r/AAATAK7/6f/W/9f/yv+u/wcA+f/0/wAA5//k/9j/7P8LAN3/0//M/8//FADs/+v/DgDo/wYA3f/y/67/z/8HAM3/7v/x/xIA6P/p/9//7P/r/+j/1/8NANf/5f8MAAAA2v/Y//X/5f8AANX/1f+2//L/9f/r/wAA7P/s/wAA8P8AAOz/7P/s/wAAFADs/+z/2P/s/xgA6v/o/+//6//g/9//7P/q/+n/7P/s/yIA7v8oAOn/xf/1/9v/2f/d/ykAyP/F/woAz/8AANr/6f/c/+H/8/+t/8n/2v/P/9j/9f/i/w8A0f/z/8X/4P8AAAAA4f+//9X/y/8AANn/4v/t/wgAxP8AANn/7P/s/+z/AADn/+z/EwDC/9L/3v/o/97/6f8NAAYA8f/v/wAA9v8AANP/2P8FAMX/k//b//f/6v/X//f/+P/v/8//1f/D//L/AADu/+L/GgDl/+f/4f/r/+n/5f+Y/38Agf+b/6P/lP+Y/6b/0v8cAN//4f/p/97/6v/n/9//SADI/7P/uv+U/9v/nP/P/+T/GADr/wAA+P/a/+f/6v/j/9H/EwDp//P/3//c/xYA5//Z/9z/AADs/+r/7f/s/+r/1v/W/9n/6/8ZAOn/0f8fANr/AADv/8L/yP/G/8T/v/+7/yMA0v/k/+D/zP/n/9j/EwDb/+T/2/8AANj/JQDY/+z/6//0/+P/2P/Z/+H/2P/r/+//3P/a/yYA7P8AAA0A5f/0/9P/x//g/8n/6//f//P/7P/w/+n/FwD2/7//LgDV/+z/uf/e/8X/yf8SABQAi/92/9j/2P/b/7//zP8xAMH/y/8AAM//x//T/9P/6f/r/+3/FADm/w8A7P/o/xUA+f+R/4z/5P/j//b/2f8jAND/0f+e/9n/3//L/8z/9P8fAPj/9v/N/9D/1v/q/9n/2f8nAOX/4v/Y/9r/6//a/+r/GgDv/+r/4v/r/+z/7P/t/+z/7P/s/+z/FAD5/9T/6v/p/8n/AAAKAOP/GgDs//T/7f/3/+//5f/r//T/5f/p/8//7P/P/xsA7P/o//n/6/8UAOX/6//w/+j/FgDq/+z/7//s/+n/6v/0/xYA6v/s/+//7f/q/+r/9f+o/+j/wf/V/9T/6P+9/ycABwDs/9X/z//f/83/9v/G/wAA8v/R/+v/+P/U/9j/4//L/+r/6/8UAO7/DgDZ/+v/xv+z/5T/+f+5/87/QQCy/9//AAAAABQA6v/r/9r/4//Y/xAA2P/Z/+v/2P/n/wAADADO/8X/uv/M/+X/5/8TAMP/1P/T/9b/5//w/woABQDr/9X/5P/v/xYA2v/q/wAA0/8AAMT/uf8QAOr/zv/p/8T/0f8AAOL/zv8MAMT/9v8IAMz/0//L/+P/CQDf/97/t//E//j/qf8AAK7/MADV/+v/4P/r/+v/6v/s/xoA7P/U/+n/IADU/9j/y/8MANv/2v8AANn/2f/o/+j/AADa/+P/6/8AAO3/6P8AABQA9P/q/xUA7P/q/wAA6//5/+//7P8UAOz/6//5/+z/7P/s/wAA9v/c/9X/2v8ZANf/7P+w/6z/7v+9/8P/5v8kAK3/6//y/+b/2//Y/7n/HADa/wAAFAAAAO7/AADn/9j/+f/W/+b/3//U/wAA1P8mANj/DADd/57/AACS/+r/1P/S/7f/8P/B/7T/3P/U/xMAuv8AAML/EQC7/+j/4//e//P/5//H/8T/FgDN/8T/EwDq/9T/6//U/9b/EwDy/9X/AADq/9v/1//o/+b/6f8fAOn/FQDB/+H/rf+//9r/GADL/9L/y//P/8b/2f+7/zQA2P/p/+z/6//c/+z/7P8WAOv/vv/e/+X/3v/n/8n/JADb/+3/8//0/wAAAADq/xYAAADm/7v/zv+4/5j/9P8eANL/5P8AANj/4P/3//b/yP/b/9v/7P/q/+v/6v8eAOb/5/8NAKH/5P+u/6n/DgC//wAA3f/b/+P/4//6/ycA2f/q/87/CQDl/8r/xf8OAN//4v/s/5//vP+5/6z/wP8fALn/7P/7//P/7P8AAOr/FADs/97/6v8MAAoA5P/Q/9P/4f8UAPH/8P8AAPH/7P8AAOz/CwDr/9r/2f/a/9v/6f8AAL3/xP/e/7T/0//Z//f/6v/b/+f/CQDU/+b/GADB/+j/2P/c/9r/3v/t/wAA6/8AAAAA2P/r/+z/3P8FAOD/2P/y//X/2P/t/+b/AAAAANv/zP/G/8P/uv/F/73/PADD/9z/AADM/9f/1v8SAOL/3f/3/9n/9v/s/wAA0//j/yEAAADN/xMA2v/u//r/1f/Y/xMA7P/q/+j/7f/v/+z/0f/j//b/pv8FAAUA6v/y/8T/4P/I//r/AACy/wAAzv/P/8b/0v/i/9//5f/I/wAAEAC+/wUAGQDq/8T/3//T/+b/AAAqAOb/6//p/7X/2P/1/+z/6P/c/+j/6//a/xwA4/8mAOj/7//l//r/8P/Y/+v/4v/N/9L/7f/q/+n/HwDn/wAA2v/0/4H/AAANANL/qf8MANT/2f/R/9z/3//t//v/zP/s/xYA7P/k//r/5//n/wAA8v/s//v/7v/i/xIAAADq/9j/EwDr//P/8v/Q/9T/AAAAAPj/7P8AAOn/7P8hANn/CQDe/9X/FADF/9b/5v8SAN7/2v/p/+b/AADa/+L/6//r/+z/6v/s/+v/7P8VANT/4//R/9H/0v/z/x4A6f8AANj/3f/e/9n/AADX/9j/6f/r/+v/6//q/xUA6//q/8T/1P8rANL/4P/W/9X/4//o/9H/5//v//H/5P8eAPL/FgDw/+L/6v/r/+P/6P/o/wAAxf/E/8f/2f/W/xEA2P/s/+7/8f8AAO//FADt/+z/AADg/9b/1//h/9b/EgDV/9X/6v/g/+H/FAAAANn/9P/Y/+T/BgCU/87/wv8FAPj/6v/c/+z/8/8AAOD/7P8aABQA6//p/9//6v8KAOv/5v8fAOP/tf/E/9z/4P/K/87/5f/a/9j/2P/m/9j/JwDk/+v/6v8AAAAA4v8AANn/2P/s/xwA9/8AAOr/+f/m/wwAGQDO/8r/5P/r/8j/6f/S/+D/rP/h/wAAAADR/+D/7//v/9v/3//n/9X/FwDk/9r/zf/n/w0A2f/T/9P/2v8QAOb/9//l/wAA+v8sAOf/5f/i/+z/7P8AAAAAJgDh/wAA6P8AAM7/AADc/9X/2f/w/+L/7P/p/xkA7P/r/93/6P/X/xkA3f/U/9T/+f++/+P/5v8WAOb/6v/r/+r/7P/p/+T/KADY/9n/5P/Y/9j/2f/H/9v/zf/I/9P/0/8KAAkA7P/r/xQA7v/4//T/7P/s/+z/6//q//T/9/8oAOX/5v/W/9v/MwDi/9j/1f/B/9v/6//s/+v/7P/s/xQA7P/s/wAAEQDe/+P/yf/Q/9f/2//s/+v/7f8UAAAA7P/s/+3/zv/N/wAA7P/Y/xUAtv/6/6z/6f+1/+H/xP+w/yAAv/8UANj/3v/t/+n/3v/Y/xAA6/8VAOj/6f/s/+r/6//r/+z/AAD3/wAAAADw/xQA9v8yANf/3v/U/97/4v/F/9f/xv/O/6T/2v/m/77/HwC//wsA3f8AANb/2v/D/+7/7//A/7D/EAASAOn/p//a/xsA5/8PAN7/2f/m/+b/2f8AALv/2//6//H/2f+v/+b/AADL/9b/2f/e/+H/GQDw/9j/sf/a/6P/2f+r/6P/EwCw/+v/HADk/+j/5v/m/9r/5f/Y/+v/HADh/+v/yf/7/+r/CADl/9r/AADy/9f/z//e/w4A9//V/6f/uv/i/97/zv+6/9z/IwD0/9n/1v/J//r/0//k/9X/0/8AAMX/7f8LAAAAzf8AANX/5f/E/+//yv/R/9H/mv+d/8v/CAAnAMT/3P/i/97/8//3/wAABQD6/9T/0f/F/8r/1//Z/y8A2P/5//b/4P/T/8z/5P/p//H/z/8nAOn/0v/b/+z/1v/V/ygA2P/Y/9//3v/M/+z/5v8UANn/7//r/+7/AADr/+b/6//s/+v/7P/s/xQA7P/s/+v/7P/e/+z/9/8VAO3/7P/A/9f/AADi/+v/6f8eAOr/6v8AAOr/5f/Y/+r/6/8UAB4Aw//K/8P/kf/k/8z/9//j/8z/AAAAAPj/xv/0/0kAtP/7/+n/ov+6/+X/zv8FAOb/zP+w/xcAqf8IAMT/4f/s/wcA4v/k/9f/6v8UANP/2P/c/9n/6f/v/9j/KADY/+3/FADs/+z/7f/s/+z/7P8OAOf/5f/q/+j/1v8GAOf/zv8IAM7/3v/f/9T/+f/Q/+j/0v+u/6n/xv8YAN7/6f/r/+z/7P/m//X/7P8VAOT/0//d/wAA1//d//n/2v8IAM3/yv+0/9n/zf89AL7/1//k/8//6//I/93/z/8cAO//zf/b/+f/z//i/wAAFADn//H/7P/s/+z/7P/j/xAA7P/o/9D/zv/N/9v/x/8mAOX/7P/s/+z/7f/s/+z/7P8UACsA2//c/9D/3P/f/9P/2v/5/+P/z//D/83/tf+5/y8A7P/s/+n/7P/s/+v/6/8VAMz/xv8AAN//6P8fAPP/2P8jAOz/7v/3/+//3v/b/+7/2f/l/+z/4f8RAOn/6/8AANn/1v/s/+v/1f/r/wAAEwDY/9v/5f/b/+r/3/8AAAAAAADW/+3/7v/P/+P/rf8AAAcA6f/o/+P/zf/f/w4A1v8TAOz/7P/s/+3/7P/1/+z/tf/O/9f/2f/3/8//GgDx/x8A3v/e/+7/4v/j/+T/8P/Y/woA4/8AALj/6P/P/wAA7P/s/+z/7P/s/+3/FADs/+3/FADs/+z/7f/s/+z/7P/U/9X/HwDj//f/4f/r/9D/pf/E/87/4P/V/9r/RQC8/+v/7P/s/+b/8//s/xQA4//o/+b/y/8AALD/CADL/93/1P8VANf/1//e/8r/+f/m/9n/KADr//b/7v/V//L/0//0//j/AAAAAAAA9v8AABwA6v/r/+v/4v/W/+D/EwD1/wYA6v/n/7X/xP/k/9H/7P/s/+r/FADu//L/2P/s/wAAx/9DAML/yv/F/7f/tv/A/+3/3//P/7//AADM/wUA9f8JAOv/5v/n/xQA6//f/9j/AADn/9D/5f/r/ycAsv/d/9f/2v/n/+z/6//b/+z/IwDf/+z/6f/r/+n/1v/i/xwA6P8HAOz/7//z/w4A4v/Z/+D/0//g//j/BQC4/wAAAADn/+f/2//t/+n/9P/s/xQA+v8AAHL/hv95/wkA3P/I/9T/x/8YAM3/3//l/ysA2f/j/wUA6f/s/9//FADe/9P/0f/s//H/8f/u/wAAAADV/8X/3//J/+//HwAAAMD/xf/f/y4A0v/e/+D/4P/a/+D/BwDP/9n/0f/n/67/+v/O/xsA6f/n/+3/9f/Y/+n/6P/Y/9b/AADV/9P/1P8AAPT/FQDs/+//9f/1/+z/6//1/xcA1f/n/9b/2f8GAN//x//3/+f/6P/L/+H/u/8bAMT/5f/o/+j/AADp/+j/HADl//n/6P/p/wAA6f/h/xAA6P/Y/9j/2f/l/w4AEgDd/9j/3v/0/+j/9P+b/+L/4v/D/wAA7P/p/+z/AADd/w8A7P/j/xwA5f/k/+r/1//l/9z/3f/o/9//4v8AAMX/CQDZ/97/3v/C/9H/4/8tANb/0/+p/xYAwP/D/+f/yf+b/wcAy//j/9H/1f/L/8b/6f8uABUA6//s/+z/7P/s/+v/6//s/+z/3//4//H/GgDI//r/4v/N/9L/7f/q/+n/HwDn/wAA2P/c/+P/6/8QAOr/6f+z//v/2v8SANH/4P/m/7n/8v/s/+z/7f/u/+z/FADs/+b/GAD3/wAA7f/7/+n/AAAfAPf/AAD4/wAAAAD7//f/1//W/+j/6//n/+n/JADo/9n/yv/P/8L/4/+w/zgA4P/o/+P/5f/t/xgA6//z/+j/6v/l/+v/FgDs/+T/6v/o/8z/7f/J/7j/wv/m/xcA0//2/wAA+v8AAPH/+P/c/yUA0//T/9n/wf/Y/xMAAADs/woA7f/t/+H/7f8AANj/6P8AACIAAAAAAAAAAADg/wAAvP/L/8H/TwC+/7X/xP/I/+v/2v/q/xoA7//q/+L/6//g/9T/2v85ANX/1P/R/8j/0f/n/+n/HgDa/+n/0v/r/+r/FgDr/+v/7P/k/+P/6v/Z/9z/2v/p/wAA5//q/xAA2P++/5n/av9z/9v/IgCv/xsAAAC6/9D/6f/D/9z/1P8UAAAAzf/m/+n/8v/r/+X/AADY/+r/2f/Y/+v/6v8AALz/nf/Z//b/xf+1/1UAwf/D/9D/7P/l/9H/AAAAAOz/7P/r/9n/2P/r/+L/IwDp/8b/zf/K/8j/1P/r/zAAv/8TAJ3/vf/I/8b/DgC4/+//tv/k/wAAAADY/93/9f/6/6L/9v/J/9D/uf8NALv/CQDZ/8b/6v/Z//r/KADG/9T/1//5/+z/8P/t/xQA2f/n/xMA1//I/9b/4//f/97/DgDW/wAA2P/g/8//AADh/xIA0v8LAOD/1v/I/wAA4//F/+T/7P8UAN7/7P8GAOv/6P/g/6H/CACu/8v/GwCP/5f/7P8AAOz/FADs//D/2P/q/+r/6//7/9v/5f8LANf/EwC3//L/2P/C/8P/EwAAAOb/1v8AAOP/2f/n/9X/FQDf/9X/AADb/9T/2f8SAOX/4f/r/wAA7P/i/9j/4/8SAN//9v/s//f/6/8oANj/7f/Z/7T/v/+7/7D/y/8AAA0AAAD3/+f/7//x/+//7v8YAPD/1P/i/ywA0//T/+H/tv/S/+L/7P/l/+v/7f8AABIA4f/t//P/9P8AAAAA7P8UAAAA6/8VAOz/6//r/+v/6//r/+H/3v+X/+7/AADC/+r/7//r/+z/7f/e/yEA6v/o/9j/HQDa/9f/3f/Y/wAAxP/K/wAAGwDs/+j/5//R/7//6//r/9j/3//q/+P/AADe/wcA6//s/+3/7f8UAOz/7P/s/+z/7P/t/+z/7P/s/+z/FADu/+H/zf/G/9//3P/S/ygA+f/A//n/t/+m/+r/AADI/9//3f/N//r/qP8OAMP/7f8fANT/0v8AANf/1v/Y/9j/4P/m/+v/7f/t/wAADgDq/+T/6//r/+3/7P/s/xYA7P/m//j/5//z//f/FwD1/+z/2P/Y/93/6P/f/wwAAADY/+z/6v/i/wAA+//l/xUA5//q/+3/9//t/+//7P8VAPP/2f/W/+r/1//i/wwA4v8WAOb/8P/a/+z/3//2/+v/AAAIABYAyf/F/8v/AADU/6z/6/8VAAAA3v/v/9v/2//b/9j/FwDZ/8j/0v/V/8//CADR/wAAx//R/9P/3f8SANf/AADS/wAAAADV/83/5f8AAAAAAAAAAPX/+v/Y/+7/KADr/+z/7P/s/+7/7P8VAOz/5v/s/+z/7P/i/+z/FQDq/73/s/+i/8//3//z/wAADwD6/+z/7P/s/+z/4/8TAO7/vv/O/6f/AADG/6b/OQC9/+r/5f/r/xYA7P/k/+r/6P8AACUA5P/p//L/5v/I/9z/FAANAOL/0P/o/woA6v/J/ykA6P/v/+r/7//F/9f/5//a/9H/KgDQ/+b/2//Y/9X/zv/7/+r/8//o/93/9f8GAOr/5P+x/7b/IgD0/woAo/8NAAAA7P/t/+z/5//c/+z/7P/s/+3/7v/u/+3/FADs/9D/5v/1/8n/y/8hAPj/7v8SANf/2P/P/9j/2P8AANj/AAAAAPj/7v8AAPL/GAD6/9H/AADP/8//3v8GAAAAwf/h/+H/4f/j/9j/3f/q/xgAzP/s/9j/2//a/xwAxP/p/9r/4f/a/9b/JwDU/7L/1v/n/+f/HADt/9j/2P/T/wAA+//q/+v/9//2/xUA4P/t/9b/tP+w/5//n/8fAC4ArP8AACMA+v8AAPT/AADw//f/5v/g/8j/xf/T/yMACQDN/+X/2v/o/+n/6f/T/yQA0v/s//r/4/8AAAAAFAAAAAAAAAAZAMr/2P/o/8X/yv/N/8r/z//Y/9P/1/8gAMH/AADb/9n/3//f/9//DgAKAOz/8f/s/+z/7f/t/+z/FADs/9z/3f/V/9L/1P+q/yUA4v8MANf/1f/Z/87/+f/l/73/EwCt/9L/xv/L/wAA0/+9/+z/3P8UAOr/7P/a//r/7f/o/xsA3v/t/+v/4//q/+b/6P8bAN7/7f/r/+P/6v/m/wYA0P8AAKr/zP+n/+b/yv8AAOr/zv+m/7X/DAC9/87/8v8iAJD/s/+s/6D/5P/F/+z/4//s/+3/GADs/+z/6//o/xsA3v/t/+v/4//q/+b/z//q/9j/2//a/+3/IQDE/+3/SwD3/wAAAADg/7z/6//T/83/0//L/+D/0v8yAMb/AADt/9H/0P/d/9P/1v8AALr/xP/v/yQAxv/t/7j/+P/W/9v/4P/e/+P/JwDY/9//6v/r/+j/6//t/xUA7P/s/+L/w//T/+D/2P+6/ysAxv/w/8f/CgAAALL/4//a/+r/6//J/8j/0P8GAMj/yf/r/ywA3P/Y/+r/8//r/7P/CADv/7j/2f/u/+//+v/c/8v/2P/l//v/1/8RAOH/5f/s/8j/1//c/9X/1//T//L/HQD0/+n/5P/l/9L/t//w/xUAyf/7/+D/8f/l/9L/FQDZ/+b/4P++/87/wv/a/y0A8v/W/9z/5v/e/9//2v8oAOf/IQDW/8v/1//M//v/2v/X/xQA7v/w//b/AADs/+z/8/8AAOn/6//p/+j/2P8AAPH/2//p/+z/7P/s/+v/6v8WAPL/6//z//f/7/8QANb/AADH/63/x//1/9X/7f8UAN3/5//I/8j/zP/u//n/AAAAABQAyf/U/8//3P8ZAPn/yv/r/+z/7P/t/+z/7P/s/xQArP8HANj/3f/W/wAAvv8KAM//v//o/wYA5v/6/7T/8P8fANX/6//m/9r/zv/n/+f/9v/x/83/AAD7/wcAyP+z//L/7P/s/+3/7v/s/xQA7P8AANz/5v/o/wAAJADM/+z/AADt/+D/9/8AABkA8f/p/+z/FADs/+z/7f/s/+z/7P/s/xQA7P/s/+3/7P/s/+z/6//q/+v/6v/s/xYA7P/p/67/v//m/67/qv8UAK7/AADW/9H/AADZ//L/w//J/y8A2f/W/+r/AADV/7f/JQDV/+r/0v/H/9T/0/8oAM3/yf/s/+z/7P/s/+3/FADs/+3/5P/Y/+r/2//i/9j/JwDa/wAAAACm/9T/3/8UALr/6//l/+H/HgDl/+r/5P/m/9r/9//o/+b/AADn/9v/wP/f//P/FQDr/97/7f/q/9H/5P8dANH/3f+9/9T/3P/H/wgA8P/r/+z/7P/s/+z/2f8UABUAx//W/9b/5P8HAOP/wf+7/xYA2P/R/8D/zv/R/xQA6/8PAA0A3f/r/9v/1P/j/wAA0f/4/7n/yv8KAOX/xP/r/+v/6//s/+z/GgDp/9v/5P/s/+n/0/+K/x8A2v+3/9j/BwDb/9z/2P/a/+b/AADp/+r/7P/s/+z/FADt//L/2P/5/+f/6//o/9j/EgDb/9//2f/j/93/2f/W/yUA3P/H/wAA6f/e/xIA3v+3/+v/6P/a//P/6/8ZAN3/vf+l/+z/FADs/+z/7P/s/+z/7P/Y/7D/tP+C/5//xf8vAOn/wv/6/8f/t//Y/xsA7//H/xgA2v/b/87/6P8QANT/1//I/+n/2/+u/+3/pf/t/83/2//c/+L/6P/p/wAAAADZ/7z/yv+3/7T/3f/t/97/HAD5/wAAzf/b/+z/5f/M/+L/7f/r/+X/7v/t//X/FQDs/+f/AADZ/9b/xf/v/wAA0//q/6X/rf/V/8P/tv8jALL/MAD4/+r/5f8AAN//AADg/y8A+P/s/+X/AADg/wAA4v8KANj/9/8IALv/z//l/9f/6v/r/+n/7P/v/+X/FgDs/8z/y//Z/9X/2//V/wgAGQDa/+T/4//o/+n/0/8bAAAAv//b/9z/zf/s//b/GQDp/9X/3P/M/x0A5f/T//n/3P8HAO7/rf/p//b/uP/6//j/wv/p/6L/o/+s/6z/EADf/+z/7P/s/+z/7P/r/xQA7P+P//D/pv/y/+b/1v8dAMn/4P+3/+n/bP+Q/yIA0/+e/8v/1v/N/y8Au/8aAKn/+f/s/+z/7P/s//b/7P8UAPD/6//s/+v/FQD5/+z/7P/a//H/6f/h/+j/6//h/xcA7/8YAAAA4P/x/+n/6//d/9z/7P/s/+z/7P/2/+z/FADw/+v/AADt/+P/7f/u/wAA7P8MAAkA4//o/+r/2P/w/+T/2f8AANz/3//Z/+n/AADj/9//IQDR/wAA6//R/9X/w//s/+v/7f8UAAAA7P/s/+3/OADJ/+r/9f/s/9f/vP/a/+H/FADs/+z/7P/l//f/7P8UAO7/8P/2/wAA7P/s//P/5v8lAOb/5v/i/8P/8P/k/7P/JADO/93/0//a/9n/AADh/9v/AADn/+X/DADk/+f/CgDo/wsA1f/Z//r/4P/E/+P/HwDc/+H/2P/U//j/2v/s/wUA5P8AAOz/7f/v/xQA0v/W/9X/6f/q/9v/1/8fAO3/FADs/+z/7f/s/+z/7P/t/+z/7P/u/+z/7P/s/xQA5P8RANj/AADI/9j/2P/Y/ykA6P/v/+r/7//F/9f/5//Y/+r/2//m/xQA6v8AAOj/5P/j/+r/6v/q/xYA+v/h/9H/3f/D/7L/wv+v/zIAt//u/xQA7v/v/+3/7v/s/+z/wv/K/wAA2f/N/wAA+v/q/xQA4f/o/+r/4//n/+3/6P8AANL/6v/l/+3/DwDx/9z/8P/Q/wAAyP/2/8v/0P8MANn/2f/b/+H/HwDK/97/5/8GAMv/4v/Z/9n/AADW/9X/sP/n/yQA1P/U/yYAvP/a/ycA0//W/+r/3v/e/9v/8P/5/8T/yP/X/93/FQDW/9j/AADp//L/AAAAAAAA6f/t/xMA4v+0/8P/wf8AAML/zf/t/7L/AADV/7L/+//s/+P/AAC+/9H/1v/f/+f/IgDq/9L/0/8VAMv/5P/z/8r/yP/O/9n/yP/G/wcA1f/U/wAA6P/Y/9n/5/8AABIA6f/Y/+3/9v/1/wAAAADr/xUAAADR/yAA5v/n//f/AADX/+r/zP/Q/8r/2f/o/yoA1v/l/9T/w//W/+D/BgDO/9X/EgDq/+r/7P/r/+j/2P8UAAAA5//0/+r/6//p/xoA5P/b//P/1P/J/wAAAADn/wAAvf/a/+r/4//g/wAA2P8TANj/CQD6/+X/5P/O//L/4P8AAAsA2P/a/9n/3//l/wAA2P/R/9z/0v/X/9v/AAAVANr/6P/q/9r/1f8UAAAA6//s/9z/AAAAAAAAAADS/yYAJwAAAPL/t//u/wAAOwD2/8f/z//p/+T/4P/m/+H/GQDX/+z/6P/c/+j/6//a/xwA4//Y/xcA5//p/+v/AADX/+n/1//Y/9f/3v/l/xoA2f/p/yoA1//X/9//6P/Y/9P/2P/V/xEA3v/Z/+j/8P8GAOz/5f/k//T/6v/7//j/BgDA/9//0//T/77/HwAAAM7/3/8AAOr/wv/O/xMA+v/C/9T/DgAAAOj/2v/g/wAA1P/r/97/uP+j//L/4/8ZAN//8//l/7n/6P/3/7v/0f/b/+H/7P8UAOz/7P/s/+v/7P/s/9n/7P/s//H/7P/j/xkA4//s/+z/7f/z/+3/4/8UAPD/4P/r/wUA1//s/9n/DwDT/9b/5v/p/+j/6f8AAOb/CgDk/+3/6//r/+z/GADq/+v/6v/V/9n/8/8AABYA4//p//j/5f8AAPn/AADn//v/IADf/+f/6//r/+z/EAAIAOz/3v/b//b/5P/g/9j/EQDf/+z/7P/r/+z/7v/s/+z/FADs/+z/6f/s/+z/6//r/xUA9P8nAPX/8v8AAPj/8v/5/+//8P/q//L/8/8UAO7/7f8KAAAA6P/p/+H/+f/i/+v/uP/5/5z/pv9g/8n/GgDd/9D/2P/X/97/+f8qAM3/3f/j/9j/2P/V/9b/2f8oANT/zf8AAB4A9f/q/wwAtv/I/8H/AADU/9v/3v8AANH/9v8AANj/yf/q//j/9f8GAOr/6/8WAOn/6//r/+v/5v/q/+v/FQDs/+z/6v/q/+z/7P/p/+v/6//r/+r/FQDr/+r/4v8QAM3/yf/T/8n/AADU/+j/0v/b/+v/AAAAAC0A5f/o/9L/2//r/wAAAAAtAOX/7P/m/+v/7P/t/+r/FQDs/+z/6P/c/+j/6//a/xwA4/+0/7r/+P/W/8f/9P+y/wAAvP8AAOD/z/8AABQAx//g/+D/KQDj/9n/2//Q/9f/z//k/wAA6f/p/+T/1v8IANv/2P/Z/8//3//o/yIA5f/n/8P/3//Q/9L/0v/o/wsABgDs/+z/6//s/+7/7P/s/xQADAAUAM//0P/k/+v/zf/j//f/5//v//H/7//u/xgA8P8YAO7/8v/0//n/4f/p//n/uv8sANb/4P/H/8D/y//6/9X/0//Q/xQA1P/x/83/AADM/+b/6P/m/9T/x/8AAA4ADQDO/9j/AADo/+r/uv/P/+z/CgDJ/9r/u//O/8L/JwDt/8b/3v/d/+P/0//v/w8Axf/N/83/wf8MAOz/7//l/+3/AAAAAAAAAAAAABoAAADV/+f/6P/s/+z/5v8iAOz/0f8AANn/tP/T/5T/6f8OAAAA8P/Q/6b/wP8AAMP/zf/V/+f/6P/s/+z/5v8iAOz/LQDa/7n/0//E/9H/0v/X/8f/1f/T/8v/2v8kANz/x/8AANr/9//3//T/1P8VABUA1v/V/9b/FADY//P/yP8dABwA4f8AAAAAAAD0/+L/0v/U/9//3v/X/9P/0f8nAOL/y//E/8b/tP/S/7//PwDF/+H/AADQ/9f/2P8TAM//AAD2/xgA8v8AAAAA9P/x/wAA6//j/+3/6f/k/+z/4P8WAL3/z//S/+3/yP+4/5//KgDr/+v/7P8UAOz/7f/s/+z/6/8WAOv/7v/p/+z/5f/t/+v/w/8AAO3/AADh/+n/HAARAPr/AAAAAAAA2P8GAAAA5v/X/8H/1/8OANT/1f8AAOz/6v/q/+j/2f/o/97/GwDZ/9j/6v/m/+T/2P8oANj/4f/q/+n/7P/Y/9j/CwAAAOz/6f/s/97/3/8TAOz/+f+9/+j/4P+u/7L/8/8OAMX/y//K/8v/xP/h/wwAAADW/+z/FAAAAPn/AAD0//X/AADh/8r/x//d/8//DAAQAM7/7P/q/+L/AAD7/+X/FQDn/xUA2P8AANj/5P/A/9z/BwDx/3T/wP8nAK7/1f/B/9r/5v8AAOz/2v/h/9z/AADY/+b/6//m/+P/6//O/wAAFADZ/+P/6//s/+T/JwDa/9j/tf/H/7v/HwC0/8X/6f/k/8n/AAAAAAAAAADr/xwA8v+s/+z/zP/d/+D/7//G/ysA6f/q/+r/5f/o/xUA6v8AAOz/7P8iAOz/7P/Y/9j/AADU/9b/6//r/93/FAAAAOb/r//X/8D/uf/M/zUA5f/E/+r/AADs//H/AAAVAO3/7P/o/9b/1f/l//b/NADN/9r/xv/A/7X/vP/H/0AA3/+w/83/wP/f/9P/vf8bANz/AADj/97/0v/u/83/DQDa/wAAyf/d/83/BwDm/xMA0f/D//X/4P/L//b/uf8AAMv/CQArAOT/0P/i/+P/0f/P//v/8f/R/8X/4f+9/7z/HgDT/+X/7v/t/+7/5//o/+z/FQDq/+v/6v/m/+v/FgDp/9v/1//T/wAA3//f/xsAyv/T/9j/2f/V/+H/3P8AAAkA2P+5/+f/2v+l//T/u//k/+3/xf8eAPL/0f/q/9H/5f/K/wAA5//6/+z/EwDU//D/GgDW/wAA6f/k/+n/AADV/xYA5P8AAAAAAAAAAO3/GwD4/9j/2v/H/9H/2f/5/9b/GQDq/+z/7P/t/+z/6f/r/xcAJgDP/8D/sf+e/7H/3//e/wcA1P/p/9X/AAD5//r/6f/F/+r/6P8lAAAA2P/c/+v/AAAJAOv/7v/t/+n/3f/t/+z/FADs/+3/7f/s/+3/7f8AABEA5v/t/+z/5P/Y/9r/7P/s/+3/7v/u/+3/FADs/xUA6//w//D/6f/t/+f/7P/S/9n/5f/T/9b/KADu/8n/7v/1//b/AAAAAOv/FQAAAOz/FADs/+7/7P/t/+z/7P/4/+3/0v+7/8r/8P8KALT/7/8UAPf/AADu/wAA7f/4/+f/5P/l/9z/3v/F/xwA5//T/+v/DgDs/+T/1//1/+n/2f/s/97/3v/r/+v/HgDm/67/8v/U/6H/3f8HAK7/vP/q/+f/yf+u/33/+P+4//n/7P/s/+z/6P/m/+z/6/8UAJP/AAAGAKr/BwDm/8P/yf/P/xMAu//f//H/yP/7/8f/6v8XAPH/AAD0/+b/7f/s/9j/7v/5/87/DwAAAMr/2v/S/8//0f8TANH/x/8MAPD/q/8AAAYA2v/n/7//5//m/wAA1v/e/+H/3f/Y/wYA2P/6/xUA7P/p/+z/6v/d/+z/5/+6/8r/0/+0/+D/JwDC/yIA1v/R/8r/2v/U/+n/3//s/wAA8/8AAAAAFAAAAPj/AAAOANX/1v/p/8L/1P/x/9f/CQDU/+n/1/8AAM//4P/r/xMAAADZ/+3/2f/Z/9j/y//L/zoA0//c/8z/zf/o/+z/IgDt/+//7P/t/+D/6//H/+P/xP/A/8X/0/8OAA8AFADu//D/9v8AAOz/7P/z/xwAAADB/9b/xv/J/9r/wf/E/9T/KwDS/+D/1v/V/+P/w/+j/9H/0f/L/87/DQDr/9D/1//V/+j/1/8AABkAuv/l/+r/IwDr/+f/9v/G/9v/zv/g/+H/AAD0/zEA7P8AAOL/6f/o/8//3f8XAOv/6P/q/8L/EwDm/woA3//R/+n/FADs/+7/7P/u/+z/7P/s/8P/AACy/9b/9//j/+T/6P/f/wAAuf/G/9j/6P/j//n/zv/r/wAA3P8AAN7/5/8OANP/6v8uAM7/1/+9/8X/9v8XAND/xv8MANr/qP/y/97/qP8sANf/1//V/8j/9//K/+f/7//1/wAAAADw/ygAAADn/+//9f8AAAAA8P8oAAAA5P8YAOj/+P/5/+L/8v/o/+z/6f/u/+//7v/t/xQA7P/h/9z/zv/r/+r/w/8jAOn/1P8KAO7/2f/Y/9n/2f8AAOz/9f/x/+z/AADt/xQA7P/Y/9//AADq/+z/6v8AANj/5f/e/9P/s/8TAIP/5v/g/8r/uv+2/8T/FAC//+f/7v8AAN//0f/h/8r/7/8JAOT/xf/i/8X/w/8AABEACgDD/97/8f/t/wAAAAAaAO3/6//t/97/7P/t/+//EgDs/wUA7P8AAO3/2//x/+r/BwDg/+H/2P8RALv/EADW/+L/tP/C/8L/1f/B/67/AAALAOj/0v/N/9n/6//p/xkAv/8AAOP/v/8AALH/3/8dAMX/w/8OAOX/AADU/9j/6f/W/wAAxf/B/wAA3f+S/9T/4f/m/+b/5v/b/9j/5//a/ykA1/8hAOn/6f/o/+7/3v/2/+r/6//3/9X/2//Y/wwA1P8AALD/DgDC/8D/uf8LAOT/1P8AAOv/6P/s/+r/6/8AAN7/6v/1/+//AAAAABQA7f/s/+n/4f8AAOr/4/+z/9//GwDZ/+3/7P/h/xAAxf/b/wYA5P8AAAAA8/8AAO3/3P8oAO3/5v/6/wAAHgAUAAAA9f/r/+z/7P/m//P/7P8UAOP/sv/U/77/AADw/wAAxv/g/8T/LADa/wAAAADp/9n/5P/r/xcA7P/r/9n/5f/p/+j/7P/r/+r/FAAAAOT/AADq/9z/2P/o/+b/AADs/yIA6v/r/wAA6f8AAOz/7P/d/wwA6P8XAOf/3//f/9f/8f/c/+3/FQDs/+3/7f/r/+v/7P/o/xQA6//r/+z/6/8AAOz/4/8dAOj/+P/6/+P/6P/m//H/AADQ/9f/1P8AANT/1f8RAOv/6//q/+v/DwDQ/+z/3P/q/9T/0P/k/8v/0P8fAMj/yP8/AMn/zv/e/6r/yP/n/+P/7P/s/+D/FADs/+z/1v/Y/+L/0//X/ycA1f/l/93/9//W/8r/xP+w/xcA6//c/8P/2f/Q/wAA3v8AAAAA1v/s/8f/1//j/9X/GgDU/9X/y/8SAMH/EwDc/9X/4/8AALv/5v/O/9n/DwDp//L/IQDN/8L/yv/c/+X/5f/R/wAA7P/r/+3/9//f/xEA7P/B/yUAyv+8/7P/tP/i/9D/3P/Y/+j/5v8AAOz/IgDq/9j/2f/a/xQA7P/s/wAA2P/J/zsAxv/T/8//xv/O/9z/zv8AAA0A+P/c/8L/2P/M/8P/zv/F/8D/EQD3//j/uf/Z/wYA2v/b/wAA4//Y/wAA0//h/9v/6v/r/9f/KgDk/+z/6P/c/+j/6//a/xwA4//Z/9n/7f8AAOv/3P/g/ygAGwCZ/9f/2P+4/6v/FAC2/+v/6//p/+v/5f/s/+r/FQAAAKn/vf+s/6T/FwDB/+j/v/+v/+7/0f++/9f/r/8tAOv/4f8AAAAAAAAAACgAAAAJAM//0//E/8j/8/8JANH/xv8AAOv/6v/o/+H/GQDd/9f/LADo/+X/3P/L/8b/2/+9/wAAtf/D/xUADADm/+r/7v/z//j/FAAAAOz/7f/s//f/1f/e/9H/7P/O//P/BQDR/8f/2v/S/+T/2P80AM3/7P/r/+z/7P8wAPP/FADb/xMA1//e/8r/3P8AAOr/BQDV/93/wf+L/wAAof/J/wAAIADT/+r/2v/W/+r/wf8LAPH/AADs/+3/4f8SAOP/5/+4/8H/q/+u/w0A0P8LAAYA3/8AANr/uv/Z/+H/4v/w/wAA2P/q/9j/DADK/9H/5//s/xUA6//r/+z/7P/o/+z/AADd/9v/2P/Z/9D/AADY/77/1/++/8H/yf/F//D/+v/X/wAA6P8iAOv/6//j/+P/MQDV/+X/1f/n/+X/x//Z/9P/QQDr/9L/xv/Q/8L/yv/S/xMA2P/U/+P/BgDq/83/y//X/+b/3v/j/9b/LgDT/+z/FADs/+z/7P/s/+z/7P/a/ysA1P/a/8r/2P/c/9j/zv/t/87/0/8WAAAA0P/C/87/7v/J/9r/3f/R/8L/BwD4/9r/2f/m/9v/2P8AAAAABQD1/9X/1//h/wAAyf/T//T/0P/h/+X/6v8fANv/wf/u//X/9v8AAAAA6/8VAAAA1P8pAOv/7P/Y/8b/yv/r//H/FADs/wAA8P/i/9b/5v/G/wYAxP/u/8H/AACw/73/9f/Z/+X/1v/u/xMA2v/Y/woA1P/e//T/7P/s//n/2v/Z/+7/3P8UAO3/7f/X/+b/6//s/+H/7P/u/yAA7P8UABsA4P/Y/9r/1P/d//f/2P/U/+f/2v/b/+r/AAAIANn/IwDe/+b/z//f/+D/2P/k/+3/7v8VAAAAAADr/+z/7/+z/wAA7f/n/9r/JwDb/+T/EwDM/8D/z//R/9L/9f+1/+r/HADw/+f/6v/w/+X/3f/p/+j/4f/n/+3/3P/m/yAA1//Y/9b/zv8AAAAAAADT//P/2f/O/9T/1f/b//X/+P8cANb/1P/a//P/yf/Q/wAA7P/s/+z/7P8UAOz/7P/s/9f/zf/p/9L/+/8QAA8Azv/s//P/AADt/+P/EwDk/w4A+/8MAMX/4/8AAOr/zP/V/yUA6//x//D/8P/Y/+L/3f/W/+P/3P/Z/xMADgDU/9X/7P/s/+3/7f/s/+v/7P8UADMA4//L/7r/3v/c/wcAm/8AAN7/0//p/97/AADg/xoACwDM/7X/ov+6/yAAuf/V/+7/6f/O/9H/3v8AAOf/u//g/+P/+v/Z/9j/5/8MAPT/5f/6/9H/3v/W/97/xf8LANj/6/8AAO7/7v/Y/wgA6//h//T/8//U/+r/FQDq//L/6f++/9j/2P/z/xAA9v/s/8f/xP/V/9b/+v/5/+v/AAAHAMr/yv/H/9T/zv8AANP/4f/d/9X/4f8OANf/2P8XAOj/6//r/xUA6P/p/+z/6P8VAOX/1f/e/+X/yv/z/wAAxP9OALT/hf/2/7n/v/+W/+7/FAAAAAAAAAD1/+3/AADE/zoAvP/Z/9L/xP/W/9L/xP8hAOP/1v/i/9b/4v/V/+7/FAAAAAAAAAD1/+3/AAD2/x0AAAAAAAAAAADv/wAA7P8UAOz/7f/t/+3/7P/s/9b/KQDT/wAA0P/U//P/1f/L/0cAh/+V/7v/tf+y/8j/6f8cAPb/AADz/9//7P/s/+T/GADs/+r/2v/r/+H/6//G/0IAzv/T/7f/q//D/9b/AADS/+z/z//N/5n/GADA/9n/2P/Y/9P/7f/R/9z/LQCr//T/0v/H/yIA8P/B/7P/q/8AAMr/AAAAAOT/1P/m/8//9v/N/wAAAADw/83/1f8AAO7/8P/n/+z/2f8FAOb/5f/j/+L/4v8AAAAA2P8QANv/vf/C//f/rf8lAKf/xP/r/+r/FADz//r/6//r/9z/9v8YAPL/AAAAAPT/8f8AAOX/zP/D/4z/7P8AALT/8v/a/x0A4P/n/+r/z//l/9D/2f/V/9b/9/8rANv/3P/a/+z/7v/s/+//7f/k/xQA7//c/+n/AADr//D/1/8TANj/6v8WAOv/6v/p/+r/3v/r/9L/5//Y/6f/FQAAANX/wP/N/9P/3//m/+z/vv/o/xoAsf8AAOb/0f8nAKP/9P/m/+3/8P8AAO7/FADs/+z/7P/Z/+r/AADT/+H/xv/b/xkAzf/7/+3/uv/L/7T/AACv/+v/6v/5/9b/6v/E//r/1P/s/+n/v//F/wAAzP/J/wsAHQAAAMr/yv/Q/9P/z//F/wsA7f8AAPX/+v/m//f/8v/s/+v/7P8UAOr/7v/n//X/AADV/9P/5P/B/9//9//6/9//6P/c/xQAAADZ/wAA6//p/+v/6//r/+r/FQDr/+r/4v/q/xYA7v/v/+L/6v/f/9v/7P/q/+f/6P/c/xcA4v/w/8r/x//i/8f/CQDb/wAAuv8wAM3/w/+0/63/9v/I/+v/7P/s/+z/7P/j/xUA7P+8/zwAx//P/9b/x/+//8L/vv/x/87/x//F/9T/HgDU/wAAAAAAAPT/+f/Y/+7/KADt/+j/7P/s/+P/FADq/+z/5//s/+z/7P/s//P/7P8UAND/5//O/9//9P8AANT/GADu/9j/1f/Q/+X/KwDh/+L/0f8SAN//1v/S/+X/AADm/wAAFgDs/+//AADv/+D/7//c/zEA0f/Q/9T/4f/K/9H/6//s/+v/6f/r/wcA6f8UANv/CAAMANf/4f/o/8r/2v/r/+v/7P/q/+z/6//s/xUA9f/k/87/6v/L/wYAAADz/9f/1//h/xQA3f/6/9n/7P8IAPT/w/+k/7f/3f/r/9//LgAAAAAAAAAAAPn/0/8AAOz/7P/t//H/7f/t/xQA7f/s/xQA7P/s/+z/7P/s/+z/1/8LAOD/5f/m/9f/4v/z/7b/1P/Z/9L/2v8jAPD/0P8AAMP/3/+a/+H/pv8bALf/6v/k/+r/1v/i/8r/GgDJ/9v/zP/W/9X/3f/S/y4A4/+R//r/GADi/9X/4v/w/8v/2//p/8n/1//N/+z/6f8oACgA2//e/83/5//1/9j/zP8JAMv/xP+6/7n/5f/k/xYAw//G/9H/IwDP/8b/wv/0/+r/w//N/9H/2P/H/yIA9//p/9n/0//O/+H/0f8uAMz/AAAAAAAAAAAAACIA6v/5//L/IQDq/7v/v/+q/6v/sf/n/9n/KQDg//P/6f/o/9r/1f/a/93/6f/n/9j/JgDp/wAAMwD3/wAAAAAAANf/AAAAAOb/+P/a/+P/2P8IAN7/4/8cAOb/5f/q/9n/5f/d/wwA5P8XAPL/1//n//T/yf/n/+z/7P/s/wAA6/8UAOz/6//p/+v/7P/s/+P/FQDs/woA0v/V/9b/2P/g/wAA1f/L/wAA+v/R/8r/vv8NANT/7P/s/+z/7f/s/+z/7P8UAOP/2P/o/+D/4P8MAAAA4f/b//r/BwDW/9f/1//U/w4A3v++/7z/zP+z/63/OgC8/73/6f/r/+j/7P/s/wAADQDk/7X/8P+5/6L/JQCA/8r/vf/R/+7/w//2/yUA2v+o/+r/6//s/+r/7P/l/+r/GADi/9X/zv+2/yEA9/+z/7H/zv/N/zIAz//a/77/z//N/+z/7P/r/+z/7v/s/+z/FADs/9D/1v/V/8P/HgDp/+L/4v8oAOr/v//R/9D/0f/m/+n/2f/T/+b/4//m/yIA3v/r/+f/6//o/+H/1/8oANf/y/8AAMX/xf8AANX/6v/s/+z/6//v/+3/7v/v/xQA6v/F/8f/6//J/8r/AAAbAMP/6v+4/9L/AADS/+//CAC8/9//AADm/+r/AAAAAAAA2P8AANH/yf/b/83/BwAOAMf/5f+u/9v/uP+6/9L/AADb/wAAof++/9b/6P8AAPX/7/8QAM//7v/m/8j/3f/Z/wAAFgDO/77/1v/T/93/CwDl/wwA7f/5/+7/AAAAAOz/6v/O/8b/KADJ/8H/xv/K/8f/0f+///T/7P+t/wAA1/8AAMv/8f+7/9X/3v8uAOj/4//s/9b/0f8HAOb/8f8SAM//+f/L/+H/0f/m/wAA2P/V/+v/6//r/wAA6//r/xoA7P/r/wAA4//j/9j/BwDZ/9j/AADu/+j/2//a/93/AADm/wAAAADD/97/7f/H/9X/1f/j/9X/5//T/9n/9v8fANX/6f+m/8b/0v/X/+r/FwDN/9P/7P/s/+z/AADs/+7/DQDD/+v/AADS/xQA8f/1/9//7P/b/+z/AAAAABQA6/8SAN7/7v8GAPn/AAAAAOb/5P8vANf/2P/f/+b/2//G/9D/zf/g/8X/1f/Y/y8A2f/V/wAA6/8iAOr/5//Z/8z/AACd/4r/RQC0/97/HwC8/6v/0/+Y/wAAmP+f//P/1P8WAOv/5v/l/wAA3P/Y/xIA2P8UAOP/6v/a/+r/4//w/+r/9//j/xMA+v8AABcA3v/K/9//7P/q/9r/7//Z//b/DgDS/9b/1f/p/+r/2//X/x8AFwDp/+3/+v/d/+v/3//N/+v/7P/s/+z/7v/s/xUA7P8NAOH/4//Y//H/AADr/wAA0v/P/ysA5//f/+f/2P/T/87/xP9CAMT/4//B/87/3f/H/9D/LQDa/9n/yf/Z/9n/2//p/xoA6v/q/+X/6//Y/9r/uv8gACUAyf+s/+L/9f/r/+L/7P/s/yAA7v/k/+T/z//q/+//1v8SAN7/2/8FABEA4P/R/8//0//I/9P/DADo//n/5f/G/97/8f8AAMf/3P/t/+z/6v/r/+j/FADn/9D/5P/3/9r/v//U/wAAAACy/9H/8f/l/8z/s/8+ALr/uv/x/87/0f8VALv/AAAAAOn/GQDj/+n/6f/p/+b/6f8eAMf/2//q/+b/3P8AAPD/3f8UAPL/2//w/+v/AADp/7T/0f/f/7X/u//e/yYA3/8WAOz/6//s/+7/7P/o/+z/GADs/+z/7P/u/+z/5P/t/+L/+P/J/wAAzv8AANH/3//U/9j/2v/h//v/KgDK/93/1P/e/+7/vf+P/ygApf/m/9r/AADk/+v/6f/c/xIA4/+1//D/AADX/8H/4//D/93/1f8XAKv/xf+j/xYAyv+r/9f/wv/N/8f/x//d/zgAvP+y/9b/xf+v/8j/QgC7/8//NADQ//v/7P8AAMH/1f/0//L/6P/D/7D/0P+//9j/KwD5/9L/1f/Z/+v/uf/Y/xgA6v/d/wAA3v/1/+//uv/p/+v/AADe/8r/FgDN/9L/6v/Z/+v/4P8aAOL/AADe/+D/3v/o/9v/6P/r/9P/IADj/73/HADX/8f/2P/A/wAA5f/t/+H/2v+u/4z/BgC0/+D/xv+6/9r/1P/S/77/AAARAEAA1//x/wAAAADB/+3/0f/k/+j/5v8aAO3/5v/o/+b/xP/z/57/0P8SAAYA2P/m/9H/HQDk/+f/9P/f/+T/5P/R/x0A5P/n//T/3//k/+T/zf8kAL7/1P/f//L/zf/J/83/3//d/9T/0//R/ygA4f/O/+3/6//o/+r/3P8UAPj/0f8AAOb/z/8AAOr/EQDX/+r/HADm/+r/3v/q/9r/4v/u/9n/w/8AANn/1//t/wAADwAAAKL/1/+s/93/3P/H/+v/FgDo/+n/7P/m/+v/6/8iAL7/5f/N/93/AADE/8r/UADF/+b/7P/z/+b/yP+q/x0A5//a/97/4//c/+j/2f/0/9b/2//p/wAAGQDM/9X/2//Y/9z/4f/s/9n/JQAAAA8A+P/Y/+b/1P8AANf/qP/Y/6H/vf/A/+T/DQD4/8T/w//m/+n/AAAAAO3/TQDz/8r/6P8AAAAA5P8AANj/3f/a/xkA7P/s/9j/7P/s/93/2f/B/7//9f/H/8D/NAC+/xsApf+e//j/s//t/+T/8/+9/9f/2v/P/woA6//g//X/1P/Z/8z/xv8ZAPj/0f/a/+T/+//r/+f/6v/v/xEA5f8AABoA7P/s/+j/1v/b/+r/AADa/+j/2f/s/9j/2f8UAOz/7P/s/+3/7P/s/+z/FADm/9//2v/i/+r/5f8jAPD/2//o/yQA8/8SAMb/1P/J/7b/vv/O/w8A0f/4/x4Avf/c/9r/AADZ/9j/3/8GAN7/9f/F/7T/7P+//wAA0//6/+f/xv+5/7D/jP+t/xgAy//1//T/oP/N/63/AAAiAL7/v/8jAMv/yv/H/wAAtv/e/xAA8//j/8z/h/8JAKH/lv/m/wAA3f+u/77/5v/5/8T/7v/w/xUAAAAAAPj/AAAAAKL/7/+8//P/YP/O/+L/+P/t/woA4f/o/9H/1f+4/8j/0f/U/97/2//A/wAA5f/I/8n/s//7//n/z//C/xgA2f/v/9f/mv/G/8f/9f/U/w4A1//D/8T/oP/t//H/2f/n/wAAAAAAAAAAAAAAAAAAAADJ/x4Auv9+/+L/u//t/7H/FACx/6T/pP+J/+v/GgCD/6//3f/v/+n/3f/B/zgAz/8UAK//2v96/4L/4P/5/5v/2/8AAMH/4P/s/93/6f/a/+X/6P/n/+X/6P/q/xcA5v8AAPf/+P8AAMr/rv+w/77/AAAAAAAAAAAAAAAAAAAAAPT/vv/c/9b/4v/L/+j/+v/Z/wAA6P/w/+z/2v8AANj/1/8GAOz/wP/y/73/4v/g/+T/AADl/+r/yP/H/wYA4P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/AADv/+z/FADz/wAAAAAAAAAAAAAAAAAAAADY/wAA2//b/9n/2P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAAAACgDh/8r/1//Y/+f/2/8hAOH/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7f8ZAOj/5//0/+b/7f/l/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAPT/+f/r/+3/7P/1/wAAAAAAAAAAAAAAAAAAAADr/97/0f+z//r/4/+r/xEA7P/s//b/AAD0/+z/FAAAANr/EwDd/+v/3v8AAOj/2P8AAM//FwDW/9f/0f8AAN3/FADs/+z/7P/s/+z/7P/t/+f/FwDu/wAAAAANAOj/AAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/s/+r/FQDr/7n/2f8AALj/rf8AAO3/CAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+v/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/xUA7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKn/AAC+/9f/9//3/5v/6P/0/+z/7P/s/+7/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAPT/7P/s/+z/7v/t/xQA7P/i/+P/HwDj/+X/4f/f/93/8f/l/+v/6f/1/+f/DQAAAAAAAAAAAAAAAAAAAAAAAADv/+z/5//h/xUA6v/l/9T/3f/c/yEA3//i/9n/3f/b/+r/6v8WAOv/6v/p/+r/6P8AAAAAAAAAAAAAAAAAAAAA7f8fAMn/w//U/8b/6//T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy/8AANX/2v/v/wgA6//b/+b/6v/n/+r/6/8WAOf/6v8AAAAAAAAAAAAAAAAAAAAA6/8VAOn/7P/s//D/6//s/wAAAAAAAAAAAAAAAAAAAADa/xYA7P/s//H/2f/p/9j/AAAAAAAAAAAAAAAAAAAAANL/xf/s/wAA2P8SAOz/6/8AAAAAAAAAAAAAAAAAAAAA7P/y/xQAAAAAAOz/7P/v/9b/3P8pAOv/6v/Y/9P/4P8HAAAAAAAAAAAAAAAAAAAA9f/t/yUA3f8AAAAA+f/g/9f/6/8iAOv/7P/Y/+H/7P+v/9r/w//D/xEArP/6//b/AAAAAAAAAAAAAAAAAAAAAKX/0f+v/7P/6v+l/8H/+v/r/+b/6v/q/+r/FwDm/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+b/6//r/xYA5//r/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6P/1/+b/AAAeAO//0P/b/9j/4f/o/9r/EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/FgDQ/8n/z//l/wAAxv/h/9z/5f/i/+X/1//c/x8A7P/s/+z/7P/u/+z/7P8UAOz/9//t/xQA7v/s/+z/7v/E/wkA5P8AAPj/4//w/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/AADl/9v/4P/Y/wAA2P/7/+7/+f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOn/AAD5/wAAAADz/xcAAADZ/+n/5P/v//L/2/8XAAAA+P8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADl/6b/xv/K/6j/6//Q/+z/7P/s/+z/7P8UAOz/7P8bANX/6f/V/9n/y//l/+r/AAAAAAAAAAAAAAAAAAAAAKf/8P/Z/9D/3f8AAMj/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAO7/5P/c/+7/w//X/+z/7P/s/+z/7P/s/xQA7P/m//r/8/8AAAAAAAAlAAAAAAD0/wAAAAAAAPf/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//s/+r/0P/U/xUAAADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAAAAAAAPAOz/AAAAAAAAAAAUAOz/AADE/+n/qP8WAND/3P/m/+7/DQDf/97/yf/m/9r/DAC0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/w//l//v/vv/h/wAAtv/x/wAAAADx/wAAFgD5/+z/8f/s/+z/7P/t/+z/6P8UABkA6f/u/+j/6//m/+H/4/8TAAAA7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/0//r/7v/t/+z/FADq/+X/6/8WAOz/5P/q/+j/7f/t/+7/FADx/+z/6//s/+P/GQDn/+f/4v/r/+r/5v/a/9v/2f/i/9v/AAAFANj/7v/q//b/6f/e//b/5/8hAOz/7P/r//f/7f/i/x0A8f/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/AADz/wAA7v8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7P8UAOz/7P/3/9//7P/q/+z/6v/p/xUAtf8hALT/s/+l/9f/+//C/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/wAA7P/s/zQA2P/I/9L/2v/Q/8b/zf8UAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOr/7P/s/9v/4v/p/+v/EgDp/+T/5//h/9v/8//g/xQA7P/y//v/8v/s/+z/8P/0/yAA5//5//H/AADf//n/7P/s/+z/7P/t/+3/FADs/wAAAAAAAAAAAAAAAAAAAADr/+v/7f/u/+7/AADs//j/xP/V/9P/1P/p/z4Ayf+//wAAAAAAAAAAAAAAAAAAAAALANX/3f/G/9f/s//t/77/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+z/7f/7/wAA2/8mANn/2f8rAOn/2f/k/9z/0f/S/wAAAAAAAAAAAAAAAAAAAADs/xcA5v/q/+z/7P/R/+z/vf9CAN3/tv+1/8//uv/g/+z/GwDq/9//6f/o/9v/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7v/s/+v/7P/6/+r/2//p/+f/3P8LAOv/AADj/8v/uv++/8X/GgC2/wAAAAAAAAAAAAAAAAAAAADt/+z/FADw/+7/7//s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATANr/2f/r/+f/6f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/4/9f/kP+X/9v/o//w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv8AANH/0P/l/9b/CADj/wAAAAAAAAAAAAAAAAAAAADb/+v/FADn/+z/2f/s/wAA7P/s/xQA7P/s/+z/7P/s/+P/9P8dAOb/AADl/+L/5/8XAM7/1//j/wAAAADn/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC7/+f/1P+x/+b/6f/i/yUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/y//H/8P/q//L/6v8bAOz/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAxv/L/xYA2P/f/+z/0f/z/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADo/+v/7P/x/wAAkv/j/+L/9v/r/7r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8VAPj/+//t/+v/7P8AABEA5v/q/+T/3//i/9z/AAAAAAAAAAAAAAAAAAAAAO3/7P8UAO7/7f/t/+z/7v8AAPr/IwAAAAAAAADi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQA6//l/xQA8P/4//H/7P/w/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/wAAFADv/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//m/+D/8v8AAB0A4v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/5v/q/+3/7P/t/xgA6f/t/xQA7v/y/wAA7v/z//v/6/8VAOn/6//t/+j/6P/x/+r/FgDs/+r/6v/r/+n/6v8AAAAAFwAAAAAAAADp/wAA8f8UAO3/+f/6//T/7P/t//D/EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/r/xUA7f8AAO//AADv/+j/6//x/wAA8f8UAOj/7P/A/9v/6//r/xMA0f/b//T/1/8UAOr/4v/h/9n/AADa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwDq/9//2f/n/+L/7P/r/87/yf/X/9j/1v8TAA0A6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/5v+s//j/lP/j/wkA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/AADH/9H/AAAWAMD/7/8AAAAAAAAAAAAAAAAAAAAArf/j/8P/yP8aACAAyv/M/wAAAAAAAAAAAAAAAAAAAADa/8//s//F/xQA6v8lAMv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDr/+v/6//p/+v/6P/r//v/7v/5/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6P/v/xYA7//t/+r/6//3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv//H/9f/0/+3/7P/0/xUA7P8AAAAAAADs/+b/8//s/xQA7v/5/+z/2P/s/wAAAAAAAAAAAAAAAAAAAAAAAPj/1//e/97/6v/f/wkA3//s/+z/7f/v/+7/6//r/xUAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//AADs/xQA7P/q/9L/1v/H/9r/1/8AAAAACQC8/8X/zv+9/9z/9P/z/wAAAAAAAAAAAAAAAAAAAADg/9//0f/R/7j/JQAOANT/AADp/+T/7P/u/9j/AADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD3/wAA6f/j/+v/7P/s/9n/GgDm/+P/6v8WAPD/7//k/+v/4f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+T/5P/d/9n/5P/e/x4A3v8VAOz/7f/s/wAA7f/q/+z/6//e/yMA1P/j/8P/u//W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/xYA6v/r/+n/5v/o//P/AAAAAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAOv/AAAAAAAAAADi//r/AAAAAAAAAAAAAAAAAAAAAND/0//f/9P/AADp/9b/IADm/+X/5//q/+z/4v8aAOf/EwAAAAAAAAAAAAAA7f8AABMAAAAAAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+n/6P/2/wAAFADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOv/9v/4/+z/6//s/+z/FAD6/wAAAADx/+z/7v/f/9j/5P8UAAAA7P/e/97/6//q/+v/6//s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAVAPn/AAAAAAAA6//s/wAAAAAAAAAAAAAAAPr/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAPr/9f8AAPL/8v8WAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P8TAPX/AAD5/+z/7P/z/+z/6v/s/+z/6/8UAOb/6//s/xQA+v8AAAAA8f/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/9L/2P8QAOr/9f/t/yUA3f8AAAAA+f/g/+D/AAAJAOj/8P/b/+r/v/8WAOj/6v/q/+f/6//o/+j/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P8rAND/pv+j//D/6//R/7T/AAAAAAAAAAAAAAAAAAAAABQA8f/x/wAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//k/9//2P8IAOf/AAAUAO//8f/1//T/7f/s//T/CADY/+b/5/8AAOT/2P/Q/wAAAAAAAAAAAAAAAAAAAADa/9f/0//g/wAAAAAHAMj/AAAAAAAAAAAAAAAAAAAAAB0A6v/v/+3/5v/h/+X/4/8UAO3/8v/u//n/7P/s/+7/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADd/xQA9P/f/+b/5v/t/8//xf/d/87/EADh/+7/4v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s//H/EQCz/7v/vf/o/9//wv/6//v/AAAAAAAAAAAQAAAA6v/a/9r/AAC8/wAAAADH/wAAAAAAAAAAAAAAAAAAAAAUAOz/8v/7//L/7P/s//D/7P/b/9v/7//Z/8X/4/8sAOz/7P/s/+z/7P8UAOz/7P/q/wAALgDX/3H/0v/S/73/AAAAAAAAAAAAAAAAAAAAAOz/+P/y/wAA9//v/xQA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQDs/+3/8//y/9r/2f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8ZAOf/5//i/+v/6v/m/+z/7P/v/+7/8f/t/+z/FAAXAPX/AAAAAAAA7v/0/wAABgDT/8//0//O/wkA0P/j//v/6v/d/7L/AADD/8z/5P/s/+z/7P/s/+z/7P/s/xQA+P/v//j/AAAAAB4A+f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/q/wAA6//s/+f/BQDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO3/7P/u/+z/7P/s/9f/EADR/+f/6f8AAN//6v8AAAAAAAAAAAAAAAAAAAAA5v8ZAOX/5v/p/+b/5v/l/wAAAAAAAAAAAAAAAAAAAAD3/9z/5f/i/9v/7P/v/wAA1v/O/+f/6//R/9X/1P8tAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/6P/m/+v/6P/m/xgA6f/q/woAAACz/+T/sv/y/7L/7v/o//v/AAAAAAAA3/8cAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/t/+7/7f/t/xQA7v8UAO7/9P8AAAAA7P/s//D/5v8iAOv/8f/s/9z/1P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAAAAA1/8UAND/x//d/8r/HADc/+//FAD3/wAA7v8AAO3/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAMP/0v/C/8j/8f/y/wAAAAAAAAAAAAAAAAAAAAAUAOz/6v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/7//H/7v8UAAAAFADt/wAA7f8AAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7//v/+//7f/s/+3/yP/q/+f/4f/q/wAAFADj/ygA6P/v/+T/+f/j/9j/6v8AANf/2P/a/+H/4v/U/xIA2P/X/9b/1v8AANT/z/8oAAAAAAAAAAAAAAAAAAoA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A6//r/+X/6P/o/wAA2f/w/+3/AADx//j/7v/j/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAO//7//w//j/9P8VAOz/7P/K/83/2P/T/9r/UgDa/7n/AAAAAAAAAAAAAAAAAAAAANn/3P/W/+D/1v8XAPX/2//5//b/8f8AAO3/JADx//L/2P/Y/+b/2P/Z/9D/5/8oAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAAAAD1/wAA7P/s/+z/+//x/+7/FAAAABcA1f/V/8b/yP+7/wYAx/8AAAAAAAAAAAAAAAAAAAAA6P/j/x0A5P/q/+L/4//n/9f/2P/b/+j/3/8NAAAA6P8VAOz/7f/q//P/6//s/+7/s//p/8n/MADI/9T/9P/F/yQA6v/Y/+r/5//l/+f/6//e/+D/3f/V/9n/0f8jAOz/6P/Y/9P/DwDQ/9//+f/U/9f/AADY/+n/0f8QANf/6v/s/+z/7f/u/xQA7P/s/+z/+f8AAPr/9f8AAPL/8v8WANn/1f/S/9v/2v/T/yoA2P/b/+X/8v/Q/+j/7P8bANb/1v8AAMz/yf/g/x8A3f/N/+3/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+v/6//r/+z/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/s/+v/FADm/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+r/7P/s/w4A2f/n/wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/8v/2f/V/+P/xP8UAAYA5//e/+P/6/8AAOz/3v8IABUA6//t//f/7P/r/+r/7v/s/9X/1v/i/9r/2f8fANj/+P8MAN3/3//s/+j/7f/k/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+3/7v/s/xQA2P/X/9j/2P/c/ykA1//d/+v/AAAAACMAAADk//n/AADp/xUA0//c/9D/yf8JAMb/AAAAAAAAAAAAAAAAAAAAANb/AADX/9f/1//U/wAA1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//T/9//1f/L/w8AzP/4/xIAAAAAAAAAAAD6/wAA7P/0/+3/7f/4/xQA7P/s/xMA4v/a/9n/2v/H//T/3P/o/9j/2P/Y/9v/EwAAANj/6//u/+z/7f/z/xUA6//p/wAAAAAAAAAAAAAAAAAAAAAjAPX/7P/w/+r/7P/T/9r/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+7/8f/t/+z/FADb/9//8f/w//X/7f8AABQA5v/p/+z/4v/i/8j/GQDs/9j/6//q/w0A5/8AANz/2/8AAM3/2v/k/+f/CgDp/9n/7P/5/wAAAAAAABQAAAD6/xoA9//r/wAA9f/n/+b/8/8AAAAAAAAAAAAAAAAAAAAA3f8oAOb/3P/r/87/1v/U/+v/7P/s/+z/7P8UAOz/7P/J/8v/3v+h/8D/DgDV/wAAAAAOAAAAAAAAAAAA9/8AAOv/5v/q/+r/6v8XAOb/5/8AAAAAAAAAAAAAAAAAAAAA8f/1/wAAAAD3/wAA9f8SABQA7f/t//L/7//s/+z/7f8AAAAA+v/x//T/7P/t/xQAAAAAAAAAAAAAAAAAAAAAANb/2P/R/8z/1v/T/ywA1v8AAAAAAAAAAAAAAAAAAAAA7f/t/wAAAAAAAPD/FADy/wAAAAAAAAAAAAAAAAAAAADp/+L/6f/p/97/2/8aAOX/IgDa/+n/7P/n/+n/7P8UABgA6P/p/+b/6P/o/+f/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADs/+7/7f/o/xMA7P8AAAAAAAAAAAAAAAAAAAAALQDX/+7/4//q/+P/0v/u/xQA7P/s/+7/7P/r/+z/7P/s/+z/7P/s/+z/7P8UAOz/2//a/+r/5//m/9j/KADZ//v/AAAAAAAAAAAAAAgAAACm/8L/qP/Z//P/wP8AABEA5f/l/+r/5//q/+L/5f8aAO7/AADC/87/9P8eAKv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+v/7P/s/9z/EgDX/8j/4f/A/+T/AADs/xQA6//s/+3/7P/s/+z/2v/1/97/1P/a/+v/DgD0/+j/AADp//T/5f8UANP/7P8AAAAAAAAAAAAAAAAAAAAA7P/t/+//AADx/xQA7P/s/wgAAADq/+f/3v/v/8//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/9f/6f/x/+z/2v8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOr/6v/n/+r/6P/o/+v/7f8UAO3/7P/w/+7/5//s/9f/CADM/9T/z//O/wAA1f/q/+r/6v/p/+z/7f8WAOn/6v/e/+n/2//l/xoA5v/r/y0Apv/d/+b/0v/B/wAA4/86ALP/zf/W/8//z//1/+D/FADs/+z/7P/s/+z/7P/s/xAA3v/c/8//4P/X/wcA0v8jAOn/7f/u/+z/7P/Y/9n/GgDs/+v/7P/f/+X/4P/Y/6f/3v/H/8L/+v/d/7L/6P/s/+3/7P8UAO3/7P/s/+z/AADq/8//yf8QAOn/yv/c/9n/5P/m//T/8//c/yUAAAA1AMP/1P/Y/9j/0v/l/+f/7P/t/+z/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOn/5v/a/9j/5f/r/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6f8AAOv/9v/i/+z/1P8OAOz/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/xQA7v/o/+z/6//q/+v/6//s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/Y/yQA3P/k/+D/8v/g//j/7//C/9H/2f+m/wAAAAAAAAAAAAAAAAAAAAAAAAAAt//m/9P/y//L/w0AIgDH/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+//FADs/+z/7P/v/+7/7f/s/xQA7P/s/8j/1P/Q/9P/zv8xANL/5v/t/+//7f/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8//t/+z/7P8UANz/xv/r/83/of/M/73/VgDL/97/0v/v/9b/uv++/0UA7P/s//D/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr/xUA6//s/+n/6//r/+z/2P/p/xgA7P/s/+z/AADs/wAAAAAAAAAAAAAAAAAAAAAsAN7/9v8AAAAA2P/V/wAAAADk/+n/9v/0/9r/AADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7v/i/+z/6f/s/+v/2P/j/wAA1//r/+r/1v/V/xQAAADf/+z/4f/h/w0A4P/a/8z/0f/R/9X/5v/O/9D/IQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAzP/O/xUA6P/H/+D/CADd/wAA7P8AAO3/AAAUAPD/7P8AAMz/0v/I/wAAwf8AANX/AAAAAAAAAAAAAAAAAAAAANj/2P/p/9r/3f8nAN3/2/8AAAAAAAAAAAAAAAAAAAAA6//m/9j/3P/u/+n/GQDs//L/AAAAAAAAAAD4/xMAAAAAAAAAAAAAAAAAAAAAAAAA6f8AAAAA8v8UAPP/5//s/xMAAAAAAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAA+v/j/+v/6//l/+r/DQDs/wAAAAAAAAAAAAAAAAAAAAAVAPX/AAAAAAAAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAM7/0P/U/87/1P/S/zAAzf/f/9r/EQDX//v/5/++/xQAAAAAAAAAAAAAAAAAAAAAAOv/0v/S/yoA7f/L/9X/z//P/7L/s//M/83/IQAGALf/5P8YAPT/AADs//j/6f8AAOz/7P/z//X/7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAA2v/t//v/AAAAAOH/KQAAABQA7P/y//v/8v/s/+z/8P/4/wAAAAAAAAAADwD4/wAAAAAAAAAAAAAAAAAAAAAAAMP/3f/E/wUA3f/b/7//JQASAOv/3P/n/+z/EwDX/+z/4/8YANz/4v/i/+r/7P/Z/+b/FQDs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/6//r/+r/FQDr/+r/AAAAAAAAAAAAAAAAAAAAANj/DgDZ/+r/2f/Z/wAA6f8AAAAAAAAAAAAAAAAAAAAA6//s/+3/6//t/+v/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDo/9b/0P/S/wAA1v/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAACIA4P/f/9H/3v/m/9X/4v/s/+z/7P/s/+z/FADs/+z/3f/Y/wcAEQDd/+j/2f/V/+z/7P8UAAAA9//s/+n/2v8AAAAAAAAAAAAAAAAAAAAA6//s/+3/6//t/+v/6/8VAOz/7P/t/+z/7v8UAOz/7f/s//X/8f/s/wAA7f8UAOz/6v8UAAAA7v/v/+z/7P8JAAAAAAAAAAAAAAAAAAAAAADs/xQA+v8AAAAA8f/s/+7/6//s/+z/7P/t/xQA7P/s/+3/7P8VAOz/7v/u/+z/6v/p/+r/FgDq/+v/6v/q/+n/FADs/wAAAAAAAOz/7f/6/+z/7P/s//v/8f/u/xQAAADs/xQA7P/t/+z/7P/s/+z/FADs/+3/8v8AAMT/CQDu/wAAAAAAAAAAAAAAAAAAAADs/+7/7P/v//P/7P8UAO3/4v/W/+n/u//V/x8A6//D/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC+/9r/2//R/83/y//2/xcADwDs/+f/7f/y/+7/5v/n/+f/1//Q/8//EgDk/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/AADP/xMA0//h/wAA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//z//b/6v/s//T/6f+u/+v/5//r/+r/7//p/xgA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAD4/+7/FAAAAOv/x//H/9X/3P8AAAAAAAAAAAAAAAAAAAAAAAAAADEAzf/W/9z/5P/N/9L/xf/s/+z/7f/u/+//7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4A6f/p/+v/7f/l//j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FQDr/+v/6//r/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8hAOj/0f/O/6r/AADA/w8AAADx//L/+v/s/+L/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7f8UAOz/7P/X/8X/2f/J/9v/LwDF/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/0v/H/9n/3v/u//T/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//7v/r/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/2v/B/7T/PADR/8T/v//t/+//7f/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+n/3v/Z/9H/7//Q/xEAAAAAAAAAAAAAAAAAAAAAAOv/5v/v/+T/9P/q/xYA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDp/+z/6//r/+b/6v8fAOX/tP+x/73/2f/n/8H/6//q/+r/7P/r/+X/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/yQA2f8AAOb/7P/w/wAAAAAAAAAAAAAAAAAAAADX/w0A1//g/8D/BQDV/8z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/wAAwv/P/7z/8f/G/9r/AAAAAAAAAAAAAAAAAAAAAPv/wP/Z/wAA1v/j/+j/uP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8AAO7/FADs/+H/GQDo//D/6f/s/9H/6f/t/xQAAADu//r/7f/s//b/AAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAAAAAO3/AADm/+v/JwDZ/9z/3f/X/9j/AAAAAAAAAAAAAAAAAAAAAOf/1P/c/+H/7P8IAAAA6f8AAAAAAAAAAAAAAAAAAAAA4v8gAOb/5//v/+3/2//q/+//7P/u/xQAAADs/+z/8P/s/wAA9/8AAAAA8P8UAPb/0v+s/wAA1/+3/xsAtf/c/6f/0v/a/+T/q/8pAOr/wP/r/+f/6v/k/+H/DwD2/9z/5//T/9r/2P/Y/+X/+P8UAOv/6v/p/+v/FgDp/+r/6//p/xcA7P/n//r/6P/p/+v/6f8XAOz/5//6/+j/6f/r/9v/7P/d/93/5//2/9//EQDr/+7/8v/p/+3/AADj/wAAAAAAAAAAAAAAAAAAAAAAAOz/9f/x/+z/AADt/xQA7P8UAOz/8v/7//L/7P/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPL/+/8AAO7/7P/s/+z/FwDi/9n/6f/r/9X/6f/j/wAAAAD4//T/AAAAABoAAADs/+z/FQD4//v/7f/r/+z/6//q/+n/7v/r/+r/FwDq//j/7P/t/+7/7f/X/xMA7f8WAPP/AAAAAAAA7f/r//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAND/2//O/87/7v/K/+z/7f/s/+7/7f/s/xQA7P+1/9j/HQDS/6T/7//Z/6D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/yUA8/8AAAAAAADd/+3/8/8VAPX/AAD4/wAA5v/t/8z/7P/s/+z/7P/s/y0A7P/s/xQA+f8AAAAAAADs/+//AAAAAAAAAAAAAAAAAAAAAN3/z//4/9L/4/8AAAAA2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+P/4v/V/9H/z//Z/97/JwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/t/+z/7P8UAOz/6//r/+3/7P/s/xQA7P/z/97/7v/s/+z/EgDq/+v/7f/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAKANX/ov+y/wsAyP/a/8v/7P/t//T/9f8AABQA8P/x/8//8P/I/7j/wv/v/xQA0f/W/ykA3v/X/+D/z//Y/+f/9//n/9j/7P/s/xQA2f/s/+z/7P/s/+z/7P/s/xQA7P/r/+L/4f/t/+z/6/8VAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6P/x//H/6v8VAOr/AAAAAAAAAAAAAAAAAAAAAAcAyv/o/93/0P8LANv/1//s/+3/9f/3/wAAFADv/+3/6//s/+z/7f/s/xcA6//s/wAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8pAOL/6//f/+3/2v/o/8b/zv8oAOn/1f/W/9T/3f8AAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAOz/7v/x/wAA7/8UAO3/7P8AAAAAAAAAAAAAAAAAAAAA8P/s//P/+P8UAO3/7P/u/wAAAAAAAAAAAAAAAAAAAADL/8//0//j/+j/BwAZAPb/EgD5/+r/7f/w//D/6f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7//1//n/AAAUAOz/7v8AAAAAAAAAAAAAAAAAAAAA5v8VAOz/7P/s/+z/7P/s/9n/2P/r/wAA2P/X/xcA2P8LAOL/4//Z/+3/3/8WAOb/AAAAAAAAAAAAAAAAAAAAAO7/4v/O/wAA2P/X//P/CADm/+v/2P/0/xQA1/8AAOz/AAAAAAAAAAAAAAAAAAAAANv/xP+1/8L/8P/L/wUAGADf/+v/6P/s/+//4f8aAOr/AAAAAAAAAAAAAAAAAAAAAOv/6//q/+v/7P/s/xUA7P/q/+r/6v/p/+z/7f8WAOn/JAAAAOT/7P/q/9T/1//o/wAAAAAAAAAAAAAAAAAAAAD1/8v/wv+4/7j/EADU/9r/6P8AAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9j/2f8TANz/AADY/9n/0P8TANb/6f/r/+f/9P/s/+j/2P/u/+P/+P/t/xkA8v8AAAAAAAAAAAAAAAAAAAAA7//M/xMA5//p/wAAxv/G/+z/AAAAAAAAAAAUAO3/AADZ/93/7P8AAPn/2f8oANn/7P/s/+//7v/x/+3/7P8UAAAAAAAAAAAAAAAAAAAAAADZ/9b/1P/g/9b/6//i/ygA7f/s//b/AAAAACcA+v/Y/9H/3P/W/97/1P/T/+H/LQAAAOH/7f8RAAAA7f/d/+H/AAAAAAAAAAAAAAAAAAAAAOX/2f/l/+P/AADL/9v/8P8GAAAAAAAAAAAAAAAAAAAA+f8UAO//+v/t/wAA7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//p/wAAAAAAANf/KQDz/wAAAAAAAAAAAAAAAAAAAADs/xUA6//s/+z/6//r/+v/wv/a/w0A7P8AAN7/7//g/+z/7P/t/+//7P/s/xQA7f/s//b/9v/s//P/FADs/+7/4v/q//L/+f8AAOv/KwAAANn/4f/3/wAAAAD1/ygAAADd/yMA5v/o/+D/5//W/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE/wAA2P/r/8//1//0/xMAAAAAAAAAAAAAAAAAAAAAAOr/DwDp/+7/+v/Y/9L/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA4P/k/+D/5v/b/97/2P8jAO3/9f/w/wAA7f/c/+//HwDa/9j/5P/l/9//4f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8LAAAAIADl//H/9//4/+r/1v/u/xQA7P/s/+3/7v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAA2P/Z/+z/6//o/9f/JwDa/9D/6v/f/+f/7P/c/yoA7f/s/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//u/+v/AADs/xUA8v8AAAAAAAAAAAAAAAAAAAAA5f/X/+T/4//b/9v/2/8lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6//u/+z/AAAaAAoA6f8UAAAA8v8AAAAA9P/s/wAAAAD6/wAAAAAAAO//7f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/l/+r/5//s/+v/FQDl/wAAAAAAAAAAAAAAAAAAAADt/+z/7f/s/+7/7P/s/xQA6f8XAOr/6P/p/+r/6f/o/wAAAAAAAAAAAAAAAAAAAAAAAPT/8f/1//j/AAASAPT/AADx/wAAAAD7/wAA8f8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9P/u/+7/AAAUAO3/7f/p/9P/4//e/+X/0/8XAOL/3f8eAOj/6P/Y/+n/5//d/yMA7//6//P/AADt/9v/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6f/p/+r/1f/U/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAAD6/+r/AAD0/xQA7v8AAOz/7P/x/+3/6/8AAOP/6v/Z/9T/FgDn/+r/7P/h/97/6f8AANj/DwAeAOD/4P/m/+X/3P/g/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/zf8KAPr/x/8QAMP/0v/5/6//1f/F/8z/xf8pALf/7P/s/+3/7//s/+z/FADu/9n/JgDb/+P/2v/o/9f/4P8AAAAAAAAAAAAAAAAAAAAA7//v//D/+P/0/xUA7P/s/+v/6v/r/+r/6/8WAOv/6f/s/+z/7P/t/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQA9P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/wAA+f8AAOz/7P/w/+v/3f/R/wAA8f8WAOT/5P/s/+z/7f/t/xQA7P/s/+z/LADe//b/AAAAANj/1f8AAAAAAAAAAAAAAAAAAAAAAADa/9n/2//l/wAAEAAAANj/y//f/8r/xv/U/xsA7v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwD5//H/7//z/8//5f/y/+L/z//T/9f/3P/n/zEA1//3/wsAAAAAAAAAAAAAAAAA6f/q/xYA6v/r/+r/6v/p/+r/FgDo/+n/6//o/+n/6v/n/9//9f/6/wAA9/8pAAAA6f8SABIAwP/W/9H/4P/P/9L/DADb/+T/1v/K/wgA6v/s/+3/AAAAAAAA7v8UAPD/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA4v/K/8//1/+t/wAAzv/q/9v/9//b/+T/5f8XAPH/1P+9/97/7v/x/9r/xP8+AB4Ayv+q/7H/1P/p/93/wv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADv/wAA9//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/1f/G/77/k/+K/xgAuP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAADQDV/9X/4f/k/+j/AADs/wAAAAAAAAAAAAAAAAAAAADp/+H/8P/V//b/9/8dAMX/+f8AAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+3/FADs/+f/GgDi/+z/5//x/+b/8P8AAAAAAAAAAAAAAAAAAAAA7P/t//X/9/8AABQA7//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/y//T/AAD5/xQA7f/s/wAABQAAAAAAAAAAAAAAAADp/+D/6f/n//L/8f8iAOr/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8XAO3/1P/R//v/1v+m/8n/6v/J/+f/7P/7/+r/FwDh/8j/EwCi/6r/tP8JAMv/3P/T/+D/5f/g/+j/4v8uAO3/rv/P/63/q/81AMX/rP/k/+z/FADt//T/6v/s/+z/BgDc/8r/v/+w/6v/rf8AAB8AAAAAAAAAAAAAAAAA9v8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/m/+f/5//o/+j/GgDn/wAAAAAAAAAAAAAAAAAAAADr/wAA6P/t/xQAxP/u//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/5v/p/wAAAADc/9n/9P/W/xEA3P8iAMr/y//B/+v/7P8AAO//FQDs/+v/6/8vAND/5v8AAPj/9v/S/9H/AAAAAAAAAAAAAAAAAAAAABUA4f/i/9z/2/8AAMf/2P/s/wAA8P8AAAAAFwAAAOv/7v/r/+7/7P/u/+v/FADs/w4A2v+s/9f/wf/N/6v/FAD0/+3/2P/H/8P/qf/X/ygAy//n/9r/JADb/+n/xv/S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f8kAN7/2//N/8z/5f/e/+L/GgDk/+f/6f/p/+f/5v8FAEAAk/+t/2z/rv+e/4b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+b/4v/T/+H/EwASAOz/6f/q/+j/FADr/wAA2f/s/wAAAAAAAAAAAAAAAAAAAAAUAO3/7v/z/wAA7P/s//H/AADs/+z/7P/s/+z/EwDs/wAAAAAAAAAAAAAAAAAAAADl/+X/5//n/+r/4f8ZAOT/AAAAAAAAAAAAAAAAAAAAAOj/4/8dAOT/6v/i/+P/5/8AAAAAAAAAAAAAAAAAAAAA5//B/+n/FgDk/+D/AADS/x0A5//p//f/AADs/+D/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+z/7P8UANP/6f/5//f/6v/s/xoA3f/Y/+j/8v/n/+r/AAAVANz/EwDs//b/8v8AAPH/6//s/w4A0P/Q/+b/4f/r/wgA0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQAAADx/8L/AAC5/7L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/Q/9z/zf/g/+D/JAC//+j/0P/O/83/2//H/yYA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8AANT/AADf/97/wP8SAOP/8/+o/7H/v/9r/9z/1/8AAAAAAAAAAAAAAAAAAAAAy//4/+z/AADY/9T/xv8GAN//AAD4/+n/AADs/93/1v++/ygAwP/S//D/0P/U/+T/2P8vAM//wP/S/9j/1f/X/+z/7P/s//v/8f/u/xQAAADs/+z/7P/t/+z/FADs/+z/2P8uAOf/8//I/+3/5v/N/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPn/AAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMH/y//V/9L/xf/n/8z/KQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/r/xQA6v/s/+v/7P8MAO//5v/t/+//9v/s/+z/FwDr/+n/6v/n/+j/6f/s/wAAAAAAAAAAFADs/wAAFgDq/+z/7//s/+n/6v/0/wAAAAAAAAAAAAAAAAAAAADq/+b/3P/Y/9j/8f/k/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9b/2//w/+f/EwAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUA1//O/9j/2f/x//D/xv/w/9z/mP+g//b/+f/B/8T/FgDs/+z/FAAAAOz/6P/r/+P/yP9w/+L/nv9q/yIAtf8uAAAAAAAAAAAA0/8AAPr/FAAAAAAA9/8AAOz/7f8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/s//H/4//O/7//rP8iAM3/1v/g/9T/3f/t/wAAJgDV/97/AAAAAAAAAAAAAAAAAAAAAN7/4f/H/9b/JgDe/9P/3f8JAOj/7P/f/9z/2f/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOj/EADM/9H/0//J/woA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/2P/l/+v/7P/X/y4A3v/s/+//BwAAAPf/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/97/6P/6//X/9v8iAOb/7f8UAO//7v/t/+3/7f/u/+X/xv/J/wAAx/8IAOL/y//d/wAAAAAAAAAA+P8jAAAA6f/q/93/2//e/xgA4//d/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAPf/4v/o/+j/wv8TAMv/BgAAAAAAAAD3/wAAEQD6//T/AAAAAAAAAAAAAAAAAAAAAM3/zf/P/8z/0v8yAMz/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7P/s/+z/7P/i/9v/2v/W/+b/1P8iANz/7P/u/+z/7//t/xQA7P/r/8f/+v/B/+n/o//v//j/vP8AAAAAAAAAAAAAAAAAAAAA6v/F/+H/1v/Z/+r/NgDY/+L/9f/v/yQAAADh//H/AAAAAMX/5//4//X/+P+x/9L/2P/m/9v/DADm/xsA1P/l/+z/2v/2/wAA3P8SANj/2P8AAAAAAAAAAAAAAAAAAAAA0f/X/9j/0P/e/9v/KgDY/+z/7P/s/+z/7P8UAOz/7P/p/+r/6//q/+z/6f8VAOr/EgAAANf/2v/q/+n/0v8RAOH/6P/3/9j/4v+4/xQA6f/L/87/6v/V/9z/uf88AMr/4//W/9f/5f/Z/9v/KQDY/9f/5//Z/9r/6f/T/yQA2f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/w/+z/FADs/wAAef8iAKr/Vf8jAOH/eP/s/+z/7P/s/+z/FADs/+z/+//u//n/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+z/7P8UAO3/2P/o/9f/2f/s/yQA2//c/xQA7P/r/+X/5v/c/+r/AAAAAAAAAAAAAAAAAAAAAAAA7P/e/+z/5//t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADW/zUAyP/U/87/yv/K/9H/AAAAAAAAAAAAAAAAAAAAAOH/0/+v/6X/h/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/P/9n/2//s/y0Ax//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/KADk/9//6v/U/+j/3P/s/+z/7f/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOn/4v/n/+X/zP+m/yMA0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+z/7f/s/wcA6//q/wAAu//P/xUA3//1/wAAxf/o/xIAAAAAAAAAAADv//v/AADs/+z/AADs/wAAFAD0/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOr/7P/r/+X/6//v/+7/7f/x/+//AAD3/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAA6//s/wAA7/8VAOz/6//r/wAAAAAAAAAAAAAAAAAAAADI/8//0P/R/9r/HQDY/wAA4v/o/+T/4P/g/xoA2f/n/wAAAAAAAAAAAAAAAAAAAAD7/+//+P/1/wAAFgAAAO7/IgAAAAAAAAAAAAAA5v8AAOz/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA9P8AAAAAAADv/xIAAAD4/wAAAAAAAAAAAAAAAAAAAADt/+z/7f/s/+7/7P/s/xQA6f/3/9X/3v/r/+P/FgDr/wAAAAAAAAAAAAAAAAAAAADm/9//2P/f/+v/4P8lAO//5v+1/7n/tv/j/wcA6f/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAPr/7/8UAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/v/+//7P/s/+z/1v/1/+H/4f/U/ygA1f/c/+z/7P/0//r/7v/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0At/+v/+b/p//m/6//+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/1f/s/+r/sP/g/wAA6f/1//D/AADq/xQA7P/c/wAAEwAAAAAAAAAAAO3/+P8AANz/3v8fAOP/4f/l/93/3P/m/yUAAAD4/wAA9P/t//r/AAD0//H/9f/4/wAAEgD0//T/AAAAAAAAAAD4/+3/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/6f/q/xQA6//i/+H/7f/s/+v/FQDp//X/0//Q/5r/8//f/xcAzv/s/+v/FADs//H/6f/s/+z/y//u/97/5f/Q/+n/9v/s/+v/7P/s/+r/6//r/xUA7P/p/+3/7f/6//X/FQDv//D/AAAAAAAAAAAAAAAAAAAAAOP/4P/f/+T/6v/h/xsA5f8AAPT/8f/1//j/AAASAPT/AAAAAAAAAAAAAAAAAAAAAMz/7P/t/+//7P/z/+n/FADs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAYA5f/O/8z/5f/L/+n/EwDs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALz/zv+2/8L/7v8FANX/AAAAAAAAAAAAAAAAAAAAAOv/AAD1/wAA9//k/wAA9/8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/k/+b/9P/z/9z/JQAAAOz/7P/s/+z/7P/s/+z/FAAUAOz/7P/V/+3/8v/s/+n/9f8cAAAAAAAAAAAA5f8AAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/8f8AAO//FADt/+z/7P/s/+3/8f/t/+3/FADt//r/0//p/+j/1P8pAOP/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/AAAMAOP/zP+v/9b/8//s/+z/6v/p/xsA7P/r/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAD5//v/+v/4/xQA7P/U/+3/6//u/+z/6P/q/+//8P/3/wAA2//r/xoAAAAAAAAAAAAAAAAAAAAAAOn/3v/k/+L/6f8AAAAA6v8AAAAAAAAAAAAAAAAAAAAA6v/r/+r/5v/r/xcA6f/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/1f/b/wAA0//o/+r/6v/l/+3/8P/q/xYA6f8TAPb/AAAAAAAA9//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA3v/3/wAA3P/x/wAA2v8AANz/6P/r/+j/2/8YAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsA8v/v//v/AADV/+3/AAAAAAAAAAAAAAAAAAAAAAAA7v8UAAAAAAAAAO//7P/4/+L/7P/s/wAAAAAmAOH/AADR/77/AADQ/7H/4P/2//L/7P/6/wAA9//t//D/7v8UANj/4f8AACcA1f/L/9//2P8AAMT/xv/t/8z/2v/L//T/7P/q/+z/7P/r/xQA5v/r/xQA7v/u/+z/7f/r/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v/z/wAA+P/s//H/7f8UAN3/AADZ/9n/3P/k/9z/IAD2/+3/7P/t/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+z/7P/r/+r/6v8AAAAAAAAAAAAAAAAAAAAAzv/E/9P/6f/U/wAA3//l/+X/5P/d/xsA6//j/+b/5f/o/+T/7//a/+r/3/8aAOv/AAAAAAAAAAAAAAAAAAAAABIA6P/a/+j/7P/Y/+v/AADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAABsA+P8AAAAAAADu/+L/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADB/9n/QQC//8T/sv/V/7j/5P/i/x4AAAAAAPv/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/wAAyP/I/4z/+v/X/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+7/5//o/+H/1v8ZAOD/1/8jANr/3f/r/+n/6//X/87/z/8AAOP/yP/g/9T/FgDo/93/5//n/9j/yf/b/zYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xsA5f/o/+v/4f/m/+P/AAAAAAAAAAAAAAAAAAAAAOH/FgDr/+z/7P/q/+z/6//Y/9z/2f/Z/9j/6P8AAAkA7P8AAPf/AAAAAPD/FAD2/w4A5v+4/8n/6P/N//r/zf/s/wAAAAAAAAAAFADs/wAAAADv/77/zf8TAN7/0//M/xIA5P/z/9j/y//J/9X/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACk/9H/5P/3//T/wP8HABEAAAAAAAAAAAAAAAAAAAAAAOD/6P/s/+r/6P/s//X/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/3v8HAPj/AAC//9n/3/8AAAAAAAAAAAAAAAAAAAAAAADl//D/+f8AAAAAHgDk/+z/7P/s/+//AADs/xQA7P/s/+z/7P/u/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPv/4f8AAN7/3f/b/+f/BgDU/wAAAAAAAAAAAAAAAAAAAADm/xYA2v/k/9n/2P/u/9j/AAAAAAAAAAAAAAAAAAAAAOz/6/8iAPb/8P/s/9n/5/9fAMj/t//M/7j/lv+w/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/3/9b/zf/O/9D/3f/4/+z/7P/s/+z/7P8UAOz/7f/i/wsAAADn/93/0f/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPP/8P8AAPD/7P/x/+z/7P/u/+3/7v/t/+3/FADu/97/3//f/+D/4P/j/yAA3P8AAAAAAAAAAAAAAAAAAAAAHQDr/wAAAAAAAAAA4v/6/wAA3f/s/+z/7P8IAOv/7P/s//X/8f/s/wAA7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAAASAAAA9P8AAAAAAAAAAAAAAAAAAAAA7f/s/xQA8P/u/+//7P/w/wAA6f/s//H/7P/h/wgA7/8AAAAAAAAAAAAAAAAAAAAA6//Z/9//2f/i//L/DwDa/wAAAAAAAAAAAAAAAAAAAAAGAOn/3P/p/+n/AAAAAOT/7P/4/wAA8/8AAO7/FAAAAOz/7P/t//L/AADs/xQA7P/t/+//7f/s/+7/FADs/+z/AAAAALb/ov/E/9j/8v+o/9j/FwDr//j/7/8AAOP/+f/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+7/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAAAAAAAADr/+b/2f/2/wAAFwDa/+3/2//Y/9j/2P/Z/9j/KADf/+z/7P/t//H/AADs/xQA7P/p/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAN//1v/z/wAAAADV/yUA6v8PAOj/tv/U/87/1//W/7f/8P/3/wAAAAD6/+v/8f8iAPn/+v8AAAAAGwD4//r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/9/+3/93/2P+i/+v/AADA/8v/x/8UAAYA9f/J//r/6f/s/+3/6v8UAOz/7P8AAOr/6v/l/+3/8P/q/xYA6f/Y/+P/6v/p/+r/6v8gAOz/5P/X/9r/6f8AANX/KADq/+z/AADZ/9r/4//b/wkA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9X/DQDb/9n/1/8AANv/7P/s//T/7P/7/xQA7//s/+v/6v/q/+z/6//l/xUA6/8TAN7/2//K/+X/6P8LAOr/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P/Z/wAA1//a/+r/1/8HANn/AAAAAAAAAAAAAAAAAAAAAPX/FQD1/wAA8P/s/+r/9v/m/+f/4v/d/+b/5v8aAOH/4v+S/5r/r/+5/y4Azf+j/+//4//e/+r/AAD4/x4A7f/T/9P/1f/W/87/AADj/xMA5P/a/wAA2P/b/xgA3f/Y/9n/6v/u/+z/6/8oAOn/2/8AAAAAAAAAAAAAAAAAAAAA0v+9/8//x//U/8z/FgAKAOz/7P8UAOz/7P/s/+z/7P/b/+n/5v/r/+r/z/8oAOT/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+7/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAPn/AADo/9//3f/m//X/6f/i/xMA1//a/9//2P8AANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/4/8n/0f/j/wAA2//0/wAA1f/l/9j/5v8AAOD/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/wAA5f/r/+z/6v8IAOz/9v+z/wAAo//B/+P/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDs/+z/7P/t/+z/9f/s/wAAAAAAAAAAAAAAAAAAAADq/xUA6//s/+z/7P/r/+v/7P/s/+z/7P/s/+z/FADs/9T/vv/R/93/8//v/xIA5//1/wAA6f8AAAAAIQD0/wAAAAAAAAAAAAAAAAAAAAAAABUA4f/R/+D/yv/Z/x4A4v/s/+z/9//w/+3/FADs/+//FgAAAAAAAAAAAPr/6v8AANj/4f+s/xUAqv8AAPX/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/u/+3/7P/t/yAA4P/t/+//AADY/+L/5v8AAAAAAAAAAAAAAAAAAAAA7f8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//K/ykAv//g/8b/CADI/9f/2P8AAOD/4f/T/x4A1P/4/+//7P/5/wAAAAAUAAAA8P/g/7H/p/+1/wAAtP/1/+v/BgDj/+j/7f/j/wAA6//n/+f/6v/r//L/6v8aAPP/AAAAAAAAAAAAAAAAAAAAAOT/GwD3/+n/7f/n/+T/3v8jAO3/9f/w/wAA7f/c/+//AAAAAAAAAAAAAAAAAAAAAOX/2f/f/+7/2P8QAOD/AADr/+n/6P/o/xYA2P/Y/wAA+f/6/wAAAAAbAPj/+v/r/y4A4v/W/8z/xP/h/8P/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6f8AANT/5f8AAOD/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/9f/4v+7/+D/r/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/x//S/wAA4v/S/8f/IQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/+T/3f/D/zEAwf/L//X/7f/s/+3/7f8UAOz/7//s//b/EwAAAO3/9v/s/+b/9f8AAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAADq/9//0P+7/9P/5P8sAMT/AAAAAAAAAAAAAAAAAAAAAMP/sv/o/87/0f8WABUA9/8ZAOz/8//p/wAA6f/n/+7/6//m/+r/6v/q/xcA5v/n/wYAAAAAAAAAAAAAAAAAAADu/xQA+v8AAAAAAADv//X/AAAAAAAAAAAAABAAAAD0/+r/6f/q/+j/6f/i/xgA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/9f/B/8b/2P8SANn/7f8AAOz/2P/Y/xIA3//a/+T/AAAAAAAAAAAAAAAAAAAAACQA6v/Y/+r/5//l/+f/6/8AAAAAAAAAAAAAAAAAAAAA7P8UAOv/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+b/2v/R/8L/7v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/7//H/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAAAAAARAAAA7P/t/+3/+f/u/+z/FADz/+v/6v8AAPP/AADq/xUA7f/5//n/7P/6/wAA1P/5/ysA7v/q//D/7f/q/+z/7P8VAN7/6//q/+v/AADs/+X/CQCe/6r/jP+6/5r/pf/U/1sAAAAAAAAAAAAAAAAAAAAAAMP/PQDU/+f/2P/X/8T/z/8AAAAAAAAAAAAAAAAAAAAA0v/r/zEA4//j/8P/xf/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADX/+L/5v/R/wYA0P/Y/xAA6v/W/9T/0f/o/wkA1v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8AABQA7P/s/+z/7P/w/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA9//f/8//1f++//X/5v/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/9//t/+L/HQDx/+z/7//s/wAAAADs/xQA7v8AAOz/7f/s/wAA3f8PAOz/7P/s/+z/7P/s/+z/7P8UABgA6//a/+H/7f/s/+b/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9b/6P/R/9P/t/8NAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMX/z//b/9T/EQDz/77/BgDl/+f/6v/n/+//GADm/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO3/7P/s/+z/0v/S/+H/4v/v/wwAAADa/+z/6v/s/+z/6/8UAOb/6//W/9f/4v/x/+X/1v8AABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAOj/6f/m/+j/6P/n/+n/AAAAAAAAAAAAAAAAAAAAAOL/zv/r/+3/6v/p/x8A4v/W//j/HwDj/97/2v/T/9b/5v/l/+f/6v/s/+L/GgDn/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8AAOz/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAMT/5f/H/87/0v/F/wAAEwDm/+b/7f/t/+7/+f8YAO3/AAAAAAAAAAAAAAAAAAAAAOD/IQDc/93/5v/b/93/0f8AAAAAAAAAAAAAAAAAAAAAz//N/8P/xP+3/8L/OgDP/zIA8f/d/wAAAADN/9P/AAAAAAAAAAAAAAAAAAAAAAAAFQAAAPX/7f8AAOv/6//6/+j/CgDl/+z/2f/Z/9j/AAD3//X/AAAAAAAAAAASAAAA6P/j/9H/2P8YAOv/AADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+7/FADx/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/f/63/sP+y/wAAAAC0/+j/5v/r/+j/5v8YAOn/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAPT/AAAAAAAAAAD4/+3/EwAAAAAAAAAAAAAAAAAAAAAA7v/r/xUA7f8AAO//AADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//Z/9n/AADk/8z/FADX/xQA8v/7/wAA7v/s/+z/7P8AACIAAAAAAAAAAADg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtf/B/6L/agCn/7v/j/+l/wAAAAD5/+3/AADu/xQA8//Y/+z/3v8oAOP/2P/Y/+H/x//U/8r/UgDk/7b/x//H/+v/6//s/+z/7P/q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/xP/K/6n/6P+9/9z/LgAAAAAAAAAAAAAAAAAAAAAA7/+9/5f/df+O/7X/IQDg/8b/7P/a/9j/2f/r/yIA5P/p/xUA5//u/+z/EADW/+j/EwAAAAAAAAAAAO3/+P8AABYAAAAAAAAAAAD6/+r/AADn/+z/7f/s/wcA6//q/wAAFADs/+z/7P/t/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAC+/9T/xf+9/7z/xf87AKD/7P/s/+v/6P/r/+z/FADs/87/zf/G/8b/6P/M/zkA1P8AAAAAAAAAAAAAAAAAAAAA4//r/+n/5f/s/+v/FwDo/9j/5v/c/9v/2P8UANn/+/8rAPL/7//7/wAA1f/t/wAAAAAAAAAAAAAAAAAAAAAAAA0A1f/V/+H/5P/o/wAA7P8AAAAAAAAAAAAAAAAAAAAA7P8TAOr/AADv/9z/7P/p/+z/7P/t/+z/7P8VAOz/6v/h/+H/4//i/+f/5v8fAOL/4P/U/93/7f8AACYA1f/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+v/7f/r/+z/6//t/wAAAAAAAAAAAAAAAAAAAADm/+7/8P/2/wAAGQDs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/m/xIA3v/d/wAAz//O/wAAAAAAAAAAAAAAAAAAAAAAAOf/8v/5/wAAAADr/+z/7v8AAAAA+//e//D/3P8pAAAAAAAAAAAAAAAAAAAAAAD7/+//6//s//L/8f8TAO7/AAAAAAAAAAAAAAAAAAAAAO//5//v/wAA+v8jAO//2f8WAPP/AAAAAAAA7f/r//b/EgDb/9j/2f/a/9j/AADY/9z/sv/K/8b/wf82AM3/vv/s/+f/5v/X//X/FwDX/9r/wf+3/7v/wP/k/0UAsf/X/9j/5f/Y/9z/2v/6/xQA6v/a/+H/9P/O/97/rf/T/yEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAA7P/x/+f/6f8AAO//6//r/+r/3f/o/+v/6v8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/W/9f/5/8AANb/GADX/+n/1//r/+n/LADm/+n/1v/0/+v/7f/z/xUA7f/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUANj/3v/s/+r/6/8AANn/yv/Q/+D/0v/r/9b/0P8dAOz/5v8AANr/6v/a/9n/BgDt/+z/9v8AAAAAJwD6/9j/AADq/9T/5f/a//D/AADq/+3/8f/v/wAA9//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xkA6P/q/+X/6f/k/+b/AAAAAAAAAAAAAAAAAAAAANr/z//u/wAADwDw//D/v//D/9f/2f/g/zMAy//D/9P/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v8AAOz/AAAbAN3/2/8AAAAAAAAAAAAAAAAAAAAA7v/z/wAA+P/s//H/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPr/AAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAADAA2//x//H/7//e/9H/8/8aALX/m//S/6z/uf8qALD/AAAAAAAAAAAAAAAAAAAAABMA7f/H/+X/wP8PALv/vf/p/+v/6/8VAOz/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAHQD7/+3/7P/t/xQA7P/s/+z/7P/s/+z/6//Z/+T/7P8AAAAA2f8UAOz/7P/v/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANr/AADv/+7/6v/r/xQAAAD1/+v/4P8AAAAA9f8hAAAA7P/s/+z/7P/s/+z/7P8UAPX/6//g/wAAAAD1/yEAAAAaAOf/3f/u//n/4P/l/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAOz/AADs/+z/7P/s/+7/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/v/+7/FQDy/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIADQDR/9r/7v/4/8D/x/8fAAAAyP/T/8r/1//W/8b/AAAAAAAAAAAAAAAAAAAAAO//7//w//j/9P8VAOz/7P8AAAAAAAAAAAAAAAAAAAAA5v8AABMA7P/s/+j/6P/s/9z/7P+//8v/1f8aAPD/1f8AAAAAAAAAAAAAAAAAAAAAAAAVAOr/6f/s/9z/3//t/+v/6P8AAAAA9f8VAOn/AAAVAOz/7P/t/+z/7P/p/+z/AAAAAAAAAAAAAAAAAAAAAM7/7f/g/+L/2P/6/+L/5P/a/+z/6//l/+X/AADe/wAA6P8AAAAA9f8AAPX/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/+z/7P/i/+z/FQDq/9P/0P/l/+D/LgDq/+r/0/8AAAAAAAAAAAAAAAAAAAAAy//U/9j/1v/T/97/+/8QAPX/FQDz//r/8v8AAOv/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/y//H//X/1/+4/zcAyP8UAOv/7f8TAPP/6//n/+n/AAAAAAAAAAAAAAAAAAAAAOz/FQDs/+z/7f/r/9//6//3/wkAy//U/9T/xf/z/9f/7P8UAO3/8v/s/+z/7P/u/wAA+v8AAAAAAADv/+3/EwAAAAAAAAAAAAAAAAAAAAAA6//o/+f/AADp/+X/FgDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+n/4P/o/+3/3P8KAO7/uf/F/7r/oP+5/73/7v9WABMAAAAAAAAAAADt//j/AADs/+z/7P/q/+7/7P8UAOz/7P/s/+z/7P/s/xQA7P/s/+3/6//A/67/wP/X/97/3v8UAPr/AAAAAAAA7P/s/wAA2P/s/+z/2f/u/ygA2P/q/+//7//w//j/9P8VAOz/7P/Z/+T/AADx/wAAAADc/wAAAAAAAAAAAAAAAAAAAAAAAAcA+P/n/+P/2P/Q/+j/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+7/7P/s/+z/7P8UAML/5f/G/+T/BgAGAPD/9v8AAAAAAAAAAAAAAAAAAAAAFAD1/wAAAAAAAOz/7P8AAO3/7P8VAOz/7v/u/+z/6v8AAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAfANb/4v/R/+T/5P/h/+P/EwAAAAAAAAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/9//U/9j/0v8mANb/5v8AAAAAAAAAAAAAAAAAAAAA0v/Q/8//0P/e/9H/zv8iAML/x//G/8n/NwDV/8n/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/t/+z/7P8fANr/2P/k/+X/3//h/+b/AAAAAAAAAAAAAAAAAAAAALf/r//3//H/w/8RAA8Auv8VAPP/9//7//T/6//s/+3/BgAAAAAAAAAAAAAAAAAAAOT/5P/Q/7z/4P8dAAAAzv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA0f/b/+n/4//o/9//4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/8//4/xQA7f8AANn/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/83/AADP/9f/HADD/wAAAAAAAAAAAAAAAAAAAAAAAOz/3P/w/wAA7v8WAO7/0f+6/xAAzv/m/93/wv/t/wAA7P/t/+3/9v/t/+z/FADx/+z/7f8UAOz/7P/s/+z/7P/s/+z/7P/s/+z/FADs/+3/9//p//X/4//V//v/AADP/+z/7P/s/+z/+P/s/xQA7f8ZANz/6P/q/+L/9v/U/+r/AAAAAPr/8f/0/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8pANr/1P/K/+b/1P/X/+z/FADs/+3/7f/s/+z/7f/p/+r/AAAAAOz/8v/w/xoACgDT/xMAuP8AALn/wv/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//k/9j/2//b/9j/GwDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDV/9f/zP/x/8f/3/8AAAAAAAAAAAAAAAAAAAAA5//j/+H/2f8YAOr/+f/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMH/AADg//n/5f8AAAAA0v/5/xUA7P/u/wAA6v/l/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/Q/9j/vP/Y/9D/GwDF/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPn/8f8AAAAA7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/wAAAAAAAPn/7P8AAPb/6v+Q/+D/q/8AAI//1v8AAAAAAAAAAAAAAAAAAAAA1v/b/9//3v/j/ycA2P/f/ygA1//o/9j/8v/a/9j/6P8AAAAAAAAAAAAAAAAAAAAABwDZ/w4Aov8IALH/1//T/wAAAAAAAAAAAAAAAAAAAAAyAM3/sf+t/7j/+//K/7f/6/8AAOz/7v/t/+z/FADs/+j/2//e/+X/EwDU/9v/0P8AAAAAAAAAAAAAAAAAAAAAIQDt/wAA8/8AAPH/6f8AAAAAAAAAAAAAAAAAAAAAAADg/9z/6v/v/+r/6v8nAO//AAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7f/s/+z/7P8LAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAOb/9P/r/xYA7//l/9n/5//r/+n/7P/k/+T/FAD1/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMb/zv/v/9H/9P/Z/9n/8//s/xQA7P/7/+z/7P/s/+z/7P/s/+z/FADs/+z/7P/Z/97/9v/k/9j/2P/e/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPH/8f8AAAAA7P/s/wAAx//o/+D/5v/P/9T/AAAqANj/+f/V/9X/1/+//yUA5P/i/+D/6f/r/+f/6f8bAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/b/+b/3f/f/9r/KADn/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADt/wAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAL//4v/j/8L/6v/V/xMA7f/s/+z/7P/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADp/+r/AAAAAOz/8v/w/xoA7P/s/wAA6v/t/xMA6v8AAPD/tv+d/9r/CAANAOv/yf8AAAAAAAAAAAAAAAAAAAAAxP/V/8T/0v8TAMb/yv8QABYA7f/v//H/9v/n/+r/9//0/8r/yP/K/+X/FQDF/9L/7P/s/+3/7P/s/+v/7P8UAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAADQAJAOX/xP/x//j/1P+z/8v/CgDN/8z/4P8KAK3/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAOL/7P/s/9z/2P/o/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/6H/g/8AAMP/EADP/5T/CADf/+z/7f8UAOD/6f/r/+r/6f/q/+j/6f/i/xgA5/8AAAAAAAAAAAAAAAAAAAAA6f/p/+n/6//r/xcA6f/q/wAAAAAAAAAAAAAAAAAAAADs/+v/6//t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAANAAAA+f/s/+//+f/t/+z/7P/s/xQAuf/J/6n/uP+q/yEAtv8AAAAAAAAAAAAAAAAAAAAAAADp/+b/6v/r/+X/7P/j/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9f/2f/h/93/HADe/9j/5f8YAOn/6f/m/+z/5//s/+z/7P/t/+z/7f/s/xQA7P8UAAAA8v8AAAAA9P/s/wAAEQAAANv/2v/T//r/yv/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7v/r/+7/8f/d/xgA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/pP/h/+//zP/u/+r/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/p/+z/7P/1/xkA1v/b/xYA6P/q/+r/5//r/+j/6P/S/xkA5f/R/9f/xP8AANT/9f/s/xQA7P/s/+f/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvv/F/9H/1v/b/xEA5P8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAALr/7f/x/8T/1v/Z/+X/AADi/xcA7f/l/+3/4//q/+X/5v/n/+L/3f/m/+b/GgDh/8X/0v/a/+P/1v8AAOD/AADj/+D/5f/g/+b/5f8eANj/z/81AM7/0v/B/87/0P/S/+P/5v/h/+b/6P/m/xwA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnf/0/6r/2P/1/+b/rP8AABMAAADp/+//2P/q/+v/2f8AAAAAAAAAAAAAAAAAAAAA7v/p/xEAsP/Q/9X/2P8AABQA7f/u//P/AADs/+z/8f8JAMD/rf/t/77/5f/a/7//AAAAAAAAAAAAAAAAAAAAAAAA9P/x//X/+P8AABIA9P/T/y0A7f/j/97/0P/P/9v/HgDk/+L/4f/m/97/2//c/+z/9v/2/+z/8/8UAOz/7v8JANH/6//a/+7/AADd/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAEwAAAAAAAAAAAO3/+P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/wAAFADs/+z/7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADR/9//z//O/9D/wv/h/ygA7P/h/+7/7v/u/+r/FQDt/8v/0P/I/9P/yv8AAA4A5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/q/+z/7P/s/+z/7P/p/+r/6//r/+z/6f8VAOr/5/8AAPf/+P8AABYAAADs/wAA4f/W/9v/FADa//b/yv/a/9f/AADw/63/4v/3/wAAAAARAOn/8P/x/97/4f/f/+H/GQDo//D/6f/s/9H/6f8aAPX/AAD4/wAAAAAAAPn/DgDQ/9j/kv++/9T/5/8OAAAAAAAAAAAAAAAAAAAAAAD2/+v/5//g//P/1v/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALANL/5v/d/97/4v8AAOb/KADe/+L/7P/1/9v/2v/m/+z/6f8VAOz/7f/T/+D/5f/W/7n/xP88AMz/y//A/9r/2v/s/+z/6v/f/+T/6/8cALr/tv/O/4j/EADp/7z/DwAAAAAAAAAAAAAAAAAAAAAA6/8WAOv/6//s/+z/1P/r/6r/FQC6/8b/9//G/9f/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A7P/t/+z/9P/j/+j/6/8jAO7/9//p/wYA2P/c/9n/6v8iANj/2v/r/+L/1f/J/+3/7P8VAOz/7v/u/+z/6v8AAAAAAAAAAAAAAAAAAAAA6f/q/+v/6v/s/+n/FQDq/+b/7v/w//b/AAAZAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKP/5//q/wcA4/+v//H/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/uf/t/4j/Zf8xAJz/sv8AAAAAAAAAAAAAAAAAAAAA2P/K//H/EwDK/xYAvv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//l/+r/6v/2//r/FwDq/wAA+v8AAAAAAAAAAAAADQDx/+n/4f/o/+v/4f8XAO//CgAAAOT/4//n/9b/7v/G/wAA5//l/9j/2f/Y/wgA2P/r/+z/7P/s/+3/FADs/+z/7//l/+r/6v/2//r/FwDq/wAAAAAAAAAAAAAAAAAAAADs/+r/7P/s/xUA7f/r/+v/6v8XAOr/8P/4/+z/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xkA+f/0/+r/5v/l/9v/AAAAAAAAAAAAAAAAAAAAABQA7P/0//H/AADs/+z/7P8AAAAAAAAAAAAAAAAAAAAABQDR/+r/1P/V/+v/0/8TANf/1f/X/9r/5//U/yoA3/8AAAAAAAAAAAAAAAAAAAAAAAALAOX/6f/r/+j/3v/r/+z/+/8AAAAAAAAAABQAAAAAAOz/pv8SAL3/4//P/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+P/0f/f/+z/AADv/+r/6f/T/+P/3v/l/9P/FwDi/xIA6f/s/+z/7P/n//X/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7f8UAOz/7P/r/wcA1//O/8//EgDj/83/2v8dAOT/7P/c/9r/1v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/9n/2v/a/w8A5v/j/+z/7f/s/+7/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA6f/p/+v/6//r/+v/FgDp/+z/7P/s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/6//v/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/2/wAAAAAnAPr/2P8AAAAAAAAAAAAAAAAAAAAA9f/q/+b/1f8AAC8A2P/T/+3/FADs/+z/7f/s/+z/7P/4/x0A8P/6//f/AADa//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xoA9P/y/+r/6//l/93/AAAAAAAAAAAAAAAAAAAAAOz/6//s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA7P/s//f/7f8UAO7/7P/s/+7/AAAAAAAAAAAAAAAAAAAAACUA7P/u/wAAAADu/9v/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+X/6v/n/+r/4v/l/xoA6v/q/8b/0f/X/+//FQDU/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/2/+3/+P8UAOz/7v/u/xQA7v/v/+3/7v/s/+z/4v/q/xYA7v/u/+L/6//f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//i/+z/+v/p/+v/FQDe/+//7//w//j/9P8VAOz/7P/s/+7/8f8UAOz/7P/s/+z/yP/X/wAA2f/h/wUA+//s/wAAAAAAAAAAAAAAAAAAAADh/9f/1//X/ykA6f/X/+j/3f/p/+z/6/8UAOj/7P/t/wAAAAAAAAAAAAAAAAAAAADj/9L/1f/s/+b/LADc/9j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/m/9L/0f/r/9z/+v8AAND/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADn/+j/8v/q/+z/6P/z/+z/7P/t/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+v/7P8UAA0A5v/G/83/xv8JAMr/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/yP/E/73/pf8VAL//DwAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/q/wAA+v/1//b/HADy/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACm/+f/4P/s/8n/2P8AAPf/4/8AAOf/2v/l/wAA8v/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+X/3//i//n/KADY/97/s//l/7X/uf8GAPn/w//5/+z/7P/3//D/7f8UAOz/7/8AANP/2f/l/93/DwDh/9j/8f8AAOT/AAAAACQA7v8AAAAAAAAAAAAAAAAAAAAAAADq/+r/FgDq/+v/6f/m/+j/5P8AABIA+v/f/8n/vv/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/a/+D/2f/r/wAA5P8AAPj/AAAAAAAAAAAAAO3/EwAAAAAAAAAAAAAAAAAAAAAAu/8HANH/tv+v/7X/EQD1/wAAAAAAAAAAAAAAAAAAAADk/xsA9//p/+3/5//k/97/AAAAAAAAAAAAAAAAAAAAANb/6v8pAOv/5//a/8z/6/8cAAAAAAAAAAAA4//k//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//P/x4A0P/x/xMAw//g/wAAAAAAAAAAAAAAAAAAAADO/9X/LADO/9P/0//N/8r/+f/6/wAAAAAbAPj/+v/r/xYA6//r/+f/6v/i/+7/6/8AAAAAAAAAAAAAAAAAAAAAFADs/+v/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/z/xQA7f/s/+z/5P/V/+v/1f/U/xgA6//q/wAAAAAAAAAAAAAAAAAAAADs/+3/AADy//v/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/+/8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AAAAAAAA4f8AAA0AKQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/4f8iAPD/+f/q/97/5f8AAAAAAAAAAAAAAAAAAAAAyf/O/9n/6P/k/8v/NwDA/wAAAAAAAAAAAAAAAAAAAADq/+z/7v8AAPr/AAARAOf/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAATAAAAAADs/xoA7P/z//D/3//l/+3/7P8UAOz/7P/s/+z/7P/s/wAAAAD5/wAAAAAUAAAA7f8AAAAAAAAAAAAAAAAAAAAAuv+//8j/vf/K/7z/OADQ/+r/6//r/+v/8f/q/xYA6//r/9//FADv/wAA7P/s/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/wAA7v8UAOz/7/8AAAAAAAAAABIAAAD0/wAAAAAAAAAAAAAAAAAAAAC7/6z/+/+7/8X/MACz/9j/1v/e/8f/zv/Y/wAACQDX/wAAAAAAAAAAAAAAAAAAAAD2/wAAAAD3/wAAFQAAAPr/xf/h/6v/sv8MAPL/w/8GAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7v8UAOz/FgDq/+r/6//r/+b/6//s/+z/7f/s/+7/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA9P/6/wAAAADg/wAAAAAqAAAAAAAAAAAAAAAAAAAAAADk/xgA9P8AAOz/+P/p/wAA8f/Y/+r/5//s/9j/1v8oABQA+f8AAAAAAADs/+z/AADr/+r/6f/q/xYA6f/q/+v/6v/k/+n/6f/q/+r/GwDr/+j/5f/H/w0Az//s/9X/xv/l/+f/6v/n/+//GADm/+b/1v/y/9T/AADC/wAA6f/n/+z/7P/s/+z/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgDr/9j/2P/s/9n/AADs/9v/6//d/9n/7P8AABsA6f/s/+z/7P/y/+3/5P8UAO//AAAAAAAAAAAAAAAAAAAAAAAA2f8UAOz/7P/Y/+P/7P/s/+z/7f/v/+z/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/4/8AAO7/+f8qANj/1//q/+f/6f/o/+v/6f/o/xcAAAAAAAAAAAAAAAAAAAAAAND/7//l/+v/6f8gAOT/6f/r/wAA8/8AAAAAFQDn/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+//8P/4//T/FQDs/+z/2v/a/wAA2P/Q/8v/EQDR/+v/7v/a/xQA6f/w/+X/0//r/+z/7f8AAN3/2P/r/wgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFADk/ygA2//h/9v/6f/Z/+D/AAAAAAAAAAAAAAAAAAAAAOz/7P/x/+3/7P/s/+v/FAAZAOv/2f/h/9//6//X/9n/7P8UAO7/7f/s/+z/7P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/B/9n/8f/G/43/NACu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8YAO3/AAD3/wAA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/v/+r/6f/l/xQA7P/r/9n/+f/l/+L/2v8oANb/3f/0/wAAAAAAAO//EgAAAPj/AAAAAAAAAAAAAAAAAAAAAOv/9P/y//L/AAD5/xUAAADe/+X/6f/r/+v/2/8bAOr/FADs/+r/7P/s/+z/7P/s/8v/NADL/9X/1f/c/8j/3f8AAAAAAAAAAAAAAAAAAAAAvv/F/8r/KgDB/+7/rP+6/wAAAAAAAAAAAAAAAAAAAADp/+X/6P/W/+b/GADp/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/AADP/9z/3/8AACUA6v/s/xQA7P/u/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xMA7P/l/93/4v/m//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/u/wAAFADs/+z/1v8MANb/1P/X/9X/1f8AAOz/7P/u/+//7v/u/xQA7P8AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t//D/FADt/+z/7P/s/xQA6//s/+3/7P/s/+z/2//M/7L/8f/u/+L/6P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA2//d/wAAFgDa/9r/7P8UAOz/7P/s/+3/6//s/8f/y/8zANT/yv/S/9L/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/Y/+n/6P8XAOf/5f/s/+v/7P/s/xQA6P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/ysA6v8AAO3/4f/Z/+r/6f8AAOv/7P/s/+z/AADb/9j/4v/g/93/0f/Y/+j/IAD0/xQA7v8AAOz/7P/x/+3/7P/h/9j/3v/s/+b/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAA8A+P8AANT/HADY/+T/5f/U//n/1//o//D/AADs/wAAGADa/87/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/e/9n/2P8NANj/2P/I/+H/5v/i/+v/0v8AAAwAAAAAANP/EwDI/9X/5//W/wAAAADQ/7z/rv+t/8L/6v8AAAAAAAAAAAAAAAAAAAAAHwDs/+3/7P/u/+v/2//h/wAAAAD3//L/AAAAAB0AAADo/xoA8P8AAO//9//p/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/1v/g/+X/AADl/+b/GwDt/+3/AAD1/wAA7v8UAO3/AAAAAAAAAAAAAAAAAAAAAOv/2//m/+7/7f/r/yQA7f/U/wUAyv/H//X/uP/Q/x8A7P/p/+f/2f/p/+r/6/8WAOv/2//m/+7/7f/r/yQA7f8ZANv/6//p/+v/5//o/97/6v8XAOr/+v/s/+n/6f/6//v/AAAAAAAAAAAAAAgAAADj/+H/IgDw//n/6v/e/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/5f/s/+7/8P/s/xQA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/3P/W//P/+v/0/8X/CQAAAAAAAAAAAAAAAAAAAAAA6//q/+n/7v/r/+r/FwDq/wAAAAAAAAAAAAAAAAAAAAAsAOP/6v/Y/+n/0f/n/9z/7P/s/+z/7P/t/+7/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/4f/a/+T/3//n/9n/IgDd/97/3//l/97/3v/k/x8A5P8UAAAAAAAAAAAA7P8AAPv/8v8AAMj/FADm/+v/yP/d/9n/6f/m/+L/4//S/9f/HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//n/AADv/+7/7P8UAAAAAAAAAAAAAAAAAAAAAADn/+j/6v8AAOL/7P/g/wcA4v8gAOb/5//v/+3/2//q/wAAAAAAAAAAAAAAAAAAAADY/9z/2P8jAN3/1P/x/9H/7P/q/+v/6//s/xUA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAoA3v/T/8z/v//H//f/EAAAAAAAAAAAAAAAAAAAAAAA7f/t/wAAAAAAAPD/FADy//T/+P8AAAAAAAD2/wAAHADO/9r/GwDp/+T/+P/a/93/AAAAAAAAAAAAAAAAAAAAAOz/7P/w/+z/7P/s/+z/FADG//P/6f/i/+n/5P8YANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8VAAAA7f/u//H/7//r/+r/FgDs/+r/6v/r/+n/6v8AAAAAAAAAAAAAAAAAAAAA3v/e/+H/2f/f/+D/IgDX/wAAAAAAAAAAAAAAAAAAAAAAANv/2//p/+X/3f/e/wcA0P8AALT/xv/H/+f/FQC7/+z/2f/t/wAA9v/s/yUA2P/r/+r/6//r/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAA6P/q/+n/AADg/8b/0//Z/+D/3P/w/9f/AAAAANb/1//k//T/7P8TAAAA7P/X/+n/5f/q/9v/2v8TAAAAAAAAAAAAAAAAAAAAAAAAAOj/+/8AAAAAAADf/xwAAADC/9j/x//N/7j/9/8AACIAEwDi/+r/xf/f/wAA4//3/wAAAAD0//r/AADY//H/KADl/9r/2v/g/+P/IADk/+D/8v/j/+D/0v/X/xYA8v/j/7n/3P/N/9j/1f8JAM//+v/d/+b/3f8PAOT/IADV/9D/1f/m/9j/3P/Y/yIA2v/r/+z/7f/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v8AAPP/AADq/xUA7f/s/+z/7P/z/+3/7P/s/xQA0P/P/8f/2v/C/ygA1P/u/+z/7f/2/wAAAAAUAOz/7//R/7D/v//Q/9r/AACX//b/4P/Y/9n/1P/W//n/6/8TAPP/4/8AAAAAAADv/xcAAADu/xQA9P/t/+z/7P/s/+z/6f/k/+T/AAAAAB0A7P/7//j/6v/z/+3/6v/s/+v/FQDb/8H/0f/W/8T/6f8AABMAAAAAAAAAAAAAAAAAAAAAAND/1v/h/8n/t//q/9f/LADq/8T/xP/M/83/JADD/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/5f/t//D/6v8WAOn/y//S/xgA4//S/9z/+v/c/wAA+v8AAAAAAADv/+3/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/8b/1v/Q/+T/IADU//X/6f/z/+z/7P/Y/+z/7P8UAOT/2//R/87/4v+y/ywA5/8TAAAAvf/N/9P/8v/R/9v/5v/m/+f/5//o/+j/GgDn/9j/2v/c/xgAAADr/9n/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5f/Z/wAA6//n/+n/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/AAAAABMAAAAAAO7/+f8AAAAAAAAAAAAAAAAAAAAAAADm/xwA5f/o/+v/4f/j/+P/FADs//r/AAAAAO3/6/8AAPr/GADt/wAAAAD2//D/AADb/zYAwf/d//X/5//X/+j/6//s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/t/+r/8//r/+z/7v8AAAAAAAAAAAAAAAAAAAAA6f8XAOz/5//6/+j/6f/r/w0A2f/r/+v/2v8AANj/4f/Q/+j/4v/Z/9D/7f8yAMH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8/8AAPL/8f/s/xQA7P8VAL7/6v/H/+f/6v/z/9v/7P8UAOz/7P/s/+z/7P/s/wAA8v/2/wAA7v/f/xAA6P/n/xcA7v8AAAAADQDo/wAA5f8AANT/3P/b/7z/FQC5/+v/FQDs/+z/6//s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5v/n/+f/6P/o/xoA5//Y/97/1//Y/9r/JwDZ/+f/AAAAAAAAAAAAAAAAAAAAAOr/5v/m/+X/5v/U/xkA6P/0/9//AADe/+r/1v8AANj/7P/s/+z/7P/s/+z/FADs/+3/7P8AAAAAAADt/xQA7P/y/6H/s//V/wUAAAAAAJn/0//v/+T/5v/P/9z/5/8pAOz/7P/s/+j/5v/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/4v/o/97/FADs/+f/AADa/97/zv+m/wAA1/8cAM3/7P/s/+z/7f/s/+z/FADs/+r/EgDT/9j/AADU/wAA4v/v/xgA0f/L/9j/z//o/8z/3P/n/9j/7f/b/+r/5P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8//2/wAA7//r/+7/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACf/wAADQDF/8j/3f/m/7r/FAD1/wAAAAAAAOz/7P8AABQA7P/s/+z/7f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAA7P8AAOv/7P8VAOz/7P/u/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA1v8pAOz/3f/u/8//v//r/xYA7P8AAAAAAADo/+z/8f8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/9r/FgDs/+z/8f/Z/+n/2P8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAADw/wAAAAD6/wAADgDu//j/6P/2/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM/97/9v/m/+X/2P8dAA8AAADU/+P/6f/q/+r/BgDs/+f/AAAAAPH/9P/s/xQA7P/o/xkAGAD4/+r/6P/l/93/AAAAAAAAAAAAAAAAAAAAABUA+f8AAAAAAADr/+z/AAAAAAoAAAAAAAAAAAD4/wAA5P8gAOH/4//n//D/2f/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/7P8AAO7/AAAOABQA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC4A5v/a/9D/3P/D/+D/v/8UAO3/AAAAAAAA+f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/7//2f+8/w0A2v/v/w4A7f/s/xUA7P/u/+7/7P/q/xQAAADZ/9b/6v/V/wAA2P/h/+7/FADz/wAAAADc/+D/BgAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAADo/xAA3f/s/9j/3f/e/wAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAPj/AAAAAAAADwDs/+b/2P/P/wAA3/8LANz/7P/s/xQAAAAAAOz/7P/t/+P/4f8iAPD/+f/q/97/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/AADX/9v/5v/q/+//DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD5/wAAAAAAAOz/7/8AAAAAAAAAAAAAAAAAAAAAwv/W/zgA1v/X/8v/6f/L/wAAAAAAAAAAAAAAAAAAAADl/+//vf/V/xIAyP/v//f/FADs//L/+//y/+z/7P/w/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P/s/xQA7P/s/+v/7P/w/xQA7P/s/8n/0f/s/9v/1/8ZAOv/6f8AAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAADc/9L/wv/G/97/sf8oAMj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+b/6//r/xUA5v/m/+v/FQDs/+f/7P/t/+n/6v/q/wAAAAAAAAAAAAAAAAAAAADy/+//7v/u/+z/AADt/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+n/6v/s/+z/6/8WAOz/7f/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/u//D/9v8AABkA7P/t/wAA5P+5/8L/6v+e/7b/HwDc/9r/DADj/+X/1P/e/x4ADgDI/97/0f/b/+X/AADi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/R/+T/1v8AAAcA+P/f/+z/9//s/+3/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA1//Z/9r/5f/S/wsAxf8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAADs/+7/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/+H/IACu/w8Azf/Y/5//6//o/+z/6/8AABUA6//r/8n/1v++/8H/vf8AAAAAAADo/9r/2P/p/+v/JQDi/+X/7P/s//f/8P/t/xQA7P/v/+z/6v/t/+3/7/8VAOz/7P/e/wAA1//b/9//+f/I/9f/AADv//v/9f8UAO3/2v/u/+z/7P8AAPj/2P8UANX/9v/e/9P/2P/W/9T/6f8oAN3/8P8OAAAAAADV/wAA5/8gABQA7P/s/+//8v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA2v8dAOv/7//q/+z/2f/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/9f/FADs/+j/6v/r/+j/6v8VAOr/6/8AAAAAAAAAAAAAAAAAAAAA7P/1//L/AAAAABQA7P/s/6T/IQCf/5D/wv/J/yEAr/8AAAAAAAAAAAAAAAAAAAAAwP8AANn/AADR/wAA7P/r/+7/AAAAAAAAAAAUAPX/7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7v/s/xQA7P8AANf/3f/n/+r/2f8AAN//1P/O/8v/zf/1/9T/z/8yAAAAAAAAAAAAAAAAAAAAAADW/xIA2P/a/97/2P8OANn/AADX/93/5//q/9n/AADf//T/AAAAAAAA7/8SAAAA+P8AAAAAAAAAAAAAAAAAAAAA1v/o/+f/1v/j/yMA3//W//H/AADu/wAA+/8AAMP/EQAAAAAAAAAAAAAAAAAAAAAAFwDq/wAAAADs/+j/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+7/9v/w/wAA3//q/9P/AADg/+v/5/8OAOn/3//4/+//7P/5/wAAAAAUAAAA2//m//L/AADx/+n/5P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDq/+j/6//p/+j/3v8RAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8mAOz/9v/z//v/1f/r/+z/7P/s/xQAAADs/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/8f8UAAAAAADs/+z/7v/v/+z/7P/1/+z/7P/s/xQA7P8ZAOH/6P/k/+r/2P/f/+3/FADs/+z/7P/s/+z/7P/p/w4A7P/t/+n/5f8IAOz/6P8aAOn/9P/q/+r/5P/p/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPv/7P/q/xcA5f/p/+X/6f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+z/7P8UAO7/6P8WAOj/6//q/97/5f/r/wAAAAAAAAAAAAAAAAAAAADr/97/7//P/9v/FQDO/+r/7P/u/+3/FQD6//f/6//s/wAAAAAAAPn/+//2//X/FQAAAAAAAAAAAAAAAAAAAAAA7P/u/+3/7v/t/+3/FADu/wAAAAAAAAAAAAAAAAAAAADr/+r/6f/u/+v/6v8XAOr/AAAAAAAAAAAAAAAAAAAAAN7/5//m/+T/6v8wAM//2P8AAAAAAAAAAAAAAAAAAAAACQDV/9P/0v/X/wAA6P/5/wgAy/+w/9P/zf8OAN7/xP/l/9T/yP/L/9v/MADW/9P/6P8SAMj/9/+4/83/wv/T/+X/9f/r/+z/+f/t/xMA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//H/AADs/xQA7P/2/+X/sP+2/6X/1f8NALX/AAAAAAAAAAAAAAAAAAAAABAA6P/r/+z/4f8QAOD/6f8UAAAA2f/s/+z/6//s/9j/1v/X/7//w//I/9j/6P8yANL/FgDY/9j/0f/R/+n/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAD2/wAAAADz/z0AvP/V/8P/1//D/9b/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/xQA7f/s/+z/7P/y/+z/6//l/xUA6//m/9b/CgDV/9f/1//Z/wAA0//U/9f/4P/Y/+P/5v8oANj/3f/o/+H/0v/r/+v/5f8eAOv/zf/Y/+b/6//c/+v/IADr/wAAAAAAAAAAAAAAAAAAAADs/+7/7v8AAPr/7P8UAOz/AAAAAAAAAAAAAAAABgAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5f8bAOj/6P/r/+n/1P/l//T/+P8AAAAAAAD2/wAAHADg/97/6P/6//X/9v8iAOb/AAAAAAAAAAAAAAAAAAAAAC8Auv/k//j/vP/N/+r/kv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAPAOz/8//2/wAA7//r/+7/FQAAAAAAAAAAAAAAAAAAAAAA4f/n/9D/6f/B/xcA5//z/zcA6v/y/wAAAADJ/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/2f8AAO7/AAD5/97/DAAAAAAAAAAAAAAAAAAAAAAA+f/6/wAAAAAbAPj/+v/r/+z/7P/t/+3/7f/t/xQA7P8AAOz/7P/t/+3/AADs/+z/wP8AANr/2P/I/9b/9f8PAOz/6//s/+r/5//n/+v/FgAVAOv/7f/3/+z/6//q/+7/FADs/wAAAAAAAPP/7P/s/wAAAAAAAAoAAAD2/wAAAAAUAOz/7P/t/+z/7P/s/+z/8/8AAAAAAAAAAAAAAAAPABUA6//s/+r/7P/s/+v/7P8UAO3/AAAAAAAA7P/s//T/0P+//8v/w//b/+P/LgDJ/+z/7P/s/+z/AADt/xQA7P/q/+z/7v/w/+T/2//s/xYA7P/t/+3/+f/u/+z/FADz/+v/6//s/+z/7P/r/xUA7P/O//D/8P/x//v/JgDn//D/AAAAAAAAAAAAAAAAAAAAAPj/3/+z/9f/yv+w//r/AAAUAOz/7P/v/+3/7P/s/+z/7P/s//T/+v/u/+3/7P8UAAAAAAAAAAAAAAAAAAAAAADd/woAAADb/+X/5v/R/9n/1/8AANv/5//Y/9b/1v8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxf/V/9b/6f8zANP/0v/X/wAAAAAAAO//FADs/wAA7P/l//r/6P/p/xMA2//j/+T/EwAAAAAAAAAAAO3/7v8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/wAA7f8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/6v/o/+v/5f/q/+T/FwAAAAAAAAAAAAAAAAAAAAAAAADm/wAA+f/p/+3/7P8aAOz/7P/0//r/7v/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAGADm/+b/+P/p/+n/4v8AAAAAAAAAAAAAAAAAAAAACgAIANT/AADb/+b/yP/Y/wAAAAAAAAAAAAAAAAAAAAD7/xMAAAD5/wAA8f8AAPT/LQDV/9X/xf/Q/+n/zv/X/+z/FgDo/+r/7f/s/+T/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAOv/4P/p/+H/2v/W/+r/9v8eAAAAAAAAAAAA4v8AAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/u/wAA7f/s/+//6//s/+z/7P/s/+f/7P8UANP/AADf/97/6P/Y/xIA2P8AAAAAAAAAAAAAAAAAAAAAz//o/9H/0v/S/8f/IADZ/+z/7P/s/+z/7P/s/xQA7P/s/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOD/4//e/+n/7f/o/xkA6f/s/+z/7f/r/xQA6v/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/x4AAADj/+j/4v/Y/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOz/7f/s/+z/6f/r//D/9/8AAAAA+v/r//H/IgAAAAAAAAAAAAAAAAAAAAAABgDa/97/2//q/+n/7P8NAA0A3//r/+j/6v8VAOL/1f/s/+z/7P/s/+z/7P/s/xQA+//3/wAAAAAAAOn/IwAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6f/u/+v/6v8XAOr/9f8VAPX/AADw/+z/6v/2/+z/FwDo/+//7P/t/+P/8f/r/93/0f8AAPH/FgDk/+T/7P8SAOv/7P/s/+z/9//s/wAA7P/s/+3/7P/s/wUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAA2P/s/+P/6//t/wAA4v8UABQA7P/t/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAPr/AAAAAO3/FAAAAOz/7//t/+z/7P/q/+3/AAAAAAAA7P8WAPP/AAAAAAAAAAAAAAAAAAAAAPf/9//y//T/AAAUAPf/7P8UAAAAAAAAAAAA7P8AAPv/AAAAAAAAAAAAAAAAAAAAABkA7P/Y/97/1v/n/+z/2P/s/+z/7P/s/wAA7v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIANT/0f/T/9P/vf/O/7L/7v/w//v/7v8AABQA7f/v/wAAAAAAAAAAAAAAAAAAAADl/xQA6//r/+X/BwDq/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1AND/xv/G/9P/4//E/9z/AAAAAAAAAAAAAAAAAAAAANf/2P8AAOr/6f8AAMn/AAATAM7/yf/s/8z/3v/K/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/4//s/+z/GADs/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/FADu/wAA7P/s//H/7f8AAAAAAAAAAAAAAAAAAAAA7P/t/wAAFADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/6v/J/+f/7P/7/+r/FwDh//P/AAAAAPH/+v/s/+7/FADu/xUA+P/r/wAA7v/s/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/7/wAAAAAAAAAA9/8WAAAAAAAAAAAAAAAAAAAAAAAlAMv/sf+z/8r/7v+f/wYA6/8xAMj/7P/W/xQA5P/r/93/v//R/9L/NgDM/87/x/8AAAAAAAAAAAAAAAAAAAAA9P/r/+3/8/8VAO3/6//s/wAA7P8AAAAA+v/q/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/x//X/9z/2//X/+r/LQAUAO3/7f/v/+7/7P/s/+7/2P8WAOn/5f/l/9j/5P8AAOz/FADs/+z/7f/s/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/w//h/9r/6f8HANb/5P/m/xkA5f/m/+n/5v/m/+X/6f/H/7j/yf8NAPP/6P+l/9v/xP/N/97/0f8AAAYAyf8AAAAAAAAAAAAAAAAAAAAA3v/l/+T/3v/i/97/2P8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8cAAAA6P8AAAAA+v/m/wAAAAAAAAAAAAAAAAAAAAAHAMr/yv/H/9T/zv8AANP/AAAAAAAAAAAAAAAAAAAAAOj/2f/r/+b/EQDa/+L/+v/z/wAAAAAAAAAAAAAAAA8A7P/s/+j/7P8UAOz/7P/s/+z/7P/v/+3/7v/s/xQA7P/a/9L/zP8IAN3/4v/c/w8A7v8AAAAAAAAAABIAAAAAALv/TACR/9L/9/+K/9P/fv/s/xYA7f/r/+z/7P/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP8wANP/7//l//X/xf/i/wAAAAAAAAAAAAAAAAAAAADn/xcA6f/p/+v/6v/r/+r/zP8fAN//6P/J/9//4//n/wAAAAAAAAAAAAAAAAAAAADk/xsA7P/w//P/7v/m/+f/AAAAAAAAAAAAAAAAAAAAAOr/FQDr/+v/6//q/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xoA6f/0/+r/6v/k/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADt/wAAAAAAAOz/7f/3/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7v/t/+z/7P/s/xQA7f/y/+z/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOn/FgDm/+v/6//q/+n/6f8AAAAAAAAAAAAAAAAAAAAA6f8cAOn/5P/j/+f/3P/p/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+7/7f/s/+z/7v8UAO3/AAAAAAAA7P/t/wAAAAAAAAAAAAAAAAAAAADq/+v/FgDq/+v/6f/q/+n/AAAAAAAAAAAAAAAAAAAAAOz/GADs/+3/7P/x/+v/6/8AAAAAAAAAAAAAAAAAAAAAlP9iAKj/tP+S/4n/6/+h/wAAAAAAAAAAAAAAAAAAAAD1/xUA8//6//L/AADr//L/7P/s/+z/7P/s/+z/FADs/wAAAAAAAO3/7P/Z/+T/7P8AAAAAAAAAAAAAAAAAAAAA0v/g/9T/2//l/8P/LgDP/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr//v/8v/s/+r/7P/r/+L/3v/n//D/4f/i/93/IwDk/97/DwC4/xIA3f+//9z/7P/s/+z/7P/s/xQA7P/t/9H/AADy/wAA0f/m/77/0f/y/8f/qP8fAPf/zf+g/xEAAAAAAAAAAAAAAAAAAAAAAOn/4v/q/9j/6/8oANj/2P8AAAAAAAAAAAAAAAAAAAAAzf8GAOn/5//g//D/zf8AAOz/7v/s/+z/AAAUAOz/7P/s/+z/9//w/+3/FADs/+//zv/T/93/4f/I/+L/EQAAAAAAAAAAAAAAAAAAAAAAAADw/wAA2f/t/+z/2P/2/woAAAAAAAAAAAAAAAAAAAAAAOv/AADr/+z/7f/s/wAA7P/G/8//DQDL/9T/zP/F//b/AAAAAAAAAAAAAPr/CQAAAAAAAAAAAAAAAAAAAAAAAADY/ykA2P/Y/+b/1//g/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPr/AAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAANX/6/++/77/NgDM/9P/x/+h/73/t/+0/zQAkf/b//n/AAAAAAAAAAAAAAAAAAAAANX/AAC9/73/NwDI/6v/2P8AAAAAAADv/xQA7P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//g/xcA1P/O/77/5v/K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACADQ/7r/x//F/+3/v/8XANT/3f/v/7D/+f/T/8P/CwDc/93/2f/l/wAAKADc/9j/AAAAAAAAAAAAAAAAAAAAAD8A0P/G/7r/1//K/6z/wf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/6f8QAOj/2v/7/93/2v8AAAAAAAAAAAAAAAAAAAAA7f/T/8T/u//7/+7/9f/p/+P/FADr/+j/BwDr/+z/0f/f/9j/6//q/+n/FADx/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA1//T/9b/7P/Q/wAA1v8AAOz/7P/r/+3/7//s/+z/FADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/7//t/+z/7v8UAOz/7P8ZAOf/AAAAAPr/AADn//n/uf/Z/9z/s//E/7P/KQC1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/Q/+j/5f/X/+r/GQDZ/+3/FADs/+3/7f/u/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuP/g/9X/1P/Q/7r/OgDV/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/t/xQA7P/s/wAAAAAAAPT/+f/Y/+7/KADv/+z/7P/1/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAAAAAAAAABIAAAD0/wAAAAAAAAAAAAAAAAAAAADr/+b/7v8UAOn/8//q/wAA6P8ZAOz/4f/s/+H/4v/s/xYA6//r/+v/6f/r/+j/6/8fAOf/2//6/wAAEQC5/+//7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/xMA6//r/+n/7P8AAOz/AAD0//H/9f/4/wAAEgD0/+v/FgDr/+v/7P/s/9T/6//r/yAA2//Z/+b/2P/n/9j/7P/s/+z/7P/t/+z/7P8UAM//EgDm/87/xf/D//X/0f/p/xgA4P/p/+r/6v/Z/9//AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADr/xMA6//r/+z/7P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+n/7P/s/xQA8v/r/9X/xv/K//j/DwDQ/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//H/7f/t/xQA7f/t/xQA7f/s/+//7f/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAOr/6//r/93/6//r/9j/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/u/+3/7P8UAOz/6v8AAOL/6f/r/+z/AADp/+z/7P/s/+z/7P8UAOz/7P+4/9r/1f/G/9r/GADw/9j/LQD2/8f/wv+c/7H/7v+S/wAAAAAAAAAAAAAAAAAAAAAMAOT/0f/r/93/FADr/+v/2v/t//b/AAAAABQAAADv/wAAAAAAAAAAAAAAAAAAAAAAAOf/1P/d/+L/1f8AAOf/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/+P/x/+r/CgC7/83/7//r/+3/4P/v//r/FQDu/+z/7P8AAAAAAAAAABQA7f8AAOz/7P/s/+z/7f8UAOz/7f/s/+z/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7v8UAPD/9P/s/+j/7/8UAPr/AAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAO//3P/a/9f/2P8AANL/AAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAAPj/7f8TAO7/6/8VAO3/AADv/wAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkANL/0f/S/+P/xP/e/+n/AAAAAAAAAAAAAAAAAAAAAOP/rv+p/7P/tf8AAOn/4v/q/+n/5/8XAOb/4v/r/+r/5v/F/8v/3f/i/9L/zP8uACsA4//W/9//1P/P/9T/2v/1/yUA7v/v/wAA7f/q/+j/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAsANT/vv/T/7f/pf/f/9f/PgC9/67/uP/U/57/4P+z/+z/9//t/xQA7v/s/+z/7v8AAAAAAAAAAAAAAAAAAAAA4f8WAOv/7P/s/+r/7P/r/wAAAAAAAAAAAAAAAAAAAADq/8z/5f/f/83/0v8SAAwA7P/s/+z/7f/s/+z/FADs/9r/3P/P/9T/2f/T/ykAzf/s/+3/7P8UAO3/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/7P/s/xQA7f/s/+z/7P/q/+r/6v/p/+z/7f8WAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA3P/e/9z/2P/i/9z/+P8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/+//2//X/FQD0/+X/7P8IANj/2/8AAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/6f8iAOz/7P/p/9v/5v/h/9z/4v/m/9r/HQDo/9P/0v/U/9L/2v/Q/y0Azv/s/+z/7P/r/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/AADu/xQA7P8AAPj/AAAAAAAA6P/4/yQAAAAAAAAAAAAAAAAAAAAAAOr/5//s//H/8P/s/xcA+f/7/wAAAAAAAAAAAAAIAAAAKgDY/+H/5//h/9f/1//b/9n/CAALAMj/5P/l/87/3//g/+n/1//p/+v/HgDl/+P/7P/s/+z/7P/s/+z/7P8UAOv/7P/s/+z/7P/s/xQA7P/y/87/1f/m/9j/1P8OAOH/HwDl/83/5P/i//r/2//S/wAAAAAAAAAAAAAAAAAAAADY/xQA7f/r/9r/2P/r/wAA7P/s/xUA+P/7/+3/6//s//P/AAAAAAAAAAAAAA0AAADy/7b/uf+2/7H/vf8sAMD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAK3/7v/Y//P/x/8JAOz/9v/s/9z/r/+6/6P/KADh/5z/y//g/93/0P/y/zIAxf/b/+v/AADr/+H/6f8UAN//4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAANAAAAAAAAAAAAAAAAAAAAAADX/ysA3P/b/+X/1v/U/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/t/+n/6f/o/xgA4f8AAAAAAAAAAAAAAAAAAAAA7P/r/+3/9P/t/+3/6/8VAO3/6/8UAOz/7f/s/+z/9f/s/+v/7f/0/+3/7f/r/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/u/+7/7P8UAO7/6v/q/+r/6f/s/+3/FgDp/8z/7v8GANr/xv/x/wAAwP8AAMv/2P+9/8j/of8pANH/1f8AAOz/7P/q/9T/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/9v+4/8j/r/+5/9v/nP8AAAAAAAAAAAAAAAAAAAAA8v/v/+r/5v/P/+3/7//X/yMA7f/1//D/AADt/9z/7/8AAAAAAAAAAAAAAAAAAAAACQDJ/9j/0P/Q/wAA5f/h/+z/FgDt/+v/7P/s/+r/6//0/w8A4/8AAOj/wv/o//H/5v/k/wAA6f/q/9z/CQDq/wAAAAAAAAAAAAAAAAAAAAAAAOr/7P/s/+z/1/8QAOz/AAAAAAAAAAAAAAAAAAAAAMz/7P/s/+7/7P/z/+n/FADw/+3/AAD6//b/FAD2/+7/AAAAAAAAAAAAAAAAAAAAAOz/9P/t/+3/+P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/x/8AANz/0P/6/8X/5v/Y/9H/2P/h/9b/HgDW//v/5P8AANr/5f/X/+r/yv/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/q/+z/FADW/wAA2v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAPH/AAAWAPn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/6v8UAOD/xP/0/+P/AAAAAAAAAAAAAAAAAAAAAOz/2f/q/+7/7P8AAAAAyf/a/x4A7P/z//H/8f/W//T/LQDW/8X/1v+9/5H/6//I/wAAJgDo/9n/8f/Y/8D/6v/V/+b/6f/O/+H/wf8QAAwAAAAAAAAAAAAAAAAAAAAAAAAAxP+3/6z/y/+j/xUAtv8AAM7/3P/m/+r/4P8AAND/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/2P/k/9z/AADH/xgA6P8AAPT/8f/1//j/AAASAPT/+/8AAO3/FAAAAPP/6//s/xgAAAAAAAAAAADZ/+z/AAAAAAAAAAAAAAAAAAAAAAAA+f/s/+z/7P/s/+r/EwDs/yUA2v/s/+z/7P/Y/+f/7P8AAO3/AAAAAAAAAADx/xQA7P/t/+z/9v8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAADm/+r/2P/Y/+j/zP/j/xwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/8v/1P/o/+n/NADU/93/7P/s/xUA7P/r/+v/6//e/+7/9f8AAPr/7P/y/+3/FAAAAAAAAAAAAAAAAAAAAAAAo//L//L/2/+g/yMA0f/c/8f/4f/Y/+v/3/8HAAAA0P/W/9b/FADs/+v/2f8AAOz/6//s/+r/3f/t/+7/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+z/7P8UAO3/5//M/8r/zf/W/8v/MgC0/wAA7P/o/+3/7f/p/w0A8P/h/9z/5f/i/+X/1//c/x8AAAD7/xoAAAAAAPf/9P8AAOL/GQDm/+j/6//p/+f/7P/t/+//7f/s/+7/FADs/+z/0/8AAN//3v/o/9j/EgDY/wYA2v/p/+z/5v8AAOf/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOn/7f/2//L/6//s/+7/6P8AAAAA9f8AAPX/KAAAAAAAAAAAAAAAAAAAAAAAAADi/+v/6f/X/+b/5/8ZANL/7P/u/+z/7//z/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAKAOH/4P/6/+z/2P/Y/xEAFAAAAAAAAAAAAOz/AAD7/wAAAAAAAAAAAAAAAAAAAADr/9j/KADl/+//2P/g/+b/x//G/1AAsf+t/6D/y/+o/77/sv9VAMD/uP/C/53/xf/s/+z/FADs//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPn/0P/2/87/8v/g/xQA0//s/+7/AADx/+z/7v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/X/+r/6v8AAOr/yv8OABQA7P/u/+3/AADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA4v8dAOr/6v/Y/9j/+v/l/9v/KwDS/+H/1v/X/9X/2v/c/+z/7P/q/+v/6f8VAOf/0v8AAAAA3//c/9X/BwDs/+L/w//C/8T/0f/V/ywAxf+6/w4Arf+r/woA5f/d//b/7P/t//T/9f8AABQA8P/x/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9r/4//a/9P/t//M/zoA6P+o/9n/xv/w/xoA3f/Y/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA8//4/+z/7P/s/+z/7P/s/xQA7P8UAO3/AAAAAAAA+f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/+b/6f/r/9X/9P/p/xgA4P/y/xQAw/8AAMv/8P/X/yQA7P/k/+X/7P/d/9X/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/r/+v/FAD3/+v/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+z/7P/5/+r/EwDY/wAA6f/p/+j/6P8RANn/6f/p/+n/2//Y/w4A4v/e//b/xv/G/7P/x/8AANL/AADs/+z/7P/s/wAA8P8UAO3/1f/P/77/vf/W/9P/QgDF/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/+//s/+3/FAAUAOz/7P/s//f/9v/s//D/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/s/+7/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADp/xcA7P/n//r/6P/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/wv/n/9X/2f/m/77/GgAAAAAAAAAAAAAAAAAAAAAA3//Z/9j/6P8AAN//6v8AANz/7P/d/9v/FAAAANn/6//s/+z/7P/s/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAANH/zv/X/wAA+f/J/zQA1f/l/xIA2P/p/9//2P8AAOf/5P8AAN7/6/+5/+n/1f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwf/m/9z/2/8HAM7/0f8ZAAAAAAAAAAAAAAAAAAAAAADs/+3/7f8AAPX/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAEwDf/9j/3P/Y/9j/2P/q/+z/5P+9/7//2P+6/wwA2P8cAOT/6//3/9//5f/p/9j/HADk/+v/9//f/+X/6f/v/+z/7f/u/wAA7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA7P/s/+z/6//q/+r/x//A/9f/xP/Q/9j/MADL/+z/7P8VAPj/+//t/+v/7P/1/xYA6//3/+//AAD1/wAAGgDj/+P/5//o/+P/5//k/+z/7P/s/+3/8P/s/+z/FADj/9f/yv/O/8v/7/8AABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+P/6//r/+r/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAN3/1v/e/+z/7v8SAAAA6v/Y/+v/5f8VAOz/7P/s/+z/7P8VAOv/7P/s/+v/6v/n/yQA2P/m/97/8f/Y/+T/2P/b/wAAwf/p/6H/1f/Q/+n/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAD4/+7/FADy/wAAAAAAAAAA9f/t/xQA7P8UAOv/9v/4/+z/6//s/9j/CQDZ/9v/2P8AANj/2f/q/xYA6P/p/+v/6P/p/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/s/+z/FADq/+b/7P/r/9//8P/m/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOv/7P/s/+H/5v/r/+v/AADX/+r/7v/x/w0A6P/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7P/u/+z/7P8UAOb/5/8NAPP/+f/Y//P/AADr/+v/7P/s/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAANv/3f/b/w0AvP8MALP/4P/m/+j/EQAAANT/0//6/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+7/8P8UAPX/7v/r/+v/EwAAAAAAAAAAAAAA7f8AAAAAJgDr/+r/9v/c/9j/8v/o/8j/5/8KANP/0f8sAOr/AAAAAAAAAAAAAAAAAAAAAAAAuv+8/6j/rP/d//D/BgDd/9v/tP/s/5H/2v/F/yMAAAAAAAAAAAAAAAAAAAAAAOr/8f/Y//D/FwDT/9z/1f8UAOz/7P/v//L/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANT/EgDB/8r/xP/t/wUAy/8AAAAAAAAAAAAAAAAAAAAALQDp/+f/7P/r/9j/2v/p/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/wAA7P/s/+3/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+//8v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAPv/AADx/xIA'
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
        regex: new RegExp(
        // The linters' names, and words of a step that formats or checks style whatever the tool.
        String.raw `\b(?:${LINTER_NAMES})\b|\blint|\bfmt\b|(?<![-=])\bformat|\bstyle\b|\bstylecheck|\bblack\b|\bgolangci|\bgo vet\b|\bktlint|\bdetekt|\bspotless|\bcheckstyle|\bmarkdownlint|\beditorconfig|\btypos\b|\bspell(?:ing|[- ]?check\w*)\b|\b(?:htmlhint|jslint|pylama|prospector|vulture|ktfmt|swift-format|stylua|luacheck|fourmolu|textlint|vale|proselint|rstcheck|doc8|rst-lint|restructuredtext-lint|misspell|taplo|yamlfmt|oxc|kubeconform|kube-score|conftest)\b|\bbuf (?:lint|breaking|format)\b|\btrunk check\b|\b(?:es|style|ox|ts|js|html|sass-|scss-|ls-|erb_?|haml-|slim-|golang|luac|selene|sol|hado)lint\b|\b(?:dart|flutter) analyze\b|\bdotnet format\b|\bmix (?:format|credo)\b`, 'i'),
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