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

  /** When the last confirmation email was queued: another is sent no sooner than an hour later. */
  @Column({ name: "confirmation_sent_at", type: "timestamptz" })
  confirmationSentAt: Date;

  @Field(() => Date, { nullable: true, description: "When the address was confirmed (or the alert made by its signed-in owner)." })
  @Column({ name: "confirmed_at", type: "timestamptz", nullable: true })
  confirmedAt: Date | null;

  /** The account that made it, when made signed in. */
  @Column({ name: "user_id", type: "integer", nullable: true })
  userId: number | null;

  @Field({ description: "IANA time zone the daily and weekly emails keep time in, e.g. Europe/Berlin." })
  @Column({ name: "time_zone", type: "text", default: "UTC" })
  timeZone: string;

  @Field(() => Int, { description: "Hour of the day (0-23, in timeZone) daily and weekly emails are sent." })
  @Column({ name: "send_hour", type: "smallint", default: 8 })
  sendHour: number;

  @Field(() => Int, { description: "Day of the week weekly emails are sent: 1 Monday ... 7 Sunday." })
  @Column({ name: "send_weekday", type: "smallint", default: 1 })
  sendWeekday: number;

  /** When the next run is due (ACTIVE alerts only). */
  @Column({ name: "next_run_at", type: "timestamptz", nullable: true })
  nextRunAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When this alert last emailed new jobs." })
  @Column({ name: "last_sent_at", type: "timestamptz", nullable: true })
  lastSentAt: Date | null;

  /** Permanent delivery failures in a row; the alert pauses itself at ALERT_BOUNCE_LIMIT. */
  @Column({ name: "hard_bounces", type: "integer", default: 0 })
  hardBounces: number;

  @Field(() => String, { nullable: true, description: "Why a PAUSED alert was paused, when it was not its owner's choice." })
  @Column({ name: "paused_reason", type: "text", nullable: true })
  pausedReason: string | null;

  @Column({ name: "updated_at", type: "timestamptz", default: () => "now()" })
  updatedAt: Date;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
