import { FormEvent, useEffect, useState } from 'react';
import { useMutation } from '../../api/mutation';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { graphql } from '../../gql';

export const ORG_CONTEXT = graphql(`query OrganisationContext($reportId: ID!) { organisationContext(reportId: $reportId) { text updatedAt } }`);
export const SET_ORG_CONTEXT = graphql(`mutation SetOrganisationContext($reportId: ID!, $text: String!) { setOrganisationContext(reportId: $reportId, text: $text) { text updatedAt } }`);
/** The line is short: organisations read it on the card, before they accept. */
export const ORG_CONTEXT_MAX = 280;

/**
 * The desk's line of context for organisations: what they need to decide before accepting, and
 * never who the person is (the form says so). Sealed in the vault; reading it is recorded.
 */
export function OrgContextEditor({ reportId, canEdit, onDone }: { reportId: string; canEdit: boolean; onDone(message: string): void }) {
  const { t } = useI18n();
  const current = useQuery(ORG_CONTEXT, { reportId });
  const [text, setText] = useState('');
  const { run, pending, error } = useMutation();
  const saved = current.data?.organisationContext?.text ?? '';
  useEffect(() => setText(saved), [saved]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!(await run(SET_ORG_CONTEXT, { reportId, text: value }))) return;
    onDone(t(value ? 'social.done.contextSaved' : 'social.done.contextRemoved'));
    await current.reload();
  }

  const id = `org-context-${reportId}`;
  return (
    <section className="card card-body shadow-sm mb-4" aria-labelledby={`${id}-title`} data-testid="org-context">
      <h2 id={`${id}-title`} className="h4">
        {t('social.orgContext.title')}
      </h2>
      <p className="mb-2">{t('social.orgContext.intro')}</p>
      <ErrorAlert error={current.error} />
      {canEdit ? (
        <form onSubmit={(e) => void save(e)} noValidate>
          <label htmlFor={id} className="form-label fw-semibold">
            {t('social.orgContext.label', { n: ORG_CONTEXT_MAX })}
          </label>
          <p id={`${id}-warning`} className="alert alert-warning small py-2 mb-2">
            {t('social.orgContext.warning')}
          </p>
          <textarea
            id={id}
            className="form-control"
            rows={2}
            maxLength={ORG_CONTEXT_MAX}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={`${id}-warning`}
            data-testid="org-context-text"
          />
          <button type="submit" className="btn btn-primary mt-2" disabled={pending || text.trim() === saved} data-testid="org-context-save">
            {t('social.orgContext.save')}
          </button>
          <ErrorAlert error={error} />
        </form>
      ) : (
        <p className="mb-0">{saved || t('social.orgContext.none')}</p>
      )}
    </section>
  );
}
