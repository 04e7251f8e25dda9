import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Parent } from "../../shared/graphql/parent";
import { JobCategory } from "../categories";
import { firstPageSelected } from "../jobs";
import { childSelections, selectedPaths } from "../../shared/graphql/lookahead";
import { GlossaryFaq, GlossaryTerm } from "./glossary-term.entity";
import { GlossaryTermsArgs } from "./glossary.inputs";
import { GlossaryLetter, GlossaryTermConnection } from "./glossary.types";
import { DEFAULT_PAGE_SIZE } from "../../shared/db/keyset";
import { listCost, pageCost } from "../../shared/graphql/cost";
import { MAX_FAQS, MAX_LETTERS, MAX_RELATED_TERMS } from "./glossary.service";
import { GLOSSARY_LIMITS } from "./glossary-limits";

@Resolver(() => GlossaryTerm)
export class GlossaryResolver {
  @Query(() => GlossaryTermConnection, { description: "AI Glossary terms A to Z.", complexity: pageCost(DEFAULT_PAGE_SIZE) })
  glossaryTerms(@Args() args: GlossaryTermsArgs, @Ctx() ctx: Context) {
    return ctx.services.glossary.connection(args.filter, args);
  }

  @Query(() => GlossaryTerm, { nullable: true })
  async glossaryTerm(@Arg("slug") slug: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<GlossaryTerm | null> {
    // A term's page in one statement: what its fields read next comes along, and primes their loaders.
    const paths = selectedPaths(info);
    const categories = childSelections(info, "relatedCategory");
    const key = categories.length === 1 ? firstPageSelected("category", categories[0].child("jobs")) : null;
    const page = await ctx.services.glossary.page(slug, {
      faqs: paths.has("faqs"),
      relatedTerms: paths.has("relatedTerms"),
      relatedCategory: paths.has("relatedCategory"),
      categoryJobs: key && { first: key.first, include: key.include },
    });
    if (!page) return null;
    const id = page.term.id;
    if (page.faqs) ctx.loaders.faqsByTermId.prime(id, page.faqs);
    if (page.relatedTerms) ctx.loaders.relatedTermsByTermId.prime(id, page.relatedTerms);
    if (page.relatedCategory) ctx.loaders.categoryById.prime(page.relatedCategory.id, page.relatedCategory);
    if (key && page.relatedCategory && page.categoryJobs) {
      ctx.loaders.firstJobPages.prime({ ...key, id: page.relatedCategory.id }, page.categoryJobs.connection);
      ctx.loaders.liveJobCountByCategoryId.prime(page.relatedCategory.id, page.categoryJobs.total);
    }
    return page.term;
  }

  @Query(() => [GlossaryLetter], { description: "The glossary's A-Z index: letters that have terms.", complexity: listCost(MAX_LETTERS) })
  glossaryLetters(@Ctx() ctx: Context): Promise<GlossaryLetter[]> {
    return ctx.services.glossary.letters();
  }

  @FieldResolver(() => ID)
  id(@Parent() term: GlossaryTerm): string {
    return toGlobalId("GlossaryTerm", term.id);
  }

  @FieldResolver(() => String)
  url(@Parent() term: GlossaryTerm, @Ctx() ctx: Context): string {
    return ctx.services.urls.glossaryTerm(term.slug);
  }

  @FieldResolver(() => [String], {
    description: `Other names job descriptions use for the term, e.g. "LLM"; at most ${GLOSSARY_LIMITS.aliases}.`,
    complexity: listCost(GLOSSARY_LIMITS.aliases),
  })
  aliases(@Parent() term: GlossaryTerm): string[] {
    return term.aliases.slice(0, GLOSSARY_LIMITS.aliases);
  }

  @FieldResolver(() => [GlossaryFaq], { description: `At most ${MAX_FAQS}.`, complexity: listCost(MAX_FAQS) })
  async faqs(@Parent() term: GlossaryTerm, @Ctx() ctx: Context): Promise<GlossaryFaq[]> {
    return (await ctx.loaders.faqsByTermId.load(term.id)).slice(0, MAX_FAQS);
  }

  @FieldResolver(() => [GlossaryTerm], { description: `At most ${MAX_RELATED_TERMS}.`, complexity: listCost(MAX_RELATED_TERMS) })
  async relatedTerms(@Parent() term: GlossaryTerm, @Ctx() ctx: Context): Promise<GlossaryTerm[]> {
    return (await ctx.loaders.relatedTermsByTermId.load(term.id)).slice(0, MAX_RELATED_TERMS);
  }

  @FieldResolver(() => JobCategory, { nullable: true, description: "The job category this term leads to." })
  relatedCategory(@Parent() term: GlossaryTerm, @Ctx() ctx: Context): Promise<JobCategory | null> | null {
    return term.relatedCategoryId == null ? null : ctx.loaders.categoryById.load(term.relatedCategoryId);
  }
}
