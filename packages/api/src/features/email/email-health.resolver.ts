import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { Role } from "../accounts";
import { CallerSpecific } from "../../shared/graphql/cache-hints";

@ObjectType({ description: "Email delivery over the last 24 hours, by the state each message is in now." })
export class EmailDeliveryHealth {
  @Field({ description: "Start of the window." })
  since: Date;

  @Field(() => Int, { description: "Written and not sent yet (being tried, or kept in the outbox without SMTP_URL)." })
  queued: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int, { description: "Given up on after the last try of a temporary failure." })
  failed: number;

  @Field(() => Int, { description: "Refused for good by the receiving server (5xx)." })
  bounced: number;

  @Field(() => Date, { nullable: true, description: "When the oldest message still queued was written (of any age)." })
  oldestQueuedAt: Date | null;
}

@Resolver()
export class EmailHealthResolver {
  @Authorized(Role.ADMIN)
  @CallerSpecific()
  @Query(() => EmailDeliveryHealth, {
    description: "How email delivery is going: queued, sent, failed and bounced in the last 24 hours. Admins only.",
  })
  emailDeliveryHealth(@Ctx() ctx: Context): Promise<EmailDeliveryHealth> {
    return ctx.services.outbox.deliveryHealth();
  }
}
