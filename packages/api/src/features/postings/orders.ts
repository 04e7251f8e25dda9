import { sql } from "../../shared/db/sql";
import { toGlobalId } from "../../shared/graphql/global-id";
import type { Order, OrderStatus } from "./posting.types";

/** An order as ORDER_SELECT reads it: postings list their orders, invoices are read, the same way. */
export interface OrderRow {
  id: number;
  jobId: number;
  jobTitle: string;
  invoiceNumber: string;
  status: OrderStatus;
  planName: string;
  amount: number;
  currency: string;
  durationDays: number;
  featuredDays: number;
  createdAt: Date;
  dueAt: Date;
  paidAt: Date | null;
}

/** Orders with their posting's title (`o` and `j`); a WHERE clause follows. */
export const ORDER_SELECT = sql`SELECT o.id, o.job_id AS "jobId", coalesce(o.job_title, j.title) AS "jobTitle", o.invoice_number AS "invoiceNumber", o.status, o.plan_name AS "planName", o.amount,
  o.currency, o.duration_days AS "durationDays", o.featured_days AS "featuredDays", o.created_at AS "createdAt",
  coalesce(o.due_at, o.created_at) AS "dueAt", o.paid_at AS "paidAt"
  FROM orders o JOIN jobs j ON j.id = o.job_id`;

export function orderOf(o: OrderRow): Order {
  return {
    rowId: o.id,
    id: toGlobalId("Order", o.id),
    invoiceNumber: o.invoiceNumber,
    status: o.status,
    planName: o.planName,
    price: { amount: o.amount, currency: o.currency.trim() },
    durationDays: o.durationDays,
    featuredDays: o.featuredDays,
    jobId: toGlobalId("Job", o.jobId),
    jobTitle: o.jobTitle,
    createdAt: o.createdAt,
    dueAt: o.dueAt,
    paidAt: o.paidAt,
  };
}
