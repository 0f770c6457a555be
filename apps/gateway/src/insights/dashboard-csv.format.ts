import { DashboardV1, InitiativeKind, Need, OutcomePhase, PathwayAction, PathwayKind, ReferralStatus, ScoreBand, SeatKind, SuppressedTableV1, SuppressionReasonV1 } from '@prossimo/contracts';

/** What the CSV says of a count hidden to protect another (it may be 10 or more). */
export const HIDDEN_FOR_PRIVACY = 'nascosto per riservatezza';

/**
 * A cell as written, never a hidden number: a count hidden because it is small is "< k" (true of
 * it); one hidden to protect another (complementary suppression: it may be 173) says so.
 */
const cellText = (k: number) => (v: number | null, why: SuppressionReasonV1 | null | undefined) => (v !== null ? String(v) : why === 'small' ? `< ${k}` : HIDDEN_FOR_PRIVACY);

/** Each value of a table with its reason: rows, totals. */
function rowsOf(t: SuppressedTableV1, shown: (v: number | null, why: SuppressionReasonV1 | null | undefined) => string) {
  return {
    cells: t.rows.map((_, i) => [...t.cells[i].map((v, j) => shown(v, t.reasons.cells[i]?.[j])), shown(t.rowTotals[i], t.reasons.rowTotals[i])]),
    totals: [...t.columnTotals.map((v, j) => shown(v, t.reasons.columnTotals[j])), shown(t.total, t.reasons.total)],
  };
}

/** The tables that download as CSV, with what their rows are. */
export const CSV_TABLES = [
  'reportsByNeighbourhoodAndNeed',
  'reportsByMonthAndNeed',
  'reportsByNeighbourhoodAndMonth',
  'referralsByState',
  'unmetNeed',
  'slaBreachesByMonth',
  'outcomesByNeighbourhood',
  'outcomesByMonth',
  'pathwaysOpenedByMonth',
  'pathwaysClosedByMonth',
  'pathwayActionsByMonth',
  'initiativesByNeighbourhoodAndKind',
  'sessionsByNeighbourhoodAndMonth',
  'seatsOfferedByNeighbourhood',
  'seatsTakenByNeighbourhood',
  'seatsTakenByMonth',
  'prescriptionsByState',
  'firstAttendanceByMonth',
  'volunteerHoursByNeighbourhoodAndMonth',
] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** "italian" (the default: `;`, Italian headers and labels, UTF-8 with BOM for Italian Excel) or "machine" (`,`, codes, no BOM). */
export const CSV_FORMATS = ['italian', 'machine'] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];

/** The words of the web app's Italian dictionary (apps/web/src/i18n/it), for the same things. */
const NEED_IT: Record<Need, string> = {
  [Need.LONELINESS]: 'Solitudine',
  [Need.ELDERLY_CARE]: 'Anziano da assistere',
  [Need.FOOD]: 'Cibo',
  [Need.HOUSING]: 'Casa',
  [Need.ECONOMIC_HARDSHIP]: 'Difficoltà economiche',
  [Need.WORK]: 'Lavoro',
  [Need.MENTAL_HEALTH]: 'Disagio psicologico',
  [Need.DISABILITY]: 'Disabilità',
  [Need.DOPO_DI_NOI]: 'Dopo di noi',
  [Need.YOUTH_AT_RISK]: 'Giovane a rischio',
  [Need.FAMILY_CONFLICT]: 'Conflitti in famiglia',
  [Need.HEALTH_ACCESS]: 'Accesso alle cure',
  [Need.DIGITAL_DIVIDE]: 'Divario digitale',
};

const STATE_IT: Record<ReferralStatus, string> = {
  [ReferralStatus.REQUESTED]: 'Inviata',
  [ReferralStatus.ACCEPTED]: 'Accettata',
  [ReferralStatus.REJECTED]: 'Rifiutata',
  [ReferralStatus.IN_PROGRESS]: 'In corso',
  [ReferralStatus.ON_HOLD]: 'Sospesa',
  [ReferralStatus.COMPLETED]: 'Conclusa',
  [ReferralStatus.FAILED]: 'Non riuscita',
  [ReferralStatus.CANCELLED]: 'Annullata',
  [ReferralStatus.ENTERED_IN_ERROR]: 'Inserita per errore',
};

const KIND_IT: Record<InitiativeKind, string> = {
  [InitiativeKind.ELDERLY_PLACE]: 'Luogo d’incontro per anziani',
  [InitiativeKind.CULTURE]: 'Cultura',
  [InitiativeKind.SOCIAL_THEATRE]: 'Teatro sociale',
  [InitiativeKind.LIFESTYLE_EXPERIMENT]: 'Stili di vita',
  [InitiativeKind.CONCILIATION]: 'Conciliazione famiglia-lavoro',
  [InitiativeKind.VOLUNTEERING]: 'Volontariato',
};

const SEAT_KIND_IT: Record<SeatKind, string> = {
  [SeatKind.PUBLIC]: 'Posti aperti a tutti',
  [SeatKind.REFERRAL]: 'Posti riservati alle persone inviate dai servizi',
};

const ATTENDANCE_IT: Record<string, string> = {
  FIRST_ATTENDED: 'Arrivati alla prima presenza',
  NOT_ATTENDED: 'Non (ancora) arrivati',
};

/** The web app's words (apps/web/src/i18n/it/wellbeing.json) for phases, bands, pathway kinds and actions. */
const PHASE_IT: Record<OutcomePhase, string> = { [OutcomePhase.START]: 'All’inizio', [OutcomePhase.WEEK_12]: 'Dopo 12 settimane' };
const BAND_IT: Record<ScoreBand, string> = { [ScoreBand.LOW]: 'solitudine bassa (3–4)', [ScoreBand.MEDIUM]: 'solitudine media (5–6)', [ScoreBand.HIGH]: 'solitudine alta (7–9)' };
/** "START.HIGH" → "All’inizio: solitudine alta (7–9)". */
const outcomeIt = (c: string) => {
  const [phase, band] = c.split('.');
  return `${PHASE_IT[phase as OutcomePhase] ?? phase}: ${BAND_IT[band as ScoreBand] ?? band}`;
};
const PATHWAY_KIND_IT: Record<PathwayKind, string> = { [PathwayKind.DOPO_DI_NOI]: 'Dopo di noi (legge 112/2016)', [PathwayKind.MENTAL_HEALTH]: 'Patto per la salute mentale' };
const ACTION_IT: Record<PathwayAction, string> = {
  [PathwayAction.A_LEAVING_FAMILY_HOME]: 'A · uscita dalla famiglia d’origine',
  [PathwayAction.B_SUPPORT_IN_HOUSING]: 'B · sostegno all’abitare',
  [PathwayAction.C_AUTONOMY_SKILLS]: 'C · competenze per l’autonomia',
  [PathwayAction.D_HOUSING_WORKS]: 'D · lavori nell’abitazione',
  [PathwayAction.E_EMERGENCY_STAY]: 'E · permanenza temporanea d’emergenza',
  [PathwayAction.HOUSING]: 'Salute mentale: casa e abitare',
  [PathwayAction.WORK]: 'Salute mentale: formazione e lavoro',
  [PathwayAction.SOCIAL_RELATIONS]: 'Salute mentale: relazioni e socialità',
  [PathwayAction.HEALTH_CARE]: 'Salute mentale: cura e salute',
  [PathwayAction.EDUCATION]: 'Salute mentale: istruzione',
};

const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
/** "2026-03-01" → "marzo 2026". */
export const monthIt = (m: string) => `${MONTHS_IT[Number(m.slice(5, 7)) - 1] ?? m} ${m.slice(0, 4)}`;

/**
 * Each table's first header and how its rows and columns read in Italian (`single`: the label of
 * the one row of a `none` table; `total`: the last column's header when "Totale" would not say
 * what it is).
 */
const SHAPES: Record<
  CsvTable,
  {
    corner: string;
    file: string;
    row: 'neighbourhood' | 'month' | 'none';
    column: 'need' | 'month' | 'state' | 'breaches' | 'kind' | 'seatKind' | 'attendance' | 'outcome' | 'pathwayKind' | 'action';
    single?: string;
    total?: string;
  }
> = {
  reportsByNeighbourhoodAndNeed: { corner: 'Quartiere', file: 'bisogni-per-quartiere', row: 'neighbourhood', column: 'need' },
  reportsByMonthAndNeed: { corner: 'Mese', file: 'bisogni-per-mese', row: 'month', column: 'need' },
  reportsByNeighbourhoodAndMonth: { corner: 'Quartiere', file: 'segnalazioni-per-quartiere-e-mese', row: 'neighbourhood', column: 'month' },
  referralsByState: { corner: '', file: 'richieste-per-stato', row: 'none', column: 'state' },
  unmetNeed: { corner: 'Quartiere', file: 'bisogni-senza-risposta', row: 'neighbourhood', column: 'need' },
  slaBreachesByMonth: { corner: 'Mese', file: 'richieste-scadute-per-mese', row: 'month', column: 'breaches' },
  outcomesByNeighbourhood: { corner: 'Quartiere', file: 'solitudine-per-quartiere', row: 'neighbourhood', column: 'outcome' },
  outcomesByMonth: { corner: 'Mese', file: 'solitudine-per-mese', row: 'month', column: 'outcome' },
  pathwaysOpenedByMonth: { corner: 'Mese', file: 'progetti-di-vita-aperti-per-mese', row: 'month', column: 'pathwayKind' },
  pathwaysClosedByMonth: { corner: 'Mese', file: 'progetti-di-vita-chiusi-per-mese', row: 'month', column: 'pathwayKind' },
  pathwayActionsByMonth: { corner: 'Mese', file: 'azioni-dei-progetti-di-vita-per-mese', row: 'month', column: 'action' },
  initiativesByNeighbourhoodAndKind: { corner: 'Quartiere', file: 'iniziative-per-quartiere-e-tipo', row: 'neighbourhood', column: 'kind' },
  sessionsByNeighbourhoodAndMonth: { corner: 'Quartiere', file: 'incontri-per-quartiere-e-mese', row: 'neighbourhood', column: 'month' },
  seatsOfferedByNeighbourhood: { corner: 'Quartiere', file: 'posti-offerti-per-quartiere', row: 'neighbourhood', column: 'seatKind' },
  seatsTakenByNeighbourhood: { corner: 'Quartiere', file: 'posti-occupati-per-quartiere', row: 'neighbourhood', column: 'seatKind' },
  seatsTakenByMonth: { corner: 'Mese', file: 'posti-occupati-per-mese', row: 'month', column: 'seatKind' },
  prescriptionsByState: { corner: '', file: 'invii-a-un-attivita-per-stato', row: 'none', column: 'state', single: 'Invii a un’attività' },
  firstAttendanceByMonth: { corner: 'Mese dell’invio', file: 'prima-presenza-per-mese', row: 'month', column: 'attendance', total: 'Invii accettati (denominatore)' },
  volunteerHoursByNeighbourhoodAndMonth: { corner: 'Quartiere', file: 'ore-di-volontariato-per-quartiere-e-mese', row: 'neighbourhood', column: 'month' },
};

/** The tables whose rows are neighbourhoods (named in the Italian form). */
export const NEIGHBOURHOOD_ROWS: ReadonlySet<CsvTable> = new Set(CSV_TABLES.filter((t) => SHAPES[t].row === 'neighbourhood'));

function csvCell(v: string, separator: string): string {
  return v.includes(separator) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The machine form: `,`-separated, codes as they are, "totale", hidden cells "< k" or "nascosto per riservatezza". */
export function tableToCsv(t: SuppressedTableV1, k: number): string {
  const values = rowsOf(t, cellText(k));
  const cell = (v: string) => csvCell(v, ',');
  const lines = [['', ...t.columns, 'totale'].map(cell).join(',')];
  t.rows.forEach((r, i) => lines.push([r, ...values.cells[i]].map(cell).join(',')));
  lines.push(['totale', ...values.totals].map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * For the council's Italian Excel: `;`-separated, a byte-order mark so the accents read right,
 * Italian headers and labels (neighbourhood names, months in words, needs and states as on
 * screen), whole numbers without separators, hidden cells written "< k" (small) or "nascosto per
 * riservatezza" (hidden to protect another), never a number.
 */
export function tableToItalianCsv(name: CsvTable, t: SuppressedTableV1, k: number, neighbourhoodNames: ReadonlyMap<string, string>): string {
  const shape = SHAPES[name];
  const values = rowsOf(t, cellText(k));
  const rowLabel = (r: string) => (shape.row === 'neighbourhood' ? (neighbourhoodNames.get(r) ?? r) : shape.row === 'month' ? monthIt(r) : (shape.single ?? 'Richieste'));
  const columnLabel = (c: string): string => {
    switch (shape.column) {
      case 'need':
        return NEED_IT[c as Need] ?? c;
      case 'state':
        return STATE_IT[c as ReferralStatus] ?? c;
      case 'month':
        return monthIt(c);
      case 'kind':
        return KIND_IT[c as InitiativeKind] ?? c;
      case 'seatKind':
        return SEAT_KIND_IT[c as SeatKind] ?? c;
      case 'attendance':
        return ATTENDANCE_IT[c] ?? c;
      case 'breaches':
        return 'Richieste scadute';
      case 'outcome':
        return outcomeIt(c);
      case 'pathwayKind':
        return PATHWAY_KIND_IT[c as PathwayKind] ?? c;
      case 'action':
        return ACTION_IT[c as PathwayAction] ?? c;
    }
  };
  const cell = (v: string) => csvCell(v, ';');
  const lines = [[shape.corner, ...t.columns.map(columnLabel), shape.total ?? 'Totale'].map(cell).join(';')];
  t.rows.forEach((r, i) => lines.push([rowLabel(r), ...values.cells[i]].map(cell).join(';')));
  lines.push(['Totale', ...values.totals].map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The file's name: Italian words for the Italian form, the table's API name for the machine one. */
export function csvFileName(name: CsvTable, format: CsvFormat, d: Pick<DashboardV1, 'municipality' | 'from' | 'to'>): string {
  const stem = format === 'italian' ? SHAPES[name].file : name;
  return `${stem}-${d.municipality}-${d.from.slice(0, 7)}-${d.to.slice(0, 7)}.csv`;
}
