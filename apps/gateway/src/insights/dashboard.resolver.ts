import { Args, Query, Resolver } from '@nestjs/graphql';
import { DashboardQueryV1, Role, REQUEST_PATTERNS, SuppressedTableV1, parseContract } from '@prossimo/contracts';
import { Caller, CurrentCaller, Roles } from '../graphql/access';
import { RpcClient } from '../rpc/rpc-client.service';
import { Dashboard, SuppressedTable, SuppressionReason } from './dashboard.models';

/** The city's aggregates (apps/insights), with the one operational counter the reports service keeps. */
@Resolver(() => Dashboard)
export class DashboardResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Roles(Role.CITY_ANALYST)
  @Query(() => Dashboard, { description: 'Aggregates for one municipality over a range of months (default: the last twelve).' })
  async dashboard(
    @CurrentCaller() caller: Caller,
    @Args('municipality', { type: () => String, nullable: true }) municipality?: string,
    @Args('from', { type: () => String, nullable: true, description: 'YYYY-MM or YYYY-MM-DD' }) from?: string,
    @Args('to', { type: () => String, nullable: true, description: 'YYYY-MM or YYYY-MM-DD' }) to?: string,
  ): Promise<Dashboard> {
    // Validated here, not only by the call: the coverage question is derived from it.
    const q = await parseContract(DashboardQueryV1, { ...(municipality ? { municipality } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) });
    const months = { ...(q.municipality ? { municipality: q.municipality } : {}), ...(q.from ? { from: q.from.slice(0, 7) } : {}), ...(q.to ? { to: q.to.slice(0, 7) } : {}) };
    const [d, reports, coverage] = await Promise.all([
      this.rpc.call(REQUEST_PATTERNS.insights.dashboard, q, caller.actor),
      this.rpc.call(REQUEST_PATTERNS.reports.health, {}, undefined),
      this.rpc.call(REQUEST_PATTERNS.antennas.coverage, months, caller.actor),
    ]);
    const table = (t: SuppressedTableV1): SuppressedTable => ({
      rows: t.rows,
      columns: t.columns,
      cells: t.rows.map((row, i) => ({
        row,
        values: t.cells[i],
        reasons: t.reasons.cells[i] as (SuppressionReason | null)[],
        total: t.rowTotals[i],
        totalReason: t.reasons.rowTotals[i] as SuppressionReason | null,
      })),
      rowTotals: t.rowTotals,
      columnTotals: t.columnTotals,
      total: t.total,
      rowTotalReasons: t.reasons.rowTotals as (SuppressionReason | null)[],
      columnTotalReasons: t.reasons.columnTotals as (SuppressionReason | null)[],
      totalReason: t.reasons.total as SuppressionReason | null,
    });
    return {
      ...d,
      reportsByNeighbourhoodAndNeed: table(d.reportsByNeighbourhoodAndNeed),
      reportsByMonthAndNeed: table(d.reportsByMonthAndNeed),
      reportsByNeighbourhoodAndMonth: table(d.reportsByNeighbourhoodAndMonth),
      referralsByState: table(d.referralsByState),
      slaBreachesByMonth: table(d.slaBreachesByMonth),
      unmetNeed: table(d.unmetNeed),
      outcomesByNeighbourhood: table(d.outcomesByNeighbourhood),
      outcomesByMonth: table(d.outcomesByMonth),
      pathwaysOpenedByMonth: table(d.pathwaysOpenedByMonth),
      pathwaysClosedByMonth: table(d.pathwaysClosedByMonth),
      pathwayActionsByMonth: table(d.pathwayActionsByMonth),
      initiativesByNeighbourhoodAndKind: table(d.initiativesByNeighbourhoodAndKind),
      sessionsByNeighbourhoodAndMonth: table(d.sessionsByNeighbourhoodAndMonth),
      seatsOfferedByNeighbourhood: table(d.seatsOfferedByNeighbourhood),
      seatsTakenByNeighbourhood: table(d.seatsTakenByNeighbourhood),
      seatsTakenByMonth: table(d.seatsTakenByMonth),
      prescriptionsByState: table(d.prescriptionsByState),
      firstAttendanceByMonth: table(d.firstAttendanceByMonth),
      firstAttendance: { ...d.firstAttendance, reason: d.firstAttendance.reason as SuppressionReason | null },
      volunteerHoursByNeighbourhoodAndMonth: table(d.volunteerHoursByNeighbourhoodAndMonth),
      coverage,
      unownedReports: Number(reports.details?.unownedReports ?? 0),
    };
  }
}
