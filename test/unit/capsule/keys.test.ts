import { execFileSync } from 'node:child_process'
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  canSign,
  generateEd25519,
  parseKey,
  publicKeyPem,
  readKeyFile,
  verifyOnly
} from '../../../packages/core/src/capsule/keys.js'
import { ed25519Pem, heeError, heeErrorAsync } from './fixtures.js'

const SECRET = 'a-long-enough-hmac-secret-value'

describe('capsule keys', () => {
  it('reads an Ed25519 private key and derives the key id from the public key DER', () => {
    const { privatePem, publicPem } = ed25519Pem()
    const k = parseKey(privatePem)
    expect(k.kind).toBe('ed25519-private')
    const der = createPublicKey(publicPem).export({ type: 'spki', format: 'der' })
    expect(k.keyId).toBe(createHash('sha256').update(der).digest('hex').slice(0, 16))
    expect(parseKey(publicPem)).toMatchObject({ kind: 'ed25519-public', keyId: k.keyId })
    expect(canSign(k)).toBe(true)
    expect(canSign(parseKey(publicPem))).toBe(false)
  })

  it('reads a key written by openssl genpkey -algorithm ed25519', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hee-key-'))
    const file = join(dir, 'ed.pem')
    execFileSync('openssl', ['genpkey', '-algorithm', 'ed25519', '-out', file])
    const k = parseKey(readFileSync(file))
    expect(k.kind).toBe('ed25519-private')
    const pub = execFileSync('openssl', ['pkey', '-in', file, '-pubout']).toString()
    expect(parseKey(pub).keyId).toBe(k.keyId)
    expect(publicKeyPem(k).trim()).toBe(pub.trim())
  })

  it('treats anything else as an HMAC secret, trimmed, with the key id of the secret', () => {
    const k = parseKey(`  ${SECRET}\n`)
    expect(k.kind).toBe('hmac')
    expect(k.keyId).toBe(createHash('sha256').update(SECRET).digest('hex').slice(0, 16))
    expect(parseKey(Buffer.from(`${SECRET}\r\n`)).keyId).toBe(k.keyId)
    expect(canSign(k)).toBe(true)
  })

  it('refuses an HMAC secret shorter than 16 bytes and says how long it was', () => {
    const e = heeError(() => parseKey('short-secret\n'))
    expect(e.code).toBe('capsule.key')
    expect(e.message).toBe('HMAC secret is too short (12 bytes; at least 16)')
  })

  it('refuses non-Ed25519 and unsupported PEM keys without quoting the key', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    const e = heeError(() => parseKey(rsa))
    expect(e.code).toBe('capsule.key')
    expect(e.message).toContain('rsa, not Ed25519')
    expect(e.message).not.toContain('MII')
    const ssh = heeError(() =>
      parseKey('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n')
    )
    expect(ssh.message).toContain('unsupported PEM key "OPENSSH PRIVATE KEY"')
    expect(ssh.message).not.toContain('b3BlbnNza')
    const broken = heeError(() =>
      parseKey('-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI\n-----END PRIVATE KEY-----\n')
    )
    expect(broken.message).not.toContain('MC4CAQ')
  })

  it('never shows the HMAC secret when the key is printed or serialised', () => {
    const k = parseKey(SECRET)
    expect(JSON.stringify(k)).not.toContain(SECRET)
    expect(String(JSON.stringify(Object.values(k)))).not.toContain(SECRET)
  })

  it('reads key files and names the path when one is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hee-key-'))
    writeFileSync(join(dir, 'k'), SECRET)
    expect((await readKeyFile(join(dir, 'k'))).kind).toBe('hmac')
    const e = await heeErrorAsync(() => readKeyFile(join(dir, 'absent')))
    expect(e.code).toBe('capsule.key')
    expect(e.message).toContain('absent')
    expect(e.message).toContain('ENOENT')
  })

  it('exports the public key PEM of an Ed25519 key and refuses for HMAC', () => {
    const pair = generateEd25519()
    const k = parseKey(pair.privatePem)
    expect(k.keyId).toBe(pair.keyId)
    expect(publicKeyPem(k)).toBe(pair.publicPem)
    expect(verifyOnly(k)).toMatchObject({ kind: 'ed25519-public', keyId: k.keyId })
    expect(heeError(() => publicKeyPem(parseKey(SECRET))).code).toBe('capsule.key')
  })
})
