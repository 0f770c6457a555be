import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  DomainError, FHIR_TASK_STATUS, NOTE_ACTIONS_FROM, REQUEST_PATTERNS, ReferralNoteAction,
} from '@prossimo/contracts';
import { Caller } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';

/**
 * The reasons and outcomes people write on referral moves live in the reports vault, sealed under
 * the person's key; the referrals service only ever sees a note's id. This is the gateway's side:
 * seal the text before the move is sent, and read the texts back (audited by reports) to show them.
 */
@Injectable()
export class ReferralNotesClient {
  constructor(private readonly rpc: RpcClient) {}

  /**
   * Seals a move's text (the referral's report learnt from referrals, which also refuses a referral
   * that is not the caller's) and returns the note's id. A move the referral's status does not
   * allow is refused here (CONFLICT), before anything is written; if the move is refused later
   * all the same (another move came first), the note stays pending and the vault deletes it within
   * about an hour.
   */
  async seal(caller: Caller, referralId: string, action: ReferralNoteAction, text: string): Promise<string> {
    const referral = await this.rpc.call(REQUEST_PATTERNS.referrals.get, { id: referralId }, caller.actor);
    if (!NOTE_ACTIONS_FROM[referral.status].includes(action)) {
      throw DomainError.conflict(`cannot ${action} a referral that is ${FHIR_TASK_STATUS[referral.status]}`);
    }
    const command = { noteId: randomUUID(), referralId, reportId: referral.reportId, action, text };
    return (await this.rpc.call(REQUEST_PATTERNS.reports.sealReferralNote, command, caller.actor)).noteId;
  }

  /** The texts of a report's confirmed notes by note id (null once erased or purged); nothing is read when no note is named. */
  async texts(caller: Caller, reportId: string, named: (string | null)[]): Promise<Map<string, string | null>> {
    if (!named.some((id) => id !== null)) return new Map();
    const notes = await this.rpc.call(REQUEST_PATTERNS.reports.readReferralNotes, { reportId }, caller.actor);
    return new Map(notes.map((n) => [n.id, n.text]));
  }
}
