import { WEB_SECURITY_HEADERS, webSecurityHeaders } from './web-app';

describe("the web app's security headers", () => {
  it('allow no other host by default, and geolocation on this origin only', () => {
    expect(webSecurityHeaders('')).toBe(WEB_SECURITY_HEADERS);
    expect(WEB_SECURITY_HEADERS['Content-Security-Policy']).toContain("img-src 'self' data:;");
    expect(WEB_SECURITY_HEADERS['Permissions-Policy']).toBe('geolocation=(self), camera=(), microphone=()');
  });

  it('allow the one tile host for images when MAP_TILE_URL is set, and nothing else', () => {
    const csp = webSecurityHeaders('https://tiles.example.org/{z}/{x}/{y}.png')['Content-Security-Policy'];
    expect(csp).toContain("img-src 'self' data: https://tiles.example.org;");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("default-src 'self'");
  });
});
