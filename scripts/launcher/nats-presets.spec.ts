import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderNatsConfig } from '@prossimo/messaging';
import { BUS_USERS, busPasswordVariable } from '@prossimo/contracts';
import { SHIPPED_NATS_CONFIGS } from './nats-presets';

describe('the shipped nats-server configurations', () => {
  it.each(SHIPPED_NATS_CONFIGS.map((c) => [c.file, c]))('%s is what the code generates (regenerate with `nats-config`, never by hand)', (_file, c) => {
    const shipped = readFileSync(join(__dirname, '..', '..', c.file), 'utf8');
    expect(shipped).toBe(renderNatsConfig(c.preset()));
  });

  it('has one user per process, each with its password from the environment, and no anonymous access', () => {
    const text = renderNatsConfig(SHIPPED_NATS_CONFIGS[0].preset());
    for (const u of BUS_USERS) expect(text).toContain(`password: $${busPasswordVariable(u)}`);
    expect(text).not.toMatch(/no_auth_user|accounts\s*[:{]/);
  });
});
