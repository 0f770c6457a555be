import type { ReactElement } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { ApiError } from '../../api/client';
import { I18nProvider, Locale } from '../../i18n/i18n';
import { MyBuddyRequests, OrganisationBuddyRequests } from './BuddyRequests';
import type { MyBuddyRequest } from './buddiesApi';

const gql = jest.fn();

jest.mock('../../api/client', () => ({
  ...jest.requireActual('../../api/client'),
  gql: (...args: unknown[]) => gql(...args),
  subscribe: () => () => undefined,
  onLiveReconnect: () => () => undefined,
}));

const R = '11111111-1111-4111-8111-111111111111';
// Tuesday 8 December 2026, 10:00 in Rome.
const asked: MyBuddyRequest = {
  referralId: R, ask: 'ASKED', initiativeTitleIt: 'Caffè della memoria di Crocetta', initiativeTitleEn: 'Crocetta memory café', sessionStartsAt: '2026-12-08T09:00:00Z',
  neighbourhoodCode: 'crocetta', neighbourhoodName: 'Crocetta', ageBand: 'AGE_80_PLUS', ended: false, meetingPoint: null, prescriptionAccepted: false,
};
const axeClean = async (container: HTMLElement) => {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
};
const renderIn = (node: ReactElement, locale: Locale = 'it') => render(<I18nProvider locale={locale}>{node}</I18nProvider>);

describe('MyBuddyRequests (a volunteer on a phone)', () => {
  let mine: MyBuddyRequest;
  beforeEach(() => {
    mine = asked;
    gql.mockReset();
    gql.mockImplementation(async (query: string, variables: { accept?: boolean }) => {
      if (query.includes('answerBuddyRequest')) {
        mine = variables.accept ? { ...mine, ask: 'ACCEPTED', meetingPoint: { name: 'Centro anziani Crocetta', address: 'Via Risorgimento 120' }, prescriptionAccepted: true } : { ...mine, ask: 'DECLINED' };
        return { answerBuddyRequest: mine };
      }
      if (query.includes('revealBuddyContact')) return { revealBuddyContact: { referralId: R, name: 'Maria Bianchi', phone: '+39 02 5550 1234' } };
      if (query.includes('myBuddyRequests')) return { myBuddyRequests: [mine] };
      throw new Error(`unexpected ${query}`);
    });
  });

  it('says what is asked without the person, accepts, then shows the meeting point and, on request, the name and phone', async () => {
    const { container } = renderIn(<MyBuddyRequests />);
    const card = await screen.findByTestId('buddy-request');
    expect(card.textContent).toContain('Accompagna una persona di 80+ anni');
    expect(card.textContent).toContain('Caffè della memoria di Crocetta');
    expect(card.textContent).toMatch(/martedì 8 dicembre.*10:00, a Crocetta/);
    expect(screen.queryByTestId('buddy-meeting-point')).toBeNull();
    await axeClean(container);
    await act(async () => {
      fireEvent.click(screen.getByTestId('buddy-accept'));
    });
    expect(gql).toHaveBeenCalledWith(expect.stringContaining('answerBuddyRequest'), { r: R, accept: true });
    expect((await screen.findByTestId('buddy-meeting-point')).textContent).toContain('Centro anziani Crocetta, Via Risorgimento 120');
    expect(screen.queryByTestId('buddy-contact')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByTestId('buddy-reveal'));
    });
    const contact = await screen.findByTestId('buddy-contact');
    expect(contact.textContent).toContain('Maria Bianchi');
    expect(contact.querySelector('a')?.getAttribute('href')).toBe('tel:+390255501234');
    await axeClean(container);
  });

  it('waits for the organiser before offering the reveal; in English too', async () => {
    mine = { ...asked, ask: 'ACCEPTED', meetingPoint: { name: 'Centro anziani', address: 'Via Risorgimento 120' } };
    renderIn(<MyBuddyRequests />, 'en');
    expect((await screen.findByTestId('buddy-request')).textContent).toContain('Accompany a person aged 80+');
    expect(screen.queryByTestId('buddy-reveal')).toBeNull();
    expect(screen.getByTestId('buddy-request').textContent).toContain('once the organisation has accepted the prescription');
  });

  it('says under the card why the vault refused (no consent)', async () => {
    mine = { ...asked, ask: 'ACCEPTED', prescriptionAccepted: true, meetingPoint: { name: 'Centro anziani', address: 'Via Risorgimento 120' } };
    gql.mockImplementation(async (query: string) => {
      if (query.includes('revealBuddyContact')) throw new ApiError('la persona non ha dato il consenso a essere contattata / the person did not consent to be contacted', 'FORBIDDEN', undefined, []);
      return { myBuddyRequests: [mine] };
    });
    renderIn(<MyBuddyRequests />);
    const reveal = await screen.findByTestId('buddy-reveal');
    await act(async () => {
      fireEvent.click(reveal);
    });
    expect((await screen.findByRole('alert')).textContent).not.toBe('');
  });

  it('shows nothing when nobody asked', async () => {
    gql.mockImplementation(async () => ({ myBuddyRequests: [] }));
    const { container } = renderIn(<MyBuddyRequests />);
    await act(async () => undefined);
    expect(container.textContent).toBe('');
  });
});

describe('OrganisationBuddyRequests (the organiser)', () => {
  beforeEach(() => {
    gql.mockReset();
    gql.mockImplementation(async (query: string, variables: { language?: string }) => {
      if (query.includes('askBuddy')) return { askBuddy: { referralId: R, status: 'ASKED', volunteerId: 'v1', volunteerName: 'Anna' } };
      if (query.includes('buddyProposals')) {
        const anna = { volunteerId: 'v1', displayName: 'Anna', neighbourhoodCode: 'crocetta', sameNeighbourhood: true, distanceKm: 0, languages: ['it'], skills: ['ACCOMPANYING'], reasons: ['same-neighbourhood'], asked: null };
        const elena = { ...anna, volunteerId: 'v2', displayName: 'Elena', sameNeighbourhood: false, distanceKm: 1.5, languages: ['it', 'ar'], skills: [] };
        return { buddyProposals: { request: { referralId: R, status: 'OPEN', volunteerId: null, volunteerName: null }, proposals: variables.language === 'ar' ? [elena, anna] : [anna, elena] } };
      }
      if (query.includes('organisationBuddyRequests')) {
        return { organisationBuddyRequests: [{ referralId: R, initiativeTitleIt: 'Caffè della memoria di Crocetta', initiativeTitleEn: 'Crocetta memory café', sessionStartsAt: '2026-12-08T09:00:00Z', neighbourhoodCode: 'crocetta', ageBand: 'AGE_80_PLUS', status: 'OPEN', volunteerId: null, volunteerName: null, referralStatus: 'REQUESTED' }] };
      }
      throw new Error(`unexpected ${query}`);
    });
  });

  it('lists the requests, shows the proposals (by language too) and asks one volunteer', async () => {
    const { container } = renderIn(<OrganisationBuddyRequests />);
    expect((await screen.findByTestId('org-buddy-request')).textContent).toContain('Accompagna una persona di 80+ anni');
    await act(async () => {
      fireEvent.click(screen.getByTestId('buddy-proposals-toggle'));
    });
    const proposals = await screen.findAllByTestId('buddy-proposal');
    expect(proposals.map((p) => p.querySelector('strong')?.textContent)).toEqual(['Anna', 'Elena']);
    expect(proposals[1].textContent).toContain('a 1,5 km');
    await axeClean(container);
    await act(async () => {
      fireEvent.change(screen.getByLabelText(/Lingua della persona/), { target: { value: 'ar' } });
    });
    expect(gql).toHaveBeenCalledWith(expect.stringContaining('buddyProposals'), { r: R, language: 'ar' });
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Chiedi a Anna' }));
    });
    expect(gql).toHaveBeenCalledWith(expect.stringContaining('askBuddy'), { r: R, v: 'v1' });
  });
});
