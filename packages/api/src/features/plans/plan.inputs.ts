import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { USD_PER_UNIT } from "../../shared/money/money";
import { SLUG_SHAPE } from "../../shared/text/slug";
import { Plan } from "./plan.entity";

export const PLAN_LIMITS = { name: 60, slug: 60, description: 300, price: 100_000_000, durationDays: 365, position: 1_000 } as const;
const CURRENCIES = Object.keys(USD_PER_UNIT);

/** A plan's fields as admins write them: all of them to create one, any of them to change one. */
@InputType({ description: "A plan's fields; updatePlan changes only those given." })
export class PlanInput {
  @Field(() => String, { nullable: true, description: `Unique; at most ${PLAN_LIMITS.name} characters.` })
  @IsOptional()
  @Matches(/\S/, { message: "The name can't be empty." })
  @MaxLength(PLAN_LIMITS.name, { message: `Use at most ${PLAN_LIMITS.name} characters.` })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Unique, e.g. `featured`; made from the name when a new plan has none." })
  @IsOptional()
  @Matches(SLUG_SHAPE, { message: "Use lower-case letters, digits and single hyphens, e.g. featured." })
  @MaxLength(PLAN_LIMITS.slug, { message: `Use at most ${PLAN_LIMITS.slug} characters.` })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PLAN_LIMITS.description, { message: `Use at most ${PLAN_LIMITS.description} characters.` })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: "The price in minor units (cents): 19900 is $199.00." })
  @IsOptional()
  @IsInt()
  @Min(0, { message: "A price can't be negative." })
  @Max(PLAN_LIMITS.price, { message: `At most ${PLAN_LIMITS.price.toLocaleString("en")}.` })
  priceAmount?: number | null;

  @Field(() => String, { nullable: true, description: `ISO 4217: one of ${CURRENCIES.join(", ")}.` })
  @IsOptional()
  @IsIn(CURRENCIES, { message: `Use one of ${CURRENCIES.join(", ")}.` })
  priceCurrency?: string | null;

  @Field(() => Int, { nullable: true, description: `1 to ${PLAN_LIMITS.durationDays}.` })
  @IsOptional()
  @IsInt()
  @Min(1, { message: "At least one day." })
  @Max(PLAN_LIMITS.durationDays, { message: `At most ${PLAN_LIMITS.durationDays} days.` })
  durationDays?: number | null;

  @Field(() => Int, { nullable: true, description: "0 up to durationDays." })
  @IsOptional()
  @IsInt()
  @Min(0, { message: "Can't be negative." })
  @Max(PLAN_LIMITS.durationDays, { message: `At most ${PLAN_LIMITS.durationDays} days.` })
  featuredDays?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  highlighted?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  inDigestTop?: boolean | null;

  @Field(() => Int, { nullable: true, description: "Order on the Pricing page, lowest first." })
  @IsOptional()
  @IsInt()
  @Min(0, { message: "Can't be negative." })
  @Max(PLAN_LIMITS.position, { message: `At most ${PLAN_LIMITS.position}.` })
  position?: number | null;

  @Field(() => Boolean, { nullable: true, description: "False retires the plan: no longer offered, kept on its orders." })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@ArgsType()
export class CreatePlanArgs {
  @Field(() => PlanInput, { description: "Name, price (amount and currency) and duration are required." })
  @ValidateNested()
  input: PlanInput;
}

@ArgsType()
export class UpdatePlanArgs {
  @Field(() => ID)
  id: string;

  @Field(() => PlanInput)
  @ValidateNested()
  input: PlanInput;
}

@ObjectType()
export class PlanPayload {
  @Field(() => Plan)
  plan: Plan;
}
