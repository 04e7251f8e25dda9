import { NavLink } from "react-router";
import { ADMIN_PAGES } from "../../../shared/navigation";
import styles from "./AdminNav.module.css";

/** The admins' pages as tabs, at the top of each of them (the one open is marked `aria-current="page"`). */
export function AdminNav() {
  return (
    <nav className={styles.nav} aria-label="Admin pages">
      <ul className={styles.tabs}>
        {ADMIN_PAGES.map((p) => (
          <li key={p.to}>
            <NavLink to={p.to} className={({ isActive }) => `${styles.tab}${isActive ? ` ${styles.active}` : ""}`}>
              {p.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
