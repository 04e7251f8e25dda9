import { type GlossaryTermSeed, paragraphs } from "./glossary-types";

/** Model architectures: neural networks and their best-known families. */
export const architectureTerms: GlossaryTermSeed[] = [
  {
    slug: "neural-network",
    term: "Neural Network",
    shortDefinition:
      "A neural network is a machine learning model made of layers of simple connected units whose weighted connections are learned from data, allowing it to approximate complex functions such as recognising images or generating text.",
    body: paragraphs(
      "Neural networks are loosely inspired by the brain, but in practice they are compositions of matrix multiplications and non-linear functions. Each unit computes a weighted sum of its inputs, adds a bias and applies an activation function such as ReLU. Stacking layers lets the network build up increasingly abstract features from raw inputs.",
      "Training adjusts millions or billions of weights so that the network's outputs match the desired targets. The combination of backpropagation, gradient descent, large datasets and GPUs turned neural networks from a niche idea into the dominant approach in AI during the 2010s.",
      "Different architectures suit different data. Multilayer perceptrons handle fixed-size vectors, convolutional networks exploit the structure of images, recurrent networks process sequences step by step, graph neural networks operate on networks of entities, and Transformers, built on attention, now dominate language, vision and multimodal tasks.",
    ),
    howItWorks:
      "Input features flow forward through the layers, each applying learned weights and an activation function, to produce an output such as class probabilities. A loss function measures how wrong the output is, backpropagation computes how each weight contributed to the error, and an optimiser nudges every weight to reduce the loss. Repeating this over many examples trains the network.",
    careerRelevance:
      "Neural networks are the foundation of nearly every modern AI role. Machine learning engineers, researchers and computer vision and NLP specialists are expected to understand layers, activations, losses and training dynamics, and interviews regularly test these fundamentals.",
    aliases: ["Neural Networks", "artificial neural network"],
    relatedCategorySlug: "machine-learning",
    faqs: [
      {
        question: "Is a neural network the same as deep learning?",
        answer:
          "Deep learning is the use of neural networks with many layers. All deep learning uses neural networks, but a shallow network with a single hidden layer would not usually be called deep learning.",
      },
      {
        question: "Why are neural networks called black boxes?",
        answer:
          "Their knowledge is spread across millions of numeric weights with no direct human-readable meaning, so it is hard to explain why a particular output was produced. Interpretability research tries to change that.",
      },
    ],
    related: ["deep-learning", "backpropagation", "gradient-descent", "transformer"],
  },
  {
    slug: "deep-learning",
    term: "Deep Learning",
    shortDefinition:
      "Deep learning is a branch of machine learning that uses neural networks with many layers to learn representations directly from raw data such as pixels, audio and text, instead of relying on hand-crafted features.",
    body: paragraphs(
      "Traditional machine learning depended on experts designing features by hand. Deep learning learns the features as well: early layers capture simple patterns and later layers combine them into complex concepts. This end-to-end learning is what made progress so rapid once enough data and compute became available.",
      "The breakthrough came in 2012, when a deep convolutional network won the ImageNet competition by a wide margin using GPUs. Deep learning then transformed speech recognition, machine translation, game playing, protein structure prediction and, with Transformers and large-scale pre-training, language and multimodal AI.",
      "Deep learning needs substantial data and compute, and its models can be hard to interpret. Practical work involves choosing architectures, managing training stability with techniques such as normalisation and careful learning rate schedules, regularising against overfitting, and running experiments efficiently on accelerators with frameworks like PyTorch and JAX.",
    ),
    howItWorks:
      "A deep network stacks many layers of learned transformations. Training feeds batches of data forward, computes a loss, uses backpropagation to compute gradients for every parameter, and updates the parameters with an optimiser such as Adam. Regularisation, normalisation and residual connections make it possible to train networks that are dozens or hundreds of layers deep.",
    careerRelevance:
      "Deep learning expertise is expected in machine learning engineer, research scientist, computer vision, NLP, speech and robotics roles. Job descriptions commonly ask for hands-on experience training deep networks in PyTorch or JAX and debugging training runs.",
    aliases: ["deep neural network", "DNN"],
    relatedCategorySlug: "machine-learning",
    faqs: [
      {
        question: "How much maths do I need for deep learning?",
        answer:
          "Working knowledge of linear algebra, calculus (especially the chain rule) and probability is enough to understand and apply most methods. Research roles go deeper into optimisation and statistics.",
      },
      {
        question: "Is deep learning always better than classical machine learning?",
        answer:
          "No. For small or tabular datasets, gradient-boosted trees and linear models often match or beat deep learning with less effort. Deep learning shines on large datasets of images, audio, text and other unstructured data.",
      },
    ],
    related: ["neural-network", "convolutional-neural-network", "transformer", "backpropagation"],
  },
  {
    slug: "transformer",
    term: "Transformer",
    shortDefinition:
      "The Transformer is a neural network architecture built around self-attention that processes all positions of a sequence in parallel. Introduced in 2017, it underpins today's large language models and many vision, speech and multimodal models.",
    body: paragraphs(
      'The Transformer was introduced in the paper "Attention Is All You Need" for machine translation. It replaced recurrence with attention, letting every token look directly at every other token. This captured long-range dependencies better than recurrent networks and, crucially, made training highly parallel on GPUs.',
      "Three main variants emerged. Encoder-only models such as BERT build rich representations for classification and retrieval; decoder-only models such as GPT generate text one token at a time and are the basis of most LLMs; encoder-decoder models such as T5 map one sequence to another. The same architecture also works on image patches, audio frames and protein sequences.",
      "The Transformer's simplicity and scalability drove the era of large pre-trained models: performance kept improving predictably as models, data and compute grew. Ongoing work targets its weaknesses, especially the quadratic cost of attention over long sequences, with efficient attention kernels, sparse and mixture-of-experts layers, and alternative sequence architectures.",
    ),
    howItWorks:
      "Input tokens are embedded and combined with positional information. Each Transformer block applies multi-head self-attention, where every token computes weighted combinations of all other tokens' values based on query-key similarity, followed by a feed-forward network. Residual connections and layer normalisation wrap each sub-layer. Decoders use causal masking so that each position can only attend to earlier ones.",
    careerRelevance:
      "A solid grasp of the Transformer is expected for ML engineers, NLP and computer vision engineers, research scientists and increasingly AI engineers. Interview questions often cover attention, positional encodings, the differences between encoder and decoder models, and the compute and memory costs of inference.",
    aliases: ["Transformers", "transformer architecture", "transformer model"],
    relatedCategorySlug: "ai-research",
    faqs: [
      {
        question: "Why did Transformers replace RNNs?",
        answer:
          "They process all tokens in parallel rather than one at a time, which makes training on modern hardware much faster, and attention connects distant tokens directly, which captures long-range context better.",
      },
      {
        question: "Are all large language models Transformers?",
        answer:
          "Almost all widely used LLMs are decoder-only Transformers or close variants. Alternative architectures such as state space models are an active research area and are sometimes combined with attention layers.",
      },
    ],
    related: ["attention-mechanism", "large-language-model", "vision-transformer", "recurrent-neural-network"],
  },
  {
    slug: "attention-mechanism",
    term: "Attention Mechanism",
    shortDefinition:
      "An attention mechanism lets a neural network weigh how relevant each part of its input is when producing each part of its output, so it can focus on the most useful information regardless of position.",
    body: paragraphs(
      "Attention was introduced in 2014 to improve neural machine translation. Instead of compressing a whole sentence into one fixed vector, the decoder could look back at every source word and focus on the relevant ones while producing each translated word. This dramatically improved translation of long sentences.",
      "Self-attention, where a sequence attends to itself, became the core of the Transformer. Each token produces a query, a key and a value; the similarity between one token's query and every token's key decides how much of each value to mix in. Multi-head attention runs several attention operations in parallel so the model can track different kinds of relationships at once, such as syntax and coreference.",
      "Attention's cost grows with the square of the sequence length, which limits context size. Optimised kernels such as FlashAttention, grouped-query attention, sliding-window and sparse attention, and key-value caching during generation are the standard tools for making it fast and memory-efficient in practice.",
    ),
    howItWorks:
      "For each position, the model computes a query vector and compares it with the key vectors of all positions using scaled dot products. A softmax turns these scores into weights that sum to one, and the output is the weighted sum of the value vectors. Queries, keys and values are linear projections of the input, learned during training, and in causal models future positions are masked out.",
    careerRelevance:
      "Understanding attention is fundamental for anyone working on modern models, from research scientists designing architectures to inference engineers optimising kernels and memory. It is one of the most common technical interview topics for ML and NLP roles.",
    aliases: ["self-attention", "multi-head attention", "Attention Mechanisms"],
    relatedCategorySlug: "ai-research",
    faqs: [
      {
        question: "What is the difference between attention and self-attention?",
        answer:
          "In general attention, one sequence (such as a decoder) attends to another (such as an encoder's output). In self-attention, each element of a sequence attends to the other elements of the same sequence.",
      },
      {
        question: "Why is attention expensive for long inputs?",
        answer:
          "Every token is compared with every other token, so compute and memory grow quadratically with sequence length. Doubling the context roughly quadruples the attention cost.",
      },
    ],
    related: ["transformer", "context-window", "large-language-model"],
  },
  {
    slug: "convolutional-neural-network",
    term: "Convolutional Neural Network",
    shortDefinition:
      "A convolutional neural network (CNN) is a neural network that applies small learned filters across an input, typically an image, to detect local patterns such as edges and textures and combine them into higher-level features.",
    body: paragraphs(
      "CNNs are designed around two properties of images: nearby pixels are related, and the same pattern can appear anywhere. A convolutional layer slides small filters over the image, reusing the same weights at every position, which makes CNNs far more parameter-efficient than fully connected networks and naturally robust to shifts.",
      "Landmark architectures include LeNet for digit recognition, AlexNet, whose 2012 ImageNet win launched the deep learning boom, VGG, and ResNet, whose residual connections made networks with over a hundred layers trainable. CNNs became the backbone for image classification, object detection, segmentation and many medical imaging systems.",
      "Vision Transformers now lead many benchmarks, especially at large scale, but CNNs remain widely deployed. They are efficient on edge devices, need less data to train well thanks to their built-in assumptions, and modern designs such as ConvNeXt remain competitive. Convolutions are also used for audio, time series and as components of hybrid architectures.",
    ),
    howItWorks:
      "Each convolutional layer computes dot products between learned filters and small patches of its input, producing feature maps. Non-linear activations follow, and pooling or strided convolutions reduce spatial resolution while increasing the number of channels. Deeper layers therefore see larger regions and detect more complex patterns, and a final head turns the features into predictions.",
    careerRelevance:
      "CNNs are core knowledge for computer vision engineers, perception engineers in robotics and autonomous driving, and medical imaging scientists. Employers value experience training, fine-tuning and deploying CNN-based detectors and segmenters, often optimised for real-time or on-device use.",
    aliases: ["CNN", "CNNs", "ConvNet", "Convolutional Neural Networks"],
    relatedCategorySlug: "computer-vision",
    faqs: [
      {
        question: "Are CNNs obsolete because of Vision Transformers?",
        answer:
          "No. Vision Transformers excel at scale, but CNNs are efficient, data-friendly and widely used in production, especially on mobile and embedded hardware. Many systems combine both.",
      },
      {
        question: "What is a convolution filter?",
        answer:
          "A small grid of learned weights, for example 3 by 3, that is slid over the input. At each position it responds strongly when the local patch matches its pattern, such as a vertical edge.",
      },
    ],
    related: ["computer-vision", "vision-transformer", "deep-learning", "batch-normalization"],
  },
  {
    slug: "recurrent-neural-network",
    term: "Recurrent Neural Network",
    shortDefinition:
      "A recurrent neural network (RNN) processes sequences one element at a time while carrying a hidden state that summarises what it has seen so far, making it suited to text, speech and time series.",
    body: paragraphs(
      "Unlike feed-forward networks, RNNs have loops: the output at each step depends on the current input and on the hidden state from the previous step. This gives them a form of memory and lets one network handle sequences of any length with the same weights.",
      "Plain RNNs struggle to learn long-range dependencies because gradients shrink or blow up as they are propagated back through many time steps. Gated variants, the Long Short-Term Memory (LSTM) and the Gated Recurrent Unit (GRU), solved much of this and powered speech recognition, machine translation and text generation through the mid-2010s.",
      "Transformers replaced RNNs in most language tasks because they train in parallel and model long context better. RNN ideas live on in streaming and low-latency settings, on small devices, and in modern recurrent and state space architectures that aim to combine efficient sequential inference with parallel training.",
    ),
    howItWorks:
      "At each time step the RNN combines the current input vector with its previous hidden state through learned weight matrices and a non-linearity, producing a new hidden state and optionally an output. Training unrolls the network across the sequence and applies backpropagation through time to compute gradients for the shared weights.",
    careerRelevance:
      "RNNs are less common in new projects, but understanding them helps with legacy systems, streaming speech and time-series applications, and with the history behind Transformers and state space models. They still appear in interviews as a way to test understanding of sequence modelling.",
    aliases: ["RNN", "RNNs", "Recurrent Neural Networks"],
    relatedCategorySlug: "nlp",
    faqs: [
      {
        question: "What is the vanishing gradient problem?",
        answer:
          "When gradients are multiplied through many time steps they can shrink towards zero, so early inputs barely affect learning. This makes long-range dependencies hard for plain RNNs; LSTMs and GRUs use gates to mitigate it.",
      },
      {
        question: "Are RNNs still used?",
        answer:
          "Yes, in some speech, time-series and on-device applications where processing one step at a time with constant memory is valuable, and as inspiration for newer recurrent architectures.",
      },
    ],
    related: ["lstm", "transformer", "natural-language-processing", "backpropagation"],
  },
  {
    slug: "lstm",
    term: "Long Short-Term Memory",
    shortDefinition:
      "Long Short-Term Memory (LSTM) is a recurrent neural network architecture that uses gates and a separate cell state to remember information over long sequences, overcoming the vanishing gradient problem of plain RNNs.",
    body: paragraphs(
      "LSTMs were introduced by Hochreiter and Schmidhuber in 1997. Their key idea is a cell state that runs through the sequence with only small, controlled modifications, so information and gradients can flow across many time steps without fading away.",
      "Three gates control the cell: the forget gate decides what to discard, the input gate decides what new information to store, and the output gate decides what to expose as the hidden state. Each gate is a small learned layer with a sigmoid output between zero and one.",
      "From roughly 2014 to 2018, LSTMs were the workhorse of sequence modelling, powering speech recognition on phones, early neural machine translation and handwriting recognition. They have largely been replaced by Transformers for language, but remain in use for time-series forecasting, anomaly detection and streaming applications on constrained hardware.",
    ),
    howItWorks:
      "At each step the LSTM reads the current input and previous hidden state, computes forget, input and output gate values, updates the cell state by forgetting part of the old state and adding a gated candidate update, and then produces the new hidden state from the gated, squashed cell state. Because the cell state update is mostly additive, gradients survive over long spans.",
    careerRelevance:
      "LSTMs are useful knowledge for data scientists and ML engineers working on forecasting, sensor data and speech, and for maintaining existing production models. They are also a classic interview topic for sequence modelling.",
    aliases: ["LSTM", "LSTMs"],
    relatedCategorySlug: "nlp",
    faqs: [
      {
        question: "What is the difference between an LSTM and a GRU?",
        answer:
          "A GRU merges the cell and hidden state and uses two gates instead of three, so it has fewer parameters and is often slightly faster. Performance is usually similar.",
      },
      {
        question: "Should I use an LSTM or a Transformer for time series?",
        answer:
          "It depends on data size and latency needs. LSTMs are simple and effective for many forecasting tasks; Transformer-based and specialised forecasting models can win with lots of data. Strong classical baselines should be tried first.",
      },
    ],
    related: ["recurrent-neural-network", "transformer", "deep-learning"],
  },
  {
    slug: "vision-transformer",
    term: "Vision Transformer",
    shortDefinition:
      "A Vision Transformer (ViT) applies the Transformer architecture to images by splitting each image into fixed-size patches, treating the patches as a sequence of tokens and processing them with self-attention.",
    body: paragraphs(
      "Introduced in 2020, the Vision Transformer showed that a standard Transformer, with almost no image-specific design, could match or beat the best convolutional networks when pre-trained on enough data. Each image is cut into patches, for example 16 by 16 pixels, and each patch is flattened and projected into an embedding.",
      "Because ViTs lack the built-in locality assumptions of CNNs, they need large datasets or strong augmentation and self-supervised pre-training to shine. In return they scale well and model global relationships across the whole image from the first layer. Variants such as Swin Transformer reintroduce hierarchy and local windows for dense tasks like detection and segmentation.",
      "ViTs are now the standard image encoder in multimodal models, the backbone of self-supervised methods such as DINO and masked autoencoders, and widely used in segmentation, video understanding and robotics perception.",
    ),
    howItWorks:
      "The image is divided into a grid of patches, each linearly projected to a vector and combined with a learned position embedding. A classification token may be prepended. The sequence goes through standard Transformer encoder blocks of multi-head self-attention and feed-forward layers, and the output tokens feed a classification head or serve as features for downstream tasks.",
    careerRelevance:
      "Vision Transformers are essential knowledge for computer vision engineers and researchers and for anyone building multimodal systems. Experience fine-tuning ViT backbones and using them as image encoders is increasingly listed in job requirements.",
    aliases: ["ViT", "ViTs", "Vision Transformers"],
    relatedCategorySlug: "computer-vision",
    faqs: [
      {
        question: "Do Vision Transformers need more data than CNNs?",
        answer:
          "Trained from scratch on small datasets they usually do worse than CNNs, because they have fewer built-in assumptions about images. With large-scale or self-supervised pre-training, they match or exceed CNNs.",
      },
      {
        question: "What is a patch embedding?",
        answer:
          "It is the vector obtained by flattening a small square of pixels and multiplying it by a learned matrix. It plays the same role for images that token embeddings play for text.",
      },
    ],
    related: ["transformer", "convolutional-neural-network", "computer-vision", "multimodal-model"],
  },
  {
    slug: "mixture-of-experts",
    term: "Mixture of Experts",
    shortDefinition:
      "Mixture of Experts (MoE) is a model architecture in which a router sends each input to a small subset of specialised sub-networks, called experts, so the model can have a very large number of parameters while using only a fraction of them for each token.",
    body: paragraphs(
      "In a dense model every parameter is used for every token, so making the model bigger makes every prediction more expensive. MoE layers break this link. A model may have dozens of expert feed-forward networks per layer, but each token is routed to only one or two of them, so compute per token stays close to that of a much smaller dense model.",
      "The idea dates back to the early 1990s, but it became central to large language models with sparse MoE Transformers such as the Switch Transformer and open models like Mixtral, and many frontier models are reported to use it. MoE models can reach a given quality with less training compute than dense models.",
      "The trade-offs are practical. All experts must be held in memory even though few are active, which raises serving costs and complicates deployment; routing must be balanced so that experts are used evenly; and distributing experts across devices requires careful communication design, often called expert parallelism.",
    ),
    howItWorks:
      "In an MoE Transformer, some feed-forward layers are replaced with a set of experts and a small router network. For each token, the router scores the experts and the top-k (often two) are selected; their outputs are combined, weighted by the router scores. An auxiliary loss encourages balanced use of experts during training.",
    careerRelevance:
      "MoE knowledge is valuable for research scientists and research engineers at model developers, and for inference and infrastructure engineers who must serve large sparse models efficiently. It is a frequent topic in interviews for large-scale training and serving roles.",
    aliases: ["MoE", "mixture-of-experts", "sparse MoE"],
    relatedCategorySlug: "ai-research",
    faqs: [
      {
        question: "Is an MoE model cheaper to run?",
        answer:
          "Cheaper in compute per token than a dense model with the same total parameters, but it still needs memory for all experts. Compared with a dense model of the same active size, it needs more memory but usually delivers better quality.",
      },
      {
        question: "Do experts specialise in topics?",
        answer:
          "Only loosely. Experts tend to specialise in patterns such as token types or syntax rather than clean human topics like maths or history.",
      },
    ],
    related: ["transformer", "large-language-model", "inference"],
  },
  {
    slug: "generative-adversarial-network",
    term: "Generative Adversarial Network",
    shortDefinition:
      "A generative adversarial network (GAN) is a generative model made of two neural networks trained against each other: a generator that creates synthetic samples and a discriminator that tries to tell them apart from real data.",
    body: paragraphs(
      "GANs were introduced by Ian Goodfellow and colleagues in 2014. The generator turns random noise into samples, such as images, and the discriminator judges whether a sample is real or generated. As each improves, the generator is pushed to produce increasingly realistic output.",
      "GANs produced the first strikingly realistic synthetic faces with models such as StyleGAN, and they were used for image-to-image translation, super-resolution, data augmentation and art. They generate a sample in a single forward pass, which makes them very fast at inference time.",
      "GANs are notoriously hard to train: the two networks can fall out of balance, and the generator can collapse to producing only a few kinds of output, known as mode collapse. For most image generation tasks they have been overtaken by diffusion models, but adversarial losses remain common as components, for example in super-resolution, audio vocoders and the distillation of diffusion models into fast generators.",
    ),
    howItWorks:
      "Training alternates between two steps. The discriminator is updated to classify real samples as real and generated samples as fake. The generator is updated to make the discriminator classify its samples as real, using gradients that flow back through the discriminator. At equilibrium the generator's samples are, in principle, indistinguishable from real data.",
    careerRelevance:
      "GAN knowledge is useful for computer vision and generative media engineers, especially for real-time generation, super-resolution and synthetic data. It is also a common interview topic because it illustrates adversarial training and generative modelling trade-offs.",
    aliases: ["GAN", "GANs", "Generative Adversarial Networks"],
    relatedCategorySlug: "computer-vision",
    faqs: [
      {
        question: "What is mode collapse?",
        answer:
          "It is when a GAN's generator produces only a narrow set of outputs that fool the discriminator, ignoring much of the variety in real data.",
      },
      {
        question: "Are GANs still used?",
        answer:
          "Yes, where fast single-step generation matters, such as real-time video effects, super-resolution and speech vocoders, and as adversarial losses inside other generative systems.",
      },
    ],
    related: ["diffusion-model", "neural-network", "computer-vision"],
  },
];
