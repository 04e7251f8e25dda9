import { Field, ID, InterfaceType } from "type-graphql";
import { Cached, CATALOGUE_MAX_AGE } from "./cache-hints";

@Cached(CATALOGUE_MAX_AGE)
@InterfaceType({ description: "An object with a globally unique, opaque ID; fetch it again with `node(id:)`." })
export abstract class Node {
  @Field(() => ID)
  id: string;
}
