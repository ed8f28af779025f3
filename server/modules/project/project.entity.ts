import { PrimaryKeyProp, BigIntType, Check, Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Programme } from '../programme/programme.entity.js';
import { AlerRole } from './project.enums.js';

/** A funded "Laboratorio Sociale di Quartiere". */
@Entity({ tableName: 'project' })
@Check({
  name: 'project_degree_of_urbanisation_check',
  expression: 'degree_of_urbanisation >= 1 and degree_of_urbanisation <= 3',
})
@ObjectType({ description: 'A funded neighbourhood social lab (Laboratorio Sociale di Quartiere).' })
export class Project {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'Stable code, e.g. "PRO_SALOMONE".' })
  @PrimaryKey({ type: 'string', length: 32 })
  code!: string;

  @ManyToOne(() => Programme, { ref: true, fieldName: 'programme_code' })
  programme!: Ref<Programme>;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  municipality!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  place?: string | null;

  @Field(() => AlerRole)
  @Enum({ items: () => AlerRole, nativeEnumName: 'aler_role' })
  alerRole!: AlerRole;

  @Field(() => MoneyScalar, { name: 'awarded', description: 'Public funding awarded, euro.' })
  @Property({ type: new BigIntType('bigint'), fieldName: 'awarded_cents' })
  awardedCents!: bigint;

  @Field(() => DateScalar, { description: 'Day the award was published; before it, the project counts as not yet funded.' })
  @Property({ type: 'date' })
  awardedOn!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => Int, { description: 'People to take on the reintegration path.' })
  @Property({ type: 'integer' })
  participantTarget!: number;

  @Field(() => Int, { description: "People to involve in the lab's activities." })
  @Property({ type: 'integer' })
  involvementTarget!: number;

  @Field(() => MoneyScalar, { name: 'allowance', description: 'Allowance per participant, euro.' })
  @Property({ type: new BigIntType('bigint'), fieldName: 'allowance_cents' })
  allowanceCents!: bigint;

  /** The exact decimal text of numeric(5,4), "0.5000"; money is computed from this, never from the float. */
  @Property({ type: 'decimal', precision: 5, scale: 4, fieldName: 'withholding_share' })
  withholdingShareText!: string;

  @Field(() => Float, { description: 'Share of the allowance withheld on an unsuccessful exit (0.5).' })
  get withholdingShare(): number {
    return Number(this.withholdingShareText);
  }

  @Field(() => [String], {
    description: 'Names of the fields whose values are assumptions (not stated in the source article), e.g. "participantTarget".',
  })
  @Property({ type: 'text[]' })
  assumedFields!: string[];

  /** Eurostat's degree of urbanisation (DEGURBA) of the municipality: 1, 2 or 3 (rural); ESF CO19 reads it. */
  @Field(() => Int, {
    nullable: true,
    description:
      "Degree of urbanisation (Eurostat DEGURBA) of the project's municipality: 1 cities, 2 towns and suburbs, 3 rural areas. " +
      'Participants of a project in a rural area count in ESF CO19.',
  })
  @Property({ type: 'smallint', nullable: true })
  degreeOfUrbanisation?: number | null;

  @Field(() => String, { nullable: true, description: 'Where degreeOfUrbanisation comes from.' })
  @Property({ type: 'text', nullable: true })
  degreeOfUrbanisationSource?: string | null;

  @Field(() => String, { description: 'Where the figures come from.' })
  @Property({ type: 'text' })
  source!: string;
}
