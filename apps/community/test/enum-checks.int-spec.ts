import { cloneDatabase, dropDatabase, enumChecks } from '@prossimo/testing';
import { COMMUNITY_DATABASE } from '../src/database/community.database';

describe('community database: every CHECK spelled from an enum lists exactly its values once migrated', () => {
  let url: string;
  beforeAll(async () => {
    url = await cloneDatabase('community');
  });
  afterAll(() => dropDatabase(url));

  it('reads each one back from pg_constraint', async () => {
    const checks = await enumChecks(url, COMMUNITY_DATABASE);
    expect(checks.length).toBeGreaterThan(0);
    for (const c of checks) expect({ check: c.name, values: c.actual }).toEqual({ check: c.name, values: c.expected });
  });
});
