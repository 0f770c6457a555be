import { Layering, roomsByRole, unplacedFiles, wrongArrows } from '../../../test/support/layering';

/**
 * The floors of reports, bottom first (docs/architecture.md, "Folders"). An import points at its
 * own room or down; never up, never sideways.
 */
const REPORTS: Layering = {
  root: __dirname,
  floors: [
    ['config', 'crypto'], // settings; envelope encryption
    ['audit', 'vault'], // the audit log of personal-data reads; keys and subjects (the sealed identities)
    ['projections:records'], // neighbourhoods and antennas as the events told them
    ['reports:records'], // reports, desks, what reports knows of each referral
    ['casework:records', 'privacy:records', 'retention:records', 'referral-desk:records', 'referral-notes:records', 'wellbeing:records'], // one repository per table
    ['reports'], // submitting and following a report; its coarse status, excerpt and reference code
    ['referral-desk', 'referral-notes', 'wellbeing'], // the desk's context and messages for organisations; sealed referral notes; outcomes and life-project pathways
    ['casework'], // the desk's triage and work on a report
    ['privacy'], // disclosure, break-the-glass, the data subject's rights, the audit log
    ['retention'], // the retention sweep
    ['entry'], // handlers, the projections consumer, health: what the outside world calls
    ['wiring'], // the module, main, the database list, the demo seed, the key rotation command
  ],
  roomOf: roomsByRole({
    wiring: /^(main\.ts|reports\.module\.ts|database\/|demo\/|cli\/)/,
    entry: /\.(handler|consumer)\.ts$|^health\//,
    whole: ['config', 'crypto', 'audit', 'vault'],
  }),
};

describe('the floors of reports', () => {
  it('places every file on a floor', () => {
    expect(unplacedFiles(REPORTS)).toEqual([]);
  });

  it('has no import that points up or sideways', () => {
    expect(wrongArrows(REPORTS)).toEqual([]);
  });
});
