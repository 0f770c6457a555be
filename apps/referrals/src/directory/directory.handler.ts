import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor, HsdsGetV1, ListServicesV1, HsdsListV1, ImportDirectoryV1, ImportResultV1, OrganisationV1, RegisterOrganisationV1, RegisterServiceV1, Role, REQUEST_PATTERNS, RpcRequest, ServiceV1,
  UpdateOrganisationV1, UpdateServiceCapacityV1, UpdateServiceV1, parseContract,
} from '@prossimo/contracts';
import { RequiredActor, RpcPublic, RpcRoles } from '@prossimo/platform';
import { DirectoryService } from './directory.service';
import { HsdsService } from './hsds.service';

/** Request-reply adapter of the directory: ADMIN writes, operators' capacity, and the public HSDS reads. */
@Controller()
export class DirectoryHandler {
  constructor(
    private readonly directory: DirectoryService,
    private readonly hsds: HsdsService,
  ) {}

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.referrals.registerOrganisation)
  async registerOrganisation(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<OrganisationV1> {
    return this.directory.registerOrganisation(actor, await parseContract(RegisterOrganisationV1, req.payload));
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.referrals.registerService)
  async registerService(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ServiceV1> {
    return this.directory.registerService(actor, await parseContract(RegisterServiceV1, req.payload));
  }

  @RpcRoles(Role.ADMIN, Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.referrals.updateOrganisation)
  async updateOrganisation(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<OrganisationV1> {
    return this.directory.updateOrganisation(actor, await parseContract(UpdateOrganisationV1, req.payload, 'input'));
  }

  @RpcRoles(Role.ADMIN, Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.referrals.updateService)
  async updateService(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ServiceV1> {
    return this.directory.updateService(actor, await parseContract(UpdateServiceV1, req.payload, 'input'));
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.referrals.importDirectory)
  async importDirectory(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ImportResultV1> {
    return this.directory.importDirectory(actor, await parseContract(ImportDirectoryV1, req.payload));
  }

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.referrals.myOrganisation)
  async myOrganisation(@RequiredActor() actor: Actor): Promise<OrganisationV1> {
    return this.directory.myOrganisation(actor);
  }

  @RpcRoles(Role.ADMIN)
  @MessagePattern(REQUEST_PATTERNS.referrals.listOrganisations)
  async listOrganisations(@RequiredActor() actor: Actor): Promise<OrganisationV1[]> {
    return this.directory.listOrganisations(actor);
  }

  @RpcRoles(Role.ADMIN, Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.referrals.listServices)
  async listServices(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ServiceV1[]> {
    return this.directory.listServices(actor, await parseContract(ListServicesV1, req.payload ?? {}));
  }

  @RpcRoles(Role.ORG_OPERATOR)
  @MessagePattern(REQUEST_PATTERNS.referrals.updateCapacity)
  async updateCapacity(@Payload() req: RpcRequest, @RequiredActor() actor: Actor): Promise<ServiceV1> {
    return this.directory.updateCapacity(actor, await parseContract(UpdateServiceCapacityV1, req.payload));
  }

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.referrals.hsdsServices)
  async services(@Payload() req: RpcRequest) {
    return this.hsds.services(await parseContract(HsdsListV1, req.payload ?? {}));
  }

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.referrals.hsdsService)
  async service(@Payload() req: RpcRequest) {
    return this.hsds.service(await parseContract(HsdsGetV1, req.payload));
  }

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.referrals.hsdsOrganizations)
  async organizations(@Payload() req: RpcRequest) {
    return this.hsds.organizations(await parseContract(HsdsListV1, req.payload ?? {}));
  }

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.referrals.hsdsOrganization)
  async organization(@Payload() req: RpcRequest) {
    return this.hsds.organization(await parseContract(HsdsGetV1, req.payload));
  }

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.referrals.hsdsTaxonomies)
  async taxonomies(@Payload() req: RpcRequest) {
    return this.hsds.taxonomies(await parseContract(HsdsListV1, req.payload ?? {}));
  }

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.referrals.hsdsTaxonomyTerms)
  async taxonomyTerms(@Payload() req: RpcRequest) {
    return this.hsds.taxonomyTerms(await parseContract(HsdsListV1, req.payload ?? {}));
  }

  @RpcPublic()
  @MessagePattern(REQUEST_PATTERNS.referrals.hsdsServiceAtLocations)
  async serviceAtLocations(@Payload() req: RpcRequest) {
    return this.hsds.serviceAtLocations(await parseContract(HsdsListV1, req.payload ?? {}));
  }
}
