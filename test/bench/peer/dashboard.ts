/**
 * The whole dashboard as PostGraphile is asked for it: seven documents, one per panel of
 * dashboard/src/panels/ (headline, funding, reach, reach over time, outcomes, debt, ESF), each
 * fetching what its panel shows, on the hub's summary tables (P') or on the base tables with the
 * `peer` functions (P). pg-aggregates groups dates by day only (its truncations are for
 * timestamps), so the monthly series come as daily sums for the client to roll up; like the
 * other derived figures the hub computes (cumulative series, shares of target, projected months,
 * money formatting), the harness does not compute them: it compares the figures listed in
 * `DashboardAnswer` (questions.ts), the same for every contender.
 */
const asOfFilter = (column: string) => `filter: { ${column}: { lessThanOrEqualTo: $asOf } }`;

/** P': the summaries (reach, reach_daily, enrolment_daily, exit_daily, ledger_daily, esf_daily). */
export function summaryDashboard(funding: string, esf: string): string[] {
  return [
    `query PeerSummaryHeadline($asOf: Date!) {
  allProjects(orderBy: CODE_ASC) { nodes { code name municipality involvementTarget awardedCents awardedOn } }
  allReaches(${asOfFilter('firstOn')}) { aggregates { distinctCount { personId } } }
  allReachDailies(${asOfFilter('day')}) { aggregates { sum { people } } }
  allEnrolmentDailies(${asOfFilter('day')}) { aggregates { sum { enrolled arrearsCents } } }
  allExitDailies(filter: { day: { lessThanOrEqualTo: $asOf }, outcome: { equalTo: EMPLOYED } }) { aggregates { sum { exits } } }
  allLedgerDailies(${asOfFilter('day')}) { aggregates { sum { repaidCents withheldCents } } }
}`,
    funding,
    `query PeerSummaryReach($asOf: Date!) {
  allProjects(orderBy: CODE_ASC) { nodes { code name involvementTarget reachDailiesByProjectCode(${asOfFilter('day')}) { aggregates { sum { people } } } } }
}`,
    `query PeerSummaryReachOverTime($asOf: Date!) {
  allProjects(orderBy: CODE_ASC) { nodes { code startDate endDate involvementTarget } }
  allReachDailies(${asOfFilter('day')}) { groupedAggregates(groupBy: [PROJECT_CODE, DAY]) { keys sum { people } } }
}`,
    `query PeerSummaryOutcomes($asOf: Date!) {
  allProjects(orderBy: CODE_ASC) {
    nodes {
      code
      name
      enrolmentDailiesByProjectCode(${asOfFilter('day')}) { aggregates { sum { enrolled } } }
      exitDailiesByProjectCode(${asOfFilter('day')}) { groupedAggregates(groupBy: [OUTCOME]) { keys sum { exits } } }
    }
  }
}`,
    `query PeerSummaryDebt($asOf: Date!) {
  allProjects(orderBy: CODE_ASC) { nodes { code endDate } }
  allLedgerDailies(${asOfFilter('day')}) { groupedAggregates(groupBy: [DAY]) { keys sum { repaidCents withheldCents } } }
}`,
    esf,
  ];
}

/** P: the base tables (project, enrolment, repayment, withholding) and the `peer` functions. */
export function baseDashboard(funding: string, esf: string): string[] {
  return [
    `query PeerHeadline($asOf: Date!) {
  allProjects(orderBy: CODE_ASC) { nodes { code name municipality involvementTarget awardedCents awardedOn } }
  peerPeopleReached(asOf: $asOf)
  peerProjectPeopleReached(asOf: $asOf) { nodes { people } }
  allEnrolments(${asOfFilter('selectedOn')}) { totalCount aggregates { sum { arrearsCents } } }
  employed: allEnrolments(filter: { exitedOn: { lessThanOrEqualTo: $asOf }, outcome: { equalTo: EMPLOYED } }) { totalCount }
  allRepayments(${asOfFilter('paidOn')}) { aggregates { sum { amountCents } } }
  allWithholdings(${asOfFilter('withheldOn')}) { aggregates { sum { amountCents } } }
}`,
    funding,
    `query PeerReach($asOf: Date!) {
  allProjects(orderBy: CODE_ASC) { nodes { code name involvementTarget } }
  peerProjectPeopleReached(asOf: $asOf) { nodes { projectCode people } }
}`,
    `query PeerReachOverTime($asOf: Date!) {
  allProjects(orderBy: CODE_ASC) { nodes { code startDate endDate involvementTarget } }
  peerReachMonthly(asOf: $asOf) { nodes { projectCode month people } }
}`,
    `query PeerOutcomes($asOf: Date!) {
  allProjects(orderBy: CODE_ASC) {
    nodes {
      code
      name
      enrolled: enrolmentsByProjectCode(${asOfFilter('selectedOn')}) { totalCount }
      employed: enrolmentsByProjectCode(filter: { exitedOn: { lessThanOrEqualTo: $asOf }, outcome: { equalTo: EMPLOYED } }) { totalCount }
      unsuccessful: enrolmentsByProjectCode(filter: { exitedOn: { lessThanOrEqualTo: $asOf }, outcome: { equalTo: UNSUCCESSFUL } }) {
        totalCount
      }
      withdrawn: enrolmentsByProjectCode(filter: { exitedOn: { lessThanOrEqualTo: $asOf }, outcome: { equalTo: WITHDRAWN } }) { totalCount }
    }
  }
}`,
    `query PeerDebt($asOf: Date!) {
  allProjects(orderBy: CODE_ASC) { nodes { code endDate } }
  allRepayments(${asOfFilter('paidOn')}) { groupedAggregates(groupBy: [PAID_ON]) { keys sum { amountCents } } }
  allWithholdings(${asOfFilter('withheldOn')}) { groupedAggregates(groupBy: [WITHHELD_ON]) { keys sum { amountCents } } }
}`,
    esf,
  ];
}
