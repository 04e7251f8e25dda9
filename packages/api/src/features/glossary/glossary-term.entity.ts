import { Field, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Node } from "../../shared/graphql/node";
import { JobCategory } from "../categories";
import { TEXT_COST } from "../../shared/graphql/cost";
import { Cached, CachedLikeParent, REFERENCE_MAX_AGE } from "../../shared/graphql/cache-hints";

@Entity({ name: "glossary_terms" })
@Cached(REFERENCE_MAX_AGE)
@ObjectType({ implements: Node, description: "A term in the AI Glossary." })
export class GlossaryTerm {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Field()
  @Column({ type: "text", unique: true })
  slug: string;

  @Field()
  @Column({ type: "text", unique: true })
  term: string;

  @Field({ description: "One or two sentences." })
  @Column({ name: "short_definition", type: "text" })
  shortDefinition: string;

  @Field({ description: "The full explanation; paragraphs separated by blank lines.", complexity: TEXT_COST })
  @Column({ type: "text" })
  body: string;

  @Field(() => String, { nullable: true, complexity: TEXT_COST })
  @Column({ name: "how_it_works", type: "text", nullable: true })
  howItWorks: string | null;

  @Field(() => String, { nullable: true, complexity: TEXT_COST })
  @Column({ name: "career_relevance", type: "text", nullable: true })
  careerRelevance: string | null;

  /** Other spellings a job description may use, e.g. "LLM" for Large Language Model. */
  @Column({ type: "text", array: true, default: () => "'{}'" })
  aliases: string[];

  @Column({ name: "related_category_id", type: "integer", nullable: true })
  relatedCategoryId: number | null;

  @ManyToOne(() => JobCategory, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "related_category_id" })
  relatedCategory?: JobCategory | null;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}

@Entity({ name: "glossary_faqs" })
@CachedLikeParent()
@ObjectType({ description: "A frequently asked question about a glossary term." })
export class GlossaryFaq {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Column({ name: "term_id", type: "integer" })
  termId: number;

  @ManyToOne(() => GlossaryTerm, { onDelete: "CASCADE" })
  @JoinColumn({ name: "term_id" })
  term?: GlossaryTerm;

  @Column({ type: "integer" })
  position: number;

  @Field()
  @Column({ type: "text" })
  question: string;

  @Field()
  @Column({ type: "text" })
  answer: string;
}

@Entity({ name: "glossary_related_terms" })
export class GlossaryRelatedTerm {
  @PrimaryColumn({ name: "term_id", type: "integer" })
  termId: number;

  @PrimaryColumn({ name: "related_term_id", type: "integer" })
  relatedTermId: number;

  @ManyToOne(() => GlossaryTerm, { onDelete: "CASCADE" })
  @JoinColumn({ name: "term_id" })
  term?: GlossaryTerm;

  @ManyToOne(() => GlossaryTerm, { onDelete: "CASCADE" })
  @JoinColumn({ name: "related_term_id" })
  relatedTerm?: GlossaryTerm;

  @Column({ type: "integer" })
  position: number;
}
