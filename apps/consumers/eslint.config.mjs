import root from '../../eslint.config.mjs';

export default [
  ...root,
  // The CommonJS consumer fixtures use require() on purpose: that is what they test.
  { files: ['fixtures/**/*.cjs', 'fixtures/**/*.cts'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
];
