import { useQuery, useSubscription } from '../../api/hooks';
import { ApiError } from '../../api/client';
import type { UnmetWhy } from './AlertWhy';
import { graphql } from '../../gql';

/** A desk alert as the social desk's pages read it (no personal data). */
export interface DeskAlert {
  id: string;
  reportId: string;
  /** The report's reference code (e.g. CB-7K4Q), when known. */
  reportReference?: string | null;
  kind: string;
  needs: string[];
  createdAt: string;
  severity?: number;
  acknowledgedAt?: string | null;
  acknowledgedByName?: string | null;
  resolvedAt?: string | null;
  resolution?: string | null;
  escalationLevel?: number;
  escalatedAt?: string | null;
  /** unmet, exhausted: why each service covering a need was left out. */
  why?: UnmetWhy[] | null;
}

graphql(`fragment DeskAlertFields on DeskAlert { id reportId reportReference kind needs createdAt severity acknowledgedAt acknowledgedByName resolvedAt resolution escalationLevel escalatedAt why { need services { serviceName reasons } } }`);

export const DESK_ALERTS = graphql(`query DeskAlerts($reportId: ID, $first: Int, $includeResolved: Boolean) {
  deskAlerts(reportId: $reportId, first: $first, includeResolved: $includeResolved) { nodes { ...DeskAlertFields } pageInfo { hasNextPage } }
}`);
export const DESK_ALERT_RAISED = graphql(`subscription DeskAlertRaised { deskAlertRaised { alertId reportId } }`);
export const DESK_ALERT_CHANGED = graphql(`subscription DeskAlertChanged { deskAlertChanged { alertId reportId change } }`);
export const ACKNOWLEDGE_DESK_ALERT = graphql(`mutation AcknowledgeDeskAlert($id: ID!) { acknowledgeDeskAlert(id: $id) { ...DeskAlertFields } }`);

/** An emergency nobody has acknowledged yet: pinned on top of the triage page. */
export const isUnacknowledgedEmergency = (a: DeskAlert) => a.kind === 'emergency' && !a.acknowledgedAt && !a.resolvedAt;

/**
 * The desk's alerts in the API's order (open first, the most severe first, then the oldest),
 * following both live feeds: a new alert (`onRaised` lets the page refresh what it may change)
 * and a change to one (acknowledged by a colleague, resolved with its report, escalated).
 */
export function useDeskAlerts({ reportId, first, onRaised }: { reportId?: string; first: number; onRaised?: () => void }): {
  alerts: DeskAlert[];
  more: boolean;
  loaded: boolean;
  error: ApiError | undefined;
  reload(): Promise<void>;
} {
  const variables = reportId ? { reportId, first, includeResolved: true } : { first };
  const { data, error, reload } = useQuery(DESK_ALERTS, variables);
  const mine = (id: string) => !reportId || id === reportId;
  useSubscription(
    DESK_ALERT_RAISED,
    (d) => {
      if (!mine(d.deskAlertRaised.reportId)) return;
      void reload();
      onRaised?.();
    },
    true,
    () => void reload(),
  );
  useSubscription(DESK_ALERT_CHANGED, (d) => {
    if (mine(d.deskAlertChanged.reportId)) void reload();
  });
  return { alerts: data?.deskAlerts.nodes ?? [], more: data?.deskAlerts.pageInfo?.hasNextPage ?? false, loaded: !!data, error, reload };
}
