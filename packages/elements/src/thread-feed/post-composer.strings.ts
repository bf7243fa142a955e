// Loaded with post-composer.ts when the thread's owner sees their feed: a reader's page never
// carries them (the kinds' names are the feed's, in thread-feed.strings.ts). No runtime import:
// one shared with the feed would split the feed's own code into another chunk.

/** The English strings of the composer and its "Link to…" picker: the source, whose keys and parameters every locale repeats. */
export const en = {
  feedComposer: 'New post',
  feedKind: 'Kind',
  feedBody: 'What happened? (Markdown)',
  feedPost: 'Post',
  feedPostError: 'We couldn’t publish your post.',
  composerLinkLabel: 'Link to…',
  composerLinkNone: 'No link',
  composerLinkStep: (p: { index: string; title: string; roadmap: string }) => `Step ${p.index} — ${p.title} · ${p.roadmap}`,
  composerLinkGoal: (p: { title: string }) => `Goal: ${p.title}`,
  composerLinkRoom: (p: { title: string }) => `Room: ${p.title}`,
  composerLinkRefused:
    'We couldn’t link your post to that: it is not one of your roadmap steps or room goals now. Pick another, or No link; your words are kept.',
};

/** The Spanish strings, loaded when the feed is in Spanish. */
export const es = () => import('./post-composer.strings.es.js');
