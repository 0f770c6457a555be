import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

export type { IsolationLevel };

/**
 * The unit of work of a service: `run` gives a callback one transaction's EntityManager, commits
 * when it resolves and rolls back when it throws; repositories take that manager as their first
 * argument, so a change, its history and its outbox row commit together. Services ask this for
 * a transaction instead of reaching through a repository to its DataSource.
 */
@Injectable()
export class Transactions {
  constructor(private readonly ds: DataSource) {}

  /** Runs `work` in one transaction, at PostgreSQL's default isolation (READ COMMITTED) unless told. */
  run<T>(work: (em: EntityManager) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    return isolation ? this.ds.transaction(isolation, work) : this.ds.transaction(work);
  }

  /** The manager for reads outside a transaction (each statement commits on its own). */
  get reads(): EntityManager {
    return this.ds.manager;
  }
}
