import { Inject, Injectable, Logger } from '@nestjs/common';
import { Field, Float, ObjectType } from '@nestjs/graphql';
import { DomainError } from '@prossimo/contracts';
import { GatewaySettings } from '../config/gateway.env';
import { GATEWAY_SETTINGS } from '../config/settings.token';

@ObjectType({ description: 'A place an address lookup found.' })
export class GeocodedPlace {
  @Field({ description: 'How the lookup names it' })
  label: string;

  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  lng: number;
}

/**
 * The address lookup behind the administrator's «Cerca l'indirizzo» (GEOCODER_URL, a
 * Nominatim-style search): called by the gateway, so the browser still talks to nobody else
 * (CSP `connect-src 'self'`). Off when GEOCODER_URL is empty.
 */
@Injectable()
export class Geocoder {
  private readonly log = new Logger('Geocoder');

  constructor(@Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings) {}

  get available(): boolean {
    return this.settings.GEOCODER_URL !== '';
  }

  async search(address: string): Promise<GeocodedPlace[]> {
    const q = address.trim();
    if (q.length < 3 || q.length > 300) throw DomainError.badInput('address', 'address: da 3 a 300 caratteri / 3 to 300 characters');
    // Nothing configured: nothing found (the form offers the lookup only when addressLookupAvailable).
    if (!this.available) return [];
    const url = new URL(this.settings.GEOCODER_URL);
    url.searchParams.set('q', q);
    url.searchParams.set('format', 'json');
    url.searchParams.set('limit', '5');
    let body: unknown;
    try {
      const res = await fetch(url, { headers: { accept: 'application/json', 'user-agent': 'Prossimo (municipal welfare)' }, signal: AbortSignal.timeout(5000) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      body = await res.json();
    } catch (err) {
      this.log.warn(`address lookup failed: ${(err as Error).message}`);
      throw DomainError.unavailable('la ricerca dell’indirizzo non risponde: scegli il punto sulla mappa / the address lookup does not answer: pick the point on the map');
    }
    if (!Array.isArray(body)) return [];
    return body
      .slice(0, 5)
      .map((r: { lat?: unknown; lon?: unknown; display_name?: unknown }) => ({ lat: Number(r.lat), lng: Number(r.lon), label: String(r.display_name ?? '').slice(0, 300) }))
      .filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lng) && Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180 && p.label !== '');
  }
}
