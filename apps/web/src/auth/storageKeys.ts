/**
 * What the app keeps in this tab's sessionStorage. A shop's device is shared: everything starts
 * with the prefix and is wiped when the session ends.
 */
export const SESSION_PREFIX = 'prossimo.';
/** The refresh token (the access token stays in memory). */
export const REFRESH_KEY = `${SESSION_PREFIX}refresh`;
/**
 * The refresh token of a session on a device the person marked as trusted («Ricorda questo
 * dispositivo»), in localStorage: it survives closing the browser. Only that token is kept there;
 * it is removed at sign-out and whenever the server ends the session.
 */
export const TRUSTED_REFRESH_KEY = `${SESSION_PREFIX}trusted-refresh`;
/** Reports whose submission is waiting for the network (pages/antenna/pending.ts). */
export const PENDING_KEY = `${SESSION_PREFIX}pending-reports`;

/** How many reports wait in this tab's queue (0 when none, or when the storage cannot be read). */
export function pendingReportCount(): number {
  try {
    const list: unknown = JSON.parse(window.sessionStorage.getItem(PENDING_KEY) ?? '[]');
    return Array.isArray(list) ? list.length : 0;
  } catch {
    return 0;
  }
}
