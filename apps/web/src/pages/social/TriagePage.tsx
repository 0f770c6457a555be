import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { ErrorAlert, Loading, PageTitle, StatusBadge } from '../../components/common';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { TableScroll } from '../../components/TableScroll';
import { urgencyTone } from '../../components/tones';
import { useNeighbourhoods } from '../../components/useNeighbourhoods';
import { useNow } from '../../components/useNow';
import { daysWaiting } from './dates';
import { DeskAlerts } from './DeskAlerts';
import { Desk, DESKS } from './reportApi';
import { ReferenceSearch } from './ReferenceSearch';
import { NO_FILTER, TriageFilter, TriageFilters } from './TriageFilters';
import { graphql } from '../../gql';

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
  antennaName: string | null;
  excerpt: string | null;
  slaDueAt: string | null;
}

const TRIAGE = graphql(`query Triage($first: Int, $filter: TriageFilterInput, $reference: String) {
  triage(first: $first, filter: $filter, reference: $reference) {
    nodes { id reference closedAt submittedAt needs urgency ageBand neighbourhoodCode contactAttempts takenInHandAt assigneeId ownerDeskId linkedReports antennaName excerpt slaDueAt }
    pageInfo { hasNextPage }
  }
}`);

/**
 * The open reports of the municipality by urgency and SLA risk (the order is the API's, said on
 * the page), each with the first words of what was seen (an audited read), the antenna that
 * flagged it, the days it has waited and its nearest deadline; each opens its page.
 */
export function TriagePage() {
  const { t, locale } = useI18n();
  const { account } = useSession();
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
  const { data, error, loading, reload } = useQuery(TRIAGE, variables);
  const desks = useQuery(DESKS);
  const { list, nameOf } = useNeighbourhoods();
  const now = useNow(60_000);
  const deskName = useMemo(() => new Map((desks.data?.desks ?? []).map((d) => [d.id, d.name])), [desks.data]);
  const items = data?.triage.nodes ?? [];
  // A search by code answers below the desk's alerts: bring the answer into view (clear of the pinned emergencies).
  const countRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (reference && data && !loading) countRef.current?.scrollIntoView?.({ block: 'center' });
  }, [reference, data, loading]);

  const waiting = (iso: string) => {
    const n = daysWaiting(iso, now);
    return n === 0 ? t('social.triage.days.zero') : n === 1 ? t('social.triage.days.one') : t('social.triage.days.many', { n });
  };
  const deadline = (iso: string | null) => {
    if (!iso) return <span className="text-secondary">{t('social.triage.noDeadline')}</span>;
    const when = formatDateTime(iso, locale);
    return Date.parse(iso) < now ? <strong className="text-danger">{t('social.triage.overdue', { when })}</strong> : t('social.triage.due', { when });
  };
  const assigned = (item: TriageItem) =>
    item.assigneeId ? (item.assigneeId === account?.id ? t('social.triage.assignedYou') : t('social.triage.assignedOther')) : <strong>{t('social.triage.assignedNone')}</strong>;

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
      {!reference && (
        <p className="small" id="triage-order" data-testid="triage-order">
          {t('social.triage.order')}
        </p>
      )}
      {data && items.length === 0 && !reference && <p>{t('social.triage.empty')}</p>}
      {items.length > 0 && (
        <TableScroll label={t('social.triage.caption')}>
          <table className="table table-hover align-middle" aria-describedby={reference ? undefined : 'triage-order'} data-testid="triage-table">
            <caption className="visually-hidden">{t('social.triage.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('social.triage.cols.urgency')}</th>
                <th scope="col">{t('social.triage.cols.reference')}</th>
                <th scope="col">{t('social.triage.cols.seen')}</th>
                <th scope="col">{t('social.triage.cols.antenna')}</th>
                <th scope="col">{t('social.triage.cols.neighbourhood')}</th>
                <th scope="col">{t('social.triage.cols.needs')}</th>
                <th scope="col">{t('social.triage.cols.waiting')}</th>
                <th scope="col">{t('social.triage.cols.deadline')}</th>
                <th scope="col">{t('social.triage.cols.attempts')}</th>
                <th scope="col">{t('social.triage.cols.assigned')}</th>
                <th scope="col">{t('social.triage.cols.desk')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} data-testid={`triage-row-${item.id}`}>
                  <td>
                    <StatusBadge label={t(`common.urgency.${item.urgency}`)} tone={urgencyTone(item.urgency)} />
                  </td>
                  <td data-testid={`triage-reference-${item.id}`}>
                    <strong className="reference-code">{item.reference ?? '—'}</strong>
                    {item.closedAt && <div className="small text-secondary">{t('social.triage.closedBadge', { when: formatDateTime(item.closedAt, locale) })}</div>}
                  </td>
                  <th scope="row" style={{ minWidth: '16rem' }}>
                    <Link to={`/segnalazioni/${item.id}`} data-testid={`triage-${item.id}`}>
                      {item.excerpt ? `«${item.excerpt}»` : t('social.triage.noExcerpt')}
                      <span className="visually-hidden"> {t('social.triage.open')}</span>
                    </Link>
                    <div className="small text-secondary fw-normal">{t('social.triage.arrived', { when: formatDateTime(item.submittedAt, locale) })}</div>
                    {item.linkedReports > 0 && <div className="small text-secondary fw-normal">{t('social.triage.linked', { n: item.linkedReports })}</div>}
                  </th>
                  <td data-testid={`triage-antenna-${item.id}`}>{item.antennaName ?? t('social.triage.unknownAntenna')}</td>
                  <td>{nameOf(item.neighbourhoodCode)}</td>
                  <td>
                    {item.needs.length > 0 ? item.needs.map((n) => t(`common.need.${n}`)).join(', ') : <em>{t('social.triage.noNeeds')}</em>}
                    <div className="small text-secondary">{t(`common.ageBand.${item.ageBand}`)}</div>
                  </td>
                  <td data-testid={`triage-days-${item.id}`}>{waiting(item.submittedAt)}</td>
                  <td>{deadline(item.slaDueAt)}</td>
                  <td>{item.contactAttempts}</td>
                  <td>{assigned(item)}</td>
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
