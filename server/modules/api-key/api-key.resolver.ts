import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Role } from './api-key.enums.js';
import { ApiKey } from './api-key.entity.js';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key.service.js';

@InputType()
class CreateApiKeyInput {
  @Field(() => Role) role!: Role;
  @Field(() => String) label!: string;
  @Field(() => [ID], { nullable: true, description: 'For an OPERATOR: the projects it works on.' }) projectCodes?: string[] | null;
}

@ObjectType({ simpleResolvers: true, description: 'A new key: its token is shown this once.' })
class CreatedApiKey {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Send as Authorization: Bearer <token>. It cannot be shown again.' }) token!: string;
  @Field(() => Role) role!: Role;
  @Field(() => String) label!: string;
  @Field(() => [String]) projectCodes!: string[];
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey], { description: 'Every API key, the newest first (admins only).' })
  apiKeys(@Ctx() ctx: Context): Promise<ApiKey[]> {
    return listApiKeys(ctx.em);
  }

  @Mutation(() => CreatedApiKey, { description: 'Creates a key (admins only); the token is returned once.' })
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context): Promise<CreatedApiKey> {
    const { key, token } = await createApiKey(ctx.em, ctx.caller, input);
    return { id: key.id, token, role: key.role, label: key.label, projectCodes: key.projectCodes };
  }

  @Mutation(() => Boolean, { description: 'Revokes a key: its token stops working at once (admins only).' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return revokeApiKey(ctx.em, ctx.caller, id);
  }
}
