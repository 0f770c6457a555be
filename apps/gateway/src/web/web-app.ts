import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Paths the gateway answers itself; everything else that asks for HTML gets the web app. */
const API_PREFIXES = ['/graphql', '/health', '/hsds', '/open-data', '/insights', '/admin/directory-import', '/community'];

/**
 * The page's security headers. Everything comes from this origin: no external font, tile or script
 * host ever learns who looks at what. Inline styles only (React's style attributes, SVG fills).
 */
export const WEB_SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // React's style attributes (SVG fills, bar heights); an injected <style> element stays refused.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    // 'self' covers the same origin's ws:/wss: (CSP Level 3): the live feed, and nothing else.
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  // The public finder's «usa la mia posizione» asks the browser, on this origin only, after a press.
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=()',
};

/** The headers with a tile server allowed for images when MAP_TILE_URL is set (that one host, nothing else). */
export function webSecurityHeaders(tileUrl: string): Record<string, string> {
  if (!tileUrl) return WEB_SECURITY_HEADERS;
  const origin = new URL(tileUrl.replace(/\{[a-z]\}/g, '0')).origin;
  return { ...WEB_SECURITY_HEADERS, 'Content-Security-Policy': WEB_SECURITY_HEADERS['Content-Security-Policy'].replace("img-src 'self' data:", `img-src 'self' data: ${origin}`) };
}

export function webDirectory(configured: string): string {
  // dist/apps/gateway/src/web/web-app.js → dist/web
  return configured ? resolve(configured) : resolve(__dirname, '../../../../web');
}

const COMPRESSIBLE: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
};

/**
 * The build's text files gzipped once at start (a shop's phone may be on a slow line: the first
 * visit is about a fifth of the raw size). Fonts are already compressed (woff2).
 */
function gzipAssets(dir: string): Map<string, { body: Buffer; type: string }> {
  const assets = new Map<string, { body: Buffer; type: string }>();
  const assetsDir = join(dir, 'assets');
  if (!existsSync(assetsDir)) return assets;
  for (const name of readdirSync(assetsDir)) {
    const type = COMPRESSIBLE[extname(name)];
    if (type) assets.set(`/assets/${name}`, { body: gzipSync(readFileSync(join(assetsDir, name)), { level: 9 }), type });
  }
  return assets;
}

const acceptsGzip = (req: Request) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

/** Serves the built web app at `/` (hashed assets cached for a year, gzipped when the browser accepts it; index.html never cached). */
export function serveWebApp(app: NestExpressApplication, configured: string, tileUrl = ''): void {
  const headers = webSecurityHeaders(tileUrl);
  const logger = new Logger('WebApp');
  const dir = webDirectory(configured);
  const index = join(dir, 'index.html');
  const built = existsSync(index);
  if (!built) logger.warn(`web app not found in ${dir}: run "npm run build" (the API works without it)`);
  const isApi = (path: string) => API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}.`));

  app.use((req: Request, res: Response, next: NextFunction) => {
    // Every answer, API included, is never sniffed and never leaks where it was read from.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (isApi(req.path)) return next();
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    return next();
  });
  if (built) {
    const gzipped = gzipAssets(dir);
    app.use((req: Request, res: Response, next: NextFunction) => {
      const asset = (req.method === 'GET' || req.method === 'HEAD') && acceptsGzip(req) ? gzipped.get(req.path) : undefined;
      if (!asset) return next();
      res.setHeader('Content-Type', asset.type);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      res.setHeader('Content-Length', String(asset.body.length));
      return req.method === 'HEAD' ? res.end() : res.end(asset.body);
    });
    app.useStaticAssets(dir, {
      index: false,
      redirect: false,
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', path.includes(`${join(dir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi(req.path) || req.path.startsWith('/assets/')) return next();
    if (!built) {
      res.status(503).type('text/plain; charset=utf-8').send('Prossimo: l’app web non è stata compilata (npm run build). / The web app is not built (npm run build).\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
