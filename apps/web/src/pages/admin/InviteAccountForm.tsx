import type { Role } from '../../gql/graphql';
import { FormEvent, useState } from 'react';
import { useMutation } from '../../api/mutation';
import { ErrorAlert } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { INVITE_PATH, ROLES } from './constants';
import { focusFirst, FormErrors, SelectField, serverField, TextField, useErrorText } from '../../components/form';
import { InvitationCard } from './InvitationCard';
import { OneTimeSecret } from './shared';
import { graphql } from '../../gql';

/** What an invitation or a reset hands over: the link, the code to read out, until when. */
export interface Issued {
  name: string;
  email: string;
  token: string;
  code: string | null;
  expiresAt: string;
}

/** The one-time values and the printable card of an invitation (or a reset), shown once. */
export function IssuedAccess({ id, issued, path, title, intro, onDone }: { id: string; issued: Issued; path: string; title: string; intro?: string; onDone(): void }) {
  const { t } = useI18n();
  const link = tokenLink(path, issued.token);
  return (
    <OneTimeSecret
      id={id}
      title={title}
      intro={intro}
      fields={[...(issued.code ? [{ label: t('admin.secret.shortCode'), value: issued.code }] : []), { label: t('admin.invite.link'), value: link }]}
      expiresAt={issued.expiresAt}
      onDone={onDone}
    >
      {issued.code && <InvitationCard name={issued.name} email={issued.email} code={issued.code} link={link} expiresAt={issued.expiresAt} />}
    </OneTimeSecret>
  );
}

const INVITE = graphql(`mutation InviteAccount($input: InviteAccountInput!) { inviteAccount(input: $input) { token code email expiresAt } }`);
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;
const PREFIX = 'invite';

export interface InviteValues {
  email: string;
  displayName: string;
  role: string;
  antennaId: string;
  organisationId: string;
}

export function validateInvite(v: InviteValues): FormErrors {
  const e: FormErrors = {};
  if (!EMAIL.test(v.email.trim())) e.email = { key: 'admin.validation.email' };
  const name = v.displayName.trim();
  if (name.length < 1 || name.length > 200) e.displayName = { key: 'admin.validation.displayName' };
  if (!ROLES.includes(v.role as never)) e.role = { key: 'admin.validation.role' };
  if (v.role === 'ANTENNA' && !v.antennaId) e.antennaId = { key: 'admin.validation.antenna' };
  if (v.role === 'ORG_OPERATOR' && !v.organisationId) e.organisationId = { key: 'admin.validation.organisation' };
  return e;
}

/** A link the person opens to choose their password (the token in the fragment never reaches a server log). */
export function tokenLink(path: string, token: string): string {
  return `${window.location.origin}${path}#token=${encodeURIComponent(token)}`;
}

const EMPTY: InviteValues = { email: '', displayName: '', role: '', antennaId: '', organisationId: '' };

/** Invites a person: the one-time link is shown once, to hand over. */
export function InviteAccountForm({
  antennas,
  organisations,
  onInvited,
}: {
  antennas: { id: string; name: string; status: string }[];
  organisations: { id: string; name: string }[];
  onInvited(name: string): void;
}) {
  const { t } = useI18n();
  const text = useErrorText();
  const { run, pending, error } = useMutation();
  const [values, setValues] = useState<InviteValues>(EMPTY);
  const [errors, setErrors] = useState<FormErrors>({});
  const [issued, setIssued] = useState<Issued>();
  const blamed = serverField(error?.field);
  const set = (key: keyof InviteValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const field = (key: keyof InviteValues) => ({ id: `${PREFIX}-${key}`, error: text(errors[key]), blamed: blamed === key, value: values[key], onChange: set(key) });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateInvite(values);
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirst(PREFIX, found);
      return;
    }
    const input = {
      email: values.email.trim(),
      displayName: values.displayName.trim(),
      role: values.role as Role, // validated above
      antennaId: values.role === 'ANTENNA' ? values.antennaId : undefined,
      organisationId: values.role === 'ORG_OPERATOR' ? values.organisationId : undefined,
    };
    const result = await run(INVITE, { input });
    if (!result) return;
    setIssued({ name: input.displayName, ...result.inviteAccount });
    setValues(EMPTY);
    onInvited(input.displayName);
  }

  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="invite-title">
      <h2 id="invite-title" className="h4">
        {t('admin.invite.title')}
      </h2>
      <p>{t('admin.invite.intro')}</p>
      {issued && (
        <IssuedAccess
          id="invite-secret"
          issued={issued}
          path={INVITE_PATH}
          title={t('admin.invite.secretTitle', { name: issued.name })}
          intro={t('admin.invite.secretIntro', { email: issued.email })}
          onDone={() => setIssued(undefined)}
        />
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="invite-form">
        <ErrorAlert error={error} />
        <TextField {...field('displayName')} label={t('admin.invite.displayName')} autoComplete="off" testId="invite-name" />
        <TextField {...field('email')} label={t('admin.invite.email')} type="email" inputMode="email" testId="invite-email" />
        <SelectField
          {...field('role')}
          label={t('admin.invite.role')}
          hint={t('admin.invite.roleHint')}
          options={[{ value: '', label: t('admin.form.choose') }, ...ROLES.map((r) => ({ value: r, label: t(`common.role.${r}`) }))]}
          testId="invite-role"
        />
        {values.role === 'ANTENNA' && (
          <SelectField
            {...field('antennaId')}
            label={t('admin.invite.antenna')}
            options={[
              { value: '', label: t('admin.form.choose') },
              ...antennas.filter((a) => a.status !== 'RETIRED').map((a) => ({ value: a.id, label: `${a.name} (${t(`common.antennaStatus.${a.status}`)})` })),
            ]}
            testId="invite-antenna"
          />
        )}
        {values.role === 'ORG_OPERATOR' && (
          <SelectField
            {...field('organisationId')}
            label={t('admin.invite.organisation')}
            options={[{ value: '', label: t('admin.form.choose') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
            testId="invite-organisation"
          />
        )}
        <button type="submit" className="btn btn-primary" disabled={pending} data-testid="invite-submit">
          {t('admin.invite.submit')}
        </button>
      </form>
    </section>
  );
}
