import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';

describe('passwords (argon2id)', () => {
  it('hashes to a salted PHC string that verifies only the right password', async () => {
    const a = await hashPassword('prossimo-demo');
    const b = await hashPassword('prossimo-demo');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    await expect(verifyPassword(a, 'prossimo-demo')).resolves.toBe(true);
    await expect(verifyPassword(a, 'prossimo-demO')).resolves.toBe(false);
    await expect(verifyPassword('not a hash', 'x')).resolves.toBe(false);
    await expect(verifyPassword(await dummyPasswordHash(), 'anything')).resolves.toBe(false);
  });
});
