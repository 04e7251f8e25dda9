import { registerEnumType } from "type-graphql";

export enum AlertFrequency {
  INSTANT = "INSTANT",
  DAILY = "DAILY",
  WEEKLY = "WEEKLY",
}

export enum AlertStatus {
  PENDING_CONFIRMATION = "PENDING_CONFIRMATION",
  ACTIVE = "ACTIVE",
  /** Stopped by its owner, or by us after repeated bounces (pausedReason says which). */
  PAUSED = "PAUSED",
  UNSUBSCRIBED = "UNSUBSCRIBED",
}

registerEnumType(AlertFrequency, { name: "AlertFrequency", description: "How often an alert sends new jobs." });
registerEnumType(AlertStatus, {
  name: "AlertStatus",
  valuesConfig: {
    PENDING_CONFIRMATION: { description: "Waiting for its address to follow the confirmation link; nothing is sent until then." },
    ACTIVE: { description: "Sending new jobs." },
    PAUSED: { description: "Sending nothing until resumed (see pausedReason)." },
    UNSUBSCRIBED: { description: "Unsubscribed by a link in its emails; sends nothing." },
  },
});
