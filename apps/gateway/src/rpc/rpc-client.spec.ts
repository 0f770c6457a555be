import { Logger } from '@nestjs/common';
import { ClientProxy, ClientProxyFactory } from '@nestjs/microservices';
import { Observable, of, throwError } from 'rxjs';
import { Actor, AntennaV1, DomainError, ErrorCode, Page, REQUEST_PATTERNS, Role, RpcRequest } from '@prossimo/contracts';
import { TokenSigner } from '@prossimo/platform';
import { GatewaySettings } from '../config/gateway.env';
import { RpcClient } from './rpc-client.service';

const ACTOR: Actor = { accountId: '4f7a7a3e-5d1c-4a8e-9a51-0c6a8f3c2b10', role: Role.ADMIN, municipality: '001272' };
const ANTENNA_ID = '0b8f6d2a-3c4e-4f5a-8b9c-1d2e3f4a5b6c';

/**
 * The typed call with the broker replaced (a unit test): the input is validated with the pattern's
 * class before anything is sent, the reply is what the pattern answers, and a service's INTERNAL
 * keeps the correlation id the service logged it under. The type checks are compiled by
 * `npm run lint:types` (a wrong use of a reply or an input does not compile).
 */
describe('RpcClient.call (typed by REQUESTS)', () => {
  let sent: { subject: string; request: RpcRequest }[];
  let answer: (request: RpcRequest) => Observable<unknown>;
  let rpc: RpcClient;
  let logged: jest.SpyInstance;

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    sent = [];
    answer = () => of(null);
    const fake = {
      send: (subject: string, request: RpcRequest) => {
        sent.push({ subject, request });
        return answer(request);
      },
      status: of('connected'),
      close: async () => undefined,
    };
    jest.spyOn(ClientProxyFactory, 'create').mockReturnValue(fake as unknown as ClientProxy);
    const signer = { signInternal: async () => 'internal-token' } as unknown as TokenSigner;
    rpc = new RpcClient(Object.assign(new GatewaySettings(), { SUBJECT_ROOT: 'unit' }), signer);
  });

  afterEach(() => jest.restoreAllMocks());

  it('refuses invalid input with BAD_USER_INPUT naming the field, before anything is sent', async () => {
    const refused = await rpc.call(REQUEST_PATTERNS.antennas.get, { id: 'not-a-uuid' }, ACTOR).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'id' });
    // Under the client's argument name when asked, and unknown fields are refused too.
    const nested = await rpc.call(REQUEST_PATTERNS.antennas.transition, { id: ANTENNA_ID, action: 'explode' }, ACTOR, { inputField: 'input' }).catch((e: unknown) => e);
    expect(nested).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'input.action' });
    const unknown = await rpc.call(REQUEST_PATTERNS.antennas.get, { id: ANTENNA_ID, extra: 1 } as { id: string }, ACTOR).catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'extra' });
    expect(sent).toEqual([]);
  });

  it('sends the validated input with a correlation id and the internal token, and answers the reply', async () => {
    const antenna = { id: ANTENNA_ID, name: 'Bar Sport' } as AntennaV1;
    answer = () => of(antenna);
    const reply = await rpc.call(REQUEST_PATTERNS.antennas.get, { id: ANTENNA_ID }, ACTOR);
    expect(reply).toBe(antenna);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe('unit-rpc.antennas.get.v1');
    expect(sent[0].request).toMatchObject({ actorToken: 'internal-token', correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/), payload: { id: ANTENNA_ID } });
  });

  it('sends {} for an operation without input, without a token for a public call', async () => {
    answer = () => of(['001272']);
    expect(await rpc.call(REQUEST_PATTERNS.antennas.municipalities, {})).toEqual(['001272']);
    expect(sent[0].request).toMatchObject({ payload: {} });
    expect(sent[0].request.actorToken).toBeUndefined();
  });

  it("keeps the correlation id of a service's internal error, and its code and field otherwise", async () => {
    answer = () => throwError(() => ({ code: ErrorCode.INTERNAL, message: 'errore interno / internal error', correlationId: 'c0ffee00-0000-4000-8000-000000000001' }));
    const internal = await rpc.call(REQUEST_PATTERNS.antennas.get, { id: ANTENNA_ID }, ACTOR).catch((e: unknown) => e);
    expect(internal).toMatchObject({ code: ErrorCode.INTERNAL, correlationId: 'c0ffee00-0000-4000-8000-000000000001' });
    // The gateway's own log names the same id.
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ correlationId: 'c0ffee00-0000-4000-8000-000000000001' }), expect.any(String));

    // A service that could not say which request failed: the client gets the call's own id.
    answer = () => throwError(() => ({ code: ErrorCode.INTERNAL, message: 'internal error' }));
    const anonymous = await rpc.call(REQUEST_PATTERNS.antennas.get, { id: ANTENNA_ID }, ACTOR).catch((e: unknown) => e);
    expect(anonymous).toMatchObject({ code: ErrorCode.INTERNAL, correlationId: sent[1].request.correlationId });

    answer = () => throwError(() => ({ code: ErrorCode.NOT_FOUND, message: 'antenna not found' }));
    await expect(rpc.call(REQUEST_PATTERNS.antennas.get, { id: ANTENNA_ID }, ACTOR)).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND, correlationId: undefined });
  });

  it('infers the reply type from the pattern (checked by the compiler)', async () => {
    answer = () => of({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const page = await rpc.call(REQUEST_PATTERNS.antennas.list, { first: 5 }, ACTOR);
    const typed: Page<AntennaV1> = page;
    expect(typed.nodes).toEqual([]);

    // @ts-expect-error the list answers a page, not an antenna
    expect(page.name).toBeUndefined();
    const types = async () => {
      // @ts-expect-error an antenna is not a page
      const wrong: Page<AntennaV1> = await rpc.call(REQUEST_PATTERNS.antennas.get, { id: ANTENNA_ID }, ACTOR);
      // @ts-expect-error a field the input class does not have
      await rpc.call(REQUEST_PATTERNS.antennas.get, { antennaId: ANTENNA_ID }, ACTOR);
      // @ts-expect-error an operation without input takes none
      await rpc.call(REQUEST_PATTERNS.antennas.municipalities, { municipality: '001272' });
      // @ts-expect-error not a request-reply pattern
      await rpc.call('antennas.nothing.v1', {}, ACTOR);
      return wrong;
    };
    expect(typeof types).toBe('function');
  });
});
