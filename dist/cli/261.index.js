export const id = 261;
export const ids = [261,643];
export const modules = {

/***/ 4643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createNodeExec: () => (/* reexport */ createNodeExec)
});

// UNUSED EXPORTS: BoundedOutput, DEFAULT_MAX_OUTPUT_BYTES, commandLine, isSecretName, killAllRunning, toolEnv

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./packages/core/src/exec/bounded-output.ts

/** Default in-memory cap per stream: enough for any lint report, bounded for a runaway build. */
const DEFAULT_MAX_OUTPUT_BYTES = 8 * 1024 * 1024;
/**
 * Collects one stream's bytes up to a cap. Past the cap it keeps the head (what started the
 * trouble) and the tail (how it ended, where tools print their summary) and drops the middle,
 * so memory stays bounded however much a command prints.
 */
class BoundedOutput {
    headCap;
    tailCap;
    head = [];
    headBytes = 0;
    tail = [];
    tailBytes = 0;
    dropped = 0;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    constructor(maxBytes = DEFAULT_MAX_OUTPUT_BYTES) {
        this.headCap = Math.floor(maxBytes / 4);
        this.tailCap = maxBytes - this.headCap;
    }
    /** Adds a chunk; returns its text for streaming to a progress sink. */
    push(chunk) {
        let rest = chunk;
        if (this.headBytes < this.headCap) {
            const take = Math.min(this.headCap - this.headBytes, rest.length);
            this.head.push(rest.subarray(0, take));
            this.headBytes += take;
            rest = rest.subarray(take);
        }
        if (rest.length > 0) {
            this.tail.push(rest);
            this.tailBytes += rest.length;
            while (this.tailBytes > this.tailCap) {
                const first = this.tail[0];
                const over = this.tailBytes - this.tailCap;
                if (first.length <= over) {
                    this.tail.shift();
                    this.tailBytes -= first.length;
                    this.dropped += first.length;
                }
                else {
                    this.tail[0] = first.subarray(over);
                    this.tailBytes -= over;
                    this.dropped += over;
                }
            }
        }
        return this.decoder.write(chunk);
    }
    /** Whatever text the decoder still holds (an incomplete character at the very end). */
    flush() {
        return this.decoder.end();
    }
    get truncated() {
        return this.dropped > 0;
    }
    /** The kept text; a marker line says how much of the middle was dropped. */
    text() {
        const head = Buffer.concat(this.head).toString('utf8');
        const tail = Buffer.concat(this.tail).toString('utf8');
        if (this.dropped === 0)
            return head + tail;
        return `${head}\n… [${this.dropped} bytes of output omitted] …\n${tail}`;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/core/src/exec/node-exec.ts



const POSIX = process.platform !== 'win32';
// Process groups still running. Each command is its own group leader (detached), so the
// terminal's Ctrl-C does not reach it: this process ends them when it exits.
const liveGroups = new Set();
let exitHookInstalled = false;
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.on('exit', () => {
        for (const pid of liveGroups)
            killGroup(pid, 'SIGKILL');
    });
}
function killGroup(pid, signal) {
    try {
        // A negative pid addresses the whole process group: cargo's rustc children, npm's node.
        process.kill(POSIX ? -pid : pid, signal);
    }
    catch {
        // Already gone.
    }
}
/** Kills every command this process still has running (its whole group). For signal handlers. */
function killAllRunning(signal = 'SIGTERM') {
    for (const pid of liveGroups)
        killGroup(pid, signal);
}
/**
 * The Exec port over `node:child_process`: no shell, each command in its own process group
 * (detached) so a timeout or abort kills it with everything it started, output capped in
 * memory and streamed to the progress sink as it arrives.
 */
function createNodeExec(opts = {}) {
    const maxBytes = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    const grace = opts.killGraceMs ?? 5000;
    const linger = opts.lingerMs ?? 2000;
    installExitHook();
    return (command, args, o = {}) => {
        const progress = o.progress ?? opts.progress ?? {};
        const started = performance.now();
        const out = new BoundedOutput(maxBytes);
        const err = new BoundedOutput(maxBytes);
        progress.start?.(command, args, o.cwd);
        return new Promise((resolve) => {
            let settled = false;
            let timedOut = false;
            let aborted = false;
            let exitCode = null;
            let exitSignal = null;
            const timers = [];
            const child = (0,external_node_child_process_.spawn)(command, [...args], {
                cwd: o.cwd,
                env: (o.env ?? process.env),
                detached: POSIX,
                windowsHide: true,
                stdio: [o.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
            });
            const pid = child.pid;
            if (pid !== undefined)
                liveGroups.add(pid);
            const finish = (result) => {
                if (settled)
                    return;
                settled = true;
                for (const t of timers)
                    clearTimeout(t);
                o.signal?.removeEventListener('abort', onAbort);
                if (pid !== undefined)
                    liveGroups.delete(pid);
                const tailOut = out.flush();
                const tailErr = err.flush();
                if (tailOut)
                    progress.output?.('stdout', tailOut);
                if (tailErr)
                    progress.output?.('stderr', tailErr);
                const full = {
                    ...result,
                    stdout: out.text(),
                    stderr: err.text(),
                    truncated: out.truncated || err.truncated,
                    durationMs: performance.now() - started
                };
                progress.end?.(full);
                resolve(full);
            };
            const stop = () => {
                if (pid === undefined)
                    return;
                killGroup(pid, 'SIGTERM');
                timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), grace).unref());
            };
            const onAbort = () => {
                aborted = true;
                stop();
            };
            child.stdout.on('data', (c) => {
                const t = out.push(c);
                if (t)
                    progress.output?.('stdout', t);
            });
            child.stderr.on('data', (c) => {
                const t = err.push(c);
                if (t)
                    progress.output?.('stderr', t);
            });
            if (o.input !== undefined && child.stdin) {
                // A command that exits without reading its input closes the pipe: not our failure.
                child.stdin.on('error', () => undefined);
                child.stdin.end(o.input);
            }
            child.on('error', (e) => {
                // spawn failures (ENOENT, EACCES) arrive here and no exit follows.
                if (exitCode !== null || exitSignal !== null)
                    return;
                err.push(Buffer.from(`${command}: ${e.code === 'ENOENT' ? 'command not found' : e.message}\n`));
                finish({ code: 127, timedOut, aborted, notFound: true });
            });
            child.on('exit', (code, signal) => {
                exitCode = code;
                exitSignal = signal;
                // The leader is gone; anything of its group still holding the pipes is killed soon.
                timers.push(setTimeout(() => {
                    if (pid !== undefined)
                        killGroup(pid, 'SIGKILL');
                    child.stdout?.destroy();
                    child.stderr?.destroy();
                    done();
                }, linger).unref());
            });
            const done = () => {
                const signalNumber = exitSignal ? (external_node_os_.constants.signals[exitSignal] ?? 0) : 0;
                finish({
                    code: exitCode ?? (exitSignal ? 128 + signalNumber : 1),
                    ...(exitSignal ? { signal: exitSignal } : {}),
                    timedOut,
                    aborted,
                    notFound: false
                });
            };
            child.on('close', () => {
                if (exitCode === null && exitSignal === null)
                    return;
                // The pipes are closed; leftover group members (if any) are killed all the same.
                if (pid !== undefined)
                    killGroup(pid, 'SIGKILL');
                done();
            });
            if (o.timeoutMs !== undefined && o.timeoutMs > 0) {
                timers.push(setTimeout(() => {
                    timedOut = true;
                    stop();
                }, o.timeoutMs));
            }
            if (o.signal) {
                if (o.signal.aborted)
                    onAbort();
                else
                    o.signal.addEventListener('abort', onAbort, { once: true });
            }
        });
    };
}

;// CONCATENATED MODULE: ./packages/core/src/exec/tool-env.ts
/**
 * The environment for tools that may run repository code (build scripts, lint plugins, npm
 * scripts). Action inputs arrive as INPUT_* variables and include tokens; the runner's
 * ACTIONS_* variables grant cache and artifact access. None of that reaches a tool.
 */
const DROP_EXACT = new Set([
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'HEE_SIGNING_KEY',
    'HEE_CAPSULE_KEY'
]);
const DROP_PREFIX = (/* unused pure expression or super */ null && (['INPUT_', 'STATE_', 'HEE_SECRET_']));
const DROP_PATTERN = /(TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIAL|WEBHOOK)/i;
/** True when a variable of this name is withheld from tools. */
function isSecretName(name) {
    return DROP_EXACT.has(name) || DROP_PREFIX.some((p) => name.startsWith(p)) || DROP_PATTERN.test(name);
}
/**
 * `base` without secrets, with CI set (tools behave as in CI: no prompts, no TTY colours)
 * and colour turned off so their output can be read back. `extra` is applied last.
 */
function toolEnv(base, extra = {}) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (v !== undefined && !isSecretName(k))
            env[k] = v;
    env['CI'] = 'true';
    env['NO_COLOR'] = '1';
    env['FORCE_COLOR'] = '0';
    env['CARGO_TERM_COLOR'] = 'never';
    env['GIT_TERMINAL_PROMPT'] = '0';
    for (const [k, v] of Object.entries(extra)) {
        if (v === undefined)
            delete env[k];
        else
            env[k] = v;
    }
    return env;
}

;// CONCATENATED MODULE: ./packages/core/src/exec/index.ts
/** The port through which engines run tools, and its `node:child_process` implementation. */






/***/ }),

/***/ 9261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RAR: () => (/* reexport */ errors/* HeeError */.RA),
  wrZ: () => (/* reexport */ validate_checkSuccession),
  qY6: () => (/* reexport */ createCapsule),
  UcH: () => (/* reexport */ errors/* describeError */.Uc),
  bYx: () => (/* reexport */ generateEd25519),
  UJt: () => (/* reexport */ inert_inertText),
  _ZX: () => (/* reexport */ src_severity/* isSeverity */._Z),
  yut: () => (/* reexport */ open_openCapsule),
  btF: () => (/* reexport */ outcomeJson),
  _89: () => (/* reexport */ parseEncryptionKey),
  j9G: () => (/* reexport */ parseUpdate),
  U4Z: () => (/* reexport */ readCapsuleFile),
  mlf: () => (/* reexport */ readKeyFile),
  E$r: () => (/* reexport */ redact_redact),
  B1q: () => (/* reexport */ renderReport),
  z_7: () => (/* reexport */ sealCapsule),
  GKU: () => (/* reexport */ setupMonitor),
  lQP: () => (/* reexport */ updateCapsuleFile),
  T7y: () => (/* reexport */ writeCapsuleFile)
});

// UNUSED EXPORTS: BACKUP_PREFIX, BODY_SCHEMA, Baseline, BoundedOutput, CAPSULE_JSON_SCHEMA, CAPSULE_SCHEMA_ID, CAPSULE_STATUSES, CHANNEL_NAMES, ConfigurationError, DEFAULT_FIXABLE_PATTERNS, DEFAULT_HISTORY_LIMIT, DEFAULT_MATRIX, DEFAULT_MAX_OUTPUT_BYTES, DEFAULT_MINIMUM_REALERT_MS, DEFAULT_PATTERNS, DEFAULT_SECURITY_ARTIFACTS, DEFAULT_STATUS_POLICY, DELIVERY_HEADER, EVENT_HEADER, FAILED_CONCLUSIONS, FAILED_JOB_CONCLUSIONS, Git, GitError, INERT_MARK, INITIAL_STATUS, ISSUE_LABEL, LineSplitter, LogClassifier, MAX_ARTIFACT_ZIP_BYTES, MAX_MATCH_CHARS, MAX_SECURITY_ARTIFACTS, MAX_SECURITY_ARTIFACT_BYTES, MIN_HMAC_BYTES, PATTERNS_FILE, PATTERN_NAMES, REDACTED, REPORT_HISTORY_ROWS, RingBuffer, SEVERITIES, SIGNATURE_HEADER, SMS_MAX_CHARS, STATUS_TRANSITIONS, TOKEN_WARNING_DAYS, TWILIO_API_BASE, UNCLASSIFIED_PATTERN, alertMarkdown, analyzeRun, annotationLevel, applyUpdate, artifactScore, assertTransition, atLeast, backupRef, buildChannels, buildMatrix, canSign, canTransition, canonicalJson, capsuleArtifactName, capsuleBodySchema, capsuleDigest, capsuleSchema, capsuleUpdateSchema, capsuleValidator, chainLinkOf, channelsFor, classifyStream, classifyText, cleanLine, commandLine, compactHistory, compareFindings, compareSnapshots, composeAlert, consoleChannel, createBackupRef, createGitHubClient, createNodeExec, createRunsReader, cvss3BaseScore, decideStatus, decryptFields, deleteBackupRef, describeEncryptedFields, describeWhere, dispatchAlerts, emailChannel, emailHtml, emailSubject, emailText, encryptFields, encryptionKeyId, escalationConfigSchema, formatCapsule, formatExcerpt, formatIdentity, githubIssueChannel, githubMessage, historyTotals, humanDuration, incidentKey, isCapsuleStatus, isFailedRun, isIdentical, isRateLimitError, isReportFile, isRequestError, isSecretName, isUserError, issueTitle, judgeJob, killAllRunning, listBackupRefs, loadCatalogue, loadNewestValid, matchesAny, mdCode, mdText, missingEncryptionKeyError, monitorPass, nextStates, orderCandidates, outcomeMarkdown, outcomeOf, parseCapsuleBytes, parseCapsuleText, parseDuration, parseIdentity, parseKey, parseRepo, parseStatus, parseTokenExpiration, passesLevel, pathTo, patternNamesOf, patternOf, prepareSigning, publicKeyPem, push, readBaseline, readZipReports, realertWindowMs, redactDeep, redactError, renderStateDiagram, runMonitor, secretList, securityFindings, severityOfScore, severityRank, sha256Hex, signBody, signCapsule, signedPart, slackChannel, slackEscape, slackMessage, smsBody, smsChannel, snapshotTree, sourceLocationOf, stepOf, stripAnsi, subcommand, timedOut, toGitHubError, tokenExpiryAlert, toolEnv, trackIncidents, unsafeRegexReason, uploadsReports, validateCapsule, verifyOnly, verifySignature, verifyWebhookSignature, versionFromName, watches, webhookChannel, withConfiguredExtras, withIssueNumbers

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/severity.ts
var src_severity = __webpack_require__(3262);
;// CONCATENATED MODULE: ./packages/core/src/conclusions.ts
/**
 * GitHub's words for how a run or a job ended, and which of them mean "it failed". Defined once
 * so the engine's counters, the run analysis and the incidents agree on what a failure is.
 */
/** Run conclusions that mean "something failed and should be explained". */
const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out', 'startup_failure']);
/** Job conclusions that mean the job failed (a job cannot fail to start on its own). */
const FAILED_JOB_CONCLUSIONS = new Set(['failure', 'timed_out']);
/** True when a run with this conclusion failed. */
function isFailedRun(conclusion) {
    return FAILED_CONCLUSIONS.has(conclusion ?? '');
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./packages/core/src/capsule/date-time.ts

// ajv ships CommonJS with `exports.default`; under NodeNext the default import is the module
// object, and at runtime the class also carries `.default`, so `.default` works in both worlds.
const addFormats = (dist_default())["default"];
/** ajv-formats' own (full mode) date-time format: the reference for every form but the usual one. */
const fullDateTimeDef = addFormats.get('date-time', 'full');
const fullDateTime = fullDateTimeDef.validate;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function allDigits(s, from, to) {
    for (let i = from; i < to; i++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57)
            return false;
    }
    return true;
}
function digits2(s, at) {
    const a = s.charCodeAt(at) - 48;
    const b = s.charCodeAt(at + 1) - 48;
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
/**
 * ajv-formats' RFC 3339 `date-time` check with a fast path for the form every capsule uses
 * (`toISOString`: `YYYY-MM-DDTHH:MM:SS[.fraction]Z`). The generic check splits the string and runs
 * three regular expressions, which dominated validating a long history; this reads the digits in
 * place and applies the same rules (a real calendar day; second 60 only at 23:59 UTC). Any other
 * form goes to ajv-formats unchanged; a property test holds both to the same answers.
 */
function isDateTime(s) {
    const n = s.length;
    const shaped = n >= 20 &&
        s.charCodeAt(4) === 45 && // -
        s.charCodeAt(7) === 45 &&
        s.charCodeAt(10) === 84 && // T
        s.charCodeAt(13) === 58 && // :
        s.charCodeAt(16) === 58 &&
        s.charCodeAt(n - 1) === 90 && // Z
        (n === 20 || (n > 21 && s.charCodeAt(19) === 46 && allDigits(s, 20, n - 1)));
    if (!shaped)
        return fullDateTime(s);
    const century = digits2(s, 0);
    const yy = digits2(s, 2);
    const month = digits2(s, 5);
    const day = digits2(s, 8);
    const hour = digits2(s, 11);
    const minute = digits2(s, 14);
    const whole = digits2(s, 17);
    if (century < 0 || yy < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || whole < 0)
        return fullDateTime(s);
    const year = century * 100 + yy;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (month < 1 || month > 12 || day < 1 || day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]))
        return false;
    // ajv-formats compares the seconds as a number; a long run of 9s in the fraction can round
    // 59.999… up to 60, so parse exactly as it does once the whole seconds are 59 or more.
    const second = whole < 59 ? whole : Number(s.slice(17, n - 1));
    if (hour <= 23 && minute <= 59 && second < 60)
        return true;
    return hour === 23 && minute === 59 && second < 61; // a leap second, which is always at 23:59:60 UTC
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/shapes.ts
/**
 * The capsule's shapes, defined once. The JSON Schema (`schema.ts`, via `z.toJSONSchema`), the
 * TypeScript types (`types.ts`, via `z.output`) and the update validator (`update.ts`) are all
 * derived from these definitions, so they cannot drift apart. The body follows the spec's
 * "HEE State Capsule Structure" field for field (a test holds the derived schema to the spec's
 * text); our additions are optional, and the envelope of DESIGN §2 wraps it.
 *
 * Objects of the body are `z.object`: the JSON Schema is derived for input, where they stay
 * open to extra properties as the spec's schema is. The envelope is closed (`z.strictObject`).
 */


const CAPSULE_SCHEMA_ID = 'hee.capsule/v1';
const shapes_CAPSULE_STATUSES = ['operational', 'degraded', 'failed', 'maintenance'];
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
/**
 * RFC 3339 `date-time`: `format: date-time` in the JSON Schema (ajv checks it with
 * `isDateTime`), and the same check for zod, so the capsule and its updates agree.
 */
const dateTime = schemas/* string */.YjP()
    .refine(isDateTime, { error: 'must be an RFC 3339 date-time, e.g. 2024-05-01T12:00:00Z' })
    .meta({ format: 'date-time' });
const count = schemas/* int */.Whr().min(0);
const percent = schemas/* number */.aig().min(0).max(100);
// ---- the spec's body ----------------------------------------------------------------------
const heeSpecificShape = {
    spec_coverage: percent.optional(),
    prompt_coverage: percent.optional(),
    decision_stability: percent.optional()
};
const coverageMetricsShape = {
    line: schemas/* number */.aig().optional(),
    branch: schemas/* number */.aig().optional(),
    function: schemas/* number */.aig().optional(),
    integration: schemas/* number */.aig().optional(),
    spec: schemas/* number */.aig().optional(),
    prompt: schemas/* number */.aig().optional()
};
const heeContextShape = {
    state_capsule_version: schemas/* string */.YjP().optional(),
    decision_impact: schemas/* string */.YjP().optional(),
    context_preservation: schemas/* boolean */.zMY().optional()
};
/**
 * One entry of the spec's `auto_fix_history`. Tighter than the spec in one way: timestamp,
 * pattern_id and success are required, because compaction and the report count by them.
 */
const autoFixEntryShape = {
    timestamp: dateTime,
    pattern_id: schemas/* string */.YjP(),
    success: schemas/* boolean */.zMY(),
    rollback: schemas/* boolean */.zMY().optional(),
    hee_context: schemas/* object */.Ikc(heeContextShape).optional()
};
// ---- our additions to monitoring_state ------------------------------------------------------
/** An open failure the monitor is tracking: one per workflow and pattern. */
const incidentShape = {
    workflow: schemas/* string */.YjP(),
    pattern: schemas/* string */.YjP(),
    severity: schemas/* enum */.k5n(SEVERITIES),
    /** When the failure was first seen. */
    since: dateTime,
    first_run_id: schemas/* int */.Whr(),
    last_run_id: schemas/* int */.Whr(),
    /** Attempt of `last_run_id` that was counted (a re-run of the same run is a new attempt). */
    last_run_attempt: schemas/* int */.Whr().min(1).optional(),
    /** Runs in a row that showed this failure. */
    runs: count,
    /** When an alert about it last went out, for re-alert windows. */
    last_alert_at: dateTime.optional(),
    /** Issue number of the GitHub issue channel, when one is open. */
    issue_number: schemas/* int */.Whr().min(1).optional()
};
/** The engines' own fields of monitoring_state, which a typed update may set. */
const monitoringFieldsShape = {
    consecutive_failures: count.optional(),
    /** Per-pattern counts of failures seen, kept across history compaction. */
    pattern_counts: schemas/* record */.g1P(schemas/* string */.YjP(), count).optional(),
    /** Open incidents keyed by `${workflow}::${pattern}`. */
    incidents: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc(incidentShape)).optional(),
    /** Runs already counted, as `${run_id}:${run_attempt}` (bounded, newest last). */
    seen_jobs: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    /** One-off notices already sent (e.g. `token-expiry`) → when, so they are not repeated. */
    notices: schemas/* record */.g1P(schemas/* string */.YjP(), dateTime).optional()
};
const monitoringStateSchema = schemas/* object */.Ikc({
    // The spec's fields.
    last_run_id: schemas/* int */.Whr().optional(),
    current_status: schemas/* enum */.k5n(shapes_CAPSULE_STATUSES).optional(),
    hee_specific: schemas/* object */.Ikc(heeSpecificShape).optional(),
    coverage_metrics: schemas/* object */.Ikc(coverageMetricsShape).optional(),
    // Ours.
    /** When current_status was last changed. */
    status_since: dateTime.optional(),
    ...monitoringFieldsShape
});
const patternTotals = schemas/* object */.Ikc({ attempts: count, successes: count, rollbacks: count });
/** What compaction removed from `auto_fix_history`. */
const historySummarySchema = schemas/* object */.Ikc({
    compacted_entries: count,
    oldest_timestamp: dateTime.optional(),
    by_pattern: schemas/* record */.g1P(schemas/* string */.YjP(), patternTotals)
});
/** The spec's body, with monitoring_state and auto_fix_history required. */
const capsuleBodySchema = schemas/* object */.Ikc({
    monitoring_state: monitoringStateSchema,
    auto_fix_history: schemas/* array */.YOg(schemas/* object */.Ikc(autoFixEntryShape)),
    history_summary: historySummarySchema.optional()
});
// ---- the envelope ---------------------------------------------------------------------------
const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** RFC 6901 pointer, non-empty: "/" followed by reference tokens where "~" is escaped. */
const JSON_POINTER = /^(\/([^~/]|~[01])*)+$/;
const KEY_ID = /^[0-9a-f]{16}$/;
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** AES-256-GCM over the canonical JSON `{pointer: value, …}` of the sensitive fields. */
const encryptedBlockSchema = schemas/* strictObject */.rej({
    alg: schemas/* literal */.euz('A256GCM'),
    key_id: schemas/* string */.YjP().regex(KEY_ID),
    /** JSON pointers (RFC 6901) into `body` of the fields that were encrypted. */
    fields: schemas/* array */.YOg(schemas/* string */.YjP().regex(JSON_POINTER))
        .min(1)
        .refine((f) => new Set(f).size === f.length, { error: 'must not repeat a field' })
        .meta({ uniqueItems: true }),
    iv: schemas/* string */.YjP().regex(BASE64).length(16),
    tag: schemas/* string */.YjP().regex(BASE64).length(24),
    ciphertext: schemas/* string */.YjP().regex(BASE64)
});
const capsuleSignatureSchema = schemas/* strictObject */.rej({
    alg: schemas/* enum */.k5n(['Ed25519', 'HS256']),
    key_id: schemas/* string */.YjP().regex(KEY_ID),
    value: schemas/* string */.YjP().regex(BASE64).min(1)
});
/** The whole capsule: the envelope of DESIGN §2 around the spec's body. */
const capsuleSchema = schemas/* strictObject */.rej({
    schema: schemas/* literal */.euz(CAPSULE_SCHEMA_ID),
    /** +1 on every update; loads refuse to go backwards. */
    version: schemas/* int */.Whr().min(1),
    /** Digest of the previous version: a hash chain over history (null for version 1). */
    previous_digest: schemas/* string */.YjP().regex(SHA256_DIGEST).nullable(),
    repository: schemas/* string */.YjP().regex(REPOSITORY),
    workflow: schemas/* string */.YjP().min(1),
    run_id: schemas/* int */.Whr().min(0),
    updated_at: dateTime,
    body: capsuleBodySchema,
    encrypted: encryptedBlockSchema.optional(),
    signature: capsuleSignatureSchema.optional()
});
// ---- updates ----------------------------------------------------------------------------------
/**
 * A typed change to a capsule; everything optional, merged in order. Strict at every level,
 * so a misspelt field is reported, not ignored.
 */
const capsuleUpdateSchema = schemas/* strictObject */.rej({
    status: schemas/* enum */.k5n(shapes_CAPSULE_STATUSES).optional(),
    last_run_id: schemas/* int */.Whr().optional(),
    coverage_metrics: schemas/* strictObject */.rej(coverageMetricsShape).optional(),
    hee_specific: schemas/* strictObject */.rej(heeSpecificShape).optional(),
    /** Entries appended to auto_fix_history (timestamp defaults to now). */
    append_history: schemas/* array */.YOg(schemas/* strictObject */.rej({
        ...autoFixEntryShape,
        timestamp: dateTime.optional(),
        pattern_id: schemas/* string */.YjP().min(1),
        hee_context: schemas/* strictObject */.rej(heeContextShape).optional()
    }))
        .optional(),
    /** Shallow-merged into monitoring_state for the engine's own fields. */
    monitoring: schemas/* strictObject */.rej({
        ...monitoringFieldsShape,
        incidents: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej(incidentShape)).optional()
    })
        .optional()
});

;// CONCATENATED MODULE: ./packages/core/src/capsule/types.ts


const types_CAPSULE_STATUSES = (/* unused pure expression or super */ null && (STATUSES));

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
var _2020_default = /*#__PURE__*/__webpack_require__.n(_2020);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(8439);
;// CONCATENATED MODULE: ./packages/core/src/capsule/schema.ts





/**
 * JSON Schema (2020-12) of a zod shape, as a file on disk is checked: for input, so open
 * objects stay open as the spec's are. Integers are written as the spec writes them
 * (`"type": "integer"`), without the ±2^53 bounds zod adds for JavaScript's own safety.
 */
function jsonSchemaOf(schema) {
    return json_schema_processors/* toJSONSchema */.bl(schema, {
        target: 'draft-2020-12',
        io: 'input',
        override: ({ jsonSchema: s }) => {
            if (s.type !== 'integer')
                return;
            if (s.maximum === Number.MAX_SAFE_INTEGER)
                delete s.maximum;
            if (s.minimum === Number.MIN_SAFE_INTEGER)
                delete s.minimum;
        }
    });
}
/** The capsule body's JSON Schema: the spec's schema plus our optional additions. */
const BODY_SCHEMA = (() => {
    const { $schema: _drop, ...rest } = jsonSchemaOf(capsuleBodySchema);
    return rest;
})();
/** JSON Schema (2020-12) of the whole capsule: the envelope of DESIGN §2 around {@link BODY_SCHEMA}. */
const CAPSULE_JSON_SCHEMA = {
    $id: 'https://hee-ci.dev/schemas/hee.capsule.v1.json',
    title: 'HEE CI state capsule (envelope + spec body)',
    ...jsonSchemaOf(capsuleSchema)
};
// ajv ships CommonJS with `exports.default`; under NodeNext the default import is the module
// object, and at runtime the class also carries `.default`, so `.default` works in both worlds.
const Ajv2020 = (_2020_default())["default"];
let compiled;
/** The compiled validator; compiled on first use only, because compiling costs milliseconds. */
function capsuleValidator() {
    if (compiled === undefined) {
        const ajv = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true });
        ajv.addFormat('date-time', { type: 'string', validate: isDateTime, compare: fullDateTimeDef.compare });
        compiled = ajv.compile(CAPSULE_JSON_SCHEMA);
    }
    return compiled;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/capsule/canonical.ts


class NotJson extends Error {
}
// A string needs JSON.stringify's escaping only when it holds a quote, a backslash, a control
// character or a surrogate (a lone one is escaped as \udxxx; a pair passes through unchanged).
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function quote(s) {
    return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}
// Property names repeat (every history entry has the same few), so their quoted form plus the
// colon is kept. A pure function of the string, hence safe to share; bounded so odd data (e.g.
// many distinct map keys) cannot grow it without limit.
const MEMBER_CACHE_MAX = 4096;
const memberPrefixes = new Map();
function memberPrefix(key) {
    let p = memberPrefixes.get(key);
    if (p === undefined) {
        p = `${quote(key)}:`;
        if (memberPrefixes.size < MEMBER_CACHE_MAX)
            memberPrefixes.set(key, p);
    }
    return p;
}
// Insertion sort with `<`, which compares strings by UTF-16 code units exactly as RFC 8785 §3.2.3
// requires (and as Array.prototype.sort does); quicker than sort() for the handful of keys an object has.
function sortKeys(keys) {
    if (keys.length > 16) {
        keys.sort();
        return;
    }
    for (let i = 1; i < keys.length; i++) {
        const k = keys[i];
        let j = i - 1;
        while (j >= 0 && keys[j] > k) {
            keys[j + 1] = keys[j];
            j--;
        }
        keys[j + 1] = k;
    }
}
/**
 * RFC 8785 text of `v`, or undefined for what JSON has no form for (undefined, functions,
 * symbols): those are left out of objects and written as null in arrays, as JSON.stringify does.
 * Strings and numbers use JSON.stringify's (ECMAScript) forms, which is what JCS prescribes;
 * keys are sorted by UTF-16 code units. One recursive pass, no intermediate objects.
 */
function jcs(v) {
    switch (typeof v) {
        case 'string':
            return quote(v);
        case 'number':
            if (Number.isNaN(v))
                throw new NotJson('NaN is not allowed');
            if (!Number.isFinite(v))
                throw new NotJson('Infinity is not allowed');
            return `${v}`; // Number::toString, the same as JSON.stringify (-0 becomes "0")
        case 'boolean':
            return v ? 'true' : 'false';
        case 'object': {
            if (v === null)
                return 'null';
            const o = v;
            if (typeof o.toJSON === 'function')
                return jcs(o.toJSON());
            if (Array.isArray(v)) {
                const n = v.length;
                if (n === 0)
                    return '[]';
                let s = `[${jcs(v[0]) ?? 'null'}`;
                for (let i = 1; i < n; i++)
                    s += `,${jcs(v[i]) ?? 'null'}`;
                return `${s}]`;
            }
            const keys = Object.keys(o);
            sortKeys(keys);
            let s = '';
            for (const k of keys) {
                const text = jcs(o[k]);
                if (text === undefined)
                    continue;
                s += (s === '' ? '{' : ',') + memberPrefix(k) + text;
            }
            return s === '' ? '{}' : `${s}}`;
        }
        case 'bigint':
            throw new NotJson('BigInt has no JSON form');
        default:
            return undefined;
    }
}
/** RFC 8785 (JCS) canonical JSON: sorted keys, no whitespace, ECMAScript number form. */
function canonicalJson(value) {
    let text;
    try {
        text = jcs(value);
    }
    catch (e) {
        // NotJson, or a RangeError from a cyclic (endlessly deep) value.
        throw new errors/* HeeError */.RA('capsule.schema', `value cannot be written as canonical JSON: ${e.message}`, {
            cause: e
        });
    }
    if (text === undefined)
        throw new errors/* HeeError */.RA('capsule.schema', 'value cannot be written as canonical JSON: it is undefined');
    return text;
}
/** Lower-case hex SHA-256 of a string (UTF-8) or bytes. */
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** The capsule without its signature: exactly the bytes that are signed and chained. */
function signedPart(c) {
    const { signature: _signature, ...rest } = c;
    return rest;
}
/**
 * Digest that links capsule N+1 to capsule N (`previous_digest`):
 * `"sha256:" + hex(sha256(canonical(capsule without signature)))`. The signature is left out so
 * re-signing with a rotated key does not break the chain.
 */
function capsuleDigest(c) {
    return digestOfSignedText(signedText(c));
}
/** Canonical JSON of {@link signedPart}: the input of both the signature and the digest. */
function signedText(c) {
    return canonicalJson(signedPart(c));
}
/** {@link capsuleDigest} from the already computed {@link signedText}, so one pass serves both. */
function digestOfSignedText(text) {
    return `sha256:${sha256Hex(text)}`;
}
/** The chain link of `c`: as given, or a capsule taken as stored (its own digest). */
function canonical_chainLinkOf(c) {
    return 'capsule' in c && 'digest' in c ? c : { capsule: c, digest: capsuleDigest(c) };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/core/src/capsule/keys.ts



/** Shortest HMAC secret we accept: 128 bits, below which a key id invites offline guessing. */
const MIN_HMAC_BYTES = 16;
function keyIdOf(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex').slice(0, 16);
}
function ed25519KeyId(publicKey) {
    return keyIdOf(publicKey.export({ type: 'spki', format: 'der' }));
}
// Whitespace around a secret is almost always a copy-paste accident (a trailing newline from
// `echo` or a secrets UI); trimming it makes "the same secret" mean the same key everywhere.
function trimBytes(b) {
    let start = 0;
    let end = b.length;
    const ws = (x) => x === 0x20 || x === 0x09 || x === 0x0a || x === 0x0d;
    while (start < end && ws(b[start]))
        start++;
    while (end > start && ws(b[end - 1]))
        end--;
    return b.subarray(start, end);
}
function pemLabel(text) {
    return /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1];
}
function parsePem(text, label) {
    if (label === 'PRIVATE KEY') {
        let privateKey;
        try {
            privateKey = (0,external_node_crypto_.createPrivateKey)({ key: text, format: 'pem' });
        }
        catch {
            throw new errors/* HeeError */.RA('capsule.key', 'the PEM private key cannot be read (is it complete and unencrypted?)');
        }
        if (privateKey.asymmetricKeyType !== 'ed25519') {
            throw new errors/* HeeError */.RA('capsule.key', `the PEM private key is ${privateKey.asymmetricKeyType ?? 'unknown'}, not Ed25519`, {
                hint: 'create one with: openssl genpkey -algorithm ed25519'
            });
        }
        const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
        return { kind: 'ed25519-private', alg: 'Ed25519', keyId: ed25519KeyId(publicKey), privateKey, publicKey };
    }
    if (label === 'PUBLIC KEY') {
        let publicKey;
        try {
            publicKey = (0,external_node_crypto_.createPublicKey)({ key: text, format: 'pem' });
        }
        catch {
            throw new errors/* HeeError */.RA('capsule.key', 'the PEM public key cannot be read (is it complete?)');
        }
        if (publicKey.asymmetricKeyType !== 'ed25519') {
            throw new errors/* HeeError */.RA('capsule.key', `the PEM public key is ${publicKey.asymmetricKeyType ?? 'unknown'}, not Ed25519`);
        }
        return { kind: 'ed25519-public', alg: 'Ed25519', keyId: ed25519KeyId(publicKey), publicKey };
    }
    throw new errors/* HeeError */.RA('capsule.key', `unsupported PEM key "${label}": expected an unencrypted Ed25519 "PRIVATE KEY" or "PUBLIC KEY"`, {
        hint: 'create one with: openssl genpkey -algorithm ed25519'
    });
}
/**
 * Reads a capsule key: an Ed25519 PEM private key (as `openssl genpkey -algorithm ed25519` writes),
 * an Ed25519 PEM public key (verify only), or else an HMAC-SHA256 secret (trimmed, ≥ 16 bytes).
 * Errors never quote the material.
 */
function parseKey(material) {
    const bytes = typeof material === 'string' ? Buffer.from(material, 'utf8') : material;
    const text = bytes.toString('latin1');
    const label = text.includes('-----BEGIN ') ? pemLabel(text) : undefined;
    if (label !== undefined)
        return parsePem(bytes.toString('utf8'), label);
    const secret = trimBytes(bytes);
    if (secret.length < MIN_HMAC_BYTES) {
        throw new errors/* HeeError */.RA('capsule.key', `HMAC secret is too short (${secret.length} bytes; at least ${MIN_HMAC_BYTES})`, {
            hint: 'generate one with: openssl rand -hex 32'
        });
    }
    return { kind: 'hmac', alg: 'HS256', keyId: keyIdOf(secret), secret: (0,external_node_crypto_.createSecretKey)(Buffer.from(secret)) };
}
/** Reads and parses a key file; a missing or unreadable file is a `capsule.key` error naming the path. */
async function readKeyFile(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (e) {
        const code = e.code ?? 'error';
        throw new errors/* HeeError */.RA('capsule.key', `key file ${path} cannot be read (${code})`, { cause: e });
    }
    return parseKey(bytes);
}
/** SPKI PEM of an Ed25519 key's public half, to hand to verify-only jobs. */
function publicKeyPem(key) {
    if (key.kind === 'hmac') {
        throw new HeeError('capsule.key', `key id ${key.keyId} is an HMAC secret and has no public key to share`);
    }
    return key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
}
/** The verify-only form of a key (Ed25519 public half; an HMAC secret verifies as itself). */
function verifyOnly(key) {
    if (key.kind !== 'ed25519-private')
        return key;
    return { kind: 'ed25519-public', alg: 'Ed25519', keyId: key.keyId, publicKey: key.publicKey };
}
/** True when the key can sign (an Ed25519 private key or an HMAC secret). */
function canSign(key) {
    return key.kind !== 'ed25519-public';
}
/** A new Ed25519 key pair as PEM (PKCS#8 private, SPKI public), with its key id. */
function generateEd25519() {
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ed25519');
    return {
        privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        keyId: ed25519KeyId(publicKey)
    };
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/sign.ts



/**
 * Returns a copy of `c` signed with `key` over the canonical JSON of everything but `signature`
 * (an old signature is replaced). A public-only Ed25519 key cannot sign: `capsule.key`.
 */
function signCapsule(c, key) {
    const data = Buffer.from(signedText(c), 'utf8');
    let value;
    if (key.kind === 'hmac') {
        value = (0,external_node_crypto_.createHmac)('sha256', key.secret).update(data).digest();
    }
    else if (key.kind === 'ed25519-private') {
        value = (0,external_node_crypto_.sign)(null, data, key.privateKey);
    }
    else {
        throw new errors/* HeeError */.RA('capsule.key', `cannot sign with the Ed25519 public key ${key.keyId}: signing needs the private key`, {
            hint: 'pass the PEM private key as the signing key; public keys are for verifying'
        });
    }
    return { ...signedPart(c), signature: { alg: key.alg, key_id: key.keyId, value: value.toString('base64') } };
}
function mismatch(keyId) {
    return new errors/* HeeError */.RA('capsule.signature', `signature does not match (key id ${keyId}): the capsule was changed after signing or signed with another key`);
}
/**
 * Verifies the signature of `c` with the key among `keys` whose key id it names.
 * Throws `capsule.unsigned` (no signature), `capsule.key` (no such key, or its algorithm differs)
 * or `capsule.signature` (content or key mismatch). Returns the key id that verified.
 */
function verifySignature(c, keys) {
    return verifySignedText(c, keys, () => signedText(c));
}
/**
 * {@link verifySignature} for a caller that also needs the canonical text (openCapsule, for the
 * digest): `text` must return {@link signedText} of `c`; it is called only once the key checks passed.
 */
function verifySignedText(c, keys, text) {
    const sig = c.signature;
    if (sig === undefined) {
        throw new errors/* HeeError */.RA('capsule.unsigned', 'capsule is not signed, and a signature is required', {
            hint: 'sign capsules with the signing key, or disable the signature requirement'
        });
    }
    if (keys.length === 0)
        throw new errors/* HeeError */.RA('capsule.key', `no verification key given for signature key id ${sig.key_id}`);
    const key = keys.find((k) => k.keyId === sig.key_id);
    if (key === undefined) {
        throw new errors/* HeeError */.RA('capsule.key', `no verification key has key id ${sig.key_id} (keys given: ${keys.map((k) => k.keyId).join(', ')})`, { hint: 'the capsule was signed with a key you did not pass; add its key or rotate the capsule' });
    }
    if (key.alg !== sig.alg) {
        throw new errors/* HeeError */.RA('capsule.key', `key id ${key.keyId} is an ${key.alg} key but the capsule's signature is ${sig.alg}`);
    }
    const value = Buffer.from(sig.value, 'base64');
    // Buffer.from ignores bad base64 characters; comparing the round trip catches a mangled value.
    if (value.toString('base64') !== sig.value)
        throw mismatch(key.keyId);
    const data = Buffer.from(text(), 'utf8');
    let ok;
    if (key.kind === 'hmac') {
        const expected = (0,external_node_crypto_.createHmac)('sha256', key.secret).update(data).digest();
        // Constant time, so a forger learns nothing from how long the comparison took.
        ok = value.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(value, expected);
    }
    else {
        try {
            ok = value.length === 64 && (0,external_node_crypto_.verify)(null, data, key.publicKey, value);
        }
        catch {
            ok = false;
        }
    }
    if (!ok)
        throw mismatch(key.keyId);
    return { keyId: key.keyId };
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/json-pointer.ts

function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Splits an RFC 6901 pointer into its unescaped reference tokens ("/a~1b/c~0" → ["a/b", "c~"]). */
function parsePointer(pointer) {
    if (pointer === '' || !pointer.startsWith('/')) {
        throw new errors/* ConfigurationError */.j1(`sensitive field "${pointer}" is not a JSON pointer: it must start with "/" (e.g. /monitoring_state/incidents)`);
    }
    const tokens = pointer.slice(1).split('/');
    for (const t of tokens) {
        if (/~(?![01])/.test(t))
            throw new errors/* ConfigurationError */.j1(`sensitive field "${pointer}" has a "~" that is not "~0" or "~1"`);
    }
    return tokens.map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/**
 * The object holding the pointer's last token, or undefined when the path does not exist.
 * Only object members are addressed: array positions shift as history is appended and compacted,
 * so a pointer through an array would name different data in the next version.
 */
function parentOf(root, pointer, create) {
    const tokens = parsePointer(pointer);
    let node = root;
    for (const t of tokens.slice(0, -1)) {
        const next = Object.hasOwn(node, t) ? node[t] : undefined;
        if (Array.isArray(next))
            throw new errors/* ConfigurationError */.j1(`sensitive field "${pointer}" goes through an array; only object members can be encrypted`);
        if (next === undefined && create) {
            const fresh = {};
            Object.defineProperty(node, t, { value: fresh, enumerable: true, writable: true, configurable: true });
            node = fresh;
            continue;
        }
        if (!isObject(next))
            return undefined;
        node = next;
    }
    return { parent: node, key: tokens[tokens.length - 1] };
}
/** Value at `pointer` inside `root`, or undefined. */
function getAt(root, pointer) {
    const p = parentOf(root, pointer, false);
    return p !== undefined && Object.hasOwn(p.parent, p.key) ? p.parent[p.key] : undefined;
}
/** Removes the value at `pointer` (mutates `root`); returns it, or undefined when absent. */
function removeAt(root, pointer) {
    const p = parentOf(root, pointer, false);
    if (p === undefined || !Object.hasOwn(p.parent, p.key))
        return undefined;
    const value = p.parent[p.key];
    delete p.parent[p.key];
    return value;
}
/** Sets the value at `pointer` (mutates `root`), creating missing intermediate objects. */
function setAt(root, pointer, value) {
    const p = parentOf(root, pointer, true);
    if (p === undefined)
        throw new errors/* ConfigurationError */.j1(`sensitive field "${pointer}" cannot be restored: a parent on its path is not an object`);
    // defineProperty, not assignment, so a token like "__proto__" is stored as data, never as a prototype.
    Object.defineProperty(p.parent, p.key, { value, enumerable: true, writable: true, configurable: true });
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/encrypt.ts




/** Body fields that can never be encrypted: the schema requires them, the state machine reads them. */
const NOT_ENCRYPTABLE = ['/monitoring_state', '/auto_fix_history', '/monitoring_state/current_status'];
/** Key id of an AES key: first 16 hex chars of its SHA-256 (identifies, never reveals, the key). */
function encryptionKeyId(key32) {
    return (0,external_node_crypto_.createHash)('sha256').update(key32).digest('hex').slice(0, 16);
}
function checkKey(key32) {
    if (key32.length !== 32)
        throw new errors/* HeeError */.RA('capsule.key', `encryption key must be 32 bytes (got ${key32.length})`);
}
/**
 * Parses the encryption key setting: 64 hex characters, or base64 of exactly 32 bytes.
 * The message states the length seen, never the text.
 */
function parseEncryptionKey(text) {
    const t = text.trim();
    if (/^[0-9a-fA-F]{64}$/.test(t))
        return Buffer.from(t, 'hex');
    if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(t)) {
        const b = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
        if (b.length === 32)
            return b;
        throw new errors/* HeeError */.RA('capsule.key', `encryption key decodes to ${b.length} bytes as base64; it must be exactly 32`, {
            hint: 'generate one with: openssl rand -hex 32'
        });
    }
    throw new errors/* HeeError */.RA('capsule.key', `encryption key must be 64 hex characters or base64 of 32 bytes (got ${t.length} characters)`, {
        hint: 'generate one with: openssl rand -hex 32'
    });
}
// The AAD binds the ciphertext to the repository and key, but not to the version: a job without
// the key must be able to carry the block unchanged into the next version.
function aad(repository, keyId) {
    return Buffer.from(canonicalJson({ key_id: keyId, repository }), 'utf8');
}
function checkPointers(pointers) {
    for (const p of pointers) {
        parsePointer(p);
        if (NOT_ENCRYPTABLE.includes(p)) {
            throw new errors/* ConfigurationError */.j1(`sensitive field "${p}" cannot be encrypted: the capsule needs it in clear (choose a field inside it)`);
        }
    }
}
/**
 * Moves the body values at `pointers` (RFC 6901, into `body`) into an AES-256-GCM `encrypted`
 * block. An existing block is decrypted first and merged (values in the body win, being newer),
 * so re-sealing never loses fields. Pointers that name nothing are skipped. Never mutates `c`.
 */
function encryptFields(c, key32, pointers) {
    checkKey(key32);
    checkPointers(pointers);
    const previous = c.encrypted === undefined ? undefined : decryptFields(c, key32);
    const base = previous ?? c;
    const body = structuredClone(base.body);
    const fields = [...new Set([...(c.encrypted?.fields ?? []), ...pointers])];
    const values = {};
    const present = [];
    for (const p of fields) {
        const v = removeAt(body, p);
        if (v === undefined)
            continue;
        present.push(p);
        Object.defineProperty(values, p, { value: v, enumerable: true });
    }
    const { encrypted: _old, signature: _sig, ...rest } = base;
    const next = { ...rest, body: body };
    if (present.length === 0)
        return next;
    const keyId = encryptionKeyId(key32);
    const iv = (0,external_node_crypto_.randomBytes)(12);
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-gcm', key32, iv);
    cipher.setAAD(aad(c.repository, keyId));
    const ciphertext = Buffer.concat([cipher.update(canonicalJson(values), 'utf8'), cipher.final()]);
    const block = {
        alg: 'A256GCM',
        key_id: keyId,
        fields: present,
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        ciphertext: ciphertext.toString('base64')
    };
    return { ...next, encrypted: block };
}
/**
 * Restores the encrypted fields into the body and drops the block (and the signature, which
 * covered the sealed form). A value already in the body is kept, being newer than the block.
 * Wrong key or tampered block: `capsule.decrypt`. No block: returns `c` unchanged.
 */
function decryptFields(c, key32) {
    const block = c.encrypted;
    if (block === undefined)
        return c;
    checkKey(key32);
    const keyId = encryptionKeyId(key32);
    if (keyId !== block.key_id) {
        throw new errors/* HeeError */.RA('capsule.decrypt', `cannot decrypt the sensitive fields: wrong encryption key (key id ${block.key_id} expected)`);
    }
    let plain;
    try {
        const decipher = (0,external_node_crypto_.createDecipheriv)('aes-256-gcm', key32, Buffer.from(block.iv, 'base64'));
        decipher.setAAD(aad(c.repository, block.key_id));
        decipher.setAuthTag(Buffer.from(block.tag, 'base64'));
        plain = Buffer.concat([decipher.update(Buffer.from(block.ciphertext, 'base64')), decipher.final()]).toString('utf8');
    }
    catch (e) {
        throw new errors/* HeeError */.RA('capsule.decrypt', `cannot decrypt the sensitive fields (key id ${block.key_id}): the encrypted block was changed or belongs to another repository`, { cause: e });
    }
    const values = JSON.parse(plain);
    const body = structuredClone(c.body);
    for (const p of block.fields) {
        if (!Object.hasOwn(values, p) || getAt(body, p) !== undefined)
            continue;
        setAt(body, p, values[p]);
    }
    const { encrypted: _block, signature: _sig, ...rest } = c;
    return { ...rest, body: body };
}
/**
 * One line explaining what happens to the encrypted block when no encryption key is given, or
 * undefined when there is none. Callers choose: log it and carry the block forward, or fail
 * with {@link missingEncryptionKeyError}.
 */
function describeEncryptedFields(c) {
    const b = c.encrypted;
    if (b === undefined)
        return undefined;
    return `capsule has ${b.fields.length} encrypted field(s) (${b.fields.join(', ')}; key id ${b.key_id}); without the encryption key they stay encrypted and are carried forward unchanged`;
}
/** The error for a caller that needs the sensitive fields but was given no key. */
function missingEncryptionKeyError(c) {
    const keyId = c.encrypted?.key_id ?? 'unknown';
    return new HeeError('capsule.decrypt', `cannot decrypt the sensitive fields: no encryption key given (key id ${keyId} expected)`, {
        hint: 'pass the encryption key that sealed this capsule'
    });
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/state-machine.ts


/** `[*] --> Operational`: where a new capsule starts. */
const INITIAL_STATUS = 'operational';
/** The spec's diagram, arrow for arrow and in its order; nothing else is legal. */
const STATUS_TRANSITIONS = [
    { from: 'operational', to: 'degraded', event: 'Failures Detected' },
    { from: 'degraded', to: 'operational', event: 'Auto-Fix Successful' },
    { from: 'degraded', to: 'failed', event: 'Critical Failure' },
    { from: 'failed', to: 'degraded', event: 'Partial Recovery' },
    { from: 'failed', to: 'operational', event: 'Full Recovery' },
    { from: 'operational', to: 'maintenance', event: 'Scheduled Update' },
    { from: 'maintenance', to: 'operational', event: 'Update Complete' },
    { from: 'degraded', to: 'maintenance', event: 'Manual Intervention' }
];
/** States reachable in one step from `from`, in the diagram's order. */
function nextStates(from) {
    return STATUS_TRANSITIONS.filter((t) => t.from === from).map((t) => t.to);
}
/** True when `from → to` is an arrow of the diagram, or `from === to` (staying put is a no-op). */
function canTransition(from, to) {
    return from === to || STATUS_TRANSITIONS.some((t) => t.from === from && t.to === to);
}
/** Throws `capsule.transition` naming the allowed next states when `from → to` is not legal. */
function assertTransition(from, to) {
    if (canTransition(from, to))
        return;
    throw new errors/* HeeError */.RA('capsule.transition', `illegal status transition ${from} → ${to}; from ${from} the allowed next states are: ${nextStates(from).join(', ')}`, { hint: `go through ${pathTo(from, to).slice(1, -1).join(' → ')} first` });
}
/**
 * Shortest legal path from `from` to `to`, both included (`[from]` when equal), for a caller
 * that must record intermediate states, e.g. operational → degraded → failed.
 */
function pathTo(from, to) {
    const previous = new Map([[from, null]]);
    const queue = [from];
    while (queue.length > 0) {
        const s = queue.shift();
        if (s === to)
            break;
        for (const n of nextStates(s)) {
            if (!previous.has(n)) {
                previous.set(n, s);
                queue.push(n);
            }
        }
    }
    if (!previous.has(to))
        throw new Error(`state diagram has no path ${from} → ${to}`); // a bug: the diagram is strongly connected
    const path = [];
    for (let s = to; s !== null; s = previous.get(s) ?? null)
        path.unshift(s);
    return path;
}
/** True for one of the four statuses. */
function isCapsuleStatus(v) {
    return typeof v === 'string' && CAPSULE_STATUSES.includes(v);
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/history.ts

/** Default number of `auto_fix_history` entries kept in full; older ones are summarised. */
const DEFAULT_HISTORY_LIMIT = 200;
function checkLimit(limit) {
    if (!Number.isInteger(limit) || limit < 0) {
        throw new errors/* ConfigurationError */.j1(`history limit must be a whole number ≥ 0 (got ${limit})`);
    }
}
function earlier(a, b) {
    if (a === undefined)
        return b;
    return Date.parse(b) < Date.parse(a) ? b : a;
}
// A Map, not an object literal, so a pattern id such as "__proto__" is just a key.
function totalsMap(summary) {
    const m = new Map();
    for (const [p, t] of Object.entries(summary?.by_pattern ?? {}))
        m.set(p, { ...t });
    return m;
}
function add(m, e) {
    const t = m.get(e.pattern_id) ?? { attempts: 0, successes: 0, rollbacks: 0 };
    t.attempts += 1;
    if (e.success)
        t.successes += 1;
    if (e.rollback === true)
        t.rollbacks += 1;
    m.set(e.pattern_id, t);
}
/**
 * Keeps the newest `limit` history entries and folds the older ones into `history_summary`
 * (per-pattern attempts/successes/rollbacks, the oldest timestamp), so totals survive while the
 * capsule stays small. Entries are in append order, oldest first. Returns a new body.
 */
function compactHistory(body, limit = DEFAULT_HISTORY_LIMIT) {
    checkLimit(limit);
    const history = body.auto_fix_history;
    if (history.length <= limit)
        return body;
    const cut = history.length - limit;
    const removed = history.slice(0, cut);
    const byPattern = totalsMap(body.history_summary);
    let oldest = body.history_summary?.oldest_timestamp;
    for (const e of removed) {
        add(byPattern, e);
        oldest = earlier(oldest, e.timestamp);
    }
    const summary = {
        compacted_entries: (body.history_summary?.compacted_entries ?? 0) + removed.length,
        ...(oldest === undefined ? {} : { oldest_timestamp: oldest }),
        by_pattern: Object.fromEntries(byPattern)
    };
    return { ...body, auto_fix_history: history.slice(cut), history_summary: summary };
}
/** Totals per pattern over the summary plus the live history, sorted by pattern id. */
function historyTotals(body) {
    const m = totalsMap(body.history_summary);
    for (const e of body.auto_fix_history)
        add(m, e);
    return new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/validate.ts



function describe(e) {
    const at = e.instancePath === '' ? '(capsule)' : e.instancePath;
    const p = e.params;
    switch (e.keyword) {
        case 'required':
            return `${e.instancePath}/${String(p.missingProperty)} is required`;
        case 'additionalProperties':
            return `${e.instancePath}/${String(p.additionalProperty)} is not an allowed property`;
        case 'enum':
            return `${at} must be one of ${p.allowedValues.map(String).join(', ')}`;
        case 'const':
            return `${at} must be ${JSON.stringify(p.allowedValue)}`;
        case 'type':
            return `${at} must be of type ${Array.isArray(p.type) ? p.type.join(' or ') : String(p.type)}`;
        case 'format':
            return `${at} must be a ${String(p.format)} (e.g. 2024-05-01T12:00:00Z)`;
        case 'pattern':
            return `${at} must match ${String(p.pattern)}`;
        default:
            return `${at} ${e.message ?? 'is invalid'}`;
    }
}
/**
 * Checks `obj` against the capsule schema and returns it typed. Throws `capsule.schema` with the
 * JSON pointer of the first problem and why, e.g.
 * `/body/monitoring_state/current_status must be one of operational, degraded, failed, maintenance`.
 */
function validateCapsule(obj) {
    const validate = capsuleValidator();
    if (validate(obj))
        return obj;
    const first = validate.errors?.[0];
    const reason = first === undefined ? 'does not match the schema' : describe(first);
    throw new errors/* HeeError */.RA('capsule.schema', `capsule does not match schema hee.capsule/v1: ${reason}`);
}
/**
 * Checks that `newer` may follow `older` (the newest capsule already trusted; give the chain
 * link `openCapsule` returned when it was decrypted): same repository,
 * a higher version (rollback protection), and, when directly consecutive, a `previous_digest`
 * equal to the older capsule's digest (hash chain). A gap of several versions is accepted
 * because intermediate capsules may have expired; `linked` says whether the chain was checked.
 */
function validate_checkSuccession(olderLink, newer) {
    const { capsule: older, digest: expected } = canonical_chainLinkOf(olderLink);
    if (older.repository !== newer.repository) {
        throw new errors/* HeeError */.RA('capsule.chain', `capsule is for repository ${newer.repository}, but the previous one is for ${older.repository}`);
    }
    if (newer.version <= older.version) {
        throw new errors/* HeeError */.RA('capsule.replay', `capsule version ${newer.version} is not newer than version ${older.version} already seen: refusing a replayed or stale capsule`);
    }
    if (newer.version !== older.version + 1)
        return { linked: false };
    if (newer.previous_digest !== expected) {
        throw new errors/* HeeError */.RA('capsule.chain', `capsule version ${newer.version} does not follow version ${older.version}: previous_digest is ${String(newer.previous_digest)}, expected ${expected}`);
    }
    return { linked: true };
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/update.ts








/** A fresh, unsigned version-1 capsule: operational since `now`, empty history. */
function createCapsule(opts) {
    const at = opts.now.toISOString();
    const c = validateCapsule({
        schema: CAPSULE_SCHEMA_ID,
        version: 1,
        previous_digest: null,
        repository: opts.repository,
        workflow: opts.workflow,
        run_id: opts.runId,
        updated_at: at,
        body: {
            monitoring_state: { current_status: INITIAL_STATUS, status_since: at, consecutive_failures: 0 },
            auto_fix_history: []
        }
    });
    return c;
}
/**
 * Builds the next capsule from `prev` and `update`; `prev` is never mutated. Pass the chain link
 * `openCapsule` returned for a capsule read from a file, so the next version names the digest of
 * the stored form (a bare capsule is taken as stored). The result is
 * unsigned: version + 1, chained to `prev`, status moved only along the state diagram
 * (`status_since` changes only when the status does), history appended then compacted,
 * metrics and `monitoring` merged, the encrypted block carried forward, and schema-checked.
 * The history entry objects are shared with `prev`, not copied: treat them as read-only.
 */
function applyUpdate(from, update, ctx) {
    const { capsule: prev, digest: previousDigest } = canonical_chainLinkOf(from);
    const at = ctx.now.toISOString();
    // Everything but the history is small and deep-copied, so the result shares no mutable state
    // with `prev` there. The history can hold thousands of entries and is only ever appended to or
    // trimmed: the new array reuses prev's entry objects rather than cloning every one of them.
    // Spreading prev first keeps its key order, and so the file's layout.
    const { signature: _signature, ...unsigned } = prev;
    const { body: _body, ...envelope } = unsigned;
    const { auto_fix_history: prevHistory, ...bodyRest } = prev.body;
    const copy = structuredClone({ envelope, bodyRest });
    const next = {
        ...unsigned,
        ...copy.envelope,
        body: { ...prev.body, ...copy.bodyRest, auto_fix_history: prevHistory },
        version: prev.version + 1,
        previous_digest: previousDigest,
        workflow: ctx.workflow ?? prev.workflow,
        run_id: ctx.runId ?? prev.run_id,
        updated_at: at
    };
    const ms = next.body.monitoring_state;
    if (update.status !== undefined) {
        const from = ms.current_status ?? INITIAL_STATUS;
        assertTransition(from, update.status);
        if (from !== update.status || ms.current_status === undefined) {
            ms.current_status = update.status;
            ms.status_since = at;
        }
    }
    if (update.last_run_id !== undefined)
        ms.last_run_id = update.last_run_id;
    // Metrics are merged, not replaced, so an engine that measured only some of them keeps the rest.
    if (update.coverage_metrics !== undefined)
        ms.coverage_metrics = { ...ms.coverage_metrics, ...update.coverage_metrics };
    if (update.hee_specific !== undefined)
        ms.hee_specific = { ...ms.hee_specific, ...update.hee_specific };
    if (update.monitoring !== undefined)
        Object.assign(ms, structuredClone(update.monitoring));
    if (update.append_history !== undefined && update.append_history.length > 0) {
        const added = update.append_history.map((e) => ({
            ...structuredClone(e),
            timestamp: e.timestamp ?? at
        }));
        next.body.auto_fix_history = prevHistory.concat(added);
    }
    else {
        next.body.auto_fix_history = prevHistory.slice();
    }
    next.body = compactHistory(next.body, ctx.historyLimit ?? DEFAULT_HISTORY_LIMIT);
    return validateCapsule(next);
}
function fieldName(path) {
    if (path.length === 0)
        return '(update)';
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
/**
 * Validates a capsule update read from JSON (an action input or file). Throws `capsule.update`
 * naming the first bad field, e.g. `append_history[0].success: Invalid input: expected boolean`.
 */
function parseUpdate(json) {
    const r = capsuleUpdateSchema.safeParse(json);
    if (r.success)
        return r.data;
    const issue = r.error.issues[0];
    const where = issue === undefined ? '(update)' : fieldName(issue.path);
    const why = issue?.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : (issue?.message ?? 'invalid');
    throw new errors/* HeeError */.RA('capsule.update', `capsule update is invalid: ${where}: ${why}`);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/capsule/json-syntax.ts
const MAX_DEPTH = 512;
class Stop extends Error {
    offset;
    reason;
    constructor(offset, reason) {
        super(reason);
        this.offset = offset;
        this.reason = reason;
    }
}
/**
 * Finds the first syntax error of `text` per RFC 8259, or undefined when it is valid JSON.
 * JSON.parse's messages differ between Node versions and do not say whether a file was cut
 * off, which is the one distinction a capsule loader needs (`capsule.truncated` vs `capsule.parse`).
 * Only called after JSON.parse failed, so speed is secondary to clarity.
 */
function findJsonSyntaxError(text) {
    let i = 0;
    const n = text.length;
    const ws = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
            i++;
    };
    const need = (what) => {
        throw new Stop(i, i >= n ? 'unexpected end' : `expected ${what}, found ${JSON.stringify(text[i])}`);
    };
    const literal = (word) => {
        for (const ch of word) {
            if (i >= n)
                need(word);
            if (text[i] !== ch)
                need(word);
            i++;
        }
    };
    const digits = () => {
        if (i >= n || text[i] < '0' || text[i] > '9')
            need('a digit');
        while (i < n && text[i] >= '0' && text[i] <= '9')
            i++;
    };
    const number = () => {
        if (text[i] === '-')
            i++;
        if (text[i] === '0')
            i++;
        else
            digits();
        if (text[i] === '.') {
            i++;
            digits();
        }
        if (text[i] === 'e' || text[i] === 'E') {
            i++;
            if (text[i] === '+' || text[i] === '-')
                i++;
            digits();
        }
    };
    const string = () => {
        i++; // opening quote
        for (;;) {
            if (i >= n)
                need('"');
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return;
            }
            if (c < 0x20)
                need('a character (control characters must be escaped)');
            if (c === 0x5c) {
                i++;
                if (i >= n)
                    need('an escape');
                const e = text[i];
                if ('"\\/bfnrt'.includes(e))
                    i++;
                else if (e === 'u') {
                    i++;
                    for (let k = 0; k < 4; k++) {
                        if (i >= n)
                            need('a hex digit');
                        if (!/[0-9a-fA-F]/.test(text[i]))
                            need('a hex digit');
                        i++;
                    }
                }
                else
                    need('an escape character');
            }
            else
                i++;
        }
    };
    const value = (depth) => {
        if (depth > MAX_DEPTH)
            throw new Stop(i, `nesting deeper than ${MAX_DEPTH}`);
        ws();
        if (i >= n)
            need('a value');
        const c = text[i];
        if (c === '{') {
            i++;
            ws();
            if (text[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                if (text[i] !== '"')
                    need('a property name');
                string();
                ws();
                if (text[i] !== ':')
                    need('":"');
                i++;
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return;
                }
                need('"," or "}"');
            }
        }
        else if (c === '[') {
            i++;
            ws();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return;
                }
                need('"," or "]"');
            }
        }
        else if (c === '"')
            string();
        else if (c === 't')
            literal('true');
        else if (c === 'f')
            literal('false');
        else if (c === 'n')
            literal('null');
        else if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
            number();
        else
            need('a value');
    };
    try {
        value(0);
        ws();
        if (i < n)
            throw new Stop(i, `unexpected ${JSON.stringify(text[i])} after the end of the JSON value`);
        return undefined;
    }
    catch (e) {
        if (!(e instanceof Stop))
            throw e;
        return { offset: e.offset, reason: e.reason, truncated: e.offset >= n };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/store.ts






function lineColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `line ${line}, column ${column}`;
}
/**
 * Parses and schema-checks capsule JSON. A cut-off text (an interrupted upload or write) is
 * `capsule.truncated`; any other malformed JSON is `capsule.parse` with its byte position;
 * then `capsule.schema` from {@link validateCapsule}. `source` names the file for messages.
 */
function store_parseCapsuleText(text, source) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let value;
    try {
        value = JSON.parse(body);
    }
    catch {
        const problem = findJsonSyntaxError(body) ?? { offset: 0, reason: 'not valid JSON', truncated: false };
        const byte = Buffer.byteLength(body.slice(0, problem.offset), 'utf8');
        if (problem.truncated) {
            throw new errors/* HeeError */.RA('capsule.truncated', `capsule ${source} is truncated: JSON ends at byte ${byte}`, {
                hint: 'the upload or write was interrupted; use an older capsule'
            });
        }
        throw new errors/* HeeError */.RA('capsule.parse', `capsule ${source} is not valid JSON: ${problem.reason} at byte ${byte} (${lineColumn(body, problem.offset)})`);
    }
    try {
        return validateCapsule(value);
    }
    catch (e) {
        if (e instanceof errors/* HeeError */.RA)
            throw new errors/* HeeError */.RA(e.code, `${source}: ${e.message}`, { hint: e.hint, cause: e });
        throw e;
    }
}
/** Reads a capsule file and parses it with {@link parseCapsuleBytes}. */
async function readCapsuleFile(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (e) {
        const code = e.code;
        const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`;
        throw new errors/* HeeError */.RA('capsule.read', `capsule file ${path} ${why}`, { cause: e });
    }
    return parseCapsuleBytes(bytes, path);
}
/**
 * Decodes capsule bytes as strict UTF-8 (a damaged byte is an error, never a silent U+FFFD)
 * and parses them with {@link parseCapsuleText}.
 */
function parseCapsuleBytes(bytes, source) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* HeeError */.RA('capsule.parse', `capsule ${source} is not valid UTF-8 text`);
    }
    return store_parseCapsuleText(text, source);
}
/** The on-disk form: pretty JSON, 2 spaces, trailing newline. */
function formatCapsule(c) {
    return `${JSON.stringify(c, null, 2)}\n`;
}
/**
 * Writes `c` atomically: validate, write a temp file in the same directory, fsync, rename over
 * `path`. On any failure the old file is untouched and the temp file is removed, so a reader
 * never sees half a capsule.
 */
async function writeCapsuleFile(path, c) {
    validateCapsule(c);
    const text = formatCapsule(c);
    const dir = (0,external_node_path_.dirname)(path);
    const temp = (0,external_node_path_.join)(dir, `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        const handle = await (0,promises_.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temp, path);
    }
    catch (e) {
        await (0,promises_.unlink)(temp).catch(() => undefined);
        const code = e.code ?? 'error';
        throw new errors/* HeeError */.RA('capsule.write', `cannot write capsule ${path} (${code}); the previous file is unchanged`, {
            cause: e
        });
    }
    // The rename is durable only once the directory entry is on disk; not every platform can
    // fsync a directory, and the data is already safe, so failure here is not an error.
    try {
        const d = await (0,promises_.open)(dir, 'r');
        try {
            await d.sync();
        }
        finally {
            await d.close();
        }
    }
    catch {
        // best effort
    }
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/open.ts





/**
 * Encrypts the sensitive fields, then signs (so the signature covers the ciphertext and a
 * verify-only job can check it), and schema-checks the result. Sensitive fields without a key
 * are refused rather than stored in clear.
 */
function sealCapsule(c, opts) {
    const fields = opts.sensitiveFields ?? [];
    let out = c;
    if (opts.encryptionKey !== undefined) {
        if (fields.length > 0 || c.encrypted !== undefined)
            out = encryptFields(out, opts.encryptionKey, fields);
    }
    else if (fields.length > 0) {
        throw new errors/* ConfigurationError */.j1(`sensitive fields (${fields.join(', ')}) are set but no encryption key is given; refusing to store them in clear`);
    }
    if (opts.signingKey !== undefined)
        out = signCapsule(out, opts.signingKey);
    // Checked every time: encrypting moves body fields out, and a check of even a 10 000-entry
    // history costs about a millisecond.
    return validateCapsule(out);
}
/**
 * Verifies, then decrypts. A signed capsule is always verified when keys are given; an unsigned
 * one is refused only when `requireSignature`. Decrypting drops the signature (it covered the
 * sealed form) and the encrypted block; the result carries the stored form's digest so
 * applyUpdate chains to what is actually on disk.
 */
function open_openCapsule(c, opts) {
    // One canonical pass serves both the signature check and the digest.
    let text;
    const canonical = () => (text ??= signedText(c));
    let keyId = null;
    if (c.signature !== undefined && opts.verifyKeys.length > 0)
        keyId = verifySignedText(c, opts.verifyKeys, canonical).keyId;
    else if (opts.requireSignature) {
        if (c.signature === undefined)
            verifySignature(c, opts.verifyKeys); // throws capsule.unsigned
        throw new errors/* HeeError */.RA('capsule.key', `capsule is signed (key id ${c.signature?.key_id ?? '?'}) but no verification key was given`);
    }
    const digest = digestOfSignedText(canonical());
    const sensitiveFields = c.encrypted?.fields.slice() ?? [];
    if (opts.encryptionKey === undefined || c.encrypted === undefined)
        return { capsule: c, keyId, decrypted: false, sensitiveFields, digest };
    const capsule = decryptFields(c, opts.encryptionKey);
    return { capsule, keyId, decrypted: true, sensitiveFields, digest };
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/report.ts



/** How many history rows the report shows; totals still count everything. */
const REPORT_HISTORY_ROWS = 20;
// Values come from CI logs and user config; keep them from breaking the table or injecting HTML.
function cell(v) {
    if (v === undefined || v === null || v === '')
        return '—';
    return String(v)
        .replace(/\r?\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|');
}
function table(head, rows) {
    return [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)
    ];
}
function stateName(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/** The spec's state diagram as Mermaid, with `current` highlighted. */
function renderStateDiagram(current) {
    return [
        '```mermaid',
        'stateDiagram-v2',
        '    classDef current fill:#ffd54f,stroke:#e65100,stroke-width:3px,font-weight:bold',
        `    [*] --> ${stateName(INITIAL_STATUS)}`,
        ...STATUS_TRANSITIONS.map((t) => `    ${stateName(t.from)} --> ${stateName(t.to)}: ${t.event}`),
        `    class ${stateName(current)} current`,
        '```'
    ].join('\n');
}
/**
 * Markdown a person reads in ten seconds: status first, then the envelope facts, open incidents,
 * coverage, auto-fix history with per-pattern totals, and the state diagram with the current
 * state marked. Pure: the same capsule renders the same text.
 */
function renderReport(c) {
    const ms = c.body.monitoring_state;
    const status = ms.current_status ?? INITIAL_STATUS;
    const out = [];
    out.push(`# HEE CI state: ${cell(c.repository)} · ${cell(c.workflow)}`, '');
    out.push(`**Status: ${status}**${ms.status_since ? ` since ${ms.status_since}` : ''}` +
        (ms.consecutive_failures ? ` · ${ms.consecutive_failures} consecutive failure(s)` : ''), '');
    const sig = c.signature ? `${c.signature.alg}, key id \`${c.signature.key_id}\`` : 'unsigned';
    out.push('## Capsule', '');
    out.push(...table(['fact', 'value'], [
        ['version', c.version],
        ['run id', c.run_id],
        ['last run id', ms.last_run_id],
        ['updated at', c.updated_at],
        ['signature', sig],
        ['digest', `\`${capsuleDigest(c)}\``],
        ['previous digest', c.previous_digest === null ? 'none (first version)' : `\`${c.previous_digest}\``],
        ...(c.encrypted
            ? [['encrypted fields', `${c.encrypted.fields.join(', ')} (key id \`${c.encrypted.key_id}\`)`]]
            : [])
    ]), '');
    const incidents = Object.values(ms.incidents ?? {});
    out.push(`## Open incidents (${incidents.length})`, '');
    if (incidents.length === 0)
        out.push('None.', '');
    else {
        out.push(...table(['pattern', 'workflow', 'severity', 'since', 'runs', 'last run'], incidents.map((i) => [i.pattern, i.workflow, i.severity, i.since, i.runs, i.last_run_id])), '');
    }
    const cov = { ...ms.coverage_metrics, ...ms.hee_specific };
    const metrics = Object.entries(cov).filter(([, v]) => typeof v === 'number');
    out.push('## Coverage', '');
    if (metrics.length === 0)
        out.push('No coverage recorded.', '');
    else
        out.push(...table(['metric', 'value'], metrics.map(([k, v]) => [k, `${v}%`])), '');
    const history = c.body.auto_fix_history;
    const summary = c.body.history_summary;
    out.push(`## Auto-fix history (${history.length + (summary?.compacted_entries ?? 0)} attempts)`, '');
    if (history.length === 0 && summary === undefined)
        out.push('No auto-fix attempts yet.', '');
    else {
        const newest = history.slice(-REPORT_HISTORY_ROWS).reverse();
        if (newest.length > 0) {
            out.push(...table(['time', 'pattern', 'success', 'rollback'], newest.map((e) => [e.timestamp, e.pattern_id, e.success ? 'yes' : 'no', e.rollback ? 'yes' : 'no'])), '');
            if (history.length > newest.length)
                out.push(`Newest ${newest.length} of ${history.length} kept entries shown.`, '');
        }
        if (summary !== undefined) {
            out.push(`${summary.compacted_entries} older entries compacted${summary.oldest_timestamp ? ` (oldest ${summary.oldest_timestamp})` : ''}; they are counted in the totals.`, '');
        }
        const totals = [...historyTotals(c.body)].map(([p, t]) => [
            p,
            t.attempts,
            t.successes,
            t.rollbacks,
            t.attempts === 0 ? '—' : `${Math.round((100 * t.successes) / t.attempts)}%`
        ]);
        out.push('### Totals per pattern', '', ...table(['pattern', 'attempts', 'successes', 'rollbacks', 'success rate'], totals), '');
    }
    out.push('## State diagram', '', renderStateDiagram(status), '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/index.ts
/** The state capsule engine: schema, integrity, confidentiality, state machine and storage. */















;// CONCATENATED MODULE: ./packages/core/src/state/load.ts



class OtherWorkflow extends (/* unused pure expression or super */ null && (Error)) {
}
/**
 * Picks the newest capsule that passes every check: schema, signature, the version its
 * artifact name claims, no going back behind a capsule already seen, and — when the
 * previous version is also available — the hash chain. A rejected candidate never stops
 * the search; the caller reports `rejected` and decides what an empty result means.
 */
async function loadNewestValid(opts) {
    const ordered = orderCandidates(opts.candidates);
    // Capsules of other workflows sharing the prefix are skipped without using up the budget;
    // downloads stay bounded all the same.
    const maxDownloads = opts.maxCandidates * 4;
    let downloads = 0;
    const rejected = [];
    const skipped = [];
    const cache = new Map();
    const seen = opts.seen ? chainLinkOf(opts.seen) : undefined;
    const examine = async (cand) => {
        const hit = cache.get(cand.id);
        if (hit instanceof Error)
            throw hit;
        if (hit)
            return hit;
        try {
            const text = await opts.fetchText(cand);
            const parsed = parseCapsuleText(text, cand.name);
            if (parsed.repository !== opts.repository) {
                throw new HeeError('capsule.chain', `capsule belongs to ${parsed.repository}, not ${opts.repository}`);
            }
            if (parsed.workflow !== opts.workflow)
                throw new OtherWorkflow(parsed.workflow);
            if (parsed.version !== cand.version) {
                throw new HeeError('capsule.replay', `artifact ${cand.name} holds capsule version ${parsed.version}, not ${cand.version}: refusing a replayed capsule`);
            }
            const opened = openCapsule(parsed, {
                verifyKeys: opts.verifyKeys,
                encryptionKey: opts.encryptionKey,
                requireSignature: opts.requireSignature
            });
            const entry = { raw: parsed, opened };
            cache.set(cand.id, entry);
            return entry;
        }
        catch (e) {
            cache.set(cand.id, e);
            throw e;
        }
    };
    for (const [i, cand] of ordered.entries()) {
        if (rejected.length >= opts.maxCandidates || downloads >= maxDownloads)
            break;
        downloads += 1;
        try {
            const { raw, opened } = await examine(cand);
            const capsule = opened.capsule;
            if (seen && seen.digest !== opened.digest)
                checkSuccession(seen, capsule);
            const previous = ordered.slice(i + 1).find((c) => c.version === cand.version - 1);
            if (previous) {
                let older;
                try {
                    older = (await examine(previous)).opened;
                }
                catch {
                    // An unusable predecessor cannot vouch for or against the chain; it is reported
                    // when (and if) the search reaches it.
                }
                if (older)
                    checkSuccession(older, capsule);
            }
            return { capsule, raw, candidate: cand, fallbackUsed: rejected.length > 0, rejected, skipped };
        }
        catch (e) {
            if (e instanceof OtherWorkflow)
                skipped.push(cand);
            else
                rejected.push({ candidate: cand, reason: describeError(e) });
        }
    }
    return { fallbackUsed: false, rejected, skipped };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/state/update-file.ts



/**
 * Reads the capsule at `path` (verifying it) or starts a fresh one, applies a typed update,
 * seals it and replaces the file atomically. The existing file is left untouched when any
 * step fails.
 */
async function updateCapsuleFile(opts) {
    const requireSignature = opts.requireSignature ?? true;
    if (requireSignature && !opts.signingKey) {
        throw new errors/* HeeError */.RA('capsule.key', 'no signing key: a capsule is signed on every update', {
            hint: 'pass a key (Ed25519 PEM or an HMAC secret), or allow unsigned capsules explicitly'
        });
    }
    const now = opts.now ?? new Date();
    let previous;
    let sensitiveFields = opts.sensitiveFields ?? [];
    const opened = opts.opened !== undefined ? opts.opened : (0,external_node_fs_.existsSync)(opts.path) ? await openFile(opts, requireSignature) : null;
    if (opened) {
        previous = opened.capsule;
        // Fields that were sensitive stay sensitive unless the caller names a new set.
        if (sensitiveFields.length === 0 && opened.decrypted)
            sensitiveFields = opened.sensitiveFields;
    }
    // The opened file is passed as a chain link: the next version names the digest of what is
    // stored, even when the fields were decrypted in between.
    let next = previous ?? createCapsule({ ...opts.meta, now });
    let from = opened ?? next;
    for (const update of Array.isArray(opts.update) ? opts.update : [opts.update]) {
        next = applyUpdate(from, update, {
            now,
            runId: opts.meta.runId,
            workflow: opts.meta.workflow,
            historyLimit: opts.historyLimit
        });
        from = next;
    }
    const sealed = sealCapsule(next, {
        signingKey: opts.signingKey,
        encryptionKey: opts.encryptionKey,
        sensitiveFields
    });
    await writeCapsuleFile(opts.path, sealed);
    return { capsule: sealed, previous, created: !previous };
}
async function openFile(opts, requireSignature) {
    const verifyKeys = [...(opts.signingKey ? [opts.signingKey] : []), ...(opts.verifyKeys ?? [])];
    return open_openCapsule(await readCapsuleFile(opts.path), {
        verifyKeys,
        encryptionKey: opts.encryptionKey,
        requireSignature
    });
}

// EXTERNAL MODULE: ./packages/core/src/diagnosis/catalogue.ts + 1 modules
var diagnosis_catalogue = __webpack_require__(3626);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/default-patterns.ts
var default_patterns = __webpack_require__(9320);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/line-splitter.ts
var line_splitter = __webpack_require__(6781);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/log-classifier.ts + 7 modules
var log_classifier = __webpack_require__(5218);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/baseline.ts
var baseline = __webpack_require__(9512);
;// CONCATENATED MODULE: ./packages/core/src/diagnosis/index.ts












// EXTERNAL MODULE: ./node_modules/@turingpointde/cvss.js/dist_node/index.js
var dist_node = __webpack_require__(2484);
;// CONCATENATED MODULE: ./packages/core/src/artifacts/report-item.ts
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' && v.trim() ? v : undefined);
/** Severity from a CVSS-like score: ≥ 9 critical, ≥ 7 high, ≥ 4 medium, else low. */
function severityOfScore(score) {
    return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}
/** One line of at most `n` characters: control characters and runs of space folded. */
function clip(s, n = 160) {
    const one = s
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
}

;// CONCATENATED MODULE: ./packages/core/src/artifacts/cargo-audit.ts
/** `cargo audit --json` (the rustsec `Report`): one item per vulnerability, severity from its CVSS vector. */


/** Base score of a CVSS 3.x vector (via cvss.js), or undefined when it is not one. */
function cvss3BaseScore(vector) {
    if (!/^CVSS:3\.[01]\//.test(vector.trim()))
        return undefined;
    try {
        return (0,dist_node/* CVSS */.O)(vector.trim()).getScore();
    }
    catch {
        return undefined;
    }
}
/** The vulnerabilities of a cargo audit report, or undefined when `doc` is not one. */
function cargoAuditItems(doc) {
    const vulns = doc.vulnerabilities;
    if (!isObj(vulns) || !Array.isArray(vulns.list))
        return undefined;
    const items = [];
    for (const v of vulns.list) {
        const item = isObj(v) ? cargoAuditEntry(v) : undefined;
        if (item)
            items.push(item);
    }
    return items;
}
/** One entry of `vulnerabilities.list` as an item; undefined without an advisory. */
function cargoAuditEntry(v) {
    if (!isObj(v.advisory))
        return undefined;
    const adv = v.advisory;
    const pkg = isObj(v.package) ? v.package : {};
    const score = typeof adv.cvss === 'string' ? cvss3BaseScore(adv.cvss) : undefined;
    // RustSec advisories without a CVSS vector fail `cargo audit` all the same: count them as high.
    const severity = score !== undefined ? severityOfScore(score) : 'high';
    const name = str(pkg.name) ?? str(adv.package) ?? '?';
    const version = str(pkg.version);
    const patched = isObj(v.versions) && Array.isArray(v.versions.patched)
        ? v.versions.patched.filter((x) => typeof x === 'string')
        : [];
    const fix = patched.length ? `, fixed in ${patched.join(' ')}` : ', no fixed version';
    return {
        severity,
        text: clip(`${name}${version ? ` ${version}` : ''} (${[str(adv.id), str(adv.title)].filter(Boolean).join(': ')})${fix}`)
    };
}

;// CONCATENATED MODULE: ./packages/core/src/artifacts/npm-audit.ts
/** `npm audit --json` of npm 7+ (`auditReportVersion: 2`): one item per vulnerable package. */


const NPM_SEVERITY = {
    critical: 'critical',
    high: 'high',
    moderate: 'medium',
    low: 'low'
};
function npmRank(s) {
    const sev = NPM_SEVERITY[String(s)];
    return sev ? (0,src_severity/* severityRank */.qs)(sev) : 0;
}
/** Items and the report's own counts, or undefined when `doc` is not an npm 7+ audit report. */
function npmAuditItems(doc) {
    if (!isObj(doc.vulnerabilities) || (doc.auditReportVersion !== undefined && doc.auditReportVersion !== 2))
        return undefined;
    const entries = Object.entries(doc.vulnerabilities);
    const meta = isObj(doc.metadata) && isObj(doc.metadata.vulnerabilities) ? doc.metadata.vulnerabilities : undefined;
    if (doc.auditReportVersion === undefined && !meta)
        return undefined;
    if (!entries.every(([, v]) => isObj(v) && typeof v.severity === 'string'))
        return undefined;
    const items = [];
    for (const [key, v] of entries) {
        const item = npmAuditEntry(key, v);
        if (item)
            items.push(item);
    }
    const counts = meta ? npmAuditCounts(meta) : undefined;
    return { items, ...(counts ? { counts } : {}) };
}
/** One `vulnerabilities` entry as an item; undefined for a severity npm does not define. */
function npmAuditEntry(key, v) {
    const severity = NPM_SEVERITY[String(v.severity)];
    if (!severity)
        return undefined;
    const name = str(v.name) ?? key;
    const via = Array.isArray(v.via) ? v.via : [];
    const advisories = via.filter(isObj).sort((a, b) => npmRank(b.severity) - npmRank(a.severity));
    const top = advisories[0];
    const ghsa = top ? /GHSA(?:-[0-9a-z]{4}){3}/i.exec(String(top.url ?? ''))?.[0] : undefined;
    const because = top
        ? ` (${[ghsa, str(top.title)].filter(Boolean).join(': ') || `advisory ${String(top.source ?? '?')}`})`
        : via.length
            ? ` (via ${via.filter((x) => typeof x === 'string').join(', ')})`
            : '';
    const fix = v.fixAvailable === false ? ', no fix available' : '';
    return { severity, text: clip(`${name} ${str(v.range) ?? ''}${because}${fix}`.replace(/\s+/g, ' ')) };
}
/** `metadata.vulnerabilities` as counts by our severities. */
function npmAuditCounts(meta) {
    const counts = {};
    for (const [k, s] of Object.entries(NPM_SEVERITY)) {
        const n = meta[k];
        if (s && typeof n === 'number' && n > 0)
            counts[s] = (counts[s] ?? 0) + n;
    }
    return counts;
}

;// CONCATENATED MODULE: ./packages/core/src/artifacts/sarif.ts

/** The results of a SARIF 2.1.0 log, or undefined when `doc` is not one. */
function sarifItems(doc) {
    if (!Array.isArray(doc.runs))
        return undefined;
    const version = doc.version;
    if (version !== undefined && version !== '2.1.0')
        return undefined;
    if (version === undefined && !/sarif/i.test(String(doc.$schema ?? '')))
        return undefined;
    const items = [];
    for (const run of doc.runs) {
        if (!isObj(run))
            continue;
        const driver = isObj(run.tool) && isObj(run.tool.driver) ? run.tool.driver : {};
        const rules = Array.isArray(driver.rules) ? driver.rules.filter(isObj) : [];
        const toolName = str(driver.name);
        for (const r of Array.isArray(run.results) ? run.results : []) {
            if (!isObj(r))
                continue;
            const item = sarifResult(r, rules, toolName);
            if (item)
                items.push(item);
        }
    }
    return items;
}
/** One result as an item, its rule looked up by index or id; undefined for level `none`. */
function sarifResult(r, rules, toolName) {
    const ruleId = str(r.ruleId) ?? (isObj(r.rule) ? str(r.rule.id) : undefined);
    const rule = (typeof r.ruleIndex === 'number' ? rules[r.ruleIndex] : undefined) ??
        rules.find((x) => ruleId !== undefined && x.id === ruleId);
    const defaultLevel = rule && isObj(rule.defaultConfiguration) ? str(rule.defaultConfiguration.level) : undefined;
    const level = str(r.level) ?? defaultLevel ?? 'warning';
    if (level === 'none')
        return undefined;
    const secRaw = (isObj(r.properties) ? r.properties['security-severity'] : undefined) ??
        (rule && isObj(rule.properties) ? rule.properties['security-severity'] : undefined);
    const sec = typeof secRaw === 'number' ? secRaw : typeof secRaw === 'string' && secRaw.trim() ? Number(secRaw) : NaN;
    const severity = Number.isFinite(sec)
        ? severityOfScore(sec)
        : level === 'error'
            ? 'high'
            : level === 'note'
                ? 'low'
                : 'medium';
    const message = isObj(r.message) ? (str(r.message.text) ?? str(r.message.markdown)) : undefined;
    const loc = Array.isArray(r.locations) && isObj(r.locations[0]) ? r.locations[0] : undefined;
    const phys = loc && isObj(loc.physicalLocation) ? loc.physicalLocation : undefined;
    const uri = phys && isObj(phys.artifactLocation) ? str(phys.artifactLocation.uri) : undefined;
    const line = phys && isObj(phys.region) && typeof phys.region.startLine === 'number' ? phys.region.startLine : undefined;
    const where = uri ? ` at ${clip(`${uri}${line !== undefined ? `:${line}` : ''}`, 80)}` : '';
    const what = [toolName && ruleId ? `${toolName} ${ruleId}` : (ruleId ?? toolName ?? 'result'), message]
        .filter(Boolean)
        .join(': ');
    return { severity, text: `${clip(what, 120)}${where}` };
}

;// CONCATENATED MODULE: ./packages/core/src/artifacts/security-report.ts




/** True for the report files read from an artifact: `*.sarif`, `*.sarif.json`, `*audit*.json`. */
function isReportFile(path) {
    const base = (path.split('/').pop() ?? '').toLowerCase();
    return base.endsWith('.sarif') || base.endsWith('.sarif.json') || (base.endsWith('.json') && base.includes('audit'));
}
/** The report in `file`, or why it is not one. */
function parseSecurityReport(file) {
    let doc;
    try {
        doc = JSON.parse(file.text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        return `${file.name} is not valid JSON (${clip(e.message, 80)})`;
    }
    if (!isObj(doc))
        return `${file.name} is JSON but not an object`;
    const sarif = sarifItems(doc);
    if (sarif)
        return { tool: 'sarif', label: 'SARIF', items: sarif };
    const cargo = cargoAuditItems(doc);
    if (cargo)
        return { tool: 'cargo-audit', label: 'cargo audit', items: cargo };
    const npm = npmAuditItems(doc);
    if (npm)
        return { tool: 'npm-audit', label: 'npm audit', ...npm };
    if (isObj(doc.advisories))
        return `${file.name} is an npm 6 audit report; only npm 7+ (\`auditReportVersion: 2\`) is read`;
    return `${file.name} is neither SARIF 2.1.0 nor npm or cargo audit JSON`;
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/core/src/artifacts/zip-reader.ts
/**
 * A bounded reader for the ZIP archives GitHub serves artifacts as. Any engine that reads files
 * out of an artifact (security reports, coverage reports) goes through it, so every one of them
 * gets the same limits: entries listed, bytes taken (declared and actual, whatever the headers
 * claim), CRC-32, and names that must stay inside the archive. It never throws for a bad
 * archive: what could not be read comes back as notes.
 */


const MAX_ZIP_ENTRIES = 200;
const MAX_ZIP_TOTAL_BYTES = 50 * 1024 * 1024;
/** True for names that would leave the folder the archive is unpacked in (zip-slip) or are no paths. */
function leavesArchive(name) {
    return name.includes('\0') || name.startsWith('/') || /^[a-z]:/i.test(name) || name.split(/[\\/]/).includes('..');
}
function openZip(zip) {
    return new Promise((resolve, reject) => 
    // Names are decoded and checked here (not by yauzl) so one bad name skips one entry
    // instead of failing the whole archive.
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true, decodeStrings: false }, (err, zf) => err || !zf ? reject(err ?? new Error('no zip')) : resolve(zf)));
}
function listEntries(zf) {
    const entries = [];
    return new Promise((resolve, reject) => {
        zf.on('entry', (e) => {
            entries.push(e);
            zf.readEntry();
        });
        zf.on('end', () => resolve(entries));
        zf.on('error', reject);
        zf.readEntry();
    });
}
function openStream(zf, e) {
    return new Promise((resolve, reject) => zf.openReadStream(e, (err, stream) => (err || !stream ? reject(err ?? new Error('no stream')) : resolve(stream))));
}
const nameOf = (e) => e.fileName.toString();
/** The entry's bytes within `budget.remaining`, checked against its CRC-32 once read whole. */
async function* entryData(zf, e, budget) {
    const stream = await openStream(zf, e);
    const limit = budget.remaining;
    let crc = 0;
    try {
        for await (const chunk of stream) {
            // A zip bomb stops here, whatever its entry declared.
            if (chunk.length > budget.remaining)
                throw new Error(`more than the ${limit} bytes left to read`);
            budget.remaining -= chunk.length;
            crc = (0,external_node_zlib_.crc32)(chunk, crc);
            yield chunk;
        }
        // yauzl leaves the CRC to its caller; a flipped byte must not pass as a report.
        if (crc >>> 0 !== e.crc32 >>> 0)
            throw new Error(`${nameOf(e)} fails its CRC-32 check`);
    }
    finally {
        stream.destroy();
    }
}
/**
 * Reads the entries of `zip` whose names `select` accepts, each through `consume`, in archive
 * order. Bounded: more than `maxEntries` entries, or selected files declaring more than
 * `maxTotalBytes` uncompressed, and nothing is read. Entries that are encrypted, use another
 * method than stored/deflate, or have a name that leaves the archive are skipped with a note,
 * as is an entry that fails while read (the others are still read).
 */
async function readZip(zip, select, consume, limits = {}) {
    const maxEntries = limits.maxEntries ?? MAX_ZIP_ENTRIES;
    const maxTotal = limits.maxTotalBytes ?? MAX_ZIP_TOTAL_BYTES;
    const notes = [];
    const out = [];
    let zf;
    try {
        zf = await openZip(zip);
        if (zf.entryCount > maxEntries)
            return { value: [], notes: [`the zip lists ${zf.entryCount} entries, more than the ${maxEntries} read`] };
        const wanted = [];
        for (const e of await listEntries(zf)) {
            const name = nameOf(e);
            if (name.endsWith('/') || !select(name))
                continue;
            if (leavesArchive(name))
                notes.push(`skipped ${JSON.stringify(name)}: the name leaves the archive`);
            else if (e.isEncrypted())
                notes.push(`skipped ${name}: encrypted`);
            else if (e.compressionMethod !== 0 && e.compressionMethod !== 8)
                notes.push(`skipped ${name}: compression method ${e.compressionMethod}`);
            else
                wanted.push(e);
        }
        const declared = wanted.reduce((sum, e) => sum + e.uncompressedSize, 0);
        if (declared > maxTotal) {
            return {
                value: [],
                notes: [...notes, `the report files hold ${declared} bytes uncompressed, more than the ${maxTotal} read`]
            };
        }
        const budget = { remaining: maxTotal };
        for (const e of wanted) {
            const name = nameOf(e);
            try {
                out.push({ name, value: await consume({ name, declaredBytes: e.uncompressedSize }, entryData(zf, e, budget)) });
            }
            catch (err) {
                notes.push(`skipped ${name}: ${err.message}`);
            }
        }
    }
    catch (err) {
        return { value: [], notes: [...notes, `not a readable zip: ${err.message}`] };
    }
    finally {
        zf?.close();
    }
    return { value: out, notes };
}
/** {@link readZip} taking each selected file whole, as UTF-8 text. */
async function readZipText(zip, select, limits = {}) {
    const r = await readZip(zip, select, async (_entry, data) => {
        const chunks = [];
        for await (const c of data)
            chunks.push(c);
        return Buffer.concat(chunks).toString('utf8');
    }, limits);
    return { value: r.value.map(({ name, value }) => ({ name, text: value })), notes: r.notes };
}

// EXTERNAL MODULE: ./packages/core/src/diagnosis/finding.ts
var finding = __webpack_require__(9942);
;// CONCATENATED MODULE: ./packages/core/src/monitor/security-artifacts.ts
/**
 * PAT-003 from the reports a run uploaded as artifacts: SARIF 2.1.0, `npm audit --json`
 * (report version 2, npm 7+) and `cargo audit --json`. The archive is read by the bounded zip
 * reader and each format by its own parser (`artifacts/`); this module turns each report into
 * the one finding the monitor ranks and alerts on.
 */








/** Artifact name patterns looked at by default. */
const DEFAULT_SECURITY_ARTIFACTS = ['*sarif*', '*audit*'];
/** Ranking: above echo-level log evidence (≤ 45), below a compiler's own error line (~80). */
const ARTIFACT_BASE_SCORE = 60;
const ARTIFACT_MAX_SCORE = 79;
/**
 * The report files (`isReportFile`) of a ZIP archive, as UTF-8 text, read within the zip
 * reader's limits. Never rejects for a bad archive.
 */
function readZipReports(zip, limits = {}) {
    return readZipText(zip, isReportFile, limits);
}
/** Ranking score of an artifact finding: 60 + 10 per critical, at most 79. */
function artifactScore(criticals) {
    return Math.min(ARTIFACT_MAX_SCORE, ARTIFACT_BASE_SCORE + 10 * criticals);
}
/**
 * One PAT-003 finding per report file with at least one result, in file order. Files that
 * are not JSON or of no known shape are left out with a note; this never throws.
 */
function securityFindings(artifact, files, opts = {}) {
    const findings = [];
    const notes = [];
    const floor = opts.catalogueSeverity ?? 'critical';
    for (const file of files) {
        const report = parseSecurityReport(file);
        if (typeof report === 'string') {
            notes.push(report);
            continue;
        }
        if (report.items.length === 0)
            continue;
        const counted = {};
        for (const it of report.items)
            counted[it.severity] = (counted[it.severity] ?? 0) + 1;
        const counts = report.counts && Object.keys(report.counts).length ? report.counts : counted;
        const worst = report.items.reduce((m, it) => ((0,src_severity/* severityRank */.qs)(it.severity) > (0,src_severity/* severityRank */.qs)(m) ? it.severity : m), 'low');
        const severity = (0,src_severity/* severityRank */.qs)(worst) >= (0,src_severity/* severityRank */.qs)('high') && (0,src_severity/* severityRank */.qs)(floor) > (0,src_severity/* severityRank */.qs)(worst) ? floor : worst;
        const summary = ['critical', 'high', 'medium', 'low']
            .filter((s) => (counts[s] ?? 0) > 0)
            .map((s) => `${counts[s]} ${s}`)
            .join(', ');
        const top = [...report.items].sort((a, b) => (0,src_severity/* severityRank */.qs)(b.severity) - (0,src_severity/* severityRank */.qs)(a.severity)).slice(0, 3);
        findings.push({
            pattern: 'PAT-003',
            name: opts.name ?? 'Security vulnerability',
            severity,
            confidence: 'high',
            line: 1,
            lines: [1],
            excerpt: (0,finding/* formatExcerpt */.z_)([
                `${clip(file.name, 100)} — ${report.label}: ${summary}`,
                ...top.map((t) => `${t.severity}: ${t.text}`)
            ]),
            rule: `PAT-003/${report.tool}`,
            score: artifactScore(counts.critical ?? 0),
            job: `artifact ${artifact}`
        });
    }
    return { value: findings, notes };
}

;// CONCATENATED MODULE: ./packages/core/src/monitor/index.ts


;// CONCATENATED MODULE: ./packages/core/src/artifacts/artifact-names.ts
/** Artifact names as users write them in inputs: glob-ish patterns over whole names. */
/** Glob-ish, case-insensitive, whole-name match: `*` any run of characters, `?` one. */
function matchesName(name, pattern) {
    const source = pattern
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
        .join('');
    return new RegExp(`^${source}$`, 'is').test(name);
}
/** True when `name` matches one of `patterns`. */
function matchesAny(name, patterns) {
    return patterns.some((p) => matchesName(name, p));
}

;// CONCATENATED MODULE: ./packages/core/src/monitor/analyze-run.ts
/**
 * From one workflow run to located causes: reads the run's jobs, streams the logs of the
 * failed jobs only through the classifier, and attributes each finding to its job and step.
 * A log that cannot be read whole still yields what was read, plus a note saying so.
 */







/** At most this many matching artifacts are downloaded per run. */
const MAX_SECURITY_ARTIFACTS = 3;
/** Larger artifacts are not downloaded (20 MB). */
const MAX_SECURITY_ARTIFACT_BYTES = 20 * 1024 * 1024;
/** A pattern of the catalogue in use (the built-in one when none is given). */
function patternOf(catalogue, id) {
    return catalogue ? catalogue.patterns.get(id) : default_patterns/* DEFAULT_PATTERNS */.s.find((p) => p.id === id);
}
/** Pattern id → name, from the catalogue in use: alerts name patterns as the user does. */
function patternNamesOf(catalogue) {
    const specs = catalogue ? [...catalogue.patterns.values()] : default_patterns/* DEFAULT_PATTERNS */.s;
    return Object.fromEntries(specs.map((p) => [p.id, p.name]));
}
function minutes(job) {
    if (!job.startedAt || !job.completedAt)
        return undefined;
    const ms = Date.parse(job.completedAt) - Date.parse(job.startedAt);
    return Number.isFinite(ms) ? ms / 60_000 : undefined;
}
/** The verdict on `job`, for a workflow whose jobs time out after `timeoutMinutes`. */
function judgeJob(job, timeoutMinutes) {
    const m = minutes(job);
    // GitHub reports a job killed at `timeout-minutes` as cancelled; a minute of slack covers
    // the time the runner takes to stop it.
    const out = job.conclusion === 'timed_out' || (job.conclusion === 'cancelled' && m !== undefined && m >= timeoutMinutes - 1);
    const failedStep = job.steps.find((s) => s.conclusion === 'failure')?.name;
    return {
        job,
        failed: FAILED_JOB_CONCLUSIONS.has(job.conclusion ?? '') || out,
        timedOut: out,
        ...(failedStep !== undefined ? { failedStep } : {}),
        ...(m !== undefined ? { minutes: m } : {})
    };
}
/** True when the job ended because it ran into its time limit, judged from its timing. */
function timedOut(job, timeoutMinutes) {
    return judgeJob(job, timeoutMinutes).timedOut;
}
/** The step a finding belongs to: by the log line's time, else by the group title, else the failed step. */
function stepOf(finding, job, failedStep = job.steps.find((s) => s.conclusion === 'failure')?.name) {
    if (finding.timestamp) {
        const t = Date.parse(finding.timestamp);
        // The API gives step times in whole seconds; a line logged within a step's second counts.
        const hit = job.steps.find((s) => {
            if (!s.startedAt || !s.completedAt)
                return false;
            const a = Date.parse(s.startedAt);
            const b = Date.parse(s.completedAt) + 999;
            return t >= a && t <= b;
        });
        if (hit)
            return hit.name;
    }
    if (finding.section) {
        const byName = job.steps.find((s) => s.name === finding.section);
        if (byName)
            return byName.name;
    }
    return failedStep ?? finding.section;
}
async function analyzeJob(reader, verdict, opts) {
    const { job, failedStep } = verdict;
    let logError;
    const classifier = new log_classifier/* LogClassifier */.iy(opts.catalogue ? { catalogue: opts.catalogue } : {});
    try {
        for await (const chunk of reader.downloadJobLog(job.id))
            classifier.push(chunk);
    }
    catch (e) {
        logError = (0,errors/* describeError */.Uc)(e);
    }
    // A log cut off early lacks the failure marker at its end; the API already said the job
    // failed, so what was read still counts.
    const result = classifier.end({ knownFailed: logError !== undefined });
    const findings = result.findings.map((f) => {
        const step = stepOf(f, job, failedStep);
        return {
            ...f,
            job: job.name,
            jobId: job.id,
            ...(step ? { step } : {}),
            ...(job.htmlUrl ? { jobUrl: job.htmlUrl } : {})
        };
    });
    const limit = opts.timeoutMinutes ?? 360;
    if (verdict.timedOut && !findings.some((f) => f.pattern === 'PAT-005')) {
        const m = verdict.minutes;
        const spec = patternOf(opts.catalogue, 'PAT-005');
        findings.push({
            pattern: 'PAT-005',
            name: spec?.name ?? 'Timeout',
            severity: spec?.severity ?? 'medium',
            confidence: 'high',
            line: Math.max(1, result.lines),
            lines: [Math.max(1, result.lines)],
            excerpt: `job "${job.name}" ran ${m !== undefined ? Math.round(m) : '?'} min and was stopped at its time limit (${limit} min)`,
            rule: 'PAT-005/job-timing',
            // Above any log evidence: the timing is certain, the log may only show the echo.
            score: 1_000,
            job: job.name,
            jobId: job.id,
            ...(failedStep ? { step: failedStep } : {})
        });
    }
    findings.sort(finding/* compareFindings */.Eg);
    return {
        id: job.id,
        name: job.name,
        conclusion: job.conclusion,
        ...(failedStep ? { failedStep } : {}),
        findings,
        logBytes: result.bytes,
        ...(logError ? { logError } : {})
    };
}
/**
 * PAT-003 findings from the security reports (SARIF, npm / cargo audit JSON) in the run's
 * artifacts whose names match `patterns`. Costs the artifact list plus one download (and its
 * signed-URL redirect) per matching artifact, at most MAX_SECURITY_ARTIFACTS of them.
 */
async function analyzeArtifacts(reader, runId, patterns, opts, out) {
    const spec = patternOf(opts.catalogue, 'PAT-003');
    if (!spec?.enabled)
        return;
    let artifacts;
    try {
        artifacts = await reader.listRunArtifacts(runId);
    }
    catch (e) {
        out.unreadable.push(`artifacts of run ${runId}: ${(0,errors/* describeError */.Uc)(e)}`);
        return;
    }
    const matching = artifacts.filter((a) => !a.expired && matchesAny(a.name, patterns));
    for (const a of matching.slice(0, MAX_SECURITY_ARTIFACTS)) {
        const what = `artifact "${a.name}" (${a.id})`;
        if (a.sizeInBytes > MAX_SECURITY_ARTIFACT_BYTES) {
            out.unreadable.push(`${what}: ${(a.sizeInBytes / 1024 / 1024).toFixed(1)} MB is more than the ${MAX_SECURITY_ARTIFACT_BYTES / 1024 / 1024} MB read`);
            continue;
        }
        let zip;
        try {
            zip = await reader.downloadArtifactZip(a.id, { maxBytes: MAX_SECURITY_ARTIFACT_BYTES });
        }
        catch (e) {
            out.unreadable.push(`${what}: ${(0,errors/* describeError */.Uc)(e)}`);
            continue;
        }
        const files = await readZipReports(zip);
        const found = securityFindings(a.name, files.value, { catalogueSeverity: spec.severity, name: spec.name });
        for (const note of [...files.notes, ...found.notes])
            out.unreadable.push(`${what}: ${note}`);
        out.findings.push(...found.value.map((f) => ({ ...f, jobId: 0 })));
    }
    if (matching.length > MAX_SECURITY_ARTIFACTS)
        out.unreadable.push(`artifacts of run ${runId}: ${matching.length} match the security-artifact names, only the first ${MAX_SECURITY_ARTIFACTS} were read`);
}
// Steps that upload artifacts or run a scanner; a run without one has no report to read, so
// its artifact list is not asked for (a failed run then costs 2 + failed jobs requests).
const REPORT_STEP = /upload[-_ ]?artifact|upload[-_ ]?sarif|\bsarif\b|\baudit\b|codeql|scan|trivy|snyk|semgrep|grype|osv|security/i;
/** True when a job of the run (by its name or a step's) may have left a security report behind. */
function uploadsReports(jobs) {
    return jobs.some((j) => REPORT_STEP.test(j.name) || j.steps.some((s) => REPORT_STEP.test(s.name)));
}
/**
 * Analyses one completed run. A run that did not fail costs one request (the run itself,
 * when only an id is given); a failed run costs the job list plus one log per failed job,
 * and — only when one of its steps uploads or scans (`uploadsReports`) and `securityArtifacts`
 * is not empty — the artifact list plus one download per matching artifact.
 */
async function analyzeRun(reader, run, opts = {}) {
    const info = typeof run === 'number' ? await reader.getRun(run) : run;
    const workflow = info.name || info.path || `workflow ${info.workflowId}`;
    const out = { run: info, workflow, jobs: [], findings: [], unreadable: [] };
    if (!isFailedRun(info.conclusion) && info.conclusion !== 'cancelled')
        return out;
    let jobs;
    try {
        jobs = await reader.listJobs(info.id);
    }
    catch (e) {
        out.unreadable.push(`jobs of run ${info.id}: ${(0,errors/* describeError */.Uc)(e)}`);
        return out;
    }
    const limit = opts.timeoutMinutes ?? 360;
    // A run cancelled by a person is not a failure; one whose jobs hit their time limit is.
    const failing = jobs.map((j) => judgeJob(j, limit)).filter((v) => v.failed);
    for (const verdict of failing) {
        const job = verdict.job;
        const a = await analyzeJob(reader, verdict, opts);
        if (a.logError)
            out.unreadable.push(`log of job "${job.name}" (${job.id}): ${a.logError}`);
        out.jobs.push(a);
        out.findings.push(...a.findings);
    }
    const patterns = opts.securityArtifacts ?? DEFAULT_SECURITY_ARTIFACTS;
    if (patterns.length > 0 && (isFailedRun(info.conclusion) || failing.length > 0) && uploadsReports(jobs))
        await analyzeArtifacts(reader, info.id, patterns, opts, out);
    out.findings.sort(finding/* compareFindings */.Eg);
    return out;
}

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
    return { from: current, to, path: pathTo(current, to), reason };
}

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
    const wf = c.repository ? `${c.workflow} in ${c.repository}` : c.workflow;
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

;// CONCATENATED MODULE: ./packages/core/src/security/redact.ts
/**
 * Redaction of secrets from any text that leaves the process (alerts, errors, logs).
 *
 * Every pattern is linear-time on V8's backtracking engine: either its quantifiers are
 * bounded, or a look-behind forbids starting a match inside a run the previous attempt
 * already scanned, so a hostile log line costs O(length) and never O(length²).
 */
const REDACTED = '***';
// Characters a token is made of; a match may only start where the previous char is not one.
const B64URL = 'A-Za-z0-9_\\-';
const KEYWORDS = '(?:password|passwd|secret|token|api[_-]?key|access[_-]?key)';
const RULES = [
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
    { name: 'key-value', re: new RegExp(`(${KEYWORDS}[A-Za-z0-9_-]{0,30}=)[^\\s&#"'<>;,]+`, 'gi'), to: `$1${REDACTED}` },
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
/** The known secrets in the order they should be replaced (longest first, so a secret containing another goes whole). */
function secretList(knownSecrets) {
    const all = new Set();
    for (const s of knownSecrets)
        if (typeof s === 'string' && usable(s))
            for (const v of variants(s))
                all.add(v);
    return [...all].sort((a, b) => b.length - a.length);
}
/**
 * Returns `text` with known secrets and common token shapes (GitHub, Slack, AWS, npm,
 * JWT, bearer/Authorization values, PEM private keys, URL passwords, `token=`-style
 * values) replaced by `***`.
 */
function redact_redact(text, knownSecrets = []) {
    return redactWith(text, secretList(knownSecrets));
}
function redactWith(text, secrets) {
    let out = removeKnown(text, secrets);
    for (const rule of RULES)
        out = out.replace(rule.re, rule.to);
    // Shapes are replaced after known secrets; a last pass makes sure no known secret survives.
    return removeKnown(out, secrets);
}
/** `redact` applied to every string inside a JSON-like value (objects, arrays). */
function redactDeep(value, knownSecrets = []) {
    const secrets = secretList(knownSecrets);
    const walk = (v) => {
        if (typeof v === 'string')
            return redactWith(v, secrets);
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
    return redact_redact(`${msg}${cause}`, knownSecrets);
}

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
        const wanted = alert.kind === 'token-expiry' ? undefined : new Set(channelsFor(matrix, alert.severity));
        const targets = channels.filter((c) => !wanted || wanted.has(c.name));
        const settled = await Promise.all(targets.map(async (c) => {
            const t0 = performance.now();
            try {
                await c.send(alert);
                return { channel: c.name, alert, ok: true, ms: performance.now() - t0 };
            }
            catch (e) {
                return { channel: c.name, alert, ok: false, error: redactError(e, secrets), ms: performance.now() - t0 };
            }
        }));
        results.push(...settled);
    }
    return results;
}

;// CONCATENATED MODULE: ./packages/core/src/alerts/incidents.ts




/** Pattern used when a run failed but no finding explains it. */
const UNCLASSIFIED_PATTERN = 'UNCLASSIFIED';
/** Key of an incident in `MonitoringState.incidents`. */
function incidentKey(workflow, pattern) {
    return `${workflow}::${pattern}`;
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
    const { previous, workflow, runId, now, matrix } = input;
    const repository = input.repository ?? '';
    const mine = Object.entries(previous).filter(([, i]) => i.workflow === workflow);
    const unchanged = { incidents: { ...previous }, alerts: [] };
    const attempt = input.runAttempt ?? 1;
    const counted = (i) => i.last_run_id > runId || (i.last_run_id === runId && (i.last_run_attempt ?? 1) >= attempt);
    if (mine.some(([, i]) => counted(i)))
        return unchanged;
    const nowIso = now.toISOString();
    const common = { repository, workflow, runId, ...(input.runUrl ? { runUrl: input.runUrl } : {}) };
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
    if (!isFailedRun(input.conclusion))
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
        const key = incidentKey(workflow, pattern);
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
/** True when `run` belongs to one of the watched workflows. */
function watches(config, run) {
    const names = [run.name ?? '', run.path, run.path.split('/').pop() ?? ''].filter(Boolean);
    if (config.selfWorkflow && names.includes(config.selfWorkflow))
        return false;
    return config.workflows.length === 0 || config.workflows.some((w) => names.includes(w));
}
async function pickRuns(trigger, state, config, reader) {
    if (trigger.kind === 'run')
        return [await reader.getRun(trigger.runId)];
    const first = state.last_run_id === undefined;
    // A capsule that has never seen a run starts from the newest one instead of alerting
    // about a backlog of old failures.
    const sinceRunId = trigger.kind === 'since-last' ? state.last_run_id : undefined;
    const limit = trigger.kind === 'latest' || first ? 1 : config.maxRuns;
    const lists = config.workflows.length === 0
        ? [await reader.listCompletedRuns({ sinceRunId, limit: trigger.kind === 'latest' || first ? 5 : config.maxRuns })]
        : await Promise.all(config.workflows.map((workflow) => reader.listCompletedRuns({ workflow, sinceRunId, limit })));
    const byId = new Map();
    for (const list of lists)
        for (const r of list)
            if (watches(config, r))
                byId.set(r.id, r);
    let runs = [...byId.values()].sort((a, b) => a.id - b.id);
    if (trigger.kind === 'latest' || first) {
        // The newest run of each workflow.
        const newest = new Map();
        for (const r of runs)
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
    let incidents = { ...(state.incidents ?? {}) };
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
    const runs = await pickRuns(trigger, state, config, deps.reader);
    const patternNames = patternNamesOf(config.catalogue);
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
        const counted = seenSet.has(key);
        if (counted && !(trigger.kind === 'run' && trigger.reread)) {
            out.skipped.push({ runId: run.id, reason: `attempt ${run.runAttempt} was analysed already` });
            continue;
        }
        const analysis = await analyzeRun(deps.reader, run, {
            ...(config.catalogue ? { catalogue: config.catalogue } : {}),
            ...(config.timeoutMinutes ? { timeoutMinutes: config.timeoutMinutes } : {}),
            ...(config.securityArtifacts ? { securityArtifacts: config.securityArtifacts } : {})
        });
        out.analyses.push(analysis);
        out.unreadable.push(...analysis.unreadable);
        const conclusion = conclusionOf(analysis);
        log(`run ${run.id} (${analysis.workflow}, attempt ${run.runAttempt}): ${conclusion ?? 'no conclusion'}` +
            (analysis.findings.length
                ? `, ${analysis.findings.length} finding(s), first ${analysis.findings[0].pattern}`
                : '') +
            (counted ? ' (analysed again on request; already counted)' : ''));
        if (counted)
            continue;
        const tracked = trackIncidents({
            previous: incidents,
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
        if (isFailedRun(conclusion)) {
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
    if (deps.issueNumbers)
        incidents = withIssueNumbers(incidents, deps.issueNumbers());
    const decision = decideStatus(state.current_status ?? 'operational', incidents, consecutive, config.policy ?? DEFAULT_STATUS_POLICY);
    const monitoring = {
        consecutive_failures: consecutive,
        pattern_counts: patternCounts,
        incidents,
        seen_jobs: seen.slice(-(config.seenLimit ?? 500)),
        notices
    };
    const steps = decision.path.slice(1);
    const updates = steps.map((status) => ({ status }));
    const final = {
        ...(updates.pop() ?? {}),
        monitoring,
        ...(lastRunId !== undefined ? { last_run_id: lastRunId } : {})
    };
    updates.push(final);
    const all = out.analyses.flatMap((a) => a.findings);
    const severity = all.reduce((m, f) => (m === undefined || (0,src_severity/* severityRank */.qs)(f.severity) > (0,src_severity/* severityRank */.qs)(m) ? f.severity : m), undefined);
    const patterns = [...new Set(all.map((f) => f.pattern))];
    const fixRequired = decision.to !== 'maintenance' &&
        out.analyses.some((a) => a.findings.some((f) => config.fixablePatterns.includes(f.pattern)));
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
        ? open_openCapsule(await readCapsuleFile(opts.capsulePath), {
            verifyKeys,
            ...(opts.encryptionKey ? { encryptionKey: opts.encryptionKey } : {}),
            requireSignature: opts.requireSignature
        })
        : null;
    const current = opened?.capsule ?? createCapsule({ ...opts.meta, now: opts.now() });
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
    const { capsule } = await updateCapsuleFile({
        path: opts.capsulePath,
        update: outcome.updates,
        meta: opts.meta,
        ...(opts.signingKey ? { signingKey: opts.signingKey } : {}),
        verifyKeys: opts.verifyKeys ?? [],
        ...(opts.encryptionKey ? { encryptionKey: opts.encryptionKey } : {}),
        requireSignature: opts.requireSignature,
        now: opts.now(),
        opened
    });
    const tokenNotice = outcome.alerts.find((a) => a.kind === 'token-expiry');
    return { outcome, capsule, previous: current, ...(tokenNotice ? { tokenNotice } : {}) };
}

;// CONCATENATED MODULE: ./packages/core/src/security/inert.ts
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
function inert_inertText(text) {
    return text.replace(LINE_COMMAND, `$1$2:${INERT_MARK}:`).replace(LEGACY_COMMAND, `#${INERT_MARK}#[`);
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
/**
 * Escapes Markdown and HTML meaning out of one line of plain text placed mid-line. With
 * brackets escaped no link or image can form, so parentheses and `!` stay as they are.
 */
function mdText(s) {
    return s
        .replace(/[\r\n]+/g, ' ')
        .replace(/[\\`*_[\]<>|~&]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}
/** Inline code span that survives backticks inside `s`. */
function mdCode(s) {
    const one = s.replace(/[\r\n]+/g, ' ');
    const longest = Math.max(0, ...(one.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    return longest ? `${fence} ${one} ${fence}` : `${fence}${one}${fence}`;
}
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
    const clean = (s) => inert_inertText(redact_redact(s, secrets));
    return {
        name: 'console',
        async send(raw) {
            // Redact fields before rendering too: escaping could split a secret the final pass then misses.
            const alert = redactDeep(raw, secrets);
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
function esc(s) {
    return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
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
    const transport = () => (transporter ??= __webpack_require__.e(/* import() */ 739).then(__webpack_require__.bind(__webpack_require__, 6739)).then((m) => m.default.createTransport(options)));
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
            const alert = redactDeep(raw, secrets);
            try {
                await (await transport()).sendMail({
                    from: config.from,
                    to: config.to,
                    subject: redact_redact(emailSubject(alert), secrets),
                    text: redact_redact(emailText(alert), secrets),
                    html: redact_redact(emailHtml(alert), secrets)
                });
            }
            catch (e) {
                throw new errors/* HeeError */.RA('alerts.email', `Email via ${config.host} failed: ${redactError(e, secrets)}`);
            }
        }
    };
}

;// CONCATENATED MODULE: ./packages/core/src/alerts/github-issue.ts
/**
 * The GitHub issue channel: one issue per failing workflow and pattern. `broke` opens it
 * (or reuses an open one), `still-failing` comments, `fixed` comments and closes it.
 */




const ISSUE_LABEL = 'hee-ci';
// GitHub rejects bodies over 65 536 characters.
const MAX_BODY = 60_000;
const MAX_PAGES = 10;
/** `[HEE CI] <workflow>: <pattern name>`. */
function issueTitle(alert) {
    const what = alert.kind === 'token-expiry' ? 'token expiry' : (alert.patternName ?? alert.pattern ?? 'failure');
    return `[HEE CI] ${alert.workflow}: ${what}`.replace(/[\r\n]+/g, ' ');
}
function keyOf(alert) {
    return incidentKey(alert.workflow, alert.kind === 'token-expiry' ? 'token-expiry' : (alert.pattern ?? 'failure'));
}
function isIssueList(v) {
    return Array.isArray(v) && v.every((i) => i && typeof i === 'object' && typeof i.number === 'number');
}
/** A GitHub issue channel for `owner/repo`. */
function githubIssueChannel(config) {
    const label = config.label ?? ISSUE_LABEL;
    const secrets = config.knownSecrets ?? [];
    const issues = new Map();
    const repo = { owner: config.owner, repo: config.repo };
    const body = (alert, footer) => {
        const text = redact_redact(`${alertMarkdown(alert)}\n${footer}\n`, secrets);
        return text.length > MAX_BODY ? `${text.slice(0, MAX_BODY)}\n\n…(truncated)\n` : text;
    };
    async function findOpen(title) {
        for (let page = 1; page <= MAX_PAGES; page++) {
            const { data } = await config.request('GET /repos/{owner}/{repo}/issues', {
                ...repo,
                state: 'open',
                labels: label,
                per_page: 100,
                page
            });
            if (!isIssueList(data))
                throw new Error('unexpected response listing issues');
            const hit = data.find((i) => !i.pull_request && i.title === title);
            if (hit)
                return hit.number;
            if (data.length < 100)
                return undefined;
        }
        return undefined;
    }
    async function create(alert, title) {
        const { data } = await config.request('POST /repos/{owner}/{repo}/issues', {
            ...repo,
            title,
            labels: [label],
            body: body(alert, '_Opened by HEE CI. It comments here while the failure persists and closes this issue when the workflow passes._')
        });
        const n = data?.number;
        if (typeof n !== 'number')
            throw new Error('unexpected response creating an issue');
        return n;
    }
    async function comment(issue, alert, footer = '') {
        await config.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...repo,
            issue_number: issue,
            body: body(alert, footer)
        });
    }
    function remember(key, n) {
        issues.set(key, n);
        config.onIssue?.(key, n, 'open');
    }
    async function deliver(alert) {
        const key = keyOf(alert);
        const title = redact_redact(issueTitle(alert), secrets);
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
                await config.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
                    ...repo,
                    issue_number: issue,
                    state: 'closed',
                    state_reason: 'completed'
                });
                issues.delete(key);
                config.onIssue?.(key, issue, 'closed');
                return;
            }
        }
    }
    return {
        name: 'github-issue',
        issues,
        async send(raw) {
            try {
                await deliver(redactDeep(raw, secrets));
            }
            catch (e) {
                throw new errors/* HeeError */.RA('alerts.github-issue', `GitHub issue for ${config.owner}/${config.repo} failed: ${redactError(e, secrets)}`);
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
/** Escapes the three characters Slack's mrkdwn treats as control characters. */
function slackEscape(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
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
    const slack = () => (client ??= __webpack_require__.e(/* import() */ 443).then(__webpack_require__.t.bind(__webpack_require__, 4443, 23)).then((m) => ({
        webhook: new m.IncomingWebhook(config.webhookUrl, { timeout: config.timeoutMs ?? 10_000 }),
        HttpError: m.IncomingWebhookHTTPError
    })));
    return {
        name: 'slack',
        async send(raw) {
            const message = redactDeep(slackMessage(redactDeep(raw, secrets)), secrets);
            const { webhook, HttpError } = await slack();
            try {
                await webhook.send(message);
            }
            catch (e) {
                const body = e instanceof HttpError && typeof e.body === 'string' && e.body ? ` (${cut(e.body.trim(), 200)})` : '';
                throw new errors/* HeeError */.RA('alerts.slack', redact_redact(`Slack webhook failed: ${redactError(e, secrets)}${body}`, secrets));
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
            const body = redact_redact(smsBody(redactDeep(raw, secrets)), secrets);
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
                    failures.push(redactError(e, secrets));
                }
            }
            if (failures.length)
                throw new errors/* HeeError */.RA('alerts.sms', redact_redact(`SMS via ${host} failed: ${failures.join('; ')}`, secrets));
        }
    };
}

;// CONCATENATED MODULE: ./packages/core/src/alerts/webhook.ts
/**
 * The generic webhook channel: the alert as JSON, signed like GitHub's webhooks so the
 * receiver can check it came from us (`X-Hee-Signature-256: sha256=<hex HMAC of the body>`).
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
            const body = JSON.stringify(redactDeep(raw, secrets));
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
                throw new errors/* HeeError */.RA('alerts.webhook', `Webhook delivery ${delivery} failed: ${redactError(e, secrets)}`);
            }
            if (!res.ok)
                throw new errors/* HeeError */.RA('alerts.webhook', redact_redact(`Webhook delivery ${delivery} failed: HTTP ${res.status}`, secrets));
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
        issues = githubIssueChannel({ ...s.githubIssues, knownSecrets: secrets });
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(5555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./packages/core/src/github/errors.ts
/**
 * Turns Octokit's `RequestError` into a `HeeError` a person can act on: which call failed,
 * the status, GitHub's own message and, where we can tell, what to change.
 */

/** True for errors thrown by `@octokit/request` (an HTTP status, or 500 for a network failure). */
function isRequestError(e) {
    return (e instanceof Error &&
        typeof e.status === 'number' &&
        typeof e.request === 'object');
}
/** True when a 403/429 is GitHub's primary or secondary rate limit rather than a permission problem. */
function isRateLimitError(e) {
    if (e.status !== 403 && e.status !== 429)
        return false;
    const h = e.response?.headers ?? {};
    return (e.status === 429 ||
        String(h['x-ratelimit-remaining']) === '0' ||
        h['retry-after'] !== undefined ||
        /rate limit/i.test(githubMessage(e)));
}
/** GitHub's `message` from the error body, else the error's own message. */
function githubMessage(e) {
    const data = e.response?.data;
    if (data && typeof data === 'object' && typeof data.message === 'string') {
        return data.message;
    }
    if (typeof data === 'string' && data.trim() !== '' && data.length < 300)
        return data.trim();
    return e.message;
}
/** Which permission a 403 on this endpoint most likely lacks. */
function permissionHint(e) {
    const accepted = e.response?.headers?.['x-accepted-github-permissions'];
    if (accepted !== undefined && String(accepted).trim() !== '') {
        const perms = String(accepted)
            .split(/[;,]\s*/)
            .filter(Boolean)
            .map((p) => p.replace('=', ': '))
            .join(', ');
        return `the token needs \`${perms}\`: add it under \`permissions:\` in the workflow`;
    }
    const method = (e.request?.method ?? 'GET').toUpperCase();
    const url = e.request?.url ?? '';
    let perm = 'actions: read';
    if (/\/issues/.test(url))
        perm = method === 'GET' ? 'issues: read' : 'issues: write';
    else if (/\/pulls/.test(url))
        perm = method === 'GET' ? 'pull-requests: read' : 'pull-requests: write';
    else if (/\/actions\//.test(url) && method !== 'GET')
        perm = 'actions: write';
    else if (/\/contents|\/git\//.test(url))
        perm = method === 'GET' ? 'contents: read' : 'contents: write';
    return `the token probably lacks \`${perm}\`: add it under \`permissions:\` in the workflow`;
}
function endpointOf(e) {
    const method = (e.request?.method ?? '').toUpperCase();
    let path = e.request?.url ?? '';
    try {
        const u = new URL(path);
        path = u.pathname + u.search;
    }
    catch {
        // already a path
    }
    return method && path ? ` (${method} ${path})` : '';
}
/**
 * Maps an error thrown while making the GitHub call `call` (e.g. `get run 42`) to a HeeError.
 * HeeErrors pass through; errors that are neither are returned unchanged (they are bugs).
 * `redact` scrubs secrets from every message it builds.
 */
function toGitHubError(error, call, redact = (s) => s) {
    if (error instanceof errors/* HeeError */.RA)
        return error;
    if (!isRequestError(error))
        return error;
    const where = `${call}${endpointOf(error)}`;
    const message = githubMessage(error);
    // The cause keeps status and stack but passes through `redact`: GitHub may echo what it was sent.
    const cause = Object.assign(new Error(redact(error.message)), {
        name: error.name,
        status: error.status,
        stack: redact(error.stack ?? '')
    });
    const make = (code, text, hint) => new errors/* HeeError */.RA(code, redact(text), { hint: hint && redact(hint), cause });
    const status = error.status;
    if (status === 401) {
        return make('github.auth', `${where}: the token was rejected (401): check the \`github-token\` input`, `GitHub said: ${message}`);
    }
    if (isRateLimitError(error)) {
        const h = error.response?.headers ?? {};
        const reset = Number(h['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
        const kind = /secondary/i.test(message) ? 'secondary rate limit' : 'rate limit';
        return make('github.rate-limited', `${where}: GitHub's ${kind} was exceeded (${status}) and the retries ran out${when}: ${message}`, 'poll less often, or use a token with a higher limit');
    }
    if (status === 403) {
        return make('github.forbidden', `${where}: GitHub refused the request (403): ${message}`, permissionHint(error));
    }
    if (status === 404) {
        return make('github.not-found', `${where}: not found (404): ${message}`, 'check the repository name and the id; a private repository also answers 404 when the token cannot see it');
    }
    if (status === 500 && !error.response) {
        return make('github.network', `${where}: could not reach GitHub: ${message}`, 'the request was retried; check the network or the API URL');
    }
    return make('github.api', `${where} failed with ${status}: ${message}`);
}

;// CONCATENATED MODULE: ./packages/core/src/github/octokit.ts
/**
 * The one place an Octokit is built: `@actions/github`'s client plus retries (5xx, resets),
 * throttling (primary and secondary rate limits), conditional requests (ETag → 304, which
 * cost no rate limit), request statistics and token-expiry reporting. Nothing it logs or
 * throws contains the token.
 */






const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Parses `2024-06-01 12:00:00 UTC` (or with a `-0700` offset) into a Date. */
function parseTokenExpiration(value) {
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(UTC|Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
    if (!m)
        return undefined;
    const zone = !m[3] || m[3] === 'UTC' || m[3] === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const d = new Date(`${m[1]}T${m[2]}${zone}`);
    return Number.isNaN(d.getTime()) ? undefined : d;
}
/**
 * Builds the GitHub client every engine uses. See `GitHubClientOptions` for the knobs; the
 * defaults suit an action run.
 */
function createGitHubClient(options) {
    const { token } = options;
    if (!token)
        throw new errors/* HeeError */.RA('github.auth', 'no GitHub token was given: set the `github-token` input');
    const retries = options.retries ?? 3;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWaitSeconds = options.maxWaitSeconds ?? 120;
    const sleep = options.sleep ?? defaultSleep;
    const cacheSize = options.etagCacheSize ?? 500;
    const redact = (text) => (token.length >= 4 ? text.split(token).join('***') : text);
    const sink = (fn, fallback) => (message, ...rest) => (fn ?? fallback)(redact([message, ...rest].map((p) => (p instanceof Error ? p.message : String(p))).join(' ')));
    const stderr = (m) => void process.stderr.write(`${m}\n`);
    const noop = () => { };
    const log = {
        debug: sink(options.log?.debug, noop),
        info: sink(options.log?.info, noop),
        warn: sink(options.log?.warn, stderr),
        error: sink(options.log?.error, stderr)
    };
    const stats = { requests: 0, notModified: 0, rateLimitUsed: 0 };
    const cache = new Map();
    const lastUsed = new Map();
    // retry-after of the last rate-limited attempt, keyed by the request's options object
    // (shared by every hook layer), so the throttling handler can honour it over x-ratelimit-reset.
    const retryAfterOf = new WeakMap();
    let expiryReported = false;
    const observe = (headers, status) => {
        const used = Number(headers['x-ratelimit-used']);
        if (Number.isFinite(used)) {
            const resource = String(headers['x-ratelimit-resource'] ?? 'core');
            const reset = String(headers['x-ratelimit-reset'] ?? '');
            const prev = lastUsed.get(resource);
            if (prev && prev.reset === reset)
                stats.rateLimitUsed += Math.max(0, used - prev.used);
            else if (status !== 304)
                stats.rateLimitUsed += 1;
            lastUsed.set(resource, { used, reset });
        }
        const remaining = Number(headers['x-ratelimit-remaining']);
        if (headers['x-ratelimit-remaining'] !== undefined && Number.isFinite(remaining))
            stats.rateLimitRemaining = remaining;
        const expiry = headers['github-authentication-token-expiration'];
        if (!expiryReported && expiry !== undefined) {
            const date = parseTokenExpiration(String(expiry));
            if (date) {
                expiryReported = true;
                options.onTokenExpiration?.(date);
            }
        }
    };
    const remember = (key, value) => {
        cache.delete(key);
        cache.set(key, value);
        if (cache.size > cacheSize)
            cache.delete(cache.keys().next().value);
    };
    // Innermost layer (registered before retry and throttling): sees every attempt.
    const conditionalRequests = (octokit) => {
        const o = octokit;
        o.hook.wrap('request', async (request, opts) => {
            const { method, url } = o.request.endpoint.parse(opts);
            const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
            const call = `${method} ${path}`;
            const streamed = opts.request?.parseSuccessResponseBody === false;
            const key = `${method} ${url}`;
            const cached = method === 'GET' && !streamed ? cache.get(key) : undefined;
            const ownHeader = Object.keys(opts.headers).some((h) => h.toLowerCase() === 'if-none-match');
            if (cached && (!ownHeader || opts.headers['if-none-match'] === cached.etag))
                opts.headers['if-none-match'] = cached.etag;
            stats.requests++;
            try {
                const response = await request(opts);
                observe(response.headers, response.status);
                log.debug(`${call} → ${response.status}`);
                const type = String(response.headers['content-type'] ?? '');
                if (!streamed && /json/i.test(type) && typeof response.data === 'string') {
                    const excerpt = response.data.slice(0, 40).replace(/\s+/g, ' ');
                    throw new errors/* HeeError */.RA('github.malformed-response', redact(`${call} answered ${response.status} with a body that is not valid JSON (${response.data.length} bytes${excerpt ? `, starting "${excerpt}"` : ''})`), { hint: 'the response was cut or corrupted on the way; the next poll reads it again' });
                }
                const etag = response.headers.etag;
                // A copy: callers (paginate, for one) mutate the response they get.
                if (method === 'GET' && !streamed && typeof etag === 'string' && response.status === 200)
                    remember(key, { etag, response: structuredClone(response) });
                return response;
            }
            catch (e) {
                if (!isRequestError(e))
                    throw e;
                const headers = (e.response?.headers ?? {});
                observe(headers, e.status);
                if (e.status === 304 && cached) {
                    stats.notModified++;
                    log.debug(`${call} → 304 (not modified)`);
                    const copy = structuredClone(cached.response);
                    return { ...copy, headers: { ...copy.headers, ...stringHeaders(headers), etag: cached.etag } };
                }
                log.debug(`${call} → ${e.status}: ${e.message}`);
                const retryAfter = Number(headers['retry-after']);
                if ((e.status === 403 || e.status === 429) && Number.isFinite(retryAfter))
                    retryAfterOf.set(opts, retryAfter);
                throw e;
            }
        });
        return {};
    };
    const onLimit = (kind) => async (computed, opts, _octokit, retryCount) => {
        const wait = retryAfterOf.get(opts) ?? computed;
        const call = `${String(opts.method)} ${String(opts.url)}`;
        if (retryCount >= rateLimitRetries) {
            log.warn(`${call} hit the ${kind} rate limit again; giving up after ${retryCount} retries`);
            return false;
        }
        if (wait > maxWaitSeconds) {
            log.warn(`${call} hit the ${kind} rate limit; the ${wait} s wait exceeds ${maxWaitSeconds} s, giving up`);
            return false;
        }
        log.warn(`${call} hit the ${kind} rate limit; waiting ${wait} s (retry ${retryCount + 1}/${rateLimitRetries})`);
        await sleep(wait * 1000);
        return true;
    };
    const octokit = (0,github/* getOctokit */.Q)(token, {
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'hee-ci',
        log,
        request: { ...(utils/* defaults */.NT.request ?? {}), log },
        retry: {
            retries,
            retryAfterBaseValue: options.retryBaseMs ?? 1000,
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
        },
        throttle: {
            // The handler itself sleeps (so it can honour retry-after and the cap); the plugin adds nothing.
            retryAfterBaseValue: 0,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary')
        }
    }, conditionalRequests, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    const signedFetch = (utils/* defaults */.NT.request?.fetch ??
        fetch);
    const retryBaseMs = options.retryBaseMs ?? 1000;
    const fetchSigned = async (url, call) => {
        const host = new URL(url).host;
        for (let attempt = 0;; attempt++) {
            let failure;
            try {
                const res = await signedFetch(url, { headers: { 'user-agent': options.userAgent ?? 'hee-ci' } });
                log.debug(`GET ${host} (signed URL for ${call}) → ${res.status}`);
                if (res.ok)
                    return res;
                const text = await res.text().catch(() => '');
                failure = `${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
                if (res.status < 500)
                    throw new errors/* HeeError */.RA('github.api', redact(`${call} (GET ${host}) failed with ${failure}`));
            }
            catch (e) {
                if (e instanceof errors/* HeeError */.RA)
                    throw e;
                const cause = e.cause?.message;
                failure = cause ?? e.message;
                if (attempt >= retries)
                    throw new errors/* HeeError */.RA('github.network', redact(`${call}: could not read ${host}: ${failure}`), { cause: e });
            }
            if (attempt >= retries)
                throw new errors/* HeeError */.RA('github.api', redact(`${call} (GET ${host}) failed with ${failure}`));
            log.debug(`${call}: retrying the signed URL after ${failure}`);
            await sleep(retryBaseMs * (attempt + 1) ** 2);
        }
    };
    return { octokit, stats, redact, log, fetchSigned };
}
function stringHeaders(h) {
    const out = {};
    for (const [k, v] of Object.entries(h))
        if (v !== undefined && k !== 'content-length')
            out[k] = String(v);
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/github/runs.ts
/**
 * Readers for workflow runs, their jobs and job logs, returning plain records the monitor
 * engine can use without knowing Octokit. Every failure is a HeeError naming the call.
 */


/** Largest artifact zip `downloadArtifactZip` reads by default (20 MB). */
const MAX_ARTIFACT_ZIP_BYTES = 20 * 1024 * 1024;
const runs_str = (v) => (typeof v === 'string' ? v : null);
const num = (v) => (typeof v === 'number' ? v : null);
function malformed(call, what) {
    return new errors/* HeeError */.RA('github.malformed-response', `${call}: GitHub's answer lacks ${what}`);
}
function toRun(raw, call) {
    const r = raw;
    if (!r || typeof r !== 'object' || typeof r.id !== 'number')
        throw malformed(call, 'a workflow run id');
    return {
        id: r.id,
        name: runs_str(r.name),
        workflowId: num(r.workflow_id) ?? 0,
        path: runs_str(r.path) ?? '',
        event: runs_str(r.event) ?? '',
        status: runs_str(r.status),
        conclusion: runs_str(r.conclusion),
        headSha: runs_str(r.head_sha) ?? '',
        headBranch: runs_str(r.head_branch),
        runNumber: num(r.run_number) ?? 0,
        runAttempt: num(r.run_attempt) ?? 1,
        displayTitle: runs_str(r.display_title) ?? '',
        createdAt: runs_str(r.created_at) ?? '',
        updatedAt: runs_str(r.updated_at) ?? '',
        htmlUrl: runs_str(r.html_url) ?? ''
    };
}
function toJob(raw, call) {
    const j = raw;
    if (!j || typeof j !== 'object' || typeof j.id !== 'number')
        throw malformed(call, 'a job id');
    const steps = Array.isArray(j.steps) ? j.steps : [];
    return {
        id: j.id,
        runId: num(j.run_id) ?? 0,
        runAttempt: num(j.run_attempt),
        name: runs_str(j.name) ?? '',
        status: runs_str(j.status) ?? '',
        conclusion: runs_str(j.conclusion),
        startedAt: runs_str(j.started_at),
        completedAt: runs_str(j.completed_at),
        htmlUrl: runs_str(j.html_url),
        labels: Array.isArray(j.labels) ? j.labels.filter((l) => typeof l === 'string') : [],
        steps: steps.map((s) => ({
            number: num(s.number) ?? 0,
            name: runs_str(s.name) ?? '',
            status: runs_str(s.status) ?? '',
            conclusion: runs_str(s.conclusion),
            startedAt: runs_str(s.started_at),
            completedAt: runs_str(s.completed_at)
        }))
    };
}
function toArtifact(raw, call) {
    const a = raw;
    if (!a || typeof a !== 'object' || typeof a.id !== 'number')
        throw malformed(call, 'an artifact id');
    return { id: a.id, name: runs_str(a.name) ?? '', sizeInBytes: num(a.size_in_bytes) ?? 0, expired: a.expired === true };
}
/** Parses `owner/name` into a RepoRef. */
function parseRepo(fullName) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(fullName.trim());
    if (!m)
        throw new errors/* HeeError */.RA('config', `repository "${fullName}" is not of the form owner/name`);
    return { owner: m[1], repo: m[2] };
}
/** Binds the run/job/log readers to one repository. */
function createRunsReader(client, repository) {
    const { owner, repo } = typeof repository === 'string' ? parseRepo(repository) : repository;
    const { octokit, redact } = client;
    const fail = (e, call) => toGitHubError(e, call, redact);
    return {
        async getRun(runId) {
            const call = `get run ${runId}`;
            try {
                const res = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
                    owner,
                    repo,
                    run_id: runId
                });
                return toRun(res.data, call);
            }
            catch (e) {
                throw fail(e, call);
            }
        },
        async listJobs(runId, options = {}) {
            const call = `list the jobs of run ${runId}`;
            try {
                const jobs = await octokit.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
                    owner,
                    repo,
                    run_id: runId,
                    filter: options.filter ?? 'latest',
                    per_page: 100
                });
                return jobs.map((j) => toJob(j, call));
            }
            catch (e) {
                throw fail(e, call);
            }
        },
        async listCompletedRuns(options = {}) {
            const limit = Math.max(1, options.limit ?? 50);
            const since = options.sinceRunId;
            const call = options.workflow === undefined ? 'list completed runs' : `list completed runs of workflow ${options.workflow}`;
            const params = { owner, repo, status: 'completed', per_page: Math.min(100, limit) };
            const pages = options.workflow === undefined
                ? octokit.paginate.iterator('GET /repos/{owner}/{repo}/actions/runs', params)
                : octokit.paginate.iterator('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
                    ...params,
                    workflow_id: options.workflow
                });
            const runs = [];
            try {
                outer: for await (const page of pages) {
                    const data = page.data;
                    if (!Array.isArray(data))
                        throw malformed(call, 'a list of workflow runs');
                    for (const raw of data) {
                        const run = toRun(raw, call);
                        if (since !== undefined && run.id <= since)
                            break outer;
                        runs.push(run);
                        if (runs.length >= limit)
                            break outer;
                    }
                }
            }
            catch (e) {
                throw fail(e, call);
            }
            return runs.reverse();
        },
        downloadJobLog(jobId) {
            return streamLog(client, owner, repo, jobId);
        },
        async listRunArtifacts(runId) {
            const call = `list the artifacts of run ${runId}`;
            try {
                const artifacts = await octokit.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
                    owner,
                    repo,
                    run_id: runId,
                    per_page: 100
                });
                return artifacts.map((a) => toArtifact(a, call));
            }
            catch (e) {
                throw fail(e, call);
            }
        },
        downloadArtifactZip(artifactId, options = {}) {
            return downloadZip(client, owner, repo, artifactId, options.maxBytes ?? MAX_ARTIFACT_ZIP_BYTES);
        },
        async rerunFailedJobs(runId) {
            const call = `re-run the failed jobs of run ${runId}`;
            try {
                await octokit.request('POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs', {
                    owner,
                    repo,
                    run_id: runId
                });
            }
            catch (e) {
                throw fail(e, call);
            }
        }
    };
}
function tooLarge(artifactId, maxBytes, size) {
    const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return new errors/* HeeError */.RA('github.artifact-too-large', `artifact ${artifactId} is ${size !== undefined ? mb(size) : `larger than ${mb(maxBytes)}`}; at most ${mb(maxBytes)} is read`, { hint: 'upload the report files on their own, not inside a larger artifact' });
}
/**
 * Requests a download route that answers 302 to a signed URL (job logs, artifact zips) and
 * follows the redirect itself: the token never reaches the storage host, the 302's rate-limit
 * headers are counted, and the body is streamed, never buffered here.
 */
async function openRedirected(client, route, params, call) {
    try {
        const api = await client.octokit.request(route, {
            ...params,
            request: { redirect: 'manual', parseSuccessResponseBody: false }
        });
        const status = api.status;
        if (status >= 300 && status < 400) {
            await api.data?.cancel().catch(() => undefined);
            const location = api.headers.location;
            if (!location)
                throw new errors/* HeeError */.RA('github.api', `${call}: GitHub answered ${status} without a Location`);
            const res = await client.fetchSigned(location, call);
            return {
                body: res.body,
                length: Number(res.headers.get('content-length') ?? NaN),
                cancel: async () => void (await res.body?.cancel().catch(() => undefined))
            };
        }
        const stream = api.data;
        return {
            body: stream,
            length: Number(api.headers['content-length'] ?? NaN),
            cancel: async () => void (await stream?.cancel().catch(() => undefined))
        };
    }
    catch (e) {
        throw toGitHubError(e, call, client.redact);
    }
}
async function downloadZip(client, owner, repo, artifactId, maxBytes) {
    const call = `download artifact ${artifactId}`;
    const { body, length, cancel } = await openRedirected(client, 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { owner, repo, artifact_id: artifactId, archive_format: 'zip' }, call);
    if (!body)
        return Buffer.alloc(0);
    if (Number.isFinite(length) && length > maxBytes) {
        await cancel();
        throw tooLarge(artifactId, maxBytes, length);
    }
    const chunks = [];
    let bytes = 0;
    try {
        for await (const chunk of body) {
            bytes += chunk.byteLength;
            if (bytes > maxBytes)
                break;
            chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        }
    }
    catch (e) {
        throw new errors/* HeeError */.RA('github.network', client.redact(`${call}: the download was cut after ${bytes} bytes`), {
            cause: e
        });
    }
    if (bytes > maxBytes) {
        await cancel();
        throw tooLarge(artifactId, maxBytes);
    }
    if (Number.isFinite(length) && bytes < length)
        throw new errors/* HeeError */.RA('github.network', `${call}: the download ended after ${bytes} of ${length} bytes`);
    return Buffer.concat(chunks, bytes);
}
async function* streamLog(client, owner, repo, jobId) {
    const call = `download the log of job ${jobId}`;
    const { body, length: expected } = await openRedirected(client, 'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', { owner, repo, job_id: jobId }, call);
    if (!body)
        return;
    let bytes = 0;
    const truncated = (cause) => new errors/* HeeError */.RA('github.log-truncated', `log of job ${jobId} ended early after ${bytes} bytes${Number.isFinite(expected) ? ` of ${expected}` : ''}`, {
        hint: 'the connection was cut while reading the log; the findings come from the part that was read',
        cause
    });
    try {
        for await (const chunk of body) {
            bytes += chunk.byteLength;
            yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        }
    }
    catch (e) {
        throw truncated(e);
    }
    if (Number.isFinite(expected) && bytes < expected)
        throw truncated();
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
    const client = createGitHubClient({
        token: settings.token,
        baseUrl: settings.apiUrl,
        userAgent: settings.userAgent,
        ...(settings.clientLog ? { log: settings.clientLog } : {}),
        ...(settings.retryBaseMs !== undefined ? { retryBaseMs: settings.retryBaseMs } : {}),
        onTokenExpiration: (d) => (tokenExpiresAt = d)
    });
    const repo = parseRepo(settings.repository);
    const { githubIssues, ...channelSettings } = settings.channels;
    const channels = buildChannels({
        ...channelSettings,
        // The issue channel writes with the monitor's own token and client (retries, redaction).
        ...(githubIssues ? { githubIssues: { request: client.octokit.request, ...repo } } : {})
    }, sink, [settings.token, ...(settings.secrets ?? [])].filter(Boolean));
    const config = {
        repository: settings.repository,
        workflows: settings.workflows,
        ...(settings.selfWorkflow ? { selfWorkflow: settings.selfWorkflow } : {}),
        maxRuns: settings.maxRuns,
        matrix: withConfiguredExtras(matrix0, channels.channels),
        ...(catalogue ? { catalogue } : {}),
        ...(settings.failedAfter !== undefined
            ? { policy: { failedAfter: settings.failedAfter, failOnSeverity: 'critical' } }
            : {}),
        fixablePatterns: [...(settings.fixablePatterns?.length ? settings.fixablePatterns : DEFAULT_FIXABLE_PATTERNS)],
        ...(settings.timeoutMinutes !== undefined ? { timeoutMinutes: settings.timeoutMinutes } : {}),
        ...(settings.securityArtifacts ? { securityArtifacts: settings.securityArtifacts } : {})
    };
    const reader = createRunsReader(client, repo);
    const cap = settings.capsule;
    return {
        client,
        reader,
        channels,
        config,
        ...(catalogue ? { catalogue } : {}),
        secrets: channels.secrets,
        pass: (trigger, log) => monitorPass({
            reader,
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
            token: { expiresAt: () => tokenExpiresAt, name: settings.tokenName, workflow: cap.meta.workflow }
        })
    };
}

;// CONCATENATED MODULE: ./packages/core/src/monitor/report.ts
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
                log_error: j.logError ? redact_redact(j.logError, secrets) : null,
                findings: j.findings.map((f) => ({
                    pattern: f.pattern,
                    name: f.name,
                    severity: f.severity,
                    line: f.line,
                    step: f.step ?? null,
                    excerpt: redact_redact(f.excerpt, secrets)
                }))
            }))
        })),
        skipped: o.skipped,
        alerts: o.alerts.map((a) => ({
            kind: a.kind,
            severity: a.severity,
            title: redact_redact(a.title, secrets),
            workflow: a.workflow,
            pattern: a.pattern ?? null
        })),
        deliveries: o.deliveries.map((d) => ({ channel: d.channel, kind: d.alert.kind, ok: d.ok, error: d.error ?? null })),
        unreadable: o.unreadable.map((u) => redact_redact(u, secrets))
    };
}
function report_cell(s) {
    return s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}
/** Markdown headline and table of the pass (the alerts' own sections follow it). */
function outcomeMarkdown(o, secrets = []) {
    const d = o.decision;
    const moved = d.from === d.to ? `**${d.to}**` : `**${d.to}** (was ${d.path.slice(0, -1).join(' → ')})`;
    const lines = [
        `## HEE CI monitor: ${moved}`,
        '',
        `${report_cell(d.reason)}. ${o.analyses.length} run(s) analysed, ${o.alerts.length} alert(s).`,
        ''
    ];
    const rows = o.analyses.flatMap((a) => a.jobs.flatMap((j) => (j.findings.length ? j.findings.slice(0, 3) : [undefined]).map((f) => {
        const first = f
            ? redact(f.excerpt, secrets).split('\n')[0].slice(0, 160)
            : j.logError
                ? `log not readable: ${j.logError}`
                : 'no known pattern';
        return `| [${a.run.id}](${a.run.htmlUrl}) | ${report_cell(a.workflow)} | ${report_cell(j.name)} | ${report_cell(f?.step ?? j.failedStep ?? '')} | ${f ? `${f.pattern} ${report_cell(f.name)}` : '—'} | ${f ? f.line : ''} | \`${report_cell(first).replace(/`/g, "'")}\` |`;
    })));
    if (rows.length)
        lines.push('| run | workflow | job | step | cause | log line | evidence |', '|---|---|---|---|---|---|---|', ...rows, '');
    if (o.unreadable.length)
        lines.push('**Could not read:**', ...o.unreadable.map((u) => `- ${report_cell(redact(u, secrets))}`), '');
    if (o.fixRequired)
        lines.push('Next: the auto-fix job will try the fixable patterns, then re-run the check.', '');
    return inertText(lines.join('\n'));
}

;// CONCATENATED MODULE: ./packages/core/src/alerts/index.ts
/** Alerts: edge-triggered incidents, the escalation matrix and the delivery channels. */












;// CONCATENATED MODULE: ./packages/core/src/security/index.ts
/** Keeping secrets out of output and log text from being executed by the runner. */



;// CONCATENATED MODULE: ./packages/core/src/github/index.ts
/** The GitHub adapter layer: the one Octokit factory, error mapping and run/job/log readers. */




// EXTERNAL MODULE: ./packages/core/src/exec/index.ts + 3 modules
var exec = __webpack_require__(4643);
// EXTERNAL MODULE: ./packages/core/src/git/index.ts + 6 modules
var git = __webpack_require__(4385);
;// CONCATENATED MODULE: ./packages/core/src/index.ts























/***/ })

};
