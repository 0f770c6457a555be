import { FormEvent, useState } from 'react';
import { useMutation } from '../../api/mutation';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { MAX_GEOJSON_CHARS } from './constants';
import { CheckField } from '../../components/form';
import { compactJson, FileField, FileProblem, readChosen } from './FileField';
import { StatusMessage } from './shared';
import { graphql } from '../../gql';

const IMPORT = graphql(`mutation ImportNeighbourhoods($municipality: String!, $geojson: String!, $approximate: Boolean) {
  importNeighbourhoods(municipality: $municipality, geojson: $geojson, approximate: $approximate) { municipality created updated untouched }
}`);

interface Result {
  municipality: string;
  created: string[];
  updated: string[];
  untouched: string[];
}

function CodeList({ title, codes, testId }: { title: string; codes: string[]; testId: string }) {
  const { t } = useI18n();
  return (
    <div className="mb-2" data-testid={testId}>
      <h4 className="h6 mb-1">
        {title} ({codes.length})
      </h4>
      {codes.length ? (
        <ul className="mb-0">
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : (
        <p className="mb-0">{t('common.none')}</p>
      )}
    </div>
  );
}

/** Neighbourhood boundaries from a GeoJSON FeatureCollection: all or nothing. */
export function ImportNeighbourhoods() {
  const { t } = useI18n();
  const { account } = useSession();
  const { run, pending, error } = useMutation();
  const [file, setFile] = useState<File>();
  const [approximate, setApproximate] = useState(false);
  const [problem, setProblem] = useState<FileProblem>();
  const [result, setResult] = useState<Result>();
  const [message, setMessage] = useState<string>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setResult(undefined);
    setMessage(undefined);
    const read = await readChosen(file);
    if ('problem' in read) return setProblem(read.problem);
    const geojson = compactJson(read.text);
    if (!geojson) return setProblem({ key: 'admin.import.notJson' });
    if (geojson.length > MAX_GEOJSON_CHARS) return setProblem({ key: 'admin.import.tooBig', params: { size: Math.ceil(geojson.length / 1024) } });
    setProblem(undefined);
    const res = await run(IMPORT, { municipality: account?.municipality ?? '', geojson, approximate });
    if (!res) return;
    setResult(res.importNeighbourhoods);
    setMessage(t('admin.import.neighbourhoodsDone', { created: res.importNeighbourhoods.created.length, updated: res.importNeighbourhoods.updated.length }));
  }

  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="import-nb-title">
      <h2 id="import-nb-title" className="h4">
        {t('admin.import.neighbourhoodsTitle')}
      </h2>
      <p>{t('admin.import.neighbourhoodsIntro')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="import-neighbourhoods-form">
        <ErrorAlert error={error} />
        <FileField
          id="import-geojson"
          label={t('admin.import.geojsonFile')}
          hint={t('admin.import.geojsonHint')}
          accept=".geojson,.json"
          error={problem ? t(problem.key, problem.params) : undefined}
          onChange={(f) => {
            setFile(f);
            setProblem(undefined);
          }}
          testId="import-geojson"
        />
        <CheckField id="import-approximate" label={t('admin.import.approximate')} hint={t('admin.import.approximateHint')} checked={approximate} onChange={setApproximate} />
        <button type="submit" className="btn btn-primary" disabled={pending} data-testid="import-neighbourhoods-submit">
          {pending ? t('admin.import.sending') : t('admin.import.neighbourhoodsSubmit')}
        </button>
      </form>
      <div className="mt-3">
        <StatusMessage message={message} testId="import-neighbourhoods-status" />
        {result && (
          <div data-testid="import-neighbourhoods-result">
            <h3 className="h5">{t('admin.import.resultTitle')}</h3>
            <CodeList title={t('admin.import.created')} codes={result.created} testId="import-created" />
            <CodeList title={t('admin.import.updated')} codes={result.updated} testId="import-updated" />
            <CodeList title={t('admin.import.untouched')} codes={result.untouched} testId="import-untouched" />
          </div>
        )}
      </div>
    </section>
  );
}
