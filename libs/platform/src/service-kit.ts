import { DynamicModule, INestMicroservice, Logger, Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Logger as PinoLogger } from 'nestjs-pino';
import { MessagingModule, MessagingOptions, warnIfOpenBus } from '@prossimo/messaging';
import { BusService } from '@prossimo/contracts';

/** A back-end service (every bus user but the gateway and admin). */
export type BackEndService = Exclude<BusService, 'gateway'>;
import { busCredentials } from './bus-settings';
import { CLOCK, Clock, systemClock } from './clock';
import { DatabaseSpec, dataSourceOptions } from './database';
import { loggingModule } from './logging';
import { RPC_IDENTITY, RpcAuthGuard, RpcIdentity, TOKEN_VERIFIER } from './rpc-auth';
import { RpcErrorFilter } from './rpc-errors';
import { rpcStrategy } from './rpc-server';
import { ServiceSettings, crashPlanOf } from './service-settings';
import { TokenVerifier } from './tokens';
import { Transactions } from './transactions';

export const SETTINGS = Symbol('SETTINGS');

export interface ServiceKitOptions<S extends ServiceSettings> {
  service: BackEndService;
  settings: S;
  database: DatabaseSpec;
  /** Whether the service consumes events (true by default). */
  consume?: boolean;
  clock?: Clock;
  /** Test-only tuning of the relay and consumer. */
  messaging?: Partial<Omit<MessagingOptions, 'natsUrl' | 'root' | 'service'>>;
}

/**
 * The common wiring of a back-end service: logs, its own database (migrations only), JetStream
 * (outbox relay, durable consumer), the actor check on every request (deny by default), and the
 * RPC error edge. Each app module adds its own handlers and services to this.
 */
export function serviceKit<S extends ServiceSettings>(o: ServiceKitOptions<S>): { imports: DynamicModule[]; providers: Provider[] } {
  return {
    imports: [
      loggingModule(o.service, o.settings.LOG_LEVEL),
      TypeOrmModule.forRoot(dataSourceOptions(o.settings.DATABASE_URL, o.database, o.settings.DB_POOL_SIZE)),
      MessagingModule.forRootAsync({
        useFactory: () => ({
          natsUrl: o.settings.NATS_URL,
          root: o.settings.SUBJECT_ROOT,
          service: o.service,
          credentials: busCredentials(o.settings, o.service),
          consume: o.consume,
          crashPlan: crashPlanOf(o.settings),
          ...o.messaging,
        }),
      }),
    ],
    providers: [
      { provide: SETTINGS, useValue: o.settings },
      Transactions,
      { provide: CLOCK, useValue: o.clock ?? systemClock },
      { provide: TOKEN_VERIFIER, useValue: new TokenVerifier(o.settings.AUTH_PUBLIC_KEY) },
      { provide: RPC_IDENTITY, useValue: { service: o.service, root: o.settings.SUBJECT_ROOT } satisfies RpcIdentity },
      { provide: APP_GUARD, useClass: RpcAuthGuard },
      { provide: APP_FILTER, useClass: RpcErrorFilter },
    ],
  };
}

/** Starts a service as a NATS request-reply microservice (used by main.ts and by the tests). */
export async function startService(module: DynamicModule, settings: ServiceSettings, service: BackEndService): Promise<INestMicroservice> {
  const app = await NestFactory.createMicroservice(module, {
    ...rpcStrategy({ natsUrl: settings.NATS_URL, root: settings.SUBJECT_ROOT, service, credentials: busCredentials(settings, service) }),
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoLogger));
  warnIfOpenBus(busCredentials(settings, service), new Logger('Bus'));
  app.enableShutdownHooks();
  await app.listen();
  return app;
}
