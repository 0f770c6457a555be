import { AgeBand, Need, SubmitReportInput, Urgency } from './model';
import { isPlausiblePhone, normalisePhone, PHONE_MAX_LENGTH } from './phone';

export { normalisePhone };

/** What the person types in; empty strings where nothing is chosen yet. */
export interface FlagValues {
  urgency: Urgency | '';
  needs: Need[];
  ageBand: AgeBand | '';
  description: string;
  neighbourhoodCode: string;
  consent: 'yes' | 'no' | '';
  doNotContact: boolean;
  subjectName: string;
  subjectAddress: string;
  subjectPhone: string;
}

export const DESCRIPTION_MAX = 2000;
export const NAME_MAX = 200;
export const ADDRESS_MAX = 300;
/** The API's limit on a phone number as sent, note included (after `normalisePhone`). */
export const PHONE_MAX = PHONE_MAX_LENGTH;

export type FlagField = 'urgency' | 'needs' | 'ageBand' | 'description' | 'neighbourhoodCode' | 'consent' | 'subjectName' | 'subjectAddress' | 'subjectPhone';

/** The fields in the order the form shows them (the error summary follows it). */
export const FIELD_ORDER: FlagField[] = ['urgency', 'needs', 'ageBand', 'description', 'neighbourhoodCode', 'consent', 'subjectName', 'subjectAddress', 'subjectPhone'];

/** An error: the i18n key (under antenna.flag.errors) and its parameters. */
export interface FieldError {
  key: string;
  params?: Record<string, number>;
}

export type FlagErrors = Partial<Record<FlagField, FieldError>>;

export function emptyValues(neighbourhoodCode = ''): FlagValues {
  return { urgency: '', needs: [], ageBand: '', description: '', neighbourhoodCode, consent: '', doNotContact: false, subjectName: '', subjectAddress: '', subjectPhone: '' };
}

/**
 * What the form asks for. In an EMERGENCY only the urgency, the neighbourhood and a line of what
 * was seen are required: the shop must call 112 first, and the desk learns the rest (the needs
 * then go empty, the age "non so", the consent "no").
 */
export function validate(values: FlagValues): FlagErrors {
  const errors: FlagErrors = {};
  const emergency = values.urgency === 'EMERGENCY';
  if (!values.urgency) errors.urgency = { key: 'urgencyRequired' };
  if (values.needs.length === 0 && !emergency) errors.needs = { key: 'needsRequired' };
  if (!values.ageBand && !emergency) errors.ageBand = { key: 'ageBandRequired' };
  const description = values.description.trim();
  if (!description) errors.description = { key: 'descriptionRequired' };
  else if (values.description.length > DESCRIPTION_MAX) {
    errors.description = { key: 'descriptionTooLong', params: { count: values.description.length, max: DESCRIPTION_MAX, over: values.description.length - DESCRIPTION_MAX } };
  }
  if (!values.neighbourhoodCode) errors.neighbourhoodCode = { key: 'neighbourhoodRequired' };
  if (!values.consent && !emergency) errors.consent = { key: 'consentRequired' };
  if (values.consent === 'yes') {
    if (values.subjectName.trim().length > NAME_MAX) errors.subjectName = { key: 'nameTooLong', params: { max: NAME_MAX } };
    if (values.subjectAddress.trim().length > ADDRESS_MAX) errors.subjectAddress = { key: 'addressTooLong', params: { max: ADDRESS_MAX } };
    const phone = values.subjectPhone.trim();
    if (phone && (!isPlausiblePhone(phone) || normalisePhone(phone).length > PHONE_MAX)) errors.subjectPhone = { key: 'phoneInvalid' };
  }
  return errors;
}

/** The mutation's input; call only when `validate` found nothing. The subject goes only with consent. */
export function toInput(values: FlagValues, id: string): SubmitReportInput {
  const input: SubmitReportInput = {
    id,
    neighbourhoodCode: values.neighbourhoodCode,
    needs: values.needs,
    urgency: values.urgency as Urgency,
    ageBand: values.ageBand || 'UNKNOWN',
    description: values.description.trim(),
    consentToContact: values.consent === 'yes',
    doNotContact: values.doNotContact,
  };
  if (values.consent === 'yes') {
    const name = values.subjectName.trim();
    const address = values.subjectAddress.trim();
    const phone = normalisePhone(values.subjectPhone);
    if (name || address || phone) input.subject = { ...(name ? { name } : {}), ...(address ? { address } : {}), ...(phone ? { phone } : {}) };
  }
  return input;
}

/** Back into the form (a report the server refused, to correct and send again). */
export function fromInput(input: SubmitReportInput): FlagValues {
  return {
    urgency: input.urgency,
    needs: input.needs,
    ageBand: input.ageBand,
    description: input.description,
    neighbourhoodCode: input.neighbourhoodCode,
    consent: input.consentToContact ? 'yes' : 'no',
    doNotContact: input.doNotContact ?? false,
    subjectName: input.subject?.name ?? '',
    subjectAddress: input.subject?.address ?? '',
    subjectPhone: input.subject?.phone ?? '',
  };
}

/** The form field an API error points at ("input.subject.phone" → subjectPhone), if any. */
export function fieldFromServer(field: string | undefined): FlagField | undefined {
  if (!field) return undefined;
  const path = field.replace(/^input\./, '');
  const map: Record<string, FlagField> = {
    urgency: 'urgency',
    needs: 'needs',
    ageBand: 'ageBand',
    description: 'description',
    neighbourhoodCode: 'neighbourhoodCode',
    consentToContact: 'consent',
    'subject.name': 'subjectName',
    'subject.address': 'subjectAddress',
    'subject.phone': 'subjectPhone',
  };
  return map[path];
}
