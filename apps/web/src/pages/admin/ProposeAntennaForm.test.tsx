import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n';
import { gql } from '../../api/client';
import { ProposeAntennaForm, validateProposal } from './ProposeAntennaForm';

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

/** Renders the form and lets its neighbourhoods query answer. */
async function setup() {
  const onProposed = jest.fn();
  render(
    <I18nProvider locale="it">
      <ProposeAntennaForm onProposed={onProposed} onCancel={() => undefined} />
    </I18nProvider>,
  );
  await act(async () => undefined);
  return { onProposed };
}

/** The proposals sent (the form also reads the neighbourhoods, for the municipality's area). */
const proposeCalls = () => mockedGql.mock.calls.filter(([query]) => String(query).includes('proposeAntenna'));
/** A neighbourhood covering Cinisello Balsamo, roughly. */
const CINISELLO = JSON.stringify({ type: 'Polygon', coordinates: [[[9.18, 45.53], [9.26, 45.53], [9.26, 45.58], [9.18, 45.58], [9.18, 45.53]]] });

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByTestId('propose-submit'));
  });
}

function fillValid() {
  type('propose-name', 'Panetteria Rossi');
  type('propose-kind', 'SHOP');
  type('propose-address', 'Via Frova 12');
  type('propose-lat', '45,5580');
  type('propose-lng', '9.2150');
}

describe('ProposeAntennaForm', () => {
  beforeEach(() => {
    mockedGql.mockReset();
    mockedGql.mockImplementation(async (query: string) => {
      if (query.includes('neighbourhoods')) return { neighbourhoods: [{ boundary: CINISELLO }] };
      throw new Error(`unexpected ${query}`);
    });
  });

  it('names every missing field and sends nothing', async () => {
    await setup();
    await submit();
    expect(proposeCalls()).toHaveLength(0);
    expect(screen.getByText('Scrivi un nome di almeno 2 caratteri.')).toBeTruthy();
    expect(screen.getByText('Scegli il tipo.')).toBeTruthy();
    expect(screen.getByText("Scrivi l'indirizzo (almeno 3 caratteri).")).toBeTruthy();
    expect(screen.getAllByText('Scrivi un numero, ad esempio 45,5580.')).toHaveLength(2);
    const name = screen.getByLabelText("Nome dell'antenna");
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain('propose-name-error');
    // focus goes to the first field at fault
    expect(document.activeElement).toBe(name);
  });

  it('refuses a position outside the municipality', async () => {
    await setup();
    fillValid();
    type('propose-lat', '41.9');
    await submit();
    expect(proposeCalls()).toHaveLength(0);
    expect(screen.getByText(/fuori dal Comune: la latitudine/)).toBeTruthy();
  });

  it('asks a citizen volunteer for a public meeting place', async () => {
    await setup();
    fillValid();
    type('propose-kind', 'CITIZEN_VOLUNTEER');
    await submit();
    expect(proposeCalls()).toHaveLength(0);
    expect(screen.getByText('Rispondi: il volontario ha un luogo pubblico di incontro?')).toBeTruthy();
    fireEvent.click(screen.getByLabelText("Sì, l'indirizzo è un luogo pubblico"));
    mockedGql.mockResolvedValueOnce({ proposeAntenna: { id: 'x', name: 'Panetteria Rossi', status: 'PROPOSED', neighbourhoodCode: 'cinisello' } });
    await submit();
    expect(proposeCalls()).toHaveLength(1);
    const input = (proposeCalls()[0][1] as { input: Record<string, unknown> }).input;
    expect(input.publicMeetingPlace).toBe(true);
  });

  it('sends a valid proposal with a client-made id and comma decimals read as numbers', async () => {
    const { onProposed } = await setup();
    fillValid();
    fireEvent.click(screen.getByLabelText('Solitudine'));
    mockedGql.mockResolvedValueOnce({ proposeAntenna: { id: 'x', name: 'Panetteria Rossi', status: 'PROPOSED', neighbourhoodCode: 'cinisello' } });
    await submit();
    expect(proposeCalls()).toHaveLength(1);
    const [query, variables] = proposeCalls()[0];
    expect(query).toContain('proposeAntenna');
    const input = (variables as { input: Record<string, unknown> }).input;
    expect(input).toMatchObject({ name: 'Panetteria Rossi', kind: 'SHOP', address: 'Via Frova 12', position: { lat: 45.558, lng: 9.215 }, needs: ['LONELINESS'] });
    expect(input.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(input.publicMeetingPlace).toBeUndefined();
    expect(onProposed).toHaveBeenCalledWith('Panetteria Rossi');
  });

  it('shows the field the API blamed', async () => {
    const { ApiError } = jest.requireMock<{ ApiError: new (m: string, c?: string, f?: string) => Error }>('../../api/client');
    await setup();
    fillValid();
    mockedGql.mockRejectedValueOnce(new ApiError('indirizzo non valido / invalid address', 'BAD_USER_INPUT', 'input.address'));
    await submit();
    expect(screen.getByRole('alert').textContent).toContain('indirizzo non valido');
    expect(screen.getByLabelText('Indirizzo').getAttribute('aria-invalid')).toBe('true');
  });
});

describe("the municipality's area", () => {
  // Two neighbourhoods of a town far from Cinisello (Bari's coordinates).
  const square = (lng: number, lat: number) => JSON.stringify({ type: 'Polygon', coordinates: [[[lng, lat], [lng + 0.02, lat], [lng + 0.02, lat + 0.02], [lng, lat + 0.02], [lng, lat]]] });

  beforeEach(() => {
    mockedGql.mockReset();
    mockedGql.mockImplementation(async (query: string) => {
      if (query.includes('neighbourhoods')) return { neighbourhoods: [{ boundary: square(16.85, 41.1) }, { boundary: square(16.87, 41.12) }, { boundary: null }] };
      return { proposeAntenna: { id: 'x', name: 'Forno' } };
    });
  });

  it("comes from the signed-in administrator's neighbourhoods, so any city can propose its antennas", async () => {
    const { onProposed } = await setup();
    type('propose-name', 'Forno Barese');
    type('propose-kind', 'SHOP');
    type('propose-address', 'Via Sparano 1');
    type('propose-lat', '41,125');
    type('propose-lng', '16.88');
    await submit();
    expect(proposeCalls()).toHaveLength(1);
    expect(onProposed).toHaveBeenCalledWith('Forno');
  });

  it("refuses a position outside that city's rectangle, naming its bounds", async () => {
    await setup();
    type('propose-name', 'Bar');
    type('propose-kind', 'SHOP');
    type('propose-address', 'Via Roma 1');
    type('propose-lat', '45.55');
    type('propose-lng', '9.22');
    await submit();
    expect(proposeCalls()).toHaveLength(0);
    expect(screen.getByText(/la latitudine deve essere tra 41[.,]095 e 41[.,]145/)).toBeTruthy();
  });
});

describe('validateProposal', () => {
  const valid = { name: 'Bar', kind: 'SHOP', address: 'Via Roma 1', lat: '45.55', lng: '9.22', needs: [], openingHours: '', publicContact: '', meetingPlace: '' };

  const cinisello = { minLat: 45.52, maxLat: 45.59, minLng: 9.17, maxLng: 9.27 };

  it('accepts a proposal inside the municipality', () => {
    expect(validateProposal(valid, cinisello)).toEqual({});
  });

  it('checks only that a position is on Earth while the boundaries are unknown', () => {
    expect(validateProposal({ ...valid, lat: '41.1', lng: '16.8' })).toEqual({});
    expect(validateProposal({ ...valid, lat: '91', lng: '181' })).toMatchObject({ lat: { key: 'admin.validation.outsideLat' }, lng: { key: 'admin.validation.outsideLng' } });
  });

  it('rejects nonsense coordinates and too long texts', () => {
    const errors = validateProposal({ ...valid, lat: '45.5.5', lng: '12', openingHours: 'x'.repeat(301) }, cinisello);
    expect(errors.lat?.key).toBe('admin.validation.number');
    expect(errors.lng?.key).toBe('admin.validation.outsideLng');
    expect(errors.openingHours?.key).toBe('admin.validation.tooLong');
  });
});
