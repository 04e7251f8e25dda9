import { Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Cached, CachedLikeParent, CATALOGUE_MAX_AGE } from "../../shared/graphql/cache-hints";

@CachedLikeParent()
@ObjectType({ description: "An amount of money: integer minor units (cents) of an ISO 4217 currency." })
export class Money {
  @Field(() => Int, { description: "In the currency's minor unit: 19900 is $199.00." })
  amount: number;

  @Field({ description: "ISO 4217, e.g. USD." })
  currency: string;
}

@Entity({ name: "plans" })
@Cached(CATALOGUE_MAX_AGE)
@ObjectType({ description: "What an employer pays for a posting, and what it gets: the Pricing page shows the active ones side by side." })
export class Plan {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Field({ description: "Stable identifier, e.g. `featured`." })
  @Column({ type: "text", unique: true })
  slug: string;

  @Field()
  @Column({ type: "text", unique: true })
  name: string;

  @Field({ description: "One or two sentences for the Pricing page." })
  @Column({ type: "text", default: "" })
  description: string;

  @Column({ name: "price_amount", type: "integer" })
  priceAmount: number;

  @Column({ name: "price_currency", type: "char", length: 3 })
  priceCurrency: string;

  @Field(() => Int, { description: "How long a posting on this plan stays published." })
  @Column({ name: "duration_days", type: "integer" })
  durationDays: number;

  @Field(() => Int, { description: "Days of featured placement (home page, top of its category); 0 for none." })
  @Column({ name: "featured_days", type: "integer", default: 0 })
  featuredDays: number;

  @Field({ description: "The job's card stands out in lists." })
  @Column({ type: "boolean", default: false })
  highlighted: boolean;

  @Field({ description: "The job leads the weekly alert digests it matches." })
  @Column({ name: "in_digest_top", type: "boolean", default: false })
  inDigestTop: boolean;

  @Field(() => Int, { description: "Order on the Pricing page, lowest first." })
  @Column({ type: "integer", default: 0 })
  position: number;

  @Field({ description: "Offered to employers; a retired plan stays on its orders." })
  @Column({ type: "boolean", default: true })
  active: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
