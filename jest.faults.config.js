/**
 * The fault suite (`npm run test:faults`, docs/reliability.md): test/faults/*.fault-spec.ts, one
 * file at a time (each starts its own system on its own nats-server(s) and a TCP proxy in front of
 * PostgreSQL), with the same global setup and teardown as jest.config.js: databases are cloned
 * from migrated templates under this run's id and dropped at the end. Needs `npm run build` first
 * (the services run from dist/).
 */
const base = require('./jest.config.js');
const e2e = base.projects.find((p) => p.displayName === 'e2e');

module.exports = {
  globalSetup: base.globalSetup,
  globalTeardown: base.globalTeardown,
  maxWorkers: 1,
  testTimeout: 600_000,
  projects: [{ ...e2e, displayName: 'faults', testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'], testTimeout: 600_000 }],
};
