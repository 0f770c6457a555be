import { CanActivate, ExecutionContext, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor, DomainError, Role } from '@prossimo/contracts';
import { Authenticator } from '../auth/authenticator';
import type { Request } from 'express';

const ACCESS = 'prossimo:gql-access';
type Access = { public: true } | { public: false; roles: Role[] };

/** Who may call this query, mutation or field. Anything without @Roles or @Public is refused. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS, { public: false, roles } satisfies Access);
/** Open without a token: what ARCHITECTURE.md lists (login, neighbourhoods, proximityPoints, /health, /hsds/, /) and the public pages' operations (docs/public.md). */
export const Public = () => SetMetadata(ACCESS, { public: true } satisfies Access);

export interface AuthedRequest extends Request {
  prossimo?: Caller;
}



export function requestOf(context: ExecutionContext): AuthedRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: AuthedRequest }>().req;
  return context.switchToHttp().getRequest<AuthedRequest>();
}

function bearer(req: AuthedRequest): string | undefined {
  const h = req.headers?.authorization;
  if (typeof h !== 'string') return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1] : undefined;
}

/** Deny by default, on every resolver including field resolvers (fieldResolverEnhancers: ['guards']). */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS, [context.getHandler(), context.getClass()]);
    if (!access) throw DomainError.forbidden('this operation declares no access rule');
    const req = requestOf(context);
    const token = bearer(req);
    if (access.public) {
      // Open to anyone; a caller who is signed in is still recognised (e.g. to scope to their municipality).
      if (token && !req.prossimo) await this.identify(req, token).catch(() => undefined);
      return true;
    }
    if (!req.prossimo) {
      if (!token) throw DomainError.unauthenticated('serve l\u2019accesso / a token is required');
      await this.identify(req, token);
    }
    if (!req.prossimo) throw DomainError.unauthenticated();
    if (!access.roles.includes(req.prossimo.actor.role)) throw DomainError.forbidden(`il ruolo ${req.prossimo.actor.role} non può farlo / role ${req.prossimo.actor.role} may not do this`);
    return true;
  }

  private async identify(req: AuthedRequest, token: string): Promise<void> {
    const who = await this.authenticator.authenticate(token);
    req.prossimo = { actor: who.actor, sessionId: who.sessionId };
  }
}

/** The verified caller (RpcClient mints each service call's internal token for this actor). */
export interface Caller {
  actor: Actor;
  sessionId?: string;
}

export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  const p = requestOf(ctx).prossimo;
  if (!p) throw DomainError.unauthenticated();
  return p;
});

/** The caller if signed in (for public operations that may also be called signed in). */
export const OptionalActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | undefined => requestOf(ctx).prossimo?.actor);
