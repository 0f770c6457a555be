import { useCallback, useMemo } from 'react';
import { useQuery } from '../api/hooks';
import { graphql } from '../gql';

export interface NeighbourhoodItem {
  code: string;
  name: string;
}

const NEIGHBOURHOODS = graphql(`query Neighbourhoods { neighbourhoods { code name } }`);

/** The municipality's neighbourhoods, and a function giving a code's name (the code itself when unknown). */
export function useNeighbourhoods(): { list: NeighbourhoodItem[]; nameOf(code: string): string } {
  const { data } = useQuery(NEIGHBOURHOODS);
  const list = useMemo(() => [...(data?.neighbourhoods ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'it')), [data]);
  const names = useMemo(() => new Map(list.map((n) => [n.code, n.name])), [list]);
  const nameOf = useCallback((code: string) => names.get(code) ?? code, [names]);
  return { list, nameOf };
}
