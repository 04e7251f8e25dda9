import { type GlossaryTermSeed, paragraphs } from "./glossary-types";

/** Putting models to work: efficiency, serving, operations, evaluation and safety. */
export const practiceTerms: GlossaryTermSeed[] = [
  {
    slug: "inference",
    term: "Inference",
    shortDefinition:
      "Inference is the process of running a trained model on new inputs to produce predictions or generated output, as opposed to training, which is when the model's parameters are learned.",
    body: paragraphs(
      "Training happens once or periodically; inference happens every time a user asks a question, a transaction is scored or a camera frame is analysed. For widely used models, the total cost of inference quickly exceeds the cost of training, which makes inference efficiency a major engineering and business concern.",
      "LLM inference has its own characteristics. Processing the prompt (prefill) is compute-heavy and parallel, while generating the answer (decode) produces one token at a time and is limited by memory bandwidth. Serving systems use continuous batching, key-value caching, paged attention, speculative decoding and quantization to increase throughput and cut latency.",
      "Where inference runs is a design choice with trade-offs: large GPU clusters in the cloud, managed APIs, on-premises hardware for data control, or edge devices such as phones, cars and cameras for privacy and low latency. Metrics that matter include time to first token, tokens per second, tail latency, throughput per GPU and cost per million tokens.",
    ),
    howItWorks:
      "A trained model is exported or loaded into a serving runtime, optimised (for example fused, compiled or quantized) and deployed behind an API. Incoming requests are batched to use the hardware efficiently, run through the model's forward pass only, with no gradients, and the outputs are post-processed and returned, while the system monitors latency, errors and cost.",
    careerRelevance:
      "Inference optimisation is one of the most in-demand specialities in AI infrastructure. ML infrastructure engineers, performance engineers and MLOps engineers with experience in serving frameworks, GPU kernels, batching and quantization are highly sought after, and AI engineers need to reason about inference latency and cost in every product decision.",
    aliases: ["model serving", "model inference", "LLM inference"],
    relatedCategorySlug: "mlops",
    faqs: [
      {
        question: "Why is LLM inference expensive?",
        answer:
          "Each generated token requires a pass through billions of parameters, and generation is sequential. Large models also need lots of GPU memory for weights and the key-value cache, which limits how many requests each GPU can serve.",
      },
      {
        question: "What is the difference between training and inference hardware?",
        answer:
          "Training needs large clusters with fast interconnects and lots of memory for gradients and optimiser state. Inference can use smaller, cheaper or specialised chips, and optimisations like quantization let models run on modest hardware.",
      },
    ],
    related: ["quantization", "knowledge-distillation", "mlops", "mixture-of-experts"],
  },
  {
    slug: "quantization",
    term: "Quantization",
    shortDefinition:
      "Quantization reduces the numerical precision of a model's weights and sometimes activations, for example from 16-bit floating point to 8-bit or 4-bit integers, making the model smaller and faster with little loss in accuracy.",
    body: paragraphs(
      "Neural networks are usually trained in 32-bit or 16-bit floating point, but most of that precision is not needed to make good predictions. Storing weights in 8 bits halves memory compared with 16 bits, and 4 bits quarters it, which lets large models fit on fewer or smaller GPUs, or even on laptops and phones.",
      "Post-training quantization converts an already trained model using a small calibration dataset; methods such as GPTQ and AWQ make 4-bit language models practical with minimal quality loss. Quantization-aware training simulates low precision during training for the best accuracy at very low bit widths. Formats such as INT8, FP8 and 4-bit variants are supported by modern hardware and inference engines.",
      "Quantization is not free: very low precision can hurt accuracy, especially on reasoning-heavy or long-context tasks, and speed-ups depend on whether the hardware and kernels support the chosen format. Careful evaluation on the target tasks is needed before shipping a quantized model.",
    ),
    howItWorks:
      "Values in a tensor are mapped from floating point to a small set of integer levels using a scale factor (and sometimes a zero point), often computed per channel or per group of weights. At inference time, low-precision weights are loaded, which saves memory bandwidth, and either computed with directly in integer arithmetic or dequantized on the fly inside optimised kernels.",
    careerRelevance:
      "Quantization is a key skill for inference, MLOps and on-device ML engineers, and for anyone deploying open models cost-effectively. Job descriptions for inference optimisation roles commonly mention INT8 and 4-bit quantization, calibration and accuracy evaluation.",
    aliases: ["quantisation", "model quantization", "INT8", "4-bit quantization"],
    relatedCategorySlug: "mlops",
    faqs: [
      {
        question: "Does quantization reduce model quality?",
        answer:
          "Usually only slightly at 8 bits and moderately at 4 bits with good methods. The impact varies by model and task, so always evaluate the quantized model on your own use cases.",
      },
      {
        question: "Can I fine-tune a quantized model?",
        answer:
          "Yes. QLoRA, for example, keeps the base model frozen in 4-bit precision and trains LoRA adapters in higher precision, which makes fine-tuning large models possible on a single GPU.",
      },
    ],
    related: ["inference", "knowledge-distillation", "lora"],
  },
  {
    slug: "lora",
    term: "LoRA",
    shortDefinition:
      "LoRA (Low-Rank Adaptation) is a parameter-efficient fine-tuning method that freezes a pre-trained model and trains small low-rank matrices added to some of its layers, cutting the memory and storage needed to adapt large models.",
    body: paragraphs(
      "Fully fine-tuning a model with billions of parameters needs memory for every weight's gradients and optimiser state, and produces a full copy of the model for every task. LoRA, introduced in 2021, observed that the change needed to adapt a model can be captured by matrices of low rank, which have far fewer parameters.",
      "With LoRA, often less than one percent of the parameters are trained. The resulting adapter files are megabytes rather than gigabytes, so a single base model can be combined with many adapters, one per customer, language or task, and adapters can be swapped at serving time. After training, an adapter can also be merged into the base weights so inference costs nothing extra.",
      "LoRA is now the default way to fine-tune large language and diffusion models on modest hardware. Variants such as QLoRA, which fine-tunes on top of a 4-bit quantized base model, and DoRA refine the approach. For large behaviour changes or new knowledge, full fine-tuning can still perform better.",
    ),
    howItWorks:
      "For a frozen weight matrix W, LoRA learns two small matrices A and B whose product has the same shape as W but a low rank r, such as 8 or 16. The layer's output becomes Wx plus a scaled BAx. B is initialised to zero so training starts exactly from the original model, and only A and B receive gradient updates.",
    careerRelevance:
      "LoRA and other parameter-efficient methods appear frequently in job descriptions for ML engineers, applied scientists and AI engineers who customise open models. Experience with libraries that implement them, choosing ranks and target layers, and serving many adapters efficiently is valued.",
    aliases: ["Low-Rank Adaptation", "QLoRA", "LoRA adapters"],
    relatedCategorySlug: "generative-ai",
    faqs: [
      {
        question: "Is LoRA as good as full fine-tuning?",
        answer:
          "For many tasks, such as adapting style, format or domain, LoRA comes close to full fine-tuning at a fraction of the cost. For large changes, full fine-tuning can still win.",
      },
      {
        question: "What rank should I use for LoRA?",
        answer:
          "Ranks between 8 and 64 are common. Higher ranks add capacity and cost; start small and increase only if evaluation shows the adapter is underfitting.",
      },
    ],
    related: ["fine-tuning", "quantization", "transfer-learning"],
  },
  {
    slug: "knowledge-distillation",
    term: "Knowledge Distillation",
    shortDefinition:
      "Knowledge distillation trains a smaller student model to imitate a larger teacher model, transferring much of the teacher's capability into a model that is cheaper and faster to run.",
    body: paragraphs(
      "Large models are accurate but costly to serve. Distillation, popularised by Hinton and colleagues in 2015, trains a compact student on the teacher's outputs. The teacher's soft probability distributions carry more information than hard labels, for example that a husky looks more like a wolf than a car, which helps the student learn efficiently.",
      "With language models, distillation often means generating large amounts of high-quality text with a strong model and fine-tuning a smaller model on it, sometimes also matching the teacher's token probabilities. Many small, capable open models are trained this way, and companies distil their own large models into faster versions for high-volume use.",
      "Distillation works best when the student is trained on data close to the real task distribution. Students can inherit the teacher's errors and biases, and providers' terms of use may restrict using their model outputs to train competing models, which matters when choosing a teacher.",
    ),
    howItWorks:
      "Inputs are passed through the teacher to obtain its output probabilities, often softened with a temperature so that small differences are visible. The student is trained to minimise a combination of the difference between its distribution and the teacher's (such as KL divergence) and the ordinary loss on true labels when they are available.",
    careerRelevance:
      "Distillation is a practical tool for ML engineers and inference engineers who need to cut latency and cost, and for researchers building small models. It often appears in job descriptions alongside quantization and other model compression techniques.",
    aliases: ["distillation", "model distillation", "teacher-student training"],
    relatedCategorySlug: "mlops",
    faqs: [
      {
        question: "How much smaller can a distilled model be?",
        answer:
          "Students are often 2 to 10 times smaller than their teachers while keeping most of the teacher's quality on the target task. Broad general capability is harder to preserve than performance on a narrow task.",
      },
      {
        question: "Is distillation the same as fine-tuning?",
        answer:
          "Distillation is a kind of training, often implemented as fine-tuning, in which the targets come from a teacher model rather than human labels.",
      },
    ],
    related: ["quantization", "inference", "fine-tuning"],
  },
  {
    slug: "mlops",
    term: "MLOps",
    shortDefinition:
      "MLOps is the set of practices and tools for reliably building, deploying, monitoring and maintaining machine learning models in production, applying DevOps principles to the full machine learning lifecycle.",
    body: paragraphs(
      "Getting a model to work in a notebook is only the start. Production ML needs reproducible data pipelines, tracked experiments, versioned models, automated testing, safe deployment, monitoring and retraining. MLOps brings these together so that models keep delivering value after launch.",
      "Typical components include data validation, feature stores, experiment tracking, a model registry, training orchestration on GPU clusters, CI/CD pipelines for models, online and batch serving, and monitoring for latency, errors, data drift and prediction quality. Much of the work is integrating these pieces with an organisation's existing cloud and data platforms.",
      "With large language models, many teams now practise what is sometimes called LLMOps: managing prompts and their versions, evaluating outputs continuously, tracing agent behaviour, controlling token costs, and deciding when to call a hosted model versus serving an open one. The principles stay the same: observability, reproducibility and safe iteration.",
    ),
    howItWorks:
      "Code, data and model versions are tracked together. Pipelines retrain models on a schedule or when triggered, evaluate them against baselines and quality gates, and register approved versions. Deployment uses gradual rollouts such as shadow or canary releases, and monitoring compares live inputs and outputs with training data to detect drift and trigger retraining or rollback.",
    careerRelevance:
      "MLOps engineers, ML platform engineers and ML infrastructure engineers are among the most consistently hired AI roles. Employers look for Kubernetes, cloud platforms, workflow orchestrators, model serving and monitoring experience, plus enough ML knowledge to support data scientists and researchers.",
    aliases: ["ML Ops", "LLMOps", "machine learning operations"],
    relatedCategorySlug: "mlops",
    faqs: [
      {
        question: "What is the difference between MLOps and DevOps?",
        answer:
          "DevOps manages code and infrastructure. MLOps adds data and models, which change behaviour when the data changes even if the code does not, so it needs experiment tracking, data validation, drift monitoring and retraining.",
      },
      {
        question: "Do I need to know machine learning to work in MLOps?",
        answer:
          "A working knowledge is important: how models are trained and evaluated, what can go wrong in production and how GPUs are used. Deep research expertise is not required; strong software and infrastructure skills matter most.",
      },
    ],
    related: ["inference", "feature-engineering", "model-evaluation"],
  },
  {
    slug: "model-evaluation",
    term: "Model Evaluation",
    shortDefinition:
      "Model evaluation is the practice of measuring how well a machine learning model performs on the task it is meant to do, using held-out data, metrics, benchmarks and human or automated review, before and after it is deployed.",
    body: paragraphs(
      "Evaluation tells teams whether a model is good enough to ship and whether a change made it better or worse. For classic ML, this means metrics such as accuracy, precision and recall, AUC or mean absolute error on a test set that the model never saw during training, sliced by important segments.",
      "Generative models are harder to evaluate because there is rarely one correct answer. Teams build evaluation sets, often called evals, from real user tasks, and score outputs with reference answers, rule-based checks, human ratings and LLM-as-a-judge methods calibrated against human labels. Public benchmarks give a rough comparison between models but are prone to contamination and rarely reflect a specific product.",
      "Good evaluation continues after launch. Online A/B tests, user feedback, monitoring of live outputs and regular review of failures catch problems offline tests miss. Mature teams treat their evaluation suites as a core asset and run them on every model, prompt or retrieval change.",
    ),
    howItWorks:
      "Define what good looks like for the task, collect a representative and versioned test set including hard and edge cases, choose metrics and graders, run the model or system on the set, and compare results with baselines. Automate the process so it runs in CI for every change, and complement it with online experiments and human review.",
    careerRelevance:
      "Evaluation has become one of the most valued skills in AI. AI engineers, applied scientists, research engineers and AI product managers are expected to design evals, and some companies hire dedicated evaluation engineers. Demonstrating rigorous evaluation is a strong signal in interviews and portfolios.",
    aliases: ["evals", "LLM evaluation", "model evals"],
    relatedCategorySlug: "ai-product",
    faqs: [
      {
        question: "What is LLM-as-a-judge?",
        answer:
          "Using a language model to grade another model's outputs against criteria or a reference. It scales cheaply but must be validated against human judgements, since judges have their own biases.",
      },
      {
        question: "Why are public benchmarks not enough?",
        answer:
          "They may not match your task or users, they can leak into training data, and models can be tuned to them. Your own evaluation set built from real use cases is a better guide.",
      },
    ],
    related: ["hallucination", "overfitting", "mlops"],
  },
  {
    slug: "ai-alignment",
    term: "AI Alignment",
    shortDefinition:
      "AI alignment is the effort to make AI systems pursue the goals and follow the values their designers and users intend, behaving helpfully, honestly and safely even in situations they were not explicitly trained for.",
    body: paragraphs(
      "A model optimised for a proxy objective can behave in ways nobody wanted: a chatbot that flatters users instead of correcting them, or an agent that games its reward. Alignment research studies how to specify what we actually want, how to train models toward it, and how to check that they have learned it.",
      "Practical alignment techniques used today include instruction tuning, Reinforcement Learning from Human Feedback and other preference optimisation, training from written principles with AI feedback, red teaming, and safety evaluations for dangerous capabilities. These shape the behaviour of every major assistant model.",
      "Longer-term research addresses harder problems: supervising systems that may become more capable than their overseers, interpretability to understand what models are doing internally, robustness to manipulation, and detecting deceptive or power-seeking behaviour. Alignment is both a technical field and closely connected to AI governance and policy.",
    ),
    howItWorks:
      "Alignment combines training and verification. Desired behaviour is specified through demonstrations, preferences and principles and instilled with fine-tuning and reinforcement learning. It is then tested with evaluations, adversarial red teaming and interpretability tools, and failures feed back into the training data and specifications.",
    careerRelevance:
      "Alignment and safety teams at AI labs hire research scientists, research engineers, evaluation specialists and policy experts. Experience with RLHF, evaluations, interpretability and red teaming is valued, and awareness of alignment issues is increasingly expected of anyone shipping AI products.",
    aliases: ["AI safety"],
    relatedCategorySlug: "ai-research",
    faqs: [
      {
        question: "Is AI alignment the same as AI safety?",
        answer:
          "They overlap heavily. Alignment focuses on making systems pursue intended goals and values; AI safety is broader and also covers misuse, security, reliability and societal impacts.",
      },
      {
        question: "How do I get into alignment research?",
        answer:
          "Strong ML fundamentals, experience training and evaluating models, and published or open-source work on topics like interpretability, evaluations or preference learning are the usual routes. Many labs also hire research engineers without PhDs.",
      },
    ],
    related: ["rlhf", "reinforcement-learning", "model-evaluation", "large-language-model"],
  },
];
