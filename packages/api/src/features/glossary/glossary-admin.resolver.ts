import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { Role } from "../accounts";
import { actorOf } from "../audit";
import {
  CreateGlossaryTermArgs,
  CreateGlossaryTermPayload,
  DeleteGlossaryTermPayload,
  UpdateGlossaryTermArgs,
  UpdateGlossaryTermPayload,
} from "./glossary-admin.inputs";

/** Admins' edits of the AI Glossary: every one is in the audit log (`auditLog(targetType: "GlossaryTerm")`). */
@Resolver()
export class GlossaryAdminResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => CreateGlossaryTermPayload, { description: "Adds a term to the AI Glossary (admins only)." })
  async createGlossaryTerm(@Args() { input }: CreateGlossaryTermArgs, @Ctx() ctx: Context): Promise<CreateGlossaryTermPayload> {
    return { glossaryTerm: await ctx.services.glossaryAdmin.create(actorOf(ctx), input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UpdateGlossaryTermPayload, { description: "Edits a glossary term: only the fields given change (admins only)." })
  async updateGlossaryTerm(@Args() { id, input }: UpdateGlossaryTermArgs, @Ctx() ctx: Context): Promise<UpdateGlossaryTermPayload> {
    return { glossaryTerm: await ctx.services.glossaryAdmin.update(actorOf(ctx), id, input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteGlossaryTermPayload, {
    description: "Deletes a glossary term with its FAQs and its links to and from other terms (admins only).",
  })
  deleteGlossaryTerm(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<DeleteGlossaryTermPayload> {
    return ctx.services.glossaryAdmin.delete(actorOf(ctx), id);
  }
}
