import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RetentionSettingsEntity } from './retention-settings.entity';

/** Each municipality's retention settings. Methods take their transaction. */
@Injectable()
export class RetentionRepository {
  retention(em: EntityManager, municipality: string): Promise<RetentionSettingsEntity | null> {
    return em.findOne(RetentionSettingsEntity, { where: { municipality } });
  }

  async upsertRetention(em: EntityManager, r: RetentionSettingsEntity): Promise<void> {
    await em.upsert(RetentionSettingsEntity, r, ['municipality']);
  }
}
