import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { GatewaySettings } from './config/gateway.env';
import { parseTrustProxy } from './config/trust-proxy';
import { GatewayModule } from './gateway.module';
import { serveWebApp } from './web/web-app';

/** Builds and starts the gateway (main.ts and the tests both use this). */
export async function startGateway(settings: GatewaySettings): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(settings), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(PinoLogger));
  // A request body is bounded: a 50 kB description still reaches validation and gets a clear error.
  app.useBodyParser('json', { limit: '256kb' });
  app.disable('x-powered-by');
  // Which proxies are believed about the client's address (req.ip): none unless TRUST_PROXY says so.
  app.set('trust proxy', parseTrustProxy(settings.TRUST_PROXY));
  serveWebApp(app, settings.WEB_DIR);
  app.enableShutdownHooks();
  await app.listen(settings.PORT, settings.HOST);
  return app;
}
