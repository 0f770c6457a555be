import { SuppressedCell } from '../../components/SuppressedCell';
import { useI18n } from '../../i18n/i18n';
import type { NeighbourhoodRow } from './mapData';
import { TableScroll } from '../../components/TableScroll';

/** The map's data as a table: the accessible way to read it. */
export function NeighbourhoodTable({ rows, k }: { rows: NeighbourhoodRow[]; k: number }) {
  const { t } = useI18n();
  return (
    <TableScroll className="dashboard-table-scroll" label={t('dashboard.neighbourhoods.caption')}>
      <table className="table table-sm table-striped dashboard-table" data-testid="neighbourhood-table">
        <caption>{t('dashboard.neighbourhoods.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.neighbourhoods.name')}</th>
            <th scope="col" className="text-end">{t('dashboard.neighbourhoods.population')}</th>
            <th scope="col" className="text-end">{t('dashboard.neighbourhoods.reports')}</th>
            <th scope="col" className="text-end">{t('dashboard.neighbourhoods.reportsPer1000')}</th>
            <th scope="col" className="text-end">{t('dashboard.neighbourhoods.needs')}</th>
            <th scope="col" className="text-end">{t('dashboard.neighbourhoods.antennas')}</th>
            <th scope="col" className="text-end">{t('dashboard.neighbourhoods.antennasPer1000')}</th>
            <th scope="col">{t('dashboard.neighbourhoods.desert')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} data-testid={`neighbourhood-row-${r.code}`}>
              <th scope="row">{r.name}</th>
              <td className="text-end">
                <SuppressedCell value={r.population} nullMeans="missing" />
              </td>
              <td className="text-end" data-testid={`neighbourhood-reports-${r.code}`}>
                <SuppressedCell value={r.reports} reason={r.reportsReason} k={k} />
              </td>
              <td className="text-end">
                <SuppressedCell value={r.reportsPer1000} suppressed={r.reports === null} reason={r.reportsReason} k={k} nullMeans="missing" digits={1} />
              </td>
              <td className="text-end">
                <SuppressedCell value={r.needs} reason={r.needsReason} k={k} />
              </td>
              <td className="text-end">
                <SuppressedCell value={r.activeAntennas} nullMeans="missing" />
              </td>
              <td className="text-end">
                <SuppressedCell value={r.antennasPer1000} nullMeans="missing" digits={2} />
              </td>
              <td>{r.desert ? <strong>{t('dashboard.neighbourhoods.desertYes')}</strong> : t('common.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
