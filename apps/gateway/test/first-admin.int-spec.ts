import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@prossimo/platform';
import { cloneDatabase, dropDatabase, gql, startTestGateway, uniqueRoot } from '@prossimo/testing';
import { GATEWAY_DATABASE } from '../src/database/gateway.database';
import { inviteFirstAdmin } from '../src/identity/invitations.service';

/** ADMINs write only their own municipality: a new city's first ADMIN comes from the operators' command. */
describe('the first ADMIN of a new municipality (prossimo.js invite-admin)', () => {
  let dbUrl: string;
  let sut: INestApplication;
  let ds: DataSource;

  beforeAll(async () => {
    dbUrl = await cloneDatabase('gateway');
    sut = await startTestGateway(dbUrl, uniqueRoot('adm'));
    ds = new DataSource(dataSourceOptions(dbUrl, GATEWAY_DATABASE, 2));
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await sut?.close();
    await dropDatabase(dbUrl);
  });

  it('invites an ADMIN of that municipality, who signs in with a password of their choosing', async () => {
    const { token } = await inviteFirstAdmin(ds, { municipality: '015093', email: 'Sindaco@Cusano.example', displayName: 'Comune di Cusano Milanino' }, new Date());
    const res = await gql<{ acceptInvitation: { account: { role: string; municipality: string; email: string } } }>(
      sut,
      'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { account { role municipality email } } }',
      { t: token, p: 'una password lunga e sua' },
    );
    expect(res.data?.acceptInvitation.account).toEqual({ role: 'ADMIN', municipality: '015093', email: 'sindaco@cusano.example' });
    await expect(inviteFirstAdmin(ds, { municipality: '015093', email: 'sindaco@cusano.example', displayName: 'x' }, new Date())).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(inviteFirstAdmin(ds, { municipality: '015093', email: 'not an address', displayName: 'x' }, new Date())).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
