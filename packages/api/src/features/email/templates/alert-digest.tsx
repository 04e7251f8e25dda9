import type { ReactElement, ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Link, Preview, Section, Text } from "./components";
import { AlertFooter, alertFooterText, type AlertFrequency } from "./alert-footer";
import { Layout, plainText, Rule, styles } from "./layout";
import { compileTemplate, oneLine, type RenderedEmail } from "./render";

export interface DigestJob {
  title: string;
  company: string;
  location: string | null;
  salary: string | null;
  /** The job's page on the site. */
  url: string;
}

export interface AlertDigestProps {
  /** The search in words, e.g. `"LLM" · Remote · Senior`. */
  summary: string;
  frequency: AlertFrequency;
  /** Newest first, as many as one email shows. */
  jobs: DigestJob[];
  /** Every new match; more than `jobs.length` adds a "See all" link. */
  totalCount: number;
  seeAllUrl: string;
  manageUrl: string;
  unsubscribeUrl: string;
  createLikeThisUrl: string;
}

const CADENCE: Record<AlertFrequency, string> = { INSTANT: "as new jobs match", DAILY: "daily", WEEKLY: "weekly" };
const reason = (f: AlertFrequency) => `You get this email ${CADENCE[f]} because you set up a job alert on HiredinAI.`;
const count = (n: number) => n.toLocaleString("en-US");

/** `3 new AI jobs for "LLM" · Remote`: the subject, and the email's heading. */
const headline = (p: AlertDigestProps) => `${count(p.totalCount)} new AI job${p.totalCount === 1 ? "" : "s"} for ${oneLine(p.summary)}`;

/** Company, location and salary, those that are known. */
const details = (job: DigestJob) =>
  [job.company, job.location, job.salary]
    .filter((part): part is string => !!part)
    .map(oneLine)
    .join(" · ");

const more = (p: AlertDigestProps) => p.totalCount > p.jobs.length;

/** A digest as display-ready strings: what both the React tree and the compiled template show. */
function digestView(p: AlertDigestProps) {
  return {
    preview: p.jobs.map((job) => oneLine(job.title)).join(" · "),
    headline: headline(p),
    rows: p.jobs.map((job) => ({ title: job.title, url: job.url, details: details(job) })),
    seeAllUrl: p.seeAllUrl,
    seeAllLabel: `See all ${count(p.totalCount)} jobs`,
    createLikeThisUrl: p.createLikeThisUrl,
    reason: reason(p.frequency),
    manageUrl: p.manageUrl,
    unsubscribeUrl: p.unsubscribeUrl,
  };
}
type DigestView = ReturnType<typeof digestView>;
type RowView = DigestView["rows"][number];

function DigestRow({ first, title, url, details }: RowView & { first: boolean }) {
  return (
    <Section>
      {!first && <Rule />}
      <Text style={{ ...styles.paragraph, margin: "0 0 4px" }}>
        <Link href={url} style={{ ...styles.link, ...styles.strong, textDecoration: "none" }}>
          {title}
        </Link>
      </Text>
      <Text style={{ ...styles.small, margin: 0 }}>{details}</Text>
    </Section>
  );
}

function DigestBody({
  preview,
  rows,
  seeAll,
  ...v
}: Omit<DigestView, "preview" | "rows"> & { preview: ReactElement; rows: ReactNode; seeAll: boolean }) {
  return (
    <Layout preview={preview} footer={<AlertFooter reason={v.reason} manageUrl={v.manageUrl} unsubscribeUrl={v.unsubscribeUrl} />}>
      <Text style={styles.heading}>{v.headline}</Text>
      {rows}
      <Rule />
      {seeAll && (
        <Text style={styles.paragraph}>
          <Link href={v.seeAllUrl} style={{ ...styles.link, ...styles.strong }}>
            {v.seeAllLabel}
          </Link>
        </Text>
      )}
      <Text style={styles.small}>
        <Link href={v.createLikeThisUrl} style={styles.link}>
          Create an alert like this
        </Link>
      </Text>
    </Layout>
  );
}

/** The digest as a React tree (the template; `alertDigestEmail` fills its compiled form). */
export function AlertDigest(p: AlertDigestProps) {
  const { rows, preview, ...v } = digestView(p);
  return (
    <DigestBody
      {...v}
      preview={<Preview>{preview}</Preview>}
      seeAll={more(p)}
      rows={rows.map((row, i) => (
        <DigestRow key={i} first={i === 0} {...row} />
      ))}
    />
  );
}

const ROW_SLOTS = ["title", "url", "details"] as const;
const BODY_SLOTS = [
  "preview",
  "rows",
  "headline",
  "seeAllUrl",
  "seeAllLabel",
  "createLikeThisUrl",
  "reason",
  "manageUrl",
  "unsubscribeUrl",
] as const;

/** The digest compiled once per process (a run renders thousands): rows, and the body with and without "See all". */
let compiled:
  | {
      row: Record<"first" | "rest", (v: RowView) => string>;
      body: Record<"seeAll" | "plain", (v: Record<(typeof BODY_SLOTS)[number], string>) => string>;
    }
  | undefined;
function templates() {
  const row = (first: boolean) => compileTemplate(ROW_SLOTS, (s) => <DigestRow first={first} {...s} />);
  const body = (seeAll: boolean) =>
    compileTemplate(BODY_SLOTS, (s) => <DigestBody {...s} preview={<>{s.preview}</>} rows={s.rows} seeAll={seeAll} />, {
      raw: ["preview", "rows"],
      document: true,
    });
  compiled ??= { row: { first: row(true), rest: row(false) }, body: { seeAll: body(true), plain: body(false) } };
  return compiled;
}

/** The digest's HTML: the same markup as rendering `AlertDigest`, by filling its compiled form. */
export function alertDigestHtml(p: AlertDigestProps): string {
  const t = templates();
  const { rows, preview, ...v } = digestView(p);
  return t.body[more(p) ? "seeAll" : "plain"]({
    ...v,
    preview: renderToStaticMarkup(<Preview>{preview}</Preview>),
    rows: rows.map((row, i) => t.row[i === 0 ? "first" : "rest"](row)).join(""),
  });
}

export function alertDigestText(p: AlertDigestProps): string {
  return plainText(
    [
      headline(p),
      ...p.jobs.flatMap((job) => ["", oneLine(job.title), details(job), job.url]),
      ...(more(p) ? ["", `See all ${count(p.totalCount)} jobs:`, p.seeAllUrl] : []),
      "",
      "Create an alert like this:",
      p.createLikeThisUrl,
    ],
    alertFooterText(reason(p.frequency), p.manageUrl, p.unsubscribeUrl),
  );
}

export function alertDigestEmail(p: AlertDigestProps): RenderedEmail {
  return { subject: headline(p), html: alertDigestHtml(p), text: alertDigestText(p) };
}
