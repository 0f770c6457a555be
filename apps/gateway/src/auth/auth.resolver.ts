import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DomainError, Role } from '@prossimo/contracts';
import { Caller, CurrentCaller, Public, Roles } from '../graphql/access';
import { IdentityService } from '../identity/identity.service';
import { InvitationsService } from '../identity/invitations.service';
import { PasswordResetMailService } from '../identity/password-reset-mail.service';
import { AuthPayload, SignInOptions } from './auth.models';

const EVERYONE = Object.values(Role);

@Resolver()
export class AuthResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly invitations: InvitationsService,
    private readonly resetMail: PasswordResetMailService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in with a local account: a short-lived access token and a refresh token (longer-lived with trustDevice).' })
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Args('trustDevice', { nullable: true, description: '«Ricorda questo dispositivo»: the session lasts TRUSTED_REFRESH_TTL_SECONDS (30 days) instead of 12 hours' }) trustDevice?: boolean,
  ): Promise<AuthPayload> {
    if (email.length > 320) throw DomainError.badInput('email', 'email: too long');
    if (password.length > 1024) throw DomainError.badInput('password', 'password: too long');
    return this.identity.login(email, password, trustDevice === true);
  }

  @Public()
  @Query(() => SignInOptions, { description: 'What the login page may offer: whether a forgotten password is reset by e-mail here.' })
  signInOptions(): SignInOptions {
    return { passwordResetByEmail: this.resetMail.byEmail, localAccounts: this.identity.local };
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      '«Password dimenticata»: where e-mail is configured, sends a reset link (valid 24 hours) to the address if it has an account. The same answer either way: true when reset links are e-mailed here, false when they are not (ask your administrator).',
  })
  async requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    if (email.length > 320) throw DomainError.badInput('email', 'email: too long');
    return this.resetMail.request(email);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      '«Ho un codice»: the e-mail and the short code of an invitation or a password reset (read out by the administrator, or on the printed card) with the password you choose; signs you in. A wrong code counts toward a lock-out of the e-mail.',
  })
  async redeemAccountCode(
    @Args('email') email: string,
    @Args('code') code: string,
    @Args('password') password: string,
    @Args('trustDevice', { nullable: true }) trustDevice?: boolean,
  ): Promise<AuthPayload> {
    if (email.length > 320) throw DomainError.badInput('email', 'email: too long');
    if (code.length > 40) throw DomainError.badInput('code', 'code: il codice non è valido o è scaduto / the code is not valid or has expired');
    if (password.length > 1024) throw DomainError.badInput('password', 'password: too long');
    return this.invitations.redeemCode(email, code, password, trustDevice === true);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Renews a session: new access and refresh tokens; the old refresh token stops working.' })
  async refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    if (refreshToken.length > 200) throw DomainError.badInput('refreshToken', 'refreshToken: not a refresh token');
    return this.identity.refresh(refreshToken);
  }

  @Roles(...EVERYONE)
  @Mutation(() => Boolean, { description: 'Ends this session: its access and refresh tokens stop working at once.' })
  logout(@CurrentCaller() caller: Caller): Promise<boolean> {
    return this.identity.logout(caller.sessionId);
  }

  @Roles(...EVERYONE)
  @Mutation(() => Boolean, { description: 'Changes your password; your other sessions are ended.' })
  changePassword(@Args('currentPassword') currentPassword: string, @Args('newPassword') newPassword: string, @CurrentCaller() caller: Caller): Promise<boolean> {
    return this.identity.changePassword(caller.actor, caller.sessionId, currentPassword, newPassword);
  }

  @Roles(...EVERYONE)
  @Mutation(() => Boolean, { description: '«Esci da tutti i dispositivi»: ends every session of your account at once, this one and trusted devices included.' })
  logoutEverywhere(@CurrentCaller() caller: Caller): Promise<boolean> {
    return this.identity.logoutEverywhere(caller.actor);
  }
}
