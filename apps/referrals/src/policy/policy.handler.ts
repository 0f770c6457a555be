import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import { Actor, MunicipalityPolicyV1, Role, REQUEST_PATTERNS, RpcRequest, SetMunicipalityPolicyV1, Urgency, parseContract } from '@prossimo/contracts';
import { RequiredActor, RpcRoles } from '@prossimo/platform';
import { DirectoryRepository } from '../directory/directory.repository';
import { SlaDuration, resolveTargets } from '../sla/business-calendar';

const hoursOf = (d: SlaDuration): number => ('hours' in d ? d.hours : d.days * 24);
const durationOf = (hours: number): SlaDuration => (hours % 24 === 0 ? { days: hours / 24 } : { hours });

/**
 * The municipality's policy, set by its ADMIN: whether organisations must be on the RUNTS, the
 * SLA targets per urgency, calendar or working days (with the patron saint's day), and the desk
 * e-mail for alerts, how long an emergency alert may wait unacknowledged and the supervisor's
 * address it then escalates to. New timers use it; running timers keep the due time they were given.
 */
@Controller()
export class PolicyHandler {
  constructor(
    private readonly ds: DataSource,
    private readonly directory: DirectoryRepository,
  ) {}

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.referrals.getPolicy)
  async get(@RequiredActor() actor: Actor): Promise<MunicipalityPolicyV1> {
    return this.read(actor.municipality);
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.referrals.setPolicy)
  async set(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<MunicipalityPolicyV1> {
    const cmd = await parseContract(SetMunicipalityPolicyV1, req.payload ?? {}, 'input');
    await this.ds.transaction(async (em) => {
      const current = await this.directory.findPolicy(em, actor.municipality);
      const targets = resolveTargets(current.slaTargets);
      for (const t of cmd.targets ?? []) targets[t.urgency] = { accept: durationOf(t.acceptHours), firstContact: durationOf(t.firstContactHours) };
      await this.directory.savePolicy(em, {
        municipality: actor.municipality,
        requireRunts: cmd.requireRunts ?? current.requireRunts,
        slaDayMode: cmd.slaDayMode ?? current.slaDayMode,
        slaTargets: targets,
        patronDay: cmd.patronDay === undefined ? current.patronDay : cmd.patronDay,
        deskEmail: cmd.deskEmail === undefined ? current.deskEmail : cmd.deskEmail,
        alertEscalationMinutes: cmd.alertEscalationMinutes ?? current.alertEscalationMinutes,
        supervisorEmail: cmd.supervisorEmail === undefined ? current.supervisorEmail : cmd.supervisorEmail,
      });
    });
    return this.read(actor.municipality);
  }

  private async read(municipality: string): Promise<MunicipalityPolicyV1> {
    const p = await this.directory.findPolicy(this.ds.manager, municipality);
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
