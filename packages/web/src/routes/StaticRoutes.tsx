import type { ReactNode } from "react";
import { Link } from "react-router";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import styles from "./StaticRoutes.module.css";

/** A static page's frame: breadcrumbs and the title over `children`, the page's body (the sitemap's too). */
export function StaticPageFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <article>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: title }]} />
      <h1 className={styles.title}>{title}</h1>
      {children}
    </article>
  );
}

function StaticPage({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  useDocumentMeta(title, description);
  return (
    <StaticPageFrame title={title}>
      <div className={`prose card ${styles.body}`}>{children}</div>
    </StaticPageFrame>
  );
}

export function AboutRoute() {
  return (
    <StaticPage
      title="About HiredinAI"
      description="HiredinAI is a curated jobs board for AI work: engineering, research, data, product, design, marketing and sales."
    >
      <p>
        HiredinAI is a curated jobs board for people who want to work on AI: engineers, researchers, data scientists, product managers,
        designers, marketers and sellers.
      </p>
      <p>
        We list roles at AI labs, scale-ups and startups, and keep every listing current: jobs expire, closed roles disappear, and each
        posting says what it pays where the employer tells us.
      </p>
      <p>
        Alongside the jobs we publish an <Link to="/glossary">AI Glossary</Link> that explains the field in plain English, and{" "}
        <Link to="/salaries">salary figures</Link> drawn from the ranges employers post.
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
        <strong>What we collect.</strong> If you create a job alert we keep your email address, the search you saved and how often you want
        emails. Nothing else identifies you.
      </p>
      <p>
        <strong>Why.</strong> To send the alerts you asked for, and to tell employers how their postings perform in aggregate.
      </p>
      <p>
        <strong>Your choices.</strong> Every alert email has a one-click unsubscribe link. Write to{" "}
        <a href="mailto:privacy@hiredinai.example">privacy@hiredinai.example</a> to see or delete what we hold about you.
      </p>
      <p>We don't sell personal data, and we don't use third-party advertising trackers.</p>
    </StaticPage>
  );
}

export function TermsRoute() {
  return (
    <StaticPage title="Terms of Service" description="The terms for using HiredinAI.">
      <p>
        HiredinAI lists jobs posted by employers. We review postings but cannot guarantee every detail; apply on the employer's own site and
        check the terms of any offer.
      </p>
      <p>You may browse, search and share listings freely. Automated scraping beyond our partner API is not allowed.</p>
      <p>Employers are responsible for the accuracy and lawfulness of their postings. We may remove any posting that breaks these terms.</p>
      <p>
        Questions? <Link to="/contact">Contact us</Link>.
      </p>
    </StaticPage>
  );
}

export function GuidelinesRoute() {
  return (
    <StaticPage title="Posting guidelines" description="What a job posting on HiredinAI must say, and what we remove.">
      <p>
        Every posting is a real, open role at the company that posts it, and says where the work happens: remote, hybrid or on-site, and in
        which cities.
      </p>
      <p>
        We ask for a salary range on every posting. Ranges must be honest: the pay a qualified hire can expect, in the currency it is paid
        in.
      </p>
      <p>
        We remove postings that discriminate, ask applicants for money, collect personal data for anything but the application, or advertise
        something other than a job.
      </p>
      <p>
        Seen a posting that breaks these rules? <Link to="/contact">Tell us</Link>.
      </p>
    </StaticPage>
  );
}

export function DmcaRoute() {
  return (
    <StaticPage title="DMCA and copyright" description="How to report content on HiredinAI that infringes your copyright.">
      <p>
        If you believe content on HiredinAI infringes your copyright, send a notice to{" "}
        <a href="mailto:copyright@hiredinai.example">copyright@hiredinai.example</a> with:
      </p>
      <ul>
        <li>the work you own and the address of the page where it appears;</li>
        <li>your name, postal address, telephone number and email address;</li>
        <li>a statement that you believe in good faith the use is not authorised, and that your notice is accurate;</li>
        <li>your physical or electronic signature.</li>
      </ul>
      <p>We remove infringing content promptly and tell whoever posted it, who may send a counter-notice.</p>
    </StaticPage>
  );
}

export function CookiesRoute() {
  return (
    <StaticPage title="Cookies" description="The cookies HiredinAI uses.">
      <p>
        HiredinAI sets no advertising or tracking cookies. The site works without cookies: your searches live in the page address, so you
        can bookmark and share them.
      </p>
      <p>
        See the <Link to="/privacy">Privacy Policy</Link> for what we keep when you create a job alert.
      </p>
    </StaticPage>
  );
}
