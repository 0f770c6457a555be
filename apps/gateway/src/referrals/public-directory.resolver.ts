import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Actor, CatalogueItemV1, CatalogueServiceV1, MapTaxonomyTermResultV1, Page, REQUEST_PATTERNS, Role, OrganisationV1, TaxonomyTermMappingV1,
} from '@prossimo/contracts';
import { Need } from '../graphql/enums';
import { Caller, CurrentCaller, OptionalActor, Public, Roles } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';
import { CatalogueConnection, CatalogueService, TaxonomyMappingResult, TaxonomyTermMappingConnection } from './public-directory.models';
import { Organisation } from './directory.models';

const defined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));

/** The residents' catalogue (public) and the ADMIN's mapping of other publishers' taxonomy terms to needs. */
@Resolver()
export class PublicDirectoryResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Public()
  @Query(() => CatalogueConnection, {
    description: "The residents' catalogue of services (no token): active and temporarily closed services of a municipality (`municipality`, else yours when signed in), by need, neighbourhood served, words and `availableNow`; by name.",
  })
  async catalogue(
    @OptionalActor() actor: Actor | undefined,
    @Args('municipality', { nullable: true }) municipality?: string,
    @Args('need', { type: () => Need, nullable: true }) need?: Need,
    @Args('neighbourhoodCode', { nullable: true }) neighbourhoodCode?: string,
    @Args('search', { nullable: true }) search?: string,
    @Args('availableNow', { nullable: true }) availableNow?: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Page<CatalogueItemV1>> {
    return this.rpc.call(REQUEST_PATTERNS.referrals.catalogue, defined({ municipality, need, neighbourhoodCode, search, availableNow, first, after }), actor);
  }

  @Public()
  @Query(() => CatalogueService, { description: "A service's public page (no token): organisation, places with address and hours, how to access it, who may, cost, contacts." })
  async catalogueService(@Args('id', { type: () => ID }) id: string): Promise<CatalogueServiceV1> {
    return this.rpc.call(REQUEST_PATTERNS.referrals.catalogueService, { id });
  }

  @Roles(Role.ADMIN, Role.ORG_OPERATOR)
  @Query(() => CatalogueService, { description: "A service's public page as its editors see it, whatever its status: ADMIN of its municipality, ORG_OPERATOR of its organisation (to edit it)." })
  async serviceDetails(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<CatalogueServiceV1> {
    return this.rpc.call(REQUEST_PATTERNS.referrals.serviceDetails, { id }, caller.actor);
  }

  @Roles(Role.ORG_OPERATOR)
  @Query(() => Organisation, { description: 'Your organisation (ORG_OPERATOR), to keep its public details current.' })
  async myOrganisation(@CurrentCaller() caller: Caller): Promise<OrganisationV1> {
    return this.rpc.call(REQUEST_PATTERNS.referrals.myOrganisation, {}, caller.actor);
  }

  @Roles(Role.ADMIN)
  @Query(() => TaxonomyTermMappingConnection, { description: "Terms of other publishers' taxonomies imported into your municipality, with the need each maps to." })
  async taxonomyTerms(
    @CurrentCaller() caller: Caller,
    @Args('mapped', { nullable: true, description: 'true: mapped only; false: not yet mapped' }) mapped?: boolean,
    @Args('search', { nullable: true }) search?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Page<TaxonomyTermMappingV1>> {
    return this.rpc.call(REQUEST_PATTERNS.referrals.taxonomyTerms, defined({ mapped, search, first, after }), caller.actor);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => TaxonomyMappingResult, { description: 'Maps a term to a need (or to none): every service carrying it gets its needs again at once.' })
  async mapTaxonomyTerm(
    @Args('termId', { type: () => ID }) termId: string,
    @CurrentCaller() caller: Caller,
    @Args('need', { type: () => Need, nullable: true }) need?: Need | null,
  ): Promise<MapTaxonomyTermResultV1> {
    return this.rpc.call(REQUEST_PATTERNS.referrals.mapTaxonomyTerm, defined({ termId, need }), caller.actor);
  }
}
