import type { ReactNode } from "react";
import { Link } from "react-router";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

function StaticPage({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  useDocumentMeta(title, description);
  return (
    <article className="static-page">
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: title }]} />
      <h1>{title}</h1>
      <div className="prose card">{children}</div>
    </article>
  );
}

export function AboutRoute() {
  return (
    <StaticPage title="About HiredinAI" description="HiredinAI is a curated jobs board for AI work: engineering, research, data, product, design, marketing and sales.">
      <p>HiredinAI is a curated jobs board for people who want to work on AI: engineers, researchers, data scientists, product managers, designers, marketers and sellers.</p>
      <p>We list roles at AI labs, scale-ups and startups, and keep every listing current: jobs expire, closed roles disappear, and each posting says what it pays where the employer tells us.</p>
      <p>
        Alongside the jobs we publish an <Link to="/glossary">AI Glossary</Link> that explains the field in plain English, and <Link to="/salaries">salary figures</Link> drawn from the ranges employers post.
      </p>
    </StaticPage>
  );
}

export function ContactRoute() {
  return (
    <StaticPage title="Contact" description="How to reach the HiredinAI team.">
      <p>We'd like to hear from you, whether you are looking for work, hiring, or spotted something wrong on a listing.</p>
      <ul>
        <li>
          Job seekers and general questions: <a href="mailto:hello@hiredinai.example">hello@hiredinai.example</a>
        </li>
        <li>
          Employers: <a href="mailto:employers@hiredinai.example">employers@hiredinai.example</a>
        </li>
        <li>
          Report a listing: <a href="mailto:trust@hiredinai.example">trust@hiredinai.example</a>
        </li>
      </ul>
      <p>We answer within two working days.</p>
    </StaticPage>
  );
}

export function PrivacyRoute() {
  return (
    <StaticPage title="Privacy Policy" description="What HiredinAI collects, why, and your choices.">
      <p>
        <strong>What we collect.</strong> If you create a job alert we keep your email address, the search you saved and how often you want emails. We count views of job pages and clicks on Apply buttons without identifying you.
      </p>
      <p>
        <strong>Why.</strong> To send the alerts you asked for, and to tell employers how their postings perform in aggregate.
      </p>
      <p>
        <strong>Your choices.</strong> Every alert email has a one-click unsubscribe link. Write to <a href="mailto:privacy@hiredinai.example">privacy@hiredinai.example</a> to see or delete what we hold about you.
      </p>
      <p>We don't sell personal data, and we don't use third-party advertising trackers.</p>
    </StaticPage>
  );
}

export function TermsRoute() {
  return (
    <StaticPage title="Terms of Service" description="The terms for using HiredinAI.">
      <p>HiredinAI lists jobs posted by employers. We review postings but cannot guarantee every detail; apply on the employer's own site and check the terms of any offer.</p>
      <p>You may browse, search and share listings freely. Automated scraping beyond our partner API is not allowed.</p>
      <p>Employers are responsible for the accuracy and lawfulness of their postings. We may remove any posting that breaks these terms.</p>
      <p>
        Questions? <Link to="/contact">Contact us</Link>.
      </p>
    </StaticPage>
  );
}
