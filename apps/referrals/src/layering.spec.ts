import { Layering, forbiddenPackages, roomsByRole, unplacedFiles, wrongArrows } from '../../../test/support/layering';

/**
 * The floors of referrals, bottom first (docs/architecture.md, "Folders"). An import points at its
 * own room or down; never up, never sideways.
 */
const REFERRALS: Layering = {
  root: __dirname,
  floors: [
    ['domain', 'config'], // pure rules (matching, the referral state machine, the business calendar, reasons); settings
    ['directory'], // organisations, services, the municipality's policy, HSDS (left as it was)
    ['referrals:records'], // referrals and their history
    ['sla:records', 'routing:records', 'alerts:records', 'org-mail:records', 'prescriptions:records'], // timers; routed and ended reports; alerts; organisation e-mail; community's initiatives and sessions (read model)
    ['sla', 'alerts', 'policy'], // timers kept in step with a referral; desk alerts and their e-mails; the municipality's policy
    ['org-mail'], // the organisations' e-mail
    ['routing'], // from a matching decision to referrals
    ['referrals'], // a referral's moves
    ['prescriptions'], // social prescribing: a referral to an initiative's session, its first attendance
    ['entry'], // handlers, consumers, the SLA sweeper, health: what the outside world calls
    ['wiring'], // the module, main, the database list, the demo seed
  ],
  roomOf: roomsByRole({
    wiring: /^(main\.ts|referrals\.module\.ts|database\/|demo\/)/,
    entry: /\.(handler|consumer)\.ts$|-sweeper\.service\.ts$|^health\//,
    whole: ['domain', 'config', 'directory'],
  }),
};

describe('the floors of referrals', () => {
  it('places every file on a floor', () => {
    expect(unplacedFiles(REFERRALS)).toEqual([]);
  });

  it('has no import that points up or sideways', () => {
    expect(wrongArrows(REFERRALS)).toEqual([]);
  });

  it('keeps the pure rules free of Nest, TypeORM and the platform', () => {
    expect(forbiddenPackages(REFERRALS, 'domain', (p) => p === '@prossimo/contracts')).toEqual([]);
  });
});
