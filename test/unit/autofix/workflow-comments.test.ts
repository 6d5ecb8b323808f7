import { describe, expect, it } from 'vitest'
import { onlyCommentLines } from '../../../packages/core/src/autofix/engine.js'

const diff = (...lines: string[]): string =>
  [
    'diff --git a/.github/workflows/ci.yml b/.github/workflows/ci.yml',
    '--- a/.github/workflows/ci.yml',
    '+++ b/.github/workflows/ci.yml',
    '@@ -0,0 +1,3 @@',
    ...lines
  ].join('\n')

describe('onlyCommentLines: what a fix may change in a workflow file when it stays local', () => {
  it('accepts a license header of comment and blank lines', () => {
    expect(
      onlyCommentLines(diff('+# SPDX-FileCopyrightText: 2026 Dev', '+#', '+# SPDX-License-Identifier: MIT', '+'))
    ).toBe(true)
    expect(onlyCommentLines(diff('-# Copyright old', '+# SPDX-License-Identifier: MIT'))).toBe(true)
  })

  it('refuses any change to a key, a step or a script, and an empty diff', () => {
    expect(onlyCommentLines(diff('+# SPDX-License-Identifier: MIT', '+    continue-on-error: true'))).toBe(false)
    expect(onlyCommentLines(diff('-      - run: npm test', '+      - run: npm test || true'))).toBe(false)
    expect(onlyCommentLines(diff('-on: [push]'))).toBe(false)
    expect(onlyCommentLines('')).toBe(false)
  })
})
