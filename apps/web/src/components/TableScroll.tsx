import { ReactNode } from 'react';

/**
 * A wide table's horizontal scroll area (a phone, a 1366 px screen), reachable with the keyboard
 * (axe: scrollable-region-focusable). `className` names an area's tables (the dashboard's are
 * `dashboard-table-scroll`, which the browser suite measures).
 */
export function TableScroll({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`table-responsive table-scroll${className ? ` ${className}` : ''}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
