/** ARCHITECTURE.md step 6: "unable to contact" needs at least three attempts at least two days apart. */
export const MIN_ATTEMPTS = 3;
export const MIN_GAP_MS = 2 * 24 * 3600 * 1000;

/**
 * True when, taking the attempts in time order, one can pick three that are each at least two
 * days after the previous one picked (greedy on the earliest is optimal for this).
 */
export function mayCloseUnableToContact(attemptTimes: Date[]): boolean {
  const sorted = attemptTimes.map((d) => d.getTime()).sort((a, b) => a - b);
  let picked = 0;
  let last = -Infinity;
  for (const t of sorted) {
    if (t - last >= MIN_GAP_MS) {
      picked++;
      last = t;
      if (picked >= MIN_ATTEMPTS) return true;
    }
  }
  return false;
}
