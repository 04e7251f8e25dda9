import { Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { RemotePolicy, Seniority, EmploymentType } from "../jobs/job.enums";
import { AlertFrequency, AlertStatus } from "./alert.enums";

/** What an alert matches: a saved job search. */
@ObjectType({ description: "A saved job search: keywords plus filters." })
export class AlertCriteria {
  @Field(() => String, { nullable: true })
  query?: string | null;

  @Field(() => [String], { description: "Category slugs." })
  categories: string[];

  @Field(() => [Seniority])
  seniorities: Seniority[];

  @Field(() => [EmploymentType])
  employmentTypes: EmploymentType[];

  @Field(() => [RemotePolicy])
  remote: RemotePolicy[];

  @Field(() => [String], { description: "Location slugs." })
  locations: string[];

  @Field(() => [String], { description: "Company slugs." })
  companies: string[];

  @Field(() => [String])
  tags: string[];

  @Field(() => Int, { nullable: true, description: "Minimum yearly salary in salaryCurrency." })
  salaryMin?: number | null;

  @Field(() => String, { nullable: true })
  salaryCurrency?: string | null;
}

@Entity({ name: "alerts" })
@ObjectType({ description: "A job alert: new jobs matching a search, by email." })
export class Alert {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Field()
  @Column({ type: "text" })
  email: string;

  @Field(() => AlertCriteria)
  @Column({ type: "jsonb" })
  criteria: AlertCriteria;

  @Field(() => AlertFrequency)
  @Column({ type: "enum", enum: AlertFrequency, enumName: "alert_frequency" })
  frequency: AlertFrequency;

  @Field(() => AlertStatus)
  @Column({ type: "enum", enum: AlertStatus, enumName: "alert_status", default: AlertStatus.PENDING_CONFIRMATION })
  status: AlertStatus;

  /** SHA-256 of the token in the confirmation link. */
  @Column({ name: "confirm_token_hash", type: "text", unique: true })
  confirmTokenHash: string;

  /** SHA-256 of the token in every email's manage and unsubscribe links. */
  @Column({ name: "manage_token_hash", type: "text", unique: true })
  manageTokenHash: string;

  @Column({ name: "confirmed_at", type: "timestamptz", nullable: true })
  confirmedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
