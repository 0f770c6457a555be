import { useI18n } from '../../i18n/i18n';
import { Session } from './communityApi';
import { seatsText } from './format';

/** Seats left at a session, in words and in colour (the words carry the meaning). */
export function SeatsBadge({ session }: { session: Pick<Session, 'publicLeft' | 'publicSeats'> }) {
  const { t } = useI18n();
  const tone = session.publicLeft <= 0 ? 'full' : session.publicLeft <= Math.max(3, Math.ceil(session.publicSeats / 5)) ? 'few' : 'open';
  return (
    <span className={`seats-badge ${tone}`} data-testid="seats-left">
      {seatsText(session, t)}
    </span>
  );
}
