/** The API's enumerations the web app offers in its forms: one list each, for every page. */

export const NEEDS = [
  'ELDERLY_CARE',
  'LONELINESS',
  'FOOD',
  'ECONOMIC_HARDSHIP',
  'HOUSING',
  'HEALTH_ACCESS',
  'MENTAL_HEALTH',
  'DISABILITY',
  'DOPO_DI_NOI',
  'DIGITAL_DIVIDE',
  'WORK',
  'FAMILY_CONFLICT',
  'YOUTH_AT_RISK',
] as const;
export type Need = (typeof NEEDS)[number];

/** From the most to the least urgent. */
export const URGENCIES = ['EMERGENCY', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type Urgency = (typeof URGENCIES)[number];
