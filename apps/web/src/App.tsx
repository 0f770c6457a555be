import { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { homeFor, Role, useSession } from './auth/session';
import { Loading, PageTitle } from './components/common';
import { useI18n } from './i18n/i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './pages/LoginPage';
import { AccountTokenPage } from './pages/AccountTokenPage';
import { FlagPage } from './pages/antenna/FlagPage';
import { MyReportsPage } from './pages/antenna/MyReportsPage';
import { InboxPage } from './pages/org/InboxPage';
import { CapacityPage } from './pages/org/CapacityPage';
import { TriagePage } from './pages/social/TriagePage';
import { ReportPage } from './pages/social/ReportPage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { AdminPage } from './pages/admin/AdminPage';
import { HomePage } from './pages/public/HomePage';
import { FindPointPage } from './pages/public/FindPointPage';
import { PointPage } from './pages/public/PointPage';
import { CataloguePage } from './pages/public/CataloguePage';
import { ServicePage } from './pages/public/ServicePage';
import { HelpPage } from './pages/public/HelpPage';
import { ApplyPage } from './pages/public/ApplyPage';
import { CodePage } from './pages/access/CodePage';
import { ForgotPasswordPage } from './pages/access/ForgotPasswordPage';
import { MyAccessPage } from './pages/access/MyAccessPage';
import { InitiativesPage } from './pages/community/InitiativesPage';
import { InitiativePage } from './pages/community/InitiativePage';
import { ManageInitiativesPage } from './pages/community/ManageInitiativesPage';
import { VolunteerSignUpPage } from './pages/volunteers/SignUpPage';
import { MyShiftsPage } from './pages/volunteers/MyShiftsPage';
import { OrganisationVolunteersPage } from './pages/volunteers/OrganisationVolunteersPage';

/** A page for some roles only: others are sent to sign in, or told the page is not for them. */
function Guard({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { account, restoring } = useSession();
  const location = useLocation();
  const { t } = useI18n();
  if (restoring) return <Loading />;
  if (!account) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (!roles.includes(account.role)) {
    return (
      <>
        <PageTitle>{t('common.forbidden')}</PageTitle>
        <a href={homeFor(account.role)}>{t('common.backHome')}</a>
      </>
    );
  }
  return <>{children}</>;
}

/** The public home for a resident with no login; someone signed in lands on their role's first page. */
function Home() {
  const { account, restoring } = useSession();
  if (restoring) return <Loading />;
  return account ? <Navigate to={homeFor(account.role)} replace /> : <HomePage />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('common.notFound')}</PageTitle>
      <a href="/">{t('common.backHome')}</a>
    </>
  );
}

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<Home />} />
        <Route path="/login" element={<LoginPage />} />
        <Route path="/punti" element={<FindPointPage />} />
        <Route path="/punti/:id" element={<PointPage />} />
        <Route path="/catalogo" element={<CataloguePage />} />
        <Route path="/catalogo/:id" element={<ServicePage />} />
        <Route path="/iniziative" element={<InitiativesPage />} />
        <Route path="/iniziative/:id" element={<InitiativePage />} />
        <Route path="/aiuto" element={<HelpPage />} />
        <Route path="/diventa-punto" element={<ApplyPage />} />
        <Route path="/invito" element={<AccountTokenPage mode="invite" />} />
        <Route path="/reimposta" element={<AccountTokenPage mode="reset" />} />
        <Route path="/codice" element={<CodePage />} />
        <Route path="/password-dimenticata" element={<ForgotPasswordPage />} />
        <Route path="/accesso" element={<Guard roles={['ANTENNA', 'ORG_OPERATOR', 'SOCIAL_WORKER', 'CITY_ANALYST', 'ADMIN', 'CITIZEN']}><MyAccessPage /></Guard>} />
        <Route path="/volontari" element={<VolunteerSignUpPage />} />
        <Route path="/volontari/turni" element={<Guard roles={['CITIZEN']}><MyShiftsPage /></Guard>} />
        <Route path="/volontari/ente" element={<Guard roles={['ORG_OPERATOR']}><OrganisationVolunteersPage /></Guard>} />
        <Route path="/segnala" element={<Guard roles={['ANTENNA']}><FlagPage /></Guard>} />
        <Route path="/mie-segnalazioni" element={<Guard roles={['ANTENNA']}><MyReportsPage /></Guard>} />
        <Route path="/inbox" element={<Guard roles={['ORG_OPERATOR']}><InboxPage /></Guard>} />
        <Route path="/servizi" element={<Guard roles={['ORG_OPERATOR']}><CapacityPage /></Guard>} />
        <Route path="/gestione-iniziative" element={<Guard roles={['ORG_OPERATOR', 'ADMIN']}><ManageInitiativesPage /></Guard>} />
        <Route path="/triage" element={<Guard roles={['SOCIAL_WORKER']}><TriagePage /></Guard>} />
        <Route path="/segnalazioni/:id" element={<Guard roles={['SOCIAL_WORKER']}><ReportPage /></Guard>} />
        <Route path="/dashboard" element={<Guard roles={['CITY_ANALYST']}><DashboardPage /></Guard>} />
        <Route path="/admin/*" element={<Guard roles={['ADMIN']}><AdminPage /></Guard>} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Layout>
  );
}
