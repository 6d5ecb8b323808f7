import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addHeader,
  commentStyleFor,
  hasTag,
  preambleLines
} from '../../../../packages/core/src/autofix/strategies/license-comments.js'

const WANT = { copyrights: ['2024 Toolbox contributors'], license: 'MIT' }

function inline(path: string, text: string): string {
  const e = addHeader(path, text, WANT)
  if (e.kind !== 'inline') throw new Error(`expected an inline header for ${path}, got ${e.kind}`)
  return e.text
}

describe('addHeader', () => {
  it.each([
    [
      'src/lib.rs',
      'pub fn a() {}\n',
      '// SPDX-FileCopyrightText: 2024 Toolbox contributors\n//\n// SPDX-License-Identifier: MIT\n\npub fn a() {}\n'
    ],
    [
      'bin/deploy',
      '#!/usr/bin/env bash\nset -eu\n',
      '#!/usr/bin/env bash\n# SPDX-FileCopyrightText: 2024 Toolbox contributors\n#\n# SPDX-License-Identifier: MIT\n\nset -eu\n'
    ],
    [
      'bin/serve',
      '#!/usr/bin/env node\nconsole.log(1)\n',
      '#!/usr/bin/env node\n// SPDX-FileCopyrightText: 2024 Toolbox contributors\n//\n// SPDX-License-Identifier: MIT\n\nconsole.log(1)\n'
    ],
    [
      'tools/c.py',
      '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n"""Doc."""\n',
      '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# SPDX-FileCopyrightText: 2024 Toolbox contributors\n#\n# SPDX-License-Identifier: MIT\n\n"""Doc."""\n'
    ],
    [
      's/e.py',
      '# coding: utf-8\nimport struct\n',
      '# coding: utf-8\n# SPDX-FileCopyrightText: 2024 Toolbox contributors\n#\n# SPDX-License-Identifier: MIT\n\nimport struct\n'
    ],
    [
      'c/s.xml',
      '<?xml version="1.0" encoding="UTF-8"?>\n<a/>\n',
      '<?xml version="1.0" encoding="UTF-8"?>\n<!--\nSPDX-FileCopyrightText: 2024 Toolbox contributors\n\nSPDX-License-Identifier: MIT\n-->\n\n<a/>\n'
    ],
    [
      'w/i.html',
      '<!DOCTYPE html>\n<html></html>\n',
      '<!DOCTYPE html>\n<!--\nSPDX-FileCopyrightText: 2024 Toolbox contributors\n\nSPDX-License-Identifier: MIT\n-->\n\n<html></html>\n'
    ],
    [
      'w/a.js',
      '// @ts-check\n/** doc */\nrun()\n',
      '// @ts-check\n// SPDX-FileCopyrightText: 2024 Toolbox contributors\n//\n// SPDX-License-Identifier: MIT\n\n/** doc */\nrun()\n'
    ],
    [
      'w/s.css',
      'body {}\n',
      '/*\n * SPDX-FileCopyrightText: 2024 Toolbox contributors\n *\n * SPDX-License-Identifier: MIT\n */\n\nbody {}\n'
    ],
    [
      'd/g.md',
      '---\ntitle: T\n---\n\n# T\n',
      '---\ntitle: T\n---\n<!--\nSPDX-FileCopyrightText: 2024 Toolbox contributors\n\nSPDX-License-Identifier: MIT\n-->\n\n# T\n'
    ],
    [
      'x.php',
      '<?php\necho 1;\n',
      '<?php\n// SPDX-FileCopyrightText: 2024 Toolbox contributors\n//\n// SPDX-License-Identifier: MIT\n\necho 1;\n'
    ],
    [
      'q.sql',
      'select 1;\n',
      '-- SPDX-FileCopyrightText: 2024 Toolbox contributors\n--\n-- SPDX-License-Identifier: MIT\n\nselect 1;\n'
    ],
    [
      'Makefile',
      'all:\n\ttrue\n',
      '# SPDX-FileCopyrightText: 2024 Toolbox contributors\n#\n# SPDX-License-Identifier: MIT\n\nall:\n\ttrue\n'
    ],
    [
      '.gitignore',
      '/target\n',
      '# SPDX-FileCopyrightText: 2024 Toolbox contributors\n#\n# SPDX-License-Identifier: MIT\n\n/target\n'
    ],
    [
      'ci.yml',
      'on: push\r\njobs: {}\r\n',
      '# SPDX-FileCopyrightText: 2024 Toolbox contributors\r\n#\r\n# SPDX-License-Identifier: MIT\r\n\r\non: push\r\njobs: {}\r\n'
    ]
  ])('puts the header of %s where the language allows it', (path, before, after) => {
    expect(inline(path, before)).toBe(after)
  })

  it('adds only the license identifier when a copyright notice is already there, keeping it', () => {
    const before = '#!/bin/sh\n# Copyright (c) 2021 Jane Doe <jane@example.com>\n# Nightly backup.\npg_dump\n'
    expect(inline('scripts/backup.sh', before)).toBe(
      '#!/bin/sh\n# SPDX-License-Identifier: MIT\n\n# Copyright (c) 2021 Jane Doe <jane@example.com>\n# Nightly backup.\npg_dump\n'
    )
  })

  it('writes a .license file beside files without comment syntax', () => {
    expect(addHeader('data/hosts.csv', 'name,port\n', WANT)).toEqual({
      kind: 'sidecar',
      path: 'data/hosts.csv.license',
      text: 'SPDX-FileCopyrightText: 2024 Toolbox contributors\n\nSPDX-License-Identifier: MIT\n'
    })
    expect(addHeader('assets/logo.png', '\u0089PNG\r\n\u001a\n\0\0', WANT).kind).toBe('sidecar')
    expect(addHeader('tsconfig.json', '{}\n', WANT).kind).toBe('sidecar')
    expect(addHeader('NOTICE', 'plain text\n', WANT).kind).toBe('sidecar')
  })

  it('leaves a file that already has both tags alone', () => {
    expect(addHeader('a.rs', '// SPDX-FileCopyrightText: 2020 A\n// SPDX-License-Identifier: MIT\n', WANT).kind).toBe(
      'none'
    )
  })

  it('keeps every original line, in order, with the preamble first (property)', () => {
    const firsts = fc.constantFrom(
      '',
      '#!/bin/sh',
      '# -*- coding: utf-8 -*-',
      '<?xml version="1.0"?>',
      '<!doctype html>',
      '// @ts-check',
      '/// <reference types="node" />',
      'plain'
    )
    const paths = fc.constantFrom(
      'a.py',
      'a.sh',
      'a.xml',
      'a.html',
      'a.ts',
      'a.js',
      'a.rs',
      'a.css',
      'a.yml',
      'a.md',
      'Makefile'
    )
    fc.assert(
      fc.property(
        paths,
        fc.array(firsts, { maxLength: 3 }),
        fc.array(
          fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, '')),
          { maxLength: 6 }
        ),
        (path, head, body) => {
          const text = [...head, ...body].join('\n') + '\n'
          const e = addHeader(path, text, WANT)
          if (e.kind !== 'inline') return
          const before = text.split('\n')
          const after = e.text.split('\n')
          const keep = preambleLines(before, path)
          expect(after.slice(0, keep)).toEqual(before.slice(0, keep))
          let j = 0
          for (const line of after) if (j < before.length && line === before[j]) j++
          expect(j).toBe(before.length)
          expect(hasTag(e.text, 'license')).toBe(true)
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('commentStyleFor', () => {
  it('reads the interpreter of a script without extension', () => {
    expect(commentStyleFor('bin/x', '#!/usr/bin/env python3\n')).toEqual({ kind: 'line', prefix: '#' })
    expect(commentStyleFor('bin/x', '#!/usr/bin/env node\n')).toEqual({ kind: 'line', prefix: '//' })
    expect(commentStyleFor('bin/x', 'no shebang\n')).toEqual({ kind: 'sidecar' })
  })
})

describe('a Rust inner attribute is not a shebang', () => {
  it('puts the header before `#![allow(…)]`', () => {
    expect(preambleLines(['#![allow(dead_code)]', '// Routes'], 'src/route.rs')).toBe(0)
    expect(inline('src/route.rs', '#![allow(dead_code)]\n// Routes\n')).toBe(
      '// SPDX-FileCopyrightText: 2024 Toolbox contributors\n//\n// SPDX-License-Identifier: MIT\n\n#![allow(dead_code)]\n// Routes\n'
    )
  })
})
