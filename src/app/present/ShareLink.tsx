/**
 * The presenter view's link for attendees: this page's address (settings and lesson in its hash) as a QR
 * code filling the screen and as text, and a warning when the address only opens on this computer.
 */
import { useMemo, useState } from 'react';
import { classRunLink } from '../classRun/classRunLink';
import { useT } from '../i18n/t';
import { isLocalOnly, isPlainHttpRemote, qrShape, shareUrl } from './shareUrl';

export function ShareLink({ width, height }: { width: number; height: number }) {
  const t = useT();
  // Read once: the presenter view is modal, so the settings (and the hash) cannot change meanwhile.
  const [url] = useState(() => shareUrl(classRunLink(window.location.href)));
  const qr = useMemo(() => qrShape(url), [url]);
  const side = Math.max(160, Math.min(width, height - 96));
  return (
    <div className="share-link" data-testid="share-link" data-url={url}>
      <svg
        width={side}
        height={side}
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        shapeRendering="crispEdges"
        role="img"
        aria-label={t('charts.qRCodePages')}
        data-testid="share-qr"
      >
        <rect width={qr.size} height={qr.size} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <div className="share-text">
        <p>{t('charts.attendees')}</p>
        <p className="share-url">
          <code data-testid="share-url">{url}</code>
        </p>
        {isPlainHttpRemote(url) && (
          <p className="share-warning" data-testid="share-warning">
            {t('charts.overPlain')}
          </p>
        )}
        {isLocalOnly(url) && (
          <p className="share-warning" data-testid="share-warning">
            {t('charts.addressOpens')}
          </p>
        )}
      </div>
    </div>
  );
}
