export const id = 672;
export const ids = [672];
export const modules = {

/***/ 76672:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _hee_core_action__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32073);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89158);


await (0,_hee_core_action__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 89158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
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
    'max-candidates': action_inputs/* input */.hF.int(5, 1, 50)
});
function getInputs() {
    return (0,action_inputs/* readInputs */.Ko)(schema, ['verify-key', 'encryption-key', 'github-token']);
}

;// CONCATENATED MODULE: ./actions/capsule-load/src/main.ts





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
    const store = new artifact_store/* ArtifactCapsuleStore */.P({
        prefix: inputs['artifact-name'],
        repository: ctx.repository,
        runId: ctx.runId,
        token: inputs['github-token'] || undefined,
        apiUrl: ctx.apiUrl,
        tempDir: ctx.tempDir
    });
    const search = async (candidates) => (0,load/* loadNewestValid */.T)({
        candidates,
        fetchText: (c) => store.fetchText(c),
        repository: ctx.repository,
        workflow: ctx.workflow,
        ...open,
        seen,
        maxCandidates: inputs['max-candidates']
    });
    core.startGroup('Find the state capsule');
    const rejected = [];
    let result;
    let examined = 0;
    if (inputs.source !== 'latest') {
        const here = await store.listThisRun();
        core.info(`${here.length} capsule artifact(s) in this run`);
        examined += here.length;
        result = await search(here);
        rejected.push(...result.rejected);
    }
    if (!result?.capsule && inputs.source !== 'run') {
        const earlier = await store.listPreviousRuns(inputs['max-candidates'] * 4);
        core.info(`${earlier.length} capsule artifact(s) in earlier runs`);
        examined += earlier.length;
        result = await search(earlier);
        rejected.push(...result.rejected);
    }
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


/***/ })

};

//# sourceMappingURL=672.index.mjs.map