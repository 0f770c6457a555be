import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Need, ReferralStatus } from '../graphql/enums';
import { Connection } from '../graphql/pagination';
import { Referral } from './referrals.models';
import { ImportReport } from './public-directory.models';

@ObjectType({ description: 'A third-sector organisation (HSDS organization).' })
export class Organisation {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'null when an imported file did not say it' }) legalForm: string | null;
  @Field(() => String, { nullable: true, description: 'codice fiscale; null when an imported file gave none (a warning of the import)' }) taxCode: string | null;
  @Field(() => String, { nullable: true }) runtsNumber: string | null;
  @Field(() => String, { nullable: true }) runtsSection: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@ObjectType({ description: 'A service (HSDS service, service_area and 3.1 service_capacity) with its FHIR SDOH capacity status.' })
export class DirectoryService {
  @Field(() => ID) id: string;
  @Field(() => ID) organisationId: string;
  @Field() name: string;
  @Field({ description: 'active | inactive | defunct | temporarily closed' }) status: string;
  @Field(() => [Need]) needs: Need[];
  @Field(() => [String]) neighbourhoodCodes: string[];
  @Field({ description: 'capacity | waitlist | additional-assessment-required | no-capacity' }) capacityStatus: string;
  @Field(() => Int, { nullable: true }) capacityAvailable: number | null;
  @Field(() => Int, { nullable: true }) capacityMaximum: number | null;
  @Field(() => String, { nullable: true }) capacityUnit: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'how to access it' }) applicationProcess?: string | null;
  @Field(() => String, { nullable: true, description: 'who may use it' }) eligibilityDescription?: string | null;
  @Field(() => String, { nullable: true, description: 'what it costs' }) feesDescription?: string | null;
  @Field(() => Int, { nullable: true }) minimumAge?: number | null;
  @Field(() => Int, { nullable: true }) maximumAge?: number | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field() updatedAt: Date;
}

@InputType()
export class RegisterOrganisationInput {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() legalForm: string;
  @Field() taxCode: string;
  @Field({ nullable: true }) runtsNumber?: string;
  @Field({ nullable: true }) runtsSection?: string;
  @Field({ nullable: true }) email?: string;
  @Field({ nullable: true }) phone?: string;
  @Field({ nullable: true }) website?: string;
  @Field({ nullable: true }) description?: string;
}

@InputType({ description: 'A public phone number, as people write it.' })
export class PublicPhoneInput {
  @Field() number: string;
  @Field({ nullable: true, description: 'what it is for' }) description?: string;
}

@InputType({ description: 'Weekly opening hours: days (MO,TU,...) from opensAt to closesAt (HH:MM), or only a description.' })
export class OpeningHoursInput {
  @Field({ nullable: true }) days?: string;
  @Field({ nullable: true }) opensAt?: string;
  @Field({ nullable: true }) closesAt?: string;
  @Field({ nullable: true }) description?: string;
}

@InputType({ description: "A place where a service is given: one of the organisation's (its id) or a new one." })
export class PublicPlaceInput {
  @Field(() => ID, { nullable: true }) id?: string;
  @Field() name: string;
  @Field() address: string;
  @Field({ nullable: true }) city?: string;
  @Field({ nullable: true }) postalCode?: string;
  @Field({ nullable: true }) transportation?: string;
  @Field(() => [OpeningHoursInput], { nullable: true }) hours?: OpeningHoursInput[];
}

@InputType()
export class RegisterServiceInput {
  @Field(() => ID) id: string;
  @Field(() => ID) organisationId: string;
  @Field() name: string;
  @Field({ nullable: true }) description?: string;
  @Field() status: string;
  @Field(() => [Need]) needs: Need[];
  @Field(() => [String]) neighbourhoodCodes: string[];
  @Field() capacityStatus: string;
  @Field(() => Int, { nullable: true }) capacityAvailable?: number;
  @Field(() => Int, { nullable: true }) capacityMaximum?: number;
  @Field({ nullable: true }) capacityUnit?: string;
  @Field({ nullable: true }) address?: string;
  @Field({ nullable: true, description: 'how to access it (absent: kept; empty: cleared)' }) applicationProcess?: string;
  @Field({ nullable: true, description: 'who may use it (absent: kept; empty: cleared)' }) eligibilityDescription?: string;
  @Field({ nullable: true, description: 'what it costs (absent: kept; empty: cleared)' }) feesDescription?: string;
  @Field(() => Int, { nullable: true }) minimumAge?: number;
  @Field(() => Int, { nullable: true }) maximumAge?: number;
  @Field({ nullable: true, description: "the service's public e-mail ('' clears it)" }) email?: string;
  @Field({ nullable: true, description: "the service's web page ('' clears it)" }) url?: string;
  @Field(() => [PublicPhoneInput], { nullable: true, description: "the service's phones (given: they replace its own)" }) phones?: PublicPhoneInput[];
  @Field(() => [OpeningHoursInput], { nullable: true, description: "the service's own hours (given: they replace its own)" }) hours?: OpeningHoursInput[];
  @Field(() => [PublicPlaceInput], { nullable: true, description: 'where it is given, each with its hours there (given: they replace its places)' }) places?: PublicPlaceInput[];
  @Field({ nullable: true, description: 'updateService: change the public details alone; name, status, needs, areas and capacity stay as they are' }) detailsOnly?: boolean;
}

@InputType({ description: "An organisation's details (the same as its registration): it must exist already. Tax code and legal form absent: kept." })
export class UpdateOrganisationInput extends RegisterOrganisationInput {
  @Field({ nullable: true }) declare legalForm: string;
  @Field({ nullable: true }) declare taxCode: string;
  @Field({ nullable: true, description: 'true: the tax code and the RUNTS registration stay as they are (the public-details form sends neither)' }) keepRegistration?: boolean;
}

@InputType({ description: "A service's details, all given (the same as its registration); `address` empty keeps its place. It must exist already, in the same organisation." })
export class UpdateServiceInput extends RegisterServiceInput {}

@InputType()
export class UpdateCapacityInput {
  @Field(() => ID) serviceId: string;
  @Field() capacityStatus: string;
  @Field(() => Int, { nullable: true }) capacityAvailable?: number;
  @Field(() => Int, { nullable: true }) capacityMaximum?: number;
}

@ObjectType()
export class ImportProblem {
  @Field(() => Int) line: number;
  @Field() field: string;
  @Field() message: string;
}

@ObjectType({
  description:
    'Prossimo\'s own formats (hsds-json, csv) are all or nothing: when problems is not empty, nothing was imported. HSDS imports (hsds-objects, hsds-tabular) land every valid row: problems lists the refused ones, report says what happened to each row.',
})
export class ImportResult {
  @Field() imported: boolean;
  @Field(() => Int) organisations: number;
  @Field(() => Int) services: number;
  @Field(() => [ImportProblem]) problems: ImportProblem[];
  @Field(() => ImportReport, { nullable: true }) report?: ImportReport | null;
}

@ObjectType()
export class ReferralHistoryEntry {
  @Field(() => ReferralStatus, { nullable: true }) from: ReferralStatus | null;
  @Field(() => ReferralStatus) to: ReferralStatus;
  @Field() at: Date;
  @Field(() => ID, { nullable: true }) actorAccountId: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType({ description: 'A referral with its whole story, for the social-service desk.' })
export class ReferralStory extends Referral {
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true }) outcome: string | null;
  @Field({ description: 'Why this service was chosen: the ranking and its inputs (JSON).' }) explanation: string;
  @Field(() => [ReferralHistoryEntry]) history: ReferralHistoryEntry[];
}

@ObjectType({ description: 'A service that covers a need, and why the matching rule left it out.' })
export class ExcludedService {
  @Field(() => ID) serviceId: string;
  @Field() serviceName: string;
  @Field(() => [String], { description: 'outside-area | not-active | no-capacity | not-on-runts | already-referred' }) reasons: string[];
}

@ObjectType({ description: 'For an unmet need: every service that covers it and why each was left out (none: no service of the municipality covers it).' })
export class UnmetNeedWhy {
  @Field(() => Need) need: Need;
  @Field(() => [ExcludedService]) services: ExcludedService[];
}

@ObjectType({ description: "A message to a report's owner desk. No personal data." })
export class DeskAlert {
  @Field(() => ID) id: string;
  @Field(() => ID) reportId: string;
  @Field(() => String, { nullable: true, description: "Its report's reference code (e.g. CB-7K4Q)" }) reportReference: string | null;
  @Field(() => ID, { nullable: true }) ownerDeskId: string | null;
  @Field({ description: 'emergency | break-glass | unmet | exhausted | first-contact-overdue | failed | first-contact-requested | completed' }) kind: string;
  @Field(() => Int, { description: 'How much it weighs: 4 emergency, 3 break-glass, 2 unmet / exhausted / first-contact-overdue / failed / first-contact-requested, 1 completed' }) severity: number;
  @Field(() => [Need]) needs: Need[];
  @Field(() => ID, { nullable: true }) referralId: string | null;
  @Field() message: string;
  @Field() createdAt: Date;
  @Field({ description: 'pending | sent | none | failed' }) emailState: string;
  @Field(() => Date, { nullable: true, description: 'When a social worker acknowledged it (its escalation then stops)' }) acknowledgedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The account that acknowledged it' }) acknowledgedBy: string | null;
  @Field(() => String, { nullable: true, description: "That account's name, when this gateway knows it" }) acknowledgedByName: string | null;
  @Field(() => Date, { nullable: true, description: 'When its report ended (closed or withdrawn), which resolves it' }) resolvedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'report-closed | report-withdrawn' }) resolution: string | null;
  @Field(() => Int, { description: '0 none; 1 nobody acknowledged it in time and its e-mail went again; 2 the supervisor was told' }) escalationLevel: number;
  @Field(() => Date, { nullable: true }) escalatedAt: Date | null;
  @Field(() => [UnmetNeedWhy], { nullable: true, description: 'unmet and exhausted: why each service covering a need was left out' }) why: UnmetNeedWhy[] | null;
}

@ObjectType()
export class DeskAlertConnection extends Connection(DeskAlert) {}

@ObjectType({ description: 'A service the desk may send the needs to, with what the matching rule thinks of it.' })
export class RerouteCandidate {
  @Field(() => ID) serviceId: string;
  @Field() serviceName: string;
  @Field() organisationName: string;
  @Field(() => [Need]) needsCovered: Need[];
  @Field() capacityStatus: string;
  @Field({ description: 'True when the rule itself could choose it; false when choosing it overrides an exclusion' }) eligible: boolean;
  @Field(() => [String], { description: 'Why the rule leaves it out (empty when eligible)' }) reasons: string[];
}

@ObjectType({ description: 'Where the rule would send each need' })
export class RerouteByRule {
  @Field(() => ID) serviceId: string;
  @Field() serviceName: string;
  @Field(() => [Need]) needs: Need[];
}

@ObjectType({ description: 'A dry run of a re-route: nothing is written.' })
export class RerouteOptions {
  @Field(() => ID) referralId: string;
  @Field(() => [Need]) needs: Need[];
  @Field({ description: 'Whether it can be re-routed now (requested, accepted or on hold; report open)' }) reroutable: boolean;
  @Field(() => [RerouteByRule], { description: 'Where the rule would send the needs; empty when no service is left' }) byRule: RerouteByRule[];
  @Field(() => [Need], { description: 'Needs no service would take by the rule (the desk would be alerted)' }) unmet: Need[];
  @Field(() => [RerouteCandidate], { description: "Every active service of the municipality covering one of the needs (not the referral's own), the rule's choices first" })
  candidates: RerouteCandidate[];
}
