import { PageTitle } from '../../components/common';

export function AdminPage() {
  return <PageTitle>AdminPage</PageTitle>;
}
