import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n';
import { gql } from '../../api/client';
import { InviteAccountForm } from './InviteAccountForm';

jest.mock('../../api/client', () => {
  class ApiError extends Error {
    constructor(
      message: string,
      readonly code: string | undefined,
      readonly field: string | undefined,
      readonly details: unknown[] = [],
      readonly network = false,
    ) {
      super(message);
    }
  }
  return { ApiError, gql: jest.fn(), subscribe: jest.fn() };
});

const mockedGql = gql as jest.MockedFunction<typeof gql>;
const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

function setup() {
  const onInvited = jest.fn();
  render(
    <I18nProvider locale="it">
      <InviteAccountForm
        antennas={[
          { id: 'a1', name: 'Farmacia Balsamo', status: 'ACTIVE' },
          { id: 'a2', name: 'Edicola Bettola', status: 'RETIRED' },
        ]}
        organisations={[{ id: 'o1', name: 'Il Ponte' }]}
        onInvited={onInvited}
      />
    </I18nProvider>,
  );
  return { onInvited };
}

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByTestId('invite-submit'));
  });
}

describe('InviteAccountForm', () => {
  beforeEach(() => mockedGql.mockReset());

  it('asks for the antenna of an antenna member, offering no retired antenna', async () => {
    setup();
    type('invite-name', 'Anna Verdi');
    type('invite-email', 'anna@example.org');
    type('invite-role', 'ANTENNA');
    const options = Array.from(screen.getByTestId<HTMLSelectElement>('invite-antenna').options).map((o) => o.value);
    expect(options).toEqual(['', 'a1']);
    await submit();
    expect(mockedGql).not.toHaveBeenCalled();
    expect(screen.getByText("Scegli l'antenna.")).toBeTruthy();
  });

  it('refuses a wrong e-mail', async () => {
    setup();
    type('invite-name', 'Anna Verdi');
    type('invite-email', 'anna@');
    type('invite-role', 'SOCIAL_WORKER');
    await submit();
    expect(mockedGql).not.toHaveBeenCalled();
    expect(screen.getByText('Scrivi un indirizzo email valido, ad esempio nome@esempio.it.')).toBeTruthy();
  });

  it('shows the one-time link once, then hides it for good', async () => {
    const { onInvited } = setup();
    type('invite-name', 'Marco Neri');
    type('invite-email', 'marco@ilponte.example');
    type('invite-role', 'ORG_OPERATOR');
    type('invite-organisation', 'o1');
    mockedGql.mockResolvedValueOnce({ inviteAccount: { token: 'tok-123', expiresAt: '2026-12-01T10:00:00Z' } });
    await submit();
    const input = (mockedGql.mock.calls[0][1] as { input: Record<string, unknown> }).input;
    expect(input).toEqual({ email: 'marco@ilponte.example', displayName: 'Marco Neri', role: 'ORG_OPERATOR', organisationId: 'o1', antennaId: undefined });
    expect(onInvited).toHaveBeenCalledWith('Marco Neri');
    const link = screen.getByLabelText<HTMLInputElement>('Link di invito');
    expect(link.readOnly).toBe(true);
    expect(link.value).toMatch(/\/invito#token=tok-123$/);
    expect(screen.getByText(/Lo vedi solo adesso/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('invite-secret-done'));
    expect(screen.queryByDisplayValue('tok-123')).toBeNull();
  });
});
