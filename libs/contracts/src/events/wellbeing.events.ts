import { IsEnum, Matches } from 'class-validator';
import { NEIGHBOURHOOD_CODE } from '../domain';
import { EVENT_MONTH, OutcomePhase, PathwayAction, PathwayKind, ScoreBand } from '../wellbeing';
import { DomainEventBase } from './event-base';

/**
 * The dashboard's view of outcomes and pathways, published by reports. These events carry NO person
 * and nothing to find one with: no report, subject, referral, pathway or account id, no day and no
 * score, only the municipality, the neighbourhood, the month and a band or a kind. `occurredAt` is
 * coarsened to the first instant of `month` (midnight UTC), so an event's time cannot be matched
 * with another event of the same report. Consumers are idempotent by `eventId` (the inbox), never by
 * anything that would name a report; the small-cell rules (k ≥ 10, complementary suppression) are
 * the dashboard's to apply. See docs/privacy.md, "Outcomes and life-project pathways".
 */
abstract class WellbeingEventBase extends DomainEventBase {
  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhoodCode: string;

  /** `YYYY-MM`: the month of the measurement (outcomes) or of the move (pathways), Europe/Rome. */
  @Matches(EVENT_MONTH, { message: 'month must be YYYY-MM' })
  month: string;
}

/**
 * prossimo.<istat>.outcome.recorded.v1 — a UCLA-3 loneliness measurement was recorded for someone
 * of the neighbourhood: its phase and band (LOW 3–4, MEDIUM 5–6, HIGH 7–9), never the answers.
 * A START and a WEEK_12 of the same person cannot be paired: the dashboard shows distributions.
 */
export class OutcomeRecordedV1 extends WellbeingEventBase {
  @IsEnum(OutcomePhase)
  phase: OutcomePhase;

  @IsEnum(ScoreBand)
  band: ScoreBand;
}

/** prossimo.<istat>.pathway.opened.v1 / .closed.v1 — a life-project pathway of this kind was opened or closed. */
export class PathwayMovedV1 extends WellbeingEventBase {
  @IsEnum(PathwayKind)
  kind: PathwayKind;
}

/**
 * prossimo.<istat>.pathway.action-tagged.v1 / .action-untagged.v1 — a referral of a pathway was
 * tagged with a fund action (A–E) or a mental-health axis, or the tag was taken off (a re-tag is an
 * untag of the old action and a tag of the new one), so a count of actions per month can be kept
 * right without knowing which referral or pathway.
 */
export class PathwayActionV1 extends PathwayMovedV1 {
  @IsEnum(PathwayAction)
  action: PathwayAction;
}
