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
;// CONCATENATED MODULE: ./actions/capsule-load/src/inputs.ts


const schema = schemas/* object */.Ikc({
    'capsule-path': action_inputs/* input */.hF.text(),
    source: action_inputs/* input */.hF.oneOf(['auto', 'run', 'latest'], 'auto'),
    'verify-key': action_inputs/* input */.hF.text(),
    'encryption-key': action_inputs/* input */.hF.text(),
    'allow-unsigned': action_inputs/* input */.hF.bool(false),
    'artifact-name': action_inputs/* input */.hF.text('hee-state-capsule'),
    'github-token': action_inputs/* input */.hF.text(),
    'fail-on-missing': action_inputs/* input */.hF.bool(false),
    'on-invalid': action_inputs/* input */.hF.oneOf(['fail', 'fresh'], 'fail'),
    'max-candidates': action_inputs/* input */.hF.int(5, 1, 50),
    // Default: this workflow's file (GITHUB_WORKFLOW_REF) and the repository's default branch.
    'capsule-workflow': action_inputs/* input */.hF.text(),
    'capsule-branches': action_inputs/* input */.hF.list()
});
function getInputs() {
    return (0,action_inputs/* readInputs */.Ko)(schema, ['verify-key', 'encryption-key', 'github-token']);
}

;// CONCATENATED MODULE: ./actions/capsule-load/src/main.ts





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
        branches
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
        for (const c of result.skipped)
            skippedNotes.push(`${c.name} (run ${c.runId}): ${result.skipReasons?.get(c.id) ?? 'skipped'}`);
    }
    for (const n of skippedNotes)
        core.info(`not a candidate: ${n}`);
    core.endGroup();
    for (const r of rejected) {
        core.warning(`capsule ${r.candidate.name} (run ${r.candidate.runId}) was rejected: ${r.reason}`);
    }
    let capsule = result?.capsule;
    let found = Boolean(capsule);
    const fallbackUsed = Boolean(capsule) && rejected.length > 0;
    if (capsule && fallbackUsed) {
        core.warning(`using capsule version ${capsule.version} from run ${result.candidate.runId}: ` +
            `${rejected.length} newer capsule(s) failed verification`);
    }
    if (!capsule && seen) {
        capsule = seen.capsule;
        found = true;
        core.info('no newer capsule found; keeping the one already held');
    }
    else if (!capsule) {
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
                rejected.push({ candidate: cand, reason: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(e) });
        }
    }
    return { fallbackUsed: false, rejected, skipped, skipReasons };
}


/***/ })

};

//# sourceMappingURL=672.index.mjs.map