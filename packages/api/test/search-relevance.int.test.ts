/**
 * Search relevance: what a job seeker expects from `jobs(filter: { query }, orderBy: RELEVANCE)`, whatever
 * engine ranks it. A realistic corpus (seven companies, eight categories, 35 live jobs and a
 * few dead ones) and a table of cases, each a query (some with filters) and the jobs that must come
 * first, must be ranked above others, or must not appear.
 *
 * Only what a good job search must do is asserted, never an accident of one engine's ordering: `first`
 * is a set (no order among jobs a sensible ranking could put either way), and "losers" are posted
 * more recently and inserted later than the jobs that must beat them, so neither recency nor an
 * id tie-break can make a case pass.
 */
import { startServer, type RunningServer } from "../src/app/server";
import { testConfig, useTestApi } from "./support/test-api";
import { EmploymentType, JobStatus, RemotePolicy, SalaryPeriod, Seniority } from "../src/features/jobs/job.enums";

const api = useTestApi();

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

// ---------------------------------------------------------------------------------------------
// The corpus

const COMPANIES = {
  quokka: { name: "Quokka Labs", about: "Quokka Labs builds LLM-powered writing assistants for legal and finance teams." },
  tessellate: { name: "Tessellate", about: "Tessellate runs a model serving platform used by hundreds of AI companies." },
  kestrel: { name: "Kestrel Vision", about: "Kestrel Vision makes visual inspection systems for factories and warehouses." },
  northwind: { name: "Northwind Robotics", about: "Northwind Robotics builds autonomous forklifts for distribution centres." },
  lumina: { name: "Lumina Health", about: "Lumina Health applies AI to radiology and clinical documentation." },
  mosaic: { name: "Mosaic Analytics", about: "Mosaic Analytics builds forecasting and recommendation software for retailers." },
  brightpath: { name: "Brightpath Learning", about: "Brightpath Learning makes an AI tutor used by two million students." },
} as const;
type CompanyKey = keyof typeof COMPANIES;

const CATEGORIES = {
  "generative-ai": "Generative AI",
  "machine-learning": "Machine Learning",
  "computer-vision": "Computer Vision",
  "data-science": "Data Science",
  mlops: "MLOps",
  robotics: "Robotics",
  nlp: "NLP",
  "ai-product": "AI Product",
} as const;
type CategoryKey = keyof typeof CATEGORIES;

/** Closing paragraphs, one per job in turn. Every one says "team" (the common-word case relies on it). */
const BENEFITS = [
  "We offer health, dental and vision insurance, a yearly education budget and flexible hours. You will join a friendly, curious team that values clear writing and honest feedback.",
  "Benefits include meaningful equity, parental leave, a home-office stipend and 25 days of paid time off. The team meets in person twice a year.",
  "We cover private health insurance, a retirement plan and a modern laptop of your choice. Our team ships every week and celebrates small wins.",
  "Perks include equity, relocation support, a wellness allowance and two team offsites a year.",
];

interface CorpusJob {
  slug: string;
  title: string;
  company: CompanyKey;
  category: CategoryKey;
  tags: string[];
  seniority: Seniority;
  remote: RemotePolicy;
  /** Yearly USD, or per hour. */
  salary: { min: number; max: number; period?: SalaryPeriod };
  /** Hours since it was posted. */
  age: number;
  /** The description's sections. */
  about: string;
  duties: string[];
  wants: string[];
  nice?: string[];
  /** Not live (default: published and open). */
  dead?: "EXPIRED" | "CLOSED" | "DRAFT" | "PENDING_REVIEW" | "PAST_CLOSING_DATE";
}

const S = Seniority;
const R = RemotePolicy;

/**
 * Jobs that must win a comparison come first in this list and are posted earlier (older); the jobs
 * they must beat come later (newer, higher ids).
 */
const CORPUS: CorpusJob[] = [
  // --- Quokka Labs (generative AI)
  {
    slug: "ml-engineer-quokka",
    title: "Machine Learning Engineer",
    company: "quokka",
    category: "machine-learning",
    tags: ["pytorch", "llm", "python"],
    seniority: S.MID,
    remote: R.REMOTE,
    salary: { min: 170_000, max: 210_000 },
    age: 120,
    about: "We are looking for an engineer to train, evaluate and ship the models behind our drafting assistant.",
    duties: [
      "Fine-tune open-weight language models on customer documents",
      "Build evaluation suites that catch regressions before customers do",
      "Own training pipelines from data loading to deployment",
    ],
    wants: ["3+ years building models that run in production", "Strong Python and a habit of writing tests"],
    nice: ["Experience with distributed training"],
  },
  {
    slug: "ml-researcher-quokka",
    title: "Machine Learning Researcher",
    company: "quokka",
    category: "generative-ai",
    tags: ["jax", "llm", "reinforcement-learning"],
    seniority: S.SENIOR,
    remote: R.REMOTE,
    salary: { min: 220_000, max: 300_000 },
    age: 200,
    about: "Join our research group to improve how our models reason over long contracts.",
    duties: ["Design and run experiments on long-context reasoning", "Publish internally and, where we can, externally"],
    wants: ["A PhD or equivalent research record", "Experience training large models"],
  },
  {
    slug: "research-scientist-alignment-quokka",
    title: "Research Scientist, Alignment",
    company: "quokka",
    category: "generative-ai",
    tags: ["rlhf", "llm", "jax"],
    seniority: S.SENIOR,
    remote: R.REMOTE,
    salary: { min: 250_000, max: 330_000 },
    age: 150,
    about: "Help make our assistants honest and predictable when the stakes are high.",
    duties: ["Develop preference-tuning methods", "Build red-teaming tools with the safety group"],
    wants: ["Published work on alignment or interpretability", "Fluency with large-scale experiments"],
  },
  {
    slug: "ai-product-manager-quokka",
    title: "AI Product Manager",
    company: "quokka",
    category: "ai-product",
    tags: ["llm", "product-management"],
    seniority: S.MID,
    remote: R.REMOTE,
    salary: { min: 170_000, max: 210_000 },
    age: 90,
    about: "Own the roadmap of our drafting assistant, from discovery interviews to launch.",
    duties: ["Talk to lawyers and analysts every week", "Define success metrics with the applied research group"],
    wants: ["3+ years shipping software products", "A good sense of what language models can and cannot do"],
  },
  {
    slug: "llm-engineer-retrieval-quokka",
    title: "LLM Engineer, Retrieval",
    company: "quokka",
    category: "generative-ai",
    tags: ["llm", "rag", "python", "vector-databases"],
    seniority: S.MID,
    remote: R.REMOTE,
    salary: { min: 175_000, max: 215_000 },
    age: 60,
    about: "Build the retrieval layer that grounds every answer our assistant gives.",
    duties: ["Design chunking, indexing and re-ranking", "Measure answer quality with human and automatic evaluation"],
    wants: ["Experience with search or retrieval systems", "Solid Python"],
  },
  {
    slug: "diffusion-model-researcher-quokka",
    title: "Diffusion Model Researcher",
    company: "quokka",
    category: "generative-ai",
    tags: ["diffusion-models", "pytorch", "jax"],
    seniority: S.SENIOR,
    remote: R.REMOTE,
    salary: { min: 230_000, max: 300_000 },
    age: 300,
    about: "Start our image generation effort: figures and diagrams for the documents our customers write.",
    duties: ["Train image generation models from scratch", "Work out how to evaluate generated figures"],
    wants: ["Research experience with generative image models"],
  },

  // --- Tessellate (MLOps)
  {
    slug: "senior-ml-engineer-tessellate",
    title: "Senior Machine Learning Engineer",
    company: "tessellate",
    category: "machine-learning",
    tags: ["python", "kubernetes", "mlops"],
    seniority: S.SENIOR,
    remote: R.HYBRID,
    salary: { min: 210_000, max: 260_000 },
    age: 100,
    about: "Make model serving faster and cheaper for every customer on our platform.",
    duties: ["Profile and optimise inference for popular model families", "Build batching and caching into the serving path"],
    wants: ["5+ years of experience, with systems you shipped and ran", "Deep knowledge of Python and one systems language"],
  },
  {
    slug: "mlops-engineer-tessellate",
    title: "MLOps Engineer",
    company: "tessellate",
    category: "mlops",
    tags: ["kubernetes", "terraform", "mlops"],
    seniority: S.MID,
    remote: R.REMOTE,
    salary: { min: 160_000, max: 195_000 },
    age: 80,
    about: "Keep thousands of model deployments healthy across three clouds.",
    duties: ["Automate cluster provisioning", "Build deployment tooling our customers use directly"],
    wants: ["Kubernetes in production", "Infrastructure as code"],
  },
  {
    slug: "gpu-kernel-engineer-tessellate",
    title: "GPU Kernel Engineer",
    company: "tessellate",
    category: "mlops",
    tags: ["cuda", "triton", "c++"],
    seniority: S.SENIOR,
    remote: R.ONSITE,
    salary: { min: 220_000, max: 280_000 },
    age: 250,
    about: "Write the kernels that make attention and matrix multiplication fast on our fleet.",
    duties: ["Write and tune custom kernels", "Work with hardware vendors on new accelerators"],
    wants: ["Low-level performance work on accelerators", "Strong C++"],
  },
  {
    slug: "senior-pm-llm-platform-tessellate",
    title: "Senior Product Manager, LLM Platform",
    company: "tessellate",
    category: "ai-product",
    tags: ["llm", "product-management", "mlops"],
    seniority: S.SENIOR,
    remote: R.HYBRID,
    salary: { min: 200_000, max: 240_000 },
    age: 110,
    about: "Own the hosted language model offering, our fastest-growing product.",
    duties: ["Set pricing and packaging with sales", "Decide which models we host next"],
    wants: ["5+ years of product management in developer tools or infrastructure"],
  },
  {
    slug: "ai-solutions-architect-tessellate",
    title: "AI Solutions Architect",
    company: "tessellate",
    category: "ai-product",
    tags: ["pre-sales", "llm"],
    seniority: S.SENIOR,
    remote: R.REMOTE,
    salary: { min: 190_000, max: 230_000 },
    age: 70,
    about: "Help our largest customers move their models onto our platform.",
    duties: ["Run technical discovery with customer engineers", "Write reference architectures"],
    wants: ["Customer-facing technical experience", "Comfort reading Kubernetes manifests"],
  },

  // --- Kestrel Vision (computer vision)
  {
    slug: "senior-cv-engineer-kestrel",
    title: "Senior Computer Vision Engineer",
    company: "kestrel",
    category: "computer-vision",
    tags: ["pytorch", "opencv", "cuda"],
    seniority: S.SENIOR,
    remote: R.ONSITE,
    salary: { min: 200_000, max: 240_000 },
    age: 130,
    about: "Lead the defect detection models that run on our inspection cameras.",
    duties: ["Design detection and segmentation models", "Optimise them for edge devices"],
    wants: ["5+ years of experience in the field", "Shipped models that run on embedded hardware"],
  },
  {
    slug: "cv-research-intern-kestrel",
    title: "Computer Vision Research Intern",
    company: "kestrel",
    category: "computer-vision",
    tags: ["pytorch", "python"],
    seniority: S.INTERN,
    remote: R.HYBRID,
    salary: { min: 45, max: 55, period: SalaryPeriod.HOUR },
    age: 140,
    about: "Spend a summer on few-shot defect detection with our applied research group.",
    duties: ["Reproduce recent papers on our data", "Present your findings to the company"],
    wants: ["Currently enrolled in a Master's or PhD programme"],
  },

  // --- Lumina Health (healthcare)
  {
    slug: "cv-engineer-lumina",
    title: "Computer Vision Engineer",
    company: "lumina",
    category: "computer-vision",
    tags: ["pytorch", "medical-imaging", "python"],
    seniority: S.MID,
    remote: R.REMOTE,
    salary: { min: 165_000, max: 200_000 },
    age: 160,
    about: "Build models that help radiologists find fractures and nodules sooner.",
    duties: ["Train and validate imaging models", "Work with clinicians on labelling guidelines"],
    wants: ["3+ years training image models", "Care about evidence and validation"],
  },
  {
    slug: "senior-data-scientist-lumina",
    title: "Senior Data Scientist, Clinical Outcomes",
    company: "lumina",
    category: "data-science",
    tags: ["python", "r", "causal-inference"],
    seniority: S.SENIOR,
    remote: R.REMOTE,
    salary: { min: 180_000, max: 220_000 },
    age: 170,
    about: "Measure whether our tools improve outcomes for patients, and by how much.",
    duties: ["Design observational studies with hospital partners", "Communicate results to clinicians and regulators"],
    wants: ["5+ years in health data or biostatistics", "Causal inference in practice"],
  },
  {
    slug: "research-scientist-nlp-lumina",
    title: "Research Scientist, Clinical NLP",
    company: "lumina",
    category: "nlp",
    tags: ["nlp", "transformers", "pytorch"],
    seniority: S.MID,
    remote: R.HYBRID,
    salary: { min: 180_000, max: 220_000 },
    age: 180,
    about: "Turn doctors' notes into structured data that downstream tools can trust.",
    duties: ["Develop information extraction models", "Build de-identification that stands up to audits"],
    wants: ["A research background in language processing"],
  },
  {
    slug: "nlp-engineer-lumina",
    title: "NLP Engineer",
    company: "lumina",
    category: "nlp",
    tags: ["transformers", "python", "spacy"],
    seniority: S.MID,
    remote: R.REMOTE,
    salary: { min: 150_000, max: 185_000 },
    age: 75,
    about: "Ship the language pipelines behind our clinical documentation product.",
    duties: ["Productionise extraction models", "Keep latency low for real-time dictation"],
    wants: ["3+ years building text processing systems"],
  },
  {
    slug: "ml-intern-lumina",
    title: "Machine Learning Intern",
    company: "lumina",
    category: "machine-learning",
    tags: ["python", "pytorch"],
    seniority: S.INTERN,
    remote: R.HYBRID,
    salary: { min: 40, max: 50, period: SalaryPeriod.HOUR },
    age: 65,
    about: "Work on a real model for twelve weeks, with a mentor and a clear goal.",
    duties: ["Run experiments and write them up", "Ship one improvement to production"],
    wants: ["Currently studying computer science, statistics or a related field"],
  },

  // --- Mosaic Analytics (data science, recommendations)
  {
    slug: "swe-ml-mosaic",
    title: "Software Engineer, Machine Learning",
    company: "mosaic",
    category: "machine-learning",
    tags: ["python", "spark", "recommendation-systems"],
    seniority: S.MID,
    remote: R.ONSITE,
    salary: { min: 160_000, max: 195_000 },
    age: 95,
    about: "Build the recommendation services that pick what millions of shoppers see.",
    duties: ["Build feature pipelines in Spark", "Serve ranking models at low latency"],
    wants: ["3+ years of backend development", "Experience with large datasets"],
  },
  {
    slug: "ml-engineering-manager-mosaic",
    title: "Machine Learning Engineering Manager",
    company: "mosaic",
    category: "machine-learning",
    tags: ["leadership", "python"],
    seniority: S.LEAD,
    remote: R.HYBRID,
    salary: { min: 240_000, max: 290_000 },
    age: 210,
    about: "Lead the group that owns forecasting and recommendations.",
    duties: ["Hire and grow a group of eight", "Set the technical direction with the product lead"],
    wants: ["8+ years of experience, including managing people"],
  },
  {
    slug: "data-scientist-mosaic",
    title: "Data Scientist",
    company: "mosaic",
    category: "data-science",
    tags: ["python", "sql", "statistics"],
    seniority: S.MID,
    remote: R.HYBRID,
    salary: { min: 140_000, max: 175_000 },
    age: 115,
    about: "Turn sales histories into forecasts our retailers plan their stock around.",
    duties: ["Build and test forecasting models", "Run experiments with our customers"],
    wants: ["3+ years of applied statistics", "SQL you are proud of"],
  },

  // --- Northwind Robotics
  {
    slug: "perception-engineer-northwind",
    title: "Perception Engineer",
    company: "northwind",
    category: "robotics",
    tags: ["ros", "slam", "c++"],
    seniority: S.MID,
    remote: R.ONSITE,
    salary: { min: 160_000, max: 195_000 },
    age: 135,
    about: "Help our forklifts understand busy warehouse floors.",
    duties: ["Fuse lidar and camera data", "Improve localisation in changing environments"],
    wants: ["3+ years on robot perception", "Solid C++"],
    nice: ["A background in computer vision for mobile robots"],
  },
  {
    slug: "robotics-software-engineer-northwind",
    title: "Robotics Software Engineer",
    company: "northwind",
    category: "robotics",
    tags: ["c++", "ros", "python"],
    seniority: S.MID,
    remote: R.HYBRID,
    salary: { min: 150_000, max: 190_000 },
    age: 145,
    about: "Write the software that plans and executes every pallet move.",
    duties: ["Build motion planning components", "Test on real robots every week"],
    wants: ["3+ years of robotics software", "Modern C++"],
  },
  {
    slug: "senior-controls-engineer-northwind",
    title: "Senior Controls Engineer",
    company: "northwind",
    category: "robotics",
    tags: ["control-theory", "matlab", "c++"],
    seniority: S.SENIOR,
    remote: R.ONSITE,
    salary: { min: 185_000, max: 225_000 },
    age: 155,
    about: "Own the low-level control of our lifting and driving systems.",
    duties: ["Design and tune controllers", "Validate safety cases with the certification group"],
    wants: ["5+ years in control systems"],
  },
  {
    slug: "engineering-manager-perception-northwind",
    title: "Engineering Manager, Perception",
    company: "northwind",
    category: "robotics",
    tags: ["leadership", "ros"],
    seniority: S.LEAD,
    remote: R.ONSITE,
    salary: { min: 230_000, max: 280_000 },
    age: 190,
    about: "Lead the perception group through our next product generation.",
    duties: ["Grow a group of six", "Balance research bets with delivery"],
    wants: ["8+ years of experience, including people management"],
  },

  // --- Brightpath Learning (edtech)
  {
    slug: "prompt-engineer-brightpath",
    title: "Prompt Engineer",
    company: "brightpath",
    category: "generative-ai",
    tags: ["llm", "prompt-engineering"],
    seniority: S.ENTRY,
    remote: R.REMOTE,
    salary: { min: 100_000, max: 130_000 },
    age: 85,
    about: "Shape how our tutor explains things to students of every age.",
    duties: ["Write and test prompts", "Review transcripts with teachers"],
    wants: ["Excellent writing", "Curiosity about language models"],
  },
  {
    slug: "data-engineer-mosaic",
    title: "Data Engineer",
    company: "mosaic",
    category: "data-science",
    tags: ["sql", "airflow", "dbt"],
    seniority: S.MID,
    remote: R.HYBRID,
    salary: { min: 140_000, max: 170_000 },
    age: 2,
    about: "Own the pipelines that bring point-of-sale data into our warehouse.",
    duties: ["Build and monitor Airflow pipelines", "Model data in dbt"],
    wants: ["3+ years of data pipelines", "A strong habit of continuous learning"],
    nice: ["Experience with machine-generated sensor data"],
  },

  // --- Jobs that only mention what others are about (posted recently, inserted last)
  {
    slug: "machine-vision-engineer-kestrel",
    title: "Machine Vision Engineer",
    company: "kestrel",
    category: "computer-vision",
    tags: ["opencv", "c++", "deep-learning"],
    seniority: S.MID,
    remote: R.ONSITE,
    salary: { min: 150_000, max: 185_000 },
    age: 3,
    about: "Calibrate and integrate the camera rigs on our inspection lines.",
    duties: ["Calibrate multi-camera rigs", "Integrate lighting and optics at customer sites"],
    wants: ["3+ years with industrial cameras"],
  },
  {
    slug: "recsys-engineer-brightpath",
    title: "Recommendation Systems Engineer",
    company: "brightpath",
    category: "machine-learning",
    tags: ["python", "recommendation-systems"],
    seniority: S.MID,
    remote: R.REMOTE,
    salary: { min: 150_000, max: 185_000 },
    age: 1,
    about: "Decide which exercise each student sees next, using machine learning and a lot of care.",
    duties: ["Build ranking services", "Run A/B tests with the curriculum group", "Keep recommendations explainable"],
    wants: ["3+ years building ranking or recommendation systems", "Strong statistics"],
    nice: ["Some experience with PyTorch"],
  },
  {
    slug: "site-reliability-engineer-tessellate",
    title: "Site Reliability Engineer, Inference",
    company: "tessellate",
    category: "mlops",
    tags: ["kubernetes", "observability"],
    seniority: S.MID,
    remote: R.HYBRID,
    salary: { min: 160_000, max: 190_000 },
    age: 1,
    about: "Keep our inference fleet up when customers need it most.",
    duties: ["Run incident response", "Build alerting that pages for the right reasons"],
    wants: ["3+ years of on-call for production systems"],
    nice: ["Experience upgrading CUDA drivers across a large fleet"],
  },
  {
    slug: "robotics-field-technician-northwind",
    title: "Robotics Field Technician",
    company: "northwind",
    category: "robotics",
    tags: ["hardware", "field-service"],
    seniority: S.ENTRY,
    remote: R.ONSITE,
    salary: { min: 70_000, max: 90_000 },
    age: 3,
    about: "Install and service our forklifts at customer sites.",
    duties: ["Commission new robots", "Report field issues to our engineers with clear reproduction steps"],
    wants: ["Hands-on mechanical or electrical experience"],
  },
  {
    slug: "pm-autonomy-northwind",
    title: "Product Manager, Autonomy",
    company: "northwind",
    category: "robotics",
    tags: ["product-management", "autonomy"],
    seniority: S.MID,
    remote: R.HYBRID,
    salary: { min: 160_000, max: 195_000 },
    age: 3,
    about: "Own what our robots can do on their own, and decide what comes next.",
    duties: ["Work with customers and our engineers to prioritise autonomy features", "Write clear product requirements"],
    wants: ["3+ years of product management, ideally on hardware"],
  },
  {
    slug: "product-designer-brightpath",
    title: "Product Designer",
    company: "brightpath",
    category: "ai-product",
    tags: ["figma", "ux-research"],
    seniority: S.MID,
    remote: R.REMOTE,
    salary: { min: 120_000, max: 150_000 },
    age: 2,
    about: "Design how students and teachers work with our tutor.",
    duties: ["Run user research in classrooms", "Work with the product manager on every release"],
    wants: ["A portfolio of shipped work"],
  },
  {
    slug: "data-analyst-brightpath",
    title: "Data Analyst",
    company: "brightpath",
    category: "data-science",
    tags: ["sql", "tableau"],
    seniority: S.ENTRY,
    remote: R.REMOTE,
    salary: { min: 80_000, max: 100_000 },
    age: 1,
    about: "Help us understand how students use the tutoring assistant we build with Quokka Labs.",
    duties: ["Build dashboards for the leadership", "Support our scientists with clean datasets"],
    wants: ["SQL and a spreadsheet habit"],
  },
  {
    slug: "creative-technologist-brightpath",
    title: "Creative Technologist",
    company: "brightpath",
    category: "generative-ai",
    tags: ["comfyui", "design"],
    seniority: S.MID,
    remote: R.REMOTE,
    salary: { min: 110_000, max: 140_000 },
    age: 1,
    about:
      "Make illustrations for our lessons with diffusion tools: diffusion pipelines, diffusion fine-tunes and diffusion-based upscaling.",
    duties: ["Build image workflows for the content group", "Keep a library of diffusion presets"],
    wants: ["A portfolio of generated artwork"],
  },

  // --- Dead jobs: strong matches that must never appear
  {
    slug: "dead-expired-ml-engineer-quokka",
    title: "Machine Learning Engineer",
    company: "quokka",
    category: "machine-learning",
    tags: ["pytorch", "python", "jax"],
    seniority: S.SENIOR,
    remote: R.REMOTE,
    salary: { min: 200_000, max: 250_000 },
    age: 2000,
    about: "An older opening for the same role.",
    duties: ["Train models"],
    wants: ["Python"],
    dead: "EXPIRED",
  },
  {
    slug: "dead-closed-cv-engineer-kestrel",
    title: "Computer Vision Engineer",
    company: "kestrel",
    category: "computer-vision",
    tags: ["pytorch", "cuda"],
    seniority: S.MID,
    remote: R.REMOTE,
    salary: { min: 160_000, max: 200_000 },
    age: 40,
    about: "Filled: thanks to everyone who applied.",
    duties: ["Detection models"],
    wants: ["Computer vision experience"],
    dead: "CLOSED",
  },
  {
    slug: "dead-past-closing-triton-engineer-tessellate",
    title: "Triton Kernel Engineer",
    company: "tessellate",
    category: "mlops",
    tags: ["triton", "cuda", "pytorch"],
    seniority: S.SENIOR,
    remote: R.REMOTE,
    salary: { min: 220_000, max: 280_000 },
    age: 1500,
    about: "Kernels in Triton.",
    duties: ["Write kernels"],
    wants: ["Triton"],
    dead: "PAST_CLOSING_DATE",
  },
  {
    slug: "dead-draft-prompt-engineer-quokka",
    title: "Prompt Engineer",
    company: "quokka",
    category: "generative-ai",
    tags: ["llm"],
    seniority: S.ENTRY,
    remote: R.REMOTE,
    salary: { min: 100_000, max: 130_000 },
    age: 1,
    about: "Not published yet.",
    duties: ["Prompts"],
    wants: ["Writing"],
    dead: "DRAFT",
  },
  {
    slug: "dead-pending-research-scientist-quokka",
    title: "Research Scientist",
    company: "quokka",
    category: "generative-ai",
    tags: ["llm", "jax"],
    seniority: S.SENIOR,
    remote: R.REMOTE,
    salary: { min: 250_000, max: 330_000 },
    age: 1,
    about: "Waiting for review.",
    duties: ["Research"],
    wants: ["Research"],
    dead: "PENDING_REVIEW",
  },
];

const LIVE = CORPUS.filter((j) => !j.dead);
const DEAD = CORPUS.filter((j) => j.dead).map((j) => j.slug);
const bySlug = new Map(CORPUS.map((j) => [j.slug, j]));

function markdown(job: CorpusJob, i: number): string {
  return [
    "## About the role",
    "",
    `${COMPANIES[job.company].about} ${job.about}`,
    "",
    "## What you will do",
    "",
    ...job.duties.map((d) => `- ${d}`),
    "",
    "## What we are looking for",
    "",
    ...job.wants.map((w) => `- ${w}`),
    ...(job.nice ? ["", "## Nice to have", "", ...job.nice.map((n) => `- ${n}`)] : []),
    "",
    "## Benefits",
    "",
    BENEFITS[i % BENEFITS.length],
  ].join("\n");
}

/** Yearly USD pay a job's range reaches (hourly pay annualised over 2,080 hours), as salaryMin compares it. */
const reach = (job: CorpusJob) => job.salary.max * (job.salary.period === SalaryPeriod.HOUR ? 2080 : 1);

async function makeCorpus(): Promise<void> {
  const companies = new Map<CompanyKey, number>();
  for (const [key, c] of Object.entries(COMPANIES)) {
    const company = await api.make.company({ slug: key, name: c.name, description: c.about });
    companies.set(key as CompanyKey, company.id);
  }
  const categories = new Map<CategoryKey, number>();
  for (const [slug, name] of Object.entries(CATEGORIES)) {
    categories.set(slug as CategoryKey, (await api.make.category({ slug, name })).id);
  }
  for (const [i, job] of CORPUS.entries()) {
    const status =
      job.dead === "EXPIRED"
        ? JobStatus.EXPIRED
        : job.dead === "CLOSED"
          ? JobStatus.CLOSED
          : job.dead === "DRAFT"
            ? JobStatus.DRAFT
            : job.dead === "PENDING_REVIEW"
              ? JobStatus.PENDING_REVIEW
              : JobStatus.PUBLISHED;
    await api.make.job({
      slug: job.slug,
      title: job.title,
      description: markdown(job, i),
      companyId: companies.get(job.company)!,
      categoryId: categories.get(job.category)!,
      tags: job.tags,
      seniority: job.seniority,
      remote: job.remote,
      employmentType: job.seniority === S.INTERN ? EmploymentType.INTERNSHIP : EmploymentType.FULL_TIME,
      salary: { min: job.salary.min, max: job.salary.max, currency: "USD", period: job.salary.period ?? SalaryPeriod.YEAR },
      status,
      postedAt: job.dead === "DRAFT" || job.dead === "PENDING_REVIEW" ? null : ago(job.age),
      validThrough: job.dead === "PAST_CLOSING_DATE" ? ago(1) : new Date(Date.now() + 30 * 24 * HOUR),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Searching

const SEARCH = `
  query Search($first: Int!, $filter: JobFilter) {
    jobs(first: $first, filter: $filter, orderBy: { field: RELEVANCE, direction: DESC }) {
      totalCount
      edges { node { slug } }
    }
  }`;

/** Each engine that can answer a search (SEARCH_ENGINE): the cases hold for both. */
const engines: Record<string, () => string> = { index: () => api.server.url, postgres: () => postgres.url };
let postgres: RunningServer;
beforeAll(async () => {
  postgres = await startServer(api.ds, testConfig({ SEARCH_ENGINE: "postgres", RESULT_CACHE_SECONDS: "0" }), {
    port: 0,
    host: "127.0.0.1",
  });
});
afterAll(() => postgres?.close());

/** The engine the running describe block is checking. */
let engineUrl = () => api.server.url;

async function search(query: string, filter: Filter = {}, first = 20): Promise<{ slugs: string[]; totalCount: number }> {
  const res = await fetch(`${engineUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: SEARCH, variables: { first, filter: { query, ...filter } } }),
  }).then((r) => r.json() as Promise<{ data?: any; errors?: unknown[] }>);
  expect(res.errors).toBeUndefined();
  const jobs = res.data!.jobs;
  return { slugs: jobs.edges.map((e: { node: { slug: string } }) => e.node.slug), totalCount: jobs.totalCount };
}

/** A search index may be fed asynchronously (a new job must be findable within seconds): wait until it has the corpus. */
async function untilSearchable(): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { totalCount } = await search("team");
    if (totalCount === LIVE.length || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Filter {
  remote?: RemotePolicy[];
  seniorities?: Seniority[];
  salaryMin?: number;
  categories?: CategoryKey[];
}

/** The corpus-side meaning of a filter, to check a filtered search against the unfiltered one. */
function passes(job: CorpusJob, filter: Filter): boolean {
  if (filter.remote && !filter.remote.includes(job.remote)) return false;
  if (filter.seniorities && !filter.seniorities.includes(job.seniority)) return false;
  if (filter.salaryMin != null && reach(job) < filter.salaryMin) return false;
  if (filter.categories && !filter.categories.includes(job.category)) return false;
  return true;
}

interface Case {
  /** What a job seeker expects, in words. */
  name: string;
  query: string;
  filter?: Filter;
  /** These jobs come first, in any order among themselves... */
  first?: string[];
  /** ...or at least all within the first `top` results (default: first.length). */
  top?: number;
  /** [better, worse]: both are found, the better ranked above the worse. */
  above?: [string, string][];
  /** Never in the results. */
  absent?: string[];
  /** The exact totalCount. */
  total?: number;
}

const titled = (words: string) => LIVE.filter((j) => j.title.toLowerCase().includes(words.toLowerCase())).map((j) => j.slug);
const tagged = (...tags: string[]) => LIVE.filter((j) => j.tags.some((t) => tags.includes(t))).map((j) => j.slug);
const at = (company: CompanyKey) => LIVE.filter((j) => j.company === company).map((j) => j.slug);

const ML_ENGINEER_PHRASE = ["ml-engineer-quokka", "senior-ml-engineer-tessellate", "ml-engineering-manager-mosaic"];

const CASES: Case[] = [
  // Title and phrase
  {
    name: "the words together in a title come before the same words scattered over title, tags and description",
    query: "machine learning engineer",
    // "Software Engineer, Machine Learning" has every word in its title too: it may sit among them.
    first: ML_ENGINEER_PHRASE,
    top: 4,
    above: [
      ["ml-engineer-quokka", "machine-vision-engineer-kestrel"],
      ["senior-ml-engineer-tessellate", "machine-vision-engineer-kestrel"],
      ["ml-engineer-quokka", "data-engineer-mosaic"],
      ["ml-engineer-quokka", "recsys-engineer-brightpath"],
    ],
  },
  {
    name: "a quoted phrase finds the phrase (stemmed: 'Engineering' too) and not the words apart",
    query: '"machine learning engineer"',
    first: ML_ENGINEER_PHRASE,
    absent: ["swe-ml-mosaic", "machine-vision-engineer-kestrel", "data-engineer-mosaic"],
  },
  {
    name: "a common phrase: every title that has it comes before tag and description mentions",
    query: "machine learning",
    first: titled("machine learning"),
    above: [
      ["ml-intern-lumina", "recsys-engineer-brightpath"],
      ["swe-ml-mosaic", "recsys-engineer-brightpath"],
    ],
  },
  {
    name: "the same phrase in capitals finds the same jobs first",
    query: "MACHINE LEARNING ENGINEER",
    first: ML_ENGINEER_PHRASE,
    top: 4,
  },
  {
    name: "punctuation around the words is ignored",
    query: "Machine, learning... engineer?!",
    first: ML_ENGINEER_PHRASE,
    top: 4,
  },
  {
    name: "a title match beats a description that repeats the word many times",
    query: "diffusion",
    first: ["diffusion-model-researcher-quokka"],
    above: [["diffusion-model-researcher-quokka", "creative-technologist-brightpath"]],
  },
  // Two-word titles
  {
    name: "two-word title: data scientist",
    query: "data scientist",
    first: ["data-scientist-mosaic", "senior-data-scientist-lumina"],
    above: [["data-scientist-mosaic", "data-analyst-brightpath"]],
  },
  {
    name: "two-word title: product manager",
    query: "product manager",
    first: ["ai-product-manager-quokka", "senior-pm-llm-platform-tessellate", "pm-autonomy-northwind"],
    above: [["ai-product-manager-quokka", "product-designer-brightpath"]],
  },
  {
    name: "two-word title: research scientist",
    query: "research scientist",
    first: ["research-scientist-alignment-quokka", "research-scientist-nlp-lumina"],
  },
  {
    name: "two-word title: computer vision, titles before a description mention",
    query: "computer vision",
    first: ["cv-engineer-lumina", "senior-cv-engineer-kestrel", "cv-research-intern-kestrel"],
    above: [["cv-engineer-lumina", "perception-engineer-northwind"]],
  },
  {
    name: "two-word title: data engineer",
    query: "data engineer",
    first: ["data-engineer-mosaic"],
  },
  {
    name: "two-word title: engineering manager",
    query: "engineering manager",
    first: ["engineering-manager-perception-northwind", "ml-engineering-manager-mosaic"],
  },
  // Stemming
  {
    name: "stemming: 'engineers' finds Engineer and Engineering titles before descriptions that mention engineers",
    query: "engineers",
    filter: { categories: ["robotics"] },
    first: [
      "perception-engineer-northwind",
      "robotics-software-engineer-northwind",
      "senior-controls-engineer-northwind",
      "engineering-manager-perception-northwind",
    ],
    above: [
      ["robotics-software-engineer-northwind", "robotics-field-technician-northwind"],
      ["robotics-software-engineer-northwind", "pm-autonomy-northwind"],
    ],
  },
  {
    name: "stemming: 'scientists' finds Scientist titles",
    query: "scientists",
    first: titled("scientist"),
    above: [["data-scientist-mosaic", "data-analyst-brightpath"]],
  },
  {
    name: "stemming: 'researcher' finds Researcher and Research titles",
    query: "researcher",
    first: titled("research"),
  },
  // Tags and skills
  {
    name: "a tag match comes before a job that says the word once deep in its description",
    query: "pytorch",
    first: tagged("pytorch"),
    above: [["ml-engineer-quokka", "recsys-engineer-brightpath"]],
  },
  {
    name: "a tag in brackets and another case is the same tag",
    query: "(PyTorch)",
    first: tagged("pytorch"),
  },
  {
    name: "a rare skill: the jobs tagged with it, then the one that mentions it",
    query: "cuda",
    first: ["gpu-kernel-engineer-tessellate", "senior-cv-engineer-kestrel"],
    above: [["gpu-kernel-engineer-tessellate", "site-reliability-engineer-tessellate"]],
    total: 3,
  },
  { name: "a rare skill held by one live job", query: "triton", first: ["gpu-kernel-engineer-tessellate"], total: 1 },
  { name: "a rare robotics skill", query: "slam", first: ["perception-engineer-northwind"], total: 1 },
  { name: "a tag shared by a few research jobs", query: "jax", first: tagged("jax") },
  {
    name: "a title beats a tag for the same word",
    query: "mlops",
    first: ["mlops-engineer-tessellate"],
    above: [["mlops-engineer-tessellate", "senior-ml-engineer-tessellate"]],
  },
  { name: "an acronym in the title: NLP", query: "nlp", first: ["nlp-engineer-lumina", "research-scientist-nlp-lumina"] },
  { name: "a common tag: python", query: "python", first: tagged("python") },
  // Companies
  {
    name: "a company name brings that company's jobs first, before a job that mentions it",
    query: "Quokka Labs",
    first: at("quokka"),
    above: [["ml-engineer-quokka", "data-analyst-brightpath"]],
    // Six live Quokka jobs and one mention; its expired, draft and pending jobs do not count.
    total: at("quokka").length + 1,
  },
  { name: "a one-word company name", query: "tessellate", first: at("tessellate"), total: at("tessellate").length },
  { name: "a company name that holds a common word", query: "kestrel vision", first: at("kestrel") },
  // Web search syntax
  {
    name: 'a quoted phrase and an exclusion: "computer vision" -senior',
    query: '"computer vision" -senior',
    first: ["cv-engineer-lumina", "cv-research-intern-kestrel"],
    absent: ["senior-cv-engineer-kestrel"],
  },
  {
    name: "OR: jobs with either skill, and none with neither",
    query: "triton OR slam",
    first: ["gpu-kernel-engineer-tessellate", "perception-engineer-northwind"],
    total: 2,
  },
  {
    name: "OR of two tags",
    query: "jax or spacy",
    first: [...tagged("jax"), ...tagged("spacy")],
    absent: ["data-scientist-mosaic", "mlops-engineer-tessellate"],
  },
  // Filters keep only matching jobs, in relevance order (checked against the unfiltered ranking below)
  { name: "remote only", query: "machine learning", filter: { remote: [R.REMOTE] }, first: ["ml-engineer-quokka", "ml-researcher-quokka"] },
  {
    name: "senior only",
    query: "engineer",
    filter: { seniorities: [S.SENIOR] },
    first: [
      "senior-ml-engineer-tessellate",
      "senior-cv-engineer-kestrel",
      "senior-controls-engineer-northwind",
      "gpu-kernel-engineer-tessellate",
    ],
  },
  {
    name: "a minimum salary",
    query: "machine learning",
    filter: { salaryMin: 200_000 },
    first: ["ml-engineer-quokka", "senior-ml-engineer-tessellate", "ml-researcher-quokka", "ml-engineering-manager-mosaic"],
  },
  {
    name: "remote and a minimum salary together",
    query: "pytorch",
    filter: { remote: [R.REMOTE], salaryMin: 150_000 },
    first: ["ml-engineer-quokka", "cv-engineer-lumina", "diffusion-model-researcher-quokka"],
    // The three tagged jobs, then a remote one that asks for "some experience with PyTorch".
    above: [["cv-engineer-lumina", "recsys-engineer-brightpath"]],
    total: 4,
  },
  // Nothing, everything
  { name: "a query that matches nothing", query: "cobol mainframe", total: 0 },
  { name: "stop words only match nothing rather than everything", query: "the and of", total: 0 },
  { name: "a common word counts every live job and no dead one", query: "team", total: LIVE.length },
  // Hyphens: Postgres alone would require the compound 'machine-learn', which "Machine Learning" lacks
  // (searchText splits a hyphen inside a word; one that starts a word still excludes it).
  { name: "a hyphenated query finds the unhyphenated words", query: "machine-learning", first: titled("machine learning") },
];

async function check(c: Case): Promise<void> {
  const { slugs, totalCount } = await search(c.query, c.filter);
  const where = (slug: string) => slugs.indexOf(slug);
  // Dead jobs never appear, whatever matches them.
  expect(slugs.filter((s) => DEAD.includes(s))).toEqual([]);
  if (c.total != null) expect(totalCount).toBe(c.total);
  if (c.total === 0) expect(slugs).toEqual([]);
  expect(totalCount).toBeGreaterThanOrEqual(slugs.length);
  if (c.first) {
    const top = c.top ?? c.first.length;
    expect(c.first.length).toBeGreaterThan(0);
    expect([...slugs.slice(0, top)].filter((s) => c.first!.includes(s)).sort()).toEqual([...c.first].sort());
  }
  for (const [better, worse] of c.above ?? []) {
    expect({ better, found: where(better) >= 0 }).toEqual({ better, found: true });
    expect({ worse, found: where(worse) >= 0 }).toEqual({ worse, found: true });
    expect({ better, worse, betterFirst: where(better) < where(worse) }).toEqual({ better, worse, betterFirst: true });
  }
  for (const slug of c.absent ?? []) expect({ slug, found: slugs.includes(slug) }).toEqual({ slug, found: false });
  if (c.filter) {
    // A filter narrows the same ranking: the unfiltered results that pass it, in the same order.
    const all = await search(c.query, {}, 100);
    expect(all.totalCount).toBeLessThanOrEqual(100);
    const expected = all.slugs.filter((s) => passes(bySlug.get(s)!, c.filter!));
    expect(totalCount).toBe(expected.length);
    expect(slugs).toEqual(expected.slice(0, 20));
  }
}

describe.each(Object.keys(engines))("search relevance (%s engine)", (engine) => {
  beforeAll(() => {
    engineUrl = engines[engine];
  });
  beforeEach(async () => {
    await makeCorpus();
    await untilSearchable();
  });

  test.each(CASES.map((c) => [`${c.query}${c.filter ? ` ${JSON.stringify(c.filter)}` : ""}: ${c.name}`, c] as const))(
    "%s",
    async (_name, c) => {
      await check(c);
    },
  );

  test("a job that closes, expires or is unpublished drops out of search and its count", async () => {
    const before = await search("computer vision engineer");
    expect(before.slugs).toContain("cv-engineer-lumina");
    await api.ds.query(`UPDATE jobs SET status = 'CLOSED' WHERE slug = 'cv-engineer-lumina'`);
    await api.ds.query(`UPDATE jobs SET valid_through = now() - interval '1 minute' WHERE slug = 'senior-cv-engineer-kestrel'`);
    const deadline = Date.now() + 15_000;
    let after = await search("computer vision engineer");
    while (after.slugs.includes("cv-engineer-lumina") && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await search("computer vision engineer");
    }
    expect(after.slugs).not.toContain("cv-engineer-lumina");
    expect(after.slugs).not.toContain("senior-cv-engineer-kestrel");
    expect(after.totalCount).toBe(before.totalCount - 2);
  });
});
