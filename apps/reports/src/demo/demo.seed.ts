import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEMO_MUNICIPALITY, DEMO_NEIGHBOURHOODS } from '@prossimo/demo';
import { dataSourceOptions } from '@prossimo/platform';
import { REPORTS_DATABASE } from '../database/reports.database';

/** The demo desks' phone and hours (fictitious numbers), one desk per neighbourhood. */
export const DEMO_DESK_HOURS = 'lun-ven 9:00-12:30; mar e gio anche 14:30-17:00';
export const demoDeskPhone = (index: number) => `02 0000 ${String(9100 + index)}`;

/**
 * Gives each demo neighbourhood's desk a phone number and hours, so the shop's confirmation can
 * say whom to call. The desks may not exist yet (the service makes them when it learns the
 * neighbourhoods): a row made here is the same desk, found by neighbourhood. Idempotent, and it
 * never overwrites a phone or hours already set.
 */
export async function runReportsDemoSeed(databaseUrl: string): Promise<{ desks: number }> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, REPORTS_DATABASE, 2));
  await ds.initialize();
  try {
    let desks = 0;
    await ds.transaction(async (em) => {
      for (const [index, f] of DEMO_NEIGHBOURHOODS.features.entries()) {
        const rows: unknown[] = await em.query(
          `INSERT INTO desks (id, municipality, neighbourhood_code, name, phone, hours) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (municipality, neighbourhood_code) DO UPDATE SET phone = COALESCE(desks.phone, EXCLUDED.phone), hours = COALESCE(desks.hours, EXCLUDED.hours)
           WHERE desks.phone IS NULL OR desks.hours IS NULL
           RETURNING id`,
          [randomUUID(), DEMO_MUNICIPALITY, f.properties.code, `Sportello sociale di quartiere ${f.properties.name}`, demoDeskPhone(index + 1), DEMO_DESK_HOURS],
        );
        desks += rows.length;
      }
    });
    return { desks };
  } finally {
    await ds.destroy();
  }
}
