import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor,
  AntennaStatus,
  CoarseStatus,
  DEFAULT_PAGE_SIZE,
  DomainError,
  ErrorCode,
  LegalBasis,
  MyReportsV1,
  Page,
  ReferralChangedV1,
  ReportSummaryV1,
  Role,
  SubmitReportV1,
  Urgency,
  decodeCursor,
  encodeCursor,
  AgeBand,
  Need,
} from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock } from '@prossimo/platform';
import { Vault, identityOf } from '../vault/vault';
import { EMERGENCY_ADVICE, coarseStatus, factsOf } from './coarse-status';
import { ReportEntity } from './report.entities';
import { uniqueReference } from './reference-code';
import { ReportsRepository } from './reports.repository';

function toSummary(r: Pick<ReportEntity, 'id' | 'reference' | 'status' | 'submittedAt' | 'needs' | 'neighbourhoodCode' | 'urgency' | 'ageBand'>): ReportSummaryV1 {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status as CoarseStatus,
    submittedAt: r.submittedAt.toISOString(),
    needs: r.needs as Need[],
    neighbourhoodCode: r.neighbourhoodCode,
    urgency: r.urgency as Urgency,
    ageBand: r.ageBand as AgeBand,
    advice: r.urgency === Urgency.EMERGENCY ? EMERGENCY_ADVICE.it : null,
  };
}

@Injectable()
export class ReportsService {
  constructor(
    private readonly repo: ReportsRepository,
    private readonly outbox: Outbox,
    private readonly vault: Vault,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  /**
   * Records a signal with its owner desk, and its report.submitted event, in one transaction.
   * The id is made by the client: submitting the same id again returns the same report.
   */
  async submit(actor: Actor, input: SubmitReportV1): Promise<ReportSummaryV1> {
    if (actor.role !== Role.ANTENNA || !actor.antennaId) throw DomainError.forbidden('only antenna members submit reports');
    const antennaId = actor.antennaId;
    return this.repo.ds.transaction(async (em) => {
      const existing = await this.repo.findReport(em, input.id);
      if (existing) return this.sameReportOrConflict(existing, antennaId);

      const antenna = await this.repo.findAntenna(em, antennaId);
      if (!antenna || antenna.municipality !== actor.municipality) throw DomainError.forbidden('your antenna is not known to the network yet');
      if (antenna.status !== AntennaStatus.ACTIVE) throw DomainError.forbidden('your antenna is not active: it cannot send reports now');

      const neighbourhood = await this.repo.findNeighbourhood(em, actor.municipality, input.neighbourhoodCode);
      if (!neighbourhood) throw DomainError.badInput('input.neighbourhoodCode', `input.neighbourhoodCode: "${input.neighbourhoodCode}" is not a neighbourhood of this municipality`);
      const desk = await this.repo.findDeskOfNeighbourhood(em, actor.municipality, input.neighbourhoodCode);
      if (!desk) throw new DomainError(ErrorCode.UNAVAILABLE, 'the neighbourhood desk is not set up yet; retry shortly');

      const submittedAt = this.now();
      // Said on the phone by every role («codice della segnalazione»): unique in the municipality.
      const reference = await uniqueReference(actor.municipality, (code) => this.repo.isReferenceTaken(em, actor.municipality, code));
      // One data key per person: the same normalised identifying data in this municipality finds the
      // same subject (duplicates linked under one case); a report without identifying data gets its own.
      const subject = await this.vault.subjectFor(em, actor.municipality, identityOf(input.subject), submittedAt);
      const report = Object.assign(new ReportEntity(), {
        id: input.id,
        reference,
        municipality: actor.municipality,
        neighbourhoodCode: input.neighbourhoodCode,
        antennaId,
        submittedBy: actor.accountId,
        ownerDeskId: desk.id,
        needs: input.needs,
        urgency: input.urgency,
        ageBand: input.ageBand,
        consentToContact: input.consentToContact,
        doNotContact: input.doNotContact ?? false,
        legalBasis: input.consentToContact ? LegalBasis.CONSENT : LegalBasis.PUBLIC_TASK,
        status: CoarseStatus.RECEIVED,
        submittedAt,
        subjectId: subject.subjectId,
        descriptionSealed: this.vault.seal(subject, input.description, `description:${input.id}`),
        assigneeId: null,
        takenInHandAt: null,
        becameCaseAt: null,
        closedAt: null,
        closureReason: null,
        withdrawnAt: null,
        withdrawalSealed: null,
        purgedAt: null,
      });
      subject.key.fill(0);

      const created = await this.repo.insertIfAbsent(em, report);
      if (!created) {
        // The same id committed by a concurrent retry while we worked.
        const winner = await this.repo.findReport(em, input.id);
        if (!winner) throw new DomainError(ErrorCode.UNAVAILABLE, 'retry');
        return this.sameReportOrConflict(winner, antennaId);
      }
      await this.outbox.add(em, 'report.submitted.v1', {
        municipality: actor.municipality,
        reportId: report.id,
        antennaId,
        ownerDeskId: desk.id,
        neighbourhoodCode: report.neighbourhoodCode,
        needs: input.needs,
        urgency: input.urgency,
        ageBand: input.ageBand,
        submittedAt: submittedAt.toISOString(),
        reference,
        occurredAt: submittedAt.toISOString(),
      });
      return toSummary(report);
    });
  }

  private sameReportOrConflict(existing: ReportEntity, antennaId: string): ReportSummaryV1 {
    if (existing.antennaId !== antennaId) throw DomainError.conflict('this report id is already taken');
    return toSummary(existing);
  }

  /** The antenna's reports with their coarse state only. */
  async mine(actor: Actor, args: MyReportsV1): Promise<Page<ReportSummaryV1>> {
    if (actor.role !== Role.ANTENNA || !actor.antennaId) throw DomainError.forbidden('only antenna members have reports');
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(args.after, ['timestamp', 'uuid']);
    const rows = await this.repo.findPageForAntenna(actor.antennaId, first + 1, cursor ? { submittedAt: cursor[0], id: cursor[1] } : null);
    const nodes = rows.slice(0, first).map(toSummary);
    return {
      nodes,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: nodes.length ? encodeCursor([rows[nodes.length - 1].submittedAt.toISOString(), rows[nodes.length - 1].id]) : null,
      },
    };
  }

  /** Applies a referral's move to the report's coarse state (idempotent, order-independent). */
  async applyReferral(em: EntityManager, e: ReferralChangedV1): Promise<void> {
    const report = await this.repo.lockReport(em, e.reportId);
    if (!report) throw new Error(`report ${e.reportId} of referral ${e.referralId} is not known here yet`);
    const changed = await this.repo.upsertReferral(em, { referralId: e.referralId, reportId: e.reportId, status: e.to, version: e.version, organisationId: e.organisationId, needs: e.needs });
    if (!changed) return;
    const next = coarseStatus(factsOf(report, await this.repo.referralsOf(em, e.reportId)));
    if (next !== report.status) await this.repo.setStatus(em, report.id, next);
    if (!report.becameCaseAt && next !== CoarseStatus.RECEIVED && !report.closedAt) await this.repo.markBecameCase(em, report.id, new Date(e.occurredAt));
  }
}
