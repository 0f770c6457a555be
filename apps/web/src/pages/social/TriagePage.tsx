import { PageTitle } from '../../components/common';

export function TriagePage() {
  return <PageTitle>TriagePage</PageTitle>;
}
