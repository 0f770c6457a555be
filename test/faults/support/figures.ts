import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', '..', 'test-artifacts', 'faults');

/**
 * Keeps a scenario's figures: one JSON line in test-artifacts/faults/figures.jsonl (what
 * docs/reliability.md quotes), and one line on stderr so a CI log shows them too.
 */
export function recordFigures(scenario: string, figures: Record<string, unknown>): void {
  mkdirSync(DIR, { recursive: true });
  const line = JSON.stringify({ at: new Date().toISOString(), scenario, ...figures });
  appendFileSync(join(DIR, 'figures.jsonl'), `${line}\n`);
  process.stderr.write(`[faults] ${line}\n`);
}
