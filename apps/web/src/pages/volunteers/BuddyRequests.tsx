import { useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/mutation';
import { ErrorAlert, Loading, StatusBadge, errorText } from '../../components/common';
import { SelectField } from '../../components/form';
import { Locale, formatNumber, useI18n } from '../../i18n/i18n';
import { LANGUAGES } from './volunteersApi';
import {
  ANSWER_BUDDY_REQUEST, ASK_BUDDY, BUDDY_PROPOSALS, MY_BUDDY_REQUESTS, MyBuddyRequest, ORGANISATION_BUDDY_REQUESTS, OrganisationBuddyRequest, REVEAL_BUDDY_CONTACT,
} from './buddiesApi';

/** «martedì 8 dicembre, 10:00» in Rome. */
function sessionDay(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { timeZone: 'Europe/Rome', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

const personKey = (ageBand: string | null | undefined) => `volunteers.buddy.person.${ageBand === 'AGE_80_PLUS' || ageBand === 'AGE_65_79' ? ageBand : 'ANY'}`;

/**
 * The volunteer's buddy requests, on a phone: «Accompagna una persona di 80+ anni», the initiative,
 * the day and the neighbourhood; accept or decline. Once accepted: the meeting point (the
 * initiative's place). Once the organiser has accepted the prescription too: the person's name and
 * phone on request, from the vault (it refuses without the person's consent, and records the read).
 */
export function MyBuddyRequests() {
  const { t } = useI18n();
  const q = useQuery(MY_BUDDY_REQUESTS);
  const list = (q.data?.myBuddyRequests ?? []).filter((r) => !r.ended || r.ask === 'ACCEPTED');
  if (q.loading && !q.data) return <Loading />;
  if (!q.error && list.length === 0) return null;
  return (
    <section aria-labelledby="buddy-heading" className="mb-4">
      <h2 id="buddy-heading" className="h4">{t('volunteers.buddy.title')}</h2>
      <ErrorAlert error={q.error} onRetry={() => void q.reload()} />
      <ul className="list-unstyled" data-testid="buddy-requests">
        {list.map((r) => <BuddyCard key={r.referralId} request={r} reload={() => void q.reload()} />)}
      </ul>
    </section>
  );
}

function BuddyCard({ request: r, reload }: { request: MyBuddyRequest; reload(): void }) {
  const { t, locale } = useI18n();
  const answer = useMutation(reload);
  const reveal = useMutation();
  const [contact, setContact] = useState<{ name?: string | null; phone?: string | null }>();
  const title = locale === 'it' ? r.initiativeTitleIt : r.initiativeTitleEn;
  const answerWith = (accept: boolean) => void answer.run(ANSWER_BUDDY_REQUEST, { r: r.referralId, accept }, t(accept ? 'volunteers.buddy.accepted' : 'volunteers.buddy.declined'));
  const showContact = async () => {
    const res = await reveal.run(REVEAL_BUDDY_CONTACT, { r: r.referralId });
    if (res) setContact(res.revealBuddyContact);
  };
  return (
    <li className="card mb-3" data-testid="buddy-request">
      <div className="card-body">
        <h3 className="h5 card-title">{t('volunteers.buddy.sentence', { person: t(personKey(r.ageBand)) })}</h3>
        <p className="mb-1"><strong>{title}</strong></p>
        <p className="mb-2">{t('volunteers.buddy.when', { day: sessionDay(r.sessionStartsAt, locale), neighbourhood: r.neighbourhoodName })}</p>
        {r.ended ? <StatusBadge label={t('volunteers.buddy.ended')} tone="secondary" /> : <StatusBadge label={t(`volunteers.buddy.ask.${r.ask}`)} tone={r.ask === 'ACCEPTED' ? 'success' : 'primary'} />}
        {!r.ended && r.ask === 'ASKED' && (
          <div className="d-grid gap-2 mt-3">
            <button type="button" className="btn btn-primary btn-big" onClick={() => answerWith(true)} disabled={answer.pending} data-testid="buddy-accept">{t('volunteers.buddy.accept')}</button>
            <button type="button" className="btn btn-outline-secondary" onClick={() => answerWith(false)} disabled={answer.pending} data-testid="buddy-decline">{t('volunteers.buddy.decline')}</button>
          </div>
        )}
        {!r.ended && r.ask === 'ACCEPTED' && (
          <div className="mt-3">
            {r.meetingPoint && <p className="mb-2" data-testid="buddy-meeting-point">{t('volunteers.buddy.meetingPoint', { place: r.meetingPoint.name, address: r.meetingPoint.address })}</p>}
            {!r.prescriptionAccepted && <p className="mb-2">{t('volunteers.buddy.waitingOrganiser')}</p>}
            {r.prescriptionAccepted && !contact && (
              <button type="button" className="btn btn-primary btn-big w-100 mb-2" onClick={() => void showContact()} disabled={reveal.pending} data-testid="buddy-reveal">{t('volunteers.buddy.reveal')}</button>
            )}
            {contact && (
              <p className="mb-2" data-testid="buddy-contact">
                {t('volunteers.buddy.contact', { name: contact.name ?? '—' })}
                {contact.phone && <> · <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a></>}
              </p>
            )}
            {reveal.error && <p role="alert" className="text-danger mb-2">{errorText(reveal.error, t, locale)}</p>}
            <button type="button" className="btn btn-outline-secondary w-100" onClick={() => answerWith(false)} disabled={answer.pending}>{t('volunteers.buddy.stepBack')}</button>
          </div>
        )}
        {answer.error && <p role="alert" className="text-danger mt-2 mb-0">{errorText(answer.error, t, locale)}</p>}
      </div>
    </li>
  );
}

/**
 * The organiser's buddy requests (ORG_OPERATOR): each prescription that asked for a buddy, who is
 * asked or matched, and the volunteers matching proposes, with «Chiedi a …».
 */
export function OrganisationBuddyRequests() {
  const { t } = useI18n();
  const q = useQuery(ORGANISATION_BUDDY_REQUESTS);
  const list = q.data?.organisationBuddyRequests ?? [];
  return (
    <section aria-labelledby="org-buddy-heading" className="mb-4">
      <h2 id="org-buddy-heading" className="h4">{t('volunteers.buddy.org.title')}</h2>
      <ErrorAlert error={q.error} onRetry={() => void q.reload()} />
      {q.loading && !q.data && <Loading />}
      {q.data && list.length === 0 && <p>{t('volunteers.buddy.org.none')}</p>}
      {list.map((r) => <OrganisationBuddyCard key={r.referralId} request={r} reload={() => void q.reload()} />)}
    </section>
  );
}

function OrganisationBuddyCard({ request: r, reload }: { request: OrganisationBuddyRequest; reload(): void }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [language, setLanguage] = useState('');
  const proposals = useQuery(BUDDY_PROPOSALS, { r: r.referralId, ...(language ? { language } : {}) }, { skip: !open });
  const ask = useMutation(() => {
    reload();
    void proposals.reload();
  });
  const title = locale === 'it' ? r.initiativeTitleIt : r.initiativeTitleEn;
  const headingId = `buddy-${r.referralId}`;
  return (
    <article className="card mb-3" aria-labelledby={headingId} data-testid="org-buddy-request">
      <div className="card-body">
        <h3 id={headingId} className="h5">{t('volunteers.buddy.sentence', { person: t(personKey(r.ageBand)) })}</h3>
        <p className="mb-1"><strong>{title}</strong> · {sessionDay(r.sessionStartsAt, locale)}</p>
        <p className="mb-2">
          <StatusBadge label={t(`volunteers.buddy.status.${r.status}`)} tone={r.status === 'MATCHED' ? 'success' : r.status === 'ASKED' ? 'warning' : 'primary'} />{' '}
          {r.volunteerName && t(r.status === 'MATCHED' ? 'volunteers.buddy.org.matchedWith' : 'volunteers.buddy.org.askedTo', { name: r.volunteerName })}
        </p>
        {r.status !== 'MATCHED' && (
          <button type="button" className="btn btn-outline-primary" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="buddy-proposals-toggle">
            {t(open ? 'volunteers.buddy.org.hide' : 'volunteers.buddy.org.show')}
          </button>
        )}
        {open && r.status !== 'MATCHED' && (
          <div className="mt-3">
            <SelectField id={`${headingId}-language`} label={t('volunteers.buddy.org.language')} value={language} onChange={setLanguage}
              options={[{ value: '', label: t('volunteers.buddy.org.anyLanguage') }, ...LANGUAGES.map((l) => ({ value: l, label: t(`volunteers.language.${l}`) }))]} />
            <ErrorAlert error={proposals.error} onRetry={() => void proposals.reload()} />
            {proposals.loading && !proposals.data && <Loading />}
            {proposals.data && proposals.data.buddyProposals.proposals.length === 0 && <p>{t('volunteers.buddy.org.noProposals')}</p>}
            <ul className="list-group" data-testid="buddy-proposals">
              {(proposals.data?.buddyProposals.proposals ?? []).map((p) => (
                <li key={p.volunteerId} className="list-group-item d-flex justify-content-between align-items-center gap-2 flex-wrap" data-testid="buddy-proposal">
                  <span>
                    <strong>{p.displayName}</strong>
                    <br />
                    <span className="small">
                      {p.sameNeighbourhood ? t('volunteers.buddy.org.sameNeighbourhood') : t('volunteers.buddy.org.distance', { km: p.distanceKm === null || p.distanceKm === undefined ? '?' : formatNumber(p.distanceKm, locale, 1) })}
                      {' · '}{p.languages.join(', ')}
                      {p.skills.length > 0 && ` · ${p.skills.map((s) => t(`volunteers.skill.${s}`)).join(', ')}`}
                    </span>
                  </span>
                  {p.asked === 'ASKED' ? <StatusBadge label={t('volunteers.buddy.ask.ASKED')} tone="warning" /> : (
                    <button type="button" className="btn btn-primary" onClick={() => void ask.run(ASK_BUDDY, { r: r.referralId, v: p.volunteerId }, t('volunteers.buddy.org.askedOk', { name: p.displayName }))} disabled={ask.pending} data-testid="buddy-ask">
                      {t('volunteers.buddy.org.ask', { name: p.displayName })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {ask.error && <p role="alert" className="text-danger mt-2 mb-0">{errorText(ask.error, t, locale)}</p>}
          </div>
        )}
      </div>
    </article>
  );
}
