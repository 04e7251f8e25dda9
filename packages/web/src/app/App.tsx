import { Link, Route, Routes } from "react-router";
import { HomeRoute } from "../routes/HomeRoute";

export function App() {
  return (
    <div className="app">
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand" aria-label="HiredinAI home">
            <span className="brand__mark" aria-hidden="true">H</span>
            <span className="brand__name">
              Hiredin<span className="brand__accent">AI</span>
            </span>
          </Link>
          <p className="site-header__tagline">Curated jobs in AI</p>
        </div>
      </header>

      <main className="container site-main">
        <Routes>
          <Route path="/" element={<HomeRoute />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>

      <footer className="site-footer">
        <div className="container">© {new Date().getFullYear()} HiredinAI</div>
      </footer>
    </div>
  );
}

function NotFound() {
  return (
    <section className="state">
      <title>Page not found · HiredinAI</title>
      <h1 className="state__title">Page not found</h1>
      <p>
        This page does not exist yet. <Link to="/">See the latest jobs</Link>.
      </p>
    </section>
  );
}
