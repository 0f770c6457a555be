import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor,
  AntennaStatus,
  CoarseStatus,
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
  AgeBand,
  DESCRIPTION_START_LENGTH,
  DeskContactV1,
  Need,
  REQUEST_PATTERNS,
} from '@prossimo/contracts';
import { Outbox } from '@prossimo/messaging';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { AuditService } from '../audit/audit.service';
import { Vault, identityOf } from '../vault/vault';
import { EMERGENCY_ADVICE, coarseStatus, factsOf } from './coarse-status';
import { excerpt } from './excerpt';
import { DeskEntity, ReportEntity } from './report.entities';
import { uniqueReference } from './reference-code';
import { ProjectionsRepository } from '../projections/projections.repository';
import { REPORTS_NEWEST_FIRST, ReportsRepository } from './reports.repository';

export function deskContact(d: DeskEntity | null | undefined): DeskContactV1 | null {
  return d ? { id: d.id, name: d.name, phone: d.phone ?? null, hours: d.hours ?? null } : null;
}

function toSummary(
  r: Pick<ReportEntity, 'id' | 'reference' | 'status' | 'submittedAt' | 'needs' | 'neighbourhoodCode' | 'urgency' | 'ageBand'>,
  extra: { descriptionStart?: string | null; ownerDesk?: DeskEntity | null } = {},
): ReportSummaryV1 {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    submittedAt: r.submittedAt.toISOString(),
    needs: r.needs,
    neighbourhoodCode: r.neighbourhoodCode,
    urgency: r.urgency,
    ageBand: r.ageBand,
    advice: r.urgency === Urgency.EMERGENCY ? EMERGENCY_ADVICE.it : null,
    descriptionStart: extra.descriptionStart ?? null,
    ownerDesk: deskContact(extra.ownerDesk),
  };
}

@Injectable()
export class ReportsService {
  constructor(
    private readonly tx: Transactions,
    private readonly repo: ReportsRepository,
    private readonly projections: ProjectionsRepository,
    private readonly outbox: Outbox,
    private readonly vault: Vault,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  /**
   * Records a signal with its owner desk, and its report.submitted event, in one transaction.
   * The id is made by the client: submitting the same id again with the same content returns the
   * same report; with other content it is a CONFLICT naming the id (a client that reuses ids must
   * not believe a second report was recorded). Submits of one id run one at a time, and one that
   * finds another's report writes nothing of its own (no sealed data is left behind).
   */
  async submit(actor: Actor, input: SubmitReportV1): Promise<ReportSummaryV1> {
    if (actor.role !== Role.ANTENNA || !actor.antennaId) throw DomainError.forbidden('only antenna members submit reports');
    const antennaId = actor.antennaId;
    const recorded = await this.tx
      .run(async (em) => {
        // The same id at once: one at a time; the others wait here, then find the first one's report.
        await this.repo.lockReportId(em, input.id);
        const existing = await this.repo.findReport(em, input.id);
        if (existing) return this.sameReportOrConflict(em, existing, actor, input);

      const antenna = await this.projections.findAntenna(em, antennaId);
      if (!antenna || antenna.municipality !== actor.municipality) throw DomainError.forbidden('your antenna is not known to the network yet');
      if (antenna.status !== AntennaStatus.ACTIVE) throw DomainError.forbidden('your antenna is not active: it cannot send reports now');

      const neighbourhood = await this.projections.findNeighbourhood(em, actor.municipality, input.neighbourhoodCode);
      if (!neighbourhood) throw DomainError.badInput('input.neighbourhoodCode', `input.neighbourhoodCode: "${input.neighbourhoodCode}" is not a neighbourhood of this municipality`);
      const desk = await this.repo.findDeskOfNeighbourhood(em, actor.municipality, input.neighbourhoodCode);
      if (!desk) throw new DomainError(ErrorCode.UNAVAILABLE, 'the neighbourhood desk is not set up yet; retry shortly');

      const submittedAt = this.now();
      const contentHash = await this.contentHash(em, actor.municipality, input, submittedAt);
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
        reopenedAt: null,
        withdrawalSealed: null,
        purgedAt: null,
        contentHash,
      });
      subject.key.fill(0);

      // Another submit of this id committed first (the lock makes this rare): roll back everything
      // of ours, the subject with its sealed identity included, and answer with theirs below.
      if (!(await this.repo.insertIfAbsent(em, report))) throw new LostRace();
      await this.outbox.add(em, 'report.submitted.v1', {
        municipality: actor.municipality,
        reportId: report.id,
        antennaId,
        ownerDeskId: desk.id,
        neighbourhoodCode: report.neighbourhoodCode,
        needs: input.needs,
        urgency: input.urgency,
        ageBand: input.ageBand,
        // Not personal data, and what an organisation must know before it accepts.
        consentToContact: input.consentToContact,
        doNotContact: input.doNotContact ?? false,
        submittedAt: submittedAt.toISOString(),
        reference,
        occurredAt: submittedAt.toISOString(),
      });
      return toSummary(report, { ownerDesk: desk });
      })
      .catch((err: unknown) => {
        if (err instanceof LostRace) return null;
        throw err;
      });
    if (recorded) return recorded;
    return this.tx.run(async (em) => {
      const winner = await this.repo.findReport(em, input.id);
      if (!winner) throw new DomainError(ErrorCode.UNAVAILABLE, 'riprova / retry');
      return this.sameReportOrConflict(em, winner, actor, input);
    });
  }

  /** A retry of the same report is answered with it; anything else under that id is a CONFLICT. */
  private async sameReportOrConflict(em: EntityManager, existing: ReportEntity, actor: Actor, input: SubmitReportV1): Promise<ReportSummaryV1> {
    const conflict = () =>
      new DomainError(ErrorCode.CONFLICT, `l'id ${input.id} è già di un'altra segnalazione: creane uno nuovo / the id ${input.id} already belongs to another report: make a new one`, 'input.id');
    if (existing.antennaId !== actor.antennaId || existing.municipality !== actor.municipality) throw conflict();
    // Reports older than the content hash (or purged since) cannot be compared: a retry is believed.
    if (existing.contentHash && !(await this.contentHash(em, existing.municipality, input, existing.submittedAt)).equals(existing.contentHash)) throw conflict();
    const desks = await this.repo.desksByIds(em, [existing.ownerDeskId]);
    return toSummary(existing, { ownerDesk: desks.get(existing.ownerDeskId) });
  }

  /**
   * A keyed hash (HMAC, the municipality's DEDUP key) of everything the antenna sent but the id:
   * enough to tell a retry from another report under the same id, useless without the key.
   */
  private async contentHash(em: EntityManager, municipality: string, input: SubmitReportV1, now: Date): Promise<Buffer> {
    const canonical = JSON.stringify([
      input.neighbourhoodCode,
      [...input.needs].sort(),
      input.urgency,
      input.ageBand,
      input.description,
      input.consentToContact,
      input.doNotContact ?? false,
      input.subject ? [input.subject.name ?? null, input.subject.address ?? null, input.subject.phone ?? null] : null,
    ]);
    const { key } = await this.vault.municipalityKey(em, municipality, 'DEDUP', now);
    return createHmac('sha256', key).update(`report-content:${canonical}`, 'utf8').digest();
  }

  /**
   * The antenna's reports with their coarse state, the owner desk's contact, and the first words
   * of what the shop itself wrote (so it finds "la signora del civico 12" again): that is a read
   * of the person's data, audited in the same transaction, one row per report shown.
   */
  async mine(actor: Actor, args: MyReportsV1): Promise<Page<ReportSummaryV1>> {
    if (actor.role !== Role.ANTENNA || !actor.antennaId) throw DomainError.forbidden('only antenna members have reports');
    const antennaId = actor.antennaId;
    const request = REPORTS_NEWEST_FIRST.request(args);
    return this.tx.run(async (em) => {
      const { rows: page, pageInfo } = REPORTS_NEWEST_FIRST.page(await this.repo.findPageForAntenna(em, actor.municipality, antennaId, request), request, (r) => [r.submittedAt.toISOString(), r.id]);
      const descriptions = await this.vault.openDescriptions(em, page);
      const desks = await this.repo.desksByIds(em, page.map((r) => r.ownerDeskId));
      const read = page.filter((r) => descriptions.get(r.id));
      await this.audit.record(
        em,
        actor,
        read.map((r) => ({ action: REQUEST_PATTERNS.reports.mine, recordType: 'report' as const, recordId: r.id, fields: ['description.start'], reason: 'la propria segnalazione / own report' })),
      );
      const nodes = page.map((r) => toSummary(r, { descriptionStart: excerpt(descriptions.get(r.id) ?? null, DESCRIPTION_START_LENGTH), ownerDesk: desks.get(r.ownerDeskId) }));
      return { nodes, pageInfo };
    });
  }

  /** Applies a referral's move to the report's coarse state (idempotent, order-independent). */
  async applyReferral(em: EntityManager, e: ReferralChangedV1): Promise<void> {
    const report = await this.repo.lockReport(em, e.reportId);
    if (!report) throw new Error(`report ${e.reportId} of referral ${e.referralId} is not known here yet`);
    const changed = await this.repo.upsertReferral(em, {
      referralId: e.referralId,
      reportId: e.reportId,
      status: e.to,
      version: e.version,
      organisationId: e.organisationId,
      needs: e.needs,
      dueAt: e.dueAt ? new Date(e.dueAt) : null,
    });
    if (!changed) return;
    const next = coarseStatus(factsOf(report, await this.repo.referralsOf(em, e.reportId)));
    if (next !== report.status) await this.repo.setStatus(em, report.id, next);
    if (!report.becameCaseAt && next !== CoarseStatus.RECEIVED && !report.closedAt) await this.repo.markBecameCase(em, report.id, new Date(e.occurredAt));
  }
}

/** Another submit of the same id committed first: this one's transaction must roll back whole. */
class LostRace extends Error {}
