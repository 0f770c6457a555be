import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider } from '../../i18n/i18n';
import { ManageInitiativesPage } from './ManageInitiativesPage';

const gql = jest.fn();

jest.mock('../../api/client', () => ({
  ...jest.requireActual('../../api/client'),
  gql: (...args: unknown[]) => gql(...args),
}));

const initiative = (n: number) => ({
  id: `i-${n}`,
  municipality: '015077',
  kind: 'CULTURE',
  status: 'PUBLISHED',
  titleIt: `Iniziativa ${n}`,
  titleEn: null,
  descriptionIt: 'Letture ad alta voce',
  descriptionEn: null,
  organiser: null,
  neighbourhoodCode: 'crocetta',
  place: { id: `p-${n}`, name: 'Biblioteca', address: 'Via Monte Ortigara 1', lat: 45.55, lng: 9.21, stepFree: true },
  ageMin: null,
  ageMax: null,
  free: true,
  costText: null,
  accessibilitySupport: null,
  goodForLivingAlone: true,
  publicContact: null,
  updatedAt: '2026-12-01T10:00:00Z',
  sessions: [],
});

// 45 initiatives, served 20 at a time with the last one's id as the cursor.
const all = Array.from({ length: 45 }, (_, i) => initiative(i + 1));
const asked: (string | null)[] = [];

beforeEach(() => {
  asked.length = 0;
  gql.mockReset();
  gql.mockImplementation(async (query: unknown, variables: { after?: string | null }) => {
    const text = String(query);
    if (text.includes('neighbourhoods')) return { neighbourhoods: [{ code: 'crocetta', name: 'Crocetta' }] };
    if (text.includes('myInitiatives')) {
      asked.push(variables.after ?? null);
      const from = variables.after ? all.findIndex((i) => i.id === variables.after) + 1 : 0;
      const nodes = all.slice(from, from + 20);
      return { myInitiatives: { nodes, pageInfo: { hasNextPage: from + 20 < all.length, endCursor: nodes.at(-1)?.id ?? null } } };
    }
    throw new Error(`unexpected ${text}`);
  });
});

describe('ManageInitiativesPage', () => {
  it('shows 20 initiatives, then every page with «Mostra altre iniziative», and the button goes when all are shown', async () => {
    render(
      <MemoryRouter>
        <I18nProvider locale="it">
          <ManageInitiativesPage />
        </I18nProvider>
      </MemoryRouter>,
    );
    await screen.findByTestId('manage-initiative-i-20');
    expect(screen.queryByTestId('manage-initiative-i-21')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Mostra altre iniziative' }));
    await screen.findByTestId('manage-initiative-i-40');
    expect(screen.getByTestId('manage-initiative-i-1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mostra altre iniziative' }));
    await screen.findByTestId('manage-initiative-i-45');
    await waitFor(() => expect(screen.queryByTestId('manage-more')).toBeNull());
    expect(screen.getAllByRole('article')).toHaveLength(45);
    // Each load follows the cursors from the start, so a change elsewhere never leaves a gap.
    expect(asked).toEqual([null, null, 'i-20', null, 'i-20', 'i-40']);
  });
});
