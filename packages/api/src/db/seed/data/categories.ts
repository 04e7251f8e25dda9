export interface CategorySeed {
  slug: string;
  name: string;
  description: string;
  position: number;
}

export const categories: readonly CategorySeed[] = [
  {
    slug: "generative-ai",
    name: "Generative AI",
    description:
      "Build products on large language models, diffusion models and other foundation models: LLM applications, agents, retrieval-augmented generation, evaluation and fine-tuning.",
    position: 1,
  },
  {
    slug: "machine-learning",
    name: "Machine Learning",
    description:
      "Design, train and ship machine learning models in production: ranking, recommendations, forecasting, fraud detection and the systems around them.",
    position: 2,
  },
  {
    slug: "data-science",
    name: "Data Science",
    description:
      "Turn data into decisions with statistics, experimentation, causal inference and predictive modelling, and build the data pipelines that feed AI systems.",
    position: 3,
  },
  {
    slug: "computer-vision",
    name: "Computer Vision",
    description:
      "Teach machines to see: detection, segmentation, 3D perception, video understanding, medical imaging and image generation.",
    position: 4,
  },
  {
    slug: "nlp",
    name: "NLP",
    description:
      "Natural language processing and speech: information extraction, search relevance, machine translation, conversational AI and speech recognition.",
    position: 5,
  },
  {
    slug: "mlops",
    name: "MLOps",
    description:
      "Run machine learning reliably at scale: training infrastructure, GPU clusters, model serving, inference optimisation, monitoring and developer tooling.",
    position: 6,
  },
  {
    slug: "ai-research",
    name: "AI Research",
    description:
      "Push the state of the art: pre-training, reasoning, alignment, interpretability, reinforcement learning and multimodal research, published or shipped.",
    position: 7,
  },
  {
    slug: "robotics",
    name: "Robotics",
    description: "Bring AI into the physical world: robot learning, manipulation, motion planning, perception, controls and simulation.",
    position: 8,
  },
  {
    slug: "ai-product",
    name: "AI Product",
    description:
      "Product management for AI-powered products: discovery, roadmaps, evaluation criteria and launches of LLM features, agents and AI platforms.",
    position: 9,
  },
  {
    slug: "ai-design",
    name: "AI Design",
    description:
      "Design how people work with AI: product design, UX research, conversation design and design engineering for assistants and generative tools.",
    position: 10,
  },
  {
    slug: "ai-marketing",
    name: "AI Marketing",
    description: "Tell the story of AI products: product marketing, growth, content, developer relations and community for AI companies.",
    position: 11,
  },
  {
    slug: "ai-sales",
    name: "AI Sales",
    description: "Bring AI to customers: account executives, solutions engineers, sales development and customer success at AI companies.",
    position: 12,
  },
];
