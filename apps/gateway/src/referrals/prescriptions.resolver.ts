import { randomUUID } from 'node:crypto';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PrescribeInitiativeV1, REQUEST_PATTERNS, Role, parseContract } from '@prossimo/contracts';
import { Caller, CurrentCaller, Roles } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';
import { ReferralStory } from './directory.models';
import { Referral, toReferral } from './referrals.models';

/** The initiative's public title (Italian and English), read from community; null when it is withdrawn or unknown. */
async function titleOf(rpc: RpcClient, r: Referral, lang: 'it' | 'en'): Promise<string | null> {
  if (!r.initiativeId) return null;
  try {
    const i = await rpc.call(REQUEST_PATTERNS.community.publicInitiative, { id: r.initiativeId });
    return (lang === 'en' ? i.titleEn : null) ?? i.titleIt ?? null;
  } catch {
    return null;
  }
}

/**
 * Social prescribing (issue 17): a social worker refers the person of a report to one session of an
 * initiative — a referral like the others (targetKind INITIATIVE), addressed to the organiser, who
 * accepts or declines it in their inbox with the usual moves and records the first attendance.
 */
@Resolver(() => Referral)
export class PrescriptionsResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Roles(Role.SOCIAL_WORKER, Role.ADMIN)
  @Mutation(() => Referral, {
    description:
      'Refers the person of a report to one session of an initiative («invio a un’attività»): a referral (targetKind INITIATIVE) to its organiser, REQUESTED with the usual SLA. Community holds one of the session’s seats for referred people; with none left the referral is cancelled (no-seat) and the desk alerted. `id` is optional (a retry with the same id answers the same referral).',
  })
  async prescribeInitiative(
    @CurrentCaller() caller: Caller,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('buddyRequested', { defaultValue: false }) buddyRequested: boolean,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
  ): Promise<Referral> {
    const command = await parseContract(PrescribeInitiativeV1, { id: id ?? randomUUID(), reportId, initiativeId, sessionId, buddyRequested });
    return toReferral(await this.rpc.call(REQUEST_PATTERNS.referrals.prescribe, command, caller.actor));
  }

  @Roles(Role.ORG_OPERATOR)
  @Mutation(() => Referral, {
    description: 'The organiser records the first attendance of a referred person: the referral to an activity moves from ACCEPTED to IN_PROGRESS (once; a repeat answers the same).',
  })
  async recordFirstAttendance(@Args('referralId', { type: () => ID }) referralId: string, @CurrentCaller() caller: Caller): Promise<Referral> {
    return toReferral(await this.rpc.call(REQUEST_PATTERNS.referrals.recordFirstAttendance, { id: referralId }, caller.actor));
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR, Role.SOCIAL_WORKER)
  @ResolveField(() => String, { nullable: true, description: 'A referral to an activity: its initiative’s title (Italian); null otherwise or once withdrawn' })
  initiativeTitle(@Parent() r: Referral): Promise<string | null> {
    return titleOf(this.rpc, r, 'it');
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR, Role.SOCIAL_WORKER)
  @ResolveField(() => String, { nullable: true, description: 'A referral to an activity: its initiative’s title in English when given, else Italian' })
  initiativeTitleEn(@Parent() r: Referral): Promise<string | null> {
    return titleOf(this.rpc, r, 'en');
  }
}

/** The same initiative titles on the desk's view of a report's referrals. */
@Resolver(() => ReferralStory)
export class PrescriptionStoryResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Roles(Role.SOCIAL_WORKER)
  @ResolveField(() => String, { nullable: true, description: 'A referral to an activity: its initiative’s title (Italian)' })
  initiativeTitle(@Parent() r: ReferralStory): Promise<string | null> {
    return titleOf(this.rpc, r, 'it');
  }

  @Roles(Role.SOCIAL_WORKER)
  @ResolveField(() => String, { nullable: true, description: 'A referral to an activity: its initiative’s title in English when given, else Italian' })
  initiativeTitleEn(@Parent() r: ReferralStory): Promise<string | null> {
    return titleOf(this.rpc, r, 'en');
  }
}
