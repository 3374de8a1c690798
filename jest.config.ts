// Jest runs in ESM mode (NestJS 12 is ESM-only); SWC strips types and keeps decorator metadata.
// Type checking is `npm run typecheck`, not the test run.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
];

const config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@contactly/([a-z-]+)/testing$': '<rootDir>/libs/$1/src/testing/index.ts',
    '^@contactly/([a-z-]+)/persistence$': '<rootDir>/libs/$1/src/persistence.ts',
    '^@contactly/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^content-disposition$': '<rootDir>/scripts/jest/content-disposition.cjs',
    // Its ES build imports JSON without an import attribute, which Jest's ESM mode warns about on every file.
    '^libphonenumber-js$': '<rootDir>/node_modules/libphonenumber-js/index.cjs',
  },
  testMatch: [
    '<rootDir>/apps/*/src/**/*.spec.ts',
    '<rootDir>/apps/*/test/**/*.e2e-spec.ts',
    '<rootDir>/libs/*/src/**/*.spec.ts',
    '<rootDir>/libs/*/test/**/*.e2e-spec.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/dashboard/'],
  // A hook that starts the whole app (every lib's migrations on a fresh MariaDB) may take longer than a test on a busy machine.
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/scripts/jest-totals-reporter.cjs'],
};

export default config;
