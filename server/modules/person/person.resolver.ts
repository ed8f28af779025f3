import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { isUuid } from '../../domain/rules.js';
import { Person } from './person.entity.js';
import { RegisterPersonInput } from './person.input.js';
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
}
