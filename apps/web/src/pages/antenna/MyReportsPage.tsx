import { PageTitle } from '../../components/common';

export function MyReportsPage() {
  return <PageTitle>MyReportsPage</PageTitle>;
}
