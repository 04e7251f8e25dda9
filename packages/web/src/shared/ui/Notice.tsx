import type { ReactNode } from "react";
import styles from "./Notice.module.css";

/** A short message above a form: something done ("Your password is changed") or to know, announced politely. */
export function Notice({ children, tone = "success" }: { children: ReactNode; tone?: "success" | "info" }) {
  return (
    <p className={`${styles.notice} ${tone === "info" ? styles.noticeInfo : ""}`} role="status">
      {children}
    </p>
  );
}
