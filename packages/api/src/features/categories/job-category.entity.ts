import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../shared/graphql/node";
import { Cached, CATALOGUE_MAX_AGE } from "../../shared/graphql/cache-hints";

@Entity({ name: "job_categories" })
@Cached(CATALOGUE_MAX_AGE)
@ObjectType({ implements: Node, simpleResolvers: true, description: "A job category, e.g. Generative AI." })
export class JobCategory {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Field()
  @Column({ type: "text", unique: true })
  slug: string;

  @Field()
  @Column({ type: "text", unique: true })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  /** Display order in menus. */
  @Column({ type: "integer", default: 0 })
  position: number;
}
