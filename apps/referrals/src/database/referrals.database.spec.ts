import { getMetadataArgsStorage } from 'typeorm';
import { ALERT_KINDS, ALERT_RESOLUTIONS, AgeBand, CapacityStatus, Need, ReferralStatus, ServiceStatus, Urgency } from '@prossimo/contracts';
import { OPEN_STATUSES } from '../domain/referral-state-machine';
import { REFERRALS_DATABASE } from './referrals.database';

/** The quoted values listed in a CHECK or index condition, in order. */
function listed(expression: string | undefined): string[] {
  return [...(expression ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

function check(name: string): string | undefined {
  return getMetadataArgsStorage().checks.find((c) => c.name === name)?.expression;
}

describe('referrals database: the CHECKs spell the contracts’ enums', () => {
  it('registers the entities it checks', () => {
    expect(REFERRALS_DATABASE.entities.length).toBeGreaterThanOrEqual(8);
  });

  it.each([
    ['CHK_services_status', Object.values(ServiceStatus)],
    ['CHK_services_capacity_status', Object.values(CapacityStatus)],
    ['CHK_services_needs', Object.values(Need)],
    ['CHK_referrals_needs', Object.values(Need)],
    ['CHK_referrals_status', Object.values(ReferralStatus)],
    ['CHK_referrals_urgency', Object.values(Urgency)],
    ['CHK_referral_history_from_status', Object.values(ReferralStatus)],
    ['CHK_referral_history_to_status', Object.values(ReferralStatus)],
    ['CHK_referrals_age_band', Object.values(AgeBand)],
    ['CHK_alerts_kind', [...ALERT_KINDS]],
    ['CHK_alerts_resolution', [...ALERT_RESOLUTIONS]],
  ])('%s', (name, values) => {
    expect([...listed(check(name))].sort()).toEqual([...values].sort());
  });

  it('guards exactly the open statuses with the one-open-referral-per-service index', () => {
    const index = getMetadataArgsStorage().indices.find((i) => i.name === 'UQ_referrals_report_service_open');
    expect(index?.unique).toBe(true);
    expect(listed(index?.where)).toEqual([...OPEN_STATUSES]);
  });
});
