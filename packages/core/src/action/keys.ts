import { parseEncryptionKey, parseKey, type CapsuleKey } from '../capsule/index.js'
import { ConfigurationError, HeeError } from '../errors.js'

/** Reads a key input; a malformed key fails naming the input (its value is never shown). */
export function keyInput(name: string, value: string): CapsuleKey | undefined {
  return value ? named(name, () => parseKey(value)) : undefined
}

/** Reads an AES-256 key input the same way. */
export function encryptionKeyInput(name: string, value: string): Buffer | undefined {
  return value ? named(name, () => parseEncryptionKey(value)) : undefined
}

/**
 * The key an action must have unless the user allowed unsigned capsules: every action asks
 * the same way, naming its own input and why it needs it.
 */
export function requiredKey(
  name: string,
  value: string,
  allowUnsigned: boolean,
  why: string,
  hint: string
): CapsuleKey | undefined {
  const key = keyInput(name, value)
  if (!key && !allowUnsigned) {
    throw new ConfigurationError(`input \`${name}\` is empty: ${why}`, {
      hint: `${hint}, or set \`allow-unsigned: 'true'\``
    })
  }
  return key
}

function named<T>(name: string, parse: () => T): T {
  try {
    return parse()
  } catch (e) {
    if (e instanceof HeeError)
      throw new ConfigurationError(`input \`${name}\`: ${e.message}`, { hint: e.hint, cause: e })
    throw e
  }
}
