import { AgeBand, Need, Urgency } from './domain';
import { isPlausiblePhone, phoneDigits, splitPhone } from './report-input';
import { SubmitReportV1 } from './rpc/reports.rpc';
import { parseContract } from './validation';

describe('what a shop types', () => {
  it.each([
    '333-1234567 (casa)',
    '333 123 4567',
    '+39 02 612 3456',
    '(02) 6123456',
    '02/612.3456',
    '0039 333 1234567 (figlia Anna)',
    '333.123.4567 (dopo le 18)',
  ])('takes %p as a phone number', (text) => expect(isPlausiblePhone(text)).toBe(true));

  it.each([
    ['000000', 'all the same digit'],
    ['1111111111', 'all the same digit'],
    ['12345', 'too few digits'],
    ['1234567890123456', 'too many digits'],
    ['chiamare la figlia', 'no number'],
    ['(casa)', 'only a note'],
    ['333 12a4567', 'a letter inside the number'],
    ['333 1234567 (casa) (ufficio)', 'two notes'],
    [`333 1234567 (${'x'.repeat(40)})`, 'too long'],
  ])('refuses %p (%s)', (text) => expect(isPlausiblePhone(text)).toBe(false));

  it('splits the note from the number, and counts only the number', () => {
    expect(splitPhone(' 333-1234567 (casa) ')).toEqual({ number: '333-1234567', note: 'casa' });
    expect(splitPhone('(02) 6123456')).toEqual({ number: '(02) 6123456', note: null });
    expect(phoneDigits('333-1234567 (int. 2)')).toBe('3331234567');
  });

  const base = { id: '4b9c2a54-7d1e-4c2b-9a51-0d1c6f3e8a10', neighbourhoodCode: 'crocetta', ageBand: AgeBand.UNKNOWN, description: 'Un uomo a terra', consentToContact: false };

  it('lets an EMERGENCY leave the needs out, and no other urgency', async () => {
    await expect(parseContract(SubmitReportV1, { ...base, urgency: Urgency.EMERGENCY, needs: [] }, 'input')).resolves.toMatchObject({ needs: [] });
    await expect(parseContract(SubmitReportV1, { ...base, urgency: Urgency.HIGH, needs: [] }, 'input')).rejects.toMatchObject({ field: 'input.needs' });
    await expect(parseContract(SubmitReportV1, { ...base, urgency: Urgency.EMERGENCY, needs: [Need.FOOD, Need.FOOD] }, 'input')).rejects.toMatchObject({ field: 'input.needs' });
  });

  it('names the phone field with the rule when a number is not one', async () => {
    await expect(parseContract(SubmitReportV1, { ...base, urgency: Urgency.LOW, needs: [Need.FOOD], consentToContact: true, subject: { phone: '000000' } }, 'input')).rejects.toMatchObject({
      field: 'input.subject.phone',
      message: expect.stringContaining('not all the same'),
    });
  });
});
