/**
 * Whether an error means an engine could not be reached or went away (PostgreSQL down, restarting
 * or out of connections; a connection cut mid-query), as opposed to a bug: such a failure is
 * UNAVAILABLE ("retry"), never INTERNAL.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
/** PostgreSQL SQLSTATEs: connection exceptions (08…), server shutting down or starting (57P0x), too many connections (53300). */
const PG_UNAVAILABLE = /^(08\d{3}|57P0[1-4]|53300)$/;
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|the database system is (starting up|shutting down)|terminating connection/i;

export function isEngineUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const o = e as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof o.code === 'string' && (NETWORK_CODES.has(o.code) || PG_UNAVAILABLE.test(o.code))) return true;
    if (typeof o.message === 'string' && MESSAGES.test(o.message)) return true;
    e = o.driverError ?? o.cause;
  }
  return false;
}
