import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { BusSettings, Secret, pemFromEnv } from '@prossimo/platform';
import { IsTrustProxy } from './trust-proxy';

/** The gateway's settings, validated at boot. */
export class GatewaySettings extends BusSettings {
  @IsString()
  @IsNotEmpty()
  HOST = '0.0.0.0';

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** The identity database: accounts, password hashes. No business data. */
  @Secret()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/prossimo_gateway';

  /** Ed25519 private key (PKCS#8 PEM) that signs access tokens. Only the gateway holds it. */
  @Secret()
  @Transform(({ value }) => (typeof value === 'string' ? pemFromEnv(value) : value))
  @Matches(/-----BEGIN PRIVATE KEY-----/, { message: 'AUTH_PRIVATE_KEY must be a PEM private key' })
  AUTH_PRIVATE_KEY = '';

  /** Access tokens are short-lived; clients renew them with the refresh token. */
  @IsInt()
  @Min(60)
  @Max(24 * 3600)
  TOKEN_TTL_SECONDS = 900;

  /** How long a session (its refresh token) lasts without being used. A shop's device is shared: keep it short. */
  @IsInt()
  @Min(300)
  @Max(30 * 24 * 3600)
  REFRESH_TTL_SECONDS = 12 * 3600;

  /**
   * How long a session lasts without being used on a device the person marked as trusted at
   * sign-in («Ricorda questo dispositivo»). Logout and a password change still end it at once.
   */
  @IsInt()
  @Min(300)
  @Max(90 * 24 * 3600)
  TRUSTED_REFRESH_TTL_SECONDS = 30 * 24 * 3600;

  /** An SMTP relay (no authentication, like the referrals service's): «password dimenticata» e-mails a reset link. Empty: the page says to ask the administrator. */
  @IsString()
  @MaxLength(255)
  SMTP_HOST = '';

  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT = 25;

  @IsEmail()
  SMTP_FROM = 'prossimo@localhost.localdomain';

  /** Where people open Prossimo: the reset link in an e-mail points there. */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_WEB_URL = 'http://localhost:3000';

  /**
   * An address lookup for the administrator placing an antenna (a Nominatim-style search:
   * `<GEOCODER_URL>?q=<address>&format=json&limit=5`, answering `[{ lat, lon, display_name }]`),
   * called by the gateway, never by the browser. Empty (the default): no lookup; the position is
   * picked on the neighbourhood map.
   */
  @ValidateIf((s: GatewaySettings) => s.GEOCODER_URL !== '')
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: 'GEOCODER_URL must be an http(s) URL (or empty)' })
  GEOCODER_URL = '';

  /** How long the gateway waits for a service before answering UNAVAILABLE. */
  @IsInt()
  @Min(100)
  @Max(60_000)
  RPC_TIMEOUT_MS = 5000;

  /** Timeouts in a row after which calls to that service fail fast (UNAVAILABLE with Retry-After) for RPC_BREAKER_OPEN_MS. */
  @IsInt()
  @Min(1)
  @Max(100)
  RPC_BREAKER_TIMEOUTS = 3;

  @IsInt()
  @Min(100)
  @Max(120_000)
  RPC_BREAKER_OPEN_MS = 5000;

  @IsBoolean()
  GRAPHQL_INTROSPECTION = true;

  /** "local": accounts in the identity database; "oidc": the city's OpenID Connect issuer. */
  @IsIn(['local', 'oidc'])
  AUTH_MODE: 'local' | 'oidc' = 'local';

  /** OIDC only: the issuer (iss), the audience this gateway is (aud), the JWKS URL and the algorithms accepted. */
  @ValidateIf((s: GatewaySettings) => s.AUTH_MODE === 'oidc')
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'OIDC_ISSUER must be a URL when AUTH_MODE=oidc' })
  OIDC_ISSUER = '';

  @ValidateIf((s: GatewaySettings) => s.AUTH_MODE === 'oidc')
  @IsNotEmpty({ message: 'OIDC_AUDIENCE is required when AUTH_MODE=oidc' })
  OIDC_AUDIENCE = '';

  @ValidateIf((s: GatewaySettings) => s.AUTH_MODE === 'oidc')
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'OIDC_JWKS_URL must be a URL when AUTH_MODE=oidc' })
  OIDC_JWKS_URL = '';

  /** Pinned: tokens signed with any other algorithm are refused (never "none", never HS* with a public key). */
  @Matches(/^(RS|PS|ES)(256|384|512)(,(RS|PS|ES)(256|384|512))*$|^EdDSA$/, { message: 'OIDC_ALGORITHMS must list asymmetric algorithms, e.g. RS256,ES256' })
  OIDC_ALGORITHMS = 'RS256';

  /** Claim names carrying the Prossimo role, municipality (ISTAT), organisation and antenna. */
  @IsNotEmpty()
  OIDC_ROLE_CLAIM = 'prossimo_role';

  @IsNotEmpty()
  OIDC_MUNICIPALITY_CLAIM = 'prossimo_municipality';

  @IsNotEmpty()
  OIDC_ORGANISATION_CLAIM = 'prossimo_organisation';

  @IsNotEmpty()
  OIDC_ANTENNA_CLAIM = 'prossimo_antenna';

  /**
   * Requests per minute from one client address (an IPv6 client: its /64) to /graphql, /hsds/,
   * /health and the CSV downloads, counted in memory by each gateway instance (no database write).
   */
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_ADDRESS = 600;

  /** Requests per minute from one signed-in account, counted across every gateway instance (identity database, written in batches). */
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_ACCOUNT = 300;

  /**
   * Which proxies in front of the gateway are believed about the client's address
   * (X-Forwarded-For): "false" (default: none, the connecting address is the client), a number of
   * hops (e.g. 1 behind one ingress), or a comma-separated list of addresses and CIDRs of the
   * proxies (e.g. "10.0.0.0/8"). Behind a proxy without it, every resident shares the proxy's
   * address and its per-address budget.
   */
  @IsTrustProxy()
  TRUST_PROXY = 'false';

  /**
   * Lets a caller that sends it in the X-Health-Token header read /health's details (each part's
   * state and counts); without it only a signed-in ADMIN can. Anyone else gets `{ status }`. The
   * launcher generates one per run. Empty: no token.
   */
  @Secret()
  @ValidateIf((s: GatewaySettings) => s.HEALTH_DETAILS_TOKEN !== '')
  @MinLength(16, { message: 'HEALTH_DETAILS_TOKEN must be at least 16 characters (or empty)' })
  HEALTH_DETAILS_TOKEN = '';

  /** How long one /health check answers every caller (concurrent callers share one check in flight). */
  @IsInt()
  @Min(0)
  @Max(60_000)
  HEALTH_CACHE_MS = 2000;

  /** Failed logins for one email before it is locked out for LOGIN_LOCKOUT_SECONDS. */
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  @IsInt()
  @Min(10)
  LOGIN_LOCKOUT_SECONDS = 900;

  @IsInt()
  @Min(1)
  @Max(64)
  DB_POOL_SIZE = 5;

  /** Live sockets (graphql-ws): open sockets per account (per instance), active subscriptions per socket, new subscriptions per socket per minute, largest message. */
  @IsInt()
  @Min(1)
  @Max(100)
  WS_MAX_SOCKETS_PER_ACCOUNT = 5;

  @IsInt()
  @Min(1)
  @Max(100)
  WS_MAX_SUBSCRIPTIONS_PER_SOCKET = 10;

  @IsInt()
  @Min(1)
  @Max(1000)
  WS_SUBSCRIBE_PER_MINUTE = 30;

  @IsInt()
  @Min(1024)
  @Max(1024 * 1024)
  WS_MAX_MESSAGE_BYTES = 64 * 1024;

  /** How often a live socket's session is checked against the identity database (a logout made through another instance). */
  @IsInt()
  @Min(1)
  @Max(300)
  WS_SESSION_CHECK_SECONDS = 15;

  /** The built web app (vite's output) served at `/`; empty: next to the gateway's build, dist/web. */
  @IsString()
  WEB_DIR = '';

  /**
   * A map tile server for the public map of proximity points, as a template
   * (`https://tiles.example.org/{z}/{x}/{y}.png`). Empty (the default): no tiles, the map is the
   * neighbourhoods drawn from their boundaries and no request ever leaves the origin. When set, the
   * page's Content-Security-Policy allows that one host for images.
   */
  @ValidateIf((s: GatewaySettings) => s.MAP_TILE_URL !== '')
  @Matches(/^https:\/\/[a-z0-9.-]+(:\d+)?\/\S*\{z\}\S*\{x\}\S*\{y\}\S*$/i, { message: 'MAP_TILE_URL must be an https URL template with {z}, {x} and {y}' })
  MAP_TILE_URL = '';

  /** Who the tiles are from, shown under the map (e.g. "© OpenStreetMap contributors"); required by most tile licences. */
  @IsString()
  MAP_TILE_ATTRIBUTION = '';

  /** The public application form's proof of work: leading zero bits of SHA-256 the browser must find (14: about 16,000 tries, a second or two on a phone). */
  @IsInt()
  @Min(0)
  @Max(24)
  APPLICATION_POW_BITS = 14;

  /** Applications to become a proximity point per client address per hour (on top of the per-address request limit). */
  @IsInt()
  @Min(1)
  APPLICATIONS_PER_ADDRESS_PER_HOUR = 5;

  /** Residents' sign-ups as volunteers (local accounts) per client address per hour. */
  @IsInt()
  @Min(1)
  CITIZEN_SIGN_UPS_PER_ADDRESS_PER_HOUR = 5;
}
