export interface GlossaryFaqSeed {
  question: string;
  answer: string;
}

export interface GlossaryTermSeed {
  slug: string;
  term: string;
  /** One or two sentences. */
  shortDefinition: string;
  /** Paragraphs separated by a blank line. */
  body: string;
  howItWorks: string;
  careerRelevance: string;
  /** Other spellings a job description may use, e.g. "LLM". */
  aliases: string[];
  /** A category slug from categories.ts, or null. */
  relatedCategorySlug: string | null;
  faqs: GlossaryFaqSeed[];
  /** Slugs of other terms, in display order. */
  related: string[];
}

/** Joins paragraphs with a blank line, the body format the site renders. */
export function paragraphs(...items: string[]): string {
  return items.join("\n\n");
}
