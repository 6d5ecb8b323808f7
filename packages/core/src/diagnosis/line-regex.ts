/**
 * The regex engines the classifier runs. Built-in rules use JavaScript's own engine (they are
 * written and tested to run in linear time on any line). A repository's own rules run on RE2
 * (`re2js`, pure JavaScript): linear in the line's length by construction, whatever the
 * pattern, so a rule in `.github/hee-patterns.yml` cannot stall the monitor. RE2 refuses what
 * it cannot run in linear time (lookarounds, back-references); such a rule is refused with
 * RE2's reason.
 */
import { RE2JS } from 're2js'

/** What the classifier needs of a compiled regex: a test on one line, and its source. */
export interface LineRegex {
  readonly source: string
  readonly flags: string
  test(text: string): boolean
}

/** A regex on RE2: the same `test` as RegExp, linear time. */
class Re2Regex implements LineRegex {
  private readonly re: RE2JS

  constructor(
    readonly source: string,
    readonly flags: string
  ) {
    this.re = RE2JS.compile(source, flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0)
  }

  test(text: string): boolean {
    return this.re.matcher(text).find()
  }
}

/**
 * Compiles a user's regex on RE2. Throws an Error whose message says why RE2 refuses it
 * (e.g. `invalid or unsupported Perl syntax: (?<`).
 */
export function compileLinear(source: string, flags: string): LineRegex {
  try {
    return new Re2Regex(source, flags)
  } catch (e) {
    const msg = (e as Error).message ?? String(e)
    throw new Error(msg.replace(/^error parsing regexp: /, ''), { cause: e })
  }
}
