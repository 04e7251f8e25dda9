/**
 * The seam between orders and whoever takes the money. Submitting a posting makes an UNPAID order and
 * asks the provider to `issue` it (in the same transaction); an invoice shows `howToPay`. The order
 * becomes PAID through `PostingService.markPaid`: an admin, for the built-in manual invoice.
 *
 * A card provider (Stripe and the like) would plug in here: `issue` creates its checkout session and
 * returns the session's id as `ref` and its page as `payUrl`; a webhook route in app/ (beside
 * app/invoices.ts) checks the provider's signature and marks the order paid by that ref. Card data
 * stays on the provider's pages: nothing here ever sees it.
 */

/** An order as a provider sees it when issuing it. */
export interface OrderToIssue {
  invoiceNumber: string;
  /** In the currency's minor units. */
  amount: number;
  currency: string;
  issuedAt: Date;
}

/** What a provider answers: stored on the order. */
export interface IssuedPayment {
  dueAt: Date;
  /** The provider's own reference (a checkout session's id); null for a bank transfer. */
  ref: string | null;
}

/** How to pay an invoice, as its page and PDF show it. */
export interface HowToPay {
  method: string;
  lines: string[];
  /** What to quote with the payment. */
  reference: string;
  payUrl: string | null;
}

export interface PaymentProvider {
  /** Stored on each order it issues (`orders.provider`). */
  readonly name: string;
  issue(order: OrderToIssue): Promise<IssuedPayment>;
  howToPay(order: { invoiceNumber: string; dueAt: Date; ref: string | null }): HowToPay;
}

/** A day as an invoice says it: "2 Jan 2027" (UTC). */
export function invoiceDay(at: Date): string {
  return at.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/**
 * The built-in provider: a numbered invoice paid by bank transfer to the account in the configuration,
 * due `paymentDays` after it is issued. Nothing is paid here; the order stays UNPAID until an admin
 * sees the transfer and marks it paid.
 */
export class ManualInvoiceProvider implements PaymentProvider {
  readonly name = "manual";

  constructor(private readonly settings: { bankDetails: string[]; paymentDays: number }) {}

  issue(order: OrderToIssue): Promise<IssuedPayment> {
    const dueAt = new Date(order.issuedAt.getTime() + this.settings.paymentDays * 86_400_000);
    return Promise.resolve({ dueAt, ref: null });
  }

  howToPay(order: { invoiceNumber: string; dueAt: Date }): HowToPay {
    return {
      method: "Bank transfer",
      lines: [
        `Pay by ${invoiceDay(order.dueAt)} by bank transfer to:`,
        ...this.settings.bankDetails,
        `Quote ${order.invoiceNumber} as the payment reference.`,
      ],
      reference: order.invoiceNumber,
      payUrl: null,
    };
  }
}
