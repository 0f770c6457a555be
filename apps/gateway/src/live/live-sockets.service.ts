import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CLOCK, Clock } from '@prossimo/platform';
import type { Authenticated } from '../auth/authenticator';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';
import { SessionsRepository } from '../identity/sessions.repository';
import { SessionSignals } from '../identity/session-signals';

/** The part of a ws WebSocket this needs. */
export interface LiveSocket {
  close(code?: number, reason?: string): void;
}

/** Close codes a client sees: 4401 "sign in again" (graphql-ws's Unauthorized), 4429 too many sockets. */
export const SOCKET_CLOSE = { sessionEnded: 4401, tooMany: 4429 } as const;

interface Entry {
  accountId: string;
  sessionId?: string;
  expiry: NodeJS.Timeout | null;
  /** Start times of this minute's subscriptions. */
  recent: number[];
}

/**
 * The live sockets of this gateway instance. Each ends when its session does: at once on logout
 * or password change made through this instance, within WS_SESSION_CHECK_SECONDS when made through
 * another (or when the session expires or its account is removed), and when the token it opened
 * with expires (the web app reconnects with a renewed one). Limits: sockets per account, active
 * subscriptions per socket, new subscriptions per socket per minute.
 */
@Injectable()
export class LiveSockets implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LiveSockets');
  private readonly sockets = new Map<LiveSocket, Entry>();
  private sweeper: NodeJS.Timeout | null = null;
  private sweeping = false;

  constructor(
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
    private readonly sessions: SessionsRepository,
    private readonly signals: SessionSignals,
    @Inject(CLOCK) private readonly now: Clock,
  ) {
    signals.on('session-ended', (sessionId: string) => this.endWhere((e) => e.sessionId === sessionId));
    signals.on('account-sessions-ended', (accountId: string, except?: string) => this.endWhere((e) => e.accountId === accountId && e.sessionId !== except));
  }

  onApplicationBootstrap(): void {
    this.sweeper = setInterval(() => void this.sweep(), this.settings.WS_SESSION_CHECK_SECONDS * 1000);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    for (const entry of this.sockets.values()) if (entry.expiry) clearTimeout(entry.expiry);
  }

  /** A socket whose token was verified: admitted unless its account already has too many. */
  admit(socket: LiveSocket, who: Authenticated): boolean {
    const open = [...this.sockets.values()].filter((e) => e.accountId === who.actor.accountId).length;
    if (open >= this.settings.WS_MAX_SOCKETS_PER_ACCOUNT) {
      this.logger.warn({ accountId: who.actor.accountId, open }, 'live socket refused: too many for this account');
      return false;
    }
    const ms = who.expiresAt - this.now().getTime();
    if (ms <= 0) return false;
    const entry: Entry = { accountId: who.actor.accountId, sessionId: who.sessionId, expiry: null, recent: [] };
    // setTimeout keeps at most ~24.8 days; tokens live minutes.
    entry.expiry = setTimeout(() => this.end(socket, 'token scaduto: riconnettersi / token expired: reconnect'), Math.min(ms, 2 ** 31 - 1));
    entry.expiry.unref();
    this.sockets.set(socket, entry);
    return true;
  }

  release(socket: LiveSocket): void {
    const entry = this.sockets.get(socket);
    if (entry?.expiry) clearTimeout(entry.expiry);
    this.sockets.delete(socket);
  }

  /** Why a new subscription on this socket is refused, or null. `active` counts it already. */
  checkSubscribe(socket: LiveSocket, active: number): { message: string; retryAfterSeconds?: number } | null {
    const entry = this.sockets.get(socket);
    if (!entry) return { message: 'connessione non più valida / connection no longer valid' };
    if (active > this.settings.WS_MAX_SUBSCRIPTIONS_PER_SOCKET) {
      return { message: `troppe sottoscrizioni su questa connessione (al massimo ${this.settings.WS_MAX_SUBSCRIPTIONS_PER_SOCKET}) / too many subscriptions on this connection (at most ${this.settings.WS_MAX_SUBSCRIPTIONS_PER_SOCKET})` };
    }
    const t = this.now().getTime();
    entry.recent = entry.recent.filter((s) => t - s < 60_000);
    if (entry.recent.length >= this.settings.WS_SUBSCRIBE_PER_MINUTE) {
      const retryAfterSeconds = Math.max(1, Math.ceil((entry.recent[0] + 60_000 - t) / 1000));
      return { message: `troppe sottoscrizioni, riprova tra ${retryAfterSeconds} secondi / too many subscriptions, retry in ${retryAfterSeconds} seconds`, retryAfterSeconds };
    }
    entry.recent.push(t);
    return null;
  }

  /** How many sockets this instance holds (for tests and health). */
  get size(): number {
    return this.sockets.size;
  }

  private end(socket: LiveSocket, reason: string): void {
    this.release(socket);
    try {
      socket.close(SOCKET_CLOSE.sessionEnded, reason);
    } catch {
      // already closing
    }
  }

  private endWhere(match: (e: Entry) => boolean): void {
    for (const [socket, entry] of [...this.sockets.entries()]) if (match(entry)) this.end(socket, 'sessione terminata: accedi di nuovo / session ended: sign in again');
  }

  /** Ends the sockets whose session was revoked or expired, or whose account is gone (another instance's logout included). */
  async sweep(): Promise<void> {
    if (this.sweeping || this.sockets.size === 0) return;
    this.sweeping = true;
    try {
      const ids = [...new Set([...this.sockets.values()].map((e) => e.sessionId).filter((s): s is string => !!s))];
      if (ids.length === 0) return;
      const alive = new Set(await this.sessions.activeOf(ids, this.now()));
      this.endWhere((e) => !!e.sessionId && !alive.has(e.sessionId));
    } catch (err) {
      this.logger.warn(`session check failed, retrying at the next round: ${(err as Error).message}`);
    } finally {
      this.sweeping = false;
    }
  }
}

/**
 * Bounds the size of one message on the live socket (the ws server Nest creates accepts 100 MiB by
 * default, before anyone is authenticated). Reaches into @nestjs/graphql's subscription service:
 * if a new version moves it, this fails at start-up rather than silently leaving the limit off.
 */
export function limitLiveMessageSize(graphqlModule: unknown, bytes: number): void {
  const adapter = (graphqlModule as { graphQlAdapter?: { _subscriptionService?: { wss?: { options: { maxPayload?: number } } } } }).graphQlAdapter;
  const wss = adapter?._subscriptionService?.wss;
  if (!wss) throw new Error('the graphql-ws server was not found: cannot bound the size of its messages');
  wss.options.maxPayload = bytes;
}
