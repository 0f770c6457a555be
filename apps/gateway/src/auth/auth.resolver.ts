import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { DomainError, Role } from '@prossimo/contracts';
import { Caller, CurrentCaller, Public, Roles } from '../graphql/access';
import { IdentityService } from '../identity/identity.service';
import { AuthPayload } from './auth.models';

const EVERYONE = Object.values(Role);

@Resolver()
export class AuthResolver {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in with a local account: a short-lived access token and a refresh token.' })
  async login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayload> {
    if (email.length > 320) throw DomainError.badInput('email', 'email: too long');
    if (password.length > 1024) throw DomainError.badInput('password', 'password: too long');
    return this.identity.login(email, password);
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
}
