import { useSession } from '../../auth/session';
import { ErrorAlert, errorText, PageTitle } from '../../components/common';
import { CheckField, ChoiceGroup, ErrorSummary, FormLook, SelectField, TextArea, TextField } from '../../components/form';
import { formatNumber, useI18n } from '../../i18n/i18n';
import { DESCRIPTION_MAX, FlagField } from './flagForm';
import { Confirmation, EmergencyAlert, PanelActions } from './FlagPanels';
import { AGE_BANDS, AgeBand, Need, NEEDS, Urgency, URGENCIES } from './model';
import { useFlagContext } from './useFlagContext';
import { useFlagForm } from './useFlagForm';
import './antenna.css';

/** The flag form: a situation in under a minute, kept and sent again with the same id if the network fails (useFlagForm). */
export function FlagPage() {
  const { t, locale } = useI18n();
  const { account } = useSession();
  const context = useFlagContext(account?.municipality);
  const form = useFlagForm(context);
  const { values, set, emergency, fieldError, view, pending, refs } = form;
  const waitingCount = pending.waiting.length;
  /** In an emergency the needs, the age and the consent may be skipped: the hint says so first. */
  const optionalIf = (skip: boolean, hint: string) => (skip ? `${t('antenna.flag.optionalInEmergency')} ${hint}` : hint);
  const count = values.description.length;
  const counterParams = { count: formatNumber(count, locale), max: formatNumber(DESCRIPTION_MAX, locale) };

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-lg-9 col-xl-8">
        <PageTitle subtitle={t('antenna.flag.subtitle')}>{t('antenna.flag.title')}</PageTitle>

        {/* Only the count (and "sent") is live, and it is always in the page so changes are heard;
            the help and the retry button, whose label changes at every retry, stay outside it. */}
        <div className={waitingCount > 0 ? 'alert alert-warning' : undefined}>
          <div role="status" aria-live="polite" data-testid="flag-pending-live">
            {waitingCount > 0 && (
              <p className="fw-bold mb-1" data-testid="flag-pending">
                {waitingCount === 1 ? t('antenna.flag.pending.one') : t('antenna.flag.pending.many', { count: waitingCount })}
              </p>
            )}
            {form.sentNote && waitingCount === 0 && <p className="alert alert-success">{t('antenna.flag.pending.sent')}</p>}
          </div>
          {waitingCount > 0 && (
            <>
              <p className="mb-2">{t('antenna.flag.pending.help')}</p>
              <button type="button" className="btn btn-outline-primary" data-testid="flag-retry" disabled={pending.retrying} onClick={() => void pending.retryNow()}>
                {pending.retrying ? t('antenna.flag.pending.retrying') : t('antenna.flag.pending.retry')}
              </button>
            </>
          )}
        </div>

        {form.rejections.map((rejection) => (
          <div key={rejection.item.input.id} className="alert alert-danger">
            <p role="alert">{t('antenna.flag.pending.rejected', { error: errorText(rejection.error, t, locale) })}</p>
            <div className="flag-actions">
              <button type="button" className="btn btn-primary" onClick={() => form.reopen(rejection)}>
                {t('antenna.flag.pending.reopen')}
              </button>
              <button type="button" className="btn btn-outline-primary" onClick={() => form.discard(rejection)}>
                {t('antenna.flag.pending.discard')}
              </button>
            </div>
          </div>
        ))}

        {view.kind === 'confirmed' && <Confirmation report={view.report} urgency={view.urgency} titleRef={refs.panel} onNew={form.startNew} />}
        {view.kind === 'queued' && (
          <section className="flag-panel mb-4" data-testid="flag-queued">
            {view.urgency === 'EMERGENCY' && <EmergencyAlert />}
            <h2 className="h3 flag-panel-title" ref={refs.panel} tabIndex={-1}>
              {t('antenna.flag.queued.title')}
            </h2>
            <p>{t('antenna.flag.queued.text')}</p>
            <p className="fw-bold">{t('antenna.flag.queued.warning')}</p>
            <PanelActions onNew={form.startNew} />
          </section>
        )}

        {view.kind === 'form' && (
          <FormLook value="large">
            <form ref={refs.form} className="flag-form" data-testid="flag-form" noValidate onSubmit={(event) => void form.submit(event)} aria-label={t('antenna.flag.formLabel')}>
              {emergency && <EmergencyAlert ref={refs.emergency} announce />}

              <ErrorSummary
                ref={refs.summary}
                title={t('antenna.flag.summary.title')}
                intro={t('antenna.flag.summary.intro')}
                entries={form.summary}
                onGo={(field) => form.goToField(field as FlagField)}
                testId="flag-error-summary"
              />

              {form.serverError && (
                <div ref={refs.serverError} className="alert alert-danger" tabIndex={-1} data-testid="flag-server-error">
                  {t('antenna.flag.rejected', { error: errorText(form.serverError, t, locale) })}
                </div>
              )}

              <ChoiceGroup
                id="flag-urgency"
                legend={t('antenna.flag.urgency.legend')}
                hint={t('antenna.flag.urgency.hint')}
                error={fieldError('urgency')}
                single
                name="urgency"
                options={URGENCIES.map((urgency) => ({ value: urgency, label: t(`common.urgency.${urgency}`), tone: urgency === 'EMERGENCY' ? 'emergency' : undefined }))}
                selected={[values.urgency]}
                onChange={([urgency]) => set('urgency', urgency as Urgency)}
                optionId={(urgency) => `flag-urgency-${urgency}`}
                optionTestId={(urgency) => `urgency-${urgency}`}
              />

              {/* The needs in the order shops use them most (domain.ts), not alphabetically: the usual ones first. */}
              <ChoiceGroup
                id="flag-needs"
                legend={t('antenna.flag.needs.legend')}
                hint={optionalIf(emergency, t('antenna.flag.needs.hint'))}
                error={fieldError('needs')}
                name="needs"
                options={NEEDS.map((need) => ({ value: need, label: t(`common.need.${need}`) }))}
                selected={values.needs}
                onChange={(needs) => set('needs', needs as Need[])}
                optionId={(need) => `flag-need-${need}`}
                optionTestId={(need) => `need-${need}`}
              />

              <ChoiceGroup
                id="flag-age"
                legend={t('antenna.flag.ageBand.legend')}
                hint={optionalIf(emergency, t('antenna.flag.ageBand.hint'))}
                error={fieldError('ageBand')}
                single
                name="ageBand"
                options={AGE_BANDS.map((band) => ({ value: band, label: t(`common.ageBand.${band}`) }))}
                selected={[values.ageBand]}
                onChange={([band]) => set('ageBand', band as AgeBand)}
                optionId={(band) => `flag-age-${band}`}
                optionTestId={(band) => `age-${band}`}
              />

              <TextArea
                id="flag-description"
                testId="flag-description"
                label={t('antenna.flag.description.label')}
                hint={t('antenna.flag.description.hint')}
                error={fieldError('description')}
                rows={5}
                value={values.description}
                onChange={(text) => set('description', text)}
                extraIds={['flag-description-counter']}
                extra={
                  <p id="flag-description-counter" className={count > DESCRIPTION_MAX ? 'flag-counter over' : 'flag-counter'} data-testid="flag-description-counter">
                    {count > DESCRIPTION_MAX ? t('antenna.flag.description.counterOver', counterParams) : t('antenna.flag.description.counter', counterParams)}
                  </p>
                }
              />

              <SelectField
                id="flag-neighbourhood"
                label={t('antenna.flag.neighbourhood.label')}
                hint={t('antenna.flag.neighbourhood.hint')}
                error={fieldError('neighbourhoodCode')}
                value={values.neighbourhoodCode}
                onChange={(code) => set('neighbourhoodCode', code)}
                placeholder={context.loading ? t('antenna.flag.neighbourhood.loading') : t('antenna.flag.neighbourhood.choose')}
                options={context.neighbourhoods.map((n) => ({ value: n.code, label: n.name }))}
                extra={
                  context.error && (
                    <div className="mt-2">
                      <p className="mb-1">{t('antenna.flag.neighbourhood.unavailable')}</p>
                      <ErrorAlert error={context.error} onRetry={() => void context.reload()} />
                    </div>
                  )
                }
              />

              <ChoiceGroup
                id="flag-consent"
                legend={t('antenna.flag.consent.legend')}
                hint={optionalIf(emergency, t('antenna.flag.consent.hint'))}
                error={fieldError('consent')}
                single
                wide
                name="consentToContact"
                options={(['yes', 'no'] as const).map((answer) => ({ value: answer, label: t(`antenna.flag.consent.${answer}`) }))}
                selected={[values.consent]}
                onChange={([answer]) => set('consent', answer as 'yes' | 'no')}
                optionId={(answer) => `flag-consent-${answer}`}
                optionTestId={(answer) => `consent-${answer}`}
              />

              {values.consent === 'yes' && (
                <fieldset aria-describedby="flag-subject-hint">
                  <legend>{t('antenna.flag.subject.legend')}</legend>
                  <p id="flag-subject-hint" className="flag-hint">
                    {t('antenna.flag.subject.hint')}
                  </p>
                  <TextField secondary id="flag-subject-name" testId="flag-subject-name" label={t('antenna.flag.subject.name')} value={values.subjectName} error={fieldError('subjectName')} onChange={(text) => set('subjectName', text)} />
                  <TextField secondary id="flag-subject-address" testId="flag-subject-address" label={t('antenna.flag.subject.address')} value={values.subjectAddress} error={fieldError('subjectAddress')} onChange={(text) => set('subjectAddress', text)} />
                  <TextField secondary id="flag-subject-phone" testId="flag-subject-phone" label={t('antenna.flag.subject.phone')} type="tel" inputMode="tel" value={values.subjectPhone} error={fieldError('subjectPhone')} onChange={(text) => set('subjectPhone', text)} />
                </fieldset>
              )}

              <CheckField id="flag-do-not-contact" testId="flag-do-not-contact" label={t('antenna.flag.doNotContact.label')} hint={t('antenna.flag.doNotContact.hint')} checked={values.doNotContact} onChange={(checked) => set('doNotContact', checked)} />

              <button type="submit" className="btn btn-primary btn-lg w-100" data-testid="flag-submit" disabled={form.sending}>
                {form.sending ? t('antenna.flag.sending') : t('antenna.flag.submit')}
              </button>
            </form>
          </FormLook>
        )}
      </div>
    </div>
  );
}
