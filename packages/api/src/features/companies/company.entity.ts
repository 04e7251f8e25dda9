import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Node } from "../../shared/graphql/node";
import { TEXT_COST } from "../../shared/graphql/cost";
import { Cached, CATALOGUE_MAX_AGE } from "../../shared/graphql/cache-hints";

@Entity({ name: "companies" })
@Cached(CATALOGUE_MAX_AGE)
@ObjectType({ implements: Node, simpleResolvers: true, description: "A company that hires for AI work." })
export class Company {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Field({ description: "Stable, human-readable identifier used in URLs." })
  @Column({ type: "text", unique: true })
  slug: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  website: string | null;

  /** A logo elsewhere (the seeded companies'), shown while none is uploaded; `Company.logoUrl` is CompanyResolver's. */
  @Column({ name: "logo_url", type: "text", nullable: true })
  logoUrl: string | null;

  /** The hash of the uploaded logo (its squares are in `company_logos`), or null. */
  @Column({ name: "logo_hash", type: "text", nullable: true })
  logoHash: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The company's profile as its employer wrote it (Markdown); `descriptionHtml` is it rendered.",
    complexity: TEXT_COST,
  })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Head count band, e.g. "51-200".' })
  @Column({ type: "text", nullable: true })
  size: string | null;

  @Field(() => String, { nullable: true, description: 'Where the company is based, e.g. "San Francisco, CA".' })
  @Column({ type: "text", nullable: true })
  headquarters: string | null;

  @Field({ description: "Verified companies publish jobs without review." })
  @Column({ type: "boolean", default: false })
  verified: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
