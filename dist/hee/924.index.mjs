export const id = 924;
export const ids = [924];
export const modules = {

/***/ 13460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ALWAYS_PROTECTED: () => (/* reexport safe */ _matrix_js__WEBPACK_IMPORTED_MODULE_1__.jF),
/* harmony export */   AUTOFIX_CONFIG_FILE: () => (/* reexport safe */ _matrix_js__WEBPACK_IMPORTED_MODULE_1__.HA),
/* harmony export */   AUTOFIX_TRAILER: () => (/* reexport safe */ _engine_js__WEBPACK_IMPORTED_MODULE_0__.DH),
/* harmony export */   DEFAULT_LIMITS: () => (/* reexport safe */ _matrix_js__WEBPACK_IMPORTED_MODULE_1__.dR),
/* harmony export */   DEFAULT_MATRIX: () => (/* reexport safe */ _matrix_js__WEBPACK_IMPORTED_MODULE_1__.iV),
/* harmony export */   ROW_LABELS: () => (/* reexport safe */ _matrix_js__WEBPACK_IMPORTED_MODULE_1__.zC),
/* harmony export */   STRATEGIES: () => (/* reexport safe */ _strategies_index_js__WEBPACK_IMPORTED_MODULE_4__.Y),
/* harmony export */   checkCommitMessage: () => (/* reexport safe */ _guard_index_js__WEBPACK_IMPORTED_MODULE_7__.H),
/* harmony export */   checkDiff: () => (/* reexport safe */ _guard_index_js__WEBPACK_IMPORTED_MODULE_6__.S),
/* harmony export */   explainMatrix: () => (/* reexport safe */ _matrix_js__WEBPACK_IMPORTED_MODULE_1__.B_),
/* harmony export */   formatViolations: () => (/* reexport safe */ _guard_index_js__WEBPACK_IMPORTED_MODULE_8__.w),
/* harmony export */   globToRegExp: () => (/* reexport safe */ _engine_js__WEBPACK_IMPORTED_MODULE_0__.tL),
/* harmony export */   invocations: () => (/* reexport safe */ _command_js__WEBPACK_IMPORTED_MODULE_3__.OC),
/* harmony export */   parseAutoFixConfig: () => (/* reexport safe */ _matrix_js__WEBPACK_IMPORTED_MODULE_1__.qO),
/* harmony export */   readJobLog: () => (/* reexport safe */ _job_log_js__WEBPACK_IMPORTED_MODULE_2__.g),
/* harmony export */   recoverStale: () => (/* reexport safe */ _scratch_js__WEBPACK_IMPORTED_MODULE_5__.Ad),
/* harmony export */   repoPath: () => (/* reexport safe */ _job_log_js__WEBPACK_IMPORTED_MODULE_2__.q),
/* harmony export */   resolveMatrix: () => (/* reexport safe */ _matrix_js__WEBPACK_IMPORTED_MODULE_1__.mr),
/* harmony export */   runAutoFix: () => (/* reexport safe */ _engine_js__WEBPACK_IMPORTED_MODULE_0__.CA),
/* harmony export */   shellWords: () => (/* reexport safe */ _command_js__WEBPACK_IMPORTED_MODULE_3__.CH)
/* harmony export */ });
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99536);
/* harmony import */ var _matrix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57587);
/* harmony import */ var _job_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74028);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43093);
/* harmony import */ var _strategies_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41506);
/* harmony import */ var _scratch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22096);
/* harmony import */ var _guard_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90203);
/* harmony import */ var _guard_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(44279);
/* harmony import */ var _guard_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(21751);
/** The auto-fix engine: decision matrix, strategies, safety protocol, and the anti-suppression guard. */










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

//# sourceMappingURL=924.index.mjs.map