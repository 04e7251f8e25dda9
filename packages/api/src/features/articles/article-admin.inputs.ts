import { ArrayMaxSize, IsOptional, IsUrl, Matches, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, Extensions, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionArgs } from "../../shared/graphql/connection";
import { SLUG_SHAPE } from "../../shared/text/slug";
import { Seniority } from "../jobs";
import { Article, ArticleAuthor } from "./article.entity";
import { ArticleSection, ArticleStatus } from "./article.enums";

/** How long an article's parts may be (published to the web app's editor in packages/schema/limits.json: app/published-limits.ts). */
export const ARTICLE_LIMITS = {
  authorName: 80,
  authorBio: 600,
  title: 150,
  slug: 100,
  summary: 300,
  body: 60_000,
  tags: 10,
  tag: 40,
  categories: 5,
  coverImageUrl: 500,
  coverAlt: 200,
} as const;

const NOT_BLANK = /\S/;
const notBlank = (what: string) => ({ message: `${what} can't be empty.` });
const atMost = (n: number) => ({ message: `Use at most ${n.toLocaleString("en")} characters.` });
const SLUG_MESSAGE = { message: "Use lower-case letters, digits and single hyphens, e.g. negotiating-an-ai-offer." };
const COVER_URL = { message: "Give the picture's address, starting with https://." };
const TAGS = {
  size: { message: `At most ${ARTICLE_LIMITS.tags} tags.` },
  each: { each: true, message: `Each tag is at most ${ARTICLE_LIMITS.tag} characters.` },
  blank: { each: true, message: "A tag can't be empty." },
};
const CATEGORIES = { message: `At most ${ARTICLE_LIMITS.categories} job categories.` };

@InputType({ description: "A new article: it starts as a draft unless `publishedAt` is given." })
export class CreateArticleInput {
  @Field(() => ArticleSection)
  section: ArticleSection;

  @Field({ description: `At most ${ARTICLE_LIMITS.title} characters.` })
  @Matches(NOT_BLANK, notBlank("The title"))
  @MaxLength(ARTICLE_LIMITS.title, atMost(ARTICLE_LIMITS.title))
  title: string;

  @Field(() => String, {
    nullable: true,
    description: "The article's address, e.g. `negotiating-an-ai-offer`; made from the title when omitted.",
  })
  @IsOptional()
  @Matches(SLUG_SHAPE, SLUG_MESSAGE)
  @MaxLength(ARTICLE_LIMITS.slug, atMost(ARTICLE_LIMITS.slug))
  slug?: string | null;

  @Field({ description: `One or two sentences for lists, search results and social cards; at most ${ARTICLE_LIMITS.summary} characters.` })
  @Matches(NOT_BLANK, notBlank("The summary"))
  @MaxLength(ARTICLE_LIMITS.summary, atMost(ARTICLE_LIMITS.summary))
  summary: string;

  @Field({ description: `The text in Markdown; at most ${ARTICLE_LIMITS.body.toLocaleString("en")} characters.` })
  @Extensions({ maxLength: ARTICLE_LIMITS.body })
  @Matches(NOT_BLANK, notBlank("The text"))
  @MaxLength(ARTICLE_LIMITS.body, atMost(ARTICLE_LIMITS.body))
  body: string;

  @Field({ description: "The author's slug (`articleAuthors` lists them)." })
  @Matches(NOT_BLANK, notBlank("The author"))
  @MaxLength(ARTICLE_LIMITS.slug, atMost(ARTICLE_LIMITS.slug))
  author: string;

  @Field(() => [String], { defaultValue: [], description: `Kept in lower case; at most ${ARTICLE_LIMITS.tags}.` })
  @ArrayMaxSize(ARTICLE_LIMITS.tags, TAGS.size)
  @Matches(NOT_BLANK, TAGS.blank)
  @MaxLength(ARTICLE_LIMITS.tag, TAGS.each)
  tags: string[];

  @Field(() => [String], {
    defaultValue: [],
    description: `Slugs of the job categories it is about (its page shows their live jobs); at most ${ARTICLE_LIMITS.categories}.`,
  })
  @ArrayMaxSize(ARTICLE_LIMITS.categories, CATEGORIES)
  @MaxLength(ARTICLE_LIMITS.slug, { each: true, ...atMost(ARTICLE_LIMITS.slug) })
  categories: string[];

  @Field(() => String, { nullable: true, description: "A salary guide's job category (slug): the guide shows its live salary figures." })
  @IsOptional()
  @MaxLength(ARTICLE_LIMITS.slug, atMost(ARTICLE_LIMITS.slug))
  salaryCategory?: string | null;

  @Field(() => Seniority, { nullable: true, description: "Narrows a salary guide's figures to one seniority." })
  salarySeniority?: Seniority | null;

  @Field(() => String, { nullable: true, description: "An https address of the cover picture." })
  @IsOptional()
  @IsUrl({ protocols: ["https"], require_protocol: true }, COVER_URL)
  @MaxLength(ARTICLE_LIMITS.coverImageUrl, atMost(ARTICLE_LIMITS.coverImageUrl))
  coverImageUrl?: string | null;

  @Field(() => String, { nullable: true, description: "What the cover picture shows; needed with a picture." })
  @IsOptional()
  @MaxLength(ARTICLE_LIMITS.coverAlt, atMost(ARTICLE_LIMITS.coverAlt))
  coverAlt?: string | null;

  @Field(() => Date, { nullable: true, description: "When it is public: omitted or null for a draft, a later time to schedule it." })
  publishedAt?: Date | null;
}

@InputType({
  description:
    "Changes to an article: a field left out stays as it is; `null` clears an optional one (and makes it a draft for `publishedAt`); a list given replaces the old one.",
})
export class UpdateArticleInput {
  @Field(() => ArticleSection, { nullable: true, description: "Moving it to another section changes its address." })
  section?: ArticleSection;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, notBlank("The title"))
  @MaxLength(ARTICLE_LIMITS.title, atMost(ARTICLE_LIMITS.title))
  title?: string;

  @Field(() => String, { nullable: true, description: "A new slug changes the article's address: links to the old one stop working." })
  @IsOptional()
  @Matches(SLUG_SHAPE, SLUG_MESSAGE)
  @MaxLength(ARTICLE_LIMITS.slug, atMost(ARTICLE_LIMITS.slug))
  slug?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, notBlank("The summary"))
  @MaxLength(ARTICLE_LIMITS.summary, atMost(ARTICLE_LIMITS.summary))
  summary?: string;

  @Field(() => String, { nullable: true })
  @Extensions({ maxLength: ARTICLE_LIMITS.body })
  @IsOptional()
  @Matches(NOT_BLANK, notBlank("The text"))
  @MaxLength(ARTICLE_LIMITS.body, atMost(ARTICLE_LIMITS.body))
  body?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, notBlank("The author"))
  @MaxLength(ARTICLE_LIMITS.slug, atMost(ARTICLE_LIMITS.slug))
  author?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(ARTICLE_LIMITS.tags, TAGS.size)
  @Matches(NOT_BLANK, TAGS.blank)
  @MaxLength(ARTICLE_LIMITS.tag, TAGS.each)
  tags?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(ARTICLE_LIMITS.categories, CATEGORIES)
  @MaxLength(ARTICLE_LIMITS.slug, { each: true, ...atMost(ARTICLE_LIMITS.slug) })
  categories?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(ARTICLE_LIMITS.slug, atMost(ARTICLE_LIMITS.slug))
  salaryCategory?: string | null;

  @Field(() => Seniority, { nullable: true })
  salarySeniority?: Seniority | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ["https"], require_protocol: true }, COVER_URL)
  @MaxLength(ARTICLE_LIMITS.coverImageUrl, atMost(ARTICLE_LIMITS.coverImageUrl))
  coverImageUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(ARTICLE_LIMITS.coverAlt, atMost(ARTICLE_LIMITS.coverAlt))
  coverAlt?: string | null;

  @Field(() => Date, { nullable: true, description: "A time to publish (or schedule) it at; null makes it a draft again." })
  publishedAt?: Date | null;
}

@ArgsType()
export class CreateArticleArgs {
  @Field(() => CreateArticleInput)
  @ValidateNested()
  input: CreateArticleInput;
}

@ArgsType()
export class UpdateArticleArgs {
  @Field(() => ID)
  id: string;

  @Field(() => UpdateArticleInput)
  @ValidateNested()
  input: UpdateArticleInput;
}

@ArgsType()
export class PublishArticleArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Date, { nullable: true, description: "When it becomes public: now when omitted; a later time schedules it." })
  at?: Date | null;
}

@InputType()
export class AllArticlesFilter {
  @Field(() => ArticleStatus, { nullable: true })
  status?: ArticleStatus | null;

  @Field(() => ArticleSection, { nullable: true })
  section?: ArticleSection | null;

  @Field(() => String, { nullable: true, description: "Words in the title, summary, tags or text (web search syntax)." })
  @IsOptional()
  @MaxLength(200)
  query?: string | null;
}

@ArgsType()
export class AllArticlesArgs extends ConnectionArgs {
  @Field(() => AllArticlesFilter, { nullable: true })
  @ValidateNested()
  filter?: AllArticlesFilter | null;
}

@InputType()
export class ArticlePreviewInput {
  @Field({ description: `Markdown, at most ${ARTICLE_LIMITS.body.toLocaleString("en")} characters.` })
  @Extensions({ maxLength: ARTICLE_LIMITS.body })
  @MaxLength(ARTICLE_LIMITS.body, atMost(ARTICLE_LIMITS.body))
  body: string;
}

@ObjectType({ description: "An article's text as its page will show it." })
export class ArticlePreview {
  @Field({ description: "Sanitised HTML, glossary terms linked." })
  html: string;

  @Field(() => Int)
  readingTimeMinutes: number;
}

@ObjectType()
export class ArticlePayload {
  @Field(() => Article)
  article: Article;
}

@ObjectType()
export class DeleteArticlePayload {
  @Field(() => ID, { description: "The deleted article's id." })
  deletedId: string;

  @Field({ description: "The slug it had: its page is gone." })
  slug: string;
}

@InputType({ description: "Someone who writes articles." })
export class ArticleAuthorInput {
  @Field(() => String, { nullable: true, description: `At most ${ARTICLE_LIMITS.authorName} characters; needed for a new author.` })
  @IsOptional()
  @Matches(NOT_BLANK, notBlank("The name"))
  @MaxLength(ARTICLE_LIMITS.authorName, atMost(ARTICLE_LIMITS.authorName))
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Their page's address, e.g. `maya-okafor`; made from the name when a new author has none.",
  })
  @IsOptional()
  @Matches(SLUG_SHAPE, { message: "Use lower-case letters, digits and single hyphens, e.g. maya-okafor." })
  @MaxLength(ARTICLE_LIMITS.slug, atMost(ARTICLE_LIMITS.slug))
  slug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `A few sentences about them; at most ${ARTICLE_LIMITS.authorBio} characters; needed for a new author.`,
  })
  @IsOptional()
  @Matches(NOT_BLANK, notBlank("The bio"))
  @MaxLength(ARTICLE_LIMITS.authorBio, atMost(ARTICLE_LIMITS.authorBio))
  bio?: string | null;
}

@ArgsType()
export class CreateArticleAuthorArgs {
  @Field(() => ArticleAuthorInput)
  @ValidateNested()
  input: ArticleAuthorInput;
}

@ArgsType()
export class UpdateArticleAuthorArgs {
  @Field({ description: "The author's slug as it is now." })
  @MaxLength(ARTICLE_LIMITS.slug, atMost(ARTICLE_LIMITS.slug))
  slug: string;

  @Field(() => ArticleAuthorInput, { description: "Only the fields given change." })
  @ValidateNested()
  input: ArticleAuthorInput;
}

@ObjectType()
export class ArticleAuthorPayload {
  @Field(() => ArticleAuthor)
  author: ArticleAuthor;
}
