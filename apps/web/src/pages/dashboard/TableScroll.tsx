import { ReactNode } from 'react';

/** A wide table's horizontal scroll area, reachable with the keyboard (axe: scrollable-region-focusable). */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-responsive dashboard-table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
