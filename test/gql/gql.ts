/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AccessCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { id token } }": typeof types.AccessCreateKeyDocument,
    "mutation AccessRegisterPerson($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }": typeof types.AccessRegisterPersonDocument,
    "mutation AccessRegisterOther($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }": typeof types.AccessRegisterOtherDocument,
    "mutation AccessEnrolOpen($i: EnrolInput!) { enrolPerson(input: $i) { id } }": typeof types.AccessEnrolOpenDocument,
    "mutation AccessEnrolExited($i: EnrolInput!) { enrolPerson(input: $i) { id } }": typeof types.AccessEnrolExitedDocument,
    "mutation AccessExit($i: ExitInput!) { recordExit(input: $i) { id } }": typeof types.AccessExitDocument,
    "mutation AccessRepay($i: RepaymentInput!) { recordRepayment(input: $i) { id } }": typeof types.AccessRepayDocument,
    "mutation AccessActivity($i: ActivityInput!) { recordActivity(input: $i) { id } }": typeof types.AccessActivityDocument,
    "mutation AccessAttend($i: AttendanceInput!) { recordAttendance(input: $i) { id } }": typeof types.AccessAttendDocument,
    "mutation AccessArrearsCase($i: ArrearsCaseInput!) { openArrearsCase(input: $i) { id } }": typeof types.AccessArrearsCaseDocument,
    "mutation AccessOldLock { lockPeriod(until: \"1999-12-31\", reason: \"old lock\") { id } }": typeof types.AccessOldLockDocument,
    "mutation AccessFirstSnapshot { freezeReport(asOf: \"2019-06-30\", label: \"first\") { id } }": typeof types.AccessFirstSnapshotDocument,
    "mutation AccessRevokeKey($id: ID!) { revokeApiKey(id: $id) }": typeof types.AccessRevokeKeyDocument,
    "query AccessApiKeys { apiKeys { label role projectCodes tokenPrefix createdAt lastUsedAt revokedAt } }": typeof types.AccessApiKeysDocument,
    "query CorrectionsFigures {\n  debtRecovery(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding }\n  employmentOutcomes(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) { enrolled employed unsuccessful inProgress }\n  participation(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) { peopleReached attendances }\n}": typeof types.CorrectionsFiguresDocument,
    "mutation CorrectionsCorrectEnrolment($input: CorrectEnrolmentInput!) {\n  correctEnrolment(input: $input) { id selectedOn arrearsAtEnrolment exitedOn outcome contractType } }": typeof types.CorrectionsCorrectEnrolmentDocument,
    "mutation CorrectionsVoid($input: VoidInput!) { voidRecord(input: $input) }": typeof types.CorrectionsVoidDocument,
    "mutation CorrectionsRegister($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }": typeof types.CorrectionsRegisterDocument,
    "mutation CorrectionsEnrol($i: EnrolInput!) { enrolPerson(input: $i) { id } }": typeof types.CorrectionsEnrolDocument,
    "mutation CorrectionsRepay($i: RepaymentInput!) { recordRepayment(input: $i) { id } }": typeof types.CorrectionsRepayDocument,
    "mutation CorrectionsExit($i: ExitInput!) { recordExit(input: $i) { id } }": typeof types.CorrectionsExitDocument,
    "mutation CorrectionsActivity($i: ActivityInput!) { recordActivity(input: $i) { id } }": typeof types.CorrectionsActivityDocument,
    "mutation CorrectionsAttend($i: AttendanceInput!) { recordAttendance(input: $i) { id } }": typeof types.CorrectionsAttendDocument,
    "mutation CorrectionsCorrectRepayment($i: CorrectRepaymentInput!) { correctRepayment(input: $i) { id amount } }": typeof types.CorrectionsCorrectRepaymentDocument,
    "query CorrectionsRepaymentTrail { auditLog(filter: { entity: \"repayment\" }, first: 1) { entries { action before after reason actor } } }": typeof types.CorrectionsRepaymentTrailDocument,
    "mutation CorrectionsLock { lockPeriod(until: \"2019-12-31\", reason: \"Reported to the Region for 2019\") { id lockedUntil } }": typeof types.CorrectionsLockDocument,
    "mutation CorrectionsLockedActivity($i: ActivityInput!) { recordActivity(input: $i) { id } }": typeof types.CorrectionsLockedActivityDocument,
    "mutation CorrectionsAfterLock($i: ActivityInput!) { recordActivity(input: $i) { id } }": typeof types.CorrectionsAfterLockDocument,
    "mutation CorrectionsUnlockNoReason($id: ID!) { unlockPeriod(id: $id, reason: \"\") { id } }": typeof types.CorrectionsUnlockNoReasonDocument,
    "mutation CorrectionsUnlock($id: ID!) { unlockPeriod(id: $id, reason: \"A late register from Galdus\") { id unlockedAt } }": typeof types.CorrectionsUnlockDocument,
    "query BrowserHeadline($filter: ReportFilter) { fundingSummary(filter: $filter) { totalAwarded }\n  participation(filter: $filter) { peopleReached target } employmentOutcomes(filter: $filter) { employed enrolled }\n  debtRecovery(filter: $filter) { totalRecovered } }": typeof types.BrowserHeadlineDocument,
    "query BrowserReach($filter: ReportFilter) { participation(filter: $filter) { peopleReached } }": typeof types.BrowserReachDocument,
    "query BrowserFunding($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { projects { awarded project { alerRole } } } }": typeof types.BrowserFundingDocument,
    "query BrowserOutcomes($filter: ReportFilter) {\n  employmentOutcomes(filter: $filter) { projects { employed inProgress } } }": typeof types.BrowserOutcomesDocument,
    "query BrowserDebt($filter: ReportFilter) { debtRecovery(filter: $filter) { monthly { repayments withholding } } }": typeof types.BrowserDebtDocument,
    "query BrowserEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code total } }": typeof types.BrowserEsfDocument,
    "query BrowserNewsletter($filter: ReportFilter) { newsletterUpdate(filter: $filter) { title markdown } }": typeof types.BrowserNewsletterDocument,
    "mutation BrowserCreateApiKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }": typeof types.BrowserCreateApiKeyDocument,
    "mutation DataEntryRegister($input: RegisterPersonInput!) { registerPerson(input: $input) { id sex birthYear } }": typeof types.DataEntryRegisterDocument,
    "mutation DataEntryEnrol($input: EnrolInput!) { enrolPerson(input: $input) { id selectedOn arrearsAtEnrolment warnings person { id } project { code } } }": typeof types.DataEntryEnrolDocument,
    "mutation DataEntryExit($input: ExitInput!) { recordExit(input: $input) { id exitedOn outcome contractType } }": typeof types.DataEntryExitDocument,
    "mutation DataEntryRepay($input: RepaymentInput!) { recordRepayment(input: $input) { id amount paidOn } }": typeof types.DataEntryRepayDocument,
    "mutation DataEntryActivity($input: ActivityInput!) { recordActivity(input: $input) { id heldOn kind title project { code } } }": typeof types.DataEntryActivityDocument,
    "mutation DataEntryAttend($input: AttendanceInput!) { recordAttendance(input: $input) { id anonymousHeadcount } }": typeof types.DataEntryAttendDocument,
    "query DataEntryFigures($f: ReportFilter) {\n  fundingSummary(filter: $f) { allowancesCommitted withheld }\n  participation(filter: $f) { peopleReached attendances anonymousHeadcount }\n  employmentOutcomes(filter: $f) { enrolled inProgress unsuccessful }\n  debtRecovery(filter: $f) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered }\n}": typeof types.DataEntryFiguresDocument,
    "query DataEntryProjectsByToken { projects { code } }": typeof types.DataEntryProjectsByTokenDocument,
    "query DataEntryPersonAsPublic($id: ID!) { person(id: $id) { id sex } }": typeof types.DataEntryPersonAsPublicDocument,
    "query DataEntryPersonAsAdmin($id: ID!) { person(id: $id) { id } }": typeof types.DataEntryPersonAsAdminDocument,
    "query DataEntryAuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) { entries { id at actor action entity entityId before after } nextCursor } }": typeof types.DataEntryAuditLogDocument,
    "mutation ExportsAnalystKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }": typeof types.ExportsAnalystKeyDocument,
    "query ExportsEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code name women men total suppressed } }": typeof types.ExportsEsfDocument,
    "query ExportsProjects($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { projects { project { code name municipality alerRole } awarded allowancesCommitted withheld } }\n  participation(filter: $filter) { project { code } target peopleReached attendances anonymousHeadcount }\n  employmentOutcomes(filter: $filter) { projects { project { code } enrolled inProgress employed unsuccessful withdrawn } }\n  debtRecovery(filter: $filter) { projects { project { code } arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered } } }": typeof types.ExportsProjectsDocument,
    "mutation ImportFile($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean) {\n  importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {\n    rows written dryRun skipped created { people enrolments activities attendances } errors { row column message } } }": typeof types.ImportFileDocument,
    "query ImportSampleFigures { debtRecovery(filter: { projectCodes: [\"PRO_SALOMONE\"], asOf: \"2019-01-01\" }) { arrearsAtEnrolment }\n        participation(filter: { projectCodes: [\"PRO_SALOMONE\"], asOf: \"2019-01-01\" }) { peopleReached attendances anonymousHeadcount } }": typeof types.ImportSampleFiguresDocument,
    "query ImportRegisterFigures { participation(filter: { projectCodes: [\"SESTOINSIEME\"], asOf: \"2019-12-31\" }) { peopleReached attendances } }": typeof types.ImportRegisterFiguresDocument,
    "query NewsletterDraft($filter: ReportFilter, $language: Language) {\n  newsletterUpdate(filter: $filter, language: $language) { asOf language title markdown html usesSyntheticData } }": typeof types.NewsletterDraftDocument,
    "mutation OperationsAnalystKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }": typeof types.OperationsAnalystKeyDocument,
    "query ArticleProjects { projects { code name municipality place alerRole awarded startDate endDate participantTarget\n  involvementTarget allowance withholdingShare assumedFields partners { role organisation { name kind } } } }": typeof types.ArticleProjectsDocument,
    "query ArticleProjectByCode { known: project(code: \"SESTOINSIEME\") { name municipality } unknown: project(code: \"NOPE\") { name } }": typeof types.ArticleProjectByCodeDocument,
    "query ArticleProgramme { programme { code axis actions callTitle fundedListPublishedOn } }": typeof types.ArticleProgrammeDocument,
    "query DemoDashboard($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { asOf totalAwarded allowancesCommitted withheld byRole { alerRole projectCount awarded }\n    projects { project { code name alerRole partners { organisation { name } } } awarded allowancesCommitted withheld } }\n  participation(filter: $filter) { project { code name } target peopleReached attendances anonymousHeadcount shareOfTarget\n    cumulative { month value } pacePerMonth targetReachedMonth projectedTargetMonth }\n  employmentOutcomes(filter: $filter) { enrolled inProgress employed unsuccessful withdrawn employmentRate\n    byContractType { contractType count } bySex { sex enrolled employed }\n    projects { project { code } enrolled inProgress employed unsuccessful withdrawn } }\n  debtRecovery(filter: $filter) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered outstanding\n    recoveryRate cumulative { month value } monthly { month repayments withholding total }\n    projects { project { code } arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered } }\n  esfIndicators(filter: $filter) { code women men total }\n}": typeof types.DemoDashboardDocument,
    "query ReportingFunding($filter: ReportFilter) { fundingSummary(filter: $filter) {\n    asOf totalAwarded allowancesCommitted withheld byRole { alerRole projectCount awarded }\n    projects { project { code } awarded allowancesCommitted withheld } } }": typeof types.ReportingFundingDocument,
    "query ReportingParticipation($filter: ReportFilter) { participation(filter: $filter) {\n    project { code } asOf target peopleReached attendances anonymousHeadcount shareOfTarget\n    cumulative { month value } pacePerMonth targetReachedMonth projectedTargetMonth } }": typeof types.ReportingParticipationDocument,
    "query ReportingOutcomes($filter: ReportFilter) { employmentOutcomes(filter: $filter) {\n    asOf enrolled inProgress employed unsuccessful withdrawn employmentRate byContractType { contractType count }\n    bySex { sex enrolled inProgress employed unsuccessful withdrawn employmentRate }\n    projects { project { code } enrolled employed unsuccessful withdrawn inProgress } } }": typeof types.ReportingOutcomesDocument,
    "query ReportingDebt($filter: ReportFilter) { debtRecovery(filter: $filter) {\n    asOf arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered outstanding recoveryRate\n    cumulative { month value } monthly { month repayments withholding total }\n    projects { project { code } arrearsAtEnrolment totalRecovered } } }": typeof types.ReportingDebtDocument,
    "query ReportingEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code name women men total suppressed } }": typeof types.ReportingEsfDocument,
    "query ReportingEsfAtEntry { esfIndicators(filter: { asOf: \"2019-06-30\" }) { code total } }": typeof types.ReportingEsfAtEntryDocument,
    "query ReportingBeforeTheLabs($filter: ReportFilter) {\n        fundingSummary(filter: $filter) { totalAwarded allowancesCommitted withheld byRole { projectCount awarded } projects { awarded allowancesCommitted withheld } }\n        participation(filter: $filter) { peopleReached attendances anonymousHeadcount shareOfTarget cumulative { value } }\n        employmentOutcomes(filter: $filter) { enrolled inProgress employed unsuccessful withdrawn employmentRate }\n        debtRecovery(filter: $filter) { arrearsAtEnrolment totalRecovered outstanding recoveryRate cumulative { value } }\n        esfIndicators(filter: $filter) { women men total }\n      }": typeof types.ReportingBeforeTheLabsDocument,
    "mutation SnapshotsFreezeAnnual { freezeReport(asOf: \"2020-08-31\", label: \"Relazione annuale 2020\") { id asOf sha256 label } }": typeof types.SnapshotsFreezeAnnualDocument,
    "mutation SnapshotsCorrectArrears($input: CorrectEnrolmentInput!) { correctEnrolment(input: $input) { id } }": typeof types.SnapshotsCorrectArrearsDocument,
    "query SnapshotsList { reportSnapshots { id sha256 } }": typeof types.SnapshotsListDocument,
    "query SnapshotsDiffLive($id: ID!) { reportDiff(snapshot: $id) {\n      asOf against { id } changes { table key field before after } corrections { action entity entityId reason } } }": typeof types.SnapshotsDiffLiveDocument,
    "mutation SnapshotsFreezeCorrected { freezeReport(asOf: \"2020-08-31\", label: \"Relazione rettificata\") { id sha256 } }": typeof types.SnapshotsFreezeCorrectedDocument,
    "query SnapshotsDiffBetween($a: ID!, $b: ID!) {\n      reportDiff(snapshot: $a, against: $b) { changes { key field } corrections { entityId } } }": typeof types.SnapshotsDiffBetweenDocument,
    "query SnapshotsDiffSince($id: ID!) { reportDiff(snapshot: $id) { changes { key } } }": typeof types.SnapshotsDiffSinceDocument,
    "mutation SnapshotsFreeze($asOf: Date!, $label: String!) { freezeReport(asOf: $asOf, label: $label) { sha256 } }": typeof types.SnapshotsFreezeDocument,
    "query StatementsPartners { projects { code partners { role organisation { name } } } }": typeof types.StatementsPartnersDocument,
    "query SuppressionEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code women men total suppressed } }": typeof types.SuppressionEsfDocument,
    "query SuppressionOutcomes($filter: ReportFilter) { employmentOutcomes(filter: $filter) {\n    enrolled inProgress employed unsuccessful withdrawn byContractType { contractType count suppressed }\n    bySex { sex enrolled inProgress employed unsuccessful withdrawn employmentRate suppressed } } }": typeof types.SuppressionOutcomesDocument,
    "query SuppressionReachOverTime($filter: ReportFilter) { participation(filter: $filter) {\n      peopleReached pacePerMonth cumulative { month value } } }": typeof types.SuppressionReachOverTimeDocument,
    "query SuppressionReachMonths($filter: ReportFilter) { participation(filter: $filter) { cumulative { month } } }": typeof types.SuppressionReachMonthsDocument,
    "query SuppressionDebt($filter: ReportFilter) {\n      debtRecovery(filter: $filter) { totalRecovered monthly { month total } cumulative { month } } }": typeof types.SuppressionDebtDocument,
};
const documents: Documents = {
    "mutation AccessCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { id token } }": types.AccessCreateKeyDocument,
    "mutation AccessRegisterPerson($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }": types.AccessRegisterPersonDocument,
    "mutation AccessRegisterOther($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }": types.AccessRegisterOtherDocument,
    "mutation AccessEnrolOpen($i: EnrolInput!) { enrolPerson(input: $i) { id } }": types.AccessEnrolOpenDocument,
    "mutation AccessEnrolExited($i: EnrolInput!) { enrolPerson(input: $i) { id } }": types.AccessEnrolExitedDocument,
    "mutation AccessExit($i: ExitInput!) { recordExit(input: $i) { id } }": types.AccessExitDocument,
    "mutation AccessRepay($i: RepaymentInput!) { recordRepayment(input: $i) { id } }": types.AccessRepayDocument,
    "mutation AccessActivity($i: ActivityInput!) { recordActivity(input: $i) { id } }": types.AccessActivityDocument,
    "mutation AccessAttend($i: AttendanceInput!) { recordAttendance(input: $i) { id } }": types.AccessAttendDocument,
    "mutation AccessArrearsCase($i: ArrearsCaseInput!) { openArrearsCase(input: $i) { id } }": types.AccessArrearsCaseDocument,
    "mutation AccessOldLock { lockPeriod(until: \"1999-12-31\", reason: \"old lock\") { id } }": types.AccessOldLockDocument,
    "mutation AccessFirstSnapshot { freezeReport(asOf: \"2019-06-30\", label: \"first\") { id } }": types.AccessFirstSnapshotDocument,
    "mutation AccessRevokeKey($id: ID!) { revokeApiKey(id: $id) }": types.AccessRevokeKeyDocument,
    "query AccessApiKeys { apiKeys { label role projectCodes tokenPrefix createdAt lastUsedAt revokedAt } }": types.AccessApiKeysDocument,
    "query CorrectionsFigures {\n  debtRecovery(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding }\n  employmentOutcomes(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) { enrolled employed unsuccessful inProgress }\n  participation(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) { peopleReached attendances }\n}": types.CorrectionsFiguresDocument,
    "mutation CorrectionsCorrectEnrolment($input: CorrectEnrolmentInput!) {\n  correctEnrolment(input: $input) { id selectedOn arrearsAtEnrolment exitedOn outcome contractType } }": types.CorrectionsCorrectEnrolmentDocument,
    "mutation CorrectionsVoid($input: VoidInput!) { voidRecord(input: $input) }": types.CorrectionsVoidDocument,
    "mutation CorrectionsRegister($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }": types.CorrectionsRegisterDocument,
    "mutation CorrectionsEnrol($i: EnrolInput!) { enrolPerson(input: $i) { id } }": types.CorrectionsEnrolDocument,
    "mutation CorrectionsRepay($i: RepaymentInput!) { recordRepayment(input: $i) { id } }": types.CorrectionsRepayDocument,
    "mutation CorrectionsExit($i: ExitInput!) { recordExit(input: $i) { id } }": types.CorrectionsExitDocument,
    "mutation CorrectionsActivity($i: ActivityInput!) { recordActivity(input: $i) { id } }": types.CorrectionsActivityDocument,
    "mutation CorrectionsAttend($i: AttendanceInput!) { recordAttendance(input: $i) { id } }": types.CorrectionsAttendDocument,
    "mutation CorrectionsCorrectRepayment($i: CorrectRepaymentInput!) { correctRepayment(input: $i) { id amount } }": types.CorrectionsCorrectRepaymentDocument,
    "query CorrectionsRepaymentTrail { auditLog(filter: { entity: \"repayment\" }, first: 1) { entries { action before after reason actor } } }": types.CorrectionsRepaymentTrailDocument,
    "mutation CorrectionsLock { lockPeriod(until: \"2019-12-31\", reason: \"Reported to the Region for 2019\") { id lockedUntil } }": types.CorrectionsLockDocument,
    "mutation CorrectionsLockedActivity($i: ActivityInput!) { recordActivity(input: $i) { id } }": types.CorrectionsLockedActivityDocument,
    "mutation CorrectionsAfterLock($i: ActivityInput!) { recordActivity(input: $i) { id } }": types.CorrectionsAfterLockDocument,
    "mutation CorrectionsUnlockNoReason($id: ID!) { unlockPeriod(id: $id, reason: \"\") { id } }": types.CorrectionsUnlockNoReasonDocument,
    "mutation CorrectionsUnlock($id: ID!) { unlockPeriod(id: $id, reason: \"A late register from Galdus\") { id unlockedAt } }": types.CorrectionsUnlockDocument,
    "query BrowserHeadline($filter: ReportFilter) { fundingSummary(filter: $filter) { totalAwarded }\n  participation(filter: $filter) { peopleReached target } employmentOutcomes(filter: $filter) { employed enrolled }\n  debtRecovery(filter: $filter) { totalRecovered } }": types.BrowserHeadlineDocument,
    "query BrowserReach($filter: ReportFilter) { participation(filter: $filter) { peopleReached } }": types.BrowserReachDocument,
    "query BrowserFunding($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { projects { awarded project { alerRole } } } }": types.BrowserFundingDocument,
    "query BrowserOutcomes($filter: ReportFilter) {\n  employmentOutcomes(filter: $filter) { projects { employed inProgress } } }": types.BrowserOutcomesDocument,
    "query BrowserDebt($filter: ReportFilter) { debtRecovery(filter: $filter) { monthly { repayments withholding } } }": types.BrowserDebtDocument,
    "query BrowserEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code total } }": types.BrowserEsfDocument,
    "query BrowserNewsletter($filter: ReportFilter) { newsletterUpdate(filter: $filter) { title markdown } }": types.BrowserNewsletterDocument,
    "mutation BrowserCreateApiKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }": types.BrowserCreateApiKeyDocument,
    "mutation DataEntryRegister($input: RegisterPersonInput!) { registerPerson(input: $input) { id sex birthYear } }": types.DataEntryRegisterDocument,
    "mutation DataEntryEnrol($input: EnrolInput!) { enrolPerson(input: $input) { id selectedOn arrearsAtEnrolment warnings person { id } project { code } } }": types.DataEntryEnrolDocument,
    "mutation DataEntryExit($input: ExitInput!) { recordExit(input: $input) { id exitedOn outcome contractType } }": types.DataEntryExitDocument,
    "mutation DataEntryRepay($input: RepaymentInput!) { recordRepayment(input: $input) { id amount paidOn } }": types.DataEntryRepayDocument,
    "mutation DataEntryActivity($input: ActivityInput!) { recordActivity(input: $input) { id heldOn kind title project { code } } }": types.DataEntryActivityDocument,
    "mutation DataEntryAttend($input: AttendanceInput!) { recordAttendance(input: $input) { id anonymousHeadcount } }": types.DataEntryAttendDocument,
    "query DataEntryFigures($f: ReportFilter) {\n  fundingSummary(filter: $f) { allowancesCommitted withheld }\n  participation(filter: $f) { peopleReached attendances anonymousHeadcount }\n  employmentOutcomes(filter: $f) { enrolled inProgress unsuccessful }\n  debtRecovery(filter: $f) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered }\n}": types.DataEntryFiguresDocument,
    "query DataEntryProjectsByToken { projects { code } }": types.DataEntryProjectsByTokenDocument,
    "query DataEntryPersonAsPublic($id: ID!) { person(id: $id) { id sex } }": types.DataEntryPersonAsPublicDocument,
    "query DataEntryPersonAsAdmin($id: ID!) { person(id: $id) { id } }": types.DataEntryPersonAsAdminDocument,
    "query DataEntryAuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) { entries { id at actor action entity entityId before after } nextCursor } }": types.DataEntryAuditLogDocument,
    "mutation ExportsAnalystKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }": types.ExportsAnalystKeyDocument,
    "query ExportsEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code name women men total suppressed } }": types.ExportsEsfDocument,
    "query ExportsProjects($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { projects { project { code name municipality alerRole } awarded allowancesCommitted withheld } }\n  participation(filter: $filter) { project { code } target peopleReached attendances anonymousHeadcount }\n  employmentOutcomes(filter: $filter) { projects { project { code } enrolled inProgress employed unsuccessful withdrawn } }\n  debtRecovery(filter: $filter) { projects { project { code } arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered } } }": types.ExportsProjectsDocument,
    "mutation ImportFile($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean) {\n  importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {\n    rows written dryRun skipped created { people enrolments activities attendances } errors { row column message } } }": types.ImportFileDocument,
    "query ImportSampleFigures { debtRecovery(filter: { projectCodes: [\"PRO_SALOMONE\"], asOf: \"2019-01-01\" }) { arrearsAtEnrolment }\n        participation(filter: { projectCodes: [\"PRO_SALOMONE\"], asOf: \"2019-01-01\" }) { peopleReached attendances anonymousHeadcount } }": types.ImportSampleFiguresDocument,
    "query ImportRegisterFigures { participation(filter: { projectCodes: [\"SESTOINSIEME\"], asOf: \"2019-12-31\" }) { peopleReached attendances } }": types.ImportRegisterFiguresDocument,
    "query NewsletterDraft($filter: ReportFilter, $language: Language) {\n  newsletterUpdate(filter: $filter, language: $language) { asOf language title markdown html usesSyntheticData } }": types.NewsletterDraftDocument,
    "mutation OperationsAnalystKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }": types.OperationsAnalystKeyDocument,
    "query ArticleProjects { projects { code name municipality place alerRole awarded startDate endDate participantTarget\n  involvementTarget allowance withholdingShare assumedFields partners { role organisation { name kind } } } }": types.ArticleProjectsDocument,
    "query ArticleProjectByCode { known: project(code: \"SESTOINSIEME\") { name municipality } unknown: project(code: \"NOPE\") { name } }": types.ArticleProjectByCodeDocument,
    "query ArticleProgramme { programme { code axis actions callTitle fundedListPublishedOn } }": types.ArticleProgrammeDocument,
    "query DemoDashboard($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { asOf totalAwarded allowancesCommitted withheld byRole { alerRole projectCount awarded }\n    projects { project { code name alerRole partners { organisation { name } } } awarded allowancesCommitted withheld } }\n  participation(filter: $filter) { project { code name } target peopleReached attendances anonymousHeadcount shareOfTarget\n    cumulative { month value } pacePerMonth targetReachedMonth projectedTargetMonth }\n  employmentOutcomes(filter: $filter) { enrolled inProgress employed unsuccessful withdrawn employmentRate\n    byContractType { contractType count } bySex { sex enrolled employed }\n    projects { project { code } enrolled inProgress employed unsuccessful withdrawn } }\n  debtRecovery(filter: $filter) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered outstanding\n    recoveryRate cumulative { month value } monthly { month repayments withholding total }\n    projects { project { code } arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered } }\n  esfIndicators(filter: $filter) { code women men total }\n}": types.DemoDashboardDocument,
    "query ReportingFunding($filter: ReportFilter) { fundingSummary(filter: $filter) {\n    asOf totalAwarded allowancesCommitted withheld byRole { alerRole projectCount awarded }\n    projects { project { code } awarded allowancesCommitted withheld } } }": types.ReportingFundingDocument,
    "query ReportingParticipation($filter: ReportFilter) { participation(filter: $filter) {\n    project { code } asOf target peopleReached attendances anonymousHeadcount shareOfTarget\n    cumulative { month value } pacePerMonth targetReachedMonth projectedTargetMonth } }": types.ReportingParticipationDocument,
    "query ReportingOutcomes($filter: ReportFilter) { employmentOutcomes(filter: $filter) {\n    asOf enrolled inProgress employed unsuccessful withdrawn employmentRate byContractType { contractType count }\n    bySex { sex enrolled inProgress employed unsuccessful withdrawn employmentRate }\n    projects { project { code } enrolled employed unsuccessful withdrawn inProgress } } }": types.ReportingOutcomesDocument,
    "query ReportingDebt($filter: ReportFilter) { debtRecovery(filter: $filter) {\n    asOf arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered outstanding recoveryRate\n    cumulative { month value } monthly { month repayments withholding total }\n    projects { project { code } arrearsAtEnrolment totalRecovered } } }": types.ReportingDebtDocument,
    "query ReportingEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code name women men total suppressed } }": types.ReportingEsfDocument,
    "query ReportingEsfAtEntry { esfIndicators(filter: { asOf: \"2019-06-30\" }) { code total } }": types.ReportingEsfAtEntryDocument,
    "query ReportingBeforeTheLabs($filter: ReportFilter) {\n        fundingSummary(filter: $filter) { totalAwarded allowancesCommitted withheld byRole { projectCount awarded } projects { awarded allowancesCommitted withheld } }\n        participation(filter: $filter) { peopleReached attendances anonymousHeadcount shareOfTarget cumulative { value } }\n        employmentOutcomes(filter: $filter) { enrolled inProgress employed unsuccessful withdrawn employmentRate }\n        debtRecovery(filter: $filter) { arrearsAtEnrolment totalRecovered outstanding recoveryRate cumulative { value } }\n        esfIndicators(filter: $filter) { women men total }\n      }": types.ReportingBeforeTheLabsDocument,
    "mutation SnapshotsFreezeAnnual { freezeReport(asOf: \"2020-08-31\", label: \"Relazione annuale 2020\") { id asOf sha256 label } }": types.SnapshotsFreezeAnnualDocument,
    "mutation SnapshotsCorrectArrears($input: CorrectEnrolmentInput!) { correctEnrolment(input: $input) { id } }": types.SnapshotsCorrectArrearsDocument,
    "query SnapshotsList { reportSnapshots { id sha256 } }": types.SnapshotsListDocument,
    "query SnapshotsDiffLive($id: ID!) { reportDiff(snapshot: $id) {\n      asOf against { id } changes { table key field before after } corrections { action entity entityId reason } } }": types.SnapshotsDiffLiveDocument,
    "mutation SnapshotsFreezeCorrected { freezeReport(asOf: \"2020-08-31\", label: \"Relazione rettificata\") { id sha256 } }": types.SnapshotsFreezeCorrectedDocument,
    "query SnapshotsDiffBetween($a: ID!, $b: ID!) {\n      reportDiff(snapshot: $a, against: $b) { changes { key field } corrections { entityId } } }": types.SnapshotsDiffBetweenDocument,
    "query SnapshotsDiffSince($id: ID!) { reportDiff(snapshot: $id) { changes { key } } }": types.SnapshotsDiffSinceDocument,
    "mutation SnapshotsFreeze($asOf: Date!, $label: String!) { freezeReport(asOf: $asOf, label: $label) { sha256 } }": types.SnapshotsFreezeDocument,
    "query StatementsPartners { projects { code partners { role organisation { name } } } }": types.StatementsPartnersDocument,
    "query SuppressionEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code women men total suppressed } }": types.SuppressionEsfDocument,
    "query SuppressionOutcomes($filter: ReportFilter) { employmentOutcomes(filter: $filter) {\n    enrolled inProgress employed unsuccessful withdrawn byContractType { contractType count suppressed }\n    bySex { sex enrolled inProgress employed unsuccessful withdrawn employmentRate suppressed } } }": types.SuppressionOutcomesDocument,
    "query SuppressionReachOverTime($filter: ReportFilter) { participation(filter: $filter) {\n      peopleReached pacePerMonth cumulative { month value } } }": types.SuppressionReachOverTimeDocument,
    "query SuppressionReachMonths($filter: ReportFilter) { participation(filter: $filter) { cumulative { month } } }": types.SuppressionReachMonthsDocument,
    "query SuppressionDebt($filter: ReportFilter) {\n      debtRecovery(filter: $filter) { totalRecovered monthly { month total } cumulative { month } } }": types.SuppressionDebtDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { id token } }"): typeof import('./graphql.js').AccessCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessRegisterPerson($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }"): typeof import('./graphql.js').AccessRegisterPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessRegisterOther($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }"): typeof import('./graphql.js').AccessRegisterOtherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessEnrolOpen($i: EnrolInput!) { enrolPerson(input: $i) { id } }"): typeof import('./graphql.js').AccessEnrolOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessEnrolExited($i: EnrolInput!) { enrolPerson(input: $i) { id } }"): typeof import('./graphql.js').AccessEnrolExitedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessExit($i: ExitInput!) { recordExit(input: $i) { id } }"): typeof import('./graphql.js').AccessExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessRepay($i: RepaymentInput!) { recordRepayment(input: $i) { id } }"): typeof import('./graphql.js').AccessRepayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessActivity($i: ActivityInput!) { recordActivity(input: $i) { id } }"): typeof import('./graphql.js').AccessActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessAttend($i: AttendanceInput!) { recordAttendance(input: $i) { id } }"): typeof import('./graphql.js').AccessAttendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessArrearsCase($i: ArrearsCaseInput!) { openArrearsCase(input: $i) { id } }"): typeof import('./graphql.js').AccessArrearsCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessOldLock { lockPeriod(until: \"1999-12-31\", reason: \"old lock\") { id } }"): typeof import('./graphql.js').AccessOldLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessFirstSnapshot { freezeReport(asOf: \"2019-06-30\", label: \"first\") { id } }"): typeof import('./graphql.js').AccessFirstSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessRevokeKey($id: ID!) { revokeApiKey(id: $id) }"): typeof import('./graphql.js').AccessRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessApiKeys { apiKeys { label role projectCodes tokenPrefix createdAt lastUsedAt revokedAt } }"): typeof import('./graphql.js').AccessApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrectionsFigures {\n  debtRecovery(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding }\n  employmentOutcomes(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) { enrolled employed unsuccessful inProgress }\n  participation(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) { peopleReached attendances }\n}"): typeof import('./graphql.js').CorrectionsFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectionsCorrectEnrolment($input: CorrectEnrolmentInput!) {\n  correctEnrolment(input: $input) { id selectedOn arrearsAtEnrolment exitedOn outcome contractType } }"): typeof import('./graphql.js').CorrectionsCorrectEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectionsVoid($input: VoidInput!) { voidRecord(input: $input) }"): typeof import('./graphql.js').CorrectionsVoidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectionsRegister($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }"): typeof import('./graphql.js').CorrectionsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectionsEnrol($i: EnrolInput!) { enrolPerson(input: $i) { id } }"): typeof import('./graphql.js').CorrectionsEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectionsRepay($i: RepaymentInput!) { recordRepayment(input: $i) { id } }"): typeof import('./graphql.js').CorrectionsRepayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectionsExit($i: ExitInput!) { recordExit(input: $i) { id } }"): typeof import('./graphql.js').CorrectionsExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectionsActivity($i: ActivityInput!) { recordActivity(input: $i) { id } }"): typeof import('./graphql.js').CorrectionsActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectionsAttend($i: AttendanceInput!) { recordAttendance(input: $i) { id } }"): typeof import('./graphql.js').CorrectionsAttendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectionsCorrectRepayment($i: CorrectRepaymentInput!) { correctRepayment(input: $i) { id amount } }"): typeof import('./graphql.js').CorrectionsCorrectRepaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrectionsRepaymentTrail { auditLog(filter: { entity: \"repayment\" }, first: 1) { entries { action before after reason actor } } }"): typeof import('./graphql.js').CorrectionsRepaymentTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectionsLock { lockPeriod(until: \"2019-12-31\", reason: \"Reported to the Region for 2019\") { id lockedUntil } }"): typeof import('./graphql.js').CorrectionsLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectionsLockedActivity($i: ActivityInput!) { recordActivity(input: $i) { id } }"): typeof import('./graphql.js').CorrectionsLockedActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectionsAfterLock($i: ActivityInput!) { recordActivity(input: $i) { id } }"): typeof import('./graphql.js').CorrectionsAfterLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectionsUnlockNoReason($id: ID!) { unlockPeriod(id: $id, reason: \"\") { id } }"): typeof import('./graphql.js').CorrectionsUnlockNoReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectionsUnlock($id: ID!) { unlockPeriod(id: $id, reason: \"A late register from Galdus\") { id unlockedAt } }"): typeof import('./graphql.js').CorrectionsUnlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserHeadline($filter: ReportFilter) { fundingSummary(filter: $filter) { totalAwarded }\n  participation(filter: $filter) { peopleReached target } employmentOutcomes(filter: $filter) { employed enrolled }\n  debtRecovery(filter: $filter) { totalRecovered } }"): typeof import('./graphql.js').BrowserHeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserReach($filter: ReportFilter) { participation(filter: $filter) { peopleReached } }"): typeof import('./graphql.js').BrowserReachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserFunding($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { projects { awarded project { alerRole } } } }"): typeof import('./graphql.js').BrowserFundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserOutcomes($filter: ReportFilter) {\n  employmentOutcomes(filter: $filter) { projects { employed inProgress } } }"): typeof import('./graphql.js').BrowserOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserDebt($filter: ReportFilter) { debtRecovery(filter: $filter) { monthly { repayments withholding } } }"): typeof import('./graphql.js').BrowserDebtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code total } }"): typeof import('./graphql.js').BrowserEsfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserNewsletter($filter: ReportFilter) { newsletterUpdate(filter: $filter) { title markdown } }"): typeof import('./graphql.js').BrowserNewsletterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrowserCreateApiKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }"): typeof import('./graphql.js').BrowserCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataEntryRegister($input: RegisterPersonInput!) { registerPerson(input: $input) { id sex birthYear } }"): typeof import('./graphql.js').DataEntryRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataEntryEnrol($input: EnrolInput!) { enrolPerson(input: $input) { id selectedOn arrearsAtEnrolment warnings person { id } project { code } } }"): typeof import('./graphql.js').DataEntryEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataEntryExit($input: ExitInput!) { recordExit(input: $input) { id exitedOn outcome contractType } }"): typeof import('./graphql.js').DataEntryExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataEntryRepay($input: RepaymentInput!) { recordRepayment(input: $input) { id amount paidOn } }"): typeof import('./graphql.js').DataEntryRepayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataEntryActivity($input: ActivityInput!) { recordActivity(input: $input) { id heldOn kind title project { code } } }"): typeof import('./graphql.js').DataEntryActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataEntryAttend($input: AttendanceInput!) { recordAttendance(input: $input) { id anonymousHeadcount } }"): typeof import('./graphql.js').DataEntryAttendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataEntryFigures($f: ReportFilter) {\n  fundingSummary(filter: $f) { allowancesCommitted withheld }\n  participation(filter: $f) { peopleReached attendances anonymousHeadcount }\n  employmentOutcomes(filter: $f) { enrolled inProgress unsuccessful }\n  debtRecovery(filter: $f) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered }\n}"): typeof import('./graphql.js').DataEntryFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataEntryProjectsByToken { projects { code } }"): typeof import('./graphql.js').DataEntryProjectsByTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataEntryPersonAsPublic($id: ID!) { person(id: $id) { id sex } }"): typeof import('./graphql.js').DataEntryPersonAsPublicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataEntryPersonAsAdmin($id: ID!) { person(id: $id) { id } }"): typeof import('./graphql.js').DataEntryPersonAsAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataEntryAuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) { entries { id at actor action entity entityId before after } nextCursor } }"): typeof import('./graphql.js').DataEntryAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsAnalystKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }"): typeof import('./graphql.js').ExportsAnalystKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code name women men total suppressed } }"): typeof import('./graphql.js').ExportsEsfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsProjects($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { projects { project { code name municipality alerRole } awarded allowancesCommitted withheld } }\n  participation(filter: $filter) { project { code } target peopleReached attendances anonymousHeadcount }\n  employmentOutcomes(filter: $filter) { projects { project { code } enrolled inProgress employed unsuccessful withdrawn } }\n  debtRecovery(filter: $filter) { projects { project { code } arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered } } }"): typeof import('./graphql.js').ExportsProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportFile($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean) {\n  importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {\n    rows written dryRun skipped created { people enrolments activities attendances } errors { row column message } } }"): typeof import('./graphql.js').ImportFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportSampleFigures { debtRecovery(filter: { projectCodes: [\"PRO_SALOMONE\"], asOf: \"2019-01-01\" }) { arrearsAtEnrolment }\n        participation(filter: { projectCodes: [\"PRO_SALOMONE\"], asOf: \"2019-01-01\" }) { peopleReached attendances anonymousHeadcount } }"): typeof import('./graphql.js').ImportSampleFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportRegisterFigures { participation(filter: { projectCodes: [\"SESTOINSIEME\"], asOf: \"2019-12-31\" }) { peopleReached attendances } }"): typeof import('./graphql.js').ImportRegisterFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NewsletterDraft($filter: ReportFilter, $language: Language) {\n  newsletterUpdate(filter: $filter, language: $language) { asOf language title markdown html usesSyntheticData } }"): typeof import('./graphql.js').NewsletterDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperationsAnalystKey { createApiKey(input: { role: ANALYST, label: \"Regione\" }) { token } }"): typeof import('./graphql.js').OperationsAnalystKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleProjects { projects { code name municipality place alerRole awarded startDate endDate participantTarget\n  involvementTarget allowance withholdingShare assumedFields partners { role organisation { name kind } } } }"): typeof import('./graphql.js').ArticleProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleProjectByCode { known: project(code: \"SESTOINSIEME\") { name municipality } unknown: project(code: \"NOPE\") { name } }"): typeof import('./graphql.js').ArticleProjectByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleProgramme { programme { code axis actions callTitle fundedListPublishedOn } }"): typeof import('./graphql.js').ArticleProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoDashboard($filter: ReportFilter) {\n  fundingSummary(filter: $filter) { asOf totalAwarded allowancesCommitted withheld byRole { alerRole projectCount awarded }\n    projects { project { code name alerRole partners { organisation { name } } } awarded allowancesCommitted withheld } }\n  participation(filter: $filter) { project { code name } target peopleReached attendances anonymousHeadcount shareOfTarget\n    cumulative { month value } pacePerMonth targetReachedMonth projectedTargetMonth }\n  employmentOutcomes(filter: $filter) { enrolled inProgress employed unsuccessful withdrawn employmentRate\n    byContractType { contractType count } bySex { sex enrolled employed }\n    projects { project { code } enrolled inProgress employed unsuccessful withdrawn } }\n  debtRecovery(filter: $filter) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered outstanding\n    recoveryRate cumulative { month value } monthly { month repayments withholding total }\n    projects { project { code } arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered } }\n  esfIndicators(filter: $filter) { code women men total }\n}"): typeof import('./graphql.js').DemoDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingFunding($filter: ReportFilter) { fundingSummary(filter: $filter) {\n    asOf totalAwarded allowancesCommitted withheld byRole { alerRole projectCount awarded }\n    projects { project { code } awarded allowancesCommitted withheld } } }"): typeof import('./graphql.js').ReportingFundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingParticipation($filter: ReportFilter) { participation(filter: $filter) {\n    project { code } asOf target peopleReached attendances anonymousHeadcount shareOfTarget\n    cumulative { month value } pacePerMonth targetReachedMonth projectedTargetMonth } }"): typeof import('./graphql.js').ReportingParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingOutcomes($filter: ReportFilter) { employmentOutcomes(filter: $filter) {\n    asOf enrolled inProgress employed unsuccessful withdrawn employmentRate byContractType { contractType count }\n    bySex { sex enrolled inProgress employed unsuccessful withdrawn employmentRate }\n    projects { project { code } enrolled employed unsuccessful withdrawn inProgress } } }"): typeof import('./graphql.js').ReportingOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingDebt($filter: ReportFilter) { debtRecovery(filter: $filter) {\n    asOf arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered outstanding recoveryRate\n    cumulative { month value } monthly { month repayments withholding total }\n    projects { project { code } arrearsAtEnrolment totalRecovered } } }"): typeof import('./graphql.js').ReportingDebtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code name women men total suppressed } }"): typeof import('./graphql.js').ReportingEsfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingEsfAtEntry { esfIndicators(filter: { asOf: \"2019-06-30\" }) { code total } }"): typeof import('./graphql.js').ReportingEsfAtEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingBeforeTheLabs($filter: ReportFilter) {\n        fundingSummary(filter: $filter) { totalAwarded allowancesCommitted withheld byRole { projectCount awarded } projects { awarded allowancesCommitted withheld } }\n        participation(filter: $filter) { peopleReached attendances anonymousHeadcount shareOfTarget cumulative { value } }\n        employmentOutcomes(filter: $filter) { enrolled inProgress employed unsuccessful withdrawn employmentRate }\n        debtRecovery(filter: $filter) { arrearsAtEnrolment totalRecovered outstanding recoveryRate cumulative { value } }\n        esfIndicators(filter: $filter) { women men total }\n      }"): typeof import('./graphql.js').ReportingBeforeTheLabsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SnapshotsFreezeAnnual { freezeReport(asOf: \"2020-08-31\", label: \"Relazione annuale 2020\") { id asOf sha256 label } }"): typeof import('./graphql.js').SnapshotsFreezeAnnualDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SnapshotsCorrectArrears($input: CorrectEnrolmentInput!) { correctEnrolment(input: $input) { id } }"): typeof import('./graphql.js').SnapshotsCorrectArrearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SnapshotsList { reportSnapshots { id sha256 } }"): typeof import('./graphql.js').SnapshotsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SnapshotsDiffLive($id: ID!) { reportDiff(snapshot: $id) {\n      asOf against { id } changes { table key field before after } corrections { action entity entityId reason } } }"): typeof import('./graphql.js').SnapshotsDiffLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SnapshotsFreezeCorrected { freezeReport(asOf: \"2020-08-31\", label: \"Relazione rettificata\") { id sha256 } }"): typeof import('./graphql.js').SnapshotsFreezeCorrectedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SnapshotsDiffBetween($a: ID!, $b: ID!) {\n      reportDiff(snapshot: $a, against: $b) { changes { key field } corrections { entityId } } }"): typeof import('./graphql.js').SnapshotsDiffBetweenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SnapshotsDiffSince($id: ID!) { reportDiff(snapshot: $id) { changes { key } } }"): typeof import('./graphql.js').SnapshotsDiffSinceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SnapshotsFreeze($asOf: Date!, $label: String!) { freezeReport(asOf: $asOf, label: $label) { sha256 } }"): typeof import('./graphql.js').SnapshotsFreezeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsPartners { projects { code partners { role organisation { name } } } }"): typeof import('./graphql.js').StatementsPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuppressionEsf($filter: ReportFilter) { esfIndicators(filter: $filter) { code women men total suppressed } }"): typeof import('./graphql.js').SuppressionEsfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuppressionOutcomes($filter: ReportFilter) { employmentOutcomes(filter: $filter) {\n    enrolled inProgress employed unsuccessful withdrawn byContractType { contractType count suppressed }\n    bySex { sex enrolled inProgress employed unsuccessful withdrawn employmentRate suppressed } } }"): typeof import('./graphql.js').SuppressionOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuppressionReachOverTime($filter: ReportFilter) { participation(filter: $filter) {\n      peopleReached pacePerMonth cumulative { month value } } }"): typeof import('./graphql.js').SuppressionReachOverTimeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuppressionReachMonths($filter: ReportFilter) { participation(filter: $filter) { cumulative { month } } }"): typeof import('./graphql.js').SuppressionReachMonthsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuppressionDebt($filter: ReportFilter) {\n      debtRecovery(filter: $filter) { totalRecovered monthly { month total } cumulative { month } } }"): typeof import('./graphql.js').SuppressionDebtDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
