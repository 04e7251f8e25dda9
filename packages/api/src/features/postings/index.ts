// What the postings feature offers the app.
export { PostingFieldsResolver, PostingResolver } from "./posting.resolver";
export { PostingService } from "./posting.service";
export { CompanyMembershipResolver } from "./company-membership.resolver";
export { CompanyMembershipService } from "./company-membership.service";
export { InvoiceResolver } from "./invoice.resolver";
export { InvoiceService } from "./invoice.service";
export { ManualInvoiceProvider, type PaymentProvider } from "./payment-provider";
