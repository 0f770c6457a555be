import { FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { gql } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/mutation';
import { useSession } from '../../auth/session';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { TextField, serverField } from '../../components/form';
import { useI18n } from '../../i18n/i18n';
import { solve } from '../public/proofOfWork';
import { CHALLENGE, usePublicInfo } from '../public/publicApi';
import { ProfileForm } from './ProfileForm';
import { MY_PROFILE, SIGN_UP_AS_VOLUNTEER, VolunteerProfile } from './volunteersApi';
import './volunteers.css';

/**
 * «Diventa volontario»: a resident creates a local account (name, e-mail, password) and is signed
 * in as a volunteer; then says what they offer. A signed-in volunteer edits their profile here.
 */
export function VolunteerSignUpPage() {
  const { t } = useI18n();
  const { account, restoring } = useSession();
  if (restoring) return <Loading />;
  if (account && account.role !== 'CITIZEN') {
    return (
      <>
        <PageTitle>{t('volunteers.signUp.title')}</PageTitle>
        <p>{t('volunteers.signUp.otherRole')}</p>
      </>
    );
  }
  return account ? <ProfileStep /> : <AccountStep />;
}

function AccountStep() {
  const { t } = useI18n();
  const { adopt } = useSession();
  const { municipality } = usePublicInfo();
  const [v, setV] = useState({ displayName: '', email: '', password: '', website: '' });
  const [invalid, setInvalid] = useState<string | null>(null);
  const proof = useRef<Promise<{ challenge: string; proof: string }> | null>(null);
  const signUp = useMutation(undefined, { auth: false });
  const blamed = serverField(signUp.error?.field);
  useEffect(() => {
    const cancel = { cancelled: false };
    proof.current = gql(CHALLENGE, {}, { auth: false }).then(async ({ applicationChallenge: c }) => ({ challenge: c.id, proof: await solve(c.id, c.bits, cancel) }));
    proof.current.catch(() => undefined);
    return () => {
      cancel.cancelled = true;
    };
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const fail = (field: 'name' | 'email' | 'password') => {
      setInvalid(field);
      document.getElementById(`va-${field}`)?.focus();
    };
    if (v.displayName.trim().length < 2) return fail('name');
    if (!/^\S+@\S+\.\S+$/.test(v.email.trim())) return fail('email');
    if (v.password.length < 10) return fail('password');
    if (!municipality || !proof.current) return;
    setInvalid(null);
    // A failed anti-abuse computation reads as a refused check on the server: the proof is then empty.
    const pow = await proof.current.catch(() => ({ challenge: '', proof: '' }));
    const res = await signUp.run(SIGN_UP_AS_VOLUNTEER, { input: { municipality, displayName: v.displayName.trim(), email: v.email.trim(), password: v.password, challenge: pow.challenge, proof: pow.proof, website: v.website || undefined } });
    if (res) adopt(res.signUpAsVolunteer);
  };

  return (
    <div className="volunteer-page">
      <PageTitle subtitle={t('volunteers.signUp.subtitle')}>{t('volunteers.signUp.title')}</PageTitle>
      <ol className="volunteer-steps small text-muted">
        <li aria-current="step">{t('volunteers.signUp.step1')}</li>
        <li>{t('volunteers.signUp.step2')}</li>
      </ol>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="volunteer-account-form">
        <TextField id="va-name" label={t('volunteers.signUp.name')} value={v.displayName} onChange={(x) => setV({ ...v, displayName: x })} autoComplete="name" maxLength={120}
          error={invalid === 'name' ? t('volunteers.signUp.invalid.name') : undefined} blamed={blamed === 'displayName'} testId="va-name" />
        <TextField id="va-email" type="email" inputMode="email" label={t('volunteers.signUp.email')} value={v.email} onChange={(x) => setV({ ...v, email: x })} autoComplete="email" maxLength={320}
          error={invalid === 'email' ? t('volunteers.signUp.invalid.email') : undefined} blamed={blamed === 'email'} testId="va-email" />
        <TextField id="va-password" type="password" label={t('volunteers.signUp.password')} hint={t('volunteers.signUp.passwordHelp')} value={v.password} onChange={(x) => setV({ ...v, password: x })} autoComplete="new-password"
          error={invalid === 'password' ? t('volunteers.signUp.invalid.password') : undefined} blamed={blamed === 'password'} testId="va-password" />
        <div className="visually-hidden" aria-hidden="true">
          <label htmlFor="va-website">{t('volunteers.signUp.honeypot')}</label>
          <input id="va-website" tabIndex={-1} autoComplete="off" value={v.website} onChange={(e) => setV({ ...v, website: e.target.value })} />
        </div>
        <p className="small text-muted">{t('volunteers.signUp.privacy')}</p>
        <ErrorAlert error={signUp.error} />
        <button type="submit" className="btn btn-primary btn-big w-100" disabled={signUp.pending || !municipality} data-testid="va-submit">{signUp.pending ? t('volunteers.signUp.sending') : t('volunteers.signUp.submit')}</button>
      </form>
      <p className="mt-3">
        {t('volunteers.signUp.haveAccount')} <Link to="/login">{t('volunteers.signUp.signIn')}</Link>
      </p>
    </div>
  );
}

function ProfileStep() {
  const { t } = useI18n();
  const { account } = useSession();
  const navigate = useNavigate();
  const q = useQuery(MY_PROFILE);
  if (q.loading && !q.data) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.reload()} />;
  const existing = q.data?.myVolunteerProfile;
  const initial: VolunteerProfile = existing ?? {
    displayName: account?.displayName ?? '', email: account?.email ?? '', phone: null, birthYear: 0, neighbourhoodCode: '', travelKm: 2, skills: [], languages: ['it'], availability: [], requirements: [],
  };
  return (
    <div className="volunteer-page">
      <PageTitle subtitle={existing ? undefined : t('volunteers.profile.subtitle')}>{existing ? t('volunteers.profile.editTitle') : t('volunteers.profile.title')}</PageTitle>
      {!existing && (
        <ol className="volunteer-steps small text-muted">
          <li>{t('volunteers.signUp.step1')}</li>
          <li aria-current="step">{t('volunteers.signUp.step2')}</li>
        </ol>
      )}
      <ProfileForm initial={initial} neighbourhoods={q.data?.neighbourhoods ?? []} onSaved={() => void navigate('/volontari/turni')} />
    </div>
  );
}
