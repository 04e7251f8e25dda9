import { IsEmail, Matches, Max, MaxLength, Min, ValidateIf } from "class-validator";
import { ArgsType, Field, InputType, Int } from "type-graphql";

export const BILLING_LIMITS = {
  legalName: 200,
  address: 500,
  addressLines: 6,
  addressLine: 120,
  country: 100,
  taxId: 30,
  email: 254,
} as const;

/** Orders one list returns at most. */
export const MAX_ORDERS_LISTED = 100;
const DEFAULT_ORDERS = 20;

const NOT_BLANK = /\S/;
/** Given and not blank (a blank optional field is left out). */
const filledIn = (value: unknown) => typeof value === "string" && value.trim() !== "";

@InputType({ description: "Who the company's invoices are made out to. Each new invoice copies them; issued ones keep theirs." })
export class BillingDetailsInput {
  @Field({ description: `The registered name, e.g. Acme AI GmbH; at most ${BILLING_LIMITS.legalName} characters.` })
  @Matches(NOT_BLANK, { message: "Enter the company's legal name." })
  @MaxLength(BILLING_LIMITS.legalName, { message: `Use at most ${BILLING_LIMITS.legalName} characters.` })
  legalName: string;

  @Field({ description: `The postal address, one line per line (at most ${BILLING_LIMITS.addressLines} lines).` })
  @Matches(NOT_BLANK, { message: "Enter the billing address." })
  @MaxLength(BILLING_LIMITS.address, { message: `Use at most ${BILLING_LIMITS.address} characters.` })
  address: string;

  @Field()
  @Matches(NOT_BLANK, { message: "Enter the country." })
  @MaxLength(BILLING_LIMITS.country, { message: `Use at most ${BILLING_LIMITS.country} characters.` })
  country: string;

  @Field(() => String, { nullable: true, description: "VAT or tax id, e.g. DE123456789 (optional)." })
  @ValidateIf((input: BillingDetailsInput) => filledIn(input.taxId))
  @Matches(/^\s*[A-Za-z0-9][A-Za-z0-9 .\-/]*\s*$/, { message: "Use letters and digits, e.g. DE123456789." })
  @MaxLength(BILLING_LIMITS.taxId, { message: `Use at most ${BILLING_LIMITS.taxId} characters.` })
  taxId?: string | null;

  @Field(() => String, { nullable: true, description: "Where invoices go besides the company's employers (optional)." })
  @ValidateIf((input: BillingDetailsInput) => filledIn(input.email))
  @IsEmail({}, { message: "Enter an email address, e.g. billing@example.com." })
  @MaxLength(BILLING_LIMITS.email, { message: `Use at most ${BILLING_LIMITS.email} characters.` })
  email?: string | null;
}

@ArgsType()
export class OrdersArgs {
  @Field(() => Int, { defaultValue: DEFAULT_ORDERS, description: `1 to ${MAX_ORDERS_LISTED}.` })
  @Min(1)
  @Max(MAX_ORDERS_LISTED)
  first: number;
}

@ArgsType()
export class InvoiceArgs {
  @Field({ description: "The invoice number, e.g. HAI-2026-000042." })
  @MaxLength(40)
  number: string;
}

/** The cost of `myOrders(first)`: as many orders as it asks for. */
export const ordersAsked = (args: Record<string, unknown>) =>
  Math.min(Math.max(Number(args.first ?? DEFAULT_ORDERS), 1), MAX_ORDERS_LISTED);
