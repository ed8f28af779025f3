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
    "\n  mutation AccessCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      id\n      token\n    }\n  }\n": typeof types.AccessCreateKeyDocument,
    "\n        mutation AccessRegisterPerson($i: RegisterPersonInput!) {\n          registerPerson(input: $i) {\n            id\n          }\n        }\n      ": typeof types.AccessRegisterPersonDocument,
    "\n        mutation AccessRegisterOther($i: RegisterPersonInput!) {\n          registerPerson(input: $i) {\n            id\n          }\n        }\n      ": typeof types.AccessRegisterOtherDocument,
    "\n        mutation AccessEnrolOpen($i: EnrolInput!) {\n          enrolPerson(input: $i) {\n            id\n          }\n        }\n      ": typeof types.AccessEnrolOpenDocument,
    "\n        mutation AccessEnrolExited($i: EnrolInput!) {\n          enrolPerson(input: $i) {\n            id\n          }\n        }\n      ": typeof types.AccessEnrolExitedDocument,
    "\n      mutation AccessExit($i: ExitInput!) {\n        recordExit(input: $i) {\n          id\n        }\n      }\n    ": typeof types.AccessExitDocument,
    "\n        mutation AccessRepay($i: RepaymentInput!) {\n          recordRepayment(input: $i) {\n            id\n          }\n        }\n      ": typeof types.AccessRepayDocument,
    "\n        mutation AccessActivity($i: ActivityInput!) {\n          recordActivity(input: $i) {\n            id\n          }\n        }\n      ": typeof types.AccessActivityDocument,
    "\n        mutation AccessAttend($i: AttendanceInput!) {\n          recordAttendance(input: $i) {\n            id\n          }\n        }\n      ": typeof types.AccessAttendDocument,
    "\n        mutation AccessArrearsCase($i: ArrearsCaseInput!) {\n          openArrearsCase(input: $i) {\n            id\n          }\n        }\n      ": typeof types.AccessArrearsCaseDocument,
    "\n        mutation AccessOldLock {\n          lockPeriod(until: \"2000-01-01\", reason: \"old lock\") {\n            id\n          }\n        }\n      ": typeof types.AccessOldLockDocument,
    "\n        mutation AccessFirstSnapshot {\n          freezeReport(asOf: \"2019-06-30\", label: \"first\") {\n            id\n          }\n        }\n      ": typeof types.AccessFirstSnapshotDocument,
    "\n        mutation AccessRevokeKey($id: ID!) {\n          revokeApiKey(id: $id)\n        }\n      ": typeof types.AccessRevokeKeyDocument,
    "\n        query AccessApiKeys {\n          apiKeys {\n            label\n            role\n            projectCodes\n            tokenPrefix\n            createdAt\n            lastUsedAt\n            revokedAt\n          }\n        }\n      ": typeof types.AccessApiKeysDocument,
    "\n  fragment AttackFunding on FundingSummary {\n    asOf\n    allowancesCommitted\n    withheld\n    projects {\n      project {\n        code\n      }\n      allowancesCommitted\n      withheld\n    }\n  }\n": typeof types.AttackFundingFragmentDoc,
    "\n  fragment AttackParticipation on ProjectParticipation {\n    project {\n      code\n    }\n    asOf\n    target\n    peopleReached\n    attendances\n    anonymousHeadcount\n    shareOfTarget\n    cumulative {\n      month\n      value\n    }\n    pacePerMonth\n    targetReachedMonth\n  }\n": typeof types.AttackParticipationFragmentDoc,
    "\n  fragment AttackOutcomes on EmploymentOutcomes {\n    asOf\n    enrolled\n    inProgress\n    employed\n    unsuccessful\n    withdrawn\n    employmentRate\n    byContractType {\n      contractType\n      count\n    }\n    bySex {\n      sex\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      employmentRate\n    }\n    projects {\n      project {\n        code\n      }\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      employmentRate\n      byContractType {\n        contractType\n        count\n      }\n    }\n  }\n": typeof types.AttackOutcomesFragmentDoc,
    "\n  fragment AttackDebt on DebtRecovery {\n    asOf\n    arrearsAtEnrolment\n    recoveredFromRepayments\n    recoveredFromWithholding\n    totalRecovered\n    outstanding\n    recoveryRate\n    monthly {\n      month\n      repayments\n      withholding\n      total\n    }\n    projects {\n      project {\n        code\n      }\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n      totalRecovered\n      outstanding\n      recoveryRate\n    }\n  }\n": typeof types.AttackDebtFragmentDoc,
    "\n  query AttackPolicy {\n    disclosurePolicy {\n      method\n      threshold\n      maxNoise\n      maxMoneyNoise\n      releaseFrequency\n    }\n  }\n": typeof types.AttackPolicyDocument,
    "\n  fragment AttackEsf on IndicatorValue {\n    code\n    women\n    men\n    total\n  }\n": typeof types.AttackEsfFragmentDoc,
    "\n  fragment AttackReach on PeopleReached {\n    asOf\n    distinct\n    sumOverProjects\n  }\n": typeof types.AttackReachFragmentDoc,
    "\n  mutation ConcurrentImport($kind: ImportKind!, $csv: String!, $fileName: String) {\n    importFile(kind: $kind, csv: $csv, fileName: $fileName) {\n      written\n      skipped\n      created {\n        people\n        enrolments\n        activities\n        attendances\n      }\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ConcurrentImportDocument,
    "\n  mutation ConcurrentActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.ConcurrentActivityDocument,
    "\n  mutation IdempotentRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n      amount\n    }\n  }\n": typeof types.IdempotentRepayDocument,
    "\n  mutation IdempotentTwoRepayments($a: RepaymentInput!, $b: RepaymentInput!) {\n    a: recordRepayment(input: $a) {\n      id\n    }\n    b: recordRepayment(input: $b) {\n      id\n    }\n  }\n": typeof types.IdempotentTwoRepaymentsDocument,
    "\n  mutation IdempotentVoid($input: VoidInput!) {\n    voidRecord(input: $input)\n  }\n": typeof types.IdempotentVoidDocument,
    "\n  mutation IdempotentCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      id\n      token\n    }\n  }\n": typeof types.IdempotentCreateKeyDocument,
    "\n  mutation RaceExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n      outcome\n    }\n  }\n": typeof types.RaceExitDocument,
    "\n  mutation RaceCorrect($input: CorrectEnrolmentInput!) {\n    correctEnrolment(input: $input) {\n      id\n    }\n  }\n": typeof types.RaceCorrectDocument,
    "\n  mutation RaceFollowUp($input: FollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n    }\n  }\n": typeof types.RaceFollowUpDocument,
    "\n  mutation RaceVoid($input: VoidInput!) {\n    voidRecord(input: $input)\n  }\n": typeof types.RaceVoidDocument,
    "\n  mutation RaceRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.RaceRegisterDocument,
    "\n  mutation RaceEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.RaceEnrolDocument,
    "\n  mutation RaceAttend($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n    }\n  }\n": typeof types.RaceAttendDocument,
    "\n  mutation RaceActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.RaceActivityDocument,
    "\n  mutation RaceRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n    }\n  }\n": typeof types.RaceRepayDocument,
    "\n  mutation RaceCorrectRepayment($input: CorrectRepaymentInput!) {\n    correctRepayment(input: $input) {\n      id\n    }\n  }\n": typeof types.RaceCorrectRepaymentDocument,
    "\n  query CorrectionsFigures {\n    debtRecovery(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) {\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n    }\n    employmentOutcomes(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) {\n      enrolled\n      employed\n      unsuccessful\n      inProgress\n    }\n    participation(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) {\n      peopleReached\n      attendances\n    }\n  }\n": typeof types.CorrectionsFiguresDocument,
    "\n  mutation CorrectionsCorrectEnrolment($input: CorrectEnrolmentInput!) {\n    correctEnrolment(input: $input) {\n      id\n      selectedOn\n      arrearsAtEnrolment\n      exitedOn\n      outcome\n      contractType\n    }\n  }\n": typeof types.CorrectionsCorrectEnrolmentDocument,
    "\n  mutation CorrectionsVoid($input: VoidInput!) {\n    voidRecord(input: $input)\n  }\n": typeof types.CorrectionsVoidDocument,
    "\n      mutation CorrectionsRegister($i: RegisterPersonInput!) {\n        registerPerson(input: $i) {\n          id\n        }\n      }\n    ": typeof types.CorrectionsRegisterDocument,
    "\n      mutation CorrectionsEnrol($i: EnrolInput!) {\n        enrolPerson(input: $i) {\n          id\n        }\n      }\n    ": typeof types.CorrectionsEnrolDocument,
    "\n      mutation CorrectionsRepay($i: RepaymentInput!) {\n        recordRepayment(input: $i) {\n          id\n        }\n      }\n    ": typeof types.CorrectionsRepayDocument,
    "\n      mutation CorrectionsExit($i: ExitInput!) {\n        recordExit(input: $i) {\n          id\n        }\n      }\n    ": typeof types.CorrectionsExitDocument,
    "\n      mutation CorrectionsActivity($i: ActivityInput!) {\n        recordActivity(input: $i) {\n          id\n        }\n      }\n    ": typeof types.CorrectionsActivityDocument,
    "\n      mutation CorrectionsAttend($i: AttendanceInput!) {\n        recordAttendance(input: $i) {\n          id\n        }\n      }\n    ": typeof types.CorrectionsAttendDocument,
    "\n        mutation CorrectionsCorrectRepayment($i: CorrectRepaymentInput!) {\n          correctRepayment(input: $i) {\n            id\n            amount\n          }\n        }\n      ": typeof types.CorrectionsCorrectRepaymentDocument,
    "\n        query CorrectionsRepaymentTrail {\n          auditLog(filter: { entity: \"repayment\" }, first: 1) {\n            entries {\n              action\n              before\n              after\n              reason\n              actor\n            }\n          }\n        }\n      ": typeof types.CorrectionsRepaymentTrailDocument,
    "\n        mutation CorrectionsLock {\n          lockPeriod(until: \"2019-12-31\", reason: \"Reported to the Region for 2019\") {\n            id\n            lockedUntil\n          }\n        }\n      ": typeof types.CorrectionsLockDocument,
    "\n          mutation CorrectionsLockedActivity($i: ActivityInput!) {\n            recordActivity(input: $i) {\n              id\n            }\n          }\n        ": typeof types.CorrectionsLockedActivityDocument,
    "\n        mutation CorrectionsAfterLock($i: ActivityInput!) {\n          recordActivity(input: $i) {\n            id\n          }\n        }\n      ": typeof types.CorrectionsAfterLockDocument,
    "\n        mutation CorrectionsUnlockNoReason($id: ID!) {\n          unlockPeriod(id: $id, reason: \"\") {\n            id\n          }\n        }\n      ": typeof types.CorrectionsUnlockNoReasonDocument,
    "\n        mutation CorrectionsUnlock($id: ID!) {\n          unlockPeriod(id: $id, reason: \"A late register from Galdus\") {\n            id\n            unlockedAt\n          }\n        }\n      ": typeof types.CorrectionsUnlockDocument,
    "\n  query BrowserHeadline($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      totalAwarded\n    }\n    participation(filter: $filter) {\n      peopleReached\n      target\n    }\n    peopleReached(filter: $filter) {\n      distinct\n      sumOverProjects\n    }\n    employmentOutcomes(filter: $filter) {\n      employed\n      enrolled\n    }\n    debtRecovery(filter: $filter) {\n      totalRecovered\n    }\n  }\n": typeof types.BrowserHeadlineDocument,
    "\n  query BrowserReach($filter: ReportFilter) {\n    participation(filter: $filter) {\n      peopleReached\n    }\n  }\n": typeof types.BrowserReachDocument,
    "\n  query BrowserFunding($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      projects {\n        awarded\n        project {\n          alerRole\n        }\n      }\n    }\n  }\n": typeof types.BrowserFundingDocument,
    "\n  query BrowserOutcomes($filter: ReportFilter) {\n    employmentOutcomes(filter: $filter) {\n      projects {\n        employed\n        inProgress\n      }\n    }\n  }\n": typeof types.BrowserOutcomesDocument,
    "\n  query BrowserDebt($filter: ReportFilter) {\n    debtRecovery(filter: $filter) {\n      monthly {\n        repayments\n        withholding\n      }\n    }\n  }\n": typeof types.BrowserDebtDocument,
    "\n  query BrowserEsf($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      total\n    }\n  }\n": typeof types.BrowserEsfDocument,
    "\n  query BrowserNewsletter($filter: ReportFilter) {\n    newsletterUpdate(filter: $filter) {\n      title\n      markdown\n    }\n  }\n": typeof types.BrowserNewsletterDocument,
    "\n  mutation BrowserCreateApiKey {\n    createApiKey(input: { role: ANALYST, label: \"Regione\" }) {\n      token\n    }\n  }\n": typeof types.BrowserCreateApiKeyDocument,
    "\n  mutation DataEntryRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      sex\n      birthYear\n    }\n  }\n": typeof types.DataEntryRegisterDocument,
    "\n  mutation DataEntryEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n      selectedOn\n      arrearsAtEnrolment\n      warnings\n      person {\n        id\n      }\n      project {\n        code\n      }\n    }\n  }\n": typeof types.DataEntryEnrolDocument,
    "\n  mutation DataEntryExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n      exitedOn\n      outcome\n      contractType\n    }\n  }\n": typeof types.DataEntryExitDocument,
    "\n  mutation DataEntryRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n      amount\n      paidOn\n    }\n  }\n": typeof types.DataEntryRepayDocument,
    "\n  mutation DataEntryActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n      heldOn\n      kind\n      title\n      project {\n        code\n      }\n    }\n  }\n": typeof types.DataEntryActivityDocument,
    "\n  mutation DataEntryAttend($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      anonymousHeadcount\n    }\n  }\n": typeof types.DataEntryAttendDocument,
    "\n  query DataEntryFigures($f: ReportFilter) {\n    fundingSummary(filter: $f) {\n      allowancesCommitted\n      withheld\n    }\n    participation(filter: $f) {\n      peopleReached\n      attendances\n      anonymousHeadcount\n    }\n    employmentOutcomes(filter: $f) {\n      enrolled\n      inProgress\n      unsuccessful\n    }\n    debtRecovery(filter: $f) {\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n      totalRecovered\n    }\n  }\n": typeof types.DataEntryFiguresDocument,
    "\n        query DataEntryProjectsByToken {\n          projects {\n            code\n          }\n        }\n      ": typeof types.DataEntryProjectsByTokenDocument,
    "\n        query DataEntryPersonAsPublic($id: ID!) {\n          person(id: $id) {\n            id\n            sex\n          }\n        }\n      ": typeof types.DataEntryPersonAsPublicDocument,
    "\n        query DataEntryPersonAsAdmin($id: ID!) {\n          person(id: $id) {\n            id\n          }\n        }\n      ": typeof types.DataEntryPersonAsAdminDocument,
    "\n    query DataEntryAuditLog($filter: AuditFilter, $first: Int, $after: String) {\n      auditLog(filter: $filter, first: $first, after: $after) {\n        entries {\n          id\n          at\n          actor\n          action\n          entity\n          entityId\n          before\n          after\n        }\n        nextCursor\n      }\n    }\n  ": typeof types.DataEntryAuditLogDocument,
    "\n  query EsfAnnualTable($filter: ReportFilter, $fromYear: Int, $toYear: Int) {\n    esfAnnualTable(filter: $filter, fromYear: $fromYear, toYear: $toYear) {\n      fromYear\n      toYear\n      asOf\n      years\n      indicators {\n        ...EsfAnnualLine\n      }\n      projects {\n        project {\n          code\n          startDate\n        }\n        indicators {\n          ...EsfAnnualLine\n        }\n      }\n    }\n  }\n  fragment EsfAnnualLine on EsfAnnualIndicator {\n    code\n    name\n    annual {\n      year\n      total\n      men\n      women\n    }\n    cumulative {\n      total\n      men\n      women\n    }\n  }\n": typeof types.EsfAnnualTableDocument,
    "\n  query EsfAnnualCumulative($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      name\n      total\n      men\n      women\n    }\n  }\n": typeof types.EsfAnnualCumulativeDocument,
    "\n      mutation EsfAnnualAnalystKey {\n        createApiKey(input: { role: ANALYST, label: \"Regione\" }) {\n          token\n        }\n      }\n    ": typeof types.EsfAnnualAnalystKeyDocument,
    "\n  mutation EsfDefinitionsRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.EsfDefinitionsRegisterDocument,
    "\n  mutation EsfDefinitionsEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.EsfDefinitionsEnrolDocument,
    "\n  mutation EsfDefinitionsExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n    }\n  }\n": typeof types.EsfDefinitionsExitDocument,
    "\n  mutation EsfDefinitionsFollowUp($input: FollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      observedOn\n    }\n  }\n": typeof types.EsfDefinitionsFollowUpDocument,
    "\n  mutation EsfDefinitionsCorrect($input: CorrectEnrolmentInput!) {\n    correctEnrolment(input: $input) {\n      id\n      selectedOn\n      exitedOn\n    }\n  }\n": typeof types.EsfDefinitionsCorrectDocument,
    "\n  mutation EsfDefinitionsImport($csv: String!) {\n    importFile(kind: PARTICIPANTS, csv: $csv, fileName: \"esf.csv\") {\n      written\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.EsfDefinitionsImportDocument,
    "\n  query EsfDefinitionsIndicators($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n    }\n  }\n": typeof types.EsfDefinitionsIndicatorsDocument,
    "\n  mutation EsfMissingRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.EsfMissingRegisterDocument,
    "\n  mutation EsfMissingEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.EsfMissingEnrolDocument,
    "\n  mutation EsfMissingExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n      jobSearchingOnExit\n      inEducationOrTrainingOnExit\n    }\n  }\n": typeof types.EsfMissingExitDocument,
    "\n  mutation EsfMissingFollowUp($input: FollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n    }\n  }\n": typeof types.EsfMissingFollowUpDocument,
    "\n  mutation EsfMissingCorrect($input: CorrectEnrolmentInput!) {\n    correctEnrolment(input: $input) {\n      id\n      jobSearchingOnExit\n      inEducationOrTrainingOnExit\n    }\n  }\n": typeof types.EsfMissingCorrectDocument,
    "\n  query EsfMissingIndicators($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n    }\n  }\n": typeof types.EsfMissingIndicatorsDocument,
    "\n  query EsfMissingEntities($filter: ReportFilter) {\n    esfEntityIndicators(filter: $filter) {\n      code\n      value\n      projectCodes\n      note\n    }\n    projects {\n      code\n      degreeOfUrbanisation\n      degreeOfUrbanisationSource\n    }\n  }\n": typeof types.EsfMissingEntitiesDocument,
    "\n      mutation ExportsAnalystKey {\n        createApiKey(input: { role: ANALYST, label: \"Regione\" }) {\n          token\n        }\n      }\n    ": typeof types.ExportsAnalystKeyDocument,
    "\n  query ExportsEsf($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      name\n      women\n      men\n      total\n      suppressed\n    }\n  }\n": typeof types.ExportsEsfDocument,
    "\n  query ExportsProjects($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      projects {\n        project {\n          code\n          name\n          municipality\n          alerRole\n        }\n        awarded\n        allowancesCommitted\n        withheld\n      }\n    }\n    participation(filter: $filter) {\n      project {\n        code\n      }\n      target\n      peopleReached\n      attendances\n      anonymousHeadcount\n    }\n    employmentOutcomes(filter: $filter) {\n      projects {\n        project {\n          code\n        }\n        enrolled\n        inProgress\n        employed\n        unsuccessful\n        withdrawn\n      }\n    }\n    debtRecovery(filter: $filter) {\n      projects {\n        project {\n          code\n        }\n        arrearsAtEnrolment\n        recoveredFromRepayments\n        recoveredFromWithholding\n        totalRecovered\n      }\n    }\n  }\n": typeof types.ExportsProjectsDocument,
    "\n  mutation FreezeDuringWrites($asOf: Date!, $label: String!) {\n    freezeReport(asOf: $asOf, label: $label) {\n      id\n    }\n  }\n": typeof types.FreezeDuringWritesDocument,
    "\n  query BoundsTwentyAliases($filter: ReportFilter) {\n    p1: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p2: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p3: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p4: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p5: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p6: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p7: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p8: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p9: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p10: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    d1: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d2: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d3: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d4: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d5: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d6: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d7: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d8: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d9: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d10: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n  }\n": typeof types.BoundsTwentyAliasesDocument,
    "\n  query BoundsTwentyAliasesFarFuture {\n    p1: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p2: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p3: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p4: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p5: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p6: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p7: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p8: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p9: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p10: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    d1: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d2: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d3: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d4: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d5: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d6: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d7: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d8: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d9: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d10: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n  }\n": typeof types.BoundsTwentyAliasesFarFutureDocument,
    "\n  query BoundsNewsletter($filter: ReportFilter) {\n    newsletterUpdate(filter: $filter) {\n      title\n    }\n  }\n": typeof types.BoundsNewsletterDocument,
    "\n  mutation BoundsFreeze($asOf: Date!, $label: String!) {\n    freezeReport(asOf: $asOf, label: $label) {\n      id\n    }\n  }\n": typeof types.BoundsFreezeDocument,
    "\n  mutation BoundsLock($until: Date!, $reason: String!) {\n    lockPeriod(until: $until, reason: $reason) {\n      id\n    }\n  }\n": typeof types.BoundsLockDocument,
    "\n  mutation BoundsRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.BoundsRegisterDocument,
    "\n  mutation BoundsEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.BoundsEnrolDocument,
    "\n  mutation BoundsRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n    }\n  }\n": typeof types.BoundsRepayDocument,
    "\n  mutation BoundsImport($kind: ImportKind!, $csv: String!, $fileName: String) {\n    importFile(kind: $kind, csv: $csv, fileName: $fileName) {\n      written\n      errors {\n        column\n        message\n      }\n    }\n  }\n": typeof types.BoundsImportDocument,
    "\n        mutation FuzzRegister($input: RegisterPersonInput!) {\n          registerPerson(input: $input) {\n            id\n          }\n        }\n      ": typeof types.FuzzRegisterDocument,
    "\n        mutation FuzzEnrol($input: EnrolInput!) {\n          enrolPerson(input: $input) {\n            id\n          }\n        }\n      ": typeof types.FuzzEnrolDocument,
    "\n        mutation FuzzExit($input: ExitInput!) {\n          recordExit(input: $input) {\n            id\n          }\n        }\n      ": typeof types.FuzzExitDocument,
    "\n        mutation FuzzFollowUp($input: FollowUpInput!) {\n          recordFollowUp(input: $input) {\n            id\n          }\n        }\n      ": typeof types.FuzzFollowUpDocument,
    "\n        mutation FuzzRepay($input: RepaymentInput!) {\n          recordRepayment(input: $input) {\n            id\n          }\n        }\n      ": typeof types.FuzzRepayDocument,
    "\n        mutation FuzzActivity($input: ActivityInput!) {\n          recordActivity(input: $input) {\n            id\n          }\n        }\n      ": typeof types.FuzzActivityDocument,
    "\n        mutation FuzzAttend($input: AttendanceInput!) {\n          recordAttendance(input: $input) {\n            id\n          }\n        }\n      ": typeof types.FuzzAttendDocument,
    "\n        mutation FuzzOpenCase($input: ArrearsCaseInput!) {\n          openArrearsCase(input: $input) {\n            id\n          }\n        }\n      ": typeof types.FuzzOpenCaseDocument,
    "\n        mutation FuzzCaseStatus($input: ArrearsCaseStatusInput!) {\n          changeArrearsCaseStatus(input: $input) {\n            id\n          }\n        }\n      ": typeof types.FuzzCaseStatusDocument,
    "\n        mutation FuzzCorrectEnrolment($input: CorrectEnrolmentInput!) {\n          correctEnrolment(input: $input) {\n            id\n          }\n        }\n      ": typeof types.FuzzCorrectEnrolmentDocument,
    "\n        mutation FuzzCorrectRepayment($input: CorrectRepaymentInput!) {\n          correctRepayment(input: $input) {\n            id\n          }\n        }\n      ": typeof types.FuzzCorrectRepaymentDocument,
    "\n        mutation FuzzVoid($input: VoidInput!) {\n          voidRecord(input: $input)\n        }\n      ": typeof types.FuzzVoidDocument,
    "\n        mutation FuzzImport($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean) {\n          importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {\n            written\n          }\n        }\n      ": typeof types.FuzzImportDocument,
    "\n        mutation FuzzUnlock($id: ID!, $reason: String!) {\n          unlockPeriod(id: $id, reason: $reason) {\n            id\n          }\n        }\n      ": typeof types.FuzzUnlockDocument,
    "\n        mutation FuzzCreateKey($input: CreateApiKeyInput!) {\n          createApiKey(input: $input) {\n            token\n          }\n        }\n      ": typeof types.FuzzCreateKeyDocument,
    "\n        mutation FuzzRevokeKey($id: ID!) {\n          revokeApiKey(id: $id)\n        }\n      ": typeof types.FuzzRevokeKeyDocument,
    "\n        mutation FuzzFreeze($asOf: Date!, $label: String!) {\n          freezeReport(asOf: $asOf, label: $label) {\n            id\n          }\n        }\n      ": typeof types.FuzzFreezeDocument,
    "\n        mutation FuzzLock($until: Date!, $reason: String!) {\n          lockPeriod(until: $until, reason: $reason) {\n            id\n          }\n        }\n      ": typeof types.FuzzLockDocument,
    "\n  mutation ImportFile($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean) {\n    importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {\n      rows\n      written\n      dryRun\n      skipped\n      created {\n        people\n        enrolments\n        activities\n        attendances\n      }\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportFileDocument,
    "\n          query ImportSampleFigures {\n            debtRecovery(filter: { projectCodes: [\"PRO_SALOMONE\"], asOf: \"2019-01-01\" }) {\n              arrearsAtEnrolment\n            }\n            participation(filter: { projectCodes: [\"PRO_SALOMONE\"], asOf: \"2019-01-01\" }) {\n              peopleReached\n              attendances\n              anonymousHeadcount\n            }\n          }\n        ": typeof types.ImportSampleFiguresDocument,
    "\n          query ImportRegisterFigures {\n            participation(filter: { projectCodes: [\"SESTOINSIEME\"], asOf: \"2019-12-31\" }) {\n              peopleReached\n              attendances\n            }\n          }\n        ": typeof types.ImportRegisterFiguresDocument,
    "\n    query ListingsSearch($filter: PeopleFilter) {\n      people(filter: $filter) {\n        totalCount\n        edges {\n          node {\n            id\n            sex\n            birthYear\n          }\n        }\n      }\n    }\n  ": typeof types.ListingsSearchDocument,
    "\n  query NewsletterDraft($filter: ReportFilter, $language: Language) {\n    newsletterUpdate(filter: $filter, language: $language) {\n      asOf\n      language\n      title\n      markdown\n      html\n      usesSyntheticData\n    }\n  }\n": typeof types.NewsletterDraftDocument,
    "\n  query NewsletterPublicFigures($filter: ReportFilter) {\n    peopleReached(filter: $filter) {\n      distinct\n      sumOverProjects\n    }\n    employmentOutcomes(filter: $filter) {\n      enrolled\n      employed\n      unsuccessful\n      withdrawn\n      inProgress\n    }\n    debtRecovery(filter: $filter) {\n      recoveredFromRepayments\n      recoveredFromWithholding\n      totalRecovered\n    }\n  }\n": typeof types.NewsletterPublicFiguresDocument,
    "\n      mutation OperationsAnalystKey {\n        createApiKey(input: { role: ANALYST, label: \"Regione\" }) {\n          token\n        }\n      }\n    ": typeof types.OperationsAnalystKeyDocument,
    "\n  mutation ProcessesRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.ProcessesRegisterDocument,
    "\n  mutation ProcessesEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.ProcessesEnrolDocument,
    "\n  mutation ProcessesExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n    }\n  }\n": typeof types.ProcessesExitDocument,
    "\n  mutation ProcessesRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n    }\n  }\n": typeof types.ProcessesRepayDocument,
    "\n  mutation ProcessesActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.ProcessesActivityDocument,
    "\n  mutation ProcessesAttend($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n    }\n  }\n": typeof types.ProcessesAttendDocument,
    "\n  mutation ProcessesImport($csv: String!) {\n    importFile(kind: ATTENDANCE, csv: $csv, fileName: \"registro.csv\") {\n      written\n      created {\n        people\n        activities\n        attendances\n      }\n    }\n  }\n": typeof types.ProcessesImportDocument,
    "\n  mutation ProcessesCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      id\n      token\n    }\n  }\n": typeof types.ProcessesCreateKeyDocument,
    "\n  mutation ProcessesRevokeKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": typeof types.ProcessesRevokeKeyDocument,
    "\n  mutation ProcessesLock($until: Date!) {\n    lockPeriod(until: $until, reason: \"processes test\") {\n      id\n    }\n  }\n": typeof types.ProcessesLockDocument,
    "\n  mutation ProcessesUnlock($id: ID!) {\n    unlockPeriod(id: $id, reason: \"processes test\") {\n      id\n    }\n  }\n": typeof types.ProcessesUnlockDocument,
    "\n  query ProcessesReports($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      asOf\n      totalAwarded\n      allowancesCommitted\n      withheld\n      projects {\n        project {\n          code\n        }\n        allowancesCommitted\n        withheld\n      }\n    }\n    participation(filter: $filter) {\n      project {\n        code\n      }\n      peopleReached\n      attendances\n      anonymousHeadcount\n      cumulative {\n        month\n        value\n      }\n    }\n    peopleReached(filter: $filter) {\n      asOf\n      distinct\n      sumOverProjects\n    }\n    employmentOutcomes(filter: $filter) {\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      byContractType {\n        contractType\n        count\n      }\n      projects {\n        project {\n          code\n        }\n        enrolled\n        employed\n        unsuccessful\n        withdrawn\n      }\n    }\n    debtRecovery(filter: $filter) {\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n      outstanding\n    }\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n      suppressed\n    }\n  }\n": typeof types.ProcessesReportsDocument,
    "\n  query ArticleProjects {\n    projects {\n      code\n      name\n      municipality\n      place\n      alerRole\n      awarded\n      startDate\n      endDate\n      participantTarget\n      involvementTarget\n      allowance\n      withholdingShare\n      assumedFields\n      partners {\n        role\n        organisation {\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.ArticleProjectsDocument,
    "\n        query ArticleProjectByCode {\n          known: project(code: \"SESTOINSIEME\") {\n            name\n            municipality\n          }\n          unknown: project(code: \"NOPE\") {\n            name\n          }\n        }\n      ": typeof types.ArticleProjectByCodeDocument,
    "\n        query ArticleProgramme {\n          programme {\n            code\n            axis\n            actions\n            callTitle\n            fundedListPublishedOn\n          }\n        }\n      ": typeof types.ArticleProgrammeDocument,
    "\n  query PublicReleaseEsf($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n      suppressed\n    }\n  }\n": typeof types.PublicReleaseEsfDocument,
    "\n  query PublicReleaseOutcomes($filter: ReportFilter) {\n    employmentOutcomes(filter: $filter) {\n      asOf\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      byContractType {\n        contractType\n        count\n      }\n      bySex {\n        sex\n        enrolled\n        inProgress\n        employed\n        unsuccessful\n        withdrawn\n        suppressed\n      }\n      projects {\n        project {\n          code\n        }\n        enrolled\n      }\n    }\n  }\n": typeof types.PublicReleaseOutcomesDocument,
    "\n  query PublicReleasePolicy {\n    disclosurePolicy {\n      yourFigures\n      method\n      threshold\n      maxNoise\n      noiseStandardDeviation\n      maxMoneyNoise\n      releaseFrequency\n      latestRelease\n    }\n  }\n": typeof types.PublicReleasePolicyDocument,
    "\n  query PublicReleaseOthers($filter: ReportFilter) {\n    participation(filter: $filter) {\n      project {\n        code\n      }\n      asOf\n      peopleReached\n      cumulative {\n        month\n        value\n      }\n    }\n    debtRecovery(filter: $filter) {\n      asOf\n      totalRecovered\n      recoveredFromRepayments\n      recoveredFromWithholding\n      monthly {\n        month\n        repayments\n        withholding\n      }\n      projects {\n        project {\n          code\n        }\n        recoveredFromRepayments\n        recoveredFromWithholding\n      }\n    }\n    fundingSummary(filter: $filter) {\n      withheld\n      allowancesCommitted\n      projects {\n        project {\n          code\n        }\n        withheld\n        allowancesCommitted\n      }\n    }\n  }\n": typeof types.PublicReleaseOthersDocument,
    "\n      query PublicReleaseDays($asOf: Date) {\n        disclosurePolicy(asOf: $asOf) {\n          reportsAsOf\n          esfIndicatorsAsOf\n          esfReleaseFrequency\n        }\n      }\n    ": typeof types.PublicReleaseDaysDocument,
    "\n  query ReEntryFigures($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n    }\n    employmentOutcomes(filter: $filter) {\n      enrolled\n    }\n  }\n": typeof types.ReEntryFiguresDocument,
    "\n  query DemoDashboard($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      asOf\n      totalAwarded\n      allowancesCommitted\n      withheld\n      byRole {\n        alerRole\n        projectCount\n        awarded\n      }\n      projects {\n        project {\n          code\n          name\n          alerRole\n          partners {\n            organisation {\n              name\n            }\n          }\n        }\n        awarded\n        allowancesCommitted\n        withheld\n      }\n    }\n    participation(filter: $filter) {\n      project {\n        code\n        name\n      }\n      target\n      peopleReached\n      attendances\n      anonymousHeadcount\n      shareOfTarget\n      cumulative {\n        month\n        value\n      }\n      pacePerMonth\n      targetReachedMonth\n      projectedTargetMonth\n    }\n    peopleReached(filter: $filter) {\n      asOf\n      distinct\n      sumOverProjects\n    }\n    employmentOutcomes(filter: $filter) {\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      employmentRate\n      byContractType {\n        contractType\n        count\n      }\n      bySex {\n        sex\n        enrolled\n        employed\n      }\n      projects {\n        project {\n          code\n        }\n        enrolled\n        inProgress\n        employed\n        unsuccessful\n        withdrawn\n      }\n    }\n    debtRecovery(filter: $filter) {\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n      totalRecovered\n      outstanding\n      recoveryRate\n      cumulative {\n        month\n        value\n      }\n      monthly {\n        month\n        repayments\n        withholding\n        total\n      }\n      projects {\n        project {\n          code\n        }\n        arrearsAtEnrolment\n        recoveredFromRepayments\n        recoveredFromWithholding\n        totalRecovered\n      }\n    }\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n    }\n  }\n": typeof types.DemoDashboardDocument,
    "\n    query ReportingFunding($filter: ReportFilter) {\n      fundingSummary(filter: $filter) {\n        asOf\n        totalAwarded\n        allowancesCommitted\n        withheld\n        byRole {\n          alerRole\n          projectCount\n          awarded\n        }\n        projects {\n          project {\n            code\n          }\n          awarded\n          allowancesCommitted\n          withheld\n        }\n      }\n    }\n  ": typeof types.ReportingFundingDocument,
    "\n    query ReportingParticipation($filter: ReportFilter) {\n      participation(filter: $filter) {\n        project {\n          code\n        }\n        asOf\n        target\n        peopleReached\n        attendances\n        anonymousHeadcount\n        shareOfTarget\n        cumulative {\n          month\n          value\n        }\n        pacePerMonth\n        targetReachedMonth\n        projectedTargetMonth\n      }\n    }\n  ": typeof types.ReportingParticipationDocument,
    "\n    query ReportingPeopleReached($filter: ReportFilter) {\n      peopleReached(filter: $filter) {\n        asOf\n        distinct\n        sumOverProjects\n      }\n      participation(filter: $filter) {\n        peopleReached\n      }\n    }\n  ": typeof types.ReportingPeopleReachedDocument,
    "\n    query ReportingOutcomes($filter: ReportFilter) {\n      employmentOutcomes(filter: $filter) {\n        asOf\n        enrolled\n        inProgress\n        employed\n        unsuccessful\n        withdrawn\n        employmentRate\n        byContractType {\n          contractType\n          count\n        }\n        bySex {\n          sex\n          enrolled\n          inProgress\n          employed\n          unsuccessful\n          withdrawn\n          employmentRate\n        }\n        projects {\n          project {\n            code\n          }\n          enrolled\n          employed\n          unsuccessful\n          withdrawn\n          inProgress\n        }\n      }\n    }\n  ": typeof types.ReportingOutcomesDocument,
    "\n    query ReportingDebt($filter: ReportFilter) {\n      debtRecovery(filter: $filter) {\n        asOf\n        arrearsAtEnrolment\n        recoveredFromRepayments\n        recoveredFromWithholding\n        totalRecovered\n        outstanding\n        recoveryRate\n        cumulative {\n          month\n          value\n        }\n        monthly {\n          month\n          repayments\n          withholding\n          total\n        }\n        projects {\n          project {\n            code\n          }\n          arrearsAtEnrolment\n          totalRecovered\n        }\n      }\n    }\n  ": typeof types.ReportingDebtDocument,
    "\n    query ReportingEsf($filter: ReportFilter) {\n      esfIndicators(filter: $filter) {\n        code\n        name\n        women\n        men\n        total\n        suppressed\n      }\n    }\n  ": typeof types.ReportingEsfDocument,
    "\n        query ReportingEsfAtEntry {\n          esfIndicators(filter: { asOf: \"2019-06-30\" }) {\n            code\n            total\n          }\n        }\n      ": typeof types.ReportingEsfAtEntryDocument,
    "\n        query ReportingBeforeTheLabs($filter: ReportFilter) {\n          fundingSummary(filter: $filter) {\n            totalAwarded\n            allowancesCommitted\n            withheld\n            byRole {\n              projectCount\n              awarded\n            }\n            projects {\n              awarded\n              allowancesCommitted\n              withheld\n            }\n          }\n          participation(filter: $filter) {\n            peopleReached\n            attendances\n            anonymousHeadcount\n            shareOfTarget\n            cumulative {\n              value\n            }\n          }\n          employmentOutcomes(filter: $filter) {\n            enrolled\n            inProgress\n            employed\n            unsuccessful\n            withdrawn\n            employmentRate\n          }\n          debtRecovery(filter: $filter) {\n            arrearsAtEnrolment\n            totalRecovered\n            outstanding\n            recoveryRate\n            cumulative {\n              value\n            }\n          }\n          esfIndicators(filter: $filter) {\n            women\n            men\n            total\n          }\n        }\n      ": typeof types.ReportingBeforeTheLabsDocument,
    "\n  mutation SituationRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.SituationRegisterDocument,
    "\n  mutation SituationDeclare($input: DeclareSituationInput!) {\n    declareSituation(input: $input) {\n      id\n      effectiveOn\n      labourStatus\n      education\n    }\n  }\n": typeof types.SituationDeclareDocument,
    "\n  mutation SituationEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.SituationEnrolDocument,
    "\n  query SituationEsf($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n    }\n  }\n": typeof types.SituationEsfDocument,
    "\n        mutation SnapshotsFreezeAnnual {\n          freezeReport(asOf: \"2020-08-31\", label: \"Relazione annuale 2020\") {\n            id\n            asOf\n            sha256\n            label\n          }\n        }\n      ": typeof types.SnapshotsFreezeAnnualDocument,
    "\n        mutation SnapshotsCorrectArrears($input: CorrectEnrolmentInput!) {\n          correctEnrolment(input: $input) {\n            id\n          }\n        }\n      ": typeof types.SnapshotsCorrectArrearsDocument,
    "\n        query SnapshotsList {\n          reportSnapshots {\n            id\n            sha256\n          }\n        }\n      ": typeof types.SnapshotsListDocument,
    "\n        query SnapshotsDiffLive($id: ID!) {\n          reportDiff(snapshot: $id) {\n            asOf\n            against {\n              id\n            }\n            changes {\n              table\n              key\n              field\n              before\n              after\n            }\n            corrections {\n              action\n              entity\n              entityId\n              reason\n            }\n          }\n        }\n      ": typeof types.SnapshotsDiffLiveDocument,
    "\n        mutation SnapshotsFreezeCorrected {\n          freezeReport(asOf: \"2020-08-31\", label: \"Relazione rettificata\") {\n            id\n            sha256\n          }\n        }\n      ": typeof types.SnapshotsFreezeCorrectedDocument,
    "\n      query SnapshotsDiffBetween($a: ID!, $b: ID!) {\n        reportDiff(snapshot: $a, against: $b) {\n          changes {\n            key\n            field\n          }\n          corrections {\n            entityId\n          }\n        }\n      }\n    ": typeof types.SnapshotsDiffBetweenDocument,
    "\n      query SnapshotsDiffSince($id: ID!) {\n        reportDiff(snapshot: $id) {\n          changes {\n            key\n          }\n        }\n      }\n    ": typeof types.SnapshotsDiffSinceDocument,
    "\n      mutation SnapshotsFreeze($asOf: Date!, $label: String!) {\n        freezeReport(asOf: $asOf, label: $label) {\n          sha256\n        }\n      }\n    ": typeof types.SnapshotsFreezeDocument,
    "\n  query StatementsPartners {\n    projects {\n      code\n      partners {\n        role\n        organisation {\n          name\n        }\n      }\n    }\n  }\n": typeof types.StatementsPartnersDocument,
    "\n  query SummariesRaceParticipation($filter: ReportFilter) {\n    participation(filter: $filter) {\n      project {\n        code\n      }\n      peopleReached\n    }\n  }\n": typeof types.SummariesRaceParticipationDocument,
    "\n  query SummariesFigures($filter: ReportFilter) {\n    employmentOutcomes(filter: $filter) {\n      enrolled\n      employed\n    }\n    participation(filter: $filter) {\n      peopleReached\n      attendances\n      anonymousHeadcount\n    }\n    debtRecovery(filter: $filter) {\n      arrearsAtEnrolment\n      totalRecovered\n    }\n    esfIndicators(filter: $filter) {\n      code\n      total\n    }\n  }\n": typeof types.SummariesFiguresDocument,
    "\n  mutation TimeoutsRecordActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.TimeoutsRecordActivityDocument,
    "\n  mutation TimeoutsImport($csv: String!, $fileName: String) {\n    importFile(kind: ATTENDANCE, csv: $csv, fileName: $fileName) {\n      written\n      errors {\n        message\n      }\n    }\n  }\n": typeof types.TimeoutsImportDocument,
};
const documents: Documents = {
    "\n  mutation AccessCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      id\n      token\n    }\n  }\n": types.AccessCreateKeyDocument,
    "\n        mutation AccessRegisterPerson($i: RegisterPersonInput!) {\n          registerPerson(input: $i) {\n            id\n          }\n        }\n      ": types.AccessRegisterPersonDocument,
    "\n        mutation AccessRegisterOther($i: RegisterPersonInput!) {\n          registerPerson(input: $i) {\n            id\n          }\n        }\n      ": types.AccessRegisterOtherDocument,
    "\n        mutation AccessEnrolOpen($i: EnrolInput!) {\n          enrolPerson(input: $i) {\n            id\n          }\n        }\n      ": types.AccessEnrolOpenDocument,
    "\n        mutation AccessEnrolExited($i: EnrolInput!) {\n          enrolPerson(input: $i) {\n            id\n          }\n        }\n      ": types.AccessEnrolExitedDocument,
    "\n      mutation AccessExit($i: ExitInput!) {\n        recordExit(input: $i) {\n          id\n        }\n      }\n    ": types.AccessExitDocument,
    "\n        mutation AccessRepay($i: RepaymentInput!) {\n          recordRepayment(input: $i) {\n            id\n          }\n        }\n      ": types.AccessRepayDocument,
    "\n        mutation AccessActivity($i: ActivityInput!) {\n          recordActivity(input: $i) {\n            id\n          }\n        }\n      ": types.AccessActivityDocument,
    "\n        mutation AccessAttend($i: AttendanceInput!) {\n          recordAttendance(input: $i) {\n            id\n          }\n        }\n      ": types.AccessAttendDocument,
    "\n        mutation AccessArrearsCase($i: ArrearsCaseInput!) {\n          openArrearsCase(input: $i) {\n            id\n          }\n        }\n      ": types.AccessArrearsCaseDocument,
    "\n        mutation AccessOldLock {\n          lockPeriod(until: \"2000-01-01\", reason: \"old lock\") {\n            id\n          }\n        }\n      ": types.AccessOldLockDocument,
    "\n        mutation AccessFirstSnapshot {\n          freezeReport(asOf: \"2019-06-30\", label: \"first\") {\n            id\n          }\n        }\n      ": types.AccessFirstSnapshotDocument,
    "\n        mutation AccessRevokeKey($id: ID!) {\n          revokeApiKey(id: $id)\n        }\n      ": types.AccessRevokeKeyDocument,
    "\n        query AccessApiKeys {\n          apiKeys {\n            label\n            role\n            projectCodes\n            tokenPrefix\n            createdAt\n            lastUsedAt\n            revokedAt\n          }\n        }\n      ": types.AccessApiKeysDocument,
    "\n  fragment AttackFunding on FundingSummary {\n    asOf\n    allowancesCommitted\n    withheld\n    projects {\n      project {\n        code\n      }\n      allowancesCommitted\n      withheld\n    }\n  }\n": types.AttackFundingFragmentDoc,
    "\n  fragment AttackParticipation on ProjectParticipation {\n    project {\n      code\n    }\n    asOf\n    target\n    peopleReached\n    attendances\n    anonymousHeadcount\n    shareOfTarget\n    cumulative {\n      month\n      value\n    }\n    pacePerMonth\n    targetReachedMonth\n  }\n": types.AttackParticipationFragmentDoc,
    "\n  fragment AttackOutcomes on EmploymentOutcomes {\n    asOf\n    enrolled\n    inProgress\n    employed\n    unsuccessful\n    withdrawn\n    employmentRate\n    byContractType {\n      contractType\n      count\n    }\n    bySex {\n      sex\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      employmentRate\n    }\n    projects {\n      project {\n        code\n      }\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      employmentRate\n      byContractType {\n        contractType\n        count\n      }\n    }\n  }\n": types.AttackOutcomesFragmentDoc,
    "\n  fragment AttackDebt on DebtRecovery {\n    asOf\n    arrearsAtEnrolment\n    recoveredFromRepayments\n    recoveredFromWithholding\n    totalRecovered\n    outstanding\n    recoveryRate\n    monthly {\n      month\n      repayments\n      withholding\n      total\n    }\n    projects {\n      project {\n        code\n      }\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n      totalRecovered\n      outstanding\n      recoveryRate\n    }\n  }\n": types.AttackDebtFragmentDoc,
    "\n  query AttackPolicy {\n    disclosurePolicy {\n      method\n      threshold\n      maxNoise\n      maxMoneyNoise\n      releaseFrequency\n    }\n  }\n": types.AttackPolicyDocument,
    "\n  fragment AttackEsf on IndicatorValue {\n    code\n    women\n    men\n    total\n  }\n": types.AttackEsfFragmentDoc,
    "\n  fragment AttackReach on PeopleReached {\n    asOf\n    distinct\n    sumOverProjects\n  }\n": types.AttackReachFragmentDoc,
    "\n  mutation ConcurrentImport($kind: ImportKind!, $csv: String!, $fileName: String) {\n    importFile(kind: $kind, csv: $csv, fileName: $fileName) {\n      written\n      skipped\n      created {\n        people\n        enrolments\n        activities\n        attendances\n      }\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ConcurrentImportDocument,
    "\n  mutation ConcurrentActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n    }\n  }\n": types.ConcurrentActivityDocument,
    "\n  mutation IdempotentRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n      amount\n    }\n  }\n": types.IdempotentRepayDocument,
    "\n  mutation IdempotentTwoRepayments($a: RepaymentInput!, $b: RepaymentInput!) {\n    a: recordRepayment(input: $a) {\n      id\n    }\n    b: recordRepayment(input: $b) {\n      id\n    }\n  }\n": types.IdempotentTwoRepaymentsDocument,
    "\n  mutation IdempotentVoid($input: VoidInput!) {\n    voidRecord(input: $input)\n  }\n": types.IdempotentVoidDocument,
    "\n  mutation IdempotentCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      id\n      token\n    }\n  }\n": types.IdempotentCreateKeyDocument,
    "\n  mutation RaceExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n      outcome\n    }\n  }\n": types.RaceExitDocument,
    "\n  mutation RaceCorrect($input: CorrectEnrolmentInput!) {\n    correctEnrolment(input: $input) {\n      id\n    }\n  }\n": types.RaceCorrectDocument,
    "\n  mutation RaceFollowUp($input: FollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n    }\n  }\n": types.RaceFollowUpDocument,
    "\n  mutation RaceVoid($input: VoidInput!) {\n    voidRecord(input: $input)\n  }\n": types.RaceVoidDocument,
    "\n  mutation RaceRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n": types.RaceRegisterDocument,
    "\n  mutation RaceEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n": types.RaceEnrolDocument,
    "\n  mutation RaceAttend($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n    }\n  }\n": types.RaceAttendDocument,
    "\n  mutation RaceActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n    }\n  }\n": types.RaceActivityDocument,
    "\n  mutation RaceRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n    }\n  }\n": types.RaceRepayDocument,
    "\n  mutation RaceCorrectRepayment($input: CorrectRepaymentInput!) {\n    correctRepayment(input: $input) {\n      id\n    }\n  }\n": types.RaceCorrectRepaymentDocument,
    "\n  query CorrectionsFigures {\n    debtRecovery(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) {\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n    }\n    employmentOutcomes(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) {\n      enrolled\n      employed\n      unsuccessful\n      inProgress\n    }\n    participation(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) {\n      peopleReached\n      attendances\n    }\n  }\n": types.CorrectionsFiguresDocument,
    "\n  mutation CorrectionsCorrectEnrolment($input: CorrectEnrolmentInput!) {\n    correctEnrolment(input: $input) {\n      id\n      selectedOn\n      arrearsAtEnrolment\n      exitedOn\n      outcome\n      contractType\n    }\n  }\n": types.CorrectionsCorrectEnrolmentDocument,
    "\n  mutation CorrectionsVoid($input: VoidInput!) {\n    voidRecord(input: $input)\n  }\n": types.CorrectionsVoidDocument,
    "\n      mutation CorrectionsRegister($i: RegisterPersonInput!) {\n        registerPerson(input: $i) {\n          id\n        }\n      }\n    ": types.CorrectionsRegisterDocument,
    "\n      mutation CorrectionsEnrol($i: EnrolInput!) {\n        enrolPerson(input: $i) {\n          id\n        }\n      }\n    ": types.CorrectionsEnrolDocument,
    "\n      mutation CorrectionsRepay($i: RepaymentInput!) {\n        recordRepayment(input: $i) {\n          id\n        }\n      }\n    ": types.CorrectionsRepayDocument,
    "\n      mutation CorrectionsExit($i: ExitInput!) {\n        recordExit(input: $i) {\n          id\n        }\n      }\n    ": types.CorrectionsExitDocument,
    "\n      mutation CorrectionsActivity($i: ActivityInput!) {\n        recordActivity(input: $i) {\n          id\n        }\n      }\n    ": types.CorrectionsActivityDocument,
    "\n      mutation CorrectionsAttend($i: AttendanceInput!) {\n        recordAttendance(input: $i) {\n          id\n        }\n      }\n    ": types.CorrectionsAttendDocument,
    "\n        mutation CorrectionsCorrectRepayment($i: CorrectRepaymentInput!) {\n          correctRepayment(input: $i) {\n            id\n            amount\n          }\n        }\n      ": types.CorrectionsCorrectRepaymentDocument,
    "\n        query CorrectionsRepaymentTrail {\n          auditLog(filter: { entity: \"repayment\" }, first: 1) {\n            entries {\n              action\n              before\n              after\n              reason\n              actor\n            }\n          }\n        }\n      ": types.CorrectionsRepaymentTrailDocument,
    "\n        mutation CorrectionsLock {\n          lockPeriod(until: \"2019-12-31\", reason: \"Reported to the Region for 2019\") {\n            id\n            lockedUntil\n          }\n        }\n      ": types.CorrectionsLockDocument,
    "\n          mutation CorrectionsLockedActivity($i: ActivityInput!) {\n            recordActivity(input: $i) {\n              id\n            }\n          }\n        ": types.CorrectionsLockedActivityDocument,
    "\n        mutation CorrectionsAfterLock($i: ActivityInput!) {\n          recordActivity(input: $i) {\n            id\n          }\n        }\n      ": types.CorrectionsAfterLockDocument,
    "\n        mutation CorrectionsUnlockNoReason($id: ID!) {\n          unlockPeriod(id: $id, reason: \"\") {\n            id\n          }\n        }\n      ": types.CorrectionsUnlockNoReasonDocument,
    "\n        mutation CorrectionsUnlock($id: ID!) {\n          unlockPeriod(id: $id, reason: \"A late register from Galdus\") {\n            id\n            unlockedAt\n          }\n        }\n      ": types.CorrectionsUnlockDocument,
    "\n  query BrowserHeadline($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      totalAwarded\n    }\n    participation(filter: $filter) {\n      peopleReached\n      target\n    }\n    peopleReached(filter: $filter) {\n      distinct\n      sumOverProjects\n    }\n    employmentOutcomes(filter: $filter) {\n      employed\n      enrolled\n    }\n    debtRecovery(filter: $filter) {\n      totalRecovered\n    }\n  }\n": types.BrowserHeadlineDocument,
    "\n  query BrowserReach($filter: ReportFilter) {\n    participation(filter: $filter) {\n      peopleReached\n    }\n  }\n": types.BrowserReachDocument,
    "\n  query BrowserFunding($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      projects {\n        awarded\n        project {\n          alerRole\n        }\n      }\n    }\n  }\n": types.BrowserFundingDocument,
    "\n  query BrowserOutcomes($filter: ReportFilter) {\n    employmentOutcomes(filter: $filter) {\n      projects {\n        employed\n        inProgress\n      }\n    }\n  }\n": types.BrowserOutcomesDocument,
    "\n  query BrowserDebt($filter: ReportFilter) {\n    debtRecovery(filter: $filter) {\n      monthly {\n        repayments\n        withholding\n      }\n    }\n  }\n": types.BrowserDebtDocument,
    "\n  query BrowserEsf($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      total\n    }\n  }\n": types.BrowserEsfDocument,
    "\n  query BrowserNewsletter($filter: ReportFilter) {\n    newsletterUpdate(filter: $filter) {\n      title\n      markdown\n    }\n  }\n": types.BrowserNewsletterDocument,
    "\n  mutation BrowserCreateApiKey {\n    createApiKey(input: { role: ANALYST, label: \"Regione\" }) {\n      token\n    }\n  }\n": types.BrowserCreateApiKeyDocument,
    "\n  mutation DataEntryRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      sex\n      birthYear\n    }\n  }\n": types.DataEntryRegisterDocument,
    "\n  mutation DataEntryEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n      selectedOn\n      arrearsAtEnrolment\n      warnings\n      person {\n        id\n      }\n      project {\n        code\n      }\n    }\n  }\n": types.DataEntryEnrolDocument,
    "\n  mutation DataEntryExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n      exitedOn\n      outcome\n      contractType\n    }\n  }\n": types.DataEntryExitDocument,
    "\n  mutation DataEntryRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n      amount\n      paidOn\n    }\n  }\n": types.DataEntryRepayDocument,
    "\n  mutation DataEntryActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n      heldOn\n      kind\n      title\n      project {\n        code\n      }\n    }\n  }\n": types.DataEntryActivityDocument,
    "\n  mutation DataEntryAttend($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      anonymousHeadcount\n    }\n  }\n": types.DataEntryAttendDocument,
    "\n  query DataEntryFigures($f: ReportFilter) {\n    fundingSummary(filter: $f) {\n      allowancesCommitted\n      withheld\n    }\n    participation(filter: $f) {\n      peopleReached\n      attendances\n      anonymousHeadcount\n    }\n    employmentOutcomes(filter: $f) {\n      enrolled\n      inProgress\n      unsuccessful\n    }\n    debtRecovery(filter: $f) {\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n      totalRecovered\n    }\n  }\n": types.DataEntryFiguresDocument,
    "\n        query DataEntryProjectsByToken {\n          projects {\n            code\n          }\n        }\n      ": types.DataEntryProjectsByTokenDocument,
    "\n        query DataEntryPersonAsPublic($id: ID!) {\n          person(id: $id) {\n            id\n            sex\n          }\n        }\n      ": types.DataEntryPersonAsPublicDocument,
    "\n        query DataEntryPersonAsAdmin($id: ID!) {\n          person(id: $id) {\n            id\n          }\n        }\n      ": types.DataEntryPersonAsAdminDocument,
    "\n    query DataEntryAuditLog($filter: AuditFilter, $first: Int, $after: String) {\n      auditLog(filter: $filter, first: $first, after: $after) {\n        entries {\n          id\n          at\n          actor\n          action\n          entity\n          entityId\n          before\n          after\n        }\n        nextCursor\n      }\n    }\n  ": types.DataEntryAuditLogDocument,
    "\n  query EsfAnnualTable($filter: ReportFilter, $fromYear: Int, $toYear: Int) {\n    esfAnnualTable(filter: $filter, fromYear: $fromYear, toYear: $toYear) {\n      fromYear\n      toYear\n      asOf\n      years\n      indicators {\n        ...EsfAnnualLine\n      }\n      projects {\n        project {\n          code\n          startDate\n        }\n        indicators {\n          ...EsfAnnualLine\n        }\n      }\n    }\n  }\n  fragment EsfAnnualLine on EsfAnnualIndicator {\n    code\n    name\n    annual {\n      year\n      total\n      men\n      women\n    }\n    cumulative {\n      total\n      men\n      women\n    }\n  }\n": types.EsfAnnualTableDocument,
    "\n  query EsfAnnualCumulative($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      name\n      total\n      men\n      women\n    }\n  }\n": types.EsfAnnualCumulativeDocument,
    "\n      mutation EsfAnnualAnalystKey {\n        createApiKey(input: { role: ANALYST, label: \"Regione\" }) {\n          token\n        }\n      }\n    ": types.EsfAnnualAnalystKeyDocument,
    "\n  mutation EsfDefinitionsRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n": types.EsfDefinitionsRegisterDocument,
    "\n  mutation EsfDefinitionsEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n": types.EsfDefinitionsEnrolDocument,
    "\n  mutation EsfDefinitionsExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n    }\n  }\n": types.EsfDefinitionsExitDocument,
    "\n  mutation EsfDefinitionsFollowUp($input: FollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      observedOn\n    }\n  }\n": types.EsfDefinitionsFollowUpDocument,
    "\n  mutation EsfDefinitionsCorrect($input: CorrectEnrolmentInput!) {\n    correctEnrolment(input: $input) {\n      id\n      selectedOn\n      exitedOn\n    }\n  }\n": types.EsfDefinitionsCorrectDocument,
    "\n  mutation EsfDefinitionsImport($csv: String!) {\n    importFile(kind: PARTICIPANTS, csv: $csv, fileName: \"esf.csv\") {\n      written\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.EsfDefinitionsImportDocument,
    "\n  query EsfDefinitionsIndicators($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n    }\n  }\n": types.EsfDefinitionsIndicatorsDocument,
    "\n  mutation EsfMissingRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n": types.EsfMissingRegisterDocument,
    "\n  mutation EsfMissingEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n": types.EsfMissingEnrolDocument,
    "\n  mutation EsfMissingExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n      jobSearchingOnExit\n      inEducationOrTrainingOnExit\n    }\n  }\n": types.EsfMissingExitDocument,
    "\n  mutation EsfMissingFollowUp($input: FollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n    }\n  }\n": types.EsfMissingFollowUpDocument,
    "\n  mutation EsfMissingCorrect($input: CorrectEnrolmentInput!) {\n    correctEnrolment(input: $input) {\n      id\n      jobSearchingOnExit\n      inEducationOrTrainingOnExit\n    }\n  }\n": types.EsfMissingCorrectDocument,
    "\n  query EsfMissingIndicators($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n    }\n  }\n": types.EsfMissingIndicatorsDocument,
    "\n  query EsfMissingEntities($filter: ReportFilter) {\n    esfEntityIndicators(filter: $filter) {\n      code\n      value\n      projectCodes\n      note\n    }\n    projects {\n      code\n      degreeOfUrbanisation\n      degreeOfUrbanisationSource\n    }\n  }\n": types.EsfMissingEntitiesDocument,
    "\n      mutation ExportsAnalystKey {\n        createApiKey(input: { role: ANALYST, label: \"Regione\" }) {\n          token\n        }\n      }\n    ": types.ExportsAnalystKeyDocument,
    "\n  query ExportsEsf($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      name\n      women\n      men\n      total\n      suppressed\n    }\n  }\n": types.ExportsEsfDocument,
    "\n  query ExportsProjects($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      projects {\n        project {\n          code\n          name\n          municipality\n          alerRole\n        }\n        awarded\n        allowancesCommitted\n        withheld\n      }\n    }\n    participation(filter: $filter) {\n      project {\n        code\n      }\n      target\n      peopleReached\n      attendances\n      anonymousHeadcount\n    }\n    employmentOutcomes(filter: $filter) {\n      projects {\n        project {\n          code\n        }\n        enrolled\n        inProgress\n        employed\n        unsuccessful\n        withdrawn\n      }\n    }\n    debtRecovery(filter: $filter) {\n      projects {\n        project {\n          code\n        }\n        arrearsAtEnrolment\n        recoveredFromRepayments\n        recoveredFromWithholding\n        totalRecovered\n      }\n    }\n  }\n": types.ExportsProjectsDocument,
    "\n  mutation FreezeDuringWrites($asOf: Date!, $label: String!) {\n    freezeReport(asOf: $asOf, label: $label) {\n      id\n    }\n  }\n": types.FreezeDuringWritesDocument,
    "\n  query BoundsTwentyAliases($filter: ReportFilter) {\n    p1: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p2: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p3: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p4: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p5: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p6: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p7: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p8: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p9: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p10: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    d1: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d2: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d3: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d4: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d5: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d6: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d7: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d8: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d9: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d10: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n  }\n": types.BoundsTwentyAliasesDocument,
    "\n  query BoundsTwentyAliasesFarFuture {\n    p1: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p2: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p3: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p4: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p5: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p6: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p7: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p8: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p9: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p10: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    d1: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d2: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d3: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d4: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d5: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d6: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d7: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d8: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d9: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d10: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n  }\n": types.BoundsTwentyAliasesFarFutureDocument,
    "\n  query BoundsNewsletter($filter: ReportFilter) {\n    newsletterUpdate(filter: $filter) {\n      title\n    }\n  }\n": types.BoundsNewsletterDocument,
    "\n  mutation BoundsFreeze($asOf: Date!, $label: String!) {\n    freezeReport(asOf: $asOf, label: $label) {\n      id\n    }\n  }\n": types.BoundsFreezeDocument,
    "\n  mutation BoundsLock($until: Date!, $reason: String!) {\n    lockPeriod(until: $until, reason: $reason) {\n      id\n    }\n  }\n": types.BoundsLockDocument,
    "\n  mutation BoundsRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n": types.BoundsRegisterDocument,
    "\n  mutation BoundsEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n": types.BoundsEnrolDocument,
    "\n  mutation BoundsRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n    }\n  }\n": types.BoundsRepayDocument,
    "\n  mutation BoundsImport($kind: ImportKind!, $csv: String!, $fileName: String) {\n    importFile(kind: $kind, csv: $csv, fileName: $fileName) {\n      written\n      errors {\n        column\n        message\n      }\n    }\n  }\n": types.BoundsImportDocument,
    "\n        mutation FuzzRegister($input: RegisterPersonInput!) {\n          registerPerson(input: $input) {\n            id\n          }\n        }\n      ": types.FuzzRegisterDocument,
    "\n        mutation FuzzEnrol($input: EnrolInput!) {\n          enrolPerson(input: $input) {\n            id\n          }\n        }\n      ": types.FuzzEnrolDocument,
    "\n        mutation FuzzExit($input: ExitInput!) {\n          recordExit(input: $input) {\n            id\n          }\n        }\n      ": types.FuzzExitDocument,
    "\n        mutation FuzzFollowUp($input: FollowUpInput!) {\n          recordFollowUp(input: $input) {\n            id\n          }\n        }\n      ": types.FuzzFollowUpDocument,
    "\n        mutation FuzzRepay($input: RepaymentInput!) {\n          recordRepayment(input: $input) {\n            id\n          }\n        }\n      ": types.FuzzRepayDocument,
    "\n        mutation FuzzActivity($input: ActivityInput!) {\n          recordActivity(input: $input) {\n            id\n          }\n        }\n      ": types.FuzzActivityDocument,
    "\n        mutation FuzzAttend($input: AttendanceInput!) {\n          recordAttendance(input: $input) {\n            id\n          }\n        }\n      ": types.FuzzAttendDocument,
    "\n        mutation FuzzOpenCase($input: ArrearsCaseInput!) {\n          openArrearsCase(input: $input) {\n            id\n          }\n        }\n      ": types.FuzzOpenCaseDocument,
    "\n        mutation FuzzCaseStatus($input: ArrearsCaseStatusInput!) {\n          changeArrearsCaseStatus(input: $input) {\n            id\n          }\n        }\n      ": types.FuzzCaseStatusDocument,
    "\n        mutation FuzzCorrectEnrolment($input: CorrectEnrolmentInput!) {\n          correctEnrolment(input: $input) {\n            id\n          }\n        }\n      ": types.FuzzCorrectEnrolmentDocument,
    "\n        mutation FuzzCorrectRepayment($input: CorrectRepaymentInput!) {\n          correctRepayment(input: $input) {\n            id\n          }\n        }\n      ": types.FuzzCorrectRepaymentDocument,
    "\n        mutation FuzzVoid($input: VoidInput!) {\n          voidRecord(input: $input)\n        }\n      ": types.FuzzVoidDocument,
    "\n        mutation FuzzImport($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean) {\n          importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {\n            written\n          }\n        }\n      ": types.FuzzImportDocument,
    "\n        mutation FuzzUnlock($id: ID!, $reason: String!) {\n          unlockPeriod(id: $id, reason: $reason) {\n            id\n          }\n        }\n      ": types.FuzzUnlockDocument,
    "\n        mutation FuzzCreateKey($input: CreateApiKeyInput!) {\n          createApiKey(input: $input) {\n            token\n          }\n        }\n      ": types.FuzzCreateKeyDocument,
    "\n        mutation FuzzRevokeKey($id: ID!) {\n          revokeApiKey(id: $id)\n        }\n      ": types.FuzzRevokeKeyDocument,
    "\n        mutation FuzzFreeze($asOf: Date!, $label: String!) {\n          freezeReport(asOf: $asOf, label: $label) {\n            id\n          }\n        }\n      ": types.FuzzFreezeDocument,
    "\n        mutation FuzzLock($until: Date!, $reason: String!) {\n          lockPeriod(until: $until, reason: $reason) {\n            id\n          }\n        }\n      ": types.FuzzLockDocument,
    "\n  mutation ImportFile($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean) {\n    importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {\n      rows\n      written\n      dryRun\n      skipped\n      created {\n        people\n        enrolments\n        activities\n        attendances\n      }\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ImportFileDocument,
    "\n          query ImportSampleFigures {\n            debtRecovery(filter: { projectCodes: [\"PRO_SALOMONE\"], asOf: \"2019-01-01\" }) {\n              arrearsAtEnrolment\n            }\n            participation(filter: { projectCodes: [\"PRO_SALOMONE\"], asOf: \"2019-01-01\" }) {\n              peopleReached\n              attendances\n              anonymousHeadcount\n            }\n          }\n        ": types.ImportSampleFiguresDocument,
    "\n          query ImportRegisterFigures {\n            participation(filter: { projectCodes: [\"SESTOINSIEME\"], asOf: \"2019-12-31\" }) {\n              peopleReached\n              attendances\n            }\n          }\n        ": types.ImportRegisterFiguresDocument,
    "\n    query ListingsSearch($filter: PeopleFilter) {\n      people(filter: $filter) {\n        totalCount\n        edges {\n          node {\n            id\n            sex\n            birthYear\n          }\n        }\n      }\n    }\n  ": types.ListingsSearchDocument,
    "\n  query NewsletterDraft($filter: ReportFilter, $language: Language) {\n    newsletterUpdate(filter: $filter, language: $language) {\n      asOf\n      language\n      title\n      markdown\n      html\n      usesSyntheticData\n    }\n  }\n": types.NewsletterDraftDocument,
    "\n  query NewsletterPublicFigures($filter: ReportFilter) {\n    peopleReached(filter: $filter) {\n      distinct\n      sumOverProjects\n    }\n    employmentOutcomes(filter: $filter) {\n      enrolled\n      employed\n      unsuccessful\n      withdrawn\n      inProgress\n    }\n    debtRecovery(filter: $filter) {\n      recoveredFromRepayments\n      recoveredFromWithholding\n      totalRecovered\n    }\n  }\n": types.NewsletterPublicFiguresDocument,
    "\n      mutation OperationsAnalystKey {\n        createApiKey(input: { role: ANALYST, label: \"Regione\" }) {\n          token\n        }\n      }\n    ": types.OperationsAnalystKeyDocument,
    "\n  mutation ProcessesRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n": types.ProcessesRegisterDocument,
    "\n  mutation ProcessesEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n": types.ProcessesEnrolDocument,
    "\n  mutation ProcessesExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n    }\n  }\n": types.ProcessesExitDocument,
    "\n  mutation ProcessesRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n    }\n  }\n": types.ProcessesRepayDocument,
    "\n  mutation ProcessesActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n    }\n  }\n": types.ProcessesActivityDocument,
    "\n  mutation ProcessesAttend($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n    }\n  }\n": types.ProcessesAttendDocument,
    "\n  mutation ProcessesImport($csv: String!) {\n    importFile(kind: ATTENDANCE, csv: $csv, fileName: \"registro.csv\") {\n      written\n      created {\n        people\n        activities\n        attendances\n      }\n    }\n  }\n": types.ProcessesImportDocument,
    "\n  mutation ProcessesCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      id\n      token\n    }\n  }\n": types.ProcessesCreateKeyDocument,
    "\n  mutation ProcessesRevokeKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": types.ProcessesRevokeKeyDocument,
    "\n  mutation ProcessesLock($until: Date!) {\n    lockPeriod(until: $until, reason: \"processes test\") {\n      id\n    }\n  }\n": types.ProcessesLockDocument,
    "\n  mutation ProcessesUnlock($id: ID!) {\n    unlockPeriod(id: $id, reason: \"processes test\") {\n      id\n    }\n  }\n": types.ProcessesUnlockDocument,
    "\n  query ProcessesReports($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      asOf\n      totalAwarded\n      allowancesCommitted\n      withheld\n      projects {\n        project {\n          code\n        }\n        allowancesCommitted\n        withheld\n      }\n    }\n    participation(filter: $filter) {\n      project {\n        code\n      }\n      peopleReached\n      attendances\n      anonymousHeadcount\n      cumulative {\n        month\n        value\n      }\n    }\n    peopleReached(filter: $filter) {\n      asOf\n      distinct\n      sumOverProjects\n    }\n    employmentOutcomes(filter: $filter) {\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      byContractType {\n        contractType\n        count\n      }\n      projects {\n        project {\n          code\n        }\n        enrolled\n        employed\n        unsuccessful\n        withdrawn\n      }\n    }\n    debtRecovery(filter: $filter) {\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n      outstanding\n    }\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n      suppressed\n    }\n  }\n": types.ProcessesReportsDocument,
    "\n  query ArticleProjects {\n    projects {\n      code\n      name\n      municipality\n      place\n      alerRole\n      awarded\n      startDate\n      endDate\n      participantTarget\n      involvementTarget\n      allowance\n      withholdingShare\n      assumedFields\n      partners {\n        role\n        organisation {\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.ArticleProjectsDocument,
    "\n        query ArticleProjectByCode {\n          known: project(code: \"SESTOINSIEME\") {\n            name\n            municipality\n          }\n          unknown: project(code: \"NOPE\") {\n            name\n          }\n        }\n      ": types.ArticleProjectByCodeDocument,
    "\n        query ArticleProgramme {\n          programme {\n            code\n            axis\n            actions\n            callTitle\n            fundedListPublishedOn\n          }\n        }\n      ": types.ArticleProgrammeDocument,
    "\n  query PublicReleaseEsf($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n      suppressed\n    }\n  }\n": types.PublicReleaseEsfDocument,
    "\n  query PublicReleaseOutcomes($filter: ReportFilter) {\n    employmentOutcomes(filter: $filter) {\n      asOf\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      byContractType {\n        contractType\n        count\n      }\n      bySex {\n        sex\n        enrolled\n        inProgress\n        employed\n        unsuccessful\n        withdrawn\n        suppressed\n      }\n      projects {\n        project {\n          code\n        }\n        enrolled\n      }\n    }\n  }\n": types.PublicReleaseOutcomesDocument,
    "\n  query PublicReleasePolicy {\n    disclosurePolicy {\n      yourFigures\n      method\n      threshold\n      maxNoise\n      noiseStandardDeviation\n      maxMoneyNoise\n      releaseFrequency\n      latestRelease\n    }\n  }\n": types.PublicReleasePolicyDocument,
    "\n  query PublicReleaseOthers($filter: ReportFilter) {\n    participation(filter: $filter) {\n      project {\n        code\n      }\n      asOf\n      peopleReached\n      cumulative {\n        month\n        value\n      }\n    }\n    debtRecovery(filter: $filter) {\n      asOf\n      totalRecovered\n      recoveredFromRepayments\n      recoveredFromWithholding\n      monthly {\n        month\n        repayments\n        withholding\n      }\n      projects {\n        project {\n          code\n        }\n        recoveredFromRepayments\n        recoveredFromWithholding\n      }\n    }\n    fundingSummary(filter: $filter) {\n      withheld\n      allowancesCommitted\n      projects {\n        project {\n          code\n        }\n        withheld\n        allowancesCommitted\n      }\n    }\n  }\n": types.PublicReleaseOthersDocument,
    "\n      query PublicReleaseDays($asOf: Date) {\n        disclosurePolicy(asOf: $asOf) {\n          reportsAsOf\n          esfIndicatorsAsOf\n          esfReleaseFrequency\n        }\n      }\n    ": types.PublicReleaseDaysDocument,
    "\n  query ReEntryFigures($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n    }\n    employmentOutcomes(filter: $filter) {\n      enrolled\n    }\n  }\n": types.ReEntryFiguresDocument,
    "\n  query DemoDashboard($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      asOf\n      totalAwarded\n      allowancesCommitted\n      withheld\n      byRole {\n        alerRole\n        projectCount\n        awarded\n      }\n      projects {\n        project {\n          code\n          name\n          alerRole\n          partners {\n            organisation {\n              name\n            }\n          }\n        }\n        awarded\n        allowancesCommitted\n        withheld\n      }\n    }\n    participation(filter: $filter) {\n      project {\n        code\n        name\n      }\n      target\n      peopleReached\n      attendances\n      anonymousHeadcount\n      shareOfTarget\n      cumulative {\n        month\n        value\n      }\n      pacePerMonth\n      targetReachedMonth\n      projectedTargetMonth\n    }\n    peopleReached(filter: $filter) {\n      asOf\n      distinct\n      sumOverProjects\n    }\n    employmentOutcomes(filter: $filter) {\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      employmentRate\n      byContractType {\n        contractType\n        count\n      }\n      bySex {\n        sex\n        enrolled\n        employed\n      }\n      projects {\n        project {\n          code\n        }\n        enrolled\n        inProgress\n        employed\n        unsuccessful\n        withdrawn\n      }\n    }\n    debtRecovery(filter: $filter) {\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n      totalRecovered\n      outstanding\n      recoveryRate\n      cumulative {\n        month\n        value\n      }\n      monthly {\n        month\n        repayments\n        withholding\n        total\n      }\n      projects {\n        project {\n          code\n        }\n        arrearsAtEnrolment\n        recoveredFromRepayments\n        recoveredFromWithholding\n        totalRecovered\n      }\n    }\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n    }\n  }\n": types.DemoDashboardDocument,
    "\n    query ReportingFunding($filter: ReportFilter) {\n      fundingSummary(filter: $filter) {\n        asOf\n        totalAwarded\n        allowancesCommitted\n        withheld\n        byRole {\n          alerRole\n          projectCount\n          awarded\n        }\n        projects {\n          project {\n            code\n          }\n          awarded\n          allowancesCommitted\n          withheld\n        }\n      }\n    }\n  ": types.ReportingFundingDocument,
    "\n    query ReportingParticipation($filter: ReportFilter) {\n      participation(filter: $filter) {\n        project {\n          code\n        }\n        asOf\n        target\n        peopleReached\n        attendances\n        anonymousHeadcount\n        shareOfTarget\n        cumulative {\n          month\n          value\n        }\n        pacePerMonth\n        targetReachedMonth\n        projectedTargetMonth\n      }\n    }\n  ": types.ReportingParticipationDocument,
    "\n    query ReportingPeopleReached($filter: ReportFilter) {\n      peopleReached(filter: $filter) {\n        asOf\n        distinct\n        sumOverProjects\n      }\n      participation(filter: $filter) {\n        peopleReached\n      }\n    }\n  ": types.ReportingPeopleReachedDocument,
    "\n    query ReportingOutcomes($filter: ReportFilter) {\n      employmentOutcomes(filter: $filter) {\n        asOf\n        enrolled\n        inProgress\n        employed\n        unsuccessful\n        withdrawn\n        employmentRate\n        byContractType {\n          contractType\n          count\n        }\n        bySex {\n          sex\n          enrolled\n          inProgress\n          employed\n          unsuccessful\n          withdrawn\n          employmentRate\n        }\n        projects {\n          project {\n            code\n          }\n          enrolled\n          employed\n          unsuccessful\n          withdrawn\n          inProgress\n        }\n      }\n    }\n  ": types.ReportingOutcomesDocument,
    "\n    query ReportingDebt($filter: ReportFilter) {\n      debtRecovery(filter: $filter) {\n        asOf\n        arrearsAtEnrolment\n        recoveredFromRepayments\n        recoveredFromWithholding\n        totalRecovered\n        outstanding\n        recoveryRate\n        cumulative {\n          month\n          value\n        }\n        monthly {\n          month\n          repayments\n          withholding\n          total\n        }\n        projects {\n          project {\n            code\n          }\n          arrearsAtEnrolment\n          totalRecovered\n        }\n      }\n    }\n  ": types.ReportingDebtDocument,
    "\n    query ReportingEsf($filter: ReportFilter) {\n      esfIndicators(filter: $filter) {\n        code\n        name\n        women\n        men\n        total\n        suppressed\n      }\n    }\n  ": types.ReportingEsfDocument,
    "\n        query ReportingEsfAtEntry {\n          esfIndicators(filter: { asOf: \"2019-06-30\" }) {\n            code\n            total\n          }\n        }\n      ": types.ReportingEsfAtEntryDocument,
    "\n        query ReportingBeforeTheLabs($filter: ReportFilter) {\n          fundingSummary(filter: $filter) {\n            totalAwarded\n            allowancesCommitted\n            withheld\n            byRole {\n              projectCount\n              awarded\n            }\n            projects {\n              awarded\n              allowancesCommitted\n              withheld\n            }\n          }\n          participation(filter: $filter) {\n            peopleReached\n            attendances\n            anonymousHeadcount\n            shareOfTarget\n            cumulative {\n              value\n            }\n          }\n          employmentOutcomes(filter: $filter) {\n            enrolled\n            inProgress\n            employed\n            unsuccessful\n            withdrawn\n            employmentRate\n          }\n          debtRecovery(filter: $filter) {\n            arrearsAtEnrolment\n            totalRecovered\n            outstanding\n            recoveryRate\n            cumulative {\n              value\n            }\n          }\n          esfIndicators(filter: $filter) {\n            women\n            men\n            total\n          }\n        }\n      ": types.ReportingBeforeTheLabsDocument,
    "\n  mutation SituationRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n": types.SituationRegisterDocument,
    "\n  mutation SituationDeclare($input: DeclareSituationInput!) {\n    declareSituation(input: $input) {\n      id\n      effectiveOn\n      labourStatus\n      education\n    }\n  }\n": types.SituationDeclareDocument,
    "\n  mutation SituationEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n": types.SituationEnrolDocument,
    "\n  query SituationEsf($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n    }\n  }\n": types.SituationEsfDocument,
    "\n        mutation SnapshotsFreezeAnnual {\n          freezeReport(asOf: \"2020-08-31\", label: \"Relazione annuale 2020\") {\n            id\n            asOf\n            sha256\n            label\n          }\n        }\n      ": types.SnapshotsFreezeAnnualDocument,
    "\n        mutation SnapshotsCorrectArrears($input: CorrectEnrolmentInput!) {\n          correctEnrolment(input: $input) {\n            id\n          }\n        }\n      ": types.SnapshotsCorrectArrearsDocument,
    "\n        query SnapshotsList {\n          reportSnapshots {\n            id\n            sha256\n          }\n        }\n      ": types.SnapshotsListDocument,
    "\n        query SnapshotsDiffLive($id: ID!) {\n          reportDiff(snapshot: $id) {\n            asOf\n            against {\n              id\n            }\n            changes {\n              table\n              key\n              field\n              before\n              after\n            }\n            corrections {\n              action\n              entity\n              entityId\n              reason\n            }\n          }\n        }\n      ": types.SnapshotsDiffLiveDocument,
    "\n        mutation SnapshotsFreezeCorrected {\n          freezeReport(asOf: \"2020-08-31\", label: \"Relazione rettificata\") {\n            id\n            sha256\n          }\n        }\n      ": types.SnapshotsFreezeCorrectedDocument,
    "\n      query SnapshotsDiffBetween($a: ID!, $b: ID!) {\n        reportDiff(snapshot: $a, against: $b) {\n          changes {\n            key\n            field\n          }\n          corrections {\n            entityId\n          }\n        }\n      }\n    ": types.SnapshotsDiffBetweenDocument,
    "\n      query SnapshotsDiffSince($id: ID!) {\n        reportDiff(snapshot: $id) {\n          changes {\n            key\n          }\n        }\n      }\n    ": types.SnapshotsDiffSinceDocument,
    "\n      mutation SnapshotsFreeze($asOf: Date!, $label: String!) {\n        freezeReport(asOf: $asOf, label: $label) {\n          sha256\n        }\n      }\n    ": types.SnapshotsFreezeDocument,
    "\n  query StatementsPartners {\n    projects {\n      code\n      partners {\n        role\n        organisation {\n          name\n        }\n      }\n    }\n  }\n": types.StatementsPartnersDocument,
    "\n  query SummariesRaceParticipation($filter: ReportFilter) {\n    participation(filter: $filter) {\n      project {\n        code\n      }\n      peopleReached\n    }\n  }\n": types.SummariesRaceParticipationDocument,
    "\n  query SummariesFigures($filter: ReportFilter) {\n    employmentOutcomes(filter: $filter) {\n      enrolled\n      employed\n    }\n    participation(filter: $filter) {\n      peopleReached\n      attendances\n      anonymousHeadcount\n    }\n    debtRecovery(filter: $filter) {\n      arrearsAtEnrolment\n      totalRecovered\n    }\n    esfIndicators(filter: $filter) {\n      code\n      total\n    }\n  }\n": types.SummariesFiguresDocument,
    "\n  mutation TimeoutsRecordActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n    }\n  }\n": types.TimeoutsRecordActivityDocument,
    "\n  mutation TimeoutsImport($csv: String!, $fileName: String) {\n    importFile(kind: ATTENDANCE, csv: $csv, fileName: $fileName) {\n      written\n      errors {\n        message\n      }\n    }\n  }\n": types.TimeoutsImportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      id\n      token\n    }\n  }\n"): typeof import('./graphql.js').AccessCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessRegisterPerson($i: RegisterPersonInput!) {\n          registerPerson(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').AccessRegisterPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessRegisterOther($i: RegisterPersonInput!) {\n          registerPerson(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').AccessRegisterOtherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessEnrolOpen($i: EnrolInput!) {\n          enrolPerson(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').AccessEnrolOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessEnrolExited($i: EnrolInput!) {\n          enrolPerson(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').AccessEnrolExitedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccessExit($i: ExitInput!) {\n        recordExit(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').AccessExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessRepay($i: RepaymentInput!) {\n          recordRepayment(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').AccessRepayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessActivity($i: ActivityInput!) {\n          recordActivity(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').AccessActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessAttend($i: AttendanceInput!) {\n          recordAttendance(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').AccessAttendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessArrearsCase($i: ArrearsCaseInput!) {\n          openArrearsCase(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').AccessArrearsCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessOldLock {\n          lockPeriod(until: \"2000-01-01\", reason: \"old lock\") {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').AccessOldLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessFirstSnapshot {\n          freezeReport(asOf: \"2019-06-30\", label: \"first\") {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').AccessFirstSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessRevokeKey($id: ID!) {\n          revokeApiKey(id: $id)\n        }\n      "): typeof import('./graphql.js').AccessRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessApiKeys {\n          apiKeys {\n            label\n            role\n            projectCodes\n            tokenPrefix\n            createdAt\n            lastUsedAt\n            revokedAt\n          }\n        }\n      "): typeof import('./graphql.js').AccessApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttackFunding on FundingSummary {\n    asOf\n    allowancesCommitted\n    withheld\n    projects {\n      project {\n        code\n      }\n      allowancesCommitted\n      withheld\n    }\n  }\n"): typeof import('./graphql.js').AttackFundingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttackParticipation on ProjectParticipation {\n    project {\n      code\n    }\n    asOf\n    target\n    peopleReached\n    attendances\n    anonymousHeadcount\n    shareOfTarget\n    cumulative {\n      month\n      value\n    }\n    pacePerMonth\n    targetReachedMonth\n  }\n"): typeof import('./graphql.js').AttackParticipationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttackOutcomes on EmploymentOutcomes {\n    asOf\n    enrolled\n    inProgress\n    employed\n    unsuccessful\n    withdrawn\n    employmentRate\n    byContractType {\n      contractType\n      count\n    }\n    bySex {\n      sex\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      employmentRate\n    }\n    projects {\n      project {\n        code\n      }\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      employmentRate\n      byContractType {\n        contractType\n        count\n      }\n    }\n  }\n"): typeof import('./graphql.js').AttackOutcomesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttackDebt on DebtRecovery {\n    asOf\n    arrearsAtEnrolment\n    recoveredFromRepayments\n    recoveredFromWithholding\n    totalRecovered\n    outstanding\n    recoveryRate\n    monthly {\n      month\n      repayments\n      withholding\n      total\n    }\n    projects {\n      project {\n        code\n      }\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n      totalRecovered\n      outstanding\n      recoveryRate\n    }\n  }\n"): typeof import('./graphql.js').AttackDebtFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttackPolicy {\n    disclosurePolicy {\n      method\n      threshold\n      maxNoise\n      maxMoneyNoise\n      releaseFrequency\n    }\n  }\n"): typeof import('./graphql.js').AttackPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttackEsf on IndicatorValue {\n    code\n    women\n    men\n    total\n  }\n"): typeof import('./graphql.js').AttackEsfFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttackReach on PeopleReached {\n    asOf\n    distinct\n    sumOverProjects\n  }\n"): typeof import('./graphql.js').AttackReachFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentImport($kind: ImportKind!, $csv: String!, $fileName: String) {\n    importFile(kind: $kind, csv: $csv, fileName: $fileName) {\n      written\n      skipped\n      created {\n        people\n        enrolments\n        activities\n        attendances\n      }\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConcurrentImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ConcurrentActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotentRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n      amount\n    }\n  }\n"): typeof import('./graphql.js').IdempotentRepayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotentTwoRepayments($a: RepaymentInput!, $b: RepaymentInput!) {\n    a: recordRepayment(input: $a) {\n      id\n    }\n    b: recordRepayment(input: $b) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').IdempotentTwoRepaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotentVoid($input: VoidInput!) {\n    voidRecord(input: $input)\n  }\n"): typeof import('./graphql.js').IdempotentVoidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotentCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      id\n      token\n    }\n  }\n"): typeof import('./graphql.js').IdempotentCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n      outcome\n    }\n  }\n"): typeof import('./graphql.js').RaceExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceCorrect($input: CorrectEnrolmentInput!) {\n    correctEnrolment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RaceCorrectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceFollowUp($input: FollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RaceFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceVoid($input: VoidInput!) {\n    voidRecord(input: $input)\n  }\n"): typeof import('./graphql.js').RaceVoidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RaceRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RaceEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceAttend($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RaceAttendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RaceActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RaceRepayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceCorrectRepayment($input: CorrectRepaymentInput!) {\n    correctRepayment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RaceCorrectRepaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectionsFigures {\n    debtRecovery(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) {\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n    }\n    employmentOutcomes(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) {\n      enrolled\n      employed\n      unsuccessful\n      inProgress\n    }\n    participation(filter: { projectCodes: [\"GOLAB\"], asOf: \"2020-08-31\" }) {\n      peopleReached\n      attendances\n    }\n  }\n"): typeof import('./graphql.js').CorrectionsFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectionsCorrectEnrolment($input: CorrectEnrolmentInput!) {\n    correctEnrolment(input: $input) {\n      id\n      selectedOn\n      arrearsAtEnrolment\n      exitedOn\n      outcome\n      contractType\n    }\n  }\n"): typeof import('./graphql.js').CorrectionsCorrectEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectionsVoid($input: VoidInput!) {\n    voidRecord(input: $input)\n  }\n"): typeof import('./graphql.js').CorrectionsVoidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CorrectionsRegister($i: RegisterPersonInput!) {\n        registerPerson(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').CorrectionsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CorrectionsEnrol($i: EnrolInput!) {\n        enrolPerson(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').CorrectionsEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CorrectionsRepay($i: RepaymentInput!) {\n        recordRepayment(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').CorrectionsRepayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CorrectionsExit($i: ExitInput!) {\n        recordExit(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').CorrectionsExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CorrectionsActivity($i: ActivityInput!) {\n        recordActivity(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').CorrectionsActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CorrectionsAttend($i: AttendanceInput!) {\n        recordAttendance(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').CorrectionsAttendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CorrectionsCorrectRepayment($i: CorrectRepaymentInput!) {\n          correctRepayment(input: $i) {\n            id\n            amount\n          }\n        }\n      "): typeof import('./graphql.js').CorrectionsCorrectRepaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CorrectionsRepaymentTrail {\n          auditLog(filter: { entity: \"repayment\" }, first: 1) {\n            entries {\n              action\n              before\n              after\n              reason\n              actor\n            }\n          }\n        }\n      "): typeof import('./graphql.js').CorrectionsRepaymentTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CorrectionsLock {\n          lockPeriod(until: \"2019-12-31\", reason: \"Reported to the Region for 2019\") {\n            id\n            lockedUntil\n          }\n        }\n      "): typeof import('./graphql.js').CorrectionsLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CorrectionsLockedActivity($i: ActivityInput!) {\n            recordActivity(input: $i) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').CorrectionsLockedActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CorrectionsAfterLock($i: ActivityInput!) {\n          recordActivity(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').CorrectionsAfterLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CorrectionsUnlockNoReason($id: ID!) {\n          unlockPeriod(id: $id, reason: \"\") {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').CorrectionsUnlockNoReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CorrectionsUnlock($id: ID!) {\n          unlockPeriod(id: $id, reason: \"A late register from Galdus\") {\n            id\n            unlockedAt\n          }\n        }\n      "): typeof import('./graphql.js').CorrectionsUnlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserHeadline($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      totalAwarded\n    }\n    participation(filter: $filter) {\n      peopleReached\n      target\n    }\n    peopleReached(filter: $filter) {\n      distinct\n      sumOverProjects\n    }\n    employmentOutcomes(filter: $filter) {\n      employed\n      enrolled\n    }\n    debtRecovery(filter: $filter) {\n      totalRecovered\n    }\n  }\n"): typeof import('./graphql.js').BrowserHeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserReach($filter: ReportFilter) {\n    participation(filter: $filter) {\n      peopleReached\n    }\n  }\n"): typeof import('./graphql.js').BrowserReachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserFunding($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      projects {\n        awarded\n        project {\n          alerRole\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BrowserFundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserOutcomes($filter: ReportFilter) {\n    employmentOutcomes(filter: $filter) {\n      projects {\n        employed\n        inProgress\n      }\n    }\n  }\n"): typeof import('./graphql.js').BrowserOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserDebt($filter: ReportFilter) {\n    debtRecovery(filter: $filter) {\n      monthly {\n        repayments\n        withholding\n      }\n    }\n  }\n"): typeof import('./graphql.js').BrowserDebtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserEsf($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      total\n    }\n  }\n"): typeof import('./graphql.js').BrowserEsfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserNewsletter($filter: ReportFilter) {\n    newsletterUpdate(filter: $filter) {\n      title\n      markdown\n    }\n  }\n"): typeof import('./graphql.js').BrowserNewsletterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserCreateApiKey {\n    createApiKey(input: { role: ANALYST, label: \"Regione\" }) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').BrowserCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DataEntryRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      sex\n      birthYear\n    }\n  }\n"): typeof import('./graphql.js').DataEntryRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DataEntryEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n      selectedOn\n      arrearsAtEnrolment\n      warnings\n      person {\n        id\n      }\n      project {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').DataEntryEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DataEntryExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n      exitedOn\n      outcome\n      contractType\n    }\n  }\n"): typeof import('./graphql.js').DataEntryExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DataEntryRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n      amount\n      paidOn\n    }\n  }\n"): typeof import('./graphql.js').DataEntryRepayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DataEntryActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n      heldOn\n      kind\n      title\n      project {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').DataEntryActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DataEntryAttend($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      anonymousHeadcount\n    }\n  }\n"): typeof import('./graphql.js').DataEntryAttendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataEntryFigures($f: ReportFilter) {\n    fundingSummary(filter: $f) {\n      allowancesCommitted\n      withheld\n    }\n    participation(filter: $f) {\n      peopleReached\n      attendances\n      anonymousHeadcount\n    }\n    employmentOutcomes(filter: $f) {\n      enrolled\n      inProgress\n      unsuccessful\n    }\n    debtRecovery(filter: $f) {\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n      totalRecovered\n    }\n  }\n"): typeof import('./graphql.js').DataEntryFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DataEntryProjectsByToken {\n          projects {\n            code\n          }\n        }\n      "): typeof import('./graphql.js').DataEntryProjectsByTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DataEntryPersonAsPublic($id: ID!) {\n          person(id: $id) {\n            id\n            sex\n          }\n        }\n      "): typeof import('./graphql.js').DataEntryPersonAsPublicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DataEntryPersonAsAdmin($id: ID!) {\n          person(id: $id) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').DataEntryPersonAsAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DataEntryAuditLog($filter: AuditFilter, $first: Int, $after: String) {\n      auditLog(filter: $filter, first: $first, after: $after) {\n        entries {\n          id\n          at\n          actor\n          action\n          entity\n          entityId\n          before\n          after\n        }\n        nextCursor\n      }\n    }\n  "): typeof import('./graphql.js').DataEntryAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EsfAnnualTable($filter: ReportFilter, $fromYear: Int, $toYear: Int) {\n    esfAnnualTable(filter: $filter, fromYear: $fromYear, toYear: $toYear) {\n      fromYear\n      toYear\n      asOf\n      years\n      indicators {\n        ...EsfAnnualLine\n      }\n      projects {\n        project {\n          code\n          startDate\n        }\n        indicators {\n          ...EsfAnnualLine\n        }\n      }\n    }\n  }\n  fragment EsfAnnualLine on EsfAnnualIndicator {\n    code\n    name\n    annual {\n      year\n      total\n      men\n      women\n    }\n    cumulative {\n      total\n      men\n      women\n    }\n  }\n"): typeof import('./graphql.js').EsfAnnualTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EsfAnnualCumulative($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      name\n      total\n      men\n      women\n    }\n  }\n"): typeof import('./graphql.js').EsfAnnualCumulativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation EsfAnnualAnalystKey {\n        createApiKey(input: { role: ANALYST, label: \"Regione\" }) {\n          token\n        }\n      }\n    "): typeof import('./graphql.js').EsfAnnualAnalystKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EsfDefinitionsRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').EsfDefinitionsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EsfDefinitionsEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').EsfDefinitionsEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EsfDefinitionsExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').EsfDefinitionsExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EsfDefinitionsFollowUp($input: FollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      observedOn\n    }\n  }\n"): typeof import('./graphql.js').EsfDefinitionsFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EsfDefinitionsCorrect($input: CorrectEnrolmentInput!) {\n    correctEnrolment(input: $input) {\n      id\n      selectedOn\n      exitedOn\n    }\n  }\n"): typeof import('./graphql.js').EsfDefinitionsCorrectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EsfDefinitionsImport($csv: String!) {\n    importFile(kind: PARTICIPANTS, csv: $csv, fileName: \"esf.csv\") {\n      written\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').EsfDefinitionsImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EsfDefinitionsIndicators($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n    }\n  }\n"): typeof import('./graphql.js').EsfDefinitionsIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EsfMissingRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').EsfMissingRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EsfMissingEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').EsfMissingEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EsfMissingExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n      jobSearchingOnExit\n      inEducationOrTrainingOnExit\n    }\n  }\n"): typeof import('./graphql.js').EsfMissingExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EsfMissingFollowUp($input: FollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').EsfMissingFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EsfMissingCorrect($input: CorrectEnrolmentInput!) {\n    correctEnrolment(input: $input) {\n      id\n      jobSearchingOnExit\n      inEducationOrTrainingOnExit\n    }\n  }\n"): typeof import('./graphql.js').EsfMissingCorrectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EsfMissingIndicators($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n    }\n  }\n"): typeof import('./graphql.js').EsfMissingIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EsfMissingEntities($filter: ReportFilter) {\n    esfEntityIndicators(filter: $filter) {\n      code\n      value\n      projectCodes\n      note\n    }\n    projects {\n      code\n      degreeOfUrbanisation\n      degreeOfUrbanisationSource\n    }\n  }\n"): typeof import('./graphql.js').EsfMissingEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExportsAnalystKey {\n        createApiKey(input: { role: ANALYST, label: \"Regione\" }) {\n          token\n        }\n      }\n    "): typeof import('./graphql.js').ExportsAnalystKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsEsf($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      name\n      women\n      men\n      total\n      suppressed\n    }\n  }\n"): typeof import('./graphql.js').ExportsEsfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsProjects($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      projects {\n        project {\n          code\n          name\n          municipality\n          alerRole\n        }\n        awarded\n        allowancesCommitted\n        withheld\n      }\n    }\n    participation(filter: $filter) {\n      project {\n        code\n      }\n      target\n      peopleReached\n      attendances\n      anonymousHeadcount\n    }\n    employmentOutcomes(filter: $filter) {\n      projects {\n        project {\n          code\n        }\n        enrolled\n        inProgress\n        employed\n        unsuccessful\n        withdrawn\n      }\n    }\n    debtRecovery(filter: $filter) {\n      projects {\n        project {\n          code\n        }\n        arrearsAtEnrolment\n        recoveredFromRepayments\n        recoveredFromWithholding\n        totalRecovered\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExportsProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FreezeDuringWrites($asOf: Date!, $label: String!) {\n    freezeReport(asOf: $asOf, label: $label) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').FreezeDuringWritesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoundsTwentyAliases($filter: ReportFilter) {\n    p1: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p2: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p3: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p4: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p5: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p6: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p7: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p8: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p9: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    p10: participation(filter: $filter) {\n      cumulative {\n        month\n      }\n    }\n    d1: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d2: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d3: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d4: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d5: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d6: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d7: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d8: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d9: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n    d10: debtRecovery(filter: $filter) {\n      monthly {\n        month\n      }\n    }\n  }\n"): typeof import('./graphql.js').BoundsTwentyAliasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoundsTwentyAliasesFarFuture {\n    p1: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p2: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p3: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p4: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p5: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p6: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p7: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p8: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p9: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    p10: participation(filter: { asOf: \"9999-12-31\" }) {\n      cumulative {\n        month\n      }\n    }\n    d1: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d2: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d3: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d4: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d5: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d6: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d7: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d8: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d9: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n    d10: debtRecovery(filter: { asOf: \"9999-12-31\" }) {\n      monthly {\n        month\n      }\n    }\n  }\n"): typeof import('./graphql.js').BoundsTwentyAliasesFarFutureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoundsNewsletter($filter: ReportFilter) {\n    newsletterUpdate(filter: $filter) {\n      title\n    }\n  }\n"): typeof import('./graphql.js').BoundsNewsletterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoundsFreeze($asOf: Date!, $label: String!) {\n    freezeReport(asOf: $asOf, label: $label) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BoundsFreezeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoundsLock($until: Date!, $reason: String!) {\n    lockPeriod(until: $until, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BoundsLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoundsRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BoundsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoundsEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BoundsEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoundsRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BoundsRepayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoundsImport($kind: ImportKind!, $csv: String!, $fileName: String) {\n    importFile(kind: $kind, csv: $csv, fileName: $fileName) {\n      written\n      errors {\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BoundsImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzRegister($input: RegisterPersonInput!) {\n          registerPerson(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzEnrol($input: EnrolInput!) {\n          enrolPerson(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzExit($input: ExitInput!) {\n          recordExit(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzFollowUp($input: FollowUpInput!) {\n          recordFollowUp(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzRepay($input: RepaymentInput!) {\n          recordRepayment(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzRepayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzActivity($input: ActivityInput!) {\n          recordActivity(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzAttend($input: AttendanceInput!) {\n          recordAttendance(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzAttendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzOpenCase($input: ArrearsCaseInput!) {\n          openArrearsCase(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzOpenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzCaseStatus($input: ArrearsCaseStatusInput!) {\n          changeArrearsCaseStatus(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzCaseStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzCorrectEnrolment($input: CorrectEnrolmentInput!) {\n          correctEnrolment(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzCorrectEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzCorrectRepayment($input: CorrectRepaymentInput!) {\n          correctRepayment(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzCorrectRepaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzVoid($input: VoidInput!) {\n          voidRecord(input: $input)\n        }\n      "): typeof import('./graphql.js').FuzzVoidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzImport($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean) {\n          importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {\n            written\n          }\n        }\n      "): typeof import('./graphql.js').FuzzImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzUnlock($id: ID!, $reason: String!) {\n          unlockPeriod(id: $id, reason: $reason) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzUnlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzCreateKey($input: CreateApiKeyInput!) {\n          createApiKey(input: $input) {\n            token\n          }\n        }\n      "): typeof import('./graphql.js').FuzzCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzRevokeKey($id: ID!) {\n          revokeApiKey(id: $id)\n        }\n      "): typeof import('./graphql.js').FuzzRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzFreeze($asOf: Date!, $label: String!) {\n          freezeReport(asOf: $asOf, label: $label) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzFreezeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzLock($until: Date!, $reason: String!) {\n          lockPeriod(until: $until, reason: $reason) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFile($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean) {\n    importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {\n      rows\n      written\n      dryRun\n      skipped\n      created {\n        people\n        enrolments\n        activities\n        attendances\n      }\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ImportFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ImportSampleFigures {\n            debtRecovery(filter: { projectCodes: [\"PRO_SALOMONE\"], asOf: \"2019-01-01\" }) {\n              arrearsAtEnrolment\n            }\n            participation(filter: { projectCodes: [\"PRO_SALOMONE\"], asOf: \"2019-01-01\" }) {\n              peopleReached\n              attendances\n              anonymousHeadcount\n            }\n          }\n        "): typeof import('./graphql.js').ImportSampleFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ImportRegisterFigures {\n            participation(filter: { projectCodes: [\"SESTOINSIEME\"], asOf: \"2019-12-31\" }) {\n              peopleReached\n              attendances\n            }\n          }\n        "): typeof import('./graphql.js').ImportRegisterFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ListingsSearch($filter: PeopleFilter) {\n      people(filter: $filter) {\n        totalCount\n        edges {\n          node {\n            id\n            sex\n            birthYear\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql.js').ListingsSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterDraft($filter: ReportFilter, $language: Language) {\n    newsletterUpdate(filter: $filter, language: $language) {\n      asOf\n      language\n      title\n      markdown\n      html\n      usesSyntheticData\n    }\n  }\n"): typeof import('./graphql.js').NewsletterDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterPublicFigures($filter: ReportFilter) {\n    peopleReached(filter: $filter) {\n      distinct\n      sumOverProjects\n    }\n    employmentOutcomes(filter: $filter) {\n      enrolled\n      employed\n      unsuccessful\n      withdrawn\n      inProgress\n    }\n    debtRecovery(filter: $filter) {\n      recoveredFromRepayments\n      recoveredFromWithholding\n      totalRecovered\n    }\n  }\n"): typeof import('./graphql.js').NewsletterPublicFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OperationsAnalystKey {\n        createApiKey(input: { role: ANALYST, label: \"Regione\" }) {\n          token\n        }\n      }\n    "): typeof import('./graphql.js').OperationsAnalystKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessesRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ProcessesRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessesEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ProcessesEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessesExit($input: ExitInput!) {\n    recordExit(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ProcessesExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessesRepay($input: RepaymentInput!) {\n    recordRepayment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ProcessesRepayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessesActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ProcessesActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessesAttend($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ProcessesAttendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessesImport($csv: String!) {\n    importFile(kind: ATTENDANCE, csv: $csv, fileName: \"registro.csv\") {\n      written\n      created {\n        people\n        activities\n        attendances\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProcessesImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessesCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      id\n      token\n    }\n  }\n"): typeof import('./graphql.js').ProcessesCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessesRevokeKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"): typeof import('./graphql.js').ProcessesRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessesLock($until: Date!) {\n    lockPeriod(until: $until, reason: \"processes test\") {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ProcessesLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessesUnlock($id: ID!) {\n    unlockPeriod(id: $id, reason: \"processes test\") {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ProcessesUnlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessesReports($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      asOf\n      totalAwarded\n      allowancesCommitted\n      withheld\n      projects {\n        project {\n          code\n        }\n        allowancesCommitted\n        withheld\n      }\n    }\n    participation(filter: $filter) {\n      project {\n        code\n      }\n      peopleReached\n      attendances\n      anonymousHeadcount\n      cumulative {\n        month\n        value\n      }\n    }\n    peopleReached(filter: $filter) {\n      asOf\n      distinct\n      sumOverProjects\n    }\n    employmentOutcomes(filter: $filter) {\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      byContractType {\n        contractType\n        count\n      }\n      projects {\n        project {\n          code\n        }\n        enrolled\n        employed\n        unsuccessful\n        withdrawn\n      }\n    }\n    debtRecovery(filter: $filter) {\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n      outstanding\n    }\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n      suppressed\n    }\n  }\n"): typeof import('./graphql.js').ProcessesReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleProjects {\n    projects {\n      code\n      name\n      municipality\n      place\n      alerRole\n      awarded\n      startDate\n      endDate\n      participantTarget\n      involvementTarget\n      allowance\n      withholdingShare\n      assumedFields\n      partners {\n        role\n        organisation {\n          name\n          kind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArticleProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ArticleProjectByCode {\n          known: project(code: \"SESTOINSIEME\") {\n            name\n            municipality\n          }\n          unknown: project(code: \"NOPE\") {\n            name\n          }\n        }\n      "): typeof import('./graphql.js').ArticleProjectByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ArticleProgramme {\n          programme {\n            code\n            axis\n            actions\n            callTitle\n            fundedListPublishedOn\n          }\n        }\n      "): typeof import('./graphql.js').ArticleProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicReleaseEsf($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n      suppressed\n    }\n  }\n"): typeof import('./graphql.js').PublicReleaseEsfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicReleaseOutcomes($filter: ReportFilter) {\n    employmentOutcomes(filter: $filter) {\n      asOf\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      byContractType {\n        contractType\n        count\n      }\n      bySex {\n        sex\n        enrolled\n        inProgress\n        employed\n        unsuccessful\n        withdrawn\n        suppressed\n      }\n      projects {\n        project {\n          code\n        }\n        enrolled\n      }\n    }\n  }\n"): typeof import('./graphql.js').PublicReleaseOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicReleasePolicy {\n    disclosurePolicy {\n      yourFigures\n      method\n      threshold\n      maxNoise\n      noiseStandardDeviation\n      maxMoneyNoise\n      releaseFrequency\n      latestRelease\n    }\n  }\n"): typeof import('./graphql.js').PublicReleasePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicReleaseOthers($filter: ReportFilter) {\n    participation(filter: $filter) {\n      project {\n        code\n      }\n      asOf\n      peopleReached\n      cumulative {\n        month\n        value\n      }\n    }\n    debtRecovery(filter: $filter) {\n      asOf\n      totalRecovered\n      recoveredFromRepayments\n      recoveredFromWithholding\n      monthly {\n        month\n        repayments\n        withholding\n      }\n      projects {\n        project {\n          code\n        }\n        recoveredFromRepayments\n        recoveredFromWithholding\n      }\n    }\n    fundingSummary(filter: $filter) {\n      withheld\n      allowancesCommitted\n      projects {\n        project {\n          code\n        }\n        withheld\n        allowancesCommitted\n      }\n    }\n  }\n"): typeof import('./graphql.js').PublicReleaseOthersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PublicReleaseDays($asOf: Date) {\n        disclosurePolicy(asOf: $asOf) {\n          reportsAsOf\n          esfIndicatorsAsOf\n          esfReleaseFrequency\n        }\n      }\n    "): typeof import('./graphql.js').PublicReleaseDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReEntryFigures($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n    }\n    employmentOutcomes(filter: $filter) {\n      enrolled\n    }\n  }\n"): typeof import('./graphql.js').ReEntryFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoDashboard($filter: ReportFilter) {\n    fundingSummary(filter: $filter) {\n      asOf\n      totalAwarded\n      allowancesCommitted\n      withheld\n      byRole {\n        alerRole\n        projectCount\n        awarded\n      }\n      projects {\n        project {\n          code\n          name\n          alerRole\n          partners {\n            organisation {\n              name\n            }\n          }\n        }\n        awarded\n        allowancesCommitted\n        withheld\n      }\n    }\n    participation(filter: $filter) {\n      project {\n        code\n        name\n      }\n      target\n      peopleReached\n      attendances\n      anonymousHeadcount\n      shareOfTarget\n      cumulative {\n        month\n        value\n      }\n      pacePerMonth\n      targetReachedMonth\n      projectedTargetMonth\n    }\n    peopleReached(filter: $filter) {\n      asOf\n      distinct\n      sumOverProjects\n    }\n    employmentOutcomes(filter: $filter) {\n      enrolled\n      inProgress\n      employed\n      unsuccessful\n      withdrawn\n      employmentRate\n      byContractType {\n        contractType\n        count\n      }\n      bySex {\n        sex\n        enrolled\n        employed\n      }\n      projects {\n        project {\n          code\n        }\n        enrolled\n        inProgress\n        employed\n        unsuccessful\n        withdrawn\n      }\n    }\n    debtRecovery(filter: $filter) {\n      arrearsAtEnrolment\n      recoveredFromRepayments\n      recoveredFromWithholding\n      totalRecovered\n      outstanding\n      recoveryRate\n      cumulative {\n        month\n        value\n      }\n      monthly {\n        month\n        repayments\n        withholding\n        total\n      }\n      projects {\n        project {\n          code\n        }\n        arrearsAtEnrolment\n        recoveredFromRepayments\n        recoveredFromWithholding\n        totalRecovered\n      }\n    }\n    esfIndicators(filter: $filter) {\n      code\n      women\n      men\n      total\n    }\n  }\n"): typeof import('./graphql.js').DemoDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReportingFunding($filter: ReportFilter) {\n      fundingSummary(filter: $filter) {\n        asOf\n        totalAwarded\n        allowancesCommitted\n        withheld\n        byRole {\n          alerRole\n          projectCount\n          awarded\n        }\n        projects {\n          project {\n            code\n          }\n          awarded\n          allowancesCommitted\n          withheld\n        }\n      }\n    }\n  "): typeof import('./graphql.js').ReportingFundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReportingParticipation($filter: ReportFilter) {\n      participation(filter: $filter) {\n        project {\n          code\n        }\n        asOf\n        target\n        peopleReached\n        attendances\n        anonymousHeadcount\n        shareOfTarget\n        cumulative {\n          month\n          value\n        }\n        pacePerMonth\n        targetReachedMonth\n        projectedTargetMonth\n      }\n    }\n  "): typeof import('./graphql.js').ReportingParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReportingPeopleReached($filter: ReportFilter) {\n      peopleReached(filter: $filter) {\n        asOf\n        distinct\n        sumOverProjects\n      }\n      participation(filter: $filter) {\n        peopleReached\n      }\n    }\n  "): typeof import('./graphql.js').ReportingPeopleReachedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReportingOutcomes($filter: ReportFilter) {\n      employmentOutcomes(filter: $filter) {\n        asOf\n        enrolled\n        inProgress\n        employed\n        unsuccessful\n        withdrawn\n        employmentRate\n        byContractType {\n          contractType\n          count\n        }\n        bySex {\n          sex\n          enrolled\n          inProgress\n          employed\n          unsuccessful\n          withdrawn\n          employmentRate\n        }\n        projects {\n          project {\n            code\n          }\n          enrolled\n          employed\n          unsuccessful\n          withdrawn\n          inProgress\n        }\n      }\n    }\n  "): typeof import('./graphql.js').ReportingOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReportingDebt($filter: ReportFilter) {\n      debtRecovery(filter: $filter) {\n        asOf\n        arrearsAtEnrolment\n        recoveredFromRepayments\n        recoveredFromWithholding\n        totalRecovered\n        outstanding\n        recoveryRate\n        cumulative {\n          month\n          value\n        }\n        monthly {\n          month\n          repayments\n          withholding\n          total\n        }\n        projects {\n          project {\n            code\n          }\n          arrearsAtEnrolment\n          totalRecovered\n        }\n      }\n    }\n  "): typeof import('./graphql.js').ReportingDebtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReportingEsf($filter: ReportFilter) {\n      esfIndicators(filter: $filter) {\n        code\n        name\n        women\n        men\n        total\n        suppressed\n      }\n    }\n  "): typeof import('./graphql.js').ReportingEsfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReportingEsfAtEntry {\n          esfIndicators(filter: { asOf: \"2019-06-30\" }) {\n            code\n            total\n          }\n        }\n      "): typeof import('./graphql.js').ReportingEsfAtEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReportingBeforeTheLabs($filter: ReportFilter) {\n          fundingSummary(filter: $filter) {\n            totalAwarded\n            allowancesCommitted\n            withheld\n            byRole {\n              projectCount\n              awarded\n            }\n            projects {\n              awarded\n              allowancesCommitted\n              withheld\n            }\n          }\n          participation(filter: $filter) {\n            peopleReached\n            attendances\n            anonymousHeadcount\n            shareOfTarget\n            cumulative {\n              value\n            }\n          }\n          employmentOutcomes(filter: $filter) {\n            enrolled\n            inProgress\n            employed\n            unsuccessful\n            withdrawn\n            employmentRate\n          }\n          debtRecovery(filter: $filter) {\n            arrearsAtEnrolment\n            totalRecovered\n            outstanding\n            recoveryRate\n            cumulative {\n              value\n            }\n          }\n          esfIndicators(filter: $filter) {\n            women\n            men\n            total\n          }\n        }\n      "): typeof import('./graphql.js').ReportingBeforeTheLabsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SituationRegister($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').SituationRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SituationDeclare($input: DeclareSituationInput!) {\n    declareSituation(input: $input) {\n      id\n      effectiveOn\n      labourStatus\n      education\n    }\n  }\n"): typeof import('./graphql.js').SituationDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SituationEnrol($input: EnrolInput!) {\n    enrolPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').SituationEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SituationEsf($filter: ReportFilter) {\n    esfIndicators(filter: $filter) {\n      code\n      women\n    }\n  }\n"): typeof import('./graphql.js').SituationEsfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SnapshotsFreezeAnnual {\n          freezeReport(asOf: \"2020-08-31\", label: \"Relazione annuale 2020\") {\n            id\n            asOf\n            sha256\n            label\n          }\n        }\n      "): typeof import('./graphql.js').SnapshotsFreezeAnnualDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SnapshotsCorrectArrears($input: CorrectEnrolmentInput!) {\n          correctEnrolment(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').SnapshotsCorrectArrearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SnapshotsList {\n          reportSnapshots {\n            id\n            sha256\n          }\n        }\n      "): typeof import('./graphql.js').SnapshotsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SnapshotsDiffLive($id: ID!) {\n          reportDiff(snapshot: $id) {\n            asOf\n            against {\n              id\n            }\n            changes {\n              table\n              key\n              field\n              before\n              after\n            }\n            corrections {\n              action\n              entity\n              entityId\n              reason\n            }\n          }\n        }\n      "): typeof import('./graphql.js').SnapshotsDiffLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SnapshotsFreezeCorrected {\n          freezeReport(asOf: \"2020-08-31\", label: \"Relazione rettificata\") {\n            id\n            sha256\n          }\n        }\n      "): typeof import('./graphql.js').SnapshotsFreezeCorrectedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SnapshotsDiffBetween($a: ID!, $b: ID!) {\n        reportDiff(snapshot: $a, against: $b) {\n          changes {\n            key\n            field\n          }\n          corrections {\n            entityId\n          }\n        }\n      }\n    "): typeof import('./graphql.js').SnapshotsDiffBetweenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SnapshotsDiffSince($id: ID!) {\n        reportDiff(snapshot: $id) {\n          changes {\n            key\n          }\n        }\n      }\n    "): typeof import('./graphql.js').SnapshotsDiffSinceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SnapshotsFreeze($asOf: Date!, $label: String!) {\n        freezeReport(asOf: $asOf, label: $label) {\n          sha256\n        }\n      }\n    "): typeof import('./graphql.js').SnapshotsFreezeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsPartners {\n    projects {\n      code\n      partners {\n        role\n        organisation {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').StatementsPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SummariesRaceParticipation($filter: ReportFilter) {\n    participation(filter: $filter) {\n      project {\n        code\n      }\n      peopleReached\n    }\n  }\n"): typeof import('./graphql.js').SummariesRaceParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SummariesFigures($filter: ReportFilter) {\n    employmentOutcomes(filter: $filter) {\n      enrolled\n      employed\n    }\n    participation(filter: $filter) {\n      peopleReached\n      attendances\n      anonymousHeadcount\n    }\n    debtRecovery(filter: $filter) {\n      arrearsAtEnrolment\n      totalRecovered\n    }\n    esfIndicators(filter: $filter) {\n      code\n      total\n    }\n  }\n"): typeof import('./graphql.js').SummariesFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimeoutsRecordActivity($input: ActivityInput!) {\n    recordActivity(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TimeoutsRecordActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimeoutsImport($csv: String!, $fileName: String) {\n    importFile(kind: ATTENDANCE, csv: $csv, fileName: $fileName) {\n      written\n      errors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').TimeoutsImportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
