/**
 * The first words of a text, for a list: whitespace collapsed, at most `max` characters, cut at a
 * word boundary when one is near and marked with "…" when cut. Null stays null.
 */
export function excerpt(text: string | null, max: number): string | null {
  if (text === null) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // Cut at the last space unless that loses more than a third of the room (one very long word).
  const kept = space >= (max * 2) / 3 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.]+$/, '')}…`;
}
