import type { Need } from '../../gql/graphql';
import { useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/mutation';
import { ErrorAlert, Loading, PageTitle } from '../../components/common';
import { NEEDS } from '../../domain';
import { useI18n } from '../../i18n/i18n';
import { StatusMessage } from './shared';
import { TableScroll } from '../../components/TableScroll';
import { graphql } from '../../gql';

interface Term {
  id: string;
  taxonomy: string;
  code: string | null;
  name: string;
  description: string | null;
  need: string | null;
  services: number;
}

const TERMS = graphql(`query TaxonomyTerms($mapped: Boolean) { taxonomyTerms(mapped: $mapped, first: 100) { nodes { id taxonomy code name description need services } pageInfo { hasNextPage } } }`);
const MAP = graphql(`mutation MapTerm($termId: ID!, $need: Need) { mapTaxonomyTerm(termId: $termId, need: $need) { servicesUpdated unrouted term { id need } } }`);

/**
 * Other publishers' taxonomy terms (from HSDS imports) and the need each maps to here. A change
 * applies at once to every service carrying the term; a service whose terms map to no need stays
 * in the public catalogue but is never sent referrals.
 */
export function TaxonomyPage() {
  const { t } = useI18n();
  const [only, setOnly] = useState<'' | 'unmapped'>('');
  const { data, error, loading, reload } = useQuery(TERMS, only === 'unmapped' ? { mapped: false } : {});
  const map = useMutation();
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const terms = data?.taxonomyTerms.nodes ?? [];
  const save = async (term: Term) => {
    const need = choice[term.id] ?? term.need ?? '';
    setMessage(undefined);
    const r = await map.run(MAP, { termId: term.id, need: (need || null) as Need | null });
    if (!r) return;
    setMessage(t('admin.taxonomy.saved', { name: term.name, n: r.mapTaxonomyTerm.servicesUpdated, unrouted: r.mapTaxonomyTerm.unrouted }));
    await reload();
  };
  return (
    <>
      <PageTitle subtitle={t('admin.taxonomy.intro')}>{t('admin.taxonomy.title')}</PageTitle>
      <div className="form-check mb-3">
        <input id="taxonomy-unmapped" type="checkbox" className="form-check-input" checked={only === 'unmapped'} onChange={(e) => setOnly(e.target.checked ? 'unmapped' : '')} />
        <label htmlFor="taxonomy-unmapped" className="form-check-label">{t('admin.taxonomy.onlyUnmapped')}</label>
      </div>
      <ErrorAlert error={error ?? map.error} />
      <StatusMessage message={message} testId="taxonomy-status" />
      {loading && !data && <Loading />}
      {data && terms.length === 0 && <p>{t('admin.taxonomy.empty')}</p>}
      {terms.length > 0 && (
        <TableScroll label={t('admin.taxonomy.title')}>
          <table className="table align-middle" data-testid="taxonomy-terms">
            <caption className="visually-hidden">{t('admin.taxonomy.caption', { n: terms.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.taxonomy.term')}</th>
                <th scope="col">{t('admin.taxonomy.taxonomy')}</th>
                <th scope="col">{t('admin.taxonomy.services')}</th>
                <th scope="col">{t('admin.taxonomy.need')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {terms.map((term) => (
                <tr key={term.id} data-testid={`taxonomy-term-${term.code ?? term.id}`}>
                  <th scope="row">
                    {term.name}
                    {term.code && <div className="small fw-normal font-monospace">{term.code}</div>}
                  </th>
                  <td>{term.taxonomy}</td>
                  <td>{term.services}</td>
                  <td>
                    <label htmlFor={`need-${term.id}`} className="visually-hidden">{t('admin.taxonomy.needFor', { name: term.name })}</label>
                    <select id={`need-${term.id}`} className="form-select form-select-sm" value={choice[term.id] ?? term.need ?? ''} onChange={(e) => setChoice((c) => ({ ...c, [term.id]: e.target.value }))} data-testid={`taxonomy-need-${term.code ?? term.id}`}>
                      <option value="">{t('admin.taxonomy.noNeed')}</option>
                      {NEEDS.map((n) => (
                        <option key={n} value={n}>{t(`common.need.${n}`)}</option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button type="button" className="btn btn-sm btn-primary" onClick={() => void save(term)} disabled={map.pending} data-testid={`taxonomy-save-${term.code ?? term.id}`}>
                      {t('common.save')}
                      <span className="visually-hidden"> – {term.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
