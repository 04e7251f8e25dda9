import type { DataSource, EntityManager } from "typeorm";
import { query, sql, type SQL } from "../../shared/db/sql";
import { BadUserInputError, type FieldError } from "../../shared/errors/app-error";
import { Role } from "../accounts";
import { BILLING_LIMITS, MAX_ORDERS_LISTED, type BillingDetailsInput } from "./invoice.inputs";
import { renderInvoicePdf } from "./invoice-pdf";
import type { BillingDetails, Invoice, InvoiceParty } from "./invoice.types";
import type { CompanyMembershipService } from "./company-membership.service";
import type { PaymentProvider } from "./payment-provider";
import { ORDER_SELECT, orderOf, type OrderRow } from "./orders";
import type { Order, OrderStatus } from "./posting.types";

/** Who asks for an invoice: a signed-in person, by id and role. */
export interface InvoiceViewer {
  id: number;
  role: Role;
}

/** HiredinAI as the seller on its invoices (from the configuration). */
export type Seller = InvoiceParty;

/** Billing details as stored: trimmed, the address one line per line, blanks as nulls. */
export interface BillingRecord {
  legalName: string;
  address: string;
  country: string;
  taxId: string | null;
  email: string | null;
}

/**
 * The buyer's side of a new invoice, for the statement that inserts an order (alias `c` is its
 * company): the company's billing details, or its name and headquarters while it has given none.
 * Copied into `orders.billing`, so a later change of the details never rewrites an issued invoice.
 */
export const BUYER_SNAPSHOT = sql`coalesce(
  (SELECT jsonb_build_object('legalName', b.legal_name, 'addressLines', to_jsonb(string_to_array(b.address, E'\\n')),
      'country', b.country, 'taxId', b.tax_id, 'email', b.email)
    FROM company_billing b WHERE b.company_id = c.id),
  jsonb_build_object('legalName', c.name, 'addressLines', CASE WHEN c.headquarters IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(c.headquarters) END))`;

/**
 * Checks billing details and puts them as stored; each problem is named by its field under `prefix`
 * (`input.billing.address`). Undefined stays undefined (leave them as they are), null is null (remove them).
 */
export function billingRecord(input: BillingDetailsInput | null | undefined, prefix = "input.billing"): BillingRecord | null | undefined {
  if (input == null) return input;
  const text = (v: string | null | undefined) => v?.trim() || null;
  const lines = input.address
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/\s+/g, " "))
    .filter(Boolean);
  const problems: FieldError[] = [];
  if (lines.length > BILLING_LIMITS.addressLines)
    problems.push({ field: `${prefix}.address`, message: `Use at most ${BILLING_LIMITS.addressLines} lines.` });
  if (lines.some((l) => l.length > BILLING_LIMITS.addressLine))
    problems.push({ field: `${prefix}.address`, message: `Keep each line to at most ${BILLING_LIMITS.addressLine} characters.` });
  if (problems.length) throw new BadUserInputError(problems);
  return {
    legalName: input.legalName.trim().replace(/\s+/g, " "),
    address: lines.join("\n"),
    country: input.country.trim(),
    taxId: text(input.taxId)?.toUpperCase() ?? null,
    email: text(input.email)?.toLowerCase() ?? null,
  };
}

interface InvoiceRow extends OrderRow {
  billing: Record<string, unknown>;
  seller: Seller | null;
  provider: string;
  providerRef: string | null;
}

const asText = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);
const asLines = (v: unknown): string[] => (Array.isArray(v) ? v.filter((l): l is string => typeof l === "string" && l.trim() !== "") : []);

/** The buyer as an order's `billing` has it (orders issued before billing details existed kept the company's name and headquarters). */
function buyerOf(billing: Record<string, unknown>): InvoiceParty {
  const headquarters = asText(billing.headquarters);
  return {
    name: asText(billing.legalName) ?? asText(billing.name) ?? "",
    addressLines: billing.addressLines ? asLines(billing.addressLines) : headquarters ? [headquarters] : [],
    country: asText(billing.country),
    taxId: asText(billing.taxId),
    email: asText(billing.email),
  };
}

/**
 * Invoices: the billing details they are made out to, issuing them through the payment provider,
 * and reading them. `visibleTo` is the one place that decides who may see an invoice — the GraphQL
 * queries and the PDF route (app/invoices.ts) both read through it: admins see any; an employer
 * sees their own company's; anyone else, and another company's employer, finds none (the same
 * "not found" whether the number exists or not, so invoice numbers can't be probed).
 */
export class InvoiceService {
  constructor(
    private readonly ds: DataSource,
    /** Which company an employer acts for. */
    private readonly membership: CompanyMembershipService,
    private readonly provider: PaymentProvider,
    private readonly seller: Seller,
  ) {}

  private visibleTo(viewer: InvoiceViewer): SQL {
    if (viewer.role === Role.ADMIN) return sql`true`;
    if (viewer.role !== Role.EMPLOYER) return sql`false`;
    return this.membership.actsFor(viewer.id, sql`o.company_id`);
  }

  /** The invoice with this number, if `viewer` may see it; null otherwise. */
  async invoice(viewer: InvoiceViewer, number: string): Promise<Invoice | null> {
    const [row] = await query<InvoiceRow>(
      this.ds,
      sql`SELECT x.*, o.billing, o.seller, o.provider, o.provider_ref AS "providerRef"
        FROM (${ORDER_SELECT} WHERE o.invoice_number = ${sql.value(number.trim())} AND ${this.visibleTo(viewer)}) x
        JOIN orders o ON o.id = x.id`,
    );
    if (!row) return null;
    const order = orderOf(row);
    return {
      number: order.invoiceNumber,
      status: order.status,
      issuedAt: order.createdAt,
      dueAt: order.dueAt,
      paidAt: order.paidAt,
      seller: row.seller ?? this.seller,
      buyer: buyerOf(row.billing),
      line: {
        planName: order.planName,
        jobTitle: order.jobTitle,
        durationDays: order.durationDays,
        featuredDays: order.featuredDays,
        amount: order.price,
      },
      total: order.price,
      payment: {
        provider: row.provider,
        ...this.provider.howToPay({ invoiceNumber: order.invoiceNumber, dueAt: order.dueAt, ref: row.providerRef }),
      },
      order,
    };
  }

  /** The invoice as a PDF, with the same rule as `invoice`; null when `viewer` may not see it. */
  async pdf(viewer: InvoiceViewer, number: string): Promise<{ number: string; pdf: Buffer } | null> {
    const invoice = await this.invoice(viewer, number);
    return invoice ? { number: invoice.number, pdf: await renderInvoicePdf(invoice) } : null;
  }

  /** The employer's company's orders, newest first (each one's invoice is visible to them by the same rule). */
  async ordersOf(viewer: InvoiceViewer, first: number): Promise<Order[]> {
    const rows = await query<OrderRow>(
      this.ds,
      sql`${ORDER_SELECT}
        WHERE ${this.membership.actsFor(viewer.id, sql`o.company_id`)}
        ORDER BY o.id DESC LIMIT ${sql.value(Math.min(first, MAX_ORDERS_LISTED))}`,
    );
    return rows.map(orderOf);
  }

  /** The billing details of the employer's company; null until they give some. */
  async billingOf(userId: number): Promise<BillingDetails | null> {
    const [row] = await query<BillingRecord>(
      this.ds,
      sql`SELECT b.legal_name AS "legalName", b.address, b.country, b.tax_id AS "taxId", b.email
        FROM company_billing b WHERE ${this.membership.actsFor(userId, sql`b.company_id`)}`,
    );
    return row ? { ...row, addressLines: row.address.split("\n") } : null;
  }

  /** Sets a company's billing details (null removes them; undefined leaves them), in the caller's transaction. */
  async saveBilling(manager: EntityManager, companyId: number, billing: BillingRecord | null | undefined): Promise<void> {
    if (billing === undefined) return;
    if (billing === null) {
      await query(manager, sql`DELETE FROM company_billing WHERE company_id = ${sql.value(companyId)}`);
      return;
    }
    await query(
      manager,
      sql`INSERT INTO company_billing (company_id, legal_name, address, country, tax_id, email)
        VALUES (${sql.value(companyId)}, ${sql.value(billing.legalName)}, ${sql.value(billing.address)}, ${sql.value(billing.country)},
          ${sql.value(billing.taxId)}, ${sql.value(billing.email)})
        ON CONFLICT (company_id) DO UPDATE SET legal_name = excluded.legal_name, address = excluded.address, country = excluded.country,
          tax_id = excluded.tax_id, email = excluded.email, updated_at = now()`,
    );
  }

  /**
   * A new order's invoice issued, in the transaction that made the order: the payment provider's
   * terms (when it is due, its own reference), HiredinAI's details and the posting's title as they are today.
   */
  async issue(manager: EntityManager, orderId: number): Promise<void> {
    const [order] = await query<{ invoiceNumber: string; amount: number; currency: string; issuedAt: Date; status: OrderStatus }>(
      manager,
      sql`SELECT invoice_number AS "invoiceNumber", amount, trim(currency) AS currency, created_at AS "issuedAt", status
        FROM orders WHERE id = ${sql.value(orderId)}`,
    );
    const issued = await this.provider.issue(order);
    await query(
      manager,
      sql`UPDATE orders SET provider = ${sql.value(this.provider.name)}, provider_ref = ${sql.value(issued.ref)},
          due_at = ${sql.value(issued.dueAt.toISOString())}::timestamptz, seller = ${sql.value(JSON.stringify(this.seller))}::jsonb,
          job_title = (SELECT title FROM jobs WHERE id = orders.job_id)
        WHERE id = ${sql.value(orderId)}`,
    );
  }
}
