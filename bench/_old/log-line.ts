import type { LineLevel } from './pattern-types.js'

/** Longest text fed to a rule's regex: bounds the cost of any regex on any line. */
export const MAX_MATCH_CHARS = 4096
/** Longest raw segment looked at; the rest of a giant line is counted, not scanned. */
export const MAX_RAW_CHARS = 16384

/** A GitHub Actions workflow command at the start of a line (`##[group]`, `##[error]`, …). */
export type LineCommand = 'group' | 'endgroup' | 'error' | 'warning' | 'notice' | 'debug' | 'command' | 'section'

/** One log line (or `\r`-separated segment of one) made ready for matching. */
export interface CleanLine {
  /** ANSI-free text without the timestamp or `##[…]` prefix, at most MAX_MATCH_CHARS. */
  text: string
  /** The line's ISO timestamp when the runner printed one. */
  timestamp?: string
  level: LineLevel
  command?: LineCommand
}

const GH_CLI_PREFIX = /^[^\t]{1,200}\t[^\t]{1,200}\t(?=\d{4}-\d\d-\d\dT)/
const TIMESTAMP = /^\uFEFF?(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z) ?/
// CSI sequences, OSC sequences (BEL or ST terminated), charset selections, two-byte escapes.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)?|\x1b[()*+][0-9A-Za-z]|\x1b[@-Z\\-_]?/g
// Travis fold/timing markers and the bare "[0K" left when a log lost its ESC bytes.
const TRAVIS_MARKER = /travis_(?:fold|time):(?:start|end):[\w.:=,]*|\[0K/g
const COMMAND = /^##\[(group|endgroup|error|warning|notice|debug|command|section)\]/
const ERROR_LEVEL = /^\s*(?:\[(?:ERROR|FATAL|error|fatal)\]|(?:ERROR|FATAL|Error|E)(?::|\s\|)\s|error(?:\[\w+\])?:|fatal:)/
const WARNING_LEVEL = /^\s*(?:\[(?:WARNING|WARN|warning|warn)\]|(?:WARNING|WARN|Warning|W):\s|warning(?:\[\w+\])?:)/

/** Removes ANSI colour and cursor codes. */
export function stripAnsi(s: string): string {
  return s.indexOf('\x1b') < 0 ? s : s.replace(ANSI, '')
}

/**
 * Normalises one raw segment: drops the `gh run view --log` job/step columns, the runner's
 * timestamp, ANSI codes and Travis markers, and reads a leading `##[command]` and the level.
 */
export function cleanLine(raw: string): CleanLine {
  let s = raw.length > MAX_RAW_CHARS ? raw.slice(0, MAX_RAW_CHARS) : raw
  if (s.indexOf('\t') >= 0) s = s.replace(GH_CLI_PREFIX, '')
  let timestamp: string | undefined
  const ts = TIMESTAMP.exec(s)
  if (ts) {
    timestamp = ts[1]
    s = s.slice(ts[0].length)
  }
  s = stripAnsi(s)
  if (s.indexOf('travis_') >= 0 || s.indexOf('[0K') >= 0) s = s.replace(TRAVIS_MARKER, '')
  let command: LineCommand | undefined
  let level: LineLevel = 'none'
  if (s.startsWith('##[')) {
    const m = COMMAND.exec(s)
    if (m) {
      command = m[1] as LineCommand
      s = s.slice(m[0].length)
      if (command === 'error') level = 'error'
      else if (command === 'warning') level = 'warning'
    }
  }
  if (s.length > MAX_MATCH_CHARS) s = s.slice(0, MAX_MATCH_CHARS)
  s = s.trimEnd()
  if (level === 'none') {
    if (ERROR_LEVEL.test(s)) level = 'error'
    else if (WARNING_LEVEL.test(s)) level = 'warning'
  }
  return { text: s, timestamp, level, command }
}
