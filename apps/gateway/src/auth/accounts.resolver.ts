import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@prossimo/contracts';
import { Caller, CurrentCaller, Public, Roles } from '../graphql/access';
import { Role as RoleEnum } from '../graphql/enums';
import { AccountsRepository } from '../identity/accounts.repository';
import { IdentityService } from '../identity/identity.service';
import { InvitationsService } from '../identity/invitations.service';
import { Account, AccountSession, AuthPayload } from './auth.models';

@InputType()
export class InviteAccountInput {
  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for ANTENNA: the antenna the person reports for' })
  antennaId?: string;

  @Field(() => ID, { nullable: true, description: 'Required for ORG_OPERATOR: their organisation' })
  organisationId?: string;
}

@ObjectType({ description: 'A one-time token to hand to the person (the web app makes it a link and a printable card), and its short code. Shown once; using either uses both.' })
export class IssuedToken {
  @Field()
  token: string;

  @Field(() => String, { nullable: true, description: 'Eight characters to read out or print (e.g. "K7MX-3QAT"), entered with the e-mail on «Ho un codice»' })
  code: string | null;

  @Field({ description: 'The e-mail the invitation or reset is for' })
  email: string;

  @Field()
  expiresAt: Date;
}

/** ADMIN-managed accounts: invitations and password resets (docs/security.md). */
@Resolver()
export class AccountsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly accountsRepo: AccountsRepository,
    private readonly identity: IdentityService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => [AccountSession], { description: "An account's open sessions (at most 100, newest first), trusted devices marked; another municipality's account looks like none." })
  accountSessions(@Args('accountId', { type: () => ID }) accountId: string, @CurrentCaller() caller: Caller): Promise<AccountSession[]> {
    return this.identity.openSessionsOf(caller.actor, accountId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Int, { description: '«Esci da tutti i dispositivi» for a person of your municipality: every session of the account ends at once (trusted devices too); answers how many were open.' })
  endAccountSessions(@Args('accountId', { type: () => ID }) accountId: string, @CurrentCaller() caller: Caller): Promise<number> {
    return this.identity.endSessionsOf(caller.actor, accountId);
  }

  @Roles(Role.ADMIN)
  @Query(() => [Account], { description: "Your municipality's accounts (at most 1,000), by name." })
  async accounts(@CurrentCaller() caller: Caller): Promise<Account[]> {
    const rows = await this.accountsRepo.listByMunicipality(caller.actor.municipality);
    return rows.map((a) => ({ id: a.id, email: a.email, displayName: a.displayName, role: a.role, municipality: a.municipality, antennaId: a.antennaId, organisationId: a.organisationId }));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => IssuedToken, { description: 'Invites a person of your municipality; they choose their password when accepting (valid 7 days).' })
  inviteAccount(@Args('input') input: InviteAccountInput, @CurrentCaller() caller: Caller): Promise<IssuedToken> {
    return this.invitations.invite(caller, input);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Accepts an invitation with the password you choose, and signs you in.' })
  acceptInvitation(@Args('token') token: string, @Args('password') password: string): Promise<AuthPayload> {
    return this.invitations.accept(token.slice(0, 200), password);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => IssuedToken, { description: 'A one-time password reset for an account of your municipality (valid 24 hours).' })
  issuePasswordReset(@Args('email') email: string, @CurrentCaller() caller: Caller): Promise<IssuedToken> {
    return this.invitations.issueReset(caller, email.slice(0, 320));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password with a reset token; every session of the account ends.' })
  completePasswordReset(@Args('token') token: string, @Args('password') password: string): Promise<boolean> {
    return this.invitations.completeReset(token.slice(0, 200), password);
  }
}
