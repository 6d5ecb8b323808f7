/**
 * SPDX headers in each language's comment syntax, placed where the file's first lines allow:
 * after a shebang, an encoding line, an XML declaration, a doctype, `// @ts-check` and
 * triple-slash directives, PHP's open tag, or Markdown front matter.
 */

export type CommentStyle =
  | { kind: 'line'; prefix: string }
  | { kind: 'block'; open: string; middle: string; close: string }
  /** No comment syntax (JSON, CSV, images): REUSE reads a `<file>.license` beside it. */
  | { kind: 'sidecar' }

const HASH: CommentStyle = { kind: 'line', prefix: '#' }
const SLASH: CommentStyle = { kind: 'line', prefix: '//' }
const C_BLOCK: CommentStyle = { kind: 'block', open: '/*', middle: ' *', close: ' */' }
const HTML: CommentStyle = { kind: 'block', open: '<!--', middle: '', close: '-->' }
const DASH: CommentStyle = { kind: 'line', prefix: '--' }
const SEMI: CommentStyle = { kind: 'line', prefix: ';' }
const PERCENT: CommentStyle = { kind: 'line', prefix: '%' }
const RST: CommentStyle = { kind: 'line', prefix: '..' }
const SIDECAR: CommentStyle = { kind: 'sidecar' }

const BY_EXTENSION: Record<string, CommentStyle> = {}
const add = (style: CommentStyle, exts: string): void => {
  for (const e of exts.split(' ')) BY_EXTENSION[e] = style
}
add(
  HASH,
  'py pyi pyx sh bash zsh ksh fish yml yaml toml rb pl pm r cfg conf mk cmake tf tfvars nix ps1 psm1 gitignore gitattributes gitmodules editorconfig dockerignore prettierignore eslintignore npmignore env properties nim cr ex exs jl awk sed tcl'
)
add(
  SLASH,
  'rs js mjs cjs jsx ts mts cts tsx go java kt kts swift cc cpp cxx hh hpp hxx cs dart scala groovy gradle proto php zig jsonc json5 v sv'
)
add(C_BLOCK, 'c h css scss sass less styl')
add(HTML, 'html htm xhtml xml xsd xsl xslt svg md markdown vue svelte astro plist rss atom wsdl')
add(DASH, 'sql lua hs lhs elm ada adb ads')
add(SEMI, 'lisp el clj cljs cljc edn scm rkt asm s ini')
add(PERCENT, 'tex sty cls erl hrl m')
add(RST, 'rst')
add(
  SIDECAR,
  'json csv tsv txt png jpg jpeg gif ico webp bmp tiff pdf woff woff2 ttf otf eot zip gz tgz xz bz2 jar wasm mp3 mp4 ogg wav lock bin dat snap'
)

const BY_NAME: Record<string, CommentStyle> = {
  Makefile: HASH,
  GNUmakefile: HASH,
  makefile: HASH,
  Dockerfile: HASH,
  Containerfile: HASH,
  Justfile: HASH,
  justfile: HASH,
  Gemfile: HASH,
  Rakefile: HASH,
  Vagrantfile: HASH,
  CODEOWNERS: HASH,
  'CMakeLists.txt': HASH,
  'requirements.txt': HASH,
  '.gitignore': HASH,
  '.gitattributes': HASH,
  '.editorconfig': HASH,
  '.dockerignore': HASH,
  '.prettierignore': HASH,
  '.eslintignore': HASH,
  '.npmignore': HASH,
  '.npmrc': HASH,
  '.env': HASH,
  'Cargo.lock': SIDECAR,
  'package-lock.json': SIDECAR
}

/** The comment syntax of a file, from its name, its extension or (no extension) its shebang. */
export function commentStyleFor(path: string, text?: string): CommentStyle {
  const name = path.split('/').pop() ?? path
  const byName = BY_NAME[name]
  if (byName) return byName
  const dot = name.lastIndexOf('.')
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : dot === 0 ? name.slice(1).toLowerCase() : ''
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext]!
  if (text !== undefined && !text.includes('\0') && text.startsWith('#!')) {
    // a script: the interpreter decides the comment syntax
    const interp = text.slice(0, text.indexOf('\n') >>> 0)
    if (/\b(?:node|deno|bun|ts-node|tsx)\b/.test(interp)) return SLASH
    return HASH
  }
  return SIDECAR
}

/** True when the text already carries the tag (`SPDX-License-Identifier`, `SPDX-FileCopyrightText`). */
export function hasTag(text: string, tag: 'license' | 'copyright'): boolean {
  if (tag === 'license') return /SPDX-License-Identifier:/.test(text)
  // REUSE also takes a plain "Copyright" or "©" notice as copyright information
  return /SPDX-(?:FileCopyrightText|SnippetCopyrightText):|(?:^|[^\w])(?:Copyright\s+(?:\(c\)|©|\d{4})|©\s*\d{4})/im.test(
    text
  )
}

/** How many leading lines must stay first (shebang, encoding, XML declaration, directives, front matter). */
export function preambleLines(lines: readonly string[], path: string): number {
  let i = 0
  const isMarkdown = /\.(?:md|markdown)$/i.test(path)
  if (isMarkdown && lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1)
    const endDots = lines.indexOf('...', 1)
    const close = [end, endDots].filter((n) => n > 0).sort((a, b) => a - b)[0]
    if (close !== undefined) return close + 1
  }
  // a shebang, not a Rust inner attribute (`#![allow(…)]`)
  if (lines[i]?.startsWith('#!') && !lines[i]!.startsWith('#![')) i++
  // PEP 263: the encoding declaration is honoured on line 1 or 2 only
  if (i < 2 && /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/.test(lines[i] ?? '')) i++
  if (/^\s*<\?xml\b.*\?>\s*$/.test(lines[i] ?? '')) i++
  if (/^\s*<!doctype\b[^>]*>\s*$/i.test(lines[i] ?? '')) i++
  if (/^\s*<\?php\b/.test(lines[i] ?? '') && !/\?>/.test(lines[i] ?? '')) i++
  // TypeScript's pragmas and triple-slash directives only count before any other code
  while (
    /^\s*(?:\/\/\s*@ts-(?:check|nocheck)\b|\/\/\/\s*<(?:reference|amd-module|amd-dependency)\b)/.test(lines[i] ?? '')
  )
    i++
  return i
}

/** The header block in the given comment syntax (no trailing blank line). */
export function renderHeader(style: Exclude<CommentStyle, { kind: 'sidecar' }>, tagLines: readonly string[]): string[] {
  if (style.kind === 'line') return tagLines.map((l) => (l === '' ? style.prefix : `${style.prefix} ${l}`))
  if (style.open === '<!--') return [style.open, ...tagLines, style.close]
  return [style.open, ...tagLines.map((l) => (l === '' ? style.middle : `${style.middle} ${l}`)), style.close]
}

/** The REUSE tag lines: copyright lines, a blank line, the license identifier. */
export function tagLines(copyrights: readonly string[], license: string | undefined): string[] {
  const out = copyrights.map((c) => (/^SPDX-|^Copyright\b|^©/.test(c) ? c : `SPDX-FileCopyrightText: ${c}`))
  if (license) {
    if (out.length > 0) out.push('')
    out.push(`SPDX-License-Identifier: ${license}`)
  }
  return out
}

export type HeaderEdit =
  | { kind: 'inline'; path: string; text: string }
  | { kind: 'sidecar'; path: string; text: string }
  | { kind: 'none'; path: string; reason: string }

/**
 * Adds what the file lacks (copyright and/or license identifier) without touching a byte of what
 * is there: the header goes after the preamble, separated by a blank line; a file without comment
 * syntax gets a `.license` file beside it. Line endings follow the file's own.
 */
export function addHeader(
  path: string,
  text: string,
  want: { copyrights: readonly string[]; license: string | undefined }
): HeaderEdit {
  const needCopyright = !hasTag(text, 'copyright') && want.copyrights.length > 0
  const needLicense = !hasTag(text, 'license') && want.license !== undefined
  if (!needCopyright && !needLicense) return { kind: 'none', path, reason: 'already has the header' }
  const tags = tagLines(needCopyright ? want.copyrights : [], needLicense ? want.license : undefined)
  const style = commentStyleFor(path, text)
  if (style.kind === 'sidecar' || text.includes('\0')) {
    return { kind: 'sidecar', path: `${path}.license`, text: `${tags.join('\n')}\n` }
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const lines = text.split(/\r?\n/)
  const keep = preambleLines(lines, path)
  const header = renderHeader(style, tags)
  const before = lines.slice(0, keep)
  const after = lines.slice(keep)
  // one blank line between header and the code, none doubled when the file already has one there
  const sep = after.length === 0 || (after.length === 1 && after[0] === '') || after[0] === '' ? [] : ['']
  const out = [...before, ...header, ...sep, ...after]
  let joined = out.join(eol)
  if (text === '') joined += eol
  return { kind: 'inline', path, text: joined }
}
