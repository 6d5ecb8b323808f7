/** Keeping secrets out of output and log text from being executed by the runner. */
export * from './redact.js'
export * from './inert.js'
export * from './escape.js'
