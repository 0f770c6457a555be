import { FormEvent, useState } from 'react';
import { useMutation } from '../../api/mutation';
import { ErrorAlert, StatusBadge } from '../../components/common';
import { formatDateTime, hasKey, useI18n } from '../../i18n/i18n';
import { CapacityErrors, parseCount, validateCapacity } from './capacity';
import { CAPACITY_STATUSES, capacityLabelKey } from '../../components/tones';
import { graphql } from '../../gql';

export interface DirectoryService {
  id: string;
  organisationId: string;
  description?: string | null;
  name: string;
  needs: string[];
  neighbourhoodCodes: string[];
  capacityStatus: string;
  capacityAvailable: number | null;
  capacityMaximum: number | null;
  capacityUnit: string | null;
  status: string;
  updatedAt: string;
}

const UPDATE = graphql(`mutation UpdateCapacity($input: UpdateCapacityInput!) {
  updateServiceCapacity(input: $input) { id capacityStatus capacityAvailable capacityMaximum capacityUnit updatedAt }
}`);

/** One service: what it offers, and a small form to say how many places it has now. */
export function CapacityForm({ service, onSaved }: { service: DirectoryService; onSaved(): void }) {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState(service.capacityStatus);
  const [available, setAvailable] = useState(service.capacityAvailable?.toString() ?? '');
  const [maximum, setMaximum] = useState(service.capacityMaximum?.toString() ?? '');
  const [errors, setErrors] = useState<CapacityErrors>({});
  const { run, pending, error } = useMutation();
  const [saved, setSaved] = useState('');
  const id = service.id;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    const found = validateCapacity({ available, maximum });
    setErrors(found);
    if (found.available || found.maximum) {
      document.getElementById(found.available ? `cap-available-${id}` : `cap-maximum-${id}`)?.focus();
      return;
    }
    if (!(await run(UPDATE, { input: { serviceId: id, capacityStatus: status, capacityAvailable: parseCount(available), capacityMaximum: parseCount(maximum) } }))) return;
    setSaved(t('org.capacity.saved', { name: service.name }));
    onSaved();
  }

  const unit = service.capacityUnit ? ` (${service.capacityUnit})` : '';
  const field = (key: 'available' | 'maximum', value: string, set: (v: string) => void) => {
    const inputId = `cap-${key}-${id}`;
    const problem = errors[key];
    return (
      <div className="col-6 col-md-3">
        <label htmlFor={inputId} className="form-label">
          {t(`org.capacity.${key}`)}
          {unit}
        </label>
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          className={`form-control${problem ? ' is-invalid' : ''}`}
          value={value}
          onChange={(e) => set(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${inputId}-error` : undefined}
          data-testid={`capacity-${key}-${id}`}
        />
        {problem && (
          <p id={`${inputId}-error`} className="text-danger small mt-1 mb-0">
            {t(`org.capacity.errors.${problem}`)}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="card shadow-sm mb-4" aria-labelledby={`service-${id}-title`} data-testid={`service-${id}`}>
      <div className="card-body">
        <h2 id={`service-${id}-title`} className="h4">
          {service.name}
        </h2>
        <p className="mb-1">
          <StatusBadge label={t(capacityLabelKey(service.capacityStatus))} tone={service.capacityStatus === 'no-capacity' ? 'danger' : service.capacityStatus === 'capacity' ? 'success' : 'secondary'} />{' '}
          <span className="text-secondary small">{t('org.capacity.updatedAt', { when: formatDateTime(service.updatedAt, locale) })}</span>
        </p>
        <p className="mb-3">
          {t('org.capacity.needs', { needs: service.needs.map((n) => t(`common.need.${n}`)).join(', ') || '—' })}
          {hasKey(locale, `common.serviceStatus.${service.status}`) && (
            <>
              <br />
              {t('org.capacity.serviceStatus', { status: t(`common.serviceStatus.${service.status}`) })}
            </>
          )}
        </p>
        <form onSubmit={(e) => void submit(e)} noValidate data-testid={`capacity-${id}`}>
          <div className="row g-3 align-items-start">
            <div className="col-12 col-md-6">
              <label htmlFor={`cap-status-${id}`} className="form-label">
                {t('org.capacity.status')}
              </label>
              <select id={`cap-status-${id}`} className="form-select" value={status} onChange={(e) => setStatus(e.target.value)} aria-describedby={`cap-status-${id}-hint`} data-testid={`capacity-status-${id}`}>
                {CAPACITY_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(capacityLabelKey(s))}
                  </option>
                ))}
              </select>
              <p id={`cap-status-${id}-hint`} className="small text-secondary mt-1 mb-0">
                {t(status === 'no-capacity' ? 'org.capacity.noCapacityHint' : 'org.capacity.statusHint')}
              </p>
            </div>
            {field('available', available, setAvailable)}
            {field('maximum', maximum, setMaximum)}
          </div>
          <button type="submit" className="btn btn-primary mt-3" disabled={pending} data-testid={`capacity-save-${id}`}>
            {t('common.save')}
          </button>
        </form>
        {error && (
          <div className="mt-3">
            <ErrorAlert error={error} />
          </div>
        )}
        <div role="status" aria-live="polite" data-testid={`capacity-saved-${id}`}>
          {saved && <p className="alert alert-success mt-3 mb-0">{saved}</p>}
        </div>
      </div>
    </section>
  );
}
