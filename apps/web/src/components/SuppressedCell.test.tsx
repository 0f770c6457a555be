import { render } from '@testing-library/react';
import { I18nProvider } from '../i18n/i18n';
import { SuppressedCell, SuppressedCellProps } from './SuppressedCell';

function renderCell(props: SuppressedCellProps, locale: 'it' | 'en' = 'it') {
  return render(
    <I18nProvider locale={locale}>
      <table>
        <tbody>
          <tr>
            <td data-testid="cell">
              <SuppressedCell {...props} />
            </td>
          </tr>
        </tbody>
      </table>
    </I18nProvider>,
  );
}

describe('SuppressedCell', () => {
  it('shows "< 10" for a hidden cell, with an explanation, and never the hidden number', () => {
    const { getByTestId, getByText } = renderCell({ value: 7, suppressed: true });
    const cell = getByTestId('cell');
    expect(getByText('< 10')).toBeTruthy();
    const wrapper = cell.querySelector('.suppressed')!;
    expect(wrapper).not.toBeNull();
    expect(wrapper.getAttribute('title')).toMatch(/Meno di 10 casi/);
    expect(cell.querySelector('.visually-hidden')?.textContent).toMatch(/proteggere le persone/);
    // neither in the text nor in any attribute
    expect(cell.innerHTML).not.toContain('7');
  });

  it('treats null as hidden (the API tables), with k from the API', () => {
    const { getByTestId } = renderCell({ value: null, k: 5 });
    const cell = getByTestId('cell');
    expect(cell.querySelector('[aria-hidden="true"]')?.textContent).toBe('< 5');
    expect(cell.querySelector('.suppressed')?.getAttribute('title')).toMatch(/Meno di 5 casi/);
  });

  it('never leaks a forced-hidden value even when it looks like k', () => {
    const { getByTestId } = renderCell({ value: 1234, suppressed: true, k: 10 });
    expect(getByTestId('cell').innerHTML).not.toMatch(/1234|1\.234|2|3|4/);
  });

  it('shows zero and normal numbers formatted in Italian', () => {
    expect(renderCell({ value: 0 }).getByTestId('cell').textContent).toBe('0');
  });

  it('uses the Italian thousands separator', () => {
    const { getByTestId } = renderCell({ value: 12345 });
    expect(getByTestId('cell').textContent).toBe('12.345');
    expect(getByTestId('cell').querySelector('.suppressed')).toBeNull();
  });

  it('formats decimals and custom formats', () => {
    const first = renderCell({ value: 0.25, digits: 2 });
    expect(first.getByTestId('cell').textContent).toBe('0,25');
    first.unmount();
    expect(renderCell({ value: 90, format: (n) => `${n / 60} h` }).getByTestId('cell').textContent).toBe('1.5 h');
  });

  it('shows a dash for undefined, and for null when null means no data', () => {
    for (const props of [{ value: undefined }, { value: null, nullMeans: 'missing' as const }, { value: Number.NaN }]) {
      const { getByTestId, unmount } = renderCell(props);
      const cell = getByTestId('cell');
      expect(cell.querySelector('.suppressed')).toBeNull();
      expect(cell.querySelector('[aria-hidden="true"]')?.textContent).toBe('—');
      expect(cell.textContent).toMatch(/Dato non disponibile/);
      unmount();
    }
  });

  it('says "nascosto per riservatezza" of a count hidden to protect another, never "< 10"', () => {
    const { getByTestId } = renderCell({ value: null, k: 10, reason: 'COMPLEMENTARY' });
    const cell = getByTestId('cell');
    expect(cell.querySelector('[aria-hidden="true"]')?.textContent).toBe('nascosto per riservatezza');
    expect(cell.textContent).not.toContain('< 10');
    expect(cell.querySelector('.suppressed')?.getAttribute('title')).toMatch(/può essere anche 10 o più/);
    expect(renderCell({ value: null, k: 10, reason: 'SMALL' }).getAllByTestId('cell')[1].querySelector('[aria-hidden="true"]')?.textContent).toBe('< 10');
  });

  it('speaks English when asked', () => {
    const { getByTestId } = renderCell({ value: null }, 'en');
    expect(getByTestId('cell').textContent).toMatch(/< 10/);
    expect(getByTestId('cell').textContent).toMatch(/protect people/);
  });
});
