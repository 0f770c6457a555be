import { EventType } from './events/event-map';
import { deadLetterSubject, rpcSubject, streamNames } from './subjects';

/**
 * Who may do what on the NATS bus (ARCHITECTURE.md, "The bus is not trusted"). Every process
 * connects with its own credentials; the server enforces these subject permissions:
 *
 * - a service publishes only its own events (by aggregate) and its own dead letters, answers only
 *   its own request subjects (replies go only to the inbox of the request it received), and pulls
 *   and acks only from its own durable consumer;
 * - only the gateway sends requests; it reads events through ephemeral consumers of its own;
 * - reply inboxes are private: each user subscribes only under `_INBOX_<user>`;
 * - `admin` (the launcher's setup and the dead-letter tool) manages streams and consumers;
 * - nobody may delete or purge a stream.
 *
 * The server configuration is generated from this (libs/messaging nats-config.ts), so the code
 * and the shipped configuration cannot drift.
 */

/** The services that connect to the bus (each with its own user). */
export const BUS_SERVICES = ['gateway', 'antennas', 'reports', 'referrals', 'insights', 'community'] as const;
export type BusService = (typeof BUS_SERVICES)[number];
/** Every bus user: the services and the operators' `admin` (setup, dead letters). */
export type BusUser = BusService | 'admin';
export const BUS_USERS: readonly BusUser[] = [...BUS_SERVICES, 'admin'];

/** The aggregate of an event type: its first token (`report` of `report.submitted.v1`). */
export type Aggregate = EventType extends `${infer A}.${string}` ? A : never;

/** The one service that publishes each aggregate's events. A new aggregate without an owner does not compile. */
export const EVENT_PUBLISHERS: Record<Aggregate, Exclude<BusService, 'gateway'>> = {
  neighbourhood: 'antennas',
  antenna: 'antennas',
  report: 'reports',
  referral: 'referrals',
  alert: 'referrals',
  initiative: 'community',
  volunteer: 'community',
  outcome: 'reports',
  pathway: 'reports',
};

/** The services with a durable consumer on the events stream (named after the service). */
export const DURABLE_CONSUMERS: readonly Exclude<BusService, 'gateway'>[] = ['antennas', 'reports', 'referrals', 'insights', 'community'];

/** The private reply-inbox prefix of a bus user. */
export function inboxPrefix(user: BusUser): string {
  return `_INBOX_${user}`;
}

/**
 * What a bus password looks like: the NATS server reads passwords from its environment and parses
 * them as configuration values, so a password must read as a plain word (a letter first, then
 * letters, digits, `_` or `-`; at least 16). Make one with: echo "p$(openssl rand -hex 24)".
 */
export const BUS_PASSWORD_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{15,127}$/;
export const BUS_PASSWORD_RULE = 'a letter, then letters, digits, _ or -, 16 to 128 in all (e.g. echo "p$(openssl rand -hex 24)"): the NATS server parses it from its environment';

/** The environment variable holding a bus user's password (the server configuration reads the same). */
export function busPasswordVariable(user: BusUser): string {
  return `NATS_${user.toUpperCase()}_PASSWORD`;
}

export interface SubjectPermissions {
  publish: { allow: string[]; deny?: string[] };
  subscribe: { allow: string[]; deny?: string[] };
  /** May publish to the reply subject of a request it received (answers only). */
  allowResponses?: boolean;
}

const NO_DESTRUCTION = ['$JS.API.STREAM.DELETE.>', '$JS.API.STREAM.PURGE.>'];

/** The subject permissions of every bus user for a subject root. */
export function busPermissions(root: string): Record<BusUser, SubjectPermissions> {
  const { events, deadLetters } = streamNames(root);
  const service = (s: Exclude<BusService, 'gateway'>): SubjectPermissions => ({
    publish: {
      allow: [
        ...(Object.entries(EVENT_PUBLISHERS) as [Aggregate, string][]).filter(([, owner]) => owner === s).map(([aggregate]) => `${root}.*.${aggregate}.>`),
        deadLetterSubject(root, s),
        '$JS.API.INFO',
        `$JS.API.STREAM.INFO.${events}`,
        `$JS.API.STREAM.INFO.${deadLetters}`,
        `$JS.API.CONSUMER.INFO.${events}.${s}`,
        `$JS.API.CONSUMER.MSG.NEXT.${events}.${s}`,
        `$JS.ACK.${events}.${s}.>`,
      ],
      deny: NO_DESTRUCTION,
    },
    subscribe: { allow: [rpcSubject(root, `${s}.>`), `${inboxPrefix(s)}.>`] },
    allowResponses: true,
  });
  return {
    gateway: {
      publish: {
        allow: [
          rpcSubject(root, '>'),
          '$JS.API.INFO',
          `$JS.API.STREAM.INFO.${events}`,
          // Its ephemeral, ordered consumers for live subscriptions (never the services' durables).
          `$JS.API.CONSUMER.CREATE.${events}`,
          `$JS.API.CONSUMER.CREATE.${events}.>`,
          `$JS.API.CONSUMER.INFO.${events}.*`,
          `$JS.API.CONSUMER.MSG.NEXT.${events}.*`,
        ],
        deny: [...NO_DESTRUCTION, ...DURABLE_CONSUMERS.flatMap((d) => [`$JS.API.CONSUMER.CREATE.${events}.${d}`, `$JS.API.CONSUMER.CREATE.${events}.${d}.>`, `$JS.API.CONSUMER.MSG.NEXT.${events}.${d}`])],
      },
      subscribe: { allow: [`${inboxPrefix('gateway')}.>`] },
    },
    antennas: service('antennas'),
    reports: service('reports'),
    referrals: service('referrals'),
    insights: service('insights'),
    community: service('community'),
    admin: {
      // Streams, consumers and the dead-letter tool (which puts a dead letter back on its subject).
      publish: { allow: ['$JS.API.>', `${root}.>`], deny: NO_DESTRUCTION },
      subscribe: { allow: [`${inboxPrefix('admin')}.>`] },
    },
  };
}
