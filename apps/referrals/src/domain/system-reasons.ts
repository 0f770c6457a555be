import { ClosureReason, ReferralReasonCode } from '@prossimo/contracts';

/**
 * Why the system, not a person, moved a referral: a code, never free text. A person's reason or
 * outcome is a note sealed in the reports vault; this service keeps only its id.
 *   expired               its acceptance deadline passed (SLA)
 *   rerouted              a social worker sent it elsewhere (their reason is a note)
 *   report-withdrawn      its report was withdrawn by the antenna
 *   report-closed:<code>  its report was closed by the desk, with the closure reason code
 *   no-seat               a prescription whose session had no seat for referred people left (community refused it)
 */
export type SystemReason = 'expired' | 'rerouted' | 'report-withdrawn' | 'no-seat' | `report-closed:${ClosureReason}`;

export const SYSTEM_REASONS: readonly SystemReason[] = [
  'expired',
  'rerouted',
  'report-withdrawn',
  'no-seat',
  ...Object.values(ClosureReason).map((r) => `report-closed:${r}` as const),
];

export function reportClosedReason(reason: ClosureReason): SystemReason {
  return `report-closed:${reason}`;
}

/** What a social worker reads for a system reason (Italian first). */
export function systemReasonText(code: SystemReason): string {
  if (isReportClosed(code)) {
    const closure = code.slice('report-closed:'.length);
    return `segnalazione chiusa dallo sportello (${closure}) / report closed by the desk (${closure})`;
  }
  switch (code) {
    case 'expired':
      return 'tempo per accettare scaduto / acceptance deadline passed';
    case 'rerouted':
      return 'inviata altrove dallo sportello sociale / sent elsewhere by the social desk';
    case 'report-withdrawn':
      return 'segnalazione ritirata dall’antenna / report withdrawn by the antenna';
    case 'no-seat':
      return 'nessun posto per gli invii libero in quell’incontro / no seat for referred people left in that session';
  }
}

function isReportClosed(code: SystemReason): code is `report-closed:${ClosureReason}` {
  return code.startsWith('report-closed:');
}

/** Whether the system cancelled it because its report ended (closed or withdrawn). */
export function isReportEndReason(code: SystemReason): boolean {
  return code === 'report-withdrawn' || code.startsWith('report-closed:');
}

/** The code the referral's event carries (coarser: the report's end is one code). */
export function eventReasonCode(code: SystemReason): ReferralReasonCode {
  return code === 'expired' || code === 'rerouted' || code === 'no-seat' ? code : 'report-ended';
}
