import { isIP } from 'node:net';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** What Express's `trust proxy` is given: off, a number of hops, or the proxies' addresses and networks. */
export type TrustProxy = false | number | string[];

/** The names proxy-addr knows for the usual private ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function validEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Reads TRUST_PROXY: "false" (or empty, "off", "0"): the address a request comes from is the
 * client's; a number n: the client is the address n proxies back in X-Forwarded-For; a
 * comma-separated list of addresses, CIDRs or "loopback" / "linklocal" / "uniquelocal": requests
 * from those proxies are believed about the client. "true" (believe anyone's X-Forwarded-For,
 * which a client can write itself) is refused. Throws with the reason when the value is not one of these.
 */
export function parseTrustProxy(raw: string): TrustProxy {
  const value = raw.trim().toLowerCase();
  if (value === '' || value === 'false' || value === 'off' || value === '0') return false;
  if (value === 'true') throw new Error('"true" would believe any client\'s own X-Forwarded-For: give the number of proxies in front of the gateway, or their addresses');
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error('at most 10 proxy hops');
    return hops;
  }
  const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
  const bad = entries.filter((e) => !validEntry(e));
  if (entries.length === 0 || bad.length > 0) throw new Error(`not an address, CIDR or loopback/linklocal/uniquelocal: ${bad.join(', ') || raw}`);
  return entries;
}

/** class-validator rule for a TRUST_PROXY value, naming what is wrong with it. */
export function IsTrustProxy(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTrustProxy',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          try {
            parseTrustProxy(value);
            return true;
          } catch {
            return false;
          }
        },
        defaultMessage: (args) => {
          try {
            parseTrustProxy(String(args?.value));
            return 'TRUST_PROXY is not valid';
          } catch (err) {
            return `TRUST_PROXY: ${(err as Error).message} (e.g. "false", "1", "10.0.0.0/8,loopback")`;
          }
        },
      },
    },
    options,
  );
}
