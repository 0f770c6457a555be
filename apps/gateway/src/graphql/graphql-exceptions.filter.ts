import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Nest logs every exception a resolver (or its guard or pipe) throws at ERROR before GraphQL sees
 * it, a wrong password and a crafted cursor included: anyone could fill the error log. Here a
 * GraphQL error goes straight on to the GraphQL edge (formatError), which logs client errors
 * below ERROR without values and internal ones at ERROR with a correlation id. Other hosts keep
 * Nest's default handling (REST routes have their own HttpErrorFilter).
 */
@Catch()
export class GraphqlExceptionsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    // Thrown on unchanged, as Nest's own handler does after logging (subscriptions rely on it).
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    super.catch(exception, host);
  }
}
