import { connect } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { BUS_USERS, BusUser, DURABLE_CONSUMERS, EVENT_PUBLISHERS, deadLetterSubject, rpcSubject, streamNames } from '@prossimo/contracts';
import { OwnNatsServer, SHIPPED_NATS_CONFIG, busPasswords, waitFor } from '@prossimo/testing';
import { ensureDurableConsumer, ensureStreams } from '../src/streams';
import { natsOptions } from '../src/nats-connection';

/**
 * The bus is not trusted (ARCHITECTURE.md): a private nats-server started with the configuration
 * shipped in deploy/nats proves who may do what. Root "prossimo", as shipped.
 */
describe('the locked-down bus (shipped nats-server configuration)', () => {
  const root = 'prossimo';
  const { events, deadLetters } = streamNames(root);
  let server: OwnNatsServer;
  const open: NatsConnection[] = [];
  const refusals = new Map<NatsConnection, string[]>();

  async function as(user: BusUser): Promise<NatsConnection> {
    const nc = await connect({ ...natsOptions(server.url, server.credentials(user)), name: `test-${user}` });
    const seen: string[] = [];
    refusals.set(nc, seen);
    void (async () => {
      for await (const s of nc.status()) if (s.type === 'error') seen.push(s.error?.message ?? '');
    })();
    open.push(nc);
    return nc;
  }

  /** The server refused a subscription (it closes it and says so on the connection). */
  async function subscriptionRefused(nc: NatsConnection, subject: string): Promise<boolean> {
    const sub = nc.subscribe(subject);
    await nc.flush();
    await waitFor(() => (refusals.get(nc) ?? []).some((m) => m.includes(`Subscription to "${subject}"`)), 5000, `refusal of ${subject}`).catch(() => undefined);
    const refused = (refusals.get(nc) ?? []).some((m) => m.includes(`Subscription to "${subject}"`));
    sub.unsubscribe();
    return refused;
  }

  beforeAll(async () => {
    server = await OwnNatsServer.start({ configFile: SHIPPED_NATS_CONFIG, env: busPasswords() });
    // What the launcher's setup does, as admin.
    const admin = await as('admin');
    const jsm = await jetstreamManager(admin);
    await ensureStreams(jsm, root, { update: true });
    for (const d of DURABLE_CONSUMERS) await ensureDurableConsumer(jsm, root, d, { update: true });
  });

  afterAll(async () => {
    for (const nc of open) await nc.close().catch(() => undefined);
    await server?.stop();
  });

  it('refuses anonymous clients and wrong passwords, and accepts every user with its own', async () => {
    await expect(connect({ servers: server.url, reconnect: false, timeout: 2000 })).rejects.toThrow(/authorization/i);
    await expect(connect({ servers: server.url, user: 'reports', pass: 'guess', reconnect: false, timeout: 2000 })).rejects.toThrow(/authorization/i);
    await expect(connect({ servers: server.url, user: 'reports', pass: server.credentials('gateway').password, reconnect: false, timeout: 2000 })).rejects.toThrow(/authorization/i);
    for (const user of BUS_USERS) {
      const nc = await as(user);
      expect(nc.isClosed()).toBe(false);
    }
  });

  it('lets a service publish its own events only', async () => {
    const reports = jetstream(await as('reports'));
    await expect(reports.publish(`${root}.015077.report.submitted.v1`, '{}')).resolves.toMatchObject({ stream: events });
    await expect(reports.publish(`${root}.015077.referral.accepted.v1`, '{}', { timeout: 2000 })).rejects.toThrow(/permissions violation/i);
    await expect(reports.publish(`${root}.015077.antenna.status-changed.v1`, '{}', { timeout: 2000 })).rejects.toThrow(/permissions violation/i);
    await expect(reports.publish(deadLetterSubject(root, 'referrals'), '{}', { timeout: 2000 })).rejects.toThrow(/permissions violation/i);
    await expect(reports.publish(deadLetterSubject(root, 'reports'), '{}')).resolves.toMatchObject({ stream: deadLetters });
    // Every aggregate has exactly one publisher, and the gateway publishes none.
    const gateway = jetstream(await as('gateway'));
    for (const [aggregate, owner] of Object.entries(EVENT_PUBLISHERS)) {
      await expect(jetstream(await as(owner)).publish(`${root}.015077.${aggregate}.x.v1`, '{}')).resolves.toMatchObject({ stream: events });
      await expect(gateway.publish(`${root}.015077.${aggregate}.x.v1`, '{}', { timeout: 2000 })).rejects.toThrow(/permissions violation/i);
    }
  });

  it('lets only the gateway send requests, and each service answer only its own', async () => {
    const reports = await as('reports');
    reports.subscribe(rpcSubject(root, 'reports.>'), { queue: 'q', callback: (_err, msg) => {
      msg.respond('answered by reports');
    } });
    await reports.flush();
    const gateway = await as('gateway');
    const reply = await gateway.request(rpcSubject(root, 'reports.ping.v1'), 'ping', { timeout: 5000 });
    expect(reply.string()).toBe('answered by reports');
    // A service cannot make requests, nor listen to another service's requests.
    await expect(reports.request(rpcSubject(root, 'referrals.ping.v1'), 'x', { timeout: 1000 })).rejects.toThrow(/permissions violation/i);
    await expect(reports.request(rpcSubject(root, 'reports.ping.v1'), 'x', { timeout: 1000 })).rejects.toThrow(/permissions violation/i);
    expect(await subscriptionRefused(await as('referrals'), rpcSubject(root, 'reports.>'))).toBe(true);
  });

  it('keeps reply inboxes private to their requester', async () => {
    const referrals = await as('referrals');
    expect(await subscriptionRefused(referrals, '_INBOX_gateway.>')).toBe(true);
    expect(await subscriptionRefused(referrals, '_INBOX.>')).toBe(true);
    expect(await subscriptionRefused(referrals, '_INBOX_reports.>')).toBe(true);
    expect(await subscriptionRefused(await as('gateway'), '_INBOX_reports.>')).toBe(true);
    expect(await subscriptionRefused(await as('reports'), '>')).toBe(true);
  });

  it('lets nobody delete or purge a stream', async () => {
    for (const user of BUS_USERS) {
      const jsm = await jetstreamManager(await as(user));
      await expect(jsm.streams.purge(events)).rejects.toThrow(/permissions violation/i);
      await expect(jsm.streams.delete(events)).rejects.toThrow(/permissions violation/i);
      await expect(jsm.streams.purge(deadLetters)).rejects.toThrow(/permissions violation/i);
    }
    await expect((await jetstreamManager(await as('admin'))).streams.info(events)).resolves.toBeTruthy();
  });

  it('lets each service pull and ack from its own durable consumer only; the gateway follows events through its own ephemeral consumers', async () => {
    const admin = jetstream(await as('admin'));
    await admin.publish(`${root}.015077.report.closed.v1`, '{"from":"admin"}');
    const referrals = jetstream(await as('referrals'));
    const own = await referrals.consumers.get(events, 'referrals');
    const m = await own.next({ expires: 5000 });
    expect(m).not.toBeNull();
    m!.ack();
    await expect(referrals.consumers.get(events, 'reports')).rejects.toThrow(/permissions violation/i);
    const gatewayNc = await as('gateway');
    const gateway = jetstream(gatewayNc);
    await expect(gateway.consumers.get(events, 'reports').then((c) => c.next({ expires: 1000 }))).rejects.toThrow();
    expect(refusals.get(gatewayNc)).toContainEqual(expect.stringContaining(`Publish to "$JS.API.CONSUMER.MSG.NEXT.${events}.reports"`));
    const live = await gateway.consumers.get(events, { filter_subjects: `${root}.>`, deliver_policy: DeliverPolicy.All });
    await expect(live.next({ expires: 5000 })).resolves.toBeTruthy();
    // Nor may a service create a consumer of its own making (only admin sets them up).
    await expect((await jetstreamManager(await as('insights'))).consumers.add(events, { durable_name: 'sneaky', ack_policy: AckPolicy.Explicit })).rejects.toThrow(/permissions violation/i);
  });
});
