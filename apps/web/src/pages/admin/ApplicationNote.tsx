import { useQuery } from '../../api/hooks';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { graphql } from '../../gql';

export interface AntennaApplication {
  applicantName: string;
  applicantPhone: string | null;
  applicantEmail: string | null;
  message: string | null;
  appliedAt: string;
  positionApproximate: boolean;
}

const APPLICATIONS = graphql(`query AntennaApplications { antennas(status: [PROPOSED], first: 100) { nodes { id application { applicantName applicantPhone applicantEmail message appliedAt positionApproximate } } } }`);

/** The applications behind the municipality's PROPOSED antennas, by antenna id. */
export function useApplications(): Map<string, AntennaApplication> {
  const { data } = useQuery(APPLICATIONS);
  return new Map((data?.antennas.nodes ?? []).filter((a) => a.application).map((a) => [a.id, a.application!]));
}

/**
 * Under a PROPOSED antenna that came from the public form: who applied and how to reach them (the
 * applicant's own contact, given for this; shown to the administration only), what they wrote, and
 * that the position is only approximate until it is set.
 */
export function ApplicationNote({ application }: { application: AntennaApplication | null | undefined }) {
  const { t, locale } = useI18n();
  if (!application) return null;
  const a = application;
  return (
    <div className="fw-normal small mt-1 border-start border-3 border-primary ps-2" data-testid="antenna-application">
      <div className="fw-semibold">{t('admin.application.title', { when: formatDateTime(a.appliedAt, locale) })}</div>
      <div>
        {a.applicantName}
        {a.applicantPhone && (
          <>
            {' · '}
            <a href={`tel:${a.applicantPhone.replace(/[^\d+]/g, '')}`}>{a.applicantPhone}</a>
          </>
        )}
        {a.applicantEmail && (
          <>
            {' · '}
            <a href={`mailto:${a.applicantEmail}`}>{a.applicantEmail}</a>
          </>
        )}
      </div>
      {a.message && <div className="fst-italic">«{a.message}»</div>}
      {a.positionApproximate && <div>{t('admin.application.approximate')}</div>}
    </div>
  );
}
