import { ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router-dom';
import { homeFor, Role, useSession } from '../auth/session';
import { hasKey, LOCALES, Translate, useI18n } from '../i18n/i18n';

interface NavItem {
  to: string;
  key: string;
  roles: Role[];
}

/**
 * Whose service this is: the signed-in person's municipality (one deployment may serve a whole
 * region), named when the dictionaries know its ISTAT code; before sign-in, the service in general.
 */
export function municipalityLabel(t: Translate, code: string | undefined): string {
  if (!code) return t('common.municipality.signedOut');
  const nameKey = `common.municipalityNames.${code}`;
  return hasKey('it', nameKey) ? t('common.municipality.named', { name: t(nameKey) }) : t('common.municipality.byCode', { code });
}

/** The menu: each person sees only the pages of their role. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/segnala', key: 'flag', roles: ['ANTENNA'] },
  { to: '/mie-segnalazioni', key: 'myReports', roles: ['ANTENNA'] },
  { to: '/inbox', key: 'inbox', roles: ['ORG_OPERATOR'] },
  { to: '/servizi', key: 'capacity', roles: ['ORG_OPERATOR'] },
  { to: '/gestione-iniziative', key: 'initiatives', roles: ['ORG_OPERATOR', 'ADMIN'] },
  { to: '/volontari/ente', key: 'orgVolunteers', roles: ['ORG_OPERATOR'] },
  { to: '/volontari/turni', key: 'myShifts', roles: ['CITIZEN'] },
  { to: '/volontari', key: 'volunteerProfile', roles: ['CITIZEN'] },
  { to: '/triage', key: 'triage', roles: ['SOCIAL_WORKER'] },
  { to: '/dashboard', key: 'dashboard', roles: ['CITY_ANALYST'] },
  { to: '/admin', key: 'admin', roles: ['ADMIN'] },
];

/** The public pages, for everyone (the menu of someone with no login; the footer for everyone). */
export const PUBLIC_NAV = [
  { to: '/punti', key: 'points' },
  { to: '/catalogo', key: 'catalogue' },
  { to: '/iniziative', key: 'activities' },
  { to: '/aiuto', key: 'help' },
  { to: '/diventa-punto', key: 'apply' },
  { to: '/volontari', key: 'volunteer' },
];

function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('common.language')}>
      {LOCALES.map((l) => (
        <button key={l} type="button" lang={l} className={`btn btn-sm ${l === locale ? 'btn-light' : 'btn-outline-light'}`} aria-pressed={l === locale} onClick={() => setLocale(l)}>
          {t(`common.languageName.${l}`)}
        </button>
      ))}
    </div>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { account, logout } = useSession();
  const navigate = useNavigate();
  const items = account
    ? NAV_ITEMS.filter((item) => item.roles.includes(account.role)).map((item) => ({ to: item.to, label: t(`common.nav.${item.key}`) }))
    : PUBLIC_NAV.map((item) => ({ to: item.to, label: t(`public.nav.${item.key}`) }));
  const municipality = municipalityLabel(t, account?.municipality);
  return (
    <>
      <a className="visually-hidden-focusable skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="it-header-wrapper">
        <div className="it-header-slim-wrapper">
          <div className="container">
            <div className="it-header-slim-wrapper-content app-slim">
              <span className="slim-brand">{municipality}</span>
              <div className="app-slim-right">
                <LanguageSwitch />
                {!account && (
                  <NavLink to="/login" className="btn btn-sm btn-outline-light" data-testid="header-login">
                    {t('public.nav.login')}
                  </NavLink>
                )}
                {account && (
                  <>
                    <span className="signed-in d-none d-md-inline">{t('common.signedInAs', { name: account.displayName })}</span>
                    <NavLink to="/accesso" className="btn btn-sm btn-outline-light app-my-access" data-testid="my-access-link">
                      {t('access.mine.nav')}
                    </NavLink>
                    <button
                      type="button"
                      className="btn btn-sm btn-outline-light"
                      onClick={() => {
                        // Reports not yet sent live only in this tab: signing out drops them, so ask first.
                        const unsent = window.sessionStorage.getItem('prossimo.pending-reports');
                        if (unsent && unsent !== '[]' && !window.confirm(t('common.unsentOnLogout'))) return;
                        // logout never fails: it forgets the session here and tells the server without waiting
                        void logout().then(() => navigate('/login'));
                      }}
                    >
                      {t('common.logout')}
                    </button>
                  </>
                )}
              </div>
            </div>
          </div>
        </div>
        <div className="it-header-center-wrapper app-center">
          <div className="container">
            <div className="it-brand-wrapper">
              <NavLink to={account ? homeFor(account.role) : '/'} className="app-brand">
                <span className="it-brand-title">{t('common.appName')}</span>
                <span className="it-brand-tagline d-none d-md-block">{t('common.tagline')}</span>
              </NavLink>
            </div>
          </div>
        </div>
        {items.length > 0 && (
          <nav className="app-nav" aria-label={t('common.mainNav')}>
            <div className="container">
              <ul>
                {items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} className={({ isActive }) => (isActive ? 'active' : undefined)}>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        )}
      </header>
      <main id="main" className="container py-4">
        {children}
      </main>
      <footer className="it-footer app-footer">
        <div className="container py-3">
          <p className="mb-2">
            {t('common.appName')} · {municipality}
          </p>
          <nav aria-label={t('public.nav.footerLabel')} className="public-footer-links small">
            <NavLink to="/">{t('public.nav.home')}</NavLink>
            {PUBLIC_NAV.map((item) => (
              <NavLink key={item.to} to={item.to}>
                {t(`public.nav.${item.key}`)}
              </NavLink>
            ))}
          </nav>
        </div>
      </footer>
    </>
  );
}
