import { NEED_TAXONOMY, Need } from '@prossimo/contracts';

/** The kinds of e-mail an organisation gets about its referrals. */
export const ORGANISATION_MAIL_KINDS = ['new-referral', 'accept-due-soon', 'first-contact-due-soon'] as const;
export type OrganisationMailKind = (typeof ORGANISATION_MAIL_KINDS)[number];

/** The deadline each kind is about. */
export function timerKindOf(kind: OrganisationMailKind): 'accept' | 'first-contact' {
  return kind === 'first-contact-due-soon' ? 'first-contact' : 'accept';
}

/** Whether the e-mail still makes sense for a referral in `status` (else it is skipped). */
export function stillRelevant(kind: OrganisationMailKind, status: string, dueAt: Date | null): boolean {
  if (kind === 'new-referral') return status === 'REQUESTED';
  return dueAt !== null;
}

const NEED_IT: Record<Need, string> = {
  [Need.LONELINESS]: 'solitudine',
  [Need.ELDERLY_CARE]: 'assistenza anziani',
  [Need.FOOD]: 'cibo',
  [Need.HOUSING]: 'casa',
  [Need.ECONOMIC_HARDSHIP]: 'difficoltà economica',
  [Need.WORK]: 'lavoro',
  [Need.MENTAL_HEALTH]: 'salute mentale',
  [Need.DISABILITY]: 'disabilità',
  [Need.DOPO_DI_NOI]: 'dopo di noi',
  [Need.YOUTH_AT_RISK]: 'giovani a rischio',
  [Need.FAMILY_CONFLICT]: 'conflitti familiari',
  [Need.HEALTH_ACCESS]: 'accesso alle cure',
  [Need.DIGITAL_DIVIDE]: 'divario digitale',
};

const URGENCY_IT: Record<string, string> = { LOW: 'bassa', MEDIUM: 'media', HIGH: 'alta', EMERGENCY: 'emergenza' };

const ROME = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * The e-mail, Italian first with English beside it: ids, needs, neighbourhood, urgency, the deadline
 * (Rome time) and a link to the inbox. Never the person's data: those stay in the reports vault and
 * are read, audited, in the inbox.
 */
export function composeOrganisationMail(
  kind: OrganisationMailKind,
  m: { referralId: string; needs: string[]; neighbourhoodCode: string; urgency: string; dueAt: Date | null },
  inboxUrl: string,
): { subject: string; text: string } {
  const needs = m.needs.map((n) => NEED_IT[n as Need] ?? n).join(', ');
  const needsEn = m.needs.map((n) => NEED_TAXONOMY[n as Need]?.slug ?? n).join(', ');
  const when = m.dueAt ? ROME.format(m.dueAt) : '—';
  const due = m.dueAt ? `${when} (ora di Roma / Rome time)` : '—';
  const head =
    kind === 'new-referral'
      ? ['Nuova richiesta per la vostra organizzazione.', 'New referral for your organisation.']
      : kind === 'accept-due-soon'
        ? ['Una richiesta scade presto: accettatela o rifiutatela.', 'A referral is due soon: accept or reject it.']
        : ['Il primo contatto di una richiesta accettata scade presto.', 'The first contact of an accepted referral is due soon.'];
  const dueLabel = kind === 'first-contact-due-soon' ? 'Primo contatto entro / first contact by' : 'Da accettare entro / accept by';
  const subject =
    kind === 'new-referral' ? `Prossimo: nuova richiesta (${needs})` : kind === 'accept-due-soon' ? `Prossimo: richiesta da accettare entro ${when}` : `Prossimo: primo contatto entro ${when}`;
  const text = [
    `${head[0]} / ${head[1]}`,
    '',
    `Bisogni / needs: ${needs} (${needsEn})`,
    `Quartiere / neighbourhood: ${m.neighbourhoodCode}`,
    `Urgenza / urgency: ${URGENCY_IT[m.urgency] ?? m.urgency} (${m.urgency})`,
    `${dueLabel}: ${due}`,
    `Richiesta / referral: ${m.referralId}`,
    '',
    `Apri le richieste / open the inbox: ${inboxUrl}`,
    '',
    'Questa e-mail non contiene dati della persona: li trovate, dopo aver accettato, nella casella di Prossimo. / This e-mail holds no personal data: find them in Prossimo once you accept.',
  ].join('\n');
  return { subject, text };
}
