import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { listCost, TEXT_COST } from "../../shared/graphql/cost";
import { Company } from "../companies";
import { Money } from "../plans";
import { EmploymentType, JobStatus, RemotePolicy, SalaryPeriod, Seniority } from "../jobs";

/** Status changes and orders one posting lists at most. */
export const MAX_HISTORY = 50;
export const MAX_ORDERS = 20;
/** Days of daily figures a posting's stats carry. */
export const STATS_DAYS = 30;

export enum OrderStatus {
  UNPAID = "UNPAID",
  PAID = "PAID",
  CANCELLED = "CANCELLED",
}
registerEnumType(OrderStatus, { name: "OrderStatus", description: "An order stays UNPAID until an admin marks its invoice paid." });

@ObjectType({ description: "A change of a posting's status: who made it, when, and why." })
export class JobStatusChange {
  @Field(() => JobStatus, { nullable: true, description: "Null for the posting's first status." })
  from: JobStatus | null;

  @Field(() => JobStatus)
  to: JobStatus;

  @Field(() => String, {
    nullable: true,
    description: "Who made it: the employer, an admin (named as HiredinAI), or null for the site itself (expiry).",
  })
  by: string | null;

  @Field(() => String, { nullable: true, description: "Why, e.g. a rejection's reason." })
  reason: string | null;

  @Field()
  at: Date;
}

@ObjectType({
  description:
    "An order for a posting on a plan, with its invoice. No card data: the built-in provider is a manual invoice an admin marks paid.",
})
export class Order {
  /** The database id. */
  rowId: number;

  @Field(() => ID)
  id: string;

  @Field({ description: "e.g. HAI-2026-000042." })
  invoiceNumber: string;

  @Field(() => OrderStatus)
  status: OrderStatus;

  @Field({ description: "The plan's name when ordered." })
  planName: string;

  @Field(() => Money)
  price: Money;

  @Field(() => Int)
  durationDays: number;

  @Field(() => Int)
  featuredDays: number;

  @Field(() => ID, { description: "The posting it pays for (a job id)." })
  jobId: string;

  @Field({ description: "The posting's title when ordered (its invoice's line)." })
  jobTitle: string;

  @Field({ description: "When its invoice was issued." })
  createdAt: Date;

  @Field({ description: "When its invoice is due to be paid." })
  dueAt: Date;

  @Field(() => Date, { nullable: true })
  paidAt: Date | null;
}

@ObjectType({ description: "A posting's views and apply clicks on one day (UTC)." })
export class PostingDay {
  @Field({ description: "The day, as YYYY-MM-DD." })
  day: string;

  @Field(() => Int)
  views: number;

  @Field(() => Int)
  applyClicks: number;
}

@ObjectType({ description: "How a posting is doing: views of its page and clicks on its Apply button (bots and repeat visits left out)." })
export class PostingStats {
  @Field(() => Int, { description: "Since it was first published." })
  views: number;

  @Field(() => Int)
  applyClicks: number;

  @Field(() => [PostingDay], {
    description: `The last ${STATS_DAYS} days, oldest first, days without any included.`,
    complexity: listCost(STATS_DAYS),
  })
  daily: PostingDay[];
}

@ObjectType({ description: "A posting's salary as its employer wrote it." })
export class PostingSalary {
  @Field(() => Int, { nullable: true })
  min: number | null;

  @Field(() => Int, { nullable: true })
  max: number | null;

  @Field()
  currency: string;

  @Field(() => SalaryPeriod)
  period: SalaryPeriod;
}

@ObjectType({ description: "A posting's fields as its employer wrote them: what the posting form edits (PostingInput's shape)." })
export class PostingFields {
  @Field()
  title: string;

  @Field({ description: "The category's slug." })
  category: string;

  @Field(() => Seniority)
  seniority: Seniority;

  @Field(() => EmploymentType)
  employmentType: EmploymentType;

  @Field(() => RemotePolicy)
  remote: RemotePolicy;

  @Field(() => [String], { description: "Location slugs.", complexity: listCost(20) })
  locations: string[];

  @Field(() => PostingSalary, { nullable: true })
  salary: PostingSalary | null;

  @Field(() => [String], { complexity: listCost(20) })
  tags: string[];

  @Field(() => String, { nullable: true })
  applyUrl: string | null;

  @Field({ description: "Markdown.", complexity: TEXT_COST })
  description: string;

  @Field(() => Date, { nullable: true })
  validThrough: Date | null;
}

@ObjectType({ description: "A job as its employer (and admins) see it: any status, with its history and orders." })
export class Posting {
  /** The job's database id and company. */
  rowId: number;
  companyId: number;

  @Field(() => ID, { description: "The job's id." })
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => JobStatus)
  status: JobStatus;

  @Field(() => String, { nullable: true, description: "Why it was rejected, while it is." })
  rejectionReason: string | null;

  @Field(() => Company)
  company: Company;

  @Field(() => Date, { nullable: true })
  postedAt: Date | null;

  @Field(() => Date, { nullable: true })
  validThrough: Date | null;

  @Field()
  updatedAt: Date;

  @Field(() => [JobStatusChange], { description: `Oldest first; the last ${MAX_HISTORY}.`, complexity: listCost(MAX_HISTORY) })
  history: JobStatusChange[];

  @Field(() => [Order], { description: `Newest first; the last ${MAX_ORDERS}.`, complexity: listCost(MAX_ORDERS) })
  orders: Order[];

  @Field(() => PostingStats)
  stats: PostingStats;

  @Field(() => PostingFields, { description: "Everything it says, to edit it." })
  fields: PostingFields;
}
