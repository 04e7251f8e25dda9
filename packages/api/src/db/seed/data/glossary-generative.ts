import { type GlossaryTermSeed, paragraphs } from "./glossary-types";

/** Terms about building with generative models: retrieval, prompting, agents, alignment of assistants. */
export const generativeTerms: GlossaryTermSeed[] = [
  {
    slug: "retrieval-augmented-generation",
    term: "Retrieval-Augmented Generation",
    shortDefinition:
      "Retrieval-Augmented Generation (RAG) is a technique that gives a language model relevant documents retrieved at query time, so its answers are grounded in specific, up-to-date sources instead of only what it memorised during training.",
    body: paragraphs(
      "A language model only knows what was in its training data and what is in its prompt. RAG closes that gap by searching a knowledge source, such as company documents, a product catalogue or a support knowledge base, and inserting the most relevant passages into the prompt before the model answers. The model can then quote, summarise and reason over information it never saw in training.",
      "RAG has become the default architecture for enterprise assistants and question answering because it is cheaper and easier to keep current than fine-tuning: updating knowledge means re-indexing documents, not retraining a model. It also makes answers auditable, since the system can cite the passages it used, and it reduces, though does not eliminate, hallucination.",
      "Quality depends heavily on retrieval. Teams tune how documents are split into chunks, which embedding model is used, whether keyword search is combined with vector search, and whether a re-ranking model reorders results. Evaluation covers both retrieval (did we find the right passages?) and generation (did the answer use them faithfully?).",
      "More advanced variants let the model decide when and what to retrieve, run several searches for multi-step questions, query structured databases alongside text, or build knowledge graphs over a corpus. These blur the line between RAG and AI agents that use search as one tool among many.",
    ),
    howItWorks:
      "Documents are split into chunks, converted to embeddings and stored in a vector database or search index. At query time the user's question is embedded, the nearest chunks are retrieved (often combined with keyword search and re-ranked), and the top results are placed in the prompt with instructions to answer from them and cite sources. The language model then generates an answer grounded in that context.",
    careerRelevance:
      "RAG is one of the most requested skills for AI engineers and applied ML roles building LLM products. Employers look for hands-on experience with chunking strategies, embedding models, vector databases, hybrid search, re-ranking and evaluation of retrieval quality. Product managers and solutions engineers also need to understand RAG to scope customer deployments.",
    aliases: ["RAG", "retrieval augmented generation"],
    relatedCategorySlug: "generative-ai",
    faqs: [
      {
        question: "Does RAG stop hallucinations?",
        answer:
          "It reduces them by giving the model the facts it needs, but the model can still misread or ignore context, and retrieval can miss the right passage. Citations, answer verification and good evaluation are still necessary.",
      },
      {
        question: "Do I need a vector database for RAG?",
        answer:
          "Not always. Small corpora can use an in-memory index or a Postgres extension such as pgvector, and keyword search alone works well for some domains. Dedicated vector databases help at large scale or with heavy filtering needs.",
      },
      {
        question: "What is chunking in RAG?",
        answer:
          "Chunking splits documents into passages small enough to retrieve precisely and fit in the prompt, but large enough to keep meaning. Chunk size, overlap and splitting on document structure all affect answer quality.",
      },
    ],
    related: ["embedding", "vector-database", "large-language-model", "hallucination"],
  },
  {
    slug: "embedding",
    term: "Embedding",
    shortDefinition:
      "An embedding is a dense vector of numbers that represents an item such as a word, sentence, image or user, arranged so that similar items have vectors that are close together.",
    body: paragraphs(
      "Machine learning models work with numbers, so text, images, products and people have to be represented numerically. Embeddings do this by mapping each item to a point in a space with hundreds or thousands of dimensions. The mapping is learned, and the geometry ends up meaningful: sentences about the same topic land near each other, and so do products that are bought together.",
      "Embeddings are everywhere in modern AI. The first layer of a language model turns tokens into embeddings; recommender systems learn embeddings for users and items; semantic search compares the embedding of a query with embeddings of documents; and multimodal models such as CLIP place images and captions in a shared space so one can be used to find the other.",
      "Choosing an embedding model is a practical engineering decision. Larger models usually give better retrieval quality but cost more to compute and store. Dimensions, normalisation, the similarity metric (cosine similarity or dot product) and whether the model was trained on your domain and languages all matter, and it is worth benchmarking on your own data rather than relying on leaderboards.",
    ),
    howItWorks:
      "An embedding model, usually a neural network, is trained so that related pairs (a question and its answer, an image and its caption, a user and an item they clicked) get similar vectors and unrelated pairs get dissimilar ones, often with a contrastive loss. After training, passing an item through the model yields its vector, and similarity between items is measured with cosine similarity or a dot product.",
    careerRelevance:
      "Working with embeddings is a core skill for AI engineers building search and RAG, ML engineers in recommendations and ranking, and NLP and computer vision engineers. Interviewers often ask how to choose, evaluate and serve embedding models and how to search millions of vectors efficiently.",
    aliases: ["Embeddings", "vector embedding", "vector embeddings"],
    relatedCategorySlug: "machine-learning",
    faqs: [
      {
        question: "What is the difference between an embedding and a vector?",
        answer:
          "An embedding is a vector with meaning: it was produced by a model so that distances reflect similarity. Any list of numbers is a vector, but only learned representations like these are called embeddings.",
      },
      {
        question: "How many dimensions should an embedding have?",
        answer:
          "Common text embedding models produce 384 to 3072 dimensions. More dimensions can capture more nuance but cost more storage and search time; some models support truncating vectors to trade a little quality for speed.",
      },
    ],
    related: ["vector-database", "retrieval-augmented-generation", "neural-network", "tokenization"],
  },
  {
    slug: "vector-database",
    term: "Vector Database",
    shortDefinition:
      "A vector database stores embeddings and finds the vectors most similar to a query vector quickly, usually with approximate nearest neighbour indexes. It is a common building block of semantic search and retrieval-augmented generation.",
    body: paragraphs(
      "Searching by meaning means comparing a query embedding with millions or billions of stored embeddings. Doing this exactly is too slow at scale, so vector databases build approximate nearest neighbour (ANN) indexes that return almost the same results in milliseconds. Popular index types include HNSW graphs, inverted file indexes and product quantisation.",
      "Beyond the index, a vector database adds what applications need around it: storing metadata with each vector, filtering by that metadata (for example by customer, language or date), updating and deleting records, replication and access control. Many systems also support hybrid search that blends vector similarity with keyword relevance such as BM25.",
      "The category includes dedicated engines and vector extensions to existing databases, such as pgvector for PostgreSQL or vector fields in search engines. The right choice depends on scale, latency targets, filtering needs, operational preferences and cost, and for many applications an extension to a database the team already runs is enough.",
    ),
    howItWorks:
      "Embeddings are inserted with an ID and metadata. The database organises them into an ANN index, for example a navigable small-world graph where each vector links to near neighbours. A query walks the graph or probes the closest clusters, scores candidates with cosine similarity or dot product, applies filters and returns the top k results. Index parameters trade recall against latency and memory.",
    careerRelevance:
      "Experience with vector databases appears in many AI engineer, backend and MLOps job descriptions, especially for teams building RAG, semantic search or recommendations. Understanding ANN trade-offs, hybrid search and how to evaluate recall is valuable; solutions engineers at vector database companies also need this knowledge to support customers.",
    aliases: ["vector store", "vector DB", "Vector Databases"],
    relatedCategorySlug: "generative-ai",
    faqs: [
      {
        question: "Is a vector database required for semantic search?",
        answer:
          "No. For small collections a brute-force search in memory is fine, and extensions like pgvector add vector search to PostgreSQL. Dedicated vector databases become attractive at large scale or with demanding latency and filtering requirements.",
      },
      {
        question: "What does approximate nearest neighbour mean?",
        answer:
          "It means the search may occasionally miss one of the true closest vectors in exchange for being orders of magnitude faster. Recall, the share of true neighbours returned, is the key quality measure.",
      },
    ],
    related: ["embedding", "retrieval-augmented-generation", "inference"],
  },
  {
    slug: "prompt-engineering",
    term: "Prompt Engineering",
    shortDefinition:
      "Prompt engineering is the practice of designing and refining the instructions, examples and context given to a language model so that it reliably produces the desired output.",
    body: paragraphs(
      "Large language models respond to their input text, so how a task is described changes the result. Prompt engineering covers writing clear instructions, giving the model a role and relevant context, showing examples of good answers, specifying the output format, and breaking complex tasks into steps.",
      "In production, prompts are software. They are versioned, tested against evaluation sets, reviewed and monitored, because a small wording change can improve one case and break another. Techniques include few-shot examples, chain-of-thought reasoning, structured outputs such as JSON schemas, tool definitions for function calling, and prompt chaining, where one model call feeds the next.",
      "As models improve, less trickery is needed and the craft shifts toward context engineering: deciding what information, retrieved documents, tool results and conversation history to put in front of the model, and in what order, within the limits of the context window.",
    ),
    howItWorks:
      "A prompt combines a system message with instructions and constraints, optional examples, retrieved context and the user's input. The engineer runs it against a set of representative test cases, inspects failures, adjusts instructions, examples or structure, and repeats until quality metrics on the test set are good enough, then keeps those tests as regression checks.",
    careerRelevance:
      "Prompt engineering is an everyday skill for AI engineers, product managers and conversation designers working with LLMs, and it appears in many job descriptions. Standalone prompt engineer titles are less common than a few years ago; the skill is now expected as part of broader AI engineering, evaluation and product roles.",
    aliases: ["prompting", "prompt design", "context engineering"],
    relatedCategorySlug: "generative-ai",
    faqs: [
      {
        question: "Is prompt engineering a real job?",
        answer:
          "Some companies hire for it directly, but more often it is one skill within AI engineer, applied scientist, product or conversation design roles. Combining it with evaluation and software engineering is what employers value most.",
      },
      {
        question: "What makes a good prompt?",
        answer:
          "Clear, specific instructions, the context the model needs, examples of the desired output, an explicit format, and guidance for edge cases such as what to do when information is missing.",
      },
    ],
    related: ["chain-of-thought", "few-shot-learning", "large-language-model", "context-window"],
  },
  {
    slug: "rlhf",
    term: "Reinforcement Learning from Human Feedback",
    shortDefinition:
      "Reinforcement Learning from Human Feedback (RLHF) is a training method that aligns a model's behaviour with human preferences by learning a reward model from human comparisons of outputs and then optimising the model against it.",
    body: paragraphs(
      "A pre-trained language model imitates its training data, which includes unhelpful, wrong and harmful text. RLHF steers it toward the answers people actually prefer. Human labellers compare pairs of responses to the same prompt and pick the better one, and those judgements become the training signal.",
      "RLHF was central to turning base models into useful assistants, improving helpfulness, instruction following and refusal of harmful requests. It is usually applied after supervised fine-tuning on demonstration data. Simpler alternatives such as Direct Preference Optimization (DPO) optimise the model on preference pairs without training a separate reward model, and AI feedback can replace or supplement human labels.",
      "The method has known pitfalls. The policy can exploit weaknesses in the reward model, producing answers that score well but are verbose or sycophantic; labeller instructions and disagreements shape what counts as good; and collecting high-quality preference data is expensive. Much alignment research focuses on making this feedback loop more reliable.",
    ),
    howItWorks:
      "First, collect prompts and several model responses for each, and ask people to rank them. Second, train a reward model to predict those preferences. Third, fine-tune the language model with a reinforcement learning algorithm such as PPO to maximise the reward, with a penalty (a KL divergence term) that keeps it close to the original model so it does not drift into degenerate text.",
    careerRelevance:
      "RLHF and preference optimisation are key skills for research scientists and research engineers working on post-training and alignment at model developers. Data operations, annotation and evaluation teams also work around RLHF pipelines, and understanding it helps application teams reason about model behaviour.",
    aliases: ["RLHF", "preference optimization"],
    relatedCategorySlug: "ai-research",
    faqs: [
      {
        question: "What is the difference between RLHF and DPO?",
        answer:
          "RLHF trains a reward model and then optimises the policy with reinforcement learning. DPO skips the reward model and the RL loop and updates the model directly from preference pairs with a simple classification-style loss, which is easier to run.",
      },
      {
        question: "Who provides the human feedback?",
        answer:
          "Usually trained annotators, sometimes domain experts for specialised topics, following detailed guidelines. Increasingly, AI models generate some of the feedback under human-written principles.",
      },
    ],
    related: ["reinforcement-learning", "ai-alignment", "fine-tuning", "large-language-model"],
  },
  {
    slug: "diffusion-model",
    term: "Diffusion Model",
    shortDefinition:
      "A diffusion model is a generative model that learns to create data, such as images, audio or video, by reversing a gradual noising process: starting from pure noise, it removes noise step by step until a realistic sample appears.",
    body: paragraphs(
      "Diffusion models are behind most modern image generators, including Stable Diffusion, DALL-E and Midjourney, and increasingly video and audio generation. They overtook generative adversarial networks because they train stably, cover the variety of the data well and produce high-quality, controllable results.",
      "Text-to-image systems condition the denoising network on a text embedding, so the prompt guides what emerges from the noise. Latent diffusion runs the process in a compressed latent space learned by an autoencoder instead of on raw pixels, which makes generation far cheaper. Classifier-free guidance strengthens how closely the output follows the prompt.",
      "The main drawback is speed, since sampling originally needed hundreds of denoising steps. Better samplers, distillation into few-step models and related approaches such as flow matching and consistency models have cut this dramatically. Control methods add conditioning on sketches, poses or depth maps for precise editing.",
    ),
    howItWorks:
      "During training, noise is added to real samples at random strengths, and a neural network (often a U-Net or a Transformer) learns to predict the noise that was added. To generate, the model starts from random noise and repeatedly subtracts its predicted noise over a schedule of steps, optionally guided by a text prompt or other conditioning, until a clean sample remains.",
    careerRelevance:
      "Diffusion models matter for computer vision engineers and researchers working on image, video, 3D and audio generation, and for product and design teams building creative tools. Skills in training or fine-tuning diffusion models, controlling them and making sampling fast are in demand at generative media companies.",
    aliases: ["Diffusion Models", "latent diffusion", "Stable Diffusion"],
    relatedCategorySlug: "generative-ai",
    faqs: [
      {
        question: "How are diffusion models different from GANs?",
        answer:
          "GANs generate in one step through an adversarial game between two networks, which is fast but unstable to train. Diffusion models generate over many denoising steps with a simple training objective, giving more stable training and diverse outputs.",
      },
      {
        question: "Can diffusion models generate text?",
        answer:
          "Research on text diffusion exists, but language generation is still dominated by autoregressive Transformers. Diffusion is the leading approach for images, video and audio.",
      },
    ],
    related: ["generative-adversarial-network", "multimodal-model", "computer-vision", "deep-learning"],
  },
  {
    slug: "hallucination",
    term: "Hallucination",
    shortDefinition:
      "A hallucination is output from an AI model that is fluent and confident but false or unsupported by its input, such as an invented citation, fact or API function.",
    body: paragraphs(
      "Language models generate the most plausible continuation of their input. Plausible is not the same as true, so when a model lacks the knowledge, misreads its context or is pushed to answer anyway, it can produce convincing fabrications. Common examples include made-up references, wrong numbers, non-existent legal cases and code that calls functions that do not exist.",
      "Hallucinations are one of the main obstacles to deploying LLMs in high-stakes settings such as law, medicine and finance. They are especially risky because they look exactly like correct answers, and users tend to trust fluent text.",
      "Mitigation is a system design problem. Retrieval-augmented generation grounds answers in sources, citations let users verify claims, prompts can instruct the model to say when it does not know, validators can check outputs against databases or schemas, and evaluation suites measure faithfulness. Newer models hallucinate less, but no current model is free of it.",
    ),
    howItWorks:
      "Hallucinations arise because training rewards producing likely text rather than verified truth, knowledge about rare facts is stored imperfectly in the weights, and decoding samples from a probability distribution. Detection methods compare the answer with retrieved sources, ask the model to verify its own claims, check consistency across several samples, or use a separate model to judge faithfulness.",
    careerRelevance:
      "Reducing and measuring hallucinations is a daily concern for AI engineers, evaluation specialists, product managers and trust and safety teams. Job descriptions increasingly ask for experience building evaluation pipelines and guardrails that catch ungrounded answers before users see them.",
    aliases: ["Hallucinations", "confabulation"],
    relatedCategorySlug: "generative-ai",
    faqs: [
      {
        question: "Why do LLMs hallucinate?",
        answer:
          "They are trained to produce likely text, not to check facts, and they have no built-in way to know what they do not know. Gaps in training data, ambiguous prompts and sampling randomness all contribute.",
      },
      {
        question: "How can I measure hallucination?",
        answer:
          "Build a test set with known answers or source documents, then score responses for factual accuracy and faithfulness to the sources, using human review, automated checks or an LLM as a judge calibrated against human labels.",
      },
    ],
    related: ["retrieval-augmented-generation", "large-language-model", "model-evaluation"],
  },
  {
    slug: "ai-agent",
    term: "AI Agent",
    shortDefinition:
      "An AI agent is a system in which a model, usually a large language model, plans and takes actions toward a goal by calling tools, observing the results and deciding what to do next, rather than producing a single response.",
    body: paragraphs(
      "A chatbot answers a message; an agent works on a task. Given a goal such as fixing a failing test, booking travel or reconciling invoices, an agent breaks the goal into steps, calls tools like search, code execution, databases or business APIs, reads the results and continues until it is done or needs help.",
      "Agents are built from a model that supports tool use, a set of well-described tools, memory of what has happened so far, and a control loop. Designs range from a single model in a loop to multi-agent systems where specialised agents plan, execute and review. Coding agents, research agents and customer support agents are among the most mature uses.",
      "Reliability is the central challenge. Errors compound over many steps, tools fail, and models can take unintended actions. Production agents use narrow permissions, human approval for risky actions, sandboxes, step limits, detailed tracing and evaluation on realistic tasks to keep behaviour predictable.",
    ),
    howItWorks:
      "The agent loop sends the model the goal, the available tool definitions and the history so far. The model replies with either a final answer or a tool call with arguments. The runtime executes the call, appends the result to the history and asks the model again. Planning prompts, reflection steps and memory stores help with longer tasks.",
    careerRelevance:
      "Agent development is one of the fastest-growing areas in AI hiring. AI engineers build agent runtimes, tools and evaluations; product managers and designers shape how people supervise agents; and solutions engineers deploy them for customers. Experience with tool calling, orchestration frameworks and agent evaluation is increasingly requested.",
    aliases: ["AI Agents", "LLM agent", "agentic AI"],
    relatedCategorySlug: "generative-ai",
    faqs: [
      {
        question: "What is the difference between an AI agent and a workflow?",
        answer:
          "A workflow follows steps defined in code, with the model filling in parts. An agent lets the model decide which steps to take and in what order. Many production systems mix both, using fixed workflows where the path is known.",
      },
      {
        question: "Are AI agents safe to run unsupervised?",
        answer:
          "Only within tight limits. Good practice is least-privilege tool access, sandboxed execution, human approval for irreversible actions and logging of every step.",
      },
    ],
    related: ["large-language-model", "chain-of-thought", "reinforcement-learning", "prompt-engineering"],
  },
  {
    slug: "chain-of-thought",
    term: "Chain-of-Thought",
    shortDefinition:
      "Chain-of-thought is a technique in which a language model writes out intermediate reasoning steps before giving its final answer, which improves accuracy on multi-step problems such as maths, logic and planning.",
    body: paragraphs(
      'Researchers found in 2022 that asking large models to reason step by step, either with worked examples in the prompt or simply with an instruction such as "let\'s think step by step", substantially improved results on arithmetic, commonsense and symbolic reasoning tasks. The benefit appears mainly in larger models, one of the emergent capabilities of scale.',
      "Writing out steps gives the model more computation per answer and lets each step condition on the previous ones. Variants include self-consistency, which samples several reasoning paths and takes the majority answer, and tree-of-thought approaches that explore and evaluate alternative branches.",
      "Modern reasoning models are trained with reinforcement learning to produce long internal chains of thought before answering, trading more inference time for better answers on hard problems. A chain of thought is not guaranteed to reflect how the model actually reached its answer, which is an active area of interpretability research.",
    ),
    howItWorks:
      "The prompt or the model's training encourages it to generate reasoning text first: restating the problem, breaking it into sub-problems, computing intermediate results and checking them, then stating the answer. Because each generated token becomes input for the next, the written steps act as a scratchpad that makes complex computations easier for the model.",
    careerRelevance:
      "AI engineers use chain-of-thought prompting and reasoning models to improve accuracy on complex tasks and must balance the gains against added latency and cost. Researchers working on reasoning, post-training and interpretability study it directly.",
    aliases: ["chain of thought", "step-by-step reasoning"],
    relatedCategorySlug: "generative-ai",
    faqs: [
      {
        question: "Does chain-of-thought always help?",
        answer:
          "No. It helps most on multi-step reasoning tasks and with capable models. For simple lookups or classification it can add cost and latency without improving accuracy.",
      },
      {
        question: "What is a reasoning model?",
        answer:
          "A model trained, typically with reinforcement learning, to think at length before answering. It produces an extended chain of thought internally and spends more compute at inference time to solve harder problems.",
      },
    ],
    related: ["prompt-engineering", "few-shot-learning", "large-language-model"],
  },
  {
    slug: "context-window",
    term: "Context Window",
    shortDefinition:
      "The context window is the maximum amount of text, measured in tokens, that a language model can take into account at once, including the prompt, any documents or conversation history, and the output it generates.",
    body: paragraphs(
      "Everything a model knows about the current task has to fit in its context window. Early Transformer language models handled around 2,000 tokens; current models support hundreds of thousands to over a million, enough for entire codebases, books or long meeting transcripts.",
      "Longer context is not free. Standard self-attention cost grows quadratically with sequence length, so long-context models rely on efficient attention kernels, positional encoding schemes that extrapolate, and memory-saving techniques for the key-value cache. Processing long prompts also raises latency and cost per request.",
      "Having a large window does not mean the model uses all of it equally well. Models can miss information buried in the middle of long inputs, and irrelevant context can distract them. Retrieval, summarisation of history and careful ordering of information often beat simply filling the window.",
    ),
    howItWorks:
      "Input text is tokenised and the model attends over every token in the window when predicting the next one. Tokens beyond the limit must be truncated, summarised or retrieved selectively. During generation the model caches keys and values for previous tokens, and the size of that cache grows with context length, which is what limits how long the window can practically be.",
    careerRelevance:
      "AI engineers constantly design around context windows, deciding what to retrieve, summarise or drop, and estimating token costs. Research and infrastructure engineers work on long-context training and efficient attention. Interview questions about handling documents larger than the window are common.",
    aliases: ["context length", "Context Windows"],
    relatedCategorySlug: "generative-ai",
    faqs: [
      {
        question: "How many words fit in a context window?",
        answer:
          "In English, one token is roughly three quarters of a word, so a 128,000-token window holds around 96,000 words. Code and non-English text usually use more tokens per word.",
      },
      {
        question: "Does a longer context window replace RAG?",
        answer:
          "Not entirely. Long context helps with single large documents, but retrieval is still cheaper, faster and more precise for large, changing knowledge bases, and it avoids distracting the model with irrelevant text.",
      },
    ],
    related: ["tokenization", "attention-mechanism", "retrieval-augmented-generation", "large-language-model"],
  },
  {
    slug: "multimodal-model",
    term: "Multimodal Model",
    shortDefinition:
      "A multimodal model processes and relates more than one type of data, such as text, images, audio and video, for example answering questions about a photo or generating an image from a description.",
    body: paragraphs(
      "People understand the world through several senses at once, and multimodal models aim to do the same. Vision-language models read screenshots, charts and documents; speech models listen and talk; and some models generate images or audio as well as text.",
      "A common design connects a pre-trained encoder for each modality, such as a Vision Transformer for images, to a language model through a projection layer, so that image features become tokens the language model can attend to. Other models are trained natively on interleaved data from the start. Contrastive models such as CLIP learn a shared embedding space for images and text, which powers search and zero-shot classification.",
      "Multimodal models unlock applications that text alone cannot reach: document understanding, visual question answering, robotics, accessibility tools, video analysis and agents that operate graphical user interfaces by looking at the screen. They also bring new challenges in data collection, evaluation and safety.",
    ),
    howItWorks:
      "Each input type is converted into a sequence of embeddings by a modality-specific encoder: image patches, audio frames or text tokens. These are projected into a common space and processed together by a Transformer, which uses attention to relate, for example, words in a question to regions of an image. Decoders then produce text, or images and audio in generative models.",
    careerRelevance:
      "Multimodal AI is a growing area for research scientists, computer vision and speech engineers, and AI engineers building document processing, video and agent products. Experience with vision-language models, data pipelines for paired data and multimodal evaluation is increasingly sought after.",
    aliases: ["multimodal", "vision-language model", "VLM", "Multimodal Models"],
    relatedCategorySlug: "ai-research",
    faqs: [
      {
        question: "What is an example of a multimodal model?",
        answer:
          "CLIP, which links images and text; vision-language assistants that answer questions about images; and speech-to-speech models that listen and reply with voice are all multimodal models.",
      },
      {
        question: "Are multimodal models harder to train?",
        answer:
          "They need large amounts of paired data, such as images with captions, and careful balancing between modalities. Starting from strong pre-trained single-modality models makes training much more practical.",
      },
    ],
    related: ["vision-transformer", "computer-vision", "foundation-model", "embedding"],
  },
  {
    slug: "zero-shot-learning",
    term: "Zero-Shot Learning",
    shortDefinition:
      "Zero-shot learning is a model's ability to perform a task or recognise a class it was never given labelled examples of, relying instead on a description of the task and knowledge learned during pre-training.",
    body: paragraphs(
      'Classic machine learning needs labelled examples of every class. Zero-shot methods avoid this by connecting inputs to descriptions: a model that has learned what "zebra" means from text can recognise zebras in images without a single labelled zebra photo.',
      "Large language models made zero-shot learning routine. Asked to classify the sentiment of a review, translate a sentence or extract names from a contract, a capable model often does well from the instruction alone. Contrastive vision-language models such as CLIP do the same for images by comparing an image's embedding with embeddings of candidate labels written as text.",
      "Zero-shot performance is a useful baseline, but it is usually lower than what a few examples or fine-tuning can achieve, and it depends heavily on how the task is phrased. Teams typically start zero-shot, measure, then add examples or training data where quality falls short.",
    ),
    howItWorks:
      "The model maps both the input and the task or label descriptions into a shared representation learned during pre-training. For a language model, the instruction in the prompt specifies the task and the model generates the answer directly. For embedding models, each candidate label is embedded as text and the label closest to the input's embedding is chosen.",
    careerRelevance:
      "Zero-shot approaches let AI engineers and data scientists prototype classifiers and extractors in hours instead of weeks of labelling. Knowing when zero-shot is good enough, and how to measure it, is a practical skill across applied AI roles.",
    aliases: ["zero-shot", "zero shot"],
    relatedCategorySlug: "nlp",
    faqs: [
      {
        question: "What is the difference between zero-shot and few-shot learning?",
        answer:
          "Zero-shot gives the model only a task description. Few-shot adds a small number of worked examples, usually in the prompt, which often improves accuracy and consistency of format.",
      },
      {
        question: "When should I move beyond zero-shot?",
        answer:
          "When measured accuracy on a representative test set is not good enough, outputs are inconsistent, or costs are too high. Few-shot prompting, retrieval of examples or fine-tuning a smaller model are the usual next steps.",
      },
    ],
    related: ["few-shot-learning", "transfer-learning", "large-language-model", "prompt-engineering"],
  },
  {
    slug: "few-shot-learning",
    term: "Few-Shot Learning",
    shortDefinition:
      "Few-shot learning is the ability of a model to learn a new task from only a handful of examples, either by placing the examples in the prompt (in-context learning) or by adapting the model on a very small dataset.",
    body: paragraphs(
      "Gathering thousands of labelled examples is slow and expensive. Few-shot learning aims to get useful performance from a few, typically between one and a few dozen. Before large language models it was a research area in its own right, with methods such as metric learning and meta-learning that trained models to adapt quickly to new classes.",
      "GPT-3 showed that large language models can learn tasks in context: given a few input-output pairs in the prompt, the model continues the pattern for a new input without any change to its weights. This in-context learning is now one of the most common ways to customise LLM behaviour, especially for output formats and edge cases that are hard to describe in words.",
      "The choice and order of examples matters. Diverse, representative examples that cover tricky cases work best, and many systems retrieve the most similar examples for each query dynamically. Examples also consume context window space and add cost, which is one reason teams eventually fine-tune for high-volume tasks.",
    ),
    howItWorks:
      "For in-context learning, the prompt contains an instruction followed by several example inputs with their correct outputs, then the new input. The model infers the pattern from the examples and applies it. For weight-based few-shot learning, a pre-trained model is briefly fine-tuned or a small head is trained on the handful of labelled examples.",
    careerRelevance:
      "Few-shot prompting is a staple technique for AI engineers and data scientists working with LLMs, and few-shot methods matter in domains where labels are scarce, such as medical imaging or rare-event detection. Being able to design and evaluate example sets is a practical, frequently tested skill.",
    aliases: ["few-shot", "few shot", "in-context learning"],
    relatedCategorySlug: "nlp",
    faqs: [
      {
        question: "How many examples are few-shot?",
        answer:
          "Usually between one and about ten in a prompt. One example is sometimes called one-shot. More examples can help up to a point, but cost context space.",
      },
      {
        question: "Does few-shot prompting change the model?",
        answer:
          "No. In-context learning leaves the weights untouched; the examples only influence the current response. Fine-tuning is what changes the model permanently.",
      },
    ],
    related: ["zero-shot-learning", "prompt-engineering", "fine-tuning", "transfer-learning"],
  },
];
