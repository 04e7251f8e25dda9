// What the email feature offers other features.
export { OutboxService, type OutgoingEmail } from "./outbox.service";
