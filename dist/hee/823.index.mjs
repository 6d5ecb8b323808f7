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
    features: "b:0 0\nb:0 a\nb:0 a04\nb:0 a07\nb:0 a1082be0\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 a6c70a5\nb:0 a7aef8b1\nb:0 ac27\nb:0 ac6\nb:0 actionable\nb:0 actions\nb:0 actual\nb:0 ad613ffba\nb:0 after\nb:0 agent\nb:0 all\nb:0 alpha\nb:0 alpha1\nb:0 alpine\nb:0 alpine3\nb:0 als\nb:0 amd64\nb:0 and\nb:0 android\nb:0 api\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 artifacts\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 assigned\nb:0 assignment\nb:0 at\nb:0 attempt\nb:0 available\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b2\nb:0 b3a\nb:0 b4c\nb:0 b5c67\nb:0 b7\nb:0 b7c1d6e3f\nb:0 bad\nb:0 bash\nb:0 between\nb:0 bin\nb:0 binutils\nb:0 black\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 branchpoint\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 build1\nb:0 building\nb:0 builds\nb:0 built\nb:0 builtin\nb:0 bun\nb:0 but\nb:0 by\nb:0 byte\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 ca9\nb:0 cabal\nb:0 cache\nb:0 call\nb:0 cannot\nb:0 catch\nb:0 cc\nb:0 cgen\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 class\nb:0 clean\nb:0 cleanup_file_variables\nb:0 client\nb:0 code\nb:0 codex\nb:0 col\nb:0 columns\nb:0 comment\nb:0 community\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 contract\nb:0 core\nb:0 could\nb:0 cp310\nb:0 cp311\nb:0 cp314\nb:0 cp38\nb:0 creation_with_non_type\nb:0 critical\nb:0 cs\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 d345270\nb:0 date\nb:0 db\nb:0 deb12u1\nb:0 debian\nb:0 debugger\nb:0 decimal\nb:0 declarations\nb:0 ded5c06cf\nb:0 def\nb:0 dependencies\nb:0 depends\nb:0 deprecation\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 dial\nb:0 dist\nb:0 doesn\nb:0 don\nb:0 done\nb:0 double\nb:0 during\nb:0 e\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e58d67b4\nb:0 e7\nb:0 e8\nb:0 e8f\nb:0 eadcdc7d\nb:0 ec\nb:0 echo\nb:0 efde290b\nb:0 efe31b98f2\nb:0 eff\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 execute\nb:0 executed\nb:0 exit\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 extracting\nb:0 f\nb:0 f1d2c3b\nb:0 f242abd9c8e\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f7\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 fb\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 flash\nb:0 fn\nb:0 for\nb:0 forbidden\nb:0 format\nb:0 fp4\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 g325\nb:0 g4q\nb:0 gcc\nb:0 gcr\nb:0 gdb\nb:0 generated\nb:0 genesis\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 glob\nb:0 go\nb:0 got\nb:0 gradle\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 h0s9kvb6g2sinako7ub77ku\nb:0 has\nb:0 hash\nb:0 head\nb:0 high\nb:0 homeassistant\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 i128\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 imports\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 installing\nb:0 insufficient\nb:0 int\nb:0 into\nb:0 invalid_constant\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 ist\nb:0 it\nb:0 items\nb:0 j30\nb:0 jackson\nb:0 jakarta\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 line\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 low\nb:0 m\nb:0 m0s\nb:0 m104\nb:0 m12\nb:0 m21\nb:0 m237\nb:0 m309\nb:0 m47\nb:0 m49\nb:0 m62\nb:0 m64\nb:0 m67\nb:0 m7\nb:0 m78\nb:0 m84\nb:0 m88\nb:0 made\nb:0 main\nb:0 make\nb:0 manuell\nb:0 matching\nb:0 maven\nb:0 measured\nb:0 mecho\nb:0 medium\nb:0 memory\nb:0 merge\nb:0 merror\nb:0 message\nb:0 mfi\nb:0 mhelp\nb:0 mi\nb:0 mif\nb:0 milliseconds\nb:0 min\nb:0 minute\nb:0 minutes\nb:0 missing\nb:0 mnote\nb:0 mnpm\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 mother\nb:0 ms\nb:0 mshared\nb:0 multiple\nb:0 mvalue\nb:0 name\nb:0 nanopb\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 newlib\nb:0 newline\nb:0 newly\nb:0 no\nb:0 nodes\nb:0 none\nb:0 normal\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 oder\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 operation\nb:0 or\nb:0 origin\nb:0 outer\nb:0 p\nb:0 p1\nb:0 p20240420\nb:0 package\nb:0 packages\nb:0 paket\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pip\nb:0 pkg\nb:0 please\nb:0 plexus\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 post0\nb:0 post1\nb:0 prepare\nb:0 prepare_executor\nb:0 previous\nb:0 print\nb:0 problems\nb:0 process\nb:0 prod\nb:0 projects\nb:0 pub\nb:0 pull\nb:0 pwsh\nb:0 py2\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 r2\nb:0 ran\nb:0 rc\nb:0 rc1\nb:0 rc2\nb:0 rc3\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 rejects\nb:0 release\nb:0 releases\nb:0 repack\nb:0 requires\nb:0 resource\nb:0 resources\nb:0 retries\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 ringbuf\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 run\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 s2n\nb:0 saas\nb:0 scenarios\nb:0 scrapling\nb:0 sec\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 set\nb:0 severity\nb:0 sh\nb:0 sha\nb:0 sha256\nb:0 shellcheck\nb:0 should\nb:0 sid\nb:0 simple\nb:0 site\nb:0 skipped\nb:0 skips\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 so\nb:0 some\nb:0 soroban_sdk\nb:0 source\nb:0 spond\nb:0 src\nb:0 stabilized\nb:0 stable\nb:0 state\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 style\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t00\nb:0 t02\nb:0 t03\nb:0 t06\nb:0 t08\nb:0 t09\nb:0 t10\nb:0 t10_00_00_000\nb:0 t11\nb:0 t12\nb:0 t14\nb:0 t15\nb:0 t16\nb:0 t17\nb:0 t18\nb:0 t19\nb:0 t20\nb:0 t21\nb:0 t22\nb:0 tar\nb:0 target\nb:0 task\nb:0 temperatures\nb:0 template\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 then\nb:0 third\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 times\nb:0 title\nb:0 to\nb:0 too\nb:0 took\nb:0 toolchain\nb:0 total\nb:0 trailing\nb:0 true\nb:0 try\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu0\nb:0 ubuntu1_amd64\nb:0 ubuntu2\nb:0 ubuntu3\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 undefined_class\nb:0 undefined_getter\nb:0 undefined_identifier\nb:0 undefined_method\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unter\nb:0 unused\nb:0 upgraded\nb:0 uri_does_not_exist\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 v0\nb:0 v1\nb:0 var\nb:0 variable\nb:0 variante\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 we\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 wildcard\nb:0 will\nb:0 windows\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x602000000020\nb:0 x64\nb:0 x8000_0000\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 you\nb:0 z\nb:0 zephyr\nb:0 zig\nb:0 zzpmw\nb:a 0\nb:a b\nb:a bash\nb:a binary\nb:a blank\nb:a branch\nb:a build\nb:a c\nb:a class\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a dash\nb:a default\nb:a denial\nb:a dependency\nb:a development\nb:a directory\nb:a e\nb:a failure\nb:a feeds\nb:a ferro\nb:a few\nb:a free\nb:a full\nb:a g\nb:a gradle\nb:a hard\nb:a healthy\nb:a i\nb:a in\nb:a invoices\nb:a is\nb:a key\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a mavi\nb:a missing\nb:a multiline\nb:a must_use\nb:a n\nb:a new\nb:a newer\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a project\nb:a promise\nb:a proxy\nb:a r\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a required\nb:a return\nb:a s\nb:a safe\nb:a shutdown\nb:a signed\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a temp\nb:a test\nb:a tunnel\nb:a typo\nb:a u\nb:a userland\nb:a v\nb:a valid\nb:a value\nb:a version\nb:a vietflux\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a x64\nb:a x_\nb:a y\nb:a01e7751d80c config\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4 0\nb:a4006 this\nb:a62 0\nb:a_ m\nb:aaa api\nb:aaa go\nb:aarch64 apple\nb:aashish thapa\nb:ab0x go\nb:ab284314 0\nb:abi3 manylinux_2_34_x86_64\nb:abi3 so\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:above files\nb:above the\nb:abs hs\nb:abuild rpmbuild\nb:ac27 e1d16c0fb783\nb:ac6 0\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme 0\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:act_container_manager py\nb:act_linter py\nb:action actionlint\nb:action cache\nb:action cogni\nb:action display\nb:action download\nb:action executor\nb:action guilouro\nb:action https\nb:action id\nb:action package\nb:action repository\nb:action step\nb:action tarball\nb:action v2\nb:action v3\nb:action v4\nb:action_actionlint 0\nb:actionable tasks\nb:actionlint https\nb:actionlint v1\nb:actions 0\nb:actions are\nb:actions cache\nb:actions checkout\nb:actions codecov\nb:actions codespell\nb:actions embark\nb:actions runner\nb:actions setup\nb:actions shivammathur\nb:actions task\nb:actions upload\nb:active on\nb:activity kt\nb:actual 0\nb:actual behavior\nb:add allow\nb:add an\nb:add bash\nb:add it\nb:add origin\nb:add rust\nb:add the\nb:add url\nb:added 0\nb:added composer\nb:added go\nb:added to\nb:adding 0\nb:adding repository\nb:addition works\nb:additional logging\nb:address 0\nb:address all\nb:address range\nb:address sanitizer\nb:addresses should\nb:adler32 v0\nb:admin py\nb:admin rs\nb:admin web\nb:advancing after\nb:advice by\nb:advice detached\nb:advisories 0\nb:advisories g\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:aes gcm\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after attempting\nb:after catch\nb:after changing\nb:after opening\nb:after running\nb:agent 0\nb:agent action\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent lost\nb:agent machine\nb:agent md\nb:agent name\nb:agent process\nb:agent running\nb:agent version\nb:agent_1 container\nb:agents a\nb:agents cogni\nb:aggregate py\nb:ago 0\nb:ai agent\nb:ai architect\nb:ai code\nb:ai config\nb:ai devops\nb:ai elite\nb:ai plan\nb:ai reviewer\nb:ai security\nb:aiogithubapi 0\nb:aiohappyeyeballs 0\nb:aiohasupervisor 0\nb:aiohttp 0\nb:aiooui 0\nb:aiosignal 0\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:aliases clean\nb:all 0\nb:all artifacts\nb:all build\nb:all check\nb:all configured\nb:all crates\nb:all dependencies\nb:all error\nb:all extensions\nb:all false\nb:all files\nb:all issues\nb:all matched\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all targets\nb:all test\nb:all to\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow m\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allowed 0\nb:allowed time\nb:allows for\nb:allows instantiation\nb:alongside the\nb:alpha 0\nb:alphabetical case\nb:alpine v3\nb:alpine3 0\nb:alpinelinux org\nb:already exists\nb:already the\nb:als also\nb:also home\nb:alternative instead\nb:always auth\nb:always fails\nb:always false\nb:ambroisie test\nb:amd64 c\nb:amd64 components\nb:amd64 packages\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:amphp http\nb:an argument\nb:an error\nb:an exception\nb:an existing\nb:an item\nb:an iterator\nb:an s\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and actual\nb:and audited\nb:and because\nb:and cache\nb:and commit\nb:and contributors\nb:and d\nb:and declarations\nb:and deleting\nb:and dependencies\nb:and deploy\nb:and determine\nb:and file\nb:and firewall\nb:and fix\nb:and handle\nb:and has\nb:and hooks\nb:and installed\nb:and instead\nb:and is\nb:and its\nb:and legacy\nb:and may\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and s\nb:and scrapling\nb:and should\nb:and sub\nb:and test\nb:and use\nb:and value\nb:and will\nb:and word\nb:and writing\nb:and you\nb:andi i\nb:android 0\nb:android app\nb:android gradle\nb:android jizhang\nb:android kt\nb:android log\nb:android main\nb:android sdk\nb:android support\nb:android test\nb:android tools\nb:android unit\nb:ankitshubham workspace\nb:annotated types\nb:annotation for\nb:annotation no\nb:annotation unchecked\nb:annotations should\nb:anomaly_history json\nb:anonymous file\nb:anonymous test\nb:ansi term\nb:ansible galaxy\nb:ansible role\nb:answer action\nb:any branches\nb:any changes\nb:any commits\nb:any expected\nb:any from\nb:any no\nb:any none\nb:any of\nb:any return\nb:any variable\nb:any whl\nb:anyio 0\nb:ap fedbox\nb:apache 0\nb:apache httpcomponents\nb:apache maven\nb:apache org\nb:apache pulsar\nb:api aaa\nb:api api\nb:api client\nb:api dart\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api gradle\nb:api internal\nb:api pricing\nb:api proto\nb:api provider\nb:api src\nb:api tasks\nb:api users\nb:apis proto\nb:apk add\nb:apk update\nb:app 0\nb:app beringin\nb:app build\nb:app colors\nb:app compile\nb:app css\nb:app features\nb:app git\nb:app help\nb:app immutable\nb:app kt\nb:app ktlint\nb:app lint\nb:app login\nb:app notes\nb:app onepager\nb:app prototypes\nb:app py\nb:app run\nb:app src\nb:app tasks\nb:app ts\nb:appcompat v7\nb:appears to\nb:apple darwin\nb:application spec\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt apt\nb:apt get\nb:apt mirrors\nb:arbitrary objects\nb:archinstall archinstall\nb:archinstall lib\nb:architect agent\nb:architecture x64\nb:archive false\nb:archive ubuntu\nb:are allowed\nb:are available\nb:are behind\nb:are deprecated\nb:are enabled\nb:are equal\nb:are for\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are main\nb:are missing\nb:are no\nb:are not\nb:are relying\nb:are running\nb:are sixty\nb:are test\nb:are the\nb:are trimmed\nb:are trying\nb:are understood\nb:area tests\nb:arg type\nb:args cmake\nb:argument 0\nb:argument error\nb:argument is\nb:argument named\nb:argument of\nb:argument type\nb:arguments but\nb:arguments no\nb:arguments were\nb:ark ff\nb:arm64 0\nb:arm64 main\nb:arm64 packages\nb:arm64 readme\nb:around keyword\nb:around make\nb:around operator\nb:around spurious\nb:array 0\nb:array v0\nb:arrays are\nb:artifact content\nb:artifact i\nb:artifact junit\nb:artifact name\nb:artifact org\nb:artifact transform\nb:artifact upload\nb:artifact v3\nb:artifact v4\nb:artifacts for\nb:artifacts will\nb:arturbosch detekt\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as expected\nb:as explicit\nb:as failed\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u32\nb:as u64\nb:as u8\nb:as vsts\nb:as well\nb:ask for\nb:assembling a\nb:assert 0\nb:assert a\nb:assert are\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assertions s\nb:assets assets\nb:assets assets_page\nb:assets familjen\nb:assets_page dart\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:assignment type\nb:assistant bluetooth\nb:associated with\nb:astral sh\nb:astrogilda tsbootstrap\nb:async 0\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at error\nb:at file\nb:at fulfilled\nb:at function\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at new\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at t\nb:at test\nb:at the\nb:at trace\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attempting to\nb:attribute 0\nb:attribute access\nb:attribute of\nb:attrs 0\nb:audit audit\nb:audit due\nb:audit fix\nb:audit for\nb:audit level\nb:audit reports\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:auth helper\nb:auth login_page\nb:auth supabase\nb:author microsoft\nb:auto 0\nb:auto corrected\nb:auto provisioning\nb:auto update\nb:automatic dependency\nb:automatic garbage\nb:available 0\nb:available at\nb:available checksums\nb:available for\nb:available v0\nb:available v3\nb:avg c\nb:avoid a\nb:avoid using\nb:awaiting headers\nb:awaiting response\nb:awesomeness has\nb:awk allow\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure devops\nb:azure pipelines\nb:azure region\nb:b 0\nb:b a\nb:b b\nb:b b28\nb:b build\nb:b c\nb:b d55\nb:b done\nb:b e\nb:b err\nb:b f\nb:b go\nb:b gzip\nb:b i\nb:b in\nb:b l\nb:b main\nb:b o\nb:b r\nb:b s\nb:b t\nb:b u\nb:b want\nb:b y\nb:b1a9 travis\nb:b1f0ba2 0\nb:b2 0\nb:b28 a\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b7 0\nb:b8ej_ z\nb:b_ a\nb:b_ c\nb:b_ e\nb:b_ o\nb:b_ p\nb:b_ r\nb:b_ s\nb:b_ t\nb:b_ w\nb:babel parser\nb:back to\nb:backend api\nb:backend ci\nb:backend svc\nb:backoff 0\nb:backports tarfile\nb:backticks 0\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bak s\nb:bandit r\nb:bandit readthedocs\nb:base 0\nb:base base\nb:base container\nb:base h\nb:base64 v0\nb:based on\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash curl\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash true\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bazel 0\nb:bb code\nb:bc run\nb:be 0\nb:be a\nb:be able\nb:be assigned\nb:be auto\nb:be because\nb:be built\nb:be converted\nb:be empty\nb:be enabled\nb:be equal\nb:be expected\nb:be expressed\nb:be faster\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be of\nb:be on\nb:be one\nb:be packed\nb:be reformatted\nb:be renamed\nb:be replaced\nb:be resolved\nb:be reused\nb:be src\nb:be strictly\nb:be suffixed\nb:be sure\nb:be the\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be uploaded\nb:be used\nb:be within\nb:because flutter_api_samples\nb:because it\nb:because locked\nb:because no\nb:because of\nb:because pnpm\nb:because scrapling\nb:because the\nb:become dashes\nb:been created\nb:been deprecated\nb:been fixed\nb:been installed\nb:been moved\nb:been received\nb:been successfully\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before closing\nb:before continuing\nb:before declaration\nb:before expression\nb:before it\nb:before making\nb:before operand\nb:before the\nb:before token\nb:begin with\nb:beginning upload\nb:behind a\nb:being treated\nb:belanyi fr\nb:bergmann and\nb:beringin app\nb:berui kotlin\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigint v0\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing jvm\nb:billing rb\nb:bills bills_page\nb:bills_page dart\nb:bin activate\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin docker\nb:bin dsafio\nb:bin g\nb:bin git\nb:bin gradle\nb:bin links\nb:bin ninja\nb:bin node\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin strip\nb:bin tar\nb:bin true\nb:binary bitwise\nb:binary rustc\nb:bind home\nb:bind p\nb:bintray com\nb:binutils 0\nb:binutils csl\nb:bitwise operator\nb:bitwise warnings\nb:bk ci\nb:black 0\nb:black check\nb:black failed\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob storage\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block buffer\nb:block no\nb:block number\nb:block public\nb:blockchain client\nb:blockchain not\nb:blog changelog\nb:bluetooth 0\nb:blur cpp\nb:bodies of\nb:body expression\nb:body should\nb:book book_picker_page\nb:book_picker_page dart\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:bootstrap line\nb:boto3 0\nb:br l\nb:branch can\nb:branch cygwin\nb:branch linting\nb:branch m\nb:branch main\nb:branch master\nb:branch name\nb:branch refactor\nb:branch refs\nb:branch this\nb:branch to\nb:branch unlabeled\nb:branch zephyr\nb:branches by\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:bridge methods\nb:bridgecrewio checkov\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:budget budget_page\nb:budget data\nb:budget_page dart\nb:buf push\nb:buf u8\nb:buffer overflow\nb:buffer v0\nb:build 0\nb:build action\nb:build agent\nb:build and\nb:build as\nb:build assets\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build check\nb:build codec_test\nb:build command\nb:build context\nb:build ctest\nb:build d\nb:build date\nb:build definition\nb:build dependencies\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build environment\nb:build error\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build file\nb:build finance\nb:build g\nb:build git\nb:build gradle\nb:build has\nb:build id\nb:build itself\nb:build j2\nb:build libs\nb:build log\nb:build making\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build output\nb:build prod\nb:build project\nb:build queued\nb:build release\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build script\nb:build scripts\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build t\nb:build tauri\nb:build test\nb:build timed\nb:build tree\nb:build type\nb:build u\nb:build ubuntu\nb:build variables\nb:build watchos\nb:build wheel\nb:build wheels\nb:build windows\nb:build work\nb:build_dir tmp\nb:builddir meson\nb:builder 0\nb:builder releases\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:building wheel\nb:building with\nb:buildprocess execution\nb:builds acme\nb:builds ci\nb:builds finance\nb:builds platform\nb:builds private\nb:builds shopco\nb:builds thread\nb:builds timekit\nb:builds will\nb:built in\nb:builtin compat\nb:bun install\nb:bun run\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundler as\nb:bundler audit\nb:bundler cache\nb:bundler can\nb:bundlers node_modules\nb:busted test\nb:but 0\nb:but are\nb:but does\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but the\nb:but they\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by adding\nb:by an\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by setting\nb:by severity\nb:by summing\nb:by switching\nb:by the\nb:by this\nb:by time\nb:by using\nb:bypass the\nb:byte as\nb:bytes 0\nb:bytes received\nb:bytes sec\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c build\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c date\nb:c done\nb:c e\nb:c f\nb:c g\nb:c gcc\nb:c git\nb:c h\nb:c h_\nb:c home\nb:c i\nb:c imaging\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c k_\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c n\nb:c new\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c python\nb:c r\nb:c ringbuf\nb:c s\nb:c s0103\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c tests\nb:c text\nb:c to\nb:c u\nb:c users\nb:c usr\nb:c v\nb:c w\nb:c with\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c12 g\nb:c1d2e3 update\nb:c1e 0\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c2_ c\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_ p\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache 0\nb:cache all\nb:cache bazel\nb:cache bin\nb:cache dependency\nb:cache dir\nb:cache disabled\nb:cache failed\nb:cache false\nb:cache found\nb:cache go\nb:cache hee\nb:cache hit\nb:cache is\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache miss\nb:cache ms\nb:cache not\nb:cache npm\nb:cache opt\nb:cache overwrite\nb:cache paths\nb:cache pip\nb:cache provider\nb:cache restored\nb:cache service\nb:cache size\nb:cache targets\nb:cache true\nb:cache tzst\nb:cache v2\nb:cache v4\nb:cache workspace\nb:cache_rs b627fbcd5589ae52\nb:cached dependency\nb:cachedir pytest_cache\nb:cachekey echo\nb:caches 0\nb:caches jars\nb:caches kotlin\nb:caches modules\nb:caching generated\nb:caching gradle\nb:caching instrumented\nb:caddy api\nb:caddy caddy\nb:caddy latest\nb:call failed\nb:call last\nb:call to\nb:call with\nb:callback until\nb:called if\nb:calls 0\nb:calls runtime\nb:camoufox 0\nb:can ask\nb:can be\nb:can conclude\nb:can discard\nb:can fix\nb:can happen\nb:can look\nb:can only\nb:can t\nb:can use\nb:canceled while\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot install\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:capsules r\nb:captioner py\nb:cardreader cs\nb:cargo bin\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo crates\nb:cargo crates2\nb:cargo deny\nb:cargo fmt\nb:cargo g\nb:cargo git\nb:cargo output\nb:cargo registry\nb:cargo sparse\nb:cargo test\nb:cargo toml\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:casting u64\nb:casts from\nb:catch err\nb:categories metadata\nb:catsnn internal\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd docs\nb:cd example\nb:cd server\nb:cd var\nb:cdn alpinelinux\nb:cell 0\nb:central https\nb:central plugin\nb:certifi 0\nb:certificate checks\nb:cf cache\nb:cffi 0\nb:cfg conf\nb:cfg dotfiles\nb:cgen snapshot\nb:chadburn chadburn\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:change to\nb:changed 0\nb:changed but\nb:changed significantly\nb:changed source\nb:changelog 0\nb:changelog https\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:channel v0\nb:characters 0\nb:characters line\nb:characters workspaces\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:charts charts_page\nb:charts page\nb:charts_page dart\nb:chat android\nb:chat chat\nb:check 0\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check if\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check over\nb:check s\nb:check setup\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check unknown\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking ark\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking every\nb:checking formatting\nb:checking job\nb:checking out\nb:checkout 0\nb:checkout code\nb:checkout cone\nb:checkout deploy\nb:checkout disable\nb:checkout f\nb:checkout info\nb:checkout ledger\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkout v6\nb:checkov action\nb:checks security\nb:checkstyle plugin\nb:checksum c\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:child processes\nb:chmod x\nb:cholerae test\nb:chosen instead\nb:christophe documents\nb:chrome headless\nb:chunks dep\nb:chunks test\nb:ci 0\nb:ci agent\nb:ci build\nb:ci can\nb:ci dockerfile\nb:ci for\nb:ci sardonyx\nb:ci service\nb:ci src\nb:ci test\nb:ci worker\nb:circle c\nb:circleci project\nb:circus build\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class bill\nb:class budget\nb:class lib\nb:class php\nb:class test\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean isntall\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli include\nb:cli pr\nb:cli py\nb:cli releases\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:client 0\nb:client api\nb:client app\nb:client component\nb:client escrow_id\nb:client get_settled_at\nb:client git\nb:client init\nb:client kotlin\nb:client retry\nb:client server\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client timeout\nb:client ts\nb:clippy is\nb:clippy llvm\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy nursery\nb:clippy pedantic\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone v\nb:clone v1\nb:cloning into\nb:close the\nb:closed during\nb:closing parenthesis\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmd shims\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code c\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code is\nb:code loomy\nb:code paisa\nb:code reviewer\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codecov create\nb:codegen cpp\nb:codehaus mojo\nb:codehaus plexus\nb:coder odder\nb:codespell 0\nb:codespell project\nb:codespell v2\nb:cogni a\nb:cogni ai\nb:col 0\nb:collect dependencies\nb:collect2 error\nb:collected 0\nb:collected packages\nb:collecting aiohappyeyeballs\nb:collecting attrs\nb:collecting collected\nb:collecting frozenlist\nb:collecting h11\nb:collecting jaraco\nb:collecting orjson\nb:collecting packaging\nb:collecting propcache\nb:collecting py\nb:collecting pydantic\nb:collecting pyproject_hooks\nb:collecting pytest\nb:collecting python\nb:collecting tests\nb:collecting typing\nb:collecting yarl\nb:collection 0\nb:collection import\nb:colors in\nb:colors lib\nb:colr property\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com advisories\nb:com andi\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com cogni\nb:com data\nb:com datakit\nb:com default\nb:com diffplug\nb:com dlizzz\nb:com docs\nb:com embedded\nb:com ethereum\nb:com example\nb:com extraheader\nb:com fasterxml\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com go\nb:com google\nb:com gravito\nb:com http\nb:com ic3bur\nb:com im\nb:com infra\nb:com instead\nb:com inverse\nb:com kangkabseok2021\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com liquifact\nb:com lowagie\nb:com mani\nb:com maps\nb:com masonj0\nb:com mavi\nb:com metrics\nb:com netkit\nb:com netops\nb:com npm\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com pre\nb:com rails\nb:com retry\nb:com rsksmart\nb:com ruby\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com squareup\nb:com sun\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com ubuntu\nb:com usnistgov\nb:com zephyrproject\nb:com zerox80\nb:come from\nb:comma before\nb:comma separated\nb:command 0\nb:command bin\nb:command c\nb:command command\nb:command configuration\nb:command did\nb:command example\nb:command exited\nb:command failed\nb:command for\nb:command git\nb:command home\nb:command in\nb:command line\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command type\nb:command usr\nb:command v\nb:command_dispatcher py\nb:command_line_interface html\nb:command_line_warnings in\nb:command_runner py\nb:command_spec lua\nb:commas inside\nb:comment or\nb:comment paragraph\nb:comment unused\nb:commit 0\nb:commit date\nb:commit hash\nb:commit hooks\nb:commit message\nb:commit pre\nb:commit run\nb:commit s\nb:commit them\nb:commits you\nb:common 0\nb:common main\nb:common ui\nb:common v0\nb:common v25\nb:commonly chosen\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compat typescript\nb:compatibility with\nb:compatible set\nb:compatible versions\nb:compatible with\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile kotlin\nb:compile orders\nb:compile release\nb:compile sdk\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling ark\nb:compiling base64\nb:compiling c\nb:compiling crate\nb:compiling crossbeam\nb:compiling darling_macro\nb:compiling dashmap\nb:compiling distribution\nb:compiling dyn\nb:compiling futures\nb:compiling hashbrown\nb:compiling itertools\nb:compiling itoa\nb:compiling libc\nb:compiling num\nb:compiling proc\nb:compiling rand_chacha\nb:compiling rand_core\nb:compiling serde_json\nb:compiling soroban\nb:compiling stable_deref_trait\nb:compiling stackage\nb:compiling stellar\nb:compiling stg\nb:compiling thiserror\nb:compiling tokio\nb:compiling tower\nb:compiling version_check\nb:compiling yoke\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed process\nb:completed with\nb:compliant with\nb:component 0\nb:component browser\nb:component c\nb:component cargo\nb:component clippy\nb:component html\nb:component llvm\nb:component rust\nb:component rustc\nb:component rustfmt\nb:component s\nb:component_test ts\nb:components 0\nb:components common\nb:components do\nb:components for\nb:components imports\nb:components mavi\nb:components rustfmt\nb:components small\nb:composer 0\nb:composer added\nb:composer json\nb:composer plugin\nb:composer update\nb:compress program\nb:compressing objects\nb:compression level\nb:compute agent\nb:compute cache\nb:computed to\nb:conclude that\nb:conclusion success\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:cone mode\nb:conf json\nb:config 0\nb:config as\nb:config c\nb:config changes\nb:config cmake\nb:config command\nb:config config\nb:config dactyl\nb:config deploy\nb:config file\nb:config files\nb:config git\nb:config isn\nb:config js\nb:config json\nb:config local\nb:config modules\nb:config nim\nb:config remote\nb:config rules\nb:config set\nb:config trim_trailing_whitespace\nb:config v0\nb:config variable\nb:config zephyr\nb:configr configr\nb:configuration classpath\nb:configuration common\nb:configuration file\nb:configure project\nb:configure the\nb:configured workspaces\nb:configuring done\nb:configuring incomplete\nb:configuring root\nb:conflict is\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect to\nb:connection client\nb:connection container\nb:connection error\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connection was\nb:connectivity and\nb:connects to\nb:connrefused location\nb:consider possible\nb:consider removing\nb:consider using\nb:consider yaml\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:constant value\nb:construct rustup\nb:consumer http\nb:contain a\nb:contain package\nb:container 0\nb:container build\nb:container fragment\nb:container not\nb:container_test_runner py\nb:containing one\nb:contains a\nb:content differs\nb:content hash\nb:content security\nb:content to\nb:content type\nb:contents home\nb:contents of\nb:contents read\nb:context 0\nb:context anonymous\nb:context deadline\nb:context home\nb:context null\nb:context of\nb:continue allow\nb:continue due\nb:contracts escrow\nb:contracts liquifact\nb:contracts target\nb:controller lambda\nb:controller schedule\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core 0\nb:core api\nb:core app\nb:core csproj\nb:core jackson\nb:core jar\nb:core kt\nb:core models\nb:core ops\nb:core panicking\nb:core py\nb:core services\nb:core src\nb:core ssh\nb:core theme\nb:core util\nb:core v0\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could have\nb:could n\nb:could not\nb:couldn t\nb:count 0\nb:count of\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counting objects\nb:counts i\nb:counts iter\nb:coupon 0\nb:coverage 0\nb:coverage badge\nb:coverage none\nb:covered class\nb:cp r\nb:cp310 cp310\nb:cp310 manylinux_2_17_x86_64\nb:cp311 cp311\nb:cp311 manylinux_2_17_x86_64\nb:cp314 cp314\nb:cp314 manylinux2014_x86_64\nb:cp38 abi3\nb:cpp 0\nb:cpp build\nb:cpp ggml\nb:cpp o\nb:cpu 0\nb:cpu family\nb:cpu x86_64\nb:cpufeatures v0\nb:cpython 0\nb:cr 0\nb:cr me\nb:crash reports\nb:crate git\nb:crates corp\nb:crates false\nb:crates io\nb:crates toml\nb:crates2 json\nb:crc builddir\nb:crc crc\nb:create a\nb:create cachekey\nb:create commit\nb:create meeting\nb:create seed\nb:create symlinks\nb:create the\nb:create you\nb:created at\nb:created branch\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials 0\nb:credentials ab284314\nb:credentials config\nb:credentials specified\nb:credentials true\nb:creme brulee\nb:critical 0\nb:cronjs parser\nb:cross os\nb:cross site\nb:cross_platform_signal cross_platform_signal\nb:crossbeam epoch\nb:crypto aes\nb:crypto bigint\nb:crypto cipher\nb:crypto common\nb:crypto pbkdf2\nb:crypto pure\nb:crypto_sign falcon\nb:cryptography 0\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:csl sourcerygxx\nb:cspell json\nb:csproj error\nb:csproj in\nb:css 0\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csv export\nb:csys 0\nb:ctest changing\nb:ctest test\nb:ctrl c\nb:curl 0\nb:curl f\nb:curl fs\nb:curl git\nb:curl ls\nb:curl proto\nb:curl sf\nb:current agent\nb:current context\nb:current image\nb:current node\nb:current npm\nb:current runner\nb:current scope\nb:curve25519 dalek\nb:cusr 0\nb:custom british\nb:custom component\nb:custom_components zurichsee_ha\nb:cwiki apache\nb:cygwin 0\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d b\nb:d build\nb:d c\nb:d clippy\nb:d d\nb:d dactyl_left\nb:d ds\nb:d e\nb:d e_\nb:d f\nb:d failed\nb:d failure\nb:d h\nb:d https\nb:d i\nb:d in\nb:d is\nb:d k\nb:d key\nb:d l\nb:d l3008\nb:d l3013\nb:d m\nb:d math\nb:d n\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d see\nb:d state\nb:d t\nb:d tests\nb:d timed\nb:d true\nb:d u\nb:d v\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d z\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d345270 0\nb:d_ a\nb:d_ b\nb:d_ e\nb:d_ t\nb:dactyl zmk\nb:dactyl_left d\nb:daemon at\nb:daemon get\nb:daemon j\nb:daemon running\nb:daemon server\nb:daemon subsequent\nb:dalek v4\nb:dangerously allow\nb:darling_core v0\nb:darling_macro v0\nb:dart 0\nb:dart lib\nb:dart md\nb:dart pub\nb:dart s\nb:dart_web3 dart_web3\nb:dashboard dashboard\nb:dashmap v6\nb:data bk\nb:data etl\nb:data for\nb:data from\nb:data isn\nb:data lib\nb:data main\nb:data models\nb:data prefs\nb:data roaming\nb:data version\nb:database 0\nb:database failed\nb:datakit jobs\nb:datakit stats\nb:datasert cronjs\nb:date 0\nb:date date\nb:date expected\nb:date run\nb:date s\nb:date time\nb:date toolchain\nb:date with\nb:dates dates\nb:dateutil 0\nb:david projects\nb:days 0\nb:days test\nb:db 0\nb:db git\nb:db orders\nb:dbkit integration\nb:deadline exceeded\nb:dealing with\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debian sha256\nb:debug analysis\nb:debug build\nb:debug deps\nb:debug java\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug source\nb:debug target\nb:debug unit\nb:debug_html_parser py\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations and\nb:declarations move\nb:declarations with\nb:declarative checkout\nb:declared as\nb:declared to\nb:decorator makes\nb:ded5c06cf 0\nb:deep equal\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:def file\nb:def run\nb:default 0\nb:default and\nb:default branch\nb:default build\nb:default cli\nb:default compile\nb:default in\nb:default instance\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default skill\nb:default stable\nb:default test\nb:default the\nb:default toolchain\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defined here\nb:defining which\nb:definition from\nb:defs annotation\nb:delay 0\nb:delete 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:deleting the\nb:deltas 0\nb:demospring rest\nb:denial of\nb:deno install\nb:deny 0\nb:deny action\nb:deny toml\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies at\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies finished\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies metadata\nb:dependencies n\nb:dependencies started\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependencies will\nb:dependency and\nb:dependency instrumenting\nb:dependency is\nb:dependency lock\nb:dependency path\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency types\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy git\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated and\nb:deprecated because\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated gradle\nb:deprecated humanwhocodes\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated please\nb:deprecated raise\nb:deprecated use\nb:deprecation to\nb:deprecation warning\nb:deprecation warnings\nb:deps cache_rs\nb:deps foreground\nb:deps is\nb:depth 0\nb:depth set\nb:der v0\nb:dereferenced by\nb:derive v0\nb:derliebemarcus zurichsee_ha\nb:description elite\nb:description get\nb:description metadata\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop test\nb:destructure property\nb:detached h\nb:detached head\nb:detailed explanations\nb:details feature\nb:details home\nb:details https\nb:details see\nb:detect undefined\nb:detected for\nb:detected in\nb:detected invalid\nb:detecting c\nb:detector test\nb:detectors android\nb:determine if\nb:determining the\nb:dev 0\nb:dev null\nb:dev optional\nb:dev profile\nb:dev rnp\nb:dev server\nb:dev templates\nb:dev txt\nb:dev vuln\nb:development machine\nb:development package\nb:development the\nb:device home\nb:device write\nb:devops pipelines\nb:dht dht\nb:dhtl_commands py\nb:dhtl_commands_standalone py\nb:dhtl_commands_workflows py\nb:dhtl_entry py\nb:dhtl_entry_windows py\nb:dhtl_github py\nb:dhtl_guardian_command py\nb:dhtl_version py\nb:diagnostics debug\nb:dial tcp\nb:dict str\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff git\nb:diff in\nb:different than\nb:differs from\nb:digest debian\nb:digest node\nb:digest python\nb:digest ruby\nb:digest rust\nb:digest sha256\nb:digest v0\nb:dir all\nb:dir build\nb:dir home\nb:dir retries\nb:dir src\nb:dir var\nb:direct dependencies\nb:directly in\nb:directory all\nb:directory and\nb:directory containing\nb:directory f\nb:directory home\nb:directory is\nb:directory to\nb:directory tree\nb:directory true\nb:directory usr\nb:dirs v5\nb:disable incremental\nb:disabled by\nb:disabled false\nb:disabling automatic\nb:disabling s\nb:discard any\nb:discount code\nb:discover discover_page\nb:discover_page dart\nb:dispatch v1\nb:display m\nb:displays the\nb:dist build\nb:dist chunks\nb:dist codecov\nb:dist index\nb:dist info\nb:dist node\nb:dist py\nb:dist shared\nb:dist src\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:distributions gradle\nb:dists gradle\nb:django contrib\nb:dl cdn\nb:dlizzz catsnn\nb:do echo\nb:do not\nb:do s\nb:do so\nb:doc comment\nb:doc tests\nb:docker 0\nb:docker allow\nb:docker build\nb:docker buildx\nb:docker daemon\nb:docker dockerfile\nb:docker driver\nb:docker error\nb:docker executor\nb:docker failed\nb:docker image\nb:docker io\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:dockerfile home\nb:docs concepts\nb:docs for\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs svelte\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documentation is\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done g\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet sdk\nb:dotnet src\nb:dotnet temporalio\nb:double quote\nb:downgrade g\nb:download 0\nb:download action\nb:download all\nb:download complete\nb:download immutable\nb:download info\nb:download of\nb:download page\nb:download toolcache\nb:downloaded ark\nb:downloaded base64\nb:downloaded ciborium\nb:downloaded crypto\nb:downloaded curve25519\nb:downloaded equivalent\nb:downloaded futures\nb:downloaded getrandom\nb:downloaded hashbrown\nb:downloaded hex\nb:downloaded num\nb:downloaded numpy\nb:downloaded ort\nb:downloaded paste\nb:downloaded pin\nb:downloaded ppv\nb:downloaded pyo3\nb:downloaded rand\nb:downloaded rand_core\nb:downloaded rustls\nb:downloaded serde\nb:downloaded serde_derive\nb:downloaded serde_json\nb:downloaded soroban\nb:downloaded strsim\nb:downloaded thiserror\nb:downloaded time\nb:downloaded tokio\nb:downloaded tower\nb:downloaded typenum\nb:downloaded unicode\nb:downloading amphp\nb:downloading component\nb:downloading cryptography\nb:downloading flutter\nb:downloading from\nb:downloading https\nb:downloading language_tags\nb:downloading laravel\nb:downloading numpy\nb:downloading packages\nb:downloading phpunit\nb:downloading psr\nb:downloading py\nb:downloading pygments\nb:downloading ruby\nb:downloading scrapling\nb:downloading sebastian\nb:downloading symfony\nb:downloading task\nb:downloading uv\nb:downloads example\nb:drone git\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during stage\nb:during the\nb:dyn clone\nb:e 0\nb:e a\nb:e assertion\nb:e b\nb:e build\nb:e c\nb:e c2_\nb:e cannot\nb:e cargo\nb:e check\nb:e command\nb:e could\nb:e current\nb:e d\nb:e d_\nb:e e\nb:e f\nb:e f_\nb:e failed\nb:e false\nb:e fix\nb:e full\nb:e g\nb:e home\nb:e if\nb:e is\nb:e l\nb:e l_\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e noprofile\nb:e o\nb:e opt\nb:e p0040\nb:e p_\nb:e package\nb:e q\nb:e r\nb:e r_\nb:e release\nb:e required\nb:e rustc\nb:e s\nb:e specification\nb:e switch\nb:e t\nb:e u\nb:e unable\nb:e unsupported\nb:e users\nb:e v\nb:e w\nb:e where\nb:e work\nb:e workflow_dispatch\nb:e x\nb:e y\nb:e0061 this\nb:e0277 a\nb:e0308 mismatched\nb:e0401 unable\nb:e0425 cannot\nb:e0599 no\nb:e1101 instance\nb:e1d16c0fb783 config\nb:e225 missing\nb:e231 missing\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e git\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e7 0\nb:e8 0\nb:e8f 0\nb:e_ a\nb:e_ b\nb:e_ c\nb:e_ d\nb:e_ h\nb:e_ j\nb:e_ m\nb:e_ n\nb:e_ o\nb:e_ p\nb:e_ r\nb:e_ s\nb:e_ v\nb:e_path cc\nb:each npm\nb:ec 0\nb:echo build\nb:echo c\nb:echo cachekey\nb:echo components\nb:echo d\nb:echo downgrade\nb:echo h\nb:echo n\nb:echo run\nb:echo targets\nb:echo toolchain\nb:eclipse jetty\nb:edge proxy\nb:edit deny\nb:edit true\nb:editor config\nb:eebxo6ax project\nb:efe31b98f2 found\nb:eff a01e7751d80c\nb:egeria open\nb:either package\nb:elapsed 0\nb:elapsed time\nb:elements of\nb:elif rustc\nb:elif toolchain\nb:elite agent\nb:elite autonomous\nb:elite cogni\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embark studios\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty space\nb:empty string\nb:empty subject\nb:en 0\nb:enable cargo\nb:enable colors\nb:enable cross\nb:enable full\nb:enable running\nb:enabled for\nb:encoding u\nb:encoding v2\nb:end action\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:ends with\nb:enforce required\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entirely and\nb:entities js\nb:entities lib\nb:entries pages\nb:entries plus\nb:entries pointing\nb:entry for\nb:entrypoint file\nb:entrypoint sh\nb:env 0\nb:env a\nb:env common\nb:env g\nb:env target\nb:environment 0\nb:environment considered\nb:environment default\nb:environment details\nb:environment for\nb:environment hash\nb:environment hook\nb:environment true\nb:environment unable\nb:environment variables\nb:environment waiting\nb:environment will\nb:eo pipefail\nb:epoch v0\nb:eq 0\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:equivalent v1\nb:erb 0\nb:erl 0\nb:err http\nb:err is\nb:err message\nb:err typecheck\nb:errno 0\nb:errno e\nb:errno v0\nb:error 0\nb:error a\nb:error accordingly\nb:error aliases\nb:error allow\nb:error and\nb:error argument\nb:error assert\nb:error at\nb:error attempt\nb:error audit\nb:error bad\nb:error bin\nb:error blockchain\nb:error c\nb:error c2065\nb:error cache\nb:error can\nb:error cannot\nb:error clean\nb:error code\nb:error comma\nb:error command\nb:error connection\nb:error could\nb:error dangerously\nb:error dependency\nb:error deployment\nb:error dry\nb:error during\nb:error e\nb:error e0061\nb:error e0277\nb:error e0308\nb:error e0425\nb:error e0599\nb:error empty\nb:error enable\nb:error encountered\nb:error engine\nb:error errno\nb:error error\nb:error executing\nb:error expect\nb:error expected\nb:error fail\nb:error failed\nb:error false\nb:error file\nb:error files\nb:error foreground\nb:error function\nb:error fund\nb:error funding\nb:error global\nb:error got\nb:error h\nb:error home\nb:error if\nb:error ignore\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error indicates\nb:error install\nb:error instead\nb:error invalid\nb:error is\nb:error key\nb:error killed\nb:error ld\nb:error legacy\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error network\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error omit\nb:error on\nb:error only\nb:error option\nb:error options\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error returning\nb:error run\nb:error running\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error set\nb:error sets\nb:error signed\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error target\nb:error tells\nb:error test\nb:error the\nb:error this\nb:error time\nb:error timed\nb:error timeout\nb:error title\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error undefined\nb:error unexpected\nb:error unneeded\nb:error unsupported\nb:error untyped\nb:error unused\nb:error usage\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors have\nb:errors in\nb:errors json\nb:errors occurred\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:escrow client\nb:escrow error\nb:escrow src\nb:escrow_id sme\nb:escrow_id token\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:eta 0\nb:etc apt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:etl mem\nb:etl py\nb:ev issue\nb:evaluator test\nb:even 0\nb:event name\nb:events 0\nb:events events\nb:ever returns\nb:every 0\nb:ex 0\nb:ex allow\nb:ex unit\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example fetch\nb:example github\nb:example left\nb:example lint\nb:example ms\nb:example net\nb:example org\nb:example port\nb:example repository\nb:example specs\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded max\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exceeded while\nb:exception connection\nb:exception could\nb:exception execution\nb:exception in\nb:exception no\nb:exception the\nb:exclude tests\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:execute untyped\nb:executer execute\nb:executer java\nb:executing step_script\nb:execution default\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:execution worker\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist core\nb:exist https\nb:exist in\nb:exist screens\nb:exist state\nb:exist with\nb:existing false\nb:existing install\nb:existing installation\nb:existing resource\nb:exit 0\nb:exit code\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect actual\nb:expect apply\nb:expect received\nb:expect settled_at\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected after\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected fail\nb:expected failure\nb:expected false\nb:expected foo\nb:expected here\nb:expected i\nb:expected list\nb:expected newline\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export const\nb:export function\nb:export to\nb:export utils\nb:exported exported\nb:exported method\nb:exported type\nb:exporting layers\nb:exporting to\nb:express typescript\nb:expressed infallibly\nb:expression body\nb:expression creates\nb:expression has\nb:expression should\nb:extensions 0\nb:extensions pydantic\nb:extensions worktree\nb:external dependency\nb:extra argument\nb:extra fetchers\nb:extra header\nb:extra node_modules\nb:extra semicolon\nb:extra_cmake_args d\nb:extracting archive\nb:extracting ruby\nb:extracting sha256\nb:extraheader a\nb:f 0\nb:f a\nb:f c\nb:f d\nb:f e\nb:f f\nb:f home\nb:f i\nb:f l\nb:f metadata\nb:f o\nb:f p\nb:f parameters\nb:f r\nb:f refs\nb:f s\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fa fa\nb:fail 0\nb:fail hh\nb:fail https\nb:fail net9\nb:fail on\nb:fail tests\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed plugin\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed waiting\nb:failed with\nb:failed_e2e node_modules\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure threshold\nb:failure to\nb:failure type\nb:failures 0\nb:falcon 0\nb:fall through\nb:false disabling\nb:false or\nb:false to\nb:false true\nb:familjen grotesk\nb:family x86_64\nb:fastapi 0\nb:fasterxml jackson\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features plugins\nb:features seeds\nb:features steps\nb:features were\nb:federation 0\nb:federation r\nb:federation starting\nb:federator 0\nb:feed go\nb:feeds feeds\nb:ferro te\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch js\nb:fetch no\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetched 0\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching need\nb:fetching the\nb:few minutes\nb:ff v0\nb:field browser\nb:field name\nb:file 0\nb:file all\nb:file app\nb:file based\nb:file builds\nb:file c\nb:file content\nb:file could\nb:file details\nb:file does\nb:file etc\nb:file extension\nb:file f\nb:file failed\nb:file file\nb:file from\nb:file frozen\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file not\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file protocol\nb:file provided\nb:file run\nb:file src\nb:file sync\nb:file test\nb:file this\nb:file to\nb:file users\nb:file usr\nb:file var\nb:file would\nb:files 0\nb:files and\nb:files are\nb:files c\nb:files checked\nb:files copy\nb:files false\nb:files file\nb:files found\nb:files from\nb:files git\nb:files have\nb:files if\nb:files ignore\nb:files imgproc\nb:files inspected\nb:files passed\nb:files power\nb:files ringbuf\nb:files run\nb:files tests\nb:files to\nb:files took\nb:files use\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:final post\nb:finalize job\nb:finalizing artifact\nb:finance billing\nb:finance ledger\nb:finance money\nb:find a\nb:find com\nb:find element\nb:find expected\nb:find gem\nb:find io\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished uploading\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first doc\nb:first in\nb:first out\nb:first person\nb:first run\nb:first_upper s\nb:fits several\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed in\nb:fixed value\nb:fixedbitset v0\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flow lib\nb:flush true\nb:flutter 0\nb:flutter action\nb:flutter config\nb:flutter create\nb:flutter dev\nb:flutter packages\nb:flutter pub\nb:flutter release\nb:flutter s\nb:flutter stable\nb:flutter tool\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt all\nb:fmt build\nb:fmt check\nb:fn 0\nb:fn first_upper\nb:fn init\nb:fn is_empty_list\nb:fn once\nb:fn read_capsule\nb:fnv hash\nb:following actions\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following options\nb:following source\nb:following vulnerability\nb:fonts unifont\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for addresses\nb:for async\nb:for build\nb:for changes\nb:for configuration\nb:for connection\nb:for debian\nb:for defining\nb:for details\nb:for docker\nb:for function\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for help\nb:for https\nb:for input\nb:for installation\nb:for installing\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for longz4wqz\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for object\nb:for one\nb:for other\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for production\nb:for project\nb:for projects\nb:for python\nb:for ruby\nb:for rust\nb:for setup\nb:for stable\nb:for struct\nb:for sudo\nb:for swift\nb:for system\nb:for t\nb:for task\nb:for that\nb:for the\nb:for this\nb:for ubuntu\nb:for url\nb:for v0\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:fork src\nb:form tsx\nb:form vue\nb:format 0\nb:format args\nb:format check\nb:format failed\nb:format github\nb:format h\nb:format json\nb:format string\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting delete\nb:formatting output\nb:fortuna fortuna\nb:fortuna git\nb:found 0\nb:found a\nb:found at\nb:found b\nb:found before\nb:found but\nb:found c\nb:found composer\nb:found error\nb:found errors\nb:found existing\nb:found fatal\nb:found for\nb:found github\nb:found helper\nb:found ignoring\nb:found in\nb:found packages\nb:found python3\nb:found return\nb:found skipping\nb:found warn\nb:found with\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fp4 home\nb:fr ambroisie\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework quasar\nb:framework src\nb:framework test\nb:freethreaded false\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from aiohttp\nb:from an\nb:from build\nb:from c\nb:from cache\nb:from camoufox\nb:from central\nb:from commit\nb:from daemon\nb:from directories\nb:from distribution\nb:from dockerfile\nb:from file\nb:from formatting\nb:from function\nb:from git\nb:from home\nb:from homeassistant\nb:from https\nb:from i\nb:from instrument\nb:from key\nb:from ledger\nb:from lock\nb:from manifest\nb:from material\nb:from node\nb:from path\nb:from pip\nb:from pytest\nb:from r\nb:from repository\nb:from scrapling\nb:from sdk\nb:from src\nb:from tarball\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from tsbootstrap\nb:from typing\nb:from u8\nb:from urls\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:from your\nb:frontend lint\nb:frontend src\nb:frozen false\nb:frozen importlib\nb:frozen installation\nb:frozen lockfile\nb:frozenlist 0\nb:fs js\nb:fs layer\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full report\nb:full stack\nb:full trace\nb:func returns\nb:func1 0\nb:function could\nb:function declared\nb:function execute\nb:function fn\nb:function is\nb:function j\nb:function spec\nb:function total\nb:function unknown\nb:function which\nb:functionality has\nb:functions are\nb:fund dry\nb:fund for\nb:funding batch\nb:further information\nb:futures channel\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g failed\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g l\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g o_\nb:g on\nb:g org\nb:g p\nb:g r\nb:g s\nb:g std\nb:g u\nb:g4q xg66\nb:g_ b\nb:g_ c\nb:g_ h\nb:g_ m\nb:galaxy allow\nb:garbage collection\nb:gateway addresses\nb:gathering licenses\nb:gc auto\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcm native\nb:gconnect 0\nb:gcr io\nb:gdb csl\nb:gem install\nb:gemfile changed\nb:gemfile lock\nb:gemini 0\nb:gems corp\nb:gen jooq\nb:gen lint\nb:gen proto\nb:general public\nb:generate debug\nb:generate job\nb:generate the\nb:generate_summary py\nb:generated 0\nb:generated gradle\nb:generated run\nb:generating done\nb:generating script\nb:generator has\nb:generator next\nb:generic array\nb:genesis federation\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get 0\nb:get a\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get itoa\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get update\nb:get_settled_at is_none\nb:get_sources getting\nb:getaddrinfo failed\nb:getrandom v0\nb:getter config\nb:getting action\nb:getting git\nb:getting requirements\nb:getting source\nb:ggml c\nb:gh issue\nb:gh pr\nb:ghcr io\nb:gi b\nb:git 0\nb:git a\nb:git all\nb:git allow\nb:git belanyi\nb:git bin\nb:git branch\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git could\nb:git credentials\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git failed\nb:git fetch\nb:git file\nb:git github\nb:git global\nb:git https\nb:git hub\nb:git init\nb:git lab\nb:git log\nb:git p\nb:git path\nb:git references\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git revision\nb:git service\nb:git sparse\nb:git sr\nb:git submodules\nb:git switch\nb:git tar\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:git worktrees\nb:gitconfig to\nb:gitdir d\nb:gitdir github\nb:gitdir home\nb:github aashish\nb:github actions\nb:github blog\nb:github com\nb:github formatter\nb:github pr\nb:github repo\nb:github runner_temp\nb:github skills\nb:github src\nb:github token\nb:github workflows\nb:github workspace\nb:gitlab arturbosch\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob allow\nb:glob versions\nb:global config\nb:global git\nb:global init\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu so\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go caddy\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go modules\nb:go no\nb:go pkg\nb:go protoparser\nb:go quasar\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got key\nb:got other\nb:gpg could\nb:gpt 0\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle build\nb:gradle caches\nb:gradle central\nb:gradle daemon\nb:gradle daemons\nb:gradle documentation\nb:gradle exception\nb:gradle execution\nb:gradle features\nb:gradle gradle\nb:gradle home\nb:gradle internal\nb:gradle jars\nb:gradle kts\nb:gradle launcher\nb:gradle linux\nb:gradle mac\nb:gradle notifications\nb:gradle org\nb:gradle plugin\nb:gradle properties\nb:gradle state\nb:gradle tmp\nb:gradle user\nb:gradle wrapper\nb:gravito framework\nb:greater than\nb:green 0\nb:greenlet 0\nb:greeting component_test\nb:grep allow\nb:grep q\nb:grep v\nb:grgit 0\nb:grotesk 0\nb:group run\nb:groups get\nb:guava 0\nb:gui is\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:gz 0\nb:gzip 0\nb:h 0\nb:h a\nb:h amd64\nb:h c\nb:h cannot\nb:h command\nb:h e\nb:h e_\nb:h h600\nb:h head\nb:h home\nb:h i\nb:h mtmu\nb:h opt\nb:h or\nb:h p\nb:h ref\nb:h requests\nb:h s\nb:h setup\nb:h subprocess\nb:h t\nb:h t_\nb:h u\nb:h0m0s timeout\nb:h0s9kvb6g2sinako7ub77ku gradle\nb:h11 0\nb:h223492759 jizhang\nb:h600 compilation\nb:h_ e\nb:habluetooth 0\nb:had changes\nb:hadolint action\nb:hadolint hadolint\nb:hadolint v2\nb:handbook docs\nb:handle standard\nb:handle the\nb:handled in\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has correct\nb:has elapsed\nb:has exceeded\nb:has incompatible\nb:has no\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash fast\nb:hash key\nb:hash validation\nb:hashbrown v0\nb:hashmap hashmap\nb:haskell cabal\nb:hass nabucasa\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have an\nb:have been\nb:have comment\nb:have detailed\nb:have no\nb:have printed\nb:have valid\nb:head 0\nb:head c12\nb:head to\nb:header filter\nb:header in\nb:heads main\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap buffer\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help at\nb:help change\nb:help ci\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help visit\nb:help you\nb:helper check\nb:helper kt\nb:helper py\nb:here are\nb:here for\nb:here is\nb:hex literal\nb:hh tests\nb:hhp hs\nb:hicpp signed\nb:hidden files\nb:hierarchy template\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:highlights of\nb:hint call\nb:hint development\nb:hint git\nb:hint is\nb:hint make\nb:hint names\nb:hint used\nb:hint using\nb:hint will\nb:hit for\nb:hive simulators\nb:hoisted nested\nb:hoisting package\nb:home abuild\nb:home assistant\nb:home breadcrumbs\nb:home cache\nb:home cholerae\nb:home circleci\nb:home home_page\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:home_page dart\nb:homeassistant 0\nb:homeassistant custom\nb:homebrew bin\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks use\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:host x86_64\nb:hosted agent\nb:hosted compute\nb:hostedtoolcache dart\nb:hostedtoolcache flutter\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostedtoolcache python\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html debug\nb:html entities\nb:html erb\nb:html needless_borrow\nb:html needless_return\nb:html not\nb:html python\nb:html sec\nb:html shell\nb:http 0\nb:http archive\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http request\nb:http server\nb:http v0\nb:http_client 0\nb:http_parser 0\nb:httparse v1\nb:httpcomponents httpcomponents\nb:httpcore 0\nb:https aka\nb:https astral\nb:https bandit\nb:https conda\nb:https dl\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https go\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nexus\nb:https nodesecurity\nb:https npm\nb:https opencode\nb:https osv\nb:https packages\nb:https pkg\nb:https plugins\nb:https proxy\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https services\nb:https tlsv1\nb:httpx 0\nb:hub action\nb:hub does\nb:i 0\nb:i a\nb:i add\nb:i as\nb:i b\nb:i bak\nb:i c\nb:i d\nb:i doesn\nb:i e\nb:i f\nb:i files\nb:i g\nb:i g_\nb:i get\nb:i in\nb:i info\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i python\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i s_\nb:i t\nb:i t_\nb:i toolchain\nb:i try\nb:i u\nb:i unsafe\nb:i uw\nb:i v\nb:i x\nb:i x_\nb:i z\nb:i_ k\nb:ibis bigquery\nb:ic install\nb:ic3bur g\nb:icons mdi\nb:icu_properties_data v2\nb:id 0\nb:id github\nb:id in\nb:id prettier\nb:id subosito_flutter\nb:id trailing\nb:idea projects\nb:ident v1\nb:identical details\nb:identification is\nb:identified security\nb:identified with\nb:identifier c\nb:identifier header\nb:idna 0\nb:idx 0\nb:ie preinstall\nb:if c\nb:if command\nb:if entries\nb:if gitdir\nb:if i\nb:if it\nb:if items\nb:if linux\nb:if n\nb:if needed\nb:if no\nb:if out\nb:if returning\nb:if set\nb:if the\nb:if they\nb:if this\nb:if true\nb:if v\nb:if windows\nb:if you\nb:if z\nb:ignore comment\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:ignoring config\nb:im l1s\nb:image debian\nb:image docker\nb:image gcc\nb:image golang\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image release\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images releases\nb:images ubuntu\nb:images windows\nb:imaging c\nb:imaging imaging\nb:ime app\nb:ime git\nb:ime vietflux\nb:imgproc dir\nb:imgproc git\nb:imgproc imgproc\nb:imgproc src\nb:iml1s kotlin\nb:immediately dereferenced\nb:immutable action\nb:immutable assets\nb:immutable nodes\nb:impacting any\nb:impl v2\nb:implausibly old\nb:implementation of\nb:implemented for\nb:implemented in\nb:implications associated\nb:implied by\nb:import 0\nb:import cannot\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib bootstrap\nb:importlib init__\nb:importlib metadata\nb:importlib report\nb:importlib_metadata 0\nb:imports are\nb:imports on\nb:impossible for\nb:in 0\nb:in a\nb:in action\nb:in all\nb:in an\nb:in apt\nb:in assignment\nb:in async\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in cargo\nb:in components\nb:in connect\nb:in curl\nb:in d\nb:in deploy\nb:in deployment\nb:in detached\nb:in directory\nb:in documentation\nb:in file\nb:in final\nb:in first\nb:in function\nb:in git\nb:in go\nb:in headers\nb:in home\nb:in import_module\nb:in liquifact\nb:in main\nb:in module\nb:in multiline\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in s\nb:in scope\nb:in scripts\nb:in source\nb:in src\nb:in state\nb:in stdlib\nb:in sync\nb:in targets\nb:in the\nb:in this\nb:in thread\nb:in tmp\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:inc packetfence\nb:include hidden\nb:include if\nb:include prod\nb:include tests\nb:include the\nb:include workspace\nb:included builds\nb:included software\nb:includeif gitdir\nb:incompatible type\nb:incompatible types\nb:incompatible with\nb:incomplete errors\nb:inconsistent vendoring\nb:incorrect usage\nb:incorrectly sorted\nb:incremental compilation\nb:incubating problems\nb:indentation 0\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:index url\nb:indicate success\nb:indicates a\nb:indicates that\nb:individual deprecation\nb:ineffective mark\nb:infallibly using\nb:info 0\nb:info component\nb:info default\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info for\nb:info https\nb:info installing\nb:info latest\nb:info or\nb:info removing\nb:info syncing\nb:info there\nb:info using\nb:information 0\nb:information about\nb:information is\nb:information see\nb:information visit\nb:infra mirror\nb:infra retry\nb:infrastructure auth\nb:iniconfig 0\nb:init d\nb:init exe\nb:init home\nb:init users\nb:init__ py\nb:initial branch\nb:initialize job\nb:initialized empty\nb:initializing environment\nb:initializing the\nb:inner declarations\nb:inner t\nb:input 0\nb:input files\nb:input keys\nb:inputs itself\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install 0\nb:install a\nb:install and\nb:install before\nb:install clean\nb:install dependencies\nb:install direct\nb:install error\nb:install for\nb:install g\nb:install ic\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install packages\nb:install r\nb:install registry\nb:install rustup\nb:install script\nb:install sh\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install time\nb:install upgrade\nb:install v1\nb:install which\nb:install with\nb:install_gui_linux py\nb:installation prefix\nb:installation tree\nb:installed 0\nb:installed as\nb:installed distributions\nb:installed p\nb:installed this\nb:installed version\nb:installed versions\nb:installing amphp\nb:installing build\nb:installing collected\nb:installing component\nb:installing environment\nb:installing git\nb:installing laravel\nb:installing openssh\nb:installing packages\nb:installing psr\nb:installing sebastian\nb:installing symfony\nb:installs in\nb:instance travis\nb:instance using\nb:instantiation of\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:instrumented jars\nb:instrumenting artifact\nb:insufficient cpu\nb:insufficient memory\nb:int as\nb:int cannot\nb:int error_count\nb:integer operand\nb:integer v0\nb:integration integration\nb:integration rs\nb:integration tests\nb:integrity check\nb:intentional prefix\nb:interface tools\nb:internal 0\nb:internal artifacts\nb:internal build\nb:internal buildprocess\nb:internal buildtree\nb:internal components\nb:internal crypto\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal lib\nb:internal load\nb:internal model\nb:internal modules\nb:internal mojo\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into 0\nb:into a\nb:into directory\nb:into example\nb:into home\nb:invalid constant\nb:invalid s\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:inverse inc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io github\nb:io gitlab\nb:io hadolint\nb:io hashicorp\nb:io i\nb:io index\nb:io library\nb:io reviewdog\nb:io rust\nb:io v2\nb:ios arm64\nb:ios main\nb:ios simulator\nb:ios x64\nb:iot sensor\nb:ip address\nb:ipfs podcasting\nb:ipynb cell\nb:is 0\nb:is a\nb:is allowed\nb:is already\nb:is an\nb:is assigned\nb:is available\nb:is being\nb:is bot\nb:is called\nb:is canceled\nb:is caused\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is disabled\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is imported\nb:is intentional\nb:is it\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is needed\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is required\nb:is running\nb:is stopped\nb:is subject\nb:is the\nb:is undefined\nb:is up\nb:is used\nb:is users\nb:is valid\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:is_settleable found\nb:isn t\nb:isntall clean\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issues 0\nb:issues by\nb:issues found\nb:issues reached\nb:ist is\nb:it can\nb:it does\nb:it i\nb:it incompatible\nb:it is\nb:it its\nb:it only\nb:it py\nb:it resolves\nb:it should\nb:it was\nb:it with\nb:item costing\nb:item in\nb:item str\nb:item yesterday\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterable future\nb:iterating over\nb:iterator item\nb:iterator over\nb:itertools v0\nb:itoa as\nb:itoa v1\nb:its dependencies\nb:its it\nb:its progress\nb:itself https\nb:j a\nb:j d\nb:j n\nb:j o\nb:j s\nb:j unit\nb:j v\nb:j w\nb:j2 c\nb:j_ b\nb:jackson core\nb:jar 0\nb:jar and\nb:jar c\nb:jar com\nb:jar to\nb:jaraco context\nb:jars 0\nb:jars and\nb:jars gradle\nb:jars with\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java linux\nb:java math\nb:java org\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:jest circus\nb:jizhang android\nb:job 0\nb:job cleanup\nb:job context\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:job summary\nb:jobs 0\nb:jobs and\nb:jobs py\nb:jobs to\nb:jobsys queue\nb:john mysrc\nb:jonesn idea\nb:jooq gradle\nb:jq allow\nb:js 0\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json echo\nb:json failed\nb:json files\nb:json has\nb:json lodash\nb:json main\nb:json npm\nb:json or\nb:json system_stats\nb:julia nightly\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:just created\nb:jvm git\nb:jxoesneon ferro\nb:k 0\nb:k b\nb:k be\nb:k e\nb:k e_\nb:k f\nb:k f_to_c\nb:k g\nb:k g_\nb:k i\nb:k j_\nb:k n\nb:k pub\nb:k s\nb:k s_\nb:k t\nb:k version\nb:k8s deploy\nb:k_ e\nb:k_ i\nb:kangkabseok2021 cross_platform_signal\nb:kata check_s390x_test\nb:keccak v0\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key dependencies\nb:key error\nb:key failed\nb:key generated\nb:key instrumented\nb:key kotlin\nb:key linux\nb:key node\nb:key not\nb:key setup\nb:key should\nb:key the\nb:key true\nb:key v0\nb:key v8\nb:key wrapper\nb:keycloak token\nb:keygen c\nb:keymanapp dependency\nb:keyring 0\nb:keys 0\nb:keys linux\nb:keystore models_test\nb:keyword overwrite\nb:keyword parameter\nb:keywords metadata\nb:ki b\nb:killed signal\nb:kind fixed\nb:kit cloudflare\nb:kit generated\nb:kit output\nb:kit types\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:koans builders\nb:kotlin address\nb:kotlin blockchain\nb:kotlin crypto\nb:kotlin gradle\nb:kotlin koans\nb:kotlin lint\nb:kotlin mpp\nb:kotlin native\nb:kotlin plugins\nb:kotlin script\nb:kotlin solana\nb:kotlin tx\nb:kotlin utxo\nb:kotlin watchos\nb:kt 0\nb:ktlint android\nb:ktlint check\nb:ktlint test\nb:kts 0\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l certificate\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l expected\nb:l foo\nb:l for\nb:l g\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l n\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l s\nb:l set\nb:l t\nb:l t_\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l y\nb:l y_\nb:l1s dart_web3\nb:l1s kotlin\nb:l3013 pin\nb:l_ d\nb:l_ o\nb:l_ p\nb:l_ u\nb:lab temps\nb:label n\nb:landing landing\nb:lando lando\nb:lando netfx40\nb:lang github\nb:lang modules\nb:lang r\nb:language_tags 0\nb:last 0\nb:last block\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:later by\nb:later g\nb:latest 0\nb:latest blacklists\nb:latest false\nb:latest topics\nb:latest update\nb:latest v0\nb:latest version\nb:launcher daemon\nb:layers 0\nb:layout engine\nb:lazy property\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledger v0\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy peer\nb:len 0\nb:length 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:less than\nb:let client\nb:let or\nb:let stored\nb:let sum\nb:let top\nb:let v\nb:level 0\nb:level high\nb:level node_modules\nb:level package\nb:level template\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib cabal\nb:lib due\nb:lib dynload\nb:lib gconnect\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib kt\nb:lib lib\nb:lib main\nb:lib p\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib screens\nb:lib service\nb:lib spell\nb:lib state\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libatk1 0\nb:libc v0\nb:libc6 dev\nb:libdbus 0\nb:libglib2 0\nb:library core\nb:library for\nb:library python\nb:library rust\nb:libs 0\nb:libtonode tests\nb:license checker\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license needs\nb:license or\nb:license v2\nb:license_file metadata\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses without\nb:lifecycle controller\nb:lifecycle internal\nb:lifecycle scripts\nb:like we\nb:likely additional\nb:limit allocation\nb:limit exceeded\nb:limit for\nb:limit of\nb:limits the\nb:line 0\nb:line before\nb:line for\nb:line length\nb:line must\nb:line of\nb:line too\nb:lines of\nb:link build\nb:link plugins\nb:link type\nb:link u\nb:linked legacy\nb:linked openproject\nb:linker for\nb:linkid 0\nb:linking c\nb:links allow\nb:links no\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint check\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint install\nb:lint report\nb:lint run\nb:lint suspicious\nb:linted 0\nb:linting set\nb:linux amd64\nb:linux ci\nb:linux extras\nb:linux gnu\nb:linux go\nb:linux mac\nb:linux musl\nb:linux nopie\nb:linux or\nb:linux python\nb:linux r\nb:linux small\nb:linux uv\nb:linux vpn\nb:linux x64\nb:linux x86_64\nb:liquid haskell\nb:liquidhaskell cabal\nb:liquifact contracts\nb:liquifact escrow\nb:liquifact liquifact\nb:list allow\nb:list any\nb:list dial\nb:list of\nb:list page\nb:list str\nb:list stub\nb:lists txt\nb:lite badge\nb:lite86 v0\nb:literal v0\nb:littpi net\nb:live log\nb:llama cpp\nb:llvm tools\nb:load 0\nb:load allows\nb:load build\nb:load config\nb:load database\nb:load dockerignore\nb:load error\nb:load metadata\nb:load sh\nb:loaded prototype\nb:loader 0\nb:loader dist\nb:loader js\nb:loading 0\nb:loading for\nb:local bin\nb:local gc\nb:local go\nb:local http\nb:local lib\nb:local microsoft\nb:local name\nb:local package\nb:local pf\nb:local share\nb:local unset\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location opt\nb:location path\nb:location silent\nb:location users\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:lock yaml\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile because\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lockfiles considered\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log level\nb:log of\nb:log output\nb:logging output\nb:login page\nb:login service\nb:login_page dart\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:look around\nb:looking for\nb:looking in\nb:looks like\nb:lookup only\nb:lookup proxy\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low go\nb:low on\nb:lowagie pdfkit\nb:lower snake\nb:lower_snake_case such\nb:lru dict\nb:ls output\nb:ls sf\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m add\nb:m adding\nb:m auto\nb:m available\nb:m b\nb:m beringin\nb:m bs\nb:m buf\nb:m casting\nb:m casts\nb:m change\nb:m d\nb:m d013\nb:m docs\nb:m e\nb:m enable\nb:m error\nb:m execution\nb:m first\nb:m fits\nb:m for\nb:m git\nb:m i\nb:m if\nb:m is\nb:m item\nb:m k_\nb:m l\nb:m let\nb:m m\nb:m must_use\nb:m name\nb:m o\nb:m or\nb:m other\nb:m p\nb:m package\nb:m panic\nb:m pip\nb:m pub\nb:m pv4\nb:m pytest\nb:m r\nb:m remove\nb:m run\nb:m s\nb:m start\nb:m t\nb:m this\nb:m to\nb:m try\nb:m u\nb:m updating\nb:m use\nb:m v\nb:m value\nb:m variables\nb:m version\nb:m w\nb:m0s this\nb:m104 0\nb:m12 0\nb:m2 org\nb:m2 settings\nb:m2 toolchains\nb:m21 0\nb:m237 0\nb:m2repository com\nb:m309 0\nb:m47 0\nb:m49 0\nb:m62 0\nb:m64 0\nb:m67 0\nb:m7 0\nb:m78 0\nb:m84 0\nb:m88 0\nb:m_ c\nb:m_ l\nb:m_ n\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:machine remove\nb:macos 0\nb:macos latest\nb:macos macos\nb:macro2 v1\nb:macros v0\nb:macros v25\nb:made by\nb:made default\nb:maierj fastlane\nb:main 0\nb:main activity\nb:main amd64\nb:main arm64\nb:main c\nb:main dart\nb:main g\nb:main go\nb:main i\nb:main in\nb:main ios\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main native\nb:main p\nb:main resolvable\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main started\nb:main tf\nb:main to\nb:main trunk\nb:main watchos\nb:main zig\nb:make 0\nb:make any\nb:make error\nb:make experimental\nb:make files\nb:make in\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:makes function\nb:making global\nb:making it\nb:manager gitlab\nb:manager kt\nb:mani fork\nb:mani lang\nb:manifest txt\nb:manually installed\nb:manually started\nb:manuell manual\nb:many requests\nb:many return\nb:manylinux2014_x86_64 manylinux_2_17_x86_64\nb:manylinux2014_x86_64 whl\nb:manylinux_2_17_x86_64 manylinux2014_x86_64\nb:manylinux_2_17_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_24_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_28_x86_64 whl\nb:manylinux_2_34_x86_64 whl\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:markdown it\nb:marked as\nb:marketing landing\nb:marking the\nb:masonj0 fortuna\nb:masque rs\nb:master are\nb:master as\nb:master https\nb:master index\nb:master refs\nb:master set\nb:master src\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matched files\nb:matching distribution\nb:matching files\nb:matching package\nb:matching the\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maturin 0\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven maven\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven public\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 com\nb:maven2 connect\nb:maven2 org\nb:mavi core\nb:mavi v\nb:mavi vpn\nb:mavivpn is\nb:mawk allow\nb:max git\nb:max issues\nb:max line\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may 0\nb:may be\nb:may not\nb:may panic\nb:may take\nb:may truncate\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:mdurl 0\nb:me br\nb:me me_page\nb:me settings_page\nb:me_page dart\nb:measured 0\nb:media imaging\nb:megalinter io\nb:melos 0\nb:mem aggregate\nb:mem git\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:merge 0\nb:merge pull\nb:merge request\nb:merror 0\nb:meson build\nb:meson setup\nb:message at\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:meta 0\nb:metadata 0\nb:metadata for\nb:metadata from\nb:metadata org\nb:metadata pyproject\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method defined\nb:method named\nb:method not\nb:method parentheses\nb:method running\nb:method takes\nb:method toast\nb:method ymd\nb:metrics counter\nb:mfi 0\nb:mhelp 0\nb:mi b\nb:microsoft com\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mif z\nb:might be\nb:migrate with\nb:mike dev\nb:milliseconds couldn\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minus 0\nb:minutes 0\nb:minutes ago\nb:minutes are\nb:minutes failed\nb:minutes marking\nb:mirror sync\nb:mirrorlist 0\nb:mirrors txt\nb:miscellaneous lint\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing backticks\nb:missing binary\nb:missing docstring\nb:missing download\nb:missing either\nb:missing from\nb:missing go\nb:missing h\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing package\nb:missing panics\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing spacing\nb:missing trailing\nb:missing whitespace\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnote 0\nb:mnt vss\nb:mocha test\nb:mock open\nb:mod but\nb:mod dial\nb:mod download\nb:mod get\nb:mod go\nb:mod readonly\nb:modal tsx\nb:mode after\nb:mode all\nb:mode primary\nb:mode true\nb:model bin\nb:model kt\nb:model opencode\nb:model state\nb:model test\nb:models dart\nb:models kt\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module github\nb:module home\nb:module importlib\nb:module is\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules act_container_manager\nb:modules act_linter\nb:modules cjs\nb:modules command_dispatcher\nb:modules command_runner\nb:modules commands\nb:modules container_test_runner\nb:modules dhtl_commands\nb:modules dhtl_commands_standalone\nb:modules dhtl_commands_workflows\nb:modules dhtl_github\nb:modules dhtl_guardian_command\nb:modules dhtl_version\nb:modules files\nb:modules find\nb:modules hal\nb:modules lib\nb:modules packages\nb:modules py\nb:modules txt\nb:modules uv_manager\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:molecule allow\nb:mon may\nb:money mt\nb:money rb\nb:money test\nb:money_test rb\nb:monostate v0\nb:more arguments\nb:more dependencies\nb:more details\nb:more help\nb:more info\nb:more information\nb:more log\nb:more than\nb:most recent\nb:mother 0\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms could\nb:ms d\nb:ms environment\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:ms playwright\nb:ms setup\nb:ms tests\nb:msg loaded\nb:msg process\nb:msg reading\nb:mshared src\nb:msvc unchanged\nb:mt money\nb:mt test\nb:multidict 0\nb:multiline condition\nb:multiline expression\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple utxos\nb:multiple versions\nb:multiple___ spaces\nb:multiplication with\nb:multiverse amd64\nb:multiverse translation\nb:musl l\nb:must be\nb:must end\nb:must not\nb:must_use 0\nb:must_use attribute\nb:mut payload\nb:mutmut 0\nb:mutual groups\nb:mvn b\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:mypy 0\nb:mypy extensions\nb:mysrc weisjohn\nb:n 0\nb:n a\nb:n actionlint\nb:n and\nb:n basic\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n component\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n h\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n m\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n s_\nb:n skipping\nb:n t\nb:n t_\nb:n tar\nb:n target\nb:n test\nb:n tools\nb:n true\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n v4\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ a\nb:n_ c\nb:n_ d\nb:n_ e\nb:n_ f\nb:n_ m\nb:n_ n\nb:n_ p\nb:n_ s\nb:n_ v\nb:nabucasa 0\nb:name actionpack\nb:name api\nb:name app\nb:name assertion\nb:name azure\nb:name build\nb:name data\nb:name e2e\nb:name err\nb:name fmt\nb:name for\nb:name fv\nb:name gateway\nb:name is\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name not\nb:name only\nb:name or\nb:name phpunit\nb:name security\nb:name session\nb:name storage\nb:name test\nb:name to\nb:name w\nb:name_ should_\nb:named is_settleable\nb:named shapely\nb:names commonly\nb:namespace has\nb:namespace runner\nb:naming to\nb:nanopb 0\nb:native build\nb:native castle\nb:native lib\nb:native main\nb:native_lib native\nb:ndarray v0\nb:ne s\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:need revision\nb:need to\nb:needed and\nb:needed on\nb:needs network\nb:needs review\nb:needs to\nb:nested shallow\nb:nested steps\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netfx40 csproj\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:netplus netplus\nb:network connection\nb:network connectivity\nb:network error\nb:network errors\nb:network git\nb:network if\nb:network request\nb:network timeout\nb:never ends\nb:never reassigned\nb:never used\nb:new block\nb:new branch\nb:new github\nb:new line\nb:new object\nb:new promise\nb:new ref\nb:new tag\nb:newest version\nb:newlib 0\nb:newlib csl\nb:newlib snapshot\nb:newline after\nb:newline before\nb:newline expected\nb:newline n\nb:newly installed\nb:next anonymous\nb:next headers\nb:next js\nb:nexus corp\nb:nguyxn vietflux\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:nix ipfs\nb:no any\nb:no artifacts\nb:no attribute\nb:no audit\nb:no bin\nb:no cache\nb:no cacheprovider\nb:no color\nb:no config\nb:no console\nb:no copyright\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no install\nb:no issues\nb:no license\nb:no matching\nb:no member\nb:no method\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no tags\nb:no unit\nb:no untyped\nb:no unused\nb:no update\nb:no user\nb:no var\nb:no versions\nb:noble backports\nb:noble in\nb:noble main\nb:noble security\nb:noble universe\nb:noble updates\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node e\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node longer\nb:node net\nb:node npm\nb:node sha256\nb:node test\nb:node trace\nb:node v10\nb:node v18\nb:node v20\nb:node v4\nb:node version\nb:node was\nb:node_config in\nb:node_modules babel\nb:node_modules install\nb:node_modules jest\nb:node_modules material\nb:node_modules node\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules uvu\nb:node_modules vite\nb:node_modules vitest\nb:nodes are\nb:nodesecurity io\nb:non existing\nb:non interactive\nb:non lazy\nb:non matching\nb:non zero\nb:none any\nb:none func\nb:none listed\nb:none no\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:normal d\nb:nosec 0\nb:nospc e\nb:not a\nb:not advancing\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not begin\nb:not build\nb:not checked\nb:not closed\nb:not compatible\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not enforce\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not parse\nb:not pass\nb:not permitted\nb:not resolve\nb:not return\nb:not run\nb:not set\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not upgraded\nb:not use\nb:not used\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note method\nb:note recompile\nb:note referenced\nb:note some\nb:note switching\nb:note warn\nb:notebook cleanup\nb:notes 0\nb:notes app\nb:notes html\nb:nothing provides\nb:notice changelog\nb:notice s\nb:notice to\nb:notification helper\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:now or\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm ci\nb:npm cli\nb:npm command\nb:npm config\nb:npm corp\nb:npm does\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm pkg\nb:npm pricing\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu ansi\nb:nu get\nb:null 0\nb:null continue\nb:null null\nb:null then\nb:num integer\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number seen\nb:number total\nb:numeric matrix\nb:numpy 0\nb:nvm versions\nb:o 0\nb:o a\nb:o auth\nb:o b\nb:o b_allowed\nb:o building\nb:o c\nb:o cli\nb:o compiling\nb:o d\nb:o detecting\nb:o downloading\nb:o e\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o fonts\nb:o g\nb:o i\nb:o initializing\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o l_\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o profile\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o t_\nb:o tetrad\nb:o this\nb:o timeout\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o w_\nb:o x\nb:o0 o\nb:o111 m\nb:o2 g\nb:o2 wall\nb:o_ c\nb:o_ e\nb:o_ h\nb:o_ i\nb:o_ m\nb:o_ t\nb:object anonymous\nb:object c\nb:object is\nb:object to\nb:object where\nb:objects 0\nb:objects consider\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred configuring\nb:occurred while\nb:ocramius package\nb:odder odor\nb:oder order\nb:odor over\nb:oes src\nb:of 0\nb:of a\nb:of all\nb:of apt\nb:of arbitrary\nb:of artifact\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of component\nb:of config\nb:of crystal\nb:of date\nb:of dependencies\nb:of different\nb:of each\nb:of false\nb:of get\nb:of goal\nb:of hoisting\nb:of home\nb:of is\nb:of its\nb:of left\nb:of list\nb:of locate\nb:of master\nb:of memory\nb:of module\nb:of namespace\nb:of org\nb:of p\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of range\nb:of req\nb:of service\nb:of spaces\nb:of statements\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of u\nb:of undefined\nb:of unsafe\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:off this\nb:offenses detected\nb:offline during\nb:offline mode\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:old time\nb:oldcode legacy\nb:older coder\nb:ole planet\nb:omg omg\nb:omg src\nb:omit dev\nb:omit from\nb:on 0\nb:on a\nb:on agent\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on click\nb:on dependencies\nb:on device\nb:on disk\nb:on empty\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on resource\nb:on runner\nb:on swift\nb:on that\nb:on the\nb:on this\nb:on type\nb:on windows\nb:on your\nb:once call_once\nb:once installed\nb:once_cell v1\nb:one of\nb:one or\nb:onepager component\nb:onepager onepager\nb:only allow\nb:only ever\nb:only false\nb:only get\nb:only install\nb:oo8i vb\nb:op date\nb:opam 0\nb:opam opam\nb:open a\nb:open deep\nb:open metadata\nb:open p\nb:open protocol\nb:open t\nb:opencode ai\nb:opencode gemini\nb:opencode gpt\nb:openemr services\nb:openemr sites\nb:opening parenthesis\nb:openproject gitlab_integration\nb:openssh client\nb:openssh server\nb:operand in\nb:operand with\nb:operating system\nb:operation runner\nb:operation timed\nb:operation too\nb:operation was\nb:operation with\nb:operations default\nb:operator hicpp\nb:operator strict\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt homebrew\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option that\nb:option to\nb:option u16\nb:option u64\nb:option vec\nb:optional peer\nb:options execute\nb:or a\nb:or any\nb:or be\nb:or cmd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or more\nb:or npm\nb:or one\nb:or package\nb:or patterns\nb:or plugins\nb:or rerun\nb:or service\nb:or set\nb:or something\nb:or undo\nb:or windows\nb:order java\nb:order older\nb:order service\nb:ordered fetch\nb:orders db\nb:orders git\nb:orders order\nb:orders service\nb:orders src\nb:org 0\nb:org ajoberstar\nb:org alpine\nb:org apache\nb:org conda\nb:org confluence\nb:org directory\nb:org distributions\nb:org eclipse\nb:org example\nb:org github\nb:org gradle\nb:org junit\nb:org m2\nb:org ole\nb:org on\nb:org ref\nb:org scm\nb:org tree\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin linting\nb:origin main\nb:origin master\nb:origin refactor\nb:origin url\nb:orjson 0\nb:orphan processes\nb:os archive\nb:os imported\nb:osv dev\nb:other 0\nb:other jobs\nb:other panic\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out in\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outcome success\nb:outer spaces\nb:output above\nb:output client\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output server\nb:output src1489103279\nb:over android\nb:over doer\nb:over elements\nb:over ls\nb:over test\nb:override d\nb:overriding h\nb:overview lib\nb:overwrite c\nb:overwrite existing\nb:overwrite false\nb:overwrite settings\nb:own scripts\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p extra\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p i_\nb:p installed\nb:p k\nb:p l\nb:p liquifact_escrow\nb:p m\nb:p m_\nb:p n\nb:p n_\nb:p netplus\nb:p no\nb:p o\nb:p p\nb:p r\nb:p r_\nb:p request\nb:p s\nb:p t\nb:p t_\nb:p test\nb:p to\nb:p tsconfig\nb:p u\nb:p unit\nb:p y\nb:p y_\nb:p0040 deprecation\nb:p1 r5\nb:p20240420 r2\nb:p256 v0\nb:p_ c\nb:p_ p\nb:p_ s\nb:package a\nb:package actions\nb:package categories\nb:package configuration\nb:package content\nb:package d\nb:package dependencies\nb:package description\nb:package for\nb:package github\nb:package handle\nb:package installs\nb:package is\nb:package jdk\nb:package json\nb:package keywords\nb:package ledger\nb:package level\nb:package libasound2\nb:package license\nb:package license_file\nb:package linux\nb:package list\nb:package lock\nb:package manager\nb:package mavi\nb:package mavivpn\nb:package metadata\nb:package ms\nb:package or\nb:package pkg\nb:package quic\nb:package readme\nb:package repository\nb:package resolved\nb:package shared\nb:package supabase\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package windows\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages microsoft\nb:packages net\nb:packages please\nb:packages react\nb:packages read\nb:packages when\nb:packages whose\nb:packaging 0\nb:packed and\nb:packetfence go\nb:pad failed\nb:padding spaces\nb:page isn\nb:page state\nb:page tsx\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:paket packet\nb:pandas 0\nb:panic expected\nb:panic free\nb:panic missing\nb:panic ok\nb:panic test\nb:panic varint\nb:panicked at\nb:panicking rs\nb:panics section\nb:paragraph is\nb:parameter equals\nb:parameter of\nb:parameter should\nb:parameters json\nb:parent 0\nb:parentheses are\nb:parentheses around\nb:parse error\nb:parse expr\nb:parse failed\nb:parse import\nb:parse line\nb:parse maybe\nb:parse queues\nb:parse resolve\nb:parse test\nb:parse toolchain\nb:parse units\nb:parse_test go\nb:parser 0\nb:parser from\nb:parser hs\nb:parser lib\nb:parser parse\nb:parser py\nb:parser rs\nb:parser test\nb:parsing a\nb:part of\nb:partition 0\nb:pasha code\nb:pass 0\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:passkey test\nb:password g\nb:paste v1\nb:patch typescript\nb:patched versions\nb:path 0\nb:path home\nb:path is\nb:path kotlin\nb:path opt\nb:path race\nb:path tex\nb:path users\nb:pathutil pathutil\nb:pattern go\nb:payload u8\nb:pbkdf2 native\nb:pc windows\nb:pdfkit core\nb:pdfkit pdfkit\nb:peer deps\nb:peer include\nb:peer omit\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending federation\nb:pending subtests\nb:perf data\nb:performance tests\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:pest plugin\nb:pestphp pest\nb:php 0\nb:php array\nb:php return\nb:php slug\nb:php v2\nb:php version\nb:phpkit slugger\nb:phpunit 0\nb:phpunit php\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:phreeqc test\nb:pid 0\nb:pillow 0\nb:pin utils\nb:pin versions\nb:pinned packages\nb:pinot tools\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pip is\nb:pip tools\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline run\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg example\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkg types\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:plan reviewer\nb:planet myplanet\nb:platform 0\nb:platform deploy\nb:platform git\nb:platform ops\nb:platform satu\nb:platform shared\nb:platform site\nb:platformdirs 0\nb:please check\nb:please read\nb:please refer\nb:please run\nb:please update\nb:please upgrade\nb:please use\nb:plexus plexus\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin org\nb:plugin php\nb:plugin repository\nb:plugins are\nb:plugins gradle\nb:plugins linked\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:plus a\nb:pmd foo\nb:pmd plugin\nb:pnc i\nb:pnpm install\nb:pnpm lock\nb:pod failed\nb:pod running\nb:pod to\nb:pod was\nb:podcasting nix\nb:pods 0\nb:poetry lock\nb:pointing to\nb:policy deny_test\nb:policy entirely\nb:policy from\nb:pom org\nb:pom to\nb:pool host\nb:pool main\nb:populate work\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post action\nb:post job\nb:post resolution\nb:post run\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potential_utf v0\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:ppv lite86\nb:pr 0\nb:pr go\nb:pr review\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prefix key\nb:prefix of\nb:prefs manager\nb:preinstall install\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:prepared 0\nb:preparer java\nb:preparing metadata\nb:preparing the\nb:preparing to\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:press ctrl\nb:prettier check\nb:prettier code\nb:prettyplease v0\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previous version\nb:previously recorded\nb:price 0\nb:price null\nb:print 0\nb:print summing\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem occurred\nb:problem unexpected\nb:problem with\nb:problems 0\nb:problems problems\nb:problems report\nb:proc macro2\nb:proceed with\nb:process completed\nb:process did\nb:process env\nb:process exit\nb:process level\nb:process pending\nb:process process\nb:process task_queues\nb:process usr\nb:processing triggers\nb:processing wheels\nb:processor should\nb:prod dev\nb:prod exited\nb:prod noble\nb:production only\nb:profile exclude\nb:profile include\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:program unzstd\nb:programming scratch\nb:progress deadline\nb:progress meter\nb:progress true\nb:project 0\nb:project actions\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project kotlin\nb:project name\nb:project org\nb:project src\nb:project version\nb:projectcleverweb lastautoindex\nb:projects egeria\nb:projects openemr\nb:promise anonymous\nb:promise ensure\nb:prompt file\nb:propcache 0\nb:properly see\nb:properties insert\nb:properties of\nb:properties rs\nb:property colr\nb:property line\nb:property no\nb:proto 0\nb:proto gen\nb:proto https\nb:protoc gen\nb:protocol dependencies\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided path\nb:provided to\nb:provider github\nb:provider lib\nb:provider plugins\nb:provides a\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy golang\nb:proxy please\nb:prune origin\nb:psutil 0\nb:pub cache\nb:pub dependencies\nb:pub fn\nb:pub get\nb:pub key\nb:public acls\nb:public build\nb:public class\nb:public license\nb:public org\nb:publish py\nb:pull 0\nb:pull complete\nb:pull request\nb:pulling docker\nb:pulling fs\nb:punctuation at\nb:punycode module\nb:pure build\nb:pure kotlin\nb:push 0\nb:pv4 transport\nb:pwsh e\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py g\nb:py git\nb:py healthy\nb:py imports\nb:py jobs\nb:py line\nb:py p\nb:py r\nb:py reports\nb:py socks\nb:py stats\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_timeout_is_retried\nb:py y\nb:py2 py3\nb:py3 none\nb:pycognito 0\nb:pydantic 0\nb:pydantic core\nb:pydantic settings\nb:pygments 0\nb:pyo3 macros\nb:pyo3 v0\nb:pyproject toml\nb:pyproject_hooks from\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest homeassistant\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python dateutil\nb:python location\nb:python m\nb:python names\nb:python scripts\nb:python sha256\nb:python tests\nb:python v5\nb:python version\nb:python2_ r\nb:python3 0\nb:python3 m\nb:python3_ r\nb:python_ r\nb:pytz 0\nb:pyyaml 0\nb:q a\nb:q l_\nb:q p\nb:q release\nb:q u\nb:qty 0\nb:qualified_races json\nb:quant timeseries\nb:quantity 0\nb:quasar go\nb:queue js\nb:queue lib\nb:queue queue\nb:queued 0\nb:quic tester\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r a_\nb:r always\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r dependency\nb:r e\nb:r e_\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r f\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r home\nb:r https\nb:r i\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r load\nb:r m\nb:r m_\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r nospc\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r opt\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r resolution\nb:r retrying\nb:r s\nb:r s_\nb:r script\nb:r see\nb:r set\nb:r stack\nb:r t\nb:r t_\nb:r templates\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r users\nb:r var\nb:r x\nb:r y\nb:r y_\nb:r_ a\nb:r_ p\nb:r_ r\nb:race report\nb:rails rails\nb:rails security\nb:raise parse\nb:rake aborted\nb:rake foo\nb:rake test\nb:ran 0\nb:ran all\nb:ran longer\nb:rand v0\nb:rand_chacha v0\nb:rand_core v0\nb:range 0\nb:range start\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:raw_race_data json\nb:rb 0\nb:rb git\nb:rb money\nb:rc 0\nb:rc2 v1\nb:rdk rules\nb:re run\nb:reach block\nb:reached operation\nb:reached the\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read error\nb:read errors\nb:read file\nb:read more\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:read udp\nb:read_capsule buf\nb:reading database\nb:reading prototype\nb:reading state\nb:readline 0\nb:readme md\nb:readme metadata\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:receiving objects\nb:recent call\nb:recieve the\nb:recognized word\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:record record_sheet\nb:record sheet\nb:record_sheet dart\nb:recorded in\nb:records for\nb:redis 0\nb:ref 0\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:refactor 0\nb:refer to\nb:reference c\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refs tags\nb:refs west\nb:refused connect\nb:refused simple\nb:reg exp\nb:regex 0\nb:regexp core\nb:regexp include\nb:region centralus\nb:region eastus2\nb:region northcentralus\nb:region westus\nb:register layer\nb:register passkey\nb:registry https\nb:registry npm\nb:registry npmjs\nb:registry src\nb:registry terraform\nb:registry ts\nb:rego data\nb:regression bridge\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:relative to\nb:release 0\nb:release cmake\nb:release cygwin\nb:release gpg\nb:release https\nb:release kotlin\nb:release notes\nb:release sh\nb:release skipped\nb:release source\nb:release target\nb:release timed\nb:release yml\nb:releases download\nb:releases protoc\nb:releases tag\nb:releases then\nb:relying on\nb:remaining 0\nb:remote add\nb:remote all\nb:remote compressing\nb:remote counting\nb:remote git\nb:remote origin\nb:remotes origin\nb:remotes pull\nb:remove and\nb:remove build\nb:remove return\nb:remove stale\nb:remove the\nb:removed in\nb:removing credentials\nb:removing h\nb:removing include\nb:removing previous\nb:removing s\nb:renamed to\nb:renamed via\nb:render engine\nb:renders the\nb:replaced with\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report api\nb:report at\nb:report attribute\nb:report html\nb:report is\nb:report py\nb:report to\nb:report ui\nb:reported issue\nb:reporter github\nb:reports 0\nb:reports alongside\nb:reports problems\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repository acme\nb:repository actions\nb:repository andi\nb:repository apis\nb:repository astral\nb:repository codecov\nb:repository datakit\nb:repository directory\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository gradle\nb:repository https\nb:repository ic3bur\nb:repository im\nb:repository in\nb:repository kangkabseok2021\nb:repository ledger\nb:repository liquifact\nb:repository maps\nb:repository masonj0\nb:repository metadata\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository ruby\nb:repository rusty\nb:repository shivammathur\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository swatinem\nb:repository textkit\nb:repository timekit\nb:repository zerox80\nb:req capability\nb:request 0\nb:request canceled\nb:request for\nb:request handler\nb:request py\nb:request sent\nb:request timed\nb:request to\nb:requested tasks\nb:requested u\nb:requests 0\nb:requests call\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required input\nb:required module\nb:required node\nb:required plugins\nb:required tasks\nb:required true\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements dev\nb:requirements to\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:rerun with\nb:reserve cache\nb:reset branch\nb:reset by\nb:resolution dealing\nb:resolution impossible\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolvable dependencies\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve docker\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolved 0\nb:resolved because\nb:resolved failed\nb:resolved file\nb:resolved java\nb:resolving deltas\nb:resolving dependencies\nb:resource aws_s3_bucket\nb:resource directory\nb:resource missing\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response read\nb:response status\nb:rest src\nb:restore cache\nb:restore keys\nb:restore v8\nb:restored from\nb:restored successfully\nb:restoring cache\nb:restricted amd64\nb:restricted to\nb:result 0\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retain commits\nb:retention days\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry connrefused\nb:retry delay\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retrying fetch\nb:return 0\nb:return a\nb:return bootstrap\nb:return dict\nb:return statement\nb:return str\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned by\nb:returned error\nb:returned exit\nb:returning a\nb:returning any\nb:returns none\nb:returns value\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:reuse util\nb:rev parse\nb:review allow\nb:review other\nb:reviewdog action\nb:reviewer agent\nb:reviewer cogni\nb:revision 0\nb:revision v0\nb:revive exported\nb:right failed\nb:ring c\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf c\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:ringbuf wraparound\nb:risky file\nb:rm cannot\nb:rm rf\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:role wine\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root bundler\nb:root depends\nb:root directory\nb:root gradle\nb:root install\nb:root md\nb:root project\nb:root when\nb:rootdir home\nb:rootstock integration\nb:ropenscilabs available\nb:routes and\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs tmp\nb:rs v0\nb:rskj core\nb:rskj rskj\nb:rsksmart rootstock\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby builder\nb:ruby json\nb:ruby ruby\nb:ruby setup\nb:ruby sha256\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff 0\nb:ruff check\nb:ruff format\nb:rule preset\nb:rules config\nb:rules e\nb:rules property\nb:rules using\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run astral\nb:run bash\nb:run build\nb:run bundler\nb:run can\nb:run cargo\nb:run cd\nb:run cmake\nb:run composer\nb:run construct\nb:run create\nb:run curl\nb:run default\nb:run deno\nb:run disable\nb:run dtolnay\nb:run echo\nb:run elm\nb:run enable\nb:run every\nb:run failed\nb:run file\nb:run format\nb:run g\nb:run go\nb:run gradlew\nb:run if\nb:run index\nb:run install\nb:run js\nb:run ktlint\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run of\nb:run on\nb:run options\nb:run parse\nb:run phpunit\nb:run pip\nb:run poetry\nb:run pre\nb:run prettier\nb:run profiler\nb:run pytest\nb:run python\nb:run ruby\nb:run rustc\nb:run rustup\nb:run script\nb:run scripts\nb:run set\nb:run sh\nb:run shivammathur\nb:run swatinem\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run timeout\nb:run to\nb:run tsc\nb:run with\nb:run work\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner cargo\nb:runner dist\nb:runner eebxo6ax\nb:runner git\nb:runner gitconfig\nb:runner go\nb:runner gradle\nb:runner has\nb:runner hostedtoolcache\nb:runner image\nb:runner images\nb:runner is\nb:runner issues\nb:runner java\nb:runner local\nb:runner m2\nb:runner namespace\nb:runner npm\nb:runner pub\nb:runner run\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runner_temp git\nb:runneradmin cargo\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running c\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running task\nb:running timed\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs for\nb:runs of\nb:runs s\nb:runtime test\nb:rust 0\nb:rust build\nb:rust cache\nb:rust clippy\nb:rust environment\nb:rust fmt\nb:rust lang\nb:rust lint\nb:rust rust\nb:rust sha256\nb:rust std\nb:rust toolchain\nb:rust version\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustc stable\nb:rustfmt clippy\nb:rustix v1\nb:rustup command\nb:rustup default\nb:rustup dev\nb:rustup if\nb:rustup init\nb:rustup rs\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s c\nb:s c2045\nb:s c2086\nb:s chars\nb:s ci\nb:s commit\nb:s connection\nb:s create\nb:s d\nb:s detected\nb:s done\nb:s e\nb:s e_\nb:s eta\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s js\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s md\nb:s n\nb:s o\nb:s o2\nb:s on\nb:s open\nb:s p\nb:s pf\nb:s q\nb:s r\nb:s rx\nb:s s\nb:s s_\nb:s score\nb:s sit\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s then\nb:s transform\nb:s true\nb:s u\nb:s v\nb:s version\nb:s w\nb:s with\nb:s x\nb:s y\nb:s0103 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s2n run\nb:s3 block\nb:s6 vzpvo\nb:s_ a\nb:s_ i\nb:s_ r\nb:s_ t\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sample rdk\nb:samples sample\nb:sanitizer heap\nb:sardonyx xenial\nb:satisfies the\nb:satu platform\nb:save always\nb:save if\nb:saving state\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:schedule requested\nb:schema https\nb:scikit base\nb:scikit learn\nb:scipy 0\nb:scm billing\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scrapling 0\nb:scratch failed_e2e\nb:scratch test\nb:screen kt\nb:screens assets\nb:screens auth\nb:screens bills\nb:screens book\nb:screens budget\nb:screens charts\nb:screens discover\nb:screens home\nb:screens me\nb:screens record\nb:screens server\nb:screens settings\nb:screens vpn\nb:script 0\nb:script build\nb:script contents\nb:script heap\nb:script lint\nb:script on\nb:script policy\nb:script returned\nb:script s\nb:scripts dangerously\nb:scripts debug_html_parser\nb:scripts deploy\nb:scripts generate_summary\nb:scripts git\nb:scripts ie\nb:scripts ignore\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts or\nb:scripts package\nb:scripts policy\nb:scripts run\nb:scripts specified\nb:sdk 0\nb:sdk api\nb:sdk dotnet\nb:sdk flutter\nb:sdk js\nb:sdk linux\nb:sdk macros\nb:sdk telemetry\nb:sdk v25\nb:search ts\nb:sebastian bergmann\nb:sec command_line_warnings\nb:sec transferred\nb:sec1 v0\nb:second 0\nb:second federation\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secretstorage 0\nb:secs 0\nb:section 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security auditor\nb:security cryptography\nb:security implications\nb:security in\nb:security issue\nb:security main\nb:security multiverse\nb:security policy\nb:security universe\nb:security vulnerabilities\nb:security vulnerability\nb:sed i\nb:sed ne\nb:see a\nb:see also\nb:see full\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:seen was\nb:select a\nb:select packages\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:semver v1\nb:send email\nb:sensor c\nb:sensor sensor\nb:sent awaiting\nb:separate line\nb:separated list\nb:sequence any\nb:sequential filter_numbers\nb:serde v1\nb:serde_derive v1\nb:serde_json json\nb:serde_json v1\nb:serde_with v3\nb:server 0\nb:server app\nb:server client\nb:server compiled\nb:server entries\nb:server exec\nb:server failed\nb:server id\nb:server list\nb:server message\nb:server npm\nb:server password\nb:server request\nb:server server_list_page\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:server_list_page dart\nb:service 0\nb:service found\nb:service git\nb:service github\nb:service in\nb:service is\nb:service java\nb:service kt\nb:service not\nb:service notification\nb:service php\nb:service responded\nb:service run\nb:service src\nb:service ts\nb:service unavailable\nb:services gradle\nb:services keystore\nb:services user\nb:session dart\nb:session provider\nb:session starts\nb:set build\nb:set c\nb:set check\nb:set file\nb:set interval\nb:set n\nb:set o\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set then\nb:set to\nb:set up\nb:sets the\nb:setting config\nb:setting java\nb:setting up\nb:settings 0\nb:settings page\nb:settings screen\nb:settings true\nb:settings xml\nb:settings_page dart\nb:settled_at must\nb:settlement rs\nb:setup 0\nb:setup builddir\nb:setup go\nb:setup gradle\nb:setup java\nb:setup node\nb:setup p\nb:setup php\nb:setup python\nb:setup ruby\nb:setup sh\nb:setup tools\nb:setup uv\nb:setuptools 0\nb:setuptools wheel\nb:several a\nb:severity 0\nb:severity e\nb:severity error\nb:severity vulnerability\nb:sf https\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh setup\nb:sh sh\nb:sh tmp\nb:sh uv\nb:sha256 0\nb:sha256 done\nb:shallow linked\nb:share cmake\nb:shared config\nb:shared is\nb:shared rollup\nb:shared src\nb:shared updates\nb:sheet state\nb:shell 0\nb:shell bin\nb:shell c\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shims on\nb:shivammathur setup\nb:shodh memory\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco pricing\nb:shopco report\nb:shopco shop\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should create\nb:should equal\nb:should go\nb:should list\nb:should migrate\nb:should not\nb:should notify\nb:should panic\nb:should start\nb:should_ fail\nb:show app\nb:show error\nb:show progress\nb:show the\nb:show where\nb:shrinkwrap json\nb:shutdown signal\nb:sid snapshot\nb:side of\nb:signal terminated\nb:signal this\nb:signed bitwise\nb:signed integer\nb:signedness int\nb:significantly since\nb:silent show\nb:simd adler32\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulator arm64\nb:simulators ethereum\nb:sin lat2\nb:since poetry\nb:sit list\nb:site command\nb:site deploy\nb:site docs\nb:site packages\nb:site scripting\nb:site theme\nb:site tools\nb:sites default\nb:six 0\nb:sixty seconds\nb:size is\nb:skills a\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping analysis\nb:skipping git\nb:skipping integrity\nb:sleep go\nb:slice will\nb:sln t\nb:slow less\nb:slug php\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:sme env\nb:smoke regression\nb:smtp internal\nb:snake case\nb:snapshot 0\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so implausibly\nb:so now\nb:socket emit\nb:socket2 v0\nb:sockeye image_captioning\nb:socks 0\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:soroban env\nb:soroban sdk\nb:soroban_sdk address\nb:soroban_sdk events\nb:sorted and\nb:source actions\nb:source code\nb:source commit\nb:source dir\nb:source file\nb:source files\nb:source from\nb:source s\nb:source set\nb:source sets\nb:source tree\nb:source tutor\nb:source venv\nb:source_span 0\nb:sourcerygxx 0\nb:sources from\nb:space 0\nb:space berui\nb:space between\nb:space left\nb:space s\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spacing after\nb:sparse checkout\nb:sparse registry\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified deadline\nb:specified in\nb:specifiers in\nb:specs from\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:spurious network\nb:sr ht\nb:src android\nb:src api\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src blur\nb:src c\nb:src cart\nb:src client\nb:src codegen\nb:src com\nb:src common\nb:src components\nb:src config\nb:src copy\nb:src core\nb:src css\nb:src d\nb:src drone\nb:src ethereum\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src hooks\nb:src index\nb:src infrastructure\nb:src invoice\nb:src iter\nb:src lib\nb:src liquid\nb:src main\nb:src masque\nb:src microsoft\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src powpeg\nb:src registry\nb:src ring\nb:src ringbuf\nb:src rskj\nb:src scene\nb:src scripts\nb:src search\nb:src src\nb:src stats\nb:src storefront\nb:src styles\nb:src task\nb:src tauri\nb:src tclint\nb:src template\nb:src temporalio\nb:src test\nb:src testing\nb:src tests\nb:src time\nb:src tools\nb:src ts\nb:src tsbootstrap\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh command\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stabilized in\nb:stable 0\nb:stable aarch64\nb:stable minus\nb:stable profile\nb:stable s\nb:stable version\nb:stable x86_64\nb:stable_deref_trait v1\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stack_trace 0\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp 0\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start action\nb:start alarm\nb:start at\nb:start check\nb:start cleaning\nb:start line\nb:start of\nb:start on\nb:start tracking\nb:start with\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting a\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:startup 0\nb:state 0\nb:state and\nb:state information\nb:state java\nb:state lib\nb:state run\nb:state session\nb:state transition\nb:state without\nb:state you\nb:statement is\nb:statement no\nb:stats core\nb:stats py\nb:stats tally\nb:status 0\nb:status code\nb:status done\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stderr src\nb:stdlib go1\nb:stdune 0\nb:stellar strkey\nb:step 0\nb:step saving\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:storage lib\nb:stored client\nb:stored in\nb:stored settle_ts\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str any\nb:str arg\nb:str assignment\nb:str has\nb:str none\nb:str usize\nb:strategy for\nb:strategy hoisted\nb:stream 0\nb:stream vbyte\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string is\nb:string message\nb:string_scanner 0\nb:strings are\nb:strings to\nb:strip components\nb:strkey v0\nb:strsim v0\nb:struct liquifact\nb:structure test\nb:stub files\nb:studio 0\nb:studio threading\nb:studios cargo\nb:style issues\nb:style omit\nb:stylelint 0\nb:stylelint formatter\nb:stylelint problem\nb:styles app\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:subject to\nb:submit audit\nb:submodules false\nb:submodules setup\nb:subosito_flutter action\nb:subprocess call\nb:subsequent builds\nb:subtests node\nb:subtle v2\nb:succeeded 0\nb:success 0\nb:success conclusion\nb:success duration_ms\nb:successfully got\nb:successfully installed\nb:successfully set\nb:such as\nb:such file\nb:such tool\nb:sudo apt\nb:sudo if\nb:suffixed with\nb:suite expected\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:summary true\nb:summing xs\nb:sun nio\nb:sun xml\nb:supabase client\nb:support appcompat\nb:supported and\nb:supported file\nb:supports git\nb:suppress this\nb:sure it\nb:sure that\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svelte bun\nb:svelte kit\nb:svelte svelte\nb:sveltejs adapter\nb:svg from\nb:swatinem rust\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch c\nb:switch command\nb:switch to\nb:switched to\nb:switching back\nb:switching to\nb:symbol class\nb:symfony polyfill\nb:symlinks or\nb:sync client\nb:sync errgroup\nb:sync from\nb:sync is\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:system text\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t core\nb:t could\nb:t d\nb:t defined\nb:t done\nb:t e\nb:t e_\nb:t entries\nb:t f\nb:t find\nb:t found\nb:t from\nb:t g\nb:t h\nb:t https\nb:t i\nb:t in\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t line\nb:t load\nb:t m\nb:t match\nb:t modules\nb:t o\nb:t opt\nb:t p\nb:t r\nb:t reach\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t slug\nb:t state\nb:t t\nb:t test\nb:t type\nb:t u\nb:t want\nb:t wstat\nb:t x64\nb:t y\nb:t00 0\nb:t02 0\nb:t03 0\nb:t06 0\nb:t08 0\nb:t09 0\nb:t10 0\nb:t10_00_00_000 z\nb:t11 0\nb:t12 0\nb:t14 0\nb:t15 0\nb:t16 0\nb:t17 0\nb:t18 0\nb:t19 0\nb:t20 0\nb:t21 0\nb:t22 0\nb:t_ b\nb:t_ c\nb:t_ d\nb:t_ i\nb:t_ n\nb:t_ p\nb:t_ r\nb:t_ s\nb:t_ t\nb:tabs tabs\nb:tabs ts\nb:tag 0\nb:tag binutils\nb:tag cgen\nb:tag cygwin\nb:tag gdb\nb:tag must\nb:tag nanopb\nb:tag newlib\nb:tag releases\nb:tag sid\nb:tag ubuntu24\nb:tag v0\nb:tag v1\nb:tag v2\nb:tag zephyr\nb:tags false\nb:tags v\nb:tags v0\nb:tags v260816\nb:take a\nb:take empties\nb:takes 0\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar e\nb:tar gz\nb:tar internal\nb:tar openssh\nb:tar posix\nb:tar xf\nb:tar xz\nb:tar xzv\nb:tarball 0\nb:tarball error\nb:tarball files\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target of\nb:target s\nb:target t\nb:target w\nb:targets 0\nb:targets d\nb:targets do\nb:targets for\nb:targets true\nb:task 0\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task generate\nb:task get\nb:task java\nb:task key\nb:task kt\nb:task persona_flutter\nb:task pre\nb:task prebuild\nb:task run\nb:task with\nb:task_queues 0\nb:taskrun that\nb:tasks 0\nb:tasks default\nb:tasks execution\nb:tasks py\nb:tasks t\nb:tasks task\nb:tasks utility\nb:tasty expected\nb:tauri cargo\nb:tauri conf\nb:tauri windows_\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:tcp lookup\nb:te x\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:tells npm\nb:temp 0\nb:temp agents\nb:temp git\nb:temp rustup\nb:temp setup\nb:temp skills\nb:temp then\nb:temp true\nb:temperatures calls\nb:template 0\nb:template section\nb:template ts\nb:templates tests\nb:temporalio sln\nb:temporarily overriding\nb:temporary git\nb:temps js\nb:temurin hotspot_jdk\nb:ten off\nb:term v0\nb:term_glyph 0\nb:terminated program\nb:terraform fmt\nb:terraform init\nb:terraform io\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test b8ej_\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test count\nb:test coverage\nb:test creating\nb:test days\nb:test debug\nb:test default\nb:test dir\nb:test dll\nb:test drone\nb:test duration\nb:test environment\nb:test error\nb:test exited\nb:test f\nb:test failed\nb:test failure\nb:test failures\nb:test fetch\nb:test fetcher\nb:test file\nb:test files\nb:test fixed\nb:test fixtures\nb:test from\nb:test frontend\nb:test get\nb:test go\nb:test greeting\nb:test hello\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kt\nb:test linux\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test money_test\nb:test multiplication\nb:test new\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test perf\nb:test php\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test release\nb:test reporter\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test source\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test tasty\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test three\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test ubuntu\nb:test v\nb:test validate\nb:test watch\nb:test windows\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_ringbuf c\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_tools py\nb:test_unicode tests\nb:test_window py\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:tester is\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests actions\nb:tests admin\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests did\nb:tests failed\nb:tests failing\nb:tests feature\nb:tests files\nb:tests for\nb:tests from\nb:tests func1\nb:tests in\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests properties\nb:tests ring_test\nb:tests rit\nb:tests rootstock\nb:tests run\nb:tests see\nb:tests settlement\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_ringbuf\nb:tests test_slugs\nb:tests test_stock\nb:tests u\nb:tests unit\nb:tests__ evaluator\nb:tex range\nb:text json\nb:text startup\nb:textkit parser\nb:textkit slug\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than initial\nb:than once\nb:than or\nb:than the\nb:thanh nguyxn\nb:thapa wlctl\nb:that allows\nb:that are\nb:that does\nb:that have\nb:that is\nb:that need\nb:that runs\nb:that satisfies\nb:that scrapling\nb:that the\nb:that two\nb:that were\nb:the 0\nb:the a\nb:the ability\nb:the action\nb:the active\nb:the agent\nb:the allow\nb:the ammount\nb:the apache\nb:the artifact\nb:the attribute\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checkout\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the configured\nb:the conflict\nb:the constraint\nb:the contents\nb:the context\nb:the coverage\nb:the crate\nb:the current\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the ends\nb:the error\nb:the errors\nb:the expected\nb:the expression\nb:the extra\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the format\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the gradle\nb:the highlights\nb:the host\nb:the individual\nb:the initial\nb:the install\nb:the installation\nb:the job\nb:the just\nb:the last\nb:the latest\nb:the license\nb:the lint\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the mix\nb:the module\nb:the name\nb:the newest\nb:the next\nb:the node\nb:the only\nb:the operation\nb:the operator\nb:the output\nb:the p\nb:the package\nb:the path\nb:the pkg\nb:the process\nb:the project\nb:the provided\nb:the proxy\nb:the punycode\nb:the query\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the requested\nb:the requirement\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the specified\nb:the stack\nb:the strategy\nb:the switch\nb:the sync\nb:the temporary\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the types\nb:the update\nb:the upstream\nb:the version\nb:the warning\nb:the workspace\nb:the x\nb:thebeatles item\nb:them and\nb:theme dart\nb:theme kt\nb:theme site\nb:theme theme\nb:then 0\nb:then any_\nb:there appears\nb:there are\nb:there is\nb:there were\nb:these values\nb:they are\nb:they come\nb:this advice\nb:this can\nb:this command\nb:this could\nb:this declaration\nb:this default\nb:this environment\nb:this error\nb:this expression\nb:this function\nb:this functionality\nb:this id\nb:this install\nb:this is\nb:this message\nb:this method\nb:this might\nb:this module\nb:this operation\nb:this please\nb:this potentially\nb:this project\nb:this release\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:this warning\nb:thiserror impl\nb:thiserror v1\nb:thread 0\nb:thread execution\nb:thread included\nb:thread main\nb:threading csproj\nb:threading microsoft\nb:threading src\nb:three failed\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time lifecycle\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:time stamp\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout exceeded\nb:timeout file\nb:timeout node\nb:timeout of\nb:timeout v0\nb:timeout was\nb:timeouts are\nb:timers 0\nb:times checking\nb:timeseries timeseries\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title bandit\nb:title lint\nb:title n\nb:title stylelint\nb:title want\nb:tldextract 0\nb:tlsv1 0\nb:tmp 0\nb:tmp pnc\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:tmp tmp\nb:tmp zmk\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to azure\nb:to be\nb:to blob\nb:to build\nb:to but\nb:to c\nb:to call\nb:to capture\nb:to central\nb:to change\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to configure\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to create\nb:to credentials\nb:to date\nb:to deserialize\nb:to detect\nb:to display\nb:to docker\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to false\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to git\nb:to github\nb:to gradle\nb:to have\nb:to high\nb:to home\nb:to ignore\nb:to image\nb:to java\nb:to load\nb:to main\nb:to make\nb:to manually\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to omit\nb:to open\nb:to opt\nb:to override\nb:to p\nb:to parameter\nb:to parse\nb:to prevent\nb:to provide\nb:to query\nb:to re\nb:to read\nb:to refs\nb:to register\nb:to remove\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to retain\nb:to return\nb:to root\nb:to run\nb:to s\nb:to save\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to stable\nb:to start\nb:to suppress\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to u64\nb:to underlying\nb:to unpack\nb:to unsigned\nb:to update\nb:to use\nb:to users\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:toast isn\nb:todo 0\nb:token 0\nb:token manager\nb:token sme\nb:tokens on\nb:tokio v1\nb:toml 0\nb:toml changed\nb:toml finished\nb:toml started\nb:too long\nb:too many\nb:too slow\nb:took 0\nb:took longer\nb:tool cache\nb:tool covdata\nb:tool is\nb:toolbox toolbox\nb:toolcache ruby\nb:toolchain 0\nb:toolchain g\nb:toolchain install\nb:toolchain is\nb:toolchain none\nb:toolchain set\nb:toolchain stable\nb:toolchain then\nb:toolchain toolchain\nb:toolchain version\nb:toolchains xml\nb:tools 0\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools preview\nb:tools test_tools\nb:tools tests__\nb:top level\nb:top required\nb:top vec\nb:topics dependency\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:total xs\nb:touch d\nb:touch home\nb:tower http\nb:tower v0\nb:trace by\nb:trace deprecation\nb:trace file\nb:trace of\nb:traceback most\nb:tracing core\nb:track origin\nb:tracking orphan\nb:trailing comma\nb:trailing space\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:transferred the\nb:transferring context\nb:transferring dockerfile\nb:transform 0\nb:transition controller\nb:translation en\nb:transport got\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree 0\nb:tree demospring\nb:tree git\nb:tree node_modules\nb:tree on\nb:tree org\nb:tree sitter\nb:tree src\nb:triggers for\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trims punctuation\nb:trouble with\nb:true and\nb:true bypass\nb:true displays\nb:true failed\nb:true identified\nb:true inputs\nb:true npm\nb:true object\nb:true submit\nb:true to\nb:true truthy\nb:true turn\nb:truncate never\nb:truncate test\nb:truncate the\nb:trunk and\nb:trusty updates\nb:truthy value\nb:try remaining\nb:try rustc\nb:try_from and\nb:trying to\nb:ts 0\nb:ts cart\nb:ts client\nb:ts format\nb:ts git\nb:ts invoices\nb:tsbootstrap backends\nb:tsbootstrap pyproject\nb:tsbootstrap services\nb:tsbootstrap src\nb:tsbootstrap tsbootstrap\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:turn off\nb:turn the\nb:two arrays\nb:two strings\nb:tx builder\nb:txt 0\nb:txt mirrorlist\nb:type annotation\nb:type answer\nb:type argument\nb:type charts\nb:type coercion\nb:type comparison\nb:type error\nb:type flow\nb:type generator\nb:type hard\nb:type ignore\nb:type int\nb:type is\nb:type list\nb:type login\nb:type native\nb:type none\nb:type number\nb:type of\nb:type record\nb:type remote\nb:type running\nb:type sequence\nb:type str\nb:type string\nb:type test\nb:type u32\nb:typed_data 0\nb:typenum v1\nb:types 0\nb:types in\nb:types int\nb:types of\nb:types react\nb:types to\nb:typescript eslint\nb:typescript npm\nb:typescript patch\nb:typescript starter\nb:typescript version\nb:typing extensions\nb:typing import\nb:typing list\nb:typo location\nb:tzdata 0\nb:tzst p\nb:u 0\nb:u b\nb:u b_\nb:u c\nb:u cogni\nb:u d\nb:u e\nb:u e_\nb:u g\nb:u i\nb:u l\nb:u m\nb:u n\nb:u p\nb:u p_\nb:u r\nb:u s\nb:u t\nb:u to\nb:u v_\nb:u1101 unable\nb:u1403 package\nb:u16 u16\nb:u1903 warning\nb:u32 0\nb:u32 cannot\nb:u64 can\nb:u64 u8\nb:u8 option\nb:u8 to\nb:u8 usize\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu noble\nb:ubuntu pool\nb:ubuntu ubuntu2404\nb:ubuntu v\nb:ubuntu0 0\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ubuntu3 0\nb:udp 0\nb:ui ab0x\nb:ui app\nb:ui components\nb:ui core\nb:ui kt\nb:ui report\nb:ui screens\nb:ui styles\nb:ui theme\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined class\nb:undefined err\nb:undefined github\nb:undefined method\nb:undefined min\nb:undefined name\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:undo this\nb:unexpected argument\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected indentation\nb:unexpected newline\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode ident\nb:unicode title\nb:unidecode 0\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:universe amd64\nb:universe translation\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown in\nb:unknown keyword\nb:unknown licenses\nb:unknown linux\nb:unknown property\nb:unknown word\nb:unlabeled 0\nb:unneeded return\nb:unnested or\nb:unoptimized debuginfo\nb:unordered key\nb:unpack 0\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsafe yaml\nb:unsatisfiable requirements\nb:unschedulable 0\nb:unset all\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:unsupported engine\nb:unter under\nb:until assertions\nb:untyped decorator\nb:untyped def\nb:untyped defs\nb:untyped functions\nb:untyped misc\nb:unused 0\nb:unused function\nb:unused ignore\nb:unused import\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused type\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up auth\nb:up c\nb:up go\nb:up j\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update collections\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update lock\nb:update model\nb:update on\nb:update or\nb:update run\nb:update the\nb:update to\nb:update xml\nb:updated because\nb:updated but\nb:updates for\nb:updates in\nb:updates main\nb:updates multiverse\nb:updates restricted\nb:updates test\nb:updates tsx\nb:updates universe\nb:updating 0\nb:updating crates\nb:updating files\nb:upgrade connection\nb:upgrade pip\nb:upgrade to\nb:upgrade your\nb:upgraded 0\nb:upload artifact\nb:upload of\nb:uploading artifact\nb:uploading artifacts\nb:ureq v2\nb:url https\nb:urllib request\nb:urllib3 0\nb:usage of\nb:use a\nb:use apt\nb:use compress\nb:use const\nb:use eslint\nb:use git\nb:use it\nb:use let\nb:use node\nb:use of\nb:use passkey\nb:use pip\nb:use prettier\nb:use search\nb:use the\nb:use try_from\nb:use warning\nb:use window\nb:used as\nb:used before\nb:used config\nb:used directly\nb:used in\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used to\nb:used typescript\nb:used unable\nb:user content\nb:user git\nb:user home\nb:user interface\nb:user lib\nb:userguide command_line_interface\nb:userland alternative\nb:username g\nb:users ankitshubham\nb:users api\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users david\nb:users john\nb:users jonesn\nb:users js\nb:users julian\nb:users kevin\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users runner\nb:users runneradmin\nb:users usr\nb:users vagrant\nb:using 0\nb:using build\nb:using c\nb:using cache\nb:using cached\nb:using check\nb:using docker\nb:using existing\nb:using first\nb:using from\nb:using master\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:usr share\nb:usr src\nb:util concurrent\nb:util dart\nb:util e\nb:util is\nb:util java\nb:util test\nb:util v0\nb:utility bash\nb:utils 0\nb:utils csv\nb:utils export\nb:utils format\nb:utils geo\nb:utils test\nb:utils v0\nb:utxos rule\nb:uuid v\nb:uuid v1\nb:uv 0\nb:uv cache\nb:uv install\nb:uv pip\nb:uv sync\nb:uv_manager py\nb:uw u\nb:v 0\nb:v a\nb:v a_\nb:v c\nb:v e\nb:v g\nb:v https\nb:v i\nb:v len\nb:v list\nb:v m\nb:v n\nb:v p\nb:v prune\nb:v rustup\nb:v rxs\nb:v v\nb:v v1\nb:v0 0\nb:v0 rust\nb:v1 0\nb:v1 app\nb:v1 s\nb:v1 unable\nb:v10 0\nb:v18 0\nb:v2 0\nb:v2 dist\nb:v2 dockerfile\nb:v2 net\nb:v2 or\nb:v2 s\nb:v20 0\nb:v25 0\nb:v260816 0\nb:v3 0\nb:v3 s\nb:v3 tests\nb:v4 0\nb:v4 dist\nb:v4 s\nb:v5 0\nb:v5 s\nb:v6 0\nb:v6 s\nb:v7 0\nb:v8 0\nb:v8 gradle\nb:v8 internal\nb:v9 are\nb:v_ c\nb:valid alias\nb:valid license\nb:valid python\nb:validation failed\nb:validations should\nb:validator 0\nb:validator test\nb:value 0\nb:value as\nb:value but\nb:value for\nb:value is\nb:value it\nb:value lib\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable advice\nb:variable declaration\nb:variable error_count\nb:variable for\nb:variable has\nb:variable home\nb:variable name\nb:variable not\nb:variable of\nb:variables can\nb:variance variate\nb:variant filter\nb:variant variance\nb:variante variant\nb:variants vueapp\nb:varint out\nb:vec u8\nb:vendor bin\nb:vendor modules\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verbose grep\nb:verbose sed\nb:verification failed\nb:verification metadata\nb:verify false\nb:verify the\nb:verifying checksum\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version of\nb:version provider\nb:version solving\nb:version spec\nb:version that\nb:version v\nb:version v1\nb:version v2\nb:version v6\nb:version verbose\nb:version version\nb:version_check v0\nb:versions 0\nb:versions baseline\nb:versions for\nb:versions in\nb:versions may\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:via pandas\nb:via this\nb:vietflux ime\nb:view model\nb:viewmodel vpn\nb:viper bind\nb:virtual environment\nb:virtualenv 0\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest dist\nb:vitest run\nb:vitest runner\nb:viz dashboard\nb:vpn android\nb:vpn cargo\nb:vpn data\nb:vpn git\nb:vpn gui\nb:vpn is\nb:vpn keycloak\nb:vpn main\nb:vpn native_lib\nb:vpn o\nb:vpn screen\nb:vpn service\nb:vpn shared\nb:vpn ui\nb:vpn view\nb:vpn viewmodel\nb:vpn_mtu option\nb:vs threading\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability https\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w 0\nb:w a\nb:w ampere\nb:w d_\nb:w dactyl\nb:w e\nb:w file\nb:w h\nb:w home\nb:w i\nb:w n\nb:w o\nb:w r\nb:w repo\nb:w s\nb:w t\nb:w the\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want npm\nb:want to\nb:want unicode\nb:want v0\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning as\nb:warning build\nb:warning error\nb:warning failed\nb:warning file\nb:warning github\nb:warning into\nb:warning mode\nb:warning no\nb:warning rolling_mean\nb:warning s\nb:warning spurious\nb:warning the\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warning was\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was 0\nb:was active\nb:was canceled\nb:was created\nb:was defined\nb:was last\nb:was low\nb:was not\nb:was passed\nb:was reached\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:wasmi_core v0\nb:watch all\nb:watch o\nb:watchos 0\nb:watchos arm64\nb:watchos main\nb:watchos simulator\nb:watchos x64\nb:we can\nb:we location\nb:we stopped\nb:we try\nb:web 0\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:web3_universal_ledger from\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:weisjohn scratch\nb:welcome md\nb:welcome to\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:were supplied\nb:were used\nb:werror unused\nb:west cygwin\nb:west main\nb:west master\nb:west unlabeled\nb:west zephyr\nb:what s\nb:what was\nb:what went\nb:wheel 0\nb:wheel finished\nb:wheel for\nb:wheel started\nb:wheels aarch64\nb:wheels macos\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when set\nb:when the\nb:when true\nb:when used\nb:when workspaces\nb:when your\nb:where 0\nb:where a\nb:where the\nb:which is\nb:which may\nb:which requires\nb:which types\nb:while assembling\nb:while awaiting\nb:while checking\nb:while executing\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:while waiting\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:whl 0\nb:whl metadata\nb:whose install\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:wildcard import\nb:will be\nb:will change\nb:will do\nb:win2012 x86\nb:win22 0\nb:win25 0\nb:window mean\nb:windows 0\nb:windows for\nb:windows latest\nb:windows mac\nb:windows msvc\nb:windows r\nb:windows server\nb:windows vpn\nb:windows windows2022\nb:windows2022 readme\nb:windows_ n\nb:with 0\nb:with a\nb:with an\nb:with annotations\nb:with any\nb:with architecture\nb:with backtrace\nb:with body\nb:with code\nb:with copyright\nb:with digest\nb:with env\nb:with error\nb:with errors\nb:with exit\nb:with external\nb:with frozen\nb:with gitlab\nb:with gradle\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with multiple\nb:with no\nb:with non\nb:with package\nb:with path\nb:with r\nb:with scan\nb:with server\nb:with shell\nb:with stacktrace\nb:with status\nb:with swift\nb:with the\nb:with timeout\nb:with trace\nb:with verify\nb:with version\nb:with vulnerabilities\nb:with xlint\nb:with your\nb:within 0\nb:within a\nb:within the\nb:without file\nb:without impacting\nb:without starting\nb:without the\nb:woff2 0\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work actions\nb:work api\nb:work around\nb:work assets\nb:work badge\nb:work beringin\nb:work bigdata\nb:work billing\nb:work cart\nb:work chadburn\nb:work chat\nb:work cogni\nb:work configr\nb:work counter\nb:work crc\nb:work cross_platform_signal\nb:work dart_web3\nb:work dashboard\nb:work dates\nb:work deploy\nb:work dht\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fortuna\nb:work fw\nb:work geo\nb:work graph\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work imgproc\nb:work integration\nb:work inventory\nb:work ipfs\nb:work jizhang\nb:work jobs\nb:work kotlin\nb:work landing\nb:work liquifact\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work omg\nb:work open\nb:work ops\nb:work org\nb:work phpunit\nb:work pkgtool\nb:work preparer\nb:work pricing\nb:work proto\nb:work py\nb:work pyserve\nb:work quasar\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work rootstock\nb:work satu\nb:work sdk\nb:work sensor\nb:work shop\nb:work shorturl\nb:work site\nb:work slug\nb:work slugger\nb:work slugs\nb:work space\nb:work stats\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work tsbootstrap\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:work zurichsee_ha\nb:worker i\nb:worker information\nb:worker thread\nb:worker tree\nb:workflow directory\nb:workflow is\nb:workflow job\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace billing\nb:workspace build\nb:workspace crates\nb:workspace etl\nb:workspace geo\nb:workspace git\nb:workspace home\nb:workspace imgproc\nb:workspace mani\nb:workspace name\nb:workspace queue\nb:workspace root\nb:workspace samples\nb:workspace units\nb:workspace workspace\nb:workspaces are\nb:workspaces include\nb:workspaces of\nb:workspaces vs\nb:worktree config\nb:worktrees path\nb:would be\nb:would have\nb:would reformat\nb:wraparound failed\nb:wrapper dists\nb:wrapper zips\nb:write true\nb:writely notes\nb:writing image\nb:writing summary\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www shellcheck\nb:x 0\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x crates\nb:x e\nb:x expected\nb:x f\nb:x ferro\nb:x g\nb:x git\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x sync\nb:x t\nb:x tar\nb:x target\nb:x test_client\nb:x x\nb:x y\nb:x000001 b\nb:x32_2 0\nb:x64 0\nb:x64 bin\nb:x64 flutter\nb:x64 lib\nb:x64 main\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x64 windows\nb:x8 a\nb:x86 0\nb:x86_64 a\nb:x86_64 linux\nb:x86_64 unknown\nb:x_ p\nb:x_ r\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xf home\nb:xfailed in\nb:xfonts encodings\nb:xg66 0\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:xzv c\nb:y a\nb:y c\nb:y f\nb:y go\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:y t\nb:y w\nb:y_ a\nb:y_ d\nb:y_ p\nb:y_ r\nb:yaml 0\nb:yaml is\nb:yaml load\nb:yaml safe_load\nb:yaml truthy\nb:yarl 0\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yesterday thebeatles\nb:yml 0\nb:yml line\nb:yoke v0\nb:you are\nb:you can\nb:you create\nb:you don\nb:you have\nb:you make\nb:you mean\nb:you must\nb:you need\nb:you want\nb:your build\nb:your code\nb:your dependencies\nb:your gemfile\nb:your gradle\nb:your lock\nb:your network\nb:your own\nb:your package\nb:your pipfile\nb:your plan\nb:your project\nb:your requirements\nb:your test\nb:your version\nb:z a\nb:z c\nb:z current\nb:z debug\nb:z group\nb:z h\nb:z l\nb:z m\nb:z toolchain\nb:zephyr module\nb:zephyr v1\nb:zephyrproject rtos\nb:zero code\nb:zero exit\nb:zero no\nb:zerox80 mavi\nb:zig 0\nb:zig build\nb:zigler 0\nb:zipp 0\nb:zips 0\nb:zmk config\nb:zmkfirmware zmk\nb:zstd is\nb:zurichsee_ha requirements\nb:zurichsee_ha zurichsee_ha\nb:zzpmw to\nf:0\nf:a\nf:action\nf:actions\nf:actual\nf:add\nf:added\nf:adding\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:android\nf:annotated\nf:anomaly_history\nf:ansible\nf:api\nf:apk\nf:app\nf:apr\nf:arch\nf:archinstall\nf:archive\nf:array\nf:artifact\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:azure\nf:b\nf:bad\nf:bash\nf:because\nf:beginning\nf:benchmarks\nf:beringin\nf:billing\nf:bin\nf:binary\nf:black\nf:branch\nf:bucket\nf:build\nf:build_dir\nf:building\nf:buildx\nf:built\nf:bun\nf:bundle\nf:bundler\nf:busted\nf:but\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caching\nf:caddy\nf:can\nf:cancelled\nf:cancelling\nf:cannot\nf:cardreader\nf:cargo\nf:cart\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:changes\nf:check\nf:checked\nf:checking\nf:ci\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:click\nf:client\nf:cloning\nf:cmake\nf:cmd\nf:code\nf:cogni\nf:collect2\nf:collected\nf:collecting\nf:collection\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:completed\nf:components\nf:composer\nf:compression\nf:config\nf:configfile\nf:configure\nf:configuring\nf:congratulations\nf:connects\nf:consider\nf:console\nf:const\nf:construct\nf:consumer\nf:container\nf:contents\nf:context7\nf:continue\nf:copying\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:create\nf:created\nf:creating\nf:curl\nf:current\nf:custom_components\nf:d\nf:d101\nf:d12341ef4ed7\nf:daemon\nf:datacenter\nf:dd\nf:debug\nf:def\nf:default\nf:deleting\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detected\nf:detecting\nf:determining\nf:dev\nf:dhtl_entry\nf:dhtl_entry_windows\nf:did\nf:diff\nf:difference\nf:disable\nf:disabling\nf:dist\nf:distribution\nf:do\nf:doc\nf:docker\nf:docs\nf:don\nf:done\nf:double\nf:download\nf:downloaded\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:e\nf:e1001\nf:echo\nf:edit\nf:elif\nf:elixir\nf:else\nf:enable\nf:end\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:escrow\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:examples\nf:exceeded\nf:exception\nf:exec\nf:executing\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:experimental\nf:explicit\nf:export\nf:exporting\nf:extra_cmake_args\nf:extracting\nf:f\nf:f401\nf:f403\nf:f420ae9f738c\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:federator\nf:feed\nf:fetch\nf:fetched\nf:fetching\nf:fi\nf:field\nf:file\nf:files\nf:finalizing\nf:find\nf:finished\nf:finishing\nf:first\nf:fix\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:flutter\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:format\nf:formatter\nf:found\nf:freethreaded\nf:from\nf:g\nf:gathering\nf:gcc\nf:gem\nf:generate\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:gh\nf:git\nf:github\nf:glob\nf:global\nf:gmake\nf:go\nf:golang\nf:goroutine\nf:got\nf:gpg\nf:gradle\nf:gradlew\nf:grep\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:http_parser\nf:https\nf:i\nf:if\nf:ignore\nf:image\nf:images\nf:implemented\nf:import\nf:in\nf:include\nf:included\nf:includeif\nf:incubating\nf:index\nf:info\nf:initialized\nf:initializing\nf:input\nf:install\nf:install_gui_linux\nf:installed\nf:installing\nf:instance\nf:instructions\nf:internal\nf:interrupted\nf:invalid\nf:ios\nf:is\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:key\nf:knows\nf:kotlin\nf:l\nf:laravel\nf:learn\nf:ledger\nf:lerna\nf:let\nf:level\nf:lfs\nf:lib\nf:libdbus\nf:libfreetype6\nf:libgbm1\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:linux\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:lockfiles\nf:logs\nf:looking\nf:lookup\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:max\nf:mcp\nf:medium\nf:melos\nf:meson\nf:message\nf:meta\nf:metadata\nf:method\nf:microsoft\nf:minutes\nf:miscellaneous\nf:missing\nf:mix\nf:mkdir\nf:mode\nf:model\nf:models\nf:moderate\nf:module\nf:money\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:naming\nf:network\nf:new\nf:next\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:notice\nf:npm\nf:npx\nf:number\nf:numpy\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:one\nf:open\nf:opencode\nf:operating\nf:operator\nf:opt\nf:or\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:packaging\nf:pandas\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:performing\nf:persist\nf:php\nf:phpunit\nf:pip\nf:pipeline\nf:pixi\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:pre\nf:prefix\nf:prepare\nf:prepared\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:prompt\nf:properties\nf:provider\nf:psql\nf:public\nf:pulling\nf:pydantic\nf:pyproject\nf:pytest\nf:python\nf:python2_\nf:python3\nf:python3_\nf:python_\nf:qualified_races\nf:r\nf:rake\nf:ran\nf:range\nf:raw_race_data\nf:read\nf:reading\nf:reason\nf:received\nf:receiving\nf:recommendation\nf:regression\nf:rejected\nf:release\nf:remote\nf:removing\nf:repository\nf:require\nf:required\nf:reset\nf:resolve\nf:resolved\nf:resolving\nf:resource\nf:restore\nf:restored\nf:restoring\nf:restricted\nf:result\nf:results\nf:retention\nf:return\nf:returns\nf:reuse\nf:reviewdog\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:root\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rust\nf:rustc\nf:rustup\nf:s\nf:safety\nf:save\nf:scan\nf:schema\nf:scikit\nf:scipy\nf:scrapling\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:security\nf:sed\nf:see\nf:self\nf:sending\nf:sensor\nf:sentry\nf:serde_json\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:sha256\nf:shell\nf:shellcheck\nf:short\nf:should\nf:show\nf:skill\nf:skipped\nf:skipping\nf:slug_test\nf:smoke\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:source_span\nf:sparse\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stack_trace\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:state\nf:statsmodels\nf:status\nf:stderr\nf:step\nf:steps\nf:stopping\nf:stored\nf:string\nf:string_scanner\nf:stylelint\nf:subject\nf:submodules\nf:subtest\nf:success\nf:successfully\nf:sudo\nf:suites\nf:summary\nf:svelte\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:tar\nf:target\nf:targets\nf:task\nf:tasks\nf:team\nf:teamcity\nf:temporarily\nf:term_glyph\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:text\nf:tflint\nf:the\nf:there\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tment\nf:tmp\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:tools\nf:total\nf:touch\nf:traceback\nf:transferring\nf:transforming\nf:tree\nf:trim\nf:trims\nf:true\nf:truncate\nf:try\nf:tsbootstrap\nf:tsc\nf:turn\nf:type\nf:typed_data\nf:typing\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unexpected\nf:unformatted\nf:unfortunately\nf:unidecode\nf:unit\nf:unknown\nf:unpacking\nf:unschedulable\nf:unused\nf:up\nf:update\nf:updating\nf:uploading\nf:url\nf:use\nf:used\nf:users\nf:using\nf:usr\nf:uv\nf:v\nf:v0\nf:v1\nf:v3\nf:value\nf:variable\nf:venv\nf:version\nf:via\nf:view\nf:virtualenv\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:watch\nf:we\nf:web\nf:webpack\nf:welcome\nf:what\nf:when\nf:windows\nf:with\nf:work\nf:worker\nf:workflow\nf:working\nf:workspace\nf:workspaces\nf:would\nf:write\nf:writing\nf:wrote\nf:x\nf:xml\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a_\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:abuild\nnw:acceptance\nnw:access\nnw:account\nnw:action\nnw:actions\nnw:active\nnw:actual\nnw:add\nnw:added\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:again\nnw:agent\nnw:ajv\nnw:all\nnw:allow\nnw:allowed\nnw:allows\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:amd64\nnw:ammount\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:apiguardian\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:arbitrary\nnw:archive\nnw:are\nnw:args\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:around\nnw:arrow_glacier\nnw:artifact\nnw:artifacts\nnw:as\nnw:asked\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assets_page\nnw:assignable\nnw:assigned\nnw:async\nnw:at\nnw:attempt\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:awesome\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b_\nnw:back\nnw:backend\nnw:backticks\nnw:bad\nnw:badge\nnw:bandit\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:bigquery\nnw:billing\nnw:bin\nnw:binaries\nnw:binary\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:body\nnw:bom\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:buf\nnw:buffer\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:built\nnw:bun\nnw:bundle\nnw:bundler\nnw:busted\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2006\nnw:c2013\nnw:c2065\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:cargo\nnw:cargo_common_metadata\nnw:cart\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:central\nnw:certificate\nnw:chain_generics\nnw:change\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:circleci\nnw:cirrus\nnw:cjs\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloning\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codec\nnw:codecov\nnw:coding\nnw:coercion\nnw:col\nnw:collecting\nnw:collection\nnw:collector\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compatible\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:compute_header_hash\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connected\nnw:connecting\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:container\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contracts\nnw:contrib\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:covdata\nnw:coverage\nnw:cpp\nnw:cpu\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:datatypes\nnw:date\nnw:db\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:deep\nnw:def\nnw:default\nnw:defined\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detector\nnw:dev\nnw:device\nnw:dial\nnw:did\nnw:diff\nnw:different\nnw:digest\nnw:dir\nnw:directory\nnw:disable\nnw:disabled\nnw:disabling\nnw:discount\nnw:disk\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documents\nnw:does\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:downloads\nnw:drone\nnw:dsafio\nnw:due\nnw:dumping\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:eebxo6ax\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:em_http\nnw:emit\nnw:empty\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:ends\nnw:engine\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errgroup\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:escrow\nnw:eslint\nnw:establish\nnw:ethereum\nnw:eval\nnw:evaluate\nnw:event\nnw:events\nnw:every\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exclude\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:extra\nnw:extracted\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:finance\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixtures\nnw:flag\nnw:flags\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:forbidden\nnw:force\nnw:foreign\nnw:fork\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:formed\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:further\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:gems\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getaddrinfo\nnw:getting\nnw:ggml\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goproxy\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:graph\nnw:gravito\nnw:greater\nnw:greeting\nnw:group\nnw:groups\nnw:gui\nnw:gulp\nnw:gz\nnw:h\nnw:h_\nnw:had\nnw:handle\nnw:handler\nnw:happened\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hatch\nnw:hatchling\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:holds\nnw:home\nnw:hook\nnw:host\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:ibis\nnw:ibis_bigquery\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:increase\nnw:index\nnw:indexes\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:install_gui_linux\nnw:installed\nnw:installing\nnw:instance\nnw:instantiation\nnw:instead\nnw:instrument\nnw:insufficient\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:issue\nnw:issues\nnw:ist\nnw:it\nnw:item\nnw:items\nnw:its\nnw:j\nnw:jar\nnw:jasmine\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:kernel\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:ktlint\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:legacy\nnw:lein\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:llama\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:longer\nnw:looking\nnw:loop\nnw:low\nnw:lower\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:macos\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:managed\nnw:manager\nnw:manifest\nnw:manual\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:mavi\nnw:max\nnw:may\nnw:maybe\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:mhelp\nnw:microsoft\nnw:migrate\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:money\nnw:money_test\nnw:more\nnw:most\nnw:ms\nnw:mt\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:n_\nnw:name\nnw:names\nnw:namespace\nnw:native\nnw:nav\nnw:ne13\nnw:ne2\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:ng\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:nodes\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:notation\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:notsup\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opentelemetry\nnw:operation\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:packet\nnw:pad\nnw:padding\nnw:page\nnw:pages\nnw:paket\nnw:panicked\nnw:parallel\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parsed\nnw:parser\nnw:parsing\nnw:part\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pc\nnw:pd\nnw:pending\nnw:performance\nnw:perhaps\nnw:period\nnw:phase\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pixi\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pod\nnw:pods\nnw:poet\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:pricing\nnw:printf\nnw:problem\nnw:problems\nnw:process\nnw:processes\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:punctuation\nnw:pwsh\nnw:py\nnw:py3\nnw:pypi\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:quasar\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:rate\nnw:ratelimit\nnw:rather\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:releases\nnw:relying\nnw:remaining\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:request\nnw:requested\nnw:requests\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s_\nnw:safe_load\nnw:same\nnw:sample\nnw:samples\nnw:satisfies\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:schemas\nnw:scope\nnw:score\nnw:screens\nnw:script\nnw:scripts\nnw:sdk\nnw:search\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:serde\nnw:serialize\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:settings\nnw:setup\nnw:severity\nnw:sh\nnw:sha256\nnw:share\nnw:shared\nnw:shell\nnw:shellcheck\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shutdown\nnw:signal\nnw:simple\nnw:single\nnw:sit\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slow\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:solve\nnw:solving\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:sp\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:spelling\nnw:splitting\nnw:spurious\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:staging\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:starts\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stderr\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:style\nnw:sub\nnw:subprocess\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:tcp\nnw:teamcity\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_create\nnw:test_error\nnw:test_fail\nnw:test_features\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:thrown\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:token\nnw:toml\nnw:too\nnw:took\nnw:tool\nnw:toolbox\nnw:tooling\nnw:tools\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transfer\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trims\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:u1101\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unauthorized\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undeclared\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unit\nnw:units\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:unschedulable\nnw:unsupported\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:upload\nnw:uploading\nnw:uri\nnw:uri_does_not_exist\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:utxos\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:visit\nnw:visokio\nnw:vite\nnw:vpn\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\nnw:zzpmw\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a01e7751d80c\nw:a04\nw:a07\nw:a1082be0\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a5\nw:a62\nw:a6c70a5\nw:a7aef8b1\nw:a_\nw:aa\nw:aaa\nw:aarch64\nw:aashish\nw:ab0x\nw:ab284314\nw:abi3\nw:ability\nw:able\nw:abort\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:abuild\nw:ac27\nw:ac6\nw:accept\nw:access\nw:accordingly\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:act_container_manager\nw:act_linter\nw:action\nw:action_actionlint\nw:actionable\nw:actionlint\nw:actionpack\nw:actions\nw:activate\nw:active\nw:activemodel\nw:activerecord\nw:actual\nw:ad613ffba\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:additions\nw:address\nw:addresses\nw:adler32\nw:admin\nw:advancing\nw:advice\nw:advisories\nw:advisory\nw:aes\nw:af\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:agents\nw:aggregate\nw:ago\nw:agree\nw:ai\nw:aiogithubapi\nw:aiohappyeyeballs\nw:aiohasupervisor\nw:aiohttp\nw:aiooui\nw:aiosignal\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:all\nw:allocate\nw:allocation\nw:allow\nw:allowed\nw:allows\nw:alongside\nw:alpha1\nw:alphabetical\nw:alpine\nw:alpine3\nw:alpinelinux\nw:already\nw:als\nw:also\nw:alternative\nw:always\nw:ambroisie\nw:amd64\nw:ammount\nw:amount\nw:ampere\nw:amphp\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:analytics\nw:analyze\nw:and\nw:andi\nw:android\nw:ankitshubham\nw:annotated\nw:annotation\nw:annotations\nw:anomaly_history\nw:anonymous\nw:ansi\nw:ansible\nw:answer\nw:any\nw:any_\nw:anyio\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apk\nw:app\nw:appcompat\nw:appears\nw:append\nw:apple\nw:application\nw:applied\nw:apply\nw:approval\nw:approved\nw:approx\nw:apps\nw:apr\nw:apt\nw:arbitrary\nw:arc\nw:arch\nw:archinstall\nw:architect\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:ark\nw:arm\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:arturbosch\nw:as\nw:asd\nw:ask\nw:assembling\nw:assert\nw:assert_eq\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assets_page\nw:assignable\nw:assigned\nw:assignment\nw:assistant\nw:associated\nw:ast\nw:astral\nw:astrogilda\nw:async\nw:async_hooks\nw:asyncio\nw:at\nw:attach\nw:attempt\nw:attempting\nw:attempts\nw:attr\nw:attribute\nw:attributes\nw:attrs\nw:audit\nw:audited\nw:auditor\nw:auth\nw:author\nw:automatic\nw:automatically\nw:automation\nw:autonomous\nw:available\nw:avg\nw:avoid\nw:await\nw:awaiting\nw:awesomeness\nw:awk\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b2\nw:b28\nw:b301\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b5c67\nw:b6\nw:b602\nw:b627fbcd5589ae52\nw:b7\nw:b7c1d6e3f\nw:b8ej_\nw:b_\nw:b_allowed\nw:babel\nw:back\nw:backend\nw:backends\nw:backoff\nw:backports\nw:backticks\nw:backtrace\nw:bad\nw:badge\nw:bak\nw:bandit\nw:bar\nw:base\nw:base64\nw:based\nw:baseline\nw:bash\nw:basic\nw:batch\nw:bats\nw:bazel\nw:bb\nw:bc\nw:be\nw:beanie\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:beginning\nw:behavior\nw:behind\nw:being\nw:belanyi\nw:benchmarks\nw:bergmann\nw:beringin\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigint\nw:bigquery\nw:bill\nw:billing\nw:bills\nw:bills_page\nw:bin\nw:binaries\nw:binary\nw:bind\nw:bintray\nw:binutils\nw:biome\nw:bit\nw:bitflags\nw:bitwise\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blockchain\nw:blocked\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:bluetooth\nw:blur\nw:bodies\nw:body\nw:book\nw:book_picker_page\nw:bookmarks\nw:bookworm\nw:bool\nw:boolean\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:boto3\nw:bound\nw:bounds\nw:bp\nw:br\nw:branch\nw:branches\nw:branchpoint\nw:breadcrumbs\nw:break\nw:breaking\nw:brianbancroft\nw:bridgecrewio\nw:british\nw:broadcast\nw:broken\nw:brotli\nw:browser\nw:brulee\nw:bs\nw:bs4\nw:bucket\nw:budget_page\nw:buf\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:build1\nw:build_dir\nw:builddir\nw:builder\nw:builders\nw:building\nw:buildkit\nw:buildprocess\nw:builds\nw:buildtree\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:button\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c12\nw:c1d2e3\nw:c1e\nw:c2\nw:c2045\nw:c2065\nw:c2086\nw:c2_\nw:c3\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_\nw:c_to_f\nw:ca\nw:ca9\nw:cab\nw:cabal\nw:cache\nw:cache_rs\nw:cached\nw:cachedir\nw:cachekey\nw:cacheprovider\nw:caches\nw:caching\nw:caddy\nw:call\nw:call_once\nw:callable\nw:callback\nw:called\nw:calling\nw:calls\nw:camoufox\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:candidate\nw:cannot\nw:capability\nw:capsules\nw:captioner\nw:capture\nw:card\nw:cardreader\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:cast\nw:casting\nw:castle\nw:casts\nw:cat\nw:catch\nw:categories\nw:category\nw:catsnn\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cdn\nw:cell\nw:centralus\nw:certifi\nw:certificate\nw:cf\nw:cffi\nw:cfg\nw:cgen\nw:ch\nw:chadburn\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:channels\nw:char\nw:characters\nw:chars\nw:charset\nw:chart\nw:charts\nw:charts_page\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:checksums\nw:chef\nw:chemie\nw:child\nw:chmod\nw:cholerae\nw:chosen\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:ciborium\nw:cinterop\nw:cipher\nw:circle\nw:circleci\nw:circus\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:clear\nw:cleartext\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:closure\nw:cloud\nw:cloudflare\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cmsis\nw:co\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec_test\nw:codecov\nw:codegen\nw:coder\nw:codespell\nw:codex\nw:coercion\nw:cogni\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:collections\nw:collector\nw:collision\nw:color\nw:colors\nw:colr\nw:column\nw:columns\nw:com\nw:come\nw:comma\nw:command\nw:command_dispatcher\nw:command_line_interface\nw:command_line_warnings\nw:command_runner\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:common\nw:commonization\nw:commonly\nw:comms\nw:communication\nw:community\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compat\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:completion\nw:compliant\nw:component\nw:component_test\nw:components\nw:composer\nw:compress\nw:compressing\nw:compression\nw:compute\nw:computed\nw:concepts\nw:conclude\nw:conclusion\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:cone\nw:conf\nw:confidence\nw:config\nw:configfile\nw:configr\nw:configuration\nw:configure\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:conftest\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:connrefused\nw:consider\nw:considered\nw:console\nw:const\nw:constraints\nw:construct\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:container_test_runner\nw:containers\nw:containing\nw:contains\nw:content\nw:contents\nw:context\nw:context7\nw:continue\nw:contract\nw:contracts\nw:contrib\nw:contributors\nw:control\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:converted\nw:cookie\nw:cop\nw:copy\nw:copying\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:corrected\nw:correctness\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counting\nw:counts\nw:coupon\nw:cov\nw:covdata\nw:cover\nw:coverage\nw:covered\nw:cp\nw:cp310\nw:cp311\nw:cp314\nw:cp38\nw:cpp\nw:cpufeatures\nw:cpython\nw:cr\nw:crash\nw:crashlytics\nw:crate\nw:crates\nw:crates2\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:creation_with_non_type\nw:credentials\nw:creme\nw:cronjs\nw:cross\nw:cross_platform_signal\nw:crossbeam\nw:crypto\nw:crypto_sign\nw:crystal\nw:cs\nw:csl\nw:cspell\nw:csproj\nw:css\nw:cstuff\nw:csv\nw:csvkit\nw:csys\nw:ctest\nw:ctrl\nw:curl\nw:current\nw:currently\nw:curve25519\nw:cusr\nw:custom\nw:custom_components\nw:cwiki\nw:cygwin\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d12341ef4ed7\nw:d1c2f4a\nw:d1f\nw:d2\nw:d2c1e0f\nw:d2f6c0b\nw:d345270\nw:d55\nw:d_\nw:dactyl\nw:dactyl_left\nw:daemon\nw:daemons\nw:dalek\nw:dangerously\nw:darling_core\nw:darling_macro\nw:dart\nw:dart_web3\nw:darwin\nw:dash\nw:dashboard\nw:dashes\nw:dashmap\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datakit\nw:datasert\nw:date\nw:dates\nw:dateutil\nw:david\nw:day\nw:days\nw:db\nw:dbkit\nw:dd\nw:dd7935\nw:de\nw:deadline\nw:dealing\nw:deb12u1\nw:debian\nw:debug\nw:debug_html_parser\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:declared\nw:decode\nw:decorator\nw:ded5c06cf\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defaults\nw:defined\nw:defining\nw:definition\nw:defs\nw:degraded\nw:delete\nw:deleted\nw:deleting\nw:delimiter\nw:deltas\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deployments\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:der\nw:dereferenced\nw:derive\nw:deriving\nw:derliebemarcus\nw:desc\nw:describe\nw:description\nw:deserialize\nw:design\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detection\nw:detector\nw:detectors\nw:detekt\nw:determine\nw:determining\nw:dev\nw:develop\nw:developer\nw:development\nw:device\nw:devops\nw:dht\nw:dhtl_commands\nw:dhtl_commands_standalone\nw:dhtl_commands_workflows\nw:dhtl_entry\nw:dhtl_entry_windows\nw:dhtl_github\nw:dhtl_guardian_command\nw:dhtl_version\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:dict\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:differs\nw:diffplug\nw:digest\nw:dir\nw:direct\nw:directly\nw:directories\nw:directory\nw:dirs\nw:disable\nw:disabled\nw:disabling\nw:discard\nw:discount\nw:discover\nw:discover_page\nw:discovered\nw:discovery\nw:disk\nw:dispatcher\nw:display\nw:displays\nw:dist\nw:distribution\nw:distributions\nw:div\nw:division\nw:django\nw:dl\nw:dlizzz\nw:dll\nw:do\nw:doc\nw:docker\nw:dockerfile\nw:dockerignore\nw:docs\nw:docstring\nw:doctrine\nw:document\nw:documentation\nw:documents\nw:doer\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotenv\nw:dotfiles\nw:dotnet\nw:double\nw:down\nw:downgrade\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:driver\nw:drone\nw:dronelink\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dumps\nw:dune\nw:duplicate\nw:duplicates\nw:duplication\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:dyn\nw:dynamic\nw:dynload\nw:e\nw:e0\nw:e0061\nw:e0106\nw:e0277\nw:e0308\nw:e0401\nw:e0425\nw:e10\nw:e1001\nw:e1101\nw:e1d16c0fb783\nw:e225\nw:e231\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e58d67b4\nw:e7\nw:e8\nw:e8f\nw:e_\nw:e_path\nw:each\nw:eadcdc7d\nw:eastus2\nw:ec\nw:echo\nw:eclipse\nw:ed25519\nw:edge\nw:edit\nw:editor\nw:ee\nw:eebxo6ax\nw:efde290b\nw:efe31b98f2\nw:eff\nw:egeria\nw:elapsed\nw:elem\nw:element\nw:elements\nw:elif\nw:elite\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embark\nw:embedded\nw:emit\nw:emitted\nw:empties\nw:empty\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encodings\nw:encountered\nw:end\nw:endpoints\nw:ends\nw:ends_with\nw:enforce\nw:engine\nw:engineers\nw:enhancements\nw:enough\nw:ensure\nw:entering\nw:entirely\nw:entities\nw:entity\nw:entry\nw:entrypoint\nw:enum\nw:env\nw:environment\nw:envs\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:epoch\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:equivalent\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errgroup\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escape\nw:escaped\nw:escrow\nw:escrow_id\nw:eslint\nw:est\nw:eta\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluating\nw:evaluator\nw:event\nw:events\nw:ever\nw:every\nw:ex\nw:exactly\nw:example\nw:examples\nw:exceeded\nw:exceeds\nw:exception\nw:exceptions\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:experimental\nw:explain\nw:explanations\nw:explicit\nw:explicitly\nw:explore\nw:export\nw:exported\nw:exporting\nw:exports\nw:expr\nw:express\nw:expressed\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:extra\nw:extra_cmake_args\nw:extracting\nw:extraheader\nw:extras\nw:f\nw:f1d2c3b\nw:f242abd9c8e\nw:f401\nw:f403\nw:f420ae9f738c\nw:f53616\nw:f7\nw:f841\nw:f909ac5\nw:f_\nw:f_to_c\nw:fa\nw:factory\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fall\nw:fallback\nw:false\nw:familjen\nw:family\nw:fast\nw:fastapi\nw:faster\nw:fasterxml\nw:fastlane\nw:fatal\nw:fb\nw:fc58aa\nw:fc97a4c5\nw:fd\nw:feature\nw:features\nw:fedbox\nw:federation\nw:federator\nw:feed\nw:feeds\nw:ferro\nw:fetch\nw:fetched\nw:fetcher\nw:fetching\nw:few\nw:ff\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finalizing\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fit\nw:fits\nw:fix\nw:fixed\nw:fixedbitset\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flags\nw:flake\nw:flash\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:flutter_test\nw:fmpy\nw:fmt\nw:fn\nw:fnv\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:fonts\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:forced\nw:foreground\nw:foreign\nw:forgot\nw:fork\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:fortuna\nw:forwarder\nw:found\nw:foundation\nw:fp4\nw:fr\nw:fragment\nw:frames\nw:framework\nw:free\nw:freethreaded\nw:freetype\nw:freeze\nw:freezing\nw:fresh\nw:from\nw:frontend\nw:frozen\nw:frozenlist\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functionality\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:futures\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g325\nw:g4q\nw:g8001\nw:g_\nw:galaxy\nw:garbage\nw:gateway\nw:gateway_addresses\nw:gathering\nw:gc\nw:gcc\nw:gcd_import\nw:gcm\nw:gconnect\nw:gcr\nw:gdb\nw:gem\nw:gemfile\nw:gemini\nw:gems\nw:gen\nw:gen_tmp\nw:general\nw:generate_summary\nw:generated\nw:generating\nw:generation\nw:generator\nw:genesis\nw:geo\nw:get\nw:get_settled_at\nw:get_sources\nw:getaddrinfo\nw:getrandom\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:ghcr\nw:gi\nw:git\nw:gitconfig\nw:gitdir\nw:github\nw:gitlab\nw:gitlab_integration\nw:gitleaks\nw:given\nw:gix\nw:gl\nw:glibc\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:gpt\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:gravito\nw:greater\nw:green\nw:greenlet\nw:greeting\nw:grep\nw:grgit\nw:groovy\nw:grotesk\nw:group\nw:groups\nw:grpc\nw:guava\nw:guilouro\nw:gulp\nw:gyp\nw:gz\nw:gzip\nw:h\nw:h0m0s\nw:h0s9kvb6g2sinako7ub77ku\nw:h11\nw:h2\nw:h223492759\nw:h5\nw:h600\nw:h_\nw:habluetooth\nw:had\nw:hadolint\nw:hadrian\nw:hal\nw:handbook\nw:handle\nw:handled\nw:handler\nw:handles\nw:happen\nw:happy\nw:hard\nw:harfbuzz\nw:harness\nw:has\nw:hash\nw:hashbrown\nw:hashes\nw:hashmap\nw:haskell\nw:hass\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:headless\nw:heads\nw:health\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hh\nw:hhp\nw:hi\nw:hicpp\nw:hidden\nw:hierarchy\nw:high\nw:higher\nw:highlights\nw:hint\nw:history\nw:hit\nw:hits\nw:hive\nw:hoisted\nw:hoisting\nw:home\nw:home_page\nw:homeassistant\nw:homebrew\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:hours\nw:how\nw:href\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:http_parser\nw:httparse\nw:httpcomponents\nw:httpcore\nw:https\nw:httpx\nw:hub\nw:humanwhocodes\nw:husky\nw:i\nw:i128\nw:i_\nw:ibis\nw:ibis_bigquery\nw:ic\nw:ic3bur\nw:icon\nw:icons\nw:icu\nw:icu_normalizer_data\nw:icu_properties_data\nw:id\nw:idea\nw:ident\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idna\nw:idx\nw:ie\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:im\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:ime\nw:imgproc\nw:immediately\nw:immutable\nw:impacting\nw:impl\nw:implausibly\nw:implement\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importlib\nw:importlib_metadata\nw:imports\nw:impossible\nw:improvements\nw:in\nw:inactivity\nw:inc\nw:include\nw:included\nw:includeif\nw:includes\nw:including\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistencies\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:incremental\nw:incubating\nw:indentation\nw:index\nw:indicate\nw:indicates\nw:individual\nw:ineffective\nw:infallibly\nw:info\nw:information\nw:infra\nw:infrastructure\nw:iniconfig\nw:init\nw:init__\nw:initialize\nw:initialized\nw:initializing\nw:inject\nw:injection\nw:inner\nw:input\nw:inputs\nw:insensitive\nw:insert\nw:inside\nw:insights\nw:inspect\nw:inspected\nw:install\nw:install_gui_linux\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instantiation\nw:instead\nw:instructions\nw:instrument\nw:instrumented\nw:instrumenting\nw:insufficient\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interactive\nw:interface\nw:interfaces\nw:intermediate\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:invalid_constant\nw:inventory\nw:inverse\nw:investigation\nw:invoice\nw:invoices\nw:invoke\nw:invoked\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ipfs\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:is_none\nw:isn\nw:isntall\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:ist\nw:it\nw:item\nw:items\nw:iter\nw:iterable\nw:iterating\nw:iterator\nw:itertools\nw:itoa\nw:its\nw:itself\nw:j\nw:j2\nw:j30\nw:j_\nw:jackson\nw:jakarta\nw:jar\nw:jaraco\nw:jars\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetbrains\nw:jetty\nw:jizhang\nw:job\nw:jobs\nw:jobsys\nw:jonesn\nw:jooq\nw:jq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julia\nw:julian\nw:junit\nw:jupiter\nw:jupyter\nw:just\nw:jvm\nw:jxoesneon\nw:k\nw:k8s\nw:k_\nw:kangkabseok2021\nw:kata\nw:keccak\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keycloak\nw:keygen\nw:keymanapp\nw:keyring\nw:keys\nw:keystore\nw:keyword\nw:keywords\nw:ki\nw:kill\nw:killed\nw:kind\nw:kit\nw:km_to_miles\nw:knob\nw:known\nw:koans\nw:koch\nw:kotlin\nw:kt\nw:ktlint\nw:kts\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l1s\nw:l3\nw:l3008\nw:l3013\nw:l_\nw:lab\nw:label\nw:labs\nw:lambda\nw:landing\nw:lang\nw:language\nw:language_tags\nw:laravel\nw:large\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:layers\nw:layout\nw:ld\nw:league\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:less\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libasound2\nw:libatk1\nw:libc\nw:libc6\nw:libdbus\nw:libfreetype6\nw:libgbm1\nw:libglib2\nw:library\nw:libs\nw:libtonode\nw:libxcomposite1\nw:libxfixes3\nw:libxrender1\nw:license\nw:license_file\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:liquifact\nw:liquifact_escrow\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:lite86\nw:litemap\nw:literal\nw:littpi\nw:live\nw:ll\nw:llama\nw:lloc\nw:llvm\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:locate\nw:location\nw:locations\nw:lock\nw:locked\nw:lockfile\nw:lockfiles\nw:lodash\nw:log\nw:logger\nw:logging\nw:login\nw:login_page\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:longz4wqz\nw:look\nw:looking\nw:looks\nw:lookup\nw:loomy\nw:loop\nw:loosely\nw:lost\nw:low\nw:lowagie\nw:lower\nw:lower_snake_case\nw:lru\nw:lspconfig\nw:lua\nw:lxml\nw:lz4\nw:m\nw:m0s\nw:m104\nw:m12\nw:m2\nw:m21\nw:m237\nw:m2repository\nw:m309\nw:m47\nw:m49\nw:m62\nw:m64\nw:m67\nw:m7\nw:m78\nw:m84\nw:m88\nw:m_\nw:mac\nw:machine\nw:macos\nw:macosx_11_0_arm64\nw:macro\nw:macro2\nw:macros\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:makes\nw:making\nw:malformed\nw:malicious\nw:management\nw:manager\nw:mani\nw:manifest\nw:manifests\nw:manual\nw:manually\nw:manuell\nw:many\nw:manylinux1_x86_64\nw:manylinux2014_x86_64\nw:manylinux_2_17_x86_64\nw:manylinux_2_24_x86_64\nw:manylinux_2_28_x86_64\nw:manylinux_2_34_x86_64\nw:manylinux_2_5_x86_64\nw:map\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marker\nw:marketing\nw:marking\nw:masonj0\nw:masque\nw:master\nw:match\nw:matched\nw:matcher\nw:matchers\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maturin\nw:maven\nw:mavi\nw:mavivpn\nw:mawk\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:mb\nw:mcgdiff\nw:mcp\nw:md\nw:mdi\nw:mdurl\nw:me_page\nw:mean\nw:mean_suite\nw:measured\nw:mecho\nw:media\nw:meeting\nw:megalinter\nw:melos\nw:mem\nw:member\nw:memory\nw:merge\nw:merror\nw:meson\nw:message\nw:messages\nw:met\nw:meta\nw:metadata\nw:meter\nw:method\nw:methods\nw:metrics\nw:mfi\nw:mhelp\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:mif\nw:might\nw:migrate\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minimum\nw:minitest\nw:mintimeout\nw:minus\nw:minute\nw:minutes\nw:mirror\nw:mirrorlist\nw:mirrors\nw:misc\nw:miscellaneous\nw:mismatch\nw:mismatched\nw:miss\nw:missing\nw:missing_offset\nw:mission\nw:mission_impl\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnote\nw:mnpm\nw:mnt\nw:mobile\nw:mocha\nw:mock\nw:mod\nw:modal\nw:mode\nw:model\nw:models\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:molecule\nw:mon\nw:money\nw:money_test\nw:mono\nw:monostate\nw:more\nw:most\nw:mother\nw:move\nw:moved\nw:mpp\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:mshared\nw:msvc\nw:mt\nw:mtmu\nw:multi\nw:multidict\nw:multiline\nw:multiple\nw:multiple___\nw:multiplication\nw:multiverse\nw:musl\nw:must\nw:must_use\nw:mut\nw:mutmut\nw:mutual\nw:mvalue\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:mysrc\nw:n\nw:n0000\nw:n0028\nw:n_\nw:nabucasa\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:naming\nw:nanopb\nw:narrow\nw:native\nw:native_lib\nw:nav\nw:ncurses\nw:ndarray\nw:ne\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netfx40\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newer\nw:newest\nw:newlib\nw:newline\nw:newly\nw:next\nw:nexus\nw:nginx\nw:nguyxn\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nix\nw:no\nw:noble\nw:node\nw:node_config\nw:node_modules\nw:nodejs\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:northcentralus\nw:nosec\nw:nospc\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notifications\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:nuget\nw:null\nw:nullable\nw:num\nw:number\nw:numeric\nw:numpy\nw:nunomaduro\nw:nursery\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:ocrd\nw:odder\nw:oder\nw:odor\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:older\nw:ole\nw:omg\nw:omit\nw:on\nw:once\nw:once_cell\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:opencode\nw:openemr\nw:opening\nw:openproject\nw:openssh\nw:opentelemetry\nw:operand\nw:operating\nw:operation\nw:operations\nw:operator\nw:operators\nw:ops\nw:opt\nw:optimized\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orjson\nw:orphan\nw:ort\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outcome\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outputs\nw:outside\nw:over\nw:overflow\nw:overlay\nw:overridden\nw:override\nw:overriding\nw:overview\nw:overwrite\nw:owid\nw:own\nw:oxlint\nw:p\nw:p0040\nw:p1\nw:p20240420\nw:p256\nw:p_\nw:pack\nw:package\nw:package_name\nw:packages\nw:packaging\nw:packed\nw:packet\nw:packetfence\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:paket\nw:pandas\nw:panic\nw:panicked\nw:panicking\nw:panics\nw:panics_on_zero\nw:paragraph\nw:parallel\nw:param\nw:parameter\nw:parameters\nw:parcel\nw:parens\nw:parent\nw:parentheses\nw:parenthesis\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsers\nw:parsing\nw:part\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:passkey\nw:password\nw:paste\nw:patch\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:patterns\nw:payload\nw:pb\nw:pbkdf2\nw:pc\nw:pdf\nw:pdfkit\nw:pedantic\nw:peer\nw:pegin\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:performance\nw:performing\nw:perhaps\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:person\nw:persona_flutter\nw:pest\nw:pestphp\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pillow\nw:pin\nw:pinned\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipenv\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgconfig\nw:pkgs\nw:pkgtool\nw:pki\nw:pl\nw:planet\nw:plans\nw:platform\nw:platformdirs\nw:platforms\nw:playwright\nw:please\nw:plexus\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:plus\nw:pmd\nw:pnc\nw:pnpm\nw:pod\nw:podcasting\nw:pods\nw:podspec\nw:pointing\nw:policies\nw:policy\nw:polyfill\nw:polymer\nw:pom\nw:pool\nw:populate\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:post0\nw:post1\nw:postcss\nw:postgres\nw:potential\nw:potential_utf\nw:potentially\nw:power\nw:powpeg\nw:pp\nw:ppv\nw:pr\nw:pre\nw:prebuild\nw:prebuilt\nw:precompiled\nw:prefer\nw:prefix\nw:prefs\nw:preinstall\nw:prelude\nw:prepare\nw:prepare_executor\nw:prepared\nw:preparer\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:press\nw:prettier\nw:prettyplease\nw:prevent\nw:previous\nw:previously\nw:price\nw:primary\nw:print\nw:printed\nw:printf\nw:println\nw:prior\nw:priority\nw:privacy\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:process\nw:processing\nw:prod\nw:product\nw:production\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:prometheus\nw:prompt\nw:prompts\nw:propcache\nw:properly\nw:properties\nw:property\nw:proto\nw:protobuf\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:provides\nw:providing\nw:provisioner\nw:provisioning\nw:proxy\nw:prune\nw:psql\nw:psr\nw:psutil\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:publishing\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:punycode\nw:purchased\nw:pure\nw:push\nw:pv4\nw:pwsh\nw:py\nw:py2\nw:py3\nw:pycognito\nw:pycparser\nw:pydantic\nw:pygments\nw:pylint\nw:pyo3\nw:pypa\nw:pypi\nw:pyproject\nw:pyproject_hooks\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python2_\nw:python3\nw:python3_\nw:python_\nw:pytz\nw:pyyaml\nw:q\nw:qt\nw:qt6\nw:qty\nw:qualified_races\nw:quant\nw:quantity\nw:quartz\nw:quasar\nw:queries\nw:query\nw:queue\nw:queued\nw:queues\nw:quic\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r0\nw:r2\nw:r5\nw:r7\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:rand\nw:rand_chacha\nw:rand_core\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:raw_race_data\nw:rayon\nw:rb\nw:rc\nw:rc1\nw:rc2\nw:rc3\nw:rdk\nw:re\nw:reach\nw:reached\nw:react\nw:read\nw:read_capsule\nw:reading\nw:readline\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:receiving\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:record\nw:record_sheet\nw:recorded\nw:records\nw:recursive\nw:redirect\nw:redis\nw:redzone\nw:ref\nw:refactor\nw:refactoring\nw:refer\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:region\nw:register\nw:registration\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:rejects\nw:related\nw:relative\nw:release\nw:releases\nw:relying\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removed\nw:removing\nw:rename\nw:renamed\nw:render\nw:rendered\nw:rendering\nw:renders\nw:repack\nw:replace\nw:replaced\nw:repo\nw:report\nw:reported\nw:reporter\nw:reporters\nw:reporting\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:res\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolvable\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restoring\nw:restricted\nw:result\nw:results\nw:retail\nw:retain\nw:retention\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returning\nw:returns\nw:reuse\nw:reused\nw:rev\nw:reverse\nw:review\nw:reviewdog\nw:reviewer\nw:revision\nw:revive\nw:rf\nw:rich\nw:right\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rit\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:role\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:rootstock\nw:ropenscilabs\nw:roundtrip\nw:route\nw:router\nw:routes\nw:row\nw:rows\nw:rpc\nw:rpmbuild\nw:rs\nw:rskj\nw:rsksmart\nw:rspec\nw:rss\nw:rtos\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runner_temp\nw:runneradmin\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rustfmt\nw:rustix\nw:rustls\nw:rustup\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s2322\nw:s2345\nw:s2554\nw:s2n\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safe_load\nw:safety\nw:same\nw:sample\nw:samples\nw:sandbox\nw:sanitizer\nw:sardonyx\nw:satisfied\nw:satisfies\nw:satisfy\nw:satu\nw:save\nw:saved\nw:saving\nw:savings\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanner\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schedule\nw:scheduler\nw:schema\nw:scikit\nw:scipy\nw:scm\nw:scope\nw:score\nw:scrapling\nw:scratch\nw:screen\nw:screens\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:search\nw:sebastian\nw:sec\nw:sec1\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secretstorage\nw:secs\nw:section\nw:section_end\nw:section_start\nw:sections\nw:securedrop_client\nw:security\nw:sed\nw:see\nw:seed\nw:seeds\nw:seem\nw:seems\nw:seen\nw:select\nw:selected\nw:self\nw:semicolon\nw:semver\nw:send\nw:sending\nw:sensor\nw:sensors\nw:sentence\nw:sentry\nw:separate\nw:separated\nw:sequence\nw:sequential\nw:serde\nw:serde_derive\nw:serde_json\nw:serde_with\nw:serialize\nw:serve\nw:server\nw:server_list_page\nw:service\nw:services\nw:session\nw:sessions\nw:set\nw:sets\nw:setting\nw:settings\nw:settings_page\nw:settle\nw:settle_ts\nw:settled_at\nw:settlement\nw:setup\nw:setuptools\nw:several\nw:severity\nw:sf\nw:sh\nw:sha\nw:sha2\nw:sha256\nw:shapely\nw:share\nw:shared\nw:sheet\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shims\nw:shipkit\nw:shivammathur\nw:shodh\nw:shop\nw:shopco\nw:shopfront\nw:short\nw:shorturl\nw:should\nw:should_\nw:show\nw:shrinkwrap\nw:shutdown\nw:sid\nw:side\nw:sign\nw:signal\nw:signature\nw:signed\nw:signedness\nw:significantly\nw:silent\nw:simd\nw:simdjson\nw:simple\nw:simplified\nw:simulator\nw:simulators\nw:sin\nw:since\nw:single\nw:sit\nw:site\nw:sites\nw:sitter\nw:six\nw:sixty\nw:size\nw:skill\nw:skills\nw:skip\nw:skipped\nw:skipping\nw:skips\nw:slack\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slow\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:sme\nw:smoke\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:sock\nw:socket\nw:socket2\nw:socks\nw:software\nw:solana\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:soroban\nw:soroban_sdk\nw:sort\nw:sorted\nw:source\nw:source_span\nw:sourcerygxx\nw:sources\nw:sp\nw:space\nw:spaces\nw:spacing\nw:sparse\nw:spec\nw:specific\nw:specification\nw:specified\nw:specifiers\nw:specs\nw:speed\nw:spell\nw:spelling\nw:split\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:spotless\nw:sprint\nw:spurious\nw:sql\nw:sqlalchemy\nw:squareup\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stabilized\nw:stable\nw:stable_deref_trait\nw:stack\nw:stack_trace\nw:stackage\nw:stacked\nw:stacktrace\nw:stage\nw:stale\nw:stalled\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:stat\nw:state\nw:statement\nw:statements\nw:static\nw:staticcheck\nw:stats\nw:statsforecast\nw:statsmodels\nw:status\nw:std\nw:stderr\nw:stdin\nw:stdlib\nw:stdout\nw:stdune\nw:stellar\nw:step\nw:step_script\nw:steps\nw:still\nw:stmts\nw:stop\nw:stopped\nw:stopping\nw:storage\nw:store\nw:stored\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:string_scanner\nw:strings\nw:strip\nw:strkey\nw:strsim\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:studios\nw:style\nw:styled\nw:stylelint\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodule\nw:submodules\nw:subosito_flutter\nw:subprocess\nw:subsequent\nw:subtest\nw:subtests\nw:subtle\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggested\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:supabase\nw:super\nw:supplied\nw:support\nw:supported\nw:suppress\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:sveltejs\nw:svg\nw:swatinem\nw:swift\nw:switch\nw:switched\nw:switching\nw:symbol\nw:symfony\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:system_stats\nw:t\nw:t0\nw:t00\nw:t02\nw:t03\nw:t06\nw:t08\nw:t09\nw:t10\nw:t10_00_00_000\nw:t11\nw:t12\nw:t14\nw:t15\nw:t16\nw:t17\nw:t18\nw:t19\nw:t20\nw:t21\nw:t22\nw:t_\nw:tab\nw:table\nw:tabs\nw:tag\nw:tags\nw:take\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tarball\nw:tarfile\nw:target\nw:targets\nw:task\nw:task_queues\nw:taskrun\nw:tasks\nw:tasty\nw:tauri\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:te\nw:team\nw:teamcity\nw:tectonic_bridge_flate\nw:telemetry\nw:tells\nw:temp\nw:temperatures\nw:tempfile\nw:template\nw:templates\nw:temporalio\nw:temporarily\nw:temporary\nw:temps\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:term_glyph\nw:terminate\nw:terminated\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_core\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_ringbuf\nw:test_rolling_mean\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_tools\nw:test_total_rounding\nw:test_unicode\nw:test_window\nw:testcafe\nw:tested\nw:tester\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thanh\nw:thapa\nw:that\nw:the\nw:thebeatles\nw:their\nw:them\nw:theme\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thiserror\nw:thread\nw:threads\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:times\nw:timeseries\nw:timestamp\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tldextract\nw:tlsv1\nw:tment\nw:tmp\nw:to\nw:to_string\nw:toast\nw:tobs\nw:todo\nw:together\nw:token\nw:tokens\nw:tokio\nw:toml\nw:tomli\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolcache\nw:toolchain\nw:toolchains\nw:tooling\nw:toolkit\nw:tools\nw:toomanyrequests\nw:top\nw:topic\nw:topics\nw:total\nw:touch\nw:tower\nw:tpl\nw:trace\nw:traceback\nw:traces\nw:tracing\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction\nw:transaction_sequence\nw:transfer\nw:transferred\nw:transferring\nw:transform\nw:transformer\nw:transforming\nw:transition\nw:translation\nw:transport\nw:travis\nw:treated\nw:tree\nw:trees\nw:tried\nw:trigger\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trims\nw:trouble\nw:true\nw:truncate\nw:trunk\nw:trusty\nw:truthy\nw:try\nw:try_from\nw:trying\nw:ts\nw:tsbootstrap\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:tunnel\nw:turbo\nw:turbopack\nw:turn\nw:tutor\nw:two\nw:tx\nw:txt\nw:type\nw:typecheck\nw:typed_data\nw:typenum\nw:types\nw:typescript\nw:typing\nw:typo\nw:tzdata\nw:tzst\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u1903\nw:u32\nw:ubuntu\nw:ubuntu0\nw:ubuntu1_amd64\nw:ubuntu2\nw:ubuntu24\nw:ubuntu2404\nw:ubuntu3\nw:udp\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:undefined_class\nw:undefined_getter\nw:undefined_identifier\nw:undefined_method\nw:under\nw:underscore\nw:understood\nw:undo\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unidecode\nw:unified\nw:unifont\nw:uninstalled\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:universe\nw:unix\nw:unknown\nw:unlabeled\nw:unless\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unnested\nw:unoptimized\nw:unordered\nw:unpack\nw:unpacking\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unschedulable\nw:unset\nw:unsigned\nw:unsupported\nw:unter\nw:until\nw:untrusted\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:unzstd\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgraded\nw:upload\nw:uploaded\nw:uploading\nw:upstream\nw:ureq\nw:uri\nw:uri_does_not_exist\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:us\nw:usage\nw:usb\nw:use\nw:used\nw:user\nw:userguide\nw:userland\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:utxo\nw:utxos\nw:uuid\nw:uv\nw:uv_manager\nw:uvicorn\nw:uvu\nw:uw\nw:v\nw:v0\nw:v1\nw:v10\nw:v18\nw:v2\nw:v20\nw:v25\nw:v260816\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:v_\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variance\nw:variant\nw:variante\nw:variants\nw:variate\nw:varint\nw:varint_len\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:ve\nw:vec\nw:vector\nw:veld\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:version\nw:version_check\nw:versions\nw:via\nw:vietflux\nw:view\nw:viewmodel\nw:views\nw:violations\nw:viper\nw:virtual\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vpn\nw:vpn_mtu\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:w_\nw:wait\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warm\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:wasmi_core\nw:watch\nw:watchos\nw:wdio\nw:we\nw:web\nw:web3_universal_ledger\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:week\nw:weekend\nw:weighted\nw:weisjohn\nw:well\nw:went\nw:were\nw:werror\nw:west\nw:westus\nw:what\nw:wheel\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:whitespace\nw:whl\nw:whole\nw:whose\nw:why\nw:widgets\nw:wiki\nw:wildcard\nw:will\nw:win\nw:win2012\nw:win22\nw:win25\nw:window\nw:windows2022\nw:windows_\nw:wine\nw:with\nw:withdraw\nw:within\nw:without\nw:wlctl\nw:woff2\nw:word\nw:words\nw:work\nw:workdir\nw:worker\nw:workflow\nw:workflow_dispatch\nw:workflows\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:worktree\nw:worktrees\nw:world\nw:would\nw:wrap\nw:wraparound\nw:wrapped\nw:wrapper\nw:write\nw:writeable\nw:writely\nw:writer\nw:writing\nw:written\nw:wrong\nw:wrote\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x602000000020\nw:x64\nw:x8\nw:x8000_0000\nw:x86\nw:x86_64\nw:x_\nw:xauth\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xf\nw:xfailed\nw:xfonts\nw:xg66\nw:xlint\nw:xml\nw:xs\nw:xz\nw:xzv\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarl\nw:yarn\nw:yesterday\nw:yet\nw:ymd\nw:yml\nw:yoke\nw:you\nw:your\nw:z\nw:zephyr\nw:zephyrproject\nw:zero\nw:zerotrie\nw:zerox80\nw:zig\nw:zigler\nw:zip\nw:zipp\nw:zips\nw:zlib\nw:zmk\nw:zmkfirmware\nw:zstd\nw:zurichsee_ha\nw:zzpmw",
    causeBias: -132,
    cause: '5v8jAAQA3v+9/9//5/8kAMX/uP/o/8n/wP/R/w8AsP/l/1gAzP/o/97/2v/h/zkA4/8iAML/FwDP/9j/7P/K/z0Awf+U/yQAEQD6/xYA7P/E/0L/o/8FAN7/6P/f/97/0f/U/+r/6f/g/zwA0//Y/9r/GgA+ALv/2P8fAE4AFwDc/9b/xP8mAK7/FwDc/x4Az//i/+n/zv8VAMn/3v/g/9//ov/p/wAAZf/Y/xAAHwCG/+T/4//Q/yUA8v9CAKL/CQDl/xEAqf+y/xwA3P9aAOT/DwDX/+T/LgDt/zcAAwAjAMn/OgCz/6L/HADe/9b/2f/p/xYAKAAUAOf/5//Z/97/3P/g/9//6f/o/9H/HQDk/9H/zf9QABUAvv+T//D/vP/q/8X/HAA7ABkAtv8dAAUApP8bAAoAdwAiABYALwArAB8A4P8nANz/tf8YAN//o//o/+z/vv8UAOT/y/8tAB8AUgCk/+H/wP9cAMT/MQDm/4z/DQDD/wUApv+2/zkAFgDk/+b/6f+e/6D/RwBRANb/5v/Y/6f/PADC/1cAxP9MANr/xf/R/8f/jP9TANX/FAAkAOT/QQBHALD/FAAVAPf/2f/r/9D/FgCi/ycAqP8GAOj/OwDu/xMAQwCBABcAx/9CACAA6P8jANz/2P+z/2UA5v/N/5z/NwDb/07/vf/e/6j/GgC4/x0AyP+f/ywAn//V/yIAs/8AAC4AHwCw/7n/tf/g/9H/CADS/9P/l/8RAC0A5/9nAAcAmP/J/73/4P+T/73/w//F/8z/JgA0ABgAkf8dAL3/IQDC/yEAvP8wANj/BQDn/9z/4P/e/+j/0f/n/+f/zP/j/+v/5P/d/63/LwA/AL3/5//G/9j/KAC5/9r/qQBFAML/uf/s/+b/NACg/xkAOgBDAMj/z//c/xUAxv/q//r/5v+z/9L/GADo/yoAwv8oABkAGQAZABkA0f8qAOf/DgAsAHP/uv8oAKj/HADD/+f/IwCM/zMAPwA0ALn/p/8PABYAx//X/0AAT/8tAAgA+v+m/zQAHgC+/+H/yf/Y/+n/MgDn/wIAzf/a/8r/uf+n//v/KAC//8n/WgC4/+r/3//o/9z/2//l/ygAz/+u/7T/EwDh/9L/1v/J/xMADwAaANf/FgCx/8H/5v+1/xAApP/e/xMA0/9Q/x4Ag/8jANz/HADC/+n/QgDf/6//7f8BAOP/EAAcANb//f8rAKb/WACt/xUA6P8UAOH/GwCSAMf/q//Z/xgAuv/a/1AAKwAVAFEAu/9IACIA6f/d/8n/6v/G/y4AyP/c/xEATQDr/ycAx//n/yMAxf/r/97/0/+u/9//2//r/yEA3//p/9v/xP+l/+D/z/+r/6T/yP/D/8n/0/9YABQAAQDC/+f/VAAdAAAA2f+r/8v/5v+w/zQAGwAVABUAX/8nAEgAz//E/1wAq/8bABQA0v+u/9n/FADh/8//QgAlAEQAZAAcABwAGwBEALz/XQAsACsAQAAFAOf/FADI/4L/1f+m/9T/UwAdACIAKgCr/24ANQDn//j/GAC8/9z/0v8rAPX/TwC9/8n////H/yMABQDm/7v/JwD//6j/5/+x/yAA2f/R/9f/tP/W/8z/1v/W/zEAAgDT/+P/BgAXAOn/MwDp/xYAz/8eALj/+v8sACYAFQAnANr/+f8JALr/0f/Y/+H/FgDL/4n/4v/r/xQABQA3ANH/OgDY/zEACgCg/wQAFQCz/77/IAAyAOb/AQDI/0AAAwDR/8v/+v/E//3/vf8WAOb/5f/k/wsA7P8qAOb/4v/c/5D/5/8fAAYAJQAcAOH/LQC//0IA6//s/8r/2f+N/ygAAAAvAAQA7P/P/+j/KgCl/23/rP/k/97/3/8XABoAGwDq/xQAFADQ/wQAKQDk/9H/x//Q/93/HwDO/9H/RQC6/yEA/v8uAOj/yf8vABwAt//m/xwA2f/R/5z/3P/i/9v/4//X/83/2P/k/97/2v/n/+b/mf/E/xcAIwDn/8f/cf/n/yMApP+9/7j/GQDc/xkA6P8VAN7/rf+7/+b/3P/m/9r/zP/o/+f/AwArABcA6v/R/+L/4P/m/ygA4P/L/+D/z/+//8z/pf8IANv/5/9JAN3/MQDN/9j/OQAiANT/JAA6ABMAFQDk/+T/z//K/+L/LABXAKH/wf84ACwASQAbABUAOgA1ACEAJwC5/+f/CwAUAMj/LgC9/+z/wP8+AFgAtv/n/1b/wv98/9b/t/+6/+f/vP8wAOD/q/+8/9X/0f/i/+r/5v/F/+v/5v/r/8L/7P/g/x4AFQDb/73/4f/h/5r/2f/c/7z/1f++/ygAvv/H/zIAJwDN/9P/pv/Q/9n/tf/Q/+T/rf/r/w8AFgDQ/9n/uv/R/yYAq//B/5j/oP+D/9T/GwDd/xoA6f/o/yEA4v/h/+L/uv+7/zkA0f/Z/1X/FwCt//7/wv+3/7//4//b/zAAFgAWAMD/BQDd/3//IADj/0cA2//p/0kA4v8aAOj/GgC4/8v/p//V/+P/3f/r/xUALQC3/xkA6//j/x0A3v/h/wwAFgDk/yAADwAdAOr/1/8nABYAGgDS/9v/GQDI////zP8gAB0Asv/c/7D/vf8nAOf/4//a/7b/MgDM/8T/FwAiAN3/zP8MAL7/JQDW/wAAtf/g/9z/6/8VALf/v//C/9v/zP/J/xQA6f/R/+P/x//h/+b/rv91ANb/BwDZ/73/FAAvAOH/5P+8/zkAFAAZAN3/FAC9/xUA2v/p/x0As/+9/xkAOAAZAC0Arf+2/8T/x/+y/9T/GwAYABsAFADj/6L/HwCv/87/0f+m/xwA0P/q/+v/+P+5/x8ALgDv/wwALADQ/wgA6/+9/zEAFQBCAN7/7//e/xoAFwAXAN3/JAC9/x0AJwAsAOb/6P/q/xwAHQAuANf/JwDN/9r/yf/d/+P/NADX/zQADQDT/woANQA+ABQA6v8VAKb/6f/E/wUA5v/b/+z/4v/Y/9X/1//o/9L/6f8fANP/LwDS/6X/z/8XAN3/y/8aALr/OQDe/8T/GQDb/9j/4//J/9f/GwCv/0EALADc/+j/IQAiAB0AFADZ/7r/1f8XAOf/wv/j/3z/of/m/yoABAAqABwAFgAfACwAxv8UAC4ARQAkADcADQA4ALb/w/9NANv/TQAmAAcAOQD+/wcAFgDl/yoA5v/K/7j/sv/m/xYAsv/z/xcA6f/F/0wAyv+2/3r/IADk/57/2v8NAMj/9f+d/xAA1v/A/8b/rP/g/6f/3P/P/8H/1//m/6z/m//O/8//HgDi/+r/LwAbACIAaf/f/wEAMgAcABwAxf/L/zEArv/X/8v/6f8sACEAVf85AB0AFQDQ/43/vv8UANr/6P80ALb/KwDT/x0A9v/S/+z/yv/s/xwAFwAfACEAy/8VACIA3/+1/+D/7f+o/+f/EQDh/9n/4f8hACcAXP/m/xgAvv8tAM//tv/O//P/2/+3/7j/2v+c/+3/LwAVAOD/3v/o/9n/PgDf/97/1P/q/5z/3//C/7b/wP+g/+j/xP+f/+v/6f/e/xoAyf/H/8//OwBNAIb/0//p/7r/3f/E/+D/4P/G/7z/1f/j/zwAPAC5/+b/G/98/0v/3//E/+P/qf/K/6L/KwDo/yIA2f+j/0EA5v9ZABQAHQDg/xoATADN/ysAMwAbAOL/vv8CAB8ALAD+/zoAWABEACkA5P85AMT/FQA+AOr/5P/G/xUAzP/r/ywAJgBGAB4ALQAmAOP/IADB/xUAzP9ZAN//1/8rALz/NwDD/w4Av//D/9j/3/8cAMT/PwC//+v/GwAcABQALQAWADcAxf8jACwAJgAmAOD/5v8PAP7/3f+y/yUA4f8aABkAp/8kABcANgC9/8H/IgDA/9r/MQAxAJr/EwDb/9T/nP+d/zoAw/+N/9//xv+Z/8P/w//P/5X/NwACANr/vf+1/wYAtP+0/xgAyv/f/9//BgAmABoAsP+1/0kAKgAaAHYA6f/d/9//2v/G/yAAqP85ABUAIgDd/xUA7P/l/w4A6/8VABYANwA3ABYAzf/V/+j/+P/j/9z/2f/i/+D/of8CANj/u//r/+j/2f/S/+n/FgDa/9v///9zAOH/5P9y/yAANgA2AB4ANgDR/+z/OQCo//b/qv+4/xUAHQDF/5v/yf+k/7D/yP/O/8z/1P/r/9T/k//d/6z/0f8RAMr/bf/E/xQAof8VABgAxP8tABsAW/8mANj/s/8RAMr/FQAiADUAGgAcAOj/DACl/+r/BQDJ/73/of+Z/7D//v8CANf/rf8eAKn/tP87ANv/wf8aAMz/4f/I/9H/JAC//7X/yP+7/x0A4v/C/7v/0f91/9X/vP/q/97/5v/i/+T/EQDi/xQAJQAlAM//4v9DAMv/3//X/8b/yP+8/77/zP8cANf/1f/i/9X/FwC6/8T/JAABAJ3/o//m/xoAw//m/9n/OQDY/8n/FABEAOb/IwAXAEMABwDK/wUA5/8hAIgAXwAPAKr/q/+u/9v/zP/O/x8AIQDN/7T/9//d/+T/IwD+/+n/PwAlANb/+v/o/9j/sv80ABgANwAOADEA6f/U/+L/7P/F/4L/of/N/+j/EAAZAK3/qv/m/+z/QADD/63/4f+o/7z/IwDN/7X/4f/j/8//BgC9/zgAEgDn/8r/zv/c/93/qP/z/9j/6P8ZANv/FQC+/6b/kv8gAM3/8//5/8f/NgD7/9r/pP9s/8X/FQDd/8n/3v8wACAAIQAHAKX/5P/g/9//6f+x/zEAkf/h/8n/LwANAP3/s/++/yoAtf/J/9n/zv+p/6T/qv+Q/+H/2/+F/xgA6f/E/7f/ov/Y/9D/ev/A/9D/t/+l/8f/tP/a/8z/rv9a/9n/u/++/8f/EADZ/6r/3f/r/+j/5//f/9T/1v/n/xQAFAAUAM3/1v8lACEAOAAWABEArP/V/+b//v+6/+P/JgAfANP/QQBQAMD/FACm/z8A1P8EACIANABjAEYAGQAaAMf/WQAXADEAzP8VABUAsv+g/6H/wf/T/83/tP/l/7X/z//J/7z/v/+3/6D/xP8DAEsAwP+K/0cAif/s/zsAzf8tACEAv/8RACsAGwCT/xoAIgBNAOT/5P/h/57/1P8dAOz/3v+m/8j/4v8WABsA1f/Q/xYA3f/C/+X/tf/j/9b/LgDQ/8z/6/+j/xwAGADi/+z/5/+//0sAxf86AMv/vv/b/87/DwBzABQASwDN/+L/8v8WACwAHwAsAAwA2//z/6//0v/i/3H/IgAgAMf/T/80ANj/HQDJ/7P/uf/d/8n/n/99/w0Ay/8mAOv/JQAJAOv/PACg/7//FgAWABUAmP/G/8v/4//j/8X/5v/T/4j/t//K/9v/wP+1/9L/7f8wADwAHQAjAB0A2/8dAJ//FgDT/7r/2v/U/yYA0P/q/87/yP8WAEUANADL/+n/0/8aAOP/5//E/wMA7P80ANv/y/8cACgANAAWAOD/IgDU/y0Aof+o/7f/4f/4/zX/qv/B/+T/HwC9/zwALQDn/x8A6/8gAMD/z//M/8L/5f/e/+f/w//q/97/5/8WAOH/tv/a/xcACADI/8v/1//U/9v/4P/a/+j/OwDN/5n/yf/g/5z/2//b/xwAHwAKANP/3P/O/yUA4f8fADIA7/8TACoAXwBMACIAFACv/yMAoP/U/xQAvP8nAPD/OAAMAOT/AgAsAOn/IwDD/9z/3P/E/6j/WgAdADUApf/F/4z/vf/d/7//xP+8/73/1P+4/+f/qf/E/9v/wv/F/6X/w/+y/xYAyf8YACAADgDk/y4Anv/a/8D/1P80AMH/4P/L/8T/0P/O/+P/2/86ACMAtf/Y//j/pP/e/8z/x/8cABQAFAAOANf/KQDC/8P/1//P/xQA1//o/9z/JwDn/+v/AADI/8f/HwDE/9T/1//n/9n/1f/R/6P/4P/V/ykA1P/i/yAAKgDh/5f/0P/q/9r/wv+r/93/5/+6/+j/xv/R/8b/6/8vANj/3/8cAMv/FgC//xgA2v/o/4T/HADM/7L/4f+m/0QADwDk/6H/JADN/8n/tv/X/9r/3v/l/87/BQAvAB4AJADg/5f/pP+j/+P/zv/j/5//qf/j/9D/5v/w/zQAzv/q/9r/rP8kALT/LAApADAAFwDN/x4AFQAmADoA5/8qACMAGgDK/1MAzP/B/4j/3f/c/wIAnv9WAOT/5P/q/8b/CQDk/8T/yv/S/73/2/+7/8v/0f+4/+n/1f/E/+D/xv/P/9L/0/+8/8r/0f/R/9b/3v/O/9r/zP/J/8j/5P/F/8b/x//U/4D/uP8YANL/2f/t/wUA/f+0/+j/3f+v/x8A3v/e/9//xv/S/zkAnv80AOj/sP8iAC0Aw/8yAMz/zP/M/yMALADZ/6//wP9L/x4AvP/K/9b/FAAaABoAxf/D/yYA5/8VAMX/iv8sAMj/6v/R/7//4//3/ysAYgD8/+P/3//p/+f/5P/U/xYAlv/k/w8Avf/y/zcA3v+w/+v/4/+Z/9X/+P86ALj/4v+5/0MALgDY/ywAFAAUAOT/1/8UACcA/v/L/ywAFgBLAOb/HQAtAOf/KgDl/+v/GgCx/5H/3f88AMf/IgDF/zcA3v8UALf/LQDg/xQAxf+6/+P/LAAgABcA3f8fAKD/yP9B/7P/yv89ABkAzf/h/7v/KQBCAAwApf/q/8b/GgAsAOv/of8iAND/FAARADoA4P/f/y0AUADq/7X/+f8aAPb/zf86ACIA0v8mAB8A4f/f/ykA4/8yAOv/KgBqACIABwCy/8r/zP/K/6L/1v/m/93/xP83ALL/4P+s/97/4f/V/+D/2f/h/+n/IADo/yQAx/8fANr/lf/B/+r/9v/4/7r/0/+6/63/1//T/83/2/++/8L/sv/J/8f/4v/h/9T/6P/H/+P/9f+W/xsALQDZ/9P/5f/k/9H/i/+g//L/IQAVAL3/EgDS/yMAOACz/97/zv+R/9b/+P+//y4AIQBGANz/CgAjAM3/6P8UAMf/yf/Q/+f/vv/k/8f/EwDr/8f/5v/p/+f/yv9N/xkArP/j/+n/gf9PAN3/5/9zAND/z//i/+f/6f/v/93/6v8RAMT/y//h/+r/s//c////jP9BABwAU/8VAO//vP+s/xEAFgCq/wkAJAD2/9b/5/9x/ysAr/9WAOP/GQDT/ysAZwA1ALn/zf/o/xcATf8ZAPb/6v/7/ykA3P/g/9//6P/x/8z/0f/U/+L/6v8iABQA2v8iAOH/4v/l/9D/wP/n/0UAFAA3AN//1f+w/+n/3v8aAKz/2v/C/xQAJQAuAEMAHADa/ykAoP82AOP/uf8VAFX/4f81ABUAwf/r/+H/WADn/8n/1f/A/7//HQC0/7//xv89ACAAKQDk/8j/6//C/5j/0f8HAMz/NQDE/9//rv/g/8T/4/+o/9f/CAALANj/TQAtAC0AIQAVACEAFQDb/7j/4f/f/77/7P/K/yMA0v/F/73/4f8aAKH/tP/b/9f/3f/f/9z/TADr/97/rf+q//D/6//N/xQASgDj/5L/KwDB/93/w//r/+n/FAASABkALQDI/5P/FgAmABUAxv/o/8z/LgDR/xYAYwAVAGz/HQAwADoAq/+Z/zQA0P/l/zcAFgCX/04Asv8mAOT/FwDe/zUAFQDK/9n/NgDK/+j/DADc/zgA+P/g/9D/0P/G/4//OwAjADUAvf/F/9X/1v/q/9n/4v+v/+z/3//P/9X/NADf/xMA6/8QAOv/6v+p/9n/sP8bAML/z//C/+b/PwDj/xkAx/8WADQAs//k/9b/2P8UAOL/1f8WACQA/f8yALL/IgAtAOv/tP8OAMP/5v/q/+v/2f/B/9X/1//a/8z/4/87ABYA4P/G/9v/7P/h/7P/yP/j/+D/0f8gAC0Azv8RADMAGAAGAAYAEABlACAALADo/+n/6f/n/93/nv+3/+H/yP/I/+v/xf/m/9b/HADZ/+P/uv9FANX/4//n/6z/z/+//9D/qP8TAM7/tv8WAOP/JQA7ADsAFwDi/+H/mP/s/+b/uv+2/9D/fQDd/+j/qP/I/xkAPgANAHH/xv/d/04A4v86ANv/y//r/9r/PQCY/9L/0P/0/6//GAD1/9//JgDZ/9v/fP/o/9r/IgAiAOL/HQAgACIA2f/g/ygAuP8WALv/GgBCABUAMwDU/xYAWgDc/+j/2P/U/+X/FgBG/+n/IwDY/xQABwDG/7j/2f9w/4j/x//2/0cAFADi/9n/2v/D/9j/3//X/8z/2f/e/87/z//V/+H/4//V/8z/1v/O/9H/yP/k/93/0P/o/9P/4f/p/77/1v/k/9v/wf++/7b/TgDZ/8T/4/+d/8L/jv+u/9P/5/+3/5H/5f/G/6b/g//E/+r//v8UABQAIACV/9L/OgDG/wUA4P8PANX/q//n/9X/yP9DAEAA4P/O/0wAJQAFAGb/RADk/xUAqv9XAM7/PwDj//P/GwDN//P/sP8pAIb/QwBBANX/4P8iALj/5f8DAO3//P8pAP3/LADe/zIA3v/Z/+j/6v8tAAMAl//U/6z/4P/y/wUA5P8EADoALwBA/4//6/8wAFEAIQDb/wkAyP/Y/zEAOAAiAEgATwAVAOj/LwArAB8A4P/g/9X/KwAnANf/GADf/77/ef/L/xcArv/p/3r/3P+Q/yUAv//S/7v/3v/h/+j/1v8uANn/6P/d/87/lv/l/7D/3f/T/wEAxP/c/3z/JAAxABQA5P/R/xcA4f+5/zEA3f/j/+j/wv/o/yIA2f/f/yUA6v+k/+P/yv/S/yAAqv/R/xkAFQAcADsAuf+//8n/vf/f/+P/6v/I/9X/5/8VACUAlf9LAB8AKADr/7X/PwAWABYA1//M/+j/5//n/93/6P/j/xQAGwCk/yEAyP/q/9L/yP/K/5X/GgAo/9D/y/+9/2H/FADQ/yAA6v98/7j/JgAyACcAJgA4AD8Ayv/r/7f/uv/1/9L/JQAWAOv/zP/p/y0A4f/h/6r/zP/q/1EAUgDf/5r/TQCe/xUAQABeANP/HgAQAL3/MADY/+z/PgCz/9H/3P8cALP/8f85ANj/MQA4AEgATwDS/+P/JABUADcACgAZALz/TwDn//z/nf/n/7b/sP/K/6j/vP+g//n/2P8CAL7/uv/a/8n//P8rAOb/hv/J/x0Anv8eADgANQC5/zAAJADQ/3MAQwDm/y8A5v9HACIAEQABADAAnv8gAKz/wf/W/93/kf9bAOn/5f8zADwA4f/A/xIA3v8nAEEANADV/+H/HgBBAOH/IgCd/0YAFABUABQA4f+W/xgANgDh/0cA2P8ZAM3/JwBEABcAWwBFACkALAA+AEAA3/8TAKj/LwAXABoAsv+k//X/VQCt/zwAXwDk/83/wf/V/x8ALgDR/08A1v8IAKf/1f8dAOT/u/8mAOT/1////+j/x/8pAN7/+v8qABwA3//e/8D/NwDY/9j/uf/a/8r/qP8UACAAs/+i/+D/6f8VAKT/xP9HALv/HAASABkAsv/D/xUAZgAtADEA6v+n/z4A2f9DAOX/GgBLALz/pP8ZAEEAHAAsAC0AMQAsABcA5P8mAC0ANAAlAOD/uf+r/7z/xP/n/+D/LADo/xsA6v/Z/9n/2f8IACwA5//z/8P/KQBMAEoA2//J/+v/wf/Z/9v/1f+y/xQAGgDq/xUAJgAUAND/vf+l/8P/9f/U/xsA6f8BAOz/xf/d/0cAnv9HAI0ASgCM/yEA//8eACYAm/9cAEsAPwB0/6//o/80ACcABQDj/9b/NgAuAC4ALAAdACkA1f8mABwAnv/N/+X/NQDo/ycAMADo/8f/r/+p/+b/HgAZACoAt//a/8//GwAWABsA+f8gAKT/1v/H/97/0f/C/7v/6/8jAOr/w/+x/7b/wP+I/wkAtP/H/xkAx//c/wAA9v/C/63/JwDk/zIAwP/C/wsA5v+v/xUA6v8WAOT/OQDp/zEAp/95/8D/5/8ZAM7/5f9BAC4A5v8nANP/HQDT/6v/QQASAML/3//v/30ASgC3/0EAGAD5/0YAGQAWABQA2f/l/9z/IwAdABoAyv8xACcAFgAvAD4AUwAYAPb/z//L/+H//P/K/73/CgCh/xQAQAA1ABwAwf/n/zgAFgBjAMD/zf+v/8r/yP8qABYAFQBHACkA2//a/73/4P8iAFYAKgBAAOD/AwAFAOT/4//N/83/6v/b/+f/zf+5/ygA0f/B/xIA3/9c/67/5v+d/xkA5v/Y/9j/GQCA/87/tf/c/8z/0P/L/7n/eP/S/6n/4f88AIr/2f8uAOP/2//M/ywA2f/Y/8j/3v8kACEAJgDF/z0A1f9p/9f/4f8YACQAWQAeAKb/v/+r/zAA5P/f/yEA3//n/w4AHQA4ACoAyv/K/2EA5f/h/wgAzf89AOv/rP/Y/4T/3f/O/0YAuv/i/9f/MwDC/9//3v/k/y0Al//U/6v/kP/x/xsA4P8yAMT/5/+4/8T/yv+x//j/+v85AEcAvv8/ACoA1f9kACMASABIAOj/OAAeABsAIQCe/+D/6f8k/5f/sP91/7b/uv81AMD/z//K/8r/jP+1/x0Az/8kAEMAQwAcALz/1f/o/+v/wf/W/xQAQwDB/7z/6v/A/7r/JgAmABgAJQAkAN7/3v/a/xwAnP8sAMT/wP/R/7D/BwD9/04A+P/f/7z/FQCs/zAAvP/k/6v/KADV/7T/4P/q/+z/6f/R/9L/DwAfAPP/OgCo/28A6f/g/+L/3/8cAE8AJwDu/73/7P/n/xYACQDk/yIAFADo/93/Y//A/yAAzf/M/0MA6P8pANT/1P8UAOH/0/8qACsA2f/W//n/FAAAAOn/0P/f/+L/zv83ADMAHgDR/+T/OADY/+n/5/8UAOn/3P9PAOb/FQAgAOX/6P/c/9n/1/8tAM7/PwCt/0AA0v8DAK3/UQAaAAAAyf8yAK7/x/91/3MAzf9//8f/GgA6ANj/0v/z/xQALACn/9j//P8fABsAHgAYABQAvP8jAOH/9/+l/yoASADT/xQA2f/J/0sALgAuALb/hP/a/yMAzv+1/yMAFAD+/+D/m/8YAMj/0f8jANr/l/+W/yIArv81AM7/GgDL/+n/6P/V/9n/PAAmAML/mP/d/8v/LADh/7b/HQDd/2T/c/8WANL/p/8gAN3/1P/e/zIAx/8hALX/1f+5/7X/MgDY/9P/of87ALn/6P93/xsAzv/r/yMALAAfAL3/1v/N/xUA1f8iAKP/uv+3/9X/x/+u/9T/0f/Q/+T/3//I/xQAxP/k/9b/6f/X/y0A4f/q/+r/yv+y/5z/tv8kACAA3//r/+f/y/+8/+j/zv+1/87/FAAZALz/CgAVAFUA3v/H/xQAXgDe/0IAn/9FAEEA4v/K/+v/tv+z/yX/FQD6/9z/8f/f/+f/DwAUAMn/sv9W/xkA1v+2/yIAtP++/8j/1//N/0wAFQD3/9n/NAANAKX/zv8eABoA5P+e/xsAr//c/yQA1v/h/+v/GACY/5X/AwDa/8//0P+8/30Atf+7/9r/AgAlAEoAwP/a/y4ABQAnALj/5//a/2z/vP+e/+D/2f8nAM7/KwAw/8f/vP/Z/yQAuv/L/+j/qP/l/xAA4P/K//7/zv/a/x0Asf+o/wcAl//K/zMA4f/o/9n/rP/m/77/y/93/xIA3v+6/+f/yP8GAKr/IQB//+b/yP/p/ykA3/+T/+b/0//q/9P/FADK/1X/5v/m/+b/lP/N/yz/3v/V/9f/0//m/wQAu//s//z/0v+k/08A1f93/9f/s//a/+L/yf8gACcAFgAUAL3/0//o/+f/xf/G/6D/wf8nANf/tP/r/23/SwD6/xQAOQAsADj/FACa/1v/1v/E/0EA4v88ABQAKQDY/0oAaf8fANT/kv/0/+H/Uv/X/9P/Mv/4/zgAKgC9/yQAJACv/xUAHAAVAKH/CwDi/xQAyP8dALv/zP8EADMAp//m/9X/4v/n/+j/HQDC/+r/1P+0/5j/6/8VAOH/1//V/9n/r//V/7D/vv/r/+D/3f/R/yAA4/+7/zkAxf/s/7X/HgDb/9L/2v8oACoAFwBXANn/wv/P/+L/wv9v//H/GQC//+r/qv/V/93/uv9bANP/6//U/wUA2v8WAP7/2P8uAOv/2P9o/xsAzf+s/87/1f9AAOX/QwDm/8T/0f+3/xUA4f/z/x8A1f9TACEA9P/f/x4AJgDq/zAAGwAfAMb/8P/p/8v/IACi/77/LwDm/8r/KQACADoAEwAVAOn/HgDW/yUA8//l/77/3f/k/8D/TwC//9H/wv/d/xQAs//S/zkAFgAWADUA4f8mALr/yv/M/+D/y//J/8v/w//P/+j/HwDF/+H/5P/i/yAA0v8UAB0AUwDP/+L/6f+s/8D/HADx/6z/ov8iAEEAMQDs/9P/nv/j/+L/6f/l/9r/5P/r/+z/2//Y/+H/zP8uAOH/FgCV/7r/AwA1AOH/zf/w/+n/9P/n/zUA2//Q/97/fQAMABYAwP9c/8j/LwAfAMP/c/8+AEv/x//f/8j/7P/j/8f/0P/E/+D/6v/s/z4Ayv8cAEkAmP/I/xQAIAAlAOD/2P/r/9f/3P+2/+D/6P8gABEA5v/Q/+L/NwCk/9D/FwDT/83/yv/E/8P/yv+3/xUA6f/d/xoA4v/4/+j/HgDs/6X/DgAkABUAw//K/x0Awf/Z/+L/JwDS/0AAoP/X/9T/FAAJAMP/0//F/8b/5//I/wIA6//F/8X/4//d/9P/6f8QADgAFAD0/3T/zf/+/+T/0//q/8b/x/82AO3/0/8MAMf/BgA2AKn/W/8TABQAtv+y/y0ABwDM/0IAjP/N/7n/LQDO/9n/w/8oANT/wP/Z/yQA4f+x/zIAz//e/4X/FABGANT/NwDR/9v/FADE/zcAJgBhAEcAsf/f/9z/uf/J/+P/6P+1/87/w//d/5//rP+E/+P/FgDq/9T/6/+4/6v/tv/b//3/rf/g/+L/tv8qANn/wv/p/9P/x//f/7T/uv+t/7D/5v/L/7P/i/9S/6z/3P8VANv/6f/m/9//w/+3/8v/JwDL/wQA1/+4/xAAFwAqABsAx//O/9f/6f/W/7z/HQDi/93/KgDM/+r/TwDX/xUAIgDZ/zIAd/98/8H/xv/R/9D/o/8WACcAQACf/9f/1f+9/9b/FwDX/ycAJwAgAMP/EwCX/9b/0/8dAP7/sv9TAJf/5v+w/8D/yf/o/xwA0v+m/5f/NQDT/xgAOwBSAOf/UwB1/9z/1P8fACYAvf/J/xIAsf8jALj/CwAkAC0An/8jACYAxP8xAIj/FAAuAOT/jP8UAOX/HwDj/zQAzf/D/yIAvP8XAOj/EwAhABQArP/g/+f/yv/c/6r/1//b/8P/6v/+/+T/1f88ACsAJwARAOL/HAC0/zQAMgDA/+v/KgAcAOb/6/8UABsABQDU/8f/0v9+/57/p/9IALL/yf+x/+D/2f/b/ywAvf/S//H/s/8RAOj/tv+z/9D/v//T/+b/u//C/6X/4v+y/6r/1f9+/zcAyv+4/xUA1P/r/yEALwAzAE4Avf/R/xQA4f/Y/9b/NACk/wsA4f/R/zUAHQCc/7T/IgDn/x4Anf+s/+v/6f/J/93/pv+4/9j/wf+8/zAAYgBCANT/3P/X/+T/rf/J/8v/KwB9/97/rP/M/8n/3P/U/8v/x//h/7L/4P/n/8z/6f/f/xoAJAASACMAIAArABYA6P/e/ywALAAXABoAxP8GAM7/x/8nALv/6P/o/7f/2v/m/+b/1//J/yIAsv++/zkAxv/f/6z/4v/S/+T/x//Z/4T/uP8bABsAGwDI/93/DwC+/8P/5v8iAAMAGQDY/8T/FAAiABkAyP8lAKr/4v8dAAgAyf/R/xUA8f8FAMb/6f/o/xcA4//l/+P/4//f/9j/6f8WAKn/ff/A/7v/CwAQAH//GQCy/xYAFQA6ALn/wv+S/9r/IAANADUAIAAEAEMAy/+Q/xsA6f/o/x8AJgDd/7j/DACU/+b/LQALABQAk/8PAFcA3f/t/xAAFQDp/wwANADU/8T/4v+f/yEANwAXAOD/NwAvAOH/NACo/xsA8f+e/xAAFwAfABAAIQAXAOr/wf8fAMv/rv8WAPL/NwDG/+P/OwDa/+j/0v+2/8f/4v/W/8b/3//g/x8A0v8xAMz/JwDI/x0AHwAcAOv/x/+Y/xQA5/++/9X/0v/Q/+j/pv/g/9//1P9SANT/xf/g/+v/5//r/+T/0v/S//3/FgAzAIf/4f/x/77/MgDp/xoA/f/M/xYAyP/d/6T/7P/j/8r/1v/h/83/uP/s/7z/vf+T/83/KgDS/8b/fv8oANn/yP+Q/7L/tP8qAOD/z//r//D/0f8aALv/4P84ACgAIQA8ANn/n//0/xQAFACo/0cAwf8LAAUATwAYAEAAzv/K/xQAFwBDAEMAPADj/9f/z/+l/5j/zP+9/4n/HQAxANH/v//u/6b/BwDn/9T/5P/n/wYAIwDq/+n/wf8lAK3/LwDZ/7r/3/8eABoA6//o/+f/xP/Q/x4A5f8sACwAmv+9/+L/6f8wAPj/6P+z/7b/0/89ALL/HwBEAKr/OgDq/7z/3//Z/8v/UQDG/xwAJgBBACsAGAA3ACUA0v/d/9b/OwAlAOT/rf/O/xoAlf/K/xQA0v/d/xMA4v+1/+L/FQAdAB4Au//c/xYA4//X/zAAGwDd/08A///y/5f/AgAcAOP/wP+2/+v/7v8uADgA2f/Q/x0ALgDr/5P+4v93ACEAm/81AP3/cf/K/8b/JAAvANz/FQBPAOf/x//e/xUAFQDo/wAAzf/j/xMAFQCQ/xgAIADW/8n/1v+9/9r/GwCx/8H/T/8gALH/FADH/+H/yf+m/8X/4f81AGMApv/C/8r/nf+//ycAy/+K/zsAaAAjADcAMwD3/7T/sP+h/yoAMAApAMf/KQDg/yAAJQAsAOD/JQDV/8H/4v/c/5H/y//W/83/GwDC/8P/JwBW/yUAwv/f/xUA6/+//9f/xP88ACEAAwDr/xcAKwCg/x0A4f8kACwATACQAB0A9P/b/xUAKwAGAKr/wv/L/7z/FADT/8D/2P/W/9z/zf/Y/0wAEwDt/ygAGwAoAAAALgBSABcAGwAXACYAT/9UAK//5//P/9j/HADd/xYAMAAqACgA0P8bABkAFwAXACYANAD9/5T/FAAUACQA/v/h/+P/4f8UALf/2P/n/87/2v/j/ycAKQCc/y0Av/9JAOv/6v/Z/9H/JgDy/9H/w//X/8z/8//L/93/iv/I/+P/4v82AOP/5P8kAMb/3P8vAMf/CQDk/9f/zP/b/yIA9v8aAMv/JwAOAMD/1/+s/8z/wf8kANT/l/8aAMf/GAA2ALD/GADB/5f/3f/P/9n/y/+2/yAAjf++/8z/v//J/ygA5f8dALf/2f/q/1gAzv80AMb/z/8hAOf/qP82AFkAPgBqAB0AMQAXABgAGAArAOP/JAAZACIAKwBWAOL/QwAhAAUAFwAiAN7/v/8FAHz/wf8iADEAQQAIALj/4P/d/+n/NgAVAMT/yf+9/+//GQDU/z0A0/+1/8T/o/+J/yIA1P/n/yQAzP8+AOv/HwAsAMb/HwDp/7n/NgC5/77/vv/+/+X/2//a/9v/ff/a/3L/yf8rABsAyv8UAPv/IAAUANb/FgBMACEA6P+l/+P/GgDA/xYAOwDq/wAAyP/N/8P/4v+g/+H/xv9GAEQA5P+5/9z/6v+g/+L/6/+5/wsA1f/P/0kAHgDe/7L/3f8UANj/5f8aAI//QgAcANj/BQDV/7z/3v/n/9z/zP/g/97/6P/R/+f/5//M/+P/6//k/6L/GQBNAJn/3v/G/9r/FAC1/9r/wP/g/+n/0v/Q/9P/4f/d/yIAFQAXAOn/0v8HAAMAFAApAJP/vP/o/ywAsf/c/3P/5//M/zcAxv9x/0kAzv/N/24Aw//a/+X/9v9MAOb/VADT/4n/4//c/w4AeP8YACYAQQDP/xUA6//Z/9//xf/Q/+P/MwAAAAAA3f+r/xUAPwAqACcA4P/a/9v/4v/Z/9r/0f+z/7z/JQCu/+j/vv8dALz/MADa/+v/6//X/+f/4P8HABUAMgDk/wUAHgDT/z4Auf9GAA8Apf8aABMAqv/W/0kAy//p/8P/PAAjAMr/z//S/ywAof8qAND/2f/c//H/3//k//7/LADC/y0A2P/6/x4A0//N/xcALAAbADgAUQDY/7z/8P8vACAA0v8rAF4A5P8nADIAuf/4/zoAGwA6AMb/wf/B/7H/yv/J/0YAFgCE/xAAMAAnANX/yv/r/8sA7P/Z/+H/cwAUABwAKgDO/xsAyv8cAMH/y/8sANn/Hf8sAOv/wf9PAMf/JwAZANj/GwAdAMT/wv+8/63/8f+w/ygAIgAoAKf/5P/i/zkA6/8VADQAFgDd/+v/MgDY/+b/o/8OADQAMAAdALb/3v/e/9T/MQA4AMr/OwBXAEIASAAXACMAOgDX/1IAIADl/xUAIQA/ACAATABHAEQAQQBLAC8A6v8xABQAFAApAB0AIgBSAEEADQDA/7b/IwDI/9D/wv/V/+j/NwCJ/xQArf8VAM3/NQCb/6r/w/8HAF4Axv/i/yEAUABDAB4APQDr/7r/3v9PABUAFQCw/xcA0/8zANv/4f8jACEAHgAUACEAxP/H/9j/5P/S/9r/zv+h/8X/2//s/+H/4//g/9H/3/8VAN7/y//l/87/6P/p/+T/5/8sANn/vP/z/7H/YAASAL7/4v8mAAQAzP+x/+b/4P8pANb/5v/f/yEA3//c/0QAGAAcAMj/6v8WACwAOwDm/9j/6v/q/93/GwDr/9L/vf/q/xIA6P8jACAAJwAjABcAHwA5ABcAJgAUAMz/2v/B/+r/JADS/8P/MgDV/77/2v+u/9//4P/f/+f/2v/w/7j/xv8ZAMz/wP8uABYAJwA4AOj/LADF/7b/FAAaAGsAqv8QACYAPAC9/wMABQAUAMX/5f/l/+L/i//H/0EAEgAwAMb/CADm/9L/qv/o/7v/nP8VAKn/Mf+9/3j/vf/8/xQAIwAgAFUAKgDk/+P/3P+5/73/pv/P/6b/UQAsAN7/RgDH/87/q/8EAJH/3P80AOT/lv94/+b/cwAeABgAd/9W/5P/KQDH/yUA2P/r/7X/IgC0/83/tv8jABcA4v/n/8f/6v/K/0cAHQDb/8X/zf8ZADcAGQDa/xUAMQDe/8L/wv/i/zwA6v88AMn/4P8wACAAIQBOALn/nP/m/6n/mf9SACAA4f8/ALb/TgDM/+v/LQDq/xkAGQAZABkAFQDA/9D/xv++/8H/2f/I/+b/JgAdAP3/0v/m/+f/IwAdACwAIwD7/xUAZv8fACAAJQDG/6L/jv+7/8//5//T/yEARQAqACQA5//a/ycAov/Z/7//yv8sAOL/6v/R/8L/yv/X/87/6f/h/+P/3f/q/+f/gP/R/3n/2f/d/0oAi/8LABUAxf8gAL//NQDh/9b/FAC0/zcApf/B/wcA//8XAE8A2/8aABQA5P8eAN3/RQA7AFAAGQAgANP/CAADALr/JQDV/8n/rP/O/7X/3f/p/5j/sv/p/9D/3f+i/9H/l//K/w0Ax/8rALD/JwDp/6z/3//W/8z/nv/P/w3/PgBEAOv/zP/o/8z/s//d/+H/vf/Q/8n/LADi/8P/AADF/zQAEwDZ/+n/vP/e/9D/yP/E/9H/OQDP/7L/JADv/xUAPwAnACYAOAAAACYA9v8XANv/JwCc/z4ABQA7ADYA6//O/8f/CAAnABkANAAaAEsAKwDC/9H/LAAqAOf/yP8kAOj/NQBmAPn/UwAmADoA6f/o/6j/uv8YADsA8P/n/7r/p//F/+v/5P86ABgAwf/g/7r/ov/a/53/PADK/47/6v8IAOf/4v+8/xwA0f/a/y4As/+o/97/rf/a/73/kf+1/4b/0//n/+n/zf8qAMH/BAC1/8v/q/8IAM3/EgAaANH/df/r/ycAr/8YAOL/tP/d/8L/tP88AMP/tf9C/9//3/8mAMn/3v++/9v/q//L/9v/9P/W/8P/5P/X/87/8v8VAA8An/8VAMf/xv+i/9b/NgDI/x0AKwDn/9j/xv/W/+P/df+4/8L/u/8rAPP/FgAUAJ7/u//p/ywA1f/c/6n/cv9JANz/EgC+/8n/EQCF/87/vf/7/+r/xP8AABcA3P/R/83////e/8L/AQDY/8P/0P/X/yoA2P/X/9v/GgDr/8X/GQAjAPn/uP/M/+f/s//i/8v/xP/X/4//nf4dAKL/mv+1/zUA1f8lAGH/GgAsAMr/zf/4/+f/GQAjACMAIwAUAOz/4v+9/x0AGgDg/8n/3v8fAJ//p/9HACEAMgDd/+f/4f8pACUAHQDM/5z/PQABACMA6P80ANr/6f8cABUAz//1/xUABQCx/0YAs/8xABgAIwCy/zAASwAjAAwA9//Y/wIAFAAaABoA6/8eANr/yP8lAOT/MwBPAOr/NgAbAMn/qv/a/7z/0v8jAN//IwAnAM7/3P8wAN7/IQBAAC4AvP+d/5r/KQA7ANz/x/+I/6z/4//f/zMAvv/j/yUAJwAsAD4AIgAwABMA2v/P/zQA3v/+/+r/6v+y/xkACwDo/+r/IgDp/3X/5/8rABYA6/+//6v/y/8jANH/tf8bAEEA0v/O/9z/z/+//yAA4//q/97/IwAGAGb/2v80ABgA/P/E/9r/BgDB/9D/6v+7/8z/3v+p/wsA1f/d/wsA6v/s/9X/0f8bABUAzP8eAOH/JQDg/7//JAAnAN3/MADS/wsAFAABABcAGwDr/xUAzP/U/xwAxP/j/xwAIwBTABIAoP/k/x4AyP8VAOH/HgDi/9H/GgDi/6z/xv/q/+r/7/8fABoA1P/f/yIACAC+/7D/JwDF/93/4P/F/3P/lf/Y/+r/vf+5/73/FQBAAL//z//G//f/GgA8AOP/xv8fAOP/yf+6/0cA4f/K/0IA1v8KAN3/6f8ZANb/s/8cABoAtv89AM3/sv/Z/7v/IwAxAB8A0v/i/8X/KwCy/9D/k/+l/+v/pf/j/zMA2/8eAMn/1/98/8//u/8YAOz//P8lAMf/yf+l/ycA5/8fADMABQDc/+b/yP/T//r/GQAQAPH/1f8RAMn/tP8nANL/uf/8//D/1f/Z/8f/1//N/9f/1f/o/+3/x/8aAN//IACy/yIAIQBBACkAFQDM//v/zP8CAEQAJwDN/xAAFwAXACQAzP8dAP//OAAeAOL/MgDM/0gANAA9ADoAFgBGAG3/QQDK/xoAIgAiACQAt/+5/9X/SwAUANL/p/+g/y0AHgDS/zP/FADY/6L/5P8UACMAIwAWABYAvv8UAOP/1//k/xUALQC2/8b/s/8gALn/LADk//7/6P8gACQAHwAZAHYA5P/p/ycA8f8GAOf/IQCn/z8A3f/E/+b/w/+j/+X/zf/j/xUARADr/+z/5P/g/7z/z//E/9T/FADI/+X/vP8WAKb/wf+x/9z/FwC1/8b/5v/m/77/6f/R/yEAxf/E/6v/1f+R/+D/6//r/5P/5//g/yMANABCANX/2v/b/xcA3P8wADAAJgCf/xwAOgDV/9X/kv/g/0YAk//F/6n/uv/a/7r/mf+2/6//XQDS/6//tf/P/yIABQAHAA0A1f+b/yQAxv/H/9H/h/+B/9n/p/9B/zIAdP+O/8z/6/+w/57/7f/g/+P/1//c/8f/DQDr/9f/av8pAMr/uP/P/yoAGwDq/+v/6v/f/7X/1P/o/7//0f/O/7//vf/+/9L/6P8fAAcA6/+u/+n/MgAyADcAxP/3/yMAvf8dANz/1f8iANT/4/8qABQAFwAaALP/HADo/+L/0P/Z/8//KwA7ACAAIAArAOn/JwAYAOP/LgDo/+v/4v/R/ycAKQDm/xMAvP/a/yoA0v/n/5P/t//f/xgA0f/k/8//zP8cAN//1//g/zwAyf+v/zQATAAjAOn/vf/U/xwA3P+7/23/IABe/9v/uf/p/9n/2v/Q/8D/zv+Y/yIAx/9o/9P/yf8HABYAtf/Z/x0ACwDD/8L/MgDz/+j/HADM/93/t//4/zUAEwAjAOL/4v/S/xkA7v8bANn/q/8bANr/uv/H/yMAxv/C/0EA5//+/8n/wf/C/9//IADd/9j/GQAmADEA3f/I/9r/HADr/1D/3P/c/+P/GACZ/xoAsf+t/zgAEwC8/xoA0f/L/8b/FgDn/7j/yf/D/xoAw/8gADQAIAAeAIz/5//k/+T/GwAfAOv/1//i/yIA2f9OANj/vP8eAAgAFADJ/9P/3/8UAOb/tf/B/73/s//A//j/4f8iAMX/KQAbAM7/q/+//5L/yP+3/9X/LgDZ/8L/6v88AOr/3/8JABUAKwDh/9b/vP+7/ycA0v+m/9D/2/+8/+j/2//P/8n/w//s/+j/2P/n/6v/uf/b/6r/1P++/+T/xP8AAC0At/8LANv/0P+n/8f/qv/n/7//qf+H/+X/4P/p/+f/xf9i/+T/4P+a/9//2P/A/8D/5/8XAKL/7P/+/wsAu//h/xYAuP8dABoA0f/X/zQANwAiACgABwAfAPT/6v+o/6j/uv/E/+//VgC8/z4A1f8BABYAVAACABoAh/80AJX/QQDi/wMA1f/d/6f/u/8BAOT/IQCQAEf/+v9PAOz/GAD9/6L/0P/U/wsAIgCz/7L/e/8kANr/EAD6/yIA5f9EAEYABwAYAN//HgDT/yAA5v/k/+b/pv+n/+P/CwAJAJj/VQC+/7//AQAzACQA4f8lAIEAxv/B/7v/MwDf/8r/1f/W/9X/pf/K/7f/mf+Z/xgAwv/R/6H/rv8hACYA5P+C/6v/KQA9ALv/KADm/9T/4f/W/+T/yP8VAEEAGwAjACcA5P8bANz/HwCF/+f/JQAaANL/JwAnACIA7P+Z/+v/w/+4/9v/PQD5/93/xv/i/xoAIwDV/0UAHwC2/z0AOwCd/9b/2//k/yIAyP+U/8v/3v8VACMAFQAVANn/1v8eANr/r/+a/0MAwv/P/xUAPQBMADUAGwC6/xoASQA0AMj/MgD1/9H/of+h/0MA5//s/9P/zf/l/8v/2P/M/8f/RQDS//X/4v8mANL/GQDE/y4A2/8nADQAIQA6AJj/6P/o/x0A5v8CALH/NwDV/9X/KgBOACIA0v/r/+T/5v80AB0A4P/g/6//ov/F/+r/3v/g/+f/3v+7/+v/qv+9/+T/u//j/9n/v//Z/+P/w/83ABUAHwDD/6f/yP8nADkAHAC6/+L/v//H/6v/GgCv/5r/6f/i/7P/OAAiACIAFwCq/8D/4//P/8D/rP/i/+f/2P+x/7//0v/T/7j/x//e/6r/xv/a/9b/v//O/zoAzP/d/6v/yv/V/9P/y//L/4f/qP/c/+b/0f+v/77/3f8xAMj/FwDn/8b/yP8fAML/GgDN/x0ALgAWACoAu//q/+j/3f8eAKz/JgBw/+v/MAA3ACQA1f+8/9v/IwA0ABoAFQDG/7b/zf8gACAAIwCs/yAAt/83ADgAEQBZABYAKwDg/7P/5v8zABYAIgDI/zAAHQA0ALn/k//k/7j/w//X/9z/5P/c/9r/OwAmAB8AKgAWAL//qf/T/9L/tP/K/7z/3v/+/33/qf/d/97/6P/F/8T/OADb/8b/1//n/+n/2P/Y/7b/5v+r/83/zf/l/zkA1/+n/57/yP8cACcALAAcAAYAHQCm/xYA4f/p/+n/1P+i/wcA+f/m/9T/UgDe/+X/5f+//9P/HgA3AP7/QADD/9f/3v+s/xoAQAAkADAAx//U/+v/2v8MAMn/NwDd/woAFgDg/9D/5v8ZAAsAuP/X/3cA6P/q/8b/vf/d/+v/GQDw/y4ABQDR/73/UQDP/9//l/+X/9T/qv8/AL3/z/+s/+L/v//i/7X/5/+1/zEA0/+2/37/SQAiAOT/5P8gAOb/DgDH/7P/m//g/4L/wv/m/7j/wf/r/9T/LACk/5H/xf/d/xUAd//O/6v/2f/f/+j/+//8/7X/3//C/7b/6P+k/6r/6v+5/63/lf/N/0IAcP+//6b/AgC9/63/t/+l/8H/GAC5/+r/JgDX/wwA1f+6/9//KADB/63/v//R/8j/d/8WAH3/pv9PAOn/yP+6/6H/uv8YALT/ZP/A/zEAFQDV/3j/1P8fANb/Wv/a/xUA6/+4/7j/1v8xAEn/0f/E/zsAFQAgAIH/FgBCANX/nf87AOP/n/8jAL3/FAB8/6j/zf8WAML/IQAcANb/IADP/53/HgDo//n/IwC2/+T/yf/j/8D/6P/L/+X/LwDE/6z/3f/e/57/z/+5/6v/zf/n/8P/xP/F/6r/1/+s/+b/5//d/9z/xv/c/8r/CwA5AHX/zf8+AGv/HwAHAL3/1f/g/ygAqf8RADAAlf/k/6b/3/8VAEQACgDQ/8H/7P/q/7f/CABMAPL/hf/t/4r/5/8kAOL/IQAOABoA2f8XAGL/3P/i/+D/IAAfAAsAJQAz/4n/IwCv/+r/Zv/W/8D/6f8jAB4AJAC9/xkAHwAUABkAKAAiAOP/6P/b/9v/xf/j/8n/GAAUAOT/5P85AOn/LADP/63/z//n/1AAFwBJAMj/2P/V/xYAJwAQANT/1P/P/9X/2f/E/9D/zf/V/+j/sv8gAB4A2v/w/yYATQAVADEANwA2ACwAOwA1AB0AFQAhACYAJgATAMv/YP8WADgA4//r/6b/GwDg/9f/3P/W/9H/3P/r/5f/rP/a/+v/zP/o/7H/wf8PAMz/0/+1/9n/zP/U/8//6//J/93/5f8YAL//GQDX/+T/1P8YANT/4P99/yIAIgC1/+f/IABs/73/3f/U/x4Ap/8uAAEAu/8wAN7/1P8XAOf/kf/8/+n/4P+8/7b/1v/K/0EAyf/5/6f/HQDn/xUALQAzAMn/zv/d/9X/0//K/zMAwf8fAEQA2P/W/73/1P/F/83/2//X/1r/2f/m/+T/x/+D/xwAhf8aACoApv+x/+f/IQApALP/zf8UACEAuv/T/9//6v84ABUAIAA2AMz/HADP/9r/LABOADYAVgDG/xoAzP98AEcAof91/8n/2v/k/7n/wP/s/zkAyf/i/8//4P+g/7T/4f/k/9n/rv/a/00AJgCl/6//GwCy/0gA6v/Z/7f/sf/o/9D/of/n/8L/tf/Y/83/1/+z/+b/pP8oACEA4f/+/9T/TQDx/xcAyv9gANT/6f/r/+n/2f/E/+H/FQC7/0YA4P89ANz/IwDL/6j/3/8gADEAnv/q/xsAIADA/+H/yf/A/6X/2v/r/8n/sf+o/xMAv/+N/7//wP/A/8X/QwA4AN3/MgAsACcABwDI/0UAuf8qABkAHwDG/1D/6//f/xgAHwDH/zMAKwAfAPH/BgAzABgA5//U/0QAJwBBAOP/2P/W/xgAHwBDANT/y//Z/xIAsv/I/7//p/80AL//r//D/wQA0f+2/6D/6P/g/yUAxf8YAJ7/zP/s/yoAtv/g/y8AAQDG/+b/4/8yAOj/0v/a/x8Axf9QAJ7/KgDq/9r/w/+8/xUAxf/b/0QA0v8YAPD/YADN/9z/awAcAOH/6v/F/+D/JwB//+L/qf/V/zcAIgDZ/xQAsf/g/xYAFgCa/8b/3P/b/7j/JQAVADsAXAAmAAoAHwC6/xgAGAAtADoAvP+//6H/OwAgAAUAJgC9//n/KwDm/+H/GQAFAEwAaAAbABkAKwDe/9D/IwAKANb/FAAXALb/1f/K/9n/IgAaAA4AIwD4/zcAAgAAAMv/zP8yACwA+P/Y/1P/FAA3AM3/nf8YAMP/3f9LAFMAHAC5/ysA0P8ZAN//6/8vAA4AMAAUAMz/OgAjAMT/6P+7/8T//v///+f/1P+0/9f/GwD5/xQAFAAlAN//6/8VANj/KAC3/w8A4P/b/57/3/9CAJH//v/Z/83/6P93/47/3f/O/+n/5v/m/9f/5//Q/9X/6/9fANX/3P+//8j/t//k/0MA2f/f/xwAvP8jABUAr/+I/+b/2/++/yAA5P8hAMz/KgCv/0wA2v/k/xUAz//q/6v/vv+g/9X/yv/K/+v/5//D/9L/GgDS/3wA4v/U/9P/EADd//n/s//a/7v/BwDD/6b/sf/C/9b/6f+M/8D/1v/1/+f/2f/Z/83/PwAkAM7/NQAVANH/HQDV/8T/xf/U/xQAvv/O/8b/z//d/+v/0P/h/+H/xv8TANX/wf+x/3f/w/8XAOD/FwAyANj/w/8xAB0A2v/W/8L/NwARACcA6v8UAOr/EADg/+v/2P8UABQAHQDR/zsANQCq/+n/Yf/K/9T/MQDi/9r/uP9EABYA1v/W/+L/xf/I/zIA1f9KALP/5v8VAK//6//U/+T/pf86AMf/2v9DAMD/nP/c/zIAzv/b/9D/DADZ/7v/5v/p/8X/5v/l//T/JgDN/93/2//s/77/x//Z/zIAwP8DAC8AWv9DAL3/2v/f/5L/6f/a/7b/2//h/+H/IwDR/+n/FAAtAEsA2/9r/8L/6f8qAOf/6v8gABYADAAuABQAwP9zABYAFgCi/yAADwARAOH/KQAPADkAFAArAOX/9//k/+n/QADr//j/z/8WAAgA3v8lAOX/v//N/xcALAA6AP//zf8jABEAVf/f/9//6//O/xUAwv9aALD/k//1/x8AFAAZAMz/6/8PAOr/FAC2/+b/IgCe/7r/xf/r/97/0/+u/9//2//r/yEA3//p/9v/xP+l/+D/z/+r/6T/yP+2/9b/3v/I/+L/vf+u/57/Xf/X/9f/n//S/+L/5//Z/8v/wv/R/+T/x//r/7X/wf/B/9b/gP/A/83/yv+n/z4A2P8LAND/pP/E/+j/uP/i/xoAFQCx/8D/5v/S/8j/vv/a/xoAIgDY/8D/6/8BABUAFADS/+X/yP8uAOT/5f/l/6z/tP/O/yn/i/8LAOD/LADT/xoAr/91/67/m/8lADoAu/80AFcA1f/H//n/zv/m/9n/LgC0/y0A4P/r/9b/w//I/+v/6/87ACIAwf/+/9r/xv/h/wgAo//l/+b/4f/V/+z/v/9YAMv/GwAVAMH/FADF/+f/5//s/wsA2//G/ysAq//M/xkAuf/L/7D/GwBJAOr/5P/b/9z/nP/F/7L/qP8iAMP/2/+b/7j/JQAUAL//FwCX/y0Av//W//T/5P/N//7/1f/B/8n/s//C/zkA6P8kAM7/0P/e/6L/mf8WAL//yf/b/7r/OQDw/14ANQA0ADIAmP9hAOX/OQBVACcAMgDm/+X/UgASABQAzP+9/w0A/f/V/7j/HgDb/w8A5/+u/7b/YQCV/wgAIQCz/9T/xf9y/7//BQAWAFgAFgCh/9z/RQDH/0IA8/+u/+H/sv+o/z4A6/8rAPr/vv8MAAgABwBG/0gAxv8sALz//f+j/6P/tv8yANr/rf8KAMv/4//6/wwAlP/A/5r/w/8IAML/1P+o/xYAjP/4/9r/1/8BAOf/4f8HAPv/4f8fACsANAD6/6P/GQCZ/3P/t//C/7P/CQDe/zoAFgAWANn/LgAsAB8Az//K/0YA4P+t/8b/2v/E/7n/q/8MAMP/QADM/7n/DQA5AEgAFgBYAMv/mv/D/8L/qP/4/9f/wP+z/xQAIQAUACAAyv/P/6L/2//m//T/PwAdADoAJAAHAL//BADd/83/GgDl/93/TgD5/ywArv+2/y4Az//g/8j/0P8GABMAEADo/9v/GwAoAOX/HQDr/0gApf/J/xsAt/8hABUAKwDu/8z/NQDj/yQAIwDI/+H/NwAXAPT/NQC2/wwAQAAJAOL/qP8uACMAw/+w/53/0f/R/wcAwf8NAOP/GgDf/wEAKwA/AOj/0//e/+v/4v/H/8b/EADj/yQA2P/c/+v/IQBBAA8AKgAUADUAFQC9/yQA3v/G/7v/s/9fACIA/P/o/9n/7v/l/6T/LAD3/zoA4v/l/9n/BgAhAP7/lP8W/8X/OQBr/x0AMwCQ/4b/+v8ZADIAOAAwAOb/4f/a/y0A5/8rAMX/EgDV/9v//v/2/+b/v/8yAN//3P/f/+j/4/86ABgA2/8YAN//6v8sAMz/wv8cAD8A4P/r/+T/DQDU/z0AFwDr/+r/2P/5/yoA3/8UADAA3v/a/9z/HQDL/8T/6P8cABUA0//E/7T/GwDM/zkA0v/G/+H/1f/b/9f/IgAUABQAFABIABwAv/8sAE4AGwAbALP/xf+//4T/GwDW/xsA2P85ACwAxv/g/7z/bwDC/9D/qf+8/18AFwDE/7z/MQDS/yAAw/+4/xUA3v/C/8n/uv/a/zgA9v8WACcAFAAnAMv/5/8OANn/6/8fAAcAwf/h/5H/9f8vADsAwf9SAOv/LgBEAN3/9/85ABAAs//F/zsA6f8RADwALgAeAOv/PwDM/xQAHADe/+P/AQD+/xYAvP/E/8f/rv81AA0A7v8nAOT/HwDf//b/LAARACAAQQAkAEMADQCv/xEAMQCh//T/2v8aAM//7P/U/6v/TQDs/yEA///f/9z/QQDm/+L/uv8UACIAEQC5/wMAr////9r/RQDM/73/JwBXAL//6P/G/8P/KgDD/8n/1f9MAOv/PwAJABkA6//z/+n/rv/f/z8Ay/8qAMH/HwAbABkA0P86AEYA+P+w/+j/1f/O/9H/m/8wABsAtf88ADAAx//f/8v/sf8YALX/1/8RADwAGACb/0oAuf9KAJT/1P/i/83/sf/d/93/5v/r/9v/vf+x/6P/3P/r/yUA6/+9/97/0f/h/+H/FADv/8P/4v8gAAoAnv+2/5j/x//E/4v/vf+2/9H/zf/m/9b/3//q/+T/1v/a/8v/r/8vAFwAQwBIAOb/FQA5ACwAGAC9/7T/6v/i/83/4//1/93/4P/W/w8A4v8WAOD/yf/c/7b/u//Y/8b/0v8JABYALgAsAOr/6P/h/xQANwDr/8H/MADp/5v/KQDr/ywA5/8rANr/3v8pABsAzf/h/yEA8v+w/73/BAC6/9H/1f++/+X/3//F/8X/0v9XACEAWP87AOT/6/8XADEAFAAQAN7/yP8UAOT/HwA0ABQATQAcABwAJADg/zAA/f/L/ysAwv8WABYA9/8jAIb/KgDW/9//SwBA//7/x//U/6b//v8aAN3/t//c/7//FwAXAM//IACW/3f/MgBzAMD/2f/L/5H/Zv+m/8T/5P+j/8n/NQDY/4n/AQAEAML/wP+4/wkACwAbAOH/FAAgAOr/QQDn//7/GwDs/+r/GwDs/9T/HQAVAKT/3v8pAN//wP/Z/xQA3v/f/8//IgApACsANADO/zQA0f8mAM7/GADW/7P/zf9eAFsABwDn/ysAJQCP/yYAKABkAEsAPAABACAAKAAWAB8AKgAaACAANgAZADkAxP+9/93/FQA8ACAAHAAhAB8ANAAWACAASgAlACoAPgDb/ycAMgDd/xQAFABHAMX/IAAOAIX/IgDQ/+H/zf/H/xYAz//V/9j/jf+T//D/JACy/yAA5/8gAEwA2f85ABsA2P8sALn/AgDk/zkAzv80ABoAJAAsAOn/MAAbAFIAIgBAADgA3//K/+v/6//f/83/KwDg/xsA5P8NAH7/2v/g/wIABQDi/2L/zv/E/9z/w//j/5v/5v/R/5H/FABh/7H/OwDp/yEAsf8KALz/LgAbAOj/VgAbANv/yP/r/7//yP/H/9z/zP/d/7z/iv8UAMH/rP/P/+f/AwDg/7r/u//m/7D/xP8zACsA8v8dANn/IwDZ/yAABAAlAN3/OACd/yQA0/+r/5v/4f/r/zcANwA3AOT/GgDq/6D/AgA1ABoADwC//xYA2v+O/+D/t/9CAN7/2f+z/wAA1P8iANr/1P/V//D/0f9CABQA2f/K/+v/FgAUAMf/nv8hABcA9v/j/8j/uv/R/+v/vP+9/xwAGwDr/zQA0v/i/8b/5//M/8b/wv/m/7T/yP8iAPn/4/8qACIAx//g/6L/t//d//D/1P/m/8//OQAVABQAyP/f/+n/pf+j/+n/2f/r/77/1f+e/2IAof/J/9r/4P8iAJ3/5v/I/7X/1//K/9j/FQD4/8n/5v8wAJr/FwC0/8z/nf/o/+L/FAAbAGX/jP/h/8n/hP/D/9n/nv/m/7T/tv/c/7D/xP/4/6b/0//e/+j/4f/h/0gA5f8gALT/sv8rAAQA0/8HACkA6v/p/yIAMQBEAFwAKQDt/wkAzf/H//T/SwAlAM3/5P8lAL3/zf8AAOf/BAAWABcAGgAiADIAIgAiAM3/5P/a/5T/6P88ALv/PADs/+D/OAAjABYAFAB5/6v/af8tAK7/JADH/73/hP/z/ykAYACx/ywAzf8XAA8A5//n/+j/x//E/zwAJgAiANn/1v8sALP/6P/p/8T/4/8CALP/XgAYAMr/BgDx/9T/0P8WAL3/7P+x/8D/yv8ZAMP/PwDU/+r/YgAwABcAPAAdACYANgDo/x0AXgBeAOr/FAAKAND/5//N/9f/TQAYAEkAQwAmAAkALABiACgAQgBAAKf/v//j/+D/DQAWAMj/6v8OAL7/3//f/z8ABwAPANj/p/+//wIA1v+f/xQAyv/F/8v/5/8bAC0A5v+//ycAp/+f/9X+SQDa/9X/rP9BAM//tv8rABMA6//r/+v/rv83ACAAHQDg/93/x/+5/x0A3/9OAOL/o/8sAA8AOv/s/00AKwD8/8z/NwAYAD4A8P8WAB4AXwBOADcABQCr/zIAyP/V/8n/5f/j/+T/4P8cADUAHAAGAAYAyf+q/9X/5f/N/zsAMgDN/9L/wP/M/8H/OAArAPD/GgCm/08A2P/S/zEA0P8mANj/6v8yANz/0v/l/9n/0v9RAND/3//H/93/3//H/6b/6v/F/9b/NADR/yEAnf/k/+n/0/8TAOr/FABGACUA3//2/xQANQDd/yoAFwA8AL//1/9LAM//rP8UACsA2P8vABYATABDAP//3v/P/9j/x/+i/wgAIwAjAOr/TwC1/+z/JQDb/9r/3P83ALD/4f/N/9v/4P9lAJn/JADa/9r/zf/z//f/p/8VAAkALQAeABUAKQCh/87/sP/i/77/5f/e/xwAnf/q/9n/4P+w/8L/EwA5AOz/xv9TAOX/3P/I/9n/NwDk/wIABADv/8T/1v8WAAUAJgDg/0oAAwDw/ywAr//p/+v/FgDJ/ycA5P/m/9P/z//S/8P/0//U/xkAvf+q/9b/uP/n/73/tv++/9L/sP/p/+f/qf/G/wYAyP/L/+n/5//T/7n/zP/e/6f/zv/Y/87/vv+w/yQAw/8QAMf/2P/p/8T/0v/Y/97/DADq/9//0P+q/yMAGwDa/7b/nP/P/+n/vf+e/ysAt//U/7n/gv+1/9H/vP+z//T/uf/R/9P/wf/v/8X/2/+6//7/5v8lANv/vv/h/8H/z//r/97/2v/U/8X/2v+t//r/zP8IANP/b/+f/9H/5/9e/0YAzf9SANL/f/9JAMP/vf/H/9r/0P/T/8v/0f8AAM//FgDO/+T/vf/P/+r/1//j/xQAx//e/zkA+f9wACQA3f/p/5//u//S/7D/3v+5/yMAHAAfAKj/6v+1/z0A/P/g/6z/6/8FACwApv/Y/9L/1v8eACQA+P/b/+P/3/8jANH/7P/P/9z/kP/x/ycAFADZ/8X/3//L/+j/6f/p/8r/LQCa/wwA2//s/+L/5//U/4H/IAAoAOn/yP/L/8//FADT/ywA6P/Z/87/2v/P/4L/FAC4/0P/gACv/y8AEwB1/9j/zf9s/+n/1f8GACsAGgD3/yUAv/83/6H/x/+D/ycAXwDo/xsArv/K/xIApv/o/87/NgDj//v/KgDI/7//7v+1/wIAHQC4/x8ALADM/xQANQAbAOr/BQDl/ycAwP/q/9j/xP/S/+r/HgDq/73/4v/W/9H/HAASAB8Axf/G/8//0P/A/+n/7/+5/+T/4v/T/zEAq//Z/xAAm/9V/4X/lP/H/1cA0/8IAG7/if9V/wkAmf/R/8b/t/+y/+//sP+g/0IAnP8XALf/sP95/wUAdQDL/5z/g/+f/4n/qP9E/5D/J/9GAOD/4P+8/yIAIQC0/y0Aqf82ALD/4v9r//r/tP/M/xwAn/8YAHn/4v/0/zf/qv+C/xQA9P+m/z8ARQAVAEn/ZQC6/x0AKgAdAKH/4//y/6r/n//s/7b/0v8w/13/TwDB/5T/kv+k/5//a/+y/zUAuP99/7b/LQDe/wn/tP8hAFIA9P5+/7L/i//F/8D/vf+s/7D/kv+5/zoAvv9P/3P/zP83ACUAO/+T/6T/t/8aACQARwDG/4//AQBKAKL/nf+P/wYAaf/P/1H/KQC0/7f/i/8bAMv/W/+L/8j/RgAdADUA2/+1/4v/MgCy/7L/z/+z/8j/Wv9MAC8Asf+2/9L/7f/a/wcAGQAKAOb/CABlABMAJ//H/wUAff+F/xMAPwDJ/7n/4P/H/5X/oP+v/4j/pv+6/0YAY/97/9r/HADA/73/RQA/AEAADQCj/5b/w/8//0wAIAApAJn/3v+m/6r/6v+k/+7/HABbALL/IQADACsAgv+O//3/FAC+/ygAN//C/2f/Rv/h/8H/9v/E/7X/u/9X/x4Atf+5/6T/JAC7/3n/rP8pAK//cP+9//P/0v+X/1r/0v60//H/NADc/6r/jf99AOP/s/+L/5P/3v+6/7n/z/8TACcAtf+M/6P/qP+0/7L/VwDZ/9f/FwC0/wQAuv9U/6L/LgAm/7v/wf99AKf/S//g/zkAHAAR/8T/nv+H/5n/rP+D/zUA3f+U/8n/rP/b/63/4v/G/+D/qv94/57/dP9CAEz/Yv/p/53/pP/I/wMA4/8ZAG4AbP+4/63/1v+V/3D/FwAlALz/jP+b/1L/wP/S/7//xP+r/7X/Vv83ALD/HwC0/wkAr//v/6X/FACi/0oAwf8kANn/pP+6/5z/xv80AL//qv+u/4n/jP+5/7H/v/81ALH/xv+p/67/hP+z//D/6/+t/x3/x/9x/0QA3f89AD0Av/92/8b/6v8nAPH/YACl/8r/n/+i/1kAcQDe/+X/Xf+v/7H/qP8WAET/JwAeAKD/9v/S/9n/f/+H/7T/Xf/N/xkAWgAx/x0Awv8XALL/Zv/B/xcAvv8fAKP/AgBt/57/9//g/7//vP86AIP/zf+i/9T/kf+J/7X/p//H/5//g/+n/xYAVv/P/zkAkv+P/6j/ff/A/43/lP+5/6n/xf8VAHL/IADB/2H/xP/D/5v/AwDD/7b/lf8YAK3/sP/k/7D/3//Y/7v/t/9d/2L/pf+7/2r/a/8WAEIAnf/I/5r/JwBF/4r/k/8R/zsA6f+2/8L/mP9C/77//f/f/7H/zv/7/6j/xf9U/7X/9f+q/zAAo/8MAPL/lf+l/xkAOABo/zkATP9a/yb/ov+2/7X/vv+j/7H/EwDV/7z/wv8z/8D/ff9s/73/z/+n/+n/kP+E/9L/MwCy/9X/jf+n/6D/iv+K/6H/ev8OAMD/3/+6/77/eP+Y/yoAy/+e/yoAFQCk/wAAxv/F/6r/4f8oAOD/0P87/7f/0f+X/4P/jP8l/27/6f+r/6z/zv/9/87/s//F/6D/w/++/zsAX/+k/63/gP+2/4v//f+n/wEAkv+2/2v/9f/3/x4Apf+5/0YAjP90/7D//v/R/8X/xv9ZANb/FwDR/woAnP/p/xoA4v+z/7D/nP+1/y8AFADg//7/LADJ/xsA2P/k/7z/yv8FALn/tf+H/isAi/98/8z/JgCx/6f/kv/E//v/CQAuAK3/LACG/6r/v//k/xcAx/90/1r/lv5XAAcAkf/P/yoAPAAbACQA+/+5/ywAOgAiAMX/lf+K/7n/9P+V/+3/z/+b/7L/rv/d/xQA4f/t/zYAwv/j/oz/rv8aAP3/PgBNADkAIgCy/7j/1P9MAHv/of/K/xUAkf+z/6b/2P+1/3QAbf7X/2H/zf+I/w0Aqf9sAJ//vf+9//r/tf88AAkAuP8OAAkAsP/Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACh/xoAx/+A/5v/AQDnAKcACgAYANv/2P9p/6//t/8PAFQAfv5SAKkAsv93AC0Aif8RAKf/EwB5/yIA/v8FAOT/BADe/73/3//n/zkA6f8kAMX/uP/R/zUAFADQ/wQAKQDk/8r/0P/d/7L/cgADAOP/MAD+/y4A6P/J/97/IwDg/7v/5v8cACIAef/Y/+T/4P8ZALr/v/9jALz/sf8AABcAFwADALD/yP/a/8r/dP9JALr/3f8XAOj/1P8GABUA5f+y/zkAOAC2/7T/YAAhAM7/EwAIAIL/tv8GALX/nP/r/+b/6//C/+z/4P8eABcA2/+9/77/7f8lAPX/lf8cAAQA6f/e/yEAnP/h/+L/Yf85AOX/sf/i//7/q//y/yQAFgDD/+n/1P8aAPP/3/+k/+f/2v8GAAAA+v/J/+z/t/+U/5j/mf8UAOX/6v+9/xQA5f89AN3/pv8JAAwAZADX/wUA6P/U/7z/TgAiAFUAKgBCAOj/GQDd/7//FwCr/wwABQAtABQAwf/t/wEAvf+K/7X/BgDm/6T/9/83AM7/HgDd/8n/0v+v/+b/KgAkANX/LgAZABgAwf/K/00AJgAQACcA4f///+j/5v/K/9v/sv/A////xv9h/wEAt//d/yQAIACu/9r/KADy/0EAcP8DALn/s/+2/6//vP/X/5D/GAAhAMv/RQCm/x8Atf+7/xAA4P/e/+j/2f8UAD4A3/8JAB4A3v/R/zoARgAQANT/6v/q/7X/5//B/67/zv/V/6b/xf9eAMn/4//Q/+j/pP+7/7H/vf+9/wwA2/82AN//rv8jADUA2f9JAML/TQCq//L/6/8oAOb/4P9t/+b/CgD+/+D/3f+y/yUACQBkAOH/TAD+/6f/JAAoAAAAMQAxAP7/yf8bABgAyv/Q/8n/1//e//H/GgA6ADwAwf8aAHcAwf/9/+X/zv/V/xAA2f+7/+X/DgDr//X/TgA3ABYA6/+k/7j/vv+7/4b/GwDo/8f/nP8UAPj/wv8SANb/FgA2AMT/2v///3MAJADj/7T/7v/y/27/mP89ADYA2/8iABwAyf8MAP3/1v/i/9f/KgDn/7///P/X/7r/yf/h/3P/5f+l/x0AGQDZ/57/HgAZABkA/v+y/97/tf8aAC8Asf8VAN3/yf/e/7D/HwBeAAcA5P+r/+D/3/+i/9v/6f/f/1UAvP8AANv/BgCz/xAA4P+q/7L/0f/k/4b/FADY/+r/z/8jADIA1//2/9X/OwBdAKb/PwAVAI0AMQDM/xUA+P8eABUAkv9GADsAzf8YAJ7/CwCs/y4A4v8bALb/i/8aAB8AOgDg/00A5/8xABEA0v/P/ywAy//Y/wEA3//C/8b/4v/N/73/sv8uAND/zv/n/7j/9P8gABwAn//f/w4Avf8MAOb/7P8sAOH/8f8lAAsAEwDZ/7X/0P/3/7//PgDP/6H/SQDZ/9P/uv/a/9T/EgC7/4X/5f/D/8z/3v/E/wMA7P8dANX/8f/e/5f/1P8HAB4Aqv8DAKn/3f+w/y8AIADU/2j/RQAHAJD/OwCQ/9v/kv/b/+n/NwCj//L/2P/+/9//5P8fALH/vP9LADIALAA4AAwAzv+d/wIAIwDs/9z/NACo/1oA+v81AJn/of+P/7H/IADP/8r/NAAgAA4A5P9GAEYA0v/y/9r/3v/l/87/BQBGAPv/QQCa/5n/tv/G/9r/rP8pAJf/5/8rAOz/RQAVAM//NgAaABIAsv/h/5D/kP/q/xMABQDD/zkAHgAAABQAr//A/woAvP8dALn/5/8TABoA0f/4/8X/rv8sACgArP/G/woAkv/d/97/bQDZ/+L/t/+5/xQALwAXAB0ALQDn/9v/sP+A//r/v//F/7z/NwBPAPj/AADF/67/vf/F/zQAdv/4/4v/CQCm/wkA2v/A/9f/y//K/0YA1v/p/9X/BgAvALf/KAD///b/HwCw/+H/gv8UAA4A4/82AGoABQCZ/8r/ov+n//n/rf9KALb/pv/g//n/3v/W/9n/6f8VAMH/6v8FALL/9/8wALX/zf+N/73/y/8bAMP/FgBY//L/FQAJAL//IwDU//j/IQDl/8z/CAAlANv/yf+d/7T/5//M/8f/8f+T//r/3f/n/+7/z//i/+f/6f8GAPv/3v8pALT/3P/g/yAA3//p/+j/JwAFAOL/DQAvAOf/vP/Q/8D/5/8EAKr/vv8rAM3/pP/O/8b/BQAEAIv/1P8VAPn/rv+//77/GwCf/y8Axv8HAOL/r/9dACAA5P/Y/8z/1//t/7n/2P9PADEASwDZ/57/5v/R/77/CwDO/5j/wv+t/ywAwv/D/+v/qf8cAPL/wf/e/5P/FgAmAJr/MQCf/y4A+/8cABwACAD3/9r/PQCs/6r/AwAVANn/sP8bAMT/JgDP//D/LACu//z/FAA0ALT/uP+v/8X/0v9SAKf/z/8hAC0ACgD4/7L/of+M/xYAzf8iANv/tf/b/+z/4f+z/8j/4//g/9H/OwDI/x4ALQDL/zAAzv9RADIA6f8sANv/u/9y/73/8f/T/7r/0P/O/93/3v/j/wMA6P87AFoAHQDc/8L/pv/h/y8A/v/J/6v/wP9LAOL/OgC2/9f/2v/S/9n/sP/+/1IAsv81AM7/xv8jAOT/2P/V/9T/pP9AAN//DQACAOn/xv/8/yT/pP/9/5r/SQAUACAAlf+N/zoAxv8FAPD/HQAZAOL/FAAOAAwA7/+r/5r/LQDO/3X/3/84ANX/xP8BACYAFAAiAPX/v/8/ABYA6P8vACsAHwDg/6L/KwAnAEwA3P+1/xgA3/8HAN7/7P+j/9j/zf++/+r/1P8EALf/JAAgADEAvv8UAOT/0f8cAAQADQAzAOD/uf+k/yIA2f+A/77/6v+R/6v/m/8+ABgA7f+o/73/eP/P/20AFwAfAEQA4//2/wAAPwDK/8L/6/+0/+j/2P/e/wwAvP8CAGH/yP++/3v/AABMABYAIwD3/yAASACCACAAtv/d/7f/t/8iADwAIwABAHEAlP/V/97/rP+v//3/rP+R/wkAvP/o/+X/1f8cAN//s//+/xwAqP+0/8z/wf/p/+f/u/8uACMAWgDq/58AQADk/+n/rP+i/8z/lv+w/7D/2f+u/z8Ar/8gANX//P8UAOj/9v88AOz/jv/F/yUAUgDm/+X/zf/W/wMAIQCm/+f/NACq/x4AxP/z/xsAGgDe/4r/5/8lAA0AIADq/5P/pP/I//b/pv+2/zYAXwCy/+T/4P85AOn/sP8xAJz/zv/3/7UA2v/p/9P/NAD9/8j/KgACAOP/2//p//j/tf/F/97/IgBDANb/zf/L/ykAAQDN/xQAx/+5/ygAs//B/+//sf+Z/63/4f+t/6j/Nv/v/0YAFAAeACMAwf+p/8T/q/+s/8T/4f89AEwAhf87ANb/V/+1/x0AzP87ANX/6f/o/8//9//A/6r/pP/1/yYAAQCx////0f8kALv/3v/V/73/AQAVABcArP///9L/w/8gAOD//P/a/7z/IgDu/xUAbADw/xUArf9RACEA//9CADoAKADf/zYAkf8KAF4A0f8UAP7/4P8TANz/BwCX//b/pf8/AIr/EwDk//f/uv+S/67/yv/Q/+T/DAC0/6b/CwAUAMj/rv+R/8z/oP+x/7X/xf8UADQAsP8UACYA1P/M/7b/DgAiAKz/n//Z/+H/OAAVAPf/2f9LABIAzv81AOj/uf8EANb/uP+N/93/AAC+/1oAEACs/6L/KADP/6//JADd/8H/6P+o/8v/1f/b//r/IADj/zwAy//j/yQAFAB7/4H/BwDP//L/SwAyAPT/DgDf/yEAwv/e/yQA1f8VAKH/5//U/7v/zP/k/4v/3f/R/yAA4/+7/zkABwApAB4A2//M/8//RAAoABcA7f/S/8P/w/8WABcAx/+s/+n/zv8XANX/LwDl/xsAeP9JAN7/t/8RALr//v/K//7/sv/4/6H/8v9iAN7/ov8iAML/1v/m/9D/MAAlAMP/BgAUACYA9f/D/93/PAA1AOH/JgCq/6L/gQC3/9r/zP/j/8D/FACn//H/CACa/0AA3f/T/yT/vv+d/7v/2P/h/8z/DwA1AM//3v9NAAgAJAAOAJ3/4P8QAOz/PgDq/8r/GQA1ABQA9f/5/8r/xP/D/+H/t/8NAMj////Z/6H/MQDN/xsAJAAXAOH/sf/h/9z/sv/O/87/XQDR/9v/OgDE/ywAIQCx/8n/3P/V/4H/LQC//63/UP8VAOn/k//M////BwCp/+n/0f+8/yQAxv8BAPD/zP+h/67/CQDE/9f/PAAgAKX/LAAgAAkApf/B/8P/r//E/+T/if8tAN3/MgAxACcA6v/i/yYANwAqANT/6/8UABsA5v/Y/xwAkP+//6z/FgCX/6H/Pf/M/0wA6f8WAKr/IQDZ/zQAyP8cADMA4f9CAPj/pv+//8r/EQAaAFoAof8WAOj/3v8sAPv/y//g/+j/6P8AALf/yP8fAAQAQQDI/7T/vf/W/zMAGQAiALn/FADe/yQAq/8XADUAJQDj/woA3/8uAOn/DQC8/9//4P/g/y8A4f80AMD/r/9HANH/HwACAOX/hf+D/9z/LgD3/6v/DQBCANr/of/W/7X/pv/g/9H/4P+n/+j/mv/S/9T/7P+d/8r/xv/W/+T/zf+E/9j/AQC8/5f/sP/r/9H/GgC7/xkAn//r/yQAFADp/xQAHgBDADwAuv/O/8//EwD5/9D/wf/s/63/SgDL/9n/LAAwAOT/6P+z/6H/GgBGADEAEQAoAKEA5/+Z/1EAvP8IAOL/lP8JABIAmf8VADEAAQDK/yIAwv+v/wkAJAAXABcAIQCq/6j/r/8mACIA4/+G/6v/IwAaALX/p/+6//n/DQAEALf/zP8cAKn/BABMANX/yv/A/8v/NADG/63/+P/d/yYA/f/E/woALACl/8b/wv/D/ycAVv/0//r/y//c/xQA0/8fAMH/wP/H/8H/TADC/83/ov+EABcAPAAJAC8At//R/0IAvf8tAOv/EgDg/+H/FADW/63/v//y/8r/sf/r/8v/LwDH//7/zP8JAPL/KQDb/7f/1//e/xMAzP/F/8//7v+1/63/CQC1/8z/5/+m/8P/zv8LABoA5f8TAE4A5//x/7//GgD7/8n/yf/z/xUA0//J/73/AwAvAPn/xP+Z/6P/EgDU/z8A5/9rAAkA6/8EACwApv+5/y0AwP/U/wQAMADY/wUAxP/n/9z/zP/g/97/6P/R/+T/5//M/+P/6//k/woAeP+7/6D/6f+q/9L/w//H/yIA/f8xAMP/8//Z/9//r//h/xUA6//5//X/o/8XADQAIAA/APv/zP/Q/9H/2f/Z/9H/z//o/7D/vP8UANL/0P+r/8b/tv++/x0AvP8wAP7//f+6/83/xv///zcApf80AND/FQCe/+H/9v8eANP/+v8zANj/IgAJAKz/k//6/zsAuf86AD4ABQDE/9j/IwCT/8H/iv/a/xcAQgCZ/6kA1//8/5H/OgDu/9P/6/8TAMv/kf/C/7n/yf8aACMAFwAEAOb/zv8HAOv/MgDe/xYA3f/r/8z/NADY/+b/GQAbALb/3v/e/8D/1P8CADgAqP97AAwA//8UAB0AwP+0/wsAyP/P/wsAqP+0//H/PADN/9D/2f/T/z0A5f8IAA4A/f+f/+j/uv+3/yIAEgAbAL7/AwDW/+b/OADf/6f/1P8JAMX/3v/S/+D/8/+S/9z/6P8gAFIAJgAUALv/iv/0/xYAqv++/9r/6P+X/7n/3/+L//D/5f9D/4AA3v/m/00AGQANAOv/EADe/xwAtf+f/zwAHACu/8n/t/8wACAAIQAjABAA1//T/2EAKAA/AEkAGQAZABkAGQAVAKj/2f/I/83/FwAYAMD/q/+7/9D/VQDn/77/vP+3/7//xv+L/wwA5P+i/9j/TAC9/+r/xP/R/+b/FADi/zUAqP/I/8T/xP9GAMz/sv8kAFMAov88AG//8//A/wUAt/8uAL//7P+X/+P/3/8jAHz/vf/0/8n/+P8eAAoA///G/5L/2v8fANb/t//8/9P/uv+z/7f/oP8mAMT/3//K/83/+v8ZAKP/IwAjACMAFAAmADMAMwAGADYA2//w/9L/4f/f/yIAkv8IANr/sv/m/+j/3f/W/xYACgAyAMv/xf9M/7//IQDe/7f/FQD7/2b/BADo/+f/3v/T/7n/vP/1/wEA8v8GACAAJgDq/wcAxf+3/73/p//h/+//FQA3AAkA9f9GAOf/vP/u//L/p//O/yIADAAhALX/3P8OAK//JQDd//P/zP/b/xQA2f/H/9f/zf+4/6j/cwC4/xYAmf/k/y0AFABoACMASwC6//j/LQCT//D//v/M/yAAq/8kAPr/qf/U/5f/SgBSALv/PwAfAML/zf/M/7T/+v/I/8b/1P8UANj/4P+q/4T/0P+L/xcAmv+D/93/rv/s/yAAsf+0/5H/BwDQ/+v/2v8NAKv/NADR/6//hf8eAO7/x//F/9z/BQAmAJ//GQA6ANX/1f+o/73/FgC7/7r/lf+w/zYAHwCr/5H/DwDx/+X/9v+6/2f/GQCn/+P/tv/D/wEALACs/8f/1P8qAN//CQD5/73/l//R/+v/6f8yADIANwCP/8T/yv8NABwA6P+h/9n/DgALAOn/TAD+/+P/AgAIANv/tv8CAM//5v8rALz/GQDN//7/5v9M/83/2v8RAKb/KwDP/73/3/+h/0sA1//P/+b/9f8xALH/5/+S/xwA3P+Q/+v/uf+5/+n/pv/F/5j/IgDH/zgAyf8RAJX/1P8FAJn/OgDz/xIAxv/o/xwAqv/S/93/FgAvALb/IQC6/+X/BQCp/xkAJgD1/8f/3f9NAAgAGgDj/y4Asf+o/7j/xv/k/wQAGQDM/+P/7v8fAOX/6/+7/6z/xP/r/zUAFACt/9r/qf/c/+3/x//B/9j/kv88APb/5v/W/7T/OQA0ANn/FQD8//z/6v/f/wMA6P+4/+f/pv9v/+7/3P+5//n/8P/k/8T/3f8LAAsAvv+q//H/5P/B/9//2P+z/8D/BADT//X/CwC7/+H/FgDU/7j//f/k/+f/4v/E/zQAKAAoAM//9f8dABUArv+L/8f/0/8OAAEAXgDD/5v/DwDU/8L/0f+h/x8A4f8mANX/PQDA/7v/u////xkA0v/W/8n/5P/b/ygAOAAiAAAA7P/2/7j/+f8VAN3/xv/H/ysANwDM/xgAbQCY/wgAGgDr/x4Azv8MAMH/tv/L/97/GQAVABUAl/+3/w4A1v9t/+T/2P8sAM//QAD9/7H/GgBwABkA8f8KAP//7P/D/+f/g//R/6j/2/8uAML/TwA0AOv/1v/k/xEAjf80APH/0f9IAOj/FwBk/8f/u/8eAMv/IQA3ALX/FgDc/77/rv/5/83/2//V/+j/HwDV/+//vP/C/wkALgA0AN//vf8vAOr/RQCh/6r/xv/4/xsASQA3ADUACwDV/xYA8P/W/wwA2v9AALz/qP+p/6L/FwDD/97/6P/F/+X/5v+6/wgAIgDp/+P/8//q/+b/FAAOAMT/5P+i/x4A0P+9//T/DwApAAkAHACl/6P/6//a/wwA2P8ZADMAsv+l/73/3f/Z/5X/yP8/AMz/8f8KAC4A/v/c/7X/NwC9/9H/GQD+/9P/JAAkAND/1f8UAO3/YgDV/57/3v/l/x4A9//a/xAAuf+A/6//xP/I/8//zP/d/8r/EQAZAB8AFAAZAAEARQDj/8r/4//j/4v/9/+X/zYAEADk/wIAOQDp/7H/LAA6AKP/r//Q/8X/HgAvAPr/3v8EAN//uP+X/xYAi//v/9T/vP/k/xUAuP+s/77/DADa/+f/4/8mACQABgARAM7/4//J/7X/n/+//7T/HgC0/wAAtf/b/yMAbP+9/xQAz//p/63/9v/i/83/HQDP/xUADwC3/x7/SwDT/5D/IwAHAM7/6v+y/yEAHAAXAL3/1P/F/7L/1//o/+H/KwAhABMA/f/I/8b/wf/g/5L/zP8bAL3/yP+y/0gAmf+9/+j/EQD+/ycAEQDV/+//GQDv/xsAIwDZ/+H/OgAyAOH/1P/J/8D/7P/m/8D/BQC8/2IAGQAEABgAHwDH/zMAEABPAKn/9/8zABgAxv/U/0QA6//E/7r/2P/W/+//PgAfAM//qf+7/6f/NACL/6n/qP+i/+D/hP+6//H/4P8lANr/ov8XAP3/KgAlANX/y//E/xkAv/+z/9T/HwBYAJ7/+f8kAJD/vP/F//7/yv8fANL/GwACAFgAAAAeAMz/nf+w//X/+//G/9z/zP8jAFMATQBLAJv//P/W//z/2P/4//j/jv9OAAgAuv8nACIAKwCv/ycALgDW/wkAuf/q/xQAGQDZ/9j/3f+G/9X/EwC3/+v/zf+c/9r/4/8cAPX/uf+k/9L/bv/E/8X/CAC3/xwABgDz/xoAz/9HAJb/5/+H/8T/r/8PAA0Aof+//7P/0P/m/6P/3P+k/+D/s/8EAMr/t//C/7z/IgBM/8b/EwDD/0AAwf/W/8L/HAAKAMX/IgAtAOf/6v/o/w0A6/8FANH/AgAaAL3/cf/U/xsA4v+k/6r/uP8gAHT/p/++/1EA+/8VAKb/MACd//r/2f/s/y4Ay//E/+b/2P8aANX/nf+4//H/DgDa/+j/0f/h/8D/SwDi/5L/3v8hAAUAvv/v/6H/wv8XAJj/pf/O/0EAo//F/+v/3v/T/67/3//b/+v/IQDf/+n/2//E/6X/4P/P/6v/pP/I/1H/LQDl/8n/Xv/B/9//6/++/6f/4v8YAM//VADq/xgAx//5/6f/6/+5/xgA6//r/yUAPQDB/xAAzf/O/+D/4f/T/1gA1//y/xEA0//G//D/5/9m/wsAx/8dAMb/2P8iAAYAKwBNAKD/MQAlAMr/rf/J/wgABgDL/wgASgDj//r/vv8JAJT/hf/D/wgAwv+5/9T/u//v/xYAhP/4/9r/1//p/8P/MQDh/+X/BwD7/+H/BwAXALX/s//9/+T/wf8hAAsAiP9LAJr/5v/0/1QAZwC//wQAJgAdAOj/z/8FABgAm//l/+D/vf/N/97/CQDm/xcA9P/U/23/QAC7/5//GwC1/+3/bwC0/2gAyP+4/+v/zP/J/5b/yf+R/wMAy//n/8r/KwAKAJ//z/81ALX/u/+8/9T/sv/G/8H/SADX/yMAu//i/5z/2f/v/7v/y/80ANX/nv8gAPb/rf/k/0EA0f+P/6j/of+u/5r/WgC+/97/1/8VADsAGACS/43/NwDE/+L/zf8EAMr/DwDL/77/yP/R/63/6f8WAAoAQgAsANr/HgDH/+b/LwC+/9f/GAAZAL//yv/S/1MAIQBO/+n/OwAoAMf/FgAoABQA0v8kABgAx//U/9T/6//p/8X/wP/Z/x4A/P8UACMAIABVAKD/0f/Z/xQA4f/e/9//z/8iAAAAzf9eAEAAVgBbAAcA4//e/0cAcgBkABwAHAAbAC0ArP8+AMT/YQAeACUAPADN/xsA///f/7j/AADK/9P/z//G//X/UADZ/9r/PwDh/zkAGwDY/ywAs/+5/wIA4v85AEEAFgAsAPb/KwA4AEAAPwAoAMj/OgC+/7n/1f/I/9j/KAD+/wQAcv+l/7z/vv/N/3H/uv/m/1AAFACQ/wkACAAVANX/HwAjAAsAIACv/9X/2f+z//j/vv/K/77/xv/p/y4ABQBDAOD/yf/S/wcAFQB6/+n/HQDJ/9n/BQD2/wkAtP/M//H/jP/h/8n/s/+H/7D/iv/p/4j/uP+7/8H/p//s/wMAHQAfADUAzf88AA4AIgDq/yIAwP8iAOT/5//9/xYAEwADAL7/4f8RAN3/0/88AI//PACj/7r/MgA9AB0AAQDH/87/8P8CALP/XgA/ADIAKwD7/8P/IQDo//H/5/+9/6T/tv8QAAIA6v8uAAYA0P/e/zIAzf8jADsASADg/+P/AwAUAM7/q//K/7r/6//n/0cAWwD3/4v/5/8qAMX/q/8IAMb/kv/0//P/MgDI/5v/xP/B/yUANwArAPD/LgApANv/KgCM/8f/1/+O/6n/7f8zANz/HgD0/8f/q//Y/9L/y//3/+z/r/+d/9v/2v/c/zcA2v/N/8n/+//J/xgA5v8EAMn/KgAoAPr/yP9E/8j/2//a/43/QAABAEkASQCL/8f/3v8jAE0AAgAgANf/DgD4/8n/u//G/wkAnP/u/73/JwAfAPT/4P8mALv/JwAUAP//w//9/+f/uP/5/2r/wv8gANn/0f8eABQA6f/I/7T/vP8UAOD/o//w/77/2v8TANX//v+K/7//kP+9/+X/HQASAMT/CgASAOz/AADR/0QAz//A/6n/u//W/8D/6f/V/8b/uf/R/7X/MQA=',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-47, -30, 16, 11, -51, -32, -36, -47],
    classWeights: '9//W/xcAFgDN/xIAyv+r/+j/7P/V/+X/9//m/xIA6P8AAAAAAAAAAPX/AADs/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA5f/s/9n/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/6v/t/+v/6/8SAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwDn/+f/6P/o/+b/6f/p/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/AADj/8n/3f8WANn/6v/t/xQA7f/u/+3/7v/s//L/AAATAAAAAADu/wAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADw/wAAAAD6/+//7P/v/wAAAAAAAAAAAAAAAAAAAADr/+j/6P/l/+r/FwDW/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/yMA6v/u/wAA6f/X//v/2P8qANj/4f/X/+H/1v/W/xcA4//q/+z/6//m/+r/6/8AAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAABQA7f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/OADC/+L/5//i/9D/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/3/+z/6//0/+r/6v8YAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/u/+//7P/s/+3/AAD7/wAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAO7/8v/s/+z/7v/q/+r/FgDr/+z/6P/q/+r/6//s/+z/7P/s/+z/FADs/+f/8//k/wAAAADs/83/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADU/97/5v/o/+n/HgDj/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/97/2v/h/9n/2P/l/yIAEgDU/xQAvP/Y/93/3f/H/+3/7//t//P/8v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/6v/o/+j/5v8WAOj/FAAAAN7/3//s/8j/2P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQALX/xP/W/9b/0v/3/8j/6//s/+z/7P/r/+v/FQDr/9b/wP/q/yEA2f/N/wYA3P8AAAAAAAAAAAAAAAAAAAAA6f/o/+f/5//o/+b/4v8ZAAAAAAAAAAAAAAAAAAAAAADs//j/1v/X/+H/2v8RAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOn/z//k/9P/4P/j/yIAwv/s//L/AADs/wAA8P8UAPj/7/8UAO3/7P8AAPP/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAA7v/x/+z/7P/v/ygA2f/y/+z/3v/p/9j/7P/y//H/AAAAAAAAAAAWAPP/8//w//b/AADl/wAAAAAgAMr/yf/X/+b/4f/b/97/NQAAAAAAAAAAAAAAAAAAAAAA5//k/+r/5f/X/+r/6P8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAO7/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s//n/AAD5/wAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8AAO//6/8AAOL/GAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADp/+v/8P/n/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/xQA7P/s//r/+P/6//n/+f8AAAAAFADs/+r/7v/y/+v/7P/o/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA7f/s/+3/7f/t/+3/FADt//D/AAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAADy/xIA7//s/+r/7v/s/+z/7P/s/xQA1v/0/8T/l//G/8z/KgC3/wAAAAAAAAAAAAD7/wkAAADq/+D/4//k/+D/4v8XAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/+/8AAAAAAADy/xEA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/FAAAAAAA7f8AAOz/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8Avf+f/7L/s/9P/xEAuv/t/xQAAADu//L/7P/s/+7/3f/s/8j/4P+6/8T/GgDV/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A5v/c/wAA5f/X/+X/4/8AAAAAAAAAAAAAAAAAAAAA2v8TANL/3v/W/wAA2f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAPL/+f8AAPL/GAAAAAAAAAAAAAAAAAAAAAAAAADT/ysA0P/M/+n/yP/h/8L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+T/7P/w//P/5v8WAAAA7P/s/+z/7v/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADt//D/AAAAAAAA7P/t/xQAAAAAAAAAAAAAAAAAAAAAAK//EQC5/7D/8f/S//H/5v8AAAAAAAAAAAAAAAAAAAAA5/8oANr/4f/e/9z/2P/p/+T/GADr/+v/0f/l/83/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y//H/+v/y/+z/FAD4/+L/5v/T/+L/v//l/x4Azv+v/9//rv/K/7//o/8tAMX/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/wAA8P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/7/wAAAAANAN3/3P/r/xQA6v/Z/9b/AADo/+j/FQDx//r/7P/s/+f/7P/v/xQAAADy/+z/7P/u/9v/8v/U/9r/2f8AALn/BgDs/+z/AAAAABQA7f/s/+3/zv/F/9T/1v/Q/+j/GgDA/+n/6P8AAAAA3v/T/+v/EQAAAAAAAAAAAAAAAAAAAAAA7P/v/xQAAADy/+z/7P/u/xQA7P8AAAAA8v/s/+z/7P/r/+v/9//q/xUA6//q/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s//v/AADy/+z/9f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//3//f/+H/3f8kANb/2v8AAAAAAAAAAAAAAAAAAAAA7P/a/wAA2v/i/+z/4v8IAOz/FQDu/9T/7f/s/+z/7P/7/wAAAAAAAPT/FADu/+z/AAAAAAAA+f/7/wAAAAANALz/8v8LAND/xv/O//P/7v/s/+z/AADO/xUA7P/r/8n/AAAAAAAAAAAAAAAAAAAAAO3/zv8UANv/6/8AAMv/uv/s/+3/7P/u/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/8z/s//z/8b/ov8dAOD/6//Y/9v/6v/n/+P/3/8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8nAOr/4//l//P/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAADw/+3/6P/p/9f/DwD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/wAA7//x/+z/2v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA7P/r/wAA7f/c/9r/6v/s/+z/FADs/+z/7P/r/+z/7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/i/wAA3P/a/xAA2//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/o/+3/6//r/+z/FQDs/+v/6v/q/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P8ZAOv/7P/i/+j/6//a/+z/AADr/+H/2/8AAOf/7P8UAAAAAADx/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAA7P/a/9j/HADs/+j/2v/m/wAAAAAAAAAAAAAAAAAAAADr/wAA1f/o/+n/5P8FAOf/AAAAAAAAAAAAAAAAAAAAAN3/7P/Y/+D/4//K/ygA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/1f/q/9n/6/8AAM//AADX/9X/x//Q/9r/QQDQ/8//v/8AAAAAAAAAAAAAAAAAAAAAAADe/wAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8cAPP/AAD4/97/4//g/wAAAAD1/wAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/d/9z/7P/p/93/GwDt/xMA2//X/+7/7P/7/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/4v/s//f/6v/o/+b/GQAAAAAAAAAAAAAAAAAAAAAA2v8AAO3/7f/s/9n/7P8PAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/q/+b/6//r/xgA4/8OAMr/2P8VAN//1f/N/8n/x/++/6f/wv8OAA8Ay/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/5/wAA6f/1/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAPn/AAAHAOz/7v/u/+3/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAkAIgC5/8f/yP+8/+P/u/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADg/+D/4v/d/97/3P8hANv/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+P8AAAAAAAD6/xQAAAAAAAAAAAAAAAAAAAAAAAAA4v/r/+z/7//r/xkA6v/s/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA2P/a/9r/2v/f/9f/AADs/+z/7P/u/+3/7P8UAOz/6//r/+r/6//s/xUA6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9//6/xQA2f/s/+X/7P/i/97/6v/q/+n/5v8bAOn/6v8eAOL/2P/T/+n/2f/n/+//7P/t/+3/7P/s/+z/FADm/+v/AAAAAO//9P/Y/xQA7f8AAAAAAADt/+z/7v8UAO//FwD6/wAA8//v/+v/7//e/9z/xf/F/wAAEwDs/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/IADs/+3/3P/d/+r/AAAAAAAAAAAAAAAAAAAAAAAA3//p/+n/+v/4/xoA5f/j/xwA4P/c/+X/6P/a/+v/zv8xAOP/3v/m/9L/2f/X/wAAAAAAAAAAAAAAAAAAAADt/xQA9f/5//D/8P/s/+7/AAAsAPX/AAAAAAAA1//6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8bAOX/7P/r/+D/4//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/7P/l/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/7//r/+v/6/8WAOr/6//q/83/0f/p/+v/GwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//AAAAAO3/AAAUAAAAFQDr/+n/3f/p/+3/4P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t/wAA7v8fAO3/7f/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9f/7v/3/+H/6P/s/ycA7P/q/+v/6//s/+z/FQDq/+z/7P/t/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/2P/p/+z/FQDs/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAPP/7f/s/+z/FADs/+3/5f/6/wAAAADs/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7f/z/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/6v/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAADw/+z/7P/s/xQA8P/t//P/9f/s/wAA8P/r/+7/7f8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8lAJ3/m/8AAN7/AAD2/+z/6//b/9n/FgDs/+f/7P8AAAAAAAAAAAAAAAAAAAAA7P8XAOv/7P/p/+//3//r/+z/8P/0/wAA7/8UAOz/7v/t/xQA7v/v/+//+v/s/+7/5P/e/+n/6P8PAOX/6P8IAOz/7P8UAOz/7f/r/+z/7P8AAAAAAAAAAAAAAAAAAAAA6f/l/9v/0f/a/+T/EwAZAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAD4/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAPL/EgDv/+v/IADp/+v/5f/s/9j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/z4A+f/5/+P/9//H//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/ysA9P8AAPf/AADU/wAA6P8VAPX/9v/q/+v/6P/s/wAA+/8AAAAAAAAAAAAADQDr/xgA5v/e/+j/6v/e/+r/AAAAAAAAAAAAAAAAAAAAAOf/IQDe/93/6P/p/9v/3/8AAPb/AAAAAAAAAAARAPP/7P8AAAAAAAAAABQA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/xYA7P/s/+n/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAPb/GwD5//n/7f8AAOb/7//4/x0AAAAAAAAAAADk/wAA4v/p/9n/5P/c/9n/GgDk/wAAAAAAAAAAAAAAAAAAAADt/xYA7v8AAO7/AADq/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/wAA1//b/9f/9/8AANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO//+f/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7v8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+n/6//q/+j/GADm/+L/AAAAAAAAAAAAAAAAAAAAAOb/HADl/+r/5v/o/9v/6P8AAAAAAAAAAAAAAAAAAAAAlf8UALP/yf+W/5n/GQCw/wAAAAAAAAAAAAAAAAAAAADS/zEA1P/Z/9j/4//D/93/4P/e/+H/3P/r/9v/1f8sAAAAEwD7/wAAAAAAAPX/AADj/+r/5//l/+v/9//k/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+P/9f/3/wAA7P8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7/8AABQA7f/s/+z/7P/s/+b/7P/q/+v/6/8VAOz/FAAAAAAA8f/s/+z/7P/s/+7/EQAAAAAA7P8TAPL/AAAAAAAAAAAAAAAAAAAAABQA7P/t/+3/7f/s/+z/7P8AAAoAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAOX/IADb/+T/5v/a/+n/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAA+v/y/wAAFQAAAAAAAAAAAAAAAAAAAAAA3f/Z/xEA7f/m/+r/2P8NAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/AADv/+z/8f8UAAAA8P8jAAAAAADw//n/AAAAAAAAAAAAAAAAAAAAAAAA7f/s//D/8P/t/+z/7P8UABUA6P/g//D/6v/r/+r/7P8/AL//yv/E/8//0/+5/8j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/0//W/9T/3f/M/xYA2f8AAAAAAAAAAAAAAAAAAAAA3//R/wwA6f/n/+X/CADi//L/7P8AAPL/AADv/xQA7f8cAOL/6P/Z/+b/5//j/+r/AAAAAAAAAAAAAAAAAAAAAPL/8f8AAAAAAAAAABYA8/8AAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/T/9b/zf/H/9X/LgDm/+z/7P/u//P/+P/r/xUA5/8AAAAAAAAAAAAAAAAAAAAA8f/h/+X/5//p/x4A2P/p/+f/6P8aAOr/6v/n/+b/6f/O/9z/KQDD/9X/0v/c/9n/IADr/87/x//m/9z/AADH/wAAAAAAAAAAAAAAAAAAAADf/+f/3v/V/+b/5/8cAOz/4//x/+f/2f/d/+v/CADf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/+f/7/wAAAADn/zEA0//j//P/AAArAPX/4P/H/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//X/+z/5//Z/wYAAADi/wAAAAAAAAAAAAAAAAAAAADv/+z/7P/t/+3/7P8UAO3/6f8XAOv/6v/q/+n/6f/p//H/6v/t/+r/FQDt/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD0//X/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/6/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//D/AAD2//b/FADx/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wYA9f8AAAAA7P/m/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+//AAAAAPv/+v/4/xIA7P8rABQA6f/n/+b/2f/N/+3/AADY/9//4P/l/xMA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/9f/y/+3/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/d/+X/4f8AAOn/5P8LANj/AAAGALz/vv/R/woA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAOn/7/8AAAAAAAAAAAAAAAAAAAAAvv/D/9H/1v/1/wAAAADl/+z/FADs/+z/7P/s/+v/7P/3/xQAAADu/wAA8//u//D/7P/s/xQA7P/s/+z/7P/s/+z/7P/y/wAA9v/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAOz/FQAAAOf/FADq/9v/2f/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAD2//r/AAAAAAAAEwD6/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3//f/AAAAAOb/9f/s/ygA9/8TAMn/pP/v/9D/5P/J/xQA7v/u//T/8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/t/+//9v8AAPv/FADy/wAAAAAAAAAAAAAAAAAAAAD3/9//FAAAAAAA2P/k//P/5f/W/+b/s//V/9P/2v8dAAAAAAAAAAAAAAAAAAAAAAAOAO3/3P/S/w0A1v/N/+P/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/+T/1/8AAOH/3f8IAMb/wf/f/+X/2P/d//L/CgDs/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s//D/7P8UAO3/7P/s/+z/7v/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADP/6X/0P8AAML/4P/1/xEA1f/S/8j/4P/b/zkAxP/Y/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/FQDs/+P/AAAAAAAAAAAAAAAAAAAAAOz/FADs//L/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAJwDg/7z/t/++/8f/5//4/+z/8v8AAOz/AADw/xQA+P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANv/5//s/wAAAADd/yUA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wkA1/8AAOz/4v/o/+X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/1//L/7f8UAO//7P/s/+z/7P/z/+3/FADs/+z/7P/t/+//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADx/6T/vf/G/wAAx//f/wAAAAAAAAAAAAAAAAAAAADr/xUA4P/d/+z/6v/o/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7P/a/xEA4//6/+n/4//6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/9j/2f8JAOH/1//F/xAADQDc/wAA7f8AANv/8//s/8n/7v/r//H/4v8aAND/8v/s//T/+v/z/wAAFADo//L/7P/s/xQA7P/u/+3/7P/s/+z/7P8VAO//9f/s/+r/7P8AAAAAAAAAAAAAAAAAAAAA6//p/+z/8v/s/+z/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+7/7v8UAOz/7P/s/+3/7f/0/+//7P8UAOz/9v8UAAAAAADt/wAA7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+3/GgDn/+n/+P/x/9//6P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7f/u/+3/7v/s//L/7/8UAO3/7P8AAPP/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/6//p/9//HADp/wAAAAAAAAAAAAAAAAAAAADe/9//HgDl/+P/4v/i/+X/GADp/+//9f/4//f/5/8AAOj/BwDt//n/AAATANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/6//s/+T/4f/X/+L/KQDq/+v/4f/1/wAA7P8WAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/AAD6/xQA7f/s/wAAAAAAAAAAAAAAAAAAAADs/+z/8v8AAAAAFADu/+z/+/8AAAAAAAAAAAAA+f8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAD5/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/s/+z/7P/t//X/FADs/wAAAAAAAAAAAAAAAAAAAAD2/+z/7P/s/+3/9f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/u/xQA7P/r/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/s/+r/7f/s/+z/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//q/+v/7P8VAOr/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDq/+3/7P/t/+n/7f8AAAAAAAAAAAAAAAAAAAAA7P8UAPT/9f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/g/+n/7P/p//f/AAAAAAAAAAD5/xAAAAAAAAAAAAAAAAAAAAAAAAAA4v/o/+b/6//r/9j/JADe//H/2f8AAAAAAADz/ysA+//s/+z/7P/v/+3/FADs/+z/7P8UAAAAAADx/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f8UAAAA9P/s/+z/8P8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+v/7P/s/+7/7f8UAPr/AADx//P/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/6//s/+z/7P/s/xQA7v/s/+z/7P/s/9//5v/k/+L/FgDe/9f/AADs/xQAAAAAAPH/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPH/7f/u//f/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6f/n/+T/4P/j/+H/GADh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/d/wAA7P8XAN//6//1/wAAAAAAAAAA6/8AAAAAGwAAAAAAAAAAAAAAAAAAAAAAFAD4/wAAAADd/+z/2//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAOD/AAAAAAAAAAAAAAAAAAAAAOX/6//p/93/CgDk/+X/AADn/+f/6P/o/+b/6f/p/xgA8//y//v/AAAAAPH/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//y//v/AAAAAPH/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/zP/Y/+X/MQDX/9H/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//L/9//a/+3/FwDy/+n/2f/t/+3/7f/s/wAA3v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwDa/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/6//r/+v/7P/s/+z/7v/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7P8AAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOz/6//j/+v/6//n/+v/7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/6P8UAPH/6//s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/8f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADu/+z/FADs/+3/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8TAAAA+P/z/wAA9//1/wAAAAAAAAAAAAAAAAAAAAAAAO7/AAD6//H/7P/w/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9j/2f/g/+n/6/8AABQA8v8PAAAAAAAAAAAAAAAAAPL/DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/6f/s/+z/6f/r/+X/3//s/9j/4f8GAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8//s//f/7f/s/+3/7P/s//X/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADi/9v/6v/k//X/3v8GAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f8UAOz/7P/r/xQA5/8AANj/2P/r/9j/7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8SAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAADs//b/9v/z//b/6//u/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//P/8f8AAPv/3v/s/xMA7P8UAOz/8v/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADp/9n/8//4/wAA8v8eAAAA7P/s/+//8P/1/+v/FADs/+3/7P/v/+//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8/8AAAAAAAD4/xUA7P/z/9j/4//1//v/FADx/+z/7P/s/+3/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/Q/9r/1v/d/zAAyP/c/wAAAAAAAAAAAAAAAAAAAADw/+z/+f/s/+3/FADs//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/9/8AABMA+/8AAAAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//t//L/7//r/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7f/u/+3/7v/s//L/AADf/+v/7P/t/+D/AADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/AADv/+3/7P8AAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAdAAAA7/8AAAAAAAAAAAAAAAAAAAAA9/8AAAAA8f/v/ycA5P/Z/xQA7P/w/wAA7//t/+z/AAAUAOz/7v/t//f/+P/w//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA8v/s//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/4//w//L/7f8VAOX/7P8AAAAAAAAAAAAAAAAAAAAA6//3/wAAAAAAAAAAHgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPD/AAAAABQA7P/t/+r/2//S/ywA4P/X/9f/1/8AAAAAAAAAAAAAAAAAAAAA6/8AAPn/2f/g/+n/AAAAAAAAAAAAAAAA+P/x/wAADwAAAAAAAAAAAAAA5/8AABoAAAAAAAAAAAAAAAgAAAAAAOz/7P/t//b/AADs/xQAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAPT/7P8AAAAAAAAAAAAAAAAAAAAAAAAVAOv/6v/c/+r/7P/o/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+3/9f/t//D/7P8UAOP/AAAAAAAAAAAAABUA7P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/2/wAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAOf/8v8AAOz/4P/4/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDl/+j/5//n/9L/7P/g/wAAAAAAAAAAAAAAAAAAAAAVAOv/7P/r/+z/6//q/+r/7P/t/wAAAAAAAOz/FADv/xIAAAAAAAAAAADx//f/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAPX/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp//H/AAAAAAAAAAAeAAAAAAAAAAAAAAAAAAAAAAAAABQA8P/2/wAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA5v/o/+n/6P/p/+b/GADn/wAAAAAAAAAAAAAAAAAAAADK/+H/6f/k/+v/FwDw/+T/AAAAABgAAAAAAAAA6P8AANf/6//k/9f/4P/j/x8A7P8AAAAAAADx/wAAHQAAAO//EQDs//r/8//5/+r/1P8nAAAAAAAAAAAAAAAAAAAAAADs/xQAAADs/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s//j/7P/s/+z/9v/6//j/AAAAANj/KwAAAPX/7P8AAPD/6//u/+3/FwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADu/+z/FADs/+3/7f/s/+3/7P/v/+z/+P8AAPX/FAD1/+z/7//s//j/AAD1/xQA9f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA6//s/wAAAAAAAAAAAAAAAAAAAADe/+L/3v/i/9z/2P/d/ygA7P8VAPH/9f/v/+3/6f/t/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xMAAAAAAAAAAADw/wAAAAAAAAAAAAAAABMAAADt/+r/JgDn/+3/7f/z/9f/6v/y//T/AAAAAPn/FADy/+z/7P/z/wAAAAAAAPj/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC4//L/t//K/8r/AAD0/8v/4f/s//j/+f8AAOz/HwDs/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+v/7P/s/+z/7P8UAPf/7P/t/+3/3f/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/r/+z/8f/t/+7/9//s/xQA7P/s/+z/FQDq/+j/3//q/+r/5//w/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA7P/u/+7/7f8AAOz/7P8AAAAAAAAAAAAAAAAAAAAA2P8NAO//8P8AAAAA3f/l/wAAAAAAAAAAAAAAAAAAAAAVAOv/7P/p/+z/7P/p/+v/FAAAAAAAAAAAAPL/7P/5/wkAAAAAAAAAAAAAAPv/AAAUAPD/AAAAAPr/7//s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/GwDo//f/8v8AAOb/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAPr/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/AAAaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/u/xQA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v8AAPb/7f/s/xQA5//h//T/7v8eAOv/7P/k/wAAAAAAAAAAAAAAAAAAAADs/+T/FQDq/+n/2f/r/+H/AADX/+f/4//r/+n/BwDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/O//n/7v84APn/5P/O//f/AAAAAAAAAAD5/xAAAAAUAPP/AAAAAPn/6//t/+3/8P8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+f/7P8AAAAA3f8lAOL/7/8fAOj/5v/1/+z/8v/7/+v/FwDp/+z/6//s/+r/6P/t/xMAAAAAAAAAAADw/wAAAAAOAAAAAAAAAPv/9v8AAAAAHQD2//n/AAD4/wAAAADv/xkAAAAAAPL/AADs/+7/AAAAAAAAAAAAAAAAAAAAAPD/EAAAAAAAAAAAAAAAAADr/yYA6P/u/+3/9P/X/+v/5P8nAN7/5//Y/+X/3f/p/+D/FgDs/+r/7P/r/+v/6//o/xgA5f/o/+f/4f/o/+f/2P8qANj/4f/X/+H/1v/W//v/JgDu//f/AAAAAOX/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAD4/+z/AADg//v/AAAAAAAA9f8dAAAAFAD7/wAAAAAAAPD/7P8AAOz/7P/y//L/7//s/xQA7P/q/+P/6f/b/+T/6v8YAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/y/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/vP/Y/9j/yP/V/9D/HwDs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8AAPD/FADs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+j/7P/r/xUA6v8AAAAAAAAAAAAAAAAAAAAA6//t//j/AADv/9//6/8VAAAAAAAAAAAAAAAAAAAAAAALANn/AAD7/+//5f8AAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAADs/+v/AAD0/+3/7P/n/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xgAAAAAAAAAAADt//X/7f8UAPX/+f/w//D/7P/u/97/BgDh/8j/0f/k/+v/CAAAAAAAAAAAAAAAAAAAAAAA+/8UAAAAAADu/wAA7P/1/xcA7P/t/+3/7f/P/+z/7P8AAPH/AAAAAPX/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/wAA7f/v/xQA3P/a/9j/AAAAAAAAAAAAAAAAAAAAAOr/6//h//X/AADs/xYA8v/q/+v/4f/1/wAA7P8WAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+v/FgDr/+r/6v/h/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6P8aAOr/6v/n/+b/6f/e/wAAJgDr/+z/3P/g//L/AAAAAAAAAAAAAAAAAAAAABUA6//s/+3/7f/p/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/9v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/q/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAO3/6f/j/+r/6f/q/xcA6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAANAAAA8f8AAAAAAADu/wAA+f8eAPb/AAD4/wAAAADy/wAAEQDs/xQA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA7f/r/+z/FQDs/+z/6v/r/+r/7P/s/wAA9P/2/+z/8P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/d/wAA7P8XAN//6//1/wAAAAAAAAAAAAAAAAAAAADR/zgAwv/i/+f/4v/Q/9v/5P8JANn/2v/d/xQA5v/s/+z/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6P/s/xQA7P/z/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA4v/s/+z/7v/l/wAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/3v/c/9//1/8gAOH/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+z/7P/h/9n/AAAUAOH/AAAAAAAAAAAAAAAAAAAAAOz/FADu//D/AADs/+3/7P8AAAAAAAAAAAAAAAAAAAAA7P/t//H/FAD2/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAA4AMn/3//M/7r/3/++/+v/4P8dAOn/6P/o/+b/4//p/wAAFAAAAA4A9v/b/+z/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAOv/4//f/+j/2v/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA8P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/JwDb/9r/4//k/9r/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+X/AAAAAAAAKADr/9j/4f/l/wAAAAAAACgA6//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8rAPr/+P/s//r/w//6/xQA7P8AAAAA8v/s/+z/7P8AAPb/AAAAAAAAAAARAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+H/6//t/+z/FADt/+z/7f8UAO3/7v/t/+7/7P/y/xQA+/8AAAAAAADw/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAADt/xEAAAAAAAAAAAAAAPD/AAAPAPT/AAAAAAAAAAAAAAAA0P/k/+v/5v/n/+n/HgDX/wAAAAAAAAAAAAAAAAAAAADt/xQA7f/r/+//7P/s/+3/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDs/wAA5v8AAPf/6P/p/+v/6//r/+r/7P/r/xUA6//s//H/8P/5//H/7P8UAPb/9/8AAAAAAAAAAPn/EAAAABQA7P/w/+z/8//t/+z/7P/f/93/6f/p/+z/FgDs/+r/2v/P/9r/3f/U/+r/KADa/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7v8UAOz/AAAAAAAAAAAAAAAAAAAAANz/3f/Z/9r/1f/S/yUA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/7/9j/7f/v/9j/EwAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA7/8AAOz/FADs/+z/7P/s/+z/7P/s/+z/7f/y/wAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+P/y/wAA6v/6/ycA5f8gAAAA8v8AAPj/4v/p/+r/GADu/+7/+//r/+f/+f/s/+z/7f/v/+3/7P8UAOz/4f/s/wAA+P8AAOr/HQDs/97/2P/z/+3/6P8fAOz/6/8AAAAAAAAAAAAAAAAAAAAAFwDs/+z/7//v/8//7P/p/wAA+f8AAAAAAADs/xUAAADs/+z/8v/t/+//FADs/+3/AAAAAAAAAAAAAAAAAAAAAO7/7/8AAAAAAAAUAOz/AAD3//T/AAD3/wAAEwDz/+7/7P/u//X/+P/s/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgD6/wAAAAAAABMA5f/W/wAAAAAAAAAAAAAAAAAAAADs/+3/7v/s/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA2//a/+//6/8hANj/2f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAUAO3/7P/t/+z/9P8AAAAAAAD1/xQAAADy//T/AAAAAPn/FADy/+z/6P/p/+n/8P/s/+r/FwDw/wAAAAAAAAAAAAAAAAAAAADn/+r/6//r/+v/7P8VAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+z/AADy/wAA7/8UAO3/FADr/wAAAAAAAPv/7P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7P/r/+P/6//r/+f/6/8AAO7/AAD6//H/7P/w/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAA8A9P8AAAAAAAAAAAAAAADs//n/9/8AAO3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/+v8AAAAAAADx/xQA7f8AAPr/AAAAAAAA9P8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//0//H/AAD0//P/HAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/l/+X/4v/e/+D/4v8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/7P/s/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/X/+b/7f/q/9L/JgDd/wAA5v/i/+n/6v8XANn/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/1//L/7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAAAAAAAAAA8f8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/9f/y/+3/FADv/+z/7P/s//X/8v/t/xQA7/8RAAAAAAAAAAAA8P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/6//u//H/6/8WAOn/7P/s/xQA7P/s/+z/7P/s/+z/7P/t/+3/7f8UAOz/7P/C/83/1P/h/9H/5f8qAM7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA8f/s/+z/7P/o/+P/5//y/+n/5P8aAPX/AAAAAAAAAAAAAAAAAAAAAOr/6f/j/+z/4f/p/xgA7v/s/xQAAAAAAPH/7P/s/+z/6//s/xUA7P/s/+r/6//q/wAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAPH/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjAPb/AAAAAAAAAADk//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/8f/4//T/7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADy//f/9P/1/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/3/wAAAAAAAPX/7v8UAOz/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOn/6v/n/+T/6//n/+v/DgDp/+n/4//f/9v/AADb/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/g/+n/7P/p/wAAAAAAAAAAAAAAAAAAAADq/+z/+f8AAOz/7f/X/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//b/9v/z//b/6//u/xUA6f/Y//f/7v8jAPD/6P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/93/4//s/+T/FwDf/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+//7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+//7v/s/xQA7P/s/+7/9f/4/+z/7P/t/xQAAAAAAAAAAAAAAAAAAAAAANn/5P/n/+r/2//e/+T/HwDt/+z/7P/x/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAACMA3//j/8X/+v/T/8b/6f/s/+z/7P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPr/HwD3/wAA+f8AAPL/AAAAAAAAAAAAAAAAAAAAAAAA9P/6/wAA8P/z/wAAAAAWAAAAAAAAAPT/8v8fANr/0//q/+v/7P/r/wAA5//p/xQA8v/m/wAAAAAYAPr/9f/u/+z/7P/t/+//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/5//f/AADt/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDq/+3/7P/q/+D/7P/r/xgA6P8AAAAA7P/o/+n/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA6//r/97/6v/s/+n/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAADw//r/AAAAAAAAAAAAAAAAAAAAAAAA6//r//f/6v8VAOv/6v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8bAPn/+f/t/wAA5v/v//b/8//1//T/9P/3//f/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/9j/9//u/yMA8P/o/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADr/+v/4P/q/+3/6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAAABsAFADs/+z/7f/t/+z/7P/t/xQA7P/s/+3/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/+f/w//j/7P/v/+z/7P/s/+v/7P/r/xQA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/x/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAB4A1f/t/+X/7P/k/9//7P8fANj/AAAAAAAA2P/r//D/7f/t/+7/7v/u/xQA7P/s//f/9f8AAAAA+v8WAAAAAADs//D/8f/0//T/FADs/+3/1f8AAAAAAADu/+H/CADt/wAAAAAAAAAAAAAAAAAAAADp//H/+//x/+z/GQD4//P/8v/2/wAAAAAAABMA7f8AAOj/5v/b/+r/6v/n/xoA6f/m/yUA0f/e/9P/0f/N/+X/7v/s/wAA9/8AABQA9f/u/+v/7P/s//D/7P/s/+r/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+3/+v/t//L/AAAGANH/6/8AAPb/AADw/xUA7//y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/l/+7/5P/w/x8A4v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/xQA7P/w/+z/8//t/+z/7P8AAAAAAAAAAAAAAAAAAAAA7//w/9z/AADq/87/AADq/+z/7f/u/+z/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA9P/7//n/6/8AABgA6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/t/+3/7P/s/+z/FADs/+z/7P/t/+z/7P/s/xQA7f8OAO3/uv/C/9P/5//i/9r/6P8WAMr/4v/Q/+v/6f/s/xQA7P/s//j/7P/s/+z/AAAAAAAAFAAAAOz/AADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/u/+r/GgDx/9v/6//c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8LANT/AADh/97/IQDU/+z/9v/2//P/9v/r/+7/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7f/t/+z/7P/s/wAA2f/a//D/FADq/+r/7P/s/+//7f/s/+v/6/8UAAAAAAAAAAAAAAAAAAAAAAAWAOz/5//f/+b/4v/f/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AANv/3P/z/xQA6v/q/wAAAAAAAAAAAAAAAAAAAADZ/8H/1f/I/+b/+v8YANz/AAAAAAAAAAAAAAAAAAAAAOn/6v/q/xYA7f/v/+v/7v8GANb/xv/x/+j/DADr/+b/7P/2//b/8//2/+v/7v8VAAAAAAAAAAAAAAAAAAAAAADX/+D/0/8AANf/2v+7/yIA7P/s/+z/7v/s/xQA7P/s/+L/1f/V//P/3//y/+T/IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2f/h/+z/5f/c/+X/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/v/8GAMr/5P8LANf/1v/s/xQA7P/t/+z/7P/s/+z/AADd/9r/3P/r/9z/CgDY/xQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA8v8UAOz/7f/s/9j/7P/s/wAACADY/+H/6f/m/w0Ax/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//r/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6/8VAOz/7f/u/+7/6f/s//f/EwDu//D/7f8aAMX/5/8AAAAAAAAAAAAAAAAAAAAA2v/Q/y4A0v/f/8X/4//W/+L/2/8iAPr/+f/q/97/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/v/+3/8//y/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/u/wAA+P/z/+z/7/8cAAAAAAAAAAAAAADo/wAAHAAAAAAAAAAAAAAA6P8AAN//0P/o/+v/9f/U/zkA9P8AAPT/AAAAAAAA8v8SAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s//j/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANz/0v/k/83/2f8iANr/5f8aAAAAAAAAAAAA5P/u/wAAKADt//H/AAD2/9f/5//0/wAA5//q/+3/6P8AANT/6f8ZAOv/6v/z//L/5f/p/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAPf/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAOv/7f/s/+n/6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAIAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/6//q/+j/6v/m/xYA6P/0//D/IgDx//b/8v/a/+//+/8mAO7/9/8AAAAA5f/0/+z/FADs//L/7v/s/+z/7P/p/xgA6P/r/+j/6v/n/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/xQA9//4/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/n/+T/4P/j/+H/GADh/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/8//t//n/7P/Z/wgA3//i/+f/3P8AAK//yv8AAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAA+v8OAAAAAAAAAAAAAAAAAAAAAADq/+r/7P/s/xUA6f/k/+r/AAAAAAAA+v8AABQAAADs/woABgDo/wAA3P+x/9P/3v/v//r/AADs/+//7//s/xUAFADz/wAAAAD5/+v/7f/t/woA1//i/+f/7P/x/7r/yP/L/9H/2P/e/9L/NADW/7//7P/s//D/7v/u/xQA7P/s/xQA7P/t/+7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v/v/wAAAAAAABQA7P8AABQAAAAAAAAAAAAAAOz/AAD6/wAAAAAAAAAA7P8XAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADv/wAAAADs/xQA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+v/6//s/+v/6v8AAA4AAAAAAAAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAAAAAADs/+//AAARAAAAAAAAAAAA7/8AAOb/7P/p/+j/6//f/xcA7P/s/xQA7P/v/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/u/93/3f/0/+L/0/8sAOj/4v/a/+D/3P8AAPv/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7P/r/+P/6//r/+f/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/xQA7P8AAAAAAAAAAPj/8f8AAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/JgAAAAAAAADa//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAPr/9P8AAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp//H/+//x/+z/GQD4//P/7f/u/+//7//u/xQA8P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/8//2//X/FADs/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKQDV/9f/4v/h/+b/1v/a/+P/3v/u/wAA+//t/x0A7v/5/wAA+f8AAAAAAAANAAAA5v/w/+z/9v/0/y4A2f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/r/+v/FQDr/+b/8P/s//b/9P8uANn/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAO//FADt/+z/AADz/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+z/2P/x/9//LQD6/+z/7P/v//T/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/xUA7P/s/+v/6//s/+3/7f/r/+z/FADs/+z/7P/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P8UAOz/8P/s/wAA7P/s/+z/7P8UAOz/7P/r/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFQDo/+D/8P/q/+v/6v/s/+j/5f/j/wAAAADc/yIA9P8AAAAAAAAAAAAAAAAAAAAAzP/t/+//7//u/+z/LADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAAAAPv/9v8AAAAADgAAAAAAAAD7//b/AADs/xQAAAAAAPH/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+X/AAAAAAAAKADr/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/3/wAAAAAAAPX/7v8UAOv/2/8AAN7/3v/m/wAA2v/f/9P/9f/I//L/1/8XAOv/6v8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAATAPb/AAAAAAAAAAAAAAAAEwAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA7f8AAAAAAAAAAAAAAAAAAAAA7f/s/+//7/8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAADw//r/AAAAAAAAAAAAAAAAAAAAAAAA6//s/+//AAAUAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAADw//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/6//R/+f/1f8VAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/v/wAAFADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+r/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAPH/9f/v/+3/6f/t/+z/7P/s/+3/9P/s/+z/FQAYAOj/AAAAAOz/6P/p/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v//H/7f/v/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDy//H/AAD6/+f/4//t/wAAAAAAAAAAAAAAAAAAAAAVAOz/7P/t/+3/7P/p/+z/AAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA9f8UAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADx//X/8P/w/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8v/3//T/9f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAO7/AAD5/x4AFgDz/wAAAADw/+7/6v/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgD1/9z/4f/g/9f/yP/Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//T/AAAAAAAA9f8UAAAA7P/x//D/+f/x/+z/FAD2/xMA2//X/+7/7P/7/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABoA8v/x/wAA+v/n/+P/7f/s/+z/7P/s/+z/FADs/+3/8f/l/6n/pv/W/+D/0v8LABUA6/8AAOz/7f/r/+v/6//s/+z/8f/x/+3/7P/s/xQAsf+1/63/mv+v/wAA1v8KAOv/6v/o/+j/6//Y/+r/FwAAAPb/AAAAAAAAAAARAPP/6//q/+v/6//r/+z/6/8WAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FQDw//b/+P/s/+v/AAAUAOz/7P/s/+z/7P/s/+z/7f8UAO3/7f/u//L/7P8AAOn/6v/r/+z/7P8VAOv/7P8AAAAAAAAAAAAAAAAAAAAAFADu//P/8//3//D/7P/z/wAAAAAAAAAA8v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/P/+T/0//g/+P/IgDC/+z/6/8AAPT/7f/s/+f/FAAdAOf/3P/Y/+X/5P/l/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAD3//n/AAAWAAAA3v/a/+X/5v/p/+j/JwDZ/+z/8v8AAOz/AADw/xQA+P/o/+H/2f8AANj/2P8SAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/FAAAAPT/7P/s//D/AAAAAAAAAAAAAAAAAAAAAPn/AAAAAPD/8/8nAOf/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+n/6v/U/97/FwD5//P/9P/6//T/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/x8AAAAAAPX/AADj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+r/7v/s/xQA7P/3//f/AAAAAPn/9f/s/xUA7P8AAPD/AAAAABQA7P/t//r/AADx//v/AAD7//f/FQAAAAAAAAAAAAAAAAAAAAAA7P/s//L/AADv/+z/8f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAFAAAAOz/FADs/+7/7f/3//j/8P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9X/2f/W/9n/IwDN/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//0/+z/7P/s/xQAAAAAAO3/FAAAAAAA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/9f8AAPD/7P/0/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA8f/q/wAAAAAiAPP/+P/m/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/z/xQA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAA0A0v/K/9D/0f/N/9L/AAAfAPT/AAAAAAAA4P/l/+b/6v/d/+P/7P/k/xcA3//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9v/5f/S/9v/HgDl/+P/FgDq/+3/7P/q/+D/7P/r/wAAAAAAAAAAAAAAAAAAAADu/+z/AADu//X/7f8UAOz/7P8UAO7/+f/w//j/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8bAOr/6f/p/+j/5//j/+z/FADs/+z/7P/s/+z/7P/s/+z/7f/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+X/AAAAAAAAKADr/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAAGQAAAAAAAAAAAAAAAAAAAAAA7f8UAPn/7P/v/wAA7P/1/+//EwAAAAAA7/8AAPT/AADW/9X/3f/V/9T/0f8rANb/7P/t/+z/7v/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDp/+//6v8AAPr/AAD6/yIAAAD6/wAAAAAAAAAAAAAKAAAA+/8dAN7/6v/d/+r/3P/g/+z/GQDa/9T/3f/a/7//7v/T/yQA4P/h//H/8v/k/+X/3v/j/+b/+P/0/+f/HADn/+T/FQDr/+z/7P/s/+r/6v/p/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u//D/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3AOv/+f/7//D/3P/Q/9//AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAO7/8f/s/+z/7/8AAAAAAAAAAAAAAAAAAAAACQDg/9b/0P/r/9f/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/u//P/7P/s/+z/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/sf+//77/7v/6/9n/+//4/+z/AAAUAPX/7P/u/+3/AAAAACYA+P8AAN3/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPH/+f8AAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7v/0/+3/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/7v/d/93/9P/i/9P/LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAPf/9P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7v/u/+7/FADs/+z/AAAAAAAAAAAAABgA7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAOv/7f/s/+n/6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOz/8f/s/+3/6v/4/+z/7P/t/+3/7f8UAOz/7P/s/+z/7f/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAA9P/0/+7/FgDv/+r/AAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAD4/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/8v8AAOz/AAAVAOv/6/8dAAAAAAAAAAAA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAA7v/s/+z/GgAUAOz/7P/w//D/7P/s/+3/AADs/+z/7P/s/9j/FADq/+P/4f/g/+T/5v/c/+L/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/6//x/+z/5f/i/+D/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//H/7P8UAOz/4v8AAAAAAAAAAAAAIADr/wAA3//i/+//5v/x/yEA6f/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAD0/xQA7v/s/+z/7P/t/+v/7P8VAOz/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//v/AAAAAA0A4v/i/9n/2v/n/+r/2f8oAAAA9f8AAAAAAAAAAAAADADn/+n/2P/Q/+r/1//R/ywA+v8AAAAAAAAAAAAA+v8OAOz/7P/t/+//7P/s/+z/FADw/+7/AAAAAAAAAAAAABIA7P/s/+//7P/s/+z/7P8UAAAAAAAAAAAA6/8AAAAAGwAAAAAAAAAAAAAAAAD7/wwA2P/K/9T/1//O/9L/wP8/AAAAAAAAAAAAAAAAAAAAAAAAAO3/+P/y/wAA6v/6/ycA3v/p/wAAAADr/9v/AAAnAO3/6P/t/+z/6//r/+j/HADs/+z/9//t/+z/7P/s/xQA7P/s/+//7P/s/+z/7P8UAOn/FQDr/+v/7P/q/+j/6P8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/xQA7P/t/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7v/0/wAAAAAAABUA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAOf/0v/q/+X/5v/h/+D/7P/s/+//AADu/+z/FADs/wAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/k/+f/6v/b/97/5P8fAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/8f/t/+z/FADs/+z/7f/w/+z/7P8UAO//7v/k/+X/GQDo/+b/4//o/+X/AAAAAAAAAAAAAAAAAAAAAO//1/8hAN//6v/l/97/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/2v/p/8j/JQDZ/+r/2f8UAAAAAAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+v/7P/s/xUA6v/s/9T/3f/e/+3/9f/Y/ycA4//U/93/3v/t//X/2P8nAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwD0/wAAAAAAAAAAAAAAAOj/6f8cAOv/7P/m/9n/5//s/xQA7f/1/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/6P/s/xQA7P/z/+r/6//y/wAAAAAAAAAAFwDy/wAAFAAAAAAAAAAAAPT/7P8AAOb/8P/6/wAAAAAXAO7/7P8AAOz/+v/2//f/7P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+//6//r/+v/FgDq/+z/7f/t//T/7//s/xQA7P/s/+3/+f/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABEAAAD2//r/AAD6//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//GAD3/wAA6f/u/+j/+f/i/+z/8f/7//b/7f/r/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7v/z//H/7P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s//P/FADs//r/5P/F/8L/1//i/wkAqP8HABQA+f/L/8f/1//6/8n/4f8AABIAAAAAAAAAAAD1/wAA6/8UAO3/7P/s/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FgDr/+v/6//q/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/4/8L/2v/F/7v/8//N/wAAAAAAAAAAAAAAAAAAAAAUAO3/8P8AAAAA+P/s//H/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/FADu//H/+P/0/+z/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+7/7P/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7/8SAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/x//j/9P/s//r/7P/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//t/xQA7P/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+v/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/+v8AAPf/7//s/wAA7P/s/+//8f/t/+//FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAA8f/5/wAA7P8UAOz/7P/s/+z/6//s/xQA7f8AAAAAAADY//D/3v8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/7P/t/+v/FAD6/9P/7P8AAOv/7P8TAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAAAADs/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/a/9T/1v/Y/9H/6v8kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/u//T/8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAK3/AACg//f/r//U/93/6f/e/wkA4//V/8z/DgARANr/FADs/+7/8//z/+z/7P/t/xQA7P/t/+//7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/x//F/8//AAATAPX/6P/s/+z/7f/s//P/FADs//r/7f/w/wAAAAAAAOz/7f8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/q/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAADs/+3/FAC6/73/IgDH/97/3f/r/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+f/5P/j/+n/KQDX/+T/8v/s/wAA8v8AAO//FADt/+3/AADu/xQA+v/s/+z/9v/s/+z/7P/s/+z/7P8UAOz/7f/7/+r/AAAAANb/GAAAAN7/6f/s/+b/8f/u/yIA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//Y/wAA5f/g/w8A2f/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/7P/q/+P/7P/r/wAAAAAAAAAAAAAAAAAAAAAiAN3/5v/b/9D/zv/P/9j/AAAmAAAAAAAAAPn/2//3/+z/6//t//D/FADs/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/6/wAAAAAAAOz/FADe/9j/8v8jAOL/2v/r/+P/AAAAAAAAAAAAAAAAAAAAAOr/7P/q/+z/6//s/xUA7P/n/+z/+P/2//n/7f8aAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//r/+z/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//+v8AAOz/7//v/+z/FQD6/wAAAAAAAAAAAAD6/w4AAAAAAAAAAAAAAAAAAAAAAO//+v8AAOz/7//v/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfAM3/2//T/+P/0f/q/+H/DQAAAAAAAAAAAAAAAAAAAOz/7/8AAAAA7f8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAADw//r/AAAAAAAAAAAAAAAAAAAAAAAAGADd/+z/7f/p/+f/4P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/GwDk/9T/4f/Z/+b/6P8AAAAAAAAAAAAAAAAAAAAA7P/4/wAAAAAAAPr/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAAAAAAAAAAAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6f/o/+n/6P8WAOr/6//u/+//AAD2/wAAFADu//f/AAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADx//f/AAAAAAAAAAAAAAAAAAAAAAAA6//t/wAA+f8AABYA6v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/2v/p/8j/JQDZ/+r/2f8AAAAA9f/6//b/EgD3//D/7P/s//L/AADv/+z/8f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/7P/s/+r/6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/FADs/9z/6v/t/+n/7f/r/xcA5v8AAAAAAAAAAAAAAAAAAAAA7P8VAOb/6f/r/+j/7P/s/+j/6f/p//D/7P/q/xcA8P/o/+n/6f/w/+z/6v8XAPD/6v/s/+z/7f/r/+v/FQDs/wAAAAAAAAAAAAAAAAAAAADq/+z/7P/t/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/a/wAAFADz/+v/2v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/AADz/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9//s/+3/7f/d/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xAAAAAAAAAAAAAAAAAA5f/n/+j/5v/p/+r/FwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/8P/w/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAPn/AAAAAAAADQAAAOv/FQDr/+z/7f/t/+v/7P8AAAYAAAAAAAAAAAAAAAAA7v8TAAAAAAAAAAAA8//4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAOz/6/8VAOj/7P/s/+j/7P/u/+//AAD2/wAAFADu//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f8bAOT/1P/h/9n/5v/o/wAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAA+//2/wAA7f/x/+7/9v/1/+z/FADt//b/+v/4/wAAAADY/ysAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/wAA9P/t/+z/5/8UAOz/6v8AAPP/7v/s/+b/FADf/93/6f/p/+z/FgDs/+r/AAAAAAAA+P8AABIA+f/w/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/8v/q/+b/AAAAAAAAAAAAAAAAAAAAAOv/6//r/+v/6/8VAOv/6f8AAAAAAAAAAAAAIADr/wAAAAAOAAAAAAAAAPv/9v8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/6/8XANn/3//f/+T/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD4//f/+v/3//n/FgDw//T/AAAAAAAAAAAAABMAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//r/+P/2v/b/zUAzP/T/+z/8f8AAPj/AAD7/xQAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAO7/8P/u/x0A7P/a/wAAAAAAAAAAAAAAAAAAAADQ/9f/7f/p/+X/LgDW/+b/8f+8/9L/2f/b/ygA6f/I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/s/+z/7P/t/+b/GADs/xQA6v/t/+z/7P/r/+z/6//x/+3/7v/3/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8XAN7/5v/v/93/6f/o/wAAAAAAAAAAAAAAAAAAAADm/xcA3v/m/+//3f/p/+j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAA7f/s/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAD2/+z/7P/s/+3/9f8UAOz/AAAAAAAAAAAAAAAAAAAAABQA8v/3//T/9f/s/+z/7P8UAPP/AAAAAPn/6//t/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/xQA7P/d/9v/2P/d/+f/KADk/97/5f8hAOv/7//l/+n/3//y/+z/6f8UAOn/6//s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s//j/HwAAAAAA9f8AAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+P/6//n/+f8AAAAAFAD5/wAAAAAAAPr/7/8AABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/w/+z/7P8UAO//7v/r/9j/0//x/+D/4//f/x0AAAAAAAAAAAAAAAAAAAAAABQA7P/t/+//7P/s/+z/7P/r/+j/4v/r//P/u/8AAAAAAADg/9P/4//m/+v/AADq/93/8P/v//v/+v8jAPH/7P/d//D/7//7//r/IwDx/+z/4f/e/9z/3//X/yAA4f/c/97/yv/e/9r/5//O/ysA5f/s/+3/8P/s/+z/FADv/+7/7P/s/+7/8f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA+f/5/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt//T/7v/0/+z/7f/q/+3/8//r/+3/7P/r/xYA6//d//L/6f8AABUA0//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+r/6/8WAOn/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8mAAAAAAAAANr/+f8AAAAAAAAAAAAAAAAAAAAA6/8VAOz/6//r/+z/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/AAAAABQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+b/4//r/+v/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/z//P/7P/s/+3/7/8AAPH/AAAAABUA9/8AABoAAAAAAAAAAADk/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAA8/8UAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+n/6v/U/97/FwAAAAAAAAAAAAAAAAAAAAAA7f/v/wAAFADw/+z/8//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/AADt//H/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/+v8AAPD/8/8AAAAAFgAAAAAAAAAAAAAAAAAAAAAA7//6/wAA7P/v/+//7P8VAO3/+//q/wAAAADW/xgAAAAAAAAAAAAAAAAAAAAAAAAA7f/u/+7/8P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAD7/wAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAA9P8AAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//6v/s/+z/AADs/xQA2f8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/1/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//AAAAAO3/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/3//q/93/6//m/xwA5//t/+//7f/z//L/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAA6/8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADZ/9X/1f/N/8D/DgDb/wgA7P/s//T/8P/x/xQA7P/q/9j/6f/t/wAA7P8NANj/2/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/8v/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/h/xQAAADs/wAA2P/Y/+z/7/8UAAAA8v/s/+z/7v/s/+//FAAAAPL/7P/s/+7/7P/r/+3/8v/v/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAAAA+f8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5v/C/8T/x/8XAMz/7P/j/+H/4P/k/+b/3P/i/x8AFADs/+z/7//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/T/9X/1f/U/9L/0/8sAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA+v/x/+z/8P8UAAsAAAAAAAAAAAAAAPX/AAALAAAAAAAAAAAAAAD1/wAA9/8dAPD/AAD4/wAA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+z/7P/s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAADp/xcA6//q/+r/6f/p/+n/w//D//H/wP/o//r/5//D/9v/JwDd/93/6v/o/9r/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/FADs/+z/7P/P/+X/xP/g/8L/6v/F/yAAAAAAAAAAAAAAAAAAAAAAAOT/1/8lANb/4f/K/+H/6f/a/wwA0//c/+L/0/8WAAAA8P8zANn/6f/4/+//9P8AAAAA5f/u/9r/3/8UAOb/7P8AAAAAAAAAAAAAAAAAAAAA6P/h/xQAw//l/83/+v8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FwDi/+P/6//s/+r/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/8//u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAD0/xAA1f+M/7j/u/+1/8f/7P/s/+7/7f/t/+z/FADt/xQA7P/s/+3/7f/s/+z/7f/W/9X/0f/Y/xIAzv/w//H/AAAAAAAAAAAAAAAAAAAAAO3/7P/0/wAA8P/s//P/FAAAAAAAAAAAAAAAAAAAAAAA7P/3//v/AAAAAAAAFAAAAOz/FgDm/+v/6//m/9j/6v/q/+P/6f/b/+T/6v8YAN3/FADs/+z/7P/t/+3/7P8AAPb/+v8AAAAAAAATAPr/7/8AAAAAAAAAAAAAAAAAAAAAAADX/9//2v/o/xYA2P/h/xQAAAAAAAAAAAAAAOz/AADZ/+v/+f/r/+z/GADr/+n/0f/Q/9f/5v/o/9n/MwDt/7b/qf8AAAAA7/9OANL/3P/l/+L/7P/q/+z/5f8WAPP/yP/Y/67/sv+2/+T/2v8PAAAAAAAAAAAAAAAAAAAAAAAAAOj/6//s/xYA6//X/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+j/6v/q/xUA7P/s/9z/CQDs/+v/7/8HAOP/6f/g/+D/yP/w/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALj/DACa/7X/7/8cAPP/y//4/+z/AAAUAPX/7P/u/+3/AAAAAAAAAAAAAAAAAAAAAMf/zv/Q/9v/1f/K//b/QgDs/xQA6/8AAOr/2P/r/+r/9P8AAO7/8P/u/x0A7P/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADs//T/7f/n/xMA8//j/yMA3//n/+L/6f/Z/9z/FADs/+z/7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADs/xgA7P/v/+r/5f/e/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8//s//f/7f/s/+3/IgDg/+D/5//l/97/3v/j/wAAAAAAAAAAAAD7/wkAAAAcAOz/AAD3/+3/0f/m/+H/FADu/+7/9P/x/+z/7P/s/+z/AADv/wAAAADs/xQA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs//f/+/8AAAAAAADy/xEA+v8AAAAAAAAAAAAAAAAAAAAA9v8UAAAAAADt/wAA7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+7/7v8UAOz/7P/s/+z/7f/s//P/FADs//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/t//T/6v8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgAAAAAAAAAAAAAA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+3/9P/q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8AABkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/+z/FADs//b/7/8AAAAA+//6//j/EgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAATAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8//s//f/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAAAAARAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xcA6v/q/+v/6P/l/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+P/5//y/+n/5P8aAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+n/6f/w/+z/6v8XAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+v/6//q/+r/6v8XAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAAAADs/xQA8f/q/+X/4//i/+3/7P8bAOL/7P/s/+z/7P/t/+7/FADs/+v/7P/s/+z/8P/s/xQA7f/s//H/8P/5//H/7P8UAPb/7P8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+z/FADs//L/7v/s/+z/7P/s/xQA7P/y/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA8v8AAAAAFADs/+z/7P/s/wAAAAAUAO3/7P/t/wAAAAAAAAAAAAAAAAAAAADy/+z/AADy/wAA7/8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//s/+z/7P8UAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/GwDl/+z/6//g/+P/6//s/xwAAAAAAAAA7v/m/wAA4f8gAAAAAAAAAAAA6/8AANb/BgAUAN//4P/f/9T/2v/r/xcA8v/1//b/9v/t//P/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/4//6/wAAAADe/ycA6v8AAAAAAAAAAAAAAAAAAAAAFQDo/+D/8P/q/+v/6v/s/9j/1v/r/+z/5P/p/+b/KQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwP/x/+b/1f/V/+D/AAAAAMf/AADs/wAA4//Y/wwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xoA3f/o/+7/7f/q/+z/8v/6/9r/6//p//L/+//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8nANv/2v/j/+T/2v/Y/wAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAPH/7P/s/+z/HQDq/+D/AAAAANf/5//e/xUA4v/q//j/8v/y/+v/7P8AAAAAAAAAAAAAAAAAAAAAFgDt//X/7/8AAOv/3//n/woA2//a/8n/2/8tALj/1f8AAAAAAAAAAAAAAAAAAAAA4v+2/9n/yv/A//f/AADf/wAAAAAAAAAAAAAAAAAAAAATAOb/5v/j/+n/AADZ/+n/3v/m/93/5f/h/9r/5f8pANj/AAAAAAAA6f8AAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5v/V/+b/HwDj/9z/5f8AAAAAAAAAAAAAAAAAAAAA8/8dAAAAAAD4//v/9//u/83/EQDW/9v/4f/1/wAA3/8AAAAAAAAAAAAAAAAAAAAAFADt//P/7P/3/+3/7P/t/yIA4P/g/+f/5f/e/97/4/8cAOz/AAD3/+3/0f/m/+H/FADu/+7/9P/x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//j/9j/1//Y/xYA1/8AAOj/5P/r/+v/8P8eAO3/5v/s/+r/7P/s/+7/6f/r/xYA5f/Y/7P/sv/D/w0Awv/c/xQA7P8AAAAA9//s/+3/7P/q/xcA5//q/+v/6f/m/+j/AAALANz/3//n/8n/3f/s/wAAAAAAAAAAAAAAAAAAAAAAAOn/1P/j/8//7v/M//r/AAAAAAAAAAAAAAAAAAAAAOz/7/8RAAAAAADs/xMA8v/u/xMAAAAAAAAAAADz//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/w/wAA7P/t/+z/EgDh/+v/7f/p/+T/3f8AABQA7f/s/+7/7f/s/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgA9//T/9f/3P/7/8n/4f8AAAAAAAAAAAAAAAAAAAAA7P/s//L/8v/v/+z/FADs/+z/7f/t/+7/+f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADu//D/AADs/+3/7P/c/+P/6v/j/+T/4//c/yMAHQDn/9z/2P/l/+T/5f/i/wAAAAAAAAAAAAAAAAAAAADW/9X/3f/V/9T/0f8rANb/FQDs/+3/7//x/+z/6v/t/wAAAAAAAAAAAAAAAAAAAADj/97/7v8AAPv/7f8dAO7/7P/w//H/9P/0/xQA7P/t/wAAEADr/+P/3//o/9r/2P/O/+D/7f/t/+z/7P8nAOj/+//f/+H/7P/s/+n/2f8TAOb/3P/a/+n/5v8kANf/5//f/+r/AADb/+z/DQDa/+z/6P/i//j/8f/v/+P/6/8bAPX/0P/W/8r/1v8UAOv/wv/m/8f/zf/c/93/GgAAAMz/AAAAAAAAAAAAAAAAAAAAAOX/3//r/9f/4f8GAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f8UAAAA9f/w/+z/8P8UAOr/7f/s/+z/6//s/+v/0v/C/9X/0P+Z/wAA6P8HAOP/6//n/+//3//r/+v/FgDM/+3/7//v/+7/7P8sAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+r/AAAAACIA8//4/+b/6v/r/+z/7P/z//f/FQDr/+z/FADu//n/7P/s/+z/7P8UAOz/7f/t/+z/7P/s/+z/6f/5/wAAAAAAAOz/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8SAOv/6//k/+z/9v/s/9j/JAAAANn/3f/m/+b/2P8XAAAA+v/3/wAA7P/g/+3/7v/1/wAAAAAAAPD/EwAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/8v/6/wAA+f/r/+r/GQDs/+z/2v/i/+j/6P/k/yIA9P8AAAAAAADl/97/7/8NAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/3//b/87/0f/J/ykAy/8QANj/3P/X/+3/9P/x/8b/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADZ/ygA9v/z/9j/2//r/9n/7P8UAOz/8v/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwDc/9f/0P/j/9f/0f/h/+z/6v/r/+v/FADs/+v/7f/s/+z/8v8AAAAAFADu/+z/NQDL/8//3v/S/8X/zP/M/yAA3f/o/9r/5P/i/9j/4P8lAOL/5f8AAAAA+v/a/wAAGADY/9f/4f/X/8L/7f8AANv/3v/n/97/5P/V/yUA0P8ZAOf/6f/i/+r/6f/m/+j/AAAAAAAAAAAAAAAAAAAAAD8A4//o/+f/9v/s/8D/zf8AAAAAAAAAAAAAAAAAAAAA2//s/9r/2P/e/+L/IgDV/+z/7//s//j/AAD1/xQA9f8AAOz/AAD3//T/AADs/+z/7P/3//v/AAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAADi/+f/AAAAAAAAKgDt/9X/7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+P/5v8AAAAA7v/s/wAA9/8AABQA9f/u/+z/8v8AAOz/AADw/xQA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAADu//L/7P/s/+7/4P/0/9X/zP/i/9j/DQAAAAAAAAAAAAAAAAAAAAAAAADN/8n/1v/O/9f/zP8sANT/AAAAAAAAAAAAAAAAAAAAAOv/6v/N/+v/5P/V/xoA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/7P8VAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/5//s/wAAAADd/yUA4v8UAO7/7v/0//H/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANT/3f/e/+3/9f/Y/ycA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/4v/s/+r/7P8VAOr/6/8AAAAAAAAAAAAAAAAAAAAA6//s/+7/7f/t/+z/FADs/+r/4v/s/+r/7P8VAOr/6//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/x/wAAAAAAAAAAFgDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADy/+z/+f8AAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA8f/s/+z/7P8UAOz/7P/u//D/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAOX/GwDo/+j/6P/o/+X/5v8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/6v/u/+z/FADs/+r/EQDF/8f/1v8OAOT/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//4/wAA7f/0/xkA7P/s//r/AAAAAAAA7P8UAPj/HwAAAAAA9f8AAOP/AADr/+v/9f/v/+7/6v/q/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/+/8AAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAAAAAAA8v8AAPn/EwAAAPj/8/8AAPf/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f/s/+n/GgDh/+v/2P/W/wAAyf/U/yEAyf/g/9j/5//m/9X/5v8fAOP/3P/l/+j/6P/q/+j/6P/n/xgA5//Z/+T/5//q/9v/3v/k/x8A7P/s/+z/8P8MAOz/7P8QAOv/FgDo/+3/7P/s/+X/6f/x/wAAAAAAAO7/AAD5/x4A7P/s//f/7f/s/+z/7P8UAO3/AAAAAAAAAAAgAN//8f8IAOf/8v8AAOz/4P/4/9v/AADX/+7/6//f/+v/AAAAAO7/7P/s/+z/7P/s/+z/FADs/+z/9f/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAA+f/g/+//AADx/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6/8AAPT/7f/s/+f/FAAIAOf/8v8AAOz/4P/4/9v/AAAAAAAAAAAAAAAAAAAAABoA1v/V/+D/zv/A//D/vf8AAAAAAAAAAAAAAAAAAAAA7//s/+3/9v8UAOz/7P/s/+z/7P/v/+3/FADs/+z/7P/s/+z/7P/S/xUA7P/s/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/xQA7P/s/xQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+v/CgD2/9j/7P/s/wAAnP+8/6P/4//u/9P/AAAAAPH/4v/a/8//3//R/woAGQDn/+n/5P/q/+D/6v/p/9//6v/T/7f/sv/E/7n/LQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/yEA5P/d/9j/xv/q/+H/AAAAAAAAAAAAAAAAAAAAAOX/GwDo/+j/6P/o/+X/5v/k/wAA2v/Z/9b/+f8MANz/7P/s/+z/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/Z//P/+P8AAPL/HgAAAOz/FADu//D/AADs/+3/7P8AANr/AAAAAAAA+f8AAPj/AAAAAAAAAAAAAAAAAAAAABEABwDC/8v/5P/d/9r/1//r/xYA6v/s/+v/6//m/+n/6/8XAPL/9f/2//b/7f/z/wAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAD3/wAAAAAMAAAAAAAAAAAA9/8AAOH/LwD3/+f/AADP/9v/7v/s/xwAAAAAAAAA7v/m/wAAFQDr/+z/6f/s/+z/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/KwDx/+P/3f/p/9b/8//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADv/wAA8f/4/+z/AADQ/ykA7f/x/83/6f/r/+H/AAAAAAAAAAAAAAAAAAAAAM//KwDg/+D/2//b/+L/5P8VAOr/9//u/+3/7P/s//D/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5f/m/+f/5v/p/+f/GgDn/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/7P/t/+7/7P/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/s//L/8v/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AADy//n/AADy/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/AADs/xQA7P/x/xAAx/+d/+j/zf/g//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9j/4v/Y/+z/6P8AABEA2P/1/+f/5P/d/9j/FADZ/wAAAAAAAAAAAAAAAAAAAADq/9n/3P/P/+v/AAAPANP/7v8AAOz/FADs/+z/6v/s/wAAAAAAAAAAAAAAAAAAAADh/93/tv8ZANT/w/8OANb/5v/V/9n/KQDp/97/3v/X/wAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAPj/AADs//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/s/+z/7P/s/+z/5P/r//j/AAAAANz/6/8bAAAAAAAAAAAAAAAAAAAAAADo/+j/6//q/+r/6f8XAOn/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s//j/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/6/8WAOr/6v/q/+v/AAAMAAAAAAAAAAAA9/8AAM//JwDX/9b/y//S/+f/4f/r/yYA6P/u/+3/9P/X/+v/3P8oAOn/5v/Y/+X/2f/Y/+z/FADu//n/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/s/+z/7P8UAOz/6//s/+v/6//q/+j/FgAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/6v/s/+z/FADs/+z/5v/u/+7/FADr/wAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/EwDr/+r/6//j/wAA2P/a/ysA0f/b/+L/1f/M/77/7P/s/+z/0v8VAOz/7P/j/w8A3P/j/9L/xf/i/9b/AADX/ysA8f/K/9n/4P/X/97/8P8RAAAAAAAAAAAA9/8AANX/qv/J/8T/sP8nANj/8v8UAOz/8f/t/+T/6//s/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FADw/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//4f/o/+f/6P/X/x0A5//p/yEA6f/m/+b/5//T/+X/6P8ZAOr/6P/p/+f/5v/m/+z/6/8AAPT/7f/s/+f/FADx//L/AAAAAAAA7/8AABMAAAAAAAAAAAAAAAAAAAAAAOj/6/8WAOv/6v/q/+H/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+//8//s/+z/7P8UANj/3//r/+z/KADe/9n/2f/s/xUA7P/s/+z/7P/q/+v/6f8dANP/5f/l//T/3//u/+X/6//Z/xMA5//s/9j/AAAAANv/wf/t/7z/zv/O//X/AAAAAAAAAAAAAAAAAAAAACIA2v/m/97/v//I/9L/9/8AAAAAAAAAAAAAAAAAAAAA7P/2//b/8//2/+v/7v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//q/+7/6f8VAO7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8YAPb/9v/g//D/7P/u/+z/FADs/+7/7P/s/+z/7P/s/+z/7v/q/+7/7P8UAOz/7P8UAOv/6v/s/+z/6//r/wAAAAAAAAAAAAAAAAAAAADq/xMA0f/G/9z/x//r/w8A7P/s/+//8//s/+z/7P8UAOz/GQDn/+z/6f/t/9v/6/8AAAAAAAAAAAAAAAAGAAAA+v8AAAAAAADv/+z/AAAUAAAAAAAAAAAAAAAAAAAAAADl/xYA6//r/9//7P/g/+j/7P/s/+//8f/t/+//FADu/+z/7P/t//r/7f/s/xQA7P8AAPn/JgAAAAAAAADa//n/7v/v/wAA9v8AABQA7v/3/9v/LAD5/+n/AADd/9j/8P/s/+z/7P/t/+3/7v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACADr/+n/6//g/+X/4//d/xUA2//n/+z/AAAAAN3/JQDi/8X/z//g/9H/3v/W/8z/LADm/xcA2v/d/+X/6//q/+b/6/8VAOz/6//r/+z/6//q/+7/GwDq/+n/6f/o/+f/4/8AAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAPH/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//s/+3/7f/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAO3/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/x//r/8v/s/xQA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/x/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDp/+//AAAAAAAAAAAAAAAAAAAAAOv/7/8AAAkA7f/Y/xQA6v/y/ywAAAAAAAAAAADS/wAAAAAaAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/FADr//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/w4A7v/v/+z/5//t/+z/7P/s/+v/7f/s/+n/6v8UAOP/+v8AAAAAAAArANz/3v/r/+z/7P/s//D/7P8UAO3/6//s/wAA7v/y/xYA6v/q//f/HQAAAAAA+v8AAOX/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADo/+z/5//h/+f/3P8cAOb/AAAAAAAAAAAAAAAAAAAAAN//4v/v/+b/8f8hAOn/4P/h/+v/8v/p/9//AAAAANv/FADs/+z/7P/s/+z/7P/s/+3/+f8AAPr/AADv/xQA+f/s/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAABMAAADt/9j/3P/l/93/4f8oANn/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/93/2f/a/9X/0v8lAN7/2P/i/8z/wf/O/8v/LQDh/wAAAAAAAAAAAAAAAAAAAADq/+v/7f/m/+z/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAOj/5f/j/wAAAADc/yIA9P/s/xQA7f/1/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/8H/5v8AANf/6f8AANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/e/+r/6v/p/+b/GwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAADv/xIAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/3v/h/yIA2P/m/9r/2f/s/+z/7f8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7P8AAPf/9P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/x8A9/8AAPn/AADy/wAA6f8KAPn/9//s//n/x/8HAPn/AAAAAPD/8/8nAOf/2f/Z/ygA9v/z/9j/2//r/9n/FADq/+3/7P/s/+v/7P/r/+r/6v/s//H/7P8VAOr/6//Z/wAAAAAAAPr/JwDy/+7/AAAAAAAAAAAAAAAAAAAAAAAA7P/r/+f/5v8NAM//1f8GAOz/8v/z//D/DwDs/+z/FADq//j/8f/s/wAA7f/w/xwA7P8AAPf/7f/R/+b/4f8AAAAAAAAAAAAAAAAAAAAA7P/s/93/8//e/xYA1//r/+z/7P/t/+z/8/8UAOz/+v/s/+z/AAAAABQA7f/s/+3/1P/T/9r/y/81ANT/1//W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA5v/r/+T/6//g/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/yAA5f/i/9n/6P/Y/+L/5v8gAOX/4v/Z/+j/2P/i//X/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/v/+//7v8UAPD/7v/V/9P/2P/g/9T/4/8qAN//7P/3//v/AAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPH/AAD0/wAA7f8AAOr/7P/o/xQA8f/r/+z/7f/v/wAAAAAAAAAA8f8gAAAA7P/s/+z/7P/s/+z/FADs/+v/7P/s/+z/8P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7f8AAO3/7v8UAOz/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/wAAAAAAAOz/6/8AAPD/7P/5/+z/7f8UAOz/8v/S/9P/1f/V/9T/0v/T/ywA7P/s//T/7v/x/xQA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/7f/v/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADi/+H/2//S/9r/IADh/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDY/+r/5v/q/9P/6f/n/x8A7P8AAPn/AADc/+T/4f/s/+z/7P/q/+z/7P8UAOz/3//d/+n/6f/s/xYA7P/q/+z/FAAAAAAA7P/s/+//7P/C/9X/0P/w/83/yv8kANL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+r/7v/s/xQA7P/l/9j/6P/n/+j/5v8nAOj/7P8cAAAAAAAAAO7/5v8AAOn/8P/v/xcA9v/q//D/+v8AAAAAAAAAAAAAAAAAAAAA6/8WAOj/7f/s/+z/5f/p/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/y/+7/7P/s/+z/7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADk/+z/6//l/+v/FgDn/97/+v8AAAAAAAAAAAAA+v8OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//v/AAAAAA0AAAAAAAAAAAAAAAAAAAAAAO7/9v/2/wAA9v/t/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2f/q/+z/4//k/9j/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/8v/w//b/FADt//P/7P/s/+z/FADs/+z/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+n/+f8AABcA6//q/+r/7P8AAPL/AAAAABQA7P/s/wAA2P/g/+T/+P/e/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/5v8UANP/2f8AANb/5//r/+r/6v/t/93/FQDr/+v/9v/z/wAAAAAAAAoAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/r/+v/6f/l/+r/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/u//T/8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA0f8AAOf/AADs/yQA3v8AAOz/7f/w/+z/7P8UAO//7v8AAAAAAAAAAAAAAAAAAAAAGgDW/9X/4P/O/8D/8P+9/wAAAAAAAAAAAAAAAAAAAAAAAM7/zv/s/+3/+P/o/7X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOv/7P8AAAAAAAAAAAAAAAAAAAAA6v/d/+P/7P/k/xcA3//Y/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANj/7P/s//H/FADY/+v/9/8AAAAAAAAAAAAAAAAAAAAA6f/M/9D/0v/h/9b/MADi/+z/7P/t/+3/7f8UAOz/7P8UAOz/7v/t//f/+P/w//X/AAAAAAAAAAAAAAAAAAAAABQA7P8AAPf/9P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/q/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/6f/s/+T/6//Y/ygA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+r/7P/s/xQA7P/5/wAA+f8AAAAAAAANAAAA7P/s/+7/8f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtf+///H/lP/C/7X/KAD1/9j/6/8fAOr/7f/Y/+P/2v/s/+3/7P/v/+//2/8UAOb/7P8UAO7/8P8AAOz/7f/s/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/u/+7/7v8UAOz/7P8AANX/8P/z/+v/CADL/9T/7P/s/+3/7P/r/9f/FQDs/wAAAAAAAAAAAAAAAAAAAADb/+f/7P8AAAAA3f8lAOL/9f/H/8z/y//V/xEA2//Y/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOn/2//0/+v/tv8IAAAA1f/n/+j/GgDq/+r/5//m/+n/6v/h/+T/zP/m/xkA0//q/xwA6P/s/+b/7P/m/9//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+z/FADs/+z/7P/v/xQAAADy/+z/7P/u/wAA7v8AAPr/8f/s//D/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+7/7P/s/+f/4//s/xQAAAAAAAAAAAAAAAAAAAAAANr/4v/h/+n/5f/Z/+j/JwAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/l/wAAAAAAACgA6//Y/+7/8v/y//b/7v/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/8f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xUA6//q/wAAAAAAAAAAAAAAAAAAAADk/wAAAAAAAPv/8v/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+3/AAAAAAAAFADs//r/AAAAAAAAAAAAAAAAAAAAAOH/IQDg/+L/4//b/97/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAA9//0/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//e//X/3//p/+n/AAATAAAAAAAAAAAA9v/a/wAAJgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwD2/wAA7P8AAAAAAAAAAA4A8v/y/xoA8v/x/wAA+v/n/+P/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+//AAD2/wAAFADu//f/AAAAAAAAAAAAAAAAAAAAAOz/7P/x/+7/7/8UAOz/7P/v/+z/AAAAAAAAFAD6//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xYA6//u/+n/5f/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAAAAABIA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//3/wAAAAD5//X/7P8VAPT/7P/u/+z/+//t/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/1/+//FAAAABQA7P/0/wAAAAAAABMAAADt/wAA7//W/xoA6P/j/83/3P/J/+r/7P/s/wAAAAAAAA0A7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/8v8AAO//7P/x/xQA7P/Y/y4A9v/Z/9b/xP/P/+r/7P/m/wAA8P8UAOH/7P/1/+z/AADw/+v/7v/t/xcAAAAAAAAAAAAAAAAAAAAAANz/3f8AAPn/+v/1/zAAAADl/9b/7P8YAOP/6//r/9X/7P/s/+z/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/FADs/+z/2f/i/xwA6f/g/9b/5//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/k/+z/7P8UABUA6/8AAOz/7f/r/+v/6//s/+z/7P8UAO3/7P/s/+z/2f/Z/+f/7P8HANr/CQDY/+z/7P/s/+z/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAA2P8AAOf/7P/s/+b/6v8SAOz/7/8UAAAA8v/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/u/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAA+f8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAPj/7P8AAOv/6//3/+r/FQDr/+r/5f8AAAAAAAAAAAAAAAAAAAAA6//q/+n/6f/s/xYA6//r/+v/6//r/+v/6/8VAOv/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwARAAAAAAAAAAAA8P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz//L/9//z//T/EwDx//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u/+//7//u/xQA8P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/d/+f/4f/e/+r/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/5v/j/+v/6/8WAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+j/+P/z/+X/0v/g/yEA7P/s/+z/7f8UAOz/7P/s/+z/7P/s/+z/7P/s/xQA7P/l/+f/6P/m/+n/6v8XAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9j/3//4/+j/4//f/x0A7P/s/+z/7P/s/+z/FADs/+z/7P/y/wAA9v/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/8P/w/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8P8AAAAA+P/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/97/3P/f/9f/IADh/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAD6//H/7P/w/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/9f/MgDU/wAA8f/S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAHADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+T/7P/q/9//1//d/ykAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+b/AAAAAO7/7v/q/xIA8v/2/wAAAAAAABMA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAACwDp//D/FwAAAAAAAAAAAAAAAAAAAAAA7P/2//b/8//2/+v/7v8VAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/u/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALANn/6P8HAOj/2P/Z/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPD/AAAAABQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/5P/AADu/5n/4v/E/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOv/6//t/+3/5//j/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAADy/xIA7//s/xQADgDu/+z/6//q/+b/AAAAAAAAAAAAAAAAAAAAAPf/7f8AAPL/3f/s/+7/KQDs/xQA7f/0/+7/9P/s/+3/7P/s/+z/7v/t/+z/FADs/+z/7P/y/wAA7//s//H/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//t//L/7//r/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/p/+3/7f/t/+z/FwDr/ycA5P+c/5r/uv/j/9D/vP/s/wAA8P8AAAAAFADs/+3/FQDr/+z/7f/t/+n/6f/s//L/7P8AAPL/AADv/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9//1//Z/+T/7P/o/xkAAAAAAAAAAAAAAAAAAAAAAOz/9//1/wAAAAAUAPT/AAD3//f/AAAAAPn/9f/s/xUA0f+3/wAA0//U/w0AxP8AAAAAAAAAAAAAAAAAAAAAAADr/+j/6v/o/+r/FgDj/+n/AAAAAAAAAAAAAAAAAAAAAOz/8f/w//n/8f/s/xQA9v8AAAAAAAAAAAAAAAAAAAAAIgDt//r/9P8AAOf/7f/T/+z/AADz/wAAAAAUAOz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/4f/j/93/4P/U/x0A3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P8UAOz/7P/r/+r/7P8AAAAAAAAAAAAAAAAAAAAA6/8AAPn/2f/g/+n/AAAAAAAAAAAAAAAAAAAAAAAAAADd/9v/6f/r/9z/CADf/wcA7P/s/+z/7v/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD6/wAA8f/7/wAA+//3/xUA9f8AAAAAAAAAAAAADQAAAAAAAADv//j/AADt//T/GQAAAAAAAAAAAAAAAAAAAAAADgAAAOr/1P/i/97/6P/a/wAAAAAAAAAAAAAAAAAAAADs/xQA7v/w/wAA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAPH/7/8nAOT/2f/3/9D/+f/g/9r/2P8JAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/t//X/7f/w/+z/FADj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAD3/+//AAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAADk/+j/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAADs/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+f/3/wAAAADt/+7/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADv/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7v/0/+3/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y//f/2v/t/xcA8v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8cAO3/AADq//D/AAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/AAAAABQA7v/s/+z/7P/s/+3/7f/s/xQA7P/z/+b/5P/n/+P/FQDS/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+v/FADs//D/7P/s/+z/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAaAAAAAAAAAAAA5P/u/wAA7P/s//D/7v/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADb/wcA4//p/wAA7P/a/xQAAAAAAAAAAAAAAAAAAAAAABUA6//r/+3/6//r/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/tv8aANf/5v/f//f/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xMA2//Z/+X/2/8AAOn/AAAAAAAAAAAAAAAAAAAAAAAA+f8mAAAAAAAAANr/+f/s//D/FADz//X/6v/r//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAANn/AADD/+v/3v/y/97/1f/R/y0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+v/7f/r/+v/6//q/+z/7P/u/+3/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAA7P/w//H/9P/0/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAOz/7v/u/+3/AADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAPn/+f/s/xQA7f/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAANj/6/8iAO//2P8AANb/AADs/xQA7P/s/+z/7P/r/+z/3//Y/+P/6P8QANH/zP/5/wAAAAAAAAAAAAAAAAAAAADk/+r/8f/x/wAA6//r/wAA7P/s/+3/8P/6/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADz//j/zP/h/+f/DwDc/9f/7f/s/+z/8f8UAOz/7P/s/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/8v/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//D/7P/s/xQA7//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADt//H/AAD2/9f/5//0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA+P/q/+X/1v/w/9r/7v/r/yYAyf/r/+z/FAAAAO3/6v/Y/+z/6//r/+r/6//s/xUA6v/p/wAAAAAAAAAAAAAAAAAAAADX/wAA3//r/9j/EQDs/+z/7P/s/+3/7//t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAANT/6/8XAOr/0//p/+v/7P/s/+z/6v/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//e/xYAGwDp/+b/5f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3//f/AAAAAOb/9f/s/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA7P/s/+D/6f/s/+n/7P/s/+z/7f/s/+z/7P8UAOz/7P/s/+3/7P/s/+z/FADa/+L/4f/p/+X/2f/o/ycAAAAAAAAAAAAAAAAAAAAAAO3/GQDk/9r/1//P/8D/2P8AAAAAAAAAAAAAAAAAAAAA5f/A//r/EwDx/wAABwDS/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAPX/FAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAA+f8OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/6//b/EgD3//D/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAy//M/9L/IgDY/8f/4P/F/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/8f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAD4/wAAAAAAAN//6/8AAOz/7P/s//X/8v/t/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/wv8ZAOX/5//r/8//3v/s//L/FAAAAPT/7P/s//D/6P/r/xYA6//q/+r/4f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/BwDt//n/AAATANr/AAAAAAAAAAAAAAAAAAAAAAAAFADy//f/9P/1/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+v/0f/n/9X/FQAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//t/+z/6f/q/xQAAAAAAAAAAAAAAAAAAAAAAO//+f/o/+j/0v/v/+//1v8AAAAAAAAAAAAAAAAAAAAA7/8WAAAAAAAAAAAA8v8AABQA4P/r//b/7P/d/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/n/+b/6v/l/+X/GwDi/9j/HADY/9j/6v/n/9v/6f/s/xQA7P/y/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//q/wAAAADr/+v/6v8VAOX/8P/s/9//7P/s/+3/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6//p/93/CgDl/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA6v/o/9//6v/q/+f/AAAAAAAAAAAAAAAAAAAAAO3/8f/v//j/9v/s/xUA7f8SANX/wf/A/9L/1f8JAL7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA8P8AAAAAFADs/+3/FADx//n/AAAAAOz/7P8AABQA7P/s/+3/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v//T/7P/s/+z/FADv//D/7v/3//D/8P/y/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDn/9L/6v/l/+b/4f/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAADu/wAA+f8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+3/7f/t/+z/AADe/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/w//b/AADj/+z/BQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAPH/7f8AAAAA6//q/+r/HQD0/83/AAAHAMj/yf/i/9j/9//3/wAAAAD5//X/7P8VAOz/7P/s/+7/7f/s/xQA7P8AAAAA7//4/wAA7f/0/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/s//j/9P/t/+r/6/8ZAAAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+3/5P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+r/7//i/9j/2f8nANr/2//m/+j/7P/X/9f/MwAAAAAAAAAAAPj/8f8AAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//r/AADw//P/AAAAABYAAAAAAAAAAAAAAAAAAAAAAPL/5v8AAAAAGAD6//X/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADI/9L/5f/j//X/DAAWAAAAAAAAAAAAAAAAAAAAAAAAAPP/3/8AAAAA6f/m/wAA3f/a/83/MADd/8z/1f+i/x0ADQAAAAAAAAAAAAAAAAAAAAoA0v/Y/9z/6f/Y/wAA2/8FAAAAAAAAAAAAAAAAAAAA7P8UAO7/+f/s/+z/7P/s/9H/yv8dAO//2P/h/9j/9v/s/+z/8P/u/+7/FADs/+z/7P/s/+z/7f8UAOz/7P/s/xQA7P/s/+z/6//q/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/DQC+/5X/7P/g/+r/tv8GANj/1//Y/wAA1//R/83/tf/Z/5v/AAC4//n/+v/a//b/AADB/wAA3f/A/+b/CQAAAAAAAAAAAAAAAAAAAAAA6//7/9j/3P/n/wAA0f8TAOz/GgAAAPP/8P8AAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwA6//U/9T/5P8HAOz/6v/Y/9n/6v/s/+P/5P/Y/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+f/5P/g/+P/4f8YAOH/AADs/+L/EwDv/xMA0f/m/wAAAAAAAAAAAAAAAAAAAADc/+n/6P8mAOb/0f/i/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/a/yMA2P/d/97/3//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//r/AAAAAAAA8f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAD3//T/6//s/+z/AAAAAAAAAAAAAAAAAAAAAPj/8v8AAAAAFAAAAPr/9P8AAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAAAAAoAAAAAAPj/5v/m/+j/AADy/yoA9P8AAAAAAAAAAAAAAAAAAAAA6P/p/+z/6//r/+r/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+//FgDw//T/8P/p/+//6v/r/xcA2f/f/9//5P/r/xUA7v/x//X/8P/y/+v/7f/x/wAA8v8WAPT/7//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/8v/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9r/+v8AAAAA4f8AAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/8v8HAPv/9P/j/8T/EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADv/wAAAADs/xQA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/0//r/8/8AABQA6P/y/wAAAAAAAAAAAAAAAAAAAADs//T/+v/z/wAAFADo//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAPL/AAAAAAAAAADl/+7/IwD2/wAAAAAAAAAA5P/x/9n/AAAAAAAA+v8nAPL/7v/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAPv/CQAAAAAAAAAAAAAAAAD7/wkAAAAUAOz/AAD3//T/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/xQA7P/o/+b/2//q/+r/5/8aAOn/DgDe//P/6v/4/xEA7P/g//X/AAAAAAAAAADw/xYA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/+z/+P8AAPX/FAD1/wAAAAAAAAAAAAAAAAAAAADs//P/AAAAAAAA+P8VAOz/9//7/wAAAAAAAPL/EQD6/wAAAAD1//r/9v8SAPf/8P/w/8j/1//g/9j/vP8HAAoAAADs/+z/4f/o/+r/6/8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/8v/y/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAALD/zP/K/+3/1//J/0oAwf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+3/FADs/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/t/+7/9//s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAA7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/q/9r/3f/Z/xMA4/8AAAAAAAAAAAAAAAAAAAAA5v8gAOX/4v/Z/+j/2P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAD4/wAAAADy/wAAEQDi/73/2f/0/9T/2v8cAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlANL/3f/W/+H/2//b/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/t/+3/7v/q/yAA6//s/+3/+//q/wAAAADW/xgAAADq/+n/8v/z/+//6v8XAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPb/AADv/xgA9/8AAOn/7v/o//n/AAAAAAAAAAAAAAAAAAAAACMA6v/n/9j/5v/T/97/zv8AAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAAAAAoAAAAAACsA2P8AAPH/9//A/9b/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/9P8AAAAA+f8UAPL/7P8AAAAAAAAAAAAAAAAAAAAAAADV/7L/x/8AAPf/3v/M/wkA0//l/9b/0v/T/97/GgAAANf/7v/r/9//6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAOz/+P8UAOz/0v/s/+v/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA6f/J/9z/zP/M/xUAy//u/+z/FQDs//H/7P/t/+r/+P8AAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8P8AAAAAAADs/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/3//b/8v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//1/wAAAAAUAPT/AADs/+3/7f/u//n/7P8UAO3/7P/z/wAAAAAAAPj/FQDs/+n/5//k/+D/4//h/xgA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/wAA2//b/+r/4v/a/woANQDS/7//tP/G/73/3v/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/8f/t/+z/7P8UAOz/7P/t/+//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAADt/+f/FgAAAAAAAAAAAAAAAAAAAAAA8/8SAPT/AADy/+j/9v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//T/AAAAABQA7v/s/9X/1P/V/9D/0/8sAN//0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+P/y/wAA6v/6/ycAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/7P/m//D/+v8AAAAAFwDu/+z/AAAAAAAAAAAAAAAAAAAAAPf/9/8AAAAA+f/1/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9j/2f/c/9j/2/8pANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOv/7//t/wAA6f/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/r/+z/7P8UAOz/7P/s/+z/7P/s/+L/3v/q/+r/6f/m/xsA6f/U/9r/4v/j/+L/JADT/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//T/AAAAAPn/FADy/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+n/6f/s/xYA6//r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+3/7v/3/+z/FADs/+z/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/7P/s/+z/FADs/83/0f/Z/9b/0P8sAMX/6v/s//D/9P8AAO//FADs/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoAAAAAAAAAAADk/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7v/s/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/q/+r/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/FADs/+3/7f/s/+3/8/8AAAAAAAAAAAAADgAAAOL/6//l/+j/7P/r/xgA5v/s/+3/8P/2/wAA+/8UAPL/6f/Z//P/+P8AAPL/HgAAAOz/7f/t/+7/+f/s/xQA7f/s/+z/7P/u/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQA7P/s/+z/7f/s/+z/7P8UABQAAAAAAAAAAAAAAOz/AAAPAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//X/8v/t/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/+7/3f/d//T/4v/T/ywAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+z/AAAUAAAAAAAAAAAA7P/s/wAAFAAAAAAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8AAOX/4f/i/9//AADh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/7P/s/+r/4//s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAOf/9P/x/wAA9P/z/xwA9/8UAPP/AAAAAAAA8f/s//H/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/8//t/xQA7P8AAAAAAAAAAAAA5/8AABkAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/7P/s/+z/FAATAOz/AAAAAPn/DwDt/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAO3/7P/r//v/7v/s/+z/7P8UAAAAAADt/xQAAAAAAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAPT/AAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/2/wAAAAAAABMA7f8AAOz/7P/s/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/v/wAA+P/5//X/FADs/+D/+/8AAAAAAAD1/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/y/+7/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P/t/+v/7P8VAOz/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xcA3v/m/+//3f/p/+j/7P/t//D/7P/s/xQA7//u/wAAAAAAAAAAAAAUAOz/9v/r/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAYAAAAAAOz/7f/u/+z/7/8UAOz/7P/s//D/8f/0//T/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7f/5/wAA+v8AAO//FAD5/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/6v/s/+j/FADx/+v/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//2/+7/7P/u/wAADwDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/e/+f/0//r/9P/LADo/+z/7P/x/+3/9P8UAOz/7P8XALX/t//6/6T/uv/6/5//AAAAAAAAAAAAAAAAAAAAAN//4//N/+X/9/8jAOn/6//m/+n/5//d/+T/GgDn/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAVAOv/8f/3//f/AAAAAOb/9f/s/ygA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/Y/+v/6//p/xYAFADz/wAAAAD5/+v/7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/xwA5f/n/+L/3v/i/+P/8/8UAPT/AAD4//L/7P/w/+T/GgDp/+n/5//h/+D/4/8AAAAAAAAAAAAAAAAAAAAAFADu/+7/9P/x/+z/7P/s/yIA6//s//L/8f/Y/+T/7f8AAAAAAAAAAAAAAAAAAAAA7f8UAPX/+f/w//D/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAA8v8SAO//7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/FADr/+v/2/8AAOr/4f/3/wAAAAAAAPX/GgDo/+z/7P/s/+3/7P/s/xQA7P8UAOz/AADu/+z/7P/r/+z/7f/t/+7/7v/u/xQA7P/s/xQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAFAD2/wAAAAAAAOz/7f/t/+z/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//L/7v/s/+z/7P/s/xQA6//q/+z/7P/r/+v/5//q/+v/6//r/+z/FQDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/z/+z/9//t/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/s//L/AAD2/+3/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+v/AAD0/+3/7P/n/xQA7P/s/+z/7f/s/+z/FADs/+f/5v/V/+b/HwDj/9z/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7//s/xQAAAAAAAAAAAAAAAAAAAAAABQA6v/t/+z/7P/r/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P8UAOz/7P/s/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA7P/s/9j/7P/s/+v/CQAAAAAAAAAAAAAAAAAAAN7/6v/l/xoA6v/n/+f/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//7/+7/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAOAOz/8P/n/+n/1f/5/wAAAAAAAAAAAAAAAAAAAAAPAPT/AAAAAAAAAAAAAAAAFADt/wAAAADs//b/7//v/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/x/wAA6v/V/8//DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/y//D/9v8UAO3/8//s/9L/5P/h/8n/AADb/+D/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/t/+b/KwDr/+r/zP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/8v/w//b/FADt//P/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8/8AAAAAAAAAABMAAAAVAOv/AAAAAPn/8f/y/wAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAADw//r/AAAAAAAAAAAAAAAAAAAAAAAAAADN/93/5f/r/+j/DADn//P/FAD0/wAA+P/y/+z/8P/v/wAAAAAAAAAAAAARAAAA5v/p/+z/6//r/+n/FQDt/xQA7f/s//H/7v/s/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5/8TAOb/4f/k/wAA7//y//T/AAAAAPn/FADy/+z/8v/0/wAAAAD5/xQA8v/s/wAAAAAAAAAAAAAAAAAAAADj/+H/4P/k/+b/3P/i/x8AAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7f8UAOz/7P/s/+3/7f/t/+3/FADt//D/5f/Y/+j/5//o/+b/JwDo/wAAAAAnAPn/AADk//H/AADz//b/AAAAAAAAFAD0/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD1/wAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAASAPf/+f8AAAAAAAAAAAAAEgD3//n/5v/h/+H/4f/n/+P/HQDj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//f/8v/z/xQA7f/s/+z/FADs/+z/+P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/9P/E/8b/yf/R/xEA7f8AAAAAAAAAAAAAAAAAAAAAx//o/wcAAADU/9j/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9P/t//H/FADs/+7/FADq/+3/7P/s/+v/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6P/g//D/6v/r/+r/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu//D/AADs/+3/7P8FAOv/7P/s/+n/6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/w/wAA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAPL/7P8AAPL/AADv/xQA7f/y/+z/AADy/wAA7/8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//x/+3/7/8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//H/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/G/8n/yf/H/8T/wf8lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8WAOz/6v/o/+r/6//r/wAAAAAAAAAAAAAAAAAAAADq/+v/4f/1/wAA7P8WAPL/EAAAAAAAAAAAAPX/+f8AAOz/8v8UAAAA9P/s/+z/8P/s/+z/FADs/+z/7P/q/+z/7P/s/xQA7v/s/+z/7P/s/9n/4/8sAO3/8f/V/9T/3P8UAOz/7P/t/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/+v8AAPf/7//s/wAA6//p/+j/8//n/+L/FQDg/xQA7P/s/+3/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA8P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/wAAAAAAAPr/JwDy/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAM7/z//G/9n/zv8OAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAOT/6P/y/+z/7P/v/+z/7P/s/+z/FACw/+r/1v/0/7T/yP8NANH/GgDk/+D/2f/g/+v/zv/s/wAAAAAAAAAAAAAAAAAAAAAAAPn/JgAAAAAAAADa//n/QADD/9P/y/+y/9T/xP/k/wAAAAAAAAAAAAAAAAAAAAD3//n/u/+C/73/2f8AAOT/6//s/9v/5//u/xQAAADn/wAAAAAAAAAAAAAAAAAAAADl/9j/6P/n/+j/5v8nAOj/7P/s/+v/FQDw/+3/6f/r/+z/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA8v/Q/8D/8v/W/8z/AADs//L/GQD6/wAA8P/v/+f/AADa/9D/2P/H/+H/6v8TABQA9//M//v/4f8AAAAAPQAAABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA5//d/xUAvv/p/xMA0v/P/93/GwDk/9T/4f/Z/+b/6P/z/xQA9P8AAPj/8v/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+v/5//p/+z/4f/l/xYA2f/s//L/6//s/xgA6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/NwCs/+b/3P/h/87/4/8AAB8AAAAAAAAAAADk/wAA0P8TANH/1f/k//v/5v/o/+v/5P/D/7L/tP8lAOP/1f8UAPL/AADy/wAA8v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/7/+r/AAAAANb/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/wAA8v8AAO//FADt/+7/7P8AAO7/9f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/t//f/+P/w//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/9//4//e/wkA1v/o/wsA7P8UAAAAAADx/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt/+7/7//v/+7/FADw/+7/7P/t//D/7P/s/xQA7//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//r/9v8SAPf/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A5//c/9j/5f/k/+X/4v/m/+n/7f/t/+3/7P8XAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v8AAPb/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9P/2P/i/8z/zv+6/0kA6v/s/wAAAAAAAO//7P8VAO//7P/s/+3/7f/s/xQA7f/o/xgA5f/o/+f/4f/o/+f/7P/s/+7/8//4/+v/FQDn/+v/6//r/+r/7P/r/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+j/6v/o/+j/5/8YAOf/1v/V/93/1f/U/9H/KwDW/+v/7P/q/+z/6//s/xUA7P8AAAAAAAAAAAAAAAAAAAAA6//s/+r/7P/r/+z/FQDs/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAA7P8UAO3/GQDr/+r/8//y/+X/6f/v/+n/8v/s/+X/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/x/+r/4//s/9//GADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAZAOv/6v/z//L/5f/p/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA+P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//j/AAAAAAAAAAATAAAA5P/k/+v/4//o/+v/GQDo/wAAAAAAAAAAAAAAAAAAAADs/+//7P/4/wAA9f8UAPX/GADr/+z/5//r/+r/4v/q/wAAAAAAAAAAAAAAAAAAAADs//j/AAAAAAAAAAAUAAAA3f8VAOr/6P/o/+L/7P/r/w0AAAAAAAAAAAAAAAAAAADr/wAAAAAAAAAA9/8VAAAA6//p/+r/6v/s/+v/FwDn/wAAAAAAAAAAAAAAAAAAAADs/xoAAADz//D/AADh/wAAFADs/+7/7P/t/+z/7P/s/wAAEwAAAAAAAAAAAO3/AADs/wAAAAAAAAAAFAAAAAAAFADs/+z/8P/w/+z/7P/t/93/8P/v//v/+v8jAPH/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/AADu/+z/7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0AAAD1//j/AADn/wAA0//R/9L/JQDU/9P/3P/X/+v/6//r/xUA6//s/+v/6//R/9n/7v8bANz/1//H/+z/6//s/+v/FQDs/+z/6//r//f/AAD4/xkA+//c/+v/6v/s/+z/7P8UAO3/7P/s/+z/7P/s/+z/FADs/+z/7P/r/+z/7P/s/xQA7P/s/+z/7P8AAAAAAADw/wAAAAATAAAA7P/s/+z/FADt/+z/7P/s/wAAAAAAAPD/AAAAABMAAADq/+z/6P8UAPH/6//s/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQA4v/r/9n/2f8SANb/4//4//D/8v/w//b/FADt//P/7P/k/+f/5f/n/wgA6//o/wwAAAAAAAAAAAAAAAAAAAAAAAAA7v+//9L/zP/i/9r/AADo/+n/6f/w/+z/6v8XAPD/AAAAAAAAAAAAAAAAAAAAANH/6P/g/+b/3P/p/yAA4/8AAAAAAAAAAAAAAAAAAAAAFADz/wAAAAD5/+v/7f/t/+P/3v/u/wAA+//t/x0A7v8AAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAA9f8AAAsAAAAAAAAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAA6/8WAOr/6//r/+z/6P/q/wAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA8f/3/wAAAAAAAAAAAAAAAAAAAAAAAPf/9/8AAAAA+f/1/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/t/+7/8//x/+z/FADv/wAAAAAAAAAAAAAAAAAAAAD4/x8AAAAAAPX/AADj/wAAAAAAAAAAAAAAAAAAAAAAAND/2P/p/wAA7f/m/yIA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/1//L/+f8AAOz/JgAAAOv/7P/s/+z/6//r/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+v/6//p/+X/6v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA7f/x/wAA9v/X/+f/9P8AAAAAAAAAAAAAAAAAAAAA1P/d/97/7f/1/9j/JwDj/xQA7v/u//T/8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//H/7f/z/+7/7P/s/xQA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/9P/u//T/7P/t/+z/7P/s/wAA8P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/w/wAAAAD4/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P8UAOz/7f/t/+z/7f8AAAAAAAAAAAAAAAAAAAAA8/8AAPT/9P/u/xYA7//q/wAADgAAAAAAAAAAAPj/AAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAA7v/y/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//0/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7//7//D/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA7f8AAAAAAAAAAAAAAAAAAAAAFwDs/+3/7f/t/8//7P/s/wAAAAAAAAAAAAAAAAAAAADq/+z/6//s/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAABQA8/8AAAAA+f/r/+3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/r/+3/7P8VAOz/7P/u/+//AAAAAAAAFADs/wAAov+w/8//wf/X/08Ay//B/+n/7P/q/+v/7P8YAOH/7P/2//j/FwAAAAAAFADz/+z/AAAAAPr/AAAAABwA+f/v//f/9f8AAAAA+v8WAAAAAADt/+7/7//v/+7/FADw/+7/7f/u/+//7//u/xQA8P/u/wAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAPf/EQDy/wAA8//y//f/8//0/xMA8f/2//D/7f8AAAAAAAAUAOz/AAAAAPH/AAAAAPX/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/8f/7//H/7P8ZAPj/8/8AAAAAAAAAAAAAAAAAAAAA7P/w//H/9P/0/xQA7P/t/+v/5//z//P/9f8UAOz/7f/s/+3/7f/t/+3/FADt//D/7v/s/wAA+f8AABQA9v/u/wAA8f8AAAAA9f8SAAAAAADs/+3/7v/s/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/t/+3/7f8UAO3/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/s/+z/6//t/+z/6f/q/xQAFADs/+3/7f/s/+z/7P/s/+b/7P/s/+7/8P/p/xgA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7f/u/+3/7v/s//L/6f/x/wAAAAAAAAAAHgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/97/7v8AAPv/7f8dAO7/6v/p/+z/6f8aAOH/6//Y/wAAAAAAAAAAAAAAAAAAAADX/+D/1//J/y0A2v/e/7X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//H/7f/z/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAAABkAAAAAAAAAAAAAAAAAAAAAAOz/7P/o/+3/6//r/+z/FQAAAAAAAAD6/wAAFAAAAOz/7P/x//D/+f/x/+z/FAD2//f/AAAAAAAAAAD5/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAOn/7//r/+z/4//p/wAAAAAAAAAAAAAAAAAAAADG/9D/AADr/+f/0/8AANr/BgDr/9D/4P/N/wAA4f/U/xgA6f/v//X/+P/3/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+r/7v/s/xQA7P/q/+z/6v/s/+v/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAM//wP/l/8X/6v/J/wAA1v8AAAAAAAAAAAAAAAAAAAAA8f/q/wAAAAAiAPP/+P/m/+z/7P/v/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/h/8z/KQDm/wAAvP/I/wAAAAAAAAAAAAAAAAAAAADy/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADq/+L/2f/a/+v/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcAzv/L/8f/x//q/+v/6P/4/wAA7v/s/+3/7v8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAA5P/U/8L/AACt/7v/AAAAAAAAAAAAAAAAAAAAABcA+/8AAPH/8P8AAOj/5P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P8UAOz/7f/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/s/wAA8P/r/+7/7f8XAOz/7P/t/+//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADe/wAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7v/u/xQA7P/s/+r/8//6/+3/6/8WAO3/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//3/wAAAADm//X/7P8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/7P/z/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgA7P/s/+7/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//r/7//s/+z/7P/k/+T/6//j/+j/6/8ZAOj/7P/s//L/AADv/+z/8f8UAOr/6//s/+3/7P8TAPL/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgANP/1v/y/+z/s//a//r/AAAAAAAAAAAAAAAAAAAAABsAAAAAAAAAAADy//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AADt/+7/2P8AAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/9X/2P/Q/93/x/8xAND/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+3/7P/u/+z/6//0/9n/AADY/wAA3f/k/+H/5v8AAAAAAAAAAAAAAAAAAAAABgDW/8b/8f/o/wwA6//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8AAPD/FADs/+v/AAAAAAAAAAAAAAAAAAAAAOv/GgD2/+//8//p/+X/6//x/xUAAAD5/wAA+P/r/wAA6/8VAOr/7P/u/+D/6/8AAAAAAAAAAAAAAAAAAAAAAADs//P/AAAAAAAAFAAAAPf/AAAAAAAAEwAAAO7/AADv/+v/7P/r/xUA7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+r/7P/s/93/AADu/xQA7P/u/+3/9//4//D/9f8UAOz/7v/t//f/+P/w//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAPX/AAAAAAAAEQAAAOf/7//s/+f/7v/q/+r/GQAUAOz/7f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/2P/3/+7/IwDw/+j/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAAD6/+z/7P8AAAAAAAAAAAAAEwAAAO3/6/8VAOn/6//s/+v/6v/r/xQA7P/t/+7/7P/s/+z/7P/s/+3/7f/t/+3/FADt//D/2P/Y/+r/4//l/x4A6//Z/wAAAAAAAAAAAAAAAAAAAADv/wAA8f8AAAAAFQD3/wAAAAAAAAAAAAAAAAAAAAAAAOz/4v/W/9z/5P8WAOv/3//m/+n/7P/r/+v/6f8VAO3/AAAAAAAAAAAAAAAAAAAAAA8A9P8AAAAAAAAAAAAAAAAWAAAA9f/y/wAA7P/g/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYA6v/t/+z/7f/p/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/8f8AAA8A3//T//X/yP/y/9f/FwDr/wAAAAAAAAAAAAATAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7P8AABQAAAAAAAAAAAAAAAAAAAAAAOv/AAD5/9n/4P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAPP/7f/s/+z/FADs/xQA9//s/+3/7f/d/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAAAAPT/FADu/+z/AAAAAAAAAADy/+z/AAAUAAAAAAAAAAAAAADn/wAAGgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADt/+z/7v/h/ycA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh//f/AAAAAAAA9f8aAOj/6P/o/+r/6P/o/+f/GADn/+3/7P/s//H/FADs/+z/7P8AAPr/AAAAACcAAADt/9r/7P/s/+v/7f8qAOn/7P/Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//Y//v/AAAAAAkADADg/97/4//k/9z/3f/K/yAA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/97/4//o/+n/5v8lAOP/7P/y/wAA7P8AAPD/FAD4/+7/7f/s/xQA7P/s/+z/7P8UAOz/AAD3//T/6//s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADu//H/+P/0/+z/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/8v/6/wAA+f/r/+r/6v/g/+P/5P/g/+L/FwDq/wAAAAAAAAAAAAAAAAAAAADZ/93/z//S/9r/zf/f/ycAzv/g//H/7f/t/+3/JwDo/9T/5P/U/9f/x//n/+b/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADx//f/AADZ/93/3P/s/+n/3f8bAO3/6P/w/wAAAADv/xgA6f/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAANAAAA5//v/+z/5//u/+r/6v8ZAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAPj/AADu/+z/7f/u/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/u//T/8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8VAPH/9f/v/+3/6f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//3/wAAAAD5//X/7P8VAAAAAAAAAAAAAAAAAAAAAADs/+3/7//7//D/FADs/+z/7P8AAAAAAAAAABQA7P/i//P/AAAAAAAAAAAKAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA7f/s/xQA6f/t/+//7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA8f/s/+z/7P/v/+z/7f/t/+z/7P/s/xQACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8aAOj/6v/p/+j/3P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/zP/Y/+X/MQDX/9H/4P/s/xQA7P/s/+v/7P/s/+z/0v/M/9j/5f8xANf/0f/g/+n/2P/3/+7/IwDw/+j/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAABwA+f/v/yIA4P/g/+f/5f/e/97/4/8UAOz/AAAAAAAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/6f/W/+X/4v8XAOj/7P/n/9//6v/d/+v/5v8cAOf/1f/U/9X/0P/T/ywA3//T/wAAAAAAAPD/AAAAABMAAAAAAAAAAAAAAAAAEwD2/wAA7P8AAPP/AAAAABQA7P/q/wAAAAAAAAAAAAAAAAAAAADT/9//7P8bAOr/5//m/+P/AAAAAAAAAAAAAAYAAAAAAOz/7P/s/xQA7P/s/+z/7P/t/+//7f/z//L/7P8UAO3/7P/s/+z/7f/t/+z/FADt//b/+v/t/+z/7f/u/xQA7/8AAAAAAAAAAAAAAAAAAAAA5f/f/9H/0v/Z/yUA4f/U//H/AADy/xYA9P/v/+r/AADU/9//5//m/+T/LADT/9X/1v/I/9r/yf/c/7n/LgDH/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/xUA9P8AAAAA+f/m/+z/7f8LAAAAAAAAAAAAAAD1/wAACwAAAAAAAAAAAAAA9f8AAOv/7P/r/+z/7P8VAOr/7P/1//b/+v/m//n/HgDn/+z/AADy/+z/2P/x/9//LQD6/9v/3//f/9r/2/8oANj/2f/s/+z/6//q/+z/7P8UAOz/7P/s/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKQDV/9f/4v/h/+b/1v/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAATAAAAAAAAAAAAAAAAAAAAAADs/+3/7//4/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+r/6/8WAOn/6v8AAAAAAAAAAAAAAAAAAAAA8f/t/+7/9//s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+f/3/wAA7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8AAAAAAAAAAADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+3/7P8UAOz/7P/t/+3/8f/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADr/+X/7P/o/+b/6v/t/+//7f/z//L/7P8UAO3/7P/u//H/AADt/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+//7P/4/wAA9f8UAPX/AAAAAAAAAAAAAAAAAAAAAPf/7P/g/+j/3//r/xQA7v/Y/9X/7//3/+n/JwDd/+H/AADV//D/8//r/wgAy//U/wAAAAAAAAAAAAATAPb/AAAUAOz/7P/s/+//7P/s/+z/7P/s/+z/7f/t/xQA7P/s/+z/AADy/wAAAAAUAOz/7P/q/+z/7P/t/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA7P/u/+7/7f8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FgDs/wAA7//6/+v/+f8AAAAAAAAAAAAAAAAAAAAA7v8WAOz/AADv//r/6//5/+7/FgDs/wAA7//6/+v/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6/8XANn/3//f/+T/6/8UAOz/7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/5/+D/7P/m/x8AAAAAAAAAAAAAAAAAAAAAABEAAADs//H/5v/Z/+r/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/t/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9j/EwDY/+j/AADY/+L/FQDr/wAAAAAAAOz/6/8AAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//L/7v/s/+z/7P/r/xYA6P/t/+z/7P/l/+n/FQDp/+v/8f/x/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAUAO3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FQDs//f/7v/2/+v/9P/u/xYA7P8AAO//+v/r//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//7/wAAAAAAAPL/EQD6/+//7P/s/+3/7f/s/xQA7f/s/+z/8v8AAAAAFADu/+z/6v8AAOz/7P/s/+v/EgDs/+z/FADp/+3/7//s/+v/7P8AAAAAAAAAAAAAAAAAAAAA8f8VAAAA+f8AAPj/6/8AAO//EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/9H/1v/E/9f/+P8UAOX/6//s/+z/7P/w/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6/8AAAAA+f/x//L/AADY/9v/EwDY/+7/2f/7/9j/JgDr/+3/6f/w/wAA1f8AAPb/7P/s/+z/7f/1/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/4f/o/+L/7P8AABMA8v8AAA4AAAAAAAAA+//2/wAA8P8VAPD/9v/4/+z/6/8AAO3/FADt/+3/7v/y/+z/AAAAAAAAAAAAAAAAAAAAAAAAsP/E/+n/EADj/8T/AADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAx//h/8//zf8GAAAA5P/s/xQA7P/s/+z/7P/s/+z/7P/d/9n/AAC8/+j/+P/X/63/1f+l/+P/0f8UAOb/8/8QAAAAAAAAAAAA9f/5/wAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADE//D/xv/p/+D/+f/i//f/x//o/wcAAADU/9j/6/8AAOz/7P/s/+z/7v/x/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/6v/2//j/7v/g/+r/MwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/8H/yv8QAOr/AADD//T/6v/z//r/7f/r/xYA7f/v/+v/7P8AAN//3P8TAOj/6/8AAAAAAAAAAAAAAAAAAAAA1v/q//b/+P/u/+D/6v8zAAAAAAAAAAAAAAAAAAAAAADi/9H/7v8hAAAAw/8dAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/4f/Z/+P/1v/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADt/+z/7P/s/9X/3//m/+X/4v8sANb/3P/2/wAAAAAAAAAACgAAAAAA5v/s/+v/7P/s/xUA7P/s/+z/7f/w/+z/7P8UAO//7v/s/+b/FQDs/+z/2f/r/+P/4v8eAOf/5P/l/93/0f/p/+z/6//r/+z/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAGADq/+z/zf/k/+r/4v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//j/9X/4f/0/x8A7P/r/+v/7f/s/+7/7v8UAOz/7P/s/+3/7v/s/+//FADs/+z/yf/R/7//0//x/zoA3v/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6/8AAOz/7f/r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/j/xwAzv/I/8L/3f/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOj/4P/w/+r/6//q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAAAAAAAPn/EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/7v/0//H/7P/s/+z/5f/X/wAAAADw/yEA5v/p/wAAAAAAAAAAAAAAAAAAAADs/wAA7/8AAAAA7P8UAPn/9v/v/wAAAAD7//r/+P8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/t/+z/AAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/u/wAA+P/z/+z/7/8cAAAAAAAAAAAAAADo/wAAHAAAAAAAAAAAAAAA6P8AAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P/t/+T/AADf/9b/CwDc/wAAAAAAAAAAAAAAAAAAAAAAAOr/6v/s/+z/FQDp/+T/6v8AAAAAAAAAAAAAAAAAAAAAzf/m/wwA3//T/97/1v8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/u/+3/7f/s/+z/+//h/wAA9//e/9r/7P8zAOz/7P/v/+z/7P/s/+z/FADf/+H/5P/i/+X/1/8sANX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/x/wAAAAAAAO7/AAATAOr/6P/v/+3/7P/p/+n/FwDs/xQA7P/s/+z/7P/r/+z/7P/t//D/9v8AAPv/FADy/9j/5//r/9z/7f/T/ycA6f/s/xQAAAAAAPH/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABoA8v/x/wAA+v/n/+P/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/z/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/+P8AAAAAAAD6/xQAAADr/+z/7P/s//D/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPD/8v/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAA3f/o/9r/5P/i/9j/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/2/wAAAAAAABMA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9r/2P8jAOn/2f/q/+P/AAAAAAAAAAAAAAAAAAAAAOz/7f/u/+7/7v/s/xQA7f/s/+z/7f/y/+//7P8UAPf/AAAAAAAAAAAAAAAAAAAAAOj/4//n//L/6f/k/xoA9f8AAAAAAAAAAAAAAAAAAAAA5f/m/+f/5v/p/+f/GgDn/+b/6f/s/+v/6//p/xUA7f8AAAAAAAAAAAAAAAAAAAAAGQDs/+z/2v/i/+j/6P/k/wAAAAAAAAAAAAAAAAAAAADW/9j/2f/c/9j/2/8pANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9n/6/8mAN7/3v/a/9f/2P/s/8b/4//t/yoA6P/c/wYA4f/S/9//2//a/wAA2v8UAO7/7v/0//H/7P/s/+z/2P/V/+//9//p/ycA3f/h/9//5//q/+f/JADQ/+n/xv/2/wAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAxf/l/9b/zv/J/ygA4P/Z/9f/0//Y/+L/zP/O/7r/SQAHAOr/1v/i/9//AADm/+r/7f8AAAAAAADt/+z/7v8UAOz/7P8AAAAAAADs/xQA7f/v/wAAAAAAAAAAAAASAPn/y//i/+z/5v/w/8f/RwDg/+z/7f/v//D/7/8VAOP/7/8AAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAAAADgAAAPf/9P8AAPf/AAATAPP/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+j/7f/r/+v/7P8VABgA7//6//P/7v/p/+n/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADt/xQA9f/5//D/8P/s/+7/1/8AAOD/0v/X/xIA1//U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADp/+7/8//x/+D/8P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/s/+3/6//f/9n/8v8oANb/3v/c/+3/AADZ/yoA+P/s/xQAAAAAAPH/7P/s/+z/0f/h/9j/0//b/+n/HQDm/+7/7f/s/xQA7P/s/+z/7P8UAAAAAAAAAAAA+P/s/wAA5v/k/+v/6P/p/ycA3P/m//H/3f+2/wAAof/M/9b/CgAAAAAAAAAAAAAAAAAAAAAAFADS/+3/7f/n/+z/6f/s/8z/7f/v/+//7v/s/ywA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAD7/wAAAAAAAAAAAAAAAAAAAAD4/+z/AAAUAPX/7P/u/+3/3//k/+H/6v/X/9j/2/8rAOz/7P/x/wAA8P/t/xQA7P/n/83/7P/Y/+z/AAAAAOr/AAAAAAAAAAAAAAAAAAAAAO//EgAAAAAAAAAAAPX/AAATAO3/7//v/+7/AADr/+H/AAANANn/2f/f/9j/5v/a/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA+P/l/+3/1v/T/wcAtP8AAMn/6v/s/9j/IQDH/9P/xf/U/+v/1f/k/+j/2v8iAOj/0f+x/5X/bf/C/yUA2f/q/+3/7/8AABQA8P/s//P/7P8AAAAAAAAAAAAAAAAAAAAAHADT/+D/2P/m/+f/3//X/+z/7P/x//H/7f/s/+z/FADf/+H/3//f/+D/IQDe/9z/AAAAAAAAAAAAAAAAAAAAAPP/8v/3//P/9P8TAPH/9v8AAAAAAAAAAAAAAAAAAAAA7v/t/+//7//v/xQA7P/t/+L/IQDI/8v/3f/g/9D/6P/t/wAA7/8UAAAA7P8AAOz/6/8AAOz/7P/r/9n/FADr/+r/7P/o/xQA8f/r/+z/7f/W/+v/2P/j/+n/FgDb//T/AAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAFADx/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADg/9r/1//g/97/1v8AAAAAAAAAAPb/2v8AACYA6//t/wAA+f8AABYA6v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA7P/t/9j/5v/Z/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f/s/xQA7P/s/+z/7P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/h/+H/4f/n/+P/HQDj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+v/6/8WAOr/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/9//6P/o/+P/GgDn/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/7P/1//L/7P/q/+v/GQAAAAAAAAAAAAAAAAAAAAAA5P8AALr/tv/i//H/3f8OALz/vf+//7z/u/8sANb/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//8f/t//T/7//v//D/FAAAAAAAAAAAAAAAAAAAAAAAyP/D/8X/xP/F/yUA1f/r/+n/2P/n/+f/5v/l/+L/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAPv/FgDq/+3/7P/q/+D/7P/r//T/9v8AAAAAAAAUAPL/7P8AAAAAAAAAAAAAAAAAAAAA7/8UAAAAAADu/+7/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/1P/q/+r/7P/q/+z/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/3//i/+D/7P/b/9b/LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/c/+v/AADw/woAFADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/9n/2v/s/xkA9v8AAAAA9v/5/+f/AADf/+P/zf/l//f/IwDp/+v/AAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/i/xwA6f/g/9b/5//o/+r/7//a/xQA7f/g/9j/7P8AAAAAAAAAAAAAAAAAAAAADgDJ/9r/zv/Y/xcAwf/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//f/8v/z/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7//2/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8VAOz/6//o/+z/7P/s/+r/2P/c/+z/6v/Y/9n/2/8oAOr/AADr/w8A4v/d/+b/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu//D/AADs/+3/7P/p/+r/AADr/+v/2P/p/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/4//D/9P/tf8lAOL/1f8AAAAAAAAAAAAAAAAAAAAAAADe/xIA0f/a/9b/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AANb/AADl/9j/6P8FACgA4P/t/9z/4//Y/9f/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/5f/n/+T/4v/j/+T/HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/4P8HANv/y//c/wcA3//s/+3/8f8UAPb/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/X/67/6//e/+j/AADf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/Q/+r/3f/f/7r/+/8rAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/9f/sv/n/+v/DADk/8v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//Y/9z/7f/n/+P/3/8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxf/F/+H/3v8TAMX/BgDr/+L/zv/q/xYA5v/r/+r/6f+4/+r/HAD1/8T/xf/W/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/u//D/7v/v/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA7P/s/+z/7P/s/+z/AAARAAAAAAAAAAAA7/8AAOz/7P/s/+z/8//t/xQA7P8AAAAAAAAAAAAAAAAAAAAA7v/s/xQA7P/t/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAA9P8UAO7/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPX/AAC9/+v/sf+///r/8v/q/w0A7P/s/+z/9f/y/+3/FADv/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7v/s/xQA7P/t/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAD1/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/4f/g/+T/5v/c/+L/HwDs/xQA7P/s/+z/7P/r/+z/5v/p/+j/3f/k/xkA6P/h/wAAAAAAAAAAAAAAAAAAAAAcAOr/6v/7/wAA7//j//X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/u/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/r/wAA9P/t/+z/5/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/c//T/AAAAAPD/LADW/+z/6/8AAPj/7v/s/+f/FADv/+z/7P/t/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAABQA8/8AAAAA+f/r/+3/7f8AAAAAAAAAAAAAAAAAAAAA0P/e/+T/3//b/+X/4v8kAOr/6//h//X/AADs/xYA8v/s/wAA7/8AAAAA7P8UAPn/AAAAAAAAAAAAAAAAAAAAAOv/7//w//H/AADs/xUA7v/x//b/+v/o//j/FwDr/+r/7f/7/+r/AAAAANb/GAAAAAAAAAAAAAAAAAAAAAAAAADw/xYA6/8AAO7/AADr//T/AAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAADs/xcAAADs/+v/FQDo/+z/5v/o//D/3v8gAOb/6f/i/+//3//h/wAAAAAAAAAAAAAAAAAAAAD3//T/AAD3/wAAEwDz/+7/5v/w/+z/9v/0/y4A2f/Z/+v/FADs/+z/7P/s/+v/7P+m//X/xf/c/8f/6P8AAAsA6/8XAPL/9f/2//b/7f/z/+z/7P/s/+3/7P/s/+z/FAAjAAYAzP/S/9D/x//U/73/DQAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7f/s/+z/7P/u/+z/FADs/+3/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAADx/yAAAAAAAAAAAAAAAAAAAAAAAAAA9P/7//n/6/8AABgA6v/p//f/HQAAAAAA+v8AAOX/AAAAAAAAAAAAAAAAAAAAAAAA4v/e/+r/6v/p/+b/GwDp/9z/4v/p/+j/6f/V/+T/HwAAAAAAAAD6/wAAFAAAAOz/0v/Y/9X/4v/i/+b/IQDd/+L/IQDI/8v/3f/g/9D/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//f/+j/2v/p/9n/HQDo/+f/3//o/9r/6f/Z/x0A6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//j/9v/+v/g/+n/GQAAAAAAAAAAAAAAAAAAAAAA6//q/+3/5P8qAOr/6v/N/+z/7P/u//P/7v8UAOz/7P8AAOL/7P/y/wAAHgD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+v/7P/s/xUA6v/s/9f/0//Y/+L/zP/O/7r/SQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/z//j/6/8VAOf/7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD3/x0AAAAAAPr/AADl/wAA9//7/wAAAAAAAPL/EQD6/+v/AAAAAPn/4P/v/wAA8f/s/+z/6P/t/+v/6//s/xUAAAD5/wAAAAA0AAAA7f/N//f/9P8AAPf/AAATAPP/7v/s/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADh/+z/+P/5/wAA7P8fAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8LAAAA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+H/7f/u/+X/2P8SAAAA6v/r/xcA2f/f/9//5P/r/xQA8P/2/wAAAADs/+z/AAAUAPD/9v8AAAAA7P/s/wAA6v/s/+j/FADx/+v/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/9v8AAAAAAAAUAPT/7P/s/+z/7P/u/+3/7P8UAOz/EgAAAAAAAAAAAPH/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAPH/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//X/8v/t/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/t/+3/7P/s/+z/FADs/+z/7P/t/+z/7P/s/xQA6P/l/+z/5/8cANT/4P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/9f/y/+3/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9v/4v/h/9j/AAAAANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAFADt/+z/7f/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/s/+z/7P/s/+z/6v/y/xQA3P/k/+n/5//s/+z/8/8AAAAAAAD4/xUA7P/s/+z/FADs/+7/7f/s/+z/6P/s/+f/4f/n/9z/HADm/+z/7P/s/xQA7f/s/+z/7P/q/+v/FwDZ/9//3//k/+v/8v/0/wAAAAD5/xQA8v/s/+z/6/8AAPj/7v/s/+f/FAAAAAAAAADw/wAAAAATAAAA6//r/+v/6f/s/+v/FQDr/wAAAAAAAAAAAAAAAAAAAADu/+//AAD2/wAAFADu//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/+P/3/+z/+f/t/+3/AAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAADr/xUA6//s/+3/7f/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/AAAAAOz/AADv/+//DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y//f/2v/t/xcA8v/p/wAAAAAAAAAAAAAAAAAAAADr/wAAAADb/+H/1v8AAAgA7P/s/+3/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/wAAGQAUAO3/AAAAAOz/AADv/9j/7f/s/wAA9//6/+z/8v8UAOH/0P/6/+D/3P/2//r/vv8AAAAAAAAAAAAADwD6//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//H/7f/z/+7/7P/s/xQA7//x/+3/9P/v/+//8P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+n/6//o/xAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/o/+v/6v/q/+n/FwDp/+3/7P8UAOz/7f/k/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA7P/s/+z/4v/X/+T/4v8hAN//1/8AAOH/5f8AAAAAAAAoAOv/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAD4/wAAAADy/wAAEQAAAAAAAAAAAAAAAAAAAAAAzP/d/9z/u//M/xcA5P8AAAAAAAAAAAAAAAAAAAAAAADZ/ygA9v/z/9j/2//r/9n/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADs/+v/7f/0/xQA7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f/s/+n/GgDh/+v/2P8AAAAAAAAAAPX/AADs/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/z/+z/9//t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/y/+v/7P/s/+b/FADs/+z/+f/l/93/9//L/xYA1P/m/+H/4//d/97/xP/r/y4AAAAAAAAAAAAAAAAAAAAAAOz/6v/s/+z/7P/s/+v/FADy/+//AAAAAAAAAAAAABIA3v/Y//L/IwDi/9r/6//j/wAAFQDs/+v/8f/r/9j/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAADx/yAAAADs/+v/7f/w/xQA7P/r/+z/6/8TANv/2f/l/9v/AADp/wAA1f+9/7b/xf/m/93/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVANX/s/8nAND/1P/U/73/AAAAAAAAAAAAAAAAAAAAANT/3//g/9z/9f8AABMA1f/r/+z/+P/i/93/FQDp/+z/6//s//j/4v/d/xUA6f/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/u/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOf/2P8UAOj/8//r/wAA2v/O/xAA2P8AANP/1//Y/9j/yP/E/9X/9P8AAO3/xP/H//L/5v8AAAAAGAD6//X/7v/Z/+X/1//i/+L/1P8SAAAAAAAAAAAAAAAAAAAAAAAAAOb/7f/5/+X/AAATANP/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/HADp/+X/5//m/+P/4/8AAAAAAAAAAAAAAAAAAAAA+f/4/wAAAAAAAPb/7P8UAOz/FQDz//f/8P/t/+n/7f/P/9b/CgASAN3/2//r/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+L/7P/q/+z/5f8WAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+L/7//m//H/IQDp/+D/7P/t//D/7P/s/xQA7//u/wAA4//r/+7/AAAbAPP/AADY/+//8P/7/+f/JwDi/+j/AAAAAAAA8/8AAAAAEAAAAN7/3//U/9L/2v85AOH/1v/5/wAAAAAAAAAAEAAAAPn/BwDs/+7/7v/t/wAA7P/s/wAAAAAAAAAAAAAAAAAAAADd/+3/7//r/+z/EQAQAO//AAAAAAAAAAAAAAAAAAAAANT/0P/N/+r/3/8oAMv/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//L/AAD2/+3/7P8UAAAAAAAAAAAAAAAAAAAAAADr/+v/6P/q/+r/FQDs/+z/AAAAAAAA8P8AAAAAEwAAAAAAAAAAAPD/AAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/+P8XAAAAAAAUAPP/7P/s/+z/7P/v/+3/FADs/+z/+P8AAO7/7P/t/+7/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/xQA6f/r/+z/6//s/wAAAAAAAAAAAAAAAAAAAADG/+T/6//s/+f/KwDa/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAABIAAADw//T/7f/s/+z/7f8UAO3/7f/z/wAA+//7/xQA9P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/xQAAAD0/+z/7P/w/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/FADs/+z/6v/s/+z/7P/s/+z/FADs/+r/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//o/xoA6v/q/+f/5v/p//b/AAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAABoA6f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/0/wAAAAD5/xQA8v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAADw//P/AAAAAAAA7v8AABMA7//s/+z/7f/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+//7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/3//j/AAAAAOv/FgAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAAAAAADf/+n/6f/6//j/GgDl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+r/6P8WAOv/6//q/wAAAAAAAAAAAAAAAAAAAADq/xUA6//s/+3/6//q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADe/+z/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA8f/1/+//7f/p/+3/FQDt/+//9P8AAO//6//p/8v/2v/p/9r/0f/p/xgA1f8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADj/xwA4P/c/+X/6P/a/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAAAAAADl/+f/6f/o/9X/AADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f8AAAAA+/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAAAAAO3/FAAAAO7/8v/s/+z/7v/Z/ysA5//i/9P/2f/L/+P/AAAAAAAAAAAAAAAAAAAAAO7/8f8AAAAAAAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AABQAAADs/wAAAAAAAPr/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAA9P/0/+7/FgDv/+r/7f8UAPX/+f/w//D/7P/u/wAALAD1/wAAAAAAANf/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADx/+z/7f/4/+z/7//q/+r/7v8XAOr/6P/n/+j/AAAAAAAAAAAAAAAAAAAAAOj/7P/n/+H/5//c/xwA5v/o/+z/5//h/+f/3P8cAOb/6v/s/+j/FADx/+v/7P/t/wAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAANAAAANwDr//n/+//w/9z/0P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+b/6f/n/+n/6/8aAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8aAAAA8//w/wAA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/+z/7P8UAOz/8P/s//n/7P/t/xQA7P/y/+z/7f8AABQA7f/s/+z/7f/h/9//HgDm/+T/5P/f/+H/AAAAAAAAAAAAAAAAAAAAAO3/+//q/wAAAADW/xgAAADt//v/6v8AAAAA1v8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+X/1v/a/xwA6//W/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/9v/2f8WAOz/5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/d/wAA7P8XAN//6//1/wAAAAAAAAAAAAAAAAAAAADo/+n/6P/p/+j/FgDq/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//b/+X/1//2//P/DgDM/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA5//p//j/8f/f/+j/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+3/7P/s/+3/7f/s/+z/8f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P8AAOz/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAOv/8f/z//b/AAAAAAAAFADz/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8bAOX/7P/r/+D/4//r/+f/GwDl/+z/6//g/+P/6//s/wAA7v8AAPT/FADv/+z/AAAAAAAAAAAAAAAAAAAAAOv/AADR//f/1//c/wAAAADt/+3/7v/u/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/6/8AAPT/7f/s/+f/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//4f/f/9//4P8hAN7/3P8AAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAPH/9/8AAOv/AAD5/9n/4P/p/wAAAAALAAAAAAAAAAAAAAD1/wAA7P/v/+z/+P8AAPX/FAD1/xEAAAAAAAAAAADw//r/AAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/5v/m/+j/5f/k/+D/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/y//b/AAAAAAAAEwDt/wAA7P/s/+z/7P/s/xQA7P/s/+3/7v/v/+//7v8UAPD/7v8AAAAAAAAAAAAAAAAAAAAA3f8bAOT/1P/h/9n/5v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wwA7f/s//T/AADw/+z/8/8UAAAAAAAAAAAAAAAAAAAAAADl/9L/5f/m/+L/3f/U/z4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/FQDs/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAA9P/0/+7/FgDv/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/t/+3/7P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7/8AABQA7f/s/+z/5f/f/9H/0v/Z/yUA4f/U/+z/7f/w//b/AAD7/xQA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/AAAAAAAA+v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//9P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9n/HADm//X/2f/m/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//t//L/7//r/xUA6//u//H/AAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAO3/7f8VAOv/7P/s/+v/6f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+//6//r/+v/FgDq/+z/7P/s/+r/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/6v/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAA9P8UAO7/7P/s/+3/AAAAAAAA7P8UAO//7P/s/+z/7P/s/xQA7P/s/+z/6//s/+3/7P/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/u/+7/FADs/+z/z/+x/7//xf/s//r/2f8AAOz/7P8AAAAAFADt/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAFADt/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+X/5f/i/97/4P/i/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6v/t/+z/6v/g/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//9P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//GAD3/wAA6f/u/+j/+f/d/+P/6//n/+3/5f/d/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//m/9X/5v8fAOP/3P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/v/wAAAAD7//r/+P8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/t//P/6//t/+z/6/8WAAAAAAAAAAAAAAAAAAAAAADf/+f/3/8UAOb/9f/Y/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/9j/2f/j/9j/AADY/wAAAAAAAAAAAAAAAAAAAADo/+n/6v/p/+r/GQDl/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/8v/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/u/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPn/AAAAAPf/+f8AABYAAAAUAPP/AAAAAPn/6//t/+3/+f8AAAAA9//5/wAAFgAAAOT/7P/q//b/7f/l/xsA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7P8AAOz/8f/w//n/8f/s/xQA9v8AAAAAAAAAAAAAAAAAAAAA3//i/+//5v/x/yEA6f/g/wAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAPX/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f8UAOz/7P/q/+v/6//r/+v/FgDq/+r/7P8AAPL/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/q/+//4v/Y/9n/JwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+z/+f/s/+3/FADs//L/AAAAAAAAAAAAAAAAAAAAAOv/7P8VAOz/7P/q/+v/6v8AAAAAAAAAAAAAAAAAAAAA5//s//j/9v/5/+3/GgD4/+z/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8WAOz/7P/q/+z/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//r/AAD3/+//7P8AAPD/FgDr/wAA7v8AAOv/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKn/wP+3/77/y/+v/0AA5/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//P/AAAAAAAA+P8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+7/7//v/+7/FADw/+7/AAAAAAAAAAAAAAAAAAAAAOb/6P/p/+j/6f/m/xgA5/8AAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7f/s/+z/7P/l/xkA8f/2/wAA6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6P/i/xkA6//n/+j/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/h/+T/zP/m/xkA0//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7P8AAPL/AADv/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/CQDs/+v/7/8HAOP/6f/t/xUA6//s/+z/6//p/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/wAA2f/t/+P/5f/Y/xIAAAAAAAAAAAAAAAAAAAAAAOz/+P8AAAAAAAAAABQAAADs//j/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/wAAAADt/wAAFAAAAAAAAAAAAAAAAAAAAAAAAADs/+//AAAAAO3/AAAUAAAA7P/r/+3/8v/v/+v/FQDr/73/BgCz/6z/+v/B/+D/6f8AAA8AzP/L/wAAtP+i/8D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//3/+r/FQDr/+r/5f8mAN//AAD2//f/7P/t/+z/6v/f/9z/2v/n/9j/6f8aAAAAAAAAAAAAAAAAAAAAAAAZAOT/7P/k/+r/3v/q/+n/7P/s//f/7f/s/+z/7P8UAPj/7P/g/wAA5//v/+T/BwDy/+z/AADy/wAA7/8UAO3/6P/i/+v/6f/q/xgA5//p/73/6P+T/9P/n//7//b/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/6/8AAPD/AADs/xQAAAAAAAAAAAAAAAAAAAAAAAAAHgDV/+z/5//s/+X/3//s/wAAAAAAAAAAAAAAAAAAAADY/wwA3f/4/8D/7f8AAPP/8f8AAAAA+P/v/wAA+P8UANv/5v+//+f/1f/N/x0A6P/s/+v/6//s/+z/7P/r/xQAAAAAAAAAAAAAAAAAAAAAABMA7f8AAAAA7P/4/wAA4f/s/+z/7//s/+z/7P/s/xQA6P/h/wAA8v/m/+7/AADg/z8Atv/r/9T/zP/Q/6H/pv/Y/+j/5//S/wkA3P/l/wAAFAAAAO//8v/r/+b/7P/s/+7/7P8AAO7/9f/t/xQA7P/o/+r/5//p/+z/4f/k/xcA7f8UAAAA7v/y/+z/7P/u/+z/7P/s/wAAFADq/+b/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/2v+7/7//yP8aAOj/6v/n/9v/sP/T/9D/4P/r/wAA7v/m/wAAAAD6/+v/9/8XANn/AADc/+j/4v8oAOn/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/7P/t/+v/3//Z//L/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/AAAfAPT/1v+h//H/3v/m/wAA3v/s/+3/FADs/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/6f/s/+r/6P8WAOr/6v/w/xYA6/8AAO7/AADr//T/6//e/7n/4f/a/+T/9f/7/9r/EADt/+b/6/8AAOn/5v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAA9f/6//b/EgD3//D/AAAAAAAAAAAAAAAAAAAAANH/+v/H/7P/0v/b/wkACQAAAAAAAAAAAAAAAAAAAAAA7P/q/+7/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//m/+T/5//j/xUA0v/Z/+r/BwDt/wAA7P/n/+v/6P8AAAAAAAAAAAAAAAAAAAAA4//N/+3/yv/s//r/EADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDa/wAA2P/f/+v/2f/l/+z/6f/s/+f/7P8UAOv/7P/d/9v/2P/d/+f/KADk/97/AAAAAAAAAAAAAAAAAAAAACgA2v8AAAAAAADl/+L/5P/r/+f/0v/V/9H/uP8cAOv/7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/6//s//j/4v/d/xUA6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/7P/j/ykA6v/q/87/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/xQA7P/U/9v/2v/d/9n/0v/Z/zEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO//+f/s/+z/7P/t/+z/7P/d/+z/5P/s/+//FAAAAAAAAAAAAAAAAAAAAAAA4P8WANb/0//V/9j/+v/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA8f/s/+z/7P/s/+z/7P/t/+z/7P/s/xQA7f/s/+z/8f8UAOz/7P/s/9j/HADY/9j/6v/n/9v/6f/u/+3/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAA9v8AAPj/AAAAAPL/AAARAAAAAAAAAAAAAAAAAAAAAADl/xIAAAAAAAAA7f8AAPj/FADw//L/7f/s/+z/7P/s/xQA7P/t/+7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8MAAAAAAAAAAAAAAAAAPv/DADx//H/7f/z/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAEgAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAAAAAwA7P/t//D/9v8AAPv/FADy/wAAAAAAAAAAAAAAAAAAAADq/xYA7P/t/+v/7v/p/+v/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADf/+n/6P/p/x0A6f/b/9v/3P8bAOX/3v/b/9z/6v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v8AAOz/AADw/xQA+P/Y/9n/HADm//X/2f/m/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//8f/t//T/7//v//D/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//H/7f/0/+//7//w/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATANn/3f/a/+D/8v/q/+v/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/FADs/+z/6f/m/+f/5//p/+j/GwDh/+z/7P/s/+z/7P/r/xQA7P/r/+v/6//q/+z/6/8VAOv/FADs/wAA9//0/+v/7P/s/yIA7f/6//T/AADn/+3/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//v/AAAAAA0A7v/t/wAAAAD5/wAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAAAADu/+z/AAAAAAAAAAAAAAAAAAAAAOH/3//i/+D/7P/b/9b/LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/xsA5P/U/+H/2f/m/+j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P/p/+b/6f/o/+f/GADn/+f/AAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAADs/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADcA6//5//v/8P/c/9D/3/8AAAAAAAAAAAAAAAAAAAAA3P/X/+b/7f/q/9L/JgDd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//n/+z/AAAAAN3/JQDi/9L/0//V/9X/1P/S/9P/LAAAAPH/AAAAAAAA8P8TAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/7P/4//n/AADs/x8A7P8AAAAAAAAAAAAA9/8AABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FgDr/+v/6//q/+r/6f8AAAAAAAAAAAAAAAAAAAAAGgDy//H/AAD6/+f/4//t/wAAAAAAAAAA+P/x/wAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/s/xQA7P/s/+z/7P/s/+z/6v/r/+H/9f8AAOz/FgDy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAPL/EgDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgA7P/s//L/AAAAABQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//T/7f/s/+z/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAADs/xcAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAADu/wAA+f8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAD4/wAAAADy/wAAEQAAAAAAAAAAAAAAAAAAAAAA8f/y/wAAAAAAAO//AAATAAAAAAAAAAAAAAAAAAAAAADo/+v/5//p/+z/4f/l/xYAAAAAAAAAAAAAAOv/AAAVAAAA+f8mAAAAAAAAANr/+f/n/+//7P/n/+7/6v/q/xkAAAAAAAAAAAAAAAAAAAAAAOv/AAD2/wAA8P8VAO//8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA3//h/9//3//g/yEA3v/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//0/wAA9/8AABMA8//u/wAAAAAAAAAAAADr/wAAFQDd/9v/2P/d/+f/KADk/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/9P8AAO//FADs/+7/7f/t/+7/7v/u/xQA7P/s/+v/6v/p/+n/7P8WAOv/6//s/+z/9P/u//H/FADs/+7/7v/v/wAA9v8AABQA7v/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//r/9v8SAPf/8P8AAAAA9f/6//b/EgD3//D/zf/4/9//+v8AADsA2P/0/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/u/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAOv/AADs/+z/3f/z/97/FgDX/+v/7P/s/+3/9f/s/xQA6v/j/+z/7P/t/+r/7f/s/+3/FAAUAPL/9//0//X/7P/s/+z/8/8AAAAAAAD6/xoAAADn//T/AADu//D/7v8dAOz/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/5v/s/+H/3//X/93/KQAAAOz/AAAAAPn/AADt/+z/2P/v//D/+//n/ycA4v/o/wAAAAAAAAAAAAAAAAAAAAD3//T/AAD3/wAAEwDz/+7/7P/r/wAA9P/t/+z/5/8UAO7/9P8AAPr/AAAbANv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/4P/i/wAA+f8oANb/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADz/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAPP/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6//q/+v/6//p/+X/6v8VAO7/8v/y//b/7v/t/+z/FAD2/wAA+P8AAAAA8v8AABEA7P/s//H/8f/t/+z/7P8UAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6/8UAOv/6//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8mAO7/9/8AAAAA5f/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/97/5//e/+T/1f8lAND/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/7f/v/+//7v/s/ywA7/8UAOz/7f/t/+3/7P/s/+z/HADs/9v/y//g/+T/4//i/+z/7P/s/+7/7P8UAOz/7P/r/xQA7f/s/+z/7P/s/+//6P/r/+f/6f/s/+H/5f8WAOz/6v/u/+z/7P/s/+z/FADs/xQA7P/y/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/+v8UAO3/6f/s/+z/7f8AAO//FAAAAOz/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//t/+z/FADs/+j/GADl/+j/5//h/+j/5/8UAOv/+v8AAAAA9//s//n/7P8UAOz/7v/t/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/+v8AAAAA+//s/wAA7P8UAOz/7v/t/+z/7P/u/+z/FADt/+3/7f/z/+z/7P/o/+z/5//h/+f/3P8cAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAA5v8XAN7/5v/v/93/6f/o/wAAAAAAAAAAAAAAAAAAAAAWAAAA9f/y/wAA7P/g/+3/AADs/wAAAAD5/wAA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/0P/a/9b/3f8wAMj/3P/s/+3/+f/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/+/8AAAAAAAD0/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/9v8AAOz/FAAAABQA7P/s/+z/7P/s/+z/7P/o/wcA7f/5/wAAEwDa/wAA3v/P/9T/0v/l/83/KwDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8WAOz/6v/o/+r/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+//7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6f/p/+z/FgDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/9j/2f8cAOb/9f/Z/+b/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAPf/+f8AABYAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/9v/2v8WAOz/4P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKQDW/+j/1f/e/+b/2P/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+//AAD2/wAAFADu//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3/8hAPH/5f/i//D/2//k//j/GQAAAAAAAAAAAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/7P8AAAAAFADt/wAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//X/+v/2//j/EwDw//n/AAAAAAAAAAAAAAAAAAAAAO//FAAAAAAA7v/u/+7/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u/+//7//u/xQA8P/u/wAAAAAAAAAAAAAAAAAAAADv//L/9//y/+7/7P8UAO3/7/8YAPf/AADp/+7/6P/5/wAAAAAAAAAAAAAAAAAAAADT/9H/0v8lANT/0//c/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/9v/2f8WAOz/5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAAAAAAAAD7//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMT/1P/W/+T/LQDP/7//yv8AAPj/AAAAABQA8f8AAOz/AAAAAAAAAAAAAAAAAAAAAO7/7P8AAPf/AAAUAPX/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7P8AAPD/6//u/+3/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+//AAAAAPv/+v/4/xIAAAAAAAAAAAASAAAAAADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/7/8AAAAA+//6//j/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//j/+v/5//n/AAAAABQA7P/s/+z/7P/s/+z/7P8UAOz/7P/v//T/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA9f/5/+j/6P/S/+//6f/W//X/7P8AAPD/6//u/+3/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+P/6//n/+f8AAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/IADs/+n/9//j/9//6/8AAAAAAAAAAAAAAAAAAAAA9//3/wAAAADm//X/7P8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/6v8AAAAAIgDz//j/5v8AAAAAAAAAAAAAAAAAAAAA2P/Z/+T/2v8nAOT/3//0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//t/+z/FADs//b/7P/s/+z/7f/1/xQA7P/t/+n/+f8AABcA6//q/+r/3v8gAOb/6f/i/+//3//h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+H/AADt/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/X/xQA0//4/9L/EADE/9r/6v/s//H/8P/b/yMA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADr/+P/3//o/9r/2P/n/+n/5f8AAOr/DwDr/+3/AAAAAAAAAAAAAAAAAAAAAOz/6//t//L/7//r/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAOn/yP/g/wUA5P8AAAAA4v/R/9P/LwDU/9f/y//J/8//AAAAAAAAAAAAAAAAAAAAAOL/AADu/wwA6v+//+r/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAARAPr/7//G/xQA1//N/7v/z//v/9f/AAAAANj/5f/p/wAA1v8AACcA1//V/+//2P/C/9D/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA7P/t/+7/7v/p/+z/AAAAACUABwAAAOr/2//j/wAAHQAAAPX/+P8AAOf/AADr/+z/7P/s/+v/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAOz/7P/x/+v/6f8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA4P/A/67/vv8dAMr/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8v8AAPL/AADy/+z/7P+8/8T/7P8VANv/wv/l/+7/AAAAAAAAAAAAAAAAAAAAAPL/7P8AAPL/AADv/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/AADx/wAA6v/K/+X/8/8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7//t/+z/7P/s/+z/7P/s/+3/7P/s/xQA7P8GAOv/9//1/+z/9/8AAO3/u/8YABAAo/+u/6n/1/+Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/KADZ/+n/3//s/9j/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/f/9T/+//d/xIAx//s/xQA7v/w/wAA7P/t/+z/FQDs/+z/7P/v/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/s/wAALwD7/wAAAAAAAAAA0f8AABQAAAAAAAAAAADy/+z/+f8UAPD/AAAAAPr/7//s/+//7P/r/9v/2f8WAOz/5//s/+v/7P8VAOz/7P/q/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+z/4P/p/+z/6f8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAA4A8v/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9f/7//2/wAA7f8dAAAAAAAUAAAA7P/t/9j/3P/i/wAA7v8AAO3/7v/Y/wAA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPL/9//0//X/7P/s/+z/7P8UAO7/+f/s/+z/7P/s/+z/FwDr/+z/6f/v/9//6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO//7f/s/+z/7P/s//D/9P8AAO//FADs/+7/AAAAAAAAAAAAAAAAAAAAABUA6/8AAAAA+f/x//L/AAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//b/9n/FgDs/+f/7P/p/+7/8v/s/+r/FgDs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FADo/+b/7v/s/+j/GADm/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7v/s/+z/7P/s/xQAAAD0/wAAAAAAAPL/EgDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7//y/wAA9P8XANr/7P8AAAAAAAAAAAAAAAAAAAAA7P/v/xQAAADy/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s//r/AAAAAAAA7P8UAAAAAAAAAAAAAAAAAAAAAADs/xgA9P8AAPX/AADv//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9n/HADm//X/2f/m/9z/2P/Z/xwA5v/1/9n/5v/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+v/FgDr/+r/6v/h/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAADx//n/AADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOT/5f8wAPH/9v/e/8z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/5f8ZAOj/5v/j/+j/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/9/8AAAAAFgD0/+z/+P8UAOz/7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOH/EgDY/9n/2f/e/wAA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/7f/s/+n/6v8UAOz/7P/s/+z/7P8UAOz/7P/s/xQAAAAAAPH/7P/s/+z/7P/t/+z/7f/s/xQA6//s/+z/6f/s/+f/7P8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wAAAAAAAAAA9/8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAOT/7P/2/wAA6P/g/+j/AAAAAAAAAAAAAAAAAAAAAPb/AAD4/wAAAADy/wAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+//7P/n/+7/6v/q/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA5//p//j/8f/f/+j/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAAGQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/6/8VAOr/6//t/+v/6P/s/+z/7P/s/+z/7P/s/xQADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAAAAAAAPf/FQAAAA0AAAAAAAAAAAAAAAAAAADp//H/AAAAAAAAAAAeAAAAwv+//+D/4v/l/+X/1/8fAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/0/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//b/+v/o//j/FwDr/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/s/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/8v8UAAAA9P/s/+z/8P8AAAAAAAAAAAAAAAAAAAAA2//X/9P/zP/E/w8AAADW/xIA7f/t//D/7P8UAOz/yf/p/+j/5//n/+j/5v/i/xkAAAAAAAAAAAAAAAAAAAAAANj/1P/k/9L/2v8dAOr/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7f8AABQA7P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwDs/+7/7v/t/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADt//P/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v//T/7P/s/+z/FADx/+//FgDw//T/8P/p/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAA8v8SAO//7P/s/+//9P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAD6/wAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/j/93/3f/S/8L/LQDZ//v/JgDu//f/AAAAAOX/9P8AAAAAAAAAAAAAAAAAAAAA5/8bAOX/7P/r/+D/4//r//L/7P8AAPL/AADv/xQA7f/s/xQA7f/0/+7/9P/s/+3/7P8UAOn/7f/v/+z/6//s/+z/FADs/+r/7f/s/+z/7P/s/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAPX/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//b/AAAAAAAAFADy/+z/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/z//j/6/8VAOf/6//s/+v/6f/k/+r/6/8VAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/1//L/7f8UAO//2P8NANz/6//q/+n/AADs//f/7P/s/+3/7P/s/xIA7P/t/+7/7//v/+7/FADw/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9//2f/X/9j/GADp/+v/AAAAAAAAAAAAAAAAAAAAAO//7v8AAAAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+7/7//v/+7/FADw/+7/7P/s/+z/7f/s/+z/FADs/+z/7P/t//D/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+3/FADs/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/6//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/ywAAAD4/+P/9f/Y//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//P/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7/8UAPL/+P/t//P/7v/t//b/FQDt//f/9P8AAOz/8f/r/xwA7P/u//P/5//j/+3/AAAAAAAAAAAAAAAAAAAAANP/2f/w/wAA9v/S/yoA2//6/ysA9P8AAPf/AADU/wAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAPf/9P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/8P/5//H/7P8UAPb/AAAAAAAAAAAAAAAAAAAAAOj/FQD1//b/6v/r/+j/7P8AAAAAAAAAAAAAAAAAAAAA9P/j/+T/9f8AABkA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7/8AAAAA7P8UAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/+X/1//V/9X/IQDo/9z/AAAAAAAAAAAAAAAAAAAAAAAA2P8AAPb/6f/X/+j/AAAUAOz/7P/s/+z/7P/s/+z/2P/i/+r/3P/i/yUA1//m/wAAAAAAAAAAAAAAAAAAAADt/+//AAAUAPD/7P/z/+z/6v8kAOb/3P/n/9j/1f/q/+z/7P/t/+//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/wAAAAAAAPj/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/yEA4P/d/+f/6f/a/97/6//6/+3/AAAAAPL/FQAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADX/9P/2P/i/8z/zv+6/0kAAAAAAAAAAAAAAAAAAAAAAPH/FQAAAPn/AAD4/+v/AADs/xQA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/6/8aAPb/7//z/+n/5f/r/+n/AADa/97/3v/b/wAA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7//t/+3/7P/s/+3/FADx//X/8P/w/+3/7P/u/xsA6v/p/+n/6P/n/+P/7P8UAPH/AAD0/wAA7f8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/7f/t/+3/FADt//D/AAAAAAAAAAAAAAAAAAAAAOz/7f/t/+3/7f8UAO3/8P/r/+n/6v/q/+z/6/8XAOf/7P/t/+z/7//t/+z/FADs/wAA9P8AAAAAAADy/xIA7/8AAPL/AAAAAAAAAAASAPD/6//s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8XAOv/6//q/+n/6//q/+T/GwDs//D/6//s/+b/7P8AAAAAAAAAAAAA9/8AABAA7P8AAPD/AAAAABQA7P/t/xQA7P/w/wAA7//t/+z/AAAAAAAAAAAAAAAAAAAAAAAAEADU/9b/4v/o/+v/+P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//o/+z/FADs//P/6v/r/xEAAAAAAAAAAADw//r/AAAjAPb/AAAAAAAAAADk//H/FADs/+T/AADo/+v/6v/s/+b/7P/q/+n/7P/f/xcA7P8WAPP/AAAAAPD/7v/q//r/FADu//P/8//3//D/7P/z/xQA7P/u/+3/9//4//D/9f8AAAAAAAAAAAAAAAAAAAAAFADs/wAA9//0/+v/7P/s/wAA7P/s/+v/7P/Y/xAA5P/o/+n/HADr/+z/5v/Z/+f/x//T/8//vv/N/8D/OwCs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAA9f8AAPL/8f8AAAAAAAAAABYA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6/8AAAAAAADs/+v/AAAAAAAAAAAAAAAAAAAAAAAA2P/i//L/2f/u/xQAAADr/+b/6f/t/+3/7f/s/xcA6//L/8z/0v8iANj/x//g/8X/JAD4/wAAAAAAAN//6/8AAAAAAAAAAAAAAAAAAAAAAAAmANz/2P/J/9r/0//a/+H/AAAAAAAAAAAAAAAAAAAAABQA8/8AAAAAAADx/+z/8f8AAAAAAAAAAAAAAAAAAAAA1/8VAOr/6v/p/wAA7P/r/ygA7f/x/wAA9v/X/+f/9P8WAN7/xf/M/+z/nv8AANf/AAAAAAAAAAAAAAAAAAAAAPn/AAD5/wAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAA7P/0/wAAAAAAAAAAFAAAAAAA7P/s/+3/7f8TANn/7P8qAOP/AAD5/wAA9//X/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADr//r/AAAAAPf/7P/5/+z/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAADw/wAAKADw/wAAAAAAAO3/2/8AAOr/6v/v/+v/6//r/xYA6v/s/+3/AAAAAAAA7P8UAO//7P/t/wAAAAAAAOz/FADv/xQA7P/s/+3/7f/s/+z/7f/s//T/+v/z/wAAFADo//L/AAAAAAAAAAAAAAAAAAAAABkA9v8AAAAA9v/5/+f/AADs/+//FAAAAPL/7P/s/+7/6//Y/+//AADZ/9j/AADY/wAAAAAAAAAAAAAAAAAAAADr/+r/+/8AAPb/7P8XAPD/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADy/+z/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/AAD6//b/AADm/xgAAAAAAAAAAAAAAAAAAAAAAAAAGADp/+//9f/4//f/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAPP/yf/e/+b/4v8UAM3/3v8AAAAAAAAAAAAAAAAAAAAA6/8UAO3/7P/s/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/w/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO//9/8AAAAAAADy/xIAAAAHAOz/7v/u/+3/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA7P/r//D/7P/q/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//r/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/s/+z/6f/t/+v/FgDs/wAAAAAAAAAAAAAAAAAAAADq/+r/7//r/+v/6/8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+//2v/o/9H/5//W/x0A7P/s//L/8//u/8//+P8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/5//s/+X/GgDb/+v/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+z/7P8VAOn/5P/q//b/GwD5//n/7f8AAOb/7/8AAAAAAAAAAAAAAAAAAAAA2v/i/+H/6f/l/9n/6P8nAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAAAA7P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAA7P8AABQAAAAAAAAAAAD3/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/GADt/+z/7f/x/+j/6//s/xQA7/8AAPH/+P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+7/9P/x/+z/7P/s//j/HQAAAAAAAAAAAOT/AADs/xQA7f/0/+7/9P/s/+3/6/8UAO3/7f/s/+z/7P/s//n/AAD5/wAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAA5//q//D/7f/h/9n/HADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAAAADs/xQA7//s/+3/AAAAAAAA7P8UAO//AAATAPv/AAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAADe/+v/6//q/+r/6v8XAOX/7P/s/+v/7P/s/+z/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/v/xYA8P/0//D/6f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/CAD4//n/7f8AAAkA7P/s/+z/8f/x/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAMAAAAFADs/+3/7P/s/+z/7P/s/+v/6P/q/+j/6v8WAOP/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//L/AADs/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xUA7P/t/+z/7v/r/+3/AAAAAAAAAAAAAAAAAAAAAOz/AADz/wAAAAAUAOz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/AADj/+b/6//4/wAA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/7//r/+v/6/8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAB0AAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9//s/+3/7f/d/+z/4f/1//L/+f8AAOz/JgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAD3//T/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAA+f/c/9P/5P/N/+v/3v8VAOz/9f/t/+b/7P/q/+H/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+n/6//o/xAA5/8AAAAAAAAAAAAAAAAAAAAAAADt//n/AAD6/wAA7/8UAPn/8v/0/wAAAAD5/xQA8v/s/+n/FQDr/+v/7P/q/+j/6P/m//D/7P/2//T/LgDZ/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAC0A5P/W/87/zP/R/8P/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/w/+z/7P8UAO//7v/s/+z/7//z/+z/7P/s/xQA7v/s/+z/7P/s/+z/7P8UAAAAAAASAAAAAADx//n/AADs/+//FAAAAPL/7P/s/+7/7P8AAAAAAAAAABQA7P/3/+r/8//E/wsAyv/D/+f/+P/o/xgAAAAAAAAAAAD5/wAAAAAUAAAAAADz//D/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAO//5v/k/9n/JgDU/97/0v/Q/9n/2//X/wAA0f8iABQA7P/t/+//7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//s/+v/7P/s/xUA6v/s/+j/9v8AAAAAAAAXAPL/7f8AAAAAAAAAAAAA5/8AABoAAAAAAAAAAAAAAAAAAAAAABQA7P/s//D/8P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAvP8LANn/3v8HAAAA6v/R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwv8fAL3/GADN/7j/x//0/+z/7P/t/+z/8/8UAOz/+v/T/9//6f8ZAOf/4//V/+X/AAAAAAAAAAAAAAAAAAAAAPL/7P8AAPL/AADv/xQA7f8AAOv/7f/t/wAA7v8AAN3/7P/s/wAAAAAAAAAA7P8UAAAA+//g//j/AADR//P/y/8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/9P8AAOz/FAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAHAAAAFQDr//n/7P/u/+r/6//4/+n/6v/q/xYA7f/v/+v/7v/w/xgAAAAAAAAAAADt//X/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/t/xQA6v/2/+b/0//j/9v/FADP/+n/AAAAAAAAAAAAAAAAAAAAAAgAzv8lALf/1//f//r/1f8AAAAAAAAAAAAAAAAAAAAA1P/Z/9//wv/M/8//5/8sAOr/9P/s/+z/6v/s/xQA7P/s/xQAAAAAAPH/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABYA7v/s/93/9v/r/9//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/7P8TAOz/7f8SAOH/2/8vAPv/AAAAAAAAAADR/wAAFAAAAAAAAAAAAPL/7P/5/xQA8P8AAAAA+v/v/+z/7//v/xQA8v/4/+3/8//u/+3/AAAAAAAAAAAAAAAAAAAAAMP/6//e/87/3v/X/+X/LQDs/xQA7v/v/+z/7P/s/+z/GQDs/+z/2v/i/+j/6P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8fAPX/AADj//X/5f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO//+f/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7v8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9//4/wAAAADr/xYAAADt//f/+P8AAAAA6/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+r/7P/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7//5/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/FADu/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAD0/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADp/+r/6//r/+7/HADl/9v/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7//y/wAA9P8XANr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//s/+v/7P/r/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/6v/x/wAA7//a/x0A3P8AAAAAAAAAAAAAAAAAAAAACADn//L/AADs/+D/+P/b/wAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA8P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7f/s/+z/7f83AOv/+f/7//D/3P/Q/9//AAAAAAAAAAAAAAAAAAAAAOv/7P/v/wAAFADt/+z/7P/n/9n/2f/Z/ykA5//I/8T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+n/+f8AABcA6//q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAA6P8AAAAAAAAAAAAAAAAAAAAAAAAIAOf/8v8AAOz/4P/4/9v/AAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/1v/s//f/3v/p/+j/JgDx//H/7f/z/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/FgDq/+v/6//s/+j/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/9//6v/n/+L/GQDn/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/HADl/+r/5v/o/9v/6P8AAAAAAAAAAAAAAAAAAAAA5v/x/+r/4//s/9//GADr/xkA9v8AAAAA9v/5/+f/AAAAAAAAAAAAAAAAAAAAAAAA7P/v/xQAAADy/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/6//p/+T/6v/r/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/IwDt/+r/3//x/9f/1f8AAAoAAAAAAAAAAAD5/wAAAAAoAAAAAAD7/wAA3/8AAOv/FgDq/+3/7P/t/+n/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/x/+//7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDx//X/7//t/+n/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJADb/+z/5f/k/woA4f/p/+z/FQDs//H/7P/t/+r/+P8AAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAA9f8AAOz/7P/s/+z/7P/s/xQA7P/v/xIAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9//s/+3/7f/d/+z/AAAAAAAAAAAAAAAAAAAAAOv/FADs/+z/7P/s/+z/7P8AAO7/AAD6//H/7P/w/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/x0AAAAAAPr/AADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAFwAAAAAAAAAAAO//AADT//H/xv+5/8T/xv8OALv/AAAAAAAAAAAAAAAAAAAAANf/GADS/+n/4f/n/8n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8f/s/+3/+P/s/+//AAAAAAAAAAAAAAAAAAAAAOr/6//s/+3/7P8AABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/FAAAAAAAAADw/+z/7v8AAAAAAAAAAAAAAAAAAAAA7P/r/+7/9P/t/+z/FADu/xUA6/8AAAAA+f/x//L/AADu/xYA7P8AAO//+v/r//n/7P8aAAAA8//w/wAA4f8AAO3/FAD1//n/8P/w/+z/7v/r/xMA7P8AAOn/2f/c/+b/+P8UAPn/AAAAAPb/7P/0//n/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7//s/+z/7P/s/+n/HgDn/+3/8v/4/+L/AADs/xUA8f/1/+//7f/p/+3/6P8aAOj/6v/p/+j/3P/p/+X/IQDr/+//5f/p/9//8v8AAAAAAAAAAAAAAAAAAAAA6v8XAOz/4P/j/+v/6f/q/+7/FgDs/wAA7//6/+v/+f/v/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9//s/+3/7f/d/+z/7P8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8hAOn/5v/m/+f/0//l/+z/FADx/+z/7f/4/+z/7/8AAOn/AADu//n/AAAXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/Y/9//3v/i/9n/JwDm/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/s/+v/7v/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8XAOv/6v/q/+n/6f/p/+j/7f/b/9X/FgDp/8T/z//W/zsA8P/a/8n/6//M/+z/FADy//f/9P/1/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/9P/u//T/7P/t/wAAAAAAAAAAAAAAAAAAAADe/zsAAAAAAPX/EQDB/wAA5v82AAAAAAAAAAAAyf8AAO//FAAAAAAA7v/u/+7/7P/t/xUA7P/t/+z/7v/r/+3/AAAAAAAAAAAAAAAAAAAAAPD/GAAAAAAAAAAAAO3/9f/s/xQA7//5/+z/7P/s/+3/AAAMAAAAAAAAAAAA9/8AAOv/FQDw/wAA6//s/+n/4//k/xsA7P/w/+v/7P/m/+z/AAAAAAAAAAAAAAAAAAAAAOH/HADp/+T/5P/k/+f/5f/s/xQA7P/s/+z/7P/s/+z/7v8VAOz/8P/s/wAA6v/t/wAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAOz/6f/q/+j/FgDr/+v/6v8AAAAAAAAAAAAAAAAAAAAADQATAOj/6//p/9f/6v/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/GgDp/+3/9P/2/9//6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/GwDs//D/6//s/+b/7P/h/xwA6f/k/+T/5P/n/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAA+//2/wAAAAAAAAAAAAAAAAAAAAAAAO7/FQDs//D/7P8AAOr/7f/s/xQA7f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/h/xwA6f/k/+T/5P/n/+X/AAAAAAAAAAAAAAAAAAAAAO7/FQDs//D/7P8AAOr/7f/t/xQA7f/w/+7/8P/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/8f/w//n/8f/s/xQA9v/s/+z/FADs/+z/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAOv/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz/9EAM7/xf/C/8D/u//G/wAAAAAAAAAAAAAAAAAAAADx/9n/AAAAAAAA8/8rAPv/8v8PAAAAAAAAAAAAAAAAAOz/FADs//L/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAASAPr/9P8AAAAA9P8AAAAADwAAAAAAAAAAAPT/AADt/xQAAADu//L/7P/s/+7/6/8YAOb/3v/o/+r/3v/q/wAAAAAAAAAAAAAAAAAAAAD5/wAAAADt//X/AAAAAAAA7v8TAAAAAAAAAAAA8//4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6//v/wAA6v/7/9j/HgAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/t/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8bAAAA9P/o//D/5v/r/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6P8YAAAAAAAAAAAA+f8AAO3/IgAAAAAA+v8AAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FQDs//D/7P8AAOr/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/DwAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA8v/s//n/7P/s/+z/7P/u/+z/FADs/+z/7/8UAAAA8v/s/+z/7v8UAOz/7P/6/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/s/+3/7P/s/+z/2P/g/9n/y/8RANn/4P8AAAAAEwD7/wAAAAAAAPX/AAARAAAA6//v/9j/2f/q/9n/6v/y/xQA3P/k/+n/5//s/+r/4P/r/9z/GgDv/+r/xv8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/xQA7P/s/+z/7P8UAO//7f/s/+z/7P/s/+z/FADs/+7/7f/s/+z/7P/s/+z/FADs/+z/7P/s/+3/6f/5/wAAFwDr/+r/6v/s/wAAAAAAAAAADgDy//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/yYA5//t/+3/8//X/+r/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+n/6//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/4v/l/+T/JADh/9L/3P/i/+X/9v/3/xsA4//m/+b/2P/Z/97/6P/Q/9j/2/84AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/FADt/+z/7P/s/wAAAAAAAPr/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAADt/wAAAAAAAAAAAAAAAAAAAAAJAOT/yP+8/wAAz//g//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+b/8f/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAEwAAAO3/FADs/+z/8P/w/+z/7P/t/+7/GwDK/8n/xP/f/67/6//s/+z/7P/s/+z/7P8UAOz/7P/r/+3/8P8UAOz/6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/r/+z/FQDs/+n/7f/t/+7/7v/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8WAOv/6//r/+r/6v/p/+v/6//r/xUA6//s/+v/6/8OAOz/5v/v/+z/AADq/9n/7f/v/wAA+P/5//X/FADs/wAAAAAAAAAAAAAAAAAAAADs/+v/6//r/+v/FgDr/+n/+//6/wAA+v8AACEA9P/f/+//+v8AAOz/7//v/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDs/+z/6v/s/+n/6//b/+7/6P/T/9b/5v8XAAAAAAAAAAAAAAAAAAAAAAAAAO3/7/8AABQA8P/s//P/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/+f8UAO3/9P/s/+v/AAAAAAAAAAAAAAAAAAAAAOz/5v/1/+D/4v8WAOv/7f/h/9f/vP/e/7D/sP8TAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6v/r/+z/FQDq/+n/FADs/+z/8P/w/+z/7P/t/9j/IgDt/9n/3v/Z/+z/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/S/+n/yf81AND/1P/0/wAAAAAAAAAAAAAAAAAAAADg/9//4//N/wgA2P/o/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAADt/wAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+z/AAAUANr/3v/r/+v/6v8hAOL/5v/r/+v/3P/Z/9f/JQDY/9j/7P/s/+v/7f/s/+n/6v8UAAAAAAAAAAAA6/8AAAAAGQDa/9z/5P/h/x4A4//i/+T/7P/s/+z/7f/k/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADz//L/9//z//T/EwDx//b/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/3P/s/+v/EwDf/+T/AADq/+z/6P8UAPH/6//s/+3/1f/4/+z/5/8VAMz/zf/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/r/+n/2P/l/9n/JwDr/+z/7f/x/+z/7P8UAO//6v8AAAAAAAAAAAAAAAAAAAAA6//y/wAA7P8AABUA6//r/+H/5f/l/+L/3v/g/+L/HwDE/9z/AADj/9r/7/8TAMn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAO3/7P/s/+z/7P/v/+z/6v/s/wAA7P/Z/+z/FADr/xQA7P/r/+v/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/7P/x/xQA7P/s/+7/7P/o/+v/5//p/+z/4f/l/xYA2P/c/93/4v/a/xcA0v/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+n/7P8XANf/JgAAAOz/7//f/+X/9f/q/+z/7//v/9f/7P/q/ysA+/8mAO7/9/8AAAAA5f/0/+z/3P/s/+z/IQDk/+n/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xUA6//r/+z/6v/o/+j/AAAAAAAAAAAAAAAAAAAAAOz/7f/t/+7/+f/s/xQA7f/l/yEA6//v/+X/6f/f//L/5P/k/+n/6v8AAOr/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADU/+H/3v/c/+b/5//W/xoA7f8AAAAA7P/4/+b/+P/6/wAAAAAAAO//7P8AABQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+r/7P8UAOj/7P8AAAAAAAAAAAAAAAAAAAAA6//s/wAA8f/v/xUA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAD2//r/AAD6//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/4//L/AADq//r/JwDs/xQA+v/s/+3/6P8AANn/7P/s/+7/7P/w/xQA7P/s/+z/FADs/+z/7P/s/+z/7P/r/xcA8v/1//b/9v/t//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/4/wAAAAAAAPb/7P8UAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAAAAAKAAAAAADs/+3/7v/s/+//FADs/+z/7f/v/wAA+P/5//X/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//FADs/+z/7P/s/+z/7P/v/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/5/+z/7f/s/xQA7P8cAOz/AAD4/+7/zv/m/+L/AAD0/wAAAAAAAPL/EgDv/wAAAAAAAAAAAAAAAAAAAADa/+r/7P/x//D/2/8jAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+7/6//f/+v/AAAAAPn/AAD5/wAAAAAAAA0AAAD5/wAA+f8AAAAAAAANAAAA+f8AAPn/AAAAAAAADQAAAAAACgAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDo/+3/7P/s/+X/6f/o/yAA7P/p//f/4//f/+v/FAAAAAAAAAAAAOz/7P8AABQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/BgD0/wAAAADs/+b/5f8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/8f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/x/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAN3/4f/W/+T/JgDY/+L/1v/Z/9H/4P/b/xQA1v/N//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtv/e/9b/2v8yAMv/1P8IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8gAOD/4v/j/9f/3v/T/wAAAAAAAAAAAAAAAAAAAADZ/8n/9f/e/y4A8f/c/+L/8f8AAAAAAADu/wAA+f8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8fAN//6P/s/9r/4v/Z/wAAAAAAAAAAAAAAAAAAAADs/+z/5v/s/wAA6//r/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAPH/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7f/t/+7/8v/s/wAAAAAAABgAAAAAAAAA6P8AAAAAAAAAAAAAAAAAAAAAAADw/xUA8P/2//j/7P/r/wAA7P/t/wAAAAAAAOz/FADv//D/FQDw//b/+P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7f/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABUA7P/r//H/7P/l/+L/4P/q//L/FADe/+X/6f/n/+z/EwDh/+H/7f/n/wAA7P/q/+P/6//s/+T/4f/X/+L/KQDr/+z/7P/v/+7/HwDb/+z/AAAAAAAAAAAAAAAAAAAAANf/1//c/9b/2/8LAAAA1f8AAAAAAAAAAAAAAAAAAAAA7f/s//X/AADw/+z/9P8UAMj/IgDD/8z/3P/7/7//9f8AAAAAAAAAAAAAAAAAAAAAFwDm/+r/6v/r/9v/6P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/2v8AACYAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+r/7P/s/xQA7P8AAOD/8f/p/9n/2P/O/woAGADp/+v/6v/r/+b/5v/o/wUA6//t/+z/6f/o/+z/AAAAAAAAAAAAAAAAAAAAAAAA5//p/9f/4v/t/9z/3P8jAO3/8P8AAPb/9v8UAPH/7P/s/+v/AAAAAO3/7P/2/xQAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//t/wAA+f8AABYA6v/x/+3/7f8UAPf/+P/s/+z/7//s/+z/7P/u/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/w4AAAAAAAAAAAAAAAAAAAAAAOT/HQDq/+b/6P/l/+D/5f/r/+z/6//s/+z/FQDq/+z/6/8AAAAA+f/g/+//AADx/+z/FADu//n/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADa//n/AADx/+n/8/8aAAAAAAAAAAAA9f8AAOz/FADk/xQA4v/6/7f/FQC//+b/6//r/+z/6v8WAOv/2v/D/9L/5f/u/9f/3P8AAA4Axv8UAOz/7P/6/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPP/8v/3//P/9P8TAPH/9v/Z/93/AAAAAAAA+//s/wkA1v/d/+b/5f/l/9v/0/8hAAAAAAAAAAAAAAAAAAAAAADq/xcA5//q/+v/6f/m/+j/6P/r/xYA6//q/+r/4f/r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+3/AAAAAAAAAAAAAAAAAAAAAA8A9P8AAAAAAAAAAAAAAADs/+z/7P/s/+z/FQDr/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8oANb/3P/Y/+v/yv/i/wAAAAAAAAAAAAAAAAAAAADq/+z/7P/t/+v/6/8VAOz/3v/0//r/9//6/wAA6P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADy/+z/+f8hAOj/6f/r/+f/2P/Z/+L/6//q/+7/9P/w/wAADwDs/wAAAAAAAAAAAAAAAAAAAADs/+j/3f/U/+n/zf/p/xYAAAAAAAAAAAAAAAAAAAAAAN3/DwDt//n/6f/p/wAA4/8AAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAAAAyP+5/83/rf8LALT/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAA7P8VAAAAxP/d/9//4//N/xUAAADT/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/5P/j/+X/6v8fANz/6/8AAAAAAAAAAAAAAAAAAAAA5P/o/+3/7f/r/+L/5f8oAPT/FgDr/+7/6f/l/+r/6v8GAOv/7f/s/+n/6P/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/AADe/9T/2P8VAN7/8P/q/+r/7P/s/xUA6f/k/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/a/wAAJgAAAAAAAAAAAAAAAAAAAAAALwD7/wAAAAAAAAAA0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2//r/+v/6f/s/ycA6/+8/+7/4P/g/+P/PADG/8f/3f/l/9j/6P/j/ygA2P/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/1f/d/9X/1P/R/ysA1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/s//H/7v/s/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/v/+//7v8UAPD/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//yP/Z/97/DADN/wgAxf8UAOz/6//r/+v/6//s/+//7P/s/+z/7f/s/+z/7P8UAAAACgAAAAAAAAAAAPn/AADs/+z/7P/S/xUA7P/s/+P/AAAAAAAAAAAAAAAAAAAAAOv/6P/q/+j/6v8WAOP/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAADx/+//JwDk/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAPL/7P/5/+b/8f/q/+P/7P/f/xgA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//r/9v8SAPf/8P/L/8n/EADV/8f/xv/W//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8AAOP/5f/m/9z/CwDo/9r/yv/U/8j/6P/p/x8A5P8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAADn/wAAGgAAAAAAAAAAAPL/7P8AABQA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//FgAAAAAAAAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOz/6//j/+v/6//n/+v/7f8AAAAAAADt/+z/7v8UAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//4v/m/+T/5//m/y0A5P/s/+z/7P/u/+3/7P8UAOz/6/8WAOz/7P/q/+z/6f/r/wAA7f/4//L/AADq//r/JwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xAAAAAAAAAAAAAAAAAA8f/v/xYA8P/0//D/6f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAA8v8AAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+7/FADs/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/r/+z/4f8cAOn/5P/k/+T/5//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/u/xQA7P/7/wAAAAAAAPr/8v8AABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+3/7//4/+z/FADs/+z/AADn/8X/wf+9/7r/DQDk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf/a/9L/zv/e/+T/MwDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8AAB8AAAAAAAAAAADk/wAAAAAAAAAAAAAAAAAAAAAAABcA6//r/97/6v/s/+n/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/GwDo//f/8v8AAOb/7f/s/xgA7f/s/+3/8f/o/+v/2f8AAAAAAAD6/ycA8v/u/9j/2P/Z//D/7P8iAOr/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADy/+z/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/7P/4//n/AADs/x8A7P8AAAAAAAAAAAAAAAAAAAAAFgAAAM//wf/L/7L/u//D/wAAAAAAAAAAAAAAAAAAAADr//f/AAAAAAAAAAAeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+7/7P/s/+z/+P/d/+r/6P/q/+j/CgDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/IQDl/+T/5P/g/9z/5f8vAPr/AAAAAPr/AADR/wAAGgDm/+X/6P/p/+f/4v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAADw/wAAHwDn/+v/7f/q/9n/5v/c/wAAAAAAAAAAAAAAAAAAAAAUAOz/8P/s//P/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/8v/v/+z/FADs/w8A9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/u/xQA7P/s/+z/7f/s/+7/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Y/+D/3v/o/wAAFgD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAQAAAA6P/h/9j/2P/m/xwA9//M/8T/z//o//n/2P8AAAAAAAAAAAAAAAAAAAAA6/8SAA0AxP/Y/9f/xf8AAAAA1//p/+f/2//Y/wAA4f/s/+v/7f/w/xQA7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOj/FwDS/8L/1f/H/9D/AAC1/+r/6P8QAMv/6P/q/wAA1v/j/9v/6/8NANv/wv/0/+//FAAAAAAA7v/u/+7/7P8AAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAAAAAoAAAAAAOz/7f/w/+z/7P8UAO//7v8AAAAAAAAAAAAAAAAAAAAA7P/k/xUA6v/p/9n/6//h/wAAAAAAAAAAAAAAAAAAAAAUAOz/8P/s//P/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADr/+z/3v/i/97/4v/c/9j/3f8oABQA8v/3//T/9f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/0/wAA8P/s//P/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v8AAO//7P/x/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/x/+3/8//u/+z/7P8UABoA5//p//j/8f/f/+j/9f8UAOz/7P/w//D/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/t/+1/8T/5f8AAPj/AAA1AMv/z//e/9L/xf/M/8z/7f8VAAAA8v/1//P/6//w/wAAAAAAAAAAAAAAAAAAAAAcAML/yv/I/9D/zP/o/9v/FQDo/+D/8P/q/+v/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQDT/+H/5f/g/9n/3P/g/wAAAAAAAAAAAAAAAAAAAAAcAOn/2//u/+v/4//U/+j/FQDs/+z/7f/t/+z/6f/s/+r/6//q/+j/6P/m/xYA6P8XAOn/6v/n/+T/6//n/+v/JQDi/+X/AAAAAPr/2v8AAOz/7P/s/+7/7P/s/xQA7P8aAPL/8f8AAPr/5//j/+3/FADs/+z/7P/t/+z/7P/t/xQA7P/t/+7/7f/s/+z/7P8UAOz/7P/6/+//7P/s/+z/MADW//b/+P/z/9n/wf8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8v/v/+z/FAD3/+T/5v/a/+//5f/o/xwA8P/Y/9r/2P/Y/9v/2P/Y/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALwDN/9n/0//A/+n/yP/k/+z/7P/s/+7/7f/s/xQA7P/s/+z/AAAAAAAA7P8UAO3/2P/Y/wAA+P/5/93/KADo//P/AAAAAAAAAAAAAA4AAADo/+f/5v/f/+j/5v8aAOf/+P/s/wAAFAD1/+z/7v/t/wAAAAAAAAAAAAAAAAAAAADw/xUA8P/2//j/7P/r/wAA7P/s/+z/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADw/xAAAAAAAAAAAAAAAAAA8P8QAAAAAAAAAAAAAAAAAOX/GwDo/+j/6P/o/+X/5v8AAA4AAAAAAAAAAADz/wAA7P/s/wAAAAAAAOz/FADt/wYACgC9/7r/0f/T/+P/3v8AAAAABgAAAAAAAAAAAAAA7P8VAPH/9f/v/+3/6f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/7/8AAAAAAAAAAAAAEgD5/wAAAAAAAAAAAAAAAAAAAADr/+z/6/8UAOz/7P/s/+z/6//q/+v/6//p/+X/6v8VAPn/AAAAAPf/+f8AABYAAADQ//D/5v/s//H/5/8zAAAAAAAAAAAAAAAAAAAAAAAAANv/3v/n/97/5P/V/yUA0P/r/+v/6//p/+z/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAPL/7P8AAPL/AADv/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/r/+3/8P/s/+z/FADt/+z/8v8AAOz/AADw/xQA+P8cAOP/6P/Z/+b/5v/j/+j/AAAAAAAAAAAAAAAAAAAAAOH/7P/4//n/AADs/x8A7P/u/+z/FADs/+3/7f/s/+3/3f/b/9j/3f/n/ygA5P/e/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6P/s/+f/4f/n/9z/HADm/+z/7P/s/+z/7P/s/xQA7P8ZAOf/6f/i/+r/6f/m/+j/6P/g/+v/7P/u/xYA7P/p/wAAAAAAAAAAAAAAAAAAAAD7/yYA7v/3/wAAAADl//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAA+f8OAAAA9/8AAAAAAAAAAAAAGgD4/wAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAA8f8XAAAA8/8AAAAAAAAAAAAAEAAAAOz/AAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhANf/3P/i/wAA7//f/8j/yv/g/+v/5f/u/8f/RwDe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//t/wAA+f8AABYA6v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//X/+D/3P/l/yoA1v/Z//L/9v8AAAAAAAATAO3/AAAAAB8AAAAAAAAAAADk/wAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAO3/AAAYAOz/7P8AAAAAAAAAAAAAAAAAAAAA6f/s/wAAAAD7/ygA2f/0/+3/7v/v//D/7/8UAPL/7/8AAAAAAAAAAAAAAAAAAAAA6f/x//v/8f/s/xkA+P/z/+7/7P8AAPr/AAAUAPj/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/u/xQA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/5/8pAOD/8v/a/9//8P/s/+3/7f/u//n/7P8UAO3/4f/u/+3/8f8AAAAAEQDt/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/t//D/9v8AAPv/FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAFAAAAAAAAAAAAAAA7P8AAPP/AAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAA5P/m/wAA0v/c/9v/DgDK/wAAAAAAAAAAAAAAAAAAAADt//v/6v8AAAAA1v8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xcA3v/m/+//3f/p/+j/FQDt/+//9P8AAO//6//p/+f/6v/r/+v/6//s/xUA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/5/wAAAAAAAPT/HgAAAOr/3//y//T/AADs/xUA6v/s/+3/7f/0/+//7P8UAOz/7f/t/xQA9//4/+z/7P/v/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/t//f/+P/w//X/AAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAAAABEA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/AAAAAPn/8f/y/wAAAAAAAAAAAAAAAAAAAAAAAOn/AAD6//b/AADm/xgAAAALAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAAAlAN//AAAAAAAAAADd/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//r/7/8UAOv/6/8UAOz/AAAAAAAA7f/s/wAA7P/s/+3/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+z/+P/5/wAA7P8fAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/5f/l/+L/3v/g/+L/HwAAAAAAAAAAAAAAAAAAAAAAFwDs/+7/7v/t/8//7P/s/+z/AAAAAAAAAAAUAOz/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA7/8UAAAA7P8AAOz/7P/v/+z/+P8AAPX/FAD1/xMAAAAAAAAAAADt//H/AADs/xUA8f/1/+//7f/p/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA+v8AAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOn/7f/v/+z/6//s/wAAAADv//j/AADt//T/GQD6/wAA7v/1/wAA6f/x/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/1//j/7P/s/+3/FADs/+v/6//s/+z/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/9P/IQDk/8v/AADf/8D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/8f/t//P/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//h//D/9/8AANz/7/8oANT/rf+7/8H/vv8ZANP/AAAAAAAAAAAAAAAAAAAAAAAA4P/d/+j/7v/l/xQA7P8AABgA6f/r/+r/6//m/+b/6P8AAAAAAAAAAAAAAAAAAAAA7P/s//L/AAAAABQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAA+v8OAOz/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAdAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+v/6/8cAOv/6//Z/+v/AAAAAAAAAAAAAAAAAAAAAOz/7f/w/+z/7P8UAO//7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/KwD6//j/7P/6/8P/+v8AABMA4//r/+n/6f/f/+H/AAAAAAAAAAAAAAAAAAAAAOD/+/8AAAAAAAD1/x0AAAAxAOT/7f/2/9r/0f+3/8P/7P/w//r/+/8AAO3/FAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD0/wAAAAD5/+b/7P/t/xgA7//6//P/7v/p/+n/7f/q/+z/5f/h/+v/4f8JANj/7P/s/+z/7f/t/+7/FADs/xUA7P/0//X/7v/l/+z/7f/t/xQA+f/s/+//AADs//X/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAnANv/AAAAAAAA5v/k/+T/1//X/9v/2P/Z/9j/AAAAAPP/AAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/+7/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/y//L/7//s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5v/v/+3/AADu//H/HADx/xoA5v/l/+b/6v/n/8n/6f8UAAAAAAAAAAAA9v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAD3//T/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//1/wAAAAAUAPT/AAAAAAAAAAAAAAAAAAAAAAAA6f/U/+r/6v/s/+r/7P8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/X/+3/6f/l/y4A1v/m/wAAAAAAAAAAAAATAPb/AAAAAPn/JgAAAAAAAADa//n/9//3/wAAAADm//X/7P8oAAAAAAAAAAAAAAAAAAAAAACt/6j/zv/y/73/GQDP/8//AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7P8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAGQDr/+r/8//y/+X/6f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAoAOX/+v8AAAAAAAAAAAAAAAAAAAAA2P/i/+r/3P/i/yUA1//m/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAADgDy//L/AAAAAAAAAAAAAAAAAAAAAOz/7P/y/wAAAAAUAO7/7P/h/+z/6//t/+r/FgDq/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+X/AAAAAAAAKADr/9j/6v8AAPr/AAD6/yIAAAD6/+r/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAOAPL/8v/3//T/AAD3/wAAEwDz/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9P/6//P/AAAUAOj/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAADx/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcAAAAAAPb/+f8AAOv/FADt/+3/7P/s/+z/7P8UAPH/+v8AAPT/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAA+f8AAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAO7/7P/t/+7/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAPn/AAAAAAAADQAAAOz/7v/s/+z/7f/r/xQA+v8AAAAAAAAAAAAAAAAAAAAAFADg/+v/9v/s/93/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/j/zQA8f8AANj/5//j/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADu/+z/7P/s/+z/1P/U/y4A3P/b/9D/x//c/+r/6/8XANn/3//f/+T/6//g/8v/FwDT/9v/6v/j/+r/7P/s/xQA7P/t/+v/7P/s/9P/6f8eAMj/3//b/+P/6P/s//H/FAAAAPT/7P/s//D/7f/n/yEA4P/g/+r/3v/k/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADt/+3/7P/s/+z/AADb/7D/0//Q/+D/xf8AAPL/DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f8KAOz/AADs/xIA7P8AAAAAAAAAAAAAAAAAAAAA7P/3//v/AAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/y//r/7f8UAPL/x//o/wcAAADU/9j/6/8AAPT/8v8AAPX/9P/q/xAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8VAO//9f/s/+r/7P/c/9b/2f8pAOb/3//h/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAAABsAAAAAAAAAAAAAAAAAAAAAANb/2P/n//j/AADe/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/HQDp/+j/6P/m/+P/6f/p/wAA2v/e/97/2/8AANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xUA8P/2//j/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+z/6P/r/+z/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5P8VAOr/6f/Z/+v/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+X/5//n/+D/2/8cAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/FwDe/+b/7//d/+n/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+f/5P/r/+X/5v8ZAO3/AAAAAAAAAAAAAAAAAAAAAOn/9//n/9j/3f/r/wcA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/5v/r/+7/3//r/x0A5P8WAOz/6//j/+v/6//n/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/x4AAAAAAPX/6//o/+v/7P/s/+z/7P8UAOz/7P/s/+j/5f/s/+f/HADU/+D/5f8AAAAAAAAAAAAAAAAAAAAA5//q/+v/6//r/+z/FQDn/+3/7v/v/+//7v8UAPD/7v/s/+z/6P/t/+v/6//s/xUA2P8RANn/0v/S/wAA6v/s/+7/8f8AAAAAAAAUAOz/AADs/+z/5v/s/+r/6//r/xUA7v/s/wAA9/8AABQA9f/u/+j/IADs/+n/9//j/9//6//n/+r/6//r/+v/7P8VAOf/3f/w/+//+//6/yMA8f/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAAAAA0AAADa/+L/4f/p/+X/2f/o/ycA9f8AAAAAAAAAAAAADQAAAAAA8//3/wAA9f/6/+z/FQDs/+z/7P/v/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA+v8AAAAA7P/s/wAAFAAAAPr/AAAAAOz/7P8AAOz/FADu//n/7P/s/+z/7P/i/+z/7P/s/+3/5v8YAOz/8v/t/wAAAAAAABQA7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8UAPT/AAD4//L/7P/w/8f/+f/7/wAAAADn/zEA0/8VAOv/AAAAAPn/8f/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+L/6f/o/+n/1f/k/x8A+/8AAAAAAAD0/xQA7v/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/5v/p/+z/6//r/+n/FQDt/+r/6/8XANn/3//f/+T/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA7P/s/+z/AAD3/9j/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAD0/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO3/7f8UAPf/+P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA8v/0/wAAAAD5/xQA8v/s//D/FADs//L/7//y/+z/7f/s/+z/7P/s//P/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA6v/r//n/6v/5//f/xv8AAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAABkA9v8AAAAAAAAAAAAAAAAAAAAAAADb/+f/7P8AAAAA3f8lAOL/8f8AAAAAAADu/wAA+f8eAOH/5f8AAAAAAAAoAOv/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAPr/DgAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P8UAOz/7//i/+b/5P/n/+b/LQDk/+z/9//7/wAAAAAAABQAAADn/+j/2f/Y/+z/7P8WAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7P/u/+3/7P/s//H/7P/s/+v/7P/s/xQA7P/s/+z/7P/r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/z/+3/FADs//D/6v8AAAAA6/8AAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/FwDe/+b/7//d/+n/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//yf/S/8j/zP/C/+T/NgDX/wAA6P/e/+3/0/8GAPP/AAAAAPn/AAAAAAsAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+L/7//m//H/IQDp/+D/7P/s/+z/7P/s/xQA6//s/+z/FADu//D/AADs/+3/7P8AAAAAAAAAAAAAAAAAAAAA7f8AAOn/4//Y/9T/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAwf/N/8b/2f++/8T/6/8AAAAAAAAAAAAAAAAAAAAAAACp/77/tf/r/+//2P/4/wAAAAAAAAAAAAAAAAAAAADr/+z/AAD7/wAAFQDu//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/FADv/+z/7P/s/+z/FADp/+3/7//s/+v/7P/q/+n/7P/p/xoA4f/r/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/v/xYA8P/0//D/6f/v/wAAAAAAAAAAAAAAAAAAAADV/+f/6P/o/wAA1v/b/yYAFADs/wAA7v/x/+z/7P/v/8T/0//a/9r/zP8ZALf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8mAAAAAAAAANr/+f/s/+z/AAAUAPb/AADg/9z/6v/r/xcA2f/f/9//5P/r/wAAAAAAAAAAAAAAAAAAAADl/9n/2v/g/+f/JQDZ/wkA6//r/+z/6v8WAOv/2v/D/wAA+f8AAAAAAADs/xUAAADi/9n/5f/p/+//6f/m/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/a/+H/AADl/wgA5//r/wAAAAAAAAAAAAAAAAAAAADs/+v/7f/y/+//6/8VAOv/7P/y/wAA7P8AAPD/FAD4/wYA4P/t//b/7P/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//n/9/8AAO3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd//D/7//7//r/IwDx/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//r/AAAAAAAA8f8UAO3/AAAAAAAAAAAAAAAAAAAAACIA8v8AAAAAAAAAAOX/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/9v8AAAAAAAATAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/6/wAA9//v/+z/AAAAAAAAAAAAAAAAAAAAAAAA1P/d/97/7f/1/9j/JwDj/+3/FQDs//f/7v/2/+v/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9//6P/a/+n/2f8dAOj/FAAAAAAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA7P/u/+3/7P/b/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//FAAAAPL/7P/s/+7/AAAAAAAAAAAAAAAAAAAAABQAAAD6/wAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9r/+v8AAAAA2f8pAOL/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/3//q/+f/4v8ZAOf/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAABQA7f/s/+7/7f/s/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+n/5f/o/+L/5P/g/xoAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAADw/xMA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDq/+3/7P/t/+n/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAAAA7v/4/xQA7P/u/+3/9//4//D/9f8AAAAAAAAAAAAAAAAAAAAA6f8AAAAAAAAAAAAAGQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAA+f8AAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/93/2f/a/9X/0v8lAN7/6//r/+r/3f/r/wAAAADY/+v/6P/j/93/6P/q/xcA6v/s/xQA7f/t/+3/8//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAA7P8UAAAAAAAAAAAAAAAAAAAAAADv/+z/7P/t/+3/7P8UAO3/7P/s/+3/7/8UAOz/7P/s/9P/NQDa/9n/zP/a/83/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/6v8uAAAAAAAAAPT/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA7//Y/8v/5P/q/9v/5v/r/+D/3v/q/+3/7f8YAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/0//X/7v/l/+z/7f8VAOz/7P/s/+//6//r/+z/9/8AAPj/GQD7/9z/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/p/+v/6P8QAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA6P8AAAAA7P/o/+n/5P8AAAAAAAAAAAAAAAAAAAAA7P/s//D/AADu/+z/7/8UAPb/FAAAAAAA7f8AAOz/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA6//s/wAAAAAAAAAAAAAAAAAAAADs/xQA6//q/+z/7P/r/+v/8P/q/wAAAADr/wAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+v/6//p/+X/6v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/+v/v/+z/7P/s/9j/7//w//v/5/8nAOL/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/xQAAADy/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6v/t/+z/7P/r/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAUAAAAAADz//D/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/Y/+T/1f/p/ykA2P/Y/wAAAAAAAAAAAAAAAAAAAADt/wAA7v8UAPr/7P/s//b/FADP/xcA6v/o/8P/7P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/7P/s/+z/7f/m/xgA7P8AAAAAAAAAAAAAAAAAAAAA7v/s/xQA7P/t/+3/7P/t/+7/7P8UAOz/7f/t/+z/7f/s/+z/7P/t/+3/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/7P8UAOz/7P/s/+z/7v/s/wAA9/8AABQA9f/u/wAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAA8v8SAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9n/7v/3/+3/DQAAAN//7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/R/9z/zP/Y/xAA2f/4/wAAAAAAAAAAAAAAAAAAAAAVAOv/7P/p/+z/7P/n/+v/FQDp/+7/7f/s/+v/6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/k/+z/7P8UAO//FAAAAAAA7v/u/+7/7P/0//v/+f/r/wAAGADq/+n/6f/b/9j/3P/X/xYA2P/s/wAAAAAAAAAAAAAAAAAAAAD1//f/AAAAAAAAFADq/+z/AADt//j/8v8AAOr/+v8nAAAAAAAAAAAAAAAAAAAAAADy//T/AAAAAPn/FADy/+z/6P/p/+j/6f/o/xYA6v/r/+3/7P/s//H/FADs/+z/7P/4/+z/AAAUAPX/7P/u/+3/6//v//P/5//x/xYA7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/z/xQA7P/6/xgA6f/v//X/+P/3/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/xQA7P/s/+v/FwDs/+T/6v/q/+b/5//s/+z/AAAAAAAA7P8UAO3/AAAAAAAAAAAAAAAAAAAAACgA2//d/+b/2f/Y/+L/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+v/8f/s/+X/4v/g/wAAAAAAAAAAAAAAAAAAAADs//L/AADs/wAA8P8UAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+//AAAAAPv/+v/4/xIAyP8nAN7/Sf+m/73/AACS/9//4P/X/9j/0//U/w0AAADf/9//3//h/93/JADW/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/FAD6/wAA8f/z//f/6v/n/+j/5v/p/+j/5f8XAOn/6v/r/+z/7P8VAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/5P/W/9z/CQDm/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOj/6//r/+v/5f/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/+z/AADw/+v/7v/t/xcAAAAAAAAAAAAAAAAAAAAAAOz/7//s//j/AAD1/xQA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xkAAAAAAO7/AADp/+r/3P8pAOX/1P/r/+r/z//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/6P/s/+v/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/EwDL/8f/0P8AAN3/1f8AAAAAAAAAAAAAAAAAAAAA7v/t/xQA7f/u/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADn//T/8f8AAPT/8/8cAPf/3//p/+n/6//k/wAAGADP/wAAAAAAAAAAAAAAAAAAAADt/+z/6//u//H/6/8WAOn/AAAAAAAAAAAAAAAAAAAAAA4A6f/p/+P/3//b/wAA2//r/+v/7P/t/xUA7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/3/+//9v/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/X//X/wv/Y/wAA5P8AAAAA9/8AAAAA8/8HAOT/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAA8P8YAAAAAAAAAAAA7f/1/wAAAAAAAAAAAAAAAAAAAADq/+r/7P/s/xUA6f/k/+r/FwDs/+7/2P/Y/87/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAPj/+P8AAAAA7P/t/wAAAAAAAAAAAAAAAAAAAADU/+3/AADt//T/AAAGAMb/KQDo//D/7f8AAN//1//s/xYA7P/r/+P/6//r/+f/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/m/xwA5f/T/9n/2/8AAAAAAAAAAAAAAAAAAAAA5v8aAOT/4v/o/+f/5P/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDr/+v/7f/t/+f/4//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAOf/3P/Y/+X/5P/l/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8fAAAAAAD1/wAA4/8AAMX/3//U/9H/AAAKALr/z/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA2//n/9z/6v/X/83/6v84ANj/2v/Z/9n/2P/M/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xUA6//r/+z/6v/o/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA5//S/+r/5f/m/+H/4P/Z/+T/5//q/9v/3v/k/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//T/7//s/xQA7P/S/+n/4v/G/+j/GQDk/+3/LADT/9v/6//r/+D/1f/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/t//P/6//t/+z/6/8WAOb/5P8eAM3/4P/Y/9j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/9r/1f/W/9j/0f/q/yQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/9n/AADe/+z/4f8TAOn/5//s//j/9v/5/+3/GgD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+f/3/wAA7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+7/7P/s/83/1f/e/+X/1v85AL//1P/i/+z/7P/s/+3/5v8YAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/xQA6f/r/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMP/yP+9/8P/3v/7/w4Axf/X/ygA3//Y/97/1f/V/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/8//z/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADO/+H/6f/q//H/8v8yANn/9//r/+7/8P/t/+T/7/8SANX/3v/f/+f/2P/T/y0A1f8AAAAAAAAAAAAAAAAAAAAA5v/n/+b/5f/p/+j/GQDm//D/AAD5/wAAAADw/xIA+f/j/+H/4P/k/+b/3P/i/x8AAAAAAAAAAAAAAAAAAAAAANL/0//V/9X/1P/S/9P/LADp/xcA6//q/+r/6f/p/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAov/I/+T/EAC+/9f/7P/s/9j/6v/q/+v/FQDs/+z/6//s/+3/9P/q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAA7P/s/+3/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAGALD/sf/Y/9D/7P/m/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7f/s/+3/7P8UAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8bAOj/6P/o/+j/5f/m/+j/5//k/+v/5f/m/xkA7P/T/9L/1f/U/xwAzv8AAOL/AADX/+7/6//f/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDq/wAA+v/y/+b/5f/i/wAAAAAAAAAAAAAAAAAAAADn/9z/3f/X/+L/6P/k/yAA3P8bAOX/3f/b/9z/6v/i/8n/MgDJ/9v/4P/d/8X/yP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM/wcA3/+i/9P/1f8AAAAA4v/b/9P/0v/i/+L/IgDi/9X/3v/i/9v/2v/T/ygA2/8AAAAAAAAAAAAAAAAAAAAA2v8NANj/2f/i/wAA1//m//D/LwDu/5r/uP/o/7j/2//k/ygAzv/M/9b/2P/E/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/8//3//R/+b/0P/O/zIA6/8VAOz/6//r/+z/6//q/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfAM//1f/i/93/4//p/9j/yf/c/+H/JADY/+T/2f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/yAA4f/Q/+X/4P/f/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/w/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/4f/c/9L/3f8gAOP/3v/6/wAA9/8AAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/q/+z/7P8UAOz/0//C/zMA6f/U/8r/3v/I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+n/6f/q/+X/5//e/ycA6//q/+n/6f/s/xYA6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/m/+P/6//r/xYA7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9z/LgDQ/+7/7P/k/xQA6v8TAOT/yv/d/8X/6f8IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5v/H/8z/wv/s/93/AADr//H/7f/y/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs//P/5v/k/+f/4/8VANL/2f/7/wAAAAAAAAAA9v/r/wwA9f8UAAAA9P/v/wAA9P/x/wAAAAAAAAAAAAAAAAAAAADo/xkA6v/o/+n/5//m/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/G/yIA2v/l/+P/4v/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuP/p/wAA7//c/w4A5//a/+H/5//m/+r/5f/l/xsA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/r/+z/7f/x/+//+P/2/+z/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA7P/s/+n/7P/s/9r/2f/5/wAAAAC///j/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+b/5//p/+b/5f8ZAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+z/5//r/+L/uv8YAMD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/6//r/+n/6v/r/xYA6v/U/xIA3f/j/+L/0P/7//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/q/+r/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAO7/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAVAOv/7P/s/+r/4//s/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADK/83/NgDE/8j/x//T/8j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7P8AAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/xUA6P/g//D/6v/r/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAsf/S/8H/yP/y/wkAt/8AAAAAAAAAAAAAAAAAAAAAAADw/yMAAAAAAPD/+f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAALb/0v/X/+X/4v/l/y8A4f8AAAAAAAAAAAAAAAAAAAAA0P/Y/+n/AADt/+b/IgDg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/w/wAAAAD4/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAD6//j/+/87ANz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/+j/DgAPANT/xP/n/+v/AAAAAAAAAAAAAAAAAAAAAO//4f/g/9H/2v8LAAAA5P8KANj/2P8AANj/5//g/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo//D/AAAAAO//GADp//f/7P/n/+z/7f8AAOv/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xgA9P8AAPX/AADv//X/AAAAAAAAAAAAAAAAAAAAAOT/6v8AAA0A5//o/97/2f/N/83/1v/O/9T/EAAAAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//t/+z/FADs/+z/7P8UAOz/7P/s/+z/7P8ZANP/z//G/+b/AAC7/8D/7v8WAOz/AADv//r/6//5/+z/FAAAAAAA7P/s/+//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/vf/j/8H/8P+8/8z/zv/Q/zEAt//B/8v/vP/e/wAAAAAAAAAAAAAAAAAAAAAZAAAAAADt/+3/7f/n//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/nf+X/57/6/+1//b/6v8AAAAAAAAAAAAAAAAAAAAA6/8XAOz/5P/q/+r/5v/n/+L/IQDI/8v/3f/g/9D/6P8AAAAAAAAAAAAAAAAAAAAA6v/r/+v/6//r/xYA6v/q/wAAAAAAAAAAAAAAAAAAAADL/9r/tP+l/9z/AAC9/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/Y/9X/4v/i/+b/IQDd/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/z/+7/FADs/+z/7P/s/xQA7f/s/+z/7P/s/+z/7P/r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOH/OAD6/wAA6//c/+T/1/8AAAAAAAAAAAAAAAAAAAAA5P8eAOb/5v/o/93/2v/d/wAAAAAAAAAAAAAAAAAAAADx/+r/7f/q/xUA7f/r/+v/3v/0/y4AEgDz//T/vv/t/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/r/+z/FQDs/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9H/HgDc/+T/2v/Q//X/7P/r/9v/2f8WAOz/5//s/wAAAAAAAAAAAAAAAAAAAADt/9b/2P/u/+//yv8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/1P/W/9z/5P/U/ygA2P8AAAAAAAAAAAAAAAAAAAAAov+m/8X/sv8dANf/0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/6v/q/+r/5/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/v/+//7v8UAPD/7v8AAAAAAAAAAAAAAAAAAAAA9P/j/+H/0/8AACoA+P/N/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3/8AANj/5//l//H/DADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/1//n/+T/AADi/+P/GwDP/wAAyv/K/8j/w//T/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9X/2f/W/9n/IwDN/+P/7f/t/+7/7v/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/c/+X/3//j/yAA5P/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/4v8UAOv/6//s/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s//D/FQDt/9j/7P/r/wAAAAAAAAAAAAAAAAAAAADo/+z/5//h/+f/3P8cAOb/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/r/+z/7P8WAAAA9f/y/wAA7P/g/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/2/wAA7P8UAAAA6/8WAOn/6v/o/+v/6P/r/wAAAAAAAAAAAAAAAAAAAADr/+P/6v/l/9z/4v8aAOn/EwDr/9z/EQDD/8X/yP/D/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3/8LAA8Azf/L/87/5//E/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPn/9/8AAAAA7f/u/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADk/+z/9v8AAOj/4P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/2v/W/8X/3f/X/ywA1f8AAAAAAAAAAAAAAAAAAAAA5v8kAND/3//Q/+b/1f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xwA7P/u//P/5//j/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+P/5P/1/wAAGQDs/wAA7P8AAO//AAAAAOz/FAD5/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8P8AAPP/+//t/wAA7P/t/+3/7f/t/xQA7f/w/wAA0v/E/9L/sf+S/wAAzv8AAPP/9/8AAPX/+v/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s//H/FQDv/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+v/6//q/+r/6v8XAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+z/7P/z//f/FQDr/wAAAAAAAAAAAAAAAAAAAAAUAOz/AADu//H/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADX/+f/2v/Y/9f/5//S/+7/7P/s/+z/7P/s/+z/FADg/wAA3f/q/xQA4v/X/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOb/6//r/+v/6v/p/+j/AAAAAAAAAAAAAAAAAAAAANf/4f/l/+z/FADr/wAA7P8AAAAAAAAAAAAAAAAAAAAA6/8WAOr/6//r/+z/6P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6P/h/xkA6//p/+b/3/8AAAAAAAAAAAAAAAAAAAAABgDP/9X/rv+K/9z/FgC2/wAAAAAAAAAAAAAAAAAAAADq/xoA6f/t//T/9v/f/+v/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7f/s/+z/7P/s/+z/FADs/+z/7P/q/+z/6/8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADO/wAA4v/W/9L/5P8HAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACl/6T/gv+5/wUA6//N/9j/7P8UAOz/7P/s/+z/7P/s/+D/2v/m/+X/4f8AAAAA3v/q/xUA6//s/+3/6//q/+z/6/8WAOj/7f/s/+z/5f/p/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/s/wAA7P8UAPH/AADs/+z/7P/t/+z/6//s/+z/FADs/+z/6v8AAOz/FwDt/+3/8P/r/+3/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+7/7f/s/+z/7f/r/+n/7P/y/+z/7P8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9X/2P/W/wYAzf/Y/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuv+u//r/sf+5/6//DwC1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t//v/AADs/+3/7//i/+b/5P/n/+b/LQDk/+v/FgDs/+z/6v/s/+n/6/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/yAA5f/e/+D/3v/w/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA1v/V/87/1f8AANT/zv/t/xUAAADy//X/8//r//D/AAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAABAAAADo/+f/5v/f/+j/5v8aAOf/+P/s/wAAFAD1/+z/7v/t/+z/7P/s/xQA7f/s/+z/7P/p/yEA5P/X/+n/0f/e/+b/FQDr/+v/6//r/+v/6//r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQA1v/d/9L/vP/W/9z/LADk/+z/7P/s/+z/7P/s/xQA7P8UAOz/7P/v/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//P/AAD0/wAAGgDz/wAAAAAAAAAAAAAAAAAAAAAmAOL/6P/l/wAAAADb/wAA7P/s//T/9P/5/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAOn/6//q/+v/5v/m/+j/AAAAAAAAAAAAAAAAAAAAAPD/FgDr/wAA7v8AAOv/9P8aAOb/5f/m/+r/5//J/+n/AAAAAAAAAAAAAAAAAAAAAOr/5//r/+T/6P8XAOr/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAD2//n/AAAkAOX/AAAAAPn/4v/P/9//KADl//f/8P/5/+v/2f/2//H/4/80APH/AADY/+f/4//W/9j/KwDc/93/1P/Q/93/4P/L/xcA0//b/+r/4//q/wAAAAAAAAAAAAAAAAAAAAC4//L/2f/6//r/+v+9/xEA9v/v/wAAAAD7//r/+P8SAOn/6//s/+f/5f/i/xwA5v/n/+P/7v/c/+v/3f8AABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/8z/1v/e/93/0f/h/zIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAD0/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/6v/q/+z/7P/s/xQA+f8AAPn/AAAAAAAADQAAAOv/6P/j/93/6P/q/xcA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAPb/9/8AANj/3//Q/+L/AAAAAAAAAAAAAAAAAAAAANr/2P/k/9X/6f8pANj/2P/s/+z/7P/t/+3/7f8UAOz/7v/t/+z/FADs/+z/7P/s/xIAxP/Z/7j/yf8PANP/wv/Y/97/2f/O/9T/AADd/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/9n/AADu/+n/2f/v/8v/2f8MAAcA6//s/9j/z//E//f/DwDi/+3/6P/x/9r/4//f/9n/4v/s//v/FADo/xQA7P/s/+r/6v/s/xQA7P/s/xoA5//p//j/8f/f/+j/9f/T/xMA7v/v/xYAx//s//n/5f/W/+X/6v/V/8X/0P81AND/xv/P/8X/AADe/8z/HwDU/97/2v/O/9v/LADi/9P/2P/w/+j/4//s/wAA6/8TAAAAvP+//8n/yv/4//D/9//s/yMA2f/0/+L/4P/X/+z/6f8UAPL/AADt/+z/7P/s/8D/6v8AANv/EgDm/9D/7//y/+z/FADs/+z/7P/r/+z/AADp/8r/zP/B//T/2P8AAAAA0//W/9z/4P8AAAAA7//l/wAA3//t/wsA2f/Y/97/zf8gAOb/yP/j/8f/9f/I/+f/6f/V/8r/0f8WAPP/4P/U/w4A0//J/+n/CgDH/+H/2P/c/wAA9P8UAOH/7P8AAOH/5f/i/+f/6f/Y/ycA2f/r/+b/HACu/97/+v/j/9b/3P/p/xwA0P/i/+L/6f/o/+z/7P8UAOz/7P/s/+z/7P/E/9f/tf+z/8j/zv/z/xUAAADh/+X/9f/7/9j/3P/t//H/tv+q/7v/9f/r/6D/EQDs/+z/6v/r/+z/7P/s/xQApf8KALH/7P/O/+P/u//4/9P/0v/X/9b/5P/5/x0A2P/T/8v/IAAPANP/zf+5/+j/AAAAACkAAAAAAAAA1/8AAOr/2f8AAOD/7P8VANj/6//s/+n/6v/k/+z/FQDr/+z/AAAAAPn/9P/x//f/2P/Y/xQA3P/z/+n/AAAMAOv/1v8AAAAAAAAAAAAA7/8UAAAA5P8AAAAAAAAAAAAAHwAAAN7/6v/r/+7/7//s/ygA7v8HAMj/AADr/77/AADA/9L/5//r/+z/7f/s/wAAAADV/8b/0//B/9X/7v/w/8n/2//O/wcA3P/o/+D/AAD1/+T/FADx//n/AAAAAOz/7P8AALb/0v/X/+X/4v/l/y8A4f8QAPf/7v/v//L/6P/f/w8A7P/t//D/AAAAAO7/FADv/9f/vv/m/8H/xf8YAAAA6//A/8z/AAASAML/4v/o//n/u//l/8P/0//D/xsA1//v/9j/7f8AAAAAAAA1APL/+v/p/63/5f+W/8b/AAAAAMH/AADk//n/9P/4/9T/yv81AB4A6v/s/97/3v/j/9n/1f/2/+z/3v+1/7n/9v/E/8b/AADp/9j/4P/a//v/5v8AAOz/7P/s/xQA7P/s/+z/7P/c/0AAw//W/+T/zP/S/9n/8v/l/+b/5P/Z/xIA1//W/+X/FADq/+n/1P/q/+n/AADs/+z/FADo/+z/7P/s/+v/AAAAACkAAAAAAAAA1/8AAN7/4v/e/+L/3P/Y/93/KADZ/wAA8v+Y/8D/nP8JANP/CwDo/9v/yP/n/wkA2P/b/w8A7//b/+n/4P+5/+z/zP8LAAAA7v8AAAAA1//X//j/6v/t/+z/7P/s/xUA6//u/ycA3v/6//L/8//r/+H/6//d/wkA6P/u/+r/2v8AAOH/8v/x/wAAAAAAAAAAFgDz/+P/5v8PANj/3v/0/+j/+P/P/xMAwv/N/9H/AACj/6X/AADK/9v/vP+4/+n/DwDm/+z/7P/s/wAA8P8UAOz/6//Q/zEA1P/G/97/uv/r/+P/6P8bAOb/5//h/9v/3f/q/9T/NADO/8D/y//B/87/4v/O/0UAt/+2/8v/w/+0/7r/EADT/9//4v/T/8X/+v/E/xQAAAAAAAAAAAD3/+z/AAAXAPH/AAAAAAAA5P/p/+f/1//S//X/AAAAAAAALgAAAOr/CADV//D/2f8VAMv/xP/P/ysAof+f/6H/wf/U/9r/AAAAAPj/AAAAABEA9P/d/+r/FQDg/+v/+P/s/+z/6f/h/8j/HAC6/8H/sf/A/w8AHADq/+v/6//p/+f/xv/W/+r/7P/s/+v/7P/p/+z/FgDg/8v/BgDC/8f/3v/Q/yUA7P/s/xQA6P/s/+z/7P/r/+r/HQDl//n/+f8AAPD/+P/f/8v/+v/f/9z/4v/2/wAA2v/i/9z/5f/r/9n/2f8eAOH/6f+U/5P/f//3//L/8f/3/w8A4v/t/+j/8f/a/+P/0//7//n/AADw/y0A8v/v/97/4P/t/wAA0v/f/+v/CAAAAPn/AADx//j/BwDd/8T/2//t/9//+P/n/+T/KADk/+b/HQDs/9j/4P/X/+j/4P/l/yoA3v/Y/+T/1//f/9b/AAAAABgAAAAAAAAA6P8AAA8A0//i/97/5/8KAOz/0v/H/8f/w/8WAMf/6f/g/+//FADm//H/+v/w//H/6//U//b/nv+x/8L/q/8AABEA1/8OABIAzP/G/+j/zf/I/97/PADL/9z/wP+4/7z/vf/2/+z/6//y/wAA9f8UAO//6//i/+v/nP/F/53/2v/5/7L/4v/I/7j/tP8XABcAx/++/wAADADM/9T/BwCz/+H/mv/L/6//5f/Y/wAA7P8UAAAA2f/Y/9//3v/i/9n/JwDm/+j/6P8AAAAAAADc//n/IwDs//L/6//s//D/2P8UAAAA7P/6/wAAAAAAAPH/FADt/+z/2P/M/9//7P8AAN7/FAD4/4r/y//E//f/AAAJAM7/5f/o//H/6P/l/wAAFgDb/9f/DwDf/9j/2P8AAOL/3//s/+z/7v/u/+3/7P8UAO7/FADt/wAAAAAAAOn/7f/s/8H/0//l/9//1//u/yYA0f/q/8v/2P/W/+X/1P8qAOT/7f/v/+3/6P/Z/wAAFQAAAOf/EwDR/9//2v/j//j/7P8XAOn/8v/x/+//1v/m/wAA0v/s/wAAAAAAAD8A7P/7/wAA7P/6//X/+P8AAO7/4f/Z/9r/7P/s/+H/5//o/zgA2P/r/wAA1P/l/yIA2//l/xcA6f/q/+f/5P/r/+f/6//r/+z/7f/t/+z/6/8UAOz/1v8AAAAA1//Z/9f/1v/X/8n/mf+X/wAAvP/U/87/AAAKAID/qf9m/+z/3f++/9z/7f/e//D/4v/r/wAA2f8TAAAA0/+z/8b/9f/X/5f/AAAAANj/4v8KANn/2P/X/97/6//o/8P/3P8SAO//yP/j/yQA2P/7//D/8v/u/7b/yP8AANj/4f/a/9j/EgDs/9T/EwAAAOT/6//o/wAA3v/U/97/xP/o/9z/1f/2/8f/EQDq/xUA6//w/+z/7P/n/+z/4P8SALj/s/+6/+7/6P+d/6L/mP8OAF//lP/p/+X/+/8AAM//4P/d/8v/1f8AANX/6P/p/9f/3/8AAJv/1f8jAOP/wf8AAMj/yf+f/7T/FQDb/+3/3//4/+f/5P8oAOT/8f/5//X/AAD6//L/FwD2/xUA7//0/wAAAAAAAOv/9f/l/9b/2P/n/+X/3P8gAOT/3f/o/+z/7v/s/97/IADg//f/DwDi/+3/6P/x/9r/4/8LANX/0f/a/8n/AADM/83/v/8AAPb/1P/k/+T/v/83ACIA7P/n/9z/5P/c/83/6P/u/wYA7v+7/9T/1v/G/+r/1P8QAAgAxf/i//f/0P/J/9n/lf8AAJz/tP81ALX/7v/q/9b/6//l//T/7P/Z/x8A6v/q/+z/7P8VAOn/5P/r/ysA5f/Q//n/x//M/8r/v/+5/8H/9/8fAOD/AADL/wAA+P8AAO7/7P/t/+7/FADw/8H/LwDF/9D/yv+//wAAu//J/wAA5//r/+f/3v8OAN7/+f8pAAAAAAAAAAAA4P8AAO3/FwAAAAAA3f/i/9D/HgC5/8//AACs/8D/3P+5/x8ACQASAMH/xv/P/8j/0P8KANz/xv/D/8j/0/8FAN7/FADs/+n/6v/k/+z/FQDr/+z/4P/m/+f/5P/U/+//0v8gAOH/2f8AANf/3P/T/wAA2v8AAB0AAAD1//j/AADn/wAA2P8SAOL/1//Z/9H/AADV/9//3P/Z/9v/6/8VAAAA6f/c//D/7P/g/wAAAAAAAMb/wf/N/9D/zf/F/8H/y/9EACIA4v/Y/9D/0v/R/+v/1f/j/8z/5v/A/+z/CAAPANf/2//i/+j/5v/b/xkA2P/r/7D/yv/k/zYAzv/E/xgAof/l/+L/uv/4/+j/6f8cAOP/5f8WAKP/0f/A/7T/7/+8//r/7v/W/xAAyv/E/+3/0P/c/xQA7f/t/+n/AADs/+z/6f/m/+f/5//p/+j/GwDh/+r/CADT/+r/6f8UANb/6v/3/+H/w//B/yoAwP/h/9f/1P/I/9X/wP+9/wAA9P8UANn/5P/p/+z/AADs/+n/CwDJ/+v/7P/r/+z/DwDr/xQAEQDZ/+//9v/s/9f/AADY/8z/0f/G/8r/yP82ANT/wf/V/xAAEADW/93/6f/E/+v/vv/E/8z/CgDk/9b/5/8mANb/z/+y/8H/HADY//j/8//I/9f/1f8PAOv/6v/r/wAA6v8OANf/4//h/9z/0P8RAOj/zf/L/87/2P+2/wAAFQDs/xkA5f/p/+f/6//a/+v/AADj/+z/6f/s/+r/BwDr/9H/0P/b/9b/5f/f/zAA4//l/87/7P/i/+n/AAAHAAAA9//0/+z/6//v/+z/+P8UAN3/0f/Q/9H/tv/G/xEADAAkAOH/xP/I/83/BgDH/83/AADd/9X/7P8GAAAA7f/Z/xkA6//r/+3/7f/n/+P/6f/q/+3/7P/s/+z/FQDr/+7/ov+S/27/yv97/+b/8f8UAOv/HwD0//H/9//o/+D/8//q/+f/5//k/+b/GADQ/+j/3//n//H/8f/t/+z/7P8UAN3/3P/p/+v/2//g/xwA6//L/+j/7P/v/93/4P8xAOb/6//t/wAAAAAAAOz/FQDy/8z/0f/j//L/KQD4/9P/3f/T/wAAwv/F/97/yv8LANf/DADV/+b/6P8KANX/1v/k/xoArf/Z/9L/0v/q/+7/t/+9/67/zv/M/6T/1v86AA8Awv/5//T/AADm/+z/wv/i/+z/7P/s/+z/7P/s/xQA7P/h/+L/x//j/wAA7v/X/wAA3f/j/7L/r/+S/9z/AAAAAOv/7//Y/8T/5//q/yAA7f/T/9j/EQDB/xMA+//e/+v/xv/w//X/6v/p/wAACQDH/+P/1//m/9f/2P8OANf/+//n/+v/2v/b/+r/FQDs/+z/HwDC/7X/of+i/7X/zv/x/0cAof/K/7H/vf8AAK7/1/8mAMH/1f/A/8D/tf/U/8//PwCn/57/nP/p/8H/lP/u/wAA4P/r/+j/1//Y/xQA4f+x//j/0v/H/8//uv/p/y0A8//X/93/2P8AANf/+v8AAOz/6v/w//j/7//t/xQA8f/q/9r/5f/T/9b/yf8jAPT/zv/V//n/y//Q/xQA6f/L//P/8P/7//v/AAAAABUA8f/q/+L/zP/G/9L/GADp/+v/3f8AANn/yP/a/9j/9/8UAOH/6/8GAO7/1P/f/9v/DwDY/9f/AADd/9//3v8AANj/CADZ//v/2P/4/73/AADg//b/3P+8/wAA1/8QANL/2f/I/+f/3//s/+z/LgDo/+b/4v/h/9T/2f/W/y0A0v/W/+P/rv/P/8H/0P++/7r/NwDs/+z/7P/t/+z/6//s/xQA7P/s/+z/7f/s/+v/7P8UAOH/yP/S/7H/r//I/83/OwDn/9r/AAD2/+z/2P/7/ygA0v+3/xAAAADn/9j/+f/a/wcA6//h/+P/4P8TANv/2P8GABcA6f/n/8v/wf/b/8P/6//p/9j/4f/Y/wAADQDm/+z/FQDl/+j/6//o/+T/6v/P/9b/1P/w/9n/AAAAANf/2//Z/9n/3v/t/ygA2//t/wAA8//Q/9j/DQDB//f/nf/j/+D/5f/1/93/BgDZ/wAAKwDY/9j/yv/S/9//sv/a/+3/8f/u//b/9f/s/xQA7f/a/+r/4f/p/xMAAADs/+D/6v/q/xYA6//s/+n/6v/q/67/3P/m/zEAuf/o/8f/5//X/9v/6//o/9f/GwAIAOT/4//I/9n/3P/X/87/zP8tAOz/7P/t//T/AADs/xQAAAAFAM7/sv/7/wAA0v++/xAA9/8UAOn/7v/1/93/6f/s/93/FADc/9j/2//s//r/6P8AABUA2f/Q/9j/zf/U/83/6//o/+r/6P/q/xYA4//p//b/AAC7/7b/AADM/9f/u//w//X/o/++/+P/0v/o//f/7f/n/+z/7v/0/+z/7P8UAOP/7P8eAOv/6P/L/8//2P+2/8//7//r/9D/GQDY/wAALwDl/+T/9f8WAM//0//f/97/AADD/7T/zf/z//T/yv/Y/wAA8v8AAO//DADY//r/1//g/xkAxP/l/wAA4f/l/9D/1P8wAM//0f/T/87/0v8AAPT/AAAAAAAAEQDr/87/0v8SANv/7P/j/9T/+v/j/9H/2f/U/9b/1v/R/+r/JQAJAOX/sv+0/9D/CgDd/8L/6P/h/9j/2v/b/9z/AAAAAMX/6v/W/+f/0f/Y/ywA1//p/8f/4f/f/+T/5v81AND/7P/s/xQA6P/s/+z/6//r/+f/8f/s/+z/6v/o/+z/FADS/wkAEwDw/9b/o//w/8j/6//n/9r/6P/s/+z/GQDs/+f/3//q/93/6//m/xwA5//3/w8A4v/t/+j/8f/a/+P/+v/t/9T/3v/K/83/BQDT/x4Ayf+8/8b/3//l/+b/2v/r//L/1v/C/+3/1f8AAAAAAAANAAAA9v/w//D/1f8AAOz/+f8AAAAAAADu/xQA7f/V/+v/AACr/9L/BQDT/9f/6//s/xIA6P/Y/yIA6//V/yEA3f/U/9b/2P/Z/8j/6P/N/+j/6f/v/+P/4P8wAOn/7P8VAOb/6f/r/+j/7P/s/xAA6P/Y/+3/3f/b//j/6//q/xQA6P/r/+j/AADe/9//3/8vANz/2//f/+T/0v/i/77/3f++/8r/2f/t/xwA2P/k/9f/2//e/+v/AAAaANj/z//h/77/NQDJ/+b/0P/W/+z/7f/s/xQA7f/s/+v/7P/t//H/7//4//b/7P8VAO3/ov+J/6T/sP/j/0QAw//L/7X/sv8JAMv/t/8rANr/sf/X/9X/zP/O/9D/LADP/9z/tv/H/+7/5P8AAPj/4f++/9P/1v/J/9T/AAAAAND/6f/s//L/6v8UAOz/6//c/+v/6/8AAN3/7f/u/+z/AADh/9X/1P8AAM//1f8SAMb/0P8AAMr/4P/Y/9H/AADq/83/7f/v/+3/6P/Z/wAAFQAAAO7/AADd//H/1P/d/8//xf/B/8n/DgCx/8L/5f8jANL/0f8PAPj/2v/k/+D/+f/X/+X/u//N/+H/uv/2/xoAmf8rAPH/9P8AAPr/5P/U/wAA3f/j/93/5//d/8r/zf8rAAAAvf+c/6v/GQDy/7X/qP/V/9r/1P/V/9//2f8nANv/2//k/+v/5f/a/xMAFADb/87/4P/t/+3/7P/s/ycA6P/a/wAAAADG/83/yP/A/x4A4P/6/+L/7P/i/+j/5P8HAL3/v//u/8z/z/8IAPv/wf8AAAAAAAAAAAAA6/8AABQA7//s/xQA7P/u/+3/7P/t/9n/JwDq/+j/7f/Y/+r/2f/Y/97/AAAAAPT/DwDd/wAAEgCt/6r/t//W//H/5/8AAPj/2//V/9r/y/8QAKv/8v/t/+v/BgD1//j/6/8UAOn/7P/p/+r/5P/s/xUA6//r/wcA0//h/9b/1//1/9f/8P/u/5n/yP/D/8z/zf8aALn/3v+o/8P/0P/K/8n/5f8lANj/5P/l/wAAFADV/wUA6f/S/+H/t//n/wcAu//e//j/5//g/+7/4v/t/+b/HADo/8H/xv8AANL/1//H/xYA2f8UAMv/1f/F/9z/6v8RAMT/3//m/+D/vP+8/xQA0f8AABEA2P8AANv/AADq/+j/1//V/wwA8//n/9L/KwC7/9n/5f/Y/9r/7f/o/9z/IADk/+f/3//q/93/6//m/xwA5//S/7D/v/+y/6b/+//V/yAA4v/h/9z/0//e/yAA4//e/8X/y//n/8P/3P8AAPD/6v/s/+z/7P/t/+z/6//s/xQAAAD1/wAAAAD5/wAA6f8AAOn/7P/s/+z/7P/r/xUA7P/Q/+b/7P/q/xMA6//a//j/0P/V/+j/6f8pANb/4v/Y/9v/xf/K/8v/yP/j/zIA0P/i/+z/6//r/+3/5f8YAOz/4v/s/+v/6//t/+X/GADs/+n/GgDS/8H/6f/W//b/wf/n/x4Azf/O/97/4v/d/+j/6v8YAOD/3//l/+v/2v/n//b/9v+v/5H/pv8OANf/5P/l/xEAAADn/8z/1f/W/9D/7f/w/+7/9v/0/+z/FQDt//f/DwDi/+3/6P/x/9r/4//r/+j/u//U/9D/IQDh/8n/6f/b/+P/6v/z/97/FwDo/9T/4v/J/9f/AADW/xkAAADs/+z/7P/u/+z/7P/s/xQADwDA/8j/2v/o/woAzv/H/wAAEwDZ/9D/3v/q//r/s//W/yUA2v/b/9j/3P/m/+P/4//s/+z/8//p/9n/IADa/+z/6v/p/xUA7P/r/+r/6/8SAMP/4v/Y/9D/xP/e//n/1f8SAN7/5v/j/9//FADb/xQAwf/w/9T/z//3/8X/1f/c/8T/5P/Y/9X/9/8RAA0A7P/s/+z/7P/s/+z/FADs//j/CADJ/8f/1//K/wkA4//b/+T/5f/f/9v/2/8fAOD/9f8ZAPn/9P8AAPv/6P/x/+f/6//a/9v/6v8VAOz/7P/s/+3/8P8AAAAA7v8UAO//7P/t//D/AAAAAO7/FADv/+f/5//Z/9D/5v/N/yIA5P8AAOf/5//u/+v/CQDs/9j/xf/T/9b/1f+1/ykA1P/s/9z/tv+5/8P/y/8xALr/zf8SANX/2P/b/+r/AADl/+b/6f8XANj/0f/p/+v/6f/n/7H/SQDa/7//uP+w/6b/1v/g/x0A5//X/9//2f/r/9X/DQC6/9D/2//Y/9j/sv8lAOz/7P/u/+7/7f/s/xQA7v/s/+z/7P/q/+3/FADs/+3/6P/x/8b/7f/m/8r/zP8VAAgAz//W/5r/0v/b/+r/3//l/xMAAADw//b/6v/7/+//rf8AANv/6P+m/8j/+f/y/zYAxP/S/83/zP/X/8r/y//p/8z/2f/c/+//CAAcANn/8f/v/wAAAAAAANj/AAA0APL/8f8AAAAAAAAAABYA8//c//b/9v/x/9z/EwDa/97/0P/c/+b/5v/D/wAA0/8FAOn/CwDs/97/5v/s/wAA8//E/8f/1P/W/9f/0P8WAPj/7P8UAO7/7//4//L/6v/s/w0A+v/W/87/y//K//L/y//s/9T/5f8QANj/2f8fANf/3f8GAOL/uv/d/6n/0f8JAA4AAAC9/9f/zv/R/+P/1v/B/+X/yf/W/x4A9P/Z/8f/AAD6/xIAtP+3/8D/z//v/9j/BwDs/+3/7f/a//r/1P/s/+z/8/8UAO3/7P/s/+z/AADT/+//2v/k/8H/EwDT/+n/2//b/97/EgD3/ycA2v/X/xYA2P/Z/93/CgDq/+v/AADq/xAAAAAAAMP/GwD7/wAAAAAAALf/vf/f/9v/0v/h/wAAx//W/+P/AADs/9b/3//n/xEA3f/0/9j/HgDs/x8A7P/z//f/7P8NAN//zf8UANf/4//a/9j/6//k/wAAFADs//f/7v/v/wYA6v/h/+n/z/96/4r/zf/g//n/5/8dAMb/3//h/9D/xv/p/wAA3P9AAMP/1v/k/8z/0v/Z/9H/PgDZ/8L/uf+8/8n/zf/l/xoA6v/g/+P/4//o/+b/yv9BAL7/ev+2/4z/z/+Z/7b/AAAGAM7/sv/m/7//xP8AANv/4P8AANr/+v/Y/+L/FgDd/9r/8v/s/+z/6P/z/+f/2//W/9X/1v/o/yMA4//V//D/9/8AANT/yv8FAOr/2f/X/xEAAADY/8P/AADk/9j/2P/e/9j/2f8HAAAA3f/7/8n/AADV/9//+v/T/xAA4P/Y/+v/7P/s/+v/IQDq//f/9f/r/wAAAABDANz/AAAAACQAxv8JAK//4v/r/9L/7P/r/+v/6P/r/+z/FQDs/9T/JgC6/9z/1v/b/9X/EAAJABoAb//G//j/2f+m/9v/0P8HANz/1P8AAND/zP/a/83/0f/X/9n/9f/U/ygAvv/0/wAA3P+6/7f/tP8IAMv/3P8qAKb/qf/D/9L/0v/G/8r/AADm/+r/4f/J/9j/xv/r/+f/8f8VAOr/5//r/+z/7P/q/+n/FQDs/+v/6v/r/+H/1/8AAO3/0f/W/97/LwDc/8//AADP/93/4P/K/wsAFQDp/+j/6P8AANr/6//d/9n/8f/g/9X/4P/r/xAA7P/d/wwAy//w/8j/yf/P/8b/FADs/+3/7f/t/+z/7P/s/xQA7P/t/+3/7v/s/+z/7P+1/wkAt//B/8r/+P+v/wAAEwAAAOH/8P/k/8//8P/t/9r/6f/X/wsAvP+c/8P/sP/J/+v/7P8UAOz/DQDn/+X/qf+7/6L/AADb/6T/WADQ/9n/AAD5/wkA2//o/9H/5v/s/xkAzf/n/+X/7P/E/xQAHQDP/77/wv+x/xMAt//j/+v/1//Y/8z/6f/O/wAAFgDM/87/3//r/xEAuv/S/w8A3v/q/93/0P8OAPH/tP8AAOf/6v/h/9n/3/8AANb/GgAAALH/xf/B/9j/+v8LAL7/0v+7/+D/rf/F/6z/FADk/+z/6//s/+3/7P/s/xQA7P/K/9T/IQDb/97/0/8HANj/2P/v/9j/4f/Y/9v/CADm/+v/7P/v/+//7f/1/xAA7/+7/yoA5f/l//L/1P/b/+z/7/8AAOn/3v/f/xsAz//f/8v/3P8AALf/uf/P/yIAsv/s/w8A5f/f/+z/5f/7/+v/7P8AAPP/AADy/wwA0v/d/+z/2P/n/+n/7v/f/yAA5v8aAO//nv/V/7T/9P/T/6H/4v/Y/9H/1//E/+f/JwDq/9f/nP/j/8//CQC1/9v/7v+3/8//z/8lANz/7f/p/7j/w//I/9n/1P/s/ysAvv/P/+f/5P/o/+n/6//r/xgA5f/z//D/+//7/wAAAAAVAPH/w/+x/+r/uP+u/5L/VgC2/9r/3f/l/+X/2//f/ykA2f/U/+z/3f/o/+z/7P8WAOz/2P/e/9j/1//T/9v/LADU/+z/7P/t//T/AADs/xQAAADu/6n/7P+2/8P/EwAWAK//GAAKAOX/3//5/wAAzf/o/9b/+v/p/+r/6/8pAMr/1/8AALL/nf9b/+v/3P+0/wkA6v/m//T/7//m/yYA2P/o/+n/IgDd/9L/0P+2/9T/5f/r/9D/0P/a/9v/6f8HAPf/7P/s/+r/2f/o/+r/GwDs/6r/8f8JAOT/BwDz/5//3/8AAOz/7f/1/wAA7P8UANT/AADY/+r/6P/i/9n/3P8LAOL/wv/e/7T/1//l//r/CwDE/8r/AADE/8j/NgDQ/8r/6//m/+z/8//p/wAA5v8FAAAA1f/M/8z/0/8MALr/2v/M/+f/5//q/xQAAADy/+v/5f/V/+D/1//j/9v/LgDj/9n/3//L/8P/vP8cAOP/CgDX/+z/6f/o/+P/0v/f/y4A7P/Y/wAA2P/e/xgA3P/V/xQA7f/w/wAAAAD4/+z/8f8fAOf/8v8AAPL/AADX/+3/8//M/6H/1f/e/+f/AADA/9H/s//s/w4A1/8NAOP/0v/J/+X/2P/c/wgA2//c/xAA1v8VAA8A2//G/8v/6v/V/wAA9P/t//D/2v/Y/wAAAADl/9b/2P/n/+X/3P8gAOT/EADs/+z/6P/s/+r/6/8UAM7/4P/t/+3/7P/s/ycA6P8TALf/1P+e/7n/AADI/7X/5//b/+b/+f/o/wwACgDn/9//2P8AANT/1v8LAN3/7P8JAO3/9P8AAPT/7P8AAO7/8v/d//H/AADa/w8A2P/p/+z/7v/i//P/7f/s/+z/FADq/wAA2v/Q/xUA1//U/9b/6P8MANj/4v/r/wAA2f/r/+z/7P/t/+r/7f/s/+3/FADl/9v/yf+9/9//CAAAAOb/FQDs/97/6f/l/+3/0//q/+v/6P/q/+j/6v8WAOP/6f/r/9j/KADo/9r/2P/Z/+v/7P/q//D/+P/v/+3/FADx/xMAAADQ/9X/2f/M/8H/zP/Y/+H/EQD3/97/2P/Y/wAA6v/b/+H/0v/f/9f/HgDa/wAA5//i/9r/4f/Y/w8A6P/r/9L/zf/T/+r/AADW/wcAuP+2/wYAcv+q/+//AAD1/9//7P/1//L/7P/q/+v/GQAKAOr/6//r/+v/AADT/9X/FgDz/9H/zf/H/+T/zP/Y/+H/5P/Q/8j/2//I/yoA3P/r/wAA9P8UAOz/7P/a/+z/+/8dAAAAAADs/wAA6v/s/x8A6f/m/+v/7v/i/9n/4//d/8T/AADN//f/y/8AAOz/HQDa/+D/0f/J//j/zf/h/+n/2P8AAM7/2f/V/9j/FQDr//H/8/8AAPP/FQDr/+H/AAAAAAAAAAAAABYAAADs/wcA9f/n/+T/of/Q/+D/0v8OAOX/0P8iANf/5//q/9j/6v8IANP/6v/p/xQA1v/q/8P/EADR/8j/xP/j/wAA1f/3/xcA9P/5//f/8P/q/wAA4//H/8n/0f/h/9j/IgDd/+r/7P8UAOz/7f/s/+r/7P/e/9r/2P/e/97/KQDa/97/3P/o/yAA2f/o/93/1//q/+r/7f/s/+z/7P8VAOv/7v83AMn/w//X/8r/yv/M/8X/7P/r//f/FADt/+v/7P/s/8H/0f/e/87/9f8XANf/8f+w/6H/xP/T/53/zv8eAMX/9//P/8H/0P8FANn/xP8AANj/CADm/+v/9P/j/wAA2P/t//H/7//4//b/7P8VAO3/JwCw/9r/yv/h/+b/v//S/+v/r//D//T/9/+x/xEAzP/K/6b/yf/V/6r/vf+x/zcAxv+n//H/BgDp/2n/8f8XAMz/9f/Y/9P/t//2//r/7f/m/9b/AAAJAPL/0f+7/7j/7P/6/wAAAAAAAPH/FADt/+z/+v8AAAAAAADx/xQA7f/o/+r/7P/L/+z/GQAAANj/sf+n/8n/3v/R/9L/EwDJ/+j/GwDm/+f/4f/b/93/6v/V/+r/JgDY/+X/5//f/8z/AADo/+7/FgDv/9f/6//r//X/DwDC/6D/1P+8/+3/+P/Y/9n/IgDq/9T/2P/N/wAAxv/F/8v/x/8AAMX/z/8SAMT/2P8AANn/2v/6/wsA2//p/9T/s/+0/8D/7v8gAL7/7//r/+v/6P/r/wAACQDr/9f/vf/S/9P/zP/N/xsAAAAJAPf/xf/O/77/6//N//X/1f8oAOX/2f/p/9T/6P/X/0oAyv/V/9v/6f+0/7H/5/8TAPn/BgDp/wAAFQDl/+r/6v/t/+z/7P/s/xUA6//u/9T/3v/k/+T/4P8sANX/2f/Y/+r/EwDJ/+f/6v8AAOn/7P/z/wAAAAAAAPj/FQDs/9n/AADZ/+X/2P/Z/9n/AAALANb/1v/f/8b/1f/j//n/8P/u/wAAAAAAAOn/AAAoANb/4//w//D/6v/m/+z/FgDc/xUA7/+j/9//3v/H/+v/1f/D/9X/KgDB/9D/5//i/97/AADg/+f/3f/r/xsA4v/U/8v/8f/i//L/0/9CAOj/7P8UAOz/7v/u/+z/7P/t/xIAwf/J/9P/1f/r/wAA1//m/xwAzv/Z/+r/5//k/+D/3P+q/3L/gv+p/zMA1f/u/9n/6v/p/+f/7P/r/x4A7P+x/8v/9//Z/9f/AADk/wAAu//M/73/rv/F/x4A8f+//8f/yv/m/97/3P/W/ykAAAAAAAAAKQAAAAAAAADX/wAAv/+c/+j/0v/a/+X/GgDI/+f/yv/V/8n/4v/c/x8A4v/Z/+D/5f/t/9n/2P/c/ygAKADb/8v/0f/R/8z/3//R/wAAAADP/83/uf+t/87/FgAAAOT/4v/j/9r/2P/Y/wAAy//C/+n/rf++/9b/FAD0/xQA7//z//H/AADs/+z/AADq/+r/7P/s/xUA6f/k/+v/AAAGANr/yf/Y/8n/6v8AAOz/2v/Y/+v/7P/s//r/FADr/9b/BgDm/9b/8v+6/wAAAADO/+v/y//U/9//DwDl/7n/8f/I/+r/5//V/x0A4/8VAOz/7P/t/+3/6//q/+z/6f8OAPH/DgC+/+b/3//6//D/7//7//v/AAAAABYA8f/W/97/EwDU/xQA6P/e/+r/vv/Z/6P/7P/G/9D/NwDC/+z/6P/d/+b/+v/t/xUA4f/i//H/uf/H/5j/HgDd/9b/7P8WAN3/5f/q/+f/3v/q/9P/GgDY/+n/9//Z/wAA7P/r/9T/2P/Z/+H/1v8UAAAA6/8NAM7/5P/X/9X/5f8AAAAA1/8KAOz/2v/U/9f/6//q/xYA6v/p/+v/6f/q/+v/DwCd/7D/rf/u/8D/HQDf/x8Ay//p/9r/AADq/8f/2v8gAOD/w//c/+v/9P/L/+r/6P/p/9j/1//K/9j/3f8gAAoA6//Y/+L/1P/T/+H/CgDo/xQA8//t/9n/7f/j/+n/vf/i/+b/s/8sAKf/7P/p/+j/4P/l/+n/4P/x/8z/GwAAAOr/uv/R/+b/wP8AAOX/q/97/+D/jP/I/9T/HQDX/+P/FADX/+P/1f/v/9//4v/s/+z/8v/t/+3/7v8UAOz/rv/h/wYAl//J/xUAAADI/+b/HQDO/9n/6v/n/+P/4P/s/xQA+P/s/+//AADs//T/7P+0/+v/z//U/8X/HQDU/y8A5//y/+3/AADT/9L/5f/n/xMACQDM/+L/0//0/+n/FADs/+z/7f/t/+z/7P/t/ycA3//X/9T/4P/b/8P/7P8AANv/0//P/97/zv8VANf/6//p/+n/+//n/+L/FQDk/wAA4v/p/wAA5v/R/wUA5v/Y/9j/2//p/wAAFADh/9j/4f/w//X/DwC9/9//7P/C/xEA5v/b/+z/7P/q/wAA6f/a/ysA0f/b/+L/1f/M/77/CQDO/93/6//i/83/AADb/8L/2P+g/8D/7P9JAKb/3P/V/w8A1/+z/+D/vP/A/yEA1P/M/8j/xP/R/+z/3/8cAC4Azf/X//j/4v/V/9L/zP/y/wAA8P8AAAAAFADs/+3/zv/g/+3/7f/s/+z/JwDo/wkA4P/b/9j/2v8RAOf/0P/W//v/uf/c/9X/yv8XAN3/2//t/9//+P/n/+T/KADk//L/GQD6/wAA8P/v/+f/AADs/+T/0f/k/97/6f8UAOP/z//P/+n/4P/g/9T/LgDl/+v/tf/p/+z/7P/H/xQAy//s/+z/7P8UAOz/7P/s/+z/5P/b/5P/pf+i/77/AADG/w0A0f/G/9D/xv8AAPj/0f/v/wAA7v/p/+3/CgDP/9v/AAAdAAAA9f/4/wAA5/8AAMz/0v/H/1YAzf+u/8H/wP/s/+r/6f8VAOz/6//q/+v/5//V/9X/NwDl/8P/vf/A/8r/zP/Q/yUA2P/F/93/xf8AABYA4v/f/97/2P/X/9P/AADs/wAA4//6/wAA2P/p/83/2P/q/+L/AAC//+f/FQD6/8//v/+f/7z/5P8cANL/8P/Z/9P/0f+s/6H/EwC1//T/EQDf/+z/7f8AANL/3f8XAO7/AAAAAO//4//x/xgAoP/x/9L/vf/E/6j/QwC3/8L/2f/v/8T/yf/v/yMA2P/v/+v/6P/Z/+P/7f8oANr/3f+v/8T/wP/r//r/GgDY/wAAx//T/8b/xv8AANn/HADO/woA9P/M/8b/v//p/wAAFADt//D/AAAAAPj/7P/x/9H/0v/U/+P/0v8IAAsA+P/4/+b/2v/Z/+b/GADI/9f/7P/z//r/8v/b/wYADgAAACEA2P/Y//L/5f/w/9X/9f/R/wAA4//s/9P/AADr/w8ABgDV/93/vP/r/xAA6v+q/9j/2f8UAOr/3f8AAOj/6v+r/7D/DwCh/7n/FgDV/7v/xv/X/9r/AADX/w8A3v/W/+H/4f/1/8r/zv8iANb/1//T/xoA3//i/8n/AAAAAPn/2v8AAOL/6//g/+X/DQDo/+X/8v/L/8j/9f8AAK//8P/i/wAA2v/y/9v/2f8MANj/AAD3/wAAAAAXAPr/AADs/7r/wP/Z/8n/t/8MABMAAADx//n/9f8AAPr/8v8XAPb/0//e/yMAuP/k/+P/1//o/+n/8//y/wAA8/8GAAAA8//q/xYA6v/x/+z/7P/m/+n/3f/p/7X/HgDr//P/AACX/93/4P8AAPL/KgDO/9v/x//j/9f/wv/R/87/HQDE//H/4/8cANb/5P/j/8D/5f/Z/+j/6P/u/+3/7P8AAOz/DwAAAAAAAAAAABQAEwDt/+z/4f/X/wAA7f/R/9b/3v8vAOv/3f/P/8b/0v/I/8T/FQD5/7T/lv+q/4X/0/8cANv/4v/i/6v/t/+t/xsA3/8NABYA5//q/wAA6f/n/+H/6//q/97/6//m/+f/AAAAANz/1//d/+n/6v/z/9v/KgDo/+v/7P8AAPX/+P8WAOr/7P/Z/+P/6v/a/+z/AAAKAOr/4v/s/+v/6//t/+X/GADs//L/AAAAAAAAAADt/yMAAADW/9f/1v/k/+X/AADR/w8A6f/z/+b/AADk//f/AAD2/+j/DQDC/8z/v/8cAOr/1f/m/xMAFADs/+z/6//G/+z/6f8IAMf/wf/h/wAAxf8MAOb/8v/l/+L/5v/r/xUA6//c/+b/AAAAAMf/vP8RAO3/AAAAAAAA9//z/9r/AAAmAOH/4P/i/+j/7//h/yQA9f+9/9f/1f/j/97/0/8GAAcAzv+k/6n/yP/z/xAA5f/a/xUA7P/y//v/8v/S/9P/FAC1/8r/uP8AAMn/wP81AMT/7P/s/+z/FADs/+z/7P/s/+r/FQDs/+z/7P/s/+n/7P8dAPT/3P/l/9j/7P/Z/8b/FwDi/+3/4f/v/+n/6v/l/+j/3P8lALX/2P/X/9//2f+3/+7/2f/m/9X/1f8HAOj/EQD4/6//sP8AAOD/3f+c/xQAFAD5/wAA9P/q/+T/9v/s/+3/8P8AAAAA7v8UAO//u/+9/+v/w//h/wAACADa/w8A4f/a/+L/7P/Z/wAA2f/4/wAA7v/s/+3/7v8UAPD/0P8IAPD/5P/t/ysAsf/Z/9j/NwDk//v/7P/O/8j/1v/W/wAA6f/m/9//2v/n/xEAzv8QANL/xP/M/woA1P/L/+P/DwDZ/9j/BgDj/9r/4P/U/+L/AADk/+D/2P/o/w0A7//t/+v/7v/u/xUA6//u/9v/sP+k/7L/yf8wAAAAo/8HABgAAAAAAPL/AADk//b/yv/O/9f/yv/P/xUA7P/K/9v/5P/l/9//2//b/x8A4P/s//P/6f8AAAAAEwAXAPb/7/8ZAOj/6v/X/+D/5v/j/9H/w//A/9D/3v8NAM3/DwDG/8P/1v/Q/9T/FQDw/wAAAADs/+7/8v/u/+z/AADs/9//0//j/9L/y//E/zcA0f/2/+v/u/+V/7z/GwDY/8n/+f/I/8b/xv/g/w0A6/8PAOD/5/8UAO//3P/q/wAA9f/r/xYA6P/j/93/4//k/+r/6/8WAOj/4//d/+P/5P/q/+n/7/8AAPD/CwC7/7j/1P/o/wAAyv/A/9H/8f/M/+f/5v8iAJv/kv+N/9//w/8YAOv/FgDo/+P/3f/j/+T/6v/X//P/5v/r/+z/AAAbANP/1v8mAOT/6P/s/9f/2//p/9b/2f/B/7D/yv/B/zYA0P8AAPL/8P/e/9z/0v/p/wAA3v/A/6v/9f/v//f/6//V/9v/2P/k/9X/6f8pANj/2P/o/+j/6P/g/+//FgDs/+v/2f/T/8D/xv/L/+j/CAARABMAo//p/5r/o//R/8//tf8AAOL/8f/g/+7/HwDM/9v/+//b/+v/5//t//b/1P8TAO7/6//V/9b/6/8AAOL/FADs/+z/9v/t/+P/2P8lANv/FADt/+//AAD7//b/7P/w/xQA7f/v/wAA+//2/+z/8P8MANX/2P8AANn/7P/w/9b/6//c/w8A2/8AAOH/6//d/8r/2P/s/8n/yv/e/wAAFQDc/+L/2v/Q/83/xP/h/ysA0//5/+L/+v/x/87/IgDJ/8f/7/+x/5n/tv/D/yUA4f/m/9z/5//b/+z/2/8hAOr/GQDs/9D/4v/l/wAA1v/s/xQA8f/5/wAAAADs/+z/AAAQAOz/7f/u/+7/7P/z/+z/1P/g/+H/4P/H/8X/3/8wAAYA+v8AAAYA8v/s/8v/FADR/6T/3//g/7f/MQDQ/7T/3/+0/77/u/+n/wAA6f/n/+b/2P/C/7L/wP8oAO//vv/q//D/7P/u/+v/7P/s/xQA3f/m/9X/zv++/w0AxP8JAML/v/+8/wYA0f8AAA4A4f8cAOr/6//e/97/6v/c/9X/xP/F/+T/8v/4/wYAuf/W/9v/7f/f//j/5//k/ygA5P/p/+z/7v/y/+7/AAAAAOr/+v8AAPL/AAD0/xkA9//n/+z/FADs/+3/7f/s/+v/7P/s/xQA7P/t/+3/7P/r/+z/6P/n/+j/6v/y/yoA6//b/+D/yP/h/+v/0v8KAJ//AADn/9z/AADo/+n/0//k/w8A9f/U/xEA7v/T/9f/AADc/+z/yv/g/9X/0v8aANT/zf/s/+z/7P/t/+z/FADs/+z/yf/z/+j/3P/o/+X/AADR/xoACACp/93/zf/M/8r/2P/s/+z/FADo/+z/7P/s/+v/AADe/6r/FwDi/wcA4P/1/wAAFADq/+X/7v/r/97/7P/x/7L/tf/A/8n/s/+v/zIACwDr/+r/5f/h/+7/6/8TAAYA2P/S/8//v//0/+f/AADF/yUAxv/B/7P/qv+u/yoA6/8RABcA1f/p/+P/z//m/+z/2v/f/6v/1P8lAKz/3v/r/+z/7v/z//X/FgDu/+3/CQDW/+f/wf+8//j/uf+i/9D/7P/X/8j/zP/g//X/EQDO/7v/2//K/9r/EAD3/wYA6f8YAOb/+P/r/+b/6f/o/9L/0f/U/9T/wf/f/y4A3P/k/ycA5//W/9r/4P/D/+n/8f+7/9L/8v8kAO7/4f/b/+z/FADs/+3/7f/s/+z/7P/S/+L/0v+o/7b/4f8kAPD/xP/K/9H/6//G//L/BQDP//n/1//a/8X/zv8UANX/4f/w/7D/w//C/+z/yP/p/xsA3P/m/9r/4f/s/xQAAADo/9H/1P/M/8T/zP8AAOD/IQDF/wAA5f/k//X/CgD4/9j/xf/b/+H/3v/Z/wAADwDY/+f/1P/m/+X/xP/t/xAA0//X/6j/0v+z/6v/4f8AALL/NgDb/wAA+P/3/+P/AADc/zYA3P8AAPr/+f/j/wAA3P8QAKb/7v/r/7D/4//Z/+H/5//f/+r/3f/r/+b/HADn/9f/4P/p/+T/1//n/wAAFADT/9j/1f/W/97/zf8tAOj/6f/q/+X/2//m/wAAEQDp/9z/3//L/x0Az//n//P/y/8dAMv/zP+k//b/wP+5/y8A3v8MAMH/uv/N/9v/AACx/9j/2f/k/9//6f/f/zMA6v+t/+//4P8KAPH/3f/1/9v/5//L/wAAzf+1/x4A6v+g/7b/z/+Q/xoAsf8TAK7/7f/Z/+v/6//q/+z/6/8eAOz/2f/k/8r/AADf/+r/2v8JAO//7P/s/+3/7f/s/xQA7f/5/x8A2f/r/8z/2P/f/+P/7P/s/+f/6//r//j/EwDr/9n/6//r/+r/7P/r/x4A7P/g/xgA6P/m/+j/AADl/+T/8f8AAAAA6v/u/wAAAADv/xMAFgDh//j/2P/k/+z/xv/s//L/6//s/+z/7P8TAOz/0/8WAMT/FADW/8n/6f/b/+z/6//3/xQA7f/r/+z/7P8aAOr/2//s/+z/6f/X/+b/7P/t/+z/7P/s/+z/FADs/xQA8f/5/wAAAADs/+z/AADZ//r/1v/T/9L/4//b/9f/s/8sAL7/v//A/8L/2v/0/+T/1v8AANf/4f8JAOP/1v8XAOb/AAC3/6r/rv8AAMr/4v8YAOD/6v/r/+f/EADq/97/7//p/+j/6//l/+z/FADj/+v/6v/s/+z/5v/s/xUA6v/5/+z/7//s/+z/7P8TAOf/CADu/wAA2//Z/87/1P8XAOL/7f/h/+//6f/q/+X/3v/s//H/+P8UANj/AADs/wAA1v/I/9D/xv/6//n/z/+h/9P/pf+6/8b/tv9FALn/7P8aAAAA8//w/wAA4f8AAMj/0//a/+b/1v8AAAsA6f8UAOb/7P/r/wAA3P/y/+P/EgDV/9j/2//q/wAA5f/m//D/1v8AAMj/AADA/9D/HgDh/9D/4P/q/xsA5//O//T/FADr/+z/7P/r/wAA6P/r/73/2P8hALz/3f8aANH/zf8VAOv/7P/t/+3/6f/p/+z/1/+5/8r/yv/Y/xsAAADR/xcA+P8AAAAAAAANAOT/6v/x/+7/gv8AAKf/7//Z/+H/tv/M//P/AACy/w4A+P/D/wAA3f/c/9//6P/E//T/AADV/9j/IwDW/9f/AADY/9z/7P/r/+z/7//r/+z/7P8UAOz/zP/Z/97/7f8AAMn/xv8AAAAAAAAAAAAA6f8eAAAA3v8bAOX/1f/j/wAA5v/s/8j/w//P/wwAzP/7/9n/6P/Y/83/0P/W/9X/xf/E/0kA7P/r/9n/3//q/9j/AAAfANP/AADF/9//5/8RANj/3v/V/8b/sP+//x4A4P/2//D/6//r/+z/7P8AAOD/EwDj/+v/FADo/+L/1v/U/8X/AAALANj/1//Y/9f/1f8AANz/1f/F/8P/vv/W/wAAEQDq/9f/0//l/9j/AAAiANj/2P/g/wAAAAAAAAAA6/8gABMA1f/y/9j/4v/m/ykA4P/X/+H/1//S/9j/0f/r/x0A2P/l/9b/2P/n/+X/3P8gAOT/7P8YAOT/6v/r/9n/5f/s/+f/6//a/9v/6v8VAOz/7P8LANz/5//j/+v/6f8AAOv/tv/u/7H/w//B/xMABwDh/8D/z/8AANb/AADy/wAAvP/S/8H/wv+9/wAA5v+l/9L/IQDo/+n/yP/m/+v/1f/M//f/zP+7/7z/AAATAKv/6/8AAPD/yP/j/9v/AADP/9n/xP+t/53/AADj//r/wP/o/wAAyv+k/+f/4v8AAOT/1P/s/xkA5f/p/+f/6//a/+v/sv/E/+f/CQDQ//P/6//G/wwA2v/i//b/6f/R/wcA7P/S/+f/IwDs/9n/3P/w/+P/7P/o/9//1//p/9f/6f8WAN7/AADo/9P/2v8VAOn/6f/Y/+r/2f8AAPH/JQDs/93/5v/a/9j/2v/k/+v/6P8ZANP/AADe/9L/2P/t/wAA0v/E/9j/vP/p/xEAt/8MAN7/6v/s/+z/6//s/+n/7P8WAOz/6v/s/+3/7P/s/+v/FADv/xQA7//v/+3/8f/s/+3/AAAWAOv/7P/w/+3/0f/t/3z/8v+y/8f/dP+3/yQAAADZ/87/yf/Y/+b/IgDF/+z/8P/v/wAA8P8AAOr/8/8oANX/0P/f/9z/4v/K/zYA0P+m/+v/2P/H/8P/DADN/+r/vf8AAMP/3f/Y/+D/zv8kABIA1//D/9D/1v/i//r/wv/s/xUA5v/p/+v/6P/s/+z/6/8YAOn/3//u/+n/7f/u/+v/6P/q/+j/6v8WAOP/6f/R/wwA5v/j/9r/1P/u/+H/2v/R/97/4P/u//j/LQDt/9r/0f/e/+D/7v/4/y0A7f/q/+H/5/8AAPf/6/8cAPD/5f/W/9j/5//l/9z/IADk/97/t/8UAAAA4//0/8r/BQCr/wcArv/X/+L/CQC+//X/2f8IAOf/xf8UAOL/5f/Q/+z/FQDs/+v/+//s/+r/8f/Y/9f/yv/L/9r/IwDS/+r/2f/X/8z/w//a/8b/+P8dAOr/7P/s/+v/7P/p/+z/FgALAAAA6f/n/9b/3//Z/+f/8f/5//X/AAD6//L/FwD2/yAA8f/7//b/7//W/+L/7v/S/zcAtv+1/73/wv+3/w0A2//N/97/8P+9/wwA6//v/9X/2v/r/+//7P/Y/+X/IwAAAOP/6/8UAOv/5P/C/9v/7v/p/8r/AADj/8P/yP8bABIA4P/a/9j/3v/X/wAA7//S/8j/0//Z/+f/+/8AAPT/2v/X/+3/9f/4//P/QwDi/7X/BwDS/8n/4P+v/+j/FwDx/wAA1P/K/9X/1v/Y/+v/2v/X/+3/9f/4//P/QwDi/ykA7P/W/97/2P/I/9H/zv/o/+n/5f/F/+z/GgDu/9b/7f/w/wAAAAAAANT/DQAoAND/0v/u/wUA2v/b/8v/JQAdAOn/DgDf/93/7P/j/7//6v/g/9r/yf/g/93/HgDl/+r/4P/b/8b/4P/c/x8A4P/W/yUA1f/r/+z/6v/j/wAA6/8UAOz/7f/s/+z/7P/t/+b/1P/h/+L/2//e/9v/HQDZ/9n/+/8AAOP/0//W/woA5P/l/+T/AADa/w0A4v/n/+z/FQDs//L/6//t/+n/7P/o/9j/GQD3/+3/2P/2/ygAAADs/+3/9P8AANr/EgAAAOH/uv/L/73/3v/m//X/6//Q/8H/9f/Z/+z/wf/e/08Ay//o/+z/7//d/+D/MQDm/+P/5//s/+3/7f/p/xEAAADs/+n/2//f/8v/DQDm/wAA3f/u/+n/5//J/9n/GgDY/9X/4v/W/8X/0P8AAA4A1f/Z/wAA+f/o/+n/2P/q/wAAwf/R/9j/0P/W/xsAAADt/+L/7P/r/+v/7f/l/xgA7P8UAMj/9v/L/7T/zP+4/wYADADU//L/IQCq/8D/qP/V/+v/EwDZ/+v/2//f/wAA6//o/+n/6P/Z/8z/6v/t/xQA7P/s//H/2v/2/xUA2f/r/+z/1P+4/xEAxP/3/6j/5f/S/+//5P/U/wAAz//f/xMAwv/T/9L/1f/Y/xcA6/8AAOX/2v8TAOz/5f/o/+b/KQDs/+z/7P/s/+z/+P8UAOb/0v/D/9//tP/F/yoA+f/L/+X/6P/n//b/3v/2/xQA7P/q/9f/2P/n/+v/KADC/wAA1v/R/9f/0P/T/yEA6P/T/8//r//u/6z/xP8uANH/1f+9/7z/sf/f/6f/8/8AAPX/2f/Z/+P/BQDc/wAA2P/Y//H/uf+6/9H/vf8iALf/6/8kAN7/6f/i/+n/1v/W/wAABwDS/+L/5f/n/9X/DADe/83/1P/H/8//yP/i/+j/HwAAAOL/5//p/+n/GADU/+r/xP+x/9r/z//A/0MAvP+u/+z/5//X/+D/4/8UAAAA6/+w/87/3f+3/wAAv//J/wAAwP8AAN7/1v8UANf/AADl/9r/9f/R/9X/8v/R/+X/IwDJ/xIA4f/J/9j/AADn/wAA3f/4/wAAAAAAAPj/JQAAALj/sv+x/7H/t//6/93/GADZ/9j/AAD6/wAACwDx/wgA3f+l/57/p/+z/8L/+f/6/+f/xP/G/8r/x/8GANX/CQDq/+v/5P8ZAO3/1f/o/+v/AAAUAOz/7//r/+3/4P/t/9z/IADp//j/7v/5/+j/8v/1/yIA6//v/9D/zv/F/+L/7P/t//D/AAAAAO7/FADv/wsA1v/q/+L/2f/5/8j/1/+z/8b/0f/R/7//+f8uALL/7P/s/+3/9v8AAOz/FAAAAOz/IwDZ//T/4v/g/9f/7P/z/9v/yv+//9z/2/8MAL//4f/W/+P/1//Q/9r/KADb/9v/8/8IAND/0//V/wAA1f/O/9b/0//V/9X/4v84AMj/y//W/6//3f8dAAAA1f+y//T/3f/V/9r/lv/u/9j/EQDi/9v/6P/a/9j/2f/Y/ykAo//z/8H/nv8bAO//2//q/77/GwDI/7r/3/+1/+j/y//h/wAA9v/h/+H/2P8UAOz/BwD3/93/s//U//X/5P/N/9f/1f/H//L/0//N/xUA7/+//+n/AAD3/+n/2f8AAM//EwDc/9T/6//o/+v/+P/j/wAAAAApAAAAAAAAANf/AADt/xYA3P/Y/+v/5f/c/+z/AADo/9D/2P/M/8z/FQDb/wYA6//b/9H/6f/j//X/AADp/+//9f8AAAAAEAAAABIAEwAAAOr/5//b/+D/6v/7/9D/BwDb/+X/0v8KAMr/4v/W/wcAEgDo/9b/4//X/9b/6P/o/x8A5P/q/8b/0f/q/+b/FwDa/93/5f/r/+r/5v/N/8T/5//a/9r/0/8LACcAFADx//n/AAAAAOz/7P8AACoA5P/h/7P/z//Z/8j/nv/r/9j/KADo/9r/2P/Z/+v/FAAAAAAAAAAAAPf/7P8AALT/t//6/6n/AAATAOz/2f/Y/8//3f/W/+b/FgAHAMX/AADd/xQA5P/s//b/3P/f/+v/6v/u/wAA7/8VAOv/+f/U/+z/2//X/+r/JQDX/+L/4v/t/9T/5P8XAOX/v//2/wAA5f8AAPT/7f/s/+f/FADC/wAAw//X/+v/6v/7//b/s//3/6L/4P+v/7//9P8AAOf/0/8MAPv/3f/X/+f/AADb/8X/LQDQ/9//CADP/+z/9P/l/8v/DAAWALH/vf/B/9D/BgDf/9n/1//Q/wAA0f/m/9n/4v/s/+X/6P8eAO3/5v/Z/+L/7P/l/+j/HgDt/+r/GADg/+T/AADj/+z/8//a/9n/+P/7/wAA9v8tAAAAw//U/+H/6//q/9z/JwDi/9j/AADt/+D/1f/Y/w4A2f/i/9r/6f/q/+b/5f8dAOf/4P/g/wcA1f/T/9H/AADQ/9n/6/8UAOn/7f/m/wAA6f/b/w0A2P+M/wAAnf/G/9r/4//U/9X/1f8AAMj/CwAAAAcA0P/c/9L/4f/d/w0A6v/Q/+P/y//W/xIAAAD5/9n/v//L/9n/2//L/+f/8f8eAOv/AADx/9j/4P8UAO7/2P/c/9T/LgCo/9X/yf/Z/8v/yP/T/+z/0P/d/+7/HADa/9P/2P/s//T/6/8FAOL/FAD2/9b/CgC7/93/PgDB/9X/EgDe/wAA2f/f/+T/3//q/7j/pv/U/9H/kf8AAAAAAAC+/8j/2v/H/73/zP8rAML/FADq/+3/7P/s/9D/+//m/8f/JQDo/+z/5f8aANj/8v+6/yIAt/+x/7D/vP8QALn/+//Y/93/0//V/97/BwDg/9X/3P/t/97/wv/U/9L/IQDZ/wwA1//Y/wAAu//q/+3/AADx/wAA9/8AAOj/8P8pANr/2f/n/+//7P8NANr/AADs/+j/3f/m//r/7f8VAOH/yf8GAND/5f8AANj/AADP/+H/FQDs/+3/3//o/+z/5P/l/ygA3P/f/+T/7f/a/+n/5v/g/+z/AADr/+v/BwDn/93/3P/p/+v/2//g/xwA6//s/+7/8f/y//b/7f/s/xQA6f8XAOv/4f/p/+T/6f/q/9b/KADl/+n/7//W/9n/8P/Y/wAA2//Z/+P/2v8AANz/6f8ZAOD/5/8AAOn/7P/m/wAAJwDa/9f/4//A/8f/0/8JAN3/+v8AANz/+f+1/8L/2P/O/9j/2f/k/+b/3v8jANP/0/8wALn/0f/f/7//3//d/+b/3P/p/9f/MADS/9T/2v/j/+j/6v/m/x0A6f/p/97/5P+3/7r/vf+9/9v/AADD//b/5v/s/wAAzv8GAPn/6//n/+H/4/8AAOX/FgDr/9r/l//4/6D/9v/S/7T/GAAAANb/1//L/87/2f/I/xAAGwDW/+L/wf/d/+v/4P/R/wAA0//l/+3/3P/Z/93/AADG/xwAzv/i/9j/5f8RAOn/3f/c/+n/6//b/+D/HADr/9f/6//Y/wwA6f/f/wwA1v+b/2MAzv+0/8b/rP+1/7T/1v8AAAAAFADd/+n/3P/c/8H/y//s/67/5f8AAA4AwP/s/+//+P/4/+z/7P/r/xQA1f/Y/9L/2P/n/8v/NgDe/9j/2v/m/9r/7f/a/ygA3f/l/9b/2P/n/+X/3P8gAOT/3f/r//b/AAD7/+D/7P8mADQAsv+w/9D/x/+6/wAAwv/s/+3/7P/2/+z/3//o/xkA7P/V/6b/qP/k/w8Alf8AANL/0P8AAMP/0//2/97/EQDs/+z/7f/1/xQA7P/s/+z/6f/f//f/+v8AAPr/HgAAAA0A8P+6/8r/of/k/w8Av//L/wAAw//V/97/1v8TAMn/2v8xAO//AADs//H/yv/e/9b/AADj/9H/CgDr//H/sf/w/wAA9f8WAAAA6/8AAOL/EgDP/9P/zv/i/9z/5f8AAM3/6P/q/+r/4//g/zAA6f/p/+v/0f/U/wAA6/8VAOz/7P/T/97/8P/Z/wAA0P8AAOX/3v/2/5H/w/+u/9j/CgAPANP/0//W/9j/5v/z/wAAEwDX/+f/2f/o/wAA2P8AABMAIwDx//f/6f8MAOP/3v+V/7v/wv/M/wsABwDm//b/of/i/8X/0f/2/6v/4f/i/+v/DgDU/7z/5v+8/8v/wv/o/yMA2P/b/+T/5f/c/+n/FwDX/9v/2f/o/9f/5//s/9v/AADM/83/2f/S/+T/IgDA/xAAu/8AANb/0v/R/9L/NADH/9f/1v/s/8X/1//T/wAAGQD6/+f/4v/f/9D/6v/Y/w4A1//d/9z/AADj/9j/z//g/83/yP/O/9f/KwDJ/+z/FADs/+3/7f/s/+z/7P/v/93/OgDg/+P/6f/F/97/5/8eAM3/zv/e/+L/3f/o/+n/1//f/8z/AAAZAM//5P/l/xMA3//k/9b/1v/a/wUA4v/s/+z/8v/s/+f/9/8UAPP/AADW/9n/1/8aANb/xf/o/8b/4v+8/87/+P8AANf/7P/s/+3/9v8AAOz/FAAAAOv/HADk/9v/1P/V/+v/2P/p/y0A7v8AAOX/9P/h/+X/5f8cAL3/AADZ/xUAwv/V/+3/AAAAAAAAAAAUAOz/6P8TAMn/+f8AAPj/7P/w/+L/7P/v/+z/AADt/xIA6//r/+v/7P/Y/+b/6/8SAOz/DQAAAMv/wv/S/8T/8v/y/7X/1v/s/9L/1P/V/wkAEgDn/yAA0//q/+z/7P/R/9n/1//q/wAA5P/o/9j/EwDi/+L/EQDD/9P/yf/n/9//AADe/+//IgAAAPf/6P/4/+P/1P/S/9T/1v/V/9D/o/+6/0YA2v/q/wAA0/8AABQA3v/o/wAAzv+//8n/5P/F/87/4v8LANH/wP/A/97/1v/k//b/7P/q/+n/7P8HAOf/FADn/+v/2P/S/+b/2//u/x8A5v/u/w8A2P/d/wAA5P/g/9j/FgD3/wAAAAAAAOf/6//u/8j/yf/V/9z/6v8FANj/AADs/+v/8v/t/87/7P/s/xQASgDE/6b/o/+f/83/1v+z/wAA6//s/+z/7P8SAMv/7f8eAAAAxP/B/9T/AACy/9X/7P/f/7X/uv/s/+D/6//S/83/1//c/8T/0f/N/x0A9f/d/+P/3f/n/93/yv/N/ysA5f/s/+r/7P/s/+j/6/8VANf/EADj/8P/AAAnAPH/zf/y/9P/5v/Y/9n/1/8aANb/3v/g/9n/1//3/wAA7f/n/wAA1P/V/9H/1P/T/wAA1f/V/+H/wv/C/yIA3P/b/wAA4v/O/+r/FgDn/+v/6v/p/wAAvf+w/77/tv+4/+D/AADe/1EAXf+R/xEAg//t/6L/+f8VAAAAAAAAAPP/7P/y/9j/JwDg/9r/3//f/8z/6f/r/xkA2P/X/+n/6v/S/+r/+f8VAAAAAAAAAPP/7P/y//H/IwDo//X/8f/1/+H/7f/T/wsA2v/f/+D/0v8AAOj/tf8sAJj/ov/3/5T/3v/m/xQADwD2//r/6v/Y/+z/2//S/zAA5f/O/9T/2v/P/83/zf8lAND/0f/P/8r/+//I/x4AzP8AAMz/2P+8//T/zf/s/+n/6f/r/+v/6//s/xUArP/1/+j/sf8AANn/AADL/7r/1P/i//r/0v8AAMH/2f/a/+r/5P8OAAAA3f/l/8n/EgDt/wAA4//i/+r/6//X/83/BwDH/7D/7P/J/8b/BQDc/+T/r//g/+n/HQDs/7j/1f8AAA8A9//6/+7/3f/d/9b/JQDq/+L/6//J/+f/yf+//7//pP+B/87/FADV/xAAv/8YANz/1P/W//D/AADI/+v/6//t//X/FQAAAOz/6//j/xQA6v/t/+n/5P8AAOz/7P/s/xQA6//s/+z/7P/s/9b/OADe/93/0f/R/9T/1f/T/xUAvf/B/wAAzf/K/wAA4f/d/+f/3//s/8z/2P8yALr/AACu/7X/HQDB//H/7//p/xEA7v/e//n/8P/l/+n/6f/U/+7/6f/s/+r/7P8XANb/7/8dAMb/4f/O//b/5//e/77/8//X/+f/s//4/+P/4f/b/wAAuP8KAPb/qP8aABYA8f/q/97/6//q/+H/6f/1/+D/AAD3/wAAvf8QAPT/2//R/+L/AADV/wAAzv/v/+L/2f/g//f/0//2/xYAAADo/+z/7P8AAAAA6/8RANj/6//o/+r/6P/q/xYA4//p/+r/6v8WAOv/7P/q/+r/6v/s/+z/7f/t/+3/6/8VAN7/EgDW/9H/3P/S/wAA4v/P/8L/MgDP/9b/0P+r/+b/3f/k/+r/7f/q/+v/z/8KABQAwv8kAOf/0P/W/83/5v/s/9n/+f/m/8z/w//Z/xoA2v8AAAAAAAAAAPb/2v8AACYALgDR//j/AADb/+b/0//R/93/1f/s/+r/1//u/9H/DQDD/8H/xP/A/9//tf8ZAAAAAADW/9D/1f/L/zUA1f+y/+P/IQDm/83/0//R/+r/4//t/z4AAAAAAPf/4//S//L/2P8xAN//0//U/+b/x//M/+L/2P/Y/9j/4f8SANn/EwDm/xAAGgAAANn/1//C/9X/7P/s/+3/6v/t/+z/7f8UAPT/vf/G/8H/0P/Q/8H/CwDJ/9X/yf8PANj/AADT/9r/BgDX/9n/2f/X/83/+f/k/xcA7f8AAAAA9f/h/+n/5P/s/+z/7P/t/+3/7P8UAOz/7P8UAOz/7f/t/+z/7P/s/9T/BgDk/+b/4P/K/wAAAADL/w8Awv/D/9r/EwD5/8v/HwCx/+T/pP+4/6T/9v/U/+v/3v/B/8T/v//f/xMA6//P/8D/0P/X/9n/1f8sANP/rf/5/xcAu//c/7n/3//v/+z/AAAAAAAAAAAUAAAAAADP/8P/zP/R/8j/y/+5/zoAFQDq/+n/8P/u/+z/7P/g//j/s/+b/7H/yf/q/9n/AADO/8T/yf8WAMv/1f/o/xMA4v/p/+b/4//r/9f/EQAGAOz/5//m/9f/5f/g/xoA5/8AAAAAAAAAAAAAFwDz/wAAFQDv//T/AAAAAAAA6//1/xEADgDC/9D/0v+9/+n/z//r/+n/FADr/+z/6//s//P/rv8AAM7/5//W/7v/IgDX/9n/HwDu/+n/7P/Z/+P/6/8LAPj/7v/A/8X/y//V/8v/x/8/ANv/1f/j/9j/wP/A/wUAAAAJANb/xf+//9j/u//s/+j/7//s/+z/6v8WAOn/6//q/wAAAAAAAAAAKAAAABEA1v/a/9b/2f/k/wAA1f+l/xsA6f/D/7//xv8GAL//7P/s/+z/7v/s/+z/7P8UAOj/7P/v//D/8/8MAAAA6v/V/wcABwDX/+P/1f/R/9P/5v/J/8D/CgDW/7j/GgC//7r/uf/V//v/5P8AAOP/IQCz/5z/AACd/6X/JwDf/8n/wv/C/+//yf8AACwA0P/Q/+3/7f/u/+v/7f/r/+7/FQAAANb/7v/W/wAAAAC//9z/wf+l/z8Ax//7/77/ov++/+r/7P/s/+v/7P/p/+z/FgAAANf/3P/i/+j/FgDj/9z/4P8lANP/1f/l/+n/3v/K/+X/4f/l/+X/6f/q/xoA5/8UAAAAAAAAAAAA9//s/wAA8v/v/wAAAAAAAM//AAA2APP/1P/t/+7/7f/f/zIA1P/Z/xAAz//Y/+z/1//j/wAA6v/c/+T/6f/d/wAAEADe/wwA5f/Z/6j/jP/r//T/w/8KAN3/y/8AANf/xv8OAOb/3P/m/8T/7/8AAAAA6//I/9z/1v/Q/83/1P/4/x4Auf/y/8X/HgDc/+b/+P/S//P/2v/c/7n/sv/j/xEA+P/V//P/zP8AABMAwP+7/9b/AAAAABoAvf/N/8r/0f8AAN3/2P83AOT/+//s/87/yP/W/+7/7P/s/+b/7v8UAOv/7P/Z/6//DACZ/wAA3P8GALn/u//B/xQA7P/D/+X/0P8LAK//vv/W/87/w/8qAOL/3f/d/8X/t//1/77/yP/3/wAAAADY/+r/3//s/xQA2P/q/wcAzv/W//b/0v/S/wAAzf/l/+r/6v/Z/+r/7v8UAOz/9v8NAMD/wP/M/73/AAC8/+H/GgDc/9j/8P/U/9j/xf8AAAAAuv/M/9n/yP8AANH/AADB/9T/x//C/9v/CwDo/xEAx//Q/wAA4//W/+r/8P/Q/9H/3v/X/+//9P8bANv/3P/v/wAAAAAAAOP/AAA1AOz/8f8XAAAAAADs/+j/7f85ANf/6P/K/9z/zv/Q/8r/3//j/9T/0f/U/yIA5P/V/xgAuP/m/9b/7P/r/9X/AACv/6L/OQDO/8r/FwDR/53/tf+8/wAAtP/D/yYA4P/t/9j/2//n/+3/1f/K/yMA1/8AAOL/3v/o/+j/5/8PANn/6P/Z/+T/1v/Z/+b/CAAAAOP/6//q/+z/7P/m/+z/FQA0ANT/+f8AANX/3/++/8L/4f/g/+L/6P/v/+H/JAD1//n/EQDc/+r/7P/x/9r/4v/l/9r/JwDT/+b/1P/o/9D/5f/a/zgAyP/R/8f/3P/V/8X/xv8zANX/1P/V/8T/0P/i/9P/IwDH/9n/6P/p/+L/y/+v/xYA9v/2/9D/0/8AAOT/2P/o/+z/KADh/9n/2//o/+X/8v/p/xYAy//j//f/+P+l/6L/sf/K/77/0v8yAAUA6//K/8P/4P/u//r/zP/o//n/5P/n/+X/4v8ZAOb/4/+9/+D/p/+t/7//5f8AAK3/3P/4/6T/zP+6/zoArf+r/wwApv+u/wYA9P/h/8b/2v8pAPb/9//o/93/2P/f/woA4v/S/9H/z/+4/w0A5f/a/wgA4f/o/8j/AADr//X/v//c/9j/qf+l/8f/NgCr/ykA2f/a/+H/AADz/9f/5v8VAOj/6v/5/wAA7v/r/9n/2v8IAN//AADS/wAA6//a/+r/2f/X/+f/+v8eANj/7P/d/wAADADm/7H/9v/R/wAA4P8UAOv/6f/s/9n/+P/s/9X/7P8AANT/DgDX/7//5v/x/w0ArP+m/7b/DAD0/9b/3v/X/97/0//Q/9f/KQDU/9r/zv/F/9n/0P8qAMr/6f8VAO3/7f/s/+z/6//s/+r/1v/o/8j/yf/6/83/4f8MAAAA5f/j/9z/5v/K/wAALADq//H/yP/v/7T/5f/T/wAA2v/4/9//1P8RAND/+P/T/93/7P/Y/yIA6/8AANb/4f/h/9b/0f/W/+T/2P8oAOT/yf8dALb/rP+9/67/EgDJ/+n/7//M/9j/tv/z/+X/+P/K/7T/0f/W/8r/0//l/zAAFADs/+3/7f/s/+v/7P/s/+P/2v/l/xYA5//Y/wAA7P8AAOr/l//S/9n/7v/n/+j/3v8kANr/2P/e/+D/5P/Z/97/JADa/9j/3v/g/+T/2f/i/w8A5v/e/+T/FADT/+v/6f/g/9n/yP/g/93/HwDl/8v/9f/V/8X/zv+z/+v/AADH/+n/vf/Z/9f/6/8RANb/2P8sAOL/3P/a/9n/0f/T/+L/+P/M/wAAx/+z/9z/2/+//+f/uP/o/4v/IAAAANX/1//2/9v/6f8AAOP/AAC5/wgA1//a/8L/1P/n/+P/DwAoANr/7P/4//T/5//d/8X/KgDp/+z/3v/e/+P/1//V/wAA3P/5/wAA8P8aANP/7f/r/+j/AAAAANv/z/8AAAAA5f/g/8j/4f+K//b/BwDW/9H/lf/K/8T/4//0/ysArf/o/+z/6/8AAAAAAAAYAAAA2P/i/+7/FADs/xQAyf/r/9n/KAAAAAAA3P/d/+n/2v+//7r/o//h/7r/uf89AMz/BgC0/4X/u/+t//b/vf+9/7n/tf+z/+3/8/8AAMb/5P/E//f/6f/v/w0AAAD3/+//zf8XAOT/3P/m//j/1v/p/xQAAADf/9//1f/S/8n/yf/x/xQA7v/5/9j/1//s/wAA7P/s/+z/7v/s/+z/7P8UAOv/6v/m/+P/6//r/xYA7P/l/9L/IgAGAAcAz//a/8b/q/++/5D/zf+a/xMACwCZ/9j/7P8UAOr/7P/p/wAA7P/j/77/lv+2/9j/DgDZ/+r/r//g/9//rP+m/6f/KACq/w8A7v+A/3//7f/S/wsAfP/X/yYA0v/W/9z/HQDe/+X/4//4/8n/1/+q/wsAk//r//D/0f/R/7X/1v/a/ysA3//s/+//EwAAAAAA7P8TAPT/1P8LALz/7v+K/9j/9//Z/97/DwDi//T/zv+a/9H/1//J/8//AADi/9//0P/6/8b/u/+//wgAAADn/9f/8v/V/9v/2P/x/8z/vv8eANL/tf/Y/7P/w/+n/+v/7f/o/+v/AAAAAAAAAAAAAAAAAAAAAML/JwCo/47/3v/E/+b/5v8gALf/jv+2/8//1v8JAIr/rv+8/9f/0v/F/7b/SADI/wAAp/+t/3b/tv/C//X/0v/C//X/nP/b/9v/AAAAANj/6//r/+v/6P/s/+v/FQDq//P/7//P/9//pv+8/6f/mv8AAAAAAAAAAAAAAAAAAAAAAADI/9P/1f/W/9r/AADv/+//6//s/+z/7P/t/xQA7P+9/wwAEwDj/+H/1P/o/9L/0f/1/wAA3f/F/7L/7v/e/xUA6v/3/+7/7f/s/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+r/7P/x//D/2/8jAOz/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA5f/s/9n/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/9b/5v/g/93/3P8ZANz/AAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+3/GgDn/+n/+P/x/9//6P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADt/+7/7f/u/+z/8v8AAAAAAAAAAAAAAAAAAAAAwf/a/7j/p//v/6T/hv8QAOX/7P8AAAAA6f/n/xkA7P/g/wgA5P/r/wAAFgDY/+D/6//b/wAA0f/P/9n/EADN/xgA6f/v//X/+P/3/+f/AADo/wcA7f/5/wAAEwDa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//P/9P/6//T/7P8UAOv/tf/H//b/1v/V/8T/3f8ZAAAAAAAAAAAAAAAAAAAAAADw/+z/AADs/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/FQDs/+z/6v/r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAOAMP/0v/t//L/5v/G//b/7P/s/+z/7f/1/xQA7P8AAAAAAAAAAAAAAAAAAAAA9v/s/+z/7P/t//X/FADs/+n/4/8cAM7/yP/C/93/1//i/+P/6v/s/wAAAAAAANr/AAAAAAAAAAAAAAAAAAAAAOz/5//s/+z/FQDr/+z/4//k/+f/HADd/+H/5//i/+X/6//r/xUA6v/p/+r/6//r//D/AADR/8X/2P/O/w4A4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6//n/+D/4v8cAPb/6//r/+v/6v/p/+v/FwDZ/+n/AAAAAAAAAAAAAAAAAAAAAOv/FgDq/+3/7P/t/+n/7f8AAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA7/8AAOv/FQDs/+z/4P/p/+z/6f/3/wAAAAAAAAAA+f8QAAAAAAAAAAAAAAAAAAAAAAAAAMn/3//U/wAA5P/a/wAA0//s/xQAAAAAAPH/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/8f8UAAAA9P/s/+z/8P/Y/9n/KADf/9//2P/Y/9v/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/JADq/wAAAAAAAAAA4//o/xsA2v/n/+L/5//p/7z/7P/a/9z/FgDP/wAA9f8AAAAAAAAAAAAAAAAAAAAA3f+s/7z/tP/V/4//t/9BAOn/6v/r/+z/7P8VAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/zP/Y/+X/MQDX/9H/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/3/9r/7f8XAPL/6f/G/9j/7P/t/+v/AADx/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8JAMH/vP/Q/+3/6v/i/+H/4P/g/9//4//a/97/IADs/+z/7P/t/+z/7P/s/xQA6v/s/+j/FADx/+v/7P/t/6v/5v/Q/9j/EwDE//f/6//u/+z/FADs/+3/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/AAD0//T/9v/n/wAA3f8AAO7/AAD6//H/7P/w/xQAAAAAAAAAAAAAAAAAAAAAAOX/+P8AAAAAAAD3/xwAAADr/9j/2f/h/+n/6/8AABQA8v8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//M/5j/AACr/9f/rv/o/+z/7P/t/+3/7f8UAOz/7P8wAMn/7v/U/9b/0//U/8r/2P/h/+P/5f/h/9r/JQDi/wAAAAAAAAAAAAAAAAAAAADJ/+z/vP/G/9H/8/+4/8D/AAAAAAAAAAAAAAAAAAAAAAgAFgDj/+P/6//v/9j/6P8UAOz/7v/t//f/+P/w//X/6//s/+z/7P/s/+z/FADs//n/AAAAAAAAAADx/x0AAADt/wAAAAAAAAAAAAAZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADy/+z/+f/O//P/yP/U/9f/FADo/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA8P8AAAAAFADs/+3/3v8AAMD/5v/I/+D/AAANAAAAtf+u/8P/z/8KAPD/w/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAy//L/+j/rf/h/wwAsv8AAAAAAADx/wAAHQAAAO//EQDs//r/8//5/+r/1P8nAAAAAAAAAAAAAAAAAAAAAAAZAPf/8//z/+3/5f/t/+v/JAAAAOz/yf/R/8X/4f/W/wAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAA0A7P/s/+z/FADs/+z/7P/s/+7/7f/s/xQA7P/s/+z/7P/b/ycA2P/q/+3/2v/e/9r/2P8AAPr/+v8AACcAxv/t//X/7P8AAPD/6//u/+3/FwDs/+z/7P/s/+z/7P8UAOz/7v/s/xQA7P/t/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/+z/+P8AAPX/FAD1/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADr/+z/8f/Z/9//4//c/9j/xf8oAMH/JwCu/57/s/+7//H/7//w/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA7P/u/+7/7f8AAOz/7P8zAOz/5v/X/+D/0v/T/8X/FADw/wAAAAD6/+//7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADp/+7/8//x/+D/8P/t/xUA7v/z//j/AADx/+v/6f8UAOz/8P8AAO//7f/s/wAA6v8bAOj/9//y/wAA5v/t//L/8f8AAAAAAAAAABYA8/8AAAAAAAAAAAAAAAAAAAAA2P/a/93/6f/o/wAA6v8RANf/5//o/+b/6/8rAMD/1v8AAAAAAAAAAAAAAAAAAAAA+f/W/wAA4//v/9T/AADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//n/+z/AAAAAN3/JQDi/9j/KgDn/+v/5P/h/9X/1v8AAAAAAAAAAAAAAAAAAAAA6/8mAOj/7v/t//T/1//r/8X/PwDX/9X/x//T/8n/0f/a/yoA1//h/9n/4v/W/9f/AAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAPj/7P8AAAAA1v/o//f/8v/U/wAA6v/k/83/u/+7/8z/1f8qAOj/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/y/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/xAA3P+k/9D/6v/c//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/wAA7f/v/xQA3P/a/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/xUA1f/r//r/6v/4/+n/7P8VAOz/6//w/+z/6v/p/wAAAAAAAAAAAAAAAAAAAADs/9f/AADZ/97/5v/P/xIA5//o/xoA6v/q/+f/5v/p/97/AAAmAOv/7P/c/+D/8v8kAOb/5f/l/wAA1v/S/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/9j/6P/M/9H/AADc/yYAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAADw//b/AAAfAOz/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA0f/W/yUAtv/P/9X/xP8aAAAAAAAAAAAAAAAAAAAAAAAAAO3/GwDw//H/AADp/+n/AAAAAAAAAAAAAAAAAAAAANj/1//0/+z/AADX/+v/CAALAN//qP8IAPH/EQDn/8z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f8UAPf/+P/s/+z/7/8AABAA6//j/9//6P/a/9j/AAAAAAAAAAAAAAAAAAAAAAAA7f8jAAAAAAAAAN7/AADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//u/xYA7//y/+//6f/t/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s//P/FADs//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAD6/wAAAAD5//P/0v/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/z/wAA9P8AABoA8//s/xQA7v/w/wAA7P/t/+z/1P8cANb/zf/c/9b/yP/5/+n/FgDr/+v/6//q/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAA6P8AAOz/HAAAAAAAAADu/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8jAAAAAADw//n/AADh/+X/AAAAAAAAKADr/9j/4v/p/+z/6f8TAOX/6/8GANj/AADn/9z/2f/k/wAA3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA7P/s/+3/2v/Y/+f/2//S/8L/2v/a/9//8f8oAM7/AAAAAAAAAAAAAAAAAAAAAN7/AACw/wAAt/+T//r/3v8AAAAAAAAAAAAAAAAAAAAAzf8QALn/t//P/yIAy//F/wAAAAAAAAAAAAAAAAAAAADM/+n/3P/Y/w8ACgDU/+L/AAAAAAAAAAAAAAAAAAAAAOH/xf/i/+X/AAD0/yAAw/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDs/+v/4//r/+v/5//r/wAA7v8AAPr/8f/s//D/FADu/+3/FADt/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+3/7P/s/+3/FADs/wAAAAAAAO7/7P8AAOz/FADv/+//8f/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAADY/+z/6f/o/+P/BwDk/+z/+f/3/wAA7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/6/wAAAAAAAPH/FADt/wAAAAAAAAAAAAAAAAAAAADs/9v/8f/c/9j/6v/h/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALv/2f/W/9H/8v/1//f/AAAAAAAAAAAAAAAAAAAAANz/6P/i/8T/w/8QAAAAyP8UAPT/AAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/1//L/7f8UAO//EQAAAAAAAAAAAPD/+v8AAOT/3//n/+r/6v/a/yIA3//r/+v/FQDs/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f8UAOz/7P/C/83/1P/h/9H/5f8qAM7/FADy/wAA8v8AAPL/7P/s/9v/7/8IAMT/1P/N/wAAw//s/xQAAAAAAPH/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/6/8UAOv/6//s/+z/7P/0/+z/AAAAAAAA9v/u/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwD2/wAAAAAAAAAA5P/x/wAAAAAAAAAAAAAAAAAAAADY/9T/1f/Y/xMA3f/j/wAA6//s/+v/5//r/+r/FQDs/wAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+z/8v8AAB4A9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD0//X/7P/s/+z/7P/s/xQA7v/x//j/9P/s//r/2f/f/9n/FAAAAOb/6f/s/+z/6v/s/+z/7P/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAFADy//f/9P/1/+z/7P/s/+z/7P/t//r/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/9/8AAAAAAAD1/+7/FADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAMn/AAAAAOX/zv/n/9b/IQAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA6//s/+z/FADu//H/+P/0/+z/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+P/1f/R//H/1/8AAAAAAAAAAAAAAAAAAAAAAAD2/yQA6v8AAAAAAAAAAOL/DwAAANf/1//k/+X/3P8VAOz/6//o/+z/7P/s/+r/6//s/+z/7P/s/+z/FADs/+v/7P/s/+z/7P/s/xQA7P8RALX/ev9b/+n/p//A/8D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgDr/+z/4//W/+z/5v8GABQA7P/s/+3/7f/s/+z/7f8AAOz/7f/f/xMA3P/d/9f/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADX/9j/6v/m/xQACAAAAOL/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8RAAAAAAAAAAAAAADw/wAA7P/t/+z/7v/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADf/wkA2P/b/9n/2v8AANn/5P/W/9D/7v/m/wAA1/8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7//s/+z/7P/s//X/AACf/67/xv8aAM//qP/4//f/AAAAAAAA+f8WAAAA6v/Q/+3/AAC+/+3/7//i/wAAAAAAAAAAAAAAAAAAAAAUAOz/8P8AAO//7f/s/wAA2P/e/9r/4f/Z/9j/5f8iAOz/7P/t/+3/7f8UAOz/7P/1/wAAGABf/5H/zv/I/+j/AAAAAAAAAAAAAAAAAAAAAO3/7//t//P/8v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA4v/q//j/8v/y/+v/7P/s/+v/7f/y/+//6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/ycA2P/q/+3/2v/e/9r/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/v/+z/FAAUAOz/7v/z//P/7P/s/+3/CwDU/8//1v/K/wAA0f/H/xgA1//Y/+H/7f/Q/9X/6//s/+z/7P/s/+z/7P/s/xQA4P/v//P/AADu/+7/8f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAA0A0f/h/9f/6f/q/+//8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/JgDu//f/AAAAAOX/9P/i/wgA1//n/8f/DgDp/9j/AAAAAAAAAAAAAAAAAAAAAOb/HADl/+r/5v/o/9v/6P8AAAAAAAAAAAAAAAAAAAAACwDK/8L/vf+6/9T/u/8KAMX/3P/X/9T/FwDL/8T/FwAAAAAAAAAAAAAAAAAAAAAA6v/q/+z/7P8VAOn/5P/q/+v/6//o/+r/6v8VAOz/7P8ZAOb/of/l/+r/CwCs/7f/+v8AAAAAAAAAAOz/FwAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7/8AAAAA7P8UAPn/FADs/+z/7//s/+z/7P/s/+T/MwAAAAAAAADU/8//AAAAAAAAAAAAAAAAAAAAAAAA7v/x/wAAAAAAABQA7P8AANv/AADf/9//2P/b/xUA6P/s/xQA7P/v/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAoA9v/M/8b/yf/F/+T/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7v/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7//x/+3/7/8UAO7/FADs/+z/7P/t/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+v/6f/q/9T/3v8XAAAA2P/g//D/6P/c/9z/AADo/+L/2v/g/9z/AAD7//f/GADr//D/5/8AAOf/zP/s/xQA7P/r/+L/6//r/+f/AADd/+P/6//n/+3/5f/d/yIAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/2f/b/9n/2P8AANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/JgAAAAAAAADa//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgD6//T/AAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAA6f8MAPj/6P/o/wAA2P/r/+D/2//b/+T/1/8qANn/1v8AAAAAAAAAAAAAAAAAAAAA3f/s/+z/6//n/wAAAADd//H/7f/u//f/7P8UAOz/7P/b/+b/7P/r/9j/xf/o/yUAAAAAAAAAAAAAAAAAAAAAAOz/7P/v//H/7f/v/xQA7v8pANH/vP/O/9L/3f/e/9b/AAAAAAAAAAAAAAAAAAAAAO//1/8hAN//6v/l/97/6P/S/+L/1//L/+v/JwDy/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/6//s/+z/sv/O/8j/GADh/77/7f8AABUA6P/g//D/6v/r/+r/7P/M/+z/7P/v/+7/6/8sAO//y//O/9H/JADT/8r/8v/U/8P/DQDm/+L/4f8OAMf/v//s/+z/7P/t/xQA7P/s/+z/8P/3/wAAAAAAAPX/7v8UAOH/zf/a/9T/1//T/ykA4v/f/9P/9f/I//L/1/8XAOv/yP8JANX/3//Z/xEA6v/d/wAAAAAAAAAAAAATAAAA7f8AAAAAAAAAAAAAAAAAAAAA6f/m/+f/5//p/+j/GwDh/+3/7P/v/+//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/Q/9T/2/8hAMb/w//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/6//R/+f/1f8VAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/l/+3/AADs/+n/CQAeAOX/+v8AAPX/5v/X//f/3P/Z/+H/5v/g/9v/IwDm/wAA7f/a/+n/5P/f/wYA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/0/+z/7P8VAOT/7P/r/+D/6/8WAOj/3v/r/wAA0v/T/9z/uP8PANP/AAAAAAAAAAAAAAAAAAAAANH/BgDS/9v/3f/P/wAA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/77/3P/Z/9n/1/8tAM3/7f8UAPH/9f/w//D/7f/s/+z/8P/0/wAA7/8UAOz/7v8SAOr/6//p/+z/y/8FAOj/6v/r/+z/6f/s/+z/FQDs/+3/AAAAAAAAAAAcAOr/AAAAAAAAAAAAAAAAAAAAAAAAFgD1/9z/4f/g/9f/yP/Q/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAD6//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7//s/xQA6f/a/+r/7P/t/+T/AAAUAAAAAAAAAAAAAAAAAAAAAADS/9j/4v/b/9D/0v8nAOz/AAAAAAAAAAAAAAAAAAAAAOv/6//u/wAA7P8TANn/6/8hANv/y//p/+L/+v/Y/+j/+v/o/9X/2//n/+r/AAD7/xoA8v/x/wAA+v/n/+P/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDq/+z/6//r/+b/6f/s/+z/7P/s/+z/FADs/+3/w/+h/6n/jf/X/8X/7P8XAO3/FADt/+3/7v/y/+z/AADp/+r/6//s/+z/FQDr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/8//z//f/8P/s//P/AAAAAAAAAAAAAAAAAAAAAM//2//f/7r/2v/S/zIAyf8AAAAAAAAAAAAAAAAAAAAA4f/s//j/+f8AAOz/HwDs/wAAAAAAAAAAAAAAAAAAAADp/8//5P/T/+D/4/8iAML/AADg//H/6f/Z/9j/zv8KAB0A5//c/9j/5f/k/+X/4v8AAAAAAAAAAAAAAAAAAAAA7f/s/+//7/8UAOz/7P/s/9j/EgDZ/+r/6f/Y/wAA4v8AAAAAAAAAAAAAAAAAAAAA7f/s/+//7/8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s//n/AAAAAPf/+f8AABYAAADM/+X/2f/b/+n/5v8AAA8A7P/y/wAA7P8AAPD/FAD4/5j/wP+6/wsA2v+s/+7/BQDl/+n/5f/o/+L/5P/g/xoAAAAAAAAAAAAAAAAAAAAAAN3/9/+0/9H/CQAaALn/vP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8bAOr/6f/p/+j/5//j/wAA5v/q/+X/5P/q/+v/EgDs/xQA7P/s/+z/7P/s/+z/2f/M/97/1f/R/+z/HgDt/9b/DADu/+3/6P8bANf/xf8AAAAAAAAAAAAAAAAAAAAA7P8UAPD/8v/s//D/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//2P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIA0P/W/8//3//N/8//1v/t/xQA+f/s/+//AADs//X/8P/V/9f/xf/M/8L/DwDE/+z/7f/s/+7/7v8UAOz/7P/s/+r/6v/s/+z/7P8VAOv/+f8AAAAAAAAAACUA7v/x/y4Av//Q/8X/0//E/87/4f9aAKP/yP+7/6D/yP+2/9D/FADs/wAA7v/x/+z/7P/v/+7/0v/r/+j/6//R/wwAAAA3AMv/4P/g/9b/1//F/+v/FQDs/+7/8//s/+z/7P/h/7v/x//A/8H/6P/v/8X/6f8AAPj/AAAAABQA8f8AAOz/+P/s/wAAFAD1/+z/7v/t/xgA1//Y/9H/EADq/+H/3//s/+v/7v/0/+3/7P8UAO7/FADq/+v/5P/o/93/EwDI/+7/7v/w//D/8P8UAOz/7P/y/ywAAAAAAAAAAADS/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAOv/7f/s/+n/6P/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/AADi//X/4P/m/9n/EADs/+z/7f/t/+3/FADs/+z/7P/r/+3/8P8UAOz/6//s/+z/6v/s/+z/7P/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/z/8OAN7/3v/b//b/0f8AAKf/xv/d/+T/vv8bAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ/9//3P/B/+f/GAAAALn/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7f8UAOz/7P/7/wAAAAAAAPT/FADu/+z/2//W/9L/1f/W/y0Az//i/wAAAAD1//r/9v8SAPf/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA0f/J//H/uf+6/9D/sv9DALj/rP+8/wAA0P/B/8b/SADs/+z/7//s/+z/7P/s/xQA6f8VAOv/6//s/+r/6P/o/wAAAAAAAAAAAAAAAAAAAADr/+T/EgDF/9T/1//5/9T/AAAAAAAAAAAAAAAAAAAAABcA6f8AAPj/AAD3/+r/AAAAAOv/8//5/wAA9v8AAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAGAOr/5//W/9P/5f/Y/+r/FwDr/+v/6v/p/+X/AAAAAO3/0P/y/93/1/8MAOX/zP/Z/83/yP/S/9//3f8tAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0/9H/8f8LAL7/yf8AAM//9v/6/wAAAAAAABMA+v/v/yAAzf/n/8f/IwC4/+P/r/8AAAAAAAAAAAAAAAAAAAAA2P/W/9D/zv/R/ysA2P/X/wAAAAAAAAAAAAAAAAAAAADU/93/3v/t//X/2P8nAOP/+f8AAAAAAAAAAPP/FAAAAAAAAAAAAAAAAAAAAAAAAADs//r/8P8AABMAFADs/9j/6//s/+v/6v/s/+j/5f8WAAAAAAAAAAAAAAAAAAAAAADu/9f/6f/p/+j/6v8gAOT/AAAAAAAAAAAAAAAAAAAAAA8A9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//Q/8//yv/W/8n/MgDO/8L/BgAIANr/3f/a/9f/+f8AAAAAAAAAAAAAAAAAAAAA1//a/9j/IwDp/9n/6v/j//n/qP/s/8//4v/5/wsAuP/v/xgA9/8AAOn/7v/o//n/4v/s//H/+//2/+3/6/8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7v/z//H/7P8UAO//AAAAAAAAAAAAAAAAAAAAANz/wf/A/9f/4f8MAKX/DQAUAPn/y//H/9f/+v/J/+H/6/8mAPD/7v/p/+3/3P/2/+v/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQAAAAAAAAAAADs//D/AAAAAAAAAAAAAAAAAAAAAOv/6P/q/+j/6v8WAOP/6f8AAAAAAAAAAAAAAAAAAAAA5P8AAN7/1//a/+T/EgDc/wAAAAAAAAAAAAAAAAAAAADq/+3/8//r/+3/7P/r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9//B/9v/xv+4//P/wf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/JADL/7//1v+7/7r/4f8AAAAAAAAAAAAAAAAAAAAA6v8AAPr/AAD6/yIAAAD6/9//2/8eAO3/2P/F/9L/5v/W//n/GAAUAOX/yv/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+3/8//r/+3/7P/r/xYA7P/t/+7/7P/v/xQA7P/s/+z/7P/s/+z/7P/s/xQA7P/v/xEAAAD6/wAAAAD4/wUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/x//j/9P/s//r/7P8AAAAAAAAAABQAAAAAAO//7f8UAOz/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/r/xQA7P/6/wAA9//v/+z/AADs/+z/7//x/+3/7/8UAO7/7P8UAOz/7P/s/+z/6//s/xQA7f8AAAAAAADY//D/3v8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/7P/t/+v/FAD6//X/6f8AAO7/7f8OAN3/6f/s/+3/AAAAAAAA7P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvv/Y/9X/1v/Y/9H/7f8kAA4A7P/q//L/7/8AAOr/2f/X/9D/1f/K/wAA2f/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA/+H/1/8UAN//AAAAAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/xv/n/xEA5v/S/wkAq//q/+z/6v/s/+v/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAOf/7P/4//b/+f/t/xoA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/4//h/9n/2P/a/w4AAAAAAAAAAAAAAAAAAAAAAAAAMADK/9//zP/a/83/zv/W/+3/8v/y/9v/7f/t/+z/HgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8Azf/b/9T/3P/R/+v/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8KAOX/y//n//X/EwCz/w8AAADp/+j/6v/s/+D/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAADg/+j/6P/i/+X/GwDn/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8aAOn/6f/n/+H/4P/j/wAAAAAAAAAAAAAAAAAAAADw/9j/4//M/97/CQD6/93/AAAAAAAAAAAAAAAAAAAAAOz/+f/3/wAA7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/vf/c/7r/PACz/8n/r/8AAAAA9f/6//b/EgD3//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/8L/x//U/8n/EADO/+3/AAAAAAAAAAAAAAAAAAAAANz/6v/t/+n/7f/r/xcA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDm/+r/6//o/+z/7P8wANr/wP/B/7z/yv/2/9X/1v/Y/9n/3P/Y/9v/KQDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACoA9P8AANj/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8PAMj/2v/p/w0Azf/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/5/+f/7//b/+b/FgDo/wAAAAAAAAAAAAAAAAAAAAAAAMP/tP/f/+v/AAD0/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9P/6/wAAAAATAAAA7f/r/xUA6//s/+3/7f/r/+z/7/8SAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAOz/6/8VAOj/7P/s/+j/7P8AAAAAAAAAAAAAAAAAAAAA6//r/+v/6P/s/+v/FQDq/wAAAAAAAAAAAAAAAAAAAADd/xsA5P/U/+H/2f/m/+j/8f/q/+z/FQAAAOr/6f8FAO3/8f/v//j/9v/s/xUA7f+S/7L/DADm/7r/FwDU/67/zv+j/73/6v+0/zIA7f/O//H/vP/S/9n/2/8oAOn/yP/3/+H/6f/i/9j/z/8AAOj/1P/T/8L/1P8LAPn/yP/R/wAAAAAAAAAAAAAAAAAAAADm/xcA3v/m/+//3f/p/+j/5v8XAN7/5v/v/93/6f/o/9n/2v/c/8r/3P8KAM//9f/R/+P/5//p/9f/7v/Q/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8UAOz/8P8AAO//7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/FwDm/+n/4//j/+D/6v/l/wAAAAAAAPP/AAAAABAAAADt/+3/FAD3//j/7P/s/+//7P/s/+z/7P/s/+z/FADs/xQA8/8AAAAA+f/r/+3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAOf/2P/Z/9j/2v8AAOv/7P/s/+z/7v/s/+z/FADs/7z/vP8cAAgAy//U//T/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/4/x8AAAAAAPX/AADj/wAA4//s//b/AADz/9n/HQDS//D/GAAAAAAAAAAAAO3/9f8AAAAAAAAAAAAAAAAAAAAAyv/J/+z/zv/W/wAA4P/3/wAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7f/s/wAA7P/s/+z/7P/s/xUA6//q/9f/0//Y/+L/zP/O/7r/SQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/4//r/+f/5/wAAAAAUAOz/7P/s/+z/7P/s/xQA7P8UAOf/7v/o/+j/AADs/+j/6//Y/9P/8f/g/+P/3/8dAAAAAAAAAAAAAAAAAAAAAAAbANT/qf/D/9//yP/0/+P/3f/w/+//+//6/yMA8f/s/8L/+//B/7b/xf/t/wsA0//a/ysAy//E/8r/wf/l/8X/BwDb/+n/5//k/wAA4v/k/+z/7P/u//H/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5v/p/+3/7f/t/+z/FwDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAAAAD4/9v/AADu/wAAAAAAAAAAAAAAAAAAAAALAA4A3f/Q/9T/6//x/7f/AAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAA9/8RAPL/AADZ/9f/2P/b/+P/AAASANL/AAD5/yYAAAAAAAAA2v/5/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/t/+z/7f/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/8r/IwDR/+L/6P/O/9H/+f8AAPf/AAD1/+7/9P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+r/5v/j/+n/AAAWAO7/FAAAAO3/AAAAANn/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/r/+v/6f/q/9T/3v8XAOv/FADs/+z/7P/s/+z/7P/B/7r/4/8UAMH/2v8gAOv/8P/h/+X/7f/r/9H/EgDs/9z/0f/r/93/2f/W/9v/KQDf/+r/7P/s/wAA7P8UANn/AAAAAAAAAAAAAAAAAAAAAOj/xv/J/7j/9/+r/xAADgDl/93/3//f/+n/1/8oANv/AAAAAAAAAAAAAAAAAAAAAOT/5P/r/+P/6f/r/xkA6P/s/+r/6v/s/+z/7P8VAOv/DAAAAOL/4v/d/9v/6v/Z/wAAAAAAAAAAAAAAAAAAAADL/9T/z//K/77/DQDm/wcA7P/s//T/8P/x/xQA7P/q/wAAAAAAAAAAAAAAAAAAAADY/+n/7f8AAOz/DQDY/9v/6f8RANT/0//a/+f/AADr/+z/7P/s/+z/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAA9v/o/wcAAADu/wAA6f/e/wAA6//u//T/8P/r/wAA7P/s/+z/7P/s/+3/7//s/xQAAAAAAAAAAAAAAAAAAAAAANT/xP/H/8//w/8OAKr/EAAAAAAAAAD6/wAAFAAAAOz/0v/T/9X/1f/U/9L/0/8sAPH/7P8AABQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA2f/s/+7/3v8UANT/AADr/wsAAAAAAAAAAAAAAPX/AAD3/x0A8P8AAPj/AADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/7P/s/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAOn/FwDr/+r/6v/p/+n/6f++/7X/8P8AAOP/7f/f/9H/7P/s/+z/7f/t/+z/FADs/+3/7P/v/+//FADs/+z/7P/s//b/7P/s/+z/FADs/+z/7P/s/+3/8v/v/+z/FAD3/+H/9P8AAAAAAAAAACEAAADh//T/AAAAAAAAAAAhAAAA2/8nAN3/3f/q/+j/2v/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAu//o/73/uf8AANX/+P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/AADz/+j/9//v/83/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A6P/j/+H/5P/f/+P/3f8UAO3/8//s//f/7f/s/+3/IgDg/+D/5//l/97/3v/j/wAAAAAAAAAAAAD7/wkAAAAcAOz/AAD3/+3/0f/m/+H/AAAAAAAAAAAAAAAAAAAAAOz/7P/Y/+r/6v/r/xUA7P/q/+D/4//k/+D/4v8XAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs//f/+/8AAAAAAADy/xEA+v/r/+r/6P/o/+v/2P/q/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xQAAAAAAO3/AADs//H/AAAAAAAAAAAAAAAAAAAAANz/4//V/9L/7f8gAAAA5/8aAAAAAAAAAAAAAADm/wAA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/5//s/9n/3P/Y/ygA6/8AAAAAAAAAAAAA5/8AABkAAAAAAAAAAAAAAAAAAAAAAOr/FwDq/+r/6//o/+X/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/+z/FADs/wAA+P8AAAAAFADx/wAA7P/2/+//AAAAAPv/+v/4/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/7P/y//P/AADr/+v/AADr/+b/5//p/+b/4/8VAOj/v/8wAOf/1//Y/73/zv/Z/xQA7f/3/+3/AADu/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAAAAARAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKABYA6v/q/+f/1v/o/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADv//n/7P/s/+z/7f/k/xAA1f/W/9//4f8NAMT/FQDr/+v/6//r/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC9/6z/8f/o/73/AAC5//b/GQDa/9L/wP/Z/8f/DgDZ/+z/8f/w//n/8f/s/xQA9v/q/xYA7P/o/+b/5v/q/+v/AAAAAAAAAAAAAAAAAAAAAPD/7P/5/+z/7f8UAOz/8v/o/+T/6//r//D/HgDt/+b/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/8v/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7v/s/+z/7P/s/wAA8/8AAAAAFADs/+r/7P/s/wAAAAAUAO3/7P/t/xcA6f8AAPj/AAD3/+r/AADs/9n/8v/q/+z/FAD7/+P/tv/C/8D/xf/W/+T/GAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANQAAAAAA9P/u/8//yv/r/+X/5//q/+r/6//u/xkA7P8AAA4AAAAAAAAA+//2/wAA7P/s/xQA7P/s/+z/7P/r/+z/FADr/+r/7P/s/+v/6//p/9n/8//4/wAA8v8eAAAA3f8SAAAA4P/r/+T/2P/Z/+P/AADc/9X/1//W/xEA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAvf/E/77/vv/S/wAAsf/M/+3/7//v/+7/7P8sAO//7P/s/+n/6//o/xAA5/8AANn/1//r/+v/6f/p/+j/KQAnAOD/qv+0/6n/5//L/8f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAADu//L/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/7//lf/h/9n/xf8xAMj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FwDt/+3/8P/r/+3/AAAAAAAAAAAAAAAAAAAAABMAy//k//D/8f/r/wAA6/8AAAAAAAAAAAAAAAAAAAAA6v/s/9j/1//j//r/EgDX/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/8f8AAAAAAAAAABYA8//q/xgA6//r/+b/9v/j//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA8v/s//n/AAATAAAAAADu/wAA7v8AAPT/4P/2/+7/8P8AACMA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAAAAAAD0/+z/7P/s/yUA3f/h/9P/7v/W/9T/xP/t/+r/7P/s/+3/7P8UAO3/AADm/67/rv/3/+r/8v+5/+j/5//k/+v/5f/m/xkA7P+S//f/kv+Q/x8Avv/A//X/2P8AAOH/4P/s/+f/2f8UALX/xP/K/9D/u//J/wAAEQAAAPj/AAAAAAAAAAD2/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+z/6/8UAOv/AAAAAAAAAAAAAAAAAAAAAOr/8f8AAPn/7//v/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/3f/w//D/7P8UAOr/2P/C/9//7v+5/y0Av//t/9P/6//r//f/6v8VAOv/6v/l/xoA5f/e/+7/7//n/+n/3v8AAAAAAAAAAAAAAAAAAAAAEwDq/+n/7f/w/wAA6//m/+7/6//x//P/+f/r/xMA7P8fAND/w//N/9v/w/+m/xEA8v/m/9P/r/+q/73/sf8gAND/wv+2/xgAzf8AAOj/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/IQDk/93/2P/G/+r/4f/l/xsA6P/o/+j/6P/l/+b/GwAvAHD/rP+t/+b/sP+N/wAAAAAAAAAAAAAAAAAAAADv/wAAAAAAAAAAAAASAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/9z/4P/f/9n/+/8GANz/2f/Y/9n/AADY/w0A5P/q/wAAAAAAAAAAAAAAAAAAAAAUAPD/9v8AAAAA7P/s/wAA7f/s/+z/7v/t/+v/FADr/wAAAAAAAAAAAAAAAAAAAADm/+n/6f/q/+n/4v8YAOb/AAAAAAAAAAAAAAAAAAAAAO//1/8hAN//6v/l/97/6P8AAAAAAAAAAAAAAAAAAAAA9f+1//v/CgDh/8L/FADS/xwA6v/q//v/AADv/+P/9f8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+z/7P8UAOv/8v8AAAgA7//a/xMA6//r/+3/AADq/+z/7v8UAOj/7f/X/8v/2v/a/8b/LADU/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/+n/rP/0/8T/wv8AAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/9r/x//S/+L/4P8kAOL/5//K/9X/yf/i/9z/HwDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/w/wAAAAAAAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/+P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALv/FwC//9r/zf/e/83/8v/Z/xcAX//S/7n/h//o/+//AAAAAAAAAAAAAAAAAAAAAOv/FADr/wAA3//Y/+r/2//3/wAA8f/q/xUA8//g/+z/vP8YAIr/oP/5/63/3P8PANL/GwDE/+j/zv/k/7v/7P/s/+z/7//x/+3/7/8UAO7/7P/s/+3/+v/t/+z/FADs/+b/8P/6/wAAAAAXAO7/7P/U/wgA2f/s/9j/1P/6/8r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAD6//P/AADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIANj/x//P/8L/0//R/9b/MgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+L/8//W/ykA3//e/9b/5v8KANv/1//l/+v/AADm/+3/GADq/+n/6f/p/+b/6f/s/wAA8P8AAAAAFADs/+3/7f8UAPj/AAAAAO3/7f/u/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACs/+H/2v/Q/9f/x//X/zMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9j/AAAAAAAAEwAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/K/+b/2f8AAPP/1P/E/7j/d//T/7H/wP/6//n/DwDr/+z/FQDu/+r/5v/e/8r/8/9v//D/of/Y/wAAmP8OAAAAAAAAAAAAAAAAAPL/FADs/wAA+f/g/9n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8fAPf/AAD5/wAA8v8AABAAt/++/7z/3f8AAJ7/7//s/+z/7P8AAPD/FADs/+v/AAAAAAAAAAAAAAAAAAAAAMX/2v/O/7r/KADA/8P/2f8AANP/3f/W/9j/5P/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAANX/GQDm/+L/2f/o//X/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACq/7n/4P/H/8n/DQAWALb/7f/w/xkAAAAAABQA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//s/+3/7P8AABUAAADs/xQA8f8AAPT/AADt/wAA3v/k/9L/+//j/+j/AADW/9j/AAAAAAAAAAAAACgAAADZ/97/7P/s/+3/KADY/+3/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/8P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwDJ/83/v//T/wAA1P8qAOz/7P/y/+3/7/8UAOz/7f/w/+z/+f/s/+3/FADs//L/AAAAAAAAAAAAAAAAAAAAAOL/4f/b/9L/2v8gAOH/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//r/7//s/+z/7P/o/+H/4//d/+D/1P8dAN//4/8RAAAAAAAAAA4A6v/g/+H/1/+8/97/sP+w/xMA8f8AAAAAAAAAAAAAAAAAAAAA5v/M/9T/0f/U/+T/MADk/+n/8P/v/xcA9v/q//D/+v/l/7H/AACH/wkA9v+n/+D/6f/W/9X/CADY/xMA6v/l/+X/9P8AAAsA7/8AAPH/2//6/wAAAAAAAO//7P8AABQAAAAAAAAAAAAAAAAAAAAAAOn/zP/Q/9L/4f/W/zAA4v/s/+z/7P/s/+v/7P8UAOz/EgDq/+//7f/6/wAAAAD2/+7/8P/e/97/4//Z/83/DgDi/9X/7f/a/+L/t/8zANz/rv/W/+j/0f/W/8H/QwDO/+j/2P/a/9n/2P/Z/yYA3P/o/8f/7f/i/9//3/8dAN3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8IAHv/GQC6/4T/DwAJAKT/7P/s/+v/7P/s/xQA7P/s/+z/7/8UAAAA8v/s/+z/7v8AAO7/AAD6//H/7P/w/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P/L/xEA3//g/+r/AADg/9j/7P/s/+3/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADb/+n/6v/X/+f/IwDl/9T/AAAAAAAAAAAAAAAAAAAAAOv/FQDq/+v/6//q/+r/6/8AAAAAAAAAAAAAAAAAAAAA5P+z/5r/j//M/93/z/8bAAAAAAAAAAAAAAAAAAAAAADq/+b/+P/x//P/JgDY/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8WAOb/6//r/+P/1v/q/+z/7P8AAAAAFADt/+z/7f8AAAAAAAAAAAAAAAAAAAAA+P/f/87/2v+4/9L/JQDA/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/9/8AAAAA+f/1/+z/FQCo/97/GgCp/9j/9f/q//X/AAAAAAAAAAAAAAAAAAAAAOz/7/8UAAAA8v/s/+z/7v8QAAAAAAAAAAAA9f/5/wAA7P/s//H/7v/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+L/3P/q/+z/6f/u//f/AAAAAAAAAAD5/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA7P/u/+n/AADr/+n/9/8AAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAD4/+z/AADr/+v/9//q/xUA6//q/+X/AAAAAAAAAAAAAAAAAAAAAOv/2v/E/8z/5/8AAM7/AADX/8b/zv/E/8X/HgDJ/+n/AAAAAAAAAAAAAAAAAAAAAOP/8P/6//f/2v8ZAPf/7/8eAAAAAAAAAAAA4//1/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/u/+//7//u/xQA8P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAA7P/t/xQA6f8AAOf/4v/f/9j/FADo/wAAAAAAAAAAAAAAAAAAAADr/+r/5v/j/+r/6/8WAOv/j/+0/8z/0v/l/8D/QgDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/z/wAAAAAAAO7/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt//D/AAAAAPj/7P/x/+H/7P/r/+3/6v8WAOr/6f8AAPv/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAKP/tv/x/8n/9P/I//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/wYA5v/x/7z/wf/i/wAA7P/s//H/9P8AAOz/7P8AABIAAAAAAAAAAADx//f/AADU/9n/IwDh/97/2//R/9P/2P8iAO3/2v/f/9r/7P/Y/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P8UAOz/7P/s//L/AADv/+z/8f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+3/8v/v/+v/FQDr/wAAAAAAAAAAAAAAAAAAAADr/+r/6//r/+n/5f/q/xUA5v/p/+3/7f/t/+z/FwDr/wAA2/+W/3b/ov/y//b/zf/q/+z/FADs/+z/6//q/+z/6/8AAAAA+f/g/+//AADx/+j/4v/j/+H/4v/m/xkA5v/d/9v/6f/s/9z/CADf/wcAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+n/6//s/xQA7P/s/+z/7P/u/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAADv//j/AADt//T/GQAAAAAAAAAAAAAAAAAAAAAA7f8AAM7/yP+n/6P/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/uv/T/+D/sf/z//L/AAAAAAAAAAAAAAAAAAAAAAAA7P8OAAAA+P/s//j/FAD0/wAAAAAAAAAAAAAAAAAAAADs/+z/FADv/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7v/0/+3/7P8UAO7/6//q/+v/6//s/+n/6v8VAAAA8//0/+H/7f8SAOD/4P/t/xQAAAD0/+3/AADu//b/AAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8cAO3/AADq//D/AADs/+z/8v8AAAAAFADu/+z/7P/s/+z/7f/t/+z/FADs//P/5v/k/+f/4/8VANL/2f8AAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAALX/1v/q/7j/qf/4/wAAAADs/+z/AADO/xUA7P/r/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/FAAAAPT/7/8AAPT/8f8VAOv/6//t/+v/6//r/+r/7P/s//D/7v/t/+v/6/8UAAAAAAAAAAAAAAAAAAAAAADj/93/8P/c/+v/CAD4/+H/AAAAAAAAAAAAAAAAAAAAAOn/6v/n/+n/6f8YAOX/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//o/9X/5f8AAOX/7P/s/+z/AAD5//n/7P8UAO3/FADt//j/9P/m/+7/7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAABkA+v8AANP/3P8IAMD/AAALANX/3P8KAN//4v/Q/8n/AADY/+j/AAAAAAAAAAAAAAAAAAAAAPb/+v8AAAAAAAATAPr/7/8AAAAAAAAAAAAAAAAAAAAAKADt//H/AAD2/9f/5//0/wAAAAAAAAAAAAAAAAAAAAD0/xQAAAAAAAAA8P/s/+7/AAAAAAAAAAAAABYAAADs/77/zv/s/+H/rf/0/+T/+f/x/wAAAAD4/+//AAD4/xQAEwDI//L/JQDf/9T/1P/E//T/zf/K//b/xP/E/8T/BQDs/+z/7P/s/+z/FADr/+z/IgDt//r/9P8AAOf/7f/T/wAAAAAAAAAAAAAAAAAAAAD3//f/AAAAAOb/9f/s/ygA1v8AANj/4//e/+b/1P8aANr/4v/h/+n/5f/Z/+j/JwAAAAAAAAAAAAAAAAAAAAAA7f8ZAOT/2v/X/8//wP/Y/wAAAAAAAAAAAAAAAAAAAADO/7P/AAATAPj/+f8AAOb/3v/V/8X/DgDs/+n/zP8UAMv/2v/p/9r/0f/p/xgA1f8AAAAAAAAAAAAAAAAAAAAA+//X/9n/1v/j/9j/1f8SAPT/+//5/+v/AAAYAOr/6f8AAAAAAAAAAAAAAAAAAAAAJAD4/wAAAAAAAN//6/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/1//L/7f8UAO//9P8WAOv/7v/p/+X/6v/q/wAAAAAAAAAAAAAAAAAAAADq/6j/PgCv/8P/v/+8/7j/7P/s/xQA7P/u/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/9P/0P/o/+T/7//F/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/+v/c/+r/3//k/xYA2v/W/y0Azv/F/9f/1//R/9b/5P/i/wAA2//s/8j/1/8UANf/5v/f/9P/BgDX/9j/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/MgDg/9z/1//K/9L/0f8AAAAAAAAAAAAAAAAAAAAA7P8VAOr/6P/f/+r/6v/n/9X/1P/j/+H/2//h/wAACQAAAAAAAAAAAAAAAAAAAAAA7f/x/+//+P/2/+z/FQDt/xIA1f/B/8D/0v/V/wkAvv/s/wAA8P8AAAAAFADs/+3/7f/7/7n/r/8AAMf/4P/5/wAAwv/r/8r/zf/L/7H/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALD/jv/T/9H/3P+N/wAAJQAAAAAAAAAAAAAAAAAAAAAA2f/d/wAA5f/6/9v/2f8rAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf/4/83/FwAAAMP/6v+5/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/t//T/6v8VAOz/7P/6/wAAAAAAAPH/FADt/wAA+v8AAAAAAAD0/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAD3//T/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/n/+n/6//o/+b/GwDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P8YANb/1v/a/9b/+v/W/wAAAAAAAAAAAAAAAAAAAADn/9f/FwDs/9L/0//c/+r/NQC6/7H/yv+8/8T/4f/K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/HgDh/+z/6P/k//f/6v/s/+z/7P/s/+3/FADs/+3/5f8nAAAA4//m/9X/wP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwAAAAAAAAAAAOr/AADZ/+z/AADv/wAAAADs/xQA+f/o/+b/5//p/+b/5f8ZAOj/AAAAAAAAAAAAAAAAAAAAAOz/9P/6//P/AAAUAOj/8v8jAPb/AAAAAAAAAADk//H/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/Z/9j/6f/t/+j/2f8oANj/AAAAAAAAAAAAAAAAAAAAAPf/5v/d/+v/2/8AAAAA4P8AAAAAAAAAAAAAAAAAAAAA5//g/8X/1//k/wwAAADL/+z/7//s//j/AAD1/xQA9f8AAAAAAAAAAAAAAAAAAAAA2f/e/+T/6f/k/8v/CQAAAAAAAAD1//r/9v8SAPf/8P8AAAAAAAAAAAAAAAAAAAAA1P/r/4H/mv+0/+H/0v/L//b/7P/x//L/FADs/+z/7P/s/xUA7f/4/+7/9f/r/wAA7f/w/wAAAAAAAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/9//2//L/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAA3P8AAAAAAAD6/yYA8f8AAOz/3P/V/87/3f/h/xoA3v/s//P/AAAAAAAA+P8VAOz/6f/n/+T/4P/j/+H/GADh/wAAAAAAAAAAAAAAAAAAAADs//f/AADu/wAA7f8UAAAADgD0/6//1f/q/8X/yP/6/+z/7P/x//H/7f/s/+z/FADs/+z/7f/v/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAADt/+f/FgAAAAAAAAAAAAAAAAAAAAAA4v8NALf/8//V//r/5v/b/9z/1//T/w8A3//N/8H/JgDd/+z/8f/m/xMA3f/n/wAA7P/s/wAA+f/5/+z/FADt/wAAAAAAAAAAAAAAAAAAAADr/+L/7f/v/+z/7P8VAOz/4v/k/+b/4//q/+H/HwDj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/8//m/+X/6v8WAOX/1v/Y/9n/3P/Y/9v/KQDY/wAA2//q/+z/3f/W/xYA2v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/6//s/+z/8f8AAPj/AAD7/xQAAADr/xIA6f/s/+z/6/8AAOz/AAAAAAAAAAAAAAAAAAAAAO//FAAAAAAA7v/u/+7/7P/i/97/6v/q/+n/5v8bAOn/xf/W/8z/vP/V/yUAAADF/+z/7P/q/+r/7P/s/xQA7P/Y/9n/3v/k/+T/HwDi/wAA0//V/xQAy//b/w4Azv/P/+z/7P/s/+7/AAAUAOz/6v8AAAAAAAAAAAAAAAAAAAAA2//R/9H/zf/Y/9P/+f8iAO7/7P8UAOz/7f/t/+z/7f/Q/+n/4//n/+3/6f8hAOX/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FADl/xAA3v/i/9n/4f/4/+f/2f8NANz/6//r/+j/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/9j/7/8AALj/xf/G/9H/1v8AAAAACQDf/+L/z//l/wwA6v/c/wAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAO//7P8AABQAAAAAAAAAAAAAAAAAAAAAANn/AADl/+H/4v/f/wAA4f/b/77/AACo/8P/6//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPL/9/8AAPv/8f/s//L/AAAAAAAAAAAAAAAAAAAAAOX/GwDq/+f/5v/k/+b/4P/r/xUA7P/r/+z/7P/r/+v/7P/s/+z/7P/z/+3/FADs/wAA1v+s/9//7P/S/wAABgDU/wAA6f8AAPT/JADg/wAAAAAAAAAAAAAAAAAAAAAAABsAyP/b/+X/5P/h/w4A7P/y//b/AAAAAAAAEwDt/wAA3v+9/7n/9f9u/+z/7P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAOv/7P/y//H/2P/k/+3/AAAAAAAAAAAAAAAAAAAAAO3/FAD1//n/8P/w/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKf/vP8xAMX/xv+9//X/vv/q/9X/CQDp/+b/zv8VAOX/7P/s/+z/7f/s/+z/FADs/+z/0P++/8X/sP8aAOX/yf8AAAoA6//4//H/9//c/+f/7P/s/+z/7f/s/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPD/9f/z/+z/6//u/xQA7f/z/+z/9//t/+z/7f8AAAAAAAAAAAAAAAAAAAAA4f/h/+n/9//x/xQA6v8AAL3/t//F/8L/AACy/+r/CwDs/+z/7f/v/xQA7P/s/+z/AADp/+z/6//Y/8j/2P8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/i/wAA4P/b/xIA2//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGABEA3/8AANT/v//A/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/7f/u/97/0v/M/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/AAAZAAAAAAAAAAAAAAAAAAAAAADA/9P/1f+1/yMAw//a//r/8P/y//D/9v8UAO3/8//s/+3/8/8AAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAPD/+v8AAAAAAAAAAAAAAAAAAAAAAAAUAMH/2P/T/9//4P8JAM//AAAAAAAAAAAAAAAAAAAAAMX/tf8LALf/tv8+AOn/4P8VAOz/7P/s/+//6//r/+z/6f/q/+v/7P/s/xUA6//s//b/FAAAAAAA7f8AAOz/8f8LAAAAAAAAAAAAAAD1/wAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAASAPf/+f/m/+H/4f/h/+f/4/8dAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/8j/xP+j/wAA1//3/wAA7P/w/+b/EwDX/9j/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6P/g//D/6v/r/+r/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/6//s/+//AAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDx/wAA1P/E/87/0//y/wAAAAAAAAAAAAAAAAAAAADs/+z/7//x/+3/7/8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAAKAAAA7P/t/+3/9P/v/+z/FADs/+D/+v/1/9//AADP/yQAAAD7/wAA7f/t/+z/6//v/xYA7P/s/+j/7f/r/+v/7P8VAOX/2P/Y/9j/BgDa/9n/AAC4/6n/p/+w/6r/vf/P/1kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/xYA7P/q/+j/6v/r/+v/AAAAAAAAAAAAAAAAAAAAANX/3/8yAOv/5f/E/9H/4P8UAOz/7P/t/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAACYA5v/a/+b/wf/s/9z/xP8OAM7/z//G/9n/zv8OAN3/AAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAADk/+j/8v/Y/9v/8P/q/wAAFQDS/+z/7P/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADj/9n/AADQ/7r/9//m/8z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7f/7/+r/AAAAANb/GAAAABMA6/8AAPP/AADv/wAA7P/s//b/9v/z//b/6//u/xUAJwDc/+r/4f/q/+n/1//w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/4//f/+3/2P/R/7L/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsv/O/83/ov/z/+X/x/8HAOj/6f/q/+n/6v8ZAOX/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/7P/T/83/2f/a/+7/6//p/wAA7P/s/+z/7P/s/xQA6//s/9v/1/8AAPb/+v/d/wsADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A5//c/9j/5f/k/+X/4v8AAAAAAAAAAAAAAAAAAAAAzv/g//H/7f/t/+3/JwDo/8D/9/8PAND/yv/J/8H/2//r/+z/6//n/+v/6v8VAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/y/wAA9v/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAqP/W/7D/1P/G/6//2/9EAAAA+P/3/wAA+f8GAA8A+P8AAAAAAAAAAAAAAAAAAAAA3v8hAOX/5P/k/+D/3P/l/wAAAAAAAAAAAAAAAAAAAADg/+P/3v/Z/9n/2P8cAOH/GQDr/+r/8//y/+X/6f/v/wAAAAAAAAAAAAAAAAAAAAAWAAAA9f/y/wAA7P/g/+3/6f/y/+z/5f/s/+v/6/8UAPP/AAAAAAAAAAAAAA4AAADZ/9j/2f/l/wAA1/8JANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABgA2f+4/6T/r//r/9//w//r/+v/6P/q/+r/FQDs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FADs/+z/8v8AAO//7P/x/xQAAAAAAAAAAAAAAAAAAAAAAAAA8P8jAAAAAADw//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/d/wAA6f/g/wcA4/8UAOz/7P/s/+z/7P/s/+z/AAAdAAAA9f/4/wAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI//yP+2/2sAn/+8/47/y/8AAAAAAADw/wAAAAATAAAA6v/V/8r/FgDv/+n/7P/o/+v/6P/j/yMA3//W/9f/2P/q/+v/7P/p/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAAAAA0AAADI/8P/uP+r//T/0//Q/x8AAAAAAAAAAAAAAAAAAAAAAOL/7f+k/6r/wf/e//f/+v/n/wAAxv/n/+P/3f8MANz/7P8WAOv/7P/s/+3/6P/s/xIAAAAAAAAAAADx//f/AAATAAAAAAAAAAAA7f/z//v/9//3/wAAAAD5//X/7P8VABoAAAAAAAAAAADk/+7/AAAAAAAAAAAAAAAAAAAAAAAAx//e/8z/1v/P/8f/MgDd/+v/7P/s/+z/6//r/xUA6//j/9b/1//X/+D/6f8uAM7/AAAAAAAAAAAAAAAAAAAAAOb/5//m/+X/6f/o/xkA5v/q/+T/5f/p/+r/AADm/xEAKADt//H/AAD2/9f/5//0/wAAAAAAAAAAAAAAAAAAAAATAMv/5P/w//H/6/8AAOv/AAAAAAAAAAAAAAAAAAAAANb/DwDa/9r/2P/I/wAA8P/s/+z/7v/w/+z/FADt/+z/5//c/+n/6f/q//T/IwDx/+z/7P/s/wAA8P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOj/6//r/+v/5f/r/+v/AAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAWAPf/8P8AAAAAAAAAAAAAAAAAAAAAFADt//D/AAAAAPj/7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//6/wAAuf/o/xUAt//Z/wAAAAAAAAAAAAAAAAAAAAAAAOz/6v/t//D/DwDs/+z/7P8AAOX/6//s/+z/2f8UAAAAAAAAAAAAAAAAAAAAAAAGAOz/zv/X/9H/6P8AAPr/AAAAAAAAAAAAAAAAAAAAAOj/7P/n//j/7f8YAOr/6P8UAPP/AAAAAPn/6//t/+3/7f/s/+z/7f/v/+v/FADs//v/AAAAAAAA9P8UAO7/7P+w/8X/zv+z/8n/PgDK/7j/0f/Z/+j/2//X/0EAu//L/+n/5f/m/9H/3P8zAM3/1f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/wAAAADY//D/AADj/+X/9P++/93/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/EADs/+//7f/w/wAA+P8AAAAAAAAAAAAAAAAAAAAA6f/r//f/6v/m/+n/4P8pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP/U/9f/4P8GAM//GADG/9f/4P/X/8n/LQDa/97/tf/t/+n/+f8AABcA6//q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/9r/6//o/+P/4v8aAAAAAAAAAAAAAAAAAAAAAAAUAOv/3//t/+n/7P/u/+v/AAAAAAAAAAAAAAAAAAAAAOf/5//o/+n/1P/o/+j/LQDj/+r/AADY/9z/2P/o/xMAAAAAAAAA+v8AABQAAADs/xEA7P/q//H/6v/y//X/7P/3/wAAAAAAAAAA+f8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA6f/v/+v/7P/j/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/6r/AAD1/ysAzv/U/6H/1f/H/9D/2v9BAND/z/+//wAAAAAAAAAAAAAAAAAAAAAAAN7/AAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/+P/i/93/FQDp/+z/AAAAAAAAAAAAAAAAAAAAAPf/9/8AAAAA5v/1/+z/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/w/+z/8//t/+z/7P8AAAAAAAAAAAAAAAAAAAgAGQAAAAAA7f/t/+3/5//w/w8Au/+W/83/5//c/wwAyf8AAAAAAAAAAAAAAAAAAAAACgDf/5z/3P+6/w8Awf/A/+v/7P/r/xUA7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8P8AAPb/9v8UAPH/7P/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA0f/f/9r/3f8IAPr/5f8UAOz/7v/t//f/+P/w//X/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7P/s/xQA7P8AAAAA9f8AAAAAAAARAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAD1/wAAAAAAABEAAAAUAOz/6//r/+v/6//s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADw/wAAAAAUAOz/7f/s/+z/7f/t/+z/7P8UAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/9j/9//u/yMA8P/o/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA3P/U/9v/AADV/9f/+P/j/7n/vf+2/xUA4f/B/wAAAAAAAAAAAAAAAAAAAADw/+z/+f/s/+3/FADs//L/AAAAAAAAAAAAAAAAAAAAAOr/+f8UAO3/7P/p/+D/7P/U/wAAtv/N/77/KADx/8//AAAAAAAAAAAAAAAAAAAAAAcAAADq/+3/6//R/9n/2v/f/+P/AAAAAAAAIgDY/+7/KgDV/9f/5f/m/wwA1v/F/wAAAAAAAAAAAAAAAAAAAADf/wAAAAD5/9X/4/8AAAAA7P8AAO3/7P/u/+H/JwDy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/g/+n/6v/n/+X/BQDc/9T/2//j/+D/HQDr/9z/5P8AAAAAAAAAAAAAAAAAAAAAqf/C/+z/2f/h/9z/EQALAPb/IgAAAPr/6P/2/+L/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/0//b/wAA1f/O/xsA0/8UAOr/3f8AANr/4P/Y/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4Az//h/+P/6//f/+j/7P8UAO3/7f/t/+z/7P/s/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6//p/+j/8//n/+L/FQDg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAOH/0v/f/9v/2v8AANr/k/+v/4v/h/+M/77/3v86ABIAAAAAAAAAAADx//f/AADZ/93/3P/s/+n/3f8bAO3/6P/w/wAAAADv/xgA6f/3/wcAzv+//7j/6P/S/wkA9P8UAAAAAAAAAAAA7P/s/wAA3//d/+n/6f/s/xYA7P/q//D/7P/5/+z/7f8UAOz/8v/6/wAA8P/s/97/7P8SABQAAAAAAAAAAAAAAAAAAAAAABwA4v/s/8T/u//e/+L/vP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/i/+z/9//q/+j/5v8ZAM//8v/X/+z/5v8AAMP/BgAUAAAAAAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAO//7f8UAOz/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAADt/+z/FADp/+3/7//s/+v/7P8AAAAAAAAAAAAAAAAAAAAA2v8AAO3/7f/s/9n/7P8PABcA6f/q/+f/5P/r/+f/6/8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AAMb/0f/a/xQAyP/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/6v/m/+v/6/8YAOP/DgDK/9j/FQDf/9X/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/DgD5/+//5f8AANb/5v8iAOD/4P/n/+X/3v/e/+P/AAAAAAAAAAAAAAAAAAAAAL//uP/a/wkAw/8AAAAAnv8VAPT/AAAAAPn/5v/s/+3/CgAOAAAAAAD2/wAA5/8AAAsAAAAAAAAAAAAAAPX/AAC9/73/xP+//8X/JADp/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApANX/1//i/+H/5v/W/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn//H/AAAUAPD/AADb/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//6/yIA0f+6//D/zP/X/w0AxP8AAAAAAAAAAAAAAAAAAAAAAADu/+D/6v/7/9v/PADa/8f/1//s/+f/4v/o/9f/JwAAAOz/7P/t//D/7v/s/xQA7P/s/+3/7f/x/+7/7P8UAOz/7P/s/xQA7P/s/+z/7P/s/+z/7P/s/+z/7f8UAOz/7f/e/+X/5v+p/8T/IADR/+n/5f/i/+z/6v/s/+X/FgDz/xMA2//q/+H/7P/7/+n/6/8AAAAAAAAAAPL/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xgA5P/h/+L/6//n/+r/7v8WAOz/AADv//r/6//5/+z/7P/3/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAACwDj/+//yf/u/8v/yf/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//l/9//1f/g/+r/HgDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHgDm/4//tf/R/9n/1f8AAAAAAAAAAAAAAAAAAAAA6v/s/+n/5f8UAND/9//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8WAOz/AADv//r/6//5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/+3/5v/r/+z/AAAcANT/8f8VAAAA+f8AAPj/6/8AAO//EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/v//V/7b/z//o/xwA0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/AAAAAPn/8f/y/wAA1f/u/7z/AADi/wAAxf+t/wAAAAAAAAAAAAAAAAAAAADa/9j/5P/V/+n/KQDY/9j/KADh/+3/3P/k/9j/1//q/wAAAAAAAAAAAAAAAAAAAAALAJ//GwCf/+X/8P/X/9z/AAAAAAAAAAAAAAAAAAAAACgA0P+5/57/uP/n/7//DgDs/+7/7P/v/+z/7P8UAOz/DgDY/93/5P8AAAAA5f/p/wAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7f/s/wAAAAAAAAAAAAAAAAAAAAAAACUA4v/u/+7/8f/w/9//AAAAAAAAAAAAAAAAAAAAAAAA0v/a//r/2P/y/9r/LQDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/u/wAA+P/z/+z/7/8cAAAAAAAAAAAAAADo/wAAHAAAAAAAAAAAAAAA6P8AAOz/7P/s/xQA7P/s/+z/7P/W/9r/1//e/9b/AAAYANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/zv/u/7j/+P/D/9r/7P/s/xQA7P/s/+z/7P/s/+r/6v/s/+z/FQDp/+T/6v/i/9r/AADa/+r/2P/q/w4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/u/+3/7f/s/+z/qv+e/8j/tP+q/5j/EgATAMz/AADY/9f/1v/I/xwA1//J/9L/3v/N/87/zf8eAN7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/c/+f/2//s/9v/IQDp/wAAAAAAAAAAAAAAAAAAAAAUAPD/8v/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgANz/5P/Y/+L/1v/Y/wAA8P/v/+z/6P/t/+z/8f8UAAAAAAAAAAAAAAAAAAAAAADr//j/AAAAAO7/7P/f/xQA6P+w/7f/wf8IAB4A6f+6/wAAAAAAAAAAAAAAAAAAAADm/9f/6v/l/xMAy//a/xMAGADv//r/8//u/+n/6f/t/wYA3v/E/8X/x/8IAMf/yv/w/+z/AADs/+z/7P/s/xQA7P/t/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAA4Aw/+//9H/8/+8/7j/t/8NAOP/4v/N/woAwv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQA6//s/+z/7P/s/9j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/7P/t/+v/3//Z//L/KADZ/7b/dv/O/8n/JADI/9D/6P/Y/+P/4/8AAN3/AADY/+b/4f/h/+H/5//j/x0A4/8AAAAAAAAAAAAAAAAAAAAA6v/r/+v/6//r/xYA6v/q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/s/+z/7v/1//j/7P/s/+3/FADW/7T/nP+d/9T/HgCo/wAAAAAAAAAAAAAAAAAAAAAAAOH/3//i/+D/7P/b/9b/LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/3P/r/wAA8P8KABQA5//z/wAAAAAAAAAADQAAAAAAxP86APL/5P/d/+r/vf/2/+z/7P/v//D/9f/r/xQA7P8aAAAAAAAAAAAAAADm/wAA5f8hAM3/8P/W//P/6P+0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/6//r/+n/6v/r/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf/5//D/4P/a/9j/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADr/+7/3P/Z/wAA7P/r/xUA7P/r/+j/7P/s/+z/6v+9/xsAyP/E/8D/u//X/8//FADb/xAA6f/s/93/3//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/f/+v/2P/T/wAA6f8KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAA9f8AAM7/w//6/8H/xP+z/+v/AADp/xUA8//s/+3/7P/h/+z/4v/e/+r/6v/p/+b/GwDp/8n/4P/q/+X/6P8nAOH/9v/S/9j/1f/i/+L/5v8hAN3/0/8tAL3/uf/T/9n/u//l/+H/4P/j/+D/4//m/x4A4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9//6P/a/+n/2f8dAOj/AAAAAAAAAAAAAAAAAAAAAJr/9/+x/8D/AADg/wgAAAARAAAA7P/x/9j/2v/q/9n/AAAAAAAAAAAAAAAAAAAAAMT/1v8AAKz/uP+9/yMA5/8UAPD/9v8AAAAA7P/s/wAAGwDf/9T/6v/P/93/9/+//wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P8UAOz/5f8ZAAAA6//r/+r/6v/p/w4Azf/U/9P/0P/d/wYA6v/s//b/7P/s/+z/FADs/+z/CADr/+f/xf/q/xMA1//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADx//f/AAAAAAAAAAAAAAAAAAAAAAAA6//d//L/6f8AABUA0//s/+z/7P/s//X/8v/t/xQA7/8AAAAAAAAAAAAAAAAAAAAAxf/X/9f/0f/u/83/0f8PANL/4v/s/+v/6//b/zcA2P/j/+n/6v/Z/9n/7f8PAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANn/2//i/+H/2P8AAAAA2f/3/wAA+P/4//D/GADx/+n/AADq/9n/0f8TANT/AADS//D/wv8AAOP/qP+e/9v/8/8QAAAA3v/f/+v/3f/X/9j/6/8VAOv/7P/t/+3/6//s/xQA7f8AAAAA7P8AAO//7/8GAOL/1//E/+j/5P/2//H/AAAAAAAAAAAAAAAAAAAAAPn/3f/c/9P/2v/r/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/4P/W/9j/1f8AANX/HwDs/+j/8f/4/+D/4f/q/+3/7P8UAOz/7f/k/+z/7P/e/9P/x/8tANT/4P/Z/9j/2P/h//j/AADj/9j/3/8oAJj/4/+9/7v/LgDx/7z/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+v/7P/b/xkAzv+u/wcA7P/R/6//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOz/7P/v/+//z//s/+n/FADt//X/7f8AAO3/7P/Y/9f/IQDY/+P/zv/g/+X/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7f8UAOz/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/6//s/xQA7P/q/wAAAAAAAAAAFgD3//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADB/4z/gf8AAMX/wv/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP/f//f/6f/c/0MAp/+g/wAAAAAAAAAAAAAAAAAAAACv/7f/wP8AALL/IgDN/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//6f/p//r/+P8aAOX/AAAAAAAAAAAAAAgAAAAAAOr/7P8AAAAAAADv/+z/FQDv/+z/7P/t/+3/7P8UAO3/DgARANT/y//C/8L/9v/N/xQA8//2/+7/7f/s/+7/7P/s/wAAAAAAAAAAFAAAAAAAAADf/+n/6f/6//j/GgDl/wAAAAAAAAAAAAAAAAAAAADs/+n/6v/o/xYA6//r/+r/6v8VAOv/7P/t/+v/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA8f/t/+v/8P/p/+v/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADg/+z/AAAAAAAAAAAAAAAAAAAAAAAAGgDm/+X/5//m/+D/4v/y/9f/2P/Y/+P/3//X/ygA4v8AAAAAAAAAAAAAAAAAAAAAAADt/8n/yv/e/83/9f/Z/+z/+P8AAAAAAAD6/xQAAAAWAAAA0v/b/8v/rP/T/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+L/5v/j/+j/FQAAAN//6//m/+f/6f/m/+P/FQDo/xQA6//t/+j/7P/r/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAADZ//D/4//j/9v/7P8AANr/zP8zAOD/4//R/9b/wv/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/u/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAABgAxf/S/+T/v/8AAO3/zP/r/wAA9v8AAPD/FQDv//L/AAAAAAAAAAAAAAAAAAAAAOb/6f/s/+v/6//p/xUA7f/r/+z/6//q/+3/8/8NAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPn/9//s/+3/7f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAOr/6f/s/+r/6P8WAOr/6v8AAAAAAAAAAAAAAAAAAAAA7f8UAPX/+f/w//D/7P/u//r/BQD6/wAAAAAAAN7/DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//KADp/9j/3P/w/9j/6P/q/+r/7v8XAOr/6P/n/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/s/+f/4f/n/9z/HADm/+r/7P/o/xQA8f/r/+z/7f8AAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAAAADQAAADcA6//5//v/8P/c/9D/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+n/5f/o/+L/5P/g/xoA6f/f/8X/3f/k//L/IADd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/u/+7/7P8UAOz/7P/s/xoAAADz//D/AADh/wAA7P/f/ygA+v/4/+r/2P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/6P/r//D/EwDs//D/7P/5/+z/7f8UAOz/8v/s/+3/AAAUAO3/7P/s/+3/0f/c/wAA1P/r/+b/FADs/wAAAAAAAAAAAAAAAAAAAADo/+X/yP/T/x0A6v/R/+j/x//S/+f/3P8SAMz/5P8AAAAAAAAAAAAAAAAAAAAAAADo/+n/6P/p/+j/FgDq/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8VAOv/6v/S/8b/wf/U/+f/CQAAAL7/6P/w/wAAAADv/xgA6f/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA8P/s/wAA7P/s/+z/7P8UAAYA5f/S/+P/1/8HANf/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9H/7P/U/93/6f/T/yEAAAAAAAAAAAAAAAAAAAAAAOf/GwDl/+z/6//g/+P/6//n/xsA5f/s/+v/4P/j/+v/7P8AAO7/AAD0/xQA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/r/9b/8//A/wAAAADv/+D/+P/E/9j/xP8HAPP/+v/1/wAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u/+3/+P/z/xUA7P/v/9r/1f/r/9T/FADU/+T/CQDy//b/AAAAAAAAEwDt/wAAEwDn/+f/6P/p/wAA6//o/9H/AADn/wAA7P8kAN7/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA6//r/+z/7P/s/8P/8//u/wwA1//P/7D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/s/+X/FADt/+z/9/8AAPH/7P/z/xQAAAAAAAAAAAAAAAAAAAAAALD/CgDG/9X/wf+1/xgA2v8AAAAAAAAAAAAAAAAAAAAA7P8UAPD/9f/z/+z/6//u/wAAAAAAAAAAAAAAAAAAAADp/wAAFQDs/+v/4//k/+v/FAAAAAAAAAAAAPD/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8VAOr/6f8AAOv/1/8AAAAAAAAAAAAAAAAAAAAA0f/T/y8A1P/X/8v/yf/P/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJANT/1v/B/+z/5v8PAOr/AAAAAAAAAAAAAAAAAAAAABUA7P/s/+3/7f/s/+n/7P8AAAAAAAAAAAAAAAAAAAAA6//s/+//AAAUAO3/7P/s/+X/3//R/9L/2f8lAOH/1P8AAAAAAAAAAAAAAAAAAAAA7P/t//D/9v8AAPv/FADy/wAAAAAAAAAAAAAAAAAAAADs//j/AAAAAAAA+v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9r/3//r/9j/2f8RAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Z/xwA5v/1/9n/5v/c/wAAAAAAAAAAAAAAAAAAAADI/9H/0v/M/8z/6/8mAM//AAAAAAAAAAAAAAAAAAAAAOv/6v/u//T/8P8AAA8A7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAADt/+v/FwDY/+z/6/8QANn/5v8AAAAAAAAAAAAAAAAAAAAA0P/P/9P/xP/O/9L/LgDi/+z/7P/s/+r/7P/s/xQA7P/o/+j/FQDx//r/7P/s/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/q/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP+n/wAAsP+//wcA6v/X/93/6f/K/8n/5/8AABsA5v8AAAAAAAAAAAAAAAAAAAAAs//n/7X/qv8QAOT/wf8qAOr/7P/r/+z/7P/r/xUA7P8WAOr/7f/s/+r/4P/s/+v/6/8AAPb/AADw/xUA7//y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8YAPf/AADp/+7/6P/5//f/2//c/9X/1v/r/+v/DwAUAOz/+P/3//T/7P/s/+z/5//m/9X/5v8fAOP/3P/l/9n/2P/f/97/4v/Z/ycA5v/O/w0AxP8FANv/1f/S/8P/6P/p/+r/6f/q/xkA5f/n/wcAAADM/+z/yf/j/+//tf/r/93/8v/p/wAAFQDT/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//V/+j/5v/p/xcA2v/t/9z/5f/k/9r/7P/x/9j/5P/s/+r/9v/t/+X/GwD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADU/zQA6f/l/+v/7P/D/+z/8f/w//n/8f/s/xQA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/g//X/7v/w/yIA7P/h/+z/6P/d/9T/6f/N/+n/FgDk/97/4P/Y/9r/IADi/+D/7P8AAPL/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+r/7//i/9j/2f8nAAAAAAAAAAAAAAAAAAAAAADr/+v/6//q/+r/6v/n/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s//n/7P/t/xQA7P/y/97/zv8FAOf/zf/O/wYAvP/Y/93/7P8AAOn/DADY/+j/AAAAAAAAAAAAAAAAAAAAAN7/2//u/wAA2v/Y/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/AAAaAOv/FgDs/+z/6//s/+j/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAB4A6//Z/+D/2f/Z/9//4v/y/xYABgAAAO//AADs/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACp/9D/pv/Y/8P/rP8vAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/xkA8f/2/wAA6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+7/3P/u/9r/KgDa/9b/5f/w/+z/8v/r/xYA6v/q/+3/7v/v/+//7v8UAPD/7v8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/9P8AAOz/FAD2/9v/3//m/+n/6v/b/ysA3v8UAOz/7P/u/+3/7P/s/+z/4P8hAOD/4v/j/9v/3f/T/wAAAAAAAAAAAAAAAAAAAADm/+f/4f80AOn/2//F/8j/AAAAAAAAAAAAAAAAAAAAAOr/4v/l/83/5v8ZANP/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/1/9r/yf/p/+P/FwDZ/wAAAAAAAAAAAAAAAAAAAADs/+3/8v/5//b/FADt/+z/7f8VAOv/7P/s/+v/6f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8AANn/7f/j/+X/2P8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAPb/AADw/xUA7//y/+v/9f/Z/8v/5//C/+b/FgDt//n/AAAAAAAAAAAUAAAAAAATAAAAAADu/wAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/wAAAADt/wAAFAAAAOz/7/8AAAAA7f8AABQAAADs/+z/7f/u/xQA7P/t/+z/7P/r/+3/8v/v/+v/FQDr/+z/FADs/+z/7P/s/+z/7P/j/+//y/8AAPj/1//M//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/EADt/+f/6/8AAOn/5v/r/xQA7P/s/+z/7P/r/+z/xf/D/zsAxP+y/wAAtP/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/93/3f/p/xcA5v/q/+r/6v/s/+P/KQDq/+r/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xsA6v/y/+v/3f/c/+v/2f8AANn/4P/g/9r/AADZ/9T/2//a/93/2f/S/9n/MQDs/xQA7//5/+z/7P/s/+3/7P/s/93/7P/k/+z/7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/FgDW/9P/1f/Y//r/2v8AAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//2/+7/7f/u/+v/7P/Z/wAAAAAAAO7/2//Z/wAAxv+5/73/yP8AALf/vf8aACMAAADU/wAAxf+9/9n/x//z/+X/3P/q/87/tf++/wAAAAAAAAAAAAAAAAAAAAAAACIA6//n/+n/6P/p/9j/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+r/6//r/+r/6/8WAOn/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/8H/5v/k/wAAzv/d/y8A7P/t//H/+P8AAAAAFAD0/wAAAAAAAAAAAAAAAAAAAADr/+v/7P/s/+z/7P8VAOr/kf8AAKH/l/8AALb/1f8wAAAAAAAAAAAAAAAAAAAAAADs/+b/7v/c/9j/5P/o/xkA6//r/+z/7P/s/+z/FQDq/xUA6//s/+z/6//o/+v/6//k/x4A7f8AAOv/3//i/+n/7P/y/wAA7P8AAPD/FAD4/9j/2f8cAOb/9f/Z/+b/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+3/7v8AAOf/8/8QAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+v/2P8AAO7/6P/R/w4AAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFQDU/9T/2P/i/87/9f/Z/+r/7P/r/+z/7P/r/xUA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/xQA7P/s/+v/6P/j/93/6P/q/xcA6v/c/93/2f/a/9X/0v8lAN7/FADs/wAA9//0/+v/7P/s/+D/+//H/wcA5v/Y/8T/2P/Y/8v/1P/M/87/1P/A/0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAFQAAAAAAAAAAAAAAAAAAAAAA3v/f/+L/CADw/+T/0P8AAN3/GwDk/9T/4f/Z/+b/6P8AAAAAAAAAAAAAAAAAAAAA3f/n/9r/IADY/9L/7//Z/+n/5v/p/+j/5/8YAOf/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAADs/xUAAAAeALr/0P/O/6//zP/t/wAAAAAAAAAAAAAAAAAAAAAAAOH/7P/4//n/AADs/x8A7P/X/9n/GgDe/+b/5//d//v/AAAAAAAAAAAAAAAAAAAAAOz/6//7/+7/7P/s/+z/FADb/yQA6v/p/+r/3f/3/+n/7P/u//X/+P/s/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/IgDr/97/5//p/9//5v8AAAAAAAAAAAAAAAAAAAAAFADw//L/7f/s/+z/7P/s/+n/FgDr/+v/6//q/+r/6f8AAAAAAAAAAAAAAAAAAAAA4P/g/+L/3f/e/9z/IQDb/wAAAAAAAAAAAAAAAAAAAAAIAOj/1//a/83/8//W/w4Az/8RANP/0f/j/wAA7v/i/wAA2f8AAAAAAADq/ygA2P/s/+r/7P/s/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/AADs/9r/6//r/+v/6f/t/+v/FQDr/93/2v/z/wAAAAAUAAAA7P+0/9//s/8QALn/1f8AADEAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAADs/xcAAADE/8//zP/O/9v/7f/X/yQA+v/M/8r/y//Y/+v/wf8AAOj/7P8PAPT/9v/o/8T/KgDX/9X/2f/W/9n/IwDN/+P/5/+4/8b/sv+7/w0AAADC/9j/xP/b/9v/1/8gAL3/8v/n/+v/1/8UAN7/8f/p/+b/t//L/8D/wP/R/yMA4f/e/+7/7/8AAPb/AAAUAO7/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/+v/1/9//AADP/yQAAADs/+z/7P/s/+z/7P/s/xQA1P/P/83/wP+8/xYA1f8AAAAAAAAAAAAAAAAgAOv/AADa/+P/z//c/9z/IwCf/+D/2P/Y/wAA0P/i/wAAwf8AAOz/9f8AAAAAAAAAABQAAADs/xQA7P/y/+7/7P/s/+z/9P/r/+r/DgAAABIA2P/n/+7/7P/q//D/6//r/+v/FQDZ/9P/0v/o/+b/2f8dAAAAAAAAAAAAAAAAAAAAAAAAAMv/1v/R/9D/zP/n/+f/JADP/8D/3v/c/9D/RgDD/73/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAD5//n/7P8UAO3/zv/n/wsAyP/H/9b/AADN/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/6P8AAAAAAADs/xQAwv+q/8P/xP8AAA0Ayf8IAMj/AAAAAPf/xv/S/9f/GwAFAL//wf+7/9X/zf8QAL//FwDo/8j/zP/R/+b/uf8AAOz/FADs//L/7v/s/+z/7P/s/+z/7P/r/+z/6/8UAOv/6//s//D/FQDt/9j/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+//7P8UANj/2f/p/xQA5P/Y/9j/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+3/7P8UAOz/AAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xgA5f/o/+f/4f/o/+f/FADr//r/AAAAAPf/7P/5/+z/FADs/+7/7f/s/+z/7v/m/yIA1v/c/9v/3f/Z/8//6P/s/+f/4f/n/9z/HADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAOb/FwDe/+b/7//d/+n/6P8LANr/6P/Z/9v/+f/S/9j/zv/m/+X/1v/b/+T/IwDf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//n/7P/t/+z/FADs/wAA6f/b/+P/2v/S/wwA2P8AAAAAAAAAAAAAAAAAAAAA6/8UAO3/7P/s/+z/7P/v/xMA5//g/+z/7f/a/wAA7P/o/wcA7f/5/wAAEwDa/wAA6P8AAM//zf/Z/+T/AADQ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8WAOn/6v/o/+v/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+v/FADr/+b/2v/W/9f/6P8WANf/7P8AAAAAAAAAAAAAAAAAAAAA6//j/+r/5f/c/+L/GgDp/87/+f/4/87/1P/X/wAA1f/s/+3/AAAAAAAA7P8UAPH/+//s/wAA9P8AAO7/FADs/93/jP+c/6T/0P/4/93/g//n/+3/5P/C/83/2//h/xcA4v/b/+j/2v/Y/9n/2P8pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAPj/AAAAAOz/z//I/6v/7f/Q/yIA9v/s/+z/7f/v/+3/7P8UAOz/1P/2/+z/7P8AAN//EwDp/+v/FADW/83/zf/e/+T/6//Y/+L/y/8AANf/4v/Z/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/5/+v/6//l/+P/xv++/xQAAAAAAAAAAADs/+z/AAAvAPv/AAAAAAAAAADR/wAAFAAAAAAAAAAAAPL/7P/5/xQA8P8AAAAA+v/v/+z/7//s/+v/2//Z/xYA7P/n/+z/6v/r/xUA6//s/+7/6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/xQA7P/t/+3/7P/t/wAAAAAAAAAAAAAAAAAAAADW/ykA0P/i/+b/3v/l/9j/FADr/wAAAADz/+X/7P/s/wAAAAAAAAAAAAAAAAAAAAAiAOr/7//3/wAA6f8AAPn/6/8VAOz/7P/g/+n/7P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAA4A8v/y/9j/AADs/xQA4//n/+z/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/1P/0//n/6v/O/xYADwAAANL/3P/J/8z/9P/0/83/8f8TAAAA5//k/83/7v/a/+z/FQAAAPD/7v/0/+n/6//s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPL/9//0//X/7P/s/+z/7P8UAO7/+f/s/+z/7P/s/+z/FwDr/+z/6f/v/9//6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/9P/AADi//L/EAD3/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOQDo/+H/1f/Q/7r/xf+p/+z/7P8UAO//7f/s/+z/7P/s//D/9P8AAO//FADs/+7/FQDr/wAAAAD5//H/8v8AAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAz//a/5//n//i/wAA3v8PAO//7f8UAOz/7P/t/+z/7P8OAAAA2P/W/+r/xP/t/9f/3P/H/xQAAADu/wAA1//p/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//v/+v/6f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/+v8AAAAAAADs/xQAxP8AAMj/yv8jAMb/1//e/+z/7P8VAO//9f/s/+r/7P/Y/9n/HADm//X/2f/m/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj//H/6//Z/9j/1/8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xgAAAAAAAAAAADt//X/AAAAAAAAAAAAAAAAAAAAAM7/vP8wAKf/tP/S/+P/u/8AAAAAAAAAAAAAAAAAAAAA9//z/7b/yP/n/7//4P/l/xQA7P/w/wAA7//t/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7f/s/+n/6v8UAOz/7P/s/+z/7P8UAOz/7P/s/xQAAAAAAPH/7P/s/+z/2P/k/+P/5f/q/x8A3P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/A/8r/w//Y/6n/QgDH/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/yAA5P/s//b/AADo/+D/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+H/6//t//H/8f8eAOP/AAAAAAAAAAAAAAAAAAAAAAAA7P8XAO3/7f/w/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAWAPf/8P8AAAAAAAAAAAAAAAAAAAAAAAAAANb/zv/E/9b/w/8oAAAAAAAAAAAAAAAAAAAAAADL/9//FADc/9z/wP8AAAkADQDJ/77/vP+//8v/DQDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/Z/+L/2P/w/ygA2P/Q/+7/9v/u//L/7f8UAOz/8v8AAAAAAAAAAAAAAAAAAAAA2f/Z/+r/1v/R/9L/BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8FAPP/7P/c/+P/FADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/J/zAAw/+y/9D/4f+q/9r/5//o/87/5/8rANr/7f+4/6j/tP+g/6r/EAAAAN//FQAAAAAAAAAAAPj/7P8AAAAAAAAAAAAAAAAAAAAAAADs/97/2f/e/+7/HwDZ//L/5f/X/wAAAADw/yEA5v/p/wAA7P/x//L/5f8RAOj/7P8FAO3/AADu/xQA3v/e/+L/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAO3/7P/s/+n/FADQ/8r/2P/G/9z/yP9AAMP/7P/t//D/9f/s/+z/7P8UABUA7P/r//H/7P/l/+L/4P8AAAAAAAAAAAAAAAAAAAAA3/8pAPj/AADu//j/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwDm/+//9P/2/9//AADq/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAD5/wAA2v8AAPH/+v8AAAAAAAATAPr/8P+3/xcAzf/a/8v/nv8fAL7/AAAAAAAAAAAAAAAAAAAAANf/AADj/wcA5v8AAO7/6//0//b/AAAAAAAAFADy/+z/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/z//j/6/8VAOf/9//s/+z/7f/s/+z/EgDs/8//vP+5/7r/CwDT/+L/JgAAAAAAAAAAAAAAAAAAAAAAzv8LANz/6v/j/+j/AADs//f/7P/s/+3/7P/s/xIA7P/t/+7/7//v/+7/FADw/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9//2f/X/9j/GADp/+v/5v8AAPT/AADx/wAA5v8OAAAAAAAAAAAAAAAAAAAAAAAYAOj/AAAAAOz/6P/p/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7f/w/+//AADY/+//6/8UAOz/6f/s/wAA1f/Y/+z/7P/s/+3/7P/s/xQA7P/a/9f/AAAUAPX/0v/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/r/+z/7P/s/xEAAAAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/z4A+f/5/+P/9//H//L/7P/s//X/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+v/GQD3//r/6//n//X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/8//t/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/v/xQAAADy/+z/7P/u/+z/7P/s/+3/7P/s/+z/FADq/yEA7P/5/+P/AADk/+P/6/8cAOz/7v/z/+f/4//t/8z/8P/4/wAAAADc/xcA5v/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7P8AAPf/9P/r/+z/7P/s/+r/FQDE/+n/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x//D/+f/x/+z/FAD2/9z/CgDd/9j/1v/n/+r/DwAAAAAAAAAAAAAAAAAAAAAA2//i/wwA4//a/wAA1//b/+3/9v/7/+v/7f/t/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAMX/5f/W/87/yf8oAOD/2f8AAAAAAAAAAAAAAAAAAAAA7//X/9v/2f/Z/w4A2v/q/+r/6v/g/+H/4/8ZAOT/3P/A/93/6f/Y/97/KQDW/+H/+v8hAN7/AADP/8P/y//U/9j/2P/Y/9j/DQDo/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//P/AAAAAAAA+P8VAOz/AAD3/8L/3P/H/97/7v++/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/h/+7/7//r/xQA6P/s/xMA+v/s/+3/2f/s/+v/5v/o/6//zP/Q/7//wf/G/1cA1f/2/97/6P/f/+X/HQDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1ALD/pv+//+D/3/+8/wAAAAAAAAAAAAAAAAAAAAD4/+z/AAAUAPX/7P/u/+3/7P/c/+z/7P8hAOT/6f/Y/wkA1P/Z/9L/1v/0/8//yf/r/+n/4//k/+f/FQDq/+f/AAAAAAAAAAAAAAAAAAAAAOv/6f/o/+v/7P/n/xcA5//A/8b/3v/U/+H/0v88AN3/AAAAAAAAAAAAAAAAAAAAAOz/6//t//L/7//r/xUA6/8AAPb/AAAAAAAAAAARAPP/6//s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADr/+n/6P/z/+f/4v8VAOD/6P8aAOj/6v/p/+j/3P/p/wAAAAAAAAAAAAD3/wAAEADq/+v/7P/t/+z/AAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA8P8AAAAAFADs/+3/KwC1/8f/7f/U/7j/9/+n/wAAAAAAAAAAAAAAAAAAAAAAAPP/9/8AAPX/+v/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAA8f/Z/9X/2f/X/xUAwf/h/wAAAAAAAAAAAAAAAAAAAAAiAPn/9//6//v/3v/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+v/6P/c/w8A5//f/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//FADs/+z/7P8HAOz/7v/u/+3/AADs/+z/4f8TAMz/4f/a/9v/9v/6/+z/3//s/+X/6P/q/+r/FwAeAOX/+v8AAPX/5v/X//f/FADs//P/8P/t/+3/7P/s/wAAAAAAABMAAADt/wAA7v8UAOz/7P/6/+//7P/s/+z/FwDr/+z/5//r/+v/4//r/xQA7P/s//D/8P/s/+z/7f/C/+j/x/+8/8//1f8qAOb/AAAAAAAA7P8AAAAAFQAAAOz/7P/s/+z/7v/Y/+z/FQDs/+3/7f/0/+//7P8UAOz/6v/q/+//6//r/+v/FgDq/9v/7P/s/+//6/8iAOL/5P8AAAAAAAAAAAAAAAAAAAAAzf+4/7v/vf/D/7f/+v87ABQA7P/u/+3/9//4//D/9f8AAPv/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAOz/AAAUAOz/5f/p/+n/7P/i/xYA7P/s/+n/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+f/7P/l/xoA2//r/+f/AAD4/wAAAAAUAPH/AADs/+r/6v/s/+z/FQDp/+L/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAFQAAAAAAAAAAAAAAAAAAAAAAAADV/9j/2v/j/9j/2P/Y/ysAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/+z/FAAAAPv/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAANj/AADp/+L/2v/X/w0A4/8AAAAAAAAAAAAAAAAAAAAAEQAGAL3/EgDf/9v/xf/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/KwDP/8H/1f/O/+P/2P/D/wAAAAAAAAAAAAAAAAAAAADr/yUA4//n/93/7f/W/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJADN/83/4f/S/+D/3//R//j/HQAAAAAAAAAAAOT/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/9//v//b/7P/u/+z/7P/s/+z/7P/s/+z/FADr/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOL/1f/l/9L/zv/I/zYA5v/s/+z/7f/s/+z/7P8UAOz/7P/t/wAAAAAAAOz/FADx/+7/NwAAAAAAAAAAAMn/AAAAAAAAAAAAAAAAAAAAAAAA3v/r/+v/6v/q/+r/FwDl/+H/4v/z/9b/KQDf/97/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/wAACADQ/+D/6//p/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/CgDm//v/4f8AAAAA3//s/+z/8f/x/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABQA5v/Y/9n/2P/p/+j/AAAHAOr/1v/i/9//AADm/+r/6//q/+v/6//s/+n/6v8VAOz/7P/t//L/AADs/xQAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+//FAAAAAAA7v/u/+7/7P/p/xoA7P/s/+H/6f/k/+z/6//u/+n/AADt/wAA2f8UAN7/AADj/+b/6//4/wAA3/8UAN3/6f/r/9//5//s/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAANj/AAAAAAAAAAAAANn/FAAUAPP/9v/u/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAADu/wAA7//s/xQA9//s/+3/7f/d/+z/4f/1//L/+f8AAOz/JgAAAAAAAAAAAAAAAAAAAAAAAADz/wAA9P/0/+7/FgDv/+r/AAAAAAAAAAAAAAAAAAAAABQA7P8AAPf/9P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAEADu/8//xP/T/8n/3//H/+z/7P/u/+r/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMAzP/R/83/6//D/7z/w//j/+n/5v/m/9n/FgDq/+j/AAAAAAAAAAAAAAAAAAAAAOr/AADn/9X/0v8UAOX/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0A5P/W/87/zf/R/8P/3P8AAAAAAAAAAAAAAAAAAAAA2P/k/wAAzP/r//L/5f8WAAAAAAAAAAAAAAAAAAAAAAD6/9f/9f/6/wAA0f+y//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADv//n/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+z/FADs/xQA7P/s/+z/7P/s/+z/7P/t//f/+P8AAAAA6/8WAAAA7f/q/+z/7P/t/+z/FADt/+3/AAAAAAAA7f/s/+7/FADs/xQA7//5/+z/7P/s/+3/6f8VAPH/7P/s/+z/4f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAPn/DwAAAAAAAAAAAAAAAAAAAAAAQwDI/7P/rv+w/9H/o//p/+n/IQDb//b/wf8XAM//7P/q/77/0//E/zMA6f/y/9X/AAAAAAAAAAAAAAAAAAAAAO3/6f/5/wAAFwDr/+r/6v8IAPT/AAAAAPj/4//4/+P/AAAMAAAAAAAAAAAA9/8AAOz/9P/6//P/AAAUAOj/8v/q/+r/7v8XAOr/6P/n/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9b/1P/0/9z/4f/f/ysAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/xYA6f/r/+D/2P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+n/6//2/+r/5/8XAOj/AAAAAAAAAAAAAAAAAAAAAOz/3f/n/9r/4P8ZAOf/6//m/xwA5f/q/+b/6P/b/+j/AAAAAAAAAAAAAAAAAAAAAOn/xf/C/7T/6P8HAA4A0v/m/8v/6P/N/+z/+v8QAOr/7P/v/xQAAADy/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADO/9j/5f/Z/9//0//P/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA1P/V/9H/1P/T/wAA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/4v/q/+f/DQDK/9j/EQDs/+z/8P/t/xQA7P/s/+z/7P/t/+3/7v/5/+z/FADt/9f/1f/e/xkA4v/X/9L/AAAAAAAAAAAAAAAAAAAAAAAAzv9OAIb/1P8AAHX/1f9y/+n/FwDs/+j/6v/m/+r/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xoA6f/t//T/9v/f/+v/9P8UAAAAAAAAAPD/7P/u/wAAAAAAAAAAAAAAAAAAAADp/xcA6//r/+r/6f/r/+r/3P83AMr/0P+//9X/yv/V/wAAAAAAAAAAAAAAAAAAAADk/xsA7P/w/+v/7P/m/+z/AAAAAAAAAAAAAAAAAAAAAOH/HADp/+T/5P/k/+f/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADt//D/7v/w/+z/7f8AAA4AAAAAAAAA+//2/wAAAAAAAAAAAAAAAAAAAAAAAO7/FQDs//D/7P8AAOr/7f/s/xQA7f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOf/FwDr/+H/4//m/+v/6v8AAAAAAAAAAAAAAAAAAAAA0v8xAPP/1f/U/+P/zf/R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8VAOz/8P/s/wAA6v/t/+3/FADt//D/7v/w/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/6v/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7//r/+7/AAAAAAAAAAAAAAAAAAAAALH/UACh/6H/sP+3/8//0f8UAAAAAAAAAAAA8v/s//n/9v8iAAAA+v/o//b/4v/v/+z/7P/s/+z/7v/s/xQA7P/q/+3/FADU/9T/yv/L/wAAAAAAAAAAAAAAAAAAAAAAAM3/1f/Y/9D/3f/H/zEA0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/u/+z/7f/s/+z/7P/g/97/4f/c/+v/2//V/ywAwv/N//H/sv8gALv/x//W/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+3/tP+k/+P/HQC5/+T/z//w/+P/0v+T/y4AHgDp/8r/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/EwAAAOr/8v8JAN//5f8PAAAA+v8AAPr/AAD6/wYAAAAAAAAAAAAAAAAAAAAAANb/IADZ/9b/6P8NAOP/zv/e/xQA7f/c//n/AAC//9z/8v/2/wAAAAAAABMA7f8AAMP/tf/N/9b/3//P/wYADgAAAAAAAAAAAAAAAAAAAAAA6P8AAOv/2//T/9f/6//u/wAAAAAAAAAAAAAAAAAAAADv/+b/8v8AAAAAAAAgAAAA3f/e/x4A5f/i/+H/4//n/+z/7P/t//r/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6v8XANz/2v/s/+r/4f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADL/+P/wv+2/ygAyf/S//j/tv/e/9b/2v8yAMv/1P8IAAAAAAAAAAAAAAAAAAAAAAC8//H/s//C/zMArP/I//P/AAD4/wAAAAAUAPH/AADs/wAAAAAAAAAAAAAAAAAAAADo/yUA7P/u/+z/2f/n/9j/AAAAAAAAAAAAAAAAAAAAAO3/8P8AAAAAAADs/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+3/AADi//D/1v8dAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//6/8j/vv+u//T/3v/4/9b/9v/E/73/AADX/87/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/9z/7P8jAN//2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADkAx//a/9P/wv/p/7//5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6/8UAOv/7P/u/+z/7f8AAAAAAAAAAAAAAAAAAAAACQDQ/7j/yf/w/+n/2//5/+3/7P/t/9P/FQDs/+z/5P8AAM3/4P/b/9X/AADr/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/9/8AAAAAAAD1/xoA6P8AAAAAAAAAAAAAAAAAAAAAAADr/+r/AADr/+X/1v8UAOv/7v/t/+//7f/q/+z/FgDm//H/6v/j/+z/3/8YAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAD1//r/9v8SAPf/8P+b/9T/5P+i/6f/lf/x/8L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/9n/7//S/8n/3f8kAM7/7P8SAO7/7P/t//X/6P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwv/C/8f/wP/U/9T/NADM/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAPb/2v8AACYA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDm/+X/6P/p/+f/4v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/5f/3/xQA2P/o/+v/AADv/xYAAAAAAAAAAADy/wAAFgDs/+v/4//r/+v/5//r/xAA3//e/+n/6P8AANf/+/8AAAAAAAAAAAAAAAAAAAAA6P/w/wAAAADv/xgA6f/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/l/+j/6f/p/+n/LADq/+z/7P/s/+7/7f/s/xQA7P/s/xQA7P/s/+z/7P/r/+z/4f8hAOf/2f/X/9//5v/Z/wAA7f/4//L/AADq//r/JwDD/wAA4f/K/9X/0/8dAMr/6v8YAOv/4v/d/+f/5//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//z/+z/6v/t/97/EwDt//b/AAAAAAAAAAD3/wYAEAAAAAAAAAAAAAAAAAAAAAAA8v/t/+//+P/s/xQA7P/s/+b/uf+t/5L/6v8PAAYAyP8AAAAAAAAAAAAAAAAAAAAA8P/s/wAA7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/AAAfAAAAAAAAAAAA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDr/+v/3v/q/+z/6f/W/zEA0f/b/9f/2f/M/9H/x/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+z/FADs/+j/7f/q/+f/4P/p/xMA2//Z/wAAAAAAAPr/JwDy/+7/0P/L/8z/0f/r/xMA6f8AAAkA+P+Y/4//hP+C//T/zv8HAOT/3P/R/9X/AADf/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZANz/6P/f/9z/zv8MAOz/7P/t/+z/7v/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/xYAuf/Q/9r/qP+7/wAA1f/f/+b/5f/i/ywA1v/c//b/AAAAAAAAAAAKAAAAAADm/+z/6//s/+z/FQDs/+z/7P/t//D/7P/s/xQA7//u/+z/5v8VAOz/7P/Z/+v/4/8UAOz/8P/s//P/7f/s/+z/6//b/8j/z//d/8//xP8lAAAAAAAAAAAAAAAAAAAAAADs/+z/8v8AAO//7P/x/xQAAADw/yMAAAAAAPD/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/8f/t//P/7v/s/+z/FAARAN//1//Q/9j/4//x/+X/AAAAAAAAAAAAAAAAAAAAANT/t/+1/8T/5f8AAPj/AADd/8//zv8SAM7/5f/q/xIAwv+//+D/4v/l/+X/1/8fADUAy//P/97/0v/F/8z/zP/t/xUAAADy//X/8//r//D/6//r/+v/6v/s/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAiALb/s//B/8T/vP/z/9b/QQDA/7f/wP/B/77/4v+j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/6P8UAPH/6//s/+3/AAAAAAAAAAAAAAAAAAAAAOz/FQDq/+j/3//q/+r/5/8AAAAAAAAAAAAAAAAAAAAAAACr/77/sf+y/7z/BgDw/+z/7P/t/+//7f/s/xQA7P/o/+f/5v/f/+j/5v8aAOf/+P/s/wAAFAD1/+z/7v/t//D/FQDw//b/+P/s/+v/AADs/+z/7P8UAO3/7P/s/+z/7P/q/+r/7P/s/+z/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAKz/nf+8/9L/9f+9//L/DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//b/+//r/+3/7f/r/xUAAADS//P/HgC6/7T/wP/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/93/IgDs/+z/7P/c/+X/1v/p/97/2v/e/x0A5//b/97/5//e/+T/1f8lAND/6//r/+v/6f/s/+v/FQDr/wAAAAAAAAAAAAAAAAAAAADy/+z/AADy/wAA7/8UAO3/AADo/wAA+f8AAOD/5/8cAAAAAAAAAAAAAAAAAAAAAADs/+v/7f/w/+z/7P8UAO3/3f/j//r/7f/n/8H/9/8SABwA4//o/9n/5v/m/+P/6P/a/yQA9P/K/+j/z//q/9P/1P/W/8T/z//Z/zAA0f/I/+z/7P/s/+3/7P/s/+z/FADo/+z/5//h/+f/3P8cAOb/4P/b/+v/7P/p/+v/JQDr/xkA5v/n/+H/6v/w/+b/5P8AAAAAAAAAAAAAAAAAAAAA4P8GAOf/+v/a/9//6v8jAO3/7f8UAPf/+P/s/+z/7//v/wAAAAAAAAAAAAASAPn/AADV/73/rP/N/8//KADV/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa//T/6f/j/9T/7P/7/xMA2P/A/77/0v/D/wAAxf/x/97/2P/z/+3/6f8fAOz/6//M/xUA1//b/8//8//g/xAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6P8WANr/6v/q/wAA3f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+f/6f/n/+r/6v8XAOn/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/9n/5P/p/wAA8//b/ygA8f/u/yEA+P8AAOv/4P8TAOX/2f/k/+n/AADz/9v/KAAAAAAAAAAAAAAAAAAAAAAA2f/s/+T/5P/s/+r/9P8UAOz/6v/q/+z/7P/s/xUA6/+r/9L/3v+v/8P/5P82ANf/2v/J/9H/0f/L/8j/EgAQAO7/FADt/+7/6P/J/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAO3/5/8JANT/+P/F/83/AAAAAAAAAAAAAAAAAAAAABIA3f/r/+P/xv/n/+//AAAUAO3/8//s//f/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAA6//k/9b/xv8AAOb/+f/p/xcA7P/o/+r/5v/q/+f/3//j/+f/+f/r/9r/8v8UAOv/7P/s/+z/7v/s/xQA8f8AAAAAAAAAAAAAAAAAAAAAFADh/+f/AAAAAOz/5P8AAAAAAAAAAAAAAAAAAAAAAADs/xQA6f/t/+//7P/r/+z/+v8AAPH/+/8AAPv/9/8VAAAA8f8AAAAA9f8SAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w//T/AADv/xQA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv/I/ywA0v/D/+3/0f/e/9T/rf+7/8H/vv8ZANP/AADp/8v/4v/g/8v/IADr/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/9z/0P/v/8H/4//E/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/r/+z/8P/v/ygA6v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAdAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/9H/x//k/9r/wP/k/w8AAAAAAAAAAAAAAAAAAAAAAN7/6//k/xMA2v/y/wAA0P/X/ysA+v/4/+z/+v/D//r/FAC//6v/uv/P/9D/6/+k/wAAEwDm/9P/6//h/9T/5v8PAK7/2f+5/7j/tv8MAPD/AAAAAAAAAAAAAAAAAAAAABUAuv+n/5r/t/+p/xAA6f8AANr/6f/s/+z/6v8OANv/AAAAAAAAAAAAAAAAAAAAABQA7P8AAPf/9P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5P/v/+j/8P/A/0EA3//s/+z/7P/u/+3/7P8UAOz/AAAAAO3/FAAAAAAA7v/s/xUA7v/x//f/8f/z/+v/7f8AAAAAAAAAAAAAAAAAAAAAAADu//n/8v8AAPn/EwDm/xoA6//f/9//5f/i/93/u/8AAAAAAAAAAAAAAAAAAAAA8f/u/wAAAAAAAAAAAAAUAOz/9//1/wAAAAAUAPT/AAAAAAAAAAAAAAAAAAAAAAAA6f/U/+r/6v/s/+r/7P8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/n/+f/5P/l/xoAyP/o/+v/6v8VAOv/7P/r/+r/7P/6//f/FQAAANz/9//m/ygArP+8/+n/+f/B/xwA6//Q/wAAAAAAAAAAAAAAAAAAAADX/+z/7P/u/+3/+/8UAN7/2f/f/xQA6v/s//H/+f/s/+z/9P/6//P/AAAUAOj/8v/F/9H/3P/Z/+X/2/8WAOr/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P/X/8D/1P/A/+T/1v8xANH/FgD5//j/AAAAANj/+P/u/+H/4P/g/9//4//a/97/IAAAAAAAFwAAAAAA9v/5/wAA5f8cAOX/5//i/97/4v/j/wAAAAD1//r/9v8SAPf/8P/r/xQA7f/t/+z/7P/s/+z/AADl/wAAAAD3/wAAx//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA5f/3//D/+f/r/9n/9v/s/wAA7f/s/+7/4f8nAPL/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+n/6//s/xQA7P/s/+7/7P/s/+3/6/8UAPr/AAAAAAAAAAAAAAAAAAAAABQA4P/r//b/7P/d/9f/AAAUAOz/AAD3//T/6//s/+z/AAAAAAAAAAAAAAAAAAAAAPH/4/80APH/AADY/+f/4/+1/8b/RQCo/8v/vP/C/8v/z//O/0EAtP/T/7T/zv/R/9f/6f8tAN3/2//U/9T/zv8AAAAAAAAAAAAAAAAAAAAA3v/N/+n/yv/D/9L/7P8TAAAAAAAAAAAA6/8AAAAAGwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9j/5//4/wAA3v/V/wAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wsA0v/D/+v/6//2/+H/4/8cAOj/1//k/+T/5f/m/+n/6//s/+f/5f/i/xwA5v/U//b/AADJ/9f/0P8NAAAAAADS/8//0//o/9X/FgDh/83/CQDE/6z/EAC6/8r/AADd//D/7//7//r/IwDx/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/6//p/9X/0P/a/+r/IwDh/+v/zv/X/9D/y/8NANr/8v/t/wAAAAAAABQA7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/yYA4P/k/+P/3//L/9L/8/8UAPT/AAD4//L/7P/w/8f/+f/7/wAAAADn/zEA0/8VAOv/AAAAAPn/8f/y/wAAAAAAAAAAAAAAAAAAAAAAANz/4v/p/+j/6f/r/+P/HgDa/xAAAAC8/wAAyv/z/9n/SQDW/9r/4v8AAOf/tv/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/7f8UAPP/7P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/a/+T/3v/Z/wAA1f8AAOv/DwDX/+f/1v/f/xMA6v/1/9H/5P/3/9X/4//q//P/AAAAANX/1v/U/xIA2f/Y/7r/w//E/6z/5//o/zMA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/x/+z/7P/s/xQAFADt/+z/7v/t/+z/7P/x/+z/7P/r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA2v/p/97/7f/t/+v/AAAmAAAAAAAAAAAAAAAAAAAAAADw/+r/AAAAAOv/AAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xcA3v/m/+//3f/p/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsf/o/9r/9P/J/9D/t//3/wAAAAAAAAAAAAAAAAAAAADM/8D/2f/T/w8A4//S/xQAz//Q/9b/+v8AAAAA5f/p/+z/7P/s/+z/7f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAA6P/q/9n/2//t/+b/HQDs/+b/DgDX/+H/5P/r//X/4P8RAOX/0//M/+n/2//f/8X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9b/6//U/xQA1P/k/wYAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAADy/xIA7/8AAAAAAAAAAAAAAAAAAAAAAAAWAOr/4P/e/9j/4P/Y/8b/+v8AAAAA2v/h/9P/IwDd/yMA2v/a/97/3v/l/9z/3f8jANr/2v/e/97/5f/c/w0AAAAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/GQDk/9r/1//P/8D/2P/g/8f/zf+4/9f/8P8iAMT/7f/t/xQA9//4/+z/7P/v/+z/FADt/+3/7f/z/+z/7P8aAOb/5f/o/+n/5//i/+j/7P/s/+z/7//s/+n/6v8UAMb/4P/h/+H/1v/T/wgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+P/5v8AAAAAAAAAAAAAAAAAAAAAAAAAANj/3f/n/9r/+v/J/ycA1/8AAAAAAAAAAAAAAAAAAAAA5f/s/wAAIgDs/+v/7P/Y/9P/NQDa/9n/zP/a/83/0P8fAOv/9//3//v/8f/p//b/7v/x//H/9v/u/+3/7P8UAOL/vf+4/wAApf8AAAAAxP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/wAA7v/s/+//FADs/xQA9P/1/+z/7P/s/+z/7P8AAOz/7P/k/xQA2v/s/+z/FADr/+r/7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAA8P/q/wAAAADr/wAAAAAYAAAA6f/j/9v/4P/o/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//r/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA4//3/+z/5//Y/+z/3//n/9D/9f8AAOP/IQDW/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7/8UAAAA8v/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAADm/w0AAAD2/+z/AAAAAOr/6v/v/+v/6//r/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//+f/h/+j/wf8hALf/1P8FAAAAAAAAAAAAAAAAAAAA7P++/+3/zP/J/7b/DwDK/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/r/9v/AADc/wYA2f/Y/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANT/6v/e/wAA5v+y/ycA2P8AAAAAAAAAAAAAAAAAAAAAFQDA/77/qP+z/9v/6f8AAMH/yf+5/8r/8/8JANH/9P/f/wAA1v8AAAAA8f/j/8//FQDs/+v/8f/s/+X/4v/g/wAAAAAAAAAAAAAAAAAAAADD/wAAtP+p/8X/8/8jAL7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwANf/3P/l/9b/0f/a/8z/AAAAAAAAAAAAAAAAAAAAAPL/LAAAAAAAAAAAANL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/6//x/+z/5f/i/+D/AAAAAAAAAAAAAAAAAAAAAOz/8v8AAOz/AADw/xQA+P8AAAAAAAAAAAAAAAAAAAAA9v/v/wAAAAD7//r/+P8SAA=='
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