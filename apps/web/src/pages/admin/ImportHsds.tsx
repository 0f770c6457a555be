import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, uploadFile } from '../../api/client';
import { ErrorAlert, localPart } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from '../../components/form';
import { StatusMessage } from './shared';

type Format = 'hsds-tabular' | 'hsds-objects';

interface ReportRow {
  table: string;
  ref: string;
  id: string | null;
  status: string;
  fields: { field: string; status: string; message: string | null }[];
}

interface Result {
  imported: boolean;
  organisations: number;
  services: number;
  problems: { line: number; field: string; message: string }[];
  report: {
    source: string;
    tables: { table: string; created: number; updated: number; unchanged: number; refused: number; warnings: number }[];
    rows: ReportRow[];
    rowsLeftOut: number;
    unrouted: number;
    unmappedTerms: number;
    ignored: string[];
  } | null;
}

/** Ten megabytes: what the upload route takes. */
const MAX_UPLOAD = 10 * 1024 * 1024;

/**
 * Another publisher's directory in Open Referral HSDS 3.0: a tabular data package (the zip, or
 * datapackage.json) or JSON objects as the HSDS API returns them. Sent to the ADMIN upload route
 * (up to 10 MB); every valid row lands and the answer says what happened to each, field by field.
 */
export function ImportHsds() {
  const { t, locale } = useI18n();
  const [format, setFormat] = useState<Format>('hsds-tabular');
  const [file, setFile] = useState<File>();
  const [fileKey, setFileKey] = useState(0);
  const [source, setSource] = useState('');
  const [problem, setProblem] = useState<string>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [result, setResult] = useState<Result>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setResult(undefined);
    setError(undefined);
    if (!file) return setProblem(t('admin.import.noFile'));
    if (file.size > MAX_UPLOAD) return setProblem(t('admin.hsds.tooBig'));
    if (source && !/^[a-z0-9][a-z0-9._-]{0,79}$/.test(source)) return setProblem(t('admin.hsds.badSource'));
    setProblem(undefined);
    setPending(true);
    try {
      const query = new URLSearchParams({ format, ...(source ? { source } : {}) });
      const type = file.name.toLowerCase().endsWith('.zip') ? 'application/zip' : 'application/octet-stream';
      setResult(await uploadFile<Result>(`/admin/directory-import?${query}`, await file.arrayBuffer(), type));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []));
    } finally {
      setPending(false);
    }
  }

  const r = result?.report;
  const flagged = r?.rows.filter((row) => row.status === 'refused' || row.fields.some((f) => f.status === 'warning')) ?? [];
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="import-hsds-title">
      <h2 id="import-hsds-title" className="h4">{t('admin.hsds.title')}</h2>
      <p>{t('admin.hsds.intro')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="import-hsds-form">
        <ErrorAlert error={error} />
        <ChoiceGroup
          id="import-hsds-format"
          legend={t('admin.import.format')}
          single
          options={[
            { value: 'hsds-tabular', label: t('admin.hsds.tabular') },
            { value: 'hsds-objects', label: t('admin.hsds.objects') },
          ]}
          selected={[format]}
          onChange={(s) => {
            setFormat((s[0] as Format) ?? 'hsds-tabular');
            setFile(undefined);
            setFileKey((k) => k + 1);
            setProblem(undefined);
          }}
        />
        <div className="mb-3">
          <label htmlFor="import-hsds-file" className="form-label fw-semibold">{t('admin.hsds.file')}</label>
          <input key={fileKey} id="import-hsds-file" type="file" accept={format === 'hsds-tabular' ? '.zip,application/zip' : '.json,application/json'}
            className={`form-control${problem ? ' is-invalid' : ''}`} aria-describedby="import-hsds-file-hint" aria-invalid={problem ? true : undefined}
            onChange={(e) => setFile(e.target.files?.[0])} data-testid="import-hsds-file" />
          <div id="import-hsds-file-hint" className="form-text text-secondary">{t(format === 'hsds-tabular' ? 'admin.hsds.tabularHint' : 'admin.hsds.objectsHint')}</div>
          {problem && <div className="invalid-feedback d-block" role="alert">{problem}</div>}
        </div>
        <div className="mb-3">
          <label htmlFor="import-hsds-source" className="form-label">{t('admin.hsds.source')}</label>
          <input id="import-hsds-source" type="text" className="form-control" style={{ maxWidth: '20rem' }} value={source} onChange={(e) => setSource(e.target.value.toLowerCase())} aria-describedby="import-hsds-source-hint" data-testid="import-hsds-source" />
          <div id="import-hsds-source-hint" className="form-text text-secondary">{t('admin.hsds.sourceHint')}</div>
        </div>
        <button type="submit" className="btn btn-primary" disabled={pending} data-testid="import-hsds-submit">
          {pending ? t('admin.import.sending') : t('admin.hsds.submit')}
        </button>
      </form>
      {result && (
        <div className="mt-3" data-testid="import-hsds-report">
          <StatusMessage
            message={result.imported ? t('admin.hsds.done', { organisations: result.organisations, services: result.services }) : t('admin.hsds.nothing')}
            testId="import-hsds-status"
          />
          {r && (
            <>
              <div className="table-responsive">
                <table className="table table-sm">
                  <caption>{t('admin.hsds.tablesCaption', { source: r.source })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.hsds.table')}</th>
                      <th scope="col">{t('admin.hsds.created')}</th>
                      <th scope="col">{t('admin.hsds.updated')}</th>
                      <th scope="col">{t('admin.hsds.unchanged')}</th>
                      <th scope="col">{t('admin.hsds.refused')}</th>
                      <th scope="col">{t('admin.hsds.warnings')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.tables.map((row) => (
                      <tr key={row.table}>
                        <th scope="row">{row.table}</th>
                        <td>{row.created}</td>
                        <td>{row.updated}</td>
                        <td>{row.unchanged}</td>
                        <td>{row.refused}</td>
                        <td>{row.warnings}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {(r.unrouted > 0 || r.unmappedTerms > 0) && (
                <div className="alert alert-warning" role="note" data-testid="import-hsds-unrouted">
                  <p className="mb-1">{t('admin.hsds.unrouted', { n: r.unrouted, terms: r.unmappedTerms })}</p>
                  <Link to="/admin/tassonomie">{t('admin.hsds.toMapping')}</Link>
                </div>
              )}
              {r.ignored.length > 0 && <p className="small">{t('admin.hsds.ignored', { files: r.ignored.join(', ') })}</p>}
              {flagged.length > 0 && (
                <details open={flagged.length <= 20}>
                  <summary>{t('admin.hsds.rowsTitle', { n: flagged.length })}</summary>
                  <ul className="small mt-2" data-testid="import-hsds-rows">
                    {flagged.map((row) => (
                      <li key={row.ref}>
                        <span className="font-monospace">{row.ref}</span> {row.id ? `(${row.id}) ` : ''}– {t(`admin.hsds.status.${row.status}`)}
                        <ul>
                          {row.fields.filter((f) => f.status === 'warning' || f.status === 'refused').map((f, i) => (
                            <li key={`${f.field}-${i}`}>
                              <span className="font-monospace">{f.field}</span>: {f.status === 'refused' ? t('admin.hsds.fieldRefused') : t('admin.hsds.fieldWarning')} {f.message ? localPart(f.message, locale) : ''}
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {r.rowsLeftOut > 0 && <p className="small">{t('admin.hsds.leftOut', { n: r.rowsLeftOut })}</p>}
            </>
          )}
        </div>
      )}
    </section>
  );
}
