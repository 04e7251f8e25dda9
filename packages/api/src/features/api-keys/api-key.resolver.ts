import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { listCost } from "../../shared/graphql/cost";
import { fromGlobalId, toGlobalId } from "../../shared/graphql/global-id";
import { selectedPaths } from "../../shared/graphql/lookahead";
import { Parent } from "../../shared/graphql/parent";
import { Role } from "../accounts";
import { actorOf } from "../audit";
import { ApiKey } from "./api-key.entity";
import { CreateApiKeyArgs, CreateApiKeyPayload } from "./api-key.inputs";
import { MAX_LISTED_API_KEYS } from "./api-key.service";
import { CallerSpecific } from "../../shared/graphql/cache-hints";

/** A key as listed: its spending this window, when the list asked for it, comes with it. */
type ListedApiKey = ApiKey & { usedThisHour?: number };

/** Partners' API keys, for admins: create (shown once), list with their use, revoke. */
@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @CallerSpecific()
  @Query(() => [ApiKey], {
    description: `Every API key, live ones first, newest first (at most ${MAX_LISTED_API_KEYS}). Admins only.`,
    complexity: listCost(MAX_LISTED_API_KEYS),
  })
  async apiKeys(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ListedApiKey[]> {
    const keys = await ctx.services.apiKeys.list();
    if (!selectedPaths(info).has("usedThisHour")) return keys;
    const used = await ctx.services.apiKeys.usage(keys, ctx.services.budget);
    return keys.map((key) => ({ ...key, usedThisHour: used.get(key.id) ?? 0 }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateApiKeyPayload, {
    description: "Makes a partner's API key. The answer holds the whole key, shown this once. Admins only; recorded in the audit log.",
  })
  async createApiKey(@Args() { input }: CreateApiKeyArgs, @Ctx() ctx: Context): Promise<CreateApiKeyPayload> {
    const { key, secret } = await ctx.services.apiKeys.issue(actorOf(ctx), input);
    return { apiKey: key, secret };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKey, {
    description:
      "Revokes a key: every request with it is refused (401 UNAUTHENTICATED) from now on. Revoking it again changes nothing. Admins only; recorded in the audit log.",
  })
  revokeApiKey(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ApiKey> {
    const ref = fromGlobalId(id);
    return ctx.services.apiKeys.revoke(actorOf(ctx), ref?.type === "ApiKey" ? ref.id : null);
  }

  @FieldResolver(() => ID)
  id(@Parent() key: ApiKey): string {
    return toGlobalId("ApiKey", key.id);
  }

  @FieldResolver(() => Int, { description: "Points spent in the key's current rate-limit window (an hour from its first request)." })
  async usedThisHour(@Parent() key: ListedApiKey, @Ctx() ctx: Context): Promise<number> {
    if (key.usedThisHour != null) return key.usedThisHour;
    return (await ctx.services.apiKeys.usage([key], ctx.services.budget)).get(key.id) ?? 0;
  }
}
