import { formatMonth, useI18n } from '../../i18n/i18n';
import { CsvDownload, CsvTableName } from './CsvDownload';
import { monthKey } from './format';
import type { Period } from './PeriodSelector';
import { SuppressedTableView } from './SuppressedTableView';
import type { Dashboard, SuppressedTable } from './types';

interface Props {
  dashboard: Dashboard;
  period: Period;
  neighbourhoodLabel(code: string): string;
}

/**
 * «Attività e luoghi»: what apps/community offers the city (initiatives by kind, sessions, seats
 * open to all and held for people the social desk refers, seats taken), per neighbourhood and
 * month, with the same small-cell rule as every other table. Prescriptions, first attendance and
 * volunteer hours follow in PrescriptionsSection, which also lists the figures still to come.
 */
export function CommunitySection({ dashboard, period, neighbourhoodLabel }: Props) {
  const { t, locale } = useI18n();
  const monthLabel = (m: string) => formatMonth(monthKey(m), locale);
  const kindLabel = (k: string) => t(`community.kind.${k}`);
  const seatLabel = (k: string) => t(`dashboard.community.seatKind.${k}`);
  const block = (name: CsvTableName, table: SuppressedTable, rows: 'neighbourhood' | 'month', columnLabel: (c: string) => string, testId: string) => (
    <div className="mt-4" key={name}>
      <h3 className="h5">{t(`dashboard.community.${name}.title`)}</h3>
      <p className="small">{t(`dashboard.community.${name}.help`)}</p>
      <CsvDownload table={name} period={period} label={t(`dashboard.community.${name}.title`)} />
      <SuppressedTableView
        table={table}
        caption={t(`dashboard.community.${name}.caption`)}
        rowHeader={rows === 'neighbourhood' ? t('dashboard.neighbourhoods.name') : t('dashboard.tables.month')}
        rowLabel={rows === 'neighbourhood' ? neighbourhoodLabel : monthLabel}
        columnLabel={columnLabel}
        k={dashboard.k}
        testId={testId}
      />
    </div>
  );
  return (
    <section aria-labelledby="dashboard-community" className="mb-5" data-testid="dashboard-community">
      <h2 id="dashboard-community" className="h4">
        {t('dashboard.sections.community')}
      </h2>
      <p className="small">{t('dashboard.community.intro')}</p>
      {block('initiativesByNeighbourhoodAndKind', dashboard.initiativesByNeighbourhoodAndKind, 'neighbourhood', kindLabel, 'table-initiatives-by-kind')}
      {block('sessionsByNeighbourhoodAndMonth', dashboard.sessionsByNeighbourhoodAndMonth, 'neighbourhood', monthLabel, 'table-sessions-by-month')}
      {block('seatsOfferedByNeighbourhood', dashboard.seatsOfferedByNeighbourhood, 'neighbourhood', seatLabel, 'table-seats-offered')}
      {block('seatsTakenByNeighbourhood', dashboard.seatsTakenByNeighbourhood, 'neighbourhood', seatLabel, 'table-seats-taken')}
      {block('seatsTakenByMonth', dashboard.seatsTakenByMonth, 'month', seatLabel, 'table-seats-taken-by-month')}
    </section>
  );
}
