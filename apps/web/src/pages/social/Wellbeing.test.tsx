import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { I18nProvider } from '../../i18n/i18n';
import { OutcomesSection, PathwaySection } from './Wellbeing';

const gql = jest.fn();

jest.mock('../../api/client', () => {
  class ApiError extends Error {
    constructor(
      message: string,
      readonly code?: string,
      readonly field?: string,
      readonly details: unknown[] = [],
      readonly network = false,
    ) {
      super(message);
    }
  }
  return { ApiError, gql: (...args: unknown[]) => gql(...args) };
});

const REPORT = '11111111-2222-4333-8444-555555555555';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
const calls = (name: string) => gql.mock.calls.filter(([q]) => String(q).includes(name));
const noViolations = async (container: HTMLElement) => {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

describe('«Come sta la persona» and «Progetto di vita» on the social worker’s report page', () => {
  beforeEach(() => gql.mockReset());

  it('asks the three UCLA-3 questions in Italian, names the unanswered ones, sends the answers with an id of its own, and shows the 12-week date', async () => {
    let measurements: unknown[] = [];
    gql.mockImplementation(async (query: string, variables: Record<string, unknown>) => {
      if (query.includes('query Outcomes')) {
        return { outcomes: { reportId: REPORT, measurements, week12DueOn: measurements.length ? new Date(Date.now() + 84 * 86_400_000).toISOString().slice(0, 10) : null, week12Due: false } };
      }
      if (query.includes('recordOutcome')) {
        measurements = [{ id: variables.id, phase: 'START', measuredOn: variables.measuredOn, lackCompanionship: 3, leftOut: 2, isolated: 3, total: 8, band: 'HIGH', recordedByRole: 'SOCIAL_WORKER', recordedByYou: true, recordedAt: new Date().toISOString() }];
        return { recordOutcome: { id: variables.id, total: 8, band: 'HIGH' } };
      }
      throw new Error(`unexpected ${query}`);
    });
    const onDone = jest.fn();
    const { container } = render(
      <I18nProvider locale="it">
        <OutcomesSection reportId={REPORT} canRecord onDone={onDone} />
      </I18nProvider>,
    );
    const form = await screen.findByTestId('outcome-form');
    expect(screen.getByRole('heading', { name: 'Come sta la persona' })).toBeTruthy();
    for (const q of ['Quanto spesso sente di non avere compagnia?', 'Quanto spesso si sente esclusa o escluso?', 'Quanto spesso si sente isolata o isolato dagli altri?']) {
      const group = screen.getByRole('group', { name: q });
      expect(within(group).getAllByRole('radio').map((r) => r.parentElement?.textContent)).toEqual(['quasi mai', 'qualche volta', 'spesso']);
    }
    await noViolations(container);

    fireEvent.click(screen.getByTestId('outcome-lackCompanionship-3'));
    fireEvent.click(screen.getByTestId('outcome-submit'));
    expect(within(form).getAllByText('Scegli una risposta.')).toHaveLength(2);
    expect(calls('recordOutcome')).toHaveLength(0);
    await noViolations(container);

    fireEvent.click(screen.getByTestId('outcome-leftOut-2'));
    fireEvent.click(screen.getByTestId('outcome-isolated-3'));
    fireEvent.click(screen.getByTestId('outcome-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Misura registrata: punteggio 8 su 9.'));
    const [, sent] = calls('recordOutcome')[0] as [string, Record<string, unknown>];
    expect(sent).toMatchObject({ reportId: REPORT, phase: 'START', measuredOn: today(), lackCompanionship: 3, leftOut: 2, isolated: 3 });
    expect(String(sent.id)).toMatch(/^[0-9a-f-]{36}$/);
    await screen.findByTestId('outcomes-table');
    expect(screen.getByTestId('outcomes-due').textContent).toMatch(/^La misura dopo 12 settimane è prevista per il \d+ \w+ \d{4}\.$/);
    // The 12-week form waits until ten weeks after the start.
    expect(screen.queryByTestId('outcome-form')).toBeNull();
  });

  it('opens a «Dopo di noi» project, offers only the actions A–E for a referral, saves the wishes with a review date, and closes it', async () => {
    let pathway: Record<string, unknown> | null = null;
    const view = (over: Record<string, unknown> = {}) => (pathway = { id: 'p1', reportId: REPORT, kind: 'DOPO_DI_NOI', openedAt: new Date().toISOString(), closedAt: null, referrals: [], wishes: [], ...pathway, ...over });
    gql.mockImplementation(async (query: string, variables: Record<string, unknown>) => {
      if (query.includes('query Pathway')) return { pathway };
      if (query.includes('openPathway')) return { openPathway: view({ kind: variables.kind }) };
      if (query.includes('tagPathwayReferral')) return { tagPathwayReferral: view({ referrals: [{ referralId: variables.referralId, action: variables.action, taggedAt: new Date().toISOString() }] }) };
      if (query.includes('updatePathwayWishes')) return { updatePathwayWishes: view({ wishes: [{ text: variables.text, reviewOn: variables.reviewOn, writtenAt: new Date().toISOString() }] }) };
      if (query.includes('closePathway')) return { closePathway: view({ closedAt: new Date().toISOString() }) };
      throw new Error(`unexpected ${query}`);
    });
    const onDone = jest.fn();
    const { container } = render(
      <I18nProvider locale="it">
        <PathwaySection reportId={REPORT} referrals={[{ id: 'ref-1', serviceName: 'Casa Aurora' }]} canEdit onDone={onDone} />
      </I18nProvider>,
    );
    await screen.findByTestId('pathway-open-form');
    expect(screen.getByRole('heading', { name: 'Progetto di vita' })).toBeTruthy();
    await noViolations(container);
    fireEvent.click(screen.getByTestId('pathway-open'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Progetto di vita aperto.'));
    await waitFor(() => expect(screen.getByTestId('pathway-kind').textContent).toBe('Dopo di noi (legge 112/2016)'));

    const select = screen.getByLabelText<HTMLSelectElement>('Azione per «Casa Aurora»');
    expect([...select.options].map((o) => o.value)).toEqual(['', 'A_LEAVING_FAMILY_HOME', 'B_SUPPORT_IN_HOUSING', 'C_AUTONOMY_SKILLS', 'D_HOUSING_WORKS', 'E_EMERGENCY_STAY']);
    fireEvent.change(select, { target: { value: 'C_AUTONOMY_SKILLS' } });
    fireEvent.click(screen.getByTestId('pathway-action-save'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Azione salvata.'));
    expect(calls('tagPathwayReferral')[0][1]).toMatchObject({ pathwayId: 'p1', referralId: 'ref-1', action: 'C_AUTONOMY_SKILLS' });

    // The wishes need words and a review date from today on.
    fireEvent.click(screen.getByTestId('pathway-wishes-save'));
    expect(screen.getByText('Scrivi i desideri.')).toBeTruthy();
    expect(screen.getByText('Scrivi una data di revisione, da oggi in poi.')).toBeTruthy();
    await noViolations(container);
    fireEvent.change(screen.getByTestId('pathway-wishes-text'), { target: { value: 'I genitori vorrebbero che viva con due amici, vicino alla sorella.' } });
    fireEvent.change(screen.getByTestId('pathway-wishes-review'), { target: { value: '2099-06-30' } });
    fireEvent.click(screen.getByTestId('pathway-wishes-save'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Desideri salvati.'));
    expect(calls('updatePathwayWishes')[0][1]).toMatchObject({ pathwayId: 'p1', text: 'I genitori vorrebbero che viva con due amici, vicino alla sorella.', reviewOn: '2099-06-30' });
    await waitFor(() => expect(screen.getByTestId('pathway-wishes-current').textContent).toContain('due amici'));

    fireEvent.click(screen.getByTestId('pathway-close'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Chiudi il progetto' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Progetto di vita chiuso.'));
    // Closed: readable, no longer editable; a new project may be opened.
    await waitFor(() => expect(screen.queryByTestId('pathway-wishes-save')).toBeNull());
    expect(screen.getByTestId('pathway-open-form')).toBeTruthy();
    await noViolations(container);
  });
});
