import { FormEvent, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle, StatusBadge } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { ANTENNA_STATUSES, AntennaKind, AntennaStatus } from './constants';
import { SelectField, TextField } from '../../components/form';
import { StatusMessage, useFlash } from './shared';
import { TableScroll } from '../../components/TableScroll';
import { AntennaAction, AntennaActionPanel, actionsFor } from './AntennaActionPanel';
import { AntennaMembersPanel, Member } from './AntennaMembersPanel';
import { ProposeAntennaForm } from './ProposeAntennaForm';
import { AntennaApplication, ApplicationNote, useApplications } from './ApplicationNote';
import { graphql } from '../../gql';

export interface AdminAntenna {
  id: string;
  name: string;
  kind: AntennaKind;
  address: string;
  neighbourhoodCode: string;
  status: AntennaStatus;
  statusReason: string | null;
  members: Member[];
  application?: AntennaApplication | null;
}

const ANTENNAS = graphql(`query AdminAntennas($status: [AntennaStatus!], $search: String) {
  antennas(first: 100, status: $status, search: $search) {
    nodes { id name kind address neighbourhoodCode status statusReason members { id displayName email createdAt } }
    pageInfo { hasNextPage }
  }
  neighbourhoods { code name }
}`);

interface AntennasData {
  antennas: { nodes: AdminAntenna[]; pageInfo: { hasNextPage: boolean } };
  neighbourhoods: { code: string; name: string }[];
}

export const STATUS_TONE: Record<AntennaStatus, 'primary' | 'success' | 'danger' | 'secondary'> = {
  PROPOSED: 'secondary',
  TRAINED: 'primary',
  ACTIVE: 'success',
  SUSPENDED: 'danger',
  RETIRED: 'secondary',
};

type Panel = { type: 'action'; action: AntennaAction; id: string } | { type: 'members'; id: string } | undefined;

/** The antennas of the municipality: filter, state changes, their people, and proposing a new one. */
export function AntennasPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [panel, setPanel] = useState<Panel>();
  const [proposing, setProposing] = useState(false);
  const [flash, setFlash] = useFlash();
  const { data, error, loading, reload } = useQuery(ANTENNAS, {
    status: status ? [status as AntennaStatus] : undefined,
    search: search || undefined,
  });
  // Who applied from the public form, asked apart (the list's query is near the cost limit).
  const applications = useApplications();
  const antennas = (data?.antennas.nodes ?? []).map((a) => ({ ...a, application: applications.get(a.id) ?? null }));
  const names = new Map((data?.neighbourhoods ?? []).map((n) => [n.code, n.name]));
  const selected = panel && antennas.find((a) => a.id === panel.id);

  function onSearch(event: FormEvent) {
    event.preventDefault();
    setSearch(searchText.trim());
  }

  function done(message: string) {
    setPanel(undefined);
    setFlash(message);
    void reload();
  }

  return (
    <>
      <PageTitle subtitle={t('admin.antennas.intro')}>{t('admin.antennas.title')}</PageTitle>
      <StatusMessage message={flash} testId="admin-antennas-status" />

      <div className="mb-4">
        <button type="button" className="btn btn-primary" aria-expanded={proposing} aria-controls="propose-antenna" onClick={() => setProposing(!proposing)} data-testid="antenna-propose-open">
          {t('admin.propose.open')}
        </button>
      </div>
      {proposing && (
        <ProposeAntennaForm
          onProposed={(name) => {
            setProposing(false);
            setFlash(t('admin.propose.done', { name }));
            void reload();
          }}
          onCancel={() => setProposing(false)}
        />
      )}

      {selected && panel?.type === 'action' && (
        <AntennaActionPanel key={`${panel.action}-${selected.id}`} antenna={selected} action={panel.action} onDone={done} onCancel={() => setPanel(undefined)} />
      )}
      {selected && panel?.type === 'members' && <AntennaMembersPanel key={selected.id} antenna={selected} onChanged={reload} onClose={() => setPanel(undefined)} />}

      <form role="search" aria-label={t('admin.antennas.filters')} className="admin-filters" onSubmit={onSearch}>
        <SelectField
          id="antenna-filter-status"
          label={t('admin.antennas.status')}
          value={status}
          onChange={setStatus}
          options={[{ value: '', label: t('admin.antennas.allStatuses') }, ...ANTENNA_STATUSES.map((s) => ({ value: s, label: t(`common.antennaStatus.${s}`) }))]}
          testId="antenna-filter-status"
        />
        <TextField id="antenna-filter-search" label={t('admin.antennas.search')} value={searchText} onChange={setSearchText} testId="antenna-filter-search" />
        <button type="submit" className="btn btn-outline-primary">
          {t('admin.antennas.searchButton')}
        </button>
      </form>

      <ErrorAlert error={error} onRetry={reload} />
      {loading && !data ? (
        <Loading />
      ) : (
        <AntennasTable antennas={antennas} names={names} onAction={(action, id) => setPanel({ type: 'action', action, id })} onMembers={(id) => setPanel({ type: 'members', id })} />
      )}
      {data?.antennas.pageInfo.hasNextPage && <p className="text-secondary">{t('admin.antennas.more')}</p>}
    </>
  );
}

function AntennasTable({
  antennas,
  names,
  onAction,
  onMembers,
}: {
  antennas: AdminAntenna[];
  names: Map<string, string>;
  onAction(action: AntennaAction, id: string): void;
  onMembers(id: string): void;
}) {
  const { t } = useI18n();
  if (antennas.length === 0) return <p data-testid="admin-antennas-empty">{t('admin.antennas.empty')}</p>;
  return (
    <TableScroll label={t('admin.antennas.title')}>
      <table className="table align-middle" data-testid="admin-antennas">
        <caption className="visually-hidden">{t('admin.antennas.caption', { count: antennas.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.antennas.name')}</th>
            <th scope="col" className="d-none d-md-table-cell">
              {t('admin.antennas.kind')}
            </th>
            <th scope="col" className="d-none d-md-table-cell">
              {t('admin.antennas.neighbourhood')}
            </th>
            <th scope="col">{t('admin.antennas.status')}</th>
            <th scope="col">{t('admin.antennas.members')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {antennas.map((a) => (
            <tr key={a.id} data-testid={`antenna-${a.id}`}>
              <th scope="row">
                {a.name}
                <div className="fw-normal small text-secondary">{a.address}</div>
                {/* on a phone the kind and the neighbourhood go under the name */}
                <div className="fw-normal small d-md-none">
                  {t(`common.antennaKind.${a.kind}`)} · {names.get(a.neighbourhoodCode) ?? a.neighbourhoodCode}
                </div>
                <ApplicationNote application={a.application} />
              </th>
              <td className="d-none d-md-table-cell">{t(`common.antennaKind.${a.kind}`)}</td>
              <td className="d-none d-md-table-cell">{names.get(a.neighbourhoodCode) ?? a.neighbourhoodCode}</td>
              <td>
                <StatusBadge label={t(`common.antennaStatus.${a.status}`)} tone={STATUS_TONE[a.status]} />
                {a.statusReason && <div className="small text-secondary">{a.statusReason}</div>}
              </td>
              <td>{a.members.length}</td>
              <td>
                <div className="admin-actions">
                  {actionsFor(a.status).map((action) => (
                    <button
                      key={action}
                      type="button"
                      className={`btn btn-sm ${action === 'retire' || action === 'suspend' ? 'btn-outline-danger' : 'btn-outline-primary'}`}
                      onClick={() => onAction(action, a.id)}
                      data-testid={`antenna-${action}-${a.id}`}
                    >
                      {t(`admin.action.${action}.button`)}
                      <span className="visually-hidden"> – {a.name}</span>
                    </button>
                  ))}
                  <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => onMembers(a.id)} data-testid={`antenna-members-${a.id}`}>
                    {t('admin.members.button')}
                    <span className="visually-hidden"> – {a.name}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
