import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125124911 } from './Migration20261125124911.js';
import { Migration20261125130000_reporting } from './Migration20261125130000_reporting.js';
import { Migration20261125132641_data_entry } from './Migration20261125132641_data_entry.js';
import { Migration20261125140000_access } from './Migration20261125140000_access.js';
import { Migration20261125143000_snapshots } from './Migration20261125143000_snapshots.js';
import { Migration20261125150000_summary_comments } from './Migration20261125150000_summary_comments.js';
import { Migration20261126100000_writes } from './Migration20261126100000_writes.js';
import { Migration20261126110000_summaries } from './Migration20261126110000_summaries.js';
import { Migration20261126130000_pseudonym_key } from './Migration20261126130000_pseudonym_key.js';
import { Migration20261126140000_esf_commission } from './Migration20261126140000_esf_commission.js';
import { Migration20261126150000_esf_missing_indicators } from './Migration20261126150000_esf_missing_indicators.js';
import { Migration20261126160000_person_situation } from './Migration20261126160000_person_situation.js';
import { Migration20261126170000_re_entry } from './Migration20261126170000_re_entry.js';
import { Migration20261126180000_listings } from './Migration20261126180000_listings.js';
import { Migration20261126190000_replicas } from './Migration20261126190000_replicas.js';
import { Migration20261126191000_lean_reports } from './Migration20261126191000_lean_reports.js';
import { Migration20261126192000_data_version } from './Migration20261126192000_data_version.js';

/**
 * Committed migrations, in order. After `npm run migrate -- create`, add the new class here:
 * an explicit list works the same under tsx, vitest and compiled JS (no file globbing).
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125124911', class: Migration20261125124911 },
  { name: 'Migration20261125130000_reporting', class: Migration20261125130000_reporting },
  { name: 'Migration20261125132641_data_entry', class: Migration20261125132641_data_entry },
  { name: 'Migration20261125140000_access', class: Migration20261125140000_access },
  { name: 'Migration20261125143000_snapshots', class: Migration20261125143000_snapshots },
  { name: 'Migration20261125150000_summary_comments', class: Migration20261125150000_summary_comments },
  { name: 'Migration20261126100000_writes', class: Migration20261126100000_writes },
  { name: 'Migration20261126110000_summaries', class: Migration20261126110000_summaries },
  { name: 'Migration20261126130000_pseudonym_key', class: Migration20261126130000_pseudonym_key },
  { name: 'Migration20261126140000_esf_commission', class: Migration20261126140000_esf_commission },
  { name: 'Migration20261126150000_esf_missing_indicators', class: Migration20261126150000_esf_missing_indicators },
  { name: 'Migration20261126160000_person_situation', class: Migration20261126160000_person_situation },
  { name: 'Migration20261126170000_re_entry', class: Migration20261126170000_re_entry },
  { name: 'Migration20261126180000_listings', class: Migration20261126180000_listings },
  { name: 'Migration20261126190000_replicas', class: Migration20261126190000_replicas },
  { name: 'Migration20261126191000_lean_reports', class: Migration20261126191000_lean_reports },
  { name: 'Migration20261126192000_data_version', class: Migration20261126192000_data_version },
];
