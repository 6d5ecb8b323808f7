/** The port through which engines run tools, and its `node:child_process` implementation. */
export * from './types.js'
export { BoundedOutput, DEFAULT_MAX_OUTPUT_BYTES } from './bounded-output.js'
export { createNodeExec, killAllRunning, type NodeExecOptions } from './node-exec.js'
export { isSecretName, toolEnv } from './tool-env.js'
