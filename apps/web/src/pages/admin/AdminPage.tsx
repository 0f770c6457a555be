import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import { AntennasPage } from './AntennasPage';
import { OrganisationsPage } from './OrganisationsPage';
import { AccountsPage } from './AccountsPage';
import { ImportPage } from './ImportPage';
import { RetentionPage } from './RetentionPage';
import { TaxonomyPage } from './TaxonomyPage';
import { SchoolsPage } from './SchoolsPage';
import './admin.css';

const SECTIONS = [
  { path: 'antenne', key: 'antennas' },
  { path: 'organizzazioni', key: 'organisations' },
  { path: 'account', key: 'accounts' },
  { path: 'importa', key: 'import' },
  { path: 'tassonomie', key: 'taxonomy' },
  { path: 'conservazione', key: 'retention' },
  { path: 'scuole', key: 'schools' },
];

/** The administration of the municipality: a secondary menu and one sub-page per task. */
export function AdminPage() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  // "/admin" itself shows the antennas
  const current = pathname.replace(/^\/admin\/?/, '').split('/')[0] || 'antenne';
  return (
    <>
      <nav aria-label={t('admin.nav.label')} className="admin-nav mb-4" data-testid="admin-nav">
        <ul className="nav nav-tabs">
          {SECTIONS.map((s) => {
            const active = current === s.path;
            return (
              <li className="nav-item" key={s.key}>
                <Link to={`/admin/${s.path}`} className={`nav-link${active ? ' active' : ''}`} aria-current={active ? 'page' : undefined} data-testid={`admin-nav-${s.key}`}>
                  {t(`admin.nav.${s.key}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <Routes>
        <Route index element={<AntennasPage />} />
        <Route path="antenne" element={<AntennasPage />} />
        <Route path="organizzazioni" element={<OrganisationsPage />} />
        <Route path="account" element={<AccountsPage />} />
        <Route path="importa" element={<ImportPage />} />
        <Route path="tassonomie" element={<TaxonomyPage />} />
        <Route path="conservazione" element={<RetentionPage />} />
        <Route path="scuole" element={<SchoolsPage />} />
        <Route path="*" element={<Navigate to="/admin/antenne" replace />} />
      </Routes>
    </>
  );
}
