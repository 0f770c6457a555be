import { Injectable } from '@nestjs/common';
import { MunicipalityPolicyV1, SetMunicipalityPolicyV1, Urgency } from '@prossimo/contracts';
import { Transactions } from '@prossimo/platform';
import { DirectoryRepository } from '../directory/directory.repository';
import { SlaDuration, resolveTargets } from '../domain/business-calendar';

const hoursOf = (d: SlaDuration): number => ('hours' in d ? d.hours : d.days * 24);
const durationOf = (hours: number): SlaDuration => (hours % 24 === 0 ? { days: hours / 24 } : { hours });

/**
 * The municipality's policy, set by its ADMIN: whether organisations must be on the RUNTS, the
 * SLA targets per urgency, calendar or working days (with the patron saint's day), and the desk
 * e-mail for alerts, how long an emergency alert may wait unacknowledged and the supervisor's
 * address it then escalates to. New timers use it; running timers keep the due time they were given.
 */
@Injectable()
export class PolicyService {
  constructor(
    private readonly tx: Transactions,
    private readonly directory: DirectoryRepository,
  ) {}

  /** Changes what the command gives (absent fields keep their value), in one transaction; answers the policy as it now is. */
  async set(municipality: string, cmd: SetMunicipalityPolicyV1): Promise<MunicipalityPolicyV1> {
    await this.tx.run(async (em) => {
      const current = await this.directory.findPolicy(em, municipality);
      const targets = resolveTargets(current.slaTargets);
      for (const t of cmd.targets ?? []) targets[t.urgency] = { accept: durationOf(t.acceptHours), firstContact: durationOf(t.firstContactHours) };
      await this.directory.savePolicy(em, {
        municipality,
        requireRunts: cmd.requireRunts ?? current.requireRunts,
        slaDayMode: cmd.slaDayMode ?? current.slaDayMode,
        slaTargets: targets,
        patronDay: cmd.patronDay === undefined ? current.patronDay : cmd.patronDay,
        deskEmail: cmd.deskEmail === undefined ? current.deskEmail : cmd.deskEmail,
        alertEscalationMinutes: cmd.alertEscalationMinutes ?? current.alertEscalationMinutes,
        supervisorEmail: cmd.supervisorEmail === undefined ? current.supervisorEmail : cmd.supervisorEmail,
      });
    });
    return this.get(municipality);
  }

  /** The municipality's policy, its defaults filled in. */
  async get(municipality: string): Promise<MunicipalityPolicyV1> {
    const p = await this.directory.findPolicy(this.tx.reads, municipality);
    const targets = resolveTargets(p.slaTargets);
    return {
      municipality,
      requireRunts: p.requireRunts,
      slaDayMode: p.slaDayMode,
      patronDay: p.patronDay,
      deskEmail: p.deskEmail,
      alertEscalationMinutes: p.alertEscalationMinutes,
      supervisorEmail: p.supervisorEmail,
      targets: Object.values(Urgency).map((urgency) => ({ urgency, acceptHours: hoursOf(targets[urgency].accept), firstContactHours: hoursOf(targets[urgency].firstContact) })),
    };
  }
}
