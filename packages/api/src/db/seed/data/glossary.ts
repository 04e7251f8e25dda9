import { architectureTerms } from "./glossary-architectures";
import { fundamentalTerms } from "./glossary-fundamentals";
import { generativeTerms } from "./glossary-generative";
import { practiceTerms } from "./glossary-practice";
import { type GlossaryTermSeed, paragraphs } from "./glossary-types";

export type { GlossaryFaqSeed, GlossaryTermSeed } from "./glossary-types";

/**
 * Foundation Model and its related terms. Their text is the reference page's text
 * (shared/reference/glossary-term-page.txt) word for word: do not edit it casually.
 */
const referenceTerms: GlossaryTermSeed[] = [
  {
    slug: "foundation-model",
    term: "Foundation Model",
    shortDefinition:
      "A foundation model is a large AI model trained on broad data that can be adapted to a wide range of downstream tasks. Examples include GPT-4, Claude, LLaMA, and DALL-E. They represent a paradigm shift toward general-purpose models that serve as a base for many applications.",
    body: paragraphs(
      'The term "foundation model" was coined by Stanford researchers in 2021 to describe the emerging class of large pre-trained models that serve as a foundation for diverse applications. These models are characterized by massive scale (billions of parameters), broad pre-training data, and the ability to transfer to tasks not explicitly seen during training.',
      "Foundation models exhibit emergent capabilities that appear at scale but are absent in smaller models. These include in-context learning, chain-of-thought reasoning, and the ability to follow complex instructions. The scaling laws governing these models suggest that performance improves predictably with increases in model size, training data, and compute.",
      "The foundation model paradigm has reshaped the AI industry. Rather than training task-specific models from scratch, practitioners now fine-tune, prompt, or build applications on top of foundation models. This has lowered the barrier to building AI applications, as developers can leverage powerful capabilities without the resources to train large models themselves. APIs from providers like OpenAI, Anthropic, Google, and others make foundation model capabilities accessible through simple HTTP calls.",
      "The economics and governance of foundation models raise important questions. Training a state-of-the-art foundation model costs tens to hundreds of millions of dollars, concentrating development in well-resourced organizations. Open-source models like LLaMA and Mistral aim to democratize access. Debates continue about licensing, safety testing requirements, and the balance between open and closed development.",
    ),
    howItWorks:
      "Foundation models are pre-trained on massive datasets using self-supervised objectives (like next-token prediction for language models). This pre-training captures broad knowledge and capabilities. The model is then adapted for specific uses through fine-tuning, prompting, or integration into larger systems.",
    careerRelevance:
      "Understanding foundation models is essential for virtually all AI roles. Whether you are building applications on top of them, fine-tuning them, or contributing to their development, foundation models are central to the current AI landscape. This concept provides important context for career planning in AI.",
    aliases: ["Foundation Models"],
    relatedCategorySlug: "generative-ai",
    faqs: [
      {
        question: "What makes a model a foundation model?",
        answer:
          "Foundation models are characterized by large-scale pre-training on broad data, adaptability to diverse downstream tasks, and emergent capabilities that arise from scale. Examples include GPT-4, Claude, LLaMA, and multimodal models like Gemini.",
      },
      {
        question: "Do I need to train foundation models to work in AI?",
        answer:
          "No. Most AI practitioners work with existing foundation models through fine-tuning, prompting, or API integration. Training foundation models from scratch requires resources available to only a few organizations. The majority of AI jobs involve building on top of these models.",
      },
      {
        question: "Are foundation models the future of AI?",
        answer:
          "Foundation models are the dominant paradigm in AI today and their influence continues to grow. Understanding how to work with them effectively is one of the most valuable skills in AI careers.",
      },
    ],
    related: ["large-language-model", "pre-training", "fine-tuning", "transfer-learning"],
  },
  {
    slug: "large-language-model",
    term: "Large Language Model",
    shortDefinition:
      "A large language model (LLM) is a neural network with billions of parameters trained on vast text corpora to understand and generate human language. LLMs like GPT-4, Claude, Gemini, and LLaMA power conversational AI, code generation, and a wide range of language tasks.",
    body: paragraphs(
      "Large language models are Transformer networks trained to predict the next token in a sequence. Trained on trillions of tokens of web text, books, code and other sources, they learn grammar, facts, styles of reasoning and the structure of programming languages as a side effect of that simple objective. Parameter counts range from a few billion for models that run on a laptop to hundreds of billions or more for frontier systems.",
      "A raw pre-trained LLM continues text; it does not yet follow instructions. Chat assistants are produced by further training: supervised fine-tuning on example conversations, then preference optimisation such as Reinforcement Learning from Human Feedback so that answers are helpful, honest and safe. The result can answer questions, write and debug code, summarise documents, translate, extract structured data and call external tools.",
      "LLMs have well-known limits. They can hallucinate plausible but false statements, they only see what fits in their context window, their knowledge stops at a training cut-off, and their output varies with small changes to the prompt. Production systems therefore surround the model with retrieval, tools, validation and evaluation rather than trusting a single unverified completion.",
      "Applications built on LLMs now span customer support, search, software engineering, legal and medical documentation, education and data analysis. Much of the engineering work is in the system around the model: prompt design, Retrieval-Augmented Generation, guardrails, latency and cost control, and continuous evaluation against real user traffic.",
    ),
    howItWorks:
      "Text is split into tokens and mapped to embeddings. A stack of Transformer layers uses self-attention to mix information across the sequence and outputs a probability distribution over the next token. Generation repeats this step, sampling a token, appending it and predicting again, until a stop condition. Behaviour is shaped first by pre-training, then by instruction tuning and preference optimisation, and at run time by the prompt and any retrieved context.",
    careerRelevance:
      "LLMs sit at the centre of today's AI hiring. AI engineers build applications and agents on top of them, ML engineers fine-tune and serve them, researchers train and align them, and product managers, designers, marketers and sales teams increasingly need to understand what they can and cannot do. Practical experience with LLM APIs, evaluation and retrieval is one of the most requested skills in AI job descriptions.",
    aliases: ["LLM", "LLMs", "Large Language Models"],
    relatedCategorySlug: "generative-ai",
    faqs: [
      {
        question: "What is the difference between an LLM and a chatbot?",
        answer:
          "An LLM is the underlying model that predicts text. A chatbot is an application built on one, adding a conversation interface, a system prompt, memory, safety filters and often tools or retrieval. The same LLM can power many different chatbots and non-chat applications.",
      },
      {
        question: "Do I need a PhD to work with large language models?",
        answer:
          "No. Building applications with LLMs mostly needs solid software engineering, an understanding of prompting, retrieval and evaluation, and good judgement about failure modes. Training new LLMs from scratch is where research backgrounds are most common.",
      },
      {
        question: "Why do LLMs make things up?",
        answer:
          "An LLM generates the most plausible continuation of its input, not a verified fact. When the answer is not well represented in its training data or context, it can produce fluent but wrong text. Grounding answers in retrieved sources and checking outputs reduce the problem.",
      },
    ],
    related: ["transformer", "foundation-model", "tokenization", "hallucination"],
  },
  {
    slug: "pre-training",
    term: "Pre-training",
    shortDefinition:
      "Pre-training is the initial phase of training where a model learns general representations from large-scale data using self-supervised objectives. It provides the foundation of knowledge and capabilities that subsequent fine-tuning adapts for specific tasks.",
    body: paragraphs(
      "In pre-training, a model is trained on a very large, mostly unlabelled dataset with an objective that can be computed from the data itself. Language models predict the next token or fill in masked words; vision models reconstruct masked image patches or match images with their captions. Because no human labelling is needed, pre-training can use web-scale data.",
      "Pre-training is by far the most expensive stage of building a modern model. Frontier runs use thousands of accelerators for weeks or months, and most of the engineering effort goes into data quality, deduplication and filtering, stable optimisation at scale, and efficient distributed training. Scaling laws help teams choose the model size and number of training tokens for a given compute budget.",
      "The result is a base model with broad knowledge and general-purpose representations, but not yet tuned for a particular behaviour. Later stages such as supervised fine-tuning, preference optimisation or task-specific training build on it, and they need far less data and compute precisely because pre-training already did most of the work.",
    ),
    howItWorks:
      "A large corpus is cleaned, deduplicated and tokenised. The model processes batches of sequences and is optimised with gradient descent to minimise a self-supervised loss, such as cross-entropy on the next token. Training is distributed across many GPUs with data, tensor and pipeline parallelism, with checkpoints saved regularly and evaluation suites run throughout to track capabilities.",
    careerRelevance:
      "Pre-training roles are concentrated at a small number of labs and are among the most specialised in AI: research scientists, research engineers, data engineers for training corpora and infrastructure engineers for large clusters. Understanding pre-training also helps application engineers reason about what a base model knows and why fine-tuning works.",
    aliases: ["pretraining", "pre-train"],
    relatedCategorySlug: "ai-research",
    faqs: [
      {
        question: "What is the difference between pre-training and fine-tuning?",
        answer:
          "Pre-training teaches a model general knowledge from huge unlabelled datasets and is very expensive. Fine-tuning starts from the pre-trained model and adapts it to a task or behaviour with a much smaller, usually labelled dataset.",
      },
      {
        question: "Why is pre-training called self-supervised?",
        answer:
          "The training signal comes from the data itself, for example the next word in a sentence or a hidden patch of an image, so no human labels are needed. This is what allows pre-training on billions of examples.",
      },
    ],
    related: ["fine-tuning", "foundation-model", "transfer-learning", "large-language-model"],
  },
  {
    slug: "fine-tuning",
    term: "Fine-Tuning",
    shortDefinition:
      "Fine-tuning is the process of taking a pre-trained model and adapting it to a specific task or domain by training on task-specific data. It is a cornerstone technique in modern AI that enables efficient specialization of foundation models.",
    body: paragraphs(
      "Fine-tuning continues training a pre-trained model on a smaller, targeted dataset. A classifier may be fine-tuned on labelled support tickets, a language model on instruction and response pairs, or an image model on medical scans. Because the model already has general representations, fine-tuning reaches good quality with thousands rather than millions of examples.",
      "There are several flavours. Full fine-tuning updates every weight and gives the most flexibility at the highest cost. Parameter-efficient methods such as LoRA and adapters train a small number of extra parameters while freezing the base model, which cuts memory needs and lets one base model serve many specialised variants. Instruction tuning and preference optimisation are fine-tuning stages that turn base language models into assistants.",
      "Fine-tuning is not always the right tool. For many applications, prompt engineering or Retrieval-Augmented Generation gets most of the benefit with less effort and keeps knowledge easy to update. Fine-tuning shines when you need a consistent format or style, lower latency from a smaller model, domain-specific behaviour, or a task that prompting alone cannot reach.",
    ),
    howItWorks:
      "Start from pre-trained weights, prepare a task dataset in the model's input format, and train with a small learning rate for a few epochs so that the model adapts without forgetting what it learned. Hold out an evaluation set, watch for overfitting, and compare against the base model and a prompting baseline before shipping.",
    careerRelevance:
      "Fine-tuning is a core skill for ML engineers, applied scientists and AI engineers. Job descriptions frequently ask for experience fine-tuning open models with frameworks such as PyTorch and Hugging Face, using parameter-efficient methods, building training datasets and evaluating the results rigorously.",
    aliases: ["finetuning", "fine tuning", "fine-tune"],
    relatedCategorySlug: "machine-learning",
    faqs: [
      {
        question: "Should I fine-tune or use RAG?",
        answer:
          "Use Retrieval-Augmented Generation when the model needs access to specific, changing knowledge. Use fine-tuning when you need to change the model's behaviour, style or format, or to make a smaller model good at a narrow task. Many production systems combine both.",
      },
      {
        question: "How much data do I need to fine-tune a model?",
        answer:
          "It depends on the task, but a few hundred to a few thousand high-quality examples are often enough for parameter-efficient fine-tuning of a language model. Quality and coverage of the examples matter more than raw volume.",
      },
      {
        question: "What is catastrophic forgetting?",
        answer:
          "It is when a model fine-tuned on a new task loses abilities it had before. Small learning rates, parameter-efficient methods and mixing in general data help prevent it.",
      },
    ],
    related: ["pre-training", "lora", "transfer-learning", "rlhf"],
  },
  {
    slug: "transfer-learning",
    term: "Transfer Learning",
    shortDefinition:
      "Transfer learning is a technique where knowledge gained from training on one task is applied to a different but related task. It is the foundation of the pre-train and fine-tune paradigm that makes modern AI practical for the vast majority of applications.",
    body: paragraphs(
      "Models trained on large, general datasets learn features that are useful far beyond their original task. Early layers of an image network detect edges and textures; language models learn syntax and meaning. Transfer learning reuses these learned representations instead of starting from random weights, so a new task needs much less data and compute.",
      "Transfer learning became mainstream in computer vision when networks pre-trained on ImageNet turned out to be excellent starting points for medical imaging, satellite imagery and industrial inspection. In NLP, models such as BERT and GPT showed that pre-training on text and then fine-tuning beat task-specific architectures on almost every benchmark.",
      "Common strategies include feature extraction, where a frozen pre-trained model produces embeddings for a small new model, and fine-tuning, where some or all of the pre-trained weights are updated. The further the target domain is from the source data, the more adaptation is needed, and in extreme cases transfer can even hurt, a problem known as negative transfer.",
    ),
    howItWorks:
      "Take a model trained on a source task, keep its learned layers, and replace or add a task-specific head. Either freeze the pre-trained layers and train only the head, or train the whole network with a lower learning rate. The pre-trained weights act as a strong prior that makes learning on the target task faster and more data-efficient.",
    careerRelevance:
      "Almost every applied ML project starts from a pre-trained model, so transfer learning is assumed knowledge for machine learning engineers, data scientists and computer vision and NLP engineers. Knowing when to freeze, when to fine-tune and how to diagnose negative transfer is valuable in interviews and on the job.",
    aliases: [],
    relatedCategorySlug: "machine-learning",
    faqs: [
      {
        question: "Is fine-tuning the same as transfer learning?",
        answer:
          "Fine-tuning is one way to do transfer learning. Transfer learning is the broader idea of reusing knowledge from one task for another; it also includes using a frozen model as a feature extractor.",
      },
      {
        question: "When does transfer learning not help?",
        answer:
          "When the target data is very different from what the model was pre-trained on, for example a photo model applied to spectrograms with very little data, gains shrink and can even turn negative. Domain-specific pre-training can fix this.",
      },
    ],
    related: ["fine-tuning", "pre-training", "few-shot-learning", "deep-learning"],
  },
];

/** Every glossary term (the API sorts them A–Z). */
export const glossaryTerms: readonly GlossaryTermSeed[] = [
  ...referenceTerms,
  ...generativeTerms,
  ...architectureTerms,
  ...fundamentalTerms,
  ...practiceTerms,
];
