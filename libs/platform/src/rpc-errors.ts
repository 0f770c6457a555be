import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { DomainError, ErrorBody, ErrorCode } from '@prossimo/contracts';
import { isEngineUnavailable } from './engine-failure';

/**
 * The RPC edge: a DomainError travels back as its error body (logged below ERROR, by code and
 * field only); anything else is logged at ERROR with the request's correlation id (the one the
 * gateway made for this call) and answered as INTERNAL with that id only — never the internal
 * text. The gateway hands the same id to the client.
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('RpcErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> {
    const data = host.switchToRpc().getData<{ correlationId?: unknown } | undefined>();
    const correlationId = typeof data?.correlationId === 'string' ? data.correlationId : 'unknown';
    if (exception instanceof DomainError) {
      // The caller's mistake: its code and field only (never the message, which may quote a value), below ERROR.
      if (exception.isClientError) this.logger.debug({ correlationId, code: exception.code, field: exception.field }, 'request refused');
      else this.logger.warn({ correlationId, code: exception.code }, 'request not served');
      return throwError(() => exception.toBody());
    }
    if (isEngineUnavailable(exception)) {
      // The database went away (or NATS, mid-call): the caller should retry, not report a bug.
      this.logger.warn({ correlationId, err: exception instanceof Error ? exception.message : String(exception) }, 'an engine is unavailable');
      return throwError(() => DomainError.unavailable().toBody());
    }
    this.logger.error({ correlationId, err: exception }, 'unhandled error in request handler');
    const body: ErrorBody = { code: ErrorCode.INTERNAL, message: 'errore interno / internal error', correlationId };
    return throwError(() => body);
  }
}
