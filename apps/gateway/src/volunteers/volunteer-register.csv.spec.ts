import { REGISTER_HEADERS, hoursIt, volunteerRegisterCsv, volunteerRegisterFileName } from './volunteer-register.csv';

describe('the register of non-occasional volunteers as CSV (Third Sector Code art. 17)', () => {
  const register = {
    organisationId: '0f000000-0000-4000-8000-000000000001', organisationName: null, from: '2026-01-01', to: '2026-12-31',
    rows: [
      { volunteerId: 'v1', displayName: 'Anna Colombo', email: 'anna@example.org', phone: '333 000 0006', birthYear: 1958, firstDay: '2026-03-05', lastDay: '2026-11-20', roles: ['Accoglienza', 'Passeggiate; gruppo'], minutes: 390, minutesByCheckIn: 300, minutesByHand: 90 },
      { volunteerId: 'v2', displayName: 'Luca "il Bassi"', email: 'luca@example.org', phone: null, birthYear: 1999, firstDay: '2026-06-01', lastDay: '2026-06-08', roles: ['Repair café'], minutes: 20, minutesByCheckIn: 0, minutesByHand: 20 },
    ],
  };

  it('is for Italian Excel: BOM, `;`, Italian headers, dates dd/mm/yyyy, hours with a decimal comma, quoting where needed', () => {
    const csv = volunteerRegisterCsv(register);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(REGISTER_HEADERS.join(';'));
    expect(lines[0]).toBe('Nome e cognome;E-mail;Telefono;Anno di nascita;Primo giorno di attività;Ultimo giorno di attività;Ruoli;Ore totali;Ore da presenze registrate;Ore inserite a mano');
    expect(lines[1]).toBe('Anna Colombo;anna@example.org;333 000 0006;1958;05/03/2026;20/11/2026;"Accoglienza, Passeggiate; gruppo";6,5;5;1,5');
    expect(lines[2]).toBe('"Luca ""il Bassi""";luca@example.org;;1999;01/06/2026;08/06/2026;Repair café;0,33;0;0,33');
    expect(lines[3]).toBe('');
  });

  it('names the file by its period', () => {
    expect(volunteerRegisterFileName(register)).toBe('registro-volontari-2026-01-01-2026-12-31.csv');
    expect(hoursIt(90)).toBe('1,5');
  });
});
