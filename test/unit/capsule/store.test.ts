import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../packages/core/src/capsule/canonical.js'
import { parseKey } from '../../../packages/core/src/capsule/keys.js'
import { sealCapsule } from '../../../packages/core/src/capsule/open.js'
import { signCapsule, verifySignature } from '../../../packages/core/src/capsule/sign.js'
import {
  formatCapsule,
  parseCapsuleBytes,
  parseCapsuleText,
  readCapsuleFile,
  writeCapsuleFile
} from '../../../packages/core/src/capsule/store.js'
import type { Capsule } from '../../../packages/core/src/capsule/types.js'
import { applyUpdate } from '../../../packages/core/src/capsule/update.js'
import { HeeError } from '../../../packages/core/src/errors.js'
import { NOW, ed25519Pem, fresh, heeError, heeErrorAsync, rich } from './fixtures.js'

const dir = (): string => mkdtempSync(join(tmpdir(), 'hee-store-'))

describe('parseCapsuleText', () => {
  it('parses what formatCapsule writes', () => {
    const c = rich()
    const text = formatCapsule(c)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "version": 1,')
    expect(parseCapsuleText(text, 'x.json')).toEqual(c)
  })

  it('reports an empty file as truncated at byte 0', () => {
    const e = heeError(() => parseCapsuleText('', 'state.json'))
    expect(e.code).toBe('capsule.truncated')
    expect(e.message).toBe('capsule state.json is truncated: JSON ends at byte 0')
  })

  it('reports a file cut at every length as truncated (or, never, as valid)', () => {
    const text = formatCapsule(rich())
    const end = text.trimEnd().length // beyond the closing brace only whitespace is lost
    for (let n = 0; n < end; n++) {
      const e = heeError(() => parseCapsuleText(text.slice(0, n), 'cut.json'))
      expect(e.code).toBe('capsule.truncated')
      expect(e.message).toContain(`ends at byte ${Buffer.byteLength(text.slice(0, n))}`)
    }
    expect(parseCapsuleText(text.slice(0, end), 'cut.json')).toEqual(rich())
  })

  it('reports other JSON errors as capsule.parse with a byte position', () => {
    const e = heeError(() => parseCapsuleText('{\n  "a": tru,\n}', 's.json'))
    expect(e.code).toBe('capsule.parse')
    expect(e.message).toBe('capsule s.json is not valid JSON: expected true, found "," at byte 12 (line 2, column 11)')
  })

  it('schema-checks after parsing and names the source', () => {
    const e = heeError(() => parseCapsuleText('{"schema":"hee.capsule/v1"}', 'art.json'))
    expect(e.code).toBe('capsule.schema')
    expect(e.message).toMatch(/^art\.json: capsule does not match schema/)
  })

  it('never silently accepts a signed capsule file with any single byte changed (property)', () => {
    const keys = [parseKey(ed25519Pem().privatePem), parseKey('0123456789abcdef0123456789abcdef')]
    for (const key of keys) {
      const original = signCapsule(rich(), key)
      const bytes = Buffer.from(formatCapsule(original), 'utf8')
      fc.assert(
        fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (at, delta) => {
          const changed = Buffer.from(bytes)
          changed[at] = (changed[at]! + delta) % 256
          let accepted: Capsule
          try {
            accepted = parseCapsuleBytes(changed, 'f.json')
            verifySignature(accepted, [key])
          } catch (e) {
            expect(e).toBeInstanceOf(HeeError)
            return
          }
          // Accepted only when the change was whitespace-for-whitespace: the same capsule.
          expect(canonicalJson(accepted)).toBe(canonicalJson(original))
          expect(' \n\r\t').toContain(String.fromCharCode(bytes[at]!))
        }),
        { numRuns: 1500 }
      )
    }
  })

  it('refuses a signed capsule that names current_status twice, though the signature holds over the last value', () => {
    const key = parseKey(ed25519Pem().privatePem)
    const signed = signCapsule(rich(), key)
    const text = formatCapsule(signed)
    const real = text.match(/"current_status": "[a-z]+"/)![0]
    // A first-wins reader would see "maintenance"; JSON.parse keeps the signed value.
    const doubled = text.replace(real, `"current_status": "maintenance",\n    ${real}`)
    expect(() => verifySignature(JSON.parse(doubled) as Capsule, [key])).not.toThrow()
    const e = heeError(() => parseCapsuleText(doubled, 'dup.json'))
    expect(e.code).toBe('capsule.parse')
    expect(e.message).toMatch(
      /^capsule dup\.json is malformed: duplicate key "current_status" at byte \d+ \(line \d+, column 5\)$/
    )
  })

  it('refuses a duplicated key at any depth, and keeps equal keys of different objects', () => {
    const c = formatCapsule(rich())
    expect(
      heeError(() => parseCapsuleText(c.replace('"version": 1,', '"version": 1, "version": 1,'), 'v.json')).message
    ).toMatch(/duplicate key "version"/)
    expect(parseCapsuleText(c, 'ok.json')).toEqual(rich())
  })

  it('rejects bytes that are not valid UTF-8', () => {
    const bytes = Buffer.from(formatCapsule(fresh()), 'utf8')
    bytes[20] = 0xff
    expect(heeError(() => parseCapsuleBytes(bytes, 'bad.json')).code).toBe('capsule.parse')
  })
})

describe('capsule files', () => {
  it('round-trips through writeCapsuleFile and readCapsuleFile', async () => {
    const path = join(dir(), 'capsule.json')
    const c = rich()
    await writeCapsuleFile(path, c)
    expect(readFileSync(path, 'utf8')).toBe(formatCapsule(c))
    expect(await readCapsuleFile(path)).toEqual(c)
  })

  it('leaves the old file intact and no temp file when the new capsule is invalid', async () => {
    const d = dir()
    const path = join(d, 'capsule.json')
    await writeCapsuleFile(path, fresh())
    const before = readFileSync(path, 'utf8')
    const bad = { ...fresh(), version: 0 }
    const e = await heeErrorAsync(() => writeCapsuleFile(path, bad))
    expect(e.code).toBe('capsule.schema')
    expect(readFileSync(path, 'utf8')).toBe(before)
    expect(readdirSync(d)).toEqual(['capsule.json'])
  })

  it('leaves the old file intact and removes the temp file when the rename fails', async () => {
    const d = dir()
    writeFileSync(join(d, 'keep'), 'x')
    // A directory in the way makes rename fail after the temp file was written.
    const blocked = join(d, 'blocked')
    await import('node:fs/promises').then((fs) => fs.mkdir(join(blocked, 'inner'), { recursive: true }))
    const e = await heeErrorAsync(() => writeCapsuleFile(blocked, fresh()))
    expect(e.code).toBe('capsule.write')
    expect(e.message).toContain('the previous file is unchanged')
    expect(readdirSync(d).sort()).toEqual(['blocked', 'keep'])
    expect(readdirSync(blocked)).toEqual(['inner'])
  })

  it('reports a directory it cannot create the temp file in as capsule.write, leaving the old file intact', async () => {
    // Works for root too (which ignores permission bits): the capsule's "directory" is a regular
    // file, so creating the temp file beside the target fails with ENOTDIR.
    const d = dir()
    const old = join(d, 'state')
    await writeCapsuleFile(old, fresh())
    const before = readFileSync(old, 'utf8')
    const e = await heeErrorAsync(() => writeCapsuleFile(join(old, 'capsule.json'), rich()))
    expect(e.code).toBe('capsule.write')
    expect(e.message).toMatch(/cannot write capsule .*\(ENOTDIR\); the previous file is unchanged/)
    expect(readFileSync(old, 'utf8')).toBe(before)
    expect(readdirSync(d)).toEqual(['state'])
  })

  it('still schema-checks a capsule that was changed after applyUpdate and sealCapsule', async () => {
    const d = dir()
    const path = join(d, 'capsule.json')
    await writeCapsuleFile(path, fresh())
    const before = readFileSync(path, 'utf8')
    const sealed = sealCapsule(applyUpdate(fresh(), { last_run_id: 5 }, { now: NOW }), {
      signingKey: parseKey('0123456789abcdef0123456789abcdef')
    })
    ;(sealed.body.monitoring_state as { consecutive_failures: unknown }).consecutive_failures = -1
    const e = await heeErrorAsync(() => writeCapsuleFile(path, sealed))
    expect(e.code).toBe('capsule.schema')
    expect(e.message).toContain('/body/monitoring_state/consecutive_failures')
    expect(readFileSync(path, 'utf8')).toBe(before)
    expect(readdirSync(d)).toEqual(['capsule.json'])
  })

  it('names a missing file', async () => {
    const e = await heeErrorAsync(() => readCapsuleFile(join(dir(), 'none.json')))
    expect(e.code).toBe('capsule.read')
    expect(e.message).toContain('does not exist')
  })
})
