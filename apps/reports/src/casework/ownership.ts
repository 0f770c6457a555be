import { DomainError } from '@prossimo/contracts';

/**
 * Who owns a report (ARCHITECTURE.md, "The report's life", step 2): always a desk, with an
 * optional named assignee. Pure rules, shared by the service and the property test.
 */
export interface Ownership {
  deskId: string;
  assigneeId: string | null;
  closed: boolean;
}

export type OwnershipCommand =
  | { kind: 'take'; accountId: string }
  | { kind: 'handOver'; toDeskId: string | null | undefined }
  | { kind: 'close' };

/** The next ownership, or a DomainError; the owner desk is never empty. */
export function applyOwnership(state: Ownership, cmd: OwnershipCommand, knownDesks: ReadonlySet<string>): Ownership {
  if (state.closed) throw DomainError.conflict('la segnalazione è chiusa / the report is closed');
  switch (cmd.kind) {
    case 'take':
      return { ...state, assigneeId: cmd.accountId };
    case 'handOver':
      if (!cmd.toDeskId || !knownDesks.has(cmd.toDeskId)) throw DomainError.badInput('input.toDeskId', 'input.toDeskId: not a desk of this municipality');
      if (cmd.toDeskId === state.deskId) throw DomainError.conflict('the report is already with that desk');
      return { deskId: cmd.toDeskId, assigneeId: null, closed: false };
    case 'close':
      return { ...state, closed: true };
    default: {
      const never: never = cmd;
      throw new Error(`unknown command ${JSON.stringify(never)}`);
    }
  }
}
