import { FormEvent, ReactElement, useState } from 'react';
import { ApiError, gql } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { newId } from '../../api/newId';
import { ErrorAlert, Loading, errorText } from '../../components/common';
import { formatDate, useI18n } from '../../i18n/i18n';

interface ClassGroup {
  label: string;
  studentCount: number;
  plannedHours: number;
  doneHours: number;
}

interface Protocol {
  id: string;
  schoolName: string;
  schoolCode: string | null;
  neighbourhoodCode: string | null;
  schoolYear: string;
  tutorName: string;
  activities: string[];
  classGroups: ClassGroup[];
  signedOn: string;
  validUntil: string | null;
  plannedHours: number;
  doneHours: number;
  students: number;
}

const FIELDS = 'id schoolName schoolCode neighbourhoodCode schoolYear tutorName activities classGroups { label studentCount plannedHours doneHours } signedOn validUntil plannedHours doneHours students';
const PROTOCOLS = `query { schoolProtocols(first: 100) { nodes { ${FIELDS} } } schoolTotals { schoolYear protocols classGroups students plannedHours doneHours } neighbourhoods { code name } }`;
const SAVE = `mutation($input: SchoolProtocolInput!) { saveSchoolProtocol(input: $input) { ${FIELDS} } }`;

type Draft = Omit<Protocol, 'plannedHours' | 'doneHours' | 'students' | 'schoolCode' | 'neighbourhoodCode' | 'validUntil' | 'activities'> & { schoolCode: string; neighbourhoodCode: string; validUntil: string; activities: string };

const blank = (): Draft => ({ id: newId(), schoolName: '', schoolCode: '', neighbourhoodCode: '', schoolYear: '2026/27', tutorName: '', activities: '', classGroups: [{ label: '', studentCount: 20, plannedHours: 10, doneHours: 0 }], signedOn: '', validUntil: '' });
const toDraft = (p: Protocol): Draft => ({ ...p, schoolCode: p.schoolCode ?? '', neighbourhoodCode: p.neighbourhoodCode ?? '', validUntil: p.validUntil ?? '', activities: p.activities.join('\n') });

/**
 * School protocols (ADMIN): each protocol between a school and the municipality, with its class
 * groups as counts only (never a student's name), planned and done hours, activities and tutor;
 * the totals per school year, as the dashboard will show them.
 */
export function SchoolsPage() {
  const { t, locale } = useI18n();
  const q = useQuery<{ schoolProtocols: { nodes: Protocol[] }; schoolTotals: { schoolYear: string; protocols: number; classGroups: number; students: number; plannedHours: number; doneHours: number }[]; neighbourhoods: { code: string; name: string }[] }>(PROTOCOLS);
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
    </>
  );
}

function ProtocolForm({ draft, neighbourhoods, onCancel, onSaved }: { draft: Draft; neighbourhoods: { code: string; name: string }[]; onCancel(): void; onSaved(): void }) {
  const { t, locale } = useI18n();
  const [d, setD] = useState(draft);
  const [error, setError] = useState<string | null>(null);
  const setGroup = (i: number, patch: Partial<ClassGroup>) => setD({ ...d, classGroups: d.classGroups.map((g, j) => (j === i ? { ...g, ...patch } : g)) });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await gql(SAVE, {
        input: {
          id: d.id, schoolName: d.schoolName, schoolCode: d.schoolCode || undefined, neighbourhoodCode: d.neighbourhoodCode || undefined, schoolYear: d.schoolYear, tutorName: d.tutorName,
          activities: d.activities.split('\n').map((a) => a.trim()).filter(Boolean), classGroups: d.classGroups, signedOn: d.signedOn, validUntil: d.validUntil || undefined,
        },
      });
      onSaved();
    } catch (err) {
      setError(errorText(err as ApiError, t, locale));
    }
  };
  const field = (id: string, label: string, input: ReactElement) => (
    <div className="col-md-6">
      <label htmlFor={id} className="form-label">{label}</label>
      {input}
    </div>
  );
  return (
    <form onSubmit={(e) => void submit(e)} className="card card-body mb-4" aria-labelledby="school-form-heading" data-testid="school-form">
      <h2 id="school-form-heading" className="h5">{t('admin.schools.formTitle')}</h2>
      <div className="row g-2">
        {field('sp-name', t('admin.schools.schoolName'), <input id="sp-name" className="form-control" value={d.schoolName} onChange={(e) => setD({ ...d, schoolName: e.target.value })} />)}
        {field('sp-code', t('admin.schools.schoolCode'), <input id="sp-code" className="form-control" value={d.schoolCode} onChange={(e) => setD({ ...d, schoolCode: e.target.value.toUpperCase() })} />)}
        {field('sp-neighbourhood', t('admin.schools.neighbourhood'), (
          <select id="sp-neighbourhood" className="form-select" value={d.neighbourhoodCode} onChange={(e) => setD({ ...d, neighbourhoodCode: e.target.value })}>
            <option value="">—</option>
            {neighbourhoods.map((n) => <option key={n.code} value={n.code}>{n.name}</option>)}
          </select>
        ))}
        {field('sp-year', t('admin.schools.schoolYear'), <input id="sp-year" className="form-control" value={d.schoolYear} onChange={(e) => setD({ ...d, schoolYear: e.target.value })} placeholder="2026/27" />)}
        {field('sp-tutor', t('admin.schools.tutor'), <input id="sp-tutor" className="form-control" value={d.tutorName} onChange={(e) => setD({ ...d, tutorName: e.target.value })} />)}
        {field('sp-signed', t('admin.schools.signedOnLabel'), <input id="sp-signed" type="date" className="form-control" value={d.signedOn} onChange={(e) => setD({ ...d, signedOn: e.target.value })} />)}
        {field('sp-until', t('admin.schools.validUntil'), <input id="sp-until" type="date" className="form-control" value={d.validUntil} onChange={(e) => setD({ ...d, validUntil: e.target.value })} />)}
        <div className="col-12">
          <label htmlFor="sp-activities" className="form-label">{t('admin.schools.activities')}</label>
          <textarea id="sp-activities" className="form-control" rows={3} value={d.activities} onChange={(e) => setD({ ...d, activities: e.target.value })} aria-describedby="sp-activities-help" />
          <div id="sp-activities-help" className="form-text">{t('admin.schools.activitiesHelp')}</div>
        </div>
      </div>
      <fieldset className="mt-3">
        <legend className="fs-6">{t('admin.schools.classGroups')}</legend>
        <p className="small text-muted">{t('admin.schools.countsOnly')}</p>
        {d.classGroups.map((g, i) => (
          <div className="row g-2 mb-2" key={i}>
            <div className="col-3"><label className="form-label small" htmlFor={`sg-label-${i}`}>{t('admin.schools.classGroup')}</label><input id={`sg-label-${i}`} className="form-control form-control-sm" value={g.label} onChange={(e) => setGroup(i, { label: e.target.value })} /></div>
            <div className="col-3"><label className="form-label small" htmlFor={`sg-students-${i}`}>{t('admin.schools.students')}</label><input id={`sg-students-${i}`} type="number" min={1} max={60} className="form-control form-control-sm" value={g.studentCount} onChange={(e) => setGroup(i, { studentCount: Number(e.target.value) })} /></div>
            <div className="col-3"><label className="form-label small" htmlFor={`sg-planned-${i}`}>{t('admin.schools.plannedHours')}</label><input id={`sg-planned-${i}`} type="number" min={0} className="form-control form-control-sm" value={g.plannedHours} onChange={(e) => setGroup(i, { plannedHours: Number(e.target.value) })} /></div>
            <div className="col-3"><label className="form-label small" htmlFor={`sg-done-${i}`}>{t('admin.schools.doneHours')}</label><input id={`sg-done-${i}`} type="number" min={0} className="form-control form-control-sm" value={g.doneHours} onChange={(e) => setGroup(i, { doneHours: Number(e.target.value) })} /></div>
          </div>
        ))}
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setD({ ...d, classGroups: [...d.classGroups, { label: '', studentCount: 20, plannedHours: 10, doneHours: 0 }] })}>{t('admin.schools.addClassGroup')}</button>
      </fieldset>
      {error && <p role="alert" className="text-danger mt-2">{error}</p>}
      <div className="d-flex gap-2 mt-3">
        <button type="submit" className="btn btn-primary">{t('admin.schools.save')}</button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>{t('admin.schools.cancel')}</button>
      </div>
    </form>
  );
}
