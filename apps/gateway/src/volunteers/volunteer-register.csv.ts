import { VolunteerRegisterV1 } from '@prossimo/contracts';

function cell(v: string): string {
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Minutes as hours with an Italian decimal comma: 90 → "1,5", 20 → "0,33". */
export function hoursIt(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100).replace('.', ',');
}

/** "2026-03-05" → "05/03/2026". */
const dayIt = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

export const REGISTER_HEADERS = ['Nome e cognome', 'E-mail', 'Telefono', 'Anno di nascita', 'Primo giorno di attività', 'Ultimo giorno di attività', 'Ruoli', 'Ore totali', 'Ore da presenze registrate', 'Ore inserite a mano'];

/**
 * The register of non-occasional volunteers (Third Sector Code art. 17) for Italian Excel: `;`,
 * a byte-order mark, Italian headers, dates dd/mm/yyyy, hours with a decimal comma.
 */
export function volunteerRegisterCsv(r: VolunteerRegisterV1): string {
  const lines = [REGISTER_HEADERS.map(cell).join(';')];
  for (const row of r.rows) {
    lines.push(
      [row.displayName, row.email, row.phone ?? '', String(row.birthYear), dayIt(row.firstDay), dayIt(row.lastDay), row.roles.join(', '), hoursIt(row.minutes), hoursIt(row.minutesByCheckIn), hoursIt(row.minutesByHand)]
        .map(cell)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function volunteerRegisterFileName(r: VolunteerRegisterV1): string {
  return `registro-volontari-${r.from}-${r.to}.csv`;
}
