import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, Extensions, Field, ID, InputType, ObjectType } from "type-graphql";
import { SLUG_SHAPE } from "../../shared/text/slug";
import { GlossaryTerm } from "./glossary-term.entity";
import { GLOSSARY_LIMITS } from "./glossary-limits";
import { MAX_FAQS, MAX_RELATED_TERMS } from "./glossary.service";

const NOT_BLANK = /\S/;
const SLUG_MESSAGE = { message: "Use lower-case letters, digits and single hyphens, e.g. large-language-model." };
const notBlank = (what: string) => ({ message: `${what} can't be empty.` });
const atMost = (n: number) => ({ message: `Use at most ${n.toLocaleString("en")} characters.` });
const atMostEach = (n: number) => ({ each: true, message: `Each one is at most ${n} characters.` });
const atMostItems = (n: number, what: string) => ({ message: `At most ${n} ${what}.` });

@InputType({ description: "A question and its answer, as the term's page shows them." })
export class GlossaryFaqInput {
  @Field()
  @Matches(NOT_BLANK, notBlank("The question"))
  @MaxLength(GLOSSARY_LIMITS.question, atMost(GLOSSARY_LIMITS.question))
  question: string;

  @Field({ description: `At most ${GLOSSARY_LIMITS.answer.toLocaleString("en")} characters.` })
  @Extensions({ maxLength: GLOSSARY_LIMITS.answer })
  @Matches(NOT_BLANK, notBlank("The answer"))
  @MaxLength(GLOSSARY_LIMITS.answer, atMost(GLOSSARY_LIMITS.answer))
  answer: string;
}

@InputType({ description: "A new AI Glossary term." })
export class CreateGlossaryTermInput {
  @Field({
    description: `The term as the glossary shows it, e.g. "Large Language Model"; unique; at most ${GLOSSARY_LIMITS.term} characters.`,
  })
  @Matches(NOT_BLANK, notBlank("The term"))
  @MaxLength(GLOSSARY_LIMITS.term, atMost(GLOSSARY_LIMITS.term))
  term: string;

  @Field(() => String, {
    nullable: true,
    description: "The term's address, e.g. `large-language-model`; made from the term when omitted; unique.",
  })
  @IsOptional()
  @Matches(SLUG_SHAPE, SLUG_MESSAGE)
  @MaxLength(GLOSSARY_LIMITS.slug, atMost(GLOSSARY_LIMITS.slug))
  slug?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: `Other names job descriptions use for it, e.g. "LLM"; at most ${GLOSSARY_LIMITS.aliases}, none another term's name.`,
  })
  @ArrayMaxSize(GLOSSARY_LIMITS.aliases, atMostItems(GLOSSARY_LIMITS.aliases, "aliases"))
  @Matches(NOT_BLANK, { each: true, message: "An alias can't be empty." })
  @MaxLength(GLOSSARY_LIMITS.alias, atMostEach(GLOSSARY_LIMITS.alias))
  aliases: string[];

  @Field({ description: `One or two sentences; at most ${GLOSSARY_LIMITS.shortDefinition} characters.` })
  @Matches(NOT_BLANK, notBlank("The short definition"))
  @MaxLength(GLOSSARY_LIMITS.shortDefinition, atMost(GLOSSARY_LIMITS.shortDefinition))
  shortDefinition: string;

  @Field({
    description: `The full explanation (Markdown: paragraphs separated by blank lines); at most ${GLOSSARY_LIMITS.body.toLocaleString("en")} characters.`,
  })
  @Extensions({ maxLength: GLOSSARY_LIMITS.body })
  @Matches(NOT_BLANK, notBlank("The explanation"))
  @MaxLength(GLOSSARY_LIMITS.body, atMost(GLOSSARY_LIMITS.body))
  body: string;

  @Field(() => String, { nullable: true, description: `At most ${GLOSSARY_LIMITS.section.toLocaleString("en")} characters.` })
  @Extensions({ maxLength: GLOSSARY_LIMITS.section })
  @IsOptional()
  @MaxLength(GLOSSARY_LIMITS.section, atMost(GLOSSARY_LIMITS.section))
  howItWorks?: string | null;

  @Field(() => String, { nullable: true, description: `At most ${GLOSSARY_LIMITS.section.toLocaleString("en")} characters.` })
  @Extensions({ maxLength: GLOSSARY_LIMITS.section })
  @IsOptional()
  @MaxLength(GLOSSARY_LIMITS.section, atMost(GLOSSARY_LIMITS.section))
  careerRelevance?: string | null;

  @Field(() => String, { nullable: true, description: "The slug of the job category the term leads to, e.g. `generative-ai`." })
  @IsOptional()
  @MaxLength(GLOSSARY_LIMITS.slug, atMost(GLOSSARY_LIMITS.slug))
  relatedCategory?: string | null;

  @Field(() => [GlossaryFaqInput], { defaultValue: [], description: `In the order shown; at most ${MAX_FAQS}.` })
  @ArrayMaxSize(MAX_FAQS, atMostItems(MAX_FAQS, "questions"))
  @ValidateNested({ each: true })
  faqs: GlossaryFaqInput[];

  @Field(() => [String], { defaultValue: [], description: `Slugs of other terms, in the order shown; at most ${MAX_RELATED_TERMS}.` })
  @ArrayMaxSize(MAX_RELATED_TERMS, atMostItems(MAX_RELATED_TERMS, "related terms"))
  @MaxLength(GLOSSARY_LIMITS.slug, atMostEach(GLOSSARY_LIMITS.slug))
  relatedTerms: string[];
}

@InputType({
  description:
    "Changes to a glossary term: a field left out stays as it is; `null` clears an optional one (the term, its slug, short definition and explanation can't be cleared); a list given replaces the old one.",
})
export class UpdateGlossaryTermInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, notBlank("The term"))
  @MaxLength(GLOSSARY_LIMITS.term, atMost(GLOSSARY_LIMITS.term))
  term?: string;

  @Field(() => String, { nullable: true, description: "A new slug changes the term's address: links to the old one stop working." })
  @IsOptional()
  @Matches(SLUG_SHAPE, SLUG_MESSAGE)
  @MaxLength(GLOSSARY_LIMITS.slug, atMost(GLOSSARY_LIMITS.slug))
  slug?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(GLOSSARY_LIMITS.aliases, atMostItems(GLOSSARY_LIMITS.aliases, "aliases"))
  @Matches(NOT_BLANK, { each: true, message: "An alias can't be empty." })
  @MaxLength(GLOSSARY_LIMITS.alias, atMostEach(GLOSSARY_LIMITS.alias))
  aliases?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, notBlank("The short definition"))
  @MaxLength(GLOSSARY_LIMITS.shortDefinition, atMost(GLOSSARY_LIMITS.shortDefinition))
  shortDefinition?: string;

  @Field(() => String, { nullable: true })
  @Extensions({ maxLength: GLOSSARY_LIMITS.body })
  @IsOptional()
  @Matches(NOT_BLANK, notBlank("The explanation"))
  @MaxLength(GLOSSARY_LIMITS.body, atMost(GLOSSARY_LIMITS.body))
  body?: string;

  @Field(() => String, { nullable: true })
  @Extensions({ maxLength: GLOSSARY_LIMITS.section })
  @IsOptional()
  @MaxLength(GLOSSARY_LIMITS.section, atMost(GLOSSARY_LIMITS.section))
  howItWorks?: string | null;

  @Field(() => String, { nullable: true })
  @Extensions({ maxLength: GLOSSARY_LIMITS.section })
  @IsOptional()
  @MaxLength(GLOSSARY_LIMITS.section, atMost(GLOSSARY_LIMITS.section))
  careerRelevance?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(GLOSSARY_LIMITS.slug, atMost(GLOSSARY_LIMITS.slug))
  relatedCategory?: string | null;

  @Field(() => [GlossaryFaqInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_FAQS, atMostItems(MAX_FAQS, "questions"))
  @ValidateNested({ each: true })
  faqs?: GlossaryFaqInput[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_RELATED_TERMS, atMostItems(MAX_RELATED_TERMS, "related terms"))
  @MaxLength(GLOSSARY_LIMITS.slug, atMostEach(GLOSSARY_LIMITS.slug))
  relatedTerms?: string[] | null;
}

@ArgsType()
export class CreateGlossaryTermArgs {
  @Field(() => CreateGlossaryTermInput)
  @ValidateNested()
  input: CreateGlossaryTermInput;
}

@ArgsType()
export class UpdateGlossaryTermArgs {
  @Field(() => ID)
  id: string;

  @Field(() => UpdateGlossaryTermInput)
  @ValidateNested()
  input: UpdateGlossaryTermInput;
}

@ObjectType()
export class CreateGlossaryTermPayload {
  @Field(() => GlossaryTerm)
  glossaryTerm: GlossaryTerm;
}

@ObjectType()
export class UpdateGlossaryTermPayload {
  @Field(() => GlossaryTerm)
  glossaryTerm: GlossaryTerm;
}

@ObjectType()
export class DeleteGlossaryTermPayload {
  @Field(() => ID, { description: "The deleted term's id." })
  deletedId: string;

  @Field({ description: "The slug it had: its page is gone, and so are other terms' links to it." })
  slug: string;
}
