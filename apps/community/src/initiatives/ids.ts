import { createHash } from 'node:crypto';

/**
 * A stable id made from another id and a label (a name-based UUID, version 5 layout): a retry of a
 * client-made command makes the same rows (an initiative's place, a series' sessions).
 */
export function derivedId(from: string, label: string): string {
  const h = createHash('sha1').update(`${from.toLowerCase()}:${label}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
