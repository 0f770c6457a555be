import { DynamicModule, Module } from '@nestjs/common';
import { Clock, serviceKit, ServiceKitOptions } from '@prossimo/platform';
import { AuditRepository } from './audit/audit.repository';
import { AuditService } from './audit/audit.service';
import { CaseworkHandler } from './casework/casework.handler';
import { CaseworkRepository } from './casework/casework.repository';
import { CaseworkService } from './casework/casework.service';
import { ReportsSettings } from './config/reports.env';
import { MasterKeys, parseKeyList } from './crypto/envelope';
import { REPORTS_DATABASE } from './database/reports.database';
import { HealthHandler } from './health/health.handler';
import { BreakGlassRepository } from './privacy/break-glass.repository';
import { PrivacyHandler } from './privacy/privacy.handler';
import { PrivacyService } from './privacy/privacy.service';
import { ProjectionsConsumer } from './projections/projections.consumer';
import { ProjectionsRepository } from './projections/projections.repository';
import { ReferralDeskHandler } from './referral-desk/referral-desk.handler';
import { ReferralDeskRepository } from './referral-desk/referral-desk.repository';
import { ReferralDeskService } from './referral-desk/referral-desk.service';
import { ReferralNotesHandler } from './referral-notes/referral-notes.handler';
import { ReferralNotesRepository } from './referral-notes/referral-notes.repository';
import { ReferralNotesService } from './referral-notes/referral-notes.service';
import { ReportsHandler } from './reports/reports.handler';
import { ReportsRepository } from './reports/reports.repository';
import { ReportsService } from './reports/reports.service';
import { RetentionRepository } from './retention/retention.repository';
import { RetentionService } from './retention/retention.service';
import { MASTER_KEYS, Vault } from './vault/vault';
import { VaultRepository } from './vault/vault.repository';
import { WellbeingHandler } from './wellbeing/wellbeing.handler';
import { WellbeingRepository } from './wellbeing/wellbeing.repository';
import { WellbeingService } from './wellbeing/wellbeing.service';

/** The request-reply adapters of the service (the audit test enumerates their patterns). */
export const REPORTS_HANDLERS = [ReportsHandler, CaseworkHandler, PrivacyHandler, ReferralNotesHandler, ReferralDeskHandler, WellbeingHandler, HealthHandler];

export function masterKeysFrom(settings: ReportsSettings): MasterKeys {
  return new MasterKeys(settings.REPORTS_MASTER_KEY_ID, settings.REPORTS_MASTER_KEY, parseKeyList(settings.REPORTS_OLD_MASTER_KEYS));
}

@Module({})
export class ReportsModule {
  static register(settings: ReportsSettings, opts: { clock?: Clock; messaging?: ServiceKitOptions<ReportsSettings>['messaging'] } = {}): DynamicModule {
    const kit = serviceKit({ service: 'reports', settings, database: REPORTS_DATABASE, ...opts });
    return {
      module: ReportsModule,
      imports: kit.imports,
      controllers: REPORTS_HANDLERS,
      providers: [
        ...kit.providers,
        { provide: MASTER_KEYS, useValue: masterKeysFrom(settings) },
        VaultRepository,
        Vault,
        AuditRepository,
        AuditService,
        ProjectionsRepository,
        ReportsRepository,
        ReportsService,
        CaseworkRepository,
        CaseworkService,
        BreakGlassRepository,
        RetentionRepository,
        PrivacyService,
        ReferralNotesRepository,
        ReferralNotesService,
        ReferralDeskRepository,
        ReferralDeskService,
        WellbeingRepository,
        WellbeingService,
        RetentionService,
        ProjectionsConsumer,
      ],
    };
  }
}
