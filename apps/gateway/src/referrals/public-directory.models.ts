import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Need } from '../graphql/enums';
import { Connection } from '../graphql/pagination';

@ObjectType({ description: 'What an import did to one field of a row.' })
export class ImportField {
  @Field({ description: 'the field as the file names it (tax_id, address_1, service_areas)' }) field: string;
  @Field({ description: 'created | updated | warning | refused' }) status: string;
  @Field(() => String, { nullable: true }) message: string | null;
}

@ObjectType({ description: 'One row of an HSDS file and what became of it.' })
export class ImportRow {
  @Field() table: string;
  @Field({ description: 'services.csv:4, or [2].service_at_locations[0].location' }) ref: string;
  @Field(() => Int) line: number;
  @Field(() => String, { nullable: true, description: "the publisher's id" }) id: string | null;
  @Field({ description: 'created | updated | unchanged | refused' }) status: string;
  @Field(() => [ImportField]) fields: ImportField[];
}

@ObjectType()
export class ImportTableCount {
  @Field() table: string;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) refused: number;
  @Field(() => Int, { description: 'rows that landed with a warning' }) warnings: number;
}

@ObjectType({ description: 'What an HSDS import (tabular data package or JSON objects) did, row by row and field by field.' })
export class ImportReport {
  @Field() format: string;
  @Field() source: string;
  @Field(() => [ImportTableCount]) tables: ImportTableCount[];
  @Field(() => [ImportRow], { description: 'refusals and warnings first; at most 1,000' }) rows: ImportRow[];
  @Field(() => Int) rowsLeftOut: number;
  @Field(() => Int, { description: 'active services whose terms map to no need: public, never routed' }) unrouted: number;
  @Field(() => Int, { description: 'terms of other taxonomies with no need mapped yet' }) unmappedTerms: number;
  @Field(() => [String]) ignored: string[];
}

@ObjectType({ description: "A term of another publisher's taxonomy and the need it maps to in your municipality." })
export class TaxonomyTermMapping {
  @Field(() => ID) id: string;
  @Field() taxonomy: string;
  @Field(() => String, { nullable: true }) code: string | null;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Need, { nullable: true, description: 'null: not mapped (its services are public but not routed)' }) need: Need | null;
  @Field(() => Int, { description: 'services carrying the term' }) services: number;
  @Field(() => String, { nullable: true }) mappedAt: string | null;
}

@ObjectType()
export class TaxonomyTermMappingConnection extends Connection(TaxonomyTermMapping) {}

@ObjectType()
export class TaxonomyMappingResult {
  @Field(() => TaxonomyTermMapping) term: TaxonomyTermMapping;
  @Field(() => Int, { description: 'services whose needs changed' }) servicesUpdated: number;
  @Field(() => Int, { description: 'active services of your municipality with no need now' }) unrouted: number;
}

@ObjectType({ description: 'A public phone number of an organisation, a service or a place.' })
export class PublicPhone {
  @Field() number: string;
  @Field(() => Int, { nullable: true }) extension: number | null;
  @Field(() => String, { nullable: true }) type: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
}

@ObjectType({ description: 'Opening hours: on byday (MO,TU,...) from opensAt to closesAt (Europe/Rome), or only a description.' })
export class PublicSchedule {
  @Field(() => String, { nullable: true }) freq: string | null;
  @Field(() => String, { nullable: true }) byday: string | null;
  @Field(() => String, { nullable: true }) opensAt: string | null;
  @Field(() => String, { nullable: true }) closesAt: string | null;
  @Field(() => String, { nullable: true }) validFrom: string | null;
  @Field(() => String, { nullable: true }) validTo: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
}

@ObjectType({ description: 'A place where a service is given.' })
export class PublicPlace {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field(() => String, { nullable: true }) stateProvince: string | null;
  @Field(() => String, { nullable: true }) transportation: string | null;
  @Field(() => Number, { nullable: true }) latitude: number | null;
  @Field(() => Number, { nullable: true }) longitude: number | null;
  @Field(() => [PublicPhone]) phones: PublicPhone[];
  @Field(() => [PublicSchedule]) schedules: PublicSchedule[];
}

@ObjectType()
export class PlaceSummary {
  @Field() name: string;
  @Field(() => String, { nullable: true }) address: string | null;
}

@ObjectType({ description: "A service of the residents' catalogue." })
export class CatalogueItem {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field({ description: 'active | temporarily closed' }) status: string;
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field(() => [Need]) needs: Need[];
  @Field(() => [String]) neighbourhoodCodes: string[];
  @Field() capacityStatus: string;
  @Field(() => Int, { nullable: true }) capacityAvailable: number | null;
  @Field(() => String, { nullable: true }) capacityUnit: string | null;
  @Field({ description: 'taking people now: active, with capacity, a place free when it counts them' }) availableNow: boolean;
  @Field({ description: 'referrals can be sent to it (it answers a need and serves a neighbourhood)' }) routable: boolean;
  @Field(() => [PlaceSummary], { description: 'up to three places' }) places: PlaceSummary[];
}

@ObjectType()
export class CatalogueConnection extends Connection(CatalogueItem) {}

@ObjectType()
export class CatalogueOrganisation {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) legalForm: string | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => [PublicPhone]) phones: PublicPhone[];
}

@ObjectType({ description: "A service's page: everything a resident needs to reach it, nothing about any person." })
export class CatalogueService {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field() status: string;
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field(() => [Need]) needs: Need[];
  @Field(() => [String]) neighbourhoodCodes: string[];
  @Field() capacityStatus: string;
  @Field(() => Int, { nullable: true }) capacityAvailable: number | null;
  @Field(() => Int, { nullable: true }) capacityMaximum: number | null;
  @Field(() => String, { nullable: true }) capacityUnit: string | null;
  @Field() availableNow: boolean;
  @Field() routable: boolean;
  @Field(() => String, { nullable: true, description: 'how to access it' }) applicationProcess: string | null;
  @Field(() => String, { nullable: true, description: 'who may use it' }) eligibilityDescription: string | null;
  @Field(() => String, { nullable: true, description: 'what it costs' }) feesDescription: string | null;
  @Field(() => Int, { nullable: true }) minimumAge: number | null;
  @Field(() => Int, { nullable: true }) maximumAge: number | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field() updatedAt: string;
  @Field(() => CatalogueOrganisation) organisation: CatalogueOrganisation;
  @Field(() => [PublicPhone]) phones: PublicPhone[];
  @Field(() => [PublicSchedule]) schedules: PublicSchedule[];
  @Field(() => [PublicPlace]) places: PublicPlace[];
}
