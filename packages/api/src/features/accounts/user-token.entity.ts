import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** What a one-time link in an email does. */
export enum TokenPurpose {
  VERIFY_EMAIL = "VERIFY_EMAIL",
  RESET_PASSWORD = "RESET_PASSWORD",
  CHANGE_EMAIL = "CHANGE_EMAIL",
}

/** A one-time link's token (its SHA-256), spent by setting `usedAt`. */
@Entity({ name: "user_tokens" })
export class UserToken {
  @PrimaryGeneratedColumn({ type: "integer" })
  id: number;

  @Column({ name: "user_id", type: "integer" })
  userId: number;

  @Column({ type: "text" })
  purpose: TokenPurpose;

  @Column({ name: "token_hash", type: "text", unique: true })
  tokenHash: string;

  /** The address the link went to: the new one, for CHANGE_EMAIL. */
  @Column({ type: "text" })
  email: string;

  @Column({ name: "created_at", type: "timestamptz", default: () => "now()" })
  createdAt: Date;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Column({ name: "used_at", type: "timestamptz", nullable: true })
  usedAt: Date | null;
}
