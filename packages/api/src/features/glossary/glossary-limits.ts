/** How long each part of a glossary term may be, as admins write it (the seed's longest body is under 2,000 characters). */
export const GLOSSARY_LIMITS = {
  term: 100,
  slug: 100,
  aliases: 20,
  alias: 100,
  shortDefinition: 500,
  body: 20_000,
  section: 10_000,
  question: 300,
  answer: 2_000,
} as const;
