import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../shared/graphql/node";
import { Cached, CATALOGUE_MAX_AGE } from "../../shared/graphql/cache-hints";

@Entity({ name: "locations" })
@Cached(CATALOGUE_MAX_AGE)
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A city jobs are based in, or "Remote".' })
export class Location {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Field()
  @Column({ type: "text", unique: true })
  slug: string;

  @Field()
  @Column({ type: "text" })
  city: string;

  @Field(() => String, { nullable: true, description: "State, province or region." })
  @Column({ type: "text", nullable: true })
  region: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code; null for Remote." })
  @Column({ type: "text", nullable: true })
  country: string | null;
}
