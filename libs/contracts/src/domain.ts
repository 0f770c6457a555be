/**
 * The shared vocabulary of Prossimo: roles, needs, urgency, age bands and statuses.
 * Values are the GraphQL enum names (UPPER_SNAKE); they travel as-is in events and RPC.
 */
export enum Role {
  ANTENNA = 'ANTENNA',
  ORG_OPERATOR = 'ORG_OPERATOR',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  CITY_ANALYST = 'CITY_ANALYST',
  ADMIN = 'ADMIN',
  /** A resident: a volunteer (issue 17); a local account in the demo, the city's identity provider in production (docs/security.md). */
  CITIZEN = 'CITIZEN',
}

export enum Need {
  LONELINESS = 'LONELINESS',
  ELDERLY_CARE = 'ELDERLY_CARE',
  FOOD = 'FOOD',
  HOUSING = 'HOUSING',
  ECONOMIC_HARDSHIP = 'ECONOMIC_HARDSHIP',
  WORK = 'WORK',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  DISABILITY = 'DISABILITY',
  DOPO_DI_NOI = 'DOPO_DI_NOI',
  YOUTH_AT_RISK = 'YOUTH_AT_RISK',
  FAMILY_CONFLICT = 'FAMILY_CONFLICT',
  HEALTH_ACCESS = 'HEALTH_ACCESS',
  DIGITAL_DIVIDE = 'DIGITAL_DIVIDE',
}

/** The taxonomy slug of each need, and the FHIR SDOH category it maps to where one exists. */
export const NEED_TAXONOMY: Record<Need, { slug: string; sdoh: string | null }> = {
  [Need.LONELINESS]: { slug: 'loneliness', sdoh: 'social-connection' },
  [Need.ELDERLY_CARE]: { slug: 'elderly-care', sdoh: null },
  [Need.FOOD]: { slug: 'food', sdoh: 'food-insecurity' },
  [Need.HOUSING]: { slug: 'housing', sdoh: 'housing-instability' },
  [Need.ECONOMIC_HARDSHIP]: { slug: 'economic-hardship', sdoh: 'financial-insecurity' },
  [Need.WORK]: { slug: 'work', sdoh: 'employment-status' },
  [Need.MENTAL_HEALTH]: { slug: 'mental-health', sdoh: 'stress' },
  [Need.DISABILITY]: { slug: 'disability', sdoh: 'disabled' },
  [Need.DOPO_DI_NOI]: { slug: 'dopo-di-noi', sdoh: null },
  [Need.YOUTH_AT_RISK]: { slug: 'youth-at-risk', sdoh: null },
  [Need.FAMILY_CONFLICT]: { slug: 'family-conflict', sdoh: 'intimate-partner-violence' },
  [Need.HEALTH_ACCESS]: { slug: 'health-access', sdoh: 'health-insurance-coverage-status' },
  [Need.DIGITAL_DIVIDE]: { slug: 'digital-divide', sdoh: 'digital-literacy' },
};

export enum Urgency {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  EMERGENCY = 'EMERGENCY',
}

export enum AgeBand {
  UNDER_18 = 'UNDER_18',
  AGE_18_34 = 'AGE_18_34',
  AGE_35_64 = 'AGE_35_64',
  AGE_65_79 = 'AGE_65_79',
  AGE_80_PLUS = 'AGE_80_PLUS',
  UNKNOWN = 'UNKNOWN',
}

/**
 * What a referral sends the person to (ARCHITECTURE.md, "One referral lifecycle"): a service of the
 * directory, or an initiative's session (a social prescription, issue 17). One lifecycle for both.
 */
export enum ReferralTargetKind {
  SERVICE = 'SERVICE',
  INITIATIVE = 'INITIATIVE',
}

/** FHIR SDOH referral Task statuses, in GraphQL spelling. */
export enum ReferralStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  IN_PROGRESS = 'IN_PROGRESS',
  ON_HOLD = 'ON_HOLD',
  FAILED = 'FAILED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  ENTERED_IN_ERROR = 'ENTERED_IN_ERROR',
}

/** The FHIR Task.status code of each referral status (used in event subjects and HSDS/FHIR exports). */
export const FHIR_TASK_STATUS: Record<ReferralStatus, string> = {
  [ReferralStatus.REQUESTED]: 'requested',
  [ReferralStatus.ACCEPTED]: 'accepted',
  [ReferralStatus.REJECTED]: 'rejected',
  [ReferralStatus.IN_PROGRESS]: 'in-progress',
  [ReferralStatus.ON_HOLD]: 'on-hold',
  [ReferralStatus.FAILED]: 'failed',
  [ReferralStatus.COMPLETED]: 'completed',
  [ReferralStatus.CANCELLED]: 'cancelled',
  [ReferralStatus.ENTERED_IN_ERROR]: 'entered-in-error',
};

/** All an antenna ever sees of a report (WITHDRAWN: the antenna withdrew it as a mistake). */
export enum CoarseStatus {
  RECEIVED = 'RECEIVED',
  IN_CARE = 'IN_CARE',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum AntennaStatus {
  PROPOSED = 'PROPOSED',
  TRAINED = 'TRAINED',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  RETIRED = 'RETIRED',
}

export enum AntennaKind {
  SHOP = 'SHOP',
  PHARMACY = 'PHARMACY',
  ASSOCIATION = 'ASSOCIATION',
  PARISH = 'PARISH',
  LIBRARY = 'LIBRARY',
  SCHOOL = 'SCHOOL',
  CITIZEN_VOLUNTEER = 'CITIZEN_VOLUNTEER',
}

/** FHIR SDOH capacity codes, carried beside each service's HSDS record. */
export enum CapacityStatus {
  CAPACITY = 'capacity',
  WAITLIST = 'waitlist',
  ADDITIONAL_ASSESSMENT_REQUIRED = 'additional-assessment-required',
  NO_CAPACITY = 'no-capacity',
}

/** HSDS service.status values. */
export enum ServiceStatus {
  ACTIVE = 'active',
  INACTIVE = 'inactive',
  DEFUNCT = 'defunct',
  TEMPORARILY_CLOSED = 'temporarily closed',
}

export enum LegalBasis {
  CONSENT = 'CONSENT',
  PUBLIC_TASK = 'PUBLIC_TASK',
}

/** ISTAT municipality codes are six digits, e.g. Cinisello Balsamo is 015077. */
export const ISTAT_CODE = /^\d{6}$/;
/** Neighbourhood codes are lowercase slugs: "crocetta", "sant-eusebio". */
export const NEIGHBOURHOOD_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
