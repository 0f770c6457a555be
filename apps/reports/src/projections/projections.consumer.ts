import { Injectable, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EventConsumer } from '@prossimo/messaging';
import { ReferralChangedV1, REFERRAL_EVENT_BY_STATUS } from '@prossimo/contracts';
import { ReferralNotesService } from '../referral-notes/referral-notes.service';
import { ReportsRepository } from '../reports/reports.repository';
import { ProjectionsRepository } from './projections.repository';
import { ReportsService } from '../reports/reports.service';

/**
 * What reports learns from other services' events: neighbourhoods (and a desk for each),
 * which antennas are active, each prescription's matched volunteer buddy, and how each referral of its reports moves (confirming the reason
 * and outcome notes a move names).
 */
@Injectable()
export class ProjectionsConsumer implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly repo: ReportsRepository,
    private readonly projections: ProjectionsRepository,
    private readonly reports: ReportsService,
    private readonly notes: ReferralNotesService,
  ) {}

  onModuleInit(): void {
    this.consumer.on('neighbourhood.defined.v1', async (e, { em }) => {
      await this.projections.upsertNeighbourhood(em, { municipality: e.municipality, code: e.code, name: e.name, updatedAt: new Date(e.occurredAt) });
      await this.repo.ensureDesk(em, { id: randomUUID(), municipality: e.municipality, neighbourhoodCode: e.code, name: `Sportello sociale di quartiere ${e.name}` });
    });
    this.consumer.on('antenna.status-changed.v1', async (e, { em }) => {
      await this.projections.upsertAntenna(em, { id: e.antennaId, municipality: e.municipality, neighbourhoodCode: e.neighbourhoodCode, status: e.to, statusAt: new Date(e.occurredAt) });
    });
    // A prescription's volunteer buddy (community): who besides the organisation may read the person's name and phone.
    this.consumer.on('volunteer.buddy-changed.v1', async (e, { em }) => {
      await this.projections.upsertBuddy(em, { referralId: e.referralId, reportId: e.reportId, accountId: e.volunteerAccountId ?? null, buddyVersion: e.buddyVersion });
    });
    // The referral's move (coarse state), and the confirmation of the notes it names, in one transaction.
    const onReferral = async (e: ReferralChangedV1, ctx: { em: import('typeorm').EntityManager }) => {
      await this.reports.applyReferral(ctx.em, e);
      await this.notes.confirm(ctx.em, e);
    };
    for (const type of Object.values(REFERRAL_EVENT_BY_STATUS)) {
      this.consumer.on(type as 'referral.accepted.v1', onReferral);
    }
  }
}
