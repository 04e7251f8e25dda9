import { IsOptional, Matches, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, Field, InputType } from "type-graphql";
import { ConnectionArgs } from "../../shared/graphql/connection";

@InputType()
export class GlossaryTermFilter {
  @Field(() => String, { nullable: true, description: 'Terms starting with this letter, A to Z; "#" for digits and symbols.' })
  @IsOptional()
  @Matches(/^([A-Za-z]|#)$/, { message: 'must be a single letter A to Z, or "#"' })
  letter?: string | null;

  @Field(() => String, { nullable: true, description: "Matches terms, aliases and short definitions." })
  @IsOptional()
  @MaxLength(200)
  query?: string | null;
}

@ArgsType()
export class GlossaryTermsArgs extends ConnectionArgs {
  @Field(() => GlossaryTermFilter, { nullable: true })
  @ValidateNested()
  filter?: GlossaryTermFilter | null;
}
