import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { listCost } from "../../shared/graphql/cost";
import { Role } from "../accounts";
import { InvoiceArgs, MAX_ORDERS_LISTED, OrdersArgs, ordersAsked } from "./invoice.inputs";
import type { InvoiceViewer } from "./invoice.service";
import { BillingDetails, Invoice } from "./invoice.types";
import { Order } from "./posting.types";
import { CallerSpecific } from "../../shared/graphql/cache-hints";

/** The signed-in person (resolvers here run under @Authorized, so there is one). */
function viewer(ctx: Context): InvoiceViewer {
  if (ctx.caller.kind !== "user") throw new Error("InvoiceResolver runs for signed-in people only");
  return { id: ctx.caller.user.id, role: ctx.caller.user.role };
}

/** Orders and invoices: the employer's list, one invoice (employers and admins), the company's billing details. */
@Resolver()
export class InvoiceResolver {
  @Authorized(Role.EMPLOYER)
  @CallerSpecific()
  @Query(() => [Order], {
    description: `The employer's company's orders and their invoices, newest first (at most ${MAX_ORDERS_LISTED}).`,
    complexity: listCost(ordersAsked),
  })
  myOrders(@Args() { first }: OrdersArgs, @Ctx() ctx: Context): Promise<Order[]> {
    return ctx.services.invoices.ordersOf(viewer(ctx), first);
  }

  @Authorized(Role.EMPLOYER, Role.ADMIN)
  @CallerSpecific()
  @Query(() => Invoice, {
    nullable: true,
    description:
      "An invoice by its number: its company's employers and admins see it; for anyone else it is null, as for a number that doesn't exist. The PDF is `GET /invoices/<number>.pdf` on the API.",
  })
  invoice(@Args() { number }: InvoiceArgs, @Ctx() ctx: Context): Promise<Invoice | null> {
    return ctx.services.invoices.invoice(viewer(ctx), number);
  }

  @Authorized(Role.EMPLOYER)
  @CallerSpecific()
  @Query(() => BillingDetails, {
    nullable: true,
    description: "Who the employer's company's invoices are made out to; null until given (updateCompany sets them).",
  })
  myBillingDetails(@Ctx() ctx: Context): Promise<BillingDetails | null> {
    return ctx.services.invoices.billingOf(viewer(ctx).id);
  }
}
