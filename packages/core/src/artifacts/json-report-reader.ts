/**
 * Reads a security report's JSON from its byte stream, within limits, without ever holding the
 * text: the tokens are built into values as they come, objects and arrays are counted as they
 * open (a few megabytes of `{},{},…` stop the read after the first MAX nodes, whatever follows),
 * and SARIF results past the cap are checked for syntax but never built. What it returns is the
 * document JSON.parse would give, less the results past the cap.
 */
import { Tokenizer, TokenType } from '@streamparser/json'

export interface JsonReportLimits {
  /** Objects and arrays the document may hold, counted on the stream whether kept or not. */
  maxNodes: number
  /** SARIF results (`runs[*].results[*]`, all runs together) built; later ones are dropped. */
  maxResults: number
}

export type JsonReportRead =
  /** `results`: the SARIF results seen; `dropped`: those past the cap, never built. */
  | { kind: 'document'; doc: unknown; results: number; dropped: number }
  /** More than `maxNodes` objects and arrays: reading stopped there. */
  | { kind: 'too-many-nodes' }
  | { kind: 'malformed'; message: string }

/** Where a container sits, as far as the SARIF results cap cares. */
type Role = 'root' | 'runs' | 'run' | 'results' | 'other'

interface Frame {
  array: boolean
  /** The value being built; undefined when it is dropped (a result past the cap, or inside one). */
  value: Record<string, unknown> | unknown[] | undefined
  key: string
  role: Role
}

const enum Expect {
  Value,
  ValueOrClose,
  Key,
  KeyOrClose,
  Colon,
  CommaOrClose,
  Nothing
}

const NAMES: Record<number, string> = {
  [TokenType.LEFT_BRACE]: '{',
  [TokenType.RIGHT_BRACE]: '}',
  [TokenType.LEFT_BRACKET]: '[',
  [TokenType.RIGHT_BRACKET]: ']',
  [TokenType.COLON]: ':',
  [TokenType.COMMA]: ','
}

class Stop extends Error {}

/**
 * A push parser: `write` chunks, then `end`. `result` is set once the read is decided (too many
 * nodes or malformed: possibly before the stream ends, and the rest need not be read).
 */
export class JsonReportReader {
  result: JsonReportRead | undefined
  private readonly tokenizer = new Tokenizer()
  private readonly stack: Frame[] = []
  private expect = Expect.Value
  private root: unknown
  private nodes = 0
  private results = 0
  private dropped = 0

  constructor(private readonly limits: JsonReportLimits) {
    this.tokenizer.onToken = ({ token, value, offset }) => {
      if (!this.result) this.token(token, value, offset)
    }
    this.tokenizer.onError = (e) => this.failed(e)
  }

  /** Feeds the next chunk; a no-op once `result` is set. */
  write(chunk: Uint8Array | string): void {
    try {
      if (!this.result) this.tokenizer.write(chunk)
    } catch (e) {
      this.failed(e as Error)
    }
  }

  /** The stream is over: the read's result. */
  end(): JsonReportRead {
    try {
      if (!this.result) this.tokenizer.end()
    } catch (e) {
      this.failed(e as Error)
    }
    if (!this.result) {
      this.result =
        this.expect === Expect.Nothing
          ? { kind: 'document', doc: this.root, results: this.results, dropped: this.dropped }
          : { kind: 'malformed', message: 'the document ends early' }
    }
    return this.result
  }

  /** The tokenizer's error (or a Stop thrown through it, whose result is already set). */
  private failed(e: Error): void {
    this.result ??= { kind: 'malformed', message: e.message.replace(/ Either not all.*$/, '') }
  }

  private fail(message: string): never {
    this.result = { kind: 'malformed', message }
    throw new Stop(message)
  }

  private token(token: TokenType, value: unknown, offset: number): void {
    const top = this.stack.at(-1)
    if (token === TokenType.STRING && (this.expect === Expect.Key || this.expect === Expect.KeyOrClose)) {
      top!.key = value as string
      this.expect = Expect.Colon
      return
    }
    switch (token) {
      case TokenType.LEFT_BRACE:
      case TokenType.LEFT_BRACKET: {
        if (this.expect !== Expect.Value && this.expect !== Expect.ValueOrClose) this.unexpected(token, offset)
        if (++this.nodes > this.limits.maxNodes) {
          this.result = { kind: 'too-many-nodes' }
          throw new Stop('too many nodes')
        }
        const array = token === TokenType.LEFT_BRACKET
        const kept = this.keeps(top)
        this.stack.push({
          array,
          value: kept ? (array ? [] : {}) : undefined,
          key: '',
          role: this.roleOf(top, array)
        })
        this.expect = array ? Expect.ValueOrClose : Expect.KeyOrClose
        return
      }
      case TokenType.RIGHT_BRACE:
      case TokenType.RIGHT_BRACKET: {
        const closesArray = token === TokenType.RIGHT_BRACKET
        const ok =
          top !== undefined &&
          top.array === closesArray &&
          (this.expect === Expect.CommaOrClose ||
            this.expect === (closesArray ? Expect.ValueOrClose : Expect.KeyOrClose))
        if (!ok) this.unexpected(token, offset)
        this.stack.pop()
        this.place(top.value, top.value !== undefined)
        return
      }
      case TokenType.COLON:
        if (this.expect !== Expect.Colon) this.unexpected(token, offset)
        this.expect = Expect.Value
        return
      case TokenType.COMMA:
        if (this.expect !== Expect.CommaOrClose || !top) this.unexpected(token, offset)
        this.expect = top.array ? Expect.Value : Expect.Key
        return
      default: // a string, number, true, false or null
        if (this.expect !== Expect.Value && this.expect !== Expect.ValueOrClose) this.unexpected(token, offset)
        this.place(value, this.keeps(top))
    }
  }

  /** Whether a value starting now in `parent` is built (and, in a results array, counts it). */
  private keeps(parent: Frame | undefined): boolean {
    if (!parent) return true
    if (parent.value === undefined) return false
    if (parent.role !== 'results') return true
    if (++this.results <= this.limits.maxResults) return true
    this.dropped++
    return false
  }

  private roleOf(parent: Frame | undefined, array: boolean): Role {
    if (!parent) return array ? 'other' : 'root'
    if (parent.role === 'root' && array && parent.key === 'runs') return 'runs'
    if (parent.role === 'runs' && !array) return 'run'
    if (parent.role === 'run' && array && parent.key === 'results') return 'results'
    return 'other'
  }

  /** Puts a finished value into its container (or makes it the document), when it is kept. */
  private place(value: unknown, kept: boolean): void {
    const top = this.stack.at(-1)
    if (!top) {
      this.root = value
      this.expect = Expect.Nothing
      return
    }
    this.expect = Expect.CommaOrClose
    if (!kept || top.value === undefined) return
    if (top.array) (top.value as unknown[]).push(value)
    // JSON.parse makes `__proto__` an own property; an assignment would set the prototype.
    else if (top.key === '__proto__')
      Object.defineProperty(top.value, top.key, { value, enumerable: true, writable: true, configurable: true })
    else (top.value as Record<string, unknown>)[top.key] = value
  }

  private unexpected(token: TokenType, offset: number): never {
    const what = NAMES[token] ?? (token === TokenType.STRING ? 'a string' : 'a value')
    this.fail(
      this.expect === Expect.Nothing
        ? `data after the end of the document at byte ${offset}`
        : `unexpected ${what} at byte ${offset}`
    )
  }
}

/** Reads the JSON document of `chunks` within `limits`, stopping as soon as the read is decided. */
export async function readJsonReport(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array | string>,
  limits: JsonReportLimits
): Promise<JsonReportRead> {
  const reader = new JsonReportReader(limits)
  for await (const chunk of chunks) {
    reader.write(chunk)
    if (reader.result) return reader.result
  }
  return reader.end()
}
