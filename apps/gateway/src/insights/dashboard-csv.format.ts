import { DashboardV1, Need, ReferralStatus, SuppressedTableV1 } from '@prossimo/contracts';

/** The tables that download as CSV, with what their rows are. */
export const CSV_TABLES = ['reportsByNeighbourhoodAndNeed', 'reportsByMonthAndNeed', 'reportsByNeighbourhoodAndMonth', 'referralsByState', 'unmetNeed', 'slaBreachesByMonth'] as const;
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

const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
/** "2026-03-01" → "marzo 2026". */
export const monthIt = (m: string) => `${MONTHS_IT[Number(m.slice(5, 7)) - 1] ?? m} ${m.slice(0, 4)}`;

/** Each table's first header and how its rows and columns read in Italian. */
const SHAPES: Record<CsvTable, { corner: string; file: string; row: 'neighbourhood' | 'month' | 'none'; column: 'need' | 'month' | 'state' | 'breaches' }> = {
  reportsByNeighbourhoodAndNeed: { corner: 'Quartiere', file: 'bisogni-per-quartiere', row: 'neighbourhood', column: 'need' },
  reportsByMonthAndNeed: { corner: 'Mese', file: 'bisogni-per-mese', row: 'month', column: 'need' },
  reportsByNeighbourhoodAndMonth: { corner: 'Quartiere', file: 'segnalazioni-per-quartiere-e-mese', row: 'neighbourhood', column: 'month' },
  referralsByState: { corner: '', file: 'richieste-per-stato', row: 'none', column: 'state' },
  unmetNeed: { corner: 'Quartiere', file: 'bisogni-senza-risposta', row: 'neighbourhood', column: 'need' },
  slaBreachesByMonth: { corner: 'Mese', file: 'richieste-scadute-per-mese', row: 'month', column: 'breaches' },
};

function csvCell(v: string, separator: string): string {
  return v.includes(separator) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The machine form (as before): `,`-separated, codes as they are, "totale", hidden cells "< k". */
export function tableToCsv(t: SuppressedTableV1, k: number): string {
  const shown = (v: number | null) => (v === null ? `< ${k}` : String(v));
  const cell = (v: string) => csvCell(v, ',');
  const lines = [['', ...t.columns, 'totale'].map(cell).join(',')];
  t.rows.forEach((r, i) => lines.push([r, ...t.cells[i].map(shown), shown(t.rowTotals[i])].map(cell).join(',')));
  lines.push(['totale', ...t.columnTotals.map(shown), shown(t.total)].map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * For the council's Italian Excel: `;`-separated, a byte-order mark so the accents read right,
 * Italian headers and labels (neighbourhood names, months in words, needs and states as on
 * screen), whole numbers without separators, hidden cells written "< k", never a number.
 */
export function tableToItalianCsv(name: CsvTable, t: SuppressedTableV1, k: number, neighbourhoodNames: ReadonlyMap<string, string>): string {
  const shape = SHAPES[name];
  const shown = (v: number | null) => (v === null ? `< ${k}` : String(v));
  const rowLabel = (r: string) => (shape.row === 'neighbourhood' ? (neighbourhoodNames.get(r) ?? r) : shape.row === 'month' ? monthIt(r) : 'Richieste');
  const columnLabel = (c: string) =>
    shape.column === 'need' ? (NEED_IT[c as Need] ?? c) : shape.column === 'state' ? (STATE_IT[c as ReferralStatus] ?? c) : shape.column === 'month' ? monthIt(c) : 'Richieste scadute';
  const cell = (v: string) => csvCell(v, ';');
  const lines = [[shape.corner, ...t.columns.map(columnLabel), 'Totale'].map(cell).join(';')];
  t.rows.forEach((r, i) => lines.push([rowLabel(r), ...t.cells[i].map(shown), shown(t.rowTotals[i])].map(cell).join(';')));
  lines.push(['Totale', ...t.columnTotals.map(shown), shown(t.total)].map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The file's name: Italian words for the Italian form, the table's API name for the machine one. */
export function csvFileName(name: CsvTable, format: CsvFormat, d: Pick<DashboardV1, 'municipality' | 'from' | 'to'>): string {
  const stem = format === 'italian' ? SHAPES[name].file : name;
  return `${stem}-${d.municipality}-${d.from.slice(0, 7)}-${d.to.slice(0, 7)}.csv`;
}
