import { useEffect, useRef, type ReactNode } from "react";
import { Link, NavLink, useLocation } from "react-router";
import { FOOTER, NAV } from "../shared/navigation";

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
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand" aria-label="HiredinAI home">
            <span className="brand__mark" aria-hidden="true">
              H
            </span>
            <span className="brand__name">
              Hiredin<span className="brand__accent">AI</span>
            </span>
          </Link>
          <nav className="site-nav" aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} className={({ isActive }) => `site-nav__link${isActive ? " is-active" : ""}`}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>

      <main id="main" ref={main} tabIndex={-1} className="container site-main">
        {children}
      </main>

      <footer className="site-footer">
        <div className="container">
          <div className="site-footer__grid">
            <div className="site-footer__about">
              <Link to="/" className="brand brand--small">
                <span className="brand__mark" aria-hidden="true">
                  H
                </span>
                <span className="brand__name">
                  Hiredin<span className="brand__accent">AI</span>
                </span>
              </Link>
              <p className="muted">
                Curated AI jobs across engineering, marketing, design, research, and more — from top companies and startups, updated daily.
              </p>
            </div>
            {FOOTER.map((column) => (
              <nav key={column.title} aria-label={column.title} className="site-footer__column">
                <h2 className="site-footer__title">{column.title}</h2>
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
          <div className="site-footer__bottom">
            <p>© {new Date().getFullYear()} HiredinAI. All rights reserved.</p>
            <p className="site-footer__legal">
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
