import { foldWord, words } from './fts.js';

/**
 * The meaningful words of a person's goals: what a goals match is scored on and what its
 * reason names. A reason saying "Profile matches your goals: through, first" tells the person
 * nothing, so function words are dropped in the two languages the product speaks (English and
 * Spanish, the elements' locales), with words shorter than 3 letters.
 *
 * The lists are NLTK's English and Spanish stop-word lists (the corpus most search engines and
 * NLP tools start from), the Spanish one without the rarer conjugations of `estar`, `haber`,
 * `ser` and `tener`, plus a few words that carry no topic in a goal statement ("want", "need",
 * "first", "better"…). A package (`stopword`, `stopwords-iso`) would bring 60 languages we do
 * not serve; these fit on a screen and can be read. Words are compared accent-folded, so
 * "más" and "mas" are both dropped.
 */

const english = `i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself yourselves he
  him his himself she she's her hers herself it it's its itself they them their theirs themselves what which who whom
  this that that'll these those am is are was were be been being have has had having do does did doing a an the and but
  if or because as until while of at by for with about against between into through during before after above below to
  from up down in out on off over under again further then once here there when where why how all any both each few more
  most other some such no nor not only own same so than too very s t can will just don don't should should've now d ll m
  o re ve y ain aren aren't couldn couldn't didn didn't doesn doesn't hadn hadn't hasn hasn't haven haven't isn isn't ma
  mightn mightn't mustn mustn't needn needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn
  wouldn't`;

const spanish = `de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí
  porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra
  otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada
  muchos cual poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas nosotras vosotros vosotras os mío
  mía míos mías tuyo tuya tuyos tuyas suyo suya suyos suyas nuestro nuestra nuestros nuestras vuestro vuestra vuestros
  vuestras esos esas estoy estás está estamos estáis están esté estaba estaban estado he has ha hemos habéis han haya
  había habían habrá soy eres es somos sois son sea era eran fue fueron será sería tengo tienes tiene tenemos tenéis
  tienen tenga tenía tenían tuve tuvo tendré`;

/** Words that are not function words but name no topic in a goal ("I want to get better at…"). */
const goalFillers = `want wants wanted need needs needed help helps like would could really get getting got make
  making better first last next also way ways lot much many every one two quiero necesito quiere necesita ayuda mejor
  primer primera primero último próximo manera forma`;

const stopWords: ReadonlySet<string> = new Set(
  [english, spanish, goalFillers]
    .join(' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map(foldWord),
);

/** The shortest word a goal term can be. */
export const minTermLength = 3;

/** Whether a word is a stop word of the sandbox's languages (accent- and case-insensitive). */
export function isStopWord(word: string): boolean {
  return stopWords.has(foldWord(word));
}

/**
 * The distinct meaningful words of a text, lower-cased, in order of appearance: 3 letters or
 * more, no English or Spanish stop word.
 *
 * @example
 * ```ts
 * goalTerms('Through the first year, I want to delegate and decide faster'); // ['year', 'delegate', 'decide', 'faster']
 * ```
 */
export function goalTerms(text: string, limit = 32): string[] {
  const seen = new Set<string>();
  for (const word of words(text.toLowerCase())) {
    if (word.length < minTermLength || seen.has(word) || isStopWord(word)) continue;
    seen.add(word);
    if (seen.size >= limit) break;
  }
  return [...seen];
}
