import { PageTitle } from '../../components/common';

export function DashboardPage() {
  return <PageTitle>DashboardPage</PageTitle>;
}
