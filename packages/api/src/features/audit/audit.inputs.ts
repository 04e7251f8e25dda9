import { IsOptional, Matches, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { MAX_AUDIT_PAGE } from "./audit.service";

/** The audit log's page size unless asked otherwise. */
export const DEFAULT_AUDIT_PAGE = 50;

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_AUDIT_PAGE, description: `How many entries, 1 to ${MAX_AUDIT_PAGE}.` })
  @IsOptional()
  @Min(1)
  @Max(MAX_AUDIT_PAGE)
  first?: number | null;

  @Field(() => ID, { nullable: true, description: "Entries older than this one (the `id` of the last entry already seen)." })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: "must be the id of an audit entry" })
  before?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries about this kind of object, e.g. "GlossaryTerm" or "User".' })
  @IsOptional()
  @MaxLength(100)
  targetType?: string | null;
}
