import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('keeps a short text whole, with its spaces collapsed', () => {
    expect(excerpt('  la signora\n del civico 12  ', 60)).toBe('la signora del civico 12');
    expect(excerpt(null, 60)).toBeNull();
  });

  it('cuts a long text at a word boundary, within the limit, and marks the cut', () => {
    const text = 'La signora del civico 12 non esce da tre giorni, le tapparelle sono abbassate e il cane abbaia';
    const out = excerpt(text, 60)!;
    expect(out.length).toBeLessThanOrEqual(60);
    expect(out).toBe('La signora del civico 12 non esce da tre giorni, le…');
  });

  it('cuts inside a word only when there is no space near the end', () => {
    expect(excerpt('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
