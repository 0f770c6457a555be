import { FormEvent, useRef, useState } from 'react';
import { ApiError, gql } from '../../api/client';
import { useMutation } from '../../api/mutation';
import { ErrorAlert } from '../../components/common';
import { hasKey, useI18n } from '../../i18n/i18n';
import { capacityLabelKey } from '../../components/tones';
import { REROUTABLE } from './enums';
import { REROUTE, REROUTE_OPTIONS, ReferralStory, RerouteOptions } from './reportApi';

const RULE = 'rule';

/**
 * The desk sends a referral elsewhere. First a dry run: where the rule would send its needs, or
 * honestly that no service is left (confirming then only cancels it and alerts the desk); then the
 * desk may pick any active service covering the needs instead (what the rule thinks of each is
 * shown), writes why, and confirms. The choice and what it overrode are kept with the new referral.
 */
export function ReroutePanel({ stories, onDone }: { stories: ReferralStory[]; onDone(message: string): void }) {
  const { t } = useI18n();
  const reroutable = stories.filter((s) => REROUTABLE.includes(s.status));
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="reroute-title" data-testid="reroute-panel">
      <h2 id="reroute-title" className="h4">
        {t('social.reroute.title')}
      </h2>
      <p className="small text-secondary">{t('social.reroute.intro')}</p>
      {reroutable.length === 0 ? (
        <p className="mb-0">{t('social.reroute.none')}</p>
      ) : (
        reroutable.map((story) => <RerouteOne key={story.id} story={story} onDone={onDone} />)
      )}
    </section>
  );
}

function RerouteOne({ story, onDone }: { story: ReferralStory; onDone(message: string): void }) {
  const { t, locale } = useI18n();
  const [options, setOptions] = useState<RerouteOptions>();
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<ApiError>();
  const [choice, setChoice] = useState(RULE);
  const [reason, setReason] = useState('');
  const [short, setShort] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const { run, pending, error } = useMutation(onDone);
  const needs = (list: string[]) => list.map((n) => t(`common.need.${n}`)).join(', ');
  const reasonLabel = (r: string) => (hasKey(locale, `social.exclusion.${r}`) ? t(`social.exclusion.${r}`) : r);
  const id = `reroute-${story.id}`;

  async function prepare() {
    setLoading(true);
    setLoadError(undefined);
    try {
      const data = await gql(REROUTE_OPTIONS, { id: story.id });
      setOptions(data.rerouteOptions);
      setChoice(RULE);
    } catch (e) {
      setLoadError(e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []));
    } finally {
      setLoading(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setShort(true);
      reasonRef.current?.focus();
      return;
    }
    setShort(false);
    const serviceId = choice === RULE ? undefined : choice;
    const nowhere = choice === RULE && options!.byRule.length === 0;
    const ok = await run(REROUTE, { id: story.id, reason: reason.trim(), ...(serviceId ? { serviceId } : {}) }, t(nowhere ? 'social.done.reroutedNone' : 'social.done.rerouted'));
    if (ok) {
      setOptions(undefined);
      setReason('');
    }
  }

  const noneLeft = options && options.byRule.length === 0;
  return (
    <div className="border rounded p-3 mb-3" data-testid={id}>
      <h3 className="h6">{t('social.reroute.item', { service: story.serviceName || '—', needs: needs(story.needs) })}</h3>
      {!options && (
        <button type="button" className="btn btn-outline-primary" disabled={loading} onClick={() => void prepare()} data-testid={`${id}-prepare`}>
          {loading ? t('social.reroute.loading') : t('social.reroute.prepare')}
        </button>
      )}
      <ErrorAlert error={loadError} onRetry={() => void prepare()} />
      {options && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          {noneLeft ? (
            <div className="alert alert-warning" data-testid={`${id}-none-left`}>
              {t('social.reroute.noneLeft', { needs: needs(options.unmet.length > 0 ? options.unmet : options.needs) })}
            </div>
          ) : (
            <p data-testid={`${id}-by-rule`}>{t('social.reroute.byRule', { services: options.byRule.map((b) => `${b.serviceName} (${needs(b.needs)})`).join('; ') })}</p>
          )}
          <fieldset className="mb-3">
            <legend className="h6">{t('social.reroute.choose')}</legend>
            <div className="form-check">
              <input className="form-check-input" type="radio" name={`${id}-choice`} id={`${id}-rule`} value={RULE} checked={choice === RULE} onChange={() => setChoice(RULE)} />
              <label className="form-check-label" htmlFor={`${id}-rule`}>
                {noneLeft ? t('social.reroute.optionRuleNone') : t('social.reroute.optionRule')}
              </label>
            </div>
            {options.candidates.map((c) => (
              <div className="form-check" key={c.serviceId}>
                <input
                  className="form-check-input"
                  type="radio"
                  name={`${id}-choice`}
                  id={`${id}-${c.serviceId}`}
                  value={c.serviceId}
                  checked={choice === c.serviceId}
                  onChange={() => setChoice(c.serviceId)}
                  aria-describedby={`${id}-${c.serviceId}-about`}
                  data-testid={`${id}-choose-${c.serviceId}`}
                />
                <label className="form-check-label" htmlFor={`${id}-${c.serviceId}`}>
                  {t('social.reroute.option', { service: c.serviceName, organisation: c.organisationName })}
                </label>
                <div id={`${id}-${c.serviceId}-about`} className="small text-secondary">
                  {t('social.reroute.covers', { needs: needs(c.needsCovered) })} · {t(capacityLabelKey(c.capacityStatus))} ·{' '}
                  {c.eligible ? t('social.reroute.optionEligible') : <strong className="text-body">{t('social.reroute.optionExcluded', { reasons: c.reasons.map(reasonLabel).join(', ') })}</strong>}
                </div>
              </div>
            ))}
          </fieldset>
          <label htmlFor={`${id}-reason`} className="form-label fw-semibold">
            {t('social.reroute.reason')}
          </label>
          <p id={`${id}-reason-hint`} className="small text-secondary mb-1">
            {t('social.reroute.reasonHint')}
          </p>
          <textarea
            ref={reasonRef}
            id={`${id}-reason`}
            className={`form-control${short ? ' is-invalid' : ''}`}
            rows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={short || undefined}
            aria-describedby={short ? `${id}-reason-hint ${id}-reason-error` : `${id}-reason-hint`}
            data-testid={`${id}-reason`}
          />
          {short && (
            <p id={`${id}-reason-error`} className="text-danger small mt-1 mb-0">
              {t('social.reroute.reasonShort')}
            </p>
          )}
          <div className="d-flex flex-wrap gap-2 mt-3">
            <button type="submit" className="btn btn-primary" disabled={pending} data-testid={`${id}-confirm`}>
              {choice === RULE && noneLeft ? t('social.reroute.confirmNone') : t('social.reroute.confirm')}
            </button>
            <button type="button" className="btn btn-outline-primary" onClick={() => setOptions(undefined)}>
              {t('social.reroute.cancel')}
            </button>
          </div>
          <div className="mt-2">
            <ErrorAlert error={error} />
          </div>
        </form>
      )}
    </div>
  );
}
