/** The site's career content: authors, and articles in each of the four sections (Markdown bodies). */

export interface ArticleAuthorSeed {
  slug: string;
  name: string;
  bio: string;
}

export interface ArticleSeed {
  slug: string;
  section: "BLOG" | "CAREER_ADVICE" | "SALARY_GUIDE" | "INDUSTRY_NEWS";
  title: string;
  summary: string;
  author: string;
  tags: string[];
  /** Job categories it is about (its page shows their live jobs). */
  categories: string[];
  /** A salary guide's category and seniority, whose live figures it shows. */
  salary?: { category: string; seniority: string | null };
  /** Days before the seed's "now" it was published; negative: scheduled for later; null: a draft. */
  publishedDaysAgo: number | null;
  body: string;
}

export const articleAuthors: ArticleAuthorSeed[] = [
  {
    slug: "maya-okafor",
    name: "Maya Okafor",
    bio: "Maya led machine learning hiring at two scale-ups and has sat on the other side of more than four hundred technical interviews. She writes HiredinAI's career advice.",
  },
  {
    slug: "daniel-reyes",
    name: "Daniel Reyes",
    bio: "Daniel is HiredinAI's data editor. He turns the salary ranges employers post into the figures on our salary pages, and reports on the AI hiring market.",
  },
];

export const articles: ArticleSeed[] = [
  {
    slug: "how-to-negotiate-an-ai-job-offer",
    section: "CAREER_ADVICE",
    title: "How to negotiate an AI job offer without burning the bridge",
    summary:
      "When to talk numbers, what to ask for besides base salary, and the words to use: a practical guide to negotiating offers for AI roles.",
    author: "maya-okafor",
    tags: ["negotiation", "salaries", "career"],
    categories: ["machine-learning", "generative-ai"],
    publishedDaysAgo: 3,
    body: `Most candidates negotiate less than they could, and the reason is rarely greed or fear of money. It is fear of damaging the relationship with a team they want to join. Done well, negotiation does the opposite: it shows the employer that you take the role seriously, understand your value and communicate clearly. Hiring managers expect it, and recruiters plan for it.

## Know the market before the first call

Preparation starts before you apply. Look up what comparable roles pay: the salary ranges in postings for the same title, seniority and location, and the live figures on our salary pages, which are computed from exactly those ranges. Write down three numbers: the figure you would be delighted with, the figure you would accept, and the figure below which you would walk away. Decide them before anyone asks, because you will not think clearly about them during a call.

## Let the range come from them

Many employers now publish a salary range in the posting. If they do, it is the starting point, and you can say so: "The posting says 150 to 180; given my experience with production LLM systems, I'd expect to be toward the top of that." If there is no range, ask for one early: "Before we go further, could you share the budgeted range for this role?" Most recruiters will answer. If they insist on a number from you first, give a range anchored at your delighted figure, grounded in data: "Based on similar roles, I'm looking at 170 to 190."

## Negotiate the level, not just the number

In AI roles, the level you are hired at matters more than a few thousand in base salary. Levels decide your band, your equity grant and the pace of future raises. If the interviews went well, ask directly: "Based on what you've seen, is there a case for the senior level rather than mid?" Point to specific evidence: systems you have owned, models you have shipped, people you have mentored. A level change is often easier for a hiring manager to approve than an exception inside a band.

## Look at the whole package

Base salary is only part of the offer. Ask, in writing, for the bonus target and how it has paid out in practice, the equity grant with its vesting schedule and the valuation it is based on, any sign-on payment, the budget for learning and conferences, and, for AI roles especially, access to compute for experiments. Remote stipends, relocation support and the notice you must give your current employer can all be negotiated.

Compare offers on first-year total compensation and on four-year total compensation. Equity at an early-stage company can be worth a great deal or nothing; value it cautiously and ask how many shares exist in total so you can understand your percentage.

## Use the right words

Keep the tone collaborative. "I'm excited about this role and want to make it work" followed by a specific request is far more effective than an ultimatum. Ask for one round of changes covering everything you care about, rather than negotiating item by item. If you have a competing offer, you may mention it honestly, but never invent one: recruiters talk, and the AI hiring market is smaller than it looks.

## Know when to stop

When the employer has moved and the offer is within the range you decided on, accept graciously. Thank the people involved, confirm the final terms in writing and agree a start date. A negotiation that ends with both sides feeling respected is the best possible start to a new job.

If the offer stays below your walk-away figure, decline politely and leave the door open. Teams remember candidates who handled a difficult conversation well, and many offers come back months later with a better number.`,
  },
  {
    slug: "machine-learning-engineer-salaries",
    section: "SALARY_GUIDE",
    title: "Machine learning engineer salaries: live figures and what drives them",
    summary:
      "What machine learning engineers are paid across seniorities, from the salary ranges employers post on HiredinAI, and the skills that move an offer.",
    author: "daniel-reyes",
    tags: ["salaries", "machine learning"],
    categories: ["machine-learning"],
    salary: { category: "machine-learning", seniority: null },
    publishedDaysAgo: 25,
    body: `Machine learning engineer is the largest single job title in AI hiring, and one of the broadest. It covers engineers who train and tune models, engineers who build the systems around them, and many who do both. Because the title covers so much, the pay attached to it varies more than almost any other in the field.

The figures at the top of this guide are computed from the salary ranges employers state on the machine learning jobs currently live on HiredinAI. They change as postings open and close, and they cover every seniority. For a narrower view, the salaries page breaks the same data down by seniority, remote policy and city.

## Seniority explains the most

Across the ranges we see, seniority is the largest single factor. Entry-level and mid-level roles cluster fairly tightly; the spread widens sharply at senior level and above, where a principal engineer at an AI-first company can earn several times what a senior engineer earns at a company where machine learning is a side project. If you are comparing offers, compare them at the same level before anything else.

## What raises pay at the same level

Production experience raises pay consistently. Employers pay more for engineers who have run models for real users, handled incidents, managed inference costs and shipped improvements safely. Postings at the top of the range mention distributed training, GPU optimisation, or serving large language models at low latency. Experience with evaluation, including building test sets and measuring regressions, is increasingly listed as well.

Domain matters too. Roles in finance, healthcare and other regulated industries often pay more for the same technical skills, because mistakes are expensive and experience with compliance is scarce. Roles at research-heavy companies pay well at the top but may ask for publications or open-source work.

## What lowers it

Ranges sit lower where machine learning is new to the company, where the role is mostly analysis under an engineering title, or where part of the pay is in equity at an early stage. None of these make a role a bad choice. Early teams often offer broader scope and faster learning, which can be worth more over a career than a higher starting salary.

## Remote and location

Remote roles are common for machine learning engineers, and remote pay tends to follow the company's home market rather than the candidate's location, with adjustments by region at larger employers. The cities with the most postings also post the highest ranges, but the difference shrinks once you compare like with like: the same seniority and the same kind of company.

## Reading a posting's range

A range in a posting usually spans the band for the level, and new hires are often offered something near its middle. If your experience fits the top of the band, say so, with evidence. If the range looks low for the seniority described, the title may be inflated or the level may be lower than it appears; ask what distinguishes this level from the next one at the company.

## Contract and part-time work

A growing share of machine learning postings are contracts or part-time roles, often for a defined project such as building an evaluation suite or migrating a training pipeline. Their ranges are often stated per hour or per month rather than per year, so compare them with yearly figures with care. If you are weighing a contract against a permanent role, remember that contractors pay for their own time off, equipment and pensions, so a day rate needs to be well above a salaried equivalent to come out ahead.

## Keeping up with the market

Pay in AI moves faster than in most of software engineering, because demand for specific skills can change within a year. The live figures at the top of this page, and the jobs listed below them, are the quickest way to see where the market stands today for machine learning engineers. We add notes to this guide when the numbers move in ways the figures alone do not explain.`,
  },
  {
    slug: "ai-regulation-creates-compliance-roles",
    section: "INDUSTRY_NEWS",
    title: "AI regulation is creating a new kind of job: the AI governance engineer",
    summary:
      "New rules on high-risk AI systems are prompting employers to hire people who can document, test and monitor models for compliance. Who they are looking for.",
    author: "daniel-reyes",
    tags: ["regulation", "governance", "industry news"],
    categories: ["ai-research", "mlops"],
    publishedDaysAgo: 18,
    body: `As rules for artificial intelligence take effect in several jurisdictions, a new group of roles is appearing in job postings: AI governance engineers, model risk specialists and responsible AI leads. They sit between engineering, legal and product teams, and their job is to make sure that the AI systems a company builds can be shown to meet the rules that apply to them.

## What the rules ask for

The new regulations differ in detail, but they share a common core for systems considered high-risk, such as those used in hiring, lending, education or medical settings. Companies must document how a system was built and tested, keep records of its behaviour in use, assess risks such as bias and error, allow human oversight, and report serious incidents. General-purpose models face transparency duties of their own.

None of this can be done after the fact. The documentation depends on decisions made while the data was collected and the model trained, and monitoring must be designed into the system from the start. That is why employers are hiring engineers rather than relying only on lawyers.

## What the roles involve

Postings describe work that overlaps with MLOps and evaluation. Governance engineers build the pipelines that record which data and code produced each model version, automate tests for bias and robustness, set up monitoring that tracks model behaviour by user group, and produce the reports that auditors and regulators ask for. They review new AI features before launch, and they help product teams decide whether a planned feature falls into a regulated category at all.

Some roles are closer to policy: interpreting the rules for engineering teams, writing internal standards and training colleagues. Others are deeply technical, focused on fairness metrics, interpretability methods or privacy-preserving techniques. Many postings ask for both kinds of skill, which is what makes the candidates rare.

## Who is hiring

Banks, insurers and healthcare companies were first, because they already had model risk functions for traditional statistical models. They have been joined by companies selling AI products into regulated sectors, which need to show their customers that the product can be used lawfully, and by large technology firms building internal platforms for responsible AI. A growing number of consultancies are hiring to help smaller companies meet the same duties.

## Who gets hired

Employers report that the strongest candidates combine practical machine learning experience with an interest in the questions regulation asks. Engineers from MLOps backgrounds bring the tooling; data scientists bring statistics and experiment design; people from security, privacy or audit bring the habits of documentation and control. A legal background is an advantage for policy-facing roles but rarely required for engineering ones.

## How the work is organised

Companies organise these roles in different ways. Some place governance engineers inside the platform team, so that documentation and testing are built into the tools every team already uses. Others create a central responsible AI group that reviews features before launch and sets standards. A third model, common at large firms, embeds a specialist in each product area with a small central team for policy. Postings usually say which model applies, and it makes a large difference to the day-to-day work: building tools, reviewing others' work, or advising a single team closely.

## Pay and prospects

Pay for governance roles on HiredinAI sits close to that of machine learning engineers at the same seniority, with higher ranges at financial institutions. The field is young, so titles and levels vary widely between employers, and early hires often shape how the function works. For engineers who want their work to have visible consequences, it is one of the more interesting corners of the AI job market, and demand is unlikely to fall as more rules take effect.`,
  },
  {
    slug: "what-an-ai-product-manager-does",
    section: "BLOG",
    title: "What an AI product manager does that other product managers don't",
    summary:
      "Probabilistic features, evaluation as a product spec, and costs that scale with use: how product management changes when the product is built on models.",
    author: "maya-okafor",
    tags: ["product management", "careers", "ai product"],
    categories: ["ai-product"],
    publishedDaysAgo: 40,
    body: `Product managers decide what to build and why, and then make sure it gets built well. That is true for AI products too, but a few things change so much that the job feels different in practice. Having hired AI product managers and worked alongside many, these are the differences that matter most.

## The feature is probabilistic

A traditional feature either works or it does not. An AI feature works most of the time, in ways that vary from one user to the next. An AI product manager has to decide how good is good enough, for whom, and what happens when the model is wrong. A support assistant that answers ninety percent of questions correctly may be a success or a disaster, depending on what it does with the other ten percent: does it admit uncertainty, hand over to a person, or confidently make something up?

This changes how features are specified. Instead of listing behaviours, an AI product manager writes down the situations the feature must handle, the failures that are acceptable and those that are not, and how the product should behave when the model is unsure.

## Evaluation is the spec

Because behaviour cannot be fully specified in advance, the evaluation becomes the real specification. The best AI product managers work with engineers to build a set of test cases that represent real use, decide how each case is scored, and set the quality bar a change must meet before it ships. When someone proposes a new model or prompt, the first question is not "does it seem better?" but "what does the evaluation say?"

This is a skill many product managers have not needed before. It sits close to data science: choosing representative samples, understanding the limits of a metric and reading results honestly.

## Costs scale with use

Most software becomes cheaper per user as it grows. Products built on large language models often do not: every request has a cost, and a popular feature can become expensive quickly. AI product managers track cost per task alongside quality and speed, and they make trade-offs between them: a smaller model for simple requests, caching for repeated ones, a larger model only when it is worth it. Pricing decisions follow from these costs, so the product manager needs to understand them in detail.

## Trust is a feature

Users need to understand what an AI feature can do, when to rely on it and how to correct it. AI product managers work closely with designers on this: showing sources, making it easy to edit or reject a suggestion, being clear about what data the model sees. Getting trust right often matters more to adoption than improving accuracy by a few points.

## Working with research and platform teams

AI product managers often coordinate with teams that product managers rarely meet elsewhere: researchers exploring new model capabilities, platform teams running training and serving infrastructure, and governance or legal teams assessing risk. Translating between these groups, and turning a research result into a product decision, is a large part of the job.

## Measuring success after launch

Launch is where an AI product manager's work becomes most visible. Usage alone says little about an AI feature: a suggestion people accept and then quietly undo is not a success. The better measures are closer to outcomes: tasks completed, time saved, corrections made, escalations to a person, and complaints about wrong answers. AI product managers set these up before launch, review them with the team every week, and feed the failures they reveal back into the evaluation set, so that the next version is tested against the problems real users actually hit.

## Getting into the role

Many AI product managers came from traditional product management and learned the technical side on the job; others were engineers or data scientists who moved into product. Employers look for evidence that you can reason about model behaviour, run or interpret an evaluation, and make decisions under uncertainty. A small AI product you built and measured yourself, even a side project, is often the most convincing evidence you can offer.`,
  },
  {
    slug: "building-a-machine-learning-portfolio",
    section: "CAREER_ADVICE",
    title: "Building a machine learning portfolio that gets you interviews",
    summary:
      "Three projects beat thirty notebooks: how to choose, build and present portfolio work that shows a hiring manager you can ship machine learning.",
    author: "maya-okafor",
    tags: ["portfolio", "career", "machine learning"],
    categories: ["machine-learning", "data-science"],
    publishedDaysAgo: 9,
    body: `A portfolio does one job: it gives a hiring manager evidence, before the first interview, that you can do the work they need done. Most portfolios fail at that job not because the projects are weak, but because they answer the wrong question. They show that the author can follow a tutorial. What a reviewer wants to see is judgement: that you can pick a problem, make sensible trade-offs and finish.

## Fewer projects, finished properly

Three complete projects are worth more than thirty notebooks. A complete project has a clear problem statement, a baseline, an honest evaluation, and something a person can use or read without running your code. Reviewers spend a few minutes on each portfolio. If the first project they open is unfinished, they rarely open a second one.

Choose projects that together cover the range of the roles you want. For a machine learning engineer role, one project might be a model served behind an API with monitoring; a second might be a data pipeline that cleans and versions a messy public dataset; a third might be a careful comparison of approaches to one problem. For data science roles, swap the serving project for an analysis that changed a decision, written up for a non-technical reader.

## Pick problems with real data

Avoid the datasets every course uses. A reviewer who has seen the same house-price regression a hundred times learns nothing from the hundred and first. Instead, find a problem you care about with data that needs work: public transport delays, local planning applications, product reviews in a language you speak, sensor data from a hobby project. Messy data gives you the chance to show the unglamorous skills employers value most: cleaning, labelling, deciding what to leave out and documenting why.

If you use a large language model, use it for something it is actually good at and evaluate it as carefully as any other model. A retrieval-augmented question-answering tool over a specific document collection, with a test set of questions and a measured answer quality, is far more convincing than a chat interface with no evaluation.

## Show the baseline and the failures

Every project should start with the simplest thing that could work: a rule, a linear model, a lookup table. Report its score, then show how much each improvement added. This tells a reviewer that you know where value comes from, and it protects you from the most common interview question about portfolio work: "how do you know the complex model was worth it?"

Write down what did not work. A short section called "What I tried that failed" is one of the most persuasive things a portfolio can contain. It shows that you experiment systematically and that you can tell a real improvement from noise.

## Make it easy to review

Put a short summary at the top of each project: the problem, the data, the approach, the result in one number, and a link to a demo or write-up. Keep the repository tidy: a README that explains how to run it, pinned dependencies, tests for the parts that matter and no leftover experiments in the main branch. If the project is a service, include a screenshot or a short recording, because many reviewers will not run it.

A short blog post per project, written for someone outside the field, doubles the value of the work. It shows that you can communicate, which every team needs, and it gives you a ready answer for the "tell me about a project" part of the interview.

## Keep it current, and keep it yours

Update the portfolio when you learn something new, and retire projects that no longer represent your best work. If a project was a team effort, say what your part was. Reviewers check, and honesty about collaboration reads as maturity, not weakness.

Finally, link the portfolio from every application, and mention a specific project in your cover note when it is relevant to the role. A portfolio that nobody opens does no work at all; one that is pointed to at the right moment often gets you the interview.`,
  },
  {
    slug: "senior-data-scientist-salaries",
    section: "SALARY_GUIDE",
    title: "Senior data scientist salaries: what the market pays",
    summary:
      "Live figures for senior data science roles from the ranges employers post on HiredinAI, with what separates the top of the band from the middle.",
    author: "daniel-reyes",
    tags: ["salaries", "data science", "senior roles"],
    categories: ["data-science"],
    salary: { category: "data-science", seniority: "SENIOR" },
    publishedDaysAgo: 15,
    body: `Senior data scientists sit at an interesting point in the AI labour market. Their title has existed for longer than most AI job titles, yet the work has changed quickly: many senior roles now involve designing experiments for AI products, evaluating model behaviour and deciding where machine learning is worth its cost, alongside the classic analysis and modelling.

The figures at the top of this guide come from the salary ranges employers state on the senior data science jobs currently live on HiredinAI. They are recomputed every time the page loads, so they follow the market as postings open and close. They are yearly figures, converted to one currency, and they describe base salary as posted, not bonuses or equity.

## What the band looks like

Senior data science ranges are wide. The 25th percentile typically reflects companies where data science is a support function, answering questions for other teams. The 75th percentile reflects companies where data scientists own product decisions or model quality directly, often at AI-first firms. The title is the same; the scope is not, and the pay follows the scope.

Location matters less than it once did for senior roles, because many employers hire remotely within a country or a time zone. But where a company publishes separate bands by region, the difference between its highest and lowest band can be larger than the difference between two companies in the same city.

## What puts an offer at the top of the band

Three things come up repeatedly in the postings at the top of the range. First, experimentation at scale: designing and analysing A/B tests where the stakes are high and the metrics are subtle. Second, evaluation of machine learning systems, including large language model features, where the senior data scientist defines what good looks like and builds the test sets. Third, ownership: postings that describe a data scientist as the accountable owner of a metric or a model pay more than those that describe a service function.

Technical depth still matters. Strong SQL and Python are assumed at this level; causal inference, Bayesian methods, forecasting and a working knowledge of how models are deployed are what differentiate. Postings at the top of the band increasingly mention collaboration with MLOps and platform teams, and familiarity with the tools they use.

## What keeps an offer in the middle

Offers cluster around the median when the role is mostly reporting, when the company is early in using data at all, or when the role combines data science with data engineering without the pay of either specialism. These roles can still be excellent for learning, especially if they come with the chance to build the team's first models, but they are worth entering with open eyes.

## Negotiating as a senior candidate

At senior level, the level itself is the most important negotiation. Ask what distinguishes senior from staff or principal at the company, and whether your experience maps to the higher level. A level change moves your pay more than any negotiation within a band, and it compounds with every raise that follows.

Bring the figures from this guide to the conversation, and be specific: the median for senior roles in the category, the range posted for this role, and the scope you would own. Ask for the whole package in writing, including bonus targets, equity details and learning budgets, and compare offers on total compensation over several years, not on base salary alone.

## Where the jobs are

The live senior data science jobs on HiredinAI are the ones these figures come from. Each states its range, its location policy and the team's own description of the work. Reading a handful side by side is the quickest way to see which kind of senior role, service or ownership, a posting really describes.`,
  },
  {
    slug: "evaluation-engineers-hiring",
    section: "INDUSTRY_NEWS",
    title: "Evaluation engineers: the AI role employers are hiring for fastest",
    summary:
      "As more AI features reach production, employers are creating roles dedicated to measuring model behaviour. What the job is, and who is hiring.",
    author: "daniel-reyes",
    tags: ["evaluation", "industry news", "generative ai"],
    categories: ["generative-ai", "machine-learning"],
    publishedDaysAgo: 7,
    body: `A new kind of job title is appearing in AI postings: the evaluation engineer. Sometimes it is called model quality engineer, AI test engineer or applied scientist for evaluation, but the work is the same. These engineers build the tests, datasets and tooling that tell a company whether its AI features behave as intended, before and after they ship.

## Why the role exists now

For most of the history of machine learning in industry, evaluation was part of the modeller's job: hold out a test set, report accuracy, ship. That approach breaks down with generative models. A large language model's output is open-ended, its failures are varied, and a change that improves one kind of answer can quietly make another worse. Companies that ship assistants and AI agents have learned, often through public mistakes, that measuring behaviour needs dedicated people and tools.

Regulation adds pressure. Employers in finance, healthcare and the public sector must increasingly show how they tested an AI system before deploying it. Evaluation engineers produce that evidence.

## What the job involves

Postings describe a mix of software engineering and experimental design. Evaluation engineers build test sets that reflect real use, including rare and difficult cases; write automated checks for the properties that can be checked automatically, such as format, factual consistency with a source document or refusal of unsafe requests; design human review for the properties that cannot; and track results over time so that a regression is caught the day it happens.

They work closely with the teams building features. A typical week might include reviewing a proposed prompt change against the test suite, investigating why answers in one language got worse, adding cases from a customer complaint, and presenting the quarter's quality trends to product leadership. Many postings mention hallucination measurement, red-teaming and evaluation of retrieval-augmented generation specifically.

## Who is hiring

Demand is strongest among companies building AI products for specific industries, where mistakes are costly: legal research, medical documentation, customer support and financial analysis. The large model developers hire evaluation specialists too, often under research titles, focused on capability and safety evaluations. A growing number of mid-sized software companies hire their first evaluation engineer when their first AI feature reaches a significant share of users.

## Who gets hired

Backgrounds vary. Software engineers with testing or infrastructure experience bring the automation skills; data scientists bring experimental design and statistics; people from quality assurance, linguistics or domain expertise such as law or medicine bring the judgement to write good test cases. Employers say the rarest combination is someone who can both build reliable tooling and reason carefully about what a metric does and does not measure.

## How the work is measured

Evaluation teams are judged by what they catch before users do. Postings describe goals such as the share of regressions found before release, the time from a reported failure to a test that covers it, and the agreement between automated scores and human reviewers. The last of these matters more than it sounds: an automated judge that disagrees with people is worse than none, because it gives false confidence. Much of an evaluation engineer's craft is calibrating such judges against careful human review, and knowing when to trust them.

## Pay and prospects

Salaries for evaluation roles on HiredinAI sit close to those for machine learning engineers at the same seniority, with a premium at companies where evaluation gates every release. Because the discipline is young, career paths are still forming, but the direction is clear: as AI features multiply, the people who can say with evidence whether they work become central to every release.

If you are considering the move, start by building an evaluation suite for an AI tool you use: a set of realistic tasks, a scoring method and a report of where it fails. It is the best possible portfolio piece for this role, and it will teach you quickly whether you enjoy the work.`,
  },
  {
    slug: "from-software-engineer-to-ml-engineer",
    section: "BLOG",
    title: "From software engineer to machine learning engineer: a path that works",
    summary:
      "You don't need a PhD or a year off. A practical route from backend or platform engineering into machine learning, built on the skills you already have.",
    author: "maya-okafor",
    tags: ["career change", "machine learning", "software engineering"],
    categories: ["machine-learning", "mlops"],
    publishedDaysAgo: 30,
    body: `Every year I talk to dozens of software engineers who want to move into machine learning and assume they must start again from the beginning: a master's degree, a year of courses, a research paper. For most of the machine learning engineer roles employers are hiring for, that is not true. The quickest route builds on what you already do well.

## Start from the engineering side

Most machine learning engineer roles are engineering roles first. The model is a component in a system, and the system has all the problems software engineers already know how to solve: data pipelines that break, services that must answer within a latency budget, deployments that must be reversible, costs that must be controlled. Employers consistently tell us that they can teach a strong engineer enough modelling faster than they can teach a modeller to build reliable systems.

So do not hide your engineering background; lead with it. The most natural first move is often into a team that already runs models in production, in a role close to MLOps or ML platform work, where your existing skills are immediately useful and the modelling knowledge comes from the people around you.

## Learn the fundamentals properly, once

You do need a solid grasp of the fundamentals, and it is worth learning them properly rather than collecting certificates. Focus on a few ideas until you can explain them without notes: how supervised learning works and how models overfit; how gradient descent and backpropagation train a neural network; how to evaluate a model honestly, with the right metric and a clean test set; and, today, how transformers and large language models work, including their limits.

One good textbook or course, worked through with exercises, is enough to start. What matters more is applying each idea to a problem you care about, so that the understanding sticks.

## Build one project that looks like the job

Instead of many small exercises, build one project that resembles what machine learning engineers do at work: take a real dataset, train a simple model, serve it behind an API, add monitoring for the inputs and outputs, and write up what you learned. Then improve the model and measure whether the improvement holds up. This single project will give you more to talk about in interviews than any number of courses, and it plays to your strengths as an engineer.

## Use your current job

The best opportunities are often inside your current company. If there is a machine learning team, offer to help with their infrastructure, review their services or pair on a deployment. If there is not, look for a problem where a simple model would help: routing support tickets, detecting anomalies in metrics, ranking search results. Shipping one small model in production, with a measurable effect, is the strongest evidence you can bring to your next application.

## Apply for the right roles

When you start applying, target roles where your background is an advantage: machine learning engineer positions at product companies, MLOps and platform roles, and applied roles that mention production experience. Research scientist roles at large labs usually do require a research record; applied roles mostly do not. Read postings carefully: many list "experience deploying models" as a requirement and a degree as a preference.

## Expect a slightly different interview

Interviews will test fundamentals and machine learning system design alongside coding. Practise explaining models in plain words and designing systems end to end, with evaluation and monitoring included. Your engineering instincts about failure modes, testing and operations will stand out, because many candidates with a purely academic background lack them.

The move takes most people between six months and two years, alongside a full-time job. It is very achievable, and the engineers who make it well often become the most valuable people on their teams, because they understand both sides of the system.`,
  },
  {
    slug: "how-to-prepare-for-a-machine-learning-engineer-interview",
    section: "CAREER_ADVICE",
    title: "How to prepare for a machine learning engineer interview",
    summary:
      "What the four usual rounds test, how to practise for each, and the mistakes that sink strong candidates: a hiring manager's guide to ML interviews.",
    author: "maya-okafor",
    tags: ["interviews", "machine learning", "career"],
    categories: ["machine-learning", "mlops"],
    publishedDaysAgo: 12,
    body: `Most machine learning engineer interviews follow the same shape, whatever the company's size: a screen with a recruiter, a coding round, a machine learning fundamentals round, a system design round, and a conversation about your past work. Knowing what each round is for is half of the preparation, because each one tests something different and rewards different practice.

## The coding round

The coding round checks that you can write correct, readable code under mild pressure. For ML roles it is rarely about obscure algorithms. Expect data manipulation: grouping, joining and aggregating records, implementing a metric such as precision at k, or writing a small training loop without a framework doing the work for you.

Practise in the language you will use at work, out loud, with a timer. Say what you are about to do before you do it, write the simple version first, then test it on a small example you work through by hand. Interviewers forgive a slower solution that is correct and explained far more readily than a clever one that fails on an empty list.

## The fundamentals round

Here the interviewer wants to know whether you understand why models behave as they do, not whether you can recite definitions. Typical questions: why does a model overfit, and what would you try first? What happens to gradient descent if the learning rate is too high? When would you pick a gradient-boosted tree over a neural network? How does a transformer's attention scale with the length of the input?

Prepare by explaining each idea to a friend who is not in the field. If you cannot explain regularisation, the bias-variance trade-off or cross-validation in plain words, you do not understand them well enough for this round. Keep a one-page sheet of the evaluation metrics you have used in real projects and when each one misleads.

## The system design round

Senior candidates are judged mostly here. You will be asked to design something like a recommendation feed, a fraud detector or a retrieval-augmented generation assistant for support tickets. The interviewer is looking for structure: clarify the goal and the constraints, define how success is measured, sketch the data pipeline, choose a first model that could ship in weeks, and only then discuss what a better model would add.

Talk about the unglamorous parts, because that is where real systems fail: where labels come from and how noisy they are, how features are computed the same way in training and in serving, how you would monitor drift, what happens when the model is unavailable, and how you would roll a new version out to a small share of traffic first. Candidates who mention MLOps concerns without being asked stand out.

## The past-work conversation

Pick two projects you know inside out and prepare to go deep on each: the problem, the data, the baseline, what you tried that did not work, the result in numbers, and what you would do differently. Be precise about your own contribution. "We built" is fine for context; the interviewer needs to hear "I decided", "I measured" and "I changed".

## Mistakes that sink strong candidates

The most common one is jumping to the most complex model. Proposing a large language model for a problem a logistic regression would solve signals poor judgement, not ambition. The second is ignoring evaluation: a model without a clear offline metric and an online check is not a design. The third is not asking questions. Interviews are deliberately underspecified, and asking who the users are, how much data exists and how fast an answer must be is part of the test.

## A two-week plan

In the first week, do one timed coding exercise a day and rewrite your project stories until each fits in five minutes. In the second week, run two mock system design sessions with a friend, and review the fundamentals you stumbled on. The night before, stop practising and sleep. You will think more clearly tomorrow than any last-minute cramming would make up for.

Finally, remember that the interview is also your chance to judge the team. Ask how models reach production, who is on call for them and how decisions about what to build are made. The answers tell you a great deal about what the job is really like.`,
  },
  {
    slug: "mlops-engineer-salaries",
    section: "SALARY_GUIDE",
    title: "MLOps engineer salaries: what the market pays",
    summary:
      "Live salary figures for MLOps and ML platform roles from the ranges employers post on HiredinAI, and what moves an offer up or down.",
    author: "daniel-reyes",
    tags: ["salaries", "mlops", "negotiation"],
    categories: ["mlops"],
    salary: { category: "mlops", seniority: null },
    publishedDaysAgo: 5,
    body: `MLOps engineers keep machine learning systems running: they build the pipelines that train, evaluate and deploy models, and the monitoring that tells a team when a model has gone wrong. Because the work sits between data science and platform engineering, employers compete for the same people as both, and pay reflects that.

The figures at the top of this guide are not typed in by hand. They are computed from the salary ranges employers state on the MLOps jobs currently live on HiredinAI, so they move as postings open and close. The 25th percentile, median and 75th percentile are of the posted ranges' midpoints, converted to one currency.

## What the ranges say

Three patterns hold in almost every month we have looked at. First, seniority matters more than anything else: the step from mid-level to senior is usually the largest single jump in an MLOps career, because senior engineers are expected to own a platform, not just pipelines. Second, remote roles pay close to the on-site median for the same company, but companies hiring across borders often publish one band per region. Third, the spread between the 25th and 75th percentile is wide, which means the employer, not the title, explains most of the difference in an offer.

## What moves an offer up

Production experience is the strongest signal. Candidates who can describe running models for real users, with on-call duty, rollbacks and cost budgets, are offered more than those whose experience ends at a notebook. Experience with Kubernetes, infrastructure as code and a major cloud platform is close to a requirement at senior level, and familiarity with feature stores, model registries and evaluation tooling is increasingly expected.

Specialising in the economics of inference is a newer route to higher pay. As companies run large language models in production, engineers who can cut serving costs through quantization, batching and caching, while keeping latency within target, are rare and valued.

## What moves an offer down

Offers come in lower when the role is closer to traditional DevOps with a machine learning label, when the company is early-stage and pays partly in equity, or when the candidate's experience is limited to one tool chain the employer does not use. None of these is a reason to decline, but each is worth understanding before you negotiate.

## How to use these figures in a negotiation

Start from the posted range. In many places employers must publish one, and our figures tell you where that range sits in the market. If the range is below the median for the seniority you are being hired at, say so with the number in hand. If it is above, focus on the level: being hired one step higher changes your pay for years, while a few percent inside a band changes it once.

Ask for the whole package in writing: base salary, bonus target, equity with its vesting schedule and current valuation method, sign-on payments and the budget for learning and conferences. Compare offers on the first-year total and on the four-year total, because equity and bonuses shift the picture.

## Where the jobs are

The live MLOps jobs below this guide are the ones these figures come from. Each states its salary range, its location policy and the employer's own description of the platform you would work on. If you are early in your career, the entry-level and mid-level postings show which skills employers ask for first; if you are senior, the lead and principal postings show where the ceiling currently is.

We update this guide's text when the market shifts in a way the numbers alone do not explain. The numbers themselves update every time you load the page.`,
  },
  {
    slug: "ai-hiring-market-december-2026",
    section: "INDUSTRY_NEWS",
    title: "The AI hiring market this month: applied roles lead, research hiring steadies",
    summary:
      "Employers posted more applied AI roles than research roles again this month, with agent and evaluation skills in demand and remote share holding steady.",
    author: "daniel-reyes",
    tags: ["hiring market", "industry news", "trends"],
    categories: ["generative-ai", "ai-research"],
    publishedDaysAgo: 2,
    body: `Hiring for applied AI roles continued to outpace research hiring this month, according to the postings employers published on HiredinAI. Roles that build products on top of existing models, from machine learning engineers to AI product managers, made up the clear majority of new listings, while openings for research scientists held roughly level.

## Applied roles lead

The strongest growth came from companies building assistants and AI agents for specific industries: legal work, customer support, software development and healthcare administration. These employers are hiring engineers who can combine a large language model with retrieval, tools and careful evaluation, rather than researchers who train models from scratch. Postings that mention retrieval-augmented generation, evaluation pipelines or agent orchestration were among the fastest-growing groups.

Product and design roles followed the same pattern. Employers increasingly want product managers who can define how an AI feature is measured and designers who can make a model's uncertainty visible to users. Several postings asked explicitly for experience designing around hallucination and for writing evaluation criteria with engineers.

## Research hiring steadies

Research hiring did not fall, but it concentrated. The large labs and a handful of well-funded startups account for most research scientist openings, and they ask for a publication record or open-source work in areas such as alignment, efficient training and multimodal models. Outside those employers, research roles are more often applied research: adapting existing methods to a company's data, with a path to production.

## Skills in demand

Across categories, the skills employers named most often were Python, PyTorch, cloud platforms and experience deploying models. Among newer skills, evaluation design, prompt engineering for production systems and fine-tuning with methods such as LoRA appeared more often than a year ago. Kubernetes and infrastructure skills remained a near-requirement for MLOps and platform roles.

## Pay transparency keeps rising

A growing share of postings state a salary range, driven both by pay-transparency laws and by employers' experience that stated ranges attract better-matched applicants. On HiredinAI we ask every employer for a range, and the salary figures on our salary pages are computed from them. Ranges for senior applied roles were stable this month; ranges for entry-level roles rose slightly as more companies opened graduate programmes.

## Remote work holds steady

The share of fully remote AI roles changed little. Hybrid arrangements, typically two or three days a week in an office, remain the most common model for larger employers, while startups are split. Remote roles are more often open to applicants in a defined set of countries than to anyone anywhere, and the posting usually says which.

## Where the jobs are

London, San Francisco and New York remain the cities with the most AI postings, but the gap to Toronto, Berlin and Paris narrowed again. Much of that growth comes from companies opening small engineering hubs close to universities with strong machine learning groups, and from European employers building products for regulated industries at home. Outside the largest cities, most roles are hybrid or remote within one country.

## How employers hire

Interview processes grew slightly shorter on average. More employers now replace a take-home assignment with a paid work trial or a pair-programming session, and several postings state how many rounds to expect and how long a decision takes. Employers that publish their process tend to receive fewer but better-matched applications, according to the hiring managers we spoke to.

## What this means for job seekers

If you are moving into AI from software engineering, the applied market is the widest door: employers value engineers who can ship reliable features and learn the modelling side on the job. If you are a researcher, a focused portfolio in one of the areas the labs are hiring for matters more than breadth. Either way, evidence that you can evaluate a model's behaviour rigorously is one of the most transferable skills on the market right now.

We publish this summary each month from the live postings on the site. The categories and cities pages show the current numbers at any time.`,
  },
  {
    slug: "what-an-mlops-engineer-does",
    section: "BLOG",
    title: "What an MLOps engineer actually does all day",
    summary:
      "Pipelines, deployments, monitoring and a surprising amount of conversation: a week in the life of the people who keep machine learning in production.",
    author: "maya-okafor",
    tags: ["mlops", "careers", "day in the life"],
    categories: ["mlops", "machine-learning"],
    publishedDaysAgo: 20,
    body: `Ask ten companies what an MLOps engineer does and you will hear ten answers, but the work has a common core. An MLOps engineer makes sure that the path from an idea in a notebook to a model serving real users is short, repeatable and safe, and that once a model is live, someone notices when it stops behaving.

## Monday: the pipeline

A typical week starts with the training pipeline. A data scientist wants to retrain the ranking model on three more months of data and try two new features. The MLOps engineer's job is to make that a configuration change rather than a week of work: the pipeline pulls the data, computes features the same way the serving system will, trains, evaluates against the current production model and registers the result with its metrics and lineage.

Much of the craft is in the details. Features must be computed identically in training and serving, or the model will quietly perform worse in production than it did offline. Data must be versioned so that a result can be reproduced months later. Evaluation must compare like with like, on data the model has not seen.

## Tuesday: the deployment

When a new model beats the old one offline, it still has to earn its place online. The MLOps engineer sets up a canary release: a small share of traffic goes to the new model while its latency, error rate and business metrics are compared with the old one. If anything looks wrong, traffic goes back to the old model automatically. Only when the new model holds up does it take all the traffic.

For large language model features, deployment brings its own questions: which model size meets the latency target, whether quantization keeps quality acceptable, how to cache repeated prompts, and how much each request costs. Cost dashboards have become as important as accuracy dashboards.

## Wednesday: monitoring

Models degrade without anyone changing them. The world changes, users behave differently, an upstream team renames a field. Monitoring catches this: distributions of inputs and outputs compared over time, alerts when they drift, and regular evaluation against fresh labels where labels exist. When an alert fires, the MLOps engineer is often the first to investigate, which is why on-call rotations are part of many MLOps roles.

## Thursday: the platform

Between requests, MLOps engineers build the platform that makes the rest easier: a model registry, a feature store, shared evaluation tooling, templates for new services, and documentation. The best platform work removes a category of problems for every team at once. This is also where most of the infrastructure work lives: Kubernetes clusters, GPU scheduling, infrastructure as code and access controls.

## Friday: the conversations

A surprising share of the job is talking. Data scientists need to know what the platform can do; product managers need to understand why a model cannot ship until its evaluation is sound; security and legal teams ask where training data came from and who can see predictions. MLOps engineers translate between these worlds, and the ones who do it well become the people every team wants in the room.

## Is it the job for you?

If you enjoy building systems other people rely on, care about reliability and like working with both data scientists and infrastructure engineers, MLOps is a rewarding path with strong demand. Backgrounds vary: some come from software or platform engineering and learn the machine learning side; others are data scientists who became the person who always got models into production. Both routes work. What matters most is curiosity about how things fail, and the patience to make sure they fail less often.

Our MLOps jobs page lists the roles open right now, each with its salary range, and our salary guide shows what the market pays.`,
  },
  {
    slug: "generative-ai-engineer-salaries",
    section: "SALARY_GUIDE",
    title: "Generative AI engineer salaries",
    summary:
      "Live figures for generative AI roles from the salary ranges employers post on HiredinAI, and what moves pay across application, fine-tuning, inference and evaluation work.",
    author: "daniel-reyes",
    tags: ["salaries", "generative ai", "negotiation"],
    categories: ["generative-ai"],
    salary: { category: "generative-ai", seniority: null },
    publishedDaysAgo: 11,
    body: `Generative AI engineering is the youngest of the large job categories in AI hiring, and its pay is still settling. The title covers engineers who build applications on a large language model, who adapt models through fine-tuning, who make inference fast and affordable, and who measure whether any of it works. Employers often bundle several of these into one posting, which is one reason the category's ranges are wide.

The figures at the top of this guide are computed from the salary ranges employers state on the generative AI jobs currently live on HiredinAI. They are not typed in by hand: they change as postings open and close, cover every seniority, and describe base salary as posted, in one currency. The salaries page breaks the same data down by seniority, remote policy and city.

## Four kinds of work under one title

LLM application engineers are the largest group. They combine a model with retrieval, tools and an interface: retrieval-augmented generation over a company's documents, assistants that call internal systems, AI agents that complete multi-step tasks. The work is close to product engineering, and its pay tends to track that of strong backend engineers at the same company, with a premium where the role owns the quality of the feature rather than just its code.

Fine-tuning specialists adapt models to a task or a domain, using methods such as LoRA, preference training and careful dataset construction. Fewer postings ask for this, and those that do usually expect experience with PyTorch, distributed training and a working understanding of the transformer architecture. Ranges for these roles sit toward the upper part of the category.

Inference optimisation engineers make models cheaper and faster to serve: quantization, batching, caching, choosing hardware and taking latency out of a serving stack. Because serving costs grow with every user, employers running models at scale tie this skill directly to their margins, and many postings at the top of the category describe this work.

Evaluation engineers build the test sets, automated checks and human review that tell a team whether a change made a model better or worse. Postings increasingly pay the role in line with application engineering at the same level, and higher where evaluation gates every release.

## Seniority

As in the rest of AI hiring, seniority explains more of the difference between two offers than anything else. The category is young, so many employers have few senior generative AI engineers and are hiring for judgement as much as for skills: deciding when a model is the right tool at all, designing the evaluation before building the feature, and controlling costs from the start. Senior and staff postings that describe ownership of a product area or a platform pay noticeably more than those that describe implementation work, even when the technical requirements look similar.

## Remote and location

Generative AI roles are often remote within a country or a time zone. Remote pay usually follows the company's home market, with regional bands at larger employers. The cities with the most generative AI postings also post the highest ranges, though the gap narrows when you compare the same seniority at the same kind of company.

## Company type and equity

Who the employer is shapes the offer. Model developers and well-funded AI-first companies post the highest ranges, often with substantial equity. Established software companies adding generative features to existing products tend to post ranges close to their usual engineering bands. Early-stage startups often post lower base salaries and make up the difference in equity, which may be worth a great deal or nothing. Ask for the number of shares outstanding, the valuation behind the grant and the vesting schedule, and compare offers on total compensation over four years.

## Reading a posted range

A posted range usually spans the band for the level, and new hires are commonly offered something near its middle. Read the requirements alongside the range. A posting that asks for training experience, serving at scale and a research record, but posts a range near the category's lower quartile, is either levelled too low or describes a narrower job than it sounds; ask which.

Watch the title too: "AI engineer" can mean anything from prompt engineering on an internal tool to building the serving stack for a public product. The responsibilities in the posting are a better guide to pay than its title.

## Using these figures in a negotiation

Start from the posted range and place it against the figures on this page for the same seniority. If the range sits below the median, say so with the number in hand and evidence of your scope: features you have shipped, serving costs you have cut, evaluations you have built. If it sits above, spend your effort on the level rather than the number, because the level decides your band for years.

Be specific about your kind of generative AI work: "I cut serving costs for a production model while keeping latency within target" persuades more than a general claim of experience with large language models. Ask for the whole package in writing, including bonus, equity and any budget for compute and experiments.

## Where the jobs are

The live generative AI jobs below this guide are the ones these figures come from, each with its range, location policy and the employer's own description of the work. Reading several side by side shows quickly which of the four kinds of work a posting really describes, and what the market pays for it today.`,
  },
  {
    slug: "writing-an-ai-resume",
    section: "CAREER_ADVICE",
    title: "How to write an AI résumé that gets past the first screen",
    summary:
      "What recruiters and hiring managers skim for, how to describe models, projects and papers, and the mistakes that get strong candidates rejected in the first minute.",
    author: "maya-okafor",
    tags: ["resume", "applications", "career", "machine learning"],
    categories: ["machine-learning", "data-science"],
    publishedDaysAgo: 6,
    body: `A résumé for an AI role is read twice, by two people, for two reasons. First a recruiter skims it to decide whether it matches the posting. Then a hiring manager reads it to decide whether the work you describe is the work their team needs. Most résumés that fail do so at the first reading, and usually for reasons that are easy to fix.

## What the first screen looks for

A recruiter screening applications for a machine learning role spends little time on each. They look for a recent title close to the one they are hiring for, the core skills named in the posting, the seniority your experience implies, and whether you can work where the role is based. They are not judging whether your model architecture was clever. They are matching.

So make matching easy, with your most recent title and employer where the eye lands first. Use the posting's words for the skills you genuinely have: if it asks for PyTorch, MLOps and model evaluation, and you have all three, those words should appear in your résumé, in the context where you used them. A short skills line near the top helps the recruiter, but skills shown in the description of real work count for more with the second reader.

## Lead with impact, and measure it

The hiring manager wants to know what changed because of your work. Each bullet should say what you did, how you did it and what happened as a result, with a measurement wherever you have one. "Built a fraud detection model" says very little. "Replaced a rules-based fraud filter with a gradient-boosted model, reducing false positives while holding recall steady, and ran it in production for eighteen months" tells a reviewer about the problem, your judgement, the result and your experience of keeping a system alive.

Use the measures that fit the work: for models, the offline metric and the effect once deployed; for systems, latency, cost and reliability; for research, the improvement over a baseline and where it was published. If you cannot share an employer's exact figures, give relative ones or describe the scale: users served, requests handled, the size of the dataset.

## Describing models, projects and papers

For each significant piece of work, a reviewer wants four things: the problem, your approach, the result and your part in it. Name techniques specifically, because specificity is credible. "Fine-tuned an open-weights large language model with LoRA on support transcripts, evaluated against a set of real tickets" is far more convincing than "worked with LLMs". If you built a retrieval-augmented generation system, say how you measured the quality of its answers, not just that it existed.

Be precise about your contribution: team work is normal, but "we" hides what you did. Write "I designed", "I led" and "I measured".

List papers in a short publications section with venue and year, noting first or joint-first authorship. For applied roles, one line per paper on what it made possible in practice beats a summary of the method; for research roles, move the section near the top.

## Tailor it to the posting

Keep a master résumé with everything in it, and cut a version for each application, with the work closest to the posting first. A posting about computer vision on edge devices should see your deployment work before your analytics; a posting for an evaluation engineer should see your test sets and metrics before your modelling. Tailoring takes minutes and does more than any template.

## Keywords without stuffing

Applicant tracking systems and recruiters both search for keywords, but a wall of tool names suggests shallow experience with all of them. Name the tools you could discuss in depth in an interview, in the places where you used them. Never add a skill because the posting asks for it and you have only read about it: the technical rounds will find out, and the trust lost is hard to win back.

## One page or two

One page suits most people early in their career. Two pages are fine for senior candidates with a long relevant record, and for researchers with publications. Beyond two, reviewers stop reading. Whatever the length, the top half of the first page must make the case on its own, because many readers go no further.

## Links that do some work

Link your GitHub profile, portfolio and publications only if what they lead to helps you: one tidy, documented project beats fifty forks. Point to the project most relevant to the role, and check that every link works, including on a phone.

## Common mistakes

- A summary of adjectives such as "passionate" and "results-driven" instead of two lines on what you build and for whom.
- Duties instead of results. "Responsible for model training" says nothing about what the training achieved.
- Coursework and tutorials presented as professional experience.
- Internal project names and acronyms that mean nothing outside your company.
- Columns, tables and graphics that parsers scramble. Plain text with clear headings is read correctly everywhere.

## A final check

Before you send it, read your résumé as the recruiter would, in half a minute, and ask whether the match with the posting is obvious. Then read it as the hiring manager would, and ask whether each bullet survives the question "how do you know it worked?". If both pass, the first screen will rarely be what stops you.`,
  },
  {
    slug: "research-scientist-hiring-shifts-to-applied-teams",
    section: "INDUSTRY_NEWS",
    title: "Research scientist hiring shifts toward applied teams",
    summary:
      "More AI research postings on HiredinAI now sit inside product teams, under applied research and research engineer titles. What employers ask for, and what it means for candidates.",
    author: "daniel-reyes",
    tags: ["research", "hiring market", "industry news", "trends"],
    categories: ["ai-research"],
    publishedDaysAgo: 4,
    body: `The research scientist title is moving out of the research lab. Postings for AI research roles on HiredinAI increasingly describe jobs inside product and platform teams: applied research scientist, research engineer, or member of technical staff on a named product. Standalone research labs still hire, and the best-funded of them continue to recruit steadily, but a growing share of the research roles on the site now sit next to the engineers who ship.

## What the postings show

Three changes stand out when recent research postings are read side by side with those from a year or so ago.

The first is the titles. Applied research scientist and research engineer appear more often, and many postings use both to describe one team: people who propose methods working alongside people who make them run at scale. Postings titled simply "research scientist" are more often attached to a specific product area than to a lab with a broad mandate.

The second is the goals. Instead of open-ended research agendas, postings more often describe a problem the company needs solved: making a large language model reliable on a particular kind of document, reducing the cost of inference without losing quality, making a computer vision model robust to new environments, or finding ways to evaluate AI agents. The expected output is more often a change to a product than a paper, although many employers still encourage publication.

The third is engineering. Research postings that once listed only mathematical and modelling skills now commonly ask for production-quality Python, experience with distributed training, familiarity with the MLOps tooling the rest of the company uses, and the ability to work in a shared codebase. Some state that research candidates take the same coding round as engineers.

## Why employers are doing it

The reasons employers give are consistent. Much of the most expensive fundamental work, such as pre-training large models, is now concentrated among a small number of model developers, and most companies build on those models rather than training their own from scratch. The research that matters to them is closer to the product: fine-tuning on their own data, retrieval-augmented generation over their own documents, evaluation for their own use cases and efficient serving on their own infrastructure.

Placing researchers inside product teams also shortens the path from idea to deployment. A method that needs a separate team to reimplement it before it reaches users often never arrives. When the researcher can carry the work through to production, or works every day beside someone who can, far more of it ships.

## Publications, PhDs and experience

The PhD is still common in research postings, but the wording has softened. Many applied research roles now ask for a PhD "or equivalent experience", and describe that experience concretely: models shipped, open-source contributions, a record of experiments taken to a clear conclusion. Research engineer postings less often require a doctorate at all.

Publications still count, but how much depends on the employer. The large labs and research-heavy startups continue to ask for papers at leading venues in areas such as alignment, efficient training and multimodal models. Applied teams more often treat a publication record as one kind of evidence among several, and weigh a widely used open-source project or a well-documented internal result just as seriously. Several postings ask candidates to describe a piece of research that changed a product decision.

## What it means for candidates

For researchers coming from academia, the shift opens more doors but changes what gets you through them. Engineering skill is no longer optional for most roles. Be ready to write clean code in an interview, to discuss how your method would behave on messy data at scale, and to explain how you would test it against a baseline the team already has. A repository other people have used deserves as much preparation as your best paper.

For engineers, the research engineer title is an increasingly realistic route into research work. Employers value people who can reproduce a paper, work out why it fails on their data and then make it work. Reading papers regularly, reproducing one or two in your area and writing up what you found is a practical way in.

For everyone, specialisation helps. Postings describe narrower problems than they used to, and candidates who can show depth in one of them, whether evaluation, efficient inference, robustness or a particular domain, stand out more than generalists.

## Pay and titles

Pay for applied research roles on HiredinAI sits close to that of senior machine learning engineers at the same seniority, with the highest ranges at model developers and well-funded AI-first companies. Titles vary so much between employers that the responsibilities in a posting are a better guide to its level than the title itself. Our salary pages show the current figures for research roles, computed from the ranges in these postings.

We will keep reporting on research hiring as the market develops. The AI research jobs page lists the roles open now, each with the team's own description of the work.`,
  },
  {
    slug: "a-week-as-a-computer-vision-engineer",
    section: "BLOG",
    title: "A week in the life of a computer vision engineer",
    summary:
      "Labelling guidelines, training runs, edge devices and a great many failure cases: what a week looks like for an engineer shipping computer vision in a real product.",
    author: "maya-okafor",
    tags: ["computer vision", "careers", "day in the life"],
    categories: ["computer-vision"],
    publishedDaysAgo: 14,
    body: `Computer vision engineers build systems that make decisions from images and video: spotting defects on a production line, counting stock on shelves, reading documents, guiding robots. The work has a recognisable rhythm, and little of it looks like the training montage people imagine. From the teams I have hired for, here is a typical week for an engineer on a small team shipping a vision product: a system that inspects parts on a factory line with cameras above a conveyor.

## Monday: the data

The week starts with data, because almost every week does. Over the weekend, the system at one customer's site flagged a batch of parts as defective, and the quality team there disagreed with many of those calls. The engineer pulls samples of flagged and passed images and goes through them.

A pattern appears quickly. A new batch of parts has a slightly glossier finish that reflects the overhead lights, and the model has learned to treat glare as a scratch. That gives the week its focus.

Much of what follows is about labels. The engineer writes labelling guidelines for the new case, with examples of a scratch and of a reflection, and sends a batch of images to the labelling team. Ambiguous guidelines are the most common cause of noisy labels, and noisy labels put a ceiling on how good any model can become. A morning spent on guidelines saves weeks later.

## Tuesday: training and evaluation

With the first corrected labels back, the engineer retrains. The model is a convolutional neural network fine-tuned from a pretrained backbone. The team has tried a vision transformer as well, but on their hardware the convolutional model gives the better balance of accuracy and speed. Starting from a pretrained model means a few thousand well-labelled images go a long way.

Evaluation matters more than training. The engineer keeps a fixed test set covering every site and part type, plus a smaller set of hard cases from past failures. The new model is compared with the production one on both, with results broken down by site, lighting and type of defect. An overall improvement that hides a regression on one customer's parts is not an improvement.

## Wednesday: the edge

The model does not run in a data centre. It runs on a small device beside the camera, with a strict time budget for each part as the conveyor moves. A model that does well in evaluation still has to fit. The engineer exports it, applies quantization so that it runs at lower precision, and measures inference speed and accuracy on the actual device rather than a laptop. Quantization sometimes costs accuracy on exactly the subtle defects the team cares most about, so the hard-case set is checked again after conversion.

Wednesday is also for pipeline work: checking that preprocessing on the device, the resizing, colour conversion and cropping, matches training. A mismatch here is a common and hard-to-spot reason a model that works offline fails in the field.

## Thursday: hardware and product

Some problems cannot be solved in the model. On a call with the hardware team and the customer's site engineer, the glare turns out to have a simpler fix: a polarising filter or a diffuser over the lights may remove it more reliably than any amount of extra training data. Vision engineers who understand cameras and lighting well enough for this conversation save their teams a lot of effort.

Later comes a meeting with the product manager about thresholds. Flagging too many good parts frustrates the line operators; missing defects lets faulty parts reach the end customer. Where to set that trade-off is a product decision, and the engineer's job is to show what each threshold would mean in practice, using the evaluation results by defect type.

## Friday: debugging and shipping

The new model goes out to one line at one site first, running alongside the old one with its decisions logged but not acted on. At the end of the day the engineer reviews every disagreement. Most favour the new model; a handful reveal a type of part the test set did not cover, and those images go straight into the hard-case set for next time. Staged releases, monitoring and a quick way to roll back are as much a part of computer vision work as of any MLOps practice.

The afternoon goes on a short write-up of causes, changes and what to watch, so that the team does not solve the same problem twice.

## Skills worth building

If this sounds like the job for you, a handful of skills matter more than the choice of architecture:

- Working with data: writing labelling guidelines, auditing labels and building test sets that represent the real world.
- Evaluation broken down by condition, not just a single overall score.
- Deployment on constrained hardware: exporting models, quantization and measuring latency on the device itself.
- Enough knowledge of cameras, optics and lighting to recognise when the fix belongs outside the model.
- Clear communication with product, hardware and customer teams, who each see the system differently.

Strong Python, PyTorch and classical image processing complete the picture. A portfolio project that takes a model onto a small device with a camera, and documents what broke along the way, shows more of this work than any benchmark result.

Our computer vision jobs page lists the roles open now, each with its salary range.`,
  },
];
