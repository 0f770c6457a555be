import { DomainError } from '../errors';
import { parseContract } from '../validation';
import { RegisterOrganisationV1, UpdateOrganisationV1 } from './referrals.rpc';

const organisation = (phone: string) => ({ id: '0f000000-0000-4000-8000-0000000000aa', name: 'Cooperativa Aurora', legalForm: 'cooperativa sociale', taxCode: '01234567890', phone });

describe("an organisation's phone, as people write it", () => {
  it.each(['02-6601234', '02 660 1234', '+39 02 660.12.34', '(02) 6601234', '3331234567'])('accepts %s', async (phone) => {
    await expect(parseContract(RegisterOrganisationV1, organisation(phone))).resolves.toMatchObject({ phone });
    await expect(parseContract(UpdateOrganisationV1, organisation(phone))).resolves.toMatchObject({ phone });
  });

  it.each(['12345', '000000', 'chiamare Maria', '02-6601234-6601234-66'])('refuses %s, naming the field', async (phone) => {
    const error = await parseContract(RegisterOrganisationV1, organisation(phone)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).field).toBe('phone');
  });
});
