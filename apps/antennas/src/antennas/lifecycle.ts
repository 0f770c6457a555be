import { AntennaAction, AntennaStatus, DomainError } from '@prossimo/contracts';

/**
 * The antenna lifecycle, a pure state machine:
 *
 *   PROPOSED ──train──▶ TRAINED ──activate──▶ ACTIVE ──suspend──▶ SUSPENDED
 *                                               ▲                    │
 *                                               └────reactivate──────┘
 *   any state but RETIRED ──retire──▶ RETIRED (final)
 *
 * Only ACTIVE antennas report and appear on the public map. Training needs a date and the code
 * of conduct accepted; suspending and retiring need a reason. A proposal that never gets trained
 * can be retired too (withdrawn), so nothing is stuck for ever.
 */
const MOVES: Record<AntennaAction, { from: readonly AntennaStatus[]; to: AntennaStatus }> = {
  train: { from: [AntennaStatus.PROPOSED], to: AntennaStatus.TRAINED },
  activate: { from: [AntennaStatus.TRAINED], to: AntennaStatus.ACTIVE },
  suspend: { from: [AntennaStatus.ACTIVE], to: AntennaStatus.SUSPENDED },
  reactivate: { from: [AntennaStatus.SUSPENDED], to: AntennaStatus.ACTIVE },
  retire: { from: [AntennaStatus.PROPOSED, AntennaStatus.TRAINED, AntennaStatus.ACTIVE, AntennaStatus.SUSPENDED], to: AntennaStatus.RETIRED },
};

const STATUS_IT: Record<AntennaStatus, string> = {
  [AntennaStatus.PROPOSED]: 'proposta',
  [AntennaStatus.TRAINED]: 'formata',
  [AntennaStatus.ACTIVE]: 'attiva',
  [AntennaStatus.SUSPENDED]: 'sospesa',
  [AntennaStatus.RETIRED]: 'ritirata',
};

export interface MoveFacts {
  reason?: string;
  trainedOn?: string;
  codeOfConductAccepted?: boolean;
  /** Today in Europe/Rome (YYYY-MM-DD), to refuse a training date in the future. */
  today: string;
}

/** Whether the action is allowed from this status (no other checks). */
export function canMove(from: AntennaStatus, action: AntennaAction): boolean {
  return MOVES[action].from.includes(from);
}

/** The statuses an antenna may move to from here, with the action that does it. */
export function movesFrom(from: AntennaStatus): { action: AntennaAction; to: AntennaStatus }[] {
  return (Object.keys(MOVES) as AntennaAction[]).filter((a) => canMove(from, a)).map((action) => ({ action, to: MOVES[action].to }));
}

/**
 * The status after the move, or a DomainError: CONFLICT for an illegal move, BAD_USER_INPUT (with
 * the field) for a missing reason, training date or code of conduct.
 */
export function nextStatus(from: AntennaStatus, action: AntennaAction, facts: MoveFacts): AntennaStatus {
  const move = MOVES[action];
  if (!move.from.includes(from)) {
    throw DomainError.conflict(
      `un'antenna ${STATUS_IT[from]} non può passare a ${STATUS_IT[move.to]} (${action}) / an antenna that is ${from} cannot ${action}`,
    );
  }
  switch (action) {
    case 'train':
      if (!facts.trainedOn) throw DomainError.badInput('trainedOn', 'trainedOn: serve la data della formazione / the training date is required');
      if (facts.trainedOn > facts.today) throw DomainError.badInput('trainedOn', 'trainedOn: la formazione non può essere nel futuro / the training date cannot be in the future');
      if (facts.codeOfConductAccepted !== true) throw DomainError.badInput('codeOfConductAccepted', 'codeOfConductAccepted: il codice di condotta va accettato / the code of conduct must be accepted');
      break;
    case 'suspend':
    case 'retire':
      if (!facts.reason || facts.reason.trim().length < 3) throw DomainError.badInput('reason', `reason: serve un motivo / a reason is required to ${action}`);
      break;
    case 'activate':
    case 'reactivate':
      break;
    default: {
      const never: never = action;
      throw new Error(`unknown action ${String(never)}`);
    }
  }
  return move.to;
}
