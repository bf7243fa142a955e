import { article, book, course, exercise, shared } from './resources.js';
import type { CuratedRoadmap } from './types.js';

/** Paths for people moving into product management or data science from a neighboring role. */
export const careerSwitchRoadmaps: CuratedRoadmap[] = [
  {
    slug: 'individual-contributor-to-product-manager',
    title: 'Individual contributor to product manager',
    summary: `Engineers, designers, analysts and support leads often make excellent product managers: they already
know how products get built. This path helps you **test the fit before you switch**, learn discovery and
prioritization, build a track record of product work in your current role, and make the move, internally or
externally.`,
    author: {
      name: 'Daniel Okafor',
      title: 'Head of Product, B2B SaaS',
      avatarUrl: 'https://cdn.menteo.dev/avatars/authors/daniel-okafor.jpg',
    },
    topics: ['product-management', 'career-change', 'career-growth'],
    level: 'intermediate',
    steps: [
      {
        title: 'Understand what product managers actually do',
        summary: `Shadow a product manager for a week: planning, customer calls, stakeholder reviews. Note **which parts
energize you and which drain you**. Then read *Good Product Manager/Bad Product Manager* and mark where you
already do the good things.`,
        resources: [
          article('Good Product Manager/Bad Product Manager (Ben Horowitz)', 'https://a16z.com/good-product-manager-bad-product-manager/'),
          book('Inspired', 'Marty Cagan'),
        ],
        estimatedHours: 12,
        optional: false,
      },
      {
        title: 'Learn continuous discovery',
        summary: `Adopt one discovery habit: **talk to one customer a week** for six weeks, and map what you learn as an
opportunity solution tree. Share the tree with your team every other week.`,
        resources: [book('Continuous Discovery Habits', 'Teresa Torres'), article('Product Talk (Teresa Torres)', 'https://www.producttalk.org/')],
        estimatedHours: 12,
        optional: false,
      },
      {
        title: 'Interview customers without leading them',
        summary: `Write five interview questions about **what people did in the past**, never about your idea. Run three
interviews, then rewrite every question that earned a polite but useless answer.`,
        resources: [book('The Mom Test', 'Rob Fitzpatrick'), exercise('customer-interview-script', 'Customer interview script')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Prioritize with evidence',
        summary: `Take your team's backlog and score the top 15 items by **reach, impact, confidence and effort**. Compare
your ranking with the current roadmap and write down why they differ; the differences are where product judgment
lives.`,
        resources: [exercise('rice-scoring', 'Score a real backlog with RICE'), book('Escaping the Build Trap', 'Melissa Perri')],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Write a product brief',
        summary: `Write a one-page brief for a real problem: **the customer, the problem, the evidence, the outcome
metric**, and what you will not do. Ask a product manager to critique it as if it were going to leadership.`,
        resources: [exercise('product-brief', 'One-page product brief'), shared.shapeUp],
        estimatedHours: 5,
        optional: false,
      },
      {
        title: 'Learn the numbers',
        summary: `Define a **north-star metric and its input metrics** for your product area and build a simple dashboard;
a spreadsheet is fine. Review it weekly for a month and note one decision it changed.`,
        resources: [exercise('metric-tree', 'Metric tree for your product area'), course('SQLBolt: interactive SQL lessons', 'https://sqlbolt.com/')],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Do product work in your current role',
        summary: `Ask your product manager for a **small feature to own end to end**: discovery, spec, launch and the
follow-up metrics. A shipped feature with results is the strongest evidence you can bring to an internal move.`,
        resources: [exercise('feature-ownership', 'Feature ownership plan')],
        estimatedHours: 30,
        optional: false,
      },
      {
        title: 'Build trust with stakeholders',
        summary: `Map the **people who can block or help** your feature and meet each of them before you need something
from them. Share decisions in writing, with the reasoning, not just the result.`,
        resources: [exercise('stakeholder-map', 'Stakeholder map'), article('Mind the Product', 'https://www.mindtheproduct.com/')],
        estimatedHours: 4,
        optional: false,
      },
      {
        title: 'Tell your switch story',
        summary: `Write the **story of why you are moving into product**, with two examples of product work from the
previous steps. Practice it with a product mentor until it takes less than two minutes.`,
        resources: [book('Cracking the PM Interview', 'Gayle Laakmann McDowell and Jackie Bavaro'), exercise('career-switch-story', 'Your career-switch story')],
        estimatedHours: 6,
        optional: false,
      },
      {
        title: 'Make the move',
        summary: `Talk to your manager and the head of product about an **internal transfer** first; it is the most common
way into product management. If there is no opening, agree on criteria and a date, and start external
applications in parallel.`,
        resources: [article("Lenny's Newsletter", 'https://www.lennysnewsletter.com/')],
        estimatedHours: 6,
        optional: false,
      },
    ],
  },
  {
    slug: 'data-analyst-to-data-scientist',
    title: 'Data analyst to data scientist',
    summary: `You already know SQL, dashboards and how the business works, which are the hardest parts of data science
to teach. This path fills the gaps that matter: **Python, statistics, experimentation and machine learning**,
then builds a portfolio from your own company's problems so the move becomes a natural next step.

A long path: most people take nine to twelve months alongside a full-time job.`,
    author: {
      name: 'Rafael Costa',
      title: 'Director of Data Science, Online Marketplace',
      avatarUrl: 'https://cdn.menteo.dev/avatars/authors/rafael-costa.jpg',
    },
    topics: ['data-science', 'analytics', 'machine-learning', 'career-growth'],
    level: 'intermediate',
    steps: [
      {
        title: 'Get fluent in Python for data',
        summary: `Move one recurring SQL-and-spreadsheet analysis into a **Jupyter notebook with pandas**. Reproduce it end
to end, then make it re-runnable with a single command.`,
        resources: [
          { kind: 'book', title: 'Python for Data Analysis, 3rd edition, by Wes McKinney (free online)', url: 'https://wesmckinney.com/book/' },
          article('pandas user guide', 'https://pandas.pydata.org/docs/user_guide/index.html'),
        ],
        estimatedHours: 25,
        optional: false,
      },
      {
        title: 'Refresh probability and statistics',
        summary: `Work through distributions, sampling, confidence intervals and **hypothesis tests** using a dataset from
your job. If you can explain a p-value to your product manager in one sentence, you are ready to move on.`,
        resources: [
          course('Statistics and probability (Khan Academy)', 'https://www.khanacademy.org/math/statistics-probability'),
          article('Seeing Theory: a visual introduction to probability and statistics', 'https://seeing-theory.brown.edu/'),
        ],
        estimatedHours: 25,
        optional: false,
      },
      {
        title: 'Design and analyze an A/B test',
        summary: `Partner with a product team on a real experiment. Before launch, write down the **hypothesis, the primary
metric, the minimum detectable effect and the sample size**, and commit to not peeking at the results early.`,
        resources: [
          book('Trustworthy Online Controlled Experiments', 'Ron Kohavi, Diane Tang and Ya Xu'),
          article('Sample size calculator (Evan Miller)', 'https://www.evanmiller.org/ab-testing/sample-size.html'),
        ],
        estimatedHours: 12,
        optional: false,
      },
      {
        title: 'Learn the core of machine learning',
        summary: `Study **regression, classification, overfitting and cross-validation** before touching deep learning. Do
the exercises; the point is to understand why a model works, not just to fit one.`,
        resources: [
          { kind: 'book', title: 'An Introduction to Statistical Learning (free online)', url: 'https://www.statlearning.com/' },
          course('Machine Learning Crash Course (Google for Developers)', 'https://developers.google.com/machine-learning/crash-course'),
        ],
        estimatedHours: 40,
        optional: false,
      },
      {
        title: 'Build models with scikit-learn',
        summary: `Build one model end to end: **train/test split, pipeline, baseline, evaluation**. Always compare against
a naive baseline (the mean, the majority class) and report the improvement over it.`,
        resources: [
          article('scikit-learn user guide', 'https://scikit-learn.org/stable/user_guide.html'),
          book('Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow', 'Aurélien Géron'),
        ],
        estimatedHours: 20,
        optional: false,
      },
      {
        title: 'Practice on a public competition',
        summary: `Enter a **beginner Kaggle competition**, submit a baseline within a day, and iterate for two weeks.
Afterwards, read the top public notebooks and write down three techniques you had not used.`,
        resources: [
          course('Kaggle Learn', 'https://www.kaggle.com/learn'),
          { kind: 'exercise', title: 'Titanic: Machine Learning from Disaster (Kaggle)', url: 'https://www.kaggle.com/competitions/titanic' },
        ],
        estimatedHours: 15,
        optional: true,
      },
      {
        title: 'Solve a real business problem with a model',
        summary: `Pick a problem your company has today (churn, demand, lead scoring) and **frame it before you model it**:
the decision it informs, the cost of each kind of error, and how people would use it. Deliver a working
prototype with an honest evaluation.`,
        resources: [
          article('Rules of Machine Learning (Martin Zinkevich, Google)', 'https://developers.google.com/machine-learning/guides/rules-of-ml'),
          exercise('ml-problem-framing', 'Machine learning problem-framing canvas'),
        ],
        estimatedHours: 40,
        optional: false,
      },
      {
        title: 'Communicate results to decision makers',
        summary: `Present your prototype to the people who would use it in **ten minutes and three charts**. Lead with the
decision, then the evidence, then the caveats.`,
        resources: [shared.storytellingWithData],
        estimatedHours: 8,
        optional: false,
      },
      {
        title: 'Learn the basics of production',
        summary: `Learn how models reach production: **version control, reproducible environments, scheduled jobs and
monitoring for drift**. Pair with a machine learning engineer to ship one small batch model.`,
        resources: [
          course('The Missing Semester of Your CS Education (MIT)', 'https://missing.csail.mit.edu/'),
          book('Designing Machine Learning Systems', 'Chip Huyen'),
        ],
        estimatedHours: 20,
        optional: true,
      },
      {
        title: 'Build your portfolio and make the move',
        summary: `Write up two projects as short case studies (**problem, approach, result, what you would do next**) and
ask your manager about a data scientist title or a transfer. Reuse the same case studies in external interviews.`,
        resources: [exercise('ds-case-study', 'Data science case study write-up')],
        estimatedHours: 10,
        optional: false,
      },
    ],
  },
];
