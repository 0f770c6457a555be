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

  @Field(() => Account)
  account: Account;
}
