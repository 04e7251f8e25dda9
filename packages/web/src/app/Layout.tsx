import { useEffect, useRef, useState, type FocusEvent, type ReactNode } from "react";
import { Link, NavLink, useLocation } from "react-router";
import { UserMenu } from "../features/account";
import { FOOTER, NAV } from "../shared/navigation";
import { apiUrl } from "./env";
import styles from "./Layout.module.css";

/** The main menu's id, for its button's aria-controls. */
const NAV_ID = "main-nav";

/** Whether `target` is one of `elements` or inside one. */
function inside(target: EventTarget | null, ...elements: (Element | null)[]): boolean {
  return target instanceof Node && elements.some((element) => element?.contains(target));
}

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
  const { pathname } = useLocation();
  const nav = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // The page the menu was opened on: any navigation closes it, without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const close = () => setOpenOn(null);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!inside(event.target, button.current, nav.current)) setOpenOn(null);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  // Tabbing out of the menu (to the page, or to the user menu) closes it.
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (open && next instanceof Node && !inside(next, button.current, nav.current)) close();
  };

  return (
    <div className={`container ${styles.headerInner}`} onBlur={onBlur}>
      <Brand className={styles.brand} label="HiredinAI home" />
      <button
        ref={button}
        type="button"
        className={styles.menuButton}
        aria-expanded={open}
        aria-controls={NAV_ID}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
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
