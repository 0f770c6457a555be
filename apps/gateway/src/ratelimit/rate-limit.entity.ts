import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Fixed-window counters, in the identity database so every gateway instance shares them: failed
 * logins per email (hashed) and requests per account. Per-address counts are kept in memory.
 */
@Entity({ name: 'rate_limits' })
@Index('IDX_rate_limits_window', ['windowStart'])
export class RateLimitEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_rate_limits' })
  key: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz', primaryKeyConstraintName: 'PK_rate_limits' })
  windowStart: Date;

  @Column({ type: 'int' })
  count: number;
}
