import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { DEFAULT_PAGE_SIZE } from "../../shared/db/keyset";
import { ConnectionArgs } from "../../shared/graphql/connection";
import { listCost, pageCost, RENDER_COST } from "../../shared/graphql/cost";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Parent } from "../../shared/graphql/parent";
import { JobCategory } from "../categories";
import { GlossaryTerm } from "../glossary";
import { JobConnection, connectionIncludeOf } from "../jobs";
import { SalaryStats } from "../salaries";
import { selectedPaths } from "../../shared/graphql/lookahead";
import { Article, ArticleAuthor } from "./article.entity";
import { ArticleSection, ArticleStatus } from "./article.enums";
import { ArticleListArgs, ArticlesArgs, MAX_ARTICLE_LIST } from "./article.inputs";
import { readingMinutes } from "./article.service";
import { ArticleConnection, ArticleImage } from "./article.types";

/** Job categories an article names, at most. */
export const MAX_ARTICLE_CATEGORIES = 5;
/** Tags an article shows, at most. */
export const MAX_ARTICLE_TAGS = 10;

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, {
    description: "Published articles, newest first: by section (the footer's Resources), tag or words.",
    complexity: pageCost(DEFAULT_PAGE_SIZE),
  })
  articles(@Args() args: ArticlesArgs, @Ctx() ctx: Context) {
    return ctx.services.articles.connection(args.filter, args);
  }

  @Query(() => Article, { nullable: true, description: "A published article by slug; null for none (or one not published yet)." })
  article(@Arg("slug") slug: string, @Ctx() ctx: Context): Promise<Article | null> {
    return ctx.services.articles.bySlug(slug);
  }

  @FieldResolver(() => ID)
  id(@Parent() article: Article): string {
    return toGlobalId("Article", article.id);
  }

  @FieldResolver(() => String, { description: "The article's page on the site." })
  url(@Parent() article: Article, @Ctx() ctx: Context): string {
    return ctx.services.urls.article(article.section, article.slug);
  }

  @FieldResolver(() => String, {
    description: "The body rendered to sanitised HTML; the first mention of each AI Glossary term links to the term's page.",
    complexity: RENDER_COST,
  })
  bodyHtml(@Parent() article: Article, @Ctx() ctx: Context): Promise<string> {
    return ctx.loaders.linkedHtml.load({ markdown: article.body });
  }

  @FieldResolver(() => ArticleStatus, { description: "PUBLISHED for everyone but admins, who also see drafts and scheduled ones." })
  status(@Parent() article: Article): ArticleStatus {
    if (!article.publishedAt) return ArticleStatus.DRAFT;
    return article.publishedAt.getTime() > Date.now() ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
  }

  @FieldResolver(() => ArticleImage, { nullable: true })
  coverImage(@Parent() article: Article): ArticleImage | null {
    return article.coverImageUrl ? { url: article.coverImageUrl, alt: article.coverAlt ?? "" } : null;
  }

  @FieldResolver(() => Int, { description: "Minutes to read it, at 220 words a minute." })
  readingTimeMinutes(@Parent() article: Article): number {
    return readingMinutes(article.body);
  }

  @FieldResolver(() => [String], { description: `Lower case; at most ${MAX_ARTICLE_TAGS}.`, complexity: listCost(MAX_ARTICLE_TAGS) })
  tags(@Parent() article: Article): string[] {
    return article.tags.slice(0, MAX_ARTICLE_TAGS);
  }

  @FieldResolver(() => ArticleAuthor)
  async author(@Parent() article: Article, @Ctx() ctx: Context): Promise<ArticleAuthor> {
    return (await ctx.loaders.articleAuthorById.load(article.authorId))!;
  }

  @FieldResolver(() => [JobCategory], {
    description: `The job categories it is about; at most ${MAX_ARTICLE_CATEGORIES}.`,
    complexity: listCost(MAX_ARTICLE_CATEGORIES),
  })
  async categories(@Parent() article: Article, @Ctx() ctx: Context): Promise<JobCategory[]> {
    return (await ctx.loaders.categoriesByArticleId.load(article.id)).slice(0, MAX_ARTICLE_CATEGORIES);
  }

  @FieldResolver(() => JobConnection, {
    description: "Live jobs in the article's categories, newest first (none when it names no category).",
    complexity: pageCost(5),
  })
  async jobs(@Parent() article: Article, @Args() page: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const categories = await ctx.loaders.categoriesByArticleId.load(article.id);
    const categoryIds = categories.length ? categories.map((c) => c.id) : [-1];
    return ctx.services.jobs.connection(
      { categoryIds },
      null,
      { first: page.first ?? 5, after: page.after },
      connectionIncludeOf(selectedPaths(info)),
    );
  }

  @FieldResolver(() => JobCategory, {
    nullable: true,
    description: "A salary guide's job category, whose live figures it shows; null for other articles.",
  })
  async salaryCategory(@Parent() article: Article, @Ctx() ctx: Context): Promise<JobCategory | null> {
    return article.salaryCategoryId == null ? null : ctx.loaders.categoryById.load(article.salaryCategoryId);
  }

  @FieldResolver(() => SalaryStats, {
    nullable: true,
    description: "A salary guide's figures, live from the posted salary ranges of its category (and seniority); null for other articles.",
  })
  async salaryStats(
    @Parent() article: Article,
    @Arg("currency", () => String, { defaultValue: "USD", description: "ISO 4217 code for the figures." }) currency: string,
    @Ctx() ctx: Context,
  ): Promise<SalaryStats | null> {
    if (article.section !== ArticleSection.SALARY_GUIDE || article.salaryCategoryId == null) return null;
    const category = await ctx.loaders.categoryById.load(article.salaryCategoryId);
    if (!category) return null;
    return ctx.services.salaries.stats(
      { categories: [category.slug], ...(article.salarySeniority ? { seniorities: [article.salarySeniority] } : {}) },
      currency,
    );
  }

  @FieldResolver(() => [Article], { description: "Other articles on the same subjects.", complexity: listCost(MAX_ARTICLE_LIST) })
  relatedArticles(@Parent() article: Article, @Args() { first }: ArticleListArgs, @Ctx() ctx: Context): Promise<Article[]> {
    return ctx.services.articles.related(article, first);
  }
}

/** Authors a list of them shows, at most. */
export const MAX_ARTICLE_AUTHORS = 100;

@Resolver(() => ArticleAuthor)
export class ArticleAuthorResolver {
  @Query(() => [ArticleAuthor], {
    description: `Everyone who writes articles, by name; at most ${MAX_ARTICLE_AUTHORS}.`,
    complexity: listCost(MAX_ARTICLE_AUTHORS),
  })
  articleAuthors(@Ctx() ctx: Context): Promise<ArticleAuthor[]> {
    return ctx.services.articleAdmin.authors(MAX_ARTICLE_AUTHORS);
  }

  @Query(() => ArticleAuthor, { nullable: true, description: "An author by slug." })
  articleAuthor(@Arg("slug") slug: string, @Ctx() ctx: Context): Promise<ArticleAuthor | null> {
    return ctx.services.articles.authorBySlug(slug);
  }

  @FieldResolver(() => String, { description: "The author's page on the site." })
  url(@Parent() author: ArticleAuthor, @Ctx() ctx: Context): string {
    return ctx.services.urls.articleAuthor(author.slug);
  }

  @FieldResolver(() => [Article], { description: "What they wrote, newest first.", complexity: listCost(MAX_ARTICLE_LIST) })
  articles(@Parent() author: ArticleAuthor, @Args() { first }: ArticleListArgs, @Ctx() ctx: Context): Promise<Article[]> {
    return ctx.services.articles.byAuthor(author.id, first);
  }
}

@Resolver(() => GlossaryTerm)
export class GlossaryTermArticlesResolver {
  @FieldResolver(() => [Article], {
    description: "Articles that explain or use the term, newest first.",
    complexity: listCost(MAX_ARTICLE_LIST),
  })
  articles(@Parent() term: GlossaryTerm, @Args() { first }: ArticleListArgs, @Ctx() ctx: Context): Promise<Article[]> {
    return ctx.services.articles.mentioning([term.term, ...term.aliases], first);
  }
}
