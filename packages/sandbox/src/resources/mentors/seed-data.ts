import type { MentorNeed, MentorSeniority } from './row.js';

/**
 * Vocabularies of the seeded mentor network. Names are common given and family names
 * combined at random (no real person intended); companies are invented. Tests import
 * the facet vocabularies to pick filter values that exist.
 */

/** A naming culture: names, where its people live, what they speak, what they charge in. */
export interface Culture {
  weight: number;
  first: readonly string[];
  last: readonly string[];
  /** [ISO 3166-1 alpha-2 country, IANA time zone, ISO 4217 currency, price factor vs USD] */
  places: readonly (readonly [string, string, string, number])[];
  /** The first is spoken by everyone of the culture; the others by some. */
  languages: readonly string[];
}

/** The cultures mentors and reviewers are drawn from, by weight. */
export const cultures: readonly Culture[] = [
  {
    weight: 16,
    first: ['Emily', 'Marcus', 'Jordan', 'Rachel', 'Tyler', 'Megan', 'Brandon', 'Kayla', 'Derek', 'Lauren', 'Caleb', 'Brianna', 'Shawn', 'Whitney', 'Trevor', 'Allison'],
    last: ['Hollister', 'Caldwell', 'Brennan', 'Whitaker', 'Pruitt', 'Lindqvist', 'Mercer', 'Dawson', 'Kessler', 'Ramsey', 'Harlow', 'Booker', 'Sutton', 'Gaines'],
    places: [
      ['US', 'America/New_York', 'USD', 1],
      ['US', 'America/Chicago', 'USD', 1],
      ['US', 'America/Denver', 'USD', 1],
      ['US', 'America/Los_Angeles', 'USD', 1],
    ],
    languages: ['en', 'es'],
  },
  {
    weight: 6,
    first: ['Oliver', 'Amelia', 'Harriet', 'Rhys', 'Imogen', 'Callum', 'Freya', 'Alfie', 'Eleanor', 'Finlay', 'Poppy', 'Rowan'],
    last: ['Ashworth', 'Pemberton', 'Thornbury', 'Kendall', 'Hargreaves', 'Fairbairn', 'Catterall', 'Bramwell', 'Whitlock', 'Ingleby'],
    places: [['GB', 'Europe/London', 'GBP', 0.8]],
    languages: ['en', 'fr'],
  },
  {
    weight: 10,
    first: ['Aarav', 'Priyanka', 'Rohan', 'Ananya', 'Vikram', 'Meera', 'Karthik', 'Divya', 'Siddharth', 'Kavya', 'Arjun', 'Nandini', 'Rahul', 'Ishita'],
    last: ['Raghunathan', 'Deshpande', 'Iyer', 'Kulkarni', 'Banerjee', 'Menon', 'Chaturvedi', 'Bhatnagar', 'Subramanian', 'Joshi', 'Nair', 'Sethi'],
    places: [['IN', 'Asia/Kolkata', 'INR', 40]],
    languages: ['en', 'hi'],
  },
  {
    weight: 6,
    first: ['Lucas', 'Mariana', 'Thiago', 'Beatriz', 'Rafael', 'Camila', 'Gustavo', 'Larissa', 'Felipe', 'Juliana', 'Bruno', 'Fernanda'],
    last: ['Carvalho', 'Albuquerque', 'Teixeira', 'Moraes', 'Figueiredo', 'Nascimento', 'Cavalcanti', 'Siqueira', 'Barbosa', 'Damasceno'],
    places: [['BR', 'America/Sao_Paulo', 'BRL', 4]],
    languages: ['pt-BR', 'en', 'es'],
  },
  {
    weight: 5,
    first: ['Alejandro', 'Valeria', 'Diego', 'Ximena', 'Santiago', 'Renata', 'Emiliano', 'Daniela', 'Mateo', 'Lucía', 'Joaquín', 'Paula'],
    last: ['Villaseñor', 'Ocampo', 'Arredondo', 'Castañeda', 'Zamora', 'Echeverría', 'Galindo', 'Quiroga', 'Montoya', 'Iturbide'],
    places: [
      ['MX', 'America/Mexico_City', 'MXN', 15],
      ['ES', 'Europe/Madrid', 'EUR', 0.9],
      ['AR', 'America/Argentina/Buenos_Aires', 'USD', 0.6],
      ['CO', 'America/Bogota', 'USD', 0.6],
    ],
    languages: ['es', 'en'],
  },
  {
    weight: 5,
    first: ['Lukas', 'Hannah', 'Jonas', 'Lea', 'Felix', 'Johanna', 'Maximilian', 'Katharina', 'Niklas', 'Franziska', 'Tobias', 'Annika'],
    last: ['Brandstätter', 'Hofmeister', 'Kellermann', 'Lindenberg', 'Oberhauser', 'Rautenberg', 'Schwenk', 'Vogelsang', 'Wiesinger', 'Zimmerle'],
    places: [
      ['DE', 'Europe/Berlin', 'EUR', 0.9],
      ['AT', 'Europe/Vienna', 'EUR', 0.9],
      ['CH', 'Europe/Zurich', 'CHF', 0.9],
    ],
    languages: ['de', 'en'],
  },
  {
    weight: 4,
    first: ['Camille', 'Théo', 'Manon', 'Hugo', 'Chloé', 'Antoine', 'Léa', 'Mathis', 'Inès', 'Baptiste', 'Margaux', 'Quentin'],
    last: ['Delacroix', 'Fontaine', 'Lemaire', 'Marchand', 'Beaumont', 'Chevalier', 'Rousseaux', 'Vasseur', 'Guillot', 'Perrin'],
    places: [
      ['FR', 'Europe/Paris', 'EUR', 0.9],
      ['BE', 'Europe/Brussels', 'EUR', 0.9],
    ],
    languages: ['fr', 'en'],
  },
  {
    weight: 5,
    first: ['Chinedu', 'Adaeze', 'Tunde', 'Folake', 'Emeka', 'Ngozi', 'Kwame', 'Abena', 'Wanjiru', 'Otieno', 'Thandiwe', 'Sipho'],
    last: ['Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Mensah', 'Owusu', 'Kamau', 'Njoroge', 'Dlamini', 'Mokoena'],
    places: [
      ['NG', 'Africa/Lagos', 'NGN', 800],
      ['GH', 'Africa/Accra', 'USD', 0.5],
      ['KE', 'Africa/Nairobi', 'KES', 100],
      ['ZA', 'Africa/Johannesburg', 'ZAR', 15],
    ],
    languages: ['en', 'sw', 'fr'],
  },
  {
    weight: 4,
    first: ['Haruto', 'Yui', 'Sota', 'Hina', 'Ren', 'Aoi', 'Kenta', 'Sakura', 'Daiki', 'Misaki'],
    last: ['Takahashi', 'Morimoto', 'Kobayashi', 'Fujiwara', 'Nakagawa', 'Ishikawa', 'Hayashida', 'Sakamoto', 'Uchida', 'Kuroda'],
    places: [['JP', 'Asia/Tokyo', 'JPY', 110]],
    languages: ['ja', 'en'],
  },
  {
    weight: 5,
    first: ['Wei', 'Xinyi', 'Hao', 'Mei', 'Jun', 'Lan', 'Zhen', 'Yutong', 'Kai', 'Ling'],
    last: ['Zhou', 'Lin', 'Huang', 'Xu', 'Guo', 'Tan', 'Liang', 'Song', 'Fang', 'Ho'],
    places: [
      ['SG', 'Asia/Singapore', 'SGD', 1.3],
      ['TW', 'Asia/Taipei', 'USD', 1],
      ['HK', 'Asia/Hong_Kong', 'HKD', 7.5],
    ],
    languages: ['zh', 'en'],
  },
  {
    weight: 4,
    first: ['Omar', 'Layla', 'Karim', 'Nour', 'Yousef', 'Salma', 'Tariq', 'Rania', 'Hamza', 'Dina'],
    last: ['Haddad', 'El-Sayed', 'Khoury', 'Mansour', 'Nasser', 'Qasim', 'Saleh', 'Farouk', 'Abboud', 'Rahal'],
    places: [
      ['AE', 'Asia/Dubai', 'AED', 3.6],
      ['EG', 'Africa/Cairo', 'USD', 0.5],
      ['JO', 'Asia/Amman', 'USD', 0.7],
    ],
    languages: ['ar', 'en', 'fr'],
  },
  {
    weight: 3,
    first: ['Jakub', 'Zofia', 'Mateusz', 'Aleksandra', 'Kacper', 'Natalia', 'Bartosz', 'Weronika'],
    last: ['Wiśniewski', 'Zieliński', 'Kowalczyk', 'Lewandowicz', 'Dąbrowski', 'Szymańska', 'Jabłoński', 'Pawlak'],
    places: [['PL', 'Europe/Warsaw', 'PLN', 4]],
    languages: ['pl', 'en', 'de'],
  },
  {
    weight: 4,
    first: ['Liam', 'Chloe', 'Ethan', 'Ava', 'Noah', 'Zoe', 'Owen', 'Isla', 'Mason', 'Ruby'],
    last: ['MacAllister', 'Tremblay', 'Gagnon', 'Fitzroy', 'Kowalski', 'Bouchard', 'Ngata', 'Lachlan', 'Pryce', 'Delaney'],
    places: [
      ['CA', 'America/Toronto', 'CAD', 1.35],
      ['CA', 'America/Vancouver', 'CAD', 1.35],
      ['AU', 'Australia/Sydney', 'AUD', 1.5],
      ['NZ', 'Pacific/Auckland', 'NZD', 1.6],
    ],
    languages: ['en', 'fr'],
  },
  {
    weight: 3,
    first: ['Minjun', 'Seoyeon', 'Jihoon', 'Jiwoo', 'Hyunwoo', 'Soyeon', 'Taeyang', 'Eunji'],
    last: ['Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Jang', 'Lim'],
    places: [['KR', 'Asia/Seoul', 'KRW', 1300]],
    languages: ['ko', 'en'],
  },
  {
    weight: 3,
    first: ['Minh', 'Linh', 'Anh', 'Thao', 'Duc', 'Huong', 'Nam', 'Trang'],
    last: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui'],
    places: [['VN', 'Asia/Ho_Chi_Minh', 'USD', 0.5]],
    languages: ['vi', 'en'],
  },
  {
    weight: 3,
    first: ['Daan', 'Sanne', 'Bram', 'Femke', 'Erik', 'Astrid', 'Lars', 'Ingrid', 'Mikkel', 'Sofie'],
    last: ['van der Berg', 'de Vries', 'Bakker', 'Visser', 'Lindgren', 'Sundberg', 'Halvorsen', 'Nyström', 'Kjeldsen', 'Dahl'],
    places: [
      ['NL', 'Europe/Amsterdam', 'EUR', 0.9],
      ['SE', 'Europe/Stockholm', 'SEK', 10],
      ['NO', 'Europe/Oslo', 'NOK', 10],
      ['DK', 'Europe/Copenhagen', 'DKK', 7],
    ],
    languages: ['en', 'nl', 'sv'],
  },
  {
    weight: 3,
    first: ['Emre', 'Zeynep', 'Burak', 'Elif', 'Can', 'Ayşe', 'Mert', 'Selin'],
    last: ['Yılmaz', 'Demir', 'Aydın', 'Öztürk', 'Kaya', 'Şahin', 'Çelik', 'Arslan'],
    places: [['TR', 'Europe/Istanbul', 'TRY', 30]],
    languages: ['tr', 'en', 'de'],
  },
  {
    weight: 3,
    first: ['Paolo', 'Andrea', 'Jose Miguel', 'Maricel', 'Rizal', 'Ayu', 'Budi', 'Sari', 'Aditya', 'Putri'],
    last: ['Santos', 'Reyes', 'Dela Cruz', 'Bautista', 'Wijaya', 'Santoso', 'Pratama', 'Kusuma'],
    places: [
      ['PH', 'Asia/Manila', 'PHP', 55],
      ['ID', 'Asia/Jakarta', 'IDR', 15000],
    ],
    languages: ['en', 'fil', 'id'],
  },
  {
    weight: 1,
    first: ['Suman', 'Anjali', 'Bikash', 'Pooja'],
    last: ['Shrestha', 'Thapa', 'Gurung', 'Adhikari'],
    places: [['NP', 'Asia/Kathmandu', 'USD', 0.4]],
    languages: ['en', 'ne', 'hi'],
  },
];

/** A career track: what the mentor does, at which levels, what they help with and how. */
export interface Track {
  key: string;
  weight: number;
  titles: Partial<Record<MentorSeniority, string>>;
  skills: readonly string[];
  /** Which needs the track tends to take on, as weights of leadership-only, mentorship-only, both. */
  needs: readonly [number, number, number];
  activity: string;
}

/** The career tracks of the network, by weight. */
export const tracks: readonly Track[] = [
  {
    key: 'engineering-ic',
    weight: 24,
    titles: { mid: 'Software Engineer', senior: 'Senior Software Engineer', staff: 'Staff Engineer', principal: 'Principal Engineer' },
    skills: [
      'system-design', 'distributed-systems', 'typescript', 'go', 'rust', 'python', 'java', 'kotlin', 'swift', 'react', 'nodejs',
      'kubernetes', 'cloud-architecture', 'api-design', 'testing-strategy', 'performance-engineering', 'databases', 'security',
      'frontend-architecture', 'mobile-development', 'site-reliability', 'technical-writing', 'staff-engineer-path', 'promotion',
      'interview-preparation', 'technical-leadership', 'code-review',
    ],
    needs: [1, 6, 3],
    activity: 'build and scale the systems our customers rely on',
  },
  {
    key: 'engineering-management',
    weight: 20,
    titles: { senior: 'Engineering Manager', staff: 'Senior Engineering Manager', director: 'Director of Engineering', vp: 'VP of Engineering', c_level: 'CTO' },
    skills: [
      'engineering-management', 'leadership', 'people-management', 'first-time-manager', 'hiring', 'delegation',
      'decision-making', 'roadmapping', 'okrs', 'performance-reviews', 'feedback', 'one-on-ones', 'managing-managers',
      'org-design', 'remote-teams', 'incident-leadership', 'stakeholder-management', 'execution', 'team-building',
      'conflict-resolution', 'budgeting', 'technical-leadership', 'cross-functional-leadership', 'strategy',
    ],
    needs: [6, 1, 3],
    activity: 'lead engineering teams that ship on time without burning out',
  },
  {
    key: 'product',
    weight: 16,
    titles: { mid: 'Product Manager', senior: 'Senior Product Manager', staff: 'Group Product Manager', principal: 'Principal Product Manager', director: 'Director of Product', vp: 'VP of Product', c_level: 'Chief Product Officer' },
    skills: [
      'product-strategy', 'product-discovery', 'roadmapping', 'prioritization', 'product-analytics', 'pricing', 'go-to-market',
      'ux-research', 'growth', 'stakeholder-management', 'decision-making', 'okrs', 'experimentation', 'career-change',
      'storytelling',
    ],
    needs: [3, 3, 3],
    activity: 'decide what to build next, and what not to',
  },
  {
    key: 'design',
    weight: 10,
    titles: { mid: 'Product Designer', senior: 'Senior Product Designer', staff: 'Staff Designer', principal: 'Principal Designer', director: 'Design Director', vp: 'VP of Design' },
    skills: [
      'product-design', 'design-systems', 'interaction-design', 'ux-writing', 'accessibility', 'ux-research',
      'design-leadership', 'portfolio-review', 'design-critique', 'prototyping', 'career-change', 'storytelling',
    ],
    needs: [2, 6, 3],
    activity: 'design products people understand the first time',
  },
  {
    key: 'data',
    weight: 12,
    titles: { mid: 'Data Scientist', senior: 'Senior Data Scientist', staff: 'Staff Data Engineer', principal: 'Principal ML Engineer', director: 'Director of Data', vp: 'VP of Data' },
    skills: [
      'machine-learning', 'mlops', 'data-engineering', 'data-science', 'analytics', 'experimentation', 'sql', 'python',
      'llm-applications', 'data-strategy', 'statistics', 'promotion', 'interview-preparation',
    ],
    needs: [2, 6, 2],
    activity: 'turn messy data into decisions and models that hold up in production',
  },
  {
    key: 'people',
    weight: 8,
    titles: { senior: 'People Partner', staff: 'Leadership Coach', director: 'Head of People', vp: 'VP of People', c_level: 'Chief People Officer' },
    skills: [
      'coaching', 'leadership', 'people-management', 'feedback', 'difficult-conversations', 'conflict-resolution', 'culture',
      'onboarding', 'performance-reviews', 'career-change', 'self-discovery', 'work-life-balance', 'imposter-syndrome',
      'negotiation', 'public-speaking', 'personal-brand', 'networking', 'burnout-recovery',
    ],
    needs: [1, 6, 3],
    activity: 'help people and teams grow on purpose',
  },
  {
    key: 'founder',
    weight: 6,
    titles: { director: 'Founder', vp: 'Co-founder & COO', c_level: 'CEO & Co-founder' },
    skills: [
      'founder-journey', 'leadership', 'fundraising', 'strategy', 'hiring', 'go-to-market', 'pricing', 'decision-making',
      'team-building', 'execution', 'board-management', 'negotiation', 'public-speaking',
    ],
    needs: [5, 1, 4],
    activity: 'build a company from the first hire to the first hundred',
  },
];

/** Every skill a seeded mentor can have. */
export const seededSkills: readonly string[] = [...new Set(tracks.flatMap((t) => t.skills))].sort();

/** Every industry a seeded mentor can have. */
export const seededIndustries: readonly string[] = [
  'fintech', 'healthcare', 'e-commerce', 'saas', 'developer-tools', 'gaming', 'media', 'education', 'logistics', 'mobility', 'energy', 'climate-tech', 'cybersecurity', 'telecommunications', 'travel', 'real-estate', 'insurance', 'public-sector', 'nonprofit', 'retail', 'biotech', 'manufacturing', 'artificial-intelligence',
];

/** Invented companies and the industry each is in. */
export const companies: readonly (readonly [string, string])[] = [
  ['Bluefin Payments', 'fintech'], ['Fernwood Bank', 'fintech'], ['Greyfinch Capital', 'fintech'], ['Coinwell', 'fintech'],
  ['Copperleaf Health', 'healthcare'], ['Solace Health', 'healthcare'], ['Wellspring Clinics', 'healthcare'],
  ['Cobalt Lane Commerce', 'e-commerce'], ['Basketry', 'e-commerce'], ['Juniper Row Retail', 'retail'], ['Marigold Markets', 'retail'],
  ['Quillstone', 'saas'], ['Tidewater Systems', 'saas'], ['Zephyr Cloudworks', 'saas'], ['Harborlight Analytics', 'saas'],
  ['Northwind Labs', 'developer-tools'], ['Umbra Devtools', 'developer-tools'], ['Gitwise', 'developer-tools'],
  ['Saltmarsh Games', 'gaming'], ['Pixelhearth Studios', 'gaming'], ['Halcyon Media', 'media'], ['Paperkite News', 'media'],
  ['Brightloom Learning', 'education'], ['Slate & Chalk', 'education'], ['Nimbus Freight', 'logistics'], ['Cargoline', 'logistics'],
  ['Kestrel Mobility', 'mobility'], ['Rideshift', 'mobility'], ['Meridian Grid Energy', 'energy'], ['Tallgrass Climate', 'climate-tech'],
  ['Carbonleaf', 'climate-tech'], ['Ironbark Security', 'cybersecurity'], ['Bastion Labs', 'cybersecurity'],
  ['Palisade Telecom', 'telecommunications'], ['Velora Travel', 'travel'], ['Wayfarer Stays', 'travel'],
  ['Stonebridge Realty', 'real-estate'], ['Pinecrest Insurance', 'insurance'], ['Mosaic Civic Tech', 'public-sector'],
  ['Yarrow Network', 'nonprofit'], ['Amberfield Biotech', 'biotech'], ['Helixa Therapeutics', 'biotech'],
  ['Riverstone Manufacturing', 'manufacturing'], ['Arclight Robotics', 'manufacturing'], ['Lanternfish AI', 'artificial-intelligence'],
  ['Vantage Point Labs', 'artificial-intelligence'],
];

/** The seniority mix of the network. */
export const seniorityWeights: readonly (readonly [MentorSeniority, number])[] = [
  ['mid', 10], ['senior', 30], ['staff', 18], ['principal', 10], ['director', 16], ['vp', 10], ['c_level', 6],
];
/** Years of experience per level, [min, max]. */
export const yearsBySeniority: Record<MentorSeniority, readonly [number, number]> = {
  mid: [3, 6], senior: [5, 11], staff: [8, 15], principal: [10, 22], director: [10, 22], vp: [14, 26], c_level: [15, 32],
};
/** A session's base price in USD by seniority. */
export const basePriceUsd: Record<MentorSeniority, number> = {
  mid: 50, senior: 80, staff: 120, principal: 150, director: 150, vp: 200, c_level: 250,
};

/** Headline templates; `{s1}`, `{s2}`, `{title}`, `{company}` are filled in. */
export const headlines: Record<MentorNeed | 'both', readonly string[]> = {
  leadership: [
    'Helps new leads set direction with {s1} and {s2}',
    '{title} at {company}: {s1}, {s2}, hard calls',
    'From ambiguous goals to shipped results: {s1} and {s2}',
    'I help managers decide faster: {s1}, {s2}',
  ],
  mentorship: [
    'Helps you find your next step: {s1} and {s2}',
    '{title} at {company}, mentoring on {s1} and {s2}',
    'Grow on purpose: {s1}, {s2} and the career in between',
    'Ask me about {s1}, {s2} and figuring out what you want',
  ],
  both: [
    '{title} at {company}: leading teams and growing people',
    'Leadership and career mentoring: {s1}, {s2}',
    'Helps leads lead and people grow: {s1}, {s2}',
  ],
};

/** Bio sentences about what the mentor helps with. */
export const needSentences: Record<MentorNeed | 'both', readonly string[]> = {
  leadership: [
    'I help leads set **direction**, make decisions they can defend and keep deadlines honest.',
    'Bring me the goal your team keeps missing; we will turn it into a plan with owners and dates.',
  ],
  mentorship: [
    'I help people work out **what they want next**, and how to get there at their own pace.',
    'Most of my mentees come with a question about who they want to become; we start there.',
  ],
  both: [
    'Some mentees come to lead a team through a hard quarter, others to figure out their next step; I enjoy both.',
    'I mentor on **leading teams** and on **growing a career**, and often on where the two meet.',
  ],
};

/** Bio sentences about how the mentor works. */
export const styleSentences: Record<'directive' | 'facilitative', readonly string[]> = {
  directive: ['Expect concrete advice, frameworks and a little homework.', 'I will tell you what I would do, and hold you to a date.'],
  facilitative: ['I ask more questions than I answer; you leave with your own plan.', 'Expect curious questions and space to think out loud.'],
};

/** Review bodies by rating (1–5); `{name}` is the mentor's first name. */
export const reviewBodies: Record<number, readonly string[]> = {
  5: [
    '{name} helped me turn a vague goal into **three concrete steps**. Two months later I had the promotion.',
    'Every session with {name} ended with a clear next step. Exactly what I needed.',
    'Honest, kind and very practical. {name} asked the one question I had been avoiding.',
    'I came in overwhelmed by my first team; {name} gave me a weekly rhythm that actually works.',
  ],
  4: [
    'Very useful sessions; {name} knows the field well. Scheduling was sometimes tricky.',
    'Good frameworks and honest feedback. I would have liked a bit more time on my specific case.',
    '{name} challenged my plan in the right places. Recommended.',
  ],
  3: [
    'Helpful overall, though some advice felt generic for my situation.',
    'Solid session, but we spent a lot of time on background.',
  ],
  2: ['{name} clearly knows a lot, but the sessions did not fit what I was looking for.'],
  1: ['We did not click; the session felt rushed.'],
};

/** Reviewer headlines. */
export const reviewerHeadlines: readonly string[] = [
  'Software engineer', 'New engineering manager', 'Product manager', 'Designer', 'Data analyst', 'Team lead',
  'Career changer', 'Founder', 'Student', 'Tech lead',
];
