import { IsEmail, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, InputType, Int, ObjectType } from "type-graphql";
import { ApiKey } from "./api-key.entity";

export const MAX_HOURLY_BUDGET = 10_000_000;

@InputType()
export class CreateApiKeyInput {
  @Field({ description: "What the key is for, e.g. the partner site's name (1 to 100 characters)." })
  @Matches(/\S/, { message: "Give the key a name." })
  @MaxLength(100, { message: "A key's name is at most 100 characters." })
  name: string;

  @Field({ description: "Who to contact about the key." })
  @IsEmail({}, { message: "Enter an email address like name@example.com." })
  @MaxLength(254)
  ownerEmail: string;

  @Field(() => Int, {
    nullable: true,
    description: "Points the key may spend an hour, 1 to 10,000,000; unset: the API's default (API_KEY_DEFAULT_BUDGET).",
  })
  @IsOptional()
  @Min(1, { message: "An hourly budget is at least 1 point." })
  @Max(MAX_HOURLY_BUDGET, { message: "An hourly budget is at most 10,000,000 points." })
  hourlyBudget?: number | null;
}

@ArgsType()
export class CreateApiKeyArgs {
  @Field(() => CreateApiKeyInput)
  @ValidateNested()
  input: CreateApiKeyInput;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({
    description: "The whole key, to send as `X-API-Key` or `Authorization: Bearer`. Shown this once: only its prefix and a hash are kept.",
  })
  secret: string;
}
