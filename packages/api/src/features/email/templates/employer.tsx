import { messageEmail, type Content } from "./account";
import { oneLine, type RenderedEmail } from "./render";

/** What the site tells an employer about their postings and invoices, and about joining a company. */
export type EmployerEmail =
  | {
      kind: "INVOICE_ISSUED";
      invoiceNumber: string;
      planName: string;
      price: string;
      jobTitle: string;
      /** The invoice's page (with its PDF), and the day it is due. */
      invoiceUrl: string;
      dueDate: string;
      reviewed: boolean;
    }
  | { kind: "POSTING_APPROVED"; jobTitle: string; jobUrl: string; until: string }
  | { kind: "POSTING_REJECTED"; jobTitle: string; reason: string; dashboardUrl: string }
  | { kind: "POSTING_EXPIRING"; jobTitle: string; until: string; dashboardUrl: string }
  | { kind: "POSTING_EXPIRED"; jobTitle: string; dashboardUrl: string }
  | CompanyEmail;

/** What the site tells an employer about joining a company: their claim decided, a colleague's invitation. */
type CompanyEmail =
  | { kind: "COMPANY_CLAIM_APPROVED"; companyName: string; dashboardUrl: string }
  | { kind: "COMPANY_CLAIM_REJECTED"; companyName: string; reason: string; dashboardUrl: string }
  | { kind: "COMPANY_INVITATION"; companyName: string; inviterEmail: string; url: string; until: string };

function companyContent(email: CompanyEmail): Content {
  const company = oneLine(email.companyName);
  switch (email.kind) {
    case "COMPANY_CLAIM_APPROVED":
      return {
        subject: `You're in: ${company}`,
        before: [`We approved your request: your account now posts jobs for ${company}.`],
        action: { label: "Open your dashboard", url: email.dashboardUrl, lead: "Your dashboard:" },
        after: [],
      };
    case "COMPANY_CLAIM_REJECTED":
      return {
        subject: `Your request to join ${company}`,
        before: [`We couldn't add your account to ${company}. Our reviewer says:`, oneLine(email.reason)],
        action: {
          label: "Open your dashboard",
          url: email.dashboardUrl,
          lead: "You can ask again, or create your company, from your dashboard:",
        },
        after: [],
      };
    case "COMPANY_INVITATION":
      return {
        subject: `Join ${company} on HiredinAI`,
        before: [
          `${oneLine(email.inviterEmail)} invited you to post jobs for ${company} on HiredinAI. Accept with an employer account for this email address (or create one):`,
        ],
        action: { label: `Join ${company}`, url: email.url },
        after: [`The link works once, until ${email.until}. If you don't know who sent it, ignore this email.`],
      };
  }
}

const isCompanyEmail = (email: EmployerEmail): email is CompanyEmail => email.kind.startsWith("COMPANY_");

function content(email: EmployerEmail): Content {
  if (isCompanyEmail(email)) return companyContent(email);
  const title = `“${oneLine(email.jobTitle)}”`;
  switch (email.kind) {
    case "INVOICE_ISSUED":
      return {
        subject: `Invoice ${email.invoiceNumber}: ${oneLine(email.jobTitle)}`,
        before: [
          `Thanks for posting ${title} on the ${email.planName} plan. Invoice ${email.invoiceNumber} for ${email.price} is ready; pay it by bank transfer by ${email.dueDate}, quoting its number.`,
          email.reviewed
            ? "As soon as it is paid, your posting goes live."
            : "As soon as it is paid, we review your posting (usually within a working day) and publish it.",
        ],
        action: { label: "See the invoice", url: email.invoiceUrl, lead: "The invoice, with its bank details and PDF:" },
        after: ["We never ask for card details."],
      };
    case "POSTING_APPROVED":
      return {
        subject: `Your job is live: ${oneLine(email.jobTitle)}`,
        before: [`${title} is published on HiredinAI, in search, job alerts and partner sites, until ${email.until}.`],
        action: { label: "See the job page", url: email.jobUrl, lead: "The job page:" },
        after: [],
      };
    case "POSTING_REJECTED":
      return {
        subject: `Changes needed: ${oneLine(email.jobTitle)}`,
        before: [
          `We couldn't publish ${title} as it is. Our reviewer says:`,
          oneLine(email.reason),
          "Edit the posting and resubmit it; there is nothing more to pay.",
        ],
        action: { label: "Edit the posting", url: email.dashboardUrl, lead: "Your dashboard:" },
        after: [],
      };
    case "POSTING_EXPIRING":
      return {
        subject: `Ends in 3 days: ${oneLine(email.jobTitle)}`,
        before: [`${title} stays published until ${email.until}. Renew it from your dashboard to keep it live.`],
        action: { label: "Renew it", url: email.dashboardUrl, lead: "Your dashboard:" },
        after: [],
      };
    case "POSTING_EXPIRED":
      return {
        subject: `Ended: ${oneLine(email.jobTitle)}`,
        before: [`${title} has reached its last day and is no longer on the site. Renew it to publish it again.`],
        action: { label: "Renew it", url: email.dashboardUrl, lead: "Your dashboard:" },
        after: [],
      };
  }
}

const FOOTER = "You get these emails as an employer on HiredinAI.";

/** An email to an employer about a posting or an invoice, both parts. */
export function employerEmail(email: EmployerEmail): RenderedEmail {
  return messageEmail(content(email), FOOTER);
}
