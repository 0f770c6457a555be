import { useI18n } from '../../i18n/i18n';
import { NeighbourhoodItem } from '../../components/useNeighbourhoods';
import { NEEDS, URGENCIES } from './enums';

export interface TriageFilter {
  need: string;
  urgency: string;
  neighbourhoodCode: string;
}

export const NO_FILTER: TriageFilter = { need: '', urgency: '', neighbourhoodCode: '' };

/** The three selects above the triage table; an empty value means "all". */
export function TriageFilters({ value, onChange, neighbourhoods }: { value: TriageFilter; onChange(next: TriageFilter): void; neighbourhoods: NeighbourhoodItem[] }) {
  const { t } = useI18n();
  const select = (key: keyof TriageFilter, options: { value: string; label: string }[]) => (
    <div className="col-12 col-md-4">
      <label htmlFor={`triage-filter-${key}`} className="form-label">
        {t(`social.triage.filters.${key}`)}
      </label>
      <select id={`triage-filter-${key}`} className="form-select" value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.value })} data-testid={`triage-filter-${key}`}>
        <option value="">{t('social.triage.filters.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const active = value.need || value.urgency || value.neighbourhoodCode;
  return (
    <form className="mb-3" onSubmit={(e) => e.preventDefault()} aria-label={t('social.triage.filters.title')}>
      <div className="row g-3 align-items-end">
        {select(
          'need',
          NEEDS.map((n) => ({ value: n, label: t(`common.need.${n}`) })),
        )}
        {select(
          'urgency',
          URGENCIES.map((u) => ({ value: u, label: t(`common.urgency.${u}`) })),
        )}
        {select(
          'neighbourhoodCode',
          neighbourhoods.map((n) => ({ value: n.code, label: n.name })),
        )}
      </div>
      {active && (
        <button type="button" className="btn btn-outline-primary btn-sm mt-3" onClick={() => onChange(NO_FILTER)} data-testid="triage-filter-clear">
          {t('social.triage.filters.clear')}
        </button>
      )}
    </form>
  );
}
