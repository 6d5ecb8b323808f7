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
    cue('lockfile', 'PAT-006', /\block[- ]?file\b.{0,120}\b(?:out of date|outdated|not up[- ]to[- ]date|out of sync|needs? (?:to be )?updat|would (?:have been )?modifi|mismatch|inconsistent|changed significantly|does not match|is not in sync|can(?:'|no)t be updated|does not contain a compatible)|\bfrozen[- ]lockfile\b|\b(?:cannot|can't|unable to) update the lock[- ]?file\b|\b--locked was passed\b|\bAdd the current platform to the lock[- ]?file\b|\block[- ]?file (?:had changes|is frozen)\b|\bmodified lock[- ]?file\b|\brequires lock[- ]?file changes\b|\bWould change \d{1,5} dependenc|\bnot present in the lock[- ]?file\b|\block mismatch\b|\bchanges to the lock[- ]?file\b|\bupdates? to (?:go\.mod|go\.sum|[\w.-]{1,60}\.lock|(?:the )?lock[- ]?file) (?:is |are )?needed\b|\bdisabled by -mod=(?:readonly|vendor)\b|\b(?:in|because) (?:deployment|frozen) mode\b|\bdependency verification failed\b|\bverifying \S{1,200}: checksum mismatch\b|\block state\b.{0,120}\bout of date\b|\bsince (?:the )?(?:[\w.-]{1,60}\.lock|lock[- ]?file) was (?:last )?(?:generated|updated|created)\b|\b(?:update|regenerate|refresh|fix|sync) (?:your |the )?lock[- ]?file\b|\b(?:run|try) \W?[\w-]{1,20} lock\b|\b(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Gemfile\.lock|Cargo\.lock|composer\.lock|Pipfile\.lock|uv\.lock|go\.sum|packages\.lock\.json|Podfile\.lock|mix\.lock|pubspec\.lock|Package\.resolved|flake\.lock|gradle\.lockfile|bun\.lockb?|[\w-]{1,60}?-lock\.(?:ya?ml|json)|[\w-]{1,60}?\.lock)\b.{0,120}\b(?:out of date|outdated|not up[- ]to[- ]date|out of sync|needs? (?:to be )?updat|missing|mismatch|inconsistent|does not|would)/i, 58, true),
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
    features: "b:0 0\nb:0 a\nb:0 a04\nb:0 a07\nb:0 a1082be0\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 a7aef8b1\nb:0 ac6\nb:0 actionable\nb:0 actions\nb:0 actual\nb:0 ad613ffba\nb:0 agent\nb:0 alpha1\nb:0 alpine\nb:0 alpine3\nb:0 als\nb:0 amd64\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 artifacts\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 assigned\nb:0 assignment\nb:0 at\nb:0 attempt\nb:0 available\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b2\nb:0 b3a\nb:0 b4c\nb:0 b5c67\nb:0 b7\nb:0 b7c1d6e3f\nb:0 bad\nb:0 bash\nb:0 bd\nb:0 be95da1\nb:0 between\nb:0 bin\nb:0 binutils\nb:0 black\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 branchpoint\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 build1\nb:0 building\nb:0 builds\nb:0 built\nb:0 bun\nb:0 but\nb:0 by\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 ca9\nb:0 cabal\nb:0 cache\nb:0 call\nb:0 cannot\nb:0 cart\nb:0 catch\nb:0 cc\nb:0 cgen\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 class\nb:0 clause\nb:0 clean\nb:0 cleanup_file_variables\nb:0 client\nb:0 code\nb:0 codex\nb:0 col\nb:0 columns\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 contract\nb:0 core\nb:0 could\nb:0 cp310\nb:0 cp311\nb:0 cp314\nb:0 critical\nb:0 cs\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 d4ba2\nb:0 date\nb:0 db\nb:0 dbe9cd2fc\nb:0 deb12u1\nb:0 debian\nb:0 debugger\nb:0 decimal\nb:0 declarations\nb:0 def\nb:0 dependencies\nb:0 depends\nb:0 deprecation\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 docker\nb:0 doesn\nb:0 don\nb:0 done\nb:0 double\nb:0 during\nb:0 e\nb:0 e04\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e58d67b4\nb:0 e7\nb:0 e8f\nb:0 eadcdc7d\nb:0 echo\nb:0 efde290b\nb:0 efe31b98f2\nb:0 eff\nb:0 either\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 execute\nb:0 executed\nb:0 executing\nb:0 exit\nb:0 exited\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 extracting\nb:0 f\nb:0 f1d2c3b\nb:0 f242abd9c8e\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f7\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 fb\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 flash\nb:0 fn\nb:0 for\nb:0 forbidden\nb:0 format\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 gcc\nb:0 gcr\nb:0 gdb\nb:0 generated\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 glob\nb:0 go\nb:0 got\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 h0s9kvb6g2sinako7ub77ku\nb:0 has\nb:0 hash\nb:0 head\nb:0 high\nb:0 home\nb:0 homeassistant\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 i128\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 imports\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 installing\nb:0 insufficient\nb:0 int\nb:0 into\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 ist\nb:0 it\nb:0 items\nb:0 j30\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 line\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 lost\nb:0 m\nb:0 m0s\nb:0 m104\nb:0 m12\nb:0 m21\nb:0 m237\nb:0 m309\nb:0 m47\nb:0 m49\nb:0 m62\nb:0 m64\nb:0 m67\nb:0 m7\nb:0 m78\nb:0 m84\nb:0 m88\nb:0 main\nb:0 make\nb:0 manuell\nb:0 matching\nb:0 measured\nb:0 mecho\nb:0 medium\nb:0 memory\nb:0 merge\nb:0 merror\nb:0 message\nb:0 mfi\nb:0 mhelp\nb:0 mi\nb:0 mif\nb:0 milliseconds\nb:0 min\nb:0 minute\nb:0 minutes\nb:0 missing\nb:0 mnote\nb:0 mnpm\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 mother\nb:0 ms\nb:0 mshared\nb:0 multiple\nb:0 mvalue\nb:0 name\nb:0 nanopb\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 newlib\nb:0 newline\nb:0 newly\nb:0 no\nb:0 node\nb:0 nodes\nb:0 none\nb:0 normal\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 oder\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 operation\nb:0 or\nb:0 origin\nb:0 outer\nb:0 p\nb:0 p1\nb:0 package\nb:0 packages\nb:0 paket\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pip\nb:0 pkg\nb:0 please\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 post0\nb:0 post1\nb:0 pre\nb:0 prepare\nb:0 prepare_executor\nb:0 previous\nb:0 print\nb:0 problems\nb:0 process\nb:0 prod\nb:0 projects\nb:0 pub\nb:0 pull\nb:0 pwsh\nb:0 py2\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 r2\nb:0 ran\nb:0 rc1\nb:0 rc2\nb:0 rc3\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 rejects\nb:0 release\nb:0 releases\nb:0 repack\nb:0 requires\nb:0 resolving\nb:0 resource\nb:0 resources\nb:0 retries\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 run\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 s2n\nb:0 saas\nb:0 scenarios\nb:0 scrapling\nb:0 sdks\nb:0 sec\nb:0 second\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 set\nb:0 sh\nb:0 sha256\nb:0 shellcheck\nb:0 should\nb:0 sid\nb:0 simple\nb:0 site\nb:0 skipped\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 soroban_sdk\nb:0 source\nb:0 spond\nb:0 src\nb:0 state\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 style\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t00\nb:0 t03\nb:0 t06\nb:0 t08\nb:0 t09\nb:0 t10\nb:0 t10_00_00_000\nb:0 t14\nb:0 t15\nb:0 t16\nb:0 t17\nb:0 t20\nb:0 t21\nb:0 t22\nb:0 target\nb:0 task\nb:0 temperatures\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 then\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 title\nb:0 tmp\nb:0 to\nb:0 too\nb:0 took\nb:0 toolchain\nb:0 total\nb:0 trailing\nb:0 true\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu0\nb:0 ubuntu1_amd64\nb:0 ubuntu2\nb:0 ubuntu3\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unter\nb:0 unused\nb:0 upgraded\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 v0\nb:0 v1\nb:0 var\nb:0 variable\nb:0 variante\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 we\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 wildcard\nb:0 will\nb:0 windows\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x8000_0000\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 you\nb:0 z\nb:0 zephyr\nb:0 zig\nb:0 zzpmw\nb:a 0\nb:a b\nb:a bash\nb:a binary\nb:a blank\nb:a branch\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a default\nb:a denial\nb:a directory\nb:a e\nb:a f\nb:a failure\nb:a feeds\nb:a few\nb:a file\nb:a free\nb:a full\nb:a g\nb:a gradle\nb:a hard\nb:a healthy\nb:a i\nb:a in\nb:a invoices\nb:a is\nb:a k\nb:a key\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a mavi\nb:a missing\nb:a multiline\nb:a must_use\nb:a n\nb:a new\nb:a newer\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a project\nb:a promise\nb:a proxy\nb:a r\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a required\nb:a return\nb:a s\nb:a shutdown\nb:a signed\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a temp\nb:a test\nb:a tunnel\nb:a type\nb:a u\nb:a userland\nb:a using\nb:a v\nb:a valid\nb:a version\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a x_\nb:a y\nb:a01e7751d80c config\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4006 this\nb:a_ m\nb:aaa api\nb:aaa go\nb:aarch64 apple\nb:aashish thapa\nb:ab0x go\nb:ab284314 0\nb:abi3 manylinux_2_34_x86_64\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:abuild rpmbuild\nb:ac6 0\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme 0\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:act_container_manager py\nb:act_linter py\nb:action actionlint\nb:action cogni\nb:action download\nb:action executor\nb:action fail\nb:action guilouro\nb:action https\nb:action output\nb:action package\nb:action repository\nb:action step\nb:action tarball\nb:action use\nb:action v2\nb:action v3\nb:action v4\nb:action_actionlint 0\nb:actionlint https\nb:actionlint v1\nb:actions 0\nb:actions are\nb:actions cache\nb:actions checkout\nb:actions codecov\nb:actions codespell\nb:actions runner\nb:actions runs\nb:actions setup\nb:actions task\nb:actions upload\nb:active on\nb:activity kt\nb:actual 0\nb:actual behavior\nb:actual classes\nb:actual typealiases\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add the\nb:add url\nb:added 0\nb:added go\nb:added to\nb:adding 0\nb:addition works\nb:additional logging\nb:address 0\nb:address all\nb:address range\nb:addresses should\nb:ade2 ce061790ffbc\nb:admin py\nb:admin rs\nb:admin web\nb:advice by\nb:advice detached\nb:advisories 0\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:aes gcm\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after catch\nb:after changing\nb:after opening\nb:after running\nb:agent 0\nb:agent action\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent lost\nb:agent machine\nb:agent md\nb:agent name\nb:agent process\nb:agent running\nb:agent version\nb:agent_1 container\nb:agents a\nb:agents cogni\nb:aggregate py\nb:ago 0\nb:ai agent\nb:ai architect\nb:ai code\nb:ai config\nb:ai devops\nb:ai elite\nb:ai plan\nb:ai reviewer\nb:ai security\nb:aiogithubapi 0\nb:aiohappyeyeballs 0\nb:aiohasupervisor 0\nb:aiohttp 0\nb:aiooui 0\nb:aiosignal 0\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:aliases clean\nb:all 0\nb:all artifacts\nb:all build\nb:all check\nb:all configured\nb:all dependencies\nb:all error\nb:all extensions\nb:all false\nb:all files\nb:all http\nb:all issues\nb:all matched\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all targets\nb:all test\nb:all tests\nb:all to\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow m\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allowed 0\nb:allowed time\nb:allows for\nb:alongside the\nb:alphabetical case\nb:alpine v3\nb:alpine3 0\nb:alpinelinux org\nb:already exists\nb:already the\nb:als also\nb:also home\nb:also see\nb:alternative instead\nb:always auth\nb:always error\nb:always fails\nb:always false\nb:amd64 c\nb:amd64 components\nb:amd64 packages\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:amphp http\nb:an argument\nb:an assembly\nb:an empty\nb:an error\nb:an exception\nb:an existing\nb:an item\nb:an iterator\nb:an s\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and actual\nb:and audited\nb:and because\nb:and cache\nb:and commit\nb:and contributors\nb:and d\nb:and declarations\nb:and deleting\nb:and dependencies\nb:and determine\nb:and file\nb:and firewall\nb:and handle\nb:and has\nb:and hooks\nb:and installed\nb:and instead\nb:and is\nb:and legacy\nb:and may\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and s\nb:and scrapling\nb:and should\nb:and sub\nb:and test\nb:and that\nb:and the\nb:and upgrading\nb:and use\nb:and value\nb:and word\nb:and writing\nb:and you\nb:andi i\nb:android 0\nb:android app\nb:android gradle\nb:android kt\nb:android log\nb:android main\nb:android sdk\nb:android support\nb:android test\nb:android tools\nb:android unit\nb:ankitshubham workspace\nb:annotated types\nb:annotation for\nb:annotation no\nb:annotation unchecked\nb:annotations enums\nb:annotations should\nb:anomaly_history json\nb:anonymous file\nb:anonymous test\nb:ansible galaxy\nb:ansible role\nb:answer action\nb:any branches\nb:any changes\nb:any commits\nb:any expected\nb:any from\nb:any no\nb:any none\nb:any of\nb:any return\nb:any whl\nb:anyio 0\nb:anything in\nb:ap fedbox\nb:apache 0\nb:apache httpcomponents\nb:apache maven\nb:apache org\nb:apache pulsar\nb:api 0\nb:api aaa\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api gradle\nb:api internal\nb:api proto\nb:api src\nb:api tasks\nb:api test\nb:api users\nb:apis proto\nb:apk add\nb:app 0\nb:app beringin\nb:app build\nb:app compile\nb:app css\nb:app data\nb:app git\nb:app help\nb:app kt\nb:app ktlint\nb:app lint\nb:app login\nb:app notes\nb:app onepager\nb:app prototypes\nb:app py\nb:app run\nb:app src\nb:app ts\nb:appcompat v7\nb:appears to\nb:apple darwin\nb:application ex\nb:application spec\nb:applies a\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt apt\nb:apt get\nb:apt mirrors\nb:archinstall archinstall\nb:archinstall lib\nb:architect agent\nb:architecture x64\nb:archive false\nb:archive ubuntu\nb:are 0\nb:are allowed\nb:are available\nb:are behind\nb:are deprecated\nb:are enabled\nb:are for\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are main\nb:are missing\nb:are no\nb:are not\nb:are relying\nb:are running\nb:are sixty\nb:are test\nb:are the\nb:are trimmed\nb:are trying\nb:are understood\nb:are you\nb:area tests\nb:arg type\nb:args cmake\nb:argument 0\nb:argument error\nb:argument named\nb:arguments but\nb:arguments no\nb:arguments were\nb:ark ff\nb:arm64 0\nb:arm64 contents\nb:arm64 main\nb:arm64 packages\nb:arm64 readme\nb:around keyword\nb:around make\nb:around operator\nb:around spurious\nb:array 0\nb:array v0\nb:arrays are\nb:artifact content\nb:artifact i\nb:artifact junit\nb:artifact name\nb:artifact org\nb:artifact upload\nb:artifact v4\nb:artifacts for\nb:artifacts will\nb:arturbosch detekt\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as expected\nb:as explicit\nb:as failed\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u32\nb:as u64\nb:as u8\nb:as vsts\nb:as well\nb:assembling a\nb:assembly reference\nb:assert 0\nb:assert a\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assets assets\nb:assets familjen\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:assignment type\nb:assistant bluetooth\nb:associated with\nb:astral sh\nb:astrogilda tsbootstrap\nb:async 0\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at end\nb:at error\nb:at file\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at new\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at t\nb:at test\nb:at the\nb:at trace\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attempting to\nb:attribute 0\nb:attribute access\nb:attribute of\nb:attrs 0\nb:audit 0\nb:audit audit\nb:audit due\nb:audit fix\nb:audit for\nb:audit level\nb:audit reports\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:auth helper\nb:auth supabase\nb:authenticating and\nb:author microsoft\nb:auto 0\nb:auto corrected\nb:auto provisioning\nb:auto update\nb:automatic dependency\nb:automatic garbage\nb:available 0\nb:available at\nb:available checksums\nb:available for\nb:available v0\nb:avg c\nb:avoid a\nb:avoid using\nb:awaiting headers\nb:awaiting response\nb:awesomeness has\nb:awk allow\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure devops\nb:azure pipelines\nb:azure region\nb:b 0\nb:b a\nb:b b\nb:b b28\nb:b build\nb:b c\nb:b d55\nb:b done\nb:b e\nb:b err\nb:b f\nb:b go\nb:b gzip\nb:b i\nb:b in\nb:b l\nb:b linting\nb:b main\nb:b master\nb:b o\nb:b r\nb:b s\nb:b u\nb:b want\nb:b1a9 travis\nb:b1f0ba2 0\nb:b2 0\nb:b28 a\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b7 0\nb:b8ej_ z\nb:b_ a\nb:b_ e\nb:b_ o\nb:b_ p\nb:b_ r\nb:b_ s\nb:b_ t\nb:b_ w\nb:back to\nb:backend api\nb:backend ci\nb:backend svc\nb:backoff 0\nb:backports tarfile\nb:backticks 0\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bandit readthedocs\nb:base 0\nb:base base\nb:base container\nb:base h\nb:base64 v0\nb:based on\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash true\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bb code\nb:bc run\nb:bd 0\nb:be 0\nb:be a\nb:be auto\nb:be because\nb:be built\nb:be converted\nb:be empty\nb:be enabled\nb:be equal\nb:be expected\nb:be expressed\nb:be faster\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be of\nb:be on\nb:be one\nb:be packed\nb:be reformatted\nb:be renamed\nb:be replaced\nb:be resolved\nb:be reused\nb:be run\nb:be src\nb:be strictly\nb:be suffixed\nb:be the\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be uploaded\nb:be used\nb:be within\nb:be95da1 0\nb:because flutter_api_samples\nb:because it\nb:because locked\nb:because no\nb:because of\nb:because pnpm\nb:because scrapling\nb:because the\nb:become dashes\nb:been created\nb:been deprecated\nb:been fixed\nb:been moved\nb:been received\nb:been successfully\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before closing\nb:before continuing\nb:before declaration\nb:before expression\nb:before it\nb:before making\nb:before operand\nb:before the\nb:before token\nb:begin with\nb:behind a\nb:being treated\nb:bergmann and\nb:beringin app\nb:berui kotlin\nb:beta you\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigint v0\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing rb\nb:bin activate\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin docker\nb:bin dsafio\nb:bin g\nb:bin git\nb:bin go\nb:bin links\nb:bin ninja\nb:bin node\nb:bin npm\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:binary bitwise\nb:bind home\nb:bind p\nb:bintray com\nb:binutils 0\nb:binutils csl\nb:bitwise operator\nb:bitwise warnings\nb:bk ci\nb:black 0\nb:black check\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob storage\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blockchain client\nb:blocks its\nb:blog changelog\nb:bluetooth 0\nb:blur cpp\nb:bodies of\nb:body expression\nb:body should\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:bootstrap line\nb:boto3 0\nb:branch can\nb:branch cygwin\nb:branch linting\nb:branch m\nb:branch main\nb:branch master\nb:branch name\nb:branch refactor\nb:branch refs\nb:branch to\nb:branch unlabeled\nb:branch zephyr\nb:branches by\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:buf push\nb:buf u8\nb:build 0\nb:build action\nb:build agent\nb:build and\nb:build as\nb:build assets\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build check\nb:build codec_test\nb:build command\nb:build container\nb:build context\nb:build ctest\nb:build d\nb:build date\nb:build definition\nb:build dependencies\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build environment\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build g\nb:build git\nb:build gradle\nb:build has\nb:build itself\nb:build j2\nb:build libs\nb:build log\nb:build making\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build or\nb:build output\nb:build prod\nb:build project\nb:build property\nb:build queued\nb:build release\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build scripts\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build t\nb:build test\nb:build timed\nb:build tree\nb:build type\nb:build u\nb:build ubuntu\nb:build variables\nb:build watchos\nb:build wheel\nb:build wheels\nb:build work\nb:build_dir tmp\nb:builddir meson\nb:builder 0\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:building wheel\nb:building with\nb:buildkite agent\nb:buildprocess execution\nb:builds acme\nb:builds ci\nb:builds jobsys\nb:builds platform\nb:builds private\nb:builds shopco\nb:builds timekit\nb:builds will\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundler audit\nb:bundlers node_modules\nb:busted test\nb:but 0\nb:but are\nb:but does\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by adding\nb:by an\nb:by authenticating\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by setting\nb:by severity\nb:by summing\nb:by switching\nb:by the\nb:by this\nb:by time\nb:by using\nb:bypass the\nb:byte as\nb:bytes 0\nb:bytes received\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c date\nb:c e\nb:c f\nb:c g\nb:c gcc\nb:c h\nb:c home\nb:c i\nb:c imaging\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c k_\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c n\nb:c new\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c protocol\nb:c python\nb:c r\nb:c s\nb:c s0103\nb:c s0246\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c text\nb:c to\nb:c u\nb:c users\nb:c usr\nb:c v\nb:c w\nb:c with\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c12 g\nb:c1d2e3 update\nb:c1e 0\nb:c2065 current\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c2_ c\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache 0\nb:cache bazel\nb:cache dependency\nb:cache dir\nb:cache disabled\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache is\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache miss\nb:cache ms\nb:cache not\nb:cache npm\nb:cache opt\nb:cache overwrite\nb:cache paths\nb:cache pip\nb:cache provider\nb:cache restored\nb:cache service\nb:cache size\nb:cache targets\nb:cache true\nb:cache tzst\nb:cache v2\nb:cache v4\nb:cached dependency\nb:cachedir pytest_cache\nb:cachekey echo\nb:caches 0\nb:caches jars\nb:caches kotlin\nb:caches modules\nb:caching generated\nb:caching gradle\nb:caching instrumented\nb:caddy api\nb:caddy caddy\nb:caddy latest\nb:call failed\nb:call last\nb:call to\nb:callback until\nb:called if\nb:calls 0\nb:calls runtime\nb:camoufox 0\nb:can cause\nb:can conclude\nb:can discard\nb:can fix\nb:can happen\nb:can look\nb:can only\nb:can t\nb:can use\nb:canceled while\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot install\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:capsules r\nb:captioner py\nb:cargo bin\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo deny\nb:cargo fmt\nb:cargo lock\nb:cargo output\nb:cargo registry\nb:cargo sparse\nb:cargo test\nb:cargo toml\nb:cart applies\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:casting u64\nb:casts from\nb:catch err\nb:categories metadata\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd exit\nb:cd server\nb:cd var\nb:cdn alpinelinux\nb:ce061790ffbc config\nb:cell 0\nb:central https\nb:central plugin\nb:certifi 0\nb:cffi 0\nb:cfg conf\nb:cfg dotfiles\nb:cgen snapshot\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:change to\nb:changed but\nb:changed significantly\nb:changed source\nb:changelog 0\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:characters workspaces\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:chat android\nb:chat chat\nb:check 0\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check if\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check over\nb:check s\nb:check setup\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check unknown\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking ark\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking formatting\nb:checking job\nb:checking out\nb:checkout code\nb:checkout cone\nb:checkout deploy\nb:checkout disable\nb:checkout f\nb:checkout info\nb:checkout ledger\nb:checkout progress\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkov action\nb:checkstyle plugin\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:cholerae test\nb:chosen instead\nb:christophe documents\nb:chrome headless\nb:chunks dep\nb:chunks test\nb:ci 0\nb:ci agent\nb:ci can\nb:ci dockerfile\nb:ci for\nb:ci sardonyx\nb:ci service\nb:ci src\nb:ci test\nb:ci worker\nb:circle c\nb:circleci project\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:class test\nb:classes flag\nb:classes including\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean isntall\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli pr\nb:cli py\nb:cli run\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:click 0\nb:client 0\nb:client api\nb:client component\nb:client escrow_id\nb:client get_settled_at\nb:client git\nb:client init\nb:client kotlin\nb:client py\nb:client retry\nb:client server\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client timeout\nb:client ts\nb:clippy is\nb:clippy llvm\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy nursery\nb:clippy pedantic\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone v\nb:clone v1\nb:cloning into\nb:close the\nb:closed during\nb:closing parenthesis\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmd shims\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code c\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code loomy\nb:code paisa\nb:code reviewer\nb:code style\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codecov create\nb:codegen cpp\nb:codehaus mojo\nb:coder odder\nb:codespell 0\nb:codespell project\nb:codespell v2\nb:cogni a\nb:cogni ai\nb:col 0\nb:collect2 error\nb:collected 0\nb:collected packages\nb:collecting aiohappyeyeballs\nb:collecting attrs\nb:collecting collected\nb:collecting frozenlist\nb:collecting h11\nb:collecting jaraco\nb:collecting orjson\nb:collecting packaging\nb:collecting propcache\nb:collecting py\nb:collecting pydantic\nb:collecting pyproject_hooks\nb:collecting pytest\nb:collecting python\nb:collecting tests\nb:collecting typing\nb:collecting yarl\nb:collection 0\nb:collection import\nb:colors in\nb:colr property\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com andi\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com cogni\nb:com data\nb:com default\nb:com docs\nb:com embedded\nb:com en\nb:com ethereum\nb:com example\nb:com extraheader\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com gravito\nb:com http\nb:com ic3bur\nb:com im\nb:com increase\nb:com infra\nb:com instead\nb:com inverse\nb:com issue\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com liquifact\nb:com lowagie\nb:com mani\nb:com maps\nb:com masonj0\nb:com mavi\nb:com metrics\nb:com netkit\nb:com netops\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com pre\nb:com rails\nb:com retry\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com ubuntu\nb:com usnistgov\nb:com zephyrproject\nb:com zerox80\nb:come from\nb:comma before\nb:comma separated\nb:command 0\nb:command bin\nb:command c\nb:command command\nb:command did\nb:command example\nb:command exited\nb:command failed\nb:command git\nb:command home\nb:command in\nb:command line\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command type\nb:command usr\nb:command v\nb:command_dispatcher py\nb:command_line_interface html\nb:command_line_warnings in\nb:command_runner py\nb:command_spec lua\nb:commas inside\nb:comment or\nb:comment paragraph\nb:comment unused\nb:commit 0\nb:commit date\nb:commit hash\nb:commit hooks\nb:commit message\nb:commit pre\nb:commit s\nb:commit them\nb:commits you\nb:common main\nb:common ui\nb:common v0\nb:common v25\nb:commonly chosen\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compatible set\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile kotlin\nb:compile orders\nb:compile release\nb:compile sdk\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling ark\nb:compiling base64\nb:compiling c\nb:compiling crate\nb:compiling distribution\nb:compiling dyn\nb:compiling futures\nb:compiling hashbrown\nb:compiling itertools\nb:compiling libc\nb:compiling num\nb:compiling rand_core\nb:compiling serde_json\nb:compiling soroban\nb:compiling stackage\nb:compiling stellar\nb:compiling stg\nb:compiling thiserror\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed process\nb:completed with\nb:component 0\nb:component browser\nb:component clippy\nb:component html\nb:component llvm\nb:component rustfmt\nb:component s\nb:component_test ts\nb:components 0\nb:components common\nb:components mavi\nb:components rustfmt\nb:components small\nb:composer json\nb:composer plugin\nb:composer update\nb:compress program\nb:compression level\nb:compute agent\nb:compute cache\nb:computed to\nb:conclude that\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:cone mode\nb:config 0\nb:config changes\nb:config cmake\nb:config config\nb:config dactyl\nb:config deploy\nb:config file\nb:config files\nb:config get\nb:config git\nb:config global\nb:config is\nb:config isn\nb:config js\nb:config json\nb:config local\nb:config modules\nb:config nim\nb:config remote\nb:config rules\nb:config set\nb:config trim_trailing_whitespace\nb:config variable\nb:config zephyr\nb:configr configr\nb:configuration classpath\nb:configuration common\nb:configuration file\nb:configure project\nb:configure the\nb:configured workspaces\nb:configuring done\nb:conflict is\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect to\nb:connection anything\nb:connection client\nb:connection container\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connection was\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider removing\nb:consider using\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:construct rustup\nb:consumer http\nb:contain a\nb:contain package\nb:container 0\nb:container build\nb:container for\nb:container fragment\nb:container not\nb:container_test_runner py\nb:contains a\nb:content differs\nb:content hash\nb:content security\nb:content to\nb:content type\nb:contents home\nb:contents of\nb:contents read\nb:context 0\nb:context anonymous\nb:context deadline\nb:context home\nb:context null\nb:context of\nb:continue allow\nb:continue due\nb:contracts escrow\nb:contracts liquifact\nb:contracts target\nb:controller lambda\nb:controller schedule\nb:converted to\nb:copy c\nb:copyright information\nb:copyright u\nb:core 0\nb:core app\nb:core csproj\nb:core jar\nb:core kt\nb:core ops\nb:core panicking\nb:core services\nb:core src\nb:core ssh\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could have\nb:could n\nb:could not\nb:couldn t\nb:count 0\nb:count of\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coupon 0\nb:coverage 0\nb:coverage badge\nb:coverage none\nb:covered class\nb:cp310 cp310\nb:cp310 manylinux_2_17_x86_64\nb:cp311 cp311\nb:cp311 manylinux_2_17_x86_64\nb:cp314 cp314\nb:cp314 manylinux2014_x86_64\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu family\nb:cpu x86_64\nb:cpufeatures v0\nb:cr 0\nb:crate git\nb:crates corp\nb:crates false\nb:crates io\nb:crc builddir\nb:crc crc\nb:create a\nb:create cachekey\nb:create commit\nb:create meeting\nb:create seed\nb:create symlinks\nb:create you\nb:created at\nb:created branch\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials 0\nb:credentials ab284314\nb:credentials config\nb:credentials specified\nb:credentials true\nb:critical 0\nb:cronjs parser\nb:cross os\nb:cross site\nb:crossbeam epoch\nb:crypto aes\nb:crypto bigint\nb:crypto common\nb:crypto pbkdf2\nb:crypto pure\nb:cryptography 0\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:csl sourcerygxx\nb:cspell json\nb:csproj error\nb:csproj in\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csv export\nb:csys 0\nb:ctest changing\nb:ctest test\nb:ctrl c\nb:curl 0\nb:curl f\nb:curl fs\nb:curl ls\nb:curl sf\nb:current agent\nb:current context\nb:current image\nb:current n\nb:current node\nb:current npm\nb:current runner\nb:current scope\nb:current undeclared\nb:curve25519 dalek\nb:cusr 0\nb:custom british\nb:custom component\nb:custom_components zurichsee_ha\nb:cwiki apache\nb:cygwin 0\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d b\nb:d build\nb:d c\nb:d clippy\nb:d d\nb:d dactyl_left\nb:d ds\nb:d e\nb:d f\nb:d failed\nb:d failure\nb:d h\nb:d i\nb:d in\nb:d is\nb:d k\nb:d k1045\nb:d key\nb:d l\nb:d l3008\nb:d l3013\nb:d m\nb:d math\nb:d n\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d see\nb:d state\nb:d t\nb:d tests\nb:d timed\nb:d true\nb:d u\nb:d v\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d z\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d4ba2 0\nb:d_ a\nb:d_ b\nb:d_ e\nb:d_ t\nb:dactyl zmk\nb:dactyl_left d\nb:daemon at\nb:daemon get\nb:daemon j\nb:daemon running\nb:daemon server\nb:daemon subsequent\nb:daemon toomanyrequests\nb:dalek v4\nb:dangerously allow\nb:darling_macro v0\nb:dart 0\nb:dart md\nb:dart pub\nb:dart_web3 dart_web3\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data for\nb:data from\nb:data local\nb:data main\nb:data models\nb:data prefs\nb:data roaming\nb:database 0\nb:database failed\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date run\nb:date s\nb:date with\nb:dates dates\nb:dateutil 0\nb:david projects\nb:days 0\nb:days test\nb:db 0\nb:db git\nb:db orders\nb:dbe9cd2fc config\nb:dbkit integration\nb:deadline exceeded\nb:dealing with\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debian sha256\nb:debug 0\nb:debug analysis\nb:debug java\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug source\nb:debug target\nb:debug unit\nb:debug_html_parser py\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations and\nb:declarations move\nb:declarations with\nb:declarative checkout\nb:declared to\nb:decorator makes\nb:deep equal\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:def file\nb:def run\nb:default and\nb:default branch\nb:default build\nb:default cli\nb:default compile\nb:default instance\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default skill\nb:default stable\nb:default test\nb:default the\nb:default toolchain\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defined here\nb:defining which\nb:definition from\nb:defs annotation\nb:delay 0\nb:delete 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:deleting the\nb:demospring rest\nb:denial of\nb:deno install\nb:deny 0\nb:deny action\nb:deny toml\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies finished\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies metadata\nb:dependencies n\nb:dependencies so\nb:dependencies started\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependencies will\nb:dependency is\nb:dependency lock\nb:dependency of\nb:dependency path\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency types\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy git\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated because\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated gradle\nb:deprecated humanwhocodes\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated please\nb:deprecated raise\nb:deprecated use\nb:deprecation to\nb:deprecation warning\nb:deprecation warnings\nb:deps foreground\nb:deps get\nb:deps is\nb:depth 0\nb:depth set\nb:der v0\nb:dereferenced by\nb:derive v0\nb:derliebemarcus zurichsee_ha\nb:description elite\nb:description get\nb:description metadata\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop test\nb:destructure property\nb:detached h\nb:detached head\nb:detailed explanations\nb:details feature\nb:details home\nb:details https\nb:details see\nb:detect undefined\nb:detected for\nb:detected in\nb:detected invalid\nb:detecting c\nb:detector test\nb:detectors android\nb:determine if\nb:determining the\nb:dev 0\nb:dev null\nb:dev optional\nb:dev profile\nb:dev rnp\nb:dev server\nb:dev templates\nb:dev txt\nb:dev vuln\nb:development the\nb:device home\nb:devops pipelines\nb:dht dht\nb:dhtl_commands py\nb:dhtl_commands_standalone py\nb:dhtl_commands_workflows py\nb:dhtl_entry py\nb:dhtl_entry_windows py\nb:dhtl_github py\nb:dhtl_guardian_command py\nb:dhtl_version py\nb:diagnostics debug\nb:dial tcp\nb:dict str\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff in\nb:different than\nb:differs from\nb:digest debian\nb:digest node\nb:digest python\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir retries\nb:dir src\nb:dir var\nb:direct dependencies\nb:directive or\nb:directly in\nb:directory all\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory tree\nb:directory true\nb:disable incremental\nb:disable the\nb:disabled by\nb:disabled false\nb:disabling automatic\nb:discard any\nb:discount code\nb:dispatch v1\nb:display m\nb:displays the\nb:dist build\nb:dist chunks\nb:dist codecov\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:distributions gradle\nb:dists gradle\nb:django contrib\nb:dl cdn\nb:do echo\nb:do not\nb:do s\nb:do so\nb:doc comment\nb:doc tests\nb:docker 0\nb:docker allow\nb:docker build\nb:docker com\nb:docker daemon\nb:docker driver\nb:docker error\nb:docker executor\nb:docker failed\nb:docker image\nb:docker io\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:dockerfile home\nb:docs concepts\nb:docs faq\nb:docs for\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documentation is\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done g\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet sdk\nb:downgrade g\nb:download 0\nb:download all\nb:download complete\nb:download immutable\nb:download info\nb:download page\nb:downloaded ark\nb:downloaded crypto\nb:downloaded curve25519\nb:downloaded hashbrown\nb:downloaded hex\nb:downloaded num\nb:downloaded rand\nb:downloaded soroban\nb:downloaded thiserror\nb:downloaded time\nb:downloading amphp\nb:downloading component\nb:downloading cryptography\nb:downloading flutter\nb:downloading https\nb:downloading language_tags\nb:downloading laravel\nb:downloading phpunit\nb:downloading psr\nb:downloading py\nb:downloading pydantic\nb:downloading scrapling\nb:downloading sebastian\nb:downloading symfony\nb:downloading task\nb:downloading uv\nb:downloads example\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dsl 0\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during stage\nb:during the\nb:dyn clone\nb:e 0\nb:e a\nb:e assertion\nb:e bin\nb:e build\nb:e c\nb:e c2_\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e current\nb:e d\nb:e d_\nb:e e\nb:e f\nb:e failed\nb:e false\nb:e file\nb:e fix\nb:e full\nb:e g\nb:e h\nb:e home\nb:e if\nb:e is\nb:e l\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e noprofile\nb:e o\nb:e opt\nb:e p\nb:e p0040\nb:e p_\nb:e package\nb:e q\nb:e r\nb:e r_\nb:e release\nb:e required\nb:e s\nb:e s_\nb:e switch\nb:e t\nb:e unable\nb:e unsupported\nb:e users\nb:e v\nb:e w\nb:e where\nb:e work\nb:e x\nb:e y\nb:e0061 this\nb:e0277 a\nb:e0308 mismatched\nb:e04 0\nb:e0401 unable\nb:e0425 cannot\nb:e0599 no\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e git\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ a\nb:e_ b\nb:e_ d\nb:e_ j\nb:e_ m\nb:e_ n\nb:e_ o\nb:e_ p\nb:e_ r\nb:e_ v\nb:e_ w\nb:e_path cc\nb:each npm\nb:echo build\nb:echo c\nb:echo cachekey\nb:echo d\nb:echo h\nb:echo n\nb:echo run\nb:echo toolchain\nb:eclipse jetty\nb:edge proxy\nb:edit deny\nb:edit true\nb:editor config\nb:eebxo6ax project\nb:efe31b98f2 found\nb:eff a01e7751d80c\nb:egeria open\nb:either package\nb:either target\nb:elapsed time\nb:elements of\nb:elite agent\nb:elite autonomous\nb:elite cogni\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embark studios\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty space\nb:empty subject\nb:en 0\nb:enable cargo\nb:enable colors\nb:enable cross\nb:enable full\nb:enable running\nb:enabled for\nb:encoding u\nb:encoding v2\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:enforce required\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entirely and\nb:entities js\nb:entities lib\nb:entries plus\nb:entries pointing\nb:entry for\nb:entrypoint file\nb:entrypoint sh\nb:enums and\nb:env 0\nb:env a\nb:env common\nb:env g\nb:env target\nb:environment 0\nb:environment considered\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment unable\nb:environment variable\nb:environment variables\nb:environment waiting\nb:environment will\nb:eo pipefail\nb:eq 0\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:equivalent v1\nb:erb 0\nb:erl 0\nb:err http\nb:err is\nb:err message\nb:err typecheck\nb:errno 0\nb:errno e\nb:error 0\nb:error a\nb:error accordingly\nb:error aliases\nb:error allow\nb:error and\nb:error argument\nb:error assert\nb:error at\nb:error attempt\nb:error audit\nb:error bad\nb:error bin\nb:error c\nb:error c2065\nb:error cache\nb:error can\nb:error cannot\nb:error clean\nb:error code\nb:error comma\nb:error command\nb:error connection\nb:error could\nb:error dangerously\nb:error dependency\nb:error deployment\nb:error dry\nb:error during\nb:error e\nb:error e0061\nb:error e0277\nb:error e0308\nb:error e0425\nb:error e0599\nb:error empty\nb:error enable\nb:error encountered\nb:error errno\nb:error error\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error file\nb:error files\nb:error foreground\nb:error function\nb:error fund\nb:error funding\nb:error global\nb:error got\nb:error h\nb:error home\nb:error if\nb:error ignore\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error indicates\nb:error install\nb:error instead\nb:error invalid\nb:error is\nb:error key\nb:error killed\nb:error ld\nb:error legacy\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error log\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error network\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error omit\nb:error on\nb:error only\nb:error option\nb:error options\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error returning\nb:error run\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error set\nb:error sets\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error tells\nb:error test\nb:error the\nb:error this\nb:error time\nb:error timed\nb:error timeout\nb:error title\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unit\nb:error unneeded\nb:error unsupported\nb:error untyped\nb:error unused\nb:error usage\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors have\nb:errors in\nb:errors json\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:escrow client\nb:escrow error\nb:escrow src\nb:escrow_id sme\nb:escrow_id token\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:eta 0\nb:etc apt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:etl mem\nb:etl py\nb:ev issue\nb:evaluate option\nb:evaluator test\nb:even 0\nb:event name\nb:events 0\nb:events events\nb:ever returns\nb:ex 0\nb:ex allow\nb:ex unit\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example github\nb:example left\nb:example lint\nb:example net\nb:example orders\nb:example org\nb:example platform\nb:example port\nb:example reports\nb:example retry\nb:example specs\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded max\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exceeded while\nb:exception connection\nb:exception could\nb:exception execution\nb:exception in\nb:exception no\nb:exception the\nb:exception was\nb:exclude tests\nb:exe config\nb:exe submodule\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:execute untyped\nb:executer execute\nb:executer java\nb:executing command\nb:executing step_script\nb:execution default\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:existing false\nb:existing install\nb:existing installation\nb:existing resource\nb:exit 0\nb:exit code\nb:exit or\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect actual\nb:expect apply\nb:expect received\nb:expect settled_at\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected after\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected fail\nb:expected failure\nb:expected false\nb:expected foo\nb:expected here\nb:expected i\nb:expected list\nb:expected newline\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit force\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export const\nb:export function\nb:export to\nb:export utils\nb:exported exported\nb:exported method\nb:exported type\nb:exporting layers\nb:exporting to\nb:express typescript\nb:expressed infallibly\nb:expression body\nb:expression creates\nb:expression has\nb:expression should\nb:extensions 0\nb:extensions pydantic\nb:extensions worktree\nb:extra argument\nb:extra fetchers\nb:extra node_modules\nb:extra semicolon\nb:extra_cmake_args d\nb:extracting archive\nb:extracting sha256\nb:extraheader a\nb:f 0\nb:f a\nb:f c\nb:f d\nb:f e\nb:f f\nb:f home\nb:f i\nb:f l\nb:f metadata\nb:f o\nb:f p\nb:f parameters\nb:f r\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fail 0\nb:fail hh\nb:fail net9\nb:fail on\nb:fail package\nb:fail tests\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure threshold\nb:failure to\nb:failure type\nb:failures 0\nb:falcon 0\nb:fall through\nb:false or\nb:false to\nb:false true\nb:familjen grotesk\nb:family x86_64\nb:fastapi 0\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:fb ade2\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features seeds\nb:features steps\nb:features were\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch http\nb:fetch https\nb:fetch js\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetched 0\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching need\nb:fetching the\nb:few minutes\nb:ff v0\nb:field browser\nb:field name\nb:file 0\nb:file all\nb:file based\nb:file builds\nb:file c\nb:file content\nb:file could\nb:file details\nb:file does\nb:file etc\nb:file extension\nb:file f\nb:file failed\nb:file file\nb:file from\nb:file frozen\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file not\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file protocol\nb:file provided\nb:file run\nb:file src\nb:file sync\nb:file test\nb:file this\nb:file to\nb:file usr\nb:file var\nb:file was\nb:file would\nb:files 0\nb:files and\nb:files are\nb:files c\nb:files checked\nb:files false\nb:files file\nb:files found\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files inspected\nb:files passed\nb:files power\nb:files ringbuf\nb:files run\nb:files tests\nb:files to\nb:files took\nb:files use\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:final post\nb:finalize job\nb:finalizing artifact\nb:finance billing\nb:finance ledger\nb:finance money\nb:find a\nb:find com\nb:find element\nb:find expected\nb:find gem\nb:find io\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished uploading\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first doc\nb:first in\nb:first out\nb:first person\nb:first_upper s\nb:fits several\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed in\nb:fixed value\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flag to\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flush true\nb:flutter 0\nb:flutter packages\nb:flutter pub\nb:flutter release\nb:flutter s\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt all\nb:fmt build\nb:fmt check\nb:fn 0\nb:fn first_upper\nb:fn init\nb:fn is_empty_list\nb:fn once\nb:fn read_capsule\nb:fnv hash\nb:following actions\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following options\nb:following source\nb:following vulnerability\nb:fonts unifont\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for action\nb:for addresses\nb:for async\nb:for build\nb:for c\nb:for changes\nb:for configuration\nb:for connection\nb:for debian\nb:for defining\nb:for details\nb:for docker\nb:for function\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for help\nb:for input\nb:for installation\nb:for installing\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for longz4wqz\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for object\nb:for one\nb:for other\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for production\nb:for project\nb:for projects\nb:for python\nb:for rust\nb:for stable\nb:for struct\nb:for swift\nb:for system\nb:for t\nb:for task\nb:for that\nb:for the\nb:for this\nb:for ubuntu\nb:for url\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:force b\nb:force evaluate\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:fork src\nb:form tsx\nb:form vue\nb:format 0\nb:format args\nb:format check\nb:format failed\nb:format github\nb:format h\nb:format string\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting delete\nb:formatting output\nb:fortuna fortuna\nb:fortuna git\nb:found 0\nb:found a\nb:found are\nb:found at\nb:found b\nb:found before\nb:found but\nb:found composer\nb:found error\nb:found errors\nb:found existing\nb:found fatal\nb:found for\nb:found github\nb:found helper\nb:found ignoring\nb:found in\nb:found packages\nb:found python3\nb:found return\nb:found skipping\nb:found warn\nb:found with\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework inference\nb:framework quasar\nb:framework src\nb:framework test\nb:freethreaded false\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from aiohttp\nb:from an\nb:from build\nb:from c\nb:from cache\nb:from camoufox\nb:from commit\nb:from daemon\nb:from directories\nb:from distribution\nb:from dockerfile\nb:from file\nb:from formatting\nb:from function\nb:from git\nb:from home\nb:from homeassistant\nb:from https\nb:from i\nb:from instrument\nb:from key\nb:from ledger\nb:from lock\nb:from material\nb:from node\nb:from path\nb:from pip\nb:from pytest\nb:from r\nb:from repository\nb:from scrapling\nb:from src\nb:from tarball\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from tsbootstrap\nb:from typing\nb:from u8\nb:from urls\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:from your\nb:frontend lint\nb:frontend src\nb:frozen false\nb:frozen importlib\nb:frozen installation\nb:frozen lockfile\nb:frozenlist 0\nb:fs js\nb:fs layer\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full report\nb:full stack\nb:func returns\nb:func1 0\nb:function could\nb:function declared\nb:function execute\nb:function fn\nb:function is\nb:function j\nb:function spec\nb:function total\nb:function unknown\nb:function which\nb:functionality has\nb:functions are\nb:fund dry\nb:fund for\nb:funding batch\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g failed\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g l\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g o_\nb:g on\nb:g p\nb:g r\nb:g s\nb:g std\nb:g u\nb:g_ b\nb:g_ c\nb:g_ h\nb:g_ m\nb:galaxy allow\nb:garbage collection\nb:gateway addresses\nb:gathering licenses\nb:gc auto\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcm native\nb:gcr io\nb:gdb csl\nb:gem install\nb:gemfile lock\nb:gemini 0\nb:gems corp\nb:gen jooq\nb:gen lint\nb:gen proto\nb:general public\nb:generate debug\nb:generate job\nb:generate the\nb:generate_summary py\nb:generated 0\nb:generated gradle\nb:generated run\nb:generating done\nb:generating script\nb:generator has\nb:generator next\nb:generic array\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get 0\nb:get a\nb:get cache\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get update\nb:get_settled_at is_none\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting requirements\nb:getting source\nb:ggml c\nb:gh issue\nb:gh pr\nb:ghc 0\nb:ghcr io\nb:gi b\nb:git 0\nb:git all\nb:git allow\nb:git bin\nb:git branch\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git corp\nb:git could\nb:git credentials\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git failed\nb:git fetch\nb:git file\nb:git github\nb:git https\nb:git hub\nb:git init\nb:git lab\nb:git log\nb:git path\nb:git references\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git revision\nb:git service\nb:git sparse\nb:git sr\nb:git submodules\nb:git switch\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:git worktrees\nb:gitconfig to\nb:gitdir home\nb:github aashish\nb:github actions\nb:github blog\nb:github com\nb:github formatter\nb:github iml1s\nb:github io\nb:github pr\nb:github repo\nb:github runner_temp\nb:github skills\nb:github src\nb:github token\nb:github workspace\nb:gitlab arturbosch\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob allow\nb:glob versions\nb:global add\nb:global git\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu 0\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go caddy\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go modules\nb:go no\nb:go pkg\nb:go protoparser\nb:go quasar\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got other\nb:gpg could\nb:gpt 0\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle build\nb:gradle caches\nb:gradle central\nb:gradle daemon\nb:gradle daemons\nb:gradle documentation\nb:gradle exception\nb:gradle execution\nb:gradle features\nb:gradle gradle\nb:gradle home\nb:gradle internal\nb:gradle jars\nb:gradle launcher\nb:gradle linux\nb:gradle mac\nb:gradle notifications\nb:gradle org\nb:gradle plugin\nb:gradle properties\nb:gradle state\nb:gradle user\nb:gradle wrapper\nb:gravito framework\nb:greater than\nb:green 0\nb:greenlet 0\nb:greeting component_test\nb:grep allow\nb:grep q\nb:grep v\nb:grgit 0\nb:grotesk 0\nb:group build\nb:group run\nb:groups get\nb:gui is\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:gz 0\nb:gzip 0\nb:h 0\nb:h a\nb:h amd64\nb:h c\nb:h cannot\nb:h e\nb:h e_\nb:h h600\nb:h head\nb:h home\nb:h i\nb:h o\nb:h p\nb:h r\nb:h ref\nb:h s\nb:h t\nb:h t_\nb:h u\nb:h0m0s timeout\nb:h0s9kvb6g2sinako7ub77ku gradle\nb:h11 0\nb:h600 compilation\nb:habluetooth 0\nb:had changes\nb:hadolint action\nb:hadolint hadolint\nb:hadolint v2\nb:handbook docs\nb:handle standard\nb:handle the\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has correct\nb:has exceeded\nb:has incompatible\nb:has no\nb:has not\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash 0\nb:hash fast\nb:hash validation\nb:hashbrown v0\nb:hashicorp aws\nb:hashmap hashmap\nb:haskell cabal\nb:hass nabucasa\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have an\nb:have been\nb:have comment\nb:have detailed\nb:have no\nb:have printed\nb:have reached\nb:have valid\nb:head 0\nb:head c12\nb:head to\nb:header filter\nb:header in\nb:heads main\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help at\nb:help change\nb:help ci\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help visit\nb:help you\nb:helper check\nb:helper kt\nb:helper py\nb:here are\nb:here for\nb:here is\nb:hex literal\nb:hh tests\nb:hhp hs\nb:hicpp signed\nb:hidden files\nb:hierarchy template\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:highlights of\nb:hint call\nb:hint development\nb:hint git\nb:hint is\nb:hint make\nb:hint names\nb:hint to\nb:hint used\nb:hint will\nb:hit for\nb:hive simulators\nb:hoisted nested\nb:hoisting package\nb:home abuild\nb:home assistant\nb:home breadcrumbs\nb:home cache\nb:home cholerae\nb:home circleci\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:homeassistant 0\nb:homeassistant custom\nb:homebrew bin\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks use\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hosted runner\nb:hostedtoolcache dart\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostedtoolcache python\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html debug\nb:html entities\nb:html erb\nb:html must_use_candidate\nb:html needless_borrow\nb:html needless_return\nb:html not\nb:html python\nb:html sec\nb:html shell\nb:http 0\nb:http archive\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http request\nb:http server\nb:http_client 0\nb:httpcore 0\nb:https aka\nb:https astral\nb:https bandit\nb:https conda\nb:https dl\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nodesecurity\nb:https opencode\nb:https osv\nb:https packages\nb:https pip\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https services\nb:https spdx\nb:https www\nb:https youtrack\nb:httpx 0\nb:hub action\nb:hub does\nb:i 0\nb:i a\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i files\nb:i g\nb:i g_\nb:i get\nb:i in\nb:i info\nb:i instead\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i o_\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i python\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i s_\nb:i t\nb:i t_\nb:i toolchain\nb:i try\nb:i u\nb:i unsafe\nb:i uw\nb:i x\nb:i z\nb:i_ k\nb:ibis bigquery\nb:ic install\nb:ic3bur g\nb:icons mdi\nb:id 0\nb:id github\nb:id prettier\nb:id trailing\nb:idea projects\nb:identical details\nb:identification is\nb:identified with\nb:identifier c\nb:identifier header\nb:identifier of\nb:idna 0\nb:idx 0\nb:ie preinstall\nb:if c\nb:if entries\nb:if gitdir\nb:if i\nb:if it\nb:if items\nb:if n\nb:if needed\nb:if no\nb:if out\nb:if returning\nb:if rustc\nb:if set\nb:if the\nb:if they\nb:if this\nb:if true\nb:if v\nb:if you\nb:if z\nb:ignore comment\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:ignoring config\nb:im l1s\nb:image debian\nb:image docker\nb:image golang\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image release\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images releases\nb:images ubuntu\nb:images windows\nb:imaging c\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc imgproc\nb:imgproc src\nb:iml1s crypto\nb:iml1s kotlin\nb:immediately dereferenced\nb:immutable action\nb:impacting any\nb:implementation of\nb:implemented for\nb:implications associated\nb:implied by\nb:import 0\nb:import cannot\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import os\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib bootstrap\nb:importlib init__\nb:importlib metadata\nb:importlib report\nb:imports are\nb:imports on\nb:impossible for\nb:in 0\nb:in a\nb:in action\nb:in all\nb:in apt\nb:in assignment\nb:in async\nb:in beta\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in cargo\nb:in connect\nb:in curl\nb:in d\nb:in deploy\nb:in deployment\nb:in detached\nb:in documentation\nb:in file\nb:in final\nb:in first\nb:in function\nb:in git\nb:in go\nb:in headers\nb:in home\nb:in import_module\nb:in liquifact\nb:in module\nb:in multiline\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in scope\nb:in src\nb:in state\nb:in stdlib\nb:in sync\nb:in targets\nb:in the\nb:in this\nb:in thread\nb:in tmp\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:inc packetfence\nb:include hidden\nb:include if\nb:include prod\nb:include workspace\nb:included software\nb:includeif gitdir\nb:including interfaces\nb:incompatible type\nb:incompatible types\nb:incompatible with\nb:inconsistent vendoring\nb:inconsistent with\nb:incorrect usage\nb:incorrectly sorted\nb:increase rate\nb:increase the\nb:incremental compilation\nb:incubating problems\nb:indentation 0\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:index url\nb:indicate success\nb:indicates a\nb:indicates that\nb:individual deprecation\nb:ineffective mark\nb:infallibly using\nb:inference targets\nb:info 0\nb:info component\nb:info default\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info latest\nb:info or\nb:info syncing\nb:info there\nb:info using\nb:information 0\nb:information about\nb:information visit\nb:infra mirror\nb:infra retry\nb:infrastructure auth\nb:init d\nb:init home\nb:init users\nb:initial branch\nb:initialize job\nb:initialized empty\nb:initializing environment\nb:initializing the\nb:inlang settings\nb:inner declarations\nb:inner t\nb:input 0\nb:input files\nb:input keys\nb:inputs itself\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install a\nb:install and\nb:install before\nb:install clean\nb:install dependencies\nb:install direct\nb:install error\nb:install for\nb:install frozen\nb:install g\nb:install ic\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install packages\nb:install r\nb:install registry\nb:install rustup\nb:install script\nb:install sh\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install time\nb:install upgrade\nb:install v1\nb:install which\nb:install with\nb:install_gui_linux py\nb:installation tree\nb:installed 0\nb:installed as\nb:installed distributions\nb:installed this\nb:installed version\nb:installed versions\nb:installing amphp\nb:installing build\nb:installing collected\nb:installing environment\nb:installing laravel\nb:installing openssh\nb:installing packages\nb:installing psr\nb:installing sebastian\nb:installing symfony\nb:installs in\nb:instance of\nb:instance travis\nb:instance using\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:instrumented jars\nb:insufficient cpu\nb:insufficient memory\nb:int as\nb:int cannot\nb:int error_count\nb:integer operand\nb:integer v0\nb:integration integration\nb:integration rs\nb:integrity check\nb:intentional prefix\nb:interface tools\nb:interfaces objects\nb:internal 0\nb:internal artifacts\nb:internal build\nb:internal buildprocess\nb:internal buildtree\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal load\nb:internal model\nb:internal modules\nb:internal mojo\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into 0\nb:into a\nb:into directory\nb:into example\nb:into home\nb:invalid s\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:inverse inc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io github\nb:io gitlab\nb:io hadolint\nb:io hashicorp\nb:io i\nb:io library\nb:io reviewdog\nb:io rust\nb:io v2\nb:ios arm64\nb:ios main\nb:ios simulator\nb:ios x64\nb:iot sensor\nb:ip address\nb:ipynb cell\nb:is 0\nb:is a\nb:is allowed\nb:is already\nb:is assigned\nb:is available\nb:is being\nb:is bot\nb:is called\nb:is canceled\nb:is caused\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is in\nb:is inconsistent\nb:is intentional\nb:is it\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is stopped\nb:is subject\nb:is the\nb:is too\nb:is undefined\nb:is up\nb:is users\nb:is valid\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:is_settleable found\nb:isn t\nb:isntall clean\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issue k\nb:issues 0\nb:issues by\nb:issues found\nb:ist is\nb:it before\nb:it can\nb:it does\nb:it fails\nb:it for\nb:it has\nb:it i\nb:it incompatible\nb:it is\nb:it its\nb:it only\nb:it py\nb:it resolves\nb:it s\nb:it should\nb:it starts\nb:it was\nb:it with\nb:item costing\nb:item in\nb:item str\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:itertools v0\nb:itoa v1\nb:its it\nb:its network\nb:its progress\nb:itself https\nb:j a\nb:j d\nb:j n\nb:j o\nb:j s\nb:j unit\nb:j v\nb:j w\nb:j2 c\nb:jar 0\nb:jar and\nb:jar c\nb:jaraco context\nb:jars 0\nb:jars and\nb:jars gradle\nb:jars with\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java linux\nb:java math\nb:java org\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:jetbrains com\nb:job 0\nb:job cleanup\nb:job context\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:job summary\nb:jobs 0\nb:jobs and\nb:jobsys queue\nb:jonesn idea\nb:jooq gradle\nb:jq allow\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json echo\nb:json files\nb:json has\nb:json lodash\nb:json main\nb:json npm\nb:json or\nb:julia nightly\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:just created\nb:k 0\nb:k b\nb:k but\nb:k does\nb:k e\nb:k e_\nb:k f_to_c\nb:k g_\nb:k i\nb:k n\nb:k s_\nb:k t\nb:k that\nb:k version\nb:k1045 the\nb:k8s deploy\nb:k_ e\nb:k_ i\nb:kata check_s390x_test\nb:keccak v0\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key dependencies\nb:key error\nb:key failed\nb:key generated\nb:key instrumented\nb:key kotlin\nb:key linux\nb:key node\nb:key not\nb:key should\nb:key the\nb:key true\nb:key v0\nb:key v8\nb:key wrapper\nb:keycloak token\nb:keymanapp dependency\nb:keyring 0\nb:keys linux\nb:keystore models_test\nb:keyword parameter\nb:keywords metadata\nb:ki b\nb:killed signal\nb:kind fixed\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known discount\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:knows sunday\nb:koans builders\nb:kotlin address\nb:kotlin blockchain\nb:kotlin crypto\nb:kotlin gradle\nb:kotlin io\nb:kotlin koans\nb:kotlin lint\nb:kotlin mpp\nb:kotlin native\nb:kotlin plugins\nb:kotlin script\nb:kotlin solana\nb:kotlin tx\nb:kotlin utxo\nb:kotlin watchos\nb:kt 0\nb:ktlint android\nb:ktlint check\nb:ktlint test\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l expected\nb:l foo\nb:l for\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l n\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l s\nb:l set\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l y_\nb:l1s dart_web3\nb:l1s kotlin\nb:l3013 pin\nb:l_ o\nb:l_ p\nb:l_ u\nb:lab temps\nb:label n\nb:landing landing\nb:lang github\nb:lang modules\nb:lang r\nb:language_tags 0\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:later by\nb:later g\nb:latest 0\nb:latest blacklists\nb:latest false\nb:latest topics\nb:latest update\nb:latest v0\nb:latest version\nb:launcher daemon\nb:layers 0\nb:layout engine\nb:lazy property\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger ledger\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy lib\nb:legacy peer\nb:len 0\nb:length 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:less than\nb:let client\nb:let or\nb:let stored\nb:let sum\nb:let top\nb:let v\nb:level 0\nb:level error\nb:level high\nb:level node_modules\nb:level package\nb:level template\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib cabal\nb:lib due\nb:lib example\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib jenkins\nb:lib kt\nb:lib lib\nb:lib p\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libatk1 0\nb:libc v0\nb:libc6 dev\nb:libdbus 0\nb:libglib2 0\nb:library core\nb:library for\nb:library python\nb:library rust\nb:libtonode tests\nb:license checker\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license list\nb:license needs\nb:license or\nb:license ref\nb:license v2\nb:license_file metadata\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses or\nb:licenses without\nb:lifecycle internal\nb:lifecycle scripts\nb:like we\nb:likely additional\nb:limit allocation\nb:limit by\nb:limit exceeded\nb:limit for\nb:limit manager\nb:limit of\nb:limit you\nb:limits the\nb:line 0\nb:line before\nb:line for\nb:line length\nb:line must\nb:line of\nb:line too\nb:lines of\nb:link build\nb:link plugins\nb:link type\nb:link u\nb:linked legacy\nb:linker for\nb:linkid 0\nb:linking c\nb:links allow\nb:links no\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint check\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint install\nb:lint report\nb:lint run\nb:lint suspicious\nb:linted 0\nb:linting refs\nb:linting set\nb:linux amd64\nb:linux ci\nb:linux extras\nb:linux gnu\nb:linux go\nb:linux musl\nb:linux nopie\nb:linux or\nb:linux python\nb:linux r\nb:linux small\nb:linux uv\nb:linux vpn\nb:linux x64\nb:linux x86_64\nb:liquid haskell\nb:liquidhaskell cabal\nb:liquifact contracts\nb:liquifact escrow\nb:liquifact liquifact\nb:list allow\nb:list any\nb:list found\nb:list of\nb:list str\nb:list stub\nb:lists txt\nb:lite badge\nb:lite86 v0\nb:literal v0\nb:littpi net\nb:live log\nb:llama cpp\nb:llvm tools\nb:load 0\nb:load build\nb:load config\nb:load database\nb:load dockerignore\nb:load metadata\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading 0\nb:loading for\nb:local bin\nb:local gc\nb:local go\nb:local http\nb:local lib\nb:local microsoft\nb:local name\nb:local package\nb:local pf\nb:local share\nb:local unset\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location opt\nb:location path\nb:location users\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:lock yaml\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile because\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log level\nb:log of\nb:log output\nb:logging output\nb:login page\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:look around\nb:looking for\nb:looking in\nb:looks like\nb:lookup only\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low go\nb:low on\nb:lowagie pdfkit\nb:lower or\nb:lower snake\nb:lower_snake_case such\nb:lru dict\nb:ls sf\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m add\nb:m adding\nb:m auto\nb:m available\nb:m b\nb:m beringin\nb:m bs\nb:m buf\nb:m casting\nb:m casts\nb:m change\nb:m d\nb:m d013\nb:m docs\nb:m e\nb:m echo\nb:m enable\nb:m error\nb:m execution\nb:m failed\nb:m first\nb:m fits\nb:m for\nb:m git\nb:m i\nb:m if\nb:m is\nb:m item\nb:m k_\nb:m l\nb:m let\nb:m m\nb:m must_use\nb:m name\nb:m npm\nb:m o\nb:m or\nb:m other\nb:m p\nb:m package\nb:m panic\nb:m pip\nb:m pub\nb:m pv4\nb:m pytest\nb:m r\nb:m remove\nb:m run\nb:m s\nb:m start\nb:m t\nb:m this\nb:m to\nb:m try\nb:m u\nb:m updating\nb:m v\nb:m value\nb:m variables\nb:m version\nb:m w\nb:m0s this\nb:m104 0\nb:m12 0\nb:m2 settings\nb:m2 toolchains\nb:m21 0\nb:m237 0\nb:m2repository com\nb:m309 0\nb:m47 0\nb:m49 0\nb:m62 0\nb:m64 0\nb:m67 0\nb:m7 0\nb:m78 0\nb:m84 0\nb:m88 0\nb:m_ c\nb:m_ l\nb:m_ n\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:macos 0\nb:macos latest\nb:macos macos\nb:macro2 v1\nb:macros v0\nb:macros v25\nb:made by\nb:maierj fastlane\nb:main activity\nb:main amd64\nb:main arm64\nb:main c\nb:main g\nb:main go\nb:main i\nb:main in\nb:main ios\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main native\nb:main refs\nb:main resolvable\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main trunk\nb:main watchos\nb:main yml\nb:main zig\nb:make 0\nb:make any\nb:make error\nb:make experimental\nb:make files\nb:make in\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:makes function\nb:making global\nb:making it\nb:manager gitlab\nb:manager go\nb:manager kt\nb:mani fork\nb:mani lang\nb:manually installed\nb:manually started\nb:manuell manual\nb:many requests\nb:many return\nb:manylinux2014_x86_64 manylinux_2_17_x86_64\nb:manylinux2014_x86_64 whl\nb:manylinux_2_17_x86_64 manylinux2014_x86_64\nb:manylinux_2_17_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_24_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_28_x86_64 whl\nb:manylinux_2_34_x86_64 whl\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:markdown it\nb:marked as\nb:marketing landing\nb:marking the\nb:masonj0 fortuna\nb:masque rs\nb:master are\nb:master https\nb:master index\nb:master refs\nb:master set\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matched files\nb:matching distribution\nb:matching files\nb:matching package\nb:matching the\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 connect\nb:maven2 org\nb:mavi core\nb:mavi v\nb:mavi vpn\nb:mavivpn is\nb:mawk allow\nb:max git\nb:max line\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may 0\nb:may be\nb:may increase\nb:may not\nb:may panic\nb:may take\nb:may truncate\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:mdurl 0\nb:measured 0\nb:media imaging\nb:megalinter io\nb:melos 0\nb:mem aggregate\nb:mem git\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:memory or\nb:merge 0\nb:merge pull\nb:merror 0\nb:meson build\nb:meson setup\nb:message at\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata 0\nb:metadata for\nb:metadata org\nb:metadata pyproject\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method defined\nb:method named\nb:method not\nb:method parentheses\nb:method running\nb:method takes\nb:metrics counter\nb:mfi 0\nb:mhelp 0\nb:mi b\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mif z\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minutes 0\nb:minutes ago\nb:minutes are\nb:minutes failed\nb:minutes marking\nb:mirror sync\nb:mirrorlist 0\nb:mirrors txt\nb:miscellaneous lint\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing backticks\nb:missing binary\nb:missing docstring\nb:missing either\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing package\nb:missing panics\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing spacing\nb:missing trailing\nb:missing whitespace\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnote 0\nb:mnt vss\nb:mocha test\nb:mock open\nb:mod but\nb:mod dial\nb:mod download\nb:mod readonly\nb:modal tsx\nb:mode after\nb:mode all\nb:mode disable\nb:mode m\nb:mode primary\nb:mode true\nb:model bin\nb:model kt\nb:model opencode\nb:model state\nb:model test\nb:models kt\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module github\nb:module home\nb:module importlib\nb:module is\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules act_container_manager\nb:modules act_linter\nb:modules cjs\nb:modules command_dispatcher\nb:modules command_runner\nb:modules commands\nb:modules container_test_runner\nb:modules dhtl_commands\nb:modules dhtl_commands_standalone\nb:modules dhtl_commands_workflows\nb:modules dhtl_github\nb:modules dhtl_guardian_command\nb:modules dhtl_version\nb:modules files\nb:modules find\nb:modules hal\nb:modules lib\nb:modules packages\nb:modules py\nb:modules txt\nb:modules uv_manager\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:molecule allow\nb:mon may\nb:money rb\nb:more arguments\nb:more dependencies\nb:more details\nb:more help\nb:more info\nb:more information\nb:more log\nb:more than\nb:most recent\nb:mother 0\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms could\nb:ms d\nb:ms environment\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:ms playwright\nb:ms setup\nb:ms tests\nb:msg loaded\nb:msg process\nb:msg reading\nb:mshared src\nb:multidict 0\nb:multiline condition\nb:multiline expression\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple___ spaces\nb:multiplication with\nb:multiverse amd64\nb:multiverse translation\nb:must be\nb:must end\nb:must not\nb:must_use 0\nb:must_use attribute\nb:mut payload\nb:mutmut 0\nb:mutual groups\nb:mvn b\nb:my project\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:mypy 0\nb:mypy extensions\nb:n 0\nb:n a\nb:n actionlint\nb:n and\nb:n basic\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n g_\nb:n h\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n m\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n s_\nb:n skipping\nb:n t\nb:n t_\nb:n target\nb:n test\nb:n tools\nb:n true\nb:n u\nb:n u1004\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n v4\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ a\nb:n_ c\nb:n_ d\nb:n_ f\nb:n_ m\nb:n_ n\nb:n_ p\nb:n_ s\nb:n_ v\nb:nabucasa 0\nb:name actionpack\nb:name assertion\nb:name azure\nb:name build\nb:name e2e\nb:name err\nb:name fmt\nb:name fv\nb:name gateway\nb:name is\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name not\nb:name only\nb:name or\nb:name test\nb:name to\nb:name w\nb:name_ should_\nb:named is_settleable\nb:named shapely\nb:names commonly\nb:namespace has\nb:namespace name\nb:namespace runner\nb:naming to\nb:nanopb 0\nb:native build\nb:native castle\nb:native lib\nb:native_lib native\nb:ne s\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:need revision\nb:need to\nb:needs network\nb:needs review\nb:needs to\nb:nested shallow\nb:nested steps\nb:net 0\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network errors\nb:network git\nb:network if\nb:network request\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new line\nb:new object\nb:new promise\nb:new ref\nb:new repositories\nb:new tag\nb:newest version\nb:newlib 0\nb:newlib csl\nb:newlib snapshot\nb:newline after\nb:newline before\nb:newline expected\nb:newline n\nb:newly installed\nb:next anonymous\nb:next js\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:no any\nb:no artifacts\nb:no attribute\nb:no audit\nb:no bin\nb:no cache\nb:no cacheprovider\nb:no color\nb:no config\nb:no console\nb:no copyright\nb:no corresponding\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no install\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no method\nb:no module\nb:no output\nb:no progress\nb:no recurse\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no unit\nb:no unknown\nb:no untyped\nb:no unused\nb:no update\nb:no user\nb:no var\nb:no versions\nb:noble backports\nb:noble in\nb:noble main\nb:noble security\nb:noble universe\nb:noble updates\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node e\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node longer\nb:node net\nb:node sha256\nb:node test\nb:node trace\nb:node v10\nb:node v18\nb:node v20\nb:node v4\nb:node version\nb:node was\nb:node_config in\nb:node_modules install\nb:node_modules material\nb:node_modules node\nb:node_modules react\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules ts\nb:node_modules uvu\nb:node_modules vite\nb:node_modules vitest\nb:nodes are\nb:nodesecurity io\nb:non existing\nb:non interactive\nb:non lazy\nb:non matching\nb:non zero\nb:none any\nb:none func\nb:none listed\nb:none manylinux_2_17_x86_64\nb:none no\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:normal d\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not begin\nb:not build\nb:not checked\nb:not closed\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not enforce\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not parse\nb:not pass\nb:not permitted\nb:not resolve\nb:not return\nb:not set\nb:not support\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not upgraded\nb:not use\nb:not used\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note method\nb:note referenced\nb:note some\nb:note switching\nb:note warn\nb:notebook cleanup\nb:notes app\nb:notes html\nb:nothing provides\nb:notice s\nb:notice to\nb:notification helper\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:now or\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm ci\nb:npm command\nb:npm config\nb:npm does\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu get\nb:nuget org\nb:null 0\nb:null continue\nb:null null\nb:null then\nb:num integer\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:numpy 0\nb:nvm versions\nb:o 0\nb:o a\nb:o auth\nb:o b\nb:o b_allowed\nb:o building\nb:o c\nb:o compiling\nb:o d\nb:o detecting\nb:o e\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o fonts\nb:o i\nb:o initializing\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o l_\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o t_\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o w_\nb:o0 o\nb:o111 m\nb:o2 g\nb:o2 wall\nb:o_ c\nb:o_ h\nb:o_ i\nb:o_ m\nb:o_ p\nb:o_ r\nb:o_ t\nb:object anonymous\nb:object c\nb:object is\nb:object to\nb:object where\nb:objects annotations\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:odder odor\nb:oder order\nb:odor over\nb:oes src\nb:of 0\nb:of a\nb:of all\nb:of apt\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of crystal\nb:of date\nb:of dependencies\nb:of each\nb:of false\nb:of get\nb:of hoisting\nb:of home\nb:of is\nb:of its\nb:of l\nb:of left\nb:of list\nb:of locate\nb:of master\nb:of memory\nb:of module\nb:of namespace\nb:of org\nb:of p\nb:of package\nb:of packages\nb:of pipeline\nb:of r\nb:of range\nb:of req\nb:of service\nb:of spaces\nb:of statements\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:off this\nb:offenses detected\nb:offline during\nb:offline mode\nb:offline packages\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:older coder\nb:ole planet\nb:omit dev\nb:omit from\nb:on 0\nb:on agent\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on click\nb:on dependencies\nb:on device\nb:on disk\nb:on empty\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on resource\nb:on runner\nb:on swift\nb:on that\nb:on the\nb:on this\nb:on type\nb:on windows\nb:on your\nb:once call_once\nb:once installed\nb:once_cell v1\nb:one of\nb:one or\nb:onepager component\nb:onepager onepager\nb:only allow\nb:only ever\nb:only false\nb:only get\nb:only install\nb:oo8i vb\nb:opam 0\nb:opam opam\nb:open a\nb:open deep\nb:open metadata\nb:open protocol\nb:open t\nb:opencode ai\nb:opencode gemini\nb:opencode gpt\nb:openemr services\nb:openemr sites\nb:opening parenthesis\nb:operand in\nb:operand with\nb:operating system\nb:operation runner\nb:operation timed\nb:operation was\nb:operation with\nb:operations default\nb:operator hicpp\nb:operator strict\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt homebrew\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option that\nb:option to\nb:option u16\nb:option u64\nb:option vec\nb:optional peer\nb:options execute\nb:or a\nb:or an\nb:or any\nb:or be\nb:or blocks\nb:or cd\nb:or cmd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or lower\nb:or more\nb:or namespace\nb:or npm\nb:or one\nb:or package\nb:or pass\nb:or patterns\nb:or plugins\nb:or rerun\nb:or service\nb:or something\nb:or that\nb:or undo\nb:or use\nb:or windows\nb:order java\nb:order older\nb:order service\nb:ordered fetch\nb:orders db\nb:orders git\nb:orders order\nb:orders service\nb:org 0\nb:org ajoberstar\nb:org alpine\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org directory\nb:org distributions\nb:org eclipse\nb:org example\nb:org gradle\nb:org junit\nb:org licenses\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org tree\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin linting\nb:origin main\nb:origin master\nb:origin refactor\nb:origin refs\nb:origin url\nb:orjson 0\nb:orphan processes\nb:os archive\nb:os imported\nb:osv dev\nb:other 0\nb:other panic\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out in\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output package\nb:output src1489103279\nb:over android\nb:over doer\nb:over elements\nb:over test\nb:override d\nb:overriding h\nb:overwrite existing\nb:overwrite false\nb:overwrite settings\nb:own scripts\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p i_\nb:p k\nb:p l\nb:p liquifact_escrow\nb:p m\nb:p m_\nb:p n\nb:p n_\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p s\nb:p t\nb:p t_\nb:p to\nb:p tsconfig\nb:p u\nb:p unit\nb:p y\nb:p0040 deprecation\nb:p1 r5\nb:p256 v0\nb:p_ c\nb:p_ s\nb:package a\nb:package actions\nb:package categories\nb:package configuration\nb:package content\nb:package cosmos\nb:package d\nb:package dependencies\nb:package description\nb:package for\nb:package git\nb:package github\nb:package handle\nb:package installs\nb:package is\nb:package jdk\nb:package json\nb:package keywords\nb:package level\nb:package libasound2\nb:package license\nb:package license_file\nb:package linux\nb:package list\nb:package lock\nb:package manager\nb:package mavi\nb:package mavivpn\nb:package metadata\nb:package ms\nb:package pkg\nb:package quic\nb:package readme\nb:package repository\nb:package resolved\nb:package shared\nb:package supabase\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package versions\nb:package windows\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages have\nb:packages in\nb:packages lock\nb:packages microsoft\nb:packages net\nb:packages nuget\nb:packages please\nb:packages react\nb:packages read\nb:packages when\nb:packages whose\nb:packaging 0\nb:packed and\nb:packetfence go\nb:pad failed\nb:padding spaces\nb:page tsx\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:paket packet\nb:pandas 0\nb:panic expected\nb:panic free\nb:panic missing\nb:panic ok\nb:panic test\nb:panic varint\nb:panicked at\nb:panicking rs\nb:panics section\nb:paragraph is\nb:parameter equals\nb:parameter of\nb:parameter should\nb:parameters json\nb:parentheses are\nb:parentheses around\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse queues\nb:parse resolve\nb:parse test\nb:parse toolchain\nb:parse units\nb:parse_test go\nb:parser 0\nb:parser from\nb:parser hs\nb:parser py\nb:parser test\nb:parsing a\nb:part of\nb:partial eq\nb:partition 0\nb:pasha code\nb:pass 0\nb:pass an\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:passkey test\nb:password g\nb:paste v1\nb:patched versions\nb:path 0\nb:path home\nb:path kotlin\nb:path opt\nb:path race\nb:path tex\nb:path users\nb:path version\nb:pathutil pathutil\nb:pattern go\nb:payload u8\nb:pbkdf2 native\nb:pc windows\nb:pdfkit core\nb:pdfkit pdfkit\nb:pedantic add\nb:peer deps\nb:peer include\nb:peer omit\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:performance tests\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:pest plugin\nb:pestphp pest\nb:php 0\nb:php array\nb:php return\nb:php v2\nb:phpkit slugger\nb:phpunit 0\nb:phpunit php\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:pid 0\nb:pillow 0\nb:pin versions\nb:pinned packages\nb:pinot tools\nb:pip 0\nb:pip audit\nb:pip instead\nb:pip is\nb:pip pypa\nb:pip tools\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline run\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkg types\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:plan reviewer\nb:planet myplanet\nb:platform deploy\nb:platform git\nb:platform ops\nb:platform satu\nb:platform site\nb:platform theme\nb:platformdirs 0\nb:please check\nb:please read\nb:please refer\nb:please run\nb:please update\nb:please upgrade\nb:please use\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin php\nb:plugin repository\nb:plugins are\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:plus a\nb:pmd foo\nb:pmd plugin\nb:pnc i\nb:pnpm install\nb:pnpm lock\nb:pod failed\nb:pod running\nb:pod to\nb:pod was\nb:pods 0\nb:poetry lock\nb:pointing to\nb:policy deny_test\nb:policy entirely\nb:policy from\nb:pom org\nb:pool host\nb:pool main\nb:populate work\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post action\nb:post checkout\nb:post job\nb:post resolution\nb:post run\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:ppv lite86\nb:pr 0\nb:pr go\nb:pr review\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prefix key\nb:prefs manager\nb:preinstall install\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparer java\nb:preparing metadata\nb:preparing the\nb:preparing to\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:press ctrl\nb:prettier check\nb:prettier code\nb:prettier with\nb:prettyplease v0\nb:prevent this\nb:previous errors\nb:previously recorded\nb:price 0\nb:price null\nb:print 0\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem unexpected\nb:problem with\nb:problems 0\nb:problems problems\nb:problems report\nb:proc macro2\nb:proceed with\nb:process completed\nb:process did\nb:process env\nb:process exit\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:process usr\nb:processing triggers\nb:processing wheels\nb:processor should\nb:prod dev\nb:prod exited\nb:prod noble\nb:production only\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:program unzstd\nb:programming scratch\nb:progress deadline\nb:progress force\nb:progress meter\nb:progress true\nb:project actions\nb:project dependencies\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project kotlin\nb:project name\nb:project org\nb:project src\nb:project version\nb:project w\nb:projectcleverweb lastautoindex\nb:projects egeria\nb:projects openemr\nb:projects users\nb:promise anonymous\nb:promise ensure\nb:prompt file\nb:propcache 0\nb:properly see\nb:properties of\nb:properties rs\nb:property colr\nb:property line\nb:property no\nb:property or\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol dependencies\nb:protocol interpreter\nb:protocol version\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided path\nb:provided to\nb:provider plugins\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune no\nb:prune origin\nb:psutil 0\nb:pub fn\nb:pub get\nb:public acls\nb:public build\nb:public class\nb:public license\nb:publish py\nb:pull 0\nb:pull complete\nb:pull image\nb:pull rate\nb:pull request\nb:pulling docker\nb:pulling fs\nb:punycode module\nb:pure build\nb:pure kotlin\nb:pure src\nb:push 0\nb:pv4 transport\nb:pwsh e\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py g\nb:py git\nb:py healthy\nb:py imports\nb:py line\nb:py p\nb:py r\nb:py reports\nb:py socks\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_low_stock_threshold\nb:py test_restock_adds\nb:py test_timeout_is_retried\nb:py y\nb:py2 py3\nb:py3 none\nb:pycognito 0\nb:pydantic 0\nb:pydantic core\nb:pydantic settings\nb:pygments 0\nb:pypa io\nb:pyproject toml\nb:pyproject_hooks from\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest homeassistant\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python dateutil\nb:python location\nb:python m\nb:python names\nb:python scripts\nb:python sha256\nb:python v5\nb:python version\nb:python2_ r\nb:python3 0\nb:python3 m\nb:python3_ r\nb:python_ r\nb:pytz 0\nb:pyyaml 0\nb:q a\nb:q l_\nb:q p\nb:q release\nb:q u\nb:qty 0\nb:qualified_races json\nb:quant timeseries\nb:quantity 0\nb:quasar go\nb:queue js\nb:queue lib\nb:queue queue\nb:queued 0\nb:quic tester\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:r 0\nb:r a\nb:r a_\nb:r always\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r dependency\nb:r e\nb:r e_\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r f\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r https\nb:r i\nb:r im\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r m\nb:r m_\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r opt\nb:r p\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r resolution\nb:r retrying\nb:r reuse\nb:r s\nb:r script\nb:r see\nb:r set\nb:r stack\nb:r t\nb:r t_\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r users\nb:r var\nb:r x\nb:r y\nb:r y_\nb:r_ a\nb:r_ p\nb:race report\nb:rails rails\nb:rails security\nb:raise parse\nb:rake foo\nb:ran 0\nb:ran all\nb:ran longer\nb:rand v0\nb:rand_core v0\nb:range 0\nb:range start\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:raw_race_data json\nb:ray6y documents\nb:rb 0\nb:rb git\nb:rb money\nb:rc2 v1\nb:rdk rules\nb:re run\nb:reached the\nb:reached your\nb:react cssx\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read error\nb:read errors\nb:read file\nb:read more\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:read_capsule buf\nb:reading database\nb:reading prototype\nb:reading state\nb:readme md\nb:readme metadata\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:recent call\nb:recieve the\nb:recognized word\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:recorded in\nb:records for\nb:recurse submodules\nb:recursive git\nb:redis 0\nb:ref 0\nb:ref and\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:refactor 0\nb:refer to\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refs west\nb:refused connect\nb:refused simple\nb:reg exp\nb:regex 0\nb:regexp core\nb:regexp http\nb:regexp include\nb:region northcentralus\nb:region westus\nb:register layer\nb:register passkey\nb:registry 0\nb:registry npm\nb:registry npmjs\nb:registry terraform\nb:registry ts\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:release 0\nb:release cmake\nb:release cygwin\nb:release gpg\nb:release https\nb:release kotlin\nb:release notes\nb:release sh\nb:release skipped\nb:release source\nb:release target\nb:release timed\nb:release yml\nb:releases download\nb:releases protoc\nb:releases tag\nb:relying on\nb:remaining 0\nb:remote add\nb:remote all\nb:remote git\nb:remote origin\nb:remotes origin\nb:remotes pull\nb:remove and\nb:remove build\nb:remove return\nb:remove stale\nb:remove the\nb:removing include\nb:renamed to\nb:renamed via\nb:render engine\nb:renders the\nb:replaced with\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report api\nb:report at\nb:report attribute\nb:report html\nb:report is\nb:report py\nb:report ui\nb:reported by\nb:reported issue\nb:reporter github\nb:reports 0\nb:reports alongside\nb:reports problems\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repositories which\nb:repository acme\nb:repository actions\nb:repository andi\nb:repository apis\nb:repository codecov\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository gradle\nb:repository https\nb:repository ic3bur\nb:repository im\nb:repository in\nb:repository liquifact\nb:repository maps\nb:repository masonj0\nb:repository maven\nb:repository metadata\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository rusty\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:repository timekit\nb:repository zerox80\nb:req capability\nb:request 0\nb:request canceled\nb:request for\nb:request handler\nb:request py\nb:request sent\nb:request timed\nb:request to\nb:requested tasks\nb:requested u\nb:requests 0\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required is\nb:required module\nb:required node\nb:required plugins\nb:required tasks\nb:required true\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements dev\nb:requirements to\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:rerun with\nb:reserve cache\nb:reset branch\nb:reset by\nb:resolution dealing\nb:resolution impossible\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolvable dependencies\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolve s\nb:resolved 0\nb:resolved because\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resolving to\nb:resource aws_s3_bucket\nb:resource directory\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response read\nb:response status\nb:rest src\nb:restore cache\nb:restore can\nb:restore keys\nb:restore to\nb:restore v8\nb:restored from\nb:restored successfully\nb:restoring cache\nb:restricted amd64\nb:restricted to\nb:result 0\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retain commits\nb:retention days\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retry workflow\nb:retrying fetch\nb:return 0\nb:return a\nb:return bootstrap\nb:return dict\nb:return statement\nb:return str\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned by\nb:returned error\nb:returned exit\nb:returning a\nb:returning any\nb:returns none\nb:returns value\nb:reuse docs\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:reuse util\nb:rev parse\nb:review allow\nb:review other\nb:reviewdog action\nb:reviewer agent\nb:reviewer cogni\nb:revision 0\nb:revision v0\nb:revive exported\nb:right failed\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:role wine\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root depends\nb:root directory\nb:root install\nb:root md\nb:root project\nb:root when\nb:rootdir home\nb:ropenscilabs available\nb:routes and\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs parser\nb:rs tmp\nb:rs v0\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby json\nb:ruby setup\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff 0\nb:ruff check\nb:ruff format\nb:rule preset\nb:rules config\nb:rules e\nb:rules property\nb:rules using\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run bash\nb:run build\nb:run can\nb:run cargo\nb:run cd\nb:run cmake\nb:run composer\nb:run construct\nb:run create\nb:run curl\nb:run default\nb:run deno\nb:run disable\nb:run dtolnay\nb:run echo\nb:run elm\nb:run enable\nb:run every\nb:run failed\nb:run format\nb:run go\nb:run gradlew\nb:run in\nb:run index\nb:run install\nb:run ktlint\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run of\nb:run on\nb:run parse\nb:run pip\nb:run poetry\nb:run prettier\nb:run profiler\nb:run python\nb:run restore\nb:run ruby\nb:run rustc\nb:run rustup\nb:run script\nb:run scripts\nb:run set\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run timeout\nb:run tsc\nb:run with\nb:run work\nb:run yarn\nb:runner cache\nb:runner cargo\nb:runner dist\nb:runner eebxo6ax\nb:runner git\nb:runner gitconfig\nb:runner go\nb:runner gradle\nb:runner has\nb:runner hostedtoolcache\nb:runner image\nb:runner images\nb:runner is\nb:runner issues\nb:runner java\nb:runner m2\nb:runner namespace\nb:runner npm\nb:runner process\nb:runner run\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runner_temp git\nb:runneradmin cargo\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running timed\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs for\nb:runs of\nb:runtime test\nb:rust 0\nb:rust cache\nb:rust clippy\nb:rust fmt\nb:rust lang\nb:rust lint\nb:rust rust\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustc stable\nb:rustfmt clippy\nb:rustup command\nb:rustup default\nb:rustup dev\nb:rustup if\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s build\nb:s c\nb:s c2164\nb:s chars\nb:s ci\nb:s commit\nb:s connection\nb:s create\nb:s d\nb:s detected\nb:s done\nb:s e\nb:s e_\nb:s eta\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s js\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s md\nb:s microsoft\nb:s n\nb:s o\nb:s o2\nb:s on\nb:s p\nb:s pf\nb:s q\nb:s r\nb:s rx\nb:s s\nb:s s_\nb:s score\nb:s sit\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s then\nb:s transform\nb:s true\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s0103 the\nb:s0246 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s2n run\nb:s3 block\nb:s6 vzpvo\nb:s_ a\nb:s_ c\nb:s_ i\nb:s_ r\nb:s_ t\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sample rdk\nb:samples sample\nb:sardonyx xenial\nb:satisfies the\nb:satu platform\nb:save always\nb:save if\nb:saving state\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:schedule requested\nb:schema https\nb:scikit base\nb:scikit learn\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:screen kt\nb:screens settings\nb:screens vpn\nb:script 0\nb:script build\nb:script contents\nb:script heap\nb:script lint\nb:script on\nb:script policy\nb:script returned\nb:script s\nb:scripts dangerously\nb:scripts debug_html_parser\nb:scripts deploy\nb:scripts generate_summary\nb:scripts git\nb:scripts ie\nb:scripts ignore\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts or\nb:scripts package\nb:scripts policy\nb:scripts run\nb:scripts specified\nb:sdk api\nb:sdk js\nb:sdk linux\nb:sdk macros\nb:sdk targets\nb:sdk telemetry\nb:sdk v25\nb:sdks microsoft\nb:search ts\nb:sebastian bergmann\nb:sec command_line_warnings\nb:sec1 v0\nb:second 0\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secretstorage 0\nb:secs 0\nb:section 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security auditor\nb:security cryptography\nb:security implications\nb:security in\nb:security issue\nb:security main\nb:security multiverse\nb:security policy\nb:security universe\nb:security vulnerabilities\nb:security vulnerability\nb:sed ne\nb:see a\nb:see also\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:select a\nb:select packages\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:semver v1\nb:send email\nb:sensor c\nb:sensor sensor\nb:sent awaiting\nb:separate line\nb:separated list\nb:sequence any\nb:sequential filter_numbers\nb:serde v1\nb:serde_derive v1\nb:serde_json v1\nb:serde_with v3\nb:server 0\nb:server anything\nb:server client\nb:server compiled\nb:server exec\nb:server failed\nb:server id\nb:server message\nb:server npm\nb:server password\nb:server request\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service 0\nb:service found\nb:service git\nb:service github\nb:service in\nb:service is\nb:service java\nb:service kt\nb:service not\nb:service notification\nb:service php\nb:service responded\nb:service run\nb:service src\nb:service ts\nb:service unavailable\nb:services gradle\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set c\nb:set check\nb:set file\nb:set interval\nb:set n\nb:set o\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set then\nb:set to\nb:set up\nb:sets the\nb:setting config\nb:setting java\nb:setting up\nb:settings 0\nb:settings component\nb:settings screen\nb:settings true\nb:settings xml\nb:settled_at must\nb:settlement rs\nb:setup 0\nb:setup builddir\nb:setup go\nb:setup gradle\nb:setup java\nb:setup node\nb:setup p\nb:setup php\nb:setup python\nb:setup ruby\nb:setup uv\nb:setuptools 0\nb:setuptools wheel\nb:several a\nb:severity 0\nb:severity e\nb:severity error\nb:severity vulnerability\nb:sf https\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh sh\nb:sh tmp\nb:sh uv\nb:sha256 0\nb:shallow linked\nb:share cmake\nb:shared is\nb:shared rollup\nb:shared src\nb:shared updates\nb:shell 0\nb:shell bin\nb:shell c\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shims on\nb:shivammathur setup\nb:shodh memory\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco report\nb:shopco shop\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should start\nb:should_ fail\nb:show app\nb:show error\nb:show progress\nb:show the\nb:show where\nb:shrinkwrap json\nb:shutdown signal\nb:sid snapshot\nb:side of\nb:signal terminated\nb:signal this\nb:signed bitwise\nb:signed integer\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulator arm64\nb:simulators ethereum\nb:sin lat2\nb:since poetry\nb:sit list\nb:site command\nb:site deploy\nb:site docs\nb:site packages\nb:site scripting\nb:site theme\nb:site tools\nb:sites default\nb:six 0\nb:sixty seconds\nb:size is\nb:skills a\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping analysis\nb:skipping git\nb:skipping integrity\nb:sleep go\nb:slice will\nb:sln t\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:sme env\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot 0\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so now\nb:so restore\nb:socket emit\nb:sockeye image_captioning\nb:socks 0\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:soroban env\nb:soroban sdk\nb:soroban_sdk address\nb:soroban_sdk events\nb:sorted and\nb:source actions\nb:source code\nb:source commit\nb:source dir\nb:source file\nb:source files\nb:source from\nb:source set\nb:source sets\nb:source tree\nb:source tutor\nb:source venv\nb:sourcerygxx 0\nb:sources from\nb:space berui\nb:space between\nb:space left\nb:space s\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spacing after\nb:sparse checkout\nb:sparse registry\nb:spdx org\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified deadline\nb:specified in\nb:specifiers in\nb:specs from\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:spurious network\nb:sr ht\nb:src android\nb:src api\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src blur\nb:src c\nb:src cart\nb:src client\nb:src codegen\nb:src com\nb:src common\nb:src components\nb:src copy\nb:src css\nb:src d\nb:src drone\nb:src ethereum\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src hooks\nb:src index\nb:src infrastructure\nb:src invoice\nb:src iter\nb:src lib\nb:src liquid\nb:src main\nb:src masque\nb:src microsoft\nb:src node_modules\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src registry\nb:src scene\nb:src scripts\nb:src search\nb:src src\nb:src stg\nb:src storefront\nb:src styles\nb:src task\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src tests\nb:src time\nb:src tools\nb:src ts\nb:src tsbootstrap\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh command\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable 0\nb:stable aarch64\nb:stable profile\nb:stable s\nb:stable version\nb:stable x86_64\nb:stable_deref_trait v1\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start at\nb:start check\nb:start cleaning\nb:start line\nb:start of\nb:start on\nb:start tracking\nb:start with\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting a\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:starts with\nb:startup 0\nb:starves it\nb:state 0\nb:state and\nb:state information\nb:state java\nb:state run\nb:state transition\nb:state without\nb:state you\nb:statement is\nb:statement no\nb:stats tally\nb:status 0\nb:status code\nb:status done\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stderr src\nb:stdlib go1\nb:stdune 0\nb:stellar strkey\nb:step 0\nb:step saving\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:stored client\nb:stored in\nb:stored settle_ts\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str any\nb:str arg\nb:str assignment\nb:str has\nb:str none\nb:str usize\nb:strategy for\nb:strategy hoisted\nb:stream 0\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:strkey v0\nb:strsim v0\nb:struct liquifact\nb:structure test\nb:stub files\nb:studio 0\nb:studio offline\nb:studio threading\nb:studios cargo\nb:style issues\nb:style omit\nb:stylelint 0\nb:stylelint formatter\nb:stylelint problem\nb:styles app\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:subject to\nb:submit audit\nb:submodules depth\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subsequent builds\nb:subtests node\nb:succeeded 0\nb:success 0\nb:successfully got\nb:successfully installed\nb:successfully set\nb:such as\nb:such file\nb:such tool\nb:sudo apt\nb:suffixed with\nb:suite expected\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:summary true\nb:sun nio\nb:supabase client\nb:support appcompat\nb:support for\nb:support targeting\nb:supported and\nb:supported file\nb:supports git\nb:supports n\nb:suppress this\nb:sure it\nb:sure that\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svg from\nb:swatinem rust\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch c\nb:switch command\nb:switch to\nb:switched to\nb:switching back\nb:switching to\nb:symbol class\nb:symfony polyfill\nb:symlinks or\nb:sync client\nb:sync from\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t core\nb:t could\nb:t d\nb:t defined\nb:t done\nb:t e\nb:t e_\nb:t entries\nb:t exist\nb:t f\nb:t find\nb:t found\nb:t from\nb:t g\nb:t h\nb:t h_\nb:t i\nb:t in\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t line\nb:t load\nb:t m\nb:t match\nb:t modules\nb:t o\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t sdk\nb:t slug\nb:t state\nb:t t\nb:t target\nb:t test\nb:t type\nb:t u\nb:t want\nb:t wstat\nb:t y\nb:t00 0\nb:t03 0\nb:t06 0\nb:t08 0\nb:t09 0\nb:t10 0\nb:t10_00_00_000 z\nb:t14 0\nb:t15 0\nb:t16 0\nb:t17 0\nb:t20 0\nb:t21 0\nb:t22 0\nb:t_ b\nb:t_ c\nb:t_ d\nb:t_ i\nb:t_ n\nb:t_ p\nb:t_ r\nb:t_ s\nb:t_ t\nb:tabs tabs\nb:tabs ts\nb:tag 0\nb:tag binutils\nb:tag cgen\nb:tag cygwin\nb:tag gdb\nb:tag must\nb:tag nanopb\nb:tag newlib\nb:tag releases\nb:tag sid\nb:tag ubuntu24\nb:tag v0\nb:tag v1\nb:tag v2\nb:tag zephyr\nb:tags false\nb:tags prune\nb:take a\nb:take empties\nb:takes 0\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar xf\nb:tar xz\nb:tarball 0\nb:tarball error\nb:tarball files\nb:target 0\nb:target classes\nb:target framework\nb:target n\nb:target s\nb:target t\nb:target w\nb:targeting n\nb:targets 0\nb:targets d\nb:targets do\nb:targets for\nb:targets microsoft\nb:targets true\nb:task 0\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task generate\nb:task get\nb:task java\nb:task key\nb:task kt\nb:task persona_flutter\nb:task pre\nb:task prebuild\nb:task run\nb:task_queues 0\nb:taskrun that\nb:tasks 0\nb:tasks default\nb:tasks execution\nb:tasks task\nb:tasks utility\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:tells npm\nb:temp 0\nb:temp agents\nb:temp git\nb:temp skills\nb:temp then\nb:temp true\nb:temperatures calls\nb:template 0\nb:template section\nb:template ts\nb:templates tests\nb:temporarily overriding\nb:temps js\nb:temurin hotspot_jdk\nb:ten off\nb:terminated program\nb:terminates the\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform io\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test android\nb:test b8ej_\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test coverage\nb:test creating\nb:test days\nb:test debug\nb:test default\nb:test dir\nb:test dll\nb:test duration\nb:test environment\nb:test error\nb:test f\nb:test failed\nb:test failures\nb:test fetch\nb:test fetcher\nb:test file\nb:test files\nb:test fixed\nb:test fixtures\nb:test from\nb:test frontend\nb:test get\nb:test go\nb:test greeting\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kotlin\nb:test kt\nb:test linux\nb:test load\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test multiplication\nb:test new\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test php\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test release\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test source\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test that\nb:test three\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test ubuntu\nb:test v\nb:test validate\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:test_window py\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:tester is\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests admin\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests csproj\nb:tests did\nb:tests failed\nb:tests failing\nb:tests feature\nb:tests from\nb:tests func1\nb:tests in\nb:tests integration\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests properties\nb:tests ring_test\nb:tests see\nb:tests settlement\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_slugs\nb:tests test_stock\nb:tests u\nb:tests unit\nb:tests__ evaluator\nb:tex range\nb:text startup\nb:textkit parser\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than initial\nb:than once\nb:than or\nb:than the\nb:thapa wlctl\nb:that allows\nb:that always\nb:that are\nb:that does\nb:that is\nb:that it\nb:that need\nb:that runs\nb:that satisfies\nb:that scrapling\nb:that supports\nb:that terminates\nb:that the\nb:that two\nb:that were\nb:the 0\nb:the a\nb:the ability\nb:the above\nb:the action\nb:the agent\nb:the allow\nb:the ammount\nb:the apache\nb:the artifact\nb:the attribute\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checkout\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the configured\nb:the conflict\nb:the constraint\nb:the contents\nb:the context\nb:the coverage\nb:the current\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the error\nb:the errors\nb:the exception\nb:the expected\nb:the expression\nb:the extra\nb:the failure\nb:the fix\nb:the flutter\nb:the following\nb:the format\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the gradle\nb:the highlights\nb:the host\nb:the hosted\nb:the individual\nb:the initial\nb:the install\nb:the installation\nb:the job\nb:the just\nb:the last\nb:the latest\nb:the license\nb:the limit\nb:the lint\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the message\nb:the method\nb:the mix\nb:the module\nb:the n\nb:the name\nb:the newest\nb:the node\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the packages\nb:the path\nb:the process\nb:the project\nb:the provided\nb:the punycode\nb:the query\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the request\nb:the requested\nb:the requirement\nb:the restore\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the specified\nb:the stack\nb:the strategy\nb:the switch\nb:the sync\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the types\nb:the update\nb:the upstream\nb:the version\nb:the warning\nb:the workspace\nb:the x\nb:them and\nb:theme git\nb:theme kt\nb:theme site\nb:theme theme\nb:then 0\nb:then any_\nb:there appears\nb:there are\nb:there is\nb:there were\nb:these values\nb:they are\nb:they come\nb:this advice\nb:this can\nb:this command\nb:this could\nb:this declaration\nb:this environment\nb:this error\nb:this expression\nb:this functionality\nb:this install\nb:this is\nb:this message\nb:this method\nb:this might\nb:this operation\nb:this please\nb:this potentially\nb:this project\nb:this release\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:this warning\nb:thiserror impl\nb:thiserror v1\nb:thread main\nb:threading csproj\nb:threading microsoft\nb:threading src\nb:three failed\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time lifecycle\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout exceeded\nb:timeout file\nb:timeout node\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timers 0\nb:timeseries timeseries\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title n\nb:title stylelint\nb:title want\nb:tldextract 0\nb:tmp build\nb:tmp pnc\nb:tmp protoc\nb:tmp ringbuf\nb:tmp tmp\nb:tmp zmk\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to azure\nb:to be\nb:to blob\nb:to build\nb:to but\nb:to c\nb:to capture\nb:to central\nb:to change\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to configure\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to create\nb:to credentials\nb:to date\nb:to detect\nb:to display\nb:to docker\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to false\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to get\nb:to git\nb:to gradle\nb:to have\nb:to high\nb:to home\nb:to ignore\nb:to image\nb:to install\nb:to java\nb:to l\nb:to load\nb:to main\nb:to make\nb:to manually\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to omit\nb:to open\nb:to opt\nb:to override\nb:to p\nb:to parameter\nb:to parse\nb:to prevent\nb:to provide\nb:to pull\nb:to query\nb:to re\nb:to read\nb:to refs\nb:to register\nb:to remove\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to retain\nb:to return\nb:to run\nb:to s\nb:to save\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to start\nb:to suppress\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to u64\nb:to underlying\nb:to unpack\nb:to unsigned\nb:to update\nb:to upgrade\nb:to use\nb:to users\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:todo 0\nb:token 0\nb:token manager\nb:token sme\nb:tokens on\nb:toml 0\nb:toml changed\nb:toml finished\nb:toml started\nb:too long\nb:too many\nb:took 0\nb:took longer\nb:tool cache\nb:tool covdata\nb:tool is\nb:toolbox toolbox\nb:toolchain 0\nb:toolchain install\nb:toolchain none\nb:toolchain stable\nb:toolchain version\nb:toolchains xml\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools preview\nb:tools tests__\nb:toomanyrequests you\nb:top level\nb:top required\nb:top vec\nb:topics dependency\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:trace deprecation\nb:trace file\nb:trace of\nb:traceback most\nb:track origin\nb:tracking orphan\nb:trailing comma\nb:trailing space\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:transferring context\nb:transferring dockerfile\nb:transform 0\nb:transition controller\nb:translation en\nb:transport got\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree demospring\nb:tree git\nb:tree node_modules\nb:tree on\nb:tree org\nb:tree sitter\nb:tree src\nb:triggers for\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trouble with\nb:true and\nb:true bypass\nb:true displays\nb:true failed\nb:true inputs\nb:true npm\nb:true object\nb:true submit\nb:true to\nb:true truthy\nb:true turn\nb:truncate test\nb:truncate the\nb:trunk and\nb:trusty updates\nb:truthy value\nb:try rustc\nb:try_from and\nb:trying to\nb:ts 0\nb:ts cart\nb:ts client\nb:ts format\nb:ts git\nb:ts invoices\nb:ts loader\nb:tsbootstrap backends\nb:tsbootstrap pyproject\nb:tsbootstrap services\nb:tsbootstrap src\nb:tsbootstrap tsbootstrap\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:turn off\nb:turn the\nb:two arrays\nb:two strings\nb:tx builder\nb:txt 0\nb:txt mirrorlist\nb:type annotation\nb:type answer\nb:type coercion\nb:type comparison\nb:type error\nb:type hard\nb:type ignore\nb:type int\nb:type is\nb:type native\nb:type none\nb:type number\nb:type of\nb:type or\nb:type remote\nb:type running\nb:type sequence\nb:type string\nb:type test\nb:type u32\nb:typealiases are\nb:typenum v1\nb:types 0\nb:types in\nb:types int\nb:types of\nb:types react\nb:types to\nb:typescript eslint\nb:typescript starter\nb:typescript version\nb:typing extensions\nb:typing import\nb:typing list\nb:typo location\nb:tzdata 0\nb:tzst p\nb:u 0\nb:u b\nb:u b_\nb:u c\nb:u cogni\nb:u d\nb:u e\nb:u e_\nb:u g\nb:u i\nb:u l\nb:u m\nb:u memory\nb:u n\nb:u p\nb:u p_\nb:u r\nb:u s\nb:u t\nb:u to\nb:u1004 the\nb:u1403 package\nb:u16 u16\nb:u1903 warning\nb:u32 0\nb:u32 cannot\nb:u64 can\nb:u64 to\nb:u64 u8\nb:u8 option\nb:u8 to\nb:u8 usize\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu noble\nb:ubuntu pool\nb:ubuntu ubuntu2404\nb:ubuntu0 0\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ubuntu3 0\nb:ui ab0x\nb:ui app\nb:ui components\nb:ui core\nb:ui kt\nb:ui report\nb:ui screens\nb:ui styles\nb:ui theme\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:undo this\nb:unexpected argument\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected indentation\nb:unexpected newline\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected unknown\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unidecode 0\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:universe amd64\nb:universe translation\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown https\nb:unknown in\nb:unknown licenses\nb:unknown linux\nb:unknown property\nb:unknown word\nb:unlabeled 0\nb:unneeded return\nb:unnested or\nb:unoptimized debuginfo\nb:unordered key\nb:unpack 0\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsatisfiable requirements\nb:unschedulable 0\nb:unset all\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:unsupported engine\nb:unter under\nb:until assertions\nb:untyped decorator\nb:untyped def\nb:untyped defs\nb:untyped functions\nb:untyped misc\nb:unused 0\nb:unused function\nb:unused ignore\nb:unused import\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused type\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up auth\nb:up c\nb:up go\nb:up j\nb:up job\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update model\nb:update on\nb:update or\nb:update run\nb:update the\nb:update to\nb:update xml\nb:update your\nb:updated because\nb:updated but\nb:updates for\nb:updates in\nb:updates main\nb:updates multiverse\nb:updates restricted\nb:updates test\nb:updates tsx\nb:updates universe\nb:updating 0\nb:updating crates\nb:upgrade connection\nb:upgrade pip\nb:upgrade to\nb:upgrade your\nb:upgraded 0\nb:upgrading https\nb:upload artifact\nb:uploading artifact\nb:uploading artifacts\nb:ureq v2\nb:url https\nb:urllib request\nb:urllib3 0\nb:usage of\nb:use apt\nb:use cd\nb:use compress\nb:use const\nb:use eslint\nb:use home\nb:use in\nb:use let\nb:use node\nb:use of\nb:use passkey\nb:use pip\nb:use prettier\nb:use search\nb:use the\nb:use try_from\nb:use warning\nb:use window\nb:use xexpect\nb:used before\nb:used config\nb:used directly\nb:used in\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used typescript\nb:used unable\nb:user git\nb:user home\nb:user interface\nb:userguide command_line_interface\nb:userland alternative\nb:username g\nb:users ankitshubham\nb:users api\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users csproj\nb:users david\nb:users jonesn\nb:users js\nb:users julian\nb:users kevin\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users ray6y\nb:users runneradmin\nb:users users\nb:users usr\nb:using 0\nb:using c\nb:using cached\nb:using check\nb:using directive\nb:using docker\nb:using existing\nb:using first\nb:using from\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:util concurrent\nb:util e\nb:util is\nb:util test\nb:utility bash\nb:utils 0\nb:utils csv\nb:utils export\nb:utils format\nb:utils geo\nb:utils test\nb:uuid v\nb:uuid v1\nb:uv 0\nb:uv cache\nb:uv install\nb:uv lock\nb:uv pip\nb:uv sync\nb:uv_manager py\nb:uw u\nb:v 0\nb:v a\nb:v a_\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v p\nb:v prune\nb:v rustup\nb:v rxs\nb:v s\nb:v v\nb:v v1\nb:v0 0\nb:v0 rust\nb:v1 0\nb:v1 app\nb:v1 s\nb:v1 unable\nb:v10 0\nb:v18 0\nb:v2 dockerfile\nb:v2 net\nb:v2 or\nb:v2 s\nb:v20 0\nb:v25 0\nb:v3 0\nb:v3 tests\nb:v4 0\nb:v4 dist\nb:v4 s\nb:v5 0\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 0\nb:v8 gradle\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid license\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value as\nb:value but\nb:value for\nb:value is\nb:value it\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable advice\nb:variable declaration\nb:variable error_count\nb:variable for\nb:variable has\nb:variable home\nb:variable name\nb:variable not\nb:variable of\nb:variables can\nb:variance variate\nb:variant filter\nb:variant variance\nb:variante variant\nb:variants vueapp\nb:varint out\nb:vec u8\nb:vendor bin\nb:vendor modules\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verbose grep\nb:verbose sed\nb:verification failed\nb:verification metadata\nb:verify the\nb:verifying checksum\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version solving\nb:version spec\nb:version that\nb:version v1\nb:version v6\nb:version verbose\nb:versions 0\nb:versions baseline\nb:versions for\nb:versions in\nb:versions may\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:via pandas\nb:via this\nb:view model\nb:viewmodel vpn\nb:viper bind\nb:virtualenv 0\nb:visual studio\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest dist\nb:vitest run\nb:vitest runner\nb:viz dashboard\nb:vpn cargo\nb:vpn data\nb:vpn git\nb:vpn is\nb:vpn keycloak\nb:vpn main\nb:vpn native_lib\nb:vpn o\nb:vpn screen\nb:vpn service\nb:vpn shared\nb:vpn ui\nb:vpn view\nb:vpn viewmodel\nb:vpn_mtu option\nb:vs threading\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w a\nb:w ampere\nb:w d_\nb:w dactyl\nb:w e\nb:w file\nb:w h\nb:w home\nb:w i\nb:w n\nb:w o\nb:w r\nb:w repo\nb:w s\nb:w t\nb:w the\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want npm\nb:want to\nb:want unicode\nb:warn code\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning also\nb:warning as\nb:warning error\nb:warning failed\nb:warning file\nb:warning github\nb:warning into\nb:warning mode\nb:warning no\nb:warning rolling_mean\nb:warning spurious\nb:warning the\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warning was\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was 0\nb:was active\nb:was canceled\nb:was created\nb:was defined\nb:was last\nb:was low\nb:was not\nb:was passed\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:wasmi_core v0\nb:watch all\nb:watch o\nb:watchos 0\nb:watchos arm64\nb:watchos main\nb:watchos simulator\nb:watchos x64\nb:we can\nb:we have\nb:we location\nb:we stopped\nb:we try\nb:web 0\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:web3_universal_ledger from\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:welcome md\nb:welcome to\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:were supplied\nb:were used\nb:werror unused\nb:west cygwin\nb:west main\nb:west master\nb:west unlabeled\nb:west zephyr\nb:what s\nb:what was\nb:what went\nb:wheel 0\nb:wheel finished\nb:wheel for\nb:wheel started\nb:wheels macos\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when set\nb:when the\nb:when true\nb:when workspaces\nb:when your\nb:where 0\nb:where a\nb:where the\nb:which is\nb:which may\nb:which requires\nb:which types\nb:which will\nb:while assembling\nb:while awaiting\nb:while checking\nb:while executing\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:while waiting\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:whl 0\nb:whl metadata\nb:whose install\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:wildcard import\nb:will be\nb:will change\nb:will do\nb:will suppress\nb:win2012 x86\nb:win22 0\nb:window mean\nb:windows 0\nb:windows for\nb:windows latest\nb:windows msvc\nb:windows r\nb:windows server\nb:windows vpn\nb:windows windows2022\nb:windows2022 readme\nb:windows_ n\nb:wine ansible\nb:wine git\nb:with 0\nb:with a\nb:with an\nb:with annotations\nb:with any\nb:with architecture\nb:with backtrace\nb:with body\nb:with code\nb:with copyright\nb:with digest\nb:with env\nb:with error\nb:with errors\nb:with exit\nb:with frozen\nb:with gitlab\nb:with gradle\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with no\nb:with non\nb:with package\nb:with path\nb:with r\nb:with scan\nb:with server\nb:with stacktrace\nb:with status\nb:with swift\nb:with the\nb:with timeout\nb:with version\nb:with vulnerabilities\nb:with write\nb:with your\nb:within 0\nb:within a\nb:within the\nb:without any\nb:without file\nb:without impacting\nb:without starting\nb:without the\nb:woff2 0\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work actions\nb:work ansible\nb:work api\nb:work around\nb:work assets\nb:work badge\nb:work beringin\nb:work bigdata\nb:work billing\nb:work cart\nb:work chat\nb:work cogni\nb:work configr\nb:work counter\nb:work crc\nb:work dart_web3\nb:work dashboard\nb:work dates\nb:work deploy\nb:work dht\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fortuna\nb:work fw\nb:work geo\nb:work graph\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work imgproc\nb:work integration\nb:work inventory\nb:work kotlin\nb:work landing\nb:work ledger\nb:work liquifact\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work ops\nb:work org\nb:work parser\nb:work phpunit\nb:work pkgtool\nb:work preparer\nb:work proto\nb:work py\nb:work pyserve\nb:work quasar\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work satu\nb:work sensor\nb:work shop\nb:work shorturl\nb:work site\nb:work slugger\nb:work slugs\nb:work space\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work tsbootstrap\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:work zurichsee_ha\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflow is\nb:workflow job\nb:workflow that\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace build\nb:workspace etl\nb:workspace geo\nb:workspace home\nb:workspace imgproc\nb:workspace mani\nb:workspace name\nb:workspace orders\nb:workspace queue\nb:workspace root\nb:workspace samples\nb:workspace units\nb:workspace workspace\nb:workspaces are\nb:workspaces include\nb:workspaces of\nb:workspaces vs\nb:worktree config\nb:worktrees path\nb:would be\nb:would have\nb:would reformat\nb:wrapper dists\nb:wrapper zips\nb:write to\nb:write true\nb:writely notes\nb:writing image\nb:writing summary\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www docker\nb:www shellcheck\nb:x 0\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x t\nb:x test_client\nb:x x\nb:x y\nb:x000001 b\nb:x32_2 0\nb:x64 bin\nb:x64 lib\nb:x64 main\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86 0\nb:x86_64 linux\nb:x86_64 pc\nb:x86_64 unknown\nb:x_ r\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xexpect actual\nb:xf home\nb:xfailed in\nb:xfonts encodings\nb:xml 0\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:y a\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:y t\nb:y w\nb:y_ d\nb:yaml 0\nb:yaml is\nb:yaml safe_load\nb:yaml truthy\nb:yarl 0\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yml 0\nb:yml line\nb:you are\nb:you can\nb:you create\nb:you don\nb:you have\nb:you make\nb:you may\nb:you mean\nb:you missing\nb:you must\nb:you need\nb:you want\nb:your build\nb:your code\nb:your dependencies\nb:your gemfile\nb:your gradle\nb:your lock\nb:your lockfile\nb:your network\nb:your new\nb:your own\nb:your pipfile\nb:your plan\nb:your pull\nb:your requirements\nb:your test\nb:your workflow\nb:youtrack jetbrains\nb:z a\nb:z c\nb:z current\nb:z debug\nb:z group\nb:z h\nb:z l\nb:z m\nb:z post\nb:zephyr module\nb:zephyr v1\nb:zephyrproject rtos\nb:zero code\nb:zero exit\nb:zero no\nb:zerox80 mavi\nb:zig 0\nb:zig build\nb:zigler 0\nb:zipp 0\nb:zips 0\nb:zmk config\nb:zmkfirmware zmk\nb:zstd is\nb:zurichsee_ha requirements\nb:zurichsee_ha zurichsee_ha\nb:zzpmw to\nf:0\nf:a\nf:action\nf:actions\nf:actual\nf:add\nf:added\nf:adding\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:android\nf:annotated\nf:anomaly_history\nf:ansible\nf:api\nf:app\nf:apr\nf:arch\nf:archinstall\nf:archive\nf:artifact\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:azure\nf:b\nf:bad\nf:bash\nf:because\nf:beringin\nf:billing\nf:bin\nf:black\nf:body\nf:branch\nf:bucket\nf:build\nf:build_dir\nf:building\nf:builds\nf:buildx\nf:built\nf:bun\nf:bundle\nf:bundler\nf:busted\nf:but\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caching\nf:caddy\nf:can\nf:cancelled\nf:cancelling\nf:cannot\nf:cargo\nf:cart\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:changes\nf:check\nf:checked\nf:checking\nf:ci\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:click\nf:client\nf:cloning\nf:cmake\nf:cmd\nf:code\nf:cogni\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:components\nf:composer\nf:compression\nf:config\nf:configure\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:context7\nf:continue\nf:copying\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:create\nf:created\nf:creating\nf:curl\nf:current\nf:custom_components\nf:d\nf:d101\nf:d12341ef4ed7\nf:daemon\nf:datacenter\nf:dd\nf:def\nf:default\nf:deleting\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detected\nf:detecting\nf:determining\nf:dev\nf:dhtl_entry\nf:dhtl_entry_windows\nf:did\nf:diff\nf:difference\nf:disabling\nf:distribution\nf:do\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:done\nf:double\nf:download\nf:downloaded\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:e\nf:e1001\nf:echo\nf:edit\nf:elif\nf:elixir\nf:else\nf:enable\nf:end\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:escrow\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:examples\nf:exceeded\nf:exception\nf:exec\nf:executing\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:explicit\nf:export\nf:exporting\nf:extra_cmake_args\nf:extracting\nf:f\nf:f401\nf:f403\nf:f420ae9f738c\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetched\nf:fetching\nf:fi\nf:field\nf:file\nf:files\nf:finalizing\nf:find\nf:finished\nf:finishing\nf:first\nf:fix\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:format\nf:formatter\nf:found\nf:freethreaded\nf:from\nf:g\nf:gathering\nf:gcc\nf:gem\nf:generate\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:gh\nf:git\nf:github\nf:glob\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gpg\nf:gradle\nf:gradlew\nf:grep\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:ignore\nf:image\nf:import\nf:in\nf:include\nf:included\nf:includeif\nf:incubating\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:install_gui_linux\nf:installed\nf:installing\nf:instance\nf:instructions\nf:internal\nf:interrupted\nf:invalid\nf:ios\nf:is\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:key\nf:knows\nf:kotlin\nf:l\nf:laravel\nf:learn\nf:ledger\nf:lerna\nf:let\nf:level\nf:lfs\nf:lib\nf:libdbus\nf:libfreetype6\nf:libgbm1\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:linux\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:lookup\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:mcp\nf:medium\nf:melos\nf:meson\nf:message\nf:meta\nf:metadata\nf:method\nf:microsoft\nf:minutes\nf:miscellaneous\nf:missing\nf:mix\nf:mkdir\nf:mode\nf:model\nf:moderate\nf:module\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:naming\nf:network\nf:new\nf:next\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:notice\nf:npm\nf:npx\nf:number\nf:numpy\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:open\nf:opencode\nf:operating\nf:operator\nf:opt\nf:or\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:pandas\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:pip\nf:pipeline\nf:pixi\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:pre\nf:prefix\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:prompt\nf:provider\nf:psql\nf:public\nf:pulling\nf:pydantic\nf:pyproject\nf:pytest\nf:python\nf:python2_\nf:python3\nf:python3_\nf:python_\nf:qualified_races\nf:r\nf:rake\nf:ran\nf:range\nf:raw_race_data\nf:read\nf:reading\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:release\nf:removing\nf:repository\nf:required\nf:reset\nf:resolve\nf:resolved\nf:resolving\nf:restore\nf:restored\nf:restoring\nf:restricted\nf:result\nf:results\nf:retention\nf:return\nf:returns\nf:reuse\nf:reviewdog\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:root\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rust\nf:rustc\nf:rustup\nf:s\nf:safety\nf:save\nf:scan\nf:scanned\nf:schema\nf:scikit\nf:scrapling\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:security\nf:see\nf:self\nf:sensor\nf:sentry\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:sha256\nf:shell\nf:shellcheck\nf:short\nf:should\nf:show\nf:skill\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:sparse\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:state\nf:statsmodels\nf:status\nf:stderr\nf:step\nf:steps\nf:stopping\nf:stored\nf:string\nf:stylelint\nf:subject\nf:submodules\nf:subtest\nf:success\nf:successfully\nf:sudo\nf:suites\nf:summary\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:targets\nf:task\nf:team\nf:teamcity\nf:temporarily\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:there\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tment\nf:tmp\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:tools\nf:total\nf:touch\nf:traceback\nf:transferring\nf:tree\nf:trim\nf:true\nf:try\nf:tsbootstrap\nf:tsc\nf:turn\nf:type\nf:typing\nf:u\nf:ubuntu\nf:unable\nf:undefined\nf:unexpected\nf:unformatted\nf:unfortunately\nf:unidecode\nf:unit\nf:unknown\nf:unpacking\nf:unschedulable\nf:unused\nf:update\nf:updating\nf:uploading\nf:use\nf:used\nf:users\nf:using\nf:usr\nf:uv\nf:v0\nf:v1\nf:value\nf:variable\nf:venv\nf:version\nf:via\nf:view\nf:virtualenv\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:watch\nf:we\nf:web\nf:webpack\nf:welcome\nf:what\nf:when\nf:windows\nf:with\nf:worker\nf:workflow\nf:working\nf:workspace\nf:workspaces\nf:would\nf:write\nf:writing\nf:x\nf:xml\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a_\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:absolute\nnw:abuild\nnw:access\nnw:accessing\nnw:account\nnw:action\nnw:actionpack\nnw:actions\nnw:actual\nnw:add\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:again\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:amd64\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:args\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:arrow_glacier\nnw:artifact\nnw:artifacts\nnw:as\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assignable\nnw:assigned\nnw:async\nnw:at\nnw:attempt\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:avoid\nnw:awesome\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b_\nnw:back\nnw:backticks\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:bom\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:built\nnw:bun\nnw:bundle\nnw:bundler\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2006\nnw:c2065\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cargo_common_metadata\nnw:cart\nnw:cart_spec\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:central\nnw:chain_generics\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloning\nnw:closing\nnw:cloud\nnw:club\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codec\nnw:codecov\nnw:codes\nnw:coding\nnw:coercion\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:compute_header_hash\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connected\nnw:connecting\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:container\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contracts\nnw:contrib\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:covdata\nnw:coverage\nnw:cpp\nnw:cpu\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:date\nnw:db\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:deep\nnw:def\nnw:default\nnw:defined\nnw:deleting\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detecto\nnw:detector\nnw:dev\nnw:dial\nnw:did\nnw:diff\nnw:different\nnw:digest\nnw:dir\nnw:directory\nnw:disable\nnw:disabled\nnw:discount\nnw:dispatch\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documents\nnw:does\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:downloads\nnw:drone\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:eebxo6ax\nnw:either\nnw:elapsed\nnw:element\nnw:elliot\nnw:else\nnw:elsewhere\nnw:em_http\nnw:emit\nnw:empty\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:escrow\nnw:eslint\nnw:est\nnw:ethereum\nnw:eval\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:experiment\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:extra\nnw:extracted\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:fffff\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixture\nnw:fixtures\nnw:fixtures_spec\nnw:flag\nnw:flags\nnw:flow\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:forbidden\nnw:force\nnw:foreign\nnw:fork\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:formed\nnw:forum\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:further\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:gems\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getaddrinfo\nnw:getting\nnw:ggml\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goproxy\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:graph\nnw:gravito\nnw:greater\nnw:greeting\nnw:group\nnw:groups\nnw:gui\nnw:guilouro\nnw:gulp\nnw:gz\nnw:h\nnw:had\nnw:handle\nnw:handler\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hatch\nnw:hatchling\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:holds\nnw:home\nnw:hook\nnw:host\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:increase\nnw:index\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:install_gui_linux\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instrument\nnw:insufficient\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:invoice\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:iso8601\nnw:issue\nnw:issues\nnw:ist\nnw:it\nnw:item\nnw:items\nnw:its\nnw:j\nnw:jar\nnw:jasmine\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:ktlint\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:legacy\nnw:lein\nnw:lenght\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:llama\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:longer\nnw:looking\nnw:low\nnw:lower\nnw:lower_snake_case\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:macos\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:managed\nnw:manager\nnw:manifest\nnw:manual\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:mavi\nnw:max\nnw:may\nnw:maybe\nnw:mcomella\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:mhelp\nnw:microsoft\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:more\nnw:most\nnw:mozilla\nnw:ms\nnw:msg\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:n_\nnw:name\nnw:namespace\nnw:native\nnw:ne13\nnw:ne2\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:ng\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:nodes\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:notation\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:packet\nnw:pad\nnw:padding\nnw:page\nnw:paket\nnw:parallel\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parsed\nnw:parser\nnw:parsing\nnw:part\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pd\nnw:pelago\nnw:pending\nnw:performance\nnw:perhaps\nnw:phase\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pixi\nnw:pkg\nnw:pl\nnw:platform\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pod\nnw:pods\nnw:poet\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:possibly\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:printf\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pypi\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:quasar\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:rate\nnw:ratelimit\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:releases\nnw:relying\nnw:remaining\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:returns\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:rspec\nnw:rubyonrails\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:satisfies\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:schemas\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:search\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:setting\nnw:settings\nnw:setup\nnw:severity\nnw:sh\nnw:sha256\nnw:shade\nnw:share\nnw:shared\nnw:shell\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shrinkwrap\nnw:shutdown\nnw:signal\nnw:simple\nnw:single\nnw:sit\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:solve\nnw:solving\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:splitting\nnw:spond\nnw:spurious\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:starts\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:style\nnw:sub\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:tcp\nnw:teamcity\nnw:telemetry\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_core\nnw:test_error\nnw:test_fail\nnw:test_order\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:thrown\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:tint\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:token\nnw:toml\nnw:too\nnw:took\nnw:tool\nnw:toolbox\nnw:tooling\nnw:tools\nnw:topic\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transactions\nnw:transfer\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unauthorized\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undeclared\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unit\nnw:units\nnw:unix\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:unschedulable\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:upload\nnw:uploading\nnw:uri\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:vite\nnw:vpn\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:y_\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\nnw:zzpmw\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a01e7751d80c\nw:a04\nw:a07\nw:a1082be0\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a5\nw:a62\nw:a7aef8b1\nw:a_\nw:aa\nw:aaa\nw:aarch64\nw:aashish\nw:ab0x\nw:ab284314\nw:abi3\nw:ability\nw:able\nw:abort\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:absent\nw:abuild\nw:ac6\nw:accept\nw:access\nw:accordingly\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:act_container_manager\nw:act_linter\nw:action\nw:action_actionlint\nw:actionable\nw:actionlint\nw:actionpack\nw:actions\nw:activate\nw:active\nw:activemodel\nw:activerecord\nw:activity\nw:actual\nw:ad613ffba\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:address\nw:ade2\nw:admin\nw:advice\nw:advisories\nw:advisory\nw:aes\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:agents\nw:aggregate\nw:ago\nw:ai\nw:aiogithubapi\nw:aiohappyeyeballs\nw:aiohasupervisor\nw:aiohttp\nw:aiooui\nw:aiosignal\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:aliases\nw:all\nw:allocate\nw:allocation\nw:allow\nw:allowed\nw:allows\nw:alongside\nw:alpha\nw:alpha1\nw:alphabetical\nw:alpine\nw:alpine3\nw:alpinelinux\nw:already\nw:als\nw:also\nw:alternative\nw:always\nw:amd64\nw:ammount\nw:amount\nw:ampere\nw:amphp\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:analyze\nw:and\nw:andi\nw:android\nw:ankitshubham\nw:annotated\nw:annotation\nw:annotations\nw:anomaly_history\nw:anonymous\nw:ansi\nw:ansible\nw:answer\nw:any\nw:any_\nw:anyio\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apis\nw:apk\nw:app\nw:appcompat\nw:appears\nw:apple\nw:application\nw:applied\nw:applies\nw:apply\nw:approval\nw:approved\nw:approx\nw:apps\nw:apr\nw:apt\nw:arc\nw:arch\nw:archinstall\nw:architect\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:ark\nw:arm\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:arturbosch\nw:as\nw:asd\nw:assembling\nw:assembly\nw:assert\nw:assert_eq\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:assistant\nw:associated\nw:ast\nw:astral\nw:astrogilda\nw:async\nw:async_hooks\nw:asyncio\nw:at\nw:attach\nw:attempt\nw:attempting\nw:attempts\nw:attr\nw:attribute\nw:attrs\nw:audit\nw:audited\nw:auditor\nw:auth\nw:authenticating\nw:author\nw:auto\nw:automatically\nw:automation\nw:autonomous\nw:available\nw:avg\nw:avoid\nw:await\nw:awaiting\nw:awesomeness\nw:awk\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b2\nw:b28\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b5c67\nw:b6\nw:b7\nw:b7c1d6e3f\nw:b8ej_\nw:b_\nw:b_allowed\nw:babel\nw:back\nw:backend\nw:backends\nw:backoff\nw:backports\nw:backticks\nw:backtrace\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:base64\nw:based\nw:baseline\nw:bash\nw:basic\nw:batch\nw:bats\nw:bazel\nw:bb\nw:bc\nw:bd\nw:be\nw:be95da1\nw:beanie\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:behavior\nw:behind\nw:being\nw:bergmann\nw:beringin\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigint\nw:bigquery\nw:billing\nw:bin\nw:binaries\nw:binary\nw:bind\nw:bintray\nw:binutils\nw:biome\nw:bit\nw:bitwise\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blockchain\nw:blocked\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:bluetooth\nw:blur\nw:bodies\nw:body\nw:book\nw:bookmark\nw:bookmarks\nw:bookworm\nw:bool\nw:boolean\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:boto3\nw:bound\nw:bounds\nw:branch\nw:branches\nw:branchpoint\nw:breadcrumbs\nw:breaking\nw:brianbancroft\nw:british\nw:broadcast\nw:broken\nw:browser\nw:bs\nw:bs4\nw:bucket\nw:buf\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:build1\nw:build_dir\nw:builddir\nw:builder\nw:building\nw:buildkite\nw:buildprocess\nw:builds\nw:buildtree\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:button\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c12\nw:c1d2e3\nw:c1e\nw:c2\nw:c2065\nw:c2164\nw:c2_\nw:c3\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:ca9\nw:cab\nw:cabal\nw:cache\nw:cached\nw:cachedir\nw:cachekey\nw:cacheprovider\nw:caches\nw:caching\nw:caddy\nw:call\nw:call_once\nw:callable\nw:callback\nw:called\nw:calling\nw:calls\nw:camoufox\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:candidate\nw:cannot\nw:capability\nw:capsules\nw:captioner\nw:capture\nw:card\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:cast\nw:casting\nw:castle\nw:casts\nw:cat\nw:catch\nw:categories\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cdn\nw:ce061790ffbc\nw:cell\nw:central\nw:certifi\nw:cf\nw:cffi\nw:cfg\nw:cgen\nw:ch\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:channels\nw:char\nw:characters\nw:chars\nw:charset\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:checksums\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:chosen\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:cinterop\nw:circle\nw:circleci\nw:cirrus\nw:cjs\nw:cl\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clause\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:clear\nw:cli\nw:cliargs_spec\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:closure\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cmsis\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec\nw:codec_test\nw:codecov\nw:codegen\nw:codehaus\nw:coder\nw:codespell\nw:codex\nw:coercion\nw:cogni\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:collision\nw:color\nw:colors\nw:colr\nw:column\nw:columns\nw:com\nw:come\nw:comma\nw:command\nw:command_dispatcher\nw:command_line_interface\nw:command_line_warnings\nw:command_runner\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:common\nw:commonization\nw:commonly\nw:comms\nw:communication\nw:community\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:component\nw:component_test\nw:components\nw:composer\nw:compress\nw:compression\nw:compute\nw:computed\nw:concepts\nw:conclude\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:cone\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configure\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:conftest\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:consider\nw:considered\nw:console\nw:const\nw:constraint\nw:constraints\nw:construct\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:container_test_runner\nw:containers\nw:containing\nw:contains\nw:content\nw:contents\nw:context\nw:context7\nw:continue\nw:contract\nw:contracts\nw:contributors\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:cop\nw:copy\nw:copying\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:corrected\nw:correctness\nw:corresponding\nw:cosmos\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:coupon\nw:cov\nw:covdata\nw:cover\nw:coverage\nw:covered\nw:cp\nw:cp310\nw:cp311\nw:cp314\nw:cpp\nw:cpufeatures\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:cronjs\nw:cross\nw:crossbeam\nw:crypto\nw:crystal\nw:cs\nw:csl\nw:cspell\nw:csproj\nw:css\nw:cssx\nw:cstuff\nw:csv\nw:csvkit\nw:csys\nw:ctest\nw:ctrl\nw:curl\nw:current\nw:currently\nw:curve25519\nw:cusr\nw:custom\nw:custom_components\nw:cwiki\nw:cygwin\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d12341ef4ed7\nw:d1c2f4a\nw:d1f\nw:d2c1e0f\nw:d2f6c0b\nw:d4ba2\nw:d55\nw:d_\nw:dactyl\nw:dactyl_left\nw:daemon\nw:daemons\nw:dalek\nw:dangerously\nw:darling_macro\nw:dart\nw:dart_web3\nw:darwin\nw:dashboard\nw:dashes\nw:dashmap\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datasert\nw:date\nw:dates\nw:dateutil\nw:david\nw:days\nw:db\nw:dbe9cd2fc\nw:dbkit\nw:dd\nw:dd7935\nw:de\nw:deadline\nw:dealing\nw:deb12u1\nw:debian\nw:debug\nw:debug_html_parser\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:declared\nw:decode\nw:decorator\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defaults\nw:defined\nw:defining\nw:definition\nw:defs\nw:degraded\nw:deleted\nw:deleting\nw:delimiter\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:der\nw:dereferenced\nw:derive\nw:deriving\nw:derliebemarcus\nw:desc\nw:describe\nw:description\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detection\nw:detector\nw:detectors\nw:detekt\nw:determine\nw:determining\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:dht\nw:dhtl_commands\nw:dhtl_commands_standalone\nw:dhtl_commands_workflows\nw:dhtl_entry\nw:dhtl_entry_windows\nw:dhtl_github\nw:dhtl_guardian_command\nw:dhtl_version\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:dict\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:differs\nw:digest\nw:dir\nw:direct\nw:directive\nw:directly\nw:directories\nw:directory\nw:disable\nw:disabled\nw:disabling\nw:discard\nw:discount\nw:discovered\nw:discovery\nw:disk\nw:dispatch\nw:dispatcher\nw:display\nw:displays\nw:dist\nw:distribution\nw:distributions\nw:dists\nw:div\nw:division\nw:django\nw:dl\nw:dll\nw:do\nw:doc\nw:doc_markdown\nw:docker\nw:dockerfile\nw:dockerignore\nw:docs\nw:docstring\nw:doctrine\nw:document\nw:documentation\nw:documents\nw:doer\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotenv\nw:dotfiles\nw:dotnet\nw:down\nw:downgrade\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:driver\nw:drone\nw:dronelink\nw:dropdown\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:dyn\nw:e\nw:e0\nw:e0061\nw:e0106\nw:e0277\nw:e0308\nw:e04\nw:e0401\nw:e0425\nw:e10\nw:e1001\nw:e1101\nw:e225\nw:e231\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e58d67b4\nw:e7\nw:e8f\nw:e_\nw:e_path\nw:eadcdc7d\nw:ec\nw:echo\nw:eclipse\nw:ed25519\nw:edge\nw:edit\nw:editor\nw:ee\nw:eebxo6ax\nw:efde290b\nw:efe31b98f2\nw:eff\nw:egeria\nw:either\nw:elem\nw:element\nw:elements\nw:elif\nw:elite\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embark\nw:embedded\nw:emitted\nw:empties\nw:empty\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encodings\nw:encountered\nw:end\nw:endpoints\nw:ends_with\nw:enforce\nw:engine\nw:engineers\nw:enhancements\nw:enough\nw:ensure\nw:entering\nw:entirely\nw:entities\nw:entity\nw:entry\nw:entrypoint\nw:enum\nw:enums\nw:env\nw:environment\nw:envs\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:epoch\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:equivalent\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escape\nw:escaped\nw:escrow\nw:escrow_id\nw:eslint\nw:est\nw:eta\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluating\nw:evaluator\nw:event\nw:events\nw:ever\nw:every\nw:ex\nw:exactly\nw:example\nw:examples\nw:exceeded\nw:exceeds\nw:exception\nw:exceptions\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:explain\nw:explanations\nw:explicit\nw:explicitly\nw:explore\nw:export\nw:exported\nw:exporting\nw:exports\nw:expr\nw:express\nw:expressed\nw:expression\nw:exs\nw:extend\nw:extension\nw:extensions\nw:extra\nw:extra_cmake_args\nw:extracting\nw:extraheader\nw:f\nw:f1d2c3b\nw:f242abd9c8e\nw:f401\nw:f403\nw:f420ae9f738c\nw:f53616\nw:f7\nw:f841\nw:f909ac5\nw:f_to_c\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fall\nw:fallback\nw:false\nw:familjen\nw:family\nw:fast\nw:fastapi\nw:faster\nw:fastlane\nw:fatal\nw:fb\nw:fc58aa\nw:fc97a4c5\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetched\nw:fetcher\nw:fetching\nw:few\nw:ff\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finalizing\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fits\nw:fix\nw:fixable\nw:fixed\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flags\nw:flake\nw:flash\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:fonts\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:forgot\nw:fork\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:fortuna\nw:forwarder\nw:found\nw:foundation\nw:fragment\nw:frames\nw:framework\nw:free\nw:freethreaded\nw:freetype\nw:freezing\nw:fresh\nw:from\nw:frontend\nw:frozen\nw:frozenlist\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functionality\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:futures\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g8001\nw:g_\nw:galaxy\nw:garbage\nw:gateway\nw:gateway_addresses\nw:gathering\nw:gc\nw:gcc\nw:gcd_import\nw:gcm\nw:gcr\nw:gdb\nw:gem\nw:gemfile\nw:gemini\nw:gems\nw:general\nw:generate\nw:generate_summary\nw:generated\nw:generating\nw:generation\nw:generator\nw:geo\nw:get\nw:get_settled_at\nw:get_sources\nw:getaddrinfo\nw:getter\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:ghcr\nw:gi\nw:git\nw:gitconfig\nw:gitdir\nw:github\nw:gitlab\nw:gitleaks\nw:given\nw:gl\nw:glibc\nw:glob\nw:global\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:gpt\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:gravito\nw:greater\nw:green\nw:greenlet\nw:greeting\nw:grep\nw:grgit\nw:groovy\nw:grotesk\nw:group\nw:groups\nw:guilouro\nw:gulp\nw:gyp\nw:gzip\nw:h\nw:h0m0s\nw:h0s9kvb6g2sinako7ub77ku\nw:h11\nw:h2\nw:h5\nw:h600\nw:h_\nw:habluetooth\nw:had\nw:hadolint\nw:hadrian\nw:hal\nw:handbook\nw:handle\nw:handled\nw:handler\nw:handles\nw:hang\nw:happen\nw:happy\nw:hard\nw:harness\nw:has\nw:hash\nw:hashbrown\nw:hashes\nw:hashicorp\nw:hashmap\nw:haskell\nw:hass\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:headless\nw:heads\nw:health\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hh\nw:hhp\nw:hi\nw:hicpp\nw:hidden\nw:hierarchy\nw:high\nw:higher\nw:highlights\nw:hint\nw:hit\nw:hits\nw:hive\nw:hoisted\nw:hoisting\nw:home\nw:homeassistant\nw:homebrew\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:hours\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:httpcomponents\nw:httpcore\nw:https\nw:httpx\nw:hub\nw:humanwhocodes\nw:husky\nw:i\nw:i128\nw:i_\nw:ibis\nw:ibis_bigquery\nw:ic\nw:ic3bur\nw:icons\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idna\nw:idx\nw:ie\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:im\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:imgproc\nw:iml1s\nw:immediately\nw:immutable\nw:impacting\nw:impl\nw:implement\nw:implementation\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importlib\nw:imports\nw:impossible\nw:in\nw:inc\nw:include\nw:included\nw:includeif\nw:includes\nw:including\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistencies\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:increase\nw:incremental\nw:incubating\nw:indentation\nw:index\nw:indicate\nw:individual\nw:ineffective\nw:infallibly\nw:inference\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inlang\nw:inner\nw:input\nw:inputs\nw:insensitive\nw:inside\nw:insights\nw:inspect\nw:inspected\nw:install\nw:install_gui_linux\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instead\nw:instructions\nw:instrument\nw:instrumented\nw:insufficient\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interactive\nw:interface\nw:interfaces\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:inverse\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ipynb\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:is_none\nw:isn\nw:isntall\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:ist\nw:it\nw:items\nw:iter\nw:iterating\nw:iterator\nw:itertools\nw:itoa\nw:its\nw:j\nw:j2\nw:j30\nw:jar\nw:jaraco\nw:jars\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetbrains\nw:jetty\nw:job\nw:jobs\nw:jobsys\nw:john\nw:jonesn\nw:jooq\nw:jq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julian\nw:jupiter\nw:jupyter\nw:just\nw:jvm\nw:k\nw:k1045\nw:k8s\nw:k_\nw:kata\nw:keccak\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keycloak\nw:keymanapp\nw:keyring\nw:keys\nw:keystore\nw:keyword\nw:keywords\nw:ki\nw:kill\nw:killed\nw:kind\nw:km_to_miles\nw:knob\nw:known\nw:koans\nw:koch\nw:kotlin\nw:kt\nw:ktlint\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l1s\nw:l3\nw:l3008\nw:l3013\nw:l_\nw:lab\nw:label\nw:labs\nw:lambda\nw:landing\nw:lang\nw:language_tags\nw:laravel\nw:large\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:layers\nw:layout\nw:lazy\nw:ld\nw:league\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:less\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libasound2\nw:libatk1\nw:libc\nw:libc6\nw:libdbus\nw:libfreetype6\nw:libgbm1\nw:libglib2\nw:library\nw:libs\nw:libtonode\nw:libxcomposite1\nw:libxfixes3\nw:libxrender1\nw:license\nw:license_file\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:liquifact\nw:liquifact_escrow\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:lite86\nw:literal\nw:littpi\nw:live\nw:llama\nw:lloc\nw:llvm\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logger\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:longz4wqz\nw:look\nw:looking\nw:looks\nw:lookup\nw:loomy\nw:loop\nw:loosely\nw:lost\nw:low\nw:lowagie\nw:lower\nw:lower_snake_case\nw:lru\nw:ls\nw:lspconfig\nw:lua\nw:lxml\nw:m\nw:m0s\nw:m104\nw:m12\nw:m2\nw:m21\nw:m237\nw:m2repository\nw:m309\nw:m47\nw:m49\nw:m62\nw:m64\nw:m67\nw:m7\nw:m78\nw:m84\nw:m88\nw:m_\nw:mac\nw:machine\nw:macos\nw:macro\nw:macro2\nw:macros\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:makes\nw:making\nw:malformed\nw:malicious\nw:manager\nw:mani\nw:manifest\nw:manifests\nw:manual\nw:manually\nw:manuell\nw:many\nw:manylinux1_x86_64\nw:manylinux2014_x86_64\nw:manylinux_2_17_x86_64\nw:manylinux_2_24_x86_64\nw:manylinux_2_28_x86_64\nw:manylinux_2_34_x86_64\nw:manylinux_2_5_x86_64\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marketing\nw:marking\nw:masonj0\nw:masque\nw:master\nw:match\nw:matched\nw:matcher\nw:matchers\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maturin\nw:maven\nw:maven2\nw:mavi\nw:mavivpn\nw:mawk\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:mcgdiff\nw:mcp\nw:md\nw:mdi\nw:mdurl\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:mecho\nw:media\nw:meeting\nw:megalinter\nw:melos\nw:mem\nw:member\nw:memory\nw:merge\nw:merror\nw:meson\nw:message\nw:messages\nw:met\nw:meta\nw:metadata\nw:meter\nw:method\nw:methods\nw:metrics\nw:mfi\nw:mhelp\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:mif\nw:might\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minimum\nw:minitest\nw:mintimeout\nw:minute\nw:minutes\nw:mirror\nw:mirrorlist\nw:mirrors\nw:misc\nw:miscellaneous\nw:mismatch\nw:mismatched\nw:miss\nw:missing\nw:missing_offset\nw:mission_impl\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnote\nw:mnpm\nw:mnt\nw:mobile\nw:mocha\nw:mock\nw:mod\nw:modal\nw:mode\nw:model\nw:models\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:molecule\nw:mon\nw:money\nw:mono\nw:more\nw:most\nw:mother\nw:move\nw:moved\nw:mpp\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:mshared\nw:msvc\nw:multi\nw:multidict\nw:multiline\nw:multiple\nw:multiple___\nw:multiplication\nw:multiverse\nw:musl\nw:must\nw:must_use\nw:must_use_candidate\nw:mut\nw:mutmut\nw:mutual\nw:mvalue\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:n\nw:n0000\nw:n0028\nw:n_\nw:nabucasa\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:naming\nw:nanopb\nw:native\nw:native_lib\nw:nav\nw:ne\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newer\nw:newest\nw:newlib\nw:newline\nw:newly\nw:next\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:nix\nw:no\nw:noble\nw:node\nw:node_config\nw:node_modules\nw:nodejs\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:northcentralus\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notifications\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:nuget\nw:null\nw:nullable\nw:num\nw:number\nw:numeric\nw:numpy\nw:nunomaduro\nw:nursery\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:ocrd\nw:odder\nw:oder\nw:odor\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:ole\nw:omit\nw:on\nw:once\nw:once_cell\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:opencode\nw:openemr\nw:opening\nw:openproject\nw:openssh\nw:opentelemetry\nw:operand\nw:operating\nw:operation\nw:operations\nw:operator\nw:operators\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orjson\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outputs\nw:outside\nw:over\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:own\nw:oxlint\nw:p\nw:p0040\nw:p1\nw:p256\nw:p_\nw:pack\nw:package\nw:package_name\nw:packages\nw:packaging\nw:packed\nw:packet\nw:packetfence\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:paket\nw:pandas\nw:panic\nw:panicked\nw:panicking\nw:panics\nw:panics_on_zero\nw:paragraph\nw:parallel\nw:param\nw:parameter\nw:parameters\nw:params\nw:parcel\nw:parens\nw:parent\nw:parentheses\nw:parenthesis\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsers\nw:parsing\nw:part\nw:partial\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:passkey\nw:password\nw:paste\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:patterns\nw:payload\nw:pb\nw:pbkdf2\nw:pc\nw:pdf\nw:pdfkit\nw:pedantic\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:period\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:persona_flutter\nw:pest\nw:pestphp\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pillow\nw:pin\nw:pinned\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipenv\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgconfig\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:plans\nw:platform\nw:platformdirs\nw:playwright\nw:please\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:plus\nw:pmd\nw:pnc\nw:pnpm\nw:pod\nw:pods\nw:podspec\nw:pointing\nw:policies\nw:policy\nw:polyfill\nw:polymer\nw:pom\nw:pool\nw:populate\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:post0\nw:post1\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:power\nw:pp\nw:ppv\nw:pr\nw:prebuild\nw:prebuilt\nw:precompiled\nw:prefer\nw:prefix\nw:prefs\nw:preinstall\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparer\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:press\nw:prettier\nw:prettyplease\nw:prevent\nw:previous\nw:previously\nw:price\nw:primary\nw:print\nw:printed\nw:printf\nw:println\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:process\nw:processes\nw:processing\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:prometheus\nw:prompt\nw:prompts\nw:propcache\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:providers\nw:provides\nw:providing\nw:provisioner\nw:provisioning\nw:proxy\nw:prune\nw:psql\nw:psr\nw:psutil\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:punycode\nw:purchased\nw:pure\nw:push\nw:pv4\nw:pwsh\nw:py\nw:py2\nw:py3\nw:pycognito\nw:pycparser\nw:pydantic\nw:pygments\nw:pylint\nw:pyo3\nw:pypa\nw:pypi\nw:pyproject\nw:pyproject_hooks\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python2_\nw:python3\nw:python3_\nw:python_\nw:pytz\nw:pyyaml\nw:q\nw:qty\nw:qualified_races\nw:quant\nw:quantity\nw:quartz\nw:quasar\nw:queries\nw:query\nw:queue\nw:queued\nw:queues\nw:quic\nw:quickstart\nw:quickstarts\nw:quiet\nw:quotes\nw:r\nw:r0\nw:r2\nw:r5\nw:r7\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:rand\nw:rand_core\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:raw_race_data\nw:ray6y\nw:rb\nw:rc\nw:rc1\nw:rc2\nw:rc3\nw:rdk\nw:re\nw:reached\nw:react\nw:read\nw:read_capsule\nw:reading\nw:readme\nw:readme_spec\nw:readonly\nw:readthedocs\nw:ready\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:recorded\nw:records\nw:recurse\nw:recursive\nw:redirect\nw:redis\nw:ref\nw:refactor\nw:refactoring\nw:refer\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:region\nw:register\nw:registration\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:related\nw:release\nw:releases\nw:relying\nw:remaining\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:rename\nw:renamed\nw:render\nw:rendering\nw:renders\nw:repack\nw:replace\nw:replaced\nw:repo\nw:report\nw:reported\nw:reporter\nw:reporters\nw:reporting\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:res\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolvable\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restoring\nw:restricted\nw:result\nw:results\nw:retail\nw:retain\nw:retention\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returns\nw:reuse\nw:reused\nw:rev\nw:reverse\nw:review\nw:reviewdog\nw:reviewer\nw:revision\nw:revive\nw:rf\nw:rich\nw:right\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:role\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:ropenscilabs\nw:roundtrip\nw:route\nw:router\nw:routes\nw:rows\nw:rpc\nw:rpmbuild\nw:rs\nw:rspec\nw:rss\nw:rtos\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runner_temp\nw:runneradmin\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rustfmt\nw:rustup\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s0246\nw:s2322\nw:s2345\nw:s2554\nw:s2n\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safe_load\nw:safety\nw:same\nw:sample\nw:samples\nw:sandbox\nw:sardonyx\nw:satisfied\nw:satisfies\nw:satisfy\nw:satu\nw:save\nw:saved\nw:saving\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schedule\nw:scheduler\nw:schema\nw:scikit\nw:scm\nw:scope\nw:scrapling\nw:scratch\nw:screen\nw:screens\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:sdks\nw:search\nw:sebastian\nw:sec\nw:sec1\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secretstorage\nw:secs\nw:section\nw:section_end\nw:section_start\nw:sections\nw:securedrop_client\nw:security\nw:sed\nw:see\nw:seed\nw:seeds\nw:seem\nw:seems\nw:select\nw:selected\nw:self\nw:semicolon\nw:semver\nw:send\nw:sending\nw:sensor\nw:sensors\nw:sent\nw:sentence\nw:sentry\nw:separate\nw:sequence\nw:sequential\nw:serde\nw:serde_derive\nw:serde_json\nw:serde_with\nw:serialize\nw:serve\nw:server\nw:service\nw:services\nw:session\nw:sessions\nw:set\nw:sets\nw:setting\nw:settings\nw:settle\nw:settle_ts\nw:settled_at\nw:settlement\nw:setup\nw:several\nw:severity\nw:sf\nw:sh\nw:sha256\nw:shallow\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shims\nw:shipkit\nw:shivammathur\nw:shodh\nw:shop\nw:shopco\nw:shopfront\nw:short\nw:shorturl\nw:should\nw:should_\nw:show\nw:shrinkwrap\nw:shutdown\nw:sid\nw:side\nw:sign\nw:signal\nw:signature\nw:signed\nw:signedness\nw:significantly\nw:silent\nw:simdjson\nw:simple\nw:simplified\nw:simulator\nw:simulators\nw:sin\nw:since\nw:single\nw:sit\nw:site\nw:sites\nw:sitter\nw:six\nw:sixty\nw:size\nw:skill\nw:skills\nw:skip\nw:skipped\nw:skipping\nw:sleep\nw:slice\nw:slim\nw:slow\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:sme\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:soap\nw:sock\nw:socket\nw:socks\nw:software\nw:solana\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:soroban\nw:soroban_sdk\nw:sorted\nw:source\nw:sourcerygxx\nw:sources\nw:space\nw:spaces\nw:spacing\nw:sparse\nw:spdx\nw:spec\nw:specific\nw:specified\nw:specifiers\nw:specs\nw:spell\nw:spelling\nw:split\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:spurious\nw:sql\nw:sqlalchemy\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stable_deref_trait\nw:stack\nw:stackage\nw:stacked\nw:stacktrace\nw:stage\nw:stale\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:stat\nw:state\nw:statement\nw:statements\nw:static\nw:staticcheck\nw:stats\nw:statsforecast\nw:statsmodels\nw:status\nw:std\nw:stderr\nw:stdin\nw:stdlib\nw:stdout\nw:stdune\nw:stellar\nw:step\nw:step_script\nw:steps\nw:stg\nw:still\nw:stmts\nw:stop\nw:stopped\nw:stopping\nw:storage\nw:store\nw:stored\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:strip\nw:strkey\nw:strsim\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:studios\nw:style\nw:styled\nw:stylelint\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodule\nw:submodules\nw:subprocess\nw:subsequent\nw:subtest\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggested\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:sunday\nw:supabase\nw:supplied\nw:support\nw:supported\nw:suppress\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:svg\nw:swatinem\nw:swift\nw:switch\nw:switched\nw:switching\nw:symbol\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t00\nw:t03\nw:t06\nw:t08\nw:t09\nw:t10\nw:t10_00_00_000\nw:t14\nw:t15\nw:t16\nw:t17\nw:t20\nw:t21\nw:t22\nw:t_\nw:tab\nw:table\nw:tabs\nw:tag\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tar\nw:tarfile\nw:target\nw:targeting\nw:targets\nw:task\nw:task_queues\nw:taskrun\nw:tasks\nw:tauri\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:teamcity\nw:telemetry\nw:tells\nw:temp\nw:temperatures\nw:template\nw:templates\nw:temporarily\nw:temporary\nw:temps\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminate\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_rolling_mean\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_total_rounding\nw:test_unicode\nw:test_window\nw:testcafe\nw:tested\nw:tester\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:their\nw:them\nw:theme\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thiserror\nw:thread\nw:threads\nw:three\nw:threshold\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:timeseries\nw:timestamp\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tldextract\nw:tment\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:tokio\nw:toml\nw:tomli\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolchain\nw:toolchains\nw:toolkit\nw:tools\nw:toomanyrequests\nw:top\nw:topic\nw:topics\nw:topologies\nw:total\nw:touch\nw:tower\nw:tpl\nw:trace\nw:traceback\nw:traces\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transferring\nw:transform\nw:transition\nw:transitive\nw:translation\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trouble\nw:true\nw:truncate\nw:trunk\nw:trusty\nw:truthy\nw:try\nw:try_from\nw:trying\nw:ts\nw:tsbootstrap\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:tunnel\nw:turbo\nw:turbopack\nw:turn\nw:tutor\nw:two\nw:tx\nw:txt\nw:type\nw:typealiases\nw:typecheck\nw:typed\nw:typenum\nw:types\nw:typescript\nw:typo\nw:tzdata\nw:tzst\nw:u\nw:u1004\nw:u1102\nw:u1403\nw:u16\nw:u1903\nw:u32\nw:ubuntu\nw:ubuntu0\nw:ubuntu1_amd64\nw:ubuntu2\nw:ubuntu24\nw:ubuntu2404\nw:ubuntu3\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underscore\nw:understood\nw:undo\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unidecode\nw:unified\nw:unifont\nw:uninstalled\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:universe\nw:unix\nw:unknown\nw:unlabeled\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unnested\nw:unoptimized\nw:unordered\nw:unpack\nw:unpacking\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unschedulable\nw:unset\nw:unsigned\nw:unsupported\nw:unter\nw:until\nw:untrusted\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:unzstd\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgraded\nw:upgrading\nw:upload\nw:uploaded\nw:uploading\nw:upstream\nw:ureq\nw:uri\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:urls\nw:us\nw:usage\nw:usb\nw:use\nw:used\nw:user\nw:userguide\nw:userland\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:utxo\nw:uuid\nw:uv\nw:uv_manager\nw:uvicorn\nw:uvu\nw:uw\nw:v\nw:v0\nw:v1\nw:v10\nw:v18\nw:v2\nw:v20\nw:v25\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:v_\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variance\nw:variant\nw:variante\nw:variants\nw:variate\nw:varint\nw:varint_len\nw:vars\nw:vb\nw:ve\nw:vec\nw:vector\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:verifying\nw:version\nw:versions\nw:via\nw:view\nw:viewmodel\nw:views\nw:violations\nw:viper\nw:virtual\nw:virtualenv\nw:visible\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vpn\nw:vpn_mtu\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:w_\nw:wait\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warm\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:wasmi_core\nw:watch\nw:watchos\nw:wdio\nw:we\nw:web\nw:web3_universal\nw:web3_universal_ledger\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:welcome\nw:well\nw:went\nw:were\nw:werror\nw:west\nw:westus\nw:what\nw:wheel\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:whose\nw:why\nw:widgets\nw:wiki\nw:will\nw:win2012\nw:win22\nw:window\nw:windows\nw:windows2022\nw:windows_\nw:wine\nw:with\nw:withdraw\nw:within\nw:without\nw:wlctl\nw:woff2\nw:word\nw:words\nw:work\nw:workdir\nw:worker\nw:workflow\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:worktree\nw:worktrees\nw:world\nw:would\nw:wrap\nw:wrapped\nw:wrapper\nw:write\nw:writely\nw:writer\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x64\nw:x8\nw:x8000_0000\nw:x86\nw:x86_64\nw:x_\nw:xauth\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xexpect\nw:xf\nw:xfailed\nw:xfonts\nw:xml\nw:xs\nw:xz\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarl\nw:yarn\nw:yesterday\nw:yet\nw:yml\nw:yoke\nw:you\nw:your\nw:youtrack\nw:z\nw:zephyr\nw:zephyrproject\nw:zero\nw:zerox80\nw:zig\nw:zigler\nw:zip\nw:zipp\nw:zips\nw:zmk\nw:zmkfirmware\nw:zstd\nw:zurichsee_ha\nw:zzpmw",
    causeBias: -126,
    cause: '7v8YADkA3//J/97/4P8jAMf/y//Q/9P/CACt/1YAwf/X/93/QwDr/xgAx/+5/9n/2P+u/z4As/+k/x8AAwD2/0MA6P/C/73/rf8IAN//2v/e/9//zv/Y/+j/7P/N/+z/5/8cAMX/4f+0/xYALACj/+L/PwBFABUABwDX/77/GACu/+X/QQDC/+L/w/8eANf/3//j/97/qf/o/9r/f//L/xoAFwAEAJb/5//f/9L/IwD0/zYAiP8NANH/9P8DALH/rv8uANv/TADg/xUA3f9CAOD/PgAZAB0Avf8sALD/zP8xAN7/4f/e/ygAFADo/+j/0P/f/+X/4//e/+r/7P/A/yUA7P/n/+X/1v9HABUA1//6/6v/2P/C/wQAMADZ/xQABQC9/xgAEgBQAOz/HQAfAD0ALwAhAOP/KwDl/9D/3v/K/9//0v8UAOL/FADF/zIAPwBLAJn/5//Q/w4AawAOAMf/QQDa/8D/CwC4//T/uP+p/3IAGwDT/9f/6P/R/6n/YgBUAOH/6P/d/9T/KQDi/10AwP8wAKv/xv/c/73/qv8/AMz/FwDl/18APgAVAPj/3v/j/xUAo/8fAMz/DQDl/y8A7P8bAH8AIgDa/0IAHQDo/yIA7v/i/+f/uv9oAJ7/wv+O/0QA2v9M/83/4v+c/xQAsP8RALb/n/8nAKT/zv+//+D/GgAnAKD/xP+5/zoA3v/d/4v/LQAdAOX/XAAhAJb/yP+6/+P/pv/Q/8P/0//E/xYAMAAjAKn/GwCY/yIAyP8VAOP/MwDh/w4A4P/X/9X/3P/o/+L/5//k/9T/4v/s/+j/6P8mAEMAx//D/+r/KADS/9f/owBHALL/rv/4/9z/IgCR/xEALQBXAMX/v//E/xYAkf8LAAYA1f/F/9L/FQDq/z0A2v8oABoAGgAaABoAzP8YAOb/CwD4/ycAhf/c/zkAy/8aAJz/2P8YAHr/NQAsACYAkP/a/wUAAADL/w8AeP8pAAgAAQC7/y4ACgDJ/+P/wv/m/zEA3v8dAL7/z/8aALf/mP+l/7//NQCm/9r/UwDS/+r/4P/X/9L/xv/S/zUA5f+h/87/FADo/9r/2v83ABkAFgDC/xUAtf/G/9n/tf8BANP/s//l/xIAv/9f/xUAuv+2/yIA2v/9/0cAwv+T/9r/BQDj/xgAHAAUAIn/HADR/yYAsP9PALT/5P/K/xgAcwDa/8v/yP8RAM//UgA6AEIA2P85ACIA1f/h/6n/SgCV/+P/LAA8AOf/IwDZ/+j/KgDG/87/4v+q/9T/6//q/8j/uv/B/9D/of/H/8n/0P+4/1kA+//C//r/UgAXABQAxf/S/73/uP8XAAgAFwAYAFf/IAA1AMj/w/8aANX/FADg/6v/y/8YAOb/w/8ZAB4APgBhANb/XAAqACsAPAAPAOb/0f+c/+j/jv/d/20AJAApACQAtP90AEwA6P/8//z/rf/f/+L/KADw/0YAsv+i/wUA1f8fAAYAxf+4/x8Asf/k/2v/GwDg/8X/0P+1/7//2v/T/9v/MgAdAPX/0v/8/xUA3v8XAAwA1f8bAKz/6v9VABcA4f8HAPH/pf/Q/7P/FQAUAND/rP/l/+T/FAAIABkA5f86APn/2P8VABcAqf8QAB8Axv+f/ywAYQDp/9//sv9UAPz/6v/8/xIAy/8BALj/FgDP/+7/4P8DAOz/KgDk/7r/0P+q/xoA/P8oABQA2/9bANP/WwDs/+D/wv/p/wUAs/8uAD8A7f/f/9//KgCv/9b/4v/f/97/JADl/xQAFACn/wgAHgDi/+P/xP8LACIA0v/K/0IA/f8nAMv/FQAqABsA1P/o/xQA2v+8/7j/4v/D/9j/zf+i/8b/0//n/77/5f+5/+X/FQAeABkA5f/S/47/6P8ZAOP/uf/R/83/FgAWANj/HwDT/8z/tf/r/8X/1v/a/8f/1f+n/ywAIwD7/9D/7P/s/+D/0P8qAMT/i//J/8T/qP+2/9D/SADm/yMAv//X/yAA5/8xADcACQDp/+n/vf/h/yYAUwCS/6//UAAmAEwALgA1ADIAKQAVAKj/5f8OABQA4P8tANH/GQDO/ywAVgDP/9n/RP/N/4r/iv/B/7n/2f/B/z0AuP++/7//yv/k/9L/6v/c/7b/3P/L/+f/uP/e/9//LQAVAOH/v//l/97/u//k/+T/0P/e/zUAc//B/yMAEQDm/7//1P/H/+f/uf+y/7//xv+b/x4A7P8LABYAv//f/9T/v/8tAH7/wv+s/57/qv/o/xkA4f/m/yIA4v/d/+L/wv/M/0MAw//s/+n/ev8ZACAAzv/X/8L/4//j/9v/IgAXABcA0/8IABQAJwC9/5D/IgDa/zoA4P/p/0oAyf8WAPz//f/N/83/uf/i/+X/5f/s/xUAMAC6/+z/4f8ZAOL/9P8WAOT/PQAYAOr/sP8kABUAFgDd/9v/LQDE/wIAwP8aABcAvP/o/8r/FgDi/8b/JwDo/+X/yf+g/ygAu/8UADIAyP+u/xYApP8iAOz/CgDM/+H/0P/s/+z/FQDF/9b/rv+4/9L/GwDe/9j/5f/l/+b/6P+u/zkA5f/S/7v/FQAUACAA4P/N/wUAFADq/xQAJgDI/9r/KgDH/7j/IgCP/yYAFwAtAOb/vf/b/7v/yv+2/yQAFQAWAMD/3v8UAND/zf+o/xwAvv/Z/+n/AgDW/yUA7v8WACoAp//o/w8A/v/d/8D/MwAaAEcA1f/g/9X/JgAmANj/LADE/ygABAAhACcAz/+m/+P/FAAvANn/JADH/9//zf/p/+v/KgDG/zgA+f/S/wcAMgBDABQAFQDm/x8Amf8eAAgA2P/j/9f/0v/r/+z/5v/Z/+r/IQDb/z0Ay/+Y/8P/HADF/9r/HgDK/xQAzP/O/8n/4//V/83/SwC9/xoAIADL/+X/FQAgACEAFQDN/6T/2f8dAOT/v//o/4r/1v8qABQA9P8qACQAHwBOAOL/FQAvADUAJQA0APv/MgDe/+D/LQAHACoAAgAOAEMA7P8eAM//w/+x/7X/6f8WALX/4/8qAOv/wv8wAOT/vv8FAHb/IgDp/9z/EgC5/6H/kf8TAMb/w//M/5b/4/9V/+L/wP+2/9X/6P+Q/6L/zv/v/xkA1f/h/zMACAAyAFr/2/8NAGEAGwAbAMD/MQDU/zgAtf+8/9T/5v8qAC8Aev85ABsA0P8WAHn/yf8kAOj/zP8bAMv/KQDT/xQA4v+2/+H/7P8bABsAFQAiAL//RQAqANv/z//g/+3/qf/e/97/+f/E/9r/HwAfAJz//P8bANr/HADF/77/4v8MAOv/yv/i/9v/qv+0/7n/LADj/9//2v/E/yAA3v/f/9j/4f+m/6X/3v/I/5n/4v/c/8D/3v/S/xoA0f/l/9P/IgBFAIr/x//U/9H/5v/m/7n/vv/O/+H/MAAwAF7/kf+h/3v/x//V/9L/uP/b/5z/NAAiAOD/7P+6/2EAJAAUAOf/FABFANH/MgA8AB4A5f+///v/FgAXAO3/JABHAEIALADk/y8A0v8YAGAA1P8UAN7/vP84AMn/KgA2ABgAFQAyADUA4/8hAL3/5/8WAOH/FQAoANb/FAC//zMA4v8IAM3/tf/l/xQA2P9OALD/6f8YABUAFAAvAB8ANwDR/x4AKgBWAC8Az/8LAOX/pf8tAOz/4v8UACgAsv8jABgAYAC3/7D/KgDU/8X////B/+n/5/+3/y8Asf+t/+r/w/+O/9//5f/k/7v/q/85ABoAq//8/+v/JACv/7X/5v/8/xsAGgCe/6r/HgAWAJAA6v/F/+P/4f/D/ywATQAqAM7/FQDb/+z/AgDs/xgAKQAfANb/0f/b/+r/6P/X/9H/3P98/wUA0f/Y/+n/4f/E/97/FQDM/08A5f/p/1T/RQBAAOL/4v/5/8T/pP8YABkAvP/V/8v/wf/L/8n/yv++/+P/wf/r/+r/dv/P/5n/tP/2/+X/f//Y/xQApP8XANX/NAAZAHj/MgDZ/+X/FQD7/z4AFADs/xAAu//q////wv+s/6j/vP8UALP/BgD//xQAw/+4/xwAtf/G/yUAz/8aAMD/6f/a/8j/KADC/87/xv8ZANj/t/+4/8n/fv/q/9L/6f/h/+L/3f85ABQALQAtALn/wP8lAOD/3P/l/87/zf/g/ywAtf/c/xkAxf/l/7r/RwAbAMz/rf8QANv/SgDX/83/FAA9ANr/JABNAEMAAQC+/x4AdAAWAAkAq//A/6//FgDU/97/wP8jABYArv/P/wUA5f/p/yMA7f/e/0QAGQDJ/wcA6//h/6L/JgA/AO//MwCv/9n/vP/B/9T/vP/X/y4ALACz/7P//f+2/5n/6//I/97/GgDh/8j/4v/1/8n/GQCq/zIAGQDw/7X/3//k/8f/5/+X//n/EgAcAAUAwf8VANv/pf8bANL/BAAUAMf/NgD5/+X/ov9z/8H/HgDS/9f/3/8WABYAIwAkABQAx//q/+P/3v/o/zMAoP/Y/8n/KgACAPr/4v8dAMj/7P/J/7H/mv/Y/9z/1f/8/+X/wP/C/5b/6P+p/2D/vv/F/63/u/+o/6z/2//A/7r/nf/q/7//zP/J/7H/0v/j/+b/6v/l/9z/tv/l/xQAFAAUAO7/zv8dADIAFgAOAL7/pP8VAL//5f8bABoA2/8/ADsA5P8WALv/QADI/zcAJQAhADEAKgA3ABwAu/8VAB0ANgDU/xgArv9t/5//zf+v/+P/BQDX/73/zf+0/9T//v/V/w4ATgDc/5j/SgCm/wYAIgC9/xwAIgDi/x8ALgAeAKD/HQAVAFIA5//n/+L/q//p/yAAzP8dAKb/4P/i/+f/GwAUANr/tv+//8v/sf/f/zkA0v/b/+n/NwAfAOP/2//C/00A2P8xAMH/0v/B/xkAewAUAE0A1f/J//T/8v8CALn/BQCn/9b/wv+F/yYALwC9/zj/KQDw/xkA2v+r/9b/1//Y/7r/uf8IAMj/OQDs/x4A+//s/ygAqv+b/yQAJACo/7v/2v/s/83/2//A/5X/uv/Q/9z/xv/f/7j/6P85ACMAFAC//xQAq//S/9//2v8eAOL/4f/U/+D/FAAXAMf/6P+9/xoAzP/g/6//AQAXANb/yv8iANv/GwDs/+z/1v8VAJb/r/++/97/OP+g/+D/5f8iADMAVQDY/xQA7P8oANb/wv/b/8X/4/+9/9P/y//Q/9//0f/g/xUA2//K/97/GwABAMv/3f/L/+L/v//k/93/6v87ANL/sv/c/9T/lf/U/9T/FQAWAAQA1P/U/8f/KwDn/yIALgDx/x4AGQBCAE0AIgAnALX/IwDa/xIAv//s/x8ABgAgABEA3v8EABkAGADG/8X/xf/B/53/TAA4AKH/0f/J/9v/1//C/8z/ov/I/6v/1//p/9//s//n/6H/zP+X/9b/0f8bANf/HAAXAOD/VwC2/9b/1f8nAMv/4P/j/8H/4f/j/xoAtf/q/8P/FACZ/7T/2/8iABYA1P8UAAgA4P8UAMj/3/8WAMj/yf8UAOz/6P/l/xoA3f/k/woAyv/g/yUAvv/g/8D/4v/X/+T/0v/U/+H/PgAvABYAx/+6/7T/1//Q/+n/4P/K/+7/xP/Q/97/7P8rAN3/4P8ZANT/HAApAOX/7v+e/8H/yf++/6f/SgAXAOj/rf9HALT/wv/H/+H/4f/o/+v/0v8LACQAFQAsAOP/rv/r/9r/4f/F/+H/sf/l/+D/6/8dAMz/4//f/9z/HACl/yUAKAA3ABsAMwD1/yYAHwD9/9P/PwDO/8n/i/+u/+D//v+a/1QA3v++/9v/yP8CAOf/rv/T/+j/1//K/9H/u//k/9j/1P/J/9X/zP+p/7v/5f+6/97/wP/A/9r/3f97/6z/DgC6/6r/IgABAOP/sv8YAKj/yf/Q/yoAhv8dABwA0/8yAMn/JAAsAOr/wP9V/xoAw/+7/wkAFgAWAM3/CADR/4z/yP/l/9r/3P/m/+X/IwDs/xYAHQBkAAQA4v/o/97/0v/q/7z/FQDp/xEAxP8CACsA2f+h/+n/2v+9/zUAxv/o/7T/GwApALv/PAAfABYAIwDf/xQALQAFAK//KgAuACcA7/8ZACEAHgDm/+z/nP+l/9b/RADW/8L/NgD3/xQAwf80AOP/5v8jAMz/6/85AB8AEADF/w4Auf+u/1b/oP/R/z0AHADJ/77/qP8lAEMAAgCS/+H/5f8UAC0Ajv8jAOX/CwBcAM7/HADk/7//JAD3/9L/IAAGANj/1P80ANr/YQDr/y4AbQARAAUAk//H/6n/x//b/9z/2/+c/yQA1v/b/97/4v/i/+f/3v/P/ycAIwC//97/tP/e/+r/4v/d/77/5f/L/7T/6f/K/+v/vf/g/+f/6f/d/+r///+k/w8AMADU/8z/3//i/9H/kv+p/x8AFADE/w4ANwBQAL7/zP+v/+z/pP8lACIAIQDY/w8AIQDK/xYAuP/H/9z/6P/S/+v/0/8KAOr/6f/n/+L/jf8cAJz/FADX/+b/gP8dABYA0//o/08A0//I/+j/1P/b/+3/4v/z//b/v//d/+P/5f+w/8b/h/8nACIAXP8LALv/s/8XABQALwDX/wEAFgD+/+D/6/+a/ysAvf9dAOP/HADb/y0AcgAlANr/y//n/x0A4/8cAPv/5f///yEA5f/j/97/7P8SAN//xP/q/9f/5f8lABYA6P8lAMz/5f8WAOf/v//i/2UAIADD/7P/5f8aAOb/5//O/9r/LAAwACAAyf+j/ygAFACO/ygAPwDC/ygAyv/P/8v/sf/C/yUAr/+//+z/0v89ABwAFADn/6r/1P/m/wEA2/+8/y8AwP/Y/+f/zP/U/8z/tP/l////CADT/0kALwAvACcAFQAnABUAxv/m/9r/4P+z/yMAvv/j/83/FgCu/8n/4P/d/9z/3v83AOz/5f+g/8r/+f/s/7n/FQBKAOP/pP8dAMb/4f+//+z/5P8UAAgANQAZAK7/HwAhAD8Aof/l/8v/LADi/yQAIgAaAHb/VQAkAMb/t/9EAMT/3/8rACQAFAC5/0sAtf8oAOT/NAAXAA8AyP/J/x8A3P/o/wAA5/8qAA8Axf+v/8z/0P+M/0gADAAyAOP/3P/l/+r/xP/B/7T/7P/l/8j/0/8xANj/BADs/+X/BQDq/+P/0v+m/w8Aof/e/97/5P+FANL/FgC5/xUAIQDF/+n/1//U/xQA4f+v/xsAIgAUADkArv8yACgA7P+z/ygAx//Z/87/6f/L/8P/sP/d/+r/MADg/7v/1v/q/+v/yP/E/6v/2//R/x8AKQDl//b/KgATAP3//f9WAB8AOQDT/8v/6P+3/8H/1v/N/+z/v//U/9f/BQAjAOr/4f8vAPL/zP+r/8D/pf8UAP7/yf/L/+X/IAAeAOj/5f+u/+L/6/+n/+L/egDB/6r/2v8QACgABgBu/8//2v8fAOL/0v/S/+v/5f86AH//0P/Q/w8AFgAQANz/FgDA/+z/sv/O/9j/OgAHAN3/GQDo/x4AKgDm/+D/NQCv/xsAMQBPAB4AIgDa/x8AUwDp//3/q//2/9T/FgCZ/9r/IADn/57/oP+X/9L/uf8rAMH/1f/d/8f/2v/g/9D/5f/h/67/t//M/7//QwDP/8L/nv/L/7f/yP/q/9//xP+d/37/5f/o/xQAFAAxAIn/u/8vABgAxP8GAO7/EwDZ/5L/w//Z/8T/JQAwANT/4/9IAFoA0f+E/0cA6v8UAFwAv/8WANf/+/8hAMz//f8UAMD/BQAVACwA/P8WAOP/FgDN/+z/6f8MAHEA9v/U/+T/LADb/+P/6f/i//D/IgAMAK7/6v+r/wEA0//j/+7/JACK/6//xP8tAFAAJgDw/8j/1/8dADYA7P8dAFgAHQAYAD0ALwAhAOP/3f/S/ygAKwDe/8L/rv8aAMP/of/R/77/CADj/9f/KQDp/+X/1/8lALf/0v+Y/9T/x/+e/+j/x/++/47/KwAyABQA4v/c/x0AFADD/x0A6v/e/+r/IgDg/+L/JADV/6n/0v+//9X/LACY/8//FwAVADUAuP/N/9f/xP/Y/9r/4//H/+P/FwA9AJz/UAAWAOX/z/9FABYAFgC5/8j/6//Q/9D/6P/m/ygAGADT/+z/KAC9/+P/6v/R/6f/vP8WAET/4v/R/4z/IwDo//D/FQDU/6H/JQAxADAAMAA4ADsA4//1/7f/yv/w/8v/HgAeANj/BAArAOL/3v94/9j/5v9OADMA2/+c/0UAs/8ZACMA4P8lABkAuP84AN3/5/8tALD/0P/n/xwAw//q/ykA1/8dADYAWAAdAM//2v9FAD8AFgC7/00A8/+7/x4A6v+y/8z/r//e/8b/FQDm/yoAq/+4/9T/kP/j/zEA5/+z/9L/DwDC/xoAMQA4ALT/NwBKAMT/ewBDAOn/7/8/APv/JgAeAN//DgAwAOP/BACu/8P/1//h/6f/GQD3/9//HwAoAOb/x//r/x0APgA5AN7/4v8yAOf/RwC3/yAAHwBcAOf/p/8FADYA6P8VAOL/FwDd/yIASgAeAFYAUAAnAOv/PwAwANr/IQCh/x0AJgAnAPb/vP/x/zYAm/8sABYA4P/N/97/0/8/AC0A3f8/ANf/8v+4/xcA4/+w/xEA5P/J////1f/p/yYAvv/i/zoAJgDV/9X/zv8+AMP/w/+4/73/0v/I/xQAGwAyALT/qv/g/9X/uP+y/0AA6P/O/yIAGwAuAMD/FgBEACgA6P8HAMv/8/89AOH/7/8bAOL/CQBJAMT/mf8pADMAHABKADQASQAoABsA3/8ZAC0AMgBJAAIA6v/T/+v/6v/Z/8T/vf/V/9H/CwDo/xgA6P+//7//6f/O/xIADQDV/+r/q/8gACUAGgDR/+z/0P/A/9j/1f/U/xYAxf/Z/8H/4v/1/9r/HQAVAOf/8//s/9X/2/9jANr/QAB/ABUApP8pAPD/GgBPAJ7/bwBNADsAjf/A/5P/PgAwAAgA4f/r/ysAMQAiABcAHgAoAOf/OgATAJL/v//o/zgAFADl/ygAHQDl/9b/xv+y/9T/FQAUADwAw//F/9D/HgAfAA8A+v8sAKH/sv/B/6L/3v/m/yEA5f+4/5P/0P+N/wYAgP/d/wwA5/+4/zkACADX/6v/OADq/woAGQD2/73/FADV/xsA0/8qAOj/MwCA/73/GgDP/xUA6v8kAC8A8P8dANT/GQDF/8b/RQAKALb/2//t/3UAGgC5/08APAAeADwAGgAWABUA0v/6/9z/IAAyAMj/OAAfABUAJABGAEUAMQD+/8X/3P8gAPz/vf+o/wkAg/8UADkANgAiAL//p/81ABUAZADB/9H/tf/3/8b/FwA/AEYALADg/97/t/8dAE4AKgA3AOf/7v8OAAsAtv/P/73/6v8gAND/CADS/y3/rP/b/wcAFACy/9v/2f/Z/y4Ae//C/8j/3v/b/8f/w/+x/0v/w/+1/+X/KQCw/+r/4f/N/7X/OQDc/9T/z//V/xcAKAAmAOP/KgDR/3f/2f/o/wMALQA2AD0As//z/8b/MgDk/9r/NwDk/+j/FAAUAEIAs//U/+T/YgD0/8n/AADA/0AAx//U/5z/0v9PAML/4f81ALj/4P/g/+L/MACd/8z/vf+V/w8AFwDj/zIAwP/o/7r/zP/E/6v/0f/8/1QAFQDH/yoAKwDP/0IANQAnAFgA1/87ABkAGAAgAM//o//A/67/lP+9/7P/2P/m/w8Awf/C/9f/0P+W/8f/GQCx/xgARABEABsA5//o/93/wv/K/ykAFQDC/7//6P/N/ykALQAkACsA7P8tANL/0v/e/8f/IgD7//z/QwAOABYAyv8mAND/qf/A/yQA5/+x/+H/5P/i/+P/0//d/w0AGwDy/yQA2v97ANL/xf/h/8j/IgBRADAA+P+//wQA4//g/xYA+//j/77/KQAWANP/4f9j/8L/HgDH/9L/GwDo/yAAyf8pAOL/zP8lABgAyf/R//z/KAAjANf/xP+6/+P/o/8lADUABgDU/+b/FAC+/+j/EwC3/x0A+v8fAOb/6f/S/8X/0f8sAM3/u/87AOj/FgDb/xQArv9PABYACgDc/zIAzP/e/2//fgDj/2P/GgAYAN3/vP/y/xQAOQC//+T/BgAdAAUANAAaABUAFAAkAOn/+f/B/yoAVAC9/yMA3P/N/00AGQAxALv/nP/P/yMArf/Q/yMA5v+//0AA3f8UANT/IwDe/6//pP8JALT/KwDB/xgAuP/5/7T/pf8wABcAyP+p/8//rv85AOb/x/8QAOT/c/9p/xsA5/+6/zIAw//X/xkAs/8kAIf/2v+s/zIA3f/M/7P/FACq/8//qv8eAN//6f8jACEAIgDF/87/z/8lANH/OwDl/+P/qf/R/+n/t//K/7z/zv/p/9j/s/8iAMP/4//V/8n/WwDm/+j/5P/M/8//kP/P/xkAHgDl/+z/6P/A/97/6v/P/+D/FgBDAMj/BAAiAEoA0f/O/xgAVADe/0cAoP8lACMA5f/l////8f/U/5j/GQDv/wAA1P/Z/wUA4f/A/7X/NwDN/8r/IADG/8n/vv/W/9b/UAD4/9v/OwDZ/9r/NgAaAM3/sv8fAJ3/v/8iAOL/xP/j/x8Apf96/w4A3P/D/4//egCo/6//qP/+/+X/KwBKAKP/4P8ZAP7/2v/m/9z/eP+a/8r/z//j/x8AHQCQ/87/0v/j/yMAov+u/ywA4v/M/9T/3/+m/9L/rP8TAKf/r//7/5b/wf/z/xUAyP/o/9L/nv/U/9D/1P/T/yUA5P/A/9D/+P+C/y4AY//g/+j/PQDE/5n/y//i/9X/wP8UAMD/gP/k/9D/qP/n/9P+5f/Z/+n/CACs/9v/CwC8/w4A5v+s/zkA2v+5/8n/nP/s/9X/FwAbABUAGADD/7//5f/s/9H/xv+//ycA4f/F/wQA0f84AAcAFAA5ACoAJ/8UAK//YP/J/+f/FgDh/zkAFgAUAMv/VABV/xYA1P+e//T/0v9D/+j/1f83/xEAFAAVAL7/IQArAN//FgAbABYAmP/8/8n/0/9nALX/xf/x/xMA2f/b/9r/5f/c/+v/IgCZ/+r/2f/R/9z/4/++/8T/6v/p/8v/zv+Z/6b/zf/a/9T/FQDj/7r/KgCn/+X/xP8tAOD/4/+z/+D/IgAeAFEA4f/j/8X/9/+2/4j/AQA3AOj/tv/S/9L/1v98AOf/GgAaAOD/IQDh/+j/hP8YANv/tf/S/+z/QwDo/+T/5f+//x8A4v8aALX/SAAiAPr/1P85AOb/RADq/xkAGgCo/+H/2P/j/x8Aq//m/+D/KgDr/73/IQAjAEAA3/8VAAAAFQDX/zIA8v8WAOn/vv/S/+n/0v9EAMP/0v++/8//FADN/83/FgAWACsA2P8nAMr/1P/f/+D/x//A/5v/2P/L/+z/FADT/9L/2P/V/xwAv/8jABsAVQC6/+H/+//k/73/LAD7/8f/vf8RABkAOADs/9L/hv/q/9X/3f/p/9//5v/p/+r/3f/D/+j/1v8nAOn/FQC9/9L/AQDl/+f////e/9H/5v/a/9P/4P9+AAoAFgDO/53/vP8UADQAv/8tAFX/FQCk/9T/6//o/97/wP+8/+P/4//r/0MA1/83AEgArv/a/xQAKQAtAOX/5//1/+z/y//c/7v/5f/r/y8ABQDb/7n/6P82AJn/0P8bANj/u//C/xUA5//U/xYA4v/x/8//IQD//8f/KwAWANj/r/8ZAMD/4P/d/zcAvf8ZAN3/KAAUAM3/xP/P/xUAzP/s/7X/BADl/8r/y//a/7b/2P8BADsA6/+E/9X/JgDm/8T/3v/I/wAA4P8vANz/1f8WANP/xv8bADsAt/9a/ysAKQC+/7T/AgDq/9D/RgDc/9f/3f8vANT/1v8XAND/z/8jAN7/sv8yAOr/qf9DADcA3P8UAK7/KAAdADcAFQCy/9T/5P/i/+b/4v+n/7v/3P++/7//nP/k/xYA6P/q/7z/7P/R/6b/sP8HAOr/4//C/5n/LQDc/87/1P/U/87/zf/E/7f/s//q/9f/3v+q/2z/nP+2/xgA2v/q/+r/4//T/9f/0//h/+v/+/8tAPr/KwAPANL/3v8qANL/HgDe/9f/RgDY/xQAHQDK/zIAqv+v/+D/0//M/9n/2v+q/xsAIwAZAK3/yP/R/83/3v8mACQAKwAcAM7/3/+9/8f/HwACALX/7P9JAMP/zf+m/77/1/8ZAMv/1P+k/zIA2/8iAFQA6P9QAJL/yf/i/xUAKwDN/8b/pP8eAML/BgAWADkAkv8jACAALgAmAOf/n/8UAOb/GgDw/zIA1//D/ysAsP8dAOX/7f8UABQAx//a/9j/2//a/9X/7P/m/xYA2v85ABQAMQAkABYAFgAPANP/GQDh/y0AKADi/+z/GQAUAOf/7P8BAB4AFAAAAL3/sv/K/6H/4f+p/7z/pv/M/8H/KgDZ/9X/3//q/9X/sv/Q/9D/lv+4/+D/wP+Y/9D/j/8AADEA0v+2/x0Ayf/l/yIAJAA1ALj/z/8UAN7/x//X/zsA4f+0/yUA3v/G/zIAHwC9/6n/JgDw/x4A3/+//+T/5//J/+f/xP+p/93/t/+8/x0ARgAwAOf/2P/k/7v/3v8wAJT/1v+Z/9f/lP/c/8v/4v/p/+H/5f/W/+H/6P/c/ykAJQAnAD0AMQAbAOb/JwAnAB0AFAC9//z/uv/f/yoA6P/s/9T/7P/e/+v/4f/O/8D/0v87AMT/oP/k/9H/6P/F/7//mf+6/xsAGwAbAMT/y/8qANL/4P/f/wgAGgDD/83/FAAqAEMAvv8oAL7/4P8ZABYA1f/l/0UACADJ/93/6v84AN3/0v/d/93/ov/X/xsAev+F/5b/zP8hAKb/GgC0/xYAHwA1ALT/0f+k//L/HwBQADIADwBDAMD/mv8PABUAFADs/ycALQDm/6v/GwCo/ykABQAaAJb/IQBMAOb/HwDd/+7/FwAhAL3/2v/H/zEAHwAcAOH/GQAwAN7/LgDI/xgA7P8DAI3/CAAnAMb/HgAgAAYAFQDT/x0A6v/T/ycA2f/E/xYA+f/q/xUANwDH/9r/IgDj/+H/xP/g/97/5v/j/+b/xv8dAL7/sP8nABUAHADl/8n/s/8oAOj/1v/E/+b/5v/o/+v/3P9IANT/4//l/+P/3//e/97/BQAfADMAlP/X/wgArv8jAOr/FAACALf/FgC0/9T/hP/r/8z/r//p//b/0f/E/+z/rP+h/8n/JQDd/7v/ev8bAM7/yP+n/7r/1P8lANX/3P8aAK7/8P8QADsAOwAaADQA2/+2/w4AFAAUALv/3P8aAAUAUQAzAD4Azv8UACoAGQAZADkA6v+i/43/AgAUAMH/uv8zAMv/+f8eAOr/1/8UAND/FAAMAOX/4f8eAJ7/JADg/7j/5f8aABUA4//m/+r/vv/W/xoAKgAqAJv/zf/l/+f/KwDo/83/wP8wACEASgCd/0MA6P9HALv/GwD+/2QAGQAYACYAQgAcAC0A0v/O/+z/OgD6/y0A4v/T/7v/GgCo/9b/FgDM/67/CADh/9T/pf8ZACgA2//e/9D/w/81AND/4v9RAAcAf//0/y0ACADe/97/6v/t/ywAOwCj/+D/FAA+AMT/4P6BAB8AqP9CAJn/2P/R/xYA2v8ZAEwA5P/W/9v/6v8KANL/wv8MAJb/HwAfAOD/yP/g/7r/5f8fAMP/xP84/xwApv8UALv/zP/l/9f/4//i/zgATAC6/6v/DgDQ/67/uP/R/6D/NgA5AB8ANAA5APj/vP/q/6H/pf8iADcAHQDg/x0A4/8rADcAOADQ/zIA4v/U/97/yf+R/+T/1P/X/9b/EwDX/8P/GgCH/zcAwf/o/93/xv/i/6H//P8yACIA3f8mAB8Arf8dAOb/FABJACUA+P/j/xQAHQD9/7r/2f/D/6n/HwC4/7b/1//R/7f/3f8/ABkA7f8NABYASwD4/ykAFQBOAB0AFQAfAB0ALQBh/00AFQCu/+T/3f8bAOb/FgAWAEIAJQAZADgAFgDE/xsAFwAVABkALwAhAPT/qv8UABQAJgAVAOj/4v8WAMn/zf/o/8L/w//K/zIANACG/ygAlv9NAOr/1P+z/8D/UgD0/+v/1v+n/8T/rv/x/9f/kf/a/9L/xf82AOP/w/85AKb/4f8qANr/AQDk/7f/0//g/xUA9//Q/xsADQC9/7r/5P/c/73/IwDV/43/vP8FACgAvv/R/4r/6f/b/93/qP8vAJH/yf+7/8//wP81AOb/FAC9/+f/5v9JAKv/IQDV/9z/IwCR/yoAFQAtADEADAA6AE0AHwAfABQA1P8iABUAMgAUAEcAwv9DABgABQAWADIA3P8FAIL/vf8yADYAPgARAKz/zP/m/+3/SADD/8j/uv/z/ykAwv84ANv/o//C/7T/rf/a/87/HAC3/zQA5P8UABYAFwDF/+f/uv87ALr/vv/S//3/yP/Q/+j/0P8//8n/VP/f/y4AHgDN/+z///8eABoA5//P/xwAJQDn/ysA6P+6/8z/OQDV/xcAIgDl/9b/4v+r/8//0f8LALr/4v+6/z4AUgDo/7z/1v/p/5D/uv/s/7T/9f/R/9L/bAAdANn/0f/j/+H/3f8aAJz/RwAUAOH/DgCw/+D/4P/X/67/1f/c/+j/4v/n/+T/1P/i/+z/6P/a/zcASADb/97/xf/Y/xQAz/+9/+j/6v/e/8j/4f/t/x0AIwDA/9n/GAAYACoAzP/H/+b/MgCu/+L/gf/e/9X/KwCp/3n/MQC//10AoP/f/9L/5f/z/zgA5/9gANv/h//l/9n/DQBj/zUAJgAxANb/FQC7/9L/2v/R/87/4/8ZAG0ACgAKALH/HwBDACIAIADJ/9f/2P/N/83/4P/j/6L/t/8rAMT/5f/C/xkAvv8fAN//3//L/93/5f8XADMA3/8FAAcA1P8oAJ//JwAWAKH/FAARAM7/4P9IAOr/FAA5ACMA0//k/xkAtf8VAMb/4P/w/9j/4/8ZABQAHADq//P/SQDR/+f/SgAZACwAGQDZ/8D//f8WACkAHgDD/y4AWADg/xoAMgDc/8P/yf/A/8z/1P/K/yAAHwC6/wMAQgAiABUAzv/f/74A+//R/+X/TwAUABsAIgDF/xsANwDR/xkA2v9a/xkA6v/G/x0Awv8hABQA1/+8/7L/uv9w/6r/NQAcABQAsP/T/+n/JgAfAOf/5/85ANn/kv8PADgAPQAZANX/1f/V/9P/OgA2AMz/IgBZAE8AHQAJACMAUQAvADIA/f8eAFIATwAeADEANwBVADsASAArAO7/LQAUABQAJQAYACYANABFAAgA4v+v/xkAxf+9/6v/xP/l/xQAhf8YAMf/MgC7/xQAFACi/7T/EgBaAJr/5P8fADAAFQAwAOn/sv/h/0kAHgAUANf/JgDW/0oA2v/p/yMAJQA4ACgAJwC5/6P/0//n/9H/4f/S/6f/zP/W/+r/6/+r/9v/0f/l/x4AyP/K/+n/yf/l/9P/6P+n/xkA1P/A/8v/4/8oAPH/3/+V/+7/zP8lAM7/1f/l/ycA5f/G/x4AFQAsAMf/1/8WACgATAC9/+j/1//X/+n/GADp/9L/z/8eACwAKwAfAB4AGwAmABwA3P+3/+3/LQDH/8//YQDr/9b/4P+y//b/5P/m/+T/0P/h/wAA9f8WANT/0P8fACQAHwAgAEQAwf+e/xQA7/+wAKv/EwBkAOT/HgC+/xAAFwAUAMT/6v8XAOH/y//W/zcAIQAyAOX/BgDk/+T/k//o/7j/rP+z/03/x/+a/8r/9f83AB8AGgACAPf/q//1/5v/uv+X/7f/uf9SACoA3P9CAOr/5f+8/8H/4v8zAOr/zP+S/+v/dwCN/0T/mf/O/x4Axv/P/yAAyP/W/73/IQAYAN7/5v/B/+P/4P+w/xoAGQBdAN//GAAUADIA3f/a/7f/2v8yADIA7P8WACMAJABLALH/sv+e/04AHQDo/0AA6f/c/0QA3P/q/yUAzv8aABoAGgAaANH/1P/B/9n/3f+9/+H/FQA8ABkA/P/L/8P/4P8YACcA+v+a/yIALAAoAMz/T//l/4T/zP/E/+X/z/9UADUAGAAtAOb/3P/F/87/IADc/+r/yP+0/+X/uf/O/+b/4//o/+r/6P+w/8//lP/c/9b/RgAMAJL/AAARAL//LACy/zgA3v/X/x8A4f8xAMD/uP8LAL7/DAA0AB0A2v8oANP/5/84AOf/QQA2AE8AKwAVANT/GwAEALT/MgD0/8X/wf+h/8b/7P/P/6v/tf/l/+L/r/+q/9n/p/+7//P/y/8sAJj/y/+w/9j/5P++/5T/y/8X/zQASQDW/87/tv/u/8H/3P8QAOH/4v+s/ycA4P/i/wwA4/8uACIA0v/V/6D/5//K/+f/2v/U/9n/OADE/6H/w/8yABoALQALAP//LwAEABYA1P+a/zgAJABAACIA5f/h/+b/EwAoAC4APAASAEkAFwC9/9z/LAAZAMj/v/8iAOX/JQBXAPb/PgAtADUA1f+m/xQAxf8ZABQAKADm/8j/o//L/+z/5f83ACYAxv/S/8X/4//V/zkAuf/G/wwA4f/K/xoA6v/e/zYAtf/c/+T/t//l/7L/mf/Q/3j/FwDm/8H/3P8MAKP/wP+z/xwAxP8YACcA6v+J/9//FwDW/7//5v/f/6n/OQDA/23/oP/l/+X/NADV/77/ov/g/9z/of/p/xQA4P/c/+n/4f+6/+b/GwAhAH//1v/L/6z/5P8kAOT/GwAsALr/pP/f/8z/jv+w/7L/KAD7/xMALQDP/9//ZADQ/5T/jv+O/0sA2v/8/7//v//t/73/u//N/xUA1P/M/+3/CABg/9n/+f/h/93/xP++/+L/1//W/zEAzf/A/9D/6v/K/0UACQD//9L/2f/U/8P/zf+7/2P/LP8rANP/0//a/7H/yf9QANf/KADs/xcA3//R//3/GAAYABgAGAAUAPr/5f/C/x8A1f/h/xQAv/8iACMA4f/l/ywAKwDW/7P/HgD8/xUAHwDp/yEA3//h/xsAGADJ/97/CgAbAJ3/RAC3/zYAIwAxAL//KABNABkA9f8GAKr//P8cAOz/IADh/9T/PQDp/zUAUQDm/xQAPAA2AMH/mv/f/9r/GADk/+L/5/8nABcAPQAdALD/1f+H/yUANgDn/9X/pP++/+P/1P85AMj/0v89ACsACwA0ACEAKAAiAPL/yP8qAOT/BQDk/9T/xP8FAAMA1P/Z/woA1f+l/+b/OwAVAN//yf+8/yMA3P8bACcA3f/a/9v/2P/S/ygAHgD8/2n/4v8mAOj/1P/i//z/xP/c/8//sv+u/+D/tP8EAOf/4f8uAN//4v/r/9P/GAAfAAUA3/8VABUAHQDn/zIAzP/z/yQAJAD6/zIA0v8UAAMAFAAUAPz/HQAUACsA7P8/AMX/FAAVANT/5P/S/xUAGABKAAgAnv+2/xYApf/l/y0A4v/w/xkAFgDo/6v/z//o//r/+/8eABUAHADk/xwA0P/O/yoA0/99/8T/rf+u/5j/0f/o/+b/yP+w/8T/FAA3ANz/uv/8/yYAMADk/8P/FQDn/9X/xf8VAKT/uP8vAAcA5v8pAOT/q/8UAMf/wP8+AM7/5f/b/7//GAAdAOD/4P/R/8X/nP+7/+z/l//a/73/wf8pAOL/2f+G/6//JAAlABkAJwDP/7r/8f/j/xoAKwDl/+L/tf/d//H/IwAaAP3/9v+3/xoAxv+y//7/BQDp/8v/1//M/+L/6f/S/x0A2v8fABQA2v8VAA4ANgDi/xYAHwDW/+v/t/8WAEoA1v8RAB0AHQA5ANP/DAASACsASQDZ/zkARAAgAEgAOQAtAD8Aif8ZAL3/FgAmACYAFQAuAIT/s//N/00A1P+b/xQAvf8lABQAGwDZ/zv/FADd/8z/5P8UABgAHwDA/ysAyv/V/9P/FAApALD/uv/f/x4Auv9LAOj/AwDp/x4ALAAhABkAQwDq/yEA7f/+/yUAuv8rALX/1P/K/8X/xf/D/+T/FABDAMb/p//O/+H/IADM/xIArv8UAPP/i/8VALv/0f/o/9L/zv+v/9n/r//m/9T/IwDH/+z/y//G/+v/r//J/+T/5P/n/4n/2P/m/yMALgA9AN//GwDG/zIAMgAtAKf/GwAyAOH/4f9//9v/SwDL/9j/3P/P/4D/qf+p/1MAqf/W/yYAAgAXABIAvf8WAM7/GQDL/9n/oP+g/8P/u/9T/zEAZP9l/7X//P/I/7X/7f/g/+v/t/+0/9f/4v/d/1X/HgDO/9v/4f8uABkA2//s/+r/5P+0/+n/xP/l/9z/9v+6/yQA3f/r/y8ADwDk/7v/MQAxADUA1f8MACQAzv/e/9r/NQAVABQAJgAaAKf/GwDo/9H/xv/W/8P/FAA2ABUAFQAsABQAHwDm/ywA6//k/+D/LQAUAOH/MwDE/9//KgDd/+j/7P+h/8//z/8FANX/wv/Y/xQA4f+6/+X/MwC5/4r/FwAxACcA6f/N/yAA5P+8/3//LwB8/9z/5f/a/9j/1/+k/7v/rP8gANP/rv/U//b/0P8VALr/FAALANz/s//y/87/IgDc/+b/lf8VAA4AIQDT/9P/3v83AN3/GADM/8T/GADf/+X/FQDF/wwAyP/l/08A2P8GANr/wv8vAOf/1f8aACAAKwDH/9f/zP8cANz/6v+P/8X/FADh/yoAy/8bAMv/wf8UAA8Arv8VAB4A3P/F/xQAzP8WANn/1//A/xwArf8cACEAHAAUADEArf/N/+T/GwDn/xYA6f/R/8n/MgCu/zgADAAoAMD/wv+6/8//5//I/8P/wf/6/yoAvP8hAB8AoP+o/67/GQAWAKf/o//R/+n/4//u//r/KgDp/+D/AwAcACgA2f/i/8T/0f8kAIr/uv/Y/+X/yP/O/9b/3//s/87/4//W/9H/1/+2/7n/v//R/xkA1/+z/wgAVQDL/wQA8v/T/7n/xv+8/+P/vv/K/33/6f/l/+j/yf8S/9z/+//O/9b/0/+y/7j/5/8bAMH/5f8HAB8AwP/A/wgAvP8dABoAzf/D/yAAIAA6ADUAIgDG/+X/Df+s/67/2f8EAE0Auv9AANT/9f8vAHEABwAVAIv/RACS/y0Aq/8AAOH/4v/R/7b/6v8JAND/gQBw/+v/TADk//D/2v+1/9L/GgA6AL3/rf98/97/IgAOADoA3//s/1cARAAVAPL/2P8YAMv/HADb/+j/uf+1/6H/6/8RAP//xP9NANr/yv+4/+f/MwAiALD/SgBVAHH/sv+r/ysAy//h/+H/0//J/6T/oP8WAMP/x/+2/yMAMQDr/7D/s/82ADsAvf8UAD8A4P/U/9r/6v/W/xkAFgD2/xAAGgDp/yQA4v8VAJn/DAAkABwA3f8tAC0A4v+c/+n/xP/a/0gA///U/9z/4P87ACcA1/9bABoAvv8YAEkAzv/b/+D/IADj/6j/xv/h/xcAyf/n/+z/uP/y/xUA4P+9/6D/RwDb/+T/GgBbAB0ADwDS/xYATQAyAMP/MgDp/+T/ov8bAOr/7P/A/9L/6v/e/97/1/8lAOj/7f/W/zQAHQC7/ywAKAA4ABoAcv/s/8f/ZwDq//7/zP85AKD/qv8qAEMAFQC3/+r/4f8qAC8AxP/f/9j/5v/l/9//5v+3/7D/7P/L/+b/0//q/9f/JAAYACIAFAC1/8b/JgA4ABsAv//T/7j/kP8LABcAxv+o/+b/0//i/zcAFQAdAB4A5f+9/8L/1f/h/8L/1v/D/83/1//Y/8D/wf/d/5j/t/+s/73/IwA5AKL/5/+n/93/sv/g/7D/xP++/+T/rP+x/8//NgC1/xsA4P+5/9H/FQC2/zIA1/8UABQAIgC8/wUA5f/4/zgAq/8mAKD/5f8oACsAIgCw/9L/2v8kADsAGAA/AMb/qv+u/xwAHAAcAL3/HQDP/ysAOwAXAHkAFQAyAN3/1P8VABUAFQAVALj/KAAbAKr/7/8VALn/4v/g/+b/4P/b/y0AFwAVABkAHwDB/xQAyP8UAOD/5/+s/8//1P/Y/wMAmP+1/9z/rv/p/7//yP8yANv/rf/F/+T/2f/Z/6H/9//b/8T/t//W/+j/OADl/4X/sv/I/xwAIAA2ABkABQAUALX/FgDm/9X/1f/o/8r/pf/8//b/y//Y/04Avv/l/+X/oP/i/xUANAA5AKb/4P+0/wMAOQAyALv/6f/J/wIA0v80AMH/FgAVAMP/5/8tAP7/6f+AAMX/4/+1/7v/7P8mAAYAJwDz/9H/3P9HABgA0f/K/8D/QwC+/8b/qv/G/97/3v8lAM3/0f+X/0EAIADq/+r/HAC9/yMAv/+p/5z/g//9/6z/tv/d/8r/LAC+/73/6f/n/z8Au//E/8j/4P+5/+v/CwCn////0v/q/9L/wP/W/3r/gf/g/0EAf//j/9f/HADI/77/uf8fAPT/IAARABQAzf+6/7L/IwDc/6D/pv8kAIT/nf9VAN//BwDk/7//jf88/6v/MgAfANn/a/+3/xoAwf89/9j/HwDl/8P/1f8yAOP+FQDD/zAAHwAvAID/DgBHANr/pv8wAOP/bP8XANH/FACK/8H/HACV/ycAFQAVANH/pf8VAND//P8xAOn/xP/H/+r/t/8xAM3/0P+3/8T/uv+c/93/6v/T/8L/yv/h/7//5//g/8T/wv/T/wQANQCI/6f/IADA/6r/HQDb/+r/7P8fAKX/EAAhAL7/FACs/9X//f9FACcA4f+h/+z/4f/I/7f/PwD0/4X/4/+r/xQA6v8zAMP/GgAXANb/GwCN/8L/3//b/xUAJwAFADQAfv9o/xsAxf/X/zX/xf/N/wYAGgAjABwABQAqABsANgAjACoA4//n/9P/wf/N/8b/4//U/y4AFQDq/+r/6P8hAOX/zv+7/+j/QAAIADEAs/++/+T/FQAdABgA3P/c/9j/yv/b/5//wf/X/7X/FQDM/xUAMwAVACEA5P8l/xYANADS/+T/tf8YAOj/5f/T/+L/2v/k/+X/iv/f/+D/7P/T/+v/vf/c/8r/2/+u/+L/FADh/83/FADD/+X/6//R/xwA3v/M/xUAzP/p/3z/IAAgALr/6P8eAIH/tf/Z/9//IwDe/yUABwCp/zYA3//P/xAA2/+R/wAA7P+7/8D/PgDA//X/sP8BAOT/PAAzANn/2P/n/9X/tf+i/xkAwP8VAEIA3f/r/6b/2P/A/8T/2v9q/xUA4v++/+D/LACp/yIApv/o/+D/HgDO/+f/FADD/73/3//V/zYAHwAMAEEAxf8aANj/2/8UAC8ASABOAM//JADG/6b/fv/D/9X/5P+6/4j/wf8zAMD/1v/A/+r/gv+a/+L/6f/O/5j/v/8AADMAu//B/8n/LQDX/9H/nP++/9f/zP+4/8j/wf/e/7z/t//X/+j/KAAjAOj/FQDc/04A/f8XANv/UQDn/+r/5//Q/+j/HgA/AMP/VQDi/8b/rP/I/y8AGACS/87/GAAvAL3/5//N/8T/2f+3//n/lP/a//v/kf+0/8T/mP+//8X/PgAyADEAKgAbAOr/PAC6/z0AGgAUALX/j//s/9j/FwAaANr/OQAiABoA+//8/xoAHwAwAB8AXwDd/8P/4P8fACcAJQC9/97/yP8OAMj/4//S/53/OACp/8z/4v/9/9H/u/+h/+j/0v8oALz/yv/7/yYA2v/a/0AA+//a/87/4/8yAOf/CgDe/xYApv9PAJv/NQDl/xQAxf8YAML/2v9AAN3/JAAGAHMAu//e/0wAFADR/+P/qv/g/yQAgf/j/7H/vP8pACQA4//L/8X/HwAbAMX/2P/h/y0AFQA2ABoAJgAHACEA4P8VADUAJAA1ALb/zf8VAKT/IgAoAAsAKQCo////LADe/+L/LgAFAEkAdwAYABgAFgDc/9f/IAAPAMv/FAAUAKv/1f/h/9v/IwAaAAIANAACAD8ABAAKAOj/6P8tAN3/XP8UAD4Az/+y/xUAuP/j/zgAVQAsAH3/OADQ/0MA5v/9/yoACQAfABQA9v/S/00AIwDc/+n/u//c/8b/2P8cABQAFgAWAC0A7P8bABwAmP8WANL/vv/O/9r/MACO//3/2//S/+j/jv9z/7//2v/n/9L/6v+j/9P/8/9kANX/6P/F/9r/sP8lAM7/3P8UACUAHwCx/6X/4f/C/xUA5/8jALX/QADV/18A1v/l/x8A0P/q/7//u/+t/8z/nf8VAOv/FQDq/+j/xP/b/9v/5P/l/9v/DwDW/8v/1f8XAMv/zv+7/6b/5v/e/5//sv/W////6P/O/87/vf9AACgA0v8rAB8AyP/i/9X/wf/F/xYA2v/l/+r/tv/o/9f/zf/i/+j/wP/L/8T/x/+O/7b/GQDh/x0ALwDb/ysAHgDW/9D/GQAsABsAyv8UABQA1f8NAOb/5//d/xYAFgAXAMj/NQA8AMz/5v/n/zb/wP8YAOX/3/85ABcAyf+y/4z/FwDz/1QAwP84AK7/wv/G/+3/wf9RANn/z/83AL//n/+//87/0P8WANj/FADc/83/5P8UAOv/uP/P/+n/+f9SANb/t//d/zIAx/8sACQAb/9GAKr/5f/Y/6b/3v/j/7X/rv/n/9//2f8UACEATQDB/53/1//r/zgA6P/V/x8AFQAcACUAtP9HABkAHwCc/wsA///2/+X/JQAEABQAFAAdAOb/9f/l/+j/x/9zAOv/4f/O/xkA2f/g/0sA5v/X/9L/GAA5AEcADADS/zIAJwBg/+j/+//q/7b/SACd/7n/5/8qABsANgAUAMr/7P8MABQAy/8fALX/5/8WALX/xv/O/+L/qv/U/+v/6v/I/7r/wf/Q/6H/x//J/8v/zP+//8r/6v/d/7v/4/+B/9X/1f/C/97/3P++/97/y//a/8z/2P/a/+r/2v/P/7r/0/97/+f/pP85ANf/GQC9/6v/2//n/7b/1v8WANf/x/8wABUA3f/H/93/FQAUAMf/5v/R/xQALADG/+b/5v8UAOv/xf/J/5b/if8KAMz/GQC4/xoAnf9b/73/wv8tADIAuP8XAEIAxf/8/9v/3f+//y0A4P/s/+z/KQAVAN7/3f/n/wkAt//h/9L/wf+5/1kAu/8TABsAw//R/+T/6/8ZACIAFQAtAMD/4f8dANX/1//J/0AASAANAOH/6f/U//L/vv/M/77/xP8bAKj/1P+p/6L/MQAJANb/n/8wAML/zP/5/+v/8f/Z/7//yP+t/0QAIADC/8f/4P+a/6D/IgC8/6r/3f/S/yoAv/8mAC4AMQCV/+3/UAC3/x4ASgBZACEAOQDv/+n/SwAcAJD/u//5//X/zP+4/zsAGwDZ/8j/2P9jAK7/8P8aANP/w/+w/8r/BgD6/1gAFQCm/+L/LwDp/08A9v/S/+j/mf+1/zkAHQD//8r/EgAKAAIARP8TADUA3P9LAMP/9//C/4P/rP8jAMD/EwDS/8T///8SAK//qf+m/8r/CgCZ/9b/JACg//r/2f/f//v/7P8CAPT/3P8WABgAIADu/6P/GgCu/5X/mP/C/6b/DgA3ABcAFgDb/zkAPwDo/z8Auv+9/z4AvP/T/7b/HQDe/7X///+t/zkAOAAtABkAZQDS/6b/yv+Z//r/3//M/7n/GwAjABsA2/+k/9b/5P/4/yoAFwAiACQAHQAIAOH/EwDR/xYA1//o/0sA/P8hANn/FAAVAKj/LwDL/97/w//E/97/FgDq/+v/2/8XAOT/0f8UAOz/QQCA/8r/FwC6/xUAFwAdAO3/0f8lANr/IQAkAK7/vv8kAA4AJgCc/8z/QQABAM//y/8mANj/6v+w/53/ov/D/8L/JgDv/xoAzv+a/x0AMADX/9L/3v8VAOz/4P++/97/IADq/xsAz/+6/+n/z/8oAEQA5f8UABQAKgAZAKz/FADK/yIA4f8UALj/zP9FACsA8P/A/wkA4//r/6j/6/9XAMn/6f8FAAsAAgCo/xb/2P84AGP/5/8UAFAAFACZ/5r/4f8FADwAMgAsAOH/4v/l/yEAMQDK/xYA1P/b/zAA9f/k/7//OQDY/97/2P/l//b/MQDl/zEAvf/q/yoAz//D/xsAOwDJ/+z/6f8aAMD/MwAVANT/sP8IAOX/HQDV/+T/7P8UANT/6/8UAB8A0v/Q/8z/GADb/zUA6v/d/+L/JwAUABQAFAA1ABQAtv8oAC8AGwAbANb/4v+//5r/GQDJ/xkA3f9XAB4A3P/S/3kA4//A/8v/w/9LABsA3f/H/x0ANADO/7r/1P/f/8f/0P/d/yAAHwAWAB8Avf8WANb/6v81ANb/AwCV//f/KgBRAKP/RwDd/xQAPQDF/wgAKgAeANX/FADd/w8ATAAYABoA6f8kAMz/LwAsANL/5v8ZABsA2v/I/93/rf9KAAwA0/8dAOn/JgC5//L/HgD7/xsAJwAiAOb/LwC0//P/OACh//n/xf/0/xQAFQDX/+r/0v+x/0kA7P8nABIA5f/n/ycA1//g/8X/GwBRAAMAsf8ZAAcAzf8BAOP/JQDN/8j/QQBJALj/6f/M/xUAoP/O/8P/PwDp/zUAAwAaAOT/7P+v/9b/QAC9/xcAz/8qAB4ALgDX/0AAMwDh////qv/l/8b/3v/R/8H/NwC9/zQAKwDp/9T/sP8fAN3/2v/7/zMAs/8aAKr/VACo/9f/3//n/9H/rf/F/93/IgDm/8f/2f+8/93/GwAWAPT/w//e/xwAIgCN/8//ov/W/9r/jP/Y/+H/4//O/73/1f8rABoALABCAOj/FAAUABkAqv/K/9f/5P/Q/+H/5P/R/9b/5P8LAB8A3v+s/+f/1P+2/+L/yP/l/wQAFQAqAOr/6//l/xUA5f/c/xwA5v++/ywA5P/s/y4A3//k/ywA3f/i/yAA6f+v/97//v+f/+X/EADc/67/zf/a/8H/tv/G/1EAHwBe/yUA6f/k/xwAKwAWABEA1f/L/xsAKgAUAE8AJgDj/x0A+f+3/w0AFwAPABQAfv88AOv/OwBO/+3/7P/c/6j/AgAUAOH/wf/n/9n/0P8dALL/qv8zAE8AsP/q/8D/2/+E/4f/wf/x/1//tf8wABUAn/8TABUADQDM/6n/j/8OAB8AFgAUAB8A3/8aAOT/7f8eACwA4v/p/x4A4v/B/ygAFAC//9L/FADj/8v/GADf/+P/w/8eAB0AHADR/x0Ayv8VAND/MQC0/9P/v/9ZAFYAyv81AB4Anf8qAEQAMAAzAEUAGwAiAC4AHAAbAFEALgAvANT/3P/W/xEAQgAoABkAKAAhADEAFQArABYAQwAyADMAOAAfAC0A5f8VABUAQADF/ysAIgCA/xsA2P/J/8z/yP8XANH/6v/h/4r/ff8GABYAGQAbANL/HABjAOH/OAArANP/KgDc/xcA4P82ANT/KgAiACcA5f8yADYAUwCK/zwAMgDa/8z/7P/s/9r/pP8tAOP/GgDk/y8Ai//h/+P/zf8HAOX/ov+m/7X/0P/q/7v/4f/C//3/tf8rAIz/oP9IAB8Apv8IAMr/JgANAMz/8/9HABcAwf/N/+L/4f/e/9X/4v/h/+P/0P8jALf/yv+5/+b/FgCn/+b/uv/P/9H/y/8VADEAHwAdAOr/JwDE/+P/5P8yANb/NwDN/xYA1P/J/7v/4v/s/zQA7P83AOn/GgDq/6f/AgAlACQA2f8bAHP/zf/U/+j/6f/O/woAx/8iAMz/2v8UAMv/3P8wABQA4P/Q/+n/HwASABQAp/8UAEMA/P/l/9j/7P8FALL/2f8bAB4AKgCx/97/xP/o/9v/p//Z/7T/9v/W/xsA4P+m/8v/0//+/9T/1P8WABYAy//J/+f/4f+i/7T/0//W/9L/8v/L/8P/UgDc/7j/u/+e/+T/2//I/+H/0/8UAOH/FgDm/6z/8P8iAJr/HgDH/77/1/8WAB8Ayf97/9X/jf/b/3n/6//A/53/xf/F////zv/M/+f/5f/l/zsA6f8fAJ7/NAAUAOP/+/81AOL/1f8tAEkATAAsAOX//f+//+D/BgBGADIA5//p/ygA3f/W/wUA2P8DAAoAHQAaACkAMgApACkA5//o/+X/oP/l/zkArf85AOX/7P8qACMAFACt/9L/d/88ALP/NQDP/7D/gv9zALn/IQAeAOD/6v/a/zAARAAmANr/5P8hAJD/zv/o/8z/6v/Q/1oAJAAWAOL/4v8VAM7/4v/G/6v/tv+0/zMA0f9dACsAIwAyABsAFQBAANb/GABaAFoA3/8UAA8Avf/m/+f/3f9KAA4ATABGACgADwAmAFUAKgA7AJ//r//j/xsAFwDR/+X//f/T//v/5P85ABcA///o/7X/tP84ALf/mP8UANv/1f/N/+j/GAAkAOf/yv8fAPb/zv96/zYA4f/i/7r/7P8aAK//GAASAOf/5P/s/8f/NAAvANH/1v+e/+D/BwDY/10A1f+j/xwACwBg/93/NQAsAOj/uP83AB8ANADc/xUAFgAvADcA6P+z/yMAyf/q/7f/0v/d/97/4//l/xsAKwAbABIA+f/P/73/4v8DANX/SAAZAMH/4v+9/97/2/87ACgAMQC0/1EAqv/V/zQAzf8oANf/6v9LAOj/1//d/+H/xP8yALj/yP/I/+P/0v/O/+n/4P/A/xsA0f8aAMj/5P8HAND/4/8UAEgAKADY/wEAHgAWAOH/5f8qABsAMACa/8j/RgDO/7b/FgD1/y8A2f89ABUAQQAVAP7/3/+7/93/v/+g/xYAIwAjAM7/RgCX/+r/KADl/+T/4f80ALH/5/+8/8n/TACj/y4A4f/h/9P/5//n/+//1v+6/xUA+v8sABoAGAA3AI7/0v/E//n/r//r/yYApf/q/8D/zP/E/8D/+P/q/9L/GwDa/9z/s//U/7D/BADq/+P/3f8WACgA9v82AAsA6P8uAOr/rv/e/+z/KQDn/ycA4P/j/9L/5//b/8v/3v/H/7b/KAC3/8L/1P/l/8T/mf+0/7P/5f/K/8b/u//9/9r/3v/a/8P/wv+4/9v/0v+//+D/w//Y/+D/z/8jAOb/+//f/8P/7v/b/w4AAgDU/+T/vv+k/xsA4P/U/xgAhv/h/+X/sv8oAMv/1P+t/7D/z//K/+X/kf8DAOX/wP/9/8X/5f/d/87/LQDa/9L/5P/h/+b/1P/d/9f/wf/f/73/9P/e/xYAzf+O/6v/4P98/0kAyf8VABYA6P+G/0gArf/C/6//wf8EAAoAxv/x/xwAu//q/9r/xv/j/+n/2v8UAMH/5f8vAAEAbADa/+f/9v+T/+D/rv/o/9r/rP8fABQAEADS/xYAzv/H/xgABAC7/8f/DAAaALT/IgAjAPT/tP/j/9j/zf/C/6L///8fABcA2f/G/+b/6v/l/87/LAAQAOT/wv8AANL/df8bAEIA6P/s/9f/0P/V/xgAzP8ZAMz/1P/l//b/dP8cAEL/hQDN/z4A9P+N/+j/lf/Z/xQAqf8yANb/Qv/L/7v/wP8aABYAGADA/yYAmP/p/8v/JwDl/9v/5P8UADkAy//F/6z/tf8TAAEArf8gAAwAKgDl/8r/KAAZABYACgDp/xUA7P/Q/+v/1//D/6v/4f8ZAOn/7P/I/9P/0P8ZAAYAFQDC/9P/0f/S/8X/5//8/9z/4P/X/83/MgCz/+X/GgCc/z3/f/+Z/5H/UwDe//z/lv+s/3r/EgBd/8n/zf/F/8L/1f+H/0cAnv8mALT/sv8LAHgAzP+d/3P/if9x/6n/Wv+n/zL/QADV/yoADAAwAOv/vf9AAJ7/4v9N/8f/DQCZ/8f/GwCn/y4Ah//9/+7/OP+x/8P/FADv/7v/QAA9AI7/agCI/yQAEAAgAH3/5f/z/37/nf/o/77/wP8u/6T/OQDm/6D/if+K/6D/df+o/zgAsf9k/ygA9v///qX/JwBDAPD+ev/T/6r/wP+7/6H/h/+0/ygAb/9t/zYANABT/5X/zP/Z/yQAGABGAMD/rf8RAFUAyv9y/53/CwA9/8j/mv8hALD/yP+W/xQAff+X/67/QQAQADAAyf++/47/OQCu/6//rv/I/8T/N/9fADQAy//7/+X/CAAmAMb/CADn/3MA3f8//8T/BgB5/5L/FQA6ALv/uf/R/83/dP/B/7b/kP/R/8r/RwBd/2//4v8mAM7/uP8/AEkAMgAUAKH/w//I/3X/TgAQACEAyP/F/6//5f99//z/JgBdAL7/GQAMADkAd/+v/+P/GAAgAOL+wP9a/3D/5f/K/wcAzP/N/9n/WP8qAK7/wv+w/y0Awv/K/xwAs/+j/67/8v/T/6//Gf+5/sb/9f87AL//mv9u/3oA8v+K/4X/mv/d/6L/v//P/xUAqv+Z/5L/iv/O/9T/UQDh/8P/JADI/wsAyv+G/6f/LwAP/7z/7P9+AKT/Vf/j/y8ANwBA/8z/sP/A/5X/Vv+i/9b/x//a/+j/0//5//T/mP+J/5//MABx/0b/6P+a/4X/xP8IAND/GwCAAHj/qv93/+n/n/+O/yoAHgDE/3//of87/7X/r/+4/7//qP+//4f/PgDA/wUAqv8lAK7//P+j//z/uf9IAL3/IwDQ/6H/ov+i/4r/PQCq/6T/rf+C/7r/wP+c/z0A1f+x/7j/kP+x//7//f+x/1r/wv+K/ygA1f89AEIAqv+C/5r/JADq/9D/yf+l/8T/ZgBxAN3/CQBO/6H/t/+3/xgAXP8nAAcAgv8KANX/y/+t/8D/wP+A/9H/GABdAB//EgAjAHT/af/E/y0Axf9HALn/AACB/0z/4f/t/7X/TACg/8P/j//M/5b/jP/O/7H/p/+P/wgAav+//zEAjP+X/5P/cP+u/6H/kf+//7H/BgCs/wwAsP9x/7v/qv/9/7j/o/+f/x8AjP/O/9z/pP/W/9P/wP++/4v/gP9q/73/c/91/y8ASADj/ygAlv+q/x3/5v+q/7n/i/+J/w8Axf+x/97/AwDO/7//fP/I//f/t/8yAKD/AgABAJb/i/8mADsAdP84AFj/Pf8P/6n/qf/g/+X/s/+3/wcA9//K/8H/i/+2/3z/gf+1/87/xf+c/2T/GQC+/2D/Zv+K/2v/e/9r/1b/pv+//+H/gP/S/3z/of8mAJv/NQAYAKz/HQDN/8D/4v8eAMX/rf9h/9H/mP9o/4f/Hf9h/97/t/+B/7z/DwDS/7H/rv+7/8f/NQAz/7j/pP+b/8P/lf8SAOb/pv+1/53/BADv/zMAqP9CAKz/x/8VANj/0f9WAMD/BwDO/wUAtv/b/ycA4P+m/6T/sv85ABQA+v8DACgAyP8bAMr/9/+y/8b//v+9/73/vv4wAJv/tv9z/yoAq/+j/7z/CgAEAIj/e//a/6L/6f8dAIv/Yf+u/kIAif/N/zMANQAjACAAAgDJ/ycAMwCq/5r/q//G/6f/2P/m/3P/xP/B/w4A8P9HAMz/8/5y/47/GgAZADwASgBNAB0Anv/M/9P/TgB6/7H/yf8jAJr/k/+0/77/o/9XAGL+f//J/5P/8f/i/2wAk//J////xv9EAAkAv/8JABAA1//S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsv8NAL//dP+X//L/3QCoAA0AJQDI/+L/Xv+j/63//f9JAJf+VACPALn/cAAiAHz/6v+j/xQAcP8cAP7/BADi/zkA3//J/97/4P81ANf/IwDH/7//GwAUAJ7/CAAeAOL/z//E/wsAwv9tAPb/vv9QAP3/7P8nAMv/3/8BAM//s//o/xQAKgCi/9P/5//P/xYAxv+1/2MAsP+k/wgAHgAfAB0ADACt/9j/1/+Y/47/SAC1/+j/5//c/+r/zP9iAFAAp/9gABEAy/8zAPz/t/+1/w8An//c/8v/5/+4/97/3/8tABUA4f+//8b/4P/Z/zgA4v9r/xwA4f/m/+n/wf8iAI//3f/i/33/QwDj/7//mP+H//D/HAAXAKD/6P/c/xYA3f+m/9//yf8GAAoAAwDQ/xQAxf+2/9z/y/8bAPf/6v+n/xUAFAAHADcA2f/Z/6X/CAAWAGMACwD2/8H//v+j/0sAFQBVACgARwDe/7L/o/8mAL7/BQAEAB4AFQDF/9z/CQC7/5z/q/8jANP/6P/n/z4A0/8YAMf/1f/g/8P/KgAUAB8AuP8vACQAKwDB/5//LQAMAC0A6f8QAOT/vP/D/83/tf/B/wkAuv9W/w0A0P/o/yEApf/L/yYAFgA5ABYAf/+J/7r/vf/Y/+3/zP/S/6f/IwAiAL//QAC1/xUAz//c/x4A4//f/9r/xP8gAN7/LAAXAN//zv8lANj/6P/h/9T/uv/W/8L/5f/c/9b/vv9NAOz/7v8FALr/uP+i/7//vP8PAN3/NADK/77/GABiAOD/7P9RAOf/sv9CAMv/BADp/zgA0/+b/8//BgDl/6X/LQANADYA4v9KAAIAsv8jAP//IAC9/yEAKQCv/9z/1f/k//v/GgAjADgAxP8WAF0Amf8eAM7/4//O/zMA4f+1/+z/AgDs/+b/KgDj/x8A1P/B/7X/t/+m/4L/AADb/8f/vv/G/x4A4f8VANT/zP9PAD4A5v/2/1H/m/8kAOf/EQAIANb/EgD3/9f/4v/L/wsA7v/l/87/1v/A/w8AmP/r/5X//f8kANv/ov8nABUAGwD5/8T/8v/r/xYAKgC7/x4A0v/X/9//vv8jAB0A6v+V/+P/3v+p/8H/6P9VANr/v/8ZAHT/7P+x/8n/z//J/8j/FADs/+T/wv8fAC4A1P/x/6T/KABdALv/QAAvAJAANgDU/xgA9v8nAKb/LAAiAL3/EwCe/wQAyf8wANr/HgB+/6D/HQDI/1IA6v8zABIAnv/G/+f/NAAPALb/3f+//6X/3P/O/63/OQDS/8D/2P/N/93/HQAYAKr/2P8jANv/IAD6/8L/8v8eABAAFAC4/7T/0v/0/+X/JgDd/5//TQCj/9L/3//a/xkAr//B/+v/qf+v/wEAIgDS/xQA4v/p/+T/1v8cAO//BQCg/xEAsf/j/yEAKABt/0AA+//A/zsAjP+n/4n/1P/U/x0A3v8NAAoAzf+w/yIA2/9NAC4AIgAgABEA2//K/7n/BAAZABgADQDb/yoAnf9MAOr/OACX/23/lP/N/97/CwAcAAsA4P8xACAA4//w/+H/6P/r/9L/CwATAPf/VgCV/67/6v+o/9//3P86AKz/5/8wAAAALwDc/xcAIgAIAKX/9/+Y/67////A/yoAGgDo/wMAwP/c/8P/GQC6/xQAFgDW//P/zf+7/yYAHAC8/+7/u//b/7j/eACo/+j/tf+0/zEAPwAZABkAIQDx/4f/WP/5/xsA1f/C/7T/LABGAAIA4v/M/67/wf/p/z4Akf/2/4n/GADM/wEA3v+V/8z/UAC6/wwAMwDZ/yoAwf/9/wYAqv/Y/6r/JAAOAAwAFADa/yIAbQD//53/x/+Y/wMAqP9UAK7/qf/b//X/3v/h/97/IgDe/wcA4f9aAN//rP+j/+D/DwDj/2P/FADs/zcA6v8iAAgA1/8LACcAtP/0/8f/wf+k/+j/v//T//3/p//h/9P/6P8PAMj/6P/U/9v/+f///9//IQCw/+X/4//e/+r/7P8fAAsA1/8VAA4A3P/H/7//4v8TAJX/kf+b/8L/2P/E//b/JACW/xQAFAC0/77/wv+z/x0A7P/S/xIA2/+z/1YAHADn/9v/1P/l//f/qf/T/10AMABFAMP/0//D/77/FQCt/6X/v//P/yEAzv+//+z/rf8AAOL/0/8fACEAn/8YAKf/LAAAADcAJQABAA8Ay/86ALT/8P/y/+f/pv8PAAwAJQDe/wYACACq/xsA7P8hAMX/1v+v/7P/4v9XAKb/3/8pACgA8v/6/6//zv+K/8f/EgDL/6H/1v/q/+v/yP/E/6v/2//R/zAA2f8WACkA5P81AN7/ZAA5AA0AOQDE/2P/zP8FAPz/1v+z/6//HwC6/+X/AQBWABcA5//h/7r/0//l/zwAFACt/+f/pP/D/z4A4v/v/7v/5v/r/9T/9P++/woAVADR/yQAFgDt/xgAAwCr/7//9v/E/0EApv8DAKn/5//y/yT/3f/q/9z/PAAUAOb/MQCJ/6//LwDE/wYA//8eANj/EAAZAAwAkv+h/yQAyf8mAMn/0P8KAAgAJADs/x0A6f+t/zoAHwA9AC8AIQDj/6n/KAArAE0A5f/Q/97/DwDp/8r/xf/y/+j/xP8RALj/KwAUADIA0v8UAOL/3P/W//z/BQAlANH/x/+j/yIA4P+4/+v/1f+E/5j/OQAFAND/vP/K/47/1f9cAAsAFgDk/wMAn/9FANP/0//p/8H/6//n/9z/DgDh//z/7P9z/9X/1/+f/+n/TQAkADcACwA9ADwAggAhAMH/2P+3/7f/LAAoAAEAbgDE/9P/zv+M/9//AQC1/8L/FgC2//r/4//g/yYA1f+2/xkAIgDI/6f/uf+g/9j/z//W/yoAFwBWAP7/ngAvAOn/1/+r/3P/w/+q/+L/vv+//87/XACR/wgA1f/a////5v/w/0QA7P+9/7z/QABRANr/3f/X/+//LQC1/87/KQCv/xkAyv/o/x4ALACf/+b/CgDm/yoA5f9i/5n/8P+4/6n/NQBeAL7/0//X/yoA6P8zAOP/sADM/+T/2f8/AO7/xv8XALn/6//g/9D/4v/M/63/HQBRAOH/xv/b/wwAvf8UACAAtP8FALD/q//c/7P/5v+v/33/5v8pAA8AHQAUANn/n//A/6f/uf/M/7b/LQAwAJn/OADW/1j/x/8ZAKn/PQDn/+j/1v/a/+v/vf+w/xUAKQAFAAMA9P/c/y0Awv/S/9z/rP89ABYAyv8FAMb/2f8bAN//9f/t/67/CgD4/xkASQDW/67/TwAeAPf/IgAvAB4A8v8nAKP/HABxAOn/5v8OAMz/7P+v/0EAPgCZ/zEA1v8KAOP/h/+3/7X/zv/p/xUAuP+V/+3/HADQ/7L/ov/S/6z/rf/P/7//FgAUAGQAy/+4/8r/GAAgAMD/j//j/87/UAD4/9v/WQDJ/9r/NgAfAOj/4v+w/27/1v8JAF4AGQCi/6P/IwD9/4//IwDJ/8b/4v/M/9z/2f/T//X/CQA6ANf/KwAYAK7/c//P//H/OAA6AAwAAwDu//L/1//s/ysAwv8RABYAmP+9/7T/tf/F/wYAtv/U/9T/FQDj/7r/KgDP/zQABwDg/+P/0/8eAB4Ay//F/xEAIgDa/7X/4f8kANL/pP/s/zEAv/8yAMj/v/8hAPP/8P/K/6n/BwCZ/yMA6P9RAPb/q/8WAOb/tv/f/+v/uf8nAAwAzP8LAEwAHgDp/8P/uP9rACsA2P8nAKv/pf9vALr/4P+//+r/vf8VAL3/+/8FALb/SgD6/9L/Wv+p/7z/w//o/9b/GADR/+D/UQD8/yUA/v+o/+P/IADr/0MA8f8aADUAFADw/+L/u//g/8L/BwC1//b/xP+V/ykAwv8WACMAGADe/7L/0/9TANz/PgCu/0QAHgCy/+L/5P/g/5n/NQDA/9b/mP8YAPX/zv/b/w4A///F/97/mP8nAOX/v/8HAPb/3v+1/8f/IgCr/xkAHAA1ABkAcf+6/9X/3P/j/8H/if8gAN3/RAAyACQAFgAPANP/IQArABkA7P8BAB4AFADa/9f/IgDO/5f/EwC1/7D/Uv9JAAAA5/8jALP/IgA1ALP/GQA1APL/MADg/6z/0f/P//n/JACb/xsA5v8nAPr/+v/N/+j/7P8MANT/0v/8/yMAxP/F/7D/5/8XABoAwf8UAD8Avv8MACgA1P/1/6L/OAD2/wsA3v/m/+H/z/8wAN7/LgC3/57/NwDW/ycA3v94/6r/DADc/8X/DwAhAMb/y/+5/wsAn//h/5z/3v/x/+v/mP+v/6b/6f8IANH/lf/W/+j/n/+l/9X/BwDc/xoArv8bALb/8P8jAB8AFAAZADkArP/C/xcAFAACAND/DQCe/0AAxv/g/wcAKwDo/83/iv8kAFsAPgAtACoAqADl/0cAx/8gAOj/q//z/wcAmf8wAAwA0P8rAM7/wP8BABYABgAZACIAvf+Z/7v/MwDC/4T/w/8nAB4A0P/P/8j/5//n/ykAw//N//v/JgDC//3/PgDn/7L/yP/R/zcA5P+s//r/xf8cAPr/v/8MADgAlf+0/9f/w/8aAIf/8f8CAMP/BQAYALj/BQC8/7b/uv/j/z8Apf/J/7n/awAdACwA+/8kAMj/zf9eAML/OAAQAAEAu//j/xYA2P9f/8j/9P/J/7//5f/q/yoA2v8GAOD/8P/0/xgA7P+1/7r/8v/c/9X/7f/B/8b/GQCn//j/1P+a/7f/q/8JANr/QQDk/+3/EgD+/8j/pP/g/8f/yP+6//X/HwD8/8n/mf+0/63/2v9GAM7/awAVAOT/FAAXANn/pv+6/zMAzf/u/zMA4f8OANT/4P/X/67/1f/c/+j/4v/i/+T/1P/i/+z/6P8CAMr/sf+V/9D/3v/Y/9n/HQDk/zcAxP/x/9L/2v+1/+f/FwD7//f/uP8YAEsAKwBDABYA2v/L/8v/zf/d/+P/3P/d/7f/FADJ/5T/rP/C/8L/GQC+/x8AGwD//9T/uf/r/wgANwCh/y8A6P8SALH/+f8cAPD/SQDR/+7/KgDZ/y8ArP+k/wIAGgDc/9n/QwAEAML/6v8iALD/wP+x/73/NAA7AHv/owDi/+v/jf8kAPP/vP/q/0YA2v93/7L/rv/B/yMAIQAYABYA3P/M/+n/DgDJ/x8A5//n/9r/NADZ/xEAJADV/9X/wv+//9P/FQA2AMD/dAAcABQAGwDi/5z/AgDF/7///f+3/5j/vv9BAMf/1v/l/+X/MAAAABIACAD2/5H/6f/f/7v/JwAPAP3/zv/V/wkA5f+3/9r/BQC8/+3/0v/J/9n/z/8tAC4AJgAcANP/kf/w/+z/6f/G/9b/4P/q/6P/yf/k/5n/7/9C/4UAs//r/0AAGgAHAM//EQDd/xQAzv8yABgA4v8WACMAJAArABIA5P/L/7j/TQAoACkAHgAaABoAGgAaAMn/vf/h/8//KwAOAMD/lP/M/8f/WgDm/7P/0//I/5L/BgDZ/9X/EQDW/zYApf/8/73/zv/z/y0A4P8kAMH/2v/U/9T/SwDe/6H/VgCS/zkAgP8FAJD/AQCu/zYA6P/n/5L/3f/l/zIAhf/N/+n/xv/q/yMAFwD4/8v/nv++/xgA5P+t//P/3/+y/9T/y/+o/zsA1f8PAN//0f/2/xgAn/8YABgAGAAUACkAIwA1ABUAOgDk//n/2v/k/7T/EAASAMT/1f/U/+3/w/8VABUAKgDL/6r/dv+v/ykA3P+3/wsA+v9p/+z/4f/e/8v/vP+a//v/0//h/xMAMwAbAPz/+v/T/8P/yP+O/+L/HgAhADQA7f8oAM7//P/c/8//zv8tAOD//P+5/+7/+P/K/+D/EwDp/8v/1/+o/7D/ZwC//xMAxv/k/ykAFAA5AB8AOwDj/wYAKQCT/+L/AwDH/x4Atf8YAAYApf/T/8P/KQAuAEoA1P8rABcAw//D/8P/z//+/7H/4f8ZAMz/EgDl/+X/qf+j/7b/iP/O/6H/CAC1/wAAMgC7/8D/r/8AAM3/5P/d/ycALgDq/63/rP80AMT/BwDU//v/xv/p/y0Ap/8yAOH/4f+1/7b/FAC1/9j/jv+6/zsAKgCp/7n/HQDu/8z/8v+l/23/DwDb/+v/zv+/////IwC//8D/LgANAOT/CQAGALr/vv++/zEAMQA1AJf/1f/V/wkAGwDo/5j/1v8kAP3/QgD//+b/GAAkAK7/n/8dAAMA4f9VAMT/AwDV//P/7P91/77/z/8gALX/HADZ/+H/QAC6/+X/EAARAK//AgCV/yAA5P+o/9D/mP/l/7r/sf+s/yAA0/9VAND/AwCS/+r/5v+r/w4A8v8XAMP/zv8iAKH/5v8HACIAzv8QAKf/1f8EAA4Arf/V/xoAIADw/6H/zv9DABUAHgDy/xEAsv/D/9f/3f/m/+3/BADH//P/FgDk/+n/pv+o/8//4v/g/xwAKAC3/+j/rf/k//n/2P/D/8//m/8xAOz/tP+S/xQAJwDp/xUA+f/w/+n/4P8EANb/v//X/7j/cv/z/67/s/8qAPv/1/+z//f/EAAEAM//sf8BANz//v/W/9P/4f+4/wQAHwDA/8D/CAC6/7z/CgDc/+r/2P+1/yAANQA1APP/EAAiAKH/vv/L/8n/+f/1/2QAzf+j/w4A5v/D/8f/HgDl/zEA0/87AI//vf8UACQAEADo/9r/2v/q/9n/UgAcAM3/4v/s/wgA//8YANT/6//c/8n/EgAoAMX/FQB4ABAAIQC7/yYA3f8ZAOP/0f/G/+H/FwCy/+f/sf8NALj/BADR/yoA5P8/AO3/tv8WAGwACwD8/ysACQDs/6z/5v+F//3/ov/g/ywA3/85ADgArP8OAIr/KgAvABcA5P8iAOn/lf/P/87/EwAgACQAtf8fAOH/5f/Z/woA3//a/8j/3/8dAPj/5v/I/63/EQAWACUA7v/r/y8A2P8uAJ//qP/G/9j/AABMACsATwAPANz/FgDK//v/CADb/y4Auv+U/7//2/8HAJb/rv/p/7//4//t/7z/EQAWAOX/4f/U/8v/6f8bAJr/1P9+/xUA2/+4/wMAIgDh/zAAoP/p/8n/AgCs/xUALwCp/4v/u//P/6L/4f8cAPD/DwAnAP7/OwC+/9D/CQDX/83/NwAeAMn/2f8aAOb/ZwDa/6f/3f8VAOf/1P8NALr/iP/G/9//2//D/9P/HwAcAAUAKgAbADYABQA+AOP/uP/j/+P/ef+p/6P/JgAgAOr/9f/o/7z/IQA3ALD/tP/T/7v/NwD//+L/BwDy/5P/FQCu/+v/3P/X/77/FgC7/9D/IADj/9z/FQAVAB4A9P/2/wUAFACf/9z/T//R/83/PADE/xwAuv/c/0IAgf+1/yUAzv/b/+z/AQAQAM//AQDT/yAAxP9y/0oAtf+x/xIAGAC4/xUA3f++/xsAHACm/9j/wP/E/9r/7//J/zUAGADy/5P/1v/O/93/pP/i/8r/zP/J/y0Apv/o/yUA+/8iAP3/4P9dAOD/MgDQ/8X/MQAwAOf/5P/N/8T/BADq/5j/CADH/2kAGgATABcAGgDa/zkAFABrANH/+/8aAB8Atf8wAOn/1v/+/8P/4P/w/xgAJwDc/8n/tv+d/zgApP/E/6P/tP/P/67/0v8oAM//KADy/yYAFQDT/63/xP86AL7/wf8KANf/FgApAJv/2P8qABAAZf/C//H/1v8wAN3/KAAAAEkADQA+AMv/r//x//L/2P/e/0sASQBIAJD/FQDv/8H/uv/x/wQASgDs/7L/JwAiABYAzf81AMv/GgDC/xQAJwDb/8T/jf/T/wsA8/+7/6f/vP/r/xQAJQD5/63/r//l/7j/if/n/xUAEADP/ywA9//3/yQApP8/ALP/9P+R/7P/yv8AABgAk//i/7T/zf8EABQAr/+4/7P/6P+x/9z/0v+X/9b/qf8pAHr/vP8eAEMApf/W/9D/JgAZALX/HQAlANv/1f8LAAgA3v/8/8j/GAAdAKj/vP9MAOX/uP+p/xIAtf+P//f/VAD9/zgAof8cAMD/DQC6/9r/7f/O/xwAsv/X/9L/0P+//2n/8P/5/67/HgDU/8f/RADh/6b/y/8tAMf/DQCb/9f/DQCV/6L/OQDG/87/4v+q/9T/6//q/8j/uv/B/9D/of/H/8n/V/82AOn/wv9b//n/tv9u/9b////T/zMAFADV////xf/8/6z/v/8cAOz/7P8XABoAIgDW/6L/5//D/1kABwAgANH/9v/k/2P/GQDS/0AA4/8pABUABwAxAFkAmP8xAAsA1v/A/9b/BQDS////UADE////yv/9/6//hP/K/woAmf/B/9b/9/8kAJn/+v/Z/9//8f/O/xsA0/8CAPT/3P/r/xcAoP+m/wYAyv+3/yMAGQDH/1AAsP/k//j/PgBYAAgAIgASAMz/CQDa/7D/4P/i/83/wP/N//H/vf8fAAYAav88AMf/pf8bAKj/7f95AMH/OQDR/7r/of/K/8r/x/+w/ygAvf/G/x4AEQA5AL7/rP/b/67/vv+T/z4ACwAUALz/if/Z/8X/9f83ANL/o/8cAAAA6P+k/7L/OwDW/47/qf+Y/7f/agCw/+X/FAAUALz/qv/k/8P/uv8OAI3/CwDj/9b/i//g/xUABwAqAL//DADO/9v/MwCx/9r/HAAbAK3/tP/G/zcAHwBC/+z/JQARANb/GwAVABYAwf8VAOz/NgDz/9z/4P/g/8z/sP/q//j/9f83AB8AKQAaAMP/vf/L/xgA5v/f/+P/w/8cAL//WQBQAE4AVgDj/+f/PQB4AEUArf9DANT/VQAVAB0ANQDV/yMA5f/I/8D/FACJ/6b/0f/p//3/UQDh/z8A7P84ACsA0/8qALL/yf8XANz/NgAaABcAJwANABwAKgA8ADkALgDG/1IAzf/g/+L/1//2/ykAAgDf/4//qv++/xYA0P/Q/6D/lv/P/0cAh/8LAA0AEwAWAML/JwAnABcAGACl/+j/6f/O//r/kv+3/8L/xP/i/x0ADwAxAOD/mv/M/xYAif/T/x0AxP/W/wwA4/8PAMf/vv8VAHv/1f9f/4v/ov+u//7/pf+4/9j/x/+H/+X/CwAoACwANADn/ywAIgApAMv/KQDL/ykA6P/i//X/FQC//+X/BQDo/zkAfP85AMD/uP9IAD0AJACH//X/5P/4/7z/WgA7ADAALAAXAM3/MQDi/wMAzf/E/67/HQD3/9//AQD3/73/4P8yAOf/IAAkAFgA1f/j//D/FADO/5j/2//I/93/6P9NAFYAGgCp/wAALwDH/7P/CgDS/6f/8f/z/+r/GQC8/5v/tP/b/x8AKADo/xcAHQDa/ygAj//X/8v/nf/G/+H/SgACADgA7P8DAMH/tf/d/+P/vf/d/8//5P/h/zQAIwDh/9P/0v8JAL3/EgDy/wgA5/8pADEA9v/I/3n/1P+K/0IA2f9NAE0A6v/B/+X/IwBSAOX/3P8OANz/4P/D/wMAe/8YAD8AEAD5/7L/JQC4/x8AFwDR/wwA5P/G/y8Aqv+e/xsA4P/F/yUAAADo/+z/1/+1/8P/yv+4/8f/DQDT/xoAg//W/7n/4v/v/x4Arf8JABcA7P/p//D/0P8uAML/mP/F/7H/xf/n/+P/3P/M/4v/MgA=',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-34, -60, -24, -24, -44, -57, -12, -20],
    classWeights: '8f+s/wcAAADj//r/tf+7/9j/+P/a/+v/6//g/xIA6v/s//P/8v/6/+v/9f/p/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAA9f/t/wAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8HAOz/7f/r/+r/DgDv/wAAAAAAAAAAAAAAAAAAAADk/9P/5f/j/9f/5f/l/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/wAA1P/P/8v/HADc/7b/7v8UAO3/7P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7v/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADQ/97/5P/X/9n/JgDP/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/yEA6f/k/+H/7P/Z/+b/6/8VAOz/6//g/+v/6//r/xcA4f/p/+v/6v/l/+r/7P8UAOz/7/8AAAAA8f/s//b/8f8AAAAAAAAAABkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/GwDp/9j/5P/n/9f/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAPr/7f8AAOH/+f8mAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/l/+z/AADt/+3/8f8AAPf/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/9f/w//P/FADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/t/9L/2/8qANn/7f/l/9T/2//q/+z/7P/s/+z/7P8UAOz/4//s/+z/6P8TANj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/o/+v/7f/s/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/g/9f/7f/p/xAAAADY/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/97/6//s/xQA9P/c/yoAlf/F/+H/4f+z//r/AAD0/wAAAADs/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+v/6f/p/+r/6v8XAOf/OgD2/9//6P/5/+H/xf/q/+z/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ/9T/0f/O/8z/CADN/+z/6v/s/+b/6//p/xUA7P/U/8P/1/8KAOP/3P8aAN//AAAAAAAAAAAAAAAAAAAAAOn/4f/n/9z/5v/i/+n/GwAAAAAAAAAAAAAAAAAAAAAAAADy//r/FQAAAOn/7f/x/+v/AADm/9n/5f/g/w0A5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/q/+z/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAA6P/b/+n/5f/a/9r/JQDV/wAAAAAAAPn/+/8AAA8AAADs/xcA7P/r/+v/6v/o/+n/AAAAAAAAAAAAAAAAAAAAABYA8/8AAOv/+P/r/+3/6v8nAOz/AADv/+7/6P/k/+b/7P/z//j/7//x//j/FQD1//r/7P/o/wAAAAAAAPf/FADD/87/2P/o/+f/u//r/yoAAAAAAAAAAAAAAAAAAAAAAOv/4v/s/+v/7P/r/9j/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+f8AAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/7P/s/+z/7f/y/+3/FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//m/+z/5P/w/+v/FgDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+f/5//p/+v/HwDe/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/6//P/+f8AANz/JgAAAOr/PQDl//P/2//Q/9n/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/2v8YANj/2v/0/+T/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//L/7f/6/wAAHwAAAO7/7f8AAPX/AAD6//L/7/8WAPX/AAAAAAAA9f/0/wAAFQDs/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAARAAAA5f/q//D/7P/s/+v/7P8VANr/rv8AAJf/u//b/wsAtf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/DgAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAA+/8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AADt/wAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAA7P/w/wAAAAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAKAO7/wv+4/7T/xf/7/5//7P8UAOz/7P/s/+z/7P/t/9v/BQC7/+P/qv+h/wkAn/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//n/9f/s/wAAFADs/+7/CQDO/9H/3P/V/9X/0v/z//X/FgAAAPn/7//u//H/7P8AAAAAAAAAAAAAAAAAAAAA0P8fANv/4f/f//D/+P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAPL/AAAAAPb/IAAAAAAAAAAAAAAAAAAAAAAAAADE/yUAxP/W/9v/1/8AANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf//n/4v8AAAAA0v85AAAA7P/6/+z/7f/u/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AABMAAAAAAAAAAAAAAAAAAAAAAMD/GwC//8v/yP/g/9H/+v8AAAAAAAAAAAAAAAAAAAAA3P8hAOf/5P/S/+b/5P/X/+P/KADT/9X/4f/e/9X/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/9j/1P/W/9f/0f/n/yEA1//d/8H/1v/l/+j/zP8xAOX/AAAAAAAAAAAAAAAAAAAAAOz/5P/d/wAAAAAUAOX/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f/m/xYA6f/r/+n/6//s/+z/FADs/+3/7P/s/+3/4f/d/+z/4v/b/wAA6/8JAOz/7P/z/wAAFADs/+7/7P/p/+X/6v/k/8z/1v8jANn/3f/q/wAAAADr/9z/z/8VAA4AAAAAAAAAAAD0/wAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAPL/FAAAAAAAAAAAAAAAAAAAAAAA5//r/+z/6//s/xUA7P/r/wAAAAAAAAAAAAAAAAAAAADs/9//FADo/+z/6v/s/+z/3f8jAAAA4P8AAPT/7f/d/wAAAAAAAAAAAAAAAAAAAAC7/+//BgDC/8X/0P8AANj/5v/r/9r/5P8dAOD/2P/Y/wAAAAAAAAAAAAAAAAAAAADs/+n/7v/q/woAAADT/7j/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/7P/s//H/AADy/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/vf/J/+X/0v/R/zUAu/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/wAA1P/Y/9n/1v/V/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/2v8MAOn/1v8LAOH/0P8QAPj/AAAAAAAAAAD0/wAAAAAAAAAAAAAAAAAAAAAAAOj/FADr/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7P8UAOv/5f/h/9//1f/g/wAA1v/Y/9T/AADW//v/+f/s/+3/AADt/xQA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+v/9P/q/+z/FwDq/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+j/7P/c/+3/6/8VAOv/6//s/+v/6//r/+v/FQAAAAAAAAAAAAAAAAAAAAAA5f/o/x4A6v/f/+T/0f/r/+H/7P8UAOT/7v/z/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//H/AAD3/+3/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANL/6f/b/97/6f/N/x8A9v8AAAAAAAAAAAAAAAAAAAAA1P/m/9P/5v/r/9P/LADq/wAAAAAAAAAAAAAAAAAAAADq/xQA7P/l/+v/7P/s/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/9f/6v/q/9v/1//6/w8A1f+3/9L/6v84ANf/0f/X/wAAAAAAAAAAAAAAAAAAAAD5/+b/+v8AABwA8/8AAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/DQD7/xQA+v/k/+D/7P/s/+z/7P/t/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/7P/s/+z/FQDt/xkA6//s/+H/7v/l/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/4f/j//P/6f/z/9//HQAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADQ/87/zf/Z/+X/zv/T/xwAzv/s/8//1v8tANX/5f++/9H/5P/m/8D/5/8aAAgA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7v/f/wAAAAAiANn/7P8HANb/6v/q/wAA+f/v//X/AAAAAAAAAAAAAAAAAAAAAAUAIQC1/9b/0P/N/9r/x/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADP/9f/1f/i/+L/z/8tANX/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//a/9T/8P/a//f/5v8AABgAAAAAAPX/AADu/+f/+v/t/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZANv/1P/n/9f/1P/E/xIAAAAAAAAAAAAAAAAAAAAAAOr/7P/s/+3/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/6v/h/+r/6v/q/+j/GADq/+r/HwDl/93/3P/j/9P/5f/s/+z/7P/t/+z/7P/s/xQA5f/Z/wAA9P8AAAoA2v8AAO//AAAAAAAA+//s/+7/FADs/xQA7P/s/+z/7P/s/+z/wv/v//r/rf8RAO7/5f/p/wAAAAAAAAAAAAAAAAAAAADr/+v/GwDu/+z/3f/j//H/AAAAAAAAAAAAAAAAAAAAAPj/4P/p/+7/AAD2/x0A6//l/xwA5v/l/+b/6P/g/+X/2P8pANT/2f/U/9j/1v/U/wAAAAAAAAAAAAAAAAAAAAAAABQA9f8AAO3/7f/t//b/9f8yAPv/AAAAAAAA3v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYA6v/s/+H/6v/q/+v/AAAAAAAAAAAAAAAAAAAAAOj/6f8AANz/8P8AAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/Y/9H/0v/Z/83/MwDV/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAPL/6P/r/+f/6v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/8P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/6//r/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/e/wAAAAAUAPr/9f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6P/v/wAA9f/q/wAAKADw/9j/7P/u//n/7P8pAO3/7f/s//X/8P/z/xQA7v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/3f/W/+f/4P85AMz/4v8AAAAAAAAUAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//P/5//4/wAAAADu/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//P/7/8AAPP/+v8TAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/FADu/+z/7P/s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/xAAmv+a/5b/uf/H/9L/7f/r/+z/7P8UAO7/7P/s/wAAAAAAAAAAAAAAAAAAAADn/xcA6//p/+f/6v/p/+n/AAAAAAAAAAAAAAwAAAD7/+z/8P8AAAAAAAAUAOz/7P/u/xQA+P8AAPH/7f/v/+//7v/s/wAA+v8AAAAAAAAUAOv/5v/s/+z/FgDs/+z/6P/r//D/JAD7//r/3v/p/wAAAAAAAAAAAAAAAAAAAAAAANn/yP/p/+v/6f/d/+j/IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAARAAAA6v8nAOn/3P/a/9//2f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/JQDe/+n/2f/Z/93/2v8AAAAAAAAAAAAAAAAAAAAA+P8gAOj/AADx/wAA4f8AAOj/JwDr//f/3f/X/+P/3P/I/y8AzP/I/87/2P/e/83/AAAAAAAAAAAAAAAAAAAAAMj/FgDH/+P/4//Q//f/4v8AAPX/AAD1/wAA+v8fAAAA7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP8rAOj/5v/X/9L/0v8AAAAAAAAAAAAAAAAAAAAAAADp/xgA8v/v/+z/7//o/+3/AAAUAAAAAAAAAAAA8P8AAOf/1//n/+v/4//r/ykA2f8AAAAAAAAAAAAAAAAAAAAA1P8bAOb/7//q//T/5P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwv8AAMb/yP/U//b/AADe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/+z/6//t/xYA7P/s/wAAAAAAAAAAAAAAAAAAAADj/x0A5P/j/+b/6P/h/+b/5P8tANr/1v/K/8H/8//S/wAAAAAAAAAAAAAAAAAAAADV/y4A1f/W/9D/xP/W/8P/4//q/+v/7P/s/+z/7P8UAAAAEAAAAAAAAAAAAPP/AADF/9X/zP/i/w0AAADn/+//AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/FADs/+z/7P/j/+3/7P/7/+3/7P/s/xQA8P8PAAAAAAAAAAAAAAAAABQA8P/v//v/9P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAGgDt/+3/AAAAAPX/5/8AAO7/FAD4/wAA8f/t/+//7/8AAAAAAAAAAAAAAAAAAAAA4P8oANn/3//Z/9j/2P/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPD/7P8UAO3/7v/j/+7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//9P/2/wAAAADt/+7/FADt/+n/FQDu/wAA9P/6/+3/AAAAAAAAAAAAAAAAAAAAAO7/7P/v//D/7v/s/+z/FAAUAOX/3f/t/+r/6f/s/+z/NwCo/9H/q//D/8P/1v+9/+L/7v/o/9r/3P+6/z8A+/8AAAAAAAAAAAAAAAAAAAAAAADj/+X/3P/c/+r/BwDr//n/7P/t/+z/7f/u/xQA7f8bAOP/6//j/+v/6f/h/+z/AAAAAAAAAAAAAAAAAAAAAOz/8//4/+//8f/4/xUA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/8b/5f/O/83/wf8sAOv/6//p/+z/6//s/+n/FgDq/wAAAAAAAAAAAAAAAAAAAADr/+r/5v/f/93/GADo/9//7P/s/xQA7f/s/+z/6//t/9H/2f8hANf/5v/M/+j/0/8TAM7/5//E/9X/2v8UAOv/AAAAAAAAAAAAAAAAAAAAAMb/0P/M/8n/3v/g/z0A6P/d/+7/0//d/9H/z/8QAMf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//j/7v/y/+z/FADf//H/8v8AACAA+P/n/9f/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/9D/3//f/9z/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAO3/4v/s/+z/7f/t/xkA7v/s/xQA7P/r/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADy/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAA+f8AABMAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8AAOz/7f8AAOv/6//a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAD6/wAAAAAQAOr/MQAAANT/2f/X/7//0P/M//H/2P/X/8T/s/8TANz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADq/9v/AADc/xIA2//C/83/xv8SAOb/AAAAAAAAAAAAAAAAAAAAAO//7P/t/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/0/8UAM3/AAAAAAAA+P8AAPj/AAAAABMAAADs/+z/FADs/+z/7P/s/+z/7P/s/+3/9v/x/+z/FADx/9b/AADY/+P/4P/g/9X/CgDr/+X/6//r/wAA9P8ZAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAADs/+z/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAABQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7v/s/+z/7P8UANz/DgDF/3z/3v+r//H/sv8UAPX/7/8AAO3/7P/s//b/AAAAAAAAAAAAAAAAAAAAAO3/+P8AAPn/AADu/xQA+//s/xQA8P/y/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAABIA7P8AAPf/8//d/+b/7P/l/8j/5P+r/7b/qv/2/+D/AAAAAAAAAAAAAAAAAAAAAAAAEwDs/+z/6//Y/9n/4P8AAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA1//A/wYAy//K/wAA2P/s/9f/7P/s/+v/9P8UAAAAAAAAAAAAAAAAAAAAAAAAAOD/6//r/+n/7P/s/xUA7v/s/+z/7f/y/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAANj/6v/e/xQA2v/7/+f/6P/p/+r/6P/q/9r/KADZ/8b/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/6/8UAOz/6/8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7//u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAPP/wv/n/+H/0//W/wAAAAAAAAAA+f/7/wAADwAAAOz/7v/y/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/EgDQ/+b/w//T/+D/wP/s/+z/7f/s/+z/7P/s/xQA7P/s/+z/7P/t/+z/FADu/+z/7P/s/+z/7P/s/xQA7P/s/+z/8f8AABQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAB0A7P/F/9f/x//p/83/zv8AAAAAAAAAAAAAAAAAAAAA6P8kANv/2f/q/9b/5f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8UAOz/7P/s/+r/8P/s/wAAAAAAAAAAAAAAAAAAAAAYAO7/AAAAAPX/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAOz/5//r/xYA5f/m/+v/7P/l/+3/4v/o/+b/FwDr/+v/7//s/xQA8f/s//P/7P/3/+n/6v8YAAAAAADy/+j/AAAAAAAAAAAAAAAAAAAAAAAA+v/2/+v/AADz/+3/FQD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAA7f8AAAAAFADs//L/+f8AAO3/AAAAABQA7P/y/wAAAAAAAAAAAAAAAAAAAADr/+v/+v/q//H/FgDr/+3/FADt/+z/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADt/+z/7P/s/+z/7f/s/xcA7P/r/+v/6v/o/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/FQDq/+v/6v/x/+z/7P/4/+r/FADv//D/7v8HAOz/8P8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7v/t/+z/7f8UANz/7P/q/+T/5f/m/+r/GADl/+3/9//v/wAA7P8aAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAmAAAA4f8AAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAPj/AAAAAPX/9/8AAAAAAAAUAAAA7P/w/+z/8f/y//D/7f/s/xQA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P/x//L/8P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAPr/AAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+z/9f/k/xUA6f/r/9r/AAAAAAAAAAAAAAAAAAAAANX/CgDs/+3/6//q/w8A7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/8v/l//r/AAAVAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//r/+z/7P/a/xkA7P/m/+L/6P/w//r/4v8cAPX/7P/s/+3/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//D/JAD7//r/3v/p/wAA9f/n/x4A7f/5//L/7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//f/AAAAAPn/7P8AAOv/8P8kAPv/+v/e/+n/AADs/+z/FADs/+z/7P/s/+z/5P/X/+r/1/8QANj/2P8AAAAAAAAAAAAAAAAAAAAAAAD2/+7/7P8AAOz/FADs//T/AAAAAAAAAAAAAAAAAAAAAOr/5f/l/+f/6P/n/xcA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+3/AADs/+z/CQAAAAAAAAAAAO3/AAAAABMAAAAAAAAAAAAAAAAAAAAAAAkADQAAAAAA9P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAyAAAA+f/W/wAAAAAAAAAAAAAAAAAAAADt//L/7f8AAO//7f/u/xQA5P/T/+X/4//X/+X/5f8gAOz/7P/t/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/9L/4//r/xgA1P/j/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/s//T/6//t/xgAAADm/+n/3P/k/+D/6v8TAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/9r/AADn/+f/KADY/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/r/+v/9//7/wAAAAAAAB4AAADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPD/8v8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7//s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABUA6//r/+v/7P/s/+v/6//n/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/8v/v/xYA7P/u//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xQA7P/l/+v/7P/s/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9/8AAO7/8//s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/i/+z/7P/m/9r/DAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//q/+v/6//q/+f/6v8YAO//AAAAAPf/6v/r/wAA7P8UAOz/7P/s/+z/7P/s/+z/6//s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/s/+3/7P/s/+z/7P/s/+z/FADs/+3/7P/t/wAAAAAAAAAAAAAAAAAAAADj/+z/7P/s/+z/7P8UAPj/AAAAAAAAAAAAAAAAAAAAAO3/7P/1//D/8/8UAO7/7P/s/xQA4f8AANn/3//Y/9j/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/v/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/o/9r/3P8AAOj/2f8TAOz/FADt/+//7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/X/+3/9f/w/+3/FQDs/+T/6f/v/+r/8P/o/xgA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/7P/u/+7/7P/3/xQA9P/2/9//4P/0/wAAGwDy/+3/7f/s//X/8P/z/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/c/+j/4f/n/x8A4P/k/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA7v8AAPX/AAATAO7/7/8AABAAAAAAAAAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA7P8AAO3/AAD3/wAAFAAAAOz/AAD7/wAAAAAAAO3/8/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADt/+z/7P/s/+z/7f/x/+f/7f/s/+7/6P8QAPT/AAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAAAAAPP/AADs/xQA7P/t/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//j/AADq/wAAHgAAAOP/AAAAAAAAAAAAAAAAAAAAAOn/+/8AAOz/7/8iAAAA1f8UAOz/AAAAAAAAAADz/wAAFADu//v/7v8AAAAA7v/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9v/5f/d/+v/JQDY/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/d/83/xf8nAN7/uf/M/+z/AAAAAAAAAAAAAAAAAAAAANj/+//s/+H/7P/Y/wsAAAAAAOn/AAAAAAAA7P/5/wcAAAAAAAAAAAAAANj/AAAoANr/3P/s/wAAAAAjAOD/5v/5/wAA7f8AAAAAFADs//L/7P/s/+7/AAD5/+z/FAD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/6//r/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s//T/7P/t/+z/FQDr/+z/7P8AAAAAAAAUAOz/7P/s/+z/7v8AAPn/7P8UAPj/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/s/wAA6v8AABQAAAAAAOz/AAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAOb/7P/i/9f/1//p/9j/JADs/9r/+P/j/+L/z//i/wAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/7v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+n/+//3/wAA8P8ZAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//H/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/r/+z/FQDs/wAAAAAAAAAAAAAAAAAAAADd/93/5P/h/+7/EwAAAOz/0v/e/9L/5//g/83/NgDx//T/+P8AAOr/AAAeAAAA4/8AAOL/7P/0/wAA0//X/xQAAAAAAAAAAAAAAAAAAAAAACMA6f8AAAAAAADy/9r/AADr/xUAAADs/+v/6//p/+z/8f8ZAOv/AAAAAAAA7v/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s//j/AADx//r/AADr/xYAAADs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPD/7v/v/+7/8v/r/xUA8/8AAAAAAAAAAAAAAAAAAAAA7P/3/wAAAAAAAPr/FQAAAOz/9/8AAAAAAAD6/xUAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+v/6//s/xUA7P/r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+z/6f/s/xQA+P/s/wAAAAD6/+z/FADo/wAAFgDt//X/7f/u/+r/9P/t/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s//D/KADq/+7/5//s/+T/6v/1/+//AAAAAAAAFADz/+3/+P/s/+7/7v/s//f/FAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/9//5//V/+L/GgAAAM3/7P/s/+3/AAD0/+z/FADs/wAAAAAAAAAAAAAAAAAAAADq/xgA6P/q/+X/6f/p/+n/AAAUAPf/+P/w//v/7P8AAAAAAAAAAAAAAAAAAAAAAADs/xcA6v/r/+r/6v/p/+v/9v/u/+z/AADs/xQA7P/0/+n/FwDr/+v/7P/r/+b/6v8YAO//AAAAAPf/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHANb/6v/q/wAA+f/v//X/AAAAAAAAAAAAAAAAAAAAAOn/FADr/+z/6P/1/+z/7P8VAOv/6v/r/+v/6v/n/+r/FADs/+3/7v/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8pANn/+f/7//T/2P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f8AAPL/7P/s/xQA8P/b/+v/+P8pAAAA8f+2/wAAAAAAAAAAAAAAAAAAAADs/+z/IwDs/+z/2f/b/+z/AADf/9P/xv/Y/9D/DADJ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v8WAO3/7P/q/wAAAAD5/wAAAAAAAAwAAAAUAOz/8//y/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+f/t//n/8f/2/+z/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7P/s/+3/7P/s/xQA7P8YAO//AAAAAPf/6v/r/wAA7P8UAOz/7P/t/+3/6v/t/+z/FADs//D/6f/s/+z/6f8AAAAAAAAAAAAAAAAAAAAA+f8WAPv/AAD6//T/AAAAAOz/FADs/+z/7P/s/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/KADq/+7/6P/s/+T/6v++/zcAxv/e/9T/0f/a/8j/6f8XAOz/7P/r/+z/5v/r/9n/HwDs/+n/4P/f/83/6P/r/xUA7P/r/+D/6//r/+v/9P8mAOv/+f/1//L/5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD0/wAAAAD2/+z/7P8AAOn/AAAAAAAAAAAAABoAAAAAAAAAAAAAAAAAAAAAAAAA4v/s/+3/7f/s/9z/HQDo/+T/5v/n/+T/6P/q/xoA2P8UAOz/7/8AAAAA8f/s//b/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+//7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAADgDY/8v/2v/r/9f/1v8WAOz/FADs/+3/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5P/d/wAAAAAUAOX/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7P/s/+z/AADu/xQA9f8AAAAAAAAAAAAAAAAAAAAA7P8UAPH/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+r/5//s/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA2/8AAPL/6f/w/wAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAOP/8//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FQAAAAAAAAAAAPH/7P8AABQA9f8AAO3/7f/t//b/2/8XAOf/6P/j/9//2P/s/wAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAPT/AAAAAAAAGADp/+L/6f/7/+j/6v/0//n/7/8AAAAA+f8TAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA5f/t//f/7/8AAOz/GgDy/+X/7f/3/+//AADs/xoA8v8AAAAAAAAAAAAAAAAAAAAA4P/o//D/9P8AAOn/AAAYAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7P/s/+v/7f/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABoA5//m/+j/5f/m/+j/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAADt//P/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAPX/AAAUAO7/7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/6P/n/93/6f/s/xgA6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//H/8v/z/+z/7P/1/xUAAAAAAAAAAAD6/wAAAAAJAOr/FADs/+X/6//s/+z/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/wAA7P/s/wkAAAAAAAAAAAAAAAAAAAAAAOv/GwDp/9j/5P/n/9f/1f/V/wAA3f/p/9n/1v8AAOr/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//q/+j/GAD4/+z/4//l/wAA7P8AAAAAAAAAAPL/FAAAAAAAAAAAAAAAAAAAAAAA7P/z/+n/+/8AAOb/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/W/9v/1P/g/yMA0//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2v/w/9n/3P8AABIA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+7/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/wAA8v/6/xUAAADp/+3/8f8XAOz/v//H/8n/yf/A/8P/5/8YAOf/6v/q/+n/6P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAA5f/T/9r/4f/e/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/FgDs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAAABQA9P/s/+z/7f8AAAAAAAAUAPT/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8UAO7/7f/s/+3/7P/s/wAA9f8AAPX/AAD6/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9z/6//r/+z/FADw/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8LAAAAAAAAAAAAAAD2/wAAEAD4/wAAAAAAAAAA9P8AAOv/6//p/+v/7P/q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAArAO3/6//4/+f/2v8AAOv/LQD3//P/9f/v/+D/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA7v8AAAAA9f/q/+v/AADs/+z/7P/s/+z/7P8UAOz/7P/s/+z/7f/t/+z/FADs/wAAAAD5/wAAAAAAAAwAAAAUAOz/7P/s/+z/7P/s/+z/1//r/+z/3f/k/xgA5P/t/9f/3P/Y/9j/6P/j/yYA4v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADV/9n/1//V/9//4P8mANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9H/8f/n//b/AADX//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADt/wAA7P8UAAAA9//x/+7/9//0/wAAAAD2/wAAAADq/xkAAAAAAAoAAAAAAAAAAAAAAAAA9P/l/+z/8/8AAOL/7v8VAOz/FADt/+3/7P/s/+z/7P/s/xQA7P/x/+7/7P/s/+//7//z/+//AADz//r/EwDz/9n/2P8TAPP/6v/Z//r/2v/s/+j/6f/Z/+z/GQDa/+z/AAAAAAAAAAAAAAAAAAAAABsAzf/u/wAAAADl/9n/5f/s/+z/7f/2//H/7P8UAPH/AAAAAAAAAAAAAAAAAAAAAPT/4v/y//n/AAAZAOz/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA9P/5/wAA7f8AAPX/AAAUAPn/7//s/+z/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+z/7P/s/wAAFADY/9f/AAAAAAAAAAAAAAAAAAAAAO7/7P/3/+z/8P8UAOv/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f8AABQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/FADs/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/wAAFADs/+7/7P8AAAAAAAAAAAAAAAAAAAAA9f/v/wAAAAAAABQA8//t/+//8v/z//X/6//y/xgA+P8AAAAAAAAAAAAAAAAAAAAA6v/j/+r/6v/r/+v/FwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/s/+3/7P/t/+7/FADt/xUA7P/w/wAAAAAAAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//r/+v/7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA+P8AAAAAAAAAAPT/AADs/+z/7P/s/+z/7P/j/xUAAAAAAAAAAAAAAAAAAAAAAPP/7P/t/+7/7P/0/xQA8v8AAPn/AAAAAAAAAAARAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/0/+//8P/u/+z/FADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/q/+n/6v/q/+j/6v8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/2f/m/+3/6v/f/yoA1v/1/9j/2P/k/+v/JgDa/8X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA4P8AAAAAAAAAAO3/LwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7v/s/+z/7P/s/+3/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/+3/7P/1//D/8/8UAO7/7P/p/+f/6v/Y/+r/1v8cAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+T/5P/w/+f/6P8cAPP/1//i/9b/6P/c/9r/LQD0/+z/7P8UAOz/7f/r/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7v/t/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwD6/wAAAAAAAAAA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAN3/8//7/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwDZ/+X/2//a/9z/3f/d/wkA6f/T/+r/5f/q/xMA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/6//r/9j/2f8AAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/s/+v/7P/r/+z/FQDs/+v/5P/v/xgA7f/s/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+f8AAAAAAADs/xQA7/8AAAAAAAAAAAAAAAAAAAAA4f/m/+f/5P/n/+D/5/8aAOv/6v/y/+//FgDs/+7/8v8AAAAAAAAAAAAAAAAAAAAADgCs/8T/qP/x/7n/BwDg/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UABQA8v/z/+b/5P8KAOz/5P/s/+z/7P/s/+z/6//b/xcA7P/s//H/AAAUAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAO3/9f/v/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/j/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAFwDS//f/5P/p/+T/5v/p/xUA6/8AAAAA8f/p/wAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8f/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfANf/4f/k/9j/1//Y/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8YAPL/7//s/+//6P/t//D/+v/5/wAA+f8AAPf/JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//k/+//GADt/+z/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/e/9n/2v8AAN7/1v8AAAAAAAAAAO3/AAAAABMAFADt/+z/7P/s/+z/7P/s/xQA7f/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAAAAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+j/6//t/+z/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAPH/AADu/wAA6//5/+z/7P/s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/6P/w//T/AADp/wAAGAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAO3/AAAAABQA7P/y/xIA0P/r/8f/2//O//r/7P8YAN7/7f/v/+3/5v/q/+z/7f/v/+3/AAAAABQA7v/u/wAA2v8AAAAAAAAmAOf/+v/s/+z/7P/s/+z/FADs/+3/5P/v//b/8v/y/+z/FQDz/wAAAAAAAAAAAAAAAAAAAADl/+r/6f/r/+z/6v8XAOv/3P8hANv/4v/g/+b/2f/m/wAA8/8AAPb/+/8VAPr/+P/j/+3/7P/7/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAAAAO3/8/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/4//z/+v/7v8ZAPn/3//s//T/7P8AAAAAFADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADZ/+3/6v8SAOr/6P8AAOH/7v/s//f/7P/w/xQA6//t/wAAAAAAAAAAAAAAAAAAAADq/+3/9//h/+//GADq/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAOr/7v8AAMP/w/+4/87/yf/X/wAACwDp/+r/2P/l/9j/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADt/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC2/yYAx//u/+X/vv8RANT/6v/s/+z/6//s/+v/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8AANj/2P/d/xQA6v/Z/wAAAAAAAAAAAAAAAAAAAAAAAOr/6f/q/woA2P/r/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8AANn/2P/g/xQA6v/Z/wAAAAAAAAAAAAAAAAAAAADM/8b/0v/T/9f/AAAnAMb/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8GAOv/6//j//D/CgDn/9j/6v/s/+z/6//s/+v/7P8VAAAAAAAAAAAAAAAAAAAAAAAUAOz/2/8AAOz/7P/s/+H/7P/s/+3/8v/s/xQA7P/s/xMA4//U/wAA4f/l/9L/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6f/q/+b/2P/r/+n/IQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+r/HwDG/9L/5//T/+v/AADY/9r/2P/d/9f/AADa/xQAAADs/wAA9v/s/+z/7f8YAO7/AAAAAPX/6v/r/wAAAAAAAAAAAAAAAAAAAAAAABYA6v/4/wAAAADr/+j/AAAAAAwA4f/Z/+r/6v8AANb/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+//7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA0P8ZAN7/7P/s//b/3P/s/+n/7f/l/wAA6f8RAOr/yP8AAAAAAAAAAAAAAAAAAAAAx//E/yEArf/U/77/6v/R/+z/6/8VAOz/7P/s/+v/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAPT/AAAAAOz/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPv/AAAUAPb/7P8AAAAA8f/t/wAAHAD6//n/AAAAAAAA9P8AABwA+v/5/wAAAAAAAPX/AADs/+z/7P/s/+z/7P8UAOz/+v8AAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAMj/z//T/8j/1f8xAM3/y/8WAAAAAAAAAAAA6v8AAAAAFgDz/+3/AADz/+j/7P/1/+3/7P/s/+3/7P8UAOz/6/85APb/4P/u/wAAyP/X/wAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA3f/h/+//7P/f/+v/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAA7f8AAAAAFADs//L/+f8AAO3/AAAAABQA7P/y//n/AADt/wAAAAAUAOz/8v8UAO3/9f/v/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANb/2f/c/+T/3//W/ysA1P/0/yYA6//5//X/8v/n/+z/7P8UAO3/7//u/+z/7P/s/9j/IgDd/+T/4//f/+D/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+7/7f/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5f/l/+f/6P/n/xcA5//s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA2f/6/+v/6f8FANn/0v8SANX/2//U/73/AADW/8T/AAAAAAAAAAAAAAAAAAAAAPL/8P/x//P/7P/s//T/FAAAAAAAAAAAAAAAAAAAAAAA6//q/+z/7P8VAOb/6v/s/wAA7f8AAPf/AAAUAAAA7P8lANv/2/8AANv/z//f/+P/AAAAAAAA7//v/wAA7P8iABQA7P/z//L/7v/s/+z/7P8GAOv/6v/r/+r/AADc/+v/3f/k/9v/0v/k/yQA2v/O/+z/7P/v/+z/7v8UAOz/7v8VAOv/7P8AAO3/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAPT/+f8UAPn/7f/5//H/9v/s//n/6v/1/wAAAAAAAOr/HQAAAAAAAAAAAAAAAAAAAAAAAADz/wAA9/8AAPX/8P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAABQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8ZAOv/AAAAAAAA7v/6/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAATAAAAAAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA7v/7/wAAEwAAAAAAAAAAAO3/AADj/+H/3//Z/9n/6/8XAOv/7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAADx/wAA6v8UAOz/5f/r/+z/7P/m/wAAAAAAAAAAAAAAAAAAAAAUAOz/6//x/+z/7P/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+7/7f/s/+3/FADq/9T/1P/X/9P/+f8UAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/6//r/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/6/+z/7f/u/+z/FADu/wAA6f8AAAAAAADs//n/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAPH/AADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FQDq/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAOH/3f/d/97/4P/k/+T/4P/s/+z/+f/t/+z/FwD2/+z/7P/s/+3/8v/t/xQA8v/l/+b/8P/h/+D/KgDZ/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/m/+v/6f8VAOz/5f/m//D/4f/g/yoA2f/i/xQA7P/s/+z/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P8XAOz/6//r/+r/6P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7v8AAAAA+//w/wAA8f8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+v/FgDr/+v/6//q//T/7f/r/+r/7f8VAOz/6f/r/+z/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/6v/2//H/7P/r/xYA7f/t/+3/+f/s/+z/7P/s/xQA6//r/+v/FQDr/+r/6//n/wAAAAAAAAAAAAAAAAAAAAAUAOX/3f/t/+r/6f/s/+z/2P/k/9f/8v/3/9z/KQDw/wAAAAAAAAAAAAAAAAAAAADr/+z/9P/s//D/6/8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAAABQA9P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/2P/s/+H/7P/c/yIA6//s/+3/+v8AAAAAFADu//D/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//u/wAAAAAAABQA8f/s/+z/7P/s//D/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//G/9b/1//X/9P/CAAAAOz/7P/s//D/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAWAO3/9f/t/+7/6v/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/i//P/5f/7/+D/2P8jABUA6/8AAAAA8f/p/wAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9v/t//b/8f/s/+z/8P8VAO3/6//t/+3/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+7/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAADAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAA3f/z//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//x//L/8//s/+z/9f8VACAA8/8AAPj/AADq/9v/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcAEwDe/+H/2//Y/9f/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8ZAOv/7P/h/+7/5f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//1/wAA9P/0/+3/GQDz/wAAAAAAAAAAAAAAAAAAAAAUAPb/7f/2//H/7P/s//D/2P/h/9n/5//Z/ykA2//Z//j/7f/G/8X/y//G/8z/EwAUAOz/+v/t/+z/7//s/+z/7//s//D/8f/v/+z/7P8UANf/yf/g/93/4/8SAOf/9//f/8v/5P/n/9//4//o/x0AAAD1/wAA9f8AAPr/HwAAANz/2v/p/+j/6P/r/+X/HAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAAFADt/+3/AAAAAAAAAAAAAAAAAAAAAPL/7f/x/wAA7v/s/xUA7v8AABQAAAAAAAAA7f/4/wAAFADt//X/7//s/+z/7P/s/+z/FADx//T/9v/u/+z/7P/p/+r/5v/r/+r/FgDp/+r/AAAAAAAAAAAAAAAAAAAAABYA7f/x//n/9//t/+n/8/8AAOz/AAAAAAAA8v/z/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/b/+n/5f/a/9r/JQDV/x0A4v/k/93/6P/q/+X/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+v/s/+3/7v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAAAAFgDz/+z/7P/t/+3/7P/t/xQA7f8AAAAAAAD5//v/AAAPAAAA3v/W/+T/AADb/+T/CwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/+v8AAOT/8P8pAAAA0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+f/7P/0/+3/6v8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAaAAAAAADs/wAA5v/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/7v/u/wAA7P/s/woA8P/v/wAA7f8AAOz/9f8UAOz/7P/s/+z/7P8UAOz/7P/r/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO//9P/2/wAAAADt/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAADt//P/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AADt/wAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA7f8AAPf/AAAUAAAA7P8UAO7/+//u/wAAAADu//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/S/9//5P/h/yEA2//h/+7/AAAAAPv/8P8AAPH/HQDs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//f/+f8AAAAA5v/v/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//L/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAD2/+3/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADP/+v/5//j/8b/7P8OABYA+/8AAAAAAADy//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/n/+n/5v/p/yUA1//q/xcA0v/3/+T/6f/k/+b/6f8AAAAAAAAAAAAAAAAAAAAAAADW/wAAAAAAAAAAKwAAAO3/FADx/wAA7v8AAOv/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FQDs/+n/7P/r/+v/7P/s/xUA7P/s//D/7P/t/+z/7//z/+//AADz//r/EwDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAAABQA9P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAAAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAB8AAADz/wAAAADq/wAAAAAUAAAAAAAAAAAA7P8AAOT/5//k/+T/5f/d/xwA4v/v/+z/7f/s/+3/FADs/+z/HQDi/+r/3f/n/9z/0v/q/ygAxv/n/7v/tf+7/wAA2v8pAOT/6f/r/+//2f/k/+f/2f/l/+L/7v/s/x0A6f/s/xwA6v/e//r/3f/P/+n/2P8AAAAAAAAAAAAAAAAAAAAAFgDr/+3/8v/s/+z/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDs/+z/7//s/+z/4f/s/wAAAAAAAAAAAAAAAAAAAAAXAOv/7P/s/+r/2v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAPP/AADr//j/6//t/+r/AAAAAAAAAAAAAAAAAAAAAPT/3f/r/+v/6P/V/9X/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADY/+L/5f/Y/9//2f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAv/+0/8L/vv8UAOP/tv/z/+b/7f8fAOn/AADb/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//P/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+X/7v/t/+z/7P8YAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+P8AAAAAAADs//r/+f8AAAAAAAAAAAAAAAAAAAAA7f/v/+3/AAAAABQA7v/u//H/7P/u/+z/7f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAN3/4f/v/+z/3//r//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/xkA7P/z/+z/7//n/+7/7f/s//X/8P/z/xQA7v/s/+3/7P/1//D/8/8UAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAAAAAAAAAOf/7/8cAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDv//b/AAAAAPL/5v8AAOz/7P/s/+z/7P/r/xQA7P/Q/9f/1v/Z/9n/3f/Y/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/+P/4/wAAEQD5/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+3/6P/s/+z/AAAAAAAAAAAAAAAAAAAAAPb/AAAAAO//7/8nAAAA3v/t/+z/AAAAAAAAFADs/+z/7P/s/+z/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/93/6P/p//H/GwDn/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/V/+z/7v/s/+z/FQAAAAAAAAAAAAAAAAAAAAAA1v/X/9X/3v/l/8P/zv9AAOz/7P/u/+3/7P/s/+z/FADy//D/8f/z/+z/7P/0/xQAAAAAAAAAAAAAAPj/AAANAOv/7P/v/+z/7P/s/+z/FAAAAAAAAAAAAO3/AAAAABMAAAAAAAAAAAD0/wAAAAAOAOH/z//q/+j/6v/U/+X/LwAAAAAAAAAAAAAAAAAAAAAA9P/l/+z/8/8AAOL/7v8VAOr/5//v/wAAAADm//r/KADs/+z/7P/s/+z/3P/r/yYA7P/s/+z/7P/s/+z/7P8UAOv/7P/v/+z/7P/s/+z/FADn/xUA6v/q/+v/6//p/+b/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//4/wAAAAAAAO3/KQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDg/+H/6f/p/+T/5f/g/+v/6//q/9v/6v8AAAYA6f/5/wAA7f8AAAAAFADs//L/AAAAAAAAAAAAAAAAAAAAAOH/5v/n/+T/5//g/+f/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//q//P/7P/r/xYA7P/s/+z/7P/t/+z/FADs/+z/5f/m/xgA6f/o/+n/5P/n/wAAAAAAAAAAAAAAAAAAAADs/+v/FQDk/+v/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/8b/1v/m/yEA5P/n/93/FAAAAOz/AAD2/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P8UAOz/7P/s/+v/7P/r//D/6/8VAOz/7P/r/+z/6//w/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA+P8AAAAAAAAAAPT/AADj/9b/GgDW/+v/4f/s/+D/AAAAAAAAAAAAAAAAAAAAAOP/6v/o/xgA+P/s/+P/5f/s//D/7f/z/+3/FADs//D/5P/t//D/AAAAABkA7//s/wAA6v/s/+3/6v/Y/wAAAAAAAO3/AAD3/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAGAAAAOz/7P/v/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6P8UAPT/AADs//T/7P8AAOn/2P/a/+z/5f/s/+v/HgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/6P/4//H/8f/Z/yoA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/+f8UAO3/7P/V/+//yf/y//H/AACb/woAAADW/+D/0//Y/wAA1//e/+3/FADt/+3/7f/t/+z/7f/s/xQA+v/t/wAA7//v/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xgA6P/q/+j/6f/n/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xIAwP/M/8n/2/8AAMH/FQD3/+3/AAAAAPX/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xsA8v/t/+z/8P/k/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s//f/7P/w/xQA6//t/wAAAAAAAAAAAAAAAAAAAADs/+7/8v/s/+3/7P8UAOz/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/7P/s/wAAAAAAABQA7f/t/wAAAAAAAAAAAAAAAAAAAADu/+v/FQDq/+z/7P/s/+r/7P/s/xQA7P/s/+z/6//s/xQA7P/3/wAAAAD5/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOr/+P8AAAAA+//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPv/AAD6/wAA8//q/xQA7P/l/+v/7P/s/+b/AADY/+r/6f/z/9L/AADi/wAAAAAAAAAAAAAAAAAAAADq//n/6v/q//r/5/8ZAAAAy//c/wAA5f/V/w8A3P/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/3P/q/9v/1//W/9r/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/wAA9v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/w/wAAAAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9f/v/wAA7f/s/+z/9v8LAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/w8A6/+z/6b/0v/Y/+b/5P8aANb/zv/U/9P/DgDq/xQA9P/u/wAA7//s/+z/AAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/xv/I/xQAzv/x/9j/AAAAAAAAAAAAAO3/AAATAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANH/6v8bAN7/7/8AAPv/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/1f/X/9n/5f8dAOT/5P/s//D/AAAAAAAAFADs/+z/+f/s/+3/7P/t/+7/FADt/+z/7P/t/xQA7P/s/+z/7P/w/+7/7//u//L/6/8VAPP/7f/t/+z/7v/6/+z/FAD4//f/7P/w/+//8//t/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5v/s/xQA7f/x/+z/7P/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+v/7P/t/+r/7P/s/wAAAAAAAAAAAAAAAAAAAAAjAN7/0f/c/97/1v/R/8n/AAAXAAAAAAAAAAAA6/8AAPX/7P/4//b/FADt/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPn/7f/5//H/9v/s//n/AAAAAAAAAAAAAAAAAAAAAO7/7P8AAPr/AAAAAAAAFADr/+H/3/8ZANr/2v/r/8X/AAAAAAAAAAAAAAAAAAAAAOX/1//u/+z/7v/d/yQA9//r/+z/6//s/+7/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/s/+f/7P/p/+z/FQAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7/8AAOz/IgDy//D/8f/z/+z/7P/0/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7/8AAOz/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAADt//L/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAMD/2v/X/9j/vP8AANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/+P/s/+r/7P/s/wAAAAAAAAAAAAD2/wAACwDw/wAAAAAAAAAAEwAAAAAA1P8eAOL/2f/j/+n/4//d/+z/AAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAPX/AADt/wAA7P/s/wAAAAAAABQA7f/t/wAAAAAAAAAAAAAAAAAAAADs/9b/7P/s/+z/FADs/+z/+v/t/wAA8v/u/xQA7f/u/wAAAAAAAAAAAAAAAAAAAADx/+z/AAAAAPP/FADx/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+f/5//p/+v/HwDe/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//xv/W/+b/IQDk/+f/3f/s/+7/7P/s/+z/FADs/+z/7//0//b/AAAAAO3/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//6v/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAOr/3v/6/93/z//p/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/9//s//P/6f8XAOz/3v/s/+z/7P/s/+z/FQDs/wAAAAAAAAAAAAAAAAAAAADr/xYA7P/u/+r/6v/q/+z/7//y//P/9f/r//L/GAD4/+//8v/z//X/6//y/xgA+P/p/+z/7P/t/+z/5v8VAOz/AAAAAAAAAAAAAAAAAAAAAOn/7P/s/+3/7P/m/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAA9P/v/+z/9P/y/wAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s//X/8P/z/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/4P8AAAAA3//s/+P/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPf/+P/w//v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/2P/k/+b/6v/q/xkA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA7//2/wAAAADy/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/8v/t/xQA8v/m/xgA6//s/+r/7P/o/+v/7P8UAOz/7P/s/+z/7P/s/wAAEAAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/9D/0P87AMX/yv/H/8n/yP/6/+3/AADy/+7/FADt/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P8eAOL/2f/j/+n/4//d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAPD/AAAAAOz/FAD4//j/AADx//r/AADr/xYAAAAAAAAAAAAAAAAAAAAAAAAA6v/Y/wAA6P/4/wAA3P8AANf/6//s/93/5P8YAOT/7f8AAPH/AAD0//T/EwD1//b/AAAAAAAAAAAAAAAAAAAAAMn/w/8PAMv/0P8iAML/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AAAAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P8UAO7/6f/s/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/6//s/+z/7P8AAAAAAAAAAAAAAAAAAAAA8v/t/+3/7f/t/xUA7P/o/+z/7P/s/+z/7P8UAOz/7P/s/+z/8f8AAPL/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/9j/6//k/+v/GQDl/+D/7P/s/+3/7f8AAO7/FAAAAAAAAAAAAAAAAAAAAAAAAAD7//r/9//q/wAALAD0/+T/AAAAAAAAAAAAAAAAAAAAANn/5P/k/+z/6/8fAOb/6f/p/+n/5v/f/97/CwAAAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P8AAO7/7P8UAOz/FADs//r/8f/s/+z/7P/s//b/7v/s/wAA7P8UAOz/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//FADs//D/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7/8UAOz/8P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//r/8f/0/yIA5v/m/wAAAAAAAAAAAAAAAAAAAADv/wAAAAAAAPv/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/8v/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/AAAAABkAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAA3f/z//v/FADs//P/8v/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAPn/AAAAABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//r/7P/t/+7/7P8UAO7/2//e/9z/+P/i/yQA5f/m/+z/HQDk/+j/5f/n/+D/8P/r/+z/GADs/+z/5v/q/+v/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7f8AABoAAAAAAOz/AADm//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//L/7f/6/wAAHwAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAPX/AAD6//L/7/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/FADs/+z/8P/v/+X/9P/0//j/9f8dAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/2//c/+D/uv8ZAMD/4f/o/w8A0//e/9X/3P/d/w4A0//s/+3/7f/w//n/FADs/+z/7P/t/+3/8P/5/xQA7P/s/+j/2P/p/9n/3f/M/x8A3P/s/+z/7P/t/+z/FADs/+z/6v/r/+r/8//s/+v/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADu/wAAAAD1/+r/6/8AAOv/6//w/+z/7v/p/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAPD/AADs/+z/7P/s/+z/7P/s/xQA6P/r//T/7P/p/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/6f/p/+n/FwDn/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s//X/9/8AAAAAAAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/6f/s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9P/u/wAA7//s/+z/AADs/wAA7P/s/+z/FADr/+v/FgAAAAAAAAAAAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+v/v/wAA+//s/xQA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P8AABQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/yv/f/+b/7f/V/ykA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAD7/wAAAAAAAO3/8/8TAAAAAAAAAO//7/8AAOz/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAA+f/w/xYAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAA9f/0/wAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//Z/+T/FADZ/wAA7P8AAAAAAAAAAAAAAAAAAAAA6//s/+//7P/s/+z/7P8UAOz/7P/s/xQA7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAAKAAAA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//r/7P/t/+7/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAOj/6P/i/+j/7f/p/xgA6v/6/wAA9P8AAAAA7P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/6/8VAPL/6P/r/+f/6v/n/wAAAAAAAAAAAAAAAAAAAADD/+D/yP/E/9H/+v/Z/xcA2P/r/+v/5f/r/x4A2v/s/+v/6//l/xMA5f/5/+z/2/8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7//u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/wAAAAAAAAAA3P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAACYAAADh/xQA7P/s//L/7P/s/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/n/+f/6v/f/+X/6v8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAPP/HADp//v/7v/3/+b/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA7f8UAPD/7//7//T/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+v/7P/s/+z/7P/R/8v/+v/e//b/7f8AANv/4/8ZAOz/7f/s/+z/5P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAOz/7P/s/9b/1f/X/9j/1//a/9f/KQAAAAAAAAAAAAAAAAAAAAAAxP/C/x4Arf/Q/7n/5//X/8v/DADO/8z/5P/P//f/7//r/xgA5v/a/+P/6P/q/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+D/HgC+/9L/tv/R//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/yEA3//h/+b/1v/Z/+b/AAAAAAAAAAAAAAAAAAAAAOT/yP/a/8H/7v8iAOz/4v8AAAAAAAAAAAAAAAAAAAAA5f8AAN//8//v/5//y/+5/+z/7P/t/+z/7v/w/xQA7/8UAO3/7P/s/+z/7P/s/+z/4P/s/9z/1/8UANL/AADk//D/9v/4/wAAAADt/+//FAAAAAAAAAAAAAAAAAAAAAAAFQDq//j/AAAAAPv/7P8AAN3/2f/r/+T/8//q/xwA9f/r/xcA6//s/+n/6P/o/+z/5P/m/+f/5P/o/+r/GgDY/wAA7P8AAAAAAAAUAPD/AAAXAOP/9f/r/wAAAADq/wAAAADs/wAAAAAAABQA8P8AAAAAAAAAAAAAAAAAAAAAAAAMAOv/6//h/93/AADr/9v/7P/h//H/7P/t/xQA6//s/8j/1P/n/+j/3f/h/zQA5f/h/93/7P/t/+z/FgDs/+z/4v/s/+b/9v8AAOb/GwAAAN//yP/P/+z/yv++/+v/EgAAAAAAAAAAAAAAAAAAAAAA7P/X/9n/2P8hANv/x//s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/9P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+b/6P/n/+n/GQDm/+H/4v8WAOn/6v/q/wAA5//p/+P/9f/P/+b/AAD5/9n/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC1/xcAvv/k/+X/9f/6/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/8X/1P/W/+3/+/8AAAoA+//6//f/6v8AACwA9P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/EgDZ/+z/7P/j/wAA6v/b/yYA2f/i/93/2f/j/9r/FADt/+z/7P/s/+z/7P/s/+z/FQDp/+z/6//s/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7f/s/+z/7P8lAOD/4v/h/+b/1//b/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/w4AAAAgAPb/+P8AAPj/zv/l//r/FAD1/+//AADt/+z/7P/2//P/AAD3/wAA9f/w/xMAAAAAAAAAAAAAAAAA+/8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//r/wAAAAAbAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/+f8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/y/+b/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAD5/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/8v/m/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/+P/4/wAAEQD5/wAA8f8AAAAA+v8AAAAAEAD5/wAA7f8AAAAAFADs//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/w/wAAAAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAA9f8AAPr/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8WAOj/6//r/+n/6v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/k/+T/8P/n/+j/HADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//y//P/9f/r//L/GAD4/wAAAAAAAAAAAAAAAAAAAADr/+z/6f/s/+z/6v8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAAAAAAADwAAAOv/7P/s/+//AAD3/xUAAADz/+z/7P/s/wAA7v8UAPX/4P/r/+v/6f/s/+z/FQDu/+z/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w//L/8P/w/xQAAADs/xQA7f/v/+7/7P/s/+z/7P8UAO3/7//u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7P/s//P/AAAUAOz/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/s/+3/7P/t/+7/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/1//D/8/8UAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAANAOz/+f8AAAAAAADs/xQA7//s/+z/7P/s/+z/7f8UAOz/AAAAAAAAAADz/wAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDq/+z/4f/q/+r/6/8AAA4AAAAAAAAAAAD7/wAA6f8VAOr/7P/s/+r/6//r/+r/FAAAANr/6//k/+T/6v/m/xoA+v/5/wAA9//t/+7/AAAAAAAAAAAAAAAAAAAAAOv/7P/t/+7/7P/s/xUA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/9v/4//v/AADQ/zUA+f8AAAAAAAAAAAAAAAAAAAAAFADl/93/7f/q/+n/7P/s/9P/6//U/+7/5P/Q/8D/GgAAAAAAAAAAAAAAAAAAAAAA2//F/w8A4//I/7j/2v/0/+D/7v8XAAAAAADb//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/GADm/93/4v/o/+r/2//n/wAA3f/U/9z/+f/6/8T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/xYA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA4//g//r/9v/S/wAA4f8UAO3/3f/1/+3/7P/s//X/AAAAAAAAAAAAAAAAAAAAAAcA4//g/+z/8v/6/8b/6/8KAOf/6f/r/+n/AADj/9r/AAAAAAAAAAAAAAAAAAAAAPH/y//N/+v/4v8JAOb/AAAAAAAAAAAAAAAAAAAAAAAAAADd/87/3P/g/wAAuf/o/+z/7f/s/+7/7P/s/+z/FADs/+z/7P/3//P/EwDs//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+n/5f/g/xoA5v/f/+X/AAAAAAAAAAAAAAAAAAAAAOn/GgD2/wAA6//k/+X/6P+8/+L/yv+v/8P/6//t/9//AAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7f/s/+z/7P8lAOD/4v/h/+b/1//b/+P/IAD2//j/AAD4/87/5f/6/xQA9f/v/wAA7f/s/+z/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6f/Y/9v/2P8TANj/AADV/+L/0P/o/+D/2P/Q/y0A7P/a/+n/yP/T/xAAzv8AAOz/FADs/+z/7P/s/+z/7P/0/xcA3v/q/+X/1P/q/+b/HACu/6r/tP/B/9z/qf/d/wAAAAAAAAAAAAAAAAAAAADw/xoAAAAAAAAA8//4/wAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/u/+z/7P/s/xUA5v/q//T/2//m/+T/AAAUAO3/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/G/83/AADK/9f/AAAAAAAAAAAAAAAAAAAAAOL/7P/t/+3/7P/c/x0A6P/s/+z/7P/s/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/o/+v/7f/s/xQA6//s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+7/7P/s/+z/3v/V/83/zP/Z/8v/yP8kAB0A4v/k/93/6P/q/+X/3/8AAAAAAAAAAAAAAAAAAAAA5P/n/+T/5P/l/93/HADi/xgA4f/r/+r/3f/d/+n/3P8AAAAAAAAAAAAAAAAAAAAA4P/s/+z/+f/t/+z/FwD2/+z/7P/s/+z/7P8UAOz/7f/s/+z/7//s/+z/7P/s/xQACAAAAOX/0//a/+H/3v/p/+D/6P/r/+z/7P/r/x0A6/8OAM//3v/h/9r/1//P/wAA5f/p/+7/AAD3/ygAxf/n//L/0//5/+X/0/8MANH/uv/w/+z/7f/s/+3/7P/s/xQA+P/h/+L/1v/c/wwA7f/Q/+D/wv/q/7//0f/y/yEA6f/z/+7/AAAAAAAAFADx/+z/6v/r/+z/6//s/xQA6v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/Z/xQAAADr/9n/2f/4/xQA7P/6//H/7P/s/+z/7P/N/87/2P/C/5z/AADF/wkA8v/s//P/9//f/9X/7P8VAOv/7P/0/+z/8P/r/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6f/s/+z/AADt/xQA7P8AAAoAAAAAAAAAAAD5/wAAFQDs/+z/7//p/+v/7P/r/+z/7f/t//f/7f/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/FgDs/+z/6v/s/+v/2f8sAPf/8P/w/wAA3P/U//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuAOj/9//7/wAA6P/S//D/FADs/+//7P/s/+z/7P/s/yUA7P/v//H/7f/q/9j/7P8AAAAAAAAAAAAAAAAAAAAAxv/Y/9z/xv/G/9D/LADP/+j/EgDr/+P/8//3//f/4v/s/+7/8v/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOX/KAAAAPL/3P/n//P/2P/s/xQA7f/v/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnANv/1f/S/9n/zP/T/9P/2v/s/+r/5f8UANf/2/8AAPX/9/8AAAAAAAAUAAAA7P8uANT/2v/l/+D/1P/K/8n/GQDh/+n/2v/Y/+v/6P/m/w8A4v/X/9b/2P/P//D/AAAAAAAAAAAAAAAAAAAAAAAA5//h/+T/0P/o/9H/GgDj/x4A5//j/+X/5f/g/93/2/8AAAAAAAAAAAAAAAAAAAAAGADs/9v/7P/u/+b/5v/s/wAAAAAAAAAAAAAAAAAAAADW/9f/0//W/9n/1/8rANj/7P/3/wAAAAAAAPr/FQAAAPv/7P8AAAAAAAAGAO3/7f/d/9n/6//k//P/6v8cAPX/AAAAAAAAAAAAAAAAAAAAAOf/7P/s/+z/7P8kAOz/2P/q/wAAAAAAAAAA5f8hAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/n/+n/2//Z/xMAAAAAAPP/AAD2//v/FQD6//j/AAAAAAAA+f/7/wAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7f/L/yAA1f/X/+D/yP/a/+7/AAAAAAAAAAAAAAAAAAAAAOH/0v/M/9v/5P/U/y4A3/8AAAAAAAAAAAAAAAAAAAAAz//q/+v/5//j/97/GwDj/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+z/7P/t/+z/7P8UAOz/FAD1/+//AADt/+z/7P/2/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/r//D/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOj/6//v/+n/7f/s/xUA6f/s/+z/7P/s/+z/FADs/+z/6v/t/+z/7f/u/+z/FQDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8//4/+//8f/4/xUA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA8P8AAAAAAAAAAAAAAAALAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDr/+3/8v/s/+z/6v/r/wAAAAAAAAAAAAAAAAAAAADi/xsA5P/p/+n/6P/k/+n/IwDp/wAAAAAAAPL/2v8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/y/8LANP/0f/R/wwA0v/N/+3/7P/s//H/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAABoAAAAAAOz/AADm//v/AAAAAAAAAAAAAAAAAAAAACUA9v/6//D/AAAAANz/AAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAADs/+n/7f8cAAAAAAAAAAAAAAAAAPn/EAAAAO3/AAD3/wAAFAAAAOz/AADM//X/7f8fAPH/9P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAAAAAAA6v8AAAAAFAD3/wAA7v/z/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/+v/FQDq/+v/6//T/wUAyf/M/wAA1P/V/9//5v/p/+X/4P8aAOb/3//l/+z/7P/s/+z/6//s/xQA7P/h/+b/5//k/+f/4P/n/xoA2v/W/9//2f8UANf/0//4/+f/FQDr/+j/6v/r/+v/6//r//H/8v/z/+z/7P/1/xUA7P/s/+z/7P/s/+z/7P8UAOH/5/8AAAAAAAAoAN7/6v8AAOz/7P/v/+z/7P8AAOr/7//d/+j/6v/l/+r/BwAAANf/6v/X/+D/5f/n/9X/LADs/+z/8P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/3/+3/AADr/+3/CADo/wAAAAAAAAAAAAAAAAAAAADs/+z/8/8AABQA7P/u/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADj//P/7P/s/xQAAADs/+z/7//s/+z/AADq/wAAAAAAAAAAAAAAAAAAAAAAAOz/5v/y/+v/6/8AAOr/AAAAAAAAAAAAAAAAAAAAAOz/6P/w/+j/FQDk/+v/7P8AAOv/AAAAACkA9/8AANj/6//o/+r/6/8UAOr/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/9f/w//P/FADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/6/xUAAADa/wAA7/8JANP/vf/D/+H/2v/W/wAA7f/s/+z/7P/s/+z/FADs/wgA5//S/9T/0f/X/8D/AAARAPr/6P/a/9X/yv/a/9b/5f/y/9n/y//H/7//1P8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/IwDo/+b/6P/o/9j/2v8AAAAAAAAAAAAAAAAAAAAA4v8bAOT/6f/p/+j/5P/p/97/GwCr/7f/xv/h/+L/xf/n/+v/7//p/+v/FwDq/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9f/7f/1//D/7f8VAOz/7P8UAOz/7P/u/+z/7P/s/xUA7f/x/wAAAAAAAOj/AAAAAAAAAAAAAAAAAAAAAAAAEwAeANr/4P/f/8j/wf/m/9H/FgDr/+f/7P/r/+v/1P/m/xoA+v/5/wAA9//t/+7/AAAAAAAAAAAAAAAAAAAAAPL/EgAAAAAA+/8AAPH/AADy/xIAAAAAAPv/AADx/wAA4/8XAOX/7P/s/+n/6//s/wAADgAAAAAAAAAAAPv/AAAVAOv/6v/r/+v/6v/n/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8XAOz/6v/s/+7/6f/s/+v/LQD3//P/9f/v/+D/6P8AAA0AAAAAAAAAAAAAAAAA7P8UAPT/AADx/wAA7v8AAOX/KQAAAPf/3P/o//b/2P8AAAAAAAAAAAAAAAAAAAAA4f8XAOv/6v/k/+b/6//q/x0A5P/f//L/7f/h/+r/7f8AAAAAAAAAAAAAAAAAAAAA7P8UAAAA+f/z/+7/+f/2/wAAAAAAAAAAAAAAAAAAAADq/9r/4//a/+D/3f8bAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+v/7P8UAPD/7P/s/+r/7v/s//f/7P/w/xQA6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//z/+//AADz//r/EwDz/wAAAAAAAAAAAAAAAAYAAAD7/wAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/8v/s/+3/7P8UAOz/4v/s/+3/7f/s/9z/HQDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAA8v8AAAAA9v8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/+L/AAD1/xQA7P/b/wcAxf9x/9f/pv/u/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+X/7P/s/wAA+f8ZAPX/2/8AAOv/2v8AAPL/GADX/wAAAAAAAAAAAAAAAAAAAAD6/83/5P/O/97/7P8QAMn/2f8UANn/AADq/9z/2P/h/wAAAAAAAAAAAAAAAAAAAADV/+n/2f/2/+f/0f8AAPL/7P/s/+z/FADs/+v/7P/q/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/9P/s/+z/6P8XAPj/6v8AAPX/8v/p/+z/6v/o//j/AADQ//H/JAAAAAAAAAAAAAAAAAAAAAAA5f/q/+n/6v/s/+v/FgDr/wAAAAAAAAAAAAAAAAAAAADs//r/7P/t/+7/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/3//e/yAA4f/k/97/5P8AAAoAAAAAAAAA+P8AAAAA8v8SAAAAAAD7/wAA8f8AAM//OQCt/87/tP/X/6n/kf/x/ygA6v/u/+j/7P/k/+r/2v8WAOX/6P/n/+X/4v/q/wAACgAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAA6//s/+//7P/s/+z/7P8UAOr/5P/p/+3/6f/Y/9j/KAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+v/FADs/+z/6v/s/+3/FADZ/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/FgDr/+v/4//j/wAA0//Y/xsA6P/k/+f/3f/m/+L/6//o/+r/6/8UAOr/7P/s/+z/7P/t/+z/7P/s/+z/FADj/ycA6P/Y/+P/5//T/97/7P8UAOz/7P/s/+z/7P/s/wAA4v/S/9X/vP/3/wAAAAAXAAAAAAD5/+n/2P/c/+b/AAAAAAAAAAAAAAAAAAAAAOf/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AANH/1f/r/+j/6//g/yIA5v/i/ycA2v/i/+D/4P/T/9z/6P8YAOn/6v/q/+b/6v/p//T/7P/t/+3/7f/t/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAA7P8AAAAAAAAAAPL/FAAAAAAAAAAAAPf/AAAAABAA7P/m/93/2P8eAOz/5P/q/+X/GgDk/+D/5P/X/9b/6P/E/yIA0//n/+b/1f/q/+n/2f/Y/+v/CQDo/9n/2P8AAAcA8f/L/wsAyP/r/8v/BQAUAKb/3/+q/7D/1f/t/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADx/+z/7P/s/+z/7P/q/+z/7P/r/+z/6//s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+T/4//s/xQA4f/p//D/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAABYA+P8AAO7/7v/p//b/AAAPAAAAAAAAAAAAAAD3/+z/7P/s/+z/7P/s/xQA7P/q/xcA6v/r/+v/6v/o/+n/AAAAAAAAAAAAAAAAAAAAANn/7P/l/+P/5v/g/+T/HQAAAAAAAAAAAPf/AAAAABAA6/8cAOr/6//d/+T/4v/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/JQDW/9f/5//m/9f/3P/s/+z/7P/w/+z/7P8UAO3/7P/s/+z/7P/s/+z/FADs//r/7f8AAPL/7v8UAO3/7v/j/xcA5v/r/+v/8v/q/+r/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/3v/i/9r/3v/V/xYA6P/s/+z/7f/s/+z/FADs/8b/6f/Q/9T/4//a/9r/IgAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/t/xUA7P/p/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6v/r/wAA9f/z/+v/AAAAAAAAAAAAAAAAAAAAAAAA5v8YAOv/7P/q/+z/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//f/+f8AAAAA5v/v/yAAAAAAAAAAAAAAAOb/AAAbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/x/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+r/8//s/+v/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAD5/wAA7//s/+3/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f8AAOz/5v8VAOL/+v8iAAAAAADw/wAA4v8AAPL/EwDy/wAA+P/4/+3/+P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8bAAAA7f/e/wAAzf/i/+z/7P/s/+z/7P/s/+z/FAAAAO3/AAAAAAAAKADd//L/4P/r/+v/6f/s/+z/FQDu/+v/7P8AAPL/7v8UAOv/7P8AABQAAAAAAPD/7v/u/wAAAAAAAAAAAAAAAAAAAAAAABcA3v/r/+b/5f/W/+z/z/8AAAAAAAAAAAAAAAAAAAAA6f/q/+X/5//r/9r/GgDe/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+z/AAAAAAAAAAD6/wAADQAAAAgA5P/t//H/6v/U//b/8v/s/+z/7v/t/+3/7P8UAPD/6//s/+3/7v/s/+z/FQD3/+z/7P/s/+z/7P8UAOz/7P/r/+P/AADr//f/JgDq/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/Z/9f/1f/f/+D/JgDZ/9j/1v/c/9j/3P/Y/y8A2v8AAAAAAAAAAAAAAAAAAAAA6P/p/+T/6v/m/+n/FgDp/wAAAAAAAAAAAAAAAAAAAADY/+T/1//y//f/3P8pAPD/AAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/yP/p/xkA5//i//j/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/4f/q/+r/6v/o/xgA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7v8AAPH/7P8UAO3/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/+n/5P8lAOj/3v/i/+X/7/8AAO//GQD6/+z/9f/6/wAAAAAAAAAAAAAAAAAAAAAUAPj/AAAAAAAA7P/6//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7/8UAOz/9//q//r/AADk//D/KQAAANH/5f8oAAAA8v/c/+f/8//Y/xQA7P/6//H/7P/s/+z/7P/i/9j/5f/W/+j/JwDn/9D/4f8AAPv/8P/4/yMAAADj/wAAAAAAAAAAAAAAAAAAAAAAAN//5v/p/+j/AADl/+D/8//r/+3/7P/s/xAA7P/t/xQA7P/s/+z/7P/s/+j/7P8gAPb/+P8AAPj/zv/l//r/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8VAOz/5//s/+z/7f/u//n/FADt/+z/7P/s//P/AAAUAOz/7v/s/9n/3P/q/9j/IQDf/87/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAOX/6//i/+j/3f/o/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f8fANn/4f/b/+D/4//a/+H/HwDZ/+H/2//g/+P/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/W/+f/2f/r/9j/6v8lAOf/3f/Z/+v/5P/z/+r/HAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xUA6f8AAPT/AADu//r/7P/s/+z/FADs/+z/7P/s/+D/AAAAAAAAAADt/y8AAADn//X/AAD0//T/7f8ZAPP/AAAAAAAAAAAAAAgA+/8AAOD/6//r/+n/7P/s/xUA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA7v/t/+3/7P/s/xQA7P/s/xYA6v/4/wAAAADr/+j/AADt/+z/7P/s/+z/FADs/+z/6f/n/+f/6v/f/+X/6v8aAPj/5f/1/wAAAAAYAO3/AAD0/+L/8v/5/wAAGQDs//j/AAAAAAAAAAAAAAAAAAAAANT/0v/S/83/5P8kAOf/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOv/5//q/+v/6f/m/+r/HAD4/wAAAAAAAOz/9f8AAOv/6//q/+v/6//r/xUA6//X/+v/7P/d/+T/GADk/+3/7P8UAPj/8P/s/+z/8v/s/+b/y//d/xQA4f/L/wYAuP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/9H/3v/h/+n/2f/z/yIA2P8AAA4AAAAAAAAAAAD7/wAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADn/xUA6//o/+r/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/v/+7/7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/v/+7/7f/s/+3/FAAAAAAAAAAAAAAAAAAAAAAA0v/b//P/5v/o/zQA1P/S//L/8P/x//P/7P/s//T/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+//7P/t/+z/FADs/+//AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/p/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/FADs/+z/7P/n/+n/GADo/+n/6P/o/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/t/xUA7P/r/+v/7P/s/+z/7P/s/xQA7P/s/+r/2v/i/+v/KQDW/+n/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/3v8UANb/2P/6/9j/6P/s/+z/6//t/+z/FADr/+z/+v/q//D/AADn/xEAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAPX/7/8AAO3/7P/s//b/8v8AANv/AAAAACsA8v8AAOz/7P/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+b/8v/r/+v/AADq/wAAAAAAAAAAAAAAAAAAAADh/+v/zv/6/xQAAAC5/+X/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+v/7P8VAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/7f8VAO7/7P/r/+z/7/8AAAAAAAAAAAAAAAAAAAAA2f/d/+f/2f8AANj/2v8OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/r/+r/6//r/xYA6//t/+z/9f/w//P/FADu/+z/FADu//v/7v8AAAAA7v/2/wAAAAAAAAAAAAAAAAAAAAAUAPj/AAAAAAAA7P/6//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/q/+T/6f/r/9j/GgDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/u/+z/7f/q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//q/+v/6//r/xUA6//s/+z/7P/t//L/7f8UAPL/6v/r/+r/8//s/+v/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApv+W//D/pv+z/5z/NgDJ/93/7P8UAPX/7f/w/+z/+v8YAO7/AAAAAPX/6v/r/wAAAADs/+z/AAAAAPL/FADb/+z/FADs/+z/7v/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/+f8AAO3/AAAAABQA7P/y/+3/7//t/wAAAAAUAO7/7v/y/9v/6f/j/+v/FgDq/9v/4f+9/87/2v/Z/8f/OADg/wAAAAAAAAAAAAAAAAAAAADo/+z/7P/t/+z/7P8UAOz/8f/Z/9j/xf+6/xgAy//S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAA0AAAAAAAAAAAAAAAAAAAAAANP/zP8AAPH/3P8AAOP/6//s/+z/FADt/+z/7P/r/+3/4P/q/+v/5f/s/xYA6//r/x4A4v/e/+H/4//d/+P/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/8P8AAAAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/w/+z/3//Z/+v/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+L/7f/r/+z/6/8UAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAAAAUAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAAAAAUAPT/7P8AAPP/+/8AAO7/3P/n/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//q//P/7P/r/xYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA2f/s/+z/9//v/wAA2P8QAAAAAAAAAAAAAAAAAAAAAADs//r/7P/t/+7/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+f/+f8AAAAAGQDp//f/AAAAAAAAAAAAAAAAAAAAANL/IgDd/9v/4v/a/+D/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPj/AAAAAAAA7P/6//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+L/5P/f/9n/2P8UAAAAAADt/wAAAAAAAMb/9/8tAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/6/wAAAAAUAO7/8P/p//v/AADl//T/AAAAAAYAFAD2/+3/9v/x/+z/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/7f8AAPL/7v8UAO3/7v8AAAAAAAAAAAAAAAAAAAAA7P/s//D/7f/v/xQA7P/v/wAA+f8AAPv/AAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/GgDy//j/7//q/+b/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//T/+f8AAPv/7/8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7v8AAOz/7P8KAAAA5f/s/+v/AADj/xYA8v8AAAAAAAAAAAAAAAAAAAAA1//p/+3/FADs/wAA7P/t/wAA7P8AABQAAAD0//T/AADm/xwA3//U/9r/1//m/+r/7//m/wAAAAAAABMA9f8TAAAAAAAAAAAAAAAAAAAAAADv//T/9v8AAAAA7f/u/xQAx/8AAB0A9//d/9b/wf/N/+z/7P/t/xQA7P/s/+z/7P/s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAN//wf/3//r/AAD7/zsA+//s/9z/7/8VAOz/6v/s/97/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/y/+z/FADs/+z/6//T/xYA5//m/8X/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+v/3P8XAOz/7P/s/xQA7P/s/+z/7P/2/+v/3v/a/xQA4f8AAOX/6//r/+z/4v8AAPX/FADs/wAAAAAAAAAAAAAAAAAAAADp/xMA2//n/9n/6v/b//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/u/xQA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//f/AAAAAPn/7P8AAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA6f/q/+j/6f/r/xcA6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+z/9f/u/+3/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/6f/s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA5//1/wAA9P/0/+3/GQDz/+r/2P/k/+b/6v/q/xkA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/5//s/+z/FADw/+7/7//u//L/6/8VAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADy/xQAGgDv//b/AAAAAPL/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPf/7f8AAAAA9f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8f8AAPf/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/yv8YAOr/8f/d//H/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s//D/7P8UAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAA7P/p/+3/HADp/+z/7v/r/+z/5//s/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwDr/+3/AAAAAAAAEgDh/+7/8P/t//D/AAD2/xQA7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//k/+f/7P/n/+b/FAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/r/+z/6//s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/FADs/+v/7P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r//r/6v/x/xYA6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//K/+3/AADM//P/1f8AAAAAAAAAAAAAAAAAAAAAAAAUAOr/+f8AAAAAEADs//L/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAdAOz/5f/s/+v/3//k/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/AAAVAOf/6//r/+v/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/+z/7P8UAAAAEQAAAAAAAAAAAPD/AAAAAAAA9P/4//j/AAARAPn/7//0//b/AAAAAO3/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAA+f/w/xYAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+3/7P/s/xYA7P8SAPL/2f/B//X/+v/Y/7T/7P/s/+z/7P/s/xQA7P/s/xoA5//m/+j/5f/m/+j/6f/5/+z/7f/s/+3/7v8UAO3/AAAAAAAAAAAAAAAAAAAAAPn/AADt/wAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADm/wAA9/8AAAAAGwD0/wAA7P/s/+7/7v8AAOz/7P8KAM3/v/8SAOT/zP8QAMP/3P8AAAAAAAAAAAAAAAAAAAAA6//r/+r/6f/q/xYA6f/r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABUA7/8AAPD/9P/j/+v/6//s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+H/5//e/+j/4/8cAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AADu/wAA+/8AAAAAAAAAANj/+//s/+H/7P/Y/wsAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+D/9/8AABUA7P/q/wAAAAD0//j/+P8AABEA+f8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABQA7f/t/+v/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/+/8AAOz/7/8iAAAA1f8JAND/7P/Y/+P/AAAAANX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s//T/7P/t/+z/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA+P8AAAAAFAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/v/wAA7f8AAOz/9f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/xQA7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/l/+7/7f/s/+z/GAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7P/0/+v/7f8YAAAA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/9/8AAAAAAAAUAAAA7P/s/+7/7f8AAO//7P8UAPL/+P/M/+H/5v/k/wsA6v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//Y/ygA2f/q//j/4v/Y/+z/6//s/+z/7f8AABQA7f8AAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAAAAOr/AAAAAOz/7P/v/+z/7v8UAOz/7v/s/xQA7P/s/+3/4//r/wAAAAAAAAAAAAAAAAAAAAAAABYA7P/q/+//7P/r/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/zv8kAMv/6v/e/+H/2f8AAO7/AAAAAAAAAAALAAAA3/8HAN//6//f/+n/DADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/P/xUA3v/i/+z/7P/j/8H/AADU//b/5v/D//r/EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/wAAFADs/+7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7P/q/+//7P/r/+v/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHANb/6v/q/wAA+f/v//X/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA3P/r/wsA6v/W/+j/xf8PAOr/FADs/+X/6//s/+z/5v/X/+f/4P/o/x4Axf/g/+v/AAAAAAAAAAAAAAAAAAAAAOz/6P/s/+v/AADq/9T/DAAAAAAAAAAAAAAAAAAAAAAA4f8JANf/5f/W//f/CQDM/wAA7f8AAPf/AAAUAAAA7P/r/+r/8v/v/xYA7P/u//L/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADi/+z/7f/t/+z/3P8dAOj/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDz/+3/AADz/+j/7P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAO7/AAD2/ycA8P/Z/+z/5//s/+H/7P/s/xUA6//s/+v/AAAOAOr/4v/p/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA7P/c/+z/AADs/+v/7//z/+//AADz//r/EwDz/wAAAAAAAAAAAAAAAAAAAAAMAL7/6f8IAN//1v/R/9T/6//r/+r/6//r/+v/FQDr/wAA+/8AAAAAAADt//P/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/3P8VAAkA5P/r/9D/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/+3/7P/s/+z/7P8UAOf/7P/t/+z/7P/s/+z/FADs/+z/4v/t/+v/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAAcABgDW/9r/5v/Y/9//1v8AAAAAAAAAAAAAAAAAAAAA6P/B/+3/AADr//H/HgDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/u/+z/FADt/wAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAADQAAAAAAAAAAAAAAAAAAAAAA3v/k/+P/IADh/+H/4P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/o//D/9P8AAOn/AAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKgAAAAAAAAAAANr/3/8AAOz/7P/s/+z/7f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/2/8dANf/6P/p/+j/5/8AAPj/FAAAAAAA7P/s/+//7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FADv//D/7v8HAOz/8P8AAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAN3/8//7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//G/9b/1//X/9P/CAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6v/l//D/3f/G/+D/9f/K/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/FQDs/+//4v8AAPv/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/1//r/+r/1P/Y/yAA3//W/yAA1//Y/+f/2P/W/+j/7P8UAO3/7//u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/t/+3/7P/n/+z/FwDp//b/6v/g/+7/3f/o/x8AAAAAAAAAAAAAAAAAAAAAAO3/8//t/wAAAADu/+//EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xcA6//r/+z/6//m/+r/AAAAAAAAAAAAAAAAAAAAAPP/AADu/wAAAADr/xUA+v8HAOn/5P/S/+P/5f8AAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/FADs/+z/8//u/+z/7P/s/xQA7f/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/+7/7P/s/xUA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAAAD7//D/AADx/x0AAAAAAPD/AAAAAPD/AAAUAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A4P/h/+n/6f/k/+X/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/8f/y//P/7P/s//X/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/9z/5P/g/+r/EwDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/9f/w//P/FADu/+z/AAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAADADm//L/CwAAAAAAAAAAAAAAAAAAAAAA7v/s/+z/9P/u/+3/7f8UAOr/7P/v/+7/5f/n/+v/FwAAAMD/AAAYAMr/1//O/+L/AAAAAPT/+P/4/wAAEQD5/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/v/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9v/FQDm/+z/xv/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7v/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA0//r/9n/2f/a/9j/6v8eAAAA6f8AAAAAAADs//n/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAOz/AAD7/wAAAAAAAO3/8/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+3/8P8AABQABwDs/wAA1P8LANn/6//P/+z/0v/p/+L/MwDR/7f/v/+v//X/AADY/9z/3f/l/+L/AADY/w0AAAAAAAAAAAD1/wAAAAAAAAoAAAAAAAAAAAD5/wAAu//T/xIA9//V/+P/yf8HAOz/7P/v/+z/7v8UAOz/7v/s/+z/7P/s/xQA7P/s/+z/HwDe/+L/y//n/+H/3//j/wAAAAAAAAAAAAAAAAAAAADq/wAAAADn/wAAAAAqAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v+r/4v/1v/O//n/wf8QAMf/xv/I/wcA6P/O/9j/yP/i/8b/8v/j//L/AADp/woA7v/G/9n/0/+4/+X/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/8//N/9v/7P/6/8b/FAD0/ygA9v8AAOn/5v/a//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAPn/6f/F/+X/AADs/+b/7P/s/+z/7P/s/+n/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/l/+X/5//o/+f/FwDn//r/z//H//T/y/8FAND/0/8AAAAAAAAAAAAAAAAAAAAA1f/w/9j/HQDF/6H/wv/A/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/6/8cAOz/7f8AAOn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/8P8AAPL/8//t/yYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7P/t/+7/7P/0/xQA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+P8AAAAAAADs//r/+f/s/+//7P/s/xQA7P/q/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/6//p/xUA7P/e/+D/4f/h/+b/2/8eAOf/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/r/+z/7P/s/xQA7f/w//P/7f/s/+z/8v/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAFAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/v/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/u/wAA9v/v/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/xkA+v/z/7//w/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAA9/8AAPX/8P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgD3/wAAAAAAAAAA6P8AAB8A+v8AAAAAAAAAAOP/AAAVAOr/+P8AAAAA+//s/wAA4f8AAPv/8P/4/yMAAADj/+z/7v/y/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/8P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAAFADt/+3/AAAAAAAAAAAAAPT/DgAAAAAAAAAAAAAAAAD0/w4AAAAUAPj/AAAAAAAA7P/6//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//r/7P/t/+7/7P8UAO7/4//p/+n/6v/r/9z/HQDr//P/7P/s/+v/7P8UAOv/6//v//b/7f/5//b/7P8UAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9/8AAAAAAAD6/xUAAAD4/+z/7v/u/+z/9/8UAPT/AAAAAAAAAAAAAAAAAAAAAOz/7v/s/+z/7P8UAOz/7P/5/8H/BgDA/8v/4f8AAND/FADn//X/7P/o/+b/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/u/+//7v/y/+v/FQDz/+L/7P/t/+3/7P/c/x0A6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2v/R//H/2f/R/ykA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/6/8VAOr/7P/s/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+7/7P8AAOz/FADs//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASANr/4v/p/+P/3v8AAOz/AAAAAAAAAAAAAAAAAAAAAOH/HwDZ/+H/2//g/+P/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAkA4/+5/8D/3P/c/woA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/c/9r/5P/r/ycA2f/b/+3/7f/s/+7/+v/s/xQA+P/q/+v/5f/r/+7/6v8WAO3/AAAAAAAAAAAAAAAAAAAAAOz/7f/6/wAAAAAUAO7/8P/o/xQA9P8AAOz/9P/s/wAAGADq/+b/5//g/+X/6v/p/x4A7f/0/+z/AADg/9z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7/8AAAAAAAAUAPP/7f8AAAAAAAAAAAAAAAAAAAAAAADk/9r/2v8RAPT/qv/a/xUA3v/r/9b/1P/n/8n/EwDv/93/6P/q/+X/6v8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdANz/6/8AAOz/4//Y/+n/AAAAAAAAAAAAAAAAAAAAABQA+f/t//n/8f/2/+z/+f8AAAAAAAAAAAAAAAAAAAAA6P/g/wAA3P/c/wAA4f8AAOT/GQDs//P/7P/v/+f/7v/5/wAA7f8AAAAAFADs//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+z/7v/v/+3/3f8dAOv/AAAAAAAAAAAAAAAAAAAAAOb/AAD3/wAAAAAbAPT/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADt//j/7P/u/+7/7P/3/xQA9P8AAPv/AAAAAAAA7f/z/xMAAAD7/wAAAAAAAO3/8/8TAOr/5f/l/+f/6P/n/xcA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/wAA9//m/97/5f/a/wAAFQC2/+H/0f/q/7//9//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s//D/8f/v/+z/7P8UAOz/7P/x/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/w/wAAAAAAABQA7P/s//X/FAD0//D/7P/u//H/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/EwAAAAAA9v/z//L/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/l/+z/8/8AAOL/7v8VAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/5P/t//D/AAAAABkA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/AADv/wAAAAAiAAAAAADn/+z/7P/u/+z/5f8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxAAAAAAAAAAAA6v/P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xQA7P/l/+v/7P/s/+b/7P8VAOz/7P/w/+z/7f/s/+r/4f/q/+r/6v/o/xgA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7/8AAAAAAAAUAPP/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+r/6P/p/+v/FwDp/+n/AAAAAAAAAAAAAAAAAAAAAPr/7f8AAPL/7v8UAO3/7v/s/+z/7f/y/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+7/7P8AAOz/FADs//T/8P/u/+//7v/y/+v/FQDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//m/+z/5P/w/+v/FgDw/8r/0P/R/8r/3v83AMf/wf8AAAAAAAAAAAAADAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/9//s//D/FADr/+3/AAAAAAAAAAAAABEAAADv/+z/7P/j/93/7P/s/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAA9/8AAPX/8P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//f/AAAAAAAAAAAUAAAA7P/r/9b/6P/r/9f/IQDs/+f/9P8AAPn/AADr/yMA+v/s/9f/7f/1//D/7f8VAOz/7P/s/+z/7P/s/+z/FADt/+z/+v/s/+3/7v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/s/+z/7P8UAO3/7P/s/+z/7P/s/+z/FAAUAPn/7f/5//H/9v/s//n/EAD4/wAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//P/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7f8AAAAA7P/s/+7/FAAAAO3/AAAAAOz/7P/u/xQAAADt/wAAAADs/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/n/+n/6P/n/xcA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/6//s/+3/6v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAO3/AAAAABQA7P/y/+z/9P/v//D/7v/s/xQA8/8UAOz/7v/w/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAOv/7P/v/+z/7P/s/+z/FAAAAOf/+P/p//f/2/8AAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAA9f/0/wAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//r/7P/t/+7/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/AAAAAAAAAAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/v/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAKAOb/3f/o/+n/8f8bAOf/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQA7P/w/+//7P/s/+z/7P/s/+z/7f/s/xQA7P/s//L/LQD7//j/+f/1/+D/7/8AAAAAAAAAAAAACwD3/wAA7v/s//f/7P/w/xQA6//t/+z/7P/s/+z/7P8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/y/+z/7f/s/xQA7P8AAAAAAAAUAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7//n/7P/t/wAA7f8UAPr/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/Y/+z/4P/t/wAABgDV/wAAAAAAAAAAAAAAAAAAAADN/9X/3//n/+D/6v8bANj/6P/o/+v/4f/Z/ygA2P/q/wkA7f/P/wAAxP/A/+3/tP8AAAAAAAAAAAAAAAAAAAAA2P/q/+n/6//w/xgA6v/r/9j/zv/Y/9L/2v8sANP/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAADr/+z/7v/q/+z/7P/o/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/z//L/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/x4A5v/m/+n/4//i/+n/7v8UAO3/7f/s/+z/7P/s/+v/HADk/+f/5f/i/+X/5v8AAAAAAAAAAAAAAAAAAAAAFAD1/+//AADt/+z/7P/2/xQA7P/s//P/7v/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAUAPX/AADt/+3/7f/2/wAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/q/+z/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAw//T//D/yP/G/9H/DADZ//v/+f/s/+3/AADt/xQA+v8AAO3/AAD3/wAAFAAAAOz/AADY/xQA2//Z/9j/4v/Y/+3/7//t/wAAAAAUAO7/7v8AABcAAAAAAAAAAADq/wAA7P/s/+//7v/t/+z/7f8UAAAAAAAAABQAAAAAAAAA7P8UAPn/7f/5//H/9v/s//n/AAAAAAAAAAAAAAAAAAAAABQA7f/1//T/7//s/+z/7P/7//n/7P/t/wAA7f8UAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/v/+7/7P/s/+z/+//5/+z/7f8AAO3/FAD6/+r/FwDq/+v/6//q/+j/6f8AAAAAAAAUAAAAAAAAAOz/6v/j/+r/6v/r/+v/FwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/+f/s/+3/AADt/xQA+v/s/+z/7//u/+3/7P/t/xQA5v/p/+X/4P8aAOb/3//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADs//r/8f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/+f8UAPH/7P/x/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwD1/9//6v/l/+T/3v/r/xQA7P/s/+z/7P/s/+z/7P/s/9T/9f8dAOH/9v8AANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+j/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPD/EADn/87/1//V/9b/AAAAAAAAAAAAAAAAAAAAAAAAEAD4/wAAAAAAAAAA9P8AADAA9//7//H/AADo/9z/AAAAAAAAAAAAAAAAAAAAAAAA5//s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+H/3P/s/9f/7P/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P8UAOz/7P/s/+v/6f/f/+b/EwDk/+n/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/7P/1//H/IQDs/+z/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//L/+D/yv/s//f/FgDc/xoAAAAAAPn/AADl//D/+P/u/xQA7f/t/+z/7P/s/+z/8v8OAAAAAAAAAAAAAAAAAOf/6//r/+v/7P/r/xUA6v8UAO7/7f/s/+3/6//s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//T/FADs/wAA7P/t//j/9f/v/wAAAAAAABQA8//t//X/7/8AAAAAAAAUAPP/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/0f/e/+H/6f/Z//P/IgDY//D/7f8gAOn/AADZ/+z/+f/3//D/AAAAAAAAGQD0/+b/AAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+P/6v/l/+j/5/8ZAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPD/8v8AAOz/7P8AAOz/8P8AAAAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAx/8AAMf/1//Y/9z/6/8AANf/7P8TAPH/2f/f/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P8AAAAAAAAUAOz/7P/3/+L/9f/4/wAAGgDs//v/7P/w/wAAAAAAABQA7P/s/xQA7P/6//H/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA5f/d/+3/6v/p/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8VAOz/7P/w/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7v/s/+z/7P8AAN7/3//y/+3/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+7/7P/s/+z/+f/s/+3/7P/t/+7/FADt//n/7P/t/+z/7f/u/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/8T/u/+9/7X/uP+1/yQAAAAAAAAAAAAAAAAAAAAAAOr/HADr/+n/4v/b/8b/6v8AAAAAAAAAAAAAAAAAAAAA5f/t//f/7/8AAOz/GgDy//H/GQDr/wAAAAAAAO7/+v8LAAAAAAAAAAAA+//4/wAAAAD4/xQAAAAAAOz/7P/v/+f/6f8YAOj/6f/o/+j/6P/s/+z/FADs/+z/7P/s/+z/7P/r/xoA7f/s/+D/4//u/+7/FADt/+3/7P/s/+z/7P8UAO3/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOr/+P8AAAAA+//s/wAA5v/s/+n/7P/r/+z/FwDs/xUA6v/4/wAAAAD7/+z/AAAUAO3/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f8AAPv/8P/4/yMAAADj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwDd/+n/3//p/9f/AADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/v/+z/7P/s/+z/FACz/wAAAADS/57/vv/G/8T/HgDl/+z/6//n/+j/4f/Y/wAAAAAAAAAAAAAAAAAAAAAwAM7/3f/g/73/z//j/+n/AAAAAAAAAAAAAAAAAAAAAOT/AADY/4n/7P++/+f/w//o/+X/3f/r/+7/FAAAANv/AAAAAAAAAAAAAAAAAAAAANH/3v/h/+n/2f/z/yIA2P/h/wAA6f8cAPH/5//n/+X/AAAAAAAAAAAAAAAAAAAAAAwAyf/W/wsA6//3/+X/7//t/xQA9/8AAO3/9//s/wAA2v/Y/93/2v/j/97/AAANAOz/6/8AAOX/AAAAABYAAAAIAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAOv/1f8QAND/xP8UAPH/xP/U/x4A4v/Z/+P/6f/j/93/7v8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/6P/r/+r/6/8VANj/5//s/+D/6v8AAOz/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMX/PQDS/7j/4v/Q/8n/1P8AABIAAAAAAAAAAADz/wAA2P8dAOL/7P/g/wAAxv/W/+b/zf/j/97/6f8gAOn/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/u//r/7P8UAPj/AAAAAAAAAAAAAAAAAAAAAPn/7P/t/+z/7f/u/xQA7f8AANb/AAAAAAAAAAArAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/7/+7/AAAAAO7/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/a/+L/FQDs/+v/4/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPn/AADt/wAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAOL/5P/d/+j/6v/l/9//6v/r/+v/7f/s/+z/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/AADy/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/d/+D/6//e/9T/4/8iAPT/7P/t/+3/7f/t/+z/FADt/+L/7P/s/+3/7f8ZAO7/2f8fAOz/6f/g/9//zf/o/+v/6f/s/+v/7P/p/xYA6v/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/6//s/xQA7P/k/+f/5P/k/+X/3f8cAOL/5f/Y//P/7//v/+n/IwAAAAAAAAAAAAAAAAAAAAAAAADl/9j/8//v/+//6f8jAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAA5APb/4P/u/wAAyP/X/wAA5f8AAAAA7f/s/+n/5/8UAAAAAAAAAAAAAAAAAAAAAAD0//n/AAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8/8AABQA7P/u/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/j/+n/7P/r/+b/FwDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAA5APb/4P/u/wAAyP/X/wAAAAAAAAAAAAAAAAAAAAAAACMA6f8AAAAAAADy/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn//f/9v/y//T/AADc/wAAAAAAAAAAAAAAAAAAAADs/+n/+/8AAPX/5v8OAAAAAAAAAAAAAAAAAAAAAAAAAOz/9/8AAAAAAAD6/xUAAAAVAOv/7P/p/+v/6//q/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAA9v/y/xQA7f/U/wwA1//c/9//vP/2/+P/7P/s//D/7P/v/+z/FADu/+v/5P/o/+r/7//m/x0A6f/0/ygA9v8AAOn/5v/a//n/FADs/+3/7P/s/+z/7P/s/wAAFAAAAPn/AAAAAPT/AADs/+z/AAAAAAAAFADt/+3/GgDv//b/AAAAAPL/5v8AAOz/7f/t//D/+f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/y//P/AAAAAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/GAAAAAAA8v8AAOn/+v/e/+j/6f8jAOT/5v/a/+n/1//n/9H/GwDl/+n/5f/X/+z/2v/s/xwA6//r/+D/2//p/+v/6/8WAOv/6//r/+r/7f/s/+z/GwDs/+3/7P/a/+z/7P/s/xQA7P/s/+z/7P/o/9//7v8nAPX/5//k/+v/AAAAAAAAFAAAAAAAAADs/+z/7P/s/xQA7v/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAFAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAFAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/+3/7P/s/+z/7P8UAAAA+/8AAAAAAADt//P/EwDY/+v/2P/d/wAA6P/l/wAA7f/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADU/+j/6v/r//X/6v/Y/xUAAAD7/wAAAAAAAO3/8/8TAAAAAAAAAAAAAAAAAAAAAADc/+T/uP/E/+D/AAD1/+D/7//y//P/9f/r//L/GAD4/wAAAAAAAAAAAAAAAAAAAADY/97/5v/s/+r/5P8dAOz/AAAAAAAAAAAAAAAAAAAAABQA7P/z//L/7v/s/+z/7P/g/+z/7P/5/+3/7P8XAPb/AAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/FgDp/+r/6f/q/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+7/AADs/+z/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+z/6/8UAOz/1P/o//j/8f/x/9n/KgD4/wAAAAAAAAAAAAAAAAAAAAAAABoAAAAAAOz/AADm//v/AAAAAAAAAAAAAAAAAAAAAOj/7P/s/+3/6//q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/+//7v/u/+3/FADx/+z/6v/s/+b/6//p/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA8//t/wAA8//o/+z/9f8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/6//w/+v/FQDs/xQA9f/v/wAA7f/s/+z/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAOz/4f8AAOv/5//a/9//AADY/wAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAADw/wAA7P/k/93/AAAAABQA5f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD3/+3/AAAAAPX/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAA6/8AABMAAAAAAPX/AADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAPv/8P8AAPH/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAYAOn/4v/p//v/6P/q//T/AAAAAAAAAAAAAAAAAAAAANr/9P/l/+v/7f/T/x8A3v8AAAAAAAAAAAAAAAAAAAAAFADs//P/8v/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADq/9X/8v/2//D/MQDk/+b/AAAAAAAAAAAAABcA9P/5/9X/2v/L/9f/1v87AMP/yv/c/+X/6f/p/+L/GADp/+H/8P/u/xUA5v8AAAoA4f/m/+//7f/s/+3/7f8UAOz/7f8AANr/AAAAAAAAJgDn//r/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAAAANz/AAAAAAAAJgDp//r/+f/v/wAAAAD5/xMAAAD3/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7f/s/+z/7P/s/+v/FADs/+v/7P/s/+z/7P/s/xQA7P/s/wAA9P8AAPf/AAAUAAAA+v/5/+//AAAAAPn/EwAAAPf/7v/s//f/7P/w/xQA6//t/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7f/s/+z/7P/s/+z/7P/s/xQAFQDs/+z/7//p/+v/7P/r/+X/7P/q//f/6v/o/xsA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQA7f/s/+z/7P/s/+3/5//p//v/9/8AAPD/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/7P/s//n/7f/s/xcA9v/r/+v/7P/r/xUA6v/r/+v/AAAAAAAAAAAAAAAAAAAAANr/6f/U/9L/NADU/9H/uf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xIAAAAAAAAA9v8AAAAAAAAAAAAAAAD4/wAAAAAIAAAAAAAAAAAAAAAAAAAAAADr/+z/6P/s/9z/7f/r/xUAAADt/wAA9/8AABQAAADs/+z/8P8AAAAAAAAUAOz/7P/s/+z/7P/t/+3/7P8UAOz/AAAAAPn/AAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/HgDr/+7/3v/m/+L/3/8AAAAAAAAAAAAAAAAAAAAA6f/l/wAA6v/r/+z/FADM/wcA0f/W/+z/4v8AAOf/0P8VAOr/6//q//H/7P/s//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/5f/X/+7/7P/u/93/JAD3/wAAAAAAAAAAAAAAAAAAAACw/wAA6v/j/wkA3//p/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAPb/AADr/wAAAAApAPf/AADY/+z/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/g/8D/NwDo//r/x//U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAOn/CQDZ/9r/6//n/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/8P/1/+7/7v8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmAN7/5f/j/9T/zv/m/8X/7P/t/+z/7P/t/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwDr/+P/zf/N/wYAyP/e/wAAAAAAAAAAAAAAAAAAAAAaAOz/AADw/wAABgDj//n/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAOz/7P/x/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA+f/m//r/AAAcAPP/AADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+7/FADs/+7/6f/u/+v/8//s/xcA7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/u/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7//s/+z/7P/s/+//9P/2/wAAAADt/+7/FAAAAOj/3//s/+n/7v8AAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACADr/+r/AADr/+T/5/8AAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAAAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDa/+b/7P/e/9r/AADg/wAAAAAAAAAAAAAAAAAAAADJ/+D/3v/S/+f/4f8uANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAAAAAAAEQAAACcA1//e/9//4//Y/9r/AADe/wAA5v8AAOT/5v/Y/9f/AAAAAAAAAAAAAAAAAAAAAAYA6//r/+P/8P8KAOf/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/k/93/AAAAABQA5f/r/wAAAAAAAAAAAAAAAAAAAADt/xgA9P/z//T/7P/n//f/8/8UAAAAAAD2/+3/7P8AAO3/FQD1//j/+v/f/+z/7f8AAAAAAAAAAAAAAAAAAAAA6v/N/wAAAAAAABYA+//7/wAAAAAAABQAAAAAAAAA7P/p/+v/6/8WAOv/6//r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f/s/+3/7P/s//H/FADu//v/7v8AAAAA7v/2/xQA7v/7/+7/AAAAAO7/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAOz/7P/s/+3/7P/s/xQA7f/s/+3/7P/s/+z/7P/s/xQAGgDp/+r/AAAAAPL/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/9f8AAPT/9P/t/xkA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/5P/v/xgA7f/s/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/q/xUA6//r/+z/7P/s/+v/FADs//T/6//s/+z/6//s/+z/7P/s/+z/7P8UAOz/7P/Y/9f/6v/l/+b/KADY/+D/AAAAAAAAAAAAAAAAAAAAAOz/AADs/+z/7P8UAOv/6/8AAAAAAAAAAAAAAAAAAAAA5v/j/9f/3v/h/xcA6//j/+f/6//r/+v/7P/r/xUA6v8AAAAAAAAAAAAAAAAAAAAAEAD4/wAAAAAAAAAA9P8AABkA8//t/+7/AADq/+X/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADp/wAAAAAAAOz/+f8HAOz/2P/s/+H/7P/c/yIA6//s/+3/+v8AAAAAFADu//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA8v/z/xQAAAAAAAAAAAAAAAAAAAAAANj/+//s/+H/7P/Y/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD3//j/8P/7/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAADy//P/FAAAAAAAAAAAAAAA2P8AACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+3/7P/s/+3/7P8kAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/r/+z/FADs/+v/6v/y/+//FgDs/+7/8v/z/+z/8v/v/xQA7P/s/+z/7f/s/+z/7f8lAOz/7P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/r/+7/AAD2/wAAFADY/wAA+/8AAAAAAADt//P/EwDr/+z/7P/r/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/n/9L/5P/k/8z/HQDn/wAAAAAAAPn/+/8AAA8AAADs/+z/7P8UAOz/7P/s/+z/FAD4/wAAAAAAAOz/+v/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuAOj/9//7/wAA6P/S//D/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADW/+P/6P/i/93/3//Z/ykA4P/o/+//7P/s/+v/HQDq/9H/5P/V/+L/2f/l/8z/JwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/+z/7P8VAO3/6//s/+z/7f/s/xQA7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAAAA7f8AAAAA7P/s/+7/7P/t/+z/7P/t/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA8v/z/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA8v/z/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPX/7/8AAO3/7P/s//b/AAAAAAAAAAAAAAAAAAAAAAAAFgDt//X/7f/u/+r/9P8AAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAAAABMAAAAAAOv/7f/4/wAAAAAUAOz/7P/t/+3/7P/u//b/7v8UAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/HQDo/+b/5f/p/9X/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/0v/j/+v/GADU/+P/6v/q/xgA6P/q/+X/6f/p/+n/6P/S/+P/6/8YANT/4//q/+z/6//k/+//GADt/+z/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//t/+z/7f/t/xQA7P/t/yUA4P/i/+H/5v/X/9v/4/8YAO7/AAAAAPX/6v/r/wAAAAAAAAAAAAAAAAAAAAAAANv/4v/a/8X/4/8kAN7/5v/o/+j/4v/o/+3/6f8YAOr/7P/s/+z/7P/s/+z/FADs/+z/yv/f/+b/7f/V/ykA9v/s/+3/+v8AAAAAFADu//D/7P/s/+z/7P/s/xQA7P/s/9r/y//o/x4A3P/k/+P/zf8AAAAAAAAAAAAACwD3/wAA7P/s/+z/FADs/+z/7P/s//r/AAD0/wAAAADs/xYAAADp/+n/7P/s/+L/6P8ZAPP/AAAAAAAA4v8AAAAAIwAAAAAAAAAAAAAAAAAAAAAAAADr/9n/6//k/+r/FQDq/+n/7P/s/+z/FADs/+z/7P/s/+P/3P/Y/+X/2v8WANT/6/+9/93/0//W/9b/xf9AANf/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABQAAADx/wAAAAAAAAAA6f8kAAAAIgD7/wAAAAAAAOD/3f8AAAcAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/xQA7P/s//P/8P/5/+L/7/8dAOf/4f/s/+z/7P/s/+z/7P8UAOz/AADx/+3/6//w/xUA7P/u/+z/7P/s/+z/7P/r/xQA7P/u/+r/9v/x/+z/6/8WAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAOH/3f/d/97/4P/k/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f/p/+n/6f8XAOf/6P8AAAAAAAAAAAAAAAAAAAAA9v/u/+z/AADs/xQA7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/4/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAPP/AADs/wAAAAAAAAAAAAAUAAAA7//z/+//AADz//r/EwDz/+z/AAAAAAAAAAAAABkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xQA7//s/+n/7P/a/+z/+v8AAPT/AAAAAOz/FgAAAPn/AADt/wAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAA7P/3/wAAAAAAAPr/FQAAAAAAAAAAAAAAAAAAAAAAAADm/+H/6//k/+3/7P8VAO//z//d/+z/7f/r/xgA6//s//L/2//p/+P/6/8WAOr/2//s/+3/+v8AAAAAFADu//D/KAAAAAAA3v8AANn/2P/y/+v/AAD1/wAAAAAVAOv/AADs/+z/7P/s/+z/FADs/+z/6f/s/+z/7f/s/+b/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHANb/6v/q/wAA+f/v//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA8v/z/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/6//s/+z/7P8VAOz/7P/v/+n/6//s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/v/wAA7P/r/woAAAAAAAAAAAAAAAAAAAAAAAAA8v/o/+z/EwDo/+b/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/7P/t/+z/5v8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+v/FwDr/+r/+P/Z/9j/FgDq//j/AAAAAOv/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+//7v/s/+z/7P/n/xUA6//o/+r/6//r/+v/IQDi/+n/8f/q/+n/3f/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/AAAUAOz/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/4v/s/+z/7f/t/xkA7v/1//f/AAAAAAAAFAAAAOz/7P/v/+z/7P/s/+v/FADs//P/FAAAAAAA9v/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/9H/2v/G/+b/5/8iAOv/4P/r/+v/6f/s/+z/FQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAADt/wAA7P/s//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+z/FADg/+7/9v8AANj/FADr/+//6//y//r/7P/b/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//EQDY/+j/6//y/wAA9f8AAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAO3/+P8AAOz/FADx//T/9v/u/+z/7P+//9X/xf8HANP/yv/1/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAGADq/+n/6P/i//v/2f/S/+z/FAAAAPn/8//u//n/9v/Z//D/3f/3/9P/AAAAAOD/0f/1/8j/AADy/+b/6v8AAAsAAAAAAAAAAAD7//j/AADo/wAA7/8AAAAAIgAAAAAA7P/s/+z/7P/s/+3/FADs/wAAAAAAAAAAAAAAAAAAAADd//b/yv/x//b/9f/r/wAA1v/s/xMA8f/Y/9//2P8AAOz/7P/x/+z/7//t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//5//Y//T/AADU/9n/MQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ/8T/6v8AAMr/3//c/xUA6f/u/+v/8//s/xcA7P/v/+D/5P8UAOX/6/8AAOj/6v8AAAAAAAAAAAAAAAAAAAAAz//n/9j/9P8AANT/2f8xAAAAAAAAAAAAAAAAAAAAAAD7/87/y/8AANb/y/8AAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9L/3P/c/+L/6/8KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/6P/u//X/9//z/xYA7P/w/+z/7P/s/+3/7f8UAOz/7P/s/+z/7P/t/+z/FADs/+z/7P/s/yMA7P/s/9n/2//s/8v/LgDQ/9P/2f/Z/8n/3v/p/+z/7P/n/+z/6f/s/xUAAAAAAAAAAAAAAAAAAAAAAB0A4P/g/9j/6P/d/93/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/6//q/+v/8P8WAOz/7P/s/+z/7P/s/+3/FADr/+z/7v/s//f/7P/w/xQA6//t/9j/1//o/9b/6f8gAOf/w/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA4//1/+v/AAAAAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/T/ykA3v/R/9v/1v/Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOX/3f/t/+r/6f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/wAA9v/s/+z/7f/s//n/9f/s/wAAFADs/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA7//s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/+//AADt/+z/7P/2/+v/5//s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA8/8AAPf/AAD1//D/EwAAABgA7/8AAAAA9//q/+v/AAAAAPH/AAAAAPr/AAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDj//X/6/8AAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9v/s/wAAAADx/+3/AAAcAPr/+f8AAAAAAAD0/wAAHAD6//n/AAAAAAAA9f8AAOv/6//s/xQA7v/p/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO7/7P/s/+z/7v/L/wAA6f/f/yAA1f8AAAAAAAAAAAAAAAAAAAAAAADr/+r/7P/s/xUA5v/q/+z/AAAUAAAAAADs/wAAAADw/wAAAAAAAAAAAAAAAAAAAADb/+H/AADq/+X/6//m/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7//x/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7v/t/+z/7f8UAOz/7P/Z/+7/7f/s/+v/FQDr/+z/7//s/+z/7P/s/xQAwv/U/9j/5v/p/+D/LgDW/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P/t/+z/7f/s/+z/FADn//T/AAD5/wAA6/8jAPr/xv/Z/+n/6v/m/+X/HADj/wAAAAAAAAAAAAAAAAAAAAAUAPb/7f/2//H/7P/s//D/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6f/s/+z/4v/o/xkA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/6//r/+n/7P/s/xUA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDh/+n/2v/Y/+v/6P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//R/9X/HwDr/+r/5v/k/xQA7P8AAAAAAAAAAPP/AAAAAAAAAAAAAAAAAAAAAAAA3P/w/wAA8f/7/+f/IADz/+j/6v/2//b/9v/q/yIAAAAAAAAAAAAAAAAAAAAAAAAA5v/k/+T/8P/n/+j/HADz/wAAAAAAAAAAAAAAAAAAAADq/9r/4//a/+D/3f8bAOb/5//r/+v/6//s/+v/FQDq/wAAAAAAAAAAAAAAAAAAAAAUAOz/7//s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOf/7P/s/+7/7P/l/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/2//4/zYAAADp/8v/+v8AAAAAAAD6//D/FADs/wAA2//o/9P/2//X/x8A6//R//H/7P/s/+z/7P/r/xMA7P8UAPX/7/8AAO3/7P/s//b/z//d/+z/7f/r/xgA6//s/+H/2P/N/+D/IwDr/+H/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAD1/wAAAAAVAOv/AAAAAAAAAAAAAAAAAAAAAAAAyP/h/9P/3v/d/yYA3//a/93/3f/g/+v/3v/U/+P/IgAMANn/3f/R/9n/8v/q/8n/AAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAABAA+v/s//T/+f8AAPv/7/8UAO3/x//X/93/2//Y/+j/HQDF/+z/7P/s/+z/7P8VAOr/7P8AAAAAAAAAAAAAAAAAAAAA9P/5/wAAAAAAAAAAEQAAAAAA7f8AAPX/AAAUAPn/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/z/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPD/7P/1/+T/FQDp/+v/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/6P/s/9z/7f/r/xUAFQDx//D/9P/w/+z/6//x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAO3/AADs/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA5/8AAAAAAADq/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAFAD1/wAA7f/t/+3/9v/R/wgA5//W/+r/FADn/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDs/+z/7P/q/93/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/v/wAA9v8AAO3/GgD2/7D/0v/h/9X/3f/q/yAA7P/s/+z/7P8UAOz/7P/s/+z/FAD0/wAAAAD2/+z/7P8AAOj/5//d/+n/7P8YAOj/6P/v/wYA4f/w/9v/zv/z//T/AAAAAAAAAAAAAAAAAAAAABYA6//t/+z/6//p//H/7P/r/+z/9P/s//D/6/8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+3/xP+9/9v/zP/Q/+b/w/8yAOv/6//o/9v/6v8AAAUA6f/o/+f/4f/X/+j/AAAJAOj/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8oAOD/7f/2//P/7P/Z/9f/FQDr/+3/6//r/+r/6P/q/+X/6//s/xQA8P/s/+z/6v/t/+z/7P/x/+3/7P/s/xQADwDr/+n/5P/B/wkA1P/R/9D/2P/r/9n/KADf/9n/6v/R/9n/6v/X/+f/6f8fAOn/9f/y/5n/g/+p/y4Ay/+6/+7/7P8AABQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFgDr/+j/6v/r/+j/6v/p/+//7P/w//H/7//s/+z/FADY/+f/5//d/+j/HADj/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/w/+3/AAAAABQA7v/v/9r/JADe/9v/2//e/9j/4f/o//D/9v8WAAAA6/8AAO//5v8KAOX/3P/b/+r/AADY/+z/7P/s/xQA7P/s/+z/7P/Y/+P/2f/z/+D/DgDO/w4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/AAAAAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAA4ACwDr/9T/3f/h/8b/4P8AAO3/AAAAAAAAxv/3/y0A8f/s/wAAAADz/xQA8f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/+r/6v/X/xIA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+P/6v/l/+j/5/8ZAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+r/6v/q/+r/FwDp/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+7/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/97/4f/q/9f/HwDY/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/v//r/AAAAABkA8v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALv/4P/j/7f/yv/2/8j/BgC7/+H/2f/Y/9//OgDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAAAA7//5/xUAAAAAAAAAAAAAAAAAAAAAANr/2f/k//j/5v8oANj/2v/c/9f/1f/a/9j/4P/Z/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXANL/9//k/+n/5P/m/+n/9v/w/wAAAAAAABMA9P/t/wAAAAAAAAAAAAAAAAAAAAD4/xQAAAD2/+3/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/n/+n/8//t/+r/6/8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/r/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6//t/+//AAAaAAAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/9P/x/+z/7f/s/+//KQAAAAAAAAAAAO7/zf8AANj/6v/p/+v/8P8YAOr/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/0/8WAOf/5v/F/+v/6v/Z/wAA7f8VAOz/2v/Y/+v/AAAAAAAAAAAAAAAAAAAAAA0Ayv++/9z/yv8UAL7/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/1/+7/9P8UAOz/9P8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/t/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//6/8AAAAAGwD6/xYA6v/p/+j/6//q/+r/6f/s/+X/4//n/+f/7P/f/xUA7f/f/9n/AADo/9//AADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/xQA6//r/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/87/4//f/+v/IADo/+D/AAAAAAAAAAAAAAAAAAAAAA4A4//3/9D/xv/Z/7j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA8v/L/9n/1P/I/9z/5/8UAOz/9v/f/+3/8f/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9//1f/l/9//1P/c/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+L/CwDR/9b/uv8AANH/AADy//r/FQAAAOn/7f/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/r/9j/8//b/+j/8f/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+7/7P/s/+v/FADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/8X/y//6/8z/AADt//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC+/8L/w//L/w0A4//6/wAA6//s/+r/FADs/+j/7P/s/8T/6f8jAOD/tv+6/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+//7P/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/LQD7//j/+f/1/+D/7/8AABMAAAAAAAAAAADt/wAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/FADs/+z/7f/u/+z/AAD6/xQA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAC4/wsAvP/C/+T/0v/j//f/7P/s/+z/7P/t/+z/FADu/wAAAAAAAAAAAAAAAAAAAADw/+7/7//u//L/6/8VAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+7/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOr/FADs/+X/6//s/+z/5v/Y/87/2P/T/9z/KwDU/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/5//1/wAA9P/0/+3/GQDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+n/6P8AAOf/7v8AANj/EwAAAAAAAAAUAAAAAAAAAOz/7f/i/+z/7P/t/+3/GQDu/wAAAAAAAAAAAAAAAAAAAAAUAOz/8//y/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANf/7P/s/+r/7P/l/9b/JgDl/+3/9//v/wAA7P8aAPL/8/8AAPf/AAD1//D/EwAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAOz/7P/s//H/AADy/+z/7P8UAOr/5P/m/+n/7P8VAOz/6v8AAAAAAAAAAAAAAAAAAAAA9/8ZAPr/AAAAAAAA6//6/wAAAAAAAAAAAAAAAAAAAADq//X/AAAAAAAA6v8dAAAA0P/R/zsAxf/M/73/yf/S/9j/FQDp/+3/7f/u/+v/6/8AAAAAAAAAAAAAAAAAAAAAAADt/wAA9f8AABQA+f/v/+X/5v/w/+H/4P8qANn/4v/r/xQA7P/q/+z/7P/s/+v/qf/Z/9b/BgCz//b/DADV/+b/GgD6//n/AAD3/+3/7v/6/+3/AAD2/+3/7P/s/xQACQASALr/zP+//87/3f+7/xUA6//s/wAA7f/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA4P8AAAAAAAAAAO3/LwAAAAAAAAAAAAAAAAAAAAAAAADq/+3/9//h/+//GADq/+f/AAAUAAAAAADw/+7/7v8AAAAAAAAAAAAAAAAAAAAAAADq/+H/6v/q/+r/6P8YAOr/6v/o/+n/6v/r/+r/6/8VAAAA7f8AAPf/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA6v/m/+v/3//q/+T/GQDn/9r/JADe/9v/2//e/9j/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/6f/f/9r/AADl/9D/DQDw/+z/8v/w/yEA7P/s/97/1f/Y//T/4f/i/yoA2v/g/+z/7P/r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/FADs/+z/3f/d/+D/6//e/9T/4/8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/s/+v/7P/p/xYA6v/h/+v/6//q/+v/6f8WAOz/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAA8P/u/+7/AAAAAAAAAAAAAAAAAAAAAAAA2P/3/+3/AADr/+3/CADo/+v/7P/o/+z/3P/t/+v/FQAAAO3/AAD7/0sA+P/i/7P/AADt/wAA9f8AABQA+f/v/+v/7P/s/+z/7P/s/+z/FADw/+z/9f/k/xUA6f/r/9r/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAA9P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA3v/X/9n/3P/b//H/FADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//3//s/+z/7P/d/wcAAADs/+z/FADs/+v/7P/s/+z/FADs/+z/8f/u/+z/7P/s/xQA7P/s//H/7v/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//w/wAAAAAAABkA9P/m/wAAAAD0//j/+P8AABEA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAABQAAADt/wAAAADs/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FAD0/+v/8v8AAPj/7v/6/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/r//H/7P/s/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/AAAUAOz/7v/s/wAAAAAAAAAAAAAAAAAACgAYAO7/AAAAAPX/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAO//8//v/wAA8//6/xMA8//s/+z/7//u/+3/7P/t/xQA7f/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD0//n/AAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAABcA3v/r/+b/5f/W/+z/z//h//v/FADs/+3/7P/s/+z/+P/s/+7/7v/s//f/FAD0/+//7P8UAPH/7P/z/+z/9//p/+r/5f/n/+v/2v8aAN7/7P/s/+z/FADs/+z/7P/s/+z/8P8AAAAAAAAUAOz/7P/s/+z/FADs/+v/7P/s/+z/GADv/wAAAAD3/+r/6/8AAPX/7/8AAAAAAAAUAPP/7f/p/+j/AADn/+7/AADY/xMA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADn/+r/6P/o/+z/6v8ZAOn/AAAAAAAAAAAAAAAAAAAAAPr/7f8AAPL/7v8UAO3/7v8AAAAAAAAAAAAAAAAAAAAA7P/s//H/AAAUAOz/7P/s/wAAAAAAABQAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAA7P/w/wAAAAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAWAPH/8v/n//j/AADu/wAAAAAAAAAAAAAAAAAAAAAAABQA+/8AAAAAAAAAAO3/AADm/xgA6//s/+r/7P/o/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAPb/+v/w/wAAAADc/wAAFAD7/wAAAAAAAAAA7f8AAAAA7P8AAAAAAADv//D/FADo/+z/9P/r/+3/GAAAAOb/AAAAAAAAAAAAAAAAAAAAANn/+//t/+H/7P/W/wsACgAAAOz/AAAAAAAA8v/z/xQA7f/s//X/8P/z/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFAAlAOX/+//w/wAAEQDc/9//CQDQ/+z/2P/j/wAAAADV/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAOz/AADp/wAA6//z/+z/+f8HAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAAAA7//5/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/4P/3/wAAFQDs/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/q/+n/6v/s/+v/FgDr/+z/2/8VAOb/7P/G/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/n/9H/6v/X/xEA2P/Y/wUA7P/t/wAAAAAAABQA9P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAJAAAAAAAAAAAAAAAAAAAAAADE/7z/0v/I/8T/KQDH//b/AAAAAAAAAAAAAAAAAAAAAOX/KAAAAPL/3P/n//P/2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAPr/7P8AAAAAFADu/+7/7f/s/xcA6v/r/+r/6v/p/+v/AAAAAAAAAAAAAAAAAAAAAOv/6//s/+v/FQDq/+v/6//s//P/8v/6/+v/9f/p/xcAAAAAAAAAAAAAAAAAAAAAAOz/7P/x/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AADz//r/8f/u/xMAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8AAN//2P/Y/9n/AAD1/7n/5//W/83/3f/V/xoAzP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/r/+v/6//q/+b/FQAAAAAAAAAAAAAAAAAAAAAA6//h/9//GQDa/9r/6//F/wAAAADV/9j/6P/d/9j/2P8AAAAAAAAAAAAAAAAAAAAA4P8AAAAAAAAAAO3/LwAAAPX/7P/4//b/FADt/+3/7P/f/wcA3//r/9//6f8MAO//FwDk/9j/6P/N/8z/z/8KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+P/HADY/8X/6P/Y/wAAAAAAAAAAAAAAAAAAAADe/+f/3f/d/wAA3P8TANX/7P/s/+X/7f/j/xUA7P/u/+z/7P/l/+3/4/8VAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/3v8UAN//6v/s//T/4v/r//L/6f8UAOv/6P/r/+z/9f/i/+P/EgAAAOv/3//H/+r/6P/m/+n/6//o/xcA6f8AAOz/AAAAAAAA8f/4/wYA6P8UAOr/7P/s/wAA7P/r/wAAAAAAAAAAAAAAAAAAAADr/xUA6//s/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+7/7f/s/+3/FAAAACEA7f/3/+7/7//n//f/2P/V/xoAAADY/9f/2P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/s/+b/9v8AAOb/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/xQA7P/s/+z/7P/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADa/+T/6f8AACEA9P/0/+z/7P/s//D/7/8UAOz/7P8AAAAAAADp/wAAAAAZAAAA1//s/9j/2//X/yYA1//o/+z/7P/s/+z/7P8UAOz/7P/U/wAA7v8AAAAAFQDs//X/BwDW/+r/6v8AAPn/7//1/wAAAAAAAAAAAAAAAAAAAADW/93/2v/f/97/AAAAAOv/AAAAAAAAAAAAAAAAAAAAAM3/1f/V/9T/1/8rANj/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/5v/o/+f/6f8ZAOb/4f/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/u/xUA5v8AAAoA4f/m/+z/7P/t/+3/7P8UAOz/7P/s/+3/7P/s/+3/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/GADs/+z/5v/q/+v/tv/Y/+r/9f/i/x0A5f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAAAAZAAAAAAAAAAAA4v8AAAAAIQAAAAAAAAAAAAAAAAAOAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8UAAAAAADs/+z/7/8AAAAAAAAAAAAAAAAAAAAA7f/s//X/8P/z/xQA7v/s/+v/5v/s/+T/8P/r/xYA8P/r/+b/7P/k//D/6/8WAPD/7f/b/+3/AAAAABkA6//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADt/+z/7P/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/v//H/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7//s/+3/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/v/wAAAAAAABQA8//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AADt/wAAAAAUAOz/8v/y/+z/7f/s/+3/7P/s/xQA7f/i/+z/7P/t/+3/GQDu/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/y/+z/7P/s/+v/7v8AAPP/+v8AAO//7v8UAOz/7P/t//P/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAABQA7f/t//j/4P/p/+7/AAD2/x0A6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/1f/e/+v/IQDr/+v/5f8AAAAAAAAAAAAAAAAAAAAA6P8WAOr/6//r/+v/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPj/AAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7f/1/+3/7v/q//T/FwDy//H/AAAAAAAA6//r/+r/5//h/+T/6P/a/xgA6f8oAAAAAADe/wAA2f/Y//L/AAAAAAAAAAAAAAAAAAAAAOX/HADm/+X/5v/o/+D/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAABQA7f/t//j/5//k/+n/6//b/xYA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAAFADt/+3/7P8UAOz/7P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADY/ykA2P/Z/9D/2P/S/+X/AAAKAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAUAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADq/+b/8/8AAAAAGQDo//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAD3/wAAFAAAAOz/AADt/wAA9/8AABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAOv/AAAUAPX/AADt/+3/7f/2//X/MgD7/wAAAAAAAN7/7P8AAAAAAAAAAAAAAAAAAAAA7v/p//X/FgDx/+X/7P/s/wAAAAAAAAAAAAAAAAAAAADp/+r/5f/n/+v/2v8aAN7/6f/q/+X/5//r/9r/GgDe/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA7P/s/+//7P/s/+H/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA6v/j/+r/6P/r/+z/GQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/ygA9v8AAOn/5v/a//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+b/7P/k//D/6/8WAPD/7f/s/+z/7P/s/xQA7P/s/+z/7P/w/xQA7f/w/+z/7P/m/+H/HADk/+b/5P/n/+b/AAAAAAAAAAAAAAAAAAAAAO3/7f/s/+7/+v/s/xQA+P8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/8P/3P/T/zkA2P/Q/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/r/+z/7P8UAO7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7f8AAOz/7P8JAAAAAAAAAAAAAAAAAAAAAADs/9b/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/p/+n/7//b/+L/LwDe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA7v/o//H/7v/p/+v/7v/r/+r/8v/v/xYA7P/u//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+//v/wAAAADr/+z/7P8VAAAAAAAAAAAAAAAAAAAAAADt/+3/+f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+z/7v/s/+v/FADs/+3/+P/a/wAAAAAAABwA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8WAOr/7P/h/+r/6v/r/+v/FgDq/+z/4f/q/+r/6//s//j/7P/r/+z/FADs/+T/AAAAAAAAAAAAAAAAAAAAANr/5f/r//L/2P/w//T/AADt/+//7f8AAAAAFADu/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/n/+f/3f/o/xwA4//i/9j/+//s/+H/7P/Y/wsAAAAHAAAAAAAAAAAAAAAAAAAA7P/3/wAAAAAAAPr/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/5P/b/+P/CQDW/9b/AAAAAAAAAAAAAPP/AAAAAA0AAAAAAAAAAADz/wAAAAANAPD/7P/1/+T/FQDp/+v/2v/r/+z/6//t/+z/FQDr/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADU/x4A4v/Z/+P/6f/j/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAOAPD/9v/4/wAAAADt/+//FAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/8f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/s/xcA7P/s/+v/6P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f8AABQA7P/s/+z/AAAAAAAAAAAAAAwA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDt/+v/7f/t/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P8UAOz/7P/s/+v/2f/r/+T/6v8VAOr/6f/n//T/AAD5/wAA6/8jAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAA+//w/wAA8f8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO7/7v/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+3/8f8AAO7/7P8VAO7/AAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAUAO//AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//q/+v/6//r/xUA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/6P/d/+z/9//5/9X/IgDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/7v8UAOz/7v/C/7j/xP+q//j/4/+7/wAA7P/s//P/AAAUAOz/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/AAAUAOz/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7v/t/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADl/+r/6f/q/+r/6P/q/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//D/7v/6//D/9f8UAPD/AAAAAAAAAAAAAAAAAAAAABcA0v/3/+T/6f/k/+b/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAPv/8P8AAPH/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xQA9P8AAOz/9P/s/wAA3//Y/9r/2P/r/9n/2P8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6f/l/+D/GgDm/9//5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOD/7P/r/xQA6v8AANn/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAPv/AAAAAAAAAAAAAOz/6//k/+3/5f8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA7P/n/+z/6//q/+v/FgDm/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+//7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/7P8AAO3/6//r/+z/AAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAAAAAAABYA8/8UAOz/8//y/+7/7P/s/+z/+/8AAAAAAAAAAAAAFgDz/wAAAAAAAAAAAAAAAAAAAADo/+f/6//u/+3/5v8ZAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAO3/AAAAAOz/7P/u/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA+f/v/wAAAAD5/xMAAAD3/wAAAAAAAAAAAAAAAAAAAADr/wAA9f8AAAAAFQDr/wAA6f/q/+r/6v/q/xcA6f/m/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7P8UAOz/7P/s/+z/FADs/+3/6//s/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/7v/s/xQA7f/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAADt//P/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6v/4/wAAAAD7/+z/AAAVAOr/+P8AAAAA+//s/wAA9/8ZAPr/AAAAAAAA6//6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvP/a/9T/5f/W/97/OwDZ/wAAAAAAAAAAAAAAAAAAAAAAAOz/7//r/wAAAAAbAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/7P/u/+7/7P/3/xQA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+v/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/6//x/+z/7P/r/+3/7P8UAO3/7v/t//b/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/7//yf9JAND/wv/Q/8X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/q/+v/5f/s/xYA6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/7P/t/+z/7f/u/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/FgDp/+r/6v8AAOf/6f/s/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xMA7P/1/+b/7f/s/wcAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAA9v/y/xQA7f/s/+3/AAAAAPb/8v8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAx//L/8//2f8AANr/AAAOANP/FADb/+H/AADM/+b/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/yIA6v/Z/+z/6v/b/9j/2P/X/7f/0P/e/9z/9P/W/xAAAAAAAAAAAAAAAAAAAAAAABkA3f/t/+P/5//d/+n/6v/s/+z/7P/s/+z/7P/s/xQA9P/S/+X/7v/q/7j/AAAaAPn/7P/t/+z/7f/u/xQA7f/f/9n/1f/p/+r/IADi/+n/xv/7/9b/DgDU//D/+f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/l//n/AAAAAOz/CgAUAAAAAAAAAAAAAAAAAAAAAAApANb/0//S/9X/1v/X/+H/AAAAAAAAAAAAAAAAAAAAANH/DQDn//v/4f/v/w0A1//u/wAAAAD1/+7/7v/7/xcAyf/N/93/0f/P/7v/LADf/+n/7P/s/+f/7P/p/+z/FQAAAAAAAAAAAAAAAAAAAAAA6//s/+//7P/s/+z/7P8UAML/6P8fAMn/wP/U/+n/6v8AAAAAAAAAAAAAAAAAAAAAEADd/+f/2f/n//f/5//q/97/3P/l/+n/CwDb/9n/AAAAABQA6v/s/+r/2P/Y/+z/AADW/wAAAAAAAAAAKwAAAOn/6P/r/+j/6//p/+n/FwDZ/+z/6/8AABQA5P/e/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/8T/6v/g/+f/FwDo/+f/AADz/8X/5//u/+H/7P/7/wAA+P8AAAAAAADc/wAAKADo/wAA7P/r/+v/FADq/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAOz/AAAUAPj/3//Y/wUA2f/s//H/z//z//H/NADN/+L/4v/y//b/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/s/+3/7P/s/+z/FADs/+z/9/8ZAPr/AAAAAAAA6//6//L/8f/T//H/3f/4/+7/6f/Y/wAA4v/e/9v/AADZ/+j/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+3/1v8eANz/4//c/8L/AADa/+X/6v/w/+z/7P/r/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/zP/h/+b/5P8LAOr/6P/n/xMA7f/u/+v/7v/s/+v/AAAAAAAAAAAAAAAAAAAAANf/0//i/9v/4v/v/xsA4//v/+n/8//w/+f/5f8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//f/EQDn/9z/1//X/9r/7P/s/+z/7P/s/xQA7P/s/9v/3v/c//j/4v8kAOX/5v8AAAAAAAAAAAAAAAAAAAAAFQAAAPb/9f8AAAAA7f8AANz/tP/L/8T/6f+7/0oA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAPn/8//u//n/9v/s/+z/5f/t/+P/FQDs/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/4f8AAAAAFAAAAPj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/5P/f/+f/7f/f/97/2P8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+z/7P/s/+z/7f/m/+D/6P/q/9r/2P8AAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xQA6v/e/+v/3f8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/8v/v/xYA7P/u//L/AAD7/wAAAAAAAO3/8/8TABQAAAAAAO3/AADs/+z/8//W/yAA1//Y/+f/2P/W/+j/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAACQAAAAAAAAAAAAAAAAAAAAAA6v8UAOz/7P/s/9v/AADs/xQA7P/v/+z/7P/s/+z/7P8VAOv/7P8AAO3/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAADgAAAAAAAAAAAPT/AAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAAAAZAAAA6f8bAPL/7f/s//D/5P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn//T/AAD5/wAA6/8jAPr/AAAAAAAAAAAAAAAAAAAAANn/NADg/+r/5f/p/9D/1//s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOr/6v/Y/97/FQDs/+v/0P/q/xUA6//r/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//v/AAAPAAAA7P/s/xQA7v/u/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAAAADv//n/FQAAAAAAAAAUAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAO//+f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOj/7P/p/+v/AADr/+z/7P/u//L/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADt/+z/9f/w//P/FADu/+z/7P/r/+v/7P/r/+v/FQDr/+3/6v/r/+v/7f/s/xUA7f/s/+z/7P/s/+z/7P8UAOz/FAD4/wAAAAAAAOz/+v/5/xUA7/8AAPD/9P/j/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/1/wAA+v/t/+z/FAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAD1//T/AAAVAAAAAAAAAAAAAAAAAAAAAADk/+v/7P/s/+z/7P/s/xQA7P/s/+v/7P/r/xMA7P/5/wAAAAAAAAAAAAAAAAAAAADU/x4A4v/Z/+P/6f/j/93/5f/r/+z/FADw/+z/7P/q/+z/7P/s/+z/7P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAbAOz/7P/v/+z/7P/h/+z/AAAAAAAAAAAAAAAAAAAAANX/2f/m/+3/6v/f/yoA1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7P/s/+3/7P/s/xQA7P/p/+f/5//q/9//5f/q/xoAAAAAAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAA9P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8YAOj/6v/o/+n/5//o/wAAAAAAAAAAAAAAAAAAAAAUAPb/7f/2//H/7P/s//D/AADp/wAAAAAAAOz/+f8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/o/+v/7f/s/xQA6//s/+z/FADx/+z/7P/s/+z/7P/l/+3/9//v/wAA7P8aAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/7P8AAAAA+v/s/xQA6P/6/wAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8f/s/+z/7P/s/+z/7v/s/+7/7//u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAD1//f/AAAAAAAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//r/AAAAABQA7v/w/wAAAAAAAOL/AAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/1/wAAAAAAAOr/HQAAAAAAAAAAAAAAAAAAAAAAAADr//H/8v/z/+z/7P/1/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAJAAAAAAAAAAAAAAAAAAAAAAD0/+z/7f/t/+3/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+j/6//q/+v/FQAAAAAAAAAAAAAA3P8AACUA7P/t/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs//T/7P8AAAAAFADt/+3/AAAAAAAAAAAAAAAAAAAAAOf/9f8AAPT/9P/t/xkA8//r/wAA9f8AAAAAFQDr/wAAAAAAAAAAAAAAAAAAAAAAANj/5//n/93/6P8cAOP/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAPX/AAAUAPn/7/8AAAAAAAAAAAAA3P8AACUA2//e/9z/+P/i/yQA5f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAD7/+3/7//t/wAAAAAUAO7/7v/p/+r/6P/p/+v/FwDp/+n/+P/l//X/AAAAABgA7f8AAPr/7f8AAPL/7v8UAO3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/s/+z/FADs/+z/7P/u/+z/7P/s/xQA7P/s/8P/3f/d//T/AAAnAOf/5P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADt/+z/AAAAAAAAFADs/+z/7P/s/+3/7P/s/xUA7P/n/+H/2/8AAOv/6v8oANj/5f/s/+z/7P/r/+z/6//s/xQAIAAAAAAAAAAAAN3/8//7/8v/4/8AAO//AAAaAAAA7f/7//r/9//q/wAALAD0/+T/AAAAAAAAAAAAAAAAAAAAANr/7P/o/+L/7P/m/+v/FwD7/+z/AAAAAAAABgDt/+7/7P/s/+z/8P/v/xQA7P/s/wAAAAAAABQAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADt/wAA9f8AABQA+f/v/wAA5v8AAPX/AAAjAO3/5/8AAAAAAAAAAAAAAAAAAAAAyv/O/9r/8//2/y0AzP/6/wAAAAAAABQAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/6//s/xQAAADz//v/AADu/9z/5/8iAAAAAAAAAAAA+v8AAAAACQDv/+z/8P/x/+//7P/s/xQAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/FQDo/+z/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/JgDr//n/9f/y/+f/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM//X/7f8fAPH/9P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//h/+T/0P/o/9H/GgDj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/9P/s//D/6/8VAO3/GgDp/+r/AAAAAPL/5/8AAAkAEADn/+b/5f/a/+H/y//s/+z/7f/y/+z/FADs/+z/7P8UAPr/7f8AAO//7//v/+v/6//r/+j/6//q/+v/FQDl/+r/8P/s/+z/6//s/xUA7P8UAO3/7//u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xUA7P/t/+z/2P/o//D/9v8WAAAA6/8AAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//P/7/8AAPP/+v8TAPP/2f8fAOz/6f/g/9//zf/o/+//FADs/wAA9f/s/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xQA7P/7//T/7P/s//D/7/8UAOz/AAD1/+z/7P/x/+n/6v/l/+f/6//a/xoA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAO//FADs//D/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAGQDz/+3/7v8AAOr/5f/t//v/7P8AAAAAAAAGAO3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/3P/o/+H/5/8fAOD/5P/s/+z/7//s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7f/z//f/8//z/xQAAAD1//r/AADu/+7/FAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/wAA+f/s/xQA+P8UAO3/9f/v/+z/7P/s/+z/6v8UAO//8P/u/wcA7P/w/+f/3P/o/8r/1//L/x4A0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/HADr/+n/4v/b/8b/6v8AAAAAAAAAAAAAEwDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/o/+n/6/8XAOn/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/8n/0P/T/83/t/9LANb/7P/s/xQA7v/u/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAAAAFgDz/wAAAAAAAAAAAAAAAAAAAADr/w8A2f/Y/wAA6//c/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAy//Y/9f/y//Q/9L/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/s/+7/7P/t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+3/AADy/+7/FADt/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8bAOv/6P/i/+z/5P/n/wAAAAAAAAAAAAAAAAAAAADr/9j/7v/s/wAA6/8UANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/+v/x//T/IgDm/+b/AAAAAAAAAAAAAAAAAAAAAPj/FAAAAPb/7f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//D/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/y/+3/8f8AAO7/7P8VAO7/6P8UAPT/AADs//T/7P8AAN7/6P/p/yMA5P/m/9r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/r/+z/7P8UAO7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/l/9f/HwDp/9X/5/8AAAAAAAAAAAAAAAAAAAAAAADz/wAA9v/7/xUA+v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAD6/wAAAAAQAAAAAAAAAAAADQD6/wAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAA+v8AAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA9f8AAPr/8v/v/xYAAAAAAAAAAAAAAAAAAAAKAO7/AAAAAPv/8P8AAPH/HQAAAAAAAAAAAAAAAAAAAAAA+P/V/+//3f/G/9j/6//I/+z/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAD1/wAA+v/y/+//FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAD2/wAAAAAAAAAAAAAAAAAAAADb/9r/5v/g/xAA3f/q//L/7v/y/+//AADy//j/EwDy/wAAAAAAAAAA8/8AAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//8//v/wAA8//6/xMA8//s/+z/7P/s/+z/7P8UAOz/7P/r/+z/7f8VAOz/6//r/9j/FQDp/+3/7f/u/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/2f/s/xMA2P/f/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/8b/FADH/+j/7P8AANn/6v/s/+z/7P/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/CAAAAOX/0//a/+H/3v/p/wAAAAAAAAAAAAAAAAAAAADp/+z/7P8UAOz/7f/s/+z/7f/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAA9v8AAPP/FAAAAAAAAAAAAAAAAAAAAAAA5P/J/8f/4v/l/x0A6P/k/9f/1/8rANX/2//S/9P/zf8AAAAAAAAAAAAAAAAAAAAAx//l/wAADgDa/73/6f/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/xMA6v/h/+f/AADm/9f/5//l/xAA6f8UAO//6//s//H/8//p/9r/AADo/+n/9//k/+T/1f8NAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/GQDe/+z/7P/2/9z/7P8AAAAAAAAUAAAAAAAAAOz/+v8YAAAAAADy/wAA6f/6/+z/6v/s/+b/6//p/xUA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/v/xQA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA+/8AAAAAAAAAAA0Azf/h/9j/wv8NAM3/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/1v/L/xgA2f/p//D/wP8AAAAAAAAAAAAAAAAAAAAA+f/s/+3/7P/t/+7/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/d/+3/6v/Y/xEA6f/x/wAAAAAAAAAAAAAAAAAAAADt/+3/FADs/+3/7P/s/+z/+//5/+z/7f8AAO3/FAD6/wcA2f/e/9//AADq/wAAAAC1/xEAGgDG/9n/vf/M/77/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s//L/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOj/0//S/9P/FADt/8X/7P8UAOz/7P/u/+z/7P/s/x8A7f/0/+f/+v/c/+T/7P8UAAAA7P8AAPb/7P/s/+3/GADu/wAAAAD1/+r/6/8AABQA8v8AAPv/9P/r/+z/AAARAAAAAAAAAAAAAADw/wAAFADs/+3/7v/t/+z/7P/s/+3/6//s/+z/FADu/+z/7P/s/+z/FADs/+3/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/+/8AAOX/9P8AAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/d/+n/9v8AAPT/JQAAABAAAAD7/+3/3v/q/+z/4P8GANr/5v/s/97/2v8AAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAN3/8//7/wAACgAAAAAAAAAAAPn/AADn/xcA6//p/+f/6v/p/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/xQA7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+v/7P/s/xQA7v/s/+z/6f/q/+v/7P/r/xcA6f/s/wAAAAAAAAAAAAAAAAAAAADn/+z/7f/s/+z/7P/s/xQA5v/m/+f/9f/t/xYA1f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/q//D/7P/s/+v/7P8VAPr/AAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/wAAAAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/wAAAAAAABQA7P/s/xQA7f/3//H/7v/s/+z/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/AAD6/wAAAAAAABQA8P8VAOv/8P/u/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7v/u/+z/6//s/+z/7P8UAO7/7v/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAFAD7/wAA+v8AAPP/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt/9n/GQDW/93/6f/p/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+b/GADp/+j/6f/k/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//D/JAD7//r/3v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/7//p/+v/7P/r/wAAAAAAAAAAAAAAAAAAAADi/w0A2P/Z/9n/6P8AAOL/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/FADs/+z/0P/t/+v/4f/n/x0A6v/n/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAA+P8AAAAA7/8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAO7/7P8AAPv/7//h/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9n/KADX/+j/2//Y/9v/AAAAAAAAAAAAAAAAAAAKABQA+/8AAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+z/7//s/xQA7v8UAPv/AAAAAAAAAADt/wAA5//p//v/9/8AAPD/GQAAANn/x//p/+v/6f/d/+f/IAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5P/m/+n/7P8VAOz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/AADv/wAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAD4/xQAAAAAAOz/7P/v/wAAAAAAAAAAAAAAAAAAAADC/8z/2P/V/9f/DwD6/8j/AADp/+3/9P/s/xMA7P/Y/+n/4f/n/9z/5v/i/+n/GwAAAAAAAAAAAAAAAAAAAAAAzf/n/+j/5v/p/yQA5v/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/s/+z/9P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAABwDW/+r/6v8AAPn/7//1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADy//j/AAD3/+z/7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAAAD7//D/AADx/x0A9f/o/xkA6v/r/+v/5f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAEQAAAO7/AAAAAPv/8P8AAPH/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//7f8AAAAA7P/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+j/6//t/+z/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArv/p/+P/0f/T/83/LQDM//T/JgDr//n/9f/y/+f/7P/r/xYA6v/s/+H/6v/q/+v/+f/s/+3/7P/t/+7/FADt/wAAEQAAAAAAAAAAAPD/AAAAABwA6P/m//T/5v/k//j/7P8UAOz/7f/u/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/7v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/w/wAAAAAAABMA9P/t/+z/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6//p/+z/6//s/+n/FgDq/+v/6v/d/+H/2v/e/9r/FgDs/+z/7f/s/+z/7P/s/xQA7P/s/+z/7P/t/+z/FADu/+z/7P/s/+z/7f/s/xQA7v8AANb/3v/j/+D/2f8AAOT/7P/s/+z/7P/s/xQA7P/s/+r/z//q/+j/6P8WAOn/6v8AAOz/AAAAAAAAAADy/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/7//n/7P/t/wAA7f8UAPr/7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/6/8VAOr/7P/s/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8YAOj/6v/l/+n/6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/JQDe/+n/2f/Z/97/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA9f8WAAAA+f/v/+7/8f/s/+7/GgDu//D/7P/v/+X/7f/w/xoA9//3//f/5//n//r/AAAAAAAAAAAAAAAAAAAAAOv/6//s//X/9P/s/xUA7P/4/yAA6P8AAPH/AADh/wAA4/8XAPD/+f/r//b/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+P8AAAAAAADs//r/+f8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOj/JwDr//f/3f/X/+P/3P8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAD3/wAA9f/w/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//4P/T/+D/3f8mAN//2v8AAAAAAAAAAAAAAAAAAAAA8//r/+7/9f/0/9D/6P8NABQA7f/1/+//7P/s/+z/7P/n/+D/1P/Z/9j/IgDl/9X/AAAAAAAAAAAAAAAAAAAAAO7/7P8AABQA7f/s/+z/7P/p/x0Avv/a/9v/6v/M/83/7P/s//H/AAAUAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+z/7v/u/+z/9/8UAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/HgDb/+P/5P/e/+P/4//u/wAA6v8AAAAA9/8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/+z/+v/s/+3/7v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAN3/3f/g/+v/3v/U/+P/IgAAAAAAAAAAAAAAAAAAAAAA8/8UAAAAAAD2/+3/7P8AAOz/FwDq/+v/6v/q/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/t/xgA9P/z//T/7P/n//f/7P/n/+z/7P/s/9v/GADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/+z/FADs/+3/7f/s/+z/7P/t/xUA7P/p/+z/6//r/+z/7f8VAOn/AAD0/wAA7v/6/wAAAAAAAAAAAAAAAAAAAADp/xsA8v/t/+z/8P/k/+v/8P/s//X/5P8VAOn/6//a/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7f/s/+z/8f/t/+z/7P8UAOz/7P/s/+z/7P8UAOz/7P/r/+T/6P/q/+//5v8dAOn/AAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAABEAAAAAAPD/AAAAAAAAAAAbAAAA6v/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8XAOr/7P/r/+r/6v/r/+X/GgDr/+3/7P/u/+b/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/xQA7P8AAAAAAAAAAPP/AAAAAAAAAAAAAAAAAAAAAAAAEQDp/+r/zP/V/+r/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//q/+j/GAD4/+z/4//l/wAAAAAAAAAAAAAAAAAAAAAfAPr/AAAAAAAAAADj/wAA7//p/+z/FADt/8z/6//r/+P/8f/i/9z/2//s/xcA7/8gAPP/AAD4/wAA6v/b/+7/FgDt//H/+f/3/+3/6f/z/xQA7v/7/+7/AAAAAO7/9v8AAAAAAAAAAAAAAAAAAAAAFAD4/wAAAAAAAOz/+v/5/+P/1v8aANb/6//h/+z/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAADs//P/+P/v//H/+P8VAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOr/+P8AAAAA6//o/wAAAAAAAAAAAAAAAAAAAAAAAOv/2v/t/9n/7P8AAAcA5P/q/+v/6//t/+z/7P8WAOz/3v/k/+P/IADh/+H/4P/j/yoAAAAAAAAAAADa/9//AAAAAAAAAAAAAAAAAAAAAAAAIgC5/+T/0f/p/8H/4//s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7v/w/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAMz/CgDX/97/4P/1//D/4P8WAPP/7f8AAPP/6P/s//X/CgDq/+H/+f/p/8j/AADY/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//L/7f8UAPL/FAAAAAAA7f8AAOz/7P/z/wAAAAAAAAAAAAAAAAAAAADl/+v/7f/t/wAAAAAAAAAAAADs/9//7f/t/xAA2P/q/xkA5P/0//r/AADp/+f/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt//f/8f/u/+z/7P/7/xUA9f8AAAAAAAD0/+r/AAAIAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAACkAAAAAAAAAAADu/83/AADq/9//7P8AAOz/7P8AANz/AAAAAAAAAAAAAAAAAAAAAOD/2f/h/+7/+P/b/yUA9v8AAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8AAAAAAAAAAOf/IgAAAAAAAAAAAAAAAAAAAAAAAAAVAOr/6//q//H/7P/s//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8//t/+z/7P8UAPf/sf/S/+b/5P8LAOf/+P8AAAAAAAAAAAAAAAAAAAAA7P8UAPr/7f8AAO//7//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAABwDW/+r/6v8AAPn/7//1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAA0AAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/xUA5//j/+n/5//r/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA7P8UAOz/7P/v/+z/7P/s/+z/7P/s/+//7v/t/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/v//T/7v/6/9v/LADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAv//0/9L/1v/B/+b/xv8nANf/7P/j/+L/7//H/wAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+v/4P/Z/yAA3P/k/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/s/+z/FQDm/+r/7P/p/xgA8v/v/+z/7//o/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/i/+3/6//s/+v/FAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xsAAAAAAAAAAAAAAAAAFADs//T/6//s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAUAPn/7f/5//H/9v/s//n/FADy/wAAAAD1/+7/7P8AAAAAAAAAAAAAAAAAAAAAAADv/yUA6//t/+X/7P/o/+v/7P8UAPT/AADx/wAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/+//AADt/+z/7P/2/wAAFAAAAAAAAAAAAPD/AAAAABEAAAAAAAAAAADw/wAA6/8VAPL/6P/r/+f/6v/n/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//L/7f8UAPL/AAAAAAAAAAAAAAAAAAAAANz/1//q//f/4P/s/ykA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAPP/AAAAAAAAAAAAAAAAAAAAAAAA6//s/+n/7P/s/+r/FQDs/9n/zP/R/+P/3//H/zUA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/6P8ZAOr/6//r/+X/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/JAD2//H/6//0/wAA6v/v/+z/8P/x/+//7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/EQAAABcA3v/r/+b/5f/W/+z/z//r/+v/6v/p/+r/FgDp/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAADq/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/xUA8f/z/+z/7//q/+7/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/6f/q/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/+P8AAOr/AAAeAAAA4/8AAAAAAAAAAAAA7f8AABMA7P/w/wAAAAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P8AAAAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPf/+P/w//v/7P8AAOz/8v/v/+7/7v/t/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPj/AAAAAAAA7P/6//n/AAAAAAAAAAAAAAAAAAAAAOj/FADr/+r/6v/l//v/7P8gAPH/9//k/+z/4//j/9n/AAAAAAAAAAAAAAAAAAAAABUA6//s/+z/7P/q/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7/8AAAAAAAAUAPP/7f/n/xUA6v/q/+v/6//p/+b/5f/m//D/4f/g/yoA2f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAUAPT/7f9IAKn/0f/R/77/wP++/73/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/FADs/+z/AAAAAAAAAAD3/wAAAAAQANf/6v/X/+D/5f/n/9X/LAAAAAAAFAD7/wAA+v8AAPP/7P/v/wAAAAAAABQA7P/s/wcA5v/Q/wwAwP/m/+r/yf/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADi/+r/2//i/+z/KADZ/+v/2P/j/+n/2f/s//D/2P8mABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/xQA7P/s/+X/8f/0/wAAAAAYAPL/7f8AAAAAAAAAAAAA2P8AACgAAAAAAAAAAAAAAAAAAAAAABoA7//2/wAAAADy/+b/AAAAAAAAAAAAAAAAAAAAAAAAy/8MAND/0v8PAPv/0//R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/+P/k/wwA0f/J/9v/AADs/+z/7f/u//n/FADt/+z/2//e/+n/GADi/+b/3P/e/wAAAAAAAAAAAAAAAAAAAAD5/+z/7f/s/+3/7v8UAO3/EwDp/93/7P/t/+//7//s/wAAAAAAAAAAAAAAAAAAAAANAN//AADS//f/s//a/6j/AAAAAAAAAAAAAAAAAAAAAOf/7P/x/+T/+//s/xkA7v8AAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFwAAAAAA2P/s/+v/6f/s/+j/DwDs/+z/7P8UAOz/7P/s/+z/8P8VAAAAAAAAAAAA8f/s/wAAAAAAAAAAAAAAAAAAAADq/+v/6v/s/+z/7/8VAOz/6v/j/9z/z//b/x4Axv/b/wAAAAAAAAAAAAAAAAAAAAD4/+b/AACw/7z/qv/5/9H/1//q/+j/1v/k/9P/8P8lAOv/AADe/+b/3f/n/xEA1/8AAAAAAAAAAAAAAAAAAAAABwDj/9z/5//u//r/xf/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//Y/wAA2v/p/xIA5f/l/xQA8v8AAPv/9P/r/+z/AAARAAAAAAAAAAAAAADw/wAAFADs/+3/7v/t/+z/7P/s/+z/8P8AAAAAAAAUAOz/7P/1/xYAAAD5/+//7v/x/+z/AAAAAAAAAAAAAAAAAAAAAMb/AADU/+n/5//O/wAAEADs//D/AAAAAAAAFADs/+z/4P8kAOz/5f/o/+7/3v/j/xQA7P/v/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/OgD5/+r/2f/T/8z/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/z/+3/7P8UAO3/7P/s/+3/8//t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//F/+j/6//r/+n/GQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+z/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA6P8XAPj/6v8AAPX/8v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/1//D/8/8UAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7v/v/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/n//L/8//z/ygA2P/Y/+z/8P8AAAAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/AAAAAAAAFADs/+z/7P/x/wAAAAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P8AAAAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQA7P/a//j/4//i/8//4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/4f8AAAAA+P/s/x8A2P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+z/AADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/s/+z/7P/s/+z/7P8bAOz/7P/v/+z/7P/h/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/FADs/+z/7P/r/+j/5//Y/yEA6v/N/+P/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+3/FQDs/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/7P8AAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/9f/+f/4/+7/+f8VAOj/FgDp/+r/6f/q/+r/6v8AABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/+X/5v/a/+v/FwDq/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/x0A5P/j/+b/6P/h/+b/AAAAAAAAAAAAAAAAAAAAAOX/4//p/+z/6//m/xcA5/8pAAAAAAAAAAAA7v/N/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/FwD4/+r/AAD1//L/6f/r/+r/3f/h/9r/3v/a/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/6/8TAOz/+f8AAAAAAAAAAAAAAAAAAAAA5f8ZAOj/4//n/+H/4P/o/+7/FAD4/wAA8f/t/+//7/8AABMAAAAAAPn/AADx/wAA7P8UAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//b/AAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDt//X/7f/u/+r/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADG/7r/xf/M/w0AvP+9/+T/GQDs//P/7P/v/+f/7v8AAAAAAAAAAAAAAAAAAAAA7P/p/+z/7P/s/+v/FADs/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD3//j/8P/7/+z/AAAAAAAAAAAAAAAAAAAAAAAA6/8VAOj/3v/p/+X/5f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAADw/+7/7v8AAAAAFgAAAAAA7P8AAOr/+v+u/93/2f++/7T/v/8rAMX/3v8ZANn/5v/Z/97/6v/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/EwAAAO//AAAAAO//AAAAAAAAAAAAAAAAAAAAAAAA4P/r/+v/7//p//X/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+X/7v/t/+z/7P8YAPb/AAAAAAAAAAAAAAAAAAAAAPT/KAD2/wAA6f/m/9r/+f8AABQA9f8AAO3/7f/t//b/7P8UAOz/AADs/+z/2P/j//D/FADt/+7/7f/t/+z/7P8UAOz/AAAAAAAAAADz/wAA7P8TAO3/8f/g/+D/8f/2/wAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAPX/AADt/wAAAAAMAAAAAAAAAAAAAAAAAOz/KAD7//r/9//f/9j/7f8AABYA7f/1/+3/7v/q//T/5v8dAOj/5v/l/+n/1f/i/+z/HQDk/+j/5f/n/+D/8P8AAAAAAAAAAAAAAAAAAAAA4/8bAOb/3P/l/+b/5v/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD3//j/8P/7/+z/AADu/yIA6f/s/+j/5//d/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/ycA2v/i/+D/4P/T/9z/+v8AAAAA8P/z//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/4//p/+f/6v/r/xoA6/8AAAAAAAAAAAAAAAAAAAAA4f8wAOH/6//e/+n/zf/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/6//s/+z/7P/s/9b/IgDG/9P/7v/Y/8P/xv/k/xoA4P/p/+v/4//m/+v/IAAAAAAAAAAAAN3/8//7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAADd//T/AAAAAO3/FADU/wAA1v8uAPr/AAAAAAAA0v8AAPj/FAAAAPb/7f/s/+v/7P/5/xUA8f/z/+z/7//q/+7/AAAAAAAAAAAAAAAAAAAAAPD/FQAAAAAAAAAAAPH/7P/t/xQA7P/s/+z/7P/s/+3/5f8dAOr/5v/l/+v/z//a/+X/GgDr/+3/7P/u/+b/6v8AAAAAAAAAAAAAAAAAAAAA6f8XAOn/5P/q/+f/6P/q/+P/FwDw//n/6//2/+r/6v/s/xQA7f/t/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAFAD3/wAA7v/z/+z/7v/u/xQA+P8AAPH/7f/v/+//AAAAAAAAAAAAAAAAAAAAAOv/1f/e/+v/IQDr/+v/5f8AAAAAAAAAAAAAAAAAAAAA+v8SAOn/7P/r/+j/1//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAA5v8ZAOn/6v/p/+n/5v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8aAOv/7f/s/+7/5v/q/+n/FwDp/+T/6v/n/+j/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8XAPD/+f/r//b/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7f/s/+z/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADj/xcA8P/5/+v/9v/q/+r/6f8XAOn/5P/q/+f/6P/q/+z/FADt/+3/7P/t/+z/7P8AACgAAAAAAAAAAADZ/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P/n/+n/GADo/+n/6P/o/+j/AAAAAAAAAAAAAAAAAAAAAOv/FADs/+r/7P/s/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8YAOr/6f/h/+X/6P/h/+b/4v/o//D/+v/i/xwA9f8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7//u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAPH/AADu/wAAAAAZAAAAAAAAAAAA6P8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+3/yP8vAMz/yP/O/9j/3v/N/wAAAAAAAAAAAAAAAAAAAAD2/+7/AADu//T/+P8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8AAOz/6v/g/+r/5v8UAAAAAAAAAAAAAAAAAAAAAADv/xQA7P8AAPX/7P/s//H/7P8UAPH/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P8WAOv/6//r/+z/5v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA8P8AAOz/7P/s/+z/7P/s/xQA7P8UAOz/7P/v/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7P/s/+z/7P/n/+r/5//r/x0A5f/q/+H/AAAQAAAAAAAAAAAA8/8AABQAAADp/+P/2P/Z/+r/2P/h//v/FADs/+3/7P/s/+z/2P/q/9v/1/8iAAAA1P/E/+v/6//6/+r/8f8WAOv/7f8AAAAAAAAAAAAAAAAAAAAAAAAUAPf/AADu//P/7P/u/wAAAAAAAAAAAAAAAAAAAADt/+z/9f/w//P/FADu/+z/7//s/xQA8f/s//P/7P/3/wAAAAAAABQAAAAAAAAA7P/r/+v/7P8UAO7/6f/s/+v/7P/r/+z/7f8VAOz/6//r/+n/+/8AAOX/9P8AAAAABgAAAAAAAAAAAAAAAAAAAAAA7P/w/wAAAAAAABQA7P/s/+z/7P/v/+7/7f/s/+3/FAAAAAAAAAAAAAAAAAAAAAAA8P8oAOr/7v/n/+z/5P/q/wAAAAAAAAAAAAAAAAAAAADs/+r/7P/p/+z/7P8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/8f8SAAAA5f/r/+j/6/8WAOz/2v/q/+v/6v/l/9r/0f/r/9n/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AADv/xkA+v/s//X/+v8AAO3/AAD3/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA2f/U/+D/4/8dAMT/4P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s//H/7P/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/xQA7P/s/xoA7//2/wAAAADy/+b/AADz//X/5P/Z/9f/9P/W/wAA7P/u//L/7P/t/+z/FADs//X/7P/4//b/FADt/+3/7P8AAAAAAAAAAAAAAAAAAAAA5v/d/+j/6f/x/xsA5//s/+3/7//t/wAAAAAUAO7/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/GADo/+r/6P/p/+f/6P/6/9n/wf/e/9z/DQDT/+v/7f/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAPT/AAD4//j/EgD5//r/7P/s/+b/6f/p/xgA2P/r/wAAAAAAAO//7/8AAOz/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/9f/n/+D/4P/k/w4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P8AABQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//Z/93/4P/g/ygA2P/f/+7/7f/E/xEAzv/I/wAAzv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAO//9v8AAAAA8v/m/wAA6/8VAAAA7v/s/+z/5P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/Z/+v/1f8zAMz/1P/a/wAAAAAAAAAAAAAAAAAAAADc/9v/x//P/xEA8//m/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA7P8AAPv/AAAAAAAA7f/z/xMAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/s/+v/7f/t/+z/FADs/+z/1//c/+H/t//q/ygA1P/l/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAPL/AAAAAA8A6v/h/+z/6f8yAOf/5//K/+z/7P/s/+z/7P/r/9z/FwAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P8AAAAAAAAUAOz/7P8UAAAA7P8AAPb/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOL/5P/k/9b/FADf/9D/7v/s/+z/7P8UAOz/7P/s/+z/7P8UAOz/7P/s/+z/7P/w/wAAAAAAAAAAAAAAAAAAAADf/+D/4f/Y/+z/1v8qAOz/7P/p/+z/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/q/+n/6v/q/+j/6v8XAOX/3P/v/+z/2//q/xgA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD6/+3/AADv/+//7//s/+z/7P8UAOv/6f/j/wAA2P8WAOP/6P/n/+X/4f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADx/+z/7P/s/+z/7P/k/+z/+v8VAOz/7P/s/+r/AAAAAAAAAAAAAO3/AAATAOv/6//r/+j/6//q/+v/FQDS/+H/7f/j/+j/EwDp/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+7/7f/s/+z/7P8UAPH/XgAAAPr/4//l/8H/+P/t/+z/8v/v/+z/7P/v/xUA9P8mAOv/+f/1//L/5//s//D/7P/1/+T/FQDp/+v/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xUA6v/q/+v/6//p/+b/7P/s/+z/7P/s/+z/FADt/+z/HQDk/+j/5f/n/+D/8P/t/+z/7P/t/xQA7P/Z//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvANH/3v/j/9b/1P/Z/+H/FQDw/wAA9P/6/+z/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+v/6v/s/xcA1//n/wAAAAAAAAAAAAAAAAAAAADr/+z/AADz/+3/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/+//AAAAAOv/7P/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+X/7P/z/wAA4v/u/xUA+/8UAPr/+f/w/9z/+f/y/+z/7P/s/+z/7P8UAOz/6//s/xQA8f/s/+z/7P/s/+z/5v8aAPr/+f8AAPf/7f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7v/t/+z/7f8UAOz/7v/y/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7v/s//f/7P/w/xQA6//t/+3/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x/wAAFADs/+z/7P/s/+z/7f/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/7P/s/xQA7P8ZAPT/9P8AAPT/5//n//n/+v8AAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//d/+j/6v/l/+r/BwAAAOz/7P/s/+3/8v/t/xQA8v/s/+z/7P/t//L/7f8UAPL/7P/s/+z/7f/y/+3/FADy/+7/FAD4/wAA8f/t/+//7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/FQDr/+j/6v/r/+v/6//s/xQA7P/s/+7/7P/s/+3/FAAAAO3/AAAAAOz/7P/u/xQAAADt/wAAAADs/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/AADs/+3/AADr/+v/2v8AAAAAAAAAAAAAAAAAAAAA6//q//L/7/8WAOz/7v/y/wAAAAAAAAAAAAAAAAAAAADr/+r/8v/v/xYA7P/u//L/AAAAAAAAAAAAAAAAAAAAAMP/0//c/8//JQDi/87/5P/F/93/2v/P/w0A3f/e//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACu/83/5v/B/yoAsv/A/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/yEA3f/b/+L/2f/h/9//AAAAAAAAAAAAAAAAAAAAAOn/5f/v/+z/AADn/+X/AADr//H/8v/z/+z/7P/1/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/xkA4//i/+r/4f/p/+L/5v/v/+z/AAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8f/0//b/7v/s/+z/AAAUAAAAAAAAAO3/+P8AAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA7f/4/wAAAAAAAAAAAAAAAAAAAAAAABQA8P/v//v/9P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/HgAAAAAAAAD6//L/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/t/+j/7P/s/+H/BwAUAOz/7f/s/+z/4P/t/+z/4P/y//D/FAAAAOz/3P/s/+r/5P/l/+b/6v8YAOD/7P/s/+z/7P8WAOv/7P8AAAAAAAAAAAAAAAAAAAAAzf/X/9b/2v/Z/wAAAADU/wAAAAAAAAAAAAAAAAAAAADw//j/+f8AAAAA7f/v/xQAyv8SAMD/zv/d/97/xf8TAAAAAAAAAAAAAAAAAAAAAAAAANb/1v/p/9f/1//U/wAAAAAAAAAAAAAAAAAAAAAAAO7/7f8AAAAAAADp/wAAFwAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAMb/9/8tAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/6/8UAOz/FQDY/+3/5v/s/+D/2P8AABUA6//t/+3/6//q/+v/7P8HAN3/4f/v/+z/3//r//n/AAAAAAAAAAAAAAAAAAAAAOb/5//p/+v/7//m/+r/GwAAAPj/AAD5/wAAEwAAAPb/7P/t/+7/AAAAAO7/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/6f8AAAAA6f8nAOv/7f/s//r/7P/t/+7/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+z/8v/z//H/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/FQDr/+3/7P/s/+v/7P/s/+z/7P/u/+z/FADs/+z/2P/3/+3/AADr/+3/CADo/wAACgAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAFADu//v/AADz/93/4v/s/+z/8//y//r/6//1/+n/FwDn//T/3//i/9X/HwDl/8v/1P/E/+D/3P86ANb/xv/V/9n/6v/r/+H/6f8PAAAA2P8UAOz/7P/v/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAAAAAADs/+z/8f8AAPL/7P/s/xQA6//t/wAAAAAAAA8A9v/0/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+v/+v/q//H/FgDr/+3/AAAAAAAAAAAAAAAAAAAAAPb/7v/s/wAA7P8UAOz/9P8QAPj/AAAAAAAAAAD0/wAAAAAAAAAAFAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xUA6v/j/+v/AADh/9z/AAAAAAAAAAAAAAAAAAAAAOn/7P/s/+3/7P/m/xUA7P/Z/9j/2//r/93/CwDm/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA8P8AACYA2f/q/9r/5v/b/9//2f/s/+v/7f/t/+z/8/8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+j/5//T/+b/6//l/xYAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+3/7P8AAAAAAAAAAAAAAAAAAAAA7f/t//X/AAD6/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//a/9//2v/Y/+P/2f8oAPP/1v/b/+v/6/8PAOD/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//Y/9j/2f/Z/ygA2v/Y/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/v/+z/7P/s/xQA9P8aAPL/+P/v/+r/5v/x/w0A0P/b/+7/3f/Q/9j/9P/p/+z/7P/o/+z/6v/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xUA6v/q/+v/6//n/+n/6//q/+z/7P8VAOb/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AABMAAAAAAAAAAAAAAAAAAAAAABQA8v8AAPv/9P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/8f/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADc/+r/6//e/+n/5/8iAOH/1f/u/+P/9v/W/0QAwf/G/wAAAAAAAAAAAAD4/wAADQDY/9T/4f/U/9j/KQDY/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/n/+T/5P/l/93/HADi/wAAAAAAAAAAAAAAAAAAAAAUAO7/7f/s/+3/6//s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/2P/a/+X/AADc/wwA2P8AANv/1//n/+f/2//V/w8A7v8UAPj/AADx/+3/7//v/+v/6P/q/+v/FADq/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//r/+r/6f/q/xYA6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/7/wAA7P/v/yIAAADV/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA8P8AAAAA+/8AAAAAAADt//P/EwDl/+P/6f/s/+v/5v8XAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/s/+z/FADs/+z/z//a/woA0f/a/9j/AAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAr/8aAOH/7v/u/9X/9f/x/+D/4P/o/93/4v/a/yAA4v8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAABQA7f/t/wAAAAAAAAAAAADY/wAAKAAAAOz/AAAAAAAA8v/z/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//r/+v/7P/s/+v/6/8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/r/+z/7P8UAOz/AAAAAPT/+P/4/wAAEQD5//T/5f/s//P/AADi/+7/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOn/FwDp/+T/6v/n/+j/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+7/7f8AAO3/EwDs/wAABgDp/9H/vf/F/8b/AADa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/l/9v/2P/k/+X/JQDy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDn/wAAAAAAAOr/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7f8AAO//7P8UAPL/AAASAAAAAAAAAAAA8/8AAAAAAAAAAAAAAAAAAAAAAAAfANf/4f/k/9j/1//Y/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/ykA2f/5//v/9P/Y/+X/7/8lAOv/7f/l/+z/6P/r/+H/AAD7//D/+P8jAAAA4//r/+f/3f/o/wAAIgDQ/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAADw/wAA7P/s/+3/AAD0/+z/FADs/wAAFAAAAAAAAAAAAOz/AAAAAAsAr/+y/8z/4P+2/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPn/7f/5//H/9v/s//n/EwDr/+T/3//k/9b/8//u/wAAAAAAAAAAAAAAAAAAAADa/ygA1f/X/9z/0v/S/83/JwAAAAAAAAAAAPP/0v8AABkA5f/m/+r/6P/n/+b/6P8YAO//AAAAAPf/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAGADW/8b/0v/S/+P/7P/c/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/s/+3/7f/s/9z/HQDo/xAA+P8AAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//p/+n/4f8UAA0A7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQDs/+z/6//s/+L/2f8LAPj/zP/D/83/0P/h/+X/AAAAAAAAAAAAAAAAAAAAAOn/1/8IANn/6v/p/+b/CAAAAAAAAAAAAAAAAAAAAAAAyv/a/wAAv//A/9P/+f8NAPX/7P/4//b/FADt/+3/7P8AAAAAAAAAAAAAAAAAAAAA6P8GAOn/4//h/+n/w/8VANb/AADw/w0A3v/O/9H/1//M/wsA0f/n/wwA4//g/9f/+P8UAAAA9v/t/+z/6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8jAOz/7P/Z/9v/7P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+v/7P8VAOz/6//s/+z/7P/r/+z/6f/s/xQAIAAAAAAAAAAAAN3/8//7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/2//j/AAAAAO3/7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//0//b/AAAAAO3/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/s/+7/7P/s/+z/7P8aAO//9v8AAAAA8v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/yP+q/8z/0/8SAOr/9v8uANT/2v/l/+D/1P/K/8n/AAAAAAAAAAAAAAAAAAAAACYA3P/o/9r/0P/k/9j/5v8UAOX/3f/t/+r/6f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAOX/6f/s/+r/5f/q/+j/FgDb/+v/7f/m/+v/6//k/xUA7f/r/+3/7f/s/+v/7P8jANn/5f/b/9r/3P/d/93/7P/6/+z/7f/u/+z/FADu/xQA9v/t//b/8f/s/+z/8P8XAO7/6P/x/+7/6f/r/+7/FQDr/+z/AADt/+v/6//s/xQA7P/s/+//7P/s/+z/7P8VAOz/6//v/+v/6v/r/+3/7f/s/+z/8f/t/+z/7P8UAOj/FgDo/+z/8P/b/+r/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+r/9v/2//b/6v8iAAAA3f/m/97/8v/m/9z/KgD2/+z/6v/s/+v/7P/p/+n/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwANP/1f/W/9X/xP/Q/8X/AAAAAPT/+P/4/wAAEQD5/wAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAQAPr/2P/h/+z/6//s/+z/HADp//T/+f8AAAAAAAAAABEAAADo/+f/5//o/+j/3P8bAOL/7P/s/+z/FADs/+z/7P/t/wAAFAAAAAAAAADt//j/AADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8bAOT/6f/p/+j/5P/p/wAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAA0f8gAOv/5v/e/8j/5//Q/wAAAAAAAAAAAAAAAAAAAAAAABYA7f/1/+3/7v/q//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/1/+//7P/s/+z/7P8AAAAAAAAAAAAAAAAQAPr/7P/0//n/AAD7/+//FADt/9r/3v/Z/xcA6f/j/+v/1f/s/+z/7P/s/+z/7P/s/xQA+/8AAAAAAAAAAAAAFgDz/+z/8P/r/+j/9f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA5//h/+T/0P/o/9H/GgDj/+f/6v/o/+j/7P/q/xkA6f8AAAAAAAAAAAAAAAAAAAAA+f/s/+3/7P/t/+7/FADt/wAAAAAAAAAAAAAAAAAAAADq/+n/7f/s/+z/7P8WAPH/AAAAAAAA+f/7/wAADwAAAB0A4v/r/+P/6//p/97/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/AAD0/+z/FADs/9v/3v/c//j/4v8kAOX/5v/t/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOn/6v/l/+f/6//a/xoA3v/s/+n/7P/s/+z/6/8UAOz/HgDn/+P/5f/l/+D/3f/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8mAOv/+f/1//L/5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAACAAAAOz/9P/3/+//8P/2/xQA9P8AAAAAAAAAAAAAAAAAAAAA6P/5/+7/AAD6/+j/IgD1/+z/7/8AAPD/8P/v/xQA+P/k/wAAAAAAAAAA9f8lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/93/7P/w/+v/6//s/8r/2P/c/93/2//o/x0AyP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+n/AAAAAOn/JwDr/+3/AAAAAAAAAAAAAAAAAAAAABQA7P/s//L/7P/s/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/4v/j/+f/4f8qAOj/1/8AABIAAAAAAAAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAOz/7//7/+L/8/8YAOr/6P8AAAAAAAAAAAAAAAAAAAAAAADc/wAAAAAAADgA9/8AAOz/7P/s/+z/7P8UAOv/7P8AAAAAAAAAAAAAAAAAAAAA9//v/wAAAAD1/yIA2v/t/+z/7P/s/+3/7P8UAOz/7P8AAM7/AAD5/wAAMgDr//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAAAAO3/8/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/4P8eAOn/5f/a/+X/6f/s/+z/7P/s/+z/7P8UAO3/8P/u/+//7v/y/+v/FQDz/+3/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5//0/wAA+f8AAOv/IwD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/+f8AAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAx//g/+L/4f/q/+v/HwDm/wAAAAAAAAAAAAAAAAAAAADt/+3/7P/u//r/7P8UAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQA7P/w/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/4//q/+r/6//r/xcA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8AAAAAAAAAAPv/GwAAAOv/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAOz/+v/s/+3/7v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/+//u/wAAAADu//b/AAAAAAAAAAAAAAAAAAAAAAAA9f8AAPX/AAD6/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/AAAAAAAAAADn/yIAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/+z/7P8AAAAAAAAUAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW//D/9P8AAAAAKQDv/+n/7f/s/+//7f/t/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA7v8AAAAA9f/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/AAD0/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+r/6f/q/+r/6P/q/xcAAAAAAAAAAAAAAAAAAAAAABEA5v/p/+X/+//d/+j/DgAAAAAAAAAAAAAAAAAAAAAA6P/w//b/FgAAAOv/AADv/+z/9/8AAAAAAAD6/xUAAAAAABYA7f/1/+3/7v/q//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//t/wAAAADs/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/v/wAAAAD5/xMAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+z/7P/s/xQA6f/s/+z/5//s/+n/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/T/xcAAADW//D/6f+9/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8cAOz/7P/s/+f/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAMj/5P/K/9H/1f8rALb/4v8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/s/+z/7P8UABUA6//t/+3/6//q/+v/7P8AAAAAAAAAAAAAAAAAAAAA9f/3/wAAAAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/8P/x//P/7P/s//T/FADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//j/AADq/wAAHgAAAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+f/6/8WAOX/6f/r/8j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA4/8UAO7/7f/s/+3/7P/s/xMAAADo/+f/6//Y/+b/7/8AAAAAAAAAAAAAAAAAAAAA6f8AAAAAAAAAAAAAGgAAABwA6//r/+7/6v/a/+X/4v/X/wAAAAAAAAAA+v8pAAAAAAAAAAAAAAAAAAAAAAAAACIA+/8AAAAAAADg/93/AAAVAPH/8P/0//D/7P/r//H/9f/L/+f/3f/m/+P/EwDf/+z/7P/s/+z/7P/s/xQA7P8kAPL/AAAAAAAA3f/h/wAAAAAfAAAA8/8AAAAA6v8AAOz/FAAAAPn/8//u//n/9v8AAAAAAAAAAAAAAAAAAAAAAADn//j/9//z//T/AADc/+T/1P/q//D/5P/n/xkAEwD0//n/AAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//u/+v/5v8JAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+z/7f/t/+z/3P8dAOj/AAAAAAAAAAAAAAAAAAAAAOz/8f/t/+7/7f/s/xQA8P8VAOv/6P/q/+v/6//r/+n/FAD5/+3/+f/x//b/7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD4/wAAAAAAAOz/+v/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/wAA9/8AAAAAGwD0/wAAAAAAAAAAAAAAAAAAAAAAAOj/5//p//P/7f/q/+v/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/5P/k/+z/6/8fAOb/6f/s/+3/+v8AAAAAFADu//D/7P/s/+7/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADO/+X/v/8dAND/+v/M/93/AAAAAAAAAAAAAAAAAAAAAND/7f/r/+H/5/8dAOr/5/8AAAAAAAAAAAAAAAAAAAAAOQD2/+D/7v8AAMj/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/4P/U/9n/2P8iAOX/1f8AAAAAAAAAAAAAAAAAAAAA6f/7/wAA5f/0/wAAAAAGAPX/9/8AAAAAAAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/s/wAA+v8UAO3/7f/s/+3/AAAAAAAAFAD0/+z/8f/u/+3/AADu/xQA9v/w/+v/5v/s/+T/8P/r/xYA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/+/8AAOX/9P8AAAAABgAAAO3/AAD1/wAAFAD5/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8AAAAAAAAAAO3/LwAAAOz/7P8UAOz/7P/s/+z/7P/X/wAA7P/q/93/4P8UANT/AAAAAAAAAAAAAAAAAAAAAPv/7P8AAAAAAAAGAO3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/8v/t/xQA8v/q//n/6v/q//r/5/8ZAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/v/+L/AAD7/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAPP/8P/s/+z/7P/3/+3/FQDu/+z/6//s/+//7P/s/xQA7P/s/+z/7P/s/+H/5/8iAOb/6f/V/9n/2P/s/+z/FADs/+v/7P/s/+z/2f/o/y4A3v/b/9j/1P/R/+v/8P8kAPv/+v/e/+n/AADR/9n/IADY/+b/0P/p/9P/6//l/xcA6f/p/+v/6f/P//f/7f8VAO7/7P/r/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/xP/d/+3/2f/a//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/d/wAA1v/p/9//EADs/wAAAAAAAAAAAAAAAAAAAADd/9n/6//k//P/6v8cAPX/AAAAAAAAAAAAAAAAAAAAAOz/6v/s/+z/7v/u/xQA7P/W/+z/EwDx/9j/3//Y/wAA7P8TAOj/6//r/+j/AADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/xgAAAAAAPL/6P8AAOz/7P/s/xQA7P/r/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAEwAAAAAAAAAAAAAAAAAAAAAA9f/s//P/+f8UANv/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8YAOf/6v/q/+n/6P/q/+z/5//s/+z/7P/b/xgA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAADt//j/AADy/+3/8f8AAO7/7P8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+r/6//p/+3/6v8XAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8jAOz/7P/Z/9v/7P8AAAAAAAAAAAAAAAAAAAAA7//s//D/8f/v/+z/7P8UAOj/5f/m/+b/5//l/xkA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAOz/8P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/T/9X/2P/l/+b/KQDr/wAAAAAAAAAAAAAAAAAAAADd//H/0v/c/9D/0P8PAMf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/4v/Z/+v/4/8WAOH/FQDr/+v/6//s/+z/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAPj/AADx/+3/7//v//D/7P/1/+T/FQDp/+v/2v/0/+v/8v8AAPj/7v/6/xUAAAAAAAAAAAAAAAAAAAAAAOr/4//q/+r/6//r/xcA6f/s/+z/7P/s/+z/FADs/+z/6//s/+j/7P/c/+3/6/8VAOr/6f/s/+r/5/8KAOD/AAAAAO3/AAAAAAAAFADv/wAAAADz/wAA9v/7/xUA+v/4/+z/FADs/+z/7v/s/+z/7f/q/+P/6v/q/+v/6/8XAOn/7P/t/+3/8P/5/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/7f8AAPb/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+L/7f/r/+z/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAPL/+f/r/xYA7P/s/+3/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv/+3/AAAAAOz/7P/x/xQA7//t/wAAAADs/+z/8f8AAAoAAAAAAAAAAAD5/wAA6//r/+z/AADu/+z/FADs//L/5//5/wAAAAAZAOn/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADt/+3/7P/s/+z/7P/s/+z/+P/u//L/7P8UAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+j/6f/q/+v/6v/r/xUA9f/6/wAA7v/u/xQAAADt/wAAAAAAAAAAAAAAAAAAAADs/xQA8f/s/+z/7P/s/+z/5//r/+v/6//s/+v/FQDq/+z/7P8UAOz/6//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/d/+z/7//s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADu/+z/FADs/+L/7P8AAAAAAAAAAAAAAAAAAAAA9f/6/wAA7v/u/xQAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAD1/wAAFADu/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7/8AAAAAAAAUAPP/7f/t/xQA7f/3/+3/7f/s/+7/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD7/+L/7P8AAOn/6//5/9v/AAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7P/s/+3/7P/s/xQA7P/r//H/8v/z/+z/7P/1/xUA7P/t/wAAAAAAABQA9P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/r/9n/4//p/xoA4f/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/w//H/8//s/+z/9P8UAPP/7P/s/+z/AADu/xQA9f8AAAAAAAAAAAAAAAAAAAAA6v8AAAAAAAAAAOX/IQAAAAAAAAAAAAAAAAD7/wkAAAAAAAAA9P/4//j/AAARAPn/6//r/+z/6//s/+z/FADs/93/2f/r/+T/8//q/xwA9f/R/+b/5P/Y/+P/1f8oAN7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7P/s/+z/7P/s/+z/7P/s/+v/7P/t/xQA7P/s/+z/7P/r/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADr/+v/AAD5//n/AAD4/xYAAAAAAAAAAAAAAAAAAAAAAO//FADs//D/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/9v/5f/S/8X/s//i/ycAxP/n/+H/4v8TANf/AADu/wAAAAD2/wAAAAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/xQA7P/s/+v/7P/r/+v/7P8VAOz/6//s/xQA7P/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPH/+//r/+L/5//U/9//CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/4//M/9X/xv/V/xEAAAAAAAAAAAAAAAAAAAAAAAAAnv+y/7r/5P/u/6T/8v8AAOf/AAD5/+v/JQDh/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FQDs/+z/7P/c/+v/6//s/+v/FQDq/+v/6/8AAAAAAAAAAAAAAAAAAAAA7f/t//H/AAD7/+z/FAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/O/9v/0f8AANj/1P8SABYA8/8AAOv/+P/r/+3/6v/a/8b/8//I/wAAAAC1//T/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/xQA7P/s/+z/7f/s/+z/FADs/+v/7P/s/+z/8v/t//H/AADu/+z/FQDu/9z/zv/d/9//3f/y/9b/CQDU/8T/4P/c/zoA1v/G/9X/7P/s/+3/9v/x/+z/FADx/9//6P/r/9n/AADr/+D/BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/v/+r/7P/t/xUA7P/q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7f8UAOz/AAAAAAAA+f/7/wAADwAAAAcA2f/e/9//AADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/4/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//D/+f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7P/t/+7/7P/0/xQA8v8AAAAAAAAAAAAAAAAAAAAAGgD3/wAAAAAAAAAA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDq//j/AAAAAPv/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/8f8AAPL/7P/s/xQA7P/r/+z/6//w/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7f8AAAAA7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/+v/AAAAABsA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FADs//v/9P/s/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//t/wAAAADs/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/BwDs/wAA9//r/wAA7f8AAAAAAAAAAAAAAAAAAAAAFADt/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/+X/5v/a/+v/FwDq/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAO3/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+r/6//m/+v/6v/q/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAAAAAOr/AAAUAO7/+//u/wAAAADu//b/AAAAAAAAAAAAAAAAAAAAABQAAAD1//T/AAAAAO3/AADs/+3/AAD6//H/7/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/8v/t/xQA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/2f/X/9X/3//g/yYA2f/X/9f/2v/Z/9r/BwAAANz/5P/o/+P/3//k/9z/HQDj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/t//H/AADu/+z/FQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//P/8v/6/+v/9f/p/xcAAAAAAAAAAAAAAAAAAAAAAO3/4v/s/+z/7f/t/xkA7v/s/+z/8f8AABQA7P/s/+z/7P8UAOz/6//s/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAA7f/z/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU//D/AADy//P/7f8mAAAA5/8hAOn/2f/d/+r/4v/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAD2/8r/xf/U/87/x//G/9r/0//b/97/8f/b/yoAAAAAAAAAAAAAAAAAAAAAAAAAJADy/wAAAAAAAN3/4f8AAB8A7f/0/+f/+v/c/+T/7P/t/+z/7P8bAOz/7f/s/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/wAAAADx/+n/AADr/wAA7P8AAAAAAAAAAPL/FADu//L/8/8AAAAA7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+v/6//s/xUA7P/r/+r/FwDq/+v/6//q/+j/6f/r/+v/AAD5//n/AAD4/xYAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAAAAD5//D/FgDs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+//7P/s/+z/7P/s/+z/7P/w/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD7/wAA+v8AAPP/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAADy//P/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/+v/x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA3f/T/83/4f/i/yYA2v/f/wAAAAAAAAAAAAAAAAAAAADs/+z/7f8UAOz/7P/s/+z/FADq/wgA4//V/+H/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/wAA7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAPP/AAD2//v/FQD6//j/+v8AAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAADb/9n/4P8AAOv/AAAAANr/+v/t/wAA9v/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/d/+r/z//a/wgAAADa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/z/xMAJgDo/+v/6v/m/+f/2f/q/xgA7/8AAAAA9//q/+v/AAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/6//c/xcA+P8UAAAA9v/t/+z/6//s/+r/7f/3/+H/7/8YAOr/5//x/+f/AADp//T/GwDy/+X/AAAAAAAAAAAAAAAAAAAAAO7/6v/v/+3/7v8UAOz/3/8AAPT/AAD3//T/JwDa//r/9P/l/+z/8/8AAOL/7v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/W/+z/7P/s/xQA7P/s/+v/6v/y/+//FgDs/+7/8v8AAPv/AAAAAAAA7f/z/xMA8P/s/+3/6P/0/xUA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/+f8UAO3/7P8VAOr/6//q//H/7P/s//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//L/7P8UAOz/7P/h/x0A5v/o/+T/2v/Y/+b/AAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAcAOj/6//X/+v/6//Z/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7f/o/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/7/wAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAD6/wAAAAAQAH//NgAAAHr/0P/c//n/dP/F/9X/2f/Z/8r/xv8ZAPj/5//r/+z/6//s/xUA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/n/x4A7f/5//L/7P/z/+v/6//r/+z/7P/q/+v/FQDp/+r/5v/r/+r/FgDp/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADr/9j/3v/i/wAA4v/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADi/+v/6f/o/+b/6P/q/+z/7P/s/+z/7P8UAOz/7P/s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/9/8AAAAAAAD6/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FgDs//D/5v/s/+v/4//E/zcA2P/T/+b/4P+2/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6v/n/+z/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxf8AAOT/4f/Z/xgA0//i/wAAAAAAAAAAAAAAAAAAAADs//T/7//w/+7/7P8UAPP/6v/e/+j/5//p//b/EQDN/+z/7P/s//D/7P/r/xUA7v/s/+z/7f/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAkA6f/T/+r/5f/q/xMA6//n/+j/5P/n/xoA3v/k/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt//X/7//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAD5/wAA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/4f/0/7L/zP/z/+r/CQDy/wAA+P/k/wAAFQAAANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAO3/AAAAABQA7P/y//D/FQAAAAAAAAAAAPH/7P8AAAAAAAAAAAAAAAAAAAAA6//q/+z/7P8VAOb/6v/s/wcA1P/2/+v/7v/c/9b/IAAAAAAAAAAAAAAAAAAAAAAA+v8VAAAAAAAAAAAA7P/3/wAAAAAAAAAAAAAAAAAAAADq/9X/8f/Y/9//AAAUAM7/FADs/+z/7f/s/+z/7P/t/xUA6//r/+v/7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/1//o/yMA0v/S/9n/y/8AAAAAAAAAAAAAAAAAAAAA0f8gAN//4//n/9b/4v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDs/+X/7P/r/9//5P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAOL/5P/d/+j/6v/l/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoAAAAAAOz/AADm//v/0//g/9T/1/8SAAAA6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwDb/+r/2v/n/9r/yP/g/ywAz//X/9P/3f/R/9f/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xUA6v/q/+v/6//p/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAOD/4f/p/+n/5P/l/+D/4f/m/+f/5P/n/+D/5/8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAYAAAAxf/T/9r/3P/l/wAA2f8oABUA6v/j/+z/6//r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADm/+X/HADL/9T/3f/q/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/c/+r/2//X/9b/2v8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+3/3v/j/+X/CADp/+v/7P/r/+z/7v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/j/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/FADv/+n/7P/s/9f/4//N/+f/4v8nANv/zv/r/+v/7P8AAO7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/xgA7P/s/+b/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/1f/V/8z/vf8AAA8AxP/S/yoA3P/W/93/3f/T/9P/AAAAAAAAAAAAAAAAAAAAABQA9P/u/wAA7//s/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs//j/6f/Z/+b/7P/X/wAAAAAAAAAAAAAAAAAA8v8SAAAA0//p/9X/5f/m/9T/IQDo/+D/3//l/+P/4f/h/x0A3/8AAAAAAAAAAAAAAAAIAAAA0P/X/9b/2f/Z/93/2P8oAAAAAAAAAAAAAAAAAAAAAADp/+f/5//q/9//5f/q/xoA7P8UAOz/6//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8NAMT/tv+y/9n/1f+2/+z/6//p/9j/4P/V/xUA7P/s/+z/7P/t//L/5v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/s/+3/7P/s/+3/FADs/+3/7P/1//D/8/8UAO7/7P8AAAAAAAAAAAAAAAAAAAAA9//J/5r/z//P/wAA7f+Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+7/5//s/+z/FADl/+r/7f/s/+3/7v/s/xUA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/GwDk/+n/6f/o/+T/6f/Y/9P/2f/i/9r/0v8rAOX/5v/i/+v/6/8QAOf/EwDe/+//3f/o/+r/5f/q/wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7v/q/wAAAADs/+z/6/8AAAAAAAAAAAAAAAAAAAAAzf/I/9P/1f/N/+j/2f8qAOr/FQDr/+v/7P/s/+z/6//R/yYAz//J/9v/6P+4/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB2/yAAz/+k/6f/y//f/+X/5P/p/+T/4f/r/+D/GwDq/9T/4f/e/9//3//k/yAA3P8AAAAAAAAAAAAAAAAAAAAA3f8AAOf/1v/j/xIA1v/h/7z/GQAAAKr/wf/2/7b/z//H/zYA4f/X/8n/0f/M/8P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/+n/0P/T/+P/3//a/yAA7P8UAOz/7P/s/+z/7P/s/xUA6v/r/wAA9f/z/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAzv/K/83/0f/M//j/2P/T/+v/5P8lAOj/6P/X/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/JwDg/9z/3//f/9L/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+v/6//p/+z/7P8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9L/1v/P/+T/IwDn/93/7P/s/+z/7P/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+r/6//r/+v/FQDr/8//uv8yAMP/zP+3/97/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/v/+z/7P/s/+z/7P8WAOn/6v/o/+n/6/8XAOn/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6//p/+z/6/8VAOz/7P/s/+z/7P/s/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/N/xgA6v/z/9r/4f8AALz/2P/4/83/zv/F/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADI/9b/yP/d/9//9v/6/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+3/AADv/+z/FADy//j/zP/h/+b/5P8LAOr/6P8AAAAAAAAAAPr/AAAAAAkAAAAUAPL/AADt//D/7P/t/wAAAAAAAAAAAAAAAAAAAADo/xgA6f/q/+r/5v/q/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//Z/zAA4v/S/9D/zv/L/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz/8RAAAA6//i/+b/AADr/+X/1//r/+r/1P/Y/yAA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xYA6P/s//D/2//q/+f/8/8AAO7/AAAAAOv/FQD6/wAAAAAAAAAAAAAAAAAAAADs/9//FADo/+z/6v/s/+z/xP/e/wkA2P8AAM7/+v/I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/8j/zP/k/8r/xv8sANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/9v/m/+f/7//q/xYA6v/F/yYAzf/T/6P/yv/d//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+P/3f/s/+z/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/r/+z/7f/q/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+z/7P8UANf/3f8iAOb/5v/c/+D/w/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADw//L/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+3/FADl/93/7f/q/+n/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/p/+z/7P/p/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/Q/9b/0//L/+T/FADO/wAAAAAAAAAAAAAAAAAAAADt/+n/FQDu/wAA9P/6/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6f/q/+r/7P/s/+r/FwDn/wAAAAAAAAAAAAAAAAAAAADo/+z/7P/t/+v/6v8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD3/+3/AAAAAPX/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//t/+3/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/S/9X/KADp/93/5//i/wAAAAAAAAAAAAAAAAAAAAAHANX/yv/n/9r/7P8AANT/AADk/+P/FQDn/9b/3P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/t/+z/FADs//H/7P/m/+z/6//z/+v/EwDe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xUA6//w/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAANH/1P/v/yUA1f/B/9j/y//b/+b/2v/k/+j/AAAKAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wcAv//g/+T/zv/7/5z/6v/s/xQA+P/w/+z/7P/y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/97/EwDK/+//2v/n/8H/2/8vAMf/v//I/9n/yP8AAAAAAAAAAAAAAAAAAAAAHgAAAPj/7P/4/+3/6//3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/6//mf+h/+v/xv8AAOD/AAAAAAAAAAAAAAAAAAAAAOH/HQDm/+j/5P/a/9j/5v/a/yQA3v/b/9v/3v/Y/+H/AAAAAAAAAAAAAAAAAAAAAOn/6v/q/+r/6v8XAOn/5v8AAAAAAAAAAAAAAAAAAAAAkP/t/8z/ov+3//f/4f8bAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u/+z/AAD6/xQA7f/t/+r/5v/r/9//6v/k/xkA5/8AAAAAAAAAAAAAAAAAAAAA1f/Y//T/4f/i/yoA2v/g/+z/7P/r/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/6//x/+z/7P/r/+3/AAAAAAAAAAAAAAAAAAAAAO7/DwDY/+f/6f/Y/+3/1/8AAAAAAAAAAAAAAAAAAAAA4/8bAOv/6f/h/+j/5P/r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/2f/Z/wcAAADY/9j/2//Y/+z/7f/v//H/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5v/p/9n/4P8aAOT/1//g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+H/HADk/+X/5P/n/+z/7f/r/+z/7P8UAO7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAANr/2P/e/9j/2P8HANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/c/97/4P/g/93/IwDf/wAAAAAAAAAAAAAAAAAAAADW/9X/6P/Z/wAApf/V/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPD/2v/u/+3/AAAyAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/8//U/8//zP/d/xIA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ/+n/5v/R/xEA5f/O/w4Awf/1/8n/yf/G/8b/y/8RAAAAAAAAAAAAAAAAAAAAAADl/+v/7P8UAPD/7P/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/r/+z/FgDq/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//Y/wAA1v/Y/9f/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8VAO3/3//s/9j/AAAAAAAAAAAAAAAAAAAAAOn/6v/l/+f/6//a/xoA3v8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/t/xkA8//t/+7/AADq/+X/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/wAA+f/s/xQA+P/s/xQA7P/s/+z/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//r/+r/6//q/xYA6/8AAOT/4v8jAN//4//a/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/9j/DwDM/+T/0P8PAMv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+z/FADt/+z/6//s/+7/AAAAAB4AAAD5/+//8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8P/v//v/9P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADu/+z/AAD7/+//4f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//s/+z/6//q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/GgD3//f/9//n/+f/+v8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/xQA6//s//P/AAD3/wAA9f/w/xMAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAADs/xQA9v8AAPP/AADu/wAA7P/s/+z/7P/s/xQA7P/s//j/zv/i/wYAzP/H/xQApv8AAAAA+f8AAPL/+f/r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/7P8VAOv/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+n/7P/s/+r/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6f/s/+z/AADt/xQA7P8WAPP/AADr//j/6//t/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHgDY/+T/6//d/9f/6P/Z/9f/6f/W/97/5f/k/9X/LADV/wsAzv/R/wAA0v/B/7v/AAAAAAAAAAAAAAAAAAAAABYA6v/o/+f/6//r/+f/5v8AAAAAAAAAAAAAAAAAAAAA5f/s/93/6v/x/9z/FgDM/+j/FgDp/+r/6f/q/+r/6v8AABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAOr/6f/k/xUA7P/b/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAMH/y/+d/67/4/+4/wAAAAAAAAAAAAAAAAAAAADm/xkA6f/q/+n/6f/m/+f/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/n/+n/GADo/+n/6P/o/+j/6/8UAOz/6v/s/+z/7P/r/wAAAAAAAAAAAAAAAAAAAADe/xoA2P/X/+L/3P/p/9r/AAAAAAAAAAAAAAAAAAAAAKn/wf+o/83/CgDH/9v/9P/s/xQA8f/s/+z/7P/s/+z/2v/r/+n/6//p/wAAAADZ/+j/FgDq/+v/6//r/+n/6//n/xUA6//o/+r/6//r/+v/AAAAAAAAAAAAAAAAAAAAABQAAADt/wAAAADs/+z/7v/t/wgA7P/s/wAA7P/s/+v/6//r/+z/7P8WAOv/6//e/+v/5f8dANv/5//g/+T/3/8AAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAAAAPr/9/8AAPr/9v/r/wAA8//t/xUA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6//g/9n/FADa/93/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADC/8v/8//D/8z/2f8xAMH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDQ/+X/8v/4/+P/6P/d/+v/6//s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/KADV/9X/3P/R/9T/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/2v/r/+r/AADh/+T/AAAAAAAAAAAAAAAAAAAAAPH/8f8AAAAA9//2/xYA8//o/+f/5//o/+j/3P8bAOL/7P/s/+z/FADs/+z/7P/t/+z/7P/s/xQA7P/s/+z/7P/s/xUA7P/p/+v/6//r/+z/FgDo/+z/4//r/+T/6v/q/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+z/7P/s/xQAzP/S/8z/x//P/8T/NQDR/xQA7P/s//L/7P/s/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+//8P/t/xQA7v8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/+z/7P/t/wAA8P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/7f/t/+v/6v/r/+z/9/8ZAPr/AAAAAAAA6//6/xUA6//o/+r/6//r/+v/6f8AAAAAAAAAAAAAAAAAAAAA3P/O/+v/3v/O/x4A5v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/xYA2f/g/+//5//p/9n/7P8bAO7/9P/7//r/7v/j//j/7P/s/xQA8//w/+z/7P/s/+L/6f8gAOb/6v/d/9v/2f/Z/+j/LgDe/9v/2P/U/9H/AAAAAAAAAAAAAAAAAAAAAOP/GADi//j/+/8AAMT/3f8AAPH/AAAAAPr/AAAAABAA5P/o/+r/7P/r/9n/HgDl/9X/6f/h/87/zf/V//X/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/h/93/2P/s/+b/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//r/AADu/+7/FAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/6//r/+v/6/8VAOz/7P/s/+3/8v/t/xQA8v/k/+j/4//f/+T/3P8dAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7P/y/+r/6//s/+v/AAAAAAAAAAAAAAAAAAAAAN3/0//N/+H/4v8mANr/3//s/+z/7P/s/+z/7P8UAOz/7P/s/+z/FADs/+z/7P/s/yIA7P/p/9j/zv/s/97/5P/E/9f/y//J/9j/GgDk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+P/8v/2/+n/yf/h/8P/qv/v/+L/6f/3/8X/5v8AAOD/AADs/+//7P8MAPX/7f/Y/9v/6v/o/wAAFADU/wUA+v/t//n/+P8AACYAAAD7/xQA7f/s/+7/7P/s/+z/7P+///j/2P/a/xQAsv/Y/xAAAADU/9//1v/S/9r/yv8iANn/4//Z/+T/7P/Y/9v/DwDe/8T/2P/j/9L/QQDI/8z/5P8AAOX/5v/c/wAA1P8UACEA0P/d/7T/1P/e/+j/+v/t/xUA6f8AAPT/AADu//r/7P8mAPH/AADs/+P/0//5/+v/7P8UAOf/9f/l/+z/7v8AAO3/AAAAAAAAFADv/wAACQDg/xAA0//v/+r/yv/n/+j/AADb/9f/yP8AAM3/+P/1/+f/HgDt//n/8v/s//P/CwDT/8L/wv/K/+T/CQD2/+z/BwAVANX/v//b/9j/3v/u/9T/3v/O/9r/AAAQAN3/2P/p/+D/+/8UAOz/7P8AAOz/6//q/+z/7P/a/xkA6//Y/+T/IQDJ/+f/6P/V/+b/2P/c/yQA0//d/+j/2//W/9n/6P8XAOz/7P/i/+z/3f/L/+7/4P/L/+P/1f/r/xgAAADr/+z/7P8UAOX/3f/q/9z/xP/D/8L/7P/Z/7b/DQCv/ysA0/8AANX/vv/g/8n/5f/p/9H/1v/I/+P/IADl/9T/1v8mAAAA2f/d/8//1v/Y/+r/EwDY/9n/CADZ/+n/7P/s/+z/7P/s/xQA7P/s/+b/6v/Y/+z/3/8UAPT/2f8UANz/7P/w/+v/AADs/+D/9v8AAAAAAAAAAPP/GAAAAOv/zv/Z/+D/3P/s/xoA4/8qAM3/+v8AAL3/4/+2//P/7P/Y/9v/5P/c/+L/HADZ/9H/+v8AAOT/y/8AAMj/8P/W/yUA3f/S/+T/9P/5/9X/FADs/+z/8//u/+z/7P/s/+n/6v/q/+z/7P/q/xcA5//s/xQA7P/t/+3/3v/s//T/1P8AAAAAAAAAAPr/MAD7/9//yf/p/7j/4v8GAAwA2P/c/+L/5f8tAOn/vf/g/+H/6f/n/8T/yP++/9//AAAAAN3/sv/C/87/w//o/zoA1P8aAOn/7P/0/wAA4f/E/xUAKgDS/+T/3P/Y/9L/2//W/wAAAADt/+r/0/8AANf/1v/t/+r/4f/m/9f/6v/Z/xQA6//r/+z/FADu/+n/7P/r/9P/JADl/9//1//l/87/5v8AAOH/5v/x/97/2v8AANr/7P/z/+z/7P/i/+z/6/8SAN//3/8hANz/5P/h/9//2//s/+z/7P/r/+z/6f/s/xQAv/8AABYApf/M/57/zv/x/+z/6f/s/+j/7P8TAOv/2v8JABIA6v/t/+H/4//K/+z/EwDv/+v/9v/v/+z/7v/q/9n/4//X/+n/2v8pANv/2v8mAOP/3P/m/+T/xv/m/97/7P/z//j/7//x//j/FQD1/7b/tf8AAMX/tf8QANT/4f/h/xIAzf/C/9T/GADW/8L/u/+m/+b/rv/E/wAALgDv/9T/WgDN/7P/uv+h/8b/pP/g/x0A4v/o/+b/5P/i/+X/t/82ALj/1//S/7v/2v/J/7z/IADh/+P/3P+//+P/6f8IANT/1f/a/93/yv8AANf/JADs/+3/7v/r/+v/2f/s/+z/1//3//r/9//n/xUA7f/r/wsAz//7/97/FADJ/73/4v8dALf/sv++/+//vP/i/+3/7//s/+3/7P8UAOz/7P/f/xUA7//j/+v/5//r/9//u//N/0kAsf/J/8//uf/t/w4A6f/o/+v/2f8SANX/2P/m/9//6f/t/+P/2v/Z/ygAAACy/xkAz/+p/+L/0//1/9//3/8hANz/5P/h/9//2//p/+//6//s/+z/7P8UAOz/7P8UAO3/8f/t/+3/7P/t/9r/5v8TANP/xP/D/wAACADb/9z/5v/q/wAA1P/W/wAA0v/e/47/y/+n/xAA8//Y/+D/AADs/+//7P8MAPX/7f/Z/+v/7P/2//P/JQDr/+r/7P/r/9P/AADY/9b/2/8NAAAAAADl/wAA+v/r/yYA+/+u/xgA4v/p/9b/4P/q/w4A5v8YAOn/5f/q/+j/6v/c/83/yP/C/8P/xv8fAOz/uv/Y/+T/1P8AAAAAyP8AAAkAFADd//H/7v/t/wAA7P/Y/8//tv+d/7T/ef8IABMAyv8NAAYAyP/G/9z/wv/Q/8v/OAC9/9b/wv/D/8z/1f/V/9r/8v/7//n/AAAjAA8A5v+7/wAAw//i/77/2P8JANb/5f/a/8j/0/8AABoA2f+2/9L/FgDg/9z/DQDW/+P/1f/B/7X/2f/N/w0A4P8iAAAA6v/j/+n/5//q/+v/GgDr//L/7P/t/+z/7f/s/+z/FADp/+7/6//t/wAA3P8UAAAA5//Z/9n/2v/u/wAAAADn/8f/rv+0/53/7f8AAAcA0v/p/+r/7v/r/+v/9/8VAOj/2v/6/wAA+/8AAOT/MAAAAOj/1f/j/+v/4f/c/yMA5f/Q/8P/1v/W/9v/y/86AO3/+v/w//L/8//r/+7/FQD6/wAA4P/d/97/6//i/xsA8P/Z/+j/7P/r/+T/6v8AABMAFgDq/+v/+P/s/9j/6/8AAN7/2v/s//r/3f8mANn/3v/6/+v/7P/w/+n/BgDs/9j/xv/s//D/5v/Z/+//8f8VANH/AAD0/8P/xv8QAMX/xv8jAOP/5f/c/9X/1v/d/9//x/+2/8D/JgDI/9X/uP8IADMAiv/O/4v/7P/x/8v/u/8AAN7/+v8AAOn/AADq/97/AADE/6z/xv+v/9X/rP8PAAAA2P/X/wAA2P/e/9f/1/8AAAAAtv/L/7z/2f/I/6z/7P/m/9X/8v/u/xYA4//s/xQA3v/w//H/6v8AAOH/6v8AAAAA5P/T/9H/8v/P/7T/v//j/93/7//L/+f/w/8SABgA+f+r/7P/sf8AAMr/lf+P/8P/AAB+/7f/IgDr/+X/AADH/8n/2f+5/8v/EgDN/wcA6v/q/+H/2f/J/9X/EwDP/7H/KQDi/4//y//a/xIAAAAAAOX/AAD6/+v/JgD7/yYAAADp/wAAAAD2/+T/AADP/9H/3//q/+v/5/8kAN//6//q/+r/9P/s/+n/FgDn/+D/AADs/+//7P8MAPX/7f/v/8T/y//S/8n/EgDJ/9X/BQD3/8//5P+x/+P/w/8AACEAzP/j/9j/1f/K/9f/+v8AACAAvP/D/8f/w/+2/8f/uv8SAAoAxf/g/+r/3f/N/9v/lv/k/7f/lf8lAMD/1P/Z/8D/2v/Z//L/0v/H/w8A6//q/+z/7P8VAOb/6v/s/wAA6P/c/xIA2v+u/+z/q//o//r/AAD5//j/7/8ZAPn/yf+0/8P/MwDE/+L/4P/o/+z/7f/s/+z/7f/s/xQA7v/S/x0A4f/I/9T/vv8NAOT/7P8UAOz/7f/s/+z/7P/s/7X/HQDV/+r/6v/f/w0A3//z/yYA9P8AAOb/4//b//n/+P8AAOj/7f/e/+P/7P8UAOj/z//h/8D/yP+u/wAAJQAaALz/yf/D/8P/tP/g//D/5P+q/6b/x/+t/wAA2v8AAOz/7P/s/+z/7P8UAOz/7P/F/9r/3v/I/+b/3/+z/ykA+v8YAAAAAADy/wAA6f/6/9T/1v/x/+H/6/8PAPH/5v8TANz/1P/G//L/1f/1/8r/6//W/9n/1//W/9n/x/8gACIAuv/q/7z/vv+v/+f/xP/W/8P/4f/Q/+L/EQAJANb/6//l/+z/6v/s/xQA6//k/6T/v//g/y0A6P/P/x8Arv/g/9b/0v8TAOn/1/8OANr/v//f/87/AACQ/9P/CwCv/xMA4f/a/+n/1v/d/wAAx//Q/9T/5//3/93/LgDW/9//7P/r/+v/7P/r/+v/FQDr/9r/KADW/8j/1v/r/8//x/8AAN3/vP/C/wAA3P8AALf/6f/n/9j/1/8UAOv/3/8AAOD/6//Z/9b/7P/V/ywA7f/Q/8b/xv/I/8//RADI/73/2P8WAAAA0//Z/+b/9//L/9r/2v/E/9f/7//Z/+z/GgDh/+b/t//j/xUA1P/5/8//2P/q/9j/6/8AANr/AAAJAOP/GwDo/+3/7P/U/9v/6//s/8b/zv/b/8T/yv8iAAAA6/8cAOv/6//d/+T/4v/e/yEAxv/b/8//3P/K/+X/y//l/+n/2f/Y/9v/2f8iAOn/6//s/+z/7P/s/xQA7P/u/wAA9P8AAOr/7P/d/+7/HwDs/+X/6//u//X/6f8XAPf/4//c/+r/4f/Y/8X/AAAlAAAA+f8AAPT/AAD6/xsAAAAAANf/1P/r/9v/FgDV/+j/AADi/+r/5P/v/w8A7v/S/x0A7P/l/+z/6//f/+T/6//Z/+P/1//p/9r/KQDb/9r/vP/B/4b/0f+o/+r/7P8PAO//FgD7//n/9//Z/+v/+P8LAMv/3P/H/9r/FwCt/8b/2f/r/9n/7f/g/9v/9v8UAOz/FADs/+3/7P/s/+z/7P/X/9b/4v/q//L/1f8jAPr/1P/l/+P/7P/q/+j/HADY/wwA7f/V/+D/6f/I/xIA5/8UAL//7P/t/+j/8v/u/9//xf/V/9n/2//m/9n/LADY/9T/4f/a/wAA0v8AAL//7//s/+7/8v/s/+3/7P8UAOz/9v/I/5T/y/8LAO//0v8IAOr/s/+//8r/wP8GAL//HwDe/93/xf+8/9L/xP8gAAwA0v/k//r/0v/Y/wsAAADU/9b/DgDs/9j/AADF/+r/5v/Y/9n/6P/Y/+L/AADm/xIAFgDI/9X/0f/R/8H/5v/q/18ArP/i/8z/4P/u/wAAyf9LALr/z/+4/9P/rf/Z/83/OADO/8H/w//w/8j/qf/Z/yYA0v/W/8v/0v/S/wYA0v+6//b/0P/A/7z/sv/f/yQADADY/+L/2f8AAOn/3//1/+f/3//w/+3/7f/s/xwA+v/U/9D/6v/U/87/0f8uANf/7f/t/wAA7f8AABEA7P/y//P/+f/7/wAAAAAAABsAAAC2/8//vf/B/7//RwDS/9z/0v8AANj/xv/Y/+r/6P8AAN//6/8VAOv/4P/F/+z/CgDZ/+r/GADq/+v/6//o/+D/AADF//j/x//k/8n/DQDJ/63/6P/I/wwA5//o/67/AADE/9D/6v/r//L/MADq/+n/1//V/9X/1f/d/ykA2f/X/6D/2P/i/73/wf+p/7H/QwDl/9H/2v/o/+P/0v/f/yQA5f/R/9r/6P/j/9L/3/8kAO3/2P/f/9f/v/+u/8z/NwDz/+z/7f/s/+3/5P/s/xQAxP+1/wAA2P/b/8P/6f/i/ycAvP/U/9f/0f/w/+X/yP8IAAoAzf/V/93/zf+9/8L/2/8JAOz/9/8AAA8A3P/2/+r/zv/r/9f/x/8AABIA2//f/xsA3f/X/+f/6/8AANj/0v/V/9P/+v/P//j/DQDI/+L/2P/Z/+P/7P8iAOb/2v/V/wAAzv/E//j/zP8AANr/5f/r/93/7P/m/w8A4/8AACsA2//X/9j/5//Q/9H/2//z/wAA8P8AAAAA7P8UAPj/7P/n/+r/7P/t/xQA9P/r/9P/2/8qANn/8f/m/9T/3//f/9H/1/80ANT/zf/F/9j/5//Q/9b/vv/O/wAACgDr/8j/6//h//j/5v/W/8v/IQDs/+z/7f8AAPf/7P8UAPb/8v/e/7T/+v++/+r/wv8tACQA6v/q/+D/9v/X/+r/+v/r/w4Az//d/+7/5//7/+3/+P8bANj/4f/Z/9L/yf/r/+v/6//q/+n/6v8WAOn/6/8AAA0A6P/j/wAA2P/2/9P/zv8HAKb/mf/C/8//8//j/97/5//a/9z/DwDY/9j/AADp/+z/FQDs/+z/6f/q/+z/uv/L/+z/DADJ/wAA0v8OAAAA4//r/+z/5f/r/xEA6v/q/woA3f/c/9X/EgDP/9r/7P8UAOz/7P/s/+3/7P/s/7//5v8uANL/xv8HAM//tP/T/9//IwDf/9H/2v/i/9P/9P8MANb/5P/k/9T/7f/m/wAA6v8AAOz/7f8IANb/6P/t/xgA6P/2/9r/z//5/+v/1P/P/+r/1//D/8X/AAAhAO7/zf+z/9z/vv8UAN3/z//k/+v/6//r/+z/AAAAAPj/3v/n/+v/2v/s/+n/GQDk/+z/6//r/+z/7P/r/xUA6//c/+P/GwDf/9j/5v/q/9//7P8AAPT/9//v/+z/7P8UAM7/EgAAAO3/u/+i/9D/z//X/8j/1v/U//r/7/8wAOH/6P/o/+L/6P/t/+n/GADq/+D/AADs/+//7P8MAPX/7f/1/+D/zf/d/+f/2f8OAMX/9P/d/9T/0P/V/+P/CQDb/+3/FQDy/8L/3f/N/xAA8v/4/xUA+P8AAPv/AADs/wAA1/8HAPP/yf/W/wAA2f/N/8b/v/8VAMr/v/8TAMT/y/8TAAAAu//R/8H/t/+z/8j/5//n/+P/9//d/+X/GgDp/+v/FgDs/+7/6v/q/+r/7P/w/+z/7P/x/+r/6v8UAOz/1v8AANb/3P/m/yMA1P/O/+H/JQDo/+r/6f/q/9r/6f/B/+X/yv/b/+P/9/8aAMz/6f/o/+r/2f/q/wAACQDY/+z/FADs/+z/7P/s/+z/7P++/8D/vf8gALn/xv/p/9X/7v8AAOz/FADx/+z/2v/u//P/AADu/wAAAADr/xUA+v+x/9T/7v/n/7L/TgCq/6L/ov+J//n/3/+g/y4A4P/A/9//5//P/9b/zf8hAOb/yv/P/9z/AADt/wYAwv/x/9T/2P/r/+P/2/8MAOz/5/8AANj/7v/i/wAA2P/n//r/3//1/xQA7v/2//T/7v/s/+7/6//m/xIA5//i/wAA2f/a/wAA6P/r/+r/6/8AAOL/7v/6//D/8v/z/+v/7v8VAPr/6v/a/xEA7v8AANr/2v+9/7j/5P+9/7z/vP+5/x4AvP/r/+j/7P/r/+D/6P8YAPH/4v8AAAAA0f/n/9D/3P/S/8z/m//b/9f/9f8MAOj/yP8AAPX/7//1/+//7P/3/xUAHAC//8T/kf8YAPH/wf+0/9f/8//d/+T/5//p/xgA5//W/+n/1P/f/9X/HAAKAOf/4P/o/+v/7P/s/+v/HQDr/+z/3f/g/7v/wP+u/5n/FQCs/8T/BgDE/9r/AADn//b/6P/n/xIA6f/r/+f/8v/o/+z/7P/s/+3/7f/Z/xQAAADn/xsA5v/e/9j/5f/i/+b/9f/3/wAAAAAAABQAAADs/ygAyv/f/9X/1v/d/+H/7f8tAPP/5//k//T/zP/b/xEA4P/r/wAA7P/r/xMA8P/d/+z/7P/s/+z/7f8UAOz/6v8AAMn/1f/e/9T/AADi/8n/EgC5/73/1v/b/w0AAADJ//L/wv+//9f/yf+9/wkAAADr/+v/2f/i/xQA2f8AAOz/AADQ/9D/q//f/+H/+//l/+j/6P/i/+j/7v/p/xgA6//e/9z/+v/W/9P/0f8XAO7/AADm/+z/3//x/8v/FADs/9n/7v/o/73/z/8JAMT/CQAAANj/EgDr/+P/1//e/+j/5f/1//b/6//e/xIA2//Y/8//0//g/+v/7P/n/yMA4P/o/+j/4v/o/+3/6f8YAOr/0v/p/+v/tv/I/9//t/8hAN//6v/i/8//4/8dAN//1//e/8z/7P/f/+z/AADw/xEA5f/R/9r/6P/j/9L/3/8kAPH/7P/w/+v/7P/s/+z/FADr/+z/7P/s/+z/7P8UAO3/xv/m/+D/x//y/+f/1P8KAOX/6v/j/+f/6P/e/ygA6//s/+z/7P8AAO3/7P8UAOz/7P/s/+z/AADt/+z/FADs/8n/JgDP/8L/0v/W//T/zv/d/yEA3//c/97/4//f/+P/4P8dAOn/6//s/+r/3//q/wgA+v/T/9f/t//g/9P/8v/t/xwA8f/a/+H/0//X/8H/8f8AAOz/AAAAAOv/FQD4/+D/AADs/+//7P8MAPX/7f/j/8b/1f/I/9j/DwAAAML/yv/p/+n/7//b/+L/LwDe/9X/5f/T/+T/9P/T/yMAxP/u/+z/7P/t/+z/7P/s/xQADgDG/+T/0v/j//H/AAC+/wAAAADW/8X/0//o/+3/1P/M/ywA1//a/9f/0v/W/9T/AAD1/wAA9f8AAPr/HwAAAAAA3P/o/9n/6P/o/wAA6v/5/+7/7f8AAO3/FADs//b/6//m/+P/FwDo/+v/6//q/wkA2P/Z/+f/5//X/+X/AADX/wAA3//g/+f/2v8LAN3/GADS/wAA2f/k/9D/2P/g/8T/1v/W/9b/4P8AAAAAAADs/+7/8v/s/+3/7P8UAOz/6v/5/9b/wv/R/8//DQDX/8X/wv/Y/8n/y//U/zwAvf/U/wAAAAAAAAAA+v8wAPv/1P8AAAAAAAAAAPr/MAD7/+n/6v/l/+f/6//b/xoA3/8AANn/6v/o/+v/EADn/9r/2v/l/xQAp//L/xsA2//V/8//1P/b/8P/y/84AMT/0P/r/87/y//T/9X/+v/3/9T/yv8rANH/y//E/8n/1//L/7z/KgAPAL3/0v/B/9//u//X/xkA2v/V/+P/4P/q/+D/GgDl/9X/5P/O/9D/uv8SANr/+v8AAPv/AADk/zAAAADK/9H/2P/f/+L/w//r/zMACgDP/9T/Xf+4/+v/3/8AAOr/FADo/+z/6//q/wAA6v+G/xIA1/+//5z/r/8fAK3/HQDT/8f/0v/W/+v/xP/J/9n/yf/s/+z/7f8UAAAA7P/q/+3/7P/t/+z/6/8WAPL/7P/z//j/7//x//j/FQD1/wAAAAAAAAAA+P8OAOT/7f/b/9r/2//q/8b/yv/m/zUA5P8PAOH/5P/o/9j/7//x/+D/4//q/9z/5v/b/wkAFAAAABQA6//s/+P/5f/c/+v/4v/D/9L/AADY/9f/AADc/wAA+P/P/6P/tP/V/9D/4//j/wgA2P/d/+T/2v8AAOD/2P/6/9X/5f8LAAAA0v/J/xsAx//4/8P/xf/L/+r/9v+1//L/9v/w/9z/AAAPANb/FwDV/+P/3P/q/+P/AADp/93/2P/V/9n/7f/p/ygAyP++/ysAyv/d/8z/FgDH/9H/AADm/wAA3f/k/+X/AAD2//j/4f/Y/6v/u//k//H/1f/w/+L/xP/m/x0Ayf/x/9T/6P/g/wAA6f/b/93/DQDb/wAA2//X/+z/4/8dANr/2P/s/+P/7P/r/+b/6//m/xcAAAATAPv/AADu/+3/6//b/+X/xv+R/97/4v+1//H/7P8LAOf/v//M/7//7f/R/wYA0/8kAOX/3//X/+X/zv/m/7j/NQCy/6//yP/D/+H/0P/q/xcA6//s/+v/6v/k/+v/0f9kAMP/sf+Z/4P/wP+h/+z/6v/z//D/8/8AABMA7//r//f/FQDn/+//6f/s/+z/+//i/+7/FAD6/wAA2P/l/xcA6//r/9n/3v/s/9//6f/d/9f/1//a/9j/z/8oANj/yf8AAOH/EwDb/9f/9v/b/9b/5P/p/xYA6//X/woAz//r/+n/AADi/+v/2P8AAOz/7//l/+n/7P/s/xYA7P/p/9j/2//s/+z/6//o/yEA3f/s/+z/7P/s/+z/FADs/+z/BwAJAIL/qv/C/73/2f+//+L/2P/d/8//7f/n/yIA9P+//ygA1//z/9D/2//I/+H/9/8HAGv/kv/f//H/r//l/8T/FQDM/8T/EwDp/8D/6P/Q/+H/1f/k/ykA0v8AAMz/1/8XAL7/mP+u/7r/+v/b/+D/QwCt/8L/qv/P/8D/pP+r/xEAr//a/wAArv/v/+b/7P/s/+z/FADs/+3/7P/t/+v/5v/j/xcA6P/r/+v/6v/0/+v/8v8AAPj/7v/6/xUAEwDV/9f/z//S/+X/5//5/xQA7P/s/+7/7f/s/+z/7v/W/+f/7//p/+n/6v8fAOP/yv8HAOP/8f/X/9H/9f/A/xUA6v/r/wAA9f/z/+v/AAAVAO7/6/8AAPb/9v/r/wAAv/8AANL/wP/E/7v/uv8kAPT/9P8AAAAA+v/5/xQA9//h/wAA6v/u/9v/6f8NAOv/z/8AAJb/CADf/+z/7P+0/+X/1//Y/wAA3v8bANv/2P/F/8X/e/8QAMj/1f82AMb/5/8QAPn/EgDf/+D/5//n/wcA1f+z/9r/3f8lANj/1P/q/9j/5f/o/9r/6/8TAAAA0v/X/9n/5f8hAOD/3P/y/+b/AACy/7v/GwDm/6j/vv/a/97/5f/W/9j/FADr/wAAAADP/83/2//s/wAADwDP/83/p//5/7D/4P/H/y8Az//v/9L/3P8AAPr/6/83APT/zf/N/xkA+P/f/9b/7P/Y/+3/FQDp/wAA9P8AAO7/+v/V/+//0v/o/9n/3v8OAOj/7f8VAOn/AAD0/wAA7v/6/9//1/8AAAAAAADw/ygAAADo/yMA3//q/+z/2P/a/+r/8P8UAAAA7/8GAPX/7P/s/+n/EADm/9T/1f8AAMP/zP+//9X/AADE/8b/yf8aAM7/zP/6/9z/6//b/9n/EADb/+z/FADs/+z/7P/s/+z/7P/Y/8v/1//Q/+r/w/8tAOj/AAAAAKb/7//Y/9//7/+l/87/2P/Y/+f/5P/Z/ywA5//d/7D/AADR/wAAy//E/+P/6P+//+b/EgDQ/8b/DgDq/9D/xv/T/9P/4v8LAMn/AADo/+n/6f/n/+H/4f8YAOn/8//5//v/AAAAAAAAGwAAAOH/zv/p/7v/3P/r/ygAvf/f/+P/4//l/+f/1v8dAOf/yv/U/+P/1//R/87/PwDo/7f/0v/J/9b/2//g/zEAyf/s/+z/7f8AAPf/7P8UAPb/9f/n/x4A7f/5//L/7P/z/73/2v8OAMH/qf/3/xAAZv/u/xQA7P/s/+//7P/s/+v/1//i/9r/2f/o/ycA6P/a//r/tf/H/9r/tP8oANP/2//I/+n/6v/n/9n/IQDl/9v/AAAOANL/sv/I/8v/z//p/woAvP/K/7P/2P/d/9v/8P/s/+3/7P/s/+3/7P8UAO7/1//n/w0AuP+1/+r/vv/t/xQA7v/3/wAA7//q/wAA7P8AANj/zf/W/9L/2P/O/wAA1//Q/xMAzv/V/9f/9P/4/9j/1/8AAOf/2/8AANb/0v/s/+z/7P/h/+7/4v/t/xUAFADs/+b/7P/f//L/5v/p/9z/+//Z/9r/6f8AABEA1f/j/+T/5//d/+j/5/8bAOX/7P/N/97/0//W/w4A7P/k//T/2P/s/+z/7f/r/+z/IADo/+z/AADi/+z/7P/l/xQAFQD3/+3/AAAAAPX/7f8AABYA9v/u/+3/9//q/+z/3//a/77/3//5//T/HQDP/7H/+f/P/+H/HACm/wsAx//i/9j/4f/Y/+D/2f/K/wAAIQDQ/yYAFQDg/8D/6f/q/7//AAAVAO//8//p/9X/7P/2/8//0f/f/+r/6//n/yQA3/8GAOz/7P/w/+3/AADs/+//4P/o/+v/7P/s/+v/HQDr/wAAx//j/8f/7v8dALv/0v8MANv/7P/u/+z/6P/s/wsA4P/s/xYA7P/s//P/5f/U/wgA7P/0/+//7P/Z/wAA7v/z/9z/8P8AAOz/AAAAANb/AAAAAAAA9v8AAOn/AAAfAOb/EwDL/9P/AADU/+L/5P/M/xIAw//L/9P/+P/L/8X/7P/s/+z/6//s/+v/7P8UAPj/0f/T/7v/y//f/xkA6P8TAPD/5//n/9P/7f/c/+f/6//r/+r/6f/q/xYA6f/r//P/8v8UAM//7P/l/+z/7f/n/9//8P/t/+3/7P8cAPr/FgAAAOv/6v/r/+r/1f/q//X/5/8eAO3/+f/y/+z/8/8AAM3/yv/I/9j/2/8fANj/9f/3/wAAAAAAABQAAADs/wAA1//V/9j/2v/W/wAA1v/v/+T/5f/X//T/AADR/xMAwP+w/8//iv+v/+b/BwAAABoAzf/d/+r/2P8AAM7/3/8SAO7/xf/b/9T/7P/S/9D/1v/1/9j/2v/E/9P/KwDN//f/JAD4/wAA2v8AAO7/6P8IAM7/1f/s/xQA2f/f/8//9v/D/wAA4P/5/+L/2P/O/wAA1v/b/+r/yv8ZANn/2P/g/+b/EgDq/+X/0//g/xUA5f8AAOj/AAAAADEA2P/f/wAA7P/w/wAAAAAZAOj/FADe//v/7v/u/8j/1P/b//X/2//j/8b/KgDn/+D/1//d/9n/KADW/8f/1v/r/8//xv/r/wkA6//n/+T/yP8TAOP/AAAhAAAAAAAAAOz/9v/4/+3/wv+8/9D/vv/B/ycAvP/s/+z/FADt/+7/7P/s/+z/7P/q/+r/3v/q/xcA6P/q/8T/uf9CAND/tv/A/8j/wP/Z/+P/1//p/9r/KQDb/9r/JQAAAL7/x/+9/7n/0//a/+z/7P/s/xQA7P/t/+z/7f/Q/+T/4v/U/9X/2P/H/+T/pv+y/7r/8f+9/8j/LgCm/wAA4P/q/+3/5//Z/9r/FADR/wAA1//Y/+v/2v8AAM7/8/8AAO7/AAAAAOv/FQD6/ycA1P/m/9r/2P/j/9H/x//z/+r/uf/h/8f/rP8bANT/wv/d//X/6v/Q/+X/3v8TALf/tv8AAN3/z/+f/8n/CgDY/+r/4f/r/+D/EwDr/wAA0v/j/+T/BgD6/93/zP/N/+n/2v/s/9L/7P8NAPf/2v8IAND/uf/w/7r/7f/4/57/4P8dAOL/6P/m/+T/4v/l/+z/7P8AAOv/5//q/wAA6P/t/+j/2/8YAN//1v/r/8f/7f8xAMH/rf/B/8D/zP/Y/8n/7f8UAAAA3v/c/93/9P/p/+v/6//f/xQA4//p/+z/5//Y/wAA6//d/9j/BgDZ/7z/xP/Y/7//1f/X/yYA3/8AAOz/7P/p/+z/EgDu/+z/2f/a/9j/2P/i/97/KADZ//n/4//J/5T/vv8AANH/9v/m/xsA0//h/9r/8//H/+v/IQDY/97/2f/p/9T/5//s/+v/5/8UAN3/6/8AAN7/4P/Z/+P/1//p/9r/KQDb/9r/6P/t//P/9f/y/xYA7P/v/9n/3f8QANj/2f/f/wAA6v/4/+z/7v/u/+z/9/8UAPT/2/8UANn/2//j/9D/6f8IACMA0v/P/+P/s//b/+D/3//T/+z/6f/w/+r/yP/s/xgA2f/j//b/h//H/+b/vv8NAMb/3v+//zcAv//T//X/wf/p//D/6P/q/+v/4P8WAOf/6v/p/+n/6f/u/+v/FgDq/+f/AADl/+L/5v/r/wsA5v8PAOP/0P/n/+T/0v8HAN7/0v8uANn/0v/T/9L/1P/R/8D/1/+s/7D/yP8rAPr/7P/b/9j/0//K/+r/6v8lANv/1//a//r/3//N/xcA8f/h/87/2f+9/8n/1/8zANb/0v/g/8z/5v/M/8r/xv8iAAAA1v/b//P/zf/c/8n/MADr/+D/0//L/8z/zv/b/ygAyv/u/+z/7P/t/+z/7P/s/xQAQQDZ/7T/0f/M/73/xP/G/wAA8v/Z/8b/qP+p/8n/GAAAANf/1//Y/9j/3P/S/wAA1v/A//b/tf/W/wkA9f/r/xQA9P/t//X/AADs/+z/7v/r/+r/7P/s/xUA5v/q/+z/CwDk/+z/3f/k/9v/EADt/+z/6P/s/+P/5//a/wUAAADg/+f/2v8AANP/2//M/9H/AADg/+z/6v/q/9L/CADr/xQA7P/q/+r/6f/r/+//7P/V/8//qf/4/wcAqv8ZANf/IADj/+D/8P/q/9r/5P/q/+P/CQDB/9L/t//Z/9b/EADs//H/9f/u//D/9f8VAPP/AAAUAPX/AADt/+3/7f/2/+z/1//a/+X/AADk/xMA2P/D/6n/0v/q/97/y/9DAMr/2//Y/9v/2f/q/+r/IwDb/wAA4f/F/+D/qP/z/wAA2//i/ykAzv+7/9T/1P/q/8H/6v8YAOb/2v/j/+j/7P/a/8f/xf/H/9X/1//X/w8ACQDi/xgA0v/b/9D/xP/M/wAACwDh/wAA2f/e/83/2P8AAL//OADO/9v/1P/M/8z/wv/y/9X/wP/I//T/vv/2//f/HwDr/+v/5v8AANj/xf/Y/wAA1v/L/87/3P/t/wAA2f/p/9f/2//X/9L/2P/Y/yIABgDd/9T/yP/e/8n/0/8OAOz/FADY/+z/6//u/+z/7f/P/8//z//a/xkAvv/p//r/0P/J/+v/AADb/wAA0v8bAOT/AADQ/7P/wv/o/wAA5//z/6b/2v/Q/8D/AAAMAOP/7P8UAMn/7P/q//L/6//k/+v/z//s/+//1/8VABQA6//1/8z/xv+r/wgACwDV/8T/0v8wANn/0v/T/9T/zf/R/9H/1//7/7T/x//X//X/DgAUAOz/7P/u/+3/7P/s/+7/2P8QAAAA2//a/9P/2f/y/xQA7f/s/+z/7P/s/+z/7P8zALb/6P/q/9n/5f/d/8n/AADC/+r/5f/p/8n/DgDU/9f/7P/q/+3/6//s/yUA7P/m/+z/7P/t/+v/7f8XAO3/2f/p//v/6/8VACcA6f/p/97/FwCt/9//hf/P//H/iv/1/+f/0f/q/+f/xv8kANz/2P8bAOj/5P/n/93/5v/i/9T/z/+y/+v/AADP//D/yP+k/87/0P/E/8f/OQDf/87/4/8ZAMn/q//i/7P/zf/i/9r/v//j/+H/2P/d/9j/LQAUAOz/7P/y/+z/7P/s/+r/EAAAAPj/AAAAAPv/6/8AAOD/6P/r/+z/7P/r/x0A6/8IANT/2f/X/9n/EwDp/9j/xv8QAL7/EwDi/7j/6//l/wAAAADl/wAA+v/r/yYA+//t/xQA9/8AAO3/9//s/wAAFgDx//L/5//4/wAA7v8AAM//3f/d/+X/6//s/ygA6f/U/9P/4f/b/+n/6P8lAOn/xf/m/7f/5P8ZAMH/EwDq/+v/6//s/xQA7v/p/+z/6//O/9j/qP+m/73/7v8VAL3/EgDG/8D/y//F/wAA+f/F//f/AAD1/+P/8/8TAOP/AAD6/xgAAAAAAPL/AADp//r/uv/d/8P/UgDY/6X/pP+m/+v/5v/j/xcA6P/r/+v/6v/p/9T/2v88AOr/vf/C/8P/6P/R/9H/LADf/+D/zf/c//X/AADZ/9v/5v/P/wwA3f/X/+n/3f/d/xQA3f/Z/wAA5P/d/7z/n//O/8z/GgC6/x0A6v/b/8T/tf+3/9v/DQD0/wAA2//r/+v/FADk/+L/AADt/wAAAAAAAOP/AAAVAND/0v/K/9//uf+V/0IAsf/Y/8P/4v/Z/+L/AAAVANb/7P/p/+v/6//j/+P/FgDq/7f/4v/X/87/z//h/zQAzP8OAL7/yf/I/7f/CwDo/+n/rf8AAOP/1f/T/6f/EQDp/xUA9//t/wAAAAD1/+3/AAC9/93/zf/W/9D/FADU/+f/1P+0/8n/1v/e/y4Ao//I/9f/EADa/wAA5//o/9v/6/8AAOn/5f/J/9T/CwDl/wAA3v8AAOH/7f/Y/wAA5/8AAND/6v8AAMz/6P/5//r/3//h/9D/CQDK/9r/IADZ/97/rv+9/wsA0//V/y8Azf/a/8z/9P/o/wAA0f8PAMf/u//Y/+v/+v/p/+r/GQDm/+X/x//t/7n/vP+8/wsAyv8AANT/HwDp/+v/6v/b/+f/6//1/xEA6v/l/wAABwDj/+H/AAASAOz/8//r/+z/6v/s/wAA7P/6/wAAJwDv//L/2P/H/9f/3P/F/8f/2/8sAND/0v/T/yAA3f/h/+b/6f/H/+D/7P/s/+3/7v8AAAkA2f8AAAAA9v8AAAAA6/8eAAAA3/8WAOz/7//t/+7/7P/t/8v/3f/y/9v/+P/D/wAAwv8AAN7/+v8AADQAAADg/8b/AADa/+H/wP/J/wgA4v/k/9//KQDX/+P/2f/Y/9b/2P/X/+H/6P/q/9z/CADl/wwAFADs//j/+v8NAAAA7P/f//T/6//y/wAA+P/u//r/FQDw/7//xf+1/77/uv+6/xMAEgCx/6T/0f+6/6//JAD2/+j/4f+7/5n/qv8AAL3/0v8hANb/2f/w/+r/2f/Y/9j/6//p/9n/7P/t/wAABgDi/+r/5//p/+//6//n/x4A6P/o/9n/9P/3//D/KADh/+r/7P/s/+n/4f/s/xQA7//r/+z/7P/s/wAA7f/s/xQA7P/h/wAAAAAAAAAA6v8vAAAA6//r/+v/7P/s/+7/6/8VAOj/8f/U/xMA2v/J/9n/BgDu/xAA3f/V/9X/BwDU/8v/5v/0/xQA7P/s/+v/6v/s/9P/FADo/+r/3f/Y/+v/AADn//r/6v/m/+v/6/8UAOn/3v/p/wAAAADm/+7/BwD3//f/7f8AAPr/AADG//j/LADs/+//7P/1//P/+v8UAPn/yf/a/9j/5P/o/9j/JQAAANT/y//Q/9H/+v/m/xkA9f/x/+//8P/v/wAAxf8AAAAA6f/p/+z/7P/i/+j/GQDz/7f/q/+m/wcAw/+v/yMAwv/r/+v/7P8UAO7/6f/s/+v/7/8jAOv/7//q/+X/3P/t/xUAAADY/+f/5f/y/9f/0f8ZAOn/6//q//H/3//l/+v/0f/F/zEAvv/D/8L/4P/R/+D/9//W/+3/1//b/wgAAADz/8f/s//I/wAA5P8eAKr/EwA1AO3/AADb/+n/7P/q/9T/AAAAAAAAAAD6/zAA+//e/9L/6v/G/7L/IgDq/9z/FADr/9L/1v/R/9j/AADd/+z/7f/s/+z/7f/s/xQA7v/Y/wAA2P/p/+r/HADm/9j/6//u/+z/7P/g/+v/5/8UAL//IwDG/8j/y//x/83/0f/X/wAA2v/Y/wAA2//f/9r/2f/e/wsA4f/l/+X/4P8AAAcA3f/Z//D/5P8AANj/3v/X/9T/1v/f/8f/LQD1/8H/AAAhAAAAAADc/wAA8f/o/+v/6v/m/+n/6/8LABEA5v/F/8L/2P/J/8v/1P88AL3/6v/r/9v/7P/s/xQA7f/s/wAAHQDs/9z/6f/T/9v/2P/M/9v/zf/p/9//CwDI/wsA2f/n/+v/2v/s/xMAAADs/+3/8//v/wAA8v/a/xMA9v/X/9f/1P/Q/93/1/8qANr/AADW/9v/z//V/wcA7P+m/x0A2//e/9j/zP/j/9X/3//e/9b/EgDq/+H/2P8AAAAA8v/i/w0A3//a/6z/3f+x/+3/7/+k/8H/tP8AAOD/CgDp/+n/7P/s/+L/6P8ZAPP/AAAYAKD/nP+i/8r/v//f/+z/5//x/wAAGQDq/+j/7P/p//j/5//n/+v/7v8UANP/7P8iAPP/9P/1/9r/2f/t//X/1P/b/9T/zf/Z/yYA3P8RAOH/4P/c/wAA4f/e//j/vf/g/6L/HQCW/xUApf/N/93/0//N/+H/4v8mANv/3//l/+T/2P/o/+r/GwDp/+n/4f/Y/9r/uv/Z/9L/IQDq//H/AAAdAM3/4//T/8X/2v8AANT/y//d/wAA+//E/+X/FQDs/+7/3v/6/xIA6/8XABQA9//t/wAAAADz/+3/AAAUAPf/7f8AAAAA8//t/wAA3//G/9v/AADd/8b/CADW/9f/6f8AANn/FADa/9j/5v+3/8//AADQ/8n/zf8AAPH/1P/h/7j/6P/l/7T/+/8ZAOr/AADb/wAA8P/F/xQA2f/c//H/4f/Y/93/yf8ZAPP/6//c/97/5v/i/+b/HgDv/wgA1//s/+b/6/8RANf/2P8UAOz/7P/z/+7/7P/s/+z/AADr/9n/8f/v/+z/AADy/+v/2P/p/9f/2f/p/9j/HwD1//D/AAATAAAAAADs//H/2/+p/83/AADc/x4A1v/U/wgAwv/A/53/1v/Z/9r/IwDu/+f/0//A/8j/GADZ/+D/6v8AANj/2v/Y/9j/2/8AAOn/AADr/+j/3v8AANr/DgDL/8//1f8VAOj/EQDx/wAAKgDS/+P/3P/X/83/2//W//X/xv/A/wAA7P/v/8T/3/8AAAAA5f8AAPr/6/8mAPv/AADs/+r/6v/o/xIA5P/l/wAAAADX//L/AABHAAAAv//l/yEA4f/l/+v/5//c/+P/5f8hAOH/5f/r/+f/3P/j/9r/wP/i/57/l/8AAMz/EgDO/9P/EwDa//T/0//c/yoA9v/T/+z/8//N/8z/JADH/+r/6//s/+v/7P8WAOr/6f/s/+z/7P/t/+3/FADs/+z/2f/e/+v/1//n/+f/JQDc//n/EwDR/9H/6f/6/+j/3f/f/9//IQDc/+T/4f/f/9v/CADT/9H/AADi/9r/0v/Q/xQA7P/s/+7/7f/s/+z/7v/d/+r/xP/M/8//5P+3/yUA9//k/+X/7f/s/+v/0v8VAAAAyv/T/9f/0v8AANj/1f+3/w0AyP/A/93/zP/o/xYA2v8OAAAA2P/m/+H/2P/Y/yYAu//1/7L/v//h/7j/yv/r/+z/6//s//D/FADs/+z/CgDt/wAAwP+2/+T/wv/I/+X/7P/A/97/6//k/+7/FADY/8z/4f/h/9z/AADs/xsA1v8LAOv/7f/f/9T/DwDM/8v/zv/H/8f/zf/H/zwAx//Y/y8A2f/W/9r/2v/Q/8f/4P+y/6T/6f89AO3/6//D/+z/FADs/+3/7v/t/+z/7f+6/+P/CgB//7r/rv8AALX/2v/2/9b/6//O/+P/BwDw/wAA1f/c/9n/1v8PAOL/2v/q/wAA4v/X/+//u//n//D/6P/s/+z/6v/s/wAABQDp/93/0f/n/9T/AAD7/8f/BgDs/wAAAADs/wAAEwDu//H/9/8AANX/1//r/8f/AADJ/9r/2//U/+b/AADq/zYA9f8AAMz/0//V/+f/BgDt/9X/x//E/9//1//C/7b/CADn/xQA7P/t/+z/7f/u/+T/8P8UAOz/7f/s/+3/7v/k//H/EgDO/+r/w/+n//f/y//m/+j/6P/i/+j/7f/p/xgA6v/U/+n/1f/F/+j/5f8PABYA5P/i/+b/5f/q/+r/GwD0/+f/6//r/+j/6//s/xYA7P/f/8//yv8nAM//2f/p/8//2P/o/8r/2P8AAOT/+P/4/87/+f/H/8P/1v/V/wAA1//m/+n/2P/Z/9v/2f8hAOn/p//O/7z/DgAUABoA8f/D/9b/3P8YAIf/n/8QAMr/q/+x/9v/hP8AAKz/LgCw/7T/2//Y/9P/yv/q/+r/JADc/+f/6P/g/xQA7P/r/+z/AADt/+L/7P/s/+3/7f8ZAO7/7/8TANX/5//c/8L/7P/C/9v/2P/T/8r/6v/q/yQA3P/q/wAAAADu/+v/4f8AAOb/BwAuAOz/7v/i/+b/tf/R/+z/7P/j/+z/7P/r/xQA7P/b/yAA0f/4/9X/2f/K/9v/7P/s/+z/FADs/+3/7P/t/ykA5f/n/+P/5P/W/+T/6f/s//j/7P/s/+r/6/8TANz/FADs/+z/8//u/+z/7P/s//f/CwDv/+f/1//Q/+f/4f+O/ygAqv/E//j/p//T/73/6v/m/wAA6P/k/xMA2v/Y/y4A4f8AAOH/2f+1//T/zf/b/yAA1f/p/9n/xP8AAOj/6//j/+z/6//m/+z/6P8XAAAAFAD1/wAA7f/t/+3/9v/m/wAA2f/e/9L/2P/g/wAA3f8bAOr/EgDT/9P/t//L/xkA6f/r/+r/8f/f/+X/6//q/9X/6//Y/8//8f8SANn/wv/A/8//5v/k/9D/QwDP//T/KAD2/wAA6f/m/9r/+f/Y/9j/4f/m/+r/AAAPAAAAFADq/+v/7P/s/+v/7P/r/+v/zv/L/9P/1f/6//f/1P/h/8L/7P++/w8Azv/I/wcAy//G/9j/4/8IANb/4P/7/+7/yv/X/9z/0v8lAMX/1v/X/+X/DgDh/9P/BgC+/8P/GgDn/+b/6P/l/+b/6P/p/+H/1P/Y/+j/2v8hAOv/2P8OAAAAmP/3/8j/0v/K/wAA2f/q/+n/8P/h/+f/BwDn/wwA6P/v/+//7f/A/+v/EgDX/9D/FQDI/8n/AADK/8D/3v/e/9j/2P8GANT/1P/t/+3/3P/Y/+3/4/8iANv/2f/s/+z/7v8AAPf/7P8UAPf/0v8KAOv/2//b/xQA0v/q/77/yP/N/xQA3f8AAOz/4f/q/+L/7P/p//D/4f/b/xcAzP/q/9r/2v/s/9H/+f8ZAMb/7//c//H/5f8jAMr/5v/s//H/7f8AAAAA3P8UAO7/3P/g/7n/2v8UAPX/3//I//j/5f/a//j/FQDp/ykAxv/o/wAA4//h/+z/6f/W/xMAFwDX/9P/1v/V/9D/+f/X/9X/3//W/+T/6v8AAB4A6f/r/+v/6f/M/xQA8f/s/+z/6f8AAAAAAAAAAOz/DAAUAPL/AADW/93/AABIAPT/t//f/8//3//j/9//6P8hANn/z//R/9//6v/r/+f/JADf/93/DQDd/+b/6P8TAOn/6/8pANf/2f/h/+D/2P/Y/+P/sP++/8D/yP+6//n/+f8RAMr/2f8QANH/7P/W/wAA1f/p/+j/uP/G/xkA9f/L/+b/DwDY/9f/x/8YAPv/3P/r/wAA7//W/+H/2f8AAMH/xv/n/7L/qP8KAMz/IQDZ//H/EQCm/wAA0/+9/9z/9P/j/+v/HADr/+v/3f/k/+L/3v/s/9z/7P8AAPL/+f8FAOv/AADU/9j/3f/d/9P/AADZ/93/4/8AANb/3v/q/woA2P/V/+r/2f/p/+f/AADb/w8A2f/y/9n/6//p/ygA2P/m/9j/7P/s/+z/7P8iAOz/6/+x//P/0//M/9z/9v/6/77/0/+3//P/9P/N/9L/GgDE/+b/3//p/+3/4//a/9n/KADs/+r/6//r/+v/6v/m/xUA6/8AAOr/+P/x/wAA3f/q/9X/GQDp/+v/8f8AANL/6v9m/+b/xf+8/4D/1f8QAOr/6P/R/+r/3f/s/yYA1f/G/wAAAAAAAOv/AAAKAO3/+v/r/+v/6//p/+z/6v8VAOv/x//n/8r/7P/R/wAA5f/E/9D/AADk/+j/4/8QAOL/HAATAMb/3//Q/9z/AADs/8T/6/8WAOz/7v/q/+r/6v/s/+X/IADo/+z/3f/f/9n/6f/r/+v/6v/p/+r/FgDp/+v/4f8LAMn/z//I/8z/AADJ/+z/5//s/+z/AADx/xQA7P/s/+f/7P/s/wAA8f8UAOz/1v/p/9v/5//u/9X/KgDv/8//0f/f/+r/6//n/yQA3//C/9//2//2//X/EgC//wAA0P8LAKr/rf/o/+//q//h/93/DAAUANX/6f/c/+z/1f/d/w8A6//h/9L/3f/k/xQA6//q/+z/5v/r/xYA6//p/9T/5P/U/9H/6v/O/xEABwDm/9//6f/t/+P/2v/Z/ygADwAUAOf/5f/g/+r/0//j/xcA8//x//f/8f/o/+n/8//h/yYA4P/Z/8H/2f+//+b/4//r/+r/AADL/xAA2//e/+v/4v/f/9z/2v/b/xMAFQD4/+f/6v8UAMj/5f/V/9f/EADz/9T/7f/a/7T/8P/u//n/y//w/+v/6P/B/wAACADt/7n/6f/V/9//8P8SAOn/7f/n/+3/7//z/+n/GQDw/9P/EADX/8j/7f/E/8n/AAAAAA8AvP+5/87/1v/P/7b/7f/n/+3/7//z/+n/GQDw/zYAzf/I/9b/6P+6/7r/zv/p/9v/7P/S/+z/8f/3/wAA9f/s/+//AAAAAOL/AAAUANT/2v/o//r/4//w/+r/HQARAN7/7P/i/9n/EQDJ/9f/4v/c/+b/2f/l/+D/IADg/+r/5v/r/9//6//k/xkA5/+l/wAAs//b/+H/6//H/wAA6/8cAAAAAAAAAAAA6//z/93/6f/r/9//2P/C/+b/JwDX/87/7f8UANf/v//J/wwA5P/a/+v/EgDx/wAA3f/m/+v/GADk/+3/7P/k/9//7P/0/+z/7v/t/+7/5P/s/xQAFADz/+3/AAAAAOz/7v/2/wAA6//f/9v/+f+6/+z/DwDz/+T/7//s//v/zv/2/zAA1P/l/+P/7P/q/+j/HADY/+v/6//i/wAA8v/r//L/FgDV/+b/1f/f/9j/AADY/w8AvP+7/9b/of/K/+X/IACt/87/0v/E/9X/2v8AAAkA1v/p//D/7f/q/+n/7P/r/xMAyv+3/8n/y//L/+b/HgDd/+z/7P/s/wAA7f/s/xQA7P8rAMT/3/+9/8H/tf+4/+b/3f+O/w8AHAC2/8n/1v/Y/+3/AADs/+z/6//s/wAA7P/C/+v/1//a/9r/zP/1/xQA7v/s//H/7P8AACQA7f/Y/6z/5v+1/w4Awf/w/9X/GQDn/wAAAAD7//r/8P8XAOf/tf8AANT/2f8TAPH/0//m/8n/0f/U/9X/1/8OANH/AADQ/9D/1P/W/9f/EwD6/9X/vP/c/9L/1v/q/zwA+f/f/9j/8v/p/+3/7P8XAAAA7//b/9X/6f/K//b/OwDG/8b/6P/i/9f/4//j/yAA5//T/9r/uv/c/9L/0f8mAMP/7P/a/+n/x//P/9v/EwDQ/woA3//s/9v/AADn/xQA2P/b/wAA5f/X/+z/2P8UAOX/vf8rAOT/4v/k/+X/yP/S/wwA7/+e/9r/sP+x/5//GADc/9j/7P/T//P/3//I/+r/JADr/+j/6f/m/+v/FgDp/+v/5f/n/wAA6f/a/w0A1v/o/+X/6//q/+D/+//t/xoA3//C/xkA3f++/7r/x/8AAOb/zf8jAAAA1//N/9X/x//b//H/5v/2/wAAHQDy/wAAEgDA/wAAwP/K/9L/1f/J/x4A7P/v//j/AADz/+z/FAAAAMz/1//S/77/vv/7/+L/IgDw/9r/4/8AAPH/AADo/yYAAACv/8X/v/+9/9D/7v/1/w8A1//S/7z/4//W//f/8v/t/xUA6f8AAPT/AADu//r/2//q/+n/HADl/9b/6v/W/xAAAADb/wAA+f/d/9f/7P/i/ysA+v/7/wAAAADg/+7/EgD0//D/AAAAAAAA5P/y/9T/AAAAAAAAAAD6/zAA+/8UAOn/5//s/9j/8f/e/+D/z//I/8P/uv/X/zEAzv+7/+z/7P/u/wAA+f/s/xQA+P/s/yYA8f8AAOz/4//T//n/CQDQ/6H/rP+m/8b/DwC0/+z/FADs/+3/7P/s/+z/7P/1/+f/HgDt//n/8v/s//P/6//r/+r/6v/r/+n/FgDr/8b/3P/t/9j/3P/U/xwAzP/A/+7/xv/A/+L/xf9OANT/s//w/9f/yf/t/+v/1P+s/7X/0P/q/7b/rP/O/97/9//s/+z/7f/s/+z/7P/s/xQAov8JAL7/t//d/w0ApP/2/7f/EwDE/8j/+v+y/+L/0//a/xQA7P/s/+v/6/8AAOv/8f8VANH/zP/b//X/1//B/7v/uP+x/xoAwf/P/wkA+//m/9n/BwDS//f/1P/L/+3/FADs/+r/x//k/+z/9f/q/+v/QADt/+n/3v/c/xQA3P/m/+z/0v/O/+r/wP8YAOP/DgDE/7P/qf/C/7H/6f8JAO3/AADs/+3/7f8UAOz/9P8AABMA1//X/+j/1P/n/wAA2v8AAOn/6v/c/xUA6//O/+//HgAAAAAA7v/l/+L/5/+o/7X/UQC3/7z/sP/A/7b/7P8UAOz/7P/s/+z/7P/s/9b/uf/m/93/3P/U/wUAJAAUAOz/7P/z/+7/7P/s/+z/JwDg/+P/4v/a/+X/9//E//P/8v8UAM//7P/l/+z/7f/H/7X/5v+s/+7/4/8cAMz/yf/M/9//1v/E/wAAHQDC/+T/AAARANn/2f/a/7D/xv/b/9j/2P8AAAAALgDn/wAA0//R/+T/x//S/xcA6//E/+z/6/8AAOz/FQDY/+D/6/8IANn/3f/5//b/5f/w/xMA4f8GANn/6f8AANT/8P/w/9r/6f/W/+r/+P/t/wAAAADH/9b/AADh/+v/z//r//b/2P/U/ygAzv/Y/+H/0//b/wAAzf8PAPn/u//6/8b/rv+7/wgA4v/d/9P/5P8dANL/8v/1//n/+f8AAPP/IgAAAPL/9f/5//n/AADz/yIAAADj/wgA4v/3/+v/2P8HAAAA7P/Y//n/AAD4//P/FQDt/9L/3//q/+j/5f/p/yQAyf/Y/xkA8P/m/+j/2v/p/+r/7P/u//L/7P/t/+z/FADs/+z/7P8UAO3/7v/s/+3/7P/t/7T/8P+H//f/ov/K/wAA5f/S/8r/1/8AANv/6v8OAAAA4P/A/8j/1v/3/wAA1v/W/xAAv/+x/9n/DgAAANn/AAAAAPT/AAAAACQA+f/i/+//7P/b/+r/7f8AAOz/FADr/wAA7v/q/+H/FADZ/+3/yv/R/zAAwv/g/6H/6/+0/7f/y//D/9H/uv8NACoAhv/K/8v/7P/3/+z/AADq/xQA7P/s/+z/7f/s/+z/7P8UAMT/5//5/9b/2/8nANf/0/8SAOP/8f/j/9X/4P/x/+D/zv+e/8r/vf+Y/8P/AAAaAAAA6//r/+z/7P/Y/xEA7P/m/wAA5//c/9H/FQDo//D/xv86AK7/qv/C/5v/9f+0/wAA1//V/+n/1f/n/xAA0P8AAAAAAAAAAAAAJAD5/+n/xf/a/wAA1P+o/6H/zP86ANb/3P/V/9j/AADD/8L/AAAWANn/9P/r/wAA8f/n/wAA6//Z//b/5/8fAA8ABwDi/9v/2P/b/9n/6v/q/yMA2//E/+n/1P8AAPH/AADV/9r/7P8bAAAAAAAAAAAA7P/2/9j/OQDf/9r/1f/a/8b/2f/r/+r/3P8UANn/1f/x/+T/1//W/+L/6v/y/9X/IwD6/97/DwDb//D/5f/Y/wAA3v/r/yoA+P/4//b/yf/X/+3/3/8TAO7/6P8AAOn/9v/q/8//GgDs/wAA8//i/wUA9/8AABYA6P/k/+r/2f/d/9f/BwDt/+v/+P/t/wAA6v/j/97/5//n/+f/5P/p/+b/GwDM/9f/LADd/+L/8P/J/9r/6f/l/+v/7P/r/xYA6f/k/93/1v/W/9b/3/8qANX/0v/e/9j/1P/U/7v/sv8MAOX/2P/Q/97/6/8PAOP/JwAAANv/AADm/+n/6//i/wAA5//u/8n/+v+///P/AADv/+b/GgDL/83/y//G/93/yf/r/xQAxP/e/+v/7P/q//f/7P/P/zcA1v/K/8//1P8KALb/1//W/+L/6v/y/9X/IwD6/+j/3f/s/wcA7P/k/wsA2f+0/0IA3P/U/8X/yP/S/8H/2P/u/w0AAADT/9f/5//C/87/z/8AAMz/AADg/xUAuP/s/+z/7P/1/+7/2f/s/xUA6v/g/+b/3v/z/9P/NgDy/8//0f/f/+r/6//n/yQA3/8AAPX/AAD1/wAA+v8fAAAA6//t//f/AAD4/+z/7P8WACkAof+j/87/0v/I/wAAy//X/+n/7P8AAOX/5v/n/xkADgD1/6r/pP+c/8D/ev/N/8n/xP/u/8//y//x/8X/BwDs/9f/9f/6//X/8P8VAO3/6f/2/9z/2//n/+P/CwDo/+L/BgDq/+L/7P/U/wUA5P/p/xcA6//s/+z/6P/h/+n/y/8AANL/wv8AAO//4f/t/+//9f8AABYAAADn/wAA7P/2/8D/0f++/wAAu//R//L/6P/n/+P/9v/e/+X/GgDp/+r/3v/W/+D/AADp/xYA2f/q/9//6//e/+X/7v/z/xQA3f/c/+P/n//d/7X/zf8kAAAA4//r/+v/5f/m/8f/FwAVAAAA1//x/+n/9v/q/+v/uf/A/63/yP8jAOj/AADZ/8b/1v8AAOL/3v/i/+n/8v/t/wAAwv/M/+n/uf/N/83/7P8VAOz/6//s/+z/6//s/xEA1//b/8b/1v/b/wAA0P/g//r/5f/i/9P/0P/4/xsA0v8ZAMb/AADi/9L/wP/Z/yIA6//f/+r/6v/R/8z/2f/l/wcAEQDW/9P/3v/j/9L/1f8IANb/0f/T/xEA3//W/9P/vP/n/8f/y//V/0kA4//s/xQA7P/t/+7/7f/s/+3/3f8hAN//3P/e/+P/3//j/9X/2P/i/+P/AAAWAOr/2f/X/+//1v/Z/8T/3f/p/yAAAADe/+L/2v/d/9n/+f8AAAYA7f/B/7n/ov8LALj/oP/q/9b/AADo/+v/FADp/+v/7P/s/+7/AAD5/+z/FAD4/+z/FQDs/+v/6//r/97/5P/s/xgA7P/s/+v/3P/q/+r/t/8OAMH/5P+8/w8Axf+r//n/5//v/+v/7/8WAOn/5/8NAOP/7P/w/+r/7P8AAOv/3P8UANn/7v/s//n/6P/W/+z/7//M/9b/9P/5/+z/EgDz//L/5v+6/8f/CwDw/7P/zf/r/8b/1v/o/xwACwDg/xYA7P/r/+z/6v/M/9b/4f/Y//H/8v/y/+H/9P8TAPb/KgDI/8//1P/U/+T/4f+5/+D/KwDi/+L/4P/j/8r/2P/N/+r/5P/s/+7/w//s/xwA2//W//v/zP8AAAwAwP/M/9X/zP/x//j/yv/P/9v/8P8SAOr/6f/b/93/2P/m/wAA2//X/+P/+f8jAOP/AADe/9L/z//O/9j/3P/3/ycA0v/s/wAA5//X/wAA6//V/8b/IgAAAAAAAAAAAOD/3f8AAO7/3v/p/9j/9P8jANX/6P/v/+v/6//z/+//6//s/xQASQDb/6r/0P+//+L/v/+O/8j/7P/c/+X/2P8fANb/7v8GAO7/vv/Q/8r/EADO/+b/+f/T/8D/zP/2/9H/4f8AAOv/4v/R/97/2//V/x4A6P8AAPX/7//1/+//7P/3/xUA6//o/+z/6//m/+z/3f8XAOz/7P8AAOz/7P/Z/wwA7P+6/xUA3//Q/+j/FADk/8L/DADG/+j/zv/W/wAA+f/U/+f/1f/r/9T/AADx/wAA0v8GANT/2P/r/+f/2v8OANP/AAC+/+D/uP8HANb/5/8AAOv/7P/q/xQA7P/o/+z/7P8UAOT/2P/d/+j/2//7//b/rf9AAKX/lP/v/7n/0f+S/wAAGQAAAAAAAAAAAOj/AAC//zwAyP/k/9n/wv/U/9X/5v8ZAOr/5v/V/9v/0//r/wAAGQAAAAAAAAAAAOj/AADr/xcA6//v/+D/6P/k/+X/zP84ANL/x//J/8b/xP/V/8T/UQCi/7z/5f+8/8v/5P8IABMA7v8AAPH/5v/X/+v/w/8nAN7/4//c/9T/yv/i//P/DADm/+T/2v/M/9X/0P8IAMz/AADJ/8//wP8LAMr/0f/X/8b/1//x/7//wv9DALf/7f8RALH/BQDo/+3/rP/c/73/AADp/9v/9P/b/8b/yf/f/+n/7/8dANP/vf/h/xQA7f/t/9b/6//s/+7/6P8AAM//xf+5//j/xv+6/wAA9f+//9H/6//J/wAAv//E/+z/AAAUAOv/6f/q/+z/4//r/xwAAAAAAAAAAADr//P/4P/B/7P/s//Q/xUA1//2/9H/HQDs/9r/1//V//P/5//r/+v/6//s/xUA8P/s/+z/0/8PANL/4f/Z/+r/CQDk/+z/7P8UAPL/8f/s/+3/7P/k/x4A3P/r/9n/2//l/+P/x/8AAL//iP8WAMv/qf/Q/9n/4f/r/+z/AADY/9T/EQC5/wYAzf/j/x4Au//t/7b/7P/u/+7/AAAUAOz/7P/k/9X/0/8QAO3/3v/W/9f/AADr/+j/7P/r/+D/6P8YAPH/0P8AAOz/1v/R/8n/AADI/w4Auv/b/8D/3/+Q//j/1//Z/9j/AACW//L/3f+2/wkAJwD2/8D/zf/P/8b/wP/B/xUA7v/7/+z/AADp/+z/8//B/7//6f8AAMv/6f/T/wAACQDE/+D/+P/V/wAAAADL/9j/6//p/wAA8P/f/xEA1v8AAOT/1v/W/9f/AADV/9f/6f/r/xgA6v/r/+v/5//g/+z/5//d/+L/1v/q/xUA3//d/6f/5v/5/97/2v/o/xMA9f/n/x4A7f/5//L/7P/z/47/7v+m/77/EQDB/+L/6//j/+X/7//h/+b/5v8oAPr/tv8yANb/1P/R/6z/4v/X/8T/CwDI/9f/0//F/xIAx/8AAPP/AAD0/wAA+v8jAAAAAADt/wAAAAAAAMb/9/8tABAA6f/r/+f/6//u/9j/5P/s/9v/6//l/9v/7P/s/xUAyf/L/9f/0f/x/9X/1/8kANj/0//S/+X/xf8fAMX/9v/M/xkA5//k/97/4f/x/9r/8P8pAPb/8v/1/+j/2v/y/9n/zv/Y/97/2//z/9b/AAC9/wkA6P/7/+z/uf/f/9P/7P/s/+z/6//s/+v/7P8UAPr/xP+8/9H/3v/o/x0Au//q/+H/6/8AAOX/AADZ/+r/7//c/83/m/+6/8L/GQDa/xQA7P/t//D/7f/s/+z/7P/s/+7/7f8AAO//7P8UAPL/7P8UAOz/7f/u/+3/7P/t/8T/9v/b/+b/1P/g/xAAAADM/+v/0f/J/83/BwDp/9T/HwDB/wAAzv/6/63/CgC0/9n/6P/c/9f/yf/J/zIAvP/j/9r/4f/f/9j/3v8lAOr/n/8AABgArP/p/9v/+f/o/wAA7P/r/+j/0//e/9f/IgAUAOf/7P/H/+z/8P/r/9v/AADa/7v/z//Q/xIA5P/y/8b/6f/H/xQAx//M/9j/EgDF/7D/w//R/8v/z/8WAPv/2//T/9z/1//i/9v/KwDJ/wAA9f/3/+3/8P8iAOT/3/8mAAAA6f8AAAAA9v/k/wAAFQAeAMj/yf/M/7X/zf/N/9n/4P8AAOD/4f/Z/9j/EgDq/7L/1//f/97/w/8oAOr/6/8jAPL/8P/0/9r/2f/s/+f/CQAAANj/1v/Z/9X/3v/Y/xsA6P/l/+j/3f/m/+P/7P/t//P/7P/s/+z/7f8UAOf/+f8AAMn/x//X/+f/v//S/+f/2f/q/+b/xv8qAOH/6f/a/wAA+/8AAPn/JgAAABIA2P/i/9r/5f/q/wAA4f/M//H/5v/l/93/6P8aAMj/7v/s/+z/7f/s/+z/7P8UAOj/2v8UAOr/5//T/9f/AAC1/7r/rP/0/8//t/9EALb/wf+9/w0Azv/0/8T/AAAAAOX/0P8TAOH/5/8eAND/4P/T/9X/8v/Z/wAAHADQ/9L/7P/s/+z/6//s/+n/7P8VANf/w//H/9P/FAAaAKr/yf/R/+n/CgDM/xMAzv/O/9P/5v/f/+n/7f/j/9r/2f8oABIA5v/U/9T/1/8AANr/5f/Z/ycA4f/P/87/xP/m/9n/6P/p/+n/5v/g/+H/GQDo/wAA7P8AAAAAAAD3//j/FADj/+n/6v/s/+z/1v8pANf/6v8TANj/5P/b/+z/2P8AANv/6v/i/+j/6/8AABIA2v/A/wwA+f/J/7j/6v8AALv/4P/j/93/AADY/9n/GADY/xMA5f/Y/+f/CwDw/7z/4P8bANr/uv/i/+D/u//2/9P/8P/a/xEAvf/p/8r/AADw/w0Aov/O/6X/4//3/+j/wP/h/9v/7/8RAMz/wf/S/wAAEACx/7L/y//G/+v/IQDe/xMA7f/s//D/7f8AAOz/7//O/5v/RQDy/9P/v//H/7H/z//I/wAAAADC//r/0f8AAJr/wP8AANb/xv8MAMn/4v/r/9z/6/8VAOP/xf/G/xQA7f/q/+z/7P/t/xQA6v/s//v/2P/S/+z/z//h/wAA4//j/+b/2//Y/+b/DQAAAOr/4f8AANP/z//m/8D/+v/K/wAAKQC8/8r/4//P/8f/0f/r/9H/sf/B/9H/4f/k/wAAFwDT/9b/3f/l/9//EwDb/9j/6v/Y/+v/AADa/wAACQDq/+r/9f/p/xQA9/8AANr/+P/s/wAAAADc/+v/6v8UAOz/7P8AAOz/7P8TAOn/7P8jANP/6P/q/9f/1P/k/+X/xv/A/8H/sP/Y/0QAxv+y/xsA4v/q/+r/9P/s/9r/4f+q/7P/HwCw/+H/FQDY/4L/tv+3/w8Avf/H/w8A5P/b/+r/5P/a//D/1v/Y/wcA0/8cAO7/5//w/+3/3//n/+z/2P/r/xQA2f/r/wAA6v/j/9//6v/s/+z/7P/p/xEAAADr/+P/7P/r/+b/7P/o/xcANQDk/+f/5v/r/8X/xf/k/+z/7//s//X/8//6/xQA+f8OAPD/1//r/9z/+P/d/9r/z//j/x4A5v/r/8r/6v/C/93/7P8sAN3/5//p/9f/2f/I/9H/MADg/9r/y//T/+P/0P/M/y4Ayv/c/83/4v/U/wAArv8uAOn/qP+q/77/AAAAAPT/+P8AAA8AAAD0/+P/5P/g/9//6P8lAMv/3P/h/9v/6v/H/87/0v/l/7H/JgDk/xMAyP+x/9H/8v/s/77/4/8AAOP/5v/j/9H/AADg/8//7f/u/7b/qv+i/9H/FQCu/6z/AAC+/8b/r/9OAL3/2v8TAMf/6f8QALr/9f/T/+v/9f/j/+v/7P/h/xIA6/8HALz/1//V//X/7f8MAOj/6v/u/+D/2//E/+3/0v8PANP/1f/r/8f/2v/Y/x8Auf8iAN3/5f/5/wAA7v/g/9j/NAD5//f/AAAAAPX/0P/u/77/JADY/+r/uf/1/7r/pP/p/+b/6v/j/+z/JQDY/9n/mv/6/wAA4P+K/wkAtP/u/+z/FgDs/+3/6v/k/+3/7f/T/+f/FQDk/9r/7P/r//b/2P8mAMD/x/+//+v/9f/Y/87/u//I/8f/0v/Z/z4Ayf/V/9L/6f/S/9f/MwDE/8n/GADp/+n/5//s/+X/6f/m//H/1f/c/7j/0P+7/9X/JQDY/9v/3f/Z/9b/yP8AACQA9v/X/9T/EACd/+//r/8LAMr/9//K/8j/IADp/7//5f/I/+b/1f8NANj/FADR/9D/0P/E/9H/5v/r/9f/LQDg/83/+//E/7z/uP+6/wgAzf/h/97/4P+//67/w//S/9H/4f/A/+b/5f/N/97/5v8hABYA7P/p//D/7P/r/+D/7P/a/97/1f8GAOb/3P8RANL/2v/f/+X/2v8AAPX/yv8UAOn/GADr/+f/4P/k/9b/6//p/xgA6//n/+D/5P/W/+v/3v8UAOP/2//g/w4Ax//U/+D/3P/m/9n/5f/f/yAA4P/X/wAA5v/b/9z/1/8UAAAAw//7/+r/3f/A/+T/EwC1/8f/NgDg/87/zv/g/9v/y/8RAOv/yv8AAMD/4f/y/9//CwDq/7v/6/+W/9b/5/+v/7//CQDX/9j/6//G/wAAzP8HAMf/4v/V/83/DADr/8b/NgDq//b/9//6/+T/6//M/x0A0v/q/8r/x//S/+v/1f8AANv/4//u/97/FADY/9j/7P/l/xQAAADr/+v/2//1//P/8//v/97/wP8IAOD/tv/v/+z/8P/s/+z/7/8UAPD/v//d/6D/5P8RAMb/AACy/+f/6//s//b/7v/s/xYA9f/B/9L/AAAAAOP/+v/Q/8D/5f8aAOz/7P/g/+r/7P/a/7f/4/+9/wsA4f/S/yEA0P/1/6X/nv/l/67/6P/Q/wAA2f/s/8f/9/8AAOb/9P/S/5j/8v/a/93/DwAVAPH/ov+0/xIAv/+7/8P/AADQ/8D/EwAJANr/6v/J/9j/0P/V/xQACwAAAAAA9f/s//X/CwDu/+z/7P/t/+z/7P/s/xQA6//r/+v/6f/s/+v/FQDs/9j/yP8AAAYABQDt/7f/zP/F/9z/v//C/8n/GAAbAMP/7P/s/+z/7P/s/+z/FADu//f/AADC/9D/4P/r/+P/3v+1/+H/wf/N/7v/7v8zAMH/9/8AALb/zP/Z/+3/EAC8/83/IQC//83/0f8UANf/yf8AAOn/5P/b/7b/GQCP/7T/0v/5/7n/vf/J/+j/GADZ//P/DQAAAAAAAAAAAAAAAADg/wAA0P/p/4r/wf/L/9//3v8NAPP/3f+R/7P/3f/c/7//z//n/7r/z//s/+z/pv+i/7D/3P8HAOv/q/8LAOz/AADg/77/1v/H//L/4v/x/9X/1//x/8T/AADf/9//AAAAAAAAAAAAAAAAAAAAAAAA2P8PANP/r//i/8L/9//O/yoAof+j/5n/sv/O/x4Afv/M/+n/AADq/+j/3v8lANf/CACZ/+P/m/+Q/83/EACB/77/2P+z/4n/u/+e/93/2v/r/+v/6v/n/+z/6/8VAOv/AADo/w8A6v+//8v/xf/U/wAAAAAAAAAAAAAAAAAAAADw/8T/1v/R/9b/6/8AAO3/7f/s/+z/7P/s/+z/FADs/+3/AADt/+j/4P/G/+n/4v8VAM//0v+6/+b/1v/z/8D/HQDk/9//8v/t/+H/6v/t/wAAAAAAAAAAAAAAAAAAAADs//P/8v/6/+v/9f/p/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/s/+z/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAD1/+3/AAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/n/9//4v/m/+T/HwDg//n/AADt/wAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAA6//r//r/6v/x/xYA6//t/xQA7f/s/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQA7f/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAYA+//U/+X/5v++/9X/AADz/+//7f8AAOv/6/8VAPr/4v8AAN7/7f/p/w8A1f/X//P/3/8AAN//1v/X/wYAwf8VAOr/6//q//H/7P/s//j/AAAAAAAAAAAAAAAAAAAAAOr/FADv//D/7v8HAOz/8P8AAAAAAAAAAAAAAAAAAAAA6f/n/+z/9P/t/+r/FgDq/+P/2f8AANP/1P/w/+r/CgAAAAAAAAAAAAAAAAAAAAAA7f/t//n/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALv/AADZ/9D/2/8KALn/+P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/h/9P/KQDe/9H/2//W/9D/7P/o/+z/6/8AAN3/DgDZ/wAAAAAAAAAAAAAAAAAAAADw/+z/9f/k/xUA6f/r/9r/2P/i/yAA4P/U/93/4//g/9f/2v8kAOD/3v/Y/+D/3/8AAAAAAAAAAAAAAAAAAAAA2v8wAMf/u//M/8j/2f/G/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/m/+f/2f/m/w8AAADf/+3/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/5P/p/wAA5P/u//r/2P8AAAAAAAAAAAAAAAAAAAAA+//2/xQAAAAAAOz/7P/4/+n/5/81APX/AADR/+X/+P8UAOz/9/8AAAAA+f/s/wAA4v8AACIA5//w/wAAAADt/+z/7P8UAOz/7P/r/+z/7P/X/8z/6v/V/w8AzP/7/w8AAAAAAAAAAAAAAAAAAAAAANv/4v/C/7j/5//X/7f/KADp/+r/5v/r/+r/FgDp/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/9L/4//r/xgA1P/j/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7P/0/+v/7f8YAAAA5v/Y/9j/2v/Q/9T/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/CQC6/7H/xv/6/9n/zP/b/9X/4//i/9//3P/h/yIA5//s/+3/7P/s/+z/7P8UAOz/7P/s/xQA7P/s/+z/7P/A/8H/w//y/93/zf8AAMn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FADs/+X/6//s/+z/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAPX/8//j/+j/DADm/wAAAAAAAAAAAAAAAAAAAADv/wAAAAAAAAAA+P8YAAAA7f/i/+z/7P/m/9r/DAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUA3//G/+f/uf/I/+T/1v/t/+z/9f/w//P/FADu/+z/BgDa/9j/2v/X/xMA5P/X/wAAAAAAAAAAAAAAAAAAAAC+/wAA1v/x//D/CgDd/+//AAAAAAAAAAAAAAAAAAAAAN3/JwDq/8r/5P/j//H/4v8UAO7/+//u/wAAAADu//b/6v/s/+z/7P/s/+z/FADs//D/AADt/wAA+f/t/xQAAADh/9z/AAAAAAAA+f8uAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAPD/AAC9/+f/zf/X/9X/JADt/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//u/+3/7P/t/xQA7P/s/+z/7P/s/xQA7P/s/9X/7//R/woA6P/Z//f/9v/j/97/q/+r/7T/AADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA/9z/4P/d/wUA9/+f//T/+P8AAOr/AAAeAAAA4/8AAOL/7P/0/wAA0//X/xQAFQD2//H/+f/r/+v/6f/t/xMAAAD2/+z/5v/l/+n/3/8AAAAAAAAAAAAAAAAAAAAA8f8ZAOv/AAAAAAAA7v/6/+3/7f/x/wAA9//t/+z/FADr/+v/7P8UAO7/6f/s/+v/7P/s/+z/FADs/+z/7P/s/+n/GgDr/+D/5v/r/9r/6f/e//r/7v8AAAAAAAAJAO3/7P/s/+3/7P/s/+z/7P8UAPD/7v/v/+7/8v/r/xUA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9/8AAAAAAAD6/xUAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+v/6//s/xUA7P/r/wAA6f/b/+v/6//l/9j/EwCk//n/sf+7/6b/AAAZAMX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHANb/6v/q/wAA+f/v//X/IAAAAN3/u//E/83/uv/e/xQA7P/t/+7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7P/s/+z/6v/d/+v/7P8VAPb/9P8AAAAA+//3/+3/FADs/wAAAAAAAAAA8/8AAPj/KQDZ//n/+//0/9j/5f/s//P/+P/v//H/+P8VAPX/AAAAAAAAAAAAAAAAAAAAANX/yv8AAN3/2v8mANf/7v/r/+j/3//r/+z/GgDl/9n/AAAAAAAAAAAAAAAAAAAAAOP/uP8OALz/AAC7/9P/9P8AAAAAAAAAAAAAAAAAAAAA6P/s/+z/7f/s/+z/FADs/xgA7/8AAAAA9//q/+v/AADW/y4A3f/p/+n/3f/M/+f/AAAAAAAAAAAAAAAAAAAAAPH/KADq/+7/6P/s/+T/6v+0/18Awf+r/8j/s/+s/6v/6/8VAOz/6//g/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD0/wAAAAD2/+z/7P8AABMA4v/q//v/7v/n//H/9//x/9r/yv/b/93/1/8ZAMf/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A3f/Z/9v/4f/k/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/wAA3/+q/8H/2f/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/wAA7f/V/+P/0/8AAM3/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/o/+z/7f/s/+z/FADt/+z/7P/r/+3/7P/s/xQA7P/s/+z/7P/s/woA6P/i/+T/AAANAMj/2P8AAPv/AAAAAAAA7f/z/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/9r/x//U/8X/EADF/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/0//X/9//s/+z/+f8VAOr/FADs/+X/6//s/+z/5v8AAAAAAAAAAAAAAAAAAAAA1//Y/wAA2P/r/93/2P8AAAAAAAAAAAAAAAAAAAAAAADu/+v/FQDr//P/7P/r/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+//AADs/+r/CgDK//b/mP/X/+f/OADE/7b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAADl/9P/2v/h/97/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAjAPf/AAAAAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u//n/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xIA4P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+//8P/t/xQA7v/s/xQA7P/s/+7/7P/s/+z/4/8WAOz/7P/s/+z/7P/s/+b/GADo/+r/6P/p/+f/6P8AAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAAAAAAA+/8AAAAABwAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAA7f/p/xUA7v8AAPT/+v/t/+z/7f8AAAAAAAAUAPT/7P/c/+v/6//p/xEA3v/g/wAA7P8AAOz/4f/Y/93/EQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMADl//D/4v/a/wAA7P/m/9P/5//b/+T/5v/j/zAA0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/+f/E/+f/rf/f/wAA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/5v/O/8f/1f8tALf/1v8AAAAAAAAAAAAAAAAAAAAAyv8LANH/0f8KAMX/2v/V/wAAAAAAAAAAAAAAAAAAAADY/9P/6f/Z/wAA+P8pALj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+v/6//s/+z/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/7P/s/+z/7P/s/xQA7P/s//n/7f/s/+z/7P/s/xQA7P/t/+3/5f/u/wAAAAAAAAAAAAAAAAAAAAAAAOz/6v/s/+n/7P/s/xUA6//s/+z/7P/s/+z/7P/j/xUAAAAAAAAAAAAAAAAAAAAAAPP/7P/t/+7/7P/0/xQA8v/p/9//7//b/9n/2P8RAAAAAAC5/+D/yv+3//P/AADC/wAAAAAAAAAAAAAAAAAAAADa/9b/wf/Z/8X/CgAAANj/FADs/+z/9P/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAOj/5P/s/+r/5//n/xsA4f/o/+z/FwDs/+z/6//o/+L/AAAAAAAAAAAAAAAAAAAAAO3/7P/1//D/8/8UAO7/7P/p/+f/6v/Y/+r/1v8cAOj/FADs/+3/7P/t/+z/7P/s/+7/5f8cANf/6f/S/8n/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P8VAOj/7P/q/+v/7P/s/+z/7//u/+3/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwD6/wAAAAAAAAAA4/8AAAAAAAAAAAAAAAAAAAAAAADa/+T/1f/c/xAA5//c/wAA5v/p/+f/5//p/9//GgDq/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/i/wAAEwDe/9z/3P/q/+v/6v/s/+3/6/8VAOX/AAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADd//P/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA2P8FAOX/6v/m/+r/4f8QAOv/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/EADm/9f/0v/Y/wAA2P/i/wAAIgDn//D/AAAAAO3/xf/R/zcAz//u/9v/yv/b/xYA6v/p/+j/6//q/+r/6f/q/+z/7P/s/+z/7P8UAOz/6v/s/+z/7P/s/+z/FADs/yQA7v+o/53/DgDH/7X/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/4P/Z/8//AADg/+r/DQDr/+z/2P8UAOr/4f/Z/w4AAAAAAAAAAAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/+T/6/8UAAcA2P/c/wAAAAAAAAAAAAAAAAAAAAAoAOr/+P/s/+z/4f/r/9j/CwAAAAAAAAAAAAAA9v8AAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA1f/e/wYA2P/Y/9z/AADY/97/6f/j/xQA4f/5/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAADz//r/uP/J/7X/EADo/6z/AAAAAAAAAAAAAPb/EAAAAN3/tv/6/+//z/8ZANv/1P8AAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAAAA8/8AAOz/7P/s/+3/3v/Y/+z/FgDt/+z/9f/w//P/FADu/+z/AAAAABYAv//e/+f/rf/y/wAAAAAAAAAAAAAAAAAAAAD6/wAA9P8AAAAA7P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/d//X/7f/s/+z/9f/t/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/GgDr/+D/5v/r/9r/6f/s/+z/7v/s/+7/7P/s/xQAFAD0/+7/AADv/+z/7P8AAPf/wf/L/8v/yv8RAL//0v/y/+r/6//s/xQA6v/r//X/5P/u/+j/7f/r/xwA7v/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAO3/AAAAABQA7P/y/9r/4f/u/+T/uP/C/wgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/JgDr//n/9f/y/+f/7P/H/xMA1f/l/+P/8//n/+P/AAAAAAAAAAAAAAAAAAAAAOP/HQDk/+P/5v/o/+H/5v8AAAAAAAAAAAAAAAAAAAAACgC//+f/wv+2/+v/y/8KAMv/yP/e/8n/sv+8/8b/QgAAAAAAAAAAAAAAAAAAAAAA6//q/+z/7P8VAOb/6v/s/+T/5v/o/+f/6f8ZAOb/4f8jAPH/uP/1/9H/9f+p//j/6v/1/wAAAAAAAOr/HQAAAAAAAAAAAAAAAAAAAAAAAADz/wAA9/8AAPX/8P8TAAAAFADs/+z/8v/s/+z/7P/r/+z/FADs//D/7P/s/+z/7f8AAO3/AAAAAAAAFADv/wAAzf8fAOX/2f/l/9f/AADk/+z/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA0P/q/9b/x//J/83/CgDp/wAAAAAAAAAAAAAAAAAAAAAUAOz/6//x/+z/7P/r/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/7P/s/xQA7f8XAOP/9f/r/wAAAADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/n/+7/6//n/+H/EgDq/9T/1P/X/9P/+f8UAPv/FADs/+z/7//t/+z/7P/u/wAA2P/Z/9j/2P/Y/9f/DADf/9j/2v/Y/+v/2f/Y/yIA7f/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9r/2v/l/9j/AADc/wAA6f8AAAAAAADs//n/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAADx/wAA7v8AAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+z/FADs/+z/3v/n/+P/6v/Z/x8A6P/i/wAAAAAAAAAAAAAAAAAAAADX/+z/7P/p/+j/EwAAAN3/9v/u/+z/AADs/xQA7P/0/+v/2P/r/9n/6v/k/9j/HgAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P/s/+z/FADt/woAvf/U/8j/xP/B/wYAuP8AAAAAAAAAAAAAAAAAAAAA7P/r/xUA5P/r/+v/6//r/+X/4P/r/9b/6f8QAAAA2P8UAOz/7P/s/+z/7P/s/+3/w//S/83/HgDW/7X/FgDk/xQA5f/d/+3/6v/p/+z/7P/r/+r/y//s//D/6v8WAOz/xP/b/9H/IADS/9H/AADl/8j/KgDj/+T/5/8AAOL/1//s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAANn/1f/X/9f/2P/c/ysA1//s/9j/7P/h/+z/3P8iAOv/yf++/7D/zf+7/zsAw/+t/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+v/7P/r/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE/8L/0v/X/woA6//F/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/8b/1v/X/9f/0/8IAAAA4v/o/+z/2f8SAOD/2P8AABQA6//t//L/7v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAA6//o/+3/7f/s/+n/FQDr/+L/7v/d/9r/6//Y/xwA6/8AAAAAAAAAAAAAAAAAAAAA4v/i//P/5f/7/+D/2P8jANn/5f/u/+P/6v8gAOb/4v8AAPL/+v8VAAAA6f/t//H/6/8NAOP/1f/l/93/CgDF/wAAAAAAAAAAAAAAAAAAAADY/wAA2P/i/+D/3/8HANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/9L/0f/i/9r/4f8cANn/7P8UAOz/7f/t/+z/7P/s/wAAyP/T/9X/3P/X/+j/CQDi/+r/6//r/+z/8P8HAOz/7P/u/+z/8P/s/xQA7P/u/wAAAAAAAAAAAAAAAAAAAAAXABMA3v/h/9v/2P/X/93/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7v/s/+z/FADs/+z/8f/s/+//7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOr/1v/j/8n/xv/H/xwA+P/Y/+z/7v8TAO3/AADb/+v/JgDT/9X/zP/f//f/6//Z/xEA9P/0//n/7f/r//f/9/8UAPb/7f/2//H/7P/s//D/AAAAAAAAAAAAAAAAAAAAANH/FgDr/+f/7P/r/+v/1P/Y/+H/2f/n/9n/KQDb/9n/wv/a/6b/mP+Z//n/0/8hAOz/FADx//T/9v/u/+z/7P/p/+r/5v/r/+r/FgDp/+r/FAAAAAAAAAAAAOz/8v8AAAAAAAAAAAAAAAAAAAAAAADu/+z/7v/v/+7/7P/s/xQAFgDt//H/+f/3/+3/6f/z/wAA7P8AAAAAAADy//P/FAAAAAAAAAAAAAAAAAAAAAAAzv/V/9T/vf/b/9P/MQDV/wAAAAAAAAAAAAAAAAAAAADs/+z/7f8AAPT/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOj/2//p/+X/2v/a/yUA1f8VANj/7f/m/+z/4P/Y/wAAHQDi/+T/3f/o/+r/5f/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8GAOz/7P/v/+z/EwDv/wAAAAAAAAAAAAAAAAAAAAAVAOv/7f/r/+z/6f/r/+z/HADm/+r/7f/p/+f/4v/u//v/AAAAAAAAAAAAABYA8//s/+z/7f/t/+z/6P8SAAAAAAAAAAAA+f/7/wAADwAAAKf/uv/b//j/5v/s/wAA+f/k/+r/6//m/+v/6v/q/xYA7P8AAAAAAAAAAAAAFAAAAM3/6P/A/+T/JwAIAJr/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8VAOz/6f/s/+v/6//s//P/2f/q/9v/4//n/+H/EwDs/xUA7P/s//D/7P/t/+z/2//U/9T/2P+//7f/DAD6/+v/HgDU//n/8/8UALf/7P8AAAAAAAAAAAAAAAAAAAAABwAAAPX/4f/r/wAA2f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/z//P/4P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwA0//Y/9z/3v/U/9T/3/8AAB8AAADz/wAAAADq/wAA+P8AANX/2v/P/8f/BwDW/+v/6f/g/+j/6P/r/xcA6f/r/+v/4//s/+r/FADs/+z/PwCz/9P/tf/d/8X/1v/M/0AArv/S/8n/qf/k/9//vP8WAPP/AADr//j/6//t/+r/+f/U/+r/2P/R/8n/9/8MADsA2v/q/+P/5//Y/9D/5P8cANj/4v/l/9j/3//Z/+z/sf8NAOb/6f8QAOb/yv/e/xkA2P/l/8P/AADo/9z/9f/q/+X/7v/t/+z/7P8YAPb/IQDV/9T/7P/W/+r/AADk/97/6v/c/+3/7v8VAOz/6P/6/yIAAAAAAPD/AADi/wAAAAAAAAAAAAAAAAAAAAAAAAcA3f/h/+//7P/f/+v/+f8AAAAAAAAAAAAAAAAAAAAA6//s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADl/xgA8P/6/+3/9f/o/wAA7f/s//X/8P/z/xQA7v/s//X/7P/4//b/FADt/+3/7P/q/+v/6v/s/+3/6/8VAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9X/KgDT/9L/1P/h/9L/DQDH/9b/xv/j/8v/AAAAAAAAAAAAAAAAAAAAAAAAAADi/9//1P+9/8v/7P8kAMr/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P8UAOz/7P/1//r/AADu/+7/FAAAAO3/2P/U/9//zf/d/yYA3P/X/+z/7v/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/z/+3/7P/s/xQAwv/N/woAzv+9/6P/qv9PAM//z//C/9//w//h/67/TgDr/+z/7//s/+z/7P/s/xQA5/8VAOr/6v/r/+v/6f/m/9j/2f8UAOz/3v/n/wAA6v8AAAAAAAAAAAAAAAAAAAAAHQD5/wAAAAAAAPv/5P8AABAA8P8AAAAAAADl/wAAAADt/+//7f8AAAAAFADu/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAM//1P/e/+L/1P/V/+b/FgDp/+v/6//p/+r/8f/t/9//6P/Y/+j/AAAAANr/0f/c/9X/4f/Z/+T/yf8pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADD/7b/JQCk/8//6/8GAMP/AADs/wAAAAAAABQA8P8AAAAArf/D/+b/IADT/+X/u/8AAAAAAAAAAAAAAAAAAAAA5f/o/+H/2f/r/xkA6//e/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/r//D/6/8VAOz/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA8f/W/9f/2f/V/9T/DgDZ/wAAAAAAAAAAAAAAAAAAAADQ/9T/z//M/9H/1P8vAM//2P/Q/xoA1//t/97/7P8AAAAAAAAAAAAAAAAAAAAAAADb/9H/1f8fAOv/6v/m/+T/AADc/+r/yv/Q/wAABgDG/+j/FAD0/wAA7P/0/+z/AADp/9j/2v/s/+X/7P/r/x4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/6P/4//H/8f/Z/yoA+P8UAOz/AAAAAAAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC9/+7/yf/s/+j/CwCO/xQAAADW/+D/0//Y/wAA1//e/+T/FgDt/+v/7v/r/+z/7P/r/xUA6P/e/+n/5f/l/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoAAAAAAAAAAADo/wAAAAAAAAAAAAAAAAAAAAAAAOv/6//q/+n/6v8WAOn/6/8AAAAAAAAAAAAAAAAAAAAA6/8AANX/1v/Y/97/FADV/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8SALz/zP/K/9v/AADB/wAAAAAAAAAAAAAAAAAAAAAbAAAA5P/j/+b/4P/m/9//8f/u/+3/AADu/xQA9v/w/+P/4/8cAPT/x//V/+j/3//s/+z/9v8UAO3/6//s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADu/+z/9//s//D/FADr/+3/7P/u//L/7P/t/+z/FADs/+r/FADq/+z/6v/l/+r/+v8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAABQA7f/t/+7/6/8VAOr/7P/s/+z/6v/s/+z/FADs/+z/7P/r/+z/FQDq//j/AAAAAPv/7P8AAOr/FADs/+X/6//s/+z/5v8AANj/6v/p//P/0v8AAOL/AAAAAAAAAAAAAAAAAAAAAOr/+f/q/+r/+v/n/xkAAADe/9T/AADk/9X/FQDI/8b/AAAAAAAAAAAAAAAAAAAAABQAAAAAAO3/AADs/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH/9n/6v/b/9f/1v/0/yIA+f/X/7f/3//c/w4A0//r/9X/1//X/9X/DwDO/wAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/l/wAA6//Y/w0A2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuf/e/wAA7f/J/8D/7//a/+X/1//u/+z/7v/d/yQA9/8AAAAAAAAAAAAAAAAAAAAA6//s/+v/7P/u/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAPL/FADY/9n/6f/Y/+b/4/8AABQAAAAAAAAAAAAAAAAAAAAAADEAw//U/9D/yv/T/8P/x/8AAPX/AAD4/+7/3P/h/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAwP/a/9f/2f+9/wAA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//P/5v/b/7z/2v8VANX/FQAAAOr/6//f/+r/2P/x/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAAFADt/+3/2P+9/9r/0//c/y0A0v/S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/0f/Y/9//9//7/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/j/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9n/0//R/zIA3f/Q/+D/7P/u/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQDq/+L/6//Y/wAA3f8UAAAAAAAAAAAAAAAAAAAAAADe/+z/7P/s/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA7P/w/+r/6v/Z/+v/FADe/9f/x//W/8H/AADT/+f/7P/s/+7/7P/l/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/5f8gAOn/AADZ/+v/9P8AAAAAAAAAAAAAAAAAAAAA4f/n/9f/2f/V/yMA1f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/3/+b/AADl//f/8//q/wAAAAAAAAAAAAAAAAAAAADR/9X/zP/e/8b/4P8nAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/GADr/+z/6v/s/+j/6//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P/Q/9D/OwDF/8r/x//J/8j/AAAAAAAAAAAAAAAAAAAAAOv/6v/q/+b/6//r/xUA6v8AAAAAAAAAAAAAAAAAAAAA1P8eAOL/2f/j/+n/4//d/+T/5//s/xQA7f/Z/9D/AADz/wAA7v8AAAAA6/8VAPr/zv+0/+r/2P/S/0UAm/+9/6z/yf/G/9n/tf8gAOr/7P/p/+n/5v/f/97/CwAAAMz/AADW/+z/3//O/9j/EADy/+b/6f/k/+H/GgDq/97/5f/v/xQA7P/w/+//7P/s/+z/7/8UAOz/8P/v/+z/7P/s/+z/7P/s/+v/6//y/+b/FADW/+n/4P/t/+b/AADV/wAAAAAAAAAAAAAAAAAAAAAAAOz/7v/y/+z/7f/s/xQA7P8UAOz/AAAAAAAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/9f/v/+z/7P/s/+z/HADi/97/3//j/+T/5f/l/wAAAAAAAOn/AAAAABkAAADr/+z/6v/s/+z/6/8UAOz/IAAAAAAAAAAAAOH/+v8AABQA7P/z//L/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAO//2//Y/8j/2P/y/9//7P/6/+z/7f/u/+z/FADu/7n/wP8rANv/wP/e//n/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7f8AABoAAAAAAOz/AADm//v/1f/s//f/7v/w/+z/KgDN//D/FQAAAAAAAAAAAPH/7P8AAAAAAAAAAAAAAAAAAAAA8f/v/xIA5f/t/93/1f/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/FADs/+z/3f/d/+D/6//e/9T/4/8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA9f8AAPr/8v/v/xYA7P/p/+z/7P/s/+v/FADs/xQA5f/p/9v/2P8AAOv/6f/w/+//5f/0//T/+P/1/x0AAAAAAAAAAAAAAAAAAAAAAOf/zf/I/6L/FwC8//P/6P/s/+3/7f/w//n/FADs/+z/wv/e/7n/xf/d/+D/+P/t/9f/KQDK/8P/0v/l/8j/z/8AANL/2v/j/+H/AADd/+X/6v/r/+r/8//s/+v/FgDs/+r/6//r/+3/7P/s/xYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA7v8AAAAA9f/q/+v/AAAAANf/6f/c/+v/5v8AANv/AAAAAAAAAAAAAAAAAAAAAB0Avv/h/7z/0P/F/+j/6f8AAAAAAAAAAAAAAAAAAAAA3P/e/+j/6v/r/ysA4//X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOv/7P/s/+z/7P/s/8z/x/8tAMf/yv/m/9//yf/1//D/7f/w/+3/7P/x/xQAAAAAAAAAAAAAAAAAAAAAAPX/9/8AAAAAAAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADs//X/AAAUAO3/7v/v/wAAAAAAAAAAAAAAAAAAAADX/+r/6//p/+z/AAAVAPD/DQAAANj/6//b/wAA2v/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/EwDw/+z/AAAAAAAAAAAAAAAAAAAAAOv/FQDo/97/6f/l/+X/5//p/8b/5P8AANT/0v8iAN3/AADY/97/2f/c/9//DADY/wAAAAAAAAAAAAAAAAAAAAD3/8j/2v/z/+v/z/8AABUA6//r/9n/5P8UANn/AADs/wAAAAAAAAAAAAAAAAAAAAAPAMX/2//y/8P/1P/z/9T/6P/p/+L/6P/v/+n/GADr/wAAAAAAAAAAAAAAAAAAAADo/+L/5v/o/+v/6v8YAOf/6//p/+D/6P/o/+v/FwDp/wgAAADs/+z/7P/j/9r/5v8AAAAAAAAAAAAAAAAAAAAAtP/g/8f/w//L//r/5v8VANj/6//r/+X/6/8eANr/7P8AAAAAAAAAAAAAAAAAAAAA6//r/+X/EwDl//n/7P/b/9//EwDR/9L/1//c/wYA6v/k/8//4f/Z/9v/2f8kAOn/AAAAAAAAAAAAAAAAAAAAAPb/6/8AAOz/7P8RANf/2P/s/+z/7v/s/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAM3/5P+3/73/1f/p/7P/NgAAAO3/AAD3/wAAFAAAAOz/6f/n/+f/6v/f/+X/6v8aAPv/7f/3/xQA+P/4/+z/7f8AAAAAAAAAAAAAAAAAAAAA0//a/+b/1P8SAND/9v/y/wcAAAAAAAAAAAAAAAAAAAAUAPH/9P8AAPn/8v/s/wAA8/8cAOn/+//u//f/5v/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+z/FADt/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/r/+z/7P/s/+z/0f/L//r/+f/0/+j/AADQ/+v/7P/t/+7/7P/s/xUA9//e//f/6//b/+v/IgDh//f/6P/q//b/9v/2/+r/IgAAAMD/xP8AAAAAAAD4/0AAAADj/xkA7P/t/+z/7P/k/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADB//j/3f/E/woA2P/e/wAAAAAAAAAAAAAAAAAAAAAAAPX/6v/V//P/AAD4/7r/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwA5//m/9z/6f/a/+X/1/8UAOz/7f/s/+3/7P/s/+z/JQDg/+L/4f/m/9f/2//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8OAAAAIAD2//j/AAD4/87/5f/6/wAAAAAAAAAAAAAAAAAAAADs/+v/6f/Y/+D/1f8VAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAD7/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//6/8AAAAAGwD6/wAAAAAAAAAAAAAAAAAAAADf/8v/5P/n/9//4//o/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/X/9T/6f/u/ycAAADI/xQAAAAAAAAAAAD5/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/4f/h/+v/7P/l/xcA6/8AAAAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAOb/FgDo/+v/6//p/+r/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAPT/+P/4/wAAEQD5/wAAAAAAAAAAFAAAAAAA7P8AAPH/AAAAAPr/AAAAABAAAAAAAAAAAAAAAAAAAAAAAPn/AADt/wAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/2v/b/9v/6f8HAAAA6//q/+f/5v/p/+v/5/8XAOf/7f8pAOn/5v/X/9H/0f/V/xQA7P/t/+3/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAD1/wAA+v8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xYA6P/r/+v/6f/q/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7P/s/+z/7P/t/+n/+f/a/+j/6f/a/xQA6/8WAOj/7P/j/+v/5P/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/uv/3/9n/1f8AAKb/AAASALn/1v/M/8//6v8JANH/7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/w//L/8P/w/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+//7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPH/9P8AAPn/8v/s/wAA7P/s/+z/7P/s/xQA7P/s/+z/7P/z/wAAFADs/+7/7P8dAPn/AAAAAAAA+//k/wAAAAAAAAAAAAAAAAAAAAAAANz/AADt/9v/7f8AAOz/6//M/8P/0P/T/8X/AAAPAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtAAAAAAAAAAAA8//X/wAAz//P/9T/1v/Z/9n/MQDW/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/r/+z/6v8XAOr/6//r/+r/6P/p/+z/1//t//X/8P/t/xUA7P/h/xkABgDZ/+f/4P/R/+b/2P8AAOT/2//X/9b/AADN/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+3/7v/s/+z/FQD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAC9/+n/0P/R/9b/8/+5/+v/7P/0/+z/8P/r/xUA7f/T/+v/2P/y/+j/xf/C/xsAFADQ/6v/w/+9//b/o/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAs//N/6L/yv+t/9r/MgC9/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//l/x0A2//n/+D/5P/f/wAAAAAAAAAAAAAAAAAAAAALANj/2P/h/+v/7P8AAN3/AAAAAAAAAAAAAAAAAAAAAN3/2P/s/+v/6v8QAAAA7P/q/+3/7P/t/+7/7P8VAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//P/+P/v//H/+P8VAPX/3v8iAOD/4v/f/9//2f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA8P8AAAAAFAAAAAAA7P8AAAAA8P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAPP/0P/N/+P/3P/g/8n/1//F/+j/6//r/+n/GQDu/6j/BwC2/7X/vf/6/+j/3P/Y/9P/2f/i/9r/0v8rAOX/qf/n/6r/tP8hAKT/5v/l/+z/EADs/+f/6P/s/9r/AADw/9P/0v+t/9H/2f8AABIAAAAAAAAAAADx/wAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADb//T/3f/2/xMA2f/0/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAADq/wAA9//h/+7/AADe//T/sv8LAMf/AADe/+z/7P/s/+z/FADs/+z/7P8XAOb/5v/q/+v/6f/p/+n/AAAAAAAAAAAAAAAAAAAAAAAA5f/h/+z/7P8bANz/1f8AAOn/8//t//T/3v8XAO7/AAC0/6X/pf+9/7v/2v/4/+3/8P/Z/8r/xP+w/9T/HADV/9//3f8VAOr/BQDP/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/yMA6P/m/+j/6P/Y/9r/4v8bAOT/6f/p/+j/5P/p/wAAQgB3/6L/qv+l/6H/ov8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+D/6P/d/+P/3v8bAOz/3//d/9//AADr/wAA2P/j/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/x/+7/7P/s/+z/BQDy/+3/8f/0/9z/AADs/wAAAAAAAAAAAAAAAAAAAADq/+v/6//r/+v/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAOz/6/8VAOT/6//r/+v/6/8AAAAAAAAAAAAAAAAAAAAA1P/E//H/EgDL/6T/CAC9/wAAAAAAAAAAAAAAAAAAAADj//X/AADw//r/9f/o/yIA7P/s/+7/AADs/+3/FADi/+z/7P/t/+v/7P/t/xQA7P8AAOj/5//n/+X/1/8UAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/3/6r/CwC5/7v/4P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/q/+P/4f/r/9//HADq/+D/0//L/8z/zv/b/ygAyv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/B/xsA4v/W/8v/DQCz//b/0//6/63/xf/V/7n/9f8LAAAAAAAAAAAAAAAAAAAAAADr/xMA1f8AAOT/4v/Y/9z/zf/Z/9P/2P8AANb/BgDc/57/AACy/63/8/+r/wAA6f/Z/zAA1P/N/9r/2//V/9H/7P/s/+z/8P/s/+z/FADt/+z/7P/s/+z/7P/s/xQA7P/k/+3/8P8AAAAAGQDv/+z/t/8iAM3/3//I/8X/4v+s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8bAAAAAAAAAAAA6f/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/1P/o/8v/3//K/w8AEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7f/s/+z/7P8AAOz/7P8cAOT/6//i/+f/4P/l/+z/7P/s/+z/7P8UAOz/7P8VAOr/6/8AAPX/8//r/wAAAAAAAAAAAAAAAAAAAAAAAAAA7//k/93/0//j//n/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6//z/+3/7/8AABUA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+r/5P/Z/wAA+f/d/+//7v+y/+f/3P8JAOz/uv8AAOn/7P8TAOf/6f/d/+z/5//u/6H/DgC7/5f/DgDE/xQA7P/t/+//8P/s/+3/7f8UAPr/AAAAAAAA6//p/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDY/+H/z//Q/xoAvf/R/+z/5P/d/wAAAAAUAOX/6/8AAAAAAAAAAAAAAAAAAAAAzf/U/+n/1/8sAN//zP/q/wAA0v/f/+X/5P/q/+f/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/v/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA0v/3/8H/xv/D/7r/HAC1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsP/j/9j/3v/j/wAAJADT/wAAAAAAAAAAAAAAAAkAAADt/wAAHQAAAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+v/6//v/+n/9f8VAAAA7f8VAOn/AAD0/wAA7v/6/9D/1f/m/wcA1/8AANn/zv/M/wAAAAAAAAAAAAA1AAAA2f/h//L/6v/t/x0A6v/l/wAAAAAAAAAAAAAAAAAAAADg/+v/6//p/+z/7P8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAO7/3P/m/9//3v8AAN3/GQD0/+L/8v/5/wAAGQDs//j/AAAAAAAAAAAAAAAAAAAAANT/0v/S/83/5P8kAOf/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+//7P/s/+z/7P/n/+H/5//e/+j/4/8cAOX/4/8IAPb/AAAAABIA6//r/+7/7f/E/xEAzv/I/wAAzv8AAAAAAAAAAAAAAAAAAAAAz//N/+T/1P/l/9D/NQDc/+z/7P/s/xQA7P/s/+z/7P/b/7T/9f+h/xAAGQCv/9L/3//W/9D/CQDZ/wAA0//R//D/7P8AABQA8P8AAN//7v8AAAAAAAAAAAAAAAAAAAAA6//p/+v/6v/r/+v/FgDr/+z/7P/s/+z/7P/s/xQA7P8AAOP/7//d/+n/8v8AAOf/EgAVAOb/4v/Y/+v/5/8AAOv/5v/4/9f/6v/F/xAA4f/S/97/5/+//+T/w/84AND/2v/p/+n/5P/r/+H/GQDp/9D/zP/r/87/0//A/y4A0v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+3/FADs/9n/jv8pAJb/gv/1/+H/cv/s/+z/6//s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/t/+7/7P/s/xUA9//V/xAA6f/f/+n/EADN/8T/AADq/+3/6//s/9v/5/8SAAAAAAAAAAAAAAAAAAAAAADU/+f/9v/Y/+v/GgDs/+j/z/8sANf/2v/Y/9P/1v/X/wAAAAAAAAAAAAAAAAAAAAC5/+r/vP+P/4n/AAC//wAAAAAAAAAAAAAAAAAAAAAAANn/6//s/+n/6/8bAOf/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xcA6//s/+n/6P/o/+z/7P/s//P/AAAUAOz/7v/s/wAAAAAAAAAAAAAAAAAAAADf//b/2v/i/8D/zv8fANP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7v8AAOz/7P8KAKr/+//1//L/9f+z/8n/8f8LAAAAAAAAAAAA+//4/wAA7P/s/+7/7f/v/xQA7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDq/+f/6v/r/+n/8//r/wAAAAD5/wAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/9P/t/+7/7P/s/+z/FgAAAAAAAAAAAAAAAAAAAAAAFADs//f/AAAAAPn/7P8AAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA0//N/87/zv/c/x8A2f/2//H/5/8AAOn/9P8bAPL/5f8AAAAAAAAAAAAAAAAAAAAA1v/q/+n/3f/Y/wAA2v8TAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA8P/v/wAA7f8AAOz/9f8UANn/9P/r/+v/5v/r/yIA6//p/+n/6//n/+j/6f8XAOv/vv/i/9X/2/8AANX/AAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/Y/+3/7P/t/+z/7P8gABoA7//2/wAAAADy/+b/AAAAAAAAAAAAAAAAAAAAAAAAFQD3/+3/AAAAAPX/7f8AAOz/7P/s/+z/7P8UAOz/7P/t/+3/8f8AAPf/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL//3P/X/8X/JgC4/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/8f/8P/1/8X/5v/r/wgA7P/s/+7/7f8AAO3/7P8GANf/2f8jAOD/2v/f/9v/2v/r/xUAAADx/+3/7P/m/+z/AAAAAPT/+P/4/wAAEQD5/+//9P/2/wAAAADt/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA6v/r/+v/7f/s/+z/FgDs/+//1v/e/5D/7f/6//P/4P/s/+z/FADs/+z/7P/s/+z/2P/3/+3/AADr/+3/CADo/9z/6//r/+v/6f/r/xUA7P/s//L/5v/6/wAAFQDt/+7/AAAAAAAAAAAAAAAAAAAAAOz/6v/s/+n/7P/s/xUA6/8AAAAA9P/4//j/AAARAPn/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAgAAADY/63/tP/I/87/AAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+//1v+8/9j/1f/7/9L/AAAAAAAAAAAAAAAAAAAAANn/CgDl/+b/7f/p/wAA7P8AAAAAAAAAAAAAAAAAAAAA7f/t/xQA7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/l/+7/7f/s/+z/GAD2/93/4//z/+//3f/s/87/KgATANr/7f/g/+D/AADs/9X/+f8pAAAAAAAAAAAA2f/4/wAAAAAAAAAAAAAAAAAAAAAPAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/9/8AAAAAAAAUAAAA7P/s/+7/7f8AAO//7P8UAPL/+P/M/+H/5v/k/wsA6v/o/wAAAAAAAAAAAAAAAAAAAADA/wAAAADM/8L/4//v/+j/5v/r/9r/5P8dAOD/2P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADy/wAA7f/w/+z/7f8WAOz/6v/v/+z/6//r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+r/7P/c/+v/FAD6/9//AAAAAAAAAAAAAAAAAAAAAOv/6P/p/+b/6/8WAOn/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/HQDl/+D/6//l/+L/6f/r/+v/8P/s/+7/6f8VAOz/FAAAAAAA7//o//L/6P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADY/9v/8P/y//X/4f8oAOT/AADs/wAAAAAAABQA7f8AALD/4v/q/8v/AADj/+P/AADr/+P/5v/r/9j/GgDp/+f/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAUAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA8//t/wAA8//o/+z/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/wAAAAAZAOj/FADD/wkA4f8AAL//7P/k/+b/7v8AAAAA9f/u/+7/+/8XAMf/sv8AAEIA0//I/6f/z//r/9f/2P/2/9T/zP/W//r/6//s/+z/7P/s/xQA7P/s/xUA7/8AAPD/9P/j/+v/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7v/s/+z/7P8UAMP/2P8IANf/5v/Z/9f/DwDs/+z/4v/t/+v/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAAcABgDW/9r/5v/Y/9//1v8AAAAAAAAAAAAAAAAAAAAA7P/R/9b/7P/K/+3/KQCy/9z/4//j/x8A4P/Q/97/9f/q/+f/4f/k/+j/2v8YAOn/AAAAAAAAAAAAAAAAAAAAABUA6//o/+r/6//d/+j/AADq/+3/9//h/+//GADq/+f/AAAAAAAAAAAAAAAAAAAAACoAAAAAAAAAAADa/9//AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADu//T/GgDy//j/7//q/+b/8f8AAAAAAAAAAAAAAAAAAAAAzP/G/0MAvv/N/7r/x//O/+//7P8UAPH/7P/z/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsf8KANv/6f/D/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/g/+v/6v/R/9f/HgDe/+D/NADf/8X/0//H/+P/1f/Y/9n/AADd/+v/wv/L/yAA3v/g/+j/6//b/9r/2f8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8dAOj/6f/q/+T/6v/a/wAAAAAAAAAAAAAAAAAAAADp/xcA6//r/+z/6//m/+r/6f/k/+P/5//o/9T/FQAAAPP/AADu/wAAAADr/xUA+v8HAOn/5P/S/+P/5f8AAOj/7P/s/+z/7P/s/xQA7P/s/xwAAADe/87/3P/e/+X/sv/z/9n/AADr/9v/6v/l/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP/H/8P/1/+i/6//1/8nAAAAAAAAAAAAAAAAAAAAAADY/+D/4//s/+T/4f8TABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/8z/AADe/wAAe//Z/9P/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/8v/m/xQA7P/z/+z/7f/u/+z/9P8UAPL/AAD5/wAAAAAAAAAAEQD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD4/wAAAAAAAOz/+v/5/9H/4P/Y/9X/EwAAAOX/xf8AAAAAAAAAAAAAAAAAAAAA1/8lAOn/2f/h/9j/+P/n/wAAAAAAAAAAAAAAAAAAAADX/+b/IgAAANv/0f/D/9H/GQCu/8L/CQC1/6z/1v+4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/IgDW/+D/4//W/+P/3P/r/+v/+v/q//H/FgDr/+3/1v8AAAAA2f/a/67/y/8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv/wAAAADv/+3/8//s//P/AAD3/wAA9f/w/xMAAADn/+b/5//l/+f/4/8aAOf/AAAAAAAAAAAAAAAAAAAAAB8A+v8AAAAAAAAAAOP/AAAUAOr/+f8AAAAAEADs//L/7P/u//L/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//D/FADs/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/s/+v/6//p/+n/2P8fAOz/AAAAAAAAAAAAAAAAAAAAANv/1f/c/+X/3f/p/y4Awf8AAAAAAAAAAAAAAAAAAAAA2//g/+X/2f/j/wsACQDZ/+z/9/8AAAAAAAD6/xUAAADk/+z/7v/u/+z/8/8VAPX/7P/u/+z/7P/s/xQA7P/s/wAA2P+9/9T/3//v/9v/u//k/xkA2//6/+//AADY/+f/AAAAAAAAAAAAAO3/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+z/7v/v/+3/3f8dAOv/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAABsA+f8AAOn/5f/l/+v/5v/q/xcAzP/4/+z/7v/u/+z/9/8UAPT/AAD7/wAAAAAAAO3/8/8TAOr/5f/l/+f/6P/n/xcA5/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/9P/s/+z/FADs/x0AAADf/wAA0f/N/+H/zP/v/+z/8P/x/+//7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/w/wAAAAAAABQA7P/s/9f/AACu/9z/9/+W/8T/3//p/+D/1/8IAOv/0P/L/xUA5v/s/+3/5P8TAOL/2v8AAOv/6//w/+z/7v/p/xUA7P/a/+n/6v/q/+v/6f8XAO7/1f/V/9v/2f/x/9z/JwDW/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/y/+r/6//s/xUA5v/o/wAA7/8AAAAAIgAAAAAA5//s/+z/7v/s/+X/FQDs/xMA4P/p/9f/1//n/wcA3P8AAAAAAAAAAAAAAAAAAAAA6v8UAOz/5f/r/+z/7P/m/9b/AADn/+r/5v/U/wAA6v8AAAAAAAAAAAAAAAAAAAAA+P8UAAAA9v/t/+z/6//s/+r/4f/q/+r/6v/o/xgA6v+g/6L/yP+q/9P/OgDd/7j/7P/s/+P/3f/s/+z/FgDr/9X/0//N/8//xP8mANH/7f/T/9X/EgDg/9T/CADP/87/3P/r/9n/4//p/xoA4f/j/wAAAAAAAAAAAAAAAAAAAADO/7z/2P/I/8f/vv8AABMA2//h/8r/2P/Z/8b/MQDl/wAAAAAAAAAAAAAAAAAAAADs//r/7P/t/+7/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7P/s/+z/FAAAANf/vf/l/8z/wf8AAMz/AADa/9r/4P/i/9n/AADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJ//AADP/8b/6v/p/wAAAAAAAOr/6v/l/+z/FADY/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+f/6f/o/+f/FwDn/+j/uv8AALH/xf/i/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AADt/wAAAAAUAOz/8v8UAOz/6v/q/+n/6//v/+z/AAAAAAAAAAAAAAAAAAAAAOv/FADs/+3/7P/s/+v/7P/s/+z/7P/s/+z/7P8UAOz/z//P/7n/8/8JAAAA1f/4//b/AADh/wAAAAAmAPf/AAAAAAAAAAAAAAAAAAAAAAAAFADQ/+L/2P/c/+n/BwDq/+z/+v/s/+3/7v/s/xQA7v/N/+//tf8MAK//6v8AAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//P/7v/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAUAPX/AADt/+3/7f/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwv/c/yIA5//m/9r/4//D/+v/vf/Y/9T/uv/F/xoAw//7//n/7P/t/wAA7f8UAPr/IQDT//L/y/+p//H/t//5/+X/6//q/+r/7//t/xkA+f8AAAAAAAAAAAAAAAAAAAAA5f8bAPT/9//6/+j/5f/p/xQA7P/t/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA2//b/+v/AADr/xAA7P8NAOH/z//O/9D/BgDY/7r/IQA1ANb/7P/k/8//w/+1//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/8j/FADg/+r/7f/s/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/6//c/wAA0P/L/9H/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/zf/W/93/0P/Y/8j/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQA4f/Z/9X/yf87ALj/z/8AAO3/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA8/8UAOz/7P/q/+z/6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA9v/X/6v/zf/o/w0As/8AAAAAAAAAAAAAAAAAAAAAyP/D/wAA0v/Y/ycA6P/Y/x8A7f/0/+f/+v/c/+T/7P/p/+r/5v/r/+r/FgDp/+r/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+P/6v/l/+j/5/8ZAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAA4v/h/9//9//D//H/7P/w/wAAAAAAABQA7P/s/wAA7P/0//T/FADY/9j/2f8AAAAAAAAAAAAAAAAAAAAAFADl/93/7f/q/+n/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/s//L/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4A2f/Y/7r/z//V/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAAAAAAAPn/EwAAAOz/AAAAAAAAAAAAABgAAADG/+b/7P/1//f/3P8sAAAA7P/s/+z/7P/s/+z/7P8UAOv/7P/o/+z/3P/t/+v/FQDm/9j/2//Y/xQA4f/m/wAAu/+M/5b/mv+m/7v/lf9YAAAAAAAAAAAAAAAAAAAAAADq/xwA6//p/+L/2//G/+r/AAAAAAAAAAAAAAAAAAAAAA8A1/8oANb/yf/O/8H/2/8UAO3/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAACoAtP/n/+n/1v/Z/+H/1/8LAN3/6f/f/+n/1/8AAOv/AAAAAAAAAAAAAAAAAAAAAOf/6//4/+z/8P8UAOz/7P/r/+z/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAyv+//wAAov8AAMb/CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7v/v/+7/8v/r/xUA8//t/+3/7P/u//r/7P8UAPj/AADs/+7/7P/t/+7/FADt/+r/7P/s/+v/7P/r/+z/FQAlAOb/6v/q/+n/+P/W/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/n/+v/EwDX/97/xv8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/4P/W/9T/6v8JANT/AADn/+z/6//q/+v/FgDm/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/0P/B/97/2P8AAPb/AADl/+v/7P/s/+z/7P8UAOz/7P/W/9X/6//h/+v/6//q/yEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+//7P8AAO//FAD4/wAAHQDi/+T/3f/o/+r/5f/f/wAAAAAAAAAAAAAAAAAAAADg/+j/7//s/+z/6/8dAOr/0v/y/yIA4P/Z/9X/1f/U/+b/6f/n/+f/6f/f/xoA6v8AAAAAAAAAAAAAAAAAAAAA7P/s//H/AADy/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAC2/9L/qf/N/7z/s//p/ycA7v/t/+3/8v/z/+//FADx/wAAAAAAAAAAAAAAAAAAAADa/ygA1f/X/9z/0v/S/83/AAAAAAAAAAAAAAAAAAAAAMH/x//l/+f/4v/Y/zMA5v85APb/4P/u/wAAyP/X/wAAAAAAAAAAAAAAAAAAAAAAABkA8//t/+7/AADq/+X/7f/l/wAAAADt/+z/6f/n/xQA9P/5/wAAAAAAAAAAEQAAAM//5//R/+L/GQDU/xAA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA8//Y/8P/sP+z/+f/CgC0/+T/5v/o/+f/6f8ZAOb/4f8AAAAAAAAAAAAAAAAAAAAA7P/s//D/7P/s/+z/7P8UAO//9P/2/wAAAADt/+7/FAAAAAAAAAAAAAAAAAAAAAAA7f/p/xUA7v8AAPT/+v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/CgDt/+z/7P/q/xQA7f/1/+//7P/s/+z/7P/6/xgAAAAAAPL/AADp//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqP+A/53/bQCg/6j/v/+e/+z/7P/s/+z/7P/s/xQA7P/c/9n/4P8iAOv/4f/Z/+X/5//e/8z/MADq/9b/yf/P/+n/6v/r/+v/7P/e/xcA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKX/tP+4/7D/BgDN/6b/IgAAAAAAAAAAAAAAAAAAAAAAx//f/5j/ov/b/+T/EgDX/9T/6f/Z/+H/5//H/yEA9f/4/xUA6P/s/+v/4v/f/+n/DgAAAAAAAAAAAPf/9f8AABQA8v/4/wAA9//s/+z/+v/s/+z/7v/u/wAA7P/s/woAFgAAAAAAAAAAAOr/AAAAAAAAAAAAAAAAAAAAAAAAAACo/9j/6v/P/93/8v83AML/7P/q/+z/5v/r/+n/FQDs/8//1//W/9f/5//m/ygAzf8AAAAAAAAAAAAAAAAAAAAA4P/f/+X/4//h/+H/HQDf/+v/2f/s/+z/7P8AAOv/CQAWAPP/7f8AAPP/6P/s//X/AAAAAAAAAAAAAAAAAAAAAAsA2P/Y/+H/6//s/wAA3f8AAAAAAAAAAAAAAAAAAAAA4v8AAOj/AADh/9//AADG/+z/5v8AAOj/7/8bAO3/5P/f/+T/3//k/+H/4v8dAOH/7P/k/93/AAAAABQA5f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADi/+v/6f/o/+b/6P/q/wAAAAAAAAAAAAAAAAAAAADr//f/AAAAAAAAFQAAAOz/FQD3/+3/AAAAAPX/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//7/+D/1//R/xYAzv/q/wAAAAAAAAAAAAAAAAAAAADs/9X/7//1/wAAFADi/+//5f8AAOv/5v/f/+f/2P8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//l/+z/AAAAAOz/AAAAAAAAAAAAAAAAAAAAAOP/6v/i/+b/6f8dAOr/4P/2/+z/7P/s/+z/6/8TAOn/wv/Z/8r/wf/T/0YAvf/I/wAA1v/x/+r/9P86ANX/9P/H/+j/6f/Q/9b/JwDZ/8X/2//d/9n/3P/a/+3/FgDq/+r/AADs/8H/+P+x/8j/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/FADu/+z/7P/s/+z/7//s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/9D/x//f//j/yf8JAMv/2P/p/9b/yf80APT/xv+5/+z/6//s/+3/FQDs/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A4P/Y//T/2//Y/wAA4//4/xIAAAAAAAAA9v8AAAAA5P/U/+b/5P/a/+f/5v8hAOz/4f8UAOv/6//s/+r/+P8AAO3/AAD3/wAAFAAAAOz/9P/a/+v/7v/q//r/CQDN/wAAAAD5/wAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/x4A6//u/97/5v/i/9//AAAAAAAAAAAAAAAAAAAAAAAAwP+6//P/HgDB/+j/yf/V/7f/0v/q/zgA1//R/9f/AAAAAAAAAAAAAAAAAAAAAPn/5v/6/wAAHADz/wAA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/l/+3/4/8VAOz/7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAB4AAAD4/+z/+P/t/+v/9/8bANL/u//p/8r/sv8SALT/AAAAAAAAAAAAAAAAAAAAAPP/DgCq/+P/v/8AAKj/sf/p/+v/6/8WAOv/6//r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAD5/wAAEwAAAPb/7P/s/xQA7P/s/+z/7P/s//H/2//U/87/3/8AAAAA2P8UAO7/+//u/wAAAADu//b/AAAAAAAAAAAAAAAAAAAAAM//5v/m/97/2P/W/xAAAADs/+z/7P/t/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAKAOz/7P/s/+3/7P/s/xQA7f8AANv/1//n/+f/2//V/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/9n/2v/q/9//2f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+T/7/8YAO3/7P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/9b/6v/N/wkA6//s//H/AADj/8z/5f8OAMX/uf8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADY/wAAFADu/+3/4P/b//L/yf/Z/87/zP/E/x4A+P/G/wAAAAAAAAAAAAAAAAAAAADv/xQA7P/s/+z/6//p/+z/yf/S//H/AAAAAD0Auf/y/ygA2v/n//D/7f/t/8r/3/8AAAAAAAAAAAAAAAAAAAAA2v/a/9//8P/c/wAA8f/o/wAA6f8AAOv/8//s//n/BwDY/+3/7P/s/+3/7P8kAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+r/7P/r/+v/3v8mAOz/5v/h/+r/6f8yAO3/5v/K/wAAAAAAAAAAAAAAAAAAAADh/+n/6//s/+z/9P8XANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/9D/wf8TAM3/sf8IAM//EgDs/+z/FADs/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAA+f/y/wAA9P8UAMr/0v/M/97/5v/a/+z/FADs/+z/7P/s/+z/7P/6/+3/AAD2/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOb/7P/p/+z/6//s/xcA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/s/+z/7P/s/+v/EwDs/6n/tf+m/7D/xP/A//r/VgAOAAAAAAAAAAAA9//1/wAA6v/s/+z/7P/s/+z/FQDt/+v/7P/s/+3/7P8UAOz/8f8AANX/zP/J/+P/vv8YAPj/FAAAAO3/AAAAAOz/7P/u/9f/6//s/93/5P8YAOT/7f/t/+z/7P/s/+z/FADs/+z/6v/W/+z/7P/t//n/DgDw/wAAAAAAAAAAAAAAAAAAAAAHANr/CQDZ/8f/1v/h/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/4f/j//P/6f/z/9//HQDP/+z/zf/o//T/FQDa//P/AAAAAAAAAAAAAAAAAAAAABQAAADs/wAA9v/s/+z/7f/u/+v/FQDq/+z/7P/s/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UACMA2f/l/9v/2v/c/93/3f8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8VANf/zv/V/wAAy//D/wAAAAAAAAAAAAAAAAAAAADQ/87/zf/Z/+X/zv/T/xwAzv/t/83/1v8tANX/5f++/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwD6/9X/3v/c/wAA2v/L/yUA4P/i/+H/5v/X/9v/4/8AAAAAAAAAAAAAAAAAAAAAov/H/+D/HwDC/zgA4P+X/yIA+/8AAAAAAADg/93/AAAHAAAAAAAAAAAAAAAAAAAA2//m/9r/5P/o/wAACgDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDh/93/3f/e/+D/5P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+z/AADq/xQA4P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALr/2v8AANn/3f8LAMD/AAAAAAAAAAAAAAAAAAAAAAAAAADm/+//AADu/zgA4f/a/8v/2P/J/8v/6P/n/xsAFQDs//L/8P8AAPX/AAAUAPb/7P8AAAAAAAAAAAAAGQAAAOz/7P8UAOz/7P/s/+z/7P/r/+v/+v/q//H/FgDr/+3/3P/k//b/zP/S/xoA7P+z/+L/7P/m//b/AADm/xsAAAAZAOv/AADZ/+z/0//Y/+L/AADs/wAAAAAAAPL/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8bAOb/3P/l/+b/5v/g/+z/7P/s/+z/7P/s/+z/FAAAAN7/9P/Q/ygA0f/f/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+r/6//I/+b/7/8UANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8bAAAA0f/A//D/y//D/wAAAAAAAAAAAAAAAAAAAADV/+f/0v/Y/xkAxf8PAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/97/5//n/+r/7v8ZANj/8/8UAAAAAAD2/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA5v/S/6f/w//Q/xYA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAA7f8AAOz/7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/f/+z/0/+H//T/w//g/wAAAAAAAAAAAAAAAAAAAADd/9P/zf/h/+L/JgDa/9//FADs//r/4P/t//T/6//s/wAAAAAAAAAAAAAAAAAAAADj/5r/5f99/+z/rv/W/+b/AAAAAAAAAAAAAAAAAAAAACYA0v+7/6v/sv8AAND/6f/s/wcA7f/t/+//7P8UAOX/+f/g/9v/7/8SAAAAyv/f/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/z/+3/7P/s/+z/FQDs//b/6v8AAPr/6/8AAAAAAAAAAAAAAAAAAAAAAADY/9j/5f/o/+L/2f8oANr/AAAAAAAAAAAAAAAAAAAAABQA9v/s/wAAAADx/+3/AAAcAPr/+f8AAAAAAAD0/wAAHAD6//n/AAAAAAAA9f8AAOv/6//s/xQA7//p/+z/6v/X/+L/1f/k/+P/+v8YAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACr/9j/6v/K/wsAvv/p/+z/7P8UAOz/7P/s/+z/7P/r/+r/7P/s/xUA5v/q/+z/wv/W//v/2v/X/wAA1P8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/t/+z/7P/s/+3/yP/L/6n/zf/I/73/AAAiAMX/1f/f/+f/3//k/yEA2P/t/9j/4//d/+j/5v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/f/97/5v/i/+v/FgDt/wAAAAAAAAAAAAAAAAAAAAAUAOz/7//s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDh/+n/2v/Y/+r/6P/n/wAAAAAAAN3/AADN/wAAMwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOP/7v/0/wAA9/8AAOv/CAD3/6D/t/+9/8T/DgDt/8X/AAAAAAAAAAAAAAAAAAAAANf/1//Y/9f/FADU/8j/8P8VAPH/8P/0//D/7P/r//H/8v/X/+z/0f/w/yMA6f/s/+3/7f/5/+z/7P/s/+z/FADc/wAA2P/c/9j/2P/a/wAAAAAAAAAAAAAAAAAAAAAAAPr/AADn/+L/EgD7/9//4v/X/w0A2P/Z/9z/vf+//xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADj/+v/2v/Z/9j/6//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/Y/4b/8//L/w4AzP/g/wAA7P/t/+z/FADr/9j/7P/n/+P/6v/l/+j/5/8ZAOf/AAAAAAAAAAAAAAAAAAAAAOn/6v/q/+r/6v8XAOn/5v8AAAAAAAAAAAAAAAAAAAAA7P/p/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+7/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7v/t/+z/7f/s/+z/7//s/+z/7P/s/xQA3f/B/7b/pv+i/xUA0/8JAAAAAAAAAAAAAAAAAAAAAADk/+v/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+v/7f/v/wAAGgAAAOn/AAAAAAAAAAAAAAAAAAAAANL/GgDd/9f/7P/m/+f/4P/k/+n/7//q//D/6P8YAO3/FAAAAAAAAAAAAPn/7P8AAAAABwDp/+z/2f8WAOP/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//b/5v/n/+//6v8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMX/AADx/9H/zf/a/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6//f/+v/6P/w/+z/5f8WAOr/6f/o/+v/6v/q/+n/2f/4/9v/zP/G/87/CQD5/w4ADADm/wAA5v/h/9j/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/2f/Y/+D/6f/w/9n/EwDt/+7/7P8AAPr/FADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAADM/+P/lP/2/4v/2f8AAMn/6/8rAAAA6f/3//H/4f/i/+r/4f/q/+r/6v/o/xgA6v/q/+j/6v/r/+v/AADr/wUA6v/m/+v/3//q/+T/GQDn/8//MADP/9D/yP/W/8//2//X/+f/5f/b/+n/6v8dAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArv/l/7n/uP/Q/+f/yv8AABAAFADi/+f/0//U/9b/1/8AAAAAAAAAAAAAAAAAAAAAvP/t/+b/yf/k/8H/DgDn/xQA7P/s//H/7v/s/+z/7P/r/7b/zf/p/9j/7f8AAK7/AAAAAAAAAAAAAAAAAAAAAAAAAAD0//j/+P8AABEA+f/i/x4A+P/h/+b/5f/b/9z/FgDZ/+b/5f/f/7v/+f/E/97/9//r/9v/6/8iAOH/9/8NANX/1//H/+v/DADK/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAAAAAAAAAAAPf/9f8AAAAAAAAAAAAAAAAAAAAAAADo/+v/9P/s/+n/FADs/+z/7P/s/+z/7P/t/+z/FADu/wAAAAAAAAAAAAAAAAAAAADg/xAA2P/q/+r/6P/n/wAA6//f/+z/7f/6/+j/FwDs/9r/y//o/9b/5//0//T/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/r//H/7P/s/+v/7f/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAADz/xUA7P/s/xMA2//q/9r/AADn/wAA5//4/6//2//E/7j/lP/w/+X/GwAMAOj/6v/o/+3/xf/t/+b/GADr/+z/6v/s/+j/6/8lAPb/+v/w/wAAAADc/wAAAAAAANz/w//G/9r/4P8MAAAAAAAAAAAAAAAAAAAAAAAAAN7/3f/Z/+P/yf8AAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/2//j/+T/2/8TAOH/GwDo/+X/6f/s/+f/4//m/+z/2/8VAOb/7P/G/+z/7P/S/9P/xv8xAMb/zv/d/8j/7P/t//D/7P/s/+z/7f8UAI7/2P/i/5//HQDh/5n/IgAAAAAAAAAAAAAAAAAAAAAA7P8XAOr/6//q/+r/6f/r/6f/GwDa/7n/GADV/7v/wP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsAzf/u/wAAAADl/9n/5f8UAOz/7f/t/wAA7P/s/9j/7v/r/xUA6v/s/+z/7P/q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/6//3/wAAAAAAABUAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuf+o/8b/CwD4/9//9//J/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/D//D/t/+j/0EArv+a/wAAAAAAAAAAAAAAAAAAAACu/6f/3f8NALb/HwDJ//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+D/6f/u/wAA9v8dAOv/+f8AAO3/AAAAABQA7P/y//T/7P/t/+3/7f/t/+z/FADt/+L/7P/s/+3/7f8ZAO7/HAAAAND/2f/L/9T/4//X/wAA2//p/9b/2v/i/w0A6//s/+z/AAAAAAAAFADt/+3/+P/g/+n/7v8AAPb/HQDr/wAAAAAAAAAAAAAAAAAAAADr/9X/3v/r/yEA6//r/+X/6P8WAOr/6//r/+v/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xsA5/8AAOj/5P/b/+P/AAAAAAAAAAAAAAAAAAAAABQA+v8AAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA5P/m/+n/6P/T/+b/AADX/+b/3//Y/9n/1/8oANr/AAAAAAAAAAAAAAAAAAAAAPX/EwDn/9r/2//X/wAA2P8AAAAAAAAAAAAAAAAAAAAADADm/9D/2f/D/7//9v/I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/j/+L/6f/n/xQAAADc/+r/5//m/+n/6//n/xcA5/8AANz/7v/q/97/2P8AAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAABQA7f/t/9//CQDi/9z/2/8AAPD/2P/Y/yoA1P/Z/8//2P/K/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/0f/p/+X/AAAAAM7/7P/0/+z/AAAAABQA7f/t/wAAAAAAAAAAAAAAAAAAAADn/+v/6//r/+z/6/8VAOr/5//s/+n/8P/u//X/GQDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAAAAD5//D/FgAAAAAAAAAAAAAAAAAAAAAAAADt/wAA9/8AABQAAADs/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/FADs/+z/AAAUAPX/AADt/+3/7f/2//v/DgAAAAAAAAAAAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/LwDs//D/6P/n/8n/4v8AAAAAAAAAAAAAAAAAAAAA7v/p//X/FgDx/+X/7P/s/wAAAAAAAAAAAAAAAAAAAADl/+P/6//Z/wAA3f8QAN3/AAAAAAAAAAAAAAAAAAAAAOn/6v/l/+f/6//a/xoA3v/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABsA7P/s/+//7P/s/+H/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+r/6//m/+v/6v/q/xYA5v/L/97/0//n//f/LgDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAD0/ygA9v8AAOn/5v/a//n/6P/s/xcA7P/s/+v/6P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/V/+r/zP/N//L/EgDL/+3/7P/s/+z/7P8UAOz/7P/s/+z/8P8UAO3/8P/s/+z/0v/Y//D/1f/r/wAADgAAAAAAAAAAAAAAAAAAAAAAAADo/9H/4//r/xgA0//j/+r/7P/s/+3/3v/u/+z/5/8LAAAAAAAAAAAAAAAAAAAAAADs/9b/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P8UAOz/7P/z/8z/1P/g/9j/9f8AANf/6//s/+z/7f/s/xQA7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDu/+j/8f/u/+n/6//u/+v/6v/y/+//FgDs/+7/8v8AAAAAAAAAAAAAAAAAAAAA7f/t//n/7P/s/+z/7P8UAPb/1P/e/9r/1v8bANH/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/0//q/9b/wf8PAN3/AADr/xYA6v/s/+H/6v/q/+v/6/8WAOr/7P/h/+r/6v/r/+z/+P/s/+v/7P8UAOz/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/2v/r/+r/0P/o//P/DgDR//n/5f/L/9v/AAD0/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/w//H/7v8UAOz/7P/Q/+T/1f/Q/wkA1P/R/+//FwDj/+n/2v/P//j/6//j//L/AADb/wAAAAArAPL/AAAAAAAAAAAAAAAAAAAAAAAA6//s/xUA6P/s/+r/6//s/7T/CQAAABEA1v/c/9D/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6f8AANz/8P8AAPT/AADx//f/+v8AAPv/6P/q/yYAAAAAAAAAAAAAAAAAAAAAALP/yP/A/67/qf+t/wcACgAAAAAAAAAAAAAAAAAAAAAA5f8bAPT/9//6/+j/5f/p/wAAAAAAAAAAAAAAAAAAAADV//f/GADs/+v/6f/n/9v/LQAAAAAAAAAAAO7/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//6v8TAOn/8f8AAOr/2v8AAAAAAAAAAAAAAAAAAAAA1//X/ysA1f/b/9L/0//N/+z/7P/x/wAAFADs/+z/7P8AAAAAAAAAAAAADAD2/wAAGADl/+P/5P/c/9z/+f/n/wAAAAAAAAAAAAAAAAAAAAAVAO3/6//t/+3/7P/r/+z/7P/s/+z/8P8UAOz/7P/s/+v/2f/r/+T/6v8VAOr/6f8AAAAAAAAAAAAAAAAAAAAA5//0/wAA+f8AAOv/IwD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/wAAAAAAAPH/5/8AABkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADu/+7/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOn/5P/q/+v/3P/V/xsA6P8AAAAAAAAAAAAAAAAAAAAA7P/r/+3/7f/s//P/FADt/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/2v8fAOz/7P/s/+f/2v/s/wAAAAAAAAAAAAAAAAAAAADT/+L/0v/j/+j/6f8fANj/6//r/+r/6//r/+v/FQDr/+z/7P8UAOz/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAD6//D/FADs/wAAAAAAAAAAAAAAAAAAAAAAAJ//vf8UAKf/v/8KANP/AADn/87/x//P/+n/FAAeAOX/AAAAAAAAAAAAAAAAAAAAANX/xP/E/8D/AAAAAJX/HwAAAAAAAAAAAAAAAAAAAAAA2v/0/+X/6//t/9P/HwDe/xcA0v/3/+T/6f/k/+b/6f/s//T/7P8AAAAAFADt/+3/AAAAAAAAAAAAAAAAAAAAAO7/AAAAAPv/8P8AAPH/HQAAAAAAAAAAAAAAAAAAAAAA6P8UAPT/AADs//T/7P8AAOH/1P/N/8z/2f+4/7T/JAAUAO3/8/8AAO//7P/s/wAA5v/p/+X/4P8aAOb/3//l/+r/4//p/+f/6v/r/xoA6/+9//X/1P8gAOf/wv/V/+P/5//s/+v/6v/r/xYA5v/p/wAAAADT//j/1v/p/9b/tP/o/+v/9P/s/+n/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/2//q/+z/6f/R/xMA2P8RANz/6f/O/9X/7P/v/97/6P/n/+v/7v/t/+b/GQDs/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/6P/Y/+v/7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+z/4//o/+f/0//m/+v/5f8WAAAAAAAAAAAAAAAAAAAAAADa/wAAw//X/+D/GQDE/9L/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/s/xQA7P/s/8v/zP8KAOb/1f/c/w8A0v/i/+b/7P8AAOz/FADa/+r/AADe/+f/EwDf/9j/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AACgA+P8VAOv/AADt//v/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQAKQDf/9j/4f/i/9j/2v/c//v/FwAZAAAAAAAAAOz/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKT/0/+6/+j/tP/H/0sAsP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+7/7f/2/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/6//Z/+n/5f8aAOf/6v/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADn/+z/8f/k//v/7P8ZAO7/7f/x/+z/7P/x/+z/FADt/xQA7P/r//H/7P/s/+v/7f+//zYAyv/H/87/yf/N/8z/AAAAAAAAAAAAAAAAAAAAAOT/6P/h/xAA0/8RAMf/1P8AAAAAAAAAAAAAAAAAAAAA4P/q/+v/5f/s/xYA6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//T/2f/D/+j/7v8WAM3/7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8TAOz/9f/m/+3/7P8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/0/+z/AAAAABQA7f/t/+H/7f/n/83/5//r/+X/FgDs/+3/AAAAAPf/8/8UAO3/AAAUAAAAAADs/wAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/7P8VAOz/7P/w/+z/7f/s/9b/yf/Z/wAAGAALALX/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/s/+v/6v8UAAAA6v/r/+v/FADs/+r/7P/s/+z/6//D/8X/NQDT/8r/2f/K/8L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/p/+z/FQDr/+z/9v/h/wAAAAAUAAAA+P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8UAOz/8f/s/+z/7P/p/+z/AADo/+v/6//m/wcA3P/k/9//5//t/9//3v/Y/ygA7f8UAOz/7P/s/+z/7P/t/+b/4P/o/+r/2v/Y/wAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xQA6v/e/+v/3f8AAOz/7P/u//r/9P/t/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/5v/r/9z/BgDd/+H/7P/d/93/7v/x/9//EwAGABkA+f/X/wAAw//W/9b/xf/z/wAA6//Y/+r/0v/6/w0AAAAAAAAAAAAAAAAAAAAAACcA6f/t/+j/5P/r/9j/7P8AAAAAAADq/wAAAAAZAAAA6f8bAPL/7f/s//D/5P/r/+r/6f/p/+n/6f8XAOf/6P8AAAAAAAAAAAAAAAAAAAAAAAAUAAAAAADs/wAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtv/V/9P/zv8AANX/6f8kAO3/+P8AAPv/AADt/x8AAAAAAAAAAAAAAAAAAAAAAAAA7P/f/+z/8f/v/+z/FADw/8P/HQDS/8X/6f+v/8z/DwDs/+r/8P/q/+n/3v/s/xYA7P/f/+z/8f/v/+z/FADw/xUA7P/r/+z/6//p/+v/6P/q/xQA7P/u/+z/7P/s/+z/AAAAAAAA+f/7/wAADwAAAOz/7P8UAO7/7v/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/wAAAADr/wAAFAAAAAAAAAAAAAAAAAAAAAAAFADo/8r/BgDt/wAA6v/0/wAAAAAAAAAAAAAAAAAAAADr/+z/6v/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAABMA4//G/83/zv8RANv/yf/a//T/5f/r/+3/0/8fAN7/AAAAAAAAAAAAAAAAAAAAAO3/7P/1//D/8/8UAO7/7P/k/+j/4//f/+T/3P8dAOP/1f/Z/9f/1f/f/+D/JgDZ/xQA+P8AAAAAAADs//r/+f/6/w8A1P8UAOT/6v/r/9//4f/P/+r/6f/q/9T/5f8vAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/9f8AAPr/7f/s/xQAAAAAAAAAAAAAAAAAAAAAANX/6v/S/+P/2v8AANb/AADU/x4A4v/Z/+P/6f/j/93/AAAAAAAAAAAAAAAAAAAAANL/yv/V/xwAxf/g/wcA5v/s/+z/7P/s/+z/FADs/+v/AAAAAAAAAAAAAAAAAAAAAPf/qv+//7n/s/+z/wsA3f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/AAD0/+z/FADs/wAAAAAAAAAAAAAAAAAAAADR/+f/CQDj/9P/0f/X/w8AAAAAAAAAAAAAAAAAAAAAAOz/6P/t/+z/7P/s/+z/FADf/wAA8v/r/9j/5/8gANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+7/6//s/xQA7P/v/+z/7P/s/+z/7P/m/xgA6P/q/+j/6f/n/+j/AAAAAAAAAAAAAAAAAAAAAM//1//V/+L/4v/P/y0A1f8AAAAAAAAAAAAAAAAAAAAAHADX/9v/6v/f//H/4f/o/9X/AAC9/87/4f/p/xUAxf/7/+v/AAAAAAAA5v8mAPj/6v/r/+r/7P/t/+v/FQDl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPT/7P/s/wAA7P/Y/9j/6v/W/9b/2f/X/wAAEgDr/+v/+f/v//L/AAAVANj/vP/s/8b/4f/B/+z/3f/X/wAAAAAAAAAAAAAAAAAAAADq//X/AAAAAAAA6v8dAAAAv/++/7j/wP+j/9b/9f8kAPr/xf/D/8L/1f/t/8D/AADs/+7/6//r/+v/2v/r/ykA3v/S/9//5P/h/yEA2//h/wAA3v/Z/9H/3v8ZANz/0v/q/+j/6//n/+f/FgDr/+b/sf/Q/8j/9P+0/yUAwP+4/8D/v//S/8L/wf9LALv/yf/6/+3/AADy/+7/FADt/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/+b/7P/1//f/3P8sAAAA7P/s/+z/8//t/+z/7P8UAOD/1v/A/9n/wv8XAMr/9//t/+z/AAAAAAAAFADs/+z/8P/g/9P/4v/V/woAvf8LANj/zv/0/+f/AAAJANL/6//s/+z/7f/u/wAA8P8UAAAA7P8UAO3/7//u/+z/7P/s/9H/yP/a/xQAAAAnAMv/7P/1/+z/7//t/9//7v/r/xUA7P/p/9//6P/h/8z/FgDk/wAAAAAAAAAAAAAAAAAAAADT/+z/0v/V/8b/yf/j/yEA5f/n/+n/6f/a/x0A4P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r//D/7P/u/+n/FQDs/8z/x/8AALr/w/+v//r/5P/6/+3/AAD2/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/2/+j/+/8AAPj/5f8TAMz/1P/T/8j/9P8OAMH/FgDa/+7/7P/5/9n/0//n/xUA5f+2/8z/y//R/7j/NQC///H/GADN/9v/zP/l/8L/7v/s/+z/7P/r/+z/7P8UAOz/7P/s/+z/FQDt/9//7P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/u/+z/7P8UAO3/7P/s/xQA7//n/+z/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//P/7/8AAPP/+v8TAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/x8A7P/p/+D/3//N/+j/7/8UAOz/AAD1/+z/7P/x//D/FADt/wAA9//s/+z/8v/p/+r/5f/n/+v/2v8aAN7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADv/xQA7P/w/+//7P/s/+z/EgDr/+z/7P/v//H/5P/r/83/5//o/8P/3//t/yYA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/s/+z/FADs/wAA6//f/+b/4f/R/wYA2v/s/xQA+v/t/wAA7//v/+//AADq/+3/8f/f/+j/EQDa/+r/FADv//D/7v8HAOz/8P/e/wAA1P+7/9b/rP/3/8T/7P8UAOz/7P/s/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+z/FADs/+j/5//p/+f/6v8bAOf/2v8AAAAAAAAAAAAAAAAAAAAA7P/r/+v/6v/r/+r/FgDr/9f/3/8AANr/6//d/w8A2v/2//b/AAAAAAAAAAATAPr/+P/s/wAAAAD6/+z/FADo/9z/zP+z//X/DADw/w8AvP/U/9L/2//E/7v/yv/c/xsA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//m/9L/1P8iALX/7P/x/+//8//v/wAA8//6/xMA8//X/wAA2P/Y/+3/1f8AANP/AADo/9//4//d/97/AADZ/9P/y//Z/xIAzP/X/8T/CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/AAAAAAAA6f8AABcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqP/q/+z/AACM/9z/7//P/xQAAADs/wAA9v/s/+z/7f8YAO7/AAAAAPX/6v/r/wAAFADy/wAA+//0/+v/7P8AABEAAAAAAAAAAAAAAPD/AAAUAOz/7f/u/+3/7P/s/+z/7f/r/+z/7P8UAO7/7P/s/+z/7P8UAOz/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f9wAPH/1v/i/9L/rv/f/xQA7P/s//f/7f/o/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/7/wAA5f/0/wAAAAAGAOD/EQDb/wAA1f/T/9X/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//P/+T/2//Y/9j/FQAAAO//1//a/97/2P8LAAAAzf8AAO7/6f/r/9f/2f8AAN//3v8HABQA7v/V/+n/5f/R/wAAAAAeAAAA+f/v//P/AAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAN3/8//7/wAACgAAAAAAAAAAAPn/AADn/xcA6//p/+f/6v/p/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/g/wAA7v/2/wUAEgD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARQDe/9P/1f/J/8P/1v/U/wAAAAAAAAAAAAAMAAAA+/8UAOz/9P/x/+z/7f/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9f/rv+1/+3/8v/N/xEA7v/r/xUA6v/s/+z/7P/q/wAA6//T/97/2P/F/xMA0f/s/9r/AAAAAAAAAADc/+z/7P/w/wAAAAAAABQA7P/s/xQA7/8AAPX/8P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAA7v8SAAAAAADZ/+P/5P8AAAAAAAAAAAAAAAAAAAAAAADu/+z/AAD6/wAAAAAAABQA3P/t/83/zP8MAN7/AADD/+n/6v8YAAAAAADy/+j/AADs/+z/FADu/+7/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+v/6v/n/9n/2P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xUAAAAAAAAAAADx/+z/AAAAAAAAAAAAAAAAAAAAAMP/0f8uALz/y//C/+L/4P8AAAAAAAAAAAAAAAAAAAAADADk/77/vv/m/9n/2f/v/xQA7P8AAAAAAAAAAPP/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P8UAOz/7P/X/9j/2P/Z/9n/KADa/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC9/93/0//X/9b/xf9AANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/IADu/+z/AAD7/+//4f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/6//s/+7/6/8WAOv/6//l/x0A2//n/+D/5P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//3/wAAAAAAABUAAADs/wAAAAAAAAAAAAAAAAAAAAAcAOr/5P/D/8//zP/c/xsA5P/k/wgAyv/K/8z/DwAGAAAA2f/P/87/1P/C/xAA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/0f/Q/9n/6/8jAOn/wf/w/+//7P8AAO//FAD4/wAAAAAAAAAAAAAAAAAAAAAAAOT/4P/u/+L/3P/Z/+z/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAOz/7f/s/+7/AADv/wAAAAAAAAAAAAAAAAAAAAC+/9b/LADP/+P/xP/y/8L/6P/p/+v/4f/r/xcA6//q/8b/vf/I/67/vP8hAAAAuP/T/+r/7P/p/97/FwDr//T/8P/t//D/AAD2/xQA7P/6/+v/5//s/+3/7P8UAOz/7P/z/9r/9v/j//v/DgDs/+z/FADb/wAAAAAgAOz/7P/f//D/4P8PAOX/5v/2/8T/FAD6/wAAAAAAAAAAAAARAAAA7P8VAAAA+v/p//X/7v8XABQA7P/s/+3/7f/o/+z/7P8AAAAAAAAAAAAAAAAAAAAA4v8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADT/+n/7v/v/+z/7//p/+r/6P/r/+3/7P8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAjAPH/AAD6/wAA5/8AAAAAAAAAAAAAAAAMAPj/AACW/wwAz//F/87/xf8eAK3/AAAAAAAAAAAAAAAAAAAAAOz/7f/t/wAA4f8AAAoAxv/2//D/AAAAAAAAEwD0/+3/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr/+n/7P/r/+z/6f8WAOr/AADW/97/4//g/9n/AADk/87/0//N/87/CwDO/8v/JgAAAAAAAAAAAAAAAAAAAAAA6//r/+L/2f/r/+P/FgDh/wAA1v/e/+P/4P/Z/wAA5P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOr/z//q/+j/6P8WAOn/6v/u/+3/9/8AAOr/AADT/xQAAAAAAAAAAAAAAAAAAAAAABUA6/8AAAAA8f/p/wAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/Z/+z/6/8GAOP/5P/r/xUA7f/a/+n/AADZ/9j/+//5/+z/7f8AAO3/FAD6/+z/7P8AAOT/FADs/+L/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xgA6P/q/+X/6f/p/+n/DwD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/JQDe/+n/2f/Z/93/2v/s/+z/7P8UAOz/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA+//v/wAAAADr/+z/7P8VAO7/GgDq//H/7P/r/+X/6v/w/xoA9//3//f/5//n//r/6/8IAOj/AADz/+v/AADu/+P/FwDw//n/6//2/+r/6v8AAAAAAAAAAAAAAAAAAAAAFAD4/wAAAAAAAOz/+v/5/97/1f8nAN//3P/d/9L/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/+r/FwDr/+v/6//i/+D/AAAAAAAAAAAAAAAAAAAAAAAA6P/i/wAA4f/Y/xQA1f/e//P/7P/z/xQA8//0/+z/7P8AAAAAAADt/+3/AADr/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/6v/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAMj/4f/T/97/3f8mAN//2v8AAAAAAAAAAAAAAAAAAAAADQDJ/8D/4P/O/wAA1//z/9n/0P/Z/9n/2/8oAND/3//a/93/0//X/8v/JwDj/8f/AAANALP/7//K/+f/tv+o/9b/2P/Y/+L/EgDr/wAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/7P/u/+7/7P/3/xQA9P8oAOn/3v++/9r/+P/d/73/AAAAAAAAAAAAAAAAAAAAACQA4//2/+f/3/8AANn/4v/r/8X/zP/k/9P/yv/e/y8A5/8TAOb/4f/o/+j/DADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAADs/9T/JwDa/9L/xv++/8j/x/8AAAAAAAAAAAAAAAAAAAAA8v/s//n/5f8VAOv/7f/b/xsA5//b/9f/2P/5/+T/0f/M/+z/6v/Z/9b/FwDh/xAA1v/a/9b/5v/u/9b/LADj/8n/3P/V/+r/6//R/yMA5/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+3/FADs/wAA9f8AAPX/AAD6/x8AAADq/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOb/HQDo/+b/5f/p/9X/4v8AAAAAAAAAAAAAAAAAAAAA4P/r/+v/7//p//X/FQAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/MQC6/9H/8/++/83/6/9v/wAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAPL/+f/r/xYA7v/t/wAAAAAAAOn/AAAXAAAAAAAAAAAAAAAAAAAAAADx/9L/1f/W/+H/BwDG/wAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/s/+z/3f8TAOz/6f/v/wAAAAAAAAAAAAAAAAAAAADs/+z/8f8AABQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAcA1v/q/+r/AAD5/+//9f/h/wAA2f/m/+v/1P8AAAAA7//s/wAA6//g/+v/6P8lABQA6//t//L/7v/r/+z/AAAUAOz/AADu/+3/7//s/+P/AAAAAAAAFAAAAAAAAADs/xQA7P/s/+//7P/s/+z/7P/s/+z/7//u/+3/7P/t/xQAFADs/+z/6v/s/+z/6//s/xQA9f/4/wAAAAD2/+z/AADJ/+X/2//V/+D/1/8tAOH/AADy//r/9P8AAAAAGwAAAOz/7P/x/+z/7//b/+z/FADs/wAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAANb/6//s//b/7P8nANn/6f8AAAAAAAAAAAAAAAAAAAAA1//U/5j/o//H/57/AAArABQA7v/7/+7/AAAAAO7/9v/t/+3/8f8AAPf/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/6v8UAOj/6//s/+z/7P/I/ysA6P/m/9f/0v/S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+v/4P/Z/yAA3P/k/+D/AAAAAAAAAAAUAAAAAADs/+v/7P/r/+z/FQDl/+j/7P8IAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/6//T/AAAAABsAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+T/7v/r/+z/6/8UAAAAAAAAAAAAAAAAAAAAAADt/+z/7//t/+3/7f/s/xQA7f/t//H/AAD3/+3/7P8UAAAAAAAAAAAAAAAAAAAAAADs//D/7P/s/+z/6/8UAOr/AAAAAAAAAAAAAAAAAAAAAAAABwDI/xQAyP/c/9H/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAAAA9//x/+7/9//0/wAAy//W/9f/1f8AAAAA2P/r/zgA2v/t/+L/4v/V/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgDT/+r/4P/g/+v/r//c/wAAFAAAAAAAAAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAD5/wAA5f8AAOz/7f/v//H/7v/s/+z/FADX/wAA7P/q/93/4P8UANT/AAAAAAAAAAAAAAAAAAAAAM3/wP/b/9f/zv/a/z4A2v/u/+r/9v/x/+z/6/8WAO3/9v/2/wAAAAAAAAAAEwD6/93/OwAAAAAAAAAAAMn/AAAAAAAAAAAAAAAAAAAAAAAA6//s/+n/7P/s/+r/FQDs/+z/7P/s/+z/FAD5/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDw/9v/6P/m/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/x8A7f/u/+j/8v/j/9//7//s//D/8f/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAIAOr/6f/Z/9f/6v/r/wAADADZ/93/0v/a//L/6v/J/93/4//z/+//3f/s/87/KgAAAAAA9v8AAAAA6v8ZAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/q/+z/7P/r/xQA7P/4/xQAAAD2/+3/7P/r/+z/7f8vANT/3//Z/9T/zv/r/+z/7P/s/+z/7P8UAOz/7P/s/+3/7P/s/+n/6v8UAOz/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADu/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/AADx/wAAFADs/+z/FADt//P/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAOz/AAAUAPf/+P/w//v/7P8AAOz/8v/v/+7/7v/t/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAADr/xQA+P8AAAAAAADs//r/+f8AAAAAAAAAAAAAAAAAAAAA+f8TAOr/4//p/+b/9//m/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC4A6v/m/+r/2P/O/9L/2P8AAAAAAAAAAAAAAAAAAAAAwP/t/8L/yv/I/wcAAADU/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASACc/9H/0v+//8n/vv+4/wAAAAAAAAAAAAAAAAAAAAC7/8j/FADV/8n/9P/q/w4AAADN/9b/AADa/+n/lv/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/8//t/+z/FADt/9f/xf/o/+v/6//p/xkA7v/r/xkAAADr/wAAAADi/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s//f/7P/z/yUA7P/g/wAAAAAAAAAAAAAAAAAAAAAtALT/2P+8/67/5f/y/9r/7P/w/wAAAAAAABQA7P/s/9f/GQDi/+3/6f8AANj/2P8LAK//1P/T/wAAy//4/7r/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+3/FQDs/+v/6/8AAOz/7P/v/+z/7P8AAOr/AAAAAAAAAAAAAAAAAAAAAO7/6f/1/xYA8f/l/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/X//n/+P/u//n/FQAUAOz/7P/s/+z/7P/s/+z/6P8AANb/5v/q/+z/1v8UAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5f/m/9D/6/8XAOr/3//j/x0A5P/j/+b/6P/h/+b/AADI/+L/qP/t/wAAAADY/+P/x//U/9v/4f/u/xUA4/8AAAAAAAAAAAAAAAAAAAAA2//e/+X/5P/m/+D/5f8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8XAPj/6v8AAPX/8v/p/wAAAAAAAAAAAAAAAAAAAAAGANT/2P/r/+f/2v8OANP/AAAAAAAAAAAAAAAAAAAAANf/6//j/+X/FADr/+n/AADs/+z/7//u/+3/7P/t/xQA3//q/+v/5v8dANj/6f/b/+z/7P/s/+z/7P/s/xQA7f/q/+n/5P8VAOz/2P/s/+r/7P/s/+v/7P/r/xMA7P/5/5n/TACf/9r/7v99/7//kv/s/yEA+P/6/+T/7//d/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8ZAOn/6v/p/+n/5v/n/wAAAAAAAAAAAAAAAAAAAADo/xcA6v/s/+v/6v/q/+v/v/8oANL/0P/C/9n/4//P/wAAAAAAAAAAAAAAAAAAAADl/xoA6//t/+z/7v/m/+r/AAAAAAAAAAAAAAAAAAAAAOn/FwDp/+T/6v/n/+j/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/xcA8P/5/+v/9v/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+3/7P/s/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA1f8rANn/2v/W/9n/4f/X/wAAAAAAAAAAAAAAAAAAAADp/xYA6v/o/+r/6//q/+n/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/t/+z/7P8AACgAAAAAAAAAAADZ/wAAAAAAAAAAAAAAAAAAAAAAAOf/6f8YAOj/6f/o/+j/6P8AAAAAAAAAAAAAAAAAAAAA6/8YAOn/6//s/+z/7P/u/wAAAAAAAAAAAAAAAAAAAACq/0wAvv/J/7r/v//J/7j/EQAAAAAAAAAAAAAA8P8AAO3/FADs/+z/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/EwAAAAAA6//p/9j/3//n/wAAAAAAAAAAAAAAAAAAAADJ/+D/3v/S/+f/4f8uANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/s/+z/7P/s/+z/4//q/+v/7P/s/+z/7P8UAOL/3f8JANP/JwDz/8n/3P/r/+v/+v/q//H/FgDr/+3/5f/O//b/EwDL//H/zv8AALv/4/+q/xMABQC5/8X/9P8AAAAAAAAAAAAAAAAAAAAA7P/t/wAA4v/g/wsA5P/Y//v/7/8AAAAA6//s/+z/FQAAAAAAAAAAAAAAAAAAAAAAyv8AANL/wP+y/+f/2f/7/9H/AAD2/+H/8f8MANj/2f/w/+3/8P8AAPb/FADs//r/1v++/7r/tP+///P/EADx/wAAAAAAAAAAAAAAAAAAAADv//v/1//h/+L/6v8GAAAAAAAAAAAAAAAAAAAAAAAAAOn/AAD3/wAA7f/u/wAA8P/Q/8f/FgDQ/8v/zv/E//H/AAAAAAAAAAAAAAAAAAAAAOT/JQDa/9b/6v/X/+T/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADt/wAAAADs/+z/7v8AAAAAAAAAAAAAAAAAAAAA0P/u/9z/vP8gAM7/sP/L/67/zf/m/8H/KgCy/8D/EgAAAAAAAAAAAAAAAAAAAAAAv//1/7L/yP9EAM3/tf/d/wAAAAAAAAAAFAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/wAA3//a/9v/1/8AANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/9b/1v/T/8T/8//J/x8A2v/k/7r/oP/q//H/5P/t/9f/6//w/+L/7v8iAN3/7P8AAAAAAAAAAAAAAAAAAAAARADP/8X/zf/P/7X/vP+9/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/r/wAA2v/j/xMA5//d/wAAAAAAAAAAAAAAAAAAAADJ/9P/y/+5/wAA8v/0/97/2v8AANn/5/8AANj/2P/Y/+b/0f/q/+j/6f8PAAYA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+v/AADp/+j/xP8UAOf/4f/p/+3/4//a/9n/KADl/+P/6f/s/+v/5v8XAOf/AAAAAAAAAAAAAAAAAAAAAOz/7v/s/+z/7P8UAOz/7P8jAOn/AAAAAAAA8v/a/wAAsv/Z/9//s/+0/7X/CgAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/T/+L/6P/i/8r/KADj/+z/CgAAAOX/AAAAAPD/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//a/+f/2v/g/8//JgDT/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAABQA7f/t/wAA7f8AAAAAAADG//f/LQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//D/FADs/wAAAAAAAAAAAAAAAAAAAAAAAOz/4v/s/wAA7P/s/9j/FADs/xQA7P/s/+z/7P/s/+z/FQDr/+v/6//s/+z/6//r/xUA7P/r/+z/7P/f/+f/+f/r/+z/7P/t/+z/FADs//H/AAAAAAAAAAAAAAAAAAAAAOv/6//s/+v/7P/s/xQA7P8AAAAA9P/4//j/AAARAPn/7P8XAOr/6//q/+r/6f/r//T/5f/s//P/AADi/+7/FQCu/xEA4P/E/7//z/8AAL7/6f8XAOn/5P/q/+f/6P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgA3f/v/+v/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/u/+3/AADt/xMA7P8AAPD/0//F/6T/u//k/wAA2f8AAAAAAAAAAAAAAAAAAAAA7f/t//n/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+7/7f8AAO//7P8UAPL/AAASAAAAAAAAAAAA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwDX/+H/5P/Y/9f/2P/r/xUA7P/t/+7/7P/r/+v/6v8AAAAAAAAAAAAAAAAAAAAA7P/6/+z/7f/u/+z/FADu/9X/DADp/+v/3//s/wAA5//h/wAA+//w//j/IwAAAOP/2P/o/+f/3v/r/w0AAAAAACwA0f/Z/5H/yv+n//P/fP8AAAAAAAAAAAAAAAAAAAAABQDE/8n/5f/f/wAA6//O/9j/7P8AAAAAAAAUAPL/6f8AAAAAAAAAAAAAAAAAAAAAAADR/9j/6f/e/9z/AADK/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/+D/3v8GAOf/qf/S/wUA6P/u//X/9//z/xYA7P/w/+z/7P/s/+3/7f8UAOz/7P/s/+z/7P/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8jAOz/7P/Z/9v/7P8UAOz/7P/s/+z/7P/s/+z/5v/s/+v/2//d/wAA6/8UAAAAAAAAAAAAAAAAAAAAAADv//T/9v8AAAAA7f/u/xQA7f/p/xUA7v8AAPT/+v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA5//r/9j/6//n/wAA7P8AAAAAAAAAAAAAAAAAAAAA6P/I/6r/zP/T/xIA6v/2/83/6v/N/w0A0f/N/9b/EgDZ/8f/6f/r/+n/3f/n/yAALgDU/9r/5f/g/9T/yv/J/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAALADc/+X/1//L/9T/1P/k/0kAkf/E/37/q/+r/9v/w//s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOn/FwDr/+v/7P/r/+b/6v8AAAAAAAAAAAAAAAAAAAAADgDM/8j/2P/J/+b/DADs/+//8//v/wAA8//6/xMA8//o/+f/5//o/+j/3P8bAOL/7P/s/+z/FADs/+z/7P/t/wAAFAAAAAAAAADt//j/AADs/+z/7P8UAOz/7P/s/+z/6//p/+D/6P/o/+v/FwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP82AOf/4P/R/8D/1/+//wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/AADr/xYA+v+x/8T/FgC+/+D/7P/j/wAAAAAAAAAAAAAAAAAAAADs/97/3/8iANn/3P/Y/+L/3v/i/+X/2//p/+P/HwDR/+f/4f/k/9D/6P/R/xoA4//n/+r/6P/o/+z/6v8ZAOn/AAAAAAAAAAAAAAAAAAAAAPn/7P/t/+z/7f/u/xQA7f/s/+z/AADj//P/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOr/6f/t/+z/7P/s/xYA8f8AAAAAAAD5//v/AAAPAAAAHQDi/+v/4//r/+n/3v/p/7H/AADw/8f/uf+7/9v/x//q/+v/yf/s/+v/IQDp/+j/7f/s/+z/7P/s/+z/7P8UAOn/6v/l/+f/6//a/xoA3v/w/9f/2P/X/9z/1P8OANr/HgDZ/+L/5P/j//P/2//N/wAAAAAAAAAAAAAAAAAAAADs/wAA3P/s/+z/7P/n/xQA7f/t/xQA7v/w/+z/7P/s/+z/9P/5/wAA+//v/xQA7f/5/8P/yP+r/9D/yv8vANP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/3//Y/9//rf8gAPD/BwDs/9n/zv/i/+L/IADi/9D/7P/m/+n/2v/s/xoA2v/s/+P/FADq/+r/6v/2/+v/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAANAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAA7f/z/xMA6v8mANj/2P/p/+P/2f/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9j/AADY/+r/5/8YAOj/AAAAAAAAAAAAAAAAAAAAAOz/6f/u/+z/7P/p/+r/FgAAAOz/HADr/+H/1//Z/xQA7P/p/+7/7P/s/+n/6v8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/r/+v/EQAAAOv/6f/g/+j/6P/r/xcA6f+6//T/sf/N/9X/4/8iAMb/2P/J//H/5v/c/8X/JQDn/9j/AADz/9b/0f/G//L/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAPj/2/8AAOn/4/+4/9P/AAAAAAAAAAAAAAAAAAAAAOz/0//p/97/tP/1/+7/5v8UAOz/7f/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPL/1v/g/9r/4/8AAOj/AADs/yEA+P/6/+T/7//d/+L/AADi/+n/6v/p/83/5v8TAOn/6f/x/+z/7P/r/xUA7v8AAAAAAAAAAAAAAAAAAAAAKgDi/+f/8P/q/9j/2//o/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P/s/xQA+f/v/wAAAAD5/xMAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADF/8r/CAD2/8n/8P/S/xEAyP/k/8r/0f/V/ysAtv/i/wAA4P/s/+z/4//q/+T/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/5v/Y/wAA6v8NAOL/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//j/AADq/wAAHgAAAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/A/9j/AADd/8b/CADj/wAAAAAAAAAAAAAAAAAAAADX/8v/2//0/9j/8/8UAOn/4/8UAO7/7f/s/+3/7P/s/xAAwP+8/7n/wv/P/woAnv8AACEA8//4/+z/8P/J/9//AAC4/9L/wv/U/9T/DQDO/wAAAAAAAAAAAAAAAAAAAAAkAL7/0P+8/7j/wP8AAL7/+//i/+v/7P/r/9j/DgDW/wAAAAAAAAAAAAAAAAAAAAAUAPj/AAAAAAAA7P/6//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/9f/3P/f/wAA6P8cAL7/AAAAAPT/+P/4/wAAEQD5/wAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAAAAAAAaAPr/LQDV/+z/8P/t/+r/yv/f/wAA7P8AAAAA+v8AAPf/FADm/wAA9/8AAAAAGwD0/wAAAAAAAAAAAAAAAAAAAAAAAOj/5//p//P/7f/q/+v/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/xv/G/7//3P8+AMv/uf/g/+j/GADr/+H/6v/m/+j/7P/s/+7/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAC0/9P/1v8ZAL//GAC7/7D/0P+8/9j/5v/y/xMAAADN/9j/6f/t/8X/xv8AAAAAxf/s/+f/7P/W/+v/5v8VAOv/AAAAAAAAAAAAAAAAAAAAAOv/7P/t/+7/7P/s/xUA9//P/9X/0P/T/+r/6/8cAOn/FAAAAO//AAD3/+z/7f/1/9v/1f/j/+L/3//c/+H/IgDs/+z/FADs/+z/7P/s/+z/4P8eAOb/5v/p/+P/4v/p/9f/AADs/+r/3f/g/xQA1P8IANj/4f/z/+X/AADF/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDu//T/+//6/+7/4//4/9j/7f/s/+z/7f/s/yQA7/8AAAAAAAAAAAAAAAAAAAAA4//n/9n/5v/r/+z/GADq/+r/+f/q/+r/+v/n/xkAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+//4v8AAPv/7f8AABQA+P8AAAAAAADs//r/+f8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA8//w/+z/7P/s/7f/y/9LAMX/0P+5/7n/wP/B/8n/PQDP/+L/uf/P/8P/7v/q/zcA4f/7/8P/8f/p/wAAAAAAAAAAAAAAAAAAAADO/+L/7f8KANP/0v/b/9v/AAAAAAAAAADt/wAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7P/z//n/FADb/+7/AAANAAAAAAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAMn/IADh/+D/2f/p/+z/5P/T/y0AzP/l/9v/3v/T/9P/5P/o/+r/7P/r/9n/HgDl/77/9//7/6//wf+v/9P/FQDU/9z/u/+4/7n/sP8XAKz/1/8AAMD/uv8AAAAAzP/y/+z/7f/t//D/+f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+H/zP/L/9n/zf8lAPf/q/+4/8b/yf8JAPD/4P/q/+b/8/8AAAAAGQDo//L/8v/n//n/AAAAABkA6f/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQA7f/t/+z/7P/s/+z/7P/s//j/7v/y/+z/FADf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/o/+r/6v/r//H/6/8VAM7/AADZ/7P/7f/O/wAA1f8pANn/zf/g/+n/2P/X/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7//s/xQA7P/i/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9n/8//l/+b/AADN/wAA6/8AANf/6//Y/+b/EwDp//r/zv/s/wAA6f/q//T/+P/e/+j/0P/V/9D/KQDr/9L/8//s/+z/7P8AAO7/FAD1/8j/xP/T/8b/z//G/zgA0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+j/8P/0/wAA6f8AABgAFADt/+z/7P/s/+z/7P/s/+z/7P/r/+z/7f8UAOz/7P/s/+r/7P/t/+3/7P8UAPL/6//r/wAA+f/5/wAA+P8WAAAAAAAAAAAAAAAAAAAAAADv/xQA7P/w/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKv/5//Q/xwACADz/6T/7f8AAAAAAAAAAAAAAAAAAAAAyf/W/+j/1P8PANz/3f8AAOz/7P/p/97/FAD0/+f/7P/r/+v/+v/q//H/FgDr/+3/AAAAAAAAAAAAAAAAAAAAAOf/7P/s/+z/7P/Y/x8A7f/b/xUA3v/v/+v/3v/s/+v/CQDH/+L/5P/C/9n/5//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/k/9//4/8JANf/1v8AAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/Y/+b/5v/m/+n/5f/T/9j/0v+//+n/z/8PANf/IwDX/9j/3P/n/+b/2P/X/yMA1//Y/9z/5//m/9j/7v/s/+z/7v/1/+7/FAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAGANb/2v/m/9j/3//W/8P/u//K/6j/xP/V/z8Avf/t/+3/FADu//D/7P/s/+z/GQDl/+b/6v/o/+f/5v/o/9z/4f/r/+f/6v8MANz/AADn/+z/7P/s/+v/6P8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+r/5//p/9v/2f8TAAAAAAAAAAAAAAAAAAAAAAAAAMX/1v/Z/+r/AADS/xwAxf/g/9j/9v8cAN3/3P/n/93/7P8UAOz/6//s/+z/7P/r/xcA7//1/wAAAADs/+n/+P8AAPv/AAAAAAAA7f/z/xMA6/8hAMb/+P/d/+//0f++/wAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADy/xQA7v/y//P/AAAAAOz/7f8UAOv/7f/s/+v/7P8VAOz/6//q/xcA6v/r/+v/6v/o/+n/AAAAAAAAAAAAAAAAAAAAAOv/6/8AAPn/+f8AAPj/FgDs/+b/7P/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/v/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/e/+j/3f/s/+v/7f/i/+z/8v/t/xQA7P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/w0AAAAAANn/AAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/9H/4f/U/xcAvP/D/w0AAAAAAAAAAAD1/wAAAADa/+f/2f/n/9r/vf8uAMn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/9r/5P8NANv/AADZ/9v/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P/p/9b/1/8AAOn/1/8MAOb/AAAAAAAAAAAAAAAAAAAAACgA0f/J/7r/uf/w//L/2P/R/+L/yv8AANT/+f/b//P/AAAAAAAAAAAAAAAAAAAAANj/AADn/wAAAADv/8//xP8UAOz/7P/t/+3/6P/s/+z/AAAAAAAAAAAAAAAAAAAAAMP/DwDP/6f/4v8NAO3/wP8AAAAAAAAAAAAAAAAAAAAAMADV/9n/1f/d/9j/xf/c/wAAAAAAAAAAAAAAAAAAAAD6/yIAAAAAAPD/AADi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+3/6P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/+/8AAA8AAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAD6/wAAAAAQAA=='
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