import { InitiativeKind, Weekday } from '@prossimo/contracts';
import { DEMO_ORGANISATION } from './demo';

/** A demo initiative of Cinisello Balsamo, with the weekly rule its sessions follow (the seed keeps the next weeks filled). */
export interface DemoInitiative {
  id: string;
  kind: InitiativeKind;
  titleIt: string;
  titleEn: string;
  descriptionIt: string;
  descriptionEn: string;
  /** Null: the municipality's own. */
  organiserOrganisationId: string | null;
  neighbourhoodCode: string;
  place: { name: string; address: string; lat: number; lng: number; stepFree: boolean };
  ageMin?: number;
  ageMax?: number;
  free: boolean;
  costText?: string;
  accessibilitySupport?: string;
  goodForLivingAlone: boolean;
  publicContact?: string;
  weekly: { weekdays: Weekday[]; startTime: string; endTime: string; publicSeats: number; referralSeats: number };
  /** Seats already taken by the public at the next sessions, in order (the rest are free). */
  takenAtNext?: number[];
}

const id = (n: number) => `1a000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;

export const DEMO_MEMORY_CAFE_ID = id(1);

export const DEMO_INITIATIVES: DemoInitiative[] = [
  {
    id: DEMO_MEMORY_CAFE_ID,
    kind: InitiativeKind.ELDERLY_PLACE,
    titleIt: 'Caffè della memoria di Crocetta',
    titleEn: 'Crocetta memory café',
    descriptionIt:
      'Ogni martedì pomeriggio, un caffè e due chiacchiere per le persone con problemi di memoria e per chi le accompagna. Musica, giochi di parole, una psicologa e i volontari del quartiere. Non serve prenotare la prima volta.',
    descriptionEn:
      'Every Tuesday afternoon, coffee and a chat for people with memory problems and those who care for them. Music, word games, a psychologist and volunteers from the neighbourhood. No booking needed the first time.',
    organiserOrganisationId: DEMO_ORGANISATION.id,
    neighbourhoodCode: 'crocetta',
    place: { name: 'Sala civica di Crocetta', address: 'Via Monte Ortigara 12', lat: 45.5441, lng: 9.2115, stepFree: true },
    ageMin: 60,
    free: true,
    accessibilitySupport: 'Sala al piano terra, bagno accessibile, volontari all’ingresso / Ground floor room, accessible toilet, volunteers at the door',
    goodForLivingAlone: true,
    publicContact: '02 6601 1000',
    weekly: { weekdays: [Weekday.TUESDAY], startTime: '15:00', endTime: '17:00', publicSeats: 12, referralSeats: 3 },
    takenAtNext: [9, 4, 2],
  },
  {
    id: id(2),
    kind: InitiativeKind.SOCIAL_THEATRE,
    titleIt: 'Laboratorio di teatro sociale «Le storie del quartiere»',
    titleEn: 'Social theatre workshop "Stories of the neighbourhood"',
    descriptionIt:
      'Un laboratorio aperto a tutte le età: si raccolgono le storie di Balsamo e le si porta in scena. Nessuna esperienza richiesta. Spettacolo finale a giugno al Pertini.',
    descriptionEn: 'A workshop open to all ages: we gather stories of Balsamo and bring them to the stage. No experience needed. Final show in June at the Pertini.',
    organiserOrganisationId: null,
    neighbourhoodCode: 'balsamo',
    place: { name: 'Centro culturale Il Pertini', address: 'Piazza Confalonieri 3', lat: 45.5548, lng: 9.2178, stepFree: true },
    ageMin: 16,
    free: true,
    accessibilitySupport: 'Interprete LIS su richiesta una settimana prima / Italian Sign Language interpreter on request a week ahead',
    goodForLivingAlone: true,
    publicContact: '02 6602 3000',
    weekly: { weekdays: [Weekday.THURSDAY], startTime: '18:30', endTime: '20:30', publicSeats: 20, referralSeats: 4 },
    takenAtNext: [14, 11],
  },
  {
    id: id(3),
    kind: InitiativeKind.LIFESTYLE_EXPERIMENT,
    titleIt: 'Gruppo di cammino del Parco Nord',
    titleEn: 'Parco Nord walking group',
    descriptionIt: 'Un’ora di cammino in compagnia, al passo di tutti, con un walking leader formato da ATS. Ritrovo all’ingresso di via Clerici. Scarpe comode e una bottiglietta d’acqua.',
    descriptionEn: 'An hour’s walk together, at everyone’s pace, with a walking leader trained by the health agency. Meet at the Via Clerici entrance. Comfortable shoes and a water bottle.',
    organiserOrganisationId: '0f000000-0000-4000-8000-000000000005',
    neighbourhoodCode: 'bettola',
    place: { name: 'Parco Nord, ingresso via Clerici', address: 'Via Clerici 2', lat: 45.5525, lng: 9.2372, stepFree: true },
    ageMin: 55,
    free: true,
    goodForLivingAlone: true,
    publicContact: '02 6605 0500',
    weekly: { weekdays: [Weekday.MONDAY, Weekday.WEDNESDAY, Weekday.FRIDAY], startTime: '09:00', endTime: '10:00', publicSeats: 25, referralSeats: 5 },
    takenAtNext: [6, 8, 5],
  },
  {
    id: id(4),
    kind: InitiativeKind.LIFESTYLE_EXPERIMENT,
    titleIt: 'Gruppo di cammino di Villa Rachele',
    titleEn: 'Villa Rachele walking group',
    descriptionIt: 'Passeggiata del sabato mattina nel quartiere e al parco di Villa Ghirlanda, con sosta al bar. Percorso pianeggiante.',
    descriptionEn: 'A Saturday morning walk through the neighbourhood and Villa Ghirlanda park, with a coffee stop. Flat route.',
    organiserOrganisationId: '0f000000-0000-4000-8000-000000000005',
    neighbourhoodCode: 'villa-rachele',
    place: { name: 'Centro civico Villa Rachele', address: 'Via Villa Rachele 12', lat: 45.5624, lng: 9.2214, stepFree: true },
    ageMin: 55,
    free: true,
    goodForLivingAlone: true,
    weekly: { weekdays: [Weekday.SATURDAY], startTime: '10:00', endTime: '11:30', publicSeats: 20, referralSeats: 4 },
  },
  {
    id: id(5),
    kind: InitiativeKind.LIFESTYLE_EXPERIMENT,
    titleIt: 'Repair café: si ripara insieme',
    titleEn: 'Repair café: fixing things together',
    descriptionIt: 'Porta la radio, il frullatore o la bicicletta che non va: volontari esperti la riparano con te. Si impara, si riusa, si fa due chiacchiere.',
    descriptionEn: 'Bring the radio, blender or bike that does not work: skilled volunteers fix it with you. Learn, reuse, have a chat.',
    organiserOrganisationId: '0f000000-0000-4000-8000-000000000007',
    neighbourhoodCode: 'sant-eusebio',
    place: { name: 'Laboratorio di riuso Spazio Aperto', address: 'Via Alberto da Giussano 30', lat: 45.5478, lng: 9.2355, stepFree: false },
    free: false,
    costText: 'Offerta libera per i ricambi / Pay what you can for spare parts',
    goodForLivingAlone: false,
    publicContact: 'lavoro@spazioaperto.example',
    weekly: { weekdays: [Weekday.SATURDAY], startTime: '14:30', endTime: '17:30', publicSeats: 15, referralSeats: 2 },
    takenAtNext: [15],
  },
  {
    id: id(6),
    kind: InitiativeKind.CONCILIATION,
    titleIt: 'Doposcuola e spazio compiti per famiglie che lavorano',
    titleEn: 'After-school homework club for working families',
    descriptionIt: 'Dalle 16:30 alle 18:30 i ragazzi delle medie fanno i compiti con educatori e volontari, mentre i genitori sono al lavoro. Merenda compresa.',
    descriptionEn: 'From 4:30 to 6:30 pm, middle-school pupils do their homework with educators and volunteers while their parents are at work. Snack included.',
    organiserOrganisationId: '0f000000-0000-4000-8000-000000000008',
    neighbourhoodCode: 'villa-rachele',
    place: { name: 'Centro civico Villa Rachele', address: 'Via Villa Rachele 12', lat: 45.5624, lng: 9.2214, stepFree: true },
    ageMin: 11,
    ageMax: 14,
    free: false,
    costText: '10 € al mese, gratis con ISEE sotto 15.000 € / €10 a month, free with ISEE under €15,000',
    goodForLivingAlone: false,
    publicContact: '02 6608 0800',
    weekly: { weekdays: [Weekday.MONDAY, Weekday.WEDNESDAY], startTime: '16:30', endTime: '18:30', publicSeats: 18, referralSeats: 4 },
    takenAtNext: [16, 17],
  },
  {
    id: id(7),
    kind: InitiativeKind.ELDERLY_PLACE,
    titleIt: 'Pranzo in compagnia',
    titleEn: 'Lunch in company',
    descriptionIt: 'Il giovedì a mezzogiorno, un pasto caldo insieme nel salone della parrocchia. Chi non riesce a venire da solo può chiedere un passaggio.',
    descriptionEn: 'Thursdays at noon, a hot meal together in the parish hall. Anyone who cannot come alone can ask for a lift.',
    organiserOrganisationId: '0f000000-0000-4000-8000-000000000003',
    neighbourhoodCode: 'cinisello',
    place: { name: 'Salone parrocchiale Sant’Ambrogio', address: 'Via Sant’Ambrogio 3', lat: 45.5576, lng: 9.2066, stepFree: true },
    ageMin: 65,
    free: false,
    costText: '3 € il pasto / €3 per meal',
    goodForLivingAlone: true,
    publicContact: '02 6603 1100',
    weekly: { weekdays: [Weekday.THURSDAY], startTime: '12:00', endTime: '14:00', publicSeats: 30, referralSeats: 6 },
    takenAtNext: [21],
  },
];
