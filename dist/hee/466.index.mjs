export const id = 466;
export const ids = [466];
export const modules = {

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

/***/ 95775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zd: () => (/* binding */ monitorCapsSchema),
/* harmony export */   mb: () => (/* binding */ capSettings),
/* harmony export */   qh: () => (/* binding */ MONITOR_CAP_FIELDS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _input_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49227);
/**
 * The caps on a monitor pass's work, by the names the `monitor` action's inputs and
 * `hee monitor`'s flags share, so both accept the same values with the same message: each a
 * whole number in its range, '' for its default.
 */


const MONITOR_CAP_FIELDS = {
    /** Pages of 100 read at most of any list. */
    'max-pages': _input_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .h.int(10, 1, 1000),
    /** Longest wait for one request to answer (and longest silence within a download). */
    'request-timeout-seconds': _input_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .h.int(30, 1, 600),
    /** Longest time one job log or artifact download may take. */
    'download-seconds': _input_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .h.int(120, 1, 3600),
    /** Longest time the analysis of one run may take. */
    'run-deadline-seconds': _input_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .h.int(300, 10, 21_600)
};
const monitorCapsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc(MONITOR_CAP_FIELDS);
/** The caps as monitor settings. */
function capSettings(caps) {
    return {
        maxPages: caps['max-pages'],
        requestTimeoutSeconds: caps['request-timeout-seconds'],
        downloadSeconds: caps['download-seconds'],
        runDeadlineSeconds: caps['run-deadline-seconds']
    };
}


/***/ }),

/***/ 32846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w6: () => (/* binding */ coverageMarkdown),
  $i: () => (/* binding */ coverageSettingsOf),
  TT: () => (/* binding */ coverageStep)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(76448);
// EXTERNAL MODULE: ./packages/core/src/artifacts/artifact-names.ts
var artifact_names = __webpack_require__(57274);
// EXTERNAL MODULE: ./packages/core/src/artifacts/zip-reader.ts
var zip_reader = __webpack_require__(96292);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/coverage/config.ts
var config = __webpack_require__(29460);
// EXTERNAL MODULE: ./packages/core/src/coverage/detect-format.ts
var detect_format = __webpack_require__(31913);
// EXTERNAL MODULE: ./packages/core/src/coverage/analyze.ts + 5 modules
var analyze = __webpack_require__(92686);
// EXTERNAL MODULE: ./packages/core/src/coverage/metrics.ts
var metrics = __webpack_require__(80561);
;// CONCATENATED MODULE: ./packages/core/src/coverage/capsule-fields.ts

/**
 * The capsule's `coverage_metrics` and `hee_specific` from an analysis. Only measured figures
 * are written: the spec's schema types every field as a number, and a metric that was not
 * measured must not appear as 0.
 */
function capsuleCoverageFields(a) {
    const coverage_metrics = {};
    for (const m of metrics/* METRICS */.Cb) {
        const v = a.metrics[m];
        if (v !== null)
            coverage_metrics[m] = v;
    }
    const hee_specific = {};
    if (a.metrics.spec !== null)
        hee_specific.spec_coverage = a.metrics.spec;
    if (a.metrics.prompt !== null)
        hee_specific.prompt_coverage = a.metrics.prompt;
    return { coverage_metrics, hee_specific };
}

// EXTERNAL MODULE: ./packages/core/src/coverage/render-markdown.ts
var render_markdown = __webpack_require__(8918);
// EXTERNAL MODULE: ./packages/core/src/security/escape.ts
var security_escape = __webpack_require__(19197);
// EXTERNAL MODULE: ./packages/core/src/security/redact.ts
var redact = __webpack_require__(74287);
// EXTERNAL MODULE: ./packages/core/src/security/inert.ts
var inert = __webpack_require__(95304);
;// CONCATENATED MODULE: ./packages/core/src/monitor/coverage-step.ts
/**
 * Coverage inside a monitoring pass: the reports of this job's workspace (globs) and those the
 * analysed run uploaded as artifacts (read through the bounded zip reader, never unpacked as
 * given) are analysed against the spec's targets; the figures go into the capsule with the trend
 * of the last runs, and the gate's verdict comes back for the step to act on.
 */









/** The first bytes of a file, to tell a mutation report from a coverage report. */
async function headOf(path) {
    const fh = await (0,promises_.open)(path, 'r').catch(() => undefined);
    if (!fh)
        return '';
    try {
        const buf = Buffer.alloc(65536);
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        return buf.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await fh.close();
    }
}
/** Files a coverage artifact may hold that are worth handing to the parsers. */
const REPORT_NAME = /(?:\.info|\.lcov|\.xml|\.json|\.out|\.txt|\.profile|coverprofile)$/i;
/** Lanes told from an artifact's name: integration and end-to-end reports count as integration. */
const laneOfArtifact = (name) => /\b(?:e2e|integration)\b|[-_](?:e2e|integration)(?:[-_]|$)/i.test(name) ? 'integration' : undefined;
/**
 * The coverage settings of a repository: `path` (relative to `root`) when it exists, the spec's
 * defaults when it does not and was not asked for by name. A bad file is a ConfigurationError
 * naming it, raised before the pass reads or writes anything.
 */
async function coverageSettingsOf(root, path, required) {
    const file = (0,external_node_path_.resolve)(root, path);
    if (!(0,external_node_fs_.existsSync)(file)) {
        if (required)
            throw new errors/* ConfigurationError */.j1(`coverage config ${path} does not exist in the workspace`);
        return (0,config/* resolveSettings */.Mo)({});
    }
    return (0,config/* resolveSettings */.Mo)(await (0,config/* loadCoverageConfig */.x8)(file, path));
}
/**
 * Reads and analyses the reports; undefined when no report was found (coverage is then simply
 * not part of this pass). Throws only for a bad config file, which is the user's to fix.
 */
async function coverageStep(o, state) {
    const notes = [];
    const reports = [];
    for (const pattern of o.reports) {
        const m = /^([A-Za-z][\w.-]*)=(.+)$/.exec(pattern);
        const files = await (0,dist/* glob */.TI)(m ? m[2] : pattern, { cwd: o.root, absolute: true, dot: true, onlyFiles: true });
        if (files.length === 0)
            notes.push(`no coverage report matches \`${pattern}\``);
        for (const f of files.sort())
            reports.push({ path: f, ...(m ? { lane: m[1] } : {}) });
    }
    let scratch;
    try {
        if (o.artifacts.length > 0 && o.runId && o.reader) {
            scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(o.tempDir, 'hee-coverage-'));
            reports.push(...(await artifactReports(o.reader, o.runId, o.artifacts, scratch, notes)));
        }
        // Mutation reports found by the same globs or in the same artifacts give the mutation score.
        const mutationReports = [];
        for (let i = reports.length - 1; i >= 0; i--)
            if ((0,detect_format/* mutationReportKind */.S)(await headOf(reports[i].path)))
                mutationReports.unshift(reports.splice(i, 1)[0].path);
        if (reports.length === 0) {
            if (mutationReports.length)
                notes.push('a mutation report without a coverage report is not analysed');
            return undefined;
        }
        const settings = o.settings;
        const previousTrend = (state.coverage_trend ?? []);
        const last = previousTrend[previousTrend.length - 1];
        const analysis = await (0,analyze/* analyzeCoverage */.v$)({
            root: o.root,
            reports,
            settings,
            ...(state.coverage_metrics ? { previous: { metrics: state.coverage_metrics, hee_total: last?.hee_total } } : {}),
            trend: previousTrend,
            mutationReports,
            run: { ...(o.runId ? { id: o.runId } : {}), at: o.now.toISOString() }
        });
        const fields = capsuleCoverageFields(analysis);
        const shown = (p) => {
            const r = (0,external_node_path_.relative)(o.root, p);
            return scratch && p.startsWith(scratch + external_node_path_.sep) ? `${(0,external_node_path_.relative)(scratch, p)} (artifact)` : r;
        };
        return {
            analysis,
            settings,
            update: { ...fields, coverage_trend: analysis.trend.slice(-analyze/* TREND_LENGTH */.vJ) },
            sources: reports.map((r) => shown(r.path)),
            notes
        };
    }
    finally {
        if (scratch)
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/** The report files of the run's matching artifacts, written under `dir` with safe names. */
async function artifactReports(reader, runId, patterns, dir, notes) {
    let listed;
    try {
        listed = await reader.listRunArtifacts(runId, { onLimit: (note) => notes.push(note) });
    }
    catch (e) {
        notes.push(`artifacts of run ${runId}: ${(0,errors/* describeError */.Uc)(e)}`);
        return [];
    }
    const out = [];
    for (const [i, a] of listed.filter((x) => !x.expired && (0,artifact_names/* matchesAny */._)(x.name, patterns)).entries()) {
        let zip;
        try {
            zip = await reader.downloadArtifactZip(a.id);
        }
        catch (e) {
            notes.push(`artifact ${a.name}: ${(0,errors/* describeError */.Uc)(e)}`);
            continue;
        }
        const read = await (0,zip_reader/* readZipText */.RT)(zip, (name) => REPORT_NAME.test(name));
        notes.push(...read.notes.map((n) => `artifact ${a.name}: ${n}`));
        const into = (0,external_node_path_.join)(dir, `${i}`);
        await (0,promises_.mkdir)(into, { recursive: true });
        for (const [j, f] of read.value.entries()) {
            // The entry's own name is only kept as a readable suffix: never a path.
            const base = f.name
                .split('/')
                .pop()
                .replace(/[^\w.-]/g, '_');
            const path = (0,external_node_path_.join)(into, `${j}-${base}`);
            await (0,promises_.writeFile)(path, f.text);
            const lane = laneOfArtifact(a.name);
            out.push({ path, ...(lane ? { lane } : {}) });
        }
    }
    return out;
}
/** Notes about reports and artifacts listed in a summary; the rest are counted. */
const NOTES_SHOWN = 5;
/**
 * The job summary's coverage section: the spec's table with measured figures, what it was
 * read from and what was not read. Report paths, artifact names and error text come from the
 * run: shown as text, redacted, never as markup or workflow commands.
 */
function coverageMarkdown(c, secrets = []) {
    const lines = ['', (0,render_markdown/* renderCoverageMarkdown */.S)(c.analysis, c.settings.priorities, { gaps: 10 })];
    const sources = c.sources.slice(0, 20).map((s) => (0,security_escape/* markdownCode */.D9)((0,redact/* redact */.E$)(s, secrets), true));
    if (c.sources.length > 20)
        sources.push(`and ${c.sources.length - 20} more`);
    lines.push('', `Read from ${c.sources.length} report(s): ${sources.join(', ')}`);
    for (const n of c.notes.slice(0, NOTES_SHOWN))
        lines.push(`- ${(0,security_escape/* markdownText */.p7)((0,redact/* redact */.E$)(n, secrets))}`);
    if (c.notes.length > NOTES_SHOWN)
        lines.push(`- and ${c.notes.length - NOTES_SHOWN} more not read (see the log)`);
    return (0,inert/* inertText */.UJ)(lines.join('\n') + '\n');
}


/***/ }),

/***/ 93772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ outcomeMarkdown),
/* harmony export */   YL: () => (/* binding */ isLimitNote),
/* harmony export */   bt: () => (/* binding */ outcomeJson)
/* harmony export */ });
/* harmony import */ var _security_inert_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95304);
/* harmony import */ var _security_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74287);
/* harmony import */ var _security_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19197);
/**
 * What one monitoring pass tells a person: a headline (status, what changed), then each
 * failed job with the located cause. Shared by the job summary and the CLI. Log excerpts are
 * redacted and made inert before they reach this module's callers' output.
 */



/** The pass as JSON for `findings-path` and `hee monitor --format json`. */
function outcomeJson(o, secrets = []) {
    return {
        status: o.decision.to,
        previous_status: o.decision.from,
        status_path: o.decision.path,
        reason: o.decision.reason,
        fix_required: o.fixRequired,
        severity: o.severity ?? null,
        patterns: o.patterns,
        runs: o.analyses.map((a) => ({
            id: a.run.id,
            attempt: a.run.runAttempt,
            workflow: a.workflow,
            conclusion: a.run.conclusion,
            url: a.run.htmlUrl,
            jobs: a.jobs.map((j) => ({
                id: j.id,
                name: j.name,
                conclusion: j.conclusion,
                failed_step: j.failedStep ?? null,
                log_error: j.logError ? (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(j.logError, secrets) : null,
                findings: j.findings.map((f) => ({
                    pattern: f.pattern,
                    name: f.name,
                    severity: f.severity,
                    confidence: f.confidence,
                    line: f.line,
                    step: f.step ?? null,
                    excerpt: (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(f.excerpt, secrets)
                }))
            }))
        })),
        skipped: o.skipped,
        alerts: o.alerts.map((a) => ({
            kind: a.kind,
            severity: a.severity,
            title: (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(a.title, secrets),
            workflow: a.workflow,
            pattern: a.pattern ?? null
        })),
        deliveries: o.deliveries.map((d) => ({ channel: d.channel, kind: d.alert.kind, ok: d.ok, error: d.error ?? null })),
        unreadable: o.unreadable.map((u) => (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(u, secrets)),
        // The caps reached (also among `unreadable`): the pass went on with what it had.
        limits_reached: o.unreadable.filter(isLimitNote).map((u) => (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(u, secrets))
    };
}
/** Unreadable logs and artifacts named in the summary; the rest are counted. */
const UNREAD_SHOWN = 5;
/** A table cell from a repository or run field: Markdown-escaped, mentions neutralised. */
const cell = _security_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7;
/** Notes of a cap on work (`limit reached: …`), reported apart from what could not be read. */
function isLimitNote(note) {
    return note.includes('limit reached: ');
}
/** Markdown headline and table of the pass (the alerts' own sections follow it). */
function outcomeMarkdown(o, secrets = []) {
    const d = o.decision;
    const moved = d.from === d.to ? `**${d.to}**` : `**${d.to}** (was ${d.path.slice(0, -1).join(' → ')})`;
    const lines = [
        `## HEE CI monitor: ${moved}`,
        '',
        `${cell(d.reason)}. ${o.analyses.length} run(s) analysed, ${o.alerts.length} alert(s).`,
        ''
    ];
    const rows = o.analyses.flatMap((a) => a.jobs.flatMap((j) => (j.findings.length ? j.findings.slice(0, 3) : [undefined]).map((f) => {
        const first = f
            ? (0,_security_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(f.excerpt, secrets).split('\n')[0].slice(0, 160)
            : j.logError
                ? `log not readable: ${j.logError}`
                : 'no known pattern';
        return `| [${a.run.id}](${encodeURI(a.run.htmlUrl)}) | ${cell(a.workflow)} | ${cell(j.name)} | ${cell(f?.step ?? j.failedStep ?? '')} | ${f ? `${cell(f.pattern)} ${cell(f.name)}${f.confidence === 'low' ? ' (confidence: low)' : ''}` : '—'} | ${f ? f.line : ''} | ${(0,_security_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(first, true)} |`;
    })));
    if (rows.length)
        lines.push('| run | workflow | job | step | cause | log line | evidence |', '|---|---|---|---|---|---|---|', ...rows, '');
    // A cap reached is not a failure to read: the pass went on with what it had, and says so.
    const limits = o.unreadable.filter(isLimitNote);
    const unread = o.unreadable.filter((u) => !isLimitNote(u));
    if (limits.length)
        lines.push('### Limits reached', '', ...limits.map((u) => `- ${cell((0,_security_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(u, secrets))}`), '');
    if (unread.length) {
        // A run can upload any number of broken artifacts: a few are named, the rest counted.
        const shown = unread.slice(0, UNREAD_SHOWN).map((u) => `- ${cell((0,_security_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(u, secrets))}`);
        if (unread.length > UNREAD_SHOWN)
            shown.push(`- and ${unread.length - UNREAD_SHOWN} more (see the log)`);
        lines.push('**Could not read:**', ...shown, '');
    }
    if (o.fixRequired)
        lines.push('Next: the auto-fix job will try the fixable patterns, then re-run the check.', '');
    return (0,_security_inert_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)(lines.join('\n'));
}


/***/ }),

/***/ 55439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ setupMonitor)
});

// UNUSED EXPORTS: DEFAULT_FIXABLE_PATTERNS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/severity.ts
var src_severity = __webpack_require__(93262);
;// CONCATENATED MODULE: ./packages/core/src/alerts/types.ts
const CHANNEL_NAMES = ['console', 'slack', 'email', 'sms', 'webhook', 'github-issue'];

;// CONCATENATED MODULE: ./packages/core/src/alerts/escalation.ts
/**
 * The spec's Alert Escalation Matrix as configuration. "Response time" becomes the re-alert
 * window: a still-failing incident is not announced again inside it.
 */




const MINUTE = 60_000;
/** Immediate responses still wait this long before repeating themselves. */
const DEFAULT_MINIMUM_REALERT_MS = 5 * MINUTE;
const SPEC = {
    critical: { channels: ['console', 'email', 'slack', 'sms'], responseMs: 0 },
    high: { channels: ['console', 'email', 'slack'], responseMs: 5 * MINUTE },
    medium: { channels: ['console', 'email'], responseMs: 15 * MINUTE },
    low: { channels: ['console'], responseMs: 60 * MINUTE }
};
const UNITS = { ms: 1, s: 1000, m: MINUTE, min: MINUTE, h: 60 * MINUTE, d: 24 * 60 * MINUTE };
const DURATION_RE = /^(\d{1,9})\s?(ms|s|m|min|h|d)$/;
/** Parses `immediate`, `0`, `90s`, `5m`, `15min`, `1h`, `2d`; a number is milliseconds. */
function parseDuration(v) {
    if (typeof v === 'number')
        return Number.isInteger(v) && v >= 0 ? v : undefined;
    const s = v.trim().toLowerCase();
    if (s === 'immediate' || s === '0')
        return 0;
    const m = DURATION_RE.exec(s);
    return m ? Number(m[1]) * UNITS[m[2]] : undefined;
}
const durationSchema = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).refine((v) => parseDuration(v) !== undefined, {
    error: 'expected a duration such as "immediate", "90s", "5m" or "1h", or a number of milliseconds'
});
const ruleSchema = schemas/* strictObject */.rej({
    /** Replaces the spec's channels for this severity. */
    channels: schemas/* array */.YOg(schemas/* enum */.k5n(CHANNEL_NAMES)).optional(),
    /** Opt-in channels added to the spec's ones. */
    extraChannels: schemas/* array */.YOg(schemas/* enum */.k5n(['github-issue', 'webhook'])).optional(),
    /** Re-alert window (default: the spec's response time). */
    realert: durationSchema.optional()
});
const escalationConfigSchema = schemas/* strictObject */.rej({
    alertLevel: schemas/* enum */.k5n(src_severity/* SEVERITIES */.oC).optional(),
    /** Lower bound for every re-alert window (default 5m). */
    minimumRealert: durationSchema.optional(),
    critical: ruleSchema.optional(),
    high: ruleSchema.optional(),
    medium: ruleSchema.optional(),
    low: ruleSchema.optional()
});
function pathOf(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
function describeIssues(issues) {
    return issues
        .map((i) => {
        if (i.code === 'unrecognized_keys') {
            const at = pathOf(i.path);
            return i.keys.map((k) => `${at ? `${at}.` : ''}${k}: unknown key`).join('; ');
        }
        return `${pathOf(i.path) || '(root)'}: ${i.message}`;
    })
        .join('; ');
}
/**
 * The escalation matrix: the spec's defaults with `config` applied. Throws a
 * ConfigurationError naming the offending key when `config` is not valid.
 */
function buildMatrix(config = {}) {
    const parsed = escalationConfigSchema.safeParse(config ?? {});
    if (!parsed.success) {
        throw new errors/* ConfigurationError */.j1(`Invalid alert escalation config: ${describeIssues(parsed.error.issues)}`, {
            hint: 'keys: alertLevel, minimumRealert, and per severity (critical, high, medium, low): channels, extraChannels, realert'
        });
    }
    const cfg = parsed.data;
    const minimum = cfg.minimumRealert === undefined ? DEFAULT_MINIMUM_REALERT_MS : parseDuration(cfg.minimumRealert);
    const rules = {};
    for (const sev of src_severity/* SEVERITIES */.oC) {
        const over = cfg[sev] ?? {};
        const base = SPEC[sev];
        const channels = [...new Set([...(over.channels ?? base.channels), ...(over.extraChannels ?? [])])];
        const window = over.realert === undefined ? base.responseMs : parseDuration(over.realert);
        rules[sev] = { channels, responseMs: base.responseMs, realertMs: Math.max(window, minimum) };
    }
    return { rules, alertLevel: cfg.alertLevel ?? 'low' };
}
/** The spec's matrix, unchanged. */
const DEFAULT_MATRIX = buildMatrix();
/** Channels the matrix sends a `severity` alert to. */
function channelsFor(matrix, severity) {
    return matrix.rules[severity].channels;
}
/** Re-alert window for `severity`, in ms. */
function realertWindowMs(matrix, severity) {
    return matrix.rules[severity].realertMs;
}
/** True when an alert of `severity` passes the `alertLevel` filter. */
function passesLevel(severity, alertLevel) {
    return (0,src_severity/* atLeast */.jZ)(severity, alertLevel);
}

// EXTERNAL MODULE: ./packages/core/src/security/redact.ts
var redact = __webpack_require__(74287);
// EXTERNAL MODULE: ./packages/core/src/security/escape.ts
var security_escape = __webpack_require__(19197);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/default-patterns.ts
var default_patterns = __webpack_require__(9320);
;// CONCATENATED MODULE: ./packages/core/src/alerts/compose.ts
/**
 * The words of an alert: title, one-paragraph summary and next step, built from an incident
 * and its evidence. Kept apart from the state logic so channels and tests share one wording.
 */

/** Names of the built-in patterns (DESIGN §3), used when a caller gives none: the catalogue's own. */
const PATTERN_NAMES = Object.fromEntries(default_patterns/* DEFAULT_PATTERNS */.s.map((p) => [p.id, p.name]));
const FIX_HINTS = {
    'PAT-001': 'Fix the compile error at the evidence line and push',
    'PAT-002': 'Run the failing test locally, fix the test or the code it covers, and push',
    'PAT-003': 'Upgrade or replace the vulnerable dependency (security fixes are never applied automatically)',
    'PAT-004': 'Fix the license finding or add the missing header, and push',
    'PAT-005': 'Find the slow or hung step; raise timeout-minutes only if the work really grew',
    'PAT-006': 'Install the missing tool or dependency, or repair the lockfile, and push',
    'PAT-007': 'Run the linter or formatter locally and commit the result',
    'PAT-008': 'Re-run the job; if it keeps happening, check the service it talks to'
};
/** Human form of a duration: `immediately`, `90 s`, `5 min`, `1 h`. */
function humanDuration(ms) {
    if (ms <= 0)
        return 'immediately';
    if (ms < 60_000)
        return `${Math.round(ms / 1000)} s`;
    if (ms < 3_600_000)
        return `${Math.round(ms / 60_000)} min`;
    const h = ms / 3_600_000;
    return `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
}
/** `job test › step Run tests › src/a.ts:12`, or undefined when nothing is known. */
function describeWhere(e) {
    if (!e)
        return undefined;
    const parts = [];
    if (e.job)
        parts.push(`job ${e.job}`);
    if (e.step)
        parts.push(`step ${e.step}`);
    if (e.file)
        parts.push(e.line !== undefined ? `${e.file}:${e.line}` : e.file);
    else if (e.logLine !== undefined)
        parts.push(`log line ${e.logLine}`);
    return parts.length ? parts.join(' › ') : undefined;
}
/** Builds the alert about one incident. */
function composeAlert(c) {
    const where = describeWhere(c.evidence);
    const what = `${c.patternName} (${c.pattern}, ${c.severity})`;
    const wf = (c.repository ? `${c.workflow} in ${c.repository}` : c.workflow) + (c.branch ? ` on ${c.branch}` : '');
    let title;
    let summary;
    let nextStep;
    const reminder = `HEE CI reminds ${c.realertMs > 0 ? `at most every ${humanDuration(c.realertMs)}` : 'on every run'} while it keeps failing and reports when it passes.`;
    switch (c.kind) {
        case 'broke':
            title = `${c.workflow} broke: ${c.patternName}`;
            summary = `Workflow ${wf} started failing in run ${c.runId} with ${what}${where ? ` at ${where}` : ''}.`;
            nextStep = `${FIX_HINTS[c.pattern] ?? 'Open the run log at the evidence line and fix the cause'}. ${reminder}`;
            break;
        case 'still-failing':
            title = `${c.workflow} still failing: ${c.patternName} (${c.runs} runs)`;
            summary = `Workflow ${wf} has shown ${what} in ${c.runs} runs in a row since ${c.since}; the latest is run ${c.runId}${where ? `, at ${where}` : ''}.`;
            nextStep = `${FIX_HINTS[c.pattern] ?? 'Open the run log at the evidence line and fix the cause'}. ${reminder}`;
            break;
        case 'fixed':
            title = `${c.workflow} fixed: ${c.patternName}`;
            summary = `Workflow ${wf} passed in run ${c.runId}; ${what} had failed ${c.runs} run${c.runs === 1 ? '' : 's'} in a row since ${c.since}.`;
            nextStep = 'Nothing to do; the incident is closed.';
            break;
    }
    return {
        kind: c.kind,
        severity: c.severity,
        repository: c.repository,
        workflow: c.workflow,
        ...(c.branch !== undefined ? { branch: c.branch } : {}),
        pattern: c.pattern,
        patternName: c.patternName,
        title,
        summary,
        runId: c.runId,
        ...(c.runUrl ? { runUrl: c.runUrl } : {}),
        runs: c.runs,
        since: c.since,
        ...(c.evidence ? { evidence: c.evidence } : {}),
        nextStep,
        ...(c.issueNumber !== undefined ? { issueNumber: c.issueNumber } : {})
    };
}
/** An alert that a credential HEE CI uses expires soon or has expired. */
function tokenExpiryAlert(t) {
    const expired = Date.parse(t.expiresAt) <= t.now.getTime();
    const when = expired ? `expired at ${t.expiresAt}` : `expires at ${t.expiresAt}`;
    return {
        kind: 'token-expiry',
        severity: t.severity ?? (expired ? 'critical' : 'high'),
        repository: t.repository,
        workflow: t.workflow,
        title: `${t.tokenName} ${expired ? 'expired' : 'expires soon'}`,
        summary: `The credential ${t.tokenName} used by HEE CI for ${t.repository || t.workflow} ${when}; monitoring stops working without it.`,
        nextStep: `Create a new token with the same permissions and update the ${t.tokenName} secret.`
    };
}

;// CONCATENATED MODULE: ./packages/core/src/alerts/console.ts
/**
 * The console channel: an annotation at the evidence line and a job-summary section a person
 * reads in ten seconds. The action adapter backs the sink with @actions/core, the CLI with
 * stdout; this file only knows the interface.
 */



const ICON = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' };
/** Annotation level for an alert: errors for serious failures, notices for good news. */
function annotationLevel(alert) {
    if (alert.kind === 'fixed')
        return 'notice';
    if (alert.kind === 'token-expiry')
        return 'warning';
    return alert.severity === 'critical' || alert.severity === 'high'
        ? 'error'
        : alert.severity === 'medium'
            ? 'warning'
            : 'notice';
}
/** One line of Markdown showing `s` as written (see `markdownText`). */
const mdText = security_escape/* markdownText */.p7;
/** Inline code span that survives backticks inside `s`. */
const mdCode = (s) => (0,security_escape/* markdownCode */.D9)(s);
/** Fenced code block whose fence is longer than any backtick run inside. */
function mdBlock(s) {
    const longest = Math.max(2, ...(s.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}text\n${s.replace(/\s+$/, '')}\n${fence}`;
}
function headline(alert) {
    const icon = alert.kind === 'fixed' ? '✅' : alert.kind === 'token-expiry' ? '🔑' : ICON[alert.severity];
    return `### ${icon} ${mdText(alert.title)}`;
}
/**
 * The job-summary Markdown for one alert: what failed, where, since when, what happens
 * next, then the log excerpt. Input is rendered as given; the channel redacts first.
 */
function alertMarkdown(alert) {
    const lines = [headline(alert), '', mdText(alert.summary), ''];
    const what = alert.patternName
        ? `${mdText(alert.patternName)}${alert.pattern ? ` (${mdCode(alert.pattern)})` : ''}`
        : mdText(alert.kind);
    const run = alert.runUrl
        ? ` in [run ${alert.runId ?? ''}](${encodeURI(alert.runUrl)})`
        : alert.runId !== undefined
            ? ` in run ${alert.runId}`
            : '';
    lines.push(`- **What:** ${what}, severity **${alert.severity}**${run}`);
    const e = alert.evidence;
    const where = describeWhere(e);
    if (e && where) {
        const parts = [];
        if (e.job)
            parts.push(`job ${mdCode(e.job)}`);
        if (e.step)
            parts.push(`step ${mdCode(e.step)}`);
        if (e.file)
            parts.push(mdCode(e.line !== undefined ? `${e.file}:${e.line}` : e.file));
        if (e.logLine !== undefined)
            parts.push(`log line ${e.logLine}`);
        lines.push(`- **Where:** ${parts.join(' › ')}`);
    }
    if (alert.since)
        lines.push(`- **Since:** ${mdText(alert.since)}${alert.runs !== undefined ? ` · ${alert.runs} run${alert.runs === 1 ? '' : 's'} in a row` : ''}`);
    lines.push(`- **Next:** ${mdText(alert.nextStep)}`);
    if (e?.excerpt)
        lines.push('', mdBlock(e.excerpt));
    return `${lines.join('\n')}\n`;
}
/** A console channel writing to `sink`. */
function consoleChannel(config) {
    const secrets = config.knownSecrets ?? [];
    const clean = (s) => (0,security_escape/* plainText */.wh)((0,redact/* redact */.E$)(s, secrets));
    return {
        name: 'console',
        async send(raw) {
            // Redact fields before rendering too: escaping could split a secret the final pass then misses.
            const alert = (0,redact/* redactDeep */.KL)(raw, secrets);
            const e = alert.evidence;
            const props = { title: clean(`HEE CI: ${alert.title}`) };
            if (e?.file) {
                props.file = clean(e.file);
                if (e.line !== undefined)
                    props.startLine = e.line;
            }
            config.sink.annotate(annotationLevel(alert), clean(`${alert.summary}\nNext: ${alert.nextStep}`), props);
            await config.sink.summary(clean(alertMarkdown(alert)));
        }
    };
}

;// CONCATENATED MODULE: ./packages/core/src/alerts/email.ts




/** `[HEE CI] <severity> <kind>: <workflow> — <pattern name>` on one line. */
function emailSubject(alert) {
    const name = alert.patternName ?? (alert.kind === 'token-expiry' ? alert.title : undefined);
    return `[HEE CI] ${alert.severity} ${alert.kind}: ${alert.workflow}${name ? ` — ${name}` : ''}`.replace(/[\r\n\t]+/g, ' ');
}
/** Plain-text body: title, summary, the facts, next step, excerpt. */
function emailText(alert) {
    const lines = [alert.title, '', alert.summary, ''];
    if (alert.patternName)
        lines.push(`What:  ${alert.patternName}${alert.pattern ? ` (${alert.pattern})` : ''}, severity ${alert.severity}`);
    const where = describeWhere(alert.evidence);
    if (where)
        lines.push(`Where: ${where}`);
    if (alert.since)
        lines.push(`Since: ${alert.since}${alert.runs !== undefined ? ` (${runsText(alert.runs)})` : ''}`);
    if (alert.runUrl)
        lines.push(`Run:   ${alert.runUrl}`);
    lines.push(`Next:  ${alert.nextStep}`);
    if (alert.evidence?.excerpt)
        lines.push('', 'Log excerpt:', ...alert.evidence.excerpt.split(/\r?\n/).map((l) => `    ${l}`));
    lines.push('', `-- HEE CI${alert.repository ? ` · ${alert.repository}` : ''}`);
    return `${lines.join('\n')}\n`;
}
function runsText(n) {
    return `${n} run${n === 1 ? '' : 's'} in a row`;
}
const esc = security_escape/* htmlText */.js;
/** HTML body with the same content as `emailText`, no external resources. */
function emailHtml(alert) {
    const rows = [];
    if (alert.patternName)
        rows.push([
            'What',
            `${esc(alert.patternName)}${alert.pattern ? ` (${esc(alert.pattern)})` : ''}, severity ${esc(alert.severity)}`
        ]);
    const where = describeWhere(alert.evidence);
    if (where)
        rows.push(['Where', esc(where)]);
    if (alert.since)
        rows.push(['Since', `${esc(alert.since)}${alert.runs !== undefined ? ` (${runsText(alert.runs)})` : ''}`]);
    if (alert.runUrl && /^https?:\/\//.test(alert.runUrl))
        rows.push(['Run', `<a href="${esc(alert.runUrl)}">${esc(alert.runUrl)}</a>`]);
    rows.push(['Next', esc(alert.nextStep)]);
    const table = rows.map(([k, v]) => `<tr><th align="left" valign="top">${k}</th><td>${v}</td></tr>`).join('');
    const excerpt = alert.evidence?.excerpt
        ? `<pre style="background:#f6f8fa;padding:8px">${esc(alert.evidence.excerpt)}</pre>`
        : '';
    return `<!doctype html><html><body><h2>${esc(alert.title)}</h2><p>${esc(alert.summary)}</p><table>${table}</table>${excerpt}<p style="color:#666">HEE CI${alert.repository ? ` · ${esc(alert.repository)}` : ''}</p></body></html>`;
}
/** An email channel sending through one SMTP server. */
function emailChannel(config) {
    const secrets = [config.password, ...(config.knownSecrets ?? [])].filter((s) => !!s);
    const timeout = config.timeoutMs ?? 15_000;
    // nodemailer loads when the first email goes out, not with every monitor start.
    let transporter;
    const transport = () => (transporter ??= __webpack_require__.e(/* import() */ 739).then(__webpack_require__.bind(__webpack_require__, 16739)).then((m) => m.default.createTransport(options)));
    const options = {
        host: config.host,
        port: config.port ?? (config.secure ? 465 : 587),
        secure: config.secure ?? false,
        requireTLS: config.requireTLS ?? false,
        ...(config.user ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
        ...(config.allowInvalidCertificates ? { tls: { rejectUnauthorized: false } } : {}),
        logger: false
    };
    return {
        name: 'email',
        async send(raw) {
            const alert = (0,redact/* redactDeep */.KL)(raw, secrets);
            try {
                await (await transport()).sendMail({
                    from: config.from,
                    to: config.to,
                    subject: (0,redact/* redact */.E$)(emailSubject(alert), secrets),
                    text: (0,redact/* redact */.E$)(emailText(alert), secrets),
                    html: (0,redact/* redact */.E$)(emailHtml(alert), secrets)
                });
            }
            catch (e) {
                throw new errors/* HeeError */.RA('alerts.email', `Email via ${config.host} failed: ${(0,redact/* redactError */.ki)(e, secrets)}`);
            }
        }
    };
}

// EXTERNAL MODULE: ./packages/core/src/conclusions.ts
var conclusions = __webpack_require__(44469);
;// CONCATENATED MODULE: ./packages/core/src/alerts/incidents.ts




/** Pattern used when a run failed but no finding explains it. */
const UNCLASSIFIED_PATTERN = 'UNCLASSIFIED';
/** Key of an incident in `MonitoringState.incidents`: `workflow::pattern::branch` (no branch: `workflow::pattern`). */
function incidentKey(workflow, pattern, branch) {
    return branch === undefined ? `${workflow}::${pattern}` : `${workflow}::${pattern}::${branch}`;
}
/**
 * Incidents stored before they were keyed by branch (`workflow::pattern`) moved to
 * `workflow::pattern::<branch>` of `branch` (the default branch, which was the only one that
 * could open them on purpose). Returns the same object when nothing needed moving.
 */
function migrateIncidentKeys(incidents, branch) {
    if (Object.values(incidents).every((i) => i.branch !== undefined))
        return incidents;
    const out = {};
    for (const [key, inc] of Object.entries(incidents)) {
        if (inc.branch !== undefined) {
            out[key] = inc;
            continue;
        }
        const moved = { ...inc, branch };
        out[incidentKey(inc.workflow, inc.pattern, branch)] = moved;
    }
    return out;
}
function evidenceOf(f) {
    const e = { logLine: f.line };
    if (f.file) {
        e.file = f.file;
        if (f.fileLine !== undefined)
            e.line = f.fileLine;
    }
    else {
        e.line = f.line;
    }
    if (f.excerpt)
        e.excerpt = f.excerpt;
    if (f.step)
        e.step = f.step;
    if (f.job)
        e.job = f.job;
    return e;
}
function severityOf(i) {
    return (0,src_severity/* isSeverity */._Z)(i.severity) ? i.severity : 'high';
}
/**
 * Updates the open incidents with one analysed run and returns the alerts that are due:
 * - a pattern failing for the first time → `broke`;
 * - a pattern still failing → `runs` + 1, and `still-failing` only once its severity's
 *   re-alert window has passed since `last_alert_at`;
 * - a successful run of a workflow with open incidents → `fixed` for each, and they close;
 * - a run already counted (a newer run, or this run at the same or a later attempt, on one of the workflow's incidents) or
 *   neither failed nor succeeded (cancelled, skipped, …) → no change, no alerts.
 * Open incidents of the workflow that this failing run does not show stay open untouched:
 * an earlier step failing can hide them, so their absence is not a fix.
 */
function trackIncidents(input) {
    const { previous, workflow, runId, now, matrix, branch } = input;
    const repository = input.repository ?? '';
    const mine = Object.entries(previous).filter(([, i]) => i.workflow === workflow && i.branch === branch);
    const unchanged = { incidents: { ...previous }, alerts: [] };
    const attempt = input.runAttempt ?? 1;
    const counted = (i) => i.last_run_id > runId || (i.last_run_id === runId && (i.last_run_attempt ?? 1) >= attempt);
    if (mine.some(([, i]) => counted(i)))
        return unchanged;
    const nowIso = now.toISOString();
    const common = {
        repository,
        workflow,
        runId,
        ...(input.runUrl ? { runUrl: input.runUrl } : {}),
        ...(branch !== undefined ? { branch } : {})
    };
    if (input.conclusion === 'success') {
        if (mine.length === 0)
            return unchanged;
        const incidents = { ...previous };
        const alerts = [];
        for (const [key, inc] of mine) {
            delete incidents[key];
            const severity = severityOf(inc);
            alerts.push(composeAlert({
                ...common,
                kind: 'fixed',
                severity,
                pattern: inc.pattern,
                patternName: (input.patternNames ?? PATTERN_NAMES)[inc.pattern] ?? inc.pattern,
                runs: inc.runs,
                since: inc.since,
                realertMs: realertWindowMs(matrix, severity),
                ...(inc.issue_number !== undefined ? { issueNumber: inc.issue_number } : {})
            }));
        }
        return { incidents, alerts };
    }
    if (!(0,conclusions/* isFailedRun */.LD)(input.conclusion))
        return unchanged;
    // One finding per pattern: the first, which the monitor ranks most significant.
    const byPattern = new Map();
    for (const f of input.findings)
        if (!byPattern.has(f.pattern))
            byPattern.set(f.pattern, f);
    if (byPattern.size === 0) {
        byPattern.set(UNCLASSIFIED_PATTERN, {
            pattern: UNCLASSIFIED_PATTERN,
            name: 'Unclassified failure',
            severity: 'high',
            line: 0,
            excerpt: ''
        });
    }
    const incidents = { ...previous };
    const alerts = [];
    for (const [pattern, f] of byPattern) {
        const key = incidentKey(workflow, pattern, branch);
        const old = previous[key];
        const severity = f.severity;
        const window = realertWindowMs(matrix, severity);
        const evidence = f.line > 0 || f.excerpt ? evidenceOf(f) : undefined;
        const base = {
            ...common,
            severity,
            pattern,
            patternName: f.name,
            realertMs: window,
            ...(evidence ? { evidence } : {})
        };
        if (!old) {
            incidents[key] = {
                workflow,
                pattern,
                ...(branch !== undefined ? { branch } : {}),
                severity,
                since: nowIso,
                first_run_id: runId,
                last_run_id: runId,
                ...(attempt > 1 ? { last_run_attempt: attempt } : {}),
                runs: 1,
                last_alert_at: nowIso
            };
            alerts.push(composeAlert({ ...base, kind: 'broke', runs: 1, since: nowIso }));
            continue;
        }
        const runs = old.runs + 1;
        const last = old.last_alert_at ? Date.parse(old.last_alert_at) : Number.NaN;
        const due = Number.isNaN(last) || now.getTime() - last >= window;
        incidents[key] = {
            ...old,
            severity,
            last_run_id: runId,
            ...(attempt > 1 ? { last_run_attempt: attempt } : {}),
            runs,
            ...(due ? { last_alert_at: nowIso } : {})
        };
        if (due) {
            alerts.push(composeAlert({
                ...base,
                kind: 'still-failing',
                runs,
                since: old.since,
                ...(old.issue_number !== undefined ? { issueNumber: old.issue_number } : {})
            }));
        }
    }
    return { incidents, alerts };
}
/** Stores issue numbers reported by the GitHub issue channel into the incidents they belong to. */
function withIssueNumbers(incidents, issues) {
    const out = { ...incidents };
    for (const [key, number] of issues) {
        const inc = out[key];
        if (inc && inc.issue_number !== number)
            out[key] = { ...inc, issue_number: number };
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/alerts/github-issue.ts
/**
 * The GitHub issue channel: one issue per failing workflow and pattern. `broke` opens it
 * (or reuses an open one), `still-failing` comments, `fixed` comments and closes it.
 */





const ISSUE_LABEL = 'hee-ci';
// GitHub rejects bodies over 65 536 characters.
const MAX_BODY = 60_000;
/** `[HEE CI] <workflow>: <pattern name>`, on one line and with no live mention in it. */
function issueTitle(alert) {
    const what = alert.kind === 'token-expiry' ? 'token expiry' : (alert.patternName ?? alert.pattern ?? 'failure');
    return (0,security_escape/* mentionFree */.xF)(`[HEE CI] ${alert.workflow}: ${what}`.replace(/[\r\n]+/g, ' '));
}
function keyOf(alert) {
    return alert.kind === 'token-expiry'
        ? incidentKey(alert.workflow, 'token-expiry')
        : incidentKey(alert.workflow, alert.pattern ?? 'failure', alert.branch);
}
/** A GitHub issue channel for `owner/repo`. */
function githubIssueChannel(config) {
    const label = config.label ?? ISSUE_LABEL;
    const secrets = config.knownSecrets ?? [];
    const issues = new Map();
    const { issues: api, repository } = config.github;
    // Caps reached while looking for an incident's issue (the open issues with our label are read
    // up to the client's max-pages): the search went on as if none was found, and says so.
    const notes = [];
    const body = (alert, footer) => {
        const text = (0,redact/* redact */.E$)(`${alertMarkdown(alert)}\n${footer}\n`, secrets);
        return text.length > MAX_BODY ? `${text.slice(0, MAX_BODY)}\n\n…(truncated)\n` : text;
    };
    async function findOpen(title) {
        return (await api.findOpen({
            title,
            label,
            onLimit: (note) => notes.push((0,redact/* redact */.E$)(note, secrets))
        }))?.number;
    }
    async function create(alert, title) {
        const issue = await api.create({
            title,
            labels: [label],
            body: body(alert, '_Opened by HEE CI. It comments here while the failure persists and closes this issue when the workflow passes._')
        });
        return issue.number;
    }
    async function comment(issue, alert, footer = '') {
        await api.comment(issue, body(alert, footer));
    }
    function remember(key, n) {
        issues.set(key, n);
        config.onIssue?.(key, n, 'open');
    }
    async function deliver(alert) {
        const key = keyOf(alert);
        const title = (0,redact/* redact */.E$)(issueTitle(alert), secrets);
        const known = alert.issueNumber ?? issues.get(key);
        switch (alert.kind) {
            case 'broke':
            case 'token-expiry': {
                // A new incident: a remembered number may belong to an issue closed since.
                const open = await findOpen(title);
                if (open !== undefined)
                    await comment(open, alert);
                remember(key, open ?? (await create(alert, title)));
                return;
            }
            case 'still-failing': {
                const issue = known ?? (await findOpen(title));
                if (issue === undefined)
                    remember(key, await create(alert, title));
                else {
                    await comment(issue, alert);
                    remember(key, issue);
                }
                return;
            }
            case 'fixed': {
                const issue = known ?? (await findOpen(title));
                if (issue === undefined)
                    return;
                await comment(issue, alert, '_Closed by HEE CI: the workflow passes again._');
                await api.close(issue, { reason: 'completed' });
                issues.delete(key);
                config.onIssue?.(key, issue, 'closed');
                return;
            }
        }
    }
    return {
        name: 'github-issue',
        issues,
        takeNotes: () => notes.splice(0),
        async send(raw) {
            try {
                await deliver((0,redact/* redactDeep */.KL)(raw, secrets));
            }
            catch (e) {
                throw new errors/* OperationalError */.LE('alerts.github-issue', `GitHub issue for ${repository.owner}/${repository.repo} failed: ${(0,redact/* redactError */.ki)(e, secrets)}`, { retryable: true });
            }
        }
    };
}

;// CONCATENATED MODULE: ./packages/core/src/alerts/slack.ts




const slack_ICON = {
    critical: ':red_circle:',
    high: ':large_orange_circle:',
    medium: ':large_yellow_circle:',
    low: ':large_blue_circle:'
};
/** Text from a repository or run for Slack mrkdwn (see `slackText`). */
const slackEscape = security_escape/* slackText */.a4;
function cut(s, max) {
    if (s.length <= max)
        return s;
    const end = /[\ud800-\udbff]/.test(s[max - 2] ?? '') ? max - 2 : max - 1;
    return `${s.slice(0, end)}…`;
}
function icon(alert) {
    return alert.kind === 'fixed' ? ':white_check_mark:' : alert.kind === 'token-expiry' ? ':key:' : slack_ICON[alert.severity];
}
/** The Block Kit message for an alert (header, summary, fields, excerpt, context, run button). */
function slackMessage(alert) {
    const fields = [`*Severity*\n${alert.severity}`, `*Workflow*\n${slackEscape(alert.workflow)}`];
    if (alert.patternName)
        fields.push(`*Pattern*\n${slackEscape(alert.patternName)}${alert.pattern ? ` (${slackEscape(alert.pattern)})` : ''}`);
    const where = describeWhere(alert.evidence);
    if (where)
        fields.push(`*Where*\n${slackEscape(where)}`);
    if (alert.since)
        fields.push(`*Since*\n${slackEscape(alert.since)}${alert.runs !== undefined ? ` (${alert.runs} run${alert.runs === 1 ? '' : 's'})` : ''}`);
    if (alert.repository)
        fields.push(`*Repository*\n${slackEscape(alert.repository)}`);
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: cut(`${icon(alert)} ${alert.title}`, 150), emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: cut(slackEscape(alert.summary), 3000) } },
        { type: 'section', fields: fields.slice(0, 10).map((text) => ({ type: 'mrkdwn', text: cut(text, 2000) })) }
    ];
    const excerpt = alert.evidence?.excerpt;
    if (excerpt) {
        blocks.push({
            type: 'section',
            text: { type: 'mrkdwn', text: cut(`\`\`\`${slackEscape(excerpt.replace(/```/g, '`\u200b``'))}\`\`\``, 3000) }
        });
    }
    blocks.push({
        type: 'context',
        elements: [{ type: 'mrkdwn', text: cut(`*Next:* ${slackEscape(alert.nextStep)}`, 3000) }]
    });
    if (alert.runUrl && /^https?:\/\//.test(alert.runUrl)) {
        blocks.push({
            type: 'actions',
            elements: [
                {
                    type: 'button',
                    text: { type: 'plain_text', text: 'Open run' },
                    url: cut(alert.runUrl, 3000),
                    action_id: 'hee-open-run'
                }
            ]
        });
    }
    return { text: cut(slackEscape(`[HEE CI] ${alert.severity}: ${alert.title}`), 3000), blocks };
}
/** A Slack channel posting to an incoming webhook. */
function slackChannel(config) {
    let path = '';
    try {
        path = new URL(config.webhookUrl).pathname;
    }
    catch {
        // An unparsable URL fails at send time with a redacted message.
    }
    const secrets = [config.webhookUrl, path.length > 1 ? path : undefined, ...(config.knownSecrets ?? [])].filter((s) => !!s);
    // @slack/webhook (and axios under it) loads with the first message, not with every start.
    let client;
    const slack = () => (client ??= __webpack_require__.e(/* import() */ 443).then(__webpack_require__.t.bind(__webpack_require__, 54443, 23)).then((m) => ({
        webhook: new m.IncomingWebhook(config.webhookUrl, { timeout: config.timeoutMs ?? 10_000 }),
        HttpError: m.IncomingWebhookHTTPError
    })));
    return {
        name: 'slack',
        async send(raw) {
            const message = (0,redact/* redactDeep */.KL)(slackMessage((0,redact/* redactDeep */.KL)(raw, secrets)), secrets);
            const { webhook, HttpError } = await slack();
            try {
                await webhook.send(message);
            }
            catch (e) {
                const body = e instanceof HttpError && typeof e.body === 'string' && e.body ? ` (${cut(e.body.trim(), 200)})` : '';
                throw new errors/* HeeError */.RA('alerts.slack', (0,redact/* redact */.E$)(`Slack webhook failed: ${(0,redact/* redactError */.ki)(e, secrets)}${body}`, secrets));
            }
        }
    };
}

;// CONCATENATED MODULE: ./packages/core/src/alerts/sms.ts
/** The SMS channel: Twilio's (or a compatible provider's) Messages REST endpoint. */


const TWILIO_API_BASE = 'https://api.twilio.com';
/** Two SMS segments: enough for what/where/link, short enough to read on a lock screen. */
const SMS_MAX_CHARS = 320;
/** Cuts `s` to at most `max` UTF-16 units without splitting a surrogate pair. */
function sms_cut(s, max) {
    if (s.length <= max)
        return s;
    let end = max - 1;
    if (/[\ud800-\udbff]/.test(s[end - 1] ?? ''))
        end -= 1;
    return `${s.slice(0, end)}…`;
}
/** The SMS text (≤ 320 chars): severity, kind, title, where, and the run link kept whole. */
function smsBody(alert) {
    const head = `[HEE CI] ${alert.severity.toUpperCase()}: ${alert.title}`;
    const where = alert.evidence?.file
        ? ` at ${alert.evidence.file}${alert.evidence.line !== undefined ? `:${alert.evidence.line}` : ''}`
        : '';
    const link = alert.runUrl && alert.runUrl.length <= 120 ? ` ${alert.runUrl}` : '';
    const text = `${head}${where}.${alert.repository ? ` ${alert.repository}.` : ''}`.replace(/\s+/g, ' ');
    return `${sms_cut(text, SMS_MAX_CHARS - link.length)}${link}`;
}
/** An SMS channel posting to `{baseUrl}/2010-04-01/Accounts/{sid}/Messages.json`. */
function smsChannel(config) {
    const secrets = [config.authToken, ...(config.knownSecrets ?? [])];
    const base = (config.baseUrl ?? TWILIO_API_BASE).replace(/\/+$/, '');
    const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`;
    const auth = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`;
    secrets.push(auth.slice('Basic '.length));
    const recipients = Array.isArray(config.to) ? config.to : [config.to];
    let host = base;
    try {
        host = new URL(base).host;
    }
    catch {
        // fetch reports the bad URL per recipient.
    }
    return {
        name: 'sms',
        async send(raw) {
            const body = (0,redact/* redact */.E$)(smsBody((0,redact/* redactDeep */.KL)(raw, secrets)), secrets);
            const failures = [];
            for (const to of recipients) {
                const form = new URLSearchParams({ To: to, From: config.from, Body: body });
                try {
                    const res = await fetch(url, {
                        method: 'POST',
                        headers: {
                            authorization: auth,
                            'content-type': 'application/x-www-form-urlencoded',
                            accept: 'application/json'
                        },
                        body: form.toString(),
                        redirect: 'error',
                        signal: AbortSignal.timeout(config.timeoutMs ?? 10_000)
                    });
                    const text = await res.text();
                    if (!res.ok) {
                        let detail = '';
                        try {
                            const j = JSON.parse(text);
                            detail =
                                typeof j.message === 'string'
                                    ? `: ${j.message}${j.code !== undefined ? ` (code ${String(j.code)})` : ''}`
                                    : '';
                        }
                        catch {
                            // Not JSON: the status says enough.
                        }
                        failures.push(`HTTP ${res.status}${detail.slice(0, 300)}`);
                    }
                }
                catch (e) {
                    failures.push((0,redact/* redactError */.ki)(e, secrets));
                }
            }
            if (failures.length)
                throw new errors/* HeeError */.RA('alerts.sms', (0,redact/* redact */.E$)(`SMS via ${host} failed: ${failures.join('; ')}`, secrets));
        }
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/core/src/alerts/webhook.ts
/**
 * The generic webhook channel: the alert as JSON, signed like GitHub's webhooks so the
 * receiver can check it came from us (`X-Hee-Signature-256: sha256=<hex HMAC of the body>`).
 * Names and log text come from a repository or run: in the body no `@` mention is live and no
 * `<`, `>` or `&` appears unescaped (see `inertJson`), and `markdown` is the alert already
 * escaped for a Markdown renderer (a chat or an issue tracker the receiver forwards to).
 */





const SIGNATURE_HEADER = 'X-Hee-Signature-256';
const EVENT_HEADER = 'X-Hee-Event';
const DELIVERY_HEADER = 'X-Hee-Delivery';
/** `sha256=<hex>` of HMAC-SHA256(secret, body). */
function signBody(secret, body) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body).digest('hex')}`;
}
/** Constant-time check of a signature header against the raw body. */
function verifyWebhookSignature(secret, body, header) {
    if (!header)
        return false;
    const expected = Buffer.from(signBody(secret, body));
    const got = Buffer.from(header);
    return got.length === expected.length && timingSafeEqual(got, expected);
}
/** A webhook channel POSTing each alert as JSON. */
function webhookChannel(config) {
    const secrets = [config.secret, ...Object.values(config.headers ?? {}), ...(config.knownSecrets ?? [])];
    let userinfo = '';
    try {
        const u = new URL(config.url);
        if (u.password)
            userinfo = u.password;
    }
    catch {
        // Reported at send time.
    }
    if (userinfo)
        secrets.push(userinfo);
    return {
        name: 'webhook',
        async send(raw) {
            const alert = (0,redact/* redactDeep */.KL)(raw, secrets);
            const body = (0,redact/* redact */.E$)((0,security_escape/* inertJson */.nl)({ ...alert, markdown: alertMarkdown(alert) }), secrets);
            const delivery = (0,external_node_crypto_.randomUUID)();
            let res;
            try {
                res = await fetch(config.url, {
                    method: 'POST',
                    headers: {
                        ...config.headers,
                        'content-type': 'application/json',
                        'user-agent': 'hee-ci',
                        [SIGNATURE_HEADER]: signBody(config.secret, body),
                        [EVENT_HEADER]: `alert.${raw.kind}`,
                        [DELIVERY_HEADER]: delivery
                    },
                    body,
                    redirect: 'error',
                    signal: AbortSignal.timeout(config.timeoutMs ?? 10_000)
                });
                await res.arrayBuffer();
            }
            catch (e) {
                throw new errors/* HeeError */.RA('alerts.webhook', `Webhook delivery ${delivery} failed: ${(0,redact/* redactError */.ki)(e, secrets)}`);
            }
            if (!res.ok)
                throw new errors/* HeeError */.RA('alerts.webhook', (0,redact/* redact */.E$)(`Webhook delivery ${delivery} failed: HTTP ${res.status}`, secrets));
        }
    };
}

;// CONCATENATED MODULE: ./packages/core/src/alerts/from-settings.ts
/**
 * Builds the alert channels a user configured (action inputs or CLI flags), so the action
 * and the CLI offer the same channels with the same checks.
 */







function smtpOf(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new errors/* ConfigurationError */.j1('`smtp-url` is not a URL: expected smtp://user:password@host:port');
    }
    if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') {
        throw new errors/* ConfigurationError */.j1('`smtp-url` must start with smtp:// or smtps://');
    }
    return {
        host: u.hostname,
        ...(u.port ? { port: Number(u.port) } : {}),
        secure: u.protocol === 'smtps:',
        ...(u.username ? { user: decodeURIComponent(u.username) } : {}),
        ...(u.password ? { password: decodeURIComponent(u.password) } : {})
    };
}
/** The configured channels; console always comes first. */
function buildChannels(s, sink, extraSecrets = []) {
    const secrets = [s.slackWebhookUrl, s.smtpUrl, s.smsAuthToken, s.webhookUrl, s.webhookSecret, ...extraSecrets].filter((v) => typeof v === 'string' && v.length > 0);
    if (s.smtpUrl) {
        const pw = smtpOf(s.smtpUrl).password;
        if (pw)
            secrets.push(pw);
    }
    const channels = [consoleChannel({ sink, knownSecrets: secrets })];
    if (s.slackWebhookUrl)
        channels.push(slackChannel({ webhookUrl: s.slackWebhookUrl, knownSecrets: secrets }));
    if (s.smtpUrl) {
        if (!s.emailFrom || !s.emailTo?.length)
            throw new errors/* ConfigurationError */.j1('`smtp-url` is set: `email-from` and `email-to` are needed too');
        const smtp = smtpOf(s.smtpUrl);
        channels.push(emailChannel({ ...smtp, from: s.emailFrom, to: s.emailTo, knownSecrets: secrets }));
    }
    if (s.smsAccountSid || s.smsAuthToken) {
        if (!s.smsAccountSid || !s.smsAuthToken || !s.smsFrom || !s.smsTo?.length) {
            throw new errors/* ConfigurationError */.j1('SMS needs `sms-account-sid`, `sms-auth-token`, `sms-from` and `sms-to`');
        }
        channels.push(smsChannel({
            accountSid: s.smsAccountSid,
            authToken: s.smsAuthToken,
            from: s.smsFrom,
            to: s.smsTo,
            ...(s.smsApiUrl ? { baseUrl: s.smsApiUrl } : {}),
            knownSecrets: secrets
        }));
    }
    if (s.webhookUrl) {
        if (!s.webhookSecret)
            throw new errors/* ConfigurationError */.j1('`webhook-url` is set: `webhook-secret` is needed to sign the body');
        channels.push(webhookChannel({ url: s.webhookUrl, secret: s.webhookSecret, knownSecrets: secrets }));
    }
    let issues;
    if (s.githubIssues) {
        issues = githubIssueChannel({ github: s.githubIssues, knownSecrets: secrets });
        channels.push(issues);
    }
    return { channels, ...(issues ? { issues } : {}), secrets };
}
/**
 * Channels the user turned on that the matrix does not name (webhook, GitHub issues) are
 * added to every severity: configuring one means wanting it.
 */
function withConfiguredExtras(matrix, channels) {
    const extras = channels.map((c) => c.name).filter((n) => n === 'webhook' || n === 'github-issue');
    if (extras.length === 0)
        return matrix;
    const rules = { ...matrix.rules };
    for (const sev of Object.keys(rules)) {
        rules[sev] = { ...rules[sev], channels: [...new Set([...rules[sev].channels, ...extras])] };
    }
    return { ...matrix, rules };
}

// EXTERNAL MODULE: ./packages/core/src/github/octokit.ts + 6 modules
var octokit = __webpack_require__(86754);
// EXTERNAL MODULE: ./packages/core/src/github/runs.ts + 2 modules
var runs = __webpack_require__(62489);
// EXTERNAL MODULE: ./packages/core/src/github/writer.ts + 6 modules
var writer = __webpack_require__(90211);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/catalogue.ts + 1 modules
var diagnosis_catalogue = __webpack_require__(93626);
// EXTERNAL MODULE: ./packages/core/src/monitor/coverage-step.ts + 1 modules
var coverage_step = __webpack_require__(32846);
// EXTERNAL MODULE: ./packages/core/src/capsule/open.ts + 1 modules
var capsule_open = __webpack_require__(42290);
// EXTERNAL MODULE: ./packages/core/src/capsule/store.ts + 1 modules
var store = __webpack_require__(69583);
// EXTERNAL MODULE: ./packages/core/src/capsule/update.ts
var capsule_update = __webpack_require__(15224);
// EXTERNAL MODULE: ./packages/core/src/state/update-file.ts
var update_file = __webpack_require__(2025);
;// CONCATENATED MODULE: ./packages/core/src/alerts/dispatch.ts


/**
 * Sends each alert to the configured channels its severity maps to (`token-expiry` goes to
 * every configured channel). Channels of one alert run concurrently; alerts go in order, so
 * an issue opened by `broke` exists before `still-failing` comments on it. Never throws for
 * a channel failure: every attempt is reported in the returned list.
 */
async function dispatchAlerts(alerts, channels, matrix, options = {}) {
    const level = options.alertLevel ?? matrix.alertLevel;
    const secrets = options.knownSecrets ?? [];
    const results = [];
    for (const alert of alerts) {
        if (!passesLevel(alert.severity, level))
            continue;
        const wanted = options.onlyChannels
            ? new Set(options.onlyChannels)
            : alert.kind === 'token-expiry'
                ? undefined
                : new Set(channelsFor(matrix, alert.severity));
        const targets = channels.filter((c) => !wanted || wanted.has(c.name));
        const settled = await Promise.all(targets.map(async (c) => {
            const t0 = performance.now();
            try {
                await c.send(alert);
                return { channel: c.name, alert, ok: true, ms: performance.now() - t0 };
            }
            catch (e) {
                return { channel: c.name, alert, ok: false, error: (0,redact/* redactError */.ki)(e, secrets), ms: performance.now() - t0 };
            }
        }));
        results.push(...settled);
    }
    return results;
}

// EXTERNAL MODULE: ./packages/core/src/monitor/analyze-run.ts + 7 modules
var analyze_run = __webpack_require__(17674);
// EXTERNAL MODULE: ./packages/core/src/capsule/shapes.ts
var shapes = __webpack_require__(33803);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/baseline.ts
var baseline = __webpack_require__(39512);
;// CONCATENATED MODULE: ./packages/core/src/monitor/last-green.ts
/**
 * The last green run of a failed job, read as the classifier's baseline: lines the job's most
 * recent successful run on the same branch printed too are that job's everyday noise (see
 * `diagnosis/baseline.ts`). Asked for only when the first reading of a failed job is unsure;
 * it costs the newest successful run of the workflow on the branch and its job list (once per
 * run analysed, whatever the number of unsure jobs) and the log of the job of the same name
 * (one per unsure failed job). What the passing log told about a job is remembered in the
 * capsule by job name and head commit, so the same job at the same commit is read again
 * without a request.
 */



class LastGreen {
    reader;
    maxLogBytes;
    entries;
    runs = new Map();
    jobs = new Map();
    /**
     * `cached`: the capsule's `baselines`. `maxLogBytes`: most of a passing log read; past it
     * the baseline holds what was read.
     */
    constructor(reader, cached = [], maxLogBytes) {
        this.reader = reader;
        this.maxLogBytes = maxLogBytes;
        this.entries = cached.map((e) => ({ ...e, keys: [...e.keys] }));
    }
    /** The baseline remembered for `job` at `sha`: undefined when none is, empty when the branch had no passing run of it. */
    cached(job, sha) {
        const i = this.entries.findIndex((x) => x.job === job && x.sha === sha);
        if (i < 0)
            return undefined;
        // Used now: it moves to the end, so the cache evicts the least recently used entry.
        const [e] = this.entries.splice(i, 1);
        this.entries.push(e);
        return new baseline/* Baseline */.q5(e.keys);
    }
    /**
     * The passing log of the job named `job` in the newest successful run of `run`'s workflow
     * on its branch, as a Baseline; undefined when there is no such run or job. Throws a
     * HeeError naming the call when the API cannot be read. A log still coming at `deadline`
     * (epoch ms) or past its size cap gives what was read. `onLimit` hears of the green run's job
     * list stopped at max-pages (once: the list is read once for every job).
     */
    async fetch(run, job, deadline, onLimit) {
        if (!run.headBranch)
            return undefined;
        const key = `${run.workflowId}\u0000${run.headBranch}`;
        let green = this.runs.get(key);
        if (!green) {
            green = this.reader.lastSuccessfulRun(run.workflowId, run.headBranch);
            this.runs.set(key, green);
        }
        const last = await green;
        if (!last || last.id === run.id)
            return undefined;
        let jobs = this.jobs.get(last.id);
        if (!jobs) {
            jobs = this.reader.listJobs(last.id, onLimit ? { onLimit } : {});
            this.jobs.set(last.id, jobs);
        }
        const passed = (await jobs).find((j) => j.name === job && j.conclusion === 'success');
        if (!passed)
            return undefined;
        const log = this.reader.downloadJobLog(passed.id, {
            ...(this.maxLogBytes !== undefined ? { maxBytes: this.maxLogBytes } : {}),
            ...(deadline !== undefined && Number.isFinite(deadline) ? { deadline } : {})
        });
        return { baseline: await (0,baseline/* readBaseline */.mF)(upToLimit(log)), runId: last.id };
    }
    /**
     * Remembers what the passing run (`runId`; none: the branch had none) told about `job` at
     * `sha`, as the most recently used entry; past MAX_BASELINE_ENTRIES the least recently used
     * (remembered or read from the cache longest ago) is dropped.
     */
    remember(job, sha, runId, keys) {
        const i = this.entries.findIndex((x) => x.job === job && x.sha === sha);
        if (i >= 0)
            this.entries.splice(i, 1);
        this.entries.push({
            job,
            sha,
            ...(runId !== undefined ? { run_id: runId } : {}),
            keys: keys.slice(0, shapes/* MAX_BASELINE_KEYS */.ir)
        });
        if (this.entries.length > shapes/* MAX_BASELINE_ENTRIES */.wk)
            this.entries.splice(0, this.entries.length - shapes/* MAX_BASELINE_ENTRIES */.wk);
    }
    /** The entries for the capsule, least recently used first (the next to be evicted). */
    list() {
        return this.entries.map((e) => ({ ...e, keys: [...e.keys] }));
    }
}
/** A log read up to its size or time limit: past it, what was read is the baseline. */
async function* upToLimit(log) {
    try {
        yield* log;
    }
    catch (e) {
        if (e instanceof errors/* HeeError */.RA && e.code === 'github.log-limit')
            return;
        throw e;
    }
}

// EXTERNAL MODULE: ./packages/core/src/capsule/state-machine.ts
var state_machine = __webpack_require__(6964);
;// CONCATENATED MODULE: ./packages/core/src/monitor/status.ts


const DEFAULT_STATUS_POLICY = { failedAfter: 3, failOnSeverity: 'critical' };
/** Decides the next status from the open incidents and the run of failures. */
function decideStatus(current, incidents, consecutiveFailures, policy = DEFAULT_STATUS_POLICY) {
    const open = Object.values(incidents);
    if (current === 'maintenance') {
        return { from: current, to: current, path: [current], reason: 'in maintenance: status is left to people' };
    }
    let to;
    let reason;
    const severe = open.find((i) => (0,src_severity/* isSeverity */._Z)(i.severity) && (0,src_severity/* atLeast */.jZ)(i.severity, policy.failOnSeverity));
    if (open.length === 0) {
        to = 'operational';
        reason = current === 'operational' ? 'no open failures' : 'every open failure recovered';
    }
    else if (severe) {
        to = 'failed';
        reason = `${severe.severity} failure open: ${severe.workflow} ${severe.pattern}`;
    }
    else if (consecutiveFailures >= policy.failedAfter) {
        to = 'failed';
        reason = `${consecutiveFailures} failed runs in a row (limit ${policy.failedAfter})`;
    }
    else {
        to = 'degraded';
        reason = `${open.length} open failure(s)`;
    }
    return { from: current, to, path: (0,state_machine/* pathTo */.vs)(current, to), reason };
}

;// CONCATENATED MODULE: ./packages/core/src/monitor/engine.ts
/**
 * The monitoring engine: picks the runs a trigger asks for, analyses each one once, turns
 * the findings into incidents, edge-triggered alerts and a status along the spec's state
 * diagram, and returns the capsule update that records it all. No I/O of its own: the runs
 * reader and the alert channels are passed in.
 */









/** Warn about an expiring token from this many days before it expires, once a day. */
const TOKEN_WARNING_DAYS = 14;
const DAY = 24 * 3600 * 1000;
/**
 * Where `run` belongs. A run is a fork's when its head repository is another one than
 * `repository`, or unknown on a pull request (a deleted fork).
 */
function placeOf(run, repository) {
    const head = run.headRepository;
    const branch = run.headBranch ?? '';
    const foreign = head === null ? run.event.startsWith('pull_request') : head.toLowerCase() !== repository.toLowerCase();
    if (!foreign)
        return { branch };
    const fork = head ?? 'an unknown repository';
    return { branch: `${fork}:${branch}`, fork };
}
/** True when `run` belongs to one of the watched workflows. */
function watches(config, run) {
    const names = [run.name ?? '', run.path, run.path.split('/').pop() ?? ''].filter(Boolean);
    if (config.selfWorkflow && names.includes(config.selfWorkflow))
        return false;
    return config.workflows.length === 0 || config.workflows.some((w) => names.includes(w));
}
/**
 * What the per-workflow runs list takes for each watched workflow: an id or a file name as
 * given (`ci.yml`, `.github/workflows/ci.yml` → `ci.yml`); a display name (`CI`), which that
 * endpoint answers with 404, becomes the ids of the workflows of that name (one request for
 * the repository's workflow list, only when a name is given).
 */
async function workflowIds(watched, reader, onLimit) {
    const isId = (w) => /^\d+$/.test(w);
    const isFile = (w) => isId(w) || /\.ya?ml$/i.test(w);
    const names = watched.filter((w) => !isFile(w));
    const all = names.length ? await reader.listWorkflows(onLimit ? { onLimit } : {}) : [];
    const out = new Set();
    for (const w of watched) {
        if (isFile(w)) {
            out.add(isId(w) ? Number(w) : w.split('/').pop());
            continue;
        }
        const ids = all.filter((x) => x.name === w || x.path === w).map((x) => x.id);
        if (ids.length === 0)
            throw new errors/* ConfigurationError */.j1(`no workflow named ${JSON.stringify(w)} in ${all.length ? `this repository (it has: ${all.map((x) => `${x.name} (${x.path.split('/').pop()})`).join(', ')})` : 'this repository (it lists no workflows)'}`, { hint: 'name a workflow in `workflows` by its `name:` or its file name (ci.yml)' });
        for (const id of ids)
            out.add(id);
    }
    return [...out];
}
async function pickRuns(trigger, state, config, reader, branches, onLimit) {
    if (trigger.kind === 'run')
        return [await reader.getRun(trigger.runId)];
    const first = state.last_run_id === undefined;
    // A capsule that has never seen a run starts from the newest one instead of alerting
    // about a backlog of old failures.
    const sinceRunId = trigger.kind === 'since-last' ? state.last_run_id : undefined;
    const limit = trigger.kind === 'latest' || first ? 1 : config.maxRuns;
    const lists = config.workflows.length === 0
        ? [
            await reader.listCompletedRuns({
                sinceRunId,
                limit: trigger.kind === 'latest' || first ? 5 : config.maxRuns,
                onLimit
            })
        ]
        : await Promise.all((await workflowIds(config.workflows, reader, onLimit)).map((workflow) => reader.listCompletedRuns({ workflow, sinceRunId, limit, onLimit })));
    const byId = new Map();
    for (const list of lists)
        for (const r of list)
            if (watches(config, r))
                byId.set(r.id, r);
    let runs = [...byId.values()].sort((a, b) => a.id - b.id);
    if (trigger.kind === 'latest' || first) {
        // The newest run of each workflow on a watched branch: a pull request's is not the state.
        const newest = new Map();
        const own = runs.filter((r) => {
            const place = placeOf(r, config.repository);
            return !place.fork && branches.includes(place.branch);
        });
        for (const r of own)
            newest.set(r.path || String(r.workflowId), r);
        runs = [...newest.values()].sort((a, b) => a.id - b.id);
    }
    return runs.slice(-config.maxRuns);
}
function conclusionOf(a) {
    const c = a.run.conclusion;
    // A run whose jobs ran into their time limit shows as cancelled; it did fail.
    if (c === 'cancelled' && a.jobs.length > 0)
        return 'timed_out';
    return (c ?? null);
}
function toIncidentFinding(f) {
    return {
        pattern: f.pattern,
        name: f.name,
        severity: f.severity,
        line: f.line,
        excerpt: f.excerpt,
        job: f.job,
        ...(f.step ? { step: f.step } : {}),
        ...(f.file ? { file: f.file, ...(f.fileLine ? { fileLine: f.fileLine } : {}) } : {})
    };
}
/**
 * Runs one monitoring pass over the runs `trigger` names. Each run is analysed at most once
 * per attempt (`seen_jobs`), so a re-delivered event or an overlapping schedule window
 * changes no counter and sends no alert. Throws (a HeeError naming the call) when the runs
 * to look at cannot be read; a job list or log that cannot be read is reported in `unreadable`.
 */
async function runMonitor(state, trigger, config, deps) {
    const log = deps.log ?? (() => { });
    const now = deps.now();
    const seen = [...(state.seen_jobs ?? [])];
    const seenSet = new Set(seen);
    const patternCounts = { ...(state.pattern_counts ?? {}) };
    // The default branch is read only when it is needed: no branches named, or incidents stored
    // before they were keyed by branch.
    const legacy = Object.values(state.incidents ?? {}).some((i) => i.branch === undefined);
    const defaultBranch = config.defaultBranch ?? (!config.branches?.length || legacy ? await deps.reader.getDefaultBranch() : undefined);
    const branches = config.branches?.length ? config.branches : [defaultBranch];
    let incidents = migrateIncidentKeys({ ...(state.incidents ?? {}) }, defaultBranch ?? branches[0]);
    let consecutive = state.consecutive_failures ?? 0;
    let lastRunId = state.last_run_id;
    const out = {
        analyses: [],
        skipped: [],
        alerts: [],
        deliveries: [],
        unreadable: []
    };
    // Without the runs there is nothing to record: the error ends the pass before any alert or
    // capsule update, so a bad token or a garbled answer cannot pass for "nothing happened".
    const runs = await pickRuns(trigger, state, config, deps.reader, branches, (note) => out.unreadable.push(note));
    const lastGreen = config.lastGreen === false ? undefined : new LastGreen(deps.reader, state.baselines ?? [], config.maxLogBytes);
    /** Alerts about forks' runs that go to the console only. */
    const consoleOnly = [];
    const patternNames = (0,analyze_run/* patternNamesOf */.MA)(config.catalogue);
    for (const run of runs) {
        const key = `${run.id}:${run.runAttempt}`;
        if (trigger.kind === 'run' && !watches({ workflows: config.workflows, selfWorkflow: config.selfWorkflow }, run)) {
            out.skipped.push({ runId: run.id, reason: `workflow "${run.name ?? run.path}" is not watched` });
            continue;
        }
        if (run.status !== 'completed') {
            out.skipped.push({ runId: run.id, reason: `still ${run.status ?? 'running'}` });
            continue;
        }
        const place = placeOf(run, config.repository);
        if (!place.fork && !branches.includes(place.branch)) {
            out.skipped.push({
                runId: run.id,
                reason: `branch "${place.branch}" is not watched (watched: ${branches.join(', ')})`
            });
            lastRunId = Math.max(lastRunId ?? 0, run.id);
            continue;
        }
        const counted = seenSet.has(key);
        if (counted && !(trigger.kind === 'run' && trigger.reread)) {
            out.skipped.push({ runId: run.id, reason: `attempt ${run.runAttempt} was analysed already` });
            continue;
        }
        const analysis = await (0,analyze_run/* analyzeRun */.Qd)(deps.reader, run, {
            ...(config.catalogue ? { catalogue: config.catalogue } : {}),
            ...(config.timeoutMinutes ? { timeoutMinutes: config.timeoutMinutes } : {}),
            ...(config.securityArtifacts ? { securityArtifacts: config.securityArtifacts } : {}),
            ...(config.maxLogBytes !== undefined ? { maxLogBytes: config.maxLogBytes } : {}),
            ...(lastGreen && !place.fork ? { lastGreen } : {}),
            ...(config.runDeadlineSeconds !== undefined ? { runDeadlineSeconds: config.runDeadlineSeconds } : {})
        });
        out.analyses.push({ ...analysis, branch: place.branch, ...(place.fork ? { fork: place.fork } : {}) });
        out.unreadable.push(...analysis.unreadable);
        const conclusion = conclusionOf(analysis);
        log(`run ${run.id} (${analysis.workflow}, attempt ${run.runAttempt}): ${conclusion ?? 'no conclusion'}` +
            (analysis.findings.length
                ? `, ${analysis.findings.length} finding(s), first ${analysis.findings[0].pattern}`
                : '') +
            (counted ? ' (analysed again on request; already counted)' : ''));
        if (counted)
            continue;
        if (place.fork) {
            // A fork's run is reported, never state: its failure alerts as new each time (no incident
            // is kept for it), and only on the console unless the user opted in.
            const forked = trackIncidents({
                previous: {},
                repository: config.repository,
                workflow: analysis.workflow,
                branch: place.branch,
                runId: run.id,
                runAttempt: run.runAttempt,
                runUrl: run.htmlUrl,
                conclusion,
                findings: analysis.findings.map(toIncidentFinding),
                now,
                matrix: config.matrix,
                patternNames
            }).alerts.map((a) => ({ ...a, fork: place.fork }));
            if (config.forkAlerts) {
                out.alerts.push(...forked);
                seen.push(key);
                seenSet.add(key);
            }
            else
                consoleOnly.push(...forked);
            lastRunId = Math.max(lastRunId ?? 0, run.id);
            continue;
        }
        const tracked = trackIncidents({
            previous: incidents,
            branch: place.branch,
            repository: config.repository,
            workflow: analysis.workflow,
            runId: run.id,
            runAttempt: run.runAttempt,
            runUrl: run.htmlUrl,
            conclusion,
            findings: analysis.findings.map(toIncidentFinding),
            now,
            matrix: config.matrix,
            patternNames
        });
        incidents = tracked.incidents;
        out.alerts.push(...tracked.alerts);
        if ((0,conclusions/* isFailedRun */.LD)(conclusion)) {
            consecutive += 1;
            for (const p of new Set(analysis.findings.map((f) => f.pattern)))
                patternCounts[p] = (patternCounts[p] ?? 0) + 1;
        }
        else if (conclusion === 'success') {
            consecutive = 0;
        }
        seen.push(key);
        seenSet.add(key);
        lastRunId = Math.max(lastRunId ?? 0, run.id);
    }
    // Decided after the runs were read: GitHub reports the expiry on its answers.
    const notices = { ...(state.notices ?? {}) };
    const tokenNotice = deps.token ? tokenNoticeDue(deps.token, notices, config.repository, now) : undefined;
    if (tokenNotice) {
        out.alerts.push(tokenNotice);
        notices['token-expiry'] = now.toISOString();
    }
    out.deliveries = await dispatchAlerts(out.alerts, deps.channels, config.matrix, {
        alertLevel: config.matrix.alertLevel,
        knownSecrets: deps.knownSecrets ?? []
    });
    if (consoleOnly.length) {
        out.deliveries.push(...(await dispatchAlerts(consoleOnly, deps.channels, config.matrix, {
            alertLevel: config.matrix.alertLevel,
            knownSecrets: deps.knownSecrets ?? [],
            onlyChannels: ['console']
        })));
        out.alerts.push(...consoleOnly);
    }
    for (const channel of deps.channels)
        out.unreadable.push(...(channel.takeNotes?.() ?? []));
    if (deps.issueNumbers)
        incidents = withIssueNumbers(incidents, deps.issueNumbers());
    const decision = decideStatus(state.current_status ?? 'operational', incidents, consecutive, config.policy ?? DEFAULT_STATUS_POLICY);
    const monitoring = {
        consecutive_failures: consecutive,
        pattern_counts: patternCounts,
        incidents,
        seen_jobs: seen.slice(-(config.seenLimit ?? 500)),
        notices,
        ...(lastGreen && (state.baselines || lastGreen.list().length > 0) ? { baselines: lastGreen.list() } : {})
    };
    const steps = decision.path.slice(1);
    const updates = steps.map((status) => ({ status }));
    const final = {
        ...(updates.pop() ?? {}),
        monitoring,
        ...(lastRunId !== undefined ? { last_run_id: lastRunId } : {})
    };
    updates.push(final);
    // A fork's findings are reported, but decide nothing: not the severity, nor auto-fix.
    const own = out.analyses.filter((a) => !a.fork);
    const all = own.flatMap((a) => a.findings);
    const severity = all.reduce((m, f) => (m === undefined || (0,src_severity/* severityRank */.qs)(f.severity) > (0,src_severity/* severityRank */.qs)(m) ? f.severity : m), undefined);
    const patterns = [...new Set(all.map((f) => f.pattern))];
    // A fix is asked for on evidence, never on a low-confidence guess at a failure's class.
    const fixRequired = decision.to !== 'maintenance' &&
        own.some((a) => a.findings.some((f) => f.confidence !== 'low' && config.fixablePatterns.includes(f.pattern)));
    return { ...out, incidents, decision, updates, fixRequired, ...(severity ? { severity } : {}), patterns };
}
/** The token-expiry notice when the token expires within TOKEN_WARNING_DAYS and none went out today. */
function tokenNoticeDue(token, notices, repository, now) {
    const expires = token.expiresAt();
    if (!expires || expires.getTime() - now.getTime() > TOKEN_WARNING_DAYS * DAY)
        return undefined;
    const last = notices['token-expiry'] ? Date.parse(notices['token-expiry']) : 0;
    if (now.getTime() - last < DAY)
        return undefined;
    return tokenExpiryAlert({
        repository,
        workflow: token.workflow,
        tokenName: token.name,
        expiresAt: expires.toISOString(),
        now
    });
}

;// CONCATENATED MODULE: ./packages/core/src/monitor/pass.ts
/**
 * One monitoring pass with its state: read the capsule (verified), run the engine, write the
 * next capsule (signed, atomically). Shared by the `monitor` action and `hee monitor` (through
 * `setupMonitor`) so both behave the same.
 */




/** Runs one pass and writes the capsule; throws (leaving the file untouched) on a bad capsule. */
async function monitorPass(opts) {
    const verifyKeys = [...(opts.signingKey ? [opts.signingKey] : []), ...(opts.verifyKeys ?? [])];
    // Verify before any API call: a tampered capsule stops the pass before it costs anything.
    const opened = (0,external_node_fs_.existsSync)(opts.capsulePath)
        ? (0,capsule_open/* openCapsule */.y)(await (0,store/* readCapsuleFile */.U4)(opts.capsulePath), {
            verifyKeys,
            ...(opts.encryptionKey ? { encryptionKey: opts.encryptionKey } : {}),
            requireSignature: opts.requireSignature
        })
        : null;
    const current = opened?.capsule ?? (0,capsule_update/* createCapsule */.qY)({ ...opts.meta, now: opts.now() });
    const state = current.body.monitoring_state;
    const outcome = await runMonitor(state, opts.trigger, opts.config, {
        reader: opts.reader,
        channels: opts.channels,
        now: opts.now,
        ...(opts.log ? { log: opts.log } : {}),
        ...(opts.knownSecrets ? { knownSecrets: opts.knownSecrets } : {}),
        ...(opts.issueNumbers ? { issueNumbers: opts.issueNumbers } : {}),
        ...(opts.token ? { token: opts.token } : {})
    });
    // The newest run analysed is the one whose artifacts hold its coverage reports.
    const newest = outcome.analyses.map((a) => a.run.id).sort((a, b) => b - a)[0];
    const coverage = opts.coverage ? await opts.coverage(state, newest) : undefined;
    const update = coverage
        ? [
            ...outcome.updates,
            {
                coverage_metrics: coverage.update.coverage_metrics,
                hee_specific: coverage.update.hee_specific,
                monitoring: { coverage_trend: coverage.update.coverage_trend }
            }
        ]
        : outcome.updates;
    const { capsule } = await (0,update_file/* updateCapsuleFile */.l)({
        path: opts.capsulePath,
        update,
        meta: opts.meta,
        ...(opts.signingKey ? { signingKey: opts.signingKey } : {}),
        verifyKeys: opts.verifyKeys ?? [],
        ...(opts.encryptionKey ? { encryptionKey: opts.encryptionKey } : {}),
        requireSignature: opts.requireSignature,
        now: opts.now(),
        opened
    });
    const tokenNotice = outcome.alerts.find((a) => a.kind === 'token-expiry');
    return {
        outcome,
        capsule,
        previous: current,
        ...(tokenNotice ? { tokenNotice } : {}),
        ...(coverage ? { coverage } : {})
    };
}

;// CONCATENATED MODULE: ./packages/core/src/monitor/setup.ts
/**
 * The monitor, wired once: GitHub client and runs reader, alert channels, escalation matrix,
 * pattern catalogue, fixable patterns and the token watch, built from plain settings. The
 * `monitor` action and `hee monitor` only turn their inputs or flags into `MonitorSettings`
 * and a pass's outcome into outputs, so both run the same monitor.
 */









/** Patterns the auto-fix job may try when the user names none. */
const DEFAULT_FIXABLE_PATTERNS = ['PAT-004', 'PAT-006', 'PAT-007'];
/**
 * Builds the monitor from settings. Throws a ConfigurationError naming the setting when a
 * channel, the escalation config or the patterns file is not valid, before any API call.
 */
function setupMonitor(settings, sink) {
    const catalogue = settings.patternsFile && (0,external_node_fs_.existsSync)(settings.patternsFile)
        ? (0,diagnosis_catalogue/* loadCatalogue */.O)((0,external_node_fs_.readFileSync)(settings.patternsFile, 'utf8'))
        : undefined;
    const matrix0 = { ...buildMatrix(settings.escalation ?? {}), alertLevel: settings.alertLevel };
    let tokenExpiresAt;
    const client = (0,octokit/* createGitHubClient */.LX)({
        token: settings.token,
        baseUrl: settings.apiUrl,
        userAgent: settings.userAgent,
        ...(settings.clientLog ? { log: settings.clientLog } : {}),
        ...(settings.retryBaseMs !== undefined ? { retryBaseMs: settings.retryBaseMs } : {}),
        ...(settings.requestTimeoutSeconds !== undefined
            ? { requestTimeoutMs: settings.requestTimeoutSeconds * 1000 }
            : {}),
        ...(settings.maxPages !== undefined ? { maxPages: settings.maxPages } : {}),
        ...(settings.downloadSeconds !== undefined ? { downloadMs: settings.downloadSeconds * 1000 } : {}),
        onTokenExpiration: (d) => (tokenExpiresAt = d)
    });
    const { githubIssues, ...channelSettings } = settings.channels;
    const channels = buildChannels({
        ...channelSettings,
        // The issue channel writes with the monitor's own token and client (retries, redaction).
        ...(githubIssues ? { githubIssues: (0,writer/* createGitHubWriter */.H)(client, settings.repository) } : {})
    }, sink, [settings.token, ...(settings.secrets ?? [])].filter(Boolean));
    const config = {
        repository: settings.repository,
        workflows: settings.workflows,
        ...(settings.selfWorkflow ? { selfWorkflow: settings.selfWorkflow } : {}),
        ...(settings.branches?.length ? { branches: settings.branches } : {}),
        ...(settings.defaultBranch ? { defaultBranch: settings.defaultBranch } : {}),
        forkAlerts: settings.forkAlerts ?? false,
        maxRuns: settings.maxRuns,
        matrix: withConfiguredExtras(matrix0, channels.channels),
        ...(catalogue ? { catalogue } : {}),
        ...(settings.failedAfter !== undefined
            ? { policy: { failedAfter: settings.failedAfter, failOnSeverity: 'critical' } }
            : {}),
        fixablePatterns: [...(settings.fixablePatterns?.length ? settings.fixablePatterns : DEFAULT_FIXABLE_PATTERNS)],
        ...(settings.timeoutMinutes !== undefined ? { timeoutMinutes: settings.timeoutMinutes } : {}),
        ...(settings.securityArtifacts ? { securityArtifacts: settings.securityArtifacts } : {}),
        ...(settings.lastGreen === false ? { lastGreen: false } : {}),
        ...(settings.runDeadlineSeconds !== undefined ? { runDeadlineSeconds: settings.runDeadlineSeconds } : {})
    };
    const reader = (0,runs/* createRunsReader */.Wg)(client, settings.repository);
    // Read once per process (a polling CLI asks for it on its first pass only).
    const cachedReader = {
        ...reader,
        getDefaultBranch: () => (defaultBranch ??= reader.getDefaultBranch().catch((e) => {
            defaultBranch = undefined;
            throw e;
        }))
    };
    let defaultBranch = settings.defaultBranch
        ? Promise.resolve(settings.defaultBranch)
        : undefined;
    const cap = settings.capsule;
    const coverage = settings.coverage && (settings.coverage.reports.length || settings.coverage.artifacts.length)
        ? settings.coverage
        : undefined;
    return {
        client,
        reader,
        channels,
        config,
        ...(catalogue ? { catalogue } : {}),
        secrets: channels.secrets,
        pass: (trigger, log) => monitorPass({
            reader: cachedReader,
            trigger,
            config,
            channels: channels.channels,
            capsulePath: cap.path,
            meta: cap.meta,
            ...(cap.signingKey ? { signingKey: cap.signingKey } : {}),
            verifyKeys: cap.verifyKeys ?? [],
            ...(cap.encryptionKey ? { encryptionKey: cap.encryptionKey } : {}),
            requireSignature: cap.requireSignature,
            now: () => new Date(),
            ...(log ? { log } : {}),
            knownSecrets: channels.secrets,
            ...(channels.issues ? { issueNumbers: () => channels.issues.issues } : {}),
            token: { expiresAt: () => tokenExpiresAt, name: settings.tokenName, workflow: cap.meta.workflow },
            ...(coverage
                ? { coverage: (state, runId) => (0,coverage_step/* coverageStep */.TT)({ ...coverage, reader, runId, now: new Date() }, state) }
                : {})
        })
    };
}


/***/ })

};

//# sourceMappingURL=466.index.mjs.map