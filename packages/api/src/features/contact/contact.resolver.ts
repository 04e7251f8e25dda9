import { Args, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { ContactMessagePayload, SendContactMessageArgs } from "./contact.inputs";

@Resolver()
export class ContactResolver {
  @Mutation(() => ContactMessagePayload, {
    description:
      "Sends a message to the HiredinAI team (the Contact page's form); the team answers by email. At most 5 an hour from one address.",
  })
  async sendContactMessage(@Args() { input }: SendContactMessageArgs, @Ctx() ctx: Context): Promise<ContactMessagePayload> {
    return { message: await ctx.services.contact.send(input, ctx.request.ip) };
  }
}
