import type { EntityManager } from "typeorm";
import { EmailMessage } from "./email-message.entity";

export interface OutgoingEmail {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
}

/** Writes emails to the outbox inside the caller's transaction; delivery picks them up from there. */
export class OutboxService {
  async enqueue(manager: EntityManager, email: OutgoingEmail): Promise<void> {
    await manager.insert(EmailMessage, { ...email, html: email.html ?? null });
  }
}
