import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle, StatusBadge } from '../../components/common';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { TableScroll } from '../dashboard/TableScroll';
import { urgencyTone } from '../org/tones';
import { useNeighbourhoods } from '../org/useNeighbourhoods';
import { useNow } from '../org/useNow';
import { ageInDays } from './dates';
import { DeskAlerts } from './DeskAlerts';
import { Desk, DESKS } from './reportApi';
import { ReferenceSearch } from './ReferenceSearch';
import { NO_FILTER, TriageFilter, TriageFilters } from './TriageFilters';

interface TriageItem {
  id: string;
  reference?: string;
  closedAt?: string | null;
  submittedAt: string;
  needs: string[];
  urgency: string;
  ageBand: string;
  neighbourhoodCode: string;
  contactAttempts: number;
  takenInHandAt: string | null;
  assigneeId: string | null;
  ownerDeskId: string;
  linkedReports: number;
}

const TRIAGE = `query Triage($first: Int, $filter: TriageFilterInput, $reference: String) {
  triage(first: $first, filter: $filter, reference: $reference) {
    nodes { id reference closedAt submittedAt needs urgency ageBand neighbourhoodCode contactAttempts takenInHandAt assigneeId ownerDeskId linkedReports }
    pageInfo { hasNextPage }
  }
}`;

/** The open reports of the municipality, oldest first, with filters; each opens its page. */
export function TriagePage() {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState<TriageFilter>(NO_FILTER);
  const [reference, setReference] = useState<string | null>(null);
  const variables = useMemo(() => {
    // A code the caller gave: that report, open or closed, whatever the filters.
    if (reference) return { first: 100, reference };
    const f: Record<string, string> = {};
    if (filter.need) f.need = filter.need;
    if (filter.urgency) f.urgency = filter.urgency;
    if (filter.neighbourhoodCode) f.neighbourhoodCode = filter.neighbourhoodCode;
    return { first: 100, filter: f };
  }, [filter, reference]);
  const { data, error, loading, reload } = useQuery<{ triage: { nodes: TriageItem[]; pageInfo: { hasNextPage: boolean } } }>(TRIAGE, variables);
  const desks = useQuery<{ desks: Desk[] }>(DESKS);
  const { list, nameOf } = useNeighbourhoods();
  const now = useNow(60_000);
  const deskName = useMemo(() => new Map((desks.data?.desks ?? []).map((d) => [d.id, d.name])), [desks.data]);
  const items = data?.triage.nodes ?? [];
  // A search by code answers below the desk's alerts: bring the answer into view (clear of the pinned emergencies).
  const countRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (reference && data && !loading) countRef.current?.scrollIntoView?.({ block: 'center' });
  }, [reference, data, loading]);

  return (
    <>
      <PageTitle subtitle={t('social.triage.intro')}>{t('social.triage.title')}</PageTitle>
      <DeskAlerts onRaised={() => void reload()} afterPinned={<ReferenceSearch value={reference} onSearch={setReference} />} />
      {!reference && <TriageFilters value={filter} onChange={setFilter} neighbourhoods={list} />}
      <ErrorAlert error={error} onRetry={() => void reload()} />
      {loading && !data && <Loading />}
      <p ref={countRef} role="status" aria-live="polite" className="text-secondary" data-testid="triage-count">
        {data && !loading ? (reference ? (items.length ? t('social.triage.search.found', { code: reference }) : t('social.triage.search.none', { code: reference })) : t('social.triage.count', { n: items.length })) : ''}
      </p>
      {data && items.length === 0 && !reference && <p>{t('social.triage.empty')}</p>}
      {items.length > 0 && (
        <TableScroll label={t('social.triage.caption')}>
          <table className="table table-hover align-middle">
            <caption className="visually-hidden">{t('social.triage.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('social.triage.cols.reference')}</th>
                <th scope="col">{t('social.triage.cols.submitted')}</th>
                <th scope="col">{t('social.triage.cols.days')}</th>
                <th scope="col">{t('social.triage.cols.neighbourhood')}</th>
                <th scope="col">{t('social.triage.cols.needs')}</th>
                <th scope="col">{t('social.triage.cols.urgency')}</th>
                <th scope="col">{t('social.triage.cols.ageBand')}</th>
                <th scope="col">{t('social.triage.cols.attempts')}</th>
                <th scope="col">{t('social.triage.cols.taken')}</th>
                <th scope="col">{t('social.triage.cols.desk')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td data-testid={`triage-reference-${item.id}`}>
                    <strong className="reference-code">{item.reference ?? '—'}</strong>
                    {item.closedAt && <div className="small text-secondary">{t('social.triage.closedBadge', { when: formatDateTime(item.closedAt, locale) })}</div>}
                  </td>
                  <th scope="row">
                    <Link to={`/segnalazioni/${item.id}`} data-testid={`triage-${item.id}`}>
                      {formatDateTime(item.submittedAt, locale)}
                      <span className="visually-hidden"> {t('social.triage.open')}</span>
                    </Link>
                    {item.linkedReports > 0 && <div className="small text-secondary">{t('social.triage.linked', { n: item.linkedReports })}</div>}
                  </th>
                  <td>{ageInDays(item.submittedAt, now)}</td>
                  <td>{nameOf(item.neighbourhoodCode)}</td>
                  <td>{item.needs.map((n) => t(`common.need.${n}`)).join(', ')}</td>
                  <td>
                    <StatusBadge label={t(`common.urgency.${item.urgency}`)} tone={urgencyTone(item.urgency)} />
                  </td>
                  <td>{t(`common.ageBand.${item.ageBand}`)}</td>
                  <td>{item.contactAttempts}</td>
                  <td>{item.takenInHandAt ? t('social.triage.takenOn', { when: formatDateTime(item.takenInHandAt, locale) }) : <strong>{t('social.triage.notTaken')}</strong>}</td>
                  <td>{deskName.get(item.ownerDeskId) ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {data?.triage.pageInfo.hasNextPage && <p className="text-secondary">{t('social.triage.more')}</p>}
    </>
  );
}
