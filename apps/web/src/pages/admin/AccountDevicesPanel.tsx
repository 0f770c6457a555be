import { useEffect, useRef } from 'react';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/mutation';
import { ErrorAlert, Loading } from '../../components/common';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { TableScroll } from '../../components/TableScroll';
import { graphql } from '../../gql';

interface Session {
  id: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string;
  trusted: boolean;
}

const SESSIONS = graphql(`query AccountSessions($accountId: ID!) { accountSessions(accountId: $accountId) { id createdAt lastUsedAt expiresAt trusted } }`);
const END = graphql(`mutation EndAccountSessions($accountId: ID!) { endAccountSessions(accountId: $accountId) }`);

/** A person's open sessions (remembered devices marked) and «Esci da tutti i dispositivi». */
export function AccountDevicesPanel({ account, onEnded, onClose }: { account: { id: string; displayName: string }; onEnded(name: string, n: number): void; onClose(): void }) {
  const { t, locale } = useI18n();
  const sessions = useQuery(SESSIONS, { accountId: account.id });
  const end = useMutation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [account.id]);
  const list = sessions.data?.accountSessions ?? [];

  async function onEnd() {
    const result = await end.run(END, { accountId: account.id });
    if (!result) return;
    await sessions.reload();
    onEnded(account.displayName, result.endAccountSessions);
  }

  return (
    <section className="card card-body shadow-sm mb-4 admin-panel" aria-labelledby="devices-title" data-testid="account-devices">
      <h2 id="devices-title" ref={heading} tabIndex={-1} className="h4">
        {t('admin.accounts.devicesTitle', { name: account.displayName })}
      </h2>
      <p>{t('admin.accounts.devicesIntro')}</p>
      <ErrorAlert error={sessions.error ?? end.error} onRetry={sessions.error ? sessions.reload : undefined} />
      {sessions.loading && !sessions.data ? (
        <Loading />
      ) : list.length === 0 ? (
        <p data-testid="account-devices-empty">{t('admin.accounts.devicesEmpty')}</p>
      ) : (
        <TableScroll label={t('admin.accounts.devicesCaption', { name: account.displayName })}>
          <table className="table" data-testid="account-sessions">
            <caption className="visually-hidden">{t('admin.accounts.devicesCaption', { name: account.displayName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.accounts.sessionKind')}</th>
                <th scope="col">{t('admin.accounts.sessionSince')}</th>
                <th scope="col">{t('admin.accounts.sessionLast')}</th>
                <th scope="col">{t('admin.accounts.sessionUntil')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.id} data-testid={`session-${s.trusted ? 'trusted' : 'plain'}`}>
                  <th scope="row">{s.trusted ? t('admin.accounts.sessionTrusted') : t('admin.accounts.sessionPlain')}</th>
                  <td>{formatDateTime(s.createdAt, locale)}</td>
                  <td>{s.lastUsedAt ? formatDateTime(s.lastUsedAt, locale) : t('admin.accounts.sessionNever')}</td>
                  <td>{formatDateTime(s.expiresAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <div className="d-flex flex-wrap gap-2">
        <button type="button" className="btn btn-danger" disabled={end.pending || list.length === 0} onClick={() => void onEnd()} data-testid="account-end-all">
          {t('admin.accounts.endAll')}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </section>
  );
}
