import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { JSONObjectResolver } from "graphql-scalars";

/** One admin action: who did what to which object, with the object before and after. */
@Entity({ name: "audit_log" })
@ObjectType({ description: "One admin action, as recorded when it happened." })
export class AuditEntry {
  @Field(() => ID, { description: "The entry's number: later entries have higher ones (page back with `auditLog(before:)`)." })
  @PrimaryGeneratedColumn({ type: "bigint" })
  id: string;

  @Column({ name: "actor_id", type: "integer", nullable: true })
  actorId: number | null;

  @Field({ description: "The admin's email address at the time." })
  @Column({ name: "actor_email", type: "text" })
  actorEmail: string;

  @Field({ description: 'What was done, e.g. "glossaryTerm.update".' })
  @Column({ type: "text" })
  action: string;

  @Field({ description: 'The kind of object, e.g. "GlossaryTerm".' })
  @Column({ name: "target_type", type: "text" })
  targetType: string;

  @Field({ description: "The object's database id." })
  @Column({ name: "target_id", type: "text" })
  targetId: string;

  @Field(() => JSONObjectResolver, { nullable: true, description: "The object before (null when it was created)." })
  @Column({ type: "jsonb", nullable: true })
  before: Record<string, any> | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: "The object after (null when it was deleted)." })
  @Column({ type: "jsonb", nullable: true })
  after: Record<string, any> | null;

  @Field()
  @Column({ name: "created_at", type: "timestamptz", default: () => "now()" })
  createdAt: Date;
}
