// Lint enforces the layers: pure code (shared, core) imports no runtime; the renderer never
// reaches into main or preload; main never imports React or Dexie; Electron stays in its adapters.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'crypto',
  'url',
  'stream',
  'zlib',
  'util',
  'events',
]
const restrict = (patterns, message) => ({ group: patterns, message })
const rendererBase = [
  restrict(
    ['electron', ...nodeBuiltins],
    'The renderer is sandboxed: no Electron or Node modules.',
  ),
  restrict(
    ['**/main/**', '**/preload/**', '**/browser-host/**'],
    'The renderer talks to main only through the API in shared/api.',
  ),
]
/** The renderer's rooms, bottom up; a room may import only rooms below it (and its own files). */
const rendererFloors = [
  ['db', 'platform', 'i18n', 'ui', 'testing'],
  ['archive', 'list'],
  [
    'tags',
    'backup',
    'duplicates',
    'import',
    'print',
    'search',
    'first-run',
    'conflicts',
    'citation',
    'notes',
    'sync',
  ],
  ['library', 'reader', 'saved'],
  ['app'],
]
const rendererRooms = rendererFloors.flatMap((rooms, floor) =>
  rooms.map((room) => {
    const above = rendererFloors.slice(floor + 1).flat()
    const beside = rooms.filter((other) => other !== room && floor > 0)
    const forbidden = [...above, ...beside].flatMap((other) => [
      `../${other}/*`,
      `../../${other}/*`,
    ])
    return {
      files: [`src/renderer/${room}/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...rendererBase,
              ...(forbidden.length > 0
                ? [
                    restrict(
                      forbidden,
                      `renderer/${room} may import only the rooms below it (eslint.config.mjs).`,
                    ),
                  ]
                : []),
            ],
          },
        ],
      },
    }
  }),
)
const mainSide = [
  restrict(
    ['react', 'react-dom', 'dexie', 'dexie-*'],
    'Main never renders or stores: that is the renderer.',
  ),
  restrict(
    ['**/renderer/**', '**/preload/**'],
    'Main may import only shared, core and its own modules.',
  ),
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'test-results/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
      ],
    },
  },
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              ['electron', 'react', 'react-dom', 'react-*', 'dexie', 'dexie-*', ...nodeBuiltins],
              'Pure code: no Electron, React, Dexie or Node modules here.',
            ),
            restrict(
              ['**/core/**', '**/main/**', '**/renderer/**', '**/preload/**', '**/browser-host/**'],
              'shared is the ground: it imports nothing of this project but shared.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              ['electron', 'react', 'react-dom', 'react-*', 'dexie', 'dexie-*', ...nodeBuiltins],
              'Pure code: no Electron, React, Dexie or Node modules here.',
            ),
            restrict(
              ['**/main/**', '**/renderer/**', '**/preload/**', '**/browser-host/**'],
              'Pure code may only import shared and core.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only meaningful with the React Compiler, which this app does not use.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', { patterns: rendererBase }],
    },
  },
  ...rendererRooms,
  {
    files: ['src/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              ['react', 'react-dom', 'dexie', ...nodeBuiltins],
              'A sandboxed preload may import only electron and local code.',
            ),
            restrict(
              ['**/main/**', '**/renderer/**', '**/core/**', '**/browser-host/**'],
              'The preload only implements shared/api.',
            ),
          ],
        },
      ],
    },
  },
  {
    // Main and the browser host never render or store, and only the Electron adapters import
    // electron: services are plain Node, testable anywhere and bound by both hosts.
    files: ['src/main/**', 'src/browser-host/**'],
    ignores: ['src/main/index.ts', 'src/main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              ['electron'],
              'Only src/main/index.ts and src/main/electron/ import electron.',
            ),
            ...mainSide,
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/index.ts', 'src/main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: mainSide }] },
  },
)
