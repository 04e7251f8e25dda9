import type { ReactNode } from "react";
import { Link } from "react-router";
import { ContactForm } from "../features/contact";
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
        HiredinAI is a jobs board for people who want to work on artificial intelligence: machine learning and research engineers, data
        scientists, MLOps and platform engineers, and the product managers, designers, marketers and sellers who bring AI products to
        market.
      </p>
      <h2>What we do differently</h2>
      <ul>
        <li>
          <strong>Every listing is current.</strong> A posting has an end date; when it passes, or the employer fills the role, the job
          leaves search and the sitemap the same hour.
        </li>
        <li>
          <strong>Pay is stated where the employer states it.</strong> We ask every employer for a salary range and show it in the
          listing&apos;s own currency. Our <Link to="/salaries">salary figures</Link> are drawn from those ranges, never from surveys.
        </li>
        <li>
          <strong>Postings are reviewed.</strong> An employer&apos;s first posting is read by a person before it goes live, against our{" "}
          <Link to="/guidelines">posting guidelines</Link>.
        </li>
        <li>
          <strong>The field, explained.</strong> The <Link to="/glossary">AI Glossary</Link> explains the terms job descriptions use, and
          every description links the terms it mentions.
        </li>
      </ul>
      <h2>Who pays for it</h2>
      <p>
        Job seekers never pay. Employers pay to post and to feature a posting (see <Link to="/pricing">pricing</Link>); partner sites show
        our listings through the API under a key with an hourly budget. We don&apos;t sell data about the people who use the site.
      </p>
      <p>
        Questions, or a listing that looks wrong? <Link to="/contact">Write to us</Link>.
      </p>
    </StaticPage>
  );
}

export function ContactRoute() {
  return (
    <StaticPage title="Contact" description="Write to the HiredinAI team: questions, employers, reports about a listing, and your data.">
      <p>
        Whether you are looking for work, hiring, or spotted something wrong on a listing, write to us here. We answer by email within two
        working days.
      </p>
      <ContactForm />
      <h2>Other ways to reach us</h2>
      <ul>
        <li>
          General questions: <a href="mailto:hello@hiredin.ai">hello@hiredin.ai</a>
        </li>
        <li>
          Invoices and payments: <a href="mailto:billing@hiredin.ai">billing@hiredin.ai</a>
        </li>
        <li>
          Copyright notices: see <Link to="/dmca">DMCA and copyright</Link>.
        </li>
      </ul>
    </StaticPage>
  );
}

export function PrivacyRoute() {
  return (
    <StaticPage title="Privacy Policy" description="What HiredinAI keeps about you, why, for how long, and how to have it deleted.">
      <p>
        You can search and read every job on HiredinAI without an account, and we keep nothing about you when you do. This page says what we
        keep when you do more, why, and for how long.
      </p>
      <h2>What we keep</h2>
      <ul>
        <li>
          <strong>Your account</strong>, if you create one: your email address, whether you have confirmed it, your role (job seeker or
          employer) and a one-way hash of your password (never the password itself). Each signed-in browser has a session, which ends after
          14 days unused and 60 days at most; we keep the session&apos;s browser and address to show you where you are signed in.
        </li>
        <li>
          <strong>Job alerts</strong>: the address they go to, the search you saved and how often you want it. If an address bounces
          repeatedly, we pause its alerts.
        </li>
        <li>
          <strong>Emailed links</strong> (to confirm an address or reset a password) are kept as hashes; each works once, a password reset
          link for an hour and the others for two days at most.
        </li>
        <li>
          <strong>Employers</strong>: the company you act for, your postings, orders and invoices. Invoices are kept for as long as tax law
          requires (six years in the UK).
        </li>
        <li>
          <strong>Views and apply clicks</strong> are counted per job and per day, as totals for the employer. We keep no record of who
          viewed or clicked: a cookie in your browser remembers until midnight (UTC) which jobs were already counted today.
        </li>
        <li>
          <strong>Abuse limits</strong> count requests per network address for an hour at most, and store the address only as a hash.
        </li>
        <li>
          <strong>Messages</strong> you send with the <Link to="/contact">contact form</Link> reach our team&apos;s inbox.
        </li>
      </ul>
      <h2>What we don&apos;t do</h2>
      <p>
        We don&apos;t sell or rent personal data, we don&apos;t run advertising or third-party trackers, and employers never see who viewed
        their jobs. Applications happen on the employer&apos;s own site, under their privacy policy.
      </p>
      <h2>Your choices</h2>
      <ul>
        <li>Every alert email has a one-click unsubscribe link, and you can pause or delete alerts from your account.</li>
        <li>You can change your email address and password, and sign out other browsers, from your account page.</li>
        <li>
          To get a copy of what we hold about you, or to have your account and alerts deleted, use the{" "}
          <Link to="/contact">contact form</Link> with the topic &ldquo;My data&rdquo;. We answer within 30 days, and usually within two
          working days.
        </li>
      </ul>
    </StaticPage>
  );
}

export function TermsRoute() {
  return (
    <StaticPage title="Terms of Service" description="The terms for using HiredinAI as a job seeker, an employer or a partner.">
      <h2>For everyone</h2>
      <p>
        You may browse, search and share listings freely, and link to any page. Collecting listings automatically is allowed through the
        partner API under its key and budget, not by scraping the pages.
      </p>
      <p>
        We review postings but can&apos;t guarantee every detail of every job. Apply on the employer&apos;s site, and check the terms of any
        offer before you accept it. No legitimate employer asks you to pay to apply.
      </p>
      <h2>For employers</h2>
      <p>
        You are responsible for your postings: that the role is real and open, that you may hire for it, and that what you say about it, pay
        included, is true. Postings must follow the <Link to="/guidelines">posting guidelines</Link>; we may reject or remove one that
        doesn&apos;t, and refund the unused part of its price. Plans and prices are on the <Link to="/pricing">pricing page</Link>; an
        invoice is due within the days it states.
      </p>
      <h2>For partners</h2>
      <p>
        An API key is for the site it was issued to. Show each job with a link to its page on HiredinAI, keep the hourly budget, and
        don&apos;t present listings as your own.
      </p>
      <h2>Changes</h2>
      <p>
        If these terms change in a way that matters, we say so on this page and, for account holders, by email, two weeks before the change
        applies. Questions? <Link to="/contact">Contact us</Link>.
      </p>
    </StaticPage>
  );
}

export function GuidelinesRoute() {
  return (
    <StaticPage title="Posting guidelines" description="What a job posting on HiredinAI must say, and what we remove.">
      <h2>Every posting</h2>
      <ul>
        <li>
          is one real, open role at the company that posts it (agencies post under the client&apos;s name, with the client&apos;s consent);
        </li>
        <li>says where the work happens: remote, hybrid or on-site, and in which cities or countries;</li>
        <li>states a salary range a qualified hire can expect, in the currency it is paid in, and per what period;</li>
        <li>links to where candidates apply, on the employer&apos;s own site or applicant tracking system;</li>
        <li>is taken down, or marked closed, when the role is filled.</li>
      </ul>
      <h2>What we remove</h2>
      <ul>
        <li>postings that discriminate on grounds the law protects, or that ask for a photo, age or marital status;</li>
        <li>anything that asks applicants for money, or for personal data beyond what an application needs;</li>
        <li>unpaid work presented as a job, and &ldquo;internships&rdquo; that are full-time jobs without pay;</li>
        <li>advertising for courses, products or services, and postings copied from another company.</li>
      </ul>
      <p>
        Seen a posting that breaks these rules? <Link to="/contact">Report it</Link>, with its address; we look at every report within a
        working day.
      </p>
    </StaticPage>
  );
}

export function DmcaRoute() {
  return (
    <StaticPage
      title="DMCA and copyright"
      description="How to report content on HiredinAI that infringes your copyright, and how to answer a report."
    >
      <p>
        If you believe content on HiredinAI infringes your copyright, send a notice to{" "}
        <a href="mailto:copyright@hiredin.ai">copyright@hiredin.ai</a> with:
      </p>
      <ul>
        <li>the work you own, and the address of each page where it appears;</li>
        <li>your name, postal address, telephone number and email address;</li>
        <li>a statement that you believe in good faith the use is not authorised by you, your agent or the law;</li>
        <li>a statement, under penalty of perjury, that your notice is accurate and that you own the right or act for its owner;</li>
        <li>your physical or electronic signature.</li>
      </ul>
      <p>
        We remove or disable the content promptly and tell whoever posted it. They may send a counter-notice to the same address, saying why
        the content was removed by mistake; we then tell you, and restore it after 10 working days unless you tell us you have gone to
        court. We close the accounts of people who infringe repeatedly.
      </p>
    </StaticPage>
  );
}

export function CookiesRoute() {
  return (
    <StaticPage title="Cookies" description="The cookies HiredinAI sets, what each is for, and how long it lasts.">
      <p>
        HiredinAI sets no advertising, analytics or tracking cookies, and none from other sites. Searching needs no cookie at all: a search
        lives in the page&apos;s address, so you can bookmark and share it. These are the only cookies we set:
      </p>
      <ul>
        <li>
          <strong>hiredinai_session</strong>: keeps you signed in. Set when you sign in, removed when you sign out; it ends after 14 days
          unused and 60 days at most. Only our site can read it.
        </li>
        <li>
          <strong>hai_viewed</strong> and <strong>hai_applied</strong>: the jobs this browser has already been counted for today, so a
          reload doesn&apos;t count a view or an apply click twice. They hold job numbers only, and expire at midnight (UTC).
        </li>
      </ul>
      <p>
        All are needed for what you asked the site to do, so there is nothing to consent to. Blocking them still lets you search and read
        every job. See the <Link to="/privacy">Privacy Policy</Link> for what else we keep.
      </p>
    </StaticPage>
  );
}
