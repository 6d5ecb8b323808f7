import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', '.bench/**', 'bench/_*/**', 'bench/_*']
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
    // Engines stay free of the Actions toolkit: only the adapter layers may import it.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/action/**', 'packages/core/src/github/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'engines in packages/core import no @actions/*; use packages/core/src/action or github/'
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
