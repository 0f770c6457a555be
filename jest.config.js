/**
 * Three suites in one run (`npm test`): unit (pure rules, mocks allowed), integration (each file
 * gets its own database cloned from a migrated template, and its own subject root on the real
 * NATS), and end-to-end (the whole system, driven over HTTP). See docs/testing.md.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/** The web app's component tests: TSX with React's automatic runtime, in jsdom. */
const swcWeb = [
  '@swc/jest',
  {
    // decorators too: jest compiles the global setup (which loads the platform library) with this project's transform
    jsc: {
      parser: { syntax: 'typescript', tsx: true, decorators: true },
      transform: { react: { runtime: 'automatic' }, legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@prossimo/testing$': '<rootDir>/test/support/index.ts',
    '^@prossimo/(contracts|messaging|platform|demo)$': '<rootDir>/libs/$1/src/index.ts',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/apps/*/test/**/*.int-spec.ts', '<rootDir>/libs/*/test/**/*.int-spec.ts'], testTimeout: 60000 },
    {
      rootDir: __dirname,
      displayName: 'web',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/apps/web/src/**/*.test.ts', '<rootDir>/apps/web/src/**/*.test.tsx'],
      transform: { '^.+\\.(ts|tsx)$': swcWeb },
      moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
      moduleNameMapper: { '\\.css$': '<rootDir>/apps/web/test/style-stub.js' },
      setupFiles: ['<rootDir>/apps/web/test/setup.js'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], testTimeout: 180000 },
  ],
};
