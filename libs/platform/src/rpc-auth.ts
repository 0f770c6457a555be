import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { NatsContext } from '@nestjs/microservices';
import { Actor, DomainError, RpcRequest, Role, rpcSubject } from '@prossimo/contracts';
import { TokenVerifier } from './tokens';

const RPC_ACCESS = 'prossimo:rpc-access';
type Access = { public: true } | { public: false; roles: Role[] };

/** The roles that may call this handler. Handlers without @RpcRoles or @RpcPublic are refused. */
export const RpcRoles = (...roles: Role[]) => SetMetadata(RPC_ACCESS, { public: false, roles } satisfies Access);
/** Open to anyone, no token needed (only what ARCHITECTURE.md lists as open). */
export const RpcPublic = () => SetMetadata(RPC_ACCESS, { public: true } satisfies Access);

/** Verified actors, keyed by the request object: never read from the payload itself. */
const actors = new WeakMap<object, Actor>();

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
/** Which service this process is, and its subject root: internal tokens must name both. */
export const RPC_IDENTITY = Symbol('RPC_IDENTITY');
export interface RpcIdentity {
  service: string;
  root: string;
}

/** The request-reply pattern a NATS message was sent to (`<root>-rpc.<pattern>` on the wire). */
export function patternOf(context: ExecutionContext, root: string): string {
  const subject = context.switchToRpc().getContext<NatsContext>().getSubject();
  const prefix = rpcSubject(root, '');
  return subject.startsWith(prefix) ? subject.slice(prefix.length) : subject;
}

/**
 * Deny by default: verifies the internal actor token on every request-reply call (minted by the
 * gateway for this service, this operation and this request only) and checks the role. A process
 * that can publish on NATS cannot impersonate a user without the gateway's key, and a token read
 * off the bus is good for nothing else: not another service, operation or request, not /graphql.
 */
@Injectable()
export class RpcAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(RPC_IDENTITY) private readonly identity: RpcIdentity,
  ) {}

  private verify(context: ExecutionContext, request: RpcRequest): Promise<Actor> {
    if (typeof request.correlationId !== 'string') throw DomainError.badInput('correlationId', 'malformed request');
    return this.verifier.verifyInternal(request.actorToken, {
      service: this.identity.service,
      pattern: patternOf(context, this.identity.root),
      correlationId: request.correlationId,
    });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'rpc') return true;
    const access = this.reflector.getAllAndOverride<Access | undefined>(RPC_ACCESS, [context.getHandler(), context.getClass()]);
    if (!access) throw DomainError.forbidden('this operation declares no access rule');
    const request = context.switchToRpc().getData<RpcRequest>();
    if (typeof request !== 'object' || request === null) throw DomainError.badInput('payload', 'malformed request');
    if (access.public) {
      if (request.actorToken) actors.set(request, await this.verify(context, request));
      return true;
    }
    const actor = await this.verify(context, request);
    if (!access.roles.includes(actor.role)) throw DomainError.forbidden(`role ${actor.role} may not do this`);
    actors.set(request, actor);
    return true;
  }
}

/** The verified actor of the current request (undefined on public calls without a token). */
export const RpcActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | undefined => {
  const request = ctx.switchToRpc().getData<object>();
  return actors.get(request);
});

/** The verified actor, required. */
export const RequiredActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = actors.get(ctx.switchToRpc().getData<object>());
  if (!actor) throw DomainError.unauthenticated();
  return actor;
});
