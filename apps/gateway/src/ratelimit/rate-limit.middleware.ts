import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { Authenticator } from '../auth/authenticator';
import { AuthedRequest } from '../graphql/access';
import { AccountBudget } from './account-budget.service';
import { AddressLimiter } from './address-limiter.service';
import { Hit } from './rate-limiter.service';

/**
 * Per-address and per-account request limits on /graphql, /hsds/, /health and the CSV downloads,
 * checked before any other work. The address is the client's as Express sees it (`req.ip`: the
 * connecting address, or the one TRUST_PROXY's proxies report). Over a limit: HTTP 429 with
 * Retry-After, and extensions.code RATE_LIMITED (GraphQL) or code RATE_LIMITED (REST).
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  private readonly logger = new Logger('RateLimit');

  constructor(
    private readonly byAddress: AddressLimiter,
    private readonly byAccount: AccountBudget,
    private readonly authenticator: Authenticator,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    let over: { hit: Hit; limit: 'address' | 'account' } | null = null;
    try {
      over = await this.check(req);
    } catch (err) {
      // A fault in the limiter must not take the API down: the request goes on (the services still check every actor).
      this.logger.warn({ err: (err as Error).message }, 'request limits not checked');
    }
    if (!over) {
      next();
      return;
    }
    this.logger.debug({ limit: over.limit }, 'request over its limit');
    const seconds = over.hit.retryAfterSeconds;
    const message = `troppe richieste, riprova tra ${seconds} secondi / too many requests, retry in ${seconds} seconds`;
    res.status(429).setHeader('Retry-After', String(seconds));
    if (req.baseUrl.startsWith('/graphql') || req.originalUrl.startsWith('/graphql')) {
      res.json({ errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } }] });
    } else {
      res.json({ code: 'RATE_LIMITED', message, retryAfterSeconds: seconds });
    }
  }

  /** The first limit the request is over, or null. Identifies a bearer on the way (for the access guard). */
  private async check(req: Request): Promise<{ hit: Hit; limit: 'address' | 'account' } | null> {
    const fromAddress = await this.byAddress.hit(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (!fromAddress.allowed) return { hit: fromAddress, limit: 'address' };
    const auth = req.headers.authorization;
    if (typeof auth !== 'string' || !/^Bearer\s/i.test(auth)) return null;
    const who = await this.authenticator.authenticate(auth.slice(7).trim()).catch(() => null);
    if (!who?.actor) return null;
    // The access guard uses this instead of verifying the token again.
    (req as AuthedRequest).prossimo = { actor: who.actor, sessionId: who.sessionId };
    const fromAccount = await this.byAccount.hit(who.actor.accountId);
    return fromAccount.allowed ? null : { hit: fromAccount, limit: 'account' };
  }
}

/** A stable, non-reversible key for an email (no addresses stored in the counters). */
export function emailKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}
