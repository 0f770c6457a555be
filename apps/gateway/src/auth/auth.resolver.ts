import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { DomainError } from '@prossimo/contracts';
import { Public } from '../graphql/access';
import { IdentityService } from '../identity/identity.service';
import { AuthPayload } from './auth.models';

@Resolver()
export class AuthResolver {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in with a local account.' })
  async login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayload> {
    if (email.length > 320) throw DomainError.badInput('email', 'email: too long');
    if (password.length > 1024) throw DomainError.badInput('password', 'password: too long');
    return this.identity.login(email, password);
  }
}
