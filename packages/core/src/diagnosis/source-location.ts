/**
 * The source file and line an evidence line names: `a.rs:12:5`, `a.ts(12,5)`, Maven's
 * `A.java:[12,5]`, Python's `File "a.py", line 12`, GitHub's `file=a.py,line=12`. The finding
 * carries them, so alerts and annotations point at the code without parsing excerpts again.
 */

export interface SourceLocation {
  file: string
  line: number
}

// tsc `a.ts(12,5)`, rustc/go/gcc/eslint `a.rs:12:5`, javac under Maven `A.java:[12,5]`.
const FILE_LINE =
  /(?<![\w./\\-])((?:[/\\]|[A-Za-z]:[/\\])?(?:[\w.@+-]{1,200}[/\\]){0,30}[\w.@+-]{0,200}\.[A-Za-z][A-Za-z0-9]{0,7})(?::\[?(\d{1,7})(?:[:,]\d{1,7})?\]?(?![\w.])|\((\d{1,7}),\d{1,7}\))/
const PY_FILE_LINE = /File "([^"\r\n]{1,400})", line (\d{1,7})/
const ANNOTATION = /\bfile=([^,:\s]{1,400}),line=(\d{1,7})/
// Names that look like file:line but are hosts and ports or versions.
const NOT_A_FILE = /^(?:https?|ftp|git|ssh)$|^(?:[\w-]+\.)+(?:com|org|net|io|dev|sh|co|app)$/i

/** The first source location named in `text` (a line or an excerpt), if any. */
export function sourceLocationOf(text: string): SourceLocation | undefined {
  const t = text.length > 4000 ? text.slice(0, 4000) : text
  const a = ANNOTATION.exec(t)
  if (a) return { file: a[1]!, line: Number(a[2]) }
  const py = PY_FILE_LINE.exec(t)
  if (py) return { file: py[1]!, line: Number(py[2]) }
  const re = new RegExp(FILE_LINE.source, 'g')
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const file = m[1]!.replace(/^\.\//, '')
    if (NOT_A_FILE.test(file) || /^\d/.test(file.split(/[/\\]/).pop() ?? '')) continue
    const line = Number(m[2] ?? m[3])
    if (line > 0) return { file, line }
  }
  return undefined
}
