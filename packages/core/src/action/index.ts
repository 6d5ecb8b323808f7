export { runAction } from './run.js'
export { readInputs, maskSecret, setOutputs, input } from './inputs.js'
export { runnerContext, workspacePath, capsulePathOf, DEFAULT_CAPSULE_FILE, type RunnerContext } from './context.js'
export { ArtifactCapsuleStore, type ArtifactStoreOptions } from './artifact-store.js'
