export const id = 898;
export const ids = [898];
export const modules = {

/***/ 23898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEMO_USAGE: () => (/* binding */ DEMO_USAGE),
/* harmony export */   demoArgs: () => (/* binding */ demoArgs),
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37638);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27109);






const DEMO_USAGE = `usage: hee demo [--keep DIR]

The whole of HEE CI against a local stand-in of GitHub, on a sample repository whose CI just
failed (the same as \`npm run demo\`): the monitor's findings and alert, the fix pull request with
its validation, the failure left alone and why, the coverage table and the capsule report.
Needs a clone of the HEE CI repository after \`npm ci\`, and cargo.

  --keep DIR   leave the sample repository, its remote, the stand-in's records and the capsule in DIR`;
/** The repository this CLI was built in, when it runs from a clone (dist/ or packages/cli/). */
function repositoryRoot() {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 5; i++) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'scripts', 'demo.ts')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'node_modules', 'tsx')))
            return dir;
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir);
    }
    return undefined;
}
/** Node's arguments for scripts/demo.ts of `root`; `--keep` relative to `cwd`, or absolute as given. */
function demoArgs(root, cwd, keep) {
    const args = ['--import', 'tsx', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'scripts', 'demo.ts')];
    if (keep)
        args.push('--keep', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, keep));
    return args;
}
/** `hee demo`: runs scripts/demo.ts of the clone, its output streamed as it goes. */
const demoCommand = async (argv, io) => {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(argv, { keep: { type: 'string' } });
    const root = repositoryRoot();
    if (!root)
        throw new _hee_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('hee demo runs from a clone of the HEE CI repository after `npm ci`', {
            hint: 'git clone the repository, run `npm ci`, then `npx hee demo`'
        });
    const args = demoArgs(root, io.cwd, values.keep);
    return new Promise((done) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, args, { cwd: root, env: io.env, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.setEncoding('utf8').on('data', (t) => io.stdout(t));
        child.stderr.setEncoding('utf8').on('data', (t) => io.stderr(t));
        child.on('close', (code) => done(code ?? 1));
    });
};


/***/ })

};

//# sourceMappingURL=898.index.mjs.map