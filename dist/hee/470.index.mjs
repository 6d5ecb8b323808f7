export const id = 470;
export const ids = [470];
export const modules = {

/***/ 35137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANALYZE_USAGE: () => (/* binding */ ANALYZE_USAGE),
/* harmony export */   analyzeCommand: () => (/* binding */ analyzeCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37638);
/* harmony import */ var _hee_core_security__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74287);
/* harmony import */ var _hee_core_security__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(95304);
/* harmony import */ var _hee_core_security__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(19197);
/* harmony import */ var _hee_core_diagnosis__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93626);
/* harmony import */ var _hee_core_diagnosis__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39512);
/* harmony import */ var _hee_core_diagnosis__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24823);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27109);







const ANALYZE_USAGE = `usage: hee analyze --log FILE [--format json|text] [--patterns FILE] [--baseline FILE] [--failed]

Classify one CI log offline (GitHub Actions, Travis, Jenkins, Maven, plain tool output).

  --log FILE        the log to read (streamed; any size)
  --format F        json: {"findings":[…]} most significant first; text (default): for a person
  --patterns FILE   a hee-patterns.yml overriding or extending the built-in catalogue
  --baseline FILE   a passing log of the same job: lines it printed too are noise, not the cause
  --failed          the job is known to have failed (its API conclusion said so): the log always
                    gets a finding, with confidence low when nothing in it explains the failure
                    well, as the monitor does; without it the log itself tells whether it failed

Secrets in the log are redacted from the output (secretlint's recommended rules, and the values
listed in HEE_REDACT_VALUES: one per line or a JSON object); workflow commands are made inert.

Exit 0 when the log was read (findings or not), 2 on a usage error or an unreadable file.`;
const OPTIONS = {
    log: { type: 'string' },
    format: { type: 'string', default: 'text' },
    patterns: { type: 'string' },
    baseline: { type: 'string' },
    failed: { type: 'boolean' }
};
/** `hee analyze`: classify one log file and print its findings. */
const analyzeCommand = async (argv, io) => {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(argv, OPTIONS);
    const logPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .required */ .mw)(values, 'log'));
    const format = values.format;
    if (format !== 'json' && format !== 'text')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--format must be json or text, not '${format}'`);
    let catalogue;
    if (values.patterns !== undefined) {
        let yamlText;
        try {
            yamlText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.patterns), 'utf8');
        }
        catch (e) {
            return fail(io, `cannot read --patterns ${values.patterns}: ${reason(e)}`);
        }
        try {
            catalogue = (0,_hee_core_diagnosis__WEBPACK_IMPORTED_MODULE_4__/* .loadCatalogue */ .O)(yamlText);
        }
        catch (e) {
            if (e instanceof _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1)
                return fail(io, (0,_hee_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(e));
            throw e;
        }
    }
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(logPath);
        if (!st.isFile())
            return fail(io, `cannot read --log ${values.log}: not a file`);
    }
    catch (e) {
        return fail(io, `cannot read --log ${values.log}: ${reason(e)}`);
    }
    let baseline;
    if (values.baseline !== undefined) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.baseline);
        try {
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
            if (!st.isFile())
                return fail(io, `cannot read --baseline ${values.baseline}: not a file`);
            baseline = await (0,_hee_core_diagnosis__WEBPACK_IMPORTED_MODULE_6__/* .readBaseline */ .mF)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 256 * 1024 }));
        }
        catch (e) {
            if (isFsError(e))
                return fail(io, `cannot read --baseline ${values.baseline}: ${reason(e)}`);
            throw e;
        }
    }
    let result;
    try {
        result = await (0,_hee_core_diagnosis__WEBPACK_IMPORTED_MODULE_7__/* .classifyStream */ .Hc)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(logPath, { highWaterMark: 256 * 1024 }), {
            ...(catalogue ? { catalogue } : {}),
            ...(baseline ? { baseline } : {}),
            ...(values.failed ? { knownFailed: true } : {})
        });
    }
    catch (e) {
        if (isFsError(e))
            return fail(io, `cannot read --log ${values.log}: ${reason(e)}`);
        throw e;
    }
    // Log text is data from the repository: secrets it leaks are redacted, and workflow commands
    // in it (`::add-mask::`, `##[set-output …]`) are made inert, so this output can be printed
    // inside a workflow step. Each excerpt is redacted as the lines it quotes, before the text
    // report puts its gutter before them, and the whole report once more.
    const secrets = (0,_hee_core_security__WEBPACK_IMPORTED_MODULE_8__/* .secretValues */ .VX)(io.env.HEE_REDACT_VALUES);
    const findings = (0,_hee_core_security__WEBPACK_IMPORTED_MODULE_8__/* .redactDeep */ .KL)(result.findings, secrets);
    io.stdout(format === 'json'
        ? JSON.stringify((0,_hee_core_security__WEBPACK_IMPORTED_MODULE_9__/* .inertDeep */ .Zm)({ findings })) + '\n'
        : (0,_hee_core_security__WEBPACK_IMPORTED_MODULE_10__/* .plainText */ .wh)((0,_hee_core_security__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E$)(renderText({ ...result, findings }, values.log ?? ''), secrets)));
    return 0;
};
function renderText(result, name) {
    const head = `${name}: ${result.lines} lines, ${result.bytes} bytes`;
    if (result.findings.length === 0)
        return `${head}\nNo failure found.\n`;
    const parts = [
        `${head}\n${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}, most significant first:\n`
    ];
    result.findings.forEach((f, i) => parts.push(renderFinding(f, i + 1)));
    return parts.join('\n');
}
function renderFinding(f, n) {
    const where = [
        `line ${f.line}`,
        f.file ? `(${f.file}${f.fileLine ? `:${f.fileLine}` : ''})` : undefined,
        f.section ? `in "${f.section}"` : undefined,
        f.timestamp ? `at ${f.timestamp}` : undefined
    ]
        .filter(Boolean)
        .join(' ');
    const more = f.lines.length > 1 ? ` (evidence on lines ${f.lines.slice(0, 8).join(', ')}${f.lines.length > 8 ? ', …' : ''})` : '';
    const excerpt = f.excerpt
        .split('\n')
        .map((l) => `    | ${l}`)
        .join('\n');
    const sure = f.confidence === 'high' ? '' : ` (confidence: ${f.confidence})`;
    return `${n}. [${f.severity.toUpperCase()}] ${f.pattern} ${f.name}${sure} — ${where}${more}\n${excerpt}\n`;
}
function fail(io, message) {
    io.stderr(`hee analyze: ${message}\n`);
    return 2;
}
function isFsError(e) {
    return e instanceof Error && typeof e.syscall === 'string';
}
function reason(e) {
    if (isFsError(e)) {
        if (e.code === 'ENOENT')
            return 'no such file';
        if (e.code === 'EACCES')
            return 'permission denied';
        if (e.code === 'EISDIR')
            return 'is a directory';
        return e.code ?? e.message;
    }
    return e instanceof Error ? e.message : String(e);
}


/***/ }),

/***/ 39512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mF: () => (/* binding */ readBaseline),
/* harmony export */   q5: () => (/* binding */ Baseline)
/* harmony export */ });
/* unused harmony exports MAX_BASELINE_LINES, baselineKey */
/* harmony import */ var _line_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36284);
/* harmony import */ var _log_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42048);
/* harmony import */ var _line_splitter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6781);
/**
 * The last green run as a baseline: the set of line keys of a passing log of the same job. A
 * failed run's evidence line that the passing run printed too ("error: unused import" from a
 * test fixture, a deprecation warning, a retried download) is that job's everyday noise, not
 * the cause.
 *
 * A line's key is its fingerprint (digits and hashes do not count: timestamps, counts, line
 * numbers, commit hashes) after three more things that differ between two runs are taken out:
 * the name under a temporary directory (`/tmp/tmp.x8Fq2`, `_temp/<uuid>.sh`, `…\Temp\…`,
 * macOS's `/var/folders/…/T/…`), durations however written (`1m 3s`, `59.2s`, `850 ms`) and the
 * bar of a progress line (`[=====>   ]`, `████▌`). Memory is one Set entry per distinct line,
 * at most MAX_BASELINE_LINES of them; the log itself is read as a stream and never kept.
 */



/** Distinct lines kept (about 10 MB at most); a passing log with more adds no more. */
const MAX_BASELINE_LINES = 1 << 19;
// A temporary directory and the name right under it, whatever the runner or tool chose.
const TEMP_PATH = /(?:\/private)?\/var\/folders\/[^/\s]+\/[^/\s]+\/T\/[^/\\\s'"`:,;)\]]+|(?:\/tmp|\/_temp|[\\/]te?mp)[\\/][^/\\\s'"`:,;)\]]+/gi;
// One or more durations in a row: `1m 3s`, `59.2s`, `850 ms`, `2.1 seconds`.
const DURATION = /(?:\b\d+(?:\.\d+)?\s?(?:ns|µs|us|ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b\s*)+/gi;
// A progress bar: a bracketed run of bar characters, or a run of block characters.
const PROGRESS_BAR = /\[[=#>\-.*~ ]{3,}\]| *[█▉▊▋▌▍▎▏░▒▓━╸╺■□]+ */g;
const HAS_BAR = /\[[=#>\-.*~ ]{3}|[█▉▊▋▌▍▎▏░▒▓━╸╺■□]/;
/** The key of a cleaned log line: equal for two runs' versions of the same line. */
function baselineKey(text) {
    let t = text;
    if (/te?mp|\/T\//i.test(t))
        t = t.replace(TEMP_PATH, '<tmp>');
    if (/\d/.test(t))
        t = t.replace(DURATION, '<t> ');
    if (HAS_BAR.test(t))
        t = t.replace(PROGRESS_BAR, ' <bar> ');
    // 30 bits: a small integer to the JavaScript engine, and a Set of them stays compact.
    return (0,_line_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .R)(t) & 0x3fffffff;
}
class Baseline {
    keys;
    /** Keys that `has` found: all a cache needs to answer the same questions again. */
    found = new Set();
    truncated = false;
    constructor(keys = []) {
        this.keys = new Set(keys);
    }
    /** Distinct lines held. */
    get size() {
        return this.keys.size;
    }
    /** True when the passing log had more distinct lines than are kept. */
    get full() {
        return this.truncated;
    }
    /** Adds a cleaned line of the passing log. */
    add(text) {
        if (text.length === 0)
            return;
        if (this.keys.size >= MAX_BASELINE_LINES) {
            this.truncated = true;
            return;
        }
        this.keys.add(baselineKey(text));
    }
    /** Whether the passing log had a line saying the same as `text` (a cleaned line). */
    has(text) {
        if (text.length === 0)
            return false;
        const key = baselineKey(text);
        if (!this.keys.has(key))
            return false;
        this.found.add(key);
        return true;
    }
    /** The keys `has` found so far, ascending: a Baseline of only these answers those lines the same. */
    matched() {
        return [...this.found].sort((a, b) => a - b);
    }
}
/** Reads a passing log (chunks, any size, e.g. a stream) into a Baseline. */
async function readBaseline(source) {
    const baseline = new Baseline();
    const splitter = new _line_splitter_js__WEBPACK_IMPORTED_MODULE_1__/* .LineSplitter */ .g3((text) => baseline.add((0,_log_line_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanLine */ .Ow)(text).text));
    for await (const chunk of source)
        splitter.push(chunk);
    splitter.end();
    return baseline;
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


/***/ }),

/***/ 74287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   ki: () => (/* binding */ redactError)
/* harmony export */ });
/* unused harmony exports REDACTED, secretList, secretlintFindings */
/* harmony import */ var _secretlint_secretlint_rule_preset_recommend__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31577);
/**
 * Redaction of secrets from any text that leaves the process (alerts, errors, logs). Every
 * sink (job summary, findings file, Slack, webhook, email, GitHub issue, SMS, the CLI's
 * output) passes its text through {@link redact}, which removes, in this order:
 *
 * 1. the values of the job's own secrets (every form a value takes: each line, URL- and
 *    JSON-escaped, base64);
 * 2. every secret secretlint's recommended rule set finds (`@secretlint/secretlint-rule-preset-recommend`:
 *    AWS, GCP, private keys, npm, basic auth, Slack, SendGrid, Shopify, Stripe, GitHub, GitLab,
 *    Grafana, OpenAI, Anthropic, Groq, Hugging Face, Linear, Notion, 1Password, database URLs,
 *    Vault, Vercel, Databricks, Docker, Figma, Cloudflare, Tailscale), each to the end of its token;
 * 3. the shapes below that the rule set misses in CI logs (a private key's body without its
 *    BEGIN line, `aws_secret_access_key = …`, Google API keys, any OpenAI project key, …).
 *
 * The hand-written patterns are linear-time on V8's backtracking engine: either their
 * quantifiers are bounded, or a look-behind forbids starting a match inside a run the previous
 * attempt already scanned, so a hostile log line costs O(length) and never O(length²).
 */

const REDACTED = '***';
// Characters a token is made of; a match may only start where the previous char is not one.
const B64URL = 'A-Za-z0-9_\\-';
const KEYWORDS = '(?:password|passwd|secret|token|api[_-]?key|access[_-]?key)';
const RULES = [
    {
        // A private key's body lines seen without their BEGIN line (an excerpt that starts inside
        // the block): whole lines of 40+ base64 characters mixing upper case, lower case and digits
        // (a hex digest has no upper case), after at most a level word a tool put before each line
        // (`Error: `, `[ERROR] `), and the END line.
        name: 'private-key-body',
        re: /(?<=^|[\r\n])([ \t]{0,40}(?:\[?[A-Za-z]{1,12}\]?:?[ \t]{1,4})?)(?=[A-Za-z0-9+/]{0,120}[A-Z])(?=[A-Za-z0-9+/]{0,120}[a-z])(?=[A-Za-z0-9+/]{0,120}[0-9])[A-Za-z0-9+/]{40,120}={0,2}[ \t]{0,40}(?=$|[\r\n])/g,
        to: `$1${REDACTED}`
    },
    {
        name: 'private-key-end',
        re: /-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----/g,
        to: REDACTED
    },
    {
        name: 'private-key',
        // Body chars exclude "-----" so an unterminated block stops at the next PEM boundary.
        re: /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s:,.]*(?:-(?!----)[A-Za-z0-9+/=\s:,.]*)*(?:-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----)?/g,
        to: REDACTED
    },
    {
        name: 'slack-webhook',
        re: /https:\/\/hooks\.slack(?:-gov)?\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]+/g,
        to: 'https://hooks.slack.com/services/***'
    },
    {
        name: 'url-userinfo',
        re: /\b([a-zA-Z][a-zA-Z0-9+.-]{0,20}:\/\/[^/\s:@]{0,256}):[^/\s]{1,256}@/g,
        to: `$1:${REDACTED}@`
    },
    { name: 'github-token', re: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{20,255}(?![A-Za-z0-9])/g, to: REDACTED },
    { name: 'github-pat', re: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{20,255}/g, to: REDACTED },
    { name: 'slack-token', re: /(?<![A-Za-z0-9_-])xox[abprs]-[A-Za-z0-9-]{6,255}/g, to: REDACTED },
    { name: 'aws-access-key', re: /(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA)[A-Z0-9]{16}(?![A-Z0-9])/g, to: REDACTED },
    {
        // `aws_secret_access_key = …`, `AWS_SECRET_ACCESS_KEY: …` (spaces and quotes around the sign).
        name: 'aws-secret-key',
        re: /((?:aws)?_?secret_?access_?key["']?[ \t]{0,10}[:=][ \t]{0,10}["']?)[A-Za-z0-9/+=]{20,80}/gi,
        to: `$1${REDACTED}`
    },
    { name: 'slack-app-token', re: /(?<![A-Za-z0-9_-])xapp-[0-9]-[A-Za-z0-9-]{10,255}/g, to: REDACTED },
    { name: 'stripe-key', re: /(?<![A-Za-z0-9_])(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,255}/g, to: REDACTED },
    { name: 'google-api-key', re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g, to: REDACTED },
    {
        name: 'openai-key',
        re: /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin|ant-api0\d)-[A-Za-z0-9_-]{20,255}/g,
        to: REDACTED
    },
    { name: 'npm-token', re: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{20,255}(?![A-Za-z0-9])/g, to: REDACTED },
    {
        name: 'jwt',
        re: new RegExp(`(?<![${B64URL}])eyJ[${B64URL}]{4,}\\.[${B64URL}]{4,}\\.[${B64URL}]*`, 'g'),
        to: REDACTED
    },
    {
        name: 'authorization',
        re: /\b((?:Proxy-)?Authorization["']?[ \t]{0,10}[:=][ \t]{0,10}["']?)[^\r\n"']+/gi,
        to: `$1${REDACTED}`
    },
    { name: 'bearer', re: /\b([Bb]earer[ \t]{1,10})[A-Za-z0-9._~+/=-]{8,}/g, to: `$1${REDACTED}` },
    // key=value in query strings, env dumps and CLI flags; bounded infix such as `_value`.
    {
        name: 'key-value',
        re: new RegExp(`(${KEYWORDS}[A-Za-z0-9_-]{0,30}[ \\t]{0,10}=[ \\t]{0,10})[^\\s&#"'<>;,]+`, 'gi'),
        to: `$1${REDACTED}`
    },
    // "token": "value" in JSON.
    {
        name: 'json-value',
        re: new RegExp(`("[A-Za-z0-9_-]{0,30}${KEYWORDS}[A-Za-z0-9_-]{0,30}"[ \\t]{0,10}:[ \\t]{0,10}")[^"\\r\\n]+`, 'gi'),
        to: `$1${REDACTED}`
    }
];
/** Forms in which a known secret may show up in text besides its plain form. */
function variants(secret) {
    const out = new Set([secret]);
    // Actions masks each line of a multi-line secret; so do we.
    for (const line of secret.split(/\r\n|\r|\n/))
        if (line.trim().length >= 4)
            out.add(line);
    out.add(encodeURIComponent(secret));
    out.add(JSON.stringify(secret).slice(1, -1));
    out.add(Buffer.from(secret, 'utf8').toString('base64'));
    return [...out].filter(usable);
}
// A secret made only of `*` would be re-created by its own replacement; empty ones match everywhere.
function usable(s) {
    return s.length > 0 && /[^*]/.test(s);
}
/**
 * Replaces every occurrence of `secrets` with `***`, repeating until none is left: a
 * replacement can join text into a new occurrence when the secret contains `*`. Each pass
 * removes at least one non-`*` character, so this ends.
 */
function removeKnown(text, secrets) {
    if (secrets.length === 0)
        return text;
    let out = text;
    for (;;) {
        let changed = false;
        for (const s of secrets) {
            if (out.includes(s)) {
                out = out.split(s).join(REDACTED);
                changed = true;
            }
        }
        if (!changed)
            return out;
    }
}
/**
 * The secret values in a list a user hands over (an action input, `HEE_REDACT_VALUES`): a JSON
 * object or array, such as `${{ toJSON(secrets) }}`, gives every string in it; any other text
 * gives each non-empty line.
 */
function secretValues(list) {
    const text = (list ?? '').trim();
    if (!text)
        return [];
    if (text.startsWith('{') || text.startsWith('[')) {
        try {
            const out = [];
            const walk = (v) => {
                if (typeof v === 'string') {
                    if (usable(v))
                        out.push(v);
                }
                else if (v !== null && typeof v === 'object')
                    for (const x of Object.values(v))
                        walk(x);
            };
            walk(JSON.parse(text));
            return out;
        }
        catch {
            // not JSON after all: one value per line
        }
    }
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(usable);
}
/** The known secrets in the order they should be replaced (longest first, so a secret containing another goes whole). */
function secretList(knownSecrets) {
    const all = new Set();
    for (const s of knownSecrets)
        if (typeof s === 'string' && usable(s))
            for (const v of variants(s))
                all.add(v);
    return [...all].sort((a, b) => b.length - a.length);
}
// The rule set's scanners (its comment filter needs secretlint's own engine and is left out).
const SCANNERS = _secretlint_secretlint_rule_preset_recommend__WEBPACK_IMPORTED_MODULE_0__/* .creator */ .x.rules.filter((r) => r.meta.type === 'scanner' && !r.meta.id.endsWith('filter-comments'));
// Characters a token goes on with: a rule whose pattern stops early (a Slack app token's first
// three parts) still hides the whole token.
const TOKEN_TAIL = /[A-Za-z0-9_\-+/=]*/y;
/**
 * Where the recommended rule set finds a secret in `text`: `[start, end)` spans, each widened
 * to the end of its token, with the id of the rule that found it. The rules are secretlint's
 * own; they are run on `text` as one source file, synchronously (each rule's `file` handler
 * reports before it returns).
 */
function secretlintFindings(text) {
    const found = [];
    if (text.length < 8)
        return found;
    const source = {
        content: text,
        ext: '',
        contentType: 'text',
        filePath: undefined
    };
    for (const rule of SCANNERS) {
        const context = {
            sharedOptions: {},
            createTranslator: () => (messageId, data) => ({ message: messageId, messageId, data }),
            report: (d) => {
                TOKEN_TAIL.lastIndex = d.range[1];
                const tail = TOKEN_TAIL.exec(text)?.[0].length ?? 0;
                found.push({ rule: rule.meta.id, start: d.range[0], end: d.range[1] + tail });
            },
            ignore: () => undefined
        };
        void rule.create(context, {}).file?.(source);
    }
    return found;
}
/** Pieces learned from findings, at most this many: a hostile text of many tokens stays linear. */
const MAX_LEARNED = 200;
/**
 * The parts of the secrets the rule set found that could show up on their own elsewhere in
 * the same output (a file name cut from a database URL, `pw@host:5432`): each whole finding,
 * and each piece of it between `:`, `@`, `/`, `=` and quotes that is 8+ characters of letters
 * and digits mixed.
 */
function learnedSecrets(found) {
    const out = new Set();
    for (const { text, findings } of found) {
        for (const f of findings) {
            if (out.size >= MAX_LEARNED)
                return [...out];
            const whole = text.slice(f.start, f.end);
            out.add(whole);
            for (const piece of whole.split(/[:@/='"\s]+/))
                if (piece.length >= 8 && /[0-9]/.test(piece) && /[A-Za-z]/.test(piece))
                    out.add(piece);
        }
    }
    return [...out];
}
/** `text` with the spans of `findings` replaced by `***`. */
function removeFound(text, findings) {
    if (findings.length === 0)
        return text;
    const spans = [...findings].sort((a, b) => a.start - b.start);
    let out = '';
    let at = -1;
    for (const s of spans) {
        if (s.end <= at)
            continue;
        // A span that overlaps the one before extends it; one that does not starts a new `***`.
        if (s.start > at)
            out += text.slice(Math.max(at, 0), s.start) + REDACTED;
        at = s.end;
    }
    return out + text.slice(at);
}
function redactWith(text, findings, secrets) {
    let out = removeKnown(removeFound(text, findings), secrets);
    for (const rule of RULES)
        out = out.replace(rule.re, rule.to);
    // Shapes are replaced after known secrets; a last pass makes sure no known secret survives.
    return removeKnown(out, secrets);
}
/**
 * Returns `text` with known secrets, whatever secretlint's recommended rules find (and the
 * parts of it that show up elsewhere in `text`) and the CI-log shapes above replaced by `***`.
 */
function redact(text, knownSecrets = []) {
    const findings = secretlintFindings(text);
    return redactWith(text, findings, secretList([...knownSecrets, ...learnedSecrets([{ text, findings }])]));
}
/**
 * `redact` applied to every string inside a JSON-like value (objects, arrays). A secret found in
 * one string is also removed from the others (a finding's file field cut from its log line).
 */
function redactDeep(value, knownSecrets = []) {
    const found = new Map();
    const collect = (v) => {
        if (typeof v === 'string') {
            if (!found.has(v))
                found.set(v, secretlintFindings(v));
        }
        else if (v !== null && typeof v === 'object')
            for (const x of Object.values(v))
                collect(x);
    };
    collect(value);
    const secrets = secretList([
        ...knownSecrets,
        ...learnedSecrets([...found].map(([text, findings]) => ({ text, findings })))
    ]);
    const walk = (v) => {
        if (typeof v === 'string')
            return redactWith(v, found.get(v) ?? [], secrets);
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
/** Redacted one-line description of a thrown value, safe to log or return to a caller. */
function redactError(e, knownSecrets = []) {
    const msg = e instanceof Error ? e.message : String(e);
    const cause = e instanceof Error && e.cause instanceof Error && !msg.includes(e.cause.message) ? `: ${e.cause.message}` : '';
    return redact(`${msg}${cause}`, knownSecrets);
}


/***/ }),

/***/ 93262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
/** Larger is more severe: critical 4 … low 1. */
function severityRank(s) {
    return 4 - SEVERITIES.indexOf(s);
}
/** True when `s` is at least as severe as `threshold`. */
function atLeast(s, threshold) {
    return severityRank(s) >= severityRank(threshold);
}
function isSeverity(v) {
    return typeof v === 'string' && SEVERITIES.includes(v);
}


/***/ })

};

//# sourceMappingURL=470.index.mjs.map