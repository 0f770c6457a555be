import { act, fireEvent, render, screen } from '@testing-library/react';
import { ApiError, gql } from '../../api/client';
import { I18nProvider } from '../../i18n/i18n';
import { ProfileForm } from './ProfileForm';
import { VolunteerProfile } from './volunteersApi';

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
const blank: VolunteerProfile = { displayName: 'Rosa Brambilla', email: 'rosa@example.org', phone: null, birthYear: 0, neighbourhoodCode: '', travelKm: 2, skills: [], languages: ['it'], availability: [], requirements: [] };

function setup() {
  const onSaved = jest.fn();
  render(
    <I18nProvider locale="it">
      <ProfileForm initial={blank} neighbourhoods={[{ code: 'balsamo', name: 'Balsamo' }, { code: 'crocetta', name: 'Crocetta' }]} onSaved={onSaved} />
    </I18nProvider>,
  );
  return { onSaved };
}

const save = () =>
  act(async () => {
    fireEvent.click(screen.getByTestId('vp-save'));
  });

describe('ProfileForm (a volunteer on a phone)', () => {
  beforeEach(() => mockedGql.mockReset());

  it('names the missing year of birth on its field, moves focus there and sends nothing', async () => {
    setup();
    await save();
    expect(mockedGql).not.toHaveBeenCalled();
    const year = screen.getByTestId('vp-year');
    expect(year.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(year);
    expect(document.getElementById(year.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toBeTruthy();
  });

  it('sends what was chosen, the skill ticked by its label, and hands back the saved profile', async () => {
    const { onSaved } = setup();
    fireEvent.change(screen.getByTestId('vp-year'), { target: { value: '1956' } });
    fireEvent.change(screen.getByTestId('vp-neighbourhood'), { target: { value: 'balsamo' } });
    fireEvent.click(screen.getByLabelText('Fare compagnia'));
    fireEvent.click(screen.getByTestId('vp-slot-SATURDAY_MORNING'));
    const saved = { ...blank, birthYear: 1956, neighbourhoodCode: 'balsamo', skills: ['COMPANIONSHIP'], availability: ['SATURDAY_MORNING'] };
    mockedGql.mockResolvedValueOnce({ saveVolunteerProfile: saved });
    await save();
    expect(mockedGql).toHaveBeenCalledTimes(1);
    expect(mockedGql.mock.calls[0][1]).toEqual({ input: expect.objectContaining({ birthYear: 1956, neighbourhoodCode: 'balsamo', skills: ['COMPANIONSHIP'], availability: ['SATURDAY_MORNING'], phone: undefined, requirements: [] }) });
    expect(onSaved).toHaveBeenCalledWith(saved);
  });

  it('marks the field the server refused and shows its message', async () => {
    setup();
    fireEvent.change(screen.getByTestId('vp-year'), { target: { value: '1956' } });
    fireEvent.change(screen.getByTestId('vp-neighbourhood'), { target: { value: 'crocetta' } });
    mockedGql.mockRejectedValueOnce(new ApiError('neighbourhoodCode: non è un quartiere del Comune / not a neighbourhood of the municipality', 'BAD_USER_INPUT', 'input.neighbourhoodCode', []));
    await save();
    expect(screen.getByTestId('vp-neighbourhood').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('non è un quartiere');
  });
});
