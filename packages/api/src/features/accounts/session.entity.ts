import { Column, Entity, PrimaryColumn } from "typeorm";

/** A signed-in browser or script. The client holds a random token; we keep only its SHA-256 (`id`). */
@Entity({ name: "sessions" })
export class Session {
  @PrimaryColumn({ type: "text" })
  id: string;

  @Column({ name: "user_id", type: "integer" })
  userId: number;

  @Column({ name: "created_at", type: "timestamptz", default: () => "now()" })
  createdAt: Date;

  /** The idle expiry counts from here; refreshed at most once a minute. */
  @Column({ name: "last_used_at", type: "timestamptz", default: () => "now()" })
  lastUsedAt: Date;

  /** The absolute expiry: no use extends a session past it. */
  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Column({ name: "user_agent", type: "text", nullable: true })
  userAgent: string | null;

  @Column({ type: "text", nullable: true })
  ip: string | null;
}
