import type { NextFunction, Request, Response } from 'express';
import { ErrorCode, HTTP_STATUS_BY_CODE } from '@prossimo/contracts';

/**
 * Requests refused before GraphQL sees them (a body over the limit, JSON that does not parse)
 * answer in the same shape as every other error, with a code: GraphQL's shape on /graphql, the
 * REST shape elsewhere. An Express error handler, placed right after the body parser.
 */
export function bodyErrors(err: unknown, req: Request, res: Response, next: NextFunction): void {
  const e = err as { type?: string; status?: number; expose?: boolean } | undefined;
  if (!e || typeof e.status !== 'number' || e.status < 400 || e.status >= 500 || !e.type) return next(err);
  const tooLarge = e.type === 'entity.too.large';
  const message = tooLarge
    ? 'la richiesta è troppo grande (al massimo 256 kB) / the request is too large (256 kB at most)'
    : 'il corpo della richiesta non è JSON valido / the request body is not valid JSON';
  const status = tooLarge ? 413 : HTTP_STATUS_BY_CODE[ErrorCode.BAD_USER_INPUT];
  if (req.path.startsWith('/graphql')) res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'body' } }] });
  else res.status(status).json({ code: ErrorCode.BAD_USER_INPUT, message, field: 'body' });
}
