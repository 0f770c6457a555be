import { useEffect, useRef, useState } from 'react';
import { ApiError, gql } from '../../api/client';
import { ErrorAlert, localPart, reworded } from '../../components/common';
import { Locale, Translate, useI18n } from '../../i18n/i18n';
import { REVEAL, RevealedContact } from './inboxApi';

/** A refusal (no consent, "do not contact", ...) shown with the API's own reason, in the reader's language. */
export function refusalError(error: ApiError, t: Translate, locale: Locale): ApiError {
  if ((error.code === 'FORBIDDEN' || error.code === 'CONFLICT') && error.message) {
    return reworded(t('org.reveal.refused', { reason: localPart(error.message, locale) }), error);
  }
  return error;
}

/**
 * "Mostra contatti": the person's contact details, only when asked, always with the notice that
 * the reading is recorded. They stay in this component's memory only, and can be hidden again.
 */
export function ContactReveal({ referralId, reportId }: { referralId: string; reportId: string }) {
  const { t, locale } = useI18n();
  const [contact, setContact] = useState<RevealedContact>();
  const [error, setError] = useState<ApiError>();
  const [pending, setPending] = useState(false);
  const cardRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const shown = useRef(false);
  useEffect(() => {
    // Focus follows what appears: the details when shown, the button again when hidden.
    if (contact) cardRef.current?.focus();
    else if (shown.current) buttonRef.current?.focus();
    shown.current = !!contact;
  }, [contact]);

  async function reveal() {
    setPending(true);
    setError(undefined);
    try {
      const data = await gql(REVEAL, { reportId });
      setContact(data.revealContact);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []);
      setError(refusalError(err, t, locale));
    } finally {
      setPending(false);
    }
  }

  const regionId = `contact-${referralId}`;
  return (
    <div className="mt-3">
      {!contact && (
        <button ref={buttonRef} type="button" className="btn btn-outline-primary" onClick={() => void reveal()} disabled={pending} data-testid={`reveal-${referralId}`} aria-controls={regionId}>
          {t('org.actions.reveal')}
        </button>
      )}
      <div id={regionId}>
        <ErrorAlert error={error} />
        {contact && (
          <div ref={cardRef} tabIndex={-1} aria-label={t('org.reveal.title')} role="region" className="card card-body border mt-2" data-testid={`contact-${referralId}`}>
            <dl className="row mb-2">
              <dt className="col-sm-4">{t('org.reveal.name')}</dt>
              <dd className="col-sm-8">{contact.subject.name || '—'}</dd>
              <dt className="col-sm-4">{t('org.reveal.phone')}</dt>
              <dd className="col-sm-8">{contact.subject.phone ? <a href={`tel:${contact.subject.phone.replace(/\s+/g, '')}`}>{contact.subject.phone}</a> : '—'}</dd>
              <dt className="col-sm-4">{t('org.reveal.address')}</dt>
              <dd className="col-sm-8">{contact.subject.address || '—'}</dd>
              <dt className="col-sm-4">{t('org.reveal.basis')}</dt>
              <dd className="col-sm-8">{t(contact.basis === 'BREAK_THE_GLASS' ? 'org.reveal.basisGlass' : 'org.reveal.basisReferral')}</dd>
            </dl>
            <div className="alert alert-info mb-2" data-testid={`audit-notice-${referralId}`}>
              {t('org.reveal.audit')}
            </div>
            <div>
              <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setContact(undefined)} data-testid={`hide-contact-${referralId}`}>
                {t('org.actions.hideContact')}
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
