import { Field, ObjectType } from "type-graphql";
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { Node } from "../../shared/graphql/node";
import { JobCategory } from "../categories";
import { Company } from "../companies";
import { Location } from "../locations";
import { EmploymentType, JobStatus, RemotePolicy, SalaryPeriod, Seniority } from "./job.enums";
import { TEXT_COST } from "../../shared/graphql/cost";
import { Cached, CATALOGUE_MAX_AGE } from "../../shared/graphql/cache-hints";

@Entity({ name: "jobs" })
@Cached(CATALOGUE_MAX_AGE)
@ObjectType({ implements: Node, simpleResolvers: true, description: "A job posting." })
export class Job {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Field()
  @Column({ type: "text", unique: true })
  slug: string;

  @Field()
  @Column({ type: "text" })
  title: string;

  @Field({ description: "The description as Markdown.", complexity: TEXT_COST })
  @Column({ type: "text" })
  description: string;

  @Column({ name: "company_id", type: "integer" })
  companyId: number;

  @ManyToOne(() => Company, { onDelete: "CASCADE" })
  @JoinColumn({ name: "company_id" })
  company?: Company;

  @Column({ name: "category_id", type: "integer" })
  categoryId: number;

  @ManyToOne(() => JobCategory, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "category_id" })
  category?: JobCategory;

  @ManyToMany(() => Location)
  @JoinTable({ name: "job_locations", joinColumn: { name: "job_id" }, inverseJoinColumn: { name: "location_id" } })
  locations?: Location[];

  @Field(() => Seniority)
  @Column({ type: "enum", enum: Seniority, enumName: "seniority" })
  seniority: Seniority;

  @Field(() => EmploymentType)
  @Column({ name: "employment_type", type: "enum", enum: EmploymentType, enumName: "employment_type" })
  employmentType: EmploymentType;

  @Field(() => RemotePolicy)
  @Column({ type: "enum", enum: RemotePolicy, enumName: "remote_policy" })
  remote: RemotePolicy;

  @Column({ name: "salary_min", type: "integer", nullable: true })
  salaryMin: number | null;

  @Column({ name: "salary_max", type: "integer", nullable: true })
  salaryMax: number | null;

  @Column({ name: "salary_currency", type: "char", length: 3, nullable: true })
  salaryCurrency: string | null;

  @Column({ name: "salary_period", type: "enum", enum: SalaryPeriod, enumName: "salary_period", nullable: true })
  salaryPeriod: SalaryPeriod | null;

  /** salaryMin annualised in whole US dollars, for filters, sorts and statistics. */
  @Column({ name: "salary_min_usd", type: "integer", nullable: true })
  salaryMinUsd: number | null;

  /** salaryMax annualised in whole US dollars. */
  @Column({ name: "salary_max_usd", type: "integer", nullable: true })
  salaryMaxUsd: number | null;

  /** Shown through JobResolver.tags, at most MAX_JOB_TAGS. */
  @Column({ type: "text", array: true, default: () => "'{}'" })
  tags: string[];

  @Field(() => String, { nullable: true, description: "Where applicants apply: the employer's own page." })
  @Column({ name: "apply_url", type: "text", nullable: true })
  applyUrl: string | null;

  @Column({ type: "enum", enum: JobStatus, enumName: "job_status", default: JobStatus.DRAFT })
  status: JobStatus;

  @Field(() => Date, { nullable: true })
  @Column({ name: "posted_at", type: "timestamptz", nullable: true })
  postedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the posting expires." })
  @Column({ name: "valid_through", type: "timestamptz", nullable: true })
  validThrough: Date | null;

  /** Until when the job is featured (a paid placement); null when it is not. */
  @Column({ name: "featured_until", type: "timestamptz", nullable: true })
  featuredUntil: Date | null;

  @Field({ description: "Whether its card stands out in lists (a perk of the plan it was published on)." })
  @Column({ type: "boolean", default: false })
  highlighted: boolean;

  /** Whether it comes first in the alert digests it matches (a perk of the plan it was published on). */
  @Column({ name: "in_digest_top", type: "boolean", default: false, select: false })
  inDigestTop?: boolean;

  /** Maintained by a trigger: title (A) above company name and tags (B) above description (C). */
  @Column({ name: "search_vector", type: "tsvector", select: false, insert: false, update: false, nullable: true })
  searchVector?: string;

  /** Maintained by a trigger: the title, company and tags part of searchVector, for ranking. */
  @Column({ name: "rank_vector", type: "tsvector", select: false, insert: false, update: false, nullable: true })
  rankVector?: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
