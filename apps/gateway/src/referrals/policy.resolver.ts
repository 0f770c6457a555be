import { Args, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { MunicipalityPolicyV1, Role, REQUEST_PATTERNS } from '@prossimo/contracts';
import { Caller, CurrentCaller, Roles } from '../graphql/access';
import { Urgency } from '../graphql/enums';
import { RpcClient } from '../rpc/rpc-client.service';

@ObjectType()
export class SlaTarget {
  @Field(() => Urgency)
  urgency: Urgency;

  @Field(() => Int, { description: 'Hours to accept a referral' })
  acceptHours: number;

  @Field(() => Int, { description: 'Hours to the first contact after acceptance' })
  firstContactHours: number;
}

@ObjectType({ description: "The municipality's referral policy: RUNTS requirement, SLA targets and calendar, desk e-mail." })
export class MunicipalityPolicy {
  @Field()
  municipality: string;

  @Field()
  requireRunts: boolean;

  @Field({ description: '"calendar" or "working" (Monday–Friday, Italian public holidays off)' })
  slaDayMode: string;

  @Field(() => String, { nullable: true, description: "Patron saint's day, MM-DD" })
  patronDay: string | null;

  @Field(() => String, { nullable: true, description: "Where the owner desks' alert e-mails go" })
  deskEmail: string | null;

  @Field(() => Int, { description: 'Minutes an emergency alert may wait unacknowledged before its e-mail goes again; as long again, and the supervisor is told' })
  alertEscalationMinutes: number;

  @Field(() => String, { nullable: true, description: "The desk supervisor's address for escalated alerts" })
  supervisorEmail: string | null;

  @Field(() => [SlaTarget])
  targets: SlaTarget[];
}

@InputType()
export class SlaTargetInput {
  @Field(() => Urgency)
  urgency: Urgency;

  @Field(() => Int)
  acceptHours: number;

  @Field(() => Int)
  firstContactHours: number;
}

@InputType({ description: 'Fields left out keep their value; null clears patronDay, deskEmail or supervisorEmail.' })
export class SetMunicipalityPolicyInput {
  @Field({ nullable: true })
  requireRunts?: boolean;

  @Field({ nullable: true })
  slaDayMode?: string;

  @Field(() => String, { nullable: true })
  patronDay?: string | null;

  @Field(() => String, { nullable: true })
  deskEmail?: string | null;

  @Field(() => [SlaTargetInput], { nullable: true })
  targets?: SlaTargetInput[];

  @Field(() => Int, { nullable: true, description: '1–1440 minutes' })
  alertEscalationMinutes?: number;

  @Field(() => String, { nullable: true })
  supervisorEmail?: string | null;
}

@Resolver(() => MunicipalityPolicy)
export class PolicyResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Roles(Role.ADMIN)
  @Query(() => MunicipalityPolicy, { description: "Your municipality's referral policy (defaults where not set)." })
  municipalityPolicy(@CurrentCaller() caller: Caller): Promise<MunicipalityPolicyV1> {
    return this.rpc.call(REQUEST_PATTERNS.referrals.getPolicy, {}, caller.actor);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MunicipalityPolicy, { description: "Sets the SLA targets and calendar, the RUNTS requirement, the desk e-mail, the alerts' escalation time and the supervisor's e-mail; new timers use them." })
  async setMunicipalityPolicy(@Args('input') input: SetMunicipalityPolicyInput, @CurrentCaller() caller: Caller): Promise<MunicipalityPolicyV1> {
    const plain = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
    return this.rpc.call(REQUEST_PATTERNS.referrals.setPolicy, plain, caller.actor, { inputField: 'input' });
  }
}
