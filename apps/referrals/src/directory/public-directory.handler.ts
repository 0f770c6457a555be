import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor, CatalogueItemV1, CatalogueQueryV1, CatalogueServiceQueryV1, CatalogueServiceV1, HsdsExportFilesV1, HsdsExportV1, ImportHsdsV1, ImportResultV1, ListTaxonomyTermsV1,
  MapTaxonomyTermResultV1, MapTaxonomyTermV1, Page, REQUEST_PATTERNS, Role, RpcRequest, ServiceDetailsQueryV1, TaxonomyTermMappingV1, parseContract,
} from '@prossimo/contracts';
import { CLOCK, Clock, RequiredActor, RpcActor, RpcPublic, RpcRoles } from '@prossimo/platform';
import { CatalogueService } from './catalogue.service';
import { buildExport } from './hsds-export';
import { HsdsImportService } from './hsds-import.service';
import { HsdsRepository } from './hsds.repository';
import { TaxonomyMappingService } from './taxonomy-mapping.service';

/** Request-reply adapter of the public directory (issue 15): catalogue, HSDS import and export, the taxonomy mapping. */
@Controller()
export class PublicDirectoryHandler {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly imports: HsdsImportService,
    private readonly mapping: TaxonomyMappingService,
    private readonly hsds: HsdsRepository,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.referrals.catalogue)
  async list(@Payload() req: RpcRequest, @RpcActor() actor: Actor | undefined): Promise<Page<CatalogueItemV1>> {
    return this.catalogue.list(actor, await parseContract(CatalogueQueryV1, req.payload ?? {}));
  }

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.referrals.catalogueService)
  async service(@Payload() req: RpcRequest): Promise<CatalogueServiceV1> {
    return this.catalogue.get(await parseContract(CatalogueServiceQueryV1, req.payload));
  }

  /** Its editors' view of a service's public page (any status): ADMIN of its municipality, ORG_OPERATOR of its organisation. */
  @RpcRoles(Role.ADMIN, Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.referrals.serviceDetails)
  async serviceDetails(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<CatalogueServiceV1> {
    return this.catalogue.get(await parseContract(ServiceDetailsQueryV1, req.payload), actor);
  }

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.referrals.hsdsExport)
  async export(@Payload() req: RpcRequest): Promise<HsdsExportFilesV1> {
    const q = await parseContract(HsdsExportV1, req.payload ?? {});
    return { files: buildExport(await this.hsds.exportRows(q.municipality ?? null), { municipality: q.municipality ?? null, now: this.now() }) };
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.referrals.importHsds)
  async importHsds(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ImportResultV1> {
    return this.imports.import(actor, await parseContract(ImportHsdsV1, req.payload));
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.referrals.taxonomyTerms)
  async terms(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<Page<TaxonomyTermMappingV1>> {
    return this.mapping.list(actor, await parseContract(ListTaxonomyTermsV1, req.payload ?? {}));
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.referrals.mapTaxonomyTerm)
  async map(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<MapTaxonomyTermResultV1> {
    return this.mapping.map(actor, await parseContract(MapTaxonomyTermV1, req.payload));
  }
}
