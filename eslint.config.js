import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

const ACTIONS_TOOLKIT = {
  group: ['@actions/*'],
  message: 'engines in packages/core import no @actions/*; use packages/core/src/action or github/'
}
const CHILD_PROCESS = ['child_process', 'node:child_process'].map((name) => ({
  name,
  message: 'run tools through the Exec port (packages/core/src/exec), which is injected'
}))

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'packages/core/src/diagnosis/line-model-weights.ts',
      'node_modules/**',
      '/coverage/**',
      'test/fixtures/**',
      '.bench/**',
      'bench/_*/**',
      'bench/_*'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-control-regex': 'off'
    }
  },
  {
    // Engines stay free of the Actions toolkit: only the adapter layers may import it. Tools
    // run through the Exec port: only its node:child_process implementation spawns processes.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/action/**', 'packages/core/src/github/**', 'packages/core/src/exec/node-exec.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: CHILD_PROCESS, patterns: [ACTIONS_TOOLKIT] }]
    }
  },
  {
    files: ['packages/core/src/exec/node-exec.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ACTIONS_TOOLKIT] }] }
  },
  {
    files: ['packages/core/src/action/**/*.ts', 'packages/core/src/github/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: CHILD_PROCESS }] }
  },
  {
    // Adapters reach the engines through @hee/core's exports (`@hee/core/<engine>`), never by a
    // path into its source tree, so each engine's index.ts stays its whole public surface.
    files: ['packages/cli/**/*.ts', 'actions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)core/src(/|$)',
              message: "import from '@hee/core' or '@hee/core/<engine>' (packages/core/package.json exports)"
            }
          ]
        }
      ]
    }
  },
  {
    // Actions print through @actions/core so log text stays inert; never console.*.
    files: ['actions/**/*.ts', 'packages/core/src/**/*.ts'],
    rules: { 'no-console': 'error' }
  }
)
