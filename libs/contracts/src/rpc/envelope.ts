import { ErrorBody } from '../errors';

/**
 * What the gateway sends with every request-reply call: the caller's signed token (absent for
 * public operations), a correlation id for the logs, and the payload. Services verify the token
 * themselves before acting.
 */
export interface RpcRequest<P = unknown> {
  actorToken?: string;
  correlationId: string;
  payload: P;
}

/** Every reply: the data, or an error body. */
export type RpcReply<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** Request-reply patterns (`<service>.<verb>.v<N>`). On the wire they are prefixed: `<root>-rpc.<pattern>`. */
export const RPC = {
  antennas: {
    health: 'antennas.health.v1',
    listNeighbourhoods: 'antennas.neighbourhoods.list.v1',
    proximityPoints: 'antennas.proximity-points.v1',
  },
  reports: {
    health: 'reports.health.v1',
    submit: 'reports.submit.v1',
    mine: 'reports.mine.v1',
  },
  referrals: {
    health: 'referrals.health.v1',
    list: 'referrals.list.v1',
    transition: 'referrals.transition.v1',
  },
} as const;

export type ServiceName = keyof typeof RPC;
export const SERVICE_NAMES = Object.keys(RPC) as ServiceName[];

/** A page of results with an opaque cursor, shaped like a GraphQL connection. */
export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface HealthV1 {
  service: string;
  database: 'ok' | 'down';
  nats: 'ok' | 'down';
  /** Service-specific readiness facts (for reports: how many neighbourhoods and antennas it knows). */
  details?: Record<string, number | string | boolean>;
}
