import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { Authenticator } from '../auth/authenticator';
import { AuthedRequest } from '../graphql/access';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';
import { RateLimiter } from './rate-limiter.service';

/**
 * Per-address and per-account request limits on /graphql, checked before GraphQL does any work.
 * Over the limit: HTTP 429 with Retry-After and a GraphQL-shaped error (extensions.code RATE_LIMITED).
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly authenticator: Authenticator,
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      const window = { windowSeconds: 60 };
      const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
      const byAddress = await this.limiter.hit(`ip:${address}`, { ...window, max: this.settings.RATE_LIMIT_PER_ADDRESS });
      let over = byAddress.allowed ? null : byAddress;
      const auth = req.headers.authorization;
      if (!over && typeof auth === 'string' && auth.startsWith('Bearer ')) {
        const who = await this.authenticator.authenticate(auth.slice(7).trim()).catch(() => null);
        const actor = who?.actor;
        if (who && actor) {
          // The access guard uses this instead of verifying the token again.
          (req as AuthedRequest).prossimo = { actor, sessionId: who.sessionId };
          const byAccount = await this.limiter.hit(`account:${actor.accountId}`, { ...window, max: this.settings.RATE_LIMIT_PER_ACCOUNT });
          if (!byAccount.allowed) over = byAccount;
        }
      }
      if (over) {
        res.status(429).setHeader('Retry-After', String(over.retryAfterSeconds));
        res.json({
          errors: [
            {
              message: `troppe richieste, riprova tra ${over.retryAfterSeconds} secondi / too many requests, retry in ${over.retryAfterSeconds} seconds`,
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: over.retryAfterSeconds },
            },
          ],
        });
        return;
      }
    } catch {
      // The limiter's database is unavailable: fail open for reads of the public API rather than
      // locking everyone out; the services still check every actor.
    }
    next();
  }
}

/** A stable, non-reversible key for an email (no addresses stored in the counters). */
export function emailKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}
