import { SignUpRefusal, VolunteerRequirement } from '@prossimo/contracts';
import { refusalFor, romeDay } from './eligibility';

describe('refusalFor: who may take a place on a shift', () => {
  const role = { minimumAge: 18, requirements: [VolunteerRequirement.FIRST_AID], insuranceProvided: true };
  const shift = new Date('2026-12-12T09:00:00Z');
  const firstAid = (validUntil: string | null) => [{ requirement: VolunteerRequirement.FIRST_AID, validUntil }];

  it('lets an eligible volunteer through, people over 65 included', () => {
    expect(refusalFor(role, { birthYear: 1990, requirements: firstAid(null) }, shift)).toBeNull();
    expect(refusalFor(role, { birthYear: 1948, requirements: firstAid('2027-01-01') }, shift)).toBeNull();
  });

  it('refuses without the organisation\'s insurance first, whatever else holds', () => {
    expect(refusalFor({ ...role, insuranceProvided: false }, { birthYear: 2015, requirements: [] }, shift)?.reason).toBe(SignUpRefusal.NO_INSURANCE);
  });

  it('counts the age surely reached in the shift\'s year (only the year of birth is kept)', () => {
    expect(refusalFor(role, { birthYear: 2008, requirements: firstAid(null) }, shift)).toEqual({ reason: SignUpRefusal.UNDER_MINIMUM_AGE, detail: '18' });
    expect(refusalFor(role, { birthYear: 2007, requirements: firstAid(null) }, shift)).toBeNull();
  });

  it('names a missing requirement, then one that expires before the shift\'s day (Europe/Rome)', () => {
    expect(refusalFor(role, { birthYear: 1990, requirements: [] }, shift)).toEqual({ reason: SignUpRefusal.REQUIREMENT_MISSING, detail: 'primo soccorso' });
    expect(refusalFor(role, { birthYear: 1990, requirements: firstAid('2026-12-11') }, shift)).toEqual({ reason: SignUpRefusal.REQUIREMENT_EXPIRED, detail: 'primo soccorso' });
    expect(refusalFor(role, { birthYear: 1990, requirements: firstAid('2026-12-12') }, shift)).toBeNull();
  });

  it('reads days in Europe/Rome', () => {
    expect(romeDay(new Date('2026-12-11T23:30:00Z'))).toBe('2026-12-12');
    expect(romeDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});
