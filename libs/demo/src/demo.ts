import { AntennaKind, AntennaStatus, CapacityStatus, Need, Role, ServiceStatus } from '@prossimo/contracts';
import neighbourhoodsGeoJson from '../data/015077-neighbourhoods.json';

/**
 * The demo data set: Cinisello Balsamo's twelve neighbourhoods (approximate polygons), a few
 * antennas, one organisation whose services cover every neighbourhood and need, and the five
 * demo accounts. Ids are fixed so the services' seeds agree with each other without talking.
 * Loaded only by the demo seed, which refuses to run when NODE_ENV=production.
 */
export const DEMO_MUNICIPALITY = '015077';
export const DEMO_PASSWORD = 'prossimo-demo';

export interface NeighbourhoodFeature {
  type: 'Feature';
  properties: { code: string; name: string; population?: number; population75plus?: number; approximate?: boolean };
  geometry: { type: 'Polygon'; coordinates: number[][][] };
}

export const DEMO_NEIGHBOURHOODS = neighbourhoodsGeoJson as unknown as { type: 'FeatureCollection'; municipality: string; approximate: boolean; features: NeighbourhoodFeature[] };

export interface DemoAntenna {
  id: string;
  name: string;
  kind: AntennaKind;
  address: string;
  lat: number;
  lng: number;
  openingHours: string;
  publicContact: string;
  status: AntennaStatus;
}

export const DEMO_ANTENNAS: DemoAntenna[] = [
  { id: 'a0000000-0000-4000-8000-000000000001', name: 'Panetteria Il Forno di Crocetta', kind: AntennaKind.SHOP, address: 'Via Crocetta 12', lat: 45.5448, lng: 9.2087, openingHours: 'lun-sab 7:00-13:00, 16:00-19:30', publicContact: '02 0000 0001', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000002', name: 'Farmacia Balsamo', kind: AntennaKind.PHARMACY, address: 'Piazza Gramsci 3', lat: 45.5543, lng: 9.2230, openingHours: 'lun-sab 8:30-19:30', publicContact: '02 0000 0002', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000003', name: "Parrocchia di Sant'Eusebio", kind: AntennaKind.PARISH, address: 'Via Sant\u2019Eusebio 5', lat: 45.5450, lng: 9.2360, openingHours: 'tutti i giorni 8:00-12:00', publicContact: '02 0000 0003', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000004', name: 'Associazione Anziani Cinisello', kind: AntennaKind.ASSOCIATION, address: 'Via Libertà 40', lat: 45.5540, lng: 9.2095, openingHours: 'lun-ven 9:00-12:00', publicContact: '02 0000 0004', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000005', name: 'Biblioteca Il Pertini', kind: AntennaKind.LIBRARY, address: 'Piazza Confalonieri 3', lat: 45.5560, lng: 9.2150, openingHours: 'mar-sab 9:30-18:30', publicContact: '02 0000 0005', status: AntennaStatus.TRAINED },
];

/** The bakery in Crocetta: the demo antenna account reports for it. */
export const DEMO_BAKERY_ID = DEMO_ANTENNAS[0].id;

export const DEMO_ORGANISATION = {
  id: '0f000000-0000-4000-8000-000000000001',
  name: 'Cooperativa Sociale Il Ponte',
  legalForm: 'cooperativa sociale di tipo A',
  taxCode: '00000000001',
  runtsNumber: 'RUNTS-000001',
  runtsSection: 'imprese sociali',
  email: 'info@ilponte.example',
};

export interface DemoService {
  id: string;
  name: string;
  needs: Need[];
  status: ServiceStatus;
  capacityStatus: CapacityStatus;
  capacityAvailable: number | null;
  capacityMaximum: number | null;
}

export const DEMO_SERVICES: DemoService[] = [
  {
    id: '5e000000-0000-4000-8000-000000000001',
    name: 'Custodi di prossimità: compagnia e sostegno agli anziani',
    needs: [Need.LONELINESS, Need.ELDERLY_CARE, Need.DISABILITY, Need.DOPO_DI_NOI, Need.HEALTH_ACCESS, Need.DIGITAL_DIVIDE],
    status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY,
    capacityAvailable: 40,
    capacityMaximum: 60,
  },
  {
    id: '5e000000-0000-4000-8000-000000000002',
    name: 'Emporio solidale e orientamento al lavoro',
    needs: [Need.FOOD, Need.HOUSING, Need.ECONOMIC_HARDSHIP, Need.WORK],
    status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY,
    capacityAvailable: 80,
    capacityMaximum: 120,
  },
  {
    id: '5e000000-0000-4000-8000-000000000003',
    name: 'Ascolto e accompagnamento: famiglie, giovani, salute mentale',
    needs: [Need.MENTAL_HEALTH, Need.YOUTH_AT_RISK, Need.FAMILY_CONFLICT],
    status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY,
    capacityAvailable: 20,
    capacityMaximum: 30,
  },
];

export interface DemoAccount {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  antennaId?: string;
  organisationId?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { id: 'ac000000-0000-4000-8000-000000000001', email: 'admin@prossimo.example', displayName: 'Amministrazione', role: Role.ADMIN },
  { id: 'ac000000-0000-4000-8000-000000000002', email: 'antenna@prossimo.example', displayName: 'Panetteria Il Forno di Crocetta', role: Role.ANTENNA, antennaId: DEMO_BAKERY_ID },
  { id: 'ac000000-0000-4000-8000-000000000003', email: 'operatore@prossimo.example', displayName: 'Operatore Il Ponte', role: Role.ORG_OPERATOR, organisationId: DEMO_ORGANISATION.id },
  { id: 'ac000000-0000-4000-8000-000000000004', email: 'sociale@prossimo.example', displayName: 'Sportello sociale', role: Role.SOCIAL_WORKER },
  { id: 'ac000000-0000-4000-8000-000000000005', email: 'analista@prossimo.example', displayName: 'Osservatorio', role: Role.CITY_ANALYST },
];

/** Refuses demo data in production (the demo accounts have a published password). */
export function assertDemoAllowed(nodeEnv: string | undefined): void {
  if (nodeEnv === 'production') throw new Error('demo data is refused when NODE_ENV=production');
}
