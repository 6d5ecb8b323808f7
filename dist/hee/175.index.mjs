export const id = 175;
export const ids = [175];
export const modules = {

/***/ 62663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COVERAGE_USAGE: () => (/* binding */ COVERAGE_USAGE),
/* harmony export */   GENERATE_USAGE: () => (/* binding */ GENERATE_USAGE),
/* harmony export */   coverageCommand: () => (/* binding */ coverageCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _hee_core_coverage__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27534);
/* harmony import */ var _hee_core_coverage__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29460);
/* harmony import */ var _hee_core_coverage__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(92686);
/* harmony import */ var _hee_core_coverage__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8918);
/* harmony import */ var _hee_core_errors__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(37638);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27109);







const COVERAGE_USAGE = `usage: hee coverage analyze --report [LANE=]FILE… [options]
       hee coverage generate --target FILE [options]   (see hee coverage generate --help)

The spec's HEE coverage metrics from coverage reports: line, branch, function, integration,
spec and prompt coverage, the weighted HEE total, ranked gaps and patch coverage.

  --report [LANE=]FILE   a report (repeatable): lcov, Cobertura, JaCoCo, Istanbul final/summary
                         JSON, Go coverprofile, llvm-cov export JSON, coverage.py JSON; the format
                         is told from the content. LANE tags it (e.g. integration=int.lcov);
                         lanes named integration or e2e give integration coverage
  --format F             json (default): {"metrics", "hee_total", "gaps", …}; md: the spec's table
  --spec DIR             spec documents; ids matching --spec-pattern (default REQ-\\d+) count as
                         covered when a test file names them
  --spec-pattern RE      the requirement id pattern, e.g. 'PAT-\\d{3}'
  --prompts GLOB         prompt files; covered when a test file names them
  --tests GLOB           where tests are (repeatable; default: the usual test file names)
  --base REF             patch coverage and changed-first gaps against the merge base of REF and HEAD
  --mutation FILE        a Stryker mutation.json or cargo-mutants outcomes.json (repeatable)
  --previous FILE        an earlier JSON output or capsule: the gate compares with it
  --config FILE          YAML/JSON settings: weights, targets, priorities, gate, spec, prompts, …
  --max-drop N           fail when the total or a metric fell by more than N points (vs --previous)
  --fail-below-target    fail when a measured metric is below its target
  --outside error|skip   a file outside the repository is an error (default) or left out
  --root DIR             the repository root (default: the current folder)

Exit 0 when the gate passed, 1 when it failed, 2 on a usage error or an unreadable report.`;
const OPTIONS = {
    report: { type: 'string', multiple: true },
    format: { type: 'string', default: 'json' },
    spec: { type: 'string' },
    'spec-pattern': { type: 'string' },
    prompts: { type: 'string' },
    tests: { type: 'string', multiple: true },
    base: { type: 'string' },
    mutation: { type: 'string', multiple: true },
    previous: { type: 'string' },
    config: { type: 'string' },
    'max-drop': { type: 'string' },
    'fail-below-target': { type: 'boolean' },
    outside: { type: 'string' },
    root: { type: 'string' },
    'report-format': { type: 'string' }
};
/** `hee coverage analyze`. */
const coverageCommand = async (argv, io) => {
    const [sub, ...rest] = argv;
    if (sub === 'generate')
        return generateCommand(rest, io);
    if (sub !== 'analyze')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(sub ? `unknown coverage command '${sub}'` : 'a coverage command is required (analyze, generate)');
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(rest, OPTIONS);
    const format = values.format;
    if (format !== 'json' && format !== 'md')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--format must be json or md, not '${format}'`);
    if (!values.report?.length)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--report is required');
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.root ?? '.');
    let forced;
    if (values['report-format'] !== undefined) {
        if (!_hee_core_coverage__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_FORMATS */ .EL.includes(values['report-format']))
            throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--report-format must be one of ${_hee_core_coverage__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_FORMATS */ .EL.join(', ')}`);
        forced = values['report-format'];
    }
    const reports = values.report.map((r) => {
        const m = /^([A-Za-z][\w.-]*)=(.+)$/.exec(r);
        return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, m ? m[2] : r), lane: m?.[1], format: forced };
    });
    const config = values.config
        ? await (0,_hee_core_coverage__WEBPACK_IMPORTED_MODULE_6__/* .loadCoverageConfig */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.config), values.config)
        : {};
    if (values.spec)
        config.spec = { dir: values.spec, id_pattern: values['spec-pattern'] ?? config.spec?.id_pattern };
    else if (values['spec-pattern'] && config.spec)
        config.spec.id_pattern = values['spec-pattern'];
    if (values.prompts)
        config.prompts = { glob: values.prompts };
    if (values.tests?.length)
        config.tests = { globs: values.tests };
    if (values.outside !== undefined) {
        if (values.outside !== 'error' && values.outside !== 'skip')
            throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--outside must be error or skip`);
        config.outside = values.outside;
    }
    if (values['max-drop'] !== undefined) {
        const n = Number(values['max-drop']);
        if (!Number.isFinite(n) || n < 0)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--max-drop must be a number of points ≥ 0`);
        config.gate = { ...config.gate, max_drop: n };
    }
    if (values['fail-below-target'])
        config.gate = { ...config.gate, targets: true };
    const settings = (0,_hee_core_coverage__WEBPACK_IMPORTED_MODULE_6__/* .resolveSettings */ .Mo)(config);
    const previous = values.previous ? await readPrevious((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.previous), values.previous) : undefined;
    const git = async (args) => {
        const { stdout } = await (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd: root, maxBuffer: 512 * 1024 * 1024 });
        return stdout;
    };
    const analysis = await (0,_hee_core_coverage__WEBPACK_IMPORTED_MODULE_7__/* .analyzeCoverage */ .v$)({
        root,
        reports,
        settings,
        base: values.base,
        git,
        mutationReports: values.mutation?.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, p)),
        previous,
        trend: previous?.trend,
        heapMb: heapMb(io.env.HEE_COVERAGE_HEAP_MB),
        note: io.env.HEE_DEBUG === '1' ? (line) => io.stderr(`hee coverage: ${line}\n`) : undefined
    });
    io.stdout(format === 'json' ? JSON.stringify(analysis, null, 2) + '\n' : (0,_hee_core_coverage__WEBPACK_IMPORTED_MODULE_8__/* .renderCoverageMarkdown */ .S)(analysis, settings.priorities));
    if (!analysis.gate.passed)
        io.stderr(`hee coverage: gate failed: ${analysis.gate.failures.join('; ')}\n`);
    return analysis.gate.passed ? 0 : 1;
};
/** HEE_COVERAGE_HEAP_MB: the heap cap (MB) of the thread the reports are read in. */
function heapMb(v) {
    if (v === undefined || v === '')
        return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1)
        throw new _hee_core_errors__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`HEE_COVERAGE_HEAP_MB must be a whole number of MB ≥ 1, not ${v}`);
    return n;
}
/** An earlier `hee coverage analyze` JSON, or a capsule's coverage fields. */
async function readPrevious(path, name) {
    let doc;
    try {
        doc = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'));
    }
    catch (e) {
        throw new _hee_core_errors__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`cannot read --previous ${name}: ${e.code ?? e.message}`);
    }
    if (doc && typeof doc.metrics === 'object' && 'hee_total' in doc)
        return { metrics: doc.metrics, hee_total: doc.hee_total, trend: doc.trend };
    const ms = doc?.body?.monitoring_state ?? doc?.monitoring_state;
    if (ms?.coverage_metrics)
        return { metrics: ms.coverage_metrics, hee_total: ms.coverage_trend?.at?.(-1)?.hee_total, trend: ms.coverage_trend };
    throw new _hee_core_errors__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`--previous ${name} is neither a coverage analysis JSON nor a capsule with coverage_metrics`);
}
const GENERATE_USAGE = `usage: hee coverage generate --target FILE [options]

Generates tests for one source file and keeps only those that build, pass three runs in a row
and raise the file's measured coverage (node's test runner by default). Works on HEAD in a
scratch worktree; the checkout is not touched.

  --target FILE          the source file to cover (JavaScript modules for the built-in generators)
  --generators LIST      spec,regression,property[,llm] (default: spec,regression,property)
  --report FILE          coverage of the current tests (repeatable): aim at uncovered functions
  --spec DIR             spec documents whose tables and examples become tests
  --mutation FILE        a Stryker mutation.json or cargo-mutants outcomes.json (repeatable): the
                         kept tests are run against the target's surviving mutants, and those
                         that kill one are ranked first
  --llm-url URL          an OpenAI-compatible API base URL (the llm generator; key in HEE_LLM_API_KEY)
  --llm-model NAME       the model to ask
  --branch NAME          commit the kept tests on this new branch (default hee/tests/<target>-<sha>)
  --no-commit            only report; commit nothing
  --pull-request         push the kept tests' branch and open a pull request into --base (an
                         open one for the same target and base is updated, never duplicated)
  --base BRANCH          the pull request's base (default: the checked-out branch)
  --repo OWNER/NAME      default $GITHUB_REPOSITORY
  --api-url URL          default $GITHUB_API_URL or https://api.github.com
  --remote URL|PATH      where to push (default <$GITHUB_SERVER_URL>/<repo>.git)
  --token-env NAME       env variable holding a token with contents and pull-requests write
                         (default GITHUB_TOKEN)
  --format F             json (default) or md

Exit 0 when the pipeline ran (whether or not a test was kept), 2 on a usage error.`;
const GENERATE_OPTIONS = {
    target: { type: 'string' },
    generators: { type: 'string', default: 'spec,regression,property' },
    report: { type: 'string', multiple: true },
    spec: { type: 'string' },
    mutation: { type: 'string', multiple: true },
    'llm-url': { type: 'string' },
    'llm-model': { type: 'string' },
    branch: { type: 'string' },
    'no-commit': { type: 'boolean' },
    'pull-request': { type: 'boolean' },
    base: { type: 'string' },
    repo: { type: 'string' },
    'api-url': { type: 'string' },
    remote: { type: 'string' },
    'token-env': { type: 'string' },
    format: { type: 'string', default: 'json' },
    root: { type: 'string' }
};
async function generateCommand(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(argv, GENERATE_OPTIONS);
    const target = values.target;
    if (!target)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--target is required');
    if (values.format !== 'json' && values.format !== 'md')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--format must be json or md, not '${values.format}'`);
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.root ?? '.');
    const { generateTests, llmGenerator, propertyGenerator, regressionGenerator, specTablesGenerator, renderGenerationMarkdown, deliverGeneratedTests } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(281), __webpack_require__.e(439)]).then(__webpack_require__.bind(__webpack_require__, 63439));
    const { createNodeExec } = await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.bind(__webpack_require__, 37663));
    const { Git } = await __webpack_require__.e(/* import() */ 578).then(__webpack_require__.bind(__webpack_require__, 77578));
    const available = {
        spec: () => specTablesGenerator,
        regression: () => regressionGenerator,
        property: () => propertyGenerator,
        llm: () => {
            if (!values['llm-url'] || !values['llm-model'])
                throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('the llm generator needs --llm-url and --llm-model');
            return llmGenerator({ url: values['llm-url'], model: values['llm-model'], apiKey: io.env.HEE_LLM_API_KEY });
        }
    };
    const generators = values.generators.split(',').map((n) => {
        const make = available[n.trim()];
        if (!make)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`unknown generator '${n}' (spec, regression, property, llm)`);
        return make();
    });
    const pr = values['pull-request'] ? await pullRequestSettings(values, io) : undefined;
    if (pr && values['no-commit'])
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--pull-request needs the kept tests committed: drop --no-commit');
    const exec = createNodeExec();
    const git = new Git(exec, root);
    const base = pr ? (values.base ?? (await git.symbolicHead())?.replace(/^refs\/heads\//, '')) : undefined;
    if (pr && !base)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--pull-request on a detached HEAD needs --base BRANCH');
    const result = await generateTests({
        root,
        target: toRepoPath(root, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, target)),
        generators,
        exec,
        git,
        reports: values.report?.map((p) => ({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, p) })),
        specDir: values.spec,
        mutationReports: values.mutation?.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, p)),
        deliver: values['no-commit']
            ? undefined
            : { branch: values.branch, author: { name: 'HEE CI', email: 'hee-ci@users.noreply.github.com' } }
    });
    let pull;
    if (pr && base && result.branch) {
        const { createGitHubClient, createGitHubWriter } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(780), __webpack_require__.e(501)]).then(__webpack_require__.bind(__webpack_require__, 43501));
        const github = createGitHubWriter(createGitHubClient({ token: pr.token, baseUrl: pr.apiUrl, userAgent: 'hee-ci-cli' }), pr.repository);
        pull = await deliverGeneratedTests({ git, github, result, base, remote: pr.remote, token: pr.token });
    }
    const out = pull ? { ...result, pullRequest: pull } : result;
    const md = renderGenerationMarkdown(result);
    io.stdout(values.format === 'json'
        ? JSON.stringify(out, null, 2) + '\n'
        : pull
            ? `${md}\n${pull.updated ? 'Updated' : 'Opened'} pull request #${pull.number}: ${pull.url}\n`
            : md);
    return 0;
}
/** Where the kept tests go as a pull request: repository, API, remote and token, from options and the environment. */
async function pullRequestSettings(values, io) {
    const repository = values.repo ?? io.env.GITHUB_REPOSITORY;
    if (!repository)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--pull-request needs --repo owner/name (or GITHUB_REPOSITORY)');
    const tokenEnv = values['token-env'] ?? 'GITHUB_TOKEN';
    const token = io.env[tokenEnv];
    if (!token)
        throw new _hee_core_errors__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`no token: set ${tokenEnv} (a token with contents: write and pull-requests: write on ${repository})`);
    const server = io.env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        repository,
        apiUrl: values['api-url'] ?? io.env.GITHUB_API_URL ?? 'https://api.github.com',
        remote: values.remote ?? `${server}/${repository}.git`,
        token
    };
}
function toRepoPath(root, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, abs);
    if (rel.startsWith('..'))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--target ${abs} is outside the repository ${root}`);
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}


/***/ }),

/***/ 19197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   a4: () => (/* binding */ slackText),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   nl: () => (/* binding */ inertJson),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xF: () => (/* binding */ mentionFree)
/* harmony export */ });
/* harmony import */ var _inert_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95304);
/**
 * One escaping function per kind of sink, for every field that comes from a repository or a
 * run (workflow, job and step names, branch, commit message, artifact entry names, log text):
 * such a field is data and must never become markup, a link, an image, a mention or a
 * workflow command where it is shown.
 *
 * - Markdown/HTML (job summary, GitHub issue, PR body): {@link markdownText} mid-line,
 *   {@link markdownCode} as an inline code span;
 * - HTML (email): {@link htmlText};
 * - Slack mrkdwn: {@link slackText};
 * - plain text (log lines, annotations, SMS, the CLI): {@link plainText};
 * - JSON for a receiver that may show it anywhere (webhook): {@link inertJson}.
 */

/** Zero-width space: keeps `@name` readable but no longer a mention (GitHub, Slack). */
const ZWSP = '\u200b';
// An `@` that starts a mention: not preceded by a letter or digit (an e-mail address is no mention).
const MENTION = /(^|[^A-Za-z0-9])@(?=[A-Za-z0-9_!])/g;
function neutraliseMentions(s) {
    return s.replace(MENTION, `$1@${ZWSP}`);
}
/** `s` as written, but no `@name`, `@here` or `@org/team` in it notifies anyone. */
function mentionFree(s) {
    return neutraliseMentions(s);
}
/**
 * One line of Markdown that shows `s` as written: HTML tags and entities, emphasis, code,
 * links and images (`[`, `]` escaped, so `![i](…)` is text), table pipes and @mentions lose
 * their meaning; line breaks become spaces.
 */
function markdownText(s) {
    return neutraliseMentions(s
        .replace(/[\r\n]+/g, ' ')
        .replace(/[\\`*_[\]<>|~&#]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`)));
}
/** An inline code span holding `s` on one line, whatever backticks `s` holds; `|` escaped for tables. */
function markdownCode(s, inTable = false) {
    let one = s.replace(/[\r\n]+/g, ' ');
    if (inTable)
        one = one.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(one.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    return longest || one.startsWith('`') || one.endsWith('`') ? `${fence} ${one} ${fence}` : `${fence}${one}${fence}`;
}
/** Text for an HTML element or attribute value. */
function htmlText(s) {
    return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/**
 * Text for Slack mrkdwn: `&`, `<`, `>` escaped (so no `<!channel>`, `<@U…>` or `<url|label>`
 * forms) and `@channel`/`@here`/`@name` no longer mentions.
 */
function slackText(s) {
    return neutraliseMentions(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}
// C0 controls but tab and line breaks, DEL, C1 controls: terminal escapes and the like.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/**
 * Plain text printed where the runner reads it (a step's log, an annotation) or a terminal
 * shows it: control characters (ANSI escapes) removed, workflow commands made inert.
 */
function plainText(s) {
    return (0,_inert_js__WEBPACK_IMPORTED_MODULE_0__/* .inertText */ .UJ)(s.replace(CONTROL, ''));
}
// An absolute http(s) URL with nothing that could end the link or start markup.
const SAFE_URL = /^https?:\/\/[^\s<>()[\]`"'\\]+$/;
/**
 * A Markdown link to `url` labelled `label`, both from a run or an API answer: the label is
 * text, and a URL that is not plain http(s) (a `javascript:` link, a `)` that would end the
 * link early) gives the label alone.
 */
function markdownLink(label, url) {
    return url && SAFE_URL.test(url) ? `[${markdownText(label)}](${url})` : markdownText(label);
}
function mapStrings(v, f) {
    if (typeof v === 'string')
        return f(v);
    if (Array.isArray(v))
        return v.map((x) => mapStrings(x, f));
    if (v !== null && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]));
    return v;
}
/**
 * JSON for a receiver that may paste it into a page or a chat: every string without a live
 * mention, and `<`, `>`, `&` written as `\u003c`, `\u003e`, `\u0026`, so the body holds no tag
 * in any form a browser or chat tool reads, while `JSON.parse` gives the text back as written.
 */
function inertJson(value) {
    return JSON.stringify(mapStrings(value, neutraliseMentions)).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 95304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   Zm: () => (/* binding */ inertDeep)
/* harmony export */ });
/* unused harmony export INERT_MARK */
/**
 * Makes text read from a CI log safe to print from inside a workflow step.
 *
 * The runner reads a step's output line by line (splitting on CR, LF and CRLF), trims
 * leading whitespace and treats `::name …::data` as a workflow command; the legacy
 * `##[name …]data` form is searched anywhere in a line. A log line quoted in an alert could
 * otherwise set outputs, add masks or `::stop-commands::` our own commands.
 */
/** Zero-width space: invisible when read, but breaks both command prefixes. */
const INERT_MARK = '\u200b';
// What .NET's TrimStart removes (Char.IsWhiteSpace) plus JavaScript's \s, minus line breaks.
const LEAD = '[\\t\\v\\f \\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000\\ufeff]*';
// A line start is the text start or just after a line break; only those positions try the
// whitespace scan, so each run is read once and the whole pass stays linear.
const LINE_COMMAND = new RegExp(`(^|[\\r\\n\\u2028\\u2029])(${LEAD})::`, 'g');
const LEGACY_COMMAND = /##\[/g;
/**
 * Returns `text` with every workflow command neutralised: `::` at the start of a line
 * (after optional whitespace) becomes `:\u200b:`, and every `##[` becomes `#\u200b#[`.
 * Everything else, including line breaks, is unchanged.
 */
function inertText(text) {
    return text.replace(LINE_COMMAND, `$1$2:${INERT_MARK}:`).replace(LEGACY_COMMAND, `#${INERT_MARK}#[`);
}
/** {@link inertText} applied to every string inside a JSON-like value (objects, arrays). */
function inertDeep(value) {
    const walk = (v) => {
        if (typeof v === 'string')
            return inertText(v);
        if (Array.isArray(v))
            return v.map(walk);
        if (v !== null && typeof v === 'object') {
            const o = {};
            for (const [k, x] of Object.entries(v))
                o[k] = walk(x);
            return o;
        }
        return v;
    };
    return walk(value);
}


/***/ })

};

//# sourceMappingURL=175.index.mjs.map