import type { AdminOrganisationsQuery, AdminServicesQuery } from '../../gql/graphql';
import { useState } from 'react';
import { useQuery } from '../../api/hooks';
import { ErrorAlert, Loading, PageTitle, StatusBadge } from '../../components/common';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { SelectField } from '../../components/form';
import { OrganisationForm, organisationValues } from './OrganisationForm';
import { ServiceForm, serviceValues } from './ServiceForm';
import { PublicDetailsForm } from '../org/PublicDetailsForm';
import { capacityLabel, StatusMessage, useFlash } from './shared';
import { TableScroll } from '../../components/TableScroll';
import { graphql } from '../../gql';

type Organisation = AdminOrganisationsQuery['organisations'][number];

type Service = AdminServicesQuery['services'][number];

const ORGANISATIONS = graphql(`query AdminOrganisations {
  organisations { id name legalForm taxCode runtsNumber runtsSection email phone website description }
  neighbourhoods { code name }
  municipalityPolicy { requireRunts }
}`);
const SERVICES = graphql(`query AdminServices($organisationId: ID) {
  services(organisationId: $organisationId) { id organisationId name status needs neighbourhoodCodes capacityStatus capacityAvailable capacityMaximum capacityUnit description updatedAt }
}`);

/** When the municipality requires the RUNTS, an organisation without a RUNTS number gets no requests (the matching rule leaves its services out). */
export const excludedByRunts = (requireRunts: boolean, org: { runtsNumber: string | null } | undefined): boolean => requireRunts && !!org && !org.runtsNumber;

/** The directory: third-sector organisations and their services. */
export function OrganisationsPage() {
  const { t } = useI18n();
  const orgs = useQuery(ORGANISATIONS);
  const [filter, setFilter] = useState('');
  const services = useQuery(SERVICES, { organisationId: filter || undefined });
  const [form, setForm] = useState<'org' | 'service'>();
  const [editingOrg, setEditingOrg] = useState<Organisation>();
  const [editingService, setEditingService] = useState<Service>();
  const [detailsOf, setDetailsOf] = useState<Service>();
  const requireRunts = orgs.data?.municipalityPolicy.requireRunts ?? false;
  const [flash, setFlash] = useFlash();
  const organisations = orgs.data?.organisations ?? [];
  const neighbourhoods = orgs.data?.neighbourhoods ?? [];

  return (
    <>
      <PageTitle subtitle={t('admin.orgs.intro')}>{t('admin.orgs.title')}</PageTitle>
      <StatusMessage message={flash} testId="admin-orgs-status" />
      <div className="d-flex flex-wrap gap-2 mb-4">
        <button type="button" className="btn btn-primary" aria-expanded={form === 'org'} onClick={() => setForm(form === 'org' ? undefined : 'org')} data-testid="org-form-open">
          {t('admin.orgs.open')}
        </button>
        <button type="button" className="btn btn-primary" aria-expanded={form === 'service'} onClick={() => setForm(form === 'service' ? undefined : 'service')} disabled={organisations.length === 0} data-testid="service-form-open">
          {t('admin.services.open')}
        </button>
      </div>
      {requireRunts && (
        <p className="alert alert-info" data-testid="runts-policy-note">
          {t('admin.orgs.runtsPolicyNote')}
        </p>
      )}
      {editingOrg && (
        <OrganisationForm
          key={editingOrg.id}
          editing={{ id: editingOrg.id, values: organisationValues(editingOrg) }}
          requireRunts={requireRunts}
          onDone={(name) => {
            setEditingOrg(undefined);
            setFlash(t('admin.orgs.saved', { name }));
            void orgs.reload();
          }}
          onCancel={() => setEditingOrg(undefined)}
        />
      )}
      {detailsOf && (
        <PublicDetailsForm
          key={detailsOf.id}
          service={detailsOf}
          onSaved={(name) => {
            setDetailsOf(undefined);
            setFlash(t('org.publicDetails.saved', { name }));
            void services.reload();
          }}
          onCancel={() => setDetailsOf(undefined)}
        />
      )}
      {editingService && (
        <ServiceForm
          key={editingService.id}
          organisations={organisations}
          neighbourhoods={neighbourhoods}
          editing={{ id: editingService.id, values: serviceValues(editingService) }}
          onDone={(name) => {
            setEditingService(undefined);
            setFlash(t('admin.services.saved', { name }));
            void services.reload();
          }}
          onCancel={() => setEditingService(undefined)}
        />
      )}
      {form === 'org' && (
        <OrganisationForm
          requireRunts={requireRunts}
          onDone={(name) => {
            setForm(undefined);
            setFlash(t('admin.orgs.done', { name }));
            void orgs.reload();
          }}
          onCancel={() => setForm(undefined)}
        />
      )}
      {form === 'service' && (
        <ServiceForm
          organisations={organisations}
          neighbourhoods={neighbourhoods}
          organisationId={filter || undefined}
          onDone={(name) => {
            setForm(undefined);
            setFlash(t('admin.services.done', { name }));
            void services.reload();
          }}
          onCancel={() => setForm(undefined)}
        />
      )}

      <h2 className="h4">{t('admin.orgs.listTitle')}</h2>
      <ErrorAlert error={orgs.error} onRetry={orgs.reload} />
      {orgs.loading && !orgs.data ? <Loading /> : <OrganisationsTable organisations={organisations} requireRunts={requireRunts} onEdit={(o) => { setForm(undefined); setEditingService(undefined); setEditingOrg(o); }} />}

      <h2 className="h4 mt-4">{t('admin.services.listTitle')}</h2>
      <div className="admin-filters">
        <SelectField
          id="service-filter"
          label={t('admin.services.filter')}
          value={filter}
          onChange={setFilter}
          options={[{ value: '', label: t('admin.services.allOrganisations') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
          testId="service-filter"
        />
      </div>
      <ErrorAlert error={services.error} onRetry={services.reload} />
      {services.loading && !services.data ? <Loading /> : <ServicesTable services={services.data?.services ?? []} organisations={organisations} neighbourhoods={neighbourhoods} requireRunts={requireRunts} onEdit={(sv) => { setForm(undefined); setEditingOrg(undefined); setDetailsOf(undefined); setEditingService(sv); }} onPublicDetails={(sv) => { setForm(undefined); setEditingOrg(undefined); setEditingService(undefined); setDetailsOf(sv); }} />}
    </>
  );
}

function OrganisationsTable({ organisations, requireRunts, onEdit }: { organisations: Organisation[]; requireRunts: boolean; onEdit(o: Organisation): void }) {
  const { t } = useI18n();
  // a letter a–g from the form, or words from an import ("imprese sociali")
  const sectionLabel = (s: string | null) => (s && /^[a-g]$/.test(s) ? t(`admin.orgs.section.${s}`) : (s ?? '—'));
  if (organisations.length === 0) return <p>{t('admin.orgs.empty')}</p>;
  return (
    <TableScroll label={t('admin.orgs.listTitle')}>
      <table className="table" data-testid="admin-organisations">
        <caption className="visually-hidden">{t('admin.orgs.caption', { count: organisations.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.orgs.name')}</th>
            <th scope="col">{t('admin.orgs.legalForm')}</th>
            <th scope="col">{t('admin.orgs.taxCode')}</th>
            <th scope="col">{t('admin.orgs.runts')}</th>
            <th scope="col">{t('admin.orgs.email')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.id} data-testid={`organisation-${o.id}`}>
              <th scope="row">{o.name}</th>
              <td>{o.legalForm}</td>
              <td className="font-monospace">{o.taxCode}</td>
              <td>
                {o.runtsNumber ? t('admin.orgs.runtsValue', { number: o.runtsNumber, section: sectionLabel(o.runtsSection) }) : t('admin.orgs.noRunts')}
                {excludedByRunts(requireRunts, o) && (
                  <div className="mt-1" data-testid={`organisation-no-runts-${o.id}`}>
                    <StatusBadge label={t('admin.orgs.noRequests')} tone="danger" />
                  </div>
                )}
              </td>
              <td>{o.email ?? '—'}</td>
              <td>
                <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => onEdit(o)} data-testid={`organisation-edit-${o.id}`}>
                  {t('admin.orgs.edit')}
                  <span className="visually-hidden"> – {o.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ServicesTable({
  services,
  organisations,
  neighbourhoods,
  requireRunts,
  onEdit,
  onPublicDetails,
}: {
  services: Service[];
  organisations: Organisation[];
  neighbourhoods: { code: string; name: string }[];
  requireRunts: boolean;
  onEdit(s: Service): void;
  onPublicDetails(s: Service): void;
}) {
  const { t, locale } = useI18n();
  if (services.length === 0) return <p>{t('admin.services.empty')}</p>;
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const orgOf = new Map(organisations.map((o) => [o.id, o]));
  const place = new Map(neighbourhoods.map((n) => [n.code, n.name]));
  return (
    <TableScroll label={t('admin.services.listTitle')}>
      <table className="table" data-testid="admin-services">
        <caption className="visually-hidden">{t('admin.services.caption', { count: services.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.services.name')}</th>
            <th scope="col">{t('admin.services.organisation')}</th>
            <th scope="col">{t('admin.services.status')}</th>
            <th scope="col">{t('admin.services.needs')}</th>
            <th scope="col">{t('admin.services.neighbourhoods')}</th>
            <th scope="col">{t('admin.services.capacity')}</th>
            <th scope="col">{t('admin.services.updatedAt')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <tr key={s.id} data-testid={`service-${s.id}`}>
              <th scope="row">{s.name}</th>
              <td>{orgName.get(s.organisationId) ?? '—'}</td>
              <td>
                <StatusBadge label={t(`admin.serviceStatus.${s.status.replace(' ', '_')}`)} tone={s.status === 'active' ? 'success' : 'secondary'} />
                {excludedByRunts(requireRunts, orgOf.get(s.organisationId)) && (
                  <div className="mt-1 small" data-testid={`service-no-requests-${s.id}`}>
                    <StatusBadge label={t('admin.services.noRequests')} tone="danger" />
                    <div>{t('admin.services.noRequestsWhy')}</div>
                  </div>
                )}
              </td>
              <td>{s.needs.map((n) => t(`common.need.${n}`)).join(', ')}</td>
              <td>{s.neighbourhoodCodes.map((c) => place.get(c) ?? c).join(', ')}</td>
              <td>
                {capacityLabel(t, s.capacityStatus)}
                {s.capacityAvailable !== null && (
                  <div className="small text-secondary">
                    {(s.capacityMaximum !== null
                      ? t('admin.services.placesOf', { available: s.capacityAvailable, maximum: s.capacityMaximum, unit: s.capacityUnit ?? '' })
                      : t('admin.services.places', { available: s.capacityAvailable, unit: s.capacityUnit ?? '' })
                    ).replace(/\s+/g, ' ')}
                  </div>
                )}
              </td>
              <td>{formatDateTime(s.updatedAt, locale)}</td>
              <td>
                <div className="admin-actions">
                  <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => onEdit(s)} data-testid={`service-edit-${s.id}`}>
                    {t('admin.services.edit')}
                    <span className="visually-hidden"> – {s.name}</span>
                  </button>
                  <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => onPublicDetails(s)} data-testid={`service-public-${s.id}`}>
                    {t('org.publicDetails.open')}
                    <span className="visually-hidden"> – {s.name}</span>
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
