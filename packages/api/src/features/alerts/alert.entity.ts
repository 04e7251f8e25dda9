import { Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from "typeorm";
import { RemotePolicy, Seniority, EmploymentType, MAX_CRITERIA_VALUES } from "../jobs";
import { listCost } from "../../shared/graphql/cost";
import { AlertFrequency, AlertStatus } from "./alert.enums";

/** What an alert matches: a saved job search. */
@ObjectType({ description: "A saved job search: keywords plus filters." })
export class AlertCriteria {
  @Field(() => String, { nullable: true })
  query?: string | null;

  @Field(() => [String], { description: "Category slugs.", complexity: listCost(MAX_CRITERIA_VALUES) })
  categories: string[];

  @Field(() => [Seniority], { complexity: listCost(MAX_CRITERIA_VALUES) })
  seniorities: Seniority[];

  @Field(() => [EmploymentType], { complexity: listCost(MAX_CRITERIA_VALUES) })
  employmentTypes: EmploymentType[];

  @Field(() => [RemotePolicy], { complexity: listCost(MAX_CRITERIA_VALUES) })
  remote: RemotePolicy[];

  @Field(() => [String], { description: "Location slugs.", complexity: listCost(MAX_CRITERIA_VALUES) })
  locations: string[];

  @Field(() => [String], { description: "Company slugs.", complexity: listCost(MAX_CRITERIA_VALUES) })
  companies: string[];

  @Field(() => [String], { complexity: listCost(MAX_CRITERIA_VALUES) })
  tags: string[];

  @Field(() => Int, { nullable: true, description: "Minimum yearly salary in salaryCurrency." })
  salaryMin?: number | null;

  @Field(() => String, { nullable: true })
  salaryCurrency?: string | null;
}

@Entity({ name: "alerts" })
@Unique("alerts_email_criteria_hash_key", ["email", "criteriaHash"])
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

  /** SHA-256 of the canonical criteria (see alert-criteria.ts): one alert per email and search. */
  @Column({ name: "criteria_hash", type: "text" })
  criteriaHash: string;

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

  /** When the last confirmation email was queued: another is sent no sooner than an hour later. */
  @Column({ name: "confirmation_sent_at", type: "timestamptz" })
  confirmationSentAt: Date;

  @Column({ name: "confirmed_at", type: "timestamptz", nullable: true })
  confirmedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
