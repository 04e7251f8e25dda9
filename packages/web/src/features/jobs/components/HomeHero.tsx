import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { SearchBar } from "../../../shared/ui/SearchBar";
import { formatCount } from "../../../shared/utils/format";
import styles from "./HomeHero.module.css";

/** The home page's opening: what the site is, how many roles it lists, a job search and the main landing pages. */
export function HomeHero({ total }: { total: number | null }) {
  const navigate = useNavigate();
  const [q, setQ] = useState("");
  return (
    <section className={styles.hero}>
      <h1 className={styles.title}>
        Find your next job in <span className="brand__accent">AI</span>
      </h1>
      <p className={styles.lead}>
        {total != null ? `${formatCount(total)} curated roles` : "Curated roles"} in engineering, research, data, product, design, marketing
        and sales at AI companies.
      </p>
      <SearchBar
        className={styles.search}
        label="Search AI jobs"
        placeholder="Job title, company, skill…"
        submitLabel="Search jobs"
        value={q}
        onValueChange={setQ}
        onSearch={(query) => void navigate(query ? `/jobs?q=${encodeURIComponent(query)}` : "/jobs")}
      />
      <p className={styles.links}>
        <Link to="/jobs/remote">Remote jobs</Link>
        <Link to="/jobs/entry-level">Entry-level jobs</Link>
        <Link to="/salaries">AI salaries</Link>
        <Link to="/alerts">Job alerts</Link>
      </p>
    </section>
  );
}
