import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, gql } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { LatLng, metresBetween } from './places';
import { NEIGHBOURHOODS, Neighbourhood, Point, STREETS, Street, allPoints } from './publicApi';

export type Origin = LatLng & { label: string; source: 'address' | 'position' };
export type PositionState = 'idle' | 'asking' | 'denied' | 'unavailable';

/**
 * The finder's state: the municipality's points and neighbourhoods, where the list is measured
 * from (a street of the gazetteer, or this phone's position — used here only, never sent), and a
 * neighbourhood to look in. The points come once; distances are computed on the device.
 */
export function useFinder(municipality: string | undefined) {
  const shapes = useQuery(NEIGHBOURHOODS, { m: municipality }, { skip: !municipality });
  const [points, setPoints] = useState<Point[]>();
  const [pointsError, setPointsError] = useState<ApiError>();
  const [origin, setOrigin] = useState<Origin | null>(null);
  const [neighbourhood, setNeighbourhood] = useState('');
  const [streets, setStreets] = useState<Street[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [streetError, setStreetError] = useState<ApiError>();
  const [position, setPosition] = useState<PositionState>('idle');

  const loadPoints = useCallback(async () => {
    if (!municipality) return;
    setPointsError(undefined);
    try {
      setPoints(await allPoints(municipality));
    } catch (e) {
      setPointsError(e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []));
    }
  }, [municipality]);
  useEffect(() => {
    void loadPoints();
  }, [loadPoints]);

  const searchStreet = useCallback(
    async (text: string) => {
      if (!municipality || text.trim().length < 2) return;
      setSearching(true);
      setStreetError(undefined);
      try {
        const d = await gql(STREETS, { m: municipality, s: text.trim() }, { auth: false });
        setStreets(d.streets);
        if (d.streets.length === 1) chooseStreet(d.streets[0]);
      } catch (e) {
        setStreetError(e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []));
      } finally {
        setSearching(false);
      }
    },
    [municipality],
  );

  const chooseStreet = (s: Street) => {
    setOrigin({ lat: s.lat, lng: s.lng, label: s.name, source: 'address' });
    setNeighbourhood('');
  };

  /** The browser asks the person; the position stays in this page's memory. */
  const askPosition = () => {
    if (!('geolocation' in navigator)) {
      setPosition('unavailable');
      return;
    }
    setPosition('asking');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setOrigin({ lat: p.coords.latitude, lng: p.coords.longitude, label: '', source: 'position' });
        setNeighbourhood('');
        setStreets(null);
        setPosition('idle');
      },
      (err) => setPosition(err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  const chooseNeighbourhood = (code: string) => {
    setNeighbourhood(code);
    if (code) {
      setOrigin(null);
      setStreets(null);
    }
  };

  const ranked = useMemo(() => {
    const list = (points ?? []).filter((p) => !neighbourhood || p.neighbourhoodCode === neighbourhood);
    if (!origin) return list.map((p) => ({ point: p, metres: null as number | null })).sort((a, b) => a.point.name.localeCompare(b.point.name, 'it'));
    return list.map((p) => ({ point: p, metres: metresBetween(origin, p) })).sort((a, b) => (a.metres ?? 0) - (b.metres ?? 0) || a.point.id.localeCompare(b.point.id));
  }, [points, origin, neighbourhood]);

  return {
    neighbourhoods: shapes.data?.neighbourhoods ?? [],
    shapesError: shapes.error,
    points,
    pointsError,
    reloadPoints: loadPoints,
    ranked,
    origin,
    neighbourhood,
    chooseNeighbourhood,
    streets,
    searching,
    streetError,
    searchStreet,
    chooseStreet,
    position,
    askPosition,
    clear: () => {
      setOrigin(null);
      setNeighbourhood('');
      setStreets(null);
    },
  };
}
