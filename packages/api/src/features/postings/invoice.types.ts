import { Field, Int, ObjectType } from "type-graphql";
import { listCost } from "../../shared/graphql/cost";
import { Money } from "../plans";
import { Order, OrderStatus } from "./posting.types";

/** Lines of a postal address, and of payment instructions, that an invoice shows at most. */
export const MAX_LINES = 8;

@ObjectType({ description: "Who a company's invoices are made out to: its employers edit them with the company profile." })
export class BillingDetails {
  @Field({ description: "The registered name, e.g. Acme AI GmbH." })
  legalName: string;

  @Field(() => [String], { description: "The postal address, line by line.", complexity: listCost(MAX_LINES) })
  addressLines: string[];

  @Field()
  country: string;

  @Field(() => String, { nullable: true, description: "VAT or tax id, e.g. DE123456789." })
  taxId: string | null;

  @Field(() => String, { nullable: true, description: "Where invoices go, besides the company's employers." })
  email: string | null;
}

@ObjectType({ description: "A party to an invoice (HiredinAI, or the buyer as its billing details were when the invoice was issued)." })
export class InvoiceParty {
  @Field()
  name: string;

  @Field(() => [String], { complexity: listCost(MAX_LINES) })
  addressLines: string[];

  @Field(() => String, { nullable: true })
  country: string | null;

  @Field(() => String, { nullable: true })
  taxId: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;
}

@ObjectType({ description: "What an invoice charges for: a posting on a plan." })
export class InvoiceLine {
  @Field({ description: "The plan's name when ordered." })
  planName: string;

  @Field({ description: "The posting's title." })
  jobTitle: string;

  @Field(() => Int)
  durationDays: number;

  @Field(() => Int)
  featuredDays: number;

  @Field(() => Money)
  amount: Money;
}

@ObjectType({ description: "How to pay an invoice, as its payment provider says." })
export class PaymentInstructions {
  @Field({ description: "The provider that issued it: `manual` is a bank transfer an admin marks paid." })
  provider: string;

  @Field({ description: 'e.g. "Bank transfer".' })
  method: string;

  @Field(() => [String], { description: "What to do, line by line (e.g. the bank details).", complexity: listCost(MAX_LINES) })
  lines: string[];

  @Field({ description: "What to quote with the payment: the invoice number." })
  reference: string;

  @Field(() => String, { nullable: true, description: "A page to pay on, for a provider that has one; null for a bank transfer." })
  payUrl: string | null;
}

@ObjectType({ description: "An order's invoice, as the HTML page and the PDF (`GET /invoices/<number>.pdf` on the API) show it." })
export class Invoice {
  @Field({ description: "e.g. HAI-2026-000042." })
  number: string;

  @Field(() => OrderStatus)
  status: OrderStatus;

  @Field()
  issuedAt: Date;

  @Field()
  dueAt: Date;

  @Field(() => Date, { nullable: true })
  paidAt: Date | null;

  @Field(() => InvoiceParty, { description: "HiredinAI." })
  seller: InvoiceParty;

  @Field(() => InvoiceParty, { description: "The company, as its billing details were when the invoice was issued." })
  buyer: InvoiceParty;

  @Field(() => InvoiceLine)
  line: InvoiceLine;

  @Field(() => Money)
  total: Money;

  @Field(() => PaymentInstructions)
  payment: PaymentInstructions;

  @Field(() => Order)
  order: Order;
}
