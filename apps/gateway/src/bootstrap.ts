import { INestApplication, Logger } from '@nestjs/common';
import { warnIfOpenBus } from '@prossimo/messaging';
import { busCredentials } from '@prossimo/platform';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { GatewaySettings } from './config/gateway.env';
import { parseTrustProxy } from './config/trust-proxy';
import { GatewayModule } from './gateway.module';
import { limitLiveMessageSize } from './live/live-sockets.service';
import { GraphQLModule } from '@nestjs/graphql';
import { serveWebApp } from './web/web-app';
import { bodyErrors } from './graphql/body-errors';

/** Builds and starts the gateway (main.ts and the tests both use this). */
export async function startGateway(settings: GatewaySettings): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(settings), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(PinoLogger));
  warnIfOpenBus(busCredentials(settings, 'gateway'), new Logger('Bus'));
  // A request body is bounded: a 50 kB description still reaches validation and gets a clear error.
  app.useBodyParser('json', { limit: '256kb' });
  // …and a body refused there answers with a code like every other error.
  app.use(bodyErrors);
  app.disable('x-powered-by');
  // Which proxies are believed about the client's address (req.ip): none unless TRUST_PROXY says so.
  app.set('trust proxy', parseTrustProxy(settings.TRUST_PROXY));
  serveWebApp(app, settings.WEB_DIR);
  app.enableShutdownHooks();
  await app.init();
  limitLiveMessageSize(app.get(GraphQLModule), settings.WS_MAX_MESSAGE_BYTES);
  await app.listen(settings.PORT, settings.HOST);
  return app;
}
