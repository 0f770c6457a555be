import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MonthRange } from './facts.repository';

/** SQL for volunteer hours: the consumer's counters (in the event's inbox transaction) and the dashboard's read. Never a volunteer. */
@Injectable()
export class VolunteerFactsRepository {
  constructor(private readonly ds: DataSource) {}

  /** One line of an organisation's hours register: its minutes added to its neighbourhood and month. */
  async countHours(em: EntityManager, h: { municipality: string; neighbourhoodCode: string; month: string; minutes: number }): Promise<void> {
    await em.query(
      `INSERT INTO volunteer_hours (municipality, neighbourhood_code, month, minutes, records) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (municipality, neighbourhood_code, month) DO UPDATE SET minutes = volunteer_hours.minutes + EXCLUDED.minutes, records = volunteer_hours.records + 1`,
      [h.municipality, h.neighbourhoodCode, h.month, h.minutes],
    );
  }

  hours(q: MonthRange): Promise<{ n: string; month: string; minutes: number }[]> {
    return this.ds.query(`SELECT neighbourhood_code AS n, month::text AS month, minutes FROM volunteer_hours WHERE municipality = $1 AND month BETWEEN $2 AND $3`, [
      q.municipality,
      q.from,
      q.to,
    ]);
  }
}
