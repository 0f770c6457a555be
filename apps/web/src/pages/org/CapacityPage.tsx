import { PageTitle } from '../../components/common';

export function CapacityPage() {
  return <PageTitle>CapacityPage</PageTitle>;
}
