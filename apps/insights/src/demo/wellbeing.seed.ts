import { EntityManager } from 'typeorm';
import { OutcomePhase, PATHWAY_ACTIONS, PathwayAction, PathwayKind, ScoreBand } from '@prossimo/contracts';
import { DEMO_MUNICIPALITY, DEMO_NEIGHBOURHOODS } from '@prossimo/demo';
import { PathwayMove } from '../facts/wellbeing.entities';

/**
 * The synthetic year's outcomes and life-project pathways for the demo dashboard («Esiti e progetti
 * di vita»): counters only (outcome_counts, pathway_counts, pathway_action_counts), for the months
 * the history was made for. Nobody is behind them. Deterministic; loaded once (its own demo_seeds
 * marker, so a demo seeded before these tables existed gets them on its next start, for the
 * history's months, never a real one).
 *
 * What a mid-sized city might see: about 3 START measurements a month per 10,000 residents and
 * two thirds as many at 12 weeks, lonelier at the start (LOW 25 %, MEDIUM 40 %, HIGH 35 %) than
 * after (40 / 40 / 20); a few «Dopo di noi» pathways a month and more mental-health pacts.
 */
const BANDS: Record<OutcomePhase, [ScoreBand, number][]> = {
  [OutcomePhase.START]: [[ScoreBand.LOW, 0.25], [ScoreBand.MEDIUM, 0.4], [ScoreBand.HIGH, 0.35]],
  [OutcomePhase.WEEK_12]: [[ScoreBand.LOW, 0.4], [ScoreBand.MEDIUM, 0.4], [ScoreBand.HIGH, 0.2]],
};
const PER_10K: Record<OutcomePhase, number> = { [OutcomePhase.START]: 3, [OutcomePhase.WEEK_12]: 2 };
/** Pathways opened a month, city-wide; about two thirds as many closed. */
const OPENED: Record<PathwayKind, number> = { [PathwayKind.DOPO_DI_NOI]: 4, [PathwayKind.MENTAL_HEALTH]: 9 };
/** Tags a month, city-wide, per action (untags are rare corrections: about one in twelve). */
const TAGS: Record<PathwayAction, number> = {
  [PathwayAction.A_LEAVING_FAMILY_HOME]: 2,
  [PathwayAction.B_SUPPORT_IN_HOUSING]: 5,
  [PathwayAction.C_AUTONOMY_SKILLS]: 8,
  [PathwayAction.D_HOUSING_WORKS]: 1,
  [PathwayAction.E_EMERGENCY_STAY]: 1,
  [PathwayAction.HOUSING]: 6,
  [PathwayAction.WORK]: 9,
  [PathwayAction.SOCIAL_RELATIONS]: 12,
  [PathwayAction.HEALTH_CARE]: 11,
  [PathwayAction.EDUCATION]: 3,
};

export async function seedWellbeingHistory(em: EntityManager, months: string[], random: () => number, poisson: (mean: number, random: () => number) => number): Promise<number> {
  const first: unknown[] = await em.query(`INSERT INTO demo_seeds (name) VALUES ('history-wellbeing') ON CONFLICT DO NOTHING RETURNING 1`);
  if (first.length === 0) return 0;
  const features = DEMO_NEIGHBOURHOODS.features;
  const weights = features.map((f) => f.properties.population ?? 5000);
  const all = weights.reduce((a, b) => a + b, 0);
  /** A neighbourhood drawn by population. */
  const somewhere = () => {
    let r = random() * all;
    for (const [i, w] of weights.entries()) if ((r -= w) < 0) return features[i].properties.code;
    return features[features.length - 1].properties.code;
  };
  let rows = 0;
  for (const month of months) {
    for (const feature of features) {
      const { code, population } = feature.properties;
      for (const phase of Object.values(OutcomePhase)) {
        for (const [band, share] of BANDS[phase]) {
          const count = poisson((((population ?? 5000) / 10_000) * PER_10K[phase] * share), random);
          if (count === 0) continue;
          await em.query(`INSERT INTO outcome_counts (municipality, neighbourhood_code, month, phase, band, count) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`, [DEMO_MUNICIPALITY, code, month, phase, band, count]);
          rows += 1;
        }
      }
    }
    for (const kind of Object.values(PathwayKind)) {
      for (const [move, mean] of [[PathwayMove.OPENED, OPENED[kind]], [PathwayMove.CLOSED, (OPENED[kind] * 2) / 3]] as const) {
        for (let i = poisson(mean, random); i > 0; i -= 1) {
          await em.query(
            `INSERT INTO pathway_counts (municipality, neighbourhood_code, month, kind, move, count) VALUES ($1, $2, $3, $4, $5, 1)
             ON CONFLICT (municipality, neighbourhood_code, month, kind, move) DO UPDATE SET count = pathway_counts.count + 1`,
            [DEMO_MUNICIPALITY, somewhere(), month, kind, move],
          );
          rows += 1;
        }
      }
      for (const action of PATHWAY_ACTIONS[kind]) {
        for (let i = poisson(TAGS[action], random); i > 0; i -= 1) {
          const column = random() < 1 / 12 ? 'untagged' : 'tagged';
          await em.query(
            `INSERT INTO pathway_action_counts (municipality, neighbourhood_code, month, kind, action, ${column}) VALUES ($1, $2, $3, $4, $5, 1)
             ON CONFLICT (municipality, neighbourhood_code, month, kind, action) DO UPDATE SET ${column} = pathway_action_counts.${column} + 1`,
            [DEMO_MUNICIPALITY, somewhere(), month, kind, action],
          );
          rows += 1;
        }
      }
    }
  }
  return rows;
}
