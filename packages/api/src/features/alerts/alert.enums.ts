import { registerEnumType } from "type-graphql";

export enum AlertFrequency {
  INSTANT = "INSTANT",
  DAILY = "DAILY",
  WEEKLY = "WEEKLY",
}

export enum AlertStatus {
  PENDING_CONFIRMATION = "PENDING_CONFIRMATION",
  ACTIVE = "ACTIVE",
  UNSUBSCRIBED = "UNSUBSCRIBED",
}

registerEnumType(AlertFrequency, { name: "AlertFrequency", description: "How often an alert sends new jobs." });
registerEnumType(AlertStatus, { name: "AlertStatus" });
