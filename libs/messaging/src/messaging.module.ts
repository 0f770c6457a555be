import { BeforeApplicationShutdown, DynamicModule, Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { jetstream, jetstreamManager, JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { DataSource } from 'typeorm';
import { CrashPlan, CrashPoints } from './crash-points';
import { EventConsumer } from './event-consumer';
import { eventLoopLag } from './event-loop-lag';
import { BusCredentials, connectNats } from './nats-connection';
import { Outbox } from './outbox';
import { OutboxRelay, RelayOptions } from './outbox-relay';
import { ensureDurableConsumer, ensureStreams } from './streams';

export interface MessagingOptions {
  natsUrl: string;
  /** Subject root token ("prossimo"); tests use a unique one. */
  root: string;
  /** The service name: durable consumer name and inbox key. */
  service: string;
  /** Its user on the bus (the service's name) and password when the bus is locked down. */
  credentials: BusCredentials;
  /** Consume events (services with handlers); false for publish-only services. */
  consume?: boolean;
  relay?: RelayOptions;
  maxDeliver?: number;
  backoffMs?: number[];
  streamStorage?: 'file' | 'memory';
  /** Test only (FAULT_CRASH_AT, refused in production by the settings): where the process dies. */
  crashPlan?: CrashPlan | null;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const JETSTREAM = Symbol('JETSTREAM');
export const JETSTREAM_MANAGER = Symbol('JETSTREAM_MANAGER');

/** Starts the relay and the consumer once the app is up, and stops them (finishing work in flight) on shutdown. */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Messaging');

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly opts: MessagingOptions,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(JETSTREAM_MANAGER) private readonly jsm: JetStreamManager,
    private readonly relay: OutboxRelay,
    private readonly consumer: EventConsumer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    eventLoopLag(); // health shows it from now on
    await ensureStreams(this.jsm, this.opts.root, { storage: this.opts.streamStorage });
    if (this.opts.consume !== false) {
      await ensureDurableConsumer(this.jsm, this.opts.root, this.opts.service);
      this.consumer.start();
    }
    this.relay.start();
    this.logger.log(`relay started${this.opts.consume !== false ? `, consuming as ${this.opts.service}` : ''}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
    await this.relay.stop();
    if (!this.nc.isClosed()) await this.nc.drain().catch(() => this.nc.close());
  }
}

@Module({})
export class MessagingModule {
  static forRootAsync(factory: { useFactory: (...args: never[]) => MessagingOptions | Promise<MessagingOptions>; inject?: unknown[] }): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useFactory: factory.useFactory, inject: (factory.inject ?? []) as never[] },
        {
          provide: NATS_CONNECTION,
          useFactory: (o: MessagingOptions) => connectNats(o.natsUrl, `${o.service}-events`, o.credentials, new Logger(`Nats:${o.service}`)),
          inject: [MESSAGING_OPTIONS],
        },
        { provide: JETSTREAM, useFactory: (nc: NatsConnection) => jetstream(nc), inject: [NATS_CONNECTION] },
        { provide: JETSTREAM_MANAGER, useFactory: (nc: NatsConnection) => jetstreamManager(nc), inject: [NATS_CONNECTION] },
        { provide: CrashPoints, useFactory: (o: MessagingOptions) => new CrashPoints(o.crashPlan ?? null), inject: [MESSAGING_OPTIONS] },
        { provide: Outbox, useFactory: (o: MessagingOptions) => new Outbox(o.root), inject: [MESSAGING_OPTIONS] },
        {
          provide: OutboxRelay,
          useFactory: (ds: DataSource, js: JetStreamClient, o: MessagingOptions, crash: CrashPoints) => new OutboxRelay(ds, js, { crashPoints: crash, ...o.relay }),
          inject: [DataSource, JETSTREAM, MESSAGING_OPTIONS, CrashPoints],
        },
        {
          provide: EventConsumer,
          useFactory: (ds: DataSource, js: JetStreamClient, o: MessagingOptions, crash: CrashPoints) =>
            new EventConsumer(ds, js, { root: o.root, durable: o.service, maxDeliver: o.maxDeliver, backoffMs: o.backoffMs, crashPoints: crash }),
          inject: [DataSource, JETSTREAM, MESSAGING_OPTIONS, CrashPoints],
        },
        MessagingLifecycle,
      ],
      exports: [MESSAGING_OPTIONS, NATS_CONNECTION, JETSTREAM, JETSTREAM_MANAGER, Outbox, OutboxRelay, EventConsumer],
    };
  }
}
