import { PageTitle } from '../../components/common';

export function FlagPage() {
  return <PageTitle>FlagPage</PageTitle>;
}
