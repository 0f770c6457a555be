import { registerEnumType } from '@nestjs/graphql';
import { AgeBand, AntennaKind, CoarseStatus, Need, ReferralStatus, ReferralTargetKind, Role, Urgency } from '@prossimo/contracts';

registerEnumType(Role, { name: 'Role' });
registerEnumType(Need, { name: 'Need', description: 'The needs taxonomy (ARCHITECTURE.md)' });
registerEnumType(Urgency, { name: 'Urgency' });
registerEnumType(AgeBand, { name: 'AgeBand' });
registerEnumType(ReferralStatus, { name: 'ReferralStatus', description: 'FHIR SDOH referral Task statuses' });
registerEnumType(ReferralTargetKind, { name: 'ReferralTargetKind', description: 'What a referral sends the person to: a service, or an initiative’s session (a social prescription)' });
registerEnumType(CoarseStatus, { name: 'CoarseStatus', description: 'All an antenna ever sees of a report' });
registerEnumType(AntennaKind, { name: 'AntennaKind' });

export { AgeBand, AntennaKind, CoarseStatus, Need, ReferralStatus, ReferralTargetKind, Role, Urgency };
