import { SuppressedTableV1 } from '@prossimo/contracts';
import { NEIGHBOURHOOD_ROWS, csvFileName, monthIt, tableToCsv, tableToItalianCsv } from './dashboard-csv.format';

const byNeed: SuppressedTableV1 = {
  rows: ['crocetta', 'sant-eusebio'],
  columns: ['LONELINESS', 'FOOD'],
  cells: [
    [12, null],
    [30, 15],
  ],
  rowTotals: [null, 45],
  columnTotals: [42, null],
  total: 61,
  reasons: { cells: [[null, 'small'], [null, null]], rowTotals: ['small', null], columnTotals: [null, 'small'], total: null },
};
const noReasons = (t: Omit<SuppressedTableV1, 'reasons'>): SuppressedTableV1 => ({
  ...t,
  reasons: { cells: t.cells.map((r) => r.map((v) => (v === null ? 'small' : null))), rowTotals: t.rowTotals.map((v) => (v === null ? 'small' : null)), columnTotals: t.columnTotals.map((v) => (v === null ? 'small' : null)), total: t.total === null ? 'small' : null },
});

describe('dashboard CSV', () => {
  it('for Italian Excel: BOM, ";", Italian headers, neighbourhood names, needs as on screen, hidden cells "< 10"', () => {
    const csv = tableToItalianCsv('reportsByNeighbourhoodAndNeed', byNeed, 10, new Map([['crocetta', 'Crocetta'], ['sant-eusebio', "Sant'Eusebio"]]));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['Quartiere;Solitudine;Cibo;Totale', 'Crocetta;12;< 10;< 10', "Sant'Eusebio;30;15;45", 'Totale;42;< 10;61', '']);
  });

  it('months in words, referral states in Italian, a label with ";" quoted', () => {
    const months = noReasons({ rows: ['2026-03-01'], columns: ['expired'], cells: [[11]], rowTotals: [11], columnTotals: [11], total: 11 });
    expect(tableToItalianCsv('slaBreachesByMonth', months, 10, new Map()).slice(1).split('\r\n')[1]).toBe('marzo 2026;11;11');
    const states = noReasons({ rows: ['referrals'], columns: ['REQUESTED', 'COMPLETED'], cells: [[null, 120]], rowTotals: [null], columnTotals: [null, 120], total: null });
    expect(tableToItalianCsv('referralsByState', states, 10, new Map()).slice(1).split('\r\n')[0]).toBe(';Inviata;Conclusa;Totale');
    expect(tableToItalianCsv('unmetNeed', { ...byNeed, rows: ['x'], cells: [[10, 10]], rowTotals: [20], reasons: { ...byNeed.reasons, cells: [[null, null]], rowTotals: [null] } }, 10, new Map([['x', 'Borgo; Misto']])).includes('"Borgo; Misto";10;10;20')).toBe(true);
    expect(monthIt('2025-12-01')).toBe('dicembre 2025');
  });

  it('the machine form stays as it was: ",", codes, no BOM', () => {
    const csv = tableToCsv(byNeed, 10);
    expect(csv.split('\r\n')).toEqual([',LONELINESS,FOOD,totale', 'crocetta,12,< 10,< 10', 'sant-eusebio,30,15,45', 'totale,42,< 10,61', '']);
    expect(csvFileName('unmetNeed', 'machine', { municipality: '015077', from: '2026-01-01', to: '2026-06-01' })).toBe('unmetNeed-015077-2026-01-2026-06.csv');
    expect(csvFileName('unmetNeed', 'italian', { municipality: '015077', from: '2026-01-01', to: '2026-06-01' })).toBe('bisogni-senza-risposta-015077-2026-01-2026-06.csv');
  });

  it('says «nascosto per riservatezza» of a count hidden to protect another, in both forms, never "< 10"', () => {
    const guarded: SuppressedTableV1 = { ...byNeed, reasons: { ...byNeed.reasons, rowTotals: ['complementary', null] } };
    expect(tableToItalianCsv('reportsByNeighbourhoodAndNeed', guarded, 10, new Map([['crocetta', 'Crocetta']])).slice(1).split('\r\n')[1]).toBe('Crocetta;12;< 10;nascosto per riservatezza');
    expect(tableToCsv(guarded, 10).split('\r\n')[1]).toBe('crocetta,12,< 10,nascosto per riservatezza');
  });

  it('activities and places: kinds and seats in Italian words, neighbourhoods by name, «< 10» and «nascosto per riservatezza» where the reasons say', () => {
    const seats: SuppressedTableV1 = {
      rows: ['bettola', 'crocetta'],
      columns: ['PUBLIC', 'REFERRAL'],
      cells: [[97, null], [211, null]],
      rowTotals: [null, null],
      columnTotals: [308, 15],
      total: null,
      reasons: { cells: [[null, 'complementary'], [null, 'small']], rowTotals: ['complementary', 'complementary'], columnTotals: [null, null], total: 'complementary' },
    };
    const lines = tableToItalianCsv('seatsTakenByNeighbourhood', seats, 10, new Map([['bettola', 'Bettola'], ['crocetta', 'Crocetta']])).slice(1).split('\r\n');
    expect(lines).toEqual([
      'Quartiere;Posti aperti a tutti;Posti riservati alle persone inviate dai servizi;Totale',
      'Bettola;97;nascosto per riservatezza;nascosto per riservatezza',
      'Crocetta;211;< 10;nascosto per riservatezza',
      'Totale;308;15;nascosto per riservatezza',
      '',
    ]);
    const kinds = noReasons({ rows: ['crocetta'], columns: ['ELDERLY_PLACE', 'SOCIAL_THEATRE'], cells: [[12, 0]], rowTotals: [12], columnTotals: [12, 0], total: 12 });
    expect(tableToItalianCsv('initiativesByNeighbourhoodAndKind', kinds, 10, new Map()).slice(1).split('\r\n')[0]).toBe('Quartiere;Luogo d’incontro per anziani;Teatro sociale;Totale');
    expect(csvFileName('seatsTakenByMonth', 'italian', { municipality: '015077', from: '2026-01-01', to: '2026-06-01' })).toBe('posti-occupati-per-mese-015077-2026-01-2026-06.csv');
    expect([...NEIGHBOURHOOD_ROWS].sort()).toEqual([
      'initiativesByNeighbourhoodAndKind', 'outcomesByNeighbourhood', 'reportsByNeighbourhoodAndMonth', 'reportsByNeighbourhoodAndNeed', 'seatsOfferedByNeighbourhood', 'seatsTakenByNeighbourhood', 'sessionsByNeighbourhoodAndMonth', 'unmetNeed',
      'volunteerHoursByNeighbourhoodAndMonth',
    ]);
  });

  it('prescriptions, first attendance and volunteer hours: states, columns and the denominator named in Italian, «< 10» and «nascosto per riservatezza» where the reasons say', () => {
    const states: SuppressedTableV1 = {
      rows: ['prescriptions'],
      columns: ['REQUESTED', 'REJECTED', 'COMPLETED'],
      cells: [[12, null, 20]],
      rowTotals: [null],
      columnTotals: [12, null, 20],
      total: null,
      reasons: { cells: [[null, 'small', null]], rowTotals: ['complementary'], columnTotals: [null, 'small', null], total: 'complementary' },
    };
    expect(tableToItalianCsv('prescriptionsByState', states, 10, new Map()).slice(1).split('\r\n')).toEqual([
      ';Inviata;Rifiutata;Conclusa;Totale',
      'Invii a un’attività;12;< 10;20;nascosto per riservatezza',
      'Totale;12;< 10;20;nascosto per riservatezza',
      '',
    ]);
    const attendance = noReasons({ rows: ['2026-02-01', '2026-03-01'], columns: ['FIRST_ATTENDED', 'NOT_ATTENDED'], cells: [[null, null], [15, 11]], rowTotals: [null, 26], columnTotals: [22, 18], total: 40 });
    expect(tableToItalianCsv('firstAttendanceByMonth', attendance, 10, new Map()).slice(1).split('\r\n')).toEqual([
      'Mese dell’invio;Arrivati alla prima presenza;Non (ancora) arrivati;Invii accettati (denominatore)',
      'febbraio 2026;< 10;< 10;< 10',
      'marzo 2026;15;11;26',
      'Totale;22;18;40',
      '',
    ]);
    expect(tableToCsv(attendance, 10).split('\r\n')[0]).toBe(',FIRST_ATTENDED,NOT_ATTENDED,totale');
    const hours = noReasons({ rows: ['crocetta'], columns: ['2026-03-01'], cells: [[130]], rowTotals: [130], columnTotals: [130], total: 130 });
    expect(tableToItalianCsv('volunteerHoursByNeighbourhoodAndMonth', hours, 10, new Map([['crocetta', 'Crocetta']])).slice(1).split('\r\n')[0]).toBe('Quartiere;marzo 2026;Totale');
    expect(csvFileName('volunteerHoursByNeighbourhoodAndMonth', 'italian', { municipality: '015077', from: '2026-01-01', to: '2026-06-01' })).toBe('ore-di-volontariato-per-quartiere-e-mese-015077-2026-01-2026-06.csv');
    expect(csvFileName('firstAttendanceByMonth', 'machine', { municipality: '015077', from: '2026-01-01', to: '2026-06-01' })).toBe('firstAttendanceByMonth-015077-2026-01-2026-06.csv');
  });

  it('outcomes and pathways: phases and bands, kinds and actions in Italian words, «< 10» and «nascosto per riservatezza» where the reasons say', () => {
    const outcomes: SuppressedTableV1 = {
      rows: ['crocetta'],
      columns: ['START.LOW', 'START.HIGH', 'WEEK_12.LOW'],
      cells: [[12, null, null]],
      rowTotals: [null],
      columnTotals: [12, null, null],
      total: null,
      reasons: { cells: [[null, 'small', 'complementary']], rowTotals: ['complementary'], columnTotals: [null, 'small', 'complementary'], total: 'complementary' },
    };
    expect(tableToItalianCsv('outcomesByNeighbourhood', outcomes, 10, new Map([['crocetta', 'Crocetta']])).slice(1).split('\r\n')).toEqual([
      'Quartiere;All’inizio: solitudine bassa (3–4);All’inizio: solitudine alta (7–9);Dopo 12 settimane: solitudine bassa (3–4);Totale',
      'Crocetta;12;< 10;nascosto per riservatezza;nascosto per riservatezza',
      'Totale;12;< 10;nascosto per riservatezza;nascosto per riservatezza',
      '',
    ]);
    const actions = noReasons({ rows: ['2026-03-01'], columns: ['A_LEAVING_FAMILY_HOME', 'WORK'], cells: [[11, 0]], rowTotals: [11], columnTotals: [11, 0], total: 11 });
    expect(tableToItalianCsv('pathwayActionsByMonth', actions, 10, new Map()).slice(1).split('\r\n').slice(0, 2)).toEqual(['Mese;A · uscita dalla famiglia d’origine;Salute mentale: formazione e lavoro;Totale', 'marzo 2026;11;0;11']);
    const kinds = noReasons({ rows: ['2026-03-01'], columns: ['DOPO_DI_NOI', 'MENTAL_HEALTH'], cells: [[10, 0]], rowTotals: [10], columnTotals: [10, 0], total: 10 });
    expect(tableToItalianCsv('pathwaysOpenedByMonth', kinds, 10, new Map()).slice(1).split('\r\n')[0]).toBe('Mese;Dopo di noi (legge 112/2016);Patto per la salute mentale;Totale');
    expect(csvFileName('outcomesByMonth', 'italian', { municipality: '015077', from: '2026-01-01', to: '2026-06-01' })).toBe('solitudine-per-mese-015077-2026-01-2026-06.csv');
  });
});
