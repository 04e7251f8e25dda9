// What the glossary feature offers other features.
export { GlossaryTerm } from "./glossary-term.entity";
export { MAX_MENTIONED_TERMS } from "./glossary.service";
