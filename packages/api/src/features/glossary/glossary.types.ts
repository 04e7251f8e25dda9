import { Field, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../shared/graphql/connection";
import { GlossaryTerm } from "./glossary-term.entity";
import { Cached, REFERENCE_MAX_AGE } from "../../shared/graphql/cache-hints";

@Cached(REFERENCE_MAX_AGE)
@ObjectType({ simpleResolvers: true })
export class GlossaryTermConnection extends ConnectionType(GlossaryTerm) {}

@Cached(REFERENCE_MAX_AGE)
@ObjectType({ description: "A letter of the glossary's A-Z index and how many terms start with it." })
export class GlossaryLetter {
  @Field()
  letter: string;

  @Field(() => Int)
  count: number;
}
