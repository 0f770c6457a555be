import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { italianFirst } from '@prossimo/contracts';
import { CSV_COLUMNS, readCsv } from './directory-import';

/** The web's downloadable template (a file of the web app, read as text: no code is shared across apps). */
function webTemplate(): string {
  const source = readFileSync(join(__dirname, '../../../web/src/pages/admin/directoryTemplate.ts'), 'utf8');
  const list = (name: string) => [...new RegExp(`${name} = \\[([\\s\\S]*?)\\];`).exec(source)![1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
  return `\uFEFF${list('DIRECTORY_TEMPLATE_COLUMNS').join(';')}\r\n${list('DIRECTORY_TEMPLATE_EXAMPLE').join(';')}\r\n`;
}

describe('directory CSV import', () => {
  it("the web's template has exactly the import's columns and imports cleanly, as Italian Excel saves it (';', BOM)", async () => {
    const template = webTemplate();
    expect(template.slice(1).split('\r\n')[0].split(';')).toEqual([...CSV_COLUMNS]);
    const parsed = await readCsv(template);
    expect(parsed.problems).toEqual([]);
    expect(parsed.services[0]).toMatchObject({ name: 'Spesa a domicilio', needs: ['FOOD', 'LONELINESS'], neighbourhoodCodes: ['crocetta', 'balsamo'], capacityAvailable: 8 });
  });

  it('says what is wrong in Italian first, naming the column', async () => {
    const header = CSV_COLUMNS.join(',');
    const row = ['3f2b8c1e-0000-4000-8000-000000000001', 'A', 'odv', '912345', '', '', 'non-una-mail', '3f2b8c1e-0000-4000-8000-000000000101', 'Spesa', 'active', 'food', 'crocetta', 'capacity', '', '', ''].join(',');
    const parsed = await readCsv(`${header}\n${row}\n`);
    expect(parsed.problems.length).toBeGreaterThan(0);
    for (const p of parsed.problems) expect(p.message).toMatch(/^[^/]+ \/ /);
    expect(parsed.problems.find((p) => p.field === 'organization_name')?.message).toMatch(/^almeno 2 caratteri \/ /);
  });

  it('keeps messages already in both languages, and translates the validator’s common ones', () => {
    expect(italianFirst('gia / already')).toBe('gia / already');
    expect(italianFirst('email must be an email')).toBe('non è un indirizzo e-mail / email must be an email');
    expect(italianFirst('something odd')).toBe('valore non valido / something odd');
  });
});
