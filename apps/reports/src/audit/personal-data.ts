import { SetMetadata } from '@nestjs/common';

export const PERSONAL_DATA_READ = 'prossimo:personal-data-read';

/**
 * Marks a request-reply handler whose reply carries personal data. Its service call must write an
 * audit row in the same transaction; test/audit.int-spec.ts enumerates every handler of the
 * service and fails when one is neither marked (and proven audited) nor listed as PII-free.
 */
export const PersonalDataRead = (what: string) => SetMetadata(PERSONAL_DATA_READ, what);
