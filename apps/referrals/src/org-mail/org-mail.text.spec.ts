import { composeOrganisationMail, stillRelevant } from './org-mail.text';

describe('organisation e-mails', () => {
  const facts = { referralId: '2a3e4c1b-0000-4000-8000-000000000001', needs: ['LONELINESS', 'FOOD'], neighbourhoodCode: 'crocetta', urgency: 'HIGH', dueAt: new Date('2026-03-10T13:00:00Z') };

  it('says what, where, how urgent and by when (Rome time), with a link to the inbox', () => {
    const m = composeOrganisationMail('new-referral', facts, 'https://prossimo.example/inbox');
    expect(m.subject).toBe('Prossimo: nuova richiesta (solitudine, cibo)');
    expect(m.text).toContain('Bisogni / needs: solitudine, cibo (loneliness, food)');
    expect(m.text).toContain('Quartiere / neighbourhood: crocetta');
    expect(m.text).toContain('Da accettare entro / accept by: 10/03/2026, 14:00');
    expect(m.text).toContain(facts.referralId);
    expect(m.text).toContain('https://prossimo.example/inbox');
  });

  it('names the first-contact deadline for an accepted referral', () => {
    const m = composeOrganisationMail('first-contact-due-soon', facts, 'https://prossimo.example/inbox');
    expect(m.text).toContain('Primo contatto entro / first contact by: 10/03/2026, 14:00');
    expect(m.subject).toContain('primo contatto');
  });

  it('is skipped once the referral moved on', () => {
    expect(stillRelevant('new-referral', 'REQUESTED', null)).toBe(true);
    expect(stillRelevant('new-referral', 'ACCEPTED', null)).toBe(false);
    expect(stillRelevant('accept-due-soon', 'REQUESTED', new Date())).toBe(true);
    expect(stillRelevant('accept-due-soon', 'ACCEPTED', null)).toBe(false);
  });
});
