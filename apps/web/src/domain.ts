/** The API's enumerations the web app offers in its forms: one list each, for every page. */

/**
 * The needs in the order shops use them, most often first (a fixed order, from what the city's
 * shops flag most: loneliness and an elderly person to look after well ahead of the rest), so the
 * baker finds hers at the top of the form; every page shows them in this order.
 */
export const NEEDS = [
  'LONELINESS',
  'ELDERLY_CARE',
  'FOOD',
  'ECONOMIC_HARDSHIP',
  'HEALTH_ACCESS',
  'HOUSING',
  'MENTAL_HEALTH',
  'DISABILITY',
  'DIGITAL_DIVIDE',
  'FAMILY_CONFLICT',
  'WORK',
  'YOUTH_AT_RISK',
  'DOPO_DI_NOI',
] as const;
export type Need = (typeof NEEDS)[number];

/** From the most to the least urgent. */
export const URGENCIES = ['EMERGENCY', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type Urgency = (typeof URGENCIES)[number];
