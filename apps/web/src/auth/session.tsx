import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, closeLive, configureApi, gql, GRAPHQL_PATH } from '../api/client';
import { pendingReportCount, REFRESH_KEY, SESSION_PREFIX, TRUSTED_REFRESH_KEY } from './storageKeys';
import { graphql } from '../gql';

export type Role = 'ADMIN' | 'ANTENNA' | 'CITY_ANALYST' | 'ORG_OPERATOR' | 'SOCIAL_WORKER' | 'CITIZEN';

export interface Account {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  municipality: string;
  antennaId: string | null;
  organisationId: string | null;
}

export interface AuthPayload {
  token: string;
  refreshToken: string;
  expiresAt: string;
  /** Opened with «Ricorda questo dispositivo»: the refresh token is kept in localStorage. */
  trustedDevice?: boolean;
  account: Account;
}

graphql(`fragment SessionPayload on AuthPayload { token refreshToken expiresAt trustedDevice account { id email displayName role municipality antennaId organisationId } }`);
const LOGIN = graphql(`mutation Login($email: String!, $password: String!, $trustDevice: Boolean) { login(email: $email, password: $password, trustDevice: $trustDevice) { ...SessionPayload } }`);
const REFRESH = graphql(`mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ...SessionPayload } }`);
const LOGOUT = graphql(`mutation Logout { logout }`);

/**
 * Where the session lives. A shop's device is shared: the access token stays in memory; the refresh
 * token in this tab's sessionStorage (gone when the tab closes), so a reload keeps you signed in.
 * Everything the app keeps in sessionStorage starts with SESSION_PREFIX and is wiped at logout.
 */
export { SESSION_PREFIX };

export function clearSessionStorage(): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < window.sessionStorage.length; i += 1) {
      const key = window.sessionStorage.key(i);
      if (key?.startsWith(SESSION_PREFIX)) keys.push(key);
    }
    keys.forEach((key) => window.sessionStorage.removeItem(key));
  } catch {
    /* storage unavailable */
  }
  forgetTrustedDevice();
}

/** The trusted device's refresh token (the only thing of a session kept in localStorage). */
function trustedRefreshToken(): string | null {
  try {
    return window.localStorage.getItem(TRUSTED_REFRESH_KEY);
  } catch {
    return null;
  }
}

function forgetTrustedDevice(): void {
  try {
    window.localStorage.removeItem(TRUSTED_REFRESH_KEY);
  } catch {
    /* storage unavailable */
  }
}

/** This tab's refresh token, or the trusted device's. */
function savedRefreshToken(): string | null {
  try {
    return window.sessionStorage.getItem(REFRESH_KEY) ?? trustedRefreshToken();
  } catch {
    return trustedRefreshToken();
  }
}

interface SessionValue {
  account: Account | null;
  /** True while a saved session is being restored at load. */
  restoring: boolean;
  /**
   * Reports that were still waiting to be sent when the server ended the session (its sign-in
   * expired): they were wiped with the rest of the tab's data, and the login page says so.
   */
  unsentLost: number;
  login(email: string, password: string, trustDevice?: boolean): Promise<Account>;
  logout(): Promise<void>;
  adopt(payload: AuthPayload): void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [account, setAccount] = useState<Account | null>(null);
  const [restoring, setRestoring] = useState(true);
  const [unsentLost, setUnsentLost] = useState(0);
  const tokenRef = useRef<{ token: string; expiresAt: number } | null>(null);
  const refreshing = useRef<Promise<string | undefined> | null>(null);

  const accept = useCallback((payload: AuthPayload) => {
    tokenRef.current = { token: payload.token, expiresAt: new Date(payload.expiresAt).getTime() };
    try {
      if (payload.trustedDevice) {
        // A trusted device keeps its session when the browser closes: localStorage, not this tab's.
        window.localStorage.setItem(TRUSTED_REFRESH_KEY, payload.refreshToken);
        window.sessionStorage.removeItem(REFRESH_KEY);
      } else {
        window.sessionStorage.setItem(REFRESH_KEY, payload.refreshToken);
        forgetTrustedDevice();
      }
    } catch {
      /* without storage the session lasts until reload */
    }
    setAccount(payload.account);
  }, []);

  const drop = useCallback(() => {
    tokenRef.current = null;
    clearSessionStorage();
    closeLive();
    setAccount(null);
  }, []);

  /** The server ended the session (expired or revoked sign-in): wiped as at logout, and any unsent report is named. */
  const expire = useCallback(() => {
    const unsent = pendingReportCount();
    drop();
    if (unsent) setUnsentLost(unsent);
  }, [drop]);

  const refresh = useCallback(async (): Promise<string | undefined> => {
    if (refreshing.current) return refreshing.current;
    const refreshToken = savedRefreshToken();
    if (!refreshToken) return undefined;
    refreshing.current = (async () => {
      try {
        const data = await gql(REFRESH, { refreshToken }, { auth: false });
        accept(data.refreshSession);
        return data.refreshSession.token;
      } catch (error) {
        // Only a refused refresh token ends the session; a lost line or a busy server does not
        // (unsent reports live in this tab and must survive a blip).
        const e = error as { network?: boolean; code?: string };
        if (!e.network && e.code !== 'RATE_LIMITED' && e.code !== 'UNAVAILABLE') expire();
        return undefined;
      } finally {
        refreshing.current = null;
      }
    })();
    return refreshing.current;
  }, [accept, expire]);

  useEffect(() => {
    configureApi(
      async () => {
        const current = tokenRef.current;
        if (current && current.expiresAt - Date.now() > 60_000) return current.token;
        const renewed = await refresh();
        if (renewed) return renewed;
        const still = tokenRef.current;
        if (!still) return undefined;
        // The renewal got no answer (a slow line): an expired token would only earn an
        // UNAUTHENTICATED that ends the session and wipes unsent reports. Say "try again later".
        if (still.expiresAt <= Date.now()) throw new ApiError('network', 'NETWORK', undefined, [], true);
        return still.token;
      },
      () => expire(),
      refresh,
    );
  }, [refresh, expire]);

  useEffect(() => {
    let cancelled = false;
    // refresh never rejects (a refused token ends the session, anything else keeps it)
    void (async () => {
      if (savedRefreshToken()) await refresh();
      if (!cancelled) setRestoring(false);
    })();
    return () => {
      cancelled = true;
    };
  }, [refresh]);

  const login = useCallback(
    async (email: string, password: string, trustDevice = false) => {
      const data = await gql(LOGIN, { email, password, trustDevice }, { auth: false });
      accept(data.login);
      setUnsentLost(0);
      return data.login.account;
    },
    [accept],
  );

  /**
   * Signs out: the device is wiped first (a shop's device is shared, and the line may be down),
   * then the server is told with the token captured before the wipe, so the session ends there too.
   */
  const logout = useCallback(async () => {
    const token = tokenRef.current?.token;
    drop();
    if (!token) return;
    void fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: LOGOUT }),
      credentials: 'omit',
      keepalive: true,
    }).catch(() => undefined);
  }, [drop]);

  /** Takes over a sign-in another call already made (accepting an invitation signs you in). */
  const adopt = useCallback((payload: AuthPayload) => accept(payload), [accept]);

  const value = useMemo<SessionValue>(() => ({ account, restoring, unsentLost, login, logout, adopt }), [account, restoring, unsentLost, login, logout, adopt]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The page each role lands on. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'ANTENNA':
      return '/segnala';
    case 'ORG_OPERATOR':
      return '/inbox';
    case 'SOCIAL_WORKER':
      return '/triage';
    case 'CITY_ANALYST':
      return '/dashboard';
    case 'ADMIN':
      return '/admin';
    case 'CITIZEN':
      return '/volontari/turni';
  }
}
