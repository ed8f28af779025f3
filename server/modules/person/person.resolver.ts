import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { isUuid } from '../../domain/rules.js';
import { Person } from './person.entity.js';
import { PersonSituation } from './person-situation.entity.js';
import { DeclareSituationInput, RegisterPersonInput } from './person.input.js';
import { declareSituation } from './situation.service.js';
import { registerPerson } from './person.service.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A registered person (personal data).' })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Person | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return ctx.loaders.personById.load(id);
  }

  @Mutation(() => Person, { description: 'Registers a person; the same fiscal code twice returns the same person.' })
  registerPerson(@Arg('input', () => RegisterPersonInput) input: RegisterPersonInput, @Ctx() ctx: Context): Promise<Person> {
    return registerPerson(ctx.em, ctx.caller, input, ctx.pseudonymKey);
  }

  @Mutation(() => PersonSituation, {
    description:
      "Declares a person's situation again, from the day it takes effect: enrolments selected on or after that day record it as the situation at entry (existing enrolments keep theirs). Audited with the reason.",
  })
  declareSituation(@Arg('input', () => DeclareSituationInput) input: DeclareSituationInput, @Ctx() ctx: Context): Promise<PersonSituation> {
    return declareSituation(ctx.em, ctx.caller, input);
  }
}
