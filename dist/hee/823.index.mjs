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
    features: "b:0 0\nb:0 a\nb:0 a04\nb:0 a07\nb:0 a1082be0\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 a6c70a5\nb:0 a75ec\nb:0 a7aef8b1\nb:0 ac27\nb:0 ac6\nb:0 actionable\nb:0 actions\nb:0 actual\nb:0 ad613ffba\nb:0 agent\nb:0 alpha\nb:0 alpha1\nb:0 alpine\nb:0 alpine3\nb:0 als\nb:0 amd64\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 artifacts\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 assigned\nb:0 assignment\nb:0 at\nb:0 attempt\nb:0 available\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b2\nb:0 b3a\nb:0 b4c\nb:0 b5c67\nb:0 b7\nb:0 b7c1d6e3f\nb:0 bad\nb:0 bash\nb:0 bd\nb:0 between\nb:0 bin\nb:0 binutils\nb:0 black\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 branchpoint\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 build1\nb:0 building\nb:0 builds\nb:0 built\nb:0 bun\nb:0 but\nb:0 by\nb:0 byte\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 ca9\nb:0 cabal\nb:0 cache\nb:0 call\nb:0 cannot\nb:0 cart\nb:0 catch\nb:0 cc\nb:0 cgen\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 class\nb:0 clean\nb:0 cleanup_file_variables\nb:0 client\nb:0 cm\nb:0 code\nb:0 codex\nb:0 col\nb:0 columns\nb:0 comment\nb:0 community\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 contract\nb:0 core\nb:0 could\nb:0 cp310\nb:0 cp311\nb:0 cp314\nb:0 cp38\nb:0 creation_with_non_type\nb:0 critical\nb:0 cs\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 d345270\nb:0 d4ba2\nb:0 date\nb:0 db\nb:0 dbe9cd2fc\nb:0 deb12u1\nb:0 debian\nb:0 debugger\nb:0 decimal\nb:0 declarations\nb:0 ded5c06cf\nb:0 def\nb:0 default\nb:0 dependencies\nb:0 depends\nb:0 deprecation\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 dist\nb:0 docker\nb:0 don\nb:0 done\nb:0 double\nb:0 during\nb:0 e\nb:0 e04\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e58d67b4\nb:0 e7\nb:0 e8f\nb:0 eadcdc7d\nb:0 ec\nb:0 echo\nb:0 efde290b\nb:0 eff\nb:0 either\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 execute\nb:0 executed\nb:0 executing\nb:0 exit\nb:0 expect\nb:0 expected\nb:0 export\nb:0 extra\nb:0 extracting\nb:0 f\nb:0 f1d2c3b\nb:0 f242abd9c8e\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 fb\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 flash\nb:0 fn\nb:0 for\nb:0 forbidden\nb:0 format\nb:0 fp4\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 g325\nb:0 g4q\nb:0 gcr\nb:0 gdb\nb:0 genesis\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 github\nb:0 glob\nb:0 go\nb:0 got\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 h0s9kvb6g2sinako7ub77ku\nb:0 has\nb:0 hash\nb:0 head\nb:0 high\nb:0 home\nb:0 homeassistant\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 i128\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 imports\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 installing\nb:0 insufficient\nb:0 int\nb:0 into\nb:0 invalid_constant\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 ist\nb:0 it\nb:0 item\nb:0 items\nb:0 j30\nb:0 jackson\nb:0 jakarta\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 line\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 low\nb:0 m\nb:0 m0s\nb:0 m104\nb:0 m12\nb:0 m21\nb:0 m237\nb:0 m309\nb:0 m47\nb:0 m49\nb:0 m62\nb:0 m64\nb:0 m67\nb:0 m7\nb:0 m78\nb:0 m84\nb:0 m88\nb:0 made\nb:0 main\nb:0 make\nb:0 manuell\nb:0 matching\nb:0 maven\nb:0 measured\nb:0 mecho\nb:0 medium\nb:0 memory\nb:0 merge\nb:0 merror\nb:0 message\nb:0 mfi\nb:0 mhelp\nb:0 mi\nb:0 mif\nb:0 milliseconds\nb:0 min\nb:0 minute\nb:0 minutes\nb:0 missing\nb:0 mnote\nb:0 mnpm\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 mother\nb:0 ms\nb:0 mshared\nb:0 multiple\nb:0 mvalue\nb:0 name\nb:0 nanopb\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 newlib\nb:0 newline\nb:0 newly\nb:0 no\nb:0 nodes\nb:0 none\nb:0 normal\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 oder\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 on\nb:0 operation\nb:0 or\nb:0 origin\nb:0 outer\nb:0 p\nb:0 p1\nb:0 p20240420\nb:0 package\nb:0 packages\nb:0 paket\nb:0 parameter\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pip\nb:0 pkg\nb:0 please\nb:0 plexus\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 post0\nb:0 post1\nb:0 pre\nb:0 prepare\nb:0 prepare_executor\nb:0 previous\nb:0 print\nb:0 problems\nb:0 process\nb:0 prod\nb:0 projects\nb:0 pub\nb:0 pull\nb:0 pwsh\nb:0 py2\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 r2\nb:0 ran\nb:0 rc\nb:0 rc1\nb:0 rc2\nb:0 rc3\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 rejects\nb:0 release\nb:0 releases\nb:0 repack\nb:0 requires\nb:0 resolving\nb:0 resource\nb:0 resources\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 ringbuf\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 s2n\nb:0 saas\nb:0 scenarios\nb:0 sdks\nb:0 sec\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 set\nb:0 sh\nb:0 sha256\nb:0 shellcheck\nb:0 should\nb:0 sid\nb:0 simple\nb:0 site\nb:0 skipped\nb:0 skips\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 soroban_sdk\nb:0 source\nb:0 spond\nb:0 src\nb:0 stabilized\nb:0 stable\nb:0 state\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 style\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t00\nb:0 t02\nb:0 t03\nb:0 t06\nb:0 t08\nb:0 t09\nb:0 t10\nb:0 t10_00_00_000\nb:0 t12\nb:0 t14\nb:0 t15\nb:0 t16\nb:0 t17\nb:0 t18\nb:0 t19\nb:0 t20\nb:0 t21\nb:0 t22\nb:0 tar\nb:0 target\nb:0 task\nb:0 temperatures\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 then\nb:0 third\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 times\nb:0 title\nb:0 tmp\nb:0 to\nb:0 too\nb:0 took\nb:0 toolchain\nb:0 total\nb:0 trailing\nb:0 true\nb:0 try\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu0\nb:0 ubuntu1_amd64\nb:0 ubuntu2\nb:0 ubuntu3\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 undefined_class\nb:0 undefined_getter\nb:0 undefined_identifier\nb:0 undefined_method\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unter\nb:0 unused\nb:0 upgraded\nb:0 uri_does_not_exist\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 usr\nb:0 v0\nb:0 v1\nb:0 var\nb:0 variable\nb:0 variante\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 we\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 wildcard\nb:0 will\nb:0 windows\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x602000000020\nb:0 x64\nb:0 x8000_0000\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 you\nb:0 z\nb:0 zephyr\nb:0 zig\nb:0 zzpmw\nb:a 0\nb:a b\nb:a bash\nb:a binary\nb:a blank\nb:a branch\nb:a build\nb:a c\nb:a class\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a dash\nb:a default\nb:a denial\nb:a dependency\nb:a development\nb:a e\nb:a f\nb:a failure\nb:a feeds\nb:a ferro\nb:a few\nb:a file\nb:a free\nb:a full\nb:a g\nb:a gradle\nb:a hard\nb:a healthy\nb:a i\nb:a in\nb:a invoices\nb:a is\nb:a key\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a mavi\nb:a missing\nb:a multiline\nb:a must_use\nb:a n\nb:a new\nb:a newer\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a project\nb:a promise\nb:a proxy\nb:a r\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a required\nb:a return\nb:a s\nb:a safe\nb:a separate\nb:a shutdown\nb:a signed\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a temp\nb:a test\nb:a tunnel\nb:a type\nb:a u\nb:a userland\nb:a v\nb:a valid\nb:a value\nb:a version\nb:a vietflux\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a x64\nb:a x_\nb:a y\nb:a01e7751d80c config\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4 babb\nb:a4006 this\nb:a75ec 0\nb:a_ m\nb:aarch64 apple\nb:aashish thapa\nb:ab0x go\nb:ab284314 0\nb:abi3 manylinux_2_34_x86_64\nb:abi3 so\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:above files\nb:above the\nb:abs hs\nb:abuild rpmbuild\nb:ac27 e1d16c0fb783\nb:ac6 0\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:act_container_manager py\nb:act_linter py\nb:action actionlint\nb:action cache\nb:action cogni\nb:action display\nb:action download\nb:action executor\nb:action fail\nb:action guilouro\nb:action https\nb:action id\nb:action output\nb:action package\nb:action repository\nb:action step\nb:action tarball\nb:action use\nb:action v2\nb:action v3\nb:action v4\nb:action_actionlint 0\nb:actionable tasks\nb:actionlint https\nb:actionlint v1\nb:actions 0\nb:actions are\nb:actions cache\nb:actions checkout\nb:actions codecov\nb:actions codespell\nb:actions embark\nb:actions runner\nb:actions runs\nb:actions setup\nb:actions task\nb:actions upload\nb:active on\nb:activity kt\nb:actual 0\nb:actual behavior\nb:add allow\nb:add an\nb:add bash\nb:add it\nb:add origin\nb:add rust\nb:add the\nb:add url\nb:added 0\nb:added composer\nb:added go\nb:added to\nb:adding 0\nb:adding repository\nb:addition works\nb:additional logging\nb:address 0\nb:address all\nb:address range\nb:address sanitizer\nb:addresses should\nb:adler32 v0\nb:admin py\nb:admin rs\nb:admin web\nb:advancing after\nb:advice by\nb:advice detached\nb:advisories 0\nb:advisories g\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:aes gcm\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after attempting\nb:after catch\nb:after changing\nb:after opening\nb:after running\nb:agent 0\nb:agent action\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent lost\nb:agent md\nb:agent name\nb:agent running\nb:agent version\nb:agent_1 container\nb:agents a\nb:agents cogni\nb:aggregate py\nb:ago 0\nb:ai agent\nb:ai architect\nb:ai code\nb:ai config\nb:ai devops\nb:ai elite\nb:ai plan\nb:ai reviewer\nb:ai security\nb:aiogithubapi 0\nb:aiohappyeyeballs 0\nb:aiohasupervisor 0\nb:aiohttp 0\nb:aiooui 0\nb:aiosignal 0\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:aliases clean\nb:all 0\nb:all artifacts\nb:all build\nb:all check\nb:all configured\nb:all core\nb:all crates\nb:all dependencies\nb:all error\nb:all extensions\nb:all false\nb:all files\nb:all http\nb:all issues\nb:all matched\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all targets\nb:all test\nb:all tests\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow m\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allow the\nb:allowed 0\nb:allowed time\nb:allows for\nb:allows instantiation\nb:alongside the\nb:alpha 0\nb:alphabetical case\nb:alpine v3\nb:alpine3 0\nb:alpinelinux org\nb:already exists\nb:already the\nb:als also\nb:also home\nb:alternative instead\nb:always auth\nb:always error\nb:always fails\nb:always false\nb:ambroisie test\nb:amd64 c\nb:amd64 components\nb:amd64 packages\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:amphp http\nb:an argument\nb:an assembly\nb:an error\nb:an exception\nb:an existing\nb:an explicit\nb:an item\nb:an iterator\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and actual\nb:and audited\nb:and because\nb:and cache\nb:and commit\nb:and contributors\nb:and d\nb:and declarations\nb:and deleting\nb:and dependencies\nb:and deploy\nb:and file\nb:and firewall\nb:and fix\nb:and handle\nb:and has\nb:and hooks\nb:and installed\nb:and instead\nb:and is\nb:and legacy\nb:and may\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and scrapling\nb:and should\nb:and sub\nb:and test\nb:and that\nb:and upgrading\nb:and use\nb:and value\nb:and will\nb:and word\nb:and writing\nb:and you\nb:andi i\nb:android 0\nb:android app\nb:android gradle\nb:android jizhang\nb:android kt\nb:android log\nb:android main\nb:android sdk\nb:android support\nb:android test\nb:android tools\nb:android unit\nb:annotated types\nb:annotation for\nb:annotation no\nb:annotation unchecked\nb:annotations should\nb:anomaly_history json\nb:anonymous file\nb:anonymous test\nb:ansi term\nb:ansible galaxy\nb:ansible role\nb:answer action\nb:any branches\nb:any changes\nb:any commits\nb:any expected\nb:any from\nb:any no\nb:any none\nb:any of\nb:any return\nb:any variable\nb:any whl\nb:anyio 0\nb:ap fedbox\nb:apache 0\nb:apache httpcomponents\nb:apache maven\nb:apache org\nb:apache pulsar\nb:api 0\nb:api api\nb:api client\nb:api dart\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api gradle\nb:api internal\nb:api pricing\nb:api proto\nb:api provider\nb:api src\nb:api tasks\nb:api test\nb:api users\nb:apis poe\nb:apis proto\nb:apk add\nb:apk update\nb:app 0\nb:app beringin\nb:app build\nb:app colors\nb:app compile\nb:app css\nb:app data\nb:app features\nb:app git\nb:app help\nb:app immutable\nb:app kt\nb:app ktlint\nb:app lint\nb:app login\nb:app notes\nb:app onepager\nb:app prototypes\nb:app py\nb:app run\nb:app src\nb:app tasks\nb:app ts\nb:appcompat v7\nb:appears to\nb:apple darwin\nb:application ex\nb:application spec\nb:applies a\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt apt\nb:apt get\nb:apt mirrors\nb:arbitrary objects\nb:archinstall archinstall\nb:archinstall lib\nb:architect agent\nb:architecture x64\nb:archive false\nb:archive ubuntu\nb:are allowed\nb:are available\nb:are behind\nb:are deprecated\nb:are enabled\nb:are equal\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are main\nb:are missing\nb:are no\nb:are not\nb:are relying\nb:are running\nb:are sixty\nb:are test\nb:are the\nb:are trimmed\nb:are trying\nb:are understood\nb:are you\nb:area tests\nb:arg type\nb:args cmake\nb:argument 0\nb:argument error\nb:argument is\nb:argument named\nb:argument of\nb:arguments but\nb:arguments no\nb:arguments were\nb:ark ff\nb:arm64 0\nb:arm64 main\nb:arm64 packages\nb:arm64 readme\nb:around keyword\nb:around make\nb:around operator\nb:around spurious\nb:array 0\nb:array v0\nb:arrays are\nb:artifact content\nb:artifact i\nb:artifact junit\nb:artifact name\nb:artifact org\nb:artifact transform\nb:artifact upload\nb:artifact v4\nb:artifacts for\nb:artifacts will\nb:arturbosch detekt\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as expected\nb:as explicit\nb:as failed\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u32\nb:as u64\nb:as u8\nb:as vsts\nb:as well\nb:ask for\nb:assembling a\nb:assembly reference\nb:assert 0\nb:assert a\nb:assert are\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assertions s\nb:assets assets\nb:assets assets_page\nb:assets familjen\nb:assets page\nb:assets_page dart\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:assignment type\nb:assistant bluetooth\nb:associated with\nb:astral sh\nb:astrogilda tsbootstrap\nb:async 0\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at end\nb:at error\nb:at file\nb:at fulfilled\nb:at function\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at new\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at t\nb:at test\nb:at the\nb:at trace\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attempting to\nb:attribute 0\nb:attribute access\nb:attribute of\nb:attrs 0\nb:audit audit\nb:audit due\nb:audit fix\nb:audit for\nb:audit level\nb:audit reports\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:auth helper\nb:auth login_page\nb:auth supabase\nb:authenticating and\nb:author microsoft\nb:auto 0\nb:auto corrected\nb:auto provisioning\nb:auto update\nb:automatic dependency\nb:automatic garbage\nb:available 0\nb:available at\nb:available for\nb:available v0\nb:available v3\nb:avg c\nb:avoid a\nb:avoid using\nb:awaiting headers\nb:awaiting response\nb:awesomeness has\nb:awk allow\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure devops\nb:azure pipelines\nb:azure region\nb:b 0\nb:b a\nb:b b\nb:b b28\nb:b build\nb:b c\nb:b d55\nb:b done\nb:b e\nb:b err\nb:b f\nb:b go\nb:b gzip\nb:b i\nb:b in\nb:b l\nb:b linting\nb:b main\nb:b o\nb:b r\nb:b s\nb:b t\nb:b u\nb:b want\nb:b y\nb:b1a9 travis\nb:b1f0ba2 0\nb:b2 0\nb:b28 a\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b7 0\nb:b8ej_ z\nb:b_ a\nb:b_ c\nb:b_ e\nb:b_ o\nb:b_ p\nb:b_ r\nb:b_ s\nb:b_ t\nb:b_ w\nb:babb e542025d9062\nb:back to\nb:backend api\nb:backend ci\nb:backend svc\nb:backoff 0\nb:backports tarfile\nb:backticks 0\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bak s\nb:bandit r\nb:bandit readthedocs\nb:base 0\nb:base base\nb:base container\nb:base h\nb:base64 v0\nb:based on\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash curl\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash true\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bazel 0\nb:bb code\nb:bc run\nb:bd 0\nb:be 0\nb:be a\nb:be able\nb:be assigned\nb:be auto\nb:be built\nb:be converted\nb:be empty\nb:be enabled\nb:be equal\nb:be expected\nb:be expressed\nb:be faster\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be of\nb:be on\nb:be one\nb:be packed\nb:be reformatted\nb:be renamed\nb:be replaced\nb:be resolved\nb:be reused\nb:be run\nb:be strictly\nb:be suffixed\nb:be sure\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be uploaded\nb:be used\nb:be within\nb:because flutter_api_samples\nb:because it\nb:because locked\nb:because no\nb:because of\nb:because pnpm\nb:because scrapling\nb:because the\nb:become dashes\nb:been created\nb:been deprecated\nb:been fixed\nb:been installed\nb:been moved\nb:been received\nb:been successfully\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before closing\nb:before continuing\nb:before declaration\nb:before it\nb:before making\nb:before operand\nb:before the\nb:before token\nb:begin with\nb:beginning upload\nb:behind a\nb:being treated\nb:belanyi fr\nb:bergmann and\nb:beringin app\nb:berui kotlin\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigint v0\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing jvm\nb:billing rb\nb:bills bills_page\nb:bills page\nb:bills_page dart\nb:bin activate\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin docker\nb:bin dsafio\nb:bin g\nb:bin git\nb:bin go\nb:bin gradle\nb:bin links\nb:bin ninja\nb:bin node\nb:bin npm\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin strip\nb:bin tar\nb:bin true\nb:binary bitwise\nb:binary rustc\nb:bind home\nb:bind p\nb:bintray com\nb:binutils 0\nb:binutils csl\nb:bitwise operator\nb:bitwise warnings\nb:bk ci\nb:black 0\nb:black check\nb:black failed\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob storage\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block buffer\nb:block no\nb:block number\nb:block public\nb:blockchain client\nb:blockchain not\nb:blocks its\nb:blog changelog\nb:bluetooth 0\nb:blur cpp\nb:bodies of\nb:body did\nb:body expression\nb:body should\nb:book book_picker_page\nb:book_picker_page dart\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:bootstrap line\nb:boto3 0\nb:br l\nb:branch can\nb:branch cygwin\nb:branch linting\nb:branch m\nb:branch master\nb:branch name\nb:branch refactor\nb:branch refs\nb:branch this\nb:branch to\nb:branch unlabeled\nb:branch zephyr\nb:branches by\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:bridge methods\nb:bridgecrewio checkov\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:budget budget_page\nb:budget data\nb:budget page\nb:budget_page dart\nb:buf push\nb:buf u8\nb:buffer overflow\nb:buffer v0\nb:build 0\nb:build action\nb:build agent\nb:build and\nb:build as\nb:build assets\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build check\nb:build codec_test\nb:build command\nb:build container\nb:build context\nb:build ctest\nb:build d\nb:build date\nb:build definition\nb:build dependencies\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build environment\nb:build error\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build file\nb:build finance\nb:build g\nb:build git\nb:build gradle\nb:build has\nb:build id\nb:build itself\nb:build j2\nb:build log\nb:build making\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build output\nb:build prod\nb:build project\nb:build property\nb:build queued\nb:build release\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build script\nb:build scripts\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build t\nb:build tauri\nb:build test\nb:build timed\nb:build tree\nb:build type\nb:build u\nb:build ubuntu\nb:build variables\nb:build watchos\nb:build wheel\nb:build wheels\nb:build windows\nb:build work\nb:build_dir tmp\nb:builddir meson\nb:builder 0\nb:builder releases\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:building wheel\nb:building with\nb:buildkite agent\nb:buildprocess execution\nb:builds acme\nb:builds ci\nb:builds finance\nb:builds platform\nb:builds private\nb:builds shopco\nb:builds thread\nb:builds timekit\nb:builds will\nb:buildtree default\nb:built in\nb:bun install\nb:bun run\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundler as\nb:bundler audit\nb:bundler cache\nb:bundler can\nb:bundlers node_modules\nb:busted test\nb:but 0\nb:but are\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but they\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by adding\nb:by an\nb:by authenticating\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by setting\nb:by severity\nb:by summing\nb:by switching\nb:by the\nb:by this\nb:by time\nb:by using\nb:bypass the\nb:byte as\nb:bytes 0\nb:bytes received\nb:bytes sec\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c build\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c date\nb:c done\nb:c e\nb:c f\nb:c g\nb:c gcc\nb:c git\nb:c h\nb:c h_\nb:c home\nb:c i\nb:c imaging\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c k_\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c n\nb:c new\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c python\nb:c r\nb:c ringbuf\nb:c s\nb:c s0103\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c tests\nb:c text\nb:c to\nb:c u\nb:c users\nb:c usr\nb:c v\nb:c w\nb:c with\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c12 g\nb:c1d2e3 update\nb:c1e 0\nb:c2065 current\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c2_ c\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_ p\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache 0\nb:cache all\nb:cache bazel\nb:cache bin\nb:cache dependency\nb:cache disabled\nb:cache failed\nb:cache false\nb:cache found\nb:cache go\nb:cache hee\nb:cache hit\nb:cache is\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache miss\nb:cache ms\nb:cache not\nb:cache npm\nb:cache opt\nb:cache overwrite\nb:cache paths\nb:cache pip\nb:cache provider\nb:cache restored\nb:cache service\nb:cache size\nb:cache targets\nb:cache true\nb:cache tzst\nb:cache v2\nb:cache v4\nb:cache workspace\nb:cache_rs b627fbcd5589ae52\nb:cached dependency\nb:cachedir pytest_cache\nb:cachekey echo\nb:caches jars\nb:caches kotlin\nb:caching generated\nb:caching gradle\nb:caching instrumented\nb:call failed\nb:call last\nb:call to\nb:call with\nb:callback until\nb:called if\nb:calls 0\nb:calls runtime\nb:camoufox 0\nb:can ask\nb:can be\nb:can cause\nb:can conclude\nb:can discard\nb:can find\nb:can fix\nb:can happen\nb:can look\nb:can only\nb:can t\nb:can use\nb:canceled while\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot install\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:capsules r\nb:captioner py\nb:cardreader cs\nb:cargo bin\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo crates\nb:cargo crates2\nb:cargo deny\nb:cargo fmt\nb:cargo g\nb:cargo git\nb:cargo lock\nb:cargo output\nb:cargo registry\nb:cargo sparse\nb:cargo test\nb:cargo toml\nb:cart applies\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:casting u64\nb:casts from\nb:catch err\nb:categories metadata\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd docs\nb:cd example\nb:cd server\nb:cd var\nb:cdn alpinelinux\nb:cell 0\nb:central https\nb:central plugin\nb:certifi 0\nb:certificate checks\nb:cffi 0\nb:cfg conf\nb:cfg dotfiles\nb:cgen snapshot\nb:chadburn chadburn\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:change to\nb:changed 0\nb:changed but\nb:changed significantly\nb:changed source\nb:changelog 0\nb:changelog https\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:channel v0\nb:characters 0\nb:characters line\nb:characters workspaces\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:charts charts_page\nb:charts page\nb:charts_page dart\nb:chat android\nb:chat chat\nb:check 0\nb:check default\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check if\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check over\nb:check s\nb:check setup\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check unknown\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking ark\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking every\nb:checking formatting\nb:checking job\nb:checking out\nb:checkout 0\nb:checkout code\nb:checkout cone\nb:checkout deploy\nb:checkout disable\nb:checkout f\nb:checkout info\nb:checkout ledger\nb:checkout progress\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkout v6\nb:checkov action\nb:checks security\nb:checkstyle plugin\nb:checksum c\nb:checksum is\nb:checksums crc\nb:child process\nb:chmod x\nb:cholerae test\nb:chosen instead\nb:christophe documents\nb:chrome headless\nb:chunks dep\nb:chunks test\nb:ci 0\nb:ci agent\nb:ci can\nb:ci dockerfile\nb:ci for\nb:ci sardonyx\nb:ci service\nb:ci src\nb:ci test\nb:ci worker\nb:circle c\nb:circleci project\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class bill\nb:class budget\nb:class lib\nb:class php\nb:class test\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean isntall\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli include\nb:cli pr\nb:cli py\nb:cli releases\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:click 0\nb:client 0\nb:client api\nb:client app\nb:client component\nb:client escrow_id\nb:client get_settled_at\nb:client git\nb:client init\nb:client kotlin\nb:client retry\nb:client server\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client timeout\nb:client ts\nb:clippy cast_possible_truncation\nb:clippy is\nb:clippy llvm\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy nursery\nb:clippy pedantic\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone v\nb:clone v1\nb:cloning into\nb:close the\nb:closed during\nb:closing parenthesis\nb:cloud agent\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmd shims\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code is\nb:code loomy\nb:code paisa\nb:code reviewer\nb:code title\nb:code_ title\nb:codebuild output\nb:codecov create\nb:codegen cpp\nb:codehaus mojo\nb:codehaus plexus\nb:coder odder\nb:codespell 0\nb:codespell project\nb:codespell v2\nb:cogni a\nb:cogni ai\nb:col 0\nb:collect dependencies\nb:collect2 error\nb:collected 0\nb:collected packages\nb:collecting aiohappyeyeballs\nb:collecting attrs\nb:collecting collected\nb:collecting frozenlist\nb:collecting h11\nb:collecting jaraco\nb:collecting orjson\nb:collecting packaging\nb:collecting propcache\nb:collecting py\nb:collecting pydantic\nb:collecting pyproject_hooks\nb:collecting pytest\nb:collecting python\nb:collecting tests\nb:collecting typing\nb:collecting yarl\nb:collection 0\nb:collection import\nb:colors in\nb:colors lib\nb:colr property\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com advisories\nb:com andi\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com cogni\nb:com data\nb:com datakit\nb:com default\nb:com diffplug\nb:com docs\nb:com embedded\nb:com ethereum\nb:com example\nb:com extraheader\nb:com fasterxml\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com gravito\nb:com http\nb:com ic3bur\nb:com im\nb:com increase\nb:com infra\nb:com instead\nb:com kangkabseok2021\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com liquifact\nb:com lowagie\nb:com maps\nb:com masonj0\nb:com mavi\nb:com metrics\nb:com netkit\nb:com netops\nb:com npm\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com pre\nb:com rails\nb:com retry\nb:com rsksmart\nb:com ruby\nb:com runner\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com squareup\nb:com sun\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com ubuntu\nb:com usnistgov\nb:com zephyrproject\nb:com zerox80\nb:comma before\nb:comma separated\nb:command 0\nb:command bin\nb:command c\nb:command command\nb:command configuration\nb:command did\nb:command example\nb:command exited\nb:command failed\nb:command for\nb:command git\nb:command home\nb:command in\nb:command line\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command type\nb:command usr\nb:command v\nb:command_dispatcher py\nb:command_line_interface html\nb:command_line_warnings in\nb:command_runner py\nb:command_spec lua\nb:commas inside\nb:comment or\nb:comment paragraph\nb:comment unused\nb:commit 0\nb:commit date\nb:commit hash\nb:commit hooks\nb:commit message\nb:commit pre\nb:commit run\nb:commit s\nb:commit them\nb:commits you\nb:common 0\nb:common main\nb:common ui\nb:common v0\nb:common v25\nb:commonly chosen\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compatibility with\nb:compatible set\nb:compatible versions\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile c\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile kotlin\nb:compile orders\nb:compile release\nb:compile sdk\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling ark\nb:compiling base64\nb:compiling c\nb:compiling crate\nb:compiling crossbeam\nb:compiling darling_macro\nb:compiling dashmap\nb:compiling distribution\nb:compiling dyn\nb:compiling futures\nb:compiling hashbrown\nb:compiling itertools\nb:compiling itoa\nb:compiling libc\nb:compiling num\nb:compiling proc\nb:compiling rand_chacha\nb:compiling rand_core\nb:compiling serde_json\nb:compiling soroban\nb:compiling stable_deref_trait\nb:compiling stackage\nb:compiling stellar\nb:compiling stg\nb:compiling thiserror\nb:compiling tokio\nb:compiling tower\nb:compiling version_check\nb:compiling yoke\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed process\nb:completed with\nb:component 0\nb:component browser\nb:component c\nb:component cargo\nb:component clippy\nb:component html\nb:component llvm\nb:component rust\nb:component rustc\nb:component rustfmt\nb:component s\nb:component_test ts\nb:components 0\nb:components common\nb:components do\nb:components for\nb:components mavi\nb:components rustfmt\nb:components small\nb:composer 0\nb:composer added\nb:composer json\nb:composer plugin\nb:composer update\nb:compress program\nb:compressing objects\nb:compression level\nb:compute agent\nb:compute cache\nb:computed to\nb:conclude that\nb:conclusion success\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:cone mode\nb:conf json\nb:config 0\nb:config as\nb:config changes\nb:config cmake\nb:config command\nb:config config\nb:config dactyl\nb:config deploy\nb:config file\nb:config files\nb:config get\nb:config git\nb:config isn\nb:config js\nb:config json\nb:config local\nb:config modules\nb:config nim\nb:config remote\nb:config rules\nb:config set\nb:config trim_trailing_whitespace\nb:config v0\nb:config variable\nb:config zephyr\nb:configr configr\nb:configuration classpath\nb:configuration common\nb:configuration file\nb:configure project\nb:configure the\nb:configured workspaces\nb:configuring done\nb:configuring incomplete\nb:conflict is\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect to\nb:connection client\nb:connection container\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connection was\nb:connectivity and\nb:connects to\nb:connrefused location\nb:consider possible\nb:consider removing\nb:consider using\nb:consider yaml\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:constant value\nb:construct rustup\nb:consumer http\nb:container 0\nb:container build\nb:container for\nb:container fragment\nb:container not\nb:container_test_runner py\nb:containing one\nb:contains a\nb:content differs\nb:content hash\nb:content security\nb:content to\nb:content type\nb:contents home\nb:contents of\nb:contents read\nb:context 0\nb:context anonymous\nb:context deadline\nb:context home\nb:context null\nb:context of\nb:continue allow\nb:continue due\nb:contracts escrow\nb:contracts liquifact\nb:contracts target\nb:controller lambda\nb:controller schedule\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core 0\nb:core api\nb:core app\nb:core csproj\nb:core jackson\nb:core jar\nb:core kt\nb:core models\nb:core ops\nb:core panicking\nb:core py\nb:core services\nb:core src\nb:core ssh\nb:core theme\nb:core util\nb:core v0\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could have\nb:could n\nb:could not\nb:couldn t\nb:count 0\nb:count of\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counting objects\nb:counts i\nb:counts iter\nb:coupon 0\nb:coverage 0\nb:coverage badge\nb:coverage none\nb:covered class\nb:cp r\nb:cp310 cp310\nb:cp310 manylinux_2_17_x86_64\nb:cp311 cp311\nb:cp311 manylinux_2_17_x86_64\nb:cp314 cp314\nb:cp314 manylinux2014_x86_64\nb:cp38 abi3\nb:cpp 0\nb:cpp build\nb:cpp ggml\nb:cpp o\nb:cpu family\nb:cpu x86_64\nb:cpufeatures v0\nb:cpython 0\nb:cr 0\nb:cr me\nb:crash reports\nb:crate git\nb:crates corp\nb:crates false\nb:crates io\nb:crates toml\nb:crates2 json\nb:crc builddir\nb:crc crc\nb:create a\nb:create cachekey\nb:create commit\nb:create meeting\nb:create seed\nb:create symlinks\nb:create the\nb:create you\nb:created at\nb:created branch\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials 0\nb:credentials ab284314\nb:credentials config\nb:credentials specified\nb:credentials true\nb:creme brulee\nb:critical 0\nb:cronjs parser\nb:cross os\nb:cross site\nb:cross_platform_signal cross_platform_signal\nb:crossbeam epoch\nb:crypto aes\nb:crypto bigint\nb:crypto cipher\nb:crypto common\nb:crypto pbkdf2\nb:crypto pure\nb:cryptography 0\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:csl sourcerygxx\nb:cspell json\nb:csproj error\nb:csproj in\nb:css 0\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csv export\nb:csys 0\nb:ctest changing\nb:ctest test\nb:ctrl c\nb:curl 0\nb:curl f\nb:curl fs\nb:curl git\nb:curl ls\nb:curl proto\nb:curl sf\nb:current agent\nb:current context\nb:current image\nb:current n\nb:current node\nb:current npm\nb:current runner\nb:current scope\nb:current undeclared\nb:curve25519 dalek\nb:cusr 0\nb:custom british\nb:custom component\nb:custom_components zurichsee_ha\nb:cwiki apache\nb:cygwin 0\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d b\nb:d build\nb:d c\nb:d clippy\nb:d d\nb:d dactyl_left\nb:d ds\nb:d e\nb:d e_\nb:d f\nb:d failed\nb:d failure\nb:d h\nb:d i\nb:d in\nb:d is\nb:d k\nb:d k1045\nb:d key\nb:d l\nb:d l3008\nb:d l3013\nb:d math\nb:d n\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d see\nb:d state\nb:d t\nb:d tests\nb:d timed\nb:d true\nb:d u\nb:d v\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d z\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d345270 0\nb:d4ba2 0\nb:d_ a\nb:d_ b\nb:d_ e\nb:d_ t\nb:dactyl zmk\nb:dactyl_left d\nb:daemon at\nb:daemon get\nb:daemon j\nb:daemon running\nb:daemon server\nb:daemon subsequent\nb:daemon toomanyrequests\nb:dalek v4\nb:dangerously allow\nb:darling_core v0\nb:darling_macro v0\nb:dart 0\nb:dart lib\nb:dart md\nb:dart pub\nb:dart s\nb:dart_web3 dart_web3\nb:dashboard dashboard\nb:dashmap v6\nb:data bk\nb:data etl\nb:data for\nb:data from\nb:data isn\nb:data lib\nb:data local\nb:data main\nb:data models\nb:data prefs\nb:data roaming\nb:data version\nb:database 0\nb:database failed\nb:datakit jobs\nb:datakit stats\nb:datasert cronjs\nb:date 0\nb:date because\nb:date date\nb:date expected\nb:date run\nb:date s\nb:date toolchain\nb:date with\nb:dates dates\nb:dateutil 0\nb:david projects\nb:days 0\nb:days test\nb:db 0\nb:db git\nb:db orders\nb:dbe9cd2fc config\nb:dbkit integration\nb:deadline exceeded\nb:dealing with\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debian sha256\nb:debug 0\nb:debug analysis\nb:debug build\nb:debug deps\nb:debug java\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug source\nb:debug target\nb:debug unit\nb:debug_html_parser py\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations and\nb:declarations move\nb:declarations with\nb:declarative checkout\nb:declared as\nb:declared to\nb:decorator makes\nb:ded5c06cf 0\nb:deep equal\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:def file\nb:def run\nb:default 0\nb:default and\nb:default branch\nb:default build\nb:default cli\nb:default compile\nb:default in\nb:default instance\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default skill\nb:default stable\nb:default test\nb:default the\nb:default toolchain\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defined here\nb:defining which\nb:definition from\nb:defs annotation\nb:delay 0\nb:delete 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:deleting the\nb:deltas 0\nb:demospring rest\nb:denial of\nb:deno install\nb:deny 0\nb:deny action\nb:deny toml\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies at\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies finished\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies metadata\nb:dependencies n\nb:dependencies so\nb:dependencies started\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependencies will\nb:dependency instrumenting\nb:dependency is\nb:dependency lock\nb:dependency path\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency types\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy git\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated and\nb:deprecated because\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated gradle\nb:deprecated humanwhocodes\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated please\nb:deprecated raise\nb:deprecated use\nb:deprecation to\nb:deprecation warning\nb:deps cache_rs\nb:deps foreground\nb:deps get\nb:deps is\nb:depth 0\nb:depth set\nb:der v0\nb:dereferenced by\nb:derive v0\nb:derliebemarcus zurichsee_ha\nb:description elite\nb:description get\nb:description metadata\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop lando\nb:desktop test\nb:destructure property\nb:detached h\nb:detached head\nb:detailed explanations\nb:details feature\nb:details home\nb:details https\nb:details see\nb:detect undefined\nb:detected for\nb:detected in\nb:detected invalid\nb:detecting c\nb:detector test\nb:detectors android\nb:determining the\nb:dev 0\nb:dev null\nb:dev optional\nb:dev profile\nb:dev rnp\nb:dev server\nb:dev src\nb:dev templates\nb:dev txt\nb:dev vuln\nb:development machine\nb:development package\nb:development the\nb:device home\nb:devops pipelines\nb:dht dht\nb:dhtl_commands py\nb:dhtl_commands_standalone py\nb:dhtl_commands_workflows py\nb:dhtl_entry py\nb:dhtl_entry_windows py\nb:dhtl_github py\nb:dhtl_guardian_command py\nb:dhtl_version py\nb:diagnostics debug\nb:dial tcp\nb:dict str\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff git\nb:diff in\nb:different than\nb:differs from\nb:digest debian\nb:digest node\nb:digest python\nb:digest ruby\nb:digest rust\nb:digest sha256\nb:digest v0\nb:dir all\nb:dir build\nb:dir home\nb:dir src\nb:dir var\nb:direct dependencies\nb:directly in\nb:directory all\nb:directory and\nb:directory containing\nb:directory f\nb:directory home\nb:directory is\nb:directory to\nb:directory tree\nb:directory true\nb:directory usr\nb:dirs v5\nb:disable incremental\nb:disable the\nb:disabled by\nb:disabled false\nb:disabling automatic\nb:disabling s\nb:discard any\nb:discount code\nb:discover discover_page\nb:discover page\nb:discover_page dart\nb:dispatch v1\nb:display m\nb:displays the\nb:dist build\nb:dist chunks\nb:dist codecov\nb:dist index\nb:dist info\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:distributions gradle\nb:dists gradle\nb:django contrib\nb:dl cdn\nb:do echo\nb:do not\nb:do s\nb:do so\nb:doc comment\nb:doc tests\nb:docker 0\nb:docker allow\nb:docker build\nb:docker buildx\nb:docker com\nb:docker daemon\nb:docker dockerfile\nb:docker driver\nb:docker error\nb:docker executor\nb:docker failed\nb:docker image\nb:docker io\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:dockerfile home\nb:docs concepts\nb:docs faq\nb:docs for\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs svelte\nb:docs template\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documentation is\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done g\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet download\nb:dotnet sdk\nb:dotnet temporalio\nb:double quote\nb:downgrade g\nb:download 0\nb:download action\nb:download all\nb:download app\nb:download complete\nb:download immutable\nb:download info\nb:download of\nb:download page\nb:download the\nb:download toolcache\nb:downloaded ark\nb:downloaded base64\nb:downloaded ciborium\nb:downloaded crypto\nb:downloaded curve25519\nb:downloaded equivalent\nb:downloaded futures\nb:downloaded getrandom\nb:downloaded hashbrown\nb:downloaded hex\nb:downloaded num\nb:downloaded numpy\nb:downloaded ort\nb:downloaded paste\nb:downloaded pin\nb:downloaded ppv\nb:downloaded pyo3\nb:downloaded rand\nb:downloaded rand_core\nb:downloaded rustls\nb:downloaded serde\nb:downloaded serde_derive\nb:downloaded serde_json\nb:downloaded soroban\nb:downloaded strsim\nb:downloaded thiserror\nb:downloaded time\nb:downloaded tokio\nb:downloaded tower\nb:downloaded typenum\nb:downloaded unicode\nb:downloading amphp\nb:downloading component\nb:downloading cryptography\nb:downloading flutter\nb:downloading from\nb:downloading https\nb:downloading language_tags\nb:downloading laravel\nb:downloading numpy\nb:downloading packages\nb:downloading phpunit\nb:downloading psr\nb:downloading py\nb:downloading pygments\nb:downloading ruby\nb:downloading scrapling\nb:downloading sebastian\nb:downloading symfony\nb:downloading task\nb:downloading uv\nb:downloads example\nb:drone git\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dsl 0\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during stage\nb:during the\nb:dyn clone\nb:e 0\nb:e a\nb:e assertion\nb:e b\nb:e bin\nb:e build\nb:e c\nb:e c2_\nb:e cannot\nb:e cargo\nb:e check\nb:e command\nb:e could\nb:e current\nb:e d\nb:e d_\nb:e f\nb:e f_\nb:e failed\nb:e false\nb:e file\nb:e fix\nb:e full\nb:e g\nb:e home\nb:e is\nb:e l\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e o\nb:e opt\nb:e p\nb:e p0040\nb:e p_\nb:e package\nb:e q\nb:e r\nb:e r_\nb:e release\nb:e required\nb:e rustc\nb:e s\nb:e s_\nb:e switch\nb:e t\nb:e u\nb:e unable\nb:e unsupported\nb:e users\nb:e v\nb:e w\nb:e where\nb:e work\nb:e workflow_dispatch\nb:e x\nb:e y\nb:e0061 this\nb:e0277 a\nb:e0308 mismatched\nb:e04 0\nb:e0401 unable\nb:e0425 cannot\nb:e0599 no\nb:e1101 instance\nb:e1d16c0fb783 config\nb:e225 missing\nb:e231 missing\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e git\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e542025d9062 config\nb:e7 0\nb:e8f 0\nb:e_ a\nb:e_ b\nb:e_ d\nb:e_ h\nb:e_ j\nb:e_ m\nb:e_ n\nb:e_ o\nb:e_ p\nb:e_ r\nb:e_ s\nb:e_ v\nb:e_ w\nb:e_path cc\nb:each npm\nb:ec 0\nb:echo build\nb:echo c\nb:echo cachekey\nb:echo components\nb:echo d\nb:echo downgrade\nb:echo h\nb:echo n\nb:echo run\nb:echo targets\nb:echo toolchain\nb:edge proxy\nb:edit deny\nb:edit true\nb:editor config\nb:eebxo6ax project\nb:eff a01e7751d80c\nb:egeria open\nb:either package\nb:either target\nb:elapsed time\nb:elements of\nb:elif rustc\nb:elif toolchain\nb:elite agent\nb:elite autonomous\nb:elite cogni\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embark studios\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty space\nb:empty string\nb:empty subject\nb:en 0\nb:enable cargo\nb:enable colors\nb:enable cross\nb:enable full\nb:enable running\nb:enabled for\nb:encoding u\nb:encoding v2\nb:end action\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:ends with\nb:enforce required\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entirely and\nb:entities js\nb:entities lib\nb:entries pages\nb:entries plus\nb:entries pointing\nb:entry for\nb:entrypoint file\nb:entrypoint sh\nb:env 0\nb:env a\nb:env common\nb:env g\nb:env target\nb:environment 0\nb:environment considered\nb:environment default\nb:environment details\nb:environment for\nb:environment hash\nb:environment hook\nb:environment true\nb:environment unable\nb:environment variable\nb:environment waiting\nb:environment will\nb:eo pipefail\nb:epoch v0\nb:eq 0\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:equivalent v1\nb:erb 0\nb:erl 0\nb:err http\nb:err is\nb:err message\nb:err typecheck\nb:errno 0\nb:errno e\nb:errno v0\nb:error 0\nb:error a\nb:error accordingly\nb:error aliases\nb:error allow\nb:error and\nb:error argument\nb:error assert\nb:error at\nb:error attempt\nb:error audit\nb:error bad\nb:error bin\nb:error blockchain\nb:error c\nb:error c2065\nb:error cache\nb:error can\nb:error cannot\nb:error clean\nb:error code\nb:error comma\nb:error command\nb:error connection\nb:error could\nb:error dangerously\nb:error dependency\nb:error deployment\nb:error dry\nb:error during\nb:error e\nb:error e0061\nb:error e0277\nb:error e0308\nb:error e0425\nb:error e0599\nb:error empty\nb:error enable\nb:error encountered\nb:error engine\nb:error errno\nb:error error\nb:error expect\nb:error expected\nb:error fail\nb:error failed\nb:error false\nb:error fetch\nb:error file\nb:error files\nb:error foreground\nb:error function\nb:error fund\nb:error funding\nb:error global\nb:error got\nb:error h\nb:error home\nb:error if\nb:error ignore\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error indicates\nb:error install\nb:error instead\nb:error invalid\nb:error is\nb:error key\nb:error killed\nb:error ld\nb:error legacy\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error log\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error network\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error omit\nb:error on\nb:error only\nb:error option\nb:error options\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error returning\nb:error run\nb:error running\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error set\nb:error sets\nb:error signed\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error target\nb:error tells\nb:error test\nb:error the\nb:error this\nb:error timed\nb:error timeout\nb:error title\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error undefined\nb:error unexpected\nb:error unneeded\nb:error unsupported\nb:error untyped\nb:error unused\nb:error usage\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors have\nb:errors in\nb:errors json\nb:errors occurred\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:escrow client\nb:escrow error\nb:escrow src\nb:escrow_id sme\nb:escrow_id token\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:eta 0\nb:etc apt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:etl mem\nb:etl py\nb:ev issue\nb:evaluate option\nb:evaluator test\nb:even 0\nb:event name\nb:events 0\nb:events events\nb:ever returns\nb:every 0\nb:ex 0\nb:ex allow\nb:ex unit\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example fetch\nb:example github\nb:example left\nb:example lint\nb:example ms\nb:example net\nb:example org\nb:example platform\nb:example port\nb:example repository\nb:example retry\nb:example specs\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded max\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exceeded while\nb:exception connection\nb:exception could\nb:exception execution\nb:exception in\nb:exception no\nb:exclude tests\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:execute untyped\nb:executer execute\nb:executer java\nb:executing step_script\nb:execution default\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:execution worker\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist core\nb:exist https\nb:exist in\nb:exist screens\nb:exist state\nb:existing false\nb:existing install\nb:existing installation\nb:existing resource\nb:exit code\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect actual\nb:expect apply\nb:expect received\nb:expect settled_at\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected after\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected fail\nb:expected failure\nb:expected false\nb:expected foo\nb:expected here\nb:expected i\nb:expected list\nb:expected newline\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit force\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export const\nb:export function\nb:export to\nb:export utils\nb:exported exported\nb:exported method\nb:exported type\nb:exporting layers\nb:exporting to\nb:express typescript\nb:expressed infallibly\nb:expression creates\nb:expression has\nb:expression should\nb:extensions 0\nb:extensions pydantic\nb:extensions worktree\nb:external dependency\nb:extra argument\nb:extra fetchers\nb:extra header\nb:extra node_modules\nb:extra semicolon\nb:extra_cmake_args d\nb:extracting archive\nb:extracting ruby\nb:extracting sha256\nb:extraheader a\nb:extreme prejudice\nb:f 0\nb:f a\nb:f c\nb:f d\nb:f e\nb:f f\nb:f home\nb:f i\nb:f l\nb:f metadata\nb:f o\nb:f p\nb:f parameters\nb:f r\nb:f refs\nb:f s\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fa fa\nb:fail 0\nb:fail hh\nb:fail https\nb:fail net9\nb:fail on\nb:fail package\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed plugin\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed waiting\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure threshold\nb:failure type\nb:failures 0\nb:falcon 0\nb:fall through\nb:false disabling\nb:false or\nb:false to\nb:false true\nb:familjen grotesk\nb:family x86_64\nb:fastapi 0\nb:fasterxml jackson\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features plugins\nb:features seeds\nb:features steps\nb:features were\nb:federation 0\nb:federation r\nb:federation starting\nb:federator 0\nb:feed go\nb:feeds feeds\nb:ferro te\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch http\nb:fetch https\nb:fetch js\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetched 0\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching need\nb:fetching the\nb:few minutes\nb:ff v0\nb:field browser\nb:field name\nb:file 0\nb:file all\nb:file app\nb:file based\nb:file builds\nb:file c\nb:file content\nb:file could\nb:file details\nb:file does\nb:file etc\nb:file extension\nb:file f\nb:file failed\nb:file file\nb:file from\nb:file frozen\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file not\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file protocol\nb:file provided\nb:file run\nb:file src\nb:file sync\nb:file test\nb:file to\nb:file users\nb:file usr\nb:file var\nb:file would\nb:files 0\nb:files and\nb:files are\nb:files c\nb:files checked\nb:files copy\nb:files false\nb:files file\nb:files found\nb:files git\nb:files have\nb:files if\nb:files ignore\nb:files imgproc\nb:files inspected\nb:files passed\nb:files power\nb:files ringbuf\nb:files run\nb:files tests\nb:files to\nb:files took\nb:files use\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:final post\nb:finalize job\nb:finalizing artifact\nb:finance billing\nb:finance ledger\nb:finance money\nb:find a\nb:find com\nb:find element\nb:find expected\nb:find gem\nb:find io\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished uploading\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first doc\nb:first in\nb:first out\nb:first person\nb:first run\nb:first_upper s\nb:fits several\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed in\nb:fixed value\nb:fixedbitset v0\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flow lib\nb:flush true\nb:flutter 0\nb:flutter action\nb:flutter config\nb:flutter create\nb:flutter dev\nb:flutter packages\nb:flutter release\nb:flutter stable\nb:flutter tool\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt all\nb:fmt build\nb:fmt check\nb:fn 0\nb:fn first_upper\nb:fn init\nb:fn is_empty_list\nb:fn once\nb:fn read_capsule\nb:fnv hash\nb:following actions\nb:following articles\nb:following build\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following options\nb:following source\nb:following vulnerability\nb:fonts unifont\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for action\nb:for addresses\nb:for async\nb:for build\nb:for changes\nb:for configuration\nb:for connection\nb:for debian\nb:for defining\nb:for details\nb:for docker\nb:for function\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for help\nb:for https\nb:for input\nb:for installation\nb:for installing\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for longz4wqz\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for object\nb:for one\nb:for other\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for production\nb:for project\nb:for projects\nb:for python\nb:for ruby\nb:for rust\nb:for setup\nb:for stable\nb:for struct\nb:for sudo\nb:for system\nb:for t\nb:for task\nb:for that\nb:for the\nb:for this\nb:for ubuntu\nb:for url\nb:for v0\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:force b\nb:force evaluate\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:form tsx\nb:form vue\nb:format 0\nb:format args\nb:format check\nb:format failed\nb:format github\nb:format h\nb:format json\nb:format string\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting delete\nb:formatting output\nb:fortuna fortuna\nb:fortuna git\nb:found 0\nb:found a\nb:found at\nb:found b\nb:found before\nb:found c\nb:found composer\nb:found error\nb:found errors\nb:found existing\nb:found fatal\nb:found for\nb:found github\nb:found helper\nb:found ignoring\nb:found in\nb:found packages\nb:found python3\nb:found return\nb:found skipping\nb:found warn\nb:found with\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fp4 home\nb:fr ambroisie\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework inference\nb:framework quasar\nb:framework src\nb:framework test\nb:freethreaded false\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from aiohttp\nb:from an\nb:from build\nb:from c\nb:from cache\nb:from camoufox\nb:from central\nb:from commit\nb:from daemon\nb:from directories\nb:from distribution\nb:from dockerfile\nb:from file\nb:from formatting\nb:from function\nb:from git\nb:from home\nb:from homeassistant\nb:from https\nb:from i\nb:from instrument\nb:from key\nb:from ledger\nb:from lock\nb:from material\nb:from node\nb:from path\nb:from pip\nb:from pytest\nb:from r\nb:from repository\nb:from scrapling\nb:from sdk\nb:from src\nb:from tarball\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from tsbootstrap\nb:from typing\nb:from u8\nb:from urls\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:from your\nb:frontend lint\nb:frontend src\nb:frozen false\nb:frozen importlib\nb:frozen installation\nb:frozen lockfile\nb:frozenlist 0\nb:fs js\nb:fs layer\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full report\nb:full stack\nb:full trace\nb:func returns\nb:func1 0\nb:function could\nb:function declared\nb:function execute\nb:function fn\nb:function is\nb:function j\nb:function spec\nb:function total\nb:function unknown\nb:function which\nb:functionality has\nb:functions are\nb:fund dry\nb:fund for\nb:funding batch\nb:further information\nb:futures channel\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g failed\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g l\nb:g md\nb:g missing\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g o_\nb:g on\nb:g org\nb:g r\nb:g s\nb:g std\nb:g u\nb:g4q xg66\nb:g_ b\nb:g_ c\nb:g_ h\nb:g_ m\nb:galaxy allow\nb:garbage collection\nb:gateway addresses\nb:gathering licenses\nb:gc auto\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcm native\nb:gcr io\nb:gdb csl\nb:gem install\nb:gemfile changed\nb:gemfile lock\nb:gemini 0\nb:gems corp\nb:gen jooq\nb:gen lint\nb:gen proto\nb:general public\nb:generate debug\nb:generate job\nb:generate the\nb:generate_summary py\nb:generated 0\nb:generated run\nb:generating done\nb:generating script\nb:generator has\nb:generator next\nb:generic array\nb:genesis federation\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get 0\nb:get a\nb:get cache\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get itoa\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get update\nb:get_settled_at is_none\nb:get_sources getting\nb:getaddrinfo failed\nb:getrandom v0\nb:getter category\nb:getter config\nb:getting action\nb:getting git\nb:getting requirements\nb:getting source\nb:ggml c\nb:gh issue\nb:gh pr\nb:ghcr io\nb:gi b\nb:git 0\nb:git a\nb:git all\nb:git allow\nb:git belanyi\nb:git bin\nb:git branch\nb:git c\nb:git checkout\nb:git clean\nb:git clone\nb:git config\nb:git corp\nb:git could\nb:git credentials\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git failed\nb:git fetch\nb:git file\nb:git g\nb:git github\nb:git global\nb:git https\nb:git hub\nb:git init\nb:git lab\nb:git log\nb:git p\nb:git path\nb:git references\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git revision\nb:git service\nb:git sparse\nb:git sr\nb:git submodules\nb:git switch\nb:git tar\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:git worktrees\nb:gitconfig to\nb:gitdir d\nb:gitdir github\nb:gitdir home\nb:github aashish\nb:github actions\nb:github blog\nb:github com\nb:github formatter\nb:github iml1s\nb:github io\nb:github pr\nb:github repo\nb:github runner_temp\nb:github skills\nb:github src\nb:github token\nb:github workspace\nb:gitlab arturbosch\nb:gitlab com\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob allow\nb:glob versions\nb:global config\nb:global git\nb:global init\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu 0\nb:gnu so\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go modules\nb:go no\nb:go pkg\nb:go protoparser\nb:go quasar\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got key\nb:got other\nb:gpg could\nb:gpt 0\nb:grace period\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle build\nb:gradle caches\nb:gradle central\nb:gradle daemon\nb:gradle daemons\nb:gradle documentation\nb:gradle exception\nb:gradle execution\nb:gradle features\nb:gradle gradle\nb:gradle home\nb:gradle internal\nb:gradle kts\nb:gradle launcher\nb:gradle linux\nb:gradle mac\nb:gradle notifications\nb:gradle org\nb:gradle plugin\nb:gradle properties\nb:gradle state\nb:gradle user\nb:gradle wrapper\nb:gravito framework\nb:greater than\nb:green 0\nb:greenlet 0\nb:greeting component_test\nb:grep allow\nb:grep q\nb:grep v\nb:grgit 0\nb:grotesk 0\nb:group build\nb:group run\nb:groups get\nb:guava 0\nb:gui is\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:gz 0\nb:gzip 0\nb:h 0\nb:h a\nb:h amd64\nb:h cannot\nb:h command\nb:h e\nb:h e_\nb:h h600\nb:h head\nb:h home\nb:h i\nb:h mtmu\nb:h o\nb:h or\nb:h p\nb:h ref\nb:h requests\nb:h s\nb:h setup\nb:h subprocess\nb:h t\nb:h t_\nb:h u\nb:h0m0s timeout\nb:h0s9kvb6g2sinako7ub77ku gradle\nb:h11 0\nb:h223492759 jizhang\nb:h600 compilation\nb:h_ e\nb:habluetooth 0\nb:had changes\nb:hadolint action\nb:hadolint hadolint\nb:hadolint v2\nb:handbook docs\nb:handle standard\nb:handle the\nb:handled in\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has correct\nb:has exceeded\nb:has incompatible\nb:has no\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash fast\nb:hash key\nb:hash validation\nb:hashbrown v0\nb:hashicorp aws\nb:hashmap hashmap\nb:haskell cabal\nb:hass nabucasa\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have an\nb:have been\nb:have comment\nb:have detailed\nb:have no\nb:have printed\nb:have reached\nb:have valid\nb:head 0\nb:head c12\nb:head to\nb:header filter\nb:header in\nb:heads main\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap buffer\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help at\nb:help change\nb:help ci\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help visit\nb:help you\nb:helper check\nb:helper kt\nb:helper py\nb:here are\nb:here for\nb:here is\nb:hex literal\nb:hh tests\nb:hhp hs\nb:hicpp signed\nb:hidden files\nb:hierarchy template\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:highlights of\nb:hint call\nb:hint development\nb:hint git\nb:hint is\nb:hint make\nb:hint names\nb:hint to\nb:hint used\nb:hint using\nb:hint will\nb:hit for\nb:hive simulators\nb:hoisted nested\nb:hoisting package\nb:home abuild\nb:home assistant\nb:home breadcrumbs\nb:home cache\nb:home cholerae\nb:home circleci\nb:home dev\nb:home home_page\nb:home jenkins\nb:home max\nb:home page\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:home_page dart\nb:homeassistant 0\nb:homeassistant custom\nb:homebrew bin\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks use\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:host x86_64\nb:hosted agent\nb:hosted compute\nb:hostedtoolcache dart\nb:hostedtoolcache flutter\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostedtoolcache python\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html debug\nb:html entities\nb:html erb\nb:html needless_borrow\nb:html needless_return\nb:html not\nb:html python\nb:html sec\nb:html shell\nb:http 0\nb:http archive\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http request\nb:http server\nb:http v0\nb:http_client 0\nb:http_parser 0\nb:httparse v1\nb:httpcomponents httpcomponents\nb:httpcore 0\nb:https aka\nb:https astral\nb:https bandit\nb:https conda\nb:https dl\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nexus\nb:https nodesecurity\nb:https npm\nb:https opencode\nb:https osv\nb:https packages\nb:https pkg\nb:https plugins\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https services\nb:https spdx\nb:https stylelint\nb:https tlsv1\nb:https www\nb:httpx 0\nb:hub action\nb:hub does\nb:i 0\nb:i a\nb:i add\nb:i as\nb:i b\nb:i bak\nb:i c\nb:i d\nb:i doesn\nb:i e\nb:i f\nb:i files\nb:i g\nb:i get\nb:i in\nb:i info\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i o_\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i python\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i s_\nb:i t\nb:i t_\nb:i toolchain\nb:i try\nb:i u\nb:i unsafe\nb:i uw\nb:i v\nb:i x\nb:i x_\nb:i z\nb:i_ k\nb:ibis bigquery\nb:ic install\nb:ic3bur g\nb:icons mdi\nb:icu_properties_data v2\nb:id github\nb:id prettier\nb:id subosito_flutter\nb:id trailing\nb:idea projects\nb:ident v1\nb:identical details\nb:identification is\nb:identified security\nb:identified with\nb:identifier c\nb:identifier header\nb:identifier of\nb:identifier read\nb:idna 0\nb:idx 0\nb:ie preinstall\nb:if c\nb:if command\nb:if entries\nb:if gitdir\nb:if i\nb:if it\nb:if items\nb:if linux\nb:if n\nb:if needed\nb:if no\nb:if out\nb:if returning\nb:if set\nb:if the\nb:if this\nb:if true\nb:if v\nb:if windows\nb:if you\nb:if z\nb:ignore comment\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:ignoring config\nb:im l1s\nb:image debian\nb:image docker\nb:image gcc\nb:image golang\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image release\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images releases\nb:images ubuntu\nb:images windows\nb:imaging c\nb:imaging imaging\nb:ime app\nb:ime git\nb:ime vietflux\nb:imgproc dir\nb:imgproc git\nb:imgproc imgproc\nb:imgproc src\nb:iml1s crypto\nb:iml1s kotlin\nb:immediately dereferenced\nb:immutable action\nb:immutable assets\nb:immutable nodes\nb:impacting any\nb:impl v2\nb:implausibly old\nb:implementation of\nb:implemented for\nb:implemented in\nb:implications associated\nb:implied by\nb:import 0\nb:import cannot\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib bootstrap\nb:importlib init__\nb:importlib metadata\nb:importlib report\nb:importlib_metadata 0\nb:imports are\nb:imports on\nb:impossible for\nb:in 0\nb:in a\nb:in action\nb:in all\nb:in an\nb:in apt\nb:in assignment\nb:in async\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in cargo\nb:in components\nb:in connect\nb:in curl\nb:in d\nb:in deploy\nb:in deployment\nb:in detached\nb:in documentation\nb:in file\nb:in final\nb:in first\nb:in function\nb:in git\nb:in go\nb:in headers\nb:in home\nb:in import_module\nb:in liquifact\nb:in main\nb:in module\nb:in multiline\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in s\nb:in scope\nb:in scripts\nb:in src\nb:in state\nb:in stdlib\nb:in sync\nb:in targets\nb:in the\nb:in this\nb:in thread\nb:in tmp\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:include hidden\nb:include if\nb:include prod\nb:include tests\nb:include the\nb:include workspace\nb:included builds\nb:included software\nb:includeif gitdir\nb:incompatible type\nb:incompatible types\nb:incompatible with\nb:incomplete errors\nb:inconsistent vendoring\nb:inconsistent with\nb:incorrect usage\nb:incorrectly sorted\nb:increase rate\nb:increase the\nb:incremental compilation\nb:incubating problems\nb:indentation 0\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:indicate success\nb:indicates a\nb:indicates that\nb:infallibly using\nb:inference targets\nb:info 0\nb:info component\nb:info default\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info installing\nb:info latest\nb:info or\nb:info removing\nb:info syncing\nb:info there\nb:info using\nb:information 0\nb:information about\nb:information is\nb:information visit\nb:infra mirror\nb:infra retry\nb:infrastructure auth\nb:iniconfig 0\nb:init d\nb:init default\nb:init exe\nb:init home\nb:init users\nb:init__ py\nb:initial branch\nb:initialize job\nb:initialized empty\nb:initializing environment\nb:initializing the\nb:inner declarations\nb:inner t\nb:input 0\nb:input files\nb:input keys\nb:inputs itself\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install a\nb:install and\nb:install before\nb:install clean\nb:install dependencies\nb:install direct\nb:install error\nb:install for\nb:install frozen\nb:install g\nb:install ic\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install packages\nb:install r\nb:install registry\nb:install rustup\nb:install script\nb:install sh\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install time\nb:install upgrade\nb:install v1\nb:install which\nb:install with\nb:install_gui_linux py\nb:installation prefix\nb:installation tree\nb:installed 0\nb:installed as\nb:installed distributions\nb:installed p\nb:installed this\nb:installed version\nb:installed versions\nb:installing amphp\nb:installing build\nb:installing collected\nb:installing component\nb:installing environment\nb:installing git\nb:installing laravel\nb:installing openssh\nb:installing packages\nb:installing psr\nb:installing sebastian\nb:installing symfony\nb:installs in\nb:instance of\nb:instance travis\nb:instance using\nb:instantiation of\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:instrumented jars\nb:instrumenting artifact\nb:insufficient cpu\nb:insufficient memory\nb:int as\nb:int cannot\nb:int error_count\nb:integer operand\nb:integer v0\nb:integration integration\nb:integration rs\nb:integration tests\nb:integrity check\nb:intentional allow\nb:intentional prefix\nb:interface tools\nb:internal 0\nb:internal build\nb:internal buildprocess\nb:internal buildtree\nb:internal crypto\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal lib\nb:internal load\nb:internal model\nb:internal modules\nb:internal mojo\nb:internal operations\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into 0\nb:into a\nb:into directory\nb:into example\nb:into home\nb:invalid constant\nb:invalid s\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io github\nb:io gitlab\nb:io hadolint\nb:io hashicorp\nb:io i\nb:io library\nb:io reviewdog\nb:io rust\nb:io v2\nb:ios arm64\nb:ios main\nb:ios simulator\nb:ios x64\nb:iot sensor\nb:ip address\nb:ipynb cell\nb:is 0\nb:is a\nb:is allowed\nb:is already\nb:is an\nb:is assigned\nb:is available\nb:is bot\nb:is called\nb:is canceled\nb:is caused\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is disabled\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is imported\nb:is in\nb:is inconsistent\nb:is intentional\nb:is it\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is needed\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is recommended\nb:is running\nb:is stopped\nb:is subject\nb:is the\nb:is undefined\nb:is up\nb:is used\nb:is users\nb:is valid\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:is_settleable found\nb:isn t\nb:isntall clean\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issues 0\nb:issues by\nb:issues found\nb:ist is\nb:it can\nb:it does\nb:it for\nb:it has\nb:it i\nb:it incompatible\nb:it is\nb:it its\nb:it only\nb:it py\nb:it resolves\nb:it should\nb:it starts\nb:it was\nb:it with\nb:item costing\nb:item in\nb:item str\nb:item yesterday\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterable future\nb:iterator item\nb:iterator over\nb:itertools v0\nb:itoa as\nb:itoa v1\nb:its dependencies\nb:its it\nb:its network\nb:its progress\nb:itself https\nb:j a\nb:j d\nb:j n\nb:j o\nb:j s\nb:j unit\nb:j v\nb:j w\nb:j2 c\nb:j_ b\nb:jackson core\nb:jar 0\nb:jar and\nb:jar c\nb:jar com\nb:jar to\nb:jaraco context\nb:jars 0\nb:jars and\nb:jars with\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java linux\nb:java math\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:jizhang android\nb:job 0\nb:job cleanup\nb:job context\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:job summary\nb:jobs 0\nb:jobs and\nb:jobs py\nb:jobs to\nb:john mysrc\nb:jonesn idea\nb:jooq gradle\nb:jq allow\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json echo\nb:json failed\nb:json files\nb:json has\nb:json lodash\nb:json main\nb:json npm\nb:json or\nb:json system_stats\nb:julia nightly\nb:julia stdlib\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:just created\nb:jvm git\nb:jxoesneon ferro\nb:k 0\nb:k b\nb:k be\nb:k does\nb:k e\nb:k e_\nb:k f_to_c\nb:k from\nb:k g\nb:k g_\nb:k i\nb:k j_\nb:k n\nb:k pub\nb:k s\nb:k s_\nb:k t\nb:k that\nb:k version\nb:k1045 the\nb:k8s deploy\nb:k_ e\nb:k_ i\nb:kangkabseok2021 cross_platform_signal\nb:kata check_s390x_test\nb:keccak v0\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key error\nb:key failed\nb:key instrumented\nb:key kotlin\nb:key linux\nb:key node\nb:key not\nb:key setup\nb:key should\nb:key the\nb:key true\nb:key v0\nb:key v8\nb:keycloak token\nb:keymanapp dependency\nb:keyring 0\nb:keys 0\nb:keys linux\nb:keystore models_test\nb:keyword overwrite\nb:keyword parameter\nb:keywords metadata\nb:ki b\nb:killed signal\nb:kind fixed\nb:kiriyaga nami\nb:kit cloudflare\nb:kit generated\nb:kit output\nb:kit types\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known discount\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:koans builders\nb:koen desktop\nb:kotlin address\nb:kotlin blockchain\nb:kotlin crypto\nb:kotlin gradle\nb:kotlin io\nb:kotlin koans\nb:kotlin lint\nb:kotlin mpp\nb:kotlin native\nb:kotlin plugins\nb:kotlin script\nb:kotlin solana\nb:kotlin tx\nb:kotlin utxo\nb:kotlin watchos\nb:kt 0\nb:ktlint android\nb:ktlint check\nb:ktlint test\nb:kts 0\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l certificate\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l expected\nb:l foo\nb:l for\nb:l git\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l n\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l s\nb:l set\nb:l t\nb:l t_\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l y_\nb:l1s dart_web3\nb:l1s kotlin\nb:l3013 pin\nb:l_ d\nb:l_ o\nb:l_ p\nb:l_ u\nb:lab temps\nb:label n\nb:landing landing\nb:lando lando\nb:lando master\nb:lando netfx40\nb:lang github\nb:lang r\nb:language_tags 0\nb:last 0\nb:last block\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:later by\nb:later g\nb:latest 0\nb:latest blacklists\nb:latest complete\nb:latest false\nb:latest topics\nb:latest update\nb:latest version\nb:launcher daemon\nb:layers 0\nb:layout engine\nb:lazy property\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger ledger\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledger v0\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy lib\nb:legacy peer\nb:len 0\nb:length 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:less than\nb:let client\nb:let or\nb:let stored\nb:let sum\nb:let top\nb:let v\nb:level 0\nb:level high\nb:level node_modules\nb:level package\nb:level template\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib cabal\nb:lib due\nb:lib dynload\nb:lib example\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib jenkins\nb:lib kt\nb:lib lib\nb:lib main\nb:lib p\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib screens\nb:lib service\nb:lib spell\nb:lib state\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libatk1 0\nb:libc v0\nb:libc6 dev\nb:libdbus 0\nb:libglib2 0\nb:library core\nb:library for\nb:library python\nb:library rust\nb:libs 0\nb:libtonode tests\nb:license checker\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license list\nb:license needs\nb:license or\nb:license ref\nb:license v2\nb:license_file metadata\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses or\nb:licenses without\nb:lifecycle controller\nb:lifecycle internal\nb:lifecycle scripts\nb:like we\nb:likely additional\nb:limit allocation\nb:limit by\nb:limit exceeded\nb:limit for\nb:limit manager\nb:limit of\nb:limit you\nb:limits the\nb:line 0\nb:line before\nb:line for\nb:line length\nb:line must\nb:line of\nb:line too\nb:lines of\nb:link build\nb:link plugins\nb:link type\nb:link u\nb:linked legacy\nb:linked openproject\nb:linker for\nb:linkid 0\nb:linking c\nb:links allow\nb:links no\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint check\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint install\nb:lint report\nb:lint run\nb:lint set\nb:lint suspicious\nb:lint with\nb:linted 0\nb:linting refs\nb:linting set\nb:linux amd64\nb:linux ci\nb:linux extras\nb:linux gnu\nb:linux go\nb:linux mac\nb:linux musl\nb:linux nopie\nb:linux or\nb:linux python\nb:linux r\nb:linux small\nb:linux uv\nb:linux vpn\nb:linux x64\nb:linux x86_64\nb:liquid haskell\nb:liquidhaskell cabal\nb:liquifact contracts\nb:liquifact escrow\nb:liquifact liquifact\nb:list allow\nb:list any\nb:list found\nb:list of\nb:list page\nb:list str\nb:list stub\nb:lite badge\nb:lite86 v0\nb:literal v0\nb:littpi net\nb:live log\nb:llama cpp\nb:llvm tools\nb:load 0\nb:load allows\nb:load build\nb:load config\nb:load database\nb:load dockerignore\nb:load error\nb:load metadata\nb:load sh\nb:loaded prototype\nb:loader 0\nb:loader dist\nb:loader js\nb:loading 0\nb:loading for\nb:local bin\nb:local gc\nb:local go\nb:local http\nb:local lib\nb:local microsoft\nb:local name\nb:local pf\nb:local share\nb:local unset\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location opt\nb:location path\nb:location silent\nb:location users\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:lock yaml\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile because\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lockfiles considered\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log level\nb:log of\nb:log output\nb:logging output\nb:login page\nb:login service\nb:login_page dart\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:look around\nb:looking for\nb:looking in\nb:looks like\nb:lookup only\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low go\nb:low on\nb:lowagie pdfkit\nb:lower or\nb:lower snake\nb:lower_snake_case such\nb:lru dict\nb:ls sf\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m add\nb:m adding\nb:m auto\nb:m available\nb:m b\nb:m beringin\nb:m bs\nb:m buf\nb:m casting\nb:m casts\nb:m change\nb:m d013\nb:m docs\nb:m e\nb:m enable\nb:m error\nb:m execution\nb:m first\nb:m fits\nb:m for\nb:m git\nb:m i\nb:m if\nb:m is\nb:m item\nb:m k_\nb:m l\nb:m let\nb:m m\nb:m must_use\nb:m name\nb:m npm\nb:m o\nb:m or\nb:m other\nb:m p\nb:m package\nb:m panic\nb:m pip\nb:m pub\nb:m pv4\nb:m pytest\nb:m r\nb:m remove\nb:m run\nb:m s\nb:m start\nb:m t\nb:m this\nb:m to\nb:m try\nb:m u\nb:m updating\nb:m use\nb:m v\nb:m value\nb:m variables\nb:m version\nb:m w\nb:m0s this\nb:m104 0\nb:m12 0\nb:m2 org\nb:m2 settings\nb:m2 toolchains\nb:m21 0\nb:m237 0\nb:m2repository com\nb:m309 0\nb:m47 0\nb:m49 0\nb:m62 0\nb:m64 0\nb:m67 0\nb:m7 0\nb:m78 0\nb:m84 0\nb:m88 0\nb:m_ c\nb:m_ l\nb:m_ n\nb:m_ o\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:machine remove\nb:macos 0\nb:macos latest\nb:macos macos\nb:macro2 v1\nb:macros v0\nb:macros v25\nb:made by\nb:made default\nb:maierj fastlane\nb:main activity\nb:main amd64\nb:main arm64\nb:main c\nb:main dart\nb:main g\nb:main go\nb:main i\nb:main in\nb:main ios\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main native\nb:main refs\nb:main resolvable\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main started\nb:main tf\nb:main to\nb:main trunk\nb:main watchos\nb:main yml\nb:main zig\nb:make 0\nb:make any\nb:make error\nb:make experimental\nb:make files\nb:make in\nb:make j2\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:makes function\nb:making global\nb:making it\nb:manager gitlab\nb:manager go\nb:manager kt\nb:manually installed\nb:manually started\nb:manuell manual\nb:many requests\nb:many return\nb:manylinux2014_x86_64 manylinux_2_17_x86_64\nb:manylinux2014_x86_64 whl\nb:manylinux_2_17_x86_64 manylinux2014_x86_64\nb:manylinux_2_17_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_24_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_28_x86_64 whl\nb:manylinux_2_34_x86_64 whl\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:markdown it\nb:marked as\nb:marketing landing\nb:marking the\nb:masonj0 fortuna\nb:masque rs\nb:master are\nb:master as\nb:master index\nb:master refs\nb:master set\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matched files\nb:matching distribution\nb:matching files\nb:matching package\nb:matching the\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maturin 0\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven maven\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven public\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 com\nb:maven2 connect\nb:maven2 org\nb:mavi core\nb:mavi v\nb:mavi vpn\nb:mavivpn is\nb:mawk allow\nb:max git\nb:max line\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may 0\nb:may be\nb:may increase\nb:may not\nb:may panic\nb:may take\nb:may truncate\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:mdurl 0\nb:me br\nb:me kiriyaga\nb:me me_page\nb:me settings_page\nb:me_page dart\nb:measured 0\nb:media imaging\nb:megalinter io\nb:melos 0\nb:mem aggregate\nb:mem git\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:merge 0\nb:merge pull\nb:merror 0\nb:meson build\nb:meson setup\nb:message at\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:meta 0\nb:metadata 0\nb:metadata for\nb:metadata from\nb:metadata org\nb:metadata pyproject\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method defined\nb:method named\nb:method not\nb:method parentheses\nb:method running\nb:method takes\nb:method toast\nb:method ymd\nb:metrics counter\nb:mfi 0\nb:mhelp 0\nb:mi b\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mif z\nb:migrate with\nb:mike dev\nb:milliseconds couldn\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minus 0\nb:minutes 0\nb:minutes ago\nb:minutes are\nb:minutes failed\nb:minutes marking\nb:mirror sync\nb:mirrorlist 0\nb:mirrors txt\nb:miscellaneous lint\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing backticks\nb:missing binary\nb:missing docstring\nb:missing either\nb:missing file\nb:missing from\nb:missing go\nb:missing h\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing package\nb:missing panics\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing spacing\nb:missing trailing\nb:missing whitespace\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnote 0\nb:mnt vss\nb:mocha test\nb:mock open\nb:mod but\nb:mod dial\nb:mod download\nb:mod readonly\nb:modal tsx\nb:mode after\nb:mode all\nb:mode disable\nb:mode m\nb:mode primary\nb:mode true\nb:model bin\nb:model kt\nb:model opencode\nb:model state\nb:model test\nb:models dart\nb:models kt\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module home\nb:module importlib\nb:module is\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules act_container_manager\nb:modules act_linter\nb:modules cjs\nb:modules command_dispatcher\nb:modules command_runner\nb:modules commands\nb:modules container_test_runner\nb:modules dhtl_commands\nb:modules dhtl_commands_standalone\nb:modules dhtl_commands_workflows\nb:modules dhtl_github\nb:modules dhtl_guardian_command\nb:modules dhtl_version\nb:modules find\nb:modules hal\nb:modules lib\nb:modules packages\nb:modules py\nb:modules txt\nb:modules uv_manager\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:molecule allow\nb:mon may\nb:money mt\nb:money rb\nb:money test\nb:money_test rb\nb:monostate v0\nb:more arguments\nb:more dependencies\nb:more details\nb:more help\nb:more info\nb:more information\nb:more log\nb:more than\nb:most recent\nb:mother 0\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms could\nb:ms d\nb:ms dotnet\nb:ms environment\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:ms playwright\nb:ms setup\nb:ms tests\nb:msg loaded\nb:msg process\nb:msg reading\nb:mshared src\nb:msvc unchanged\nb:mt money\nb:mt test\nb:multidict 0\nb:multiline condition\nb:multiline expression\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple utxos\nb:multiple___ spaces\nb:multiverse amd64\nb:multiverse translation\nb:musl l\nb:must be\nb:must end\nb:must not\nb:must_use 0\nb:must_use attribute\nb:mut payload\nb:mutmut 0\nb:mutual groups\nb:mvn b\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:mypy 0\nb:mypy extensions\nb:mysrc weisjohn\nb:n 0\nb:n a\nb:n actionlint\nb:n and\nb:n basic\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n component\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n g_\nb:n h\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n m\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n s_\nb:n skipping\nb:n t\nb:n t_\nb:n target\nb:n test\nb:n tools\nb:n true\nb:n u\nb:n u1004\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n v4\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ a\nb:n_ c\nb:n_ d\nb:n_ f\nb:n_ l\nb:n_ m\nb:n_ n\nb:n_ p\nb:n_ s\nb:n_ v\nb:nabucasa 0\nb:name actionpack\nb:name api\nb:name app\nb:name assertion\nb:name azure\nb:name build\nb:name data\nb:name e2e\nb:name err\nb:name fmt\nb:name for\nb:name fv\nb:name gateway\nb:name is\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name not\nb:name only\nb:name or\nb:name phpunit\nb:name security\nb:name session\nb:name storage\nb:name to\nb:name w\nb:name_ should_\nb:named is_settleable\nb:named shapely\nb:names commonly\nb:namespace has\nb:namespace name\nb:namespace runner\nb:naming to\nb:nanopb 0\nb:native build\nb:native castle\nb:native lib\nb:native_lib native\nb:ndarray v0\nb:ne s\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:need revision\nb:need to\nb:needed and\nb:needed on\nb:needs network\nb:needs review\nb:needs to\nb:nested shallow\nb:nested steps\nb:net 0\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netfx40 csproj\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:netplus netplus\nb:netplus projects\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network errors\nb:network git\nb:network if\nb:network request\nb:network timeout\nb:never ends\nb:never reassigned\nb:never used\nb:new block\nb:new branch\nb:new github\nb:new line\nb:new object\nb:new promise\nb:new ref\nb:new repositories\nb:new tag\nb:newest version\nb:newlib 0\nb:newlib csl\nb:newlib snapshot\nb:newline after\nb:newline before\nb:newline expected\nb:newline n\nb:newly installed\nb:next anonymous\nb:next headers\nb:next js\nb:nexus corp\nb:nguyxn vietflux\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:no any\nb:no artifacts\nb:no attribute\nb:no audit\nb:no bin\nb:no cache\nb:no cacheprovider\nb:no color\nb:no config\nb:no console\nb:no copyright\nb:no corresponding\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no install\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no method\nb:no module\nb:no output\nb:no progress\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no unit\nb:no untyped\nb:no unused\nb:no update\nb:no user\nb:no var\nb:no versions\nb:noble backports\nb:noble in\nb:noble main\nb:noble security\nb:noble updates\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node e\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node longer\nb:node net\nb:node npm\nb:node sha256\nb:node test\nb:node trace\nb:node v10\nb:node v18\nb:node v20\nb:node v4\nb:node version\nb:node was\nb:node_config in\nb:node_modules install\nb:node_modules material\nb:node_modules node\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules ts\nb:node_modules uvu\nb:node_modules vite\nb:node_modules vitest\nb:nodes are\nb:nodesecurity io\nb:non existing\nb:non interactive\nb:non lazy\nb:non matching\nb:non zero\nb:none any\nb:none func\nb:none listed\nb:none manylinux_2_17_x86_64\nb:none no\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:normal d\nb:nosec 0\nb:not advancing\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not begin\nb:not build\nb:not checked\nb:not closed\nb:not compatible\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not enforce\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not return\nb:not run\nb:not set\nb:not support\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not upgraded\nb:not use\nb:not used\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note method\nb:note recompile\nb:note referenced\nb:note some\nb:note switching\nb:note warn\nb:notebook cleanup\nb:notes 0\nb:notes app\nb:notes html\nb:nothing provides\nb:notice changelog\nb:notice s\nb:notice to\nb:notification helper\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:now or\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm ci\nb:npm cli\nb:npm command\nb:npm config\nb:npm corp\nb:npm does\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm pricing\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu ansi\nb:nu get\nb:null 0\nb:null continue\nb:null null\nb:null then\nb:num integer\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number seen\nb:number total\nb:numeric matrix\nb:numpy 0\nb:nvm versions\nb:o 0\nb:o a\nb:o auth\nb:o b\nb:o b_allowed\nb:o building\nb:o cli\nb:o compiling\nb:o d\nb:o detecting\nb:o downloading\nb:o e\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o fonts\nb:o g\nb:o i\nb:o initializing\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o l_\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o profile\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o t_\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o w_\nb:o0 o\nb:o111 m\nb:o2 g\nb:o2 wall\nb:o_ c\nb:o_ h\nb:o_ i\nb:o_ l\nb:o_ m\nb:o_ p\nb:o_ r\nb:o_ t\nb:object anonymous\nb:object c\nb:object is\nb:object to\nb:object where\nb:objects 0\nb:objects consider\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:odder odor\nb:oder order\nb:odor over\nb:oes src\nb:of 0\nb:of a\nb:of all\nb:of apt\nb:of arbitrary\nb:of artifact\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of component\nb:of config\nb:of crystal\nb:of date\nb:of dependencies\nb:of different\nb:of each\nb:of false\nb:of get\nb:of goal\nb:of hoisting\nb:of home\nb:of is\nb:of its\nb:of l\nb:of left\nb:of list\nb:of locate\nb:of master\nb:of memory\nb:of module\nb:of namespace\nb:of org\nb:of p\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of range\nb:of req\nb:of service\nb:of spaces\nb:of statements\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of u\nb:of undefined\nb:of unsafe\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:off this\nb:offenses detected\nb:offline during\nb:offline mode\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:old time\nb:oldcode legacy\nb:older coder\nb:ole planet\nb:omg omg\nb:omg src\nb:omit dev\nb:omit from\nb:on 0\nb:on agent\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on click\nb:on dependencies\nb:on device\nb:on disk\nb:on empty\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on resource\nb:on runner\nb:on swift\nb:on that\nb:on the\nb:on this\nb:on type\nb:on windows\nb:on your\nb:once call_once\nb:once installed\nb:once_cell v1\nb:one of\nb:one or\nb:onepager component\nb:onepager onepager\nb:only allow\nb:only ever\nb:only false\nb:only get\nb:only install\nb:oo8i vb\nb:opam 0\nb:opam opam\nb:open a\nb:open deep\nb:open metadata\nb:open p\nb:open protocol\nb:open t\nb:opencode ai\nb:opencode gemini\nb:opencode gpt\nb:openemr services\nb:openemr sites\nb:opening parenthesis\nb:openproject gitlab_integration\nb:openssh client\nb:openssh server\nb:operand in\nb:operand with\nb:operating system\nb:operation runner\nb:operation timed\nb:operation too\nb:operation was\nb:operation with\nb:operations default\nb:operator hicpp\nb:operator strict\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt homebrew\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option that\nb:option to\nb:option u16\nb:option u64\nb:option vec\nb:optional peer\nb:options execute\nb:or a\nb:or any\nb:or be\nb:or blocks\nb:or cmd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or lower\nb:or more\nb:or namespace\nb:or npm\nb:or one\nb:or package\nb:or pass\nb:or patterns\nb:or rerun\nb:or service\nb:or set\nb:or something\nb:or that\nb:or undo\nb:or use\nb:or windows\nb:order java\nb:order older\nb:order service\nb:ordered fetch\nb:orders db\nb:orders git\nb:orders order\nb:orders src\nb:org 0\nb:org ajoberstar\nb:org alpine\nb:org apache\nb:org conda\nb:org confluence\nb:org directory\nb:org distributions\nb:org example\nb:org gradle\nb:org junit\nb:org licenses\nb:org m2\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org tree\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin linting\nb:origin main\nb:origin master\nb:origin refactor\nb:orjson 0\nb:orphan processes\nb:os archive\nb:os imported\nb:osv dev\nb:other 0\nb:other jobs\nb:other panic\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out in\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outcome success\nb:outer spaces\nb:output above\nb:output client\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output log\nb:output member\nb:output on\nb:output package\nb:output server\nb:output src1489103279\nb:over android\nb:over doer\nb:over elements\nb:over test\nb:override d\nb:overriding h\nb:overview lib\nb:overwrite c\nb:overwrite existing\nb:overwrite false\nb:overwrite settings\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p extra\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p i_\nb:p installed\nb:p k\nb:p l\nb:p liquifact_escrow\nb:p m\nb:p m_\nb:p n\nb:p n_\nb:p netplus\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p s\nb:p t\nb:p t_\nb:p test\nb:p to\nb:p tsconfig\nb:p u\nb:p unit\nb:p y\nb:p y_\nb:p0040 deprecation\nb:p1 r5\nb:p20240420 r2\nb:p256 v0\nb:p_ c\nb:p_ p\nb:p_ s\nb:package a\nb:package actions\nb:package categories\nb:package configuration\nb:package content\nb:package d\nb:package dependencies\nb:package for\nb:package github\nb:package handle\nb:package installs\nb:package is\nb:package jdk\nb:package json\nb:package keywords\nb:package ledger\nb:package level\nb:package libasound2\nb:package license\nb:package license_file\nb:package linux\nb:package list\nb:package lock\nb:package manager\nb:package mavi\nb:package mavivpn\nb:package metadata\nb:package ms\nb:package or\nb:package pkg\nb:package quic\nb:package readme\nb:package repository\nb:package resolved\nb:package shared\nb:package supabase\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package versions\nb:package windows\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages have\nb:packages in\nb:packages lock\nb:packages microsoft\nb:packages net\nb:packages please\nb:packages react\nb:packages read\nb:packages when\nb:packages whose\nb:packaging 0\nb:packed and\nb:pad failed\nb:padding spaces\nb:page isn\nb:page state\nb:page tsx\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:paket packet\nb:pandas 0\nb:panic expected\nb:panic free\nb:panic missing\nb:panic ok\nb:panic test\nb:panic varint\nb:panicked at\nb:panicking rs\nb:panics section\nb:paragraph is\nb:parameter equals\nb:parameter of\nb:parameter should\nb:parameters json\nb:parent 0\nb:parentheses are\nb:parentheses around\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse queues\nb:parse resolve\nb:parse test\nb:parse toolchain\nb:parse units\nb:parse_test go\nb:parser 0\nb:parser from\nb:parser hs\nb:parser py\nb:parser test\nb:parsing a\nb:part of\nb:partition 0\nb:pasha code\nb:pass 0\nb:pass an\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:passkey test\nb:password g\nb:paste v1\nb:patched versions\nb:path 0\nb:path home\nb:path is\nb:path kotlin\nb:path opt\nb:path race\nb:path tex\nb:path users\nb:pathutil pathutil\nb:pattern go\nb:payload u8\nb:pbkdf2 native\nb:pc windows\nb:pdfkit core\nb:pdfkit pdfkit\nb:peer deps\nb:peer include\nb:peer omit\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending federation\nb:pending subtests\nb:performance tests\nb:period terminating\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:pest plugin\nb:pestphp pest\nb:php 0\nb:php array\nb:php return\nb:php slug\nb:php v2\nb:php version\nb:phpkit slugger\nb:phpunit 0\nb:phpunit php\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:phreeqc test\nb:pid 0\nb:pillow 0\nb:pin utils\nb:pin versions\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pip is\nb:pip tools\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline run\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkg types\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:plan reviewer\nb:planet myplanet\nb:platform 0\nb:platform deploy\nb:platform git\nb:platform ops\nb:platform satu\nb:platform shared\nb:platform site\nb:platform theme\nb:platformdirs 0\nb:please check\nb:please read\nb:please refer\nb:please run\nb:please update\nb:please upgrade\nb:please use\nb:plexus plexus\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin org\nb:plugin php\nb:plugin repository\nb:plugins are\nb:plugins gradle\nb:plugins linked\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:plus a\nb:pmd foo\nb:pmd plugin\nb:pnc i\nb:pnpm install\nb:pnpm lock\nb:pod failed\nb:pod running\nb:pod to\nb:pod was\nb:pods 0\nb:poetry lock\nb:pointing to\nb:policy deny_test\nb:policy entirely\nb:policy from\nb:pom org\nb:pom to\nb:pool host\nb:pool main\nb:populate work\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post action\nb:post checkout\nb:post job\nb:post resolution\nb:post run\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potential_utf v0\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:ppv lite86\nb:pr 0\nb:pr go\nb:pr review\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prefix key\nb:prefix of\nb:prefs manager\nb:preinstall install\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:prepared 0\nb:preparer java\nb:preparing metadata\nb:preparing the\nb:preparing to\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:press ctrl\nb:prettier check\nb:prettier code\nb:prettyplease v0\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previous version\nb:price 0\nb:price null\nb:print 0\nb:print summing\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem unexpected\nb:problem with\nb:problems 0\nb:problems problems\nb:problems report\nb:proc macro2\nb:proceed with\nb:process completed\nb:process did\nb:process env\nb:process exit\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:process usr\nb:processing triggers\nb:processing wheels\nb:processor should\nb:prod dev\nb:prod exited\nb:prod noble\nb:production only\nb:profile exclude\nb:profile include\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:program unzstd\nb:programming scratch\nb:progress deadline\nb:progress force\nb:progress meter\nb:progress true\nb:project 0\nb:project actions\nb:project dependencies\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project kotlin\nb:project name\nb:project org\nb:project src\nb:project version\nb:project w\nb:projectcleverweb lastautoindex\nb:projects cmake\nb:projects egeria\nb:projects openemr\nb:promise anonymous\nb:promise ensure\nb:prompt file\nb:propcache 0\nb:properly see\nb:properties insert\nb:properties of\nb:properties rs\nb:property colr\nb:property line\nb:property no\nb:property or\nb:proto 0\nb:proto gen\nb:proto https\nb:protoc gen\nb:protocol dependencies\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided path\nb:provided to\nb:provider github\nb:provider lib\nb:provider plugins\nb:provides a\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune origin\nb:psutil 0\nb:pub cache\nb:pub dependencies\nb:pub fn\nb:pub key\nb:public acls\nb:public build\nb:public class\nb:public license\nb:public org\nb:publish py\nb:pull 0\nb:pull complete\nb:pull image\nb:pull rate\nb:pull request\nb:pulling docker\nb:pulling fs\nb:punctuation at\nb:punycode module\nb:pure build\nb:pure kotlin\nb:pure src\nb:push 0\nb:pv4 transport\nb:pwsh e\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py g\nb:py git\nb:py healthy\nb:py imports\nb:py jobs\nb:py line\nb:py p\nb:py r\nb:py reports\nb:py socks\nb:py stats\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_timeout_is_retried\nb:py y\nb:py2 py3\nb:py3 none\nb:pycognito 0\nb:pydantic 0\nb:pydantic core\nb:pydantic settings\nb:pygments 0\nb:pyo3 macros\nb:pyo3 v0\nb:pyproject toml\nb:pyproject_hooks from\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest homeassistant\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python dateutil\nb:python location\nb:python m\nb:python names\nb:python scripts\nb:python sha256\nb:python tests\nb:python v5\nb:python version\nb:python2_ r\nb:python3 0\nb:python3 m\nb:python3_ r\nb:python_ r\nb:pytz 0\nb:pyyaml 0\nb:q a\nb:q l_\nb:q p\nb:q release\nb:q u\nb:qty 0\nb:qualified_races json\nb:quant timeseries\nb:quantity 0\nb:quasar go\nb:queue js\nb:queue queue\nb:queued 0\nb:quic tester\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r a_\nb:r always\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r dependency\nb:r e\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r f\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r home\nb:r https\nb:r i\nb:r im\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r load\nb:r m\nb:r m_\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r opt\nb:r p\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r resolution\nb:r retrying\nb:r reuse\nb:r s\nb:r script\nb:r see\nb:r stack\nb:r t\nb:r t_\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r users\nb:r var\nb:r x\nb:r y\nb:r y_\nb:r_ a\nb:r_ p\nb:r_ r\nb:race report\nb:rails rails\nb:rails security\nb:raise parse\nb:rake aborted\nb:rake foo\nb:rake test\nb:ran 0\nb:ran all\nb:ran longer\nb:rand v0\nb:rand_chacha v0\nb:rand_core v0\nb:range 0\nb:range start\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:raw_race_data json\nb:rb 0\nb:rb git\nb:rb money\nb:rc 0\nb:rc2 v1\nb:rdk rules\nb:re run\nb:reach block\nb:reached operation\nb:reached the\nb:reached your\nb:react 0\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read error\nb:read errors\nb:read file\nb:read more\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:read_capsule buf\nb:reading database\nb:reading prototype\nb:reading state\nb:readline 0\nb:readme md\nb:readme metadata\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:receiving objects\nb:recent call\nb:recieve the\nb:recognized word\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:record record_sheet\nb:record sheet\nb:record_sheet dart\nb:recorded in\nb:records for\nb:redis 0\nb:ref 0\nb:ref and\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:refactor 0\nb:refer to\nb:reference c\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refs tags\nb:refs west\nb:refused connect\nb:refused simple\nb:reg exp\nb:regex 0\nb:regexp core\nb:regexp http\nb:regexp include\nb:region centralus\nb:region eastus2\nb:region northcentralus\nb:region westus\nb:register layer\nb:register passkey\nb:registry 0\nb:registry https\nb:registry npm\nb:registry npmjs\nb:registry src\nb:registry ts\nb:rego data\nb:regression bridge\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:release 0\nb:release cmake\nb:release cygwin\nb:release gpg\nb:release https\nb:release kotlin\nb:release notes\nb:release sh\nb:release skipped\nb:release source\nb:release target\nb:release timed\nb:releases download\nb:releases protoc\nb:releases tag\nb:releases then\nb:relying on\nb:remaining 0\nb:remote add\nb:remote all\nb:remote compressing\nb:remote counting\nb:remote git\nb:remotes origin\nb:remotes pull\nb:remove and\nb:remove build\nb:remove return\nb:remove stale\nb:remove the\nb:removed in\nb:removing credentials\nb:removing h\nb:removing include\nb:removing previous\nb:removing s\nb:renamed to\nb:renamed via\nb:render engine\nb:renders the\nb:replaced with\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report api\nb:report at\nb:report attribute\nb:report html\nb:report is\nb:report py\nb:report to\nb:report ui\nb:reported by\nb:reported issue\nb:reporter github\nb:reports 0\nb:reports alongside\nb:reports problems\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repositories which\nb:repository acme\nb:repository actions\nb:repository andi\nb:repository apis\nb:repository astral\nb:repository codecov\nb:repository datakit\nb:repository directory\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository gradle\nb:repository https\nb:repository ic3bur\nb:repository im\nb:repository in\nb:repository kangkabseok2021\nb:repository ledger\nb:repository liquifact\nb:repository maps\nb:repository masonj0\nb:repository metadata\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository ruby\nb:repository rusty\nb:repository shivammathur\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository swatinem\nb:repository textkit\nb:repository timekit\nb:repository zerox80\nb:req capability\nb:request 0\nb:request canceled\nb:request for\nb:request handler\nb:request py\nb:request sent\nb:request timed\nb:request to\nb:requested tasks\nb:requested u\nb:requests 0\nb:requests call\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required input\nb:required is\nb:required module\nb:required node\nb:required plugins\nb:required tasks\nb:required true\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements dev\nb:requirements to\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:rerun with\nb:reserve cache\nb:reset branch\nb:reset by\nb:resolution dealing\nb:resolution impossible\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolvable dependencies\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve docker\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolve s\nb:resolved 0\nb:resolved because\nb:resolved failed\nb:resolved file\nb:resolved java\nb:resolving deltas\nb:resolving dependencies\nb:resolving to\nb:resource aws_s3_bucket\nb:resource directory\nb:resource missing\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response read\nb:response status\nb:rest src\nb:restore cache\nb:restore can\nb:restore keys\nb:restore to\nb:restore v8\nb:restored from\nb:restored successfully\nb:restoring cache\nb:restricted amd64\nb:restricted to\nb:result 0\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retain commits\nb:retention days\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry connrefused\nb:retry delay\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retry workflow\nb:retrying fetch\nb:return 0\nb:return a\nb:return bootstrap\nb:return dict\nb:return statement\nb:return str\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned error\nb:returned exit\nb:returning a\nb:returning any\nb:returns none\nb:returns value\nb:reuse docs\nb:reuse latest\nb:reuse lint\nb:rev parse\nb:review allow\nb:review other\nb:reviewdog action\nb:reviewer agent\nb:reviewer cogni\nb:revision 0\nb:revision v0\nb:revive exported\nb:right failed\nb:ring c\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf c\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:ringbuf wraparound\nb:risky file\nb:rm cannot\nb:rm rf\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:role wine\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root bundler\nb:root depends\nb:root directory\nb:root gradle\nb:root install\nb:root md\nb:root project\nb:root when\nb:rootdir home\nb:rootstock integration\nb:ropenscilabs available\nb:routes and\nb:rpc api\nb:rpmbuild b\nb:rs 0\nb:rs cargo\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs tmp\nb:rs v0\nb:rskj core\nb:rskj rskj\nb:rsksmart rootstock\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby builder\nb:ruby json\nb:ruby ruby\nb:ruby setup\nb:ruby sha256\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff 0\nb:ruff check\nb:ruff format\nb:rule preset\nb:rules config\nb:rules e\nb:rules property\nb:rules using\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run astral\nb:run bash\nb:run build\nb:run bundler\nb:run can\nb:run cargo\nb:run cd\nb:run cmake\nb:run composer\nb:run construct\nb:run create\nb:run curl\nb:run default\nb:run deno\nb:run disable\nb:run dtolnay\nb:run echo\nb:run elm\nb:run enable\nb:run every\nb:run failed\nb:run file\nb:run format\nb:run g\nb:run go\nb:run gradlew\nb:run if\nb:run in\nb:run index\nb:run install\nb:run ktlint\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run of\nb:run on\nb:run options\nb:run parse\nb:run phpunit\nb:run pip\nb:run poetry\nb:run pre\nb:run profiler\nb:run pytest\nb:run python\nb:run restore\nb:run ruby\nb:run rustc\nb:run rustup\nb:run script\nb:run scripts\nb:run set\nb:run sh\nb:run shivammathur\nb:run swatinem\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run timeout\nb:run tsc\nb:run with\nb:run work\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner cargo\nb:runner dist\nb:runner eebxo6ax\nb:runner git\nb:runner gitconfig\nb:runner go\nb:runner gradle\nb:runner has\nb:runner hostedtoolcache\nb:runner image\nb:runner images\nb:runner is\nb:runner issues\nb:runner java\nb:runner local\nb:runner m2\nb:runner namespace\nb:runner npm\nb:runner pub\nb:runner run\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runner_temp git\nb:runneradmin cargo\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running c\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running task\nb:running timed\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs for\nb:runs of\nb:runs s\nb:runtime test\nb:rust 0\nb:rust build\nb:rust cache\nb:rust clippy\nb:rust environment\nb:rust fmt\nb:rust lang\nb:rust lint\nb:rust rust\nb:rust sha256\nb:rust std\nb:rust toolchain\nb:rust version\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustc stable\nb:rustfmt clippy\nb:rustix v1\nb:rustup command\nb:rustup default\nb:rustup dev\nb:rustup if\nb:rustup init\nb:rustup rs\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s 0\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s build\nb:s c\nb:s c2086\nb:s chars\nb:s ci\nb:s commit\nb:s connection\nb:s create\nb:s d\nb:s detected\nb:s done\nb:s e\nb:s e_\nb:s eta\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s js\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s md\nb:s o\nb:s o2\nb:s on\nb:s p\nb:s pf\nb:s q\nb:s r\nb:s rx\nb:s s\nb:s s_\nb:s score\nb:s sit\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s then\nb:s transform\nb:s true\nb:s u\nb:s v\nb:s version\nb:s w\nb:s with\nb:s x\nb:s y\nb:s0103 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s2n run\nb:s3 block\nb:s6 vzpvo\nb:s_ a\nb:s_ c\nb:s_ i\nb:s_ r\nb:s_ t\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sample rdk\nb:samples sample\nb:sanitizer heap\nb:sardonyx xenial\nb:satisfies the\nb:satu platform\nb:save always\nb:save if\nb:saving state\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:schedule requested\nb:schema https\nb:scikit base\nb:scikit learn\nb:scipy 0\nb:scm billing\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:scratch test\nb:screen kt\nb:screens assets\nb:screens auth\nb:screens bills\nb:screens book\nb:screens budget\nb:screens charts\nb:screens discover\nb:screens home\nb:screens me\nb:screens record\nb:screens server\nb:screens settings\nb:screens vpn\nb:script 0\nb:script build\nb:script contents\nb:script heap\nb:script lint\nb:script on\nb:script policy\nb:script returned\nb:script s\nb:scripts debug_html_parser\nb:scripts deploy\nb:scripts generate_summary\nb:scripts git\nb:scripts ie\nb:scripts ignore\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts package\nb:scripts policy\nb:scripts run\nb:scripts specified\nb:sdk 0\nb:sdk api\nb:sdk flutter\nb:sdk js\nb:sdk linux\nb:sdk macros\nb:sdk targets\nb:sdk telemetry\nb:sdk v25\nb:sdks microsoft\nb:search ts\nb:sebastian bergmann\nb:sec command_line_warnings\nb:sec transferred\nb:sec1 v0\nb:second 0\nb:second federation\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secretstorage 0\nb:secs 0\nb:section 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security auditor\nb:security cryptography\nb:security implications\nb:security in\nb:security issue\nb:security main\nb:security multiverse\nb:security policy\nb:security universe\nb:security vulnerabilities\nb:security vulnerability\nb:sed i\nb:sed ne\nb:see a\nb:see also\nb:see full\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:seen was\nb:select a\nb:select packages\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:semver v1\nb:send email\nb:sensor c\nb:sensor sensor\nb:sent awaiting\nb:separate line\nb:separated list\nb:sequence any\nb:sequential filter_numbers\nb:serde v1\nb:serde_derive v1\nb:serde_json json\nb:serde_json v1\nb:serde_with v3\nb:server 0\nb:server app\nb:server client\nb:server compiled\nb:server component\nb:server entries\nb:server exec\nb:server failed\nb:server id\nb:server list\nb:server message\nb:server npm\nb:server password\nb:server request\nb:server server_list_page\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:server_list_page dart\nb:service 0\nb:service found\nb:service git\nb:service github\nb:service in\nb:service is\nb:service kt\nb:service not\nb:service notification\nb:service php\nb:service responded\nb:service run\nb:service src\nb:service ts\nb:service unavailable\nb:services gradle\nb:services keystore\nb:services user\nb:session dart\nb:session provider\nb:session starts\nb:set build\nb:set c\nb:set check\nb:set file\nb:set interval\nb:set n\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set then\nb:set to\nb:set up\nb:sets the\nb:setting config\nb:setting java\nb:setting up\nb:settings 0\nb:settings page\nb:settings screen\nb:settings true\nb:settings xml\nb:settings_page dart\nb:settled_at must\nb:settlement rs\nb:setup 0\nb:setup builddir\nb:setup go\nb:setup gradle\nb:setup java\nb:setup node\nb:setup p\nb:setup php\nb:setup python\nb:setup ruby\nb:setup sh\nb:setup tools\nb:setup uv\nb:setuptools 0\nb:setuptools wheel\nb:several a\nb:severity 0\nb:severity e\nb:sf https\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh setup\nb:sh sh\nb:sh tmp\nb:sh uv\nb:sha256 0\nb:sha256 done\nb:shallow linked\nb:share cmake\nb:share dotnet\nb:share julia\nb:shared config\nb:shared is\nb:shared rollup\nb:shared src\nb:shared updates\nb:sheet state\nb:shell 0\nb:shell bin\nb:shell c\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shims on\nb:shivammathur setup\nb:shodh memory\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco pricing\nb:shopco report\nb:shopco shop\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should create\nb:should equal\nb:should go\nb:should have\nb:should list\nb:should migrate\nb:should not\nb:should notify\nb:should panic\nb:should start\nb:should_ fail\nb:show app\nb:show error\nb:show progress\nb:show where\nb:shrinkwrap json\nb:shutdown signal\nb:sid snapshot\nb:side of\nb:sidekick apis\nb:signal terminated\nb:signal this\nb:signed bitwise\nb:signed integer\nb:signedness int\nb:significantly since\nb:silent show\nb:simd adler32\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulator arm64\nb:simulators ethereum\nb:sin lat2\nb:since poetry\nb:sit list\nb:site command\nb:site deploy\nb:site docs\nb:site packages\nb:site scripting\nb:site theme\nb:site tools\nb:sites default\nb:six 0\nb:sixty seconds\nb:size is\nb:skills a\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping analysis\nb:skipping git\nb:skipping integrity\nb:sleep go\nb:slice will\nb:sln t\nb:slow less\nb:slug php\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:sme env\nb:smoke regression\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot 0\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so implausibly\nb:so it\nb:so now\nb:so restore\nb:socket emit\nb:socket2 v0\nb:sockeye image_captioning\nb:socks 0\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:soroban env\nb:soroban sdk\nb:soroban_sdk address\nb:soroban_sdk events\nb:sorted and\nb:source actions\nb:source code\nb:source commit\nb:source dir\nb:source file\nb:source files\nb:source from\nb:source set\nb:source sets\nb:source tree\nb:source tutor\nb:source venv\nb:source_span 0\nb:sourcerygxx 0\nb:sources from\nb:space 0\nb:space berui\nb:space between\nb:space left\nb:space s\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spacing after\nb:sparse checkout\nb:sparse registry\nb:spdx org\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified deadline\nb:specified in\nb:specifiers in\nb:specs from\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:spurious network\nb:sr ht\nb:src android\nb:src api\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src blur\nb:src c\nb:src cart\nb:src client\nb:src codegen\nb:src common\nb:src components\nb:src config\nb:src copy\nb:src core\nb:src css\nb:src d\nb:src drone\nb:src ethereum\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src hooks\nb:src index\nb:src infrastructure\nb:src invoice\nb:src iter\nb:src lando\nb:src lib\nb:src liquid\nb:src main\nb:src masque\nb:src microsoft\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src powpeg\nb:src registry\nb:src ring\nb:src ringbuf\nb:src rskj\nb:src scene\nb:src scripts\nb:src search\nb:src sidekick\nb:src src\nb:src stats\nb:src storefront\nb:src styles\nb:src task\nb:src tauri\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src tests\nb:src time\nb:src tools\nb:src ts\nb:src tsbootstrap\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh command\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stabilized in\nb:stable 0\nb:stable aarch64\nb:stable minus\nb:stable profile\nb:stable s\nb:stable version\nb:stable x86_64\nb:stable_deref_trait v1\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stack_trace 0\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp 0\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start action\nb:start alarm\nb:start at\nb:start check\nb:start cleaning\nb:start line\nb:start of\nb:start on\nb:start tracking\nb:start with\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting a\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:starts with\nb:startup 0\nb:starves it\nb:state 0\nb:state and\nb:state information\nb:state java\nb:state lib\nb:state run\nb:state session\nb:state transition\nb:state without\nb:state you\nb:statement is\nb:statement no\nb:stats core\nb:stats py\nb:stats tally\nb:status 0\nb:status code\nb:status done\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stderr src\nb:stdlib go1\nb:stdlib v1\nb:stdune 0\nb:stellar strkey\nb:step 0\nb:step saving\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:storage lib\nb:stored client\nb:stored in\nb:stored settle_ts\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str any\nb:str arg\nb:str assignment\nb:str has\nb:str none\nb:str usize\nb:strategy for\nb:strategy hoisted\nb:stream 0\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string is\nb:string message\nb:string_scanner 0\nb:strings are\nb:strings to\nb:strip components\nb:strkey v0\nb:strsim v0\nb:struct liquifact\nb:structure test\nb:stub files\nb:studio 0\nb:studio threading\nb:studios cargo\nb:style issues\nb:style omit\nb:stylelint 0\nb:stylelint formatter\nb:stylelint io\nb:stylelint problem\nb:styles app\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:subject to\nb:submit audit\nb:submodules false\nb:submodules setup\nb:subosito_flutter action\nb:subprocess call\nb:subsequent builds\nb:subtests node\nb:subtle v2\nb:succeeded 0\nb:success 0\nb:success conclusion\nb:success duration_ms\nb:successfully got\nb:successfully installed\nb:successfully set\nb:such as\nb:such file\nb:such tool\nb:sudo apt\nb:sudo if\nb:suffixed with\nb:suite expected\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:summary true\nb:summing xs\nb:sun nio\nb:sun xml\nb:supabase client\nb:support appcompat\nb:support targeting\nb:supported and\nb:supported file\nb:supports git\nb:supports n\nb:suppress this\nb:sure it\nb:sure that\nb:sure the\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svelte bun\nb:svelte kit\nb:svelte svelte\nb:sveltejs adapter\nb:svg from\nb:swatinem rust\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch c\nb:switch command\nb:switch to\nb:switched to\nb:switching back\nb:switching to\nb:symbol class\nb:symfony polyfill\nb:symlinks or\nb:sync client\nb:sync from\nb:sync is\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:system text\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t core\nb:t could\nb:t d\nb:t defined\nb:t done\nb:t e\nb:t e_\nb:t entries\nb:t f\nb:t find\nb:t found\nb:t from\nb:t g\nb:t h\nb:t h_\nb:t https\nb:t i\nb:t in\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t line\nb:t load\nb:t m\nb:t match\nb:t modules\nb:t o\nb:t opt\nb:t p\nb:t r\nb:t reach\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t sdk\nb:t slug\nb:t state\nb:t t\nb:t target\nb:t test\nb:t type\nb:t u\nb:t want\nb:t wstat\nb:t x64\nb:t y\nb:t00 0\nb:t02 0\nb:t03 0\nb:t06 0\nb:t08 0\nb:t09 0\nb:t10 0\nb:t10_00_00_000 z\nb:t12 0\nb:t14 0\nb:t15 0\nb:t16 0\nb:t17 0\nb:t18 0\nb:t19 0\nb:t20 0\nb:t21 0\nb:t22 0\nb:t_ b\nb:t_ c\nb:t_ d\nb:t_ f\nb:t_ i\nb:t_ p\nb:t_ r\nb:t_ s\nb:t_ t\nb:tabs tabs\nb:tabs ts\nb:tag 0\nb:tag binutils\nb:tag cgen\nb:tag cygwin\nb:tag gdb\nb:tag must\nb:tag nanopb\nb:tag newlib\nb:tag releases\nb:tag sid\nb:tag ubuntu24\nb:tag v0\nb:tag v1\nb:tag v2\nb:tag zephyr\nb:tags false\nb:tags v\nb:tags v0\nb:tags v260816\nb:take a\nb:take empties\nb:takes 0\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar gz\nb:tar internal\nb:tar openssh\nb:tar posix\nb:tar xf\nb:tar xz\nb:tar xzv\nb:tarball 0\nb:tarball error\nb:tarball files\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target n\nb:target of\nb:target s\nb:target t\nb:target w\nb:targeting n\nb:targets 0\nb:targets d\nb:targets do\nb:targets for\nb:targets microsoft\nb:targets true\nb:task 0\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task generate\nb:task get\nb:task java\nb:task key\nb:task kt\nb:task persona_flutter\nb:task pre\nb:task prebuild\nb:task run\nb:task with\nb:task_queues 0\nb:taskrun that\nb:tasks 0\nb:tasks default\nb:tasks execution\nb:tasks py\nb:tasks t\nb:tasks task\nb:tasks utility\nb:tauri cargo\nb:tauri conf\nb:tauri windows_\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:te x\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:tells npm\nb:temp 0\nb:temp agents\nb:temp git\nb:temp rustup\nb:temp setup\nb:temp skills\nb:temp true\nb:temperatures calls\nb:template 0\nb:template section\nb:template ts\nb:templates tests\nb:temporalio sln\nb:temporarily overriding\nb:temporary git\nb:temps js\nb:temurin hotspot_jdk\nb:ten off\nb:term v0\nb:term_glyph 0\nb:terminated program\nb:terminating with\nb:terraform fmt\nb:terraform init\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test android\nb:test b8ej_\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test coverage\nb:test creating\nb:test days\nb:test debug\nb:test default\nb:test dir\nb:test dll\nb:test drone\nb:test duration\nb:test environment\nb:test error\nb:test exited\nb:test f\nb:test failed\nb:test failures\nb:test fetch\nb:test fetcher\nb:test file\nb:test files\nb:test fixed\nb:test fixtures\nb:test from\nb:test frontend\nb:test get\nb:test go\nb:test greeting\nb:test hello\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kotlin\nb:test kt\nb:test linux\nb:test load\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test money_test\nb:test new\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test php\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test release\nb:test reporter\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test source\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test three\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test ubuntu\nb:test v\nb:test validate\nb:test watch\nb:test windows\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_ringbuf c\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_tools py\nb:test_unicode tests\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:tester is\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests actions\nb:tests admin\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests csproj\nb:tests did\nb:tests failed\nb:tests failing\nb:tests feature\nb:tests files\nb:tests for\nb:tests from\nb:tests func1\nb:tests in\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests properties\nb:tests ring_test\nb:tests rit\nb:tests rootstock\nb:tests run\nb:tests see\nb:tests settlement\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_ringbuf\nb:tests test_slugs\nb:tests test_stock\nb:tests u\nb:tests unit\nb:tests__ evaluator\nb:tex range\nb:text json\nb:text startup\nb:textkit parser\nb:textkit slug\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than initial\nb:than once\nb:than or\nb:than the\nb:thanh nguyxn\nb:thapa wlctl\nb:that allows\nb:that are\nb:that does\nb:that is\nb:that it\nb:that need\nb:that runs\nb:that satisfies\nb:that scrapling\nb:that supports\nb:that terminates\nb:that the\nb:that two\nb:that were\nb:the 0\nb:the a\nb:the ability\nb:the above\nb:the action\nb:the agent\nb:the allow\nb:the ammount\nb:the apache\nb:the attribute\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checkout\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the configured\nb:the conflict\nb:the constraint\nb:the contents\nb:the context\nb:the coverage\nb:the crate\nb:the current\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the ends\nb:the error\nb:the errors\nb:the expected\nb:the expression\nb:the extra\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the format\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the gradle\nb:the highlights\nb:the host\nb:the initial\nb:the install\nb:the installation\nb:the job\nb:the just\nb:the last\nb:the latest\nb:the license\nb:the limit\nb:the lint\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the message\nb:the method\nb:the mix\nb:the module\nb:the n\nb:the name\nb:the newest\nb:the next\nb:the node\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the packages\nb:the path\nb:the pkg\nb:the plugin\nb:the process\nb:the project\nb:the provided\nb:the proxy\nb:the punycode\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the requested\nb:the requirement\nb:the restore\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the specified\nb:the strategy\nb:the switch\nb:the sync\nb:the temporary\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the types\nb:the upstream\nb:the version\nb:the warning\nb:the workspace\nb:the x\nb:thebeatles item\nb:them and\nb:theme dart\nb:theme git\nb:theme kt\nb:theme site\nb:theme theme\nb:then 0\nb:then any_\nb:there appears\nb:there are\nb:there is\nb:there were\nb:these values\nb:they are\nb:this advice\nb:this can\nb:this command\nb:this could\nb:this declaration\nb:this default\nb:this environment\nb:this error\nb:this expression\nb:this function\nb:this functionality\nb:this install\nb:this is\nb:this message\nb:this method\nb:this module\nb:this operation\nb:this please\nb:this potentially\nb:this project\nb:this release\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:this warning\nb:thiserror impl\nb:thiserror v1\nb:thread 0\nb:thread execution\nb:thread included\nb:thread main\nb:threading csproj\nb:threading microsoft\nb:threading src\nb:three failed\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time lifecycle\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:time stamp\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout exceeded\nb:timeout file\nb:timeout node\nb:timeout of\nb:timeout v0\nb:timeout was\nb:timeouts are\nb:timers 0\nb:times checking\nb:timeseries timeseries\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title bandit\nb:title lint\nb:title n\nb:title stylelint\nb:title want\nb:tldextract 0\nb:tlsv1 0\nb:tmp 0\nb:tmp pnc\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:tmp tmp\nb:tmp zmk\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to azure\nb:to be\nb:to blob\nb:to build\nb:to but\nb:to c\nb:to call\nb:to capture\nb:to central\nb:to change\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to configure\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to create\nb:to credentials\nb:to date\nb:to deserialize\nb:to detect\nb:to display\nb:to docker\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to false\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to git\nb:to github\nb:to gradle\nb:to have\nb:to high\nb:to home\nb:to ignore\nb:to image\nb:to install\nb:to java\nb:to l\nb:to load\nb:to main\nb:to make\nb:to manually\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to omit\nb:to open\nb:to opt\nb:to override\nb:to p\nb:to parameter\nb:to parse\nb:to prevent\nb:to provide\nb:to pull\nb:to query\nb:to re\nb:to read\nb:to refs\nb:to register\nb:to remove\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to retain\nb:to return\nb:to root\nb:to run\nb:to s\nb:to save\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to stable\nb:to start\nb:to suppress\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to u64\nb:to underlying\nb:to unpack\nb:to unsigned\nb:to update\nb:to use\nb:to users\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:toast isn\nb:todo 0\nb:token 0\nb:token manager\nb:token sme\nb:tokens on\nb:tokio v1\nb:toml 0\nb:toml changed\nb:toml finished\nb:toml started\nb:too long\nb:too many\nb:too slow\nb:took 0\nb:took longer\nb:tool cache\nb:tool covdata\nb:tool is\nb:toolbox toolbox\nb:toolcache ruby\nb:toolchain 0\nb:toolchain g\nb:toolchain install\nb:toolchain is\nb:toolchain none\nb:toolchain set\nb:toolchain stable\nb:toolchain then\nb:toolchain toolchain\nb:toolchain version\nb:toolchains xml\nb:tools 0\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools preview\nb:tools test_tools\nb:tools tests__\nb:toomanyrequests you\nb:top level\nb:top required\nb:top vec\nb:topics dependency\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:total xs\nb:touch d\nb:touch home\nb:tower http\nb:tower v0\nb:trace by\nb:trace deprecation\nb:trace file\nb:trace of\nb:trace run\nb:traceback most\nb:tracing core\nb:track origin\nb:tracking orphan\nb:trailing comma\nb:trailing space\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:transferred the\nb:transferring context\nb:transferring dockerfile\nb:transform 0\nb:transition controller\nb:translation en\nb:transport got\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree demospring\nb:tree git\nb:tree node_modules\nb:tree on\nb:tree org\nb:tree sitter\nb:tree src\nb:triggers for\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trims punctuation\nb:trouble with\nb:true and\nb:true bypass\nb:true displays\nb:true failed\nb:true identified\nb:true inputs\nb:true npm\nb:true object\nb:true submit\nb:true to\nb:true truthy\nb:true turn\nb:truncate never\nb:truncate test\nb:truncate the\nb:trunk and\nb:trusty updates\nb:truthy value\nb:try remaining\nb:try rustc\nb:try_from and\nb:trying to\nb:ts 0\nb:ts cart\nb:ts client\nb:ts format\nb:ts git\nb:ts invoices\nb:ts loader\nb:tsbootstrap backends\nb:tsbootstrap pyproject\nb:tsbootstrap services\nb:tsbootstrap src\nb:tsbootstrap tsbootstrap\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:turn off\nb:turn the\nb:two arrays\nb:two strings\nb:tx builder\nb:txt 0\nb:txt mirrorlist\nb:txt use\nb:type annotation\nb:type answer\nb:type argument\nb:type budget\nb:type charts\nb:type coercion\nb:type comparison\nb:type discover\nb:type error\nb:type flow\nb:type generator\nb:type hard\nb:type home\nb:type ignore\nb:type int\nb:type is\nb:type list\nb:type login\nb:type native\nb:type none\nb:type number\nb:type of\nb:type or\nb:type record\nb:type remote\nb:type running\nb:type sequence\nb:type so\nb:type str\nb:type string\nb:type test\nb:type u32\nb:typed_data 0\nb:typenum v1\nb:types 0\nb:types in\nb:types int\nb:types of\nb:types react\nb:types to\nb:typescript eslint\nb:typescript starter\nb:typescript version\nb:typing extensions\nb:typing import\nb:typing list\nb:typo location\nb:tzdata 0\nb:tzst p\nb:u 0\nb:u b\nb:u b_\nb:u c\nb:u cogni\nb:u d\nb:u e\nb:u e_\nb:u g\nb:u i\nb:u l\nb:u m\nb:u n\nb:u p\nb:u p_\nb:u r\nb:u s\nb:u t\nb:u to\nb:u v_\nb:u1004 the\nb:u1403 package\nb:u16 u16\nb:u1903 warning\nb:u32 0\nb:u32 cannot\nb:u64 can\nb:u64 to\nb:u64 u8\nb:u8 option\nb:u8 to\nb:u8 usize\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu noble\nb:ubuntu pool\nb:ubuntu ubuntu2404\nb:ubuntu v\nb:ubuntu0 0\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ubuntu3 0\nb:ui ab0x\nb:ui app\nb:ui components\nb:ui core\nb:ui kt\nb:ui report\nb:ui screens\nb:ui styles\nb:ui theme\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined class\nb:undefined err\nb:undefined github\nb:undefined method\nb:undefined min\nb:undefined name\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:undo this\nb:unexpected argument\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected indentation\nb:unexpected newline\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode ident\nb:unicode title\nb:unidecode 0\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:universe amd64\nb:universe translation\nb:unknown 0\nb:unknown coupon\nb:unknown in\nb:unknown keyword\nb:unknown licenses\nb:unknown linux\nb:unknown property\nb:unknown word\nb:unlabeled 0\nb:unneeded return\nb:unnested or\nb:unoptimized debuginfo\nb:unordered key\nb:unpack 0\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsafe yaml\nb:unsatisfiable requirements\nb:unschedulable 0\nb:unset all\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:unsupported engine\nb:unter under\nb:until assertions\nb:untyped decorator\nb:untyped def\nb:untyped defs\nb:untyped functions\nb:untyped misc\nb:unused 0\nb:unused function\nb:unused ignore\nb:unused import\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused type\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up auth\nb:up c\nb:up go\nb:up j\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update collections\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update model\nb:update on\nb:update or\nb:update run\nb:update the\nb:update to\nb:update xml\nb:update your\nb:updated because\nb:updated but\nb:updates for\nb:updates in\nb:updates main\nb:updates multiverse\nb:updates restricted\nb:updates test\nb:updates tsx\nb:updates universe\nb:updating 0\nb:updating crates\nb:updating files\nb:upgrade connection\nb:upgrade pip\nb:upgrade to\nb:upgrade your\nb:upgraded 0\nb:upgrading https\nb:upload artifact\nb:upload of\nb:uploading artifact\nb:uploading artifacts\nb:ureq v2\nb:url https\nb:urllib request\nb:urllib3 0\nb:usage of\nb:use a\nb:use apt\nb:use compress\nb:use const\nb:use eslint\nb:use git\nb:use home\nb:use in\nb:use it\nb:use let\nb:use node\nb:use of\nb:use passkey\nb:use pip\nb:use prettier\nb:use search\nb:use the\nb:use try_from\nb:use window\nb:used as\nb:used before\nb:used config\nb:used directly\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used to\nb:used typescript\nb:used unable\nb:user content\nb:user git\nb:user home\nb:user interface\nb:user lib\nb:userguide command_line_interface\nb:userland alternative\nb:username g\nb:users api\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users david\nb:users john\nb:users jonesn\nb:users js\nb:users julian\nb:users kevin\nb:users koen\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users runner\nb:users runneradmin\nb:users usr\nb:using 0\nb:using build\nb:using c\nb:using cached\nb:using check\nb:using docker\nb:using existing\nb:using first\nb:using from\nb:using master\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:usr src\nb:util concurrent\nb:util dart\nb:util is\nb:util java\nb:util test\nb:util v0\nb:utility bash\nb:utils 0\nb:utils csv\nb:utils export\nb:utils format\nb:utils geo\nb:utils test\nb:utils v0\nb:utxos rule\nb:uuid v\nb:uuid v1\nb:uv 0\nb:uv cache\nb:uv install\nb:uv pip\nb:uv sync\nb:uv_manager py\nb:uw u\nb:v 0\nb:v a\nb:v a_\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v p\nb:v prune\nb:v rustup\nb:v rxs\nb:v s\nb:v v\nb:v v1\nb:v0 0\nb:v0 rust\nb:v1 0\nb:v1 app\nb:v1 s\nb:v1 unable\nb:v10 0\nb:v18 0\nb:v2 0\nb:v2 dockerfile\nb:v2 net\nb:v2 or\nb:v2 s\nb:v20 0\nb:v25 0\nb:v260816 0\nb:v3 0\nb:v3 s\nb:v3 tests\nb:v4 0\nb:v4 dist\nb:v4 s\nb:v5 0\nb:v5 s\nb:v6 0\nb:v6 s\nb:v7 0\nb:v8 0\nb:v8 gradle\nb:v8 internal\nb:v9 are\nb:v_ c\nb:valid alias\nb:valid license\nb:valid python\nb:validation failed\nb:validations should\nb:validator 0\nb:validator test\nb:value 0\nb:value as\nb:value but\nb:value for\nb:value is\nb:value it\nb:value lib\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable advice\nb:variable declaration\nb:variable error_count\nb:variable for\nb:variable has\nb:variable home\nb:variable name\nb:variable not\nb:variable of\nb:variables can\nb:variance variate\nb:variant filter\nb:variant variance\nb:variante variant\nb:variants vueapp\nb:varint out\nb:vars identifier\nb:vec u8\nb:vendor bin\nb:vendor modules\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verbose grep\nb:verbose sed\nb:verification failed\nb:verification metadata\nb:verify false\nb:verify the\nb:verifying checksum\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version of\nb:version provider\nb:version solving\nb:version spec\nb:version that\nb:version v\nb:version v1\nb:version v2\nb:version v6\nb:version verbose\nb:version version\nb:version_check v0\nb:versions 0\nb:versions baseline\nb:versions for\nb:versions in\nb:versions may\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:via pandas\nb:via this\nb:vietflux ime\nb:view model\nb:viewmodel vpn\nb:viper bind\nb:virtual environment\nb:virtualenv 0\nb:visit https\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest dist\nb:vitest run\nb:vitest runner\nb:viz dashboard\nb:vpn android\nb:vpn cargo\nb:vpn data\nb:vpn git\nb:vpn gui\nb:vpn is\nb:vpn keycloak\nb:vpn main\nb:vpn mavi\nb:vpn native_lib\nb:vpn o\nb:vpn screen\nb:vpn service\nb:vpn shared\nb:vpn ui\nb:vpn view\nb:vpn viewmodel\nb:vpn_mtu option\nb:vs threading\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability https\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w 0\nb:w a\nb:w ampere\nb:w d_\nb:w dactyl\nb:w e\nb:w file\nb:w h\nb:w home\nb:w i\nb:w n\nb:w o\nb:w r\nb:w repo\nb:w s\nb:w t\nb:w the\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want npm\nb:want to\nb:want unicode\nb:want v0\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning as\nb:warning build\nb:warning error\nb:warning file\nb:warning github\nb:warning into\nb:warning no\nb:warning rolling_mean\nb:warning spurious\nb:warning the\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warning was\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was 0\nb:was active\nb:was canceled\nb:was created\nb:was defined\nb:was last\nb:was low\nb:was not\nb:was passed\nb:was reached\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:wasmi_core v0\nb:watch all\nb:watch o\nb:watchos 0\nb:watchos arm64\nb:watchos main\nb:watchos simulator\nb:watchos x64\nb:we can\nb:we location\nb:we stopped\nb:we try\nb:web 0\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:web3_universal_ledger from\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:weisjohn scratch\nb:welcome md\nb:welcome to\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:were supplied\nb:were used\nb:werror unused\nb:west cygwin\nb:west main\nb:west master\nb:west unlabeled\nb:west zephyr\nb:what s\nb:what was\nb:what went\nb:wheel 0\nb:wheel finished\nb:wheel for\nb:wheel started\nb:wheels aarch64\nb:wheels macos\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when set\nb:when the\nb:when true\nb:when used\nb:when workspaces\nb:when your\nb:where 0\nb:where a\nb:where the\nb:which is\nb:which may\nb:which requires\nb:which types\nb:which will\nb:while assembling\nb:while awaiting\nb:while checking\nb:while executing\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:while waiting\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:whl 0\nb:whl metadata\nb:whose install\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wildcard import\nb:will be\nb:will change\nb:will do\nb:will suppress\nb:win2012 x86\nb:win22 0\nb:win25 0\nb:window mean\nb:windows 0\nb:windows for\nb:windows latest\nb:windows mac\nb:windows msvc\nb:windows r\nb:windows server\nb:windows vpn\nb:windows windows2022\nb:windows2022 readme\nb:windows_ n\nb:wine ansible\nb:with 0\nb:with a\nb:with allow\nb:with an\nb:with annotations\nb:with any\nb:with architecture\nb:with backtrace\nb:with body\nb:with code\nb:with copyright\nb:with default\nb:with digest\nb:with env\nb:with error\nb:with errors\nb:with exit\nb:with external\nb:with extreme\nb:with frozen\nb:with gitlab\nb:with gradle\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with multiple\nb:with no\nb:with non\nb:with package\nb:with path\nb:with r\nb:with scan\nb:with server\nb:with shell\nb:with stacktrace\nb:with status\nb:with the\nb:with timeout\nb:with trace\nb:with verify\nb:with version\nb:with vulnerabilities\nb:with xlint\nb:with your\nb:within 0\nb:within a\nb:within grace\nb:within the\nb:without file\nb:without impacting\nb:without starting\nb:without the\nb:woff2 0\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work actions\nb:work ansible\nb:work api\nb:work around\nb:work assets\nb:work badge\nb:work beringin\nb:work bigdata\nb:work billing\nb:work cart\nb:work chadburn\nb:work chat\nb:work cogni\nb:work configr\nb:work counter\nb:work crc\nb:work cross_platform_signal\nb:work dart_web3\nb:work dashboard\nb:work dates\nb:work deploy\nb:work dht\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fortuna\nb:work fw\nb:work geo\nb:work graph\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work imgproc\nb:work integration\nb:work inventory\nb:work jizhang\nb:work jobs\nb:work kotlin\nb:work landing\nb:work ledger\nb:work liquifact\nb:work mavi\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work omg\nb:work open\nb:work ops\nb:work org\nb:work phpunit\nb:work pkgtool\nb:work preparer\nb:work pricing\nb:work proto\nb:work py\nb:work pyserve\nb:work quasar\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work rootstock\nb:work satu\nb:work sensor\nb:work shop\nb:work shorturl\nb:work site\nb:work slug\nb:work slugger\nb:work slugs\nb:work space\nb:work stats\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work tsbootstrap\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:work zurichsee_ha\nb:worker execute\nb:worker i\nb:worker information\nb:worker thread\nb:worker tree\nb:workflow directory\nb:workflow is\nb:workflow job\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace billing\nb:workspace build\nb:workspace crates\nb:workspace etl\nb:workspace geo\nb:workspace git\nb:workspace home\nb:workspace imgproc\nb:workspace name\nb:workspace root\nb:workspace samples\nb:workspace units\nb:workspace workspace\nb:workspaces are\nb:workspaces include\nb:workspaces of\nb:workspaces vs\nb:worktree config\nb:worktrees path\nb:would be\nb:would have\nb:would reformat\nb:wraparound failed\nb:wrapper dists\nb:write true\nb:writely notes\nb:writing image\nb:writing summary\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www docker\nb:x 0\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x crates\nb:x e\nb:x expected\nb:x f\nb:x ferro\nb:x g\nb:x git\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x t\nb:x tar\nb:x target\nb:x test_client\nb:x x\nb:x000001 b\nb:x32_2 0\nb:x64 bin\nb:x64 flutter\nb:x64 lib\nb:x64 main\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x64 windows\nb:x8 a\nb:x86 0\nb:x86_64 a\nb:x86_64 linux\nb:x86_64 pc\nb:x86_64 unknown\nb:x_ p\nb:x_ r\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xf home\nb:xfailed in\nb:xfonts encodings\nb:xg66 0\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:xzv c\nb:y a\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:y t\nb:y w\nb:y_ a\nb:y_ d\nb:y_ r\nb:yaml 0\nb:yaml is\nb:yaml load\nb:yaml safe_load\nb:yaml truthy\nb:yarl 0\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yesterday thebeatles\nb:yml 0\nb:yml line\nb:yoke v0\nb:you are\nb:you can\nb:you create\nb:you don\nb:you have\nb:you make\nb:you may\nb:you mean\nb:you missing\nb:you must\nb:you need\nb:you want\nb:your build\nb:your code\nb:your dependencies\nb:your gemfile\nb:your gradle\nb:your lock\nb:your lockfile\nb:your network\nb:your new\nb:your own\nb:your pipfile\nb:your plan\nb:your pull\nb:your requirements\nb:your test\nb:your version\nb:z a\nb:z c\nb:z cleaning\nb:z current\nb:z debug\nb:z group\nb:z h\nb:z l\nb:z m\nb:z toolchain\nb:zephyr module\nb:zephyr v1\nb:zephyrproject rtos\nb:zero code\nb:zero exit\nb:zero no\nb:zerox80 mavi\nb:zig 0\nb:zig build\nb:zigler 0\nb:zipp 0\nb:zmk config\nb:zmkfirmware zmk\nb:zstd is\nb:zurichsee_ha requirements\nb:zurichsee_ha zurichsee_ha\nb:zzpmw to\nf:0\nf:a\nf:action\nf:actions\nf:actual\nf:add\nf:added\nf:adding\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:android\nf:annotated\nf:anomaly_history\nf:ansible\nf:api\nf:apk\nf:app\nf:apr\nf:arch\nf:archinstall\nf:archive\nf:array\nf:artifact\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:azure\nf:b\nf:bad\nf:bash\nf:because\nf:beginning\nf:benchmarks\nf:beringin\nf:billing\nf:bin\nf:binary\nf:black\nf:body\nf:branch\nf:bucket\nf:build\nf:build_dir\nf:building\nf:builds\nf:built\nf:bun\nf:bundle\nf:bundler\nf:busted\nf:but\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caching\nf:can\nf:cancelled\nf:cancelling\nf:cannot\nf:cardreader\nf:cargo\nf:cart\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:changes\nf:check\nf:checked\nf:checking\nf:ci\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:click\nf:client\nf:cloning\nf:cmake\nf:cmd\nf:code\nf:cogni\nf:collect2\nf:collected\nf:collecting\nf:collection\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:completed\nf:components\nf:composer\nf:compression\nf:config\nf:configfile\nf:configure\nf:configuring\nf:congratulations\nf:connects\nf:consider\nf:console\nf:const\nf:construct\nf:consumer\nf:container\nf:contents\nf:context7\nf:continue\nf:copying\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:create\nf:created\nf:creating\nf:curl\nf:current\nf:custom_components\nf:d\nf:d101\nf:d12341ef4ed7\nf:daemon\nf:datacenter\nf:dd\nf:debug\nf:def\nf:default\nf:deleting\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detected\nf:detecting\nf:determining\nf:dev\nf:dhtl_entry\nf:dhtl_entry_windows\nf:did\nf:diff\nf:difference\nf:disable\nf:disabling\nf:dist\nf:distribution\nf:do\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:don\nf:done\nf:double\nf:download\nf:downloaded\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:e\nf:e1001\nf:echo\nf:edit\nf:elif\nf:elixir\nf:else\nf:enable\nf:end\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:escrow\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:example\nf:examples\nf:exceeded\nf:exception\nf:exec\nf:executing\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:experimental\nf:explicit\nf:export\nf:exporting\nf:extra_cmake_args\nf:extracting\nf:f\nf:f401\nf:f403\nf:f420ae9f738c\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:federator\nf:feed\nf:fetch\nf:fetched\nf:fetching\nf:fi\nf:field\nf:file\nf:files\nf:finalizing\nf:find\nf:finished\nf:finishing\nf:first\nf:fix\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:flutter\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:format\nf:formatter\nf:found\nf:freethreaded\nf:from\nf:frontend\nf:g\nf:gathering\nf:gcc\nf:gem\nf:generate\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:gh\nf:git\nf:github\nf:glob\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gpg\nf:gradle\nf:gradlew\nf:grep\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:http_parser\nf:https\nf:i\nf:if\nf:ignore\nf:image\nf:images\nf:implemented\nf:import\nf:in\nf:include\nf:included\nf:includeif\nf:incubating\nf:index\nf:info\nf:initialized\nf:initializing\nf:input\nf:install\nf:install_gui_linux\nf:installed\nf:installing\nf:instance\nf:instructions\nf:internal\nf:interrupted\nf:invalid\nf:ios\nf:is\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:key\nf:knows\nf:kotlin\nf:l\nf:laravel\nf:learn\nf:ledger\nf:lerna\nf:let\nf:level\nf:lfs\nf:lib\nf:libdbus\nf:libfreetype6\nf:libgbm1\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:linux\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:lockfiles\nf:logs\nf:looking\nf:lookup\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:max\nf:mcp\nf:medium\nf:melos\nf:meson\nf:message\nf:meta\nf:metadata\nf:method\nf:microsoft\nf:minutes\nf:miscellaneous\nf:missing\nf:mix\nf:mkdir\nf:mode\nf:model\nf:models\nf:moderate\nf:module\nf:money\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:naming\nf:network\nf:new\nf:next\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:notice\nf:npm\nf:npx\nf:number\nf:numpy\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:one\nf:open\nf:opencode\nf:operating\nf:operator\nf:opt\nf:or\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:packaging\nf:pandas\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:performing\nf:persist\nf:php\nf:phpunit\nf:pip\nf:pipeline\nf:pixi\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:pre\nf:prefix\nf:prepare\nf:prepared\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:prompt\nf:properties\nf:provider\nf:psql\nf:public\nf:pulling\nf:pydantic\nf:pyproject\nf:pytest\nf:python\nf:python2_\nf:python3\nf:python3_\nf:python_\nf:qualified_races\nf:r\nf:rake\nf:ran\nf:range\nf:raw_race_data\nf:read\nf:reading\nf:reason\nf:received\nf:receiving\nf:recommendation\nf:regression\nf:rejected\nf:release\nf:remote\nf:removing\nf:repository\nf:require\nf:reset\nf:resolve\nf:resolved\nf:resolving\nf:resource\nf:restore\nf:restored\nf:restoring\nf:restricted\nf:result\nf:results\nf:retention\nf:return\nf:returns\nf:reuse\nf:reviewdog\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:root\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rust\nf:rustc\nf:rustup\nf:s\nf:safety\nf:save\nf:schema\nf:scikit\nf:scipy\nf:scrapling\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:security\nf:sed\nf:see\nf:self\nf:sensor\nf:sentry\nf:serde_json\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:sha256\nf:shell\nf:shellcheck\nf:short\nf:should\nf:show\nf:skill\nf:skipped\nf:skipping\nf:slug_test\nf:smoke\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:source_span\nf:sparse\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stack_trace\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:state\nf:statsmodels\nf:status\nf:stderr\nf:step\nf:steps\nf:stopping\nf:stored\nf:string\nf:string_scanner\nf:stylelint\nf:subject\nf:submodules\nf:subtest\nf:success\nf:successfully\nf:sudo\nf:suites\nf:summary\nf:svelte\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:tar\nf:target\nf:targets\nf:task\nf:tasks\nf:team\nf:teamcity\nf:temporarily\nf:term_glyph\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:text\nf:tflint\nf:the\nf:there\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tment\nf:tmp\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:tools\nf:total\nf:touch\nf:traceback\nf:transferring\nf:transforming\nf:tree\nf:trim\nf:trims\nf:true\nf:truncate\nf:try\nf:tsbootstrap\nf:tsc\nf:turn\nf:type\nf:typed_data\nf:typing\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unexpected\nf:unformatted\nf:unfortunately\nf:unidecode\nf:unit\nf:unknown\nf:unpacking\nf:unschedulable\nf:unused\nf:up\nf:update\nf:updating\nf:uploading\nf:url\nf:use\nf:used\nf:users\nf:using\nf:usr\nf:uv\nf:v\nf:v0\nf:v1\nf:v3\nf:value\nf:variable\nf:venv\nf:version\nf:via\nf:view\nf:virtualenv\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:watch\nf:we\nf:web\nf:webpack\nf:welcome\nf:what\nf:when\nf:windows\nf:with\nf:work\nf:worker\nf:workflow\nf:working\nf:workspace\nf:workspaces\nf:would\nf:write\nf:writing\nf:wrote\nf:x\nf:xml\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a_\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:absolute\nnw:abuild\nnw:access\nnw:account\nnw:action\nnw:actions\nnw:actual\nnw:add\nnw:added\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:again\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:amd64\nnw:ammount\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:apiguardian\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:args\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:around\nnw:arrow_glacier\nnw:artifact\nnw:artifacts\nnw:as\nnw:assembly\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assets_page\nnw:assignable\nnw:assigned\nnw:assignment\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:avoid\nnw:awesome\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b_\nnw:back\nnw:backend\nnw:backticks\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:bigquery\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:bom\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:buf\nnw:buffer\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:built\nnw:bun\nnw:bundle\nnw:bundler\nnw:busted\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2006\nnw:c2013\nnw:c2065\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cart\nnw:cart_spec\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:central\nnw:certificate\nnw:chain_generics\nnw:change\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:cjs\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloning\nnw:closing\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codec\nnw:codecov\nnw:codes\nnw:coding\nnw:coercion\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:comma\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compatible\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connected\nnw:connecting\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:container\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contracts\nnw:contrib\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:covdata\nnw:coverage\nnw:cpp\nnw:cpu\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:datatypes\nnw:date\nnw:db\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:deep\nnw:def\nnw:default\nnw:defined\nnw:delete\nnw:deleting\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detecto\nnw:detector\nnw:dev\nnw:did\nnw:diff\nnw:different\nnw:differs\nnw:digest\nnw:dir\nnw:directive\nnw:directory\nnw:disable\nnw:disabled\nnw:discount\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documents\nnw:does\nnw:doesn\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:downloads\nnw:drone\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:editor\nnw:eebxo6ax\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:elsewhere\nnw:em_http\nnw:emit\nnw:empty\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:ends\nnw:engine\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:ependen\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:escrow\nnw:eslint\nnw:est\nnw:ethereum\nnw:eval\nnw:evaluate\nnw:event\nnw:events\nnw:every\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exclude\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:extra\nnw:extracted\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:finance\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixture\nnw:fixtures\nnw:fixtures_spec\nnw:flag\nnw:flags\nnw:flow\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:forbidden\nnw:force\nnw:foreign\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:formed\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:functions\nnw:further\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:gems\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getaddrinfo\nnw:getting\nnw:ggml\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goproxy\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:graph\nnw:gravito\nnw:greater\nnw:greeting\nnw:group\nnw:gui\nnw:gulp\nnw:gz\nnw:h\nnw:h_\nnw:had\nnw:handle\nnw:handler\nnw:happened\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hatch\nnw:hatchling\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:home\nnw:hook\nnw:host\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:ibis\nnw:ibis_bigquery\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:increase\nnw:index\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:install_gui_linux\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instrument\nnw:insufficient\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:issue\nnw:issues\nnw:ist\nnw:it\nnw:item\nnw:items\nnw:itoa\nnw:its\nnw:j\nnw:jar\nnw:jasmine\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:ktlint\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:legacy\nnw:lein\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:llama\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:longer\nnw:looking\nnw:loop\nnw:low\nnw:lower\nnw:lower_snake_case\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:macos\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:managed\nnw:manager\nnw:manifest\nnw:manual\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:mavi\nnw:max\nnw:may\nnw:maybe\nnw:mcomella\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:microsoft\nnw:migrate\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:money\nnw:money_test\nnw:more\nnw:most\nnw:mozilla\nnw:ms\nnw:mt\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:n_\nnw:name\nnw:names\nnw:namespace\nnw:native\nnw:ne13\nnw:ne2\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:ng\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:nodes\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:notation\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:notsup\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opening\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:packet\nnw:pad\nnw:padding\nnw:page\nnw:paket\nnw:panicked\nnw:parallel\nnw:parameter\nnw:parentheses\nnw:parenthesis\nnw:parse\nnw:parser\nnw:parsing\nnw:part\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pc\nnw:pd\nnw:pending\nnw:performance\nnw:perhaps\nnw:phase\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pixi\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pod\nnw:pods\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:prefs\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:pricing\nnw:printf\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:punctuation\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pypi\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:quasar\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:rate\nnw:ratelimit\nnw:rather\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:reassigned\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:releases\nnw:relying\nnw:remaining\nnw:remote\nnw:remove\nnw:removing\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:requests\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:returns\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:rspec\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s0246\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:schemas\nnw:scope\nnw:score\nnw:screens\nnw:script\nnw:scripts\nnw:sdk\nnw:search\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:serde\nnw:serialize\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:setting\nnw:settings\nnw:setup\nnw:severity\nnw:sh\nnw:sha256\nnw:share\nnw:shared\nnw:shell\nnw:shellcheck\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shutdown\nnw:signal\nnw:simple\nnw:single\nnw:sit\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slow\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:solve\nnw:solving\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:sp\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:splitting\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:style\nnw:sub\nnw:subprocess\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:symfony\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:tags\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:teamcity\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_create\nnw:test_error\nnw:test_fail\nnw:test_features\nnw:test_low_stock_threshold\nnw:test_run\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:thrown\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:tint\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:token\nnw:toml\nnw:too\nnw:took\nnw:tool\nnw:toolbox\nnw:tooling\nnw:tools\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transfer\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trims\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unauthorized\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undeclared\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unit\nnw:units\nnw:unix\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:unschedulable\nnw:unsupported\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:upload\nnw:uploading\nnw:uri\nnw:uri_does_not_exist\nnw:urllib3\nnw:urls\nnw:us\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:utxos\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validating\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:vite\nnw:vpn\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:y_\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zzpmw\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a01e7751d80c\nw:a04\nw:a07\nw:a1082be0\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a5\nw:a62\nw:a6c70a5\nw:a75ec\nw:a7aef8b1\nw:a_\nw:aa\nw:aarch64\nw:aashish\nw:ab0x\nw:ab284314\nw:abi3\nw:ability\nw:able\nw:abort\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:absent\nw:abuild\nw:ac27\nw:ac6\nw:accept\nw:access\nw:accordingly\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:act_container_manager\nw:act_linter\nw:action\nw:action_actionlint\nw:actionable\nw:actionlint\nw:actionpack\nw:actions\nw:activate\nw:active\nw:activemodel\nw:activerecord\nw:activity\nw:actual\nw:ad613ffba\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:address\nw:addresses\nw:adler32\nw:admin\nw:advancing\nw:advice\nw:advisories\nw:advisory\nw:aes\nw:af\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:agents\nw:aggregate\nw:ago\nw:agree\nw:ai\nw:aiogithubapi\nw:aiohappyeyeballs\nw:aiohasupervisor\nw:aiohttp\nw:aiooui\nw:aiosignal\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:all\nw:allocate\nw:allocation\nw:allow\nw:allowed\nw:alongside\nw:alpha1\nw:alphabetical\nw:alpine\nw:alpine3\nw:alpinelinux\nw:already\nw:als\nw:also\nw:alternative\nw:always\nw:ambroisie\nw:amd64\nw:ammount\nw:amount\nw:ampere\nw:amphp\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:analytics\nw:analyze\nw:and\nw:andi\nw:android\nw:annotated\nw:annotation\nw:annotations\nw:anomaly_history\nw:anonymous\nw:ansi\nw:ansible\nw:answer\nw:any\nw:any_\nw:anyio\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apis\nw:apk\nw:app\nw:appcompat\nw:appears\nw:append\nw:apple\nw:application\nw:applied\nw:applies\nw:apply\nw:approval\nw:approved\nw:approx\nw:apps\nw:apr\nw:apt\nw:arbitrary\nw:arc\nw:arch\nw:archinstall\nw:architect\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:ark\nw:arm\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:arturbosch\nw:as\nw:asd\nw:ask\nw:assembling\nw:assembly\nw:assert\nw:assert_eq\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assets_page\nw:assignable\nw:assigned\nw:assignment\nw:assistant\nw:associated\nw:ast\nw:astral\nw:astrogilda\nw:async\nw:async_hooks\nw:asyncio\nw:at\nw:attach\nw:attempt\nw:attempting\nw:attempts\nw:attr\nw:attribute\nw:attributes\nw:attrs\nw:audit\nw:audited\nw:auditor\nw:auth\nw:authenticating\nw:author\nw:auto\nw:automatic\nw:automatically\nw:automation\nw:autonomous\nw:available\nw:avg\nw:avoid\nw:await\nw:awaiting\nw:awesomeness\nw:awk\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b2\nw:b28\nw:b301\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b5c67\nw:b6\nw:b602\nw:b627fbcd5589ae52\nw:b7\nw:b7c1d6e3f\nw:b8ej_\nw:b_\nw:b_allowed\nw:babb\nw:babel\nw:back\nw:backend\nw:backends\nw:backoff\nw:backports\nw:backticks\nw:backtrace\nw:bad\nw:badge\nw:bak\nw:bandit\nw:bar\nw:base\nw:base64\nw:based\nw:baseline\nw:bash\nw:basic\nw:batch\nw:bats\nw:bazel\nw:bb\nw:bc\nw:bd\nw:be\nw:beanie\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:beginning\nw:behavior\nw:behind\nw:being\nw:belanyi\nw:benchmarks\nw:bergmann\nw:beringin\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigint\nw:bigquery\nw:bill\nw:billing\nw:bills\nw:bills_page\nw:bin\nw:binaries\nw:binary\nw:bind\nw:bintray\nw:binutils\nw:biome\nw:bit\nw:bitflags\nw:bitwise\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blockchain\nw:blocked\nw:blocking\nw:blog\nw:blt\nw:bluetooth\nw:blur\nw:bodies\nw:body\nw:book\nw:book_picker_page\nw:bookmarks\nw:bookworm\nw:bool\nw:boolean\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:boto3\nw:bound\nw:bounds\nw:bp\nw:br\nw:branch\nw:branches\nw:branchpoint\nw:breadcrumbs\nw:breaking\nw:brianbancroft\nw:bridgecrewio\nw:british\nw:broadcast\nw:broken\nw:brotli\nw:browser\nw:brulee\nw:bs\nw:bs4\nw:bucket\nw:budget_page\nw:buf\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:build1\nw:build_amd64\nw:build_dir\nw:builddir\nw:builder\nw:building\nw:buildkit\nw:buildkite\nw:buildprocess\nw:builds\nw:buildtree\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:button\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c12\nw:c1d2e3\nw:c1e\nw:c2\nw:c2065\nw:c2086\nw:c2_\nw:c3\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_\nw:c_to_f\nw:ca\nw:ca9\nw:cab\nw:cabal\nw:cache\nw:cache_rs\nw:cached\nw:cachedir\nw:cachekey\nw:cacheprovider\nw:caches\nw:caching\nw:call\nw:call_once\nw:callable\nw:callback\nw:called\nw:calling\nw:calls\nw:camoufox\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:candidate\nw:cannot\nw:capability\nw:capsules\nw:captioner\nw:capture\nw:card\nw:cardreader\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:cast\nw:cast_possible_truncation\nw:casting\nw:castle\nw:casts\nw:cat\nw:catch\nw:categories\nw:category\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cdn\nw:cell\nw:central\nw:centralus\nw:certifi\nw:cf\nw:cffi\nw:cfg\nw:cgen\nw:ch\nw:chadburn\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:channels\nw:char\nw:characters\nw:chars\nw:charset\nw:chart\nw:charts\nw:charts_page\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:chef\nw:chemie\nw:child\nw:chmod\nw:cholerae\nw:chosen\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:ciborium\nw:cinterop\nw:cipher\nw:circle\nw:circleci\nw:cirrus\nw:cjs\nw:cl\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:clear\nw:cleartext\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:closure\nw:cloud\nw:cloudflare\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cmsis\nw:co\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec\nw:codec_test\nw:codecov\nw:codegen\nw:coder\nw:codespell\nw:codex\nw:coercion\nw:cogni\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:collections\nw:collision\nw:color\nw:colors\nw:colr\nw:column\nw:columns\nw:com\nw:come\nw:comma\nw:command\nw:command_dispatcher\nw:command_line_interface\nw:command_line_warnings\nw:command_runner\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:common\nw:commonization\nw:commonly\nw:comms\nw:communication\nw:community\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:completion\nw:component\nw:component_test\nw:components\nw:composer\nw:compress\nw:compressing\nw:compression\nw:compute\nw:computed\nw:concepts\nw:conclude\nw:conclusion\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:cone\nw:conf\nw:confidence\nw:config\nw:configfile\nw:configr\nw:configuration\nw:configure\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:conftest\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:connrefused\nw:consider\nw:considered\nw:console\nw:const\nw:constraints\nw:construct\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:container_test_runner\nw:containers\nw:containing\nw:contains\nw:content\nw:contents\nw:context\nw:context7\nw:continue\nw:contract\nw:contracts\nw:contrib\nw:contributors\nw:control\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:cookie\nw:cop\nw:copy\nw:copying\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:corrected\nw:correctness\nw:corresponding\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counting\nw:counts\nw:coupon\nw:cov\nw:covdata\nw:cover\nw:coverage\nw:covered\nw:cp\nw:cp310\nw:cp311\nw:cp314\nw:cp38\nw:cpp\nw:cpufeatures\nw:cpython\nw:cr\nw:crash\nw:crashlytics\nw:crate\nw:crates\nw:crates2\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:creation_with_non_type\nw:credentials\nw:creme\nw:cronjs\nw:cross\nw:cross_platform_signal\nw:crossbeam\nw:crypto\nw:crystal\nw:cs\nw:csl\nw:cspell\nw:csproj\nw:css\nw:cstuff\nw:csv\nw:csvkit\nw:csys\nw:ctest\nw:ctrl\nw:curl\nw:current\nw:currently\nw:curve25519\nw:cusr\nw:custom\nw:custom_components\nw:cwiki\nw:cygwin\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d12341ef4ed7\nw:d1c2f4a\nw:d1f\nw:d2\nw:d2c1e0f\nw:d2f6c0b\nw:d345270\nw:d4ba2\nw:d55\nw:d_\nw:dactyl\nw:dactyl_left\nw:daemon\nw:daemons\nw:dalek\nw:dangerously\nw:darling_core\nw:darling_macro\nw:dart\nw:dart_web3\nw:darwin\nw:dash\nw:dashboard\nw:dashes\nw:dashmap\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datakit\nw:datasert\nw:date\nw:dates\nw:dateutil\nw:david\nw:day\nw:days\nw:db\nw:dbe9cd2fc\nw:dbkit\nw:dd\nw:dd7935\nw:de\nw:deadline\nw:dealing\nw:deb12u1\nw:debian\nw:debug\nw:debug_html_parser\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:declared\nw:decode\nw:decorator\nw:ded5c06cf\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defaults\nw:defined\nw:defining\nw:definition\nw:defs\nw:degraded\nw:delay\nw:delete\nw:deleted\nw:deleting\nw:delimiter\nw:deltas\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deployments\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:der\nw:dereferenced\nw:derive\nw:derived\nw:deriving\nw:derliebemarcus\nw:describe\nw:description\nw:deserialize\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detection\nw:detector\nw:detectors\nw:detekt\nw:determine\nw:determining\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:dht\nw:dhtl_commands\nw:dhtl_commands_standalone\nw:dhtl_commands_workflows\nw:dhtl_entry\nw:dhtl_entry_windows\nw:dhtl_github\nw:dhtl_guardian_command\nw:dhtl_version\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:dict\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:differs\nw:diffplug\nw:digest\nw:dir\nw:direct\nw:directly\nw:directories\nw:directory\nw:dirs\nw:disable\nw:disabled\nw:disabling\nw:discard\nw:discount\nw:discover\nw:discover_page\nw:discovered\nw:discovery\nw:disk\nw:dispatcher\nw:display\nw:displays\nw:dist\nw:distribution\nw:distributions\nw:div\nw:division\nw:django\nw:dl\nw:dll\nw:do\nw:doc\nw:docker\nw:dockerfile\nw:dockerignore\nw:docs\nw:docstring\nw:doctrine\nw:document\nw:documentation\nw:documents\nw:doer\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotenv\nw:dotfiles\nw:dotnet\nw:double\nw:down\nw:downgrade\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:driver\nw:drone\nw:dronelink\nw:dropdown\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:dyn\nw:dynamic\nw:dynload\nw:e\nw:e0\nw:e0061\nw:e0106\nw:e0277\nw:e0308\nw:e04\nw:e0401\nw:e0425\nw:e10\nw:e1001\nw:e1101\nw:e1d16c0fb783\nw:e225\nw:e231\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e542025d9062\nw:e58d67b4\nw:e7\nw:e8f\nw:e_\nw:e_path\nw:eadcdc7d\nw:eastus2\nw:ec\nw:echo\nw:ed25519\nw:edge\nw:edit\nw:editor\nw:ee\nw:eebxo6ax\nw:efde290b\nw:eff\nw:egeria\nw:either\nw:elapsed\nw:elem\nw:element\nw:elements\nw:elif\nw:elite\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embark\nw:embedded\nw:emit\nw:emitted\nw:emitter\nw:empties\nw:empty\nw:en\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encodings\nw:encountered\nw:end\nw:endpoints\nw:ends\nw:ends_with\nw:engine\nw:engineers\nw:enhancements\nw:enough\nw:ensure\nw:entering\nw:entirely\nw:entities\nw:entity\nw:entries\nw:entry\nw:entrypoint\nw:enum\nw:env\nw:environment\nw:envs\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:epoch\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:equivalent\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escaped\nw:escrow\nw:escrow_id\nw:eslint\nw:est\nw:eta\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluate\nw:evaluating\nw:evaluator\nw:event\nw:events\nw:ever\nw:every\nw:ex\nw:exactly\nw:example\nw:examples\nw:exceeded\nw:exceeds\nw:exception\nw:exceptions\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:explain\nw:explanations\nw:explicit\nw:explicitly\nw:explore\nw:export\nw:exported\nw:exporting\nw:exports\nw:expr\nw:express\nw:expressed\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:extra\nw:extra_cmake_args\nw:extracting\nw:extraheader\nw:extras\nw:extreme\nw:f\nw:f1d2c3b\nw:f242abd9c8e\nw:f401\nw:f403\nw:f420ae9f738c\nw:f53616\nw:f841\nw:f909ac5\nw:f_\nw:f_to_c\nw:fa\nw:factory\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fall\nw:fallback\nw:false\nw:familjen\nw:fast\nw:fastapi\nw:faster\nw:fasterxml\nw:fastlane\nw:fatal\nw:fb\nw:fc58aa\nw:fc97a4c5\nw:fd\nw:feature\nw:features\nw:fedbox\nw:federator\nw:feed\nw:feeds\nw:ferro\nw:fetch\nw:fetched\nw:fetcher\nw:fetching\nw:few\nw:ff\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finalizing\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fits\nw:fix\nw:fixed\nw:fixedbitset\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flags\nw:flake\nw:flash\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:fonts\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:forgot\nw:fork\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:fortuna\nw:found\nw:foundation\nw:fp4\nw:fr\nw:fragment\nw:frames\nw:framework\nw:free\nw:freethreaded\nw:freetype\nw:freeze\nw:freezing\nw:fresh\nw:from\nw:frozen\nw:frozenlist\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:futures\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g325\nw:g4q\nw:g8001\nw:g_\nw:galaxy\nw:garbage\nw:gateway\nw:gateway_addresses\nw:gathering\nw:gc\nw:gcc\nw:gcd_import\nw:gcm\nw:gcr\nw:gdb\nw:gem\nw:gemfile\nw:gemini\nw:gems\nw:gen\nw:gen_tmp\nw:general\nw:generate\nw:generate_summary\nw:generated\nw:generating\nw:generation\nw:generator\nw:genesis\nw:geo\nw:get\nw:get_settled_at\nw:get_sources\nw:getaddrinfo\nw:getrandom\nw:getter\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:ghcr\nw:gi\nw:git\nw:gitconfig\nw:gitdir\nw:github\nw:gitlab\nw:gitlab_integration\nw:gitleaks\nw:given\nw:gix\nw:gl\nw:glibc\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:gpt\nw:grace\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:gravito\nw:greater\nw:green\nw:greenlet\nw:greeting\nw:grep\nw:grgit\nw:groovy\nw:grotesk\nw:group\nw:groups\nw:guava\nw:guilouro\nw:gulp\nw:gyp\nw:gzip\nw:h\nw:h0m0s\nw:h0s9kvb6g2sinako7ub77ku\nw:h11\nw:h2\nw:h223492759\nw:h5\nw:h600\nw:h_\nw:habluetooth\nw:had\nw:hadolint\nw:hadrian\nw:hal\nw:handbook\nw:handle\nw:handled\nw:handler\nw:handles\nw:hang\nw:happen\nw:happy\nw:hard\nw:harfbuzz\nw:harness\nw:has\nw:hash\nw:hashbrown\nw:hashicorp\nw:hashmap\nw:haskell\nw:hass\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:headless\nw:heads\nw:health\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hh\nw:hhp\nw:hi\nw:hicpp\nw:hidden\nw:hierarchy\nw:high\nw:higher\nw:highlights\nw:hint\nw:history\nw:hit\nw:hits\nw:hive\nw:hoisted\nw:hoisting\nw:home\nw:home_page\nw:homeassistant\nw:homebrew\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:hours\nw:how\nw:href\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:http_parser\nw:httparse\nw:httpcomponents\nw:httpcore\nw:https\nw:httpx\nw:hub\nw:humanwhocodes\nw:husky\nw:i\nw:i128\nw:i_\nw:ibis\nw:ibis_bigquery\nw:ic\nw:ic3bur\nw:icon\nw:icons\nw:icu\nw:icu_normalizer_data\nw:icu_properties_data\nw:id\nw:idea\nw:ident\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idna\nw:idx\nw:ie\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:im\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:ime\nw:imgproc\nw:iml1s\nw:immediately\nw:immutable\nw:impacting\nw:impl\nw:implausibly\nw:implement\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importlib\nw:importlib_metadata\nw:imports\nw:impossible\nw:improvements\nw:in\nw:inc\nw:include\nw:included\nw:includeif\nw:includes\nw:including\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistencies\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:increase\nw:incremental\nw:incubating\nw:indentation\nw:index\nw:indicate\nw:indicates\nw:infallibly\nw:inference\nw:info\nw:information\nw:infra\nw:infrastructure\nw:iniconfig\nw:init\nw:init__\nw:initialize\nw:initialized\nw:initializing\nw:inject\nw:injection\nw:inner\nw:input\nw:inputs\nw:insensitive\nw:insert\nw:inside\nw:insights\nw:inspect\nw:inspected\nw:install\nw:install_gui_linux\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instantiation\nw:instead\nw:instructions\nw:instrument\nw:instrumented\nw:instrumenting\nw:insufficient\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interactive\nw:interface\nw:interfaces\nw:intermediate\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:invalid_constant\nw:inventory\nw:investigation\nw:invoice\nw:invoices\nw:invoke\nw:invoked\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ipynb\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:is_none\nw:isn\nw:isntall\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:ist\nw:it\nw:item\nw:items\nw:iter\nw:iterable\nw:iterating\nw:iterator\nw:itertools\nw:itoa\nw:its\nw:itself\nw:j\nw:j2\nw:j30\nw:j_\nw:jackson\nw:jakarta\nw:jar\nw:jaraco\nw:jars\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetbrains\nw:jizhang\nw:job\nw:jobs\nw:john\nw:jonesn\nw:jooq\nw:jq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julian\nw:junit\nw:jupiter\nw:jupyter\nw:just\nw:jvm\nw:jxoesneon\nw:k\nw:k1045\nw:k8s\nw:k_\nw:kangkabseok2021\nw:kata\nw:keccak\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keycloak\nw:keygen\nw:keymanapp\nw:keyring\nw:keys\nw:keystore\nw:keyword\nw:keywords\nw:ki\nw:kill\nw:killed\nw:kind\nw:kiriyaga\nw:kit\nw:km_to_miles\nw:knob\nw:known\nw:koans\nw:koch\nw:koen\nw:kotlin\nw:kt\nw:ktlint\nw:kts\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l1s\nw:l3\nw:l3008\nw:l3013\nw:l_\nw:lab\nw:label\nw:labs\nw:lambda\nw:landing\nw:lando\nw:lang\nw:language\nw:language_tags\nw:laravel\nw:large\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:layers\nw:layout\nw:lazy\nw:ld\nw:league\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:less\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libasound2\nw:libatk1\nw:libc\nw:libc6\nw:libdbus\nw:libfreetype6\nw:libgbm1\nw:libglib2\nw:library\nw:libs\nw:libtonode\nw:libxcomposite1\nw:libxfixes3\nw:libxrender1\nw:license\nw:license_file\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:liquifact\nw:liquifact_escrow\nw:list\nw:listed\nw:listener\nw:lite\nw:lite86\nw:litemap\nw:literal\nw:littpi\nw:live\nw:ll\nw:llama\nw:lloc\nw:llvm\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:locate\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lockfiles\nw:lodash\nw:log\nw:logger\nw:logging\nw:login\nw:login_page\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:longz4wqz\nw:look\nw:looking\nw:looks\nw:lookup\nw:loomy\nw:loop\nw:loosely\nw:lost\nw:low\nw:lowagie\nw:lower\nw:lower_snake_case\nw:lru\nw:lspconfig\nw:lua\nw:lxml\nw:lz4\nw:m\nw:m0s\nw:m104\nw:m12\nw:m2\nw:m21\nw:m237\nw:m2repository\nw:m309\nw:m47\nw:m49\nw:m62\nw:m64\nw:m67\nw:m7\nw:m78\nw:m84\nw:m88\nw:m_\nw:mac\nw:machine\nw:macos\nw:macosx_11_0_arm64\nw:macro\nw:macro2\nw:macros\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:makes\nw:making\nw:malformed\nw:malicious\nw:manager\nw:mani\nw:manifest\nw:manifests\nw:manual\nw:manually\nw:manuell\nw:many\nw:manylinux1_x86_64\nw:manylinux2014_x86_64\nw:manylinux_2_17_x86_64\nw:manylinux_2_24_x86_64\nw:manylinux_2_28_x86_64\nw:manylinux_2_34_x86_64\nw:manylinux_2_5_x86_64\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marker\nw:marketing\nw:marking\nw:masonj0\nw:masque\nw:master\nw:match\nw:matched\nw:matcher\nw:matchers\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maturin\nw:maven\nw:maven2\nw:mavi\nw:mavivpn\nw:mawk\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:mcgdiff\nw:mcp\nw:md\nw:mdi\nw:mdurl\nw:me\nw:me_page\nw:mean\nw:mean_suite\nw:measured\nw:mecho\nw:media\nw:meeting\nw:megalinter\nw:melos\nw:mem\nw:member\nw:memory\nw:merge\nw:merror\nw:meson\nw:message\nw:messages\nw:met\nw:metadata\nw:meter\nw:method\nw:methods\nw:metrics\nw:mfi\nw:mhelp\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:mif\nw:migrate\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minimum\nw:minitest\nw:mintimeout\nw:minus\nw:minute\nw:minutes\nw:mirror\nw:mirrorlist\nw:mirrors\nw:misc\nw:miscellaneous\nw:mismatch\nw:mismatched\nw:miss\nw:missing\nw:missing_offset\nw:mission\nw:mission_impl\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnote\nw:mnpm\nw:mnt\nw:mobile\nw:mocha\nw:mock\nw:mod\nw:modal\nw:mode\nw:model\nw:models\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:molecule\nw:mon\nw:money\nw:money_test\nw:mono\nw:monostate\nw:more\nw:most\nw:mother\nw:move\nw:moved\nw:mpp\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:mshared\nw:msvc\nw:mt\nw:mtmu\nw:multi\nw:multidict\nw:multiline\nw:multiple\nw:multiple___\nw:multiverse\nw:musl\nw:must\nw:mut\nw:mutmut\nw:mutual\nw:mvalue\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:mysrc\nw:n\nw:n0000\nw:n0028\nw:n_\nw:nabucasa\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:nami\nw:naming\nw:narrow\nw:native\nw:native_lib\nw:nav\nw:ncurses\nw:ndarray\nw:ne\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netfx40\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newer\nw:newest\nw:newlib\nw:newline\nw:newly\nw:next\nw:nexus\nw:nginx\nw:nguyxn\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:nix\nw:no\nw:noble\nw:node\nw:node_config\nw:node_modules\nw:nodejs\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:northcentralus\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notifications\nw:notified\nw:notifier\nw:notify\nw:notsup\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:null\nw:nullable\nw:number\nw:numeric\nw:numpy\nw:nunomaduro\nw:nursery\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:ocrd\nw:odder\nw:oder\nw:odor\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:ole\nw:omg\nw:omit\nw:on\nw:once\nw:once_cell\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:opencode\nw:openemr\nw:opening\nw:openproject\nw:openssh\nw:opentelemetry\nw:operand\nw:operating\nw:operation\nw:operations\nw:operator\nw:operators\nw:ops\nw:opt\nw:optimized\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orjson\nw:orphan\nw:ort\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outcome\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outputs\nw:outside\nw:over\nw:overflow\nw:overlay\nw:overridden\nw:override\nw:overriding\nw:overview\nw:overwrite\nw:owid\nw:own\nw:oxlint\nw:p\nw:p0040\nw:p1\nw:p20240420\nw:p256\nw:p_\nw:pack\nw:package\nw:package_name\nw:packages\nw:packaging\nw:packed\nw:packet\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:paket\nw:pandas\nw:panic\nw:panicked\nw:panicking\nw:panics\nw:panics_on_zero\nw:paragraph\nw:parallel\nw:param\nw:parameter\nw:parameters\nw:parcel\nw:parens\nw:parent\nw:parentheses\nw:parenthesis\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsers\nw:parsing\nw:part\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:passkey\nw:password\nw:paste\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:patterns\nw:payload\nw:pb\nw:pbkdf2\nw:pc\nw:pdf\nw:pdfkit\nw:pedantic\nw:peer\nw:pegin\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:performing\nw:perhaps\nw:period\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:person\nw:persona_flutter\nw:pest\nw:pestphp\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pillow\nw:pin\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipenv\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgconfig\nw:pkgs\nw:pkgtool\nw:pki\nw:pl\nw:plan\nw:planet\nw:plans\nw:platform\nw:platformdirs\nw:platforms\nw:playwright\nw:please\nw:plexus\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:plus\nw:pmd\nw:pnc\nw:pnpm\nw:pod\nw:pods\nw:poe\nw:poetry\nw:pointing\nw:policies\nw:policy\nw:polyfill\nw:polymer\nw:pom\nw:pool\nw:populate\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:post0\nw:post1\nw:postcss\nw:postgres\nw:potential\nw:potential_utf\nw:potentially\nw:power\nw:powpeg\nw:pp\nw:ppv\nw:pr\nw:pre\nw:prebuild\nw:prebuilt\nw:precompiled\nw:prefer\nw:prefix\nw:prefs\nw:preinstall\nw:prejudice\nw:prelude\nw:prepare\nw:prepare_executor\nw:prepared\nw:preparer\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:press\nw:prettier\nw:prettyplease\nw:prevent\nw:previous\nw:price\nw:primary\nw:print\nw:printed\nw:printf\nw:println\nw:prior\nw:priority\nw:privacy\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:process\nw:processes\nw:processing\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:prometheus\nw:prompt\nw:prompts\nw:propcache\nw:properly\nw:properties\nw:property\nw:proto\nw:protobuf\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:providers\nw:provides\nw:providing\nw:provisioner\nw:provisioning\nw:proxy\nw:prune\nw:psql\nw:psr\nw:psutil\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:publishing\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:punycode\nw:purchased\nw:pure\nw:push\nw:pv4\nw:pwsh\nw:py\nw:py2\nw:py3\nw:pycognito\nw:pycparser\nw:pydantic\nw:pygments\nw:pylint\nw:pyo3\nw:pypa\nw:pypi\nw:pyproject\nw:pyproject_hooks\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python2_\nw:python3\nw:python3_\nw:python_\nw:pytz\nw:pyyaml\nw:q\nw:qt6\nw:qty\nw:qualified_races\nw:quant\nw:quantity\nw:quartz\nw:quasar\nw:queries\nw:query\nw:queued\nw:queues\nw:quic\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r0\nw:r2\nw:r5\nw:r7\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:rand\nw:rand_chacha\nw:rand_core\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:raw_race_data\nw:rayon\nw:rb\nw:rc\nw:rc1\nw:rc2\nw:rc3\nw:rdk\nw:re\nw:reach\nw:reached\nw:react\nw:read\nw:read_capsule\nw:reading\nw:readline\nw:readme_spec\nw:readonly\nw:readthedocs\nw:ready\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:receiving\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:record_sheet\nw:recorded\nw:records\nw:recursive\nw:redirect\nw:redis\nw:redzone\nw:ref\nw:refactor\nw:refactoring\nw:refer\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:region\nw:register\nw:registration\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:rejects\nw:related\nw:release\nw:releases\nw:relying\nw:remaining\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:rename\nw:renamed\nw:render\nw:rendered\nw:renders\nw:repack\nw:replace\nw:replaced\nw:repo\nw:report\nw:reported\nw:reporter\nw:reporters\nw:reporting\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:res\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolvable\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restoring\nw:restricted\nw:result\nw:results\nw:retail\nw:retain\nw:retention\nw:retries\nw:retrun\nw:retry\nw:retrying\nw:return\nw:returned\nw:returns\nw:reuse\nw:reused\nw:rev\nw:reverse\nw:review\nw:reviewdog\nw:reviewer\nw:revision\nw:revive\nw:rf\nw:rich\nw:right\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rit\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:role\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:rootstock\nw:ropenscilabs\nw:roundtrip\nw:route\nw:router\nw:routes\nw:row\nw:rows\nw:rpc\nw:rpmbuild\nw:rs\nw:rskj\nw:rsksmart\nw:rspec\nw:rss\nw:rtos\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runner_temp\nw:runneradmin\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rustfmt\nw:rustix\nw:rustls\nw:rustup\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s2322\nw:s2345\nw:s2554\nw:s2n\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safe_load\nw:safety\nw:same\nw:sample\nw:samples\nw:sandbox\nw:sanitizer\nw:sardonyx\nw:satisfied\nw:satisfies\nw:satisfy\nw:satu\nw:save\nw:saved\nw:saving\nw:savings\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanner\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schedule\nw:scheduler\nw:schema\nw:scikit\nw:scipy\nw:scm\nw:scope\nw:scrapling\nw:scratch\nw:screen\nw:screens\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:sdks\nw:search\nw:sebastian\nw:sec\nw:sec1\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secretstorage\nw:secs\nw:section\nw:section_end\nw:section_start\nw:sections\nw:securedrop_client\nw:security\nw:sed\nw:see\nw:seed\nw:seeds\nw:seem\nw:seems\nw:seen\nw:select\nw:selected\nw:selector\nw:self\nw:semicolon\nw:semver\nw:send\nw:sending\nw:sensor\nw:sensors\nw:sent\nw:sentence\nw:sentry\nw:separate\nw:sequence\nw:sequential\nw:serde\nw:serde_derive\nw:serde_json\nw:serde_with\nw:serialize\nw:serve\nw:server\nw:server_list_page\nw:service\nw:services\nw:session\nw:sessions\nw:set\nw:sets\nw:setting\nw:settings\nw:settings_page\nw:settle\nw:settle_ts\nw:settled_at\nw:settlement\nw:setup\nw:several\nw:severity\nw:sf\nw:sh\nw:sha2\nw:sha256\nw:shallow\nw:shapely\nw:share\nw:shared\nw:sheet\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shims\nw:shipkit\nw:shivammathur\nw:shodh\nw:shop\nw:shopco\nw:shopfront\nw:shorturl\nw:should\nw:should_\nw:show\nw:shrinkwrap\nw:shutdown\nw:sid\nw:side\nw:sidekick\nw:sign\nw:signal\nw:signature\nw:signed\nw:signedness\nw:significantly\nw:silent\nw:simd\nw:simdjson\nw:simple\nw:simplified\nw:simulators\nw:sin\nw:since\nw:single\nw:sit\nw:site\nw:sites\nw:sitter\nw:six\nw:sixty\nw:size\nw:skill\nw:skills\nw:skip\nw:skipped\nw:skipping\nw:skips\nw:slack\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slow\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:sme\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:soap\nw:sock\nw:socket\nw:socket2\nw:socks\nw:software\nw:solana\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:soroban\nw:soroban_sdk\nw:sort\nw:sorted\nw:source\nw:source_span\nw:sourcerygxx\nw:sources\nw:sp\nw:space\nw:spaces\nw:spacing\nw:sparse\nw:spdx\nw:spec\nw:specific\nw:specified\nw:specifiers\nw:specs\nw:speed\nw:spell\nw:spelling\nw:split\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:spotless\nw:sprint\nw:spurious\nw:sql\nw:sqlalchemy\nw:squareup\nw:sr\nw:src\nw:src1489103279\nw:stabilized\nw:stable\nw:stable_deref_trait\nw:stack\nw:stack_trace\nw:stackage\nw:stacked\nw:stacktrace\nw:stage\nw:stale\nw:stalled\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:stat\nw:state\nw:statement\nw:statements\nw:static\nw:staticcheck\nw:stats\nw:statsforecast\nw:statsmodels\nw:status\nw:std\nw:stderr\nw:stdin\nw:stdlib\nw:stdout\nw:stdune\nw:stellar\nw:step\nw:step_script\nw:steps\nw:still\nw:stmts\nw:stop\nw:stopped\nw:stopping\nw:storage\nw:store\nw:stored\nw:storefront\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:string_scanner\nw:strings\nw:strip\nw:strkey\nw:strsim\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:studios\nw:style\nw:styled\nw:stylelint\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodule\nw:submodules\nw:subosito_flutter\nw:subprocess\nw:subsequent\nw:subtest\nw:subtests\nw:subtle\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggested\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:supabase\nw:supplied\nw:support\nw:supported\nw:suppress\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:sveltejs\nw:svg\nw:swatinem\nw:swift\nw:switch\nw:switched\nw:switching\nw:symbol\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:system_stats\nw:t\nw:t0\nw:t00\nw:t02\nw:t03\nw:t06\nw:t08\nw:t09\nw:t10\nw:t10_00_00_000\nw:t12\nw:t14\nw:t15\nw:t16\nw:t17\nw:t18\nw:t19\nw:t20\nw:t21\nw:t22\nw:t_\nw:tab\nw:table\nw:tabs\nw:tag\nw:tags\nw:take\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tar\nw:tarfile\nw:target\nw:targeting\nw:targets\nw:task\nw:task_queues\nw:taskrun\nw:tasks\nw:tauri\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:te\nw:team\nw:teamcity\nw:tectonic_bridge_flate\nw:telemetry\nw:tells\nw:temp\nw:temperatures\nw:tempfile\nw:template\nw:templates\nw:temporarily\nw:temporary\nw:temps\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:term_glyph\nw:terminate\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_core\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_ringbuf\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_tools\nw:test_total_rounding\nw:test_unicode\nw:testcafe\nw:testdata\nw:tested\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thanh\nw:thapa\nw:that\nw:the\nw:thebeatles\nw:their\nw:them\nw:theme\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thiserror\nw:thread\nw:threads\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:times\nw:timeseries\nw:timestamp\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tldextract\nw:tlsv1\nw:tment\nw:tmp\nw:to\nw:to_string\nw:toast\nw:tobs\nw:todo\nw:together\nw:token\nw:tokens\nw:tokio\nw:toml\nw:tomli\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolcache\nw:toolchain\nw:toolchains\nw:tooling\nw:toolkit\nw:tools\nw:toomanyrequests\nw:top\nw:topic\nw:topics\nw:topologies\nw:total\nw:touch\nw:tower\nw:tpl\nw:trace\nw:traceback\nw:traces\nw:tracing\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction\nw:transaction_sequence\nw:transfer\nw:transferred\nw:transferring\nw:transform\nw:transformer\nw:transforming\nw:transition\nw:transitive\nw:translation\nw:transport\nw:travis\nw:treated\nw:tree\nw:trees\nw:tried\nw:trigger\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trims\nw:trouble\nw:true\nw:truncate\nw:trunk\nw:trusty\nw:truthy\nw:try\nw:try_from\nw:trying\nw:ts\nw:tsbootstrap\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:tunnel\nw:turbo\nw:turbopack\nw:turn\nw:tutor\nw:two\nw:tx\nw:txt\nw:type\nw:typecheck\nw:typed\nw:typed_data\nw:typenum\nw:types\nw:typescript\nw:typing\nw:typo\nw:tzdata\nw:tzst\nw:u\nw:u1004\nw:u1102\nw:u1403\nw:u1903\nw:u32\nw:ubuntu\nw:ubuntu0\nw:ubuntu1_amd64\nw:ubuntu2\nw:ubuntu24\nw:ubuntu2404\nw:ubuntu3\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:undefined_class\nw:undefined_getter\nw:undefined_identifier\nw:undefined_method\nw:under\nw:underscore\nw:understood\nw:undo\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unidecode\nw:unified\nw:unifont\nw:uninstalled\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:universe\nw:unix\nw:unknown\nw:unlabeled\nw:unless\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unnested\nw:unoptimized\nw:unordered\nw:unpack\nw:unpacking\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unschedulable\nw:unset\nw:unsigned\nw:unsupported\nw:unter\nw:until\nw:untrusted\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:unzstd\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgraded\nw:upgrading\nw:upload\nw:uploaded\nw:uploading\nw:upstream\nw:ureq\nw:uri\nw:uri_does_not_exist\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:us\nw:usage\nw:usb\nw:use\nw:used\nw:user\nw:userguide\nw:userland\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:utxo\nw:utxos\nw:uuid\nw:uv\nw:uv_manager\nw:uvicorn\nw:uvu\nw:uw\nw:v\nw:v0\nw:v1\nw:v10\nw:v18\nw:v2\nw:v20\nw:v25\nw:v260816\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:v_\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variance\nw:variant\nw:variante\nw:variants\nw:variate\nw:varint\nw:varint_len\nw:vars\nw:vb\nw:vcxproj\nw:ve\nw:vec\nw:vector\nw:veld\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:verifying\nw:version\nw:version_check\nw:versions\nw:via\nw:vietflux\nw:view\nw:viewmodel\nw:views\nw:violations\nw:viper\nw:virtual\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vpn\nw:vpn_mtu\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:w_\nw:wait\nw:wait_for_db\nw:waiting\nw:wallclock\nw:want\nw:warm\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:wasmi_core\nw:watch\nw:watchos\nw:wdio\nw:we\nw:web\nw:web3_universal\nw:web3_universal_ledger\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:week\nw:weekend\nw:weighted\nw:weisjohn\nw:well\nw:went\nw:were\nw:werror\nw:west\nw:westus\nw:what\nw:wheel\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:whose\nw:why\nw:widgets\nw:wiki\nw:will\nw:win\nw:win2012\nw:win22\nw:win25\nw:window\nw:windows2022\nw:windows_\nw:wine\nw:with\nw:withdraw\nw:within\nw:without\nw:wlctl\nw:woff2\nw:word\nw:words\nw:work\nw:workdir\nw:worker\nw:workflow\nw:workflow_dispatch\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:worktree\nw:worktrees\nw:world\nw:would\nw:wrap\nw:wraparound\nw:wrapped\nw:wrapper\nw:write\nw:writeable\nw:writely\nw:writer\nw:writing\nw:written\nw:wrong\nw:wrote\nw:ws\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x602000000020\nw:x64\nw:x8\nw:x8000_0000\nw:x86\nw:x86_64\nw:x_\nw:xauth\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xf\nw:xfailed\nw:xfonts\nw:xg66\nw:xlint\nw:xml\nw:xs\nw:xz\nw:xzv\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarl\nw:yarn\nw:yesterday\nw:yet\nw:ymd\nw:yml\nw:yoke\nw:you\nw:your\nw:z\nw:zephyr\nw:zephyrproject\nw:zero\nw:zerotrie\nw:zerox80\nw:zig\nw:zigler\nw:zip\nw:zipp\nw:zlib\nw:zmk\nw:zmkfirmware\nw:zstd\nw:zurichsee_ha\nw:zzpmw",
    causeBias: -126,
    cause: '5P8dAB8A4P+1/9z/6f8gAN//6P/D/+P/uf/I/9v//v/K/1YA1//I/7z/3v9KAOf/NQDM/7D/z//q/7z/KgDD/5r/SQAfAO7/VAD//8j/Lf+u/w4A4P/H/9z/4P+6/83/5//4/7//4f83ALv/0f/M/xgAJQCW/8r/GQA4ABUA7v++/6z/EAB7/9X/JADU/9H/8//O/xYA2v/g/+D/3P+p/+X/8/+H/9j/KQAvAPX/lv/j/8H/zf8aAPT/PwCr/xQA1/8RAKX/sv8lACoA2P9tAOL/MwDc/9P/OADc/zsAEAAtALb/RwDD/9b/KwDS/93/xv/X/xcAKwAVAOf/5//R/+D/2v/g/9z/6v/j/+H/zf8VAOH/4//l/8j/SAAaANn/bv/W/wUAuP/W/8H/HQAVAOH/9/8JAMf/FQAVAGEA4f8iAB8APwAsAB4A4P8sANX/2f/c/8X/w//j/8z/3P8UAMz/LQAZAEsAnP/T/8j/8P9gAGf/PgC2/yEAu/8JALT/qP9dABcAzv/l/63/pv9dAEQA4f/N/8//p/8lANL/RAC7/ywAqP/S/83/zv/R/0AAvP8UACMA2v88ADgAtf8UAO//6//Y/0oAoP8cALj/FwAVAOr/JQDr/xYAdwAWAOT/UQAjAN3/JgDl/9j/0v+2/1kAef/T/6f/SQDc/zb/xv/b/5P/JACj/wwAo/+Y/ykAqf/m/0UAn//h/x0ANQDK/+b/zv+0/93/xP8dAMr/5v90/xQAHADS/2YAHACV/8r/wf/d/7L/1v/D/9D/1P8YAE4AEwCd/xEAy/8mANv/FQCz/zUA3/8IAOf/0//l/9T/6//W/9v/6f+9/+n/7P/o/+H/5/8rAEgAp//b/73/6/8rALr/vv+nAEgAr/+8/9P/yv8TAJ3/DgA/ADoA3P/D/+L/GwCf/wgA7//I/8T/t/8fANb/IwDh/ysAGgAaABoAGgDi/ycA5/8BACkAhv/D/x8Ayf8KALH/xP8XAKX/NgA/AOT/KACf/8T/HgAYANj/3f8TAFX/JwAXABEA+v+x/y0AHAC2/63/nv/o/9b/MgDf//z/zf/l/zgA0v+z/5z/FgA4ANX/oP8UAJD/5f/Y/+P/5v/S/9v/OgDi/3j/tP8hAOj/xf/d/83/9/8SABgAyf8oALf/uv/o/9H/FgDg/5H/4//U/yz/HwCQ/xUAvv8hAMX/QwDS/2r/4P8LANv/EQAUAMb/+P8oAKn/awDa/+P/3v8VAHEA3P+1/9n/GAB9/9L/UgBGAEoAuv84ACsA5//h/8f/6v+g/zsAyP/d/wkAPgDZ/zEAtv/n/xoAzv/R/8z/0v+x/7f/6P/f/+b/zf/p/7r/1f/k/7j/qv+2/9X/yP/b/73/VQAEAMX/2f9XABkAHwC0/77/oP/X/7j/JwAOABUAHwAUAG7/IwA5AMv/1P9UALj/PQAUAOj/df/j/xsA8v/E/x0AJgAxAGsAJQAYABYATQDX/1wAIwA3AFwAFgDn/x8Az/+I/+D/6f/E/9X/ZQA4ACUAJwC1/24AOwDn/+v/FQC+/97/zf83APP/SgDO/9T//P/D/ycABACZ/67/HAAJALv/6f+Z/yEA3v/H/w0AxP/b/9D/2//h/zgACgD//9v/+P8fAOn/JwD3/xcAzP8aAK3/BwAuAFoAHQA8AOT//P/1/8H/6P/N/7f/FAAVAOP/if/r/9v/FQAKACwA6P9DANj/EAAPAKj//P8VAKn/oP8vAD4A9f/n/77/UwD+/8X/4/8EAK7/BAC2/xgA1v/r/+L/AwDq/yUA6P/E/+L/q//n/xYAIgD4/ysAIADR/z0AyP86AOz/z//a/+r/rv8qAOf/QAD7/+z/zP/Q/xwApP9+/6b/3P/g/9z/6P8bAOj/6P/J/wUAMQDc/93/2//F/9z/LwDB/7z/PwC4/x8ABgA/AOP/uf8UACwAHgDF/9n/FgDV/8//xP/H/7n/y//C/8L/0f/l/+P/uv/m/+P/mv/b/xcAFQAXAOn/4f/X/3r/6v8XAOz/z//C/37/GADf/xgAvP8yAOL/yf+9/9f/3f/q/9v/2P/R/+X/vP8lABcA6//M/+H/4f/d/ywA2v/S/7v/2P+V/8//tP/9/9j/5/9MAOP/JgDI/9f/OAAaANL/TABEAAoAFQDj/+P/zf/j/9n/KABVAIz/qv9OACgATAAoABUASAAtACUAFADE/+b/EwAVAN7/IACl/xAAwf8oAFYA4/9H/4v/kf+v/8D/4//V/zAA0v/M/+D/0f/T/+n/3/+w/7z/5P/h/+D/r//l/9r/JAAHAOX/u//d/9v/rv/m/9j/wf/l/+X/yP83AG7/yv8yAOv/6f/I/8z/vP/c/8X/q//E/9r/hf8JABIAJwDE/+v/rf+8/zIAkP/N/6r/sP+m/+z/yv8WANj/KQDj/9f/JgDn/97/5//g/9P/SgDT/+r/av8qABwA0P/8/7b/4v/m/9v/1P86ABcAFwDk/wsAFQDL/3b/GwDL/+P/PgDn/0oAz/8YAOn/AwDC/6b/vP/T/+f/4P/s/xoAGgCq/yMA4f8tAOr/2/8XABgA3v8oABEA6v/J/yEAFQAYANv/1P8WAMb/1v8hABkAuv/k/xUA1//B/+T/IgDq/+f/5f+3/zAA0P/o/xgAGQDO/9b/GwCa/x4A2f/K/5n/4v/r/xoAs//T/9L/2/+r/8H/FQDp/83/5//n/+r/zv/l/z0A6f8JAL3/u/8aAEkA5//O/+7/OAAEADYA5P83AMD/IwDV/7f/FwDp/7j/NgApABYAMQDc/8f/FADR/+P/vv+g/9//CgAWABUAFQDY/+T/0f8gANH/1//T/77/EgC0/+v/5//s/7r/KAAWAOv/GwAnAMn////8/wQA5/++/zQAJgBDAOH/3//h/ykAGAAYANH/KQDB/ycALgAoANb/sP/k/xUALgC9/yEAzP/e/7//0//P/x8A1P8vAP7/1/8OAC0AQQAVABUA2f8jAJz/7//N/wsA4v/q/63/1v/X/+n/5v/p/+n/HgDZ/z8AwP/U/9r/IQDe/+X/HQC4/zgA4f+3/9r/5v/e/8n/2/9LAMX/NgAgANv/5v8VABoALwAVAOT/2f/J/xwA6f+z/+X/i/+7/+n/JQAVAPz/JQAVABoASQBNAMj/FQAvADEALwA5AP3/NwCe/8L/PgDc/xgAPgAsAAEAKgD6/wAAVADn/x0AzP/T/8j/v//q/xgAv//i/xQAsv8sAOn/iv8RAHv/JADi/+D/yP8aAOH/3f+k/wcA4v+1/9H/if/a/4L/5/+0/63/4//l/5b/p//S/9//LADR/+f/GgD4/xYAYf/d/yEAPgAeAB4Avf/I/zMAlf+8/8j/4/9CAB4Aav8wABUAJwDU/xUAd//F/yoA1//C/yMAs/8TAN7/+P+//9r/3v/q/xwAFQAgACYAxf9LACcA1/+n/9T/6f+Y//j/+f/s/8f/4v8sABwAif/I/yAA4f8fAND/vf/W/w0A6v/V/6H/b//P/6n/6v8iABYA4P/g/8f/x/8pANz/4P/N/+f/gP/k/7P/0f/g/6v/y//b/8//6P/p/8//GADQ/7//zv8lAEcAkP/I/+f/tP/O/8D/3//f/7j/0P+9/+H/MwAzAG3/3f9j/6n/Yv/Y/6f/2/+x/+L/k/8oANv/KwDb/+H/6/9CAOz/QgAqAOf/JABIAM7/KwAiAB4A6/+4/w4AGAAeAP7/OQA3AC4AKgDe/zYAzv8jAEEA6P8YAM3/HQDX/ycAIgAwAB8AIwBBAN7/LgC6/xgAsv8zANf/5P8aAMr/GQDN/woA0f/C/83/6/8gAMT/OADJ/+f/MwAZABQASQA6AM7/FwAjAFgARADg/9b/EgD8/+D/wP8cAN7/JAADAMT/IAAyABcAtP/Q/y4Azv/T/zYAFAA2ALX/DwDf/8r/3f+H/ywA0P+S/+r/0/+V/57/3f/s/6v/2f+s/y0ADwDS/8X/r//4/6z/1f8cAML/vP/Y//j/IwAYAIn/rv9NAB0AGABnAOn/3v/g/97/xf8oALX/RgAVACcA0f8VABQA7P/n//f/6//1/yMASgAlACUAGADV/8D/5P/z/+j/2P/P/7z/b/8CANz/0P/r/+H/4f/c/+n/FADW/87/4f9uAN3/4v99/y4ARQAlABYAHwAlANb/7P84ALX/FADI/8H/IQAXAMz/u//K/6//o//G/8z/xv/s/7P/7P/f/5P/0/+N/7X/CwDe/6P/z/8VALT/JQAVANH/NgAWAIH/GADq/7v/GwCw/xQADAAnABcAIADr/7j/5v8DALr/v/+g/7f/r////+X/GADO/67/EgCt/6f/KADj/9z/GADg/97/1f/J/x0ACQC5/9H/eP8XANv/wv/D/+X/hf/X/8n/4v+1/9z/5P/R/zMA5v8VABwAHADW/73/HADB/+j/5f/h/8H/3v/N/9L/yv8jANn/wv/r/+f/vf+3/9X/OwAGALv/vv/p/ygAvv/p/9f/SQDW/9b/WgDr/yIAFgBCAAIA0//f/x4AgwAfAAsAoP/I/6z/FQDc/+X/xv8lAA4AzP/K//f/4P/j/xQA/v/p/zgAGgDJ////3//f/5j/KAAWACwA9v80AL7/wv/N/9r/wP+x/7j/6//l/yQADwC0/5r/zv8LAEAAxP+a/+L/xf/S/yAAof/G/97/8v/S/xAAv/86ABwA+v/E/7z/9//D/5f/GADX//7/GwDf/xkAzf+I/77/IQDI/+L/CwC3/z0A8f/Y/4P/Z//A/xYA3f/a/+D/FQBBAEEAOAAVAMj/4f/g/9z/5f/Y/zQAp//V/8v/IwDt//T/6v/I/x4Ar/++/7X/o/+p/5n/dP/f/9j/mv8DAOT/0P+1/7T/4v/R/0X/nv+//5v/tP+Y/6X/1P+V/6D/VP/o/8P/0v/G/xYA4P+n/93/5f/k/+v/x//s/9f/0/8gACoANwAYACcAsP/Q/+n//v8UAL3/5//l/xUAIgDZ/0AAUgCo/xQAnv9AANr/NwA2ADIAWQAxABQAIQCu/zMAHAAlAL3/FwAdAL3/gf+w/+r/1f/W/8b/vv/Y/7v/3/+//83/0/+u/7n/BADP/xcASwDK/5H/ZwCi/w0AJQDJ/xoAJgC4/wgAMQAeAKP/LQAUAE4A4//j/97/jf/K/yAA3f+9/67/3v/n/xcABwDi/7//FwDV/+H/sv/B/+b/LwDN/8X/5/+O/xUAHADb/+z/5v+5/0UAvP81AMr/4f/Z/+r/HAA5ABUAKgDP/8//9P8nAC4AJQAuAAMAz/8tABAAnv/Q/9P/lP82AB8AxP89/zAA7f8tAMj/tP+6/9n/1v++/7H/CgDI/ygA6/8mAPr/6/8yAMP/zv8aABoAFQCj/7H/7//C/+H/1P/i/8D/nv+u/97/6//S/9X/wf/R/+r/IgBJABkAIQC9/6v/y/+z/97/0P8vANv/5/+2/97/FAAnAKT/5f/O/xgA1v/p/7//CgAnAN7/uv8hACkAOAAXAOf/EADv/yEAf/+o/7z/2/8m/7b/sf/k/y0A0P8nACcA5v8gAOv/JADn/8H/zP/K/7X/2f/P/9T/zv/Z/8//5/8UANH/pP/a/xUACADs/7n/3P/q/8v/1P/p/8H/UgDH/6j/yv/e/6b/3P/c/xkAFQAYAPz/0v/L/7r/IwDn/y0ALQD//x0AVABEACsA/P+z/yEAov/Q/w8A4P8kACgAFgDn/wAAFADW/xcAxv/d/93/yP+Z/20AJwA2ALT/1//g/8T/5f/A/7b/pf/I/93/4f/o/9v/0f/A/6X/1f+m/9j/0f8XAL//FgAXAAYA4v8oALz/2//Q/+j/IQDf/9T/4f/I/8n/3f/b/7n/EwDF/9X/4/+i/9b/oP/a/yEAFQDg/xoAEwDk/xQAwf/F/xUAwf/Y/9L/4f/U/ycAzP/n/8j/w/8gAMT/0//c/+b/yP/Y/6T/yv/i/87/KQDZ/+b/HwDC/2r/wf++/7f/0P+9/9P/6f+3//T/y//J/7n/IwDZ/9j/FwDc/xkAtP8lANj/4f+G/x8Auv+w/8P/qf9VAAcA5f+V/zsAxP+0/6//4P/D/9L/4/+t/wcALwAfAC8A4v+c/8P/tf/i/5r/4v/O/67/5//l/+D/9v8oANz/6f/e/87/KACp/0wAHgA4AMv/GgAYAEEA6P8iABUAHQAHANf/QACp/8r/iv/S/+H//f+7/1gA5v/f/8n/AADj/8r/1//G/87/4//J/8v/3//R/93/1P/P/97/rf/i/8//6f+//9H/6P/b/+X/wf/n/9j/4P/K/9X/1f/I/9L/2f/I/23/rf8OALT/vf8TABUAvf/l/+H/wv8qALz/0v/W/7D/y/80ALP/KADl/6T/JgDC/xYAz//P/7f/IgAmAOj/vf+s/1X/KgCv/7b/6v8VABgAGADU/9T/FQDn/87/dv8cABIA6P/i/9n/5P/s//z/QAA6APD/4P/f/+n/3f/h/8D/FQDD/+P/HADb//z/GgDb/6f/5//V/7b/0f89AK7/4P/I/xYAMADX/zkAFAAYAOH/FQApAPb/yv8nADIAJwDh/y0AKADr/x0A1P/r/ykAf//B/9//KgDM/0UAq/83AK7/NgDs/9//GADG/7j/5v8rABQACADe/yAAn//F/0z/xv/C/1gAGwDP/8P/s/8lADsACwCe/9P/5P8kADYA0/+V/y8A4/83AAwALgDd/9n/JgAWANf/q//9/xsA+P/j/ykARwDd/yIAGwDf/+X/QADj/z4A+P8nAHwAIAAhAK7/0f/H/9H/s//H/9f/xf+h/yQAr//n/5//0v/T/93/2P/G/9L/1/8kAOX/GgDM/8H/x//K/+n/7P/z/9D/1v/F/6//4P/V/9b/1P/O/6//m//W/87/1P/n/9T/4f/H/+j/DgCK/xgAGgDX/9v/wP/c/9H/pv+P//z/IgAvAMH/DADN/yAATgDH/9v/3P+v/+D/2P87ACYASQDp/wYATwDj/9H/FQDV/8b/1//n/+H/3v/B/xkA6v/M/93/5f/r/9z/kv8bANn/FADU/+P/kf8/ABUA6//n/24A3v/H/+D/3f/i/+L/0P8MAAsAgf/l/+b/6P+s/9j/GgC4/xUAIQB0//z/rf+M//H/FAAVAMX/GwAWANz/6/98/y4Axf9PANv/GwDZ/zYAOwA6AIz/4P/q/xwAZ/80AAcA6P8AACoA2v/g/9z/4//h/wsAof/T/9//5f/o/zYAFADX/zYAs//r/xUAyf/E/9X/1P9JAB8ANQC+/83/wf/c/9b/GADE/wsA4P8UAC4A4v85AD0AGADb/zQAmf83AMT/1v8vAGD/0P/l/1UALADo/+X/SwDp/7//2/+9/7L/FQC8/8T/4f+y/1gAHwAUAOP/pv/r/9H/GQCW/9z/EwC//yAA0P/g/93/yv/h/+v/mf/I/wEA///N/z4ASQBJACgAGgAoABoA0v+m/+r/5P/Z/+j/v/8hANb/zP/K/9T/GADc/7T/3f/e/+H/6P/i/xQA5f/j/6z/of/j/+v/0f8VAEsA2//C/xkAsv/Y/63/6//p/xUADgAWADgAxf+g/xgAKwAsANb/6f/L/zkAwP8aAC4AJgBM/ycAKgA5AJr/2f8vAMX/AwAaABoAGACq/1EAq/8dAN7/4f85ABQAs//g/zAAx//h/xEA4f8oABIAvv++/9X/wv9x/1IAFQAtAOT/zP/a/9r/5v/W/8f/tf/q/+v/3v/R/ysAz/8cABYA6P8HAOr/ef/f/9T/GADn/9b/zP/o/zAA2/8YALz/0/8UADIAs//j/9j/1/8UANn/wv8XADAABAA6AJ3/GQA2AKX/IADR/9v/3f/n/87/BgDM/8j/r//k/9f/6P8VANT/zv/X/+r/4f+u/8//z//r/+j/FAAwALX/CwAtABsA+f/5/xYAXAAUACsA4v/Y/+v/3f/U/6T/zP++/9j/xv/F/97/yf8jAN3/4f+4/yEA3v/P/+f/o/++/8P/2/+3/yYAFQC1/7P/FwDn/y4AQQAWAEEAFQDg/97/z//c/9f/qP/h/9v/egDG/4P/1f8VADoAJgBw/9f/0P8rAOf/3P/7/+P/2P9BAG//xv+9/xIAq/8VADQADADo/xQA3f/g/7T/6//O/y8ABQDc/y0A4v8mACAAzf/U/zoAn/8XALX/3/8qAFIAFgAjAND/GAAUANX/AADU/8X/3f8YAJD/2v8UAB0AFAAKAK//uP/J/2f/FACg/9f/mv9NABgAFADm/9b/4f/X/+D/6//Z/+j/4P/b/9b/wv/i/+j/3P/R/9H/wP/P/9//xf/c/9r/2P/B/97/0f+//9T/5//W/+D/2P+s/7j/SgDO/7L/yP+K/9n/jv/N/7P/4v/D/5D/6v+q/3j/tv/q/+n//P8VABUAIADD/8r/LAAVAL3/BADz/wYA4P+g/77/4P/I/xwANADe/+D/NQBWACIA6/9t/zcA4f8dANL/YwC//zcA1P/x/z8ACACv/xQAm//6/zIAHADs/8n/2v/m/+z/+v8tAAMA6f9EAOr/7P/q/8v//f8HAAUAjP/f/5L/5f8AAOr/4f/2/yYAFwAW/6H/1/8sAE4AGgDr/wQAq//W/y0AQADh/yIAKQA/ABcA4/8/ACwAHgDg/9//z/8pACwA6P/d/9z/0/+g/xkA1//I/2P/2P+J/wwAp//J/9j/HADg/97/w/+w/ygA2f/l/93/sv+a/93/n/+9/9D/sv+//5H/KwA4ANz/3/8XABQAxv8tAOv/3//r/8z/6/8rANv/3/8lAOn/s//U/9r/v/8oAKr/0f8aABoALgA1AKb/0/+//8H/4P/V/+T/z//N/+n/FgAvALj/TAAYACoA4v/F/0oAGAAYAOT/y//f/+b/5v/q/+v/5P8cADMAt/8ZAMH/6f/C/9P/yf+p/xgATv+9/9L/pf9A/xgA7f8eAOj/qf/R/xgAMgA3AE8ATwA6ANT/7/+4/7f/4P/V/yYAAADp/67/3v8fANv/2/9M/9f/2f9FAGQA3f+L/0cAov8VAFMAJwDm/xkAJwC2/zUA2f/h/yMAxP/E/+H/KwCX/+H/bADW/y0AQAApAD8AuP/V/ycATAA/AA0A0/9hAOv//P+v/xgA5f+5/6r/3/+y/9//qf///9H/BAC6/6H/4/+E//n/LwDk/27/s/8lAMH/HwA5ADYAuP84AC4Axf85AEIA6P/y/0UA7f8jACgAFwAGACcA1f8OAKv/sP/J/9j/of9GAAIA6P8qADIA6v+m/wEA1f88AC8ARgDl/97/LAA0ANn/PACh/xoAGwBPAB8A5/+j/yoAKwAcANf/FgDL/zQAPQAVAFkATwAfADAAPwA8AOT/GACL/yoAGAAqAK//zf8CAB4Ak/9GAB8A4v/R/9v/0f8ZADkAxv9PANj/7v+h/9H/GQDh/6L/DwDf/8v/+P/q/+n/JwDP//7/PQAtAMD/4f/B/zsA1f/V/8X/zP/J/8v/JgAVACQArP+y/+L/6f8VAKb/yP9BAP//wP8hACQAMgDS/97/GwAmADYAMgDp/7P/zv9FAM7/wf8WAJ3/GQBKAMX/nP8YADUAKwBAADYAKAAuABUA8f8jADEALAAZAMT/hP/E/9j/5f/H/xAA6P8zAMH/vP+8/9f/7f/8/+X/AwDE/yYALQA+AMb/w//l/87/3f/g/+H/vv8cABgA6/8WAB4Av//U/7X/x//L/xEA2/8DAOr/wf/F/1MAuv9BAIAALwCL/yUA+/8fAHQApv9aAE0AOgBp/9b/rf88ADcACwDn/+n/SwAxABwALwAcAEgA4P81ABoApP/O/+H/RgAYAOb/KgApAOb/zP+l/7v/5P8fABsAMQC1/9z/0P8eABgA8f8vAKP/sf/K/+H/y/+l/77/5v8iAOj/u/+2/7L/yv/1/5L/BwCv/97/MQDo/7X/MQD9/7b/tv8gAOH/HADT/7D/GADw/8X/GQDZ/xcAzv8qAOX/NACy/4v/0f/r/xoA0f8XAC4ALwDu/zwA5/8oAOX/mv8sAAYAwf/d//3/dwA+ALT/RAAmAP3/OwAaACcAFQDp//r/1v8cACcAGgCp/zMAHAA1AB8AMwBOACAA8P/M/9D/3v8WAPf/uf+t/woAhv8UADYANQAhAMP/0v9KADUAZADn/7P/6//K/xYAFwAsAEkAKgDc/8H/vP/d/0IAQwAlADUA3/8XAAcAwP/k/7z/yf/m/9L/5v/o/7b/IwDo/7//DgDb/yT/m//n/w4AFAC5/+f/3P/c/zIAl//Q/7H/4v/M/+n/2f+k/2T/0P+z/93/JQCl/93/FgDh/7b/5P8rANr/1//H/+H/GAAnACcAx/8iAMD/a//S/93/EQAnACIAKQCn/9n/mv8xAN7/6P80AAEA5f8HADMAAwDB/9z/ZADe/+X/BgDR/0gA0/+q/9f/jf/g/zMAuP/T/+b/NgCs/9j/wf/s/xoAgf+5/6//u/8EABYA3f8WALv/6v+s/7f/tf/Y/+f/+/8/ABwA2/9bADAA5P82ADcANgApAOD/KAAjADMAMwCp/9j/1f97/4f/qf+n/9L/tf80ANn/x//E/8f/kP/L/y0AzP8XAEUARQAcAMf/y//r/+f/wP/V/xoAMgDA/8f/4f/Z/8//IgAyABwAIwAnAM//z//j/yUAuf8oAKr/sf/e/7j/EQBKAOr/wv8YAMz/SQDB/7n/tv8jAMv/zv/W/9f/7P/r/9v/2/8EAPX/OQDC/2wAvv/V/9n/x/8hAE4ANwDr/6v////s/+f/GAAJAN//IgAUAOL/2P9t/+D/JgDM/9L/FgDh/yQAwP/U/xQA3v/b/xYAFwDg/9z/+/8cACAA3//F/77/rf/M/yEARQAGANn/2P8oAL3/6//d/x8A6P/X/z8A6f8UAOj/9f/h/7z/3f81AMb/LQCm/0EAxv8NAOv/GACo/1AAGADe/xYArv/m/4j/cACn/3b/4f8gABYA1//R//X/FQArAMH/0f8CACIAHwAfAB8Arv8iAO3/9f+1/yUAPQDO/xgA2v/f/0cAGwAmALD/jf+//yEAwv/F/yEAFAD8/9//nf8WAOH/FADQ/yEAjv+l/4r/KwCd/y0AvP8VANL/1v+l/9D/zv8zABUA0v+t/9P/xP8rAOr/yf8tAOr/lf+J/xcA6v+t/yQAtv/X/z0Awf8hALL/4v+p/5b/FgDY/9v/n/8VALP/yP+K/x4Azv/n/yEALgAtAMP/zP+8/ywAwP8UALH/4/+m/8v/zP+e/9//yP/Y/+L/4P/E/xkA0P/h/+T/6f/M/zgA6v/B/9f/3//I/6H/yf8jACYA6//r/9j/vf/f/+r/6v+n/9z/FQAfANf/5v82AEcAvv/M/xsAWQDe/0MAr/9CAEwAtf///+n/uv///h4AGwAJAOr/2P8WABQAv/+q/0n/FAC7/6P/GgC8/8X/tv/S/9X/TgDv/+r/PAAdAMP/yv8bABgA1v+4/xsAsv+8/yoA2f/f/xwAyP93/wgAyP/a/9j/gv96AK7/uf+6/w0A7P8jAEsAuP/Y/yIA+P88ALP/4//G/2j/vP+k/9T/0P8cANv/HABAAJP/tf/J/9D/GgC9/57/xv+4/93/FgDo/7j//P/g/53/FQCt/6j/m//Q/87/KwDA/+H/3/+b/97/x//c/3n/GADl/+r/wP/n/8X/9/+j/yMAdv/q/73/6P86ANn/lv/d/9b/2/+//xoAtf9U/93/6P/e/4b/zP8p/9T/3P/X/8b/3f8FAL7/7P/9/9H/CwDo/63/KgDM/6b/1v+Q//D/yf8GACIAFgAVABsAxP+6/+r/5//O/8X/qf+8/yIA5v+0/w4A6/+w/yUABwAaADAAIwAt/9X/O//J/+T/GwDZ/ykAFQDq/9j/UQC4/xgA0v+u/wgA0v88/9j/2P8W//r/KAAnAMz/FgArAND/HAAcABsAqf/7/8//CADb/0AArf/1/8b/BAAzALz/1v/i/+v/4f/m/xcAxv/m/8P/sv/Z/xAAs//T/9f/4/+0/6X/p//K/7z/0P/Q/xoA2/+9/zQAuv/m/6X/JADc/+z/5P/Y/zEAQQAVACkAy//J/9D/3v+9/2f/FAC0/+T/hv/R/93/qf9fANH/4f/e/w8A2P8XABMAzf8XAOf/4v91/zMA5f++/9z/0f9AAOj/QgDY/8T/5f/j/yMA2//j/yIAzf9GACYABQDl/zUA2f8nABYAIgC2/+j/6//S/xQAxP/U/9X/IwDo/8L/KwD5/0IAEAAaAOf/HwDY/y0A9f8VAOX/ov/d/+P/xf9CAN7/v/+//+j/FQDK/73/OAAnACcALQDf/ygAt//i/8T/3P+k/9n/zf+0/67/3f8gAOL/z//g/+X/HwDb/xgAFgBUANL/2f/q/8T/0f8vAPj/qv/B/yYAIgAzAOr/1/95/+j/yP/c/+X/3v/q/9T/6//q/9n/1f/p/9r/PwDk/xQArP+z/woABgAiAMz/zP8UAAMA6f/n/+//IgDl/97/2/+CAAsAGADB/7z/zf8YABYAt/+b/ygAVf/D/+r/ov/p/8f/4f/O/7b/4P/q/+n/QQC6/zEAUADP/9X/GgAlABwA1P/S/+//6v/l/7D/1P/m/x8AHADT/93/4P83AKL/x/8VAMr/1f+d/8n/z/+X/6L/BwDl/87/GADn/+7/2P8XAO3/yv8rABsAtP/C/y0Awf/O/97/KgDO/z4AsP+v/9L/HwDS/8r/xP/X/xQA5f/r/9j/vP/x/+L/zP+2/+P/2P/F/+f/0/8uAB8A5f+P/8T/EwDZ/+D/yf/d/zMA9v/p/ykA6v/J/xQAJwC9/3P/IgAUAMz/yv8QAAoAnv8yAMr/6//O/04Awv/c/7X/FQDe/8r/rP8gANv/rv8WAMz/k/9LANX/NgDf/+D/FADK/xwAHQBeACUAFAAEAKz/5f/Y/9X/4v/k/+P/tf/Q/93/4v+S/5n/jf/h/xgA6v/U/9L/vP+o/9j/HQC7/+L/0/+v/zsA2v+5/+r/z//p/93/1f+u/8T/wf/q/77/0P+7/3T/2f/X/xcA3P/p/+r/4P/M/7H/wv8RAM7/+//m/9L/+P9SAPX/MAAYANf/3f/p/+n/5//H/yAA1v/h/x0A5f/o/0oAyP8vACIAz/8WAIr/mf+3/8X/2f/R/8//FwAoADQAqf/O/8D/xv/P/xgA4P8hACwAHwDI/woAv//o/+n/IQD6/7//SQB9/77/pP+e/7//5f8oAMD/5f+Q/y0A2f8lAE4A6v9rAIH/yf/O/yAANgDG/8v/DQCY/xcAw/8HABYAPgCL/yEAIgDS/y0Aiv84AN//pv8UAOj/GADu/ywAw//D//X/xv8cAOb/BAAZAKr/0//P/8D/6/+T/9n/3P/E/9n/+v/g/9H/KQAYAC8AIQAVABUACgDl/xUA5P81ADQA3v8dACAA5P8eABQAHgDL/6v/4P+a/4j/tv+z/7//tP/K/+b/2f8nANT/4P8LAMP/6v/A/6//1P/D/9T/6f/e/67/xf+w/+f/zf+q/9P/iP9BANf/wP8bANT/4v8mAC8ANgC2/8//FADb/6v/yf88ALH/wv8JANv/vv8tACEAnf+1/yYA+f8hAKj/mf/b/+X/y//n/6L/r//Z/9b/sv8pAEoALgDe/+H/4P/e/73/uv/J/y8Adv/R/43/t/+//8j/5f/g/9j/3v+9/9j/5f/a/+r/5f/o/ykAGAAGACUAKAAvABcA5f/h/ykAKQAcACQAy//4/9T/5/98AL3/4f/s/93/xf/a/9z/4f/D/83/4f8pANf/5v+L/9D/2P/W/wkAvf+8/5P/zP8hACEAIQDI/+j/KgDh/7L/xv9FAAkAGgDn/8j/LgAhAMP/KwCZ/97/LQASAMn/5f9LAPj/y//T/+r/FQDh/+L/4f/h/9H/1/8XAJj/hf+c/9P/BwAjAKn/tf8YABUAPQDI/8X/wv/z/xQACgA3ACQAGwBCAMv/pP8YAOj/5/8YAOv/NQAyAOP/vv8XAIb/6f8pAAMAFABu/xMAQwDj/xoAEgAVANz/7f8yAMv/x/+z/6H/IgA7ABgA1v8sACUA2/8tAMv/FQAEAJr/EAA1ACwAFwAUAND/HADm/+7/NQDc/8j/GAD5/xQAOgDA/+P/JQDn/+n/wP/M/93/4v/K/9D/4v/k/8//LQDE/zwA5/8nADUAFAArAOL/t/+8/zEA3P/q/7P/6v/q/93/t//d/9n/6/9RALj/kP/O/9T/7P/Z/8r/yv///xgANACT/63/+P+S/yIA6v8kALf/JwDG/+H/uv/p/+v/wv/p/+7/x//P/8D/wf+S/8//FgDT/7H/av8qANf/wf+T/4v/vP8WAL//zP/z/9//GADI//X/3P9QABYAEgA0ANf/s//8/xQAFACq/00AzP8EAAkATgAoAD8A0P/d/xgAFQAUACEAIQA7AOj/4//c/7n/dv/X/xQA3/+d/zQAFADF/9L/CgC3/y4A5v/l/+H/yf8UAO3/FAAVAOj/0v/I/yYAxv8vANv/pf8fAC4A5f/k/8D/4v8fAOz/IwAjAKP/vv/l/ysA4f+t/7f/yf8pAM7/HgAxAKb/NADh/+n/1//T/8b/xP9iALH/HgAEAEwAIgAXAB8AMwAcANP/w//R/+D/NQD1/xwA3P+x/8D/GAC2/9n/GwDa/9L/CwDk/7j/n/8QAC0AFADX/+L/FwDT/7X/HAAkAOP/TgAQAOr/f//s/ywA9//T/+P/6v/M/zkAUADd/8L/HQBAAOH/nP7V/3oAMQCP/z0Adf/l/8P/FgAlANX/FQBJAML/zP+9/x0A0/8dAOr/x//I/xwAFQCS/xwAFADc/8r/3P/B/9j/GwDH/9v/3/89/x8AtP/O/7P/wv/O/8z/3v82AC8AsP/K/xgA3v+0/8T/PADM/6D/NgAnACcAOQA7APv/rP/q/7b/0P8VADgAWwDd/1sA3f8eAEMAGgDX/xgA6P+s/+L/5f+p/8j/yf/V/wcA0P/D/ycAWf9DALz/5v///+f/tP/L/5//8v8tACEAHQDn/xgAGACs/xkA3v8hADcATwCYAB8A9//i/y8AQAD5/6n/3v+9/7//GwDQ/7r/3P/c/87/xf/c/1cAIgDc/xwAHAAlAP//KgAUAFIAFwAUABsAFwAyAHr/TwAUALX/3P/B/9n/HADj/ycAFQAuABYAKgA+ABUAxf8LABoAHwAUAEQAMgD6/5z/FQAVABsABgDp/+T/3v8VAMX/w//Y/9T/2//U/xEAQACo/zYAtP9IAOr/2v+9/7//6v8hAOz/9P/q/9z/nv/T/9b/8f+9/+L/tP/V/9v/0P8xANv/vv90AML/zP8jAND/CQDf/6f/z//V/xQA8/8cAN//FgDH/9r/xP/K/8f/GgDR/4n/KQC1/ysANwC1/xYA4v+X/9//yP/X/8v/r/8fAJ//xf+//8f/xf8rAOL/n//u/+X/PgDD/zIA0v/e/yYA6//R/00AMwBAAEMAAwApABYAHAAcABoA0v8qACAAFgAaAD4A0/9CAC0ACQAfABYA2f/F/wkAbv/H/xkATgAvABAArf/K/+P/+P9GACcAz//K/8H/DgAYANj/IwDZ/7v/wP+S/6v/0P/k/ygA5/8/AOf/FAAYAB4A7P/l/8P/NADD/8n/4v8GANj/2P/X/9j/kP/l/33/0/8xAB4Aov8AACYADADe/xkALQArAOv/tf/l/y8A6v8XACUA6P8NANH/3//H/7z/CwCr/9v/xv87AEsA6P+4/97/6v+h/+X/7P+g/wkA1//H/2IAHwDa/8H/2/8uAOD/6P8gAMP/QwAgAN//CADa/5z/3//n/9P/1v/l/9T/6//W/9v/6f+9/+n/7P/o/6r/FAArABQAm//Z/7H/zv8VAKf/5P/L/+H/6f/g/8D/6P/o/+H/QgAXAJL/6f/4/x0AGwAYAJn/vf/m/y8Aof/p/3b/5f/n/xoAyf+C/xoA0//F/18AnP/e/+L/2f/5/ysA5P9qANn/kv/n/8f/nv8aACcAOwCw/wMAx//k/+T/zv/P/9v/KgBRAKP/FQBIACQAIwDQ/+r/6v/d/9n/1P/d/6//r/8jAMj/5v/h/xcAvf83AN7/6//q/+L/2v8UAB0A4v8JAAsAzP86AKD/MgAVAJb/JAAXAK//3P9MAM//6v/S/0kAIQDX/8H/0/8UALj/JwDN/87/3P/l/+D/4f/W/xQAwf8mAOj//P8jAMP/zP9DABYAHwAaANz/wP8AABUALgAmAND/MQBGAOL/JwAWAL//8//p/xgATQAYAL3/qf/B/9D/3P/N/xoAHwCL/xMARgAmAOb/wf/HAO//wP/e/24AFAAcACQAmv8hAMT/OwDi/9z/FADb/zL/FADq/7L/PwDI/y4AGwDW/ykAHwCw/6//wP9y/4n/KwAiABUAqP/Y/zYA5/8VACgAGADn/9b/MwDc/+n/lf8bAC8AMAAXAMD/4f/h/8X/KQBAAN//JQBVAFIAFwD9/yEAKwC3/zAAJAAGABYATgBHACYAawAlAFAARQBJACMA+P8XABUAFQAlAAkANgBZACwACgDe/8D/HQDc/9r/lv/r/+b/FACC/ywAsv8tAKz/JgAYAK7/yv8HAEEAuf/Q/zEAFgA9AB8AKQDr/7n/0/9QABYA3P8YANf/LgDO/+3/IQAkACUAHAAoALP/wv/R/+X/2P/D/63/i//G/9f/6v/h/8//6//o/w8A2P+t/+X/w//m/9f/1v/S/xQA2//A/9T/sv9OABwA4P+t/x0A3//E/9D/7P/K/zkA0//I/+v/KADr/73/PAAtACMAtP8UAOj/GAAuAGMA1//i/+j/6P/f/zMA5/+3/+v/5f8cANf/FwAvACwAJwAVACIANgAnAOf/0f/k/+r/JwDM/8f/PgDZ/9z/2P+u/97/3//e/8z/yP/z/9z/4P8YAL3/yv8eABoAJAAoAOX/FACt/6P/FAAuAIYAvv8CAEwAyP8aAML/AAAcABQAz//m/+v/2f/S/8z/RQAUAC0A3f8DAOj/9v+o/+H/uP+s/8H/Wf/S/3f/2/8IACwAFAA2ABwAAADf/wgAsv/K/5X/yP+u/00ANQDZ/1IAw/+0/6v/m//e/+b/IADg/7b/hv/o/3MAOgAWAIT/R/+v/zQA2/8mANn/6/+n/xoAs//V/7//FgAVAN//4/+r/97/wP9SAF4A4v/I/xoALAAaAN7/FwAVADgA3v/h/8L/2f8tAC0A3//o/0EAQQA4AFEApP+a/+n/qv+j/1IANwDp/0AAzP+9/0wAyv/q/yMAGgAaABoAGgAdAOf/0P+6/77/z//M/8T/6v8YABQAMAAtAPb/wP/q/9//QgAQAC4AJQD8/xUAcP8tAC8AKwDR/5H/6v+N/9P/0P/p/8X/YgAcACcAJwDn/8j/FwDW/87/0//d/xkA6P/D/8n/4P+1/+T/0v/q/97/4f/H/9j/h//E/3r/2v/f/08AFQCm/xUAGwCt/ygAn/9GANH/yf8bAOT/QQCj/7j/AQDa/w0AIwA/AM7/GQDQ/yUA5/9HADYAQAAeAOH/CQADAKz/GADl/+X/wf+1/7H/v/+p/7//5P/b/9b/sv/Z/57/nf/J/7r/JQCU/yoA2P+e/8//4v+1/5f/1v8a/z8AVwDa/8b/1v/G/97/DwDZ/9v/rP8pAN7/x/8FAMz/LQAYAL3/6f+o/+z/6//c/9X/sP/d/zwAz/+m/xUATgAnACwAIwAiAEQA7/8TANz/KgCI/zsACQAyAEoA4v/v/87/DQAqADIASwAcAFIAGwDl/9L/KAAdANn/vf8qAOb/IgBmAFMAMgAvAOn/0f+d/xQAuv8VABUA9//n/8D/qf/J/+v/q/8/ACMAsv/k/8L/mv/h/9//OwDL/8T/5/8RAOb/2f/A/xUAxf/a/zgAu//K/9r/jv/Y/93/dv/F/4H/1f/m/+P/w/8qAMz/BgDV/73/uP8SAMb/1P8uAN//df8qAMD/HQDU/7v/4//c/8f/RADG/4n/SP/r/+v/MADM/8//1P/A/7n/3P/b/wEA3f/d/+L/4P/U////HAATAHf/FQDM/7r/r//i/yUA0P8VAB8A3f+V/8T/6/96/77/p/+u/ykA/P8KAA4Aqf/o//f/GwDT/8j/l/+U/z8A1f/k/7f/pP++/9D/wP/Q//7/6P+J//v/HACI/93/1f8EANP/vP/R/73/x//Y/9L/LADf/+H/z//q/7b/IwAlANX/uP/Y/7r/vP/L/9v/u/+3/iAAHwDq/+r/qv+z/9v/NwDi/ysAdv8pAC8Ayv/H/+T/FwAXABcAFwAVAN//0f/C/yEAKQDg/8f/0/8gAID/sv9NACYAKADY/+j/3v8qACMAJwDa/8n/HgAKABQAJwDo/zIA3v/n/x4AFwDY/9z/FAD//7//RAC2/yUAKAAiANf/JgAqABwA+/8cALf/AwAfACEAKQDr/yYA2P/b/zsA4/82AFQA6/8vACYAuP+M/9b/x//N/xcA3v8aACcA4v/h/yIAOwBGABkAxv/f/5L/JQA2AOH/r/+a/6j/2//l/zsAuP/b/zsALAAQAD8AGQAmABYA///R/x8A0v/+/9f/6P+w//L/BwDW/+v/KgDp/6P/4/8nABUA0v/L/8n/IQDf/6L/IQAVAM7/yv/Y/9r/1P8kAOT/6v/Y/xcA+P9Z/+L/KAAWAOb/yv/i//j/vP/O/+H/xP/W/9v/t/8FAMv/2P8LAOf/7P/Z/7v/MwAVAMb/HwAUAOf/GADK/9n/PwAhABIAMQDg/xQABwAVABQACgAXABgAGAAsAML/3v8gABQAyv/q/9v/NgAXABUADgDR/8X/GAAVAM7/JADn/87/GADg/6P/1/8CABgAHQAUANL/4//e/xIAx//O/ywA4v/V/9r/2/+b/5v/3P/I/7//wf8ZAD4A3//M/8b//P8rADMA4f+9/yAA5P/j/7H/HADW/6T/PQDq/w4A4//i/xgAx/+0/yAA3v89AML/4f/d/9f/3f8XAC0A2v/h/87/IQDO/7//mP+u/7T/8v/F/8//JQDL//P/yP/X/77/HAAAAAMACgCe/7r/lP/9/+f/EwAoAPP/5v/q/6v/5P8GAP//KAD///L/vf+k/x4Av//V/xAA4v/i/+r/2P/d/9T/uf/i/8v/4//X/y0A6P8UAMD/GwAYABQAIwDa/wYAt//+/zEAPADV/wwAFwAXAHQAz/8DAAUAWQAjAKz/OgDX/0EAMAA3ACEAHwA4AHH/IgC5/xgAJgAmABoAOAC3/5X/1P9HAOf/kP8YALD/IwAaAOX/Mf8UANn/rP/e/0EAJwAXABUAgf8YAOL/2f/O/y8AJwDO/8b/uP8mAL7/OwDo//v/5v8mAC8AHgA6AEgA4f/p/y4AAAAKACQArf8+AK7/3v++/7b/w/+1/9z/LwAzAOX/sf/I/9P/1/8PAOL/JgDy/6r/RwCx/+P/yv/S/7b/vv/o/8D/yf/o/8f/JgDj/67/mv/Z/6//0P/n/+f/mP/P/+b/NgAtAD4A1P/b/xwA9f/W/zEAMQAyAI3/HAA8AMb/xv+f/+f/SgCr/8r/r/++/6n/zv+z/7z/3f9RAN7/t//T/9z/JgAXAJP/5f8WAMr/wP/d/5b/af/R/8//J/84AEn/dv+i/+z/vP+W//T/1P/t/+H/r//J/xIAr/+4/zEA3f/L/9//OwAWANL/5f/f/97/tP/T/9//uv/U/9f/wv/g/7v/FADb/+b/LgAHAM7/vf/W/zIAMgAhALr/DgAiALD/JwDi/+L/OgDS/+T/JwAVABgAGACZ/xwA6//Z/83/3P+x/xoAIgAeAB4AJQAeABwA5P85AN//2//n/8j/KQAUANz/GADE/97/IgDb/+r/6f+S/77/4v8rANn/0v/f/9f/IADd/9r/vP8nAK//sf8nAGsAJQDn/77/3v8YANj/uf+j/x8Ak//Q/8X/1P/b/87/3/+1/7z/qv8jAMH/o//M/93/CgBHAKv/5v8ZAN3/zv8nAPX/4/8hAMr/4/+F/xQABwAjAOX/5f/g/xQA6P8zAMf/uf8zANv/tf8UAL3/IgDP/7z/RQDP////oP/N/+H/xf8fAOf/zv8aACIAMADD/9H/1v8rAOv/6v+Q/93/3f8YAOH/GQCg/xMAvf+h/ygACgDP/xQAJgAYAN//t//R/xgA4//h/9n/vP8hAMr/FwAyABcAGAAzAKz/6//W/97/IQAYAOf/1f/M/xYAuv9RAKj/0P8lABEAHADZ/8T/5v/W/7H/1f/d/7T/1//N/ycAzP8qABsAwv/E/5j/mP8qABUAwv+k/8v/LwDq/8X/9P/1/ywA6v/Y/wMAMwApAMj/2f/T/+D/IQDi/6n/qP/X/8f/5P/a/8j/2v/Q/9T/5f/m/+X/uf++/8D/u//Q/9X/4v/R//j/JwDJ/wUA3P/e/6j/0P+z/+3/uP/G/3j/5f/T/+v/0//l/4D/1f/u/57/2v/m/8T/sv/Z/xYApf/m/xYAGAC4/9j/CAC7/xoAv//O/zAANQAvADoACgAVAOP/6P+q/5z/rv/L//T/YADG/0IA5P8IABUANQAGAJj/OwBy/0YAz/8EAN7/4P/W/6P/FQDQ/yQA4/94ADr/AwBJAOL/FgDp/6r/sv/x/xIAOAC1/8T/d//a/yQA/v8bAOf/2P9YAEQAEAAMAOD/MQDB/x8A5//i/63/pP+m/xYADQCN/yYA8f/D/7//9P84ADAAtv8kAFIAzP+0/7b/KADq/7v/zv/h/9H/m/+w/47/l/+P/ygAxf/b/8L/uP8mACgA3v+p/7//OgBBALv/OgDk/+v/6P/d/+H/yv8VABYAFgAVABgAHwAnAOL/GADn/yAAe//l/xgAIQDb/ykAKQDs/5L/5//M/7P/3P83AP7/zv+8/77/GQAlANH/QQAiAMz/FQBHAJ7/0//U/+L/IwDX/4b/2f/T/zwAHAA8ABQA4P+0/wgAFADY/8X/xv9CAOH/zf8dAF0AFgA2ABgAwv8YAEsAMwDL/xYA+P/T/8r/xP8WANf/6v/L/+P/5//d/83/3v/T/9D/MwDq//j/3P/U/zAA0P+//zkAzv8qACgAJQBx/+v/3/9AAOr//f+Z/y0A0v/R/yUASgDY/+r/1//p/x8AQADa/+j/vf+z/7z/0//e/+f/0f/I/+z/o//k/+n/vv/k/+b/tP/P/+j/v/8kACMALQDS/8f/wf8jADsAHgDO/+X/xP/a/6z/GQAVAMD/lf/j/+X/xf87ABUAQgAVAOr/qf/F/8T/yf/L/8L/2//n/8T/tP+x/7D/3//B/8n/2P+q/9v/4v+1/8D/0v8hAMH/2//k/9T/s//d/77/4f+a/5v/1f/o/9b/1v/n/9H/JQDL/xUA5/+4/8//IADB/xoA6v8dACMAFwAkALn/z//m/+L//v8lAJL/JwBn/+L/JgAlADAAyP/J/9T/IgA8ACAALADP/7X/zP8fAB8AGwC2/yMAvv8aACgADQBbABQAKADd/+b/3v8sABcAGwAUANT/JgAnADcAs/+g/+7/FAC8/8f/t//c/8z/3P/U/yUAFQAgAB0AGADX/xgA4v8YAOb/6v+o/7b/s//L//j/o/+t/9r/x//h/8b/3P83ANT/0P+2/+v/6f/c/9z/xv/D/+f/rP/J/9X/zf85AOv/j/+n/8P/IAAjACcAFwAdAKT/GADq/+n/6f/i/9//mP/d/8X/UgDj/+b/5v+0/9b/HwA5AAMAOwCs/9b/wf++/xcAOwApADEArv/Y/+f/2/8DAMH/NADG/wcAFwDK/9z/6f8WAAQArP/h/4cA6P/k/8r/wv/R/+z/NgA/AAoAIgDh/87/YgC9/83/s/+z/9P/sv88AMT/uf+o/+b/zP/m/8D/3f/A/zgAyv+7/4//RQAjAOH/4f8XANf/IgDR/7f/xf/X/4H/8v/p/63/vf/r/8j/JgDW/73/6//e/ywAc//I/6H/2//P/9//GgADAJ//3f/Z/6H/v/+x/67/r/+6/1X/iP/V/1gAdP/o/6L/FgC0/6j/nP+f/7n/HADX/yIA2v8XABgArP/c/63/IQDM/6z/tP+3/9b/Wf8aAJD/pP9SALn/8f/e/8P/KwCa/2z/qv84ADIA3P9E/5//IgDH/2j/3P8VAOL/xP+//9b/OADN/rr/zP8VABUAHwCR/wkAQwDM/7X/FQDb/4P/JwCl/xUAi/++/6r/GQC6/xkAHgDk/x4Avf+k/x8A1//7/yIAuP/i/7r/zv/F/+r/0v/G/y4Awv/W/9T/0v+b/7T/w/+l/8v/4//C/8f/q/+h/+D/mf/e/+v/5/+5/7r/zP/K/+j/+P89AHb/q/8pAKb/sf8KAL//1//o/xwAuP8EABwA2f8TANX/wP/p/0UAFgD9/5X/6v/n/5n/7v9XAPT/ff8BAMH/RQC8/ykA+f/c/xYAk//M/9//5P8aADUADAApAGj/af8bAML/6P9H/6r/yP/n/yIADQAqALn/GwAnABUAIQAhACcA2//q/+r/1P/n/8j/2//M/xsAFQDh/+H/OADl/y4A0//Q/7b/6v9NAAAAGgDE/73/1f8UADwAEQDj/+P/6v/R/9j/uf/D/9P/2//g/7//GgDW//P/HQA+ACcANgAlACUALgBBACIAGQA8AC0AHQAaAAwAzv8Z/ycANADb/9v/pP8VAMj/0v/Z/8z/2P/o/5f/vf/e/8//3/+e/8z/AQDO/5b/1//W/9L/FADh/+L/FADC/+D/4/8WAMP/NAC4/9z/uf9HALn/1f+D/yMAIwC1/+f/JgBx/8L/2P/h/zMA3P87AAYA4f8tAML/yf8IAOr/pf8JAOf/6P/A/9D/5P/U/y8A2f/m/6b/BADv/xUARAA4ALD/xf/n/8L/yf++/yoA2P8gAC4A2f/p/8X/0//M/87/wP/b/3P/x//N/9//JwDk/8//IwCT/xwAJACu/8r/5/8tADEAuv/M/xUALQC5/87/3//b/z0AFQA0AML/FQDa/9T/NwAVAEYAagDX/xsAzv9qAFIAp/+F/6P/2P/e/9v/v/8tANn/1P++/9L/nf/J/97/4//d/3r/v/8/AB0Arv/B/00Aqv8bAOj/wP+2/9L/4v/W/7v/tv/a/8D/zf+0/9T/yP/S/+v/KwAmAMr/TgDh/wgA4v9hAOP/5f/q/+X/yP/m/+n/DwAUABgAy/84AMr/QQDn/xwAwf+9/8n/HwAbAG//FQAfAMf/5//N/7v/pv/D/+D/rf+9/7j/IwDC/6T/uv+5/7f/yv9CADcA0/8yACMAHQAWAAsAu/8+AL7/NwAaACAA3v+Q/8//HQAiANz/OwAUABsAIgD4/w0AMQAcAOv/0v9DABwARgDh/9X/3P8cADUAHADD/8r/2f8MANH/4f/U/5j/LwC4/9L/x/8BAMz/sP+9/+H/2/8rAMj/FgCX/8n/+P8sANb/+f89AAAAxv/C/9v/FgDa/7v//f/a/xgArf9JAJj/IADq/xQA2P8YAMz/0f8XAMj/3P9GANv/HABjANP/+v9uACAA6v/M/8v/4v8hAIn/2/+u/8L/KAAWAND/vf/V/xgAFwC1/7z/6f/R/63/HAAaADYAVAAnAA4AHgDK/x8AGgAuAEgAz//T/xQApP8lACQABwAiAKX//v8lAMP/6v8yAAkATwCmABUAGgApANz/2P8sABQAw/8aABgAw//q/97/1/8vABgA9/8nAAsARgAAAMn/9P8iADYA9f/X/3T/FQA7ALz/uf8tAMf/2/8lAFQALwCj/zoA1P8hAOL/0//e/yMADgA3ABUAtP9CACIA3P/m/7z/v/8DAAgA0v/j/7j/0P8UABoA/f8VABUAHADj/+v/HAAzAK7/BwDb/9j/x//T/0sAef8GANf/4//h/3n/Xv/h/7P/uP/p/+f/xf/j/7f/zP/z/1sA4f/l/7X/1f/H/6//HADX/93/IADH/zwAIwCn/3b/4//l/9D/HgC1/yYAov86ALT/XQCP/8f/FQDQ/93/sP+r/5X/vv/a/xQA0f8UAN//6v/M/8r/FgDK/2oA0P/Q/9n/GgDf//3/0//I/6//DADi/6T/rv+3/8r/6f+m/xgAyP/h//n/6v/X/9f/yf9AAB0Awf8tABUAyf9eAOj/yf++/9j/FQCy/7X/5/+v/+H/6P+2/97/6f+l/8X/vP+t/3n/zP8TANb/HAApALz/yP8oABwA0v/h/9f/LAAJABYABQAVAOn/KwDm/9n/1//l/xUAFQAZAMn/NQAwAKv/4/9F/7X/1f8bAOv/2//F/x8AFQDq/+r/z//F/7n/HgDj/1EApf/p/x0A1v/T/8T/wP+0/ysAtv/a/y4At/+o/7z/JwDS/7//1P8bABQA2v/P/+j/FADo/8L/1v/n/+X/+f8hANX/uf/e/93/ov+2/83/FgDF////LACB/0YAv//Y/+D/i//p/+H/rv/a/+f/tP/Z/+j/FAAoACoA2f9j/9D/4P8nAOf/2f8UADUABAA7ABQAi/9kABcAHQCT/y0ALgALAN3/JQALADgAFwAZAOj/2v/q/+v/XQD4//7/yP8TAAEA3v/S/zgA6P/C/8f/FwD6/zoABgDH/yAAJQB4/8X/6v/x/9v/FQDB/x8AsP+q/wAAJwAVACEAFADJ/+z/FAAUAOD/GwCq/+T/GwDW/6f/zv/R/8z/0v+x/7f/6P/f/+b/zf/p/7r/1f/k/7j/qv+2/9X/uf/i/87/4P/M/6L/pv+V/4v/2f/Z/7P/y//E/93/6//C/+H/4v/V/9z/6v+8/7z/yf/b/5f/0//p/8r/qf89ANb/GADO/9P/yv/q/5r/1P8YAMf/x//d/+n/0f/B/9L/SQAVANj/y//s/w8AKQAUAB8Avv/o/9P/FAAzANr/6P/o/xQA2f/S/7L/Ff9z/wYAyv8wAL3/GACy/2X/rP9x/xwAPADD/ycAWwDk/73/+//U/+r/vP8WAKT/MQDU/7j/1P/Y/+v/6/8wAL//BgDj/7f/5/8TALr/2P/e/8r/1f+r/1UAyv8HABwAzP8UAM7/5//C/+n/GADb/8L/GwD1/7b/zv/L/+f/wP8yAEwA8P/n/+L/3P/E/7X/ov+r/xAAzf/c/53/mv8UABUA0/94/xoAsv/E//n/3v8GAPz/4P+8/9H/kP+7/zwAHADQ/+n/5P+Q/2T/IAC//9f/zf+z/zQA8/84ACYALQAqAHz/9v8/AMb/DQBJAGcALgAzAOj/5f9LABwArf+1//7/9//K/5P/FwAOAOL/zP/S/2EAof8BACUAvP/Y/7f/kP+T/wQA8f9TABQAp//n/yEA4v8mAAUAn//B/4//sP89ACAA+P++/wEABgAKACb/OQC8/zsAr//s/8H/Zf+0/zIA3v/F/w8Ayf/n//j/AQCW/6z/r/++/wYAnv/T/8b/GgCa//H/1//n/wAA7P/J/woA3v8YABcAMAD+/8r/GgCw/33/rv/F/6X/+P/s/0QAFwAYANf/LwBCAOL/GQCz/7n/QADn/7f/nf/B/8D/sf+5/xwAyv87ANX/yf/4/zwAGwAXAFIAyf+v/77/nv/G//H/5/+2/7f/FQAmABQAIQDn/8b/y/+0/+j/9/85ABkARwA/AB8A0/8FANj/w/8YANr/5P9RAPv/LgC6/xQAFAC4/y4Av//y/8n/xf/Y/wIAAwDf/9T/FgDa/+v/SwCx/8H/KwCu/xQAFABAAOn/vf86ANX/JwAiAMX/w/8kACIA7P8iAJ3/8v8yAPr/3v/J/y8AEgDV/9P/m//L/8b/FADA/xMA4/8gANn/BwBGADoA0//X/9n/5//X/87/FADo/ykA2v+2//7/5/8gAFEA8/84ABUANAAeAKv/FgDo/yoA0/8UAMv/0//o/1AALADm/83/AwD2/97/rv8cAOL/9f9WAMz/6//q/wMA/P+G/0b/vP88AGH/HQBmACYAo/+C/9//CgBVADcAJQDe/9j/KADn/y8A3v8UAL3/1P/4/wYApP85AM//7P/g/+n/5/8pANr/KgDj/yoAwP/q/ycA2P/F/xoAOgDG/+P/IgCy/yAAHwDr/+j/yf/3/ywA6/8pANv/x//Y/9X/yv/m/yAAHgDX/+P/uv8VAMX/PQDj/9//0f/L/8b/2f8iABUAFQAVADkAFgCk/y4APAAhACEAyf/f/8b/kP8WAMn/FgDZ/z8AJwC8/9v/x/9rANb/nf/V/6//WQAVANL/z/8yAND/LADQ/8z/FQC//9z/zv/Q/73/KADO/xUAJAAVACQAtv/r/wYA3P/q/xsAEwDC/+r/lP8AACwALQCq/1YA5/8VADkA3v/1/yoAFwCM/9L/FQDc/xoAFgAdACoA5/8gAOj/JwAjAOb/5P/4//z/FwC8/9j/vv+1/zkACwDW/zwA4/8MAOD/8P8jAP3/IQAVACoAKgAcAMH/EgAzAJf//v/c/wcAJAAUAO3/6v/S/6P/RADq/ygA+P/r/+H/FQDj/+H/u/8VADoA9//K/yoA9v/O/xEA4f8zAMv/s/9CAE8Axv/h/9X/vv8YAJz/0v/V/00A6P8iAPP/FQDi/+P/5P/E/+X/QADR/xQA3P8nAB4AMgDf/z0AHQARANT/6v/g/+P/zP+c/zgAKQC//zQAKwDp/+X/yv+z/xwA6v+a/xcANwAWAKf/PgCz/1EAhv/a/+b/x/+m/+f/4v/r/+L/wP/R/6b/tv/K/+b/HgDm/9L/s//I/93/yf8VABUA8v/D/+L/HwAeAJr/yf+n/8z/tf+D/7T/zv+q/9X/1v/k/8//5//h/+v/0//j/9H/tP8jAFQAOgBMANn/LwA4ABQAFgDO/8T/6P/Q/83/5//a/9H/4v8SABgA0v+s/+H/1P+w/+n/z//e//z/FQAvACcA6v/f/97/FQAcAOL/zP8fAOP/rP8qANv/LgDs/zEA3v/T/yoAPQDL/9v/KAD6/8j/vv/y/6P/6P8PANr/w//g/9P/m/+y/7//KQAxAGH/KADj/9v/IQAoABsADwDh/+r/3v8VAOv/GQAlAB8AFAAWAFIAJQAdABsAFADi/xwA+v/k/yMAwv8jAB8ADwAVABwAh/8xAOn/FADj/zoAQf/+/8r/xf+l//r/JADY/5H/4f/N/9D/IwCm/4r/MABuAMD/6P/L/6L/df9D/8j/3f96/77/KwAGAJX/IgANALz/4f+p/x8A9P8mAMr/GAAUAOf/NgDp//7/HgAlAOz/6f8eAOz/3/8nAAAAwf/W/xQA4P/D/+P/GwDf/+D/xP8xAEAAKQDC/ygA1P8dANP/KgCr/8//zP9rAFkABADY/zMAJgCW/yUARgBrADwAJwASAC4AHgAXAC0AOwAhACEAKQAyAC4Ayv/Z/9//GwBJABUAFQA2AB4AJQAVAB4ANwAYACwAOwDg/yQAMADg/xUAFQBBAN7/HgAOAIb/EADS/+D/y//U/xcAvf/l/+T/k/+S/yMAzv8dAOr/FwBQAOH/OQAYAM3/IwDh/wIA4v8/AML/HwApADAAKQDl/zEAFwBQAPD/XAA3AOT/3//r/+v/5P/E/x4A4v8ZAMr/HwBt/9j/4v8AAAcA4P+I/5T/0v/N/8T/4f9x/8//1f+5/xgAQP+z/0MAMQC0/xYAwP9JAAsAwv/q/z4AKwDZ/8j/3P/G/8T/0P/n/+D/2/+1/6f/GADW/7j/zP/n/xUAvP/g/7X/qv/a/8j/yv8iAC8Avv8hAOj/JQDW/x0A7P/q//H/GADF/yUA0P8WAMz/z//N/9v/NAA6ADoA1P8gALP/AgAwABsA7P/N/xcAuf9e/7z/xf8/ANL/6v+6/7v/KwDW/9D/2//z/9//SwAVANv/0/+x/+f/GAAPAOz/tv8sAAEA5v/D/8D/6/+v/9T/HAAeAOv/HwDG/+L/y//n/+D/jf++/7f/xv9HAOL/HwAQAMf/1P+//9b/3v/2/9D/5P/c/zYAGwAHAOT/6P/l/8D/of/X/9z/4v/p/9H/y/9YAMr/q//S/57/6P+0/7H/4P/K/xgA3/8bAAAAs/+y/yMAmf8VAMr/tf+s/+j/FAAbALX/g//U/8b/kv+9/9f/vP/X/8T/t//Z/+T/1P8GAKb/y//n/+r/yv/d/1EA5f8UAJ3/m/8oAAwA3f/+/x4A+P/p/0UAFwBXAF0AKgDV/wMAzv/d//v/PAAYAMz/4/8qANn/z//n/+D/7f8XAB0AIAAlABYAJQAlAMz/6P8EAM7/tP/m/ykAtf9EAOb/6P8oACEAFwAVAKD/u/9r/0QAmP88ALb/s/+5//X/NABjAMP/LgDR/xUAHADp/+P/5//Z/8j/MwAuACYA6//i/y4Aov/j/+X/vv/o//n/v/9BABwAxP8gAOn/+//j/9v/FwCw/9z/tP+q/9H/GwDd/zwAxP/i/2QAKwAXAAMALQAVABoANADq/yUAQQBBAOf/FQAGANr/7//M/6//SgAGAEwAQwAdAA0AKABQABQAOwBBAKj/uf/b/+v/IQAXANP/6P8NAKz/6f/e/1oAHAARAOL/x/+//zcA5f+S/xUA4v/Z/8v/5/8PAC4A5P/Y/yQAuf+i/07/RADY/9f/sP82AMz/wv8vANn/2//F/zQAQADb/9//k//l/xQAz/9DAOX/n/83ABIAOv/o/00AJQDm/83/OgAcAD8A4P9HACsAHwA8ADoA5f+4/zIAxv/X/8n/4v/h/+H/4v8cAC0AHAAlAP//x/+r/9n//P/E/1IAPQDL/83/1v/I/8b/UAA3APP/KgCv/1QAzf+//zcA6f8dANb/5v8gANj/qv/g/+H/3P9GALL/1f/F/+X/5v/U/9P/4v/k/7n/IwDM/yUAt//e//3/yf8HAOT/FABHACsAz/8EAB0ASwDY/+r/JQAVADMAtf/O/zoAyP+m/xQA9P8sAOT/PwAVAEoAMgAIAOn/vf/Z/9D/cf8UACEAIQBKAK7/6v8rAOr/2v/e/+D/NACC/+f/4P/Y/9D/SgCZ/zgA3v/e/7v/2v/p//z/7P+8/xoABQA1AB8AIwBJAJX/6v/U/6P///+5/+X/4f/1/yQApP/m/93/yv/D/6r///82AOj/0/8zANb/3P/E/9f/HACv/+3/5P/S/+T/FwADAB0A5P9LAPr/5//1/zwAtf/p/+z/FADR/yIA4v/L/+L/2v/M/8D/wv/I/9//AwC0/7P/5v/R/+b/2/+w/87/zf/B/9z/6f/N/87/+f/V/8r/2v++/8T/xf/M/8//wf/c/6X/0P/V/7T/IADI//j/5//n/+j/4v/S/73/GAALAAsA7v/e/7T/tv8aACEA3v/U/7b/3//U/7j/uP8pAMn/0v/G/6n/xf/U/8f/uf/n/8n/1P/Y//X/yv/j/53/9v/C/xwA2v+y/9L/3v/h//r/v/+9/9r/m//W/8f/AQDI/xQA2//r/2X/wP/H/+n/k/9AAM//FADG/5z/TADC/6j/xv/a/6v/xv/g/+b/yf/k/+H/2P/J/+T/4f/V/xUAyv/U/zYACwBxACkA0P+N/+X/xf/T/7b/JwAgACEA0f8VALj/FgAIANj/lf/q/xwAKwCp/83/uv/U/2UAKgD7/7j/2//g/+f/2//X/8z/fv8cAB4A2P/q/9b/5v/q/+T/3f81AMP/EADa/9v/4P/7/+r/3v+Q/yEAIgDl/9H/rP/T/xQA2/8UAML/1//S/9L/+f97/xwAYP+DAMb/JAAaAIL/4v/g/2//4v/3/xoAKQDh/yMA5P8u/5X/o/9q/ycAHwDp/xUA0f/e/xkAYP/h/8P/HgDn/93/+v8VADoAyf/L/7z/1P/+/yYAx/8nAB4AJwDq/8v/VQAWABUADwDl/yoAyv/j/93/1v/P/+H/5/8jAO3/0f/F/9v/yv8XAAgAHQC0/8b/0v/S/7//AADd/+L/w//b/zgAqv/X/x4Ajv84/77/mv+k/1UAnv/5/3j/nP9q/y0Aov/S/8v/s//I/8X/vf+p/0MAtf8YAJr/rv+3/20Awv+r/3P/l/9v/5j/Xf+q/yX/UgDg/+f/vf8uACgArP8vAN//t/9FAMb/5P90/+j/q//S/wcAmv8bAIP/8P/l/1D/p/+D//v/nv9AAFMAHQCB/2YAsv8bABoAIACF/+f/5P93/6j/6P/M/8H/Gv+8/yoA1/+y/5X/rf+c/03/g/82AMr/cv/S/zYA6f8Q/6n//f9IAPz+av+a/4D/mv+s/7v/s/+n/33/yP81AND/Xf+V/7z/NwAdAEf/j/+t/7j/GwAaAEgAxP/P/wMAXACc/1v/rP8OAGT/x/+O/yoApf/D/4j/CACv/27/bP/F/zwAAwA1AMH/q/+S/zoAnf+d/8v/rv/P/yr/XAAxALX/s/+9/w0A2P8JABkAxP8DAOn/5/+hAPH/RP/f/wQAjP+K/w4AMgC7/6//2/+9/6n/cf+0/4P/zf+3/0MAVf+I/9j/LQDB/7z/QAAbAEMANAAWAKj/wP/B/zz/PQA0AEIAmv/Z/7v/qP/o/5//+v8eAFsAq/8ZAAwALwCD/5r/8P8aALf/IwBb/8H/Z/86/93/2f8HALf/v//K/0D/FACp/77/wf8nALz/s//M/y4At/9p/6f/9f/L/6X/F/8XAOH+vP/v/zwAvP+l/2P/egD3/4j/hP+p//X/tv+q/9v/CwC4/4//lP+D/7X/rf8pAMv/7/8YALL/BgC3/z7/rf8yAEn/yf/D/4IAif9V/+D/LgAxAAL/yf/G/4b/av97/3L/NgDh/6j/2/+q/9z/zv/l//b/9v+q/4T/nv+L/y4AU/9K/+X/of+X/8j/CQDh/yAAbABr/6r/fP/p/5z/d/8UACYAnv+v/6r/K/+6/77/xP+3/6r/qP9Z/zQAsP8BAMP/HAC1/+3/nv/0/6//OgDH/xoA1P+S/6j/n/+9/zIAxf+o/7H/q/+l/8P/nf+5/0cAyf/G/7z/rv+N/7b//v///6r/Mv/I/4j/RgDI/0MAOACw/3f/uf/o/yAA5P9OAPP/tf+b/6r/VwB4AN7/7/9H/8D/pP+6/w4AWv8oAA4Aaf8QAN3/0f9z/7f/w/94/8f/FwBcAD7/IgDB/w8Ajf9Z/7z/HgC//xgAnf/g/3b/Mv/z/8H/uP/B/ykAq/+1/5j/1/+f/3P/tv+L/9P/jf+Q/6L/EwBh/9z/NgCU/5H/if+C/6n/h/9u/8X/vP/D/wgAff8VAMv/dv/R/7z/mv8RAMb/oP+e/xwAwf+I/9X/eP/a/+b/uP/E/5H/fP+m/7v/Wv9h/zsAOwCe/9f/l/8qAHv/m/99//P+JwC1/8X/hf9b/5f/AgDC/5//4//j/6v/xv9l/63/5//P/zEAef8DAAoAxf+s/zYANwB7/yMAcP9o/yT/rP+o/9//1/++/6T/0f+v/63/a//X/4P/cf/C/8j/v//n/5b/Uf8qALj/0/9v/27/e/9b/2z/mf8k/xwAt//i/4X/wP93/63/LACl/5j/IAAXALH/AQC8/9T/tv/q/yAAs/+g/1r/x//M/5H/fP+p/2H/U//p/6z/l//L/xQAwf+U/6f/mP/I/8D/NQBC/6T/sP96/6n/jf/b/7D/5P+L/67/Y//9//P/KwC//8X/LwCf/87/mv8GANz/zv/C/1cAn/8DANT/CwCo/9n/FwDT/6X/lv+Q/6v/NwARAAwA+/8uAMX/IQDW/93/rv/O/xMAlP+//+P+MgCX/2r/gf8ZAJ//n/+r/9P/AwD8/y8Ahv8uAKP/vP+h/+P/FQDK/37/X/96/jMABACK/+X/LAAxACsAMwACAMn/KQAtABMA1v95/5b/yP/a/6f/2P/q/37/df+a/8X/GgDn/+T/MwDS/yH/Tf+r/yEA6/85AEoATgAdALP/sf/T/14Aiv+y/8X/GQCi/6r/r//L/67/UQCf/rb/VP/P/6P/FgCT/2wAjf++/8b/GgDF/zcACACh/zIA7/+4/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtv8UAL3/gP+V/wEA3wCoAAoAJwDs/9r/Yv+j/6//BwBfAJD+TACSAJ//cwAiAHv/+f+f/yAAZ/8hAPv/9v/c/x8A4P+1/9z/6f89ANn/IADf/+j/w//n/yEAyP8FADEA3P+3/8X/3P+6/1QA7//X/zYABgDq/z8A4/+5/9z/KADH/8X/2f8WACcAqP/R/+X/+/8YAMX/t/9iAHn/hf8OABQAFAAVAAMAyv+7/7n/yf+c/0wAoP8jAOn/0v8FABUA0v+b/1EATgDb/7L/XgAlANL/OAD5/6T/v/8HALf/i//k/+H/4P+v/+X/2v8kABsA5f+7/8f/2f8nAND/bf8iAOP/yP8mAML/3v/n/3L/SgDs/7T/l//8/5P/DAATABcAyP/l/9f/GADa/9n/qf/k/+X//v8HANv/3P+z/6H/rf+a/xUA8v/q/7v/FAAaAPb/TADY/9X/tf8UABsAXQDW/xAA3//J/wQAsP9RAB8AUwAmAEMA6v8UAM3/k/8YAMz/EwD6/zoAFQC//9H/BwC4/6j/qv/1/+H/z//b/zsA1f/h/+3/yf/U/8H/6f8lABUAHQDH/y8AJwAWALX/y/8+ACwAIQAQAOT/DwDE/8z/0/+3/7//tv8LAN7/X/8hAKL/4f8XADkAz//J/z4ACABDABUAc/98//X/wv/G/7r/8v/X/9L/pP8WACYAxf8zALf/EwCn/9j/FQDg/+D/x//H/x4AKQDc/ywAGADg/7r/GABGABYAzf/n/+f/yv/d/+j/vP/D/+T/2v/j/+X/UQDb//n/7v/T/6b/w/+2/9D/s/8fANL/NwDf/5j/EgA4ANv/4f9JALz/OACo//n/5/8xAN3/4P+S/9b/DAD8/+f/4P/A/xwAAwAtAN7/PADp/8T/IAApAPf/GAA2ABMAtP8vAB0Awv/B/8z/zP/b//j/GAA+AC8A2/8YAGgA3v8EANv/wf/R/+T/x//n//f/6/8BAD4AJQAYAOv/uf/B/53/u/+B/xYA5P+p/8H/FADz/7//AADH/xQAwP/W/+H/bgBOAOD/xP/w//z/d/+q/zkAJQDq/zkACADK/woAAQC+/xgA5P+j/xUAt//j/+X/4f+9/8P/1v+h/9r/lv8UAD4A1/+T/x0ABwANAPb/2//X/97/GAAtAL//FgDd/9r/4P/C/ycACgDh/8n/4P/c/6n/z//l/6f/UwC7//P/1/8kAIH/FgDb/6f/nP/E/8b/iP/h/9f/6v8TAB8AyP8BAND/KQBjAJ7/QAAhAI0AJQC9/xcADwAkAB0ATf8kACUAyf8pAJL/BQC9/+z/NADZ/x4Azf+S/y0AFQDk/04A5/8yACQAuv/W/y4ABADN/6v/2//V/8v/xP/N/6v/nf8vAM3/4v/Y/7T/4f8nAAAAof/k/xkAv/8gAOb/6/8uAPj/8v8mACkAKwDV/7H/xP/m/7T/MgCw/0sAjP/L/7P/3v/Q/ygAxv+a/+z/1//I/9v/v/8KACQA0v8UANb/vv+w/+//FQDr/7b/EgCl/+v/3f8zACQA1v9w/1EApP9SAIz/wP+V/9z/3P8XAOT/BwDB//D/7//V/y0Azv+x/00ALQAvACgAFgD0/8z/x/8AABcA9//Y/x8Amf9tAA4ANgCj/3f/df+9/8r/0P86ABcAAgDi/zcALADo//f/w//S/+P/rf8HACAABwBCAJP/v//B/8D/3v/O/1MAvf/N/yIA5/82APr/MwAyAA4Aov/e/4j/of/3/xoAxf80ABwA5v/9/73/rP/E/6//LQC8/+n/CwAYANr/+v/U/6v/LQAeALP/y/8AAI3/1v+5/2oAyv/g/7//yP8oADkACAAtACgA6//h/4D/aP/8/87/q/+5/zMAPgATANn/xv+X/8P/3v9EAHL/6/+I/wAAm/8JAN7/z//y/6H/uv9HAOP/3/8MADIAuP8dAPD/9P8bAIn/3/+l/yoAHQAVAOP/MgB8AAEA1//R/7P/zP/q/7b/UQDA/6n/5//y/9L/3f/G/9f/HADK/+n/AgDC/+H/NgDM/9b/k/+k//L/GADi/xcAnf/8/y8AAQC2/yAA3f8mABgA3v8DABEAx//G/7T/sP/n/8n/wf8LAIH/7f/r/+f/6//H/+D/3f/i/wcAAADg/yoApf/a/+D/IADc/+r/4//h/xwA+P/l/xkAHwDh/+r/xP/V/9T/GwDI/6//GgCn/63/z//L//P/+v+I/8f/LwD9/6v/uP/P/x4Akf/S/+H/sv8HAOb/zv9EAB8A4//f/8//yP/U/7L/xf8+AEAAVwDR/9//yf/e/9n/CwDC/8P/0P+d/yMAzP+t/+v/y//r/y0A8v/b/9T/oP8YACsApv8mAIT/OQALADEAJAARABEA0P8fAJ//uP/S/xAA4P/U/xgA+P8VABgA1v8QAMj/+v8XAOb/MgCu/9j/uv/Z/9n/YwCH/93/GQA2APT/+/+d/6P/mP++/yUAxf/K/9f/6v/h/67/z//P/+v/6P8VAMz/KgAwALL/FQDw/28ANQAAACsAuf/H/27/of/2/8v/vf/b/3v/6v/V/+f/EQDn/0EAWgA/AOH/0f/S/97/LwAZALH/q//W/zkA5/8FAOT/yf/b/9//tf8WAHMAsf9CABIA/v8XAAIA1P/R/8X/v/8pAK//CAAFAMn/r//5/zb/yP8CALH/MAAVAO//IADD/6n/LAC9/wQABQAgAMb/FAACAAAAoP91/ywAz/+I/+b/OwDe/9L/HwAjAAwA4f8iAPr/uf8yAB8A4/8/ACwAHgDg/4j/KQAsAEQA6P/V/9n/3P8bAOD/xf/e/8T/5f+9/wYArP8rADQAOADM/9z/3//Q/woAAQD3/ycA2/+7/6L/KwDb/5X/1v/p/6r/sv/H/+H/PQAJAOn/5P+w/7v/s//T/2oAAgAYAEQA4f/n/0oAwf/M/93/sP/f/9L/zf/a/xEAzP/u/1z/y//E/7L/7/9KABoAIAD7/ygARQBeAB4Asv/U/7j/uP83ADIAAQBvALD/0f+H/9D//v/D/6//pP/f/9n/yf8tAMD/vf/4/+3/y/+w/7L/t/+v/8H/5f/V/yMADABYAPn/oQBEAPT/5v+R/5b/sf++/9X/sP+8/7v/SQC5/yAA4f/K/+b/5P/u//7/PgDq/7j/wv9BAEQAy//Y/97/PgCh/9H/MACo/xkA2P/n/x4AIAC+/4b/5P8RANz/IgDo/5D/ov/C//X/7P+0/6j/NQBuAKv/zv8qAOX/r/80AKr/5f/c/7UA1v/e/+L/MwDt/8r/FgD//+v/3P8TALr/5v/W/0IARwDh/83/0P8rAB4Axv8aALb/IwDj/7//7f+3/5//tP+3/7f/qP8t/+z/OQAwACEAJADV/8T/u/+3/53/t//b/zsALACP/0IAw/9A/8v/LQDJ/z8Ay//r/8//1f/Z/6L/wf8SACIAHADE//f/zf8nALz/z//b/6v/5/8YAMz/FQDR/+j/IQDf/wUA4f+2/wQA6/8VAEYABQCo/1AAMgAAADIAOwAgANj/KwCt/2cA2/8UAPz/3/8YAOT/6f+l//f/uv9QAIT/FgABAOP/hf+e/8D/2P/i/xkAw/+//woAy/9o/6b/0v+p/+b/p/+7/xUALwC1/xQATADy/6v/o/8oABoAtP+N/+r/yf9OAO//6v9TAO//yv8qAPv/l/8WANX/2f+K/2P/3v8oANH/cQADAJ//oP8cANz/+f+c/xoA4P/S/8b/uP/P/9z/wv/6/xQA5P8oAN3/5f8rABsAnP+L/woA2//w/yUAQQDv////8v8WAND/+v8rAOT/7v8bAKn/yf+t/63/9f/G//n/kP/p/9D/GgDb/73/NAACABwAMADc/+P/xv8xABUAJADI/7v/FQAWAOT/vv/X/9z/GADR/xMA6P8uAIX/OQDY/+P/PQDH/9b/xv+9//7/uP8LAK//5f9WANj/xP/U/7f/3v/o/8f/IAAfAKj/GABHAC8A+P+7/+n/MAAtAN//KADO/7//bQDM/9j/pf/8/9H////H//j/8f+4/zcAEgDX/0L/2f+P/8n/1f/p/9r/GQAiAN3/2/9PAPf/AgAQAKv/4P8gAOn/QQD9/6r/JgAtABoA/v/p/53/yf/P/+f/ov8CALz/9P/W/6j/KQDT//n/IAAyANv/rv+0//3/w//I/8v/OADf/+D/JwDK/xkANgCs/9H/2P/x/3n/KgDO/83/L/8XAOf/uf/c/9r/CwAPAL3/6f+3/8f/LACr/wYA8f/l/5L/pv8fALL/4P/3/x8ArP8tABkArP+o/8T/rf+u/9n/lP8vAND/PwA4ACEAFQDr/+X/FQAVAB0Awv8eABQA0v/W/wUAjf/D/4H/FQDJ/5z/U//b/zoA3f8gAH3/JgDh/y0AxP8oADYA6f8uABIAq//9/7v/BgApADQAbv8XAOX/4f8pAPT/+f+U/+H/6/8FAMX/rP8eAPj/KQDI/+z/s//D/x8AGgBFAOX/xv9DAKT/AABGACsA4v8NANH/GwD5//v/AADS/+P/1v/U/yUA2/8tALn/j/9FANL/NQD5/+v/g/97/+H/GADm/6f/JwAdAL//lP++/7T/t//d/8T///+U/9T/v//K/+v/6f+y/8L/rP/p//n/x/+c/7D/wP+b/+z/8//f/xgAyP8jALP/9v8qAAwAFQArACEAOwDI/8//3P/2/xQA7f/j/8j/8f/G/0oAtf/b/xQAKwDk/+H/rf+b/xsAOAA7ABQAKwCmANL/6f91/2IAsP8mAOv/if/T//z/CwCS/xAAKwDg/7H/IQC5/9X/GwAWABYAIwAgANT/m//f/9P/OAAYAMj/mv/N/y0AJgC6/7H/0v/v//P/DAC1/8b/CAAdAK7/9v9IANX/tv+9/8z/OgDO/7z/AgDf/xsA9P+3/xQAGgDR/8L/0P/D/ycAWf/9/wIAvf/k/xsA0P8BAK//uv/e/9n/VwCt/8n/mv9+ABcAKwD6/yAAwf/X/0sAv/8zAPr/7v/R/9//FQDZ/6D/3f/0/9X/rP/n/+b/IwDQ//7/0P/w/+H/LACx/9r/1v/7/8r/yP/K//P/wf+r/wEAp//X//r/p//l/8P/8/8OANr/UwDB/+v/xf8RABkAlv++/+L/JwCw/8r/wf8RACAA+//O/5n/kv+r/9D/NADk/34ACADn/xcAHgDV/8P/KwC3/9D/BwA1AN//CAC4/+f/0//W/+X/1P/r/9b/yP/p/73/6f/s/+j/BQCG/9v/lf/h/87/4P/b/67/QgDp/zIA1//r/+T/5P+1/woAHQD0/+f/mv8cAFQAHgBIABQA3//p/+n/2f/O/93/4f/f/6//GgDd/6P/q//S/8L/4f8XAL3/NwASAAcArf/P/9n/CgA6AJb/BADn/xoAmf8AAOP/+f8jAMP/+P81ANz/GgDC/6j/9P8yAL//8P8YADoABgC//+v/IwCG/8H/pP/M/yEAMgCL/6cAvf/d/47/OQDe/+r/EwC+/5L/r/+8/73/GwAWABUAJgDK/wsA5/8SALL/GADn/9b/q/85ANz/6f8OAC8AwP/h/+H/sv/F/xAAQACY/2YAFwAXABUAHQDe/6D/BgDc/8P/AQDH/4L/2/85ALL/wP/g/9r/KQAQAOX/CgADAJH/tP+//zYAHAAmAOD/6f/T/8j/JwDr/8H/0P/+/8j/z/+3/9D/1P+h/9b/1/8vAGIAJwDj/7T/DQDU/9z/2P/W/5n/vP/e/6D/8//d/2D/gwC3/+j/QgAaAAYA5/8bAOn/3v/G/77/LQAgAL//3//C/0EAQQA4AAwAGwDq/9T/XgArACwAIQAaABoAGgAaAB0Ay//M/8T/0/8yACEAuv+s/9P/4v9tAOf/w/+x/8//0//U/37/DgAPALL/FADR/z4AsP/5/9f/4v/x/w0A3v85ALX/1f+w/7D/VwDT/6b/TwCa/ycAU/8GAJr/EwC8/zgAoP/s/xoAnf/N/+v/LgA8/9D/AADq/w8A+f+6/6z/3v8OAOL/rv/+/7j/3P+6/8v/xf84ANj/xv/K/8f/2P8XAJz/FwAXABcAFQAhACkANgDo/y0A2P/R/83/3v8ZAKL/GwD9/7D/7//W/+n/0P8VAA0ANwCu/8H/bP+0/yUAy//Y/wYABQBY/+r/yf/h/8v/xP+s/93/DgD0/wEAIQAmAB8A5v8KAOL/zf/I/6n/6P/X/zIAJAD5//X/NQDp/8P/9f///87/rf8ZABoALwCq/9//JQCu/yAA/P/n/8v/wP///+r/2P/d/9T/3P/L/3AAwf8YAKH/3v8nACcAJwBbAND/0/8nAL3////7/63/JgC5/xcADwCp/+r/nf8nAFMAv/9BACIAzv+1/+j/mv/z/67/1P/X/w8Az//Q/4f/n/+2/3r/p/+i/9//zf/W/yoAsv/S/6//AgDe/+f/wf8TAMf/LQDs/7r/kf8gANL/3P/T/8L/HQDW/+v/MgCN/xkAPADG/8b/n//J/wMAx/++/7T/uf8nAC0As/+6/wwAzP8DAKT/a/8AAJj/7f/E/8r/8P8SAMn/xv/R/zsABgDe//r/3P+7/6//sP/I/9b/MgAyACEAkf+6/+P/8f8cAOv/t//c/xUADQA6ABQAFADk/wwAIgDa/67/9//x/9z/MgDE/y4A0v8DAOv/c//N/+X/HgDF/yQA3/+Y/93/rP8hANr/BwDl/wwAJwC3/wUAh/8YANj/9f+l/87/s//F/9T/pv/D/6r/IwDB/0EA3f/3/3z/DwCb/zMA9f8FAMv/4/8hAMv/oP/j/xYAFAC2/wYAvP/U/9//AACz/+z/GgAiANb/uP/f/0sACwAmAP3/LACw/7H/4f/Z/8L/9P/4/77/wf/1/xgA1v/n/53/mP/h//H/yv8nABwAxP/X/3n/2/8OAKf/1P/c/7X/NADo/+D/vP/D/zgAMwDq/xUA7f/t/+r/2P/9/+X/1v/l/8T/i//n/+H/zP8QABIA4v/R/9v/HwAFAL7/p//j/9X/7v/a/+b/rv+y/wUABgAYALj/2P8IAND/u//6/83/5P+u/zAAOgA6AP//4f8UAB0AeP+y/9j/0f/u/+v/WwCu/5//8v+Q/8X/2//C/zYAyP8oAMD/QQCt/7v/yf8iACIAxf/d/83/4f/W/ygAPQAUAOn/7P/p/7P//v8sAM7/1P+8/8P/GwA5AKX/AwB5AJb/BwAwANL/GgDg//j/1//P/9n/0/88ABQAqf+v/xQAtP9x/8P/3P8VAM3/OgD9/7j/GABxABwA/v/1/w0A6v+w/+P/dv/s/6//BwA5ANz/OwAoAOz/pP8nAIT/HwDl/+7/0/9CAPj/d/+3/8f//f/j/yQA0f8FALv/3P/E/wgA2//k/7L/xf8sAPf/8P+y/67//f8WABUA5f/c/yEA6f9CAJT/v//P/93/5P9KABoAVwAmANX/GAC3/+P/GQDU/zgAy/+E/6b/rv8ZAJz/x//h/8b/6v/7//D/x//+/xQA4f/D/+j/3f/4/xwAyP/P/4v/HwDF/67/6/8LACMACwAvAK//ev/n/9v/AwDA/yMALgCz/6z/wv/R/7v/i//z/xIAyf/n/w4APwD7/6//sf83AMT/yv8OAPH/yv8bACkA1v/G/wQA8f9fAMz/tv/4/7z/HwD6/87/EgDD/2P/of/H/8X/5v/g/8z/yv8cABsAJwAVACEACwAoANv/sP/b/9v/bP/h/6j/KgAkAOH/9f84AOX/x/8uAFEAsv+L/9D/y/8aADMA5v8AAOz/vP+R/xQAhv/v/+P/6v/p/ycArf+v/8f/GQDR/+v/HQA0ABgACwACAOD/FADD/8z/sf/D/5j/GgDI/yIAtf/T/x0Acf/C/w4AyP/s/67/AADl/7z/BADc/xUA+f+X/+z/bP9aAMn/mf8yAPr/wP/j/9X/uP80ABwAxf/T/8z/zP/b/+P/4v9AAC0AAQAHAKn/0P/H/+L/fv/B/00Ayf/d/6r/GwCH/+v/BgD0/yMAxv/t/9H/GgDw/yIAHADs/w8AMAAaAOf/8P/N/7v//P/2/7n/uf9iABoA8/8dACIA3P87ABQADgBcAMT/DgAxABwA3v/S/0MA+f/g/9X/3P/l/xsANQDm/83/sP+Y/y8Ao/+w/4z/lv/V/7r/ff/p/9v/KwDS/8L/FgDx/ywAEgDK/4v/8P8mALz/wP/9/9P/GABVAJj/3/8aAA4Agf/R/8j/+f/Z/ywA2/8xAA4AVwAVAD0Avv+l/7T//P/1/7z/6f/C/ysATgA5AEkAvf8UAA8ArP/E//P/EQCp/00AAQCm/yIAKwApANT/PQAvAMP/GQCs/77/GgAbANf/4f+b/8z/LwDH//n/tv+c/8j/5/8gAMH/vP+4/9T/af+Q/9D/FAA5AMv/LgDi//X/GwCf/0kAl//y/3D/0v+l/w4AEQCx/8//o//M//7/mv+8/7z///+U/+H/0v+y/+r/1P/R/zMATv/N/xMAyP83ALn/4f/X/1kA6v+5/zAAIwDx/+n/HwAKAN///v/J/xMAMgC7/4D/1f88AOv/pP+o/8X/7v93/3f/3v9CAP3/HQCn/ywAwv8RAOv/AgA6AMv/oP/W/wIA0P+1/43/5f8dAJP/8f++////xf9ZAOT/i//n/xcAtv/7/5v/0P8XAJ//sP/Q/0IAuv/O/9H/zP/S/7H/t//o/9//5v/N/+n/uv/V/+T/uP+q/7b/1f9j/zwA6//B/3v/yv/l/+T/wf+l/9T/5P/O/1IAFADl/wcAvf/7/7H/yP89AOv/6/8IAF0Av/8cANn/4//E/+f/2P9VAOP/EQAOAM//5f/C/2L/GACm/zsAwv/X/zAAFAATAC8AUgDX/zwAHwDA/8X/2v8GAAsAyf8dAF0A5//4/77/7f+W/5r/vv8GAJ7/wf/T/77/GgCT//H/1//n/+z/0P8hAMn/4P8KAN7/FwAFAJX/pf8JAOr/vP8mABMApv84AJj/6P/3/1cAVQDT/wUAJgAaAOn/0v8CAOj/ff///+7/rP/T/7z/9P/X/xsA7v/r/4X/RACx/6r/IQCu/+z/awC3/0UAxP/M/9P/1P/e/7L/zv+n/wkAtv/r/87/KQAGAI7/1f8+AL//tP+e/9D/x//J/6//SAD0/yEAuP/m/6X/w//m/7D/3/84AOL/n/8fAPX/BACb/83/JQDb/37/mf/J/77/mf94AMn/4f+7/y8AFQAWAKv/l/8pANP/0P/l/8f/EwDZ/xIA4P+u/9//s/+P/+L/FQAOAEAAJwDg/ykA1P/T/0EAuP/G/yIAGQBp/8P/v/8pADEARP/s/ygAGwDZ/xcAHQAbAM//EgAhAP//yv/F/8D/3v8cAMT/wP/o////CAAsABQANgCg/+D/4/8bAPL/3//g/8T/GADM/2sAUwBqAFkABADZ/+T/PQBsAGsAJQAYABYAOAC0/0EAyv9VAB8AJwAxAMf/KwACAMf/zv8XAI7/zf+9/+X/5v9OAOH/2f8+AOn/OQAYAM3/IwDW/8n/AgDd/z8ASAAlACkA9/9BAEQAXABLADsAz/89ANX/5f/X/9H/3f8cAPz/FgBY/7D/z/8VAOX/tf99/7r/2v85AB8AYP8kAAwAOQC7/xkAGAAqAAEAqP/g/+r/uv/o/5X/x//N/8v/5P8tAP7/NADU/5n/2v8LABsArP/X/yEAqv/c//f//v8cAMr/tf/g/4P/1P/G/3z/l/+y/9P/BQCn/8r/0P/S/4z/9P8GACEAFwA1AMz/TgAUACUA/P8lAL//JQDo/+P/FwAVAPz/yP/D/wIAxP/n/ykAef9EAIz/sf9SACoAEwB2/+f/2f/n/9//+f+2/0EAOgAxACQABADo/yIA2P/7/9P/sP+v/7z/CQD+/+f/KwABANr/6f8WAMz/KQAeAFAA3P/b/wAAFQCn/47/4v/S/+f/PgBUAB4AnP/5/y0Az/+4/wsAr//A/woA9//i/z0Azf+N/7j/xv8nADsANwDz/x4AJAACACIAtv/Q/87/mP+t/+L/SQDS/zUA5P/9/+L/xv/Z/+n/0f8KAKf/wP/a/97/4P80AN7/u//B//P/sP8iAOD/BQDR/zAAQQDn/9P/Y//S/+v/mv84AP7/SABIAJP/yv/U/yIAWQDS/wsA6P/p/9b/2//l/9f/AACP/+3/xv8cACQAIQD6/6n/NQCu/xwAHgAJALz/AwDp/7n/6f96/6D/IQDe/8f/KQD8/+X/0f/E/73/FADk/+H/1f/B/9L/GgDi/wgAqP/k/73/v//P/x8AJQDY/ygACADZ/+X/yv9BAN//sf+j/8D/iv+//+D/y//d/87/pP84AA==',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-60, -31, 2, -39, -36, -75, 0, -8],
    classWeights: '9//f/w8AFgDc//L/xP/I/+b/DwDr/9r/7v/a/+H/4//s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/8f/s//f/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/i/+v/9//5/+//JAAAAAAAAAAAAAAAAAAAAAAAAADr/+j/5v/l/+n/7P/q/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/U/9T/t/+5/yEAwP/h/+3/FADt/+3/7f/1/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA9v8AAAAAAADy//L/AAAAAAAAAAAAAAAAAAAAAAAA5//s/+v/3P/r/xYA6f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8XAOv/7P/s/+r/6P/s/+z/FgDs/+v/6//r/+n/7P8kANX/6f/2/+v/7v/f/+v/FADs/wAA7f/z/+z/7P8AAAAA6P8AAAAA+v8jAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/ykA1//i/9r/1v/X/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/+P8AAOf/AADr/wAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDy//H/7P/s/+z/FAD1//D/AAAAAPn/8v/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAAAAAAAOz/AADt/+z/6f8VAOr/6v/b/+v/2f/s/+v/6//q/+z/6v8UAOv/3P/d/+v/2/8nAMr/2f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+v/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/s/xUA6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/l/wAA+f/Y/9r/3f8mAMb/0/8iAMP/4f/1/6//vf/s//X/7f8AAPb/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/wAA8f/5/wAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+v/6v/p/+n/FgDr/wAACgDd/+f/8v/s/97/7P/s/xQA7P/v/+3/7v/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAw//E/9L/2P/V/wUA3v/s/+v/6//q/+z/6v8VAOz/5v/I/+v/IwDn/9j/BwDB/wAAAAAAAAAAAAAAAAAAAADk/+D/5//i/+n/6P/o/xoAAAAAAAAAAAAAAAAAAAAAAOn/AADf/9r/2v/o/wsA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/5//s/+z/6v8UAOz/AAAAAAAAAAAAAAAAAAAAAM3/3P/W/+n/4P/Q/y8A2/8AAAAAAAAAAAAAAAAKAAAA7P8UAOz/7P/x//D/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7f/t/+z/7P/s/xQA7P/t/+3/7f/t/+z/7P/s/+3/7//3//P/9v8UAPT/6v/5/+r/+P/u//f/7/8aAOv/1//a/97/7//q/8j/GAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/s/+z/6v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAPj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/s/+z/7P/s//v/AAAAAPf/AAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+//9P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/wAA7//v/wAA7/83AAAA6/8hAOj/6v/u/97/5v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/9X/BgDZ/9b/AADV/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7/8AABQA7f/s/+z/7v/v//n/7f/x//T/FQAAAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAD6//r/AAAcAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/t/+z/FADy/+z/6P/u/+v/6f/p/+r/FQC///X/4P+s/+j/6//k/xAAAAAAAAAAAAAAAAAAAAAAAOz/7v/t//D/8P/s/xQA7P/a/+f/6f/r/+z/5v8eAOz/AAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9v/0/wAA+//w/xQA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAPr/AAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAAEgDS/6//q/+2/8b/EwCe/+z/FAAAAAAAAADs/wAA7f/T//L/0P8AANn/x/8TAMP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/6//b/7P8AABQA7P8AABoAx//N/9r/3f/e/+D/6P8AAAAAAAAAAAAAAAAAAAAAvv8uANP/3//N//H/3v/D/wAAAAAAAAAAAAAAAAAAAADT//H/9/8AAAAA9P8sAAAAAAAAAAAAAAAAAAAAAAAAAOL/IwDb/9j/5f/q//r/x/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6//p//D/8f/k/x4A+f/s/+7/7f/u/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/xMA0f/Q//D/6f/J/7X/AAAAAAAAAAAAAAAAAAAAANb/RQDm/97/AADl/7n/0f/n/xcA6v/r/+b/4v/n/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/t//b/7v/s/xQA8P/K/+H/1//f/87/1P80AOf/vv+y/8L/wv/E/+b/OwDI/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//9P8AAO3/AADt/wAAFADx/9z/2/8pAOf/zP/Z/xEA5f/j/xoA6P8AAOr/6P/m/+z/7f8UAO3/+v/s/+z/7v/X/+v/5P/f/+T/BgDr/wUA7P/s/+z/7P8UAOz/7P/s/wAAwv+//77/y/+y/wYA2v/k/8j/DAAPANf/xv/N//P/AAAAAAAAAAAAAAAAAAAAAOz/7f8UAO3/+v/s/+z/7v/o/+v/7v/v/xcA6v/n/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7//t/+z/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/j/+f/4v/n/x0A5f/k/+3/7f/6/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/n/xgA6//r/+D/6//o/+X/FwDs/9//8P/x/+z/6//v//T/AADt/wAA7f8AABQAzP/h/wAAz//Z/9T/AADs/+v/6//s/+n/FgDr/+r/1f8AAAAAAAAAAAAAAAAAAAAA6f/n/+z/yP/Y/xQAyf/M/+7/7f/t/+//8P8UAPD/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/s/+z/7P/s/+z/7P/t/+7/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/8r/8f/z/7f/uv8kALD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8UAOr/6//r/+j/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/xMAAADs/+T/7P/d/+z/FADs/wAA9//7/+z/7//t/wAAAAAAAAAAAAAAAAAAAADi/xoA6P/y/+//AADn//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//X/AAAAAAAAAADy/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/xUA2f/f/+f/6f/R/9X/AADU/+H/1P8AANb/7v/s/+z/7P/z/+z/FADu/wAAAAAAAAAAAAAAAAAAAADz/xQA7v8AAPP/+P/t//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/t/+z/7P8VAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+b/7//r/+r/7P/c/xoA6f/q/+r/6f/r/+n/6v8WAAAAAAAAAAAAAAAAAAAAAADV/+v/HwDo/+P/2v/k/+z/7P/r/+7/7P/w/+z/FADs/+z/FAD5/wAA7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//D/AAAAAPn/8v/t/xQAAAAAAAAAAAAAAAAAAAAAAOv/6//s/xUA8v/r/+v/6/8AAAAAAAAAAAAAAAAAAAAA6f8SAOf/6//s/+z/AADs/wAAAAAAAAAAAAAAAAAAAADW/9n/xf/i/+z/0v8vAN3/AAAAAAAAAAAAAAAAAAAAAOv/FADs/+z/7P/s/+z/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/s/+z/7P/s/9H/1//L//b/EgDX//L/5P/k/77/1P/q/zYA4v/M/7X/AAAAAAAAAAAAAAAAAAAAAPf/1P/3/wAAKwD4//L/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPT/7P/s/+z/7P/s/+D/AADk/xQA3P/s/9n/5P8AAPv/9f8AAAAA+v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x/9r/6//Z/xgA4v8PAN//4P/r/+//8v/m/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/8P/t/+z/7P/t/xQAAAAAAAAAAAAAAAAAAAAAANn/AAAAAPj/6//k/93/CAAAAAAAAAAAAAAAAAAAAAAA5v/h/9r/5P/p/+L/4P8YAN7/v//S/+L/KwDo/+X/1v/N/7D/n/+3/8H/JAASAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//H/6//t/+z/7v8UAAAAAAAAAAAAAAAAAAAAAADr/+3/AAD6/wAAHADc//H/DgDs/+3/7P/u//L/7P/s/wAAAAAAAAAAAAAAAAAAAAD4/x4Ayf/K/7b/wv+0/8f/AAAAAAAAAAAAAAAAAAAAANb/6f8AAAAAAADf/y0AAAAAAAAAAAAAAAAAAAAAAAAA6P/g/+T/6//q/+X/GgDr/wAAAAAAAAAAAAAAAAAAAADs/+z/FADt/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADw//r/AAAAAAAAAAAVAAAAAAAAAAAAAAAAAAAAAAAAANn/6//m/+z/6P8AAOz/FAD6//X/AAAAAAAAAADy/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAOL/3v/Y/+v/3v/r/wAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/7P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wYA7P8UAPP/7P/s/+z/6f/o/+r/6v/r/+j/FgDs/93/IwDf/9f/3f/d/97/2P/s//r/AADs/+z/7P/t/xQA7//w/wAA+P/t/+z/8P8UAOv/7P8AAPP/AAAAANn/FADs/+z/7P/s/+z/7P/s/xQA7P8UAOz/7P/s/+z/7P/s/9D/AAAGANn/9f/o/+v/zP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/7P8pAOr/5P/W/8v/7P8AAAAAAAAAAAAAAAAAAAAA6//j/+X/6P/x/+T/GgDl/wAAAAAAAAAAAAAAAAAAAADi/x4A5f/g/+L/4f/g/9//4P8oANf/5P/U/+v/xP/W/wAAAAAAAAAAAAAAAAAAAAAAAA8AAAAAAAAAAAD3/wAA6/8ZAPn/8v/v//n/5v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8aAOX/9P/t/+7/5v/v/wAAAAAAAAAAAAAAAAAAAADi/+z/7P/p/+n/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+z/6//r/+v/FgDt/+z/6//a/8//6//r/xgA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADu/+3/6//p/+r/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAAEQD5//X/7f/6/wAAAAAAAAAAEwAAAAAA6v/h/9j/2P8SANn/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5f/q/+v/FQDs/+z/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/g/+r/2P/s/+H/7P8bAOv/6P/q/+z/7P/t/xYA7P/s/+z/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7f/v/xUA7P/q/+3/7P8AABQA9v/s//T/AAAAAAAAAAAAAAAAAAAAAAAA+P/x/wAA8f8AAAAA7P8lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//j/9f/x//D/FADu/wAAAAAAAAAAAAAAAAAAAAD5/xgAAAAAAPT/AADs/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/+P/t/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f8RAKL/nv/m//j/5v/C/+z/7P/s/+3/FADs/+v/7P8AAAAAAAAAAAAAAAAAAAAA6v8VAOz/7P/q/+r/6//s//L/AAAAAPr/AAAUAOz/AAD1/xcAAAAAAPT/AADr//P/yf/O/9f/3/8RAOz/yv8AAOv/7P8WAOv/8v/o/+f/7P8AAAAAAAAAAAAAAAAAAAAA1//p/+f/6P/i/+H/5/8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+7/7f/s/xQA8v/n/xYA2v/X/+v/z//r/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8aAAAA8f/t/+z/5v/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAA6/8AAOT/GQDu//j/6f/m/+v/3//g/xwA4v/b/+X/4//l/+r/AAAAAAAAAAAAAAAAAAAAAOD/HwDi/+T/5//j/+D/5v/s/+z/7P/u/wAA7P8UAOz/AADl/+z/7P/s/wgA2P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xcA6//r/+v/6v/o//H/AAAAAAAAAAAAAAAAAAAAAOz/FADt//H/7P/t/+z/7f/s/xcA9P/6/wAA7P/p//b/2P/l/93/3v/Z/+b/HwDX/wAAAAAAAAAAAAAAAAAAAADa/ycA9/8AAPb/AADc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/wYA0//T/9T/+P8AAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8UAO7/8//s/+7/9/8AAAAAAAAAAAAAAAAAAAAAAADs/xQA9P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/5v/k/+f/7f8eAOn/7P8AAAAAAAAAAAAAAAAAAAAA4v8cAOP/5v/n/+b/5f/m/87/KQDV/8L/0f/H/wAAt/8AAAAAAAAAAAAAAAAAAAAA0f8uANT/1f/Q/9X/zv/p/+3/6v/s//H/8v/c/+v/GwDv/xQA8P/t//H/7P/s//b/4P/p/+b/6f/m/wAA6f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/k//P/9v8AAOz/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+3/AAAUAO3/7P/s/9r/2f/b/+n/6P/q/9j/HwDs/xQA+f8AAO//7P/s/+z/5v8MAAAA7f/d/+H/6//r/xQA7v8AAPP/7f/v/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADs//f/7v/4/+3/7P/7//T/EwAAAAAA9v8AAO7/8f8AAAAAAAAAAAAAAAAAAAAA2v8mANn/4v/h/+H/4v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u//j/AADs/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADt/+z/8P/s//H/7P/c/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/q/xYA7P/2//n/7v/q/wAAAAAAAAAAAAAAAAAAAADu//j/AAAAAPT/7P/t/xQAFQDr/+v/7f/s/+X/6//u/zYA3f/S/+L/1//C/7j/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9n/1P/r/9b/AADk/wAAAAAAAAAAAAAAAAAAAAD6/9P/6P/l/+//2P8VAO3/9f/s/+7/7P/6/+3/FAD1/ycA3v/f/+X/5f/n/9r/5v8AAAAAAAAAAAAAAAAAAAAA7P/t/+//9//z//b/FAD0/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAA+P8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP+w/8T/wf/U/7//EwDr/+z/7P/y/+3/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5P/j/97/2P/q/xoA6P/q/+z/7P8UAOz/7P/s/+z/7P/R/9X/JgDj/9r/5P/m/9z/CwDc/+P/6f/W/9T/DgDK/wAAAAAAAAAAAAAAAAAAAADk/+L/4v/X/+f/2/8gAOn/2f/P/+P/4f/Z/9r/KQDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7f/y//P/7v/s/xUA7P/r/+P/AAAXAPr/8//p//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtv/D//r/tP/L/ycA3v/U/wAAAAAAAAAAAAAAAAAAAADs/+r/7P/s/+z/7P8UAOz/6v8VAOv/6//s/+v/6//r/+3/4P/p/+r/GQDp/+f/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FwAAAPj/AADz/wAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/w/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAADs//v/FAD3/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/woA6//o/wsA2f/c/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA5/8dAPn/xv/F/6H/vP/n/9r/EgDh/8f/6v+///n/3f8AAAAAAAAAAAAAAAAAAAAA7P/q/+z/7//z//r/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/p/+z/2f8NANj/2P8AAOz/+f/E/8j/3//o/xMAuf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAD6/+//8f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA1//P/9j/4P8AAOz/AAAAAOn/FgDr/+r/6//s/+r/6v/s//D/7P/s//H/7f8UAOz/7P/s/xQA7P/s/+z/7P/s/+z/7P/t/+7/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA2P8WAOP/2f/W/9f/5/8AAOz/6//s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAFAD2/+z/9P8AAOz/7f8AAOz/7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAUAPn/BgC8/6r/6//J//f/vf8UAPH/8P/x/+3/7P/s//P/AAAAAAAAAAAAAAAAAAAAAPD/9v8AAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAA+f/l/wAA5f/u/9j/AADN//j/4v/x/7L/wP/f/9r/HwAAAAAAAAAAAAAAAAAAAAAADgD4//T/2f/t/9j/6P/K/+z/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+//Y/+r/9//c/87/DgDO/83/+//u/93/6//y/xAA1v8AAAAAAAAAAAAAAAAAAAAA6f/s/+z/6//v/+3/FwDw/+//7f/u/+//9f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA5f/l/73/8f/Y/wAA6f8TAOj/2P/b/+j/2P8mANz/1/8AAAAAAAAAAAAAAAAAAAAA4//m/+r/4f/p/x4A4f/m/wAAAAAAAAAAAAAAAAAAAADs/xQA7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOT/AADJ/+3/2f/y/7v/AAAAAAAAAAAAAAAAAAAKAAAA7P/s/+3/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADb/+f/8P/4/wAA1/8oANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy/8gALn/8P/Y/9j/1//W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+r/7P8UAOz/6v/s/+//8//6/xQA7f/r/+v/9f/4//H/9/8VAOz/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAD3/9//pP+7/6n/8P/a/+//AAAAAAAAAAAAAAAAAAAAANn/KADy/9b/4v/Y/9j/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADr/+z/7f/s/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/2v/p/xoA6P/Y/+D/AAASAOP/+f8AAAAA7f/u/93/6//r/+r/6v/s/yAA2P/6/+z/7//t//D/7/8UAOz/7f/n/+v/FQDr/+z/7v/r/+r/7P/s/xQA7P/y/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+r/6//t/+7/7P8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/+P8AAAAAAAAAABkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r//H/FADs/+3/FwDp/+T/8f/s/+r/6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7f/t/+3/9f/s/+7/7P8UAOz/7P/x//D/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADk/+D/HQDi/+X/4f/g/+T/GADn//P/+f/5/+z/6/8AAOT/AADo/+3/7v8UANj/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAFADp/+v/6//h/+z/6//r/xYA7P/u/+7/7P/t/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xQA7f/w/+z/7f/z/wAA7P/s/+3/7//u/xQA7f/s//H/+/8AAAAA9//t/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+/8AAAAA9//t/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/7P/s//D/FADs/wAAAAAAAAAAAAAAAAAAAADs/+7/7P/s/+z/8P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/7P/s//D/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/6/8AAAAAAAAAAAAAAAAAAAAA5/8RAOn/7P/v/+z/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9z/6//g/wAAIADh/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+r/7P8VAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+3/7P/v/+v/7f8AAAAAAAAAAAAAAAAAAAAA7P8XAAAA+P8AAPP/AADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAA6//V/+L/4//s/+j/GQDq//L/5v/5/wAAAAD1/xoA8//s/+z/7v/s/+7/FADs/+z/7P8UAPn/AADv/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8UAO3/AADs/+z/7/8AAAAAAAAAAAAAAAAAAAAA6//s/xYA6//y/+j/5//s/+z/7P8UAO3/7v/u/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAO//AADu/+z/AADr/+z/FgDr//L/6P/n/+z/7P/t/xQA7P/v/+v/7P/v/9X/1//W/9D/EwDr/8D/+f/s/xQA+f8AAO//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/i//X/4/8oAOT/6P/y//f/AAAAAAAAAAATAAAA6//r/+z/6//r/+r/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//m/+v/7P8AAOz/7P8AAAAAAAAAAAAA7v/1/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIAAAD3/8//AAAAAAAAAAAAAAAAAAAAAOn/6f/q/+r/AADq/+L/CADr/+j/5v/l/+n/7P/q/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/87/2P/d/zAA5v/S/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/p//H/6v/2/xYA+f/q/9//5/8AAOP/7P8TAOz/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+P8AAO//AAAgAAAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/+v8AANL/5/88AOT/zP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+z/7P/r/+v/6f/5//f/AADw//n/FQD7/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/MQAAAAAAAADa/+3/2f8UAOv/7P/r/+z/7P/s/+v/6f/s//f/9f/4/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P8VAPb/7P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5//v/+3/FwDs/+3/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA8P8AAPv/7P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/7P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPb/8v8AAPX/8v/s//P/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/s/+z/7P/s/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/6//s/+z/FADs/+z/7P/s/+z/7P/s/+z/7P/s/+7/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt//P/+v/5//H/7P/s/wAAAAAAAAAAAAAAAAAAAADY/9r/7P/e/9r/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8UAOz/7P/Y/wAA6/8UAOT/7P/s/+z/7P/r/+z/7P8UAOv/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8mAAAAAAAAAAAA8//x/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/y/+3/AADs/+7/AADs/xQA7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAN//5v8AAAAAAAD6/yoAAADs/+z/7//s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/wAA7P8UAOz/7P/r/+f/6v/s/xcA3//s/+z/7P/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/1//q/9H/1/8qANf/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7P/w/+z/7v8SAAAA7P/v/xQA8P/t//H/7P/s//b/AAAAAAAAAAAAAAAAAAAAAO3/7P8AABQA9v/s//T/AAAAAAAAAAD5/wAA7//5/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7//u/+L/FAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADt/+3/7f/1/+z/7v8AANv/7f/t/+//2v8FAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAAAADv/wAA9v8YAAAAAAAAAAAA6v/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/t//D/7P/0/xQA8v/s/wAAAAAAAAAAAAAAAAAAAADs/wAAAADs/+3/FAAAAOz/FADs/wAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7v/r/9//FwDs/+H/AAAAAAAAAAAAAAAAAAAAANr/5P/6//v/+v8AACYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/+3/7f8UAOz/7P/Z/9v/4/8bANz/6P/a/+P/AAAAAAAAAAAAAAAAAAAAAOj/AADv/8j/6v/M/woA8v/s/+z/7v/Y/+z/BgDt/xQAAAAAAAAAAAAAAOz/AAAUAO3/7P/x/+j/9P8iAOT/2f/t/+z/7P/t//f/7P8UAO7/AAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAFQDq/+v/6v/r/+r/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/n//v/7//1/+T/KADp/+z/8/8AAPb/AAAUAOz/7v8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/3/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDt//P/7//x/+v/AADs/wAAEgAAAAAA+P8AAPD/9f8AAAAAAAAAAAAAAAAAAAAA7/8AAAAA9f8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADr/+j/7P/Z/9j/2P/Y/wAAAAAAAAAAAAAAAAAAAAAWAOn/6v/x/+r/6//n/+j/7f/s//j/AADt/+7/FADs/+z/7P/s/+z/7P8UAOz/7P8QAPn/AAAAAAAA+P/5/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/4/wAAAAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r//f/AAD0/+//FgAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA9P/u//r/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOX/6f/p/+j/6v/o/xgA6P8AAAAAAAAAAAAAAAAAAAAAyP/L/93/1f/l/yUA4f/l/+z/7P8UAPL/AAAAAOz/+//p/+r/6f/s/+z/4v8XAO7/8P/t//D/7P/0/xQA8v/s//P/7P/t/+z/7P/s/+j/FAAAAAAAAAAAAAAAAAAAAAAAFgDr//r/AAAAAPn/6f/0/+z/FADt/+3/7P/s/+z/7P8AABUA8/8AAAAAAADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/x/+z/+f/y/+z/FAD7/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA+f/1/+7/7v/y/+j/GAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADw/wAA+//s//j/7P/t/+3/7P/s/+z/FADu/+z/7f/t/+z/7P/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA3v/0//T/5f/n/yYA9//p/wAAAAAAAAAAAAAAAAAAAADr/+z/7v/r/+3/6//t/xUA7f8UAPP/9P/3/+z/7P/0//r/9f8AAAAAAAAAAPL/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8gAOj/7P/u/+n/2P/s/+3/7f/t/+z/7P8UAO3/7f/s/+z/7P/v/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/6//Y/7H/0P8cAPP/y//s/+3/AAAAAAAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FgDr/+z/4v/s/+L/6v/s/xQA7//6/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/FQDs/+z/7P/q/+v/7P/s/+3/4v/1/+P/KADk/+j/2/8dAOP/5f/o/+b/5v/h/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4A7P/t/+z/7v/y/+z/7P8AAAAAAAAAAAAAAAAAAAAAzP8XAOv/7f8AAA4A4//u/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/6//s/+z/EgAAAAAAAAAAAAAA7v8AABIA9v8AAAAAAADy//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8tAOz/8//0//T/z//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/4/wAA7/8AACAAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/t/+z/7P8UAOz/1v/w//X/RwDd/9L/tv8AAAAAAAAAAAAAAAAAAAAA2P/c/ygA2//t/9j/2//r//r/3v/Q/8v/2//Y/woA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//t/+//FADr/+v/7P8AAAAAAAAAAAAAAAAKAAAAFADs//D/7v/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPb/+v8AAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//n//D/+P8AANf/KADc/xQA7P/s/+z/7P/s/+z/7P/x/yEA4//o//H/+v/k/+3/6f8pAPD/AADx/+3/1//i/wAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADu//T/7/8UAPD/9P/2/wAA7v/5/+D/JwDz/wAA9P/6/+7/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/IADp/+3/7//p/9j/7f/M/y0A4//l/9b/wP/g/9//4/8dAOf/6f/x//T/5P/r/9T/KwDp/+D/6P/X/9P/5v/s/xYA7P/r/+v/6//p/+z/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/t/xUA8f8AAPf/AAD4/+v/+v/s/+7/AAAAAPv/8f8UAO7/FAAAAAAAAAAAAAAA7P8AAOz/4v/6//X/7P/t/xQA7v/f/93/4P/l/+b/4P8ZAOj/FADs/wAA7f/z/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO//2//f/8n/5//q/8r/FAD1/xgAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/8//u/xQA7f8AAAAAAAAAAAAAAAAAAAAA6/8VAO7/7//s/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/5P/n/+b/6v/j/xwA4/8AAAAAAAAAAAAAAAAAAAAA4v/r//L/FADz/+v/3v8PAAAAAAAAAAAAAAAAAAAAAAAUAOv/6v/r/+j/5v/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAA7v/3//f/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/AADv//v/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xUA8/8AAAAA7//t/+3/AAAPAAAAAAAAAAAA9/8AAOH/PADl/+X/zf/S/8b/y/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAkAAAAAACEA7P/s/+z/7f/f/+z/7P8AAAAAAAD7//j/EwDx//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/wAA7P/s/xQA2P/g/+X/AAAAAAAAAAAAAAAAAAAAAOz/7v/u/+z/7f/s/xQA7//s/+7/7v/s/+3/7P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/FADq/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/5/wAAJgDy/wAA6v/c/+7/AAAAAAAAAAAAAAAAAAAAABUA5//q/+T/6v/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAA7//5/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/AAAAAAAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/8P/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOT/3P/w/+v/6v/l/93/JwAAAAAAAAAAAAAAAAAAAAAA5//p/+v/4P/d/xsA4//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAADw/wAAAAAbAPD/7v/u//b/8v/v//D/FADr/xQA7P/s/+z/7P/s/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAADs/+z/FADs/+z/6f/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//m/+v/7P8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADh/ykA1//i/9r/1v/X/9r/7P8SAOX/2P/s//f/7//i/+z/6//s/+z/FADr/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/q/+r/6//X/wAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/4f/n/9//6P8cAOT/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+v/7P/p/+v/FAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xcA6//x//r/6v8AAO7/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA8//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAKADR/8P/0P/I//X/2f/s/+z/FADp/+v/7P/p/+z/7P/s/xQAAADs/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAADf/9z/6f/p/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/yoA2P/4//f/5v/W/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAAAD6/xQA7P/s/+3/7P8AAAAA+v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/HwAAAPX/7f8AANj/9/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/x//r/+v/6P8UAO3/7P/t/xQA7f/t/+3/9f/s/+7/FAAAAAAAAAAAAAAA7P8AAOz/+P8AAAAAAADs/xQAAAAOAAAAAAAAAAAAAAD0/wAAFADs/wAA9//7/+z/7//t/+v/6v/i/+f/6v/p/xYA6/8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7P/t/+z/7P/s/+z/FAD4/+7/9v/2/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA7P/s/+v/6/8AAOz/6f/q/+b/5//q/+r/6P8bAOn/7P/t/+3/9P/t/+z/FADv/wAAAAAAAAAAAAAAAAoAAAAUAO3/8P/1//T/7//s/+z/2P/m/9//4//t/ygA3//r/+r/0f/r/+v/1f/k/x4A0/8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/7v/0/+3/FQDs/wAAAAAAAAAAAAAAAAAAAADa/9r/5f/b/+T/4/8gAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/9b/8P/r/+v/BwDs//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7/8AAAAA7f/t/+z/+P/x/wAAAAAAAPX/HgAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA8/8jAPD/AAAAAAAA3P/k/+z/FADs/+3/7P/s/+z/7P/s/+z/+P/1//H/8P8UAO7/7P/s/wsAAAD6/+z/FADs/9P/x//l/93/0v8mAOr/z/8AAAAAAAAAAAAAAAAAAAAAKQDm//L/+f/v/9f/6//p/+z/7P/s/+z/7//s/xQA7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAADs/+7/AADi/+//FQDv/+r/7P/6/wAA7P/s/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8UAAAA3//s/wAAAAAAAAAAAAAAAAAAAADs/+z/+f/s//P/FADs/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7P8UAOz/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s//b/AAAAAAAAAAAAAAsAAADt/+3/7f/s/+z/FADt/+3/7P/s/+z/7v/s/+z/FADs/+z/6//s/+v/7P/r/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7P/u/+z/+v/t/xQA9f8pAN//AAAAAAAA8P/Y//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADr/+z/6//s/+z/7P/r//b/8v8AAPX/8v/s//P/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//w/wAA9/8AAOz/8P8AAAAAAAAAAAAAAAAAAAAAFADs/wAA9//7/+z/7//t/9z/7/8AAAAA7f/q/+j/GAAAAAAAAAAAAAAAAAAAAAAA+P/w/wAAAAAAAPn/GQD7//f/8/8AAAAAAAD4/xYA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/wAAAAAAAAAAAAAfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/o/+f/5//p/+r/6f8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/9P/x//n/6/8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/9X/0v/Z/+j/1f8mAMz/+f/s/+v/6//s/xUA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/s/+//8//6/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9/8AAPL/AADs/xUA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/v//P/+v8UAO3/7P/q/+z/7//z//r/FADt/xEAAAAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+//7f/o/xYA7P/s/+z/FADs/+z/7P/s/+z/7P/s/+3/7P/s/xQA7P/s/8T/z//P/8v/5v/K/zMA1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPn/AADv/+z/7P/s/+v/5//n//v/5//t/x4AAAAAAAAAAAAAAAAAAAAAAAAA6v/g/97/+P/j//D/MgAAAOz/FAD5/wAA7//s/+z/7P/s/+z/FADs/+z/6f/r/+v/AAAAAAAAAAAAAAAAAAAAAOz/FAD5/wAA7//s/+z/7P8AAAAAAAAAAOz/AAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAPD/AAAAAAAAAADt/+//AAAAAAAAAAAAAAAAAAAAAOz/7P/2/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+7/7//t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/FADr/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/wAA9f8AAOz/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAAAA8/8AAAAA+P8hAOz/7P/s//P/9//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOn/6v/q/+n/6P/q/+r/AADW/9j/1v/U/9D/AADV/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5f/s//L/2P/b/xEA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOv/5v/s//H/FQDq/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/N/97/7f/V/xoA1P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s//D/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA+v8AAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAA7P/v//r/8//s/+3/FADt/+z/+v8AAOz/7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAA4//l/+j/z//e/+b/6P8dAOv/5//v/+3/FwDs/+3/6v8AAAAAAAAAAAAAAAAAAAAABwCx/9P/u//f/8r/CwDl/+z/6//s/+z/FADr/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAbAPj/AAAAAAAA8/8AAAAAAAAAAAAAAAAAAAAAAADq//D/7P/w/+v/8P/t/xYAEQDw/wAA2v/b/wAA7P/Y/+z/7P/t/+z/7P/s/+v/FAAAAPX/AAAAABMA9//y//f/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/7/8AAAAA7f/q/+j/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA1P/s/+n/6//p/+v/6/8UAOz/7/8AAAAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAO7/7//s/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDq/+v/6v/r/+r/7P/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAADo/+v/7v/v/xcA6v/n/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/x/+z/7f/s/+3/7P/t/+3/9f/s/+//8P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5v/s//H/FQDq/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//i/+v/AADa/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/1/wAAEwAUAO//8P8AAPf/AADs//D/FADv//D/AAD3/wAA7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//b/9f8UAO//7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8ZAAAA7P/3//f/4//w/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7//w/wAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgDH/9v/y//g/+b/1//V/ygA2f8AAAAAAADY/9n/AAAAAAAAAAAAAAAACwAAAAAA7P/s/wAA+f/t/xQA7P/s/+z/7f/v/+3/9/8UAOz/7v/s/wAAAAAAAPj/3/8UANr/AAAAAAAAAAAAAAAAAAAAAPP/9f8AAAAAAAAUAPL/7P/O/9b/1f/Y/9f/zP83ANX/wf87AOD/4f/a/9D/4P/T/+z/7v/u/+z/7f8UAOz/7P/q/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAO//+f8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/5/8AAPD/+v/w/yYA4//s//D/7P/s//r/FADt/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADt/+z/7P/s/+z/FADt//D/9f/0/+//7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOr/xv8GAML/yP8JAN//7P/s//n/7P/z/xQA7P/u/wAAAAAAAAAAAAAAAAAAAADr//n/AADl//L/GADo/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//w/wAA+P/t/+z/8P8UAO7/7f/4//v/7P/s/+v/FADq/wsAJgDd/+D/zv/H/7v/3/8RABcAz//W/+z/3v/V/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P8UAOz/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADC/wYA3f8UALj/3P8AAK3/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/9/8AAOz/7P8AAOr/EwDs/+z/7v/y/+r/7P/f/+P/6v8AAAAA5P/o/x4AAAAAAAAAAAAAAAAAAAAAADAA1v/X/8//5P/A/+P/yv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xMA7P/s/+//8f/r/+z/AAAAAAAAAAAAAAAAAAAAANj/6//c/+n/8f8AABQA7P8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/FADs/+z/7P/s/wkA1f/X/9j/2P8AAM//xP/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABAA2v/Z/wAA3P/Y/+r/6f/v/+3/7v/v//X/FADs/+z/7f+2/6r/0//p/9H/y/8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/j/wAA7//p/+3/AAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf/X/ycA1v/a/wAAxv/m/+z/FADs/+z/7f/s/+z/7P8AAOL/5//m/+r/2/8LANr/FAD0/wAAAAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAABEA7P/s/+7/2P/h/+z/1//t/9r/5//s/9v/HADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/8P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/xcA6v/n//H/+//d/+r/yv/1/9P/3//r/x0AAADG/wAAAAAAAAAAAAAAAAAAAADh/+D/LADS/+L/2P/j/8//7P/s/xQA7P/s/+7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//X/7f8AAPb/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB4A+v/y/wAAAAAAAO7/AAAeAPj/7v8AAAAAAADq/wAAFADs/+z/7v/t/+3/7P/t/+n/6//Z//X/AADi/x8A9//s/+3/7P/u/+3/7P8UAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOj/6//p/+b/6/8VAOv/6/8UAAAAAAD4/wAA7P/s/wAAFQDs/+z/7P8AAOv/6//v/wAA5f/n/9z/6/8AANf/6P8bAO3/7f/x//n/5f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkA7P/u/+z/3v/h/9X/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPb/AAAAAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANX/3P/X/+T/2P/V/yoA1//t/+v/JwDj//b/9f/Z//b/7P8UAOz/7P/s/+z/7P/s/+z/FADu/+z/7P/s/+z/7P/m/xkA5v/p/+n/6f/o/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u/xUA9f/z/+7/7P/y/wAAAAAAAAAA7P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AADw/+z/FADr/+v/7P/r/+v/6v8VAOv/7P/s/+7/7P/s/+r/7P8UAAAAAAAAAAAAAAAAAAAAAAAAANj/7f/p/+H/AADZ/9z/HgDe/9j/2v/b/xQAof+6/wAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAPP/+v8AABEAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/6f/s/+z/7P/s/+z/FADs/+z/KADq/8L/0//Z/9P/zv/G/wAAAAAAAOr/8//2/+r/FgAUAOz/8P/u/+7/7P/s/+z/AADj/+j/7v/u/wcAy//V/9b/z//l/8b/2P8pAOn/zf/v//H/AAD0/wAAEwAAAPH/FADs/+z/9v/t/+v/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAFAD2//r/AAAAAAAA7P8AAOv/AAAAAAAAAADw/yAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA+//t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPP/AAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAADs/xUA7P/t/+z/7f/r/+v/7P8UAAAA7f/y//P/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8PAAAAAAAAAAAA+v/3/+z/FAAAAO7/9//3/+z/7P/b/+f/7P/o/+z/7P8aAOz/7P8UAOz/7//t/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPf/6/8UAOz/7P/s/+z/7P/p/wAAAAAAAAAAAAAAAAAAAAAVAOv/6//z//H/6v/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAFADb/9L/1v+5/9n/7v8XAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOv/7P/r/+z/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7f/u/+7/7P8UAOz/7P/s/+7/2P/s/wYA7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//x/xQA7v8AAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8eAAAAAAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/FADs/+3/7P/t/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8P/t//j/FQDs/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwDW/9f/4f/o/+f/2P/X/+v/7P/t//j/7v/s/xUA7f/7/wAAAAD3/wAAAAANAAAA2v/Z/9z/3f/k/ycA2P/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+v/6v/s/+r/FQDs/9r/2f/c/93/5P8nANj/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/8f/w/+z/7P/s/+z/AAAUAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/w//v/AAD7/+X/6//3/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/6/8VAOz/6//r/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/t/+3/7//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/q/wAA8//q/+v/GADr/+7/7f/3/+3/7P/s/+z/FADc/97/5f8fAOL/2f/e/93/AAAAAAAAAAAAAAAAAAAAABUA6//r/+3/7P/l/+v/7v/c/+3/0P/s/wAA6v8jAPP/AAAAAAAAAAAAAAAAAAAAAOv/7P/t/+z/7f/p/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO7/9P8AABMAAAAAAAAAAADu//T/7P8UAPn/AADv/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAAAD6/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAAAADz/wAAAAD4/yEA2P/Y/wAA2v/l/+j/AADf/9z/4//0/9v/7v/s/x8A2f/k/x4A1//Z/+f/1//W/+H/7P/s/wAAAAAAABQA+P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/+v/6/8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/wAAFADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/p/+j/6f/q/+H/9v8UAOv/7P/t/wAAFADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/+P/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAPP/9P/3/+z/7P/0/+z/7f/3//P/7f/x/+z/FAAUAOz/7/8AAAAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7v/6//b/7P/m/+//AAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/7f/s/+v/7P/u/wAAAAAAAAAA9/8TAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAA+f8AAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAPX/AADs/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAPD/AAAAABsAFADy/wAA9v/y/+n/7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDw/+T/2f/L/9T/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAAAAALAAAA7P/6/wAA7P/s/+z/7f8UAOz/7f/t//T/7f/s/xQA7/8PAN//4P/r/+//8v/m/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8AAAAA8f8AAOr/GgAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7v/6//b/7P/m/+//7P/5//L/4//5/xgA7v/z/8z/yP+z/9X/2f/e/6L/GwDt//n/AAD6//X/7P/t/xUA3v/p/9L/0v/p/w4A1P/x/9T/1//p/+X/5P/Q/9r/KQDs/+z/7P/u/wAA7P8UAOz/t//C/9b/xf/b/93/3v83AAAAAAAAAAAAAAAAAAAAAADs/+z/6//t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+3/AAD3//P/GADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAFQD5//j/AADw//L/AAAAABMAAAD0//j/AADv/wAA6P/m/+v/6v/r/xYA6P/q/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAA7P/x/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/9z/1v/p/+D/0P8vANv/7P/s/wAA7//7/+z/6/8UABoA0v/P/9j/3f/f/+D/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/t/+7/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/wAA7P/t/xQA7P/Y/+f/2/8AAO7/2v8mAN3/AAAAAAAAAAAAAAAACgAAAOj/5P/6/wAA2//Y/wAA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8UAO3/AADs/+z/7/8AAAAAAAAAAAAAAAAAAAAA2v/v//b/2f/d/ygA+P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+//7P/s/9//FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8UAPf/AAD5/wAA8P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//j/7f8UAOz/7P/t/+3/7f8AAOz/7P8AAOz/7P/s/+z/7P/s/+z/FADs/+3/7v/t/+3/FADs/+z/3v/t//P/6v/t/wAA5f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/7/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAA7//5/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADt/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/g/+b/3f/h/x8A4f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/7/wAA+//l/+v/9/8jAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8AAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//t/+7/7//1/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAD2//L/AAAAACMAAAAAAO//AAAAAAAAAAAAAAAAAAAAAOz/7P/7//r/FADx/+3/7P8AAAAAAAAAAAAAAAAAAAAA7/+6/+D/x//b/7T/0P8bABEA7P/0/9//5v/1/+r/2f/m/83/3v/t/9X/GgDU/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/y//R/9L/1/8eAOf/1/8VANT/7P/p/+v/6f/r/+v/AAAAAAAAAAAAAAAAAAAAAPr/6P8AAOj/+v/1/ycAAADs/xkAAADs//f/9//j//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/6f8XAOv/8P/t/+n/8P/s/+z/7P/4//X/8f/w/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AAAAA+v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/2/wAA8v8AACgA5P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//v/AAATAAAAAAAAAAAAAAAAAAAAAAD1/yMAAAAAAPr/AADm/wAAAAAgAAAAAAAAAAAA4v8AANP/1f/Z/9H/4P/T/ywA2f8AAAAAAAAAAAAAAAAAAAAA9P8AAPr/7//x/xQA7P/s//r/AAAAAPb/AAATAAAAAAAaAOv/7f/3/+f/6//Y/+b/KADY/9j/wf/O/8P/6//K/xsA6f/q//L/+f/l/+X/6v8UAOz/7P/s//P/7P/w/+z/7P/s/+7/9f/x/xQA7P/x/xcA6P/q//X/6v/q/+X/4/8AAAAAAAAAAAAAAAAAAAAAHgDi/+z/9P/t/+z/3v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDs//P/7//y/+z/2//s/wAAAAAAAAAAAAAAAAAAAAAYAOr/7f/v/+//5//n/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgDE/9b/2P/r/+v/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7P/l/+z/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKX/1P/X/7z/+v/y/9D/AADs/97/AADY/+3/AADc/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAD2/+//AADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/0//n/8f/v/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAPf/AAAAAPD/8/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQDs/+7/7P/e/+H/1f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/GQD3/wAA6/8AAN7/9v/s/+z/7f/s/+z/FADs/+z/7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/u/+z/7f/5/xQA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9/8AAOn/7f8VAPH/4P8YAAAAAAAAAAAA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/7P/s/xQAFAAAAAAAAAAAAO7/7P8AAPX/6//s/+z/7P/S/xQA6//g/97/4f/Z/+T/3v/e/yEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+//5/wAAAAAAAAAAEQD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADm/+j/8P8AANj/5//l/wAAAAAAAAAAAAAAAAAAAADk//n/AADa/+H/KAAAANj/2f/2/wAA8v8AACgA5P/m/+z/7P/t/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/7//4/+z/9f8VAOn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//T/AADt/wAA7f8AABQA6P/p/+P/6f/g/+7/5P8kAAAAAAAAAAAAAAAAAAAAAADX/+H/5v/g//T/q//k/1UA+f8AAAAAAADz//r/AAARAPD/AAAAAAAAAADw//T/EwDs/+z/7f/t/+//7P/s/xQAAAAAAAAAAADu//X/AAATAOz/7P/s/+3/7P/s/+z/FADT/9P/2f/m/9r/3f+5/zwAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADY/9n/5f/a//f/2f/v/ygA4P/p/wAA6f8AAOn/4P8jAOz/6/8AAPT/7v8AAOz/FQDs/+z/7f/t/+//7P/s/xQA5P8WAOv/6v/s/+v/6v/p/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADw/wAA+//s//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//r/AAAAAAAAFAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//r/+z/7P/s/+z/6/8AAAAAAAAAAAAAAAAAAAAA4//l/+j/z//e/+b/6P8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAAAAPD/9P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/4/wAAAAAAAOz/FAAAAOr/6v/s//L/7v/r/xYA6v/s/+7/AADv//D/FADv/+z/6//r/xYA5//s/+r/6f/p/wAAAAAAAAAAAAAAAAAAAAD5/+n/IQDc//D/8P/l/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/9n/3P/W/ygA1v/k/+n/FAD0/wAAAAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7P8UAOz/7P/s/+z/7P/y//b/7f8UAOz/7P/s/+z/8v/2/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAPf/+//s/+//7f/m/+T/GADq/+r/y//p/8L/9f8OAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO3/7P/s/+z/9P8AAAAAAAAAABAAAAD4/xMAAAAAAAAAAAAAAO3/AADl//T/AAAAAAAAIwDv//D/BgDs/+z/6f/s/9n/AADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/s/+v/6//r/xYA7f/o//j/AAAAAAAAAAAZAAAA7P/s/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xgA+//0/+v/AADl/wAA2v/b//b/4//c/9b/4f88AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p//X/7P/u/+T/FQD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8AABQA8f/2//f/xf/O/wAA5P/q/6j/EgALAPr/6v/R/9j/3v/h/+n/8P8eAPH/7v/y/+z/4//5/+z/FAD1/+z/7P/5/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xUA7P/r/+v/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/9//L/8//zP/F/woAxf8AAAAAAAAAAAAAAAAAAAAAFADt/+z/8//x/+//7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8XAPT/9P/0//D/6v/t/+z/FADu/+7/7//t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAABwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADt/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//n/7P/z/xQA7P/u/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P8UAOz/5P8mAAAAAAAAAAAA8//x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/u/+//7f/s/+z/7P/s/xQA7f/s/+z/7P/s/+j/7f8AAPf/8/8YAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAD2/xsA9P/0/wAA8f/m/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/r/+z/FADs/wAA7/8AAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOn/AADv/wAA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAADr/xQA7P/s/+z/7P/s/+n/DwDs/+z/6f/s/8j/AADp/wAAAAAAAAAAAAAAAAAAAADn/+7/7P/r/+//6/8VAO7/z//f/w0A6P/q/xMAvP/R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s//j/AADt/+7/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+n/5v/q/+P/1//p/x4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9P8AAAAAAADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA8v8AAAAA+v8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8f/w//H/7f/s/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/z//f/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/wUAEADj/73/0P/y/+v/3/8AAMT/wP/H/wAAAAC6/xUA8P8AAAAAAAAAAAAAAAAUAOz/7P/s/+z/8P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/xP/I/xQA2P/s/93/7P/s/+z/7P8AABQA8f/2/+z/7P/s/+z/7//s//P/FADv//T/AADt/wAA7f8AABQA7P/s/+z/7P/4/+3/FADs/wAAAAAAAAAAAAAAAAAAAADY/+n/FADY/wAAAAAAAMX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+b/6P/p/+j/KADV/+b/8v8AAAAA+v8AABQA7P8AAPX/7P/u/+z/+v/t/xQA9f/u/wAA9v8UAAAA8P/s//D/+f/1/+7/7v/y/+j/GAAAAOz/7f/s/+z/8v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/4v/t/xQA7f/u/+3/6v/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDq/+b/7P/r/9z/6v/l/wAAAAAAAAAAAAAAAAAAAAAfAOP/zf/X/9v/xf/J/8j/AAAiAAAAAAAAAAAA3v8AANr/7P/t/+//FADu/+T/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPb/+v8AAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAAAAAAADADW/9b/1P8hANv/7P/L/87/AAAAAAAAAAAAAAAAAAAAANf/1//s/+z/8v/q/xoA7P/r/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//P/9v/q/xYA+f8AAAAAAADz//r/AAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//P/9v/q/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAA7P/5/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsAz//l/+b/5f/n/+T/0/8UAOz/7P/s/+z/7P/s/+3/7f/6/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAYAOP/7P/o/+r/6P/m/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/9j/KADl/9n/2v/r/9j/7v/s/wAAAAAAAAAA7P8UAAAA8P/6/wAAAAAAAAAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/FQAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7f8AAPf/8/8YAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AABEA+f/1/wAAAAAAAAAAAAAAAAAAAADm/9b/3P/b/+7/KgDX/9v/7P/t//j/7f/s/xYA6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/p//r/7P/t/x0A6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7//0/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/9n/3P/W/ygA1v/k/+n/7f/v/+z/7f/x/xQA7v/s/wAAAAAAAAAAAADt//v/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8UAOz/6//s/wAA7P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAXAOj/6v/1/+r/6v/l/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/1//h/+r/4P/f/9n/JwDZ/wAAAAAAAAAAAAAAAAAAAADa/ysA2P/f/+P/3P/X/+//7P/s/+z/7v/s/+z/FADs/+z/7P/s/+7/7P/s/xQA7P/r/+v/7P/t/+v/6P8VAOv/AAAAAAAAAAAAAAAAAAAAAOv/6//s/+3/6//o/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+j/AAAAAN3/7P/Z/wkAAAAAAAAAAAAAAAAAAAAAAPj/8f8AAPH/AAAAAOz/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADv//r/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/6//q/+v/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAD3/wAAAAANAAAA2v8XAOj/6v/s//T/6v/j/+z/FAAAAPv/AAAAAPD/9P8AAAsAAAAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAA5P/r/yMA4f/m/9n/5P/Y/+z/7f/4/+3/7P8WAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/ygA5f/Z/9r/6//Y/+7/AAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO7/9P/s//H/8P/2//X/7f8UAO3/7P/x/+z/+f/y/+z/FAD7/wAAAAAAAAAAAAAAAAAAAADs/+z/AADv//v/7P/r/xQA3P/Y/wAA4v/w/wAA6f8AANj/5v/f/+P/7f8oAN//6//t/+//8f/t/+3/FADx/+z/AAAAAAAAAAAAAAAAAAAAAOr/6/8AAMv/4P8OAMH/8f8AAAAAAAAAAAAAAAAAAAAA6f/p/+r/6P/q/xoA6//e/9n/9v8AAPL/AAAoAOT/5v8AABMAAAAAAAAAAADu//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+f/6P8XAOr/1//s/+b/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/8v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/9//4//D/+v8kAOP/5P/t/wAAAAD7//T/FAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9b/6f/Y/9X/FwDV/+v/7P/w//D/7P8AAOz/FADw/wAAAAAAAAAAAAAAAAAAAADw//b/0P/m//n/KwDz/9n/AAAAAAAAAAAAAAAAAAAAAOz/7P/u//b/8f8UAOn/6//b/+j/0//p/+r/9v8VAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+//7P8UAO3/FADs//D/7P/v/+z/7P/s/+z/7f/i//X/4/8oAOT/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/yEA5//q/+7/6v/f/+v/AAAAAAAAAAAAAAAAAAAAAO3/IQDn/+r/7v/q/9//6//s/+z/7P/s/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAArAOn/8/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s/+z/7P/w/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAPX/AADs/+z/7/8UAOz/8P/u/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/t/+7/7v/s/xQA7P/z/+b/zP/v//r/MQDq//H/5f8cAOX/5P/m/+T/5P/2/+v/6/8hAOP/7P/a/97/6v8AAAAAAAAAAAAAAAAAAAAA9v8YAAAAAAAAAAAA6v/0//n/FAD3/wAA+f8AAPD/8f8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7/8AABQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8SAAAA8//d/+H/AADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/v//n/7f/x//T/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/wAA7//w/xQA7//s/+P/7//i/+7/7P/u/+X/GwAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s//D/7P/s//j/3P/p/+b/FQDV/9v/1v8AANb/yP/N/9j/1P8JANP/6P/t//H/+/8AABcA7P/s/+j/7f/x//v/AAAXAOz/7P/h/+H/5//f/+j/HADk/+b/xf/e/+L/4f/m/8L/JADP/+z/7v8AAO//8P8UAO//7P/q/+r/7P/y/+7/6/8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAD5/wAAAADz/wAA6v/r/+z/7P/r/+v/7P8VAOz/7P8AAOz/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//x/xQA7v8AAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADs/xUA7P/t/+z/7f/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//u/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/j/+T/3v/p/+j/GwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA8P8AAAAAAAAAAAAAAAD1/wAA7P/6//T/FADy/wAAFAAAAAAA+P8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/v//P/8//s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AABQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/xv/o/+z/+P/O/yIA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//D/7P/w/+v/8P/t/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AADv//n/GgAAAAAAAADq//P/9v/q/xYA7P/t/+z/7P/y/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+v8AAAAA9v/1//b/FQAAAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAD6//r/AAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//Z/+z/7P8AAOz/DwDY/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+//7P/s/xQAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAD4/xQA4v/4/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//r/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/t/+7/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFAAAAPD/7f/1/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADp/+z/6//q/+z/6f8VAOz/7P/1/+3/AAD2/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAOv/FADu/+3/6//p/+r/5v8AAAAAAAD1/wAADgAAAPr/5//m/7b/u/+1/wcAxP/m/xQA7P/s/+z/7P/t/+z/2//h/+j/7P8AAOz/DwDi/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADu/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAPj/AAAUAOz/AADn/+z/AADr/+z/EQDX/+v/7P/t/xQA7f/6/+z/7P/u/+z/7f/s/+//7v/i/xQA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+/8AAAAA9//t/+7/FAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAA+P8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAOD/3v/h/9n/5P/e/97/IQAUAOz/7//3/+z/7P/s/+z/8f8AAAAA+P8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/n/+j/5//T/+L/4P8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/y/wAA9f/y/+z/8/8UABAA+v8AAAAAAAAAAPH/AAAQAPr/AAAAAAAAAADx/wAAAAAWAPj/AAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q//T/8f/5/+v/FADt/xQA7v8AAPP/7f/v/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v8VAOv/6//s/+v/6//r/+H/3v/y/9b/DQDg//n/5//V/y4A2f8AAAAA7//V/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9v/1/xQA7//s/+z/0P/l/+n/6P/o/9L/5f8dAAAAAAAAAAAAAAAAAAAAAADJ/+n/JQDT/+f/1/+9/xEA2P/1/87/3v/i/+v/AAAOAOD/OQDU/+j/8P8AANf/6P8UAOv/7P/r/+//7f/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT//r/FQDf/+f/uf/n//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8XAOz/7P/R//L/5f/s/wAAAAAAAAAAAAAAAAAAAADn/+b/7P/n//j/FgDp/+v/AAAAAAAAAAAAAAAAAAAAAOj/BwDq//D/8v/A/8T/3f/s/+z/7P/s/+7/7P8UAO7/vv/X/7j/1v8RAM//9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AABMAAAAAAAAAAAAAAAAAAAAAABQA6f8AAO//AADu/+z/AADs//X/9v/s/wAA7P8UAPb/6/8WAN//6v/s/+z/6P/h/9//3f/g/+X/5v/g/xkA6P8UAAAAAAAAAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAUA3f/T/+j/6/8RANf/0f/s/+v/7P/s/+z/FADp/+z/6v/r/+z/7P/u/+z/FADs/+P/6P/s/+v/6/8YAOn/6//p/+v/6//s/+3/6v8WAPD/5//B/+D/CQDb/9//8f/r/w4A6P/X/9D/BwDT/+f/3/8AAAAAAAAAAAAAAAAAAAAA7P8UAAAA7P/t/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+n/5//p/xcA5//q/+v/FADs/+v/7/8AAOv/7P/l/8//uf/C/9b/8P/U/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL3/9//S/wAA4v/v//D/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5f/n/+v/7v/d/wsABwDs/xQA6v8AAOz/2f/a/9v/8P/2/9D/5v/5/ysA8//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/CQDc/+P/6P/s/wAA4f/c/ycA2f/o/+X/5P/c/+7/FADv//D/AAD3/wAA7P/w/wAAAAAAAAAAAAAAAAAAAADq/xUA2//r/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8//6//n/8f/s/+z/IwDl/+T/4P/i/9j/1v/h/wAAAAAAAAAAAAAAAAAAAADs/+7/7f/w//D/7P8UAOz/KwDp//P/AADz/9P/2P/Z/xQA8f/w//H/7f/s/+z/8//s/+3/7f/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/2//L/+f/n/xYA6v/s//b/9P8AAPv/8P8UAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/wAAFADx//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAABMAAAAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+//5/wAAAAAAAAAAEQD0/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/8//3/+z/7//s/xQA7f/y/wAAAAD6/wAAFADs/wAAAAAAAAAAAAAAAAAAAAAAABQA7f/z//r/+f/x/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FgDq/+v/6//r/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5//n//v/5//t/x4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//l/+v/6//q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/wAAAADu//D/FADt/9j/6f/Z/+D/7f/u/ygA7P/s/+v/7P/s//P/7v8UAO3/6f/s/+z/6//v/+3/FwDw/+z/7f/t//T/7f/s/xQA7//p/xYA6//q/+v/7P/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAA7P8UAO7/7P/s/+z/7P/s/+z/FADu/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/+3/7f8UAOz/7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPX/7P/u/+z/+v/t/xQA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAA8P/0/xMA7P/v//r/8//s/+3/FADt/wAAAAAAAAAA7f/v//r/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8aAOX/9P/t/+7/5v/v//X/FwD7/wAAAAAAAPT/+v/s/xUAAAAAAAAAAAD0//r/2v8VAAAA7f/s/wAA6//s/+D/JgDy//n/AADz//P/9P8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv/Z/+r/9v8AAPT/OwD5/wAAAAAAAAAAAAAAAAAAAAAVAOv/6//t/+z/5f/r/+7/6P/n/+v/8//z/8n/3P8aAO//9P8AAO3/AADt/wAAFAAAAAAAAAAAAAAAAAAAAAAAzv/N/+r/5v+o/9T/0P8nAPH/2P8AAOv/8v/o/9j/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/SADf//P/7v/5/8X/yv/q/+j/xP/M/8X/6v/v/8b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/yoA2P/4//f/5v/W/+v/AAAAAAAAAAAAAAAAAAAAAOz/FAD5/wAA7//s/+z/7P8fAOz/7P/s/+z/2P/Z/+n/FQDe/+z/+P/2/9n/7P/y/wAAAAAAAAAAAAAAAAAAAAAVAOf/9P/X/wAA9P/s/9j/GQDE/8z/4//c/wAAv//M/wAAAAAAAAAAAAAAAAAAAAAAAOT/4v/o/+n/CwAAAO3/AAAAAAAAAAAAAAAAAAAAAPP/0//g/9H/5f8VAOr/4//c/+n/7v/f//P/3P/Y/ycA5f8AAPr/1v/z/+f/4v8nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/o/+n/3/8aAOT/5P/j/wAAAAAAAAAAAAAAAAAAAADs/xUA7f/4/+3/7//t/+z/0f8PANP/zP/Z/9j/AADW/wAAAAAAAAAAAAAAAAAAAAAUAO3/8//6//n/8f/s/+z/IwDl/+T/4P/i/9j/1v/h/ysA6f/z/wAA8//T/9j/2f8UAPH/8P/x/+3/7P/s//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+r/3v/k/+T/FgDq/wAA6v/q/+n/6P/v/yAA7f/h/8v/0f/X/+n/6//T/8f/OAAAAML/ov+1/7n/CADm/wAA6v8VAOz/6//s/+j/7P/r/wkAEgDq/+3/7P/V/+f/6/8AAAAAAAAAAAAAAAAAAAAA6f/P/7z/zP/P//D/qP8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUA5v8MAAAA7v/d/+H/6//r/+z/FAAAAPv/AAAAAPD/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/FwDr//H/+v/q/wAA7v8AAOj/2P/q/+L/6//i/w4AFADs/+3/7v/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIANb/5//o/wAAyP/p/wAAAAAAAAAAAAAAAAAAAADs/+L/+v/1/+z/7f8UAO7/7P/t/+//7f/4/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA5/8XAOv/8f/6/+r/AADu/9H/6f/i/+j/5f/n/+T/JQAaANL/z//Y/93/3//g/+j/AAAAAAAAAAAAAAAAAAAAANP/1f/Z/9H/4P/T/ywA2f8VANH/3//s/+f/6f/r/+n/AAAAAAAAAAAAAAAAAAAAAOv/7P/t//j/7v/s/xUA7f/s/+3/7//t//f/FADs/+7/7P/6/wAA7P/s/+z/7f8UAAYAAADf/9z/6f/p/+r/6//f/+P/5//q/+j/6f8gAOn/GwDH/+H/2//Y/9D/0f8AAOH/6P/t/+//7P8kAOX/4v/U/97/DQDi/+r/LwC3/9H/5//s/+//7P/w/9f/7P8XAAAA1P/T/9L/4v8KAOf/5f/V/9X/0//Q/9f/EgAQANX/AAAAAAAAAAAAAAAAAAAAAN3/4P/g/+L/3v8AAN7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/AADf/9n/4v8UAOz/8P/s/+//7P/s/+z/ov/E/6L/pP+Q//P/sP8UAPX/AAAAAPr/+v/t/+7/FgDr/+z/7f/s/+3/6f8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//L/AAAAACMAAAAAAO//7P/r/+n/6//s/+r/FQDr//n/CgAAAAAAAAAAAAAAAAAVAOz/7P8AAOr/6//r/+z/7P/t/+7/8P/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8KAOb/2f/s/+X/EADs/9z/JwDr/+b/6P/Z/+P/2P8WAPf/9/8AAAAA6v/q//n/7P/t//j/AAD0/+7/FADt/wAAAAAAAAAAAAAAAAAAAAAhAOn/AADp//b/6v/Y//D/IADq/+n/4f/o/9b/z//b/xwA5v8AAPb/AADq/+T/AAAUAOz/7P/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAMr/0//e/8b/1f/K/y4A2/8IANj/zf/H//r/8//6/9P/7P/s/+3/7f/t/+z/FADs/93/JgAAAPb/2f/r/+z/3v/s/xQA7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAOb/5v/Y/+f/4P/i/+P/6P/Y/+f/5f8AANz/4f8AAOz/7P/t/+//7v8UAO3/7P8oANL/5v/P/+D/0P/c/9L/HgDg/9z/2P/k/9r/4//l/xUA7P/s/+z/7P/s/+v/7P8AAL7/1P++/8n/u//r/+j/2//m/+H/3//k/9v/IgDk/x0A5f/h/9//5//S/+D/5/8AAAAAAAAAAAAAAAAAAAAALQDl/+b/yf/s/9X/2//l/wAAAAAAAAAAAAAAAAAAAADU/9T/1P/U/+P/0f8sANX/7P/t/+3/7P/s/+z/FADu/xAAAAAAAAAAAADw/wAA+P/s//X/9v/s/wAA7P8UAPb/AAAAAAAAAAAAAAAAAAAAAOL/5P8AAAAA9P8oAOb/2P/p/wAA+/8AAAAA5f8iAAAAAAAAAAAAAAAAAAAAAAAAAOf/7P/s/+z/7P/r//f/FADs/+7/7v/s/+3/FADs/+z/AAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAAAADs/wAA7f/q/wAA2P/X/+T/5P8LAN3/AAAAAAAAAAAAAAAAAAAAAMX/yf/N/8j/4v/X/zEA3v8AAAAAAAAAAAAAAAAAAAAA1v/Y/9z/1f/e/8v/LADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//n//D/+P8AANf/KADc/xQA8f/w//H/7f/s/+z/8/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/8v/2/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/o/+v/3P/2/xUA6f/r/wAAAAAAAAAAAAAAAAAAAADr/+z/7v/t/+3/7P8UAO3/+f/o/+v/3P/2/xUA6f/r/+3/6v8AAAAAAADw/xYA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7//3//P/9v8UAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO7/AAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD5/wAA7//s/+z/7P8eAOL/7P/0/+3/7P/e/+r/AAAAAAAAAAAAAAAAAAAAAOr/FQDr/+7/6//t/+n/7P8WAOv/+v8AAAAA+f/p//T/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/+P/t/xQA7P/G/w0A0v/N/+f/DgDN/93/7v/y//n/7f8AAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//H/6//t/+z/7v8UAAAA+f8AAAAAAAAAAAAACAD5/xQA9/8AAPn/AADw//H/5P/l//L/8f/5/+n/6/8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAKAAAAAAAAAAAAAAD3/+z/NAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/+//9P8AAO3/AADt/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/FQDq/+z/5f/q/xIAxv/R/wAA1//p/+n/4P/o/+n/3/8aAOT/5P/j/+T/5f/o/+r/6P/n/xkA6f/j/+X/6P/P/97/5v/o/x0A3//g/93/2f8GANz/1v8AAOv/FgDo/+j/6f/r/+X/6P/w/wAAAAAAAPD/AAAAABsA7P/r/wAA9P/u/wAA7P8VAOv/9/8AAPn/AAAUAOz/8P8GAO3/8//v//H/6/8AAOz/8P/V/9z/6//r/+j/BwDx/9//3f/Y/9v/2//U/9b/KwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+3/6v8AANz/8v/z/+f/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA7//7/+z/6/8UAAYA7f/z/+//8f/r/wAA7P8AAAAAAAAAAAAAAAAAAAAACQDm/9r/8P/a/9b/AADs/wAAAAAAAAAAAAAAAAAAAADg/8//6//l/ykA2//f/9v/8//L//r/AAAYAO7/7P/r/+H/5v/s/9X/FgDp/+D/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7f/s/+z/7f/s/+z/FADs/+z/FQD2/wAAAAAAAOz/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//wf/C/+n/3f/Y/7L/AAD4//n/w/+m/8T/w/+9/+v/HgDm/+r/4f/d/+H/4//a/97/7//W/9j/0f/G/73/LgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/x8A2v/V/9n/1P/d/+f/AAAAAAAAAAAAAAAAAAAAAOr/FQDr/+7/6//t/+n/7P/P/y8A5P/R/9z/2v/q/9T/6//q/+v/6//r/xYA6v/r/wAAAAAAAAAAAAAAAAAAAADy//f/AAAAAAAAAAATAAAA3//m/wAAAAAAAPr/KgAAAOf/FwDr//H/+v/q/wAA7v8pAOD/AAAAAAAA8//Y//T/AAAAAAAAAAAAAAAAAAAAAAwAFgDf/+H/3P/K/8j/2v/N/y8A3f/T/+7/0//T/9D/4P8mAPL/+f8AAPP/8//0/wAAAAAAAAAAAAAAAAAAAADu/xMA9v/6/wAA+//z/wAA7v8TAPb/+v8AAPv/8/8AAOz/FADs/+3/7P/t/+z/6//1/xcA+/8AAAAAAAD0//r/FADs/+z/7P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/IgDf/+z/4v/t/93/7f/s/xQA+P/u//b/9v/s/+z/+f8UAAAAAAAAAAAA+v8AAPj/DwAAAAAAAAAAAPr/AADX/zcAAAAAANf/7P/p/9X/AAAAAAAAAAAAAAAAAAAAANX/LADc/9P/3f/f/9D/0v8UAOz/7P/s/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAO3/FADw/wAAAADt/+3/7f8AAAAAAAAAAAAAAAAAAAAA5//s/+v/6v/s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+v/7P/s/+z/7P/5/+z/8/8UAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/4//X/8f/w/xQA7v8AAAAAAAAAAAAAAAAAAAAA7P/s//T/8f/v/+7/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P8UAOz/7P/i//r/9f/s/+3/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/8f/3/wAAAAD0/ywAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/2/+z/FADs/+z/7P/W/8P/7P/s//H/4P8UAND/9/8AALz/qv/r/7b/9//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/f/+r/7P/x/9P/FAAJAOz/9v/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA+f/X/9T/z//l//L/EwDX/9j/AADt/xMA5v/Z/+f/3f8AAAAAAAAAAAAAAAAAAAAA0f/F/8r/+f/n/+b/BgAAAOv/6f/n/xYA6f/s/+n/4P8AAAAAAAAAAAAAAAAAAAAA7P8UAAAA7P/u/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8ZAAAA6v/1//r/9P/o/9f/zf/b/+b/8//T/+//LwAAAAAAAAAAAAAAAAAAAAAA4//n/+n/5v/q/+T/GwDm/wAAAAAAAAAAAAAAAAAAAADs/+7/7f/u/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/s/+z/FADs/+z/7P/s//D/FADt//D/7P/t//P/AAC2/1gAvv+8/6v/5v+m/7D/6P8gAOn/7f/v/+n/2P/t/+v/FQDu/+v/7P/r/+v/6//5/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7//s/+z/FADs/+7/AADs/wAA5//r/xYAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA6v/q/+v/+f/c/xQA4v8AANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/wkA7P/q/9z/2v8AANj/x/81ANr/vv/c/7//yP/h/+H/5v/s/9X/FgDp/+D/6//q/+v/7P/s/93/6//o/xUA1f80AOH/5f/j//T/yf/n/+3/EwAAAAAAAAAAAPP/+f/p/9v/5P/r/+r/AADr/xMADAATAPT/AADt/+r/7P/t/+z/FADs/+z/7P/s/+z/7P/p/+z/9//1//j/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9j/6//n/+v/vv8gAOf/7P8VAOv/7P/p/+v/6//r/9b/HADo/+L/6f/p/+b/5v/s/+z/AADv//v/7P/r/xQA7f/s/wAA7P/2/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr/+z/FADq/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAA7v/p//b/GgDZ/9n/3/8AACgA7P/Y/9z/0/8dAOz/5//e/9n/vv/p/8z/MgDQ/9T/2//O/9D/5P/Y/9j/7P8AAOD/6f/Y/wAAAADI/5r/vf/Z/+7/sP/2/wAAAAAAAAAAAAAAAAAAAAAuANn/yf+p/63/1//5/8//AAAAAAAAAAAAAAAAAAAAAOv/FQDu/+//7P/s/+z/6//s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/9H/3f/Z/wAA1//U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0AAAAAAAAAAADZ/wAAAAAMAAAAAAAAAAAAAAAAAOz/7P/s/+z/+P/t/xQA7P/q/xgA6f/o/+//6v/o/+r/AAAAAAAAAAAAAAAAAAAAANH/+v/a/9j/3//c/+T/IwDz/wAAAAAAAO7/6f/2/xoA7f8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8VAOr/6//r/+n/6//p/+z/7P/s/+3/7P/s/xQA7P8AAAAAAAD2/wAAAAAPAAAA8//x/xQA7v8AAAAA7P8AAOz/7f/4/+3/7P8WAOr/7P/r/xQA7P/q/+v/AADr/+v/7P/r/+z/7v/0/+3/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/s/+r/7P/m/+n/6v8WANv/5//w//j/AADX/ygA3P/n/9n/2P/c/+z/6v/q/xgA4f8mAO7/8//r//D/6P/k/+z/FQDs/+3/7P/t/+v/6//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABAA+f8AAAAAAAD4//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDs//f/7//5//D/6v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8XAOj/6v/s//T/6v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+7/7P/s/xQA+v8AAPP/9v/6//L/+P8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//L/+f/t/wAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+3/9v/u/+z/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA8v8AAAAA7P/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/s//L/7v/r/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAD6/+//8f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA2P/f/+P/FADd/+L/AADo/+r/GQAAAPD/AAAAAOj/+//7/xwAAAAAAAAAAADn/wAAAAAAAAAAAAAAAAAAAAAAANT/2//j/+j/6f8AANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/DAAAAPT/1P/u//r/6P/s/+z/7P/s/+z/7P/s/xQA4f/b//T/1v/n/ygA4P/Y/+n/7P/s/+v/7//t/xcA8P/X/+P/7v/o/+v/HQDm/+v/8f8YAAAAAAD2/wAA6f8AAAAAAAAAAAAAAAAAAAAAAAA3AOz/4v/e/83/5//Y/8T/AAAAAAAAAAAAAAAAAAAAAOv/6//n/+H/7P/o/xoA4P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/xQA7P/s/wAAAAAAAPX/AAAMAAAAAAAUAOz/7P/t/+z/7P/s/+3/5v8AAAAAAAAAAPX/GwAAAOv/7P/s/+z/7P/s/xQA7f/j/+r/6f/P//P/OQDe/93/EwAAAOz/6f/b/9j/7P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/a/+X/2//k/+P/IADi/9b/1f/k/87/4f/Z/ysA3v8AAAAAAAAAAAAAAAAAAAAA4v/o/+v/z//r/+b/GwDk/wAAAAAAAAAAAAAAAAAAAADc/+3/0P/s/wAA6v8jAPP/9f8OAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/83/2P8QAMj/xv/z/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/o/+r/6v/r/+j/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAADk/yYAAAAAAAAAAADz//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/2f/N/xYAzf/m/wAAwf/x/wAA+P8bAPn/5//6//H/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA+P8AAAAAAADz/wAA5/8AAOT/7P/r/wAA6/8AANr/7//2/9n/3f8oAPj/2P/d/yYAAAD2/9n/6//s/97/FADs//D/7P/v/+z/7P/s/9j/0v/Z/+v/5v8XAOb/6//d/wAAAADo/wAAKQD3/+f/AAAAAAAAAAAAAAAAAAAAAAYA5f/T/+D/2/8AANj/2//6/+L/5v/r/+z/BgDf/+H/FQDt//D/7v/0/+z/5f/w/ysA6f/z/wAA8//T/9j/2f8AAAAAAAAAAAAAAAAAAAAA6v/s/+z/7P/U/xUA5f/s/+z/7P/s/+z/AAAUAPH/9v/s/+z/7P/s/xQA7P/s/+z/xv/b/+H/2/8qANz/2v/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAA2//q/+L/3//i/+P/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+//7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYA6f/q/+r/6//l/+n/6/8WAOn/6v/q/+v/5f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7P8UAOz/7P/d/9j/5v/s/+n/4/8iANn/7P/1//b/7P8AAOz/FAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8VAPf/AAAAAAAAAAAAAOv/7P/s/xUA9v/s/+n/7P/s//f/AADy/wAA7P8VAPf/5P8AAAAA8f8AAOr/GgAAAOn/7P/s/+v/7//t/xcA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADv/+b/6v/t/+z/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//X/+v8AAOz/7P8AAOT/5//o/+f/0//i/+D/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA4P/j/9f/2P/i/yQA2P/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAA2v/2/9r/3f/O/8j/zv/r/+v/6v/q/+v/6/8VAOv/2P/m/9//4//t/ygA3//r/+z/FAAAAPX/7P/v/wAA7P/m/8P/u//4/7T/q/8MAK//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/+P/t/xQA7P+//9z/y//L/8z/4v8lAOn/9f8XAPv/AAAAAAAA9P/6//D/AADw/yQAAADn/+P/AAAAAAAAAAAAAAAAAAAAAAAA6/8WAOj/6P/p/+v/5f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/7P/s/+z/7P/s/+z/6//s/+z/FADr/+v/7P8AAAAAAAAAAAAAAAAAAAAA6//s//L/wf/d/yQA2P+5//n/AAAAAAAA8//6/wAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//0/wAA7f8AAO3/AAAUAAAAAAAAAAAAAAAAAAAAAADd/9j/4f/Y/+f/EQDt//T/AAAAAAAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAADl/+v/2P/s/9b/7P/Y/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/xQA7P/s/+z/5//o/xgA5//p/+j/6f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8VAOz/6//r/+z/7f/u/+3/7f8UAOz/7P8AAMf/4f/Y/xgA0//r//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9X/CwDT/9f/8v/Q/9X/7P/i/93/7P/j/xYA2//s/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P8GAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPH/8P/x/+3/7P/s//P/AAAAAAAAAAAAAAAAAAAAAOz/7v8AAO//8P8UAO//7P8AAAAAAAAAAAAAAAAAAAAACQDm/9r/8P/a/9b/AADs/+z/+P8AAAAAAADs/xQAAAD4/9j/2P8AAAAAAADG/9b/AAAAAAAAAAAAAAAAAAAAAN7/9P/0/+X/5/8mAPf/6f8AAAAAAAAAAAAAAAAAAAAA5v/N/97/7f/V/xoA1P/m/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANj/6P/w/9j/DQDY/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ/9L/0v/O/9L/1P8vAM3/7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/o/+j/6//s/+f/GADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9//7f/h/+v/6/8nAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6v/q/+v/6/8VAOv/+/8AAAAA9/8AAAAADQAAAOr/6v/s//L/7v/r/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALr/jv/t/93/q/+d/yYABgDs/97/FwDa/9z/6//q/+n/2P/g/+H/FADx/+z/AADo/+f/FwDr//H/+v/q/wAA7v/W/+n/AAAAAAAA3/8tAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAOj/7P/j/+7/FADa/+T/6v/s/+z/6P/c/9//GADp/wAAAAAAAAAAAAAAAAAAAADb/+f/8P/4/wAA1/8oANz/3//P/8L/xP/K/y4AuP/N/wAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAA8P/0/xMAAAAAAAAAAAAAAAAAAAAAALX/xf/o/wAA1/8WAM//z//s/+z/FADs/+z/7P/s/+z/4//n/+j/4v/l/xsA5//n/yMA2v/d/8z/2//n/9f/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//t/+z/FADs/+z/7P/t/xQA7f/6/+z/7P/u//b/8v8AAPX/8v/s//P/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/IAAAAAAAAAAAAOr/AAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAA+v8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/6//t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8TAPT/8f/s/+z/6f8AAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/9j/7P/s/yMAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAA6P/t/wAA9//z/xgA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AAAAA+v8UAOz/7P8AAAAAAAD5/wAA7//6/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/s//L/7v/r/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6f/r/+j/6/8VAOj/7P8AAAAAAAAAAAAAAAAAAAAA5P/4/wAA2f/2//L/3/8pAAAAAAAAAAAAAAAAAAAAAADs/+7/7f/u/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/IADj/9v/4P/f/97/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+3/4v/q/+L/FAAAAAAAAAAAAOz/9f/Y/wAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAAFAD4//D/6P/u/+//5v/2//L/9P8OABQA7f/u//r/9v/s/+b/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/+P/t/+z/FgDq/+z/AAAAAAAAAAAAAAAAAAAAAO7/8v8AAPf/AAAZAAAA8v/t//D/7//u/+7/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+P/s/wAA7v/u/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7f8AAOz/7P8AAOz/7P/s/+z/8P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA1f/d//r/FAAAAAAA7P/r/+3/7P8AABQA+P/s//b/AADO/x0A6f/V/9f/uP/r/+D/AADs/wAAAAAAABQA8f8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy/8AADQA2P/Z/8P/xf/k/+b/7P/p/xQA+f8gAOz/wP/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOn/uP/g/+//5v/c/x4A9P/s/9j/5f8cAOr/5//s/+j/AAAAAAAAAAAAAAAAAAAAAO//7f/u/+//9f8UAOz/7P/f/9n/HwDc/9r/6v/l/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/r/xQAFADt/+z/7P/v/+z/7P/s/9v/5//k/9r/FADd/wAA7P/W/8P/7P/s//H/4P8UAND/AAAAAAAAAAAAAAAAAAAAAOX/AADk/+z/7//q/+z/FADs/+3/FADt//r/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//x/wAA9P8AABMAAADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAA7/8AAO7/7P8AAOj/6//u/+//FwDq/+f/6v8AAAAAAAAAAAAAAAAAAAAA6//s/+v/6//s/xUA6v/s/+n/6f/q/+j/6v8aAOv/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/9/8AAO7/AADt/wAAFAARAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAEwD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9H/2v/W/9n/1/8jAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/4//k/97/6f/o/xsA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/xQA6//r/+z/AAAAAAAAAAAAAAAAAAAAAOT/AAAAAPH/AADq/xoAAADs/+r/6//q/+v/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8v/u/+z/7P/u/xQA+f/1/+7/7v/y/+j/GAAAAOz/7P/t/+7/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/8//x/+//7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/h/+f/3//o/xwA5P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/y/wAA9f/y/+z/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/F/0EAv/8AAOf/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAoA6//s/+z/5//s/+z/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAA4A7P/m/+z/7P/s//v/6/8KAPP/9f8AAAAAAAAUAPL/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/l/+z/6P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/w//f/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AABQA7P/p/+z/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7v/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/8f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/xP/c/yQAwv/T/83/9P8AAAAAAAAAAAAAAAAAAAAAFADp/wAA7P8AAAAA7P/s/+z/7v/s/+z/7P/w/xQA7P8AAAAAAAAAAAAAAAAAAAAAIQDq/+n/7P/s/9n/6P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/wAAFADr/+r/7//r/+z/AAAAAAAAAAAAAAAAAAAAAPD/AAAAAPj/FADi//j/7P/l/9r/5v/Y/+z/6P/q/x8AAAAUAAAA+f8AAAAA8/8AAPv/+f8AAAAAAAAAABEA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/v/+7/4v8UAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//r/AAAAAPb/9f/2/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/6f/t/+v/6/8WAOr/EwD1/9f/zf/1/9z/1P/E/+z/7f/u/+3/7f8UAOz/7P8VAOf/6v/k/+r/6//s/+z/9f/s/+7/7P/6/+3/FAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//D/6//s/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADY/9n/2f/g/+H/KADa/+3/7P/t/+3/7f8AAOz/7P8AAND/3P8AANT/zf8sAMn/0v8AAAAAAAAAAAAAAAAAAAAA6//s/+r/6//r/xUA6P/r/wAAAAAAAAAAAAAAAAAAAADs/+3/7f/0/+3/7P8UAO//AAAAAAAAAAAAAAAAAAAAABQA+P8AAPD/+P/r/+3/7P/s/9n/4v/n/+3/FgDr/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+X/4v/W/+L/3v8dAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/7P/s/+3/7f/s/wYA7f8AAOj/AADv/8j/6v/M/woA8v8AAAAAAAAAAAAAAAAAAAAA6v/a/+r/3v8AACAA4f/c//v/+f8AAAAAAAAAABEA9P8AAAAAAAAAAAAAAAAAAAAA3v/t//P/6v/t/wAA5f8TAAAAAAAAAAAAAAAAAAAAAADt/+3/8f/r/+3/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAPr/BQDt/+P/8v/v/9n/8f8AAAAAAAAAAAAAAAAAAAAA5/8XAOv/8f/6/+r/AADu/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/2/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8AAAAA7P/t/xQAAADs/w8A3//a/9j/6//g/w4A3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+f/+//v//X/5P8oAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAAATAPP/AAAVAPP/AAAAAPP/+P/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/EgD6/wAAAAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/9P/5//H/7/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/p//H/6v/2/xYA+f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/FADt/wAA7P/u//T/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//7v8UAO3/7P/r/+7/7//z//L/6/8VAO3/+f/n/+X/4P/h/xcA5//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//k/ycA3v8AAAAAuv/p/+z/4//s/+z/7P/u/xQA7f8AAAAAAAAAAAAAAAAAAAAA7//x/wAA9P8AABMAAADx/wAAAAAAAAAAAAAAAAAAAADl/w8A6//c/9n/2v/Z/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/sv8AAK7/4//w/+v/wP8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/wYA7f8AAAAAAAAAAAAAAAAAAAAAAADW/xIA2P/M//r/3v/z//D/AAAAAAAAAAAAAAAAAAAAAPP/8f8UAO7/AAAAAOz/AADa/+r/KQDQ/+r/1v/k/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC8/wAA2//W/+H/1f/u/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/7P/s/9//4v/p//n/+P/k/+f/HgAAAAAAAAAAAAAAAAAAAAAA7P/t/+//7f/3/xQA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAOz/7f/s/+7/8v/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7v/s/xQA7P/s/+z/7v/s/+z/6v/s/xQAAAAAAAAAAAAAAAAAAAAAAM7/4v8WABMA0v/k/7j/7f/r/xQA7P/s/+z/7P/s/+n/6f/l/+v/6/8NAOD/5f/6/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s//H/7P/q/xEAAAAAAAAAAAAAAAAAAAAAAMv/CADb/77/1P8MAOn/zv/r/+f/7//t/xcA7P/t/+r/7P/s/+7/7P/s/+r/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+L/+v/1/+z/7f8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/AADv//D/FADv/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/7P8AAOv/6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAA+v/Y/+v/7P/w/83/7P/s/xQA7P/q/9z/CQAUAPL/6v/Z/wAA6//r/+v/6v/s/xUA6v/s/wAAAAAAAAAAAAAAAAAAAADp/xQA7P/Y/+z/AADf/+v/7P/s//j/9f/x//D/FADu/wAAAAAAAAAAAAAAAAAAAAD5/9j/6P8iAMb/xP/L/9X/6//r/+r/6v/r/+v/FQDr/wAAAAAAAPn/AADv//n/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/1v8LABwA6v/n/+z/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/u/+z/7P/s/+n/7P/3//X/+P/s/+z/FADp/+z/9//1//j/7P/s/xQA7f/s/+z/7P/Y/+z/7P8jAAAAAAAAAAAAAAAAAAAAAADb/x8A6//g/+H/4v/g/+T/AAAAAAAAAAAAAAAAAAAAAOv/3v/s/wAA4f8IAAcAt/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/v/+z/7f/x/xQA7v/s/wAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAA8P/0/xMAAAAAAAAAAAAAAAAAAAAAANT/2v/R/yAA1v/N/+L/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/v//D/AADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7P/s/+z/7P/s/+r/7P/v//P/+v8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/9L/HQDK/93/6f/m/+j/7P/t/xQA7f8AAOz/7P/w/+v/7P8UAOr/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8AAOj/7f/u/xQA2P/w/wAAAAAAAAAAAAAAAAAAAAAUAO3/AAD1/wAA7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+n/6P/p/+r/4f/2/xQA7P8SAAAA8//d/+H/AADr/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+//1//U/9T/AADM/+7/AAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAAAAAAAPD/+f8fAO7/AAAAAAAA7v/j/wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6P/q/+j/6//b/xgA6P/a/xwA2P/Y/+n/3//b/+v/7P8UAO7/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADV/+f/4//b/+X/3v/c/ycAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/6v/q/wAA6v/i/wgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8dAOP/5f/o/+b/5v/h/wAAAAAAAAAAAAAAAAAAAADo/+//4P/2//H/4f8bAO3/HADM/7n/xf/Y/8r/7v/Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+7/7f/t/xQA7P/s/xQAAAD2/+//AADs/+z/7P8UAO//8P8AAPf/AADs//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//v/AAD7/+X/6//3/yMAAAD4//f/+f8AAAAAAAAdAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//r/+z/7P/s/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAA8P8AAAAAGwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//n/wAA4//s/xMA7P8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADq/+z/7v/s/wAA7P/3/wAAAAAAAAAAAAAAAAAAAAAAAPD/9v8AAO3/AADt/wAAFADs/+z/7P/s/+z/7P/s/xQAAADp/+P/GADX/8f/4//b//v/+f8AAAAAAAAAABEA9P/t/+3/8f/r/+3/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+//7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//d//r/+f8AAOn/7/8qAAAAAAAAAAAAAAAAAAAAAADd/9X/KADX/9r/3//Z/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/W//P/0P/s/8P/yv9AAOz/7P/u/9j/7P8GAO3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/AAAUAPb/7P/0/wAA7v/s/wAAAADt/+//FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAA7//5/xoAAAAAAAAAAAAAAAAAAAAAAOr/8P/s//D/6//w/+3/FgAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAATAPf/8v/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5f/r/+z/7P8UAAsA9f8AAAAAAAAAAAAAAAAAAAAA1f+3/wAAFwDJ/+j/8//F/+H/2/8mANP/3v/M/8v/8/8UAOz/7P/s/+z/7P/s/+3/GQDq/+b/7P/t/9z/6//l/wgAAAAAAAAAAAD7/wAAAAD5/woAAAAAAAAAAAAAAAAA1v/Z/yMA0//m/9//z/8AAOz/6//s/+z/FADr/+v/7P8YAOX/6f/r/+z/2//p/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3//v/pf+W/+v/wf8NALP/7//X/+v/y/8bANX/2//L/67/2/+F//T/5f/7/8D/7f/w/wAAyP/g/+v/1P/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+3/1v/r/+v/9//X/xQA7P8VAO7/8v/t//H/6v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/3f/m/wkA2P/p/+X/6//Y/+z/1v/s/9j/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/+v/6//q/xUA6/8UAOz/9P8AAAAA7P/Y/+v/AAAAAAAAAAAAAAAAAAAAANT/zv/X/ywAwf/W/+3/xf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADp/wAAAADs//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//i//H/6f/u/+3/FgD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/8P8AAAAAAAD5/xkA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/6f/s//L/9P/t/xsA5v8AAAAAAAAAAAAAAAAAAAAA6//q/+z/6f/r/+z/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+7/FADx//P/8v/s//T/7P/s/xQA7P/y/+z/7P/s/ygA2f/5/wAAAADc/9r/AADx/+3/7f8UAPn/7P/x/+7/7f/s/wAAFAD2/+z/9P8AAOb/AAAAAAAAAAD1/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/d/+3/7P/2/+H/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb//T/EwDx/+v/6v/a//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//t//D/7/8UAOz/7f8AAAAAAAAAAAAAAAAAAAAA7P/v/+3/8P/v/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgDs/wAAAAAAAAAA9//v/xgA8P8AAAAAAAAAAO3/7/8UAOn/AADv/wAA7v/s/wAA3f8AAAAA6P8AACkA9//n/+z/7P/t/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAAEQD5//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7f8AAPf/8/8YAO3/7P/s/+7/7f/w//D/7P8UAOz/7P/u/+3/8P/w/+z/FADs/xQAAAAAAAAAAADs/wAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+3/7v/u/+z/FADs/87/1v/V/9n/1//M/zcA1f8AAOD/4//l/+f/CADT/9//8v8AAAAAAAAAAPv/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+z/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//AADs/xQA7P/s//b/9P8AAPv/8P8UAPn/7f/v/+z/7f/x/xQA7v/s/+H/zv8HAND/1//l/wcAzP8NAPX/AADa/+b/2v/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/1/+7/7v/y/+j/GAAAAOz/4v/6//X/7P/t/xQA7v8AAAAAAAAAAAAAAAAAAAAA3v/U/9H/1v/n/9X/JgDL/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8bAPT/9P8AAPH/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/4v/1/+P/KADk/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/4v8UAOb/AAAAAAAAAAAAAAAAAAAAAOv/FgDp/+r/6v/r/+T/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+7/7v/2//L/7//w/xQA3P/G/7L/uf+m/w4AAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADR/+D/wv+//+n/y//H/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2f/Y/9r/4P8oANj/2f/s/+3/7P/s//L/7P8UAO7/6v/s/+v/7P/s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAAFAD4//D/6v8YAPv/9P/r/wAA5f8AAAAAAAAAAAAAAAAAAAAAAAAgANH/1//a/93/0//m/+H/AAAAAAAAAAAAAAAAAAAAABUA6P/u/9L/8//o/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/t/+z/7P8UAO3/7f8AAAAAAAAAAAAAAAAAAAAA8P/L/9P/AAAAAOv/0//I/wsA5//Z/97/1//k//v/AADw/9X/3P/r/+v/6P8HAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOX/5v8AAAAAx//c/+b/AAAAAAAAAAAAAAAAAAAAABQA9v/6/wAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA4P/j/+v/0P/X/wAA2f8AAOn/GQD3/wAA6/8AAN7/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/+z/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQDr/wAA9P/g/+z/AADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Z/9n/4P/h/ygA2v/t/wAAAAAAAAAAAAAAAAAAAADs/+3/7//t//j/7P8UAOz/7P/s/+z/7/8AAOz/FADs/wAAAAAAAPn/AADv//n/GgAAAAAAAAD5/wAA7//5/xoA6//r/+z/6//r/+r/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FQDy//P/5v/r/+3/+/8lANX/5P+4/+n/1P/4/+n/AAAAAAAAAAAAAAAAAAAAAO3/+f8AAPr/9f/s/+3/FQDs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAD6/wAAFADs/wAA7P8AAOz/7P/p/+z/EgDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8SAAAAAAD7/wAA8P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA8v/q/+v/FgDx/+r/6v/r/+X/9P8AAAAAAAAjAO//8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/s/+z/6//n/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADsAAAAAAPf/AADL//r/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADs/+z/7P/s/+z/6f/p/xcA6//w/+3/6f/w/+z/6f/o/+r/6v/r/+j/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/7P/s/xQA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+v/7P8VAOr/7P8AAAAAAAAAAAAAAAAAAAAA7P/t//j/7f/s/xYA6v/s/+//7f/u/+//9f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/i//X/4/8oAOT/6P/5//X/7v/u//L/6P8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+z/7P8UAO//yf/O/9L/4f/l/zYAwv/G/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAA+P8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/5/+z/8/8UAOz/7v8AAAAAAAAAAAAAAAAAAAAA5//m/+r/2v/y/+r/HADg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/FADs/+//6//s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADw/wAA+//s//j/6v8AAAAAAAAAAAAAGgAAAOD/2v/s/+v/6P/s/xUA2f/s/+z/8/8AAPf/9/8UAPT/3//m/wAAAAAAAPr/KgAAAOz/7f/v/+3/+P/s/xQA7P/s/+7/7f/u/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//X/AAAAAAAAAADy/xMA+v/1/wAAAAAAAAAA8v8TABQA9v/6/wAAAAAAAOz/AAAUAOz/AAD3//v/7P/v/+3/AAAAAAAAAAAAAAAAAAAAAOz/6v/s/+//8//6/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5P/0//f/+f/e//T/HgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//+v/z/+z/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+P8AAAAAAADs/+z/7f8UAPj/AAAAAAAA7P/s/+3/FAD4/wAAAAAAAOz/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8AAO3/3f/p/+n/AADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOr/5v/s/+v/3P/q/+X/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8AAAAAAAAAAAAAHwAAABQA7f8AAPT/AADs/+z/9v8AAAAAAAAAAAAAAAAAAAAA6//r//X/+P/x//f/FQDs/wAAAAAAAAAAAAD2/wAACgAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/v/+z/7P8UAAAA1f8AAN7/8f/t/woA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAADb/+T/7f/s/+z/7v/r/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAD6//r/AAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/t/+7/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/8//3/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/7f/s/+z/FADs/+z/7v8AAAAA+//x/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+z/7P/s/+z/7P/s/+z/7f/s/+z/7P/s/xQA5f/v//j/7P/1/xUA6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/IQDn/+r/7v/q/9//6//s/+7/AADv//D/FADv/+z/7f/s//D/7P/u/xQA7P/s/+z/FAAAAPD/+v/6/+z/7P8AAAAAAAAAAAAABQAAAAAA7P/s//n/7P/z/xQA7P/u/+z/7f/v/+3/9/8UAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/xQA7P/m/wAAAAAAAAAA9f8bAAAA7f/s/wAAFAD2/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/+z/7P/z/+z/FADu/+v/7P/s/xUA9v/s/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/2v8AAMv/8f8XAO3/x/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/5//n/9z/7//P/zAA1P/p/+v/6//Z/+r/KADe/9v/AACl/73/7f/F/7f/CwCW/wAAAAAAAAAAAAAAAAAAAADs/+j/6//q/+3/FQDs/+z/4v/R/+n/6P/m/xcA6//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAUAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5v/i/wAA6v/g/+z/6P8aABQA7P/w/+7/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f8eAOX/3//s/+H/4//k//n/EAAAAAAAAAAAAPn/AADq/xYA6P/q/+r/5P/r/+r/AAAAAAAAAAAAAAAAAAAAABQA8f/w//H/7f/s/+z/8/8WAAAA9//v/wAA6v/q/+z/AAAAAAAAAAAAAAAAAAAAAAAADwAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/t/+z/FADy/+z/7P/n/+z/7P/q/xQA7P8AAAAAAAAAAAAAAAAAAAAAyf/W/wAAzf/e/83/EgDR/+7/7P/s/+z/8//s/xQA7v8AANj/FADc/9r/2P/Y/9n/AAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAA7P8AAAAAFADt/+z/AAAUAPb/7P/0/wAAFAD2//r/AAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAUAOz/8v/u/+//7P/s/+z/7v/s/+z/7P/z/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/7P/s/+z/7P/s/+r/GADp/+j/7//q/+j/6v/t/+z/AAAUAPb/7P/0/wAA7P/r/+z/6//s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//AAAAAPr/8P/s//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt//P/+v/5//H/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAO//+//s/+v/FADu/+z/7P/s//P/7P8UAO7/AAAAAAAAAADs/wAAAAAUAOD/6P/p/9//GgDk/+T/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/AADx//n/AADs/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/w/+z/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/BgDt/wAAAAAAAAAAAAAAAAAAAAAAAO3/7/8UAO7/AADs/+//+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACUA5//x/+7/9f/a/+X/5v8LAAAAAAAAAAAAAAAAAAAA2f/k/wAAFADw/9r/AADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//k/+3/7P/s/+7/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/c/97/1P/c/wAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAPf/+//s/+//7f8AAAAAAAAAAAAAAAAAAAAA6f/s//f/9f/4/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMANj/5v/z/+L/6f/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P8UAOz/7P/s/97/6P/Y/+r/8v/Y/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5P/r/+v/GQDs/+z/x/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAAAA9P/y/+z/9/8AAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAPf/1v+8/+n/8P8AAMf/FADt/wAA8f/4/+z/7P/u//n/EAAAAAAAAAAAAPn/AADs/xQAAAD0/wAAAADt/+z/6f/s/+r/6P/s/+v/FQDq/xQA7P/u//D/7v/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6/8UANr/6//s//b/6f/t/+3/7f/s/+z/FADt/+3/7f/t/+3/7P/s/xQA7f/t/wAAAAAAAAAAAAAAAAAAAADg/97/4f/Z/+T/3v/e/yEAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7v8UAOz/7P/s/+z/7P/s/+z/FADs/+z/v//c/8v/y//M/+L/JQDp//H/6P8AANn/3v8GAOv/7P/t/+3/7f/s/+z/FADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAEAD6/wAAAAAAAAAA8f8AAPX/GAAAAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/5//p/+f/5//f/xoA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAD6/wAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/8f8AAAAA+P8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/r/9P/6//b/+j/AAATAAAAAAAAAAAAAAAAAAAAAADW/wAA7v8NAND/1v/Z/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAPr/AAAUAOz/AADs/+z/7P/s/+z/FADs/+z/8v8AAAAA+v8AABQA7P8AABQA7P/w/+z/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/6//t/+z/5f/r/+7/AAAAAAAAAAAAAAAAAAAAAOn/FwDr//D/7f/p//D/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/FwDr//H/+v/q/wAA7v8AAOz/7f/s/93/6P/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/FwDr//H/+v/q/wAA7v8AAAAAAAAAAAAAAAAAAAAA9f/s/+7/7P/6/+3/FAD1//X/7P/u/+z/+v/t/xQA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/+P8AAAAAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/c/8//2f/D/9z/5f8lAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAA9//5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/GQDq/+r/6//r/+P/7P8AAAAAAAAAAAAAAAAAAAAA7P/u/+7/7P/t/+z/FADv/wAAFQDz/wAAAAAAAPH/AAAOAAAAAAAAAAAAAAAAAAAA7P/t/xQA7f8AAOz/7P/w/+f/6P8YAOf/6f/o/+n/5//s/+3/FADs/+//6//s/+//2P/s/ygA4//i/9j/2P/u/xQA7//w/wAA9/8AAOz/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOn/AADv/wAA7v/s/wAA6//r/+v/7P/s/+v/FADr/xQA6f8AAO//AADu/+z/AAAUAO//8P8AAPf/AADs//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f8AAAAA6P8AACkA9//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDa/83/x//c/7v/9P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA8/8AAAAA8//4/+v/7f/s/+z/7f/t/+//7P/s/xQAwv/5//b/DQDQ/9j/9//T/xQAwv/s/+z/9f/s/+//7P8AAAAAAAAAAAAAAAAAAAAA8//x/xQA7v8AAAAA7P8AACwA0v/j/9L/yP/w/87/4/8AAAAAAAAAAAAAAAAAAAAA7v/4/8v/tv/p//L/7v/r/+z/7P/t/+z/9P/4/xQA7P/s/xQA9P/s/+z/7P/s/+z/v//c/8v/y//M/+L/JQDp/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/xf+2/w4A1P/2/8v/AADq/xgAAAD3/+v/AADl/wAA1//m/9f/2P/s/+T/FQAKAOj/6f/k/+v/AAAAABgAAADt/xQA+f/s/+3/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/2v8XANj/6f/t/wAA2v/Y/ygA5f/Z/9r/6//Y/+7/+f8QAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/p/+b/6v/m/9j/6f8XAOn/7P/s/+r/5/8AAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/xgA7P/s/9z/7P/e/+r/9v8eAAAAAAD5/wAA4/8AAMX/JwDc/9r/2f/r/9f/2//i/+f/5P/b/9//LgDt/8v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/y/+z/FADu//D/7P/t/+z/+P/s/xQA7/8AAAAAAAAAAAAAAAAAAAAA9f/s/+7/7P/6/+3/FAD1//r/6P8AAOj/+v/1/ycAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/6//s/xQA2f/j/wAA7P8UAPn/AADv/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/FADs/+z/7P/u/wAA7//w/xQA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+//7P/t//H/FADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA0v/P/9j/3f/f/+D/6P/q/+n/6f/t/+v/6/8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//s/+D/5f/k/9v/w/8aAO3/7P8AAOz/9v/s/+z/FADs/+r/7P/s/+z/7P8UAOz/1P8rAOn/4P/o/9f/0//m/+z/7P/y/+3/7v/s/xQA7P/q/+b/5//q/+r/6P8bAOn/AAAAAAAAAAAAAAAAAAAAAPH/7P/1//D/8P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/5f/o/+r/6P/n/xkA6f/T/9X/2f/R/+D/0/8sANn/z//k/+b/9P/4/+v/JQAAAAAAAAAAAAAAAAAAAAAAAADP/+T/5v/0//j/6/8lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAO3/7f/x//n/5f/o/wAA3/8AAPf/6P/a/+z/2v8RAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6//r/+z/5/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABsA7f/t//H/+f/l/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6//6/wAAAAD5/+n/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/wAAAAAAAOz/7P/u/wAAAAAAAAAAAAAAAAAAAAD0//r/AAAAAAAAAAAAAA4A5f/V/+j/3v/r/9//HADn/wAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+z/7P8UAO7/GwDp/+r/6v/r/+r/4P/r/wAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAAOAAAA1v/5/9r/3f/Y/83/DQDa/xQA7P/s/+z/7P/s/+z/7f/s/+z/7P/s/+z/7P8UAOz/6f/l/+j/6P/n/+n/GADm/wAAAAAAAAAAAAAAAAAAAADs/xUA7v/y/+3/8f/q/+3/HADk//H/9v/3/+b/5v/p/wAAIgAAAAAAAAAAAN7/AADo/+3/AAD3//P/GADt/+z/FAAAAAAAAAAAAO7/7P8AAOj/7f/x//v/AAAXAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/yAAAAAAAAAAAADw/wAA4v/k/+f/IADm/+L/3//k/+v/6v/r/xUA6//s/+r/6P/Z/+z/7/8YAOv/0v/m/+z/6v/r/+v/FQDs/+v/6//s/+v/6v/k/xQA9v/s/+z/5//y/+r/6/8WAPH/6v/q/+v/2v/Z/+L/HQDb/+v/2f/i/+3/7P8AABQA9v/s//T/AADs/+z/7P8UAOz/7P/s/+z/9P/z//f/7P/v/+z/FADt/+3/7P8AABQA9v/s//T/AADs/+z/7P8UAOz/7P/s/+z/9P/z//f/7P/v/+z/FADt/+v/7P/s/xUA9v/s/+n/7P8AAAAAAAAAAAAAAAAAAAAA6v/p/+r/FwDr/+H/6v/q/+3/7P8AABQA9v/s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/9//1//j/7P/s/xQAAAAAAAAA+f8AAO//+f8aANX/2v/X/+X/7f/q/8b/EgDs/+z/7v/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOD/4v/g/+v/8P/r/9//FAAAAAAAAAD5/wAA7//5/xoAAAAAAAAAAAAAAAAAAAAAABQA9v/q/6f/mv/H/8P/5v/s/+z/7P/u/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOb/w//X/9r/2P/p/yoA2f8AAAAAAAAAAAAAAAAAAAAAFADs//D/7v/u/+z/7P/s/+v/7P/t//j/7v/s/xUA7f8AAAAAAAAAAAAAAAAAAAAAEAD6/wAAAAAAAAAA8f8AABAA+v8AAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAA4/8VAOr/7P/r/+v/6v/q/wAAAAAAAAAAAAAAAAAAAAAQAPn/AAAAAAAA+P/5/wAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+3/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+v/6//q/+v/6v8WAOr/7P/p//X/7P/u/+T/FQD3/wAAAAAAAAAAAAAAAAAAAAD5/xQA9/8AAPn/AADw//H/AAAAAAAAAAAAAAAAAAAAAM//2//r/+3/8P/r/xkA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/+//w/wAA+f/x/xcAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+v/6v/s/+r/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/AADr/+v/7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/8v/2/+3/FADs/xQA8f/w//H/7f/s/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/AAAUAPb/7P/0/wAA6/8UAOz/7P/t/+z/7P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA+f8AAAAA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/8//x/+//7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA8P8AAPv/7P/4/wAAAAAAAAAAAAAAAAAAAAD0/+7/7P/t//n/FADv/+z/+f8VAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAAAA7P8AAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/+/8AAPv/5f/r//f/IwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEA7P/s/+z/7f/f/+z/7P8AAAAAAAAAAAAAAAAAAAAA1v/b/+f/2//o/+b/KADe/wAAAAAAAAAAAAAAAAAAAAAUAOz/8P/u/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/1//r/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/8//6f/T/+n/IQDb/83/AAAAAAAAAAAAAAYAAAAAAML/vf/I/9j/1/9DAML/pv/l/+f/6v/q/+n/FQDs/9//7P/c/wAA4v/r/xYA2P/a/+7/7//y/+//9f8gAOX/4//s/+z/AAD5/+3/FADs/+z/7P/t/+z/7P/s/xQA7P/s/+z/7f/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAATAPv/AADs/+z/AAAAAO3/FADs/+z/AAAAAAAA+//4/xMA8f/6/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAAOz/7f/v/+3/9/8UAOz/7v/m/+r/8P/r/+L/FgDr/+L/7P/s/+z/7P/s/xQA7P/s/+z/7v/u/+3/7f8UAOz/7P8AAAAAAAD7//j/EwDx//r/7P/s//n/7P/z/xQA7P/u/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xgAAAAAAAAAAADq//T/7P/s/+z/7P/s/+z/7P8UABUA7P/s/wAA6v/r/+v/7P/s/+z/7P/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO3/7f/t//X/7P/u/+r/6//3/wAA9P/v/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+3/+P/u/+z/FQDt/+z/6//s/+z/FQDq/+z/5f8AAAAAAAAAAAAAAAAAAAAA5v/o/9L/5/8tANv/2v++/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+/8AABMAAAAAAAAAAAAAAAAAAAAAAOr/5v/v/+v/6v/s/9z/GgDs/+z/7P/s/+z/FADs/+z/8v8AAAAA+v8AABQA7P8AAOz/7f/t//T/7f/s/xQA7/8AAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8/AN7/5P/k/+T/zv/a/wAAAAAAAAAAAAAAAAAAAADs/+z/AADa/+v/2f8XAOP/3f8AANj/7P/x/xQAxP/b/xgA5//z//n/+f/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/1//s/+z/8v/q/xoA7P8AAAAAAAAAAAAAAAAAAAAA0v/Q/+D/1f8AANT/EQD4/wAAAAAAAAAAAAAAAAAAAAD2//L/AAAAACMAAAAAAO//8//L//r/AAAYAO7/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/+T/w/83AMj/5f/K/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA6/8AANn/2f/Z/+r/2P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/z//r/8v8AACUA9P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAwP/T/8L/xP/o/wAA7P8AAPv/+v/t//T/7P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/a/97/AADJ/8X/AAAAAAAAAAAAAAAAAAAAABwA7P8AAAAAAAAUANf/5/8AAAAAAAAAAAAAAAAAAAAA5//h/+r/6P8bAOX/5f/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAPD/AAD7/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA9//U//f/AAArAPj/8v/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//x/wAA9P8AABMAAADx/9n/4//Z/+P/7f8oANn/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/w//X/9P/v/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t//D/7v/s/+z/7P/l/9X/6P/e/+v/3/8cAOf/AAAAAAAAAAAAAAAAAAAAAAAA3P/m/+f/5/8AAPH/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWANT/4P/y/9n/6v/G/+//AAAAAAAAAAAAAAAAAAAAABQA7P8AAPH/AADw/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ//b/AADy/wAAKADk/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM/7//yf+9/8X/1P83AND/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA4v/0//f/9v/l/+b/AADp//T/6/8VAOr/6v/q/+z/AAAAAAAAAAAAAAAAAAAAAAkA1f/X/9j/2P8AAM//xP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/u/+z/7f/6/yIAAAD3//D/AADf//T/AAAfAPv/9P8AAPT/6/8AAAAAAAAAAAAAAAAAAAAAAADp/9r/AADw/wAAFwAAAOn/7f/s/wAAFAD4/+z/9v8AAOr/6//r/xUA7P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/t/+z/7f/r/wYA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAA+//1/wAAAAD6/xUAAADs/+z/7P/s/+z/7P/s/xQAFADs//T/7f/1/+7/7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/AAAAAPH/AADq/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+b/7P/x/xUA6v/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAPv/9P8UAAAA7P/i/xsA6v/d/+X/5f/j/+L/FADs//f/6v/s/+z/6//s/+z/7P/s/+z/7P8UAOz/7P/s/+//AADz//T/FQDz/+v/AAAAAAAAAAAAAAAAAAAAAPX/AADs//r/9P8UAPL/AAAAAAAAAAAAAAAAAAAAAAAA5//Z/9f/2f/e/ygA2P/Y/+n/7P/q/+j/7P/r/xUA6v8AAAAAAAAAAAAAAAAAAAAAFADs/wAA9//7/+z/7//t/xYA+P/z//n/AADq/+r/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+3/7P/v/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/9j/7P8GAO3/FADc/+P/9P/b/+7/7P8fANn/7P/s/wAAAAAAABQA+P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f/s/wAAFAAAAAAAAAAAAAAAAAAAAAAA6P8AAO//yP/q/8z/CgDy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/x/wAA8f8AAAAA7P8lAOz/FADv//r/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAOz/7P8UAPv/7P8AAAAAAADs//H/7P8AABQAAAAAAAAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8AAAAA7f/4/+j/IADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/5f/o/+r/6P/n/xkA6f/r/+f/7//t/xcA7P/t/+r/8P/p/wAA9v8kAPb/6f/c/+D/2P/o/93/HADg/+v/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v8AAAAAAAAAABQA2P8AAAAAAAD5/wAA7//5/xoA6//r/+n/5//q/+r/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMX/vP/e/+b/2f/Y/zMA2/8AAAAAAAAAAAAAAAAKAAAA7P/s/+3/FADs/+z/7P/s/xQAAAAAAAAAAADs/wAA9/8AAAAAAAAAAAAAAAAAAAAA7P8UAO7/7v/v/+3/7P/s/xAAAAAAAAAAAAD3//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAOn/AADp//b/6v/Y//D/2v/n/+n/6//s/+b/HgDs/wAAAAAAAAAAAAAAAAAAAADW/+X/5v/j/+X/3f/O/ysA3P/d/wAA6v/m/+n/EgDb/9T/1v/U/+j/3P/a/9X/JwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x/9r/6//Z/xgA4v/r/+z/8P/s//P/FQDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/z//f/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABQA+P8AAAAAAADs/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAD7//r/7f/0/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx//D/8f/t/+z/7P/z/wAAAAAAAAAAAAAAAAAAAADt/xQA8//0//f/7P/s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+T/AAAAAAAAAAAUAOz/AAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA6P/m/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FAD5/wAA7//s/+z/7P/v//D/AAD4/+3/7P/w/xQACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8dAOj/6//q/+r/zf/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/zv/Y/93/MADm/9L/2P/s/xYA6//s/+L/7P/i/+r/0//O/9j/3f8wAOb/0v/Y/+v/5v/s//H/FQDq/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/v//L/7//1/yAA5f/j/yMA5f/k/+D/4v/Y/9b/4f8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOT/6//j/9f/6P8aAOn/4v/p/+z/6//q/+z/6f8VAOz/9P/z//f/7P/v/+z/FADt/+j/xv/o/+z/+P/O/yIA7v/s/+z/AAAAAAAAFAD4//D/7P/Z/+L/5//t/xYA6//o/wAAAAAAAAAAAAAAAAAAAADs/9j/5f8cAOv/5//s/+j/AAAAAAAAAAAAAAUAAAAAAOr/6f/q/xcA6//h/+r/6v/s//X/7f8AAPb/7P8UAAAA6//s/+//8v/u/+v/FADt/wAAAAD4/wAAAAD6/xYAAAAAAAAAAAAAAAAAAAAAAAAA5P/r/+j/6P/r/xcA5f/r//H/7f/t/xQA+f/s//H/7v/W/9j/5//f/9j/KQDb/9f/4P/C/8v/y//V/7n/KQC6/wAAAAAAAAAAAAAAAAAAAADg/wAAAAAAAAAAAAAgAAAA9P8AAAAAAAAAAOv/HQAAABQA8/8AAAAA9//t/+z/7P8QAPr/AAAAAAAAAADx/wAAEAD6/wAAAAAAAAAA8f8AAOz/7P/r/+z/7P8UAOz/7P/2/wAAAADu/wAAGgDn/+r/7P/s/+z/7P/s/+z/FADs/+z/7f/s/+z/7f8UAOz/7P/r/+z/7P/s/+z/7P8UAOr/2f/q/wAA8//q/+v/GADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwDW/9f/4f/o/+f/2P/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/i//X/4/8oAOT/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/7/8AAAAA7f/q/+j/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/x4AAAAAAPn/AADj/wAAFADs/+z/7P/s/+z/7P/s/+z/AAAAAAAAAADs/xQAAADs/+z/+P/1//H/8P8UAO7/4v/4/wAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAEAAAAAAA+v/E/+r/5P/s//X/7f8AAPb/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/7P/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA+v/s/+3/6//y/+z/BwDz/8n/6P/s/+z/6/8eAOj/6/8AAOj/7P/j/+7/FADa/+T/7P/s/wAAAAAAABQA+P/w/xQA7P/s/+z/8P/s/+z/7P/s//j/AAD1/wAAFADs//f/7P/t/+7/7f/t/xQA7P/s/+v/6//s/+3/6//o/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAOz/7f/s/+7/8v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/v/+3/7v/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+//7f/u/+z/7P/s/xQA7P/v/+3/7v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs//L/7P/s/+z/FQDs/+z/AADq/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+//7v8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAaAO//7f/2//X/4//N/83/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/7f/r/+j/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/Y/w0A5f/q/wAA5v/d/xQA7P/1//r/AADs/+z/AAAAAAAAAAAAAAAA+v8AAAcAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAPj/AAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/7P/s/+z/7P/s/+v/FgDo/+j/6f/r/+X/6P8cAOz/7P/s/+3/6//e/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+3/7P/s/+z/FADs/+//7f/u/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//b/9P8AAPv/8P8UAPn/7P/q/+z/7P/s/+z/FADs/+z/7P/t/+//7v8UAO3/7P/q/xQA7f/t/+3/5f/s/+3/7P8UAOj/5v/t/+z/7P/s//r/IgAAAPf/8P8AAN//9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/8L/zf/U/9v/AAAKANb/6f/s/+z/6//v/+3/FwDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAAAA9P/y/+z/9//b/8D/8P/s//b/4v8UAND/+f/s/+z/2P/s/wAA2f/t/+z/7v/s/+z/7P/w/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/AADp/+X/1f/q/xAA6/8AABMAAAAAAAAAAADu//T/AAAVAPn/+P8AAPD/8v8AAAAAEwAAAPT/+P8AAO//AAAAAAAAAAAAAAAAAAAAAAAA1f/a/9L/CgDr/+H/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/xP/q/9f/2f8IAPT/2f/t/xQA8P8AAAAA7f/t/+3/6//b/9D/DADQ/+z/6v/j/7L/8f+//wAA7f/4/+X/8v8OAAAAAAAAAAAAAAAAAAAA7P/1/+//7v8AABQA8f/1/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAwv/y/8j/+f/t//j/2v/y/+P/7P/u/w8A2//e/+v/AADr/xQA+f/s/+z/7P/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC8/6r/v//b//T/1P/S/y4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP+i/9D/MwC8//T/ov/v/9n/4//Z/+P/7f8oANn/4P/M/9//AADg/+j/FADM/9v/AAAAAAAAAAAAAAAAAAAAALz/qv+//9v/9P/U/9L/LgAAAAAAAAAAAAAAAAAAAAAA8P/T/+H/HAAAAOD/5P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/M/+v/7P/x//L/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/9H/6//u/+P/9v8pAOz/8P/Y/+L/2f/r/+r/JQDY/9r/7P/u/wAA7//w/xQA7//s/9j/3P8oANv/7f/Y/9z/6//I/xcA1P/s/+v/zP/n/+v/7P/s/+z/7P/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAWAOL/7P/Y/9L/6//n/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+b/2P/g//n/JQDd/+f/6//n/+r/6//q/xUA7P/r/+z/7P/5/+z/8/8UAOz/7v/V/+T/5P/h//X/HgDq/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+n/GgDn/+f/6v/Y/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//r/+3/7P/l/+v/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD0/wAAAAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs//r/9v/s/wAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/FADx//D/8f/t/+z/7P/z/8v/3f/4//X/9f8kAOT/6f8AAAAAAAAAAAAAAAAAAAAA7P/t/+3/7P/s/+z/FADs/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAPr/8v8AAAAAAADu/wAAHgD4/+7/AAAAAAAA6v8AABQA7P/s/+7/7f/t/+z/7f/q/+f/6P8XAOr/1//s/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/6P/s/+T/2v/J/wgA1f/y/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+n/AAASAAAAAAD4/wAA8P/1/wAAAAAAAAAAAAAAAAAAAADY/9j/AADd/+f/6//Y/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+z/7P/s/+z/7P/s/xQA7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/9/8AAOz/7P8AABQA7P/w//f/AADs/+z/AAAAAAAAAAAAAOz/AAAAABQA7f/s/+3/7f/Y/+z/7f8lAOz/7P/t/+3/7//s/+z/FADl/9//7P/Y/8j/1f8hAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//n/7P/y/+z/7P8UAOP/5P/t/+3/9P/p/+r/GADp/xYA6//q/+v/7P/q/+r/7P/s//P/AAD3//f/FAD0/+b/2//u/+T/8//Q/xsA2v/s/xQA+f8AAO//7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7f/u//r/9v/s/+b/7/8AAAAAAAAAAAAAAAAAAAAA6//r//X/+P/x//f/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+//8v/u/+v/FADt/wAAAAAAAAAAAAAAAAAAAADw//r/AAAAAAAAAAAVAAAA6f/s/+z/6//v/+3/FwDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv//f/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAOD/3P/Y/+T/2v/j/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+H/6f8nANj/2f/Y/9f/FADs/wAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/+3/7P8UAO3/7//t//L/9f/x//H/FADt/wAAAAAAAAAAAAAAAAAAAADr/+f/5//7/+f/7f8eAAAAAAAAAAAAAAAAAAAAAAAAAOf/7P/r/+r/7P/r/xUA7P/p/+z/6v/o/+z/6/8VAOr/AAAAAAAAAAAAAAAAAAAAACAA6v/p/+H/6P/W/8//2/8AAAAAAAAAAAAAAAAAAAAA6//q/+z/7P/r/+f/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/r/wAAAAAAAPP/AAARAPn/9f/T/8n/wf/M/97/PADF/8f/8f/X/97/2P/a/9L/CQDZ/xQA8f/w//H/7f/s/+z/8//J/+j/7P/s/+v/HgDo/+v/4v/h/9n/6f8dAOb/5v/O/wAAAAAAAAAAAAAAAAAAAADs//j/AAD1/wAAFADs//f/AAAAAAAAAAAAAAAAAAAAANH/1//i/+H/6P8pAN3/1f/f/+z/4P/l/+T/2//D/xoADwDn/+n/4//n/xUA1v/G/wAAAAAAAAAAAAAAAAAAAADs//j/7P8AAO7/7v8UAO7/4f/W/+f/4f/g/8j/IQDX/+z/7f/t/+z/7P8UAOz/6P8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAGAAAAOz/7v8AAOL/7/8VAO//6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5P/0//f/+f/e//T/HgAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAPX/7//u//D/FADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+b/7//r/+r/7P/c/xoAFQDs/+7/9v/w/+3/6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJADd/wAAAAAAAOH/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/9f8AAAAAAAAAAPL/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/FADr/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAA9/8AANr/FwDo/+X/5P8AANr/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOz/7f/v/+7/6P/o/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA+f8AAO//7P/s/+z/3P/g/+r/5//q/+D/HQDf/+z/7P/t/xQA7P/s/+z/7P8VAPH/AAD3/wAA+P/r//r/5//p/+v/4P/e/xwA4//j/wAA2P/i//P/2f/S//L/7v8AAAAAAAAAAAAAAAAAAAAAFQDl/+//5//p/+z/6v/V/+v/7P/t/+z/7f/p/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAD1/+//7v/w/xQA7v/s/wAAAAAAAAAAAAAAAAAAAADv/+//7P8UAPn/7P/s/+z/5P/h/93/5P/n/9b/4P8oAOX/AAD7/+//9v8ZAOb/7f/q/+r/6f/Y/+n/AAAGAOL/AAAAAAAAAAAAAAAAAAAAAOz/FQAAAAAAAAAAAPH/9v8mANj/5f/p/+z/8//U/8n/BQAAAOz/6//q/+v/6P/j/+z/7P/s/xQA7P/r/+z/7P/u//L/+f/t/wAA7P8AABQAEQDp/9n/0//I/wAA5f/X/+D/2P/s/+z/IwDn/+n/1f/S/+j/6v/H/+j/5f8dAOP/7P+q/4v/u/+d/0QA4v/C/+z/7P8AABQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAHQDT/9r/2//e/9X/6f/h/+3/+f8AAPr/9f/s/+3/FQDg/+L/4P/Z/+D/IwDQ/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAATAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAANr/KwDR/83/1f/Q/9z/3P/i/wkA6f/h/+f/5/8MANb/6//s/+z/FQD2/+z/6f/s/+H/6P++//X/1v8AAM3/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8UAPb/AADs/wAAAAAAAAAAAAAAAAAAAADy/wAAAAD6/wAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAYAAAD4/+D/3P/o/9D/3f8AAAAAAADs//X/2P8AACgA2f/p//r/7P/t/x0A6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/+j/2f/k/xQA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/xQA6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/n/+n/5//n/9//GgDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6f/o/+j/6/8XAOv/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xYA7P/s//L/7P/p//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+L/6f/o/+r/FgDs/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/2//4//b/AADp/+7/KgAAAAAAAAAAAAAAAAAAAAAAqf/i/67/tv/T/wUAwP8HAL7/5P/S/9H/0P8nAKz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//0//f/AAAAAAAAHgAAAAAAAAAAAAAAAAAAAAAA7P/p/+z/7P/s/x4A4v/Z/+z/5f/o/+v/7P/r/+b/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/v/+7/8P8UAO7/7P8VANT/7P/p/+v/6f/r/+v/7P/f/+z/7P/s/yAA2f/a/wAAAAAAAAAAAAAAAAAAAADu/xQA8P/4/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+z/7P/s/+r/7P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//q/+3/8v/t/9b/3/8uAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+z/7P/q/+z/EAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/2f/Z/9z/LwAAAAAAAAAAAPn/0f8AAOz/6P/r/+r/7f8VAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAPn/AADv/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9n/HwDc/9r/6v/l/93/4P8NANr/AADb/+n/3v/Y/wAAAAAAAAAAAAAAAAAAAAALANL/4P/l/9r/FADA/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/9v/y//n/5/8WAOr/GADn/+j/5v/n/+j/5//n/87/2v/Y/+n/7P/Y/+b/FQAAANr/1P8FAOj/6//y/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xcA6//x//r/6v8AAO7/4v/c/xMA5f/W/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+j/5P/b/+D/LgDv/8v/AAAAAAAAAAAAAAAAAAAAAAwAvP/t/8r/zP/d/77/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/3/+w/8r/y//T/9H/BQAUAO7/7P/s//L/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+T/5P/g/+D/4P/c/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAL7/9P/e/8j/5v/0/87/7P/s/+z/FADz/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/4v/d/9//5f/h//X/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA5v/f/+f/+//r/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/U/7z/3//L/xkAs//w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//S/+r/uf8bALv/AADx/+r/2f/l/xoA6P/m/+n/1//X/8j/AAANAMv/3f/W/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+n/7v8AAAcA2f/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAA8P/6//r/7P/s/+z/FAAAAO7/9//3/+z/7P/r/+v/9f/4//H/9/8VAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAPD/AAD7/+z/+P/5/xQAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/FADs/+z/AAD5/wAAAAAAAA0AAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA+v8AAAAAAAAAAPH/AADY/wcA3P/f/+P/0v8AAOX/7P/q/+z/7//z//r/FADt/wAAAAAAAAAAAAAAAAAAAAD5//X/7v/u//L/6P8YAAAA7P/s/xQA8P8AAPv/7P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/3v/h/9n/5P/e/97/IQDr/xQA7P/s/+z/7P/s/+n/6f/U/+v/6f/p/xYA6//m/wAAAAAAAAAAAAAAAAAAAAAUAOz/7v/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+7/9P/t/xUA7P/k/wAAAADx/wAA6v8aAAAA7P/s/wAA7//7/+z/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//z/wAAAAAAAPn/HwD0/+z/7P8AAO3/AADs/+z/FADt/+z/AAAUAPb/7P/0/wAA7P/q/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAUAOz/8P/u/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANP/6//s/8j/0//s/7v/JQDs/+7/7v/s/+3/7P8UAO//7P/t/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADr//D/+v/y//v/7P8VAAAA7P/s/+3/6//r/xoA5v/a/+z/7f/s/+z/8v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/8//t//b/7P/t/wAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAAAA8P8gAAAA4//o/yMA1//m/9P/5P/w/+D/IgDj/+n/6P8AANr/4P8AAAAAAAAAAAAAAAAAAAAA7P/u/wAA4v/v/xUA7//q/9r/2f/c/93/5P8nANj/3P/i/xoA5//l/+n/5//m/+r/pv+w/9H/AADo/+n/4v8JAOD/JgDy//n/AADz//P/9P8AAAAAAADx/wAA8P/s/xQA9/8MAOn/6v/W/93/+P+9/xQA7P/s/+z/7P/s/+z/7f8UAOz/7P/2/+3/6//q/+z/7P/s/xQA8P8AAPv/7P/4/wAAAAAAAAAAAAAAAAAAAADs//f/AADy/wAA7P8VAPf/AAAAAAAAAAAAAAAAAAAAAOv/+f8AAOX/8v8YAOj/6f/x/xgAAAAAAPb/AADp/wAAAAAAAAAAAAAAAAAAAAAAAOn/6P/q/+r/6//o/xYA7P/a/+b/6f/o/+n/1v/l/xwA7P/s/+z/7P/s/xQA7P/s/+L/4P/o/93/6P/j/xwA4v/a/ysA0f/N/9X/0P/c/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/6f/X/9v/6P/b/xkA5//R/+n/1//b/+j/2/8ZAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/6v/q/+7/6//n/xMA6//k/+v/6/8XAOz/7P/V/9f/1//u/+b/7P8pAOT/2P/2/+7/7f/r//L/FQDt//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/xQA7P/s/9//7P/g/+X/5P/b/8P/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v/t/+7/7P8UAOz/6P/q/+r/5v/r/+j/FwDm/wAAAAAAAAAAAAAAAAAAAADx/xgAAAAAAPb/AADp/wAA7P/2//T/AAD7//D/FAD5/+b/7f/q/wAA3P/y//P/5//q/+b/7//r/+r/7P/c/xoA7//v//r/9P8WAPT/6f/q/+z/7v8AAOL/7/8VAO//6v/k/+H/9//q/+D/6f/m/yIA7P/s/+z/7P8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAAAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAN3/2f/Y/+n/6v8AAAsA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+v/6f/f//P/7P8AABQA7P/s/xQA7P/y/+z/7P/s/xQAAAD0/+7/+v/s/+z/7P8UAAAA9P/u//r/7P/s/+z/6//s/+z/FQD2/+z/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/t/+z/7P8UAO3/7f/7//n/AAAAAAAAAAARAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD4/wAAAAAAAOz/7P/t/+//9P8AAO3/AADt/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/9/8AAAAAAAAAABMAAAAQAPn/AAAAAAAA+P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/7//z//r/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//w/wAA+P/t/+z/8P8UAO7/7f/4//v/7P/s/+v/FADr/+z/7f/u/+v/6v/r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/v//P/+v8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//r//P/8f/q/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/+z/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s//j/9f/x//D/FADu/wAAAAAAAAAA7P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAA3AOz/4v/e/83/5//Y/8T/7f8UAAAA7P/s/wAA7P/s/+z/7P/s/+//AADs/xQA7P/n/+v/FQDr/+z/7v/r/+r/6//r/+f/4f/s/+j/GgDg/+z/7P/s/xQA7P/s/+z/7P/y/wAAAAD6/wAAFADs/wAA7P/s/xQA7P/y/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P/t/+3/7f/s/+z/FADt/+3/7P/s/wAA7f8AAOz/7P8UAPT/8//3/+z/7//s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/s/+z/FADs/+z/7f/4/+3/7P8WAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/t/+z/AAAUAPb/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAPr/AAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/AAAAAAAA7P/2/+//2v8XAOj/6v/s//T/6v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/wAAAAAAAOz/+P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/p//H/6v/2/xYA+f/q/wAAAAAAAAAAAAAAAAAAAADo/wAA8v/N/+v/vf8KAAAA7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//w/+//7f8GAO3/4/8PAN//2v/Z/+3/4P8OANz/AAAAAAAAAAAAAAAAAAAAAO3/7P8AABQA9v/s//T/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/0//m/w8A7v8IAAAAAAAAAAAAAAAAAAAAAAAAAPf/9P/3/wAAAAAAAB4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9r/6v/e/wAAIADh/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/5//p/+b/6v/k/xsA5v/d/9X/KADX/9r/3//Z/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P8UAOv/7P/s/9f/1f/S/8z/EwDr/7//+v/t/+z/AAAAAPr/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+7/7v/2//L/7//w/xQAAAAAAAAAAAAAAAAAAAAAAK3/5P/g/+D/2P8LAN7/DwAAAAAAAAAAAAAAAAAAAAAA3f8mAAAA9v/Z/+v/7P/e/wAAAAAAAAAAAAAAAAAAAADs/+3/AADs/+z/7P/t/xQA3P/s/+7/8/8UAOT/5f/s/wAAAAAAAAAAAAAAAAAAAADr/xUA7P/s/+z/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/xUA6v/s/+X/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8//6//n/8f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/+r/4f/Y/+X/6f/5/xMA5v/Y/8r/0//0/+3/IwDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//p/+j/6P/r/+f/7P8VAPL/+f8AAO7/AADt/wAAEwDW/9b/1P8hANv/7P/L/87/EwAAANf/7P/t/+z/6f/q/+3/7//0/+z/AADs//r/FAAAAAAAAAAAAAAAAAAAAAAA7P/3/wAA8v8AAOz/FQD3/9r/7P/t/+//FADu/+T/7P/W/xIA2P/M//r/3v/z//D/7f/n/8n/6v/H/93/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/3v/Y/x8A5f/o/+D/0v8AAAAAAAAAAAAAAAAAAAAA6P/m/9//4/8RAAAAFADK/9r/7f/d/+7/8/8oANr/6P/a/+3/3f/u//P/KADa/+j/AAAAAAAAAAAAAAAAAAAAABQA7P/w//f/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/Y/xQA2v/t/+n/AADs/+j/6P/k/xoA6P/m/+j/1f/X/+n/0v8GAPv/DgDT/7L/1f/V/9P/0f/j/87/AAAAAOr/6v/b/+P/4P8AANj/DwDX/wAA1v/Y/xEA4//T/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xcA5P/q/+z/6//q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAFADt/xQA9f/2//r/7f/s//X/7P/s/xQAAADt/+z/2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+v/7P/t/+r/FgDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/xQA7P/s/+z/7v8AAO//8P8UAO//7P/y/+z/7P/q/+//FQDs//L/9/8AAPT/7P8AABUA+//s/9//6//o/+j/6/8ZAOb/2v/h/wAAAAD6/wAAJgDj/wAADgDs/+3/7P/u//L/7P/s/wAAAAAAAAAAAAAAAAAAAADY/9j/9P/k/+z/DAAAAOz/AAAAAAAAAAAAAAAAAAAAANj/2P/Z/9z/2v82AMb/y/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADq/+r/6f/n/+n/FwDn/+r/9P/z//f/7P/v/+z/FADt//T/8//3/+z/7//s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/3P8AAOL/6/8WANj/2v/s/+z/7v/s/+7/FADs/+z/AAD7//r/7f/0/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/yEA4//s/9r/3v/q/wAAAAAAAAAAAAAAAAAAAADJ/+P/1//f//v/PgDV/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAD7/w8AAAAAAAAA+f8AAAAA+P8YAAAAAAAAAAAA2/8AACYA+//h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/xQA7f8AAOz/7P/w/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/FADs/+z/7P/s/+z/6//s/+z/FADv/+z/7P/s/+v/7P/s/xQA7/8AANv/AAAAAAAAJwDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/s/+z/7P/s/+z/7P8UAPT/AAD6/+//8f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/t/+z/7P8UAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADs//T/7P/s/xQA7P/q/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/v//f/7P/s/+z/7P/v/wAAAAAAAPr/AAAAABYA7P/s/+3/7v/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAADo/+3/AAD3//P/GADt/+z/6//j/+X/6P/x/+T/GgDl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+H/0v8YANP/3f/h/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkAAAAAAAAAAAD7/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA8//0//f/7P/s//T/GgDu//n/AAAAAAAA5/8AAOv/6v/p/+j/6P/S/xUA4f8UAOz/7P/s//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOL/HgDl/+D/4v/h/+D/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/t/wAA9//z/xgA7f/s/wAA4v/T/8//4//r/wAA0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7f8AAPf/8/8YAO3/7P/s/xQAAAAAAAAA7P8AAO3/AAAAAAAAAAAAAAAAAAAAANX/KwDi/+X/1//q/93/5//6/w4AAAAAAAAAAAAAAAAA7P/s/wAA+//t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/9f/6/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/u/+z/7f/5/xQA7//s/wAADwAAAAAAAAAAAPf/AADr/xkA+f/y/+//+f/m/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8VAO7/6//t/+r/7P/s//b/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+v/5//h/+z/6P8aAOD/6//r/+f/4f/s/+j/GgDg/+v/7P/s/xUA9v/s/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA7P/z/+//8v/s/9v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//f/+v/6//r/+j/GgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDu//L/7f/x/+r/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+z/FADv/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/y/+z/FADu/+z/7f/s/+z/8v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6P/g/+T/FwDq/+T/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+b/6//s/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOb/1v/c/9v/7v8qANf/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+z/7f/d/+n/AAAVAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOn/5P/x/+z/6v/o/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADr/+z/7P/s/+z/7P/s/+v/5//v/+3/FwDs/+3/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t//f/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAA7f/y/xQA7P/s/+n/2f/s/+v/6/8bAOj/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xoA5f/0/+3/7v/m/+//6f8aAOX/9P/t/+7/5v/v/+D/8v/s/9//8f8pAOv/4/8AAAAAAAAAAAAAAAAAAAAA0f/u/+n/AADi/9X/8/8GAAAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA7//7/+z/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/i/+D/2f/g/yMA0P/l/wAAAAAAAAAAAAAAAAAAAAAQAPn/AAAAAAAA+P/5/wAA6P8AAO//yP/q/8z/CgDy/xAA+v8AAAAAAAAAAPH/AADs/+3/7f/s/+z/7P8UAO7/EQAAAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/j/+r/2v/o/+T/2f8nAAAAAAAAAAAA7f/v//r/EwAAAAAAAAAAAO3/7//6/xMA7P/s/+z/7P8UAOz/7P/r/+z/9f/u/+P/9P8XAO3/7//s/+3/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAANj/KADl/9n/2v/r/9j/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAADu/wAAEwAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/6v/t/+z/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/7v/s/+3/+f8UAO//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/7f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/wAAFADt/+z/7P/k/+v/6P/o/+v/FwDl/+v/7P/s//P/AAD3//f/FAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/+v8AAAAAAAAAABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//v/AAD7/+X/6//3/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P8ZAOv/9f/s/+T/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7//u/+L/FAD2/+z/7P8AAPv/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDs/+z/7f/t/+r/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/s/+v/6//r/xYA7f/r/+v/6v/q/+v/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/+P/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/+P8AAO3/7v8UAOz/7P/t/+v/6//t/xUA7P/s/+z/6//s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//H/AAD0/wAAEwAAAPH/p//U/9r/wv/0//L/2f8AAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAA5v/o/+f/5//p/+r/6f8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVANT/7P/p/+v/6f/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/+/8AAPv/5f/r//f/IwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/q/xgA+//0/+v/AADl/wAA2P/q/+T/6P/s/+n/5v8jAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/6P/p/9//GgDk/+T/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+z/7P/r/+v/7P8VAAAAAAAAAAAAAAAAAAAAAADh/9//7P8UAOv/AADj/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/BgDt/wAAFADs/+z/7P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt/+z/AAAUAPb/7P/0/wAA7P/s/+v/7P/t/xQA7P/s/xQA7P/w//f/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//b/7f/r/+r/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//P/AADs/+3/FADs/xQA7P/w/+7/7v/s/+z/7P/s/+z/8/8AAOz/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/4f/f/97/7f/Z/xcA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD4/wAAAAAAAOz/7P/t/+z/7f/t//T/7f/s/xQA7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7//j/EwDx//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+P8AAPX/AAAUAOz/9//p/+n/6P/o/+v/FwDr/+n/7P/t/+7/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/6f/r/+v/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA7P/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAA7//5/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADp/wAA7/8AAO7/7P8AABQA6f8AAO//AADu/+z/AADs/xQA7P/z/+3/9v/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/7//n//I/77/uP85ALf/AAATAAAAAAAAAAAA7f/w/+r/6v/2//L/+f/n/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7/8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/FADy/wAAAADs//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADl/+n/6f/o/+r/6P8YAOj/7v8AAAAAAAAAAPf/EwAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/6//z//H/6v/r/+3/6v8VAOz/9f/2/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/9z/5v8xANn/yv/P/83/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/5//o/+L/5f8bAOf/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/+z/7v/s//r/7f8UAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA7P/r/+//AADr/+z/7P8VAOz/7P/t/+3/6v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8FAOv/5v/b/97/4f8AAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/6/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAADt//r/AAAAAAAAAAATAAAA7P/t/+z/7//u/+L/FAD2/8T/AADR/7P/8f/o/+z/EADb/xQA1f+v/xQA1v/D/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6//u/+//FwDq/+f/6v8AANv/2P/r/wAA2P8AANn/xf/J/9v/4f/O/wAAtP8MAAAAAAAAAAAAAAAAAAAAAAAjAOf/1//d/9r/2v/V/8z/7P/r/wAA9P/u/wAA7P8VAPj/zv/q/8n/2P/Q/+P/IQD1/+z/7v/s//r/7f8UAPX/1v/b/+r/3v/c/yoA2P/g/7P/DQDD/+n/1P8AAPP/1v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAmAMf/2//Q/93/5v/X/9P/AAAAAAAAAAAAAAAAAAAAAOD/AADi/+r/0//1//H/6P/v/wAA9//1//P/AAAAABYA4P/l/8X/tf/J/+j/JQDE/+z/7P/s/+z/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAPv/CwAAAOz/7P/t/+3/7//s/+z/FAAHAMb/AADc/+H/6f/z/8P/AAAAAAAAAAAAAAAAAAAAAAAAs//q/+H/yf8GANP/7P/O/9b/5f/P/wAAyv/A/wcA7v8UAO//7P/t/+z/6//s//r/6P8AAOj/+v/1/ycAAADm/+j/4//p/+X/1f/n/xkA7P8UAAAAAAAAAOz/AADt/9P/2P/a/xMAGgDS/+v/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//2P/Q/+f/2/8tANT/1v/X/+3/x//3/+r/7//o//L/AADw//b/+v8AAMj/+f80ANn/6P/q/+P/9P8oAOD/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2/wAA7P/s/xQA5v/W/8f/2v/g//D/8P/M/+z/7P8UAOz/8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/4v/k/+L/9v8nAOT/2f/s/xQA7P/z/+3/9v/s/+3/6P/S/7n/uv/V//D/1v/j/83/AADO//L/7/8YAMf/3P8AAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/s/+v/6//p/wAAAAAAAAAAAAAAAAAAAADt/+//7P/t//H/FADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAC+/wAAuP/D/8L/2f8RAL7/7P/o/+7/6//p/+n/6v8VAAAAAAAAAAAAAAAAAAAAAAD5/+f/5f/g/+H/FwDn/9j/x/8jANz/7//Z/9j/0v/G/wAAAAAAAAAAAAAAAAAAAADX/9b/5//b/9n/AAAWANr/7P/s/+7/7//t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA6//d/97/zf/b/97/6//w/+L/9/8XAPL/1P/z/+b/zP/v//r/MQDq//H/AAAAAAAAAAAAAAAAAAAAABQA7f8AAAAAAADs//X/7v/q/9D/6//k/+3/wf8YAOz/7P8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt/xQA8P8AAAAA7f/t/+3/2v/t/93/7v/z/ygA2v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+X/6v/r/xUA7P/s/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//X/+v/s/xQA7P/p/+z/2v/s/9z/7P/T/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8UAO7/8//s/+7/9/8AANj/2f/s/9j/2P/b/wAAAAAAAAAAAAAAAAAAAAAAAAAA1f8XAOD/zv/c/9T/8P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD5/wAA7//s/+z/7P/t/+z/9f/4/+z/7P/r/xQA6//n/+//7f8XAOz/7f/q/wAAAAAAAPn/AADv//n/GgDs/+z/7f8UAOz/7P/s/+z/2v8cANj/2P/p/9//2//r/+z/7P/t/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/s/+v/6//p/wAAAAAAAAAAAAAAAAAAAADw/+7/7v/2//L/7//w/xQAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAAAAD5/wAA9/8UAO//9//s/+z/7P/s/+z/FADs/+z/9v/t/+v/6v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAD7/w8AAADq/xcA9P/0//T/8P/q/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/wAA9//3/xQA9P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/R//f/7P/r/+z/7P/u/+z/7P/q/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P8VAOz/5//i/+v/FgDY/93/1v/V/+j/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAA6//s/xkA6//1/+z/5P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAD7//T/FAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/9P/3/wAAAAAAAB4A7f/s/wAAFAD2/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//0//f/AAAAAAAAHgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f/1/+//+f/s/+3/AAAAAAAAAAAAAAAAAAAAABIA5f/p/9T/6v8JAOv/5//s/+z/7f/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8UAOz/7P/s/+v/6//r/+z/6/8VAOv/5//q/+//6v/v/87/GgDl/+r/5v/n/+r/6v/o/xsA6f8UAAAAAAAAAAAA7P8AAPf/FAD4/wAA8P/4/+v/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//9P8AAO3/AADt/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//u/wAAAAD2/+z/4v8lAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAPr/+v8AABwA7P/s/+z/FADt/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADj/+r/7f/y/+3/1v/f/y4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/ygA5f/Z/9r/6//Y/+7/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/r/+z/7P/n/+v/6f/q/+z/FgDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAGwDs//P/7//y/+z/2//s/wAAAAAAAAAAAAAAAAAAAADe/9X/0v/Z/+j/1f8mAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+f/8P/4/wAA1/8oANz/5P/n/+j/5//T/+L/4P8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAAAA7P8UAOz/6//t//v/AADs/9v/7P8mAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FQDs/+v/6//r/+v/6/8AAAAAAAAAAAAAAAAAAAAAFADt/+7/+v/2/+z/5v/v/+z/7P/u/9j/7P8GAO3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//r/+z/7P8UAOz/7P/r/xUA7v/v/+z/7P/s/+v/7P/u/+7/7P/t/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA7P8AAO3/FADs/+z/7f/s/+7/7f/s/xQA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDu/+//7P/s/+z/6//w//X/AAAAAPH/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//7v8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAD4/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAAAAAAAPD/IAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAPD/AAAAABsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/u/+7/9v/y/+//8P8UAAAAAAAAAAAAAAAAAAAAAADt/+z/AADs//b/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOn/6f/m/+r/5v/Y/+n/FwDv/+3/7v/x//T/7P8AABQA8//x/xQA7v8AAAAA7P8AAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/w/+z/7P/6/xQA7f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8AAAAA8f8AAOr/GgAAAOz/+P8AAPX/AAAUAOz/9/8AAAAAAAAAAAAAAAAAAAAA4P/i/+D/2f/g/yMA0P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/wAA4v/v/xUA7//q/+//7f/u//H/9P/s/wAAFADz/+b/zP/v//r/MQDq//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAsAAAAAAOv/7P/r/+v/7P8VAOr/7P/s/+z/7P/s/+z/FADs/+z/7P/t//j/7f/s/xYA6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7//s/+3/8f8UAO7/7P/t/+//7P/t//H/FADu/+z/7P/g/+z/2//p/xcA6//f/wAAAAAAAAAAAAAAAAAAAADu/+3/7f/v//D/FADw/+3/AAAAAAAAAAAAAAAAAAAAANn/9v8AAPL/AAAoAOT/5v/q/+z/7P/s/9T/FQDl/+z/z//6/wAAxP/e/zwA5P+8/+v/7P/t/+v/6//r/+z/FQAUAO3/AAD1/wAA7P/s/+//6f/r/9z/2P/n/w0A6P/q//D/9v/Q/+b/+f8rAPP/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6//r/+H/7P/r/+v/FgD4/+7/AAAAAPj/CADt/+z/9/8AAPT/7P8AABUA+//s/+3/7P8AABQA9v/s//T/AAAAAAAAAAAAAAAAAAAAAAAA7P/u/wAA4v/v/xUA7//q/+z/7P8AAO//+//s/+v/FADt/+z/8v/o/+7/FgDs/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+v/6f/p//H/FgDq/+v/7f/s/wAAFAD2/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/8f8AAPH/AAAAAOz/JQAAAAAAAAAAAAAAAAAAAAAA+P/x/wAA8f8AAAAA7P8lAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAA+f8AAO//+v8ZAPD/7v/u//b/8v/v//D/FADt//n/AAD6//X/7P/t/xUACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/5v/h/9//5P/b/yIA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+3/7P/t/+n/FQDt/xQA7P/0/+3/9f/u/+z/8/8aAPT/xf/P/9P/2//U/+f/7//t/+7/7//1/xQA7P/s/+n/6f/m/+r/5v/Y/+n/FwDs/+j/7v/r/+n/6f/q/xUA7P8UAO7/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//j/9f/x//D/FADu/9T/KwDp/+D/6P/X/9P/5v8oAN7/AAAAAAAA6f/Y//r/2/8nAPH/AAAAAAAA4v/7/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/wAA2/8nAPH/AAAAAAAA4v/7//n/GAAAAAAA9P8AAOz/AADr/+v/5//h/+z/6P8aAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/6/8AAAAAAAAAAAAAAAAAAAAA7f8hAOf/6v/u/+r/3//r/wAAAAAAAAAAAAAAAAAAAAAWAPj/8//5/wAA6v/q//T/+P/u/wAAAAD4/wgA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/1//q/9H/1/8qANf/2f/s/+z/7f/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAA7P8AAAAA7P/s/xQA+//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/3/+z/FADu/+T/AADo/+3/7v8UANj/8P/S/+z/1//X/9r/sf8dAM//AAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8ZAOr/6v/r/+v/4//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+//7f/u/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/6//r/+z/FQDq/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+n/7v/s/+v/FQDs/+v/7P8ZAOv/9f/s/+T/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/wAA7P/t/xQA7P8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7P8UAOz/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADM/9j/1//c/+P/2P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAA8P/z/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/+P/t/+z/FgDq/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f8vAPL/3v/s/9v/xv8UAPf/IgAAAAAAAAAAAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/2v/a/9j/AADb/xIA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAKwDp//P/AAAAAAAAAAAAAAAAAAAAAO7/FADw//j/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/wAA7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADq/xgA+//0/+v/AADl/wAAAAAAAAAAAAAAAAAAAAAAAOL/5P/n/yAA5v/i/9//5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAOz/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO7/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMb/zv/J/8//NgDV/83/0/8AAAAAAAAAAAAAAAAAAAAA7P/u/+7/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAcAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+r/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/v//n/7f/x//T/FQDs/+z/7f/s/+z/7P/s/xQA8P/7/wAA+//l/+v/9/8jAAAAAAAAAAAAAAAAAAAAAAAAAPD/1//R/8b/+//E/+3/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+//+f/t//H/9P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPb/6v/n/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/y/wAAAAAjAAAAAADv/wAAAAAAAAAAAAAAAAAAAADr/9//6//r/xkA7P/s/8j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7//6/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/+P/1//H/8P8UAO7/7P/u/+z/7P/s//D/FADs/+z/7P/s/+3/FQDs/+v/6//g/yIA4//p/+j/AADa/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9v/7f8UANj/0P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/zv/W/xUA1f/Y/8b/FwDY/+j/5//3//r/AADt/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAADf/9z/6f/p/+r/6/8AAAAAAAAAAAAAAAAAAAAA7P/v/+z/AADu/xQA7P/u/+z/7f/s/+//7v/i/xQA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAANb/3v/f/wAA6P8SAPH/1//U/9T/LADQ/9j/zv/V/87/AAAAAAAAAAAAAAAAAAAAALf/yP8PACIA1//S/7X/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/EgDt//L/7v8QAOz/7P/W/wwA1//b/9f/1/8AANn/+f/p/9L/2f/o/wAAyf/r/wAAyf/M/9D/7P8AAL7/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xcA6v/n//H/+//d/+r/7P/s/wsAFAD6/+z/2v8AAPb/IAAAAAAAAAAAAPD/AADs/+v/6//q/+z/6v8VAOz/AAAAAAAAAAAAAAAAAAAAABYA8P8AAPX/AAALAOL/4f8AAAAAAAAAAAAAAAAAAAAAEQDY/+T/0P/e/xgAxv+6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvP/P/9//IADi//T/6/+5/wAAAAAAAAAAAAAAAAAAAAD1/+z/7v/s//r/7f8UAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/9b/5P/4/+j/2v8AALn/AAAAAAAAAAAAAAAAAAAAAAAA9f8SAPr/AAAAAPT/AADu/+z/7P/s//P/7P8UAO7/7f/f//j/7f8AAOz/EwD3/7//AAAjANz/4v/I/73/yP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/2/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//s/+T/7P/m/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAMb/xf/H/+D/AADt/9j/5/8XAOv/8f/6/+r/AADu/xQA7P/s/+z/8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFAD0/wAAAAAAAOz/7P/s/xUA8P8AAPX/AAD2/+v/+P8SAAAAAAAAAAAAAADu/wAAEgD2/wAAAAAAAPL/8v8AAOz/7P/s/+3/FADs/+v/7P/s/+z/FADs/+z/6f/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/w4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADo/+7/7//m//b/8v/0/w4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/4P/6/wAAAAD3/ykAAADt/xQA7f/u/+z/7P/r/+z/7P/s/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAPX/AADs/+z/7//5/woAAAAAAAAAAAAAAAAA6v8VAOz/7P/q/+r/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/xIA+v8AAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAUAO3/AAAAAPT/8v/s//f/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA7P/r/+z/7P/t/+z/7f/t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADp/+z/9//1//j/7P/s/xQA4P/r/+r/7f/s/xYA6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o/+7/6//p/+n/6v8VAOz/7f/s/+7/7f/s/xQA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/x0A2v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAA+v8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAA+v8AABQA7P8AACMAAAAAAAAAAAAAAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/4//v/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/s//H/7f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/GQDr//X/7P/k/+z/6//s/xkA6//1/+z/5P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/FADq/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/5/8pAOP/9P/t/9f/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6/8WAOf/7P/q/+n/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P8WAOv/8v/o/+f/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/+3/GADs/+z/5v8VAOz/7P8AAOr/6//r/+z/AAAAAAAAAAAAAAAAAAAAANj/CQDX/9r/2v/o/wAA1/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7f/r/+v/7f8VAOz/7P/s/xQA+f8AAO//7P/s/+z/6//s/+z/7f/s/xQA7P/r/97/6//w/+L/9/8XAPL/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wAAAAAAAAAA7P8lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/t//H/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAPD/7v/u//b/8v/v//D/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv//f/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOn/5P/x/+z/6v/o/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//9/8AABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/xQA7f8AAAAAAADs//b/7//q/+v/9/8AAPT/7/8WAAAA1//p/+f/6P/g/+H/5v8dAAAAAAAAAAAAAAAAAAAAAADo//j/AAAAAAAAAAAZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+v/6/8aAOb/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/s/+z/7P/s/+z/7P/s//X/+v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA1v/q/93/3f/X/yIA5//e/wkA7v/x//L/9v8UAOz/6P/k/+D/5//i/+n/6P/o/xoAAAAAAAAAAAAAAAAAAAAAAMf/xP/C/8z/5P/7/wgAuP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/8f/v/wAA6v/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgDs/+3/7P/u//L/7P/s//H/AAAAAPj/AAAUAOz/AAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAD5/wAAAAAAAPb/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/7/wAA+//l/+v/9/8jAO//7v8UAPH/8//y/+z/9P8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/t/+z/FADy//D/+/8AAPv/5f/r//f/IwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/b//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+v/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/7P/Y/9f/vP/s/y4Atf/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOn/GgDl//T/7f/u/+b/7//1/+z/7v/s//r/7f8UAPX/2f/Y/+z/7P/l/+j/IADk/wAAFAAAAPn/AAAAAPP/AADs/xQA6P/m/+3/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+//FgDs/+z/8v/s/+n/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/f/+z/7P/s/yAA2f/a/+z/7P/u/+z/7P/q/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/7f/u/+z/FADs/+//AAAAAPX/AAAUAOz/AADl/+z/6v/s/+b/6v/q/xYA7P/s/+7/7P/s/+r/7P8UAOz/6v/s/+//8//6/xQA7f/Q/woA4v/b/+v/y//7/+v/CADZ/9//6//Z/+T/+f/a/+z/7f/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/2f/Y/+v/3f8oANb/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7P8UAOz/7P/u/+z/7P/s//P/7P8UAO7/7P/s//b/9f8UAO//7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8bAPT/9P8AAPH/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8WAOv/7P/i/+z/4v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/KgAAAPf/8v/u/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//1//j/8f/3/xUA7P8AAAAAAAAAAAAAAAAAAAAA7v/t//j/+//s/+z/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAA7f8UAO3/7//u//X/7P/u/+3/FADs/+z/7f/r/+z/7f8AAAAAAAAAAAAAAAAAAAAA5//p//T/AAAAAOv/FwDu/wAAFgAAAAAAAAAAAOv/AADk/xsA7f/2/+n/9v/m//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/7f/0/+3/7P8UAO//AAAAAAAAAAAAAAAAAAAAAOT/GQDu//j/6f/m/+v/3/8AAAAAAAAAAAAAAAAAAAAA+P/l/+3/6//0/yYA6//5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/1//i/+L/6P8mAN3/1f8AAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/1/+X/3v8AAOX/1f/i/+n/zf8lANb/4P8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAFADs/+z/7P/s/9H/LQDf/9L/4f/o/9z/1v/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f8fAOL/5P/n/+P/3//l/+P/AADj/wAAAADs/yQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAA7P/u/+3/7v/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv//D/AAD3/wAA7P/w/wAAAAAAAAAAAAAAAAAAAADf/+z/4P/l/+T/2//D/xoAAAAAAAAAAAAAAAAAAAAAAPr/IgAAAPf/8P8AAN//9P/r/xUA7P/s/+z/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+n/AAAAAAAA3/8tAAAA7P8UAOz/7P/t/+7/7P/t/+z/AADq/+z/6P/s/wgA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/AAAUAPb/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+//7f/u/+z/7f8AAA0AAAAAAAAAAAD5/wAA7P8UAOz/7P/s/+z/7P/s//v/FQD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8XAPT/9P/0//D/6v/t/+z/7P/s/+z/FADs/+z/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+7/8v/5/+3/AADs/wAAFADs/+z/7P/s/+z/FADs/+z/6f/l/+j/6P/n/+n/GADm/wAAAAAAAAAAAAAAAAcAAADs/+3/7P/u/+3/7P8UAPL/AAAAAAAAAAAAAAAAAAAAAOz/6//r/+r/7P/q/xQA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+v/7P/r/+3/7P/o/x4A6P/w/+7/6f/d/+j/6//t//v/AADs/9v/7P8mAOz/7f/u/+3/7f8UAOz/7P8UAOz/AAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAPr/5P/o/+b/6//W/wcA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/7P8RAAAAAAAAAAAAAADv/wAAGADw/wAAAAAAAAAA7f/v/xMA6f/j/wAA2f/s/+H/5P/S/wAA7P/o/+z/7P8ZANj/FADy/wAA9v/y/+n/7P/5/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAD3/xMAyP/g//T/8P/q/+7/zv/m/+T/GADq/+r/y//p/8L/5f/p/+H/2f/p/+X/FwDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAD6/wAAAAAAAAAA8f8AAOz/7f/v//f/8//2/xQA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/1//r/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/Z/+3/2f/s/wAADADm/+r/6f/p/+3/6//r/xYA6v/U/9r/0f8gANb/zf/i/9f/FADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAqANX/5f/B/+n/1P/X/+r/AAAAAAAAAAAAAAAAAAAAABQA7f8AAPT/AADs/+z/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMH/+f/b/9//2P/x/w0Ax/8VAOz/7P/s/wAA6//r/+//DgDT/83/6//c/+j/+v/Y/wAAAAAAAAAAAAAAAAAAAAD7/wAAAAD3/wAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAOz/8//0/+z/AADs/xQA8/8AAOz/7P/w/+3/CQDb/93/GgDp//j/7//y/+v/5P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA3v8AAAAAAADp/9j/+v/s/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwAAAAAAAAAAAAAA3f8AAPH/AAAAAPj/AAAUAOz/AAAUAOz/7P/t/+z/7P/s/+z/6v/q/+z/6//r/+v/FgDt/+3/7P/4/wAA7f/u/xQA7P/t/+z/+P8AAO3/7v8UAOz/FADv//D/AAD3/wAA7P/w/+z/7//t//D/7/8UAOz/7f8AAAAAAAAAAAAAAAAAAAAALwAAAAAAAAAAAPn/0f8AAOn/6v/z/wgA8//s/xYAAAAAAAAAAAAAAAAAAAAAAAAA8//f//j/AAAAAPf/IQD1/wAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/wAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAABgA5//z//n/+f/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5P/0//f/+f/e//T/HgDn/9j/2v/V/+P/AADT/wAAAAAAAAAAAAAAAAAAAAAAAOz/FAD1/+z/7P/5/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//b/9f8UAO//7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+7/+v8AAPf/7/8UAO3/DgDs/+3/7P/u//L/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+//+v8TAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/1//r/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8VAOz/6//s/+v/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/AAAUAPb/7P/0/wAAFADs/+3/8P/u/+z/7P/s/wAAAAAAAAAA7P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/s/+z/7P/t/+z/FgDt/wAAAAAAAAAAAAAAAAAAAADq/+r/7P/r/+v/6/8WAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+z/2/8AAOL/2f/Y/xUA2//k/+z/4f/Z/93/AAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+v/6//r/xYA6//q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/6f/s/xQA7f/x/+z/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/2P/s/+z/IwDs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s//j/AADt/+7/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/+v8AAOz/7P/s/xQA7P/3/+r/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAFAD2//r/AAAAAAAA7P8AABQA8P8AAPX/AAD4/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/HADp/+v/7v/p/+H/7P/4/w8AAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx//D/8f/t/+z/7P/z/+z/FwD0//r/AADs/+n/9v8AABQAAAD5/wAAAADz/wAA6/8UAO7/7f/r/+n/6v/m//v/AAAAAPf/AAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAA4//q/wAAAADt/wAAKADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P8AAAAA7f/v/xQA7f/t/+z/+P8AAO3/7v8UAOz/7f/s//j/AADt/+7/FADs/+//FADw/+3/8f/s/+z/9v8AAAAAAAAAAAAAAAAAAAAA6//r/+X/6//r/+r/FQDs/9f/2P/C//T/6f/B/z0A5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7v8UAPH/8//y/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7//4/+3/7//t/+z/7f/5/wAA+v/1/+z/7f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAADcA7P/i/97/zf/n/9j/xP/r/+z/6v/r/+v/FQDo/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//H/AAAAAAAA9f8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8VAO//+P/w/+7/6//u/wAAAAAAAAAAAAAAAAAAAADs/9n/4v/n/+3/FgDr/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAA1v/b/9v/7P8AANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+z/6//r/+v/FgDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7f/w/+z/9P8UAPL/7P/y/wAAAAD6/wAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAPH/7P/1//D/8P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA8v8AAAAA+v8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AABQA9v/s//T/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAO//+v/t/+z/7P/s/+v/+//w/wAA+f/x/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAD3/wAAAAAAAAAAAAAAAAAAAAAUAOT/0//V/9b/6v/5/+v/FADs/+7/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAVAOr/7f/u/+//6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/wAAAAAAAAAA9f8bAAAA7f/t/+3/7P/s/xQA7f/t/+T/FgDr/+r/7P/r/+r/6f/a/9n/3P/d/+T/JwDY/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAA9P/t/xUA7f/r/ywAxv++/73/u//D/9v/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v8AAO//8P8UAO//7P/z/wAAAAAAAO7/6f/2/xoA3//d/9j/2//b/9T/1v8rAAAAAAAKAAAAAAAAAAAAAADs/+3/FADt//r/7P/s/+7/8f8AAAAA+P8AABQA7P8AANX/7P/L/xwAzP/P/+L/+P/s/xcAAAAAAAAAAAD0//v/7P8UAPn/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD4/+X/6v/p/+v/GQDY/9n/uf++/9P/xf/z/+z/w/8bABQA7P/s/+z/7P/w/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/xQA7P/s/+f/+f8AAAAAAAAfAPb/9/8AAAAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADu/+z/AAAAAAAAAAAAAAAAAAAAAAAA4f8PAJL/vv/4/+v/AADD/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8AAOb/FADm/9v/0P/0/+z/7P/s/+z/AAAUAPH/9v/r/+v/6/8VAOz/4P/s/+v/AAAAAAAAAAAAAAAAAAAAAPX/7P/u/+z/+v/t/xQA9f8OANj/2f/o/+f/7f8AANj/AAAAAAAAAAAAAAYAAAAAAAAA+f8AAAAAAAAAAAAACQAAAPP/6P/e/wYA0//a/93/AAAAAAAAAAAAAAAAAAAAANv/AAAAAAAAAAAAACYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAABQA2f/r/+T/2f/Y/+n/AADs/+3/7P8UAOz/7P/s/+z/7v8VAPP/AAAAAO//7f/t/wAAAAAAAAAAAAAAAAAAAADj/9T/7P/q/+r/AAAAAOL/AADg/9j/y//I/xYA0f/e/wAAAAAAAAAAAAAAAAAAAAAIAM//JgDU/8H/4v8AANf/AAAAAAAAAAAAAAAAAAAAAM7/0v/b/8f/5v/i/wAAHgDn/wAA6v/r/+H/7P8PANT/7P8UAPn/AADv/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOX/3v/T/+j/9P/s//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//P/FADs/+z/AADV/97/FQDw/wAA9f8AAPb/6//4/xIAAAAAAAAAAAAAAO7/AAASAPb/AAAAAAAA8v/y/wAA8v8AAAAA+v8AABQA7P8AAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvP8AANv/wv/h/9T/+P8dAPL/AAAAAPr/AAAUAOz/AADp/xoA4v/p/+z/7f/Z/+D/IADq/+n/4f/o/9b/z//b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8UAO7/8//s/+7/9/8AAAAAAAAAAAAAAAAAAAAAAADs/xQA9P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/u/+z/FADs/+z/7P/t/+7/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/y//o/9j/+v/h/yQA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/FADu//P/7P/u//f/AAAAAAAAAAAAAAAAAAAAAAAA5/8ZAAAA6v/1//r/9P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAA+v8AAAAAAAAUAPD/9f8AAAAA8f/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P/s/xQAxP/g/+7/1v/3/xUA7P/w//L/AAAAAPr/AAAUAOz/AAAUAOz/7P/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAA+v8AABQA7P8AAOz/7P/t/+z/7P8dANr/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAD6/wAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOn/6v/x/+r/6//n/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/wAAAAAAAAAA3/8aANr/AAAAAAAAAAAAAAAAAAAAAAYA7f/z/+//8f/r/wAA7P8AAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//8P8AAPf/AADs//D/GwDs//P/7//y/+z/2//s/wAAAAAAAAAAAAAAAAAAAADr/+z/7f8AABQA7f/s/+z/5P/g/9r/5P8eAOb/3v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8VAOz/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAPL/AAAAAOz/+/8AAAAAAAAAAAAAAAAAAAAABgDt//P/7//x/+v/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/h/+z/3v/s/+D/FQAAAAAAAAAAAAAAAAAAAAAA4/8VAOr/7P/r/+v/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/0//b/+j/5/8YAOn/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/xwA4//m/+f/5v/l/+b/AAAAAAAAAAAAAAAAAAAAAOv/6v/r/+v/7P/n/xUA6/8vAAAAAAAAAAAA+f/R/wAAAAAAAAAAAAAAAAAAAAAAAOz/7f8UAO3/+v/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8ZAAAA6v/1//r/9P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/s/+r/7P/m/+r/6v8WAOz/7P/2/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/xgA7v/l/+L/5P/g/+r/9P8TAAAAAAD2/wAA7v/x//r/JgAAAAAA+P8AAOX/AADr/xUA6//t/+z/7//r/+3/FADs/wAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/3v8AAAAAAAAAACcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA8//0//f/7P/s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACcA2f/o/9H/5//X/7//4f/p/xkA9/8AAOv/AADe//b/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//7P/t/xQA7P/k/yYAAAAAAAAAAADz//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7//6/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADr/+r/6f/m/+j/5f/2//L/AAD1//L/7P/z/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/xgAAAAAAPb/AADp/wAAAAAAAAAAAAAAAAAAAAAAAPX/FADz//j/9/8AAO7/7v+w//D/yv+0/8D/t/8WAMf/6v8YAND/z//T/+z/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/FAAAAPr/+P8AAPP/AAAAAAAAAAAAAAAAAAAAAAAA5//r/+3/7P/r/+//FQDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8UAAAA+v/2//r/7P8AAAAAAAAAAAAAAAAAAAAAAADq/+r/9P/5//H/7/8WAAAAFADt/wAAAAD0//L/7P/3/+z/FADs/+//7f/u/+z/7P/s/xUA7v/y/+3/8f/q/+3/AAAPAAAAAAAAAAAA9/8AAOj/FAAAABUAAAD1/+f/AADs/xQAAADw/wAAAADs/+z/FADs/wAAAAAAAAAA7/8AAOL/7//t/9v/6//s/xMA5/8AAAAAAAAAAAAAAAAAAAAA+f8VAAAAAAAAAAAA7P8AAAAAEAAAAAAAAAAAAAAAAADo/0QAAADz/8r/7/+//+f/7f8UAPP/9P/3/+z/7P/0/9f/HQDo/+v/6v/q/83/6f/l/xwA5f/k/+b/5P/k//b/AAAAAAAAAAAAAAAAAAAAAMj/PwDT/8v/0v/N/7v/zf/s/xQA7P/v/+3/7v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7//6/+3/7P/s/+z/1P80APX/+//s/9n/yv/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOv/7P/p/+v/6//r//r/7P/6/+r/8P/w/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9r/6f/o/+j/5/8dAOv/AAAAAAAAAAAAAAAAAAAAAOv/FwDu//H/7P/s/+j/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xUA6//r/+z/6//r/+v/6//t/+z/6/8UAOz/6f/s/+H/KQDW/+z/4P/o/8T/7/8UAO3/AAD1/wAA7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAD5/wAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAOz/8P/5//b/7P8UANX/7P/D/ywAAAAAAPb/AADe/wAA7v8UAPD/+P/s/+z/7P/t/+//FQDv//j/8P/u/+v/7v8AAAAAAAAAAAAAAAAAAAAA7v8VAPP/AAAAAO//7f/t//T/FADu//P/7P/u//f/AADh/zwA4v/1/8r/2f/X/+z/6P8eAOj/8P/u/+n/3f/o/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/p/+r/6v/q/+r/5P8bAO3/9v/p//b/5v/w/+z/FADs/+3/7P/v/+z/7f8AAAAAAAAAAAAAAAAAAAAA9P8TAAAAAAD2/wAA7v/x/wAAAAAAAAAAAAAAAAAAAADq/+r/4f/S/xgA0//d/+H/AAAAAAAAAAAAAAAAAAAAAAAAEgDr/+v/6v/l/9b/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA7P/s/+z/6//r/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA6v/r/+b/7P/F/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/x4A6P/w/+7/6f/d/+j/7P8UAOz/6f/q/+r/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/xsA7f/2/+n/9v/m//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA7v/0/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7//s/+3/7P8VAO//7v/s//H/6//s/wAAAAAAAAAAAAAAAAAAAADk/xsA7f/2/+n/9v/m//D/7P8UAOz/6f/q/+r/6v/q/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7//s/+3/AAAAAAAAAAAAAAAAAAAAAOz/7f/t//T/7f/s/xQA7//n/+j/GADn/+n/6P/p/+f/AAAAAAAAAAAAAAAAAAAAAOL/GgDn/+X/6f/n/+b/6v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8lAOT/2f/a/9f/3f/d/wAAAAAAAAAAAAAAAAAAAADy/+b/+f8AAAAA9f8aAPP/AAAAAAAAAAAAAAAAAAAAAOz/FADu/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA9f8eAAAAAAAAAAAA8P8AAAAAEgAAAAAAAAAAAO//9/8AAAAACgAAAAAAAAAAAAAA7P8UAAAAAAAAAOz/AADt/+D/HADi/9v/5f/j/+X/6v8AAAAAAAAAAAAAAAAAAAAA9v/t//b/6f/u/+7/FAAAAOz/FAAAAPv/AAAAAPD/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/wAA4f/x/+v/4f/l/wAAAAAAAAAAAAAAAAAAAAAAANv/JwDx/wAAAAAAAOL/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/IgAAAPL/7f/q/9//AADr/xUA7v/v/+z/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAOz/FwAAAAAAAAAAAPT/+//b/xsA6//s/+n/4//q/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7//s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA7v8AAOz/7P/s//X/+v/s/xQA7P/s/+3/FADt//r/7P/s/+7/FADs/+3/8P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADk//H/9v/3/+b/5v/p/8//0//a/9H/AADr/83/BQDv/xQA8P/t//H/7P/s//b/IQAAAOz/8//Z/+X/3//Z/+3/FAAAAOz/7P8AAOz/7P/d/+v/5//r/x4A7v/c/8X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/8f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8UAOz/7P/n/+v/FQDr/+z/7v/r/+r/7f/s/wAAFAD2/+z/9P8AAOr/5//o/xcA6v/X/+z/5v/s/+z/7P/t/xUA7P/r/+v/6P/u/+//5v/2//L/9P8OAAAAAAAAAAAAAAAAAAAAAADy/wAAAAD6/wAAFADs/wAAAAAAAAAAAADs/wAAAAAUAAAAAAAAAAAAAAAAAAAAAADo/yAA6P/s/+7/6f/Y/+z/AAAAAAAAAAAAAAAAAAAAAOr/6P/s/+n/7P/r/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAADg/+P/5P/o/xcA6P/l/+r/4//i/97/5P/e/+H/4P8kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAPj/GwD5/+f/+v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/P/9v/3/8cANL/wv/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAADgAAAPr/3v/n/+3/7P/s/+7/6P8UAAAAAAAAAAAAAAAAAAAAAADs/+v/6//q/+z/6v8UAOv/7f8AAAAA+//0/xQAAADs/xQAAAAAAAAAAADu/+z/AADn/xIA5f/N/9v/3//H/wAA7P/s/+3/7f/t/+z/FADs/9r/7P/t/+//FADu/+T/7P8AAAAAAAAAAAAAAAAAAAAA5f/v//j/7P/1/xUA6f/s/wAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FQDs/+v/6//r/+v/6//r/+r/6/8VAOv/7P/q/+j/CADp//L/8P/v/wAA5P/r/+z/7P/y/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5P/n/+n/4P/m/yAA6//W/+3/+f/5//P/+P8cAOP/6f8AAAAAAADq//P/9v/q/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/4//0/9r/0//h/9H/AAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAUAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8AACMAAADi/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/q/+z/FgDq/+b/AAD5/6//5//U/+b/4//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/6v/s/xUA6v/s/xQAAAAAAAAAAADu/+z/AADs/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//U/+f/zf8eAMz/3//r/wAAAAAAAAAAAAAAAAAAAADh/+v/6//s/xQA6//j/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P8AABQA9v/s//T/AAAAAAAAAAD5/wAA7//5/xoAAAAAAAAAAAAAAAAAAAAAAOT/AAAAAOz/6P8AAAAAEADY/9j/7f/s/+z/IQDm/+D/6P/U/9n/zf/Y/yQAzv/T/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAO//9/8AABIA3//X/+f/3f8hAN//6//G/+z/7P/t/+z/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAA7P/6/wAA7P/s/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAEwD7/wAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAPr/AAAUAOz/AAAUAPT/AAAAAAAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/xQA6//s/wAA6//s/+z/FQD2/+z/6f/s/9r/AADu/+f/6P/e/93/AAAAAAAAAAAAAAAAAAAAAAAA5v/V/+L/1P/5/9r/LADt/+z/2f8AAPD/8v8VAOH/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9/8AAOn/7f8VAPH/4P/s//r/AADs/+z/7P/t/xQA5v/o/+f/5//p/+r/6f8XAOv/5//u/+z/6//f/xcA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+//7P8UAPr/7P/s/+3/6/8VAO3/6v/r/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDu/+//7P/s/+z/6//s/+z/7P8UAO3/7P/s/+z/6f/p/+b/6v/m/9j/6f8XAOb/6//q/+j/6/8MAOv/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+z/6//s/xQA0P9MAAAA9P/y/+D/xP/q//P/5/8AAPr/7f/2//j/LQDs/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8WAOv/6v/s/+v/6v/p/wAAAAAAAAAAAAAAAAAAAADs/+3/7//t//j/7P8UAOz/5f8cAOX/5P/m/+T/5P/2/+z/7P8AAPX/FADt/+b/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA6f/s/+b/6v/p/+D/2f8ZAAAAAAAAAPH/7//m//n/AAAAAAAAAAAAAAAAAAAAAND/8//3/9n/2f8yAOD/1v8AAAAAAAAAAAAAAAAAAAAA1f/V//b/3v/l/y0A0P/e/wAAAAAAAAAAAAAAAAAAAAAUAO//AAAAAPr/8P/s//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA6/8TAPD/3f/t/+z/AADY/+z/6//r/+r/6/8VAOv/6v/r/xUA7v/v/+z/7P/s/+v/4P8mAPL/+f8AAPP/8//0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+r/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAUAOz/7P/t/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/5/+z/8/8UAOz/7v/s/+z/8v/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/7P/s/+7/7P/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P8UAOz/KwDp//T/AAD0/9T/1//Z/+z/7f/s/+7/7f/s/xQA8v8AAAAAAAAAAAAAAAAAAAAA6P/n//f/+v8AAO3/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/1f/c/+v/6//o/wcA8f/7/wAAAAD3/wAAAAANAAAA+/8AAAAA9/8AAAAADQAAAPv/AAAAAPf/AAAAAA0AAAD0/xMAAAAAAPb/AADu//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYA6P/o/+n/6//l/+j/7P8UAPb/6v/n/+z/7P/s/xQA+P8AAAAAAADs/+z/7f8UAPj/AAAAAAAA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA6//s/wsA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOv/5//v/+3/FwDs/+3/6v8AAAAAAAAAAAAAAAAAAAAA6//n/+//7f8XAOz/7f/q/wAAAAAAAAAAAAAAAAAAAADS/9X/zv/X/zEA6v+5/8n/2f/V/+D/0f8GAOr/6f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALv/s//H/8D/HgDC/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUACQDR/9f/2//S/8r/y/8AAAAAAAAAAAAAAAAAAAAA6//q/+z/7P8JAOz/7P8SAPD/AAAAAAAA8P8AAAAAGwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/GADn/+r/6v/k/+n/6/8AAAAAAAAAAAAAAAAAAAAA2f/V/9v/3P8TANr/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPn/AADv/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA9P/4/wAA7/8AAOz/7P8UAPL/AAAAAOz/+/8AAAAAAAAAAAAAAAAAAAAAAAAVAPn/+P8AAPD/8v8AAO3/7P/4/wAA7f/u/xQA7P8AABUA+f/4/wAA8P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//b/AAAAAAAA6f/5/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8f8AAAAA+f/u//j/7P/s/+z/7P/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAcAOb/6P/w/wAA2P/n/+X/7v8UAAUA7f/s/wAA7P/s//D/1v/a/9j/1/8AAOz/2P/p/+v/6//h/+z/6//r/xYA6P/Y/+T/5//t/xkA6f/o/wAAAAAAAAAAAAAAAAAAAADV/9f/1//p/+f/EQAAANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAEwDJ/wgAw//W/+H/6f/C/yUAAAAAAAAAAAAAAAAAAAAAABQA6//q/+T/6f/n/+f/AAAAAAAAAAAAAAAAAAAAAAAA7P/2/wAAAAAAAOn/+f8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/1/9j/AAAoAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAOr/AADs//D/5//e/9j/1f8UABQA7P/s/+z/7P/s/+v/7P8JAOz/7v/s/97/4f/V//j/AAAAAAAAAAAAAAAAAAAAAN//6P/q/+j/9v+s/9j/TgD6/wAAAADs//v/FAD3/+z/7P/s/+7/7P/6/+z/8v8UAAAAAAAAAAAAAAD6/wAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6v/7/+z/7f8eAOj/7P/u/+7/FQD1//P/7v/s//L/7P/u/+3/7v/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAD4/+3/7v8UAAAAAAAAAAAAAAAAAAAAAADq/xcA5P/t/+3/7P/q/+v/7P/s/+v/7P/s/xQA7P/s/+b/7f/q/wAA3P/y//P/5//5/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/u/+z/7v/s/+z/FADs/+z/7P/s/+z/7P/s/xQA1f8AAOH/6//j/yMAwf/O/+P/6f/g/+f/GwDm/93/5P/s/+X/2//o/9r/AAASAOX/FADs/+3/8P/u/+z/7P/s/+//9P8AAO3/AADt/wAAFAAAAAAAAADx/wAAEwD7/wAA4P/r/+3/7P/y/wAA3P8AAOn/6f/p/+j/7f/b/+f/GgAAAAAAAAAAAAAAAAAAAAAA6v8VAOz/6//s/+j/7P/r/+v/7P8UAOr/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//x/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADs/+3/4v/1/+P/KADk/+j/FADs/wAA9//7/+z/7//t/+3/7P8AABQA9v/s//T/AADn/+n/6//o/+v/FQDo/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAv/8bAND/5P/R/wAAw//O/wAAAAAAAAAAAAAAAAAAAADr/+v/7P/t/+v/6P8VAOv/2v/c/+v/4//q/wAA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//0/wAA7f8AAO3/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO7/AAAgAOX/6v/X/+j/2P/a/+n/2P/r/+D/4f/g/xEAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/n/+n/0v/q/+v/5/8WAAAAAAAAAAAAAAAAAAAAAADa/wAA7f/u//P/7f8UAOr/AAAAAAAAAAAAAAAAAAAAAO//7v8AAAAA9v/s/+L/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7/8AAO7/7P/s/+3/FAAPAOf/6P/o/+T/AADo/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/+z/FADs/9L/7P/s/+v/6/8JABIA0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+P/7P/h/+z/GADs/+b/AAAAAAAAAAAAAAAAAAAAAOv/8v8AAO7/AADR/+v/NQDs/xQA7P/s/+z/7P/s/+z/CgDs/+//7P/e/+H/1v/4/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/9v/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/wAA2P/h/9r/EwDf/+P/7P/s/+z/7P8UAOz/7P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/7P8AABQAAAAAAAAAAAAAAAAAAAAAABUA8P8AAPX/AAD2/+v/+P8AAAAAAAAAAAAAAAAAAAAA7v/y//n/7f8AAOz/AAAUAAAAAAAAAAAAAAAAAAAAAADg/+X/6//p/9//6f8fAOj/0f/4/9v/zv/L/xoAwP/J/+j/6//g/9n/6P8mANj/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/9X/2f/R/+D/0/8sANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/w/+7/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/9f/2f/b/wAA4f8OANP/AADb/+z/6v/s/+v/4P8UAO7/7f/4//v/7P/s/+v/FAD0/xMAAAAAAPb/AADu//H/4f/m/+z/1f8WAOn/4P/r/wAAAAAAAAAAAAAAAAAAAADr/+z/6v/r/+v/FQDo/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAA7P/t/xQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO7/AAAAAAAAAAD5/wAA7//5/xoA6//q/+v/6//s/+f/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/v/+z/7f/x/xQA7v/s/9j/1/8AANf/4f/W/wAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/AAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/+z/7P/o/+z/FADq/9n/6f/h/+f/6//V/xgA6/8AAAAAAAAAAAAAAAAAAAAA6P/t/wAA9//z/xgA7f/s/wAAAAAAAAAAAADs/wAAFAAAAAAAAADs//H/7P8AABQA7v/t//j/+//s/+z/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6//s/+v/7P/s/+z/6/8LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/6//l/+n/6/8XAOv/+//5/wAAAAAAAAAAEQD0/+z/FADs/+z/7P/s/+z/7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7v8UAPH/8//y/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+7/9P/t/xUA7P8AAAAAAAAAAAAAAAAAAAAA6f8WAOv/6v/r/+z/6v/q/+z/FADs/+n/6v/q/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/u//T/7f8VAOz/7f/u//j/AADs/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/+H/9f/f/xYA3/8AAAoAuP+4/57/1P+f//n/uv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQA3f8AAAAAAADh/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//u/+//8//y/+v/FQDt//b/HgAAAAAA+f8AAOP/AAAAAAAAAAAAAAAAAAAAAAAAFQDq/+v/6v/r/+r/7P/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8tAOz/8//0//T/z//2/+j/HADp/+v/7v/p/+H/7P/d/wAAAADo/wAAKQD3/+f/6v/s/+z/5f/s/yQA2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAAAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjAPv/4v/E/87/rv/D/8X/AAAAAAAAAAAAAAAAAAAAANr/5P/6//v/+v8AACYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/w8A0v/b//D/1//P/+n/AADZ/+z/6f/s/+r/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/IgDb/+D/5f/h/+P/3v8VAO//AAD0/wAA9P/r//b/GgDl/+b/6P/o/+f/4//o/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/0//H/7//u/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAAAAAAAPT/AAD7/+v/7P/s/+7/7P8LAO7/AAAAAAAAAAAAAAAAAAAAABQA7f/w//X/9P/v/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+L/+v/1/+z/7f8UAO7/FADs/wAA9//7/+z/7//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t/+3/7//w/xQA8P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//P/9//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+z/7P/2/xQAHQD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAAOz/2f/b/9n/2P/r//L/CgDm/+P/xf/y/+b/vP8AAAAAAAAAAAAAAAAAAAAA1P8MAAAA2P/r/9n/z/8AAOb/2v/G/+X/uv+s/wYAAADa/+z/7f/v/xQA7v/k/+z/AAAAAAAAAAAAAAAAAAAAAAgA9//P/9L/1f/q/83/8f/o//b/EQAAAOT/1v/Y/+b/vf/1/9f/6P8HANf/yP8IAO7/FADw//j/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v8AAO//8P8UAO//7P8AAAAAAAAAAAAAAAAAAAAA2P/c/ygA2//t/9j/2//r/wAAAAAAAAAAAAAAAAAAAAAUAO3/8P/1//T/7//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/0//T/5f/n/yYA9//p/+v/7P/u/+v/7f/r/+3/FQAUAO3/AAD1/wAA7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA6f/k//H/7P/q/+j/7P8UAAAAAAAAAAAA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/xP+8/8j/1f8IANP/9P8oANL/5v/P/+D/0P/c/9L/8/8WAPD/9//2//j/6v/r/wAAAAAAAAAAAAAAAAAAAAAiAMr/1//H/9L/w//i/9L/FQDr/+v/7f/s/+X/6//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAhAM7/0//y/+L/6v/n/+T/FQDs/+z/7P/t/+z/6//s/+n/6//r/+r/6f/p/xYA6/8WAOn/6v/q/+n/6P/q/+r/FQDs/+z/7P/s/+z/6//s/+z/7v/t/+7/7v/s/xQA7P8UAO3/7v/6//b/7P/m/+//FADr/+z/7P/s/+z/7P/s/xQA7P/s//b/7f/r/+r/7P8UAOz/7f/w/+7/7P/s/+z/JgDc/+L/5f/l/93/2P/y/+7/8v/5/+3/AADs/wAAFADo/xcA6f/s/+7/7f/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//t//L/9f/x//H/FADt/+z/7P/r/+7/7P/s/xQA7P/l/97/3f/V/9b/0//a/yoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANwC8/93/5f+5/+r/zP/E//v/+f8AAAAAAAAAABEA9P8AAAAAAAAAAAAAAAAAAAAA2P/Y/9//2//q/+n/JwDn/+z/AAAAAAAAAAAAABgAAADn/+T/5v/i/+n/5v8aAOb/7//v/+z/FAD5/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAABUA+f/4/wAA8P/y/wAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FQDr/+7/6//t/+n/7P/3/xIAAAAAAAAAAAD1//r/AAAAAAAAAAAAAAAAAAAAAO3/EwDf/9//3//E/8P/wP8AAAAACgAAAAAAAAAAAAAA7f8UAPP/9P/3/+z/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/7P8AAO7/7v8UAO7/AAAAAAAAAAAAAAAAAAAAAOb/5P/n/xYA5//h/+v/5P/s/+z/7P/s/+z/7P/s/xQA7P/s//P/AADs/+3/FADs/9v/6//o/+X/8//Y/y4A6v8AAAAAAAAAAAAAAAAAAAAA2//m/+H/3//k/9v/IgDk/+z/7P/t/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA9f/s/+7/7P/6/+3/FAD1/wAAAAAAAAAAAAAAAAAAAADq/+v/8P/0/+7/7f8VAAAAAAAAAAAAAAAAAAAACgAAAC4A0P/c/97/4P/b/9T/6P8AAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAAAOz/FADs/+z/7P8UAPD/AAD7/+z/+P/z/+b/zP/v//r/MQDq//H/+v/1/wAAAAAAAAAA8v8TAAAAAAAAAAAAAAAAAAAAAADr/+v/5//h/+z/6P8aAOD/7P/s/+3/7//s/+3/FADs/x0A5f/h/9//5//S/+D/5//p/+r/6//q/+z/FgDs/+j/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAADs/+3/7v/1//L/9P8UAPL/AAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAAAABAAAADs/+z/9v/s/+3/7f8UAPP/7P/s//P/AAD3//j/FAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA5//m/8n/7P/V/+b/5f/q/9z/5//f/+z/zP8XANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+r/+//s/+3/HgDo/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7//3/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/p/+X/FwDh/+v/9v8eAAAAAAD5/wAA4/8AAAAAAAAAAAAAAAAAAAAAAADv/wAAAADr//f/GADp/+r/AAAAAAAAAAAAAAAAAAAAAO//0v8AAOf/7v8/AOb/2v/t/+7/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAO3/7f/t/+z/7P8UAO3/7P/s/+z/7f/s/+z/FADs/+3/6P/s/+T/3P/e/xkA4P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAAAAPD/9P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAA7//5/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/s/+3/7//t//j/7P8UAOz/6//v//L/7f8AAAAAAADt//n/9f/u/+7/8v/o/xgAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/AAD3//f/FAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPb/+v8AAAAAAADs/wAA7P8AAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAADP/9//FAC8/9P/0v8AAML/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/8v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8hAOf/6v/u/+r/3//r/xoA7v/5/wAAAAAAAOf/AADs/+v/7P/r/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAD5//D/FADu/+r/3f/u//L/AADs/xYAAADo//j/AAAAAAAAAAAZAAAA7v/u/xUA9f/z/+7/7P/y/wAAAAAAAAAAAAAAAAAAAADs/+7/7f/u/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAAAA9P/y/+z/9/8AAAAAAAAAAAAAAAAAAAAA0v8AAAAAAAAAAAAAMAAAABAA+v8AAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAOj/7f8AAPf/8/8YAO3/7P8TAAAA7P/p/9v/2P/s/+j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/s/+P/8//p/+X/9v/m/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAAAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+j/5//n/+n/6v/p/xcAAAAAAAAAAAAAAAAAAAAAACEA7P/t/+z/7f/f/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+z/7P8UAO7/FgAAAAAAAAAAAOz/8f/2/+3/FADz//T/9//s/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/9v/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA6P/m/+3/7P/s/+z/7f/t//H/6//t/+z/7v8UAO3/7f/w/+v/7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/6/wAA7P/s/+z/7f8UAOz/7P/s/+z/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMD/xP8TAOX/w//1/8//tv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/EAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAO3/7f/x/+v/7f/s/+7/FADK/7r/xf+7/8T/IAC8//H/AAAAAAAAAAAAAAAAAAAAAO7/7f/z/+z/7f/s/+7/FAAUAOz/7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//7v8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAADz//r/AAARAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7f/w/+z/9P8UAPL/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+T/6v8aAOj/6f/g/+j/AAAAAAAAAAAAAAAAAAAAAOz/7v8AAO//8P8UAO//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/HwAAAPX/7f8AANj/9//t/xQA6f/u/+b/7P/n/+n/AAAAAAAAAAAAAAAAAAAAAOz/7v8AAAAA+//x/xQA7v8VAOz/7P/s/+z/5f/p/+z/x/8AAAAAAAAAAAAAOQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADz/wAAAAD3/+3/7P/s/xUA7P/u//b/8P/t/+v/7//4/wAA5f/s/+v/6P8JAOT/7P/r/+z/7v/0/+3/FQDs/zgA7f8AAPn/AADe/+f/AAD1/yMAAAAAAPr/AADm/wAA7f8UAPD/AAAAAO3/7f/t/wAAAAAAAAAAAAAAAAAAAAAUAO7/AAAAAAAA7P/t/+//2P/V/9j/3f/W/9j/AAAHAOz/AAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6//s/+7/7P/o/xMA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/4v/6//X/7P/t/xQA7v8AAAAAAAAAAAAAAAAAAAAA6P/5//j/AAAAAAAAGAAAABkA5f/p/+n/6//m/+n/5v8oAPn/AAAAAAAAAADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/AAAAAAAAAAD1/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9n/2f/g/+H/KADa/+3/AAAAAAAAAAAAAAAAAAAAAOv/6v/s/+z/7P/q/+z/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//b/8f8UAOn/6//s/+z/AAAAAAAAFAD4//D/8//x/xQA7v8AAAAA7P8AAAAAAAAAAAAA7P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAA0P/L/7r/AADh/xgA1P/U/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/t/+z/FADs/+v/AAAAAAAAAAAAAAAAAAAAABsA7f/t//H/+f/l/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAA8//m//f/FQDs/+v/AAAAAAAAAAAAAAAAAAAAAOX/1f/i/+n/zf8lANb/4P8AAAAAAAAAAAAAAAAAAAAA6P/u/+//5v/2//L/9P8OAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+7/FADt/+z/1v/m/+T/4v/n/yAA2f/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAADQAAAPr/7f/s/wAAAAD6/xQA7P/s//r/AAAAAPb/AAATAAAAAADs/+z/7P/r/+z/7P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+7/7//m//b/8v/0/w4A7P/u/wAA4v/v/xUA7//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//7f/w/+//FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/AADy/wAA7P8VAPf/AAAAAAAAAAAAAAAAAAAAAPD/9f8cAPX/AAD5/+n/+v/t/+//7P/t//H/FADu/+z/3v8UAO7/5//s/+T/+//l/ykA+v8AAAAAAADg//v/8/8AAAAAAAAAAAAAAAAAAAAA+P/u/wAAAAD4/wgA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAO3/FAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/+v/t//T/7P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAA9/8AAAAADQAAAOf/7v/s/+v/7//r/xUA7v8AAAAAAAAAAAAAAAAAAAAAHwDu/wAAAAAAAO7/4/8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+3/FADs/+//6//s/+//yP/q/yMAz//U/9b/2v/G/+z/7P8UAOz/8v/s/+z/7P/j/+D/HADr/97/7P/s/93/6//s/xYA6//y/+j/5//s/+T/6P8bANr/5v/V/+X/5//s/+3/FADt/wAA7P/s/+//7P/s/xQA7P/s/+v/5P/s/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/KADb/wAAAADf//j/AADt/8f/9f/p/+v/x//x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6/8UANj/7P/U/wAA3f8AAAAAAAAAAAAAAAAAAAAA7P/1//b/7P8AAOz/FAD2/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P8UAOz/4//s/+7/DwDb/97/6/8AAOz/EwDj/+f/7f/s//T/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/8v/s/+z/7P/r/+j/5/8WAOn/7P/p/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9f8AABMAAAAAAAAAAAAAAAAAAAAAAOv/2P/r/+z/AADs/+z/CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADp/+v/7P/p/+z/7P/s/wAA6v/s/+j/7P8IAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA+f/4/wAA8P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/l/9L/1f/i/9//JQDc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/3P8oANv/7f/Y/9v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/2//f/97/3v/W/yUA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/yEA5//q/+7/6v/f/+v/6//t//v/AADs/9v/7P8mAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+P/4//g/+f/3v8iAO7/AAAAAAAAAAAAAAAAAAAAANn/2f/j/+D/2P/Z/ygA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//j/+L/7P/s/xUA6f8UAOv/7P/r/+z/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/ygAAAAAAOj/6v/a/9n/7P/s/+z/7P8UAOz/7P/r/+v/7P/t/+7/6//q/+v/FgAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/6//s/+v/FQDs/+z/7f/s/+z/7P8UAOz/7P/q/+b/7//r/+r/7P/c/xoAzf/7//r/3//h/wAA3//2/+z/7P8AAPv/7f8UAOz/7P/a/9n/2//p/+j/6v/Y/x8A7P/u/+7/7P/t/xQA7P/s/+z/FAD2/+r/5//s/+z/7P/s/+v/7P/r/+z/6/8VAOz/6P/t//H/+/8AABcA7P/s/wAAAAAAAAAAAAAAAAAAAADr/xUA7P/s/+z/6//r/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/9j/7P/s/yMAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAA9v/3/+z/FADs/+z/7v/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/b//n/FAAAAAAAAAAAAOz/2//5//n/CgAAAAAAAAAAAAAAAADs/+z/7P/s/+//7P8UAO3/AAD6/wAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8QAAAAAAAAAAAA+f8AAOr/7f/y//P/7v/s/xUA7P8UAO3/AAAAAPT/8v/s//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+b/6f/o/+n/1v/l/xwA7P8AAAAA7P/s/xQA+//s/wAAAAAAAAAAAAAAAAAAAADr/xUA7v/v/+z/7P/s/+v/6f/s/+r/6P/s/+v/FQDq/+z/7P8UAOz/8v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACcA6f/s/93/9v/Y/9n/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/8P/6/+3/FADs/+r/7P8AAAAAAAAAAAAAAAAAAAAA7P8AAAAA7P/s/xQA+//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s//D/7P/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/wAA7f/g/+z/1//b/xMAAAAAAAAAAAAAAAAAAAAAAO7/7v8VAPX/8//u/+z/8v8AAAAAAAAAAAAAAAAAAAAA7f/t/+3/7P/s/xQA7f/t//P/FADu/wAA8//4/+3/8f/r/+v/9f/4//H/9/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAA2//b//D/2v/e/woA5/8AAAAAAAAAAAAAAAAAAAAAAADl/wAA9v8AACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//n//D/+P8AANf/KADc//D/AAAAAAAA8P8AAAAAGwDt/+z/AAAAAPr/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+X/6v/n/9//JwDn/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAPP/+v8AABEA7P/r/+z/7P/z/+7/FADt/wAAAAAAAAAAAAAAAAAAAADp/wAA+/8AAAAA5f8iAAAAAAAAAAAAAAAAAAAACAAAAPv/+f8AAAAAAAAAABEA9P/s/+n/6//l/+n/6/8XAOv/7P/1//b/7P8AAOz/FAD2/+r/6//q/+r/5P/U/xcA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7f/s/+z/7P/s/+z/6//t/+z/FADs/+z/7P/s/+v/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//1//j/8f/3/xUA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8hAOf/6v/u/+r/3//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v+j/6z/mv/T//v/CgDT/9//4f++//D/x/8ZAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/xQA7P/s/97/9P/0/+X/5/8mAPf/6f/n/xcA6//x//r/6v8AAO7/AAAAAAAAAAAAAAAAAAAAAN//6v/M/7X/yP/E/8T/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDW/7z/uf/E/73/q/8mAAAAAAAAAAAAAAAAAAAAAADv/9H/2v+2//L/8//I//r/AAAAAAAAAAAAAAAAAAAAAOz/7P/2/+z/FADs/+z/7P/q/+v/7//r/+n/GQDk/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o/+L/FQDv/+z/2f/j/+z/FADo/+b/7f/s/+z/7P/s/+v/7P/s/xUA6v/s/+X/AAAAAAAAAAAAAAAAAAAAAO3/7v/t/+7/+P/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//u/xQA8f/z//L/7P/0/wAAAAAAAAAAAAAAAAAAAADe/+j/5P/Z/wAA5P/i/xgA3//r/+3/5f8RAOz/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//x/xQA7v8AAAAA7P8AAOv/6//b/wAA7P8HANj/2P/s/+z/FADs//L/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOf/7P/d/+L/6//7/9f/DADj/+n/4P/n/xsA5v/d/+T/7P/s/+z/7P/v/+z/FADs/+z/7P/2/+z/FADs/+z/7P/e/+v/zv/S/wAA0f/O/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/v/+7/4v8UAPb/AAAAAAAAAAAAAAAACgAAAO3/4f/6/+3/AADs/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/v/wAAAADt/+r/6P8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/t//H/+/8AABcA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/w/wAAAAAAAPn/GQD7/wAAAAAAAAAAAAAAAAAAAAAiAOz/AAAAAAAAAAD3/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6f8AAO//AADu/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAOz/7P/s//L/9v/t/xQA7P/s/wAAAAAAAAAA7f8UAAAA7P8UAOz/7f/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/6f/X/9v/6P/b/xkA5/8UAPj/AAAAAAAA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/2//L/+f/n/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADs/+z/8P/t/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/b//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//u/wAAAAAAAOz/EwD3/wAAAAAAAAAAAAAAAAAAAAAUAO//8P8AAPf/AADs//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9P/2//o/+f/GADp/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/u/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/5P/p/9n/5v/k/9n/JwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOv/7f/s/+//6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAD3/wAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9r/5f/b/+T/4/8gAOL/1//X/9z/6P/Z/w0AAADZ/+v/5//n/+n/6f/p/xgA6f/5/xgAAAAAAPT/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/7P/s/+z/FADs/+z/7P/s/+z/FADs/+z/7P/r/yIA4//c/9j/4v/Z/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AADv//n/GgAAAAAAAAAAAAAAAAAAAAAA6//i//H/6f/u/+3/FgD2/+v/FAAAAOz/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPn/4P/S/9L/6//l/+f/3v/o/+P/5f/v/+j/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4AO3/AAD5/wAA3v/n/wAAFADs/+z/7P/w/+z/7P/s/+v/6v/k/xQA9v/s/+z/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/9P/0/+X/5/8mAPf/6f8AAAAAAAAAAAAAAAAAAAAA6v8YAOn/6P/v/+r/6P/q/+z/7P/t/+z/7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+v8AAAAA9v/1//b/FQDs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/w/+7/7P/s/+z/9/8AAPT/7P8AABUA+//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/FADt//r/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/7P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA+f/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAN7/z//U/9T/3/8iAOX/4P8AAAAAAAAAAAAAAAAAAAAA7v8AAPb/FAAAAPD/7P/w/wAA6/8UANr/7f/Z/+H/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7//s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA8P8AAPv/7P/4/+z/7P8UAPD/AAD7/+z/+P/s/+z/7P/t//L/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8UAOz/7P/s/+z/7P/u/+7/7P/t/xQA7P/s/xQA7/8AAAAA+v/w/+z/+f/s/+3/7P/u/+3/7P8UAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7v/6/+f/7f8UAOv/AAAAAAAA8f8AAPD/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/P/+T/1//m/xYA+P/N/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAA8P/6/xgAFQDs/+v/3f/r/+n/6//i/xQA7P/s/+z/7P/s/+z/7P8UAOv/7//x//H/7P/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/r/xQA7v8UAPD/+P/s/+z/7P/t/+v/+f8AAOX/8v8YAOj/6f/g/+b/6v/X/+P/KgDp/9X/AAAAAAAAAAAAAAAAAAAAAOz/7f/t/+v/7P8fANn/3P/s/+7/7v/s/+3/FADs/+z/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/W/9z/2//u/yoA1//b/+v/5//v/+3/FwDs/+3/6v8AAAAAAAD5/wAA7//5/xoA7P/s/+3/7P/s/xQA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAPX/7//u//D/FADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/AAAUAPH/9v8YAOf/8//5//n/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7f/u/+//9f8UAOz/7P/b/xcA7P/n/+X/5P/l/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApANn/6P/1/+H/2P/j/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADm/+j/8P8AANj/5//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAqf8gALz/hP+W/7T/AAA3/8L/2/+8/9H/xP8AAA0A9//g/+P/5//i/+f/HQDl/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADt/+7/7v/s/+z/6f/p/+f/6f/q/+j/4/8XAOj/5v/r/+r/6/8WAOj/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/3P/O/9f/9//Y//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOD/7P/x/+j/5v/q//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/7P/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC1/0kA1P/X/9r/4P+k/8X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+T/5//m/+r/4/8cAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8AAOn/6f/P/xgAzf/i/wAAAAAAAAAAAAAAAAAAAADs/+3/FADt/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOL/AAAAAAAAAAAAAB8AAADY/+r/6//r/+z/EQAAAOv/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+//7f/o/xYA7P/s/+z/9v/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA1v/Y/9b/1P/Q/wAA1f/Q/wAA1v/e/wAAzv/V/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xkAAAD0/wAAAADo/wAAAAAAAAAAAAAAAAAAAAAAAPr/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/f/8P/x//F/xAA5/8AAPD/7P/s/+z/7f8UANn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xUA8/8AAAAA7//t/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/6f8VANL/7f/Y/+z/w//a/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xIAAAAAAAAAAAD2//P/AAAAAAAAAAAAAAAAAAAAANv/4v/2/+f/7v8AAB4A7P8UAPb/8P/s/+3/6f/s/+z/FADr/+z/6//s/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/m/9z/IADi/+D/3P/j/wAAAAAAAAAAAAAAAAAAAADb/yIA5//K/+L/3v/l/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAOr/6f/s/+z/2f/o/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA0v/P/9j/3f/f/+D/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/xQA9/8AAPn/AADw//H/4v/j/+n/6P8AABkA6//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgDg/9j/9f/q/+r/0//Y/xwA5P/b/+z/2//m/7b/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/FgDr/+r/7P/r/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+v/7P/s/+z/7P/r/+P/5f/o/8//3v/m/+j/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/4/wAAAAAAAAAAGQAAAMP/5P/a/9T/6P8SANj/CAAUAOz/6//s/+7/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/7P/s/+v/6//s/xUA4f/d/xwA5v/O/+P/5//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6f/q/+r/4//X/+n/HgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/Z/93/8f/h/xQA2f/r/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/v/wAAAADt/+r/6P8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9P/1/8AANf/DADY/+H/7P/s/+D/7f/d/xQA5//N/+z/7P/s/+z/7//s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/IQDj/+z/2v/e/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsP/e/8z/vP/A/+r/HAC3/8//KwDb/9H/4P/P/9b/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/3//0//L/7v/i/yQA7v8AAO7/7P/s/+L/6/8UAO3/AAAAAAAA+v8AAO3/HAAAAOP/6//l/+j/6v/Y/xwA6v8AAAAAAAAAAAAAAAAAAAAA2P/d/9b/2f/k/+D/JwDa/wAAAAAAAAAAAAAAAA4AAADg/97/4f/Z/+T/3v/e/yEAAAAAAAAAAAAAAAAAAAAAAOT/5//o/+f/0//i/+D/HwDq/xUA6//r/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/wAAvv/f/+L/+f/P/8H/5v/f/+r/6f/r/9X/HgDl/+z/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+z/7v/s//r/7f8UAPL/7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAaANn/4//j/8X/7P+z/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7f/s/+3/7P8UAOz/7f/q/wAAAAAAAPD/FgD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8VAOv/7v/r/+3/6f/s/wAAAAAAAAAAAAAAAAAAAADM/9X/2v/a/9f/yv8yAOX/yP/J/+L/yf8SAMj/BwC+//D/1f/c/+v/6//o/wcA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0A7v/1/wAAAADH/9r/1/8AAAAAAAAAAAAAAAAAAAAA6P/i/+L/4v/n/+v/6P8aAM//NwDY/9b/2//b/87/xv/k/xQA3f/e/9r/AADX/8//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz/8GANj/vf/L/8T/9//4/9X/2//d/+P/1//c/ycA3f/b/9z/4f/S/+D/4/8fANf/AAAAAAAAAAAAAAAAAAAAAOb/FADp/+n/7P8AAOX/6f/m/zUA7f/X/8T/7P+r//D/3P8wAOr/1v/k/+L/zf/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwf/Y/+j/vv/W/6j/0P9RAOz/FQDs/+3/7P/t/+v/6/8AAAAAAAAAAAAAAAAAAAAAFgDs//f/7//5//D/6v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJADV/9f/3//n/9n/5v/N/8r/5P/T/ysA1P/K/9b/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf8qANz/2v/a/9T/0v/R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/s/+v/7//t/xcA8P8AAAAAAAAAAAAAAAAAAAAA7P8UAPT/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADh/+P/4v/a/+b/HwDa/+D/7P/s/+z/7f/w//X/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+r/6v/r/+v/FQDr/+H/1P8nAPv/6P/F/93/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//s/+v/6//r/+v/FgDr/+z/6//r/+z/FQDq/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/j/+T/3v/p/+j/GwDp/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6P/2/+v/7P/s/+z/FADa/9n/+v+z/8T/yP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//d/9T/4v/b/woA+P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7v/v//P/8v/r/xUA7f/5/+f/5f/g/+H/FwDn/9j/7P/q/wAA4f/2//L/2P8TAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA1v8cAOj/4v/p/+n/5v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//zv8hAMj/3//l/9//3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/9v8AANv/7f/p/wAA5f/m/+j/6v/o/+v/2/8YAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8XAOn/7P/u/+3/6v/r/+j/7//g//b/8f/h/xsA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5/8YAOv/6//g/+v/6P/Y/97/GgDm/wAA1v/u/8f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/j/+T/4//o/+H/HADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/F/8j/z//b/87/MADK/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/97/0f/e//D/6v8ZAOb/xv8UAMv/5P/T/+n/0P8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+b/6v/a//L/6v8cAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAGQDq/+b/7P/r/9z/6v/l/wAAAAAAAAAAAAAAAAAAAADk/+H/9//q/+D/6f/m/yIA5//p/yUA4f/j/9n/2P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/u/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/GAAAAAAAAAAAAO3/AAAVAOv/6//t/+z/5f/r/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/o/+z/6//p/+T/FgDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/8D/xf/Q/9T/9v8SAMD/AAAAAAAAAAAAAAAAAAAAAPj/6v8WAOz/9v/5/+7/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADi/+j/6P/q/+v/4f8bAOL/AAAAAAAAAAAAAAAAAAAAAM//2//r/+3/8P/r/xkA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7P/z//H/7//s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9v/7v/W/9f/LwDU/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+v/IQDs/+D/2f/q/wAAAAAAAAAAAAAAAAAAAADj/8f/0v/M/9P/7f8TAM3/AADk/+n/FQDr/9X/5//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s//D/7P/z/xUA7P/s/+v/2v/q/+f/AADh/w8A4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAC1/9D/AAAWAM7/wf/V/87/0P/m/9T/1//q/wAAAADU/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/4//X/8f/w/xQA7v/s/+z/FADs/+z/7P/s/+z/IQDm/+z/6//2/+n/2//c/+z/FADs/+//7f/u/+z/7P/s/xQAAAD1/+z/7/8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADw/9H/BgDE/+X/1v/Q/9T/3f8qANj/zv/i/8b/zf8AAAAAAAAAAAAAAAAAAAAAIwD5/wAAAAAAAPP/3v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAMb/pf/M/wAA0f8AAN7/AAAAAAAAAAAAAAAAAAAAANv/FwDs/+f/5f/k/+X/6v/a/ysA0f/N/9X/0P/c/9z/AAAAAAAAAAAAAAAAAAAAAOn/6f/o/+j/6/8XAOv/6f8AAAAAAAAAAAAAAAAAAAAAof/g/7D/qf+6/xEAlv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAA0AAAD6/+L/4P/o/93/6P/j/xwA4v8AAAAAAAAAAAAAAAAAAAAA1//X/+7/5v/s/ykA5P/Y/wAAAAAAAAAAAAAAAAAAAADs/+z/6//t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+v/8//x/+r/6//t/wAAAAAAAAAAAAAAAAAAAAAGAAgA9v/c/9X/6v8AAOz/AAAAAAAAAAAAAAAAAAAAANv/HADm/+b/6f/b/+P/3/8AAAAAAAAAAAAAAAAAAAAA7f/g/+n/6v8ZAOn/5//o/+//7/8UAAAA6f/c/+T/0f/k/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+r/4//q/xYA5//n/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/j/xMA6//a/+L/2P8AAOz/7P/s/+3/FADs/+v/7P8AAAAAAAAAAAAAAAAAAAAAAADa/9n/3//a/9n/AADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/93/5P/j/+b/3/8kAN7/AAAAAAAAAAAAAAAAAAAAAMv/4//a/9H/7v+4/+D/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6/8AAOr/+v/m/+v/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/t/+v/7P8UAPP/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/6//e/93/2f/b/xsA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9X/4//g//n/3//c/x8Avv/t/8n/yv/G/9D/vv8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/g/+b/3f/h/x8A4f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/k/+v/6f/k/xsA4//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/4v8UAOz/6//r/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/wAAFAAAAOz/+v8AAAAAAAAAAAAAAAAAAAAAAADr/+v/5//h/+z/6P8aAOD/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/6/8WAPj/8//5/wAA6v/q//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t//f/7P8UAO7/6v8WAOz/7v/p/+z/6v/s/wAAAAAAAAAAAAAAAAAAAADr/+v/5//r/+r/6P8XAOv/BwDQ/9P/DQDS/87/y//T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f8SAAYAy//T/9L/3//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v8AAPP/7f/v/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/u/+3/8f/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+X/5f/b/+b/5f8eAOT/AAAAAAAAAAAAAAAAAAAAANj/KQDn/9v/6f/X/9f/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7P/t/+v/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/l/+3/6//0/yYA6//5/+z/7f/t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6P/r/+v/6v/r/+r/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8UAAAAAAAAAAAA9v8AAOz/7P/s/+z/7P8UAOz/7P8PANX/5/8AANP/zP/r/73/+f8AAAAAAAD2//f/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/xQA6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+X/6//r/+r/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//p/+v/7P/q/xUA6/8AAAAAAAAAAAAAAAAAAAAAFADs/+3/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA4v/Z/9T/2v/U/+v/6v/l/+X/5v/k/+P/4//l/x4Ayv8rANf/w/8AANn/xf/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/r/+z/7P/p/wAAAAAAAAAAAAAAAAAAAADX/9f/1//J/wAA1P8AANn/AAAAAAAAAAAAAAAAAAAAAOP/FQDq/+z/6//r/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/8v/0/8xANX/yv/Q/8z/AAAAAAAAAAAAAAAAAAAAAAYAFADB/8r/mv+4/9r/uf8AAAAAAAAAAAAAAAAAAAAA6v8WAOr/6//m/+z/xf/l/wAAAAAAAAAAAAAAAAAAAADs/xUA7//u/+z/8f/r/+z/5//o/xgA5//p/+j/6f/n/+L/GgDn/+X/6f/n/+b/6v8AAAAAAAAAAAAAAAAAAAAA6/8NAOz/6v/q/+r/+f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqf+j/57/4P8AAN3/3P8JAOv/FQDu/+//7P/s/+z/6//r/+X/4v/i/+r/AAAGANv/7P8UAOz/7P/s/+z/7P/s/+v/FgDo/+j/6f/r/+X/6P8AAAAAAAAAAAAAAAAAAAAAFAD4/wAAAAAAAOz/7P/t//b/EwDv//X/7v/v//n/AADS/83/2P/Y/zAA0f/P/9v/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAPb/6P/x//D/7P/s/+7/6//q/+v/7f/u/+z/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/m/9//2/8UANr/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/xf/x/7z/wf+3/ykAuP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/0/+z/7P/t/+z/6f/r/+X/6f/r/xcA6//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOn/FgDr/+r/6//s/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8NAMD/yf/F/9b/1//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOr/6//q/+b/6//p/+r/8/8WAPD/9//2//j/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//k/+b/4v/p/+b/GgDm/+//7//s/xQA+f/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/3f8fAOT/3//l/9X/2v/e/xcA6v/q/+j/6v/k/+n/6f8AAAAAAAAAAAAAAAAAAAAA+v/1/wAAAAAAAAAA8v8TAMz/1//c/8j/1//X/ysA2f/s/+z/7f/v/+z/7f8UAOz/FADs/+//9//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/4v/r/+7/9P/w/xgA8P8AAAAAAAAAAAAAAAAAAAAAFADr/+3/7f/v/+z/6//t/+z/7P8AAPj/+f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/z/+3/9v/s/+3/GQDl/+n/6f/r/+b/6f/m/wAAAAAAAAAAAAAAAAAAAADW/+X/4//X/+j/HADb/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//X/HAD1/wAA+f/p//r/8P/T/+7/+v/2/xMA6f/s/xQA7P/s/+z/7P/s/+v/7P/s/+z/FADs/+z/7P/s/+z/2v/W/y4A2v/m/9H/0v/X/+P/4P8cAOv/3v/s/+z/3f8AAAAAAAAAAAAAAAAAAAAA2v8GANj/1P8AAAAAyv8AAOz/7P/s/+z/7P/s/+z/FADd/+r/5//l/+r/5/8YAOv/1P/D/9n/5//s/9v/+f8mAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/k/+z/7P/l/+v/7P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAOz/7P8UAPv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/+r/6f/r/+n/6v8WAPv/AAAAAPf/AAAAAA0AAADr/+f/5//p/+n/6f8YAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAD0/+X/9P/Z/9z/xv/E/wAAAAAAAAAAAAAAAAAAAADe/8//1P/U/9//IgDl/+D/7P/s/+z/7f/y/+3/FADs/+z/7P/t/xQA7P/s/+z/7P8OAOP/6//Y/+j/AADX/+P/2f/Y/9z/2f/Y/w0A3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//0/wAA3v/n/7f/AADf/8//2P8LANv/wP+//+f/8P/r//L/7P/s/+j/AADo/xIA7P/b/+z/6P8AABQA9P8AAPH/7P/x/+z/7f8UAAAA7f8XAOn/5P/x/+z/6v/o/+z/yv8AAOT/1/8UANT/2P/1/97/3//a/9b/3f/r/9f/IgDG/xgAtP/K/8T/6//F/yIAy//g/9b/3P/g/yEA6P/k/+n/8v/b/+b/2f8KAOb/8v8AAMz/3//Q/+b/EgDw/+3/+/8VAPf/AAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/s/9f/4f/Y/93/2P8LAAAACwDY/wAA2P/e/9z/3v/a//j/3v/c/+D/uv8VAND/7f/6/63/r/+e/5v/6v8OANX/8v8cAAAAwP/W/7P/xf+1/wcA8//D/9P/0P/u/+H/AADO/zAAvv/A/8j/AAC8/8z/3v/q/+v/6f8UAOf/7P8AAOf/6//r/+v/7P/q/xYA6v/W/8//LgDn/9v/AADP/7j/6f/q/xsA2//B/+n/0P/d/+z/7P8UAOz/7P/s/+z/7P+6/93/vf/G/83/5P/X/y0AFADs/+z/7P/t/+z/7P/s/8v/CADM/9f/7f/6/77/EQCw/wAAxf/y/+D/AADW/wAAw//A/+X/2f/E/xMAGADr/8v/0v8AACMA0v+3/+L/y//Y/93/8P/U/97/JwDg/9n/1v/d/9//1v/e/ycA7v/Y/wcA7f/i/9n/0P8AAMr/1/8UAN7/8//p/97/CADs/+j/7P/5/wAA9P8AAOz/FAD7/+n/+v8AAAAAAADx/xcA8P/s/+r/7P/s/+z/7P8UAOv/AAAbANv/1/+3/67/z/8LANf/4P/c/+n/6P8SAAgAzP8PAMz/2v8WANj/zv/m/9z/q/8XALj/s//c/+L/7v+v/xQAAAD2/+//AADs/+z/7P/i/+j/6P/q/+v/4f8bAOL/2f8AAOz/2f/e/+H/2v8TAOz/7P/t//T/7f/s/xQA7P/X/8b/6P/G/+n/9v8SALf/t/++/7H/NACw/+H/wf/1/wAA5v/X/9z/1/8NAOv/u//t/wAAAAAAAAAAFwAAAAAA9/+P/+b/w/+i/wAADQDG/xQA2f/n/9r/5v/Y/+z/CQAmAN7/yv/F/9D/3//X/9f/+P8LANr/yf/M/wAAyf/X//P/yf/T/9L/5f8AANX/7f/q/+f/6P8XAOr/1//s/+b/3f81AMn/yv/Y/9n/xP/W/wAA7P/n/+z/2f8LAOb/2f/p/wAA6//s/9L/6//i/w0A6f/l/ygA5//q/+D/3v/Y/+v/7P/u/+v/7f/r/+3/FQC2/xAA9P+n/8f/pv8RAOP/CADL/9D/0//a/wAA1//i/wwAxv/b/9L/7f/x/9//4/8AAOz/4//s/+v/FADZ/+n/5f/s/+z/6P/t/xYA5P/s/yEA1//c/93/5//s/9r/7P/r/xQA7P/s/+//7P/u/+z/7P/t/+//9//z//b/FAD0/77/xP/t/8n/1/8WAMP/+P/M/xAAyP/O/+P/GADI/8f/1v/o/8//pv+y/+3/AADp/xUAAAAAAAAAAADs/+v/7f/j/zMAyf/V/9r/0//W/8D/1/8nAMT/2P/Q/+f/4//U/8n/LwDD/+L/4P/o/8r/x//P/0sA1//A/8X/r/+//87/JADk/+f/6//r/9n/CADJ/xQA7P/s/+z/7P/s/+r/7v8kAAAAAAAAAAAA9//a/wAAEwDm/+z/7P/s/+z/AADu/+z/9P8AAPr/7f/u/xQA7//k/wcA5v/s/+P/9P/N/97/4/8mAKn/6P+7/+v/xv/u/+n/AADd/+X/4v/Y/xIA2P+m/9H/PAC6/67/0/+Z/xUAGwDi/+r/4v/p/+r/4//r/+z/7f/s/+3/7f/s/+z/FADz/8L/7v/F/+v/wf/t/x4A6f/l/ygA5//q/+D/3v/Y/+r/AADs/9z/7v/s/xMA6//Y/wAA2v/e/+b/3f8AAOn/6//i/wAA6//V/9f/DwAAAOv/6//u/+v/AADo/+z/AADa/+n/u//k//r/9P/F//D/6//y/+z/7P/o/wAA6P8SANj/6//s/9v/7f8OABQA6v/I/8f/2v8LAMn/2P/Y/wsA7P/s/+z/2//t/xUA6//i/+v/7P/t/+//8//t/xUA8P+//xUAwf/g/9L/zf/Y/wwAy/8wAMj/3//X/87/xP/T/9H/1f/V/9D/1f8HAAAAzP/Q/83/1/8FAOf/5//r/wAAFADs//b/8f/v//j/zP/Y//L/qf/F/6n/3v/0/xIA1/8AAAgAxP/D/7r/wf+3/8f/NwDR/9H/3P/S/9b/0P/J/+H/5v/Y/+v/7P8OAAAA2v8AACIAtf+k/7f/yv/2/+D/+v/Q/73/5P8fAA4A1f+//93/AADW/+r/HQDg/73/vP/L/7j/xf/l/yQAzf8iAM3/6v/a/+n/6P/o/+f/HQDr/+z/7P8AAOz/9P/q/+z/FADZ/xMA2f/o/+z/7P8AAOz/+P/w/wAAAAAAAPn/GQD7/9P/6//s/+//8/8HAOz/AADq/4X/rv+r/wYA+v8AAOT/zf/U/xAA6P/Z//H/BgDr/+b/AAAAAPL/AADo/xoAAAAUAO3/AAAAAAAA7P/k/+7/0//W/9j/0v/R/wAACwDX/9b/xP/J/9j/0P/S/zYA3f/s/+z/7P/s/+H/7P8UAOz/CgDl/8v/2P/Q/8z/7f/C/9j/4v/s/+z/6//s/wAAFADs/xMAy//i/+f/5P/Y/xMA7P/s/wAAAAAAABQA9//w/+T/6P/r/+z/2//1/xQA1//s/+z/6//s/+z/2P/s/xoAw/8NAAAAz//a/wAAz//l/wAAEADW/9j/6//W/9j/5P/F/87/6v/t//D/6P8eAOL/7P/q/xUA6v/q/93/6//a/8f/zf/X/yoAvf/J/8v/BwAfAMz/v/+S//H/xv+5/+z/7//s/+z/7P/t/xQA7f/n/87/zv+x/9T/5v/C/8b/NQAAANn/2P8GANn/4v/X/9j/9f/m/9P/AADS/wAA6f+r/9n/w//r/+v/5/8qANP/6/8IAOv/7v/s/+v/BwDW/9z/AAAHAN//0//H//n/zf/C/8r/5//z/xcAzP/l/8j/BgAAABYAAAAAAAAAAAAAAAAAEQDl/63/wP8AAPD/xv+M/7z/qf/h/2z/i/8aAOH/AAAAANj/2f/a/93/xv8RAN//AAAAANj/2v/5/73/w/8TAL//o/8QAO7/ov/i/9T/GgDr/+z/7f/v//P/7f8VAPD/7v/p/+z/9/8AAPX/GAD4/xQA7f/s//j/9v/y/+z/9P/a/+v/z//o/9j/0f8cAOf/3//s/+z/7f/u/+f/GwDl/+v/8v/s/+z/6P8AAOj/EgAgALX/qP/A/8L/EQDF/8D/7P8WAOT/zv/k/+b/2//y/yMA1//Z/9f/2//p/9f/0//p/wAAAACx/7b/uf/Z/6//yf8XAAcAyf/p/+f/wf/C/xIAs//c/7H/sv8AAKX/4f/f/+T/x//r/+z/6v/a/xgA6//s/+v/6v8GAOz/6v8AAEYAAADM/8f/3P+r/9L/w//m//X/AADs/wAA6f8ZAPb/tf+n/+b/IADT/w4Azf/L/+b/FgDX/7z/yP+j/wAA6f/s/xQA7P/v/+3/7v/s/+3/6f/s/+f/5v/b/+X/FwDR//P/LQAAAAAAAAAAANX/AADo/xMA6//d/+v/6P/V/wAAsv/M/7H/tv+r/wgA7v8qAA0A6f/G/93/p/+7/8j/6P/g/+H/xf/X/8L/CwD6/+f/1v/d/9//1v/e/ycA7v/Y/93/4//p/+j/2v/u/+T/IgDg/+r/DwDN/+H/2f8AAM7/9v8gAAAAAAAAAAAA8P8AANj/HADj/9T/5f/Q/wAA1v/F/8f/z//J/9T/JwDv/9j/5f/1/93/yf8AANT/EgDT/9L/2P/c/9j/2P/m/+b/JgAMAM3/zf/D/87/1/8AAMn/1f/E/+b/1f/S/wsADADE/9n/9P/s/9//9P8qANH/4/+z/57/2v8mAAAAzP8AAH3/xf/C/7//0v/X/8H/QQDE/9n/6f/T/8z/tf+3/zIAxf8AAMn/+//x/+L/1v/4/9X/0/8IANj/2f/x/xUAxP/g/+z/6//r/+v/7P/r/xUA6//h/xYA0//Z/9n/+P/Z/+v/3//3/7D/uf8VAMr/tf/v/9f/2//o/+z/AADr/9j/DgDI/+j/5P/q/+z/BwDY/xQAAAC0/8X/1//s/9f/CQATAMT/0//n/8H/5P82ANb/tv/X/yYA+v/q/9L/6//Y/8z/0P/U/9r/AAD1/+j/6/8AAPj/6f/N/8r/AADm/wAA1v/Q/9T/2v8AAPT/6P/r/wAA2f8mAOj/6//l/8T/6f/s/+//xP/J/83/0f/L/ycADADg/ycA6P/s/+v/6//b/+T/DgC7/9//3P/d/8z/9v/L/9j/1v/W/9D/z//b/yUA6P/o/9//7P/m/+z/EwAMAAAA5/8AAAAA6v8AANr/AAAoAOP/AAAAAAAAAAAAAB4AAADh/7P/0P+0/7n/zv8dAA4ADgDf/+T/1f/U/w8A2f/S/9j/0v/d/8b/5v/4/yEA2P8hAOr/6f/s/+z/2f/o/+b/5f/s/+z/6P/t/xYA5P/s/+P/l/+//9//uv/6/woA4f/t/xQA7f/s/+z/7//s/+3/+v/r/+v/3P/r/wgA1f/X/8j/7f/7/wAA9f/s/wAAFADs/xQA7P/v/+3/7v/s/+3/6//V/+v/6f/p/9z/FwDw/+j/2P/f/+P/4v/T/x4A2f/Q//r/t//G/8b/BgAGAOT/CADi/8n/2//V/9D/AADW/8X/2P/V/+//1//X/zoA2P/e/9T/7P/Y/+H/8f/Y//P/7P/s/+3/7f/t/+z/FADs/+z/+v8AAAAAAADs/xQAAAAAAOD/pf/O/wcAzv+3/wAA4v/Z/8D/xv/J/w0AAADz/8b/AADY/9z/4v+z/w0A+P/0/+T/FwDY/+D/+P/e/+P/2v/u/+j/7P8UAOz/DADm/8j/2P/I/8j/3P8bAM//7v/c/9n/1//X/+f/KgDf/9z/DQDh/9X/3v/O/9L/0/8OAFEAkP/b/9r/uv/u/8b/yf8jANb/4v/i/9n/sP/o/+f/MADS/6L/pf/Z/7z/z//s/ycA1v/O/8v/x//R/wkA0//A//H/zf++/8D/3P/T/zIA7v/a/+P/6f8RANr/zv8AAN3/1f/y/wAA7f/n/ykAAADG/9j/xv+9/8b/6f8qAMP/7f/t/wAA7P/t/xQA7P/t/9T/1//m/7r/5/8qAN7/4P/Y/wAA5P/r/+v/9v8AABQA0//X/xMA4//H/7v/y//4/9j/4/8VAOv/6//r//r/7P8UALn/2v+7/9T/xv/j//T/zf/o/8H/6P8QAAAA1v/i/9T/6v/6/+z/AAAsAAAA7P/R/8X/xP/A/8//LQDE/+v/sP+z/7b/tf/r/6X/r/9DANH/2f/f/+D/1v/V/9j/LgDR/9n/3//g/9b/1f/Y/y4Azf/E/+r/0//A/7L/1/9NAOz/7P/o/+z/9v/a/+z/FQC4/7P/JwDK/9z/xf/T/+D/JgDh/9z/yf/d//v/5v/M/xQAAADo/+v/3//m/9j/2P/Z/wAA6v/s/+j/3P8TAOn/w//V/9j/1v/X/wAA6v8AAMn/LwDQ/93/6f/E/9T/3v/W/9n/5v8AAOD/6v8XAM7/6//s/+z/9P/z/xQA7P/q//b/5P/Y/+P/AADP/w8Avv/Z/9v/3//O/9z/BQDY/wAALwDq/8L/v//Z/8r/yP/N/+z/8f/w//b/9f/t/xQA7f/L/77/0P/M/wAACQDl/9H/7P/p/xUA6v/r/93/6//a/8r/z//N/zEAzv+3/9H/xf/0/+n/zP/O/9b/CwAAAK7/3f/b/+L/4v/W/8j/2f87AO3/7P/s/+3/9f/s/xQA7f/b/7H/f/8GAOT/0v91/yQADQAAANj/4P/e/+H/2P/Y/9r/+f/q/9//6P/I/w4A6/8UAAcAyf/J/8f/5f/X/9f/6//s/+r/6//r/xUA6P/r/wAA8/+0/8D/8//L//b/y//X/w8A0//O/7z/0v/Q/woA7P/Z/+v/7P8AAOz/7P8IANv/3/8fAOv/6v/a/+b/2/+c/8v/DwAAAMr/AAC6/xcAFADY/+X/5/8AAOf/6//Y/8v/CgDA/87/3f/D/wUA4P/Y//v/7f/2/+7/FQDr//T/yf/R/xkA5//j/w8A5//f/+X/4/8dAOn/3v/k/9T/2/8AABMA6//s/+v/2v/m/9//+f/p/+P/4//Z/x0A0v/h/9z/AADq/+r/1v/m/xIAyP/G/8//0P/W/9f/0f/t/y8AAADP/9L/1f/P/w4A1P+j/+b/6//q/+v/3P/m/xQABQDH/9f/2f/s/+//2v80ANr/7P/r/+v/6//s/+z/FQDs/+n/5f8pAOf/6v/e/9z/2P/k/wAA7f/s/+z/7P/o/xQA5/8oAOD/7//c/7X/5//r/9H/5P/n/+7/7f/q/x4A7//p/+z/6//q/+z/6f8VAOz/6//y/+z/7P/o/wAA6P8SACcA6//s/+n/4//h/9v/1/8PANj/3//U/93/6P/5/8T/1v8OANz/s//R/6b/9f/e/+7/FADv//P/7v/z/+r/7f8AAPT/AAAAAAAAAAAaAAAA5//d/xYA2//V/xIA3v/L/+b/7P8UAOj/yf8QAMj/yP8QAMz/zv/U/9P/+f/p/8f/6f/h/+r/9v/u/9//GQDo/9r/KwDY/9//4//c/9f/7//g/8r/2//c/9v/2P8qANb/v//y/8n/4//Q/y0A0//g/9T/JADc/+T/5f/c/+P/6f+s/wkAz//5/wAA8P8IAMr/0v/K/8b/7P/H/xQA9v/q//v/AAAAANz/AAAOAAgA6//k/yYAAAAAAAAAAADz//H/4v/P/9n/NQC7/9X/zf/l/+r/AADs/w0A7P/s/9b/2f/o/+//4P/2//H/4f8bAO3/vP+Q//H/AADM/zsAt/+W/6X/gf/1//P/jv8uAJD/pf+v/6//zf+1/8b/WgCz/8L/3v/A/+L/AADz/9j/+P/N/83/v//h/8b/AADc/7//AADp/wAA6P8XAOv/2P/k/+v/7f8FAPP/7v/r/9z/AADs/+f/7P8AAOb/7P/4/wYA1//u/9b/2P/S/8z/9v8AAOj/7P/s/+z/7P/h/+z/FADs/+z/6P/3/+f/EwDv/9z/xv/I/9X/2P++/8n/1f8wANX/7P/s/+//8f/u/+z/FADt/9r/AAAAAN3/3v/c/9n/1//e/9//6f/i/9H/BgDy/8f/CQDJ/8//2/8RAPr/4v+3/+n/+f/X/9f/4P/i/xUA3P/a/9f/6v/Z/+v/FQAAAOr/5f/q//X/7f/t/9//JQDs/9//4//n/+r/6P/p/yAA6f/m/9L/6f/K/+r/1f+1/yoAFQAAAAAAAAAAAOz/6//t/9H/1v/g/93/9v/3/7P/JgDp/9//BQDp/+X/DgDe/+f/7P/t/+z/8f/t/9j/FAAAAOD/GADp/+v/7f/d/+z/6v8fALb/pv+c/6b/6/+1/+3/HQDr/9H/z//i/8f/vP8SAOj/7P8UAOz/7P/p//b/6f/Y/93/4f/W/97/JwDy/9j/CwDf/93/zv/r/wAA9//a/xkAt//N/83/5f/6//j/pP/t/7v/xP/P/9H/zP/r/woA1//Z/+z/7P8AAOz/DwDY/+D/wv/A/+L/HgDL//H/AADW/9j/1//X/9n/1f8pANj/5P/P/+3/1//F/9n/GQDa/xQA2//b/9j/6v/s/wAA6v/q/9//AADp/9P/+v8AAN3/FADs/+z/7P/s/+z/6v/t/wAA7P8UAOz/AADn/9r/2f/o/+v/4v/j/9b/IgDZ/+f/CwDX/+T/4v/l/+z/CADT/+n/7P/r/+r/7P/p/xUA7P/k/7D/AAC4/6//AAC8/xEAzv/P/87/0P/V/y4A4//N/8v/2f/m/+D/DQAAANP/+P/R/9n/3//g/9b/1f/Y/y4A8v/2/wAA3//f/wAA5/8AAOz/6v/0//H/+f/r/xQA7f/n/+L/7f/o/wYA2f/p/wcA0f/V/9P/1//Y/+H/LwDb/+z/7P/t/+z/7v/s/xQA7f/s/+z/7f/s/+7/7P8UAO3/t/8PANz/3P/n/9r/DgDe/9v/IQDl/9T/4P/R/8//5P/M/zgA1P/w//H/4//K/9r/BwD4/8X/xP+8/+b/3v/G/8r/2P/M/+T/p//I/+7/5f/s//j/7v8AAPn/7f8VAAAA6//y/+z/7P/o/wAA6P8SANr/5/+//8L/w/8UAAAAxf/r/+z/7P/t/+z/6/8VAOz/4v+2/9L/uv/x/7z/JQC+/+3/9f/2//P/AAASAAAA6//s/+z/7P/s/+z/7P/s/xQAJwDX/9f/0v/n/wAA1//N/xYAw//m/+z/2v/H/w8A4v/V/ysA2v/m/9n/5f/U/+T/BgDr/+f/7v/y/9n/AADs//D/7v/n//j/5v8nAOf/6//o/+v/7P8XAOz/3P/q/+j/AADr/+v/5//i/+D/2f8TAO7/GADf/+f/y//f/wAAzP8SAMj/+v/a/83/DAC0/9f/5P/C/8T/1P/b/wAAEQDu/+z/7P/t/+3/7f/s/xQA7P/0//D/yP/S/9H/w/8JANr/z//N/+r/9P/q/8z/QQDP/+z/7v/q/+z/FADs/+j/7P/c/9n/1//X/+f/KgDf/9z/7P/s/+3/9P/t/+z/FADs/+z/7P/t//T/7f/s/xQA7P/r/+v/5//h/+z/6f8aAOD/DADT/+b/4//o/wAA2f/U/9r/3/8AANf/yf8PAPr/yP+p/7T/3P+7/73/RQC9/8f/7f/h/+v/7P/S//f/AADo//b/JAAAAAAAAAAAANz/9v/V/ysA4//Z/+b/1//W/97/2P8wAPT/xv/b/8//uv+p/9j/JgDs/+v/7P/s/+D/2P8sAN7/1f/l/9j/2//A//X/5v8AAAAA8v8AAOj/GgAAANT/6f/Y/w4A6f/D/9v/HAAAAOr/DwCX/97/4//A/8b/4/8TAO3/6//v/+b/CwDa/+r/AADa/8f/wf/M/yUA4/8aAOv/6f/p/+b/3P/o/+v/5P/H/+b/6//5/xUAHwDr/+//6/8AAAAAAADy/xYAAADs/+3/7//3//P/9v8UAPT/+P8kAAAAAAD6/+r/6//f/+L/3//Y/9//z//Q/+D/LgDr/9n/6v/i/+P/7P8AABQAwf/g/9r/2P/Y/+j/CAASANj/AADZ/+n/FADi/9j/2P8GABEA6v/s/+j/1v/n/9L/1//N/9j/7P/Q/8r/FQDK/xsA3f/W/7L/o//g/8z/9//6/9j/w//X/7f/EwD2/83/4f/1/+P/z/8eAOP/2P/T/+//3//a/9H/1f/p//v/AADK/wAA4f/i/9z/7P8AAPL/6v/q/+v/FQDr/+v/5f/p/xQA6//T/9f/2P/g/wAA1//n/87/7f/s//T/8v8UAOP/xv/5/9b/2//W/yUAz//W/wAAzv8AANf/4f/p//L/8/8FAOH/3//D/8H/3v+0/+3/9f/4/6r/r/8AAPX/9//d/9n/3v8UAOj/7f/z/wAA0v8dANf/4//f/9j/8v/U/7//9f/Q/+X/5P/b/9P/yv8oAAAAEQAAAPr/7P8SAOD/4f/d/93/kP8WAPX/1P/V/+f/6P/Q/9L/1f/c/+3/AADw/93/NQDJ/8r/2P/Z/8T/1v/R/zwAuv/X/8v/3v+8/83/2P8ZAOn/6P/q/+X/6//f/97/RgCo/8L/t/+8/8z/ov/X/97/FADq/+n/8f/r/+f/4//q/+T/FADq//b/6v/d/yMA7P/r/+D/7v/Z/9v/6f/u/+r/1f/W/9f/0v8WANb/1v8XAOz/7P/r/9//AADr/8n/x//V/x0A1P/p/+b/0f/r/+v/6//p/+r/7f8UAOz/DwDk/+3/7P/s/wAAz//d/+z/1v/f//L/4v/b/x0A7f/t/+3/7v/s//P/FADs/+3/BwDu/6v/yP+6/+b/7v9y/+X/6v/s/+7/7P/m/xoA7v/Q/xsA2f/6/+H/6f/N//r/CQArAHT/mv/M/8z/qv/q/87/HADX/+j/AADd/9X/2P/X/+D/3v/f/xQA4f8WAMv/6P8aAN7/nf+h/8T/DwC3/8//KgC7/9D/q/+//9r/tv/G/wAA7f/g/8X/xP/z//L/7P/t/+z/FADt/+z/7P/s/+j/6//s/xcA7P/c/+r/6P/r/+z/7f/u/+v/6v/r/xYACwCv/9D/q//G/+D/5P/7/xQA9P/x/+z/7v/p/+z/7P/J//b/6//k/+b/5/8ZANr/vP8dALr/8//D/7X/zf+7/xYA7P/3/+//+f/w/+r/+P8AANj/+P/g//D/FADW/+z/vP/x/8f/xf+o/+b/wf8aAO7/BgDr/9r/1f/h/xIA6v/i/+f/2P8JAOz/3v+3/8n/yP/s/+z/FADr/wsA2P/r/6b/wf+C/wAAzv/c/ycA7//q/xAA8P8AANv/7P/h/9j/0P8hAMH/7//S/+v/1P8RAPH/3v+f/83/3/8iALf/wf/Z/+r/1f/G/9v/4v8SAAAAwf/G/+P/5/88AML/0//r/+j/5v/W/8D/FQAAAKn/sf/m/9z/AADp/+r/FADZ//n/8//P/8//1v/l/9b/EwDH/wAA0v8JAL3/0f+l/xIAyP/r/+X/7P/s/+r/6/8YAOP/yf/N/ygA3v/d/87/7f/X//v/FQD3/wAAAAAAAAAAAADE//r/zv/U/9b/zf8VANX/+/8VAPf/AAAAAAAAAAAAANj/2f8AAPT/7f8AAAAA2v/a/x0AAADo/+z/4f8OAPT/+v/z/wAAAAApAAAA8v/l/+T/+P/l/93/z/8OAMP/zP/F/9P/EADJ/8T/4/8bANX/8P/I/+//AADr/8P/OADp/+z/7f/t/+z/7P8UAOv/7P/I/9H/0//G/+3/1P88AN7/AAD2/6r/7P/L/93/+/+u/+X/y//X/+z/x//W/y8A5v/f/6//BwDC//j/+P/M/wAA5v/d/9f/AADb/9v/EgDY/9f/4//V/9r/7v8AANX/EgDr/+D/5v/h/+n/6/8aAOr/9P+z/9//wf/Q/73/NwC7/8D/2v/T/+j/6v/a/ykA0P/s/+z/7P/s/+z/7P8UAOv/tv/j/9//z//d/87/NwDg/+3/7P/s/+3/9f/s/xQA7f+1/5r/EwD0/4//CADW/5L/FADt/+L/y//e/+z/7P/p/wAA3f/q/+r/7/8RANT/3f8AAM//5v+2/7b/JAC1/7//7P/o/+r/5P/u/x8A2P/m/wAAEgDL/9H/5//n/9f/5f8AAMX/zP/l/9H/9P8AANv/7P8UAAAA7P/t/+z/7P/s/+z/7P/u/93/6//e/xYA7P+m//L/DgAAAAAA8v+y/87/GAD1/wAAAAAAAOn/FgDl/wsA6v/e/+n/2//q/8//AADC/8z/AADT/93/7P/m//n/0f/c/wAA3P/p/xcA0f/n/9L/0v/w/9n/5v/s/+z/FADl/9X/7f/p/9//GADN/77/6f8AANb/0P8AAAkABwDV/9L/xP/S/7//1P/Q/zMA1f/p/87/sv/R/8L/CQAAAOH/6//s/8z/6//0/9n/7P8WAPj/6v8WAO3/8v/h/+j/4f8UAO3/7P/z//H/7//s//D/AADn/+b/7P/u/woAyv/s/9f/vP+c/+r/AAAAAND/6f/r/8b/5/8IAJj/EwDQ/8P/v//n/8H/yv/r/9b/6P8bAM3/GgATAN7/1f/q/+j/2//7/xEA5f/g/9j/yf/T//j/2v/r/8//6P/Y/9H/HADn/xQAAAD0/+z/7//q/+z/7P/f/+P/5//q/+j/6f8gAOn/AADh/+D/uv/r/wwAyP+n/+P/1f/Z/+r/3f8IAOb/9P/o/8b/IgDM/+T/EgDW/9z/AADy/wAA9P8AAOX/DQAAAAAA4v8KAN//7v/h//T/1/8AAAAAAADv/wAA9v8AABoAw//z/8D/t/80AJv/vv/F/wAAAADX/+b/6P/5/8n/5f/r/+z/7f/r/+v/6//s/xUA0//F/9X/6f/M//X/GQD4/wAA2f/V/+P/4f8AAM7/1v/r/+z/6v/r/+v/FQDo/+v/2P/Y/x8A2P/w/+v/2f/b/93/1f/y/wAA7f/n/ykAAAAMAAAA6P/j/+r/4f/f/93/6//I/7X/xP/l/8//KADE/wAA1v/V/9T/5P/U/wkA1P8AAOP/6//q/xQA6f/Y/wAAy/+8/ykAuf/d/9r/zP8AAOj/3v/t//P/+v/Y/+j/JQAUANT/0P/H/+n/CwDh/9X/FQDg/+L/6f/T/+v/6P/e/93/AADS/9v/1v/U/xQAyP/n/+b/9f8AAOv/AADa/9z/AAAXAPH/AADw/wAA8v/w/yEAzP/l/8//7v/S/+f/3P/C/7z/zv8KAAoA7//D//H/DQDf/9f/2P/R/wAAyP/X/8T/1P8TANP/z//X/+v/AADu/wAA7f/2/+3/IwDZ/8X/AAAAAAAAAAAAACwAAADa/+//1v8HAPT/z//m/+3/AADH/83/y/8zANT/zP/V/8//2P8LAN7/1//k//X/1P/c/9//EADK/+b/x//T//b/1v8AABwAAAD1//n/9//s/wAA8P+//8r/1P/R/73/KQDG/9v/6P8HANz/5/8AAOL/2P/s/+z/6//s/+z/FQDr/+j/0//F/y0Az//U/8X/4//W/+X/7P/s/+j/7f8WAOT/7P8kANn/2v/j/+L/1//f/+n/z//x/+P/9P/t/+n/xf/m/5b/nf+e/+X/lP+2/y0Aof8AANv/8//t/97/1//K/yMA1P8AANX/4v/s/+T/8//h/+j/7//g//b/8f/h/xsA7f86AMb/vv/A/8z/3P/U/83/3f+t/7v/vf/K/9D/GgD3/wAA0/8HANT/5f/B//r/BgC8/8j/HwAAAPP/kP/E/xQA1v/r/9b/2v/Z/xIA3v/s/+7/9f/e/wAA0v/X/8H/vv/4//D/AAAAAAAA+f8ZAPv/+P/w/wAAAAAAAPn/GQD7/+f/2//s/9f/6v8KAAAA2P+0/7j/rP8FAPP/6v8RAJL/1v8nAML/1//O/+f/4//T/9X/2P8jANr/7P/p/9z/7/8AAOb/4v8UAPX/7P/a/+j/CADc/7b/s/+6//D/0f/s/9L/6v8eAAAA1v/U/9H/6f/b/9X/4//i/wcA5P/4/wAA3P/W/wAAzf/N/wAABgDH/93/wP+n/6j/yv/s/w4Awf/2/9P/zf/f/+b/DAAAAOr/6f/o/+T/2P/i/+z/GADo/+P/6v+N/+P/jf/u/7r/6f/C/xsA3f/d/9r/5//q/+T/JQDX/8D/1f/h/+n/1v8RAPn/6//4/+z/7f8UAOv/7P/l/+z/7P/o/+3/FgDk/+z/1f/q/+z/5v/0/yEA6//v/9f/v//m/9L/3v/V/yAA6v/s/+z/7P/v/wAA7P8UAOz/2/8RANn/2v/b/9r/2P8AAAAA1f+6/+H/u//2/93/8v/W/9n/9v/s/+f/1//t/ykA8//n/9//n/+3/83/0v/5/9P/5f/Q/yAA1f8WAMX/vv/F//r/2P/Y/93/tv8MANf/6//s/+v/6//s/+r/FQDs/+z/AADr/93/6//l/xMA7f8MANv/1v/E/+D/0/8AAOT/2P8KAN3/2//V/9T/9P/e/+7/vP/G/8j/nP8OAPH/8P/Y/9j/2P/S/+D/3f8oANf/3f/H//T/2f/b/wsAwP/5/6T/n/+f/7//5v9AAM//r//W/9L/5v/J/+P/yP8pAOr/x//W/+v/3P/e/xcABwDT/8v/yP/O/8r/z//Q/zIA2v/s/+z/7P/s/+z/7P/s/xQAPwDB/9H/y//P/7X/xv/S/wAAAADV/9//vf/Q/9H/DwAAANb/1//c/9v/6P/Y/wAA3//E//j/sf+7/wwA9f/a/xcA2f/Z/9n/2P/2/9j/1v/r/+z/6//q/wYA7P/q/wAACADh/+f/yv/c/9P/+/8AAOv/1//X/+X/2f/s/wAAFADb/+b/AADs/+j/AADD/wAA5v/A/9f/vf+z/97/GQDs/9X/of/V/+v/DAD6//v/7/8VAOr/6//q/+v/7P/s/+z/zv/w/5r/AACd/wUA0P/o/+z/7f/u//X/8v/0/xQA8v/e/8f/AADp/wwA3f8aANf/v/+y/5//3/+9/9j/KADH/+z/7P/s/+T/7f/p/xQA6//0/7//v/8OAMH/8/+6/wAA6P8vAM3/0P/o/8L/5P/e/9r/EADi/+v/9//f/wAA3//r/+3/+/8AAOz/2//s/yYA2P/Y/+T/5//r/+r/AAATANH/EgDO/9H/2f/L//b/+v8AANj/6P/6//H/8P/a/wAAov9BAM7/y//P/7f/wv/J/wAAuP+5/83/yv/q/wYA1P8RAOr/7f/f/wAA2P/s/+v/BQAAANj/8//v/wAA1//m/9j/5f/a/+v/5//Y/9r/IgAAAOD/1f/J/9H/4//X/wkA6f8XAOz/7P/s/9//7P/r/+H/AAC9/7f/BwCn/+7/6v/d/+j/5f/s/+z/3P/s/xsA3f8SAKj/lv+j/9D/9P8IAOP/wf/w/9b/5v8GAB8At//p/xcA6//s/+z/4P/s/+v/x/8AAPL/8//4/wAAAADf/+P/AACs/9z/CgAxALP/2//g/ykA5P/g/+H/4P/a/9//6P+z/8D/uf+9/7j/NQDe/yEA7P/j/9n/3f/s/9j/3v/r/wAAAADT/8n/xv8RALP/KADg/+r/AADx/+X/2f/w/ysA2v/l/93/1f/K/+j/5f8LAMT/1v/I/97/0f8OANv/1//e/+z/7//s/+j/KADr/wAA5//s//L/6P/s/wAA6v/g/+f/7P/Y/w8AKADY/8z/uv/O/wAAHQDL/9L/vP/N/wUA1f/Y/+T/3//Y/wAA3//H/zUA2v++/9z/v//I/+H/AADj/73/6v/O/6L/AADV/9//4v/W/+b/4f8eAOf/4v/I/wAA3v/I/83/3P+m/9z/2f/R/9P/1f/Y/97/x/8vABcA5//g/+r/6f/l/9r/7P/x/+D/2v/p/+v/EQDn/+z/3//j/+f/6v/o/+n/IADp/xMA7P/q/+r/1//i/+n/8//d/wwAtv8AANH/0P8JALn/6//s/+3/7//z/+3/FQDw/+r/GAAAAPf/6/8AAOX/AADn/77/zf/u/8v/6f8tANz/1v/S/9b/3P/s/9H/PADg/8//6f/p/+v/FADZ/wsA2f/q/+f/6P8XAOr/1//s/+b/7P/j/7H/zP+6/+D/AAAIAAAAzv/W/8r/6//e/9z/EADw/wAA4f/Y/+7/EADW/93/9v8gAAAAAAAAAAAA8P8AAIb/uf+y/04AmP/U/7v/wP/o/+v/7P8XAOz/3P/q/+j/vf+8/8v/PwDH/9f/vv/K/9T/2v/R/ykA1v/N/9j/1v/r/xAA6v/Q/8r/4P8OANz/9f/u/wAA2//g/wsA7f/l/+b/0v/s/+z/AADY/+z/GgDp/7//vP9k/6f/8/8dAMD/EQDv/9P/0//q/+j/AADZ/+P/9v/C/+D/4/8kAMr/xv8AAO3/7v/s/+z/2//e/xQAwf+b/8L/FgCw/8P/RQCl/9f/x//n/9j/1v8AABgA1//s/9j/5v/s/+z/2/8XAOz/wv/Z/8n/tP/L//L/MADE/yMAtP+//7D/xf8AAM//9f+s/+j/7/8TAL7/3f/Z/9b/FADt/+z/8//x/+//7P/w/9P/0P/E/7z/6f/v/9n/FADi/8r/5v/Y/+T/LgDM/+r/6v/W/9z/7v/r//T/EQDa/w0A0v/a/8L/vf/T/8//JwDa/wAA5P/z/+v/KQD0/+n/BgDL/wAA1//j/wAA2f+k/+z/6/8UAOL/7P8JAOz/4v+7/8L/MwDN/9b/AACu/97/3P8AANz/4//S/wAA2P/Z/8z/2P/r/83/2/8AALj/+P/L//H/uP/G/6n/CwDr//L/xP8PAOP/2v/n/8r/+P/b/+D/FQDr/+n/AAAAAOX/5v/4//j/7P/Y/9v/5f8AAOT/7f/o//D/4f8UAN7/6//s/8r/0v/e/8X/1f8AAC4A0v/u/+n/7P/3/wAA9f8YAPj/2P/F/yQA1P/V/9j/5v/W/+z/7v/t//T/7v8AAAoA8f/6//T/AAAAAAAA+f8bAAAAAAAYAAAAAAAAAAAAAAAAANn/tv+t/8L/8v/H/wAAwP/z/+z/7f/x/xQA7//s/+z/CQDl/+n/2v/o/wgAxf/T/xQA+f/Y/+L/1//s/87/6//l/+n/7P/s/+v/7v/s/xQAAADT/+v/1P8UAPn/2v/b/+v/7P/t/+7/6//q/+v/FgDn/9z/zv/T/9v/3P/Y/yYA5P+W/6j/pP99/9D/9/+l/7H/2f+D//v/1f8QALn/EAAfAMz/4f8AAOH/1v/c/9X/6//X/9//5v/a/wwAEgDk/9b/2P/r/+3/7f/Z/yoA6//o/+z/8P/S/+D/FgDo/+f/z//T/9z/0f/S/wAABgDL/+z/7P/t/+z/7v/s/xQA7f/r//r/AAD0/wAA7P8VAPr/xP/B/83/xf/F/xwAwv8AAMz/DgDW/wAA6f/s/+//6f8AAAAA2//J/9j/AADU/8H/0/8fAAAA6v/j/8r/4f/d/8//FQDo/+n/4//K/+j/EgDg/wAA2f/b/97/5/8aANr/5//T/wAAAADs/93/5v8MAAAAAAAAAOz/9//Y/wAAKADq/+z/8//4/+7/3f8XAO//6v/d/9P/9//Y/+r/FgDs/8v/p/+w/8D/2v/5/9v/8/8PAOz/+f8AAO3/vf8TAPH/6//s/+//8v/u/+v/FADt/93/r//T//b/zv/G/y0Awv/q/+f/6P8XAOr/1//s/+b/4P8dAO7/8v/j/+H/4//r/wAA6//X/9n/3/8PAM3/6v8jAOv/6//q/+z/2f/h/+r/6P/U/xkA5//o/+r/5//p/7z/8//g/wAA6f/Z//f/CADo/9r/wv/Z//f/BQDn/8D/AAAZAPH/6//l/9j/1//a/+z/7P/t//T/7f/s/xQA7P/E/8n/DgDc/9H/FADd/+r/7P/i/+v/6v/n/9X/GQDq/+b/+v/g/+P/2f8iANL/6v/M/zMA4f/s/97/yP/X/8b/1/8dANj/2f/X/83/zf8AANb/7f/Y/+j/4P8dANf/5v/p/9//6//h/xsA1P/V/9H/1f/W/xAA3//l/8X/zP8fAAAA2f/r/+r/7P8UANj/7P+5/7H/rf/R/7b/NAAAAK//AAATAPX/AAD1/wAA4f/2/+P/4f/q/+v/7P/2/xQA2P/P/83/6v/0/+r/zP9BAM//6v/s/+f/7P/s/xQADADt/xAAFADZ/9f/1//T/8b/4P+q/6//n//C/8v/BgCb/wsA6f/Y/9r/2P/b/xIA7f8AABYA1f/1//r/7//E/+//4f/G/9T/0v/Y/87/1v82AMb/CgCk/6v/vP/U/wAA9P+n//n/u//c/8j/4v/6/9b/6v/n/+b/AADq//T/6v8SAAAA6/8VAOv/7P/q/+z/7P/r/+v/FQDr/+z/6v/s/+z/6//1/7b/HwDT/9L/3v/j/7j/7/8AAL//rf+v/xkAqP/o/+v/7P/v//L/7v/r/xQA7f/X/yMAv/++/67/6/+K//b/6/8VAOv/7P/q/+z/7P/r/9r/+v/o/+z/5v/4/yAAz//q/xUA7f/r/9//6v/s/+r/6//O/9T/xv/j/+T/GgDT/wAA7f8AAOL/0P/W/8z/+P/F//b/5P8bAOT/8P+//wAAqv/E/7b/uv/S/1oAm//C/+v/4//m/+j/6v8WAOz/6v/J/+z/3v/T/9b/uP8aANH/9/+N/x0Amf+R/+D/+P/A//H/7P/r/+v/6/8UAOz/6//q/9j/4//h/+v/5v/k/xMACwDS/+T/3P/q/9z/1/8AABQA7f/s//L/8P/u/+z/7/8pAPn/7v8AAAAAAADo/wAA8v/Y/9f/EQDp/97/8P/L/+f/6/8AAOb/BgDj/9v/9//Q/8H/8P/h/+L/AAD4/+r/7f/C/9L/v/+x/8D/CAAuAOT/BgDb//b/6P/C/xIA1P/w/wAAm/+7/7H/0/8PAOb/zP/s/+X/4//u/93/HADu/woA2P/h/+r/5v8SAND/2P8UAAAA9v/v/wAA7P/s/+z/FQDs//r/8P8AAPL/6//6/+b/7P/s/+z/7P/s/+v/FQDs/9P/4v8TANn/2P/Y/wgA0/+s/+n/AAAGAAAA8//Q/+3/nf+w/6//mv/m/9b/CwDu/83/0f/h/+X/EADK//v/7P/t/+z/7P/s/+z/7P8UAMv/AADO/9v/1v8YAM3/AADC/7//qf8AALj/4P8AAAAAKwDY/+z/0f/d/9T/2P+5/8//vf/s/wAA7f/u/9H/3v/r/+z/7f/v//P/7f8VAPD/AADs//X/7v8AABQA6//x/+z/7P/r/+z/7v8VAPP/6v/j/yoA4f/k/+n/4P/V/+r/4/8qAOH/5P/p/+D/1f/q/9//2f/Y/9j/5/8pAOX/3//L/9T/1f/U/7b/EwCg/wgA2v/m/wAA0P/e/8//4P8mAPT/1f/7/wAA4//B/yMAyP/q/+n/5//r/+r/GADo/9T/2v/Z/+r/4P/a/yUA2P/r/9j/6v/z/+r/7v/q/ycA6v/5/w8A4f/g/9j/EgDS/8r/6f/l/ygA5//q/+D/3v/Y//n/1f+t/+7/8v/S/9L/uf8AAA4Az//p/+z/2//n/+v/AAC+/9H/wv/J/8H/tP8QAA8A6v/k/+z/2v/q/9r/AAAAANn/2f/W/9b/AADT/9T/x/8rANH/zv/X/8H/tf8QAOP/7P8nAMv/6P/m/9v/2f/3/8X/6v/D/7j/AACs/8T/6P/p/+T/6f8AAC0A5v/t/+v/1f/m//b/c//f/+D/tP/q/xUA0//d/8X/w//j//P/5//b/+v/6//d/+L/EwAAANz/FwDl/+j/7P/e//P/6P/g/+D/0f/Z/8b/xP8rANv/1/8ZAOT/2P/5/9H/0P/h/+H/zv/Q//X/EQAOANz/mv/v/xYA7P/s//L/7P/p//P/x/8AAAgAqv/Q/+3/6P/u/9X/1//m/wAAyv/h/xcA8v8TAOr/6f/Z/+r/BwDd/9j/1P/v/7b/xP/2/53/CgDa/+z/AAAAAAAAAADt/xQAAADa/+7/7v/Y//r/AAAAAOz/tv/J/8//4P/r/+v/1f8YANj/+v/3/+v/AAAAAAAAAADZ/wAA0P/T/+b/5v/x/97/2f/o/+z/5v/s/9j/JADq/wAAAADT/+T/yv/i/wAA0v+2/5X/6f8AAK//1P8nANH/8f/d/9T/CQDF/7b/AAAAAOn/7P/r/+r/7P/p/xUA7P/r/87/4v/n/+r/6/8AABQA6P/a/+b/2f/o/9b/IADr/9L/4//i/9z/6f8AABsA6f/e/9T/zv8pAOL/1//1/9T/AADK/8D/4f8bAND/0v8AAMX/3P+6/9r/AADm/yEA4P/G/8f/0f/s/9L/6/8sAMr/mf+3/3n/AADm/wAAuv+8/8X/9//P/53/s/8fAOb/1//p/9f/kv8XAKj/GACt/9z/2P/Y/9j/2f/g/97/KADY/+v/4f/r/xcA4f/r/+b/1//s/+r/7P/s/+z/7P8UAOz/AAAGAMv/uf/D/8X/4v/H/9j/2P/Y/9n/4P/e/ygA2P/V/ysA6v/T/+L/AADS/93/6v8AAOz/3//j/9L/AADt//n/FQD1//P/8P/0/+f/7v/X/wYA2P/c/9z/2P/6/9v/7P8AAAAAAAAAAO3/FAAAAPn/AADe/xQA8//s/+P/yv8VAOX/2//w/+//7P/r/+b/2/8AAOv/7P/s/9j/AADq/xQAAAD2/+//AADs/+z/7P/k/xEA6v/c/+n/5P8AAOn/gP8NAIf/nf/E/7v/9//o/9f/2f8FANb/4f8AANT/0f8AANX/EwDR/wAA3//i/7D/6P8AAOv/5//r/+v/FQDp/+//CgAAAAAA+f/q/+7/FgDe/9D/5f/j/9r/2v/b/ygA7P8AAOr/7P/s/+z/5v8UAOL/EwDi/wgA2P/J/9T/1v8jAOv/6//q/+z/2f/h/+r/1//h/+v/6v/r/xUAAADq/87/sv/G/73/1f/F/1oAw//s/xUA7v/y/+3/8f/q/+3/zf/U/9j/xf/Y//P/AAAKABQA5v/f/+z/7v/p/+z/7P/t/+H/6//s/9L/9/8AAOj/4v/A//v/zP/Z/8v/AAASAOP/zv/j/+X/BgDo/+r/AAAAANb/2//h/9f/AADT/9f/zf/e/wAA0v/o/yQAuP/G/xUA5//q/+T/6v/r/+z/7P8NANb/xv/U/87/8f8AAMj/FADs//f/8f/p/+3/7f/m/yMA7P+g/6f/nP/V/8X/+P+9/9f/1P8AAOX/BwD5//f/5v/X/9r/5v/Z/9j/GgDz/8X/zv8TAMj/zf/3/8n/w//s/+r/7P/r/+z/6//s/xUA5P/q/+z/6f8MABYA1//F/8b/KADq/9n/2/8AAMT/5v/V/9n/1//i/+b/CQDb/w4A1v+6/8v/2/8AAN//2f8TAOv/5//Z/9r/2f/s/wAAFADa/wAAw//k/+//AADa/9//9v/X/83/yv8PAPH/AADQ/+z/7P/s/+z/7P/s/xQA7P/6/w4A6f/o/9f/5P/W/wAADQDX/9T/4f/X/9f/AADO/+v/0v/W/8f/3/8GABUAt//r/+v/3f/L/xQAEQDs/+z/2//4//n/AAAAAOz/8f8UAOz/AAAAAAAAAADt/xQAAAD1/+j/zP/a/wAAKQDy/+b/3P/q/+X/5f/p/+b/GQDr/9r/6//P/+j/2P/R/xwA5//s/xUA1v/k/+f/7P/q/+7/3P/Z/9f/1//n/yoA3//c/yQA2P/Y/9n/2P/Y/97/2P+u/8z/rv+z/8X/FQAAANr/3//e/wAA6/8UAAAA3v/V/+L/6P/K/8b/FgD0/8L/+v8SANf/5P/p/wAAFgDp/9D/CgAUAOn/6v/q/9//1v/P/7b/w/+w/w0AxP8AAMH/8/8MAL3/0f/n/7r/3P/L/w4A4P8nAOj/7P/r/+v/2//k/9T/7P/3/wAA7v/X/x0A7P/u/87/3//f/+3/0P8XANH/3v/V/wAAxf/Y/+r/DADl/8j/3f/l/8f/1/8AAOD/AADX/+L/5//S/+T/KQDW/9n/4P/Y/9n/2P/Y/yQA5//e/+3/7P8AAOz/9v/q/+z/FADm//b/6v/s/+z/EAAHAOn/qv/B/9b/9f/W/7n/GgC1/+z/7f/s/+3/7f/s/+z/FADr/+n/6P/p/+z/5//s/xUA7P8UAO7/8f/v/+3/7P/u//D/AADy//D/AAASAN7/7P8AABUA7P/r/+z/7P/Y/+r/nP8AAPT/wf+V/+L/FQDq/97/6//q/8f/2/8YAOr/w//y//b/AADs/wAAFADr/+z/0v/Z/9j/6P/g/9X/KwDc/8n/6/8AAOj/2/8PAL//0P/B//L/x//E/8//7f/o/wwA6//x/8j/z//c/+v/7//N/9r/KwDY/9//4//c/9f/7//r/ysA2v/q/+n/9//Z/+b/6//s/+r/6//r/xUA6P/r/9n/FgDp/+r/6//r/wAA6P/Y/+v/6P/s/+z/2f8YAOz/2P/r/+j/7P/s/9n/GADs/+z/2f/t/+z/7P/s/xUA7P/a/+v/z//o/9j/0f8cAOf/1/8AAAAA0P/r/9P/2v/4/9T/DQDU/9X/7P8AANP/x//m/wAA7P/N/xMA3P/r/9//0f/1/9n/2f/k/9j/6f8NAN//4//i/9f/2P8nAMz/2//g/9T/1P/U/9j/1P8GAAcA7P/t/+z/7f/t/+z/7P8UAAAAEADX/9n/6//X/9n/5v/u/+n/7P/3/wAA9f8YAPj/GgDr/+3/9v/w/9//5//u/+f/GgDo/97/2v/U/+P/AADS/9P/yf8AALH/BwDa//r/5P/a/9n/2//a/9j/CgAAABQA0P/U/wAA1v/o/9//1P/t/wYAxf+2/9T/wf/f/xgA8v/r/+z/7P/s/+X/FAAAANL/5//Y/9j/EQAAAOb/4f/o/wAAAAAAAAAAAAAcAAAA6v/q/+v/7P/s/+z/FgDs/8v/DQDL/+H/DADM/8j/8//r/xkAwv/D/8H/0/+8/8v/6v/q/+v/7P/s/+z/FgDs/ycA5f/C/9P/uP+z/6r/r//l/9r/2v/M/+v/+v/o/xMA6//h/+b/9f8AANr/FQAGANv/2P/i/xQAx//X/9L/FQALANL/+f/o/+r/AAC+/9j/4//V/9X/1v/a/9z/KADZ/9D/2f/n/8b/3P/V/ycA2//q/wwA6f/o/+r/7P8TAOv/6v8ZAPH/AAAAAPb/7f/1/97/2P/v//P/9P/S//r/NQC1/+H/7v8AALb/0f/T/ysA7P/r/+z/FADt//D/7P/r/+f/IwDa/+T/3v/g/9z/3v/g/+H/AADp/+7/0//q/xQAEAD1/wAAAAAAAN3/BQAAAPL/zv+t/7r/4P/p/9j/AAC3/+T/3f/A/+z/wf/l/zwA6P/Y/9//4//i/9P/HgDZ/+z/7P/p//H/7v/s/+7/FADj/+v/2//h/9n/CwDi/wAAs//t/+j/rP+3/wAAMADE/9v/2f/g/9L/1P8TAAcA4f/S/7f/x//i/9f/BgAAAAYA7P/s/+3/7P/u/+z/FADt/wAAwv/1/83/uf/I/8L/7//a/9r/7/8UAM//+P/c/8n/2P8AAOv/7P/d/9j/AADY/7L/x//T/9P/z//i/xsAJADq/+L/6P/Y/9r/GQDY/+z/BwCm/7b/CACr//D/0f++/+b/AAAAAO7/AADo/xgA5v/L/93/1P/M/+3/9v/W/+7/4f/j/+D/5v/a/wAA1f8WAOz/7P8UAPL/AADe/+z/AADd/9f/3//h/97/EQAAANf/jv/F/73/ov/N/zEAAAC9/+z/9//e/wAA7f8HABQA8v/Y/8T/xv/m/9r/OQDG/9v/0v/O/8r/yP/U/zQA2f/Z/6L/zv/q/7D/rP9FAKn/yv+7/7X/zP8HAK7/AACa/+j/wv/k/8L/+f/T/yUAxP/Y/9D/vv+h/wwAnv8IAJf/1f8TAMT/yv/o/9L/2//I/wkAAADC/77/zP/D/6r/DwDT/+v/0//p/+n/6f/Y/+7/IwDa/+T/5v/d/+r/GADr/+T/3v/n/93/4v/Y/yQA5//C/+v/7P/j/+r/7P8UAPH/6/+U/+b/2/+p/+n/z//e/93/wP84AMv/0v+5/8v/yP/S/+j/7f/q/9T/FADG/+T/8//q//L/1//r/+P/BwDh/wAA3//4/wAAAAAAAPH/HwDw/6r/q/+7/77/uP/1/8f/FgDp/9z/3P/a/9v/AADb/wAACQCz/73/nf+8/6b/9//c/+P/7//K/9n/7f8AAOP/AAD7/xUA9/8AAAAAAAAAAAAA6//s/wAAHwAAAOz/3f/3//n/FQDs/wAA8f/z/9r/7v/s/xQA7P/1/+7/9f/s/+3/+/8UAO3/+f/w//D/2v/o/+z/7P/t//T/7f/s/xQA7P8wAOX/2f/s/9f/zP/r/+T/zP/o/+f/2v/g/zQA0/+o/+3/7P/s/+3/9//s/xQA7v/s/xQA7P/s/+z/7P/s/+z/AADa/5v/r/+w/+X/DwDH/+z/FADs/+//7f/u/+z/7f/i/8v/zP/Q/9P/z/80AM//1//t/wAA7P/Q/8P/BwDE/7z/4P/Y/9v/4f/K/y8A2P/r/9v/tf8AABAA9//s/8H/CQDd/8T/y//E//L/xv8AAOr/6//s/+z/3P/r/+j/FQCc/+b/4v+2/+L/NQDK//D/u/8RALD/vP8WANb/0P/p/9b/FwDs/+z/6//f/wAA6//Z//v/AADa/wAAAADc//T/4P/j/83/CADo/9b/6f8RALH/4f8AANX/CQDE/77/3v8VAAAAAAAAAAAA7P/r/+3/+//l/+n/4//p/8z/BQDU//L/KQDl/+f/5f/b/+L/2f/S/8n/1//l/9T/tP8vAMr/DADn/9n/5v/a/9r/0f8TAAAAFADO/8r/6//l/8r/EQC6/xgA4P/z/9n/AAC7/9D/6/8ZAO7/AADw/9v/2P/t/9z/3/8yAMj/1f/U/9f/xv/h/yYA7v/z/+v/8P/o/+T/1P/P/+b/0f/I/7//AAApABQAAAD2/+//AADs/+z/7P8VAMv/xf/N/9f/vP8AAMX/2P/Y/x8A2P/w/+v/2f/b/xQA7P/s/+z/7P/s/+r/7v/0/8H/rv+4/9z/+P8AAMz/5P/f/+D/zf/X/xkACACy/wAABgAAAN//6f/x/77/zf/l/+b/6//y/+3/FQD0//n/3v/r/+v/xf/r/ywA3/+5/+j/2v/d/+v/JgDm/9j/yf8UAOz/7P/t//L/7P/s//L/6P/d/9H/0f/i/wAAHAC//73/1f+5/wAAvv8LAPT/3P/X/9L/7v8AAPX/0//q/wAAzP/L/zAA2//m/+f/tP/y/xEA2//w/93/+v/4/9P/of+9/x4A4P/s/+j/6f8AAOj/8P/t//T/9//z//P/FADu//D/7f/0//f/8//z/xQA7v/p/wcA3v/j/+L/5P/r/xMA7P/t/wAAAAAAAPP/FADw/+D/yf/U/+X/4P/S/ykA2P/G/+X/zv/d/+z/xP8AABAA6f/n/+j/7f/t/+L/FgDs/7f/xP/3/9v/zv+8/wkAv//o/+v/FADp/+3/2v8AAOz/zf/q/+D/nv/5/7//xf8AAPj/rf/H/8b/AADO/xYA5f8AAMr/1P/P/9T/AAAAANX/x//p/7v/zf/j/yYA7v+x/wAAAAAAAAAAAAAwAAAA2v/U/+f/zv/s/9j/AADw/xQA2P8UAOP/8v/s/+z/AADt/83/y/88AMX/zv+t/9b/xv+l/7n/1v/H/93/FAAeAMr/7P/q/9n/3//a/xMA2P8HAOr/DwAAANz/6/8AANP/5f8RAMb/+f/R/+z/wP/N/woAzP/K/+v/GwBm/83/2//l/9X/yf/N/+n/0f+//yUA0v8VANb/2f/h/+z/xP8AANn/vv/6/9P/yv/G/xoAz//w/5v/NAC//9j/xv/z/+n/qP8FANH/0f/W/9H/5P8MAL7/x//H/xIA0v/A/6//yP8FAOr/8//d/+n/AADj/+H/AADx/+r/3//Y/wAA5P/S/xMA0f/s/+z/2f8UAAAA2f/s/+z/7P/s/+T/7f/p/xQA6//c/9//xv/U/93/z//V/xUA1P8AAO7/9v/5/xQA6//r/9b/NgDa/+7/1//p/8b/1P/i/+7/6v/2//P/5v8WAOj/6//V/+v/6f/p/9z/FwDw//f/GgAAAAAAAAD4//L/CgDS/yYA4f/Z/9X/zf/f/9f/6/8VAO7/7P/g/+r/7P/q/+z/7//o/+v/6f/k/xQA6//X/xkA6v/n/+v/6//4/+f/EwD5/8f/1v/S/+j/5//P/xUA7P/t//D/7P/l/+n/7P/q/+n/7P/s/+z/6v/h/xYA1v/V/y0Arf/O/9P/vv/j/+P/2v/p/+z/2/8UAOb/7P/W/9n/1//c/93/IgDa/+j/9v/q/9T/vf/D/8n/CwDq/+f/0v/Y/9n/zP/o/xQAEwDU/+z/1//Q/+j/2P8aANn/6f/J/wcAyP/d//n/0//d/xYAxP/Z/8b/3f/Y/9D/1v8hAOb/5v/Y/+f/0//V/+L/AADe/+n/AAD3/wAAFwDx/9f/LADB/9//vP/Q//v/1v/r/9X/6//p/+n/3P8XAPD/2P/Y/+T/FADb/+z/AADk/63/OgDW/87/1v/C/8P/zP/P/xUA8f8AAOv/6//K/+r/vP/W/wAA0P/X/wAAAADL/9L/AADu/+v/7f/Y/9v/JwDp/+X/4v/W/+f/1v8eAOb/2v/r/8//6P/Y/9H/HADn/xMAxf+z/8r/2/+y/wAAsP/p/+z/2//r/+j/4f/Y/x0ALQDD/7D/kf/B//X/rP/x/7H/u//z/7L/3//w/8H/KQDh//D/AAAAAAAAAAApAAAA4f/6/+r/2//U/8j/EwC0/+T/AADQ/+T/3v/V/xkA1v/Q/0MA6//5/+3/1//R/8f/1//o/9//6P8lABEA1v/N//f/xf/H/8z/5v/W/wAABQDW/93/6v/s/+v/y/8lANb/3f/K/8//1P8xANr/BwDo/wAA5v/X/9j/6f/5//f/7f/h/wAAAAC8/wAApv/N/w4AIgDB/9T/6//J/+P/vP8TAPL/FADr/+z/7P/s/+n/6/+1/6X/5f/F/x8AAADu/+X/vP/T/8v/AADV/wAA8//P/wAA6v/i/+P/AADY/9H/+v/s/xYA7P/r/+v/7P/p/+z/IwDr/9r/zP/V/+r/zv/c/7P/+v+//7P/z/+3/+z/5/+7//n/zv8NAM3/3v/U/xAALQDx/9z/4v/Y/+T/vv/K/+b/IQAAAOn/3//g/6n/2//X/w0A2//Y/9n/CADQ/8X/1v/M/9r/4v/k/+X/LgDq/+//FgDs/+z/8v/s/+n/8//s/+z/FQDh/wAAAADq//v/2/8hAOX/1P/g/9H/z//k/+L/4v/C/8D/3P8HAAkAvP/q/wAA1//q/xIA6f/L//n/AADg/8f/3f/J/9f/8v8AAAwA0v+x/7X/xf8jALj/zv/q/+n/+f/o/+v/EwD1/+b/7f/s/+z/7f/3/+z/FADu/8T/KwDl/+H/4//Y/8//6//U/x4A1//x/9j/6f/l/+n/u/8TAOL/CADn//r/tv/i//r/3v/6/9z/6f8XAOr/5/8NAND/1P/u/9b/7P/1/+v/3//r/+r/FADm/+7/4f/m/8//0P/C/8j/3v8WANj/+v8FAL3/yf/M/73/+v/w/87/1f/X/9P/6f/Y/wcADADM/xgA1f/0/+f/7//q/8P/0v/q/9v/EADl//f/AADn/9z/7P8TAAAAAADr/xQA7//2/yAA3//S/+j/6v/k/97/6f/e/wYA4v/r/9//1v8AAN3/yP/W/97/1v/g/8D/2P8yAAUAz//b/7r/7v8IANH/tf8AANf/rv+s/+L/6//W/wAAIQDd/9b/6f/H/9v/0f/s/+z/7P/s/+z/FADs/+z/7P/X/9H/2P+9/9v/AAAAAMf/3P/Z/9j/3f/d/xMAAADt/xEA7P/Y/+T/+P/q/9n/6/8UAPX/AAAAAPr/7v/s/+z/AADh/+T/6f8UABEA1//a/9f/2//g/+3/2v/o/+X/KAAtAM//wv/W/9f/5P8AAKj/6f/V/+X/4P/Z/xUA7P8AABIA6f/O/7//zv8OAOf/s/8ZALj/zP/H/+z/9//l/8r/5//D//j/5//J/9b/8v8HAN//0P/l/+T/2//c/9v/KADT//n/7P/X/+7/EAD5//H/AADB/+z/2f/b/wAACADO/9//5P/l/+z/AAASAPT/2P8AANb/1v/Y/9r/0P8AANf/6f/R/8D/2/8rANr/v//2/+r/2f/l/xoA6P/m/+n/1/8VAOX/2v/O/+H/1P/5/+v/pv9cAIX/mf/0/5//r/+F//b/JAAAAAAAAAAAANz/9v+5/zMA2v/T/+T/0/+0/9D/6/8XAOj/4//b/+T/6v/l//b/JAAAAAAAAAAAANz/9v8AACIA6v/6/wAAAADo/+z/9v8kAAAAAAAAAAAA3P/2/+z/NADU//j/7v/3/9b/4v/o/xsA7P/t/+n/4f/i/+P/3v8tAJ7/vf/A/9b/uP/x/wwAEQD7/wAA7//l/+r/7f/n/xkA2//b/9z/yv/r/7v/1v8+AOb/0f/E/6r/x//C/xYAzf/p/6P/yP/C/+f/0P/d/+f/2P/b/93/6v/k/xoAsP/V/wAAwf8AAAYAyv+2/7j/+f/t/xwA5//f/7D/8//i//n/zv8AAOr/0f/t/+j/AADv/xQA7P/h/+L/0//T/+H/8P/l/+f/BgDs//D/EwAAAN//4f/1/8H/HADQ/8n/5/8UAAUA6//s/+v/2f/d/+n/HgDr/+//7P/a/+z/3f/Y/9n/7P+X/+z/EgC//+n/0/8qAOr/yv/i//j/AADb/9f/2v/M/8b/+/8kANf/y//s/woA6//h/+z/5f8TAO//3//r/xQA2P/s/+v/AADn/+z/HgDo/9b/2P/Y/+X/5P/O/xwA1P/H/xMA4P/Z/9f/zP/W/9j/xv/s/9D/5v8hANH/7f/H/9z/EgC0/wAAAADf/wAA6P/s/xQA5v/Y/9j/4f/j/xMA6//Z/9b/6v8AAOz/7P/v//H/7v/s/xQA7f/h/w8A9P+9/8D/vf/6/9z/3f/i/+H/wv/d/73/AADT/+j/5v/m/9b/FQDD/5X/DwAjAPP/1v/X/9b/zv/e/9P/IADj//v/3P/7/8b/9f/6/9r/5//d/+P/yv8AANf/AADt/+j/6v/3/+r/8P8TAOv/6//s/+f/AAAAAOn/AADZ/+//6v/q/+v/6/8UAOf/6f/r/+r/FQDr/+v/6//s/+z/6f/Y/+L/6f/f/+H/GgDs/9X/t//E/+z/vP8SAPn/AADb/ycA3v/h//r/u//6/8n/wv/Y//j/2f/l/8n/HQD1/9D/NgDH/7b/z/+5/8P/u/+0//H/3v/Z/9b/zv8hAOn/AAAAAAAA7P/1/9j/AAAoAO3/z//l//P/1v8UANn/5//o/+z/7P/s/+z/7f/s/xQAxv/U/9z/6f8TANP/CQAPAAsAxP/N/9z/z/8WANb/w//P/wYA6//b/9r/4f8LAOr/7f8UAO3/7P/s//D/7P/t/8j/MADg/9T/1f/L/8//zP/U/+D/4P/o/+z/8f/g/xQAyf/z/w8Ay//g/8P/zP+8/+v/7P/t/+v/6//r/+z/FQDZ/7L/rf+t/67/EADp//H/5P/i/9f/AADJ/wAAsf8AAPj/2f/F/83/z//B/wcA2P8rAPv/AAAAAAAA9P/V/wAA6//u/+//8//y/+v/FQDt/+//FgDs/+z/8v/s/+n/8//X/wAA6v/f/+H/1v8JAAAAyf/u/9//sv/V/y8A1v/A/x8AuP/2/87/1v/U/8n/qf8HAMf/4//Q/8D/zP8AALr/6f/n/+X/6P/s/+v/FgDq/8j/+P8HAKL/1v/x/+X/u//Z/+b/6v/q/8f/AADV/yEAEwDW/+r/5//j/xQAw//r/9//tP+//8D/4P8XAMv/5v/I/8r/zf8fAM//xP/C//X/6v/H/9b/1v/b/8T/EwAXAND/0v/N/8//0//K/zMAyv/y//b/AAD6//f/GQDn/+r/FADt/+z/+P/2//L/7P/0/yEACADP/9v/0P/B/8z/wv/Z/9n/EwDY/+P/2P/h/wAAw//H/+n/8v/m/8L/RQDg/+3/FADt/+z/7f/w/+z/7v/C/wAA7v/D/73/0P/w/8b/yP81ANz/zv/f/8D/yP/h/+D/AAAAAOz/7P/s//r/FAAAAO//FgDp/9T/z//B/67/7P/p/+r/5P/o/+v/FgDr/97/5f8AAAAA+v/0/yYAAAAWAM//0v/Z/9X/5P/z/9T/1P8UABEA1//n/7v/CADK/+z/7P/s/+z/7P/s/+z/FADr/+v/4f/p/+z/6P8WAOr/1/8LAA4A3//b/9P/0//W/6n/nf+l/9T/mP+f/1gAlv/R/8X/zf8AAOH/6f8AAPf/zv/O/wYA3f+k/yAApP+2/9j/0/8PANb/CgATAMf/2v/r/+z/7f/r/+z/6//s/xUA2f/V/9j/xv8AABwAp//d/9D/3f8HAMj/EwDP/9L/5f/s/+3/7P/t/+3/7P/s/xQA9P8IANf/yv/K/wcA5v/U/83/JADb/+T/1P+6/+z/4//q/+D/5f/h/+j/6v8bAOr/FADs/+z/7P/s/+z/6v/u/+z/6//q/+z/7P/Z/+z/GwDq/+r/1f/r/+z/3/8XAOz/3/8AAOz/7P/0/+z/5v8UAPf/2//M/7n/w/8QAAAAsP/f/6b/w//7/8v/BwAAALz/4//k/9v/4v8iAAUA6v+5/+j/AADN/8P/4v/u//D/1P/D/5//9P+J/8b/8P/2//D/AADV/7z/s//i/wAA0//o/+f/v//0/xIAuP/e/93/4f/2/wAAx//E/8n/z//s/wcAzP8zAOH/7P/e/8j/1//G/xIA+v/1/+z/7/8AAOz/7P/r/6b/OACw/+n/yf8AAND/6//S/+b/CgCs/9D/9f/6/8P/CQD4/9b/5/8NAN//5f/o/9j/1/8AANv/EQDY/+n/yP/c/+f/1P/e/zgA2f/G/wAA1//Y/+3/2f/J/wcA6//3//n/AAAAAAAAGwAAAPr/6f/p/+n/3v/r/xIAAADs/xwA6f/b/+H/0P/i/+z/s/8AABgA6P/r//n/5/+y/9//7f/F/+D/6v/C/+D/DAANAAoAvP/h/+f/2//0/wwA1v/S/9T/2v8AAPX/6P/r/wAA2f/r/+//8/8AAAAAFAD6/+L/5f/f/+b/6//h/+v/GwDq//f/FADz//D/8v/q//X/GgDm/+r/6f/m/+v/2P/h/8T/0//n/83/5f8zANX/w/8AAOb/CwDY/+z/2f/V/wAApv+i/z4A0P/u/xEAnv+F/8H/sP8LALv/0/8FAM3/3//p/+v/2f8AANr/1v8AANf/DQDZ/+n/3f/v/8b/AADf//j/8v8XAPn/AAAQAO7/9f/p/+b/3f/U/9P/yf8VAAAA3v/Q/+X/4//a/9r/2/8oABsA2//T/+3/2f/m/+v/6//q/+z/8//4/+7/3f8XAO//8P8AAOn/6//n/wAA3v8QAOL/5P8wAN//1f/X/9f/wv/T/9P/MgCu/8j/4f/A/7X/4v/i/ywA3f/X/9P/y//E/9z/2f8nAOb/2f/W/8f/y//n/57/EQAMALT/2P+c/+7/1f8AAOz/7/8GAOz/2P/Z/9z/3v8AAN3/CwDV/+f/AAD4/8P/yv/g/7z/x/+4/wYA4v8OANz/3v/I//L/CwCv/93/8f/m/+X/6v/m/xYA6//m/7P/0P+y/5j/0f/2/yEAsv/D//b/t//e/8T/TACo/8z/KgDq/8L/AACt/8n/9v/L/yQAzP/j/+j/xv/r/8//EwDO/9n/6P/j/+v/AAD5/9f/AADn/+n/6/8AAO7/+P/L/8f/+/+6/7T/w/82AKf/FQDs/+z/7P/7/+z/3P/v/zgA8P8AAPH/AADx/8n/AADX/wAA3v/s/9n/+f/a/9b/5v/r/+v/4P/s/xYA7P/W/7v/9v8AAMT/xP/R/7//EwDq/+//2//r/+z/7P8TAOv/5v/t/wAA2f8AAAAA2P/B/9H/5P+c/7f/i/8IAOv/zP/A/9j/1f/Y/+D/vv8/ANz/5//V/8v/yP/O/y4A2f/D/wAAEwDb/+z/6v/c/9T/7P8MANT/2f/E//X/y/8AAAAA6P8AANf/0v/Z/+X/DADv/8L/5f/B/wwAr//d/8H/u/+4//H/yf/F/zUAuf/C/83/y//q/8b/FwDG/xwAvv/f/9j/6//I/+L/2f+9/x0A5//P/xEA0v/V/93/wf/4/8b/7//W/9X/5P/d//b/0P/s/9v/0f/S/9f/2v/f/9L/JQAVAOz/8/8AAO3/6//o/+z/5P/q/+v/FQDs/+H/7P/r/9L/8/+U/8r/1v/u/wgA7v/r/xYA6P/p/9v/6P/q/+b/6/8WAOj/6f/b/+j/6v/m/8L/AAC4/8X/wv8TAL//s//e/8r/y//R/9T/4f8sAM3/y//c/+D/0f/W/+b/AAARANH/5v/n/+v/4P/j/yIA3P/p/xwA6//q/+n/5//r/9n/9//T/8v/7//V/8v/AAAAAOT/AACv//H/gv/h/6n/1f/d/yIA6f/r/+v/5P/Y/9j/FwDP/9z/zv/S/wAAwv/C/xQA7P/t/+3/7P/r/+z/7P8uANX/1//r/8//1f/Y/9X/EwDl/+P/4f/i/wAA1//Z/+b/2P8AAOr/xv+8/xgA+f/K/8D/zP8KAJ//AADs/6T/9//u/wAAAAAAAPj/GAD7/93/vv/n/9n/+v/u/xwAyf/R/+b/+P8AAAAA+v8vAAAAv/+5/+b/AADN/yUAyf/O/9L/NQDl/+X/yv/g/9j/1v/j/9L/uv8MALj/w/8jANP/IgCh/4//4f+5//T/3f/j/9L/3P/i/9n/EwDn/+z/AADO/9f/xf/X/wAAIADq/7r/yP8NAMj/wv/X//v/CACy/xYABgDf/+z/vP/f/8P/5//s/+z/7P/s/+z/7P/s/xQA5f/j/+T/3v/p/+j/GwDp/9T/5v8YAAAA8/+6/8n/wf+u/8b/qv/B/8r/DwAnAKj/5//r/xQA6//s/+r/8P/r/+r/1/+l/+X/rP/u/8j/HgDP/+z/vP/t/8X/1/83ALb/1P8XAKf/tP/u/77/DACW/9D/GQDS/+P/6P8AAMz/yP/O/wcA4v/m/6L/BwCZ/9n/3P+3/6b/nv+0//f/HwDG/+b/DAAAAPH/xv/k/+v/AADP/xYA2v/g/4T/0v/d/9z/8f/x/+D/3f/I/9H/x/++/+P/xP/N/6X/qf8AAPP/kP/J/87/8P/K/83/0f8hAKz/8v/h/8L/3P/u/+H/zv8AAN3/2v/O/+3/+//Y/+z/AAAAAAAAAAAAAAAAAAAAAAAA8/8HAMP/rv/5/77/4/+//xwA1/99/5f/nv/M/xMAhP/A/7//6v/G/8H/sv8+AMn/LgDI/+z/qv++/9D/6v+M/9n/+v/J/+P/3v/Z/+T/vv/j/+T/5//m/+r/4/8cAOP/EwDx/+//AADd/9f/tP/T/wAAAAAAAAAAAAAAAAAAAAD4/8f/4//s/9r/3P/z/xIA5v8TAOj/4f/o/+z/CQDf/9f/CgAQAN7/6f+u/+v/AADo/wYAsf/T/+P/zf8AAPD/FADs/+z/7P/u/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/5//3//r/AADt/xgAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/x/+z/9/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/+H/yv/q/+f/4/8pAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/8f8UAOz/7f8XAOn/5P/x/+z/6v/o/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO3/7f/t//X/7P/u/wAAAAAAAAAAAAAAAAAAAADr//H/vv+5/+v/1f+9/x8A4//t//f/7P/t/+z/FQDu/+j/FADs/+z/9v8KAOz/7P8SANz/AADA/9D/w//7/8z/GADn//P/+f/5/+z/6/8AAAAAAAAAAAAAAAAAAAAAAADk/wAA6P/t/+7/FADY//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7//s/+z/3/8WAOz/0v/l//P/tv+3/wkA6P8AAAAAAAAAAAAAAAAAAAAAAADu/+3/9//t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/6f/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8AANj/2v/d/xcAsf/d/+z/7v/s/+z/7P/w/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/7P/s//D/FADs/+b/6f8aAOf/5//q/9j/4//u//b/7v/s/+3/+f8TAO3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/6//O/8//MADP/9f/zP/Q/8z/0f/j/x8A4v/k/9//6f/f/wAAAAAAAAAAAAAAAAAAAAAIAAgAsv/B/8j/1v/r/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/8j/1v/Y/+v/GQAAAOf/6f/r/+v/6f/s/xYA6f/r/wAAAAAAAAAAAAAAAAAAAADr/xUA6//t/+z/7//r/+3/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAANf/w//g//j/1f/q//f/xf/s/xQA+f8AAO//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f8UAO3/AADs/+z/7//l/93/JQDc/+z/1f/f/93/FADs/wAA7/8AAO7/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/8P/s/+z/5P/r/ykA5P/k/9n/1P/s/5H/5f/W/83/AADe/wYA7f8AAAAAAAAAAAAAAAAAAAAA0f/X/9X/xv/h/8n/y/9AAOj/5v/r/+r/6/8WAOj/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/zv/Y/93/MADm/9L/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6f/x/+r/9v8WAPn/6v/s/+z/7P/i/9j/AAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/wP/k/+b/3v/m/9//1P/e/9X/2//V/97/JADp/+z/9//1//j/7P/s/xQA6//s/+z/FQD2/+z/6f/s/8//4//f/wUA7//F/wAAwv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADs/+z/7P/s/+z/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+P8AAAAAAADs/xQAAAAAAAAAAAAAAAAAAAAAAAAA3P8TAOz/6//s/+v/AADm//b/8v8AAPX/8v/s//P/FAAAAAAAAAAAAAAAAAAAAAAA0f/5/wAAAAAAAAAALwAAAOz/6v/s/+z/7P/s/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArANn/1P/X/9P/4P/b/woA7P/s/+3/7P/s/xQA7P/s/yoA1f/n/9D/0v/X/9f/0f/p/+P/6v/2/+z/zP8eAOj/AAAAAAAAAAAAAAAAAAAAAMn/7v+Z/w0A7v8cALb/tP8AAAAAAAAAAAAAAAAAAAAA2v8nANL/tv/R/w8A2P+2/+z/6//r/+r/7P/q/xQA6//i//b/3P/6/wAA+f8tAAAAzf/P/+//AAAAAPv/NAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADu/wAA1f8AAOj/1//p/wAAAADO/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAUAOz/7f/u/+3/7f8UAOz/7P/m/+3/2f8FAN//6P/y/wcAGQCf/6v/pf+1/93/AADI/wAAAAAAAAAAAAAAAAAAAADv/wAAAAD1/wAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAOv/sv/q/9T/t/8JAAAApf/w/+3/8P/s//T/FADy/+z/8//s/+3/7P/s/+z/6P8UAAAAAAAAAAAAAAAAAAAAAAAfAO3/AAAAAPn/4P/m//X/AAAUAO3/2P/e/+j/1v/n/wAAAAAAAAAAAAAAAAAAAAAAABUA8/8AAAAAAADx/wAA9f/w/wAAAAD5//L/7f8UAOr/5//o/xcA6v/X/+z/5v/s/+z/7f8UAOz/7P/s/+z/6f8hAN3/3P/q/+z/2f/q/9f/9//l//P/7f8IAAAA4v/s/+z/7P/s/+z/7P/s/xQA+f/1/+7/7v/y/+j/GAAAAOz/7P8UAPD/AAD7/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/7P/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA3v/0//T/5f/n/yYA9//p/wAA2f/k/+X/7P/p/+z/FQDh/wAAtf+2/7H/3/8WAKf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAOz/7f/s/+7/8v/s/+z/LADU/9r/xf/h/8z/0v/g/xIA9v8AAAAAAADy//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7P/t/+//7v/o/+j/7f8ZAPP/AAAAAAAAAADp/wAAFADs/wAAAAAAAAAA7/8AAPL/LQDs//P/9P/0/8//9v/s/+3/7//3//P/9v8UAPT/AAAAAAAAAAAAAAAAAAAAAOn/5//r/+f/6/8KAOL/BgDg/9j/2P/o/+v/KADH/9T/AAAAAAAAAAAAAAAAAAAAAPD/vP/t/63/1//L/+//8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/5//w//j/AADX/ygA3P8UAOz/7P/s/+z/7P/s/+z/1f85AN7/5v/g/9r/0//H/wAAAAAAAAAAAAAAAAAAAADo/yAA6f/t/+//6f/Y/+3/xf84AOH/xf/H/73/2P/Q/+T/JADc/9v/3P/j/9v/4v8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/t/xQA7P/s/+z/7P/s/+z/7f8VAPH/AAD3/wAA+P/r//r/AADO//P/AADy/+//AADt/wgA6f+//8z/vv+6/wwAyP8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADd/+z/7P/p/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/8f+6/wsAhv/r/9j/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/AADs/+z/FADY/+D/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/AADe/+X/4//Y/xIA2P/n/xUA7P/r/+z/6//p/+z/AAAAAAAAAAAAAAAAAAAAAOf/6v8UAOn/7P/Y/+z/AADs/+z/FADs/+z/7P/s/+z/+f8AACYA8v8AAOr/3P/u/yUA5P/o/9f/AADn/9j/2P8AAAAAAAD5/wAA7//5/xoAAAAAAAAAAAAAAAAAAAAAAOz/+P8AAAAAAADs/xQAAADt/+z/8P/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuP+8/83/x/+6/w0AwP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7//v//r/7P/x//P/FwDr/xQA7P/s/+z/7P/s/+n/AAAAAAAAAAAAAAAAAAAAANX/1/8nAOv/2//f/9j/8v8AAAAAAAAAAAAAAAAAAAAAAAD6/x0A+f8AAAAA+P/2/wAAAAAAAAAAAAAAAAAAAADs/+f/7P/t/wAA7P/s/wAA1P8HALv/AADe/x0AnP+U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+7/FQD1//P/7v/s//L/BgAAAN//3P/p/+n/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAPr/HwAAAAAAAADn/wAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAUAO7/7v8UAPD/8f/w/+z/8f/s/+z/7P/s/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8AABQA8f/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/w/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/i/+v/7v/0//D/GADw/+f/FwDr//H/+v/q/wAA7v/W/yoA2f/l//n/5P/X/+//6v8VAOz/6//r/+v/6//r/wAAAAAAAAAAAAAAAAAAAADs/+z/FADy/wAAAADs//v/9f8XAPv/AAAAAAAA9P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/q/xYA7P/2//n/7v/q/+3/7P8AAAAA+v8UAOz/7P/R/9j/6P/d/w4A1v/V/wAA0v8aAOr/4v/s/+L/AADX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDl//j/1v/o/wAA5f/H/9j/4v/r/9r/2P/s/xwA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/AACf/8r/vP+3/xIABQAAAAAAAAAAAAAAAAAAAAAA4v/b/9T/yv/j/x4AmP/R/wAAAAAAAAAAAAAAAAAAAADh/+3/zP/S//f/DwC2/9T/AAAAAAAAAAAAAAAAAAAAAN7/z/+5/9P/AAAPAAAAr/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADr/+z/6//s/+z/7P/r//b/8v8AAPX/8v/s//P/FADs/+3/FADt/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//8P8AAPf/AADs//D/GQDs/+3/7P/3/+z/2f/s/+r/EwDw//P/7P/s//T/FAAAAAAAAAAAAAAAAAAAAAAAEgDb//T/2P/d/+z/AADX/9z/7/8AAAAA7f/q/+j/GAAAAAAAAAAAAAAAAAAAAAAA+P/w/wAAAAAAAPn/GQD7/wAAAAAAAAAAAAAAAAAAAADY/+7/AADv/+z/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/53/s/++/7D/9v8AAPH/AAAAAAAAAAAAAAAAAAAAANX/yP/L/8H/zf8ZAO//1P8AAPj/+f/j/wAA2v8AANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/v//P/+v8UAO3/EQAAAAAAAAAAAAAA7/8AAOv/4//r//D/6//m/xoA4//s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8UAOz/7P/E/8//z//L/+b/yv8zANT/FADs//D/7P/2/+z/7P/s/9//+P8bANj/5f/Q/+v/2//s/xQA+f8AAO//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAPD/AAAAAAAAAADt/+//AAAAAAAAAAAAAAAAAAAAAAoA5P/m/+T/7P/W/9r/AADj/97/3P/V/+P/1P8hAN//AAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+7/7f/r//L/FQDt//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8XAAAA+P8AAPP/AADn/+z/FADu/+7/7//t/+z/7P/Y/9j/4f8UAAAA6//s/9j/6//q/+j/6//r/+n/FgDr/wAAAAAAAAAAAAAAAAAAAAAUAO3/AAD1/wAA7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAAAADz/wAAAAD4/yEA7P/s/+z/8//3/+z/FADs/wAAAAAAAAAAAAAAAAAAAADh/xQAAAAAAPv/7P/2/wAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/+v/6/8UAOz/6//s/xQA7v/u/+//7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/2P/W/9D/0P8AANb/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/w/+z/7P/Y/xMAAADX/9n/5v/X/+v/GADn/+j/5v/n/+j/5//n/+z/6//r/+r/7P/q/xQA6//s/+v/6//q/+z/6v8UAOv/GgCl/5//vP8RAOb/yP/E/wAAAAAAAAAAAAAAAAAAAAAUAOz/8P/3/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//j/+v/AADa/+r/AADs//j/2v8UANn/2P/l/xQA9v8AAAAA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/2f/j/+r/AAASAPr/4P8AAAAAAAAAAAAAAAAAAAAAHgD2/wAA7//s/9v/5//i/w4AAAAAAAAAAAAAAPT/AADu/+3/7f/v//D/FADw/+3/AAAAAAAAAAAAAAAAAAAAANn/BgDe/9f/2f/a//n/2P/I/8H/y/8AAOr/4f/S/wgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAA6f/m/8H/zP/i/xkAzv+o//n/9v8AAAAAAAAAABQAAADp/6r/y//4/57/FQD0/6v/AAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAAAAAO//AADj/+b/AAD6/9j/yv/e/zUA7P/s/+3/7P/s/xQA7P/s/+n/AAAaANv/lf/H//P/yv8AAAAAAAAAAAAAAAAAAAAA7P/1/+3/AAD2/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAN7/7P/4//b/2f/s//L/7P/t/+z/7//u/+L/FAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8hAN3/3P/q/+z/2f/q/wAAAAAAAAAAAAAAAAAAAADs/+v/AADx//n/AADs/xQAFQDw/wAAAAAAAAAAAAAAAAAAzf/L/+f/0f8jANT/5v8JAOL/3f/q//D/3v/I/+3/7P/s/+z/7P/u/+z/7P8UAN7/3v/n/+z/4f8AAPb/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/xv8TANH/zv/F//b/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/T/xsA0f/k/9z/8P/W/+j/AAAAAAAAAAAAAAAAAAAAAOL/HADj/+b/5//m/+X/5v8AAAAAAAAAAAAAAAAAAAAA9/+p/9H/xP+8/yEAlf8AANL/y//V/9r/6f/b/+f/HwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/p/+r/6v/p/+f/6f8XAOf/6v8LAPr/lv+S/9P/CACa//f/6/8AAAAAAAAAAPD/IAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+z/7P8UAOz/FADs/+//9//s/+z/7P/s/97/JwD3/97/3v/i/97/+f8AAAAAAAAAAAAAAAAAAAAA7P/s/wAA+//t/xQA7P/s/9H/AADj/+f/6v/r/xcA2P/s/xQA7P/v/+3/7v/s/+3/AAAAAAAAAAAAAAAAAAAAAPT/+f/U/73/zf/o/wAA5P8AAAAAAAAAAAAAAAAAAAAAFQDr/+v/8//x/+r/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/xQAAAAAAAAAAAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA7P/t/wAA7P/q/+3/EQDb/9L/1v+5/9n/7v8XAPr/FAD7//P/7P/u/+r/7P/s/wAA1//Y/9j/2f/Y/9j/EADY/+r/5P/o/+z/6f/m/yMA+f8AAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAALAMX/5v/o/+7/7P8AAN7/7P/s/+7/2P/s/wYA7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/HgAAAAAAAAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAA5/8AAOX/7P/q/xQA6P/p/+v/5v/T/9z/2P8lANb/z/8AAAAAAAAAAAAAAAAAAAAA1v/m/+n/6v/R/xMAAAC9/+z/7f/i//X/4/8oAOT/6P/N/9//7v/s/+z/2v/n/xUAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P8SALX/xP/F/8z/xv8AANP/AAAAAAAAAAAAAAAAAAAAAPn/6f8hANz/8P/w/+X/7v+3/73/xf/L/8r/OADN/8L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+v/xP/F/7D/FQDV/+D/EQDj/xUA6//r/+3/7P/l/+v/7v/r/+z/6v/s/+3/6P8VAO3/3//k/+b/IADm/+L/3//l/8D/MADg/87/2P8NAL7/z//s/+v/7P/s/xQA6//s/+z/7/8AAAAA8/8AAAAA+P8hAM7/vf8AAMT/2P/L/w8A1v/c/+P/9P/b/+7/7P8fANn/uv8AAN3/vf/a/0AAuv/B/wAAAAAAAAAAAAAAAAAAAADs/+v/6//r/+z/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/r/+v/FADs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/8f/1P/O/x4Ax//P//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/6f/o/+n/6v/h//b/FADZ/9r/5//s/wAA5P/d/wkAGwDn/+r/+v/4/9L/5P/w/+z/FAD0/+z/7P/s/+z/7P/Y/9j/4//q/9n/6P8nANn/5f/f/9n/6//b/9H/HQDZ/wAAAAAAAAAAAAAAAAAAAADs/+3/9//z/+3/8f/s/xQA6//s//D/zv/b/yMA6f/H/9v/HQDc/+v/yv/i//f/0/8AAAAAAAAAAAAAAAAAAAAA1/8AANv/5P/e/9z/FwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/vv/h/+D/4f/n/xgA3/8AAA0AAAAAAAAAAAD5/wAA7P/s/+z/7P/s/xQA7P/s/x4AxP/i/9P/1f/K/+v/0f/r/+r/6//n/+v/5/8UAOz/AAAAAAAAAAAAAAAAAAAAABcA8P/k/9n/y//U/+n/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/wAA8f/5/wAA7P8UAOz/7f8AAPf/AAAAAO7/FADs/xQA9P/s/+z/7P/s/+z/6v/m/+z/2v/b/9H/FgAAAAAAAAAAAAAAAAAAAAAAAADp/+3/9/8SAO3/AADY/+z/+//L/87/3P/j/wYA4v/i/+z/7f/v/+z/7f8UAO7/7P8UAO3/7v/6//b/7P/m/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/y8A3f/T/+7/0//T/9D/7P/5//L/4//5/xgA7v/z//n/yv/I/63/uP8AAAAA6v8AABMAAAD0//j/AADv/wAA6P/m/+v/6v/r/xYA6P/q/xYAAAAAAAAAAADs//H/9v8AAAAAAAAAAAAAAAAAAAAA8P/1/wAAAADx/+z/7f8UABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA0//T/9f/xv/X/9b/LgDT/wAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAAAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAM3/3P/W/+n/4P/Q/y8A2/8AAOz/8P/n/97/2P/V/xQAGgDS/8//2P/d/9//4P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AAOX/5v/o/93/DADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALgDd/+T/6//c/9j/0f/l/xQA7P/s/+z/7P/s/+z/7P/s/+z/8/8AAOz/7f8UAOz/2P/n/9v/+v/u/9r/JQDg/wAAAAAAAAAAAAAAAAoAAADT/8r/kv/p/+f/9v/i/83/1P/k/+n/2f/m/+T/2f8nAOD/AAAAAAAAAAAAACAAAADs/9X/nv+v/93/JACk/8f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/r/+v/6v/l/+n/2P/o/xYA6f8XAOv/8P/t/+n/8P/s/8j/AADg/+j/2P/B//f/AADm/xUA7P/w/+z/AADk/9j/AAAAAAAAAAAAAAAAAAAAAO3/GADj/+L/7v8ZAMH/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9P/7/+v/7v8UAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAM//zv/P/9L/y//o/9H/9f8jAAAAAAD6/wAA5v8AAAkAxf/K/9z/yv/T/wAAx//s/+v/6v/r/+z/7f8VAOz/9//5/+f/4v/q/x0A6//c/z0AvP+1/8b/qP/m/8T/sv9BAK7/vf/q/5D/7v/f/87/FADs/+3/7f/t/+z/7P/s/wcAzv/F/8r/5P/S/woA5f8YAOr/4//Z/97/1P/q/+v/FADs/+3/7P/s/+X/7P/k/6D/1v/X/73/+v/y/9D/AAAAAAAAAADw/xQA9v8AAOz/AADb//T/1P8RANH/xf8AAOr/6v/0//n/8f/v/xYAAAA1AMf/0f/o/97/1v/m/83/AAAAAAAA8//3/xQA7P/t/+r/GQAAAPD/AAAAAOj/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkA7P/u/+z/3v/h/9X/+P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/2/+z/7P/s/+z/6/8UAOz/7P/t/+z/7P8UAOz/7P/a/+z/7f/v/xQA7v/k/+z/6//q/+j/6//r/+n/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/T/xEAyv/U/9b/AADT/xEAwf+u/8L/y//F/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/yP/O/9f/6v8ZABAA0f8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/u/xQA7P/s/+z/AAAAAOz/7P8UAPv/7P/Q/+H/3//M/9n/GwDp/87/7f/v/+z/7f/x/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5P/0//f/+f/e//T/HgCw/7v/4P/D/7D/uf/M/2AA4f+z/7//tf+y/8r/1f8/AOz/7P/t/+3/7//s/+z/FADk/xYA6//q/+z/6//q/+n/AAAAAAAAAAAAAAAAAAAAAOf/0/8PANj/3//b/wAA3/8AAAAAAAAAAAAAAAAAAAAAFwD1/wAAAAD6/+v/6f8AABIA6f/s/+3/7P/s//X/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPb/6f/r/9//7P/Z/+n/1v8AANn/5v/s/9j/1v8UAOX/BgDi/9D/zf/0/9P/3f/U/9X/1P/o/9z/2v/U/ycAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/4/wAAAAAAAOz/FAAAAMv/xf8UAMz/zv8AAPT/5P8AAOz/AAAAAAAAFADt/wAAGADY/9L/2v8TANb/zP/i/wAAAAAAAAAAAAAAAAAAAADq/+v/6v/n/+v/GgDr/9f/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//L/9v/t/xQA7P/s//D/7//z//P/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/7f/u/+v/AAAUAOz/2P8LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/4//p/+D/3//m/xsA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/2v/c/8L/zf/W/ywA1v/Z/9v/AADZ/93/6v/V/xMAAAAAAAAAAAAAAAAAAAAAAOv/4f/p/ycA2P/Z/9j/1//6/8z/2P+9/83/AAAUALv/6v8YAPv/9P/r/wAA5f8AANr/2//2/+P/3P/W/+H/PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/AAAAAAAA7P8UAAAA7P/p//X/7P/u/+T/FQD3/xQA7P8AAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAA6f/E/8r/AADh//T/oP8WAAsA+v/q/9H/2P/e/+H/6f/o/xkA6P/n/+z/4f/Z/+z/7P8UAOv/6v/p/+b/6P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAO7/+f/5/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//s/+r/6//r/xUA6P/r/wAAAAAAAAAAAAAAAAAAAADq/wAA2P/Y/9j/2P8UANf/AAAAAAAAAAAAAAAAAAAAAOr/6//s/+z/6//r/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgD2/8H/z//M/8X/7P/F/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwAAAN7/1f/j/9n/4P/Z/wAAAAAAAAAAAAAAAAAAAAD6/wAAAAD2/wAAEwAAAAAA2//b/xwAAADM/9P/2f/i/9j/2P8AABQA3f/X/+z/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//s/+z/6//r/+z/FQDs/+z/+f/s//P/FADs/+7/7P/s/+3/7f/t/+z/FADs/9j/FgD1//r/7//6/+n/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+7/7//t/+z/7P/o/+3/AAD3//P/GADt/+z/AAD2/xsA9P/0/wAA8f/m/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/r/+z/FADp/wAA7/8AAO7/7P8AAOv/FADs/+z/7P/s/+z/6f8PAOz/7P/p/+z/yP8AAOn/AAAAAAAAAAAAAAAAAAAAAOf/7v/s/+v/7//r/xUA7v8HAOn/CADa/9n/7f/2/9//7f/s//j/AADt/+7/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/5v/p/+r/4f/X/wgAHgAIAO7/9P/z//D/AADk/+z/2v/q/+v/1P8AAOj/FAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v8AAOz/7f/W//L/AAC6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/9j/AAD6/9b/1f/5/8f/1//X/+z/7P/y/+r/GgDs/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//l/+v/2P/s/+j/EwAAAAAAAAAAAAAAAAAAAAAAAAAwAM3/1v/Q/9z/y//U/87/AAAAAAAA5f/7//D/7f8rAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDP/+X/5v/l/+f/5P/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8WAOv/6v/r/+z/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+7/6P/c/83/CQAHAMf/DAAAAOz/6//r/+v/2P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/t/wAA9//z/xgA7f/s/9z/0//s/+j/4/8XAOv/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA6P/q/+r/5P/r/+r/AAAAAAAAAAAAAAAAAAAAAPr/3P/I/7//yf8TAOz/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/7/8AAAAA7f/q/+j/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/x//A/+f/NgDW/9L/vf/t/+//7P/t//H/FADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/w4A2//X/+r/8f/f/+v/AAAAAAAAAAAAAAAAAAAAANf/4f/q/+D/3//Z/ycA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQACQDQ/9z/4//s/8v/7P8AAMb/xP+z/9f/sf8RAM7/6//q/+z/7P/r/+f/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/s/xUA7P/t/+v/7f/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//V/9X/zv/V/yMA6v/L/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf/n/+P/5v/S/9//HADh/wAAAAAAAAAAAAAAAAAAAADd/+H/5v8AAOL/7/8TAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAADc/wAADgAIAOv/2v8XAOj/6v/s//T/6v/j/+T/JgAAAAAAAAAAAPP/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAAADk/+v/IwDh/+b/2f/k/9j/AAAAAAAAAAAAAAAAAAAAANH/0f/b/9L/6//6/wcA0/8AAAAAAAAAAAAAAAAAAAAA2P8oAOX/2f/a/+v/2P/u/+f/AADp//r/9f/o/9j/AADo/+//4P/2//H/4f8bAO3/1//N/wAA3P/B/xoApf/F/8b/sf/A/8n/vf8AAPX/CgDb/+j/0//p/+r/9v8VAOr/AADY/+b/1//X/87/AADs/+D/6P/p/+D/GgDm/+P/4/8AAAAAAAAAAAAAAAAAAAAA7f8hAOf/6v/u/+r/3//r/+3/IQDn/+r/7v/q/9//6//a/+b/6//a//H/AADZ/wAA7P/k/+r/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P8UAOz/FADs/wAAAAAAAAAA7/8AABQA7P/s/+z/8//s//D/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA6f/q/+P/5P/k/+j/5v8AAAAA+/8AAAAAAAANAAAA7v/u/xUA9f/z/+7/7P/y/+z/7P/n/+z/7P/q/xQA7P8VAO//AAAAAAAA7P/r//P/FADs//D/7v/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/8f/L/97/0f/f/+7/2f/s/+7/7f/u/+7/7P8UAOz/rf+k/xAA4v/F/9X/7v+3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8YAAAAAAAAAAAA6v/0//n/FAD3/wAA+f8AAPD/8f/U/+3/8//z/+7/7P8nAOz/7v8VAPP/AAAAAO//7f/t/wAAAAAAAAAAAAAAAAAAAADz/wwAAACy/9T/6//s/+L/AAAAAAAAAAAAAAAAAAAAAOf/6f/r/+j/6/8VAOj/7P/f/+z/4P/l/+T/2//D/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/v//n/7f/x//T/FQDs/+z/7f/v/+z/7f8UAOz/BwDr/+3/7P/l/wAA4//Y/+P/7//i/+7/7P/u/+X/GwAAAAAAAAAAAAAAAAAAAAAACADK/97/2v8TAM7/3//F/+j/7f/x//v/AAAXAOz/7P+k/9//tf+i/6r/6P8cAMv/yv8uANv/0P/W/8//0P/U/xAA5v/w/+j/6P8AAOz/2P/q/+r/7P/y/+7/6/8WAOr/AAAAAAAAAAAAAAAAAAAAAOr/6f/p/+3/6//r/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/r/+z/4v/Z/wAA3f8AAAAAAAAAAAAAAAAAAAAAGgC4/8//xf/p/+P/AADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/a/9n/5//b/yUA3//d//P/8f8UAO7/AAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA5/8pAOP/8v/k/+//2P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/M/yUAz//e/+f/5v/T/wAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuf/V/+D/3//o/xQAGgDt/xMADADq/wAA+P8AAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADw//f/6/8TAO3/AAAAAAAAAAAAAAAAAAAAAOz/FADr/+r/6f/m/+j/5f/B/8H/0f8GAMT/uf8aANj/AAC4/+P/7f/0/63/JgDq/wAA2P/s//D/5//q/xQAAADX/9n/7P/s/wAA7P8PANj/AAAAAAAAAAAAAAAAAAAAAPP/1//W/7r/+/+6/wAAFQDn/+z/6v/q/+z/5/8WAOz/AAAAAAAAAAAAAAAAAAAAANb/1P/o/97/7f/e/y0A5//s/+v/6v/r/+z/7f8VAOz/AAAAAOz/7P/r/+n/6f/o/wAAAAAAAAAAAAAAAAAAAADa/+X/tv+7/7L/BgDV/+D/FADs/+z/7P/s/+3/7P/b/wAAAAAAAAAAAAAAAAAAAADh/+j/7P8AAOz/DwDi/+z/6/8UAMr/5//s/+n/8v/s/+z/7P/s/+n/5f/r/xUA7f8AAAAAAAAAAAAAAAAAAAAACQDg//f/0v/T/wAAxP/m/wAA6//r/+//7v/g/wAA+P/s/+v/AADx//n/AADs/xQAAAAAAAAAAAAAAAAAAAAAAPf/3v/U/+b/6f/m/8j/JwDs/+z/7P/s/+z/FADs/+z/5P/n/+j/5//T/+L/4P8fAPb/AAD5/xcAAADv//D/+v8AAAAAAAAAAAAAAAAAAAAA6//X/+b/4v8AAOn/FADi/xAA+v8AAAAAAAAAAPH/AAAVAAAAAAAAAAAAAADs/wAAAAAWAPj/AAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q//T/8f/5/+v/FADt/wAAAAAAAAAAAAAAAAAAAADq/xUA6//r/+z/6//r/+v/4f/e//L/7P8NANv/7f/T/+v/7P/s/+z/7P/s/xQA7f/s/+z/7f/q//b/FADr/+7/7//t//L/9f/x//H/FADt/+D/7//1/wAAAAD5/yAAAADV/y4A2f8AAAAA7//V/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0//H/yv/G//b/rP/P/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0/8AAOz/9f/Z/8//3v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/6//s/xQA7f/z//r/+f/x/+z/7P8jAOX/5P/g/+L/2P/W/+H/AAAAAAAAAAAAAAAAAAAAAOz/7v/t//D/8P/s/xQA7P8rAOn/8/8AAPP/0//Y/9n/AAAAAAAAAAAAAAAAAAAAAOb/3//q/+n/6//V/x4A5f/a/+f/6f/r/+z/5v8eAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q//b/8v/5/+f/FgDq/+z/9v/0/wAA+//w/xQA+f/U/9f/6f/l/+T/0P/a/ykAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6//c/+n/9f8AABQA7P8TAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/r/9v/4P/a/9j/IADs/wAAAAAAAAAAAAAAAAAAAADq/xYA6v/r/+v/6//p/+z/AAAAAAAAAAAAAAAAAAAAAPv/+f8AAAAAAAAAABEA9P8AAAAAAADw/xQA9v8AAOz/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/9v8AANr/8/8SAO//7f/t/wsA7P/s/9j/6f/0/xQA6P/m/+f/3//n/+H/GADm/+H/NwDh/9z/0v/Z/8//3f8VAOv/+P8AAAAA7v/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAOX/2//l/9j/6v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAcAPn/AAAAAAAA9v/m/wAA9P8UAO7/8//s/+7/9/8AANf/1//f/9j/2v/X/ykA2P/d/9j/4f/Y/+f/EQDt//T/FwDq/+r/6P/q/+T/6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/8P/AAAbALb/7v+w/+b/+v/O/9f/1//R/7//HgDM/+z/7f/t//T/7f/s/xQA7//n/x0A4P/q/9//6P/a/+b/AAAAAAAAAAAAAAAAAAAAAOr/6v/p/+j/7/8gAO3/4f8AAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADs/9n/4v/n/+3/FgDr/+j/7P/s/+z/7P8UAOz/7P/s/xcA9f8AAAAA+v/r/+n/AADa/+z/7//Z/wAAAAAAAPf/1//X/+r/5f/C/wkAGQDd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQD1/wAAAADz/+j/5f8AAOr/4v/q/+n/6f/r/xkA7P8AABMAAAAAAAAAAADu//T/7P/s/xQA7P/s/+z/6//s/+r/GADp/+j/7//q/+j/6v/f/+b/AAAAAAAA+v8qAAAA3/8sAO//2v/P/+T/yf/K/9//DQDY/9P/1v/N/w0A6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQA0v/c/7//0v/T//X/0P/r/+z/7f/s/+3/6f8VAO3/zP/S/9n/6//0/9T/y/84ABAA0P+u/5z/0f/j//n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/W/7T/+v/D/8v/MwCi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+r/3f/X/xQA6f8AAAAAAAAAAAAAAAAAAAAA4//Z/97/2f/h/xMAAADr/+3/6v8AAAAAAADw/xYA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/v//f/8//2/xQA9P/s/xQA7P/s/+r/4//s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA7v8AAAAAEgAAAAAA+P8AAPD/9f/Z/9n/4//c/+r/4P8sAN//AAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA8f/s/+3/7P8HAA8A5P/n/wAAz//I/9//5v/L/+j/2P/6/+H/JADn/+7/BgCp/7H/4P8AANX/4//M/9X/2v/a/9f/yv8yAOX/qf/z/5r/rv88AKv/pP/n/+v/EwDu/+j/6v/y/+T/BQDZ/97/zP/Q/+f/xf8AAA4A7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADd/+b/2P/r/wAA8P/g/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAADs/wAAEgDq/wAABgDS/+7/mf8bALf/9P/i/+j/6//u/+//FwDq/+f/6v8XAOn/6f/t//X/5//n/+r/AAAAAAAAAAAAAAAAAAAAAB4A2P/r/+D/2f/y/9L/xv8AAAAA9v8AAAAADAAAAAAA7P/s//L/7f/u/+v/FADs//v/zv+q/9f/xP/S/57/AADi/+z/1P/V/9H/xP+8/y0AuP/M/8X/HADC//j/z//c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3/8sANr/xP/Y/8X/zf/k/+r/FQDr/+7/6//t/+n/7P8ZADsAuv+w/5X/vP+I/6f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+z/7P/q/+z/7P8VAOz/5f/l/+z/EgDs/wAA6f/q/wAAAAAAAAAAAAAAAAAAAAAUAAAA9P/u//r/7P/s/+z/7//s//b/9v/y/+H/EgDu/wAAAAAAAAAAAAAAAAAAAADj/+X/5v/m/+n/4/8bAOT/AAAAAAAAAAAAAAAAAAAAAPn/6f8hANz/8P/w/+X/7v8AAAAAAAAAAAAAAAAAAAAA6v/P/wwA8f/a/7//AADV/xQA7P/u/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/7P8UANP/3//j/xQA3//i/wAA6v/s/+z/7P/s/+3/7P8UAOz/AADk/+H/4P/m/9f/GwDW/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFADs/+z/9v/s/xQA7P/s/+z/8//t/5z/4P/e/4r/2v/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/U/93/4v/U/9r/KgDd/8v/yP/O/8r/z//Q/zIA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/NQDg//j/wv/B/7j/6v8AAN//b/+b/8n/xP/5/+T/AAAAAAAAAAAAAAAAAAAAAOP/FADe/wAA2P/Q/9f/5v/s/xQA6//r//b/6//q/+H/vf8TALz/4/+k/7H/AAAUAOf/JgDI/9f/xf/r/9r/5//s/+z/7P/t/+z/7P8UAOz/AAAAAAAA9v8AAAAADwAAAOX/9P8AAAAAAAAjAO//8P/k/xcA8f/r/+r/0P/r/+H/AAAAAAAAAAAAAAAAAAAAAPr/GQD6/wAA+v8AAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/X/8v/0v/k/+f/2v8mAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/r/+j/FgDo/+r/6f/d/wAA4v/n/9v/5f8QAOX/6f8WAOv/6//o/+r/6P/r/+z/7f/u/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAFgDs//f/7//5//D/6v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//i/9r/2P/f/+z/6/8ZAAAAAAAAAAAAAAAAAAAAAADt/+//9P/s/wAA7P/6/xQA2P/Y/+X/6f/n/xMAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/+T/6//h/+v/AAAAANn/1f+//9P/AADv/wAA6f/c/yMA3P/Z/wAA5P/W/83/1//l/5T/g/8HAH3/oP8AAOn/FADs//L/+P/w/+z/7f/s/wAA7f/s/+z/7P/a/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwD4/wAAAAAAAPP/AAALAMn/xf/L/+H/JgCy/7f/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADd/8H/5f/r/zAA3P/Q/97/FADb/+r/1//X/9b/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADY/xQA5v/p/+j/6f8AAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/9D/2f/l/9n/6/8sANL/7P8UABEA7v/3/wAA6f/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6//t/+z/6//v/xUA7//7/xUA9/8AAAAAAAAAAAAAy//M/9j/CwDl/wsA5//T/9n/AAAAAAAAAAAAACcAAADa/9z/6v/j//P/JwDa/+r/AAAAAAAAAAAAAAAAAAAAAOn/7P/s/+v/7//t/xcA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/p/9j/4P++/wAAw/8JAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA4P/j/9f/2P/i/yQA2P/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/8P/u/+z/7P/s/+H/5f/i/9b/4v/e/x0A3//k/wAAAAAAAAAAHAD4//L/AAD5/6//5//U/+b/4//u/wAAAAAAAAAAAAAAAAAAAADf/8f/3f/s/7j/3P8xANr/8P8AAPD/JAAAAOf/4/8AAL//wf/l/9j/6P8nAIr/vP/r/+b/6v8TAOz/8v/n/+z/5//s/wAADwDt//j/6//s/wAAAAAAAAAAAAAAAAAAAADJ/9L/0v/O/9L/1P8vAM3/7P/s/+z/7P/s/+z/FADs/wAA5f/n/+z/6P/s/wAA6v/s/wAA5P/d/+z/0//W/xQA1//a//f/3P/Y/8f/LgDa/7v/zf/V/9P/4P/N/zkAzf/X/+D/6//k/+v/3P8fAOH/6P/J/93/6f/r/+H/GgDV/wAAAAAAAAAAAAAAAAAAAAAKAIf/DQDq/3T/FgDt/6T/7P/s/+v/7f/s/xQA7P/s/+z/7f8UAO3/+v/s/+z/7v/2//L/AAD1//L/7P/z/xQAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA7f/X/97/6f/G/+3/IwDn/+n/7v/u/wAA7v/s/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADc/9j/AADe/+v/LgDb/+H/AAAAAAAAAAAAAAAAAAAAAMX/PwDJ/8r/z//A/8P/w/8AAAAAAAAAAAAAAAAAAAAA2v8AALv/sP+u/xsA4P8QAOP/3v/r/93/6v8pANf/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYA3//q/+z/7P/o/97/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADf/6v/tv+1/6v/kv8nAL3/7P/4/wAAAAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/t/wAA7P/s/wAApf/M/wAA8v/R/9z/t//y/wAAAAAAAAAAAAAAAAAAAADs/+3/FADt//r/7P/s/+7/DgAAAAAAAAAAAAAAAAAAAOn/6v/1/+3/AAAaAPj/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA5f/p/9f/6P/e/+v/AAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7f/t/+v/6//s/xYAAAAAAAAAAAAAAAAAAAAAABQA7P8AAO//AADu/+z/AADo/+v/7v/v/xcA6v/n/+r/AAAAAAAAAAAAAAAAAAAAAN//5v/q/9r/6v8LAOr/7P/g/+r/6P/n/+r/GgDk/+P/AAAAAAAAAAAAAAAAAAAAAOz/6//q/+j/7P8UAO3/AAAXAAAAAAAAAAAAAADq/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAADx/wAAEwD7/wAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAMn/GADX/9T/3//W/w0A7/8AAAAAAAAAAAAAAAAAAAAA5P/j/+T/3f/p/+X/HADo/9T/2P/U/8//2v/4/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAOz/9P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAUAO3/7P/z//H/7//s//D/1v/m/+T/4v/n/yAA2f/b//X/8P8AAAAA+f/y/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/p/+//97/3v8HALb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/t//j/yEAt//L/9f/AADl/9r/5//Y/wAA6P/q/xEAEAD5/wAAAAAAAPj/+f8AAOX/4v8bAN7/5f/p/+n/6f/s/xQA7v/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPv/+f8AAAAAAAAAABEA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/v/+7/4v8UAPb/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADq/+n/6f/t/+v/6/8WAOr/+v/X/8X/tP/g/+//AADE/+z/7P8UAOz/7P/s/+z/7P/m/+3/6v8AANz/8v/z/+f/yv/j/+b/5f/k/9z/KwDi/+v/2v/r/+D/AAAgAOL/3P8AAAAAAAAAAAAAAAAAAAAA6v/o/+z/6f/s/+v/FQDr//v/+f8AAAAAAAAAABEA9P8AAAAAAAAAAAAAAAAAAAAA3v/t//T/6//t/wAA5v8TAO3/7f/x/+v/7f/s/+7/FAAAAAAAAAAAAAAAAAAAAAAAAADv/+X/vv/U/7r/wv8NAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s//b/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAD2/9//2v/m/9H/+f8FAOz/AAAAAAAAAAAAAAAAAAAAAOz/AADg/+z/8f/s/xQA2f8AAAAAAAAAAAAAAAAAAAAAAAD1/xIA+v8AAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q//T/+f/x/+//FgAAAMr/2v/n/9T/yf/b/93/LAAUAOX/8//X/+3/AADs/9f/9v8hAAAA+P8AAAAA4P/4/wAAAAAAAAAAAAAAAAAAAAAUAPL/AAAAAAAA9P/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/7f8UAO3/AADs/+7/9P/s/+z/7f/v/+7/FADt/+z/6//u/+//8//y/+v/FQDt//n/5//l/+D/4f8XAOf/2P8AAAAAAAAAAAAAAAAAAAAA1v/w/+r/u/+s/9v/AAD2/+v/6//s/+n/FgDr/+r/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/xQA7P/s/+3/7P/s/+z/7P/f/+P/6/8AAAAA5f/o/x4AAAAAAAAAAAAAAAAAAAAAAOz/3P/k/9r/8P8AAAsA3v8AAAAAAAAAAAAAAAAAAAAA2v/k/+b/3f/o/xgA6//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8ZANT/6f/n/9//2P/r/+z/7P/t/+z/7v/s/xQA7P8UAOz/7f/t/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/6v/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//H/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s//r/8v/s/xQA7P/s/7r/AADT//T/4f8AAJz/8f/r/9z/6//j/+X/FgDl/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/7P8AAOv/6//v/wAAAAAAAAAAAAAAAAAAAADw/xQAAAD6//b/+v/s/wAAAAAAAAAAAAAAACwAAADa/8D/yP/S//r/1v8JAAoAzP/v/wAA9//1//P/AAAAABYAwP/M//n/NADY/7H/yv/Y/+z/1//r//f/1P/H/8f/6//r/+v/7P/r/+v/FADs/+v/FAD4/wAA8P/4/+v/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAABQAvP8AAOn/zf/K/+v/tP8dAO3/7P/s/+z/2P/s/+z/IwAAAAAAAAAAAAAAAAAAAAAA2/8fAOv/4P/h/+L/4P/k/wAAAAAAAAAAAAAAAAAAAADc/9n/y//V/9X/FQAUALb/1P/a/9L/IADW/8z/4v/i/+v/6v/p/+j/6P/S/xUA4f8AAAAAAAAAAAAAAAAAAAAAFADr/+v/6//s/9j/7P8AAOv/+f8AAOX/8v8YAOj/6f8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+r/7P/v//P/+v8UAO3/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAACx/7j/UwC7/7v/rv+1/8r/5//r/xUA6//s/+7/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/7/8z/mv+k/wsA3//y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/AADX/9T/1//I/wAA1P/r/yAA0f/X/+r/1P/q/9z/4P/W//T/3v/p/9j/1/8kAOf/6f/q/+r/6v/m/+H/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/HwDn/9//5P/c/+b/5P8AAAAAAAAAAAAAAAAAAAAA2/8dAOP/5f/o/+b/5v/h/9f/3//q/+z/1//l/wAACAAAAAAAAAAAAAAAAAAAAAAA6P/v/+D/9v/x/+H/GwDt/xwAzP+5/8X/2P/K/+7/0P/s/+3/7v/t/+3/FADs/+z/AAAbAL3/tf8TAMb/s//o/xEA5f8AANj/6P/F/9f/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/u/+1/woA6//u/+X/AAAAAAAAAAAAAAAAAAAAAAAA2f/r/+z/7P/j/+z/4/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/S/xYA4f/Y/7b/+f/x/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P8UAOz/+P/w/wAAAAAAAPn/GQD7//f/8/8AAAAAAAD4/xYA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//o/+v/6P/r/93/GADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8IAOD/1v/e/9n/+f/Y/wAAAAAAAAAAAAAAAAAAAADY/9f/FAAAANb/5f/P/9j/KwCz/7n/EgCz/9//vf+j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/FADb/9j/7P/M/wAA+v/s/+z/7P/r//H/FADs/+3/4P8UAAAA6//q/9f/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAPH/AADl/+z/7f/t/+z/7P/s/xQA7P/k/+P/5P/j/+j/4f8cAOT/AAAAAAAAAAAAAAAAAAAAAOz/7//t//D/7/8UAOz/7f8YAPD/AAAAAAAAAADt/+//FADp/wAA7P8AAAAA7P/s/+z/7P/t/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/7P/r//D/8v/s/+3/FQDs/wAAAAAAAAAAAAAAAAAAAADj/9r/3//i/9//8/8kANL/AAAAAAAAAAAAAAAAAAAAAAAAuP+8/9j/0v8HAOf/3v/s/+3/7f/s/+z/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAOD/6P/s/97/6v/s/xkA7P/t/+//7P/t//H/FADu/+z/AAAAAAAAAAAAAAAAAAAAAOf/9//h/+3/2//M/+H/wP/o/xgA9v/3/+z/EgDV/wAA7P/s/+z/7P/v/+z/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAOv/AAD0/+D/7P8AAOj/AAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAA2P/b/9v/5v/s/yoA2v/1/9j/2P/T/83/2v/V/y0Az//s/+z/7P/v/wAA7P8UAOz/AAAAAAAA+f8AAO//+f8aAOv/6//s/+v/6//q/xUA6/8AAAAAAAAAAAAAAAAAAAAAyv8AAAAA2P8AAO3/OAAAACMA4v/i/wAA1v+9/+P/1v/t//n/AAD6//X/7P/t/xUA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADy/wAAAAD6/wAAFADs/wAA+P/q/9H/0/+r/9j/9v8AANj/2v/e/wAAAADb/9r/CADp/+v/7P/s/xQA7P/s/wAA7P/s/+3/7P/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAADh/9X/4P/o//H/5f8uAOf/1//U/87/zf/q/9b/LQDe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+f/FADs/+z/6/8JAOz/6//q/+z/7P/r/+f/FQDr/wAAx//U/9j/1v/X/yUA0P8AAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/7P/p/+z/8P/w/+z/AADs/xQA8P/Y/wUA6//y/+f/3/8VAO7/AAAAAAAAAAAAAAAAAAAAAO7/FADw//j/7P/s/+z/7f/p/+j/6v/q/+v/6P8WAOz/sP+j/9D/wP/H/zIA9v+i/+f/5v/q/9r/8v/q/xwA4P/W/9f/zv/p/9H/AADU/xMA3v/i/wAA0//f/yEA1v/k/97/5f/q/+f/3/8nAOf/2P8AAAAAAAAAAAAAAAAAAAAAuP/A/9n/6f/F/8//CAAaAOz/7P8UAPD/AAD7/+z/+P/Q/8//0//b//L/1/87AN3/AAAAAAAAAAAAAAAAAAAAAOz/7v/t/+7/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/9f8AAAAAAAAAAPL/EwAIAOD/2P+//9H/6//t/8//AAAGAM//3v/m/97/6f/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/FADr/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/r/+z/6v/s/+L/6v/w/+r/5f/X/9b/AAD2/+D/BwDC/87/zf/U/wcA1v/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//7P8AABQAAAAAAAAAAAAAAAAAAAAAAOD/AADt/93/6f/p/wAA5P8AANP/9f+s/8b/z//P//j/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v8AAPf/AADw/+z/+f8AAAAAAAAAAAAAAAAAAAAA0v8qANr/4v/e/9r/1P/k/+z/FQDs/+3/7P/r/+n/7P/r/+v/9f/4//H/9/8VAOz/1v/G/9v/7f8FAOL/7f8AAO3/7P/t/+z/7f8UAO7/7/8AAAAAAAAAAAAAAAAAAAAA8P/m/+r/6v/p/+v/FgDs/+z/7v/t/+7/7v/s/xQA7P8cAPn/AAAAAAAA9v/m/wAAz//q/6r/GACb/+//AAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAAA9//v/wAA6v/q/+z/AAAAAAAAAAAAAAAAAAAAAAAADwAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/0/8OAND/zf/G/w0AzP/n/8L/7v/E/9P/y/8WAN//7v/s/+z/7P/z/+z/FADu/wAA8//F//r/vP8AAM7/8v8AAAAA7v8AAPT/9P8AAO//9v/t//L/+P/1/wAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8aAPn/7P/u/+T/5//s/xQA7f/z//r/+f/x/+z/7P8AAAAAAAAAAAAAAAAAAAAA3f/r/+n/5//j//P/4v8TAM7/5P/k/8n/+v/i/9f/HwDs/+z/7P/s/xQA7P/s/+z/FADs//n/7f/y/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/o/wAA5P/r/wAA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfANX/2//y/9j/zv/C/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALANf/5v/z/+D/6f/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMD/wv/B/8b/PADJ/9v/7f/s/+z/7v/s/xQA7P/s/+z/AAAAAAAAAAAAAPX/5f/v/wAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAABgA7//T/6f/yv/o//H/t/8AAAAAAAAAAAAAAAAAAAAAmP++//D/zP/h/yQA3v/C/xQA7P/s/+z/8P/s/+z/7P/o/+b/6//q/+v/FgDo/+r/EAD6/wAAAAAAAAAA8f8AAPv/EQAAAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAA4v/n/+n/5//n/9//GgDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/IgDU/9P/wf/6/77/2v/y/wAAAAD6/wAAFADs/wAAAADg/+z/7P8UAOr/2P/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+v/7f/s/+X/6//u/wAAAAAAAAAAAAAAAAAAAADr/xcA6//1/+//7f/v//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnAMX/2v/E/73/wv/h/97/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/9/8AAAAAAAAAABYAAADo//j/AAAAAAAAAAAZAAAA7P/r/+//7P/w/+z/FADs//n/4v/k/+n/+f/j/+D/IwDq/+b/7//r/+r/7P/c/xoA4v/e/+r/7P8AAOj/4f8HAKv/uv+l/67/lP+7/7z/XQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAPf/+f8AAAAAAAAAAAAAAAAAAAAAAADq/xkA6v/q/+v/6//j/+z/AAAAAAAAAAAAAAAAAAAAAPn/0f8fANH/3//O/+z/xP8UAO//8P8AAPf/AADs//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAMP/w//k/73/w//i/+v/FQDa/83/x//c/7v/9P/f/wAAAAAAAAAAAAAAAAAAAAAVAPP/AAAAAPP/+P/r/+3/6v/Z/+z/2P/m/ygA2P/Y/+z/7P/t/+3/7//s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7f/Q/7P/AADQ/83/xP/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/1/+7/7v/y/+j/GAAAAOz/7f/s/+z/8v/s/xQA7v8SANj/7f/o/wAA3P8AAO3/7P/s/+z/7P/s/+z/7P8UABsA7P/u/+3/7v/f/+P/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgDq/9T/AAC9/+j/vP/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK//n/2v/p/w0A9P/B/+v/7P/s/+v/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/9T/1f/Z/8X/0P/7/wAAAADr/+v/7P/r/+v/FADs/+v/zf/H/+D/3P/m/8T/9P8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/0/+v/AAD5/xYA9P8AABoA0v/P/9j/3f/f/+D/6P8AAAAAAAAAAAAAAAAAAAAA3P/d/wAA6v/m/+n/EgDb/+L/AAAbAN7/3//l/+f/2//j/97/3P/V/+P/1P8hAN//AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5f/a/9//4P/R/8X/DgAMAN//6v/c/+n/7v8UAO//7P8AAAAAAAAAAAAAAAAAAAAA3P8iANv/4P/l/+H/4//e/wAAAAAAAAAAAAAAAAAAAADV/7b/1v/Z/8X/5v83ANL/GwDt/+3/8f/5/+X/6P8AAAAAAAAAAAAAAAAAAAAAAAAWAPj/8//5/wAA6v/q//T/3/8AAPf/6P/a/+z/2v8RAOz/AAAAAAAAAAAAABgAAADV/+j/5//r/xQA5v8PANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPr/x/+//8L/wf/c/x0Ajv/q/+r/6f/n/+n/FwDn/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAOz/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/6v8WAOz/9v/5/+7/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/4v/q/xIA5//e/wAA4P8UAPb/AAAAAOz/7P/s/+z/9v8gAAAAAAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJv/lP+j/3kAnf/E/37/jv/0//P/9//s/+//7P8UAO3/5v/c/+f/GgDw/+j/6f/i/8H/1v/J/ywA0//q/8T/vf/r/+r/6//m/+r/5f8WAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACw/8D/pf/L/wsAvf+s/ygAAAAAAAAAAAAAAAAAAAAAAAAA1v+6/33/nf/n/wAAs//m/xIA5v/q/+z/7P8GAOv/9/8VAOv/7f/s/+z/6P/z/xAA+f8AAAAAAAD4//n/AAAcAPn/AAAAAAAA9v/m/wAA7P/t/+3/7f8AAOz/7P8AABQAAAAAAPj/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAtP/U/7n/wP/A/9z/JgDP/+z/6//r/+r/7P/q/xUA7P/o/+v/4v/V/8P/6v8tAMD/AAAAAAAAAAAAAAAAAAAAANj/3f/W/9n/5P/g/ycA2v/q/9v/5//b/97/AADh/w8AFQDs/+z/7P8AAOv/6//v/wAAAAAAAAAAAAAAAAAAAAAAAOz/6v/q/93/1/8UAOn/AAAAAAAAAAAAAAAAAAAAANj/AADT/xQA3//s/9n/3//p/+v/8//r/+v/FQDo/+v/7P/n/+z/7P/s/+z/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA4P/s//H/6P/m/+r/+f8AAAAAAAAAAAAAAAAAAAAA5P/1/wAAAAAAABwA6//i/wAAAAAAAAAAAAAAAAAAAAAUAO3/7P/z//H/7//s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE//j/DwC2/9T/HwDa/8r/AAAAAAAAAAAAAAAAAAAAAOn/4f/1/wAAAAAXAOz/7P/p/xQA8//y/9n/4v/s/xAAAAAAAAAAAAAAAAAAAAAAAAoA6v/n/+H/6v8AAPP/+/8AAAAAAAAAAAAAAAAAAAAA5P/h/+L/7f/b/yQA6//M/xQA7P/w/+7/7v/s/+z/7P/5/+v/7P/2/+r/7P8OAOT/rv+0/9X/yP/K/0MA0v+V/9n/2P/t/+z/5f8cAOv/3v/n/83/xP+8/8z/MgC9/8v/AAAAAAAAAAAAAAAAAAAAANn/5v/Z/+P/5//6/xQA6//S//r/EgDf/+z/yv/g/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/xQA7f/v/+z/5f/s//H/AAAAAAAAAAAAAAAAAAAAAOn/7P/p/+v/6v/p/9r/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/yf/Y/9f/AADf/wsA0P/m/+j/0v/n/y0A2//a/77/7P/s/+z/7f8VAOz/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+n/7f/b/9j/AADY/wAAAAAAAAAAAAAAAAAAAADr/+j/5//m/+n/7P/r/xcA6//o/xQA5//l/+r/6//w/+z/7P/s/+z/7P8UAOz/7P/3/9j/4P/0/+j/AAAKANn/AAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8/AN7/5P/k/+T/zv/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//x/7j/0v8UAOb/6v/G/+T/vv/U/+r/NgDi/8z/tf8AAAAAAAAAAAAAAAAAAAAA9//U//f/AAArAPj/8v/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/t/93/7v/z/ygA2v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8P/1//T/7//s/+z/AAAAAAAAAAAAAAAAAAAAACMA+f8AAAAAAADz/97/4/8AANf/f//f/8L/uf8AALT/AAAAAAAAAAAAAAAAAAAAAOv/5v/B/yEAqP8AALz/tP/q/+v/6/8VAOz/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAADs//v/FAD3/+z/7P/s/xQA7P/s/+z/7P/s/97/0f/d/9z/4f8SAAAA6/8UAOz/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANX/7f/c/93/6P/X/xAADAAAAPv/9f8AAAAA+v8VAAAA7P/s/+3/7P/s/+z/7P8UAAAA+//1/wAAAAD6/xUAAAAAANv/7P/q/+z/6//g/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+7/7f/t/xQA7P/s/+r/7P/5/+v/AADs/wYAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5v/s//H/FQDq/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA2v/T/+r/3f8AANf/2P8AAOD/xP+4/7f/FgCv/7L/AAAAAAAAAAAAAAAAAAAAAO3/7f/z/+z/7/8UAO3/7P8AAAAAAAAAAAAAAAAAAAAA2P8AABQA7P/s/93/5v/s/8X/uf++/7T/yf8xANf/xv8AAAAAAAAAAAAAAAAAAAAAFgAAAN//3//e/+z/xP/i/+r/7P/s/+3/7P8UAOz/7P8MAOb/5v/r/+3/EwDN/83/AAAAAAAAAAAAAAAAAAAAAOb/7f/s/+v/2P8AAPP/AADs/+z/7v/T/+b/DwDu/wgA2v8AAAAA7f/4/+j/IADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/a/9f/8f/W/+r/FADs/9//1v/j/9z/IQDg/+v/xf8AAAAAAAAAAAAAAAAAAAAAxv/T/+D/6//Y/+z/EQD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtf+8/93/5f/Q/7X/NQDb/wAA7P/u/xQA7f/Y/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v8UAPL/8v/0/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAxf/M/8r/w//2/8//7P8VAO//7v/s//H/6//s/wAAAAAAAPH/AADw/+z/FAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/7P/s/+v/FADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/9f/3v/Y/9r/0v8JANn/lf/H/7n/tP/L/9f/y/9VABAA+f8AAAAAAAD4//n/AADs/+z/8f/a/+v/2f8YAOL/6//s//D/7P/z/xUA7P/s/+7/rv/V/7T/7f/R/wAADgAUAPj/AAAAAAAA7P/s/+3/2P/m/9//4//t/ygA3//r/9b/5f8AAOj/8v8AAPP/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/0f/V/9b/7v/J/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/8P/t/+z/7P/t/xQA5f/2/+H/6v/v/xoAyf/u/xQA9P8AAAAAAADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAD2/xsA9P/0/wAA8f/m/wAAAAAAAAAAAAAAAAAAAADs/xQA6P/m/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANn/AAAAAPj/6//k/93/CAAWAOn/6v/q/+n/6P/q/+r/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAML/CwDW/8b/1v8JAMX/wf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/4f/a/+T/6f/i/+D/GADW/wAA0P/Z/yoA4P/i/8//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPr/8P/l/9H/6//s/87/IwDl/+T/4P/i/9j/1v/h/wAAAAAAAAAAAAAAAAAAAADz/8f/0f/a/73/MADv/6T/FADz/wAAAAD3/+3/7P/s/w0ABgAAAAAAAAAAAOX/AAAQAPr/AAAAAAAAAADx/wAA0f/m/9X/2P/q/wUAAADU/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwDW/9f/4f/o/+f/2P/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/q/+3/AADs/xIA2P/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/vP/Z/77/yf8AAK//CwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/r/xQA6//r/9z/6P/a/+b/6P/p/yIA7P8KANn/7P/s/+z/7P8AAOL/4v/4/wAAAAAAAAAAIQAAAOz/7P8UAOz/7P/s/+z/7P/s/+z/7P/r//H/FADs/+3/+v+o//L/xf+//wUA7P+y/+n/6//r/+z/7f/q/xYA8P8gANX/6P/o/+X/3//q/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xYA6//W/+P/4P/k/+z/7P8UAOz/7//t/+7/7P/s/+z/6/8AAPT/7v8AAOz/FQAAAAAAAAAAAAAAAAAAAAAABQDC/wAAwf8XAMv/3v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/b/+v/zP/o//f/GADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/GgDd/7f/qf/Y/6j/0P8AAAAAAAAAAAAAAAAAAAAA6v/r/+z/7P8UAOv/9v/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7//t/+7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/wYA4v/r/+X/AAAAAND/+v8iAAAA9//w/wAA3//0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v+4/8v/zP/a//D/CwDA/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/wAAAAD0//L/7P/3//H/8P+7/wAA1//s/97/5/8AAAAAAAAAAAAAAAAAAAAA3v/P/9T/1P/f/yIA5f/g/xQA7v/s/+z/9P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAEgDK/wsAqf/W/6z/y//Q/+z/FADs/+z/7P/s/+z/7P8VAND/vP+w/7f/AADJ/77/7P8AAOz/7//u/+z/FADr/wgA5P/a/9n/1//r/9r/AAAQAAAAAAAAAAAA9//5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AADv/wAA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAOP/6v/l/+T/6v/p/xoA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAPr/8v8AAAAAAADu/wAAHgD4/+7/AAAAAAAA6v8AABQA7P/s/+7/7f/t/+z/7f/p/+j/6P8XAOr/1//s/+T/6v/o/+b/6f/q/xQAAADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//c/9//9f+5/wAAuP/o/+z/7P8UAO3/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/+n/2P/Y/wAA0//U/+H/y/8dAOz/FADs/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/9/8AAOz/7P8AANn/v//b/7T/pv+z/xwAJQDX/wAA3P/c/8//xv8aANb/AADe/9f/y//Y/9D/DwDI/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/7P/j/+H/7f/q/xgA7f8AAAAAAAAAAAAAAAAAAAAAFADv//f/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHgDg/9z/yv/k/9f/4//x/+f/AAAAAOr/AADo//j/FwAAAAAAAAAAAAAAAAAAAAAA7P/r/wAA9P/u/wAA7P8VAOz/7P/s/+z/7P/s/+z/FADf/7n/uv/g//X/IwDc/+X/AAAAAAAAAAAAAAAAAAAAAOz/6v/r/+z/FADu/+v/9v8VAOz/7v/2//D/7f/r/+//9v/Y/93/3v/Y/x4A2//Y/+7/7f/3/+3/7P/s/+z/FADd/wAA6P/4//H/7v/a/wAAAAAAAAAAAAAAAAAAAAAAAAoAFADT/9f/AADf/8v/1v/I/w4Ay//P/9X/6f/X/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDp/9//7P/j/+f/1v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/F/6L/BQDs/xkAzf/o/wAA2P/u/+n/EgDa/9n/2//i/+f/6f/n/+f/3/8aAOn/AAAAAAAAAAAAAAAAAAAAAOn/6f/o/+j/6/8XAOv/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//s/+3/FADs/wAAAAAAAAAAAAAAAAAAAADv/xYA7P/s//L/7P/p//P/AAAAAAAAAAAAAAAAAAAAAO//FgDs/+z/8v/s/+n/8//3//H/7f/t/+7/FADt/+z/7P/6/wAA7P/s/+z/7f8UAMP/2/+t/5//rv8lAJn/9f8AAAAAAAAAAAAAAAAAAAAA4//q/+3/8v/t/9b/3/8uAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/s/+z/6v/s/xAAAADs/9n/MgDi/+7/1//u/8n/7v/s/+z/7//s/+3/7P8UAOz/AAAYAOr/4f/Y/xAA3f/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/3v/R/97/8P/q/xkA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAsv/V/9L/1f/n/77/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/M/9n/5P/u/yYA1v/i/xgA5//o/+b/5//o/+f/5//X/ywAzP/B/7//xv/W/+L/BwDY/wAA7P8AAOz/2f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuf/i/+L/tP+4/xQA2P/y/wAA+f8AAAAAAAANAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAD6/wAAAAAAAAAA8f8AAOH/4//X//L/s//G/wcAAADn/zEAAADn//r/AADa//D/6f/o/+r/6v/r/+j/FgDs/+b/2P/W/9T/1f8TANL/CADi/+D/6P/d/+j/4/8cAOL/1v80AMv/wf/D/8X/z//a/9v/2//k/93/5f/c/yMA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/6f/X/9v/6P/b/xkA5/8AAAAAAAAAAAAAAAAAAAAAx//N/4//xf/u/+3/0/8UAB8ADADg/+T/yP/b/9b/zf8AAAAAAAAAAAAAAAAAAAAA0v/W/wwA6//N/9T/AADr/xQAAAD0/+7/+v/s/+z/7P/o/7//0v/w/8r/7//p/7//AAAAAAAAAAAAAAAAAAAAAPv/+f8AAAAAAAAAABEA9P/l/xsAAADq/+b/3f/Y/9z/DwDN/8//vv/M/7b/9//D/+z/7P/t/+r/9v8UAOv/7v8YAM7/z//q/+D/8f/M/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//f/AAAAAAAAAAATAAAAEAD5/wAAAAAAAPj/+f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/AADs/+//FADs/+z/7P/q/+z/7//z//r/FADt/wAAAAAAAAAAAAAAAAAAAAC7/+D/4//v/9D/2v/W/ykA0P/o/+r/2f/a/9j/LwDb/+r/1v/b/9H/5/8AAOz/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//r//P/8f/q/+v/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+3/FADs//j/8P/t/+z/AAAUAO//7P8AANz/6//r/xQA2P/6/9T/EQDT/+X/AADa/7H/5v8GABMAAADn/+H/6P/s/9n/5P/a/xcA6P/q/+z/9P/q/+P/FADu/wAAAAAAAOz/+P/w/wAA5f/F/+//x//y/wYAy/8AAAAAAAAAAAAAAAAAAAAA9//f/+b/6v/r/+v/5P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgA1v/W/+b/2f/T/wAA3v8uAO//5v/4//H/2f/T//b/3f/V/ygA1//a/9//2f/W/8n/3P/D/zMA0P+//8f/4f/Y/+z/7P/l/9n/5f/d/x4AoP8AANP/wP8XAPD/uv8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/s/+r/6//s/83/AADG/97/IADg/8H/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACkA5v/y//n/7//X/+v/6f8UAO7/9v/u/wAA8P/s/9j/0P8uAOv/6v/r/9//0P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xsA9P/0/wAA8f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+T/9f8AAAAAAAAcAOv/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL3/uP/b/xkAuv/n/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACi/47/6v/W/6X/RwC2/5f/AAAAAAAAAAAAAAAAAAAAAMX/of/Z/wAAyf8AAJv/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/4//l/+j/8f/k/xoA5f/t/+z/AADs//b/7P/s/xQA7P/q/+z/7P/s/+z/FADs/yQAAADN/7b/xP+x/9z/rv8AAOv/7v/Y/9n/2/8AANn/6P/t/wAA9//z/xgA7f/s/+v/4//l/+j/8f/k/xoA5f8AAAAAAAAAAAAAAAAAAAAA6v/q/+H/0v8YANP/3f/h/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8VAO//AADs/+3/6//r/wAAAAAAAAAAAAAAAAAAAAAZAAAAAAAAAAAA+//p/wAAAAAAAAAAAAAAAAAAAAAAAA4A4//h/9j/3f/V/9T/AADr/+v/7P/s/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAANz/AADa/9r/3P/Y/wAA3P/w//r/AAAAAAAAAAAVAAAAGgDq/8//4v/O/9r/7v/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/f/9T/0P/k/wAAAADM/+j/5v/n/9//5//h/xgA5v8KAOn/6P/p/+n/2P/5/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+3/AAD3//P/GADt/+z/1v8mAOj/3v/f/+P/6//V/9H/GgDK/97/xf8AAMb/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwA1f/O/+b/0/8AANj/1f/s//D/7P/s//r/FADt/+//AAAAAAAAAAAAAAAAAAAAAOn/7P/q/+j/7P/r/xUA6v/Z/9r/4P/j/9r/EgAAAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v8OAAAA+v/6//L/+P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPX/4v/k/+L/9v8nAOT/2f8AAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAA9/8AAOv/+v/s/+z/7P/s/+r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/KADy/wAA3v/w/9v/7P8AAAAAAAAAAAAABgAAAAAA7P/s/+3/FQDu/+v/7f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/a/+z/2v8AAN3/FADY/wAAAAAAAAAAAAAAAAAAAADr/+v/5//h/+z/6P8aAOD/6//s/+z/FQD2/+z/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDs//P/7//y/+z/2//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/5P/p/9n/5v/k/9n/JwDo/8j/3//Q/+X/AAAjANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAA0AAAAAAOz/FQDu//L/7f/x/+r/7f/x/+//FQD5//f/8P/r//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+b/7P/f/+P/7f8UANr/7P/s/wAAFADt/+z/7P/s/8f/4v8GAOX/0//u/+3/8v8AAAAAAAAAAAAAAAAAAAAA6f/o/+D/5P8XAOr/5P/s/93/2v/q/+f/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA5v/W/9z/2//u/yoA1//b/wAAAAAAAAAAAAAAAAAAAADn/+n/6//o/+v/FQDo/+z/0v/G/+r/3//H/yEA9//p/+v/7P/w/+z/8/8VAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOv/7P/s/+z/7P/s/+z/6//n/+//7f8XAOz/7f/q/wAAAAAAAAAAAAAAAAAAAADu/+3/9//t/+z/7P/s/xQAEADV/8b/5P/k//r/xP/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/zP/h/9b/0v/u/67/JQAAAAAAAAAAAAAAAAAAAAAA6f8aAOX/9P/t/+7/5v/v/+n/GgDl//T/7f/u/+b/7//g//L/7P/f//H/KQDr/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ/+7/6f8AANv/1P/z/wkA1//q/8j/0//G/9z/HwDc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+7/9v/v//b/FADs/+z/2//k/9r/5v8NAN//3P8AABYA6v/e/+v/3f/s/8v/6v/v/wAAAAD1/wAAFADs/wAA7P/t/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/u/8AAO7/6P+9/8H/uf/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/s/+z/6f/p/wAA7P8AAOz/7P/t/+7/7f/r/+z/FAAAAAAAAAAAAAAAAAAAAAAAtf/p/9H/0v+//9//HQD6/wAAAAAAAAAAAAAAAAAAAADm/xoA+f/s/+7/5P/n/+z/AAAAAAAAAAAAAAAAAAAAANf/AAAiAOv/6f/W/9b/3P8TAPD/AAD2/wAA2f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA6//s/wAA7P/Y/wAAAAAAAAAAAAAAAAAAAADU/9T/LADQ/9j/zv/V/87/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A4//W/+L/5f/R//T/5f8AAAAAAAAAAAAAAAAAAAAAFQDs/+z/7P/t/+z/6//s/wAAAAAAAAAAAAAAAAAAAADr/+z/7f8AABQA7f/s/+z/5P/r/+j/6P/r/xcA5f/r/wAAAAAAAAAAAAAAAAAAAADs/+z/8/8AAPf/9/8UAPT/AAAAAAAAAAAAAAAAAAAAAPD/+v8AAAAAAAAAABUAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//b/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADX//H/AAD6/9n/2f/y/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/xkA6//1/+z/5P/s/wAAAAAAAAAAAAAAAAAAAADI/8z/6P/x/+n/zP9QAMv/AAAAAAAAAAAAAAAAAAAAANj/6//g/+H/4P8RAAAA7P8AAAAAAAAAAAAAAAAAAAAA2P8GANf/1P/l/xEA6v/r/wAAAAAAAAAAAAAAAAAAAAC7/7f/vv/B/8r/5v8zANP/6//r/+r/6v/r/+v/FQDr/+X/4/8aAOj/AADq/+j/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/+P/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AABEA+f/1/wAAAAAAAAAAAAAAAAAAAACv/7//AACn/63/FQDi/9b/4//h/9H/y//m/wAAEgDa/wAAAAAAAAAAAAAAAAAAAADQ/8//vf/U/w4A7//H/xgAAAAAAAAAAAAAAAAAAAAAANb/2//n/9v/6P/m/ygA3v8VANT/7P/p/+v/6f/r/+v/7P/w/+z/7P/6/xQA7f/v/wAAAAAAAAAAAAAAAAAAAADw//v/AAD7/+X/6//3/yMA7P8UAOz/7P/s/+z/7P/s/+r/GAD7//T/6/8AAOX/AAAAAOH/3P/Z/+L/2v/R/xEAFADs/+z/7P/s/+z/7P/s/+D/6P/p/9//GgDk/+T/4//q/9r/6f/o/+j/5/8dAOv/+P/i/73/FADQ/+j/5f/w/+z/7P/r/+z/7f8UAOz/7P+x/+r/2v8AAOD/EADe/+r/7P/s/wAA7P/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/6//s/+j/6v8TANj/CwDJ/+z/7P/d/+D/BgDC/+z/4f/f/97/7f/Z/xcA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA2P8MAOr/7P/d/+r/2P/s/+3/7f/0/+3/7P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/+z/7f8UAOz/7P/Y/+f/6f/S/+r/6//n/xYAAAAAAAAA+f8AAAkAAAAAAN3/3P/j/9f/4/8qANf/2v/s/+3/7v/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6/8AAOr/+v/m/+v/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8//s/+//FADt/+z/0//H/wUACQDG/83/7f/W/+v/7P/i/xQA0/8AAOv/5P8AAAAAAAAAAAAAAAAAAAAA6//2/wAADgDp/9n/1f8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQA7P8VAO3/7P/t/+7/5//s/wAAAAAAAAAAAAAAAAAAAADs/+3/AADs/+z/7P/t/xQAGgDk/+T/2P/b/9n/6P/n/+z/FAAAAPX/7v/5/+z/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMD/vf/S//X/wv+7/yoAuP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FQDs//X/9v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/7f/s/+v/1P8VANr/7P/X/+//6f/p/+f/IADc/9z/7P/t/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADb/wAAAAAAAAAAAAAmAAAA5v/j/9z/6f/j/9j/KwDh/xUA6//r//P/8f/q/+v/7f/M/zMAz//M/9H/y//X/9r/AAAAAAAAAAAAAAAAAAAAALP/yP/B/y8Ayv/z/6b/x/8AAAAAAAAAAAAAAAAAAAAA2//n/+j/4f/j/wcA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA2P/V/+v/+P8VAOv/9P8AAAAA2/8AADEA+v/1/+z/FQDs/+z/7f/t/+r/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/BQDr/+b/2//e/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/s/+z/+v8UAO3/7//G/xMA2P/f/+n/3f/V/wAAAAASAAAAAAD4/wAA8P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/6/wAAAAAAAAAAEwAAAO3/+v8AAAAAAAAAABMAAADs/+z/7P/s/xQA7P/t/+z/7P/t/+z/7//u/+L/FAD2/+n/FwDr//D/7f/p//D/7P/X/+L/5f/3/9r/6P/h/8z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/AADO//P/8v8YAMf/3P/i/xoA5//l/+n/5//m/+r/5//n/xoA6//o/+P/2f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/p/+L/3f/m/xcA0f/s/+v/5f/q/+v/FQDs/+z/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/yYA7f/0/+n/5v/Z/9n/6v/y/+z/9/8AAOz/EwDq/+n/7P/a/+z/3P/s/9P/FgD0/xQA7v/z/+z/7v/3/wAA2P/Z/+z/2P/Y/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/FwDg/87/3P/U//D/6//4/wAAAAAAAAAAEwAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/6/+P/6v8AANn/2f/Y/wAA7P/s/+T/3f/b/wgA2P/A/9P/4f/e/8b/CwAbABEAAADP/xEA3v+3/9//0P/6/9H/2v/D/9z/0v/m/xgAAAAAAAAAAAAAAAAAAAAAAB8A2v/a/+r/4//Y/+z/4/8AAAAAAAAAAAAAAAAAAAAA6v8XAPT/9P/0//D/6v/t/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAASAAAAAAD4/wAA8P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP/J/9X/1P/m/87/4P8vAO3/7P/2/wAA+f/6/xMA9v8AAAAAAAAAAAAAAAAAAAAA2v/n/+r/7v/s/+D/IADo/87/9/+5/9v/BQDG/6z/GgAAAAAAAAAAAAAAAAAAAAAA2P/Z//r/2P/Z/+z/2P8dANr/5//q/+7/7P/g/yAA6P8WAOr/6v/p/+v/6f/n/+v/6/8VAOz/8v/w/+v/7P/v/wAAAAAAAAAAAAAAAAoAAADr/+z/GQDr//X/7P/k/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAD7//T/FAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/8P/z//j/7/8VAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+L/4v8UAOL/9v/Z/+P/AAAAAAAAAAAAAAAAAAAAAOz/7P/n/+z/7P/q/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADo/+T/2P/Z/wAA+f/X/9b/2//n/9v/6P/m/ygA3v8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7P/s/+v/5//n/+n/6f/p/xgA6f/a/9r/5f/b/+T/4/8gAOL/FAAAAAAAAAAAAOz/AAD3/+X/DgDY/xQA5P/p/+b/2P/T/9P/2f/n/9r/3f+5/zwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7v8AAAAA9v/s/+L/JQAAAAAAAAAAAAAAAAAAAAAA1f/R/+3/EgDp/+//5/8AANj/KADl/9n/2v/r/9j/7v8AAAAAAAAAAAAAAAAAAAAAx//Y/+f/IwDX/8L/AADW/+f/6//p/+r/7P8WAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAt/+1/+L/tf/Y/9//FgAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAAAOz/FADs/+v/7f/7/wAA7P/b/+z/JgDO/87/HADX/9f/6P/M//P/AAAAAAAAAAAAAAAAAAAAANv/5P/t/+z/7P/u/+v/FADK/wYA6P/Z/9f/5f8mAMr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f8sANr/0v/c/9L/0//Y/wAAAAAAAAAAAAAAAAAAAADq/xUA7P/r/+v/6//r/+v/AAAAAAAAAAAAAAAAAAAAAOj/4P/k/+v/6v/l/xoA6/8AAAAAAAAAAAAAAAAAAAAA9P/q/9r/0//o/wAA0f8SAOj/8//N/9T/xv/t/xMAw//s/9z/7P/i/+3/7P8gANn/6//q/+j/6//r/+n/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/2/+f/6f/d/xMA4//a/9L/1v/i/9//8v/Q/wgADQDZ/9j/6v/a/+r/EwAAAOz/vf/S/7//AAC8/+L/xf8RAAAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAAAA8P8gAAAAq/+6/7D/z//f/9n/3/8qAPL/5P/k/+f/2v8AAMT/CwDs/+r/AADq/+z/2P/q/xoA2v/g/+b/3f/h/x8A4f/i/wAA0f/I/8b/2P8oAMv/5f/h/9v/6P/q/+n/FQDl//D/1P/M/9P/AADc/xoA2f/G/+L/4v/P/+j/1f8tANL/1f/s/+3/+P/t/+z/FgDq/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7//s//D/7P8UAOz/6f/k//T/9//5/97/9P8eAMv/tf/B/6n/tf8mANn/8f/Z//b/AADy/wAAKADk/+b/+v/Z/7L/9P/G/wAAr/8AALz/yf/j/97/2f8YANj/+//s//P/9P/s/wAA7P8UAPH/7P8UAO7/7P/s/+z/7P/s/+X/2f/g/xQA8f/v/9j/4/8TANX/9P/s/+H/3P/q/w8A5//Y/+v/6//a/+v/GADk/wAAAAAAAAAAAAAAAAAAAADs/+z/6//t/+z/6v/r/xUA1//j/+3/5v/k/ykA4//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/u/+z/FADs/87/0/8OAMn/yf/O//n/0v8AAAAAAADx/wAA8P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAABUAAADi/9n/0v/o/xIACwDl/8//2P/z/93/2v/Y/9j/3P8nAPb/rv/I/9T/2f/L/x8AxP8AAPj/4f/k/8T/2f/D/wAA7P/s/+z/7P/s/+z/FADs/+7/7P8AABQAAADs//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6/8AAPH/+f8AAOz/FADo/+r/6/8QAOv/2f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//j/9f/x//D/FADu/wAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P8rAOn/4P/o/9f/0//m/ygA3v8AAAAAAADp/9j/+v/b/ycA8f8AAAAAAADi//v/7P8UAOz/7P/w/+3/6v/s/+v/6//n/+H/7P/o/xoA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/r/wAAAAAAAAAAAAAAAAAAAADt/yEA5//q/+7/6v/f/+v/BQDY//b/9//2/wAA0f/Y/9z/y//H/+f/5//6/yIAzv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/xQA7P8AAOr/6v/j/+j/4/8GAOf/AAAAAAAAAAAAAAAAAAAAAOz/FAD1/+z/7P/5/+z/7P8AAOz/7f/u/97/6v8UANj/5P8AAOj/7f/u/xQA2P/w/8//+P/O/9T/yf+i/xQAuv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FgDs/+7/6f/s/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/n/+v/6//a/+v/HgDq/9j/AAAAAAAAAAAAAAAAAAAAAOv/6//n/+v/6v/o/xcA6//F/wAAAADs/9v/0/8AANf/7v/s/wAAAADt/+//FADt/+z/7P8AAOz/AADt/xQA7P/Z/67/t//m/wYA7P8WALP/8f/b/9b/zf/a/+H/0f8lAOr/6//s/+z/3P/r/+j/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//w//L/FADp//X/7P/K/9X/0f/A/wgAwf/4/wAA7P/s//j/9f/x//D/FADu/9b/4P/e/+z/AADZ/xAA3f/z/xkAzv/J/8j/yv8AAOP/5//r/+f/AADc/+r/1P8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2/wAAAAAAAOn/+f8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/8v8gAO//nv/l/9H/uP8UAPT/AAAAAAAA7P/s/+z/FQDw/wAA9f8AAPb/6//4/xIAAAAAAAAAAAAAAO7/AAASAPb/AAAAAAAA8v/y/wAA7P/s/+z/7f8UAOz/6//s/+3/7P8UAOz/7P/p/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAPD/AAD7/+z/+P8AAAAAAAAAAAAAAAAAAAAAu/9BAOj/4v/i/8D/5f/Y/xYA6f/t/+z/9f/m/8v/7P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/t/+z/7P/t/+z/FADs/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7v/v/+b/9v/y//T/DgDY/xIA2/8AAOL/2f/c/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ/+n/AADo/+z/3/8YABMA8f/Z/8z/5v/q/wcADgDr/+v/AADh/+z/6v/Z/xQA3f/r/xUA+P8AAOz/8P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/AAD1/wAA7P/s/+//+f8KAAAAAAAAAAAAAAAAAOr/FQDs/+z/6v/q/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+z/+f/Y/+//AAAUAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANgDG/8L/0P/B/7z/1//Y/+z/7P/s/+z/7P8UAOz/7P8UAO3/AAAAAPT/8v/s//f/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7f/F/93/uP+u//v/AAAKAPn/AAD2/xsA9P/0/wAA8f/m/xAA9//V/83/6v/a/wAA3P/j/93/+f/p/+X/GgDU/9n/8v8AAAAA+v8AABQA7P8AAPT/7P/v//D/7v/u/xMA7P8AAAAAAAAAAAAAAAAAAAAA7f8AAAAAAADs/+z/5f8UAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAAAAAAAAwA5f8AAMX/t//p/8X/EgDQ/+z/7P8UAOz/8v/s/+z/7P/r/+z/GQDr//X/7P/k/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+X/3f/Z/+r/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xUA8/8AAAAA7//t/+3/AAAAAAAAAAAAAAAAAAAAALv/s/8tAMX/xf+7/+v/u/8AAAAAAAAAAAAAAAAAAAAA8v/j/8j/1v8XAMv/+//i/xQA7P8AAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7f/r/+v/7f8VAOz/7P/s/xQA+f8AAO//7P/s/+z/6//j/+z/4f/s/xgA7P/m/wAAAAAAAAAAAAAAAAAAAADv/+3/8//1//H/8f8UAO3/AAAAAAAAAAAAAAAAAAAAAOD/wv/L/8z/1v+5/ykAuv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/4f/q/+j/GwDl/+X/4f8UAOz/7v/t//H/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAPD/7v/u//b/8v/v//D/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/0f/g/+3/6//s/ywA5v/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk//X/AAAAAAAAHADr/+L/AAAAAAAAAAAAAAAAAAAAAPH/+v/G/8z/yP/f/9D/IgAAAAAAAAAAAAAAAAAAAAAA9//D/wAAuf/V/73/CgATAB4Ayf/b/9X/3f/a/+z/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAML/0v/O/8X/FAANAPX/6v/6//T/6/8AAPn/FgD0/wAAAAAAAAAAAAAAAAAAAAAAANf/yP/W/9b/1//s/+X/EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADv//j/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAsP+5/z8Asf/J/8v/5f/V/+v/6//r/+X/5v8WAOv/6v+5/7j/rv+x/6//DAAQAOH/AAAAAAAAAAAAAAAAAAAAANL/6f/s/97/4f8HAOr/AADz//X/AAAAAAAAFADy/+z/y//d//j/9f/1/yQA5P/p//v/3v/s/97/8v8HAOz/7f/0/9z/8P/w/xoA8//X//r/AAAAAAAAAAAAAAAAAAAAAOz/8f8TAPb/2P/o/+v/EADr/9n/6//I/9P/2v8ZANP/7P8UAO3/8P/h/+n/7P/v/xwA5v/o//D/AADY/+f/5f8AAAAAAAAAAAAAAAAAAAAA6f8cAAAA9v/s//r/3f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDe/+T/7P/w/9j/IwDi/+z/6//r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAABIA9/8AAKj/JgDN/8n/sP/R/yYAr//s/xQA7P/s/+z/7P/s/+z/5v8AANj/7f/Y/+X/EQDQ/+z/3//s/+z/7P8gANn/2v/s/+z/7v/s/+z/6v/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/y/+3/7v/s/xQA7P/x/wAAAAD4/wAAFADs/wAACADZ/9//6//Z/+T/+f/a/8f/xv+t/8T/7P/D/9D/OAAAAAAAAAAAAAAAAAAAAAAA1P8JAN7/0f/r/+X/EgDp/wgA2f/f/+v/2f/k//n/2v/s/+3/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9n/2P/r/93/KADW/93/8f8eAAAAAAAAAAAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+v/7P8TANj/4//V//L/5v/s/9n/AAAAAOf/7v/s/+z/7P/z/+z/FADu/9j/2P/w/+z/AADs/9v/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xYA6//s/+L/7P/i/+r/FADy/wAAAAAAAPT/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/GgAAAPH/7f/s/+b/8v8AAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/3f8bAOT/AADn/+X/7/8AAAAAAAAAAAAAAAAAAAAA6//r//X/+P/x//f/FQDs/wAAAAAAAAAAAAAAAAAAAADs/+3/FADt//r/7P/s/+7/7v/t//j/+//s/+z/6/8UAO3/FgDu//D/7//4/+f/7//t/xQA7P/s/+3/6//s/+3/5f8AAAAAAAAAAOv/AAD6/+T/GwDt//b/6f/2/+b/8P8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAD3/9j/0v8tAMv/3//W/9H/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/t/+3/9P/t/+z/FADv/8T/MQDR/8j/2v/b/9n/2/8AAAAAAAAAAAAAAAAAAAAA7P/u/xQA6v/s//H/6//s/+v/AAD1/xkAAADv/+//9//5/wAAAADq/+v/8P/o/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+f/7P/s/+r/FADs/wAAAAAAAAAAAAAAAAAAAADR/9f/4v/h/+j/KQDd/9X/AAAAAAAAAAAAAAAAAAAAAAAA4v/K/+v/xP8KAMP/9f/y/9j/3v/K/+D/DgDG/9b/1P/K/9X/6P/F/zAA0v/T/93/IADM/+//u//R/8f/qv/j/+D/2P/j/xQA6/8AAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7/8AAOz/FADs/wAA9//K/9X/6P8AAO3/t/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA2//5/+T/3v/w/+L/3v8AAAsA5//y//T/3P/j/+L/wv/q/9X/2//j/9n/5v8qANv/CADX/+j/1v/e/xEA0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AABQA9v/s//T/AADK/0EAyP++/7f/y/+//8n/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/6/8TAOv/2f/Y/9r/AADh/+P/uf/L/9j/1//Z/xcA3//l/wAAAAAAAAAAAAAAAAAAAADn/+T/4//n/+f/2f8bAOb/y//W/9X/6v/n/9f/MQDa/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/v/+7/4v8UAPb/7P/s/+z/7v8AAOz/FADs/+z/6//r/+r/7P/q/xQA6/8AAAAAAAAAAAAAAAAAAAAA6//r/+v/7P/s/+v/FADr/9f/HQDo/+v/6v/q/83/6f/r/+3/+/8AAOz/2//s/yYA5//r/+3/7P/r/+//FQDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+7/7f/t/xQA7P/s/ykAp/+1/9X/vf/Q/+n/ZP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9v8AAAAAAADp//n/FwAAAAAAAAAAAAAAAAAAAAAA2f/z/9r/sv/R/wYAsv/3/wAAAAAAAAAAAAAAAAAAAAAnAOX/+//5/wAA2P/c//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+z/6v/c/xQA2v/p//b/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8OAOz/7f/s/+7/8v/s/+z/xv8AANH/7P/S/9b/6/8LAOz/7P/t/+z/6//Y/+b/IQAbAOf/6v/6//j/0v/k//D/FADs/+z/7P/t/+3/7P/s/+3/7P8AABQA9v/s//T/AAAUAOz/7f/w/+7/7P/s/+z/AAAAAAAAAADs/wAAAAAUABkA6f/q/+r/6//r/+P/6/8OAAAAAAAAAAAAAAD0/wAA2f/j/93/0//T/8X/KQDZ/+z/7P/s/+z/8//s/xQA7P/q/+v/AAD2/wAA5v/s/x0A6P/4/wAAAAAAAAAAGQAAAOr/6v/s/+v/6//r/xYA7f/N/+3/+v8AAPP/MwDg/+z/AAAAAAAAAAAAAAAAAAAAAOD/x//F//H/2f+4/+j/HAAUAOz/7P/s/+3/7P/s/+z/9f/w/wAAAAD5//L/7f8UAAAAAAAAAAAAAAAAAAAAAADq//D/GADr/+b/4P/r/+X/6/8XAOv/6//r/+r/6P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/r/+v/6/8WAOv/6v/q/wAAAAAAAPD/FAD2/wAA7P/s/+3/6//s/xQA7P/r/+j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/8//s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6f/l/9j/2v/a/9r/3P8uAAAAAAAAAAAAAAAAAAAAAADs/+P/8//p/+X/9v/m/x0A9f/w/wAAAAD5//L/7f8UAAAAAAAAAAAAAAAAAAAAAADt/+z/+P8AAO3/7v8UAOz/2f8IANv/2//w/9b/EgDn/wAAAAAAAAAAAAAAAAAAAADy//r/u/8TAMb/xP/i/+n/AAAAAAAAAAAAAAAAAAAAAOz/FADv/wAAAADt/+3/7P8JAMv/7P/s/93/+P8AAMf/AAAAAAAAAAAAAAAAAAAAAOj/HQDq/+7/7//p/+H/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8ANv/6P/k/9z/2P/E/+z/7P8XAPT/+v8AAOz/6f/2/wAAAAAAAAAAAAAAAAAAAAD2/xkAAAD0/wAAAADo/wAA5P/s/+z/7P/s/+z/7P8UAN7/FADu/+f/7P/k//v/5f8AAAAAAAAAAAAAAAAAAAAAyv/R/+L/1//K/9H/NADA/9n/6v8AAPP/6v/r/xgA6//u/+z/AAAAAO3/7/8UAO3/2P8oAPH/7f/o/+z/2P/4/wAAAAAAAAAAAAAAAAAAAADr/+v/5f/r/+v/6v8VAOz/7P/q/+v/6P8WAOj/6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/BgARAMj/4P/n/+L/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8XAO//+v/t//D/5//t/+3/+f8AAPr/9f/s/+3/FQAAAAAAAAAAAAAAAAAAAAAAAADY/+v/6f/Y/+z/2P8TAA8A5//p/+P/5/8VANb/xv/K/9r/5//U/8n/2//d/ywA+P/x/wAAAAAAAPX/HgAAAAAAAAAAAAAAAAAAAAAAAADs/+z/5//s/+z/6v8UAOz/7v8UAPD/+P/s/+z/7P/t/9b/LwDV/9n/1P/U/9H/7v/s/9n/4v/n/+3/FgDr/+j/2P8AANb/2//b/+z/AADa/xIA2f/e/9z/2//Z/+7/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/7P/r//b/AADa/xAAAADr//T/2f/Z/wcA2P/b/wAAAAAAAAAAAAAAAAAAAADt/+z/AAAUAPj/7P/2/wAA7P8UAO//+v/t/+z/7P/s/+v/+//w/wAA+f/x/xcAAAAAAAAAAAAAAAAAAAAAAAAA9P/u/+z/7f/5/xQA7//s/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAPf/AAAAAAAAAAAAAAAAAAAAAAAA1//F/8L/xf8AAOX/1f/s/+z/7P/s//j/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApANX/1//H/9f/4P/V/9X/AAAAAAAAAAAAAAAAAAAAANX/AADX/9j/2P8iAMf/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAxf++/7r/sP/a/9v/5P8AAAAAAAAAAAAAAAAAAAAA4v/Y/wwA3P/S/wAA0P/w/wAAAAAAAAAAAAAAAAAAAAAAALj/9f/m/8P/3P+z//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/FADu//P/7P/u//f/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAPT/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+v/6//r/+z/6v8UAOv/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7v/s/xQA7P/m/8v/6P/Y//r/4f8kAOf/7P/s/+z/7P/s/+z/7P8UAPT/FADu//P/7P/u//f/AADo/ygAAADm//v/AAD2/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/r/xgA6//r/wAAAAAAAAAAAAAAAAAAAAA2AMr/1P/K/9H/2v+u/9j/8v8AAAAA+v8AABQA7P8AANr/CQDj/9n/5f8JAMb/4/8AAMb/sP/O/xAAvP/3/9z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FQDs/+v/6/8AANj/AADp//b/7P/r/+z/7P/v/+3/8P/v/xQA7P/t/+z/7P/t/xUA7v/r/+3/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/h/+z/3v/s/+D/FQAUAO3/7f/1/+//+f/s/+3/AAAAAAAAAAAAAAAAAAAAANj/FQDq/9j/4f/Y/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA2v/T/93/7P/t/xgA6f/n/+L/HADj/+b/5//m/+X/5v8AAAAAAAAAAAAAAAAAAAAAAADM/8b/uf/S/8X/AADN//X/xv/X/83/3v/p/wAA6P8AAAAAAAAAAAAAAAAAAAAA1//b/9r/2P/g/9z/5f8jAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8ZAAAA6v/1//r/9P/o/wAAAAAAAAAAAAAAAAAAAAAAANb/1v/Y/9r/0P8AANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/9j/1v/Y/xIA4v/W/wAAAAAAAAAAAADs/wAAAAAUAOX/3f/5/+j/KADe/9r/3v/s/+3/7//t//j/7P8UAOz/vv/E/8P/EQDB/+j/vv8AAO3/AAAAAAAA9v8UAAAA7f+t/1AAn//S/wAApP/V/4T/7P8WAPH/9f/t/+z/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FgDq/+v/5v/s/8X/5f/w/xQAAAD6//b/+v/s/wAAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+v/7P/r/+3/7P/s/xUA6//q/9L/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOj/HgDo//D/7v/p/93/6P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/6f/q/+r/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/GwDt//b/6f/2/+b/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA7v/0/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7//s/+3/7P8VAO//7v/s//H/6//s/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/p/+n/6v/l/+n/AAAAAAAAAAAAAAAAAAAAANf/KADj/9v/3v/i/9j/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/v/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/t/+3/9P/t/+z/FADv/+f/6P8YAOf/6f/o/+n/5//s/xYA4//r/+r/7P/i/+z/AAAAAAAAAAAAAAAAAAAAAKf/VQCz/8T/yP+8/7f/xv8SAAAAAAAAAAAAAADu/wAA7P8UAO7/8v/v/+//7P/s/+z/7P/s//X/+v/s/xQA7P/3/wAAFADn/9r/5f/X/9j/AAAAAAAAAAAAAAAAAAAAAMz/v//J/73/xf/U/zcA0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwA5P/x//b/9//m/+b/6f/t/+r/7P/x//L/3P/r/xsA2P8AAN7/4v8oANv/zf/N/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/r//H/FADs/+3/uv/w/+z/DwDO//f/pP/g/9r/zf+M/x8AAADX/7f/+f8UAO//AAAAAPr/8P/s//n/AAAAAAAAAAAAAAAAAAAAAOP/AAD1/+z/3P8WANb/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL3/HgDC/8v/2P/q/8f/6v/Z/wAA9v/o//H/DADb/9z/8//1/wAAAAAAABQA8v/s/9r/1f/G/83/8//c/xEA1/8AAAAAAAAAAAAAAAAAAAAA6//r/8n/6v/r/+f/AADt/wAAAAAAAAAAAAAAAAAAAADr/+r/8P/w/+z/AAAWAO//0P/N/woAzv/S/87/zP/4/wAAAAAAAPb/AAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAA2f8qAOn/0P/g/9f/0f/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD4/wAAAAAAAOz/7P/t/wAAAAAAAAAAAAAAAAAAAADw/9P/2f/e/yEA0P/G/6z/u/+z/8f/wP8eAML/4/8AAAAAAAAAAAAAAAAAAAAAAADL//r/wf/R/zYAo/+p//H/AAAAAAAA8P8UAPb/AADs/wAAAAAAAAAAAAAAAAAAAADa/ycA7P/u/+v/2P/p/9j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7//s//P/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU//T/IgDr/+n/5//g/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgDR/7P/sf+e/wYAxP/c/9//1f/q/+P/AADR/+z/DAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7P/3/+v/8v8iANr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAu//e/+X/u//q/8v/xP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/3/8AAOL/6/8SAN//2v8AAAAAAAAAAAAAAAAAAAAA7v/D/7n/wv/4/8z/8//5/+H/6//s/9b/FgDp/9//6//m/+v/6v/r/+v/FAANANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v//D/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA8f/k/+r/AADi/+P/zv8JAOz/7f/s/+3/7f/s/+z/FADr/+r/6//r/+z/5/8VAOv/AAAAAAAAAAAAAAAAAAAAAO3/7//s/+3/8f8UAO7/7P8WAOv/+v8AAAAA+f/p//T/zP/c//D/vf/A/63/JQC1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/W/+f/6//Y/+v/IwDY/+3/FAD6/+z/7P8ZAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/1f/M/9b/1//L/ygA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+3/AAD3//P/GADt/+z/AAAAAAAA7P/1/9j/AAAoAO7/7f/4//v/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA5f/m/+j/6P/n/+P/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAARAPn/9f8AAAAAAAAAAAAAAAAAAAAA2f/o//n/FADu//L/4P8OAOz/FAAAAAAAAAAAAPD/+f8UAOv/7P/r/+z/7P/s/+v/CQDn/9n/4v/a/9n/2P8AAAAAAAAAAAAAAAAAAAAAAADr/+z/8P/s//P/FQDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+r/7P/o/+n/7P8XAOz/+//5/wAAAAAAAAAAEQD0/+v/FQDs/+z/7P/q/+v/7P/r/xcA7f/r/+r/7P/i/+v/7P/s/+z/7P/s/+z/7P8UAJ3/3//f/8X/wv+t/w8Au//s/xUA7P/g/+L/6v/Z/9b/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADo/xMA6P/n/+z/5P/w/+v/7v/v/wAAAADs/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADu/+z/4f/1/9//FgDf/wAA6P/u/9z/wv/k/wUADQDZ/wAAAAAAAAAAAAAAAAAAAADu/+3/9//t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/7v/v//P/8v/r/xUA7f/2/x4AAAAAAPn/AADj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOr/6//q/+v/6v/s/9X/GwDp/+z/7f/r/+n/5P/q/wAAAAAAAAAAAAAAAAAAAADs/+7/7f/u/+7/7P8UAOz/0f/t/+H/3v/h/+X/GgDo/93/AAAAAOj/AAApAPf/5//S/9f/2v++/83/IQDw/9r/GwDo/7b/5f/G/57/9/+T/wYA5//l/9j/5v8AAN3/1//h/+//7P/4/+//AAAAAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAND/1f/Q/8z/6//o/9X/7v/t/+3/7//w/xQA8P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/z//f/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+n/xv+W/8n/0f/r/+7/4//2/ykA7P/w/9j/4v/Z/+v/6v8lANj/2v/s/+7/AADv//D/FADv/+z/2P/c/ygA2//t/9j/3P/r/xQA7f/w//X/9P/v/+z/7P8AAOn/7v/r/+n/3v/Y/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+r/FgDs//b/+f/u/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/Y/+L/6f/k/9X/FADe/wAAAAAAAAAAAAAAAAAAAADr/8T/vP/I/9X/CADT//T/5f/n/+T/HQDj/+D/3f/q/9f/6f/n/+j/4P/h/+b/HQAoANL/5v/P/+D/0P/c/9L/8/8WAPD/9//2//j/6v/r/+r/5v/n/+r/6v/o/xsA6f8AAAAAAAAAAAAAAAAAAAAAJgDP/83/tP/J/6n/7//F/0sAwf+y/83/0P+l/7//uf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/FQD2/+z/6f/s/wAAAAAAAAAAAAAAAAAAAADb/x0A4//l/+j/5v/m/+H/AAAAAAAAAAAAAAAAAAAAAAAAgv+w/8b/6f+y//P/DQDs/+z/+P/1//H/8P8UAO7/5//k/+b/4v/p/+b/GgDm/+//7//s/xQA+f/s/+z/7P8AABUA+f/4/wAA8P/y/wAA7P/s/+z/FADs/+z/7P/s/+z/6//q/+v/7P/t/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/RADQ/7f/0v/R/9H/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAA6v/r//D/6P8WABEA0/+0/wcA4v/d/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5//s/yIA2f/Y/+D/3P/Y/+L/5f/a/+b/3/8iAOb/2//m/+H/3//k/9v/IgDk/+z/7P/t/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA9f/s/+7/7P/6/+3/FAD1/+z/7P8AAPD/9//s/+//FAAAAAAAAAAAAAAAAAAAAAAA6v/r//D/9P/u/+3/FQAAAAAAAAAAAAAAAAAAAAoAAAAuAND/3P/e/+D/2//U/+j/1v8MAA0Ayf+9/8b/AADG/9b/1//T/93/6v8qANj/2P/6//X/AAAAAAAAAADy/xMA6//r/+f/4f/s/+j/GgDg//D/4v/q/9n/3//i/xEA5v8dAOP/1P/M/+f/AADg/+X/AAAAAAAAAAAAAAAAAAAAAN7/FADs/9f/4//T/+z/AADu/+7/FQD1//P/7v/s//L/7P/4/+z/AADu/+7/FADu/wgAy/+5/7n/2f/Q/zIAxv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAOT/3f/P/wcAFADm/8T/yv+7/8r/1/8kAN7/yv/T/8b/5f/d/9L/JgDq/8//4f/v/+X/6f/W/wAA3P8GAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAA8P/0/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AADv//n/GgDg/xYA6v/r/+r/6v/k/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v8AAN3/6v/k/xUA6/8UAOz/7P/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOv/6P/r/+3/6//h/+v/FgDk/9r/AADc/+H/6P/o/xQA6//o/+v/7f/r/+H/6/8WAAAAAAAAAAAAAAAAAAAAAADs/+7/8P/s//n/7P8SAPP/7P/r/+r/6//s/+3/FQDs/6r/BgD3/9P/3P/z/wAAl/8AAL//yP/Q/8j/ov8tAMD/EgDa/wAA3P/Z/8X/7//1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA8P/R/83/4P/0/9f/zf8AAAAAAAAAAAAAAAAAAAAABgDu/+z/7P/i/9z/AADg/xQA7f/z//r/+f/x/+z/7P8AAAAAAAAAAAAAAAAAAAAACADq/+b/6f/V/wAA1/8AAOz/FgDx//X/7f/s/+n/6//l/+z/1P/b/9r/1v8NAAAA6//s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAoAOz/7P/s/+z/2P/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADo/+b/7f/s/+z/7P/e/+3/8//q/+3/AADl/xMAAAAAAAAA+//4/xMA8f/6/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACr/8H/EgDN/7D/5//G/+z/yv+6/8X/u//E/yAAvP/x/wAA5v/p/9n/xv8AAMv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/xQA1f/3/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/t//D/7P/0/xQA8v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/i/wAA1P/F/xAA2f8AAAAAAAAAAAAAAAAAAAAA2f/F/9n/AADQ/wAAAADR/+r/HwAAAPX/7f8AANj/9/8PAOj/t//G/8v/vf8AAMr/AAAhAOj/6//2/87/3//G/wAAsf/M/7H/0v/q/wAA4P8AAAAAAAAAAAAAAAAAAAAAKQDC/7f/vP/W/8X/FADS//X/2P/s/+z/7P/s/xMA1v8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/b/+j/4f/v/8j/FwDY//v/+f8AAAAAAAAAABEA9P8oANr/+/8AAAAA3f/b/wAAAAAAAAAAAAAAAAAAAAAAAPf/5f8AAAAAAAAAABIA7f80AOL/2//g//n/0//N/97/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7f/s/+z/FADY/9n/2f/g/+H/KADa/+3/AAAAAAAAAAAAAAAAAAAAAOv/6v/s/+z/7P/q/+z/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/2//X/8n/2v8gANT/w//r/+r/FQDq/+z/5P/s/+v/AAD6/xQA8//l/wAA7P8IAAAAAAAAAAAAAAAAAAAAAADK/6P/tf/r/9P/PQCv/7f/AAAAAAAAAAAAAAAAAAAAANv/wv/s/+r/7//y/xQA2P/V/9j/7//S/8r/+f8AAMj/7P/v/+3/8P/v/xQA7P/t/+z/7P/s/+z/7P/s/xQA5/8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+z/FADt/9j/yv/A/7P/3//X/zoAyv8AAOH/7//y/wAA2P8KAOf/3//U/97/1f/b/9X/3v8kAPD/9f8cAPX/AAD5/+n/+v/h/x4A5f/f/+z/4f/j/+T/7f/v/+z/7f/x/xQA7v/s/97/FADu/+f/7P/k//v/5f/6/9P/8f8AAPn/CADp/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/6//s/9r/AAAAAO3/+P/o/yAA8f8AAAAAAAAAAAAAAAAAAAAA2v/o//b/2P/s/+T/KQDq/+f/7v/s/+v/7//r/xUA7v8AAAAAAAAAAAAAAAAAAAAAHwDu/wAAAAAAAO7/4/8HABQAAAAAAAAAAADs/wAA9/8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/7L/s/9SAOH/tP+h/6j/wP/O/9H/TADd/9P/r/+z/7D/7P/s/xQA7P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAADE/9v/7v8FAOX/3f/Q/+z/AAAAAAAAAADu//X/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2P/r/+z/AADs/+z/CAAAAAAAAAAAAAAAAAAAAAAA6P8PAOT/6//b/+r/AADh/8X/KwDb/9L/1P/S/9P/4v/d/+r/5//l/+r/5/8YAOv/3f/w/xEA0f/c/8f/GQAAAPn/1P++/7//y//Q/xUA1P/e/wAAsf/T/xgA4f/T/8v/6P/t//H/+/8AABcA7P/s/wAAAAAAAAAAAAAAAAAAAADr/xUA7P/s/+z/6//r/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADI/+X/7P/g/9j/5P/r/ycAAADW/9//3v/c/+n/HQDt/wAA9f8AAAAAAAAMAAAAAAAAAPr/AAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/GgDn/+T/5//g/+T/5//5/xAAAAAAAAAAAAD5/wAA6v/t//L/8//u/+z/FQDs/xQA7f8AAAAA9P/y/+z/9/8AAAAAAAAAAAAAAAAAAAAA1//m/+n/5P/o/wAA5f8OALv/6v8AANb/0P/K/yUAuP80AOb/5f/J/+z/1f/S/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+f/AADo/wAAEwDg/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE/+P/3v/F/9j/DQC8/wAA5v8MAMn/5f/j/+H/EADr/wAA2v/c//D/2v/e/woA5/8UAOP/zP/P/83/FgDa/9X/7P/r/+z/7P/z/+7/FADt/+T/1f/D/8v/6v/m/y8A2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7//w/wAA7P8AABQAFADs/+3/7v/t/+z/7P/s/+z/7P/r/+3/7P8UAOz/7P/i/+P/AADs/+z/7f8RABAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/IQDn/+r/7v/q/9//6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/7//7v8UAO7/2/+n//P/AAAAAAAAAAAAAAAAAAAAAKj/xv/U/8D/CADY//r/3v/h/9//5//q/wAAFADs/9j/7P/s/+z/6//x/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADr/+3/7P/e/+7/2v8WAO7/1f8NAOn/5v/X/+3/AADh//H/8P/X/8P/yP/s/+X/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6v/r/+v/FADq/+r/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/9j/2//Z/9j/2P8VALn/7v/h/63/2P/I//b/7P8UAOz/6//q/+z/7P/s/+z/FADs/+v/6v/s/+z/7P8GAPX/AAAAAAAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/x8A6//g/+H/4v/g/+T/1v/G/9H/xv/V//H/LwDS/+7/7v8VAPX/8//u/+z/8v/5/xgAAAAAAPT/AADs/wAAGgDl/+b/6P/o/+f/4//o/+z/7P/s/+3/7P/s/+z/FADk/+T/1v/g/9n/6/8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/+z/7P/s/+v/9/8UAAAAAAAAAAAAAAAAAAAAAADk/9j/3//c/wAA7P8UAMf/AAAAAAAAAAAAAAAAAAAAAOv/AAD1/xkAAADv/+//9//s/+z/+P8UAOz/6//s/+z/6/8iAOP/3P/Y/+L/2f/k/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAD5/wAA7//5/xoA9v/V/7b/HgCW/9//z/+P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FwAAAPj/AADz/wAA5//g//n/+P/q/+j/JQD7/+r/6v8YAOn/6P/v/+r/6P/q/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7f/s/xQA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/8P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADq/+b/7P/d/9j/2f/Y/xQA7P/x/+j/AADx/+3/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/xQA7f/6/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADk/+b/AADq//b/6v8QAAAA6v/q/+z/6//r/+v/FgDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAA1//J//n/sf+3/wgAAAAAAAAAAAD7/wAAAAD3/7v/AADh/9r/yv8IAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+n/4f8UAOL/AADq/9f/FADv/wAAAAD6//D/7P/5//X/KwDj/+j/+v/k/9b/7/8AAAAAAAAAAAAAAAAAAAAA5//B/+n/7P/f/9b/IgDF/wAAAAAAAAAAAAAAAAAAAAAfANf/0v+q/9D/7/8AAN3/rf+L/6L/2f+g/x8Ayf/3/9r/AADj/wAACgDk/8j/xP8cAOb/6P/w/wAA2P/n/+X/AAAAAAAAAAAAAAAAAAAAAN3/GQC7/9D/sP/c/wYA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACkA6//s/+z/6//Z/9P/6f8AAAAAAAAAAAAAAAAAAAAA6v8ZAAAA8P8AAAAA6P/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADm/+j/8P8AANj/5//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAA='
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