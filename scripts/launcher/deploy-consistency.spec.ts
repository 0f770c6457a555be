import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUS_SERVICES, busPasswordVariable } from '@prossimo/contracts';
import { DATABASES } from '../services';
import { SERVICES } from './system';

const ROOT = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/**
 * The next service cannot be forgotten somewhere: the launcher, docker-compose, the Kubernetes
 * base, the Nest CLI, the databases and the bus all list the same processes.
 */
describe('every place that lists the services agrees', () => {
  const apps = readdirSync(join(ROOT, 'apps')).filter((a) => existsSync(join(ROOT, 'apps', a, 'src', 'main.ts'))).sort();

  it('the launcher starts every app that has a main.ts, each with its database and its bus user', () => {
    expect([...SERVICES].sort()).toEqual(apps);
    expect(Object.keys(DATABASES).sort()).toEqual(apps);
    expect([...BUS_SERVICES].sort()).toEqual(apps);
  });

  it('docker-compose runs each one with `serve <service>` and its own bus password', () => {
    const compose = read('docker-compose.yml');
    for (const app of apps) {
      const block = new RegExp(`\\n  ${app}:\\n([\\s\\S]*?)(\\n  [a-z]+:\\n|\\nvolumes:)`).exec(compose)?.[1] ?? '';
      expect({ app, serves: block.includes(`"serve", "${app}"`) }).toEqual({ app, serves: true });
      expect({ app, password: block.includes(busPasswordVariable(app as never)) }).toEqual({ app, password: true });
    }
  });

  it('the Kubernetes base has a Deployment per service, each with its own bus password', () => {
    const base = read('deploy/k8s/base/prossimo.yaml');
    for (const app of apps) {
      const start = base.indexOf(`name: prossimo-${app}\n`);
      expect({ app, deployment: start >= 0 }).toEqual({ app, deployment: true });
      const block = base.slice(start, base.indexOf('\n---', start) >= 0 ? base.indexOf('\n---', start) : undefined);
      expect({ app, serves: block.includes(`"serve", "${app}"`), password: block.includes(`name: ${busPasswordVariable(app as never)}`) }).toEqual({ app, serves: true, password: true });
    }
  });

  it('the Nest CLI lists every app', () => {
    const projects = (JSON.parse(read('nest-cli.json')) as { projects: Record<string, { type: string }> }).projects;
    expect(Object.entries(projects).filter(([, p]) => p.type === 'application').map(([n]) => n).sort()).toEqual(apps);
  });
});
