import { VolunteerRequirement, VolunteerSkill } from '@prossimo/contracts';
import { DEMO_MEMORY_CAFE_ID } from './community';

/**
 * The demo's volunteers and school protocols (issue 17): five residents of Cinisello Balsamo who
 * volunteer (two of them over 65, two with a demo CITIZEN account), the roles Il Ponte and the
 * Caritas publish with their shifts in the weeks after the seed (one shift already full, one role
 * whose organisation has not yet declared insurance), a few months of hours, and two protocols
 * between schools and the municipality with class groups as counts only.
 */
const vol = (n: number) => `7e000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const role = (n: number) => `7e100000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const DEMO_CITIZEN_ACCOUNTS = {
  /** Anna, 68: the volunteer over 65 of the demo, with an account. */
  anna: { id: 'ac000000-0000-4000-8000-000000000006', email: 'volontaria@prossimo.example', displayName: 'Anna Colombo' },
  /** Luca, 27. */
  luca: { id: 'ac000000-0000-4000-8000-000000000007', email: 'volontario@prossimo.example', displayName: 'Luca Bassi' },
};

export interface DemoVolunteer {
  id: string;
  displayName: string;
  email: string;
  phone: string | null;
  birthYear: number;
  neighbourhoodCode: string;
  travelKm: number;
  skills: VolunteerSkill[];
  languages: string[];
  availability: string[];
  requirements: { requirement: VolunteerRequirement; validUntil: string | null }[];
}

export const DEMO_VOLUNTEERS: DemoVolunteer[] = [
  {
    id: DEMO_CITIZEN_ACCOUNTS.anna.id, displayName: 'Anna Colombo', email: 'volontaria@prossimo.example', phone: '333 000 0006', birthYear: 1958, neighbourhoodCode: 'crocetta', travelKm: 2,
    skills: [VolunteerSkill.COMPANIONSHIP, VolunteerSkill.COOKING], languages: ['it'], availability: ['TUESDAY_AFTERNOON', 'THURSDAY_MORNING', 'SATURDAY_MORNING'],
    requirements: [{ requirement: VolunteerRequirement.BASIC_TRAINING, validUntil: '2028-06-30' }],
  },
  {
    id: DEMO_CITIZEN_ACCOUNTS.luca.id, displayName: 'Luca Bassi', email: 'volontario@prossimo.example', phone: null, birthYear: 1999, neighbourhoodCode: 'balsamo', travelKm: 5,
    skills: [VolunteerSkill.DIGITAL_HELP, VolunteerSkill.REPAIRS, VolunteerSkill.DRIVING], languages: ['it', 'en'], availability: ['SATURDAY_MORNING', 'WEDNESDAY_EVENING'],
    requirements: [{ requirement: VolunteerRequirement.DRIVING_LICENCE, validUntil: '2031-04-30' }],
  },
  {
    id: vol(3), displayName: 'Maria Galli', email: 'maria.galli@example.org', phone: '333 000 0103', birthYear: 1949, neighbourhoodCode: 'balsamo', travelKm: 1,
    skills: [VolunteerSkill.COMPANIONSHIP, VolunteerSkill.ACCOMPANYING], languages: ['it'], availability: ['MONDAY_MORNING', 'THURSDAY_MORNING', 'SATURDAY_MORNING'],
    requirements: [{ requirement: VolunteerRequirement.BASIC_TRAINING, validUntil: '2027-03-31' }],
  },
  {
    id: vol(4), displayName: 'Giorgio Riva', email: 'giorgio.riva@example.org', phone: null, birthYear: 1962, neighbourhoodCode: 'bellaria', travelKm: 4,
    skills: [VolunteerSkill.REPAIRS, VolunteerSkill.GARDENING], languages: ['it', 'fr'], availability: ['SATURDAY_MORNING', 'SATURDAY_AFTERNOON'], requirements: [],
  },
  {
    id: vol(5), displayName: 'Sara Haddad', email: 'sara.haddad@example.org', phone: '333 000 0105', birthYear: 2002, neighbourhoodCode: 'sant-eusebio', travelKm: 3,
    skills: [VolunteerSkill.TEACHING, VolunteerSkill.DIGITAL_HELP], languages: ['it', 'ar', 'en'], availability: ['MONDAY_AFTERNOON', 'WEDNESDAY_AFTERNOON'],
    requirements: [{ requirement: VolunteerRequirement.MINORS_RECORD_CHECK, validUntil: '2027-09-30' }, { requirement: VolunteerRequirement.BASIC_TRAINING, validUntil: null }],
  },
];

export interface DemoVolunteerRole {
  id: string;
  organisationId: string;
  title: string;
  description: string;
  neighbourhoodCode: string;
  minimumAge: number;
  requirements: VolunteerRequirement[];
  insuranceProvided: boolean;
  /** The demo initiative the role serves (libs/demo community.ts), if any. */
  initiativeId?: string;
  meetingPoint: string;
  /** Shifts: weekday (1 Monday … 7 Sunday), local start and end in Europe/Rome, how many weeks, volunteers needed. */
  shifts: { weekday: number; starts: string; ends: string; weeks: number; capacity: number }[];
}

const IL_PONTE = '0f000000-0000-4000-8000-000000000001';
const CARITAS = '0f000000-0000-4000-8000-000000000003';

export const DEMO_VOLUNTEER_ROLES: DemoVolunteerRole[] = [
  {
    id: role(1), organisationId: IL_PONTE, title: 'Accoglienza al caffè della memoria', neighbourhoodCode: 'crocetta', minimumAge: 18, requirements: [VolunteerRequirement.BASIC_TRAINING], insuranceProvided: true,
    description: "Accogliere chi arriva, preparare il tè, fare compagnia durante le attività con le persone con demenza e i loro familiari. Formazione di base del volontariato richiesta.",
    initiativeId: DEMO_MEMORY_CAFE_ID, meetingPoint: 'Sala civica di Crocetta, Via Monte Ortigara 12', shifts: [{ weekday: 2, starts: '14:30', ends: '17:30', weeks: 4, capacity: 3 }],
  },
  {
    id: role(2), organisationId: IL_PONTE, title: 'Passeggiate di gruppo: accompagnare chi cammina piano', neighbourhoodCode: 'balsamo', minimumAge: 16, requirements: [], insuranceProvided: true,
    description: 'Camminare con il gruppo del Parco Matteotti al passo di chi va più piano, un\u2019ora e mezza, poi un caffè insieme.',
    meetingPoint: 'Ingresso del Parco Matteotti, Via Cadorna', shifts: [{ weekday: 4, starts: '09:30', ends: '11:00', weeks: 3, capacity: 4 }, { weekday: 6, starts: '09:30', ends: '11:00', weeks: 1, capacity: 1 }],
  },
  {
    id: role(3), organisationId: IL_PONTE, title: 'Repair café: aggiustare insieme', neighbourhoodCode: 'bellaria', minimumAge: 16, requirements: [], insuranceProvided: true,
    description: 'Piccole riparazioni di elettrodomestici, biciclette e vestiti, insegnando a chi porta l\u2019oggetto a ripararlo con noi.',
    meetingPoint: 'Mercato coperto Bellaria, Via Friuli 11', shifts: [{ weekday: 6, starts: '10:00', ends: '12:30', weeks: 3, capacity: 5 }],
  },
  {
    id: role(4), organisationId: IL_PONTE, title: 'Doposcuola: aiuto compiti', neighbourhoodCode: 'sant-eusebio', minimumAge: 18, requirements: [VolunteerRequirement.MINORS_RECORD_CHECK], insuranceProvided: true,
    description: 'Aiutare bambine e bambini della primaria con i compiti, mentre i genitori lavorano (conciliazione vita-lavoro). Serve il certificato per le attività con minori.',
    meetingPoint: "Oratorio di Sant'Eusebio", shifts: [{ weekday: 1, starts: '16:30', ends: '18:30', weeks: 3, capacity: 4 }, { weekday: 3, starts: '16:30', ends: '18:30', weeks: 3, capacity: 4 }],
  },
  {
    id: role(5), organisationId: CARITAS, title: 'Spesa a domicilio per chi non esce', neighbourhoodCode: 'cinisello', minimumAge: 18, requirements: [VolunteerRequirement.DRIVING_LICENCE], insuranceProvided: false,
    description: "Portare la spesa a casa di persone anziane che non escono. L'ente non ha ancora dichiarato l'assicurazione dei volontari per questo ruolo: le iscrizioni riapriranno quando lo farà.",
    meetingPoint: "Centro di ascolto Sant'Ambrogio, Piazza Costa 4", shifts: [{ weekday: 5, starts: '10:00', ends: '12:00', weeks: 2, capacity: 2 }],
  },
];

/** The demo's sign-ups: who is already on which shift (role, which of its shifts in order). */
export const DEMO_SIGN_UPS: { volunteerId: string; roleId: string; shiftIndex: number }[] = [
  { volunteerId: vol(3), roleId: role(2), shiftIndex: 3 }, // Maria fills the one-place Saturday walk
  { volunteerId: DEMO_CITIZEN_ACCOUNTS.anna.id, roleId: role(1), shiftIndex: 0 },
  { volunteerId: vol(5), roleId: role(4), shiftIndex: 0 },
];

/** Past hours for the register (weeks before the seed, by hand or by check-in), minutes each. */
export const DEMO_PAST_HOURS: { volunteerId: string; roleId: string; weeksAgo: number[]; minutes: number; source: 'CHECK_IN' | 'MANUAL' }[] = [
  { volunteerId: DEMO_CITIZEN_ACCOUNTS.anna.id, roleId: role(1), weeksAgo: [1, 2, 3, 5, 6, 8], minutes: 150, source: 'MANUAL' },
  { volunteerId: vol(3), roleId: role(2), weeksAgo: [1, 2, 4, 5, 7], minutes: 90, source: 'CHECK_IN' },
  { volunteerId: vol(4), roleId: role(3), weeksAgo: [2, 6], minutes: 150, source: 'MANUAL' },
  { volunteerId: DEMO_CITIZEN_ACCOUNTS.luca.id, roleId: role(3), weeksAgo: [3], minutes: 120, source: 'MANUAL' },
  { volunteerId: vol(5), roleId: role(4), weeksAgo: [1, 2, 3, 4], minutes: 120, source: 'CHECK_IN' },
];

export interface DemoSchoolProtocol {
  id: string;
  schoolName: string;
  schoolCode: string;
  neighbourhoodCode: string;
  schoolYear: string;
  tutorName: string;
  activities: string[];
  classGroups: { label: string; studentCount: number; plannedHours: number; doneHours: number }[];
  signedOn: string;
  validUntil: string;
}

export const DEMO_SCHOOL_PROTOCOLS: DemoSchoolProtocol[] = [
  {
    id: '7e200000-0000-4000-8000-000000000001', schoolName: 'Scuola secondaria di primo grado Zandonai', schoolCode: 'MIMM8AB00X', neighbourhoodCode: 'sant-eusebio', schoolYear: '2026/27',
    tutorName: 'Prof.ssa Elena Ferri',
    activities: ['Educazione civica attiva: intervista ai volontari del quartiere', 'Laboratorio intergenerazionale al caffè della memoria', 'Cura del parco con il Comune'],
    classGroups: [
      { label: '2ª A', studentCount: 23, plannedHours: 20, doneHours: 8 },
      { label: '2ª B', studentCount: 21, plannedHours: 20, doneHours: 6 },
      { label: '3ª C', studentCount: 25, plannedHours: 12, doneHours: 12 },
    ],
    signedOn: '2026-10-05', validUntil: '2027-06-10',
  },
  {
    id: '7e200000-0000-4000-8000-000000000002', schoolName: 'Scuola primaria Parini', schoolCode: 'MIEE8AB01Y', neighbourhoodCode: 'cinisello', schoolYear: '2026/27', tutorName: 'Maestra Giovanna Sala',
    activities: ['Letture ad alta voce con i nonni volontari', 'Repair café: riparare invece di buttare'],
    classGroups: [{ label: '4ª A', studentCount: 19, plannedHours: 10, doneHours: 4 }],
    signedOn: '2026-10-20', validUntil: '2027-06-06',
  },
];
