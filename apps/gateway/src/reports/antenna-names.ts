import { Injectable, Logger } from '@nestjs/common';
import { REQUEST_PATTERNS } from '@prossimo/contracts';
import { Caller } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';

/**
 * Which antenna flagged each report on the social desk's screens: reports keeps antenna ids,
 * antennas their names (a volunteer's antenna may carry a person's name, so names stay out of
 * events). One request per list; if antennas does not answer, the names are left empty and the
 * page still works.
 */
@Injectable()
export class AntennaNames {
  private readonly logger = new Logger('AntennaNames');

  constructor(private readonly rpc: RpcClient) {}

  async attach<T extends { antennaId: string }>(caller: Caller, items: T[]): Promise<(T & { antennaName: string | null })[]> {
    const ids = [...new Set(items.map((i) => i.antennaId))];
    let names = new Map<string, string>();
    if (ids.length > 0) {
      try {
        names = new Map((await this.rpc.call(REQUEST_PATTERNS.antennas.names, { ids }, caller.actor)).map((a) => [a.id, a.name]));
      } catch (err) {
        this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'antenna names unavailable: shown without them');
      }
    }
    return items.map((i) => ({ ...i, antennaName: names.get(i.antennaId) ?? null }));
  }
}
