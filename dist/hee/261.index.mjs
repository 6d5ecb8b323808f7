export const id = 261;
export const ids = [261];
export const modules = {

/***/ 19261:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _hee_core_action__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32073);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15427);


await (0,_hee_core_action__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 15427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/capsule/update.ts
var capsule_update = __webpack_require__(15224);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/state/update-file.ts
var update_file = __webpack_require__(2025);
// EXTERNAL MODULE: ./packages/core/src/capsule/store.ts + 1 modules
var capsule_store = __webpack_require__(69583);
// EXTERNAL MODULE: ./packages/core/src/state/candidates.ts
var candidates = __webpack_require__(90997);
// EXTERNAL MODULE: ./packages/core/src/capsule/canonical.ts
var canonical = __webpack_require__(30747);
// EXTERNAL MODULE: ./packages/core/src/state/load.ts
var load = __webpack_require__(11655);
// EXTERNAL MODULE: ./packages/core/src/action/context.ts
var context = __webpack_require__(64095);
// EXTERNAL MODULE: ./packages/core/src/action/keys.ts
var keys = __webpack_require__(14646);
// EXTERNAL MODULE: ./packages/core/src/action/artifact-store.ts
var artifact_store = __webpack_require__(12796);
// EXTERNAL MODULE: ./packages/core/src/action/inputs.ts
var action_inputs = __webpack_require__(1363);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./packages/core/src/capsule/shapes.ts
var shapes = __webpack_require__(33803);
;// CONCATENATED MODULE: ./packages/core/src/capsule/types.ts


const CAPSULE_STATUSES = shapes/* CAPSULE_STATUSES */.tn;

// EXTERNAL MODULE: ./packages/core/src/input-fields.ts
var input_fields = __webpack_require__(49227);
;// CONCATENATED MODULE: ./actions/capsule-update/src/inputs.ts



const schema = schemas/* object */.Ikc({
    'capsule-path': input_fields/* input */.h.text(),
    // '' keeps the status; anything else must be a state of the diagram, reported as this input.
    status: schemas/* string */.YjP()
        .transform((v) => v.trim())
        .refine((v) => v === '' || CAPSULE_STATUSES.includes(v), {
        message: `expected one of ${CAPSULE_STATUSES.join(', ')}`
    }),
    update: input_fields/* input */.h.text(),
    'update-file': input_fields/* input */.h.text(),
    'signing-key': input_fields/* input */.h.text(),
    'encryption-key': input_fields/* input */.h.text(),
    'sensitive-fields': input_fields/* input */.h.list(),
    'artifact-name': input_fields/* input */.h.text('hee-state-capsule'),
    'retention-days': input_fields/* input */.h.int(90, 1, 400),
    upload: input_fields/* input */.h.bool(true),
    'history-limit': input_fields/* input */.h.int(200, 1, 100_000),
    'allow-unsigned': input_fields/* input */.h.bool(false),
    'download-seconds': input_fields/* input */.h.int(artifact_store/* DEFAULT_CAPSULE_DOWNLOAD_MS */.c / 1000, 1, 3600)
});
function getInputs() {
    return (0,action_inputs/* readInputs */.Ko)(schema, ['signing-key', 'encryption-key']);
}

;// CONCATENATED MODULE: ./actions/capsule-update/src/main.ts







/** Applies an update to the job's capsule, signs it, writes it and uploads it as an artifact. */
async function run() {
    const inputs = getInputs();
    const ctx = (0,context/* runnerContext */.cE)();
    const path = (0,context/* capsulePathOf */.eP)(ctx, inputs['capsule-path']);
    const update = await readUpdate(inputs.update, inputs['update-file'] ? (0,context/* workspacePath */.X5)(ctx, inputs['update-file']) : '');
    if (inputs.status)
        update.status = (0,capsule_update/* parseUpdate */.j9)({ status: inputs.status }).status;
    const signingKey = (0,keys/* requiredKey */.p1)('signing-key', inputs['signing-key'], inputs['allow-unsigned'], 'capsules are signed', 'pass a secret (an Ed25519 PEM key or an HMAC secret of 16+ bytes)');
    const encryptionKey = (0,keys/* encryptionKeyInput */.dm)('encryption-key', inputs['encryption-key']);
    if (inputs['sensitive-fields'].length && !encryptionKey) {
        throw new errors/* ConfigurationError */.j1('input `sensitive-fields` is set but `encryption-key` is empty');
    }
    const apply = () => (0,update_file/* updateCapsuleFile */.l)({
        path,
        update,
        meta: { repository: ctx.repository, workflow: ctx.workflow, runId: ctx.runId },
        signingKey,
        encryptionKey,
        sensitiveFields: inputs['sensitive-fields'],
        requireSignature: !inputs['allow-unsigned'],
        historyLimit: inputs['history-limit']
    });
    // The capsule as stored before this update: a capsule another job uploaded meanwhile must follow it.
    const stored = (0,external_node_fs_.existsSync)(path) ? await (0,capsule_store/* readCapsuleFile */.U4)(path) : undefined;
    core.startGroup('Update the state capsule');
    const first = await apply();
    const created = first.created;
    let { capsule, previous } = first;
    const status = () => capsule.body.monitoring_state.current_status ?? 'operational';
    core.info(created
        ? `started a new capsule at version ${capsule.version}`
        : `version ${previous?.version} → ${capsule.version}, status ${previous?.body.monitoring_state.current_status} → ${status()}`);
    core.endGroup();
    let artifactId;
    let artifactName;
    if (inputs.upload) {
        core.startGroup('Upload the capsule artifact');
        const store = new artifact_store/* ArtifactCapsuleStore */.P({
            prefix: inputs['artifact-name'],
            repository: ctx.repository,
            runId: ctx.runId,
            downloadMs: inputs['download-seconds'] * 1000
        });
        // Two jobs of one run that updated the same version in parallel: the service takes the
        // first upload of a version and answers 409 to the second. The loser takes the winner's
        // capsule from this run, applies its own update on top and uploads the next version.
        for (let attempt = 1;; attempt++) {
            artifactName = (0,candidates/* capsuleArtifactName */.BU)(inputs['artifact-name'], capsule.version);
            try {
                const res = await store.upload(artifactName, path, (0,external_node_path_.dirname)(path), inputs['retention-days']);
                artifactId = res.id;
                core.info(`uploaded ${artifactName} (${(0,external_node_path_.basename)(path)}, ${res.size} bytes, artifact ${res.id})`);
                break;
            }
            catch (e) {
                if (attempt >= MAX_UPLOAD_ATTEMPTS || !(await takenByAnotherJob(store, e, capsule.version)))
                    throw e;
                core.info(`${artifactName} was uploaded by another job of this run first; updating its capsule instead`);
                const newer = await newestOfRun(store, {
                    repository: ctx.repository,
                    workflow: ctx.workflow,
                    signingKey,
                    encryptionKey,
                    requireSignature: !inputs['allow-unsigned'],
                    seen: stored
                });
                if (!newer || newer.version < capsule.version)
                    throw e;
                await (0,capsule_store/* writeCapsuleFile */.T7)(path, newer);
                ({ capsule, previous } = await apply());
                core.info(`version ${previous?.version} → ${capsule.version}, status ${status()}`);
            }
        }
        core.endGroup();
    }
    (0,action_inputs/* setOutputs */.n0)({
        'capsule-path': path,
        version: capsule.version,
        digest: (0,canonical/* capsuleDigest */.qk)(capsule),
        status: status(),
        'artifact-id': artifactId,
        'artifact-name': artifactName
    });
}
/** Uploads tried when other jobs of the run keep taking the version first. */
const MAX_UPLOAD_ATTEMPTS = 5;
/**
 * True when the upload failed because another job of this run uploaded `version` (or a later
 * one) first: the service said 409, or, when two uploads of one name overlapped and the
 * service answered otherwise, that version shows up in the run's artifacts shortly after.
 */
async function takenByAnotherJob(store, e, version) {
    if (e instanceof errors/* HeeError */.RA && e.code === 'artifact.conflict')
        return true;
    if (!(e instanceof errors/* HeeError */.RA) || e.code !== 'artifact.service')
        return false;
    for (let look = 0; look < 3; look++) {
        await new Promise((r) => setTimeout(r, 500 + Math.floor(Math.random() * 500)));
        const listed = await store.listThisRun().catch(() => []);
        if (listed.some((c) => c.version >= version))
            return true;
    }
    return false;
}
/** The newest capsule of this run that verifies and follows `seen`, as stored. */
async function newestOfRun(store, o) {
    const found = await (0,load/* loadNewestValid */.T)({
        candidates: await store.listThisRun(),
        fetchText: (c) => store.fetchText(c),
        repository: o.repository,
        workflow: o.workflow,
        verifyKeys: o.signingKey ? [o.signingKey] : [],
        requireSignature: o.requireSignature,
        encryptionKey: o.encryptionKey,
        ...(o.seen ? { seen: o.seen } : {})
    });
    for (const r of found.rejected) {
        core.warning(`capsule ${r.candidate.name} of this run was rejected: ${r.reason}`);
    }
    return found.raw;
}
async function readUpdate(json, file) {
    if (json && file)
        throw new errors/* ConfigurationError */.j1('inputs `update` and `update-file` are both set: use one');
    const text = json || (file ? await readUpdateFile(file) : '{}');
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`input \`${json ? 'update' : 'update-file'}\` is not valid JSON: ${e.message}`);
    }
    return (0,capsule_update/* parseUpdate */.j9)(value);
}
async function readUpdateFile(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
        throw new errors/* ConfigurationError */.j1(`input \`update-file\`: cannot read ${file}: ${why}`, {
            hint: 'the path is relative to the workspace',
            cause: e
        });
    }
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


/***/ }),

/***/ 2025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ updateCapsuleFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _capsule_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15224);
/* harmony import */ var _capsule_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42290);
/* harmony import */ var _capsule_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69583);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);



/**
 * Reads the capsule at `path` (verifying it) or starts a fresh one, applies a typed update,
 * seals it and replaces the file atomically. The existing file is left untouched when any
 * step fails.
 */
async function updateCapsuleFile(opts) {
    const requireSignature = opts.requireSignature ?? true;
    if (requireSignature && !opts.signingKey) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HeeError */ .RA('capsule.key', 'no signing key: a capsule is signed on every update', {
            hint: 'pass a key (Ed25519 PEM or an HMAC secret), or allow unsigned capsules explicitly'
        });
    }
    const now = opts.now ?? new Date();
    let previous;
    let sensitiveFields = opts.sensitiveFields ?? [];
    const source = opts.source ?? opts.path;
    const opened = opts.opened !== undefined ? opts.opened : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(source) ? await openFile(opts, source, requireSignature) : null;
    if (opened) {
        previous = opened.capsule;
        // Fields that were sensitive stay sensitive unless the caller names a new set.
        if (sensitiveFields.length === 0 && opened.decrypted)
            sensitiveFields = opened.sensitiveFields;
    }
    // The opened file is passed as a chain link: the next version names the digest of what is
    // stored, even when the fields were decrypted in between.
    let next = previous ?? (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_2__/* .createCapsule */ .qY)({ ...opts.meta, now });
    let from = opened ?? next;
    for (const update of Array.isArray(opts.update) ? opts.update : [opts.update]) {
        next = (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_2__/* .applyUpdate */ .QE)(from, update, {
            now,
            runId: opts.meta.runId,
            workflow: opts.meta.workflow,
            historyLimit: opts.historyLimit
        });
        from = next;
    }
    const sealed = (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_3__/* .sealCapsule */ .z)(next, {
        signingKey: opts.signingKey,
        encryptionKey: opts.encryptionKey,
        sensitiveFields
    });
    if (opts.refuseOlder && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(opts.path)) {
        const there = await (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readCapsuleFile */ .U4)(opts.path);
        if (there.version >= sealed.version) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HeeError */ .RA('capsule.conflict', `${opts.path} holds version ${there.version} already; refusing to replace it with version ${sealed.version}`, { hint: 'update from the newest capsule' });
        }
    }
    await (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_4__/* .writeCapsuleFile */ .T7)(opts.path, sealed);
    return { capsule: sealed, previous, created: !previous };
}
async function openFile(opts, source, requireSignature) {
    const verifyKeys = [...(opts.signingKey ? [opts.signingKey] : []), ...(opts.verifyKeys ?? [])];
    return (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openCapsule */ .y)(await (0,_capsule_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readCapsuleFile */ .U4)(source), {
        verifyKeys,
        encryptionKey: opts.encryptionKey,
        requireSignature
    });
}


/***/ })

};

//# sourceMappingURL=261.index.mjs.map