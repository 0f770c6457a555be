import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { DomainError, ErrorCode, HTTP_STATUS_BY_CODE } from '@prossimo/contracts';
import { isEngineUnavailable } from '@prossimo/platform';


/**
 * The HTTP edge of the gateway's REST routes (/hsds/, /insights/*.csv): a DomainError becomes its
 * status and its error body `{ code, message, field }` (an INTERNAL from a service keeps the
 * service's correlation id); anything unknown a 500 with a correlation id.
 * GraphQL errors are left to the GraphQL edge (formatError).
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof DomainError) {
      // Client errors below ERROR, by code and field only (the message may quote what was sent).
      if (exception.isClientError) this.logger.debug({ code: exception.code, field: exception.field }, 'request refused');
      if (exception.retryAfterSeconds) res.setHeader('Retry-After', String(exception.retryAfterSeconds));
      res.status(HTTP_STATUS_BY_CODE[exception.code]).json(exception.toBody());
      return;
    }
    if (isEngineUnavailable(exception)) {
      const e = DomainError.unavailable();
      res.setHeader('Retry-After', String(e.retryAfterSeconds));
      res.status(503).json(e.toBody());
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      res.status(status).json({ code: status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT, message: exception.message });
      return;
    }
    const correlationId = randomUUID();
    this.logger.error({ correlationId, err: exception }, 'unhandled error on an HTTP route');
    res.status(500).json({ code: ErrorCode.INTERNAL, message: 'errore interno / internal error', correlationId });
  }
}
