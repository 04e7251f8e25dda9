export type CompanySize = "1-10" | "11-50" | "51-200" | "201-500" | "501-1000" | "1001-5000" | "5000+";

export interface CompanySeed {
  slug: string;
  name: string;
  website: string;
  logoUrl: string | null;
  description: string;
  size: CompanySize;
  headquarters: string;
  verified: boolean;
  /** Where most of its jobs are (a location slug from locations.ts); used by the job generator. */
  hqLocationSlug: string;
  /** Categories it hires for most; the generator favours them. */
  focus: readonly string[];
}

function company(
  slug: string,
  name: string,
  size: CompanySize,
  headquarters: string,
  hqLocationSlug: string,
  verified: boolean,
  focus: readonly string[],
  description: string,
): CompanySeed {
  return {
    slug,
    name,
    website: `https://${slug}.example`,
    // No logo host exists for these made-up companies; the web app shows their initial instead.
    logoUrl: null,
    description,
    size,
    headquarters,
    verified,
    hqLocationSlug,
    focus,
  };
}

/** Thirty fictional AI companies. Any resemblance to real companies is accidental. */
export const companies: readonly CompanySeed[] = [
  company("cobaltmind", "Cobaltmind", "201-500", "San Francisco, CA", "san-francisco", true, ["generative-ai", "ai-research", "mlops"],
    "Cobaltmind builds foundation models for enterprise knowledge work. Its flagship assistant reads a company's documents, tickets and code and answers with citations. The team combines large-scale pre-training research with a pragmatic product culture."),
  company("vectorloom", "Vectorloom", "51-200", "New York, NY", "new-york", true, ["generative-ai", "mlops", "ai-sales"],
    "Vectorloom makes a managed vector search engine used for retrieval-augmented generation and semantic search. Customers index billions of embeddings with millisecond latency. The company is growing fast among fintech and media teams in New York and beyond."),
  company("quillstone-labs", "Quillstone Labs", "11-50", "London, UK", "london", true, ["nlp", "generative-ai", "ai-research"],
    "Quillstone Labs builds language models specialised for regulated industries such as insurance and law. Its models extract, summarise and check long documents against policy. The founding team came out of academic NLP research groups in London and Edinburgh."),
  company("halyard-robotics", "Halyard Robotics", "201-500", "Boston, MA", "boston", true, ["robotics", "computer-vision", "ai-research"],
    "Halyard Robotics designs mobile manipulators that pick, pack and restock in warehouses. Its robots learn new items from a handful of demonstrations rather than hand-written rules. Halyard runs a large simulation fleet alongside real robots in customer sites."),
  company("tidewater-analytics", "Tidewater Analytics", "501-1000", "Seattle, WA", "seattle", false, ["data-science", "machine-learning", "ai-sales"],
    "Tidewater Analytics provides demand forecasting and inventory optimisation for retailers and consumer brands. Its models combine classical time-series methods with deep learning. Over four hundred retailers plan their stock with Tidewater every week."),
  company("lanternfish-ai", "Lanternfish AI", "51-200", "Toronto, ON", "toronto", true, ["machine-learning", "ai-research", "data-science"],
    "Lanternfish AI builds risk and underwriting models for lenders in North America. The company puts interpretability first, so every model decision comes with an explanation a regulator can read. It was founded by researchers from Toronto's machine learning community."),
  company("orchard-vision", "Orchard Vision", "51-200", "Austin, TX", "austin", false, ["computer-vision", "robotics", "machine-learning"],
    "Orchard Vision uses drones and computer vision to monitor crops and predict yields for growers. Its models detect disease, water stress and pests from multispectral imagery. The company works with farms across the Americas."),
  company("kestrel-speech", "Kestrel Speech", "11-50", "Montreal, QC", "montreal", false, ["nlp", "ai-research", "mlops"],
    "Kestrel Speech builds speech recognition and voice synthesis that run on-device. Its models support more than forty languages and work offline. Device makers and contact centres use Kestrel to add natural voice interfaces to their products."),
  company("brightwell-health-ai", "Brightwell Health AI", "201-500", "Boston, MA", "boston", true, ["computer-vision", "machine-learning", "data-science"],
    "Brightwell Health AI develops clinical decision support for radiology and pathology. Its imaging models flag urgent findings so clinicians can prioritise their worklists. The company runs prospective studies with hospital partners before every release."),
  company("fernbrook-data", "Fernbrook Data", "51-200", "Berlin, Germany", "berlin", true, ["data-science", "mlops", "machine-learning"],
    "Fernbrook Data offers a privacy-preserving data platform for training machine learning models on sensitive data. It combines synthetic data generation with differential privacy. European banks and insurers use it to share data safely across teams."),
  company("atelier-neuronal", "Atelier Neuronal", "11-50", "Paris, France", "paris", false, ["generative-ai", "ai-design", "computer-vision"],
    "Atelier Neuronal makes generative design tools for fashion and furniture brands. Designers sketch an idea and the tool proposes variations, materials and photorealistic renders. The studio pairs diffusion model research with a team of working designers."),
  company("alpenglow-systems", "Alpenglow Systems", "201-500", "Zurich, Switzerland", "zurich", true, ["mlops", "ai-research", "machine-learning"],
    "Alpenglow Systems builds compilers and runtimes that make neural networks run faster on commodity hardware. Its inference engine quantises and fuses models automatically. Hardware vendors and AI labs use Alpenglow to cut serving costs."),
  company("saffron-compute", "Saffron Compute", "501-1000", "Bangalore, India", "bangalore", true, ["mlops", "generative-ai", "ai-sales"],
    "Saffron Compute runs a GPU cloud and an LLM serving platform for companies in India and Southeast Asia. Teams fine-tune and deploy open models in a few clicks, close to their users. The company operates data centres in Bangalore, Hyderabad and Singapore."),
  company("meridian-loop", "Meridian Loop", "51-200", "Singapore", "singapore", false, ["generative-ai", "nlp", "ai-marketing"],
    "Meridian Loop builds multilingual customer service agents for banks, airlines and telecoms in Asia. Its agents handle conversations across a dozen languages and hand off to people when needed. The company is backed by regional investors and growing quickly."),
  company("cedar-signal", "Cedar Signal", "51-200", "Tel Aviv, Israel", "tel-aviv", true, ["machine-learning", "data-science", "mlops"],
    "Cedar Signal detects fraud and account takeover for online marketplaces using graph machine learning. It scores billions of events a day in real time. The research team in Tel Aviv publishes regularly on graph neural networks."),
  company("promptwise", "Promptwise", "11-50", "San Francisco, CA", "san-francisco", false, ["generative-ai", "ai-product", "ai-marketing"],
    "Promptwise is an evaluation and observability platform for LLM applications. Teams use it to test prompts, catch regressions and trace what their agents do in production. It is used by startups and large enterprises alike."),
  company("grainline-robotics", "Grainline Robotics", "51-200", "San Francisco, CA", "san-francisco", true, ["robotics", "ai-research", "computer-vision"],
    "Grainline Robotics is building general-purpose robot foundation models trained on video and teleoperation data. Its robots fold laundry, load dishwashers and tidy workshops. The company runs one of the largest robot data collection programmes in the Bay Area."),
  company("hollowpine-research", "Hollowpine Research", "11-50", "San Francisco, CA", "san-francisco", true, ["ai-research", "generative-ai"],
    "Hollowpine Research is a small lab studying interpretability and alignment of large language models. It publishes its findings openly and releases tools for inspecting model internals. The lab partners with model developers to apply its methods."),
  company("ledgerlight", "Ledgerlight", "201-500", "New York, NY", "new-york", true, ["machine-learning", "data-science", "ai-product"],
    "Ledgerlight automates bookkeeping and spend management for small businesses with machine learning. It categorises transactions, reads receipts and flags anomalies. More than eighty thousand businesses close their books with Ledgerlight."),
  company("copperhill-security", "Copperhill Security", "201-500", "Austin, TX", "austin", true, ["machine-learning", "generative-ai", "ai-sales"],
    "Copperhill Security applies machine learning to threat detection across cloud infrastructure. Its AI analyst triages alerts and writes investigation summaries for security teams. The company serves mid-market and enterprise customers across North America."),
  company("ninefold-agents", "Ninefold Agents", "11-50", "San Francisco, CA", "san-francisco", false, ["generative-ai", "ai-product", "ai-design"],
    "Ninefold Agents builds AI agents that operate business software on behalf of operations teams. Its agents reconcile invoices, update CRMs and file tickets with a person in the loop. The team is remote-first with a hub in San Francisco."),
  company("starling-ops", "Starling Ops", "51-200", "Seattle, WA", "seattle", true, ["mlops", "machine-learning", "ai-marketing"],
    "Starling Ops is an MLOps platform for training, deploying and monitoring models on any cloud. It schedules jobs across GPU clusters and tracks every experiment and artefact. Data science teams use it to go from notebook to production in days."),
  company("mosaicity", "Mosaicity", "51-200", "London, UK", "london", true, ["ai-design", "generative-ai", "ai-marketing"],
    "Mosaicity builds a collaborative design tool with generative AI at its core. Teams describe an interface and get editable layouts, components and copy. Designers at agencies and product companies across Europe rely on it every day."),
  company("driftwood-mobility", "Driftwood Mobility", "501-1000", "Toronto, ON", "toronto", true, ["computer-vision", "robotics", "mlops"],
    "Driftwood Mobility develops autonomous driving software for delivery vehicles operating in winter conditions. Its perception stack fuses camera, lidar and radar. The company tests its vehicles on public roads in Toronto and Montreal."),
  company("inkwell-legal", "Inkwell Legal", "51-200", "New York, NY", "new-york", false, ["generative-ai", "nlp", "ai-sales"],
    "Inkwell Legal builds AI assistants for law firms and in-house legal teams. It drafts, reviews and compares contracts with clause-level citations. Lawyers use Inkwell to turn days of review into hours."),
  company("paperkite", "Paperkite", "11-50", "Remote", "remote", false, ["nlp", "computer-vision", "generative-ai"],
    "Paperkite turns scanned documents, forms and handwriting into structured data with multimodal models. It is a fully remote company with people in more than fifteen countries. Logistics and insurance companies use its API to process millions of pages a month."),
  company("thistle-bio", "Thistle Bio", "51-200", "Boston, MA", "boston", true, ["ai-research", "machine-learning", "data-science"],
    "Thistle Bio uses machine learning to design protein therapeutics. Its models propose candidate molecules that the company's wet lab synthesises and tests every week. The tight loop between computation and experiment is at the centre of its culture."),
  company("glasswing-retail", "Glasswing Retail AI", "1001-5000", "Seattle, WA", "seattle", true, ["machine-learning", "data-science", "ai-marketing"],
    "Glasswing Retail AI powers product search and recommendations for online retailers. Its ranking models personalise storefronts for hundreds of millions of shoppers. It has offices in Seattle, London and Bangalore."),
  company("marigold-voice", "Marigold Voice", "11-50", "Berlin, Germany", "berlin", false, ["nlp", "generative-ai", "ai-design"],
    "Marigold Voice creates expressive text-to-speech and dubbing for games and film. Its voices carry emotion, timing and accents across languages. Studios in Europe and North America use Marigold to localise content quickly."),
  company("northvane-cloud", "Northvane Cloud", "1001-5000", "Seattle, WA", "seattle", true, ["mlops", "ai-sales", "ai-marketing"],
    "Northvane Cloud offers on-demand GPU clusters and managed training for AI teams. Customers train and serve models on thousands of accelerators without running the hardware themselves. The company operates data centres in North America and Europe."),
];
