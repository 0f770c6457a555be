import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { assertNoNulBytes } from '@prossimo/contracts';

/**
 * Every argument the gateway receives (GraphQL arguments and inputs, REST query strings and path
 * parameters) is refused with BAD_USER_INPUT naming the field when a string in it holds a NUL
 * character (PostgreSQL cannot store one, and no person types one) or half of a surrogate pair (not
 * a character: validators threw on it). Contracts check it again at
 * each service (parseContract); this covers what the gateway handles itself, such as `login`.
 */
@Injectable()
export class NoNulBytesPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // 'body' is also how Nest labels GraphQL @Args; 'custom' (the caller, the request) is ours, not the client's.
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') assertNoNulBytes(value, metadata.data ?? '');
    return value;
  }
}
