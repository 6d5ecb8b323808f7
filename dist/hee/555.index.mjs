export const id = 555;
export const ids = [555];
export const modules = {

/***/ 69555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   classifyText: () => (/* reexport safe */ _log_classifier_js__WEBPACK_IMPORTED_MODULE_0__.oF)
/* harmony export */ });
/* harmony import */ var _log_classifier_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24823);













/***/ })

};

//# sourceMappingURL=555.index.mjs.map