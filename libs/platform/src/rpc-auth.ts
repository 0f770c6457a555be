import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor, DomainError, RpcRequest, Role } from '@prossimo/contracts';
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

/**
 * Deny by default: verifies the forwarded token on every request-reply call and checks the role.
 * A process that can publish on NATS cannot impersonate a user without the gateway's key.
 */
@Injectable()
export class RpcAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'rpc') return true;
    const access = this.reflector.getAllAndOverride<Access | undefined>(RPC_ACCESS, [context.getHandler(), context.getClass()]);
    if (!access) throw DomainError.forbidden('this operation declares no access rule');
    const request = context.switchToRpc().getData<RpcRequest>();
    if (typeof request !== 'object' || request === null) throw DomainError.badInput('payload', 'malformed request');
    if (access.public) {
      if (request.actorToken) actors.set(request, await this.verifier.verify(request.actorToken));
      return true;
    }
    const actor = await this.verifier.verify(request.actorToken);
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
