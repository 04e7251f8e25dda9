import { useEffect, useRef, type ReactNode } from "react";
import { Link, NavLink, useLocation } from "react-router";
import { UserMenu } from "../features/account";
import { FOOTER, NAV } from "../shared/navigation";
import { usePopover } from "../shared/ui/usePopover";
import { apiUrl } from "../shared/env";
import styles from "./Layout.module.css";

/** The main menu's id, for its button's aria-controls. */
const NAV_ID = "main-nav";

/** "Hiredin" + the accented "AI": the site's name in the header and the footer. */
function Brand({ className, label }: { className: string; label?: string }) {
  return (
    <Link to="/" className={className} aria-label={label}>
      <span className={styles.brandMark} aria-hidden="true">
        H
      </span>
      <span>
        Hiredin<span className="brand__accent">AI</span>
      </span>
    </Link>
  );
}

/**
 * The header: brand, main menu and the user menu (or "Sign in"). On wide screens the menu's links sit in
 * the header; on a tablet or phone (Layout.module.css) a "Menu" button opens them in a panel under the
 * header, which closes on navigation, on Escape, and when the pointer or the focus goes elsewhere
 * (the user menu included).
 */
function MainNav() {
  const nav = useRef<HTMLElement>(null);
  // Tabbing or clicking out of the menu (to the page, or to the user menu) closes it.
  const { open, close, toggle, button, onBlur } = usePopover(nav);

  return (
    <div className={`container ${styles.headerInner}`} onBlur={onBlur}>
      <Brand className={styles.brand} label="HiredinAI home" />
      <button ref={button} type="button" className={styles.menuButton} aria-expanded={open} aria-controls={NAV_ID} onClick={toggle}>
        <span className={styles.menuIcon} aria-hidden="true" />
        Menu
      </button>
      <nav ref={nav} id={NAV_ID} className={`${styles.nav}${open ? ` ${styles.navOpen}` : ""}`} aria-label="Main">
        <ul className={styles.navList}>
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} className={({ isActive }) => `${styles.navLink}${isActive ? ` ${styles.active}` : ""}`} onClick={close}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.user}>
        <UserMenu playgroundUrl={apiUrl} />
      </div>
    </div>
  );
}

/** Header, main area and footer around every page; moves focus to the page on navigation. */
export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className={styles.app}>
      <a className={styles.skipLink} href="#main">
        Skip to content
      </a>
      <header className={styles.header}>
        <MainNav />
      </header>

      <main id="main" ref={main} tabIndex={-1} className={`container ${styles.main}`}>
        {children}
      </main>

      <footer className={styles.footer}>
        <div className="container">
          <div className={styles.footerGrid}>
            <div className={styles.footerAbout}>
              <Brand className={`${styles.brand} ${styles.brandSmall}`} />
              <p className="muted">
                Curated AI jobs across engineering, marketing, design, research, and more — from top companies and startups, updated daily.
              </p>
            </div>
            {FOOTER.map((column) => (
              <nav key={column.title} aria-label={column.title} className={styles.footerColumn}>
                <h2 className={styles.footerTitle}>{column.title}</h2>
                <ul>
                  {column.links.map((link) => (
                    <li key={link.label}>
                      <Link to={link.to}>{link.label}</Link>
                    </li>
                  ))}
                </ul>
              </nav>
            ))}
          </div>
          <div className={styles.footerBottom}>
            <p>© {new Date().getFullYear()} HiredinAI. All rights reserved.</p>
            <p className={styles.footerLegal}>
              <Link to="/sitemap">Sitemap</Link>
              <Link to="/privacy">Privacy</Link>
              <Link to="/terms">Terms</Link>
              <Link to="/cookies">Cookies</Link>
            </p>
          </div>
        </div>
      </footer>
    </div>
  );
}
