// What the email feature offers other features.
export { OutboxService, type OutgoingEmail } from "./outbox.service";
export { createMailer, linksIn, type Mailer, type SendOutcome } from "./mailer";
export { accountEmail, alertConfirmationEmail, alertDigestEmail, type AccountEmail, type DigestJob, type RenderedEmail } from "./templates";
