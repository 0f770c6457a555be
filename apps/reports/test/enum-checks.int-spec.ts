import { cloneDatabase, dropDatabase, enumChecks } from '@prossimo/testing';
import { REPORTS_DATABASE } from '../src/database/reports.database';

describe('reports database: every CHECK spelled from an enum lists exactly its values once migrated', () => {
  let url: string;
  beforeAll(async () => {
    url = await cloneDatabase('reports');
  });
  afterAll(() => dropDatabase(url));

  it('reads each one back from pg_constraint', async () => {
    const checks = await enumChecks(url, REPORTS_DATABASE);
    expect(checks.length).toBeGreaterThan(0);
    for (const c of checks) expect({ check: c.name, values: c.actual }).toEqual({ check: c.name, values: c.expected });
  });
});
