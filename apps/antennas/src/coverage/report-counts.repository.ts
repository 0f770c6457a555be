import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** The only place that speaks SQL for the report counts. */
@Injectable()
export class ReportCountsRepository {
  constructor(private readonly ds: DataSource) {}

  /** Adds one report to a neighbourhood's month (in the consumer's transaction, beside its inbox row). */
  async increment(em: EntityManager, municipality: string, neighbourhoodCode: string, month: string): Promise<void> {
    await em.query(
      `INSERT INTO antenna_report_counts (municipality, neighbourhood_code, month, reports) VALUES ($1, $2, $3, 1)
       ON CONFLICT (municipality, neighbourhood_code, month) DO UPDATE SET reports = antenna_report_counts.reports + 1`,
      [municipality, neighbourhoodCode, month],
    );
  }

  async findBetween(municipality: string, from: string, to: string): Promise<{ neighbourhoodCode: string; month: string; reports: number }[]> {
    return await this.ds.query<{ neighbourhoodCode: string; month: string; reports: number }[]>(
      `SELECT neighbourhood_code AS "neighbourhoodCode", month, reports FROM antenna_report_counts
        WHERE municipality = $1 AND month BETWEEN $2 AND $3`,
      [municipality, from, to],
    );
  }
}
