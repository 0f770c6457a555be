import { AntennaKind, AntennaStatus, CapacityStatus, Need, Role, ServiceStatus } from '@prossimo/contracts';
import neighbourhoodsGeoJson from '../data/015077-neighbourhoods.json';

/**
 * The demo data set: Cinisello Balsamo's twelve neighbourhoods (approximate polygons), a network
 * of 32 antennas of every kind spread unevenly (dense in the centre, thin in Campo dei Fiori and
 * Robecco, none active in Bettola and Borgo Misto: antenna deserts), one organisation whose
 * services cover every neighbourhood and need, and the five demo accounts. Ids are fixed so the services' seeds agree with each other without talking.
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
  /** CITIZEN_VOLUNTEER only: listed on the public map only when true (a public meeting place they chose). */
  publicMeetingPlace?: boolean;
}

export const DEMO_ANTENNAS: DemoAntenna[] = [
  { id: 'a0000000-0000-4000-8000-000000000001', name: 'Panetteria Il Forno di Crocetta', kind: AntennaKind.SHOP, address: 'Via Crocetta 12', lat: 45.5448, lng: 9.2087, openingHours: 'lun-sab 7:00-13:00, 16:00-19:30', publicContact: '02 0000 0001', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000002', name: 'Farmacia Balsamo', kind: AntennaKind.PHARMACY, address: 'Piazza Gramsci 3', lat: 45.5543, lng: 9.2230, openingHours: 'lun-sab 8:30-19:30', publicContact: '02 0000 0002', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000003', name: "Parrocchia di Sant'Eusebio", kind: AntennaKind.PARISH, address: 'Via Sant\u2019Eusebio 5', lat: 45.5450, lng: 9.2360, openingHours: 'tutti i giorni 8:00-12:00', publicContact: '02 0000 0003', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000004', name: 'Associazione Anziani Cinisello', kind: AntennaKind.ASSOCIATION, address: 'Via Libertà 40', lat: 45.5540, lng: 9.2095, openingHours: 'lun-ven 9:00-12:00', publicContact: '02 0000 0004', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000005', name: 'Biblioteca Il Pertini', kind: AntennaKind.LIBRARY, address: 'Piazza Confalonieri 3', lat: 45.5560, lng: 9.2150, openingHours: 'mar-sab 9:30-18:30', publicContact: '02 0000 0005', status: AntennaStatus.TRAINED },
  { id: 'a0000000-0000-4000-8000-000000000006', name: 'Bar Caffè del Centro', kind: AntennaKind.SHOP, address: 'Via Garibaldi 18', lat: 45.5523, lng: 9.2118, openingHours: 'lun-sab 6:30-20:00', publicContact: '02 0000 0006', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000007', name: 'Edicola Piazza Gramsci', kind: AntennaKind.SHOP, address: 'Piazza Gramsci 1', lat: 45.5551, lng: 9.2141, openingHours: 'tutti i giorni 6:00-13:00', publicContact: '02 0000 0007', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000008', name: 'Farmacia Comunale 1', kind: AntennaKind.PHARMACY, address: 'Via Frova 6', lat: 45.5512, lng: 9.2062, openingHours: 'lun-sab 8:30-19:30', publicContact: '02 0000 0008', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000009', name: 'Parrocchia di Sant\'Ambrogio', kind: AntennaKind.PARISH, address: 'Piazza Costa 4', lat: 45.5579, lng: 9.2071, openingHours: 'tutti i giorni 8:00-12:00, 16:00-18:00', publicContact: '02 0000 0009', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000010', name: 'Scuola primaria Parini', kind: AntennaKind.SCHOOL, address: 'Via Parini 20', lat: 45.5507, lng: 9.2130, openingHours: 'lun-ven 8:00-16:30', publicContact: '02 0000 0010', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000011', name: 'Circolo ACLI Balsamo', kind: AntennaKind.ASSOCIATION, address: 'Via Marconi 45', lat: 45.5521, lng: 9.2201, openingHours: 'mar-dom 15:00-23:00', publicContact: '02 0000 0011', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000012', name: 'Parrocchia di San Martino', kind: AntennaKind.PARISH, address: 'Piazza Soncino 2', lat: 45.5566, lng: 9.2262, openingHours: 'tutti i giorni 8:30-11:30', publicContact: '02 0000 0012', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000013', name: 'Ferramenta Balsamo', kind: AntennaKind.SHOP, address: 'Via Cadorna 88', lat: 45.5508, lng: 9.2249, openingHours: 'lun-sab 8:30-12:30, 15:00-19:00', publicContact: '02 0000 0013', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000014', name: 'Giovanna, volontaria (Centro civico Balsamo)', kind: AntennaKind.CITIZEN_VOLUNTEER, address: 'Centro civico, Via Marconi 50 (mercoledì 10-12)', lat: 45.5531, lng: 9.2214, openingHours: 'mer 10:00-12:00', publicContact: '02 0000 0014', status: AntennaStatus.ACTIVE, publicMeetingPlace: true },
  { id: 'a0000000-0000-4000-8000-000000000015', name: 'Farmacia Crocetta', kind: AntennaKind.PHARMACY, address: 'Via Monte Ortigara 30', lat: 45.5432, lng: 9.2109, openingHours: 'lun-sab 8:30-19:30', publicContact: '02 0000 0015', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000016', name: 'Centro anziani Crocetta', kind: AntennaKind.ASSOCIATION, address: 'Via Risorgimento 120', lat: 45.5468, lng: 9.2139, openingHours: 'lun-ven 14:30-18:30', publicContact: '02 0000 0016', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000017', name: 'Luigi, volontario', kind: AntennaKind.CITIZEN_VOLUNTEER, address: 'su appuntamento', lat: 45.5421, lng: 9.2061, openingHours: 'su appuntamento', publicContact: '02 0000 0017', status: AntennaStatus.ACTIVE, publicMeetingPlace: false },
  { id: 'a0000000-0000-4000-8000-000000000018', name: 'Panificio Sant\'Eusebio', kind: AntennaKind.SHOP, address: 'Via Sant\'Eusebio 40', lat: 45.5427, lng: 9.2318, openingHours: 'lun-sab 7:00-13:00', publicContact: '02 0000 0018', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000019', name: 'Scuola secondaria Zandonai', kind: AntennaKind.SCHOOL, address: 'Via Zandonai 5', lat: 45.5475, lng: 9.2392, openingHours: 'lun-ven 8:00-14:00', publicContact: '02 0000 0019', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000020', name: 'Parrocchia della Bellaria', kind: AntennaKind.PARISH, address: 'Via Bellaria 2', lat: 45.5441, lng: 9.2202, openingHours: 'tutti i giorni 8:00-12:00', publicContact: '02 0000 0020', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000021', name: 'Mercato coperto Bellaria', kind: AntennaKind.SHOP, address: 'Via Friuli 11', lat: 45.5462, lng: 9.2257, openingHours: 'mar-sab 8:00-13:00', publicContact: '02 0000 0021', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000022', name: 'Farmacia Nigozza', kind: AntennaKind.PHARMACY, address: 'Via Nigozza 15', lat: 45.5538, lng: 9.1958, openingHours: 'lun-sab 8:30-19:30', publicContact: '02 0000 0022', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000023', name: 'Oratorio di Nigozza', kind: AntennaKind.PARISH, address: 'Via San Giuseppe 7', lat: 45.5566, lng: 9.1987, openingHours: 'lun-ven 16:00-19:00', publicContact: '02 0000 0023', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000024', name: 'Alimentari Da Rosa', kind: AntennaKind.SHOP, address: 'Via Nigozza 80', lat: 45.5512, lng: 9.1931, openingHours: 'lun-sab 8:00-13:00', publicContact: '02 0000 0024', status: AntennaStatus.PROPOSED },
  { id: 'a0000000-0000-4000-8000-000000000025', name: 'Biblioteca di quartiere Campo dei Fiori', kind: AntennaKind.LIBRARY, address: 'Via dei Fiori 3', lat: 45.5632, lng: 9.2094, openingHours: 'mar-ven 14:00-18:30', publicContact: '02 0000 0025', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000026', name: 'Associazione Villa Rachele Insieme', kind: AntennaKind.ASSOCIATION, address: 'Via Villa Rachele 9', lat: 45.5621, lng: 9.2211, openingHours: 'lun-ven 9:00-12:00', publicContact: '02 0000 0026', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000027', name: 'Tabaccheria Villa', kind: AntennaKind.SHOP, address: 'Via Brunelleschi 22', lat: 45.5647, lng: 9.2243, openingHours: 'lun-sab 7:00-19:30', publicContact: '02 0000 0027', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000028', name: 'Parrocchia di Robecco', kind: AntennaKind.PARISH, address: 'Via Robecco 1', lat: 45.5634, lng: 9.1962, openingHours: 'tutti i giorni 9:00-11:00', publicContact: '02 0000 0028', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000029', name: 'Bar Robecco', kind: AntennaKind.SHOP, address: 'Via Copernico 14', lat: 45.5611, lng: 9.1935, openingHours: 'lun-sab 6:30-19:00', publicContact: '02 0000 0029', status: AntennaStatus.SUSPENDED },
  { id: 'a0000000-0000-4000-8000-000000000030', name: 'Farmacia Cornaggia', kind: AntennaKind.PHARMACY, address: 'Via Cornaggia 33', lat: 45.5449, lng: 9.1961, openingHours: 'lun-sab 8:30-19:30', publicContact: '02 0000 0030', status: AntennaStatus.ACTIVE },
  { id: 'a0000000-0000-4000-8000-000000000031', name: 'Edicola Bettola', kind: AntennaKind.SHOP, address: 'Via XXV Aprile 140', lat: 45.5537, lng: 9.2349, openingHours: 'lun-sab 6:00-12:30', publicContact: '02 0000 0031', status: AntennaStatus.RETIRED },
  { id: 'a0000000-0000-4000-8000-000000000032', name: 'Associazione Borgo Misto', kind: AntennaKind.ASSOCIATION, address: 'Via Borgo Misto 6', lat: 45.5639, lng: 9.2351, openingHours: 'sab 10:00-12:00', publicContact: '02 0000 0032', status: AntennaStatus.PROPOSED },
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
  /** What one place is (HSDS service_capacity unit): shown with the numbers. */
  capacityUnit: string | null;
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
    capacityUnit: 'posti',
  },
  {
    id: '5e000000-0000-4000-8000-000000000002',
    name: 'Emporio solidale e orientamento al lavoro',
    needs: [Need.FOOD, Need.HOUSING, Need.ECONOMIC_HARDSHIP, Need.WORK],
    status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY,
    capacityAvailable: 80,
    capacityMaximum: 120,
    capacityUnit: 'tessere',
  },
  {
    id: '5e000000-0000-4000-8000-000000000003',
    name: 'Ascolto e accompagnamento: famiglie, giovani, salute mentale',
    needs: [Need.MENTAL_HEALTH, Need.YOUTH_AT_RISK, Need.FAMILY_CONFLICT],
    status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY,
    capacityAvailable: 20,
    capacityMaximum: 30,
    capacityUnit: 'posti',
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
  // Residents who volunteer (issue 17); their profiles are in the community service's demo (volunteers.ts).
  { id: 'ac000000-0000-4000-8000-000000000006', email: 'volontaria@prossimo.example', displayName: 'Anna Colombo', role: Role.CITIZEN },
  { id: 'ac000000-0000-4000-8000-000000000007', email: 'volontario@prossimo.example', displayName: 'Luca Bassi', role: Role.CITIZEN },
];

/** Refuses demo data in production (the demo accounts have a published password). */
export function assertDemoAllowed(nodeEnv: string | undefined): void {
  if (nodeEnv === 'production') throw new Error('demo data is refused when NODE_ENV=production');
}
