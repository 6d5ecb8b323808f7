/** The state capsule engine: schema, integrity, confidentiality, state machine and storage. */
export * from './types.js'
export { BODY_SCHEMA, CAPSULE_JSON_SCHEMA, capsuleValidator } from './schema.js'
export { capsuleSchema, capsuleBodySchema } from './shapes.js'
export { canonicalJson, capsuleDigest, chainLinkOf, sha256Hex, signedPart } from './canonical.js'
export type { ChainLink } from './canonical.js'
export { MIN_HMAC_BYTES, canSign, generateEd25519, parseKey, publicKeyPem, readKeyFile, verifyOnly } from './keys.js'
export type { CapsuleKey, Ed25519PrivateKey, Ed25519PublicKey, HmacKey } from './keys.js'
export { signCapsule, verifySignature } from './sign.js'
export {
  decryptFields,
  describeEncryptedFields,
  encryptFields,
  encryptionKeyId,
  missingEncryptionKeyError,
  parseEncryptionKey
} from './encrypt.js'
export {
  INITIAL_STATUS,
  STATUS_TRANSITIONS,
  assertTransition,
  canTransition,
  isCapsuleStatus,
  nextStates,
  pathTo
} from './state-machine.js'
export type { StatusTransition } from './state-machine.js'
export { DEFAULT_HISTORY_LIMIT, compactHistory, historyTotals } from './history.js'
export type { PatternTotals } from './history.js'
export { applyUpdate, capsuleUpdateSchema, createCapsule, parseUpdate } from './update.js'
export type { CreateCapsuleOptions, UpdateContext } from './update.js'
export { checkSuccession, validateCapsule } from './validate.js'
export {
  formatCapsule,
  parseCapsuleBytes,
  parseCapsuleText,
  readCapsuleFile,
  sweepStaleTemps,
  writeCapsuleFile,
  writeTextAtomic
} from './store.js'
export { openCapsule, sealCapsule } from './open.js'
export type { OpenOptions, OpenedCapsule, SealOptions } from './open.js'
export { REPORT_HISTORY_ROWS, renderReport, renderStateDiagram } from './report.js'
