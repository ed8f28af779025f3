import { registerEnumType } from 'type-graphql';

/** What an API key may do. ADMIN: everything; OPERATOR: the personal records of its projects; ANALYST: every report. */
export enum Role {
  ADMIN = 'ADMIN',
  OPERATOR = 'OPERATOR',
  ANALYST = 'ANALYST',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'ADMIN: everything. OPERATOR: records of its projects. ANALYST: every report, exact.',
});
