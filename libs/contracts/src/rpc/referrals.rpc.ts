import { ArrayUnique, IsArray, IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Need, ReferralStatus, Urgency } from '../domain';
import { PageArgsV1 } from './pagination';

export class ListReferralsV1 extends PageArgsV1 {
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(ReferralStatus, { each: true })
  status?: ReferralStatus[];
}

export const REFERRAL_ACTIONS = ['accept', 'reject', 'start', 'hold', 'resume', 'complete', 'fail'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

export class TransitionReferralV1 {
  @IsUUID('all')
  id: string;

  @IsIn(REFERRAL_ACTIONS)
  action: ReferralAction;

  /** Required for reject, hold and fail. */
  @ValidateIf((o: TransitionReferralV1) => o.action === 'reject' || o.action === 'hold' || o.action === 'fail' || o.reason !== undefined)
  @IsString()
  @MinLength(3, { message: 'reason must say why (at least 3 characters)' })
  @MaxLength(1000)
  reason?: string;

  /** Required for complete. */
  @ValidateIf((o: TransitionReferralV1) => o.action === 'complete' || o.outcome !== undefined)
  @IsString()
  @MinLength(3, { message: 'outcome must say what was done (at least 3 characters)' })
  @MaxLength(2000)
  outcome?: string;
}

/** A referral as its organisation sees it: needs, place, urgency and state; no personal data. */
export interface ReferralV1 {
  id: string;
  reportId: string;
  organisationId: string;
  serviceId: string;
  serviceName: string;
  needs: Need[];
  neighbourhoodCode: string;
  urgency: Urgency;
  status: ReferralStatus;
  createdAt: string;
  updatedAt: string;
}
