import { cloneDatabase, dropDatabase, enumChecks } from '@prossimo/testing';
import { INSIGHTS_DATABASE } from '../src/database/insights.database';

describe('insights database: every CHECK spelled from an enum lists exactly its values once migrated', () => {
  let url: string;
  beforeAll(async () => {
    url = await cloneDatabase('insights');
  });
  afterAll(() => dropDatabase(url));

  it('reads each one back from pg_constraint', async () => {
    const checks = await enumChecks(url, INSIGHTS_DATABASE);
    expect(checks.length).toBeGreaterThan(0);
    for (const c of checks) expect({ check: c.name, values: c.actual }).toEqual({ check: c.name, values: c.expected });
  });
});
