import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Cached, REFERENCE_MAX_AGE } from "../../shared/graphql/cache-hints";
import { TEXT_COST } from "../../shared/graphql/cost";
import { Node } from "../../shared/graphql/node";
import { Seniority } from "../jobs";
import { ArticleSection } from "./article.enums";

@Entity({ name: "article_authors" })
@Cached(REFERENCE_MAX_AGE)
@ObjectType({ description: "Who wrote an article." })
export class ArticleAuthor {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Field()
  @Column({ type: "text", unique: true })
  slug: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field({ description: "A few sentences about them." })
  @Column({ type: "text" })
  bio: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

@Entity({ name: "articles" })
@Cached(REFERENCE_MAX_AGE)
@ObjectType({ implements: Node, description: "A piece of career content: a blog post, career advice, a salary guide or industry news." })
export class Article {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Field()
  @Column({ type: "text", unique: true })
  slug: string;

  @Field(() => ArticleSection)
  @Column({ type: "enum", enum: ArticleSection, enumName: "article_section" })
  section: ArticleSection;

  @Field()
  @Column({ type: "text" })
  title: string;

  @Field({ description: "One or two sentences: the article's description in lists and search results." })
  @Column({ type: "text" })
  summary: string;

  @Field({ description: "The article as written (Markdown); `bodyHtml` is it rendered.", complexity: TEXT_COST })
  @Column({ type: "text" })
  body: string;

  @Column({ name: "cover_image_url", type: "text", nullable: true })
  coverImageUrl: string | null;

  @Column({ name: "cover_alt", type: "text", nullable: true })
  coverAlt: string | null;

  @Column({ name: "author_id", type: "integer" })
  authorId: number;

  @ManyToOne(() => ArticleAuthor)
  @JoinColumn({ name: "author_id" })
  author?: ArticleAuthor;

  @Column({ type: "text", array: true, default: () => "'{}'" })
  tags: string[];

  /** A salary guide's category: its live salary figures are the guide's (`salaryStats`). */
  @Column({ name: "salary_category_id", type: "integer", nullable: true })
  salaryCategoryId: number | null;

  @Field(() => Seniority, {
    nullable: true,
    description: "The seniority a salary guide's figures are for; null for all of them (or another article).",
  })
  @Column({ name: "salary_seniority", type: "enum", enum: Seniority, enumName: "seniority", nullable: true })
  salarySeniority: Seniority | null;

  /** Null: a draft. In the future: scheduled. Passed: public. */
  @Field(() => Date, { nullable: true, description: "When it was (or will be) published." })
  @Column({ name: "published_at", type: "timestamptz", nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
