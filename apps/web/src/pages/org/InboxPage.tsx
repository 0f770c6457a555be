import { PageTitle } from '../../components/common';

export function InboxPage() {
  return <PageTitle>InboxPage</PageTitle>;
}
