import { assertDemoAllowed } from '@prossimo/demo';
import { runAntennasDemoSeed } from '../../apps/antennas/src/demo/demo.seed';
import { runCommunityVolunteersDemoSeed } from '../../apps/community/src/demo/volunteers.seed';
import { runGatewayDemoSeed } from '../../apps/gateway/src/identity/demo-accounts.seed';
import { runCommunityDemoSeed } from '../../apps/community/src/demo/demo.seed';
import { runInsightsDemoSeed } from '../../apps/insights/src/demo/demo.seed';
import { runReferralsDemoSeed } from '../../apps/referrals/src/demo/demo.seed';
import { runReportsDemoSeed } from '../../apps/reports/src/demo/demo.seed';
import { LauncherSettings } from './launcher.env';
import { databaseUrlFor } from './system';

/**
 * Loads the demo data into each service's own database. Antennas writes its neighbourhoods and
 * antennas with their events to its outbox; the reports service learns them from those events
 * once the services run. Idempotent.
 */
export async function seedDemo(s: LauncherSettings, log: (line: string) => void = () => undefined): Promise<void> {
  assertDemoAllowed(s.NODE_ENV);
  const a = await runAntennasDemoSeed(databaseUrlFor(s, 'antennas'), s.SUBJECT_ROOT);
  log(`demo: ${a.neighbourhoods} neighbourhoods and ${a.antennas} antennas added`);
  const r = await runReferralsDemoSeed(databaseUrlFor(s, 'referrals'), s.SUBJECT_ROOT, { network: true });
  log(`demo: directory seeded (${JSON.stringify(r)})`);
  const d = await runReportsDemoSeed(databaseUrlFor(s, 'reports'));
  if (d.desks > 0) log(`demo: ${d.desks} neighbourhood desks given a phone number and hours`);
  const g = await runGatewayDemoSeed(databaseUrlFor(s, 'gateway'));
  log(`demo: ${g.accounts} demo accounts ready`);
  const v = await runCommunityVolunteersDemoSeed(databaseUrlFor(s, 'community'));
  log(`demo: ${v.volunteers} volunteers, ${v.roles} volunteer roles (${v.shifts} new shifts) and ${v.protocols} school protocols`);
  const i = await runInsightsDemoSeed(databaseUrlFor(s, 'insights'));
  if (i.months > 0) log(`demo: a year of synthetic dashboard history (${i.reportCounts} cells, ${i.referrals} referrals)`);
  const c = await runCommunityDemoSeed(databaseUrlFor(s, 'community'), s.SUBJECT_ROOT);
  log(`demo: ${c.initiatives} initiatives added, ${c.sessions} sessions scheduled for the coming weeks`);
}
