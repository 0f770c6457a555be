import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReferralStatus, Urgency } from '@prossimo/contracts';
import { DirectoryRepository } from '../directory/directory.repository';
import { dueAt, resolveTargets } from '../domain/business-calendar';
import { TimersRepository } from './timers.repository';

/**
 * Keeps each referral's SLA timers in step with its status, inside the caller's transaction:
 * requested → an accept timer; accepted → a first-contact timer (the accept one is settled), unless
 * the first contact goes through the desk (no consent): then that timer starts when the desk hands
 * the contact over (`startFirstContact`); in progress or any end → no pending timer. Deadlines
 * follow the municipality's policy.
 */
@Injectable()
export class SlaTimers {
  constructor(
    private readonly repo: TimersRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  async onStatus(em: EntityManager, r: { id: string; municipality: string; urgency: Urgency; status: ReferralStatus; firstContactWaitsForDesk?: boolean }, at: Date): Promise<void> {
    switch (r.status) {
      case ReferralStatus.REQUESTED:
        await this.schedule(em, r, 'accept', at);
        return;
      case ReferralStatus.ACCEPTED:
        await this.repo.cancelTimers(em, r.id, ['accept'], at);
        // Without consent the organisation may not call: its clock waits for the desk's hand-over.
        if (!r.firstContactWaitsForDesk) await this.schedule(em, r, 'first-contact', at);
        return;
      case ReferralStatus.ON_HOLD:
        // Held by the organisation after accepting: the first-contact clock keeps running.
        await this.repo.cancelTimers(em, r.id, ['accept'], at);
        return;
      case ReferralStatus.IN_PROGRESS:
      case ReferralStatus.COMPLETED:
      case ReferralStatus.REJECTED:
      case ReferralStatus.CANCELLED:
      case ReferralStatus.FAILED:
      case ReferralStatus.ENTERED_IN_ERROR:
        await this.repo.cancelTimers(em, r.id, ['accept', 'first-contact'], at);
    }
  }

  /** The desk handed the contact over: the first-contact deadline starts now (once per referral). */
  async startFirstContact(em: EntityManager, r: { id: string; municipality: string; urgency: Urgency }, at: Date): Promise<void> {
    await this.schedule(em, r, 'first-contact', at);
  }

  private async schedule(em: EntityManager, r: { id: string; municipality: string; urgency: Urgency }, kind: 'accept' | 'first-contact', at: Date): Promise<void> {
    const policy = await this.directory.findPolicy(em, r.municipality);
    const target = resolveTargets(policy.slaTargets)[r.urgency];
    const due = dueAt(at, kind === 'accept' ? target.accept : target.firstContact, policy.slaDayMode, policy.patronDay);
    await this.repo.addTimer(em, { id: randomUUID(), referralId: r.id, kind, dueAt: due });
  }
}
