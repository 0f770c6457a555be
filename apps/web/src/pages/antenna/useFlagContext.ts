import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { sessionStore } from './pending';
import { graphql } from '../../gql';

export interface NeighbourhoodOption {
  code: string;
  name: string;
}

const NEIGHBOURHOODS = graphql(`query FlagNeighbourhoods($municipality: String) { neighbourhoods(municipality: $municipality) { code name } }`);
/** Asked on its own: if it fails, the form still works (nothing is preselected). */
const MY_ANTENNA = graphql(`query FlagMyAntenna { myAntenna { neighbourhoodCode } }`);

/** The last list and antenna neighbourhood seen in this tab, so the form still works if the network drops. */
const CACHE_KEY = 'prossimo.flag-context';

interface Cached {
  municipality: string;
  neighbourhoods: NeighbourhoodOption[];
  antennaNeighbourhood?: string;
}

function readCache(municipality: string): Cached | undefined {
  try {
    const raw = sessionStore()?.getItem(CACHE_KEY);
    const value = raw ? (JSON.parse(raw) as Cached) : undefined;
    return value && value.municipality === municipality && Array.isArray(value.neighbourhoods) ? value : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(value: Cached): void {
  try {
    sessionStore()?.setItem(CACHE_KEY, JSON.stringify(value));
  } catch {
    /* the cache is a convenience */
  }
}

export interface FlagContext {
  neighbourhoods: NeighbourhoodOption[];
  /** The signed-in antenna's neighbourhood, to preselect. */
  antennaNeighbourhood: string | undefined;
  loading: boolean;
  /** Set only when there is no list at all to offer. */
  error: ApiError | undefined;
  reload(): Promise<void>;
}

export function useFlagContext(municipality: string | undefined): FlagContext {
  const [cached] = useState(() => readCache(municipality ?? ''));
  const list = useQuery(NEIGHBOURHOODS, municipality ? { municipality } : {});
  const antenna = useQuery(MY_ANTENNA);

  const neighbourhoods = useMemo(
    () => [...(list.data?.neighbourhoods ?? cached?.neighbourhoods ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'it')),
    [list.data, cached],
  );
  const antennaNeighbourhood = antenna.data?.myAntenna.neighbourhoodCode ?? cached?.antennaNeighbourhood;

  useEffect(() => {
    if (list.data) writeCache({ municipality: municipality ?? '', neighbourhoods: list.data.neighbourhoods, antennaNeighbourhood });
  }, [municipality, list.data, antennaNeighbourhood]);

  return {
    neighbourhoods,
    antennaNeighbourhood,
    loading: list.loading && neighbourhoods.length === 0,
    error: neighbourhoods.length === 0 ? list.error : undefined,
    reload: list.reload,
  };
}
