import { registerEnumType } from 'type-graphql';

export enum ActivityKind {
  SOCIAL_SUPPORT = 'SOCIAL_SUPPORT',
  COMMUNITY_ANIMATION = 'COMMUNITY_ANIMATION',
  INTEGRATION = 'INTEGRATION',
  TRAINING = 'TRAINING',
  JOB_SUPPORT = 'JOB_SUPPORT',
  SELF_MANAGEMENT = 'SELF_MANAGEMENT',
  ASSISTED_LIVING = 'ASSISTED_LIVING',
  OUTREACH = 'OUTREACH',
  OTHER = 'OTHER',
}
registerEnumType(ActivityKind, { name: 'ActivityKind' });
