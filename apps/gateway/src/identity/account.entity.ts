import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** A person who can sign in. The email is stored lowercased; the password only as an argon2id hash. */
@Entity({ name: 'accounts' })
@Unique('UQ_accounts_email', ['email'])
@Check('CHK_accounts_role', `"role" IN ('ANTENNA','ORG_OPERATOR','SOCIAL_WORKER','CITY_ANALYST','ADMIN','CITIZEN')`)
@Check('CHK_accounts_antenna', `("role" = 'ANTENNA') = ("antenna_id" IS NOT NULL)`)
@Check('CHK_accounts_organisation', `("role" = 'ORG_OPERATOR') = ("organisation_id" IS NOT NULL)`)
export class AccountEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_accounts' })
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'antenna_id', type: 'uuid', nullable: true })
  antennaId: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
