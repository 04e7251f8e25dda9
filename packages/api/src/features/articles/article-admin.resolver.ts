import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { DEFAULT_PAGE_SIZE } from "../../shared/db/keyset";
import { CallerSpecific } from "../../shared/graphql/cache-hints";
import { pageCost, RENDER_COST } from "../../shared/graphql/cost";
import { Role } from "../accounts";
import { actorOf } from "../audit";
import {
  AllArticlesArgs,
  ArticleAuthorPayload,
  ArticlePayload,
  ArticlePreview,
  ArticlePreviewInput,
  CreateArticleArgs,
  CreateArticleAuthorArgs,
  DeleteArticlePayload,
  PublishArticleArgs,
  UpdateArticleArgs,
  UpdateArticleAuthorArgs,
} from "./article-admin.inputs";
import { Article } from "./article.entity";
import { readingMinutes } from "./article.service";
import { ArticleConnection } from "./article.types";

/** Admins' writing of articles: every change is in the audit log (`auditLog(targetType: "Article")`). */
@Resolver()
export class ArticleAdminResolver {
  @Authorized(Role.ADMIN)
  @CallerSpecific()
  @Query(() => ArticleConnection, {
    description: "Every article, drafts and scheduled ones too, the most recently changed first (admins only).",
    complexity: pageCost(DEFAULT_PAGE_SIZE),
  })
  allArticles(@Args() args: AllArticlesArgs, @Ctx() ctx: Context) {
    return ctx.services.articleAdmin.connection(args.filter, args);
  }

  @Authorized(Role.ADMIN)
  @CallerSpecific()
  @Query(() => Article, { nullable: true, description: "An article in any status by id, to edit it (admins only); null for none." })
  adminArticle(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Article | null> {
    return ctx.services.articleAdmin.byId(id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => ArticlePreview, {
    description:
      "An article's Markdown rendered exactly as its page will show it, glossary links included (the editor's preview; admins only).",
    complexity: RENDER_COST,
  })
  async articlePreview(@Arg("input", () => ArticlePreviewInput) input: ArticlePreviewInput, @Ctx() ctx: Context): Promise<ArticlePreview> {
    return { html: await ctx.loaders.linkedHtml.load({ markdown: input.body }), readingTimeMinutes: readingMinutes(input.body) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ArticlePayload, { description: "Writes a new article, a draft unless `publishedAt` is given (admins only)." })
  async createArticle(@Args() { input }: CreateArticleArgs, @Ctx() ctx: Context): Promise<ArticlePayload> {
    return { article: await ctx.services.articleAdmin.create(actorOf(ctx), input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ArticlePayload, { description: "Edits an article: only the fields given change (admins only)." })
  async updateArticle(@Args() { id, input }: UpdateArticleArgs, @Ctx() ctx: Context): Promise<ArticlePayload> {
    return { article: await ctx.services.articleAdmin.update(actorOf(ctx), id, input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ArticlePayload, { description: "Publishes an article now, or schedules it for `at` (admins only)." })
  async publishArticle(@Args() { id, at }: PublishArticleArgs, @Ctx() ctx: Context): Promise<ArticlePayload> {
    return { article: await ctx.services.articleAdmin.setPublication(actorOf(ctx), id, at ?? "now") };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ArticlePayload, { description: "Takes an article back to draft: off the site, its feeds and the sitemap (admins only)." })
  async unpublishArticle(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ArticlePayload> {
    return { article: await ctx.services.articleAdmin.setPublication(actorOf(ctx), id, null) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ArticleAuthorPayload, { description: "Adds someone who writes articles (admins only)." })
  async createArticleAuthor(@Args() { input }: CreateArticleAuthorArgs, @Ctx() ctx: Context): Promise<ArticleAuthorPayload> {
    return { author: await ctx.services.articleAdmin.createAuthor(actorOf(ctx), input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ArticleAuthorPayload, {
    description: "Changes an author's name, slug or bio (admins only); a new slug moves their page.",
  })
  async updateArticleAuthor(@Args() { slug, input }: UpdateArticleAuthorArgs, @Ctx() ctx: Context): Promise<ArticleAuthorPayload> {
    return { author: await ctx.services.articleAdmin.updateAuthor(actorOf(ctx), slug, input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteArticlePayload, { description: "Deletes an article (admins only; the audit log keeps its text)." })
  deleteArticle(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<DeleteArticlePayload> {
    return ctx.services.articleAdmin.delete(actorOf(ctx), id);
  }
}
