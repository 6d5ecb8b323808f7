export const id = 672;
export const ids = [672];
export const modules = {

/***/ 76672:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _hee_core_action__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32073);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89158);


await (0,_hee_core_action__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 89158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: defaultBranchOf, workflowPathOf

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/security/escape.ts
var security_escape = __webpack_require__(19197);
// EXTERNAL MODULE: ./packages/core/src/capsule/open.ts + 1 modules
var capsule_open = __webpack_require__(42290);
// EXTERNAL MODULE: ./packages/core/src/capsule/store.ts + 1 modules
var capsule_store = __webpack_require__(69583);
// EXTERNAL MODULE: ./packages/core/src/state/load.ts
var load = __webpack_require__(11655);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/capsule/update.ts
var update = __webpack_require__(15224);
// EXTERNAL MODULE: ./packages/core/src/capsule/keys.ts
var keys = __webpack_require__(98005);
// EXTERNAL MODULE: ./packages/core/src/action/context.ts
var context = __webpack_require__(64095);
// EXTERNAL MODULE: ./packages/core/src/action/keys.ts
var action_keys = __webpack_require__(14646);
// EXTERNAL MODULE: ./packages/core/src/action/artifact-store.ts
var artifact_store = __webpack_require__(12796);
// EXTERNAL MODULE: ./packages/core/src/action/inputs.ts
var action_inputs = __webpack_require__(1363);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./packages/core/src/input-fields.ts
var input_fields = __webpack_require__(49227);
;// CONCATENATED MODULE: ./actions/capsule-load/src/inputs.ts


const schema = schemas/* object */.Ikc({
    'capsule-path': input_fields/* input */.h.text(),
    source: input_fields/* input */.h.oneOf(['auto', 'run', 'latest'], 'auto'),
    'verify-key': input_fields/* input */.h.text(),
    'encryption-key': input_fields/* input */.h.text(),
    'allow-unsigned': input_fields/* input */.h.bool(false),
    'artifact-name': input_fields/* input */.h.text('hee-state-capsule'),
    'github-token': input_fields/* input */.h.text(),
    'fail-on-missing': input_fields/* input */.h.bool(false),
    'on-invalid': input_fields/* input */.h.oneOf(['fail', 'fresh'], 'fail'),
    'max-candidates': input_fields/* input */.h.int(5, 1, 50),
    'download-seconds': input_fields/* input */.h.int(artifact_store/* DEFAULT_CAPSULE_DOWNLOAD_MS */.c / 1000, 1, 3600),
    // Default: this workflow's file (GITHUB_WORKFLOW_REF) and the repository's default branch.
    'capsule-workflow': input_fields/* input */.h.text(),
    'capsule-branches': input_fields/* input */.h.list()
});
function getInputs() {
    return (0,action_inputs/* readInputs */.Ko)(schema, ['verify-key', 'encryption-key', 'github-token']);
}

;// CONCATENATED MODULE: ./actions/capsule-load/src/main.ts





/** Adds the caps reached to the job summary under "Limits reached", as the monitor does. */
async function limitsSummary(limits) {
    if (limits.length === 0)
        return;
    await core.summary
        .addRaw(['', '### Limits reached', '', ...limits.map((l) => `- ${(0,security_escape/* markdownText */.p7)(l)}`), ''].join('\n'))
        .write();
}
/** `.github/workflows/x.yml` of GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@ref`). */
function workflowPathOf(ref, repository) {
    if (!ref)
        return undefined;
    const rest = ref.startsWith(`${repository}/`) ? ref.slice(repository.length + 1) : undefined;
    const path = rest?.split('@')[0];
    return path && path.startsWith('.github/workflows/') ? path : undefined;
}
/** The default branch the event payload names for `repository`, else the branch this run is on. */
function defaultBranchOf(eventPath, repository) {
    try {
        if (eventPath && (0,external_node_fs_.existsSync)(eventPath)) {
            const r = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8')).repository;
            if (typeof r?.default_branch === 'string' && String(r.full_name).toLowerCase() === repository.toLowerCase())
                return r.default_branch;
        }
    }
    catch {
        // An unreadable payload names nothing.
    }
    const ref = process.env.GITHUB_REF ?? '';
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
/**
 * Finds the newest capsule that verifies (this run first, then earlier runs), writes it to
 * `capsule-path`, and says plainly when it had to fall back or start fresh.
 */
async function run() {
    const inputs = getInputs();
    const ctx = (0,context/* runnerContext */.cE)();
    const path = (0,context/* capsulePathOf */.eP)(ctx, inputs['capsule-path']);
    const key = (0,action_keys/* requiredKey */.p1)('verify-key', inputs['verify-key'], inputs['allow-unsigned'], 'capsules are verified before use', 'pass the Ed25519 public key (or the HMAC secret) that signs them');
    const encryptionKey = (0,action_keys/* encryptionKeyInput */.dm)('encryption-key', inputs['encryption-key']);
    const open = { verifyKeys: key ? [key] : [], encryptionKey, requireSignature: !inputs['allow-unsigned'] };
    // A capsule this job already holds sets the floor: nothing older is accepted.
    let seen;
    if ((0,external_node_fs_.existsSync)(path)) {
        seen = (0,capsule_open/* openCapsule */.y)(await (0,capsule_store/* readCapsuleFile */.U4)(path), open);
        core.info(`already holding capsule version ${seen.capsule.version} at ${path}`);
    }
    // Earlier runs' capsules count only when a run of the writing workflow on a writing branch
    // of this repository uploaded them: anything else with the prefix is junk, never a candidate.
    const workflowPath = inputs['capsule-workflow']
        ? inputs['capsule-workflow'].includes('/')
            ? inputs['capsule-workflow']
            : `.github/workflows/${inputs['capsule-workflow']}`
        : workflowPathOf(process.env.GITHUB_WORKFLOW_REF, ctx.repository);
    const defaultBranch = defaultBranchOf(ctx.eventPath, ctx.repository);
    const branches = inputs['capsule-branches'].length ? inputs['capsule-branches'] : defaultBranch ? [defaultBranch] : [];
    const store = new artifact_store/* ArtifactCapsuleStore */.P({
        prefix: inputs['artifact-name'],
        repository: ctx.repository,
        runId: ctx.runId,
        token: inputs['github-token'] || undefined,
        apiUrl: ctx.apiUrl,
        tempDir: ctx.tempDir,
        ...(workflowPath ? { workflowPath } : {}),
        branches,
        downloadMs: inputs['download-seconds'] * 1000
    });
    const search = async (candidates) => (0,load/* loadNewestValid */.T)({
        candidates,
        fetchText: (c) => store.fetchText(c),
        repository: ctx.repository,
        workflow: ctx.workflow,
        ...open,
        seen,
        admit: (c) => store.admit(c)
    });
    core.startGroup('Find the state capsule');
    const rejected = [];
    let result;
    let examined = 0;
    /** False when the search stopped at a limit with older capsules possibly left unread. */
    let complete = true;
    const skippedNotes = [];
    /** Caps reached (`limit reached: …`), for the summary: the search went on without what they cut. */
    const limits = [];
    if (inputs.source !== 'latest') {
        const here = await store.listThisRun();
        core.info(`${here.length} capsule artifact(s) in this run`);
        examined += here.length;
        result = await search(here);
        rejected.push(...result.rejected);
    }
    if (!result?.capsule && inputs.source !== 'run') {
        const earlier = await store.listPreviousRuns(inputs['max-candidates'] * 4);
        core.info(`${earlier.candidates.length} capsule artifact(s) in earlier runs of ${workflowPath ?? 'any workflow'} on ${branches.join(', ') || 'any branch'}` +
            (earlier.excluded.length ? `; ${earlier.excluded.length} left out` : ''));
        for (const x of earlier.excluded)
            skippedNotes.push(`${x.name} (run ${x.runId}): ${x.reason}`);
        examined += earlier.candidates.length;
        complete = earlier.complete;
        result = await search(earlier.candidates);
        rejected.push(...result.rejected);
        // The listing is bounded; that it left older capsules out matters only when none verified.
        if (!result.capsule && !complete)
            limits.push(earlier.capped ??
                `limit reached: the capsule artifacts of earlier runs were listed up to ${inputs['max-candidates'] * 4} candidate(s) (max-candidates ${inputs['max-candidates']}); older ones were left out`);
        for (const c of result.skipped)
            skippedNotes.push(`${c.name} (run ${c.runId}): ${result.skipReasons?.get(c.id) ?? 'skipped'}`);
    }
    for (const n of skippedNotes)
        core.info(`not a candidate: ${n}`);
    core.endGroup();
    for (const r of rejected) {
        core.warning(`capsule ${r.candidate.name} (run ${r.candidate.runId}) was rejected: ${r.reason}`);
    }
    // A candidate cut off at download-seconds could not be verified, which is not the same as
    // failing verification: it may be the good capsule.
    const cutOff = rejected.filter((r) => r.code === 'artifact.download-limit');
    limits.push(...cutOff.map((r) => r.reason));
    let capsule = result?.capsule;
    let found = Boolean(capsule);
    const fallbackUsed = Boolean(capsule) && rejected.length > 0;
    if (capsule && fallbackUsed) {
        core.warning(`using capsule version ${capsule.version} from run ${result.candidate.runId}: ` +
            `${rejected.length} newer capsule(s) failed verification` +
            (cutOff.length ? ` (${cutOff.length} of them cut off at download-seconds)` : ''));
    }
    if (!capsule && seen) {
        capsule = seen.capsule;
        found = true;
        core.info('no newer capsule found; keeping the one already held');
    }
    else if (!capsule) {
        // Every way on from here (an error or a fresh capsule) says first what the caps cut.
        await limitsSummary(limits);
        limits.length = 0;
        if (cutOff.length > 0) {
            throw new errors/* HeeError */.RA('capsule.invalid', `no capsule verified and ${cutOff.length} could not be downloaded within ${inputs['download-seconds']} s (${cutOff.map((r) => `${r.candidate.name} of run ${r.candidate.runId}`).join(', ')}); not starting fresh while one of them may verify`, { hint: 'load again when the artifact storage answers, or raise `download-seconds`' });
        }
        if (rejected.length > 0 && !complete) {
            // Older capsules may exist past the limit: starting fresh could drop a good one.
            throw new errors/* HeeError */.RA('capsule.invalid', `none of the ${rejected.length} newest capsule(s) passed verification and the search stopped at ${inputs['max-candidates'] * 4} candidate(s) (first reason: ${rejected[0].reason}); not starting fresh while older ones may verify`, { hint: 'raise `max-candidates` to look further back' });
        }
        if (rejected.length > 0 && inputs['on-invalid'] === 'fail') {
            throw new errors/* HeeError */.RA('capsule.invalid', `none of the ${rejected.length} capsule(s) found passed verification (first reason: ${rejected[0].reason})`, { hint: "check `verify-key`; set `on-invalid: 'fresh'` to start over deliberately" });
        }
        if (inputs['fail-on-missing']) {
            throw new errors/* HeeError */.RA('capsule.missing', `no capsule artifact named ${inputs['artifact-name']}-v* was found (${examined} examined)`);
        }
        capsule = (0,update/* createCapsule */.qY)({ repository: ctx.repository, workflow: ctx.workflow, runId: ctx.runId, now: new Date() });
        core.notice(`no usable capsule found: starting a fresh operational capsule (version ${capsule.version})`);
    }
    if (result?.raw && capsule === result.capsule) {
        // Written exactly as stored (signed, sensitive fields encrypted): every later step
        // verifies it again with its own keys.
        await (0,capsule_store/* writeCapsuleFile */.T7)(path, result.raw);
    }
    else if (!found) {
        if (key && (0,keys/* canSign */.gH)(key))
            await (0,capsule_store/* writeCapsuleFile */.T7)(path, (0,capsule_open/* sealCapsule */.z)(capsule, { signingKey: key, encryptionKey }));
        else if (inputs['allow-unsigned'])
            await (0,capsule_store/* writeCapsuleFile */.T7)(path, capsule);
        else
            core.notice('the verify key cannot sign: the fresh capsule is not written; capsule-update will create it');
    }
    const status = capsule.body.monitoring_state.current_status ?? 'operational';
    await core.summary
        .addHeading('HEE CI state capsule', 3)
        .addTable([
        [
            { data: 'status', header: true },
            { data: 'version', header: true },
            { data: 'from', header: true },
            { data: 'fallback', header: true }
        ],
        [
            status,
            String(capsule.version),
            found ? `run ${result?.candidate?.runId ?? ctx.runId}` : 'fresh',
            fallbackUsed ? 'yes' : 'no'
        ]
    ])
        .write();
    await limitsSummary(limits);
    (0,action_inputs/* setOutputs */.n0)({
        'capsule-path': path,
        status,
        version: capsule.version,
        found,
        'fallback-used': fallbackUsed,
        'source-run-id': result?.candidate?.runId
    });
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

/***/ 11655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ loadNewestValid)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _capsule_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30747);
/* harmony import */ var _capsule_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69583);
/* harmony import */ var _capsule_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42290);
/* harmony import */ var _capsule_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66823);
/* harmony import */ var _candidates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90997);



class OtherWorkflow extends Error {
}
/**
 * Picks the newest capsule that passes every check: schema, signature, the version its
 * artifact name claims, no going back behind a capsule already seen, and — when the
 * previous version is also available — the hash chain. A rejected candidate never stops
 * the search; the caller reports `rejected` and decides what an empty result means.
 */
async function loadNewestValid(opts) {
    const ordered = (0,_candidates_js__WEBPACK_IMPORTED_MODULE_0__/* .orderCandidates */ .$T)(opts.candidates);
    // Every candidate is examined, newest first, until one verifies: a rejected one never costs
    // an older good one its place. The caller bounds the list (and so the downloads).
    const rejected = [];
    const skipped = [];
    const skipReasons = new Map();
    const cache = new Map();
    const seen = opts.seen ? (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_1__/* .chainLinkOf */ .JF)(opts.seen) : undefined;
    const examine = async (cand) => {
        const hit = cache.get(cand.id);
        if (hit instanceof Error)
            throw hit;
        if (hit)
            return hit;
        try {
            const text = await opts.fetchText(cand);
            const parsed = (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCapsuleText */ .i6)(text, cand.name);
            if (parsed.repository !== opts.repository) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .HeeError */ .RA('capsule.chain', `capsule belongs to ${parsed.repository}, not ${opts.repository}`);
            }
            if (parsed.workflow !== opts.workflow)
                throw new OtherWorkflow(parsed.workflow);
            if (parsed.version !== cand.version) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .HeeError */ .RA('capsule.replay', `artifact ${cand.name} holds capsule version ${parsed.version}, not ${cand.version}: refusing a replayed capsule`);
            }
            const opened = (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_4__/* .openCapsule */ .y)(parsed, {
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
    const admitted = new Map();
    const admit = (c) => {
        let p = admitted.get(c.id);
        if (!p)
            admitted.set(c.id, (p = opts.admit ? opts.admit(c) : Promise.resolve(undefined)));
        return p;
    };
    for (const [i, cand] of ordered.entries()) {
        const refused = await admit(cand);
        if (refused !== undefined) {
            skipped.push(cand);
            skipReasons.set(cand.id, refused);
            continue;
        }
        try {
            const { raw, opened } = await examine(cand);
            const capsule = opened.capsule;
            if (seen && seen.digest !== opened.digest)
                (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_5__/* .checkSuccession */ .w)(seen, capsule);
            const previous = ordered.slice(i + 1).find((c) => c.version === cand.version - 1);
            if (previous && (await admit(previous)) === undefined) {
                let older;
                try {
                    older = (await examine(previous)).opened;
                }
                catch {
                    // An unusable predecessor cannot vouch for or against the chain; it is reported
                    // when (and if) the search reaches it.
                }
                if (older)
                    (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_5__/* .checkSuccession */ .w)(older, capsule);
            }
            return { capsule, raw, candidate: cand, fallbackUsed: rejected.length > 0, rejected, skipped, skipReasons };
        }
        catch (e) {
            if (e instanceof OtherWorkflow) {
                skipped.push(cand);
                skipReasons.set(cand.id, `written by workflow ${e.message}`);
            }
            else
                rejected.push({ candidate: cand, reason: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(e), ...(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .HeeError */ .RA ? { code: e.code } : {}) });
        }
    }
    return { fallbackUsed: false, rejected, skipped, skipReasons };
}


/***/ })

};

//# sourceMappingURL=672.index.mjs.map