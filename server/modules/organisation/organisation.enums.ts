import { registerEnumType } from 'type-graphql';

export enum OrganisationKind {
  HOUSING_AGENCY = 'HOUSING_AGENCY',
  MUNICIPALITY = 'MUNICIPALITY',
  SOCIAL_COOPERATIVE = 'SOCIAL_COOPERATIVE',
  OTHER = 'OTHER',
}
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
