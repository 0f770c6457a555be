import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@prossimo/contracts';

/**
 * What volunteering reads of the initiatives beside it, in the same database: a session's times
 * (a shift may be one of an initiative's sessions) and whether an initiative is the organisation's.
 * Read-only, by plain SQL, so the volunteers room imports nothing of the initiatives room.
 */
@Injectable()
export class SessionTimes {
  constructor(private readonly ds: DataSource) {}

  /** A scheduled session's start and end, when it is of this municipality. */
  async sessionTimes(municipality: string, sessionId: string): Promise<{ startsAt: Date; endsAt: Date } | null> {
    const rows = (await this.ds.query<{ starts_at: Date; ends_at: Date }[]>(`SELECT starts_at, ends_at FROM sessions WHERE id = $1 AND municipality = $2 AND status = 'SCHEDULED'`, [sessionId, municipality]));
    return rows[0] ? { startsAt: rows[0].starts_at, endsAt: rows[0].ends_at } : null;
  }

  /** Throws BAD_USER_INPUT on initiativeId unless the initiative is this organisation's, in this municipality. */
  async assertInitiative(municipality: string, organisationId: string, initiativeId: string): Promise<void> {
    const rows = (await this.ds.query<unknown[]>(`SELECT 1 FROM initiatives WHERE id = $1 AND municipality = $2 AND organiser_organisation_id = $3`, [initiativeId, municipality, organisationId]));
    if (rows.length === 0) throw DomainError.badInput('initiativeId', "initiativeId: nessuna iniziativa del tuo ente con questo id / no initiative of your organisation with this id");
  }
}
