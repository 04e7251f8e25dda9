/**
 * schema.org structured data for the pages search engines read (app/page-heads.ts puts it in the page's
 * head). Plain inputs, so it is checked against the data in tests without a database.
 */

/** What a JobPosting says about a job. */
export interface JobPostingInput {
  slug: string;
  url: string;
  title: string;
  descriptionHtml: string;
  employmentType: string;
  remote: string;
  /** Set on every published job. */
  postedAt: Date | null;
  validThrough: Date | null;
  salary: { min: number | null; max: number | null; currency: string; period: string } | null;
  company: { name: string; website: string | null; logoUrl: string | null; url: string };
  locations: { slug: string; city: string; region: string | null; country: string | null }[];
}

/** Our employment types as Google's JobPosting names them. */
const EMPLOYMENT_TYPES: Record<string, string> = {
  FULL_TIME: "FULL_TIME",
  PART_TIME: "PART_TIME",
  CONTRACT: "CONTRACTOR",
  INTERNSHIP: "INTERN",
  TEMPORARY: "TEMPORARY",
};

/**
 * A job page's JobPosting, with Google's required properties (title, description, datePosted,
 * hiringOrganization, jobLocation, or applicantLocationRequirements with TELECOMMUTE for a remote job)
 * and its recommended ones (validThrough, employmentType, baseSalary with unitText, identifier,
 * directApply: false, since Apply leads to the employer's own page). The "Remote" pseudo-city is not a place.
 */
export function jobPosting(job: JobPostingInput): Record<string, unknown> {
  const places = job.locations.filter((l) => l.slug !== "remote");
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: job.title,
    description: job.descriptionHtml,
    url: job.url,
    identifier: { "@type": "PropertyValue", name: job.company.name, value: job.slug },
    ...(job.postedAt ? { datePosted: job.postedAt.toISOString() } : {}),
    ...(job.validThrough ? { validThrough: job.validThrough.toISOString() } : {}),
    employmentType: EMPLOYMENT_TYPES[job.employmentType] ?? job.employmentType,
    directApply: false,
    hiringOrganization: {
      "@type": "Organization",
      name: job.company.name,
      sameAs: job.company.website ?? job.company.url,
      ...(job.company.logoUrl ? { logo: job.company.logoUrl } : {}),
    },
  };
  if (places.length) {
    data.jobLocation = places.map((l) => ({
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        addressLocality: l.city,
        ...(l.region ? { addressRegion: l.region } : {}),
        ...(l.country ? { addressCountry: l.country } : {}),
      },
    }));
  }
  if (job.remote === "REMOTE") {
    data.jobLocationType = "TELECOMMUTE";
    data.applicantLocationRequirements = { "@type": "Country", name: "Anywhere" };
  }
  if (job.salary && (job.salary.min != null || job.salary.max != null)) {
    data.baseSalary = {
      "@type": "MonetaryAmount",
      currency: job.salary.currency,
      value: {
        "@type": "QuantitativeValue",
        ...(job.salary.min != null ? { minValue: job.salary.min } : {}),
        ...(job.salary.max != null ? { maxValue: job.salary.max } : {}),
        unitText: job.salary.period,
      },
    };
  }
  return data;
}

/** What a glossary term's structured data says. */
export interface DefinedTermInput {
  term: string;
  shortDefinition: string;
  url: string;
  glossaryUrl: string;
  faqs: { question: string; answer: string }[];
}

/** A glossary term's DefinedTerm, and an FAQPage when it has questions. */
export function definedTerm(term: DefinedTermInput): Record<string, unknown>[] {
  const defined = {
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    name: term.term,
    description: term.shortDefinition,
    url: term.url,
    inDefinedTermSet: { "@type": "DefinedTermSet", name: "HiredinAI AI Glossary", url: term.glossaryUrl },
  };
  if (!term.faqs.length) return [defined];
  return [
    defined,
    {
      "@context": "https://schema.org",
      "@type": "FAQPage",
      mainEntity: term.faqs.map((f) => ({ "@type": "Question", name: f.question, acceptedAnswer: { "@type": "Answer", text: f.answer } })),
    },
  ];
}

/** What an Article's structured data says. */
export interface ArticleInput {
  url: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  updatedAt: Date;
  image: string | null;
  author: { name: string; url: string };
  siteUrl: string;
}

/** An article page's schema.org Article: headline, dates, author and publisher. */
export function articleData(article: ArticleInput): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: article.title,
    description: article.summary,
    url: article.url,
    mainEntityOfPage: article.url,
    ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
    dateModified: article.updatedAt.toISOString(),
    ...(article.image ? { image: article.image } : {}),
    author: { "@type": "Person", name: article.author.name, url: article.author.url },
    publisher: { "@type": "Organization", name: "HiredinAI", url: article.siteUrl },
  };
}
