import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Company } from "../companies";
import { Role } from "./user.enums";

/** A person's account. Sessions, one-time links and the password live apart (see the other entities here). */
@Entity({ name: "users" })
@ObjectType({ description: "A person with an account." })
export class User {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  /** Lower-cased and trimmed (a database check holds it). */
  @Field()
  @Column({ type: "text", unique: true })
  email: string;

  /** argon2id (see password.ts); null until a password is set. Never leaves the API. */
  @Column({ name: "password_hash", type: "text", nullable: true })
  passwordHash: string | null;

  @Field(() => Role)
  @Column({ type: "text", default: Role.JOB_SEEKER })
  role: Role;

  @Column({ name: "company_id", type: "integer", nullable: true })
  companyId: number | null;

  @ManyToOne(() => Company, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "company_id" })
  company?: Company | null;

  @Column({ name: "email_verified_at", type: "timestamptz", nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ name: "disabled_at", type: "timestamptz", nullable: true })
  disabledAt: Date | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
