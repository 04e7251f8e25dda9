import { Field, ID, ObjectType } from "type-graphql";

@ObjectType("Session", { description: "A browser or script signed in to the account." })
export class SessionInfo {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field()
  lastUsedAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => String, { nullable: true, description: "The browser or program that signed in." })
  userAgent: string | null;

  @Field({ description: "This is the session making the request." })
  current: boolean;
}
