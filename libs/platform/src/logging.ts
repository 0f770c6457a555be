import { LoggerModule } from 'nestjs-pino';
import { DynamicModule } from '@nestjs/common';

/**
 * Structured JSON logs (pino). Payloads are never logged; the redaction list is a second line of
 * defence for fields that could carry personal data if someone logged an object by mistake.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.token',
  '*.actorToken',
  '*.description',
  '*.subject',
  '*.name',
  '*.address',
  '*.phone',
  '*.payload',
  // A failed query (TypeORM's QueryFailedError) carries the values it was given.
  '*.parameters',
];

export function loggingModule(service: string, level: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      name: service,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      autoLogging: { ignore: (req) => req.url === '/health' },
      customProps: () => ({ service }),
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
      },
    },
  });
}
