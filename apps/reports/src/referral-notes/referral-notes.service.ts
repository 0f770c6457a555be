import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor, DomainError, ReadReferralNotesV1, ReferralChangedV1, ReferralNoteAction, ReferralNoteKind, ReferralNoteSealedV1, ReferralNoteV1, ReferralStatus, Role, REQUEST_PATTERNS,
  SealReferralNoteV1, referralNoteKindOf,
} from '@prossimo/contracts';
import { CLOCK, Clock, Transactions } from '@prossimo/platform';
import { AuditService } from '../audit/audit.service';
import { ReportsRepository } from '../reports/reports.repository';
import { SubjectKey, Vault } from '../vault/vault';
import { ReferralNoteEntity } from './referral-note.entity';
import { ReferralNotesRepository } from './referral-notes.repository';

/** A pending note (sealed, never named by a move) is deleted by the retention sweep after this long. */
export const PENDING_NOTE_TTL_MS = 60 * 60 * 1000;

/** The status a move leads to: a note is confirmed only by the event of its own move. */
const STATUS_OF_ACTION: Record<ReferralNoteAction, ReferralStatus> = {
  reject: ReferralStatus.REJECTED,
  hold: ReferralStatus.ON_HOLD,
  fail: ReferralStatus.FAILED,
  complete: ReferralStatus.COMPLETED,
  reroute: ReferralStatus.CANCELLED,
};

const aadOf = (n: Pick<ReferralNoteEntity, 'id' | 'referralId' | 'reportId'>) => `referral-note:${n.id}:${n.referralId}:${n.reportId}`;

/** Who may write the note of a move: an operator of an organisation (their moves), a social worker (re-route). */
function authorOf(actor: Actor, action: ReferralNoteAction): { role: Role; organisationId: string | null } {
  if (action === 'reroute') {
    if (actor.role !== Role.SOCIAL_WORKER) throw DomainError.forbidden('solo lo sportello sociale invia altrove / only the social desk re-routes');
    return { role: Role.SOCIAL_WORKER, organisationId: null };
  }
  if (actor.role !== Role.ORG_OPERATOR || !actor.organisationId) throw DomainError.forbidden('solo gli operatori di un ente / only operators of an organisation');
  return { role: Role.ORG_OPERATOR, organisationId: actor.organisationId };
}

export function toNoteV1(n: ReferralNoteEntity, text: string | null): ReferralNoteV1 {
  return {
    id: n.id,
    referralId: n.referralId,
    kind: n.kind,
    action: n.action as ReferralNoteAction,
    text,
    authorAccountId: n.authorAccountId,
    createdAt: n.createdAt.toISOString(),
    confirmedAt: n.confirmedAt?.toISOString() ?? null,
  };
}

/**
 * Reasons and outcomes of referral moves, kept in the vault: sealed (before the move), confirmed
 * by the move's event, read (audited), exported and shredded with the rest of the person's story.
 */
@Injectable()
export class ReferralNotesService {
  private readonly logger = new Logger('ReferralNotes');

  constructor(
    private readonly tx: Transactions,
    private readonly repo: ReferralNotesRepository,
    private readonly reports: ReportsRepository,
    private readonly vault: Vault,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  /**
   * Seals a move's text under the report's subject key, pending until the move's event confirms
   * it. An operator may write only on a referral of their organisation in their municipality (checked
   * here when this service already knows the referral, and always at confirmation); a social worker
   * on any report of their municipality. Once the subject is erased or the report purged, the text
   * is dropped (the move still goes through, without it).
   */
  async seal(actor: Actor, input: SealReferralNoteV1): Promise<ReferralNoteSealedV1> {
    const author = authorOf(actor, input.action);
    return this.tx.run(async (em) => {
      const existing = await this.repo.find(em, input.noteId);
      if (existing) return this.sameNoteOrConflict(existing, actor, input);
      const report = await this.reports.findReport(em, input.reportId);
      if (!report || report.municipality !== actor.municipality) throw DomainError.notFound('report');
      const known = await this.reports.findReferral(em, input.referralId);
      if (known && (known.reportId !== report.id || (author.organisationId && known.organisationId !== author.organisationId))) throw DomainError.notFound('referral');

      const key = report.purgedAt ? null : await this.vault.subjectKey(em, report.subjectId);
      const note = Object.assign(new ReferralNoteEntity(), {
        id: input.noteId,
        municipality: report.municipality,
        reportId: report.id,
        referralId: input.referralId,
        kind: referralNoteKindOf(input.action),
        action: input.action,
        authorAccountId: actor.accountId,
        authorRole: author.role,
        authorOrganisationId: author.organisationId,
        textSealed: null as Buffer | null,
        createdAt: this.now(),
        confirmedAt: null,
        referralVersion: null,
      });
      note.textSealed = key ? this.vault.seal(key, input.text, aadOf(note)) : null;
      key?.key.fill(0);
      if (!(await this.repo.insertIfAbsent(em, note))) {
        // The same id committed by a concurrent retry while we worked.
        const winner = await this.repo.find(em, input.noteId);
        if (!winner) throw DomainError.conflict('riprova / retry');
        return this.sameNoteOrConflict(winner, actor, input);
      }
      return { noteId: note.id };
    });
  }

  private sameNoteOrConflict(n: ReferralNoteEntity, actor: Actor, input: SealReferralNoteV1): ReferralNoteSealedV1 {
    const same = n.authorAccountId === actor.accountId && n.referralId === input.referralId && n.reportId === input.reportId && n.action === input.action;
    if (!same) throw DomainError.conflict('questo id di nota è già usato / this note id is already taken');
    return { noteId: n.id };
  }

  /**
   * The referral's event (in the consumer's transaction): the notes it names are confirmed when
   * they were sealed for this very move — same referral, report, municipality and kind, the status
   * their move leads to, and written by the organisation holding the referral (or, for a
   * re-route, by a social worker). Anything else stays pending and is shredded. Idempotent.
   */
  async confirm(em: EntityManager, e: ReferralChangedV1): Promise<void> {
    const named: [string | undefined, ReferralNoteKind][] = [[e.reasonNoteId, 'REASON'], [e.outcomeNoteId, 'OUTCOME']];
    for (const [noteId, kind] of named) {
      if (!noteId) continue;
      const n = await this.repo.lock(em, noteId);
      if (n?.confirmedAt) continue; // a redelivery
      if (!n || !belongsTo(n, e, kind)) {
        this.logger.warn({ noteId, referralId: e.referralId }, 'a referral event names a note that is not its own: left unconfirmed');
        continue;
      }
      await this.repo.confirm(em, n.id, new Date(e.occurredAt), e.version);
    }
  }

  /**
   * The confirmed notes of a report's referrals, opened (audited, in the same transaction). A
   * social worker of the municipality reads them all; an operator only those their organisation
   * wrote on a referral it holds.
   */
  async read(actor: Actor, input: ReadReferralNotesV1): Promise<ReferralNoteV1[]> {
    return this.tx.run(async (em) => {
      const report = await this.reports.findReport(em, input.reportId);
      if (!report || report.municipality !== actor.municipality) throw DomainError.notFound('report');
      let notes = await this.repo.confirmedOfReport(em, report.id, input.referralId);
      if (actor.role !== Role.SOCIAL_WORKER) {
        const held = new Set((await this.reports.referralsOf(em, report.id)).filter((x) => actor.organisationId && x.organisationId === actor.organisationId).map((x) => x.referralId));
        if (held.size === 0 || (input.referralId && !held.has(input.referralId))) throw DomainError.notFound('referral');
        notes = notes.filter((n) => held.has(n.referralId) && n.authorOrganisationId === actor.organisationId);
      }
      const key = notes.some((n) => n.textSealed) ? await this.vault.subjectKey(em, report.subjectId) : null;
      const out = notes.map((n) => toNoteV1(n, this.open(key, n)));
      key?.key.fill(0);
      await this.audit.record(em, actor, [
        { action: REQUEST_PATTERNS.reports.readReferralNotes, recordType: 'report', recordId: report.id, fields: ['referralNotes.text'], reason: 'storia degli invii / referral story' },
      ]);
      return out;
    });
  }

  /** Opens a note's text with the subject's key (null without one: erased or purged). */
  open(key: SubjectKey | null, n: ReferralNoteEntity): string | null {
    return this.vault.open(key, n.textSealed, aadOf(n));
  }

  /** The retention sweep: notes no move confirmed within PENDING_NOTE_TTL_MS are deleted, text and all. */
  async shredPending(): Promise<number> {
    const before = new Date(this.now().getTime() - PENDING_NOTE_TTL_MS);
    return this.tx.run((em) => this.repo.deletePendingBefore(em, before));
  }
}

function belongsTo(n: ReferralNoteEntity, e: ReferralChangedV1, kind: ReferralNoteKind): boolean {
  const sameMove = n.referralId === e.referralId && n.reportId === e.reportId && n.municipality === e.municipality && n.kind === kind
    && STATUS_OF_ACTION[n.action as ReferralNoteAction] === e.to;
  if (!sameMove) return false;
  return n.authorRole === Role.SOCIAL_WORKER ? e.reasonCode === 'rerouted' : n.authorOrganisationId === e.organisationId && !e.reasonCode;
}
