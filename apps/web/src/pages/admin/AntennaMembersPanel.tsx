import { FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation } from '../../api/mutation';
import { ErrorAlert } from '../../components/common';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { focusFirst, FormErrors, serverField, TextField, useErrorText } from '../../components/form';
import { INVITE_PATH } from './constants';
import { Issued, IssuedAccess } from './InviteAccountForm';
import { StatusMessage, useFlash } from './shared';
import { TableScroll } from '../../components/TableScroll';
import { graphql } from '../../gql';

export interface Member {
  id: string;
  displayName: string;
  email: string;
  createdAt: string;
}

// A member is invited like every other role: a code to read out or a card to print, and the
// person chooses their own password (no password is generated or dictated any more).
const INVITE = graphql(`mutation InviteAntennaMember($input: InviteAccountInput!) { inviteAccount(input: $input) { token code email expiresAt } }`);
const REMOVE = graphql(`mutation RemoveAntennaMember($id: ID!) { removeAntennaMember(id: $id) { id } }`);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PREFIX = 'member';

/** The named logins of an antenna's people: invite one (a code and a printable card, shown once), remove one. */
export function AntennaMembersPanel({ antenna, onChanged, onClose }: { antenna: { id: string; name: string; members: Member[] }; onChanged(): Promise<void>; onClose(): void }) {
  const { t, locale } = useI18n();
  const text = useErrorText();
  const create = useMutation();
  const remove = useMutation();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [secret, setSecret] = useState<Issued>();
  const [confirming, setConfirming] = useState<string>();
  const [flash, setFlash] = useFlash();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const blamed = serverField(create.error?.field);

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    const found: FormErrors = {};
    if (displayName.trim().length < 2) found.displayName = { key: 'admin.validation.nameShort' };
    if (!EMAIL.test(email.trim())) found.email = { key: 'admin.validation.email' };
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirst(PREFIX, found);
      return;
    }
    const name = displayName.trim();
    const result = await create.run(INVITE, { input: { role: 'ANTENNA', antennaId: antenna.id, displayName: name, email: email.trim() } });
    if (!result) return;
    setSecret({ name, ...result.inviteAccount });
    setFlash(t('admin.members.created', { name }));
    setDisplayName('');
    setEmail('');
    await onChanged();
  }

  async function onRemove(member: Member) {
    if (!(await remove.run(REMOVE, { id: member.id }))) return;
    setConfirming(undefined);
    setFlash(t('admin.members.removed', { name: member.displayName }));
    await onChanged();
  }

  return (
    <section className="card card-body shadow-sm mb-4 admin-panel" aria-labelledby="members-title" data-testid="antenna-members-panel">
      <h2 id="members-title" ref={heading} tabIndex={-1} className="h4">
        {t('admin.members.title', { name: antenna.name })}
      </h2>
      <p>{t('admin.members.intro')}</p>
      <StatusMessage message={flash} testId="members-status" />
      {secret && (
        <IssuedAccess
          id="member-secret"
          issued={secret}
          path={INVITE_PATH}
          title={t('admin.members.secretTitle', { name: secret.name })}
          intro={t('admin.members.secretIntro', { email: secret.email })}
          onDone={() => setSecret(undefined)}
        />
      )}
      <ErrorAlert error={remove.error} />
      {antenna.members.length === 0 ? (
        <p>{t('admin.members.empty')}</p>
      ) : (
        <TableScroll label={t('admin.members.caption', { name: antenna.name })}>
          <table className="table" data-testid="antenna-members">
            <caption className="visually-hidden">{t('admin.members.caption', { name: antenna.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.members.name')}</th>
                <th scope="col">{t('admin.members.email')}</th>
                <th scope="col">{t('admin.members.since')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {antenna.members.map((m) => (
                <tr key={m.id} data-testid={`member-${m.id}`}>
                  <th scope="row">{m.displayName}</th>
                  <td>{m.email}</td>
                  <td>{formatDateTime(m.createdAt, locale)}</td>
                  <td>
                    {confirming === m.id ? (
                      <div className="admin-actions">
                        <button type="button" className="btn btn-sm btn-danger" disabled={remove.pending} onClick={() => void onRemove(m)} data-testid={`member-remove-confirm-${m.id}`}>
                          {t('admin.members.removeConfirm', { name: m.displayName })}
                        </button>
                        <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => setConfirming(undefined)}>
                          {t('common.cancel')}
                        </button>
                      </div>
                    ) : (
                      <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setConfirming(m.id)} data-testid={`member-remove-${m.id}`}>
                        {t('admin.members.remove')}
                        <span className="visually-hidden"> – {m.displayName}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <h3 className="h5 mt-3">{t('admin.members.addTitle')}</h3>
      <p>{t('admin.members.addIntro')}</p>
      <form onSubmit={(e) => void onCreate(e)} noValidate data-testid="member-form">
        <ErrorAlert error={create.error} />
        <TextField id={`${PREFIX}-displayName`} label={t('admin.members.name')} value={displayName} onChange={setDisplayName} error={text(errors.displayName)} blamed={blamed === 'displayName'} testId="member-name" />
        <TextField id={`${PREFIX}-email`} label={t('admin.members.email')} type="email" inputMode="email" value={email} onChange={setEmail} error={text(errors.email)} blamed={blamed === 'email'} testId="member-email" />
        <div className="d-flex flex-wrap gap-2">
          <button type="submit" className="btn btn-primary" disabled={create.pending} data-testid="member-submit">
            {t('admin.members.add')}
          </button>
          <button type="button" className="btn btn-outline-primary" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </form>
    </section>
  );
}
