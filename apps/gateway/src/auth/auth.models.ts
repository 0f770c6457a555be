import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../graphql/enums';

@ObjectType()
export class Account {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field({ description: 'ISTAT code of the municipality' })
  municipality: string;

  @Field(() => ID, { nullable: true })
  antennaId: string | null;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Access token: send it as "Authorization: Bearer <token>"' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field({ description: 'Renews the session with refreshSession before the access token expires; keep it out of any shared storage' })
  refreshToken: string;

  @Field({ description: 'The session was opened on a device marked as trusted: the refresh token lasts longer (TRUSTED_REFRESH_TTL_SECONDS); logout and a password change still end it at once' })
  trustedDevice: boolean;

  @Field(() => Account)
  account: Account;
}

@ObjectType({ description: 'How people may sign in here, for the login page (the same for everyone).' })
export class SignInOptions {
  @Field({ description: '«Password dimenticata» e-mails a reset link (an SMTP relay is configured); false: ask the administrator' })
  passwordResetByEmail: boolean;

  @Field({ description: 'Local accounts (false: the city identity provider signs people in)' })
  localAccounts: boolean;
}

@ObjectType({ description: "An open session of an account (never its tokens)." })
export class AccountSession {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last renewed (null: not since sign-in)' })
  lastUsedAt: Date | null;

  @Field()
  expiresAt: Date;

  @Field({ description: 'Kept on a device the person marked as trusted («Ricorda questo dispositivo»)' })
  trusted: boolean;
}
