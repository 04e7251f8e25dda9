import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

export enum EmailStatus {
  PENDING = "PENDING",
  SENT = "SENT",
  /** Gave up after the last retry of a temporary failure (the server down, 4xx). */
  FAILED = "FAILED",
  /** The receiving server refused it for good (5xx): not tried again. */
  BOUNCED = "BOUNCED",
}

/** The email outbox: every message is written here in the same transaction as its cause, then delivered. */
@Entity({ name: "email_outbox" })
@Index("email_outbox_pending_idx", ["availableAt"], { where: "status = 'PENDING'" })
export class EmailMessage {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  /** What the message is for, e.g. ALERT_CONFIRMATION. */
  @Column({ type: "text" })
  kind: string;

  @Column({ name: "to_address", type: "text" })
  to: string;

  @Column({ type: "text" })
  subject: string;

  @Column({ name: "text_body", type: "text" })
  text: string;

  @Column({ name: "html_body", type: "text", nullable: true })
  html: string | null;

  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post on alert emails. */
  @Column({ type: "jsonb", default: () => "'{}'" })
  headers: Record<string, string>;

  /** The alert an alert email was sent for (its bounces count against it). */
  @Column({ name: "alert_id", type: "integer", nullable: true })
  alertId: number | null;

  @Column({ type: "enum", enum: EmailStatus, enumName: "email_status", default: EmailStatus.PENDING })
  status: EmailStatus;

  @Column({ type: "integer", default: 0 })
  attempts: number;

  @Column({ name: "last_error", type: "text", nullable: true })
  lastError: string | null;

  @Column({ name: "available_at", type: "timestamptz", default: () => "now()" })
  availableAt: Date;

  @Column({ name: "sent_at", type: "timestamptz", nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
