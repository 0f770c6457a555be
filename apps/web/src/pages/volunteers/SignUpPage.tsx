import { FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { gql } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { AuthPayload, useSession } from '../../auth/session';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { solve } from '../public/proofOfWork';
import { usePublicInfo } from '../public/publicApi';
import { ProfileForm } from './ProfileForm';
import { CHALLENGE, MY_PROFILE, SIGN_UP_AS_VOLUNTEER, VolunteerProfile } from './volunteersApi';
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
  const signUp = useMutation<{ signUpAsVolunteer: AuthPayload }>(SIGN_UP_AS_VOLUNTEER);
  useEffect(() => {
    const cancel = { cancelled: false };
    proof.current = gql<{ applicationChallenge: { id: string; bits: number } }>(CHALLENGE, {}, { auth: false }).then(async ({ applicationChallenge: c }) => ({ challenge: c.id, proof: await solve(c.id, c.bits, cancel) }));
    proof.current.catch(() => undefined);
    return () => {
      cancel.cancelled = true;
    };
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (v.displayName.trim().length < 2) return setInvalid('name');
    if (!/^\S+@\S+\.\S+$/.test(v.email.trim())) return setInvalid('email');
    if (v.password.length < 10) return setInvalid('password');
    setInvalid(null);
    try {
      const pow = await proof.current!;
      const res = await signUp.run({ input: { municipality, displayName: v.displayName.trim(), email: v.email.trim(), password: v.password, challenge: pow.challenge, proof: pow.proof, website: v.website || undefined } });
      adopt(res.signUpAsVolunteer);
    } catch {
      // shown by ErrorAlert
    }
  };

  return (
    <div className="volunteer-page">
      <PageTitle subtitle={t('volunteers.signUp.subtitle')}>{t('volunteers.signUp.title')}</PageTitle>
      <ol className="volunteer-steps small text-muted">
        <li aria-current="step">{t('volunteers.signUp.step1')}</li>
        <li>{t('volunteers.signUp.step2')}</li>
      </ol>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="volunteer-account-form">
        <div className="mb-3">
          <label htmlFor="va-name" className="form-label">{t('volunteers.signUp.name')}</label>
          <input id="va-name" className={`form-control${invalid === 'name' ? ' is-invalid' : ''}`} value={v.displayName} onChange={(e) => setV({ ...v, displayName: e.target.value })} autoComplete="name" maxLength={120} data-testid="va-name" />
        </div>
        <div className="mb-3">
          <label htmlFor="va-email" className="form-label">{t('volunteers.signUp.email')}</label>
          <input id="va-email" type="email" className={`form-control${invalid === 'email' ? ' is-invalid' : ''}`} value={v.email} onChange={(e) => setV({ ...v, email: e.target.value })} autoComplete="email" maxLength={320} data-testid="va-email" />
        </div>
        <div className="mb-3">
          <label htmlFor="va-password" className="form-label">{t('volunteers.signUp.password')}</label>
          <input id="va-password" type="password" className={`form-control${invalid === 'password' ? ' is-invalid' : ''}`} value={v.password} onChange={(e) => setV({ ...v, password: e.target.value })} autoComplete="new-password" aria-describedby="va-password-help" data-testid="va-password" />
          <div id="va-password-help" className="form-text">{t('volunteers.signUp.passwordHelp')}</div>
        </div>
        <div className="visually-hidden" aria-hidden="true">
          <label htmlFor="va-website">{t('volunteers.signUp.honeypot')}</label>
          <input id="va-website" tabIndex={-1} autoComplete="off" value={v.website} onChange={(e) => setV({ ...v, website: e.target.value })} />
        </div>
        <p className="small text-muted">{t('volunteers.signUp.privacy')}</p>
        {invalid && <div className="alert alert-danger" role="alert">{t(`volunteers.signUp.invalid.${invalid}`)}</div>}
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
  const q = useQuery<{ myVolunteerProfile: VolunteerProfile | null; neighbourhoods: { code: string; name: string }[] }>(MY_PROFILE);
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
      <ProfileForm initial={initial} neighbourhoods={q.data?.neighbourhoods ?? []} onSaved={() => navigate('/volontari/turni')} />
    </div>
  );
}
