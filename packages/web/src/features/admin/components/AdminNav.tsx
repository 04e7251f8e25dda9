import { NavLink } from "react-router";
import { ADMIN_PATHS } from "../../../shared/navigation";
import styles from "./AdminNav.module.css";

const PAGES = [
  { to: ADMIN_PATHS.postings, label: "Review postings" },
  { to: ADMIN_PATHS.companies, label: "Companies" },
  { to: ADMIN_PATHS.plans, label: "Plans" },
] as const;

/** The admins' pages as tabs, at the top of each of them (the one open is marked `aria-current="page"`). */
export function AdminNav() {
  return (
    <nav className={styles.nav} aria-label="Admin pages">
      <ul className={styles.tabs}>
        {PAGES.map((p) => (
          <li key={p.to}>
            <NavLink to={p.to} end className={({ isActive }) => `${styles.tab}${isActive ? ` ${styles.active}` : ""}`}>
              {p.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
