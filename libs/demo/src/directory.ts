import { CapacityStatus, Need, ServiceStatus } from '@prossimo/contracts';

/**
 * The demo's public directory of Cinisello Balsamo: fifteen organisations of different kinds
 * (social cooperatives, ODV and APS associations, the parish Caritas, the municipal social-service
 * desk, the family counselling centre of the local health authority, a foundation) and thirty
 * services with places in different neighbourhoods, opening hours, phones, who may use them, what
 * they cost and their places free. Every name, number and tax code is invented; places are on
 * real-sounding streets with approximate positions.
 *
 * The demo bakery's neighbourhood, Crocetta, is served among the RUNTS-registered organisations by
 * Il Ponte alone (the others work elsewhere), so that what the shop and the desk walk through in
 * the demo stays predictable; public bodies and the parish are not on the RUNTS register, so the
 * city's policy leaves them out of referrals while the catalogue shows them.
 */

export interface DemoOrganisationDetails {
  id: string;
  name: string;
  legalForm: string;
  taxCode: string;
  runtsNumber: string | null;
  runtsSection: string | null;
  email: string | null;
  website: string | null;
  description: string;
  phone: string;
}

export interface DemoPlace {
  id: string;
  organisationId: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  transportation?: string;
  hours?: DemoHours[];
}

/** Weekly opening hours on some days, or only a note ("su appuntamento"). */
export type DemoHours = { days: string; opens: string; closes: string; note?: string } | { note: string };

export interface DemoDirectoryService {
  id: string;
  organisationId: string;
  name: string;
  description: string;
  needs: Need[];
  /** Neighbourhood codes served; 'all' every one, 'all-but-crocetta' every one but Crocetta. */
  areas: string[] | 'all' | 'all-but-crocetta';
  status: ServiceStatus;
  capacityStatus: CapacityStatus;
  capacityAvailable: number | null;
  capacityMaximum: number | null;
  capacityUnit: string | null;
  applicationProcess: string;
  eligibility: string;
  fees: string;
  minimumAge?: number;
  maximumAge?: number;
  email?: string;
  /** Where it is given (ids of DemoPlace), with its own hours there when they differ. */
  places: { placeId: string; hours?: DemoHours[] }[];
  /** Its own hours (when it is not at a place, or the same everywhere). */
  hours?: DemoHours[];
  phone?: string;
  /** Codes of the demo's regional taxonomy (DEMO_TAXONOMY). */
  terms?: string[];
}

const org = (n: number) => `0f000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
const svc = (n: number) => `5e000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
const place = (n: number) => `10c00000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;

const WEEKDAYS = 'MO,TU,WE,TH,FR';

/** Il Ponte's public details (the organisation and its three services are DEMO_ORGANISATION and DEMO_SERVICES). */
export const DEMO_IL_PONTE_DETAILS = {
  description: 'Cooperativa sociale di tipo A nata a Crocetta nel 1989: assistenza e compagnia agli anziani, emporio solidale, ascolto di famiglie e ragazzi.',
  website: 'https://ilponte.example',
  phone: '02 6601 1000',
};

export const DEMO_ORGANISATIONS: DemoOrganisationDetails[] = [
  {
    id: org(2), name: 'Comune di Cinisello Balsamo – Servizi sociali', legalForm: 'ente pubblico (Comune)', taxCode: '00000000002', runtsNumber: null, runtsSection: null,
    email: 'servizisociali@comune.example', website: 'https://comune.example/servizi-sociali', phone: '02 6602 3000',
    description: 'Il servizio sociale del Comune: segretariato sociale, assistenza domiciliare, contributi e orientamento al lavoro.',
  },
  {
    id: org(3), name: "Caritas parrocchiale Sant'Ambrogio", legalForm: 'ente ecclesiastico', taxCode: '00000000003', runtsNumber: null, runtsSection: null,
    email: 'caritas.santambrogio@parrocchia.example', website: null, phone: '02 6603 1100',
    description: 'Il centro di ascolto della parrocchia: ascolto, pacchi e pasti, guardaroba. Volontari dal 1985.',
  },
  {
    id: org(4), name: 'Consultorio familiare Cinisello (ASST Nord Milano)', legalForm: 'azienda socio-sanitaria pubblica', taxCode: '00000000004', runtsNumber: null, runtsSection: null,
    email: 'consultorio.cinisello@asst.example', website: 'https://asst.example/consultori', phone: '02 6604 2200',
    description: 'Consultorio pubblico: psicologi, assistenti sociali, ostetriche. Gratuito e senza impegnativa per molte prestazioni.',
  },
  {
    id: org(5), name: 'Auser Cinisello Balsamo ODV', legalForm: 'associazione ODV', taxCode: '00000000005', runtsNumber: 'RUNTS-120005', runtsSection: 'a',
    email: 'auser.cinisello@auser.example', website: 'https://auser.example/cinisello', phone: '02 6605 0500',
    description: 'Volontari per l’invecchiamento attivo: compagnia al telefono, accompagnamenti, attività al centro.',
  },
  {
    id: org(6), name: 'Banco di Solidarietà Cinisello ODV', legalForm: 'associazione ODV', taxCode: '00000000006', runtsNumber: 'RUNTS-120006', runtsSection: 'a',
    email: 'banco@solidarieta.example', website: null, phone: '02 6606 0600',
    description: 'Pacchi alimentari mensili e frutta e verdura recuperate dai mercati, consegnati da volontari.',
  },
  {
    id: org(7), name: 'Cooperativa Sociale Spazio Aperto', legalForm: 'cooperativa sociale di tipo B', taxCode: '00000000007', runtsNumber: 'RUNTS-120007', runtsSection: 'e',
    email: 'lavoro@spazioaperto.example', website: 'https://spazioaperto.example', phone: '02 6607 0700',
    description: 'Cooperativa di inserimento lavorativo: orientamento, tirocini e un laboratorio di riuso.',
  },
  {
    id: org(8), name: 'APS Insieme per Villa Rachele', legalForm: 'associazione di promozione sociale (APS)', taxCode: '00000000008', runtsNumber: 'RUNTS-120008', runtsSection: 'b',
    email: 'insieme@villarachele.example', website: null, phone: '02 6608 0800',
    description: 'Genitori e volontari del quartiere: doposcuola e un punto di aiuto per il digitale.',
  },
  {
    id: org(9), name: 'Fondazione Dopo di Noi Nord Milano', legalForm: 'fondazione ETS', taxCode: '00000000009', runtsNumber: 'RUNTS-120009', runtsSection: 'g',
    email: 'info@dopodinoi.example', website: 'https://dopodinoi.example', phone: '02 6609 0900',
    description: 'Progetti di vita indipendente per persone con disabilità, con le famiglie (legge 112/2016).',
  },
  {
    id: org(10), name: "Cooperativa Sociale La Casa sull'Albero", legalForm: 'cooperativa sociale di tipo A', taxCode: '00000000010', runtsNumber: 'RUNTS-120010', runtsSection: 'e',
    email: 'info@casasullalbero.example', website: 'https://casasullalbero.example', phone: '02 6610 1000',
    description: 'Centro diurno per persone con disabilità ed educativa domiciliare per ragazzi e famiglie.',
  },
  {
    id: org(11), name: 'Casa delle Donne Cinisello ODV', legalForm: 'associazione ODV', taxCode: '00000000011', runtsNumber: 'RUNTS-120011', runtsSection: 'a',
    email: 'ascolto@casadelledonne.example', website: null, phone: '02 6611 1100',
    description: 'Centro antiviolenza: ascolto, accoglienza e accompagnamento, in riservatezza.',
  },
  {
    id: org(12), name: 'Associazione Alzheimer Nord Milano ODV', legalForm: 'associazione ODV', taxCode: '00000000012', runtsNumber: 'RUNTS-120012', runtsSection: 'a',
    email: 'caffe@alzheimer.example', website: null, phone: '02 6612 1200',
    description: 'Per le persone con demenza e chi le assiste: incontri, consigli, sollievo.',
  },
  {
    id: org(13), name: 'Abitare Solidale APS', legalForm: 'associazione di promozione sociale (APS)', taxCode: '00000000013', runtsNumber: 'RUNTS-120013', runtsSection: 'b',
    email: 'sportello@abitaresolidale.example', website: null, phone: '02 6613 1300',
    description: 'Sportello casa: affitti, sfratti, bandi per le case popolari.',
  },
  {
    id: org(14), name: 'Cooperativa Sociale Il Melograno', legalForm: 'cooperativa sociale di tipo A', taxCode: '00000000014', runtsNumber: 'RUNTS-120014', runtsSection: 'e',
    email: 'info@melograno.example', website: 'https://melograno.example', phone: '02 6614 1400',
    description: 'Psicologi e educatori: sostegno psicologico a costi accessibili e gruppi per adolescenti.',
  },
  {
    id: org(15), name: 'Croce Rossa Italiana – Comitato di Cinisello Balsamo ODV', legalForm: 'associazione ODV', taxCode: '00000000015', runtsNumber: 'RUNTS-120015', runtsSection: 'a',
    email: 'cinisello@cri.example', website: 'https://cri.example/cinisello', phone: '02 6615 1500',
    description: 'Trasporto sociale, spesa e farmaci a domicilio per chi non può uscire.',
  },
];

export const DEMO_PLACES: DemoPlace[] = [
  { id: place(1), organisationId: '0f000000-0000-4000-8000-000000000001', name: 'Sede Il Ponte', address: 'Via Monte Ortigara 12', lat: 45.5441, lng: 9.2115, transportation: 'Bus 727, fermata Monte Ortigara', hours: [{ days: WEEKDAYS, opens: '09:00', closes: '17:00' }] },
  { id: place(2), organisationId: '0f000000-0000-4000-8000-000000000001', name: 'Emporio solidale Il Ponte', address: 'Via Risorgimento 140', lat: 45.5472, lng: 9.2142, hours: [{ days: 'TU,TH,SA', opens: '09:30', closes: '12:30' }] },
  { id: place(3), organisationId: org(2), name: 'Palazzo comunale, Servizi sociali', address: 'Piazza Confalonieri 5', lat: 45.5562, lng: 9.2150, transportation: 'Metrotranvia 31, fermata Cinisello Centro', hours: [{ days: 'MO,WE,FR', opens: '09:00', closes: '12:30' }, { days: 'TH', opens: '14:00', closes: '17:30' }] },
  { id: place(4), organisationId: org(2), name: 'Sportello Lavoro comunale', address: 'Via Frova 10', lat: 45.5516, lng: 9.2070, hours: [{ days: 'TU,TH', opens: '09:00', closes: '13:00' }] },
  { id: place(5), organisationId: org(3), name: "Centro di ascolto Caritas Sant'Ambrogio", address: 'Piazza Costa 6', lat: 45.5581, lng: 9.2075, hours: [{ days: 'MO,TH', opens: '15:00', closes: '18:00' }] },
  { id: place(6), organisationId: org(3), name: 'Salone parrocchiale (mensa e guardaroba)', address: 'Via Sant’Ambrogio 3', lat: 45.5576, lng: 9.2066 },
  { id: place(7), organisationId: org(4), name: 'Consultorio familiare', address: 'Via Terenghi 2', lat: 45.5528, lng: 9.2190, transportation: 'Bus 708, fermata Terenghi', hours: [{ days: WEEKDAYS, opens: '08:30', closes: '16:00' }] },
  { id: place(8), organisationId: org(5), name: 'Centro Auser Balsamo', address: 'Via Marconi 52', lat: 45.5533, lng: 9.2218, hours: [{ days: WEEKDAYS, opens: '09:00', closes: '12:00' }] },
  { id: place(9), organisationId: org(6), name: 'Magazzino del Banco', address: 'Via Nigozza 44', lat: 45.5530, lng: 9.1965 },
  { id: place(10), organisationId: org(6), name: 'Punto di distribuzione Bettola', address: 'Via XXV Aprile 120', lat: 45.5532, lng: 9.2338 },
  { id: place(11), organisationId: org(7), name: 'Spazio Aperto, sede e laboratorio', address: 'Via Alberto da Giussano 30', lat: 45.5478, lng: 9.2355, transportation: 'Bus 727, fermata Sant’Eusebio', hours: [{ days: WEEKDAYS, opens: '08:30', closes: '17:30' }] },
  { id: place(12), organisationId: org(8), name: 'Centro civico Villa Rachele', address: 'Via Villa Rachele 12', lat: 45.5624, lng: 9.2214 },
  { id: place(13), organisationId: org(9), name: 'Casa Dopo di Noi', address: 'Via Brunelleschi 8', lat: 45.5651, lng: 9.2247, hours: [{ note: 'su appuntamento' }] },
  { id: place(14), organisationId: org(10), name: 'Centro diurno La Casa sull’Albero', address: 'Via Cornaggia 20', lat: 45.5452, lng: 9.1968, hours: [{ days: WEEKDAYS, opens: '08:30', closes: '16:30' }] },
  { id: place(15), organisationId: org(11), name: 'Casa delle Donne (sede riservata: si concorda al telefono)', address: 'Balsamo, indirizzo dato al telefono', lat: 45.5545, lng: 9.2240 },
  { id: place(16), organisationId: org(12), name: 'Caffè Alzheimer al Centro anziani', address: 'Via Libertà 44', lat: 45.5542, lng: 9.2099 },
  { id: place(17), organisationId: org(13), name: 'Sportello casa Abitare Solidale', address: 'Via Friuli 15', lat: 45.5465, lng: 9.2250, hours: [{ days: 'WE', opens: '17:00', closes: '19:30' }, { days: 'SA', opens: '10:00', closes: '12:00' }] },
  { id: place(18), organisationId: org(14), name: 'Studio Il Melograno', address: 'Via Copernico 18', lat: 45.5612, lng: 9.1940, hours: [{ days: WEEKDAYS, opens: '10:00', closes: '19:00' }] },
  { id: place(19), organisationId: org(15), name: 'Sede Croce Rossa Cinisello', address: 'Via Dei Lavoratori 30', lat: 45.5628, lng: 9.2380, transportation: 'Bus 708, fermata Borgo Misto', hours: [{ days: WEEKDAYS, opens: '08:00', closes: '20:00' }] },
];

/** A regional catalogue's categories that some demo services carry (the ADMIN's mapping page has work to show). */
export const DEMO_TAXONOMY = {
  id: '7a000000-0000-4000-8000-000000000001',
  name: 'Catalogo unità d’offerta sociali (Regione, prova)',
  description: 'Categorie del catalogo regionale delle unità d’offerta sociali (esempio per la demo)',
  terms: [
    { id: '7a000000-0000-4000-8000-000000000011', code: 'SAD', name: 'Servizio di assistenza domiciliare', need: Need.ELDERLY_CARE },
    { id: '7a000000-0000-4000-8000-000000000012', code: 'CDD', name: 'Centro diurno disabili', need: Need.DISABILITY },
    { id: '7a000000-0000-4000-8000-000000000013', code: 'CONS', name: 'Consultorio familiare', need: null },
    { id: '7a000000-0000-4000-8000-000000000014', code: 'SFA', name: 'Servizio formazione all’autonomia', need: null },
  ] as { id: string; code: string; name: string; need: Need | null }[],
};

const EVERYWHERE = 'all' as const;
const AROUND = 'all-but-crocetta' as const;

export const DEMO_DIRECTORY_SERVICES: DemoDirectoryService[] = [
  {
    id: svc(4), organisationId: org(2), name: 'Segretariato sociale: il primo ascolto del Comune',
    description: 'Un’assistente sociale ascolta la tua situazione, ti spiega a cosa hai diritto e ti accompagna ai servizi giusti.',
    needs: [Need.ECONOMIC_HARDSHIP, Need.HOUSING, Need.LONELINESS, Need.FAMILY_CONFLICT], areas: EVERYWHERE, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: null, capacityMaximum: null, capacityUnit: null,
    applicationProcess: 'Senza appuntamento negli orari di apertura, o chiamando per fissare un colloquio.', eligibility: 'Chi vive a Cinisello Balsamo.', fees: 'Gratuito.',
    places: [{ placeId: place(3) }], phone: '02 6602 3001',
  },
  {
    id: svc(5), organisationId: org(2), name: 'Assistenza domiciliare comunale (SAD)',
    description: 'Operatori a casa per l’igiene, i pasti e le faccende, per chi non ce la fa più da solo.',
    needs: [Need.ELDERLY_CARE, Need.DISABILITY], areas: EVERYWHERE, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.WAITLIST, capacityAvailable: 0, capacityMaximum: 90, capacityUnit: 'utenti',
    applicationProcess: 'Si chiede al segretariato sociale; segue una visita a casa dell’assistente sociale.', eligibility: 'Anziani e persone con disabilità residenti, valutati dall’assistente sociale.',
    fees: 'Contributo in base all’ISEE: da 0 a 18 euro l’ora.', places: [{ placeId: place(3) }], terms: ['SAD'],
  },
  {
    id: svc(6), organisationId: org(2), name: 'Contributi per l’affitto e l’emergenza abitativa',
    description: 'Bandi e contributi per chi rischia lo sfratto o non riesce a pagare l’affitto.',
    needs: [Need.HOUSING, Need.ECONOMIC_HARDSHIP], areas: EVERYWHERE, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.ADDITIONAL_ASSESSMENT_REQUIRED, capacityAvailable: null, capacityMaximum: null, capacityUnit: null,
    applicationProcess: 'Domanda online o allo sportello con ISEE e contratto d’affitto.', eligibility: 'Residenti con ISEE sotto i 26.000 euro e un contratto d’affitto registrato.', fees: 'Gratuito.',
    places: [{ placeId: place(3) }],
  },
  {
    id: svc(7), organisationId: org(2), name: 'Sportello Lavoro',
    description: 'Curriculum, offerte di lavoro della zona, corsi e tirocini.',
    needs: [Need.WORK], areas: EVERYWHERE, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: null, capacityMaximum: null, capacityUnit: null,
    applicationProcess: 'Senza appuntamento il martedì e il giovedì mattina.', eligibility: 'Chi cerca lavoro, dai 16 anni.', fees: 'Gratuito.', minimumAge: 16,
    places: [{ placeId: place(4) }], phone: '02 6602 3100',
  },
  {
    id: svc(8), organisationId: org(3), name: 'Centro di ascolto Caritas',
    description: 'Volontari che ascoltano, aiutano con bollette e spesa e cercano insieme una strada.',
    needs: [Need.ECONOMIC_HARDSHIP, Need.FOOD, Need.LONELINESS], areas: EVERYWHERE, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: null, capacityMaximum: null, capacityUnit: null,
    applicationProcess: 'Vieni negli orari di ascolto, senza appuntamento.', eligibility: 'Chiunque sia in difficoltà, di qualsiasi religione o provenienza.', fees: 'Gratuito.',
    places: [{ placeId: place(5) }],
  },
  {
    id: svc(9), organisationId: org(3), name: 'Guardaroba solidale',
    description: 'Vestiti, scarpe e coperte puliti, per adulti e bambini.',
    needs: [Need.ECONOMIC_HARDSHIP], areas: EVERYWHERE, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: null, capacityMaximum: null, capacityUnit: null,
    applicationProcess: 'Con il foglio del centro di ascolto.', eligibility: 'Chi è seguito dal centro di ascolto.', fees: 'Gratuito.',
    places: [{ placeId: place(6), hours: [{ days: 'SA', opens: '09:00', closes: '11:30' }] }],
  },
  {
    id: svc(10), organisationId: org(3), name: 'Mensa del giovedì',
    description: 'Un pasto caldo insieme, ogni giovedì a mezzogiorno.',
    needs: [Need.FOOD, Need.LONELINESS], areas: EVERYWHERE, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 12, capacityMaximum: 40, capacityUnit: 'posti a tavola',
    applicationProcess: 'Basta presentarsi; per i gruppi avvisare il lunedì.', eligibility: 'Chiunque.', fees: 'Gratuito.',
    places: [{ placeId: place(6), hours: [{ days: 'TH', opens: '12:00', closes: '14:00' }] }],
  },
  {
    id: svc(11), organisationId: org(4), name: 'Consultorio: ascolto e sostegno a coppie e famiglie',
    description: 'Colloqui con psicologi e assistenti sociali per separazioni, conflitti, genitorialità.',
    needs: [], areas: EVERYWHERE, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.WAITLIST, capacityAvailable: 0, capacityMaximum: 30, capacityUnit: 'colloqui a settimana',
    applicationProcess: 'Telefonando al consultorio; il primo colloquio entro tre settimane.', eligibility: 'Persone e famiglie residenti nel distretto.', fees: 'Gratuito; alcune visite con ticket.',
    places: [{ placeId: place(7) }], phone: '02 6604 2201', terms: ['CONS'],
  },
  {
    id: svc(12), organisationId: org(4), name: 'Spazio giovani del consultorio',
    description: 'Ragazze e ragazzi dai 14 ai 24 anni: domande su corpo, relazioni, contraccezione, ansia. Anche senza genitori.',
    needs: [], areas: EVERYWHERE, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: null, capacityMaximum: null, capacityUnit: null,
    applicationProcess: 'Accesso libero il mercoledì pomeriggio.', eligibility: 'Dai 14 ai 24 anni.', fees: 'Gratuito.', minimumAge: 14, maximumAge: 24,
    places: [{ placeId: place(7), hours: [{ days: 'WE', opens: '14:00', closes: '18:00' }] }], terms: ['CONS'],
  },
  {
    id: svc(13), organisationId: org(5), name: 'Filo d’argento: compagnia al telefono',
    description: 'Un volontario ti chiama ogni giorno per due chiacchiere e per sapere come stai.',
    needs: [Need.LONELINESS], areas: AROUND, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 25, capacityMaximum: 60, capacityUnit: 'persone seguite',
    applicationProcess: 'Chiama il numero verde o chiedi a un punto di prossimità.', eligibility: 'Persone sopra i 65 anni che vivono sole.', fees: 'Gratuito.', minimumAge: 65,
    places: [], hours: [{ days: 'MO,TU,WE,TH,FR,SA', opens: '09:00', closes: '18:00' }], phone: '800 000 555',
  },
  {
    id: svc(14), organisationId: org(5), name: 'Accompagnamento a visite ed esami',
    description: 'Un volontario con l’auto ti porta alla visita e ti riporta a casa.',
    needs: [Need.HEALTH_ACCESS, Need.ELDERLY_CARE], areas: AROUND, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 8, capacityMaximum: 20, capacityUnit: 'accompagnamenti a settimana',
    applicationProcess: 'Prenota almeno tre giorni prima, al telefono o al centro.', eligibility: 'Anziani e persone con disabilità senza chi li accompagni.', fees: 'Offerta libera per la benzina.',
    places: [{ placeId: place(8) }],
  },
  {
    id: svc(15), organisationId: org(6), name: 'Pacco alimentare mensile',
    description: 'Una volta al mese un pacco con pasta, latte, olio, scatolame e prodotti per bambini.',
    needs: [Need.FOOD], areas: ['nigozza', 'cornaggia', 'robecco', 'bettola', 'borgo-misto'], status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 14, capacityMaximum: 150, capacityUnit: 'famiglie',
    applicationProcess: 'Con la segnalazione dei servizi sociali o del centro di ascolto.', eligibility: 'Famiglie con ISEE sotto i 9.000 euro.', fees: 'Gratuito.',
    places: [{ placeId: place(9), hours: [{ days: 'SA', opens: '09:00', closes: '12:00' }] }, { placeId: place(10), hours: [{ days: 'WE', opens: '15:00', closes: '18:00' }] }],
  },
  {
    id: svc(16), organisationId: org(6), name: 'Frutta e verdura del mercoledì',
    description: 'Frutta e verdura fresche recuperate dai mercati, distribuite il mercoledì pomeriggio.',
    needs: [Need.FOOD], areas: ['bettola', 'sant-eusebio', 'borgo-misto'], status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.NO_CAPACITY, capacityAvailable: 0, capacityMaximum: 60, capacityUnit: 'famiglie',
    applicationProcess: 'Iscrizione al punto di distribuzione.', eligibility: 'Famiglie già seguite dal Banco.', fees: 'Gratuito.',
    places: [{ placeId: place(10), hours: [{ days: 'WE', opens: '15:00', closes: '18:00' }] }],
  },
  {
    id: svc(17), organisationId: org(7), name: 'Orientamento e inserimento lavorativo',
    description: 'Bilancio delle competenze, curriculum e tirocini retribuiti nelle aziende della zona.',
    needs: [Need.WORK], areas: ['bettola', 'sant-eusebio', 'bellaria', 'borgo-misto'], status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 6, capacityMaximum: 25, capacityUnit: 'percorsi',
    applicationProcess: 'Colloquio su appuntamento.', eligibility: 'Persone in difficoltà o con disabilità, dai 18 ai 60 anni.', fees: 'Gratuito.', minimumAge: 18, maximumAge: 60,
    places: [{ placeId: place(11) }],
  },
  {
    id: svc(18), organisationId: org(7), name: 'Laboratorio di riuso',
    description: 'Si riparano biciclette e piccoli mobili: si impara un mestiere e si sta insieme.',
    needs: [Need.WORK, Need.YOUTH_AT_RISK], areas: ['sant-eusebio', 'bellaria'], status: ServiceStatus.TEMPORARILY_CLOSED,
    capacityStatus: CapacityStatus.NO_CAPACITY, capacityAvailable: 0, capacityMaximum: 12, capacityUnit: 'posti',
    applicationProcess: 'Riapre a settembre: iscrizioni da agosto.', eligibility: 'Ragazzi dai 16 anni e adulti senza lavoro.', fees: 'Gratuito.', minimumAge: 16,
    places: [{ placeId: place(11) }],
  },
  {
    id: svc(19), organisationId: org(8), name: 'Doposcuola di Villa Rachele',
    description: 'Compiti, merenda e giochi per i ragazzi delle medie, con educatori e volontari.',
    needs: [Need.YOUTH_AT_RISK], areas: ['villa-rachele', 'borgo-misto', 'campo-dei-fiori'], status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.WAITLIST, capacityAvailable: 0, capacityMaximum: 24, capacityUnit: 'posti',
    applicationProcess: 'Iscrizione con un genitore, a settembre o in lista d’attesa.', eligibility: 'Ragazzi dagli 11 ai 14 anni.', fees: '10 euro al mese; gratuito con ISEE basso.', minimumAge: 11, maximumAge: 14,
    places: [{ placeId: place(12), hours: [{ days: 'MO,TU,WE,TH', opens: '14:30', closes: '17:30' }] }],
  },
  {
    id: svc(20), organisationId: org(8), name: 'Punto digitale: SPID, smartphone e prenotazioni',
    description: 'Ti aiutiamo a fare lo SPID, usare il telefono, prenotare una visita o pagare un bollettino online.',
    needs: [Need.DIGITAL_DIVIDE], areas: ['villa-rachele', 'campo-dei-fiori', 'robecco'], status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: null, capacityMaximum: null, capacityUnit: null,
    applicationProcess: 'Senza appuntamento il sabato mattina; porta documento e telefono.', eligibility: 'Chiunque.', fees: 'Gratuito.',
    places: [{ placeId: place(12), hours: [{ days: 'SA', opens: '09:30', closes: '12:30' }] }],
  },
  {
    id: svc(21), organisationId: org(9), name: 'Progetti di vita indipendente (Dopo di noi)',
    description: 'Appartamenti condivisi, weekend di autonomia e accompagnamento delle famiglie a preparare il “dopo”.',
    needs: [Need.DOPO_DI_NOI, Need.DISABILITY], areas: AROUND, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.WAITLIST, capacityAvailable: 0, capacityMaximum: 10, capacityUnit: 'posti',
    applicationProcess: 'Colloquio con la famiglia, poi valutazione con i servizi sociali.', eligibility: 'Persone con disabilità grave senza sostegno familiare, dai 18 anni.', fees: 'Quota in base all’ISEE; fondi della legge 112/2016.', minimumAge: 18,
    places: [{ placeId: place(13) }], terms: ['SFA'],
  },
  {
    id: svc(22), organisationId: org(10), name: 'Centro diurno disabili',
    description: 'Attività, laboratori e cura durante il giorno per adulti con disabilità.',
    needs: [Need.DISABILITY], areas: AROUND, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.NO_CAPACITY, capacityAvailable: 0, capacityMaximum: 30, capacityUnit: 'posti',
    applicationProcess: 'Domanda ai servizi sociali del Comune.', eligibility: 'Adulti con disabilità, dai 18 ai 65 anni.', fees: 'Retta in base all’ISEE.', minimumAge: 18, maximumAge: 65,
    places: [{ placeId: place(14) }], terms: ['CDD'],
  },
  {
    id: svc(23), organisationId: org(10), name: 'Educativa domiciliare per ragazzi e famiglie',
    description: 'Un educatore a casa qualche ora a settimana, per i compiti, le regole, i momenti difficili.',
    needs: [Need.YOUTH_AT_RISK, Need.FAMILY_CONFLICT], areas: AROUND, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 3, capacityMaximum: 18, capacityUnit: 'famiglie',
    applicationProcess: 'Su proposta dei servizi sociali o del consultorio.', eligibility: 'Famiglie con figli dai 6 ai 17 anni.', fees: 'Gratuito (a carico del Comune).', minimumAge: 6, maximumAge: 17,
    places: [{ placeId: place(14) }],
  },
  {
    id: svc(24), organisationId: org(11), name: 'Centro antiviolenza: ascolto e accoglienza',
    description: 'Operatrici formate ascoltano, aiutano a mettersi al sicuro, accompagnano da avvocate e psicologhe. Tutto resta riservato.',
    needs: [Need.FAMILY_CONFLICT], areas: AROUND, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: null, capacityMaximum: null, capacityUnit: null,
    applicationProcess: 'Telefona: ti rispondiamo e fissiamo dove vederci. In pericolo chiama il 112 o il 1522.', eligibility: 'Donne, anche con figli, di qualsiasi età e provenienza.', fees: 'Gratuito.',
    places: [{ placeId: place(15) }], hours: [{ days: WEEKDAYS, opens: '09:00', closes: '19:00' }], phone: '02 6611 1101',
  },
  {
    id: svc(25), organisationId: org(12), name: 'Caffè Alzheimer',
    description: 'Un pomeriggio al mese insieme: musica e caffè per chi ha una demenza, consigli e sollievo per chi lo assiste.',
    needs: [Need.ELDERLY_CARE, Need.LONELINESS], areas: ['cinisello', 'balsamo', 'campo-dei-fiori', 'nigozza'], status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 10, capacityMaximum: 25, capacityUnit: 'coppie',
    applicationProcess: 'Telefona per prenotare il primo incontro.', eligibility: 'Persone con demenza e chi le assiste.', fees: 'Gratuito.',
    places: [{ placeId: place(16), hours: [{ days: 'TU', opens: '15:00', closes: '17:30', note: 'il primo martedì del mese' }] }],
  },
  {
    id: svc(26), organisationId: org(13), name: 'Sportello casa',
    description: 'Aiuto per capire il contratto, rispondere a uno sfratto, fare domanda per una casa popolare.',
    needs: [Need.HOUSING], areas: ['bellaria', 'sant-eusebio', 'balsamo', 'bettola'], status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: null, capacityMaximum: null, capacityUnit: null,
    applicationProcess: 'Negli orari dello sportello; porta i documenti della casa.', eligibility: 'Inquilini e famiglie in cerca di casa.', fees: 'Tessera associativa 10 euro l’anno.',
    places: [{ placeId: place(17) }],
  },
  {
    id: svc(27), organisationId: org(14), name: 'Psicologo a costi accessibili',
    description: 'Colloqui con uno psicologo per ansia, lutti, momenti difficili, a tariffa ridotta.',
    needs: [Need.MENTAL_HEALTH], areas: ['robecco', 'nigozza', 'campo-dei-fiori'], status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.WAITLIST, capacityAvailable: 0, capacityMaximum: 40, capacityUnit: 'colloqui a settimana',
    applicationProcess: 'Telefona o scrivi; il primo colloquio di conoscenza è gratuito.', eligibility: 'Adulti e ragazzi dai 14 anni.', fees: 'Da 15 a 35 euro a colloquio, in base all’ISEE.', minimumAge: 14,
    places: [{ placeId: place(18) }],
  },
  {
    id: svc(28), organisationId: org(14), name: 'Gruppi per adolescenti',
    description: 'Un gruppo a settimana con due educatori, per parlare di scuola, amici, famiglia.',
    needs: [Need.YOUTH_AT_RISK, Need.MENTAL_HEALTH], areas: ['robecco', 'nigozza', 'cornaggia'], status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 5, capacityMaximum: 12, capacityUnit: 'posti',
    applicationProcess: 'Un colloquio con il ragazzo e un genitore.', eligibility: 'Ragazzi dai 14 ai 18 anni.', fees: 'Gratuito (progetto finanziato).', minimumAge: 14, maximumAge: 18,
    places: [{ placeId: place(18), hours: [{ days: 'TH', opens: '17:00', closes: '18:30' }] }],
  },
  {
    id: svc(29), organisationId: org(15), name: 'Trasporto sociale',
    description: 'Un mezzo attrezzato per andare a terapie, dialisi e visite, anche in carrozzina.',
    needs: [Need.HEALTH_ACCESS, Need.DISABILITY], areas: AROUND, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 4, capacityMaximum: 15, capacityUnit: 'viaggi al giorno',
    applicationProcess: 'Prenota al telefono almeno 48 ore prima.', eligibility: 'Persone con difficoltà a muoversi, su richiesta del medico o dei servizi sociali.', fees: 'Da 5 a 15 euro a viaggio; gratuito con ISEE basso.',
    places: [{ placeId: place(19) }], phone: '02 6615 1501',
  },
  {
    id: svc(30), organisationId: org(15), name: 'Spesa e farmaci a domicilio',
    description: 'I volontari fanno la spesa o ritirano i farmaci e li portano a casa.',
    needs: [Need.FOOD, Need.ELDERLY_CARE], areas: AROUND, status: ServiceStatus.ACTIVE,
    capacityStatus: CapacityStatus.CAPACITY, capacityAvailable: 20, capacityMaximum: 50, capacityUnit: 'consegne a settimana',
    applicationProcess: 'Telefona entro le 11 per la consegna del giorno dopo.', eligibility: 'Chi non può uscire di casa.', fees: 'Paghi solo la spesa o il ticket.',
    places: [{ placeId: place(19) }], hours: [{ days: WEEKDAYS, opens: '09:00', closes: '11:00' }],
  },
];

/** Il Ponte's three services (DEMO_SERVICES): what a resident reads about them. */
export const DEMO_IL_PONTE_SERVICE_DETAILS: Record<string, Omit<DemoDirectoryService, 'id' | 'organisationId' | 'name' | 'needs' | 'areas' | 'status' | 'capacityStatus' | 'capacityAvailable' | 'capacityMaximum' | 'capacityUnit'>> = {
  '5e000000-0000-4000-8000-000000000001': {
    description: 'Operatori e volontari che passano a trovare, fanno compagnia, accompagnano dal medico o in posta, aiutano con il telefono.',
    applicationProcess: 'Chiama la cooperativa o chiedi a un punto di prossimità: ti richiamiamo entro due giorni.', eligibility: 'Anziani e persone fragili che vivono a Cinisello Balsamo.',
    fees: 'Gratuito; l’assistenza a casa oltre le 4 ore al mese in base all’ISEE.', places: [{ placeId: place(1) }], phone: '02 6601 1001',
  },
  '5e000000-0000-4000-8000-000000000002': {
    description: 'Un emporio dove si fa la spesa con una tessera a punti, e uno sportello per cercare lavoro e casa.',
    applicationProcess: 'La tessera si chiede ai servizi sociali o al centro di ascolto; lo sportello lavoro è senza appuntamento.', eligibility: 'Famiglie con ISEE sotto i 12.000 euro.',
    fees: 'Gratuito.', places: [{ placeId: place(2) }],
  },
  '5e000000-0000-4000-8000-000000000003': {
    description: 'Psicologi ed educatori per famiglie in difficoltà, ragazzi che si chiudono, chi sta attraversando un momento buio.',
    applicationProcess: 'Telefona per un primo colloquio.', eligibility: 'Famiglie, ragazzi e adulti di Cinisello Balsamo.', fees: 'Gratuito il primo colloquio, poi in base all’ISEE.',
    places: [{ placeId: place(1), hours: [{ days: 'MO,WE', opens: '14:00', closes: '19:00' }] }],
  },
};
