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
    // dart analyze and flutter analyze at error severity: the analyzer's compile-time errors (a
    // type that does not fit, an import that does not resolve); lints report as info or warning.
    rule('dart-analyze-error', raw `^\s*error • (?:.{1,300} • \S+\.dart:\d+:\d+|\S+\.dart:\d+:\d+ • .{1,300}) • [a-z][a-z\d_]{2,80}$`, 84),
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
    // dotnet test --blame-hang-timeout: no test finished in time, the test host is dumped and killed.
    rule('vstest-blame-hang', raw `\bThe specified inactivity time of [\d.]+ \w+ has elapsed\b`, 86),
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
    // The pkg-config crate under a -sys crate's build script (cargo's `failed to run custom build
    // command` above it): the tool itself or the system library it looks for is not installed.
    rule('pkg-config-crate', raw `The pkg-config command could not be found\.|The system library \x60[^\x60]{1,200}\x60 required by crate \x60[^\x60]{1,200}\x60 was not found\.`, 76),
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
    // Maven's enforcer refusing the JDK or Maven the build runs on (`Rule 0: org.apache.maven.
    // enforcer.rules.version.RequireJavaVersion failed with message:` then `Detected JDK version
    // 17.0.15 (JAVA_HOME=…) is not in the allowed range [21,).`; enforcer 3.0 writes
    // `org.apache.maven.plugins.enforcer.RequireJavaVersion` and `Detected JDK Version: 1.8.0 …`),
    // or the project's dependency tree (convergence, upper bounds, banned or snapshot artifacts).
    rule('enforcer-detected-version', raw `^(?:\[(?:ERROR|WARNING)\] )?Detected (?:JDK|Maven) [Vv]ersion:? \S.{0,300} is not in the allowed range`, 82),
    rule('enforcer-rule-failed', raw `^(?:\[(?:ERROR|WARNING)\] )?Rule \d+: org\.apache\.maven\.(?:enforcer\.rules\.(?:version|dependency)|plugins\.enforcer)\.(?:RequireJavaVersion|RequireMavenVersion|DependencyConvergence|RequireUpperBoundDeps|BannedDependencies|RequireReleaseDeps) failed with message:`, 80),
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
    // An action of the workflow that cannot be fetched or is no longer allowed (the runner's
    // `Missing download info for actions/upload-artifact@v3` for a version it no longer serves).
    rule('gha-action-unavailable', raw `Unable to resolve action \x60|Can't find 'action\.yml', 'action\.yaml' or 'Dockerfile'|uses a deprecated version of \x60|Missing download info for [\w.-]+\/\S*@\S`, 78)
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
    // dart analyze and flutter analyze: `info • message • lib/a.dart:3:7 • rule_name` (either order);
    // its error-severity lines are the compiler's (dart-analyze-error).
    rule('dart-analyze', raw `^\s*(?:warning|info|lint) • (?:.{1,300} • \S+:\d+:\d+|\S+:\d+:\d+ • .{1,300}) • [a-z][a-z\d_]{2,80}$`, 78, { warningsCount: true }),
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
    // The exception a Python HTTP client raises when the server cannot be reached or does not
    // answer in time (`requests.exceptions.ConnectionError: HTTPSConnectionPool(…)`,
    // `httpx.ReadTimeout: timed out`, `urllib.error.URLError: <urlopen error …>`): the network,
    // not the program, though its words are a timeout's.
    rule('python-http-client-error', raw `^(?:requests\.exceptions\.(?:ConnectionError|ConnectTimeout|ReadTimeout|Timeout|SSLError|ProxyError|ChunkedEncodingError)|httpx\.(?:ConnectError|ConnectTimeout|ReadTimeout|WriteTimeout|PoolTimeout|ReadError|RemoteProtocolError|ProxyError)|httpcore\.(?:ConnectError|ConnectTimeout|ReadTimeout|ReadError)|aiohttp\.client_exceptions\.(?:ClientConnectorError|ServerDisconnectedError|ServerTimeoutError|ClientOSError)|urllib\.error\.URLError|urllib3\.exceptions\.(?:MaxRetryError|NewConnectionError|ReadTimeoutError|ConnectTimeoutError|ProtocolError)|socket\.gaierror): \S`, 78),
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
    features: "b:0 0\nb:0 a\nb:0 a04\nb:0 a07\nb:0 a1082be0\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 a6c70a5\nb:0 a75ec\nb:0 a7aef8b1\nb:0 ac27\nb:0 ac6\nb:0 actionable\nb:0 actions\nb:0 actual\nb:0 ad613ffba\nb:0 after\nb:0 agent\nb:0 all\nb:0 alpha\nb:0 alpha1\nb:0 alpine\nb:0 alpine3\nb:0 als\nb:0 amd64\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 artifacts\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 assigned\nb:0 assignment\nb:0 attempt\nb:0 available\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b2\nb:0 b3a\nb:0 b4c\nb:0 b5c67\nb:0 b7\nb:0 b7c1d6e3f\nb:0 bad\nb:0 bash\nb:0 be95da1\nb:0 between\nb:0 bin\nb:0 binutils\nb:0 black\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 branchpoint\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 build1\nb:0 building\nb:0 builds\nb:0 built\nb:0 bun\nb:0 but\nb:0 by\nb:0 byte\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 ca9\nb:0 cabal\nb:0 cache\nb:0 call\nb:0 cannot\nb:0 cart\nb:0 catch\nb:0 cc\nb:0 cgen\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 clean\nb:0 cleanup_file_variables\nb:0 click\nb:0 client\nb:0 cm\nb:0 code\nb:0 codex\nb:0 col\nb:0 columns\nb:0 comment\nb:0 community\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 contract\nb:0 core\nb:0 could\nb:0 cp310\nb:0 cp311\nb:0 cp314\nb:0 cp38\nb:0 creation_with_non_type\nb:0 critical\nb:0 cs\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 d345270\nb:0 date\nb:0 db\nb:0 deb12u1\nb:0 debian\nb:0 debugger\nb:0 decimal\nb:0 declarations\nb:0 ded5c06cf\nb:0 def\nb:0 default\nb:0 dependencies\nb:0 depends\nb:0 deprecation\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 dial\nb:0 dist\nb:0 doesn\nb:0 don\nb:0 done\nb:0 double\nb:0 during\nb:0 e\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e58d67b4\nb:0 e7\nb:0 e8\nb:0 e8f\nb:0 eadcdc7d\nb:0 ec\nb:0 echo\nb:0 efde290b\nb:0 eff\nb:0 embedded\nb:0 end\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 execute\nb:0 executed\nb:0 executing\nb:0 exit\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 extracting\nb:0 f\nb:0 f1d2c3b\nb:0 f242abd9c8e\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 fb\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 flash\nb:0 fn\nb:0 for\nb:0 forbidden\nb:0 format\nb:0 fp4\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 g325\nb:0 g4q\nb:0 gcc\nb:0 gcr\nb:0 gdb\nb:0 generated\nb:0 genesis\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 glob\nb:0 go\nb:0 got\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 h0s9kvb6g2sinako7ub77ku\nb:0 has\nb:0 hash\nb:0 hass\nb:0 head\nb:0 high\nb:0 home\nb:0 homeassistant\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 i128\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 imports\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 installing\nb:0 insufficient\nb:0 int\nb:0 into\nb:0 invalid_constant\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 ist\nb:0 it\nb:0 item\nb:0 items\nb:0 j\nb:0 j30\nb:0 jackson\nb:0 jakarta\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 line\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 low\nb:0 m\nb:0 m0s\nb:0 m104\nb:0 m21\nb:0 m237\nb:0 m309\nb:0 m47\nb:0 m49\nb:0 m62\nb:0 m64\nb:0 m67\nb:0 m7\nb:0 m78\nb:0 m84\nb:0 m88\nb:0 made\nb:0 make\nb:0 manuell\nb:0 matching\nb:0 maven\nb:0 max\nb:0 measured\nb:0 mecho\nb:0 medium\nb:0 memory\nb:0 merge\nb:0 merror\nb:0 message\nb:0 mfi\nb:0 mhelp\nb:0 mi\nb:0 mif\nb:0 milliseconds\nb:0 min\nb:0 minute\nb:0 minutes\nb:0 missing\nb:0 mnote\nb:0 mnpm\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 mother\nb:0 ms\nb:0 mshared\nb:0 multiple\nb:0 mvalue\nb:0 n\nb:0 name\nb:0 nanopb\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 newlib\nb:0 newline\nb:0 newly\nb:0 no\nb:0 node\nb:0 nodes\nb:0 none\nb:0 normal\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 oder\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 openjdk\nb:0 operation\nb:0 or\nb:0 org\nb:0 origin\nb:0 outer\nb:0 p\nb:0 p1\nb:0 p20240420\nb:0 package\nb:0 packages\nb:0 paket\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pip\nb:0 pkg\nb:0 please\nb:0 plexus\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 port\nb:0 post0\nb:0 post1\nb:0 pre\nb:0 prepare\nb:0 prepare_executor\nb:0 previous\nb:0 price_cents\nb:0 print\nb:0 problems\nb:0 process\nb:0 prod\nb:0 projects\nb:0 pub\nb:0 pull\nb:0 pwsh\nb:0 py2\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quantity\nb:0 queue\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 r2\nb:0 ran\nb:0 rc\nb:0 rc1\nb:0 rc2\nb:0 rc3\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 rejects\nb:0 release\nb:0 releases\nb:0 repack\nb:0 requires\nb:0 resolving\nb:0 resource\nb:0 resources\nb:0 retries\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 ringbuf\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 run\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 s2n\nb:0 saas\nb:0 scenarios\nb:0 sec\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 set\nb:0 sh\nb:0 sha256\nb:0 shellcheck\nb:0 should\nb:0 sid\nb:0 simple\nb:0 site\nb:0 skipped\nb:0 skips\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 so\nb:0 some\nb:0 soroban_sdk\nb:0 source\nb:0 spond\nb:0 src\nb:0 stabilized\nb:0 stable\nb:0 state\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 style\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t00\nb:0 t02\nb:0 t03\nb:0 t04\nb:0 t06\nb:0 t07\nb:0 t08\nb:0 t09\nb:0 t10\nb:0 t10_00_00_000\nb:0 t11\nb:0 t14\nb:0 t15\nb:0 t16\nb:0 t17\nb:0 t18\nb:0 t19\nb:0 t20\nb:0 t21\nb:0 t22\nb:0 tar\nb:0 target\nb:0 task\nb:0 temperatures\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 then\nb:0 third\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 times\nb:0 title\nb:0 to\nb:0 too\nb:0 took\nb:0 toolchain\nb:0 total\nb:0 trailing\nb:0 true\nb:0 try\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu0\nb:0 ubuntu1_amd64\nb:0 ubuntu2\nb:0 ubuntu3\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 undefined_class\nb:0 undefined_getter\nb:0 undefined_identifier\nb:0 undefined_method\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unter\nb:0 unused\nb:0 upgraded\nb:0 uri_does_not_exist\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 v0\nb:0 v1\nb:0 var\nb:0 variable\nb:0 variante\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 we\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 wildcard\nb:0 will\nb:0 windows\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x8000_0000\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xfailed\nb:0 you\nb:0 z\nb:0 zephyr\nb:0 zig\nb:0 zzpmw\nb:a 0\nb:a b\nb:a bash\nb:a binary\nb:a branch\nb:a build\nb:a c\nb:a class\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a dash\nb:a default\nb:a denial\nb:a dependency\nb:a development\nb:a e\nb:a f\nb:a failure\nb:a feeds\nb:a ferro\nb:a few\nb:a file\nb:a free\nb:a full\nb:a g\nb:a gradle\nb:a hard\nb:a healthy\nb:a i\nb:a in\nb:a invoices\nb:a is\nb:a key\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a mavi\nb:a missing\nb:a multiline\nb:a must_use\nb:a n\nb:a new\nb:a newer\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a project\nb:a promise\nb:a proxy\nb:a r\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a required\nb:a return\nb:a s\nb:a safe\nb:a shutdown\nb:a signed\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a temp\nb:a test\nb:a tunnel\nb:a type\nb:a u\nb:a userland\nb:a using\nb:a v\nb:a valid\nb:a value\nb:a version\nb:a vietflux\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a x64\nb:a x_\nb:a y\nb:a01e7751d80c config\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4 babb\nb:a4006 this\nb:a62 0\nb:a75ec 0\nb:a_ m\nb:aarch64 apple\nb:aashish thapa\nb:ab0x go\nb:ab284314 0\nb:abi3 manylinux_2_34_x86_64\nb:abi3 so\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above exception\nb:above file\nb:above files\nb:above the\nb:abs hs\nb:abuild rpmbuild\nb:ac27 e1d16c0fb783\nb:ac6 0\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme 0\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:act_container_manager py\nb:act_linter py\nb:action actionlint\nb:action cache\nb:action cogni\nb:action display\nb:action download\nb:action executor\nb:action fail\nb:action guilouro\nb:action https\nb:action id\nb:action output\nb:action package\nb:action repository\nb:action step\nb:action tarball\nb:action v2\nb:action v3\nb:action v4\nb:action_actionlint 0\nb:actionable tasks\nb:actionlint https\nb:actionlint v1\nb:actions 0\nb:actions are\nb:actions cache\nb:actions checkout\nb:actions codecov\nb:actions codespell\nb:actions runner\nb:actions runs\nb:actions setup\nb:actions shivammathur\nb:actions task\nb:actions upload\nb:active on\nb:activity kt\nb:actual 0\nb:actual behavior\nb:add allow\nb:add an\nb:add bash\nb:add it\nb:add origin\nb:add rust\nb:add safe\nb:add the\nb:add url\nb:added 0\nb:added composer\nb:added go\nb:added to\nb:adding 0\nb:adding repository\nb:addition works\nb:additional logging\nb:address 0\nb:address all\nb:address range\nb:address sanitizer\nb:addresses should\nb:ade2 ce061790ffbc\nb:adler32 v0\nb:admin py\nb:admin rs\nb:admin web\nb:advancing after\nb:advice by\nb:advice detached\nb:advisories 0\nb:advisories g\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:aes gcm\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after attempting\nb:after catch\nb:after changing\nb:after connection\nb:after opening\nb:after running\nb:agent 0\nb:agent action\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent lost\nb:agent md\nb:agent name\nb:agent running\nb:agent version\nb:agent_1 container\nb:agents a\nb:agents cogni\nb:aggregate py\nb:ago 0\nb:ai agent\nb:ai architect\nb:ai code\nb:ai config\nb:ai devops\nb:ai elite\nb:ai plan\nb:ai reviewer\nb:ai security\nb:aiogithubapi 0\nb:aiohappyeyeballs 0\nb:aiohasupervisor 0\nb:aiohttp 0\nb:aiooui 0\nb:aiosignal 0\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:aliases clean\nb:all 0\nb:all arguments\nb:all artifacts\nb:all build\nb:all check\nb:all configured\nb:all crates\nb:all dependencies\nb:all error\nb:all extensions\nb:all false\nb:all files\nb:all intermediate\nb:all issues\nb:all matched\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all targets\nb:all test\nb:all tests\nb:all to\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow m\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allow the\nb:allowed 0\nb:allowed range\nb:allowed time\nb:allows for\nb:allows instantiation\nb:alongside the\nb:alpha 0\nb:alphabetical case\nb:alpine v3\nb:alpine3 0\nb:alpinelinux org\nb:already exists\nb:already the\nb:als also\nb:also home\nb:alternative instead\nb:always auth\nb:always error\nb:always fails\nb:always false\nb:ambroisie test\nb:amd64 c\nb:amd64 components\nb:amd64 is\nb:amd64 packages\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:amphp http\nb:an argument\nb:an as\nb:an assembly\nb:an error\nb:an exception\nb:an existing\nb:an item\nb:an iterator\nb:an s\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and actual\nb:and audited\nb:and because\nb:and cache\nb:and commit\nb:and contributors\nb:and d\nb:and declarations\nb:and deleting\nb:and dependencies\nb:and deploy\nb:and determine\nb:and file\nb:and firewall\nb:and fix\nb:and handle\nb:and has\nb:and hooks\nb:and installed\nb:and instead\nb:and is\nb:and its\nb:and legacy\nb:and may\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and scrapling\nb:and should\nb:and sub\nb:and test\nb:and the\nb:and upgrading\nb:and use\nb:and value\nb:and will\nb:and word\nb:and writing\nb:and you\nb:andi i\nb:android 0\nb:android app\nb:android gradle\nb:android jizhang\nb:android kt\nb:android log\nb:android main\nb:android sdk\nb:android support\nb:android test\nb:android tools\nb:android unit\nb:annotated types\nb:annotation for\nb:annotation no\nb:annotation unchecked\nb:annotations should\nb:anomaly_history json\nb:anonymous file\nb:anonymous test\nb:another exception\nb:ansi term\nb:ansible galaxy\nb:ansible role\nb:answer action\nb:any branches\nb:any changes\nb:any commits\nb:any expected\nb:any from\nb:any no\nb:any none\nb:any of\nb:any return\nb:any variable\nb:any whl\nb:anyio 0\nb:ap fedbox\nb:apache 0\nb:apache httpcomponents\nb:apache maven\nb:apache org\nb:apache pulsar\nb:api 0\nb:api api\nb:api dart\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api github\nb:api gradle\nb:api internal\nb:api pricing\nb:api proto\nb:api provider\nb:api py\nb:api src\nb:api tasks\nb:api test\nb:api users\nb:api v1\nb:apis proto\nb:apk add\nb:apk update\nb:app 0\nb:app beringin\nb:app build\nb:app colors\nb:app compile\nb:app css\nb:app data\nb:app git\nb:app help\nb:app immutable\nb:app kt\nb:app ktlint\nb:app lint\nb:app login\nb:app notes\nb:app onepager\nb:app prototypes\nb:app py\nb:app run\nb:app src\nb:app tasks\nb:app ts\nb:appcompat v7\nb:appears to\nb:apple darwin\nb:application ex\nb:application spec\nb:applies a\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt apt\nb:apt get\nb:apt mirrors\nb:arbitrary objects\nb:archinstall archinstall\nb:archinstall lib\nb:architect agent\nb:architecture x64\nb:archive false\nb:archive ubuntu\nb:are allowed\nb:are available\nb:are behind\nb:are deprecated\nb:are enabled\nb:are equal\nb:are for\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are main\nb:are missing\nb:are no\nb:are not\nb:are relying\nb:are running\nb:are sixty\nb:are test\nb:are the\nb:are trimmed\nb:are trying\nb:are understood\nb:are you\nb:area tests\nb:arg type\nb:argument 0\nb:argument error\nb:argument is\nb:argument named\nb:argument of\nb:argument should\nb:arguments but\nb:arguments can\nb:arguments no\nb:arguments were\nb:ark ff\nb:arm64 0\nb:arm64 main\nb:arm64 packages\nb:arm64 readme\nb:around keyword\nb:around make\nb:around operator\nb:around spurious\nb:array 0\nb:array v0\nb:arrays are\nb:artifact content\nb:artifact i\nb:artifact junit\nb:artifact name\nb:artifact org\nb:artifact transform\nb:artifact upload\nb:artifact v3\nb:artifact v4\nb:artifacts clone\nb:artifacts for\nb:artifacts will\nb:arturbosch detekt\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as expected\nb:as explicit\nb:as failed\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u32\nb:as u64\nb:as u8\nb:as vsts\nb:as well\nb:ask for\nb:assembling a\nb:assembly reference\nb:assert 0\nb:assert a\nb:assert are\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assertions s\nb:assets assets\nb:assets assets_page\nb:assets familjen\nb:assets_page dart\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:assignment type\nb:assistant bluetooth\nb:associated with\nb:astral sh\nb:astrogilda tsbootstrap\nb:async 0\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at end\nb:at error\nb:at file\nb:at fulfilled\nb:at function\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at new\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at t\nb:at the\nb:at trace\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attempting to\nb:attribute 0\nb:attribute access\nb:attribute of\nb:attrs 0\nb:audit audit\nb:audit due\nb:audit fix\nb:audit for\nb:audit level\nb:audit reports\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:auth helper\nb:auth login_page\nb:auth supabase\nb:authenticating and\nb:author microsoft\nb:auto 0\nb:auto corrected\nb:auto provisioning\nb:auto update\nb:automatic dependency\nb:automatic garbage\nb:available 0\nb:available at\nb:available checksums\nb:available for\nb:available v0\nb:available v3\nb:avg c\nb:avoid a\nb:avoid using\nb:awaiting headers\nb:awaiting response\nb:awesomeness has\nb:awk allow\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure archive\nb:azure devops\nb:azure region\nb:b 0\nb:b a\nb:b b\nb:b b28\nb:b build\nb:b c\nb:b d55\nb:b done\nb:b e\nb:b f\nb:b go\nb:b gzip\nb:b i\nb:b in\nb:b l\nb:b main\nb:b o\nb:b r\nb:b s\nb:b t\nb:b u\nb:b verify\nb:b want\nb:b y\nb:b1a9 travis\nb:b1f0ba2 0\nb:b2 0\nb:b28 a\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b7 0\nb:b8ej_ z\nb:b_ a\nb:b_ c\nb:b_ e\nb:b_ o\nb:b_ p\nb:b_ r\nb:b_ s\nb:b_ t\nb:b_ w\nb:babb e542025d9062\nb:back to\nb:backend api\nb:backend ci\nb:backend requirements\nb:backend svc\nb:backoff 0\nb:backports tarfile\nb:backticks 0\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bak s\nb:bandit r\nb:bandit readthedocs\nb:base 0\nb:base base\nb:base container\nb:base h\nb:base64 v0\nb:based on\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash curl\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash true\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bazel 0\nb:bb code\nb:bc run\nb:be 0\nb:be a\nb:be able\nb:be assigned\nb:be auto\nb:be because\nb:be built\nb:be converted\nb:be empty\nb:be enabled\nb:be equal\nb:be expected\nb:be expressed\nb:be faster\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be of\nb:be on\nb:be one\nb:be packed\nb:be reformatted\nb:be renamed\nb:be replaced\nb:be resolved\nb:be reused\nb:be strictly\nb:be suffixed\nb:be sure\nb:be the\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be uploaded\nb:be used\nb:be within\nb:be95da1 0\nb:because flutter_api_samples\nb:because it\nb:because locked\nb:because of\nb:because pnpm\nb:because scrapling\nb:because the\nb:become dashes\nb:been created\nb:been deprecated\nb:been fixed\nb:been installed\nb:been moved\nb:been received\nb:been successfully\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before closing\nb:before continuing\nb:before declaration\nb:before expression\nb:before identifier\nb:before it\nb:before making\nb:before operand\nb:before the\nb:before token\nb:begin with\nb:beginning upload\nb:behind a\nb:being treated\nb:belanyi fr\nb:below zero\nb:bergmann and\nb:beringin app\nb:berui kotlin\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigint v0\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing jvm\nb:billing rb\nb:bills bills_page\nb:bills_page dart\nb:bin activate\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin docker\nb:bin dsafio\nb:bin g\nb:bin git\nb:bin go\nb:bin gradle\nb:bin links\nb:bin ninja\nb:bin node\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin strip\nb:bin tar\nb:bin true\nb:binary bitwise\nb:binary rustc\nb:bind home\nb:bind p\nb:bintray com\nb:binutils 0\nb:binutils csl\nb:bitwise operator\nb:bitwise warnings\nb:bk ci\nb:black 0\nb:black check\nb:black failed\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob storage\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block buffer\nb:block no\nb:block number\nb:block public\nb:blockchain client\nb:blockchain not\nb:blocks its\nb:bluetooth 0\nb:blur cpp\nb:bodies of\nb:body expression\nb:body headers\nb:body should\nb:book book_picker_page\nb:book_picker_page dart\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:bootstrap line\nb:boto3 0\nb:branch can\nb:branch cygwin\nb:branch linting\nb:branch m\nb:branch main\nb:branch master\nb:branch name\nb:branch refactor\nb:branch refs\nb:branch to\nb:branch unlabeled\nb:branch zephyr\nb:branches by\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:bridge methods\nb:bridgecrewio checkov\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:budget budget_page\nb:budget data\nb:budget page\nb:budget_page dart\nb:buf push\nb:buf u8\nb:buffer overflow\nb:buffer v0\nb:build 0\nb:build action\nb:build agent\nb:build and\nb:build as\nb:build assets\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build check\nb:build codec_test\nb:build command\nb:build context\nb:build ctest\nb:build d\nb:build date\nb:build default\nb:build definition\nb:build dependencies\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build environment\nb:build error\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build file\nb:build finance\nb:build g\nb:build git\nb:build gradle\nb:build has\nb:build itself\nb:build j2\nb:build libs\nb:build log\nb:build making\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build or\nb:build output\nb:build prod\nb:build queued\nb:build reference\nb:build release\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build script\nb:build scripts\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build t\nb:build tauri\nb:build test\nb:build timed\nb:build tree\nb:build type\nb:build u\nb:build ubuntu\nb:build variables\nb:build watchos\nb:build wheel\nb:build windows\nb:build work\nb:build_dir tmp\nb:builddir meson\nb:builder 0\nb:builder releases\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:building wheel\nb:building with\nb:buildprocess execution\nb:builds acme\nb:builds ci\nb:builds finance\nb:builds platform\nb:builds private\nb:builds shopco\nb:builds thread\nb:builds timekit\nb:builds will\nb:buildtree default\nb:built in\nb:bun install\nb:bun run\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundler as\nb:bundler cache\nb:bundler can\nb:bundlers node_modules\nb:busted test\nb:but 0\nb:but are\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but the\nb:but they\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by adding\nb:by an\nb:by authenticating\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by setting\nb:by summing\nb:by switching\nb:by the\nb:by this\nb:by time\nb:by using\nb:bypass the\nb:byte as\nb:bytes 0\nb:bytes received\nb:bytes sec\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c build\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c d\nb:c date\nb:c done\nb:c e\nb:c e_\nb:c f\nb:c g\nb:c gcc\nb:c git\nb:c h\nb:c h_\nb:c home\nb:c i\nb:c imaging\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c k_\nb:c l\nb:c linker\nb:c make\nb:c n\nb:c new\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c python\nb:c queue\nb:c r\nb:c ringbuf\nb:c s\nb:c s0103\nb:c s0246\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c tests\nb:c text\nb:c to\nb:c u\nb:c users\nb:c usr\nb:c v\nb:c w\nb:c with\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c12 g\nb:c1d2e3 update\nb:c1e 0\nb:c2065 current\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c2146 syntax\nb:c2_ c\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_ p\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache 0\nb:cache all\nb:cache bazel\nb:cache bin\nb:cache dependency\nb:cache dir\nb:cache disabled\nb:cache failed\nb:cache false\nb:cache found\nb:cache go\nb:cache hee\nb:cache hit\nb:cache is\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache miss\nb:cache ms\nb:cache not\nb:cache npm\nb:cache opt\nb:cache overwrite\nb:cache paths\nb:cache pip\nb:cache provider\nb:cache restored\nb:cache service\nb:cache size\nb:cache targets\nb:cache true\nb:cache tzst\nb:cache v2\nb:cache v4\nb:cache workspace\nb:cache_rs b627fbcd5589ae52\nb:cached dependency\nb:cachedir pytest_cache\nb:cachekey echo\nb:caches 0\nb:caches jars\nb:caches kotlin\nb:caches modules\nb:caching generated\nb:caching gradle\nb:caching instrumented\nb:call failed\nb:call last\nb:call to\nb:call with\nb:callback until\nb:called if\nb:calls 0\nb:calls runtime\nb:camoufox 0\nb:can ask\nb:can cause\nb:can conclude\nb:can discard\nb:can find\nb:can fit\nb:can fix\nb:can happen\nb:can look\nb:can only\nb:can t\nb:can use\nb:canceled while\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot install\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:capsules r\nb:captioner py\nb:cargo bin\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo crates\nb:cargo crates2\nb:cargo deny\nb:cargo fmt\nb:cargo g\nb:cargo git\nb:cargo lock\nb:cargo output\nb:cargo registry\nb:cargo rerun\nb:cargo sparse\nb:cargo test\nb:cargo toml\nb:cart applies\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:casting u64\nb:casts from\nb:catch err\nb:categories metadata\nb:catsnn internal\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd server\nb:cd var\nb:cdn alpinelinux\nb:ce061790ffbc config\nb:cell 0\nb:central https\nb:central plugin\nb:certifi 0\nb:certificate checks\nb:cf cache\nb:cffi 0\nb:cfg conf\nb:cfg dotfiles\nb:cgen snapshot\nb:chadburn chadburn\nb:chain_generics chain_generics\nb:chan receive\nb:change full\nb:change this\nb:change to\nb:changed 0\nb:changed but\nb:changed significantly\nb:changed source\nb:changelog https\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:channel v0\nb:characters 0\nb:characters line\nb:characters workspaces\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:charts charts_page\nb:charts page\nb:charts_page dart\nb:chat android\nb:chat chat\nb:check 0\nb:check default\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check if\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check over\nb:check s\nb:check setup\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check unknown\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking ark\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking every\nb:checking formatting\nb:checking job\nb:checking out\nb:checkout 0\nb:checkout code\nb:checkout cone\nb:checkout deploy\nb:checkout disable\nb:checkout f\nb:checkout info\nb:checkout ledger\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkout v6\nb:checkov action\nb:checks security\nb:checkstyle plugin\nb:checksum c\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:child processes\nb:chmod x\nb:cholerae test\nb:chosen instead\nb:christophe documents\nb:chrome headless\nb:chunks dep\nb:chunks test\nb:ci 0\nb:ci agent\nb:ci can\nb:ci dockerfile\nb:ci for\nb:ci sardonyx\nb:ci service\nb:ci src\nb:ci test\nb:ci worker\nb:circle c\nb:circleci project\nb:circleci pyenv\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class bill\nb:class budget\nb:class lib\nb:class php\nb:class test\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean isntall\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli include\nb:cli pr\nb:cli py\nb:cli releases\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:client 0\nb:client a\nb:client api\nb:client app\nb:client component\nb:client escrow_id\nb:client get_settled_at\nb:client git\nb:client init\nb:client kotlin\nb:client py\nb:client retry\nb:client server\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client timeout\nb:client ts\nb:clippy cast_possible_truncation\nb:clippy is\nb:clippy llvm\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy nursery\nb:clippy pedantic\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone src\nb:clone v\nb:clone v1\nb:cloning into\nb:close the\nb:closed during\nb:closing parenthesis\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmd shims\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code c\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code is\nb:code loomy\nb:code paisa\nb:code reviewer\nb:code style\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codecov create\nb:codegen cpp\nb:codehaus mojo\nb:codehaus plexus\nb:coder odder\nb:codespell 0\nb:codespell project\nb:codespell v2\nb:cogni a\nb:cogni ai\nb:col 0\nb:collect dependencies\nb:collect2 error\nb:collected 0\nb:collected packages\nb:collecting aiohappyeyeballs\nb:collecting attrs\nb:collecting collected\nb:collecting frozenlist\nb:collecting h11\nb:collecting jaraco\nb:collecting orjson\nb:collecting packaging\nb:collecting propcache\nb:collecting py\nb:collecting pydantic\nb:collecting pyproject_hooks\nb:collecting pytest\nb:collecting python\nb:collecting tests\nb:collecting typing\nb:collecting yarl\nb:collection 0\nb:collection import\nb:colors in\nb:colors lib\nb:colr property\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com advisories\nb:com andi\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com cogni\nb:com data\nb:com datakit\nb:com default\nb:com diffplug\nb:com dlizzz\nb:com docs\nb:com embedded\nb:com ethereum\nb:com example\nb:com extraheader\nb:com fasterxml\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com gravito\nb:com http\nb:com ic3bur\nb:com im\nb:com increase\nb:com infra\nb:com instead\nb:com kangkabseok2021\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com liquifact\nb:com maps\nb:com masonj0\nb:com mavi\nb:com metrics\nb:com netkit\nb:com netops\nb:com npm\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com pre\nb:com rails\nb:com repos\nb:com retry\nb:com rsksmart\nb:com ruby\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com squareup\nb:com sun\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com usnistgov\nb:com zephyrproject\nb:com zerox80\nb:come from\nb:comma before\nb:comma separated\nb:command 0\nb:command bin\nb:command c\nb:command command\nb:command configuration\nb:command did\nb:command example\nb:command exited\nb:command failed\nb:command for\nb:command git\nb:command home\nb:command in\nb:command line\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command type\nb:command usr\nb:command v\nb:command_dispatcher py\nb:command_line_interface html\nb:command_line_warnings in\nb:command_runner py\nb:command_spec lua\nb:commas inside\nb:comment or\nb:comment paragraph\nb:comment unused\nb:commit 0\nb:commit date\nb:commit hash\nb:commit hooks\nb:commit message\nb:commit pre\nb:commit run\nb:commit s\nb:commit them\nb:commits you\nb:common 0\nb:common main\nb:common ui\nb:common v0\nb:common v25\nb:commonly chosen\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compatibility with\nb:compatible set\nb:compatible versions\nb:compatible with\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile kotlin\nb:compile orders\nb:compile release\nb:compile sdk\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling ark\nb:compiling base64\nb:compiling c\nb:compiling crate\nb:compiling crossbeam\nb:compiling darling_macro\nb:compiling dashmap\nb:compiling distribution\nb:compiling dyn\nb:compiling futures\nb:compiling hashbrown\nb:compiling itertools\nb:compiling itoa\nb:compiling libc\nb:compiling num\nb:compiling proc\nb:compiling rand_chacha\nb:compiling rand_core\nb:compiling serde_json\nb:compiling soroban\nb:compiling stable_deref_trait\nb:compiling stackage\nb:compiling stellar\nb:compiling stg\nb:compiling thiserror\nb:compiling tokio\nb:compiling tower\nb:compiling version_check\nb:compiling yoke\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed process\nb:completed with\nb:compliant with\nb:component 0\nb:component browser\nb:component c\nb:component cargo\nb:component clippy\nb:component html\nb:component llvm\nb:component rust\nb:component rustc\nb:component rustfmt\nb:component s\nb:component_test ts\nb:components 0\nb:components common\nb:components do\nb:components for\nb:components imports\nb:components mavi\nb:components rustfmt\nb:components small\nb:composer 0\nb:composer added\nb:composer json\nb:composer plugin\nb:composer update\nb:compress program\nb:compressing objects\nb:compression level\nb:compute agent\nb:compute cache\nb:computed to\nb:conclude that\nb:conclusion success\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:cone mode\nb:conf json\nb:config 0\nb:config as\nb:config changes\nb:config cmake\nb:config command\nb:config config\nb:config dactyl\nb:config deploy\nb:config file\nb:config files\nb:config git\nb:config global\nb:config isn\nb:config js\nb:config json\nb:config local\nb:config modules\nb:config nim\nb:config remote\nb:config rules\nb:config set\nb:config trim_trailing_whitespace\nb:config v0\nb:config variable\nb:config zephyr\nb:configr configr\nb:configuration classpath\nb:configuration common\nb:configuration file\nb:configure project\nb:configure the\nb:configured workspaces\nb:configuring done\nb:configuring incomplete\nb:conflict is\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect none\nb:connect to\nb:connection broken\nb:connection client\nb:connection container\nb:connection error\nb:connection failed\nb:connection for\nb:connection pool\nb:connection py\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connection was\nb:connectionpool py\nb:connectivity and\nb:connects to\nb:connrefused location\nb:consider possible\nb:consider removing\nb:consider using\nb:consider yaml\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:constant value\nb:construct rustup\nb:consumer http\nb:contain a\nb:container 0\nb:container build\nb:container fragment\nb:container not\nb:container_test_runner py\nb:containing one\nb:content differs\nb:content hash\nb:content security\nb:content to\nb:content type\nb:contents home\nb:contents of\nb:contents read\nb:context 0\nb:context anonymous\nb:context deadline\nb:context home\nb:context no\nb:context null\nb:context of\nb:continue allow\nb:continue due\nb:contracts escrow\nb:contracts liquifact\nb:contracts target\nb:controller java\nb:controller lambda\nb:controller schedule\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core 0\nb:core api\nb:core csproj\nb:core jackson\nb:core jar\nb:core kt\nb:core models\nb:core ops\nb:core panicking\nb:core py\nb:core services\nb:core src\nb:core ssh\nb:core theme\nb:core util\nb:core v0\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could have\nb:could n\nb:could not\nb:couldn t\nb:count 0\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counting objects\nb:counts i\nb:counts iter\nb:coupon 0\nb:coupon never\nb:coverage 0\nb:coverage badge\nb:coverage none\nb:coverage to\nb:covered class\nb:cp r\nb:cp310 cp310\nb:cp310 manylinux_2_17_x86_64\nb:cp311 cp311\nb:cp311 manylinux_2_17_x86_64\nb:cp314 cp314\nb:cp314 manylinux2014_x86_64\nb:cp38 abi3\nb:cpp 0\nb:cpp build\nb:cpp ggml\nb:cpp o\nb:cpu 0\nb:cpu family\nb:cpu x86_64\nb:cpufeatures v0\nb:cpython 0\nb:cr 0\nb:crash reports\nb:crate git\nb:crates corp\nb:crates false\nb:crates io\nb:crates toml\nb:crates2 json\nb:crc builddir\nb:crc crc\nb:create a\nb:create cachekey\nb:create commit\nb:create meeting\nb:create seed\nb:create symlinks\nb:create the\nb:create you\nb:created at\nb:created branch\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials 0\nb:credentials ab284314\nb:credentials config\nb:credentials specified\nb:credentials true\nb:creme brulee\nb:critical 0\nb:cronjs parser\nb:cross os\nb:cross site\nb:cross_platform_signal cross_platform_signal\nb:crossbeam epoch\nb:crypto aes\nb:crypto bigint\nb:crypto cipher\nb:crypto common\nb:crypto pbkdf2\nb:crypto pure\nb:crypto_sign falcon\nb:cryptography 0\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:csl sourcerygxx\nb:cspell json\nb:csproj error\nb:csproj in\nb:css 0\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csv export\nb:csys 0\nb:ctest changing\nb:ctest test\nb:ctrl c\nb:curl 0\nb:curl f\nb:curl fs\nb:curl git\nb:curl ls\nb:curl proto\nb:curl sf\nb:current agent\nb:current c\nb:current context\nb:current image\nb:current node\nb:current npm\nb:current runner\nb:current scope\nb:current undeclared\nb:curve25519 dalek\nb:cusr 0\nb:custom british\nb:custom component\nb:custom_components zurichsee_ha\nb:cwiki apache\nb:cygwin 0\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d b\nb:d build\nb:d c\nb:d clippy\nb:d d\nb:d dactyl_left\nb:d ds\nb:d e\nb:d e24\nb:d e_\nb:d f\nb:d failed\nb:d failure\nb:d h\nb:d https\nb:d i\nb:d in\nb:d is\nb:d k\nb:d key\nb:d l\nb:d l3008\nb:d l3013\nb:d m\nb:d math\nb:d n\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d see\nb:d state\nb:d t\nb:d tests\nb:d timed\nb:d true\nb:d u\nb:d v\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d z\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d345270 0\nb:d_ a\nb:d_ b\nb:d_ l\nb:d_ t\nb:dactyl zmk\nb:dactyl_left d\nb:daemon at\nb:daemon get\nb:daemon j\nb:daemon running\nb:daemon server\nb:daemon subsequent\nb:dalek v4\nb:dangerously allow\nb:darling_core v0\nb:darling_macro v0\nb:dart 0\nb:dart lib\nb:dart md\nb:dart pub\nb:dart s\nb:dart_web3 dart_web3\nb:dashboard dashboard\nb:dashmap v6\nb:data bk\nb:data etl\nb:data for\nb:data from\nb:data isn\nb:data lib\nb:data local\nb:data main\nb:data models\nb:data prefs\nb:data roaming\nb:data version\nb:database 0\nb:database failed\nb:datakit jobs\nb:datakit stats\nb:datasert cronjs\nb:date 0\nb:date because\nb:date expected\nb:date run\nb:date s\nb:date time\nb:date with\nb:dates dates\nb:dateutil 0\nb:david projects\nb:days 0\nb:days test\nb:db 0\nb:db git\nb:db orders\nb:dbkit integration\nb:deadline exceeded\nb:dealing with\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debian sha256\nb:debug 0\nb:debug analysis\nb:debug build\nb:debug deps\nb:debug java\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug source\nb:debug target\nb:debug unit\nb:debug_html_parser py\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations and\nb:declarations move\nb:declarations with\nb:declarative checkout\nb:declared as\nb:declared to\nb:decorator makes\nb:ded5c06cf 0\nb:deep equal\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:def file\nb:def run\nb:default 0\nb:default and\nb:default branch\nb:default build\nb:default cli\nb:default compile\nb:default in\nb:default instance\nb:default l\nb:default on\nb:default resources\nb:default skill\nb:default stable\nb:default test\nb:default the\nb:default toolchain\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defined here\nb:defining which\nb:definition from\nb:defs annotation\nb:delay 0\nb:delete 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:deleting the\nb:deltas 0\nb:demospring rest\nb:denial of\nb:deno install\nb:deny 0\nb:deny action\nb:deny toml\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies at\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies finished\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies metadata\nb:dependencies n\nb:dependencies started\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependencies will\nb:dependency and\nb:dependency instrumenting\nb:dependency is\nb:dependency lock\nb:dependency of\nb:dependency path\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency types\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy git\nb:deploy scripts\nb:deploy sh\nb:deploy site\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated and\nb:deprecated because\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated gradle\nb:deprecated humanwhocodes\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated please\nb:deprecated raise\nb:deprecated use\nb:deprecation to\nb:deprecation warning\nb:deprecation warnings\nb:deps cache_rs\nb:deps foreground\nb:deps get\nb:deps is\nb:depth 0\nb:depth set\nb:der v0\nb:dereferenced by\nb:derive v0\nb:derliebemarcus zurichsee_ha\nb:description elite\nb:description get\nb:description metadata\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop test\nb:destructure property\nb:detached h\nb:detached head\nb:detailed explanations\nb:details feature\nb:details home\nb:details https\nb:details see\nb:detect undefined\nb:detected for\nb:detected in\nb:detected invalid\nb:detected j\nb:detected maven\nb:detecting c\nb:detector test\nb:detectors android\nb:determine if\nb:determining the\nb:dev 0\nb:dev null\nb:dev optional\nb:dev profile\nb:dev rnp\nb:dev server\nb:dev templates\nb:dev txt\nb:dev vuln\nb:development machine\nb:development package\nb:development the\nb:device home\nb:device write\nb:devops pipelines\nb:dht dht\nb:dhtl_commands py\nb:dhtl_commands_standalone py\nb:dhtl_commands_workflows py\nb:dhtl_entry py\nb:dhtl_entry_windows py\nb:dhtl_github py\nb:dhtl_guardian_command py\nb:dhtl_version py\nb:diagnostics debug\nb:dial tcp\nb:dict str\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff git\nb:diff in\nb:different than\nb:differs from\nb:digest debian\nb:digest golang\nb:digest node\nb:digest python\nb:digest ruby\nb:digest rust\nb:digest sha256\nb:digest v0\nb:dir all\nb:dir build\nb:dir home\nb:dir retries\nb:dir src\nb:dir var\nb:direct dependencies\nb:directive or\nb:directly in\nb:directory all\nb:directory and\nb:directory containing\nb:directory f\nb:directory home\nb:directory is\nb:directory to\nb:directory tree\nb:directory true\nb:directory usr\nb:directory var\nb:dirs v5\nb:disable incremental\nb:disabled by\nb:disabled false\nb:disabling automatic\nb:disabling s\nb:discard any\nb:discount code\nb:discover discover_page\nb:discover page\nb:discover_page dart\nb:dispatch v1\nb:display m\nb:displays the\nb:dist build\nb:dist chunks\nb:dist codecov\nb:dist index\nb:dist info\nb:dist node\nb:dist py\nb:dist shared\nb:dist src\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:distributions gradle\nb:dists gradle\nb:django contrib\nb:dl cdn\nb:dlizzz catsnn\nb:do echo\nb:do not\nb:do s\nb:do so\nb:doc comment\nb:doc tests\nb:docker 0\nb:docker allow\nb:docker build\nb:docker buildx\nb:docker com\nb:docker daemon\nb:docker dockerfile\nb:docker driver\nb:docker error\nb:docker executor\nb:docker image\nb:docker io\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:dockerfile home\nb:docs concepts\nb:docs for\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs svelte\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documentation is\nb:documents code\nb:documents source\nb:documents visual\nb:does not\nb:doesn t\nb:don t\nb:done g\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet 0\nb:dotnet dotnet\nb:dotnet sdk\nb:dotnet src\nb:dotnet temporalio\nb:dotnet10 dotnet\nb:double quote\nb:downgrade g\nb:download 0\nb:download action\nb:download all\nb:download complete\nb:download immutable\nb:download info\nb:download of\nb:download page\nb:download toolcache\nb:downloaded ark\nb:downloaded base64\nb:downloaded ciborium\nb:downloaded crypto\nb:downloaded curve25519\nb:downloaded equivalent\nb:downloaded futures\nb:downloaded getrandom\nb:downloaded hashbrown\nb:downloaded hex\nb:downloaded num\nb:downloaded numpy\nb:downloaded ort\nb:downloaded paste\nb:downloaded pin\nb:downloaded ppv\nb:downloaded pyo3\nb:downloaded rand\nb:downloaded rand_core\nb:downloaded rustls\nb:downloaded serde\nb:downloaded serde_derive\nb:downloaded serde_json\nb:downloaded soroban\nb:downloaded strsim\nb:downloaded thiserror\nb:downloaded time\nb:downloaded tokio\nb:downloaded tower\nb:downloaded typenum\nb:downloaded unicode\nb:downloading amphp\nb:downloading component\nb:downloading cryptography\nb:downloading flutter\nb:downloading from\nb:downloading https\nb:downloading language_tags\nb:downloading laravel\nb:downloading numpy\nb:downloading packages\nb:downloading phpunit\nb:downloading psr\nb:downloading py\nb:downloading pygments\nb:downloading ruby\nb:downloading scrapling\nb:downloading sebastian\nb:downloading symfony\nb:downloading task\nb:downloading uv\nb:downloads example\nb:drain timeout\nb:drone git\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during handling\nb:during stage\nb:during the\nb:dyn clone\nb:e 0\nb:e a\nb:e assertion\nb:e b\nb:e bin\nb:e build\nb:e c\nb:e c2_\nb:e cannot\nb:e cargo\nb:e check\nb:e command\nb:e could\nb:e current\nb:e d\nb:e d_\nb:e e\nb:e f\nb:e f_\nb:e failed\nb:e false\nb:e file\nb:e fix\nb:e full\nb:e g\nb:e home\nb:e is\nb:e l\nb:e l_\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e o\nb:e opt\nb:e p\nb:e p0040\nb:e p_\nb:e package\nb:e q\nb:e r\nb:e r_\nb:e release\nb:e required\nb:e rustc\nb:e s\nb:e specification\nb:e switch\nb:e t\nb:e u\nb:e unable\nb:e unsupported\nb:e users\nb:e usr\nb:e v\nb:e w\nb:e where\nb:e work\nb:e workflow_dispatch\nb:e x\nb:e y\nb:e0061 this\nb:e0277 a\nb:e0308 mismatched\nb:e0401 unable\nb:e0425 cannot\nb:e0599 no\nb:e1101 instance\nb:e1d16c0fb783 config\nb:e225 missing\nb:e231 missing\nb:e24 true\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e git\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e542025d9062 config\nb:e7 0\nb:e8 0\nb:e8f 0\nb:e_ a\nb:e_ b\nb:e_ d\nb:e_ h\nb:e_ j\nb:e_ m\nb:e_ n\nb:e_ o\nb:e_ p\nb:e_ r\nb:e_ s\nb:e_ v\nb:e_ w\nb:e_path cc\nb:each npm\nb:ec 0\nb:echo build\nb:echo c\nb:echo cachekey\nb:echo components\nb:echo d\nb:echo downgrade\nb:echo h\nb:echo n\nb:echo run\nb:echo targets\nb:echo toolchain\nb:eclipse jetty\nb:edeandrea xjc\nb:edge proxy\nb:edit deny\nb:edit true\nb:editor config\nb:eebxo6ax project\nb:eff a01e7751d80c\nb:egeria open\nb:either package\nb:elapsed time\nb:elements of\nb:elif rustc\nb:elif toolchain\nb:elite agent\nb:elite autonomous\nb:elite cogni\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embark studios\nb:embedded queue\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty space\nb:empty string\nb:empty subject\nb:en 0\nb:enable cargo\nb:enable colors\nb:enable cross\nb:enable full\nb:enable running\nb:enabled for\nb:encode_chunked encode_chunked\nb:encoding u\nb:encoding v2\nb:end action\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:ends with\nb:enforce required\nb:enforcer rules\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entirely and\nb:entities js\nb:entities lib\nb:entries pages\nb:entries plus\nb:entries pointing\nb:entry for\nb:entrypoint file\nb:entrypoint sh\nb:env 0\nb:env a\nb:env changed\nb:env common\nb:env g\nb:env target\nb:environment 0\nb:environment considered\nb:environment default\nb:environment details\nb:environment for\nb:environment hash\nb:environment hook\nb:environment true\nb:environment unable\nb:environment variable\nb:environment waiting\nb:environment will\nb:eo pipefail\nb:epoch v0\nb:eq 0\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:equivalent v1\nb:erb 0\nb:erl 0\nb:err http\nb:err is\nb:err message\nb:err typecheck\nb:errno 0\nb:errno e\nb:errno v0\nb:error 0\nb:error a\nb:error accordingly\nb:error aliases\nb:error allow\nb:error and\nb:error argument\nb:error assert\nb:error at\nb:error attempt\nb:error audit\nb:error bad\nb:error bin\nb:error blockchain\nb:error c\nb:error c2065\nb:error c2146\nb:error cache\nb:error call\nb:error can\nb:error cannot\nb:error cause\nb:error clean\nb:error code\nb:error comma\nb:error command\nb:error connection\nb:error could\nb:error dangerously\nb:error dependency\nb:error deployment\nb:error dry\nb:error during\nb:error e\nb:error e0061\nb:error e0277\nb:error e0308\nb:error e0425\nb:error e0599\nb:error empty\nb:error enable\nb:error encountered\nb:error engine\nb:error errno\nb:error error\nb:error expect\nb:error expected\nb:error fail\nb:error failed\nb:error false\nb:error fetch\nb:error file\nb:error files\nb:error foreground\nb:error function\nb:error fund\nb:error funding\nb:error global\nb:error h\nb:error home\nb:error if\nb:error ignore\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error indicates\nb:error install\nb:error instead\nb:error invalid\nb:error is\nb:error key\nb:error killed\nb:error ld\nb:error legacy\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error log\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error msg\nb:error n\nb:error network\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error omit\nb:error on\nb:error only\nb:error option\nb:error options\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error returning\nb:error run\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error set\nb:error sets\nb:error signed\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error target\nb:error tells\nb:error test\nb:error the\nb:error this\nb:error timed\nb:error timeout\nb:error title\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error undefined\nb:error unexpected\nb:error unneeded\nb:error unsupported\nb:error untyped\nb:error unused\nb:error urllib3\nb:error usage\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors have\nb:errors in\nb:errors json\nb:errors occurred\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:escrow client\nb:escrow error\nb:escrow src\nb:escrow_id sme\nb:escrow_id token\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:eta 0\nb:etc apt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:etl mem\nb:etl py\nb:ev issue\nb:evaluator test\nb:even 0\nb:event name\nb:events 0\nb:events events\nb:ever returns\nb:every 0\nb:ex 0\nb:ex allow\nb:ex unit\nb:example 0\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example fetch\nb:example github\nb:example left\nb:example lint\nb:example ms\nb:example net\nb:example orders\nb:example org\nb:example port\nb:example repository\nb:example retry\nb:example specs\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded max\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exceeded while\nb:exception another\nb:exception connection\nb:exception could\nb:exception execution\nb:exception in\nb:exception no\nb:exception occurred\nb:exception the\nb:exceptions connection\nb:exclude tests\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:execute untyped\nb:executer execute\nb:executer java\nb:executing step_script\nb:execution default\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:execution worker\nb:executor execute\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist core\nb:exist https\nb:exist in\nb:exist screens\nb:exist state\nb:exist with\nb:existing false\nb:existing install\nb:existing installation\nb:existing resource\nb:exit code\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect actual\nb:expect apply\nb:expect received\nb:expect settled_at\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected after\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected fail\nb:expected failure\nb:expected false\nb:expected foo\nb:expected here\nb:expected i\nb:expected list\nb:expected newline\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export const\nb:export function\nb:export to\nb:export utils\nb:exported exported\nb:exported method\nb:exported type\nb:exporting layers\nb:exporting to\nb:express typescript\nb:expressed infallibly\nb:expression body\nb:expression creates\nb:expression has\nb:expression should\nb:extensions 0\nb:extensions pydantic\nb:extensions worktree\nb:external dependency\nb:external packages\nb:extra argument\nb:extra fetchers\nb:extra header\nb:extra node_modules\nb:extra semicolon\nb:extra_cmake_args d\nb:extracting archive\nb:extracting ruby\nb:extracting sha256\nb:extraheader a\nb:f 0\nb:f a\nb:f c\nb:f d\nb:f e\nb:f f\nb:f home\nb:f i\nb:f l\nb:f metadata\nb:f o\nb:f p\nb:f parameters\nb:f r\nb:f refs\nb:f s\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fa fa\nb:fail 0\nb:fail hh\nb:fail https\nb:fail net9\nb:fail on\nb:fail package\nb:fail tests\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed plugin\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed waiting\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure type\nb:failures 0\nb:falcon 0\nb:fall through\nb:false disabling\nb:false or\nb:false to\nb:false true\nb:familjen grotesk\nb:family x86_64\nb:fastapi 0\nb:fasterxml jackson\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:fb ade2\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features seeds\nb:features steps\nb:features were\nb:federation 0\nb:federation r\nb:federation starting\nb:federation with\nb:federator 0\nb:feed go\nb:feeds feeds\nb:ferro te\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch https\nb:fetch js\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetched 0\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching need\nb:fetching the\nb:few minutes\nb:ff v0\nb:field browser\nb:field name\nb:file 0\nb:file all\nb:file app\nb:file based\nb:file builds\nb:file c\nb:file changes\nb:file content\nb:file could\nb:file details\nb:file does\nb:file etc\nb:file extension\nb:file f\nb:file failed\nb:file file\nb:file from\nb:file frozen\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file not\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file protocol\nb:file provided\nb:file run\nb:file src\nb:file sync\nb:file test\nb:file this\nb:file to\nb:file users\nb:file usr\nb:file var\nb:file would\nb:files 0\nb:files and\nb:files are\nb:files c\nb:files checked\nb:files copy\nb:files false\nb:files file\nb:files found\nb:files from\nb:files git\nb:files have\nb:files if\nb:files ignore\nb:files imgproc\nb:files inspected\nb:files passed\nb:files power\nb:files ringbuf\nb:files tests\nb:files to\nb:files took\nb:files use\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:final post\nb:finalize job\nb:finalizing artifact\nb:finance billing\nb:finance ledger\nb:finance money\nb:find a\nb:find com\nb:find element\nb:find expected\nb:find gem\nb:find io\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished uploading\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first doc\nb:first in\nb:first out\nb:first person\nb:first run\nb:first_upper s\nb:fit a\nb:fits several\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed coupon\nb:fixed in\nb:fixed value\nb:fixedbitset v0\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flow lib\nb:flush true\nb:flutter 0\nb:flutter action\nb:flutter config\nb:flutter create\nb:flutter dev\nb:flutter packages\nb:flutter release\nb:flutter s\nb:flutter stable\nb:flutter tool\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt all\nb:fmt build\nb:fmt check\nb:fn 0\nb:fn first_upper\nb:fn init\nb:fn is_empty_list\nb:fn once\nb:fn read_capsule\nb:fnv hash\nb:following actions\nb:following articles\nb:following build\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following options\nb:following source\nb:following vulnerability\nb:fonts unifont\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for addresses\nb:for async\nb:for build\nb:for changes\nb:for configuration\nb:for connection\nb:for debian\nb:for defining\nb:for details\nb:for docker\nb:for function\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for golang\nb:for help\nb:for https\nb:for input\nb:for installation\nb:for installing\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for longz4wqz\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for object\nb:for one\nb:for other\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for production\nb:for project\nb:for projects\nb:for python\nb:for ruby\nb:for rust\nb:for setup\nb:for stable\nb:for struct\nb:for sudo\nb:for swift\nb:for system\nb:for t\nb:for task\nb:for that\nb:for the\nb:for this\nb:for ubuntu\nb:for url\nb:for v0\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:form tsx\nb:form vue\nb:format 0\nb:format args\nb:format check\nb:format failed\nb:format github\nb:format h\nb:format json\nb:format string\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting delete\nb:formatting output\nb:fortuna fortuna\nb:fortuna git\nb:found 0\nb:found a\nb:found are\nb:found at\nb:found b\nb:found before\nb:found c\nb:found composer\nb:found error\nb:found errors\nb:found existing\nb:found fatal\nb:found for\nb:found github\nb:found helper\nb:found ignoring\nb:found in\nb:found packages\nb:found python3\nb:found return\nb:found skipping\nb:found warn\nb:found with\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fp4 home\nb:fr ambroisie\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework quasar\nb:framework src\nb:framework test\nb:freethreaded false\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from aiohttp\nb:from an\nb:from build\nb:from c\nb:from cache\nb:from camoufox\nb:from central\nb:from commit\nb:from daemon\nb:from directories\nb:from distribution\nb:from dockerfile\nb:from file\nb:from formatting\nb:from function\nb:from git\nb:from home\nb:from homeassistant\nb:from https\nb:from i\nb:from instrument\nb:from key\nb:from ledger\nb:from lock\nb:from manifest\nb:from material\nb:from node\nb:from p2wsh\nb:from path\nb:from pip\nb:from pytest\nb:from r\nb:from repository\nb:from scrapling\nb:from sdk\nb:from src\nb:from tarball\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from tsbootstrap\nb:from typing\nb:from u8\nb:from urls\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:from your\nb:frontend lint\nb:frontend src\nb:frozen false\nb:frozen importlib\nb:frozen installation\nb:frozen lockfile\nb:frozenlist 0\nb:fs js\nb:fs layer\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full federation\nb:full insights\nb:full output\nb:full report\nb:full stack\nb:full trace\nb:func returns\nb:func1 0\nb:function body\nb:function could\nb:function declared\nb:function execute\nb:function fn\nb:function is\nb:function j\nb:function spec\nb:function total\nb:function unknown\nb:function which\nb:functionality has\nb:functions are\nb:fund dry\nb:fund for\nb:funding batch\nb:further information\nb:futures channel\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g failed\nb:g ghcr\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g l\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g o_\nb:g on\nb:g org\nb:g p\nb:g r\nb:g retrying\nb:g s\nb:g std\nb:g u\nb:g4q xg66\nb:g_ b\nb:g_ c\nb:g_ h\nb:g_ m\nb:g_ p\nb:galaxy allow\nb:garbage collection\nb:gateway addresses\nb:gathering licenses\nb:gc auto\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcm native\nb:gcr io\nb:gdb csl\nb:gem install\nb:gemfile changed\nb:gemfile lock\nb:gemini 0\nb:gems corp\nb:gen git\nb:gen jooq\nb:gen lint\nb:gen proto\nb:general public\nb:generate debug\nb:generate job\nb:generate the\nb:generate_summary py\nb:generated 0\nb:generated gradle\nb:generated run\nb:generating done\nb:generating script\nb:generation com\nb:generation gradle\nb:generator has\nb:generator next\nb:generic array\nb:genesis federation\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get 0\nb:get a\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get itoa\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get update\nb:get_settled_at is_none\nb:get_sources getting\nb:getaddrinfo failed\nb:getrandom v0\nb:getter category\nb:getter config\nb:getting action\nb:getting git\nb:getting requirements\nb:getting source\nb:ggml c\nb:gh issue\nb:gh pr\nb:ghc 0\nb:ghcr io\nb:gi b\nb:git 0\nb:git a\nb:git all\nb:git allow\nb:git belanyi\nb:git bin\nb:git branch\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git could\nb:git credentials\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git failed\nb:git file\nb:git github\nb:git global\nb:git https\nb:git hub\nb:git init\nb:git lab\nb:git log\nb:git p\nb:git path\nb:git references\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git revision\nb:git service\nb:git sparse\nb:git sr\nb:git submodules\nb:git switch\nb:git tar\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:git worktrees\nb:gitconfig to\nb:gitdir d\nb:gitdir github\nb:gitdir home\nb:github aashish\nb:github actions\nb:github com\nb:github edeandrea\nb:github formatter\nb:github iml1s\nb:github io\nb:github pr\nb:github repo\nb:github runner_temp\nb:github skills\nb:github src\nb:github token\nb:github workspace\nb:gitlab arturbosch\nb:gitlab com\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob allow\nb:glob versions\nb:global add\nb:global config\nb:global git\nb:global init\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu so\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go modules\nb:go no\nb:go pkg\nb:go protoparser\nb:go quasar\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:goes below\nb:golang 0\nb:golang org\nb:golang sha256\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got other\nb:gpg could\nb:gpt 0\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle build\nb:gradle caches\nb:gradle central\nb:gradle daemon\nb:gradle daemons\nb:gradle documentation\nb:gradle exception\nb:gradle execution\nb:gradle features\nb:gradle gradle\nb:gradle home\nb:gradle internal\nb:gradle jars\nb:gradle kotlin\nb:gradle kts\nb:gradle launcher\nb:gradle linux\nb:gradle mac\nb:gradle notifications\nb:gradle org\nb:gradle plugin\nb:gradle properties\nb:gradle state\nb:gradle user\nb:gradle wrapper\nb:gravito framework\nb:greater than\nb:green 0\nb:greenlet 0\nb:greeting component_test\nb:grep allow\nb:grep q\nb:grep v\nb:grgit 0\nb:grotesk 0\nb:group run\nb:groups get\nb:guava 0\nb:gui is\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:gz 0\nb:gzip 0\nb:h 0\nb:h a\nb:h amd64\nb:h c\nb:h cannot\nb:h command\nb:h e\nb:h e_\nb:h h600\nb:h head\nb:h home\nb:h i\nb:h mtmu\nb:h o\nb:h opt\nb:h or\nb:h p\nb:h ref\nb:h requests\nb:h s\nb:h setup\nb:h subprocess\nb:h t\nb:h t_\nb:h u\nb:h0m0s timeout\nb:h0s9kvb6g2sinako7ub77ku gradle\nb:h11 0\nb:h223492759 jizhang\nb:h600 compilation\nb:h_ e\nb:habluetooth 0\nb:had changes\nb:hadolint action\nb:hadolint hadolint\nb:hadolint v2\nb:handbook docs\nb:handle the\nb:handled in\nb:handling of\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has changed\nb:has correct\nb:has elapsed\nb:has exceeded\nb:has incompatible\nb:has no\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash 0\nb:hash fast\nb:hash key\nb:hash validation\nb:hashbrown v0\nb:hashmap hashmap\nb:haskell cabal\nb:hass nabucasa\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have an\nb:have been\nb:have comment\nb:have detailed\nb:have no\nb:have printed\nb:have reached\nb:have valid\nb:head 0\nb:head c12\nb:head to\nb:header filter\nb:header in\nb:heads main\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap buffer\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help at\nb:help change\nb:help ci\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help visit\nb:help you\nb:helper check\nb:helper kt\nb:helper py\nb:here are\nb:here for\nb:hex literal\nb:hh tests\nb:hhp hs\nb:hicpp signed\nb:hidden files\nb:hierarchy template\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:highlights of\nb:hint call\nb:hint development\nb:hint git\nb:hint is\nb:hint make\nb:hint names\nb:hint used\nb:hint will\nb:hit for\nb:hive simulators\nb:hoisted nested\nb:hoisting package\nb:home abuild\nb:home assistant\nb:home breadcrumbs\nb:home cache\nb:home cholerae\nb:home circleci\nb:home home_page\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:home_page dart\nb:homeassistant 0\nb:homeassistant custom\nb:homebrew bin\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks use\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:host x86_64\nb:hosted agent\nb:hosted compute\nb:hostedtoolcache dart\nb:hostedtoolcache flutter\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostedtoolcache python\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html debug\nb:html doc_markdown\nb:html entities\nb:html erb\nb:html must_use_candidate\nb:html needless_borrow\nb:html needless_return\nb:html not\nb:html python\nb:html sec\nb:html shell\nb:http 0\nb:http azure\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http request\nb:http server\nb:http v0\nb:http_client 0\nb:http_parser 0\nb:httparse v1\nb:httpcomponents httpcomponents\nb:httpcore 0\nb:https aka\nb:https api\nb:https astral\nb:https bandit\nb:https conda\nb:https dl\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nexus\nb:https nodesecurity\nb:https npm\nb:https opencode\nb:https osv\nb:https packages\nb:https pkg\nb:https plugins\nb:https proxy\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https services\nb:https spdx\nb:https tlsv1\nb:httpx 0\nb:hub action\nb:hub does\nb:i 0\nb:i a\nb:i add\nb:i as\nb:i b\nb:i bak\nb:i c\nb:i d\nb:i doesn\nb:i e\nb:i f\nb:i files\nb:i g\nb:i get\nb:i in\nb:i info\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i python\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i s_\nb:i t\nb:i t_\nb:i toolchain\nb:i try\nb:i u\nb:i unsafe\nb:i uw\nb:i v\nb:i x\nb:i x_\nb:i z\nb:i_ k\nb:ibis bigquery\nb:ic install\nb:ic3bur g\nb:icons mdi\nb:icu_properties_data v2\nb:id 0\nb:id github\nb:id in\nb:id prettier\nb:id subosito_flutter\nb:id trailing\nb:idea projects\nb:ident v1\nb:identical details\nb:identification is\nb:identified security\nb:identified with\nb:identifier c\nb:identifier current\nb:identifier header\nb:identifier of\nb:identifier read\nb:idna 0\nb:idx 0\nb:ie preinstall\nb:if c\nb:if command\nb:if entries\nb:if env\nb:if gitdir\nb:if i\nb:if it\nb:if items\nb:if linux\nb:if n\nb:if needed\nb:if no\nb:if notified\nb:if out\nb:if returning\nb:if rustc\nb:if set\nb:if the\nb:if they\nb:if this\nb:if true\nb:if v\nb:if windows\nb:if you\nb:if z\nb:ignore comment\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:ignoring config\nb:im l1s\nb:image debian\nb:image docker\nb:image gcc\nb:image golang\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images ubuntu\nb:images windows\nb:imaging c\nb:imaging imaging\nb:ime app\nb:ime git\nb:ime vietflux\nb:imgproc dir\nb:imgproc git\nb:imgproc imgproc\nb:imgproc src\nb:iml1s crypto\nb:iml1s kotlin\nb:immediately dereferenced\nb:immutable action\nb:immutable assets\nb:immutable nodes\nb:impacting any\nb:impl v2\nb:implausibly old\nb:implemented for\nb:implemented in\nb:implications associated\nb:implied by\nb:import 0\nb:import cannot\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib bootstrap\nb:importlib init__\nb:importlib metadata\nb:importlib report\nb:importlib_metadata 0\nb:imports are\nb:imports on\nb:impossible for\nb:in 0\nb:in a\nb:in action\nb:in all\nb:in an\nb:in apt\nb:in assignment\nb:in async\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in cargo\nb:in components\nb:in connect\nb:in create_connection\nb:in curl\nb:in d\nb:in deploy\nb:in deployment\nb:in detached\nb:in directory\nb:in documentation\nb:in file\nb:in final\nb:in first\nb:in function\nb:in git\nb:in go\nb:in headers\nb:in home\nb:in import_module\nb:in liquifact\nb:in main\nb:in module\nb:in multiline\nb:in new_conn\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in request\nb:in run\nb:in s\nb:in scope\nb:in scripts\nb:in send\nb:in source\nb:in src\nb:in state\nb:in stdlib\nb:in sync\nb:in targets\nb:in the\nb:in this\nb:in thread\nb:in tmp\nb:in top\nb:in typed\nb:in urlopen\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:include hidden\nb:include if\nb:include prod\nb:include tests\nb:include workspace\nb:included builds\nb:included software\nb:includeif gitdir\nb:incompatible type\nb:incompatible with\nb:incomplete errors\nb:inconsistent vendoring\nb:incorrect usage\nb:incorrectly sorted\nb:increase rate\nb:increase the\nb:incremental compilation\nb:incubating problems\nb:indentation 0\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:index url\nb:indicate success\nb:indicates a\nb:indicates that\nb:individual deprecation\nb:ineffective mark\nb:infallibly using\nb:info 0\nb:info component\nb:info default\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info for\nb:info https\nb:info installing\nb:info latest\nb:info msg\nb:info or\nb:info removing\nb:info syncing\nb:info there\nb:info using\nb:information 0\nb:information about\nb:information is\nb:information visit\nb:infra mirror\nb:infra retry\nb:infrastructure auth\nb:iniconfig 0\nb:init d\nb:init exe\nb:init home\nb:init users\nb:initial branch\nb:initialize job\nb:initialized empty\nb:initializing environment\nb:initializing the\nb:inner declarations\nb:inner t\nb:input 0\nb:input files\nb:input keys\nb:inputs itself\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install 0\nb:install a\nb:install and\nb:install before\nb:install clean\nb:install dependencies\nb:install direct\nb:install error\nb:install for\nb:install frozen\nb:install g\nb:install ic\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install packages\nb:install r\nb:install registry\nb:install rustup\nb:install script\nb:install sh\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install time\nb:install upgrade\nb:install v1\nb:install which\nb:install with\nb:install_gui_linux py\nb:installation prefix\nb:installation tree\nb:installed 0\nb:installed as\nb:installed distributions\nb:installed p\nb:installed this\nb:installed version\nb:installed versions\nb:installing amphp\nb:installing build\nb:installing collected\nb:installing component\nb:installing environment\nb:installing git\nb:installing laravel\nb:installing openssh\nb:installing packages\nb:installing psr\nb:installing sebastian\nb:installing symfony\nb:installs in\nb:instance of\nb:instance travis\nb:instance using\nb:instantiation of\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:instrumented jars\nb:instrumenting artifact\nb:insufficient cpu\nb:insufficient memory\nb:int as\nb:int cannot\nb:int error_count\nb:integer operand\nb:integer v0\nb:integration integration\nb:integration rs\nb:integration tests\nb:integrity check\nb:intentional allow\nb:intentional prefix\nb:interface tools\nb:intermediate validations\nb:internal 0\nb:internal artifacts\nb:internal build\nb:internal buildprocess\nb:internal buildtree\nb:internal components\nb:internal crypto\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal lib\nb:internal load\nb:internal model\nb:internal modules\nb:internal mojo\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into 0\nb:into a\nb:into directory\nb:into example\nb:into home\nb:invalid constant\nb:invalid s\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io github\nb:io gitlab\nb:io hadolint\nb:io hashicorp\nb:io i\nb:io index\nb:io library\nb:io reviewdog\nb:io rsksmart\nb:io rust\nb:io v2\nb:ios arm64\nb:ios main\nb:ios simulator\nb:ios x64\nb:iot sensor\nb:ip address\nb:ipfs podcasting\nb:ipynb cell\nb:is 0\nb:is a\nb:is allowed\nb:is already\nb:is assigned\nb:is available\nb:is being\nb:is bot\nb:is called\nb:is canceled\nb:is caused\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is imported\nb:is in\nb:is intentional\nb:is it\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is needed\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is required\nb:is stopped\nb:is subject\nb:is the\nb:is too\nb:is undefined\nb:is up\nb:is used\nb:is users\nb:is valid\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:is_settleable found\nb:isn t\nb:isntall clean\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issues 0\nb:issues by\nb:issues found\nb:ist is\nb:it can\nb:it does\nb:it for\nb:it has\nb:it i\nb:it incompatible\nb:it is\nb:it its\nb:it only\nb:it py\nb:it resolves\nb:it s\nb:it should\nb:it starts\nb:it was\nb:it with\nb:item costing\nb:item in\nb:item sku\nb:item str\nb:item yesterday\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterating over\nb:iterator item\nb:iterator over\nb:itertools v0\nb:itoa as\nb:itoa v1\nb:its dependencies\nb:its it\nb:its network\nb:its progress\nb:itself https\nb:j d\nb:j n\nb:j o\nb:j s\nb:j unit\nb:j v\nb:j w\nb:j2 c\nb:j_ b\nb:jackson core\nb:jar 0\nb:jar and\nb:jar c\nb:jar com\nb:jar to\nb:jaraco context\nb:jars 0\nb:jars and\nb:jars gradle\nb:jars with\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java linux\nb:java math\nb:java org\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:jizhang android\nb:job 0\nb:job cleanup\nb:job context\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:job summary\nb:jobs 0\nb:jobs and\nb:jobs py\nb:jobs to\nb:jobsys queue\nb:jonesn idea\nb:jooq gradle\nb:jq allow\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json artifacts\nb:json csproj\nb:json echo\nb:json failed\nb:json files\nb:json has\nb:json json\nb:json lodash\nb:json main\nb:json newtonsoft\nb:json npm\nb:json or\nb:json system_stats\nb:julia nightly\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:just created\nb:jvm git\nb:jvm java\nb:jxoesneon ferro\nb:k 0\nb:k b\nb:k be\nb:k but\nb:k e\nb:k e_\nb:k f\nb:k f_to_c\nb:k g\nb:k g_\nb:k i\nb:k j_\nb:k n\nb:k pub\nb:k s\nb:k s_\nb:k t\nb:k version\nb:k8s deploy\nb:k_ e\nb:k_ i\nb:kangkabseok2021 cross_platform_signal\nb:kata check_s390x_test\nb:keccak v0\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key dependencies\nb:key error\nb:key failed\nb:key generated\nb:key instrumented\nb:key kotlin\nb:key linux\nb:key node\nb:key not\nb:key setup\nb:key should\nb:key the\nb:key true\nb:key v0\nb:key v8\nb:keycloak token\nb:keygen c\nb:keymanapp dependency\nb:keyring 0\nb:keys 0\nb:keys linux\nb:keystore models_test\nb:keyword overwrite\nb:keyword parameter\nb:keywords metadata\nb:ki b\nb:killed signal\nb:kind fixed\nb:kiriyaga nami\nb:kit cloudflare\nb:kit generated\nb:kit output\nb:kit types\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known discount\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:koans builders\nb:kotlin address\nb:kotlin blockchain\nb:kotlin crypto\nb:kotlin gradle\nb:kotlin io\nb:kotlin koans\nb:kotlin lint\nb:kotlin mpp\nb:kotlin native\nb:kotlin plugins\nb:kotlin script\nb:kotlin solana\nb:kotlin tx\nb:kotlin utxo\nb:kotlin watchos\nb:kt 0\nb:ktlint android\nb:ktlint check\nb:ktlint test\nb:kts 0\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l certificate\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l for\nb:l g\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l n\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l s\nb:l set\nb:l t\nb:l t_\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l y_\nb:l1s dart_web3\nb:l1s kotlin\nb:l3013 pin\nb:l_ d\nb:l_ o\nb:l_ p\nb:l_ u\nb:lab temps\nb:label n\nb:landing landing\nb:lang github\nb:lang r\nb:language_tags 0\nb:last 0\nb:last block\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:later by\nb:later g\nb:latest 0\nb:latest blacklists\nb:latest false\nb:latest topics\nb:latest update\nb:latest version\nb:launcher daemon\nb:layers 0\nb:layout engine\nb:lazy property\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger ledger\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledger v0\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy lib\nb:legacy peer\nb:len 0\nb:length 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:less than\nb:let client\nb:let or\nb:let stored\nb:let sum\nb:let top\nb:let v\nb:level 0\nb:level error\nb:level high\nb:level info\nb:level node_modules\nb:level package\nb:level template\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib cabal\nb:lib due\nb:lib dynload\nb:lib example\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib jenkins\nb:lib jvm\nb:lib kt\nb:lib lib\nb:lib main\nb:lib p\nb:lib pkgconfig\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib screens\nb:lib service\nb:lib spell\nb:lib state\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libatk1 0\nb:libc v0\nb:libc6 dev\nb:libdbus 0\nb:libglib2 0\nb:library core\nb:library for\nb:library python\nb:library rust\nb:libs 0\nb:libtonode tests\nb:license checker\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license list\nb:license needs\nb:license or\nb:license ref\nb:license v2\nb:license_file metadata\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses or\nb:licenses without\nb:lifecycle controller\nb:lifecycle internal\nb:lifecycle scripts\nb:like we\nb:likely additional\nb:limit allocation\nb:limit by\nb:limit exceeded\nb:limit for\nb:limit manager\nb:limit of\nb:limit you\nb:limits the\nb:line 0\nb:line before\nb:line length\nb:line must\nb:line of\nb:line too\nb:line unless\nb:lines of\nb:link build\nb:link plugins\nb:link type\nb:link u\nb:linked legacy\nb:linker for\nb:linkid 0\nb:linking c\nb:links allow\nb:links no\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint check\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint report\nb:lint run\nb:lint suspicious\nb:lint with\nb:linted 0\nb:linting set\nb:linux amd64\nb:linux ci\nb:linux extras\nb:linux gnu\nb:linux go\nb:linux mac\nb:linux musl\nb:linux nopie\nb:linux or\nb:linux python\nb:linux r\nb:linux small\nb:linux uv\nb:linux vpn\nb:linux x64\nb:linux x86_64\nb:liquid haskell\nb:liquidhaskell cabal\nb:liquifact contracts\nb:liquifact escrow\nb:liquifact liquifact\nb:list allow\nb:list any\nb:list dial\nb:list found\nb:list of\nb:list page\nb:list str\nb:list stub\nb:lists txt\nb:lite badge\nb:lite86 v0\nb:literal v0\nb:littpi net\nb:live log\nb:llama cpp\nb:llvm tools\nb:load 0\nb:load allows\nb:load build\nb:load config\nb:load database\nb:load dockerignore\nb:load metadata\nb:load sh\nb:loaded prototype\nb:loader 0\nb:loader dist\nb:loader js\nb:loading 0\nb:loading for\nb:local bin\nb:local gc\nb:local go\nb:local http\nb:local lib\nb:local microsoft\nb:local name\nb:local package\nb:local pf\nb:local share\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location opt\nb:location path\nb:location silent\nb:location users\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:lock yaml\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile because\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lockfiles considered\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log level\nb:log of\nb:log output\nb:logging output\nb:login page\nb:login service\nb:login_page dart\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:look around\nb:looking for\nb:looking in\nb:looks like\nb:lookup only\nb:lookup proxy\nb:loomy mqtt_duper\nb:lost communication\nb:low go\nb:low on\nb:lower snake\nb:lower_snake_case such\nb:lru dict\nb:ls output\nb:ls sf\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m add\nb:m adding\nb:m auto\nb:m available\nb:m b\nb:m beringin\nb:m bs\nb:m buf\nb:m casting\nb:m casts\nb:m change\nb:m d013\nb:m docs\nb:m e\nb:m enable\nb:m error\nb:m execution\nb:m first\nb:m fits\nb:m for\nb:m git\nb:m i\nb:m if\nb:m is\nb:m item\nb:m k_\nb:m l\nb:m let\nb:m m\nb:m must_use\nb:m name\nb:m npm\nb:m o\nb:m or\nb:m other\nb:m p\nb:m package\nb:m panic\nb:m pip\nb:m pub\nb:m pv4\nb:m pytest\nb:m r\nb:m remove\nb:m run\nb:m s\nb:m start\nb:m t\nb:m this\nb:m to\nb:m try\nb:m u\nb:m updating\nb:m use\nb:m v\nb:m value\nb:m variables\nb:m version\nb:m w\nb:m0s this\nb:m104 0\nb:m2 org\nb:m2 settings\nb:m2 toolchains\nb:m21 0\nb:m237 0\nb:m2repository com\nb:m309 0\nb:m47 0\nb:m49 0\nb:m62 0\nb:m64 0\nb:m67 0\nb:m7 0\nb:m78 0\nb:m84 0\nb:m88 0\nb:m_ c\nb:m_ l\nb:m_ n\nb:m_ o\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:machine remove\nb:macos 0\nb:macos latest\nb:macos macos\nb:macro2 v1\nb:macros v0\nb:macros v25\nb:made by\nb:made default\nb:maierj fastlane\nb:main activity\nb:main amd64\nb:main arm64\nb:main c\nb:main dart\nb:main g\nb:main go\nb:main i\nb:main in\nb:main ios\nb:main java\nb:main js\nb:main main\nb:main native\nb:main p\nb:main refs\nb:main resolvable\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main started\nb:main tf\nb:main to\nb:main trunk\nb:main watchos\nb:main yml\nb:main zig\nb:make 0\nb:make any\nb:make error\nb:make experimental\nb:make files\nb:make in\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:makefile 0\nb:makes function\nb:making global\nb:making it\nb:manager gitlab\nb:manager go\nb:manager kt\nb:manifest txt\nb:manually installed\nb:manually started\nb:manuell manual\nb:many requests\nb:many return\nb:manylinux2014_x86_64 manylinux_2_17_x86_64\nb:manylinux2014_x86_64 whl\nb:manylinux_2_17_x86_64 manylinux2014_x86_64\nb:manylinux_2_17_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_24_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_28_x86_64 whl\nb:manylinux_2_34_x86_64 whl\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:markdown it\nb:marked as\nb:marketing landing\nb:marking the\nb:masonj0 fortuna\nb:masque rs\nb:master are\nb:master index\nb:master refs\nb:master set\nb:master src\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:matched files\nb:matching distribution\nb:matching files\nb:matching package\nb:matching the\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maturin 0\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven enforcer\nb:maven lifecycle\nb:maven maven\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven public\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven version\nb:maven with\nb:maven2 connect\nb:maven2 org\nb:mavi core\nb:mavi v\nb:mavi vpn\nb:mavivpn is\nb:mawk allow\nb:max git\nb:max line\nb:max retry\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may 0\nb:may be\nb:may increase\nb:may not\nb:may panic\nb:may take\nb:may truncate\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:mdurl 0\nb:me kiriyaga\nb:me me_page\nb:me settings_page\nb:me_page dart\nb:measured 0\nb:media imaging\nb:medium 0\nb:megalinter io\nb:melos 0\nb:mem aggregate\nb:mem git\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:merge 0\nb:merge pull\nb:merge request\nb:merror 0\nb:meson setup\nb:message at\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:meta 0\nb:metadata 0\nb:metadata for\nb:metadata from\nb:metadata org\nb:metadata pyproject\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method defined\nb:method named\nb:method not\nb:method parentheses\nb:method running\nb:method takes\nb:method toast\nb:method url\nb:method ymd\nb:metrics counter\nb:metrics py\nb:mfi 0\nb:mhelp 0\nb:mi b\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mif z\nb:migrate with\nb:mike dev\nb:milliseconds couldn\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minus 0\nb:minutes 0\nb:minutes ago\nb:minutes are\nb:minutes failed\nb:minutes marking\nb:mirror sync\nb:mirrorlist 0\nb:mirrors txt\nb:miscellaneous lint\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing backticks\nb:missing before\nb:missing binary\nb:missing docstring\nb:missing download\nb:missing either\nb:missing file\nb:missing from\nb:missing go\nb:missing h\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing package\nb:missing panics\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing spacing\nb:missing trailing\nb:missing whitespace\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnote 0\nb:mnt sata\nb:mnt vss\nb:mocha test\nb:mock open\nb:mod but\nb:mod dial\nb:mod download\nb:mod get\nb:mod go\nb:mod readonly\nb:modal tsx\nb:mode after\nb:mode all\nb:mode primary\nb:mode true\nb:model bin\nb:model kt\nb:model opencode\nb:model state\nb:model test\nb:models dart\nb:models kt\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module github\nb:module home\nb:module importlib\nb:module is\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules act_container_manager\nb:modules act_linter\nb:modules cjs\nb:modules command_dispatcher\nb:modules command_runner\nb:modules commands\nb:modules container_test_runner\nb:modules dhtl_commands\nb:modules dhtl_commands_standalone\nb:modules dhtl_commands_workflows\nb:modules dhtl_github\nb:modules dhtl_guardian_command\nb:modules dhtl_version\nb:modules files\nb:modules hal\nb:modules lib\nb:modules packages\nb:modules py\nb:modules txt\nb:modules uv_manager\nb:mojo execution\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:molecule allow\nb:mon may\nb:money mt\nb:money rb\nb:money test\nb:money_test rb\nb:monostate v0\nb:more arguments\nb:more dependencies\nb:more details\nb:more help\nb:more info\nb:more log\nb:more than\nb:most recent\nb:mother 0\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms could\nb:ms d\nb:ms environment\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:ms playwright\nb:ms setup\nb:ms tests\nb:msg loaded\nb:msg process\nb:msg reading\nb:mshared src\nb:msvc unchanged\nb:mt money\nb:mt test\nb:multidict 0\nb:multiline condition\nb:multiline expression\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple utxos\nb:multiple___ spaces\nb:multiplication with\nb:multiverse amd64\nb:multiverse translation\nb:musl l\nb:must be\nb:must end\nb:must not\nb:must_use 0\nb:must_use attribute\nb:mut payload\nb:mutmut 0\nb:mutual groups\nb:mvn b\nb:my project\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:mypy 0\nb:mypy extensions\nb:n 0\nb:n a\nb:n actionlint\nb:n and\nb:n basic\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n component\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n h\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n m\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n s_\nb:n skipping\nb:n t\nb:n t_\nb:n tar\nb:n target\nb:n test\nb:n tools\nb:n true\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n v4\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ a\nb:n_ c\nb:n_ d\nb:n_ e\nb:n_ f\nb:n_ l\nb:n_ m\nb:n_ n\nb:n_ p\nb:n_ s\nb:n_ v\nb:nabucasa 0\nb:name actionpack\nb:name api\nb:name app\nb:name assertion\nb:name azure\nb:name build\nb:name data\nb:name e2e\nb:name err\nb:name fmt\nb:name fv\nb:name gateway\nb:name is\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name not\nb:name only\nb:name or\nb:name phpunit\nb:name security\nb:name session\nb:name storage\nb:name to\nb:name w\nb:name_ should_\nb:named is_settleable\nb:named shapely\nb:names commonly\nb:namespace has\nb:namespace name\nb:namespace runner\nb:naming to\nb:nanopb 0\nb:native build\nb:native castle\nb:native lib\nb:native_lib native\nb:ndarray v0\nb:ne s\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:need revision\nb:need to\nb:needed and\nb:needed on\nb:needs network\nb:needs review\nb:needs to\nb:nested shallow\nb:nested steps\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:netplus netplus\nb:netplus projects\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network errors\nb:network git\nb:network if\nb:network request\nb:network timeout\nb:never ends\nb:never goes\nb:never reassigned\nb:never used\nb:new block\nb:new branch\nb:new connection\nb:new github\nb:new line\nb:new object\nb:new promise\nb:new ref\nb:new tag\nb:newest version\nb:newlib 0\nb:newlib csl\nb:newlib snapshot\nb:newline after\nb:newline before\nb:newline expected\nb:newline n\nb:newly installed\nb:newtonsoft json\nb:next anonymous\nb:next headers\nb:next js\nb:nexus corp\nb:nguyxn vietflux\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:nix ipfs\nb:no any\nb:no artifacts\nb:no attribute\nb:no audit\nb:no bin\nb:no cache\nb:no cacheprovider\nb:no color\nb:no config\nb:no console\nb:no copyright\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no install\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no method\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no unit\nb:no untyped\nb:no unused\nb:no update\nb:no user\nb:no var\nb:noble backports\nb:noble in\nb:noble main\nb:noble security\nb:noble updates\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node e\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node longer\nb:node net\nb:node npm\nb:node sha256\nb:node test\nb:node trace\nb:node v10\nb:node v18\nb:node v20\nb:node v4\nb:node version\nb:node was\nb:node_config in\nb:node_modules install\nb:node_modules material\nb:node_modules node\nb:node_modules react\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules ts\nb:node_modules uvu\nb:node_modules vite\nb:node_modules vitest\nb:nodes are\nb:nodesecurity io\nb:non existing\nb:non interactive\nb:non lazy\nb:non matching\nb:non zero\nb:none after\nb:none any\nb:none func\nb:none listed\nb:none no\nb:none read\nb:none redirect\nb:none root\nb:none status\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:normal d\nb:nosec 0\nb:nospc e\nb:not a\nb:not advancing\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not begin\nb:not build\nb:not checked\nb:not closed\nb:not compatible\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not enforce\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not return\nb:not run\nb:not set\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not upgraded\nb:not use\nb:not used\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note method\nb:note recompile\nb:note referenced\nb:note some\nb:note switching\nb:note warn\nb:notebook cleanup\nb:notes 0\nb:notes app\nb:notes html\nb:nothing provides\nb:notice changelog\nb:notice s\nb:notice to\nb:notification helper\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:now or\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm ci\nb:npm cli\nb:npm command\nb:npm config\nb:npm corp\nb:npm does\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm pricing\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu ansi\nb:nu get\nb:null 0\nb:null continue\nb:null null\nb:null then\nb:num integer\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number seen\nb:number total\nb:numeric matrix\nb:numpy 0\nb:nvm versions\nb:o 0\nb:o a\nb:o auth\nb:o b\nb:o b_allowed\nb:o building\nb:o c\nb:o cli\nb:o com\nb:o compiling\nb:o d\nb:o detecting\nb:o downloading\nb:o e\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o fonts\nb:o i\nb:o initializing\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o l_\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o profile\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o t_\nb:o tetrad\nb:o this\nb:o timeout\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o w_\nb:o x\nb:o0 o\nb:o111 m\nb:o2 g\nb:o2 wall\nb:o_ c\nb:o_ e\nb:o_ h\nb:o_ i\nb:o_ m\nb:o_ n\nb:o_ p\nb:o_ t\nb:object anonymous\nb:object c\nb:object is\nb:object where\nb:objects 0\nb:objects consider\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:odder odor\nb:oder order\nb:odor over\nb:oes src\nb:of 0\nb:of a\nb:of all\nb:of apt\nb:of arbitrary\nb:of artifact\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of component\nb:of config\nb:of crystal\nb:of date\nb:of dependencies\nb:of different\nb:of each\nb:of false\nb:of get\nb:of goal\nb:of hoisting\nb:of home\nb:of is\nb:of its\nb:of l\nb:of left\nb:of list\nb:of locate\nb:of master\nb:of memory\nb:of module\nb:of namespace\nb:of org\nb:of p\nb:of package\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of range\nb:of req\nb:of service\nb:of spaces\nb:of statements\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of u\nb:of undefined\nb:of unsafe\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:off this\nb:offenses detected\nb:offline during\nb:offline mode\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:old time\nb:oldcode legacy\nb:older coder\nb:ole planet\nb:omg omg\nb:omg src\nb:omit dev\nb:omit from\nb:on 0\nb:on agent\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on click\nb:on dependencies\nb:on device\nb:on disk\nb:on empty\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on resource\nb:on runner\nb:on swift\nb:on that\nb:on the\nb:on this\nb:on type\nb:on windows\nb:on your\nb:once call_once\nb:once installed\nb:once_cell v1\nb:one of\nb:one or\nb:onepager component\nb:onepager onepager\nb:only allow\nb:only ever\nb:only false\nb:only get\nb:only install\nb:oo8i vb\nb:op date\nb:opam 0\nb:opam opam\nb:open a\nb:open deep\nb:open metadata\nb:open p\nb:open protocol\nb:open t\nb:opencode ai\nb:opencode gemini\nb:opencode gpt\nb:openemr services\nb:openemr sites\nb:opening parenthesis\nb:openjdk amd64\nb:openssh client\nb:openssh server\nb:operand in\nb:operand with\nb:operating system\nb:operation runner\nb:operation timed\nb:operation too\nb:operation was\nb:operation with\nb:operations default\nb:operator hicpp\nb:operator strict\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt homebrew\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option that\nb:option to\nb:option u16\nb:option u64\nb:option vec\nb:optional peer\nb:options execute\nb:or a\nb:or an\nb:or any\nb:or be\nb:or blocks\nb:or cmd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or more\nb:or namespace\nb:or npm\nb:or one\nb:or package\nb:or patterns\nb:or plugins\nb:or rerun\nb:or service\nb:or set\nb:or something\nb:or that\nb:or undo\nb:or use\nb:or windows\nb:order java\nb:order older\nb:order service\nb:ordered fetch\nb:orders db\nb:orders git\nb:orders order\nb:orders service\nb:orders src\nb:org 0\nb:org ajoberstar\nb:org alpine\nb:org apache\nb:org conda\nb:org confluence\nb:org directory\nb:org distributions\nb:org eclipse\nb:org example\nb:org github\nb:org gradle\nb:org junit\nb:org licenses\nb:org m2\nb:org maven2\nb:org ole\nb:org on\nb:org ref\nb:org scm\nb:org tree\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin linting\nb:origin main\nb:origin master\nb:origin refactor\nb:origin url\nb:orjson 0\nb:orphan processes\nb:os archive\nb:os imported\nb:osv dev\nb:other 0\nb:other jobs\nb:other panic\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out in\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outcome success\nb:outer spaces\nb:output above\nb:output client\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output log\nb:output member\nb:output on\nb:output package\nb:output server\nb:output src1489103279\nb:over android\nb:over doer\nb:over elements\nb:over ls\nb:over test\nb:override d\nb:overriding h\nb:overview lib\nb:overwrite c\nb:overwrite existing\nb:overwrite false\nb:overwrite settings\nb:own scripts\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p extra\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p i_\nb:p installed\nb:p k\nb:p l\nb:p liquifact_escrow\nb:p m\nb:p m_\nb:p n\nb:p n_\nb:p netplus\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p s\nb:p t\nb:p t_\nb:p test\nb:p to\nb:p tsconfig\nb:p u\nb:p unit\nb:p y\nb:p y_\nb:p0040 deprecation\nb:p1 r5\nb:p20240420 r2\nb:p256 v0\nb:p2wsh to\nb:p_ c\nb:p_ p\nb:p_ s\nb:package a\nb:package actions\nb:package categories\nb:package configuration\nb:package content\nb:package dependencies\nb:package description\nb:package for\nb:package git\nb:package github\nb:package installs\nb:package is\nb:package jdk\nb:package json\nb:package keywords\nb:package ledger\nb:package level\nb:package libasound2\nb:package license\nb:package license_file\nb:package linux\nb:package list\nb:package lock\nb:package manager\nb:package mavi\nb:package mavivpn\nb:package metadata\nb:package ms\nb:package or\nb:package pkg\nb:package quic\nb:package readme\nb:package repository\nb:package resolved\nb:package shared\nb:package supabase\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package versions\nb:package windows\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages microsoft\nb:packages net\nb:packages please\nb:packages react\nb:packages read\nb:packages requests\nb:packages src\nb:packages urllib3\nb:packages when\nb:packages whose\nb:packaging 0\nb:packed and\nb:pad failed\nb:padding spaces\nb:page isn\nb:page state\nb:page tsx\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:paket packet\nb:pandas 0\nb:panic expected\nb:panic free\nb:panic missing\nb:panic ok\nb:panic test\nb:panic varint\nb:panicked at\nb:panicking rs\nb:panics section\nb:paragraph is\nb:parameter equals\nb:parameter of\nb:parameter should\nb:parameters json\nb:parent 0\nb:parentheses are\nb:parentheses around\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse queues\nb:parse resolve\nb:parse test\nb:parse toolchain\nb:parse units\nb:parse_test go\nb:parser 0\nb:parser from\nb:parser hs\nb:parser py\nb:parser test\nb:parsing a\nb:part of\nb:partial eq\nb:partition 0\nb:pasha code\nb:pass 0\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:passkey test\nb:password g\nb:paste v1\nb:patched versions\nb:path 0\nb:path home\nb:path is\nb:path kotlin\nb:path race\nb:path tex\nb:path users\nb:path version\nb:pathutil pathutil\nb:pattern go\nb:payload u8\nb:pbkdf2 native\nb:pc windows\nb:pedantic add\nb:peer deps\nb:peer include\nb:peer omit\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending federation\nb:pending subtests\nb:performance tests\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:pest plugin\nb:pestphp pest\nb:php 0\nb:php array\nb:php return\nb:php slug\nb:php tests\nb:php v2\nb:php version\nb:phpkit slugger\nb:phpunit 0\nb:phpunit php\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:phreeqc test\nb:pid 0\nb:pillow 0\nb:pin utils\nb:pin versions\nb:pinot tools\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pip is\nb:pip tools\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline run\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkg types\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan reviewer\nb:planet myplanet\nb:platform 0\nb:platform deploy\nb:platform git\nb:platform ops\nb:platform satu\nb:platform shared\nb:platform site\nb:platformdirs 0\nb:please check\nb:please read\nb:please refer\nb:please run\nb:please update\nb:please upgrade\nb:please use\nb:plexus plexus\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin org\nb:plugin php\nb:plugin repository\nb:plugins are\nb:plugins gradle\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:plus a\nb:pmd foo\nb:pmd plugin\nb:pnc i\nb:pnpm install\nb:pnpm lock\nb:pod failed\nb:pod running\nb:pod to\nb:pod was\nb:podcasting nix\nb:pods 0\nb:poetry lock\nb:pointing to\nb:policy deny_test\nb:policy entirely\nb:policy from\nb:pom org\nb:pom to\nb:pool host\nb:pool main\nb:populate work\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post action\nb:post checkout\nb:post job\nb:post resolution\nb:post run\nb:post setup\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potential_utf v0\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:ppv lite86\nb:pr 0\nb:pr go\nb:pr review\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prefix key\nb:prefix of\nb:prefs manager\nb:preinstall install\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:prepared 0\nb:preparer java\nb:preparing metadata\nb:preparing the\nb:preparing to\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:press ctrl\nb:prettier check\nb:prettier code\nb:prettier with\nb:prettyplease v0\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previous version\nb:previously recorded\nb:price 0\nb:price null\nb:price_cents 0\nb:pricing api\nb:print 0\nb:print summing\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem unexpected\nb:problem with\nb:problems 0\nb:problems problems\nb:problems report\nb:proc macro2\nb:proceed with\nb:process completed\nb:process did\nb:process env\nb:process exit\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:process usr\nb:processing triggers\nb:processing wheels\nb:processor should\nb:prod dev\nb:prod exited\nb:prod noble\nb:production only\nb:profile exclude\nb:profile include\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:program unzstd\nb:programming scratch\nb:progress deadline\nb:progress meter\nb:progress true\nb:project 0\nb:project actions\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project kotlin\nb:project name\nb:project org\nb:project src\nb:project version\nb:project w\nb:projectcleverweb lastautoindex\nb:projects cmake\nb:projects egeria\nb:projects openemr\nb:promise anonymous\nb:promise ensure\nb:prompt file\nb:propcache 0\nb:properly see\nb:properties insert\nb:properties of\nb:properties rs\nb:property colr\nb:property line\nb:property no\nb:proto 0\nb:proto gen\nb:proto https\nb:protoc gen\nb:protocol dependencies\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided path\nb:provided to\nb:provider github\nb:provider lib\nb:provider plugins\nb:provides a\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy golang\nb:proxy please\nb:prune origin\nb:psutil 0\nb:pub cache\nb:pub dependencies\nb:pub fn\nb:pub key\nb:public acls\nb:public build\nb:public class\nb:public license\nb:public org\nb:publish py\nb:pull 0\nb:pull complete\nb:pull image\nb:pull rate\nb:pull request\nb:pulling docker\nb:pulling fs\nb:punctuation at\nb:punycode module\nb:pure build\nb:pure kotlin\nb:pure src\nb:push 0\nb:pv4 transport\nb:pwsh e\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py g\nb:py git\nb:py healthy\nb:py imports\nb:py jobs\nb:py line\nb:py main\nb:py p\nb:py r\nb:py reports\nb:py socks\nb:py stats\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_low_stock_threshold\nb:py test_timeout_is_retried\nb:py y\nb:py2 py3\nb:py3 none\nb:pycognito 0\nb:pydantic 0\nb:pydantic core\nb:pydantic settings\nb:pyenv versions\nb:pygments 0\nb:pyo3 macros\nb:pyo3 v0\nb:pyproject toml\nb:pyproject_hooks from\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest homeassistant\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python dateutil\nb:python linux\nb:python location\nb:python m\nb:python names\nb:python scripts\nb:python sha256\nb:python tests\nb:python v5\nb:python version\nb:python2_ r\nb:python3 0\nb:python3 m\nb:python3_ r\nb:python_ r\nb:pytz 0\nb:pyyaml 0\nb:q a\nb:q l_\nb:q p\nb:q release\nb:q u\nb:qty 0\nb:qualified_races json\nb:quant timeseries\nb:quantity 0\nb:quasar go\nb:queue c\nb:queue drain\nb:queue js\nb:queue lib\nb:queue queue\nb:queued 0\nb:quic tester\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r a_\nb:r always\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r dependency\nb:r detected\nb:r e\nb:r e_\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r f\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r home\nb:r https\nb:r i\nb:r im\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r m\nb:r m_\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r nospc\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r opt\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r resolution\nb:r retrying\nb:r rule\nb:r s\nb:r s_\nb:r script\nb:r see\nb:r stack\nb:r t\nb:r t_\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r users\nb:r var\nb:r web_service\nb:r x\nb:r y\nb:r y_\nb:r_ a\nb:r_ p\nb:r_ r\nb:race report\nb:rails rails\nb:rails security\nb:raise parse\nb:rake aborted\nb:rake foo\nb:rake test\nb:ran 0\nb:ran all\nb:ran longer\nb:rand v0\nb:rand_chacha v0\nb:rand_core v0\nb:range 0\nb:range start\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:raw_race_data json\nb:rb 0\nb:rb git\nb:rb money\nb:rc 0\nb:rc2 v1\nb:rdk rules\nb:re run\nb:reach block\nb:reached operation\nb:reached the\nb:reached your\nb:react cssx\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read error\nb:read errors\nb:read file\nb:read more\nb:read none\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:read udp\nb:read_capsule buf\nb:reading database\nb:reading prototype\nb:reading state\nb:readline 0\nb:readme md\nb:readme metadata\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:receiving objects\nb:recent call\nb:recieve the\nb:recognized word\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:record record_sheet\nb:record sheet\nb:record_sheet dart\nb:recorded in\nb:records for\nb:redirect none\nb:redis 0\nb:ref 0\nb:ref and\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:refactor 0\nb:refer to\nb:reference packages\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refs tags\nb:refs west\nb:refused connect\nb:refused error\nb:reg exp\nb:regex 0\nb:regexp core\nb:regexp include\nb:region centralus\nb:region eastus2\nb:region northcentralus\nb:region westus\nb:register layer\nb:register passkey\nb:registry https\nb:registry npm\nb:registry npmjs\nb:registry src\nb:registry ts\nb:rego data\nb:regression bridge\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:release 0\nb:release cmake\nb:release cygwin\nb:release gpg\nb:release kotlin\nb:release notes\nb:release sh\nb:release skipped\nb:release source\nb:release target\nb:release timed\nb:releases download\nb:releases protoc\nb:releases tag\nb:releases then\nb:relying on\nb:remaining 0\nb:remote add\nb:remote all\nb:remote compressing\nb:remote counting\nb:remote git\nb:remote origin\nb:remotes origin\nb:remotes pull\nb:remove and\nb:remove build\nb:remove return\nb:remove stale\nb:remove the\nb:removed in\nb:removing credentials\nb:removing h\nb:removing include\nb:removing previous\nb:removing s\nb:renamed to\nb:renamed via\nb:render engine\nb:renders the\nb:replaced with\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report api\nb:report at\nb:report attribute\nb:report html\nb:report is\nb:report py\nb:report to\nb:report ui\nb:reported by\nb:reported issue\nb:reporter github\nb:reports 0\nb:reports alongside\nb:reports problems\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repository acme\nb:repository actions\nb:repository andi\nb:repository apis\nb:repository astral\nb:repository codecov\nb:repository datakit\nb:repository directory\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository gradle\nb:repository https\nb:repository ic3bur\nb:repository im\nb:repository in\nb:repository kangkabseok2021\nb:repository ledger\nb:repository liquifact\nb:repository maps\nb:repository masonj0\nb:repository metadata\nb:repository metrics\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository ruby\nb:repository rusty\nb:repository shivammathur\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository swatinem\nb:repository textkit\nb:repository timekit\nb:repository zerox80\nb:req capability\nb:request 0\nb:request canceled\nb:request for\nb:request handler\nb:request method\nb:request py\nb:request sent\nb:request timed\nb:request to\nb:requested tasks\nb:requested u\nb:requests api\nb:requests call\nb:requests exceptions\nb:requests server\nb:requests sessions\nb:require java\nb:require maven\nb:required actions\nb:required by\nb:required in\nb:required input\nb:required is\nb:required module\nb:required node\nb:required plugins\nb:required tasks\nb:required true\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements dev\nb:requirements to\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:rerun if\nb:rerun with\nb:reserve cache\nb:reset branch\nb:reset by\nb:resolution dealing\nb:resolution impossible\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolvable dependencies\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve docker\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolve s\nb:resolved 0\nb:resolved because\nb:resolved failed\nb:resolved file\nb:resolved java\nb:resolving deltas\nb:resolving dependencies\nb:resolving to\nb:resource aws_s3_bucket\nb:resource directory\nb:resource missing\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response read\nb:response status\nb:rest src\nb:restore cache\nb:restore keys\nb:restore v8\nb:restored from\nb:restored successfully\nb:restoring cache\nb:restricted amd64\nb:restricted to\nb:result 0\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retain commits\nb:retention days\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry connrefused\nb:retry delay\nb:retry error\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retry total\nb:retry workflow\nb:retrying fetch\nb:retrying retry\nb:return 0\nb:return a\nb:return bootstrap\nb:return dict\nb:return statement\nb:return str\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned error\nb:returned exit\nb:returning a\nb:returning any\nb:returns none\nb:returns value\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:rev parse\nb:review allow\nb:review other\nb:reviewdog action\nb:reviewer agent\nb:reviewer cogni\nb:revision 0\nb:revision v0\nb:revive exported\nb:right failed\nb:ring c\nb:ring test\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf c\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:ringbuf wraparound\nb:risky file\nb:rm cannot\nb:rm rf\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:role wine\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root bundler\nb:root depends\nb:root directory\nb:root gradle\nb:root install\nb:root md\nb:root project\nb:root when\nb:rootdir home\nb:rootstock integration\nb:ropenscilabs available\nb:routes and\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs cargo\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs tmp\nb:rs v0\nb:rskj core\nb:rskj rskj\nb:rsksmart rootstock\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby builder\nb:ruby json\nb:ruby ruby\nb:ruby setup\nb:ruby sha256\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff 0\nb:ruff check\nb:ruff format\nb:rule 0\nb:rule preset\nb:rules config\nb:rules e\nb:rules length\nb:rules property\nb:rules using\nb:rules version\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run astral\nb:run bash\nb:run build\nb:run bundler\nb:run can\nb:run cargo\nb:run cd\nb:run cmake\nb:run composer\nb:run construct\nb:run create\nb:run curl\nb:run default\nb:run deno\nb:run disable\nb:run dtolnay\nb:run echo\nb:run elm\nb:run enable\nb:run every\nb:run failed\nb:run file\nb:run format\nb:run g\nb:run go\nb:run gradlew\nb:run if\nb:run index\nb:run install\nb:run ktlint\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run mvn\nb:run node\nb:run npm\nb:run npx\nb:run of\nb:run on\nb:run options\nb:run parse\nb:run phpunit\nb:run pip\nb:run poetry\nb:run pre\nb:run prettier\nb:run profiler\nb:run pytest\nb:run python\nb:run ruby\nb:run rustc\nb:run rustup\nb:run script\nb:run scripts\nb:run set\nb:run sh\nb:run shivammathur\nb:run swatinem\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run timeout\nb:run tsc\nb:run uv\nb:run work\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner cargo\nb:runner dist\nb:runner eebxo6ax\nb:runner git\nb:runner gitconfig\nb:runner go\nb:runner gradle\nb:runner has\nb:runner hostedtoolcache\nb:runner image\nb:runner images\nb:runner is\nb:runner issues\nb:runner java\nb:runner local\nb:runner m2\nb:runner namespace\nb:runner npm\nb:runner pub\nb:runner run\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runner_temp git\nb:runneradmin cargo\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running c\nb:running checks\nb:running command\nb:running commands\nb:running in\nb:running on\nb:running processor\nb:running task\nb:running timed\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs for\nb:runs of\nb:runs s\nb:runtime test\nb:rust 0\nb:rust build\nb:rust cache\nb:rust clippy\nb:rust environment\nb:rust fmt\nb:rust lang\nb:rust lint\nb:rust rust\nb:rust sha256\nb:rust std\nb:rust toolchain\nb:rust version\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustc stable\nb:rustfmt clippy\nb:rustix v1\nb:rustup command\nb:rustup default\nb:rustup dev\nb:rustup if\nb:rustup init\nb:rustup rs\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s build\nb:s c\nb:s c2045\nb:s c2086\nb:s chars\nb:s ci\nb:s commit\nb:s connection\nb:s create\nb:s d\nb:s detected\nb:s done\nb:s e\nb:s e_\nb:s eta\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s js\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s md\nb:s o\nb:s o2\nb:s on\nb:s p\nb:s pf\nb:s q\nb:s r\nb:s rx\nb:s s\nb:s s_\nb:s score\nb:s sit\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s then\nb:s transform\nb:s true\nb:s u\nb:s upload\nb:s v\nb:s version\nb:s w\nb:s with\nb:s x\nb:s y\nb:s0103 the\nb:s0246 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s2n run\nb:s3 block\nb:s6 vzpvo\nb:s_ a\nb:s_ i\nb:s_ p\nb:s_ r\nb:s_ t\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sample rdk\nb:samples sample\nb:sanitizer heap\nb:sardonyx xenial\nb:sata dotnet10\nb:satisfies the\nb:satu platform\nb:save always\nb:save if\nb:saving state\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:schedule requested\nb:schema https\nb:scikit base\nb:scikit learn\nb:scipy 0\nb:scm billing\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:screen kt\nb:screens assets\nb:screens auth\nb:screens bills\nb:screens book\nb:screens budget\nb:screens charts\nb:screens discover\nb:screens home\nb:screens me\nb:screens record\nb:screens server\nb:screens settings\nb:screens vpn\nb:script 0\nb:script build\nb:script contents\nb:script heap\nb:script lint\nb:script on\nb:script policy\nb:script returned\nb:script s\nb:scripts dangerously\nb:scripts debug_html_parser\nb:scripts deploy\nb:scripts generate_summary\nb:scripts git\nb:scripts ie\nb:scripts ignore\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts or\nb:scripts package\nb:scripts policy\nb:scripts run\nb:scripts specified\nb:sdk api\nb:sdk dotnet\nb:sdk flutter\nb:sdk js\nb:sdk linux\nb:sdk macros\nb:sdk telemetry\nb:sdk v25\nb:search ts\nb:sebastian bergmann\nb:sec command_line_warnings\nb:sec transferred\nb:sec1 v0\nb:second 0\nb:second federation\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secretstorage 0\nb:secs 0\nb:section 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security auditor\nb:security cryptography\nb:security implications\nb:security in\nb:security issue\nb:security main\nb:security multiverse\nb:security policy\nb:security universe\nb:security vulnerabilities\nb:security vulnerability\nb:sed i\nb:sed ne\nb:see a\nb:see also\nb:see full\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:seen was\nb:select a\nb:select packages\nb:selected output\nb:self counts\nb:self send\nb:self update\nb:semicolon app\nb:semver v1\nb:send email\nb:sensor c\nb:sensor sensor\nb:sent awaiting\nb:separate line\nb:separated list\nb:sequence any\nb:sequential filter_numbers\nb:serde v1\nb:serde_derive v1\nb:serde_json json\nb:serde_json v1\nb:serde_with v3\nb:server 0\nb:server app\nb:server client\nb:server compiled\nb:server entries\nb:server exec\nb:server failed\nb:server id\nb:server list\nb:server message\nb:server npm\nb:server password\nb:server request\nb:server server_list_page\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:server_list_page dart\nb:service 0\nb:service found\nb:service git\nb:service github\nb:service in\nb:service is\nb:service kt\nb:service not\nb:service notification\nb:service php\nb:service responded\nb:service run\nb:service src\nb:service ts\nb:service unavailable\nb:services gradle\nb:services keystore\nb:services user\nb:session dart\nb:session provider\nb:session starts\nb:sessions py\nb:set build\nb:set c\nb:set check\nb:set file\nb:set interval\nb:set n\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set then\nb:set to\nb:set up\nb:sets the\nb:setting config\nb:setting java\nb:setting up\nb:settings 0\nb:settings page\nb:settings screen\nb:settings true\nb:settings xml\nb:settings_page dart\nb:settled_at must\nb:settlement rs\nb:setup 0\nb:setup builddir\nb:setup go\nb:setup gradle\nb:setup java\nb:setup node\nb:setup p\nb:setup php\nb:setup python\nb:setup ruby\nb:setup sh\nb:setup tools\nb:setup uv\nb:setuptools 0\nb:setuptools wheel\nb:several a\nb:severity 0\nb:severity e\nb:severity vulnerability\nb:sf https\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh setup\nb:sh sh\nb:sh tmp\nb:sh uv\nb:sha256 0\nb:sha256 done\nb:shallow linked\nb:shared config\nb:shared is\nb:shared rollup\nb:shared src\nb:shared updates\nb:sheet state\nb:shell 0\nb:shell bin\nb:shell c\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shims on\nb:shivammathur setup\nb:shodh memory\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco pricing\nb:shopco report\nb:shopco shop\nb:shopco site\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should create\nb:should equal\nb:should go\nb:should list\nb:should migrate\nb:should not\nb:should notify\nb:should panic\nb:should start\nb:should_ fail\nb:show app\nb:show error\nb:show progress\nb:show the\nb:show where\nb:shrinkwrap json\nb:shutdown signal\nb:sid snapshot\nb:side of\nb:signal terminated\nb:signal this\nb:signed bitwise\nb:signed integer\nb:signedness int\nb:significantly since\nb:silent show\nb:simd adler32\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulator arm64\nb:simulators ethereum\nb:sin lat2\nb:since it\nb:since poetry\nb:single line\nb:sit list\nb:site command\nb:site deploy\nb:site docs\nb:site packages\nb:site scripting\nb:site theme\nb:site tools\nb:sites default\nb:six 0\nb:sixty seconds\nb:size is\nb:skills a\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping analysis\nb:skipping git\nb:skipping integrity\nb:sku a\nb:sleep go\nb:slice will\nb:sln t\nb:slow less\nb:slug php\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger php\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:sme env\nb:smoke regression\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot 0\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so implausibly\nb:so now\nb:socket emit\nb:socket2 v0\nb:sockeye image_captioning\nb:socks 0\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:soroban env\nb:soroban sdk\nb:soroban_sdk address\nb:soroban_sdk events\nb:sorted and\nb:source actions\nb:source build\nb:source code\nb:source commit\nb:source dir\nb:source file\nb:source files\nb:source from\nb:source s\nb:source set\nb:source sets\nb:source tree\nb:source tutor\nb:source venv\nb:source_span 0\nb:sourcerygxx 0\nb:sources from\nb:space 0\nb:space berui\nb:space between\nb:space left\nb:space s\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spacing after\nb:sparse checkout\nb:sparse registry\nb:spdx org\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified deadline\nb:specified in\nb:specifiers in\nb:specs from\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:spurious network\nb:sr ht\nb:src android\nb:src api\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src blur\nb:src c\nb:src cart\nb:src chapter3\nb:src client\nb:src codegen\nb:src common\nb:src components\nb:src config\nb:src copy\nb:src core\nb:src css\nb:src d\nb:src drone\nb:src ethereum\nb:src external\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src hooks\nb:src index\nb:src infrastructure\nb:src invoice\nb:src iter\nb:src lib\nb:src liquid\nb:src main\nb:src masque\nb:src microsoft\nb:src newtonsoft\nb:src node_modules\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src powpeg\nb:src registry\nb:src ring\nb:src ringbuf\nb:src rskj\nb:src scene\nb:src scripts\nb:src search\nb:src source\nb:src src\nb:src stats\nb:src stg\nb:src storefront\nb:src styles\nb:src task\nb:src tauri\nb:src tclint\nb:src template\nb:src temporalio\nb:src test\nb:src testing\nb:src tests\nb:src time\nb:src tools\nb:src ts\nb:src tsbootstrap\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh command\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stabilized in\nb:stable 0\nb:stable aarch64\nb:stable minus\nb:stable profile\nb:stable s\nb:stable version\nb:stable x86_64\nb:stable_deref_trait v1\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stack_trace 0\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp 0\nb:stamp is\nb:standard library\nb:start 0\nb:start action\nb:start alarm\nb:start at\nb:start check\nb:start cleaning\nb:start line\nb:start of\nb:start on\nb:start tracking\nb:start with\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting a\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:starts with\nb:startup 0\nb:starves it\nb:state 0\nb:state and\nb:state information\nb:state java\nb:state lib\nb:state run\nb:state session\nb:state transition\nb:state without\nb:state you\nb:statement is\nb:statement no\nb:stats core\nb:stats py\nb:stats tally\nb:status 0\nb:status code\nb:status done\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stderr src\nb:stdlib go1\nb:stdune 0\nb:stellar strkey\nb:step 0\nb:step saving\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stgi 0\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:storage lib\nb:stored client\nb:stored in\nb:stored settle_ts\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str any\nb:str arg\nb:str assignment\nb:str has\nb:str none\nb:str usize\nb:strategy for\nb:strategy hoisted\nb:stream 0\nb:stream vbyte\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string is\nb:string message\nb:string_scanner 0\nb:strings are\nb:strings to\nb:strip components\nb:strkey v0\nb:strsim v0\nb:struct liquifact\nb:structure test\nb:stub files\nb:studio 0\nb:studio threading\nb:studios cargo\nb:style issues\nb:style omit\nb:stylelint 0\nb:stylelint formatter\nb:stylelint problem\nb:styles app\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:subject to\nb:submit audit\nb:submodules false\nb:submodules setup\nb:subosito_flutter action\nb:subprocess call\nb:subsequent builds\nb:subtests node\nb:subtle v2\nb:succeeded 0\nb:success 0\nb:success conclusion\nb:success duration_ms\nb:successfully got\nb:successfully installed\nb:successfully set\nb:such as\nb:such file\nb:such tool\nb:sudo apt\nb:sudo if\nb:suffixed with\nb:suite expected\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum golang\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:summary true\nb:summing xs\nb:sun nio\nb:sun xml\nb:supabase client\nb:support appcompat\nb:supported and\nb:supported file\nb:supports git\nb:suppress this\nb:sure it\nb:sure that\nb:sure the\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svelte kit\nb:svelte svelte\nb:sveltejs adapter\nb:svg from\nb:swatinem rust\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch c\nb:switch command\nb:switch to\nb:switched to\nb:switching back\nb:switching to\nb:symbol class\nb:symfony polyfill\nb:symlinks or\nb:sync client\nb:sync errgroup\nb:sync from\nb:sync is\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:system text\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t could\nb:t d\nb:t defined\nb:t done\nb:t e\nb:t e_\nb:t entries\nb:t f\nb:t find\nb:t found\nb:t from\nb:t g\nb:t h\nb:t h_\nb:t https\nb:t i\nb:t in\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t load\nb:t m\nb:t match\nb:t modules\nb:t o\nb:t o_\nb:t opt\nb:t p\nb:t r\nb:t reach\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t slug\nb:t state\nb:t t\nb:t test\nb:t type\nb:t u\nb:t want\nb:t wstat\nb:t x64\nb:t y\nb:t00 0\nb:t02 0\nb:t03 0\nb:t04 0\nb:t06 0\nb:t07 0\nb:t08 0\nb:t09 0\nb:t10 0\nb:t10_00_00_000 z\nb:t11 0\nb:t14 0\nb:t15 0\nb:t16 0\nb:t17 0\nb:t18 0\nb:t19 0\nb:t20 0\nb:t21 0\nb:t22 0\nb:t_ a\nb:t_ b\nb:t_ c\nb:t_ d\nb:t_ f\nb:t_ i\nb:t_ n\nb:t_ p\nb:t_ r\nb:t_ s\nb:t_ t\nb:tabs tabs\nb:tabs ts\nb:tag 0\nb:tag binutils\nb:tag cgen\nb:tag cygwin\nb:tag gdb\nb:tag must\nb:tag nanopb\nb:tag newlib\nb:tag releases\nb:tag sid\nb:tag v0\nb:tag v1\nb:tag v2\nb:tag zephyr\nb:tags false\nb:tags v\nb:tags v0\nb:tags v260816\nb:take a\nb:take empties\nb:takes 0\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar e\nb:tar gz\nb:tar internal\nb:tar openssh\nb:tar posix\nb:tar xf\nb:tar xz\nb:tar xzv\nb:tarball 0\nb:tarball error\nb:tarball files\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target of\nb:target s\nb:target t\nb:target w\nb:targets 0\nb:targets d\nb:targets do\nb:targets for\nb:targets true\nb:task 0\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task generate\nb:task get\nb:task java\nb:task key\nb:task kt\nb:task persona_flutter\nb:task pre\nb:task prebuild\nb:task run\nb:task with\nb:task_queues 0\nb:taskrun that\nb:tasks 0\nb:tasks default\nb:tasks execution\nb:tasks py\nb:tasks t\nb:tasks task\nb:tasks utility\nb:tauri cargo\nb:tauri conf\nb:tauri windows_\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:tcp lookup\nb:te x\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:tells npm\nb:temp 0\nb:temp agents\nb:temp git\nb:temp rustup\nb:temp setup\nb:temp skills\nb:temp true\nb:temperatures calls\nb:template 0\nb:template section\nb:template ts\nb:templates tests\nb:temporalio sln\nb:temporarily overriding\nb:temporary git\nb:temps js\nb:temurin hotspot_jdk\nb:ten off\nb:term v0\nb:term_glyph 0\nb:terminated program\nb:terraform fmt\nb:terraform init\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test b8ej_\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test count\nb:test coverage\nb:test creating\nb:test days\nb:test debug\nb:test default\nb:test dir\nb:test dll\nb:test drone\nb:test duration\nb:test environment\nb:test error\nb:test exited\nb:test f\nb:test failed\nb:test failures\nb:test fetch\nb:test fetcher\nb:test file\nb:test files\nb:test fixed\nb:test fixtures\nb:test from\nb:test frontend\nb:test get\nb:test go\nb:test greeting\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kt\nb:test linux\nb:test load\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test money_test\nb:test multiplication\nb:test new\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test release\nb:test reporter\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test source\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test three\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test ubuntu\nb:test v\nb:test validate\nb:test watch\nb:test windows\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_ringbuf c\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_tools py\nb:test_unicode tests\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:tester is\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests actions\nb:tests admin\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests csproj\nb:tests did\nb:tests failed\nb:tests failing\nb:tests feature\nb:tests files\nb:tests for\nb:tests from\nb:tests func1\nb:tests git\nb:tests in\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests properties\nb:tests ring_test\nb:tests rit\nb:tests rootstock\nb:tests run\nb:tests see\nb:tests settlement\nb:tests slug\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_ringbuf\nb:tests test_slugs\nb:tests test_stock\nb:tests u\nb:tests unit\nb:tests__ evaluator\nb:tex range\nb:text json\nb:text startup\nb:textkit parser\nb:textkit slug\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than initial\nb:than once\nb:than or\nb:than the\nb:thanh nguyxn\nb:thapa wlctl\nb:that allows\nb:that are\nb:that does\nb:that have\nb:that is\nb:that need\nb:that runs\nb:that satisfies\nb:that scrapling\nb:that terminates\nb:that the\nb:that two\nb:that were\nb:the 0\nb:the a\nb:the ability\nb:the above\nb:the action\nb:the active\nb:the agent\nb:the allow\nb:the allowed\nb:the ammount\nb:the apache\nb:the attribute\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checkout\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the configured\nb:the conflict\nb:the constraint\nb:the contents\nb:the context\nb:the coverage\nb:the crate\nb:the current\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the ends\nb:the error\nb:the errors\nb:the expected\nb:the expression\nb:the extra\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the format\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the gradle\nb:the highlights\nb:the host\nb:the individual\nb:the initial\nb:the install\nb:the installation\nb:the job\nb:the just\nb:the last\nb:the latest\nb:the license\nb:the lint\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the mix\nb:the module\nb:the name\nb:the newest\nb:the next\nb:the node\nb:the only\nb:the operation\nb:the operator\nb:the output\nb:the p\nb:the package\nb:the path\nb:the pkg\nb:the plugin\nb:the process\nb:the project\nb:the provided\nb:the proxy\nb:the punycode\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the requested\nb:the requirement\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the specified\nb:the strategy\nb:the switch\nb:the sync\nb:the temporary\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the types\nb:the update\nb:the upstream\nb:the version\nb:the warning\nb:the workspace\nb:the x\nb:thebeatles item\nb:them and\nb:theme dart\nb:theme kt\nb:theme site\nb:theme theme\nb:then 0\nb:then any_\nb:there appears\nb:there are\nb:there is\nb:there were\nb:these values\nb:they are\nb:they come\nb:this advice\nb:this build\nb:this can\nb:this command\nb:this could\nb:this environment\nb:this error\nb:this expression\nb:this function\nb:this functionality\nb:this id\nb:this install\nb:this may\nb:this message\nb:this method\nb:this might\nb:this module\nb:this operation\nb:this please\nb:this potentially\nb:this project\nb:this release\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:this warning\nb:thiserror impl\nb:thiserror v1\nb:thread 0\nb:thread execution\nb:thread included\nb:thread main\nb:threading csproj\nb:threading microsoft\nb:threading src\nb:three failed\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time lifecycle\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:time stamp\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout exceeded\nb:timeout file\nb:timeout node\nb:timeout of\nb:timeout v0\nb:timeout was\nb:timeouts are\nb:timers 0\nb:times checking\nb:timeseries timeseries\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title bandit\nb:title n\nb:title stylelint\nb:title want\nb:tldextract 0\nb:tlsv1 0\nb:tmp 0\nb:tmp pnc\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:tmp tmp\nb:tmp zmk\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to azure\nb:to be\nb:to blob\nb:to build\nb:to but\nb:to c\nb:to call\nb:to capture\nb:to central\nb:to change\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to configure\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to create\nb:to credentials\nb:to date\nb:to detect\nb:to display\nb:to docker\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to false\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to get\nb:to git\nb:to github\nb:to gradle\nb:to have\nb:to high\nb:to home\nb:to http\nb:to ignore\nb:to image\nb:to java\nb:to l\nb:to load\nb:to main\nb:to make\nb:to manually\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to omit\nb:to open\nb:to opt\nb:to override\nb:to p\nb:to parameter\nb:to parse\nb:to prevent\nb:to provide\nb:to pull\nb:to query\nb:to re\nb:to read\nb:to refs\nb:to register\nb:to remove\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to retain\nb:to return\nb:to root\nb:to run\nb:to s\nb:to save\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to stable\nb:to start\nb:to suppress\nb:to target\nb:to the\nb:to third\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to u64\nb:to underlying\nb:to unpack\nb:to unsigned\nb:to untyped\nb:to update\nb:to upgrade\nb:to use\nb:to users\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:toast isn\nb:todo 0\nb:token 0\nb:token manager\nb:token sme\nb:tokens on\nb:tokio v1\nb:toml 0\nb:toml changed\nb:toml finished\nb:toml started\nb:too long\nb:too many\nb:too slow\nb:took 0\nb:took longer\nb:tool cache\nb:tool covdata\nb:tool is\nb:toolbox toolbox\nb:toolcache ruby\nb:toolchain 0\nb:toolchain g\nb:toolchain install\nb:toolchain is\nb:toolchain none\nb:toolchain set\nb:toolchain stable\nb:toolchain then\nb:toolchain toolchain\nb:toolchain version\nb:toolchains xml\nb:tools 0\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools preview\nb:tools test_tools\nb:tools tests__\nb:toomanyrequests you\nb:top level\nb:top required\nb:top vec\nb:topics dependency\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:total xs\nb:touch d\nb:touch home\nb:tower http\nb:tower v0\nb:trace by\nb:trace deprecation\nb:trace file\nb:trace of\nb:traceback most\nb:tracing core\nb:track origin\nb:tracking orphan\nb:trailing comma\nb:trailing space\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:transferred the\nb:transferring context\nb:transferring dockerfile\nb:transform 0\nb:transition controller\nb:translation en\nb:transport got\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree 0\nb:tree demospring\nb:tree git\nb:tree node_modules\nb:tree on\nb:tree org\nb:tree sitter\nb:tree src\nb:triggers for\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trims punctuation\nb:trouble with\nb:true and\nb:true bypass\nb:true displays\nb:true failed\nb:true identified\nb:true inputs\nb:true npm\nb:true object\nb:true submit\nb:true to\nb:true truthy\nb:true turn\nb:truncate never\nb:truncate test\nb:truncate the\nb:trunk and\nb:trusty updates\nb:truthy value\nb:try remaining\nb:try rustc\nb:try to\nb:try_from and\nb:trying to\nb:ts 0\nb:ts cart\nb:ts client\nb:ts format\nb:ts git\nb:ts invoices\nb:ts loader\nb:tsbootstrap backends\nb:tsbootstrap pyproject\nb:tsbootstrap services\nb:tsbootstrap src\nb:tsbootstrap tsbootstrap\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:turn off\nb:turn the\nb:two arrays\nb:two strings\nb:tx builder\nb:txt 0\nb:txt mirrorlist\nb:type annotation\nb:type answer\nb:type argument\nb:type assets\nb:type budget\nb:type charts\nb:type coercion\nb:type comparison\nb:type discover\nb:type error\nb:type flow\nb:type generator\nb:type hard\nb:type ignore\nb:type int\nb:type is\nb:type login\nb:type native\nb:type none\nb:type number\nb:type of\nb:type or\nb:type record\nb:type remote\nb:type running\nb:type sequence\nb:type str\nb:type string\nb:type test\nb:type u32\nb:typed context\nb:typed_data 0\nb:typenum v1\nb:types 0\nb:types in\nb:types int\nb:types of\nb:types react\nb:types to\nb:typescript eslint\nb:typescript starter\nb:typescript version\nb:typing extensions\nb:typing import\nb:typing list\nb:typo location\nb:tzdata 0\nb:tzst p\nb:u 0\nb:u b\nb:u b_\nb:u c\nb:u cogni\nb:u d\nb:u e\nb:u e_\nb:u g\nb:u i\nb:u l\nb:u m\nb:u n\nb:u p\nb:u p_\nb:u r\nb:u s\nb:u t\nb:u v_\nb:u1101 unable\nb:u1403 package\nb:u16 u16\nb:u1903 warning\nb:u32 0\nb:u32 cannot\nb:u64 can\nb:u64 to\nb:u64 u8\nb:u8 option\nb:u8 to\nb:u8 usize\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu noble\nb:ubuntu pool\nb:ubuntu python\nb:ubuntu ubuntu2404\nb:ubuntu v\nb:ubuntu0 0\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ubuntu3 0\nb:udp 0\nb:ui ab0x\nb:ui app\nb:ui components\nb:ui core\nb:ui kt\nb:ui report\nb:ui screens\nb:ui styles\nb:ui theme\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined class\nb:undefined err\nb:undefined github\nb:undefined method\nb:undefined min\nb:undefined name\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:undo this\nb:unexpected argument\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected indentation\nb:unexpected newline\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode ident\nb:unicode title\nb:unidecode 0\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit maybe\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:universe amd64\nb:universe translation\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown in\nb:unknown keyword\nb:unknown licenses\nb:unknown linux\nb:unknown property\nb:unknown word\nb:unlabeled 0\nb:unless all\nb:unneeded return\nb:unnested or\nb:unoptimized debuginfo\nb:unordered key\nb:unpack 0\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsafe yaml\nb:unsatisfiable requirements\nb:unschedulable 0\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:unsupported engine\nb:unter under\nb:until assertions\nb:untyped call\nb:untyped decorator\nb:untyped def\nb:untyped defs\nb:untyped function\nb:untyped functions\nb:untyped misc\nb:unused 0\nb:unused function\nb:unused ignore\nb:unused import\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused type\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up auth\nb:up c\nb:up go\nb:up j\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update collections\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update lock\nb:update model\nb:update on\nb:update or\nb:update run\nb:update the\nb:update to\nb:update xml\nb:update your\nb:updated because\nb:updated but\nb:updates for\nb:updates in\nb:updates main\nb:updates multiverse\nb:updates restricted\nb:updates test\nb:updates tsx\nb:updates universe\nb:updating 0\nb:updating crates\nb:updating files\nb:upgrade connection\nb:upgrade pip\nb:upgrade to\nb:upgrade your\nb:upgraded 0\nb:upgrading https\nb:upload artifact\nb:upload of\nb:upload py\nb:uploading artifact\nb:uploading artifacts\nb:ureq v2\nb:url body\nb:url data\nb:url https\nb:urllib request\nb:urllib3 0\nb:urllib3 connectionpool\nb:urllib3 exceptions\nb:urllib3 util\nb:usage of\nb:use a\nb:use apt\nb:use compress\nb:use const\nb:use eslint\nb:use in\nb:use let\nb:use node\nb:use of\nb:use passkey\nb:use pip\nb:use prettier\nb:use search\nb:use the\nb:use try_from\nb:use warning\nb:use window\nb:used as\nb:used before\nb:used config\nb:used directly\nb:used in\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used typescript\nb:used unable\nb:user content\nb:user git\nb:user home\nb:user interface\nb:user lib\nb:userguide command_line_interface\nb:userland alternative\nb:username g\nb:users api\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users david\nb:users jonesn\nb:users js\nb:users julian\nb:users kevin\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users runner\nb:users runneradmin\nb:users usr\nb:using 0\nb:using build\nb:using c\nb:using cache\nb:using cached\nb:using check\nb:using directive\nb:using docker\nb:using existing\nb:using first\nb:using from\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:usr src\nb:util concurrent\nb:util connection\nb:util dart\nb:util is\nb:util java\nb:util test\nb:util v0\nb:utility bash\nb:utils 0\nb:utils csv\nb:utils export\nb:utils format\nb:utils geo\nb:utils test\nb:utils v0\nb:utxos rule\nb:uuid v\nb:uuid v1\nb:uv 0\nb:uv cache\nb:uv install\nb:uv lock\nb:uv pip\nb:uv sync\nb:uv v3\nb:uv_manager py\nb:uw u\nb:v 0\nb:v a\nb:v c\nb:v e\nb:v g\nb:v https\nb:v i\nb:v len\nb:v list\nb:v m\nb:v n\nb:v p\nb:v prune\nb:v rustup\nb:v rxs\nb:v s\nb:v v\nb:v v1\nb:v0 0\nb:v0 rust\nb:v1 0\nb:v1 app\nb:v1 metrics\nb:v1 s\nb:v1 unable\nb:v10 0\nb:v18 0\nb:v2 0\nb:v2 dist\nb:v2 dockerfile\nb:v2 net\nb:v2 or\nb:v2 s\nb:v20 0\nb:v25 0\nb:v260816 0\nb:v3 0\nb:v3 s\nb:v3 tests\nb:v4 0\nb:v4 dist\nb:v4 s\nb:v5 0\nb:v5 s\nb:v6 0\nb:v6 s\nb:v7 0\nb:v8 0\nb:v8 gradle\nb:v8 internal\nb:v9 are\nb:v_ c\nb:valid alias\nb:valid license\nb:valid python\nb:validation failed\nb:validations should\nb:validator 0\nb:validator test\nb:value 0\nb:value as\nb:value but\nb:value for\nb:value is\nb:value it\nb:value lib\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable advice\nb:variable declaration\nb:variable error_count\nb:variable for\nb:variable has\nb:variable home\nb:variable not\nb:variable of\nb:variables can\nb:variance variate\nb:variant filter\nb:variant variance\nb:variante variant\nb:variants vueapp\nb:varint out\nb:vars identifier\nb:vec u8\nb:vendor bin\nb:vendor modules\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verbose grep\nb:verbose sed\nb:verification failed\nb:verification metadata\nb:verify false\nb:verify the\nb:verifying checksum\nb:version 0\nb:version failed\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version of\nb:version provider\nb:version require\nb:version solving\nb:version spec\nb:version that\nb:version v\nb:version v1\nb:version v2\nb:version v6\nb:version verbose\nb:version version\nb:version_check v0\nb:versions 0\nb:versions baseline\nb:versions for\nb:versions in\nb:versions may\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:via pandas\nb:via this\nb:vietflux ime\nb:view model\nb:viewmodel vpn\nb:viper bind\nb:virtual environment\nb:virtualenv 0\nb:visit https\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest dist\nb:vitest run\nb:vitest runner\nb:viz dashboard\nb:vpn android\nb:vpn cargo\nb:vpn data\nb:vpn git\nb:vpn gui\nb:vpn is\nb:vpn keycloak\nb:vpn main\nb:vpn native_lib\nb:vpn o\nb:vpn screen\nb:vpn service\nb:vpn shared\nb:vpn ui\nb:vpn view\nb:vpn viewmodel\nb:vpn_mtu option\nb:vs threading\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability https\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w 0\nb:w a\nb:w ampere\nb:w d_\nb:w dactyl\nb:w e\nb:w file\nb:w h\nb:w home\nb:w i\nb:w n\nb:w o\nb:w r\nb:w repo\nb:w s\nb:w t\nb:w the\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want npm\nb:want to\nb:want unicode\nb:want v0\nb:warn code\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning as\nb:warning build\nb:warning error\nb:warning failed\nb:warning file\nb:warning github\nb:warning into\nb:warning mode\nb:warning no\nb:warning rolling_mean\nb:warning spurious\nb:warning the\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warning was\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was 0\nb:was active\nb:was canceled\nb:was created\nb:was defined\nb:was last\nb:was low\nb:was not\nb:was passed\nb:was provided\nb:was reached\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:wasmi_core v0\nb:watch all\nb:watch o\nb:watchos 0\nb:watchos arm64\nb:watchos main\nb:watchos simulator\nb:watchos x64\nb:we can\nb:we have\nb:we location\nb:we stopped\nb:we try\nb:web 0\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:web3_universal_ledger from\nb:web_service backend\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:welcome md\nb:welcome to\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:were supplied\nb:were used\nb:werror unused\nb:west cygwin\nb:west main\nb:west master\nb:west unlabeled\nb:west zephyr\nb:what s\nb:what was\nb:what went\nb:wheel 0\nb:wheel finished\nb:wheel for\nb:wheel started\nb:wheels aarch64\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when set\nb:when the\nb:when true\nb:when workspaces\nb:when your\nb:where 0\nb:where a\nb:where the\nb:which is\nb:which requires\nb:which types\nb:which you\nb:while assembling\nb:while awaiting\nb:while checking\nb:while executing\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:while waiting\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:whl 0\nb:whl metadata\nb:whose install\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:wildcard import\nb:will be\nb:will change\nb:will do\nb:win2012 x86\nb:win22 0\nb:win25 0\nb:window mean\nb:windows 0\nb:windows for\nb:windows latest\nb:windows mac\nb:windows msvc\nb:windows r\nb:windows server\nb:windows vpn\nb:windows windows2022\nb:windows2022 readme\nb:windows_ n\nb:with 0\nb:with a\nb:with all\nb:with allow\nb:with an\nb:with annotations\nb:with any\nb:with architecture\nb:with backtrace\nb:with body\nb:with code\nb:with copyright\nb:with digest\nb:with env\nb:with error\nb:with errors\nb:with exit\nb:with external\nb:with frozen\nb:with git\nb:with gitlab\nb:with gradle\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with message\nb:with multiple\nb:with no\nb:with non\nb:with package\nb:with path\nb:with r\nb:with scan\nb:with server\nb:with shell\nb:with stacktrace\nb:with status\nb:with swift\nb:with the\nb:with timeout\nb:with trace\nb:with verify\nb:with version\nb:with vulnerabilities\nb:with write\nb:with xlint\nb:with your\nb:within 0\nb:within a\nb:within the\nb:without file\nb:without impacting\nb:without starting\nb:without the\nb:woff2 0\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work actions\nb:work api\nb:work around\nb:work assets\nb:work badge\nb:work beringin\nb:work bigdata\nb:work billing\nb:work cart\nb:work chadburn\nb:work chat\nb:work cogni\nb:work configr\nb:work counter\nb:work crc\nb:work cross_platform_signal\nb:work dart_web3\nb:work dashboard\nb:work dates\nb:work deploy\nb:work dht\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fortuna\nb:work fw\nb:work geo\nb:work graph\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work imgproc\nb:work integration\nb:work inventory\nb:work ipfs\nb:work jizhang\nb:work jobs\nb:work kotlin\nb:work landing\nb:work ledger\nb:work liquifact\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work omg\nb:work open\nb:work ops\nb:work org\nb:work phpunit\nb:work pkgtool\nb:work preparer\nb:work pricing\nb:work proto\nb:work py\nb:work pyserve\nb:work quasar\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work rootstock\nb:work satu\nb:work sdk\nb:work sensor\nb:work shop\nb:work shorturl\nb:work site\nb:work slug\nb:work slugger\nb:work slugs\nb:work space\nb:work stats\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work tsbootstrap\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:work zurichsee_ha\nb:worker execute\nb:worker i\nb:worker information\nb:worker thread\nb:worker tree\nb:workflow directory\nb:workflow is\nb:workflow job\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace billing\nb:workspace build\nb:workspace crates\nb:workspace etl\nb:workspace geo\nb:workspace git\nb:workspace home\nb:workspace imgproc\nb:workspace name\nb:workspace queue\nb:workspace root\nb:workspace samples\nb:workspace units\nb:workspace workspace\nb:workspaces are\nb:workspaces include\nb:workspaces of\nb:workspaces vs\nb:worktree config\nb:worktrees path\nb:would be\nb:would have\nb:would reformat\nb:wraparound failed\nb:wrapper dists\nb:write to\nb:write true\nb:writely notes\nb:writing image\nb:writing summary\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www docker\nb:www shellcheck\nb:x 0\nb:x a\nb:x compile\nb:x compiler\nb:x crates\nb:x e\nb:x expected\nb:x f\nb:x ferro\nb:x g\nb:x git\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x sync\nb:x t\nb:x tar\nb:x target\nb:x test_client\nb:x x\nb:x000001 b\nb:x32_2 0\nb:x64 bin\nb:x64 flutter\nb:x64 lib\nb:x64 main\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x64 windows\nb:x8 a\nb:x86 0\nb:x86_64 a\nb:x86_64 linux\nb:x86_64 unknown\nb:x_ p\nb:x_ r\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xf home\nb:xfailed in\nb:xfonts encodings\nb:xg66 0\nb:xjc generation\nb:xml 0\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:xzv c\nb:y a\nb:y c\nb:y f\nb:y go\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:y t\nb:y w\nb:y_ a\nb:y_ d\nb:y_ r\nb:yaml 0\nb:yaml is\nb:yaml load\nb:yaml safe_load\nb:yaml truthy\nb:yarl 0\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yesterday thebeatles\nb:yml 0\nb:yml line\nb:yoke v0\nb:you are\nb:you can\nb:you create\nb:you don\nb:you have\nb:you make\nb:you mean\nb:you missing\nb:you must\nb:you need\nb:you re\nb:you want\nb:your build\nb:your code\nb:your dependencies\nb:your gemfile\nb:your gradle\nb:your lock\nb:your lockfile\nb:your network\nb:your own\nb:your package\nb:your pipfile\nb:your plan\nb:your project\nb:your pull\nb:your requirements\nb:your test\nb:your version\nb:z a\nb:z c\nb:z current\nb:z debug\nb:z group\nb:z h\nb:z l\nb:z m\nb:z post\nb:z toolchain\nb:zephyr module\nb:zephyr v1\nb:zephyrproject rtos\nb:zero code\nb:zero exit\nb:zero no\nb:zerox80 mavi\nb:zig 0\nb:zig build\nb:zigler 0\nb:zipp 0\nb:zmk config\nb:zmkfirmware zmk\nb:zstd is\nb:zurichsee_ha requirements\nb:zurichsee_ha zurichsee_ha\nb:zzpmw to\nf:0\nf:a\nf:action\nf:actions\nf:actual\nf:add\nf:added\nf:adding\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:android\nf:annotated\nf:anomaly_history\nf:ansible\nf:api\nf:apk\nf:app\nf:apr\nf:arch\nf:archinstall\nf:archive\nf:array\nf:artifact\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:azure\nf:b\nf:bad\nf:bash\nf:because\nf:beginning\nf:benchmarks\nf:beringin\nf:billing\nf:bin\nf:binary\nf:black\nf:body\nf:branch\nf:bucket\nf:build\nf:build_dir\nf:building\nf:builds\nf:buildx\nf:built\nf:bun\nf:bundle\nf:bundler\nf:busted\nf:but\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caching\nf:cancelled\nf:cancelling\nf:cannot\nf:cargo\nf:cart\nf:cat\nf:cause\nf:caused\nf:cc\nf:cc1\nf:cd\nf:changes\nf:check\nf:checked\nf:checking\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:click\nf:client\nf:cloning\nf:cmake\nf:cmd\nf:code\nf:cogni\nf:collect2\nf:collected\nf:collecting\nf:collection\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:completed\nf:components\nf:composer\nf:compression\nf:config\nf:configfile\nf:configure\nf:configuring\nf:congratulations\nf:conn\nf:connection\nf:connects\nf:consider\nf:console\nf:const\nf:construct\nf:consumer\nf:container\nf:contents\nf:context7\nf:continue\nf:copying\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:create\nf:created\nf:creating\nf:ctest\nf:curl\nf:current\nf:custom_components\nf:d\nf:d101\nf:d12341ef4ed7\nf:daemon\nf:datacenter\nf:dd\nf:debug\nf:def\nf:default\nf:deleting\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detected\nf:detecting\nf:determining\nf:dev\nf:dhtl_entry\nf:dhtl_entry_windows\nf:did\nf:diff\nf:difference\nf:disable\nf:disabling\nf:dist\nf:distribution\nf:do\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:don\nf:done\nf:double\nf:download\nf:downloaded\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:during\nf:e\nf:e1001\nf:echo\nf:edit\nf:elif\nf:elixir\nf:else\nf:enable\nf:end\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:escrow\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:examples\nf:exceeded\nf:exception\nf:exec\nf:executing\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:experimental\nf:explicit\nf:export\nf:exporting\nf:extra_cmake_args\nf:extracting\nf:f\nf:f401\nf:f403\nf:f420ae9f738c\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:federator\nf:feed\nf:fetch\nf:fetched\nf:fetching\nf:fi\nf:field\nf:file\nf:files\nf:finalizing\nf:find\nf:finished\nf:finishing\nf:first\nf:fix\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:flutter\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:format\nf:formatter\nf:found\nf:freethreaded\nf:from\nf:frontend\nf:g\nf:gathering\nf:gcc\nf:gem\nf:generate\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:gh\nf:git\nf:github\nf:glob\nf:global\nf:gmake\nf:go\nf:golang\nf:goroutine\nf:got\nf:gpg\nf:gradle\nf:gradlew\nf:grep\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:http_parser\nf:https\nf:i\nf:if\nf:ignore\nf:image\nf:images\nf:implemented\nf:import\nf:in\nf:include\nf:included\nf:includeif\nf:incubating\nf:index\nf:info\nf:initialized\nf:initializing\nf:input\nf:install\nf:install_gui_linux\nf:installed\nf:installing\nf:instance\nf:instructions\nf:internal\nf:interrupted\nf:invalid\nf:ios\nf:is\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:key\nf:knows\nf:kotlin\nf:l\nf:laravel\nf:learn\nf:ledger\nf:lerna\nf:let\nf:level\nf:lfs\nf:lib\nf:libdbus\nf:libfreetype6\nf:libgbm1\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:linux\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:lockfiles\nf:logs\nf:looking\nf:lookup\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:max\nf:mcp\nf:medium\nf:melos\nf:meson\nf:message\nf:meta\nf:metadata\nf:method\nf:microsoft\nf:minutes\nf:miscellaneous\nf:missing\nf:mix\nf:mkdir\nf:mnt\nf:mode\nf:model\nf:models\nf:moderate\nf:module\nf:money\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:naming\nf:network\nf:new\nf:next\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:notice\nf:npm\nf:npx\nf:number\nf:numpy\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:one\nf:open\nf:opencode\nf:operating\nf:operator\nf:opt\nf:or\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:packaging\nf:pandas\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:performing\nf:persist\nf:php\nf:phpunit\nf:pip\nf:pipeline\nf:pixi\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:port\nf:post\nf:pre\nf:prefix\nf:prepare\nf:prepared\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:prompt\nf:properties\nf:provider\nf:psql\nf:public\nf:pulling\nf:pydantic\nf:pyproject\nf:pytest\nf:python\nf:python2_\nf:python3\nf:python3_\nf:python_\nf:qualified_races\nf:r\nf:raise\nf:rake\nf:ran\nf:range\nf:raw_race_data\nf:read\nf:reading\nf:reason\nf:received\nf:receiving\nf:recommendation\nf:regression\nf:rejected\nf:release\nf:remote\nf:removing\nf:repository\nf:require\nf:reset\nf:resolve\nf:resolved\nf:resolving\nf:resource\nf:resp\nf:restore\nf:restored\nf:restoring\nf:restricted\nf:result\nf:results\nf:retention\nf:return\nf:returns\nf:reuse\nf:reviewdog\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:root\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rust\nf:rustc\nf:rustup\nf:s\nf:safety\nf:save\nf:scan\nf:scanned\nf:schema\nf:scikit\nf:scipy\nf:scrapling\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:security\nf:sed\nf:see\nf:self\nf:sending\nf:sensor\nf:sentry\nf:serde_json\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:sha256\nf:shell\nf:shellcheck\nf:short\nf:should\nf:show\nf:skill\nf:skipped\nf:skipping\nf:slug_test\nf:smoke\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:source_span\nf:sparse\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stack_trace\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:state\nf:statsmodels\nf:status\nf:stderr\nf:step\nf:steps\nf:stopping\nf:stored\nf:string\nf:string_scanner\nf:stylelint\nf:subject\nf:submodules\nf:subtest\nf:success\nf:successfully\nf:sudo\nf:suites\nf:summary\nf:super\nf:svelte\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:tar\nf:target\nf:targets\nf:task\nf:tasks\nf:team\nf:teamcity\nf:temporarily\nf:term_glyph\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:text\nf:tflint\nf:the\nf:there\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tment\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:tools\nf:total\nf:touch\nf:traceback\nf:transferring\nf:transforming\nf:tree\nf:trim\nf:trims\nf:true\nf:truncate\nf:try\nf:tsbootstrap\nf:tsc\nf:turn\nf:type\nf:typed_data\nf:typing\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unexpected\nf:unformatted\nf:unfortunately\nf:unidecode\nf:unit\nf:unknown\nf:unpacking\nf:unschedulable\nf:unused\nf:up\nf:update\nf:updating\nf:uploading\nf:url\nf:urllib3\nf:use\nf:used\nf:users\nf:using\nf:usr\nf:uv\nf:v\nf:v0\nf:v1\nf:v3\nf:value\nf:variable\nf:venv\nf:version\nf:via\nf:view\nf:virtualenv\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:watch\nf:we\nf:web\nf:webpack\nf:welcome\nf:what\nf:when\nf:windows\nf:with\nf:work\nf:worker\nf:workflow\nf:working\nf:workspace\nf:workspaces\nf:would\nf:write\nf:writing\nf:wrote\nf:x\nf:xml\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a_\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:absolute\nnw:abuild\nnw:acceptance\nnw:access\nnw:account\nnw:action\nnw:actions\nnw:active\nnw:actual\nnw:add\nnw:added\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:again\nnw:agent\nnw:ajv\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:amd64\nnw:ammount\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:args\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:around\nnw:arrow_glacier\nnw:artifact\nnw:artifacts\nnw:as\nnw:asked\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assets_page\nnw:assignable\nnw:assigned\nnw:assignment\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:avoid\nnw:awesome\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b_\nnw:back\nnw:backticks\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:billing\nnw:bin\nnw:binaries\nnw:binary\nnw:bind\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:bom\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:buf\nnw:buffer\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:built\nnw:bun\nnw:bundle\nnw:bundler\nnw:busted\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2006\nnw:c2013\nnw:c2065\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cargo_common_metadata\nnw:cart\nnw:cart_spec\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:central\nnw:certificate\nnw:chain_generics\nnw:change\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:circleci\nnw:cirrus\nnw:cjs\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloning\nnw:closing\nnw:cloud\nnw:club\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codec\nnw:codecov\nnw:codes\nnw:coding\nnw:coercion\nnw:collecting\nnw:collection\nnw:collector\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compatible\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:compute_header_hash\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connected\nnw:connecting\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:container\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contracts\nnw:control\nnw:controller\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:covdata\nnw:coverage\nnw:cpp\nnw:cpu\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:date\nnw:db\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:deep\nnw:def\nnw:default\nnw:defined\nnw:delete\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detecto\nnw:detector\nnw:dev\nnw:device\nnw:dial\nnw:did\nnw:diff\nnw:different\nnw:differs\nnw:digest\nnw:dir\nnw:directory\nnw:disable\nnw:discount\nnw:dispatch\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documents\nnw:does\nnw:doesn\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:downloads\nnw:drone\nnw:dsafio\nnw:due\nnw:dumping\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:editor\nnw:eebxo6ax\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:em_http\nnw:emit\nnw:empty\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:ends\nnw:enforcer\nnw:engine\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errgroup\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:escrow\nnw:eslint\nnw:est\nnw:establish\nnw:ethereum\nnw:eval\nnw:evaluate\nnw:event\nnw:events\nnw:every\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:externalize\nnw:extra\nnw:extracted\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:finance\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixture\nnw:fixtures\nnw:fixtures_spec\nnw:flag\nnw:flags\nnw:flow\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:forbidden\nnw:force\nnw:foreign\nnw:fork\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:formed\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:further\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getaddrinfo\nnw:getting\nnw:ggml\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goproxy\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:graph\nnw:gravito\nnw:greater\nnw:greeting\nnw:group\nnw:groups\nnw:gui\nnw:guilouro\nnw:gulp\nnw:gz\nnw:h\nnw:h_\nnw:had\nnw:handle\nnw:handler\nnw:happened\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hatch\nnw:hatchling\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:home\nnw:hook\nnw:host\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:increase\nnw:index\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:install_gui_linux\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instructions\nnw:instrument\nnw:insufficient\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:invoice\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:issue\nnw:issues\nnw:ist\nnw:it\nnw:item\nnw:items\nnw:its\nnw:j\nnw:jar\nnw:jasmine\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:ktlint\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:legacy\nnw:lein\nnw:lenght\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:libc6\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:llama\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:longer\nnw:looking\nnw:loop\nnw:low\nnw:lower\nnw:lower_snake_case\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:macos\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:managed\nnw:manager\nnw:manifest\nnw:manual\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:mavi\nnw:max\nnw:may\nnw:maybe\nnw:mcomella\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:mhelp\nnw:microsoft\nnw:migrate\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:money\nnw:money_test\nnw:more\nnw:most\nnw:mozilla\nnw:ms\nnw:msg\nnw:mt\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:n_\nnw:name\nnw:names\nnw:namespace\nnw:native\nnw:nav\nnw:ne13\nnw:ne2\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:ng\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:nodes\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:notation\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:notsup\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:openjdk\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:packet\nnw:pad\nnw:padding\nnw:page\nnw:pages\nnw:paket\nnw:panicked\nnw:parallel\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parser\nnw:parsing\nnw:part\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pc\nnw:pd\nnw:pending\nnw:performance\nnw:perhaps\nnw:period\nnw:phase\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pixi\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pod\nnw:pods\nnw:poet\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:possibly\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:pricing\nnw:printf\nnw:problem\nnw:problems\nnw:process\nnw:processes\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:punctuation\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:quasar\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:rate\nnw:ratelimit\nnw:rather\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:reassigned\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejections\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:releases\nnw:relying\nnw:remaining\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:repos\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:requests\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:returns\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:rspec\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:schemas\nnw:scope\nnw:score\nnw:screens\nnw:script\nnw:scripts\nnw:sdk\nnw:search\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:serde\nnw:serialize\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:setting\nnw:settings\nnw:severity\nnw:sh\nnw:sha256\nnw:share\nnw:shared\nnw:shell\nnw:shellcheck\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shrinkwrap\nnw:shutdown\nnw:signal\nnw:simple\nnw:single\nnw:sit\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slow\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:solve\nnw:solving\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:sp\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:spelling\nnw:split\nnw:splitting\nnw:spurious\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:staging\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:starts\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stderr\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:studio\nnw:style\nnw:sub\nnw:subprocess\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:tags\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:task_queues\nnw:tasks\nnw:tcp\nnw:teamcity\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_error\nnw:test_fail\nnw:test_low_stock_threshold\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:thrown\nnw:ticks\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:tint\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:token\nnw:toml\nnw:too\nnw:took\nnw:tool\nnw:toolbox\nnw:tooling\nnw:tools\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transfer\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trims\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:u1101\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unauthorized\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undeclared\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unintended\nnw:unit\nnw:units\nnw:unix\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:unschedulable\nnw:unsupported\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:upload\nnw:uploading\nnw:uri\nnw:uri_does_not_exist\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:utxos\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:visual\nnw:vite\nnw:vpn\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\nnw:zzpmw\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a01e7751d80c\nw:a04\nw:a07\nw:a1082be0\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a5\nw:a62\nw:a6c70a5\nw:a75ec\nw:a7aef8b1\nw:a_\nw:aa\nw:aarch64\nw:aashish\nw:ab0x\nw:ab284314\nw:abi3\nw:ability\nw:able\nw:abort\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:abuild\nw:ac27\nw:ac6\nw:accept\nw:access\nw:accordingly\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:act_container_manager\nw:act_linter\nw:action\nw:action_actionlint\nw:actionable\nw:actionlint\nw:actionpack\nw:actions\nw:activate\nw:active\nw:activemodel\nw:activerecord\nw:actual\nw:ad613ffba\nw:adapter\nw:adapters\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:address\nw:ade2\nw:adler32\nw:admin\nw:advancing\nw:advice\nw:advisories\nw:advisory\nw:aes\nw:af\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:agents\nw:aggregate\nw:ago\nw:agree\nw:ai\nw:aiogithubapi\nw:aiohappyeyeballs\nw:aiohasupervisor\nw:aiohttp\nw:aiooui\nw:aiosignal\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:all\nw:allocate\nw:allocation\nw:allow\nw:allowed\nw:alongside\nw:alpha1\nw:alphabetical\nw:alpine\nw:alpine3\nw:alpinelinux\nw:already\nw:als\nw:alternative\nw:always\nw:ambroisie\nw:amd64\nw:ammount\nw:amount\nw:ampere\nw:amphp\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:analytics\nw:analyze\nw:and\nw:andi\nw:android\nw:annotated\nw:annotation\nw:annotations\nw:anomaly_history\nw:anonymous\nw:another\nw:ansi\nw:ansible\nw:answer\nw:any\nw:any_\nw:anyio\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apis\nw:apk\nw:app\nw:appcompat\nw:appears\nw:append\nw:apple\nw:application\nw:applied\nw:applies\nw:apply\nw:approval\nw:approx\nw:apps\nw:apr\nw:apt\nw:arbitrary\nw:arc\nw:arch\nw:archinstall\nw:architect\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:ark\nw:arm\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:arturbosch\nw:as\nw:asd\nw:ask\nw:assembling\nw:assembly\nw:assert\nw:assert_eq\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assets_page\nw:assignable\nw:assigned\nw:assignment\nw:assistant\nw:associated\nw:ast\nw:astral\nw:astrogilda\nw:async\nw:async_hooks\nw:asyncio\nw:at\nw:attach\nw:attempt\nw:attempting\nw:attempts\nw:attr\nw:attribute\nw:attributes\nw:attrs\nw:audit\nw:audited\nw:auditor\nw:auth\nw:authenticating\nw:author\nw:auto\nw:automatically\nw:automation\nw:autonomous\nw:available\nw:avg\nw:avoid\nw:await\nw:awaiting\nw:awesomeness\nw:awk\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b2\nw:b28\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b5c67\nw:b6\nw:b602\nw:b627fbcd5589ae52\nw:b7\nw:b7c1d6e3f\nw:b8ej_\nw:b_\nw:b_allowed\nw:babb\nw:babel\nw:back\nw:backend\nw:backends\nw:backoff\nw:backports\nw:backticks\nw:bad\nw:badge\nw:bak\nw:bandit\nw:bar\nw:base\nw:base64\nw:based\nw:baseline\nw:bash\nw:basic\nw:batch\nw:bats\nw:bazel\nw:bb\nw:bc\nw:be\nw:be95da1\nw:beanie\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:beginning\nw:behavior\nw:behind\nw:being\nw:belanyi\nw:below\nw:benchmarks\nw:bergmann\nw:beringin\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigint\nw:bigquery\nw:bill\nw:billing\nw:bills\nw:bills_page\nw:bin\nw:binaries\nw:binary\nw:bind\nw:bintray\nw:binutils\nw:biome\nw:bit\nw:bitflags\nw:bitwise\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blocked\nw:blocking\nw:blog\nw:blt\nw:bluetooth\nw:blur\nw:bodies\nw:body\nw:book\nw:book_picker_page\nw:bookmarks\nw:bookworm\nw:bool\nw:boolean\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:boto3\nw:bound\nw:bounds\nw:branch\nw:branches\nw:branchpoint\nw:breadcrumbs\nw:break\nw:breaking\nw:brianbancroft\nw:bridgecrewio\nw:british\nw:broadcast\nw:broken\nw:brotli\nw:browser\nw:brulee\nw:bs\nw:bs4\nw:bucket\nw:budget_page\nw:buf\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:build1\nw:build_amd64\nw:build_dir\nw:builddir\nw:builder\nw:building\nw:buildkit\nw:buildprocess\nw:builds\nw:buildtree\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:button\nw:by\nw:bypass\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c12\nw:c1d2e3\nw:c1e\nw:c2\nw:c2045\nw:c2065\nw:c2086\nw:c2146\nw:c2_\nw:c3\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_\nw:c_to_f\nw:ca\nw:ca9\nw:cab\nw:cabal\nw:cache\nw:cache_rs\nw:cached\nw:cachedir\nw:cachekey\nw:cacheprovider\nw:caches\nw:caching\nw:call\nw:call_once\nw:callable\nw:callback\nw:called\nw:calling\nw:calls\nw:camoufox\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:candidate\nw:cannot\nw:capability\nw:capsules\nw:captioner\nw:capture\nw:card\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:cast\nw:cast_lossless\nw:cast_possible_truncation\nw:casting\nw:castle\nw:casts\nw:cat\nw:catch\nw:categories\nw:category\nw:catsnn\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cdn\nw:ce061790ffbc\nw:cell\nw:central\nw:centralus\nw:certifi\nw:cf\nw:cffi\nw:cfg\nw:cgen\nw:ch\nw:chadburn\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:channels\nw:chapter3\nw:char\nw:characters\nw:chars\nw:charset\nw:chart\nw:charts_page\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:checksums\nw:chef\nw:chemie\nw:child\nw:chmod\nw:cholerae\nw:chosen\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:ciborium\nw:cinterop\nw:cipher\nw:circle\nw:circleci\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clause\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:cleartext\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:cloud\nw:cloudflare\nw:cluster\nw:cm\nw:cmake\nw:cmd\nw:cmds\nw:cmsis\nw:co\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec_test\nw:codecov\nw:codegen\nw:coder\nw:codespell\nw:codex\nw:coercion\nw:cogni\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:collections\nw:collector\nw:collision\nw:color\nw:colors\nw:colr\nw:column\nw:columns\nw:com\nw:come\nw:command\nw:command_dispatcher\nw:command_line_interface\nw:command_line_warnings\nw:command_runner\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:commits\nw:common\nw:commonization\nw:commonly\nw:comms\nw:communication\nw:community\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:compliant\nw:component\nw:component_test\nw:components\nw:compress\nw:compressing\nw:compression\nw:compute\nw:computed\nw:concepts\nw:conclude\nw:conclusion\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:cone\nw:conf\nw:confidence\nw:config\nw:configfile\nw:configr\nw:configuration\nw:configure\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:conftest\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectionpool\nw:connectivity\nw:connector\nw:connects\nw:connrefused\nw:consider\nw:considered\nw:console\nw:constraint\nw:constraints\nw:construct\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:container_test_runner\nw:containers\nw:containing\nw:contains\nw:content\nw:contents\nw:context\nw:context7\nw:continue\nw:contract\nw:contracts\nw:contrib\nw:contributors\nw:control\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:converted\nw:cookie\nw:cop\nw:copy\nw:copying\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:corrected\nw:correctness\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counting\nw:counts\nw:cov\nw:covdata\nw:cover\nw:coverage\nw:covered\nw:cp\nw:cp310\nw:cp311\nw:cp314\nw:cp38\nw:cpp\nw:cpu\nw:cpufeatures\nw:cpython\nw:cr\nw:crash\nw:crashlytics\nw:crate\nw:crates\nw:crates2\nw:crc\nw:create\nw:create_connection\nw:created\nw:creates\nw:creating\nw:creation_with_non_type\nw:credentials\nw:creme\nw:cronjs\nw:cross\nw:cross_platform_signal\nw:crossbeam\nw:crypto\nw:crypto_sign\nw:cryptography\nw:crystal\nw:cs\nw:csl\nw:cspell\nw:csproj\nw:css\nw:cssx\nw:cstuff\nw:csv\nw:csvkit\nw:csys\nw:ctest\nw:ctrl\nw:curl\nw:current\nw:currently\nw:curve25519\nw:cusr\nw:custom\nw:custom_components\nw:cwiki\nw:cygwin\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d12341ef4ed7\nw:d1c2f4a\nw:d1f\nw:d2c1e0f\nw:d2f6c0b\nw:d345270\nw:d55\nw:d_\nw:dactyl\nw:dactyl_left\nw:daemon\nw:daemons\nw:dalek\nw:dangerously\nw:darling_core\nw:darling_macro\nw:dart\nw:dart_web3\nw:darwin\nw:dash\nw:dashboard\nw:dashes\nw:dashmap\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datakit\nw:datasert\nw:date\nw:dates\nw:dateutil\nw:david\nw:day\nw:days\nw:db\nw:dbkit\nw:dd\nw:dd7935\nw:de\nw:deadline\nw:dealing\nw:deb12u1\nw:debian\nw:debug\nw:debug_html_parser\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:declared\nw:decode\nw:decorator\nw:ded5c06cf\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defaults\nw:defined\nw:defining\nw:definition\nw:defs\nw:degraded\nw:delay\nw:delete\nw:deleted\nw:deleting\nw:delimiter\nw:deltas\nw:demo\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deployments\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:der\nw:dereferenced\nw:derive\nw:deriving\nw:derliebemarcus\nw:desc\nw:describe\nw:description\nw:deserialize\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detection\nw:detector\nw:detectors\nw:detekt\nw:determining\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:dht\nw:dhtl_commands\nw:dhtl_commands_standalone\nw:dhtl_commands_workflows\nw:dhtl_entry\nw:dhtl_entry_windows\nw:dhtl_github\nw:dhtl_guardian_command\nw:dhtl_version\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:dict\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:differs\nw:diffplug\nw:digest\nw:dir\nw:direct\nw:directive\nw:directly\nw:directories\nw:directory\nw:dirs\nw:disable\nw:disabled\nw:disabling\nw:discard\nw:discount\nw:discover\nw:discover_page\nw:discovered\nw:discovery\nw:disk\nw:dispatch\nw:dispatcher\nw:display\nw:displays\nw:dist\nw:distribution\nw:distributions\nw:div\nw:division\nw:django\nw:dl\nw:dlizzz\nw:dll\nw:do\nw:doc\nw:doc_markdown\nw:docker\nw:dockerfile\nw:dockerignore\nw:docs\nw:docstring\nw:doctrine\nw:document\nw:documentation\nw:documents\nw:doer\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotenv\nw:dotfiles\nw:dotnet\nw:dotnet10\nw:double\nw:down\nw:downgrade\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:drain\nw:driver\nw:drone\nw:dronelink\nw:dropdown\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duplication\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:dyn\nw:dynamic\nw:dynload\nw:e\nw:e0\nw:e0061\nw:e0106\nw:e0277\nw:e0308\nw:e0401\nw:e0425\nw:e0599\nw:e10\nw:e1001\nw:e1101\nw:e1d16c0fb783\nw:e225\nw:e231\nw:e24\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e542025d9062\nw:e58d67b4\nw:e7\nw:e8\nw:e8f\nw:e_\nw:e_path\nw:each\nw:eadcdc7d\nw:eastus2\nw:ec\nw:echo\nw:eclipse\nw:ed25519\nw:edeandrea\nw:edge\nw:edit\nw:editor\nw:ee\nw:eebxo6ax\nw:efde290b\nw:eff\nw:egeria\nw:either\nw:elapsed\nw:elem\nw:element\nw:elements\nw:elif\nw:elite\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embark\nw:embedded\nw:emit\nw:emitted\nw:emitter\nw:empties\nw:empty\nw:en\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encodings\nw:encountered\nw:end\nw:endheaders\nw:endpoints\nw:ends\nw:ends_with\nw:enforcer\nw:engine\nw:engineers\nw:enhancements\nw:enough\nw:entering\nw:entirely\nw:entities\nw:entity\nw:entry\nw:entrypoint\nw:env\nw:environment\nw:envs\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:epoch\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:equivalent\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errgroup\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escape\nw:escaped\nw:escrow\nw:escrow_id\nw:eslint\nw:est\nw:eta\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluating\nw:evaluator\nw:event\nw:events\nw:ever\nw:every\nw:ex\nw:exactly\nw:example\nw:examples\nw:exceeded\nw:exceeds\nw:exception\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:experimental\nw:explain\nw:explanations\nw:explicit\nw:explicitly\nw:explore\nw:export\nw:exported\nw:exporting\nw:exports\nw:expr\nw:express\nw:expressed\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:extra\nw:extra_cmake_args\nw:extracting\nw:extraheader\nw:extras\nw:f\nw:f1d2c3b\nw:f242abd9c8e\nw:f401\nw:f403\nw:f420ae9f738c\nw:f53616\nw:f841\nw:f909ac5\nw:f_\nw:f_to_c\nw:fa\nw:factory\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fall\nw:fallback\nw:false\nw:familjen\nw:family\nw:fast\nw:fastapi\nw:faster\nw:fasterxml\nw:fastlane\nw:fatal\nw:fb\nw:fc58aa\nw:fc97a4c5\nw:fd\nw:feature\nw:features\nw:fedbox\nw:federation\nw:federator\nw:feed\nw:feeds\nw:ferro\nw:fetch\nw:fetched\nw:fetcher\nw:fetching\nw:few\nw:ff\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finalizing\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fits\nw:fix\nw:fixable\nw:fixed\nw:fixedbitset\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flags\nw:flake\nw:flash\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:fonts\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:forge\nw:forgot\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:fortuna\nw:found\nw:foundation\nw:fp4\nw:fr\nw:fragment\nw:frames\nw:framework\nw:free\nw:freethreaded\nw:freetype\nw:freeze\nw:freezing\nw:fresh\nw:from\nw:frontend\nw:frozen\nw:frozenlist\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functionality\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:futures\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g325\nw:g4q\nw:g8001\nw:g_\nw:galaxy\nw:garbage\nw:gateway\nw:gateway_addresses\nw:gathering\nw:gc\nw:gcc\nw:gcd_import\nw:gcm\nw:gcr\nw:gdb\nw:gem\nw:gemfile\nw:gemini\nw:gems\nw:gen\nw:gen_tmp\nw:general\nw:generate_summary\nw:generated\nw:generating\nw:generation\nw:generator\nw:genesis\nw:geo\nw:get\nw:get_settled_at\nw:get_sources\nw:getrandom\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:ghcr\nw:gi\nw:git\nw:gitconfig\nw:gitdir\nw:github\nw:gitlab\nw:gitleaks\nw:given\nw:gix\nw:gl\nw:glibc\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:goes\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:gpt\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:gravito\nw:greater\nw:green\nw:greenlet\nw:greeting\nw:grep\nw:grgit\nw:groovy\nw:grotesk\nw:group\nw:groups\nw:grpc\nw:guava\nw:guilouro\nw:gulp\nw:gyp\nw:gz\nw:gzip\nw:h\nw:h0m0s\nw:h0s9kvb6g2sinako7ub77ku\nw:h11\nw:h2\nw:h223492759\nw:h5\nw:h600\nw:h_\nw:habluetooth\nw:had\nw:hadolint\nw:hadrian\nw:hal\nw:handbook\nw:handle\nw:handled\nw:handler\nw:handles\nw:handling\nw:happen\nw:happy\nw:hard\nw:harfbuzz\nw:harness\nw:has\nw:hash\nw:hashbrown\nw:hashmap\nw:haskell\nw:hass\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:headless\nw:heads\nw:health\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hh\nw:hhp\nw:hi\nw:hicpp\nw:hidden\nw:hierarchy\nw:high\nw:higher\nw:highlights\nw:hint\nw:history\nw:hit\nw:hits\nw:hive\nw:hoisted\nw:hoisting\nw:home\nw:home_page\nw:homeassistant\nw:homebrew\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:hours\nw:how\nw:href\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:http_parser\nw:httparse\nw:httpcomponents\nw:httpcore\nw:https\nw:httpx\nw:hub\nw:humanwhocodes\nw:husky\nw:i\nw:i128\nw:i_\nw:ibis\nw:ibis_bigquery\nw:ic\nw:ic3bur\nw:icon\nw:icons\nw:icu\nw:icu_normalizer_data\nw:icu_properties_data\nw:id\nw:idea\nw:ident\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idna\nw:idx\nw:ie\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:im\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:ime\nw:imgproc\nw:iml1s\nw:immediately\nw:immutable\nw:impacting\nw:impl\nw:implausibly\nw:implement\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importlib\nw:importlib_metadata\nw:imports\nw:impossible\nw:improvements\nw:in\nw:inactivity\nw:inc\nw:include\nw:included\nw:includeif\nw:includes\nw:including\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistencies\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:increase\nw:increment\nw:incremental\nw:incubating\nw:indentation\nw:index\nw:indicate\nw:indicates\nw:individual\nw:ineffective\nw:infallibly\nw:info\nw:information\nw:infra\nw:infrastructure\nw:iniconfig\nw:init\nw:init__\nw:initial\nw:initialize\nw:initialized\nw:initializing\nw:inject\nw:injection\nw:inner\nw:input\nw:inputs\nw:insensitive\nw:insert\nw:inside\nw:insights\nw:inspect\nw:inspected\nw:install\nw:install_gui_linux\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instantiation\nw:instead\nw:instructions\nw:instrument\nw:instrumented\nw:instrumenting\nw:insufficient\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interactive\nw:interface\nw:interfaces\nw:intermediate\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:invalid_constant\nw:inventory\nw:investigation\nw:invoice\nw:invoices\nw:invoke\nw:invoked\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ipfs\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:is_none\nw:is_settleable\nw:isn\nw:isntall\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:ist\nw:it\nw:item\nw:items\nw:iter\nw:iterable\nw:iterating\nw:iterator\nw:itertools\nw:itoa\nw:its\nw:itself\nw:j\nw:j2\nw:j30\nw:j_\nw:jackson\nw:jakarta\nw:jar\nw:jaraco\nw:jars\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetbrains\nw:jetty\nw:jizhang\nw:job\nw:jobs\nw:jobsys\nw:john\nw:jonesn\nw:jooq\nw:jq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julian\nw:junit\nw:jupiter\nw:jupyter\nw:just\nw:jxoesneon\nw:k\nw:k8s\nw:k_\nw:kangkabseok2021\nw:kata\nw:keccak\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keycloak\nw:keygen\nw:keymanapp\nw:keyring\nw:keys\nw:keystore\nw:keyword\nw:keywords\nw:ki\nw:kill\nw:killed\nw:kind\nw:kiriyaga\nw:kit\nw:km_to_miles\nw:knob\nw:known\nw:koans\nw:koch\nw:kotlin\nw:kt\nw:ktlint\nw:kts\nw:kube\nw:kubernetes\nw:kwargs\nw:kyryl\nw:l\nw:l1s\nw:l3\nw:l3008\nw:l3013\nw:l_\nw:lab\nw:label\nw:labs\nw:lambda\nw:landing\nw:lang\nw:language\nw:language_tags\nw:laravel\nw:large\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:layers\nw:layout\nw:lazy\nw:ld\nw:league\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:less\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libasound2\nw:libatk1\nw:libc\nw:libc6\nw:libdbus\nw:libfreetype6\nw:libgbm1\nw:libglib2\nw:library\nw:libs\nw:libtonode\nw:libxcomposite1\nw:libxfixes3\nw:libxrender1\nw:license\nw:license_file\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:liquifact\nw:liquifact_escrow\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:lite86\nw:litemap\nw:literal\nw:littpi\nw:live\nw:ll\nw:llama\nw:lloc\nw:llvm\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:locate\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lockfiles\nw:lodash\nw:log\nw:logger\nw:logging\nw:login\nw:login_page\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:longz4wqz\nw:look\nw:looking\nw:looks\nw:lookup\nw:loomy\nw:loop\nw:lost\nw:low\nw:lower\nw:lower_snake_case\nw:lru\nw:lspconfig\nw:lua\nw:lxml\nw:lz4\nw:m\nw:m0s\nw:m104\nw:m2\nw:m21\nw:m237\nw:m2repository\nw:m309\nw:m47\nw:m49\nw:m62\nw:m64\nw:m67\nw:m7\nw:m78\nw:m84\nw:m88\nw:m_\nw:mac\nw:machine\nw:macos\nw:macosx_11_0_arm64\nw:macro\nw:macro2\nw:macros\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:make_request\nw:makefile\nw:makes\nw:making\nw:malicious\nw:management\nw:manager\nw:manifest\nw:manifests\nw:manual\nw:manually\nw:manuell\nw:many\nw:manylinux1_x86_64\nw:manylinux2014_x86_64\nw:manylinux_2_17_x86_64\nw:manylinux_2_24_x86_64\nw:manylinux_2_28_x86_64\nw:manylinux_2_34_x86_64\nw:manylinux_2_5_x86_64\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marker\nw:marketing\nw:marking\nw:masonj0\nw:masque\nw:master\nw:match\nw:matched\nw:matcher\nw:matchers\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maturin\nw:maven\nw:maven2\nw:mavi\nw:mavivpn\nw:mawk\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:maybe\nw:mb\nw:mcgdiff\nw:mcp\nw:md\nw:mdi\nw:mdurl\nw:me\nw:me_page\nw:mean\nw:mean_suite\nw:measured\nw:mecho\nw:media\nw:meeting\nw:megalinter\nw:melos\nw:mem\nw:member\nw:memory\nw:merge\nw:merror\nw:meson\nw:message\nw:messages\nw:met\nw:metadata\nw:meter\nw:method\nw:methods\nw:metrics\nw:mfi\nw:mhelp\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:mif\nw:might\nw:migrate\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minimum\nw:minitest\nw:mintimeout\nw:minus\nw:minute\nw:minutes\nw:mirror\nw:mirrorlist\nw:mirrors\nw:misc\nw:miscellaneous\nw:mismatch\nw:mismatched\nw:miss\nw:missing\nw:missing_offset\nw:mission_impl\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnote\nw:mnpm\nw:mnt\nw:mobile\nw:mocha\nw:mock\nw:mod\nw:modal\nw:mode\nw:model\nw:models\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:molecule\nw:mon\nw:money\nw:money_test\nw:mono\nw:monostate\nw:more\nw:most\nw:mother\nw:move\nw:moved\nw:mpp\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:mshared\nw:msvc\nw:mt\nw:mtmu\nw:multidict\nw:multiline\nw:multiple\nw:multiple___\nw:multiplication\nw:multiverse\nw:musl\nw:must\nw:must_use\nw:must_use_candidate\nw:mut\nw:mutmut\nw:mutual\nw:mvalue\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:n\nw:n0000\nw:n0028\nw:n_\nw:nabucasa\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:nami\nw:naming\nw:narrow\nw:native\nw:native_lib\nw:nav\nw:ncurses\nw:ndarray\nw:ne\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:new_conn\nw:newer\nw:newest\nw:newlib\nw:newline\nw:newly\nw:newtonsoft\nw:next\nw:nexus\nw:nginx\nw:nguyxn\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:nix\nw:no\nw:noble\nw:node\nw:node_config\nw:node_modules\nw:nodejs\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:northcentralus\nw:nosec\nw:nospc\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notifications\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:null\nw:nullable\nw:num\nw:number\nw:numeric\nw:numpy\nw:nunomaduro\nw:nursery\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:ocrd\nw:odder\nw:oder\nw:odor\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:older\nw:ole\nw:omg\nw:omit\nw:on\nw:once\nw:once_cell\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:opencode\nw:openemr\nw:opening\nw:openjdk\nw:openproject\nw:openssh\nw:opentelemetry\nw:operand\nw:operating\nw:operation\nw:operations\nw:operator\nw:operators\nw:ops\nw:opt\nw:optimized\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orjson\nw:orphan\nw:ort\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outcome\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outputs\nw:outside\nw:over\nw:overflow\nw:overlay\nw:overridden\nw:override\nw:overriding\nw:overview\nw:overwrite\nw:owid\nw:own\nw:oxlint\nw:p\nw:p0040\nw:p1\nw:p20240420\nw:p256\nw:p_\nw:pack\nw:package\nw:package_name\nw:packages\nw:packaging\nw:packed\nw:packet\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:paket\nw:pandas\nw:panic\nw:panicked\nw:panicking\nw:panics\nw:panics_on_zero\nw:paragraph\nw:parallel\nw:param\nw:parameter\nw:parameters\nw:params\nw:parcel\nw:parens\nw:parent\nw:parentheses\nw:parenthesis\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsers\nw:parsing\nw:part\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:passkey\nw:password\nw:paste\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:patterns\nw:payload\nw:pb\nw:pbkdf2\nw:pc\nw:pdf\nw:pedantic\nw:peer\nw:pegin\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:performing\nw:perhaps\nw:period\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:person\nw:persona_flutter\nw:pest\nw:pestphp\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pillow\nw:pin\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipenv\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgconfig\nw:pkgs\nw:pkgtool\nw:pki\nw:pl\nw:planet\nw:plans\nw:platform\nw:platformdirs\nw:platforms\nw:playwright\nw:please\nw:plexus\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:plus\nw:pmd\nw:pnc\nw:pnpm\nw:pod\nw:podcasting\nw:pods\nw:podspec\nw:pointing\nw:policies\nw:policy\nw:polyfill\nw:polymer\nw:pom\nw:populate\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:post0\nw:post1\nw:postcss\nw:postgres\nw:potential\nw:potential_utf\nw:potentially\nw:power\nw:powpeg\nw:pp\nw:ppv\nw:pr\nw:prebuild\nw:prebuilt\nw:precompiled\nw:prefix\nw:prefs\nw:preinstall\nw:prelude\nw:prepare\nw:prepare_executor\nw:prepared\nw:preparer\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:press\nw:prettier\nw:prettyplease\nw:prevent\nw:previous\nw:price\nw:price_cents\nw:pricing\nw:primary\nw:print\nw:printed\nw:printf\nw:println\nw:prior\nw:priority\nw:privacy\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:process\nw:processes\nw:processing\nw:prod\nw:product\nw:production\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:prometheus\nw:prompt\nw:prompts\nw:propcache\nw:properly\nw:properties\nw:property\nw:proto\nw:protobuf\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:providers\nw:provides\nw:providing\nw:provisioner\nw:provisioning\nw:proxy\nw:prune\nw:psql\nw:psr\nw:psutil\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:publishing\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:punycode\nw:purchased\nw:pure\nw:push\nw:pv4\nw:pwsh\nw:py\nw:py2\nw:py3\nw:pycognito\nw:pycparser\nw:pydantic\nw:pyenv\nw:pygments\nw:pylint\nw:pyo3\nw:pypa\nw:pypi\nw:pyproject\nw:pyproject_hooks\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python2_\nw:python3\nw:python3_\nw:python_\nw:pytz\nw:pyyaml\nw:q\nw:qt6\nw:qty\nw:qualified_races\nw:quant\nw:quantity\nw:quartz\nw:quasar\nw:queries\nw:query\nw:queue\nw:queues\nw:quic\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r0\nw:r2\nw:r5\nw:r7\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:rand\nw:rand_chacha\nw:rand_core\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:raw_race_data\nw:rayon\nw:rb\nw:rc\nw:rc1\nw:rc2\nw:rc3\nw:rdk\nw:re\nw:reach\nw:reached\nw:react\nw:read\nw:read_capsule\nw:reading\nw:readline\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:receiving\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:record_sheet\nw:recorded\nw:records\nw:recursive\nw:redirect\nw:redis\nw:redzone\nw:ref\nw:refactor\nw:refactoring\nw:refer\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:region\nw:register\nw:registration\nw:registry\nw:rego\nw:regression\nw:reify\nw:rejected\nw:rejecting\nw:related\nw:release\nw:releases\nw:relying\nw:remaining\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:rename\nw:renamed\nw:render\nw:rendered\nw:renders\nw:repack\nw:replace\nw:replaced\nw:repo\nw:report\nw:reported\nw:reporter\nw:reporters\nw:reporting\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:res\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolvable\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:resp\nw:responded\nw:response\nw:restore\nw:restored\nw:restoring\nw:restricted\nw:result\nw:results\nw:retail\nw:retain\nw:retention\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returns\nw:reuse\nw:reused\nw:rev\nw:reverse\nw:review\nw:reviewdog\nw:reviewer\nw:revision\nw:revive\nw:rf\nw:rich\nw:right\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rit\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:role\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:rootstock\nw:ropenscilabs\nw:roundtrip\nw:route\nw:router\nw:routes\nw:row\nw:rpc\nw:rpmbuild\nw:rs\nw:rskj\nw:rsksmart\nw:rspec\nw:rss\nw:rtos\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runner_temp\nw:runneradmin\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rustfmt\nw:rustix\nw:rustls\nw:rustup\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s0246\nw:s2322\nw:s2345\nw:s2554\nw:s2n\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safe_load\nw:safety\nw:same\nw:sample\nw:samples\nw:sandbox\nw:sanitizer\nw:sardonyx\nw:sata\nw:satisfied\nw:satisfies\nw:satisfy\nw:satu\nw:save\nw:saved\nw:saving\nw:savings\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanner\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schedule\nw:scheduler\nw:schema\nw:schemas\nw:scikit\nw:scipy\nw:scm\nw:scope\nw:score\nw:scratch\nw:screen\nw:screens\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:search\nw:sebastian\nw:sec\nw:sec1\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secretstorage\nw:secs\nw:section\nw:section_end\nw:section_start\nw:sections\nw:securedrop_client\nw:security\nw:sed\nw:see\nw:seed\nw:seeds\nw:seem\nw:seems\nw:seen\nw:select\nw:selected\nw:self\nw:semicolon\nw:semver\nw:send\nw:send_output\nw:send_request\nw:sending\nw:sensor\nw:sensors\nw:sentence\nw:sentry\nw:separate\nw:sequence\nw:sequential\nw:serde\nw:serde_derive\nw:serde_json\nw:serde_with\nw:serialize\nw:serve\nw:server\nw:server_list_page\nw:service\nw:services\nw:session\nw:sessions\nw:set\nw:sets\nw:setting\nw:settings\nw:settings_page\nw:settle\nw:settle_ts\nw:settled_at\nw:settlement\nw:setup\nw:setuptools\nw:several\nw:severity\nw:sf\nw:sh\nw:sha2\nw:sha256\nw:shallow\nw:shapely\nw:share\nw:shared\nw:sheet\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shims\nw:shipkit\nw:shivammathur\nw:shodh\nw:shop\nw:shopco\nw:shopfront\nw:short\nw:shorturl\nw:should\nw:should_\nw:show\nw:shows\nw:shrinkwrap\nw:shutdown\nw:sid\nw:side\nw:sign\nw:signal\nw:signature\nw:signed\nw:signedness\nw:significantly\nw:silent\nw:simd\nw:simdjson\nw:simple\nw:simplified\nw:simulators\nw:sin\nw:single\nw:sit\nw:site\nw:sites\nw:sitter\nw:six\nw:sixty\nw:size\nw:skill\nw:skills\nw:skip\nw:skipped\nw:skipping\nw:skips\nw:sku\nw:slack\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slow\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:sme\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:soap\nw:sock\nw:socket\nw:socket2\nw:sockeye\nw:socks\nw:software\nw:solana\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:soroban\nw:soroban_sdk\nw:sort\nw:sorted\nw:source\nw:source_span\nw:sourcerygxx\nw:sources\nw:sp\nw:space\nw:spaces\nw:spacing\nw:sparse\nw:spdx\nw:spec\nw:specific\nw:specification\nw:specified\nw:specifiers\nw:specs\nw:speed\nw:spell\nw:spelling\nw:split\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:spotless\nw:sprint\nw:spurious\nw:sql\nw:sqlalchemy\nw:squareup\nw:src\nw:src1489103279\nw:ssh\nw:stabilized\nw:stable\nw:stable_deref_trait\nw:stack\nw:stack_trace\nw:stackage\nw:stacked\nw:stacktrace\nw:stage\nw:stale\nw:stalled\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:stat\nw:state\nw:statement\nw:static\nw:staticcheck\nw:stats\nw:statsforecast\nw:statsmodels\nw:status\nw:std\nw:stderr\nw:stdin\nw:stdlib\nw:stdout\nw:stdune\nw:stellar\nw:step\nw:step_script\nw:steps\nw:stg\nw:stgi\nw:still\nw:stmts\nw:stop\nw:stopped\nw:stopping\nw:storage\nw:store\nw:stored\nw:storefront\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:string_scanner\nw:strings\nw:strip\nw:strkey\nw:strsim\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:studios\nw:style\nw:styled\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodule\nw:submodules\nw:subosito_flutter\nw:subprocess\nw:subsequent\nw:subtest\nw:subtests\nw:subtle\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggested\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:supabase\nw:super\nw:supplied\nw:support\nw:suppress\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:sveltejs\nw:svg\nw:swatinem\nw:swift\nw:switched\nw:switching\nw:symbol\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:system_stats\nw:t\nw:t0\nw:t00\nw:t02\nw:t03\nw:t04\nw:t06\nw:t07\nw:t08\nw:t09\nw:t10\nw:t10_00_00_000\nw:t11\nw:t14\nw:t15\nw:t16\nw:t17\nw:t18\nw:t19\nw:t20\nw:t21\nw:t22\nw:t_\nw:tab\nw:tabs\nw:tag\nw:tags\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tar\nw:tarball\nw:tarfile\nw:target\nw:targets\nw:task\nw:task_queues\nw:taskrun\nw:tasks\nw:tauri\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:te\nw:team\nw:teamcity\nw:tectonic_bridge_flate\nw:telemetry\nw:tells\nw:temp\nw:temperatures\nw:tempfile\nw:template\nw:templates\nw:temporalio\nw:temporarily\nw:temporary\nw:temps\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:term_glyph\nw:terminate\nw:terminated\nw:terminates\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_core\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_ringbuf\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_tools\nw:test_total_rounding\nw:test_unicode\nw:testcafe\nw:testdata\nw:tested\nw:tester\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thanh\nw:thapa\nw:that\nw:the\nw:thebeatles\nw:their\nw:them\nw:theme\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thiserror\nw:thread\nw:threads\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:times\nw:timeseries\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tldextract\nw:tlsv1\nw:tment\nw:tmp\nw:to\nw:to_string\nw:toast\nw:tobs\nw:todo\nw:together\nw:token\nw:tokens\nw:tokio\nw:toml\nw:tomli\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolcache\nw:toolchain\nw:toolchains\nw:toolkit\nw:tools\nw:toomanyrequests\nw:top\nw:topic\nw:topics\nw:topologies\nw:total\nw:touch\nw:tower\nw:tpl\nw:trace\nw:traceback\nw:traces\nw:tracing\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction\nw:transaction_sequence\nw:transfer\nw:transferred\nw:transferring\nw:transform\nw:transformer\nw:transforming\nw:transition\nw:transitive\nw:translation\nw:transport\nw:travis\nw:treated\nw:tree\nw:trees\nw:tried\nw:trigger\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trims\nw:trouble\nw:true\nw:truncate\nw:trunk\nw:truthy\nw:try\nw:try_from\nw:trying\nw:ts\nw:tsbootstrap\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:tunnel\nw:turbo\nw:turbopack\nw:turn\nw:tutor\nw:two\nw:tx\nw:txt\nw:type\nw:typecheck\nw:typed\nw:typed_data\nw:typenum\nw:types\nw:typescript\nw:typo\nw:tzdata\nw:tzst\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u1903\nw:u32\nw:ubuntu\nw:ubuntu0\nw:ubuntu1_amd64\nw:ubuntu2\nw:ubuntu24\nw:ubuntu2404\nw:ubuntu3\nw:udp\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:undefined_class\nw:undefined_getter\nw:undefined_identifier\nw:undefined_method\nw:under\nw:underscore\nw:understood\nw:undo\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unidecode\nw:unified\nw:unifont\nw:uninlined_format_args\nw:uninstalled\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:universe\nw:unix\nw:unknown\nw:unlabeled\nw:unless\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unnested\nw:unoptimized\nw:unordered\nw:unpack\nw:unpacking\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unschedulable\nw:unset\nw:unsigned\nw:unsupported\nw:unter\nw:until\nw:untrusted\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:unzstd\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgraded\nw:upgrading\nw:upload\nw:uploaded\nw:uploading\nw:upstream\nw:ureq\nw:uri\nw:uri_does_not_exist\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:us\nw:usage\nw:usb\nw:use\nw:used\nw:user\nw:userguide\nw:userland\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:utxo\nw:utxos\nw:uuid\nw:uv\nw:uv_manager\nw:uvicorn\nw:uvu\nw:uw\nw:v\nw:v0\nw:v1\nw:v10\nw:v18\nw:v2\nw:v20\nw:v25\nw:v260816\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:v_\nw:valid\nw:validate\nw:validation\nw:validations\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variance\nw:variant\nw:variante\nw:variants\nw:variate\nw:varint\nw:varint_len\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:ve\nw:vec\nw:vector\nw:veld\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:verifying\nw:version\nw:version_check\nw:versions\nw:via\nw:vietflux\nw:view\nw:viewmodel\nw:views\nw:violations\nw:viper\nw:virtual\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vpn\nw:vpn_mtu\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:w_\nw:wait\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warm\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:wasmi_core\nw:watch\nw:watchos\nw:wdio\nw:we\nw:web\nw:web3_universal\nw:web3_universal_ledger\nw:web_service\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:week\nw:weekend\nw:weighted\nw:welcome\nw:well\nw:went\nw:were\nw:werror\nw:west\nw:westus\nw:what\nw:wheel\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:whose\nw:why\nw:widgets\nw:wiki\nw:will\nw:win\nw:win2012\nw:win22\nw:win25\nw:window\nw:windows2022\nw:windows_\nw:wine\nw:with\nw:withdraw\nw:within\nw:without\nw:wlctl\nw:woff2\nw:word\nw:words\nw:work\nw:workdir\nw:worker\nw:workflow\nw:workflow_dispatch\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:worktree\nw:worktrees\nw:world\nw:would\nw:wrap\nw:wraparound\nw:wrapped\nw:wrapper\nw:write\nw:writeable\nw:writely\nw:writer\nw:writing\nw:written\nw:wrong\nw:wrote\nw:ws\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x64\nw:x8\nw:x8000_0000\nw:x86\nw:x86_64\nw:x_\nw:xauth\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xf\nw:xfailed\nw:xfonts\nw:xg66\nw:xjc\nw:xlint\nw:xml\nw:xs\nw:xz\nw:xzv\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarl\nw:yarn\nw:yesterday\nw:yet\nw:ymd\nw:yml\nw:yoke\nw:you\nw:your\nw:z\nw:zephyr\nw:zephyrproject\nw:zero\nw:zerotrie\nw:zerox80\nw:zig\nw:zigler\nw:zip\nw:zipp\nw:zlib\nw:zmk\nw:zmkfirmware\nw:zstd\nw:zurichsee_ha\nw:zzpmw",
    causeBias: -134,
    cause: '5v8OACsA3/++/+D/4v8oAN//6/++/+X/yv/H/+P/AwCv/+P/WADS/9f/yv/W/9T/MADa/ygA0v/C/+b/2v+y/zsAxv+r/zQAFwD+/yEAyv8+/7X/+//f/9b/4P/f/8T/4P/m//n/yf/s/zwAy//j/9f/HgA2ALH/4/8ZAEEAMADx/9//wP8lAIj/2/8rANL/w//v/8r/FgDP/9//5f/g/7P/4v/o/3//2/87AIUA8P+g/+j/1//I/wEA6P9BAKX/GwAIAKf/LgDT/zMAHADf/0sA4v8kAMz/5/81ANT/MQAPACQAsP8sALf/r/8xANz/1//b/+n/IQAjABYA5v/m/9//3//X/+X/4P/l/+X/1/8oAOj/3f+6/0sAHwDg/+H/5v8JAKj/xv++/yAANwA+AMP/FAAIALP/LwAcAHgAHgAZAEkAOAAkAOX/HwDb/8z/GQDg/7//5v/Z/9D/3P/i/97/2P8yABkAUACD/+j/x//t/1YAuP8+ANn/x/8gAMD/DAC+/7D/KgAVANn/4v/C/8j/YABBANr/3//U/9H/FgDj/0YAuP8wAKP/nP+3/6L/of9TAOf/FAAqAM3/MgA8ALT/FAAUAPf/5v/s/7//FQCz/x4As/8hANr/MQDs/zEAgQATANj/XAAqAOf/5f8fAPb/xv/V/5//VQCu/8b/hf8zANz/Vv/d/9z/n/8XAMD/HgCp/5z/KwC1/+D/PwCl//L/GgA7AMj/7P+7/xkAwv/k/8X/FADn/7//h/8rAC0A5f9fABAAmf/H/7z/3/+a/7z/1P+8/9z/HgBSAAcAr/8FALf/JwDT/yMAu/8uAOH/5f/m/9v/2f/Q/83/3P/o/+j/2v/s/+b/5P8tAC0At//k/+f/uf/T/yMAt/+m/50ARgDL/8X/4v/k/xwAgv8LADUASQDO/9H/1v8XAI3/8//g/7z/vP8WAOj//P8QANX/IwAZABkAGQAZANP/JwDr/+3/AwArAIn/x/8rALX/EADL/8//IQBf/zcAPgAZAB4AsP8aAKT/DgD3/+D/5v8fAFL/MgAFAA0Arf83ABAAuf/Q/6H/2f/O/zIA2//q/xsAzv/N/ywAzf+6/6P/9f8sAC4Al/+6/ygA0//b/+L/5//f/97/2P/1/1AAQwDi/5b/w/8xANr/5//k/8z/FwALAB4Axv8YAKX/2v/p/+H/GwDl/5b/7P8bAOP/Rv8gAHH/EQC1/x0At//m/0kA0v+A/+H//P/c/w8A0P8JABkAqv9SAKb/0P/U/y8AaQDO/8L/4P8QAKH/2P9KAEgAHQBLALn/MgAvANn/5P/C/+r/if8qAL//4v8bAGQA4f8jANX/5v8HALz/1f+//9T/5v8iAK//wf/J/+r/GwDF/9P/u/+w/+n/xv+j/6L/5f/M/8H/vP9YAAcA0//g/0gAHQANAOj/q//T/8j/rv8cAPv/FwAZAGb/PwAlANj/2v9PANL/PQAhAPL/q//b/xcA5v/N/x4AKAA3AGQAFgAjACYASQC4/18AKAA4AEEADADr/y4Awv+h/+P/uv/K/2cAJAAXACAArf9lADsA5v/7/w4Awf+Z/9P/KQDz/zUAvf+f/xMA4P8jAAUAmv/C/x4Aw//o/7H/IQDE/8b/vP/P/+P/6v/F/zEAHwD0/+D/BADj/x0AGAAhAN3/HgDT//b/LgAlAAwAKADQ/wEA8f+d/8H/y//l/xQAIADS/43/6v/g/xQACQA0ANz/LQDq/y8AHQCy/+7/FQCr/7D/PgA/ALf/zv+4/zwACQDr/9L//v/h/woAxf8UAOL/3//i////6/8pAOP/tf/m/5//6f8oAAQAKAAVAOr/TwC5/zMA7P+4/8f/6/8CAKX/NAABACUABgDy/9j/yf8dAMn/kP+x/9z/3//g/+v/FgAbAOv/5P+0/wcALwDc/8j/4v/a/9X/IwDO/63/3P9EAOH/MQD8/x4A5f/K/xQAKQA5ALf/6f8XAOr/0v+N/8b/yf/S/+H/qf+5/83/4P/E/8H/2P/Z/7P/3P8iABUAGADm/+P/2v+l/+X/GAC1/8v/s/8jAN//IwDa/y4A5//e/7//z//c/9z/1f+9/+r/2P8GACgAXQD4/8j/5//m/+H/PADo/9D/6v+7/9f/zf/N/6n/CADl/+n/RwDp/yQA0f/r/zIAHwDs/9L/RwAWAB0AFwDm/+b/0v/x/9//LQBSAIb/mv9BAC0ASwArABcAOwAuABUAKAAUAKn/2P8hANz/JQCw/xUAz/8uAFgA5v8v/4P/pf+q/4X/5v+0/zUAsv/Q/9n/zP/l/8P/5v+s/8//5f/U/9P/t//q/7T/HQAVAOH/t//l/+D/nv8dAOf/5v+s/9D/wP83AJf/0f8lADQAFgDR/9P/1v/U/77/qv/X/+r/n/8hAOr/FwApANf/4P/J/8f/LgC3/7L/sv/L/7z/6//b/ywAHwDl/xYA3v/X/ycA4//U/+P/2P/V/zAA2v/r/1r/FgAeALb/9//Z/7D/GwDp/9z/3v8lABkAGQDO/wwA7P8SAMD/lP8hAOf/JgDb/+j/LgDU/x4A1P8EANf/1P+0/9f/6f/f/+z/HwAlANf/PADq/+L/JgDh/+b/CAAUAOn/TwAWAB4A7P/L/yEAKQAeAN3/3v86AKv/5P84AB0At//e/xQA1P/R/+L/KADl/+n/xf/O/zIAtv/Y/x4AFwDr/9r/BgCb/yoA6P+8/8D/5v/r/x8At//V/7H/3P/c/9b/uP8kAOP/5//p/+b/5f/B/9P/XwDX/xAA4P/O/xgAOAC2/9j/yv8WAPf/QQA5ANH/KADe/6H/AwAcAJP/yf9BABUA4P8UACIA5f/l/+j/xv+q/8j/1P/H/yAAJQAmAD4A2v+2/xQA5v/R/9//qv8cANX/6//r//z/yP8mABQA8f8GACkAtP/1//r/+//g/6j/LQAkAEkA3v/r/97/FgAcABwAz/8yAL7/IQApACoA4v+//+n/HwAUAC4A1v8hANL/3//E/8v/8v8zAM//OAD9/9r///8uAD4AEgAVAOf/sP/o/9b/DADq/x0A2v8dANf/2f/D/+b/5P/q/+X/JADA/0kAzP+u/+n/HADG/9P/GwDH/xYA4v+//yYAn/8UAOb/1f/M/+n/OADD/y0AIADi/+j/GAAfAAwAFQDp/83/0P8VAOj/yP/d/4P/0P/q/ykAEgD4/ywAHwAVABwANQDe/xUALgBBACcAOAAcADoApP/p/ygA5v8oABYABwBJAP//GQAhANn/JwDa/7T/pP+3/+b/FAC3/7X/FQDe/7b/MADp/6n///9q/yIA6v/d/8T/DQDY/8H/mP8SAOn/nf++/+r/6P8t/97/rP/F/9L/t//A/7X/vf/g/woA6v8iAAAAOgBR/9r/+v8/ADkAOQCy/8v/NQC//77/y//e/yoAIQBa/1AAIQAwANr/FACH/9P/KwDq/9P/MwCy/z4AvP8UAPf/yv/Z/8z/6/8vABsAFQAnANn/IQAlAOT/q//o/9L/oP/m/xMA5v/A/+L/IQAeAHD/DgDo/y8Avf/Q/+f/BwDk/9D/of+9/6P/9//M/yMAEQDl/9//1v/A/zUA4P/f/+D/6v+G/8X/nf+h/5b/hv/N/8z/sv/r/+P/vv8ZAOr/uP/n/9n/KQBLAJL/yv/c/8n/5P/M/+j/6P/J/8v/zv/i/zIAMgC1/+H/bf+T/z3/4P+s/+D/qv/Y/5D/MADj/y8A2v/S/1IA2f8WACsAFADa/xcASAC9/zYAIAAeAOr/xf8EABUAIAD7/yMASAAoADAA6f83ANP/KgAeAOX/vP8oANT/5/8pAC8AKAAgADgAQwDV/yUAvP/s/x4A5f8rANP/IQDF/yEA0/8TAMX/t//R/+b/FQC5/zwAvv/r/xwAJAAXACUAJQAWADUA0f8xACgAXABSAN3/4v8XAPf/FQDf/57/HQDd/xcABwDQ/x8AGQByAKH/t/85AOX/4/8lACUAof8CAN//x/++/6//MQCn/4z/4f/E/7r/r//C/7L/rP/B/z0AFQDe/8H/rf8EAKj/6v8+ANz/5//h/wQAQAAZALH/mf9JACcAHgCjAOX/xv/e/9v/1f8gAK3/OgAXACUA3P8XABQA2f8XAOv/KgDn/zYALwAvABkA1f/M/+j/5//g/7f/xv/p/3X/BgDU/8z/6//m/8v/4/8YANr/wv/p/xwA5f/q/1r/JQBAABUAJwAZABUAzf/l/zIArf/9/6v/ff8cACsAqv+5/9r/vf/A/9z/zf/s/9T/6v/o/7T/GwDW/5j/uf8NAOf/c//K/xYAo/8fABYA1f81AB8Adv8XAOb/uP8FALn/TAD+/z4AFQDr/wsAtv/q//r/vv/N/4z/sf8VAKf/BADF/xQA0v8eAKT/xv8tANT/1v8ZAML/6f/Z/83/LgDO/6n/xf+d/ysA4f/B/+P/2v99/9f/yv/O/+P/3//S/0UA5/8hAB0AHQDV/53/LgDD/+T/5v/H/9z/3v+U/6H/JgDe/7j/6v/r/8f/rf/C/zEABwCF/87/6v+m/+r/z/9VANn/xP9VAOP/HQBAAFQA+//H/wQA3v8bAIMAHgAAALr/2f+s/xQA4f/O/7X/IAATAM3/v//9/9//5v/7/+P/QwAhAMb/CADq/+H/mf8eABcAMQDZ/y0AtP+z/8X/zv+x/7r/vf/p/+T/6P8kAOP/KwCm/5r/z/8jAEcAxv+S/9//xf/m/xIAu//F/93/2P8kAKj/SQAaANL/t//B/+D/wv/C/73/6f/X//z/FgACAN//BQC5/6f/tv8hALL/6P/n/8X/JgDr/+H/tP+Q/7H/FgDg/8//3/8VAC0ANQAqAAQAtf8WAOf/5f/g/+L/0v8tAKb/5P/P/zYAAgDm/8b/wP8jAK3/wv/c/+H/vP+9/6f/gf/m/9j/f/8PAOP/5v+Z/63/3//R/zn/zP+7/9X/g/+N/5L/zf+s/5j/bv/e/93/nf/D/xQA1f+q/+D/7P/k/9//5f/X/9H/4f/L/9X/PwA7ADoAFAAYALH/rv/q/xQAzf/p/9v/HQAWACgAwP9OAEAA5f8UALL/PgDT/xAAMgAiAEIAMQAiABsAwv8rABUAQgDo/xcAtf+v/7T/4v/V/9D/1/+4/8H/y/8VAN3/v//n/8f/sP+m//v/0f8NAE4A3/+d/1UA3v8MADMAxP8lACcA3/8bAEMAHgCr/0kAHgAUAEAA6P/o/93/k//H/yUAtv+z/7H/4//s/xUAEQDd/8H/FgDi/9T/2f/Q/9f/0/85AMj/FgDH/+b/nv8gABsA3P/h/8D/XADX/ygAsf/M/9b/1v8rAHgAFgAaAK3/1P/o/xgAFQAgABUABADm/w8AAwCg/7j/1v+O/x0AHADT/0X/LwDl/yYA5f+j/8j/4P/e/7f/rP8KAN7/KADr/ygA/P/r/xwAof+v/xUAFQAXAI7/y//w/67/4P/E/+f/u/+d/63/6f/N/8L/wf+8/8n/HgBXABMAIwAUAMX/FACZ/yIAwf/M/9//1/8lAM3/6v/b/9z/HgAcAM//4v+z/xkA0P/i/7j/DgDj/xwAwP/L/x0AFwBFACEA4P8TAOz/FACQ/6//v//g//T/Nv+l/7D/5f8jAML/KAAkAOH/FADr/yEAwv/0/8j/qP/I/+H/yf/N/+H/z//m/+H/5f8YAOr/o//c/xsAFQDr/8z/5f/a/+r/xf/X/+f/6f9SANT/uf8UAM//3v+f/+H/4f8kABUA///e/9v/3/83AOf/IwAxAPz/FAAeAFAARQAvACQAsv8jAKf/1/8EANn/9P8jAAAAIgATAOH/8/8UAM7/IQDI/9z/3P/X/6X/SwAbADMAnP/D/9T/1v/a/8T/1P+8/77/3f/d/+z/uf/d/9b/0P/J/6b/yf+1/xUA3f8lABkABwDi/xkAvP/c/+L/2P8pAML/0v/f/9f/2P/S/9z/yP87ABQAsP/H/83/nv/e/7X/5f8dABQA6P8YAA8A5P8VAM//1/8UAMz/1//e/+f/zf8sAMD/2P/M/xsAof/O/87/4f/G/+f/xf+x/97/2f/p/zwAvv/n/xwAGQDD/5j/yv+3/8f/xf/C/+n/4v/H/73/yf/J/+r/KADb/+L/FADR/zYAv/9NAOH/+/+H/yEAvP/F/+b/sf9LAA8A4f+b/zEA0f+u/6v/4P/E/9n/5v+r/xAAKgAgADQA1v+g/8P/mv/r/8n/6/+1/67/6f/d/+r/9P8oANf/5v/f/9b/FgCq/zYAPQAsAMP/HgAXACcAMgDu/zQAOAAJAOX/KgCs/8v/lf+3/83/DQCx/1MA3f/T/+T/z//1/+j/1f/l/73/sf/O/9j/vf/Z/8b/0//e/8r/3v/K/83/5v/I/8j/pf/i/+D/xf/G/8P/1f/C/7r/2f+9/9L/yv/j/+X/d//T/xAAmf/T/+v/DgAFAM7/6P/n/5b/BADC/8P/tv+d/93/OACX/ygA6P+3/x4AJwDW/ysAzf/N/8P/HQAuAN7/t/+w/2j/QQC9/8z/5/8cAB4AHgDE/9H/HQDp/9H/YP8YAAQA6P/Z/9r/2P8CAOn/LgBJABMA5P/o/+T/4//n/7//FgCp/+b/FQDl//r/HgDt/73/5v/n/6b/xf82AKf/3//N/zEAKwDh/xUAWQAVABQAJQDO/+X/IQAVAND/CADL/ykAFgAxAPf/6v8mACEA5v8nAOD/6/8WAIn/ov/g/zYA1/8/ALv/SwDp/6j/NQDo/yUA6P/h/ywAFAAUAMb/FwDD/7X/KP+3/8X/RAAWAPf/v//m/7n/KQA3ABAArv/o/+j/1/8XADIA5/+X/yIA1P85ABQA5P/O/ycAaQDl/7r///8WAPf/z/83ABkA0f8gABEA5v/e/0EA5/8/APn/NgB6ABgAr//a/7v/2v+w/9n/6f/Y/xUArP8uAM7/p//g/6j/3P/g/9n/4//b/+D/6f8UAOn/IgCc/xYAyP/Q/8r/6f/2/9D/2f+t/7X/4f/V/9D/5P/e/9D/pv/R/7z/5P/n/9P/6//c/+f/FACS/xIAJQDO/9T/3//c/9f/p/+V/+n/GwAZAL7/FADR/yIAQQDT/9D/1/+q/8f/9P/E/xcAJwAVAOP/EgBJAM3/2f8+ANP/y/+4/+b/zP/Z/93/IwDd/+r/4f/o/+b/0v+m/xYAFgC7/83/3v+Q/0kAFQDX/+b/HADc/87/3//D/9L/9//W//b/DQC2/87/5f/k/7D/1P/k/wIAwP84AB0AYP8MAAIAt/+U/xMAOACt/w4AFQDv/9r/6/+G/zQAw/9UANz/IgDA/yQARwBOALr/uv/o/xUAUP8fAPj/5P/5/yEA1//l/+D/5f///7z/IQDo/8f/5P8yABQA6v8yAKn/6v/o/9f/yf/H/0oALgA3ALj/1v+6/+T/2/8ZAKT/9//q/x0APADd/zIAQAAhAND/JwCN/zYA1P/K/xkAa//K/1sAMQDV/9//VACs/7n/v/+y/7P/KAC8/+D/zv9EAB0AFQDo/+P/6P/c/wQApP/T/wwAt/9CAOb/4v/U/9X/5f/r/6v/5P/8/wwAy/9MACUAJQAgAB8AIAAfAM3/uf/l/+X/4P/x/8n/IwDM/+r/tf/o/x4Ayv/H/+j/vP/k/+T/x/8gAOz/uv/H/+r/6//N/xUASwDc/7H/OACv/+X/t//r/+n/FgANABgAIwC1/5//GQAiADEA4P/q/8n/MgDb/xUAKAAkAFD/GwApACMA0P/R/0wA2v/+/x4AFQCy/08Ax/8mAOn/FADi/1EAGgAFAMX/1f8xAPD/5/8XAOL/WAAEAKv/tv/X/9v/jv/R/1sAJwAuAOL/6v/i/+z/6v/n/+H/tv/r/+b/3//G/ysAzf8WAOr/FADr/wgA7P+h/87/uP8SANr/zv/D/+P/MADg/yMAu/8YACIAuv/m/9b/2/8hAN//sv8VACIACgAoABsAFwCm/xcARQDq/6b/JgDI/97/6f/r/+H/x//O/+D/0P/U/+f/NwAcANL/0//f/9b/1/+2/7//2f/s/8r/FAA9AOX/DQArACUACgAKABgAYQAUACwA0P/r/97/0P/q/8b/kf/j/8n/u//R/+b/u//Q/93/AgAgAOX/4v/h/0IA8P/R/+n/qf+v/7n/4v/Z/5n/FADh/7L/FgDp/ykANwAUADcAFQDf/+X/mv/r/8//r//D/83/gADR/+r/hf/Z/wgAJQD+/2j/zv+4/yIA4/87AMj/2//l/+H/RgCF/7n/z//A/73/FAAHAAwA5P8UAOL/sv/m/9b/NQAWAOT/JgAiACAA3f/S/0MAkv8VAND/kQBGABYAJwDX/xkAKAD0/8T/5f/X/xQAQ//U/xQAFAAWAOj/FAAUAAsA2f/B/8n/ZP+I/9r/EwBEABAA5//B/8T/zf/X/9j/3v/K/9n/zP/q/9z/vf/a/9v/2f/Y/8v/1f/i/8b/x//S/9L/6P/e/9H/zv/R/9T/2P/i/9D/0v+x/0gA3v/C/93/mf/K/4n/wv/b/9T/mv+a/+X/xf+Q/4z/vf/q/2UA9/8WABYAKwCq/7b/MQDK/wUA8v8EAL7/nf/L/77/xv/c/y4AOQDe/8f/UAA2ABEA2P+P/y8A5/86AL3/WADP/ygAzf8IABoA4v8BAKH/FQDC/wgAFAAzAOj/2P+8/+//5v/L//v/QwDp/wkACADW//X/6//N//H/HgANAI3/6P+b/9X///8OANz/EQBBACEAZf+r/xkAyP8lAFEAGADI/+j/xv/Z/zMAOgAeAE8ASQAXAOX/SQA4AOT/JADl/+T/2P8pAB8A6//g/xkA4P/R/9//GgDS/9v/Yv/O/8D/GQCn/93/4/8nANT/5f/m/8b/KADn/+j/4P+X/67/1/+5/+n/wP/x//D/rv/L/7X/JwAxANz/4P8kAML/MwDi/9D/3v/D/97/LwDa/+b/JQDr/9P/mv/j/9P/0P8gALX/0P8dAB8AIgA6AL//x//d/77/4v/n/+n/3f+6/+r/5v8aADgAlf9IABUAGQDm/zsAwP9MABQAFADN/8X/6v/r/+v/xv/Q/9j/GQAcAJz/HADH/+f/5v+j/7z/0v++/x4Agv+7/9D/sP9i/yUA6P8UAOX/k//G/ysAMgAjAD0AOQBAANT/6//G/8f//P/H/ygA3//n/8H/7/8qAOb/4P+S/+H/5/9YAFwA2v+q/0sAxv8XAC8ARwAWANz/9/8aACAAx//F/0QA2//h/zcAuf/b/+L/KgDM/+P/UgDZ/zMAOgBPAEkA0v/n/yoATgA0ABMAwf9eAOb/+v+m/xwA8P/S/67/vf+2/9r/0f/4/xUAz/+8/8//qf/+/z0A6v+//8v/LwCx/xgALwAzALX/LABBANr/eABUAOj/6/+DAPT/RQDs/zEAEQAhAEQArv8EALr/xP/d/+X/tv8sAPX/2/8mABwA5f/e/9v/NQBAAB0A0P/e/xcAHwD6/0EAxv8XACgANwAuAOf/pP8aACYAOgDg/xQA1f8gAFEAFQBVAE4ANwA0ADwAMgDl/ysA6v+l/0gAHAAVAPn/r/8AAHgAu/89AB4A4v/b/9T/xv8ZADkA2v9JANb//v+b/8X/HADc/7X/EgDT/8f/+v/X/+f/PADJ/9v/KQAfAN//3v/P/zEAx//H/7v/yP/S/67/JAAjAMT/l//X/93/FwCk/8j/SQDm//X/vf8dACYAHwC0/9b/FwBHAEUAPwDq/+n/rv8/AN7/6/8xAMD/FQBNANL/g/8kADcAKgA4ADUAJgAmABsA3P/u/xgAIgA6AFIA3P/r/z0Atf/R/83/x//Y/97/IADp/xwA6//K/8r/0v8ZAA0A2P/3/5z/IQA1ACsA0f/T/8T/4v/b/+H/sP8rAB4AIAAZAF0AFQC7/8H/p//L/8v/AQDu//X/6//o/9j/UADa/0kAjQBJAJj/KADS/xgAXACt/1oASwBAAHP/z/+q/0MAIwAMAL3/7P89AC8AHwAdADoASQCt/yUAEACa/9T/5P9QAOj/KAArAOj/1/+t/6P/3v8gADAAFgDQ/8X/2f8eACUAEgD4/z4Ayv/M/9H/4v8UAMj/uf+v/+r/IwDk/8D/uv+z/97/hP8GALD/4v8TAP7/wv8tAA8A2f/F/z8A5/8eAND/wf8bAOn/w/8UAOX/FQDZ/zYA4v8tAKj/l//h/+b/GQDQ/yIA5/8uAC4A/P81AOf/JQDe/9D/NgDo/7z/2v8MAH0AKwCr/0AAIgAIADkAGQApABUAyv/+/73/NwAbAE0Au/81AB4AFAAsAD0ATgBFAOz/z//a/+T/GQDy/8j/r//+/6b/IQBEADYAHQC8/9//RwAUAGYAsv/G/9D/FgAWADEAOAAwAOb/yP/R/+T/PwA6ACkAMgDs/+//DQAQAM//0f/E/+r/0v/m/7j/FgCr/z8Awf/C/w0Awv9H/9v/5//2/6b/5//V/9X/HwCN/8L/uv/q/9z/yP/J/6//gP+h/7D/5f8WAIj/5f8UAOL/0//N/woALADa/9v/xP/e/yAAKgAoAOr/QQDM/33/3//u//z/JwAtABsArf+9/9D/LwDp/+7/NwDp/+//CgAUADkAFACm/8v/ZgDv/8r/FADH/0UA5/+4/9v/q//i/9H/UQDh/9b/0P83AKj/4v/X/yUAnv/I/8L/if8LABUA3/8rALj/5f+l/7//x/+7/+j/CQBJADoAyf8vADsAt/9QACgAHgBPANj/MAAuABwAKQC5/6r/6P9d/3D/x/9+/8//1v8rAMz/xv+//8v/w//S/yYAxf8zAEQARAAvANP/3f8dAND/4P/Z/9D/FwAUANn/FQDL/+n/vv/C/yIALgA+ADcAJwC+/77/yf8WAK//IwDF/7T/5P+6/wQASADm/+X/w/8eAMH/QgCs/7P/tv87AN3/rv/o/+X/5f/m/+P/3f8GAPb/IwDM/3YA5P/a/9//uf8dAFQAIwD4/8D/CgDl/xQABADT/xcAFADQ/+X/ff/o/yIA0v/M/zEA5//r/ycA5f/T/xQA3v/U/yQAGADV/93//f8ZAA0A4//a/+j/1//O/yMALgAKANf/4/8eANH/0P/q/xEA1v/X/0kA6v8NABQA6f/t/+D/t//F/zwAvf8iAKT/OQC9/wsAp/9QAB4Azv8rALf/6f+a/3cAxP+8/9b/HQAfAM7/tf/2/xYALADa/9H/BwAyAAIANgAYABYAoP8dAOP//P+n/ykAMQCz/yUA2v/J/0gAHAAqAKz/q//W/yMAyv/e/yMAFAD3/+j/yv8VANT/2v8jANr/mf+S/x4AvP8vAMb/IACk/+z/nf+7/97/MgAXAOn/sv/W/8r/LADl/6z/FQDm/5H/jv8VAN7/tv8jAOL/zv/a/xYAPADK/wsAUv/d/2T/sP8rANb/1P+w/ygAuv/O/5P/HgDS/+v/IwAgACMAyf/f/9H/HQDM/yUAzP+7/8D/v//q/7H/3//q/8b/6v/i/xYAxf8aAM//3P/i/93/2f8lADcA5f/r/+X/vf+Y/6H/wP8VACIA5v/r/9//2v/a/+n/1v+r/9f/FAAcAKn/1f8VAEgA0P/P/+v/FwBpAO7/SQCn/zoALwDz/7n/5f/z/7v/Ev8YAOv/6P/q/xUAzf/P/xoAFADH/9H/b/8iAOv/v/+y/x8Atf/T/7f/0//V/2UA9//b/z8AFQC0/7H/QgDd/xkAz/+x/xoArP/A/zAA1//e/+z/GwCq/3n/8P/w/xoAxP/p/7//oP+AALP/vP/S/w4ANwBLAMP/zf8oAP3/KACy/+X/1v+Y/6P/vv/U/9z/HgDP/xcALgBD/8n/yv/c/yIAtP/A/xsA3P+z/9f/GADo/8z/9//R/7L/KwCs/6//BACV/8b/LwDd/+f/zv+4/9D/vP/R/6L/1v/B/+n/xv/p/6T/PQC8//L/v//f/y4A5/+e/8j/2f/i/7v/GADW/3H/4f/j/8T/nv/S/xb/4//d/9r/yv/V/wcAjP8HAPD/tf8BAOj/sv8sANb/sP/N/4n/8f/M/woAFQAuABYAFwDe/9L/2v/q/+n/0f/I/9H/0/8oAND/uf/q/7z/QQAPABgAUAAoAFT/uv9d/8b/5/88AN//KwAUACIA2/9NAHz/FQDj/4//4v/K/x7/1//M/0H/0v8eABwAFQDL/xcA6/8nANr/FwAvABcAqf/q/9T/z/8bALv/zf8aACQArP/r/93/6v/h/+b/HACP/+r/w/+T/7v/7P/g/xEApv/E/9f/5v+k/8f/uP+7/8z/uP/a/xYA3P/B/zgAyv/r/9L/HQDm/83/zf8oADEAFQAnANT/sf+9/+f/n/95/wgAIgC//xcAvf/d/+D/oP9rAOD/2f/s/9//EQDN/xYAEQCw/xoA+f/f/5//HADh/7b/0v/d/0cA3v9UAMH/1P/d/8v/5v/q/9z/KADA/0MAJwDx/yEA3v8wAB4A5/8yAB8AKAC///H/6//m/9D/FACg/8D/NgDd/9D/IAAMAEgACwAfAOz/IADW/y8A9v8UAOL/n//g/+b/zP86ALX/5P/Y/+j/FADV/6//MgApACkALwDm/xcAuf+x/9b/2//P/8n/vf/I/6r/6f8UAMb/vf/c/+j/HQDb/yUAIQBUAMH/3/+w/+H/IwDx/7j/sP8oACcANQDr/9r/p//n/8D/4v/i/9//5v/p/9n/x//q/8//HgDM/xgAi//M//r/LwDq/9L/4f/l//7/2f8vAOP/3P/i/30AFAAUAM//v//Z/y0AGgCy/5D/LgBo/6//5f/I/+z/x//q/9H/sv/l/+z/7P8+ANv/KwBnAJr/2f8YAAEAHQDI/+j/1f/r/+z/2v/g/6z/yP/m/xwAHgDo/9f/3/9LAJ7/3f8bANz/0//H/77/xv/L/7T/FQAAAOj/5P8eAOP////E/z4A//+S/ycAFwDI/9z/JgCq/97/1v8SAMj/NQCr/+D/x/8CAAcA4P/A/8H/zv8UAOb/wf/5/+b/0P/E/+f/4f/l/9z/4P9CAC4A2P+B/9L/HwDI/9n/z//R/ysA2v/p/xcA1/8XACgAtP+A/xYAFADD/77/DQD4/63/UACx/+T/yv8wANL/0/+//xsA3//e/93/HwDg/6z/KwC+/97/gf8VAEgAzP80AOD/4v8hANX/KwAmADsAFgAlABQACQDU/97/5v/n/+T/2P/n/+X/sv/X/8n/2P+7/6r/q/8XAOf/FADr/+z/1f/q/83/sv+x/87/+//i/9b/1v+r/zcA2v/A/93/yv/q/8f/4P/M/8H/rP/W/9n/w/98/7v/sv8XANz/5f/e/8P/v//D/wgAyv8GAND/w/8OAC8A+v87ABIA2v/k/+v/4//h/8n/yv/k/ycAzv/q/zUA0P8ZAB4AvP8rAJP/iP+7/8X/2//C/7T/FQAoABsAu/+4/8z/3f/U/xwA1f8hAB8AHQDb//D/wP/l/+T/JQD//7f/TACb/6//rP/M/93/6P8eAOL/zP/n/5r/LgDA/ycAKQBMAOX/TgCE/8b/1P8VACMA3f/b/yAAuf8xAMf/wv8PABUANACS/yMA4v8gAOL/LwCM/9//FQAjAN7/rf8XAOn/KADY/zoA3//U//f/o/8PAJT/FQDo/w0AGwC4/+H/4v/m/7f/3v/c/7z/5//V/8X/KwA9ACEAFAAUAO//0f8VALr/LgBDAOv/5v8eABUA6v/q//7/HgAXAL3/p/+r/5//uv+p/z8Avv+2/6T/1f/V/8b/1v8pAMH/2f/r/9X/6f++/7L/2v/A/9n/6/+y/+T/5f+m/7X/4P+B/zEA5v+1/xIA0//m/ycAKgA3AE8Axf/R/xcA4P/M/93/PwDF/8X/FADg/7j/LgAlALv/n/8dAOP/GwCj/6r/4P/o/8//5f/P/7//2//g/6T/KwBUADAA3//i/97/6f+1/8f/yf83AIT/yP+Y/8X/tv/H/9X/3v/g/97/0P/l/+H/z//q/+L/5P8WAB0AHAAqAE8APQAVAOT/4v8rACsAFQAXAL3/BADP/9T/cgDQ/+f/6//p/7f/FgDc/9b/4v/m/97/HgDd/8z/KgDg/+v/nP/Z/7H/5P+6/8r/o//S/xYAFgAWAMb/4f8mAMz/4f/B/z8ABQAZANb/2/85ABkAwf8oAJP/1v8mAAwAzP/d/yEA+P8AALT/t//r/+n/LwDd/9r/3f/d/7n/6//z/xUAlf+//5j/1f8RAL3/IwDL/xQAFQA2AM3/vf+x/93/FAAiACMADQBUALL/qv8SAAcA2P/p/zsALgDp/7//FgCe/+r/KQAXABkAhv8GAGAA6f/n/xUA4v8HABkAIgC9/8n/zP+3/zcAKAATAOj/NAA8AOD/NwCu/y8A9/+l/wwAOwAXABwAFADG/xUA6v/m/zsAv//a/xQA2v/e/xQANQDR/+f/KQD1/+D/6v/W/8P/0f/q/9P/ov/n/xcA0v8zAOP/KAC7/xsAOwAUACoA5v/L/xsA4P/J/6//3f/h/+X/u//k/+P/1/9RAOP/Z//e/+z/4f/s/9D/5//n/x8AGQAvAKj/6f/4/6X/LADl/xcAAgCp/ykAv//W/+T/7P/r/9z/1//d/8z/mv+h/93/n/+//yQAyv/L/2//HwDS/9f/iv+k/6n/JADI/8//5P/g/xkAyv/t/+r/PgAVACYANQDP/7j/AwAXABcAFAAUAKn/RADQ/xUA2P8IAFQAFAAsAEsAzP/d/xYAFQAzADMAOADn/8f/GQDT/7D/jP/U/xcA6P/C/97/LQDG/9j/HAC7/ywA5v/j/+f/6//x/ycA5P/i/77/KACo/yoA2v+7/+X/GAA0AOz/5P/f/8b/5v8YAOj/KAAoAKD/rf/s/zQA9P/n/8H/tv/A/xUAzf8kACgAvP81AOn/6P/j/8T/i/+0/10Ay/85APv/fAAnABgAIgBAAB0A4v/c/8f/FwD6/x0A7P/T/7v/GQCW/8n/OgDQ/7f/DQDh/8D/5f8RACYAOQDM/8f/FgDb/+f/IwAGAFQAAAAIAHj/1P8pAAUA1//3/93/5v8yAD4Au//r/yIAKgDp/7n+5P93ACcApf8yAHD/5P+9/xUAGwDK/yYANgDk/9f/zv/p/9T/3f8VABcAj/8bABQA2v/H/9r/vP/h/xoAvP/o/0X/HQCk/9D/qf/J/7f/6v/d/zMASwC5/7z/DgDp/7L/tv8oAMr/sv8tAEwAIwA4ADoA+//M/+j/4P+W/yAALAAvANH/LwDf/xoANAAlAN3/HgDl/7X/6v/f/7H/6f/L/9X/3f/V/xQAxf/U/ywAXf80ALz/6//1/+D/wf/g/6b/6v8ZADEAUgATAOD/6/8cAC8Axv8SANr/IAAUAFAARAAtAA0A5v8ZAC4ACgCt/8L/xv/I/xkAyv/E/+b/3f/H/7v/zv9aADUA5f8SABsAJgD6/ykAFABPACQAFAAaACQALgBX/1AAFAC0/+r/4P/b/y8A6f8pABQALAAkABYALgAUANr/IQAdAC8AUgAiAP7/HQB4/xYAFgAaAAgA6v/d/xQA0P/R/9//4f+4/8z/JwBBAL3/RQCs/0oA3f+6/+T/KADr/+j/2v+v/8T/2v8MAL7/2P+8/9n/4P/H/ywA3P/Z/0UAv//E/zYA1f8PANP/mv/T/9P/FgAUABQAFQDk/y4AAgDK/8//sP+h/8b/IgDf/7//FgDF/x4ANgC5/+n/jf/V/6T/z//B/7T/HACL/9P/vv/d/8f/RgDl/xQAsf/y/z0Atf8iAOb/y/8qAOb/xf9XACsAMwAqAAgAOQBAABsAGwAhANz/MABcADoAIQA3ANb/VAAhAAgAHwA6ANv/xP8IALn/xv8XABsAQAAXANP/1f/p////RAAwAMf/x/+8////JADY/zkAwP+z/97/l/+K/xYA1/8WAMz/NwAVACAA0/8XAOj/xf80AMX/uf/x//z/xv/l/+r/5f9V/8X/Wv/H/0MAHgC0//n/IgAvAMn/NgA1ACwA0P+4/+X/OQDr/xkAKQDk//f/wP/d/7v/xv8EAKL/5v/L/yYAWgDm/8j/1v/a/6n/0P/s/7f/CADQ/9P/WwAeAL//uP/U/ywA3f/H/x0Apv9JABUA4f/N/8j/4v/l/+b/2v/b/9n/0P/N/9z/6P/o/9r/7P/m/57/IgAdABUAvf/P/7//1v8UAKv/0P/Z/+v/5f/Z/8r/6v/6/+T/PwBdANr/6v8gABMAFwA3ANv/sP/k/xwAxv9x/7n/4//k/x4A0/9v/ykAx//B/2AApf/f/9r/yf/1/0EA6v9mAMD/mP/p/8L/AgCL/zMAKwAuAOT/GwDh/+X/0f/T/9z/FgBRAOL/lP8VAC0AMwArAN//zv/O/+L/2P/c/8j/uv/I/zcA2v/o/87/KwCy/ygA3//a/97/2f8LABoAIADo/wgA0/8lAKv/LwAiAMj/FwATAL//2v9HALb/5f/g/1cAIwDl/xcA4P/R/xQAwf8cALv/3v/p/+r/4v8aANz/FADc/ycA4v///0UAzP/S/zgAw/8fABcAJwDV/7P/AQAUAD0AIgCh/0MATADi/ywAKwC8/+j/PAAnADwAuf/K/xUAqv+p/8v/2f8XABkAgv8LADIALgDg/97/3//AAKz/5f8cACEALwAzAMn/FgDJ/zYA6f/F/xQA2f8v/xQA3f+v/0kAyv8pADAA2f8ZANb/GACf/9D/y//I/5z/n/9GACQAFACk/+j/LwDr/xcAHgAZAOX/1f87ANX/6f+M/yMAOAA1ACsAvv/e/97/4f85ADoAvv8pABYAVQBGAD8AJADv/yMAOwDR/0MAIwDy/xYARQBaACIASgAlAEQASABWACgA5v8cABYAFgApABIAHQBPADYACgDr/6//KwDO/xQAwP+d/83/6P8YAKX/GADD/xYAzf8uAJn/sv+3/wcAVADV/9n/JwBpAEAAIAAVAOj/tf/U/z4AFgA5AMj/HADq/y0A0P/j/yMAIgAbABkAIACq/6P/zf/g/7H/xP+r/9H/6P/f/9b/1//Z/+z/yv/l/8T/u//i/77/6P/V/7r/5P/f/xQA2f+z//P/uf9VABgAzv/X/yYAGADW/5n/1f86ANX/4P/m/yAA5v+//0sAFwAdANX/6v8UACYAOQDI/9//6v/q/9X/HADr/7z/0//p/xgA6f8xAD4AHwAjABUALwAvACsAJwDl/8j/sP/e/ycA2v+7/z8A1v/j/83/q////+T/6P/k/9//1P/X/9D/IwDo/97/FwAVACMAIgDo/zIApf+q/yEABQA2AKj/CwB8ACEA1v/z/yAAFADZ/9r/3v/f/8P/1/9LAA4AHgDO/xgA4//o/77/5/+h/6f/HADL/yj/xf92/7r/9f8VADYAFAAtAAcA1f+x/wYAv//D/5//3P+//0UAPQDb/0UA3/+x/8P/9f/C/8v/z/8wAOf/pf+8/93/dgAVACUAhv8v/6P/JwDm/ygA2P+r/x8Aw//V/9L/FQAwAMf/5f/A/9b/y/82AGcAx//J/xkANAAgAN//FwASADEA0//V/8H/x/8xADEAyv/l/y0ANQAqAE8Ar/+m/+r/1P+f/08AMADq/z4As/9MAKH/3f8wAN3/GQAZABkAGQDd/9j/wP+p/+b/vf/Y//L///8UADIAJgDy/8z/yf/j/xgAEgAuABUAKgD6/xcAoP/S/yMAPgAoAL7/gv+V/9X/1f/X/+j/RABOACcAJwDr/xQAxP8VAKP/3v/o/93/NgDj/+f/zf/O/7n/zf+9//P/5f/V/+P/5P/f/5f/xf98/9r/4P9NAKf/EwAXAL3/IACv/1AA4v/d/ygAuv8xAK//uv/8/7r/GwAsAEkA0P9KABUAy/8bAOX/SwAtAFsAGgDC//7/+/+w/x4Aq/+//8r/1f/f/5T/t//j/83/v/+X/9v/0P/H//b/yf8oAID/KQDe/6T/zf/H/7r/nf/N/xr/NwBHAM//1v/T/+H/0f/k/ygA6//N/7L/KwDW/8v/CwDq/zcAGwAVAOD/3f+y/+z/FQAVANT/FQDZ/7n/4/85AM7/pf9bAMP/FwAjACwAFgBOABMAUgADABkA4f8pAJH/TwAWAEIAHwDm/8z/xf8gACgAHwA3ABAAUgAUANH/2v9FAB4A2P/C/zAA6P8gAFgAUgAuADMA3f/q/7b/wf8WACgAMwDr/8f/nv/B/+v/5P8qABIAr//e/9P/l//n/9b/OADT/9D/zP8LAOH/3//b/xkA6//c/z8AxP/R/57/lv/h/9X/sf/e/9j/5v/h/97/wf8SAND//P/D/9r/uP8kALL/FgAhANr/nv8pALb/HADS/7z/6f/I/8P/OQDW/67/Wf/m/+b/JwDV/8n/yv/E/8n/y//c//7/6f/J/+r/4P/P//D/OQAGAHz/FwDX/8z/t//H/zUApf8hACgA4P/g/8X/t/+1/+v/tP/D/9r/wP8pAP//CwDu/7n/5/9RAOD/x/+s/4r/PQDK/xcAy//J/wcAsf/A/7j/1f/l/8b/DwAmAIj/4//o/wkA1P+1//7/0f/L/+b/0/8rANf/6v/q/zMA3f9x/yMA+v/+/8L/1//P/7v/yv/B/+D/vv+7/wf/FQDk/+b/nv+j/+b/IgAoAHX/FgAdAMv/zP/w/xcAIQAhACEAFgASAOv/t/8lABYA3f/f/9T/FACH/8f/RAAnADgA5f/y/+X/MAA3ABsAz/+//yUA/f8UACMA4P8iAN//6P85ABcA1//g/wgAJwATAJv/TQCq/0IAIAA1ANf/FQAaACoAAwADALr/6/8uABsAFgDr/2EA4P/S/1UA5v83AFEA2f8xADgA3P+q/8j/yf+t/yEA5P8pADwA5v/i/1EAHQBIACgAlP/W/4X/KQAtAOL/xP+R/4r/3P/e/zoAs//g/1UAHwAgADcAMQAVACgA6v/A/zMAy/8DAOX/5f+x//7//v/p/+v/KQDd/3P/5f8zABYA3//o/7b/wv8jAOD/rP8WADgAyP+x/9//yP/Z/ygAGQDr/7n/MQAEAGP/3f8eABcA7v/L/93/BACt/8n/4f+r/9r/4v/C/wwA3f/l/yMA5//l/9b/zP8cABUAAgC2/yAAFADn/x4A1f+9/ywAIQD2/y8AzP/+/xIAFwD9/yQALQDq/zEAxP/f/xUAFADL/97/4P8vACEARAANAM7/uv9jAL7/NQDd/x0A4//k/x4A3/+p/87/2v/k//f/JwAbABQAx//7/+T/FgAkALv/1/88AMb/0//o/7T/lf+4/9T/6/++/63/vv8UADUAz//P/8v//v8rADIA5/+5/xUA6P+7/9H/OgC0/6j/FgDn////6f/P/yQAsv+j/xUAwv8pALn/4/+p/8//1f8hADMAFwCe/+f/0f8tAM3/u/+S/53/6v/E//L/MgDe/ywApv/k/5D/qf+v/z4A4P///yEA2P/H/7b/DwDX/wkAIgDy/8//8v+z/8//AAD9/xcA8f/o/+v/sP8XAMT/xv8GAAUA0f/r/+D/5v/G/xYAxP/R/83/1P/a/0kA7v8UAAUAIwA4AOj/QwDP/xIAqf8NACgAKADV/xEAJAAkAEUA0/8IAAkAMgBFAMT/KADU/2QAIwAjAFUAKABiAJn/JwDI/x4AHQAdABwAPAC1/8z/1f9IABUA4v+l/6v/MAAeAOX/Nf/M/xQA5f8XANv/sv/p/ysAIwAhABgAwP8QAN//2//Z/xkAMgDG/8v/1v8iAMv/LwDm//z/x/8iADQAJAAfAFQA5//l/ykA6f/p/yIAtv8rALX/0P/V/8P/5f/G/+j/GQBHANz/tf/N/9//FADZ/wQA2//r/5P/RACt/9T/tP/V/7D/yf/r/8r/0f/c/yoA2v/0/+H/0P/W/6r/tv/m/8X/4v/q/yYANwAyANr/wf8hAM7/LwAvAC4AlP8vADEA1f/V/33/4P9NAMT/zf+y/6n/sv+y/8b/s/++/7T/SgDI/8X/tf/N/x0AKwADAKz/8v8VAJ7/1P/j/5z/hf/M/8P/Sv8wAHz/pP+n//X/4f+Q/9L/8P++/93/uP8VAOD/g/8vAN3/uP/Q/yoAHwDf/+b/5P+y/8f/1v+8/8n/5/+2/8//AADd/+b/IAD+/+n/yv/O/zIAMgBSAMH/6/8dANb/GwDH/93/NADH/xwAFgAcABkAmP8vAND/zP+7/9P/yf8hADMAFAAUACgA8/8rABsA2P8yAOr/4P+4/9H/FQAVAOL/JADN/8D/LQDd/+X/5v+f/9L/0//m/x4A1//r/87/4f8VAOL/z/+6/ygAuf9x/xwASgAqAOj/rf/f/yEA5v+5/3P/HABz/9f/sf/U/9n/1v/T/6P/0P+y/yMA3f+c/9P/+v/J/wsARACw/8b/FAAKAMn/9f8VAM7/MAD2/9//HQCh/+n/nP8pAA0AEgDR/9H/2f8iAOT/HAC5/8v/HADB/73/FAC6/yoA1f/K/zsA4v8EALr/sv/c/+r/HADl/8z/GQAgAC0Awv/J/9r/KgDd/5j/5v/c/+L/HgCF/yEAvf+j/x4AHwC5/xQAFAD//+D/uf++/xQA5v/d/8n/wv8bALX/GQAiABkAGACV/+b/z//p/xYAFQDr/9r/3P86ALH/FgCu/8r/GwALABkAyf+5/87/AgDi/7r/0v+l/8H/wP/g/yUAqv8hABoA1v+l/5T/tf8WABQA0v/H/7//KwDr/+r/1//6/0MA2v/i/xsAFQApAOD/1/+//9b/IQDL/6//0P+N/8H/zf/f/9H/zf/K/+n/zf/s/+n/3v/o/83/yv/e/+P/uf/V/9//4f/d/wgAJADQ/wwA1f/c/7D/xv+0//3/uP/r/7L/kv/i/7//0P/N/87/QP/h//T/uP/k/+j/zP/A/+z/PgC1/+v/9P8LALf/5P8QAN3/uv9lADEABACj/8X/IwA3ADUAQwALAB8A1f/k/5r/wf+u/9T/7P9iAMH/KgDk/wQAOABcACwACwAZAMP/MACH/0QA2//w/+H/4f+l/57/BQDW/xQA0f+GAGn/8P82AMr/8f+e/9j/7f85AC8Atv/a/3T/WwDc/w8ABgAhAOj/SABNABoACQDi/yUAzv8dAOf/OwDV/xUApP+k/x0AGQC0/0QA3P/e/5z/5P8xACIA2P88AOr/YADO/7z/tv8iAOX/2f/Z/93/xv+o/63/mf+a/6P/FgDM/+D/oP/p/yoAIwDK/4//xv8mADgAtf83AM3/t//a/+T/5//A/xcAFwAfABQA//8cACwA6v8kAN7/FQB7/+//FQAVABsA3f8UABQAFgDl/4P/6//Y/7X/3P8jAAoA5P+h/9f/QgAqAND/WgAoAMP/HgBHAHv/1f/e/+L/IwDj/57/zP/U/y4AFwAuABoA1f8VAMP/HQAUAM3/w/+//0UA3P/Y/xQAFgBkADcAEgDT/x4AUQA7ANL/KwACANj/3P/A/zEABgDr/9L/z//l/8j/0v/c/8v/GgDp/9n/0v8nAML/xP8yAML/KAAkAB4Amf/r/87/GwANAKj/PQDP/8//KQBIANv/3f/f/+n/MwBIAOj/6P+3/7D/1//r/9r/x//r/7f/tP/s/6b/4v/q/6//2P/G/7//1f/n/6r/LgAqACMA4P+p/6//JgAjADkA0//R/7b/tP/B/ysALQDJ/6D/3v/R/8f/NQAYAD8AFQCs/8L/1//P/7r/1//Q/+n/uf/D/8n/sP/a/7L/uv+7/7X/xf/R/8f/t//K/1UA5P+//+D/vf/R/7f/1//N/8r/i//S/8P/4//h/9D/yv/R/0IAwf8bAOX/yf/b/8L/FQC8/00A3/8iAL7/FgA9ADMAzf8tAEoAuf/9/+j/2//9/xsAm/8lAGT/5v8VABkAIgDO/8r/zP8dAD8ALgDn/zEAyP+v/83/HQAdAA0Aqf8qANL/HgAwAAsATgAYAC8Ayf/f/9D/PQAfAAUAFACu/xUAGwBHALr/n/8MABQAsv/L/9H/6f/a/+n/zf8wABcAFQAeABkAyf/V/9z/3v+R/77/zv/o/wkAmv+k/9D/sP/r/8L/0/86AN7/2P/V/+b/6f/D/9X/1f/M/xUACgDn/xUAnv/P/9X/wP80AOz/kf+J/8n/FQArAC4AFAAiAKT/FADl/93/3f/f/4X/AgDI/8r/TwDE/+X/5f+x/9n/IAA4AO7/GQA0AMH/1//X/73/JABIACUALwDC/9D/6//Q/wQAuP8vANH/DgAfANr/1P/q/zoAEgDB/93/iwDd/+n/xP/T/7v/7P9BAAAAHgAOABUAxP+9/10Aw/+y/8v/y//o/6n/PwDD/7T/ov/n/6v/5//F/+r/xf8pAMD/xv91/0QAFAAjAOf/5/8bABkAyP87ADUA2v+T/8z/4/+F/+v/6v/T/7j/4P/q/y4Asv/M/9P/5P8xALT/1/+j/9r/4f/q/wEA9P+8/8v/BQDR/8b/s//O/8j/mP+X/9P/OQC5/6H/0P+j/xgAuP+z/73/q//Z/xsAyv/5/yAAuP8hAN7/vP/h/yUA0P+//7v/t//A/5//FQB9/8j/WwDS/yAAof+//xkAuP/C/7D/MQAuAN3/hf/l/ygAu/9q/9z/FQDm/8f/tv/T/zEAlf+0/7X/NwAVABwAkP8PAEkA1v+4/zcA3P+4/yUAsP8UAIP/o//N/yMArP+Z/yYAQADi/xQAw/+w/yAAyv/9/zUA0v/q/8b/2v/e/+n/0P+4/xcAt//Z/8b/w//J/7z/xf+5/9X/5P/W/8z/u//H/+D/qv/r/+b/5f/Q/83/zv/N//7/IgCJ/7D/NQDl/6P/FwALAOL/1//l/xkApv8QACgAl//2/8P/3//m/0oAEAD3/6z/6//q/67/0f9aAOj/qf/l/3X/MQDK/yYANQDT/z4ApP/O/9//4/8WADsAGgA4AGj/bP8bAMz/6v8w/9X/MAC7/9z/EwAYACUAyv8WAAIAFgAkADUAJQAlANz/6P/I/x0A0f/b/9z/wv8pABUA5//n/zIA4v8UACAAyf+2/8T/5f9BAB8AKQDF/9H/4/8YADUADwDk/+T/3//M/8X/0P++/87/0f/Y/7f/FgDa/x4AKAAwACUALwAVABUANwAvACkALgArABoAIAAkAOL/Sf8pACUA4P/g/6T/LwDo/+T/1f/X/9L/5v/r/43/wv/O/+r/0//q/6n/0P+//+b/sP/P/9r/6v/d/9L/z//f/+b/FwCt/x8Ay//b/8j/UgDI/+T/j/8jACMAoP/m/yIAbf+2/9v/1P8NALb/FwANAND/PwDi/8r/FADm/5P/AwDc/+X/xv/H/+L/xv9AAMn/BgCv/xkA3v8XAEoAMQC8/9j/yP/l/9X/2f+8/zIA4P8VACgA2//s/7P/3P/C/8v/tP/p/1z/xf/n/9P/yP/M/x0Agf8VADMAs/+0/+X/KwAvAKP/0v8cACsAwf+z/9j/4v8+ABUAGADE/xkAyP/N/xQANgBEAFIAzv8WALT/WwA2AKL/zf99/8//3//p/83/zf8sAMn/0v+v/9j/j/+6/97/5v/i/5//2f8pABoAnf+6/ycAyv9AAOr/rP+T/9L/0P/N/6X/6v/N/8X/sP+0/9v/tf/S/83/IwAqABcA0v9LANb/HQDY/z4A0v/o/93/6P/S/+H/6v/b/2IA2v9VAN7/FwDT/6b/z/8cACEAd//d/y8AHADK/+f/uP/X/73/0//p/77/vv+t/xEA0f/Z/6X/rf+5/7//sP9DADoA1/8yACgALgAdAL//RQDL/0QAGQAUALv/mP/q/83/HAAoAM7/OgAYACgA8f8JAEUAGwDm/9L/RAAeAGkA3f/H/9r/5P8bAB0AOwAuAMD/xf/g/xQAq/+//9n/rP84AMT/uP/L//L/y/+s/77/5//1/8z/KAC9/xcAt//S/+D/LgDf/97/1v9DAAAArv+//9z/KwDV/9H/AADc/xUAmv9KAIj/MQDn/+H/xv/T/xcAtf/c/0oA3f83AAAAVgC8/+z/bgAVANf/0P/R/9f/IQCQ/xQA3P+u/93/KgAbANz/FQDF/9r/GQAVAKH/z//j/+L/t/8dAB8ALQBPACsA//8kAL//FgAzACkAOwCy/8f/FACq/zMAIQAQACIAwv8KACgAyf/z/x8ACABQAHAALwA3ADMA5//m/zEAFADN/xgAHgCy/97/zP/P/yIAGQAXABsADgDp/zsA8//r/9j/GwAyAO3/zv9g/xYAMQAUANH/pv8XAL7/7f9BAFQAIwCk/0wA2v8ZAOf/5v82AAkAKAAWABQA//+m/xQAKQDl/8f/uf/E/+7/BADG/+T/vP/O/xQAGgD//xkAPgA+AB0A8v/r/zkA6P8fAK//GADM/9X/wv/a/0kAfP/8/8//z//n/47/X//k/7X/6f/p/+j/x//k/8T/yv/y/10A4f/B/8H/2f/G/9T/LgDS/67/FQDJ/0sAlP98/9n/4f/Q/xQA4f8qAKf/SwDO/08AvP/n/xUA2f/c/73/vv+X/7v/sf8UANP/FADp/+X/2P/f/yYA3/9bANn/0f/A/wIA4P///7b/xf/O/wsAvv+z/87/vP/T/+f/rf/E/97/BgDl/9L/0v/E/z4ALgC//+j/LwAVAM3/ZwDl/8D/wv/r/z4A5v/l/+n/2P/j/+j/tP/e/+r/0f8nAMb/rf/U/47/uP8dAOj/FQAxAMT/v/9LADoA3v/e/9j/NAAbAC4AAQAWAOv/CQDq/+H/zv8+AD4AHQDN/zoAMwCr/97/U//W/8z/IQDq/8H/s/87AAkA5//n/9T/yP/K/yQA0P9NALH/6v8oAN3/zv++/+H/ov87AO7/1f/P/z4Av/+n/8D/MAC9/8r/2v8GAOv/0//j/9P/tv/i/+X/4v/9/ygA1v/D/+f/zf/Q/8P/KwDe/w0AKwCI/0IAqP/h/+L/u//j/+f/uv/N/+f/0f8YANv/BwAXACEAGgDW/5H/xf/Y/yAA5v/l/xQAFAAlABcAFADW/1sAJQAjAJD/HAAiAA0A5f8pABYAOgA4AOn/4P/n/9D/VwD5//D/zf8jAOL/z//W/0IA6f/L/9T/HgAcADsA1P8WACAAZP/f/+T/5f/w/+X/FwC8/2wAv/+X//z/FgAkADUA0v/s/wwA2/8oAMH/6v8mANv/wv+8/9X/v//U/+b/IgCv/8H/yf/q/xsAxf/T/7v/sP/p/8b/o/+i/+X/6f+c/9T/zv/m/9f/yv+8/8P/rP+X/9v/2//N/+L/0f/I/+b/vP/V/9P/y//O/87/y//h/+r/jf/Q/77/6v+n/zwA2f8bALX/qf/C/+X/vP/S/x4AHADQ/8r/4f/j/8n/zv/e/1UAGADW/9j/6/8IABYALgDF/+n/vP8wAOr/6f/p/+P/y/+0//3+fP8dANX/DQC8/xkArP99/6D/fv8dADEA4/8cAGEA4v+6//3/0v/Y/8r/FACw/yIA0v+5/9H/zf/r/+v/NAAkAML/CADJ/8L/5/8gANT/3v/r/+b/t//H/1gAw/8UADkAx/8UANH/6f/k/+z/GwDc/8b/GAC2/8H/u//l/6D/HwBHAOr/6v/h/7b/pP/e/7X/0/8TAMX/4f+3/67/IAAcANX/JACV/yUAs//R//3/2f/v//f/vv/T/9f/h/+k/x4AEgDC/8j/zf+g/5T/LQC4/9b/3//M/zgAUQAnADcAJgCx/1oAuP8fAFUAVAApADsA///i/1UAGAAnALj/uf/9//r/1v+Z/zsA3v+2/8//ZACa/wEAHgDP/9H/tf+j/7H/BQAMAFQAGACi/97/QgDZ/xkA8f/Q/+P/rP+7/zwAOQACAMD/CwAGAAoATP8lAKH/LwC9//P/vP9i/6P/JQDS/8L/DACz/9X/AgALAJ7/1P+n/9X/BgC2/8P/u/8VAKn/9//g/8//AADq/8H/CgDk/xUAGAAjAO3/rv8ZAJ7/e/+v/9P/t//x/+j/FgAZABQAz/85ADoA0P8ZALz/yP9DAOH/tP+6/97/6/+8/+P/zf8HALX/NADi/+L/7P83AEAA1P8lAEYAs/+n/9X/tv+7//f/z/+9/7L/JAAqABQAIQDb/+f/yP/c/+P/DQA5AB0AOAAsACgA6P8HAOX/yf8eAN3/7P9PAP3/IADX/xQAuf8uAMr/3v/X/9r/zv/9/x8A///q/ywA3v8VAND/FADr/zgAy//j/0UArf8OABoALgDQ/9z/TgDn/ygAHQC1/+b/LgAWAOT/LQC2//n/NAD5/9n/w/8rABUA1P/G/6D/yP/X/wgA2f///+H/HQDM/wIANABRAOP/2v/P/+r/5f/l/9L/HADn/ykAyv+3/73/JQBTAPX/FgAcAC8AGADD/zAA1P/E/9X/0P9KACoA+//X/6j/BQAJAKb/GADm//7/WwDc/+P/6/8QAP//nv+0/tf/NwBq/yIAYgC9/6n/7/8NAFMAOgA8AN7/4f8hAOn/PQDj/w4A2//e//D/7P/i/7H/OwDN//T/4v/q/+n/NwAuANj/LgDm/+z/KQDF/83/JgBAALz/6v/m/+P/KADC/z4A5f/W/wsAKgDm/xUAKwAGAOf/3f8UAMT/y//m/xUAHwDa/9f/xv8vAMf/IgDD/9n/zP/I/9H/3v8wABYAFgAWACUAFwCv/yYALQAWABYAtv/N/8D/f/8fAMb/HwDb/1wAMQCh/8z/yf95ALX/vf/2/73/GgAbAMH/0v8jAL7/SADN/9L/FwDh/8j/2/+x/7L/IgDg/yMAPgAjALz/5v8PANP/3f8gAAwAvv/5/5b/+f8pAEEAtv9HAOD/FgBFAMb/HwA2AAsAiv++/ygA4v8mACkANABBAOb/PwDR/ygAHQDT/9j/EwAVAM//wv+i/7T/MAAUAOL/NQDm/xYA8/8CACwA/f8hADgAMADg/y0ABwCq/wMANQC6/yUA9P/F/xcAFADS/+n/1/+U/0UA6/8gAPX/5v/i/zgA0P/n/8T/JAA6AAAA0f8WAAwAyP8QAOf/GgDR/6//LgBrAL3/6/+8/7X/KQCl/9L/oP9BAOf/MgACACgA3f/6/9j/kv/j/xYAPgDG/xQA6v8WAB4AHwDT/zAA9/88ANT/CADF/9r/vv/X/8v/jf8sABkAu/81ADQA5//e/8z/qf8bALn/2f8dAD8AFwCl/ysAuv9NAJ7/4P/n/5v/1//l/9v/wv/d/5z/5f/X/8P/4P/r/yoA6v/F/83/6v/l/8H/JAAUAPz/1P/q/x0AGQCl/8D/k//X/7P/h/+Z/63/1v/T/7//4v/N/+r/3P/V/9n/xv/O/ygATwA9AEYA6f8ZABYAFAAXAMn/vP/q/9n/y/+9//7/s//h/8f/FwDn/xkA3/+y/+L/2v+2/+j/1f+n/wsAFgArACkA7P/q/+X/FQArAOb/0P8kAN7/nf8wAOD/LgDq/0MA3//V/zAAPQDV/9L/5v8nAPz/sv+r//7/pf/c/ygAwv+7/9P/2v+p/7f/xP8nACcAZv8tAOb/4P8cAEsAOgAEAN7/uv8kAOn/FwAZACAAMwAhABQAdAAWABgAGgDW/y0AAgAZAMH/EgAUABMAEgAXAID/FgDs/+L/JwBE//v/9/+5/8r/h////xcA5f+m/+L/w//Z/yoAt/+T/0cAHADH/97/sv+j/5//SP/X/+f/af/T/zMA/P+h/xwAEwDH/8v/n/8oAAcA5v8VABQA5/8tAOj/+/8eABcA5f/W/x4A5f/P/yEAFwC5/8L/FQDr/97/wP/b/xcA3v/e/83/FgAvAC4AKQDI/ygA1f8eAOD/LgDE/7z/uv+CAFUACgCy/x0AKACP/0oAPABkAEUAKAAJACUAMQAVACMAKgAbACEAWAAfACsAy//f/+D/FwA1ABsAFQApACQAOwAWABoAMQAeAC8ATwDi/yMAMQDf/xUAFQBJALL/GgAbAA8Agv8TAMP/3v/g/+b/GQDD/+T/6v+H/4n/AAAVAM3/LwDM/xkAVADm/x0ANAAtAMv/KADV/wkA4v9JANL/MwAWACIAKwAvACAAVgAPAEEAOgD3/+X/vf/r//f/6//l/6v/JwDW/xYA3f8dAH//4P/W/97//v/l/5L/z/+N/8r/u//i/37/0//X/6//EABi/67/SwDz/ycApP8hANv/PgAbANP/4v83ACAA1v+8/9z/5v/c/9//3v/q/9T/tv+P/yUA4P/C/9P/6/8UAAYA3f+N/9b/1f/H/+f/rf+i/7n/JADq/9X/3f89AOT/JQDe/yoA5//r/x4Awf8wAMn/FQDT/8z/w//m/+r/LwA7ADUA5v8dAOr/q/8GAC0AFgDD/xUAxv9f/8z/t/8rANn/6/+j/+X/LwDa/9f/v//g/0kAFgDa/93/6/8ZAAQA8f+5/0sADQDA/8v/3f/q/+v/AgDB/8H/LwAeADMA1v/q/73/5v/Q/9T//v+4/7//6P8ZAN7/JAATALX/0v/J/8D/1v/5/9H/3v/N/y8AFwAVALf/5P/o/+T/y/+5/+H/1f/T/9X/2P/O/18Asv/P/97/2/8WAJb/4/+o/7r/4P/N/wYA4f8XAPj/q//d/yIA5P+c/xUA4v+6/7b/6v/i/xQAGgCZ/4H/4//n/4//yP/P/2//z//D/5H/z/+z/9b/BgDL/8j/0f/a/+b/5f9JAOL/FACI/6H/MAACAMr/AwAoAOv/3f8/ABwARwA4ADAA6v8JANT/0f/5/0oAHgDS/+b/IQDP/9X/AgDd/xsAHwAdABcAKwAXABcA0v/m/wkA6P+o/+j/KwCc/zkA6//l/1gAIwAWABQAov+n/zsAff9KAKX/MgDJ/6j/tf8PACcAOwBWAMb/IAC0/xUACADi/+T/3P/j/8P/MgBAAB0A2f/H/yAArP/f/+L/w//n//L/tP9UAD4Awf/6/+j/AADz/83/HwDW/+v/pP+w/8v/FwDS/0IAsv/Z/y8ANABdADEAIQAgABgA5P8iAFQAVADn/xYAEgDA/9n/0v/g/0YABQBLADgAJgASAC0AWQAUACoAOQCm/6r/3P/+/zEAGQC8/+j/HADa//v/5P86ACAA+v/f/6n/uf87AM3/pP8hANj/5//B/+b/IwApAOr/1f8jAM7/+v+k/2r/KADg/+H/tP8tAM//vv8XACEA4f/g/+r/xP8vAEgA0f/g/5D/1P8NAM3/QQDo/7j/MQAXAEb/3P8oACgA7v+5/zUAGwA3ANj/RAAQADoAHgAtADUA9P+i/yUA3P/X/8n/2v/d/+b/r//T/y8ALwAvABEACwDV/63/6P/9/9L/WwA8AOr/2v/T/73/0v+6/z4AKQCRAMH/UQDB/9D/MwDo/yYA2f/q/y4A4P/b/9j/5v/L/0UAzf/S/+n/n//o/9L/xv/L/8L/MwDL/x4AwP/p/xAA5P/p/xcARgAoAM3/CgBDAOX/6/8pABsAMgCx/7j/PADN/6P/FAD4/zgA4v9JABYAWwAUAAAA4v/L/9v/vf98/w4AIwAjAN3/NQCj/+n/KADb/9v/0v8vAIP/5//L/87/tv9jAJz/PADb/9v/tf8PAPn/FgDr/6z/HwATADwAGAAqACkAl//g/63//v++/9X/4v8iAOn/sP/q/+L/1f+v/7n/+/87AC8A4v+9/0sA6/++/8X/zv8rANT/9P/0/+j/wf/i/xYADgAmAPr/3v9JAAoA4/9XALT/4//s/xsA4P8oAOL/AgDc/8j/zP/p/8r/x/8HAKH/pP/T/73/2P/l/7D/3v/R/7r/5P+s/7L/0/8KANn/xf/U/8v/uf+7/9z/vv/a/9f/yP/e/8D/2/8fAM7/DgDU/9b/8//Y/8v/1//O/w4AEADf/+T/1f+x/ykAFgDO/9r/tf/Q/9T/yf+x/ykA0P/j/8r/j//A/9X/zf/G//P/4v/J/+b/4P/2/7D/vf/J/+r/v/8dANH/5v/K/8H/3f/+/+H/sv/g/6n/yP/l/wIA0v8OAOD/6/9x/5H/yP/i/3P/RAC//ywAvf+f/0cA4P+q/8P/yf+s/8r/1v8UAMv/JgDS/+f/6f/L/+n/3f/n/xYA0f/j/zcAAwB1ACUAuP/6/5H/2f+8/7L/1f+4/yMAFQAfAMX/FADd/8//HQCt/7r/7P8HADQAp//L/9f/1v83ACUA9f/a/9z/4v8YAJD/6//G/87/nv8eABkAyP/l/+j/5P/l/+P/3f88AKP/DwDb/+v/4P/M/9//nv8hAFAA4v/J/87/vP8UAPD/CwDU/xQA0//O/7P/3v/e/5b/FgDD/13/hwDH/zIABgC7/9//uv9s/9H/4v8hABYA6f8nAMn/OP+n/8H/iv8sAB4A6v8vAMD/4v8oAKf/6//P/zAA6f/s/xIAPADV/yEA1P/S/9L/EQAYAMT/LAATACkAxP8XAFsAHwD3/xQADwDi/ykA3v/p/8H/x//M/+r/LgDu/+X/5f/G/+r/yf8UAAsAGQC2/8v/wf/W/8H/3//F/+L/xP/g/zEAsP/K/ygAnP9M/7f/o/+//1IAyP/8/5H/qP9a////gv/l/73/t/+3/9D/xf+S/0kArf8cAK3/rf+Q////ngDN/5X/c/+G/3//oP8v/3z/NP9xAN3/6//B/zkALgCo/z4A5/+i/0AAh//f/1D/4//0/9T/y/8VAKz/KQCO//j/9f9m/6r/k/+y/z4AQQCo/3cAt/9FACMAGAAlAJr/6f/u/5//xf/D/8//Lv+k/ywAvP+l/5H/xv+h/1D/rf8zALr/i/+2/0UA5//5/qr/HQBdAOr+b/+j/6L/kP+w/6z/sv+9/4j/zf+a/wYAKQCz/3r/W//H/0sAGwBt/43/u//B/xYAIwBHAMv/kv8OAF0Ao/9i/33/sf8YAGX/zv+v/yEAtf/J/4//BwCr/4//ff+1/0gAEQBSAM//uv+N/ygApv+f/7r/tv+//0//UAA0AKb/sv/V/+f/4f8MABQAuf/4/+r/4/9tAAwAR//R/wUAeP+h/9v/FQA9ALf/p/+//7b/T/+D/7r/fv/A/8f/UgBX/2b/4/8fAM//pP80AEcAPgAeALL/tf+6/2z/OgAaAE4AlP/Z/6//zP/k/6H/6f8ZAF0Ar/8wAAYAKACC/5P/6v8nAK3/PwBX/9f/bv9U/+X/0/8SAL//wf+o/2D/GQC//9D/rv8nAML/0f/B/x8As/+k/77/9v+r/5n/8f4bAAz/tf/q/z8AwP+Y/2b/gADx/3T/g/+L/9j/l//H/8D/IwA7AKn/jf+c/5//o/+0/ycA1P/l/xgAsv8YALn/bv+y/xIAPf/F/7r/fQCd/2j/5f8rACsAV/++/8f/i/87/6H/dv8mAOT/iv/i/7j/3P+7/9H/3f/t/7X/ef+m/6T/MABZ/2L/4v+e/5D/xv8FAOH/GgBvAHP/tf+K/9f/rf+F/xUAKADX/4j/vf8y/77/0/+2/6//jf+i/13/QADA//T/0/8pALT/+v+X/+z/uf80AMb/IgDc/6L/u/+S/9L/QgDE/77/yP+K/6H/xf/B/5//KgDH/6n/s/+w/5D/wv8hAOv/qP8v/8r/lv8pAOb/RQBKAMb/FACG/9X/5f8eAAAAVQCn/9T/nf+v/2YAYwDT/+X/S/++/8P/zf8FAHD/JwAMAKD/CQDU/8T/if+z/7j/S//M/xcAXAAc/xYA1P8HAJf/Y/+t/xUAwv8RAJj///9m/1n/8//M/8X/s/8jAJf/xv+x/9n/jP+V/7D/q//M/5T/fv+f/zoAV/+q/y0Alf+Z/4v/JQCQ/7H/p/9t/7H/q//K/wUAd/8oANL/Uv+//8L/n/8NAJf/wP+j/xsAhv+s/+H/lf/k/+j/t//E/8D/b/9k/3n/tf9T/13/KwBLAHv/4/9//ygAWv+R/2z/+f46AK//uf+Z/0z/yf+y//P/4/+h/9f/+f+m/8L/mf/A//v/3P8vAHr/BAAHAMz/pv9BADkAcf8xAFj/av8a/8H/vP+e/8H/ov+f///////M/8X/wv9t/63/j/9t/7b/zf+f/9z/i/+S/8z/MgDG/9X/bv9f/5v/dP9s/33/Sf8GAL//9f+Y/73/fv+o/y4Au/+I/zEAFwCR/wcAz//E/6f/8/8aAOH/fP9N/8b/y/+8/0b/iP9k/2z/4/+v/5H/1P8OAL//mv/J/5//v/+v/zoAUP+q/6H/qf+1/5P/DADW/8j/2v+7/7r/kf8KAOP/MQCg/8T/MQCk/57/pv8IALv/0f/G/1YAm/8HANT/BQCp/+H/HADg/7f/qv+b/7X/RQAVABAA/P8mAML/FgDY/9T/q/+z/5z/u//A/i8Ae/+p/2r/PQC6/7D/mf/W/xEACwArAIf/LgCK/83/of/m/yIAuf+M/0H/hf46AAoAn//n/y8ATgAaACMAAQDN/ysANgAnAN7/gP+b/7v/0//m/5z/9P/U/4b/qv+o/8v/HwDP//P/QgDC/zv/XP+R/xsA8v9TAEYANQAiAJ3/vv+5/1AAgf+v/93/KwCT/8r/wf/I/6T/cgCB/tP/Y/+//6f/BgCS/2sAkf/H/8H/CAC8/0MA+/+p/yUA+P/D/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArv8MANT/ff+c//P/7QCmAAoAGgDe/9n/Yv+l/7L/DwBSAJb+UgCTAKb/cwAmAHr/CACw//3/Tf8fAAUA9v/c/ysA3/++/+D/4v8iANj/KADf/+v/vv/5/zMAsf8HAC8A3P/i/9r/1f/f/3EA9f/P/yAA/P8eAOX/yv/2/wYA5v+7/+n/FwAlAJz/zf/g/9r/IwC//7j/ZQC2/7j/CgAgACEADwCv/9b/4f/N/wIAiP9HAKb/HgDs/9L/EAAXANr/rP9KAEEA3P/J/1sAFgDQ/ycA/P+1/6j/IgC2/5v/5f/U/9P/t//q/7T/HQAaAOH/t/+5/9b/NQDQ/3v/OwDe/8r/JwC2/9T/4/9//zAAv/8BAPf/zf/3/xsAGQDL/+L/7v8eANz/6/+p/+T/xf/0/wMAzv/r/7f/3//I/6v/iv8kANr/7P/N/xQAGADh/0IA2//q/7//BAAGAFkA0f8RAN7/uv/7/7T/TwBVACQASQDc/xYAxf95/xwA0P8JAAIAMwAVAM//2f8SAKT/mv+g/97/zP/G//z/MQDT//z/6P/M/8H/qf/q/ykAEgAkAMf/LgAsACAAvP/S/ygAFgASACsAzP8CANL/x/+0//b/t//J//3/t/9P//r/w//j/xwANwCb/8L/JwAcABMAFABy/6T/vP/e/9X/xv+6/7//m/8eACcA2f88ALH/FACr/8P/DwDl/9//1v/A/zUA4P8bABoA3//E/yoAKAAUAOD/5v/q//H/4P/r/5L/xP/h/8L/0P+w/1AA9f8MAL//2f/N/5P/y/+7/w0A7v8gANr/pv8QAEEAy/9PAOz/wv8uAMT/7f/r/yIA1v/d/6b/4v8DAPf/5P/r/9//nv8dABkAPwDd/0MA8v/Q/x8AFwAeACQAJQAUALr/IwAZANz/4f/V/9T/wv/x/xkAPAA4AOj/HgBnAMH/CQDI/9//7P/K/9n/FwDr/83/RwAvABkA6P/Q/7n/xv+v/4z/HADo/7T/vP/K/yMA4v8YABsAr//a/+n/HAAcAPP/zP/h/+n/UP+V/zMAFQD7/zUABwC1/wYAAADf////3/+2/wIAuP/r/+b/2f/e/+n/eP/I/5r//v9FAM//vv8gABQABAAKALD/zP8eADwAqv8WAOD/z//f/8D/FwBHAAsAFgDn/8f/5f/g/7P/3v/i/8H/VQDE/+j/2f8YAHD/FADq/6r/pf/F/+v/jf/1/+X/zP8NACkAzP/r/67/HwBwALL/PgAbAJcAQgDo/xcA6P8bADD/JQAzAMT/GgCU/wwA6f/r/+v/SQDH/x4AoP+4/0kAFwA7APv/QAAEACgAGwC2/9H/7P8fAP7/yP+w/9f/1P+Z/9H/5v+5/87/OQDI//7/8v+//+D/KQANALL/6f/0/wMA4v8ZAA8AFQDv/+7/KAAeAC4A1v/I/6//1P+0/xoA5f+0/1EAzf/B/8z/3//X/xMAt/+H/97/zf/E/9D/uP/6/zEAvP/i/9L/zP/s/wcA6f8SAKX/GgCn/8z/QgAhAOX/Y/8/AAQApf9SAIT/lf+R/+H/4f8SABgA3f/t/xkA1f/e/yMAwP+2/0sAMQAxACIAEwDN/7T/8/8hAAUA3/8zAKX/SwDx/zMAj/+j/6z/x/84AOX/4/8zABkA/P/i/1kAOgD5/8T/2f/m/6v/EAAxAAAAQQCI/6n////M/7X/3//W/0gAvv/W/yoA3f88AMv/NwAcAA0AyP/X/57/k/8EAA4A3f84ACoA7/+3/7D/wv+9/yYAzP/m/wMAHgDK/+z/xP+j/yMAEACy/67/9f+s/9H/5f94AMn/3/+4/83/3P8hAA4A6v8mAOv/IQDm/97/ov9L/xUA0v+7/8j/QwA9APX/7f/o/6b/wP/h/1EAff/Z/5j/CwCw/w8Axf/W/+X/rf/L/z8A4v/s/+T/BgA7AMH/JgD0//n/BACf/+b/lv8rACIA5/81AHoABQCq/9r/sP+q/6X/TQCq/5j/4P8GANz/1//b/+n/FADz/8r/6f8AAL3/3f8qANL/0P+k/8f/sP/5/xIAz/8hAJn/6f8ZAPz/s/8iAL//9P8LACcA/v/P/wYALgCe//v/y/+q/6//5v+Q/93/AgCU/+3/1//m//T/zv/f/8P/0v/+//n/3/8hALX/1//l/+D/5f/l/x4A9v/H/xwAEQDh/7T/1//J/8f/CwCR/7D/LQDE/6H/0/+9//b/GwCP/8H/GQD4/8n/uP+9/x8ApP8LAM7/BwDd/6j/ZAAdAOj/3//l/+T/BgCl/83/UAA7ADEAzP+r/8j/2f/g////yv+S/7j/pv8cANH/t//r/6n/1/88AOP/2f/Z/5//BAAZACIAu/8+AIL/MgAKACsAJgD7/wQApv8wAJv/rv8NAAIA4P+4/xIA7P8rAM7/AAAIAKH/4v8IAOP/IgC4/6//of+2/9D/YwCT/8P/FwBFAPz/n//A/3z/xv8ZAMr/y//f/9b/1/+2/7//2f/s/8r/NwDD/y8APQDl/xIA4v9rADkADwAsAMj/yv+O/8f/AgD5/+j/2v/Z/9//7f/b/+n/AwDe/zcAXQAgAOL/8v+7/8f/5f8zABQAwf+f/8v/SgDj/zsA7//D/+r/5//k//D/uf/+/2MA2v8kAAgABQAhAPj/xP+6/+X/6P8kAMH/9f8UAAgAsf/Z/xUAK//B//T/TQCU/zwAFgDr/ysAqv+u/zEAyv8FAAAAIQDS/xcA9//x/wAAnf+Q/yYAzv+k/+v/OgDh/9f/JQAAABQAHgAHAA4AvP89ABkA5f9JADgA5P8kAOX/pf8pAB8ARQDr/9v/zP8ZAOD/AADU/+H/v//S/9H/vv/a/8T/8P8HAKL/JwAaADEA0P/c/+D/4P8JAAEAAwA7AL//p/+X/y8A2v/K/+f/6/+k/67/sf/y/zwAFgD2/8v/n//Z/5L/vP9uAPz/5/8VAEQA5/8XAOr/TAC7/8H/wf/q/9X/w/8GANX/Vv+y/63/o//r/0wAFQAiABAATwBQAGwAOACz/+P/xv/G/x4AHAAYAPv/cACz/8b/f//a//7/rf+0/x4As//e/+H/9P8fAN//nv8PAP3/rv+t/7z/uP/E/87/sf8kABYAWwDx/4sAKwDi/5f/lf/Y/4D/uP+l/8r/uv9MAK7/HADh/9T/6v/0/+j/7/9EAOv/1f/l/y0AQQDZ/wIA1f/W/+f/JwCl/9b/KwDM/xQA1//8/x4ACQDb/5X/+/8AANj/QADk/3//nv8DAPP/vv+w/y8AZACv/9n/NgDi/6H/LQCd/+n/7/+1ANr/8P/R/z8AAADQ/xYA0P/X/+b/1f8IAMj/4v/e/z8APQDa/9b/u/8jABkAt/8YAMP/q/8/AKn/wv/x/7//iP+3/+X/mP+v/1n/+f81ABsAFAA1AMb/sP+4/9j/n/+//+L/NgAwAJz/NQDN/2D/0v8mALf/KgDd/9D/5f/m/9r/vv/B/67/GAAiABAApv/5/7f/JwDC/77/vv+h//n/HgDB/xkAxP/O/yEA4v/5/9n/w/8TAPj/HQBRANz/p/9QABkAMAApACgAKQDv/zgA1/94AMf/FAD3/+j/HQDu/wMAmf8EAKj/QgCF/yAA1P/y/7v/pP+x/+n/xv/q/+z/tv+z/wsAFwC3/5P/sv/M/9H/s/+r/7v/FAAiALT/FAB8ABIA1v+y/ycAHwDK/4r/8f/P/0EA9//b/1gA+/+x/14ADQC7/xIA1/+w/2b/1/8UAMr/RgAkAJ3/s//Q/5r/IgDe/8T/3P+z/8j/3f/g//L/FwAnAN3/3f8nABcApv+D/wsAwP8MAEEAMADK////FQD7/wcAxf/w/ycAw//X/xcAqf/Z/+D/u//N//7/rv8MANr/FgDc/8H/OAD6/y4ADgDm/8P/2/8iACgAFQAHAMb/4/+j/xAAEwDY/7b/6//S/xgA3f8jAN7/FACu/zoAxP/L/xQAxP/f/9D/q//6/6H//P+u/+P/YgAOAKD/u//U/93/y/80ACAArP8XACIAJQACAK//5P88AC8A5v8XAKH/x/+GAMP/zf+o//f/4f8CALv/8f/7/6f/VAD2/9r/Ov/R/7n/xf/H/+r/z/8UAC8A3P/i/00ABQAhAAkArv/l/xoA7P8+AA0Ay/8kADoAGADx/93/x/++/8b/tv+0/wwAwf8FAOf/r/8nAMb/JwAfABkA4P+s/7z/4/+o/8D/wf9LAOD/4v82ANX/PQAqANT/4f/m/+v/o/8qAL3/mv82/xcA4P+s/8//4f8BABEA3//j/7H/yf8tALj/DQAFAM7/kf+1/yIAqP/V/zsAHQDB/yYANwD2/9X/qf+8/+P/6v/T/6n/KgDi/zsAPgAhABQAGgDz/9H/FQAqAB4A3//q//7/HgDV/8v/+/+P/8D/if8rAPT/mf+v/zf/0v88APn/CQCi/ycACgA9AMX/JwA3AN//MAD6/57/4P/A//z/FgApAJL/FQDk/+L/KwD9/9P/nf/n/+n/CwC3/+f/GAASADQAxv/l/6j/xf8fABkAPwDR/8j/QgCy/xYASQAoANT/DwC5/xMA8/8GAAYA5v/n/+j/1P/4/zwA4P83ANn/lf9DAN7/OwALAOf/c/+w/+X/MADz/97/AgAwANb/v//m/8L/u//k/8X/0v+w/+z/vv/n/+//7P+G/9z/kv/X/9n/zP+R/+j/8f+h/5T/yP/k//7/4P8ZAMr/DwC4/+z/JQASABYAKAAzADgAy//T/wAA4f+6/77/6v+o/0YAwP/a/wgANADe/+f/wf92/xYAWQA9ACsANACkAOX/6P+q/10Ax/8NAOb/i//2/w0Al/8RABEA9f+a/93/NADA/7n/DgAVAB8AJAAWAMr/jv+1/0cAGADd/5v/sf8oABQAt/+z/8n/8f/9/xcA0P+4/wIALQC9//H/RgDN/7j/v//K/ywA7P+3////6/8oAOb/r/8PACUAq//Q/8X/1P8sAF3/+v/1/8b/u/8XAMr/9P+0/8T/2f/I/1oAsf+3/5v/hAAkADsABQAzALv/ov9DANr/LwASAPb/x//x/xQA4f+K/9z/6P/J/8L/9//g/zYA1f8HAML/3v/V/y0A8P+5/8//yP8WAKH/yf/L/+3/x//W/wMAt//C/wcAp//Q/7X/8v8HAPX/OADU/+D/xP8TAAEAtv+k/9v/MADa/8f/vP/0/x4A/f+3/5//l/8DANf/RABtABQAHQAgAMr/xf8rAOT/w/8JAC4A4f/C/+X/5v/a/9v/2f/Q/83/yv/o/+j/2v/s/+b/DwCr/9H/q//o/8X/2f/k/7//PwDx/ysAyf/1/7z/4f/l/73/DADK/+z/cv8cAEQAOAAtAA0A2v/Z/9n/2P/a/8j/3P+t/8j/GADg/8L/k//O/7//zv8rALL/KAD8/wEAxP/I/6X/EQA4AMj/JwDm/wYAfv8MAPv/+f9FAMz/6v81ANX/EQDq/wkAwP+Q//3/LQC8//T/PABSAPn/qf/T/xEAev+q/3//yP8pAEgAjP+dAM//7P+L/yMA0//d/wUAxv/E/8v/xf+2/xAAFQAwAAoA5P/X/x0A6/8cAND/GQDm/9X/tf9BANX/6f8LAB4Avv/e/8v/q//h/wUAOgCi/24AGwAWACMA3/+8/xEAzv/R/+v/t/+H/9v/MQDN//L/7//T/xUA+P/w//P/6f+f/9r/rv+o/wkAGAAjAM7/7//V/+D/JQDm/8b/1/8OAL3/uf+8/7b/8/+g/+n/PgBTACsAJwDh/7z//f8YAOv/nP/j/83/6P+a/6n/5P+G//r/Xf+HAKj/3f9OABkAGQD1/xYA6P/T/8L/2v8xABoAtP/K/7b/LQA1ACoALwAaANr/u/9AACMAKQAqABkAGQAZABkApP+9/9j/3/89ABkApf/Z/6T/1f/R/2wA6/8UANT/zP/K/+j/1v+N/yYA3P+4/xYA1/9CAJD/zv/M/9j/4v/+/9b/GwCb/9n/uf+5/0QA3P+l/1sATgCZ/zgAeP8HAJX/EQC9/z8A2P/T/4z/7P/m/yYAW/+4//3/+P8DABcA/f/M/7X/6v8aAMf/xP/r/7r/rf+7/77/8P87ANT/4//L/8z/CQAXALX/IQAhACEAFgArACIANwARADAA6f/c/63/1f/k/ygAqf8UAOv/sf/j/+n/3v/m/xYABgAsANP/uf93/6r/KAAZANz/3//r/97/Y/8DAPj/6v/Z/7f/lf+v/w0Awf/v/xoAJwAhALj/JQDG/8T/vv98/9r/1f8eAC8ADAAHAEoA5v/N//v/3v/O/93/FQACAC0AxP/g/wkAq/8pAPP/7f/E/8T/EwDr/+D/5v/G/5j/1f9vAMT/IQCu/+n/MgBMACMAPwD3//L/MgCo/+f//P+w/yIAzf8zAB8Arf/Y/6//GgBSAEkAz/85ACYA1f/G/6r/mf8DAMP/3//Z/wQA5f/L/77/l/+R/4v/nP+o/+r/3v8CADIAoP+r/6r/HQC7/+f/BwDE/zcA9P+7/6X/LQC//wIAzP/a//j/zv/z/y4AlP8dADEA1f/V/57/uv8FAMr/sv+U/8z/KAAbAK//kf8nANr/CAB8/1T/EQCp//D/xv/R//D/GACy/+j/zv8qAOT/AgD9/8//y/+c/8r/zv8yADIAUgCZ/8H/0P/5/y8A0P+x/9P/LgALAPP/UQAKANj/8P8bAM3/ov/p/+L/JwDN/wMAzv/2//D/af/O/83/KACp/zAAzv+x/+L/o/86AM//+v/+/ykAqf+6/yEA5v+j/9z/uv+x/9T/pf/K/7L/IwDd/0wAyf8AAIz/DQD1/xUApv89APb/CwDD/9//HQDC/7P/6f8XADAAjf8kAM///v/Z/wsAkf8ZACAABwDC/8n/SQD4/xQA+v/6/6b/tP/d/7X/0f8jAAwAtf+5/wIAFQDp/+v/vP+U/7v/GADn/yQAGQDB/+r/vf/a/woAtv/Q/9P/sv9KAPv/3P/p/4v/FgA6AOv/DQDa//b/2v/i//3/6f/A/+j/vv+H/+P/AQCq/9j/EwDt/+H/3f/j/xQADADW/6r/+P/h/9b/5P/o/8b/wP8AAAcACwC3/+T/EADE/93/+v/W/zgAtf8jAEMAQwD///T/MgAWAJb/o//g/7z/+//5/18Atv+W/wQAtf/M/+D/oP8gAPf/IwDg/zgAxP+1/8T//f8SAOf/5P/M/+f/6/8UAD0ACwDs/+X/6v+1/woAFgDk/6H/mv8fAD8Aw/8RAHYAtv8IABsA6f8uAM3/BADi/8n/zP/U/y4AGgCb/7f/MADD/4//5//U/xYA2P9FAPz/x/8eAHUAGADx/wIACgDr/6z/5f+L//v/q//l/zIA3f/I/zcAJACw/xYAjP8zAOD/2f/Y/0sA1/+v/6v/y/8GAND/LgDh/xgA0v/c/8n/AQDI/6v/qv/j/xcAvP/w/67/zv/8/xIANwD2/9P/FAD2/0IAj/+f/8j/6P8NAD0AHgBBACkA+/8UAM//2v8TAK7/zf8nAOP/vf+Z/67/CgB1/7D/6//C/+X/wP+m/xMAIQDb/8T/5f/I//z/MADY/7z/jP8gAND/0//w/xEALQASAC4Ayf97/+v/0P8EAN//IgAdAKX/pv/T/7v/zP+S/+D/KgDT/xsAHgASAL//y/84AMP/yf8fANr/wP8wAC0A0f/T/wQA7/9qANb/uf/k/+7/IAD7/9j/FwDF/5T/xP/M/8b/z/+3/87/zf8hABYAAgAWACQANQD8/ykA3P/Z/9z/3P+R/+n/t/8qACUA5/8CADIA4v8UANb/IABjAI7/sf/M/7P/HAA2AOj/+v/7//r/v/+Y/xgAwv/q/+T/0P/D/woADQDB/6H/u/8PANr/4f8eADQAEQADAA4A2v+x/83/zP+t/7f/KgDG/w0AoP/c/0IAbf+2/xkAzf/f/6T/CADq/9H/GQDK/xcA//+W/zD/VADZ/7X/z//V/x4ADgC//+r/xv8rAAoAs//c/8L/yf/p/9b/3/8gACsAGQAoAJT/y//a//f/dP/5/ycAxv/F/8r/QACd/9b/0P8PAOT/JQDW/+f/5/8gAO7/AwAXANr/BAA3ABsA5//n/7j/1//+/8T/uf8eALr/WAAZACAA2P8cACgAzv86AA0AWgC9/wMARQAbALv/0v9EAMT/wv/H/9r/EAA7AAMAyf+2/6z/OACm/7v/mP+v/9j/rP+h//X/7f+6/ygA2P+5/xcA+v8uACEA2/+s/8T/DwC6/5r/AADU/xUAPgCI//H/BwAAAIX/0/8UALX/AwDJ/x0A3f8YAPj/TwARAFYAzf+v/8H/8//e/8//4//S/x0AVgA+AFYApf8UAAYAu//3/77/CQDx/5T/RgANALP/KAAvADMA4v8eADcAzf8TALv/t/8YAM//2//k/33/yv8cAMb/+f/H/53/2f/q/xUA4v/V/6T/2v+M/4X/0v8UADgAyf8hAOP/FgCy/0YAm/8BALn/uv+k/yIACACi/6X/sf/c/+r/GQDo/6P/4v+w//r/mv8UAN7/sf/m/7v/uv8VAGb/vP8SAL//ZwC3/97/2P83AA0Ar/8qADAA2v/r//L/CgABAM3/CAAQALn/iv/M/0sA6v+q/5L/s/8lAIT/df/x/1wA9P8oAL7/GgDD//v/q//f/y4AnP+i/9n/2f8NALr/sP/q/yUAp/+m/+3/3v9bALv/2/8TAMn/DQCJ/8X/EADb/8P/zP87AI3/vP/V/7//1P/m/yIAr//B/8n/6v8bAMX/0/+7/7D/6f/G/6P/ov/l/4L/TwDW/13/xv8DAOH/wf/S/+j/EwDZ/zoA5/8JALr//f+8/9D/JADr/+v/GgAWAML/AgCt/9f/mf/n/9b/WADM/+D/HQDm/9L/9f/k/1T/GwC5/yUAxv/i/yYAFAA9AFAAxf80ABkAzf/C/8r/BQAFALP/CQBUANX/AgDA/woAnv+O/9X/BgC2/8P/w/+y/xUAo//3/+D/z//s/83/IgDB/9D/CgDk/xUA7v8VAK7/t/8DAMr/s/8qAO3/lf9JAJb/4/8NAEgAaQDo/wcACQAQAOr/4v/y/xEAg//s/9X/s//A/7r/9f/I/y0ABgDK/4v/OgCv/6z/FgCz/+7/eQCs/3UAvv/S/+7/3f+j/9v/nv8iALz/5v+z/zgA/f+n/9T/IwC7/8j/l//F/77/vf+j/zgA8//+/5L/5/+J/9//vv/T/ygAzP/D/x0A+P/p/7f/sf9DAKb/k/+c/9L/q/+w/3EArP/n/7//GQAoABcAmf+W/ykA1v/Z/7v/uP8mANL/FwDj/+T/3f+x/67/1/8WAP//PwApANT/HQDL/0cAgv/l/yAAIwCR/77/xP8lACcAUf/r/y0AIgDI/xUAEgA6ANr/KgAfAPf/uf/K/8j/xv/n/8f/3v8HAPX/FQA2ABQALQCx/9r/2/8XAOb/3v/e/83/FgATALr/ggBOAFIAVQAKAOb/zf84AHcAZAAWACMAJgA6AL3/PgDL/2AAIAApAE4A0f8aAOX/uf/r/8D/FACX/97/w//c/wEANwDm/9X/PgDe/zQALQDL/ygAp//N/wkA0P9JADUAGgArAAcAQgAVAEEAMwAyALv/UgDJ/9T/4f/J/+X/HAAAAOn/ef+X/8r/FADi/9D/l/+6/8f/SgAuAKn/EAAIABYAzf/2/zUAFwAiAK//4//r/6P/4v+U/6T/qv+9/+T/GgAWADAA0v/M/9D/HQADAE7/1f8cALv/0/8WAPb/AADi/7r/5f+B/+P/5//T/63/p/+M/wYAp//Q/7n/q/+9/wgAFgAEACEAEgA4ANL/OgAcABcA/v8XANb/FwDm/+T/AQAWACcAAQC2/97/AwDo/ysAZf85ALX/sf9OADwALgB8//r/4//U//n/8v/q/1QARgBEADgACwDS/zcA4/8AAAQA1v+C/7b//P8DAOf/RQAPAMD/zv8rANL/GwA5AF4A3v/c/9z/IQCx/8P/2P/K/+b/5v8qAFgAHgCk/wYALgDh/6L/EgC8/7P/9//+/+f/PADq/9n/p/+o/7r/OgAoACkAy/8jADAA8v9FALr/y//l/8n/if/2/0QA2v85APP/AwDP/7L/2//j/+T/8//M/6//2//b/9L/LwDb/7X/uP/y/9j/FQDx/wcA4P8vAP7////X/1f/z//I/5v/RAABAEQARACu/9H/4/8VAE0A1/8DANf/AwD5/9b/2f/L/w4Au//6/8H/KwBAAB8A8P/n/x8Awv8eABkAp//7/+j/wP8KAIn/r/8hAMT/xv8kAAoA4v/J/7z/m/8UAPD/3v/R//H/zv/e/xMAyP8fAJ7/yf/P/9L/3/8YAA4A3/8RAAUA6//7/8n/SgDH/7P/w//A/7j/wf/U/8r/xf/P/8b/MQA=',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-47, -56, -41, -12, -34, -22, -1, -44],
    classWeights: 'AACx/wAAAADR//T/r/+4/+r/AADr/+D/AADV/wAA1f/t//L/7P/s/+v/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAO7/5//s//b/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAO3/8P/x/+z/AADs/wAAAAAAAAAAAAAAAAAAAADu/+3/+f/v//j/7P/u/xQA6//g/+j/5//p/+v/6v8YAO7/AAAAAAAAAAAAAPf/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK//j/yf+y/9j/GgDO/+v/7f8UAO3/7P/s/+z/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+//AAD2/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADl/+T/5v/m/+j/HADe/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/x4A3v/n//j/5v/m/9r/6P8pANj/2P/Z/9f/1v/r/xUA6f/s/+3/7f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8bAOL/zv/X/+H/0v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/7v/v//T/5f/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/3f/s/wAA7P/1/wAA7v/v/+z/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAADw//T/AADr/+v/FADq/+z/7P/s/+z/7P/s/+z/7P/s/+z/FADs/9j/7P/u/+7/EwDq/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/5P/o/+r/6P8XAOr/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/8v/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/2P/f//X/2P/Z/93/KADe/wAADgCt/8X/yf+7/9X/7P/0/+3/AADv/+z/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f/v/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/5//g/+v/6v/q/xoA6P8GAPf/0v/Y/+j/xP/G/+z/7f8UAO7/+//y/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMALH/xP/k/+n/zf/1/9D/7P/s/+z/7P/s/+z/FADs/9v/0f/a/xEA3//n/wAA8/8AAAAAAAAAAAAAAAAAAAAA6//l/+n/6v/n/+L/6f8XANf/FQDj/+f/1f/f//r/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADX/87/2P/b/9z/0v8xAMz/8f/u/+z/7f8AAO3/FAD2/+f/GAD1/+j/7f/j/+n/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8v8AAPn/AADs/+7/6v8VAOv/8v/v//T/8//q/+z/7P/r/+3/8f/u/+z/FADu//b/7P/e//r/8v/p/+z/FADG/+X/6v/Q/9r/1f/R/zMAAAAAAAAAAAAAAAAAAAAAAOr/5v/b/+f/1//X/+r/KQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/5/+//+P/o/9r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8UAOz/7v/s/+z/7f/u/+7/7P8AAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+v/7f/0//H/6/8VAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5v/p//T/AAAZAOb/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/+v/s/+v/+P/h/ysAAADr/xcA6//s/+v/6f/n/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/1f8AAOv/1/8PANT/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//v/AAAAAAAAGQAAAPr/7P/s/+z/7f/t/+3/7f8UAOb/9/8AAAAA6P/T/+r/GwAAAAAAAAAAAAAAAAAAAAAA7P/v//D/+v/v/xQA7//s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/x/+z/7v/u/+z/FADt/+z/7P/v/+z/7P/s/+z/FADD//L/0P+r/xIA+v/X/9H/AAAAAAAAAAAAAAAABwAAANL/1//T/9r/6//U/ywA6P8AAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp//H/7f8AAAAA7P8VAPH/AAAAAAAAAAAAAAAAAAAAAA0AAADn/7f/s/+g/wAAz/8AABIAAAAAAAAA8P/0/wAAtv/4/6z/7f/H/8H/EQCy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/t/+z/AAAUAOz/9v8ZAOD/6v/o/+X/6v/i/+j/AAAAAAAAAAAAAAAAAAAAALD/KwDT/7v/0/8AALP/yP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/+P8AAAAAAAD5/xcA+f8AAAAAAAAAAAAAAAAAAAAA2P8TAOv/1//l/+P/AADg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/q/+P/+P8AAOf/GwAAAOz/7v/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/DwDM/7//AACs/9P/z/8AAAAAAAAAAAAAAAAAAAAA6f8XAOn/3P/k/+z/6v/k/+j/HgDp/+r/1P/Z/+X/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/+D/FQDs/9j/5v/o/9//5v/V/yMA6v/I/6r/wf/D/8X/y/9PAMf/AAAAAAAAAAAAAAAAAAAAAOj/1v/n/+r/+P8dAN//3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAD5/wAAAAAQAN3/z//n/xgA6P/l/+j/AADn/+T/GwDq//v/6P/o/+b/7f8AABMAAAAAAPH/9//5/9b/6f/i/7b/v/8JAOv/DQDs/+z/+/8AABQA7v/s//r/AADI/8H/1//W/83/BgDO/+P/y/8jAOz/yP/R/9j/4v8AAAAAAAAAAAAAAAAAAAAA7f8AABMAAAAAAPH/9//5/wAAAAAAAAAAAAAAAAAAAADl/+j/+P/v/xkA6v/q/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPb/8v/0/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA7f8AABQAAAAAAAAAAAAAAAAAAAAAAOX/6v/n/+v/7P8VAOv/6v8AAAAAAAAAAAAAAAAAAAAA6v/X/xcA5//v/8r/5P8TAOT/FwDr/+n/9P/t/+r/4v8AAAAA+v8AAPn/AAAAABAAyf/W/w4Axv/i/9r/7P8GANn/2P/2/+z/KADe/9j/1/8AAAAAAAAAAAAAAAAAAAAA3v/h/xMA1f/n/w8A5v/G/wAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8UAOz/7v/s/+z/7f/t/+z/AAAAAOn/6v/r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/+0/+D/2v/V/57/IQDY/+T/+P/5//D/8P/X/+r/HgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/EwDP/+H/0P/W/8j/BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/x/+z/2P/Y/x0AyP/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8XAOn/9P/j/wAA6v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+z/AADs/+7/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/6/8AAOv/2v/Z/+b/3P/j/w8A4//o/8//AADm/+//7v/s/+z/AADu/xQA8P8AAAAAAAAAAAAAAAAAAAAA7v8UAO//AADw//H/7P/z/wAAAAAAAAAAAAAAAAAAAADs/+//AADu/wAAFADu//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q//D/5P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/b/+v/5//c/+f/GQDl/+D/6P/q/+D/6v/o/xgAAAAAAAAAAAAAAAAAAAAAAOL/2v8rAN//7P/P/9f/2P/Z/9j/FADd/wAA8/8AANr/7P8UAPT/AADy/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9f8AAO7/7//s/+7/FAAAAAAAAAAAAAAAAAAAAAAA4//f/+v/GADf/+f/6f/Z/wAAAAAAAAAAAAAAAAAAAADs/xIA6//r/+r/6//x/+z/AAAAAAAAAAAAAAAAAAAAAOr/6//s/+v/7P/k/xUA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+7/7P/s/+3/w//u/9H/9v/a/77/DQDU/9b/3P/c/+X/NwDe/9b/xv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/wAA7P/p/+z/2P/s/+z/7P/s/+3/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc//L/8P/v//n/8v8oAPD/EwDg/+v/3P/s//v/7P/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//p/+v/7P/r/+v/6v8WAAAAAAAAAAAAAAAAAAAAAADb/wAA8//5/+n/2P/q/wAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+v/5//r/+j/GQDk/+T/6P/f/x0A4//k/9n/pv/n/6b/o/+4/w0A+v/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAD1//r/AADi/+7/FQAAAAAAAAAAAAAAAAAAAAAA2P/p/9//6f8AACcA3P/r/wAAAAAAAAAAAAAAAAAAAAD6/y0Ayf/R/+H/4f+o/9j/AAAAAAAAAAAAAAAAAAAAAOz/7P/u//r/9v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA4f8oAAAA7P/2/+7/2f/o/9r/3v/a/+L/2f/Z/yQA3P8AAAAAAAAAAAAAAAAAAAAA7f/s/xQA7P/u/+z/7P/t/wAABgAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAADV/9D/2//a/+L/AADr/xcAFADt/+z/7P/t/+z/7P/s/+//7P/s/wAA7P/u/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA1//f/9f/5f/X/9f/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADt/wAA7P/Y/93/5v/o/+b/6P/r/+v/6v8XAOn/3f8gAN3/3v/i/97/4f/c/+z/7/8AAO7/AAAUAO7/+//u/+7/9P/5/+n/7f/t/xUA6f/s/+z/6v/s/wAA2P8UAPH/7P/s/wAA9f8UAOz/7P/3/wAAAAD1/wAA7P/t/xQA+v8YAAAA+//u//X/6//5/7z/8//z/7P/EwDd/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/2P8tAN7/5P/P/9j/4f8AAAAAAAAAAAAAAAAAAAAAAADe/+//4/8AAPv/IwDy/+b/HADj/+X/5f/l/+T/4v/a/ygA2f/c/9n/2P/Y/9n/AAAAAAAAAAAAAAAAAAAAAPL/FADx//j/AADx/+3/7f/x/yIA+//s//X/+//c/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYA6P/v/+z/7f/q/+z/AAAAAAAAAAAAAAAAAAAAAO//AAAAAO3/AADp/+z/FwDm/+j/7P/r/+z/6//o/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAO//AADw//H/7P/z/+z/7P/s/+z/7P/s/xQA7P/p/+v/yf/R/+f/6/8YAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/xUA4//o/+b/AADd/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/xMAAADt/+7/FADv/wAA8P/x/+z/8//d/8v/2P/m/zQA5P/i/97/AAAAAAAAAAAAAAAABgAAAAUA1//p/9P/1/8RAOn/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/6v/7/+z/7P8UAO7/6f/s//D/7f/x/xgA6v/s/+z/7//t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+v/6//t/xYA6P/s/wAA7P8AABQAAADu//L/7P8AAAAAAAAAAAAAAAAAAAAAAADe/wAA6f/x/+b/5v8mAAAAEgDz/wAA9/8AAO//+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADt/+z/7//u/wAA7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAAEQAAAAAAAADs/93/7f/q/9z/8P/r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/zoAiP+q/8r/yv+l/+P/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/r/+z/5//u/+L/2/8UAN7/3P/n/9H/2//g/+P/DADE/8P/7P/q/+v/FgDs/+//6f/r/+7/AAAAAAAAAAAAAAAAAAAAAOv/3//p/9T/3//m/+T/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/7P/u/+7/7P8UAO3/5f8YAOn/3//n/+j/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/QAAAAPP/7f/u/8H/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/w/xQA+v/1/+z/7P/s/+z/7P/1/wAA7v/v/+z/7v8UAOb/GwDf/+b/5v/i/+X/5f8AAAAAAAAAAAAAAAAAAAAA0f8LAM7/5P/h/87/9f/d/wAA7v8AAPX/AADv/xQAAADy/wAA7v8AAAAAFADs//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//BgDi/93/2P/X/9b/BgAAAAAAAAAAAAAAAAAAAAAA7P8VAPj/8v/t/+3/6v/w/+3/HgAAAPr/3v8AAOL/9v/s/9v/7P/q/+z/7P8dAOz/AAAAAAAAAAAAAAAAAAAAAOz/FQDv/+z/7//t/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMT/AADE/8T/wP8HAAAA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6P/6/wAAGADt/+z/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs//D/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAAAAAWAAAA+//b/+T/3v/W//r/JwDh//f/AAAAAAAAAAAAAAAAAAAAAOj/GQDm/+n/6P/o/+f/6P++/ycArP+l//n/p//b/5L/AAAAAAAAAAAAAAAAAAAAAOD/KgDP/9X/5//o/9L/4v/c/93/5v/a/9n/1//q/yUA7P8UAOz/7f/s/+z/7P/s/+P/4//j/+n/2P/5/+X/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6//u/wAAAADw/xsA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/FADs/+z/7P/Z/+v/4P/e/+z/2f/h/x0A7P8UAPT/AADy/+z/7f/s/+r/8/8AAAAAAADs/wAA8v8AAAAAAAAAAAAAAAAAAAAAIADm//T/AAAAAPH/4f/7//T/FwAAAAAA9/8AAO3/AAAAAAAAAAAAAAAAAAAAAAAA2f8oANr/6//b/9r/2P/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t//b/7v/1/+z/7f8UAAAAFAAAAAAAAAAAAOz/AADu/+z/FADr//P/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/e/x8A+P8AAPH/AADz/wAAAAAAAAAAAAAAAAAAAADv/+//+v8AAAAA8f/t/xMAFQDj/+n/9f/v/+H/7P/s/zIA1f/l/9//3//Q/67/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/h/+n/8//u/93/IQDm/wAAAAAAAAAAAAAAAAAAAAAAANn/AADc/+T/2P/z/9//7P/s/+z/7P/y/+7/FADs/0wA4P/d/9n/3//T/8P/7f8AAAAAAAAAAAAAAAAAAAAA7P/r/+3/8f/u/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAUAO3/7f/4/wAA7v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9v/5v/o/8n/0P8iAAAA4v/i/+z/5P/q/93/HgDk/wAAAAAAAAAAAAAAAAAAAADx/+r/9f/m/9z/KADg//P/6//r/xYA6v/q/+r/6f/q/9n/5f8eAMf/2P/S/+j/4/8KAOD/2P/X/9H/yv8AAOj/AAAAAAAAAAAAAAAAAAAAAL7/xP/R/9L/yv/N/1EA3f/o/9//2P/c/+D/3v8iAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/x/wAAAAAAAOz/FADz/+r/7P/z/x0A7P/m/9z/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/8D/3v/Y/8P/FADb/wAAAAAAAAAAAAAAAAAAAAAAAPL/6//p/+r/6f/t/xUA6//p/xcA6f/q/+n/6v/o/+j/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA7f8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv/+//7f/x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/xoA7P/Z/wAA7P/O/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/7P/s/xQA6v8aAAAAAADT/9H/1v/W/8X/AADT/87/1//j/wAAyf8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+3/FADt/wAAAAAAAAAAAAAAAAAAAADw/97/7f/u/wAA5v/f/wAA1v8UAOH/1f/q/9n/AADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s/+3/7v/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADA/8D/yf/H//b/AADr/9//6/8VAOz/7P/r/+z/6v/s/wAADAAAAAAAAAAAAAAA+v/s/+z/FADs/+z/7P/s/+z/7f/s/wAAAADp/+r/6/8WAAAAAAAAAAAAAAAAAAAAAADs/wAA2v/p/+f/7P/b/xQA6f/r//L/7P8AAPD/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAUAAAA7v/y/+z/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAFADv//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//T/9v/y/+z/AADx/xQA8/8JAMX/nv/w/8f/8v/d/xQA7P/s/+3/7P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA4f/d/+f/8v/1/+z/JgDq/wAAAAAAAAAAAAAAAAAAAADm/97/EQDn/+7/4v/m/9j/8//a//L/wf+w/6X/AADl/wAAAAAAAAAAAAAAAAAAAAAAAA0A6v/r/wAAxf/a/+b/7P/s/+3/7f/s/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/9D/3v/o/+v/1/8OAOf/4P/2/+n/6//s/8X/CQAPAAAAAAAAAAAAAAAAAAAAAADq/+v/7P/s/+z/6/8VAO3/7P/r/+3/9f/u/xUA6//r/wAAAAAAAAAAAAAAAAAAAACz/8v/zv/v/7b/+f/l/wAAxv/F/9j/2P/O/yYA6//X/wAAAAAAAAAAAAAAAAAAAADx/+3/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6f8AANX/+P/s/8z/w//x//H/7v/s/+3/AADt/xQA9v/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//8P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/xIAyf/z/+X/1P/u/8n/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/r/+v/FADs/+z/7P/s/+3/7f8UAO3/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAANAOH/zP/R/+X/3f/g/wAAAAAAAAAAAAAAAAAAAADs/xUA7//r/77/2f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAADs//X/7v/t/+z/AAAAAAAAAAAAAAAAAAAAABUAAAD3/wAA9//s/+v/AADs/+//AADu/wAAFADu//v/6f/P/+j/KQDd/+X/zP8SAAoA7P/s/+z/7f/n/wAA7P/W/+D/3P/O/9f/EwDp/9v/7P/s/+z/7P/s/xQA7P/s/+b/7P8UAOz/AAAAAOb/8f/s//D/FAD5//j/7v/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/q//b/7P/s/xcA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/wAAAAD4//L/FAAAAAAAEQAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/FADs/+z/FwDz/+7/+f/2/+v/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7f/s/+z/7P/r/+3/5/8YAPX/6P/t/+P/6f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/4//o/+r/2v/a/yoA5v8AAAAAAAAAAAAAAAAAAAAA1f/f/x8A2P/W/+j/2//m/xkA5//o/+3/AADx/+b/+P/Y/wAA2//l//j/DwDo/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//X/9//z/+z/AADy/xQAyv/r/+z/6//a/9j/5/8bAOv/7P/s/+z/+f/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAAEgAAAPf/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+7/7P/s/+z/7P/t//H/+v8AAAAAFAD4/+z/7v8AAAAA8/8AAO3/7v8cAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAA8/8AAO3/7v8cAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f8UAOz/7P/t/+z/7v/u/xQA7P/t/+z/AAAAAAAAAAAAAAAAAAAAANf/DQDt/9n/8P/r/wAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3/wAAAAAAABQA8P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/7P/s/xUA6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOv/7f/r/+3/6//s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s//H/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xcA3f/b/9r/6P/q/+v/7f/t/+//AAD3/+z/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/I/9z/2f/Z/9X/TgDK/+z/7f/w/+//9P/s/xQA8P/s/+3/8f/3/+//FADs/+z/7P8UAPT/AADy/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/AAAcAPn/AADt//b/+P8AAAAAAAAAAAAAAAAAAAAA6v/r/xYA7P/v/+n/6//u/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/v/wAAAADs/+z/9//q/+v/FgDs/+//6f/r/+7/7f/s/xQA6//x/+r/7P/r/+X/xv/W/+b/IQDK/9T/4f/s/xQA9P8AAPL/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7P8UAOz/7P8AAOz/AAAAAAAA8P8AABQAAAAAAAAAAAAAAAAAAAAAAOr/6v/r/+v/6v/r/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAOAAAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAO7/7P/s/+3/7f/s/+z/FADr/+D/6P/n/+n/6//q/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+D/5f/l/x4A5//n/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//0//r/6P/4/xkAAADu/+H/6//k/+v/7P8AANr/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAD6/wAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/AAAAAPj/AAAxANv/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADs/+z/7P/s/+v/7P/u//f/AADu/wAAFQD1//L/7f8UAAAAAADt//T/8P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/2//v/7P/s//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/KAAAAAAAAADY//j/8f8AAAAAAAAAAAAAAAAAAAAAFQDp/+v/6//r/+v/6//r/+f/4f/s/+3/6v/s/+r/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//p/+j/FgDd/+r/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh//L/AADl/wAAJwDi/wAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAAO//7v8TAAAAEgAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAA7f/t//j/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/wAA7v8AABQA7v/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/6//p/+v/5f/t/xUA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/8P/r/+3/6//r/+z/AAAAAAAAAAAAAAAAAAAAABUAAAD4/wAA+P/s/+v/AADq/9v/6//o/+z/7P/f/xYAAAAAAAAAAAAAAAAAAAAAAAAAAADc/wAAAAAnAAAA+/8AAAAAAAAAAAAAAAAAAAAAFADv/+7/8P8AAO3/7P/u/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/s/+3/6//s/+z/FADt/wAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+3/FADs/+z/2P8AAOL/FADj/+z/6v/s/+7/6//s/+3/FQDs/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/EwAAAAAAAADu//b/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/a/+7/7/8AANr/6f8NAOz/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/e//n/AAAAAAAALwAAAOv/6//z/+z/8P/o/xYA6//t/+z/8P/w/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+L/7f/4/wAA6/8UAOz/AAD3/wAAAAAAABIA8v8AAOz/7P/v/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6v/y/9//5v8UAOn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/u/+3/7v8UAOz/7P/s/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAUAAAA7P/y/wAAAAAAAAAA+P/z/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/+z/8P/w/+r/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADt/+z/7P/s/+v/7f/u/+j/7P/s/+//6/8TAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/AAAAAAAAAADx/wAA8v8VAAAA+P/3//L/6v/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7P/y/xQA7f/s/wAAAAAAAAAAAAAAAAAAAADy/wAAAAD0//j/HgD0/+L/FADu/wAAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Z/+r/4P/l/ygA2v/e/wAAAAAAAAAAAAAAAAAAAADl/+r/+v/1//f/AAAfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/7f8AAAAAFADs/+z/7P/e/+z/FQDr/+j/7P/s/wAAAAAAAAAAAAAAAAAAAADj/wAA2//X/+z/AAD3/+v/AADy/wAA9f8AAOn/AAAXAPv/AAAAAAAAAADs//b/FADv/+//8P8AAAAAFQDt//P/7f/p/+T/AAAAAOr/GAD4/xQA+P/4/wAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAGgDk/+D/5f/r/+X/5v/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAA8/8AAO3/7v8cANn/7f/y/wAA8P/s/xQA7/8AAAAAAAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAO3/6f/k/wAAAADq/xgA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAOv/8v8AAPf/7P8AAOz/AAATAAAAAADx/+//AADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAOv/6//r/9//5f/X/9v/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P/y/+//7P8AAAAA7P8UAO//8P8AAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAADk/wAAAAAAAAAAAAAeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6//s//j/AADr/xYA9P8AAAAAAAAAAAAAAAAAAAAAFAD5/+7/8v8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADq/+f/6v/n/+n/6v8XAOr/AAAAAAAAAAAAAAAAAAAAANz/7P/m/9r/6/8bAPn/6v8AAPf/FAAAAAAAAADs/wAAvP/P/9v/2v/n/8D/RQDu/+z/7f/t/+z/8v8UAO3/7P8AAOz/7P/u/+3/6//i/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7f/s/+z/7P/s/xQA8//s/+3/7P/v/+z/AAAXAPX/AAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/8f/s//j/7v/s/xQA7v/s/93/7f/q/9z/8P/r/xYAAAAAAAAAAAAAAAAAAAAAAPn/7f/4/wAA9v/h/x8AAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+z/7P/t/+z/7P/s/+3/9v/s/xQA7P/s/+z/7P/t//b/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAN//7f/s/+z/6/8VAO3/7f8AAAAAAAAAAAAAAAAAAAAA4f/o/+T/2P/r/93/7P8dAAAAJAAAAAAA9P8AANn/9v/v/+z/7P8AAOz/7v/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/s/+z/7//w//r/7/8UAO//7P/T/xwA5f/n//r/4//p/+r/AAAAAAAAAAAAAAAAAAAAAOz/4v/t//j/AADr/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv8KAOT/y//a/wUA9f/n/+7/7v/w/wAAAADs/xQA7v8AAAAAAAAAAAAAAAAAAAAA2P8tAOX/3//T/+D/1v/n/+z/FAD5/+z/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA5v8YAPn/8f/0/+D/6v/s/+3/7P/s/+z/7P8UAOz/7P/Y/ycA3v/b/+n/6f/Z/9n/FQAAAPj/AAD4/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/AADY/9r/9f8AAN3/2P8AAAAAAAAAAAAAAAAAAAAAFQDs//D/6//t/+v/6//s/wwAAAAAAAAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAAFADu/+//AAD2/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8rAOX/7v8AAO3/zv/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAAAAAAA7P/2/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPD/AADt/wAAAAAUAOz/8v/7/wAAAAD6/wAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/AAAAAOn/6v/r/xYA6f/o/+z/9/8aAPb/6v/Y/wAAAAAAAAAAAAAAAAAAAADe/+7/KADi/+//2f/b/+H/+//K/+b/2P/X/9v/CADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/M//v/8f9EAPP/2P/N/+3/7f/v/wAA9//s/xQA8f8UAOz/7/8AAAAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/w/wAA7//w/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v//D/7P8UAOz/FQAAAPj/AAD4/+z/6/8AAOn/GADp/+3/6P/q/+r/7v/s/xQA7P/s/+r/7P/s/+v/7P8UAOz/7f/t/+z/7P/s/wAAEwAAAAAAAADz/+7/AADs/xQA7P/s/+z/7P/s/+7/AAAQAAAAAAD7//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8qAOv/6P/x/+L/1f/r/8r/QgDH/9D/wv/O/7r/0v/r/xYA6v/p/+z/7P/n/+v/6/8WAOv/6P/r/+v/6f/q/+j/KQDY/9j/2f/X/9b/6//1/yUA8P8AAPT/AADd/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f/4/wAA7v/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7f/t//j/AADu/+z/7P8nAAAAAAAAAAAAAADZ//b/6//s/+z/7v/t/+3/FADs/xQA8//z/wAAAAAAAOz/AADs/+3/+v/5//r/7P8UAAAA4//k/+P/5v/o/+b/GwDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/0/xcAAAD5//T/6//7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/0v/W/83/zP/Z/yIAAAARAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/W/+f/6v/4/x0A3//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/2/+z/FADt/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+v/6//t/+j/FQDr/wAAAAAAAAAAAAAAAAAAAADp/+P/7/8UAPL/1v/j/+3/AAAAAAAAAAAAAAAAAAAAAAAA2//3//H/+f/x/wAA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8AAAAAAAAAAADx/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/q/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//f/7P/s/+z/7P/Z/y4A7P/O/9L/y//a/9f/AAAAAAAAAAAAAAAAAAAAAAAADgAAAAAA8/8AAAAAAAAcAPj/AAAAAAAA5P8AAAAAAAD6/wAAAAD4/xcAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8AAOz/7P8UANj/6//h/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s//n/7P8VAOz/6//s/+z/7P/5/+z/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/xUA6//s/+r/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/FgDq/+r/6v/p/+r/6v/y/xcA7//x/+r/3//y/wAAAAAAAAAAAAAAAAAAAAAlAOD/4f/v/+7/1f/h/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAAAAPj/8/8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+7/7f/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADi/+H/5//r/9v/4P/X/yQAAAAAAAAAAAAAAAAAAAAAAOz/7//w//r/7/8UAO//7P/p/+n/7P/r//D/FQDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/wAA8v/v//H/7P/s/xQAAAAAAAAAAAD2/wAAAAAMAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6/8VAOz/6P/r/+v/6/8AAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/GwDi/87/1//h/9L/4//S/wgA1P/Y/9b/FADT/+v/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADv/+z/7P/s/wAA7P8AAAAAAADt/wAAFAAAAAAAAAAAAAAAAAAAAAAA7f/e/97/8/8AAOT/GwD5/wAAAAAAAAAAAAAAAAAAAADl/+L/6f/m/+b/GwDj/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/R/+X/z//g/wYADADl/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/wAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/v/xQA+f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAALgDL/6r/wP/a/wAAtf/S/wAAAAAAAAAAAAAAAAAAAADl/xsA5v/p/9b/3v/l/+v/7P8AAAAAEwD2/9//2P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAA3f/X/+f/5//o/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPv/AADs/+z/7P/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/JQDZ/+7/6f/2/9f/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/FADs/+z/7P/s/+z/7v/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8qAAAA+v/t//j/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAD1/wAA7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/9j/2//d/93/CgAAAN3/7f8UAO3/7P/s/+z/6//t/xQA8//z/wAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/v//D/+v/v/xQA7//s/w4AAAAAAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAA5//o/+v/5v/p/+X/GADo/wAAAAAAAAAAAAAAAAAAAAAAABgA8P/u/+v/6//q//T/7P8VAO3/7P/u/+z/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/4/wgA4//v/+j/5f/i/+b/5v/o/xsA5f/s/+z/7P/u/+3/7P8UAOz/7f/t/+//AAD3/+z/FADx/xQA7f/t/+7/+P/s/+z/7f/o/+r/7P/s/+v/FQDs/+z/3//N/83/1//S/9D/KADh/wAAAAAAAAAAAAAAAAAAAADt/+j/8v8AAAAA9v8hAOL/AAAAAAAAAAAAAAAAAAAAAOr/4//e/9b/5f/T/x0A5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+n/6v8AAOj/BgAAAAAAAAAAAAAAAAAAAAAAAAAaAAAA+f8AAAAAAADy/+7/4//q/wAAAADr/xwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f/s/+z/FADv/xUA8//t//f/7v/r/+v/5/8cAOr/6v/7/+r/5f/o/+z/7P/s/+3/7f/t/xQA7P/r/+v/FADs/+7/6//u/+z/6v/p/+j/6f/r/x8A0//r/wAAAAAAAAAAAAAAAAAAAAAYAMT/1P8AAAAA6P/L/8v/AAAAAAAAAAAAAO7/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/AAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAATAAAAAADs//f/AADx/+z/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/9v8AAAAAFADX/9X/AAAAAAAAAAAAAAAAAAAAAPL/7P8AAPn/9P8XAOn/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADv/+z/8f/z/xQA7P/v/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/+/8AABQA7v/s//r/7P/5/wAAAAAAAAAAFAD5/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/2/+3/7P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+v/6f/r/+z/6P8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//L/7v8UAOz/LQDQ//L/9P8AAOj/0//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6f/r/+v/6//r/+v/6//t/+3/+P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAPb/AAD2/wAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/q/+z/5v8WAAAAAAAAAAAAAAAAAAAAAADs/+//7f8AAAAA7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//L/7//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5P/g/+T/3f/T/+f/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/r/+7/AAD1/97/JQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+b/3P/p/+X/1/8eAOH/AADr/+z/7P/r/xUA7P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/AAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7f8UAO3/7P/s/+z/7P/t/+3/FADt/wsAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5P/k/+b/7v/j/x0A3P/2//T/FwAAAPn/9P/r//v/7P/s/+//7f/t/xQA7P/s/9D/1P/j/+n/1//S/yMA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPT/AADy/+z/7f/s/+r/5f/h/+3/6P/n/xkA6/8AAAAAAAAAAAAAAAAAAAAA6P/k/+L/6//q/+f/GgDr/+z/FAD0/wAA8v/s/+3/7P/r/+v/FQDs/+j/6//r/+v/AAAAAAAAAAAAAAAAAAAAAOz/FAD0/wAA8v/s/+3/7P/u//X/9//z/+z/AADy/xQAAAAAAAAAAAAAAAAAAAAAABsA6v8AAAAAAAAAAOX/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPH/9/8AAAAA8P/u//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/u/+7/AADn/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8/8AAO7/+f/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDr/+v/6v/p/+n/5//r/wAA6P/q/9j/2//V/wAA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xcA3f/b/9r/6P/q/+v/AAAAAAAAAAAAAAAAAAAAANn/7P/t/+r/3v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/s/+z/FADo/+f/7P/z/xwA9f/p/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/6f/r/+z/6/8WAN7/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADs/xQA+//s//f/AADx/+z/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAN3/5v/W/+j/3//h/+H/IADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAcAwP/g/9D/BQDL//j/7//u/+v/7P/t/xUA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//l/+z/6//p/+v/6f8WAA8A+/8AAPb/+/8OAOz/1f/w/+r/6//s//T/6f/d/w0A7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAPr/7P/v/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+r/7P/m/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAFgDZ/+n/7P/q/+r/6v/q/wAAAAAAAAAAAAAAAAAAAADw/wAA7f8AAAAAFADs//L/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA4//h/9z/6v/R/9z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAA5f/o//j/7/8ZAOr/6v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAPj/8v/t/+3/6v/w/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+f/7P/z/xwA9f/p/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/i/9n/EgDc/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAADAATAAAA9v8AAPb/AADv/wAAEwAAAPb/AAD2/wAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAANAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/k/+j/6v/o/xcA6v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/s/+v/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADt//L/7v/t/+7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACkAwv/S/+X/6v/k/8b/1/8UANH/8P8AAPn/7P/s/+//AAAAAPr/AAAAAAwAAAAAAO3/7v8AAO7/AAAUAOz/7//t/+z/7f/t/+7/FADs/+z/6v8AAOv/6f/j/9j/EgDo/wAAAAAAAAAAAAAAAAAAAAD1//b/AAAAAPf/GQD7//n/7P/5//j/7/8AABQA7P/v/+f/5//m/+b/6f/n/xkA6P/E/04AyP/Y/8//tf+1/9r/7P/s/+z/7P/s/xQA7P/s/+z/6//r/+3/6//s/+r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAAAAAA+P/z/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7f/r/wYAAADs/+r/+P/s/wAAAAAVAO//+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/t/+7/+P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA4P8AANj/7//Y/7v/9f/a//L/7P8AAPn/9P8XAOn/+v8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/6//s/xUA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v/0//n/6f/t/+3/FQDz/+z/7f/1/+z/7P/s/xQAvv8aACQAsP/J/7r/0P/b/+X/AAAbAMz/1P/C/93/6f/s/xQA7P/s/+z/7P/s/+z/AADs/wAAFAAAAO3/7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/i/+n/HQDu/9j/2f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/AADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMX/IQDo//v/2f/P/wAAzf8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDt//L/+//3//X/7P8AANj/EwDr/9n/2P8AANv/2P/Y/+b/6v/4//n/zP/f/yoAAAAAAAAAAAAAAAAAAAAAACMA6//p/+X/+P/b/9b/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/xMA7P/Z/9n/AADb/9j/AAAAAAAAAAAAAAAAAAAAAML/3P/U/9X/+f8AACgA2v8AAAAAAAAAAAAAAAAAAAAAEgDg/+n/3v/t/wAA7P/c/+z/7P/u/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA9v/r/+P/AADs/+T/0v8RAOz/6//t//X/7v8VAOv/6/8NAMD/0f/l/+L/9P/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/97/+P/z/+X/AADi/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/q/xsAzP/Y/9v/1//f/+z/FADs/+z/7P/s/+z/7P/y/+z/3//c/+z/4v8UAOz/FAAAAO3/8/8AAOz/7P8AABUAAAD3/wAA9//s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAASAOz/7P/t/+r/7P/s/wAA2v/s/+n/9f/s/xcA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//v/+3/8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAzv8aAN3/6//j/wAA5P/m//n/2f/Z/93/2/8AANb/2v8AAAAAAAAAAAAAAAAAAAAA1P/o/x4AyP/c/83/1//r/+r/6P8eAOn/+v/s/97/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/0/+3/AADv/+z/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/7P/w//f/7f/s/+//HAD4//f/AAAAAAAA6v8AACEA+f/3/wAAAAAAAOr/AAAAAO7/2v8AAAAA0/81AAAA7P/x/+z/7v/u/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+v/6P/r/xUA6//s/xQAAADx/wAAAADs//j/+f8pAO7/6v/x/wAA4//e/wAABgDl/9b/5//q/wAA3v/d/x8A0f/Y//D/9f/l/9z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8AAAAAAAAAAAAAAPj/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//v/+L/9f/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAA+v/s/+//6/8AAAAAAAAAAAAAAAAAAAAA1f/n/9//6//q/+f/GgDo/+7/9f8UAPf/8//x/+z/9P/1/yUA8P8AAPT/AADd/+f/7P8UAOz/7f/s/+z/7P/s/+n/FwDo/+r/6f/q/+n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//X/9//z/+z/AADy/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAO//AADt/xQAAAAAAAAAAAAAAAAAAAAAAOr/6v/r/+v/6v/r/xYA6//s/+z/7P/s/+z/6//r/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/t//P/7f/s/+z/7P8HABMA2f/G/9f/+//H/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/r/wAAAAAAAO//AAAUAAAA7P/y/woA2P8TAOv/vP/E/+P/AAAAAAAA8v/s//n/+f8VABQA7P/v/wAAAADs/+z/7P8JAMz/1f/X/87/9f/Q/+v/z//L/9f/zP/S/ycA6//a/+z/7P/2/+z/7P8UAOz/7P8UAOz/7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAATAAAAAAAUAOz/8P8AAO//8P/s/+7/7P/s/+3/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs//b/7v/z/+z/7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/6/+7/AAAUAOz/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA9f8AAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADw/wAAAAAPAAAAAAAAAAAA8f8AAOH/0f/Y/9j/5//V/yUA4f/t/xQA7v/7//L/7v/s/+3/AAAAAAAAAAAAAAAAAAAAAPP/EwAAAAAAAADt//L/9v/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABUA7P/r/+7/7v/r/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/7P8UAO7/9f/3//P/7P8AAPL/FADX/+r/7P/l/+T/9/8OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOn/6//r/+v/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/v/+3/7P8UAOz/AADy/wAA9f8AAOn/AAAXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xQAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAD2/+3/AAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAAAADt//T/8P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/9v8AAAAA9/8ZAPv/+f8AAPT/9v/2//r/EgD3//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/s/+3/7P/u/xUA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEA1f/i/+j/5//b/9//2v/o/9f/9f8AAAAA9v8ZAPv/7v/u/+z/AAAAAAAAFAAAAOT/7P/r/+z/6/8XAOf/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/k/+z/6//s/+v/FwDn/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/7P/s/+v/6v/s/wAAAAAAAAAAAAAAAAAAAADn/xgA9f/o/+3/4//p/+f/7P/s/wAAFADu/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7v/s/+z/6/8VAOz/7P/s/+z/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/o/+r/FwDr/+f/6f/q//H/7P/s/+z/7P8UAOz/7P/s/+z/7v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/4//L/6v/p/xcA9P/w/+v/AADs/+z/7P/r/xQA6f/i/+j/GQDl/+j/5v/i/wAAAAAAAAAAAAAAAAAAAAAVAOP/6f/1/+//4f/s/+z/7P/x/+r/AAAAAOf/FwAAAAAAAAAAAAAAAAAAAAAAAADa/+z/8v/x//L/6f8gAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAA8//u/wAAAAATAAAAAAAAAPP/7v8AAOz/FAD0/wAA8v/s/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//P/AADu//n/7P/t/xQA6f/Y/w4A6P/s/+X/+v/r/+f/6/8AANH/8//N/yIA3v/i/x4A2f/n/9n/4v/n/93/7v/u//H/AAAAABQA7f/x/+z/7//w//r/7/8UAO//7P8AAAAAAAAAAAAAAAAAAAAA7P/v//D/+v/v/xQA7//s/wAAAAAAAAAAAAAAAAAAAADt/+z/8P/w/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s//n/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAOz/7P/t//D/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/i/9v/5P/r/83/EgATAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/w/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7//u/wAA7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAA9P8AANn/9v/p//T/9//v//f/7//p/xgAFADs/+3/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/v//P/9P8UAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/t//P/+f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAJQDk/+X/+f/4/+3/3//n/wAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAA5P8AAAAAAAAAAAAAHgAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADx/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/u/+7/AADn/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA8v/v//H/7P/s/xQAKQDi//b/AAD2/+T/1//1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA8f/i/9r/2//W/8P/xP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AADt/wAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+f8AAAAAAAAAABQA+f/s/+z/7P/u/+3/7P8UAOz/EwDg/+v/3P/s//v/7P/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9f8AAAAAAADz/xcA+f8AAAAAAAAAAAAAAAAAAAAAFADt/+3/8//5/+z/7P/s/9b/7P/r/9v/4P8WAOr/7P/d/+X/yP+4/9b/wf/W/wcAFADs//r/7f8AAOv/6//s/+L/7v8AAPL/AADb/+j/IwCd/7X/3/+M/63/IAC3/+P/6v/X/+r/4P/W/9b/6v8fAAAA7v8AAPX/AADv/xQAAADf/+n/6//k/+n/4v/n/xcAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7v8AAAAAAAAoAPL/7P8AAAAAAAAAAAAAAAAAAAAA6//w//n/7//u/+z/FQDu/+3/FQDw//X/AADz/+v/AAAVAAAAAAAAAPr/7P/v/+v/7/8VAAAAAAAAAPr/6//0/+r/6v/r/+r/7P8VAOr/6v8AAAAAAAAAAAAAAAAAAAAAFQDy//b/AAAAAPP/6//2/wAA7/8AAAAAAADu/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//O/9j/2//c/9L/MQDM/+z/7P/s/+v/7P/q/+z/FAAaAOb/6v/k/+b/6v/k/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAA7P/s/+n/7//u/9n/FQDs//H/7v/s/+3/AADt/xQA9v/Z/9T/5/8AAOP/2P/k/w4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/wAAHAD5/wAA7f/2//j/AAAAAAAAAAAAAAAAAAAAAOv/8P/w/+z/9P8VAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/7P/q/+D/6//r/+b/FQDs/+v/7f/1/+7/4/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xUAAAD0//L/7//q//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/v/+7/AADt/xQA7P8AAAAAAAAAAAAAAAAAAAAA7v/4//n/7f8AAOj/6/8YAOz/+P/t/wAAAAAUAOz/7P/G/wAA9P/6/wAAHwDo/wYAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAAAAD4//P/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/xQA7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAPP/AADt/+7/HADk/9v/4P/k/97/GwDi/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/7P/s/xQA7P/t/+z/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+3/9f/u/xUA6//r/wAAAAAAAAAAAAAAAAAAAADs/+z/7//v/xQA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/x//L/FADt/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAC7/8L/u//P/9H/vf8LABQA7P/t/+7/7P/s/+z/7P/X/+n/6//s/+v/FgDe/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/2//h/+r/6/8nANn/6P8WANn/6f/s/+r/6v/q/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/t/xQA7P/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P8UAOz/7f/t/+z/7P/s/+z/7P/s/+3/7f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAACQA5P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/0//b/8v/s/wAA8f8UAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAUAAAAAAD4/wAA7P8AAOb/3v/q/+j/5v/n/xoA6v8AAAAAAAAAAAAAAAAAAAAA8P/s/+3/7v/s/xQA7P/s/+z/7P/t//L/7v8UAOz/7P8AAAAA9v/5/wAAEQD7//r/FADr/+3/+v/s/+z/3P/r/xgA1//X/+H/1f/Y/wAA2P8UAOv/7f/t/+//7P/s/+X/7P/s/+z/7P/s/xQA7P/s/xQA7P/s/+3/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAFgDr/+3/7//t/+z/6f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADt//P/AAD6/+z/1P/s/wAAAAAAAAAAAAAAAAAAAAAVAOv/7v/t/+z/7P/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPL/AAD5/wAA7P/u/+r/AAAAAAAAAAAAAAAAAAAAABAA5v/a/+L/7f/Q/+r/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAOz/7//s/+7/6v/s/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/9T/0P/E/wYA9P+m/wAA8f/t//r/FADu/+z/6//m/+v/7P8AAN//+v8AANn/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD7/+//9f8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/a//H/9v/3/+j/KQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPP/AAD2/wAA6//3/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAwAAAAAAPH/7P/u/+//7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+//4v/1/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/GgDs//L/6//t/+X/7v/s/+z/7//t/+3/FADs/+z/7P/s/+//7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/y//L/7v/0/xQA+v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/AAAUAOz/7f8nAAAAAAAAAAAA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAPn/AADs/+//FAAAAAAAAAAAAAAAAAAAAAAAFADu/+//AAD7/+z/7P/y/wAA4//k/+P/+P/T/wAA7v/n/+D/5P/m/+n/4v/f/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAAAAEAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD0/wAAAADx/wAAIQD7/+P/8f8AAAAAAAAAACQA5P/5/+z/7P/u/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/8f/r/+r/+P8ZAOr/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAPn/AAAAABAA6//s/9P/7P/n/9v/6/8VAPT/6//v/+v/AAAAAOH/GQAAAOz/AAAAAAAA8P8AABQA6P/q/+n/4f/r/+H/5P8bAAAA7P8AAAAAAADw/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAA7P8AAAAAAADw/wAAFADs/+z/7v/s/+z/7P/s/xQAAAAAAAAAAAD3/wAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/h/9H/4f/Y/+j/6/8YAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P/s/xQA3P/p/+z/7f/s/9j/5v8lAOf/6v/t/+r/7P/r/+n/GADs/+3/AAAAAPr/7P/z/xUAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/s/+z/FADn/xUA6v/r/+v/6f/r/+v/AAAAAAAAAAAAAAAAAAAAAPb/9P8XAAAA+f/0/+v/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/5/wAA8v8UAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDl/9z/7P/c/+H/5P/o/9z/3P/n/+X/7P8UAAAA3/8AAAAAAAAAAAAAAAAAAAAA3f/m/9b/6P/f/+H/4f8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/6//s/+z/6v8aAOv/7P/s/+3/8//s/xQA7P/t/+z/6/8WAOD/6//p/+r/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA6f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//V/9r/3P8qANb/1//b/xQAAADt//P/AADs/+z/AADs//X/7f8AAAAA7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+r/7P/s/xUA7P/s/+r/0//k/+v/9v/m/xwA7v/q/9P/5P/r//b/5v8cAO7/AAAAAAAAAAAAAAAAAAAAABMA8f/3/wAAAADw/+7/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+P/GwDo/+z/7P/a/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO//7P/s/+z/7P8AAAAAAAAAACAA5v8AABQA+P/4/wAAAAAAAOz/AAAAAOr/5v/t/+f/2P8AAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+z/7/8AAAAA+P/y/xQAAADs//H/+v/s/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAABQA7P/s//H/9v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/GgAAAPf/9P/z/93/7//T/+X/9P/2//v/4v/b/zQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/9H/6v/f//P/4f81APX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+r/6//s//r/FwDs/+v/2//S/9D/4//0/xAAqP8AABMAAADo/9P/6P/4/9j/2P/s/xQA7P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADZ/8b/wf/B/9r/zf8AAAAAAAAAAAAAAAAAAAAAFADu/+3/8/8AAO//7P/x/wAAAAAAAAAAAAAAAAAAAADv/+z/7P8AAOz/7v/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/HQD2/wAA7v/x/+r/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/2/+7/9f/s/+3/FAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/wAA+f/0/xcA6f/6/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/9/8TAAAAAAAAAO7/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7//u//j/7//s//D/7f/s/xQA7P/u/+z/7P/t/9j/7v8AAAAAAAAoAPL/7P8AAAAAAAAAAAAAAAAAAAAA9f/s/xgA7P/0//D/6f/o/wAAAAAAAAAAAAAAAAAAAADr/+v/FADs/+z/7P/s/+z/FADs/+//AAAAAOz/7P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8P8AAAAA7P/s//j/7P/s/+7/7//z//T/FADx/wAAAAAAAAAAAAAAAAAAAADo/+7/FADs/+z/7P/s/+3/7P8UAOz/7P/s/+z/7P/s/yMA5//b/+H/9v/e/+j/AAAAAAAAAAAAAAAAAAAAAAAA8f8AAO//8f/5/+v/FQAAAOb/7P/y/+v/7P8UAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7//s/wAAAADs/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/n/+j/6f/c/+j/5v8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAO3/8/8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8HAJj/5v+Z/+n/6/8FANj/EgDo/7v/2/8AAN3/6/8UAPH/AAAAAPP/7P/2/+3/FADs/+3/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQDF/8v/zv/6//b/AADO/wAAAAAAAAAAAAAAAAAAAADo/+r/6//s//r/FwDs/+v/9//5//n/7f/w/+z/8v8UAAAAAAAAAAAAAAAAAAAAAADt/+z/7//u/wAA7f8UAOz/AAAAAAAAAAAAAAAAAAAAAO7/+P/5/+3/AADo/+v/GADn/9f/AADo/+T/7P8KANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9X/5//H/+T/JQDp/9b/7P/s/+z/7P/y/+7/FADs//n/AADw/xYAAAAAAOr/AAD5/+3/+P8AAPb/4f8fAAAA7f/t/+z/8f/z/+z/FADy//T/6f/h/+r/9f/n/xgA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/4v/2/xQA7//w/+z/7P/P/8L/LwDe/9v/7v/U/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAdAOT/0P/i/+L/xv/d/9v/AAASAAAAAAAAAPn/8P8AAOD/7P/r//D/FQDq/+T/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8P8AAO//8P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAAAACQDr/9j/5/8lAOL/0v/Y/+P/AAAAAAAAAAAAAAAAAAAAAOD/7P/g/+f/AADe/xUA3v/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//s/+v/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7P/5//n/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7P/5//n/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeALj/w//K/9z/w//m/+H/FADt/+3/+P8AAO7/7P/s/wAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAFgDg/+X/+f/v/+v/4f/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAAAARAAAAAADR/yYA2v/Z/9r/5f/b/97/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+7/AAAAAAAAKADy/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8TAAAA7f/n/9j/5//s/9v/GgDp/+v/+v/u//X/7//s/xUA7f/w/wAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA8f8AAAAA7f/t//b/7f/5/xUA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/m/+n/9P8AABkA5v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/1f/a/9z/KgDW/9f/2//z/wAA+v/4//n/FADx/+3/8f8AAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/wAA7f/3/+f/CQDr/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6f/s/+j/8//j/xkA5//T/+n/3v/e/+n/1v8pAOr/AAAAAAAAAAAAAAAAAAAAAOf/HADn/+z/5v/k/9//3f/s/+z/7v/2/+3/7P8UAO//7P/s/+7/9v/t/+z/FADv/+v/7P/s/+z/6//r/xUA7P8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/r/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FQAAAO3/AAD6//D/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/s/wAA7P/q/9j/EwAAAN7/AADp//H/5v/m/yYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA+f/s/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//q/+X/6v/r/+f/FwDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+//AAD7/+z/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u/+z/AAAAAAAAFAAAAOX/FgDs/+z/5v/t/+v/7P8AAAAAAAAAAAAAAAAAAAAA8/8UAAAAAAAAAO3/8v/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDx//f/AAAAAPD/7v/w/9j/2f8oANj/2v/Z/9j/2P/6/+7/9f/v/+z/FQDt//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f8mANr/2f/a/+X/2//e/wAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAA8//u/wAAAAAAAAAAAAAAAPf/EQAAAOz/8f/s//j/7v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+r/7P8UAOz/7P/s/+r/6v8AAOj/BgDo/+r/7P/s/+v/FQDs/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAC+/9f/EADP/+X/+//I/wAAAAAAAAAAAAAAAAAAAAAAAOr/6P/p/+n/6v8XAOr/6f/x/wAAAAAAAAAAJADk//n/AAATAAAAAAAAAPP/7v8AAAAAAAAAAAAAAAAAAAAAAADp/+j/6/8VAOj/4v/r/+v/AAAAAAAAAAAAAAAAAAAAAOz/6P8UAO3/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAPv/8v/4//r/JgDu/+n/7P/w//L/AADw/xQA8P/s/+3/7P8AAAAA6f/q/+v/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6v/L/9n/1/8cAOr/1P/s/+z/8//s/+//7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+z/AAAlAPX/4v8AAAAAAAAAAAAAAAAAAAAA5f/s/+z/7P/r/xQA6//r/9z/2P/r/+X/5v8SAAAA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+z/7P8AAPT/7P8ZAOH/FADs/+3/7v/s/+z/7P/s/+3/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAIgD2//D/AAAAAAAAAAAAAAAAAAAAAPf/AAAAAPX/AADs/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAEgAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABQA7f/u/+7/AADn/+z/AAAUAOz/7/8AAAAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAO7/8P8AAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s/+//7f/s/xQA7P/r/+r/4f/v//L/FgDp/+7/7P8YAOT/5//p/+n/5f/y/9H/1P8ZAN//3v/o/+f/6v/s/+//AADu/wAAFADu//v/AAAAAAAAAAAAAA0A+P8AAAAAAAAAAAAAAAAAAAAAAADy/xUAAAD4//f/8v/q//r/7/8VAAAA9P/y/+//6v/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/7/wAAAAAAABkAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+3/7f8UAAAAAAD5/8z/+v/t/+z/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8//s/xQA7P/t/9j/6P/c/+n/7P/X/9j/KQAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7P/s/+z/7P/s/+b/uf/O/9z/CgCq/+X/AAATANr/xf/V/87/0f/y/87/6f/t//b/AAAAABcA7P/5/+n/7f/2/wAAAAAXAOz/+f/l/+L/6f/m/+b/GwDj/+X/z//n/+z/4v/s/9b/GQDr/+z/7P/t//P/7P8UAOz/7f/q/+v/6//s/+z/6v8aAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAPf/AAD3/+z/6/8AAOn/6//q//H/AADt/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8AAAAAAAAAAADy/wAA7P/s/+z/7P/s/+z/6/8UAOz/7P/s/+z/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xQAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/x//r/AAAAABQA+P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+v/5//q/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPH/AAAAAPP/7P/2/+3/7P/0/+z/7P/z/xQA9f/u/xQAAADx/wAAAADs//j/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8RAAAAAAAAAAAAAAAAAAAAAAAAAOX/7P/q/+D/6//r/+b/FQAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAFADu/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//J/+j/5f/u/+r/GQDc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5f/s/+v/6f/r/+n/FgAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAAAAPj/8/8SAAAAAAAAAPL/7P/5//n/FQDt/+3/7P/x//P/7P8UAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADy/+//8v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2P/i/+f/AADj/xMA2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/u/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/q/xUA7P/s//T/7f8AAO//7P8UAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPH/9/8AAAAA8P/u//D/1/8VAOP/6P/m/wAA3f/d/wAA8P/N/8H/2//t//L/9P8AANv/3P/5//L/EgDY/9//2P/Y/9v/CgDe/wAA2f/b/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAA7f8AAAAAFADs//L/8P8AAO3/AAAAABQA7P/y/+b/9v8AAPT/AAAUAOz/AADt/wAAEwAAAAAA8f/3//n/7f8AABMAAAAAAPH/9//5//D/AADt/wAAAAAUAOz/8v/s//D/7P/w//D/6v8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAAADz/wAA7f/u/xwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/Y/9//1f/Y/x8A1f/o/+f/4P/k/+b/6f/i/9//HwAUAOz/7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM/+T/4f/i/9b/5v/U/yQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/8v/2P/m/zQA5P/i/97/7f/t//j/7f/s/+z/7P8UAAgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/r/+7/AAD1/97/JQDu/wAAAAAAAAAAAAAAAAAAAADp/xcA6f/q/+n/6v/o/+j/2v/m/wAAyf8RAOX/7v/h/83/IwDa//H/8P8AAOn/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAA0AAAAAAPv/1P+0/7P/2P/D/9X/uf8yAAAAAAAAAAAAAAAAAAAAAADR/+j/HgDE/9X/yf/Q/+z/x/8AAL3/zf/H/9z/AAAIAOr/HADh/9X/1v/V/9f/6/8UAOz/6f/j//n/AADr/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAA8f/3/9T/z//c/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz/8wAO//1//W/9n/0P/U/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/m/+//FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAA+v/4/83/t/+r/7f/xf/s/+z/9v/x/+z/7v8UAOz/EwAAAPb/AAD2/wAA7/8AAOf/xP/d/+v/CQDO/wAABwAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAUAOz/8P8AAAAA7P/s//j/2f/m/+z/5f/z/+X/JgAAAOT/GgDh/+v/5//g/+n/5f/j/+T/4//m/+j/5v8bAOH/FADx/wAA7f8AAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAQAOv/7P/m/9j/AADm/9j/EwD6/wAAAAAAAO3/AAD7/+L/3P/t/+r/6/8pANj/2f/H/93/4v/q//b/5/8bAOz/5P/r/+3/7//3/xYA4//q/+X/2f/Z/+7/+P/m/xsA+f/3/+X/4f8AAOP/4f/k/wcAAADQ/9L/1v8FAMv/3f/a/wAAAAAAAAAAAAAAAAAAAADs/xQAAADs//f/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/6v/r/+v/FQDr/+z/3P8GAOT/5//k/w4A0P/U/9n/8//O//L/8f8AAOz/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAt/8AAMT/8P8UAAsA+v/G//H/7f/6/xQA7v/s/+v/5v8AAAAAAAAAAAAAAAAAAAAA1//W/8z/1f/q//X/+P8MAOr/FQDr/wAA6v/Y/9X/5f8AAAAA8//s/wAAJQD1/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//AADu/wAAFADu//v/AAAAAAAAAAAAAAAAAAAAAOj/CwDp/+P/8//Z/wAA7P/b/ygA2v/1/9n/2f/Z/+T/EwAAAPb/AAD2/wAA7/8AAAAAAAAAAAAAAAAAAAAAAADs/xUA6P/p/+n/7v/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//7v/w/wAA7f/s/+7/HQDh/+j/6f/l/+T/3//o/wAAAAAAAAAAAAAAAAcAAAAWAOz/7P/s/+3/6//o/+r/FADs/+z/7f/s/+z/7P/v/+z/9v/u//P/7P/t/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAOv/AAAAABcA9/8AAPr/AAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/q/+v/7P/6/xcA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/0/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAAPAAAAAAAiAAAA8/8AAAAA9f/d//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/0/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAAADs//L/FADu//j/+f/t/wAA6P/r/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAAAAEAD6/+z/7P/s/+7/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/8f/u/+7/+//u/xQA8f8AAAAAAAAAAAAAAAAAAAAAFADv/+7/8P8AAO3/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA9f8AAO//FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOr/6//r/+r/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5f/h/+3/6P/n/xkA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//b/7f/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//s/+v/6//o/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/8f/t/wAAAADs/xUA8f/b/93/4f/e/wAA6f8gAOn/7P/r/+z/7P/2/+z/FADt/+r/6//s/+z/7P/r/xUA7f/s/+z/7P/u/+3/7P8UAOz/6/8VAOz/7P/r/+z/6v/s/wAAAAAAAAAAAAAAAAAAAADx/+z/7P8AAPX/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAA0AAADs/xQA7P/t/+z/7P/s/+z/7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//6/+3/AAAAABQA7P/s/+z/7P/7/wAAFADu/+z/+v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/y/+7/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUA7P8AAAAAAAAAAOz/FAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8WAOj/7//s/+3/6v/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7f/u/+7/7P/s/+z/7v8TAAAA+//t/+7/7P/s/+7/FQDv//r/AAAAAOz/9/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P/v/+z/FADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/g/+f/AAD7/+j/IQD5/wAAAAAAAAAAAAAAAAAAAAAVAOP/6f/1/+//4f/s/+z/4//r/+z/7f/r/9j/4f8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P+9/9//1/+y/9n/2P8aAOj/3f/5/93/8P/Q/wcA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/HADh/9f/1v/V/9b/6f8AAAAA2f/r/+j/5v/x/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/yUA2f/u/+n/9v/X/+r/AAAAAAAAAAAAAAAAAAAAAOz/FAD0/wAA8v/s/+3/7P8jAAAA6//4/wAA3//c/wAAFgDp/+7/+P8AAOn/6//1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/1/+3/AAAAAO3/FADv/xMA3f/u/+7/AAD1/+b/3v8NAMf/zP/Z/+P/CgDD/63/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/8H/tP+z/8b/zf8PAOb/AAAAAAAAAAAAAAAAAAAAAAAAx//Y/9b/y/8AANT/4f/n/+j/6//r/9//6//o/yMA3f/x//r/8//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/i/+r/6f8ZAN//6P/o/wAAAAAAAAAAAAAAAAAAAADn/zYA9/8AAOv/+P/K/9v/0P/5/9z/0v/j/9r/CADL/wAAAAAAAAAAAAAAAAAAAAAUAO//7v/w/wAA7f/s/+7/HQDh/+j/6f/l/+T/3//o/xYA7P/s/+z/7f/r/+j/6v8UAOz/7P/t/+z/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9T/6P/c/+r/AADW/xIA4//t/9r/4f/z/ygA6P/d/+L/3P/q/+z/7P/s/+z/FQDT//X/0/+1/9H/AADA/+//5/8VAOz/6//r/+v/6f/m/wAAGADq/9//7P/r/9L/5P8AAAAAAAAAAAAAAAAAAAAAAADx/+T/uP/W/+P/yf8LAAAAAAAAAAAAAAAAAAAAAADf/9H/5v/p/+j/6v/n/x0A6P8AAAAAAAAAAOz/AADy/wAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA8v/o/wAA+v/r/+j/6f8cAPn/6//x/wAA5f/k/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAvv/F/8z/AADE/87/AAAAAAAAAAAAAAAAAAAAAOz/7f/6//n/+v/s/xQAAADs/+3/7//w//L/7v8UAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/k/+j/6v/o/xcA6v/m/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/wAA7P/s/+z/3P/Z/9r/6f/f/9j/4/8jABoA5v/q/+T/5v/q/+T/5P8AAAAAAAAAAAAAAAAAAAAA5v/e/+r/6P/m/+f/GgDq/yYA6//Z/+r/7v/h/9j/3P8AAAAAAAAAAAAAAAAAAAAA6P/X//X/AAAAAPb/GQD7/+3/7P/t/+3/7v8UAOz/7P/s//f/AADx/+z/7P/u/xQABgAAAN3/1//n/+f/6P/q/97/1v/U/+r/6P/i/yMA1P8AAPj/6P/H/8//1P/M//v/wv/h/8n/2v/E/zEA4f/P/+z/7P/7/wAAFADu/+z/+v/1/+z/8v/p/+z/GwDK/+z/6f/o//D/9f/y/+n/7/8ZAOj/1v/Z/+b/2P8RAAAAzv/b/7r/1P/B/9P/7P8ZAOv/AAAAAAAAAAAAAAYAAAAAAOn/2//r/+f/7P/s/93/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAPf/+P8AAOz/8P8UAOz/7f/u/+z/7P/s/+z/sP+j/6r/0v+n/wAAvP8aAOL/9P8AAPf/AADW/97/MQDa/+z/8v/x//L/6f8gAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/r/+//7f8VAOv/AAASAAAAAAAAAO//9P8AABQA7P/s/wAA6f/s/+n/7P/s/+z/8f/w//H/7P8UAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/x0A1//n/9T/4v/z/93/7P8VAPv/7f/w/+v/7P/u/xQA7//u//X/AADs/+z/7//s/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+v/7P8eAPX/6f/l//D/6//m/+X/HADu//b/AAAAAOz/5P/v/xQA7f/t//j/AADu/+z/7P8AAAAAAAAAAAAAAAAAAAAA1P/K/9z/0f/P/97/MQDU/wYA0P/S/8T/EADc/9L/AADs/+z/7P/s/+z/7P8UAOz/7P8UAOz/7v/n/+z/7P/r/+z/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA1v/k/93/4v/h/93/4P/l/9j/2//p/wcA2P/S/wAA7f/x//r/AAAAABQA+P/s/y4A3f/Z/9T/3//R/87/1v8bAN//4//a/93/5//p/9v/FgDq/+r/8P/r/+z/6//r/yAA3P/k/+f/1f/X/97/9//m/8f/5v/N/93/z/8bAN7/JADT/+P/5v/h/93/1v/U/wAAAAAAAAAAAAAAAAAAAAApANT/1v/c//H/6f/X/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+n/4//d/+n/4P8nANP/7P/s/+z/7f/2/+z/FADs/wcAAAAAAAAAAAD5/wAA7f/Z/+b/7P/l//P/5f8mAAAAAAAAAAAAAAAAAAAAAAAAANr/7P/s/+7/6f8VAOz/2v/v/wAAAAAAAAAA8/8YAAAAAAAAAAAAAAAAAAAAAAAAAMz/xv/P/9f/2P/T/+n/JgDs/+z/7P/s/+z/FADs/+z/8f/u/+z/7f8AAO3/FAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAADw//T/AADX/wAA4P/P/9//yP/2/+//AAAAAAAAAAAAAAAAAAAAAOH/3//P/8H/5f/X/ygA1v8AAAAAAAAAAAAAAAAAAAAA0P/K/+T/4P/r/8v/MwD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+r/7P/s/xUA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7//w/+z/FADs/xQA7P/s/+3/7P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA6v/T/+T/6//2/+b/HADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/q/+r/6f/p/xYA5v/q/wAAAAAAAAAAAAAAAAAAAADQ/+X/7v/i//r/3f8yAOX/7f/q/+r/6f/p/xYA5v/q/+7/8/8AAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7f/x/+7/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAA9f8AAOz/7P/t//n/9P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPT/AADy/+z/7f/s/xYA6//t/+//7f/s/+n/6P8AAAAAAAAAAAAAAAAAAAAA5f8aAOb/6//k/+r/5P/p/wAAAAAAAAAA+/8AAAAADAAUAOz/7f/u/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/v/+7/AADt/xQA7P/C/xEA3P/S/9H/BwDP/9T/AAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPT/+P8AAOT/7v8VAAAA7P/w/wAAAAAAAO3/FADv/xUAAAD0//L/7//q//X/6f/n/+z/8f/v/+n/7f8ZAAAAAAAAAAAAAAAAAAAAAAAUAO3/7v/0//D/8P/s/+z/AAAAAAAAAAAAAAAAAAAAAPD/7v8AAPH/AADs/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADl//n/9f8uAAAA+P/u/wAAAAD6/wAA+f8AAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/6f/s/+z/FgDn/+D/7P/c/xEA2//b/wAA4P/d//T/6f/i/+r/6f8ZAN//6P/o/+X/5f/o/+n/6v/m/xgA6v/d/+b/1v/o/9//4f/h/yAA6//n/+r/6v8AANj/6/8AAOb/FQDq/+3/5//s/+z/6v/s/wAA8v/v//H/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAA+v/s//P/FQDs/+z/7P/s/+z/FADr/+z/BwDr//L/AAD3/+z/AADs/+v/2f/r/9j/6f/X//P/AADp/+n/6//l/+r/6v/l/xgAAAAAAAAAAAAAAAAAAAAAAO3/7P/v//f/7v/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8AAOz/8P/s/+j/AADy/wAAAAAAAAAAAAAAAAAAAADs/+z/+/8AABQA7v/s//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/q/+z/FAAHAOv/8v8AAPf/7P8AAOz/AAAAAAAAAAAAAAAAAAAAABoA5v/s/+7/7P/Z/+r/3/8AAAAAAAAAAAAAAAAAAAAA3//o/+j/3v8cAOX/4f/f/+z/7P/z/+7/FADt/+z/7P/Y/+z/7P/r/xUA7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/t//j/AADu/+z/7P/s/+z/7//t/+3/FADs/+z/FAAAAO3/9v8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/7j/0P+v/9//5f+0/w0AFADt/8//1//O/+j/0v/4/xgAzf/t/+T/0//r/+X/6P+//+7/y/++/7L/l/+q/zcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv8tANf/0v/Q/8n/5v/j/wAAAAAAAAAAAAAAAAAAAADl/xoA5v/r/+T/6v/k/+n/9P8RAML/0P/H//P/7v/Q/+z/6//s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/3v/5/wAAAAAAAC8AAADs/xQA7P/s/wAA7P/s/+z/8//F//L/9v8AAOn/DgDj/wAAAAAAAAAAAAAAAAAAAAAmAA0Aq//C/7j/4//B/73/6v8ZAOz/7P/p/+b/5P/q/+7/FQDv//r/AAAAAOz/9/8AAAAAAAAAAAAAAAAAAAAA7P8UAPP/AAD3//H/7P/x/+z/FADz/wAA9//x/+z/8f/o/xgA4//s//n/5//p/+r/7P8UAOz/7P/s/+z/7P/s/xUA7P/w/+v/7f/r/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/zYA2//U/9z/0P/L/9v/7P8VAO3/7P/u/+z/6//q/wAADAAAAAAAAAAAAPb/AAD0/xMAAAD7/wAA9P/w//n/7P8UAO3/8P/n/+z/7P/r//v/FAAAAAAAAAAAAOz/AADf/x8A6P/r/+L/4v/l/+b/IADd/+T/9P/z/+n/6P/t/wAAAAAAAAAAAAAAAAAAAADv/xUAAADu/wAAAADz/+z/AAAAAAAAAAAAAAAAAAAAAOr/6f/p/+v/6//q/xYA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s//L/7P8AAPn/9P8XAOn/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+z/7f/6//n/+v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AADt/wAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/4/wAAAAAAAPn/FwD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/6/+3/FADs//L/BwDE/5z/5//E/+f/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/1//o/9r/AADJ/wAAIADd/wAA7P/a//r/6/8AANv/AAAAAAAAAAAAAAAAAAAAAPf/0f/D/+j/1//0/xUA1//g/wAA9f8TAO3/6//h/9r/AAAAAAAAAAAAAAAAAAAAANv/6f/P/+7/AADM/xsAxv/6/+f/7P8UAN//5v/Y/9L/AAAAAAAAAAAAAAAAAAAAAOz/FAAAAOz/+f8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADy/+z/+P/3/+7/7P/d/+v/9f/s/wAA3v/h/yUAAAAAAAAAAAAAAAAAAAAAAOj/5//m/+X/6f/q/xgA6P8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/7//t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAO3/4//e/yIA6f/b/9//6v/s/xQA7P/u/+z/7P/s/+z/7P8UAPP/AAD3//H/7P/x/7f/SQDO/7z/uP/J/6z/rf/l/yoA6//o//H/4v/V/+v/6P8bAOv/4f/m/9n/4v/n/wAAEgAAAAAAAADv//T/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+z/7P8UAOb/2//s/+v/6//X/+X/KQAAAAAAAAAAAAAAAAAAAAAA3//e/+7/7P/r/+j/FwDs//D/5/8AAO//BwDu/xIA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/FADp/+v/3//o/wAA5v/S/y0A3v/l/+T/0P/Y/9//2P/s/+z/6/8VAOz/6//r/+f/1P/h/+r/y//m/9//IADc/xsA5//T/9X/6//m/+v/8/8AAAAAAAAAAPL/7v8RAAAA5//r/9j/vP8AAPL/9P8AAA8AAAD1/+z/6//n/+z/AAAGAAAAAAAAAAAAAAAAAOf/4f/s/+3/6v/s/+r/FgAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAOD/3//I/9f/0P/k/yMAw//j/ykA3f/o/97/3v/V/9r/4f8bAOn/6v/p/+j/5//n/+z/7P/s/+v/7P/q/+z/FAAAAOz/9P8AAAAAAADu/xQAAAAAAAAAAAAAAAAAAAAAAOr/6f8VAOv/7P/q/+v/7P8AAOz/AAAAAAAA7f8AABQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//H/FADs/+z/7P/R/yoA5P/m/8f/2f+6/+H/2f8rAOP/2v/Z/97/1f/b/+j/6//t/wAA2f/Z/+v/AAD7/8X/xv8AAOn/4v/D/wAAAAAAAAAAAAAAAAAAAAAAABsAwP/r/7P/n//2//H/5f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/+z/7P/u/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6//r/+L/FADs/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPP/FADz//n/+P/x/+3/7v/t/xQA7P/v/+3/7P/t/+z/7f/s/+//7v8AAO3/FADs/+r/FgDr/+v/5v/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA4P/o/9//5v/l/9D/5v8eAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/FgDq/+v/6v/m/+r/6P/s/+z/7v/v//P/9P8UAPH/7P/s/+7/7f8AAO3/FADs/wAA9P8UAAAAAAAAAOz/AAD6/+7/9f/v/+z/FQDt//D/6/8XAOL/6v/h/wAA6P/q/+3/6P/y/wAAAAD2/yEA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/k/+v/3//r/+n/FgDs/+z/7P/v//D/7P8UAOz/vP/i/9v/6//a/9b/3P8dAAAAAAAAAAAAAAAAAAAAAADp/ygA7P/s/+z/3v/Z/+r/7P8UAOz/7P/s/+z/6//s/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAAAADt//T/8P/u/wAAAAAAAAAAAAAAAAAAAAAVAOz/7/8AAPH/7v/q/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/xYA7P/s/+b/7f/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9H/5v/p/+j/6v/n/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAFgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f/g/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8UAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//n/+P/v/wAAFADs/+//6v/r/+v/7P/s/+r/GgDr/wAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAA7v/w/wAA8P/s/+3/7v/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADd/+H/7v8UAOz/1/8AAOz/AAAeAAAAAAD0/wAA5v8AAAAAGQAAAAAA+P8AAPD/AAAAAAAAAAAAAAAAAAAAAAAA3P/s/+z/7P/r/xMA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/w/+3/6P8AAAAAAADp/+z/7P/s/+z/7f/s/+z/FADt/+v/7//d//D/FQDs/+T/6v/r/+z/7P/s/+v/FQDt/+z/7P/u/+z/7P8VAOf/6v/v/xUAAAAAAPX/9//q//b/AAAAAAAAAAAAAAAAAAAAAB8A7f/e/+r/+P/o/9j/5/8AAAAAAAAAAAAAAAAAAAAA6v/p/+z/6//q/+z/FADr/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+7/FADs/+z/+v8AAAAAAAAAAAUADQAAAAAA6v/e/+H/6//Y/wAA6//p/+v/+f/5/wAA8v8XAO//7P/s/+z/8P/v/+z/FADz/+z/7//w//r/7/8UAO//7P/s/+3/7P/p/+7/FQDs/+z/AAAHAOv/7v/s/+v/2v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/j/97/1v/l/9P/HQDm/9H/0//Y/93/4P/Y/y0A4P8AAAAAAAAAAAAAAAAAAAAA5f/n/+v/6P/n/+P/GgDn/wAAAAAAAAAAAAAAAAAAAADs//H/6v8AAAAA5/8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAA7v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/q/9j/AADl/8v/AADf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/5v/o/+v/6//q/xcA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/xMAAAAAAAAA7v/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/2P/o/yYA2f/i/9X/1//s/+3/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABUA8/8AAPb/AADr//f/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/1//z/+v/2v/o/+P/0/8WAOv/8P/w/+z/9P8VAOz/6//s/xQA7P/u/+f/7P/s/+v/FADs/+3/7v/s/+z/7P/s/+3/6v/u//D/6/8VAAAA6//s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPn/6v/r/+z/7P8JAOz/z//1/9z/2P/1/+n/FADY/9//FADr/+7/9P/y/+r/6//s/xYA7P/s/+z/7f/r/+j/6v8AAAAAAAAAAAAAAAAAAAAA4f/n//P/AADc/ygA1//d/+j/6v/r/+z/+v8XAOz/6//s/+z/+/8AABQA7v/s//r/0f/a/+v/4f8nAOP/6f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAzf/s/9//zv/r/+T/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/x8A4f/g/9//y//h/9z/5/8fAOH/4P/f/8v/4f/c/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/9v/2//r/EgD3//X/4v/q/+v/2P/q/9n/IgDY/9n/5v/s/+X/8//l/yYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xYA+v8AAPr/+P/y//v/3//p/+j/FgDd/+r/6//s/+P/AAAAAAAAAAAAACQAAADs//X/AAAAAAAA8/8XAPn/6v/r/+z/7P/s/+v/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/2f/a/wAA5//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAOP/+f8AAAAA5v/n/wAAzP/k/+H/4v/W/+b/1P8kAAAA2/8AAAAAAAAmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8AAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf/U/9D/0P/R/zIAzf/L/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADMA0P/g/9L/4P/N/8v/xP/q/+v/7P/r/+7/6v8VAOv/6P/q/+z/7P/r/xUA7P/s/+P/GQAAAAAA6P/2//j/6P+t/8n/x//1/8b/6P8JALn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/v/+7/AADt/xQA7P/A/9n/1v/Z/9r/6v8nAMf/7P8UAOz/7P/s/+z/7P/s/+z/8v/u/xkAAADk/+f/AAAAAAAAAAAAAAAAAAAAAAAA5v8VAOr/7f/n/+z/7P/q/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/7v/r/+z/7f8VAOz/7P/r/wAAAAAAAAAAAAAAAAAAAADk/+z/7P/r/+z/FQDr/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAPn/AAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAA+v/e//H/AADu/wAAAAAAAAAAAAAAAOf/AAAZAAAAAAAAAAAAAAAAAAAAAADc/+D/3//a/9j/2P/a/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/8P/w/xQA7P/u/+z/5P/n/xgA5P/o/+L/6P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/l//j/+P8bAOz/6P/q/+f/+v/t/wAAAAAUAOz/7P8AANj/6//r/wAA2P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/8P/AADk/83/AADn/9b/5v/l/+P/AADq/xoA6P/r/+n/6//r/+//7P/4/+T/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+//AAAAAAAAAAAAAAAAAAAAAPn/+//s/wAA+f8WAPP/AADs/+z/7f/z/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAABoA5v/s/+7/7P/Z/+r/3/8AAAAAAAAAAAAAAAAAAAAAAADE/9z/AAD5/wAAzv/G/wAAAAAAAAAAAAAAAAAAAADf/+3/7P/s/+v/FQDt/+3/AAAAAAAAAAAAAAAAAAAAANf/6f/r/+z/6/8WAN7/4v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADY/+z/7P/s/xQA5v/s/wAAAAAAAAAAAAAAAAAAAAAAAOH/2//V/+b/2f/k/yQA0f/s/+z/7//t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAABUA8/8AAPb/AADr//f/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA/7n/0P/f/+L/1/8rANL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/4P/h/+b/3P/s/xYA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//s/+v/7v/q/xUA6//u/+7/7P8AAAAAAAAUAAAA6v/r/+v/7P/s/+r/GgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAu/+//+3/pv/J/6j/LADu/+f/2P8XAOD/+v/w/+z/7P8VAAAA9/8AAPf/7P/r/wAA7f/i/+n/FAAAANr/AADs/+z/FADs/+z/AADs/+z/7P/s/+z/7v/6//b/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAMAAAAAAAHAMn/4P/l/wAAEgDg/8z/4//k/+X/5f/n/9b/HwD4/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/v//D/7P8UAOz/AADU/8r/y//Z/xYA1//E/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAN//zv/U/+b/1P8OANz/wf/r/+v/FgDq/+r/6v/p/+r/6P/n/+T/6f/p/xkA4v/p/ygAzf/d/93/6f/X/9r/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7f8AABMAAAAAAPH/9//5/+3/7f/4/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs//L/7//v/+3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/wsA4v/Z/+v/7P/Y/wAAAAAAAAAAAAAAAAAAAAAAAPH/7f/s/+//7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAADgAAAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAADY/+7/AAAAAAAAKADy/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/xQA7P/s//P/AAAAAAAAAAD4//T/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+v/7P/s/+r/GgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADa/+z/8f/2//X/EgDs/woAAAAAAAAAAAAAAAAAAAAAAOz/7v/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//n/9P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAO3/9P/w/+7/AADv/wAAAAAAABUA+v8AAAAAAAAAAAAAAAAAAAAAAADd/yMA1P/i/8//3//i/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA8/8AAPb/AADr//f/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/8P8AAOz/2f/n/xQAAAAAAPH/AAAAAAAA2P/6/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u//H/AAAAABQA7f/x/wAA7f/6//P/8v8AAPP/AAAUAO3/7f/z//n/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/u//X/7//s/xUA7f/w/wAAAAAAAAAAAAAAAAAAAADs/+z/+f/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAO3/9P/w/+7/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9f/t/wAAAADt/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA2P/s/9z/7v/s/wAA2/8AAAAAAAAAAAAAAAAAAAAAx//s/+z/AADt/xQA6f/t/wAA2f8AABQAAADi//P/AADs/xUA6//F/+z/7P/r/+z/AADj//T/AAAAABIA6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/BQA6AMz/yP+r/8T/0//v//X/6f8AAPv/FADY/+z/7P/d/+3/6v/c//D/6/8WAAAAAAAAAAAAAAAAAAAAAADp/9D/AAAAAAAAAAAuAAAA7P/V/9v/FQDy//L/6f/r/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+3/9f/u/xUA6//r/+n/6P8bANX/6//h/+v/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/6v/r/+z/6//p/93/FQAUAOz/+v/t/wAA6//r/+z/7P/s/+z/FADs/+z/7P/s/+z/2P/p/+z/AADZ/xQA4/8AAOz/AAAAAAAA8P8AABQA7P/s/+7/7P/6/+3/FADs/wAAAAAAAAAAAAAAAAAAAADq/xQA3f/X/+n/6v/Y/wAA7f8AABMAAAAAAPH/9//5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/2/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7/8AAPf/7P8UAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7/8AAAAA7P/s//f/5f/o//j/7/8ZAOr/6v/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADr/+z/6v/o/+n/6f/q/xcA6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//b/9v/6/xIA9//1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/4//n/7f8AAOj/6/8YAO7/+P/5/+3/AADo/+v/GADl/9H/4f/e/9z/5v8cAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/r/+f/6v/r/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/+v/7/wAA4v/P/9T/NADu/+v/7P/t/xUA7P/s/+v/7P/1/wAAAAAAAPP/FwD5/+f/6v/l/+r/6//n/xcA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/7P/k/+D/2f/M/8n/OQD5/+3/+P8AAPb/4f8fAAAA7f/s/wAAAADp/+r/6/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAO3/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+//AAD7/+z/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/7f/z/wAA7//s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//X/AADu/+//7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/i/+n/5v/m/xsA4//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//j/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//V/yIA3v/7/+H/5v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8AAAAAAAD6/yMA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//q/+3/7P/a/9j/6v8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/5//j/7/8AABQA7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//8f/5/+X/3//t/+z/JgAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAVAO3/8v/7//f/9f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/6v/s/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/4/+3/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAM3/ov+p//L/xf/v/7//GQDu//j/+f/t/wAA6P/r/xgAAAAAAAAAAAAAAAAAAAAAAAAA2f/s/+3/7f8TANr/7P/s/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABQA6P/p//X/+f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8RABwA5v/e/9//2v/m/wAAAAAAAAAAAAAAAAAAAADs/+r/7P/u/wAA7P/s/wAA5f/r/+v/1v/s/+z/2f8ZAAAADwAAAAAAAAAAAPL/AAD7/wAAAAAAAAAAAAAQAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/s//D/8P/q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//m/+L/7f/x/+//FQDi/yoA7P/b/9j/5f/5/7T/z//s//j/7f8AAAAAFADs/+z/JQDg/+H/7//u/9X/4f/o/+z/7P/s/+z/8v/u/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/7P/q/+T/7f/r/9n/FgAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8v8AABQA7v/u/wAAAAAAAAAAAAAAAAAAAADB/9T/4//c/9L/EwC7//T/AAAAAAAAAAAAAAAAAAAAAOj/5v/m/+j/4/8YANX/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAUAO//9//s//n/6f/r/+z/5//4/+7/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/g/9//6//h/+P/HADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/xcA6P/z/+b/6//o/wAAAAAAAPL/AAAAAPn/AADk/wAA7P/W/+z/4v8MAPL/AAAAAAAAAAAAAAAAAAAAAO3/AAD5/wAAAADu/+3/FADp//r/AADz/wAA8f/t/xgAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAAAAAAABAA+v8AAAAAAAAAAAAAAAAAAAAAxv8AAPT/+v8AAB8A6P8GAOz/7P/s/+z/7P/s/xQA7P/s/wAA9P/4/wAA5P/u/xUAAAAAAAAAAAAAAAAAAAAAABQAAADk/+D/9f/s/+v/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAD0/wAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAPT/+P8eAPT/4v/1/9L/8v/j//T/3/8fAMX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/t//L/AADw/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAABMA9P8AAAAAAAD2/+3/8f8hAAAAAAAAAAAAAADu//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//j/+f/t/wAA6P/r/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAA+P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9r/8f/2//f/6P8pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//0//r/6P/4/xkAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/3f8YANz/+//p/wAAAAAAAAAAAAAAAAAAAAAAAAAA7f/x//r/AAAAABQA+P/s/+z/7f/1//T/9f/s/xQA+v/1/8T/y//J/9H/DADE/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FQDd/+3/8P/p/+j/7P/m/+//7f/s/wAAFADs/wAAAAAAAAAAAAAAAAAAAAAUAAAA8f8AAAAA7P/4//n/7P/s//b/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADq/xQA7P/n/+3/6//r//T/AAAAAAAAAAAAAAAAAAAAABgA6v/n//H/7f/q/+j/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f8oAMP/4v/J/+j/wv8AAAAAAAAAAAAAAAAAAAAA3f/0/wAA7P8AAAAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8AANj/1v/p/9j/AADY/wAAAAAAAAAAAAAAAAAAAAAAAPT/FAAAAAAAAADs/wAA1//s/xYA6//u/9j/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwf/m/+v/5f/q/+7/7v8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//v/AAAUAO7/7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA6v/n//H/7f/q/+j/5P/b/7j/6//1//b/zf/J/z0AAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+3/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6//q//H/AADt/xYA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+v/6/8UAAAAAAAAAAAAAAAAAAAAAAC9/9f/DwARANL/5/+x/+n/7P8UAOz/7P/s/+z/7P/s/+H/5//n/9v/DADe/+b/AAAAAAAAAAAAAPn/EwAAAO3/AAAAAAAAAAAAAAAAAAAAAO3/7P/y//L/FADs/+z/7f/s/+r/6v/q/wAA5//r/wAAAAAAAAAAAAAAAAAAAAAAAPf/CgDf/8H/w/8AAOj/wf/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P/s/+v/6/8UAAAAAAAAAAAAAAAAAAAAAADs/+3/+v/5//r/7P8UAAAA+v8AAPv/AAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8//s/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKQDu/+r/8f8AAOP/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//f/8P/v/xUA7//r//n/2P8AANr/8f/R/xQA7P/j/+b/EwANAAAA2v/S//H/6//r/+v/7P/s/xUA6v/r/wAAAAAAAAAAAAAAAAAAAADU/wAA6v/c/9n/AADm/9r/7P/s/+z/7f/t/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAANj/6v8ZAN7/uP/m/9r/6v/r/+z/6//u/+r/FQDr//L/AAAAAAAAAAD4//P/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/4P8UAAYA7//s/+f/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/0//b/8v/s/wAA8f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8XAN3/2//a/+j/6v/r/+f/4f/s/+3/6v/s/+r/FgDn/+H/7P/t/+r/7P/q/xYA8f/t/+z/7//t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAA0A4v/o/9n/2P/X/97/AAAAAAAAAAAAAAAAAAAAAOH/6P8AABMA7f/h/xUA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/AAAAAAAAAAAAAB4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAPr/+P/5/xQA8f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAOD/2//j/xwA5v/l/+T/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDq/+z/7v/t/+v/6//s/+z/7P/s/+z/7f/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/5f8bANb/0//r/+T/1v/m//D/FADs/+3/7P/s/+3/6v/p/xUA6//s/+r/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AANv/5f/4/w8A6P/e/wAAAAAAAAAAAAAAAAAAAAAUAO3/7v/u/wAA5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+L/2//k/+v/zf8SABMAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA4//d/9T/6P/R/+P/AADt/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/u/+z/7P/s/+z/FADr//T/9f/x/+D/7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/9n/5v/e/+X/5v8lANn/4P8WAOv/6//U/+j/6v/q/+z/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+//AADs/+3/7P/k/xUAzf/s/+v/6//f/+r/6f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+z/7v/w/+z/6v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/JwDe/9v/6f/p/9n/2f8AAAAAAAAAAAAAAAAAAAAA7P/5/+7/AADy/+z/FAD0/wYA5f/j/8n/3P/O/wAA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+P/t/wAAAAAUAOz/7P8UAPv/7//1/wAA7P/s/wAAEwAAAPb/AAD2/wAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/7//s/xQA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/7P/s/xQA7v/w/+z/+P/3/+z/7P8UAPP/AAAAAAAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA5f/c/+z/3P/h/+T/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADy/+//8f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/r/+T/6//s/wAA2v8UAO7/AAAAAPP/AADt/+7/HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/q/+z/5/8AAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAPr/AAAAABEA7//x/wAA7v/t/+z/5v8VAAkAs//R/wAAzP+o/+T/2f/7/wAAAAAAAAAAAAAQAPr/7P8AAPT/+P8AAOT/7v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6P/u//n/9v/o/+r/IQAAAAAAAAAAAAAAAAAAAAAA4//b/xsA1f/o/+n/4v/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/+v/5//H/AADw//j/GADY/+L/5v/f/9b/0P/h/ysAAADy/wAA9f8AAOn/AAAXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQAAADu//L/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5f/s/+v/6f/r/+n/FgAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/0//s/+j/AAAXAAYA6v8AAAAAAAAAAAAAAAAAAAAA1//Q/wcAAADp/9H/EADb/wcA7P8GALH/0P+u/8v/EgAUAO3/7f/4/wAA7v/s/+z/KADs/+z/6f/x/+r/4f/Z/xEAAAAAAAAAAAAAAPT/8P8AABIAAAAAAAAA7//0/wAAyv/N/y4Azv/X/8X/5//y/+7/6//s/+3/FQDs/+z/6/88AOD/6P/Y//f/0f/P/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAvP+l/9X/7P8AANP/AADU/9H/1f8LAMz/zP/H/7j/6f/Y/wgAAADV/woA8P8GAO3/0P/I/8L/uP/Q//T/AAAAAAAAAAAAAAAAAAAAAN3/8//o/9X/3//u/+X/FwDs/xUA8P/3//D/7v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAPT/0P/O/9f/8v/d/+X/3P/g/9//2v/Y/9j/2v8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+v/6//q/+v/FgDr/xEA2f/p/+n/2f8AAOr/2P8AAAAAAAAAAAAAAAAAAAAA2f/R/+7/LwDF/9z/zv/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P8VANn/7f/s/+z/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+f/+v/q//f/6f8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/+3/AAAAAO3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDz/wAA9v8AAOv/9//s/wAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAYAAADs/wAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAATAAAAAADv/9D/5P/n/+b/2P8tANn/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA7v/4/xYA9P/w//H/6v/x/+z/6P8UAO3/7v/s/+z/7P80AOb/AAAAAAAA5f/k/wAAAAAAAAAAAAAAAAAAAAAAAOr/9P/o/xcA6v/d/+b/7P8AAOz/AAAUAAAA7v/y/+z/6f/r//n/+f8AAPL/FwDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/e/+z/8P8AAPb/8v8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh//T/AAAAAOf/yP/H/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA+f8AAAAA7v/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9v/u//P/7P/t/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAA5v8AAAAAAAAAAOH/+P8bAOr/AAAAAAAAAADl//P/FADs//D/AAAAAOz/7P/4/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//T/FwAAAPn/9P/r//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7v8AAAAAAAAoAPL/7P8AAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAABwAAABUA8/8AAPb/AADr//f/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/7//t/+z/FADs/+f/5//m/+b/6v/n/xkA6P8HAOf/6f/3/wAADADm/+z/+v8AAAAAAAAAAPb/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//b/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/4v/t//j/AADr/xQA7P8AAPr/AAAAAAAAAAAKAAAA8/8AAPr/+P/5/xQA8f/t/93/vf8AALP/qv/n/w4Awf8UAOz/7v/s/+v/7f/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/t//j/AAD2/+H/HwAAAOz/7f/6//n/+v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA5//l/9z/6P/k/9f/HgDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7P8YAOz/9P/w/+n/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8TAAAAAAAAAAAAAAAAAAAAAAAAAAsA6v/s/+r/7f/q/xQA3f8AAAAAAAAAAAAAAAAAAAAA1P8rAM7/0f/N/9n/2v/K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAADADv/9v/3f/m/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAND/5P/r/9X/2v/K/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/3//Y/+f/7P8oANj/4//t/+3/7P/x//P/7P8UAPL/7P/s/+z/7P/s/+r/FADs/wAAAAAAAAAAAAAAAAAAAADu/+7/8f8AAAAAFADt//H/AAAAAAAAAAAAAAAAAAAAAO3/GgAAAPf/9P/z/93/7/8AAAAAAAAAAAAAAAAAAAAAGwDT/+v/4P/q/+D/5v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAABMAAAAAAEYA5v/j/9z/AAC8/8j/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/c/8P/AAASAPT/1//j/yYAzP/b/87/vv/N/93/4v/r/9n/6//Y/+n/1//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//X/7f8AAAAA7f8UAO//AAAAAAAAAAAAAAAAAAAAABgA0f/s/xQAAADE/+z/8P8AAAAAAAAAAAAAAAAAAAAAFADs//D/AADv//D/7P/u/wAAAAAAAAAAAAAAAAAAAADc/9L/2f/Q/9b/BQDS/wcA5v8aAOz/8v/r/+3/5f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8v8AABQA7v/u/+z/7f/v//D/8v/u/xQA8f/s/+L/7f/4/wAA6/8UAOz/8v8AAAAAAAAAAPj/8/8SAPL/AAAAAAAAAAD4//P/EgDq/+r/6//r/+r/6/8WAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8TANv/4f/h/+r/5f8AAB0Azf/h/9D/7P/B/wAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/7v8AAPL/AADb/+j/IwDs/+z/7P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOr/CgDr/+3/5v/s/xEA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/EgAAAAAAAAAMAPT/+f/g/9f/3//V/9f/HwDV/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/+z/7v/t/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/s/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuANr/6f/u/+v/zf/J/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P8UAOz/7f/t/+z/7P/s/+j/5v/o/+v/6//q/xcA6f/g/9f/0//l/9j/JgDa/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA6//s/wAAAAAAAAAAAAAAAAAAAAD6/+7/9f/v/+z/FQDt//D/7P/r/+3/9f/u/xUA6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/s/xQA7P/s//n/7f/4/wAA9v/h/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6//t//T/8f/r/xUA9P/h/9v/0//f/+H/MQDT/8v/7P/s/+z/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA8f8AAAAA7P/4//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/wAA+f/0/xcA6f/6/wAAAAD0/wAAAAAPAAAAAADs/+z/6P/g/+//7P8WAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8UAOv/8f/q/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9v/u//P/7P/t/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/s/+z/7f/y//T/AAAAAAAAAAATAAAA2P/Y/9r/2v/U/+r/HQDY/+z/7P/u//L/9v/u/xQA7//s/97/+f8AAAAAAAAvAAAA7P/t/+//8P/y/+7/FADx/+z/7v/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/s/wAA7P/u/+3/FADv/+z/7P8AAOz/7v/t/xQAFADs//D/AADv//D/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAAAADt//T/8P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7v/4/wAA7P/s/wAAFAAAAO7/+P8AAOz/7P8AABQAAADu//j/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//s/+z/6v/r/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/6//s/wAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//L/7//s/xQA7P8VAO7/8f8AAPv/7P/r/+//AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/3/wAAAAAAAAAA7P/y/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/s/+z/FAAAANn/7P/t/+3/BQDt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+3/7P/s/+r/7P8UAOz/7f/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPL/7//y/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+f/4/+//AAAUAOz/7//s/+7/7P/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+7/7f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/7P/s/+3/7f/s/+3/7P8UAPT/8f/r/+r/+P8ZAOr/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+3/7P/s/+z/7P/s/+3/8//s/xQA7P/t/+z/FQDt/+3/7//s/+r/6v/s/+z/7f/5//T/FADs/+z/8v/s/wAA+f/0/xcA6f/6/+3/7P/t/+3/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/p/+v/+f/5/wAA8v8XAO//AADs/wAAFAAAAO7/8v/s/wAAAAAAAAAAAAAAAAAAAADv/+7/7P/s/wAA7v8UAPD/3//p/+j/FgDd/+r/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/U/9T/4f8AACYA5P/S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuv/b/9f/2P/d/8n/RwDO/+z/7P/r/+z/6/8VAOr/6/8QAMD/uf8JAKn/wP/2/7v/AAAAAAAAAAAAAAAAAAAAAOb/5v/r/+T/7f8WAOz/6f/O/7r/1f/W/9n/LADc/8T/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f8UAOz/7P/s/+z/7f/t/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAANr/1//0/+v/zf/v/9H/OAAAAAAAAAAAAAAAAAAAAAAAFADs/+//AAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/x0A6f/q/+j/5//a/+n/AAAQAAAAAAAAAAAA+//1/+r/FgDp/9j/5v/g/+v/6v8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/7P/v/xUA7v/x/wAAAADs/+v/9P8AAAAAAAAAAAAAAAAAAAAA8v8UAPH/+P8AAPH/7f/t/wAAAAAAAAAAAAAAAAAAAADs//H/7P/u/+7/7P8UAO3/7P/s/+v/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADR/9X/AADU/83/0P8AANT/7//u/+z/7P8AAO7/FADw/xMA6v8AANj/6P/l/9//4f8AAAAA+v8AAAAADAAAAAAA7v/1//f/8//s/wAA8v8UAAAA7P8AABQAAADu//L/7P8UAOz/8P8AAO//8P/s/+7/AAAAAAAAAAAAAAAAAAAAABQA7P/x/wAAAADs/+z/7P/v/+7/7P/s/wAA7v8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/7//u/+z/7P8AAO7/FADw/+r/FgDr/+v/5v/s/+v/7P8AAOz/AAAUAAAA7v/y/+z/5//r/+n/6//s/+j/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADv/wAA8P/x/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//u//D/AADt/+z/7v8AAAAAAAAAAAAAAAAAAAAA7f/s/wAAAADp/+r/6/8WAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+z/6v/s/xQA7//u/+z/7P8AAO7/FADw/+7/9f/3//P/7P8AAPL/FADp/+L/6v/p/xkA3//o/+j/AAAAAAAAAAAAAAAAAAAAAOz/7/8AAO7/AAAUAO7/+//s/+z/7f/s/+3/7//s/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAPn/zf8uANX/8v/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAOv/7//t//P/3f/q/+z/EwDx//f/AAAAAPD/7v/w/+P/5v/d/xkAAAAAABEA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/+z/7P/q/+z/FAAAAAAAAAAAAAAAAAAAAAAA9v/u/9j/6v/r/9f/y/8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDt/+7/9f/x/9j/7P/s/wAAAAAAAAAAAAAAAAAAAADn/+H/7P/t/+r/7P/q/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/o/wAA9v/j/8v/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/8P/w/xQA7P/u/+z/6v/a/9z/0/8AANj/yf8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/Z/+D/6f8lAOb/5f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s//D/8P8UAOz/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAPH/1f/l/9n/7P/z/wAA6v8UAOz/7f/t//r/7P/s//f/AAAQAAAAAAAAAAAA+//1//T/AAAAAAAAAAD3/wAAAADp/+r/6//r/+v/6/8VAOr/FQDt/+z/7P/u/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABEA8/8AAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAO3/AAAAABQA7P/y//D/AADt/wAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAA5//g/+T/5v/p/+L/3/8fAAAAAAAAAAAAAAAAAAAAAADs/+3/8f/3/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/A/9n/1v/Z/9r/6v8nAMf/8P8AAO3/AAAAABQA7P/y//P/8v8UAOz/+//s/+z/7v8AAAAA7v8AAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+v/6P/q/+r/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/wAA7v8AABQA7v/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/2//v/7P/s//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADs/+z/FADs/+z/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/h/+n/1P/s/+H/AAAUAAAAAAAAAAAAAAAAAAAAAADW/xQA+v8AAMn/z//k//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/4/8AAO//AAAUAPH/AAAUAOz/7f/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDj/+n/9f/v/+H/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P8AAOz/7P/s//n/7P/v/wAA9f/s/+z/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/AADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/y/+7/FADs/+z/7P/s/+z/8v/u/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7//z//T/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/+P8AAPX/8P8UAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/2f/h/9r/2v/X/9X/LgAAAAAAAAAAAAAAAAAAAAAAEwDu/wAAAAAAAPH/+//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/xgA5//s/+T/4//p/+j/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/+f/s/xUA7P8AABcA9f8AAAAAAADs/wAAFAD4/+7/8v8AAOz/7P8AAOb/8P8UAOz/7f/s/+z/7f/k/+f/GADk/+j/4v/o/+f/7f/s/xQA6//x/+r/7P/r/+z/7P8fAO3/7v/W/+X/7f8TAAAA9v8AAPb/AADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8P8AAAAA7P/s//j/6//s/+v/7P/m/+r/FQDs/xQA7P/w/wAAAADs/+z/+P8TAAAA9v8AAPb/AADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAOr/4f/p/9P/+v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAAAAAO7/+v/s/+z/7v/s/+z/7P/s/xQAy/8AAPr/AADB/9L/2v/I/xYA1P/1/+r/AADr/+L/6v8AAAAAAAAAAAAAAAAAAAAAAAD0/xQAAAAAAAAA7P8AADQAz//r/87/zv8AALv/1f8AAAAAAAAAAAAAAAAAAAAA8/8HANX/qP/A/8T/3P/a/+r/2f/a/+j/7P8UAAAA7P/A/9n/1v/Z/9r/6v8nAMf/4f/i/87/IgDe/9z/0f/h/+f/4v/Y/xMA6//q/9n/AAAAAAAAAAAAAAAAAAAAAAAA7/+3/+b/EgDy/+7/2v/5/+//GgAAAPr/9//2/9//8P/Y/+L/2f/l/9r/2f8UAAAA9P/s//X/AAAAAPP/FADv/+z/FAAAAOz/9P/k/+z/7P8AAAAAAAAAAAAAAAAAAAAA5//X/xQA5//h/wAAEgDY/9H/JgDa/9n/2v/l/9v/3v8AABAAAAAAAAAAAAD7//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/6f/p/+b/6f/o/xcA6v/q/+3/6//r/xMA6//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/NADm/9H/5P/j/7b/2f/s/xQA7P/s/+z/7P/s/+z/4/8XANL/6f/a//b/4f/q/+v/3f/W/8b/6P8ZAOf/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/x//P/7P8UAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//L/7v8UAOz/7P/s/+z/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/2f/l/97/CQDe/+v/AADs/xQA9P8AAPL/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAA9P/2//b/+v8SAPf/9f/s/+z/7f/z/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAPr/+P/5/xQA8f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAOb/6v/k/+b/6v/k/+T/6//m/+L/7f/x/+//FQDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//r/AAAAAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AAAAA6f/q/+v/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/6f/p/+H/4v/S/9f/IgAAAOz/9P8AAAAAAADu/xQA8v/r/+n/6v/p/+3/FQDr/+v/FgDr/+j/6//r/+n/6v/i/+L/7P/k/+r/3f8eAOT/6P/l/+L/5v/m/+j/GwDl/wAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAADwD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+X/6P/p/+r/5v8YAOr/5v/e/+r/6P/m/+f/GgDq/97/7P8AAAAAAAD5/xQA8/8AAAAAAAAAAAAAAAAAAAAA3v/s/wAAAAAAAPn/FADz/wAAAAAAAAAAAAAAAAAAAADv/+3/7P/2//f/7P8UAO3/HwDR/9j/8P/1/+X/3P/v/+v/AADc/+7/2P/Y/+P/AAAAAAAAAAAAAAAAAAAAAAAA9f/4/wAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//v/AAAUAO7/7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8/8UAO7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAB8A0f/Y//D/9f/l/9z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAD3/wAA+P8AAAAA5f8AAOz/7/8AAO7/AAAUAO7/+/8AAAAAAAAAAAAAAAAAAAAA6v8AAAAA9v/5/+3/AAATAOn/4f/g/97/3P/k/xgA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/9v/s/xQA7P8WAOr/6v/o/+r/6v/q/+j/AAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAAABkAAADP/wAA0v/d/9j/zv8AANX/FADt/+3/+P8AAO7/7P/s/8f/AAAAAAAAAAAAADkAAADl/9P/4P/s/+T/6P8sAN//AAAAAAAAAAAAAAAAAAAAAOz/FQDw//f/8P/u/+v/7P8fAOH/9v/t//L/3//i/+b/AAASAAAAAAAAAAAA8v8AANj/7v8AAAAAAAAoAPL/7P8UAO7/7/8AAPv/7P/s//L/6f/t//b/AAAAABcA7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/GgAAAAAA9//5/+j/AADh/+D/4v8fAOL/5//g/+X/5f/r/+j/FQDr/+v/6v/r/9//2P/s/yIA6P/r/97/2f/p/+j/6v8XAOv/5//p/+r/6//s/+f/FADr/+r/2f/s/+z/7P/s/xQA7P/s/+z/7P/s/9j/6f8hAO3/2P/Y/+z/AADs/wAAFAAAAO7/8v/s/+z/7P/s/xQA7P/s/+z/7P/2//H/7v/u//v/7v8UAPH/AADs/wAAFAAAAO7/8v/s/+z/7P/s/xQA7P/s/+z/7P/2//H/7v/u//v/7v8UAPH/3//p/+j/FgDd/+r/6//s/wAAAAAAAAAAAAAAAAAAAADl/+P/4f8VAOP/0v/r/+T/AADs/wAAFAAAAO7/8v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOf/4f/s/+3/6v/s/+r/FgDy/wAAAAAAAAAA+P/z/xIA3P/L/97/2P/s/9j/1/8iAO7/7P/w//D/FADs/+7/7P/t/wAAAAAAAAAA7//u/xMAz//d/+f/6v/u/9f/uv8TAPL/AAAAAAAAAAD4//P/EgAAAAAAAAAAAAAAAAAAAAAA5f8AAO//of+v/+P/6f/g/+z/7P/u//b/7f/s/xQA7//T/+v/wf/k/9r/1P8aAMv/AAAAAAAAAAAAAAAAAAAAABQA7P/v/wAAAADs/+z/7P/o/9f/9f8AAAAA9v8ZAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//s/+z/6//q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/8v/0f/q/9//8//h/zUA9f8AAAAAAAAAAAAAAAAAAAAA7/8VAAAA9P/y/+//6v/1/wAAAAAAAAAAAAAAAAAAAADq/+z/7P/w/+7/5v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8AAPn/+v8AAOr/IQAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/5P/m/9n/2v/a/9r/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApAO7/6v/x/wAA4//e/wAAAAAAAAAAAAAAAAAAAAAAAOr/0//k/+v/9v/m/xwA7v8UAOz/7P/t/+z/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/3//X/7v8AAPf/8f8WAAAA7P8AABQAAADu//L/7P/s/xQA7P/t/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8AAAAAAAAAAADy/wAA6P/W/+f/6v/4/x0A3//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+3/8/8AAO//7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAD0//L/8v/u//T/FAD6/+z/AAASAAAAAAAAAAAA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//8P/6/+//FADv/+z/AAAAAAAAAAAAAAAAAAAAABwA+P8AAAAAAADk/wAAAADw//r/5f/4/wAA2v8lAPr/AAAAAAAAAAAAAAAAAAAAABQA7P/v/wAAAADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/3P/Z/+b/7P8oAOn/3f8AAAAA+P8AAAAAEwAAAAAAvf/Y/+j/0//W/y4A3//T/9H/2v/h/9v/4f8aAOv/1f/6//f/AADu/wAABQDt/+n/AAD2/+j/AAD5/x8A6//p/+3/7v8AAO7/AAAUAOz/7/8AAPT/9v/2//r/EgD3//X/AAD0//b/9v/6/xIA9//1/wAAAAAAAAAAAAAAAAAAAAAAAO7/+v/u//f/FADz/+3/AAAAAAAA+P8AAAsAAAAAAO7/7/8AAO//AAAUAOz/8P8AAPr/AAAAAPj/FwAAAPv/AAAAAAAAAAAAAAAAAAAAAPX/9v8AAAAA9/8ZAPv/+f8AAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f/u/xQA7P/s/+3/6//t/+v/5P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/wAA+v8AAAAA+P8XAAAA+//y/+z/AAD5//T/FwDp//r/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/FQAAAPj/9//y/+r/+v/s/+z/7P/s/+3/7P/s/xQAFADs/+z/AADp/+z/6f/s/+v/6//p/+7/7P/p/xUA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7f/s/+z/7P/r/+3/6f/r/+z/+P8AAOv/FgD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/9f/9f8AAAAA9v8ZAPv/4//p/+z/7P8WAOf/4P/s/wAAAAAAAAAAAAAAAAAAAADP/+L/2v/Z/ycA1//g/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//f/9f/u/wAA9//x/xYAAAAAAAAAAAAAAAAAAAAAAO3/9P/2//L/7P8AAPH/FAAAAAAAAAAAAAAAAAAAAAAA6f/q/9v/6//n/9z/5/8ZAOz/7P/s/+7/7f/s/xQA7P/t/+3/7/8AAPf/7P8UAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/KADk/9v/2v/Z/9j/3/8AAAAAAAAAAAAAAAAAAAAA2//a/wAA0P/7//T/GwDT/+v/9v+6//j/6v8UANL/7P8ZAOf/6P/t/wAA8f/m//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+z/4P/n/wAA3v8VAN7/AAAAAAAAAAAAAAAAAAAAALr/5v/w/7P/AADb/+X/BQAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7/8UAOz/7f/s/+z/7P/z/+7/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/P/8X/MgDF//n/0f/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/FADs/+v/2f/Z/+v/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//h/wAAAAAcAPr/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAML/xP+8/9j/6f/v/+r/AAD4//P/9P/7//L/FQD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADc/8r/xf/D/wAA6//F/wAAAAAAAAAAAAAAAAAAAAARAOz/6f/s/+j/EwDU/87/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/3f/t/+r/3P/w/+v/FgDs/+z/7P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//b/7P/s/xQA7P/s/9f/AADt/+7/6/8nAOf/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9P/2//L/7P8AAPH/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/t/+7/+P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//v/+3/8f/s/+z/7P/p/+H/4P/e/9z/5P8YANj/AAAAAAAAAAAAAAAAAAAAABEA7P/s/+z/7P8AAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFANL/5f8AAOf/1/8AAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAAAAAAAAAA9/8TAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAAAJADk//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+r/AADs//L/6v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/8z/zP/W/9T/wf8xANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A5P/r/+r/7f/q/+D/7P/X/wAA1P8AAOf/5f/S/9b/AAAAAAAAAAAAAAAAAAAAABIA4P/p/97/7f8AAOz/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/W/+f/6v/4/x0A3//e/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAeAAAAAAAAAPj/7v8AAN3/JgDx//j/AAD0/9v/+P8AAAAAAAAAAAAAAAAAAAAAx//s/+z/7v/s/xQA7P/s/+n/6P/q/xcA6//n/+n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAAO//7v8TAO7/4//q/+z/7v/q/xMA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/t/+z/FADs/+z/7P/s/+3/7P8UAO7/7P/v/+3/7P/t/+3/7P8UACEA4v/w/wAAAADt/+H/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//X/AAAAAAAA8/8XAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/n/+z/8/8cAPX/6f/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA7v8AAOz/+v/t/+L/2f/s//D/8v8AAPD/FADw/+z/5/8YAOn/6f/p/+r/5v/n/xQA7P/u/+3/7P/s/+z/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/9P/s/+z/8/8UAPX/7v8AAAAAAAAAAAAAAAAAAAAA4//q/+v/6f/s/xcA6f/r/+n/6v/r/+v/6//r/xUA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/t//H/AADs/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDr/+3/6//t/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAPX/AADp/wAAFwDn/+v/AADR//P/zf8iAN7/7v/u//H/AAAAABQA7f/x/wAAAAAAAAAAAAAAAAAAAADx/+z/7P8AAPX/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAA7v8AABMAAAAAAAAAAAAAAAAAAAAAAOT/AADs/9b/7P/i/wwA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v8AAOn/8f/m/+b/JgDs/xQA+f/s/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAPD/7P/s/wAA9f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADv/wAAAAAAAO7/AAATAPv/AAAAAAAAAADs//b/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+f/0//j/AAD0/xQA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+X/6P/p/+r/5v8YAOr/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/+z/8P/s//L/9f8iAOz/8P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//w//L/AAAAAO7/FADv//L/AAAAAAAAAAD4//P/EgDW/9f/5//n/9v/0/8mAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP/g/9L/zv/d/87/JQDN//H/7v/s/+3/AADt/xQA9v/s/+z/8/8UAO7/7P/s/+z/FQDz/wAA9v8AAOv/9//s/wAAAAAAAAAAAAAAAAAAAAATAO7/AAAAAAAA8f/7/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+v/7P/S/9f/0//a/+v/1P8sAOj/AAAAAAAAAAAAAAAAAAAAANL/yP/M/9H/yv/I/8L/NQDW/9b/CgDt/+z/5P8iAOf/yf/T/8X/1f/n/87/zP8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAPH/AAAAANz/8v/w/+//+f/y/ygA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAA7P/s/+z/7P/s/+z/FADs/+z/7//t/+z/7f/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAFAAAAO7/+P8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPj/8//0//v/8v8VAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAA7v8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAA7v8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAA9P8AANn/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAAAARAAAAAADp/+j/4//r//H/JQDY/+z/6v/w/+3/AAAAABMAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOn/6P/q/+z/7P/q/wAAAAAAAAAAAAAAAAAAAADs/xQA9P8AAPL/7P/t/+z/7v/u//T/+f/p/+3/7f8VABMA8f/3/wAAAADw/+7/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FgDq/+v/5//e/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+D/5f/l/x4A5//n/9//2P8tAOX/3//T/+D/1v/n/+T/4P/l/+X/HgDn/+f/3//o/+f/7P/z/xwA9f/p/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/o/wAA+f8fAOv/6f8dAOH/6P/p/+X/5P/f/+j/FQAAAPf/AAD3/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//U/9f/7v/l/yoAxv/i/+z/7P/s/+z/7P/q/xUA7P/g/9f/3//V/9f/HwDV/+j/9v/x/+7/7v/7/+7/FADx/+v/yf/o/+X/7v/q/xkA3P/u/+7/8f8AAAAAFADt//H/5//4/+7/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/9X/zP8aAPb/8f/W/+r/7P/s/+3/+f/0/xQA7P/s/+X/4//h/xUA4//S/+v/5P/s//T/7f8AAO//7P8UAPH/7P/s/+7/7P/s/+z/FADu/wAAAAAAAPn/+v8AABcAAAAAAAAAAAAAAAAAAAAAAAAA3P/S/+z/0//d/xUA6v/s/+r/9P/o/xcA6v/d/+b/7P/i/+j/6f/i/93/GADk/+r/3P/U/9r/1P/V/8r/JwDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAPn/GAAAABsAAAAAAAAAAADk/+z/6/8IAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAOn/7P/q/+z/7P8VAOz/7P/y/+7/8P/s//D/FQDr/+z/6//s/+7/7P/s/+v/FQDs//r/7f/t/+3/7f8UAOz/7v/f/97/7v/s/+v/6P8XAOz/6v/q//j/8v/q/+n/FwD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQDV/+L/6P/n/9v/3//a/wAAAAAAAAAAAAAAAAAAAADw/wAA7f8AAAAAFADs//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAADgAAAAAAAAAAAAAAAAAAAAAA7v/7/wAAAAAAAOb/7P8VAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+r/7P/m/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+3/FADs/+z/7v/4/wAA9f/w/xQA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAN7/9P8AAOz/7P/s/+z/7P/0/+3/AADv/+z/FADx/9j/5P/o/+7/AAAAAN7/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/2/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAANv/6f/Y/+z/4/8AAO3/0P/r/+n/7//4/ycAy//m/wcAyf/g/+X/AAASAOD/zP/u/+7/8f8AAAAAFADt//H/FADt/+z/7P/v/+v/7P/s/+z/+v8AAAAAAAAUAPD/8P/n//r/7f8AAAAAFADs/+z/6//s/+z/7P/r/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAA7v8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+v/7P/s/xQA7P/t/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+j/FADt/+7/7P/s/+z/FADs/+z/AADp/+z/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAADs//D/3v/t/+v/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/9L/GQDd/9r/7f/W/+j/HQDj//n/AAAAAOb/5/8AAO7/7f/2/+7/9f/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P/m/xUA6v/t/+f/7P/s/+r/JwDp/+n/9//r/9j/2f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//v/AAAUAO7/7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/LQDt//X/AAD4/9L/8//s/xQA7P/t/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAACgAAAPL/6//p/+r/6f/t/xUA6//t//H/+v8AAAAAFAD4/+z/6v8UAOz/7f/s/97/7v/p/+z/FADp/+j/6v/s/+z/6v8AAB4AAAAAAAAA+P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/2P/Q/9L/4P/5/yQA3//q/+v/7P/s/+z/6/8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA9//w//D/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6/8AAOn/AADu/xQA5P8AAPX/AADn//v/AADZ/wAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P8AAM7/0P/m/+n/DwDn/wAAEwAAAAAAAADz/+7/AADt/xUA8P/1/wAA8//r/wAA7/8VAAAAAAAAAPr/6//0/wAAAAAAAAAAAAAAAAAAAADb/9D/5/8NAO7/6/8AAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAFgC6/8//v//L/w4AzP/o/+//FQAAAO7/AAAAAPP/7P/7/+z/xv/l/9X/5v8AAML/v/8AAOn/AAAAAAAA6//l/xQA+P/u//L/AADs/+z/AADs/+z/7v/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAL//AADp/wAAAADx/+n/5v/Y/+L/+/8SANr/4v/p/wAA7P8SAO7/6f/d/+r/6f/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv/o/+v/2//3/6v/2P9SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/0//d/xQA5//6/7j/CADX/wAA7f/u/+v/JwDn/+r/5f/f//r/6//n/xIA1/8AAAAAAAAAAAAAAAAAAAAAAADG/+j/6//b//f/q//Y/1IAAAAAAAAAAAAAAAAAAAAAAAAA7P/1/w0A9f/I/wcA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/2f/s/+v/8f/w/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/1//3/+3/7P8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/z//t/+T/6P/4/yAA7//t/+3/AAAAAAAAAAATAAAAAADr/+z/6//s/+z/FQDq/+z/7P/s/+3/8//s/xQA7P/t/9//7f8wANv/7//R/9P/2v/J/yMA2//c/9P/yv/l/+r/6v/r/+z/6//s/+v/7P8UAAAAAAAAAAAAAAAAAAAAAAAfAN7/2P/l/+T/4f/X/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+b/6//h/+3/FQDs/+z/6v/2//L/AAAAABYA7//u//L/7P8AAPn/9P8XAOn/+v/R/9z/wf/e//b/MADm/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//r/7f8AAOv/6//s/wAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8f8AAO3/AAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/o/yMAzv/a/97/1//g/wAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOP/6f/1/+//4f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7/8AAPf/7P8UAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAO3/8/8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADs//L/7f/s/wAAFADs//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/7P/v/+v/7P/t/+3/8/8UAOz/7f8AAAAAAAAAAAAAAAAAAAAA7P/2/+7/8//s/+3/FADv/xUAAAD4/wAA+P/s/+v/AADs/+z/7P/u/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx/wAA7f8AAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/7P/w//f/7f/s/+//HAD4//f/AAAAAAAA6v8AACEA+f/3/wAAAAAAAOr/AADp/+j/6/8VAOj/4v/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/6v/r/+z/6f/r/xUA2P/1/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAOr/3v8AAN//8v/p/+D/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAO3/8v/7//f/9f/s/wAAFQDt//L/+//3//X/7P8AAO7/9f/3//P/7P8AAPL/FADl/+z/7P/q/9r/7P/s/xUA7P/s/+7/7P/s/+z/7P8UAMv/zP/i/7X/2//F/xsA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/n/+f/7f/r/+n/6/8YAOv/FQDs/+z/6//s/+r/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/8v/2/+7/FADv/+X/6//s/+r/7f/o/xcA7P/s/xQA9P8AAPL/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAADw/wAAFAAUAO3/7f/z//n/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+z/FADu/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAUAAAA6v/r/+z/7P/s/+v/FQDt/wAAAAAAAAAAAAAAAAAAAADw/wAA7f8AAAAAFADs//L/AAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDf/+P/2v/d/+f/6f/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//n/+P/v/wAAFADs/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5//s/yAA2f/N/87/6/8AAAAAAAAAAAAAAAAAAAAA4f/o//H/4//6/9//KwDr/+7/8v8AAAAAAAD1/yAAAAAAAAAAAAAAAAAAAAAAAAAA6v/l/+H/7f/o/+f/GQDr/wAAAAAAAAAAAAAAAAAAAADq/+n/6f/r/+v/6v8WAOv/6f/q/+v/6//r/+v/FQDq/wAAAAAAAAAAAAAAAAAAAAAeAPX/6f/l//D/6//m/+X/AAAAAAAAAAAAAAAAAAAAAOv/6//s/+z/6//r/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/p/+z/7P8AAAAAAAAAAPn/EwAAAO3/2f/q/+f/1v/s/xwA6f/n/xEA7P/p/+X/2P/a//v/7P8UAOz/7P/t/+z/7P/s/+//0P/r/+n/7//4/ycAy//m/9j/6f/j/9//FgDq/+//5P/t/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+v8AAAAAAAAUAPD/8P8AAAAAAAAAAAAAAAAAAAAAvv/M/9T/zv/R/ysA1f/k/97/6f/p/+H/4v/S/9f/IgAAAM//x//F/9T/AADL/+//7//t/+z/9v/3/+z/FADt/+z/9f/t/wAAAADt/xQA7//q/+v/7P/o/+3/6P8VAOz/4v/0//b/7P8AACcA2//s/wAAAAAAAAAAAAAAAAAAAAD1//j/AAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO3/7P/u/+7/FADs/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPb/+f8AABEA+//6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/9v/6//n/9z/5/8ZABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPf/8P/w/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/AAAAAAAA6f/q//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+z/AADs/+7/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADy/xQA8f/4/wAA8f/t/+3/6/8WAOv/6//j/wAA5v/p/wAA7P8AAAAAAADw/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAPD/AAAUAAAA7P8AAAAAAADw/wAAFAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAPD/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/t/+3/6//s/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/s/+z/FAAAAOv/6//k/wAA1/8AAOz/7P8UAPT/AADy/+z/7f/s/9P/3v/b/93/6f/h/yoA6P/s/+z/8/8UAO7/7P/s/+z/JwAAAAAAAAAAAAAA2f/2/+n/6f/s/+v/7/8VAOz/7P/3/97/5f8AAOj/AADR/wAAAAAAAAAAAAAAAAAAAAAAABsA5v/o/+r/5P/j/+z/6v/a/+z/8v/x//L/6f8gAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAD2//n/AAARAPv/+v8AAAAAAAAAAAAAAAAAAAAA8f/t//r/FADu/+z/6//m/9//6P/r/9T/0//k/+T/LQDF/9z/3P/Z/+z/FgAAAN7/5f/j/9z/2P/j/wAACwDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADh/+n/3//u/+b/5v/i/xEAAAD2/+v/7//Z/9n/6v/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAKAOD/5f/q/87/2f8FAM7/AADU/9b/6v/Z/zQA2f/L/9v/5//U/+X/1P/T/+L/HwDa/+D/0v+9/3r/jv9bANn/x//s/+z/AAAUAO7/7f/s/+z/AAAAAAAAAAAAAAAAAAAAABcA0v/r/9r/6//t/+f/5//i/+7/AADy/wAA2//o/yMA4v/g/+T/5//g/x4A1//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAADm/x8A4v/W/9//4v/V/+b/7P/s/+z/7P/s/+v/FADs/9//6f/o/xYA3f/q/+v/7P/M/8H/4v/0/9P/DgDJ//H/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAPX/FADt/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgDs/+T/2v/d/9j/6P8AAPH/AAAAAAAA2P/6/ygA7f/t//b/7f/5/xUA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA7P/o/9r/6//Y/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+v/7P/t/xUA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+v/6P/q/+r/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/4//j/+r/5/8XAOj/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+X/6//p/+3/FgDr/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/AAAAAB0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6P/s//f/9P/o/+r/IgAAAAAAAAAAAAAAAAAAAAAA1v/y/8T/0//g/93/zf8jALP/0f/C/6v/vv8xANX/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7//s//b/9f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5v/i/9j/6P/p/ykA5v/e/+D/x//M/+L/y//d/+D/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//n/AAARAPv/+v8WANn/6f/s/+r/6v/q/+r/AAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQA+P/x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/o/9//7f/s/+n/5/8YAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/X//f/7f/s/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/e/+f/3f/b/9j/6v8lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+b/7v/l/+v/EwD3/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA5f/7/9r/4//Y/+z/FAAAAAAAAAD7//r/7P/x/+b/5v/r/+T/7f8WAOz/6f8AAAAAAAAAAAAAAAAAAAAA7P8UAPT/AADy/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+j/GwDV/+v/4f/r/+H/2P8AANz/FADs/9j/2P/s/wAAAAAAAAAAAAAAAAAAAAAYAOT/zf/f/9//AADZ/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADs/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/3/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAOv/AAAAABcA9/8ZAOL/5//n/+X/6P/p/+P/1P/W/+P/1v/W/9n/1f8rAOH/2f/i/wwA7f/r/wAA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//6P8AAOH/5v/X/9j/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//e/9b/x//p/xkA6P/o/wAAAAAAAAAAAAAAAAAAAAAMAM3/7P/J/8z/2//M//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAPr/zv/e/7j/2f/b/+z/FQDs/wAA4v8AAO7/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/o/+j/1f/b/+r/5/8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wgAzP/O/7//AAC5/+z/7f/v/xQA+f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//P/0P/I/7b/yv/5/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/9f/6f/P/+r/1f/3/wgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/3P/F/+z/y/8MAN7/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl//r/+v/x//L/1f/r/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/9X/1f/j/xMAzf8AALD/4f/i/+n/FgDR/8H/6v/s/9T/zf8SABIA2v/i/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+z/+f/7/xMA2//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAO3/7f/v/+z/6v/q/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+z/7P/t/wAADAAAAAAAAAAAAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5v/s/+b/8v8gAO3/3v8AAAAA+v8AAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAMn/7//P/8n/7P/i//P/CwDs/+z/7P/s/+3/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAPn/7f/4/wAA9v/h/x8AAADs/+z/FADs/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8AAAAAAAAAAAAAHgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//g/+T/5v/p/+L/3/8fAOz/FADs/+z/7P/s/+z/7P/e/8b/3//j/+P/JgDd/9f/AAAAAAAAAAAAAAAAAAAAACgA3P/m//P/8P/p/9f/6v8AAAAAAAAAAAAAAAAAAAAA7f/o//L/AAAAAPb/IQDi/+z/9f8AAAAAAADz/xcA+f/s/+z/7P/r/+z/6v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/t/+3/7P8UAOz/7P/s/+z/6//s/+3/7P8UAAAA7P8AABQAAADu//L/7P/y/+v/6f/q/+n/7f8VAOv/AAAAAAAAAAAAAAAAAAAAABQA7P/v/wAAAADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA1//a/+T/2f/n/+v/5/8dAOv/7P/s/+z/+f/s/xUA7P/s//b/7v/z/+z/7f8UAO//AAAAAAAAAAAAAAAAAAAAAOn/+v/x/wAAAAD5/xcA9P/t/+z/AAAAAOn/6v/r/xYA8f/s/+7/6f/s/xQA7P/q/+3/7f/s//H/8//s/xQA8v8AAAAAAAAAAAAAAAAAAAAA9v8bAOv/AAD6/wAA+v/6/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P8UAOz/2P/Z/ygA2P/a/9j/2P/a/9L/KQDk/+j/5v/4/87/4v8AAAAAAAAAAAAAAAAAAAAA8f/u/wAA8P/s/xQA7P/s/+T/7P/r/+z/6/8XAOf/6f/l/xwA5//m/9z/7f/k/+j/tf/S/+b/yP/B//f/HwAAAO7/FQDv//r/AAAAAOz/9/8AAPn/AAAAAO//AADt/xQAAAAZAM//vf/V/6r/4P/N/xQA7f/t//j/AADu/+z/7P8UAOz/7P/t/+3/7P/s/+z/7P/s/xQA7P/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADj/wAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/7P8VAOv/7P/v/xUAAAAAAPX/9//q//b/AAAAAAAAAAAAAAAAAAAAAOj/5v/o/+v/6//q/xcA6f/Y/9z/2P/k/9r/1//a/ycAAAAAAAAA7/8AABQAAADs/+f/3f/n/+L/4//k/yEA2v/m/x8A4v/W/9//4v/V/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/6v/s/+X/7P/p/xUA6//h/+r/7P/l/+z/6f8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+D/2f/V/wAA1//Y/wAA7f/s/+z/7v8UAO3/7P/s/9j/1//Y/+f/5P8oANr/2f8AAPP/+v8AAPf/EgDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+r/7P/s/xUA7P/s/97/6f/p/+H/4v/S/9f/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+L/7P/k/+r/3f8eAOT/7P/t/+z/7f/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAADv/xUAAAAAAPX/9//q//b/AAD6/wAAAAAAAAAACgAAAOL/AADs//D/7P/o/wAA8v/p/+r/2//r/+f/3P/n/xkA7P/s/+z/7P8UAOz/7P/s//H/7v8AAPD/7P8UAOz/7P/e/9b/7P/n/9f/6v/Z/yYA7f/s/+7/7v8UAOz/7f/s/wAAAAAAAAAAAAAAAAAAAADu/+7/8P8AAAAA7P8UAO7/AAAAAAAAAAAAAAAAAAAAAOr/2P/n//T/5/8RAAAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/r/+z/7f/u/xQA7P/o/xQA7f/u/+z/7P/s/xQA+f/u//L/AADs/+z/AAAUAPn/7v/y/wAA7P/s/wAA3//p/+j/FgDd/+r/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAAAAYAAAAAAD7/wAAAAAAAAAAAAAQAPr/EQAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADu//j/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/wAA7v8AABQA7v/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v/0//n/6f/t/+3/FQDz/+z/7f/1/+z/7P/s/xQA3P/c/+n/2P8KANf/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/6//u/+7/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/9f/2v/c/9n/AAAAAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/7/wAAFADu/+z/+v/s/+z/7f/t/+z/7f/s/xQAFQAAAPf/AAD3/+z/6/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7f8UAOz/7v/1//f/8//s/wAA8v8UAAAAAAAAAAAAAAAAAAAAAAD1//j/AAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAB8A7f/e/+r/+P/o/9j/5//t/xMAAAD1/+z/7P/s/+z/7P/i/+3/+P8AAOv/FADs/+b/7P8UAOz/AAAAAOb/8f/q/+n/7P/r/+r/7P8UAOv/7P/s/+z/FADs/+z/7P/s/+z/6P8UAO3/7v/s/+z/7P8VAAAA+P8AAPj/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/t/+z/FAD2//H/7v/u//v/7v8UAPH/6f/m/+b/7f/v/wAAGADt/wAAAAAAAAAAAAAAAAAAAAD6/+7/9f/v/+z/FQDt//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA7P/s/+z/AADs/wAAFAAAAO7/8v/s/wAAAAAAAAAAAAAAAAAAAADt//P/7//y/wAAFADs//r/AAAAAAAAAAAAAAAAAAAAABwAAAAAAPP/AAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAAFADt/+3/8//v/+//7P/s/+X/FgDs/+z/5v/t/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/u//T/8P/w/+z/7P8UAO3/7f/z/+//7//s/+z/GQAAAAAA8f8AAAAA9/8AAAAA7f8AAAAAAADt/wAAFADz//T/+v/o//j/GQAAAO7/AAAAAAAAAAAAAAAAAAAAAOP/AADb/9f/7P/1//f/9P/s/+z/7//t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAAAAAAAOz/8v8UABQA7f/u//H/8f8AAOz/3f8AAAAAAAAAAAAA8P8AABYA9P/q/+z/6v/s//v/CwDn/wAAAAAAAAAAAAAAAAAAAAAAAOz/AAAUAAAA7v/y/+z/AAAAAAAAAAAAAAAAAAAAAAAA8/8AAPX/AADp/wAAFwAAAAAAAAAAAAAAAAAAAAAA8f/3//X/7v8AAPf/8f8WAO3/7//s//b/9f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/9/8AAO//AAAfAPj/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/5//m/+X/6f/q/xgA6P/j/9v/GwDV/+j/6f/i/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/+X/xP/W/+r/IQDc/9X/4P/s/+z/7P/u/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAwAAAAAAAAAAAAAAAAAAAAAAM//5P/o/8D/z/8GAPf/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/n/+z/7P/r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA4f/s/+3/9f8VAOv/5P/r/wAAAAAAAAAAAAAAAAAAAADm/xgA+f/x//T/4P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+n/7P/s/xYA5//g/+z/7f/y/+z/7P/r/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/8v/t//D/7P/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//7v/w/wAA7f/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/5P/q/9T/4//p/wAAFQDq/+D/zf/r/+v/7f8XAOv/7P/s/+v/5v/r/+H/6P8XAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+r/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/2P/n/yUA4v/S/9j/4/8UAAcA3f/a/+P/8v/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/wAAAAAAAAAAAAAkAAAA4P/s/+v/8P8VAOr/5P/r/9r/AADY/9b/6f/Y/wAA2P8VAMP/yP+2/7r/1v/f//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/Z/+D/HwDo/+X/1v/l/wAAAAAAAAAAAAAAAAAAAADc/+z/6//m/xIA7f8UANj/5v/g/+L/7P/o/xMA2f8AAOb/4P/i/+z/6P8TANn/AAAAAAAAAAAAAAAAAAAAAAAAFQDt//L/+//3//X/7P8AAAAAAAAAAAAAAAAAAAAAAADY/9n/DQDY/+f/6f8AANj/4P/u/+n/FgDQ/8L/5P/s//L/yv/V/wAAFAAAANX/y//o/9r/1//e/+D/1f8ZAOX/AADs/wAA+P8AAOn/AAASANj/AADs/9j/FAD6/9j/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//HQDY/+n/6f/m/+H/5/8AAAAAAAAAAAAAAAAAAAAA7v/1//f/8//s/wAA8v8UAO3/FgDs//D/6//v/+L/7P/e/+f/AAAAAOv/6v/l/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAO3/9P/w/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/Z/9n/7v/4/+b/GwD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/u/xQA7P/s/+z/7P/t//P/7P8UAOz/7f/z//v/8v/v/wAAFAD4//L/AAAAAAAAAAD7/wAAEgAAANX/0P/s/9n/2v8WAOr/6f/s//j/7f8AAAAAFADs/+z/2v/w/+7/7v8AACQA6//l/wAAAAAAAAAAAAAAAAAAAADl/+z/7f/z/+z/EgAFAOz/AAAAAAAAAAAAAAAAAAAAANn/2f/c/+X/3P8dAOv/6/8AAAAAAAAAAAAAAAAAAAAA7f/s/wAAAADp/+r/6/8WAAAAAAAAAAAAAAAAAAAAAADs/+v/6v/r/+v/FQDr/+z/9v/x/+7/7v/7/+7/FADx//b/8f/u/+7/+//u/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/9/8AAO7/AAAFAO3/6f/s/+3/8f/3/+//FADs/+z/AAD4//P/9P/7//L/FQD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/U/xkA3//e/+j/5//q/wAAAAAAAAAAAAAAAAAAAADl/9j/1//h/+v/HADr/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+v8AABMAAAAAAAAAAAD4//v/AAAXAAAA9v8AAPX/7/8AABMA+v/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/w/xQA7P/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+3/FADs/+z/7f/r/+3/9P/x/+v/FQD0/+3/6//t//T/8f/r/xUA9P8AAOz/AAAAAAAAFAD0//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6/8WAOr/6v/q/+n/6v/t/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/6/8UAPD/7P/t/+7/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAA7f8AAAAAFADs//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v8AAAAAAADt/xQA8v/r/+n/6v/p/+3/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7P/s/+z/7P/1/wAAAAAAAAAAAAAAAA4A7P/s/+//7v/u/+z/FADx/wAAAAAAAAAAAAAAAAAAAADY/+7/AAAAAAAAKADy/+z/AADe/+//4/8AAPv/IwDy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/Z/+z/7v8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/u/+3/7P/o/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA9f8AAAAAAADs/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAPT/AADZ//b/FADs/+3/9f8AAPL/7P/v/+n/4//n/+f/4//f/xgA5/8UAO3/7P/s/+//6//s/+z/AAAAAAAAAAAAAAAAAAAAAOb/HADj/+X/5f/l/+T/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/u/wAAAAAAACgA8v/s/+7/1f/X/93/3//P/xcA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+7/AAAAAAAAKADy/+z/AAASAAAAAAAAAPD/9P8AAOH/GQDs/+v/5v/l/9b/AAAAAAAAAAAAAAAAAAAAAAAA7f/u//r/7v8AABQA7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/+P8AAAAAEQD5//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAAUAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//L/8v/u//T/FAD6/+z/8v8UAPH/+P8AAPH/7f/t//H/IgD7/+z/9f/7/9z/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5//s/xkA7v/1/+j/6/8AAAAAAAAAAAAAAAAAAAAA6v/p/+z/6//q/+z/FADr/+r/6f/s/+v/6v/s/xQA6//f/+n/6P8WAN3/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8gAO3/8/8AAPr/7P/U/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAOj/5//g/+n/5v/q/xkA5/8AAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAPD/9//w/+7/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+v/7f/0//H/6/8VAPT/7P/t/+7/FAAAAPP/7P/s/+r/6f8VAOz/7P/r/+r/6v8AAAAAAAAAAAAAAAAAAAAA7f/t/+z/8f/z/+z/FADy/+3/7f/s//H/8//s/xQA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/3v/d/+f/GgDp/+X/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//Y/+f/7P/b/xoA6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/7P/s/+v/8/8TAAAA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA8//u//n/9v/r/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPL/7P/x/+//7//s/+3/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/r/wAA7P/s/+z/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/s/+7/7v/s/xQA7P/o/+3/4f/t/+3/7f8XAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYA6P/v/+z/7f/q/+z/6/8WAOj/7//s/+3/6v/s/+z/9v/s/+z/8/8UAPb/7v8AAAAAAAAAAAAAAAAAAAAA4f8AAOv/5v/r/+n/AADx/wAAAAD6/wAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+r/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/g/+T/5//g/x4A1//o/wAAAAAAAAAAAAAAAAAAAADk/wAA7P/W/+z/4v8MAPL/CAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/9v/s/xQA7P8LAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+L/5v/q/+z/5v/k/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7v/u/xQA7P/t/+z/7P/5//j/7/8AABQA7P/v/9//8f/c/97/1/8nANH/3f8AAPT/9v/2//r/EgD3//X/AAAAAAAAAAAAAAAAAAAAANH/JgDa/9n/2v/l/9v/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAA4f/o/+T/3v/d/9z/1/8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//L/8v/u//T/FAD6/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAOT/5f/5//j/7f/f/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/w/xQA7P/s/+z/3P/S/+z/0//d/xUA6v/s/+z/7P/u//L/9v/u/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/GAAAAPn/7//o/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//w//n/7//u/+z/FQDu/wAAAAAAAAAAAAAAAAAAAADs//D/7P/w//D/6v8VAOz/7f/u//r/7v8AABQA7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v//D/+v/v/xQA7//s/+z/FQDr//H/6//r/+v/7f8AAAAAAAAAAAAAAAAAAAAA7v8UAO//AADw//H/7P/z/wAAAAD2//n/AAARAPv/+v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+r/6//s/+v/7v/q/xUA6/8AAAAAAAAAAAAAAAAAAAAA7f/s/+//7v8AAO3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7//s/wAAAADs/xQA7//v/+3/7P/s/+z/FADs/+z/7P/r/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/2/+z/7P8UAOz/7P/U/9b/0P/E//T/9P+y/wAA7P/s//v/AAAUAO7/7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//v/AAAUAO7/7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/1//f/8//s/wAA8v8UAAAAAAAAAAAAAAAAAAAAAADp/+T/4P/k/93/0//n/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7f8UAOz/AAAAAAAAAAAAAAAAAAAAABYA2f/p/+z/6v/q/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAO3/GgAAAPf/9P/z/93/7//f/9r/3P/q/+z/2P/j/yEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/i/+r/6f8ZAN//6P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/6/8UAAAAAAAAAAAAAAAAAAAAAADp/93/9f8FAOX/DADs/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAD5/wAAAADf/9n/1/8AANT/AADc/wAAAAAAAAAAAAAAAAAAAAAAAOz/AAAUAAAA7v/y/+z/7P/r/+v/7P/s/xUA6//s/xUA7f/y//v/9//1/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAABQA7P/v/wAAAADs/+z/7P8AAAAAAAAAAAAAAAASAAAA7P/s/+z/7//t/9//FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7v/4/wAA7P/s/wAA7P/s/+z/7v/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAA+P8XAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/6/wAAAAAAABQA8P/w/+X/4//j/+r/5/8XAOj/6v/n//r/7f8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/6//n/8f8AAPD/+P8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/FQDs/+j/6//r/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAADv/+7/EwDy/wAAAAAAAAAA+P/z/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7P/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/AAAAAOz/7P/4/xQA7P/w/wAAAADs/+z/+P/2/xsA6/8AAPr/AAD6//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACu/77/yP+1/7H/ov9aALv/AAATAAAAAAAAAO//7f8AAAAA9v8AAOv/AAAAABcA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/i/+3/+P8AAOv/FADs/wAAAAAAAAAAAAAAAAAAAAAAAPf/FAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//b/9v/6/xIA9//1/wAAAAAAAAAAAAAAAAAAAADq/+f/6v/n/+n/6v8XAOr/AAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/6//u/+7/6//r/+z/6/8VAO//7v/z/+3/6//w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9v/4f8jAOT/2v/W/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+f/5P/p/+n/GQDi/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/y/+7/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8GAOT/5//k/w4A0P/U/+z/FQDr//H/6//r/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/DADb/+n/2P/e/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/y//Y/+b/NADk/+L/3v/x/wAAAAAAAAAAAAAZAAAA8f8AAAAAAAAAAAAAGQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAOz/8P/s//D/8P/q/xUA7P/G//T/yP/N/xQArf/s//H/2P8XAOv/zf8AAN3/1v/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+j/+P/v/xkA6v/q/+3/IQDY/9z/4/8AANj/2f/s/+r/zf/d/6T/zP/k/+r/JQAAAAAAAAAAAAAAAAAAAAAAGQDq/+T/7P/o/9v/6P/r/+z/7f8AAAAA+v/s//P/FQAAAMf/6//p/9P/4f/p/xsA7P/s/+z/7P/y/+7/FADs/+f/6//a/9v/7P8eAN//2//h//L/AADl/wAAJwDi/wAAwP/s/7n/wf/Q/wYA+P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/b/+b/2P/r/+z/AAANAAAAAAAAAAAAAAAAAAAAAAApAML/0f/g/+r/5P/G/+L/AAAAAAAAAAAAAAAAAAAAANn/AAD1//f/v//Y/xMA4f/s//j/7v/t/+7/7P/s/xQA5f/c/9f/4f/b/9D/IQDk/+r/6//s/+v/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAAEADr/+D/9f/w/93/AADo/+z/7P/u/+z/7P/s/+z/FADt/9X/BwDH/+X/5v8KAOr/AAAAAAAAAAAAAAAAAAAAAAAArf/S/9H/0P8LAOX/1P/r/9//3f/f/wAA2P/i/wkA7P8UAPj/7P/0/+3/7P/s/+z/7P/s/+z/7v/t/xQA7P/W/9T/1//Y/9n/1f/U/ysA7P/s/+v/AAAUAOz/2//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/D/+v/0v/P/xsA5f/s/+r/+v/o//r/7//g/9D/5f/u/+n/7P/z//L/6f/s/xUA6P/x/+z/6//n/xgA1v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQAAADy/87/1f+1/8//+P/L/+z/7P8UAO3/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA4P/Z/9n/1v/e/yoA2//X//b/GwDr/wAA+v8AAPr/+v/b//T/zv/t/+P/9f/t//v/0v/m/+X/2f/e/wAA1f8AAAAAAAAAAAAAAAAAAAAAAADr/xQA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAPP/AAD6//j/+f8UAPH/7f8AAAAAAAAAAAAAAAAAAAAA8f/s/+z/AAD1/xQA7P/s/+X/DgCy/97/0//X/xAAwf8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAD1/8T/y//J/9H/DADE/+f/AAAUAAAAAADd/+T/2v/J/wAAAAAAAAAAAAAAAAAAAADl/+L/2f/X/+H/8f8XAOb/7P/s/+3/7P/s/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AACwA0f/N/9H/2v++/93/5v/r/+b/5P8bAOn/5v/r/+r/4f/v//L/FgDp/+7/AAAAAAAAAAAAAAAAAAAAAAwAAAAAAPj/AAAAAAAAAADs/+z/7P/t/+3/FADs/+z/2f/M/9f/2P/Y/8b/LADY/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7/8VAAAA7v8AAAAA8//s/+b/4P/i/+z/6P8TANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/8v8AAOX/AAAnAOL/AADs/+z/7P/t/+3/7f8UAOz/2f/j/+D/3f/Z/8b/2P86AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs//D/7P/s/+z/7P/X/9n/3f/g/9j/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAMv/CwDf/83/2P/X/wAA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9P8AAPL/7P/t/+z/8f/s/+3/8//s/+z/7P8UAOz/7P/s/+z/FADs/+z/7P/y/wAAAAAAAAAA+P/z/xIAFQD3//D/8P8AAOz/7P8AAOD/FgDr/+v/1P/o/+r/6v/s/+z/8/8UAO7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAMAAAAAAAAAAAAAAAAAAAAAADr//L/AAAAAAAA+v8WAPf/FADs/+3/7P/s/+z/7P/s/wAA7P8AAAAAAADw/wAAFAAUAOz/7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/3//X/7v8AAPf/8f8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+v8AABMAAADo/x0A9v8AAO7/8f/q//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/AAAAAAAA7f8UAOz/7P/u//L/9v/u/xQA7/8AAAAAAAAAAAAAAAAAAAAA4P8iAOz/8P/o//H/2v/Z/+z/7P/s/+z/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/3v8VAOz/7P/r/9X/IADX/9b/1//c/+b/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+7/7P/t/wAA7f8UAPb/7P/w/xgAAAD5/+//6P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/8v8AAPD/FADw/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAADw/wAAFAAAAAAAAAAAAAAAAAAAAAAA7f/v/+z/9v/1/+z/7P8UAAAA7P8AABQAAADu//L/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+//7P/2//X/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAA7f8AAAAAFADs//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAOr/4f/o//L/AADs/+z/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+3/FADs/+z/7P/r/+v/6//r/+z/FQDr/+b/8//u/93/7v/n/ysA2//o/+X/4v/m/+b/6P8bAOX/FQDz/wAA9v8AAOv/9//s/xQA7//3/+z/+f/p/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAPn/AAAAABAA7P/n/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//4/wAA6f/s/+z/7P8WAAAAAAAAAAAAAAAAAAAAAADs/+3/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAN3/3v/n/93/2//Y/+r/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/JgDa/9n/2v/l/9v/3v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/+n/6//p/+v/6v8WAOr/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAPT/AAASACAA7f/z/wAA+v/s/9T/7P8AAAAAAAAAAAAAAAAAAAAA5//m/9z/6f/l/9f/HgDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7//w/+z/FADs/8z/5P/h/+L/1v/m/9T/JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u//D/AAAAAOz/FADu/+7/7f/5/+//+P/s/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAUAO3/7f/z//n/7P/s/+z/AADy/wAA9f8AAOn/AAAXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/k/+j/6v/o/xcA6v/m/+z/FADs/+3/7P/s/+z/7P/r/+z/7P/s//n/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/AADt//n/7f8UAOz/7P/x/+z/7v/u/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/x//r/AAAAABQA+P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//v/AAAXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/AADy/+//8f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAOz/9P8AAAAAAADu/xQAAAAAAAAAAAAAAAAAAAAAAOr/6f/p/+n/5v/p/+j/FwAAAAAAAAAAAAAAAAAAAAAAAAD0/xQAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADs/+//7f/s/+3/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7P8AAPH/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOr/+P/s/wAAAAAVAO//+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9f8AAAAAAADz/xcA+f/s//r/AAAAAAAAFADw//D/AAAAAAAAAAAAAAAAAAAAAOL/4P/k/+f/4P8eANf/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/7v8AAPD/7P8UAOz/7P8AAPX/AAAAAAAA7P8AABQA6//q/+H/7//y/xYA6f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/xQA7P/s/wAAAAD6/wAAAAAMAAAAAADs/+z/7P/s/+z/FADr/+z/AADb/wAAAAAAACYAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+7/9f/v/+z/FQDt//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAPr/+P/5/xQA8f/t//P/AAD6//j/+f8UAPH/7f/c/9j/3f/k/+j/KADY/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAACQA5P/5/+H/5//z/wAA3P8oANf/3f/j/wAAAADz/wAAPADX/9//5P/o/+n/6v/l/9L/8P8gABQA7f/u/+7/AADn/+z/AADX/+//8f/a/+z/FgDs/+r/AAAAAPP/7P8AACUA9f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf/q/+v/6//Z/9j/5/8bAPT/7v8AAPv/AAAMAPP/6P/z//v/8v/v/wAAFAD4//L/AADs/wAAFAAAAO7/8v/s/wAAAAAAAAAAAAAAAAAAAADx/+7/AADw/+z/FADs/+z/7P/s/+z/6//s/+r/7P8UAOz/7P/s/+f/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/2v/g//L/AAAhAOD/4v8AAOz/AAAUAAAA7v/y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/wAA6f/x/+b/5v8mAAAAAAAAAAAAAAAAAAAAAAAAAN7/AADp//H/5v/m/yYAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+v/FADz/wAAAAAAAAAA+P/0/xIAAAAAAAAAAAD2/wAAAAAMAOL/7v8AAPL/AADb/+j/IwATAPH/9/8AAAAA8P/u//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/FQDr/+r/6//o/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/JQDw/wAA9P8AAN3/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA8P8AABQAAADl//n/9f8uAAAA+P/u/wAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA8P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/x//m/83/3f/P/xsA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/s//L/8f/y/+n/IADs/yEA4v/w/wAAAADt/+H/+f8ZAPb/6f/W/9r/6P/X/+T/7P/r/+3/9f/u/xUA6//r/+r/6f/p/+n/5v/p/+j/FwDs/+z/7//s/+z/7P/s/xQA7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/b/+r/HQDs/9j/2f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+3/FADs/+v/FgDr/+j/6//r/+n/6v8UAOL/8f/y/wAA7f/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/FQDs/+//7//s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwAUAPv/AAAAAPv/5v8AAOz/FQDs/+//7//s/+v/7P/s/xQA7P/s/+z/7P/s/+7/6v/p/+z/6//q/+z/FADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/s/+z/6//q/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADu/+3/8f8AAOz/7P/t//T/7v8AAPv/AAAMAPP/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+r/8v/f/+b/FADp/+z/7P/x//r/7P/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAAAAAADwAAAAAAAAAAAPv/AAAUAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6f/k/wAAAADq/xgA+P8VAAAAAAAAAPr/7P/v/+v/2P8AANv/5f/4/w8A6P/e/87/6f/r/+H/7P/V/xkA6/8AAAAAAAAAAAAABwD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/xgA5//s/+T/4//p/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO7/+//y/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/8b/3f/h//f/3/84AMv/8f/s/+z/AAD1/xQA7P/s/+z/8P8YAAAA+f/v/+j/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7f/s//b/9//s/xQA7f8AAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAPH/7P/s/wAA9f8UAOz/7P/s/+z/7P/s/xQA7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmAMz/1v/L/9z/x//J/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+z/7v/v/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/7v/1/+//7P8VAO3/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/xwA6//q/+P/6v/h/+n/AAAgAAAAAAD1/wAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//r/wAAAAAUAOz/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AACIA9v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAPj/8f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+v/6//r/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/9v/2//r/EgD3//X/AAAAAAAAAAAAAAAAAAAAAOv/8P/5/+//7v/s/xUA7v/t/xoAAAD3//T/8//d/+//AAAAAAAAAAAAAAAAAAAAAOH/4P/i/x8A4v/n/+D/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAPP/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/o/9//0/8aANf/1P/i/wAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAPj/FwAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/93/7f/q/9z/8P/r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/6//r/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+3/7f8UAOz/7P/t/+3/7P/t/+z/FADs/+z/7P/u/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAcA8f/m//j/1f/k/woA2f/s/93/7f/q/9z/8P/r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7f/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA7P/r/+v/2P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/9P/2//L/7P8AAPH/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//v/xQA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/9n/4P/p/yUA5v/k/9z/7P/s/+z/7f/t/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7f8UAOz/7P/s/+z/7P/t/+z/FADs//r/5f/4//j/GwDs/+j/6v/S/ykA5P/o/+b/+P/O/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/9H/7P8UAMz/y//f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/8v/AAALAOf/tv/3/+r/0v/r//L/AAD6/+//LwD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAN3/1//n/+f/6P/q/wAA7v/6/+7/9/8UAPP/7f/j//P/6P8FAOv/FgDh/+3/AAAAAAAAAAAAAAAAAAAAAOz/8P/s//D/8P/q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA7/8AABQAAAAAAAAAAAAAAAAAAAAAANL/uf/j/wAA3P8QANv/0//R/9b/KwDV/9X/0//W/8//AAAAAAAAAAAAAAAAAAAAAMn/1P8AABcAzv+a//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/CwDh/wAA2P8TAMT/3v/g/wAA6f/r/9f/6v8TAOD/AAD6/+n/7P/z//n/xf8AABIA2f/b/+3/2f/f/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/xoA3f/r/+P/AADk/+b/AADs/xEAFAAAAO//2P/s//n/GgAAAAAA9//5/+j/AADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPP/7P/f/+z/7P8UAOD/7P8AAAAAAAAAAAAAAAAAAAAADQDM/9b/yf/L/w8Ayf/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//W/+H/DwAAAPL/4v/z/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//L/7v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE/9//FADn/+P/vf/5/7n/AAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAAAAD4//H/AADv/+7/7P/s/wAA7v8UAPD/FADo//H/2//1/9n/7v/t/7//AAAMALT/lv+m/xUAxf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/ycA4//Z/9f/2P/Y/9j/6/8VAOv/7P/s/+v/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/8n/yf/Z/93/BwDO/+z/FADs/+z/AADs/+z/7P8fAOr/5v/q/wAA3v/b/+v/AAAAAAAAAAAAAAAAAAAAABQAAADt//P/AADs/+z/AAAVAAAA9/8AAPf/7P/r/wAAJwAAAAAAAAAAAPr/2f/y/wwAAAAAAAAAAAAAAPX/AAAUAO7/7/8AAPb/7P/s/+7/7P/s/+z/7P8UAOz/7P/s/+v/6/8VAOz/6P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xcA3f/b/9r/6P/q/+v/AAAAAAAAAAAAAAAAAAAAAPD/AADt/wAAAAAUAOz/8v8AAO3/+v/z//L/AADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/2P/2/wAAAAAAAC4AAAD0/xQA9//s/+//4f/Z/+z/7f/q/wAA7P/y/+r/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/u/+7/AADn/+z/AAAAABIAAAAAAAAA7//0/wAA7P8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAPj/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+3/+P8AAO7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/o//n/7//t/+v/FwDr/+v/AAAAAAAAAAAAAAAAAAAAAOf/4f/s/+3/6v/s/+r/FgDj/+j/6f/n/+j/FwDk/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+z/7P/s/xQA7P/x/+z/7v/u/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAEwAAAAAA8f/3//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAPj/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//s/+3/9f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAO//FADt//j/8f/t/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P8YAAAA+f/v/+j/7f/s//D/GAAAAPn/7//o/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f8VAOv/7P/q/+v/7P8AAAAAAAAAAAAAAAAAAAAA6P/u/xQA7P/s/+z/7P/t//b/9P8XAAAA+f/0/+v/+/8AAAAAAAAAAAAAAAAAAAAA6f/a/x4A6f/q/+b/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/xYA4P/r/+n/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/xYA7P/v/+n/6//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAZAPL/AADp/xQA7P/s/wAA6f/s/+n/7P8AAAAAAAAAAAAAAAAAAAAA2P8RANj/3P/Y/+n/AADa/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P/s/xQA7//t/+z/7P/s/xQA7P/s/+z/FAD0/wAA8v/s/+3/7P/q/+//7P/s/+z/FQDr/+v/3f/m/+v/5v/k/xsA6f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbANH/5v/z//T/6f/l/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/9v/u//X/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//7f/s/+3/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA8//u//n/9v/r/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8P/y/+//7P/4/+//FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8VAOv/9//z/+v/6//s/+z/7f/t/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH/wAAAAAAAAAAAAA5AAAAFADt/+3/8//v/+//7P/s/+n/6//s//j/AADr/xYA9P/r/+D/6f/S/97/5v/i/xoAAAAAAAAAAAAAAAAAAAAAAOz/7/8AAAAA+P/y/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/7P/u/+n/7P8UAOz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA7P/u/+z/7P/t/+z/7P/s/+3/7f/t/xQA7P/m//D/FADs/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAN7/4P/r/+X/2P8iAOn/6/8UAOz/7v/1/+//AADj/+z/6//l/+n/6v/n/+L/6f8XAAAAAAAAAAAAAAAAAAAAAADf/8b/2f/d/9r/AAAAANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//v/AAAUAOz/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8f8AAAAAAADs/+z/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/+z/FADu//j/FgD0//D/8f/q//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/7P/u/+7/7P8UAO3/7P/s/+z/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAD6/wAAAADP/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+T/6P/q/+j/FwDq/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/4P/U/8H/yP/f/ygA3v/1/yUA8P8AAPT/AADd/+f/AAAAAAAAAAAAAAAAAAAAAOv/FgDo/+//7P/t/+r/7P/s/+z/7P/s//L/7v8UAOz/AAAPAAAAAAAAAAAA8v8AAOz/FADp/+j/6v/s/+z/6v8AABcA7P/t/+X/5//r//D/7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAOT/AAAAAAAAAAAAAB4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAOz/7P/s/+z/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAA4v/i/+z/5P/q/93/HgDk/+n/6//p/+v/3//s/+z/FgDs/+z/7P/s/+z/6//r/xQA7P/s/+z/7P/t/+3/FADt/9b/CgDi/9n/6P/U/w8AzP/t/+v/5f/s/+z/6/8TAOz/AAD0//b/9v/6/xIA9//1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/X/9v/6P+9/xoAzP/j/wAA7P8AAAAAAADt/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAA9P/2//b/+v8SAPf/9f8AAAAAAAAAAAAAAAAAAAAA7//u/+z/7P8AAO7/FADw/wAA+f8AAAAADQAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/+z/GADs//T/8P/p/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/LQDl/9//0//g/9b/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/ykAAAAAAOv/7f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADv/wAA8P/x/+z/8/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADz/+z/7f/1/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAADs/yUA8f/t/+7/7f/Y/+v/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAA7P/O/+3/9P/0/9z/HADk/+z/FADs/+z/7P/s/+z/7P/n/xcA7v/t/+z/7P/o/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDz/wAA9v8AAOv/9//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPD/FAD6//X/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADw/wAAAAD6/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//b/7v/z/+z/7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/83/1P/Q/9P/KwDW/+T/AAAAAAAAAAAAAAAAAAAAAAAA6//u/+H/9P/p/+v/AAAVAAAAAAAAAPr/7P/v/+v/1f+6/8r/z//S/0QA1v/V/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAUAO7/7f/s/+z/5v8bAN//5v/m/+L/5f/l/+z/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/i/+3/+P8AAOv/FADs/wAAAAAAAAAAAAAAAAAAAADw/wAA7f8AAAAAFADs//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8eAOH/5P/h/+D/4f/e/+3/7//s/wAAAADs/xQAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDx//f/AAAAAPD/7v/w/+z/7v/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAD2/wAA9v8AAO//AAAAAAAAAAAAAAAAAAAAAAAA3v/p/+n/4f/i/9L/1/8iAAAAAAAAAAAAAAAAAAAAAAAAAB4AAAAAAAAA+P/u/wAA5v8YAPn/8f/0/+D/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/+v/2/+z/FADu/+z/FADs/+z/7P/s/+z/7P/s/wAA6//m/+v/6f8AAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFAAAAO7/8v/s/wAAAAAAAAAAAAAAAAAAAADt/xQA7v/7//L/7v/s/+3/AAAUAAAAAAAAAAAA8f8AAOz/FADs/+z/7P/s/+z/7P/2/xYA+v8AAPr/+P/y//v/AAAAAAAAAAAAAAAAAAAAAOj/HQD2/wAA7v/x/+r/8f/t/+z/7v/u/xQA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAoA7P/s/+z/7P/s/xQA7P/s/+X/0//g/+z/5P/o/ywA3/8AAPf/8f8AAAAA7P8UAPT/7P/x/+z/7v/u/+z/FADt/wAA7f8AAPL/+v/v/xQAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/yIA4v/l/+X/4f/c/+H/6/8VAOz/7P/s/+z/6//s/+7/7f/5/+//+P/s/+7/FADs//j/7f8AAAAAFADs/+z/FADu/wAAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAOANn/0P/O/+X/1P/1/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO//7P/s/+z/CwAAAAAAAAAAAAAA+/8AABsA6v8AAAAAAAAAAOX/8//t/+z/7P8UAO//5//r/+r/4f/X/9n/2//n/9X/JQDi/w4AAAAAAAAAAAD5//j/AAApAOL/9v8AAPb/5P/X//X/FQDy//b/AAAAAPP/6//2/wAAAAAAAAAAAAAAAAAAAAAVAPP/AAD2/wAA6//3/+z/FADl/+r/7f/3/+n/7P/I/+H/4/8bAOj/7P/s/9r/6//q/+v/7P/l/+z/6v8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAA7P/r/+3/8f/u/+z/FADu//D/AADt/wAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A4//5/wAAAADm/+f/AAAAAAAAAAAAAAAAAAAAAAAA2P/s/+z/6//x/xMAAADY/+v/5v/i/+3/8f/v/xUA4v/g/9v/4/8cAOb/5f/k/+j/FQDq/+z/7v/t/+v/6//s/wAAAAAAAAAAAAAAAAAAAAA5AKz/0v/g/+n/0//J/+T/AAAAAAAAAAAAAAAAAAAAABUA7v/x/wAA+//s/+v/7/8AAAAAAAAAAAAAAAAAAAAAvf8AANP/4f/b/wAAAADG/ykA7v/q//H/AADj/97/AAAAAOb/2f/3/+b/0P8AAOX/AAAAAAAAAAAAAAAAAAAAAO7/7v/s/wAAAAAAABQAAADw/wAA7f8AAAAAFADs//L/FQD3//D/8P8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+7/9//t//H/7P8UAAAAAADs/+v/7P/s/wcA6f/s/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOL/8f/y/wAA7f/s/+3/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAD4//P/AADw/wAA7f8AAAAAFADs//L/KAAAAAAAAAAAAPr/6f8AAOz/7P/s/+z/7P/s/xQA7P8GAAAAAAAAAAAAAAAAAAAA8v/v/+z/AAAAAOz/FADv//L/7//s/wAAAADs/xQA7/8TAAAA9v8AAPb/AADv/wAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAPv/+v/s//H/7f8AABMAAAAAAPH/9//5/8j/2f/l/w4A+f/n/wAA8v8AAAAAAAAAAAAAAAAAAAAA7P/u//L/8P/3/+z/FADy/wAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/wAA+v/5/wAA5/8uAAAAAAAAAAAAAAAAAAAAAAAAABkA5//o/+3/AADx/+b/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/+z/FAD1/6X/t//J/8T/AACs//f/AAAAAAAAAAAAAAAAAAAAAOz/FADv//H/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAANAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xcA5P/o/+X/5//q/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQAAADu//L/7P8UAO//7//t//H/7P/s/+z/7v/1//f/8//s/wAA8v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/+j/5v/e//X/1P86AOr/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/AADS/9j/wv+6/9D/DwDd/+n/8f/h//n/2v8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/p/+3/7v8XAOn/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+v/7P8VAPj/8v/t/+3/6v/w/wAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAA8f/t/+z/7//t/+z/7P8UAOz/7P/t/+3/7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+//7P8AAAAA7P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAAAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAA+f8AAAAAAAD7/xQA7P/u/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADs//D/AADv//D/7P/u/xQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/GADq/+f/+v/l/+v/6v/0/xMAAAD7/wAA9P/w//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/7P/v/+3/HgAAAPr/3v8AAOL/9v8AAA8AAAAAAAAAAADy/wAA1/8VAOP/6P/m/wAA3f/d/+7/7v/s/wAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAA5//V//T/5//p/+z/LADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7//s/wAAAADs/xQA7//y/+//7P8AAAAA7P8UAO//7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADq/+v/7P/r/+v/6P8WAOv/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/4/xYA9P/w//H/6v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/IgD1//X/5f/o/+z/6//i/+7/AADy/wAA2//o/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+3/8v8AAAAA7P8UAPX/HwDt/97/6v/4/+j/2P/n/+j/5v/m/+j/4/8YANX/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/4//q/wAAAADr/xwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xUA8//v/+z/8//q/+v/AAAAAAAAAAAAAAAAAAAAAOf/+P/u/wAAAAAUAOz/7P/t//b/AAAAAAAA5f/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/wAA3//a/+b/4f8AANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/8v8UAO3/7P8AAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAA8A+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAUAAAA7v/y/+z/AAAAAAAAAAAAAAAAAAAAAOz/FAD5/+z/7f/t/+z/7P/j/wAA+f/6/wAA6v8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDz/wAA9v8AAOv/9//s/wAAAAAAAAAAAAAAAAAAAAARAN//6v/k/+j/3f8AAOr/FQDx/wAA+//t/+z/zP/r/wAAAAAAAAAAAAAAAAAAAAAUAOv/7f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/+v/7/+//AAATAPj/EwAAAAAAAAAAAAAAAAAAAAAA6f/r//n/+f8AAPL/FwDv/wAAAAAAAAAAAAAAAAAAAADn/xUA6v/r/+v/6f/r/+v/5P/s/+v/7P/r/xcA5//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7f/4/+7/7P8UAOz/7P9BAL3/zf/a/8b/yv+7/8b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/z/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAAOn/6f/r/+X/6v/q/+X/GADo/+7/FADs/+z/7P/s/+3/7f8AABMAAAAAAPH/9//5/+3/8f/u//H/AAAUAOz/+P/E/wAA1f8JAM7/wv8AAPH/AAAAAAAAAAAAAAAAAAAAAOz/FAAAAOz/9P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/c/9v/2P/b/ygAyP/Y/9D/0//d/9n/4/8AANX/BQAUAOz/7f/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOn/7P/q/+z/7P8VAOz/7P/7/wAAAAAAAAAA7P/2/xQAAAAAAAAAAAAAAAAAAAAAABQA7v/v/wAA+//s/+z/8v8AAAAAAAAAAAAAAAAAAAAA2v8fAOT/0v/4/+j/xP/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8UANX/AADG/9T/4P/n/+j/6v/r/+z/+v8XAOz/6//f/+D/6P8ZAOP/5P/m/+D/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/8v/u/xQA7P8UANT/3P/c//T/7v/v/+X/AADy/wAAAAAAAA8AAAAAAAAA7P/y/wAAAAAAAO3/FAAAAO7/9P/W/8r/zP/m/9X/AAAAAAAAAAAAAAAAAAAAAOH/9//d/+f/AAAAACAA8/8AAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAADAAAABQA7P8AAO7/AADb/+v/7P/s/+z/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOH/1f/p/+n/6v8KAAAA4f8QAOj/5f/b/9j/BQDn/+r/AAAAAAAAAAAAAAAAAAAAAAAA0P8aAMf/yv/R/woAxf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/2v/q/+r/6f/q/wAAIwDl/wAA5v/a/+r/7P8PAOz/7P8UAPT/AADy/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAASAN3/6v+7//H/9P/m/xwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/9n/GwDM/9r/FQDr/9r/JwAAAAAAAAAAAPr/2f/y/wwAAAAAAAAAAAAAAPX/AAAUAO7/7/8AAPb/7P/s/+7/AAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADB/+b/6//c/+r/6f/x/x4A4v8VAOn/6//p/+z/7P/s/x4A9f/p/+X/8P/r/+b/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDu/+3/6//r/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o//r/AAAYAO3/7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/8P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//u/+7/7P8UAPH/7P/s/+//7v/u/+z/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/7P/l/+r/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/w/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADy/+z/+P/3/+7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+3/FADs/+z/AAAAAPX/1//3/+3/7P8XAAAAAADz/wAAAAAWAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//n/AADx/wAA7P/r/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADZ/+//6P/g/wAAFQDs//r/FADt/+3/+P8AAO7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9P/w//P/AAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/5v8AAAAAAADk/x8A+f8AAAAAAAAAAAAAAAAAAAAABwDr//L/AAD3/+z/AADs/wAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAD2/wAA9v8AAO//AAAgAO3/8/8AAPr/7P/U/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/FADs/+z/7P/s/9j/3f/s/yIA6v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+X/+P/4/xsA7P/o/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/xQAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAHAOv/8v8AAPf/7P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/9j/+v/m/+z/4/8VAOz/7v/t/+b/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6/8VAOv/7P/s/+v/6v/r/wAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6v/j/+7/8f8ZAOf/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xkA5v/p/+j/6P/n/+j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8UAAAAAAAAAPv/+v/s//H/AAAAAAAAAAAAAAAAAAAAAO3/AAATAAAAAADx//f/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPL/7P/4//f/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+n/6//f/+z/7P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/7//c/9r/FADX/9z/w//0/xcAAAAAAPf/AADt/wAAAAAMAAAAAAAAAAAA+P8AAOz/FQDr/+3/6//t/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//b/AAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAPP/EwAAAAAAAADt//L/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAA9P8AANn/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwDY/+v/5//h/+j/0v/r/+b/GgDs//L/6//t/+X/7v8AAAAAAAAAAAAAAAAAAAAAAAATAAAAAADy/wAA7f8AAOz/7P/t/+z/7P/s/xQA7f/3/xMAAAAAAAAA7v/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA+f/s/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/FQDd/+f/5f/R/9r/3f/t/+3/+P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xUAAAAAAPX/9//q//b/AAAAAAAAAAAAAAAAAAAAAAAAHQAAAAAAAAAAAOb/AADE/+j/2//R/8n/2v8cAMv/3P8nAOv/2v/b/+P/2f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAO3/AAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/7P/p/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA9v/2/wAAAAAAAAAAAAAAAAAAAADY/9r/8f/2//f/6P8pAAAA7P8UAOz/7f/s/+z/6//s/+z/FQDw//f/8P/u/+v/7P/y/xQA8f/4/wAA8f/t/+3/8P8AAO3/FAAAAAAA7P/2/wAAGAAAAAAAAAAAAOz/+v/b/xAA6//l/+n/3/8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAPP/AADu/xQA7f/y/+7/7f/u/+z/8v8rAAAAAADw/+7/4f/n/wAAJAAAAAAA9P8AANn/9v/q/xYA6v/r/+f/3v/r/+v/7P8YAOT/5//p/+n/5f/y/wAAAAAAAAAAAAAAAAAAAADX/zAA3//d/8j/1v/N/93/7P8UAOz/7f/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD5/+z/7f/t/+z/7P/k/xgA+P/w//n/6P/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/ykA3f/o/97/3v/V/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//U/+T/3P/W/9r/LADg/wAAAAAAAAAAAAAAAAAAAADs/xUA7f/t/+z/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8XAOn/6v/p/+r/6P/o/+v/8f/r/+r/FADr/+P/6//b/xcA3//X/+v/5f/j/+v/FADt/+7/7v8AAOf/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAA8v8AAAAAAAAAAAAAAAAAAAAAAADX/xYA7v/t/+j/FADj/+7/4P8wAAAAAAAAAAAA0P8AAO7/FAD4//H/7P/s/+z/7P/t/xUA8//v/+z/8//q/+v/AAAAAAAAAAAAAAAAAAAAAOz/FADs//f/7P/s/+z/7P/t/xQA7P/w/+z/7P/s/+z/6P8mANj/7P/e/9j/6f/a/+v/FQDs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA6v8WAOr/6v/r/+n/6f/q/+f/FwDu/+3/7P/s/+j/6f/s/xUA7v/s/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAPT/FwAAAAAA9/8AAO3/AAAAAAAAAAAAAAAAAAAAAAAA7P/Z/+z/7v8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAABEA6v/u/+v/6v/Y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8VAOv/6f/s/+z/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/s/+z/6//s/+r/FgDq/+r/6//p/+n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8XAO7/7f/s/+z/6P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAADz/+7/AAAAAAAAAAAAAAAAAAAAAAAA7P8VAO7/7P/s/+z/6//r/+z/FADt/+z/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA5/8XAO7/7f/s/+z/6P/p/+r/FgDq/+r/6//p/+n/6v8AAAAAAAAAAAAAAAAAAAAA7P8VAO7/7P/s/+z/6//r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P8UAOz/5P/n/xgA5P/o/+L/6P/n/wAAAAAAAAAAAAAAAAAAAADl/xwA5//m/9z/7f/k/+j/AAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/OQDO/8z/4//b/8P/4v8AAAAAAAAAAAAAAAAAAAAA7P/t//D/7//0/+z/FADw/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAD2/+3/AAAAABIAAAAAAAAA9f/v/wAA7P8AABQA9v8AAAAAAAD5/wAAEgAAAAAAAADw//T/AADm/xsA3//m/+b/4v/l/+X/AAAAAAAAAAAAAAAAAAAAAO//7P/3//D/+P/s/xQA7v8AAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/9f/f//T/5P/m/9T/CwAAAAAAAAAAAAAAAAAAAAAA7P8VAOz/7//v/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8YAAAA+//v/+7/6f8AAOz/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADc/xUA7f/v/+z/7P/q/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA7v/s/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAA9f8AAOz/7P/s/+3/7f/t/xQA7P/t/wAAEwAAAAAA8f/3//n/FADv/+//7f/x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwDh//b/7f/y/9//4v/m/9j/2P/r/+v/CQDo/9z/AADs/xQA7P/t/+z/7P/s/+z/FQAAAOz/7v/c/+z/6//j/+3/EwAAAPX/7P/s/+z/7P/Y/+j/4P/u/x4AAADa/9X/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+3/7f8UAOz/7P8AAO3/FAAAAAAA+P/x/wAA5v/s/xQA7P8AAAAA5v/x/+n/6P/r/xUA6P/i/+v/6//6/+X/+P/4/xsA7P/o/+r/AADt//r/8//y/wAA8/8AAAAAAAAAAAAAAAAAAAAAAADu//X/9//z/+z/AADy/xQAAAAAAAAAAAAAAAAAAAAAANP/HADl/+f/+v/j/+n/6v8AAAAAAAAAAAAAAAAAAAAA6v/g/93/6f/g/+b/HADh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAD1//r/EgAAAOv/6P/r//H/FADn/+b/7P/j/+b/9v/s/xYA6P/r/+v/6//s/+//6//n/+v/6f8ZAAAAAAAAAAAAAAAAAAAAAADh//L/AADl/wAAJwDi/wAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/v//D/+v/v/xQA7//s/wAAAAAAAAAAAAAAAAAAAADy/9T/xv/R/xMAz//h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+X/6P/e/+z/6//Z/xcAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s//D/8v8AAPD/FADw/+z/FADu/+//AAD7/+z/7P/y//H/AADo/+j/2P/U/9//BgDs/+z/7P/s/+z/7P8UAOz/4P/s/+v/8P8VAOr/5P/r/wAAAAAAAAAAAAAAAAAAAAD0//H/6//q//j/GQDq/+j/AAAAAPr/AAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/6//s/+X/6//o/xUA6//r/+r/6/8GANr/yv/W/+r/AADg/+b/7P/s/+3/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADc/93/2f/c/9f/KQDf/9b/7f/0//L/+v/1/xYA6v/s/wAAAAAAAPL/7P/5//n/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+z/7P/t/+z/7P/W/9v/4v/l/9z/4/8PAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AABQA7v/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAPf/1v/o/+r/5/8oAN//4P/l/87/nf/r/9b/6v8AAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6//s/+z/FQDq/+v/FADu/+//AAD7/+z/7P/y/+n/KAD3/+b/7f/s/+X/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/V/9//1/8hAL7/0P/t/wAAAAAAAAAAAAAAAAAAAADX/9b/4f/e/wkA9v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQAAADu//L/7P8AAAAAAAAAAAAAAAAAAAAA7P/w//L/AADw/xQA8P/s/9X/2P/f/9j/3v82AMX/2f/a/8//1f/L/8b/MQDX/9n/7P/s/+z/7P/t/+z/7P8UAO3/8P/y/+//7P/4/+//FADf/+f/6P/e/x0A2f/h/93/7v/q/+v/7P/r/+n/3f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAACwAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADt//P/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//5f/T/9n/DADp/9P/AADf/+n/6P8WAN3/6v/r/+z/3P/c/+n/2f8KANf/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//Z/9j/3//t/9n/HQDp/+z/4//u//X/7P8WAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8AABQA7P/t/+z/9/8AAPH/7P/s/+7/FADp/+T/4P/k/93/0//n/xoA2//t//b/2v/u/wAAAADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7f/7/xQA6f/s/+j/7P/o/xsA4v/g/+b/2P/f/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/+3/6//1/xQA7P/s/+3/7P/q/+n/6f/p/+b/6f/o/xcA1f/f/9L/y//Z/xIA1//y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/6f/q/+v/6/8VAOL/GADn/+r/5//o/9//6//U/9j/9f/w/+X/+P/d/yMA9f8lAPD/AAD0/wAA3f/n/+b/2f/r/+z/JwDj/9n/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/FQDq/+v/6//p/+v/6/8AAAAAAAAAAAAAAAAAAAAA7P/t/+//8P/y/+7/FADx/+z/GADk/+f/6f/p/+X/8v/s/+z/8v/0/xQA7f/m/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeANT/4f/j/9f/6//l/9j/FgDo/wAAAADy/+X/6v/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/c/+n/3v/e/ykA2P/W/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+n/FADs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/8f/2/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/+z/7P8UAOv/FAAAAOr/7f/n/wAA3f/s/+z/6//s/+v/FQDq/+z/7P8UAOz/7f/s/+z/7P/s/+7/FQDv//r/AAAAAOz/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAO//AADt/xQA7P/s/+z/7P/s/+v/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9f/3//P/7P8AAPL/FADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAEwAAAAAA8v/s/wAA+f/0/xcA6f/6/wAA9v8AAAAAAAAaAPf/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//w//r/7/8UAO//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA7P/s/+z/7P/t//H/9//v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs//H/+v/s/+//7P8UAOz/FwDs/+z/7P/t/+n/4v/q/+z/8f/s/+7/7v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA0v/r//L/AAD6/+//LwD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2f/r/9j/6f/X//P/AADu/+7/7P8AAAAAAAAUAAAA7v/u/+z/AAAAAAAAFAAAAO7/7v/s/wAAAAAAABQAAAD0/xcAAAAAAPf/AADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xUA6v/t/+f/7P/s/+r/7P8VAOz/6//r/9j/7P/s/xQAAADu//j/AADs/+z/AAAUAAAA7v/4/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAA7P/1/wAA7P/Y/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADJ/9T/1//e/zUA4/+6/7v/5f/W/+v/2P8IANv/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALL/2f/E/8b/KQC//8D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAC8/9D/7P/N/8f/5v8AAAAAAAAAAAAAAAAAAAAA1f/i//r/3f88APb/6P/C/+z/AADy/+//8f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/IADl/+n/5v/q/9j/2f8AAAAAAAAAAAAAAAAAAAAA2f/q/+D/3/8AANj/4f8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPT/AADy/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8VAAAAAAAAAPr/6//0/wAA9/8UAAAAAAAAAOz/AADt/xUA8P/1/wAA8//r/wAA8v/v/+z/AAAAAOz/FADv/+3/FQDw//X/AADz/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAA7v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+7/7v/s/+z/7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/8f/s/+z/7P/t/xMAAAD4/+z/7f/s/+z/BwDN/9T/4//d/wAA7P/U/8r/6//s/+v/2v/Y/+f/GwDT//n/7/8AAAAAFwDs/+z/AAAAAAAAAAAAAAAAAAAAANn/5//g/+v/6v/t/xoA6P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAND/9f/h/7v/vP/i/73/IAAAAAAAAAAAAAAAAAAAAAAAFQDp/+L/3P/q/93/2P/0/wAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAO7/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAA2P/6/ygAAAAAAAAAAAAAAAAAAAAAAN//3v/u/+z/6//o/xcA7P8AAOz/7P/r/+z/1//r/xMAFwDp/+r/6//o/+r/6f/n/wAA6//v/+L/9f/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAz//d/9X/0P/6/97/xv8tAPL/9//x/+3/AAAUAPb/7//s/+z/8P8AAPj/7P/s/xQA7v/t//b/7v/1/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/s//b/6P/5/ykA7f/g/+z/7v/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAPT/AADt/+//HQAAAAAAAAAAAAAAAAAAAAAA6f8VAOz/5//q/+z/6//r/+n/7P/q/+z/7P8VAOz/7P/i/wAA7P/w/+z/6P8AAPL/AAASAAAAAAAAAO//9P8AAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA9P8AAOz/7f/y/+z/7P/r/+z/7f8UAMP/FQDd//P/3f/z/9f/wP/s/+z/7P/s/xQA7P/s/+z/0//r//b/1f/q/9z/KADV/xQA7//v/+3/8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAsAAAAAAO3/7P8AAAAA6f/q/+v/FgAAAPr/AADu//b/7f/2/xQA1v/b/93/2P/v/8//1/8rAAAAAAAAAAAAAAAAAAAAAADn/xUA7P/r/+v/6//p/+b/6v/p/xUA6//s/+r/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFAAAAO7/8v/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/xwAyv/c/9P/AADK/8r/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/6//r/xUA7P/Z/+z/7v/s/+z/8//g/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAA9f8AABgA6f/a/9f/3v/o/+v/5f/q/+X/7P/n//H/+P8OAOr/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAADv/+7/EwDU/9H/1P/Z/9z/5P/Q/x0AAAAAAAAAAAAAAAAAAAAAAPH/+P/u/wAA7v/1/xYA8f8AAAAAAAAAAAAAAAAAAAAA6//4/wAA6f/s/+z/7P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+v/7P8UANH/u//L/87/1P8QAMb/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8TAAAA1f/T/93/4P/q/xIA+//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/0//a/9j/6v8iAOT/1v8AAAAAAAAAAAAAAAAAAAAA3f/m/97/2//b/9z/1v8oAOz/FADs/+z/7P/r/+z/7P8PAOz/8f/j//j/6f/r//X/AAAAAAAAAAAAAAAAAAAAAOv/6//s/+v/7v/r/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/EgDj/8b/1f/z/8z/8v/t/xQAAAAAAO3/9P/w/+7/7P/s/+z/7P8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2/xQAAAAAAAAAAAAAAAAAAAAAACcAAAAAAAAAAAD6/9n/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAADY/9n/4P/b/9v/3P8oANz/7P/1/+3/AAAAAO3/FADv/8j/9//Y/9f/1v8VAMX/xP8AAAAAAAAAAAAAAAAAAAUA4f/a/8T/zv/b/xQA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/3v/q/+j/5v/n/xoA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7f/s/+z/7v/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/2//b/+v8SAPf/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/yP/d/+j/EADf/xgA3P8XAN3/3P/o/+3/2//U/w8A8//s/+3/9f/s/+z/7P8UAPT/FwAAAAAA9/8AAO3/AADY/+z/7P/r/xUA7P/r/+v/AAAAAAAAAAAAAAAAAAAAAOj/5v/m/+j/4/8YANX/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAD0//j/HgD0/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAA9f8AAPL/AAAAAAAAAAD4//P/EgDs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAA+v/4//n/FADx/+3/0f/z/wUAx//o/9j/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/JgD6/wAA+P/w/+n/+v/e/+H/3f/k/9v/1P8lANj/AAAAAAAAAAAAAAAAAAAAANj/7v8AAAAAAAAoAPL/7P/7/wAAAAAAAAAA7P/2/xQAAADv/wAAAAAAAO7/AAATAPP/7P/t//X/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDp/+v/6//r/+v/6//r//f/AAAAAPX/AADs/+3/FAATAPH/9/8AAAAA8P/u//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/FAAAAAAAAAAAAOz/AADr/+z/7P/q/+v/7P8VAOz/+/8AAAAAAAAAAAAAEAD6/+3/FADs/+z/7P/t/+z/7P/s/+z/7P/u/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/+P8WAPT/8P/x/+r/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQAAAAAAAAAAAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6P/y/wAAAAD2/yEA4v8AAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/r/+z/6v/s/+r/FgDq/+r/6//p/+n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+j/8v8AAAAA9v8hAOL/7v/t//b/7v/1/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAO7/7P/s/+z/7P8UAOz/7P8AAMv/uf+v/7//0v8AAND/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/6//l/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/AAAAAAAA6f/q//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/1//T/9f/s/xQA+v/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABgA4//h/9z/6v/R/9z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/KwDl/+7/AADt/87/7//e/xgA6v/n//r/5f/r/+r/7P/s/+z/7P/s/xQA7P/s/9j/1f/m/9z/+v8oANn/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u//D/AAAAAOz/FADu/wAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAFADz/8f/xP/M/8H/wf/7/wAAAAAAAAAAAAAAAAAAAADl/+r/+v/1//f/AAAfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/woAx//e/93/z//V/8v/DwDs/9j/6v/p/9r/AADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v8kANT/2P/c/9b/2P/V/ycA+v8AAAAAAAD6/9n/8P8ZAOb/5P/n/+r/5f/n/+f/FQAAAPj/AAD4/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAAAAAAAAAD0/wAAGwDb/+//8v/s/+z/AADs/wAAAAAAAAAAAAAAAAAAAAAUAO3/7f/u//j/7P/s/+3/7P/1/+3/AAAAAO3/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/6//n/+v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+b/7P/s//j/FwD1/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/xQAAADs//b/6//q/+j/3/8AAOL/o//Q//b/vP+e/wAAAAAAAAAAAAAAAAAAAADS//P/EwDN/9j/3//b/wAA4P/6/+b/9/+z/7v/DwDp/+D/7P/r//D/FQDq/+T/6/8AAAAAAAAAAAAAAAAAAAAA4f/3/8H/w//N/9X/uv8oANP/AADe/+f/5f/c/+v/7//Y/xMA3f/e/wAAvf/m/+b/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAATAAAAAADs/+z/7f/z/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAAN7/7v8oAOL/7//Z/9v/4f8AAAAAAAAAAAAAAAAAAAAAFADt/+3/7v/4/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//7f/s/+z/6/8VAO3/7f/h/+j/5P/Y/+v/3f/s/x0AFADt/+7/7v8AAOf/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/3//X/7v8AAPf/8f8WABcA8//u//n/9v/r/+z/7/8UAO7/7/8AAPv/7P/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/pv/C/87/tv/w//D/8f8uAN3/2f/U/9//0f/O/9b/6v8VAO//7P/v/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAfAN3/3//a/97/5f/j/9v/FQDj/+n/9f/v/+H/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKwDU/9r/5//f/97/2P/S/wAAAAAAAAAAAAAAAAAAAAAaAOb/4//v/+z/3P/h/+r/JQDk/+X/+f/4/+3/3//n/9n/5//g/+v/6v/q/xoA6P8XAOv/6//q/+n/6f/n/+v/FgDq/+r/8P/r/+z/6//r/+z/7v/s/+//7f/s/xQA7P8UAO3/7f/z//n/7P/s/+z/FQDy/+z/8f/v/+//7P/t/xQA7P/s/+3/7f/s/+z/7P8UAO//7//t//H/7P/s/+z/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAACgDs/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/y/wAAAAAAAPX/IAAAAOX/3//h/+f/7P/f/x8A3//Y/97/4f/a/93/2f/Y/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgDd/+P/3v/g/9j/0f/O//v/AAAAAAAAAAAAABAA+v/v/+3/7P/2//f/7P8UAO3/3//n/+j/7P/s/+z/GADr//X/+P8AAAAAAAAAABAAAADT/9H/3f/Z/93/5/8kANn/8f/t//r/FADu/+z/6//m/wAAAAAAAAAAAAAAAAAAAADt/xUA8P/1/wAA8//r/wAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/GgDm/+v/5P/q/+T/6f/s/xQA7P/u/+3/7f/s/+z/7//t/+z/9v/3/+z/FADt/+//7f/s//b/9//s/xQA7f/N/xsA6//m/87/2f/j/93/7P8AABQA9v8AAAAAAAD5/wAAJAAAAAAA9P8AANn/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAD6/+z/7//r/+z/9f/t/wAAAADt/xQA7/8AAAAAAAAAAAAAAAAAAAAA6//r/+X/FgDs/+v/6f/r/+z/7P/s/+z/7P/s/+v/FAAAAAAAAAAAAAAAAAASAAAA6//4/+7/+f8AAN3/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/H/+b/zf/d/8//GwDe/+n/5v/m/+3/7/8AABgA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/y/+7/FADs/wAAAAAAAAAAAAAAAAAAAADr/+n/8P/0//T/7v8WAAAA8f/u/+z/7f8AAO3/FAD2/1gA2v/d/9T/4P/N/73/4/8AAAAAAAAAAAAAAAAAAAAA7v/u//D/AAAAAOz/FADu/+z/7P8UAOz/7f/s/+z/7f/r/+r/4f/v//L/FgDp/+7/7//s/+z/AADs/+7/7f8UAOr/6f/s/+v/6v/s/xQA6//s/+z/7f/s/+z/7P8UAO3/JADT/+P/5v/h/93/1v/U/+r/6v/s/+3/9P8VAO//7P8AAAAAAAAAAAAAAAAAAAAA9f8lAPD/AAD0/wAA3f/n/+z/9f/t/wAAAADt/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//X/7f8AAAAA7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/8P/u/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8PAAAA6P/2/wAA8f8AAAAAGAAAAOX/6f8AAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAMr/xP/t//v/8P/r/+v/6//r/+z/6f/t/+j/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/s//b/6P/5/ykA7f/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/l/xQA6//s/+z/+f/4/+//AAAUAOz/7//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO7/7P/t/+v/7f8VAOv/7P8AAAAAAAAAAAAAAAAAAAAA3f/P/9//3P/d/yoA2v/a/wAA9f/3//X/+f8eAPf/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAADu//X/9v8AAAAA9/8ZAPv/+f/q/+v/7P/r/+z/FwDZ/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAAAAD4//P/EgDs/+z/7P/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/v//D/8v/u/xQA8f/e/9//6f/p//b/FADt/+7/+f/t//j/AAD2/+H/HwAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/y//b/7v8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//j/AAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAOr/0f8AANb/z//W/xAAyP8AAAAAAAAAAAAAAAAAAAAA7f/t/+z/8f/z/+z/FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/s/xQA7P/t//X/AADy/+z/7//n/+v/6f/r/+z/6P8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+3/7P/s/xQA7P/l/+T/5v8AAAAA6v8bAPX/7P/v/wAAAAD4//L/FAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA9f8AAO//FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/wAA+v/5/wAA5/8uAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA8f/3/wAAAADw/+7/8P/Y/+7/AAAAAAAAKADy/+z/AAAHAOv/7v/s/+v/2v/s/wAAAAAAAAAAAAAAAAAAAADs//D/7f/s/+7/FADs/+z/7P/s/+3/7P/s/+7/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAPf/AAD3/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADu/+7/8P8AAAAA7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5P/g/+T/3f/T/+f/GgDs/+//AADu/wAAFADu//v/HAD6/wAA8//3/+T/9v8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//b/7P8UAOz/FAAAAAAAAAAAAOz/AAAAAAAAJAAAAAAA9P8AANn/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAD6/wAAAADP/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA6f/o/+r/7P/s/+r/7P8AAPT/+P8AAOT/7v8VAOz/AADy//b/+v/j/+3/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAPj/FwAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/AADx/+z/7P/u/xQA6v/r/+z/6//s/+v/7P8UAAAAAAAAAAAAAAAAAAAAAADH/+L/GQDs/9f/AADG/83/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/9//1/+7/AAD3//H/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/GAD5/wAA+P/k/wAAAAAAAAAAAAAAAAAAAAAAAO3/AAD3/wAAAADj/+7/FQCf/5n/o/+x/9X/PAC5/+L/AAAAAAAAAAAAAAAAAAAAAO3/AAD4/wAA+P/m/+//FQAXAOn/6v/r/+j/6v/p/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/+v8AAAAAFAD4/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAFgAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7P/y/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2P/Y/ykA3v/X/9//2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/8//s/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8qAAAA+v/t//j/4/8AAA0AAADc/+3/7f/Y/9v/7P8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7v/t/+3/FADs/ycA2f/h/9z/6f/R/9X/4//T/wAAAAAAAAAA+v8wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAAAAAAAAAAAA5P/s/+v/FADs/+z/7P/s/+z/7P/s//T/7P/r//H/9P/n/wkA7P/t/+j/8v8AAAAA9v8hAOL/FgDy//f/8P8AAO3/6v/6/+z/FADs/+z/7P/s/+z/7P/v/xUAAADu/wAAAADz/+z/AAAAAAAAAAAAAAAAAAAAABwA+P8AAPn/AAAAAOX/AADX/8T/3//a/9//1v8AACUA9f/4/wAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/9n/4f/Y/9j/AADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//r/+f/6/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAuANf/1//X/+n/3P/U/9P/KADs/+7/AADw//H/2P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDz/wAA9v8AAOv/9//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/+f/5/wAA8v8XAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8v8AABQA7v/u/wAAAAAAAAAAAAAAAAAAAADo/+j/3//t/+z/6f/n/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+z/7P/s/+v/FADr/+v/7v/u//H/AAAAABQA7f/x/wAA9P8UAAAAAAAAAOz/AADt//T/9v/y/+z/AADx/xQAAAAAAAAAAAAAAAAAAAAAAJ3/rv++/9r/qP8uAMf/w//x/+z/7P8AAPX/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOr/7//s/+z/7P8VAOv/6/8AAAAAAAAAAAAAAAAAAAAAHwDR/9j/8P/1/+X/3P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9P/v//T/AAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAA8f/s/+z/AAD1/xQA7P/s/9X/uv/K/8//0v9EANb/1f8AAAAAAAAAAAAAAAAAAAAAAADt//r/8//y/wAA8/8AAAAAAAAAAAAAAAAAAAAAAADt//H/+v8AAAAAFAD4/+z/2P/r/+3/8//p/xcA6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAACwAAAAAA7P/s/+z/7v/t/xQA7P/s/+z/7P/t//L/7v8UAOz/7P/t/+v/7f/0//H/6/8VAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+v/z//L/AADz/wAA8f/u/wAA8P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/wAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8fAAAA+f/x//b/AADz/wAA+v/4//n/FADx/+3/1f8AAOv/4//m/wAAEADc/xYA9P8AAAAAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAA9P/u/wAA+/8AAAwA8//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/8//0//v/8v8VAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+7/7P8AAAAAAAAUAAAA8f8AAO//8f/5/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAUAOv/9P/1//H/4P/s//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/8r/MgDb//n/+P/k/+b/7P/s/xQA7P/s/+z/7P/s/+3/7P8UAOv/8f/q/+z/6//F/9//KQDR/9f/0f/Y/9b/7P/o/xQA7f/u/+z/7P/s/+n/6P8aAOz/6//k/+z/4f/q/+v/FgDs/+//6f/r/+7/3f/p/xoA0P/i/9z/6v/l/+b/AAAcAPn/AADt//b/+P/a/93/JwDg/93/2f/Z/+X/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P8UAOz/AAAAAOz/7P8AAPr/6P/6/+//3//O/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/woA7P/6/+n/EwDr/wAAAAAAAAAAAAAAAAAAAADZ/+b/7P/l//P/5f8mAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/AADs/xQA7f/Y/+L/+/8SANr/4v/p/wAA3v8TAOn/2P/q/+D/AADf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/xQA+f/4/+7/7P/s/+b/5//s/xcA3f/n/+r/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAADAAAAAAAAAAAAAAAAAAAAAAA6P/Y/+v/7/8AAOv/5P8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8bAOb/6f/W/97/5f/r/+z/AADr/+b/6//p/wAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FQDw//X/AADz/+v/AAAAAAAAAAAAAAAAAAAAAAAA6//w//n/7//u/+z/FQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6v/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/7v8oAOL/7//Z/9v/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+P/4v/k/+X/6P8aAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7P/u/+3/+f/v//j/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/6//p/+z/5//i/ygA7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/a/+z/6//s/+z/FwDs/xUA6f/r/+v/6//r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA8v/s/+r/7P/t/+z/7v/u/xQA7P/t/+z/3P/c/+n/2P8KANf/4v8AAAAAAAAAAAAAAAAAAAAAAADn/+v/6f/r/+z/6P8WAOr/AAD0//b/9v/6/xIA9//1/+n/6v/b/+v/5//c/+f/GQDi//X/7P/g/9j/7//M/wAA7f/u//r/7v8AABQA7P/v/wAA+v8AAAAA+P8XAAAA+//Z/+v/4P/e/+z/2f/h/x0A7P/s/+z/7P/s/xQA7P/s/+z/FQDs/+v/6//Y/+z/7P/n/+v/6f/r/+z/6P8WAOr/6f/t//b/AAAAABcA7P/5/wAAAAAAAAAAAAAAAAAAAADr/xQA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAA7/8AAO3/FADs/+z/7P/s/+z/7P8UAOz/8f/t/+z/7//t/+z/7P8UAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAADf/yIA7P/t//H/9//v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPr/AAAAAM//7P8AABQAAAD6/wAAAADP/+z/AAAAABIAAAAAAAAA7//0/wAA5v/s/+z/AAD0/+z/GQDh/wAA7/8AAAAAAAAVAPr/AADs/+z/7P/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAD7//X/6P/x/wAAAAAAAOz/FADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/c/9j/5P/a/9f/2v8nAAAAAAAAAPv/AAAUAAAA7f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/+n/6v/r/+v/6//r/xUA6v/s/+j/FADt/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUANX/y//s//j/7//s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/s/xQA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAUAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+7/7f/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/wAA7f/Y/+v/5v/Y/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAO//AADw//H/7P/z/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAADq/+z/7v/q/9r/AADM/wAA+P8AAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAADv/wAA7f8UAOz/7P/s/+//8P/s/xQA7P/s/wAA8v/v//H/7P/s/xQA7P/s/+z/7v/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o/+3/3v/u/xcA7P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/9v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7/8AAAAAAAAAAPP/GAAAAAAAAAAAAAAAAAAAAAwAAAD7/wAAAAAAAAAAAAAQAPr/6//s/+z/6v/r/+z/FQDs/9n/5v/s/+X/8//l/yYAAADo/9j/4P/Z/+z/4/8XAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAPn/6//x/wAA5f/k/+//7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAv//J/87/rv/T/+P/LwDE/+7/1P+//xMAzP8AAO//7f8UAAAAAADt//T/8P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAA3P8AAAAAJwAAAPv/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7v8UAOz/7P/f/+3/7P/s/+v/FQDt/+3/7P8UAOz/7P8AAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADu/wAA6v/R/9T/0P/X/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwDl/9L/1v/T/87/1P/m/wAAAAAAAAAAAAAAAAAAAADa/9T/z/+8/+3/4f+n/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAPb/AAAAAAAAGgD3//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/m/+n/HADs/9j/2f/s//H/7P/s/wAA9f8UAOz/7P/s/xQA6f/o/+r/7P/s/+r/4//p/+z/7P8WAOf/4P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/+P8WAPT/8P/x/+r/8f8AAAAAAAAAAAAAAAAAAAAA1//e/+j/5v/1/9j/4f8nABQA8v8AAPn/AADs/+7/6v+t/93/4/+q/wwAFADa//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/FAAAAAAAAADs/wAA5f/f/+3/EgDs/wAA4f/T/+z/6P8UAO3/7v/s/+z/7P/r//D/+f/v/+7/7P8VAO7/AAAAAAAAAAAAAAAAAAAAAOz/6//r/9z/5f8AAOD/EADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAO7/EwAAAN7/2P/k/+v/8P/e/+P/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+X/2P8AAOf/EADZ/9r/AAAAAAAAAAAAAAAAAAAAAOz/8P/s//D/8P/q/xUA7P/x/+7/7P/t/wAA7f8UAPb/FADo//P/3P/m/9f/7v/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/6v/s/+b/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7f/2/wAAAAAXAOz/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//t/wAAAADt/xQA7P8AAAAAAAAAAAAAAAAAAAAAIADm/wAAAAAAAAAA4f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/5//j/7/8AABQA7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/AAAAAOz/7P/4/wAAAAAAAAAAAAAAAAAAAADs/+z/+v8AAAAA7P/t/xQA6v/T/+T/6//2/+b/HADu/97/LQDt//X/AAD4/9L/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+r/7P/l/+z/6f8VAOv/FAAAAO7/+P8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AADr/wAAAAAXAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/yoA3f/p/+v/4P/U/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAEwAAAAAA8f/3//n/AAAAAAAAAAAAAAAAAAAAABQAAAD6/wAAAADP/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/woA7v8AAAAA5f8AAOX/AAAAAAAAAAAAAAAAAAAAABMAAAD2/wAA9v8AAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6v/j/+7/8f8ZAOf/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8f/3/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAABwA+f/r//H/AADl/+T/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/l/+b/6v/o/+b/5P8ZAAAAAAAAAAAAAAAAAAAAAADs/+//7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA6//t/+v/7f/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAAD6/+z/9v8AAAAAAAAAAAAAAAAAAAAA7v8AAAAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+7/7P8AAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+P/3v/W/+X/0/8dAOb/6v/r/+z/6//r/wAAEwDs/+r/6//k/+n/6v/m/xcA6P/s/xQA7P/s/+z/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOv/8P/5/+//7v/s/xUA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/y/+z/7P/r/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADy/+v/6f/q/+n/7f8VAOv/7P/s/+z/7f8UAOz/7P/s/+D/JgDc/9j/2P/X/9n/5P8AAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAAAAPj/8/8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/n//r/6v/3/+n/HgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8A4v/Q/+P/5P/h/9H/3v/V/8P/2//a/+H/2/8+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA8v/3//D/AADt/+r/+v8fAOr/5v/q/wAA3v/b/+v/6//s/+f/FADr/+r/2f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/+v/7/+//AAATAPj/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAADt/wAAFAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//7f/s/+z/6/8VAO3/7f8AAAAAAAAAAAAAAAAAAAAA6v8WAOv/6//m/+z/6//s/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//v/+3/8f/s/+z/7P/z//v/8v/v/wAAFAD4//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAATAAAAAADx//f/+f/u//j/+f/t/wAA6P/r/xgA6P/u/xQA7P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAA7v8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAAAA7P/0/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//l/9r/6P/o/yAA4//k/wAAAAAAAAAAAAAAAAAAAAD5/wAA8P8WAAAAAADq/wAAEwDd/wAADgDZ/9X/2P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/s/+z/AAD0/+z/GQDh/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/7P/s/+3/7P/s/xQA7P/t/+z/7P/t//X/7//z//r/+//3/xcA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/xQA7v/s/+z/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/8f/s/+7/7v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6//s/+z/7P8UAO7/7P8AAPn/AAAAAO//AADt/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/8H/4P/X/9X/AAAQAOD/AAAAAAAAAAAAAAAAAAAAACkA6f/t/9j/6//b/9j/2f8VAAAA+P8AAPj/7P/r/wAAFgDp/+7/AADu/+X/5v/r/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO7/6v/r/+z/6//p/93/FQDu/xQA+P/x/+z/7P/s/+z/7P/r/+z/6//s/xUA6//s/+r/5//p/+r/6v8XAOr/6f8AAAAAAAAAAAAAAAAAAAAA9P/s/+//8P/t/xQA7f/t/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/u/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9j/5//s/9v/GgDp/+v/7P/s/+z/7P8UAOz/7P/s//H/7f/6/xQA7v/s/+v/5v/y/wAAAAAAAAAA+P/z/xIAAAD7/wAA0v8AACoA9f/b/wAAAAAAAAAAAAAAAAAAAAAAAAAA9v/5/wAAEQD7//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/q/+v/7P/6/xcA7P/r/xkA5//o/+3/AADx/+b/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//t//X/7v8VAOv/6//r/xYA7P/s/+T/6//n/+r/7//t/+z/9v/3/+z/FADt/wAAAAAAAAAAAAAAAAAAAAApANj/2f/c/9r/2f/X/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADx/+7/7P/t/wAA7f8UAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/7P/s/xQAiv8+AOn/hv/b/6D/+f/T/9L/yv/N/9b/tv8AAAAA2f/l/+r/5//r/+z/FQDr/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/6f/r/+v/6//s/+v/6/8VAOr/6v/r/+r/7P8VAOr/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/7P/W/+T/6P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAN3/2//1/+P/8v/o/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/93/7f/q/9z/8P/r/xYAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/9v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+3/7P/s/+z/0f84ANP/yf/V/9b/xf/Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+v/6//t/+j/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAML/AADg/+D/4P8AAND/1v8AAAAAAAAAAAAAAAAAAAAA7P/u/xQA7f/t/+z/6//t/wAAAAAAAAAAAAAAAAAAAADs/+3/7f/y/+//7P8UAOz/yP/Z/9j/4P/e/wAAAADX/wAAAAAAAAAAAAAAAAAAAADp/+T/5P/m/+7/4/8dANz/7P/s/+7/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOj/6v/Y/9v/1f8AAOH/1//Y/9b/2v8AANj/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAABwAAABUAAAAAAAAA+v/s/+//6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQAAAAAA+f8AAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+f/3P+p/8z/8v/q/wAAEAD4/+T/5v/z//r/AADf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+v/AADr/+v/7P/s/9T/6v8UAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/93/7f/s/+v/7f/n/+z/7P/t/+v/+v8OAOz/GQDV/+n/5v/w/+v/6P/g/xUA6f/r/+v/6//r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/xv/c/zEAzv/L/8n/yP8AAAAAAAAAAAAAAAAAAAAA6f8XAOr/7P/n/+f/4P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOj/6f/1//n/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA5v/q/+T/5v/q/+T/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xUAAAD0//L/7//q//X/y//i/+r/3v8AABoA6P/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgDa/9z/7f/o/9j/7P/Y/zQA1f/K/8r/3f/K/9L/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+f/7P/s/+z/7P/s/xQA5/8VAOr/6//r/+n/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAOX/3P/s/9z/4f/k/+j/3f/m/9b/6P/f/+H/4f8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//AAAAAPj/8v8UAAAAuP/h/97/yf/r/xMA4/8YABUA6//s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+v/FADc/9z/GADi/+L/6//r/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6P/5/+n/3P/o/+b/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA6//z/9v/7//Z/wAA7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/q/+z/5v8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+j/6/8VAOn/4//r/+v/4//s/+z/6//p/xUA6//p/+b/7P/s/wAA9P/s/xkA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/9T/GQDf/97/6P/n/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuP/k/+X/0P/Y//b/EQDd/9D/LADa/9f/1P/X/9T/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPH/AAAAAPP/7P/2/+3/AAAAAAAAAAAAAAAAAAAAAOH/4P/f/97/6//b/yEA1f8AAOv/7P/V/9z/6P8UANr/9v/w/wAAAADy/+z/FAAAAOH/1v/Z/9n/2//p/yIA4/8AAAAAAAAAAAAAAAAAAAAA6f/r/+f/6f/s/+T/FwDq/wAA8v/v/wAAAADs/xQA8P/n/+D/5P/m/+n/4v/f/x8AAAAAAAAAAAAAAAAAAAAAAMz/5P/h/+L/1v/m/9T/JADp/xcA6f/q/+n/6v/o/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/+P/if/O//D/yP/Z/97/7P/s/+z/7P/j/xQA6//s/+z/7P/s//T/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAACgAAAOz/7P/v/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6P+n/+H/z//H/8T/zP+5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/n/+7/6f/4/+L/IADk/+7/8/8AAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/GgDm/+v/5P/q/+T/6f/p/+v/6P/s/+z/6P8XAOX/zf/b/+f/4/8KANH/FQDI/+v/2f/r/9j/6f/X//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsA7f8AAAAAAAD0//D/9f8AAAAAAAAAAAAAAAAAAAAA1P/l/+D/0v/V/9f/1v8kANX/IADX/9b/1v/c/+b/5P+0/z8Arv+8/6b/1P+g/6r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAr/8SAOH/qP++/9P/8/8AANb/5P/m/9b/3P/X/yIA2v/I/8//0v/T/8//xv81ANX/AAAAAAAAAAAAAAAAAAAAAMP/DQDH/8v/z/8VAMv/wf/d/ygA0P+M/4H/AACs/8X/1v8vAOD/0P/H/9f/yf/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvP/i/9v/6//a/9f/3f8cAOz/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAFQDs/+//AADx/+7/6v/v/+z/7f/t/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADV/9b/2P/Y/9P/8P/X/9f/yP/X/ycAx//P/+P/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8YAOr/6f/l/+f/6P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//s/+z/7P/r/xUA7f8AAAAAAAAAAAAAAAAAAAAA7P8UAAAA7P/w/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADf/9//5P/i/+H/HgDh/97/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+z/6//u/+r/FQDr/7r/uv88AND/t/+9/+j/rv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6P/q/+j/6v/m/+f/GgDs/+z/7P/s/+z/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+v/5//q/+v/FQDs/9//4f/k//L/+P/a/ycA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/1f8iAN7/AADW/9v/DADN/9T/6f/T/9T/1P8AAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsf/Q/8T/sP/F/wsA8v8HAO//8//6/+7/AAARAPX/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/9f/0//X/7P8UAPr/9f/E/8v/yf/R/wwAxP/n/wAAAAAAAAAA+/8AAAAABwAAAA8AAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAOH/GwDp/+r/6f/o/+f/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/8L/NQDT/8z/zf/L/8r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//L/7f/r/wAA6f8FANf/4f/Z/+b/3v/l/+b/JQDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P/s//n/7v8AAPL/7P8UAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/9n/HQDn/+n/3v/l/93/sf/c/wAA+f/y/8T/EgCs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/5f/m/+X/5v/n/xoA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/1P/c/+j/5P/N/yMA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+n/FADs/8H/CQDr/8//tv/Y/wAAGgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+j/4P/v/+z/FgDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//P/7P/6/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA3v/W/+z/5//X/+r/2f8mANn/1P8hANT/1//Y/+X/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//b/+//s/+z/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAD0/wAAFQDj/+n/9f/v/+H/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6P/p/+r/6v/o/xcA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDl/+n/0P/j/+f/DgDn/wAAAAAAAAAAAAAAAAAAAAD1/97/HwD4/wAA8f8AAPP/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/r/+v/7f/s/+n/FgDo/wAAAAAAAAAAAAAAAAAAAADq/+z/7P/w/+7/5v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+3/8/8AAO//7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/3/+v/AAD4/ykA5v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/7P8QABkA5P/q/+f/4v8AAAAAAAAAAAAAAAAAAAAACwDl/+X/4f/g/+3/AADh/wAA3P/X/xUA5v/U/9X/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//b/7P8UAOz/7P/r/+j/7P/o/wAA2/8UAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//FADt//j/8f/t/+z/7f8AAAAAAAAAAAAAAAAAAAAA5P/b/wAA7f/I/+v/9v/P/7//xf/U/9X/x/8cAPX/xf8AAAAAAAAAAAAAAAAAAAAA8P8AAO3/AAAAABQA7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+3/FADs/+z/7P8UAOz/7P/s/+z/7P8TALP/2P/Z/9D/7//c/9H/7P8UAOz/7f/s/+z/6//s/+P/GQAAAAAA6P/2//j/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn//r/uv/p/6//+P+4/9L/tv/O/0gAq/+t/6//uf+9/wAAAAAAAAAAAAAAAAAAAAAZAO//5//n/+f/6f/n/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAxf+v/57/BQC5//n/+P8AAAAAAAAAAAAAAAAAAAAA6/8WAOz/7P/k/+v/5//q/+b/HwDi/9b/3//i/9X/5v8AAAAAAAAAAAAAAAAAAAAA5f/j/+P/6v/n/xcA6P/q/wAAAAAAAAAAAAAAAAAAAAC0/9T/wP/S/9v/9f+0/yEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAACwAAAAAA5//d/+f/4v/j/+T/IQDa/wAAAAAAAAAAAAAAAAAAAADY/9f/2P/n/+T/KADa/9n/AADs/xQA+/8AAPT/7//3/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/6//u/+7/6//r/+z/AAAAAAAAAAAAAAAAAAAAAPP/FADs/+z/7P/Y//H/6/8AAAAAAAAAAAAAAAAAAAAA4f8aAOb/4//o/93/5v/m/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/5v/k/xgAAADo/9D/6v/i/+z/7P/s/+z/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAw//x/wAAPwDz/97/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+n/FQDs/+z/6//q/+v/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADz/+P/6f/u//P/yf8NANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/N/+L/3//W/9n/JgDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+X/5f/n/+n/6/8YAOn/AAAAAAAAAAAAAAAAAAAAAOP/1//Z/9n/9P+c/9j/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/5v/s/+v/7P/r/+j/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/9v/2//r/EgD3//X/AAAAAAAAAAAAAAAAAAAAAPD/zv/g/9j/AAArAPT/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/9f/K/9n/5v/q/xUA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/X/+P/1f8AAOf/5/8ZAND/7//O/8//xv/Q/8v/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/2//g/+T/3v8bAOL/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/97/6P/q/+j/GwDY/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/Q/xUA6//o/+v/5//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9z/6v8dAOz/2P/Z/+r/AAAAAAAAAAAAAAAAAAAAAOr/6f/s/+v/6v/s/xQA6/8AAAAAAAAAAAAAAAAAAAAAFQDs/+z/7P/s/+v/6v/s/xQA7v/t//H/AADs/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6f/k/wAAAADq/xgA+P/n/x4A6f/n/93/5P/i/+X/AAAAAAAAAAAAAAAAAAAAAOj/6v/o/+n/6v/q/xYA5P/p/+D/4v8fAOL/5//g/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW//f/HwDe/93/0v/V/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/KgAAAAAA9v/d/wAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPT/AAAAAAAA9v/t//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDR/+b/8//0/+n/5f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/2P/d/9j/5//n/x8A5f8AAAAAAAAAAAAAAAAAAAAA2P8mAOH/7P/g/9j/3v/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAPr/FADw/wAA7P/2/+7/8//s/+3/FADv/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xUAAAAAAAAA9//t//v/7P/s/+z/7P/s/xQA7P/s/wAA4v/4/wsAsv+O/8T/v/8AAAAAAAAAAAAAAADf/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/7P/r/+v/6P8WAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/6//v/+3/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADy/wAA+f8AAOz/7v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6//r/+z/7P/o/+n/6//r/+j/3f/i/+z/7P/o/x0A0f8tAMj/vf8AAM3/0P/I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDq/+v/7P/r/+v/6f/r/wAAAAAAAAAAAAAAAAAAAADX/9f/2P/Y/xoA1P8AANP/AAAAAAAAAAAAAAAAAAAAAOv/FQDr/+z/7P/r/+r/6/8AABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9P/3P8mANP/0f/b/+T/AAAAAAAAAAAAAAAAAAAAACMA4//Z/8z/rf/f/83/0f8AAAAAAAAAAAAAAAAAAAAA1v8VAOv/6f/s/+z/6f/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/s/+z/7P/s/+3/5P/n/xgA5P/o/+L/6P/n/+X/HADn/+b/3P/t/+T/6P8AAAAAAAAAAAAAAAAAAAAA2//0/9r/1//Q/+H/DADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArv+g/63/+v8MANz/xP8AAOz/FADs/+3/7P/s/+z/7P/Y/9j/2v/e/9n/FADy/9j/7P8VAOz/7v/t/+z/6P/t/+b/FQDq/+3/5//s/+z/6v8AAAAAAAAAAAAAAAAAAAAAFAAAAO7/+P8AAOz/7P8AAO3/FADs//L/7P/s/+z/7P/r/+j/7P/q/xQA7P/s/+z/8//s/xQA7P/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt/+z/6v/2/+z/7P8XAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+j/3f/Y/xUA2f/N//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/U/wAAvf/k/9T/IQDI/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhANj/6P/r/wAA9P/c/83/6//s/+z/6v/r/+z/FQDs/+3/FADs/+z/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/r/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH//T/yf/S/8//0P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/O/9L/1v/6/9T/1P/q/xUA7//s/+//7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAADT/9H/3f/Z/93/5/8kANn/8f/t//r/FADu/+z/6//m/+z/7P/s/xQA7P/s/+z/7P/r/xUA6//m/+T/6f/q/+v/FADs/+z/7v/r/+r/7P/o/wAAAAAAAAAAAAAAAAAAAADv/+z/7P8AAOz/7v/t/xQAxf/O/8//2//Y/9b/KQDY/+z/7P/t/+z/7P/s/xQA7f8UAOz/7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s//P/7P/t//v/8//t/xcA7v8AAAAAAAAAAAAAAAAAAAAAJwDP//j/9v8AAOn/3v/n/+3/7P/u/wAAAADs/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDp/+r/6//o/+r/6f/n/wAAAAAAAAAAAAAAAAAAAAD2/xsA6/8AAPr/AAD6//r/LgDX/9f/1//p/9z/1P/T/wAAAAAAAAAAAAAAAAAAAADo/9v/6v/m/+T/HADn/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/HwAAAPn/8f/2/wAAFQDb//r/+v8AAOz/6//Z/ykA9v/5/wAAAADv/9f/9//q/8r/MgDb//n/+P/k/+b/zf/n/x4A2//j/9z/5v/i/+n/6P8aAOz/6//k/+z/4f8AAAAAAAAAAAAAAAAAAAAA2P8AAOn/8/8AAPj/zf/v/+z/7P/s/+7/7P/s/+z/FADr/+z/7P/n/+z/6P8VAOz/0//A/9H/1f/Z/9X/8v8mAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/f/9n/6f/k/+T/2f8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAUAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/g/+j/6v/g/+r/6P8YAO7/7v/s/wAAAAAAABQAAADq/+v/5P/p/+r/5v8XAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADu/+D/AADW/+P/1//C/wAAAAAAAAAAAAAAAAAAAADf/+X/2v/o/+j/IADj/+T/9f/v//P/+v/7//f/FwDu/+z/7P/z/xQA7v/s/+z/7P8dAMb/1//V/9L/DgDm/7r/3P/r/9P/1P/X/xwA2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/V/+H/6f/j/9L/+P+5/83/6v/v/+z/4//s/+7/0v/X//D/1//Z/+T/AADY/wAA3P/e/+v/6f/7/xcA6//s/+z/6//q/+z/7/8VAOz/6/8XAPP/7v/5//b/6//s/+//yf8MAOz/7f8RAM7/6/8TANj/3f/f/8n/3P/r/+v/FwDR//f/1P/B//P/wv/o/xUAuP/W/8j/1//E/zAA2P/Q/9r/5//e/97/6v/Y/8n/IgD3/9X/xv+//8H/2v/z/xAA9v8WAPr/AAD6//j/8v/7/+z/FADs/+z/7P/r/+z/7P/s/xQA7f/u/+7/7P/s/+z/2P/c//H/4P/t/+T/9f8RAAAA4f8UAOf/AADi/+b/6f/d//j/1P/H/9b/5f/s//b/+f/F/7X/vP+8//L/FwDN/+P/AADl/+v/AADa/9j/2/8IABAA7P/Q/7f/m//S/9D/4f/a/6r/xv/W/yoA6v/E/9T/GwDO/83/6f8VAMz/2v/Z/+r/6//t/xQA2P/r/wAA7P/r/+z/6//r/+z/FQDr/9P/6P8vAMf/0f/z/8n/y//W/+n/HgDc/9n/zv/M/9//7P/s/xQA6v/s/+z/7P/s/7v/AADG/7j/8P/h/+z/CAAPAPT/5f8AAAcA9//m//T/4f/l/8n/3v/1/+X/0v8bAM7/y/++/+L/z//L/+j/LQCV/wcA4v8MAMD/DQDD/7X/wf/O/+n/5P/z//n/MADb/8z/zv/6/xQAtv8AAM7/1v/K/9T/DwDe/+X/GQDX/9L/3f/k/+n/5f/l/xsA6f/l/wcA6v/r/9v/5v/2/+z/3P8AAMn/3P/P//X/6v/T//L/2P/Y/9j/5//r/wAA6f8AAOv/9v/w/wAAAADs/xUAAADY/+v/5f/s/+3/5f8ZAOz/AAAAANT/AADK/+z/uv/n/8b/3P/X/+v/5v/t/xEA2P/F/9r/AADv/xcA7v/L/87/5//y/7//t//M/8j/KACk/xQA+//v//X/AADs/+z/AADq/+v/6//t/+z/6f8WAOj/6v/0/+r/z//p/+v/y/8MAOv/+P/0/wAAAAD6/xYA+v/f/7z/yP+//8r/AAAdAM3/5P+0/9T/MAC4/wAA3f/d/wkA2f/j/9r/1f8GAOP/5//0/2H/8/+b/6H/BQARAMn/AADs/+z/7v/u/+v/5/8UACkA2P/Z/87/1f/i/8v/1/8RAPX/3f/a/83/+f/z/87/AADU/+j/6P/o/9j/2f8AAOn/6P/r/xUA6P/i/+v/6//A/ysA2//B/87/2P/R/9j/AADc/9//7P/T/wAA5v/p/+X/DgDM/+n/v//U/87/DQDr/9//GQDl/+j/5//q/9b/4f/o/+T/2P/r/93/7P8dAMf/CgDo/7r/+f+x//X/0v/5/+r/5v/q/+z/BQDl/+f/AADm/+r/3P/1/woA0//l/wwA+P/P/wAAAADX/wAA6//W/+z/4v/f/+L/FwDq/+z/GADs/+T/7f/r/83/5//a/+v/DwDr/+z/7f/r//X/6//s/+v/7f/x/+7/7P8UAO7/0v/b/wAA0v/N/xAA0f/5/8b/CgC+/9D/xP/1/67/t/+b/9P/9P+t/7b/IgDw/+r/6P/W/+f/6v/4/x0A3//e/8n/IgDE/8f/wP/q/wAAuv/Y/yoA0P/d/9H/2P/d/9z/of89AOL/x//B/8//x/++/8P/NwC+/83/x//X/8X/2v8cAOn/5v/m/+n/xv8AAM3/JgDs/+3/+v8AAO7/2f/s/xQA8P/z/wAAAADs/+z/8f/r/+z/8v8AAAAA9v8VAPf/BgDs/+7/AAAAAOX/AADz/9j/FADs/+b/7P8AAOr/7v/L/x4Aqv/R/3v/6P/G/+v/3P8AAOv/3P/b/9T/AADR/8//rv8lANf/y//T/8f/DwBBAMD/4f/x/+7/w/+6/+X/4f/0/+r/7P/v/+D/2/8nAOX/1v8AAMf/0//g/9P/BgDr/9//GQDl/+j/5//q/9b/3f8JANz/6//q/+v/AADl/+z/FADr/+3/6//t//H/7P/2/9f/8P/H/+j/z/8QAAAA5//o/+r/4P/Y/+n/2v8mAMn/2P+t/7j/ev8gAMr/1//X//D/1//Z/+T/AADY/wAAz//s/+b/3P/j/xIA+f/a/+T/2P/Y/xQA1//s/+H/AADp/+z/5f8AAOT/7P8aAOr/xv8kANb/zP+z/8f/xf8AANn/HADi/+n/6f/a/9v/6P/G/8T/xf/R/8P/DwD6/8f/1//Y/8v/8/8AAMX/xf8AAA4A6f/r/+L/2/8KANX/2//b/8X/wv/H/7X/DwAkAM3/CQD6/8L/wP8TAMP/wf/D/yoAyv/X/87/pv/Q/8v/+P/s/9//8P/s//H/FADv/+z/xP8gAMb/yf+s/6r/3f/o/+b/0v+7/63/IQD7/97/1v/U/w4A5P/T/xcAwv/h/+X/vf/r/8b/wv/5//r/EwDi/9v/1P/k/9z/1v/a/ywA4P/v/+n/7P/3//X/6v/s/xUA3//o/+n/7P/0/+z/AAAUAOD/zf/F//b/8//m/wAAAADk/3T/sP+K/+3/JQDO/+b/6f/X/xIA1f/b//D/AADq/9P/DwDX/+v/6P8AANr/EwDs/+z/8P/v//D/7P8UAOz/2//H/9r/0//Y/xAA+P/m/9v/2P/O/+v/5f/R/ysA6/8AAOv/7f/s//L/6/8UAPb/8//s/8z/7//c/8j/7v/L/+z/4P/Y/97/3v/g/w0AAAAAAAAA5//Y/+r/xv/W/+T/7f/t//H/AAAAABQA7f/x/+D/5P/0//f/9f8XAPn/5//i/+v/4P/t/+v/1//m/x0A0f/t/xYA4P/q/xEA3v/b/wAADwDi/9j/3P/r/9T/5//Z/9b/7v/6/wAAzf9BANj/5//6/xQA3//Z/+f/2f/s/6H/mv+x/xUAs//K//H/AAAxAJP/qf+X/wgA3f+s/wAAAADm/wAAAAAAAPf/7f8AAPj/wP+1/7f/9//P/6r/AAAAANT/1v8AANr/6f/V/97/BgARAKb/xv/P//b/y/+1/+3/vf/t/wAA7P8WAOf/2/8AAOr/6//s/93/CwDm/+T/AAATAOv/5v/c/wAAyf/e/9X/1//b/xcA1//z/8f/DgDt/xUA7f/z/+//7f/r/+z/AAAJANz/vP/Z/+H/pP/H/5z/9f/f/3r/kv/f/+r/BwAAANv/5v/e/+L/zf8AANj/7f/Q/7j/tv8AANz/n/8NAMb/rv8AAOX/o/+3/9H/AADp/+z/5f8AAOT/7P8aAOr/9//h/+v/AAD4/+z/GADq/xQA8f/u//j/AADw/+z/9f/T/9b/5f/c/+f/6f8jANv/6f/q/+z/7P/t/+v/FgDp/9f/8P/X/9n/5P8AANj/AAAQAMP/z//Q/9f/AADU/83/AAAAAMf/tv/T/9z/wP/y/yQA1//X/+v/0/+z/+f/+f/V/wsA8f+e/5n/3P+o/9v/zf8QAAAAxP/c//j/yP/M/93/t/+7/3X/mP8bAK3/9v/Q/9f/0//V/w0Az//L/w4A2f/g/+z/4v8MAOr/5v8AADIA2v/S/w4A5P+6/7X/6P/z//r/AAAAAAAA+f8UAAAAp//M/w0AIQCr/+3/qv/S/wAA+P/z//T/+//y/xUA+f/F/ygA0f/F/+D/1/8AAOD/7f8UAO7/+//y/+7/7P/t/7b/DQDJ/9D/6P/n/wsA0P/z/xYAAAAAAPX/AADq/wAA8//4/+z/+P/c/+r/4P8VAJf/9P/k/73/wf/3/9v/FADo//X/y/8AAOH/xf+7/xUA0f/B/8//5//Y//r/7P8GAN3/5P/p/+X/5f8bAOn/5f/C/8b/0v/Z/9r/3P+2/ygA1//r/wkA2P/e/9r/AADZ//n/GgAAAAAA9//5/+j/AADq/woA5P/p/9v/y/8KANX/x//K/8T/+P/E/yEA6//M//P/6v/Z/+f/AADm/xIA2P/U/+D/yv/d/8X/1f/X/y8AEgDL/9P/0v/e/7z/7P/Q/9H/5f/j/+r/4P8UAAAA4f/s/+3/6//r//L/FQDn/+X/nP+2//T/LwDb/+L/5P+P/9//6v/A/+v/2//q/x0A7P8AAN7/uv/Y/8j/r/8NAMT/3//K/+n/2/+6/+P/EADC/8r/CQDr/97/6/8UANv/5P/s/+v/6//r/+v/7P8VAOv/2/8oANv/6//o/wAAyP/c/+f/1/+f/5j/JwDp/9r/0//o/9L/0P/S/9r/7P8AABMA5P/p/9j/1/8UAOb/2P8AAN3/2//Y/+j/6v8XAOT/+P8LAML/1//Q/8b/1f8RAPj/yP/P/9H/1P/h/zUAwv/M/83/EwDq/8z/zv/I//b/1P/Y/9n/3P/g/wAA2P/n/wAA7f/S/7f/xP/o/8T/FgDL/9j/2f/c/+D/AADY/+f/AADX/xcA6//t/+z/2P/a/wAA+v/u/9n/1P/j/57/3/8iAOz/FADs/+z/7P/s/+z/7P/4/+r/7P/s/+z/6P8RAOz/5f/q/+v/5v/s/+b/FwDq/+P/6//r/9j/7P/n/xMAAADt/+z/7f/s//T/7P/s/xQA6//w/+3/AAAAAAAAGgAAAMj/1P/O/93/z//I/xoAAAAAAO7/AADz/wAA7f8UAAAADwDY/9b/2f/s/wAA6f/X/wAA6//D/9//+v8AAPn/z/8UAOj/6f/1//n/7P/r/+z/1v/s/+L/3//i/xcA6v/s/67/0//N/9D/jv8AABgA3f/s/xQA7P/t/+z/7P/s/+3/EADQ/9L/1f/W//f/yf/S/+L/2v/6/wAAAADy/wAAEwDt/xQA7v/7//L/7v/s/+3/6f+9/+v/6//h/+r/IwDu/9v/2v/X/9r/3//W/ysA3f/s/9r/6//d/xkAFADr/+f/0//b/8L/x//e/+T/EwDm//H/7P/o/+D/FgDo/93/2P8AALv/3f+8/+X/4v/u/8j/yP/i/+b/zP/L/8T/IgAAALj/0P8KAOn/zP/A/+n/2P/s/+z/7P/s/+z/7P8UAOz/4v/4/7H/8/8LAMv/vf/l/9b/7f+8/7L/qP/1//n/6v/V/8j/yP/O/9z/0f83ANj/+P8AAAAAx/++//L/9P/L/+v/4//F/+H/AADm/wsA2P/V/97/6P/k/9r/BQDr/xMA4P/t/9n/1//4/zsA6v/J/zwA1v/X/7z/xf/F/7z/4f9NAMX/v//F/8X/uP/U/5r/LQDE/+D/3v/U/87/CwDS/zEA1//C/8D/9P+h/7b/4/8dANP/5v/V/87/3f/1/+v/f//5/+H/vf/w/5b/9/8AAAAA6//L/9T/DQDE/9j/AADl/+L/7P/4//v/6v8dAPj/6v/o/9r/1//k/+D/HgDg/wAAAAAiAO7/AAAPAPL/5//s/+v/7P/w/+7/7P8UAO3/1//K/+z/1v/V/xoA5//s/9b/3P/R/+H/1//q/xIAAADX/9H/FADt/8P/0v/X/wsA3v/Z/wAA2f/e/9r/AADY//X/uf/4/8L/7v/K/wAAvv+9/+f/4P/k//r/z/8AAOn/t//s/+v/0v/s/xYA7P/W/9n/z//Z/87/1f8jAN//3v+9/+X/vP++/9X/t//U/0MA7P/r/+z/8P/r/+z/7P8VAOz/6//s//D/6//s/+z/FQDS/9b/6P/W/77/zP/h/zYA7v/p/+z/4f/1/9v/7P8WANb/2P8jAPT/AADY/9T/AAAAAOj/6v/S/9v/+P8HAOf/AAAWAOv/2f/n/+r/4P/V/9z/AADa/+7/AAAAANj/8//S/9L/z//k/+r/AAAAAO7/6/8bANv/1v/X/8v/2v/j/8//wf/Z/wAAxf/s/wsAyP/c/+X/2P/u/+z/IADY/+z/8v/o/+f/x//5/wAA0P/b/9r/0//V/+L/3f8LAMj/8v8uAOb/3v/I/+P/yf/O/+D/3P/Z/+X/2f8RAAAA3P/n/wAAAAD6/wAAAAAAAPj/FQDs/+z/FADq/+z/6//s/+z/1v+0/8j/NQC6/9D/1//M/woA6v/D/8D/1/8AAAAAzv/R/9T/6//s/9z/1v/n/yUA7P/p/+D/AAAAAOr/GAD1/w8Azv/Z/wcA4f/s/77/FQANABMA5v/z/+D/7P/s/+r/2v8gAOH/5v/g/9z/2//q/wAAFQDq/8//6//b/8X/6f/o/+b/5v/o/+P/GADV/+n/AAD0/8H/xf/I/9T/9//G/+T/GQDK/8//4f++/+z/+P/s/+r/5v/w/+7/7P/p/xUA6P/s/xUA3v/r/+j/4v/s/8X/w//K/xEAtv/y/9n/EgAoANT/yf/b/97/2f/b/9X/wv/4/87/wf/L/wAA8f/T/9n/BwDq/wAA8v8FANf/6//N/9b/KQDR/9D/BgDS/7v/0P/n/x0A0f/P/9X/yf/q/wAADgDU/+3/7v/Y//L/6//b/9z/7P/e/9r/IwC2/9j/3P8AAOv/4f+2/8r/7//a/9f/0//a/+T/zf/i/wAAIgAAANT/3v/F/9v/IwAAAND/5//n/8f/7P/l/9//AAAgAOz/6v/s/9j/7P/Y/yQA6f/s/+v/7P/r/+v/7P8VAOv/6//f/xsA5f/o/93/6v/W/9j/CgDY/+P/5//b/+T/AAD0//X/AAD6/9r/3f/N/9P/1//q/93/7P8AAPL/GQDn/+z/7P/s/+z/7P/q/xUA7P/X//D/1//Z/+T/AADY/wAAAADc/9z/3v/1/9P/DADp/wAADwDE/+j/8P+6/93/6/8AAPb/5/+t/wAA2//2/wAA7v8UAPH/+f/x/+//7P/t/8b/w/8rAL7/3P8TANn/tv/L/+z/FADo/97/EgDU/8f/EQDw/+P/yv/U/87/CQDR/+n/6//r/+z/7P/q/xoA6//n/xwA5//s/+b/5P/f/93/3f/R/+r/8f/h/+f/IQDf/+X/FADs/+b/4P/w/+z/6v/R/yEAyv/B/77/0P/q/9T/wv/F/9X/8v/p/ygAAADD/9X/1f+8/9j/4v8AABcA1v/g/+P/2v/v/wAAEgAAAPX/zv/j/9v/NQDX/9P/xv/U/+z/AADs/xIA7f/Z/9j/6//s//n/7v8AAPL/7P8UAPT/nf/J//X/4P+Q/zIArv/C/6v/wv8AAO//sP8YAN7/tf/G/7r/q//D/87/UgDA/7j/vv+m/w4A5f/5/8b/4//U/87/3f/a/+X/9v8OAOf/+//W/xIA1//v/9T/2v/o/9j/2f8AAOH/4//i/+X/AADb/73/rf/4/9//3P/t//T/9f8RAM7/0//E/9j/AADr/+3/AADr/+3/7P/y/+v/FAD2//r/+//V/+L/DQDt/9f/3v/D/8j/CwCz/8D/AAAKAM3/7P/s/+3/7P/s/+z/FADu/9f/+v8RANr/1//W/9X/1//R/87/8f8AAN//3v/u/97/IAD0/+D/2P/x/+v/4f8XAOb/7P/r/+T/7f/r/+b/FQANAMn/3v/N/yQA7P/H/7j/6/8GAN3/yf/N/9v/FQDk/8X/0v/n/+z/yv8TABIA0v/s/+z/7v/t/+z/7f8UAOz/3v/W/9T/6v/o/+L/IwDU//T/AADl/67/0//i/6n/EQDB/wAA6//M/9P/2f/W/wwA5v/r/xUA5P/s//H/8P/h/+v/FgDs/+z/7//s/9//6P/t//H/+v8AAAAAFAD4/+z/EwDK/+H/z//F/wAA2P/0/xcA6f/S/+3/7//T/7X/+//s/9n/BgDp//T/7P8UAOr/3f/k/+n/5f/l/xwA6P/l/+f/2v/f/+j/1f/6/9b/1f8XAOD/yP+9/+b/CgDh/93/AADn/9T/5//o/8f/BQARANj/2P/i/+b/AADj/xIA2P+2/8f/tf/5/xsA4f/s/wAA7P/s/+z/7P/t/+r/FQDs/8L/u/8AANn/2P/X/xkA3f/w/+r/8//s/+n/3P8VAOv/0P/o/w4A2f/Y//v/v//j/wAACADj/9n/2P8AALL/2P8AAMj/7//M/xMAx//G/+v/1P/r/9v/5P/L/zgAxv/W/9T/1v/k/97/6v/o/ygA3P/s/+z/7P/s/+z/6v8VAOz/3f+r/7z/qv/K/+r/uv88ANf/0P/f/9n/3P85AMf/3v+6/6r/9P+z/9r/DwDu/+//7P/r/+z/8P/r/+z/7P8VAAAA6v8AAO//7v/c/+f/FADQ/+v/7v8AAPX/3v8lAO7/2P/d/+z/4/8MAOj/5v8AAOj/2P/r/93/KQDl/8v/1v/J/9L/1v/P/8//6f8sANb/1f/z//b/AAD7//b/LgDm/9X/8//2/wAA+//2/y4A5v/B/wkAxf/E/xAAx//X/97/5v8fAOP/1v/f/+P/1v/m/+r/FwDi/+f/5//t/+r/6P8AABAA5f/d/9j/vP/i//X/2P8OAOT/5f8OAMr/2v++/+z/9//u/wAA8f/s/xQA8//X//D/1//Z/+T/AADY/wAA5P/r/+f/yP/r/yIA0//S/9//4P/o/+z/7//c/yEA2v+0/6X/wf/O/+7/sf8YAN7/5P8AAOL/AAAAAAkACwDe/+v/6//m/+//6//s/+z/FQAWAOj/6v/r/+z/AADZ/+z/CQDC/+r/6//j/8b/DgD4/7r/PQDT/+L/y//k/8P/wf8HAN7/2//j//f/6/8AAOb/4//s/+z/GADm/93/4//p/wAA1//r/+j/5f/g/9f/IQDF/xgA5/+9/9r/5/8RAOX/AADF/+3/1//j//n/1v/V/+X/0P/T/9f/1f8AAOP/AADs/+z/7P/s/+z/7P8UAOz/5//p/+X/3P/e/8L/FwDn/+n/6P/r/+j/6f/j/xgA5v/q//H/6//q/xQA7P/h/+z/2P/s/+z/4//5/xUA7P/s/+D/7f/Z/9f/+P87AOr/yf/r//j/9P8AAAAA+v8WAPr/6//4//T/AAAAAPr/FgD6/+r/6f/s/+v/6v/s/xQA6/8SAMz/5/8AAPb/DwDh/8j/zv/B/wAAtf/o/yUA5P/Z/87/4P/x/9H/y/8wANf/6P8AAMv/0f/Q/9H/8f/w/8f/1P8pANb/0//W/9n/1//U/73/MwDr/7v/4P/Z/9j/2//a/zkA6P/K//D/7v/X/8n/IwDS/9r/0f/c/+z/wP8GAOz/7P/w/+//8P/s/xQA7P/Y/+z/7P/u/+7/7f/r/xQA1f/6/9P/BgDc/7r/vf8iAB4A6f/T/1D/4P/K/+n/5f/s/+//9f/z//T/6/8UAPr/j//P/9T/n//S/+f/OACh/x4A6//n/+f/4//Y/9j/6v/e/9H/2v/X/+7/AAApANP/7P/s/+3/7P/s/+z/FADu/wAA7P8AAAAAAADY/wAAGgDs/+v/7f/x/+7/7P8UAO7/7P8UAO3/8f/t/+z/7P/s/9D/1P/I/+z/xP/5/9r/FwDr/9n/7P/A/+v/6/8AABMA2//V/+D/6P/m/87/GQAMANj/AADa//D/EwDY/9j/5v8HAAAA2f/c/9f/3f/k/9r/6//c/+H/EwDs/+v/BwDr/w0A7P/Z/5n/nf+s/6j/2P8AABMAz//H/9D/6f/v/9T/1//w/9n/xv8eAPH/tv/i//D/AADj/8P/yf+0/+j/+f/T//P/5P/a//b/5v8OANv/JQDo/+T/1P/X/+j/8v/W/+v/4v/k/+z/AADs/xQA6//N/wAAy//H/9X/GADW/+L/FgDB/wsA5/8AAMv/5/8AAPX/8v/v/9X/4P/F/97/DQDd//T/3f/N/wAAAADn/7b/1v/T/wsA1f/0/+z/IQDK/xIA7P/p/+3/7v8IAMz/5v/t/9r/6v/s/+n/2f/k/xYA9P8AAOL/4v/c/wAA1//R/+D/2/+z/wAArP/r/wkA+P8XAJr/rv+k/9T/3f/t/wAAwP8rANv/wf/O/9j/0f/Y/8z/TAC6/7P/o//M/6r/uv/q/xYA6f/q/+r/5f/r/+r/+/8zAMD/r/+a/9P/1v+9/9X/CQAAANT/zv/l/9r/5//f/+j/6/8UAO7/AADs/9z/FAD5/+r/8P8AAOz/7P/1//f/2P/b/9b/2v/M/xoA5//Z/wAA7f8UAOb/2P8AAOz/5f/Q/+b/HwDo/9f/7v/r/+v/7P/s/+z/7P/s/xQA7P/6/7j/2f/b/+b/5//Z/+7/9P/u/wAA+/8AAAwA8//o/+v/3f/s/+//7f/W/xcA7P8AAPH/+v8AAAAAJgDd/wAADwARAK//0v/t/7v/9//D/+v/5f/j/9//5f/o/xUA7P/Q/x0Ax//n/9H/AADW/+v/+P8PAJn/Zf+4/9v/sv++/7n/AACn/7T/HADJ/7f/5//S/wAA2P/Z/wAAxf8TALf/+/8RAAsAff+k/5D/+v+7//j/HAC//8n/pP/Q/9//1f+l/xIA3P/p//H/t/+t/8z/7P/q/+f/JgDq/+z/2P/r/+P/7P/s/xgA5v/d/+P/6f/r/+z/7P/t/+v/7P/s/xQA7f/o/+P/v//N/wwA3f/z/xoAzP/o/+j/9P/r/+f/4f/n/+z/6f/V/+P/2/8TAOf/3P/3/+r/FADk/+v/4P/p/xUA7P/v/wAA8f/u/+r/7/8VAOz/8f8AAPP/7//q//D/wv8mAOX/uv/Z/8P/w/8LAAAAAADr/+j/5//G/wUA6//4//n/4f8AAML/0v/X/9j/3v/f/9j/AADk/x0A2//W/6n/yP+8/wAA4//T/1AAzP/o/xMAAAAAAOj/5//Y/+v/4f8AANz/6//o/+z/4P8TACMA5P/Q/8L/5P/4/7r/xv/j/8b/0f/B/9P/+P8AAAkA1f/W/9r/8P8kAML/5//w/9X/AAC2/8z/BgDO/6//nf+2/8H/AADV/7T/7f/7/9n/GQDN/8j/0f/l/9f/EADX/8z/0f8AALv/yv+u/yQA0P/s/+z/7P/u/+r/6v8aAOz/zf/i/xkA2//Q/+X/AADS//b/FgD6/wAA+v/4//L/+//D//n/zf/N/9P/yf8NAOD/9v8WAPr/AAD6//j/8v/7/+z/7P/x/+b/8v/7/xEA7P/O/xkA6//q//j/6/8HAPX/4v8AAO7/7/8UAOz/6v/p/9T/AADD/9X/z/8aAN3/1/+v/9P/7P/C/8f/2P8WAND/CwDZ/9H/zP/O/9f/EwDk/wAAEgAAAAAAAADq//j/AADe/9X/5//j//T/z/8xAOn/AADk/6n/7v/g/6v/8f+f/8r/2P/V/+L/yv/J/ykA1//W/7L/EgB+/wAA0P+S/93/2P/b/9T/AADU/9D/EwDm/8L/xf++/9H/7P8vANL/0//d/9v/1P/l/9r/4f8mAND/7P/r/+z/8P/u/+z/FADt/+L/wP/G/53/pv+6/zgA1v/q/8P/3P/b/9T/0v8lAOv/6f/Z/+v/5v/q/+D/GwDt/9v/3f/Z/87/zP/i/ycA1P/s/+n/4P8AAAAA6v8YAPX/zP+z//f/7P+q/xEAJQCP/xQA8P/k/9X/7P/s/+r/6v/w/+f/5v/e/xQA9v/T/9X/3f/c/wAAlf/L/+//zP+5/+7/7f/v/+//8f8UAOz/7f/c/xQA4P/P/xIA4P+x/9P/CwDg/+P/0P/Z/wAAz//2/+z/7P/s/+z/7P/r/xQA7P/W/+H/EwDt/+H/2P/t/9r/AADo/+z/AAAAAOP/GgDk/xUA6P/n/+T/5f/s/9j/8//K/+v/EwDp/+r/1f8AAOz/uv+8/woA1v/a/ysA2v/O//L/1f/m/+D/8P8ZAND/1//W//H/0//U/xQAAADP/+v/5//d/+H/0f/j/+P/JQDU/wAA1P/m/6n/tv8AAOn/+P8AAOz/AAAAAPf/6/8AABQA5//q/wAAFADl/wAA6f/d/xQA7v/t//P/AADv/+z/8f8pAOn/y//l//j/5v/h/97/AADV/8P/2v8AAAAA7f/q/+X/3v/J/9z/if/r//P/1//P/+b/1f/Q/wAAxf/m/xEA4v8WAAAA5v/l/8z/0v/p/wAAAAAAAPf/4P+3/wUAAADT/9b/5f/c/+f/6f8jANv/GADh/+n/7//0/+v/5//r/97/1v/U/+r/6P/i/yMA1P8PAOP/5/+r/8L/AADH/87/DgDP/9j/2f/a/9//3v8AAL//3f8PANT/6v/s/9L/EgAAAOz/3f/u//D/7P8AAOz/3f/a/xEA+//l//r/AADm/9n/AADw//j/AADW/+X/JgDs/xUA6//G/wgA7P/q/+z/7v/5/8b/6//m/+f/zP/U/+T/6P/p/+r/5f/S//D/IAD7/8z/5P/T/9n/6v8lAOX/AADm/9//8//h/wAAv//X/+j/5v/m/+j/4/8YANX/6f/s/+r/FQDg/+z/yv/s/+z/5f/i/+z/+P/7/+r/HQD4/ysA4f/h/+X/5//X/9T/2P/r/+z/FADs/+z/6//m/+3/EwDM/93/xf/r/+n/FADs/+3/8f/6/wAAAAAUAPj/7P8AANT/0//U/9X/1P8AANH/6P/K/93/1f8dAPH/1/8SANv/rP8kALL/w//v/+b/9v/o/9X/8P/2//T/6P/s/yAAGwDI/9z/4//l/xgAvP/T/xgAAADj/+j/2P/j/9b/xf/V//f/yv/X/9b/wf8nAND/5v/a/9L/EwDr/+r/2P8AAAAAIQAAAAAA9P/o/wAA8v8WAOz/6v/p//n/2f/q/+T/tv/j/9P/AAAZAMb/AADd/xsA1//i/97/zP/6/9b/6f/C/8n/AADS/9n/4//Y/x0A4P/1/+P/9P/q/xYAzv/p/wAA7P/7//L/8P8AAOv/FADV/wAA+f/b/6H/6v/R/9r/6f/e/+T/IQDT/97/1//Y/9v/JwDc/+z/5/8AAMj/3P/R/xQA0v/O/+v/2//v/+f/7P8nAO//+P8AAPr/3/8AANz/2f/g/9T/0//C/ycAy//Y/9n/AADn/+7/DQDZ/9f/7f/t/+v/7f/s/xUA7P/q/7//vP9IALn/x/+y/8H/wv/W/+z/4v/f/+L/FwDq/+z/IAAAAOf/3v/g/9f/tv/i/8j/2f8AAAAA0//W/+H/9P+7/9z/3f/t/9L/q/8oAMn/FADY/+b/2P8AAM7/6v8AAN//AADk/+T/4//j/wAA4v/s//n/7v8AAPL/7P8UAPT/IADq/9v/6v/p/9P/2P/n/9D/2P/b//n/AADA/xcA4//g/8v/+f/j/+L/0v/w/xsAp/+n/xMAAADa/7H/xf8dAMH/x//Z/9n/0/8KAOr/CQDl/+7/6/8MAAAA1P/m/+7/1f/s/+j/6v/o/xYA6f/s/7//2P/j//X/8/+3/xkA1f/X/yoA0P/c/9H/2P/d/9z/6f/Z/yIA5P/t/9//4v/u/+//3P/j/x4A6f/X/8r/6v/Y/wkAo/+u/7j/1P/q/xQAyf/g/xgA9//D/+n/1f/v/9T/1//c/9b/AADM/wAABgDp/9D/7P/G/8f/9v8NALj/zf/K/9f/w//O/wAAHgDJ/+z/3v/R/+b/6/8AAAAA2P/p/9P/1f/i/93/4/8dAOv/5/8IALX/yP/G/+3/6f/m/9j/FgDq/8z/6/8AAMf/7P8ZAOz/6//s//L/0v/U//r/AADs//n/6v/s/xQA6//q/9b/7P/i/9//4v8XAOr/7P/N/+z/4P/o//b/IADu/+3/1P+0/wAA4//j/9j/CwDU/+z/4v/t//j/AADr/xQA7P/i/ysA7P/s/87/4f/a/yUAHQC7/8b/7P/T/9H/6//j/8//0P/5/wAA8f+9/+H/PQAAAN//4f+9/9//7P/Q/w8A5P/o/9j/JQDS/87/AADU/9j/AADe/9n/2P/M/yIA3P/s/+z/7P/s/+z/7P8UAOz/7P8UAOz/7v/s/+z/7P/s/wAAvv/S/8v/x//O/w0A0f/f/y8A4//c/+X/4v/g/9D/qf/U/8L/lP+6/zcArf8AANf/2f/k/87/7//f/ykA1P++/+v/AAC+/8j/JQDO/8X/uv/X/67/xP/c/yUAwv/m/9j/5f/o/+n/1P/b/xkAAADP/9b/AADb/9n/v/8PANj/7f/s/+3/8P/u/+v/FADt/+D/vv/J/8X/3v/n/x0A5//r/+v/5v/w/+v/7P/s/xUAKADp/87/zP/R/9n/y//G/wsAAADi/+f/rv/G/9v/CAAAAOz/6v/r/+r/2//p/w8A1//J//j/uP/B/wAAEwDm/xQA2P/Z//H/AADt/+z/6v/Z/+D/7P/i/wwA6v/m/wAAAADx/+7/5f/z/+v/2/8UAOz/1v/Y/+v/7P/s/wAAFAD5/+r/FADz/9b/2//U/+n/7/+//9z/4f/Z/+n/IQDF/xAA2v/d//b/6v/q//H/2//g/9P/wf/U/8n/0/8GALv/IQDg/+P/7//u/9n/5f/p/+j/7f/r/93/iP/f/73/yf/t/+L/9v8AAAAAAAAxAAAA0f/X/yEA4P8AAM7/9P/F/63/1f+1/+f/vf+6/0IAuv/Y/9n/6f/Z/+7/3/8nANr/yP8AALP/5/+y/9r/0//a/+r/HQDV/9P/0//G/93/4v/r/wkA3P/j/+n/2v8AANz/1f/X/9j/0//v/9L/IgAAAPb/EADZ/9D/sv8IANz/AAAAAOv/7P/r/+3/BwDr//r/u/9WALz/xf/e/7v/uf+v/97/0/++/9b/5f/s/wsA7/8QAM3/4f/j/wsA4P/D/+b/FADa/9f/7f8AAPH/5f/u/83/4v/s/9z/2P/q/+T/GQDy/+X/6//s/+b/2P/p/yIA3v8qAOT/+//p/9j/6f/3/8//6P+r/6b/QgCX/+f/zf/E/7T/1v/Y/9j/AADY/w4A+f8dALL/mv/h/6T/+//Y/9P/rv/y/8P/1v/u/z8ArP/n/wAA4//x/9z/BwDj/+7/0f8AAOb/+v/1/wgAAADd/5v/CgDC/+v/3v8HAOf/6//S/zQA2//Q/97/0//V/8L/1f/m//n/2P/q/83/IQDp/xoA7P/Y/+X/7P/r/9T/0f/f//X/EgDf/+n/4f/7/+n/JAAAAO//AAD1//T/3/8AACMA6P/l/+//+v/Y/+n/yP8AAOf/3v/k/+n/xf8YAMT/5P/r/+z/7P/m/+v/HADs/wAA6//p/+z/1f/e/xIA6f/k/9j/3f/Y/w0AJgDY/9b/8P8AAPH/BwDk/+L/5P/A/wAA1f/d/+z/6//P/w0A4f/S/y0A3v/l/+T/0P/Y/9//1//k/+b/8/8AALv/EwDv/+H/5//a/+n/5/8fAOP/5P/A/w4Ayf+f/+b/nP+0/xcAzP/P/9b/2f/r/7//2P8qACkA2v/j/97/8P/X/9j/1f8AAN//4P/v/wAAEwDl/9r/3v/W/9T/6v/o/+L/IwDU/xQA6//s/+v/7P/p/+r/9P/D/wAA3//r/7v/vP/s/wAA6f/s/+X/AADk/+z/GgDq/+//GgAAAPr/9//2/9//8P8cAAAAAADz/wAAAADy/wAA1v/q/7//5//m/+L/HgDY/9P/4//q/8X/3//J/yoA5//k/8z/4v/d//T/1v8RAOv/6f/o/+v/FQDo/+L/6//r/8n/CwCs/4L/tf/l/w0A9f/s/+z/7P/t/+z/7P/s/xQAGQDP/8z/wP/O//X/3//r//b/7P/s/+n/2/8UAOv/6v/5/xoAAAAAAPf/+f/o/wAAv//L/6H/VQCt/5f/t//g/+P/7P/s/xgA5v/d/+P/6f/H/+T/1v8/AN//2f/F/9T/4P/b/+P/HQDm/+X/4v/o/9n/BQDY/83/z//L/wAA2f/g/+z/7P/t/wAAEQDs/9X/z//I/+H/2/8QALT/0P8AANH/4P/I/5n/mv/0/w0A4/8LAPX/0v/D/7n/v//z/wgAxv/q/9L/3f/1/yEA4//E//D/7P/s/+z/7P/Z/+z/FADQ/7P/5P/u/9f/if9XALX/1P/l/+j/7P/h/wAAEgDk/9r/2//n/97/5v/r/yQA2v/Q/9H/1f/U/9X/3v8vANL/9v/Z/9P/0/+4/wwA5f/a/8r/BwDV/wAA6P/g/wAA+/8UAO7/7f/z/wAA7//s//H/sv/W/+v/tP/E/+7/7v/4/9n/4//Z/9f/6v8rAM//yP/P/+T/9/8IAOT/6//W/w4ADADU/+D/wv/j/+j/uv8OAOz/BQDs//f/4P8UAOz/6/8QANj/6v+8/8f/3v/6/9//6P/s/xQA3P/s/wAA6v/Y/7L/yf8wALf/tf8cALr/u//l//T/7P8UAOf/BQDU/+v/xP/P/+r/yP/F/zEA0v/C/93/EgCx/5r/vP/p/+7/wP/D/w4A3v/s/+3/4v8AANf/9P8AANL/v/8GABQA2v/k/xIA7P/w/wAA2P/s//j/4P/s/+z/7P/s/yIA7P/s/9j/1P/J/9z/0f/P/+L/MQDU//f/4f/r/wAA+P/s/xgA6v/X/9f/LADQ/9n/5P/O/9T/6//s/+v/6//t/wAACwDs/+z/6P/g/wAAAADr/xcA9f/v/xUA7f/3//D/7f/s/+3/mP+1/93/3/8AANj/AADN/+z/7P8AAAAAHQDv/+z/9f8AANj/6f/n/9z/JgDJ/9n/AAAiANz/6v/b/9j/0P/m/+D/5P/s/+v/6v8AAOz/DADu/+z/8P/v/wAAFADs/+D/6//s/+z/7f/r/+z/7P8UAOL/xP/O/9L/yP/E/7//JAAkAL//3P+k/6H/rf8AAPj/3v/w/8j/8/+//+//3v/6/xQA6//r//f/7P/s/+v/7P/V/+D/2v8AAOT/7f8UAOL/1v/W/9f/6//o/9j/CwAAAMj/yP/r/9j/7P8uANj/yv/Y/9j/2P/Y/+j/AAAAANj/1f/z//b/AAD7//b/LgDm/+z/7P/v/+7/7//s/xQA7P/q/9//2P/a/+v/EADY/wAA1f/a/9T/7P/T/+f/7P8XANH/IgDP/8D/wP8AAOT/0//Z/wAAFADs/+3/6P/e/+z/s/8kAMf/q/+5/97/w/8AAOr/9P/q/93/5v/q/xUA5v/p/9f/7P/u/wAABgAJAO3/9P/y/wAA+/8AANj/9v8oAOz/9f/3//T/AAAAABQA8v/m/9H/3//3/9j/7P8VAOb/1P+d/6P/tv/K//L/6f/Y/xcA7P/0/wAAAADL/9v/CADs/+z/7v/s/+z/7P8UAO7/wf/b/6v/HADH/7j/JADO/+n/6P/r/xUA6P/i/+v/6/8AAAoA7v/r//r/1f/T/+X/CwAQANT/1f/P/+b/3f/C/0AA1f/a/93/5//Q/8P/1//L/9H/MQDE/9f/2P/R/9P/yf/4/+D/5v/p/+r/AAAAAPD/3f+x/7r/CwDN//b/sf8UABAA7P/x/+H/7P/Z/+j/6//4//T/AAAAAPr/FgD6/7//5v/2/9b/5P8gAPP/0P/k/+j/5P/j/+L/6/8cANz/AAD4//P/9P/7//L/FQD5/7j/7P+//9//4f84AMb/2P/d/ygA6P/1/9L/2P/e/9j/zP/s/8r/5f/X/8X/zv8oAOb/CADd/9b/1P8nANT/yv/Q/9//5v/S/y4A1P/h/9T/wv/R/wsA3v/L/9T/1P8AABQA7P/Y/+z/6v8AAOH/3f/d/9H/xP+k/7b/GwAZALb/AAAZAAAAAAD6/+3/AAD6/9b/1v/U/+r/6v/5/xUA1//p/+j/6//o/+n/4/8YAOb/8P8AAOr/AAAAABMA7v/0/wAACQDX/8r/1f/E/9X/1/+6/8v/y//g/9T/HAC8//T/1P/Y/93/3f/Z/wsAAADt/w8A2v/b/+T/4v/q//X/1f++/8r/zv/D/9T/xf83AND/AAC6/8L/j//f//f/x/8JAAAAuv8AAK7/wv8AAMj/3P/s/8j/EgDo/wAA4v8AAAAA5P8aAOj/5//p/+n/0P/q/+T/GgDo/+f/6f/p/9D/6v8AAPL/8//S/+T/6f+X/+P/9P/x/7X/nv+r//L/v/8AAOz/7P/u/+z/7P/s/xQA7v/P/0MAr/+i/6X/1P+7/+f/7P/o/wAAAAAYAO7/7P8AAOT/GgDo/+f/6f/p/9D/6v/B/+f/3v/u/97/1v8pAK7/7P8UAOz/7f/s/+z/7P/q/9z/6f/p/8f/1P/L/yAA4//x/wAA9f/H/9n/6P/J/xEA3//W/8T/EQAAAAAA3v/a/+D/5v/a/+j/6P8gAOP/5f+6/8X/rf/k/wAAPwDj/+z/1//s/+z/7P/t/9//FAD2/93/vf8pAKX/qf/1/9f/5/8AAOn/6P/Y/+z/AADZ/9n/AADa/9b/zv/n/+X/4v8SAB8A6f/g/+H/5v/Y/+X/AADu/+//7P8AAPb/7P8UAO//FADu/+3/8v/6/+7/7P/w/xQA7v/t//L/+v/u/+z/8P/m/8P/vf8SAOz/+v/y/+X/yP/f/wAAzv8JANv/0/8AANT/4v/p/+n/5v/W//j/EAD2/8//5f/V/9T/vP8AABQAz/8TAOz/7f/u/+v/AADs/6//CQCR/6L/of+q/wAACQDl/+H/5P/l/+r/4/8hAN7/KADW/9X/1f/F/+r/zf/V/xQA+//v//X/AADs/+z/AAAAAOz/8f8AAPL/2f8AAO//zf/j/9r/4P/Y/8j/3/8jABQA6v/u/wAA7f/t/+D/2P/a/7r/5P/x//T/9/8AANf/4P+d/7v/qv+W/wAA0P/6/9T/uf/V/7D/zf/2/9v/GADr/+z/5v/w/+v/7P/q/xUAw/8LAL//yf+x//H/t/8JANP/5f+2/xIAyv8IAOb/GAAYAOv/4//i/9n/6P/Z/+v/zv/c/9j/AADr//n/lP+g/+n/7P/l/wAA5P/s/xoA6v/x/+3/7//v//H/FADs/+3/8f/u/+v/8f/5/xUA7//r/+z/FgDs/9v/7P/r/+v/4//s/xYA7P/S/+z/6//r/+b/5v/w/9v/5P/4/ygA7f/e/7H/u//r/6T/m//4/5T/GADp/+j/AADe/+H/2P/T/xQA+//X/+v/AADn/7z/EgDY/9b/yv/W/97/1/8qAN//2P/o/+z/7P/t/+z/FADs/+z/0//S/93/2P/c/+z/FQDR/xMA7P+5/8P/tv/u/9r/xf/r/9//GQDl/+j/5//q/9b/AADV/8H/AAC0//j/5P/b//n/AADI/8b/2//g/9X/zv8KAOn/4f+8/9X/yv/U/woAAADR/8b/6P/s/+L/uP8ZAPP/1P/k/+r/2P8GAML/8f+2/xEAyP+v/8X/pv+3/w0A2P8AAA0A2v/t/9n/zv/a/+H/1/8KAK3/tv/4/9v/8P/m/9n/6//t/+z/IgDg/9j/4//e/+r/4//K/+j/7P/e/+b/4//c/97/2P/p/xEAAACp/8T/x//V//b/BgAAAAAA6v8UAOv/7P/s/+z/8v/s/+n/5//e/+T/5v/N/xoA6f/d/ykA6//N/97/6P/Y/+L/2/+9/+P/7v8aAA0A3P/P/+z/FADs/+3/7P/s/+z/7P/H/wAAzf/A/9//0f/r/w8AxP/l/8H/yv/U/wYA6f/V//b/zv/T/9//z/8UAOT/6v8AAMv/1f+m//f/yP/u/yUA2P/a/+z/3v8AABMA7P/m/9j/7P/l/9j/8/8AAAAA8P+w/9L/xP+6/8f/6v+//ygA6//1/+//7P8AABMA9/8AAN//7f/V/97/6/8AAPP/4f/s/9z/6v+2/9j/AAAAAMr/4P/0/9v/3P/V/wAAAAC3/9//sf/y/+T/s//H/yIAy/8iAOr/7f/0//D/2f/s/97/IQDq/+3/6//x/+j/7P/e/yUAuf/L/+r/zv8AAPP/xP/s/+z/7P/s/+z/6v8VAOz/1P/Q/9n/0//g/+v/+/8MAND/wP/S/9P/zv/N/z0AAADc/9b/1//T/9j/4f8oANv/2P/a/97/JQDD/7n/7P/j//j/4v+j/5r/GwDF/9z/6//O/wAAvv+r//f/q/8AAM7/yv/M/+n/6P/z/9//MwDs/9D/xv/a//T/xv/X/xUA2f/g/+X/AACh/8P/HQDY/6//uP+3/97/CwDK/zEAk/+s/9f/2f/k/87/7v/f/ykA0//M/8//4/8JAOD/3v/d/wgA8v/r/+n/6v/p/+3/FQDr/xsA9v/p/9T/0f/Y/9j/6P/s/+7/7P/u/+7/FADu/+z/1//Z/+T/zv/u/9//KQDT/+v/DADi/9v/6/8AANn/6v/r/wAA7P/r/+z/3v8AAOv/7P8HAOf/7v/q/+r/EADf/+v/7v/r/+z/7P/s/xQA7P/T/xkA6f8JANn/4//n/9X/FADr/+z/7P/s/+z/7P/s/9j/AADa/9z/2f/Y/wAA2f8UAPv/7//1/wAA7P/s/wAA1f8SAN3/zP/W/+f/AADq/5//EAC+/7//2P+u/wkA6//s/+z/FQDr/+z/7P/r/+v/CwDZ/wAAzP/V/+D/AADU/9j/FADX/9//1//W/wAA4//Z/xQA7f/s/+v/2P/s/wAA2P/b/+v/6//p/+r/7P8WANn/AADU/+j/1//Y/9X/AADk/xoA6P8AAOr/5v/m/97/QADV/9r/3f/n/9D/w//X/93/2//s/+7/AADq/xEA7P8LAMj/1P/k/9r/AAD2/8//yv/5/8v/w/++/6v/FAC//+z/FQDw//f/8P/u/+v/7P+0/+v/7f/H/9r/2v/z/xkAGQDK/+X/7v/1/+L/6v/f/wAAy//R/9D/0f/x//D/x//E/7b/EQC8//L/vf/j//r/0//l/+j/7P8AAOb/6v8AAAoAzP/d/+H/1v8AAMP/0f/C/9D/GgDH/+P/LgDA/9f/JQDg/+H/7//u/9X/4f/o/wAA1f/p/+L/0v8VAPD/4v8TAOz/6f/u/+r/7f/r/9v/EwDU/6v/p/+O/w0A0P/S//j/6//S/+v/1f8AAB4Axf/w/xIA0//o/+z/z/8AAOv/4P/O/ykA5//j/9T/z//V/+T/4f/j/+T/9//p/+T/FgDW/9j/2P/f/wAAFADd/9n/8P/u//X/AAAAAOz/FAD4/73/HADP/9r/4v/3/8f/AAC7/8H/wP/T/9P/LgCz/+7/1P/J/9j/5v/1/9//2P8YAL3/0f/Y/9f/uf/j/wAAIgDZ/wAA1v/v//T/AADY/+//AADr/+3/AAAAAOv/AAAAAOv/zv+6/83/AADX/wcAyv/s/+z/7P/t/+z/7P8UAOz/6//6/8v/zv/V/+D/zP/4/wAA6//r/+z/7P/m/xIA2P+0/+j/z//e//D/AAAmAMf/6f/s/+H/2/8UAO7/7P/s/9z/6f8AAAAAAADq/ysADwD2//H/2f/h//j/HgD5/+P/1f/R/9X/1v/W/9f/LQDU/9P/1v/l/9z/5//p/yMA2//C/xsAy//a/+P/DQDd/9H/4P/t/9n/1//4/zsA6v/J/xYA5//q/+v/6//r/+r/6/+8/+v/uP+2/8b/7v8UAPL/2v/P//j/4P8AAPD/GADA/87/zf/e/6z/HwDh/6//BwAgAOn/1//n/+P/0v/f/9//FgDW/9j/0/8AAPj/6f/W//P/CADR/8z/5//5/9f/4v/z/7j/uv8JAM3/EwDc//D/9//V/+H/CADQ/9r/5f/6/+z/FADs/+z/7P/s/+z/7P/O/97/6P/x//j/8P8AANr/AADs/+r/6v/t/9X/FADY/8//6v8WAOv/xf/Z/wAA4P/d/8f/zf/L/8v/+P/Q/wkAyf8LANz/2f/c/xcA2f/R/+b/yv/V//L/AAAVAOz/7P/i/9b/2P/k/+v/6//S/xoA2f8AANb/zv/f/9D/FgDQ/9P/xP/4//P/AADY/xcA1//h//T/6v/s/+//4P/b/ycA6//s/+z/7P/q/+z/6/8UAPv/JAAAAPr/AAD7/+3/+v/s/xUA7P/u/+//7f/r/+z/8v8IANz/1P/k//D/2f/j/3r/AADf/+L/lP/K/xgACADl/9j/2f/s/+3/KQDY/+L/4//h/+b/6f/p/+H/LADm/9z/9f/z/+3/w//1//L/3P/L/wAAxv/i/+v/6v/a/xMA8/8AANv/zv/m/+n/5v/G/+f/HADn/+z/5v/k/9//3f/j/yMA5P/u/+D/5P/b/+v/6P/m/+b/6P/j/xgA1f/p/+f/+P/i/8r/+v/Q/wAA6P/V/8z/6//n//f/8f80AOv/1f/M/+v/5//3//H/NADr/+v/5P/t//H/7P/t/xUA7v/T/9b/5f/c/+f/6f8jANv/yf/Y/wAA1f+6/wAAwf/c/7P/EADa/9f/5P8GAOH/2//e/ywA8//Q/wAA5P/W/+L/xP/w/9P/zP/d/8T/6v/2/9L/3f/o/9j/7P9EAMf/yP/I/+b/y//K/8r/AAAFAPf/4f/0/+r/7P/v/+D/2/8nAAAADwDi/9n/3P/r/9T/5//3/+H/6/8AAPj/7P8YAOr/FADs/+z/7f/s/+z/7P/s/8//CgDQ/9T/zf/g/77/EQDI/9j/zf8AALX/AADp//H/x//k/+T/5//U/9n/AAA1AOn/1P/r/xUA0f/0/97/2P/k/wAA1v/7/9D/x/+//xAA7//F/9//5//Z/7X/9P8hAOn/5/+//9X/DgDj/93/0//u//P/AAAAAAAAAAApAAAA7P/V/+v/8v/w/+j/FQDd/8H/+P/B/8T/DgDO/+n/AAD3/wAAw/+q/63/3//M//H/7P/V/+v/8v/w/+j/FQDd/yUA4P/p/9X/1f/a/9P/3v/U/+j/6f/k/+7/HQDo/wAAAADs//D/AAAAAMX/DgAaAOr/4P/p/wAA3//r/9z/BwAUANH/8P/i/wAAAADX/9X/5f/k/9j/0f/m/+T/JADV/9P/xf/S/8r/0P/X/zYAxv/T/wsA5v/b/9D/2v8IAAAA8f8mAPD/AAAAAAAA3v8AAOn/4f/t/wAA2v/j/+b/HADW/9z/5v8AAOT/2/+6/x4A7P/s/+z/FADt/+z/7P/s/97/AADm/+f/6P/Z/+f/GADo/xcA6v/w/+v/6//p/+n/2v/g/wAA2f/g/9f/2v8WABQA4//k/wAAAADF/+z/AAAdANH/tP+t/93/4f/I//H/5//j//n/AAD6/+P/4f8sANv/2v/X/9r/3//W/ysA3f/e/9z/9P/w/+X/4//5/x4A6//k/+z/3f/b/w4A6/8AALT/CwDo/9X/2P/C/xIA5f/o/+D/6v/p//X/FADt/+z/7P8UAPv/7f/w/+z/9f/u/+X/1v/Q/9D/y/8GABEA1P/V//P/9v8AAPv/9v8uAOb/CgC5//f/1f/Q/9H/uv8bALn/2f+2/zUAu//x/8T/0//i/+z/7P/p/+v/5P/6/xQA7f/v//v/6f8AACkA9P/Y//n/6f+x/w8A3P8AANL/9//a/wAA5/8AAOv/3P8AAN7/wP/5/7z/z/+x/+z/wf8oAN//3P/i/9z/4/8AAN//FgDu/+z/FADu//D/2f/s/wAAwf/W/+n/v//R/yEA9v/p/8H/1//o/67/1P8jAAcA2P/Y//j/6//s//v/EQAAAPL/6P/D/9X/1P/l/ysA2f/o/+D/2v/p/+P/4v8gAML/5//Y/8//AADN/9P/GwDV/+j/zv/Y/+H/8//Q/yYAwP/p/9b/4//P//v/2P8NANz/2P/o/7v/x/8AANf/IgC6/9v/EwCd/9b/0v/d/8b/vf8AAPj/xf+//8D/wf+5/xoAzf/H/wgA1P/H/9f/wv/Y/ysA6//h/+v/4P/o/xYA6//r/8T/sP/L/9f/zv9JAND/sv/s//H/5//s/+//FADv/+z/1f/X/93/w/8PAOv/4//7/+j/KwDT/8P/2f+3/+P/xP/o/wAA2//y//L/6v/Y/wAAxv/5/83/1f/W/+P/1P8dANr/AAAAAAAAAADp/ycAAADF/8z/wv/H/9P/9v+0/y8A6//Y/+z/8//x/+H/7P8mABkA4//B/6f/nv/C/+f/+P/i/+r/1//O/+7/1v8OAAAA9v8WAPr/AAD6//j/8v/7/+z/3P/q/x4A7f/Y/8v/6v8AABUA6//u//P/7P/e/+r/7/8aAOf/AAAAAAAA7f/5/wAAFwDn/9v/2f/r/93/7P/r//j/9P8AAAAA+v8WAPr/JADa/+H/AADg/+T/5//Y/+b/5v/q/9T/3v8uANT/yf/t/+n/5P8AAAAA6v8YAPj/7P8UAOz/7P/s/+v/7P/s/wAA1v+w/+L/wf/E/wgAr//t/xQA7v/7//L/7v/s/+3/4//p/9n/3f/b/+X/GwDW/7X/4f8AAN//0/8OAOb/4//T/+r/5//X/+7/7v8PANX/p//Y/6v/tv+u/wAA6/9///H/4P/p/8D/nf/I/wAA7f/n/9T/4P/q/8n/4//f/yAAsf/Q/9z/fv8uABcAwP/G/9D/CgDJ/73/DgC6//f/0v/s/ykAAAD7/+n/1/8UAPX/AADy/xMA2P/Q//n/0v/2/9T/6f/T/wcA1v/G/wAA+//C/+7/+P+8/9z/vv/D/9v/AADs/+z/7P/t/9v/BgDs/9z/KQDZ/9r/5//Y/9j/4f/b/97/7P/a/9v/3/8fANr/7P/o/+v/zv/T/9X/AAAAAAAACwDS/9P/1//S/9X/CQDU/xUA5//p/+r/+//W/97/6v8IAAAA2v/r/9j/2f/p/8n/5v8sAN3/1//G/9H/0//p/ygA7P/s/+z/3v/Z/+r/q/+7/73/wP+1/9//BwANABQA+//v//X/AADs/+z/AAAzAN3/3f+v/9D/vv/b/87/7P/q/xUA4P/s/8r/7P/s/yYA7P/t//r/AADu/9n/7P/n/87/yf+Y/+D/zf8gAO3/9P/k/+T/1//O//n/GQC7/xMACADq/8v/1f/p/7X/1v/m/+X/5P8AAO//FwDw/+3/5P/m/+n/4v/s/x0A6P/c/9T/8//O/7v/OQDT/9H/xf8cAOD/3/8AAAAA6v/o/xQA0v/m/7v/xP/O/8b/DQDP/6r/3v+4/7H/1v/3/9D/KADY/9L/6//f/+r/zf/k/x0A0f/R/zgAyf/W/+r/r//u/yYAyv+4/yAA4v/O/7r/t//d/xgA1//e/8//w/8AAND/7P/t/+3/AAAAAOz/FQDw/+z/7f/t/wAAAADs/xUA8P/c/xcA5f/i//L/2/8AANv/7P/s/+z/7//t/+3/FADs/+H/zf/k/+v/6v/a/yAA6v/X/wAA0v/c/9j/3v/w/wAA6//s/+z/7P/s/+v/FQDq/8r/5/8LANz/0f/O/w0A4P/q/+n/FwDp//v/5v/u/+j/6//M/8z/qP/u/4f/nP/5/wAAtf/D/7H/9/+w/wAA6v8AAOb/6f/b/9z/+v8NAOn/2//V/8j/0P8AABkA4//J/wAA8P8AAPj/9v8UAPf/7f/V/+T/4//c/9j/AAASAOb/zP/R/x0As//c/5//AADN/8D/0v/b/9H/wv/x/xAAyf/Y/+r/7P/q/+b/DwDr/wAA2v/E/+v/uv/G/xIA2v/P//v/0/8AAMb/1//J//j/9f+7/7H/AAALAKP/4P/2/9P/5//b/+n/6f/W/+P/GQDo/xMA5f/d/9b/2P++/9j/DQDX/wAA4//C/83/AADH/+P/tv9BAMr/0f/V/6z/3f+7//n/1P/W/+z/3v/e/wAA6P/s/+z/7P8AAPb/FADs/+z/yf+s/wYA2v+n/7b/0/8lAND/9v/q/+L/DADj/9f/AAD0//T/5v/6/+3/xf/h/xoA2P/H//H/7P8fAAAA2P8UANj/2f/p/9n/7v/f/ycA2v+3/9v/6v/u/wgABwDK/+H/7P8UAOz/7f8AAOz/7P/s/83/QwDQ/8z/zP/U/8H/xf/Y/9n/3v8AANn/2f8RAOX/6f+9/+v/6//h/+r/IwDu/wAAEgAAAAAA6//S/+z/FADX/x8A5//t/+3/4P/q/+r/7P8UAOz/7f/s/+z/7P/r/8b/FgDg/9//7P/k//X/6//U/xkA8P/u/wAA6v8AAOP/EwAJAOH/1f/K/+f/4v/I/xcA3v/P/9z/2P/W/7r/z//k/9T/1//o/+f/3f/r/yQAsP/K/zsAq/+9/+T/wP/J/9n/3f/S//H/4/80AOH/1v/U/8H/xP/d/9b/MQDJ/93/9f/Q/8H/xf/Q/7r/BQDY/+r/0//b/9D/8f/s/woAEwDn/wAA2//j/9z/6P8AAOv/+/+Z/+X/qP/Z/83/xv/n//H/xf/r/8//yf8GANj/9v8fAPj/vv/L/+n/1f/U/7r/AAC6/+b/3P/7/+7/AAAXAMz/JwDk/8H/zP/C/9//zf/p/73/6//r/+H/6v8jAO7/6//Y/+n/FADs/8v/AADr/67/RwDO/8v/0P/H/7X/y//P//f/+f8UAN7/6//f/7v/2f/K/wAAxP/z//r/FgDb/+z/AADs//n/AADs/+L/FADs/7r/1v/Y/+r/0v8XAM//7P/s/+v/6P/t/+f/FADs/+f/AADs/+z/9P8AAOz/CwDT/9b/5f/c/+f/6f8jANv/4P/e//n/8P/k/+T/5/8eACIAtv/I/6r/jf/X/9r/iP/V/9f/4P/n/+P/1v/X/yoAGADD/8n/tf/C/wkAxv/r/9H/yP/r/9L/zP/L/87/KwDn/+j/4//z/xAA2v/i/wAA5v/m/wAAAAAAAAAAMQAAAOf/5P/b/9T/EgDW/wAA2P/U/+3/6v/L/wAAvf8XANv/3/8WAOz/7v/u//H/3f/s/8X/7P/Q/7v/KwAiAOX/of8AAOz/AAAUAAAA4v/1/+z/AADh/+T/1f/5/+f/1v8YAOn/6//r/+z/7f/q/xoA6//p/+v/4v/l/xsA6f8VAOz/AADQ/83/4f/Y/+//4f/x/woA3v/4/5X/GACd/7r/EwAWAOb/5f/j/9X/4P/X/wAAFQDr/+z/7P/s/+r/7P/r/xUAAADZ//n/4//b/9b/4P+e/6z/0P+t/w0AAAAHAAAAsv/S/9r/p/8AANb/y/8PAN3/9v/l/8P/BgDV/9D/8v/p/ykA7P/q/+z/2P/Y/+z/JADk/9v/2P/i/+z/2f/Y/73/7v+6/73/tv+y/+D/+f/V/w4A1v8HANH/5P/U/w0AAAANAOL/7f/s/9v/1//o/+b/JwDs/9v/0f/Y/8r/2//d/xQA6v/j/+r/AADj/+r/6v/w/+3/AAAAABMAEwAAANj/yv/o/9L/5f/O/zQA4f/s/xQA7P/t/+z/7P/s/+z/6v/Z/yIA6f/t/+X/4v/t/+b/HwDj/9b/3//j/9b/5v/W/9T/1P/R/wAAAAAIAMj/yP8FANL/2v8AANn/o/8AAAAA7P/L/+X/4f/U//P/8/8bAOr/y/+2/6T/DQDG/+b/3P/E/+v/vP/N/wYA3P+z/+3/6f/k/wAAAADq/xgA+P/F/ykA1//b/+P/2//n/+v/0/8pAOv/7v/Z/9j/v//X/8H/IgC7//H/zf/m/67/xP/o/+T/6f/a/wAAFwDs/8z/+v/l/+L/7P/0/9n/BgDq/+z/2//x/yEA7v/a/9j/6f/T/9X/1f/V/9z/AADb/wAAAAD0/8n/0f/I/8P/+//V/8L/6//A/9H/0/8OAAcAx/8oAN3/3//a/+L/wv/l/97/yv/d/+P/8P/W//b/2f8PABQAwf/j/8j/0/+///f/4v/m/xwA6P/1/+b/7P/k/+X/wP/E/7b/uv+8/5z/xv9oAOL/CgDe/9v/5//3/9z/4//M/97/yf+7/+//1f/d/+X/BwDx/+v/6f/v/+r/0v8TAO//6v/g//T/KwDd/wAAxf/o/9X/6//Y/+n/5v8iANz/2v/W/9j/2f/c/wAA9/8AAOv/EADo/8X/AADo/8r/2/8bAAAAAAAAAAAA5f/s/+z/2v/r/+f/1f8AABcA6v/m/+n/7P/s/+7/6//r/+j/FABOANj/3f+6/8X/xP/O/7z/1f/Q/8f/z//Z/yIA1/8AACQA8f/K/7b/w/8MALz/0v/4/9P/0f/C/+j/BQDn/9D/3v8AAOb/5//o/9n/5/8YAN7/3f/z/8D/1v8AAOv/AADm/+z/6//k/+3/6//m/xUAzv/3/+r/6//p/+v/2P8TAJr/0P/H/7f/7v8nALr/4//i/8//y//W/+z/AAAXAOv/5v/Y/+r/2f/t/wAAEQDl/woAz//S/9L/0f/O//X/zf/S/9T/yf+z/y0Ayf/T//n/5v/p/93/AADh/8z/EgDY/xcA2P/h/+T/5f/c//j/6P+q/1MAkv+O//j/sv/P/3n/y/8sANX/6P/P/8T/2v/o/8j/OwDB/8f/1v/C/8X/1v/s/xUA6v/q/+f/5//k/+v/5/8fAOn/9f/n/+n/3P/s/9D/JADp/+P/2f/p/+v/6/+5/zIAsv+C/wgAlv+K/+7/CAAUAAAAAAAAAPr/8f8AAOP/KQDX/9j/1v/T/+T/2P/l/xYAAAC+/6v/wv+z/6//CQC6//j/xf/D/6L/FgDM/+v/6f/m/9z/5f/r/+L/FgDH//j/6P/S/yIA9P/p/8H/x/8LAML/DADu/+P/0f/i/9D/xv+r/wAAHwAAANL/0f8AAPj/EgDM/9//yv/f/+j/2f/0/+r/1f/q/9f/9v8RANX/1f/f/wAA2P8WANj/2P/V//j/BwDg//b/6f/V/93/4f8fAOv/+v/x/9//7P/Y/9D/6P/k/9n/yP/j/6//CgDO/woAxf/E/9n/+P8AAMX/4P/g/9n/3P8UAAAA2P/p/+X/BQDc/9//3P/O/wAA3//s/+z/FADq/+z/7P/s/+z/5v8kAOf/6//r/+j/5P/q/97/AADm/+f/6P/Z/+f/GAC5//P/uP+8/zYA4//H/9H/uv+5/8T/2//4/8X/wv8mAKv/AADc/7z/CADM/+3/8v/c/wAA3f/o/xQA2P/f/+v/5//o/wAA4P/s/+n/5v8YAOz/7P/t/+z/7P/s/xQA7v/n/w8ACQDT/97/xP/c/8n/FADJ/8v/vv/q/7r/EQDU/+L/2f/g/7P/5P+w/4z/5v8nAPX/1f/W/+H/uP/W/8r/7P/t/+X/3f8AANT/FADa/9H/6v/r/xQA6f/w/9//AADx/+n/6//u/+j/AAAVAOv/7P/r/+v/AAAAAOz/EwDY/wAA1P/S/9X/0/8AAMT/2v/r/+z/FQDs/+j/7P/r/+z/6P/s/+7/7P/t/9j/JgDu/wgA0f/G//n/tf/u/+r/8//B/wAAu/+z/6D/l//0/wcA1P/O/+v/5f/X/+L/HgAAAMH/KQCw/7z/u//S/6H/AADX//T/4P/j/8f/1/8lAOT/AADx/wAAAAAAANj/+v8oAAAAyv/h/wAA5/8UAN//6P/T/+v/6//Z/9j/FADp/w8Arv/b/77/xv8SAPf/4/8HAO7/2//V/9f/5f8TAOr/8P/b/wAA7P/m/9X/6/8GAOr/+f8uAPP/AAAAAAAA3f8AANr/LQDo/9//5//V/9f/3v/p/+n/7P/g/+D/AADr/xQArf8rAAAAx//Q/8L/pP/K/+T/6P/p/+r/5f/S//D/IAAAAPj/1f/E/9b/2/8RAND/4f/n/9X/FADd/+n/3//3/9H/EwDc/5j/xf+7/+z/3/8WAO//8v8AAPj/7P/q/+r/7P/t//X/9P/1/+z/FAD6/+z/FADs/+3/7P/s/+z/7P/I/wYAzf/c/9D/xf8AAPr/wf/B/9D/w//N/zUA7P/V/ykAyP/3/8r/AAC0/+3/tv/S//L/1P/R/8f/yv8lAMv/6P/l/+b/1//Y/9f/JgDn/9f/6/8WALX/u//H/5f/AADa/wAA7v8AAAAAGwDs//b/7P/k/9v/zP/Y//j/tv8oAA8A4//r/+//8P8TAMv/7P/f/5X/s/+8/6r/DgDR//v/4P/C/9z/JgDY/8r/zP/r/8T/0v/W/9D/1P/B/xgAAADm/+P/5f/n/+j/2v8YAOn/AAAAAPP/+f/4/zYA8P/j/xQA8f/u//j/AADw/+z/9f8OAAgA4//g/+X/0v/H/9n/7P/r/xUA6P/s/+z/7P/s/+n/1v/l/9b/3P/B/yEA5f/s/xQA7P/t/+z/7P/s/+z/9P/u/wAA+/8AAAwA8//o/7v/KQDd/8L/0v/A/9H/3P/O/zQA4f/k/+v/0P/Y/9//7P8AAAAA9//s/+z/9P8UANr/4/8WANX/yf/p/+j/4v/r/+L/6P/s/+j/3v8VAOz/4//V/+n/8P/u/+r/HgDt/wAA5v/k/+j/1v/b/xYA5f/b/+7/JAC//8b/1P/n/9T/6//r/+b/7//r/+z/7P8VAOr/6//k/9j/9P/w/xUA6//e/wAAFADq/+X/2f/c/9v/0P/Z/9b/6P+7/8z/JgC5/83/1P/S/9z/7/8AAOv/9P/1/wkAAADY/9r/JAC6/+H/w/+9/+r/0P/m/y4A2P/R/9f/6P/k/9j/6//a/+z/HwDW/6v/z/+5/+v/IACw/+P/0P/e/yQAyf8AANb/3f/Y/+H/9P/q/+z/7//g/9v/JwDz/+D/4P/Y/93/GwDo/8v/7P8sANb/5P/b/9X/xP/c/9v/3P/N/+T/4f/i/yQA4v8mAOz/7f/6/wAA7v/Z/+z/AADs/wAAAAAAANj/AAAaAOv/6v/r/+z/7P/d/yQA2P/Y/+3/6v/q/+3/5P/s/xEA5//Z/9r/3P/v/wAAAADY/9v/4v8AAKT/o//U//T/sP8AALv/xv/e/8T/vv8gAMP/1P/q/9f/y/8AAPH/9P/T/xQA3P+s/67/xP8kANb/vf/h/8L/9/+0/7//9/8NAL7/0//P/8f/c//F/w0Aw//u/wgAnP/5/x0Ayv/M/7T/AADu/97/q//O/9P/xP/p//r/3f8oAOj/9f/S/9j/3v/Y/xIA5v/q//L/+/8AAOj/4P/k/5T/NgDa/67/3v/Z/9f/7f/a/+z/AADR//D/5f8MAMP/1P/p/9P/6v8pAMX/9//i/9H/2f8PANP/4f8AANb/AADV/+n/1P/o/xsA5//3//L/6f/s//P/7P/Y/x8A6f/L/wAA3f/Z/9T/5f8RAOn/7//Z/7X/kv+i/9f/HwCn/wAAFwDr/97/6f/m/83/1f8AANn/9P/K/9r/3/8QAN//0f+B/8P/xf/Y/xAAFwDk/+z/y//R/9r/9P/G/+D/8v/e/+z/8f/t//j/AAAPAPP/3//r/+T/AAAAAOj/8f8aAPr/AAAZAAAAAADn/+n/AABAANL/3v/U/9b/2v/F/8H/uP/I/8T/yf/O/0IAuf+9/yIA2P8AANn/4f/Z/9H/7f/D/77/PQDZ/+D/AACs/7f/y//O/yQAsv+9/+7/zv8AANX/yv/S/xMA3f/o/xMA7P8AAOz/4//v//H/5f8QANv/7v/s//L/7f/3/xQA7P/s/+P/1P/b/+j/5f/R/xMADgDY/9v/6//r/+n/6v/s/xYA6v/w/+3/AAAAABMAEwAAABwAz//U/wAA1//r/9j/2P/s//X/9//0/wAAAAAUAPL/GgDf/8j/0v/d/wAAsv/i/9X/6v8lAN//4f/R/+T/zf/G/9//OADF/9L/tf/G/8r/y//m/yMA2P/Q/+H/3P/H/+j/5v8iANL/3v/e/+D/2P/V/9f/GwAYAPH/lP+h/+//6f8AAO3/9f8AANj/4v/Z/8z/6f/3/9n/DwDc/9j/9P8JAOr/4P+8/9X/yv/X/woA1/8PAN//y//j/9z/CADM/9j/DwDa/9b/2f/V//j/2P/b/+P/IACi/7H/h//q//H/n//b//H/wP/M/77/OADR/9n/7//o/6f/BgD2/9f/t//r/+7/7P/Y/+b/6P8UAOr/4P/O/7P/AAC5/9n/5v8QANv/AADr/+X/2f8JAOT/6P/T//j/6f+5/8r/+v8AAMX/GADc/9X/8/8AAPH/6v/P/xcA5//p//n/AADy/+r/8//L/wAA6//4/9L/AADf/9L/6f/Y/9n/7P/4/ygA2f/p/6//5P8cAPr/tP/3/63/9f/F/xcA2v/P/8n/4v8AANj/wv/p/xYA3P8AAPL/5f/X/93/7P+m/6D/x/8PALr/7//Z/+H/3//k/93/1/8hAOT/3v/U/8T/0//F/ygA4f/l/wAAFADi/+z/8//R/9X/7P/d//D/oP+z/wAA5v+z/xUA2v/u/9L/0P+7/6n/6f8UAPT/2v/M/93/nv/4/67/2v/S/+r/uf/I/x0Au//P/+r/1P/d/9D/GQDd/xYA1P/P/+j/wv/Q/8n/5v/S/y4Azv++/ygAxv+//7f/t//d/9X/7//e/9n/5//G/9D/6//y/8z/u//P/8z/wf+x/w8ADQAUAOz/7f8AAPr/7P/r/+z/zP/D/9r/FQDj/9v/AADT/8//8//j/73/2P8WAAAAzP/K/zAAy//Y/+D/z//W/9f/yv8wAMv/2P/g/8//1v/X/8b/GQDQ/8D/6//6/8f/1//d/+P/1P/Q/+P/3/8nANX/y//v/+D/of/I/8f/GgAAAM3/8f/r/+P/2f8IAAAA5P/r/xgA6//p/9//5v/m/+T/6f/Q/9P/AADZ/8z/DADj//v/9P/R/97/pf8HALz/8v/d/+r/0v/e/xEAyf8AANH/LgDq/9j/4P/d/9b/v//q/yIA3v/y//v/AADi/+//2/8mAOT/0f/f/9r/0f/O/+r/AADa/83/2//x/wAA6f/j/+v/2P8AAAAA6//V/wsAAADY//b/zv/R/9j/GwDq/7n/5/+h/+n/rf/i/9b/HgDN/+n/6f/t//v/9P/t/xcA+P/T/8z/4f8AAOv/GwDI/+L/7P8WAOz/2//r/+v/6//h/9L/wv+s/wAA1v/I/zEAxv8aAKL/tf/r/5T/vf+3/9//3v+2/+H/6v8AAOn/7v/p/7f/3v/e/+X/+/8eAOv/w//C/xwA4f/R/83/2v/S/9r/DAAHANr/zf/b/+v/1//X/xEACgD5/wAAAADr//T/AADr/+v/5v/v/+v/7P/s/xUA6//q/+v/5//q/+v/FQDs/+D/1P/z/wAA+v/d/+L/3f/M/9T/4f/b/7z/AAApALP/5v/r/xQA6//s/+z/9//r/8X/v/+O/9T/wP/2/+j/AACy/+z/zf/V/7b/s/8rALj/4//v/6L/rv+Y/+X/CwCt/8f/GwC2/7T/t//c/+X/xP/2//T/u//m/5H/BgCr/7T/6v+//7r/r//O/xQAEADd/+//9f8AAAAAAADs/wAA9P/V/wAAAADn/4j/pf/m/9D/yP8AANH/xf/E/4T/s//n/+H/4/+3/9T/tf/g//r/5P+d/9r/0P/G//j/3P/p/8T/2v/A/6b/q//C/+//nv/7/+z/xv/c/+z/8f/4//X/9P8AAAAAAAAAAAAAAAAAAAAAyf8WANH/u//Q/8b/AADz/zUAvv+d/4z/rP+p/x4Aov/G/+P/4P/k/+P/0P8uAOX/EQC7/+L/lP+k/+j/EQCb/87/5f+6/9//2//e/77/yf/s/+r/6//r/+3/6P8VAOv/6//b/xQA2/8AAJf/1f+k/wAAAAAAAAAAAAAAAAAAAAAUAOf/2P/X/9//5P/e/wAAAAD4//X/9/8AAAAAEwAAANP/8//v/9//AADH/+//u//W//H/6f/m//X/xP/x/8n/IADd/+T/9P/z/+n/6P/t/wAAAAAAAAAAAAAAAAAAAADt//L/7P/s/+v/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/6//y/wAA+v/v/y8A+f8AAAAAAAAAAAAAAAAAAAAA+f8AAAAA7v/n/+z/9v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6//x/+7/AAASAOb/FADm/97/4P/b/+T/4f8bANr/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f8UAOz/7P8XAPP/7v/5//b/6//s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO3/7P/s/+z/6//t/wAAAAAAAAAAAAAAAAAAAADx/+r/2/+p/9L/sP+p/ykAz//2/+n/AADp/93/JwD7/+z/AADs/+f/5/8UANr/6v8AAM7/FwDL/8v/zf/z/+D/GQDn/+j/7f8AAPH/5v/4/9j/AADb/+X/+P8PAOj/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//t//X/7v/j/xUA7P+o/7D/IADJ/9n/z//v/wAAAAAAAAAAAAAAAAAAAAAAAPD/6/8AAOz/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6/8VAOz/6P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC+/xEA5//U/wAAAADX/9j/7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/3f/o/yMAzv/a/97/1//g/+D/6//l/+z/5P8AABQA3v8AAAAAAAAAAAAAAAAAAAAA6//s/+7/5f8ZAOr/2P/b/97/1/8jAOT/2//c/97/3f/W/+T/HwDh/97/4P/p/+D/9v8IAMf/vv/V/9j/9v/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL3/4P/U/+H/5/8WAPb/7P/Y/9f/2v/a/9j/JwDc/9j/AAAAAAAAAAAAAAAAAAAAAOz/FQDr/+3/6//t/+v/7P8AAAAAAAAAAAAAAAAAAAAA6/8XAN3/2//a/+j/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxf+0/9f/8f/Q/xQA7f/f/+z/FAD0/wAA8v/s/+3/7P8AAAAAAAAAAAAAAAAAAAAA5v8AABwA+f8AAO3/9v/4/+b/6v8YAOn/6//X/9r/7P8UAOz/7/8AAAAA7P/s//f/AAAAAAAAAAAAAAAAAAAAAOv/5P8ZAOH/8v/z/+v/7P/i/+T/JADh/+3/6P/Z/9n/vv/4/7H/s/8aAJr/9v/5/wAAAAAAAAAAAAAAAAAAAACy/+H/w//O/wAApf+8/yAA6v/q/+v/6v/s/xUA6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/g/+X/5f8eAOf/5//f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//0//r/6P/4/xkAAADu/83/3f/g/+r/7P8AAOD/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xgAvP/r/9f/1v/k/+v/4P/b/+D/zv/m/93/6f8fAOf/4f/s/+3/6v/s/+r/FgDf/+n/6P8WAN3/6v/r/+z/wf/h/+f/AAATANr/5v/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/8/8AAO//+P/b/wAAAADt/+3/+P/t/+z/7P/s/xQA7P/v/wAA7v8AABQA7v/7/9v/AAAAAAAAAADs/yYA+v/R/+v/6f/s/+f/7P8VAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwCv/83/DQDU/7z/5P/t/+z/7P/v/+3/7f8UAOz/7P8hANH/5//n/+L/5//Z/9f/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAACt/wAAxP/t/+//OADA/6z/AAAAAAAAAAAAAAAAAAAAAO7/HQDa/7v/2v/p/w8AvP/s/+z/7P/s/+z/7P8UAOz/6P8AAPX/AAAAAPf/IQAAAPL/5/8AAAAAAADr/xkAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAA7P/w/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAPX/AADG//D/0//b/9j/FgAAAM//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//X/9//z/+z/AADy/xQA7P/4/+3/AAAAABQA7P/s/9n/AADS/wAA6/8AAOn/6//b/7b/v//U/8T/1f8cAKH/AAAAAAAAAAAAAAAAAAAAAO3/8P/u/+//AAAUAOz/9f8AAAAAAAAAAAAAAAAAAAAA8v+n/+T/1/+r/+r/9v+e/+z/7f/t/+z/8v8UAO3/7P8AAOz/7P/u/+3/6//i/xQAAAAAAAAAAAAAAAAAAAAAACwA9f8AAAAA6v/c/9T/9/8iAPj/2v/E/8//3f/Y/9b/AAAAAAAAAAAAAAAAAAAAAAAAFwD1/wAAAAAAAOz/AADs//X/AADu/+//7P/u/xQA6f/o/+v/FQDo/+L/6//r/9b/FwDq/9X/4P/s/+H/7P/q/+z/5f/b/+r/GADr/9j/7P/d/+3/6v/c//D/6/8WAPn/7f/4/wAA9v/h/x8AAADs/+z/FADs/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//b/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAN//7f/s/+z/6/8VAO3/7f/4/9r/3//T/+v/0f/h/xwAvv8hAMX/s/+5/+H/GgC7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACADs/+z/7//t/wAA7P/t/zMA9f+2/7n/wP/e/7H/mP8UAO7/7/8AAPb/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7f/t/+v/7P/r/+3/FADu/+7/+f8AAPT/7P/y/xQA7v8AAAAAAAAAAPH/AADn/ysA5f/u/wAA7f/O/+//7P/r/+3/8f/u/+z/FADu/wAAAAAAAAAAAAAAAAAAAAC4/9b/0P/d/+P/CQC+/wAA0v/Y/9X/5P/m/y8A1v/V/wAAAAAAAAAAAAAAAAAAAAAWANH/0v/J/9b/rP/0/6j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v//D/7P8UAOz/FQAAAPj/AAD4/+z/6/8AAMr/QADP/9P/yv/S/8f/z/8AAAAAAAAAAAAAAAAAAAAA5f8qAOv/6P/x/+L/1f/r/7b/RADS/+H/4f/E/6j/zP/o/ysAzf/Y/9P/1//V/+r/AAAAAAAAAAAAAAAAAAAAABQA7f/t//j/AADu/+z/7P8UAO3/7f/4/wAA7v/s/+z/JwAAAAAAAAAAAAAA2f/2/wAA6//r/+v/6v/m/wYA6//0/9D/z//V/9//0f8TAM3/AAAAAAAAAAAAAAAAAAAAAPb/9P8XAAAA+f/0/+v/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6v/k/+z/6f/b/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/wAA3f/0/8D/7/+d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/wAA7P/s/xQA2P/r/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/wAA6//b/97/1P8AANH/6f8XAOT/6P/l/+f/6v/i/wAAAAAAAAAAAAAAAAAAAADp/9b/AADr/+r/6//X/w4A6//r/xYA6v/q/+r/6f/q/+r/8v8XAO//8f/q/9//8v8AAN3/0f/Y/wAA5f/A/wAA8v8AAAAAAAAAAPj/8/8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P+4/8L/vv+z/w4A1//3/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/AAD1//H/8v/s/+3/FADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAM7/xP8hAMv/3//Q/+L/AAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA7//z//H/7P/s/wAAAAAAAAAAAAAAAAAAAADa/+b/4P/c/xIA2P/b/wAA2f8AALL/DwDy/83/pf/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAA3f/X/+f/5//o/+r/AAAAAAAAAAAAAAAAAAAAAAAA8f8mAAAAAAAAAOj/AADz//v/FAD7//j/8f/s//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA1/8AABQA7f/0/xYA8f/u/+//6f/v/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+r/6//s//r/FwDs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/7f/t//X/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+z/7f/7//P/7f8XAO7/4v8hAMf/4P/l/+b/1P8MAOv/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAD3/xQAAAAAAAAA7P8AAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/3v8fAPj/AADx/wAA8//s/+z/7P/u/+3/FADs/+z/1f/W/+f/5v8TAOD/5f/3/8f/FgDp//r/6f/N/xcA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwA5v/s/+T/2v/1/+v/xv/S/7n/0f/m/9L/EwAKAOv/AAAAAAAAAAAAAAAAAAAAAKT/3v/C/83/sv/i/wgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/6v/k/8j/8/8gAMz/6P8AAAAAAAAAAAAAAAAAAAAA1f/5/+f/0/8MAPD/5v/v/wAAAAAAAAAAAAAAAAAAAADI/57/wf+//+X/5P88AKf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6f/r/+v/6//r/+v/6//t/+3/+P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7v8UAO3/7f/s/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAD2/wAA9v8AAO//AAAoANr/4//m/wAA2f/Y/9n/7P8UAO7/7f/t/9z/AAAAAAAAAAAAAAAAAAAAAAAAAADy/+L/4v/p/+H/7v8UAOH/7P/s/+z/7f/q/+z/5v8WAAAAAAAAAAAAAAAAAAAAAADs/+//7f8AAAAA7f8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/4P/u/9n/2f/Y/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/sP+w/63/m//u/+3/7P8AAAAAAAAAAAAAAAAAAAAA0v/N/9P/4f/O/x0AAADr/+j/AAAAAAAAAAAAAB8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/t/xQA7f8LAAAAAAAAAAAAAAD7/wAA2//M/9T/1v/j/83/NADS/+z/7P8UAOz/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7f/t/xQA7P/s/9D/1P/j/+n/1//S/yMA5f8UAPH/9v/s//L/7//s/+z/CwAMAAwAvP/R/8z/w//L/wAAAAAAAAAAAAAAAAAAAADs/+v/FQDr/+r/6//o/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDq/wAAAAAAAAAA5f/z/wAAAAAAAAAAAAAAAAAAAADm/+P/1f/i/wsA2P/X/wAA2v/g/+H/3//j/93/IQDg/wAAAAAAAAAAAAAAAAAAAAATAPH/9/8AAAAA8P/u//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz//r/AAD3/xIA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/3v/c/xMAAADr/+L/3P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABQA7f/u/+7/AADn/+z/AADs/+z/7v/t/wAA7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//P/AADu//n/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/AAAAAAAA5//6/xQAAAAAAAAAAAAAAAAAAAAAAOz/7f/s//n/7f8UAOz/7P/s/xQA7//u//j/7//s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6v/Y/9v/1f8AAOH/AAAAAAAAAAAAAAAAAAAAAOv/5P8ZAOH/8v/z/+v/7P/X/wAAEQDa/+X/1f/W/9n/GQDi/+f/5//l/+j/6f/j/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/AADR/7L/cf/4/8L/nP/F/wAAAAAAAAAAAAAAAAAAAAAVAO3/8v/7//f/9f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/i/9n/EgDc/+z/IgDs/+7/7P/u/+v/7P/Y/xUAAAAAAAAA+v/s/+//6/8AAAAAAAAAAAAAAAAAAAAA1P/E/+j/8f8GABcA+P/U/wAAAAAAAAAAAAAAAAAAAAAVAPH/+//t//n/6f/l/+v/DgAAAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8SAO//3v/h/9z/AADr/+n/3v/n/xQA7P/s/9j/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADt//L/7v/t/+7/7P8aAPn/2P+//8z/5f/y/8f/AAD4/wAAAAAAAPv/GAAAAM//zv/w//X/wf/6/wwA6P8AAAAAAAAAAAAAAAAAAAAA7f/Y/+D/9//Y/9f/3f8oAOz/7P/v/+3/7f8UAOz/7P/6/wAAFgDv/7r/zv/l/9b/AAAAAAAAAAAAAAAAAAAAAOz/9P/t/wAA7//s/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6f/u//j/AADp/+v/9f/s//D/7P/w//D/6v8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8XAOr/1f/g/+z/4f/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7//s/xQAFADx/wAAAADz/+z/9v/t//f/0//g/9T/3/8ZAOj/5P8AANn/3P/e/wAA6f/c//r/7P/s/+z/7P/s/+z/7P8UAO7/7f/w//P/8P8UAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/3P8AAOX/5//k/wAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/JQDw/wAA9P8AAN3/5//X/xEA2v/W/+v/+f/Y/9j/AAAAAAAAAAAAAAAAAAAAAOj/GQDm/+n/6P/o/+f/6P8AAAAAAAAAAAAAAAAAAAAACADm/+r/w//i/93/sv8MAMr/xv/N/8b/AADJ/8j/MgAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/r/+z/6//q/+v/6/8VAOv/7P8HAMD/nv/E/47/AACI/+//7P/s/+3/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs//b/7v/z/+z/7f8UAO//FADs/+z/7f/s/+z/7P/s/+r/FADt/+3/6//s/+z/7v/t/+7/+v/u/wAAFADs/+//4P8AAM7/z//Y/9P/FwC6/+3/FADu//v/8v/u/+z/7f8AAAAAAAAAAAAAAAAAAAAA9P/5/9X/x//D/9D/+v/o/wAAAAAAAAAAAAAAAAAAAAAVAOz/6//u/+7/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7//z//T/FADx/xQA8f8AAO3/AAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/7P/q/+D/6//r/+b/FQAAANj/2f/T/+n/2//Y/wAA1//q/+z/5f/k//f/DgAAABkA4P/p/+3/9//r/+j/4f8UAOj/6v/p/+r/6f/r/wAA3//a/9z/6v/s/9j/4/8hAPb/AAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAvv/q/+3/7f/s/xAA6/8AAPL/AAD1/wAA6f8AABcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAPb/7f8AAAAAAAAAAAAAAAAAAAAAAADf/wAA7//s/+T/FADs/+v/0v/U/9n/1f/P/zkA1v/T/wAAAAAAAAAAAAAAAAAAAADE/+7/2v/V/87/AAARAMn/7f/s/+z/7P/s/xQA7P/s/+b/5f/p/97/7P/W/9n/GQAAAAAAAAAAAAAAAAAAAAAADgAAAAAAAAAAAPn/+P8AAOz/7P/u/+//8//0/xQA8f8TANj/tv/Y/+b/1v/k/9n/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOn/7f/s/+z/7P/g/8z/6P/Y/+H/DAAQAN7/AAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/7P/r/+r/7P/M/8n/uf8AAK//4v8AAAAAFQDj/+n/9f/v/+H/7P/s/9r/7P/f//L/8//o/yAA7P/g/+D/4/8fAOP/5//g/+b/0v8IAOv/2f/T/wwA5P/N/+z/7P/s/+z/FADs/+z/7P/t//P/AADu//n/7P/t/xQA3v/R//r/1P/Y/9H/GADc/+f/6/8AANH/8//N/yIA3v/I/wAA4f/Z/+D/GgDf/+T/7P/w//L/AADw/xQA8P/s/wAAAAAAAAAAAAAAAAAAAADs/+v/6//r/+v/7P8VAOv/7f/s//D/8P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/5/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9b/1f/X/yUA6P/b//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/4v/b/+T/6//N/xIAEwDa/+P/6f/Z/wkA6f/Y/wAAFADd//P/AAD3/+z/6//v/+z/2P/h/9n/2v/i/xYAz//5/9j/7P/r/+3/5P8gAOb/AAAAAAAAAAAAAAAAAAAAAOn/9P/3/+//9//v/+n/GADl/+z/7P/r/+z/FADs/+r/7P/t/+//FAD5/+z/7P/s/wAACADG/9b/1f/Y/9P/2P8AAAAAAAAAAAAAAAAAAAAA3f/u/+r/6P/q/+X/FADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//Y/+n/3P/j/wAAFADb/wAAFAAAAAAAAAAAAPH/AADs/+z/7P/t/+3/FADs/+z/AADp/+n/4f/g/83/AAAAAOv/6v/s/+v/7P/p/xUA7P/k/wAAAAAAAPr/IwDi/wAAAAAAAAAAAAAAAAAAAAAAABEA8f/i/9r/2//W/8P/xP8AAAAAAAAAAAAAAAAAAAAA8P8AAO3/AAAAABQA7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/+//7P8UAOz/3//r/+z/7v/w/xMABwDY/+z/7P/t/93/2/8VAAAAAAAAAAAAAAAAAAAAAAAAAOb/7P/i/xMAAAAAANj/7P8AAAAAAAAAAAAAAAAAAAAAAADb/+r/3P/b/wsA2//W/+j/6v/k/+L/7v8AAAAA5f8UAO3/7f/z//n/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xkA7P/s/+n/5v/k/+r/1v/s/+v/2//g/xYA6v/s/8L/zf/K/6b/tv8AAO3/CwDv/xUAAAAAAAAA+v/r//T/6v/q/+v/6v/s/xUA6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDy//b/AAAAAPP/6//2/wAAAAAAAAAAAAAAAAAAAADV/9D/0f/N/9b/1v8wANL/AAAAAAAAAAAAAAAAAAAAAO7/7v/w/wAAAADs/xQA7v8AAAAAAAAAAAAAAAAAAAAA1//O/9j/2//c/9L/MQDM/wAA7P/s/+v/7P/X/+v/EwAaAOb/6v/k/+b/6v/k/+T/AAAAAAAAAAAAAAAAAAAAAO3/7P/w//D/FADs/+z/7P/c/wAA4f/v/+3/5/8LAOz/AAAAAAAAAAAAAAAAAAAAAO3/7P/w//D/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/xQA7P/s/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAASAAAA7P/s/+n/8P/t/9n/FQDs//H/7v/s/+3/AADt/xQA9v/C/8r/qP/x/9P/2/8AAAgA5f/l/+b/6v/o/+b/5P8ZAPD/AADM/83/8/8NALL/yv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s//D/3P/o/+P/1v/p/+j/GADs/xQA7P/t/+3/7P/s/+z/6//m/9//2v/W/8X/AAAAANv/+v/r/+z/6/8UANj/2v8AAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAABoA9//5/xMAHQDa//T/5//s/8z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9r/6f/i/+j/5P8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAN3/6f/l/+X/5v/h/+P/7P8UAOz/7P/s/+z/7P/s/97/9f/n/+L/5P/e/wAA5//s/+r/6//s/+z/7P8VAOv/6f/Y/9//4P/Z/ygA4f/n/z4Avf/A/8j/xP/W/93/t/86AMD/6v/L/7b/9P/p/8D/FADy/wAA+f8AAOz/7v/q/wAA4v/r/+T/7P++/wAA7f8lANz/6//r/+v/6f/X/9j/JQDs/+//7P/u/+r/7P/Y/9P/1f/Q/8X/BgD0/6b/AADx/+3/+v8UAO7/7P/r/+b/HgDX/9j/6f/5/8z/2P8AANj/2v/x//b/9//o/ykAAAAPANX/1f/V/8T/3P/b/xMAAAAeAAAAAAD0/wAA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+//4v/1/+n/6/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+3/7P/s/+z/7P/r/xQA7P/s/+//7f/t/xQA7P/s/+D/7P/r//D/FQDq/+T/6//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+X/FwDf/+j/4f/t/+r/BQCx/6f/sv/S/+b/AADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//P/+z/0//f/xYABQDP/wAAAAAAAAAAAAAAAAAAAADs/+3/8f/3/+//FADs/+z/AAAAAAAA+/8AABQAAADt/+f/1f/i/9j/3/8aAOn/4//z/wAA+v/4//n/FADx/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/+z/7P8UANv/0P/q/8//0//e/9T/PQCo/8T/6//C/7L/sP/G/0UAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/s/+z/FAAAAAAAAAAAAAAABgAAAAAA5/8VAOr/6//r/+n/6//r/wAAAAAAAAAAAAAAAAAAAADY/+r/FADs/+3/7P/w/+z/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAD0/+z/AAAAAAAA+v8AAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAANL/2P/V/93/1P/a/9r/AADd/+r/6//g/9f/FAAAANr/xP/T/97/DgDn/9f/yP/V/7f/1P/T/7z/2f8wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC+/6j/JADo/6//zP/s/7j/AADs/wAAAAAAABQA7//x/xoAxv/V/9P/JwDo/8X/u/8AAAAAAAAAAAAAAAAAAAAA1v/c/9j/1v/o/ykA2//P/wAAAAAAAAAAAAAAAAAAAADq/9P/5P/r//b/5v8cAO7/AAAAAAAAAAAAAPj/EQAAAAAAAAAAAAAAAAAAAAAAAADs/9v/7f/0/xIAFADs/9j/BgDv/97/4v/u/7b/0/8lAAAAAAAAAAAAAAAAAAAAAADk/9H/zv/Y/9f/yP8gAMf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/H/8//y//S/9b/MQDR/9b/4f8aAOn/7P/Y/8//AAAAAAAAAAAAAAAAAAAAAAAA7P/n/+z/IADZ/83/zv/r/9r/3v/p/8j/5v8AABgAt//t/xoAAAD3//T/8//d/+//3v/k/+n/7f/r/9r/2P8tAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/9H/6v/f//P/4f81APX/AAAAAAAAAAAAAAAAAAAAANL/0P/P/+P/7/8RAJn/AAATAAAA6P/T/+j/+P/Y/9j/6/8YAOz/7P/l/+r/6//b/+v/FQDd/+f/5f/R/9r/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/m/+b/6P/j/xgA1f/p/wAAAAAAAAAAAAAAAAAAAADY/xEA6//r/+v/6f8AAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UANj/x//C/8H/2P/N/+//7P/s/wAA7P/u/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA+v/B/8b/zP+4/9D/yv8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/8v/u/xQA7P/s/9v/1f8YAAAA3f/c/+r/1P/d/+z/EwAAAOv/1//Y/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAPL/7P8AAPn/9P8XAOn/+v/s/+z/7P/s/+z/7P8UAOz/2v8QAPb/6f/p/+z/5f8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO//7v/4/+//7P/w/9j/7v8AAAAAAAAoAPL/7P/1/+z/GADs//T/8P/p/+j/AAAAAAAAAAAAAAAAAAAAAOv/6/8UAOz/7P/s/+z/7P8UAOz/8P8AAAAA7P/s//j/7P/s/+7/7//z//T/FADx/+j/7v8UAOz/7P/s/+z/7f/s/xQA7P/s/+z/7P/s/+z/IwDn/9v/4f/2/97/6P8AAAAAAAAAAAAAAAAAAAAAAADx/wAA7//x//n/6/8VAAAAAADs//D/3f/s/wAA2//f//L/7//s/wAAAADs/xQA7/8VAPf/8P/w/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/f//T/6f/c/+j/AAAYAAAA2v+6/8n/3f8SAM3/6P/U/9b/1P/P/xIA+v/u//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADC/woAy/8AAMj/6P/b/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALz/6//h/wYAAADW/+T/sf/g/+z/4P/n/wAA3v8VAN7/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA7f8AABQA5//k/9n/1//s/9j/BwAAAAAAAAAAAAAAAAAAAAAAAAAxAMj/2v/c/9D/y//E/93/9P8AAAAAAADt//n/9P8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHgC4/8P/y//d/8P/6f/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/r/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAPD/AACt//H/tP/y/9T/FQDv/+3/7P/u/+z/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/u/wAAAAAAACgA8v/s/8v/w//g/9j/5P8oAN3/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA6f/Y/+b/4P/r/+r/AAAAAAAAAAAAAAAAAAAAAPn/7P/p/93/6v/6/w8A6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/q/+z/5v8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAw//T/8//xP86AMH/yP/R//P/AAD6//j/+f8UAPH/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6v/G/+X/vf/X/93/9v8AAAAAAAAAAAAAAAAAAAAA0//p/97/3v/p/9b/KQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8cAOf/7P/m/+T/4P/f/w4Auv+r/7P/wP+2/w4AvP/r/+v/7P/s/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+//FADs//b/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/6f/c/+n/FwDp/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM//j/6//q/+v/7v/f/wYAAAAAAAAAAAAAAAAAAAAAANj/xv/C/+n/zf/o/xwA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+D/4//a/+//AAASAAAA9f/l/xYA7P/s/+b/7f/r/+z/9/8TAAAAAAAAAO7/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/1/+3/AAAAAO3/FADv/xMA8f/3/wAAAADw/+7/8P/Y/9n/KADY/9r/2f/Y/9j/AAAAAAAAAAAAAAAAAAAAAOz/5//r/+v/2//p/xUA6v8AAAAAAAAAAAAAAAAAAAAA0f8mANr/2f/a/+X/2//e/+X/7P/r/wAA7P/d/9r/EwDs//n/7v8AAPL/7P8UAPT/1f/I//r/1//G/xEA5f/o/7r/yf/n//D/1P8mAMf/9v/c/9j/6//l/+b/EgAAAN7/AADP/+D/3f/O/8T/+v/6/9X/1f/W/9f/AAANANv/1/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/s/+z/FADs/+3/7f/s/+z/7P/s/+z/7P/k/+z/AADZ/xIA4v/g/+D/6//n/xUA2f/5/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/FADu/wAAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAD6/+z/7//r/xgA5//g/+b/6f/o/+j/6P8AAAAAAAAAAPv/AAASAAAA7P/s/xQA7P/s/+z/7P/s/+z/7P/r/+z/7P/s/xQA7P8UAO7/8v/w/wAA5//s/wAAFADs/+//AAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwDI/+b/zv/E/+r/yv/s/+7/7P/v/+3/7P8UAOz/r//s/xoA9P+s/8z/2f+7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8VAAAA+P/3//L/6v/6/+//FQAAAPT/8v/v/+r/9f/N/+j/+/8AAAAA7P8rAPT/AAAAAAAAAAAAAAAAAAAAAAAA2P/n/9X/0v/m//j/1/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/97/6f/p/+H/4v/S/9f/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+3/7f8UAOz/7P/t/+z/7P/s/xQA7f8AANn/2//a/+z/AADZ/9z/2P/o/9z/6f/s/9f/2P8pAAAAAAAAAAAAAAAAAAAAAAAkALn/tv/L//b/lv/x/+//6f/t//b/AAAAABcA7P/5/7D/6v/j/8n/0v/p/xEA5//a/zMAxv/E/9b/xv/A/8H/9v/m/+r/9P/s/xQA2P/s/+r/6//r/+z/7P/q/xoA6/8AAAAAAAAAAAAAAAAAAAAA6//m/+L/7f/x/+//FQDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAPf/AAD3/+z/6/8AAAAA2f/k//L/6//e/wAA5P8AAAAAAAAAAAAAAAAAAAAAJADE/8n/wv/K//X/3//c/wAAAAAAAAAAAAAAAAAAAAAAAO7/+v/u//f/FADz/+3/2P/a/9n/2P/a/yYA5//Y/wAA9P8UAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA5/8oAN3/7P/p/+j/2P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/e/yEA1v/M/9n/2//m/wAAAAAAAAAAAADe/wAAIgAAAAAAAAAAAAAAAAAAAAAA7f/x//r/AAAAABQA+P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMP/5f/j/+P/4v8hAAAA8//3//r/6v/s//b/7P/z/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADl/+z/6v/g/+v/6//m/xUA6/8VAN3/5//l/9H/2v/d/9D/2v/W/wAA4P/g/xEA4/8UAOv/6//q/+z/5f/5/+z/AAAAAAAAAAAAAAAAAAAAAOv/v//N/9T/uf/A/+r/GQDY/9j/4v/n/wAA4/8TANj/AAAAAAAAAAAAAAAAAAAAAPL/x//U/8n/3v++/woACgDr/+v/6//s/+v/5f8WAOz/AAAAAAAAAAAAAAAAAAAAANf/4P/f/97/2//j/ysAyf/s/+r/6//s/+z/7P8VAOv/DQAAAOX/5P/U/97/2P/N/wAAAAAAAAAAAAAAAAAAAAD0/+//yf+9/8f/7P8AAOP/AADb/9z/+f/y/xIA2P/f/wAAAAAAAAAAAAAAAAAAAADY/9j/2/8KAN7/AADZ/9v/4/8TANr/1//r/+r/AADp/+T/5P/m/+H/6v/q/xwA9/8AAAAAAAAAAAAAAAAAAAAA6P/p/+j/6v/w/ycAu//Z//D/AADt/wAAAAAUAOz/8v8AAPH/7P/x//H/6v8AAO3/7P/s/+3/7P/t/+//7P8UAAAAAAAAAAAAAAAAAAAAAAAAAMb/wv+3/7f/AADN/xMAAAAAAAAA7/8AABQAAADs/8z/5P/h/+L/1v/m/9T/JAAKAOr/5P8TAAAA7//i/+j/3f/L/9j/5v80AOT/4v/e/wAAAAAAAAAAAAAAAAAAAADs/8f/5//Y/wAA2P/1/wAACAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAPr/AAAAABwAAAAAAAAAAADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/+v/7v8AAPX/3v8lAO7/AAAAAAAAAAAAAAAAAAAAAOn/FwDp/+r/6f/q/+j/6P/R/+L/AAAAABEA2P/d/9T/7P/s/+z/8P/v/+z/FADz/+r/8v/3/+n/7f8YAOj/7v/u//L/AAAAAAAA9f8gAAAA6f/s/+v/9P/w/+z/FgD3/+n/7P/r//T/8P/s/xYA9//N/yMA2v/x//D/AADp/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/87/qP/V/8P/1f/a/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAPX/9P8TAAAAyv/E/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/7P/s/+z/6//s/xQA7//u//D/AADt/+z/7v8dAOH/6P/p/+X/5P/f/+j/AAAAAAAAAAAAAAAABwAAABYA7P/s/+z/7f/r/+j/6v8UAOz/7P/t/+z/7P/s/+//AAAAAAAAAAAAAAAAAAAAAN7/7P/s/+z/7P/j/xQA6//S/9f/0//a/+v/1P8sAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAOv/AAAAABcA9/8AAPr/AAAAAAAAAAAKAAAA6v/X/+r/4P/W/9b/6v8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/T/9X/5v/s/xcAAADs/yIAAADz/wAAAAD1/93/+f8AAPn/AAAAAO//AADt/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/q/+z/6f/e/9f/KQDr//f/AAAAAAAAAADs//L/FAAAAAAAAAAAAAAAAAAAAAAA7v/4//n/7f8AAOj/6/8YAOv/FQDq/+v/6//q/+v/6/8AAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAAAAEAD6/wAA7P8AAPX/FADt/wAA7P/s/+z/7P/u/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/q/+L/7f8AAAAAAAD0/+L/BQDs/+v/AADr/9v/6//o/9L/1v/c/9z/0f8ZAOX/6/8fAN//2P/h/+f/1P/q/ygA5v/q/+//AADd/9j/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAD1/wAA7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA2P/r/+n/1//X/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAAAAAAA+f/4/wAAAAAAAAAAAAAAAAAAAAAAABQA8f8AAAAAAADs/+z/9f/t/xQA7P/w/+z/7P/s/+z/5P/o/+r/5v/n/+P/GgDn//L/AAD6/97/8f8AAO7/AAAUAOz/7P/u/+v/6v/s/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/sf8FABEAxf/s/7f/8v/n/6z/yv+v/7b/vP8eAKr/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f/s/xQA7P/Z/ycA2//a/9n/3v/X/9z/AAAAAAAAAAAAAAAAAAAAAPH/7P/s/wAA9f8UAOz/7P/j/+3/2v/h//P/KADo/93/AAD1/wAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAA+v8AAOf/+P/u/wAAAAAUAOz/7P/s/+z/+/8AABQA7v/s//r/4f/s/+v/6v/0/wAABwDs/8z/0P/r/9z/1v8NAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAADy//j/AADl/+z/9P/p/+L/6//r/+b/7v8cAOv/AAATAAAAAAAAAPP/7v8AAOv/6/8UAOz/7P/s/+z/7P/q/xYA6//r/+b/7P/r/+z/7P/e//n/AAAAAAAALwAAANX/KADy/9D/y//b/9P/z//P/wAA0//K/9P/yv8LAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/w/+//7P8UAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAOH/3//Q/9P/2P/s/9T/2v/s//L/8f/y/+n/IADs/+X/+v/7/+//AAATAPj/EwDj/+v/7//v/+v/2P/h/yIAIwDa/8P/1P/D/+H/3//c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9H/m//Y/6b/uv8qAK7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+z/FADs//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA1f/Z/9r/2v/Y/wAA4v8AAAAAAAAAAAAAAAAAAAAAyv/V/9z/2//r/wAAHQDo/+7/8/8AAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//t//H/7v/s/xQA7v/s/xQA7P/t/8r/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAD1/wAAAAATAAAAAADx/+//AADx/+b/2v/d/97/4f/k/ycA1/8AAAAAAAAAAAAAAAAAAAAA7P8AAPH/AADx/wAA4v/g/wAA7f/o/9r/FADY/9T/6v/s/+r/7P/s/+X/6v8UAOz/DgDo/8f/pP/D//P/6f/Q/+n/6//o/+z/7P/o/xcA5f+u//r/wv+2/zIAqv+6//T/7P8RAOP/2//Y/+r/2P8AALL/+P/I/7f/rv/e/+z/CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA0P/x/+z/8P8AAOj/AADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//H/6v8AABMA3P/y/+z/1f/5/7r/LgCh/+L/0v/l/+j/+P/v/xkA6v/q/+3/FADr/+z/7P/t/+z/7P/n/wAAAAAAAAAAAAAAAAAAAAAjANP/3v/d/+f/5v/X/9b/AAAAANz/AAAAACcAAAD7/+//6//4/+7/8//o/xYA6//0/7n/rf+U/8H/2f+c/x0A0//t/8v/vf+y/6P/p/83AM7/xP/D/xUAxf8AAOP/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/MgDX/9H/zv/H/9n/1v/l/xoA5v/r/+T/6v/k/+n/7f9GAHj/pf90/4b/rv+F/wAAAAAAAAAAAAAAAAAAAADs//X/7f8AAAAA7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9j/2P/X/9n/AAAAANj/7P/s/+z/FADs/+//6//s/wAAAAAAAAAAAAAAAAAAAAAUAPn/7v/y/wAA7P/s/wAAAADs/+z/7f/t/9j/DgDs/wAAAAAAAAAAAAAAAAAAAADl/+f/5//p/+b/5f8ZAOb/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOn/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA1//I/8n/HgDU/8X/DwDQ/ygA3P/m//P/8P/p/9f/6v8AAAAAAAAAAAAAAAAAAAAA9/8AAAAAAAAAAOf/4v8kANf/4v/1/xQA6//o/wAA7P/W/9L/6f/Q/+D/AAAQAOj/AADF/8f/zv/U/8r/EADQ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/wAAGQDi//T/tP/w/9b/xv/4//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+T/5v/X/93/1P8iANr/4P++/8n/xf/e/+f/HQDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAv/8pAOf/2//O/+r/tP/s//P/EQCZ/+b/rf/N//L/7/8AAAAAAAAAAAAAAAAAAAAA2P8TAOj/AADg/97/3v/h/+b/7P/s/+X/FADs/+z/7f+a/zIAu/+c/83/q//K/8//1v8qAOr/z//D/+H/yP/Y/+z/7P/u/+//8//0/xQA8f/s/+z/7v/t/wAA7f8UAOz/7P/u/+3/7P/t/xQA7P/s/9P/4/8JAPr/1//Q/wAAxv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/HAAAAAAA8P8AAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvv/W/9T/6v/E/9H/9P8nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6f/s/+//GADq/+r/5v/a//D/3//c/9//6P8SANn/6P8hAN3/5P/f/+v/2v/a/+z/+P/t/wAAAAAUAOz/7P/t/xQAAAAAAO3/9P/w/+7/AAAAAAAAAAAAAAAAAAAAABUA7P/v/wAA8f/u/+r/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/x/+z/7X/2P/S/9z/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6//s//b/AAAAABYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AANr/5//c/+D/6v/N/+n/1//W//r/v/8AAO7/1v/w/+3/7P8UAO3/7P/s/+z/qf94/3//DQB2/8r/EQCE/xQA7P/s/+3/8//s/+z/7P8GAPf/AAD2/wAA1//v/wwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/KwDU/8X/tf+v//T/nf/u/+j/1v/n/+r/+P8dAN//3v8AAAAAAAAAAAAAAAAAAAAAy//F/9v/3/8wAOD/0//3/wAAzf/t/9z/1//p/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA1P8HAOD/0f/J/8n/CADg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/D/8X/ov/S/7X/OgCx/+//7f/s//b/9//s/xQA7f8AAAAAFAAAAAAADQAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/7P/p/+v/FQDs//b/FgD6/wAA+v/4//L/+//A/8z/4v8AAOL/AADt/8T/4f/5/wAAAAAAAAAAHwAAAOn/7P/t/+v/7f8ZAN7/6/8AAAAAAAAAAAAAAAAAAAAA6v/r/+z/7P/s/+v/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADr/w8A3//Y/8L/6v/l/wYAAADm/wAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAADN/9T/0P/Q/9H/MgDN/8v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//7//t//H/7P/s/+z/3P/g/9//6//h/+P/HADo/+z/AADu/+z/7/8TAOz/7P/l/87/nf/r/9b/6v8AAPP/AAAAAAAAAAAAAAAAAAAAANf/4//X/9v/0f/W/ykA5v/s//L/7v8ZAAAA5P/n/wAA2//A/+v/n//6/xUAtf/r/7v/t//Q/wwAzP8NAMb/xv/e/9j/AAAAAOj/EgDY/9n/AAAAAAAAAAAAAAAAAAAAAOH/2//V/+b/2f/k/yQA0f/s/+z/7//t/+3/FADs/+z/6//r/+r/6v/r/+v/FQDq/+3/AADb/+r/6//R/9v/FADY/6P/8P/G/8P/6P8ZALn/w/+i/+f/v//C/6//SgDU/+j/2//d/+f/2P/X/ycA5f/S/9n/1P/V/9v/1/8pANj/AAAAAAAAAAAAAAAAAAAAANr/pP8wAMr/U/8ZANb/gP/s/+z/7P/s/+z/FADs/+z/7f8AABMAAAAAAPH/9//5/+3/7f/4/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P/v/+z/FADz/9P/AADY/9f/2P8HAMr/2P/u/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/5//s/+7/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAyf81AND/y//j/8v/1v/K/wAAAAAAAAAAAAAAAAAAAADC/+v/yP+5/8P/GQD0/9f/AAAAAAAAAAAAAAAAAAAAANT/4P/p/93/6P8tANX/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/xoA4f/r/+L/4P/p/+T/7P/s//v/AAAUAO7/7P/6/wAAAAAAAAAAAAAAAAAAAADl/7H/vv/C/6//s/8vAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKD/7/8pAOv/oP/o/7//6f8AAAAAAAAAAAAAAAAAAAAA7f8AABMAAAAAAPH/9//5/xQA+P/u//L/AADs/+z/AADs/+z/3f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/9P/x//K/9H/z//4/wAA7f/t/+//AAD3/+z/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAx//n/+7/3v8GAOD/3P8aAAAAAAAAAAAAAAAAAAAAAAAUAOz/7/8AAAAA7P/s//f/5f/o//j/7/8ZAOr/6v/t/wAAAAAAAAAAAAAAAAAAAADd/9P/3//r/+n/9v/Y/xIA3P/e/9b/6//Z/x8A5f/Z/wAAAAAAAAAAAAAAAAAAAADs/+3/8f/5//L/EwAAAPX/JQD6/wAAAAAAAOL/6/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA9P/2//b/+v8SAPf/9f8AAAAAAAAAAAAAAAAAAAAA7v/4//n/7f8AAOj/6/8YANL/FADi/+X/6P/W/wYA7P8AAAAAAAAAAAAAAAAAAAAA6//q/+v/4//o/93/FwDm/6z/vP/Q/7n/zP/r/wAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+3/8/8AAO//7P/x/9j/6//t//P/6f8XAOn/6//s//X/AADu/+//7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvAK7/sv/5/7T/6P/G/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/8n/3P/n/8L/AADH/wAA6//X/+D/0v/s/9z/y/8WANj/0f8jAOD/3//V/9v/3P/p/ygA+v/m/+//7P/p/+7/AAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAAAAAAABAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/7P/w//D/6v8VAOz/AAAAAAAAAAAAAAAAAAAAANj/5P/m/9n/2v/a/9r/KADr/+b/4v/t//H/7/8VAOL/EQDU/8n/of+1//n/AADM/+r/6f8XAOj/8//m/+v/6P/i/wAA7P/w/+z/6P8AAPL/AAAAAAAAAAAAAAAAAAAAAOj/6f/n/+f/3//p/xgA6v/g//r/AAD0/wAA5f/b/yoAAAAAAAAAAAAAAAAAAAAAAOr/4P/d/+n/4P/m/xwA4f/7/wAAAAAAAAAAAAAQAPr/AAAAAAAAAAAAAAAAAAAAAN//7P/s/+3/7f8GABQA8f/s/wAA9P/4/wAA5P/u/xUAAAAAAAAAAAAAAAAAAAAAAAAA7P/R/8L/tf/L/9r/HgD6/wAAAAAAAAAA9P8AABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+D/6//W/9//+/8UAOf/AAAAAAAAAAAAAAAAAAAAANv/EgD0/9z/5P/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAPj/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/a//H/9v/3/+j/KQAAAN3/1f/n/97/4f/g/9f/KQARAPL/AADl//r/CgDu/+f/AAAbAAAAAADy/wAA8/8AAAAAAAAAAAAAAAAAAAAAAAATAPn/AAAAAAAA9v/u//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/93/GADc//v/6f8AAAAA7f/x//r/AAAAABQA+P/s/+z/7f/1//T/9f/s/xQA+v/1/8T/y//J/9H/DADE/+f/AAAAAPf/AAD6/wcAAAALAAAAAAAAAAAAAAAAAAAAAADi/+r/CACf/8r/3f/g/wAA2f/Y//b/7P8oAN7/2P/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8AAAAAAAAAAAAAAPr/GADq/+f/8f/t/+r/6P/k/9n/5v/s//r/AADP/+D/KgAAAAAAAAAAAAAAAAAAAAAA2v/Z/9v/3//d//T/DQDZ/wAAAAAAAAAAAAAAAAAAAADr/+H/6//g/+j/FgDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//W/+P/AADd/9j/6f/r/+r/8f8AAO3/FgDr/xUAAADx/+//6v/o/+H/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7//t/+z/FADt/wAAAAAAAAAAAAAAAAAAAADs/+3/+P/t/wAAFADs/+3/4f/p//P/yP8LAPP/qf/F/97/7P/k//r/7P8mAOn/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACkA7v/q//H/AADj/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA9v/2/wAA7P/7//L/8P8AAOv/FACx/8j/sf8KALb/3f8AAN//7P/4/+7/7f/u/+z/7P8UAMf/y/8SABkAzv/Y/87/zf/2/8r/1//v/8X/5f/T/wAA7P/t/+z/+f/t/xQA7P/s/xQA7//3/+z/+f/p/+v/7P8AAAAAAAAAAAAAAAAAAAAA7f/0//b/8v/s/wAA8f8UANv/FQDc/8b/0f/X/9f/BwDx/+3/7P/v/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAADQDi/+j/2f/Y/9f/3v8AAAAAAAAAAAAAAAAAAAAAy//a/wAA7//t/wAAFQDS/+D/3P/j/xwA5v/l/+T/6P/p/+P/5//n/+P/3/8YAOf/AAAAAAAAAAAAAAAAAAAAAAAA2P/s/+v/7f/s/9f/FADs/+v/7P/r/+z/FQDr/+z/AAAAAAAAAAAAAAAAAAAAABUA6v/s/+7/7f/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+3/FADt/+z/FADs/+z/7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAy//E/0UArf+v/8T/yv+7/+b/7P8UAOz/AAAAAOb/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/yv+5/7r/vP8GAOz/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+L/5f/c/9r/4/8hANP/5v8oAOb/1//n/+j/3//W/9v/0P/u/9f/8/+1/+P/JwDe/+b/1P/l/+v/3P/m/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/yIA3//f/+X/4//Z/+D/AAAAAAAAAAAAAAAAAAAAANj/JwDe/9v/6f/p/9n/2f/q/+r/6//h/+r/5P8WAO//AAAAAAAAAAAAAAAAAAAAAOz/+f/u/wAA8v/s/xQA9P8GAOX/4//J/9z/zv8AAOH/7P/4/+3/AAAAABQA7P/s/+f/DADH/8z/6v/o/+z/6v/x/9D/8v/Z/+T/1P/U/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/6D/2v8AAOD/uv8AAAgAAAAAAAAAAAAAAAAAAAAAANn/7P/6/+X/4P/r/+3/KwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/z//c//j/tv+R/9j/4f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/0/+z/FADs/+z/7//t/wAAAADt/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDz/wAA9v8AAOv/9//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//7v/l/9//5f/o/xEA1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/8f/s/+r/7P/r/xIA7P8AAAAAAAAAAAAAAAAAAAAA7P/l/xQAAADW/9b/7P/Y/0oApf+6/xAAv/+h/7H/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/yUA2v/j/+f/5v/Z/9//7P/s/+3/7P/t/xQA7P/s/9b/EwDo/+H/0v+2/8T/BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+7/AADs//b/7v/z/+z/7f8UAO//4v/l/+b/5f/m/+f/GgDh/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/GwDq/wAAAAAAAAAA5f/z/wAA2f/s/+3/7f8TANr/7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/0/xcAAAD5//T/6//7/9n/6v/i/93/6//M/x8A6f8AAAAAAAAAAAAAAAAAAAAA6f/m/+3/9//v/+j/FADj/wAAAAAAAAAAAAAAAAAAAADu/9X/0v/d/+n/CAAAAOP/7P/s/+z/7f/2/+z/FADs/wAAAAAAAAAAAAAAAAAAAADY/+f/3f/m//D/6/8AABIA8/8AAPr/+P/5/xQA8f/t/wAAAAAAAAAAAAAAAAAAAAAKAPr/2P/0/97/xv/r/9j/AADY/+z/8v8QANr/4v/a/+z/BgDr/+z/8P8UAOf/6P/3//n/+f/t//D/7P/y/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/8v8AAAAAAADs/wwAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAADy/wAA7f8AAAAAAAAAAAAAAAAAAAAAAADb/9n/4P/s//r/KADm/+r/1//W/9j/2P/Y/9j/KADY/+z/4v/t//j/AADr/xQA7P/y/wAAAAAAAAAA+P/z/xIA7P/s/+z/8P/v/+z/FADz/+r/6v/r/+v/6v/r/xYA6/8AAAAAAAAAAAAAAAAAAAAA5v/q/+//AAD1/+//GgDs/wAAAADU//T/2//R//X/9v/i/+7/AADy/wAA2//o/yMA7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPP/AADT/+b/w//m/+v/+//Y/+n/2P/5/+D/6v+1/yEA2//Y//L/7P8AAOv/2P8UAOn/6//q//H/AADt/xYA6/8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/7//u/+v/FADs/9P/yv/U/9n/9P/R/zMA5v/c/woA2//d/+f/5P8AAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/1v8SAOX/2P/f/wAA3f/r/+v/7P/s/+v/6/8VAOz/CQDk/+r/6//r/9D/EQDT/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/s//P/7P/v/+z/FAAAAOP/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v8UAPj/8f/s/+z/7P/s/+j/5v/o/+v/6//q/xcA6f+3/5b/tP+l/8z/MgDt/8b/7P/s/+j/4P/v/+z/FgDo/+L/4//d/9X/zf8jAOP/3//h/9//AADm/9//IADP/9v/6//p/+//4v8KABcA7f/h/wAAAAAAAAAAAAAAAAAAAADm/9z/1//V/7P/zv8AAA4A7P/s/xQA7P/t/+z/7P/t/8j/1//K/8//zv/W/zIA0f8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/7//t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+z/AADs/+7/7f8UAAAAAAC7/93/0v/j/+z/uP/W/woA4f/Z/+j/1P8PAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/7P/k/+z/7P/r/9f/2P/q/9L/4f8AAOv/DQAQAN3/1P/Z/+j/+P/V/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+z/7P/q/+v/FgDr//P/uv/b/8X/1f/B//j/9v8AAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADa/93/9v/q/+r/8f/b/wAAAAAAAAAAAAAAAAAAAADj/yMA3f/2//P/4//a/+f/7P8UAOz/8f/u/+z/7P/s/+z/7P/s/+z/7P/s/xQA7P/u/8b/4v/1/+D/9//s/xMAAAAAAO3/AAAAABgA9/8AAAAAAAAAAAAAAAAAAAAAAAAfANP/2P/t/+L/4f8OAOH/7P/5//j/7/8AABQA7P/v/xQA8f8AAAAAAADs/+z/9f/u/+L/vf/r/6H/3v/y//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7P/s/+z/7/8VAO7/8f8AAAAA7P/r//T/AAAAAAAAAAAAAAAAAAAAAPL/FADx//j/AADx/+3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALr/zv8rAMX/1v/L/+L/zP/O/9r/AADc/+T/1P8dAOb/7//u/+z/7P8AAO7/FADw/wAADgDj/+f/vv/u/6j/r/8AAO//4v8AAPH/6//4/+//4//f//T/8//3//L/IQD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/xQA7//u//D/AADt/+z/7v8AAAAAAAAAAAAAAAAAAAAA2//e//D/8f/o/xEAxP8AANH/3f/V/8f/CQDL/9P/EgDs/+z/7P/t/xQA7P/s/+z/MADP/+T/2f/R/97/w//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/q//j/3//s/wAA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/zP/h/9f/x//r/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9b/2//6/+v/2f/I/ycAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAAAAAAAOz/8v8UAAAAAAAAAAAAAAAAAAAAAADP/87/xf/E/z8Asv+1/+P/7v/s//D/8P8UAOz/7v/s/wAA+v8AAAAAAAAAAAcAAAAUAO3/9P8AAOz/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAC1/9j/t//P//X/AADc/wAAAAAAAAAAAAAAAAAAAACU/8P/6v+w/7v/KwD3/xYAHwDq/+b/6v8AAN7/2//r/+r/6v/r/+r/7P8VAOr/6v8IAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAADp/+v/6//o/+r/6v8VAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACj/xkA4//O/8X/EgDP/9v/EgDY/+//8v8AAOz/5f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDj/+n/9f/v/+H/7P/s/wAAAAAAAAAAAAAAAAAAAADo/ycA2P/q/+r/2P/Z/9z/7P8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+z/+P+r/7b/0P/e/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+//8//0/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAAAAAAA0AAADs/+//AAAAAPj/8v8UAAAA4v/o//H/+P/x/+f/HAD1/+3/5//k/+f/6v/q/+X/FwDp/+r/2//r/+f/3P/n/xkA2P/Y/9j/5P8RANz/5v8AALX/tv+z/57/uf+q/7//WwAAAAAAAAAAAAAAAAAAAAAAEwDu/wAAAAAAAPH/+//u/wAAAAAAAAAAAAAAAAAAAADg/xgA5//s/+T/4//p/+j/AAAAAAAAAAAAAAAAAAAAAOH/tv8wANH/3f/D/87/wv8TAAAA9v8AAPb/AADv/wAAAAAAAAAAAAAAAAAAAAAAABcA1f/r/9b/1v8AANT/6f/u/wAA6v/h/+n/0//6/+v/AAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAAAAAO7/+v/Y/+n/4//s/wAAHADs/+v/7P/s/+7/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/AAC2//b/6P/J/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/t//j/AAD2/+H/HwAAAO3/7f/s//H/8//s/xQA8v8AAOD/6v/s//P/3f8MAOH/7P/s/+7/7P/s/+z/7P8UAB8A5//o/+r/7v/0/97/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/8f/4v8HALn/wv/U/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALn/4f/E/8P/BgDU/+f/EADs/+v/6//s/+z/FQDr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/1f/S/87/xv/s/93/FADx/+z/7f/s//n/7f8UAOz/7P/M/9r/5P/Y/9n/6/8AAB0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+3/3v8AAAAAIwAAAAAAGgDm/+r/5P/m/+r/5P/k/wAAAAAAAAAAAAAAAAAAAADW/9b/CgDt/+z/5P8iAOf/xf8RAA0AzP/M/9T/yP/R/9r/4P/h/9//4//d/yEA4P8AAAAAAAAAAAAAAAAAAAAA7f/s/wAAAADp/+r/6/8WAAAAAAAAAAAAAAAAAAAAAADT/+v/4f/f/+D/zP/o/x8A9P/u//L/AAD4//j/FQDx/wAAAAAAAAAAAAAAAAAAAADe/yQA1P/Y/9z/1v/Y/9X/AAAAAAAAAAAAAAAAAAAAALL/1P/R/9L/vf/S/z0Aw/8fANH/2P/w//X/5f/c/+//AAAAAAAAAAAAAAAAAAAAABQA7v/t//H/AADs/+z/7f/r/wAA3P/u/9j/2P/j/wAA9f/4/wAAAAAAAAAAEAAAANH/2f/s/+v/AADa/xkA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/xQA7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAEgAAANj/x//g/+3/+v/b/+z/6//q/+v/6/8VAOv/7P8AAAAAAAAAAAAAAAAAAAAA6//r/+v/6//s/+v/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/e/x8A+P8AAPH/AADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADr/+X/AADN/+f/EQDE/xUAAAAAAAAA+v/s/+//6//5/xoAAAAAAPf/+f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAp//R/6b/dAC1/5//m//B//b/8f/u/+7/+//u/xQA8f/Y/97/6f8pAOX/1v/X/9r/xv/O/8H/LgDH/77/zv/q/+v/6v/s/+v/7P/o/xUA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/6L/wP+h/5f/DgC0/7X/GgAAAAAAAAAAAAAAAAAAAAAA3f/p/+j/eP+H/+H/BwDa/+v/EgDr/+v/5f/r//L/7P8AAAcA6f/w//T/3v/i/+v/EQAAAAAAAAAAAPH/AAAAABQA8f8AAAAAAADs/+z/9f8AAAAAAAAAAAAAAAAAAAAAFAAAAPH/AAAAAOz/+P/5/wAAAAAAAAAAAAAAAAAAAADY/9P/4f/b/+b/8f8iAM3/7P/s/+z/7P/s/+z/FADs/9z/y//c/97/1P/W/yoA1/8AAAAAAAAAAAAAAAAAAAAA6f/r/+f/6f/s/+T/FwDq/7j/xv/l/9b/7v/s/9T/FAApAO7/6v/x/wAA4//e/wAAAAAAAAAAAAAAAAAAAAAAAAAA1f/Z/9r/2v/Y/wAA4v8AAAAAAAAAAAAAAAAAAAAA6P8AAOT/FADs/+P/y//s//r/5P8AAPr/7v8mAAAA2v/n/+D/5f/t/+X/9v8hAOf/6P/W/+f/6v/4/x0A3//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA3f/b//X/4//y/+j/6v8AAAAAAAAAAAAAAAAAAAAA7P/s//X/9v8AABQA7f/s/wAAAAAAAAAAAAAAAAAAAAAUAO7/7f/z/wAA7//s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/9T/AADT/+H/HgDa/9j/AAAAAAAAAAAAAAAAAAAAAAAA6//6/wAAAAAAAOT/8v/s/wAA6//k/+f/6//Y/xQAAAAAAAAAAAAAAAAAAAAAABsA8//t//n/8//l/wAA7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7//t/xQAAADs/xQA7P/v/wAAAADs/+z/7P/t/+z/7P/u/+3/7f8UAOz/qP/V//L/zP/M/z4Ayv/O/9r/4v/u/9//7f8aAOf/3v/T/9n/3//R/+P/LwDT/+T/AAAAAAAAAAAAAAAAAAAAANj/2P/Y/9z/2P8AABQA7P/U/wAA5//J/9z/vf/K/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/xIA4//s/+z/4//z/+z/AAAAAAAAAAAAAAAAAAAAANj/2//k/9n/2//Z/9j/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgA6v/c/+D/DwDp/woA1P/P/+L/2v/Z/ycA1//g/9r/+v/l//j/+P8bAOz/6P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/4//p/+f/7P/Y/9j/KAAAAAAAAAAAAAAAAAAAAAAAFADr/+v/7f/m/+z/7P/s/9f/zf/V/9T/1v/c/9f/LADY/+f/FADl/9P/7P/n/wAAAADm/9v/4f/l//v/CQDY/+3/7f/v/wAA9//s/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/KADk/9v/2v/Z/9j/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/0/+5/+r/+v+1/+r/3f/W/9z/3P/l/zcA3v/W/8b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/g/+L/7P/o/xMA2f8AAAAAAAAAAAAAAAAAAAAAAADt//T/9v/y/+z/AADx/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f/u//j/7P/s/+3/AAAAAAAAAAAAAAAAAAAAABkA7//n/+f/5//p/+f/3/8JANP/0/8AALj/pP8VAML/AAAAAAAAAAAAAAAAAAAAAAcAAADP/wsA2v/3/8n/xv8AAAAAAAAAAAAAAAAAAAAA6f/o/+r/FwDr/+f/6f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADa/8//1//h/+L/AADx/wAAAAAAAAAAAAAAAAAAAAAAANj/7f/r/+H/6P/Z/xMAAADs/+z/7P/s/+3/7P8UAO7/7P/s/+3/7f/s/+3/7P8UAOz/7P/s/+z/7f/s/xQA7v8XAN3/3P/o/+3/2//U/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/4/+3/AAAAABQA7P/s/9r/2f/n/+3/6f/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/5//s//P/HAD1/+n/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACcA0v/W/93/1//z/9//y/8fAO3/2//N/7//CADK/87/AAAAAAAAAAAAAAAAAAAAAPD/7f/u/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAxv8XAAAA2v/Z/8f/xf/e/7z/9//K/7H/yv/3/+z/0f8AAAAAAAAAAAAAAAAAAAAABgAUAOr/7f/s/9j/0P/r/+T/4P/z/wAA+/8bAOn/6v8oAMb/1v/s//L/AADH/9r/AAAAAAAAAAAAAAAAAAAAAOH/+//b/+//7P8AAOr/6/8AAPP/AAD1/wAA6f8AABcA7P/5//T/+P8AAPT/FAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/9n/9P/g/9v/AADT/9//5//n/97/HQDf/+H/3f8AAAAAAAAAAAAAAAAAAAAAxf/A/+L/2v/c/8b/EwAJAO//7f/s//b/9//s/xQA7f/1/xQAAAD1//P/7P/s//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/9//vf8IAMj/uf8mANL/AADs//X/FADu/9f/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAcA7//v/wAA6//f/+r/AAAAAAAAAAAAAAAAAAAAANb/FgDc/7//w//U//X/0v/s/xQA7f/s/+z/7P/s/+3/AAD5/wAAAADv/wAA7f8UAAAAAAAAAAAAAAAAAAAAAADr/+z/6//s/+b/6v8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA7P/p/+X/2P/a//v/7P+8/43/xP+0/7H/zv/w/08AEQAAAAAAAAAAAPH/AAAAANz/8v/w/+//+f/y/ygA8P/s/+z/7P/2/+z/FADs/+z/AADX/7v/pf/Y/+L/7//d/xQAAADu//j/AADs/+z/AADo/+r/7P/s/+v/FQDs/+z/8P/l/+7/+f8AAAAA8/8HAAAAAAAAAAAAAAAAAAAAAAAOAOb/2//m/9r/2P8GAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/r/+z/6//r/+r/FgDK/+j/3v/r/+f/JQDN/9//FAAAAO3/8/8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAD1/+z/GADs//T/8P/p/+j/AAAAAAAAAAAAAAAAAAAAAOz/7//w//r/7/8UAO//7P/s/xQA6f/o/+r/7P/s/+r/AAAAAAAAAAAAAAAAAAAAANv/AADz//n/6f/Y/+r/AAAXAOv/6//q/+n/6f/n/+v/EwDx//f/AAAAAPD/7v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/AADc/+X/2/8UANj/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+v/5//r/+j/GQDk/+T/6P/f/x0A4//j/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAO7/5//t/9z/6//q/8v/HQDh/+j/6f/l/+T/3//o/wAAAAAAAAAAAAAAAAAAAADZ/7//4v/f/6//FQAPAIX/GwAAAAAAAAAAAOT/7P/r/wgAAAAAAAAAAAAAAAAAAADF/8f/1f/V/8f/HAD1/8X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhANX/4v/o/+f/2//f/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+L/6f8TAAAAFADl/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABYAv//H/8j/w//A/wAAsf8AAAAAAAAAAAAAAAAAAAAAAADg/9r/2//Z/9n/OgDY/8T/v/8UAOv/6f/o/9b/AADz/+z/7f/s/+7/7f/u/xQA7P/s/+7/+P8AAPX/8P8UAPn/7P/s/xQA7P/s/+z/7P/s/+z/7P/t/+z/7f8UAOz/7P/j/8f/3P+2/73/NQC6/97/5f/Z/9n/7v/4/+b/GwD5/xIA3/8AANb/4v/6/9//1/8AAO//AAAAAAAA7v8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYA7P/Z/+f/6//q/+n/7P8UAOz/7f/s/+z/6//s/+z/7f8AAAAA+v/s//P/FQAAAAAAAAAAAAAAAAAAAAAAAAC9/xMAxv/m/8H/2f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//o/+r/xf/j/+n/IQDj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/KQDb/8X/1v/n/6H/8v8AAAAAAAAAAAAAAAAAAAAA1//U/9r/2f8QAMv/AADX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/DwDq/+f/6//I//r/0v8AAB4AAAAAAAAA+P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/W/8//xf/d/wAAJwDJ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPf/8P/w/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/tP8eAMX/DgDe/+v/AAAAAAAAAAAAAAAAAAAAAN//5f/a/+j/6P8gAOP/5P8VAOv/AADj/wAA+P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAwf85AJX/5v+e/+f/y/8AAAYAAAAAAAAAAAAAAAAANgDR/8T/tv+s/93/tf/Y/+f/AADf/+//3v/r/wcA5//d/9v/3f/R/+j/8f/g/xEAEwDu/wAAAAAAAPH/+//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/8P8AAOz/7P/4/wAAAAAAAAAAAAAAAAAAAADX/9z/8v/s/wAA3v8rAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+z/8P/3/+3/7P/v/xwA+P/3/wAAAAAAAOr/AAAhAPn/9/8AAAAAAADq/wAA3P8RANf/BQDe/9j/4v/Y/+v/2//m/+v/4v8SAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/2P/Y/wAA6/8VAMP/3v/t/+z/FADs/+7/7P/s/+3/7P/s/+z/7P8UAOz/7P/r/+L/0P/0/9z/3//W/8v/JQAAAAYAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDt//L/+//3//X/7P8AALT/yv/o/6z/tP+o/wAAFgDk/wAA6v/Y/9b/1f8WAOX/5v/h/+T/0P/l/7j/GwD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/9//4v/l/+r/4/8hANv/AAAAAAAAAAAAAAAAAAAAAPD/AADt/wAAAAAUAOz/8v8UAOz/7f/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaANb/3v/Y/9z/2P/l/wAA7P/s/+z/7P/w/+z/7P8UAOz/7v/t/+7/AAAUAOz/8f/s/+3/AAAAAPr/7P/z/xUA3v8AAAAA5v8AAAAA2P8TAOD/tf/I/+z/5/8RAOL/4/8AAAAAAAAAAAAAAAAAAAAAAADW/9L/0v8LAMf/w//4/xQA7P/s/+z/7P/s/+z/7P/b/+T/4//n/+z/JQDf/9T/8P/r/wAA7P/s/+z/6/8UAOP/CADm//r/2//l/+f/BwAAAAAAAAAAAAAAAAAAAAAA9/8SAOj/1v8AAN7/wf/X/87/BwDB/87/z//q/73/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoANj/2v/b/+z/2P/e/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+z/7P/s/xQA3//i/4n/AADG/yYArf/K/xkA4f/u/+7/FADd/9//4v/p/+v/6//o/+r/6v8VAOr/AAAAAAAAAAAAAAAAAAAAAOX/4//j/+r/5/8XAOj/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/FADt/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P/s//f/AADx/+z/7P/u/xQAyP/a/7r/0P/N/xAAof8XAAAAAAAAAAAAAAAAAAAAAADd/97/5//d/9v/2P/q/yUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+b/7v/l/+v/EwD3/+z/w/89ANz/1f/c/9H/v//d/+v/6//z/+z/8P/o/xYA6/8iAAAA8/8AAAAA9f/d//n/9f8lANf/5f/O/+//uf/P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/p/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/wv/7/xEA3f/p/+D/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//m/+z/8f/r/ycA0f/q/xkA4v/n/+f/5f/o/+n/4//D/xoAyP+//7r/wf/m//X/AADm/xQA4P/u/9j/6//b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/b/+z/5//Y/+v/3P8jAAAAAAD6/wAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAK3/2f/F/8f/rv+w/+r/7//e/zsA+f/k//v/AADX/97/6P/m/+j/6//r/+r/FwDp/8v/3P/Y/+P/2v8XANr/BgDn/93/5//i/+P/5P8hANr/4/8xANX/wf/J/9z/vP/h/+P/3v/k/+P/5//o/x0A5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+r/7P/l/+z/6f8VAOv/AAAAAAAAAAAAAAAAAAAAAKr/0P/G/+v/CgAAAO7/AAAVAAAA7P/w/93/7f/r/+P/AAAAAAAAAAAAAAAAAAAAAMj/7v8AAL7/3//P//D/DAAUAPn/7v/y/wAA7P/s/wAAIADk/7r/5//N/9H/4v/S/wAAAAAAAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAQAPr/5P8cAO7/7P/a/+r/y//i/w8A3f/p/+n/4f/g/wAA0v/q//L/9//p/+3/GADo/+7/BQDU/9b/1//g//P/0P8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7/8AAO7/AAAUAO7/+/8RAAAAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/AAAUAOz/7P/s/+z/7P/s/+3/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAMv/wf/U/8n/6f/F/8n/JwDY/+n/7f/b/+r/zv8oAO7/6//Y/+r/2P/t/wAAEgDa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+v/7v/u/+v/6//s/wAAAAAAAAAAAAAAAAAAAADc/9f/2v/c/9n/AAAAAOX/9f/1//X/6//x/yUAAADc/+//2f/s/+3/AADR/xAA2v/m/+//CADj/+r/gP/H/wAAEwAAAN3/4P/d/+v/2P/s/+X/FgDs/+z/5v/t/+v/7P8UAO3/7v/0//D/8P/s/+z/AAAOAMX/+P/Z//n/7P/B/wAAAAAAAAAAAAAAAAAAAAAGAOz/6f/Z/+X/yf/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/n/+X/3//o/+r/FwDn/xQA6//s/+v/7P/s/+z/7P/j/9v/GwDV/+j/6f/i/+H/zf/g/8r/NQDE/7L/2v/n/9z/9v8AAOv/2f/b/+P/KAB2/93/0f+N/+//BwDA/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xgA+f/x//T/4P/q/+z/qv8FALL/oP8TANz/+//E/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADE/9T/AAAAAOj/y//L/xQA2v/w/+//BgDo/+z/2P/O/ysAz//M/8n/5f/h/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/+z/GADs//T/8P/p/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6v/q/+v/6/8VAOr/7P/s//X/9v8AABQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P+m/9z/CQAWANv/6v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL3/1v/k/5D/kf9HAIv/d/8AAAAAAAAAAAAAAAAAAAAAa//M/7//CACn/xkAmP/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+//4/8AAPv/IwDy/wAA7P/0/wAAAAAAAO7/FADy/+v/6f/q/+n/7f8VAOv/KADz/+j/0v/F/7b/3//f/wAA2v/c/9j/2v/k/wAA2f/Y/+7/AAAAAAAAKADy/+z/AADe/+//4/8AAPv/IwDy/wAAAAAAAAAAAAAAAAAAAADs/9n/7P/u/xQA7P/s/+z/7P8VAOz/7v/t/+z/6P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xoA7P/t/9L/7P/L/+v/AAAAAAAAAAAAAAAAAAAAADAA+P8AAAAAAADr/83/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA5v/m/+j/6v/l/+f/5//Y/9n/2//d/93/4v8oAOP/AAAAAAAAAAAAAAAAAAAAAPn/9f/W/9L/2f/X/+z/3P/s/wAAAAAAAAAAAAAUAAAADQD3/73/0P+//9f/+P/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/W/9f/3//p/xEAFwDY/+j/0v/W/9z/3P/R/xkA5f8AANn/4//q/+H/2P8AAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+7/AAAAAAAAKADy/+z/2v/Z/9r/2v/b/wAAAADY/9P/KQDZ/9r/1//j/8T/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/r/93/6v/t/wsA6v/q//j/7P8AAAAAFQDv//v/AAAAAAAAAAAAAAAAAAAAAOn/6v/r/+v/6//r/xUA6v/p/+v/7f/v//X/BwAYAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/6//t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/Z/9n/1v/e/yoA2//X/wAAAAAAAAAAAAAAAAAAAADy/xQA8f/4/wAA8f/t/+3/7P/t/+z/7P/s/+z/6f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8aAOz/4//T/+z/y//r/wAA8v8AAAAAAAAPAAAAAADs/+f/7P8ZAO7/9f/o/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/xQA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAOr/6f/s/+v/6v/s/xQA6//f/+n/6P8WAN3/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8gAO3/8/8AAPr/7P/U/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/l/+b/6v/o/+b/5P8ZAMT/3f/G/8P/xP8AACEA0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAA7P8VAPD/9//w/+7/6//s/+z/7P8UAOz/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5f/q/9j/1v/5/xIA2f/s/+3/7v8UAAAA8//s/+z/xf/s/+3/yv/V/+n/CAAUAAAAAAAAAAAAAAAAAAAAAADp/97/3v/n/xoA6f/l/+z/2f/s/+z/2v8UANj/5v/3/wAAAAAAAAAAAAAAAAAAAADn/9j/5//s/9v/GgDp/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/G/9X/yP/S/+X/NQDj/7b/7P/s/+z/9v/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA8v/s//H/7//v/+z/7f8AAAAAAAAAAAAAAAAAAAAA8P/r/wAA7P/s/+z/6/8UAPX/1f/f/9//1P8fAOr/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADI/9b/1f/G/+L/AADV/yUAAAAAAAAAAAAAAAAAAAAAAOv/FgDo/+//7P/t/+r/7P/r/xYA6P/v/+z/7f/q/+z/7P/2/+z/7P/z/xQA9v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf8AAOv/5v/q/+T/AAAAAMP/8//W/9H/5/8JAA0A8P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/x/wAAAAD6/xQA7P/s/8f/3P/n/8f/8v/q/9L/JADs//n/+P/v/wAAFADs/+//FADT/8z/yP/Y//v/zP/m//n/+//s/wAA+f8WAPP/AAAAAAAAAAAAAAAAAAAAAAAA2P/h/wcA6//m/9j/1P8AANr/AAAWAAAA3v/X/9b/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAO3/AADp/+z/FwAAAAAAAAAAAAAAAAAAAAAAyP/j/9H/yP+//8H/EAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAMr/7P8oANn/3P/K/8r/2P8WAPb/9v8AAAAA7//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//v/x4A6//4/xMAzP/r/wAAAAAAAAAAAAAAAAAAAADR/9b/KwDV/9X/0//W/8//AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAyv/W/9H/0v/S/wAA4/8AAAAAAAAAAAAAAAAAAAAAJQDk/+X/+f/4/+3/3//n/+z/7P/t//D/FADs/+z/7P/c/9L/7P/T/93/FQDq/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+z/7P/u/+z/6f8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/xgAAAD5/+//6P/t/wAAAAAAAAAAAAAAAAAAAADf/7f/zv/i/93/2/85ANP/AAAAAAAAAAAAAAAAAAAAAOr/5f/s/+f/8f/4/w4A6v8AAAAAAAAAAAAAAAAAAAAA2P8oANr/9f/s/9j/2P/w/+7/FADv/wAA8P/x/+z/8/8AAAAA9v/5/wAAEQD7//r/AAAAAAAAAAAAAAAAAAAAAMf/z//N/9H/1P/E/zUAyf/q/+v/7P/r/+7/6v8VAOv/5//k/xsA6v/7/+j/6P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+//7v8AAO3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/EwAAAO3/AAAAAAAAAAAAAAAAAAAAALv/ov8AAJ7/mP8GANz/6P/T/+f/x//L/+T/AAAXAOH/AAAAAAAAAAAAAAAAAAAAAOf/x//G/7P/7f/y/4z/DgDt/+z/8P/w/xQA7P/s/+z/8P/6/+X/+P8AANr/JQD6/xYA2f/p/+z/6v/q/+r/6v/q//j/7P8AAAAAFQDv//v/AAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAADt/xoAAAD3//T/8//d/+//+P/Z/9n/6f/c/9T/1/8jABQA8//w/wAA8P/s/+z/9//p/+L/6v/p/xkA3//o/+j/2//U/+T/3P/W/9r/LADg/93/6v/e/xYA2//T//j/6//s/+v/6//s/+z/FQDr/+z/x//r/9n/CwDa/wAA2P/z/+z/7P/s/+z/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9j/3//q/9j/EgDn/wAA3//s/+H/6v/u/xYA6P/s/+z/7P/v/+3/3/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAN//DADa/+r/6f/p/9f/7P/s/+z/7v/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/8f/q/+7/GwDs/+n/1P/R/9T/2f/c/+T/0P8dAAAAAAAAAAAAAAAAAAAAAADW/wAA0//W/9b/FwDT/8f/5//6/+3/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/6//n/8f8AAPD/+P8YAAAAAAAAAAAAAAAAAAAAAADl/+b/7P/r/+z/6//o/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/t/+7/7P/s/xQA7P/s/8z/wf/6/wAA2P/T/xUAxP/s/+j/6/8UAOH/BQDc/97/AAAAAAAAAAAAAAAAAAAAANn/4//l/xQA6f/Y/9n/AAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAOz/9v8UAO//FADu/+//7f/u/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UABoA7P/X/+j/6P/f/93/1v/4/xgAEwAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACb/9X/4f8AAM7/vP8uANX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAO//7v/z/+3/6//w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/t//H/9f/l/ysA1v/Z/9v/7f/y//j/6f8XAOn/6/8AAPT/9v/2//r/EgD3//X/AAAAAAAAAAAAAAAAAAAAAOH/9//d/+f/AAAAACAA8//r/+v/6v/o/+v/7P8XAOr/FQDs/+v/7v/u/+v/6//s/9z/IwDU/+L/z//f/97/2/8AAAAAAAAAAAAAAAAAAAAAyP/Q/8j/KgDQ/9P/3f/V/wAAAAAAAAAAAAAAAAAAAADU/+X/4//p/+n/EADT/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/8f/d/+r/0//6/xYA7P/j/+r/AADo/wAAOAAAAOj/7P8VAOv/8f/r/+v/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8MANv/6f/Y/97/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/4/+z/AAAAABUA7//7/9L/EgDG/8b/3//Q/+r/CQDd/8v/2v/q/zQA7P/j/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAABgAAAOz/7P/s/+z/FADs/+z/7P/s//D/7P/w//D/6v8VAOz/7P8UAOz/7f/t/+z/7P/s/9//8//V/wkACQD5/+f/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/m/+b/2f/e/wAA1f8AAOX/HADn/+b/3P/t/+T/6P/L/8n/NgDQ/7z/7P/S/8L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/+j/4//a/+7/LwDG/93/7P/s/+z/7v8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FQDs/+z/6//s/+n/7P/k/+z/7P/o/+3/AAAUAOz/2f/j/+D/3f/Z/8b/2P86AO3/FADs//D/7P/s/+z/7P/X/9n/3f/g/9j/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy/8LAN//zf/Y/9f/AADk/+z/9f8AAPP/AAAWAO7/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7P/s/wAA7P/s/93/BwDy/+3/6//Y/93/AADS/+D/6//r/wkAw/8AAAsACQAAANv/CgDD/7n/6//X/woA6f/E/+H/1P/V/8v/GgAAAAAAAAAAAAAAAAAAAAAAGwDn/+z/6P/s/+v/3v/l/wAAAAAAAAAAAAAAAAAAAADo/x0A9v8AAO7/8f/q//H/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/xP/Q/9T/AADl/9L/LQDt/+z/7v/1//j/8P8UAPD/AAAAAAAAAAAAAAAAAAAAANb/6f/v//b/8f/l/yYA6/+7/wgAq/+g//L/q//Q/wAAAAAAAAAAAAAAAAAAAAAAAOv/6v/s/+P/6//Z/+z/FgDW/+n/7//2//H/5f8mAOv/HgDd/+f/6f/n/+D/1v/l/+n/GADz//P/7f/m/+n/7P/x/+7/7P/t/wAA7f8UAPb/7P/w/xgAAAD5/+//6P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w//L/AADw/xQA8P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//s//L/AADw/+7/DgAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/M/9j/AADc/wAA1f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPr/3P/Y/9//5v/t//X/zP/w//r/5f/4/wAA2v8lAPr/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+3/7f8UAOz/7P/q/+v/5P/p/+r/5v8XAOj/6v/j/97/1v/l/9P/HQDm/xUA8/8AAPb/AADr//f/7P/5/xkA5/8AAM3/1v/e/8X/4f/h/9L/4v/Y/+j/6/8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//j/AADp/+z/7P/s/xYAAAAAAAAAAAAAAAAAAAAAANP/1P/T/+3/zP/b/83/GgDR/yYA2v/Z/9r/5f/b/97/7f8UAAAAAADt//T/8P/u/wAAAAAAAAAAAAAAAAAAAADW/9//5/8hAOj/y/8AANj/6f/r/+n/6//q/xYA6v/q/wAAAAAAAAAAAAAAAAAAAAAAALr/r/+o/8D/t/8YAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v/w/wAAAADs/xQA7v/u/+3/+f/v//j/7P/u/xQAzf/N/wAAxf++/wAAwf/o/wAAAAAAAAAAAAAAAAAAAADr/+z/7f/s/+z/6v/s/xQA1/8SAOb/6f/p/+j/BgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/HQDg/+P/6f/i/93/4v8AAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADa/97/2v/h/9j/1/8kANz/AAAAAAAAAAAAAAAAAAAAAAcA4//p/+r/8P/o/9f/EgDE/w4Azf/Y/+D/7/8GANH/7P/b/+z/5//u/+z/JwDY/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+v/7P8AAOz/2P/s/+v/7P/r//X/5v8VAPH/6P/q/+z/+/8AAAYAFgDc/7n/wf/A/+D/sP/n/+H/DAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/+z/FADs/67/wf+S/77/3P/k/+v/OwDy/9r/4P/Y/97/AADS/wAA6v/w/xQA7P/y/+n/7P8XANH/zP/f/9v/zP8mAOX/2f/b/7f/vP/N/7b/GwDn/7H/w//T/8v/uv/V/yAAz//m/9f/6//p/xQA6v8FANj/3//k/8j/yf/n/9f/OQDK/9D/+v/u//X/7//s/xUA7f/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/o//H/+P/x/+f/HAD1/+z/7P/t/+3/7P/s/+z/FAC8/7v/rf/B/7v/LwDC/+//8f8AAAAAAAAAACQA5P/5/wAA5f/n//D/v/8tAMj/zv/q/+r/7P/j/+r/BwDV/wYA6v/u//f/6//x//D/FAAAAOz/FADs/+3/7P/s/+z/7P/g/+P/4f8UAAAADQDO/+z/AADY/9T/5f/i/9H/0/8AANj/5P/s/+L/2P/f/yMA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/1//g/+T/5P/P/8j/OgDN/7//xv/Y/9T/PwC+/8b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/6v/x/wAA7f8WAOv/tf/r//v/zv/J/7n/+f/F/wAA+f8AAAAA7/8AAO3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEA9/8AAAAAAADk//X/5f/r/9//4//e/wcA3f8HAN7/7f/s/+v/2//Y/+P/IQDX/87/y//Q/93/wf8wAOj/7v8IAML/rP+5/8H/t//5/+z/7P/r/+z/7P/s/xQA7P/s/9z/6v8dAOz/2P/Z/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7//s/xQA7P/s/+z/FADs/+T/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/t/xQA7P/s/wAAFAD2/wAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAOv/FgDr/+j/6//r/+n/6v8UAOL/8f/y/wAA7f/s/+3/7P8VAOz/7//v/+z/6//s/+b/HwDY/87/1v/l/+X/6P/q/+n/7P/r/+r/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/7P/r/+r/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/s/wAAzv/v//j/+f8KANH/0v+z/9P/z/+v/9j/DwALAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/+v/s/+//7P8UAOz/AADl/+X/5f/Q/+T/CwDg/wAAAAAAAAAAAAAAAAAAAAAAAOr/5v8AAAAA6P8XANn/2P8AANv/5f/4/w8A6P/e/wAA+f/q/97/6f/O/wAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/HgDp/+f/3f/k/+L/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7P/s/xQA7P/s/+r/7P/s/+z/FQDr/+r/AAAAAAAAAAAAAAAAAAAAAOj/6v/o/+n/6v/q/xYA5P+//+X/AADq/+3/DQDf/+v/7f/a/9n/AAD4/wAAAADY/+7/7P8AAO3/+f/t/xQA7P/A/87/uv/f/xIA9//l/6b/1P/M/8n/uP/L/7//8P8WAOf/1P/g/+r/yf/j/9//IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/4v/s/+z/AADo/+3/AADE/9L/xv+u/ysArf/q/9T/7P/s/+z/7f/t/+3/FADs/+z/+P/r/+z/AADs/xQA6//R/zEAxP/Q/+n/v//a/9n/wP+//+b/EwDB/8P/3v8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAADu/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/3f8lAAAA6v/m/+X/6f8UAAAA7f/z/wAA7P/s/wAAFQAAAPf/AAD3/+z/6/8AACcAAAAAAAAAAAD6/9n/8v8MAAAAAAAAAAAAAAD1/wAAFADu/+//AAD2/+z/7P/u/+z/7P/s/+z/FADs/+z/7P/r/+v/FQDs/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAN3/GwDh/+j/5v/j/8//6v8UAOv/7P/s/+r/7P/q/+f/AAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7P/s/+z/7P/r/xcA3f/b/9r/6P/q/+v/AAAAAAAAAAAAAAAAAAAAAPD/AADt/wAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAAAADt//r/8//y/wAA8/8AAN7/7//s/xQA6//p/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/4P/6//n/7f/s/xoAFADu/9L/1f/l/+r/7v8LAOr/2f8UAPj/2v/p/9b/AADY/+z/GgDw/+7/0//s/8r/6//s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7v/u/wAA5//s/wAAAAASAAAAAAAAAO//9P8AAOz/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+z/3f/X/9r/2v8OAAAA7P/t/+3/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4Axf/g/8X/u/+4/8L/4v8AAO3/FAAAAAAA+P/x/wAAFADs/+//+f/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAUAO3/7f/4/wAA7v/s/+z/3f/W/73/1/8bANf/9f/x//X/7P8YAOz/9P/w/+n/6P8AABIA5v/r/9f/xf8AAOL/3P/j//n/4f8AABoA5//k/wAA9f8AAPv/+//v/w8AAAAAAAAAAAAAAAAAAAAAAAAA5//o/9r/2/8JAMb/2P/0/wAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAAAAkA5P/R/9r/yP8IAM7/EQDd/+z/8P8UAPn/+P/u/+z/7P/s//D/GAAAAPn/7//o/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/wAA7P/f/9H/zP8NAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/3/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAMv/t/86ALz/yP+4/9X/wv8AAAAAAAAAAAAAAAAAAAAADAAHAMn/1P/s/9r/+P+v/xQA7v8AAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/7P8UAO//7f/s/+z/7P8UAOz/7P/s/xQA9P8AAPL/7P/t/+z/5P/T/9r/2P/q/yIA5P/W/wAAAAAAAAAAAAAAAAAAAADs/+3/7v/t/+z/8v/t/xQAyP/G/9L/0//S/8L/OwDc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/xQA7P/s/+z/GwDR/+b/8//0/+n/5f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//2v/r//T/7//y/yoA4//z/+z/FADs//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9f/2/wAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAoA0v+r/8L/vf+j/7r/LAAAAAAAAAAAAAAAAAAAAAAABwDF//b/rv++/8z/yP8LAAkA0P+7/7v/yP+t/w0Ay/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7P/a/9j/AAAVAPP/1v/i/+3/3v8AAAAAIwAAAAAAAAAAAAAAAAAAAAAAAAAAANf/2f/i/9z/5//1/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AADs/+X/3v/k/xAA2P/u/wAAAAAAAAAAAAD3/xMAAAAAAAAAAAAAAAAAAAAAAMD/zv8fALf/5v/B/wAA0v/s/+z/7P/s//r/FADs/+z/1f+w/87/vf+o/ysA9//r/wAAAAAAAAAAAAAAAAAAAADf/9j/2v/t/+z/JwDY/wAA7P/5//j/7/8AABQA7P/v/+v/7P/t/+3/8/8UAOz/7f8HAOz/7P/p/+3/AADc/+3/AADs/+z/7v8UAN7/5//s/wAAAAAAAAAAAAAAAAAAAADs/+z/9P/u/+z/7P/l/xQA3//H/+r/xf/d/+X/IwDW/+z/8f/s/+7/7P/s/+r/FAAUAOz/7P/s//H/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOf/GQD6//j/8P/1/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/r/w0A7P/k/+T/6P/q/+j/FwDq/+b/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAFAAAAPj/m/8cALn/j/++/7//HwDN/wAABgAAAAAAAAAAAAAAAADY/xQA6/8AAO3/7P/q/+T/AAD5/wAAAADv/wAA7f8UAAAAAAAAAAAAAAAIAAAAAADs/+z/7P/s/+z/6//r/xQAAAAAAAAAAAAAAAAAAAAAAOL/4v/s/+T/6v/d/x4A5P/t/+v/5f/s/+z/6/8TAOz/xP/E/7n/sf/3/7z/uP8pAAAAAAAAAAAAAAAAAAAAAADU/wkA4f/Y/+j/1f8SAMz/7f/r/+X/7P/s/+v/EwDs/wAA9P/2//b/+v8SAPf/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/1//b/+j/vf8aAMz/4//t/+3/+P/u//n/6v/h/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8AAOj/7P/l/xQA6//h/+//7v/s/+z/AADu/xQA8P/s/+z/8/8UAOz/6P/r/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8tAOX/3//T/+D/1v/n/xMA+f8AAAAAAAD2/+7/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/0AAAADz/+3/7v/B//D/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADu/xQA7/8AAPD/8f/s//P/9f/2/xwAAAD6//n/5P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/AAATAAAAAADx//f/+f/z/+z/7f/1/+z/7P/s/xQA7f8lAPT/7v/v/+7/2P/s/+z/FADs/+z/7P/s/+z/7P/Z/xYA6f/t/+z/6//u/+z/5/8XAO7/7f/s/+z/6P/p/wAAAAAAAAAAAAAAAAAAAAAVAPP/AAD2/wAA6//3/+z/zf/K/zIA0P/P/9L/0v/N/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P8UAOz/1P8kANz/1//n/+L/0f/k/wAAAAAAAAAAAAAAAAAAAADQ/8L/8v+5/8j/AAC8//X/7f/x/+z/FAAAAPX/7P/w/wAAAAAAAO7/7P/0//X/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9v/u//P/7P/t/xQA7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAC+/8z/1P/O/9H/KwDV/+T/AAAAAAAAAAAAAAAAAAAAAA4A3P/b/97/0f/y/+j/8/8AANH/wv/b/+P/EADQ/8z/u/+t/8j/vv/H/1UAuf+9/wAADADF/9f/uv/B/7r/rP/F//f/0v/H/wAA1v/e/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/i/+3/+P8AAOv/FADs//T/0/+u/6r/wP8FAOz/of8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQA6f8AAAAA7P8AAOH/2P/5/xMA4//p/+D/3//q/+z/zv/l/+b/3v/h/9D/1P8pAOr/AADr/+b/6//b/wAA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQAAADu//L/7P/y/yIAz/+1/7//0P/J/9T/AAAAAAAAAAAAAAAAAAAAAPH/7f/6/xQA7v/s/+v/5v/V/8//4v/s/yMA0P/H/wAAEQDp/+f/3f/Z/wAA6P/r/+X/6P/o/+r/6v8cAOr/2P8AAAAAAAAAAAAAAAAAAAAA5f/U/9L/8P/o/9X/MADg/9T/y//U/9f/4f/T/y8A0f8AAAAAAAAAAAAAAAAAAAAA7P/w/+z/8P/w/+r/FQDs/wAA7v8AAPX/AADv/xQAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/5v/q/xUA7P/q/xYA6v/r/+f/3v/r/+v/7v/t//n/7//4/+z/7v8UAOv/6//s/+z/6f/r/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAoP/d/+//p//w/+T/mf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3/8iAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAO7/7P8AABQAAAAAAAAAAAAAAAAAAAAAAMT/EwC8/8X/2v/0/83/6f8AAAAAAAAAAAAAAAAAAAAAFwDm/+v/9//1/+f/6v/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//X/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA7P/s/+z/CADs/+z/7//t/wAA7P/t/9f/AADi/9f/6P/F/wAAAADs/+z/7f/g/+z/2f/q/xYAFADd//P/AAD3/+z/6//v/xUA6//u/+3/7//v/+r/7P8AAOz/AAAUAAAA7v/y/+z/FADv/+//7f/x/+z/7P/s/+7/9f/3//P/7P8AAPL/FAAyAMz/3v/O/9z/yf/L/9v/7P/s/+z/7//t/+z/FADt/9H/6f/Q/7X/1/+3/ysAyf/Z/+v/7v/s/+X/2P/s/xsA7P/v/wAAAAD4//L/FAAAAOz/7P/s/+z/7P/s/xQA7P/p/+H/5//1/wAAFwDn/+j/AAAAAAAAAAAAAAAAAAAAAOb/3f+x/53/1P+u/+z/JgAUAO3/9v/w/wAA7v/t/+7/7P/1/wAA7v/v/+z/7v8UAAAAAAAAAAAAAAAAAAAAAADm//v/HQDn/+j/3v/k/9//z/8GAOL/3f/Y/9f/1v8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/p/+3/7v8XAOn/6f/s/wAA7P8AAPX/FADt/wAA7P/q/+z/7P/r/xQA6//r/+v/BgAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAADs/+v/2P/o/+z/2v/e/xgAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/u/+z/FADs//X/AADu/+//7P/u/xQAAAAAAAAAAAAAAAAAAAAAAPL/7//s/wAAAADs/xQA7//r/xUA7f/t/+7/6//s/+z/AAAAAAAAAAAAAAAAAAAAAPb/GQDW/wAAsP+9/83/2P8AAAAAAAAAAAAAAAAAAAAAAAAaAAAA+f8AAAAAAADy/ycAx//n/+//5v/z//f/5v8AAAAAAAAAAAAAAAAAAAAA3v8ZAO7/6v/6/+L/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAA6//o/9//2f/Z/9P/7P/t/x4AAAD6/97/AADi//b/AAAAAAAAAAAAAAAAAAAAAAAAGQAAAAAA+f8AAOr/AADs/+z/7P/s/+z/7P/r/xQA1f8AAOv/4//m/wAAEADc/wAAAAAAAAAAAAAAAAAAAADm/9r/7P/l/+v/1P8fAOz/6v/q//j/8v/q/+n/FwD0/+z/FADs/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/r/+z/6//r/+j/FgDr/+f/6f/s/+//GADq/+r/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADF/xQA9v/I/8L/1v/I/8P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/GgDv/+z/4v/m/+b/6v/i/+7/AADy/wAA2//o/yMAAAAAAAAAAAAAAAAAAAAAACIA2f/Y/+f/2P/Z/+v/8P8AAMj/xv/G/9T/+f/N/+//3f/V/+f/3v/h/+D/1/8pAO7/4//q/wAAAADr/xwAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/+z/FADs/+7/FAD4//H/7P/s/+z/7P/m/ywA2P/i/9b/3P/U/+r/1P/3/+n/AAAAAAAA2P8AANv/AADf/9r/5v/h/wAA2v8AAOv/6//r/+z/6/8AAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPn/AAAAAAAA9v/u//D/AAAAAAAAAAAAAAAAAAAAAOL/5//p/9b/9P8WAOz/4v8AAAAAAAAAAAAAAAAAAAAAAADs/wAAFAAAAO//9f/s/+z/FAD5/+z/7f/t/+z/7P/j/wAA+f/6/wAA6v8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPP/AAD2/wAA6//3/+z/AAAAAAAAAAAAAAAAAAAAAAAAx/+4/8//4v8RAOj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB4A3v/k/8v/1//G/9P/6v8AAAAAAAAAAAAAAAAAAAAA1v8AANj/2P/X/xQA2//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALQCp/7//x//E/w0Aqv/r/wAAAAAAAAAAAAAAAAAAAADC/9b/AADa/8n/6v/X/xQAAAAAAAAAAAAAAAAAAAAAABwAzv/i/+z/AADf/7b/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+j/+v8AABgA7f/s//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/w/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+L/5v/n/9n/AADY/+z/7P/v/+7/7v/s/xQA8f/s/+r/7P/s/+X/6v8UAOz/9/8AAAAA9f8AAOz/7f8UAOr/KQD4/+z/AAAAAOX/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/6v/S/+z/AADj/wkA7v8AAAAA8/8AAO3/7v8cAAAAAAAAAAAAAAAAAAAAAABHALz/3v+v/67/3P/L/+3/6f8ZAN7/5v/N/wAA2P/r//P/0//U/+H/JwC3//f/5v8AAAAAAAAAAAAAAAAAAAAA+v/l//j/+P8bAOz/6P/q/wAA3v8UAAAAAADm//f/7P/s/+z/7P/s/+z/FADs/+z/7P/n/+z/GQDu//X/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/q/9b/4//c/+r/0P8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8VAOv/6v/Z/9r/6P8AAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA4P/M/+D/4v/z/9f/LgDS/wAAAAAAAAAAAAAAAAAAAAD2/9j/3//q//L/EQDT/+f/6P8ZAOb/6f/o/+j/5//o/wAAAAAAAAAAAAAAAAAAAADW/+f/7P/U/9v/AAAJAOr/+f/P/+f/xf/R/93/AADU/+3/AAATAAAAAADx//f/+f8AAAAAAAAAAAAAAAAAAAAA4v/j/+H/5v/m/9D/5v8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPL/7P/4//f/7v/s/wAAAAAAAAAAAAAAAAAAAAAKAM//0v/S/9H/zv/1/83/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/93/2v/X/xMA3v/Y/wAA7v/1//f/8//s/wAA8v8UAOz/7f/v//D/8v/u/xQA8f/G/8b/z/8TAMH/wP/I//j/7P/y//T/AADy/xMA8f/t/7r/TgCd/9b/AACf/9T/mP/q/x8A8//q/+X/7v/g/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8VAOv/6f/s/+z/6f/s/wAAFQAAAAAAAAAAAPb/9v8AAAAAAAAAAAAAAAAAAAAA2/8iAOL/5f/l/+H/3P/h/+f/GgDh/+H/0f/b/+f/6/8AAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADq/xYA6v/q/+v/6f/p/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8XAO7/7f/s/+z/6P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAA8//u/wAAAAAAAAAAAAAAAAAAAAAAAOz/FQDu/+z/7P/s/+v/6//s/xQA7f/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAANb/KgDb/9n/1//V/9b/1/8AAAAAAAAAAAAAAAAAAAAA2P8sAOj/2//b/9z/0P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAO7/7P/s/+z/6//r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P8UAOz/5P/n/xgA5P/o/+L/6P/n/wAAAAAAAAAAAAAAAAAAAADk/y0A6P/q/+r/9P/j/+7/AAAAAAAAAAAAAAAAAAAAAJz/LwCu/7//rP/H/w0AvP8MAAAAAAAAAAAAAAD1/wAA9f8UAAAA9f/z/+z/7P/5/+z/7P/s/+3/7f/t/xQA7P/5/xkA8//X/+v/1//c/+j/AAAAAAAAAAAAAAAAAAAAAND/zP/M/9b/1P/B/zEA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8A4f/2/+3/8v/f/+L/5v/c/93/5v/a/9n/1//q/yUA6P/z/9r/tP8XALn/s//v/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/FADs/+z/yP/d/wAAAACv/77/uP/J/7b/5//B/wkAEQCx/7n/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/EgDi/9n/6/8AANj/3P8UAOz/7f/0//b/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAMn/BgDq/7z/1f/u/+H/9//Z/wAA2v/c/wAAEgDY/9v/7P/5//j/7/8AABQA7P/v/8z/xv/H/6j/7f/W//b/5P8AAAAAAAAAAAAAAAAAAAAA6//h/93/1//l/9L/8v8AAAAAAAAAAAAAAAAAAAAAAADs/+v/AAD2//f/AAAVAPf/1f/f/x8A1//O/+j/2v/n/+z/7P/u/+3/AADt/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P8bAOT/6//U/8v/3f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAO7/+P8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADQ/9T/3f/H/ygAyf/K/+P/sv/Z/8T/xv8pAL//wP8AAAAAAAAAAAAAAAAAAAAAAADN/9z/z/+m/0AAov98/87/AADs/wAA9f8UAO3/AADs/wAAAAAAAAAAAAAAAAAAAADb/ygA7f/5/+3/2P/r/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL//1v8QANn/4P/j/wAA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe//r/xf/J/8P/4v/l/wwA0//N/6//8f/s/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/+n/6/8AACIA2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADP/8//y//N/8//s/8LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/xQA7P/s/+n/7P/z/wAAAAAAAAAAAAAAAAAAAADn/9f/q/+s/+r/AAAIAAAA2P/s/+z/7P8VAOz/6//r/+f/0P/j/93/2f8VAAAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/zP/V/xIA2f/Z/9T/AADj//f/7f/f//D/4//c/ygA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADz/wAA+v/4//n/FADx/+3/FADs/+3/7v/t/+z/7P/s/8T/7P/p/6v/0/+9/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/4v/g/9L/4f/W/yYA5v/t/xQA8f/1/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/97/3f/i/9v/xv8oANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/u/wAAAAAAACgA8v/s/wAA8f8AAAAAAADY//r/KADz/+z/7f/1/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOb/5P/n/+r/5f/n/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/EwAAAO3/AAAAAAAAAAAAAAAAAAAAAOj/6P/s/w0AAADr/+L/EwDs/xQA7P/u/+z/7P/s/+z/FQDp/+v/6//r/+v/6//r/ysA5//Z/+7/AADx/8//8P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/9v/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/6v/r/+z/FADs//v/AAAAAAAAAAAAABAA+v/m/xgA+f/x//T/4P/q/+z/6f8VAO3/7f/s/+v/5//s/+z/7P/s/+7/7f/s/+z/FADi/+T/7f/W/+L/1f8fAN3/1v8oAOb/4f/c/9X/4v/Z/wAAAAAAAAAAAAAAAAAAAADo/wAA3P/v/wAA4P8UANL/7P/s/+z/5//s/9n/FAD1/wAAAAAAAAAAAAAAAAAAAADu/+z/7P/s/+z/FADs/+z/6f/f/7b/sv+1/9T/DwDO/wAAAAAAAAAAAAAAAAAAAADw/+v/AADs/+z/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAOz/7f/1//T/9f/s/xQA+v/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAOP/4f/c/+r/0f/c/+z/KQDe/+r/9P/t/9n/1P/T/wAAAAAAAAAAAAAAAAAAAADs/+7/7P/v/+3/7P8UAOz/3P8bAOr/5P/r/+r/5//m/+z/7P/s/+z/7P8UAOz/7P/T/8n/2f/W/+f/GADq/+z/KwD1//L/rv+2/4//2v/Y/wsA1//g/97/5v8AAOv/1v/r//n/7/8AAAAACAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAN//6P/p/+j/3//w/+n/AAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/3v+2/8z/yf+0/8j/MwDP/+3/5P/o//j/IADv/+3/7f8AAAAAAAAAABMAAAAAAOv/7P/r/+z/7P8VAOr/7P/s/+z/7f/z/+z/FADs/+3/3//t/zAA2//v/9H/0//a/xQA7f/t/+7/+P/s/+z/7f8AAOf/3v/K/+7/3//Y/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/97/HwD4/wAA8f8AAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/3//X/7v8AAPf/8f8WABAAxv/U/9j/6P/G//P/6f8AAAAAAAAAAAAAAAAAAAAA5P+m/8L/zv+2//D/8P/x/9H/x//N/yAA3f/L/8n/8v/r/+D/6f/S/97/5v/i/xoALgDd/9n/1P/f/9H/zv/W/+r/FQDv/+z/7//s/+v/7P/o/+X/4v/m/+b/6P8bAOX/AAAAAAAAAAAAAAAAAAAAABQA5P/n/9j/5//V/wAA6f9DALf/3f/N/87/wf/d/7n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//6f/o/xYA3f/q/+v/7P8AAAAAAAAAAAAAAAAAAAAA2P8nAN7/2//p/+n/2f/Z/wAAAAAAAAAAAAAAAAAAAADy/6D/wf+q/6n/sv8AAOb/7P/s/+z/7f/t/+3/FADs/9P/0f/d/9n/3f/n/yQA2f/x/+3/+v8UAO7/7P/r/+b/7f8VAPD/9f8AAPP/6/8AAOz/7P/s/xQA7P/s/+z/7P/s/+r/6//s/+z/7P8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAn/9BAMf/xf+4/8j/6P/L/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/9P/1/xUAAAC///L/8P+k/8P/3v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/r/9j/IgDr/+z/2P/e/+P/2v/n/9z/5P/W/x8A6P/m/8f/5v/N/93/z/8bAN7/6f/m/+b/7f/v/wAAGADt/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//L/7v8UAOz/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr/+n/8P/0//T/7v8WAAAA2v/r/+v/7P/l/8//AAAuAFgA2v/d/9T/4P/N/73/4/+8/woAEwC1/7v/0//i/9P/1P/U/9D/1v/Y/y0A1P/Q/+//7P/s/wAA7P/u/+3/FADq/+n/7P/r/+r/7P8UAOv/2f/Y/9r/3P/b/9z/JwDc/wAAsv+8/8b/zv8AALT/rf8AAAAAAAAAAAAAAAAAAAAA2v8iAPT/8v/Z/9z/2v/0/+z/7P8UAOz/7P/s/+z/7P/s//X/7f8AAAAA7f8UAO//9P/Q/87/pv+7/67/KQDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/9f/6v/X/+L/EwAAABMA9v8GAOD/yv/L/xIA4v/S/+r/5v/o/+n/6/8fANP/6//r//j/6v/s/+3/FADf/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAAAAPj/8/8SAOf/FADb/9j/3P8JAM3/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/q/wAA3P/r/9f/FgDi/xQA7f/t//j/AADu/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/b/+//9P/5/+v/6/8WAO//6/8RAOz/7//Z/+H/EgDs/9v/7//0//n/6//r/xYAAAAAAAAAAAAAAAAAAAAAAO3/7f/x//L/6f/v/xAAAADs/+r/6//s/+z/7P8VAOv/uv/5/8D/k/9//wAADACL/wAA2v8AANT/4/+7/xsA3//u//r/7f8AAOT/5f8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQASAOL/4v/l/9f/sP/X/wAAAAAAAAAAAAAAAAAAAAAAAOv/6//T/9j/6v8OAPT/FADv/+7/8P8AAO3/7P/u/wAAAAAAAAAAAAAAAAAAAAATAML/3v/f/8r/7//X/wAA6v8fAPP/6v/l/+7/4P/j/wAA4P/X/93/xv/a//X/8v/Y/+T/AADc/+v/5P8KAOX/AAAAAAAAAAAAAAAAAAAAAB4A4f/g//P/7P/H/+b/5v8AAAAAAAAAAAAAAAAAAAAA7P8UAOn/6P/q/+z/7P/q/8b/AAD0//r/AAAfAOj/BgAAAPr/AAAAAPj/FwAAAPv/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKP/4f8YANn/0v8AAL//5/+f/5n/o/+x/9X/PAC5/+L/+v/j/+3/8P/p/9v/5P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/g/9n/AADW/+X/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s//L/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+f/FQDf/87/6f8NAAAAAAAAAAAAAAAAAAAAAADj/+n/7f8AAOb/AAAUAOT/7f8UAAAAAADt//T/8P/u/+D/KgAAAPr/7f/4/+P/AAAtAND/yv+q/7n/lP8AAMz/8P8UAOz/6//s/+z/5//s/9//2//o/+j/zv/O/yIAAAAAAAAAAAAAAAAAAAAAAAAADwC0/7D/tP+b/7L/BgCe/wAA2P/c/9r/7P/Y/wcA7P8AAAAAAAAAAAAAAAAAAAAAFQDz/wAA9v8AAOv/9//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/6f/t/+j/FQDs//v/AAAAAAAAAAAAABAA+v/s/+3/7P8UAO3/7P/s/+z/MgDp/wAAAAAAAOf/5v8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/KwDO/+L/8P/2/+L/1v/d/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/y/wAAFADu/+7/AAAAAAAAAAAAAAAAAAAAAOj/6P/f/+3/7P/p/+f/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/6v/r/+f/5/8XAOf/6P/q/+b/FwDq/+f/6f/p/+n/7v/y/wAA8//s/wAA2P8UAO3/9v8AAAAAAADl/+z/FQC9/+D/5f/t/7j/JQDH/+7/AAAAAAAAAAAAAAAAAAAAAN//6//r/+r/2v8bAPv/3f/o/9v/FADa/+z/AADv/+j/7P/s/+z/7P/s/xQA7P/s/+v/7P/r/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P/v/+z/FADz/9X/zP/F/8T/yP/s/yUA2P8OAPD/7//6/wAA6//0/+z/4P/b/+D/zv/m/93/6f8fAAAA+f8fAAAA+f/x//b/AADj/x0A6f/q/+j/5//a/+n/8/8AAPr/+P/5/xQA8f/t/9X/AADr/+P/5v8AABAA3P8YANv/AAAAAAAA6f/r/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKQD2//n/AAAAAO//1//3/+z/+f/0//j/AAD0/xQA+v8AAAAAAAAAAAAAAAAAAAAA2f/U/+r/3//h/+v/LgDf//H/AADv//H/+f/r/xUAAAAAAAAAAAAAAAAAAAAAAAAAFADr//T/9f/x/+D/7P/5/xUA8/8AAPb/AADr//f/7P8AAAAAAAAAAAAAAAAAAAAA6v/K/zIA2//5//j/5P/m/8X/tf9HAKT/nP+l/9T/vf/K/9b/PwCo/8r/m//N/8v/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADV/wAAAAAAAN//yP/U/+L/AAAAAAAAAAD3/wAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/2P/r/+//AADr/+T/DwARAAAAAAAAAAAAAAD0//D/AAAAAAAAAAAAAAAAAAAAAOj/BQDr/9n/6//o/wAA5P/k/xwA5f/h/+j/0//m/+H/6//s/+z/5//s/+j/FQDs/7z/DwDy/7r/zP+y/wAAEQDj/9z/y//B/8//3f8mANn/8P8GALP/uf/1/9v/qf/S/+n/7f/2/wAAAAAXAOz/+f8AAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/r/+D/1//Q/83/EwAfAAAA0P/i/9v/4v8AAAAA2/8AAPD/AAAAAAAAFAD7/wAAAADv/wAAAAAAABUA+v8AAOz/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8YAOn/3f/n/+j/6f/o/wAAEAAAAAAAAAAAAPv/9f/o//H/AAAAAAAA7P8UAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9z/2P/k/9r/2f/a/ycA5v8AABIAvf/V/8z/+f/h/xgAvv/C/+z/+P/p/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x/+z/FADt/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/+v8AAMz/6/8AAML/CgDo/wsA5//s/9//5/8QAOv/AADo/+v/7f/d/9r/AADe/+f/9f/T/8v/2/8GAN//6//s/+v/7P/s//b/7P8UAO3/2f/h/9r/3v/c/9D/JgDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/wAAAADs/+z/FAAcAPn/6//x/wAA5f/k/+//7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/0/wAADQDu/6f/6/8AAAAAAAAAAAAAAAAAAAAAyv/Z/+n/1P8UAOD/4/8AANT/0f/W/wAA+v8PANn/xf/s/+z/7f/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAANj/7f/q/+v/8v/p/yMA7f/M/ygA3P/p/+X/7P/o/+D/CwDx/+b/9//V/+T/BwDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/S/9n/1//W/9f/0v8tAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAANn/7P/Z/+f/6//l//r/xP/i/wAA0P/V/6j/JgDa/xwA3P/r/+j/2v/p/+T/2v8cANz/6//o/9r/6f/k/wkA4//j/wAAAAD6/wAA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQDi/+j/2f/Y/9f/3v/b/9X/1P/E/9T/9P8pANT/7P/s/xQA7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7v8ZAOb/5P/n/+r/5f/n/+f/7f/s/+z/7P/u/+z/7P8UAOT/zP/H/7z/wf/m/wAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM/8b/z//X/9j/0//p/yYAAAAAAAAAAAAAAAAAAAAAAOX/1//l/+X/FADs/wAA7P8AAAAAAAAAAAAAAAAAAAAA7f/x/+z/FAAAAPX/7P/w/+j/7P/r/xgA7//s/+j/7P/g/yYA3P/Y/9j/1//Z/+T/KQD2//r/AAAAAPb/2f/v//L/AAAAAAAAAAD4//P/EgDt/9z/qP8GAAkAyv/P/8j/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAADt/wAAFAAAAAAAAAAAAAAAAAAAAAYA4v/0/+z/7P/o/xUA7v/w/+r/FgDr/+v/5v/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOL/1//l/9n/2v/i/9X/JgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//v/+3/8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA7P/t/+z/8P/o/+v/6/8UAOz/6//s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAATAAAAAADx//f/+f/u//j/+f/t/wAA6P/r/xgAAAAAAAAAAAAAAAAAAAAAAOf/zP8UAOn/7f/Y/wAA8//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAPP/6//2/9D/EgDE/8L/EQAAAAAAAAAAAAAA9P/w//D/wf/t/93/xP/N/wAAzv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/5//s/wAA7P8SANj/3v8AAAAAAAAAAAAAAAAAAAAAAAAfAO//+v/1//f/5//4/wAAAAAAAAAAAAAAAAAAAADW/8X/5/8AANz/1P8nANj/AAAAAAAAAAAAAAAAAAAAAAoApP+8/9D/zP/r/wYA1//Y/9f/1v/M/wAAIQDD/wAA1P8RAOn/AADr/9r/tf+9/xQA7P/s/+z/8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAvv8AAML/tP+8/9H/FQDF/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKgDY/9n/3f/a/9n/1v/Z/wAAAAAAAAAAAAAAAAAAAAAAAB4AAAAAAPT/AADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s//H/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPH/7v/s/+3/AADt/xQA9v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+z/7P8UAA=='
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
        return (evidence.find((e) => e !== shown && own(e) && e.cues.some((c) => c.pattern === pattern && c.severity > 0 && !c.summary)) ??
            evidence.find((e) => e.line > shown.line && own(e) && e.severity >= 0.9 && !namesToolOnly(e, pattern)) ??
            evidence.find((e) => e.line > shown.line && own(e) && e.cues.some((c) => c.pattern === pattern && c.summary)));
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
/** Python's line between two exceptions of one chain: the later one is what was raised. */
const TRACEBACK_CHAIN = /^(?:During handling of the above exception, another exception occurred|The above exception was the direct cause of the following exception):$/;
const MAX_CHAIN_LINES = 32;
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
        if ((first === 0x44 || first === 0x54) && TRACEBACK_CHAIN.test(text)) {
            const chained = (this.step.chained ??= []);
            if (chained.length < MAX_CHAIN_LINES)
                chained.push(lineNo);
        }
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
            let pick = lastInChain(blocks[0], step.chained, blocks);
            const first = pick;
            for (const b of blocks) {
                if (b.line < first.line)
                    continue;
                if (b.line - first.line > DETAIL_BLOCK_LINES)
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
            if (chosen)
                chosen = lastInChain(chosen, step.chained, candidates.filter((x) => x.strength >= NEAR_BEST * top));
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
/**
 * In a chain of Python exceptions, one raised while another was handled, the last is what the
 * program died of and what a person quotes (requests' ConnectionError over the socket error it
 * wraps): from a line of one part, the first of `lines` in the chain's last part that has one.
 */
function lastInChain(from, links, lines) {
    let at = from;
    for (const link of links ?? []) {
        if (link <= at.line)
            continue;
        let next;
        let between = false;
        for (const x of lines) {
            if (x.line <= at.line)
                continue;
            if (x.line < link)
                between = true;
            else if (!next || x.line < next.line)
                next = x;
        }
        if (between || !next)
            break;
        at = next;
    }
    return at;
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