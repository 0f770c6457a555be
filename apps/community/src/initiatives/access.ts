import { Actor, DomainError, Role } from '@prossimo/contracts';
import { InitiativeEntity } from './initiative.entity';

/**
 * Who may manage an initiative: an ADMIN any of their municipality's; an ORG_OPERATOR those their
 * organisation runs. Anything else reads as not found (another municipality's data is not there).
 */
export function assertMayManage(actor: Actor, i: InitiativeEntity | null): asserts i is InitiativeEntity {
  if (!i || i.municipality !== actor.municipality) throw DomainError.notFound('initiative');
  if (actor.role === Role.ADMIN) return;
  if (actor.role === Role.ORG_OPERATOR && actor.organisationId && i.organiserOrganisationId === actor.organisationId) return;
  throw DomainError.notFound('initiative');
}

/** The organiser an actor publishes for: an operator their own organisation; an ADMIN whom they name (none: the municipality). */
export function organiserFor(actor: Actor, asked: string | undefined): string | null {
  if (actor.role === Role.ORG_OPERATOR) {
    if (!actor.organisationId) throw DomainError.forbidden('il tuo account non appartiene a un ente / your account belongs to no organisation');
    if (asked && asked !== actor.organisationId) {
      throw DomainError.badInput('organiserOrganisationId', 'organiserOrganisationId: puoi pubblicare solo per il tuo ente / you may publish only for your own organisation');
    }
    return actor.organisationId;
  }
  if (actor.role === Role.ADMIN) return asked ?? null;
  throw DomainError.forbidden(`role ${actor.role} may not publish initiatives`);
}
