import { EmploymentType, JobStatus, RemotePolicy, SalaryPeriod, Seniority } from "../../features/jobs/job.enums";
import { annualUsd, fromUsd } from "../../shared/money/money";
import { type CategoryTemplate, categoryTemplates, mentionForm } from "./data/job-templates";
import { glossaryTerms } from "./data/glossary";
import { REMOTE_LOCATION_SLUG } from "./data/locations";
import type { Random } from "./random";

/** What the job generator needs to know about a company. */
export interface CompanyContext {
  slug: string;
  name: string;
  description: string;
  website: string;
  /** A location slug, or "remote" for fully remote companies. */
  hqLocationSlug: string;
  focus: readonly string[];
}

/** A generated job, ready to insert (ids are resolved from the slugs by the caller). */
export interface GeneratedJob {
  slug: string;
  title: string;
  description: string;
  companySlug: string;
  categorySlug: string;
  seniority: Seniority;
  employmentType: EmploymentType;
  remote: RemotePolicy;
  locationSlugs: string[];
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: SalaryPeriod | null;
  salaryMinUsd: number | null;
  salaryMaxUsd: number | null;
  tags: string[];
  applyUrl: string;
  status: JobStatus;
  postedAt: Date | null;
  validThrough: Date | null;
  /** Until when the job is featured (a paid placement), or null. */
  featuredUntil: Date | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
/** Published jobs are posted within this many days before the reference date. */
export const POSTED_WITHIN_DAYS = 45;
export const VALID_FOR_DAYS = 60;

/** City slugs (not Remote) and how often jobs are posted there. */
export const CITY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ["san-francisco", 18],
  ["new-york", 14],
  ["london", 10],
  ["seattle", 8],
  ["toronto", 6],
  ["boston", 6],
  ["austin", 5],
  ["berlin", 5],
  ["bangalore", 5],
  ["paris", 4],
  ["singapore", 4],
  ["zurich", 3],
  ["tel-aviv", 3],
  ["montreal", 3],
];

/** Pay level relative to San Francisco, in US dollars. */
const CITY_PAY: Readonly<Record<string, number>> = {
  "san-francisco": 1,
  "new-york": 0.97,
  seattle: 0.93,
  boston: 0.9,
  austin: 0.84,
  toronto: 0.62,
  montreal: 0.56,
  london: 0.62,
  berlin: 0.52,
  paris: 0.5,
  zurich: 0.85,
  bangalore: 0.2,
  singapore: 0.6,
  "tel-aviv": 0.6,
};

const CITY_CURRENCY: Readonly<Record<string, string>> = {
  "san-francisco": "USD",
  "new-york": "USD",
  seattle: "USD",
  boston: "USD",
  austin: "USD",
  toronto: "CAD",
  montreal: "CAD",
  london: "GBP",
  berlin: "EUR",
  paris: "EUR",
  zurich: "CHF",
  bangalore: "INR",
  singapore: "SGD",
  "tel-aviv": "USD",
};

const CITY_NAMES: Readonly<Record<string, string>> = {
  "san-francisco": "San Francisco",
  "new-york": "New York",
  seattle: "Seattle",
  boston: "Boston",
  austin: "Austin",
  toronto: "Toronto",
  montreal: "Montreal",
  london: "London",
  berlin: "Berlin",
  paris: "Paris",
  zurich: "Zurich",
  bangalore: "Bangalore",
  singapore: "Singapore",
  "tel-aviv": "Tel Aviv",
};

/** Midpoint-ish yearly base pay in USD for a machine learning role in San Francisco. */
const BASE_PAY: Readonly<Record<Seniority, number>> = {
  [Seniority.INTERN]: 100_000,
  [Seniority.ENTRY]: 140_000,
  [Seniority.MID]: 180_000,
  [Seniority.SENIOR]: 225_000,
  [Seniority.LEAD]: 265_000,
  [Seniority.PRINCIPAL]: 310_000,
  [Seniority.EXECUTIVE]: 330_000,
};

export const SENIORITY_WEIGHTS: ReadonlyArray<readonly [Seniority, number]> = [
  [Seniority.INTERN, 5],
  [Seniority.ENTRY, 20],
  [Seniority.MID, 30],
  [Seniority.SENIOR, 26],
  [Seniority.LEAD, 10],
  [Seniority.PRINCIPAL, 6],
  [Seniority.EXECUTIVE, 3],
];

const CURRENCY_SYMBOL: Readonly<Record<string, string>> = {
  USD: "$",
  EUR: "€",
  GBP: "£",
  CAD: "CA$",
  INR: "₹",
  SGD: "S$",
  CHF: "CHF ",
  ILS: "₪",
  AUD: "A$",
  JPY: "¥",
  SEK: "SEK ",
  PLN: "PLN ",
};

const PERIOD_WORD: Readonly<Record<SalaryPeriod, string>> = {
  [SalaryPeriod.YEAR]: "per year",
  [SalaryPeriod.MONTH]: "per month",
  [SalaryPeriod.HOUR]: "per hour",
};

const BENEFITS: readonly string[] = [
  "We offer comprehensive health cover, a generous learning budget and flexible working hours.",
  "Benefits include meaningful equity, private health insurance, parental leave and a home-office stipend.",
  "You will get a yearly learning budget, conference travel, 25+ days of paid time off and a modern laptop of your choice.",
  "We cover health, dental and vision insurance, offer a retirement plan and give every employee compute credits for side projects.",
  "Perks include equity, relocation support, wellness allowance and two company offsites a year.",
];

const TEAM_SENTENCES: readonly string[] = [
  "You will join a small, senior team that values ownership, clear writing and fast feedback.",
  "The team ships weekly and works closely with customers, so your work will be in front of users quickly.",
  "You will work alongside engineers, researchers and designers who care about craft and about doing AI responsibly.",
  "We are a collaborative team that prefers simple solutions, measured results and honest feedback.",
  "This is a high-impact role with plenty of room to shape how the team works as we grow.",
];

const TECH_MENTIONS: readonly string[] = [
  "Hands-on experience with {terms}",
  "Solid understanding of {terms}",
  "Practical experience applying {terms} in production systems",
  "Familiarity with {terms} and the trade-offs involved",
];

const BUSINESS_MENTIONS: readonly string[] = [
  "Comfortable explaining {terms} to customers and colleagues",
  "Working knowledge of {terms} from a customer's point of view",
  "An informed point of view on {terms}, separating real value from hype",
];

const EXPERIENCE_LINE: Readonly<Record<"technical" | "business", Readonly<Record<Seniority, string>>>> = {
  technical: {
    [Seniority.INTERN]: "Currently enrolled in a Bachelor's, Master's or PhD programme in computer science, statistics or a related field",
    [Seniority.ENTRY]: "0–2 years of experience, including internships, research projects or substantial open-source work",
    [Seniority.MID]: "3+ years of professional experience in a similar role",
    [Seniority.SENIOR]: "5+ years of experience, with a track record of shipping systems to production and owning them",
    [Seniority.LEAD]: "8+ years of experience, including setting technical direction for a team",
    [Seniority.PRINCIPAL]: "10+ years of experience, including shaping technical strategy across several teams",
    [Seniority.EXECUTIVE]: "12+ years of experience, including several years building and leading teams of 20 or more people",
  },
  business: {
    [Seniority.INTERN]: "Currently studying towards a degree in business, design, communications, computer science or a related field",
    [Seniority.ENTRY]: "0–2 years of experience; internships and side projects count",
    [Seniority.MID]: "3+ years of relevant experience in a similar role",
    [Seniority.SENIOR]: "5+ years of relevant experience, ideally at a B2B technology company",
    [Seniority.LEAD]: "8+ years of experience, including leading projects or mentoring others",
    [Seniority.PRINCIPAL]: "10+ years of experience and a reputation for raising the bar across teams",
    [Seniority.EXECUTIVE]: "12+ years of experience, including building and leading a high-performing team",
  },
};

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\+\+/g, "pp")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function formatAmount(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

function firstSentence(text: string): string {
  const match = /^.*?[.!?](\s|$)/.exec(text);
  return (match ? match[0] : text).trim();
}

/** Every glossary name and alias, longest first, matched case-insensitively on word boundaries. */
const GLOSSARY_NAMES = new Map<string, string>();
for (const term of glossaryTerms) {
  for (const name of [term.term, ...term.aliases]) GLOSSARY_NAMES.set(name.toLowerCase(), term.term);
}
const GLOSSARY_PATTERN = new RegExp(
  `(?<![\\w-])(${[...GLOSSARY_NAMES.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})(?![\\w-])`,
  "gi",
);

/** The glossary terms (by name) that a piece of text already mentions. */
export function glossaryTermsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(GLOSSARY_PATTERN)) {
    const term = GLOSSARY_NAMES.get(match[1].toLowerCase());
    if (term) found.add(term);
  }
  return found;
}

function templateFor(categorySlug: string): CategoryTemplate {
  const template = categoryTemplates[categorySlug];
  if (!template) throw new Error(`No job template for category "${categorySlug}"`);
  return template;
}

function makeTitle(rng: Random, template: CategoryTemplate, seniority: Seniority): string {
  if (seniority === Seniority.EXECUTIVE) return rng.pick(template.executiveTitles);
  const candidates = template.roles.filter((r) => r.levels.includes(seniority));
  const roleName = rng.pick(candidates.length > 0 ? candidates : template.roles).name;
  let base = roleName;
  switch (seniority) {
    case Seniority.INTERN:
      base = /\bIntern$/.test(roleName) ? roleName : roleName.includes(",") ? roleName.replace(",", " Intern,") : `${roleName} Intern`;
      break;
    case Seniority.ENTRY:
      base = /^(Associate|Junior)\b/.test(roleName) ? roleName : `${rng.pick(["Junior", "Associate", "Junior"])} ${roleName}`;
      break;
    case Seniority.SENIOR:
      base = `Senior ${roleName}`;
      break;
    case Seniority.LEAD:
      base = `${rng.pick(["Staff", "Lead"])} ${roleName}`;
      break;
    case Seniority.PRINCIPAL:
      base = `Principal ${roleName}`;
      break;
    default:
      break;
  }
  // Role names that already carry a qualifier ("Software Engineer, Machine Learning") get no specialty.
  if (roleName.includes(",") || roleName.endsWith("Intern") || rng.chance(0.12)) return base;
  return `${base}, ${rng.pick(template.specialties)}`;
}

function pickEmploymentType(rng: Random, seniority: Seniority): EmploymentType {
  if (seniority === Seniority.INTERN) return EmploymentType.INTERNSHIP;
  if (seniority === Seniority.EXECUTIVE) return EmploymentType.FULL_TIME;
  return rng.weighted<EmploymentType>([
    [EmploymentType.FULL_TIME, 84],
    [EmploymentType.CONTRACT, 10],
    [EmploymentType.PART_TIME, 4],
    [EmploymentType.TEMPORARY, 2],
  ]);
}

function pickPeriod(rng: Random, employmentType: EmploymentType): SalaryPeriod {
  switch (employmentType) {
    case EmploymentType.FULL_TIME:
      return SalaryPeriod.YEAR;
    case EmploymentType.CONTRACT:
      return rng.chance(0.55) ? SalaryPeriod.MONTH : SalaryPeriod.HOUR;
    case EmploymentType.PART_TIME:
      return SalaryPeriod.HOUR;
    case EmploymentType.TEMPORARY:
      return SalaryPeriod.MONTH;
    case EmploymentType.INTERNSHIP:
      return rng.chance(0.5) ? SalaryPeriod.HOUR : SalaryPeriod.MONTH;
  }
}

function pickCity(rng: Random): string {
  return rng.weighted(CITY_WEIGHTS);
}

interface Placement {
  remote: RemotePolicy;
  locationSlugs: string[];
  /** The city whose pay and currency apply, or null for remote-only jobs. */
  payCity: string | null;
}

function place(rng: Random, company: CompanyContext): Placement {
  const companyIsRemote = company.hqLocationSlug === REMOTE_LOCATION_SLUG || !(company.hqLocationSlug in CITY_PAY);
  const remote = companyIsRemote
    ? RemotePolicy.REMOTE
    : rng.weighted<RemotePolicy>([
        [RemotePolicy.REMOTE, 29],
        [RemotePolicy.HYBRID, 40],
        [RemotePolicy.ONSITE, 31],
      ]);
  if (remote === RemotePolicy.REMOTE) {
    // Remote jobs list Remote, sometimes with a city where the team (and the payroll) is.
    if (rng.chance(0.3)) {
      const city = !companyIsRemote && rng.chance(0.6) ? company.hqLocationSlug : pickCity(rng);
      return { remote, locationSlugs: [REMOTE_LOCATION_SLUG, city], payCity: city };
    }
    return { remote, locationSlugs: [REMOTE_LOCATION_SLUG], payCity: null };
  }
  const primary = rng.chance(0.5) ? company.hqLocationSlug : pickCity(rng);
  const slugs = [primary];
  const extra = rng.weighted<number>([
    [0, 65],
    [1, 25],
    [2, 10],
  ]);
  for (let attempt = 0; slugs.length < 1 + extra && attempt < 10; attempt++) {
    const city = pickCity(rng);
    if (!slugs.includes(city)) slugs.push(city);
  }
  return { remote, locationSlugs: slugs, payCity: primary };
}

interface Salary {
  min: number;
  max: number;
  currency: string;
  period: SalaryPeriod;
  minUsd: number;
  maxUsd: number;
}

function makeSalary(
  rng: Random,
  template: CategoryTemplate,
  seniority: Seniority,
  employmentType: EmploymentType,
  placement: Placement,
): Salary {
  let currency: string;
  let payLevel: number;
  if (placement.payCity) {
    currency = placement.payCity === "tel-aviv" && rng.chance(0.35) ? "ILS" : CITY_CURRENCY[placement.payCity];
    payLevel = CITY_PAY[placement.payCity];
  } else {
    currency = rng.weighted<string>([
      ["USD", 85],
      ["EUR", 8],
      ["GBP", 7],
    ]);
    payLevel = currency === "USD" ? 0.85 : currency === "EUR" ? 0.52 : 0.6;
  }
  const period = pickPeriod(rng, employmentType);
  const contractPremium = employmentType === EmploymentType.CONTRACT ? 1.15 : 1;
  const yearlyMinUsd = BASE_PAY[seniority] * template.payFactor * payLevel * contractPremium * rng.float(0.86, 1.02);
  const yearlyMaxUsd = yearlyMinUsd * rng.float(1.18, 1.45);
  const perPeriod = period === SalaryPeriod.YEAR ? 1 : period === SalaryPeriod.MONTH ? 12 : 2080;
  // Round to figures people actually post: whole thousands a year, hundreds a month, whole units an hour.
  const inr = currency === "INR";
  const step = period === SalaryPeriod.YEAR ? (inr ? 10_000 : 1000) : period === SalaryPeriod.MONTH ? (inr ? 1000 : 100) : inr ? 50 : 1;
  const min = roundTo(fromUsd(yearlyMinUsd / perPeriod, currency), step);
  const max = Math.max(min, roundTo(fromUsd(yearlyMaxUsd / perPeriod, currency), step));
  return { min, max, currency, period, minUsd: annualUsd(min, currency, period), maxUsd: annualUsd(max, currency, period) };
}

function makeTags(rng: Random, template: CategoryTemplate, mentioned: readonly string[]): string[] {
  const count = rng.int(3, 6);
  const tags = rng.sample(template.coreTags, rng.int(1, 2));
  if (mentioned.includes("Retrieval-Augmented Generation") && !tags.includes("rag")) tags.push("rag");
  for (const tag of rng.shuffle(template.tags)) {
    if (tags.length >= count) break;
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags.slice(0, Math.max(count, 3));
}

function salaryParagraph(salary: Salary | null, employmentType: EmploymentType): string {
  if (!salary) {
    return "Compensation is competitive and includes equity; we share the range in the first conversation.";
  }
  const symbol = CURRENCY_SYMBOL[salary.currency] ?? `${salary.currency} `;
  const range = `${symbol}${formatAmount(salary.min)} – ${symbol}${formatAmount(salary.max)} ${PERIOD_WORD[salary.period]}`;
  const kind = employmentType === EmploymentType.CONTRACT ? "The rate for this contract" : "The pay range for this role";
  return `${kind} is **${range}** (${salary.currency}), depending on experience and location.`;
}

function placementParagraph(placement: Placement, company: CompanyContext): string {
  const cities = placement.locationSlugs.filter((s) => s !== REMOTE_LOCATION_SLUG).map((s) => CITY_NAMES[s] ?? s);
  switch (placement.remote) {
    case RemotePolicy.REMOTE:
      return cities.length > 0
        ? `This role is remote-friendly: work from anywhere in a compatible time zone, or from our ${cities[0]} office.`
        : `This role is fully remote; ${company.name} works asynchronously across time zones and meets in person twice a year.`;
    case RemotePolicy.HYBRID:
      return `This is a hybrid role based in ${joinList(cities)}, with three days a week in the office.`;
    case RemotePolicy.ONSITE:
      return `This role is on-site in ${joinList(cities)}.`;
  }
}

export interface JobRequest {
  company: CompanyContext;
  categorySlug: string;
  /** Appended to the slug to make it unique, e.g. "17" or "b1234". */
  slugSuffix: string;
  status: JobStatus;
  /** Dates are computed relative to this; everything else is independent of it. */
  now: Date;
}

/**
 * Generates one job. The content depends only on the random stream and the request (not on
 * `now`, which only shifts the dates), so the same seed gives the same jobs on every run.
 */
export function generateJob(rng: Random, request: JobRequest): GeneratedJob {
  const { company, categorySlug, status, now } = request;
  const template = templateFor(categorySlug);
  const seniority = rng.weighted(SENIORITY_WEIGHTS);
  const title = makeTitle(rng, template, seniority);
  const employmentType = pickEmploymentType(rng, seniority);
  const placement = place(rng, company);
  const salary = rng.chance(0.8) ? makeSalary(rng, template, seniority, employmentType, placement) : null;
  // Mention 1-4 glossary terms by name, counting any the title and company blurb already mention.
  const about = firstSentence(company.description);
  const already = glossaryTermsIn(`${title} ${about}`);
  const wanted = rng.weighted<number>([
    [1, 30],
    [2, 40],
    [3, 20],
    [4, 10],
  ]);
  const fresh = template.glossary.filter((term) => !already.has(term));
  const mentioned = rng.sample(fresh.length > 0 ? fresh : template.glossary, Math.max(1, Math.min(wanted, 4 - already.size)));
  const tags = makeTags(rng, template, mentioned);
  const slug = `${slugify(title)}-${company.slug}-${request.slugSuffix}`;

  // Description (Markdown).
  const responsibilities = rng.sample(template.responsibilities, rng.int(4, 5));
  const requirements = rng.sample(template.requirements, rng.int(3, 4));
  const mentionTemplate = rng.pick(template.track === "technical" ? TECH_MENTIONS : BUSINESS_MENTIONS);
  const mentionLine = mentionTemplate.replace("{terms}", joinList(mentioned.map(mentionForm)));
  requirements.splice(rng.int(0, requirements.length), 0, mentionLine);
  const nice = rng.sample(template.niceToHave, rng.int(1, 2));
  const lines = [
    "## About the role",
    "",
    `${about} We are looking for a **${title}** to ${rng.pick(template.missions)}. ${rng.pick(TEAM_SENTENCES)}`,
    "",
    "## What you will do",
    "",
    ...responsibilities.map((r) => `- ${r}`),
    "",
    "## What we are looking for",
    "",
    `- ${EXPERIENCE_LINE[template.track][seniority]}`,
    ...requirements.map((r) => `- ${r}`),
    "",
    "## Nice to have",
    "",
    ...nice.map((n) => `- ${n}`),
    "",
    "## Compensation and location",
    "",
    `${salaryParagraph(salary, employmentType)} ${rng.pick(BENEFITS)}`,
    "",
    placementParagraph(placement, company),
    "",
    `Learn more about ${company.name} at [${company.website.replace(/^https?:\/\//, "")}](${company.website}).`,
  ];
  const description = lines.join("\n");

  // Dates: drawn from the random stream too, as offsets from `now`.
  let postedAt: Date | null = null;
  let validThrough: Date | null = null;
  const offsetMinutes = rng.int(0, POSTED_WITHIN_DAYS * 24 * 60 - 1);
  if (status === JobStatus.PUBLISHED) {
    postedAt = new Date(now.getTime() - offsetMinutes * MINUTE_MS);
  } else if (status === JobStatus.EXPIRED) {
    postedAt = new Date(now.getTime() - (VALID_FOR_DAYS + 5) * DAY_MS - offsetMinutes * MINUTE_MS);
  } else if (status === JobStatus.CLOSED) {
    postedAt = new Date(now.getTime() - offsetMinutes * MINUTE_MS);
  }
  if (postedAt) validThrough = new Date(postedAt.getTime() + VALID_FOR_DAYS * DAY_MS);

  return {
    slug,
    title,
    description,
    companySlug: company.slug,
    categorySlug,
    seniority,
    employmentType,
    remote: placement.remote,
    locationSlugs: placement.locationSlugs,
    salaryMin: salary?.min ?? null,
    salaryMax: salary?.max ?? null,
    salaryCurrency: salary?.currency ?? null,
    salaryPeriod: salary?.period ?? null,
    salaryMinUsd: salary?.minUsd ?? null,
    salaryMaxUsd: salary?.maxUsd ?? null,
    tags,
    applyUrl: `${company.website}/careers/${slug}`,
    status,
    postedAt,
    validThrough,
    featuredUntil: null,
  };
}

/** Picks a company for a category, favouring companies that focus on it. */
export function pickCompanyFor<T extends CompanyContext>(
  rng: Random,
  companies: readonly T[],
  byFocus: ReadonlyMap<string, readonly T[]>,
  categorySlug: string,
): T {
  const focused = byFocus.get(categorySlug);
  if (focused && focused.length > 0 && rng.chance(0.75)) return rng.pick(focused);
  return rng.pick(companies);
}

export function indexByFocus<T extends CompanyContext>(companies: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const company of companies) {
    for (const slug of company.focus) {
      const list = map.get(slug) ?? [];
      list.push(company);
      map.set(slug, list);
    }
  }
  return map;
}
