import { Inject, Injectable } from '@nestjs/common';
import { isIP } from 'node:net';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';
import { Hit } from './rate-limiter.service';

/**
 * The key one client address is counted under: an IPv4 address as it is (also when written as
 * IPv4-mapped IPv6), an IPv6 address by its /64 (one household or phone gets a whole /64, and
 * could otherwise take a fresh address for every request).
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (isIP(address) !== 6) return address;
  const [head, tail = ''] = address.toLowerCase().split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * Requests per minute per client address, in this instance's memory (rate-limiter-flexible): no
 * database write and no lock shared by all the requests of an address. With several gateway
 * instances behind a balancer an address may get up to that many times the budget; the
 * per-account budget and the login lock-out are the ones shared across instances.
 */
@Injectable()
export class AddressLimiter {
  private readonly limiter: RateLimiterMemory;

  constructor(@Inject(GATEWAY_SETTINGS) settings: GatewaySettings) {
    this.limiter = new RateLimiterMemory({ keyPrefix: 'address', points: settings.RATE_LIMIT_PER_ADDRESS, duration: 60 });
  }

  async hit(address: string): Promise<Hit> {
    try {
      const res = await this.limiter.consume(addressKey(address));
      return { allowed: true, count: res.consumedPoints, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      return { allowed: false, count: refused.consumedPoints, retryAfterSeconds: Math.max(1, Math.ceil(refused.msBeforeNext / 1000)) };
    }
  }
}
