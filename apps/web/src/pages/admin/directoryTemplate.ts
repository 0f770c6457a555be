/**
 * The directory import's CSV template, to download from the import page: the columns the import
 * reads (CSV_COLUMNS in apps/referrals/src/directory/directory-import.ts — a test there imports
 * this very template, so the two cannot drift) and one example row. `;`-separated with a BOM, as
 * Italian Excel opens and saves it; several needs or neighbourhoods are separated by `|`.
 */
export const DIRECTORY_TEMPLATE_COLUMNS = [
  'organization_id', 'organization_name', 'legal_status', 'tax_id', 'runts_number', 'runts_section', 'organization_email',
  'service_id', 'service_name', 'status', 'needs', 'neighbourhoods', 'capacity_status', 'capacity_available', 'capacity_maximum', 'capacity_unit',
];

export const DIRECTORY_TEMPLATE_EXAMPLE = [
  '3f2b8c1e-0000-4000-8000-000000000001', 'Associazione Esempio ODV', 'organizzazione di volontariato', '91234560153', '12345', 'a', 'info@esempio.example',
  '3f2b8c1e-0000-4000-8000-000000000101', 'Spesa a domicilio', 'active', 'food|loneliness', 'crocetta|balsamo', 'capacity', '8', '10', 'posti',
];

export const DIRECTORY_TEMPLATE_FILE = 'modello-elenco-enti-e-servizi.csv';

export const DIRECTORY_TEMPLATE = `\uFEFF${DIRECTORY_TEMPLATE_COLUMNS.join(';')}\r\n${DIRECTORY_TEMPLATE_EXAMPLE.join(';')}\r\n`;

/** Hands the template to the browser as a file (made here: nothing is fetched). */
export function downloadDirectoryTemplate(): void {
  const url = URL.createObjectURL(new Blob([DIRECTORY_TEMPLATE], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = DIRECTORY_TEMPLATE_FILE;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
