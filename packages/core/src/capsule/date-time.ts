/** RFC 3339 `date-time`, as ajv-formats judges it, with a fast path for the form capsules use. */
import type { FormatDefinition } from 'ajv'
import addFormatsModule from 'ajv-formats'

// ajv ships CommonJS with `exports.default`; under NodeNext the default import is the module
// object, and at runtime the class also carries `.default`, so `.default` works in both worlds.
const addFormats = addFormatsModule.default

/** ajv-formats' own (full mode) date-time format: the reference for every form but the usual one. */
export const fullDateTimeDef = addFormats.get('date-time', 'full') as FormatDefinition<string>
const fullDateTime = fullDateTimeDef.validate as (s: string) => boolean

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function allDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

function digits2(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48
  const b = s.charCodeAt(at + 1) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

/**
 * ajv-formats' RFC 3339 `date-time` check with a fast path for the form every capsule uses
 * (`toISOString`: `YYYY-MM-DDTHH:MM:SS[.fraction]Z`). The generic check splits the string and runs
 * three regular expressions, which dominated validating a long history; this reads the digits in
 * place and applies the same rules (a real calendar day; second 60 only at 23:59 UTC). Any other
 * form goes to ajv-formats unchanged; a property test holds both to the same answers.
 */
export function isDateTime(s: string): boolean {
  const n = s.length
  const shaped =
    n >= 20 &&
    s.charCodeAt(4) === 45 && // -
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(10) === 84 && // T
    s.charCodeAt(13) === 58 && // :
    s.charCodeAt(16) === 58 &&
    s.charCodeAt(n - 1) === 90 && // Z
    (n === 20 || (n > 21 && s.charCodeAt(19) === 46 && allDigits(s, 20, n - 1)))
  if (!shaped) return fullDateTime(s)
  const century = digits2(s, 0)
  const yy = digits2(s, 2)
  const month = digits2(s, 5)
  const day = digits2(s, 8)
  const hour = digits2(s, 11)
  const minute = digits2(s, 14)
  const whole = digits2(s, 17)
  if (century < 0 || yy < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || whole < 0) return fullDateTime(s)
  const year = century * 100 + yy
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]!)) return false
  // ajv-formats compares the seconds as a number; a long run of 9s in the fraction can round
  // 59.999… up to 60, so parse exactly as it does once the whole seconds are 59 or more.
  const second = whole < 59 ? whole : Number(s.slice(17, n - 1))
  if (hour <= 23 && minute <= 59 && second < 60) return true
  return hour === 23 && minute === 59 && second < 61 // a leap second, which is always at 23:59:60 UTC
}
