// What the email feature offers other features.
export { OutboxService, type OutgoingEmail } from "./outbox.service";
export { createMailer, linksIn, type Mailer, type SendOutcome } from "./mailer";
export {
  accountEmail,
  alertConfirmationEmail,
  alertDigestEmail,
  employerEmail,
  type AccountEmail,
  type DigestJob,
  type EmployerEmail,
  type RenderedEmail,
} from "./templates";
