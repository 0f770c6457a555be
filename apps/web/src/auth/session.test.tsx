import { act, render, screen, waitFor } from '@testing-library/react';
import { ApiError, gql } from '../api/client';
import { SessionProvider, useSession } from './session';
import { PENDING_KEY, REFRESH_KEY, TRUSTED_REFRESH_KEY } from './storageKeys';

/**
 * The session on a slow line: a renewal that gets no answer never turns into a sign-out (which
 * would wipe unsent reports); a sign-in the server ended wipes the tab and says how many unsent
 * reports went with it.
 */
const account = { id: 'a1', email: 'antenna@prossimo.example', displayName: 'Forno', role: 'ANTENNA', municipality: '015077', antennaId: 'ant-1', organisationId: null };
const payload = (expiresInMs: number) => ({ token: 'access', refreshToken: 'refresh-2', expiresAt: new Date(Date.now() + expiresInMs).toISOString(), account });
/** An HTTP answer as fetch gives it (jsdom has no Response class). */
const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const queued = JSON.stringify([{ input: { id: 'r1' }, queuedAt: '2026-12-05T08:00:00Z', attempts: 1 }, { input: { id: 'r2' }, queuedAt: '2026-12-05T08:01:00Z', attempts: 1 }]);

function Probe() {
  const { account: signedIn, restoring, unsentLost } = useSession();
  if (restoring) return <p>restoring</p>;
  return <p data-testid="probe">{`${signedIn ? 'in' : 'out'} lost=${unsentLost}`}</p>;
}

describe('SessionProvider', () => {
  const fetchMock = jest.fn();
  beforeEach(() => {
    window.sessionStorage.clear();
    window.localStorage.clear();
    fetchMock.mockReset();
    global.fetch = fetchMock;
  });

  it('an expired access token whose renewal gets no answer makes the request "try again later", and keeps the unsent reports', async () => {
    window.sessionStorage.setItem(REFRESH_KEY, 'refresh-1');
    window.sessionStorage.setItem(PENDING_KEY, queued);
    // Restored at load with a token that has already expired; then the line drops.
    fetchMock.mockImplementationOnce(() => answer({ data: { refreshSession: payload(-1000) } }));
    render(<SessionProvider><Probe /></SessionProvider>);
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('in lost=0'));
    fetchMock.mockImplementation(() => Promise.reject(new TypeError('Failed to fetch')));

    let error: unknown;
    await act(async () => {
      error = await gql('{ myReports { nodes { id } } }').catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).network).toBe(true);
    // Only the renewal was tried: the expired token was never sent to earn an UNAUTHENTICATED.
    const sent = fetchMock.mock.calls.slice(1).map(([, init]) => String((init as RequestInit).body));
    expect(sent.every((body) => body.includes('refreshSession'))).toBe(true);
    expect(screen.getByTestId('probe').textContent).toBe('in lost=0');
    expect(window.sessionStorage.getItem(PENDING_KEY)).toBe(queued);
    expect(window.sessionStorage.getItem(REFRESH_KEY)).toBe('refresh-2');
  });

  it('a sign-in the server ended wipes the tab and counts the unsent reports it took', async () => {
    window.sessionStorage.setItem(REFRESH_KEY, 'refresh-1');
    window.sessionStorage.setItem(PENDING_KEY, queued);
    fetchMock.mockImplementationOnce(() => answer({ data: { refreshSession: payload(15 * 60_000) } }));
    render(<SessionProvider><Probe /></SessionProvider>);
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('in lost=0'));
    // The server has revoked the session meanwhile.
    fetchMock.mockImplementation(() => answer({ errors: [{ message: 'Session ended', extensions: { code: 'UNAUTHENTICATED' } }] }));

    await act(async () => {
      await expect(gql('{ myReports { nodes { id } } }')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    });
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('out lost=2'));
    expect(Object.keys(window.sessionStorage).filter((k) => k.startsWith('prossimo.'))).toEqual([]);
  });

  it('a remembered device keeps only its refresh token in localStorage, restores from it, and loses it when the server ends the session', async () => {
    window.localStorage.setItem(TRUSTED_REFRESH_KEY, 'trusted-1');
    window.localStorage.setItem('prossimo.lang', 'it');
    // A new tab (nothing in sessionStorage): restored from the remembered token, renewed as trusted.
    fetchMock.mockImplementationOnce(() => answer({ data: { refreshSession: { ...payload(15 * 60_000), refreshToken: 'trusted-2', trustedDevice: true } } }));
    render(<SessionProvider><Probe /></SessionProvider>);
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('in lost=0'));
    expect(String((fetchMock.mock.calls[0][1] as RequestInit).body)).toContain('trusted-1');
    expect(window.localStorage.getItem(TRUSTED_REFRESH_KEY)).toBe('trusted-2');
    expect(window.sessionStorage.getItem(REFRESH_KEY)).toBeNull();
    // Ended elsewhere («esci da tutti i dispositivi»): the device forgets it, and nothing else.
    fetchMock.mockImplementation(() => answer({ errors: [{ message: 'Session ended', extensions: { code: 'UNAUTHENTICATED' } }] }));
    await act(async () => {
      await expect(gql('{ myReports { nodes { id } } }')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    });
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('out lost=0'));
    expect(window.localStorage.getItem(TRUSTED_REFRESH_KEY)).toBeNull();
    expect(window.localStorage.getItem('prossimo.lang')).toBe('it');
  });
});
