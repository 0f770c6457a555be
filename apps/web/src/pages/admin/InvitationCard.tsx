import QRCode from 'qrcode';
import { useMemo } from 'react';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import './print.css';

/** The QR code's dark modules as one SVG path (1 unit per module), with its size; drawn here, never fetched. */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
    }
  }
  return { size: modules.size, d: parts.join('') };
}

/**
 * The printable card an administrator hands over with an invitation or a reset: how to sign in,
 * the e-mail, the code in large letters, the link as a QR code (inline SVG: the CSP allows
 * nothing from elsewhere, no data: images) and until when it works. Printing shows only the card.
 */
export function InvitationCard({ name, email, code, link, expiresAt }: { name: string; email: string; code: string; link: string; expiresAt: string }) {
  const { t, locale } = useI18n();
  const qr = useMemo(() => qrPath(link), [link]);
  const quiet = 4;
  const origin = new URL(link).host;
  return (
    <div className="invitation-card-wrap mt-3">
      <button type="button" className="btn btn-outline-primary mb-3" onClick={() => window.print()} data-testid="print-card">
        {t('access.card.print')}
      </button>
      <article className="invitation-card print-card" aria-labelledby="invitation-card-title" data-testid="invitation-card">
        <h3 id="invitation-card-title" className="h4">
          {t('access.card.title')}
        </h3>
        <p className="mb-2">{t('access.card.for', { name })}</p>
        <div className="invitation-card-body">
          <svg className="invitation-qr" viewBox={`${-quiet} ${-quiet} ${qr.size + 2 * quiet} ${qr.size + 2 * quiet}`} role="img" aria-label={t('access.card.qrLabel')} data-testid="invitation-qr" shapeRendering="crispEdges">
            <rect x={-quiet} y={-quiet} width={qr.size + 2 * quiet} height={qr.size + 2 * quiet} fill="#ffffff" />
            <path d={qr.d} fill="#000000" />
          </svg>
          <div>
            <ol className="invitation-steps">
              <li>{t('access.card.step1', { url: origin })}</li>
              <li>{t('access.card.step2')}</li>
              <li>{t('access.card.step3')}</li>
            </ol>
            <dl className="invitation-facts">
              <dt>{t('access.card.email')}</dt>
              <dd data-testid="invitation-card-email">{email}</dd>
              <dt>{t('access.card.code')}</dt>
              <dd className="invitation-code" data-testid="invitation-card-code">
                {code}
              </dd>
            </dl>
          </div>
        </div>
        <p className="mb-1">{t('access.card.until', { when: formatDateTime(expiresAt, locale) })}</p>
        <p className="mb-0 small">{t('access.card.keep')}</p>
      </article>
    </div>
  );
}
