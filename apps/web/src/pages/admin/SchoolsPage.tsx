import { FormEvent, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/mutation';
import { newId } from '../../api/newId';
import { ErrorAlert, Loading } from '../../components/common';
import { SelectField, TextArea, TextField, serverField } from '../../components/form';
import { graphql } from '../../gql';
import type { SchoolProtocolsQuery } from '../../gql/graphql';
import { formatDate, useI18n } from '../../i18n/i18n';

/**
 * A page of 20 protocols: the gateway's query-cost limit multiplies each node's cost by `first`
 * (100 protocols with their class groups were over it, and the page got a validation error).
 * The fields are written out (no fragments: they cost more under the same limit).
 */
const PROTOCOLS = graphql(`query SchoolProtocols($after: String) {
  schoolProtocols(first: 20, after: $after) {
    nodes { id schoolName schoolCode neighbourhoodCode schoolYear tutorName activities classGroups { label studentCount plannedHours doneHours } signedOn validUntil plannedHours doneHours students }
    pageInfo { hasNextPage endCursor } }
  schoolTotals { schoolYear protocols classGroups students plannedHours doneHours }
  neighbourhoods { code name } }`);
const SAVE = graphql(`mutation SaveSchoolProtocol($input: SchoolProtocolInput!) { saveSchoolProtocol(input: $input) { id } }`);

type Protocol = SchoolProtocolsQuery['schoolProtocols']['nodes'][number];
type ClassGroup = Protocol['classGroups'][number];

type Draft = Omit<Protocol, 'plannedHours' | 'doneHours' | 'students' | 'schoolCode' | 'neighbourhoodCode' | 'validUntil' | 'activities'> & { schoolCode: string; neighbourhoodCode: string; validUntil: string; activities: string };

const blank = (): Draft => ({ id: newId(), schoolName: '', schoolCode: '', neighbourhoodCode: '', schoolYear: '2026/27', tutorName: '', activities: '', classGroups: [{ label: '', studentCount: 20, plannedHours: 10, doneHours: 0 }], signedOn: '', validUntil: '' });
const toDraft = (p: Protocol): Draft => ({ ...p, schoolCode: p.schoolCode ?? '', neighbourhoodCode: p.neighbourhoodCode ?? '', validUntil: p.validUntil ?? '', activities: p.activities.join('\n'), classGroups: p.classGroups.map((g) => ({ ...g })) });

/**
 * School protocols (ADMIN): each protocol between a school and the municipality, with its class
 * groups as counts only (never a student's name), planned and done hours, activities and tutor;
 * the totals per school year, as the dashboard will show them.
 */
export function SchoolsPage() {
  const { t, locale } = useI18n();
  const [after, setAfter] = useState<string | undefined>();
  const q = useQuery(PROTOCOLS, after ? { after } : {});
  const [draft, setDraft] = useState<Draft | null>(null);
  if (q.loading && !q.data) return <Loading />;
  const names = new Map((q.data?.neighbourhoods ?? []).map((n) => [n.code, n.name]));
  return (
    <>
      <h1 className="h3">{t('admin.schools.title')}</h1>
      <p>{t('admin.schools.intro')}</p>
      <ErrorAlert error={q.error} onRetry={() => void q.reload()} />
      <div className="table-responsive mb-4">
        <table className="table table-sm" data-testid="school-totals">
          <caption>{t('admin.schools.totals')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.schools.schoolYear')}</th>
              <th scope="col">{t('admin.schools.protocols')}</th>
              <th scope="col">{t('admin.schools.classGroups')}</th>
              <th scope="col">{t('admin.schools.students')}</th>
              <th scope="col">{t('admin.schools.plannedHours')}</th>
              <th scope="col">{t('admin.schools.doneHours')}</th>
            </tr>
          </thead>
          <tbody>
            {(q.data?.schoolTotals ?? []).map((y) => (
              <tr key={y.schoolYear}>
                <th scope="row">{y.schoolYear}</th>
                <td>{y.protocols}</td>
                <td>{y.classGroups}</td>
                <td>{y.students}</td>
                <td>{y.plannedHours}</td>
                <td>{y.doneHours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="btn btn-primary mb-3" onClick={() => setDraft(blank())} data-testid="school-new">{t('admin.schools.new')}</button>
      {draft && <ProtocolForm draft={draft} neighbourhoods={q.data?.neighbourhoods ?? []} onCancel={() => setDraft(null)} onSaved={() => { setDraft(null); void q.reload(); }} />}
      <ul className="list-unstyled" data-testid="school-protocols">
        {(q.data?.schoolProtocols.nodes ?? []).map((p) => (
          <li key={p.id} className="card mb-3">
            <div className="card-body">
              <h2 className="h5">{p.schoolName} <span className="text-muted small">{p.schoolYear}</span></h2>
              <p className="small mb-2">
                {[p.neighbourhoodCode ? names.get(p.neighbourhoodCode) ?? p.neighbourhoodCode : null, t('admin.schools.tutorIs', { name: p.tutorName }), t('admin.schools.signedOn', { date: formatDate(p.signedOn, locale) })].filter(Boolean).join(' · ')}
              </p>
              <ul className="small">{p.activities.map((a) => <li key={a}>{a}</li>)}</ul>
              <table className="table table-sm mb-2">
                <caption className="visually-hidden">{t('admin.schools.classGroups')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.schools.classGroup')}</th>
                    <th scope="col">{t('admin.schools.students')}</th>
                    <th scope="col">{t('admin.schools.hoursDoneOfPlanned')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.classGroups.map((g) => (
                    <tr key={g.label}>
                      <th scope="row">{g.label}</th>
                      <td>{g.studentCount}</td>
                      <td>{g.doneHours} / {g.plannedHours}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => setDraft(toDraft(p))}>{t('admin.schools.edit')}</button>
            </div>
          </li>
        ))}
      </ul>
      {(after || q.data?.schoolProtocols.pageInfo.hasNextPage) && (
        <div className="d-flex gap-2">
          {after && <button type="button" className="btn btn-outline-secondary" onClick={() => setAfter(undefined)}>{t('admin.schools.first')}</button>}
          {q.data?.schoolProtocols.pageInfo.hasNextPage && (
            <button type="button" className="btn btn-outline-secondary" onClick={() => setAfter(q.data?.schoolProtocols.pageInfo.endCursor ?? undefined)}>{t('admin.schools.next')}</button>
          )}
        </div>
      )}
    </>
  );
}

function ProtocolForm({ draft, neighbourhoods, onCancel, onSaved }: { draft: Draft; neighbourhoods: { code: string; name: string }[]; onCancel(): void; onSaved(): void }) {
  const { t } = useI18n();
  const [d, setD] = useState(draft);
  const { run, pending, error } = useMutation(() => onSaved());
  const blamed = serverField(error?.field);
  const setGroup = (i: number, patch: Partial<ClassGroup>) => setD({ ...d, classGroups: d.classGroups.map((g, j) => (j === i ? { ...g, ...patch } : g)) });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      id: d.id, schoolName: d.schoolName, schoolCode: d.schoolCode || undefined, neighbourhoodCode: d.neighbourhoodCode || undefined, schoolYear: d.schoolYear, tutorName: d.tutorName,
      activities: d.activities.split('\n').map((a) => a.trim()).filter(Boolean), classGroups: d.classGroups, signedOn: d.signedOn, validUntil: d.validUntil || undefined,
    };
    await run(SAVE, { input }, '');
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="card card-body mb-4" aria-labelledby="school-form-heading" data-testid="school-form">
      <h2 id="school-form-heading" className="h5">{t('admin.schools.formTitle')}</h2>
      <ErrorAlert error={error} />
      <div className="row g-2">
        <div className="col-md-6"><TextField id="sp-name" label={t('admin.schools.schoolName')} value={d.schoolName} onChange={(v) => setD({ ...d, schoolName: v })} maxLength={200} blamed={blamed === 'schoolName'} /></div>
        <div className="col-md-6"><TextField id="sp-code" optional label={t('admin.schools.schoolCode')} value={d.schoolCode} onChange={(v) => setD({ ...d, schoolCode: v.toUpperCase() })} maxLength={10} blamed={blamed === 'schoolCode'} /></div>
        <div className="col-md-6">
          <SelectField id="sp-neighbourhood" optional label={t('admin.schools.neighbourhood')} value={d.neighbourhoodCode} onChange={(v) => setD({ ...d, neighbourhoodCode: v })}
            options={[{ value: '', label: '—' }, ...neighbourhoods.map((n) => ({ value: n.code, label: n.name }))]} blamed={blamed === 'neighbourhoodCode'} />
        </div>
        <div className="col-md-6"><TextField id="sp-year" label={t('admin.schools.schoolYear')} hint="2026/27" value={d.schoolYear} onChange={(v) => setD({ ...d, schoolYear: v })} maxLength={7} blamed={blamed === 'schoolYear'} /></div>
        <div className="col-md-6"><TextField id="sp-tutor" label={t('admin.schools.tutor')} value={d.tutorName} onChange={(v) => setD({ ...d, tutorName: v })} maxLength={120} blamed={blamed === 'tutorName'} /></div>
        <div className="col-md-6"><TextField id="sp-signed" type="date" label={t('admin.schools.signedOnLabel')} value={d.signedOn} onChange={(v) => setD({ ...d, signedOn: v })} blamed={blamed === 'signedOn'} /></div>
        <div className="col-md-6"><TextField id="sp-until" type="date" optional label={t('admin.schools.validUntil')} value={d.validUntil} onChange={(v) => setD({ ...d, validUntil: v })} blamed={blamed === 'validUntil'} /></div>
        <div className="col-12"><TextArea id="sp-activities" label={t('admin.schools.activities')} hint={t('admin.schools.activitiesHelp')} value={d.activities} onChange={(v) => setD({ ...d, activities: v })} blamed={blamed === 'activities'} /></div>
      </div>
      <fieldset className="mt-3">
        <legend className="fs-6 fw-semibold">{t('admin.schools.classGroups')}</legend>
        <p className="small text-muted">{t('admin.schools.countsOnly')}</p>
        {d.classGroups.map((g, i) => (
          <div className="row g-2" key={i}>
            <div className="col-6 col-md-3"><TextField id={`sg-label-${i}`} label={t('admin.schools.classGroup')} value={g.label} onChange={(v) => setGroup(i, { label: v })} maxLength={20} blamed={blamed === 'classGroups'} /></div>
            <div className="col-6 col-md-3"><TextField id={`sg-students-${i}`} type="number" inputMode="numeric" min={1} max={60} label={t('admin.schools.students')} value={String(g.studentCount)} onChange={(v) => setGroup(i, { studentCount: Number(v) })} blamed={blamed === 'classGroups'} /></div>
            <div className="col-6 col-md-3"><TextField id={`sg-planned-${i}`} type="number" inputMode="numeric" min={0} label={t('admin.schools.plannedHours')} value={String(g.plannedHours)} onChange={(v) => setGroup(i, { plannedHours: Number(v) })} blamed={blamed === 'classGroups'} /></div>
            <div className="col-6 col-md-3"><TextField id={`sg-done-${i}`} type="number" inputMode="numeric" min={0} label={t('admin.schools.doneHours')} value={String(g.doneHours)} onChange={(v) => setGroup(i, { doneHours: Number(v) })} blamed={blamed === 'classGroups'} /></div>
          </div>
        ))}
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setD({ ...d, classGroups: [...d.classGroups, { label: '', studentCount: 20, plannedHours: 10, doneHours: 0 }] })}>{t('admin.schools.addClassGroup')}</button>
      </fieldset>
      <div className="d-flex gap-2 mt-3">
        <button type="submit" className="btn btn-primary" disabled={pending}>{t('admin.schools.save')}</button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>{t('admin.schools.cancel')}</button>
      </div>
    </form>
  );
}
