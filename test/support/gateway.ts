import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadSettings } from '@prossimo/platform';
import { startGateway } from '../../apps/gateway/src/bootstrap';
import { GatewaySettings } from '../../apps/gateway/src/config/gateway.env';
import { TEST_NATS_URL } from './env';
import { TEST_KEYS } from './tokens';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  ms: number;
}

/** A gateway in this process, on a free port, against the test's identity database and subject root. */
export async function startTestGateway(dbUrl: string, root: string, env: Record<string, string> = {}): Promise<INestApplication> {
  const settings = loadSettings(GatewaySettings, {
    DATABASE_URL: dbUrl,
    NATS_URL: TEST_NATS_URL,
    SUBJECT_ROOT: root,
    AUTH_PRIVATE_KEY: TEST_KEYS.privateKey,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ...env,
  });
  return startGateway(settings);
}

export async function gql<T = Record<string, unknown>>(app: INestApplication, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
  const req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  const t0 = performance.now();
  const res = await req.send({ query, variables });
  return { status: res.status, data: res.body?.data, errors: res.body?.errors, ms: performance.now() - t0 };
}
