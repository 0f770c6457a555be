import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nProvider } from '../i18n/i18n';
import { ReferralThread, THREAD_POLL_MS } from './ReferralThread';

const gql = jest.fn();

jest.mock('../api/client', () => {
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

const message = (id: string, authorRole: string, byYou: boolean, text: string, minutesAgo: number) => ({ id, authorRole, byYou, text, createdAt: new Date(Date.now() - minutesAgo * 60_000).toISOString() });

describe('ReferralThread', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    gql.mockReset();
  });
  afterEach(() => jest.useRealTimers());

  it('reads nothing until opened, then shows the messages oldest first and asks again while open', async () => {
    let stored = [message('m2', 'SOCIAL_WORKER', false, 'Chiamate prima me', 5), message('m1', 'ORG_OPERATOR', true, 'È già seguita?', 10)];
    gql.mockImplementation(async (query: string) => {
      if (query.includes('referralMessages')) return { referralMessages: { nodes: stored, pageInfo: { hasNextPage: false } } };
      throw new Error(`unexpected ${query}`);
    });
    render(
      <I18nProvider locale="it">
        <ReferralThread referralId="r1" side="org" />
      </I18nProvider>,
    );
    expect(gql).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('thread-toggle-r1'));
    const list = await screen.findByTestId('thread-messages-r1');
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([expect.stringMatching(/^Voi.*È già seguita\?$/), expect.stringMatching(/^Sportello sociale.*Chiamate prima me$/)]);
    stored = [message('m3', 'SOCIAL_WORKER', false, 'Vi aspetta martedì', 0), ...stored];
    await act(async () => {
      jest.advanceTimersByTime(THREAD_POLL_MS);
    });
    await waitFor(() => expect(screen.getByTestId('thread-messages-r1').textContent).toContain('Vi aspetta martedì'));
    fireEvent.click(screen.getByTestId('thread-toggle-r1'));
    const calls = gql.mock.calls.length;
    await act(async () => {
      jest.advanceTimersByTime(3 * THREAD_POLL_MS);
    });
    expect(gql.mock.calls.length).toBe(calls);
  });

  it('sends a message with an id of its own (a retry never doubles it), and refuses an empty one', async () => {
    gql.mockImplementation(async (query: string) => {
      if (query.includes('referralMessages')) return { referralMessages: { nodes: [], pageInfo: { hasNextPage: false } } };
      if (query.includes('postReferralMessage')) throw Object.assign(new Error('lost'), { network: true });
      throw new Error(`unexpected ${query}`);
    });
    render(
      <I18nProvider locale="it">
        <ReferralThread referralId="r1" side="social" />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByTestId('thread-toggle-r1'));
    await screen.findByTestId('thread-empty-r1');
    fireEvent.click(screen.getByTestId('thread-send-r1'));
    expect(screen.getByText('Scrivi il messaggio.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('thread-text-r1'), { target: { value: 'Ho parlato con la figlia' } });
    fireEvent.click(screen.getByTestId('thread-send-r1'));
    await waitFor(() => expect(gql.mock.calls.filter(([q]) => String(q).includes('postReferralMessage'))).toHaveLength(1));
    await screen.findByRole('alert');
    await waitFor(() => expect(screen.getByTestId('thread-send-r1')).toHaveProperty('disabled', false));
    fireEvent.click(screen.getByTestId('thread-send-r1'));
    await waitFor(() => expect(gql.mock.calls.filter(([q]) => String(q).includes('postReferralMessage'))).toHaveLength(2));
    const [first, second] = gql.mock.calls.filter(([q]) => String(q).includes('postReferralMessage')).map(([, v]) => v as { id: string; text: string; referralId: string });
    expect(first).toMatchObject({ referralId: 'r1', text: 'Ho parlato con la figlia' });
    expect(second.id).toBe(first.id);
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByTestId('thread-text-r1')).toHaveProperty('value', 'Ho parlato con la figlia');
  });
});
