/**
 * Fields of the zod schemas that read settings given as strings: action inputs ('' when not
 * given) and the CLI flags that share their names. A bad value fails naming its range.
 */
import { z } from 'zod'

/** Input fields: action inputs arrive as strings, '' when not given. */
export const input = {
  text: (dflt = '') => z.string().transform((v) => (v === '' ? dflt : v)),
  bool: (dflt: boolean) =>
    z
      .string()
      .transform((v) => v.trim().toLowerCase())
      .refine((v) => ['', 'true', 'false'].includes(v), { message: "expected 'true' or 'false'" })
      .transform((v) => (v === '' ? dflt : v === 'true')),
  int: (dflt: number, min: number, max: number) =>
    z
      .string()
      .transform((v) => (v.trim() === '' ? dflt : Number(v.trim())))
      .refine((n) => Number.isInteger(n) && n >= min && n <= max, {
        message: `expected a whole number from ${min} to ${max}`
      }),
  oneOf: <T extends string>(values: readonly [T, ...T[]], dflt: T) =>
    z
      .string()
      .transform((v) => (v.trim() === '' ? dflt : v.trim()))
      .refine((v): v is T => (values as readonly string[]).includes(v), {
        message: `expected one of ${values.join(', ')}`
      })
      .transform((v) => v as T),
  list: () =>
    z.string().transform((v) =>
      v
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean)
    )
}
