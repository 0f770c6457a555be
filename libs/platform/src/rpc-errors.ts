import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { DomainError, ErrorBody, ErrorCode } from '@prossimo/contracts';

/**
 * The RPC edge: a DomainError travels back as its error body; anything else is logged with the
 * request's correlation id and answered as INTERNAL with that id only — never the internal text.
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('RpcErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> {
    if (exception instanceof DomainError) return throwError(() => exception.toBody());
    const data = host.switchToRpc().getData<{ correlationId?: unknown } | undefined>();
    const correlationId = typeof data?.correlationId === 'string' ? data.correlationId : 'unknown';
    this.logger.error({ correlationId, err: exception }, 'unhandled error in request handler');
    const body: ErrorBody = { code: ErrorCode.INTERNAL, message: 'internal error', correlationId };
    return throwError(() => body);
  }
}
