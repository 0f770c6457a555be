import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n';
import { normaliseReference, ReferenceSearch } from './ReferenceSearch';

describe('ReferenceSearch', () => {
  it.each([
    ['cb 7k4q', 'CB-7K4Q'],
    ['CB-7K4Q', 'CB-7K4Q'],
    ['Cb7k4Q ', 'CB-7K4Q'],
    ['CB-7K4O', null],
    ['7K4Q', null],
  ])('reads %j as %j, as the API does', (typed, code) => {
    expect(normaliseReference(typed)).toBe(code);
  });

  it('finds by the code as the caller says it, and refuses what cannot be a code, next to the field', () => {
    const onSearch = jest.fn();
    render(
      <I18nProvider locale="it">
        <ReferenceSearch value={null} onSearch={onSearch} />
      </I18nProvider>,
    );
    const input = screen.getByLabelText('Cerca per codice della segnalazione');
    fireEvent.change(input, { target: { value: 'ciao' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cerca' }));
    expect(onSearch).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('per esempio CB-7K4Q');
    fireEvent.change(input, { target: { value: 'cb 7k4q' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cerca' }));
    expect(onSearch).toHaveBeenCalledWith('CB-7K4Q');
    expect((input as HTMLInputElement).value).toBe('CB-7K4Q');
  });
});
