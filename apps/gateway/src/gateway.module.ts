import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createPublicKey } from 'node:crypto';
import { CLOCK, Clock, dataSourceOptions, loggingModule, MAIL_SENDER, SmtpMailSender, systemClock, TokenSigner, TokenVerifier, Transactions } from '@prossimo/platform';
import { MembersRepository } from './identity/members.repository';
import { MembersService } from './identity/members.service';
import { InvitationsService } from './identity/invitations.service';
import { Geocoder } from './antennas/geocoder';
import { PasswordResetMailService } from './identity/password-reset-mail.service';
import { GatewaySettings } from './config/gateway.env';
import { GATEWAY_SETTINGS } from './config/settings.token';
import { GATEWAY_DATABASE } from './database/gateway.database';
import { AccessGuard } from './graphql/access';
import { Authenticator, LocalAuthenticator, OidcAuthenticator } from './auth/authenticator';
import { formatWsErrors, graphqlContext, LiveSocketGate } from './live/ws-auth';
import { LiveSockets } from './live/live-sockets.service';
import { SessionSignals } from './identity/session-signals';
import { LiveEvents } from './live/live-events.service';
import { formatError } from './graphql/errors';
import { httpStatusPlugin } from './graphql/http-status.plugin';
import { GraphqlExceptionsFilter } from './graphql/graphql-exceptions.filter';
import { NoNulBytesPipe } from './graphql/no-nul-bytes.pipe';
import { DashboardCsvController } from './insights/dashboard-csv.controller';
import { PARSE_OPTIONS, graphqlProtection } from './graphql/hardening';
import { RateLimitMiddleware } from './ratelimit/rate-limit.middleware';
import { RateLimiter } from './ratelimit/rate-limiter.service';
import { AddressLimiter } from './ratelimit/address-limiter.service';
import { AccountBudget } from './ratelimit/account-budget.service';
import { HealthController } from './health/health.controller';
import { AccountsRepository } from './identity/accounts.repository';
import { SessionsRepository } from './identity/sessions.repository';
import { IdentityService, TOKEN_SIGNER } from './identity/identity.service';
import { HsdsController } from './hsds/hsds.controller';
import { ReferralNotesClient } from './referrals/referral-notes.client';
import { AntennaNames } from './reports/antenna-names';
import { RpcClient } from './rpc/rpc-client.service';
import './graphql/enums';
import { GATEWAY_RESOLVERS } from './graphql/resolvers';

/** The public edge: GraphQL at /graphql, /hsds/, /insights/*.csv, /health. Owns no business data; its database holds identity only. */
import { DirectoryUploadController } from './directory/directory-upload.controller';
import { DirectoryImports } from './directory/directory-imports';
import { OpenDataController } from './community/open-data.controller';
import { CitizenSignUpService } from './identity/citizen-sign-up.service';
import { VolunteerRegisterController } from './volunteers/volunteer-register.controller';
@Module({})
export class GatewayModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Every route a stranger can reach, before any other work (the web app's static files excepted).
    consumer
      .apply(RateLimitMiddleware)
      .forRoutes('graphql', HealthController, HsdsController, OpenDataController, DashboardCsvController, DirectoryUploadController, VolunteerRegisterController);
  }

  static register(settings: GatewaySettings): DynamicModule {
    const publicKey = createPublicKey(settings.AUTH_PRIVATE_KEY).export({ type: 'spki', format: 'pem' }).toString();
    const production = settings.NODE_ENV === 'production';
    const protection = graphqlProtection();
    const introspection = settings.GRAPHQL_INTROSPECTION && !production;
    const liveGate = new LiveSocketGate({ validationRules: protection.validationRules, introspection });
    return {
      module: GatewayModule,
      imports: [
        loggingModule('gateway', settings.LOG_LEVEL),
        TypeOrmModule.forRoot(dataSourceOptions(settings.DATABASE_URL, GATEWAY_DATABASE, settings.DB_POOL_SIZE)),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection,
          includeStacktraceInErrorResponses: false,
          csrfPrevention: true,
          fieldResolverEnhancers: ['guards'],
          context: graphqlContext,
          subscriptions: {
            'graphql-ws': {
              path: '/graphql',
              connectionInitWaitTimeout: 10_000,
              onConnect: (ctx) => liveGate.onConnect(ctx),
              onSubscribe: (ctx, _id, payload) => liveGate.onSubscribe(ctx, payload),
              onNext: (_ctx, _id, _payload, _args, result) => formatWsErrors(result),
              onClose: (ctx) => liveGate.onClose(ctx),
            },
          },
          formatError,
          plugins: [...protection.plugins, httpStatusPlugin()],
          // Our own plugin sets the status from the error codes (Nest would reset it to 200 whenever 'data' is present, even null).
          preserveHttpStatusForExecutionErrors: false,
          validationRules: protection.validationRules,
          parseOptions: PARSE_OPTIONS,
        }),
      ],
      controllers: [HealthController, HsdsController, OpenDataController, DashboardCsvController, DirectoryUploadController, VolunteerRegisterController],
      providers: [
        { provide: GATEWAY_SETTINGS, useValue: settings },
        { provide: TOKEN_SIGNER, useValue: new TokenSigner(settings.AUTH_PRIVATE_KEY, settings.TOKEN_TTL_SECONDS) },
        { provide: TokenVerifier, useValue: new TokenVerifier(publicKey) },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useClass: NoNulBytesPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionsFilter },
        { provide: CLOCK, useValue: systemClock },
        Transactions,
        RateLimiter,
        AddressLimiter,
        AccountBudget,
        LiveEvents,
        SessionSignals,
        {
          provide: LiveSockets,
          useFactory: (sessions: SessionsRepository, signals: SessionSignals, clock: Clock, schemas: GraphQLSchemaHost) =>
            liveGate.track(new LiveSockets(settings, sessions, signals, clock), () => schemas.schema),
          inject: [SessionsRepository, SessionSignals, CLOCK, GraphQLSchemaHost],
        },
        RpcClient,
        ReferralNotesClient,
        AccountsRepository,
        IdentityService,
        SessionsRepository,
        {
          provide: Authenticator,
          useFactory: (verifier: TokenVerifier, identity: IdentityService) =>
            liveGate.use(settings.AUTH_MODE === 'oidc' ? new OidcAuthenticator(settings) : new LocalAuthenticator(verifier, identity)),
          inject: [TokenVerifier, IdentityService],
        },
        InvitationsService,
        PasswordResetMailService,
        ...GATEWAY_RESOLVERS,
        { provide: MAIL_SENDER, useValue: settings.SMTP_HOST ? new SmtpMailSender(settings.SMTP_HOST, settings.SMTP_PORT) : null },
        Geocoder,
        MembersRepository,
        MembersService,
        AntennaNames,
        DirectoryImports,
        CitizenSignUpService,
      ],
    };
  }
}
