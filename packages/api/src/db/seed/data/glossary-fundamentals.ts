import { type GlossaryTermSeed, paragraphs } from "./glossary-types";

/** Machine learning fundamentals: learning paradigms, training mechanics and fields. */
export const fundamentalTerms: GlossaryTermSeed[] = [
  {
    slug: "supervised-learning",
    term: "Supervised Learning",
    shortDefinition:
      "Supervised learning is a type of machine learning in which a model learns to map inputs to outputs from labelled examples, such as emails marked spam or not spam, so it can predict the labels of new inputs.",
    body: paragraphs(
      "Most production machine learning is supervised. Each training example pairs an input with the correct answer, and the model learns a function that reproduces those answers and generalises to new data. Classification predicts a category, such as fraud or not fraud; regression predicts a number, such as a delivery time or a house price.",
      "Algorithms range from linear and logistic regression, decision trees and gradient-boosted trees to deep neural networks. For tabular business data, gradient-boosted trees are often the strongest choice; for images, audio and text, deep learning dominates, usually starting from a pre-trained model.",
      "The bottleneck is usually labels. Collecting accurate, consistent and representative labelled data is slow and expensive, and label noise or bias flows straight into the model. Teams use annotation guidelines, quality checks, active learning, weak supervision and, increasingly, LLMs to label data more efficiently.",
    ),
    howItWorks:
      "A labelled dataset is split into training, validation and test sets. The model makes predictions on training examples, a loss function measures the error against the true labels, and an optimisation algorithm adjusts the model's parameters to reduce it. Hyperparameters are tuned on the validation set, and the final model is evaluated once on the untouched test set.",
    careerRelevance:
      "Supervised learning is the bread and butter of data scientists and machine learning engineers. Employers expect strong fundamentals in model selection, evaluation metrics, cross-validation, handling class imbalance and avoiding leakage between training and test data.",
    aliases: ["supervised ML", "supervised model"],
    relatedCategorySlug: "data-science",
    faqs: [
      {
        question: "What is the difference between classification and regression?",
        answer:
          "Classification predicts a discrete category, such as which product category an item belongs to. Regression predicts a continuous value, such as next month's sales.",
      },
      {
        question: "How much labelled data do I need?",
        answer:
          "It ranges from hundreds of examples when fine-tuning a pre-trained model on a simple task to millions for training complex models from scratch. Learning curves on your own data are the best guide.",
      },
    ],
    related: ["unsupervised-learning", "overfitting", "feature-engineering", "reinforcement-learning"],
  },
  {
    slug: "unsupervised-learning",
    term: "Unsupervised Learning",
    shortDefinition:
      "Unsupervised learning finds structure in data without labels, for example grouping similar customers, reducing many variables to a few, or detecting unusual events.",
    body: paragraphs(
      "Without labelled answers, unsupervised methods look for patterns in the data itself. Clustering algorithms such as k-means and DBSCAN group similar items; dimensionality reduction methods such as PCA, t-SNE and UMAP compress data for visualisation and downstream models; density estimation and anomaly detection flag points that do not fit.",
      "Unsupervised learning is widely used for exploration and operations: customer segmentation, topic discovery in documents, grouping support tickets, detecting fraud or equipment faults, and deduplicating records. It is often the first step in understanding a new dataset.",
      "Self-supervised learning, which powers the pre-training of large language and vision models, is closely related: it uses unlabelled data but creates its own prediction targets from it. The distinction matters less today than the practical question of how to extract useful signal from the huge amounts of unlabelled data most organisations hold.",
    ),
    howItWorks:
      "The algorithm optimises an objective defined only on the inputs, such as minimising the distance of points to their cluster centres, preserving as much variance as possible in fewer dimensions, or assigning high probability to typical data. Results are evaluated with internal metrics, downstream usefulness or human inspection, because there are no ground-truth labels.",
    careerRelevance:
      "Data scientists use unsupervised methods for segmentation, exploration and anomaly detection, and ML engineers use embeddings and clustering in search and recommendation systems. Knowing how to validate results without labels is an important and often tested skill.",
    aliases: ["clustering", "unsupervised ML"],
    relatedCategorySlug: "data-science",
    faqs: [
      {
        question: "How do you evaluate an unsupervised model?",
        answer:
          "With internal measures such as silhouette score, with stability checks across samples, by inspecting examples, and ideally by measuring whether the results improve a downstream task or decision.",
      },
      {
        question: "Is self-supervised learning unsupervised?",
        answer:
          "It uses unlabelled data, so it is often grouped with unsupervised learning, but it trains with supervised-style objectives whose targets are generated from the data itself, such as predicting a masked word.",
      },
    ],
    related: ["supervised-learning", "embedding", "feature-engineering"],
  },
  {
    slug: "reinforcement-learning",
    term: "Reinforcement Learning",
    shortDefinition:
      "Reinforcement learning (RL) trains an agent to make sequences of decisions by trial and error, rewarding actions that lead to good outcomes so the agent learns a policy that maximises long-term reward.",
    body: paragraphs(
      "In reinforcement learning there are no labelled correct answers. An agent observes the state of an environment, takes an action, receives a reward and a new state, and repeats. Over many episodes it learns which actions pay off, even when rewards arrive long after the decisions that earned them.",
      "RL achieved landmark results in games, from Atari to Go with AlphaGo, and is used in robotics, recommendation, resource allocation and chip design. In language models it is used to align assistants with human preferences through RLHF and to train reasoning models on tasks with verifiable answers, such as maths and code.",
      "RL is powerful but demanding. It can need enormous numbers of interactions, training can be unstable, and agents exploit any flaw in the reward function, a problem known as reward hacking. Simulation, careful reward design, offline RL from logged data and combining RL with imitation learning make it more practical.",
    ),
    howItWorks:
      "The agent follows a policy that maps states to actions. Value-based methods such as Q-learning estimate the expected future reward of each action and pick the best; policy-gradient methods such as PPO directly adjust the policy to make rewarding actions more likely. Exploration strategies ensure the agent tries new actions rather than only exploiting what it already knows.",
    careerRelevance:
      "RL skills are sought for research roles on post-training, reasoning and alignment of language models, for robotics and autonomous systems, and for optimisation problems in ads, logistics and games. Research engineers who can build scalable RL training pipelines are particularly in demand.",
    aliases: ["RL", "deep reinforcement learning"],
    relatedCategorySlug: "ai-research",
    faqs: [
      {
        question: "How is reinforcement learning different from supervised learning?",
        answer:
          "Supervised learning learns from correct answers for each input. Reinforcement learning learns from rewards for sequences of actions, must explore to discover good behaviour, and deals with delayed consequences.",
      },
      {
        question: "What is reward hacking?",
        answer:
          "It is when an agent finds a way to score highly on the reward that does not achieve what its designers intended, such as exploiting a bug in a simulator or a weakness in a learned reward model.",
      },
    ],
    related: ["rlhf", "supervised-learning", "ai-agent"],
  },
  {
    slug: "overfitting",
    term: "Overfitting",
    shortDefinition:
      "Overfitting happens when a model learns the noise and quirks of its training data instead of the general pattern, so it performs well on training data but poorly on new, unseen data.",
    body: paragraphs(
      "A model that memorises its training set can score almost perfectly on it while failing in the real world. The telltale sign is a widening gap between training performance and validation performance as training continues or as the model becomes more complex.",
      "Overfitting is more likely with small datasets, many features, very flexible models and long training. Its opposite, underfitting, occurs when the model is too simple to capture the real pattern. Balancing the two is the bias-variance trade-off at the heart of machine learning.",
      "A subtler problem is overfitting to the evaluation itself: repeatedly tuning against the same validation or benchmark set until results no longer reflect real-world performance. Data leakage, where information from the test set or the future sneaks into training, produces similarly misleading results.",
    ),
    howItWorks:
      "Overfitting is detected by comparing metrics on training and held-out data, and it is controlled by getting more or more varied data, data augmentation, simplifying the model, regularisation such as weight decay and dropout, early stopping when validation loss stops improving, and cross-validation to get reliable estimates.",
    careerRelevance:
      "Recognising and preventing overfitting is a fundamental skill tested in nearly every data science and ML engineering interview. In practice, rigorous evaluation and leakage prevention are what separate models that work in production from models that only look good in notebooks.",
    aliases: ["overfit", "over-fitting"],
    relatedCategorySlug: "data-science",
    faqs: [
      {
        question: "How can I tell if my model is overfitting?",
        answer:
          "Training metrics keep improving while validation metrics stall or get worse. A large gap between the two is the clearest signal.",
      },
      {
        question: "Do large language models overfit?",
        answer:
          "Large models trained on huge datasets for about one pass rarely overfit in the classic sense, but they can memorise specific training examples, and fine-tuning on small datasets can overfit quickly.",
      },
    ],
    related: ["dropout", "batch-normalization", "supervised-learning", "gradient-descent"],
  },
  {
    slug: "gradient-descent",
    term: "Gradient Descent",
    shortDefinition:
      "Gradient descent is the optimisation algorithm that trains most machine learning models: it repeatedly adjusts a model's parameters in the direction that most reduces the loss, as given by the negative gradient.",
    body: paragraphs(
      "Training a model means finding parameter values that make the loss, a measure of error, as small as possible. The gradient tells us how the loss would change if each parameter moved slightly. Gradient descent takes a small step against the gradient, recomputes it and repeats, gradually moving downhill on the loss surface.",
      "Computing the gradient over an entire dataset is expensive, so practice uses stochastic or mini-batch gradient descent, which estimates the gradient from a small random batch at each step. The noise this introduces is cheap and even helps generalisation. Optimisers such as SGD with momentum, Adam and AdamW adapt the step for each parameter and are the defaults for deep learning.",
      "The learning rate, the size of each step, is the most important hyperparameter. Too large and training diverges; too small and it crawls or gets stuck. Learning rate warm-up and decay schedules, gradient clipping and careful initialisation are standard tools for training large networks stably.",
    ),
    howItWorks:
      "At each step: sample a mini-batch, run the model forward to compute the loss, compute the gradient of the loss with respect to every parameter using backpropagation, and update each parameter by subtracting the learning rate times its gradient (adjusted by the optimiser's momentum and scaling rules). Repeat for many steps until the validation loss stops improving.",
    careerRelevance:
      "Gradient descent is foundational knowledge for every ML engineer and researcher. Debugging training, such as diverging losses, slow convergence or instability at scale, requires a practical understanding of optimisers and learning rate schedules, and the topic appears frequently in interviews.",
    aliases: ["stochastic gradient descent", "mini-batch gradient descent"],
    relatedCategorySlug: "machine-learning",
    faqs: [
      {
        question: "What is the difference between SGD and Adam?",
        answer:
          "SGD uses the same learning rate for all parameters, optionally with momentum. Adam keeps running estimates of each parameter's gradient mean and variance and scales updates individually, which usually converges faster with less tuning.",
      },
      {
        question: "Can gradient descent get stuck?",
        answer:
          "In principle it can stall in local minima or saddle points, but in large neural networks this is rarely the main problem in practice. Poor learning rates and bad initialisation cause more trouble.",
      },
    ],
    related: ["backpropagation", "neural-network", "overfitting"],
  },
  {
    slug: "backpropagation",
    term: "Backpropagation",
    shortDefinition:
      "Backpropagation is the algorithm that efficiently computes how much each weight in a neural network contributed to the error, by applying the chain rule of calculus backwards from the output layer to the input.",
    body: paragraphs(
      "To improve a network with gradient descent, we need the gradient of the loss with respect to every one of its parameters. Computing each separately would be hopelessly slow. Backpropagation reuses intermediate results so that all gradients are obtained in a single backward pass that costs about as much as the forward pass.",
      "The method was popularised for neural networks by Rumelhart, Hinton and Williams in 1986 and remains the engine of deep learning. Modern frameworks such as PyTorch, JAX and TensorFlow implement it automatically through automatic differentiation, so practitioners rarely write gradients by hand.",
      "Understanding backpropagation still matters. It explains why deep networks suffered from vanishing and exploding gradients, why residual connections and normalisation help, why training needs memory to store activations, and how techniques such as gradient checkpointing trade extra compute for lower memory use.",
    ),
    howItWorks:
      "In the forward pass, the network computes its output and the loss, storing intermediate activations. In the backward pass, it starts from the derivative of the loss with respect to the output and, layer by layer, applies the chain rule to compute the derivatives with respect to each layer's inputs and weights. The weight gradients are then handed to the optimiser.",
    careerRelevance:
      "Backpropagation is a classic interview topic for machine learning and research roles, and a working understanding of it is essential for debugging training, writing custom layers and optimising memory use in large-model training.",
    aliases: ["backprop", "backward pass"],
    relatedCategorySlug: "machine-learning",
    faqs: [
      {
        question: "Do I need to implement backpropagation myself?",
        answer:
          "Rarely. Deep learning frameworks compute gradients automatically. Implementing it once for a small network is still a valuable exercise for understanding how training works.",
      },
      {
        question: "Why does backpropagation need so much memory?",
        answer:
          "The backward pass needs the activations computed during the forward pass, so they must be stored for every layer. For large models and long sequences this memory often exceeds the memory used by the weights.",
      },
    ],
    related: ["gradient-descent", "neural-network", "deep-learning"],
  },
  {
    slug: "batch-normalization",
    term: "Batch Normalization",
    shortDefinition:
      "Batch normalization is a technique that normalises the activations of a layer using the mean and variance of the current mini-batch, which stabilises and speeds up the training of deep neural networks.",
    body: paragraphs(
      "Introduced in 2015, batch normalization made it practical to train much deeper networks with higher learning rates. Each feature is standardised to zero mean and unit variance across the batch, then scaled and shifted by two learned parameters so the layer can still represent whatever it needs.",
      "Batch normalization became a standard component of convolutional networks such as ResNet. Its exact benefits are still debated, but it smooths the optimisation landscape, reduces sensitivity to initialisation and adds a mild regularising effect from the batch-to-batch noise.",
      "Because it depends on batch statistics, batch normalization behaves differently in training and inference, struggles with very small batches and is awkward for sequence models. Transformers therefore use layer normalization or RMSNorm, which normalise across the features of each example instead of across the batch.",
    ),
    howItWorks:
      "During training, for each channel the layer computes the mean and variance over the mini-batch, normalises the activations, then applies a learned scale and shift. It also keeps running averages of the mean and variance. At inference time those running averages are used instead of batch statistics, so predictions do not depend on the other examples in the batch.",
    careerRelevance:
      "Normalisation layers are basic building blocks that ML and computer vision engineers need to understand for designing, debugging and deploying models, for example folding batch normalization into convolutions for faster inference. It is a common interview question.",
    aliases: ["BatchNorm", "batch norm", "Batch Normalisation"],
    relatedCategorySlug: "machine-learning",
    faqs: [
      {
        question: "What is the difference between batch normalization and layer normalization?",
        answer:
          "Batch normalization normalises each feature across the examples in a batch. Layer normalization normalises across the features of a single example, so it works the same in training and inference and with any batch size.",
      },
      {
        question: "Why does my model behave differently in eval mode?",
        answer:
          "Layers like batch normalization and dropout switch behaviour between training and evaluation. Forgetting to switch modes, or having running statistics that do not match the data, is a common source of bugs.",
      },
    ],
    related: ["dropout", "deep-learning", "convolutional-neural-network"],
  },
  {
    slug: "dropout",
    term: "Dropout",
    shortDefinition:
      "Dropout is a regularisation technique that randomly switches off a fraction of a neural network's units during each training step, which prevents units from relying too much on each other and reduces overfitting.",
    body: paragraphs(
      "Dropout was introduced by Hinton, Srivastava and colleagues around 2012 and quickly became one of the most widely used regularisers in deep learning. With a dropout rate of, say, 0.1 to 0.5, each unit's output is set to zero with that probability at every training step.",
      "Because any unit may disappear, the network cannot depend on fragile co-adaptations between specific units and must learn redundant, robust features. Dropout can be seen as training a huge ensemble of thinned networks that share weights and averaging them at test time.",
      "Its use has shifted over time. Large language models pre-trained on vast datasets for a single pass often use little or no dropout, since overfitting is less of a concern. It remains common when fine-tuning on small datasets and in smaller models, and variants such as DropPath, which drops whole residual branches, are used in vision models.",
    ),
    howItWorks:
      "During training, a random binary mask is sampled for each layer where dropout is applied, zeroing a chosen fraction of activations, and the remaining activations are scaled up so the expected sum stays the same. At inference time dropout is turned off and the full network is used.",
    careerRelevance:
      "Dropout is a standard tool for ML engineers and data scientists training neural networks and a common interview topic alongside other regularisation methods. Knowing when it helps and when it does not is part of practical model tuning.",
    aliases: ["dropout regularization"],
    relatedCategorySlug: "machine-learning",
    faqs: [
      {
        question: "What dropout rate should I use?",
        answer:
          "Typical values are 0.1 for Transformers and 0.2 to 0.5 for fully connected layers in smaller networks. Treat it as a hyperparameter and tune it on validation data.",
      },
      {
        question: "Is dropout used at inference time?",
        answer:
          "Normally not. One exception is Monte Carlo dropout, where it is kept on at inference and several predictions are averaged to estimate uncertainty.",
      },
    ],
    related: ["overfitting", "batch-normalization", "neural-network"],
  },
  {
    slug: "tokenization",
    term: "Tokenization",
    shortDefinition:
      "Tokenization is the process of splitting text into tokens, the units a language model reads and writes, such as words, sub-word pieces or characters, and mapping each to a number.",
    body: paragraphs(
      "Models cannot read raw text; they operate on sequences of integer token IDs. Modern language models use sub-word tokenizers, such as byte-pair encoding (BPE), WordPiece or SentencePiece, which keep common words whole and break rare words into pieces. This gives a fixed vocabulary, typically 30,000 to 200,000 tokens, that can still represent any text.",
      "Tokenization has practical consequences. API pricing, context window limits and generation speed are all measured in tokens. Languages and scripts that are under-represented in the tokenizer's training data need more tokens per word, making them more expensive and sometimes less accurate. Code, numbers and whitespace are tokenized in ways that affect how well models handle them.",
      "Quirks of tokenization explain some surprising model behaviour, such as difficulty counting letters in a word or reversing strings, because the model never sees individual characters of common words. Research into byte-level and tokenizer-free models aims to remove these limitations.",
    ),
    howItWorks:
      "A BPE tokenizer is trained by starting with individual bytes or characters and repeatedly merging the most frequent adjacent pair into a new token until the vocabulary reaches its target size. To tokenize new text, it normalises the input, splits it into pre-tokens such as words and spaces, and applies the learned merges, then maps each token to its ID.",
    careerRelevance:
      "NLP engineers and AI engineers need to understand tokenization to estimate costs, manage context limits, handle multilingual text and debug odd model behaviour. Research and pre-training teams design tokenizers as part of building new models.",
    aliases: ["tokenizer", "tokenisation"],
    relatedCategorySlug: "nlp",
    faqs: [
      {
        question: "How many tokens is a word?",
        answer:
          "In English, about 1.3 tokens per word on average with common LLM tokenizers, so 1,000 tokens is roughly 750 words. Other languages and code often need more.",
      },
      {
        question: "Why do LLMs struggle to count letters?",
        answer:
          "Because words are usually represented as one or a few sub-word tokens, the model does not directly see individual letters and has to infer spelling from patterns learned in training.",
      },
    ],
    related: ["large-language-model", "context-window", "natural-language-processing", "embedding"],
  },
  {
    slug: "feature-engineering",
    term: "Feature Engineering",
    shortDefinition:
      "Feature engineering is the process of creating, transforming and selecting input variables from raw data so that a machine learning model can learn from them more effectively.",
    body: paragraphs(
      "Raw data rarely arrives in the form a model can use best. Feature engineering turns timestamps into day of week and time since last purchase, transactions into rolling averages, text into counts or embeddings, and categories into encodings. Good features encode domain knowledge and can matter more than the choice of algorithm.",
      "For tabular data, which still drives many business models in fraud, credit, pricing and forecasting, feature engineering remains central, typically combined with gradient-boosted trees. Deep learning reduced the need for hand-crafted features on images, audio and text, but even there, choosing inputs and using pre-trained embeddings as features is a form of the same craft.",
      "In production, features must be computed identically at training and serving time, or the model will silently underperform, a problem called training-serving skew. Feature stores and shared transformation code help teams define features once, compute them reliably, avoid leaking future information and reuse features across models.",
    ),
    howItWorks:
      "Practitioners explore the data, form hypotheses about what signals predict the target, create candidate features (aggregations, ratios, time windows, encodings, interactions), and measure their value with validation experiments and feature importance. Features that help are added to a pipeline that computes them consistently for both training and real-time prediction.",
    careerRelevance:
      "Feature engineering is a core skill for data scientists and ML engineers in ranking, fraud, forecasting and risk. Employers value practical experience with feature pipelines, feature stores, leakage prevention and point-in-time correct training data.",
    aliases: [],
    relatedCategorySlug: "data-science",
    faqs: [
      {
        question: "Is feature engineering still needed with deep learning?",
        answer:
          "Less for images, audio and text, where networks learn features from raw data. For tabular and event data it remains one of the most effective ways to improve models.",
      },
      {
        question: "What is data leakage in feature engineering?",
        answer:
          "It is when a feature contains information that would not be available at prediction time, such as a value computed using future events, which makes offline results look much better than real performance.",
      },
    ],
    related: ["supervised-learning", "mlops", "overfitting"],
  },
  {
    slug: "computer-vision",
    term: "Computer Vision",
    shortDefinition:
      "Computer vision is the field of AI that enables machines to interpret images and video, for example classifying what is in a photo, detecting and tracking objects, reading text or reconstructing 3D scenes.",
    body: paragraphs(
      "Computer vision covers a wide range of tasks: image classification, object detection, semantic and instance segmentation, pose estimation, optical character recognition, tracking, depth estimation and 3D reconstruction, and, more recently, image and video generation.",
      "Deep learning transformed the field. Convolutional neural networks made image recognition reliable enough for products in the 2010s, and Vision Transformers, self-supervised pre-training and vision-language models have since pushed accuracy and flexibility further. Models can now follow open-ended instructions about images rather than a fixed list of classes.",
      "Applications span autonomous vehicles and robotics, medical imaging, manufacturing inspection, retail, agriculture, document processing, security and augmented reality. Production systems must cope with varied lighting, viewpoints and sensors, run within tight latency and power budgets, often on edge devices, and be evaluated carefully for failure cases and bias.",
    ),
    howItWorks:
      "An image is represented as a grid of pixel values and passed through a neural network, typically a CNN or Vision Transformer backbone, that extracts increasingly abstract features. Task-specific heads then predict class labels, bounding boxes, pixel masks or keypoints. Models are usually pre-trained on large image datasets and fine-tuned on labelled data for the target task.",
    careerRelevance:
      "Computer vision engineers, perception engineers and research scientists are in demand across robotics, autonomous driving, healthcare, retail and generative media. Employers look for experience with PyTorch, detection and segmentation models, data labelling pipelines and deployment on GPUs or edge hardware.",
    aliases: ["machine vision"],
    relatedCategorySlug: "computer-vision",
    faqs: [
      {
        question: "What skills do I need for a computer vision job?",
        answer:
          "Strong Python and PyTorch, understanding of CNNs and Vision Transformers, image processing basics, experience with detection or segmentation models, and the engineering skills to build data pipelines and deploy models efficiently.",
      },
      {
        question: "Is classical computer vision still relevant?",
        answer:
          "Yes. Camera geometry, calibration, feature matching and image processing remain important, especially in robotics, AR and 3D work, often combined with deep learning.",
      },
    ],
    related: ["convolutional-neural-network", "vision-transformer", "multimodal-model", "diffusion-model"],
  },
  {
    slug: "natural-language-processing",
    term: "Natural Language Processing",
    shortDefinition:
      "Natural language processing (NLP) is the field of AI concerned with enabling computers to understand, analyse and generate human language, in text and speech.",
    body: paragraphs(
      "NLP includes tasks such as text classification, sentiment analysis, named entity recognition, information extraction, question answering, summarisation, machine translation, speech recognition and dialogue. For decades it combined linguistic rules with statistical models trained on annotated corpora.",
      "Deep learning, and then pre-trained Transformers such as BERT and GPT, consolidated the field. Instead of separate pipelines for each task, a single pre-trained model can be fine-tuned or simply prompted to do many of them. Large language models now perform most classic NLP tasks at or near the level of specialised systems.",
      "NLP work today is less about building task-specific models from scratch and more about adapting and evaluating large models: handling domain-specific language, multiple languages, long documents and structured outputs, making systems accurate and fast enough for production, and measuring quality where there is rarely a single right answer.",
    ),
    howItWorks:
      "Text is tokenized and converted into embeddings. A neural model, today usually a Transformer, builds contextual representations of each token. For understanding tasks, a head predicts labels, spans or scores from those representations; for generation tasks, a decoder produces output text token by token. Models are pre-trained on large corpora and adapted with fine-tuning or prompting.",
    careerRelevance:
      "NLP engineers, applied scientists and computational linguists work on search, assistants, document automation, translation and speech. With LLMs, NLP skills blend into AI engineering, and employers value experience with Transformers, evaluation of language tasks and multilingual data.",
    aliases: ["NLP", "computational linguistics", "language AI"],
    relatedCategorySlug: "nlp",
    faqs: [
      {
        question: "Is NLP the same as LLMs?",
        answer:
          "No. NLP is the whole field of processing language; large language models are one, now dominant, family of techniques within it.",
      },
      {
        question: "Do NLP jobs still exist now that LLMs can do everything?",
        answer:
          "Yes. Someone still has to adapt, evaluate, optimise and integrate language models for real products and domains, and specialised models remain important where cost, latency or privacy matter.",
      },
    ],
    related: ["large-language-model", "tokenization", "transformer", "embedding"],
  },
];
