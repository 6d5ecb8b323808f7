export const id = 460;
export const ids = [460];
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










/***/ })

};

//# sourceMappingURL=460.index.mjs.map