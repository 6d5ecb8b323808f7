export const id = 129;
export const ids = [129];
export const modules = {

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ OperationalError),
/* harmony export */   LK: () => (/* binding */ failureReport),
/* harmony export */   RA: () => (/* binding */ HeeError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony exports errorKind, isUserError, isRetryable */
/**
 * Errors with consequences. Every failure HEE CI raises falls in one of three kinds, and the
 * kind alone decides what a person sees:
 *
 * - **user** — `ConfigurationError` (an input, setting, flag or file the user must change) and
 *   any other `HeeError` that rejects what the user handed in (a tampered capsule, an illegal
 *   status transition). One line naming the input; the CLI exits 2.
 * - **operational** — `OperationalError`: the network, GitHub (5xx, rate limits, malformed
 *   answers) or the artifact service failed. Message, hint and cause; `retryable` says whether
 *   trying again later can help. The CLI exits 1.
 * - **bug** — anything else. The annotation or CLI line gets one sentence; the stack goes once
 *   to the debug log (actions) or to stderr under `--debug` / `HEE_DEBUG=1` (CLI).
 *
 * Expected negative outcomes of an engine are values, not exceptions: a fix that was rejected,
 * a rollback that was done, a ref or file that does not exist, a cap that was reached are
 * returned as data the caller must look at (`{ ok: false, reason }`, `undefined`, a `capped`
 * field). Throw only when the engine cannot go on.
 */
/**
 * A failure with a message meant for a person (no stack needed). Used directly for input the
 * user handed in that HEE CI refuses; see the subclasses for the other kinds.
 */
class HeeError extends Error {
    /** Stable machine-readable code, e.g. `capsule.signature`, `github.forbidden`. */
    code;
    /** Optional next step for the user. */
    hint;
    constructor(code, message, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'HeeError';
        this.code = code;
        this.hint = options?.hint;
    }
}
/** Something the user must change: the message is one line naming the input, setting, flag or file. */
class ConfigurationError extends HeeError {
    constructor(message, options) {
        super(options?.code ?? 'config', message, options);
        this.name = 'ConfigurationError';
    }
}
/**
 * The world failed, not the user or the code: the network, GitHub, the artifact service.
 * `retryable` is true when the same call may succeed later (a 5xx, a reset, a rate limit).
 */
class OperationalError extends HeeError {
    retryable;
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'OperationalError';
        this.retryable = options.retryable;
    }
}
/** Which of the three kinds `e` is (see the module comment). */
function errorKind(e) {
    if (e instanceof OperationalError)
        return 'operational';
    if (e instanceof HeeError)
        return 'user';
    return 'bug';
}
/** True for errors whose message is meant for the user (no stack needed). */
function isUserError(e) {
    return e instanceof HeeError;
}
/** True when trying the same thing again later may succeed. */
function isRetryable(e) {
    return e instanceof OperationalError && e.retryable;
}
/** One line for a person: the message, then the hint if any. A bug gives its first line only. */
function describeError(e) {
    if (e instanceof HeeError)
        return e.hint ? `${e.message} (${e.hint})` : e.message;
    if (e instanceof Error)
        return firstLine(e.message) || e.name;
    return firstLine(String(e));
}
/**
 * The failure policy shared by every action (`action/run.ts`) and the CLI: what to print for
 * `e`. A bug is reported as one sentence saying it is one; its stack is kept apart so the
 * caller prints it once, in debug.
 */
function failureReport(e) {
    const kind = errorKind(e);
    if (kind !== 'bug')
        return { kind, line: describeError(e) };
    const stack = e instanceof Error ? e.stack : undefined;
    return {
        kind,
        line: `internal error (a bug in HEE CI, please report it): ${describeError(e)}`,
        ...(stack ? { stack } : {})
    };
}
function firstLine(s) {
    return s.split('\n')[0].trim();
}


/***/ }),

/***/ 2452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _coverage_measure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91988);
/* harmony import */ var _wire_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74575);
/**
 * What a worker thread started by `runBounded` runs: the bundle's entry module starts this
 * entry when it finds `heeTask` in the worker's data. It runs the task once, answers once
 * (`TaskReply`), and ends.
 */



const TASKS = {
    'coverage.measure': _coverage_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .measureReports */ .M
};
async function run() {
    const { heeTask, input } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    let reply;
    try {
        reply = { ok: true, value: await TASKS[heeTask](input) };
    }
    catch (e) {
        reply = { ok: false, error: (0,_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .toWire */ .B)(e) };
    }
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(reply);
}
void run();


/***/ })

};

//# sourceMappingURL=129.index.mjs.map