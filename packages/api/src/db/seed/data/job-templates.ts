import { Seniority } from "../../../features/jobs/job.enums";

/** A job title stem and the seniorities it is posted at. */
export interface RoleTemplate {
  name: string;
  levels: readonly Seniority[];
}

export interface CategoryTemplate {
  roles: readonly RoleTemplate[];
  /** Title suffixes after a comma: "Senior Machine Learning Engineer, Ranking". */
  specialties: readonly string[];
  /** Whole titles for EXECUTIVE roles. */
  executiveTitles: readonly string[];
  /** Completes "We are looking for a **Title** to ...". */
  missions: readonly string[];
  responsibilities: readonly string[];
  requirements: readonly string[];
  niceToHave: readonly string[];
  /** One or two of these are always among the tags. */
  coreTags: readonly string[];
  tags: readonly string[];
  /** Glossary term names (exactly as in glossary.ts) a description may mention. */
  glossary: readonly string[];
  track: "technical" | "business";
  /** Pay relative to a machine learning engineer at the same level and place. */
  payFactor: number;
}

const { INTERN, ENTRY, MID, SENIOR, LEAD, PRINCIPAL } = Seniority;
const ALL: readonly Seniority[] = [INTERN, ENTRY, MID, SENIOR, LEAD, PRINCIPAL];
const EXPERIENCED: readonly Seniority[] = [MID, SENIOR, LEAD, PRINCIPAL];

function role(name: string, levels: readonly Seniority[] = ALL): RoleTemplate {
  return { name, levels };
}

export const categoryTemplates: Readonly<Record<string, CategoryTemplate>> = {
  "generative-ai": {
    roles: [role("AI Engineer"), role("LLM Engineer"), role("Generative AI Engineer"), role("Applied AI Engineer"), role("Software Engineer, Generative AI", [ENTRY, MID, SENIOR, LEAD])],
    specialties: ["Agents", "Retrieval", "Code Generation", "Evaluation", "Model Customization", "Voice", "AI Platform", "Enterprise Copilots", "Search", "Safety"],
    executiveTitles: ["Head of Generative AI", "Director of AI Engineering", "VP of Engineering, AI Platform"],
    missions: [
      "design and ship AI-powered features that customers use every day",
      "build the agent runtime that lets our assistant take actions safely on behalf of users",
      "turn research prototypes into reliable, well-evaluated generative AI products",
      "own the retrieval and generation stack behind our enterprise assistant",
    ],
    responsibilities: [
      "Build and iterate on AI applications end to end, from instructions and retrieval pipelines to UI integration",
      "Design evaluation suites that measure answer quality, faithfulness and latency before every release",
      "Implement tool calling, structured outputs and guardrails for agents that act in customer systems",
      "Adapt open-weight models to domain data when instructions alone are not enough",
      "Optimise cost and latency through caching, batching, model routing and smaller distilled models",
      "Work closely with product and design to decide what the model should and should not do",
      "Instrument production traffic with tracing so that failures can be found, reproduced and fixed",
    ],
    requirements: [
      "Strong software engineering skills in **Python** or TypeScript and experience shipping production services",
      "Experience building applications on top of hosted or open-weight language models",
      "A rigorous, experimental mindset: you measure before and after every change",
      "Comfort working in a fast-moving environment where the tools change every quarter",
      "Clear written communication and the ability to explain model behaviour to non-experts",
    ],
    niceToHave: [
      "Contributions to open-source AI tooling or evaluation frameworks",
      "Experience with inputs beyond text, such as documents, images or audio",
      "Background in search, ranking or information retrieval",
    ],
    coreTags: ["llm", "generative-ai"],
    tags: ["python", "typescript", "rag", "agents", "prompt-engineering", "fine-tuning", "evaluation", "vector-search", "pytorch", "langchain"],
    glossary: ["Large Language Model", "Retrieval-Augmented Generation", "Vector Database", "Prompt Engineering", "Fine-Tuning", "AI Agent", "Hallucination", "Embedding", "Context Window", "LoRA", "Foundation Model", "Chain-of-Thought"],
    track: "technical",
    payFactor: 1.07,
  },
  "machine-learning": {
    roles: [role("Machine Learning Engineer"), role("ML Engineer"), role("Applied Scientist"), role("Software Engineer, Machine Learning", [ENTRY, MID, SENIOR, LEAD])],
    specialties: ["Ranking", "Recommendations", "Personalization", "Fraud Detection", "Search", "Forecasting", "Ads", "Risk", "Pricing", "Trust & Safety"],
    executiveTitles: ["Head of Machine Learning", "Director of Machine Learning", "VP of Applied ML"],
    missions: [
      "build the ranking models that decide what millions of users see first",
      "improve the models behind our core product and measure their impact in online experiments",
      "take models from offline prototype to low-latency production service",
      "own a key model family end to end, from features and training to serving and monitoring",
    ],
    responsibilities: [
      "Design, train and deploy models that run at scale with strict latency budgets",
      "Build training and feature pipelines that are reproducible and point-in-time correct",
      "Run A/B tests and analyse results to decide which models ship",
      "Monitor model quality and data drift in production and fix regressions quickly",
      "Partner with data engineering on data quality, labelling and logging",
      "Mentor other engineers through code review and design discussions",
      "Keep up with the literature and bring useful ideas into production",
    ],
    requirements: [
      "Strong **Python** and experience with PyTorch, TensorFlow or JAX",
      "Solid fundamentals in statistics, probability and experiment design",
      "Experience deploying models to production and owning them afterwards",
      "Proficiency with SQL and large-scale data processing such as Spark",
      "A degree in computer science, statistics, mathematics or equivalent practical experience",
    ],
    niceToHave: [
      "Experience with real-time feature stores and online serving",
      "Publications or open-source work in recommender systems or ranking",
      "Experience with graph-based or sequence models of user behaviour",
    ],
    coreTags: ["machine-learning", "python"],
    tags: ["pytorch", "tensorflow", "spark", "sql", "recommender-systems", "ranking", "xgboost", "kubernetes", "airflow", "ab-testing"],
    glossary: ["Supervised Learning", "Feature Engineering", "Gradient Descent", "Overfitting", "Deep Learning", "Neural Network", "Embedding", "Transformer", "Knowledge Distillation", "Model Evaluation"],
    track: "technical",
    payFactor: 1.0,
  },
  "data-science": {
    roles: [role("Data Scientist"), role("Data Analyst", [INTERN, ENTRY, MID, SENIOR]), role("Analytics Engineer", [ENTRY, MID, SENIOR, LEAD]), role("Data Engineer"), role("Decision Scientist", EXPERIENCED)],
    specialties: ["Product Analytics", "Experimentation", "Growth", "Measurement", "Marketplace", "Pricing", "Forecasting", "AI Evaluation", "Data Platform"],
    executiveTitles: ["Head of Data Science", "Director of Data & Analytics", "VP of Data"],
    missions: [
      "help our product and business teams make better decisions with data",
      "build the metrics, experiments and models that guide how we grow",
      "own the data foundations that our AI features and analytics depend on",
      "measure the real-world impact of our models and turn the findings into action",
    ],
    responsibilities: [
      "Design and analyse A/B tests and quasi-experiments for product and model changes",
      "Build predictive models for forecasting, churn, pricing or lifetime value",
      "Define metrics and build dashboards that leadership relies on every week",
      "Write reliable, tested SQL and data pipelines with dbt and Airflow",
      "Present findings and recommendations clearly to technical and non-technical audiences",
      "Partner with ML engineers to evaluate models offline and online",
      "Improve data quality, documentation and self-service analytics across the company",
    ],
    requirements: [
      "Excellent **SQL** and strong Python or R for analysis and modelling",
      "Solid grounding in statistics, experimentation and causal methods",
      "Experience communicating results that changed a product or business decision",
      "Familiarity with modern data stacks such as Snowflake, BigQuery or Databricks",
      "A quantitative degree or equivalent experience",
    ],
    niceToHave: [
      "Experience evaluating generative AI features with human and automated ratings",
      "Experience with Bayesian methods or time-series forecasting",
      "Experience in a marketplace or subscription business",
    ],
    coreTags: ["data-science", "sql"],
    tags: ["python", "r", "statistics", "ab-testing", "dbt", "airflow", "snowflake", "forecasting", "causal-inference", "tableau"],
    glossary: ["Supervised Learning", "Unsupervised Learning", "Feature Engineering", "Overfitting", "Model Evaluation", "Gradient Descent"],
    track: "technical",
    payFactor: 0.88,
  },
  "computer-vision": {
    roles: [role("Computer Vision Engineer"), role("Perception Engineer"), role("Computer Vision Scientist", EXPERIENCED), role("Machine Learning Engineer, Computer Vision", [ENTRY, MID, SENIOR, LEAD])],
    specialties: ["3D Reconstruction", "Video Understanding", "Medical Imaging", "Object Detection", "Autonomous Driving", "Document AI", "Image Generation", "Edge Deployment"],
    executiveTitles: ["Head of Computer Vision", "Director of Perception", "VP of Perception Engineering"],
    missions: [
      "build perception models that work reliably in messy, real-world conditions",
      "push the accuracy and speed of our vision models on edge hardware",
      "turn millions of images and videos into structured, trustworthy signals",
      "lead the next generation of our detection and segmentation stack",
    ],
    responsibilities: [
      "Train and evaluate models for detection, segmentation, tracking or 3D understanding",
      "Build data pipelines for collection, labelling and curation of image and video data",
      "Optimise models for real-time use on GPUs and embedded devices",
      "Design evaluation sets that capture rare and safety-critical cases",
      "Work with hardware and product teams on camera and sensor choices",
      "Debug model failures in the field and close the loop with targeted data collection",
    ],
    requirements: [
      "Strong **PyTorch** and Python skills; C++ is a plus for deployment work",
      "Experience training modern vision models on large datasets",
      "Good understanding of camera geometry and classical image processing",
      "Experience taking vision models from research to production",
      "A degree in computer science, electrical engineering or a related field, or equivalent experience",
    ],
    niceToHave: [
      "Experience with TensorRT, ONNX or similar runtimes",
      "Publications at CVPR, ICCV, ECCV or similar venues",
      "Experience with lidar, radar or multi-sensor fusion",
    ],
    coreTags: ["computer-vision", "pytorch"],
    tags: ["python", "c++", "opencv", "deep-learning", "tensorrt", "onnx", "object-detection", "segmentation", "cuda", "3d"],
    glossary: ["Convolutional Neural Network", "Vision Transformer", "Computer Vision", "Diffusion Model", "Generative Adversarial Network", "Multimodal Model", "Quantization", "Transfer Learning"],
    track: "technical",
    payFactor: 1.0,
  },
  nlp: {
    roles: [role("NLP Engineer"), role("NLP Scientist", EXPERIENCED), role("Speech Recognition Engineer"), role("Computational Linguist", [INTERN, ENTRY, MID, SENIOR]), role("Machine Learning Engineer, NLP", [ENTRY, MID, SENIOR, LEAD])],
    specialties: ["Information Extraction", "Speech", "Machine Translation", "Conversational AI", "Search Relevance", "Multilingual Models", "Text-to-Speech", "Document Understanding"],
    executiveTitles: ["Head of NLP", "Director of Language Technologies", "VP of Speech and Language"],
    missions: [
      "build language models that understand long, messy, domain-specific documents",
      "make our speech and language technology work in every language our customers speak",
      "improve the accuracy of our extraction and classification models",
      "build the conversational layer of our product",
    ],
    responsibilities: [
      "Adapt and evaluate language and speech models for our core tasks",
      "Build annotation guidelines and datasets with our linguists and labelling partners",
      "Improve multilingual performance and measure it per language",
      "Ship models into low-latency production services and monitor their quality",
      "Compare hosted APIs, open-weight models and specialised models on cost and accuracy",
      "Collaborate with research on new model architectures and training methods",
    ],
    requirements: [
      "Strong Python and experience with **PyTorch** and the Hugging Face libraries",
      "Hands-on experience training and evaluating language or speech models",
      "Understanding of text processing, evaluation metrics and error analysis",
      "Experience working with large, noisy text or audio datasets",
      "A degree in computer science, linguistics or a related field, or equivalent experience",
    ],
    niceToHave: [
      "Experience with speech recognition or text-to-speech systems",
      "Publications at ACL, EMNLP, NAACL or Interspeech",
      "Fluency in more than one language",
    ],
    coreTags: ["nlp", "python"],
    tags: ["pytorch", "transformers", "llm", "speech", "huggingface", "information-extraction", "multilingual", "search", "evaluation"],
    glossary: ["Natural Language Processing", "Transformer", "Tokenization", "Embedding", "Large Language Model", "Attention Mechanism", "Long Short-Term Memory", "Recurrent Neural Network", "Few-Shot Learning", "Zero-Shot Learning"],
    track: "technical",
    payFactor: 0.98,
  },
  mlops: {
    roles: [role("MLOps Engineer"), role("ML Platform Engineer"), role("ML Infrastructure Engineer"), role("Site Reliability Engineer, ML", [MID, SENIOR, LEAD]), role("Inference Engineer", EXPERIENCED)],
    specialties: ["Training Infrastructure", "Serving Platform", "GPU Clusters", "Feature Store", "Performance", "Developer Tooling", "Observability", "Data Pipelines"],
    executiveTitles: ["Head of ML Infrastructure", "Director of ML Platform", "VP of Infrastructure"],
    missions: [
      "build the platform our researchers and engineers use to train and ship models",
      "make model deployment faster, cheaper and more reliable",
      "run large GPU clusters efficiently and keep training jobs healthy",
      "give every model in production proper monitoring, rollout and rollback",
    ],
    responsibilities: [
      "Build and operate infrastructure for distributed training on GPU clusters",
      "Run low-latency, high-throughput prediction services with autoscaling and safe rollouts",
      "Develop internal tooling for experiment tracking, model registry and CI/CD for models",
      "Profile and optimise model performance with batching, caching and compilation",
      "Own reliability: on-call, incident reviews and capacity planning",
      "Work closely with researchers to remove friction from their workflow",
    ],
    requirements: [
      "Strong software engineering in **Python** and Go, Rust or C++",
      "Production experience with **Kubernetes**, Docker and a major cloud provider",
      "Experience operating ML training or serving systems at scale",
      "Understanding of GPUs, networking and storage performance",
      "Infrastructure-as-code experience with Terraform or similar",
    ],
    niceToHave: [
      "Experience with Ray, Slurm or Kubeflow",
      "Experience with serving engines such as vLLM, SGLang or Triton",
      "CUDA or kernel-level performance work",
    ],
    coreTags: ["mlops", "kubernetes"],
    tags: ["python", "go", "docker", "terraform", "aws", "gcp", "gpu", "ray", "vllm", "observability"],
    glossary: ["MLOps", "Inference", "Quantization", "Knowledge Distillation", "Mixture of Experts", "Model Evaluation"],
    track: "technical",
    payFactor: 0.97,
  },
  "ai-research": {
    roles: [role("Research Scientist", [INTERN, ENTRY, MID, SENIOR, LEAD, PRINCIPAL]), role("Research Engineer"), role("Applied Research Scientist", EXPERIENCED), role("Member of Technical Staff", [MID, SENIOR, LEAD])],
    specialties: ["Multimodal", "Alignment", "Reasoning", "Interpretability", "Reinforcement Learning", "Pre-training", "Efficient Architectures", "Post-training", "Evaluations"],
    executiveTitles: ["Head of Research", "Director of AI Research", "Chief Scientist"],
    missions: [
      "push the frontier of what our models can do and bring the results into products",
      "run rigorous experiments at scale and publish what we learn",
      "develop new training methods that make our models more capable and more reliable",
      "study how large models work and make them safer",
    ],
    responsibilities: [
      "Design and run large-scale training experiments and analyse the results",
      "Develop new methods for training, post-training or evaluation",
      "Write high-quality research code that others can build on",
      "Publish at top venues and share findings internally and externally",
      "Collaborate with engineering to turn promising results into shipped models",
      "Mentor junior researchers and interns",
    ],
    requirements: [
      "A track record of research in machine learning, such as first-author publications or impactful open-source work",
      "Strong **PyTorch** or JAX skills and experience with large-scale distributed training",
      "Deep understanding of modern neural architectures and optimisation",
      "Ability to choose important problems and drive them independently",
      "PhD in a relevant field or equivalent research experience",
    ],
    niceToHave: [
      "Experience training models with billions of parameters",
      "Publications at NeurIPS, ICML or ICLR",
      "Experience with interpretability or evaluation research",
    ],
    coreTags: ["research", "deep-learning"],
    tags: ["pytorch", "jax", "llm", "reinforcement-learning", "alignment", "multimodal", "distributed-training", "python", "interpretability"],
    glossary: ["Reinforcement Learning from Human Feedback", "Mixture of Experts", "Pre-training", "Attention Mechanism", "Multimodal Model", "AI Alignment", "Reinforcement Learning", "Chain-of-Thought", "Diffusion Model", "Transformer"],
    track: "technical",
    payFactor: 1.15,
  },
  robotics: {
    roles: [role("Robotics Engineer"), role("Robot Learning Engineer"), role("Controls Engineer", [ENTRY, MID, SENIOR, LEAD]), role("Robotics Software Engineer"), role("Robot Learning Researcher", EXPERIENCED)],
    specialties: ["Manipulation", "Motion Planning", "Simulation", "Perception", "Humanoids", "Sim-to-Real", "Teleoperation", "Fleet Learning"],
    executiveTitles: ["Head of Robotics", "Director of Robot Learning", "VP of Robotics Engineering"],
    missions: [
      "teach our robots new skills from demonstrations and simulation",
      "make our robots robust enough to work all day in real customer sites",
      "build the software stack that connects perception, planning and control",
      "close the gap between simulation and the real world",
    ],
    responsibilities: [
      "Develop learning-based policies for manipulation and mobility",
      "Build simulation environments and data pipelines for training robot policies",
      "Integrate perception, planning and control on real hardware",
      "Run experiments on physical robots and analyse failure modes",
      "Work with hardware engineers on sensors, actuators and safety",
      "Write reliable, real-time C++ and Python code",
    ],
    requirements: [
      "Experience with **ROS** or a similar robotics middleware",
      "Strong C++ and Python skills",
      "Experience deploying algorithms on real robots",
      "Understanding of kinematics, dynamics and control",
      "A degree in robotics, mechanical engineering, computer science or a related field",
    ],
    niceToHave: [
      "Experience with imitation learning or learning-based control on real hardware",
      "Experience with Isaac Sim, MuJoCo or similar simulators",
      "Publications at CoRL, RSS or ICRA",
    ],
    coreTags: ["robotics", "ros"],
    tags: ["c++", "python", "pytorch", "simulation", "reinforcement-learning", "computer-vision", "motion-planning", "controls", "embedded"],
    glossary: ["Reinforcement Learning", "Computer Vision", "Deep Learning", "Transfer Learning", "Multimodal Model", "Convolutional Neural Network"],
    track: "technical",
    payFactor: 0.95,
  },
  "ai-product": {
    roles: [role("Product Manager", [INTERN, ENTRY, MID, SENIOR, LEAD, PRINCIPAL]), role("AI Product Manager", EXPERIENCED), role("Technical Product Manager", [MID, SENIOR, LEAD, PRINCIPAL]), role("Associate Product Manager", [ENTRY])],
    specialties: ["AI Platform", "AI Features", "Developer Experience", "Agents", "Enterprise", "Trust & Safety", "Growth", "Data Products"],
    executiveTitles: ["Head of Product, AI", "Director of Product Management", "VP of Product"],
    missions: [
      "decide what we build next with AI and make sure it is genuinely useful",
      "own the roadmap for our AI features from discovery to launch",
      "turn powerful models into simple, trustworthy product experiences",
      "work with engineering and research to ship AI products customers love",
    ],
    responsibilities: [
      "Talk to customers constantly and turn their problems into clear product requirements",
      "Define success metrics and quality bars for AI features, including evaluation criteria",
      "Prioritise the roadmap with engineering, research and design",
      "Plan launches with marketing and sales and measure adoption afterwards",
      "Make trade-offs between quality, latency, cost and safety explicit",
      "Write crisp product specs and keep stakeholders aligned",
    ],
    requirements: [
      "Experience as a product manager shipping software products",
      "Enough technical depth to have credible conversations with ML engineers",
      "Strong analytical skills and comfort with **SQL** and data",
      "Excellent written and verbal communication",
      "A track record of making good decisions with incomplete information",
    ],
    niceToHave: [
      "Experience shipping AI-powered features",
      "A technical background in engineering or data science",
      "Experience with B2B or developer products",
    ],
    coreTags: ["product-management", "ai-products"],
    tags: ["llm", "roadmapping", "analytics", "b2b", "saas", "user-research", "agents", "evaluation", "sql"],
    glossary: ["Large Language Model", "Retrieval-Augmented Generation", "AI Agent", "Hallucination", "Prompt Engineering", "Foundation Model", "Model Evaluation"],
    track: "business",
    payFactor: 0.95,
  },
  "ai-design": {
    roles: [role("Product Designer"), role("UX Researcher", [INTERN, ENTRY, MID, SENIOR, LEAD]), role("Conversation Designer", [ENTRY, MID, SENIOR, LEAD]), role("Design Engineer", [ENTRY, MID, SENIOR, LEAD]), role("Content Designer", [ENTRY, MID, SENIOR])],
    specialties: ["AI Assistants", "Generative Tools", "Design Systems", "Developer Platform", "Onboarding", "Agents", "Enterprise"],
    executiveTitles: ["Head of Design", "Director of Product Design", "VP of Design"],
    missions: [
      "design how people work alongside AI in our product",
      "make our generative tools feel intuitive, fast and trustworthy",
      "shape the interaction patterns for our assistant and agents",
      "bring clarity and craft to complex AI workflows",
    ],
    responsibilities: [
      "Design end-to-end experiences from early concepts to polished, shipped UI",
      "Prototype with real model outputs to explore how AI features should behave",
      "Run user research and usability studies and turn insights into decisions",
      "Contribute to and evolve our design system",
      "Design for uncertainty: loading states, errors, corrections and feedback",
      "Collaborate daily with engineers, PMs and researchers",
    ],
    requirements: [
      "A portfolio showing strong interaction and visual design craft",
      "Proficiency in **Figma** and prototyping tools",
      "Experience designing complex software products",
      "Ability to communicate design decisions clearly",
      "Comfort with ambiguity and fast iteration",
    ],
    niceToHave: [
      "Front-end skills in HTML, CSS and React",
      "Experience designing conversational or AI-powered interfaces",
      "Experience with B2B or developer tools",
    ],
    coreTags: ["design", "ux"],
    tags: ["figma", "prototyping", "user-research", "design-systems", "conversation-design", "react", "llm", "accessibility"],
    glossary: ["Large Language Model", "Hallucination", "Prompt Engineering", "AI Agent", "Multimodal Model", "Diffusion Model"],
    track: "business",
    payFactor: 0.82,
  },
  "ai-marketing": {
    roles: [role("Product Marketing Manager", [ENTRY, MID, SENIOR, LEAD, PRINCIPAL]), role("Growth Marketing Manager", [ENTRY, MID, SENIOR, LEAD]), role("Content Marketing Manager", [ENTRY, MID, SENIOR, LEAD]), role("Developer Advocate", [ENTRY, MID, SENIOR, LEAD]), role("Marketing Coordinator", [INTERN, ENTRY, MID]), role("Marketing Intern", [INTERN])],
    specialties: ["AI Platform", "Developer Audience", "Enterprise", "Lifecycle", "Community", "Demand Generation", "Brand", "Launches"],
    executiveTitles: ["Head of Marketing", "Director of Product Marketing", "VP of Marketing"],
    missions: [
      "tell the story of our AI platform to developers and enterprise buyers",
      "grow our user base with creative, data-driven campaigns",
      "build a community of builders around our product",
      "launch new AI capabilities with clear, credible messaging",
    ],
    responsibilities: [
      "Own positioning and messaging for key products and launches",
      "Plan and run campaigns across email, social, events and paid channels",
      "Create content that explains complex AI concepts simply and accurately",
      "Work with product and sales on launches, enablement and competitive insights",
      "Measure campaign performance and iterate on what works",
      "Build relationships with customers, partners and the developer community",
    ],
    requirements: [
      "Experience in marketing at a B2B or developer-focused technology company",
      "Excellent writing and storytelling skills",
      "Data-driven approach to planning and measuring campaigns",
      "Genuine curiosity about AI and how customers use it",
      "Ability to manage several projects at once",
    ],
    niceToHave: [
      "Experience marketing to developers",
      "Hands-on experience with marketing automation and analytics tools",
      "A technical background or experience building with AI tools",
    ],
    coreTags: ["marketing", "ai-products"],
    tags: ["growth", "content", "product-marketing", "developer-relations", "seo", "b2b", "community", "analytics", "llm"],
    glossary: ["Large Language Model", "Foundation Model", "Retrieval-Augmented Generation", "AI Agent", "Prompt Engineering", "Multimodal Model"],
    track: "business",
    payFactor: 0.75,
  },
  "ai-sales": {
    roles: [role("Account Executive", [ENTRY, MID, SENIOR, LEAD]), role("Sales Engineer", [ENTRY, MID, SENIOR, LEAD]), role("Solutions Architect", EXPERIENCED), role("Customer Success Manager", [ENTRY, MID, SENIOR, LEAD]), role("Sales Development Representative", [INTERN, ENTRY, MID]), role("Forward Deployed Engineer", [ENTRY, MID, SENIOR, LEAD])],
    specialties: ["Enterprise", "Mid-Market", "Public Sector", "EMEA", "Strategic Accounts", "AI Platform", "Financial Services", "Healthcare"],
    executiveTitles: ["Head of Sales", "VP of Sales", "Director of Solutions Engineering"],
    missions: [
      "help enterprises adopt AI successfully with our platform",
      "grow our business with new customers in a fast-moving market",
      "guide customers from first demo to production deployment",
      "build lasting relationships with some of our most important customers",
    ],
    responsibilities: [
      "Manage the full sales cycle from discovery to close",
      "Run tailored demos and technical deep dives for customer teams",
      "Scope proofs of concept and help customers measure success",
      "Work with product and engineering to relay customer feedback",
      "Build account plans and forecast accurately",
      "Help customers move from pilot to production and expand usage",
    ],
    requirements: [
      "Experience in a customer-facing role at a software or cloud company",
      "Excellent communication and presentation skills",
      "Ability to understand technical products and explain their value",
      "Track record of meeting or exceeding targets",
      "Comfort with a **fast-paced**, high-growth environment",
    ],
    niceToHave: [
      "Experience selling AI, data or developer platforms",
      "Hands-on coding experience in Python",
      "Experience in regulated industries such as finance or healthcare",
    ],
    coreTags: ["sales", "enterprise"],
    tags: ["saas", "b2b", "solutions-engineering", "customer-success", "llm", "python", "cloud", "salesforce"],
    glossary: ["Large Language Model", "Retrieval-Augmented Generation", "Fine-Tuning", "AI Agent", "Vector Database", "Inference"],
    track: "business",
    payFactor: 0.78,
  },
};

/**
 * How a glossary term reads inside a sentence of a job description. Every form here is the term
 * itself or one of its aliases in glossary.ts, so the term can be found in the description.
 */
const MENTION_FORMS: Readonly<Record<string, string>> = {
  "Large Language Model": "Large Language Models",
  "Vector Database": "Vector Databases",
  Embedding: "Embeddings",
  "AI Agent": "AI Agents",
  "Foundation Model": "Foundation Models",
  "Diffusion Model": "Diffusion Models",
  "Multimodal Model": "Multimodal Models",
  Transformer: "Transformers",
  "Neural Network": "Neural Networks",
  "Convolutional Neural Network": "Convolutional Neural Networks",
  "Recurrent Neural Network": "Recurrent Neural Networks",
  "Vision Transformer": "Vision Transformers",
  "Generative Adversarial Network": "Generative Adversarial Networks",
  "Attention Mechanism": "Attention Mechanisms",
  "Context Window": "Context Windows",
};

export function mentionForm(term: string): string {
  return MENTION_FORMS[term] ?? term;
}
