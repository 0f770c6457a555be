import { FormEvent, useState } from 'react';
import { useMutation } from '../../api/mutation';
import { ErrorAlert, localPart } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from '../../components/form';
import { compactJson, FileField, FileProblem, readChosen } from './FileField';
import { downloadDirectoryTemplate } from './directoryTemplate';
import { StatusMessage } from './shared';
import { graphql } from '../../gql';

const IMPORT = graphql(`mutation ImportDirectory($content: String!, $format: String!) {
  importDirectory(content: $content, format: $format) { imported organisations services problems { line field message } }
}`);

type Format = 'hsds-json' | 'csv';

interface Result {
  imported: boolean;
  organisations: number;
  services: number;
  problems: { line: number; field: string; message: string }[];
}

/** The directory of organisations and services from an HSDS JSON package or a CSV: all rows, or none. */
export function ImportDirectory() {
  const { t, locale } = useI18n();
  const { run, pending, error } = useMutation();
  const [format, setFormat] = useState<Format>('hsds-json');
  const [file, setFile] = useState<File>();
  const [fileKey, setFileKey] = useState(0);
  const [problem, setProblem] = useState<FileProblem>();
  const [result, setResult] = useState<Result>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setResult(undefined);
    const read = await readChosen(file);
    if ('problem' in read) return setProblem(read.problem);
    let content = read.text;
    if (format === 'hsds-json') {
      const compact = compactJson(content);
      if (!compact) return setProblem({ key: 'admin.import.notJson' });
      content = compact;
    }
    setProblem(undefined);
    const res = await run(IMPORT, { content, format });
    if (!res) return;
    setResult(res.importDirectory);
  }

  const where = (line: number) => t(format === 'csv' ? 'admin.import.line' : 'admin.import.record', { line });

  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby="import-dir-title">
      <h2 id="import-dir-title" className="h4">
        {t('admin.import.directoryTitle')}
      </h2>
      <p>{t('admin.import.directoryIntro')}</p>
      <p className="mb-3">
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={downloadDirectoryTemplate} data-testid="import-template">
          {t('admin.import.template')}
        </button>
        <span className="d-block small mt-1">{t('admin.import.templateHint')}</span>
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="import-directory-form">
        <ErrorAlert error={error} />
        <ChoiceGroup
          id="import-format"
          legend={t('admin.import.format')}
          single
          options={[
            { value: 'hsds-json', label: t('admin.import.formatJson') },
            { value: 'csv', label: t('admin.import.formatCsv') },
          ]}
          selected={[format]}
          onChange={(s) => {
            setFormat((s[0] as Format) ?? 'hsds-json');
            // the file chooser starts again: it only offers files of the chosen kind
            setFile(undefined);
            setFileKey((k) => k + 1);
            setProblem(undefined);
          }}
        />
        <FileField
          key={fileKey}
          id="import-directory-file"
          label={t('admin.import.directoryFile')}
          hint={t(format === 'csv' ? 'admin.import.csvHint' : 'admin.import.jsonHint')}
          accept={format === 'csv' ? '.csv,text/csv' : '.json,application/json'}
          error={problem ? t(problem.key, problem.params) : undefined}
          onChange={(f) => {
            setFile(f);
            setProblem(undefined);
          }}
          testId="import-directory-file"
        />
        <button type="submit" className="btn btn-primary" disabled={pending} data-testid="import-directory-submit">
          {pending ? t('admin.import.sending') : t('admin.import.directorySubmit')}
        </button>
      </form>
      <div className="mt-3">
        <StatusMessage
          message={result?.imported ? t('admin.import.directoryDone', { organisations: result.organisations, services: result.services }) : undefined}
          testId="import-directory-status"
        />
        {result && !result.imported && (
          <div className="alert alert-danger" role="alert" data-testid="import-directory-problems">
            <h3 className="h5">{t('admin.import.problemsTitle', { count: result.problems.length })}</h3>
            <p>{t('admin.import.problemsIntro')}</p>
            <ul className="mb-0">
              {result.problems.map((p, i) => (
                <li key={`${p.line}-${p.field}-${i}`}>
                  {t('admin.import.problem', { where: where(p.line), field: p.field, message: localPart(p.message, locale) })}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
