import { ServiceKey } from '../../../scripts/services';
import { Checker } from './checker';

const SERVICES: ServiceKey[] = ['gateway', 'antennas', 'reports', 'referrals', 'insights', 'community'];

export type Snapshot = Record<string, string>;

/**
 * A fingerprint of every table of every service database: its row count and a hash of its rows.
 * Two equal snapshots around a refused call prove it wrote nothing, anywhere (no half-written
 * record). `ignore` lists tables written on purpose by a refusal or by time alone.
 */
export class DbSnapshots {
  private constructor(
    private readonly checker: Checker,
    private readonly queries: Map<ServiceKey, string>,
  ) {}

  static async open(checker: Checker, ignore: string[]): Promise<DbSnapshots> {
    const queries = new Map<ServiceKey, string>();
    for (const s of SERVICES) {
      const tables = (
        await checker.rows<{ t: string }>(s, `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)
      )
        .map((r) => r.t)
        .filter((t) => !ignore.includes(`${s}.${t}`));
      const parts = tables.map((t) => `'${t}', (SELECT count(*) || ':' || coalesce(sum(hashtext(x::text)::bigint), 0) FROM "${t}" x)`);
      queries.set(s, `SELECT json_build_object(${parts.join(', ')}) AS s`);
    }
    return new DbSnapshots(checker, queries);
  }

  async take(): Promise<Snapshot> {
    const out: Snapshot = {};
    for (const [s, q] of this.queries) {
      const [{ s: tables }] = await this.checker.rows<{ s: Record<string, string> }>(s, q);
      for (const [t, v] of Object.entries(tables)) out[`${s}.${t}`] = v;
    }
    return out;
  }

  /** The tables that differ between two snapshots. */
  static diff(a: Snapshot, b: Snapshot): string[] {
    return Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);
  }
}
