import { PageTitle } from '../../components/common';

export function ReportPage() {
  return <PageTitle>ReportPage</PageTitle>;
}
