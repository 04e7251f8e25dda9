import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A partner's key to the API. The key itself is shown once; we keep its prefix (to find it) and a SHA-256 (to check it). */
@Entity({ name: "api_keys" })
@ObjectType({ description: "A partner's API key. The secret part is shown once, when the key is created." })
export class ApiKey {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Field({ description: "What the key is for, e.g. the partner site's name." })
  @Column({ type: "text" })
  name: string;

  @Field({ description: "Who to contact about the key." })
  @Column({ name: "owner_email", type: "text" })
  ownerEmail: string;

  @Field({ description: "The key's first characters, to recognise it in lists and logs." })
  @Column({ type: "text", unique: true })
  prefix: string;

  @Column({ name: "secret_hash", type: "text" })
  secretHash: string;

  @Field(() => Int, { description: "Points the key may spend an hour (see `rateLimit`)." })
  @Column({ name: "hourly_budget", type: "integer" })
  hourlyBudget: number;

  @Column({ name: "created_by_id", type: "integer", nullable: true })
  createdById: number | null;

  @Field({ description: "When the key was made." })
  @Column({ name: "created_at", type: "timestamptz", default: () => "now()" })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When the key last made a request (kept to the minute); null if never." })
  @Column({ name: "last_used_at", type: "timestamptz", nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When an admin revoked the key (it is refused since); null while it works." })
  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;
}
