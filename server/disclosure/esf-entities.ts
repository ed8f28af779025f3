import type { EntityIndicatorRow, EsfEntityResult } from '../reporting/esf-entity-indicators.js';
import type { Disclosure } from './audience.js';

/**
 * The ESF entity indicators (CO20-CO23) as shown: exact for every audience. They count projects,
 * from the projects' start dates and their partners, which `projects` already publishes to
 * anyone; no person's record enters them, so there is nothing to perturb or to hold back until a
 * release (docs/disclosure.md).
 */
export function esfEntityView(report: EsfEntityResult, disclosure: Disclosure): EntityIndicatorRow[] {
  void disclosure.audience; // the same for EXACT and PROTECTED, on purpose
  return report.indicators;
}
