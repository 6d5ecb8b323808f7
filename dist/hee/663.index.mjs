export const id = 663;
export const ids = [663];
export const modules = {

/***/ 86210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ BoundedOutput),
/* harmony export */   n: () => (/* binding */ DEFAULT_MAX_OUTPUT_BYTES)
/* harmony export */ });
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);

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
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
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


/***/ }),

/***/ 37663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createNodeExec: () => (/* reexport safe */ _node_exec_js__WEBPACK_IMPORTED_MODULE_0__.k)
/* harmony export */ });
/* harmony import */ var _node_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32433);
/** The port through which engines run tools, and its `node:child_process` implementation. */






/***/ }),

/***/ 32433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ createNodeExec)
/* harmony export */ });
/* unused harmony export killAllRunning */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bounded_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86210);



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
    const maxBytes = opts.maxOutputBytes ?? _bounded_output_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_OUTPUT_BYTES */ .n;
    const grace = opts.killGraceMs ?? 5000;
    const linger = opts.lingerMs ?? 2000;
    installExitHook();
    return (command, args, o = {}) => {
        const progress = o.progress ?? opts.progress ?? {};
        const started = performance.now();
        const out = new _bounded_output_js__WEBPACK_IMPORTED_MODULE_2__/* .BoundedOutput */ .l(maxBytes);
        const err = new _bounded_output_js__WEBPACK_IMPORTED_MODULE_2__/* .BoundedOutput */ .l(maxBytes);
        progress.start?.(command, args, o.cwd);
        return new Promise((resolve) => {
            let settled = false;
            let timedOut = false;
            let aborted = false;
            let exitCode = null;
            let exitSignal = null;
            const timers = [];
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], {
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
                const signalNumber = exitSignal ? (node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[exitSignal] ?? 0) : 0;
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


/***/ })

};

//# sourceMappingURL=663.index.mjs.map