import { Activity } from '../modules/activity/activity.entity.js';
import { ApiKey } from '../modules/api-key/api-key.entity.js';
import { Attendance } from '../modules/activity/attendance.entity.js';
import { ArrearsCase } from '../modules/arrears-case/arrears-case.entity.js';
import { AuditEntry } from '../modules/audit/audit.entity.js';
import { IdempotentRequest } from '../modules/idempotency/idempotency.entity.js';
import { PeriodLock } from '../modules/lock/lock.entity.js';
import { Enrolment } from '../modules/enrolment/enrolment.entity.js';
import { FollowUp } from '../modules/enrolment/follow-up.entity.js';
import { Repayment } from '../modules/ledger/repayment.entity.js';
import { Withholding } from '../modules/ledger/withholding.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { PersonSituation } from '../modules/person/person-situation.entity.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { ProjectPartner } from '../modules/project/project-partner.entity.js';
import { ReportSnapshot } from '../modules/snapshot/snapshot.entity.js';
import { Project } from '../modules/project/project.entity.js';
import { PseudonymKeyBinding } from './pseudonym-key.entity.js';

/** Every entity, by class reference, so one ORM config works under tsx, vitest and compiled JS. */
export const entities = [
  Programme,
  Organisation,
  Project,
  ProjectPartner,
  Person,
  PersonSituation,
  Enrolment,
  FollowUp,
  Repayment,
  Withholding,
  Activity,
  Attendance,
  ArrearsCase,
  AuditEntry,
  PeriodLock,
  ApiKey,
  ReportSnapshot,
  IdempotentRequest,
  PseudonymKeyBinding,
];
