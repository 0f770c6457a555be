import { Client, createClient } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';

/**
 * An operation of the web app: a `graphql(`…`)` document from `../gql`, generated from the gateway's
 * schema by `npm run codegen`, which carries its answer's and its variables' types.
 */
export type Operation<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

/** An operation's variables (the generated `…Variables` types). */
export type Variables = Record<string, unknown>;

/**
 * The only way the web app talks to Prossimo: the gateway's GraphQL over HTTP (same origin) and
 * graphql-ws for live updates. No other host is ever contacted.
 */
export interface ApiErrorDetail {
  message: string;
  code?: string;
  field?: string;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly field: string | undefined,
    readonly details: ApiErrorDetail[],
    /** True when the request never got an answer (offline, timeout, 5xx) or the system asked to retry: safe to retry. */
    readonly network = false,
    /** When the system asked to be tried again (Retry-After), in seconds. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

type TokenSource = () => Promise<string | undefined>;
let tokenSource: TokenSource = async () => undefined;
let renewSource: TokenSource = async () => undefined;
let onUnauthenticated: () => void = () => undefined;

/**
 * `source` gives the access token to send (renewed when about to expire); `renew` renews it now
 * (a refused renewal ends the session); `unauthenticated` is told when the server refused a token.
 */
export function configureApi(source: TokenSource, unauthenticated: () => void, renew: TokenSource = source): void {
  tokenSource = source;
  renewSource = renew;
  onUnauthenticated = unauthenticated;
}

/** Close codes with which the gateway ends a live socket whose session or token ended. */
const SESSION_ENDED_CODES = [4401, 4403];

export const GRAPHQL_PATH = '/graphql';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; retryAfterSeconds?: number } }[];
}

/**
 * Downloads a file that needs the bearer token (a link cannot carry the header): fetched, then
 * handed to the browser as a blob under `fileName`. Throws ApiError with the server's code.
 */
export async function downloadWithToken(path: string, fileName: string): Promise<void> {
  const token = await tokenSource();
  let response: Response;
  try {
    response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {}, credentials: 'omit' });
  } catch {
    throw new ApiError('network', 'NETWORK', undefined, [], true);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string; field?: string };
    if (response.status === 401) onUnauthenticated();
    throw new ApiError(body.message ?? `HTTP ${response.status}`, body.code, body.field, [], response.status >= 500 || response.status === 429);
  }
  const blob = await response.blob();
  const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fileName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = named;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Sends one operation; `auth: false` for login and the like. Throws ApiError. */
export async function gql<T, V extends Variables>(operation: Operation<T, V>, variables?: V, options: { auth?: boolean; timeoutMs?: number } = {}): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.auth !== false) {
    const token = await tokenSource();
    if (token) headers.authorization = `Bearer ${token}`;
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 20000);
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, { method: 'POST', headers, body: JSON.stringify({ query: operation.toString(), variables }), signal: controller.signal, credentials: 'omit' });
  } catch {
    throw new ApiError('network', 'NETWORK', undefined, [], true);
  } finally {
    clearTimeout(timer);
  }
  const header = Number(response.headers?.get('retry-after') ?? NaN);
  const retryAfter = Number.isFinite(header) && header > 0 ? header : undefined;
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    // Not the gateway's answer (a proxy's error page, a cut connection): try again later.
    throw new ApiError(`http ${response.status}`, 'NETWORK', undefined, [], true, retryAfter);
  }
  if (body.errors?.length) {
    // Every answer of the gateway carries a code, whatever its HTTP status (docs/api.md, "Errors").
    const details = body.errors.map((e) => ({ message: e.message, code: e.extensions?.code, field: e.extensions?.field }));
    const first = details[0];
    if (first.code === 'UNAUTHENTICATED' && options.auth !== false) onUnauthenticated();
    const retryable = first.code === 'UNAVAILABLE' || first.code === 'INTERNAL' || response.status === 503;
    throw new ApiError(first.message, first.code, first.field, details, retryable, retryAfter ?? body.errors[0].extensions?.retryAfterSeconds);
  }
  if (response.status >= 500) throw new ApiError(`http ${response.status}`, 'NETWORK', undefined, [], true, retryAfter);
  if (!body.data) throw new ApiError('empty response', 'NETWORK', undefined, [], true);
  return body.data;
}

/**
 * Sends a file to one of the gateway's REST routes (the ADMIN's directory upload), with the access
 * token, and reads the JSON answer; a refusal becomes an ApiError like GraphQL's.
 */
export async function uploadFile<T>(path: string, body: Blob | ArrayBuffer, contentType: string): Promise<T> {
  const token = await tokenSource();
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body, credentials: 'omit' });
  } catch {
    throw new ApiError('network', 'NETWORK', undefined, [], true);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError(`http ${response.status}`, 'NETWORK', undefined, [], true);
  }
  if (!response.ok) {
    const e = json as { code?: string; message?: string; field?: string };
    if (e.code === 'UNAUTHENTICATED') onUnauthenticated();
    throw new ApiError(e.message ?? `http ${response.status}`, e.code, e.field, [{ message: e.message ?? '', code: e.code, field: e.field }], response.status >= 500);
  }
  return json as T;
}

let wsClient: Client | undefined;
const reconnectListeners = new Set<() => void>();

/** Runs `listener` each time the live connection comes back after a drop; returns the unsubscribe. */
export function onLiveReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${GRAPHQL_PATH}`;
}

function liveClient(): Client {
  if (!wsClient) {
    // After the gateway ended the socket for its session or token, the next connection renews
    // first: a new token if the session lives on, the end of the session (sign-in page) if not.
    let renewFirst = false;
    wsClient = createClient({
      url: wsUrl(),
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) reconnectListeners.forEach((listener) => listener());
        },
        closed: (event) => {
          if (SESSION_ENDED_CODES.includes((event as { code?: number }).code ?? 0)) renewFirst = true;
        },
      },
      connectionParams: async () => {
        const token = renewFirst ? await renewSource() : await tokenSource();
        renewFirst = false;
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    });
  }
  return wsClient;
}

/** Subscribes to a live feed; returns the function that stops it. */
export function subscribe<T, V extends Variables>(operation: Operation<T, V>, onData: (data: T) => void, onError?: (error: unknown) => void): () => void {
  return liveClient().subscribe<T>(
    { query: operation.toString() },
    {
      next: (result) => {
        if (result.data) onData(result.data);
      },
      error: (error) => onError?.(error),
      complete: () => undefined,
    },
  );
}

/** Closes the live connection (at logout: the next user opens their own). */
export function closeLive(): void {
  const client = wsClient;
  wsClient = undefined;
  void client?.dispose();
}
