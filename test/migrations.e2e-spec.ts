import { pendingSchemaChanges } from '@prossimo/platform';
import { cloneDatabase, dropDatabase } from '@prossimo/testing';
import { DATABASES } from '../scripts/services';

/** `migration:generate --check` for every service: after all migrations, the entities want no change. */
describe('entities and migrations agree', () => {
  it.each(Object.keys(DATABASES))('%s', async (service) => {
    const url = await cloneDatabase(service);
    try {
      expect(await pendingSchemaChanges(url, DATABASES[service as keyof typeof DATABASES])).toEqual([]);
    } finally {
      await dropDatabase(url);
    }
  });
});
