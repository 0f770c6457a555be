import { useState } from 'react';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { AccountDevicesPanel } from './AccountDevicesPanel';
import { InviteAccountForm } from './InviteAccountForm';
import { ResetPasswordForm } from './ResetPasswordForm';
import { StatusMessage, useFlash } from './shared';
import { TableScroll } from '../../components/TableScroll';
import { graphql } from '../../gql';

interface AccountRow {
  id: string;
  email: string;
  displayName: string;
  role: string;
  antennaId: string | null;
  organisationId: string | null;
}

const ACCOUNTS = graphql(`query AdminAccounts {
  accounts { id email displayName role antennaId organisationId }
  antennas(first: 100) { nodes { id name status } }
  organisations { id name }
}`);

interface AccountsData {
  accounts: AccountRow[];
  antennas: { nodes: { id: string; name: string; status: string }[] };
  organisations: { id: string; name: string }[];
}

/** The people with access to Prossimo in the municipality: invitations and password resets. */
export function AccountsPage() {
  const { t } = useI18n();
  const { data, error, loading, reload } = useQuery(ACCOUNTS);
  const [flash, setFlash] = useFlash();
  const [resetEmail, setResetEmail] = useState('');
  const [devicesOf, setDevicesOf] = useState<AccountRow>();
  const antennas = data?.antennas.nodes ?? [];
  const organisations = data?.organisations ?? [];
  const antennaName = new Map(antennas.map((a) => [a.id, a.name]));
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));

  function prepareReset(email: string) {
    setResetEmail(email);
    const input = document.getElementById('reset-email');
    input?.scrollIntoView?.({ block: 'center' });
    input?.focus();
  }

  return (
    <>
      <PageTitle subtitle={t('admin.accounts.intro')}>{t('admin.accounts.title')}</PageTitle>
      <StatusMessage message={flash} testId="admin-accounts-status" />
      <ErrorAlert error={error} onRetry={reload} />

      <InviteAccountForm
        antennas={antennas}
        organisations={organisations}
        onInvited={(name) => {
          setFlash(t('admin.invite.done', { name }));
          void reload();
        }}
      />
      <ResetPasswordForm email={resetEmail} onEmail={setResetEmail} />

      {devicesOf && (
        <AccountDevicesPanel
          account={devicesOf}
          onEnded={(name, n) => setFlash(t('admin.accounts.ended', { name, n }))}
          onClose={() => setDevicesOf(undefined)}
        />
      )}

      <h2 className="h4">{t('admin.accounts.listTitle')}</h2>
      {loading && !data ? (
        <Loading />
      ) : (data?.accounts.length ?? 0) === 0 ? (
        <p>{t('admin.accounts.empty')}</p>
      ) : (
        <TableScroll label={t('admin.accounts.listTitle')}>
          <table className="table align-middle" data-testid="admin-accounts">
            <caption className="visually-hidden">{t('admin.accounts.caption', { count: data?.accounts.length ?? 0 })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.accounts.name')}</th>
                <th scope="col">{t('admin.accounts.email')}</th>
                <th scope="col">{t('admin.accounts.role')}</th>
                <th scope="col">{t('admin.accounts.for')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data?.accounts.map((a) => (
                <tr key={a.id} data-testid={`account-${a.id}`}>
                  <th scope="row">{a.displayName}</th>
                  <td>{a.email}</td>
                  <td>{t(`common.role.${a.role}`)}</td>
                  <td>{a.antennaId ? (antennaName.get(a.antennaId) ?? '—') : a.organisationId ? (orgName.get(a.organisationId) ?? '—') : '—'}</td>
                  <td>
                    <div className="admin-actions">
                      <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => prepareReset(a.email)} data-testid={`account-reset-${a.id}`}>
                        {t('admin.accounts.reset')}
                        <span className="visually-hidden"> – {a.displayName}</span>
                      </button>
                      <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => setDevicesOf(a)} data-testid={`account-devices-${a.id}`}>
                        {t('admin.accounts.devices')}
                        <span className="visually-hidden"> – {a.displayName}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
